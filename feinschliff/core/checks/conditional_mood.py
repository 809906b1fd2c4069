"""A counterfactual "if" rendered as a real condition: "if you took our Sun and crushed it …,
you would make a black hole" → "wenn man unsere Sonne nahm" (a past fact) where German needs
the Konjunktiv II ("nähme", "nehmen würde"); "if this were …" → "wenn dies … war" ("wäre").

English marks the unreal condition with a past form under "if" and "would" (or could, might)
beside it, or with "were to" or a singular "were"; German marks it in the verb of the
*wenn* clause. Read only where the pairing is certain: every "if" clause of the source is
counterfactual, the source has no "when" (which German also renders with *wenn*), and the
translation has as many *wenn*/*falls* clauses as the source has "if" clauses, and outside them
says the sentence is unreal itself ("würde", "könnte", "wäre" …; not needed for "were"). In each
*wenn* clause (up to the next comma, dash or colon) the finite verbs are its last word and
the words before *und*/*oder*; flagged are

- a present form no infinitive shares ("kommt", "kämpfst", "ist", "kann"), always;
- a strong past ("nahm", "war", "kam", "hatte", "wurde") only when nothing in the clause is a
  Konjunktiv II ("würde", "wäre", "nähme" or any umlauted past of a verb);
- a plural present that reads like its infinitive ("nehmen"), when it ends the clause and no
  Konjunktiv II comes after it or before it in its own conjunct, since "wenn man sie nehmen
  und zerkleinern würde" shares *würde* and "und Sie würden dies hören" has it ("wenn dies …
  wäre und Sie gegen die Zylonen kämpfen" is flagged);
- a weak past ("zerdrückte"), which is the Konjunktiv II too, only beside a strong past that
  shows the clause indicative ("wenn man unsere Sonne nahm und sie zermalmte").

The fix of a strong past is its Konjunktiv II, built by umlaut and *-e* and kept only when
Hunspell knows the form and simplemma gives it the same verb ("nahm" → "nähme", "ging" →
"ginge"); a present form gets no fix ("würde" + infinitive or the Konjunktiv II, the editor
chooses).

Measured before it went on (``python bench/mqm_ted.py``): 41 flags on the 13 MT systems of
mqm-ted-dev, 61.0 % on a rater span, the others the same error unmarked ("wenn das Licht zu
nahe kommt" for "if light veered too close"); they touch 7.2 % of the rater spans on grammar,
spelling and punctuation. On ``ref`` 2 flags, both rater-marked ("Wenn dies der
Kampfstern Galactica ist und Sie … kämpfen"); its other counterfactual sentences use the
Konjunktiv II. None on the sample and on Debian's German UI catalogs (``bench/ui_catalogs.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ._tenses import (ENGLISH_PAST, ENGLISH_PRESENT, PRESENT_AUXILIARIES, is_present, is_subjunctive, is_weak_past,
                      konjunktiv_of_past)
from .context import CheckContext
from .registry import Finding, check

CONDITIONAL_MOOD = "fluency.conditional-mood"

_IF = re.compile(r"(?<![\w-])(as |even )?if\b([^,;:–—]*?)(?=[,;:–—]| -|$)", re.I)
_UNREAL = re.compile(r"\b(?:would|could|might)\b", re.I)
_WERE = re.compile(r"\bwere to\b|\b(?:I|he|she|it|this|that|one) were\b", re.I)
_WHEN = re.compile(r"\bwhen(?:ever)?\b", re.I)

_WENN = re.compile(r"(?<![\w-])(?:[Ww]enn|[Ff]alls)(?![\w-])(?P<clause>[^,;:–—()]*?)(?=[,;:–—()]| -|$)")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_COORDINATORS = frozenset({"und", "oder", "aber", "sondern"})


def _counterfactual(source: str) -> int:
    """How many "if" clauses ``source`` has, when all of them are unreal (else 0)."""
    clauses = [m for m in _IF.finditer(source) if not m.group(1)]
    if not clauses or _WHEN.search(source):
        return 0
    rest = _IF.sub(" ", source)
    for m in clauses:
        clause = m.group(2)
        if not (_WERE.search(m.group(0)) or (ENGLISH_PAST.search(clause) and not ENGLISH_PRESENT.search(clause)
                                              and _UNREAL.search(rest))):
            return 0
    return len(clauses)


def _finite_words(clause: str, offset: int) -> list[tuple[int, str]]:
    """The clause's last word and every word before und/oder/aber/sondern, with offsets."""
    words = [(offset + m.start(), m.group()) for m in _WORD.finditer(clause)]
    chosen = [words[i - 1] for i in range(1, len(words)) if words[i][1] in _COORDINATORS]
    return chosen + words[-1:] if words else []


@check(CONDITIONAL_MOOD, Category.FLUENCY, Severity.MINOR,
       "a counterfactual English “if … would” rendered by an indicative *wenn* clause")
def conditional_mood(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    source = segment.source
    if not source or "if" not in source.lower() or not ctx.source_lang.lower().startswith("en"):
        return
    text = segment.text
    clauses = list(_WENN.finditer(text))
    if not clauses or len(clauses) != _counterfactual(source):
        return
    if not _WERE.search(source) and not _unreal_outside(text, clauses):
        return
    for match in clauses:
        yield from _clause_findings(match)


def _unreal_outside(text: str, clauses: list[re.Match[str]]) -> bool:
    """Does the German say the sentence is unreal outside its wenn clauses ("…, würde man")?
    A translation that renders the whole sentence as a real condition ("Falls es morgen regnet,
    bleiben wir zu Hause") has chosen a reading, not mixed two."""
    bounds = zip([0] + [m.end() for m in clauses], [m.start() for m in clauses] + [len(text)])
    return any(is_subjunctive(m.group()) for a, b in bounds for m in _WORD.finditer(text, a, b))


def _clause_findings(match: re.Match[str]) -> Iterable[Finding]:
    """The indicative finite verbs of one wenn clause; once a strong past shows the clause
    indicative, its weak pasts are read so too ("wenn man unsere Sonne nahm und sie
    zermalmte")."""
    words = [(match.start("clause") + m.start(), m.group()) for m in _WORD.finditer(match["clause"])]
    subjunctives = [at for at, word in words if is_subjunctive(word)]
    coordinators = [at for at, word in words if word in _COORDINATORS]
    marked = bool(subjunctives)
    finite = [(start, word) for start, word in _finite_words(match["clause"], match.start("clause"))
              if word[0].islower() and word not in _COORDINATORS and not is_subjunctive(word)]
    found = []
    for start, word in finite:
        fix = None if marked or word in PRESENT_AUXILIARIES else konjunktiv_of_past(word)
        # an infinitive-like form shares the last verb's ending or an auxiliary after it, or
        # depends on one before it in its own conjunct ("und Sie würden dies hören")
        conjunct = max((at for at in coordinators if at < start), default=-1)
        shared = start != finite[-1][0] or any(at > conjunct for at in subjunctives)
        if fix is not None or is_present(word, shared=shared):
            found.append((start, word, fix))
    if not marked and any(fix for _, _, fix in found):
        found += [(start, word, None) for start, word in finite if is_weak_past(word)]
    for start, word, fix in sorted(found):
        yield Finding(start, start + len(word),
                      "the source's “if” is unreal: the wenn clause needs the Konjunktiv II"
                      + (f" (“{fix}”)" if fix else " (“würde” + infinitive)"), fix)
