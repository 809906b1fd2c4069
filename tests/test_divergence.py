"""Word alignment against the re-translation, and the divergence rule built on it (off by
default; see its module for the measurement)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from feinschliff.core.align.words import divergences, monotone_pairs, similarity
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.divergence import divergence
from feinschliff.core.model import Segment
from feinschliff.core.tokens import words

GERMAN = st.sampled_from("Das Modell ist jetzt in Copilot kostenlos verfügbar und wird von Kunden "
                         "genutzt Die Klausel dient als Hintertür für OpenAI 2019 Verträge".split())
SENTENCE = st.lists(GERMAN, min_size=1, max_size=14).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(SENTENCE)
def test_a_sentence_never_diverges_from_itself(text):
    assert divergences(text, text) == []


@settings(max_examples=60, deadline=None)
@given(SENTENCE, SENTENCE)
def test_spans_lie_in_the_target_and_counterparts_come_from_the_reference(target, reference):
    for found in divergences(target, reference):
        assert 0 <= found.start < found.end <= len(target)
        assert found.counterpart in reference
        assert found.target_words >= 1 and found.counterpart_words >= 1


@settings(max_examples=60, deadline=None)
@given(SENTENCE, SENTENCE)
def test_the_word_alignment_keeps_order_and_pairs_matching_words(target, reference):
    a, b = words(target), words(reference)
    scores = similarity(a, b)
    pairs = monotone_pairs(scores)
    assert all(scores[i, j] > 0 for i, j in pairs)
    assert [i for i, _ in pairs] == sorted({i for i, _ in pairs})
    assert [j for _, j in pairs] == sorted({j for _, j in pairs})


def test_the_garbled_words_of_the_sample_face_the_reference_words():
    target = "Diese Klausel fungiert als potenzielle Fluchtluke für OpenAI."
    reference = "Diese Klausel ist eine mögliche Hintertür für OpenAI."
    (found,) = divergences(target, reference)
    assert target[found.start:found.end] == "fungiert als potenzielle Fluchtluke"
    assert found.counterpart == "ist eine mögliche Hintertür"


def test_inflection_compound_heads_reordering_and_the_source_are_support():
    assert divergences("Die Mitarbeiter von Microsoft bauten Rechenzentren.",
                       "Microsoft-Mitarbeiter bauten das Rechenzentrum.") == []
    assert divergences("Gestern hat OpenAI das Modell veröffentlicht.",
                       "OpenAI hat das Modell gestern veröffentlicht.") == []
    assert divergences("Das ist ein Moonshot für Azure.", "Das ist ein Großprojekt für Azure.",
                       source="This is a moonshot for Azure.") == []


def _segment(text, reference, chrf):
    return Segment(0, text, 0, len(text), (0,), reference=reference, scores={"chrf": chrf})


def test_the_rule_searches_drifting_segments_only():
    text = "Die Reibung wurde von einem Mitarbeiter unverblümt zusammengefasst."
    reference = "Ein Mitarbeiter fasste die Reibung so zusammen: Geld her und raus."
    ctx = CheckContext(has_reference=True, median_chrf=70.0)
    assert list(divergence(_segment(text, reference, 65.0), ctx)) == []  # above the drift threshold
    (finding,) = list(divergence(_segment(text, reference, 30.0), ctx))
    assert text[finding.start:finding.end] == "unverblümt zusammengefasst"
    assert finding.suggestion is not None and finding.suggestion in reference


def test_the_drift_threshold_scales_with_the_noise_of_sentence_chrf():
    """The same drop under the median is drift in a long segment and noise in a short one."""
    from feinschliff.core.checks.alignment import drift

    ctx = CheckContext(has_reference=True, median_chrf=70.0)
    short = "Das Modell ist verfügbar."  # 25 characters: the drop must reach 40 points
    long = " ".join([short] * 16)  # 415 characters: 10 points suffice
    assert list(drift(_segment(short, "Das Modell steht bereit.", 45.0), ctx)) == []
    assert list(drift(_segment(short, "Das Modell steht bereit.", 29.0), ctx))  # under the floor of 30
    assert len(list(drift(_segment(long, "Ganz anders.", 58.0), ctx))) == 1
    assert list(drift(_segment(long, "Ganz anders.", 62.0), ctx)) == []
