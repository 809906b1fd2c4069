"""English "it" rendered as "es" for a masculine or feminine antecedent ("unsere Sonne … Es ist
nicht massiv genug" → "Sie"). A possible neuter antecedent, impersonal and anticipatory "es",
a dummy "it" in the source, no source, and a PO message after another stay clean; an XLIFF
unit follows the unit before it."""

from pathlib import Path

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.pronoun_gender import pronoun_gender
from feinschliff.core.config import Config
from feinschliff.core.markup import XML
from feinschliff.core.model import Segment
from feinschliff.core.pipeline import CheckOptions, check_document


def flags(previous: str, text: str, source: str | None, source_lang: str = "en") -> list[tuple[str, str | None]]:
    document = f"{previous} {text}" if previous else text
    start = len(document) - len(text)
    segment = Segment(1, text, start, len(document), (1,), source=source)
    return _found(segment, CheckContext(source_lang=source_lang, document=document))


def _found(segment: Segment, ctx: CheckContext) -> list[tuple[str, str | None]]:
    return [(segment.text[f.start:f.end], f.suggestion) for f in pronoun_gender(segment, ctx)]


@pytest.mark.parametrize("previous, text, source, found", [
    # mqm-ted-dev, rater-marked: the antecedent is in the sentence before
    ("Jetzt wird unsere Sonne nicht zu einem Schwarzen Loch kollabieren.", "Es ist eigentlich nicht massiv genug.",
     "It's actually not massive enough.", [("Es", "Sie")]),
    ("Das ist ein mittelgroßer grönländischer Eisberg.", "Es ist etwa 120 Meter über dem Wasser, oder 40 Meter.",
     "It's about 120 feet above the water, or 40 meters.", [("Es", "Er")]),
    ("Und wir können vorhersagen, wie der Klang sein wird.", "Wir wissen, dass es beim Hineinfallen lauter wird.",
     "We know that, as it falls in, it gets louder.", [("es", "er")]),
    # two candidates of two genders: flagged, with no certain fix
    ("Achten Sie auf die Form des Eisbergs.", "Sie sehen hier, es beginnt zu rollen.",
     "You can see here, it begins to roll.", [("es", None)]),
    # the antecedent in the same segment, before a dash
    ("", "Nun, unsere Sonne wird nicht zu einem Schwarzen Loch kollabieren – es ist nicht massiv genug.",
     "Now, our Sun will not collapse to a black hole -- it's not massive enough.", [("es", "sie")]),
])
def test_es_for_a_masculine_or_feminine_antecedent_is_flagged(previous, text, source, found):
    assert flags(previous, text, source) == found


@pytest.mark.parametrize("previous, text, source", [
    # a neuter antecedent may be meant
    ("Das Boot fährt auf die andere Seite.", "Es beginnt zu rollen.", "It begins to roll."),
    ("Soll das Auswahlfeld den Fokus erhalten,", "sobald es angeklickt wurde?", "when it is clicked"),
    ("Die installierte Version von Paket »foo« kann nicht ausgewählt werden,", "da es nicht installiert ist.",
     "as it is not installed"),
    ("Der Dienst meldet LIGO.", "Es ist schnell.", "It is fast."),              # a name in capitals
    ("Wenn es weit weg ist, ist es zu leise.", "Aber es kommt herein wie ein Hammer, und es knackt den Raum.",
     "But it comes in like a mallet, and it cracks space."),                 # an es before: the same thing
    ("Die Firma meldet einen Fehler.", "Das stimmt, es ist schwer.", "That is right, it is hard."),
    # impersonal and anticipatory es, predicate nouns
    ("Die Sonne scheint.", "Es gibt Zehntausende von Schwarzen Löchern.", "There are tens of thousands, it says."),
    ("Die Sonne scheint.", "Es ist eine Art Klingeln.", "It's kind of a ringing."),
    ("Die Sonne scheint.", "Es ist weißes Rauschen.", "It is white noise."),
    ("Die Lösung ist bekannt.", "Es ist schwer zu sagen.", "It is hard to say."),
    ("Der Server startet.", "Es funktioniert jetzt.", "It works now."),
    ("Die Lösung ist bekannt.", "Es ist klar, dass sie hilft.", "It is clear that it helps."),
    # no personal "it" in the source, no English source, or no source at all
    ("Die Sonne scheint.", "Es ist nicht massiv genug.", "The star is not massive enough."),
    ("Die Sonne scheint.", "Es ist nicht massiv genug.", "Ce n'est pas assez massif, it."),
    ("Die Sonne scheint.", "Es ist nicht massiv genug.", None),
])
def test_possible_neuter_antecedents_and_impersonal_es_stay_clean(previous, text, source):
    lang = "fr" if source and source.startswith("Ce ") else "en"
    assert flags(previous, text, source, lang) == []


