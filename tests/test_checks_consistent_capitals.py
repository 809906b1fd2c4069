"""One adjective + noun term written with and without a capital in one document: the rarer
spelling is flagged, with the usual one as the fix; sentence starts, even splits and terms used
rarely stay clean."""

from feinschliff.core.checks.consistent_capitals import consistent_capitals
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment

# UEdin in mqm-ted-dev writes "schwarze Löcher" 31 times and "Schwarze Löcher" 6 times
LOWER = [
    "Es gibt Zehntausende von schwarzen Löchern in unserer Galaxie.",
    "Wir würden einen Schatten dieses schwarzen Lochs sehen.",
    "Aber schwarze Löcher sind zu hören.",
    "Stellen Sie sich zwei schwarze Löcher vor.",
]
CAPITAL = "Die beiden Schwarzen Löcher rücken näher zusammen, und das Schwarze Loch wächst."


def flags_in(sentences: list[str], settings=None) -> list[list[tuple[str, str | None]]]:
    document = "\n".join(sentences)
    ctx = CheckContext(document=document, settings=settings or {})
    found = []
    for text in sentences:
        segment = Segment(0, text, 0, len(text), (0,))
        found.append([(text[f.start:f.end], f.suggestion) for f in consistent_capitals(segment, ctx)])
    return found


def test_the_rarer_spelling_is_flagged_with_the_usual_one_as_fix():
    found = flags_in([*LOWER, CAPITAL])
    assert found[:4] == [[], [], [], []]
    # "Die beiden Schwarzen" is mid-sentence; "Die" at the start is no term of the document
    assert found[4] == [("Schwarzen", "schwarzen"), ("Schwarze", "schwarze")]


def test_a_capital_majority_flags_the_lowercase_spelling():
    capitals = [s.replace("schwarz", "Schwarz") for s in LOWER]
    found = flags_in([*capitals, "Es ist nur ein schwarzes Loch."])
    assert found[-1] == [("schwarzes", "Schwarzes")] and not any(found[:-1])


def test_sentence_starts_say_nothing_about_the_spelling():
    starts = ["Schwarze Löcher sind dunkel.", "Schwarze Löcher sind schwer.", "Schwarze Löcher verschmelzen."]
    assert flags_in([*LOWER, *starts]) == [[]] * 7
    assert flags_in(["„Schwarze Löcher“ heißen sie.", *LOWER]) == [[]] * 5


def test_an_even_split_and_a_rare_term_stay_clean():
    assert flags_in([*LOWER[:2], CAPITAL]) == [[]] * 3                 # 2 against 2: no usual spelling
    assert flags_in([LOWER[0], LOWER[2], "Das Schwarze Loch."]) == [[]] * 3  # 3 uses, below min_uses
    assert flags_in([LOWER[0], LOWER[2], "Und das Schwarze Loch."],
                    {"fluency.consistent-capitals": {"min_uses": 3}})[2] == [("Schwarze", "schwarze")]


def test_without_the_document_nothing_is_known():
    segment = Segment(0, CAPITAL, 0, len(CAPITAL), (0,))
    assert list(consistent_capitals(segment, CheckContext())) == []
