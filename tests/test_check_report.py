"""`feinschliff check` on the samples: the JSON report's documented fields, offsets into the
file, stable issue ids, exit codes of the quality gate, and the terminal report."""

import io
import json
from pathlib import Path

import pytest

from feinschliff.cli.main import main
from feinschliff.core.config import Config, find_config, load_config
from feinschliff.core.scoring import evaluate_gate
from feinschliff.core.glossary import load_glossaries
from feinschliff.core.pipeline import CheckOptions, check_document
from feinschliff.reports.json_report import report_json, write_report

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
MT = SAMPLE / "mt.de.txt"
SEGMENT_KEYS = {"index", "text", "start", "end", "source", "reference", "alignment", "scores", "candidates", "issues"}
ISSUE_KEYS = {"id", "rule", "category", "severity", "start", "end", "text", "message", "suggestion"}


def check_json(capsys, *argv):
    code = main(["check", str(MT), "--format", "json", *argv])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def sample_result():
    config = load_config(find_config(MT))
    glossary = load_glossaries(config.glossary)
    return check_document(CheckOptions(MT, config.source, config.reference), config, glossary), config


def test_report_fields_and_offsets(capsys):
    code, report = check_json(capsys)
    assert code == 1  # the garbled sample fails the default gate (major issues)
    assert report["gate"] == {"passed": False, "fail_on": "major", "reasons": report["gate"]["reasons"]}
    document = report["documents"][0]
    assert document["path"].endswith("mt.de.txt") and document["mode"] == "reference"
    content = MT.read_text("utf-8")
    for segment in document["segments"]:
        assert set(segment) == SEGMENT_KEYS
        assert content[segment["start"] : segment["end"]] == segment["text"]
        assert set(segment["alignment"]) == {"target", "reference", "source"}
        assert segment["alignment"]["target"]
        if segment["reference"]:
            assert set(segment["scores"]) >= {"chrf", "bleu", "ter", "mqm"}
        for issue in segment["issues"]:
            assert set(issue) == ISSUE_KEYS
            assert segment["text"][issue["start"] : issue["end"]] == issue["text"]
    summary = document["summary"]
    assert summary["corpus"]["signatures"]["chrf"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0")
    assert summary["issues"] == sum(len(s["issues"]) for s in document["segments"])
    assert summary["by_severity"]["major"] > 0
    assert summary["mqm"]["per_1000_words"] == pytest.approx(1000 * summary["mqm"]["penalty"] / summary["words"], abs=0.01)
    giesel = [i for s in document["segments"] for i in s["issues"] if i["text"] == "Azure Ai Giesel"]
    assert giesel and giesel[0]["suggestion"] == "Azure AI Foundry"


def test_issue_ids_are_stable_across_runs(capsys):
    _, first = check_json(capsys)
    _, second = check_json(capsys, "--jobs", "1")
    ids = lambda report: [i["id"] for s in report["documents"][0]["segments"] for i in s["issues"]]  # noqa: E731
    assert ids(first) == ids(second)
    assert len(set(ids(first))) == len(ids(first))


@pytest.mark.parametrize(("argv", "code"), [
    (["--fail-on", "never"], 0),
    (["--fail-on", "critical"], 0),
    (["--fail-on", "minor"], 1),
    (["--fail-on", "never", "--min-chrf", "90"], 1),
    (["--fail-on", "never", "--min-chrf", "40"], 0),
    (["--fail-on", "never", "--max-mqm", "10"], 1),
    (["--fail-on", "never", "--disable", "glossary.*", "--disable", "accuracy.*"], 0),
])
def test_gate_exit_codes(capsys, argv, code):
    assert check_json(capsys, *argv)[0] == code


def test_streamed_json_equals_the_report_dict(sample_result):
    result, config = sample_result
    gate = evaluate_gate([result], config.gate)
    streamed = io.StringIO()
    write_report(streamed, [result], gate, "major", ["ai-tech"])
    assert json.loads(streamed.getvalue()) == report_json([result], gate, "major", ["ai-tech"])


def test_streamed_json_from_worker_processes_equals_the_report_dict(sample_result, monkeypatch):
    """Large reports are encoded in batches by forked workers; the result is the same."""
    import feinschliff.reports.json_report as json_report
    from feinschliff.core import parallel

    monkeypatch.setattr(json_report, "STREAM_BATCH", 2)
    monkeypatch.setattr(json_report, "PARALLEL_BATCHES", 2)
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    result, config = sample_result
    gate = evaluate_gate([result], config.gate)
    streamed = io.StringIO()
    write_report(streamed, [result], gate, "major", ["ai-tech"])
    assert json.loads(streamed.getvalue()) == report_json([result], gate, "major", ["ai-tech"])


def test_metrics_option_limits_the_scores(capsys):
    _, report = check_json(capsys, "--metrics", "chrf")
    corpus = report["documents"][0]["summary"]["corpus"]
    assert "chrf" in corpus and "ter" not in corpus and "bleu" not in corpus
    assert main(["check", str(MT), "--metrics", "meteor"]) == 2


def test_terminal_report_shows_spans_fixes_and_summary(capsys):
    assert main(["check", str(MT), "--flagged-only"]) == 1
    out = capsys.readouterr().out
    assert "⟦Azure Ai Giesel⟧" in out and "„Azure AI Foundry“" in out
    assert "glossary.forbidden" in out and "Wiedereinnahme" in out
    assert "nrefs:1|case:mixed" in out and "per 1,000 words" in out
    assert "quality gate: FAILED" in out


def test_target_only_mode_without_any_reference(capsys):
    code, report = check_json(capsys, "--no-defaults", "--retranslate", "none", "--glossary", "ai-tech",
                              "--fail-on", "never")
    document = report["documents"][0]
    assert code == 0 and document["mode"] == "target" and document["summary"]["corpus"] is None
    rules = {i["rule"] for s in document["segments"] for i in s["issues"]}
    assert {"glossary.forbidden", "glossary.name", "typography.quotes"} <= rules


def test_rules_listing(capsys):
    assert main(["rules", "--format", "json"]) == 0
    rules = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rules["glossary.missing"]["category"] == "terminology"
    assert rules["accuracy.number-scale"]["severity"] == "critical"
    assert Config().rule_enabled("glossary.missing")
