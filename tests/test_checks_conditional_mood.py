"""A counterfactual English "if" rendered by an indicative *wenn* clause ("if you took our Sun
… you would make" → "wenn man unsere Sonne nahm" → "nähme"). Real conditions, a Konjunktiv II
anywhere in the clause, a weak past (which is the Konjunktiv II too), a source with "when",
an unequal number of clauses and no source stay clean."""

import pytest

from feinschliff.core.checks.conditional_mood import conditional_mood
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment


def flags(text: str, source: str | None, source_lang: str = "en") -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    ctx = CheckContext(source_lang=source_lang, document=text)
    return [(text[f.start:f.end], f.suggestion) for f in conditional_mood(segment, ctx)]


TOOK = ("What Einstein did not realize was that, if you took our Sun and you crushed it down to six kilometers, "
        "you would make a black hole.")
WERE = "If this were Battlestar Galactica and you're fighting the Cylons, don't hide behind the black hole."
FLOAT = "But if you were to float by in space on a space holiday and you heard this, you want to get moving."


@pytest.mark.parametrize("text, source, found", [
    # mqm-ted-dev, rater-marked: a strong past gets its Konjunktiv II, a present form none, and a
    # weak past beside the strong one is as indicative
    ("Was Einstein nicht erkannte, war, dass, wenn man unsere Sonne nahm und sie auf sechs Kilometer zermalmte, "
     "man ein Schwarzes Loch machen würde.", TOOK, [("nahm", "nähme"), ("zermalmte", None)]),
    ("Was Einstein nicht wusste, war, dass, wenn Sie unsere Sonne nehmen und sie auf sechs Kilometer "
     "herunterdrücken, Sie ein Schwarzes Loch machen würden.", TOOK, [("herunterdrücken", None)]),
    ("Wenn dies Battlestar Galactica war und du gegen die Zylonen kämpfst, verstecke dich nicht.", WERE,
     [("war", "wäre"), ("kämpfst", None)]),
    # a "-st"/"-t" present is finite even beside a Konjunktiv II
    ("Wenn dies Battlestar Galactica wäre und du gegen die Zylonen kämpfst, versteck dich nicht.", WERE,
     [("kämpfst", None)]),
    # an infinitive-like present after the Konjunktiv II's conjunct shares nothing
    ("Wenn dies Battlestar Galactica wäre und Sie gegen die Zylonen kämpfen, verstecken Sie sich nicht.", WERE,
     [("kämpfen", None)]),
    # the human translation of mqm-ted-dev: "ist" for "were", and the present beside it, both marked by its raters
    ("Wenn dies der Kampfstern Galactica ist und Sie gegen die Zylonen kämpfen, dann verstecken Sie sich nicht.",
     WERE, [("ist", None), ("kämpfen", None)]),
    ("Aber wenn Sie im All vorbeischweben und das gehört hat, möchte man sich bewegen.", FLOAT, [("hat", None)]),
    ("Wenn sie es uns gab, würden wir es nehmen.", "If she gave it to us, we would take it.", [("gab", "gäbe")]),
])
def test_an_indicative_wenn_clause_for_an_unreal_if_is_flagged(text, source, found):
    assert flags(text, source) == found


@pytest.mark.parametrize("text, source", [
    # the Konjunktiv II, plain or with würde sharing the infinitives
    ("Wenn er käme, ginge sie.", "If he came, she would go."),
    ("Wenn man unsere Sonne nehmen und sie auf sechs Kilometer zerquetschen würde, entstünde ein Schwarzes Loch.",
     TOOK),
    ("Wenn man unsere Sonne nähme und sie zermalmte, entstünde ein Schwarzes Loch.", TOOK),
    ("Wenn du nahe genug stündest, würde dein Ohr mitschwingen.", "If you were standing near enough, your ear "
     "would resonate."),
    # an infinitive under a würde before it in its own conjunct (`ref`)
    ("Aber wenn Sie im All umhertrieben und Sie würden dies hier hören, dann sollten Sie wegkommen.", FLOAT),
    # a weak past is the Konjunktiv II as well
    ("Aber wenn wir uns im freien Fall durch das Weltall bewegten, könnten wir es malen.",
     "But if we were freely falling through space, we might be able to paint it."),
    # real conditions (Debian's git catalog: "left" is no past here; "there were" is plural)
    ("Wenn keine Änderungen mehr vorzumerken sind, könnten diese bereits eingefügt worden sein.",
     "If there is nothing left to stage, chances are that something else might already have introduced them."),
    ("mit Exit-Status 1 beenden, wenn Änderungen vorhanden sind, andernfalls mit 0",
     "exit with 1 if there were differences, 0 otherwise"),
    ("Wenn wir den Film rückwärts laufen lassen, wissen wir, dass es einen Urknall gab.",
     "If we run the movie backwards, we know that there was a Big Bang, and we might hear it."),
    # the whole sentence rendered as a real condition: a reading, not a mix
    ("Falls es morgen regnet, bleiben wir zu Hause.", "If it rained tomorrow, we would stay at home."),
    # an adjective at the end of the clause is no verb
    ("Wenn die Tür offen, würde es ziehen.", "If the door was open, it would draw."),
    # "when" may be the wenn; clause counts differ; "as if" is "als ob"
    ("Wenn er kam, würde sie gehen.", "When he came, or if he came, she would go."),
    ("Er kam, und sie ginge.", "If he came, she would go."),
    ("Es sah aus, als ob er kam.", "It looked as if he came, it would seem."),
])
def test_real_conditions_and_the_konjunktiv_stay_clean(text, source):
    assert flags(text, source) == []


def test_no_english_source_no_flag():
    text = "Wenn man unsere Sonne nahm, würde man ein Schwarzes Loch machen."
    assert flags(text, None) == []
    assert flags(text, "Si l'on prenait notre Soleil, on ferait un trou noir.", source_lang="fr") == []
