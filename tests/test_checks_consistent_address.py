"""A document that addresses its reader as "Sie" has its rare "du", "dich", "dir" flagged (and
the other way round); one form throughout, an even mix, quotations, code and sentence-initial
"Sie" (which may be "they") stay clean."""

from feinschliff.core.checks.consistent_address import consistent_address
from feinschliff.core.checks.context import CheckContext
from feinschliff.core.model import Segment

FORMAL = ("Stellen Sie sich vor, Sie befinden sich im Urknall. Nun können Sie es hören. "
          "Ich zeige Ihnen die Kurven. Achten Sie auf Ihre Ohren. ")


def flags(document: str, source: str | None = None, settings: dict | None = None) -> list[list[str]]:
    ctx = CheckContext(document=document, settings=settings or {})
    found, start = [], 0
    for sentence in document.split(". "):
        segment = Segment(len(found), sentence, start, start + len(sentence), (len(found),), source=source)
        found.append([sentence[f.start:f.end] for f in consistent_address(segment, ctx)])
        start += len(sentence) + 2
    return found


def test_the_rare_informal_address_is_flagged():
    # mqm-ted-dev, metricsystem1: "Stellen Sie sich vor … Es ist überall um dich herum"
    document = FORMAL + "Es ist überall um dich herum, und du hörst es."
    assert flags(document)[-1] == ["dich", "du"]
    assert sum(map(len, flags(document))) == 2


def test_the_rare_formal_address_is_flagged_in_an_informal_document():
    document = "Stell dir vor, du bist im Urknall. Du hörst dein Herz. Dich umgibt Lärm. Dann sehen Sie es."
    assert flags(document)[-1] == ["Sie"]


def test_one_form_an_even_mix_and_too_few_uses_stay_clean():
    assert not any(flags(FORMAL))
    assert not any(flags("Du hörst es. Sie hören es nicht, sagen Sie. Dich stört es. Ihnen nicht."))
    assert not any(flags("Nun können Sie es hören. Hörst du es?"))  # 1 against 1
    # the threshold is a setting: with min_uses 7 the six formal uses are too few
    document = FORMAL + "Es ist überall um dich herum."
    assert flags(document, settings={"fluency.consistent-address": {"min_uses": 6}})[-1] == ["dich"]
    assert not any(flags(document, settings={"fluency.consistent-address": {"min_uses": 7}}))


def test_quotations_code_and_sentence_initial_sie_are_not_address():
    assert not any(flags(FORMAL + "Er fragte: „Kommst du mit?“ und ging"))
    assert not any(flags(FORMAL + "Setzt --dir, $dir, %du und Dir::Bin"))
    assert not any(flags(FORMAL + "Liest /var/cache/man/index.(bt|db|dir|pag)"))  # apropos(1)
    assert not any(flags(FORMAL + "Geben Sie path oder dir an", source="Give path or dir"))
    # "Sie" at a sentence start may be "they": an informal document with it stays clean
    assert not any(flags("Du hörst es. Du siehst es. Dich stört es. Sie sind laut."))


def test_a_segment_the_document_does_not_hold_at_its_offsets_is_read_itself():
    # bilingual files: the document is the raw file, the segment a unit's plain text
    document = FORMAL + "<target>Es ist überall um dich herum.</target>"
    unit = "Es ist überall um dich herum."
    segment = Segment(9, unit, 0, len(unit), (9,), unit="u9")
    assert [unit[f.start:f.end] for f in consistent_address(segment, CheckContext(document=document))] == ["dich"]
