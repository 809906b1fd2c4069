"""Every registered rule on arbitrary text: no exception, and every finding lies inside the
segment (an insertion point at most at its end), whatever the source, reference and document
around it."""

from hypothesis import given, settings, strategies as st

from feinschliff.core.checks import all_rules
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment

_WORDS = ("Das", "Ergebnis", "wird", "bestimmen", "die", "der", "dem", "Partner", "Sie", "sie", "und", "dass",
          "Microsoft", "KI", "Cloud", "Dienste", "ist", "sind", "in", "mit", "einem", "System", "It", "they",
          "you", "the", "5", "1.000", "3,5", "Mrd.", "$3", "billion", "%", "Open-Source-Community")
_MARKS = (" ", " ", " ", ". ", ", ", "; ", " – ", " - ", "? ", "! ", "(", ")", "[", "]", "„", "“", '"', "…", "\n", ":")
_pieces = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.text(max_size=3)), max_size=30)
_text = _pieces.map("".join)


@settings(max_examples=200, deadline=None)
@given(before=_text, text=_text, after=_text, source=st.one_of(st.none(), _text),
       reference=st.one_of(st.none(), _text), unit=st.sampled_from([None, "u1"]))
def test_every_rule_keeps_its_findings_inside_the_segment(before, text, after, source, reference, unit):
    document = before + text + after
    segment = Segment(0, text, len(before), len(before) + len(text), (0,), reference=reference, source=source,
                      unit=unit)
    ctx = CheckContext(document=document, has_reference=reference is not None)
    for rule in all_rules().values():
        for finding in rule.fn(segment, ctx):
            assert 0 <= finding.start <= finding.end <= len(text), (rule.id, finding)
