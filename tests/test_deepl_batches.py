"""Cutting sentences into DeepL requests: limits, de-duplication, order, context."""

from __future__ import annotations

import json

import pytest
from conftest_deepl import SAMPLE
from hypothesis import given, strategies as st

from feinschliff.core.errors import InputError
from feinschliff.core.segment import split_sentences
from feinschliff.core.translate.deepl_batches import (
    MAX_BYTES,
    MAX_TEXTS,
    Batch,
    batch_context,
    encoded_size,
    plan_batches,
)

texts_strategy = st.lists(st.text(max_size=40), max_size=160)


@given(texts_strategy, st.integers(1, 60), st.integers(500, 4000))  # 40 astral characters take 482 bytes
def test_every_distinct_text_is_sent_once_in_order_within_limits(texts, max_texts, max_bytes):
    batches = plan_batches(texts, max_texts, max_bytes)
    sent = [t for b in batches for t in b.texts]
    expected = list(dict.fromkeys(t for t in texts if t.strip()))
    assert sent == expected
    for batch in batches:
        assert 1 <= len(batch.texts) <= max_texts
        assert sum(encoded_size(t) for t in batch.texts) <= max_bytes
        assert [texts.index(t) for t in batch.texts] == list(batch.positions)


@given(texts_strategy)
def test_batches_are_as_full_as_the_limits_allow(texts):
    batches = plan_batches(texts, 7, 500)
    for batch, following in zip(batches, batches[1:]):
        size = sum(encoded_size(t) for t in batch.texts)
        assert len(batch.texts) == 7 or size + encoded_size(following.texts[0]) > 500


def test_120_texts_make_batches_of_50_50_20():
    texts = [f"Satz Nummer {i}." for i in range(120)]
    assert [len(b.texts) for b in plan_batches(texts)] == [50, 50, 20]


def test_the_byte_limit_counts_the_json_escaping_of_umlauts():
    text = "ä" * 1000  # 1000 characters, 6000 bytes as JSON \\u00e4 escapes
    assert encoded_size(text) == len(json.dumps(text)) + 2 == 6004
    texts = [text + str(i) for i in range(40)]
    batches = plan_batches(texts)
    assert [len(b.texts) for b in batches] == [20, 20]
    assert all(sum(encoded_size(t) for t in b.texts) <= MAX_BYTES for b in batches)


def test_the_sample_article_fits_one_request():
    sentences = [s.text for s in split_sentences((SAMPLE / "mt.de.txt").read_text("utf-8"), "de")]
    batches = plan_batches(sentences)
    assert len(batches) == 1 and batches[0].texts == tuple(sentences)
    assert batches[0].characters == sum(len(s) for s in sentences)
    assert len(sentences) < MAX_TEXTS


def test_a_sentence_too_long_for_any_request_is_refused_before_sending():
    with pytest.raises(InputError, match="sentence 2 takes 122,885 bytes, more than the 122,880"):
        plan_batches(["kurz.", "x" * (MAX_BYTES + 1)])


def test_context_is_the_neighbourhood_of_the_batch():
    texts = ["A.", "B.", "C.", "D.", "E.", "F."]
    batch = Batch(("C.", "D."), (2, 3))
    assert batch_context(texts, batch, 2) == "A. B. E. F."
    assert batch_context(texts, batch, 1) == "B. E."
    assert batch_context(texts, batch, 0) is None
    assert batch_context(texts, Batch(tuple(texts), tuple(range(6))), 2) is None


def test_context_leaves_out_texts_of_the_batch_and_is_capped():
    texts = ["Wiederholt.", "Neu.", "Wiederholt.", "Lang " * 2000]
    batch = Batch(("Wiederholt.", "Neu."), (0, 1))
    assert batch_context(texts, batch, 2) == ("Lang " * 2000).strip()[:2000]
    capped = batch_context(texts, batch, 2, max_chars=100)
    assert capped is not None and len(capped) == 50
