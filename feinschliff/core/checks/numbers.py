"""Numbers: German number format, and numbers that differ from the English source.

- ``locale.numbers``: English formats in German text ("15,000", "1.5 million", "$3 billion")
  with the German form as suggestion ("15.000", "1,5 Millionen", "3 Milliarden US-Dollar").
- ``accuracy.number-mismatch``: a number of the source that the target lacks or renders with a
  different value (compared by value: 15,000 = 15.000, $3 billion = 3-Milliarden-Dollar).
- ``accuracy.number-scale``: *billion* rendered as "Billion(en)", a factor of 1,000 too large.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ._number_values import CURRENCY_SYMBOLS, ENGLISH_SCALES, Amount, find_amounts, find_number_words
from ._units import converted
from .context import CheckContext
from .registry import Finding, check

LOCALE_NUMBERS = "locale.numbers"
NUMBER_MISMATCH = "accuracy.number-mismatch"
NUMBER_SCALE = "accuracy.number-scale"

_EN_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_EN_DECIMAL = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")
_MAGNITUDE_AFTER = re.compile(
    r"[\s\u00a0\u202f-]?(?:%|Prozent|Punkte|Grad|°|Euro|US-Dollar|Dollar|Franken|Pfund|[kMGT]?B\b|"
    r"km|kg|cm|mm|kW|MW|GW|Mio\.|Mrd\.|Million|Milliard|Billion|million|billion|trillion)"
)
_GERMAN_SCALE_WORDS = {
    "thousand": ("Tausend", "Tausend"), "million": ("Million", "Millionen"),
    "billion": ("Milliarde", "Milliarden"), "trillion": ("Billion", "Billionen"),
    "bn": ("Milliarde", "Milliarden"), "mn": ("Million", "Millionen"),
}
_GERMAN_BILLION = {"Billion": "Milliarde", "Billionen": "Milliarden", "Bio.": "Mrd."}


_SWAP_SEPARATORS = str.maketrans({",": ".", ".": ","})


def _swap_separators(numeral: str) -> str:
    return numeral.translate(_SWAP_SEPARATORS)


def _english_numeral(amount: Amount, text: str, source_keys: set[float]) -> str | None:
    """What makes the numeral English ("thousands comma", "decimal point"), or None.

    "1,500" alone may be German for 1.5 and is flagged only when the source has 1500.
    "3.11" alone may be a version or a date and is flagged only before a unit or scale.
    """
    numeral = amount.numeral
    if _EN_THOUSANDS.fullmatch(numeral):
        head, _, tail = numeral.partition(",")
        if (numeral.count(",") > 1 or "." in numeral or len(head) > 1 or tail[:3] == "000"
                or _key(amount.values[-1]) in source_keys):
            return "thousands comma"
    elif _EN_DECIMAL.fullmatch(numeral):
        if amount.scale is not None or _MAGNITUDE_AFTER.match(text, amount.end):
            return "decimal point"
    return None


def _german_rendering(amount: Amount, numeral: str) -> str:
    parts = [numeral]
    if amount.scale:
        singular, plural = _GERMAN_SCALE_WORDS.get(amount.scale.rstrip("s"), (amount.scale, amount.scale))
        parts.append(singular if numeral == "1" else plural)
    if amount.currency:
        parts.append(CURRENCY_SYMBOLS[amount.currency])
    return " ".join(parts)


@check(LOCALE_NUMBERS, Category.LOCALE, Severity.MINOR,
       "English number format in German text (15,000 / 1.5 million / $3 billion)")
def locale_numbers(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not ctx.target_lang.lower().startswith("de"):
        return
    text = segment.text
    sources, targets = _segment_amounts(segment, ctx)
    source_keys = {key for a in sources for key in _all_keys(a)}
    for amount in targets:
        problems = []
        numeral = amount.numeral
        separators = _english_numeral(amount, text, source_keys)
        if separators:
            numeral = _swap_separators(numeral)
            problems.append(f"English {separators}")
        english_scale = amount.scale is not None and amount.scale.rstrip("s") in ENGLISH_SCALES
        if english_scale:
            problems.append(f"English “{amount.scale}”")
        if amount.currency:
            problems.append(f"“{amount.currency}” before the number")
        if not problems:
            continue
        start = amount.start
        end = amount.end if (english_scale or amount.currency or not amount.scale) else amount.start + len(amount.numeral)
        suggestion = _german_rendering(amount, numeral) if (english_scale or amount.currency) else numeral
        yield Finding(start, end, f"{', '.join(problems)}: German writes {suggestion}", suggestion)


def _segment_amounts(segment: Segment, ctx: CheckContext) -> tuple[list[Amount], list[Amount]]:
    """Source and target amounts, computed once per segment for all rules."""
    key = (segment.start, segment.text, segment.source)
    cached = ctx.cache.get("numbers.amounts")
    if cached is None or cached[0] != key:
        sources = find_amounts(segment.source, ctx.source_lang) if segment.source else []
        cached = (key, (sources, find_amounts(segment.text, ctx.target_lang)))
        ctx.cache["numbers.amounts"] = cached
    return cached[1]


def _key(value: float) -> float:
    """Values equal to nine significant digits share a key ("1.5e6" from 1,5 Mio. and 1.5 million)."""
    return float(f"{value:.9g}")


def _first_key(amount: Amount) -> list[float]:
    return [_key(amount.value)]


def _all_keys(amount: Amount) -> list[float]:
    return [_key(v) for v in amount.values]


def _as_german_billion(amount: Amount) -> list[float]:
    """What "N billion" would be worth had it been rendered "N Billionen"."""
    if amount.scale is None or amount.scale.lower().rstrip("s") not in ("billion", "bn"):
        return []
    return [_key(v * 1000) for v in amount.values]


def _match(pending: list[Amount], candidates: list[Amount], used: set[int], source_keys, target_keys,
           pairs: list[tuple[Amount, Amount]] | None = None) -> list[Amount]:
    """Give each pending source amount the first unused candidate with a common key; return the
    source amounts left over (matched pairs are appended to ``pairs`` when given)."""
    index: dict[float, deque[int]] = {}
    for position, candidate in enumerate(candidates):
        if position not in used:
            for key in target_keys(candidate):
                index.setdefault(key, deque()).append(position)
    left = []
    for source in pending:
        found = None
        for key in source_keys(source):
            queue = index.get(key)
            while queue and queue[0] in used:
                queue.popleft()
            if queue:
                found = queue.popleft()
                break
        if found is None:
            left.append(source)
        else:
            used.add(found)
            if pairs is not None:
                pairs.append((source, candidates[found]))
    return left


def _billion_keys(amount: Amount) -> list[float]:
    return _all_keys(amount) if amount.scale in _GERMAN_BILLION else []


def _compare(segment: Segment, ctx: CheckContext) -> tuple[list[tuple[Amount, Amount | None]], list[tuple[Amount, Amount]]]:
    """Source amounts the target lacks, each with the target amount that probably replaced it
    (or None), and the billion/Billion pairs."""
    sources, targets = _segment_amounts(segment, ctx)
    if not sources:
        return [], []
    used: set[int] = set()
    scaled: list[tuple[Amount, Amount]] = []
    missing = _match(sources, targets, used, _first_key, _first_key)
    missing = _match(missing, targets, used, _all_keys, _all_keys)
    missing = _match(missing, targets, used, _as_german_billion, _billion_keys, scaled)
    if missing and ctx.target_lang.startswith("de"):
        words = find_number_words(segment.text)
        missing = _match(missing, words, set(), _first_key, _first_key)
        if missing:
            missing = converted(missing, segment.source, targets + words, segment.text)
    spare = [t for i, t in enumerate(targets) if i not in used]
    replaced = spare if len(spare) == len(missing) else [None] * len(missing)
    return list(zip(missing, replaced)), scaled


def _comparison(segment: Segment, ctx: CheckContext):
    key = (segment.start, segment.text, segment.source)
    cached = ctx.cache.get("numbers.compare")
    if cached is None or cached[0] != key:
        cached = (key, _compare(segment, ctx))
        ctx.cache["numbers.compare"] = cached
    return cached[1]


@check(NUMBER_MISMATCH, Category.ACCURACY, Severity.MAJOR,
       "a number of the source is missing in the target or has a different value")
def number_mismatch(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not segment.source:
        return
    source = segment.source
    absent = []
    for amount, replacement in _comparison(segment, ctx)[0]:
        written = source[amount.start : amount.end]
        if replacement is None:
            absent.append(f"“{written}”")
        else:
            german = _german_rendering(amount, _swap_separators(amount.numeral))
            yield Finding(replacement.start, replacement.end,
                          f"the source has “{written}”, the target a different number", german)
    if absent:
        subject = "number" if len(absent) == 1 else "numbers"
        verb = "is" if len(absent) == 1 else "are"
        yield Finding(0, len(segment.text), f"the source {subject} {', '.join(absent)} {verb} missing here")


@check(NUMBER_SCALE, Category.ACCURACY, Severity.CRITICAL,
       "English billion rendered as German Billion (10^12 instead of 10^9)")
def number_scale(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not segment.source:
        return
    for amount, target in _comparison(segment, ctx)[1]:
        start = target.end - len(target.scale)
        yield Finding(start, target.end,
                      f"“{target.scale}” is 10^12, the source says “{amount.scale}” (10^9): use "
                      f"{_GERMAN_BILLION[target.scale]}", _GERMAN_BILLION[target.scale])
