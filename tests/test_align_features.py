"""What the aligner compares: normalised text, canonical numbers, keys, glossary anchors."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from feinschliff.core.align.bilingual import bilingual_features, term_hits
from feinschliff.core.align.features import (
    COMMON_MIN_SENTENCES, canonical_number, monolingual_features, tokenize,
)


def keys(features, i: int) -> list[int]:
    return features.codes[features.offsets[i] : features.offsets[i + 1]].tolist()


@given(st.integers(1000, 10**12))
def test_thousands_separators_of_both_languages_give_one_number(n):
    german, english = f"{n:,}".replace(",", "."), f"{n:,}"
    narrow = f"{n:,}".replace(",", "\u202f")
    texts = [f"Es kostet {german} Euro.", f"It costs {english} euros.", f"Preis {narrow} Euro", f"{n}"]
    assert {word for word in tokenize(texts).words if word[0].isdigit()} == {str(n)}


@given(st.integers(0, 10**6), st.integers(1, 999).filter(lambda d: d % 10 and len(str(d)) != 3))
def test_decimal_comma_and_decimal_point_give_one_number(whole, decimals):
    assert canonical_number(f"{whole},{decimals}") == canonical_number(f"{whole}.{decimals}")
    assert canonical_number(f"{whole},{decimals}") == f"{whole}.{decimals}"


@pytest.mark.parametrize("german, english, canonical", [
    ("8.839,8", "8,839.8", "8839.8"),
    ("1,5", "1.5", "1.5"),
    ("8847,60", "8847.6", "8847.6"),
    ("15.000", "15,000", "15000"),
])
def test_canonical_numbers(german, english, canonical):
    assert canonical_number(german) == canonical_number(english) == canonical


def test_tokenize_folds_case_sharp_s_and_punctuation():
    tokens = tokenize(["Die „Doomsday-Klausel“ – große Fragen!", "", "Grosse Fragen?"])
    assert tokens.chars == ["die doomsday klausel grosse fragen", "", "grosse fragen"]
    assert tokens.owner.tolist() == [0, 0, 0, 0, 0, 2, 2]


def test_a_sentence_with_a_line_break_stays_one_sentence():
    tokens = tokenize(["erste Zeile\nzweite Zeile", "dritte"])
    assert tokens.chars == ["erste zeile zweite zeile", "dritte"]


def test_keys_are_word_stems_sorted_within_each_sentence():
    fa, fb = monolingual_features(["Rechenzentren wachsen"], ["Das Rechenzentrum wächst"])
    assert len(set(keys(fa, 0)) & set(keys(fb, 0))) == 1  # "reche" only
    assert keys(fa, 0) == sorted(keys(fa, 0))


def test_words_in_many_sentences_are_no_keys():
    text = [f"Der Satz Nummer {k} handelt von Thema{k}." for k in range(COMMON_MIN_SENTENCES)]
    fa, _ = monolingual_features(text, text)
    shared = set(keys(fa, 0)) & set(keys(fa, 1))
    assert not shared  # "der", "satz", "numme", "hande", "von" appear everywhere
    assert len(keys(fa, 0)) == 2  # the number and "thema0"... stems differ per sentence


@pytest.mark.parametrize("term, text, found", [
    ("Rechenzentrum", "Neue Rechenzentren entstehen.", True),
    ("Rechenzentrum", "Der Bau des KI-Rechenzentrums", True),
    ("Rechenzentrum", "Großrechenzentrum", False),
    ("Milliarde", "13 Milliarden Dollar", True),
    ("KI", "KI-Modelle", True),
    ("KI", "die KIs", True),
    ("KI", "Kinder", False),
    ("künstliche Intelligenz", "künstlicher Intelligenz", True),
    ("Straße", "zwei Strassen", True),
])
def test_german_terms_match_inflected_forms(term, text, found):
    sentences, numbers = term_hits(tokenize(["Vorher.", text]), [term], german=True)
    assert sentences.tolist() == ([1] if found else []) and numbers.tolist() == ([0] if found else [])


@pytest.mark.parametrize("term, text, found", [
    ("data center", "Data centers are expensive.", True),
    ("data center", "the data center's power", True),
    ("data center", "a data-center boom", True),
    ("data center", "data centerline", False),
    ("billion", "13 billion dollars", True),
    ("billion", "billionaire", False),
])
def test_english_terms_match_plurals(term, text, found):
    sentences, _ = term_hits(tokenize([text]), ["OpenAI", term], german=False)
    assert sentences.tolist() == ([0] if found else [])


def test_a_term_does_not_run_across_sentences():
    sentences, _ = term_hits(tokenize(["Das ist künstliche", "Intelligenz"]), ["künstliche Intelligenz"], True)
    assert sentences.tolist() == []


def test_every_occurrence_of_every_term_counts():
    tokens = tokenize(["Milliarden hier, Milliarden da.", "Rechenzentren und eine Milliarde"])
    sentences, numbers = term_hits(tokens, ["Rechenzentrum", "Milliarde"], german=True)
    assert sorted(zip(sentences.tolist(), numbers.tolist())) == [(0, 1), (0, 1), (1, 0), (1, 1)]


def test_an_anchor_is_a_key_both_sides_share():
    german = ["Neue Rechenzentren brauchen Strom."]
    english = ["New data centers need power."]
    without = bilingual_features(german, english)
    assert not set(keys(without[0], 0)) & set(keys(without[1], 0))
    fa, fb = bilingual_features(german, english, [("data center", "Rechenzentrum")])
    assert len(set(keys(fa, 0)) & set(keys(fb, 0))) == 1


def test_names_and_numbers_are_shared_across_languages():
    fa, fb = bilingual_features(["OpenAI kaufte 15.000 GPUs für 1,5 Milliarden."],
                                ["OpenAI bought 15,000 GPUs for 1.5 billion."])
    assert len(set(keys(fa, 0)) & set(keys(fb, 0))) == 4  # openai, 15000, gpus, 1.5