UNITS = [("Now our Sun will not collapse.", "Jetzt wird unsere Sonne nicht kollabieren."),
         ("It's not massive enough.", "Es ist nicht massiv genug.")]


def test_a_unit_sees_the_unit_before_only_when_given():
    text, source = UNITS[1][1], UNITS[1][0]
    segment = Segment(1, text, 0, len(text), (1,), source=source, unit="u2", markup=XML)
    # the document of a bilingual file is the raw file: its offsets are not the units'
    assert _found(segment, CheckContext(document="<xliff>…</xliff>", unit_texts=(UNITS[0][1], text))) == \
        [("Es", "Sie")]
    assert _found(segment, CheckContext(document="<xliff>…</xliff>")) == []


def _xliff(units: list[tuple[str, str]]) -> str:
    body = "".join(f'<trans-unit id="u{i}"><source>{en}</source><target>{de}</target></trans-unit>\n'
                   for i, (en, de) in enumerate(units, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n'
            f"{body}</body></file></xliff>\n")


def _po(units: list[tuple[str, str]]) -> str:
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n'
    return header + "".join(f'msgid "{en}"\nmsgstr "{de}"\n\n' for en, de in units)


@pytest.mark.parametrize("name, content, found", [
    ("article.xlf", _xliff(UNITS), [("Es", "Sie")]),   # an XLIFF is a document: the unit before is its context
    ("messages.po", _po(UNITS), []),                   # a catalog's messages follow no thread
])
def test_xliff_units_follow_one_another_and_po_messages_stand_alone(tmp_path: Path, name, content, found):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = check_document(CheckOptions(path), Config())
    assert [(i.text, i.suggestion) for s in result.segments for i in s.issues
            if i.rule == "fluency.pronoun-gender"] == found


def test_the_line_before_is_the_context_in_a_line_document(tmp_path: Path):
    target, source = tmp_path / "mt.de.txt", tmp_path / "source.en.txt"
    target.write_text("Stellen Sie sich vor, Sie befinden sich im Urknall.\n\n"
                      "Es ist überall, es ist überall um Sie herum.\n", encoding="utf-8")
    source.write_text("So imagine you're inside the Big Bang.\n\n"
                      "It's everywhere, it's all around you.\n", encoding="utf-8")
    result = check_document(CheckOptions(target, source=source, lines=True), Config())
    found = [(s.line, i.text, i.suggestion) for s in result.segments for i in s.issues
             if i.rule == "fluency.pronoun-gender"]
    # the second es stands for what the first does: flagged too, not shielded by the first
    assert found == [(3, "Es", "Er"), (3, "es", "er")]


@pytest.mark.parametrize("previous, text, source, found", [
    # an es the rule does not flag still shields the next one (it may be the neuter antecedent)
    ("Das Boot fährt auf die andere Seite.", "Es schwankt, und es beginnt zu rollen.",
     "It sways, and it begins to roll.", []),
    # a flagged es is read as the pronoun it stands for: the chain gets one fix
    ("Achten Sie auf die Form des Eisbergs.", "Sie sehen hier, es beginnt zu rollen, und es kippt.",
     "You can see here, it begins to roll, and it tips over.", [("es", None), ("es", None)]),
    ("Wir können vorhersagen, wie der Klang sein wird.", "Wir wissen, dass es lauter wird, wenn es hineinfällt.",
     "We know that it gets louder as it falls in.", [("es", "er"), ("es", "er")]),
])
def test_an_es_after_a_flagged_es_is_read_in_the_same_chain(previous, text, source, found):
    assert flags(previous, text, source) == found
