"""Pure review state on the sample article: decisions, overlaps, edits, undo/redo, live scores."""

from __future__ import annotations

import pytest
from hypothesis import given, HealthCheck, settings, strategies as st
from review_helpers import flagged_sample, segment_with
from sacrebleu.metrics import CHRF

from feinschliff.core.config import Config
from feinschliff.core.review import LiveScores, Refused, Review, SegmentChecker
from feinschliff.core.scoring import mqm_penalty


@pytest.fixture
def sample():
    return flagged_sample()


def _review(result, recheck=None):
    review = Review(result.segments, recheck)
    scores = LiveScores(review.segments)
    review.set_listener(scores.update)
    return review, scores


def _issue(review, index, rule):
    return next(i for i in review.segments[index].issues if i.rule == rule)


def test_approving_fixes_yields_repaired_text_and_progress(sample):
    review, scores = _review(sample)
    giesel = segment_with(sample, "Azure Ai Giesel").index
    before = scores.totals()
    review.apply(review.plan_approve(_issue(review, giesel, "glossary.forbidden").id))
    review.apply(review.plan_approve(_issue(review, giesel, "glossary.case").id))
    text = review.segments[giesel].text
    assert "in bezahlte GitHub Copilot-Pläne integriert und in Azure AI Foundry erhältlich." in text
    after = scores.totals()
    assert (after.decided, after.total) == (before.decided + 2, before.total)
    assert after.mqm_per_1000 < before.mqm_per_1000
    assert after.chrf > before.chrf


def test_overlapping_fix_is_refused_with_a_message(sample):
    review, _ = _review(sample)
    giesel = segment_with(sample, "Azure Ai Giesel").index
    review.apply(review.plan_approve(_issue(review, giesel, "glossary.forbidden").id))
    with pytest.raises(Refused, match="overlaps the applied fix “Azure Ai Giesel” → “Azure AI Foundry”"):
        review.plan_approve(_issue(review, giesel, "accuracy.drift").id)


def test_reject_then_approve_changes_the_decision(sample):
    review, scores = _review(sample)
    index = segment_with(sample, "Wiedereinnahme").index
    issue = _issue(review, index, "glossary.forbidden")
    review.apply(review.plan_reject(issue.id))
    assert review.segments[index].text == sample.segments[index].text
    with pytest.raises(Refused, match="already rejected"):
        review.plan_reject(issue.id)
    review.apply(review.plan_approve(issue.id))
    assert "strategische Wiederannäherung mit der" in review.segments[index].text
    assert scores.totals().decided == 1


def test_approve_all_takes_narrow_fixes_and_skips_the_overlapping_drift_fix(sample):
    review, _ = _review(sample)
    giesel = segment_with(sample, "Azure Ai Giesel").index
    step, skipped = review.plan_approve_all(giesel)
    assert skipped == 1
    assert [a.text for a in step] == ["GitHub", "Azure AI Foundry"]
    review.apply(step)
    assert review.segments[giesel].state == "open"  # the drift issue is still undecided
    with pytest.raises(Refused, match="no open fix"):
        review.plan_approve_all(giesel)


def test_edit_reruns_the_checks_and_take_adopts_the_reference(sample):
    recheck = SegmentChecker(Config(), None, has_reference=True)
    review, scores = _review(sample, recheck)
    giesel = segment_with(sample, "Azure Ai Giesel").index
    review.apply(review.plan_edit(giesel, "Völlig anderer Text ohne jeden Bezug zum Modell hier."))
    state = review.segments[giesel]
    assert state.replaced_by == "edit"
    assert [i.rule for i in state.issues] == ["accuracy.drift"]
    assert state.progress() == (4, 5)  # the four original issues are decided by the edit
    review.apply(review.plan_take(giesel))
    assert review.segments[giesel].text == sample.segments[giesel].reference
    assert review.segments[giesel].issues == []
    assert scores.chrf[giesel] == 100.0
    with pytest.raises(Refused, match="unchanged"):
        review.plan_take(giesel)


