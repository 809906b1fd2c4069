"""Properties of the sentence splitter that must hold for any input."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from feinschliff.core.segment.splitter import SPACE_CHARS, split_sentences

# Text built from the pieces that drive the rules, so boundaries are exercised often.
PIECES = st.sampled_from(
    [
        "Der", "die", "Dr.", "z.", "B.", "usw.", "1.", "2025.", "15.000", "1,5", "GPT-5.1",
        "Node.js", "„Das", "gut.“", "»Nein!«", "Er", "ging.", "…", "...", "?", "!", "m.",
        "U.S.", "The", "end.", "(siehe", "S.", "5)", "Kontrolle.", "Modell", ",", "\u00a0",
        "\ufeff", "\r\n", "\n", "\n\n", " ", "  ", "\t", "\u2028", "e.g.", "Nr.", "G.", "O.",
    ]
)
STRUCTURED = st.lists(PIECES, max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), STRUCTURED)
LANGS = st.sampled_from(["de", "en", "de-CH", "fr"])


def check_invariants(text: str, sentences) -> None:
    previous_end = 0
    for number, sentence in enumerate(sentences):
        assert sentence.index == number
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text
        assert sentence.text == sentence.text.strip(SPACE_CHARS)
        assert sentence.start >= previous_end
        previous_end = sentence.end


@settings(max_examples=400)
@given(ANY_TEXT, LANGS, st.booleans())
def test_offsets_are_exact_ordered_and_stripped(text, lang, lines):
    check_invariants(text, split_sentences(text, lang, lines=lines))


@settings(max_examples=300)
@given(ANY_TEXT, LANGS, st.booleans())
def test_every_visible_character_belongs_to_a_sentence(text, lang, lines):
    covered = bytearray(len(text))
    for sentence in split_sentences(text, lang, lines=lines):
        covered[sentence.start : sentence.end] = b"\1" * (sentence.end - sentence.start)
    missing = [i for i, ch in enumerate(text) if ch not in SPACE_CHARS and not covered[i]]
    assert missing == []


@settings(max_examples=300)
@given(ANY_TEXT, LANGS)
def test_no_sentence_spans_a_line_break(text, lang):
    for sentence in split_sentences(text, lang):
        assert sentence.text == sentence.text.splitlines()[0]


@settings(max_examples=300)
@given(ANY_TEXT, LANGS)
def test_lines_mode_is_idempotent(text, lang):
    first = split_sentences(text, lang, lines=True)
    rejoined = "\n".join(s.text for s in first)
    again = split_sentences(rejoined, lang, lines=True)
    assert [s.text for s in again] == [s.text for s in first]


@settings(max_examples=300)
@given(ANY_TEXT, LANGS)
def test_lines_mode_yields_one_sentence_per_non_blank_line(text, lang):
    expected = [line.strip(SPACE_CHARS) for line in text.splitlines() if line.strip(SPACE_CHARS)]
    assert [s.text for s in split_sentences(text, lang, lines=True)] == expected


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Der Satz endet hier.", "Er ging!", "Wer kam?", "Die Zukunft"]), max_size=12))
def test_resplitting_sentences_is_stable(parts):
    text = " ".join(parts)
    once = [s.text for s in split_sentences(text)]
    assert [t for sentence in once for t in (s.text for s in split_sentences(sentence))] == once


def test_space_chars_cover_everything_python_calls_whitespace():
    assert all(chr(code) in SPACE_CHARS for code in range(0x3001) if chr(code).isspace())
