"""The vectorised chrF and BLEU statistics are exactly sacrebleu's."""

from pathlib import Path

from hypothesis import given, settings, strategies as st
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

from feinschliff.core.scoring.ngram_match import Side, bleu_statistics, chrf_statistics, ngram_counts, tokenize_13a
from feinschliff.core.segment import split_sentences

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
text = st.text(alphabet=st.sampled_from("aäbß ÖK.,„“\t\n-1€漢\U0001f600"), max_size=60)
pairs = st.lists(st.tuples(text, text), max_size=12)


def sacrebleu_rows(metric, pairs):
    hyps, refs = [h for h, _ in pairs], [r for _, r in pairs]
    return metric._extract_corpus_statistics(hyps, [refs]) if pairs else []


@settings(max_examples=300, deadline=None)
@given(pairs)
def test_chrf_statistics_equal_sacrebleus(pairs):
    metric = CHRF()
    assert chrf_statistics(metric, [h for h, _ in pairs], [r for _, r in pairs]) == sacrebleu_rows(metric, pairs)


@settings(max_examples=300, deadline=None)
@given(pairs)
def test_bleu_statistics_equal_sacrebleus(pairs):
    metric = BLEU()
    assert bleu_statistics(metric, [h for h, _ in pairs], [r for _, r in pairs]) == sacrebleu_rows(metric, pairs)


def test_statistics_on_the_sample_article_aligned_and_scrambled():
    mt = [s.text for s in split_sentences((SAMPLE / "mt.de.txt").read_text("utf-8"), "de")]
    ref = [s.text for s in split_sentences((SAMPLE / "reference.de.txt").read_text("utf-8"), "de")]
    pairs = list(zip(mt, ref)) + list(zip(mt, reversed(ref)))
    for metric, fast in ((CHRF(), chrf_statistics), (BLEU(), bleu_statistics)):
        rows = fast(metric, [h for h, _ in pairs], [r for _, r in pairs])
        assert rows == sacrebleu_rows(metric, pairs)
    assert any(row[2] for row in rows)  # BLEU finds shared unigrams in the aligned pairs


def test_variants_it_cannot_count_are_left_to_sacrebleu():
    assert chrf_statistics(CHRF(word_order=2), ["a b"], ["a b"]) is None
    assert chrf_statistics(CHRF(whitespace=True), ["a b"], ["a b"]) is None


def test_pairs_with_too_many_distinct_symbols_are_declined():
    import numpy as np

    wide = Side(np.arange(5000), [5000])
    assert ngram_counts(wide, wide, 6) is None
    counts = ngram_counts(Side(np.array([1, 2, 1]), [3]), Side(np.array([1, 1]), [2]), 2)
    assert counts.tolist() == [[[3, 2, 2], [2, 1, 0]]]


pieces = st.sampled_from(["a", "7", ".", ",", "-", " ", "\n", "-\n", "&amp;", "&quot;", "&lt;", "<skipped>",
                          "(", "'", "€", "„", "\t", "&"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(pieces, max_size=20).map("".join), max_size=6))
def test_tokenize_13a_equals_sacrebleus_tokenizer(lines):
    tokenizer = Tokenizer13a()
    assert tokenize_13a(lines) == [tokenizer(line.rstrip()).split() for line in lines]
