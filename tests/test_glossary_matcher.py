"""The term matcher: inflection, case, compounds, longest match; lemma helpers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from feinschliff.core.glossary import load_glossary
from feinschliff.core.glossary.entries import make_entry
from feinschliff.core.glossary.matcher import Role, TermIndex, english_terms, german_terms
from feinschliff.core.lemmas import genitive, inflects, lemma, same_word, stems


@pytest.fixture(scope="module")
def shipped():
    return load_glossary("ai-tech")


@pytest.fixture(scope="module")
def german(shipped):
    return TermIndex(german_terms(shipped.entries), "de")


def found(index: TermIndex, text: str) -> list[tuple[str, str, str, bool]]:
    return [(o.surface, o.term.text, o.term.role.value, o.exact_case) for o in index.find(text)]


def test_inflected_forms_match_by_lemma_and_by_regular_ending(german):
    assert found(german, "bis zu 20 neue Rechenzentren") == [("Rechenzentren", "Rechenzentrum", "target", True)]
    # simplemma does not know "Fluchtluke"; the ending rule finds the plural
    assert lemma("Fluchtluken") == "fluchtluken"
    assert found(german, "zwei Fluchtluken") == [("Fluchtluken", "Fluchtluke", "forbidden", True)]
    assert found(german, "mit Start-ups") == [("Start-ups", "Start-up", "target", True)]


def test_english_side_is_lemmatised(shipped):
    english = TermIndex(english_terms(shipped.entries), "en")
    hits = [(o.surface, o.term.text) for o in english.find("to build up to 20 new data centers")]
    assert hits == [("data centers", "data center")]


def test_unrelated_words_do_not_meet():
    index = TermIndex(german_terms([make_entry("council", "Rat"), make_entry("angle", "Winkel")]), "de")
    assert found(index, "Sie raten über Winkelzüge") == []
    assert found(index, "die Räte") == [("Räte", "Rat", "target", True)]  # umlaut plural via the lemma
    assert not inflects("raten", "rat") and inflects("fluchtluken", "fluchtluke")


def test_miscased_names_and_case_sensitive_terms(german):
    assert found(german, "Openai und OpenAIs Vorstand") == [
        ("Openai", "OpenAI", "target", False),
        ("OpenAIs", "OpenAI", "target", True),
    ]
    assert found(german, "die Ki-Branche") == [("Ki", "KI", "target", False)]
    # the forbidden "AI" is case-sensitive: "Ai" is not it
    assert found(german, "ein Ai") == []


def test_names_take_a_genitive_and_the_english_apostrophe_is_recorded(german):
    (xai,) = german.find("wie Xai’s Grok")[:1]
    assert (xai.surface, xai.apostrophe_genitive, xai.exact_case) == ("Xai’s", True, False)
    assert genitive("xAI") == "xAIs" and genitive("Xerox") == "Xerox'"


def test_terms_inside_hyphenated_compounds(german):
    assert found(german, "im generativen AI-Rennen") == [("AI", "AI", "forbidden", True)]
    assert found(german, "im KI-Rennen") == [("KI", "KI", "target", True)]
    assert ("Azure-AI", "Azure AI", "target", True) in found(german, "mit Azure-AI-Angeboten")


def test_longest_match_protects_names_containing_ai(german):
    text = "Die Microsoft AI-Division, Azure AI, OpenAI und xAI nutzen Azure AI Foundry."
    surfaces = [(surface, role) for surface, _, role, _ in found(german, text)]
    assert surfaces == [
        ("Microsoft AI", "target"), ("Azure AI", "target"), ("OpenAI", "target"),
        ("xAI", "target"), ("Azure AI Foundry", "target"),
    ]
    overlapping = german.find(text, overlapping=True)
    assert any(o.term.role is Role.FORBIDDEN and o.surface == "AI" for o in overlapping)


def test_pieces_must_be_joined_by_space_hyphen_or_nbsp(german):
    assert [s for s, *_ in found(german, "Azure\u00a0AI Foundry")] == ["Azure\u00a0AI Foundry"]
    assert "Azure AI" not in [s for s, *_ in found(german, "Azure. AI")]


words = st.text(st.sampled_from("bcdfghklmnprstvwz"), min_size=3, max_size=8)


@settings(max_examples=200)
@given(st.lists(words, min_size=1, max_size=3), st.lists(words, max_size=6), st.lists(words, max_size=6),
       st.sampled_from([" ", "-", "\u00a0"]))
def test_an_inserted_term_is_found_at_its_offsets(term_words, before, after, joiner):
    term = " ".join(w.capitalize() for w in term_words)
    index = TermIndex(german_terms([make_entry("x", term, do_not_translate=True)]), "de")
    head = "".join(w + " " for w in ["Q" + w for w in before])
    surface = joiner.join(w.capitalize() for w in term_words)
    text = head + surface + "".join(" Q" + w for w in after)
    hits = [(o.start, o.end) for o in index.find(text)]
    assert (len(head), len(head) + len(surface)) in hits


@given(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüß"), min_size=1, max_size=12),
       st.sampled_from(["", "n", "en", "e", "s", "es", "er", "ern"]))
def test_stems_invert_inflects(base, ending):
    form = base + ending
    assert inflects(form, base) == (base in stems(form) and form != base)
    assert same_word(form.capitalize(), base) or not inflects(form, base)
