"""Clause-level grammar: the case a preposition governs, subject–verb agreement, a relative
pronoun before a verb-final clause, verbs under a modal and sentences with no verb, on
sentences of the sample MT and of machine-translated Text+Berg prose; correct human sentences
stay clean."""

from pathlib import Path

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.fragments import fragment
from feinschliff.core.checks.prepositions import preposition_case
from feinschliff.core.checks.relative_pronouns import relative_pronoun
from feinschliff.core.checks.subject_verb import subject_verb
from feinschliff.core.checks.verb_forms import modal_infinitive
from feinschliff.core.model import Segment
from feinschliff.core.segment import split_sentences

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"


def flags(rule, text: str) -> list[tuple[str, str | None]]:
    segment = Segment(0, text, 0, len(text), (0,))
    return [(text[f.start:f.end], f.suggestion) for f in rule(segment, CheckContext())]


@pytest.mark.parametrize("text, span, fix", [
    # the sample MT: a genitive name leaves the adjective strong, "zu" wants the dative
    ("OpenAI lehnte es angeblich ab, Microsoft Zugang zu Windsurfs geistiges Eigentum zu gewähren.",
     "geistiges Eigentum", "geistigem Eigentum"),
    # machine-translated Text+Berg prose
    ("Einer wartet sehnsüchtig auf die ganze Story und Bilder von ihren siegreichen Feldzug von 1956.",
     "ihren siegreichen Feldzug", "ihrem siegreichen Feldzug"),
    ("Ein Païju, letzte Oase vor der Baltoro-Gletscher, forderte die Inhaber.", "der Baltoro-Gletscher", None),
    ("Es war fast 09.00 Uhr, wenn sie eine kleine Einbuchtung an der Ost-Grat erreicht, 7700 Meter.",
     "der Ost-Grat", None),  # dative "dem" or accusative "den": the verb would decide
    ("Das Modell ist für dem Kunden gedacht.", "dem Kunden", "den Kunden"),
    # "den Partner" or "den Partnern"? The noun may be the wrong form: no fix
    ("Microsoft sprach mit den Partner.", "den Partner", None),
])
def test_an_object_in_a_case_the_preposition_does_not_govern(text, span, fix):
    assert flags(preposition_case, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "Eine geplante Investition von 500 Milliarden US-Dollar in die Partner.",  # "in" takes the accusative too
    "Die Firma, mit der Kunden zufrieden sind, wächst.",            # a relative clause
    "Meiner Meinung nach die beste Lösung.",                         # a postposition
    "Er ist nach wie vor die beste Wahl.",
    "Das ist mit der wichtigste Punkt.",                             # mit as "among"
    "Es gibt zu hohe Kosten.",                                       # zu as "too"
    "Den Weg über die Westflanke des Tals, von wo aus das Tier kam.",
    "Seit die Firma besteht, wächst sie.",                           # seit as a conjunction
    "Das liegt in des Kaisers neuen Kleidern.",                      # a genitive before its noun
    "Mit einer Reihe strategischer Ankündigungen im August 2025 zeigten die beiden KI-Vorreiter.",
    # Debian's German UI catalogs (human translations)
    "Nutzen Sie Paare, um bestimmten Kategorien eigene Stufen zuzuordnen.",   # um … zu: no preposition
    "Wischgesten dienen dazu, um zum vorherigen Unterelement zu wechseln.",
    "Die Datei wird von der effektiven Gruppen‐ID besessen.",               # a Unicode hyphen joins the noun
    "Drücke <ESC>, um zum Normalmodus",     # a fused preposition after "um" (vim's tutor, hard-wrapped)
    "Versuchen Sie es mit weniger Jobs.",   # "weniger" does not decline (PostgreSQL's catalog)
    # a feminine noun formed from an adjective, as a compound's head too (man(1))
    "Der Zweck dieser Option ist es, vielleicht schon in der Umgebungsvariablen $MANOPT gesetzte Optionen "
    "wieder aufzuheben.",
])
def test_objects_in_a_governed_case_or_no_object_stay_clean(text):
    assert flags(preposition_case, text) == []


@pytest.mark.parametrize("text, span, fix", [
    ("Die Unternehmen ist seit Jahren verflochten.", "ist", "sind"),
    ("Microsoft haben angekündigt, dass die Partnerschaft bleibt.", "haben", "hat"),
    ("Der Vertrag haben die Partner 2019 geschlossen.", "haben", "hat"),  # "Der Vertrag" can only be nominative
    ("Die neuen Modelle wird bald kostenlos erscheinen.", "wird", "werden"),
])
def test_a_subject_and_verb_of_different_number(text, span, fix):
    assert flags(subject_verb, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "Die Bücher hat er gelesen.",            # the object first, the subject after the verb
    "Microsoft haben wir gefragt.",
    "Die neuen Modelle kann man nutzen.",
    "Die neuen Modelle wird Microsoft bald in Copilot anbieten.",  # a name after the verb may be the subject
    "Der Grund sind die Kosten.",            # a plural predicate
    "Das Problem sind die Verhandlungen.",
    "Geld haben ist schön.",
    "Die Strasse ist lang.",                 # Swiss for "Straße", not the plural of "der Strass"
])
def test_subjects_that_agree_or_are_not_certain_stay_clean(text):
    assert flags(subject_verb, text) == []


