"""German typography: quotation marks, spaces around quotes and ellipses, spaces before
punctuation.

Correct German quotes („…“, ‚…‘, »…«, «…») are never flagged. A quote that both has the wrong
form and lacks a space is reported once, by ``typography.quote-spacing``, whose suggestion
fixes both (the ” of "als”uns" becomes " „"). Every finding spans exactly the characters its
suggestion replaces, so accepted fixes never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Category, Segment, Severity
from ._quotes import Quote, find_quotes
from .context import CheckContext
from .registry import Finding, check

QUOTES = "typography.quotes"
QUOTE_SPACING = "typography.quote-spacing"
SPACE_BEFORE_PUNCTUATION = "typography.space-before-punctuation"
ELLIPSIS_SPACING = "typography.ellipsis-spacing"

_OK_BEFORE_OPENING = "([{–—-/„»«‚'\"“"
_CONTEXT = 12
# An ellipsis glued to a word and followed by another word stands for left-out words; German
# puts a space before it ("Verhandlung … kein"). A fragment ending ("Verd…!") is not matched.
_GLUED_ELLIPSIS = re.compile(r"(?<=[^\W\d_])(?P<dots>…|\.\.\.)(?=[ \t\u00a0]+[\w„»‚(])")
_CODE = re.compile(r"`[^`\n]*`")
# A space (or several) before , ; : ! ? or a single period that ends a word group; the mark must
# be followed by a space, a closing mark or the end, so ".NET", " .5" and "..." never match.
_SPACE_BEFORE_MARK = re.compile(
    r"(?<![ \t\u00a0\u202f])(?P<space>[ \t\u00a0\u202f]++)(?P<mark>[,;:!?]|\.(?![ .]?\.))(?=$|[\s\"“”’'»«)\]])"
)
_NOT_A_WORD_END = "„‚([{–—"
_DIGIT_AFTER = re.compile(r"\s*\d")


def _german(ctx: CheckContext) -> bool:
    """These conventions are German ones (French, for one, wants a space before "?")."""
    return ctx.target_lang.lower().startswith("de")


def _kind(quote: Quote) -> str:
    single = quote.expected in "‚‘"
    return ("opening " if quote.opening else "closing ") + ("single quote" if single else "quote")


def _spacing_problem(text: str, quote: Quote) -> tuple[str, str] | None:
    """(what is wrong, where the space goes: "before"/"after"), or None."""
    before = text[quote.position - 1] if quote.position else ""
    after = text[quote.position + 1 : quote.position + 2]
    if quote.opening and before and not before.isspace() and before not in _OK_BEFORE_OPENING:
        return "missing space before the opening quote", "before"
    if not quote.opening and after and after.isalnum():
        return "missing space after the closing quote", "after"
    return None


def _spacing_findings(text: str, quotes: list[Quote]) -> dict[int, Finding]:
    findings: dict[int, Finding] = {}
    for quote in quotes:
        problem = _spacing_problem(text, quote)
        if problem is None:
            continue
        message, side = problem
        fixed = f" {quote.expected}" if side == "before" else f"{quote.expected} "
        if quote.wrong:
            message += f", and German uses {quote.expected} here"
        head = text[max(0, quote.position - _CONTEXT) : quote.position]
        tail = text[quote.position + 1 : quote.position + 1 + _CONTEXT]
        message += f": …{head}{fixed}{tail}…"
        findings[quote.position] = Finding(quote.position, quote.position + 1, message, fixed)
    return findings


def _analysis(segment: Segment, ctx: CheckContext) -> tuple[list[Quote], dict[int, Finding]]:
    """Quote roles and spacing findings, computed once per segment for both quote rules."""
    key = ("typography.quotes", segment.start, segment.text)
    cached = ctx.cache.get("typography.quotes")
    if cached is None or cached[0] != key:
        quotes = find_quotes(segment.text)
        cached = (key, quotes, _spacing_findings(segment.text, quotes))
        ctx.cache["typography.quotes"] = cached
    return cached[1], cached[2]


@check(QUOTES, Category.LOCALE, Severity.MINOR,
       "English or straight quotation marks in German text (German uses „…“)")
def wrong_quotes(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    if not _german(ctx):
        return
    quotes, spacing = _analysis(segment, ctx)
    for quote in quotes:
        if quote.wrong and quote.position not in spacing:
            pair = "‚…‘" if quote.expected in "‚‘" else "„…“"
            yield Finding(quote.position, quote.position + 1,
                          f"{_kind(quote)} {quote.char} is not German: use {quote.expected} ({pair})",
                          quote.expected)


@check(QUOTE_SPACING, Category.LOCALE, Severity.MINOR,
       "missing space before an opening or after a closing quotation mark")
def quote_spacing(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    return list(_analysis(segment, ctx)[1].values()) if _german(ctx) else []


@check(SPACE_BEFORE_PUNCTUATION, Category.FLUENCY, Severity.MINOR,
       "space before a comma, period, semicolon, colon, question or exclamation mark")
def space_before_punctuation(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    text = segment.text
    if not _german(ctx) or (" " not in text and "\u00a0" not in text and "\t" not in text):
        return
    protected = [m.span() for m in _CODE.finditer(text)] if "`" in text else []
    for match in _SPACE_BEFORE_MARK.finditer(text):
        start, mark = match.start(), match.group("mark")
        if start == 0 or text[start - 1].isspace() or text[start - 1] in _NOT_A_WORD_END:
            continue
        word = text[max(0, start - _CONTEXT) : start].split()[-1]
        if word[-1].isdigit() and _DIGIT_AFTER.match(text, match.end()):
            continue  # numbers on both sides: a score "2 : 1" or a list "1 , 2 , 3"
        if mark == "." and word[-1] == ".":
            continue  # spaced dots ". . ."
        if any(a <= match.start("space") < b for a, b in protected):
            continue
        space = match.group("space")
        if (len(space) > 1 or "\t" in space) and segment.source and match.group() in segment.source:
            continue  # a table column the source aligns the same way ("Eigentümer    : %s")
        yield Finding(start, match.end(), f"no space before “{mark}” in German: {word}{mark}", mark)


@check(ELLIPSIS_SPACING, Category.LOCALE, Severity.MINOR,
       "no space before an ellipsis that stands for left-out words (German: „Wort … Wort“)")
def ellipsis_spacing(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    text = segment.text
    if not _german(ctx) or ("…" not in text and "..." not in text):
        return
    for match in _GLUED_ELLIPSIS.finditer(text):
        dots = match.group("dots")
        word = text[max(0, match.start() - _CONTEXT) : match.start()].split()[-1]
        yield Finding(match.start(), match.end(),
                      f"German puts a space before an ellipsis that stands for left-out words: {word} {dots}",
                      f" {dots}")
