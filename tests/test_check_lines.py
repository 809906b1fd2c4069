"""`check --lines` is line-true: one report segment per non-blank input line, its `index` the
line number as an editor shows it (1-based), blank lines skipped but counted; files with as
many lines are parallel and never re-aligned; other files are aligned and still reported line
by line, with the bead in `alignment`."""

import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from feinschliff.cli.main import main
from feinschliff.core.config import Config
from feinschliff.core.align import line_numbers, line_segments, parallel_beads
from feinschliff.core.model import Category, Issue, Segment, Severity, Text, issue_id
from feinschliff.core.pipeline import CheckOptions, check_document
from feinschliff.core.segment import split_sentences

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"


def sentences(name: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences((SAMPLE / name).read_text("utf-8"), lang)]


def with_blanks(lines: list[str], every: int = 4) -> str:
    """One line per sentence, a blank line after every ``every``-th (paragraphs), and two
    blank lines at the start."""
    out = ["", ""]
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % every == 0:
            out.append("")
    return "\n".join(out) + "\n"


def check_lines(capsys, target: Path, *argv: str) -> list[dict]:
    main(["check", str(target), "--lines", "--no-defaults", "--no-glossary", "--format", "json", *argv])
    return json.loads(capsys.readouterr().out)["documents"][0]["segments"]


def editor_lines(content: str) -> dict[int, str]:
    """Non-blank lines by their 1-based number, as an editor numbers them."""
    return {n: line.strip() for n, line in enumerate(content.split("\n"), 1) if line.strip()}


def test_parallel_lines_with_blank_lines_are_segments_numbered_by_line(tmp_path, capsys):
    mt, source = sentences("mt.de.txt", "de"), sentences("source.en.txt", "en")
    assert len(mt) == len(source) == 37
    (tmp_path / "mt.txt").write_text(with_blanks(mt), "utf-8")
    (tmp_path / "en.txt").write_text(with_blanks(source), "utf-8")
    segments = check_lines(capsys, tmp_path / "mt.txt", "--source", str(tmp_path / "en.txt"), "--retranslate", "none")
    lines, source_lines = editor_lines(with_blanks(mt)), editor_lines(with_blanks(source))
    assert [s["index"] for s in segments] == list(lines) and len(segments) == 37
    assert lines[3] == mt[0] and segments[0]["index"] == 3  # two blank lines first
    for segment in segments:
        n = segment["index"]
        assert segment["text"] == lines[n]
        assert segment["alignment"] == {"target": [n], "reference": [], "source": [n]}
        assert segment["source"] == source_lines[n]
        assert not [i for i in segment["issues"] if i["rule"] in ("accuracy.addition", "accuracy.omission")]


def test_parallel_lines_are_not_realigned_even_where_they_differ(tmp_path, capsys):
    """Line 2 of the reference says something else entirely and line 3 is the first two
    sentences merged: an aligner would pair them differently; line files are taken as given."""
    mt = sentences("mt.de.txt", "de")[:6]
    reference = sentences("reference.de.txt", "de")[:6]
    reference[1] = "Das Wetter in Hamburg war gestern regnerisch und kalt."
    reference[2] = f"{reference[0]} {reference[2]}"
    (tmp_path / "mt.txt").write_text("\n".join(mt) + "\n", "utf-8")
    (tmp_path / "ref.txt").write_text("\n".join(reference), "utf-8")  # no final line break
    segments = check_lines(capsys, tmp_path / "mt.txt", "--reference", str(tmp_path / "ref.txt"))
    assert [s["alignment"] for s in segments] == [{"target": [n], "reference": [n], "source": []} for n in range(1, 7)]
    assert [s["reference"] for s in segments] == reference
    assert not [i for s in segments for i in s["issues"] if i["rule"] in ("accuracy.addition", "accuracy.omission")]


def test_a_line_blank_on_one_side_only_is_an_omission(tmp_path, capsys):
    mt = sentences("mt.de.txt", "de")[:5]
    reference = sentences("reference.de.txt", "de")[:5]
    (tmp_path / "mt.txt").write_text("\n".join(mt[:2] + [""] + mt[3:]) + "\n", "utf-8")
    (tmp_path / "ref.txt").write_text("\n".join(reference) + "\n", "utf-8")
    segments = check_lines(capsys, tmp_path / "mt.txt", "--reference", str(tmp_path / "ref.txt"))
    assert [s["index"] for s in segments] == [1, 2, 4, 5]
    omitted = [(s["index"], i["suggestion"].strip()) for s in segments for i in s["issues"] if i["rule"] == "accuracy.omission"]
    assert omitted == [(2, reference[2])]


