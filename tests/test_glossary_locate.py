"""Locating garbled spans, fitting suggestions, and near-misses of names."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from feinschliff.core.glossary.entries import make_entry
from feinschliff.core.glossary.locate import from_reference, fuzzy_span, inflect_like, recase, with_articles
from feinschliff.core.glossary.names import NameIndex
from feinschliff.core.tokens import pieces

MT = "Das Modell ist jetzt in Copilot kostenlos, in bezahlte Github Copilot-Pläne integriert und in Azure Ai Giesel erhältlich."
REF = "Das Modell ist jetzt kostenlos in Copilot verfügbar, in die kostenpflichtigen Pläne von GitHub Copilot integriert und in Azure AI Foundry erhältlich."


def span_of(located, text: str = MT) -> str:
    return text[located.start : located.end]


def test_reference_term_maps_to_the_garbled_span():
    at = REF.index("Azure AI Foundry")
    located = from_reference(MT, REF, at, at + len("Azure AI Foundry"))
    assert (span_of(located), located.replacement) == ("Azure Ai Giesel", None)


def test_omission_takes_the_reference_phrase():
    mt = "Modell , trainiert auf einem massiven Cluster von 15.000 Nvidia H100 GPUs."
    ref = "MAI-1-preview ist das erste eigene Basismodell der Sparte, trainiert auf einem riesigen Cluster aus 15.000 Nvidia-H100-GPUs."
    located = from_reference(mt, ref, 0, len("MAI-1-preview"))
    assert (span_of(located, mt), located.replacement) == ("Modell", "MAI-1-preview ist das erste eigene Basismodell der Sparte")


def test_reordered_sentence_is_not_trusted():
    mt = "Diese Reibung wurde spektakulär mit der Implosion der geplanten 3-Milliarden-Dollar-Akquisition von AI-Codierungsstart-Startup-Startup Windsurf."
    ref = "Diese Reibung trat spektakulär zutage, als die geplante Übernahme des KI-Coding-Start-ups Windsurf für 3 Milliarden Dollar platzte."
    at = ref.index("Coding")
    assert from_reference(mt, ref, at, at + 6) is None
    assert span_of(fuzzy_span(mt, "Coding"), mt) == "Codierungsstart"


def test_fuzzy_span_keeps_the_number_of_pieces_and_rejects_weak_matches():
    assert span_of(fuzzy_span(MT, "Azure AI Foundry")) == "Azure Ai Giesel"
    assert fuzzy_span("Die Zukunft gehört den Mutigen.", "Rechenzentrum") is None


def test_articles_follow_the_reference_when_the_gender_changes():
    mt, ref = "Die Welt bei der Codierung …", "Die Welt beim Coding …"
    at = mt.index("Codierung")
    located = with_articles(mt, ref, at, at + len("Codierung"), "Coding")
    assert (span_of(located, mt), located.replacement) == ("bei der Codierung", "beim Coding")
    content = "einen unabhängigen AI-Muskeln"
    assert with_articles(content, "eigene KI-Muskeln", 19, 21, "KI") is None


@settings(max_examples=300)
@given(st.lists(st.sampled_from("der die KI AI Modell Modelle Azure Foundry Giesel in und ist , .".split()), max_size=14),
       st.lists(st.sampled_from("der die KI AI Modell Modelle Azure Foundry Giesel in und ist , .".split()), min_size=1, max_size=14),
       st.data())
def test_located_spans_lie_on_piece_boundaries(mt_words, ref_words, data):
    mt, ref = " ".join(mt_words), " ".join(ref_words)
    ref_pieces = pieces(ref)
    if not ref_pieces:
        return
    i = data.draw(st.integers(0, len(ref_pieces) - 1))
    j = data.draw(st.integers(i, len(ref_pieces) - 1))
    located = from_reference(mt, ref, ref_pieces[i].start, ref_pieces[j].end)
    for found in (located, fuzzy_span(mt, ref[ref_pieces[i].start : ref_pieces[j].end])):
        if found is not None:
            bounds = {t.start for t in pieces(mt)}, {t.end for t in pieces(mt)}
            assert found.start in bounds[0] and found.end in bounds[1] and found.start < found.end


def test_recase_keeps_separators_endings_and_makes_the_genitive():
    assert recase("Azure-ai", "Azure AI") == "Azure-AI"
    assert recase("Githubs", "GitHub") == "GitHubs"
    assert recase("Mai-voice-1", "MAI-Voice-1") == "MAI-Voice-1"
    assert recase("Xai’s", "xAI", genitive_apostrophe=True) == "xAIs"


def test_inflection_is_carried_over_only_when_the_lemmatiser_confirms_it():
    assert inflect_like("Modellen", "Modell", "KI-System") == "KI-Systemen"
    assert inflect_like("Fluchtluken", "Fluchtluke", "Hintertür") == "Hintertür"
    assert inflect_like("Fluchtluke", "Fluchtluke", "Hintertür") == "Hintertür"


def test_name_near_misses():
    index = NameIndex([make_entry("Mustafa Suleyman", "", do_not_translate=True), make_entry("Windsurf", "", do_not_translate=True)])
    text = "Mustafa Sulyman sprach über Windsurfs Zukunft, Windsruf und Mustafa Suleyman."
    assert [text[m.start : m.end] for m in index.find(text)] == ["Mustafa Sulyman", "Windsruf"]
    # an ordinary German word one edit away from a name is left alone
    amazon = NameIndex([make_entry("Amazon", "", do_not_translate=True)])
    assert amazon.find("Die Amazone reitet") == [] and len(amazon.find("Die Amazom-Cloud")) == 1
