"""The agent of "by the …" under a preposition no agent takes: "investment by the partners" →
"Investition … in die Partner". Agents rendered with von, durch, nach or a rebuilt phrase,
indefinite agents and text without an English source stay clean."""

import pytest

from feinschliff.core.checks.agent_preposition import agent_preposition
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment

SAMPLE_SOURCE = ("This extends to massive undertakings like the Stargate project, a planned $500 billion "
                 "investment by the partners to build up to 20 new data centers")


def flags(text: str, source: str | None, source_lang: str = "en") -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    ctx = CheckContext(source_lang=source_lang)
    return [(text[f.start:f.end], f.suggestion) for f in agent_preposition(segment, ctx)]


@pytest.mark.parametrize("text, source, found", [
    # the sample MT (gold: "in die Partner" → "der Partner"); "die Partner" may be nominative
    # or accusative, so no preposition is certain
    ("Dies bezieht sich auf massive Unternehmen wie das Stargate-Projekt, eine geplante Investition von "
     "500 Milliarden US-Dollar in die Partner, um bis zu 20 neue Rechenzentren zu bauen",
     SAMPLE_SOURCE, [("in", None)]),
    # one case only: the accusative keeps its case under "durch", the dative under "von"
    ("Die Übernahme für den Partner wurde genehmigt.", "The takeover by the partner was approved.", [("für", "durch")]),
    ("Der Angriff aus dem Konsortium begann.", "The attack by the consortium began.", [("aus", "von")]),
    ("Eine Prüfung auf die Partner ist geplant.", "An audit by the partners is planned.", [("auf", None)]),
])
def test_an_agent_under_a_place_or_goal_preposition_is_flagged(text, source, found):
    assert flags(text, source) == found


@pytest.mark.parametrize("text, source", [
    # the sample reference
    ("Das erstreckt sich auch auf gewaltige Vorhaben wie das Stargate-Projekt, eine geplante Investition der "
     "Partner von 500 Milliarden US-Dollar, mit der bis zu 20 neue Rechenzentren gebaut werden sollen",
     SAMPLE_SOURCE),
    ("Eine geplante Investition durch die Partner.", "A planned investment by the partners."),
    ("Die vom Server gesendeten Daten.", "The data sent by the server."),
    ("Nach dem Namen sortieren.", "Sort by the name."),
    ("Mit dem Bus in die Stadt.", "By the bus into the city."),
    ("Ein Name für ein Signal.", "A name given by a signal."),                     # an indefinite agent
    ("Der Partner investiert in die Partner.", "The partner invests by the partners."),  # twice in the text
    ("Eine geplante Investition in die Partner.", None),                           # no source
    ("Eine geplante Investition in die Partner.", "Un investissement par les partenaires.", ),
])
def test_agents_rendered_as_agents_and_unclear_cases_stay_clean(text, source):
    lang = "fr" if source and source.startswith("Un ") else "en"
    assert flags(text, source, lang) == []
