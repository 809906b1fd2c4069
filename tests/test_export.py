"""Export: approved fixes land at their exact offsets, every other character stays."""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import given, settings, strategies as st
from review_helpers import GARBLED, MT, flag, flagged_sample, sample_result, segment_with

from feinschliff.core.errors import UsageError
from feinschliff.core.export import default_outputs, export_review, repaired_text
from feinschliff.core.review import LiveScores, Refused, Review


def _approve_garbled(review: Review) -> None:
    for state in review.segments:
        for issue in state.issues:
            if issue.text in GARBLED:
                review.apply(review.plan_approve(issue.id))


def test_export_of_the_sample_repairs_the_garbled_terms_only(tmp_path):
    path = tmp_path / "mt.de.txt"
    shutil.copyfile(MT, path)
    result = flagged_sample()
    review = Review(result.segments)
    _approve_garbled(review)
    original = path.read_text("utf-8")
    out = export_review(path, original, review.segments, LiveScores(review.segments).totals())
    assert (out.repaired, out.decisions) == default_outputs(path)
    assert out.repaired.name == "mt.de.repaired.txt"
    repaired = out.repaired.read_text("utf-8")
    assert "Azure AI Foundry" in repaired and "Wiedereinnahme" not in repaired
    expected = original.replace("Azure Ai Giesel", "Azure AI Foundry").replace("Wiedereinnahme", "Wiederannäherung")
    assert repaired == expected
    document = json.loads(out.decisions.read_text("utf-8"))
    decided = [i for s in document["segments"] for i in s["issues"] if i["decision"]]
    assert sorted(i["applied"] for i in decided) == ["Azure AI Foundry", "Wiederannäherung"]
    total = sum(len(s.issues) for s in result.segments)
    assert document["progress"] == {"decided": 2, "total": total}


def test_bom_and_crlf_survive_export(tmp_path):
    crlf = tmp_path / "crlf.de.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + MT.read_bytes().replace(b"\n", b"\r\n"))
    result = sample_result(crlf)
    for needle, fix in GARBLED.items():
        segment = segment_with(result, needle)
        segment.issues.append(flag(segment, needle, fix))
    review = Review(result.segments)
    _approve_garbled(review)
    original = crlf.read_bytes().decode("utf-8")
    out = export_review(crlf, original, review.segments, LiveScores(review.segments).totals(),
                        output=tmp_path / "fixed.txt", decisions=tmp_path / "d.json")
    data = out.repaired.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == original.count("\r\n")
    assert data == original.replace("Azure Ai Giesel", "Azure AI Foundry").replace(
        "Wiedereinnahme", "Wiederannäherung").encode("utf-8")


def test_export_refuses_to_overwrite_the_input_or_write_into_a_missing_folder(tmp_path):
    path = tmp_path / "mt.de.txt"
    shutil.copyfile(MT, path)
    review = Review(flagged_sample().segments)
    totals = LiveScores(review.segments).totals()
    with pytest.raises(UsageError, match="is the input file"):
        export_review(path, path.read_text("utf-8"), review.segments, totals, output=path)
    with pytest.raises(UsageError, match="does not exist"):
        export_review(path, path.read_text("utf-8"), review.segments, totals, output=tmp_path / "no" / "x.txt")


@settings(max_examples=50, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(0, 36), st.integers(0, 400), st.integers(0, 12),
                                st.text(alphabet="äöüß xyz\r\n„“", max_size=8)), max_size=12))
def test_only_approved_spans_change(picks):
    """Random fixes anywhere in the sample: the export equals applying exactly those fixes
    to the original text at their document offsets, right to left."""
    result = sample_result()
    original = MT.read_text("utf-8")
    applied = []
    for seg_index, offset, length, replacement in picks:
        segment = result.segments[seg_index % len(result.segments)]
        start = min(offset, len(segment.text))
        end = min(start + length, len(segment.text))
        needle = segment.text[start:end]
        if not needle:
            continue
        issue = flag(segment, needle, replacement, rule=f"test.r{len(applied)}")
        segment.issues.append(issue)
        applied.append((segment, issue))
    review = Review(result.segments)
    edits = []
    for segment, issue in applied:
        try:
            review.apply(review.plan_approve(issue.id))
        except Refused:
            continue
        edits.append((segment.start + issue.start, segment.start + issue.end, issue.suggestion))
    expected = original
    for start, end, text in sorted(edits, reverse=True):
        expected = expected[:start] + text + expected[end:]
    assert repaired_text(original, review.segments) == expected
