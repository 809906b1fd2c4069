"""Open compounds German hyphenates, on real sentences and the sample's glossary."""

import pytest

from feinschliff.core.checks.compounds import compound_spelling
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.glossary import load_glossaries
from feinschliff.core.model import Segment


def flagged(text, glossary=None):
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start:f.end], f.suggestion) for f in compound_spelling(segment, CheckContext(glossary=glossary))]


@pytest.fixture(scope="module")
def glossary():
    return load_glossaries(["ai-tech"])


@pytest.mark.parametrize("text, span, fix", [
    # the sample MT, with the shipped glossary's names
    ("Das Modell ist in die kostenpflichtigen Github Copilot-Pläne integriert.", "Github Copilot-Pläne",
     "GitHub-Copilot-Pläne"),
    ("Die Microsoft AI-Division baut eigene Modelle.", "Microsoft AI-Division", "Microsoft-AI-Division"),
    ("Das Modell läuft auf der Azure AI-Plattform.", "Azure AI-Plattform", "Azure-AI-Plattform"),
])
def test_multi_word_names_in_compounds_are_hyphenated_throughout(glossary, text, span, fix):
    assert flagged(text, glossary) == [(span, fix)]


@pytest.mark.parametrize("text, span, fix", [
    ("Microsoft bietet Cloud Dienste für Unternehmen an.", "Cloud Dienste", "Cloud-Dienste"),
    ("Sie trainieren Machine Learning Modelle.", "Machine Learning Modelle", "Machine-Learning-Modelle"),
    ("OpenAI engagiert die Open Source Community erneut.", "Open Source Community", "Open-Source-Community"),
])
def test_english_words_before_a_german_noun_are_hyphenated(text, span, fix):
    assert flagged(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "OpenAI engagiert die Open-Source-Community erneut und nutzt Cloud-Dienste.",
    "Die Azure-AI-Plattform und die Microsoft-AI-Division wachsen.",
    "Sie arbeitet bei Microsoft AI und nutzt Azure AI.",  # names alone, no compound
    "Open Source ist die Zukunft.",  # the noun itself is written open
    "Die New York Times berichtet, weil Microsoft Milliarden investiert.",  # names, not English words
    "Eine Expedition von J. Head Jagd erreichte den Gipfel.",  # an author's name
])
def test_correct_spellings_and_names_are_not_flagged(glossary, text):
    assert flagged(text, glossary) == []


@pytest.mark.parametrize("text, span, fix", [
    ("OpenAI COO Brad Lightcap hat kürzlich die Beziehung als „eine Ehe mit Höhen und Tiefen“ bezeichnet.",
     "OpenAI COO", "OpenAI-COO"),  # the sample MT
    ("Microsoft CEO Satya Nadella hat die Idee öffentlich verspottet.", "Microsoft CEO", "Microsoft-CEO"),
])
def test_a_role_after_a_name_is_hyphenated(text, span, fix):
    assert flagged(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "CEO Satya Nadella hat die Idee öffentlich verspottet.",
    "Laut CEO Nadella ist die Partnerschaft stabil.",   # a German word before the role
    "Der CEO der Siemens AG sprach.",
    "OpenAI-COO Brad Lightcap beschrieb die Beziehung.",
])
def test_roles_alone_or_hyphenated_are_not_flagged(text):
    assert flagged(text) == []


def test_a_name_the_source_has_as_it_stands_keeps_its_space():
    # Debian's iso_3166-2 catalog: "North Darfur" is the region's name in German too
    segment = Segment(0, "North Darfur", 0, 12, (0,), source="North Darfur")
    assert list(compound_spelling(segment, CheckContext())) == []
    text = "Die Open Source Community wächst."  # a German noun at the end: joined, whatever the source
    segment = Segment(0, text, 0, len(text), (0,), source="The Open Source Community grows.")
    assert [text[f.start:f.end] for f in compound_spelling(segment, CheckContext())] == ["Open Source Community"]