def test_a_relative_pronoun_before_a_verb_final_clause_with_a_subject():
    text = ("OpenAI sicherte sich einen DOD-Vertrag und positionierte ihn als Rivale in einem Sektor, "
            "das Microsoft Jahrzehnte kultiviert hat.")
    assert flags(relative_pronoun, text) == [("das", None)]  # "den": the case is the clause's, not certain


def test_a_der_that_must_be_the_subject_is_masculine_not_a_feminine_dative():
    # the sample MT: nothing else in the clause can be the subject of "übertrifft", so "der" is a
    # masculine nominative and agrees neither with "System" nor with "Charta"
    text = ("Ein Auslöser erlaubt es dem Vorstand, zu entscheiden, dass er AGI basierend auf seiner Charta erreicht "
            "hat, die es als ein System definiert, der den Menschen höchstens wertvolle Arbeiten übertrifft.")
    assert flags(relative_pronoun, text) == [("der", "das")]


@pytest.mark.parametrize("text", [
    "Er folgt der Charta, der wir alle vertrauen.",                    # "wir" is the subject: a dative
    "Sie dankt der Stiftung, der Microsoft das Geld gegeben hat.",     # a name may be the subject
    "Er hilft einer Frau, der das Auto gehört.",                       # "das Auto" is the subject
])
def test_a_feminine_dative_der_with_a_subject_of_its_own_stays_clean(text):
    assert flags(relative_pronoun, text) == []


@pytest.mark.parametrize("text", [
    "Er kam in einen Sektor, das Team wird bald verkauft werden.",     # verb second: an article
    "Er kam in einen Sektor, den Microsoft Jahrzehnte kultiviert hat.",
    "Aber was sehr beeindruckend ist, ist, dass wir von unserem Standpunkt aus, die Erde immer sehen können.",
    "Es gibt auch eine Mission, die für den Weltraum vorgeschlagen wird, die hoffentlich in den nächsten "
    "zehn Jahren starten wird.",                                      # both about the mission
    # Debian's German UI catalogs (human translations)
    "Es lädt nur Metadaten des Branches herunter, der ausgecheckt wird.",  # an English noun the lexicon lacks
    "Versuch, das y-Bit zusammen mit dem Modifikator zu setzen.",      # an article before a compound
    # GnuPG's German help: the demonstrative after the noun is the antecedent
    "Geben Sie die User-ID dessen ein, dem Sie die Botschaft senden wollen.",
    "Das ist die Meinung derer, die hier wohnen.",
])
def test_articles_and_pronouns_of_an_earlier_antecedent_stay_clean(text):
    assert flags(relative_pronoun, text) == []


def test_the_sample_reference_raises_nothing():
    reference = (SAMPLE / "reference.de.txt").read_text("utf-8")
    sentences = [s.text for s in split_sentences(reference)]
    rules = (preposition_case, subject_verb, relative_pronoun, modal_infinitive, fragment)
    assert [f for rule in rules for s in sentences for f in flags(rule, s)] == []


def test_a_verb_coordinated_under_a_modal_is_an_infinitive():
    text = ("Diese Multi-Cloud-Strategie soll die Hebelwirkung seines primären Unterstützers systematisch "
            "untergraben und einen wegweisenden Cloud-Deal mit dem Konkurrenz Google und massive finanzielle "
            "Verpflichtungen für den spezialisierten Anbieter CoreWeave umfasst.")  # the sample MT
    assert flags(modal_infinitive, text) == [("umfasst", "umfassen")]


@pytest.mark.parametrize("text", [
    "Wir müssen handeln und die Zeit drängt.",                   # a clause of its own with its subject
    "Wir sollen sparen und den Rest bezahlt der Staat.",         # the subject after the verb
    "Die Firma hat die Hebelwirkung untergraben und einen Deal umfasst.",  # participles after "hat"
    "Microsoft will seine Wetten absichern und das beste Tool für jede Aufgabe auswählen.",
])
def test_coordinations_that_are_correct_stay_clean(text):
    assert flags(modal_infinitive, text) == []


@pytest.mark.parametrize("before, text", [
    # machine-translated Text+Berg prose, inside its paragraph
    ("Es ist dort sicherlich einer der härtesten Anstiege, die wir haben hier oben im Himalaya gemacht.",
     "Am Mittag, die Sonne hinter einer Maske von dicken Wolken verschwunden."),
    ("Die Expedition brach am Morgen auf.", "Englisch und Französisch parted auf gute Kameraden."),
    # a slip in Debian's German manual of route(8): "ist" is missing
    ("Das ist eine Option.", "Diese die korrekte Konfiguration für einen Kern mit Multicast-Unterstützung."),
])
def test_a_sentence_with_no_verb_of_its_own_inside_running_text(before, text):
    assert flags(fragment, f"{before} {text} Der Aufstieg ging weiter.") == [(text, None)]
    assert flags(fragment, text) == []  # on a line of its own: a heading or a caption