def test_deferred_chrf_starts_from_the_pipeline_figure(sample):
    review = Review(sample.segments)
    scores = LiveScores(review.segments, initial_chrf=sample.corpus.chrf, defer=True)
    review.set_listener(scores.update)
    assert scores.totals().chrf == sample.corpus.chrf
    giesel = segment_with(sample, "Azure Ai Giesel").index
    review.apply(review.plan_take(giesel))
    assert scores.totals().chrf is None  # changed before the statistics are known
    assert scores.chrf[giesel] == 100.0
    scores.prime()
    texts = [s.text for s in review.segments]
    refs = [s.reference for s in sample.segments]
    assert scores.totals().chrf == pytest.approx(CHRF().corpus_score(texts, [refs]).score, abs=0.01)
    assert scores.totals().chrf > sample.corpus.chrf


def test_empty_edit_is_refused(sample):
    review, _ = _review(sample)
    with pytest.raises(Refused, match="cannot be empty"):
        review.plan_edit(0, "  \n")


def test_issue_without_suggestion_cannot_be_approved(sample):
    from review_helpers import flag

    segment = sample.segments[3]
    segment.issues.append(flag(segment, "Handelsblatt", None, rule="accuracy.addition"))
    review, _ = _review(sample)
    with pytest.raises(Refused, match="no suggested fix"):
        review.plan_approve(segment.issues[-1].id)


def test_layout_places_open_issues_after_applied_fixes(sample):
    review, _ = _review(sample)
    giesel = segment_with(sample, "Azure Ai Giesel").index
    review.apply(review.plan_approve(_issue(review, giesel, "glossary.case").id))
    text, spans = review.segments[giesel].layout()
    by_rule = {s.issue.rule: s for s in spans}
    assert text[by_rule["glossary.case"].start : by_rule["glossary.case"].end] == "GitHub"
    assert text[by_rule["glossary.forbidden"].start : by_rule["glossary.forbidden"].end] == "Azure Ai Giesel"
    assert (by_rule["accuracy.drift"].start, by_rule["accuracy.drift"].end) == (0, len(text))


COMMANDS = st.lists(st.tuples(st.sampled_from(["approve", "reject", "all", "take", "undo", "redo"]),
                              st.integers(0, 10)), max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(commands=COMMANDS)
def test_undo_everything_restores_the_start_and_scores_match_a_fresh_computation(commands):
    sample = flagged_sample()
    review, scores = _review(sample)
    flagged = [s.index for s in sample.segments if s.issues]
    start_texts = [s.text for s in review.segments]
    for command, pick in commands:
        seg = review.segments[flagged[pick % len(flagged)]]
        issue = seg.issues[pick % len(seg.issues)] if seg.issues else None
        try:
            if command == "undo":
                review.undo()
            elif command == "redo":
                review.redo()
            elif command == "all":
                review.apply(review.plan_approve_all(seg.index)[0])
            elif command == "take":
                review.apply(review.plan_take(seg.index))
            elif issue is not None:
                plan = review.plan_approve if command == "approve" else review.plan_reject
                review.apply(plan(issue.id))
        except Refused:
            pass
    texts = [s.text for s in review.segments]
    refs = [s.reference for s in sample.segments]
    assert scores.totals().chrf == pytest.approx(CHRF().corpus_score(texts, [refs]).score, abs=0.01)
    penalty = sum(mqm_penalty(s.open_issues()) for s in review.segments)
    words = sum(len(t.split()) for t in texts)
    assert scores.totals().mqm_per_1000 == pytest.approx(1000 * penalty / words, abs=0.01)
    while review.undo():
        pass
    assert [s.text for s in review.segments] == start_texts
    assert all(not s.decisions for s in review.segments)


def test_rechecking_the_original_text_gives_the_pipelines_issues():
    """After a glossary reload the review re-checks every segment's own text. The rules that
    read the document around a segment (the unfinished last sentence of the sample, the
    names it repeats for spelling, a sentence's own line for fragments) must see it too."""
    from feinschliff.core.glossary import load_glossaries
    from feinschliff.core.pipeline import CheckOptions, check_document
    from feinschliff.core.review.session import rechecker_for
    from review_helpers import MT, SAMPLES

    config = Config()
    glossary = load_glossaries(["ai-tech"])
    result = check_document(CheckOptions(MT, source=SAMPLES / "source.en.txt"), config, glossary)
    checker = rechecker_for(result, config, glossary)
    for segment in result.segments:
        assert [i.id for i in checker.original(segment)] == [i.id for i in segment.issues], segment.text
    assert any(i.rule == "fluency.unfinished-sentence" for i in result.segments[-1].issues)
