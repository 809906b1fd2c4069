"""``feinschliff retranslate``, ``usage`` and ``glossary push`` from the command line."""

from __future__ import annotations

from conftest_deepl import ROOT, SAMPLE, TEST_KEY

from feinschliff.cli.main import main
from feinschliff.core.segment import split_sentences

GLOSSARY = ROOT / "glossary" / "ai-tech.en-de.tsv"


def sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences((SAMPLE / name).read_text("utf-8"), lang)]


def test_retranslate_the_sample_source_offline_gives_the_reference(tmp_path, capsys):
    out = tmp_path / "reference.de.txt"
    assert main(["retranslate", str(SAMPLE / "source.en.txt"), "--to", "de", "-o", str(out)]) == 0
    assert out.read_text("utf-8") == (SAMPLE / "reference.de.txt").read_text("utf-8")
    assert capsys.readouterr() == ("", "")


def test_back_translation_of_the_mt_keeps_the_line_structure(capsys):
    assert main(["retranslate", str(SAMPLE / "mt.de.txt"), "--from", "de", "--to", "en"]) == 0
    out = capsys.readouterr().out
    assert out == (SAMPLE / "source.en.txt").read_text("utf-8")


def test_sentences_missing_from_the_memory_are_kept_and_reported(tmp_path, capsys):
    source = sentences("source.en.txt", "en")
    reference = sentences("reference.de.txt", "de")
    text = tmp_path / "new.en.txt"
    text.write_text(f"{source[0]} {source[1]}\n\nA sentence nobody translated yet. {source[7]}\n", "utf-8")
    assert main(["retranslate", str(text), "--to", "de"]) == 1
    out, err = capsys.readouterr()
    assert out == f"{reference[0]} {reference[1]}\n\nA sentence nobody translated yet. {reference[7]}\n"
    assert err == ("feinschliff: warning: 1 of 4 sentences have no translation in the memory backend and "
                   f"were kept as they are (first: {text}:3)\n")


def test_retranslate_with_deepl_caches_every_answer(deepl_env, tmp_path):
    source = SAMPLE / "source.en.txt"
    memory = tmp_path / "tm.sqlite3"
    out = tmp_path / "out.de.txt"
    argv = ["retranslate", str(source), "--to", "de", "--backend", "deepl", "--memory", str(memory),
            "--glossary", str(GLOSSARY), "--formality", "more", "-o", str(out)]
    assert main(argv) == 0
    assert out.read_text("utf-8") == (SAMPLE / "reference.de.txt").read_text("utf-8")
    [request] = deepl_env.requests("/v2/translate")
    assert request.body["formality"] == "more" and request.body["glossary_id"]
    deepl_env.forget_requests()
    assert main(argv) == 0
    assert deepl_env.requests("/v2/translate") == []


def test_usage_command(deepl_env, capsys):
    deepl_env.state.character_count = 12_345
    assert main(["usage"]) == 0
    assert capsys.readouterr().out == \
        "DeepL characters this billing period: 12,345 of 500,000 used (2.5 %), 487,655 left\n"


def test_usage_without_a_key_says_what_to_do(capsys):
    assert main(["usage"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("feinschliff: error: no DeepL key: export DEEPL_AUTH_KEY") and err.count("\n") == 1


def test_glossary_push_creates_then_finds_nothing_to_do(deepl_env, tmp_path, capsys):
    argv = ["glossary", "push", str(GLOSSARY), "--memory", str(tmp_path / "tm.sqlite3")]
    assert main(argv) == 0
    [glossary_id] = deepl_env.state.glossaries
    first = capsys.readouterr().out
    assert first.startswith(f"DeepL glossary 'feinschliff:ai-tech.en-de' ({glossary_id}): ")
    assert first.endswith("entries, created or updated\n")
    assert main(argv) == 0
    assert capsys.readouterr().out.endswith("entries, already up to date, nothing written\n")
    assert [r for r in deepl_env.requests() if r.writes][1:] == []
    assert TEST_KEY not in first


def test_glossary_push_reports_a_bad_entry_with_its_line(deepl_env, tmp_path, capsys):
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"source\ttarget\nAI\tKI\n{'x' * 1100}\ty\n", "utf-8")
    assert main(["glossary", "push", str(bad), "--memory", str(tmp_path / "tm.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert err == (f"feinschliff: error: {bad}:3: glossary entry not accepted by DeepL: "
                   "term of 1100 bytes, DeepL allows 1024\n")
    assert deepl_env.requests() == []


def test_glossary_push_shows_conflicts_and_refuses_them_when_strict(deepl_env, tmp_path, capsys):
    conflicting = tmp_path / "conflicting.tsv"
    conflicting.write_text("source\ttarget\nAI\tKI\nAI\tMaschinenintelligenz\n", "utf-8")
    memory = str(tmp_path / "tm.sqlite3")
    assert main(["glossary", "push", str(conflicting), "--memory", memory, "--strict"]) == 2
    assert capsys.readouterr().err.startswith(f"feinschliff: error: {conflicting}:3: ")
    assert deepl_env.requests() == []
    assert main(["glossary", "push", str(conflicting), "--memory", memory]) == 0
    assert capsys.readouterr().err.startswith(f"feinschliff: warning: {conflicting}:3: ")
    [stored] = deepl_env.state.glossaries.values()
    assert stored.dictionaries[("en", "de")] == {"AI": "Maschinenintelligenz"}


def test_same_language_twice_is_a_usage_error(capsys):
    assert main(["retranslate", str(SAMPLE / "mt.de.txt"), "--from", "de-DE", "--to", "de"]) == 2
    assert "--from and --to are both 'de'" in capsys.readouterr().err


def test_memory_import_export_and_info(tmp_path, capsys):
    memory = str(tmp_path / "tm.sqlite3")
    tmx = tmp_path / "mine.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
                   'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" '
                   'datatype="PlainText"/><body><tu><tuv xml:lang="en"><seg>A new sentence.</seg></tuv>'
                   '<tuv xml:lang="de"><seg>Ein neuer Satz.</seg></tuv></tu></body></tmx>\n', "utf-8")
    assert main(["memory", "import", str(tmx), "--memory", memory]) == 0
    assert capsys.readouterr().out == f"{tmx}: 1 units imported into {memory}\n"
    out = tmp_path / "en-de.tmx"
    assert main(["memory", "export", str(out), "--from", "en", "--to", "de", "--memory", memory]) == 0
    seeded = len(sentences("source.en.txt", "en"))
    assert capsys.readouterr().out == f"{out}: {seeded + 1} units exported\n"
    assert "<seg>Ein neuer Satz.</seg>" in out.read_text("utf-8")
    assert main(["memory", "info", "--memory", memory]) == 0
    assert capsys.readouterr().out == (f"{memory}: {2 * seeded + 1} translation units, 0 cached DeepL answers, "
                                       "0 glossaries pushed to DeepL\n")
