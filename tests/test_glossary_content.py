"""The shipped EN->DE glossary itself, read with the standard library only.

These tests guard the content (coverage of the sample article, consistency, house style) and
that the sample reference translation obeys it; the loader and the checks are tested elsewhere.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "glossary" / "ai-tech.en-de.tsv"
SAMPLE = ROOT / "samples" / "microsoft-openai"
HEADER = ["source", "target", "forbidden", "do_not_translate", "case_sensitive", "note"]

ARTICLE_NAMES = [
    "OpenAI", "Microsoft", "Microsoft AI", "GitHub", "GitHub Copilot", "Copilot", "Azure", "Azure AI",
    "Azure AI Foundry", "xAI", "Grok", "MAI-Voice-1", "MAI-1-preview", "GPT-5", "AGI", "DoD", "Nvidia",
    "H100", "GPU", "AWS", "Amazon", "Google", "Meta", "CoreWeave", "Windsurf", "Stargate", "Handelsblatt",
    "Satya Nadella", "Brad Lightcap", "Mustafa Suleyman", "Sam Altman", "CEO", "COO",
]
# Renderings the MT of the sample produced; the glossary must forbid each for its source.
MT_RENDERINGS = {
    "re-engagement": "Wiedereinnahme",
    "escape hatch": "Fluchtluke",
    "codependence": "Codependenz",
    "coding": "Codierung",
    "startup": "Startup",
    "AI": "AI",
}


def rows() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def forbidden(row: dict[str, str]) -> list[str]:
    return row["forbidden"].split("|") if row["forbidden"] else []


def test_header_is_the_native_format():
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        first = handle.readline()
    assert first == "\t".join(HEADER) + "\n"


def test_file_is_utf8_lf_and_every_row_has_six_fields():
    data = GLOSSARY.read_bytes()
    assert b"\r" not in data and data.endswith(b"\n") and not data.startswith(b"\xef\xbb\xbf")
    for number, line in enumerate(data.decode("utf-8").splitlines()[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == 6, f"line {number}"
        assert all(f == f.strip() for f in fields), f"line {number}"
        assert fields[0] and fields[1], f"line {number}"


def test_at_least_150_entries():
    assert len(rows()) >= 150


def test_booleans_are_yes_or_no():
    for row in rows():
        assert row["do_not_translate"] in {"yes", "no"}, row["source"]
        assert row["case_sensitive"] in {"yes", "no"}, row["source"]


def test_no_duplicate_or_conflicting_sources():
    folded = [row["source"].casefold() for row in rows()]
    assert len(folded) == len(set(folded))


def test_names_stay_as_they_are_and_are_case_sensitive():
    for row in rows():
        if row["do_not_translate"] == "yes":
            assert row["target"] == row["source"], row["source"]
            assert row["case_sensitive"] == "yes", row["source"]


def test_every_name_of_the_article_is_present_with_its_casing():
    names = {row["source"] for row in rows() if row["do_not_translate"] == "yes"}
    assert [name for name in ARTICLE_NAMES if name not in names] == []


def test_house_term_ai_is_ki():
    (ai,) = [row for row in rows() if row["source"] == "AI"]
    assert (ai["target"], forbidden(ai), ai["do_not_translate"], ai["case_sensitive"]) == ("KI", ["AI"], "no", "yes")
    assert "Azure AI" in ai["note"] and "Microsoft AI" in ai["note"]


@pytest.mark.parametrize("source,rendering", sorted(MT_RENDERINGS.items()))
def test_the_sample_mt_renderings_are_forbidden(source, rendering):
    (row,) = [row for row in rows() if row["source"] == source]
    assert rendering in forbidden(row)
    assert rendering in (SAMPLE / "mt.de.txt").read_text(encoding="utf-8")


def test_billion_is_never_rendered_as_billion():
    (row,) = [row for row in rows() if row["source"] == "billion"]
    assert (row["target"], forbidden(row)) == ("Milliarde", ["Billion"])
    assert not [r for r in rows() if r["target"] == "Billion"]


def test_forbidden_variants_are_never_a_required_target():
    targets = {row["target"].casefold() for row in rows()}
    for row in rows():
        variants = forbidden(row)
        assert all(variants) and len(variants) == len(set(variants)), row["source"]
        assert not {v.casefold() for v in variants} & targets, row["source"]


def test_pure_garbles_are_left_to_the_fuzzy_matcher():
    variants = {v for row in rows() for v in forbidden(row)}
    assert not variants & {"Giesel", "Azure Ai Giesel", "Sulyman", "Mai-voice-1", "Xai’s"}


def test_forbidden_words_in_ordinary_use_say_so_in_the_note():
    ordinary = {"Billion", "Codierung", "Kodierung", "Wiedereinnahme", "Fluchtluke", "Transformator", "Startup"}
    for row in rows():
        if ordinary & set(forbidden(row)):
            assert row["note"], row["source"]


def word_pattern(term: str, case_sensitive: bool) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w])", flags)


def mask_names(text: str) -> str:
    """Blank out do-not-translate names, longest first, as the matcher lets them win."""
    names = sorted((row["source"] for row in rows() if row["do_not_translate"] == "yes"), key=len, reverse=True)
    for name in names:
        text = word_pattern(name, True).sub(lambda m: " " * len(m.group()), text)
    return text


def test_reference_contains_no_forbidden_variant():
    text = mask_names((SAMPLE / "reference.de.txt").read_text(encoding="utf-8"))
    hits = [
        (row["source"], variant)
        for row in rows()
        for variant in forbidden(row)
        if word_pattern(variant, row["case_sensitive"] == "yes").search(text)
    ]
    assert hits == []


def test_the_masking_keeps_house_term_ai_detectable():
    assert word_pattern("AI", True).search(mask_names("Azure AI Foundry nutzt AI von xAI"))
    assert not word_pattern("AI", True).search(mask_names("Azure AI Foundry, Microsoft AI und xAI"))


def stems(term: str) -> list[str]:
    """Word pieces of a German term, with up to two letters of inflection cut off."""
    return [p[:-2] if len(p) > 5 else p for p in re.findall(r"\w+", term)]


def source_pattern(row: dict[str, str]) -> re.Pattern[str]:
    """The English term as a whole word; hyphen and space interchangeable, plural/possessive allowed."""
    term = re.sub(r"\\[- ]", "[- ]", re.escape(row["source"]))
    flags = 0 if row["case_sensitive"] == "yes" else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + term + r"(?:s|es|’s)?(?!\w)", flags)


def rendered(stem: str, pieces: list[str], case_sensitive: bool) -> bool:
    if case_sensitive:
        return any(p.startswith(stem) for p in pieces)
    return any(p.casefold().startswith(stem.casefold()) for p in pieces)


def test_reference_renders_every_glossary_term_of_the_source():
    entries = sorted(rows(), key=lambda row: len(row["source"]), reverse=True)
    source = (SAMPLE / "source.en.txt").read_text(encoding="utf-8").split("\n")
    reference = (SAMPLE / "reference.de.txt").read_text(encoding="utf-8").split("\n")
    missing, used = [], set()
    for number, (en, de) in enumerate(zip(source, reference), start=1):
        pieces = re.findall(r"\w+", de)
        for row in entries:
            pattern = source_pattern(row)
            if not pattern.search(en):
                continue
            used.add(row["source"])
            en = pattern.sub(lambda m: " " * len(m.group()), en)
            cased = row["case_sensitive"] == "yes"
            if not all(rendered(stem, pieces, cased) for stem in stems(row["target"])):
                missing.append((number, row["source"], row["target"]))
    assert missing == []
    assert {"AI", "codependence", "escape hatch", "re-engagement", "coding", "startup", "billion"} <= used