def test_lines_of_different_counts_are_aligned_and_reported_line_by_line(tmp_path, capsys):
    """The reference splits one sentence of the MT in two (38 against 37 sentences): checked
    as the target, its two lines form a 2-1 bead with one MT line, and both are reported as
    their own segments, each showing the bead."""
    reference, mt = sentences("reference.de.txt", "de"), sentences("mt.de.txt", "de")
    content = with_blanks(reference, every=5)
    (tmp_path / "ref.txt").write_text(content, "utf-8")
    (tmp_path / "mt.txt").write_text("\n".join(mt) + "\n", "utf-8")
    segments = check_lines(capsys, tmp_path / "ref.txt", "--reference", str(tmp_path / "mt.txt"))
    lines = editor_lines(content)
    assert [s["index"] for s in segments] == list(lines)
    assert all(s["text"] == lines[s["index"]] and s["index"] in s["alignment"]["target"] for s in segments)
    shared = [s for s in segments if len(s["alignment"]["target"]) == 2]
    assert len(shared) == 2 and shared[0]["alignment"] == shared[1]["alignment"]
    assert shared[0]["reference"] == shared[1]["reference"]
    assert [s["index"] for s in shared] == shared[0]["alignment"]["target"]
    seen_mt = sorted(n for s in segments for n in set(s["alignment"]["reference"]))
    assert sorted(set(seen_mt)) == list(range(1, 38))


def test_issues_of_a_many_line_bead_go_to_the_line_where_they_start():
    content = "Erste Zeile mit Fehler.\nZweite Zeile  hier.\n"
    text = Text("t", content, "de", tuple(split_sentences(content, lines=True)))
    whole = Issue("x", "accuracy.drift", Category.ACCURACY, Severity.MAJOR, 0, len(content) - 1,
                  content[:-1], "likely mistranslation", "Ganz anders.")
    spaced = Issue("y", "typography.double-space", Category.FLUENCY, Severity.MINOR, 36, 38, "  ", "two spaces", " ")
    bead = Segment(0, content[:-1], 0, len(content) - 1, (0, 1), reference="Ganz anders.", reference_ids=(0,),
                   issues=[whole, spaced], scores={"chrf": 12.5})
    first, second = line_segments([bead], "reference", text, text, None)
    assert (first.line, second.line) == (1, 2) and (first.index, second.index) == (0, 1)
    assert [(i.rule, i.start, i.end, i.text, i.suggestion) for i in first.issues] == [
        ("accuracy.drift", 0, 23, "Erste Zeile mit Fehler.", None)]  # cut at the line end: no suggestion
    assert [(i.rule, i.start, i.end, i.text, i.suggestion) for i in second.issues] == [
        ("typography.double-space", 12, 14, "  ", " ")]
    assert second.issues[0].id == issue_id("typography.double-space", 24, 12, 14, "  ")
    assert first.scores == second.scores == {"chrf": 12.5}
    assert first.target_ids == second.target_ids == (1, 2) and first.reference_ids == (1,)


line_text = st.one_of(
    st.just(""), st.just("   "),
    st.text(alphabet=st.sampled_from("abcdefgh ÄÖÜäöüß.,!?"), min_size=1, max_size=30),
)
line_break = st.sampled_from(["\n", "\r\n"])


def render(lines: list[str], breaks: list[str]) -> str:
    return "".join(line + breaks[i % len(breaks)] for i, line in enumerate(lines))


@settings(max_examples=25, deadline=None)
@given(st.lists(line_text, min_size=1, max_size=12).filter(lambda lines: any(line.strip() for line in lines)),
       st.lists(line_break, min_size=1, max_size=3))
def test_segment_index_is_the_line_number(tmp_path_factory, lines, breaks):
    directory = tmp_path_factory.mktemp("lines")
    content = render(lines, breaks)
    (directory / "mt.txt").write_text(content, "utf-8", newline="")
    (directory / "ref.txt").write_text(render([line[::-1] for line in lines], ["\n"]), "utf-8", newline="")
    for reference in (None, directory / "ref.txt"):
        result = check_document(CheckOptions(directory / "mt.txt", reference=reference, lines=True), Config())
        expected = {n: line.strip() for n, line in enumerate(lines, 1) if line.strip()}
        assert [s.line for s in result.segments] == list(expected)
        assert [s.index for s in result.segments] == list(range(len(expected)))
        assert [content[s.start:s.end] for s in result.segments] == list(expected.values())
        if reference is not None:  # parallel: line k against line k, nothing added or omitted
            assert all(s.reference_ids == (s.line,) for s in result.segments)
            assert not [i for s in result.segments for i in s.issues
                        if i.rule in ("accuracy.addition", "accuracy.omission")]


@settings(max_examples=200, deadline=None)
@given(st.lists(line_text, max_size=15), st.lists(line_text, max_size=15))
def test_parallel_beads_pair_equal_line_numbers_and_cover_every_line(a_lines, b_lines):
    def text(lines):
        content = "\n".join(lines)
        return Text("x", content, "de", tuple(split_sentences(content, lines=True)))

    a, b = text(a_lines), text(b_lines)
    beads = parallel_beads(a, b)
    numbers_a, numbers_b = line_numbers(a), line_numbers(b)
    if beads is None:
        assert len(a.sentences) != len(b.sentences)
        return
    assert [i for bead in beads for i in bead.a] == list(range(len(a.sentences)))
    assert [j for bead in beads for j in bead.b] == list(range(len(b.sentences)))
    pairs = [(numbers_a[bead.a[0]], numbers_b[bead.b[0]]) for bead in beads if bead.a and bead.b]
    if (numbers_a or [0])[-1] == (numbers_b or [0])[-1]:  # as many lines: paired by line number
        assert pairs == [(n, n) for n in numbers_a if n in numbers_b]
    else:  # as many non-blank lines: paired in order
        assert pairs == list(zip(numbers_a, numbers_b))
