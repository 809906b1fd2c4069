"""English verbs with German inflection, as German technical writing uses them and Hunspell's
de_DE does not list them: "committet", "gemappt", "geparst", "mergen", "escapten",
"gestreamte", "gepatchten" (git's, glibc's and PostgreSQL's German catalogs, Debian's manual
pages).

After an optional participle prefix "ge", the word ends in a German verb ending, and what
stands before it is an English verb:
- before a "t" ending (finite forms and participles: "patcht", "gestreamte", "committete"):
  an English word of five letters or more, or one whose final "e" was dropped ("pars|t" ←
  "parse") or whose last consonant was doubled ("mapp|t" ← "map", "committ|et" ← "commit");
- before an "en" ending (infinitive, present participle: "mergen", "committen"): only the last
  two, since an English word itself before "-en" or "-e" is mostly an adjective spelt the
  English way ("equivalenten", "hexadecimale"), a slip for the German spelling.
Short stems stay unknown ("dear|t" for "derart", "lin|st"), and so do the blends machine
translation makes ("gelinselt", "hinausgefügt", "herumlinsiert"): they have no English stem.
"""

from __future__ import annotations

from functools import lru_cache

from .dictionary import english

_T_ENDINGS = tuple(sorted("t te ten ter tes tem et ete eten eter etes etem st est".split(), key=len, reverse=True))
_EN_ENDINGS = tuple(sorted("en end ende enden ender endes endem".split(), key=len, reverse=True))
_MIN_WORD = 5  # an English word that is the stem as it stands
_MIN_STEM = 4  # a stem with its "e" dropped or its consonant doubled


def _changed_stem(stem: str) -> bool:
    """Is ``stem`` an English verb with its final "e" dropped or its last consonant doubled?"""
    if len(stem) < _MIN_STEM:
        return False
    return english(stem + "e") or stem[-1] == stem[-2] and english(stem[:-1])


@lru_cache(maxsize=65_536)
def anglicised_verb(word: str) -> bool:
    """Is lowercase ``word`` an English verb inflected the German way ("gemappt", "mergen")?"""
    for core in ((word[2:], word) if word.startswith("ge") else (word,)):
        for ending in _T_ENDINGS:
            if core.endswith(ending):
                stem = core[: -len(ending)]
                if len(stem) >= _MIN_WORD and english(stem) or _changed_stem(stem):
                    return True
        for ending in _EN_ENDINGS:
            if core.endswith(ending) and _changed_stem(core[: -len(ending)]):
                return True
    return False
