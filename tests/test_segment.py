"""Sentence splitting: hard cases, the gold set, the seed article, and offset properties."""

from __future__ import annotations

from pathlib import Path

import pytest

from feinschliff.core.errors import InputError
from feinschliff.core.segment import split_sentences
from feinschliff.core.segment.lexicon import ABBREVIATIONS, FINAL, INNER, NUMERIC, parse_abbreviations

DATA = Path(__file__).parent / "data" / "segmentation"
SEED = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai" / "mt.de.txt"  # the seed article


def texts(text: str, lang: str = "de", **kwargs: bool) -> list[str]:
    return [s.text for s in split_sentences(text, lang, **kwargs)]


def gold_paragraphs() -> list[tuple[str, str, list[str]]]:
    cases = []
    for path in sorted(DATA.glob("*.txt")):
        lang = path.name.split("_", 1)[0]
        for number, block in enumerate(path.read_text(encoding="utf-8").split("\n\n"), 1):
            sentences = [line for line in block.splitlines() if line.strip()]
            if sentences:
                cases.append((f"{path.name}#{number}", lang, sentences))
    return cases


GOLD = gold_paragraphs()


def test_gold_set_is_large_enough():
    assert sum(len(sentences) for _, _, sentences in GOLD) >= 150
    assert {lang for _, lang, _ in GOLD} == {"de", "en"}


@pytest.mark.parametrize(("name", "lang", "sentences"), GOLD, ids=[case[0] for case in GOLD])
def test_gold_paragraph_is_recovered(name, lang, sentences):
    assert texts(" ".join(sentences), lang) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 1. August 2025 kam es. Danach nicht.", ["Am 1. August 2025 kam es.", "Danach nicht."]),
        ("Er wurde 75. Die Feier war groß.", ["Er wurde 75.", "Die Feier war groß."]),
        ("Er kam 2025. Dann ging er.", ["Er kam 2025.", "Dann ging er."]),
        ("1. Vom Gipfel aus sieht man weit.", ["1. Vom Gipfel aus sieht man weit."]),
        ("Es war gut… das beste Modell.", ["Es war gut… das beste Modell."]),
        ("Er wartete... Dann ging er.", ["Er wartete...", "Dann ging er."]),
        ("„Das ist gut.“ Er ging.", ["„Das ist gut.“", "Er ging."]),
        ("Sie sagte „gut“. Er ging.", ["Sie sagte „gut“.", "Er ging."]),
        ("»Stopp!« Sie hielt an.", ["»Stopp!«", "Sie hielt an."]),
        ("„Wer?“, fragte er.", ["„Wer?“, fragte er."]),
        ("Der Gipfel ist 8481 m. Am Abend regnete es.", ["Der Gipfel ist 8481 m.", "Am Abend regnete es."]),
        ("Es geschah 44 v. Chr. in Rom.", ["Es geschah 44 v. Chr. in Rom."]),
        ("Er trank Kaffee usw. Die Nacht war lang.", ["Er trank Kaffee usw.", "Die Nacht war lang."]),
        ("Siehe Nr. 5 und Art. 3 GG.", ["Siehe Nr. 5 und Art. 3 GG."]),
        ("Das ist Kunst der besten Art. Sie gefällt.", ["Das ist Kunst der besten Art.", "Sie gefällt."]),
        ("Dr. med. Anna Weber operiert.", ["Dr. med. Anna Weber operiert."]),
        ("Hilfe! rief er.", ["Hilfe! rief er."]),
    ],
)
def test_german_hard_cases(text, expected):
    assert texts(text) == expected


def test_english_numbers_end_sentences_but_german_ordinals_do_not():
    assert texts("He finished 3. Nobody expected it.", "en") == ["He finished 3.", "Nobody expected it."]
    assert texts("He finished 3. Runde", "en") == ["He finished 3.", "Runde"]
    assert texts("Im 3. Runde", "de") == ["Im 3. Runde"]
    assert texts("Er wurde 3. Runde", "de-CH") == ["Er wurde 3. Runde"]


def test_english_abbreviations():
    assert texts("Mr. Smith met Dr. Jones in the U.S. The talks failed.", "en") == [
        "Mr. Smith met Dr. Jones in the U.S.",
        "The talks failed.",
    ]
    assert texts("It ends at 5 p.m. sharp.", "en") == ["It ends at 5 p.m. sharp."]
    assert texts("See No. 10 today. No. It was closed.", "en") == ["See No. 10 today.", "No.", "It was closed."]


def test_newlines_are_hard_boundaries_and_blank_lines_vanish():
    text = "Die Zukunft\r\n\r\nim Zentrum steht\nDr.\rMüller"
    assert texts(text) == ["Die Zukunft", "im Zentrum steht", "Dr.", "Müller"]


def test_sentences_are_stripped_of_bom_nbsp_and_carriage_returns():
    text = "\ufeff\u00a0 Erster Satz.\u00a0\u202fZweiter Satz. \r\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Erster Satz.", "Zweiter Satz."]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1]


def test_lines_mode_keeps_each_line_whole():
    text = "Erster Satz. Noch einer.\n\n  Zweite Zeile ohne Punkt  \r\nDritte! Zeile."
    assert texts(text, lines=True) == ["Erster Satz. Noch einer.", "Zweite Zeile ohne Punkt", "Dritte! Zeile."]


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\r\n\ufeff\u200b\t") == []


def test_seed_article_boundaries():
    text = SEED.read_text(encoding="utf-8")
    sentences = texts(text)
    assert len(sentences) == 37
    assert "Kontrolle." in sentences
    assert "Die Zukunft" in sentences
    assert "Modell , trainiert auf einem massiven Cluster von 15.000 Nvidia H100 GPUs." in sentences
    assert any(s.startswith("Die Welt bei der Codierung… das beste Modell") for s in sentences)
    assert any(s.endswith("„Geld zu geben und zu berechnen und aus dem Weg zu bleiben.“") for s in sentences)
    assert any(s.startswith("Eine Quelle in der Nähe") and "Verhandlung… nicht offener" in s for s in sentences)
    assert sentences[-1] == "Das Ergebnis wird bestimmen"
    assert all(s[-1] in ".“”" for s in sentences if s not in ("Die Zukunft", "Das Ergebnis wird bestimmen"))


def test_shipped_abbreviation_table():
    assert ABBREVIATIONS["Dr"] == INNER
    assert ABBREVIATIONS["usw"] == FINAL
    assert ABBREVIATIONS["Nr"] == NUMERIC
    assert ABBREVIATIONS["z.B"] == INNER


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Dr\tinner", "expected 'abbreviation."),
        ("Dr.\tsometimes", "expected 'abbreviation."),
        ("Dr. inner", "expected 'abbreviation."),
    ],
)
def test_malformed_abbreviation_table_names_file_and_line(line, message):
    with pytest.raises(InputError) as caught:
        parse_abbreviations(f"# header\n{line}\n", "abbr.tsv")
    assert str(caught.value).startswith(f"abbr.tsv:2: {message}")


def test_duplicate_abbreviation_is_rejected():
    with pytest.raises(InputError, match=r"abbr.tsv:2: duplicate abbreviation 'Dr.'"):
        parse_abbreviations("Dr.\tinner\nDr.\tfinal\n", "abbr.tsv")
