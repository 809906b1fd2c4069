"""FastTER gives exactly sacrebleu's TER statistics, only faster."""

from pathlib import Path

from hypothesis import given, settings, strategies as st
from sacrebleu.metrics import TER
from sacrebleu.metrics.lib_ter import translation_edit_rate as sacrebleu_ter

from feinschliff.core.segment import split_sentences
from feinschliff.core.scoring.ter_fast import FastTER, translation_edit_rate

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
words = st.lists(st.sampled_from("der die das Modell KI AI , . und OpenAI Microsoft".split()), max_size=40)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_same_edits_as_sacrebleu_on_random_word_lists(hyp, ref):
    assert translation_edit_rate(hyp, ref) == sacrebleu_ter(hyp, ref)


@settings(max_examples=8, deadline=None)
@given(st.lists(st.sampled_from("a b c d".split()), min_size=30, max_size=70),
       st.lists(st.sampled_from("a b c d".split()), min_size=30, max_size=70))
def test_same_edits_beyond_the_beam_width(hyp, ref):
    """Long, repetitive sentences exercise the beam limit and the shift-candidate limit."""
    assert translation_edit_rate(hyp, ref) == sacrebleu_ter(hyp, ref)


def test_same_statistics_and_signature_on_the_sample_article():
    mt = [s.text for s in split_sentences((SAMPLE / "mt.de.txt").read_text("utf-8"), "de")]
    ref = [s.text for s in split_sentences((SAMPLE / "reference.de.txt").read_text("utf-8"), "de")]
    pairs = list(zip(mt, ref)) + list(zip(mt, reversed(ref)))  # aligned and scrambled pairs
    hyps, refs = [h for h, _ in pairs], [r for _, r in pairs]
    assert FastTER()._extract_corpus_statistics(hyps, [refs]) == TER()._extract_corpus_statistics(hyps, [refs])
    fast, slow = FastTER(), TER()
    assert fast.corpus_score(hyps, [refs]).score == slow.corpus_score(hyps, [refs]).score
    assert str(fast.get_signature()) == str(slow.get_signature())


@settings(max_examples=150, deadline=None)
@given(st.integers(25, 90), st.data())
def test_same_edits_for_long_references_close_to_the_hypothesis(length, data):
    """Long references with few edits: the Levenshtein shortcut inside the beam is taken, and
    hypotheses much shorter or longer than the reference move the beam's edges."""
    ref = [f"w{i % 40}" for i in range(length)]
    hyp = list(ref)
    for _ in range(data.draw(st.integers(0, 12))):
        op = data.draw(st.sampled_from("dsmi"))
        k = data.draw(st.integers(0, max(0, len(hyp) - 1)))
        if op == "d" and hyp:
            del hyp[k]
        elif op == "s" and hyp:
            hyp[k] = "x"
        elif op == "m" and len(hyp) > 4:
            hyp[k:k] = [hyp.pop(), hyp.pop()]
        else:
            hyp.insert(k, "y")
    hyp = hyp[: data.draw(st.integers(len(hyp) // 2, len(hyp)))] if data.draw(st.booleans()) else hyp
    assert translation_edit_rate(hyp, ref) == sacrebleu_ter(hyp, ref)
