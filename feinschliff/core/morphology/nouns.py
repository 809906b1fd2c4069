"""German noun forms with gender, case and number, from the german-nouns lexicon (about
100,000 nouns from Wiktionary with every case form, CC BY-SA 4.0).

``readings(form)`` gives every (gender, case, number) cell a written noun form can fill, as
three-letter codes: gender ``m``/``f``/``n`` (``p`` in the plural), case ``N``/``G``/``D``/``A``,
number ``s``/``p`` ("Konkurrenz" → ``fNs fGs fDs fAs``). Nominalised adjectives ("Abgeordnete"),
whose form depends on the article, and bound morphemes are left out.

The table ships compiled as ``feinschliff/data/nouns.tsv.gz`` (1 MB; 255,730 forms, filed
under the 180 distinct sets of cells they fill): the german-nouns package cannot be a
dependency, since it pins a Wiktionary parser that needs lxml < 5, and translate-toolkit needs
lxml ≥ 6.1. Rebuild it from the package's CSV with
``python -m feinschliff.core.morphology.nouns PATH/TO/german_nouns/nouns.csv``.
"""

from __future__ import annotations

import csv
import gzip
import sys
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from ..lemmas import is_known

CASES = {"nominativ": "N", "genitiv": "G", "dativ": "D", "akkusativ": "A"}
GENDERS = frozenset("mfn")
#: a compound's head found without a known first part must be this long to be trusted
SURE_HEAD = 7
#: linking elements between the parts of a compound ("Kunden|s|…", "Verbindung|s|…")
_LINKS = ("s", "es", "n", "en", "er", "e")
TABLE = Path(str(files("feinschliff.data") / "nouns.tsv.gz"))


def _build(path: Path) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        genders = [i for i, name in enumerate(header) if name.startswith("genus")]
        cells = []
        for i, name in enumerate(header):
            case, _, rest = name.partition(" ")
            number = rest.split(" ")[0].rstrip("*")
            if case in CASES and number in ("singular", "plural") and not rest.endswith(("stark", "schwach", "gemischt")):
                cells.append((i, CASES[case], number[0]))
        for row in rows:
            if "Substantiv" not in row[1].split(","):
                continue
            if any(header[i].endswith(("stark", "schwach", "gemischt")) and row[i] for i in range(len(header))):
                continue  # nominalised adjective
            gender = {g for i in genders for g in row[i].split(",") if g in GENDERS}
            for i, case, number in cells:
                form = row[i]
                if not form or form.startswith("-") or " " in form:
                    continue
                codes = {f"p{case}p"} if number == "p" else {f"{g}{case}s" for g in gender}
                table.setdefault(form, set()).update(codes)
    return {form: frozenset(codes) for form, codes in table.items() if codes}


@cache
def _table() -> dict[str, frozenset[str]]:
    return read_table(TABLE)


def read_table(path: Path) -> dict[str, frozenset[str]]:
    """Form → cells; the file lists, per distinct set of cells, every form that has it."""
    table: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        codes, _, forms = line.partition("\t")
        table.update(dict.fromkeys(forms.split(" "), frozenset(codes.split(" "))))
    return table


def write_table(source: Path, target: Path = TABLE) -> int:
    table = _build(source)
    groups: dict[str, list[str]] = {}
    for form, codes in table.items():
        groups.setdefault(" ".join(sorted(codes)), []).append(form)
    lines = "".join(f"{codes}\t{' '.join(sorted(forms))}\n" for codes, forms in sorted(groups.items()))
    target.write_bytes(gzip.compress(lines.encode("utf-8"), 9, mtime=0))
    return len(table)


def readings(form: str) -> frozenset[str]:
    """The (gender, case, number) cells of a noun form as written; empty when unknown."""
    return _table().get(form, frozenset())


@lru_cache(maxsize=65_536)
def compound_readings(form: str, min_head: int = 5, min_rest: int = 3) -> frozenset[str]:
    """Readings of a noun, or of its head when the compound itself is not in the lexicon
    ("Kundenerfahrungsplattform" → "Plattform", "Open-Source-Community" → "Community").

    The longest head whose first part is a word (with or without a linking element: "Sortier|
    folge", not "Sorti|erfolge") wins; with no such split, the longest head of at least
    ``SURE_HEAD`` letters ("Kundenerfahrungs|plattform"), else none: "Relo|kation",
    "Table|space" and "Down|grade" are not German compounds of "Kation", "Space" or "Grade"."""
    found = readings(form) | _swiss_readings(form)  # "Strasse": der Strass, and the Swiss Straße
    if found:
        return found
    if "-" in form:
        head = form.rsplit("-", 1)[1]
        return readings(head) if head[:1].isupper() else frozenset()
    fallback: frozenset[str] = frozenset()
    for cut in range(min_rest, len(form) - min_head + 1):
        head = form[cut].upper() + form[cut + 1:]
        found = readings(head)
        if not found:
            continue
        if _first_part(form[:cut].casefold()):
            return found
        if not fallback and len(head) >= SURE_HEAD:
            fallback = found
    return fallback


def _swiss_readings(form: str) -> frozenset[str]:
    """Readings of a noun written the Swiss way, ss for ß ("Strasse", "Füsse"): every ss
    replaced, else one of them."""
    if "ss" not in form:
        return frozenset()
    found = readings(form.replace("ss", "ß"))
    start = form.find("ss")
    while not found and start >= 0:
        found = readings(form[:start] + "ß" + form[start + 2:])
        start = form.find("ss", start + 2)
    return found


def with_regular_gaps(form: str, found: frozenset[str], from_adjective: bool) -> frozenset[str]:
    """``found`` (the readings of ``form``) with the regular forms the lexicon leaves out of
    some entries: the genitive singular in -s or -es of a masculine or neuter noun listed only
    in the plural ("des Netzwerkinterfaces", "eines Releases", "des Patches"); the unchanged plural of one in
    -er or -el listed only in the singular ("die Block-Header"); the genitive and dative
    singular in -n of a feminine noun formed from an adjective (``from_adjective``: "einer
    Variablen", "der Konstanten"); and the feminine of a word in -schaft, the suffix, whose
    head the lexicon reads as "der Schaft" ("die Gruppeneigentümerschaft")."""
    if not found:
        return found
    genders = {cell[0] for cell in found}
    extra: set[str] = set()
    if genders == {"p"} and form.endswith("s"):
        bases = (form[:-1], form[:-2]) if form.endswith("es") else (form[:-1],)  # "des Patches"
        extra |= {f"{g}Gs" for base in bases for g in {c[0] for c in compound_readings(base)} & {"m", "n"}}
    if genders == {"p"} and form.endswith("en") and from_adjective:
        if {c[0] for c in compound_readings(form[:-1])} == {"f"}:
            extra |= {"fGs", "fDs"}
    if "p" not in genders and genders <= {"m", "n"} and form.endswith(("er", "el")):
        extra |= {"pNp", "pGp", "pAp"}
    if form.casefold().endswith("schaft") and len(form) > len("schaft") and "f" not in genders:
        extra |= {f"f{case}s" for case in CASES.values()}
    return found | extra


def _first_part(word: str) -> bool:
    """A word, or a compound ending in one ("wiederholungszwischenspeicher"), before a
    linking element or none."""
    stems = [word] + [word[:-len(link)] for link in _LINKS if word.endswith(link)]
    return any(is_known(stem[i:]) for stem in stems for i in range(max(1, len(stem) - 3)) if len(stem) - i >= 3)


if __name__ == "__main__":
    print(f"{write_table(Path(sys.argv[1])):,} forms written to {TABLE}")
