"""English "each one" rendered as a jeder/jede/jedes of another gender than the plural it picks
from ("zwei Galaxien. … Und jeder birgt …" → "jede"). Mixed or unknown genders, an article
before its noun, a dative object, "each of us" and no source stay clean."""

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.distributive_pronoun import distributive_pronoun
from feinschliff.core.model import Segment

GALAXIES = "Auf diesem Hubble-Bild sehen wir zwei Galaxien. Sie sehen aus, als wären sie erstarrt."
EACH_ONE = "And each one probably harbors a super-massive black hole at its core."


def flags(before: str, text: str, source: str | None) -> list[tuple[str, str | None]]:
    document = f"{before} {text}" if before else text
    start = len(document) - len(text)
    segment = Segment(1, text, start, len(document), (1,), source=source)
    ctx = CheckContext(source_lang="en", document=document)
    return [(text[f.start:f.end], f.suggestion) for f in distributive_pronoun(segment, ctx)]


@pytest.mark.parametrize("before, text, found", [
    # mqm-ted-dev, rater-marked: the galaxies are two sentences back, behind a plural "sie"
    (GALAXIES, "Und jeder birgt wahrscheinlich ein supermassereiches Schwarzes Loch in seinem Kern.",
     [("jeder", "jede")]),
    (GALAXIES, "Und jeder von ihnen beherbergt wahrscheinlich ein Schwarzes Loch.", [("jeder", "jede")]),
    (GALAXIES, "Und jedes birgt wahrscheinlich ein Schwarzes Loch.", [("jedes", "jede")]),
    # the plural in the sentence before, and in the segment itself
    ("Wir sahen drei Eisberge.", "Jede davon hat ihre eigene Persönlichkeit.", [("Jede", "Jeder")]),
    ("", "Sie haben zwei Kinder, und jeder davon geht zur Schule.", [("jeder", "jedes")]),
])
def test_a_pronoun_of_another_gender_than_its_plural_is_flagged(before, text, found):
    source = "They have two children, and each of them goes to school." if not before else EACH_ONE
    assert flags(before, text, source) == found


@pytest.mark.parametrize("before, text", [
    (GALAXIES, "Und jede birgt wahrscheinlich ein supermassereiches Schwarzes Loch."),      # right (`ref`)
    # candidates of two genders: "Sterne" (m) and "Löchern" (n, also m)
    ("", "Sie begannen als Sterne und kollabierten zu zwei Schwarzen Löchern – jede zehnmal so schwer."),
    (GALAXIES, "Und jeder Kern birgt wahrscheinlich ein Schwarzes Loch."),                   # an article
    (GALAXIES, "Geben Sie jeder eine eigene Nummer."),                                       # a dative object
    ("Ich sprach mit zwei Zorglubs.", "Und jeder hat ein Schwarzes Loch."),                  # unknown gender
    ("Die Zeit vergeht.", "Und jeder hat ein Schwarzes Loch."),                               # no plural at all
])
def test_right_mixed_and_unknown_antecedents_stay_clean(before, text):
    assert flags(before, text, EACH_ONE) == []


def test_each_of_us_and_no_source_stay_clean():
    text = "Und jeder birgt wahrscheinlich ein Schwarzes Loch."
    assert flags(GALAXIES, text, "And each of us probably harbors a black hole.") == []
    assert flags(GALAXIES, text, None) == []
