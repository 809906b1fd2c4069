"""Amounts in English and German text: numerals with scale words and currencies, as values.

"15,000" (en) and "15.000" (de) are both 15000; "$3 billion", "3 Milliarden US-Dollar",
"3-Milliarden-Dollar" and "3 Mrd." are all 3e9; "1.5" (en) and "1,5" (de) are 1.5. A numeral
whose separator could be either ("1,500") carries both readings, the language's own first.
Numbers inside names ("GPT-5", "H100", "MAI-Voice-1"), dates written with dots and versions
("31.12.2025", "1.2.3") and clock times ("5 p.m.") are no amounts: names are the glossary's
business, and times are converted ("17 Uhr").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENGLISH_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}
GERMAN_SCALES = {
    "Tausend": 1e3, "Tsd.": 1e3, "Million": 1e6, "Millionen": 1e6, "Mio.": 1e6,
    "Milliarde": 1e9, "Milliarden": 1e9, "Mrd.": 1e9, "Mrd": 1e9,
    "Billion": 1e12, "Billionen": 1e12, "Bio.": 1e12,
}
CURRENCY_SYMBOLS = {"$": "US-Dollar", "US$": "US-Dollar", "€": "Euro", "£": "Pfund"}
GERMAN_NUMBER_WORDS = {
    word: value
    for value, stems in enumerate(
        [(), (), ("zwei", "zweit"), ("drei", "dritt"), ("vier", "viert"), ("fünf", "fünft"),
         ("sechs", "sechst"), ("sieben", "siebt"), ("acht",), ("neun", "neunt"), ("zehn", "zehnt"),
         ("elf", "elft"), ("zwölf", "zwölft")]
    )
    for stem in stems
    for word in (stem, stem + "e", stem + "en", stem + "er", stem + "es", stem + "em")
} | {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000}

_SCALE_EN = "|".join(sorted(ENGLISH_SCALES, key=len, reverse=True))
_SCALE_DE = "|".join(re.escape(w) for w in sorted(GERMAN_SCALES, key=len, reverse=True))
_NUMERAL = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009]\d+)*")
_SCALE_AFTER = re.compile(rf"[\s\u00a0-]?(?:(?P<en>(?:{_SCALE_EN})s?)\b|(?P<de>(?:{_SCALE_DE}))(?!\w))")
_CURRENCY_BEFORE = re.compile(r"(?:US\$|[$€£])\s?$")
_ONE_SCALE = re.compile(rf"\b(?:[Ee]ine[rnm]?|[Ee]in)\s(?P<de>{_SCALE_DE})(?!\w)")
#: a number word, alone or multiplied: "zehn", "zehnmal", "zehnfachen"
_WORDS = re.compile(r"\b(" + "|".join(sorted(GERMAN_NUMBER_WORDS, key=len, reverse=True))
                    + r")(?:mal|fach(?:e[nmrs]?)?)?\b", re.IGNORECASE)
_SCALE_HINTS = ("Tausend", "Tsd", "Mill", "Mio", "Mrd", "Bill", "Bio")
_GROUPED = re.compile(r"\d{1,3}(?:([.,\u00a0\u202f\u2009])\d{3})+")
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    numeral: str
    values: tuple[float, ...]  # candidate values with the scale applied, most likely first
    scale: str | None  # the scale word as written; it ends the amount ("Milliarden", "bn")
    currency: str | None  # a currency sign written before the numeral

    @property
    def value(self) -> float:
        return self.values[0]


def numeral_readings(numeral: str, lang: str) -> tuple[float, ...]:
    """Possible values of a digit group, the likelier one first; () if it is no number."""
    digits = numeral.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    if digits.isdigit():
        return (float(digits),)
    if "," in digits and "." in digits:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        head, _, tail = digits.rpartition(decimal)
        if not _GROUPED.fullmatch(head) and not head.isdigit():
            return ()
        return (float(head.replace("," if decimal == "." else ".", "") + "." + tail),)
    separator = "," if "," in digits else "."
    parts = digits.split(separator)
    if len(parts) > 2:
        if all(len(p) == 3 for p in parts[1:]):
            return (float("".join(parts)),)
        return ()  # a date or version: 31.12.2025, 1.2.3
    grouped, decimal = float("".join(parts)), float(".".join(parts))
    if len(parts[1]) != 3 or parts[0] == "0":
        return (decimal,)
    # "1,500" / "1.500": German groups with ".", English with ","
    if (separator == ".") == lang.startswith("de"):
        return (grouped, decimal)
    return (decimal, grouped)


def _scale_factor(scale: re.Match[str] | None, german: bool) -> float:
    if scale is None:
        return 1.0
    if scale.group("en"):
        return ENGLISH_SCALES[scale.group("en").rstrip("s")]
    word = scale.group("de")
    if not german and word.lower() in ENGLISH_SCALES:  # "Billion" opening an English sentence
        return ENGLISH_SCALES[word.lower()]
    return GERMAN_SCALES[word]


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Numerals with their scale and currency ("$3 billion", "3-Milliarden", "eine Million")."""
    amounts: list[Amount] = []
    german = lang.startswith("de")
    for match in _NUMERAL.finditer(text):
        start, end = match.span()
        before = text[max(0, start - 4) : start]
        if before and (before[-1].isalnum() or before[-1] in "_.,"):
            continue  # inside a word or a dotted sequence: "H100", "v2.1"
        numeral = match.group()
        readings = numeral_readings(numeral, lang)
        if not readings or _TIME_AFTER.match(text, end):
            continue
        if len(before) > 1 and before[-1] == "-" and before[-2].isalpha():
            continue  # part of a name: "GPT-5", "MAI-Voice-1"
        scale = _SCALE_AFTER.match(text, end)
        factor = _scale_factor(scale, german)
        currency = _CURRENCY_BEFORE.search(before)
        amounts.append(Amount(start - len(currency.group()) if currency else start,
                              scale.end() if scale else end, numeral,
                              tuple(value * factor for value in readings),
                              (scale.group("en") or scale.group("de")) if scale else None,
                              currency.group().rstrip() if currency else None))
    if german and any(hint in text for hint in _SCALE_HINTS):
        for match in _ONE_SCALE.finditer(text):
            amounts.append(Amount(match.start(), match.end(), "1", (GERMAN_SCALES[match.group("de")],),
                                  match.group("de"), None))
        amounts.sort(key=lambda a: a.start)
    return amounts


def find_number_words(text: str) -> list[Amount]:
    """German number words ("zwei", "zwanzig", "dritten", "zehnmal") as amounts."""
    return [
        Amount(m.start(), m.end(), m.group(), (float(GERMAN_NUMBER_WORDS[m.group(1).lower()]),), None, None)
        for m in _WORDS.finditer(text)
    ]
