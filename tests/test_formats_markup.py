"""Inline markup as protected tokens (property-based): the plain text the checks see, the
offset map back into the raw text, and fixes that never break or move markup."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given, settings, strategies as st
from lxml import etree

from feinschliff.core.markup import OBJECT, PO, XML, markup_changed, protect, to_raw, token_texts
from feinschliff.core.model import Category, Issue, Segment, Severity

TEXT = st.text(alphabet="abcXYZ äöü&<>\"'.,-", min_size=1, max_size=40)
PAIRED = [('<g id="{n}">', "</g>"), ('<pc id="{n}">', "</pc>"), ('<mrk id="m{n}" translate="no">', "</mrk>")]
STANDALONE = ['<x id="{n}"/>', '<ph id="{n}"/>', '<bx id="{n}"/>', '<ex id="{n}"/>',
              '<ph id="{n}">&lt;br/&gt;</ph>']


@st.composite
def marked_up(draw):
    """(raw XML content, the plain text the checks must see)."""
    text = draw(TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    raw, plain, cursor = [], [], 0
    pending = []
    for n, cut in enumerate(cuts):
        raw.append(escape(text[cursor:cut]))
        plain.append(text[cursor:cut])
        cursor = cut
        kind = draw(st.sampled_from(["open", "standalone", "close"]))
        if kind == "open":
            opening, closing = draw(st.sampled_from(PAIRED))
            raw.append(opening.format(n=n))
            pending.append(closing)
        elif kind == "close" and pending:
            raw.append(pending.pop())
        else:
            raw.append(draw(st.sampled_from(STANDALONE)).format(n=n))
            plain.append("" if "bx" in raw[-1] or "ex" in raw[-1] else OBJECT)
    raw.append(escape(text[cursor:]))
    plain.append(text[cursor:])
    raw.extend(reversed(pending))
    return "".join(raw), "".join(plain)


def issue(start: int, end: int, text: str, suggestion: str | None) -> Issue:
    return Issue("x", "test.rule", Category.FLUENCY, Severity.MINOR, start, end, text, "m", suggestion)


def well_formed(raw: str) -> bool:
    try:
        etree.fromstring(f"<t>{raw}</t>".encode())
    except etree.XMLSyntaxError:
        return False
    return True


@given(marked_up())
def test_plain_text_and_offsets(case):
    raw, plain = case
    protected = protect(raw, XML)
    assert protected.plain == plain
    for i, char in enumerate(plain):
        piece = raw[protected.starts[i] : protected.ends[i]]
        if char == OBJECT:
            assert piece.startswith("<")
        else:
            assert etree.fromstring(f"<t>{piece}</t>".encode()).text == char


@settings(max_examples=300)
@given(marked_up(), st.data())
def test_fixes_never_break_or_move_markup(case, data):
    raw, plain = case
    protected = protect(raw, XML)
    start = data.draw(st.integers(0, len(plain)))
    end = data.draw(st.integers(start, len(plain)))
    suggestion = data.draw(st.one_of(st.none(), TEXT, st.just(plain[start:end].upper())))
    (mapped,) = to_raw([issue(start, end, plain[start:end], suggestion)], protected, XML, "u1")
    assert raw[mapped.start : mapped.end] == mapped.text
    if mapped.suggestion is None:
        return
    assert not protected.touches_token(mapped.start, mapped.end)
    fixed = raw[: mapped.start] + mapped.suggestion + raw[mapped.end :]
    assert well_formed(fixed)
    assert token_texts(fixed, XML) == token_texts(raw, XML)
    # the fix changes the plain text exactly as it was meant to
    assert protect(fixed, XML).plain == plain[:start] + suggestion + plain[end:]


@given(st.lists(st.sampled_from(["Öffne ", "%s", "%(name)s", "{count}", "{0}", " Dateien", "%d", "%%", " auf"]),
                min_size=1, max_size=8))
def test_po_placeholders_are_protected(parts):
    raw = "".join(parts)
    protected = protect(raw, PO)
    assert protected.plain.count(OBJECT) == sum(p in ("%s", "%(name)s", "{count}", "{0}", "%d") for p in parts)
    for start in range(len(protected.plain) + 1):
        for end in range(start, len(protected.plain) + 1):
            (mapped,) = to_raw([issue(start, end, protected.plain[start:end], "X")], protected, PO, "u")
            if mapped.suggestion is not None:
                fixed = raw[: mapped.start] + mapped.suggestion + raw[mapped.end :]
                assert token_texts(fixed, PO) == token_texts(raw, PO)


def test_a_fix_inside_paired_markup_stays_inside():
    raw = 'in <pc id="1">Azure Ai Giesel</pc> erhältlich'
    protected = protect(raw, XML)
    start = protected.plain.index("Azure")
    (mapped,) = to_raw([issue(start, start + 15, "Azure Ai Giesel", "Azure AI Foundry")], protected, XML, "u")
    assert raw[: mapped.start] + mapped.suggestion + raw[mapped.end :] == 'in <pc id="1">Azure AI Foundry</pc> erhältlich'


def test_a_fix_across_markup_is_trimmed_or_withheld():
    raw = 'Der <g id="1">Github</g> Copilot'
    protected = protect(raw, XML)
    whole = len(protected.plain)
    withheld, trimmed = to_raw([
        issue(4, whole, "Github Copilot", "GitHub Copilot"),
        issue(0, whole, "Der Github Copilot", "Der Copilot von GitHub"),
    ], protected, XML, "u")
    assert raw[trimmed.start : trimmed.end] == "h" and trimmed.suggestion == "H"
    assert withheld.suggestion is None and "inline markup" in withheld.message


def test_edits_must_keep_the_markup():
    segment = Segment(0, 'Der <x id="1"/> Test', 0, 20, (0,), unit="u", markup=XML)
    assert markup_changed(segment, 'Das <x id="1"/> Testat') is None
    assert "inline markup must stay" in markup_changed(segment, "Das Testat")
    assert "not well-formed" in markup_changed(segment, 'Das <x id="1"/> <b Test')
