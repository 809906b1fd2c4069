"""A paragraph of running text that stops in the middle of a sentence: the sample's last
paragraph; headings run into a paragraph, single lines and complete paragraphs stay clean."""

from pathlib import Path

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.unfinished import unfinished_sentence
from feinschliff.core.model import Segment
from feinschliff.core.segment import split_sentences

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"


def flagged(document: str) -> list[str]:
    """The flagged text of every sentence of ``document``, checked as the pipeline does."""
    ctx = CheckContext(document=document)
    found = []
    for i, s in enumerate(split_sentences(document)):
        segment = Segment(i, s.text, s.start, s.end, (i,))
        found += [s.text[f.start:f.end] for f in unfinished_sentence(segment, ctx)]
    return found


@pytest.mark.parametrize("name", ["mt.de.txt", "reference.de.txt"])
def test_the_cut_off_end_of_the_sample_is_flagged(name):
    # The source ends the same way ("The outcome will determine"): the MT and the reference
    # both stop before the object, and a German reader sees an unfinished sentence in either.
    assert flagged((SAMPLE / name).read_text("utf-8")) == ["Das Ergebnis wird bestimmen"]


def test_a_segment_of_two_sentences_is_judged_on_its_own():
    text = "Die Partner bauen 20 Rechenzentren. Das Ergebnis wird bestimmen"
    segment = Segment(0, text, 0, len(text), (0,))
    found = [text[f.start:f.end] for f in unfinished_sentence(segment, CheckContext())]
    assert found == ["Das Ergebnis wird bestimmen"]


def test_a_unit_of_a_bilingual_file_ends_its_paragraph():
    document = "<target>Die Partner bauen 20 Rechenzentren. Das Ergebnis wird bestimmen</target>\n"
    text = "Die Partner bauen 20 Rechenzentren. Das Ergebnis wird bestimmen"
    start = document.index(text)
    segment = Segment(0, text, start, start + len(text), (0,), unit="s1")
    found = [text[f.start:f.end] for f in unfinished_sentence(segment, CheckContext(document=document))]
    assert found == ["Das Ergebnis wird bestimmen"]


def test_a_unit_that_ends_as_its_source_does_is_left_to_its_source():
    # software strings leave the stop out on purpose (Debian's German UI catalogs: 225 units
    # before this, none of them unfinished); a source with the mark: final-punctuation adds it
    text = "Die Übersetzer des Programms. Diese Zeichenkette sollte als übersetzbar markiert werden"
    for source in ("The translators. This string should be marked as translatable",
                   "The translators. This string should be marked as translatable."):
        segment = Segment(0, text, 0, len(text), (0,), source=source, unit="u1")
        assert list(unfinished_sentence(segment, CheckContext(document=text))) == []


def test_an_abbreviation_is_no_sentence_end():
    text = "Ein Titel, der evtl. von der Fensterverwaltung angezeigt wird"
    segment = Segment(0, text, 0, len(text), (0,), unit="u1")
    assert list(unfinished_sentence(segment, CheckContext(document=text))) == []


@pytest.mark.parametrize("document", [
    "OpenAI war von Anfang an auf Weiterentwicklung angelegt. Die Zukunft\nMicrosoft baut.",  # a run-in heading
    "Das Ergebnis wird bestimmen\nDer nächste Absatz beginnt hier.",    # one sentence on its line
    "Die Partner bauen Rechenzentren. Das Ergebnis wird alles bestimmen.",
    "Die Partner bauen Rechenzentren. Das Ergebnis bestimmt Microsoft",  # ends in a name
    "Die Partner bauen Rechenzentren. Die Kosten betragen 500 Milliarden",  # ends in a number
    "Die Partner bauen Rechenzentren. Mehr dazu hier",                 # no verb: a link text
    "Die Partner bauen Rechenzentren. Das Ergebnis wird bestimmen\nund so weiter.",  # the line goes on
    # vim's manual page and tutor: a label and what it names, a file name, an address
    "Damit wird die Option gesetzt. Beispiel: vim \"+set si\" main.c",
    "Die Datei wird gelesen. Dann öffnet vim die Datei main.c",
    "Fragen beantwortet der Autor. Er ist erreichbar unter joachim.hof@gmx.de",
])
def test_complete_paragraphs_and_headings_stay_clean(document):
    assert flagged(document) == []
