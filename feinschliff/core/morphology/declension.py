"""German determiners and adjective endings as sets of (gender, case, number) cells, in the
codes of ``nouns`` (``mNs`` = masculine nominative singular, ``pDp`` = dative plural).

A determiner selects the adjective declension after it: weak after a definite article or a
*der*-word (dieser, jeder, jener, welcher), mixed after *ein*, *kein* and the possessives,
strong with no determiner.
"""

from __future__ import annotations

WEAK, MIXED, STRONG = "weak", "mixed", "strong"
ALL = frozenset(f"{g}{c}s" for g in "mfn" for c in "NGDA") | frozenset(f"p{c}p" for c in "NGDA")

_DEFINITE = {"der": "mNs fGs fDs pGp", "die": "fNs fAs pNp pAp", "das": "nNs nAs", "den": "mAs pDp",
             "dem": "mDs nDs", "des": "mGs nGs",
             # contractions of a preposition and the article
             "im": "mDs nDs", "am": "mDs nDs", "zum": "mDs nDs", "beim": "mDs nDs", "vom": "mDs nDs",
             "zur": "fDs", "ins": "nAs"}
_DER_ENDINGS = {"er": "mNs fGs fDs pGp", "e": "fNs fAs pNp pAp", "es": "mGs nNs nGs nAs", "em": "mDs nDs",
                "en": "mAs pDp"}
_DER_WORDS = ("dies", "jen", "jed", "welch")
_EIN_ENDINGS = {"": "mNs nNs nAs", "e": "fNs fAs pNp pAp", "er": "fGs fDs pGp", "em": "mDs nDs", "en": "mAs pDp",
                "es": "mGs nGs"}
_EIN_WORDS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser")
#: adjective ending → cells, per declension
_ADJECTIVE = {
    WEAK: {"e": "mNs fNs nNs fAs nAs"},
    MIXED: {"er": "mNs", "es": "nNs nAs", "e": "fNs fAs"},
    STRONG: {"er": "mNs fGs fDs pGp", "en": "mGs mAs nGs pDp", "em": "mDs nDs", "e": "fNs fAs pNp pAp",
             "es": "nNs nAs"},
}
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def _cells(codes: str) -> frozenset[str]:
    return frozenset(codes.split())


def determiner(word: str) -> tuple[frozenset[str], str] | None:
    """The cells a determiner can fill and the declension it selects; None for other words."""
    w = word.casefold()
    if w in _DEFINITE:
        return _cells(_DEFINITE[w]), WEAK
    for stem in _DER_WORDS:
        if w.startswith(stem) and w[len(stem):] in _DER_ENDINGS:
            return _cells(_DER_ENDINGS[w[len(stem):]]), WEAK
    for stem in _EIN_WORDS:
        if w.startswith(stem) and w[len(stem):] in _EIN_ENDINGS:
            cells = _cells(_EIN_ENDINGS[w[len(stem):]])
            if stem == "ein":  # no plural of the indefinite article
                cells = frozenset(c for c in cells if c[2] == "s")
            return (cells, MIXED) if cells else None
    return None


def adjective_cells(ending: str, declension: str) -> frozenset[str]:
    """The cells an adjective with this ending fills in this declension."""
    table = _ADJECTIVE[declension]
    if declension == STRONG:
        return _cells(table.get(ending, ""))
    if ending == "en":  # weak and mixed: -en everywhere the table does not list another ending
        listed = frozenset(c for codes in table.values() for c in codes.split())
        return ALL - listed
    return _cells(table.get(ending, ""))


def adjective_ending(cell: str, declension: str) -> str:
    """The ending an adjective takes in one cell."""
    for ending in ADJECTIVE_ENDINGS:
        if cell in adjective_cells(ending, declension):
            return ending
    raise ValueError(cell)


def determiner_form(word: str, cells: frozenset[str]) -> set[str]:
    """Forms of the same determiner that fill one of ``cells`` ("dem" for fDs → "der")."""
    w = word.casefold()
    forms = set()
    if w in _DEFINITE and w in ("der", "die", "das", "den", "dem", "des"):
        forms = {f for f in ("der", "die", "das", "den", "dem", "des") if _cells(_DEFINITE[f]) & cells}
    for stem in (*_DER_WORDS, *_EIN_WORDS):
        ending = w[len(stem):]
        table = _DER_ENDINGS if stem in _DER_WORDS else _EIN_ENDINGS
        if w.startswith(stem) and ending in table:
            forms = {stem + e for e, codes in table.items()
                     if {c for c in _cells(codes) if stem != "ein" or c[2] == "s"} & cells}
            break
    if word[:1].isupper():
        forms = {f[0].upper() + f[1:] for f in forms}
    return forms
