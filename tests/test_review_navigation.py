"""Filtering, searching and moving between issues; the word diff against the re-translation."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
from review_helpers import flagged_sample, segment_with

from feinschliff.core.model import Category
from feinschliff.core.review import Review, View, ordered_issues, position_of, step_issue, visible, word_diff

SAMPLE = flagged_sample()


def fresh() -> Review:
    return Review(flagged_sample().segments)


def test_views_select_the_right_segments():
    review = fresh()
    states = review.segments
    assert visible(states, View()) == list(range(len(states)))
    flagged = visible(states, View("flagged"))
    assert flagged == [s.index for s in states if s.issues]
    giesel = segment_with(SAMPLE, "Azure Ai Giesel").index
    review.apply(review.plan_approve_all(giesel)[0])
    undecided = visible(review.segments, View("undecided"))
    assert giesel in undecided  # its drift issue is still open
    assert all(review.segments[i].state == "open" for i in undecided)
    terminology = visible(states, View("flagged", Category.TERMINOLOGY))
    assert segment_with(SAMPLE, "Wiedereinnahme").index in terminology
    assert visible(states, View(query="copilot")) == [s.index for s in states if "copilot" in s.text.casefold()
                                                      or "copilot" in (s.segment.reference or "").casefold()
                                                      or "copilot" in (s.segment.source or "").casefold()]
    assert View("undecided", Category.ACCURACY, "AWS").describe() == "undecided · accuracy · “AWS”"


def test_search_finds_text_of_the_reference_too():
    states = fresh().segments
    only_in_reference = "Wiederannäherung"
    assert all(only_in_reference not in s.segment.text for s in states)
    assert visible(states, View(query=only_in_reference)) == [segment_with(SAMPLE, "Wiedereinnahme").index]


def test_walking_forward_visits_every_issue_once_in_reading_order():
    states = fresh().segments
    order = visible(states, View())
    seen, here = [], (0, None)
    while (found := step_issue(states, order, here[0], here[1])) is not None:
        seen.append(found[1])
        here = found
    expected = [i for index in order for i in ordered_issues(states[index])]
    assert seen == expected and len(set(seen)) == len(seen)
    back, here = [], here
    while (found := step_issue(states, order, here[0], here[1], forward=False)) is not None:
        back.append(found[1])
        here = found
    assert back == expected[::-1][1:]


def test_open_only_skips_decided_issues():
    review = fresh()
    states = review.segments
    order = visible(states, View())
    first = step_issue(states, order, 0, None)
    review.apply(review.plan_reject(first[1]))
    again = step_issue(states, order, 0, None, open_only=True)
    assert again is not None and again[1] != first[1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 200), unique=True, max_size=60).map(sorted), st.integers(-5, 205))
def test_position_of_is_the_nearest_visible_segment_not_after(order, segment):
    at = position_of(order, segment)
    if not order:
        assert at == 0
    elif segment < order[0]:
        assert at == 0
    else:
        assert order[at] <= segment and (at + 1 == len(order) or order[at + 1] > segment)


def test_word_diff_of_the_sample_sentence():
    state = fresh().segments[segment_with(SAMPLE, "Azure Ai Giesel").index]
    diff = word_diff(state.text, state.segment.reference)
    missing = [state.segment.reference[a:b] for a, b in diff.b_only]
    assert any("Foundry" in words for words in missing)
    extra = [state.text[a:b] for a, b in diff.a_only]
    assert any("Giesel" in words for words in extra)
    assert 0 < diff.overlap < 1


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from("Das Modell ist in Azure AI Foundry Ai Giesel erhältlich GitHub Github".split()),
                max_size=12),
       st.lists(st.sampled_from("Das Modell ist in Azure AI Foundry Ai Giesel erhältlich GitHub Github".split()),
                max_size=12))
def test_word_diff_spans_cover_exactly_the_unmatched_words(a_words, b_words):
    a, b = " ".join(a_words), " ".join(b_words)
    diff = word_diff(a, b)
    assert word_diff(a, a).a_only == () and word_diff(a, a).overlap == 1.0
    for start, end in diff.a_only:
        assert 0 <= start < end <= len(a)
    kept = sum(1 for w in b.split()) - sum(len(b[s:e].split()) for s, e in diff.b_only)
    assert abs(diff.overlap * len(b.split()) - kept) < 1e-9 if b.split() else diff.overlap == 1.0
