"""Word lists the sentence splitter consults: abbreviations and typical sentence openers.

Abbreviations live in ``feinschliff/data/abbreviations.tsv`` (one per line with its kind, see
the header of that file). Sentence openers are the capitalised function words that start most
German and English sentences; an ambiguous period ("usw.", "3.", "Plan B.", "…") counts as a
sentence end only when one of them follows, because a capitalised German noun after such a
period usually continues the sentence ("am 1. August", "im 19. Jahrhundert").
"""

from __future__ import annotations

from importlib import resources

from ..errors import InputError

INNER, FINAL, NUMERIC = "inner", "final", "numeric"
_KINDS = (INNER, FINAL, NUMERIC)


def parse_abbreviations(text: str, path: str) -> dict[str, str]:
    """Map each abbreviation, without its final period, to its kind."""
    table: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].endswith(".") or fields[1] not in _KINDS:
            raise InputError(
                f"expected 'abbreviation.<TAB>{'|'.join(_KINDS)}', got {raw!r}", path, number
            )
        key = fields[0][:-1]
        if key in table:
            raise InputError(f"duplicate abbreviation {fields[0]!r}", path, number)
        table[key] = fields[1]
    return table


def _load_shipped() -> dict[str, str]:
    resource = resources.files("feinschliff") / "data" / "abbreviations.tsv"
    return parse_abbreviations(resource.read_text(encoding="utf-8"), str(resource))


ABBREVIATIONS: dict[str, str] = _load_shipped()

_GERMAN_OPENERS = """
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Jeder Jede Jedes Alle
Viele Einige Manche Beide Mehrere Er Sie Es Wir Ich Du Ihr Man Dies Diese Dieser Dieses Diesen
Diesem Dass Mein Meine Unser Unsere Sein Seine Ihre Auch Aber Doch Denn Dann Danach Daher
Darum Deshalb Deswegen Dabei Damit Dazu Dagegen Dadurch Darauf Dennoch Trotzdem Zudem
Außerdem Ausserdem Allerdings Jedoch Zwar Schließlich Schliesslich Inzwischen Mittlerweile
Heute Gestern Jetzt Nun So Noch Nur Bereits Schon Immer Hier Dort Da Wie Was Wer Wo Wann
Warum Weshalb Welche Welcher Welches Wenn Weil Als Ob Obwohl Während Nachdem Bevor Seit
Seitdem Sobald Im Am Ins Vom Zum Zur Beim In An Auf Aus Bei Mit Nach Von Vor Zu Für Über
Unter Um Durch Gegen Ohne Zwischen Laut Trotz Wegen Und Oder Sondern Hat Ist War Wird Wurde
Sind Waren Gibt Gab Kann Muss Soll Will Nicht Gleichzeitig Anschließend Zuvor Zunächst Erst
Später Letztlich Insgesamt Vielleicht Natürlich Tatsächlich Offenbar Hinzu Ebenso Ebenfalls
Stattdessen Somit Also Dafür Hierbei Hierzu Demnach Demgegenüber Einerseits Andererseits Mehr
Weitere Weiter Bisher Derzeit Erneut Allein Sowohl Weder Entweder Kaum Selbst
"""

_ENGLISH_OPENERS = """
The A An This That These Those It He She We They I You There Here His Her Its Their Our My
Your In On At By For From With Without After Before During Since Until When While If Although
Though Because As But And Or So Yet However Meanwhile Moreover Furthermore Also Still Then Now
Today Yesterday Some Many Most All Both Each Every No Not One What Who Where Why How Which Is
Was Are Were Has Have Had Do Does Did Can Could Will Would Should May Might Must Such Other
Another Despite Instead Thus Therefore Indeed Only Even Later Earlier Finally First Last Next
"""

SENTENCE_OPENERS: frozenset[str] = frozenset((_GERMAN_OPENERS + _ENGLISH_OPENERS).split())