@pytest.mark.parametrize("text", [
    "Die Zukunft",                                      # a heading on a line of its own
    "Das Ergebnis wird bestimmen",                      # a verb, an object missing (and no full stop)
    "Kontrolle.",                                       # too short to tell from a heading
    "Nun, das ist unsere Vorhersage für das, was wir sehen werden.",
    "Ich nähere mich diesen Eisbergen, als würde ich Porträts meiner Vorfahren machen.",
    "Zwei gute Fotos, sehr bedeutend, illustriert seine Ausführungen.",
    "Die Welt beim Coding … das beste Modell der Welt beim Schreiben und eine lange Liste von Dingen.",
    "Eispickel mit dem österreichischen und dem pakistanischen Wimpel, Bau eines Steinmanns usw.",
    # Debian's German manual pages: "tun", a verb after a colon, an article after a colon,
    # and a sentence left in English
    "Die LZMA-Utils tun das beim Komprimieren gewöhnlicher Dateien.",
    "Warnung: Beachten Sie, dass Sie Ihr System komplett beschädigen könnten.",
    "Aktuelle Implementierung: das preinst überprüft, ob der Symlink existiert.",
    "Remove the password from the named group.",
    "The chsh command changes the user login shell.",
    # a label and what it names, and predicates without their verb that name no noun
    "Gültige Modi: adduser, adduser --system, addgroup.",
    "Nur erforderlich, wenn die Automatik nicht funktioniert.",
    "Standardmäßig „/“, falls DPKG_ROOT nicht gesetzt wurde.",
    "Gleichbedeutend mit -u und U.",
])
def test_sentences_with_a_verb_headings_and_elisions_stay_clean(text):
    assert flags(fragment, f"Das Modell ist neu. {text} Der Aufstieg ging weiter.") == []


def test_a_line_of_its_own_in_the_document_is_no_fragment():
    document = "Ein Menü\nEin langer Text, der umgebrochen wird.\nNoch ein Text, der umgebrochen wird. Er ist lang."
    line = "Ein langer Text, der umgebrochen wird."
    segment = Segment(1, line, document.index(line), document.index(line) + len(line), (1,))
    assert list(fragment(segment, CheckContext(document=document))) == []
    start = document.index("Noch")
    segment = Segment(2, document[start:], start, len(document), (2,))
    assert [segment.text[f.start:f.end] for f in fragment(segment, CheckContext(document=document))] == [
        "Noch ein Text, der umgebrochen wird."]


def test_the_description_after_a_manuals_term_line_may_be_a_noun_phrase():
    text = "Zusätzlicher Plattenplatz, der verwendet wird, wenn das Paket installiert ist. Die Einheit ist KiB."
    for term in ("Installed-Size:", "--build-profiles", "DPKG_ADMINDIR"):
        document = f"Das Feld ist neu.\n{term}\n{text}"
        segment = Segment(1, text, document.index(text), len(document), (1,))
        assert list(fragment(segment, CheckContext(document=document))) == [], term
    document = f"Das Feld ist neu.\nDer Platz\n{text}"  # after a heading, running text
    segment = Segment(1, text, document.index(text), len(document), (1,))
    assert len(list(fragment(segment, CheckContext(document=document)))) == 1


def test_a_definition_list_describes_its_terms_in_noun_phrases():
    """deb-buildinfo(5), deb-substvars(5): a field on a line of its own, its description on the
    next. Three such pairs make the document a definition list; one heading does not (above)."""
    entries = ["Build-Path: Baupfad", "Der absolute Baupfad, der dem entpackten Quellbaum entspricht.",
               "Extra-Size", "Zusätzlicher Plattenplatz, der verwendet wird, wenn das Paket installiert ist.",
               "Benutzer", "Zahl der Suchvorgänge nach dieser Route."]
    document = "Das Feld ist neu.\n" + "".join(f"{line}\n" if i % 2 == 0 else f"{line} Es ist optional.\n"
                                                for i, line in enumerate(entries))
    found = []
    for text in entries[1::2]:
        segment = Segment(1, text, document.index(text), document.index(text) + len(text), (1,))
        found += list(fragment(segment, CheckContext(document=document)))
    assert found == []


def test_the_first_sentence_of_a_unit_labels_what_follows():
    # Debian's German UI catalogs: a verbless first sentence is the label of the message
    text = "Nicht genug Speicher für das große Bild. Versuchen Sie, einige Anwendungen zu beenden."
    unit = Segment(0, text, 0, len(text), (0,), unit="u1")
    assert list(fragment(unit, CheckContext(document=text))) == []
    later = "Die Expedition brach auf. Am Mittag, die Sonne hinter einer Maske von dicken Wolken verschwunden."
    unit = Segment(0, later, 0, len(later), (0,), unit="u2")
    assert [later[f.start:f.end] for f in fragment(unit, CheckContext(document=later))] == [
        "Am Mittag, die Sonne hinter einer Maske von dicken Wolken verschwunden."]


def test_an_abbreviation_ends_no_sentence():
    text = "Die Expedition brach auf. Die Zahl der am Anfang bzw. Ende gezählten Bytes passt nicht."
    assert flags(fragment, text) == []
