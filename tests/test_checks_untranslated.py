"""``accuracy.untranslated``: English prose of the source copied into the German as it stands."""

import pytest

from feinschliff.core.checks.context import CheckContext
from feinschliff.core.checks.untranslated import untranslated
from feinschliff.core.model import Segment


def flags(text, source, source_lang="en"):
    segment = Segment(0, text, 0, len(text), (0,), source=source)
    return [text[f.start:f.end] for f in untranslated(segment, CheckContext(source_lang=source_lang))]


@pytest.mark.parametrize("text, source, expected", [
    # the human translation of mqm-ted-dev, where a rater marked it
    ("So here it is.", "So here it is.", ["So here it is"]),
    ("Das Ergebnis: the model is not ready yet, sagte er.", "The result: the model is not ready yet, he said.",
     ["the model is not ready yet"]),
    ("OpenSSL: Failed set trust to partial chain", "OpenSSL: Failed set trust to partial chain",
     ["Failed set trust to partial chain"]),
])
def test_copied_english_prose_is_flagged(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text, source", [
    ("Hier ist es also.", "So here it is."),
    # names, titles, commands, option lists and menus stay (Debian's German UI catalogs)
    ("Microsoft hat Azure AI Foundry erweitert.", "Microsoft has expanded Azure AI Foundry."),
    ("Er las „The Elegant Universe“ zweimal.", "He read “The Elegant Universe” twice."),
    ("git notes merge [<Optionen>]", "git notes merge [<options>]"),
    ("Die möglichen Verhaltensweisen sind: ignore, warn, error.", "Possible behaviors are: ignore, warn, error."),
    ("filter by pattern   - Einträge ausschließen", "filter by pattern   - exclude items from deletion"),
    ("Ernsthafter Absturz: Goodbye cruel world", "Serious crash: Goodbye cruel world"),
    ("Das ist online und smart.", "That is online and smart."),
])
def test_names_literals_and_translations_stay_clean(text, source):
    assert flags(text, source) == []


def test_other_source_languages_are_left_alone():
    assert flags("So here it is.", "So here it is.", source_lang="fr") == []
