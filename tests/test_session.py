"""The session journal: durable steps, persistent undo/redo, resume and re-attachment."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import given, settings, strategies as st
from review_helpers import MT, flagged_sample, segment_with

from feinschliff.core.errors import InputError
from feinschliff.core.review import Action, Refused, ReviewSession, Session, content_hash, session_path


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "mt.de.txt"
    shutil.copyfile(MT, path)
    return path


def _open(path, result=None):
    result = result or flagged_sample()
    return ReviewSession(path, path.read_text("utf-8"), result.segments), result


def test_session_file_sits_next_to_the_input(article):
    assert session_path(article) == article.with_name("mt.de.txt.feinschliff-session.sqlite")
    session = Session(session_path(article), "abc")
    mode = session._db.execute("PRAGMA journal_mode").fetchone()[0]
    sync = session._db.execute("PRAGMA synchronous").fetchone()[0]
    assert (mode, sync) == ("wal", 2)  # 2 = FULL


def test_history_replays_undo_and_redo_markers(tmp_path):
    session = Session(tmp_path / "s.sqlite", "h")
    a, b, c = ((Action("reject", i, f"id{i}"),) for i in range(3))
    session.record(a)
    session.record(b)
    session.record_undo()
    assert session.history() == ([a], [b])
    session.record_redo()
    session.record_undo()
    session.record(c)  # a new step clears the redo stack
    assert session.history() == ([a, c], [])
    session.close()
    assert Session(tmp_path / "s.sqlite", "h").history() == ([a, c], [])


def test_multi_action_step_stays_one_step(tmp_path):
    session = Session(tmp_path / "s.sqlite", "h")
    step = (Action("approve", 1, "x", "X"), Action("approve", 1, "y", "Y"))
    session.record(step)
    session.record_undo()
    assert session.history() == ([], [step])


def test_resume_restores_decisions_cursor_and_undo_history(article):
    first, result = _open(article)
    giesel = segment_with(result, "Azure Ai Giesel").index
    wieder = segment_with(result, "Wiedereinnahme").index
    first.move(giesel, None)
    skipped = first.approve_all(giesel)
    assert skipped == 1
    first.reject(result.segments[wieder].issues[0].id)
    first.undo()
    first.move(wieder, result.segments[wieder].issues[0].id)
    first.close()

    second, _ = _open(article)
    assert "Azure AI Foundry" in second.review.segments[giesel].text
    assert not second.review.segments[wieder].decisions
    assert second.cursor == (wieder, result.segments[wieder].issues[0].id)
    assert second.notice is None
    second.redo()
    assert second.review.segments[wieder].decisions
    with pytest.raises(Refused, match="nothing to redo"):
        second.redo()


def test_changed_input_keeps_matching_decisions_and_says_so(article):
    first, result = _open(article)
    giesel = segment_with(result, "Azure Ai Giesel").index
    wieder = segment_with(result, "Wiedereinnahme").index
    first.approve_all(giesel)
    first.approve(result.segments[wieder].issues[0].id)
    first.close()

    text = article.read_text("utf-8")
    article.write_text(text.replace("Wiedereinnahme", "Wiederaufnahme"), "utf-8")
    changed = flagged_sample()  # re-run: the Wiedereinnahme issue is gone from the segment
    changed.segments[wieder].issues.clear()
    second, _ = _open(article, changed)
    assert second.notice == "mt.de.txt changed since this review began: kept 2 decisions, dropped 1 that no longer match"
    assert "Azure AI Foundry" in second.review.segments[giesel].text
    second.close()
    third, _ = _open(article, changed)
    assert third.notice is None
    archived = third.session._db.execute("SELECT COUNT(*) FROM journal_archive").fetchone()[0]
    assert archived == 3


def test_not_a_session_is_a_one_line_error(tmp_path):
    bogus = tmp_path / "x.sqlite"
    bogus.write_text("this is not a database\n" * 200)
    with pytest.raises(InputError) as err:
        Session(bogus, "h")
    assert str(err.value).startswith(f"{bogus}: not a usable review session")
    assert "\n" not in str(err.value)


def test_a_second_editor_on_the_same_session_is_refused(tmp_path):
    first = Session(tmp_path / "s.sqlite", "h")
    first.record((Action("reject", 0, "x"),))
    with pytest.raises(InputError, match="open in another feinschliff"):
        Session(tmp_path / "s.sqlite", "h")
    first.close()
    assert Session(tmp_path / "s.sqlite", "h").history() == ([(Action("reject", 0, "x"),)], [])


def test_a_missing_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(InputError, match="cannot open the review session") as err:
        Session(tmp_path / "missing-folder" / "s.sqlite", "h")
    assert "\n" not in str(err.value)


def test_a_failed_write_is_an_error_and_nothing_is_applied(article, monkeypatch):
    review, result = _open(article)
    issue = result.segments[segment_with(result, "Wiedereinnahme").index].issues[0]
    review.session._db.execute("PRAGMA query_only=ON")  # every write now fails, as on a full disk
    with pytest.raises(InputError, match="cannot write to the review session"):
        review.reject(issue.id)
    assert not any(s.decisions for s in review.review.segments)
    review.session._db.execute("PRAGMA query_only=OFF")
    review.reject(issue.id)
    assert review.session.history()[0] == [review.review.undo_stack[-1][0]]


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    Session(path, "h").close()
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    db.close()
    with pytest.raises(InputError, match="schema 99 is newer"):
        Session(path, "h")


def test_content_hash_distinguishes_crlf():
    assert content_hash("a\nb") != content_hash("a\r\nb")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["do", "undo", "redo"]), max_size=30))
def test_history_matches_an_in_memory_stack(tmp_path_factory, ops):
    session = Session(tmp_path_factory.mktemp("s") / "s.sqlite", "h")
    done, undone = [], []
    for n, op in enumerate(ops):
        if op == "do":
            step = (Action("reject", n, f"i{n}"),)
            session.record(step)
            done.append(step)
            undone.clear()
        elif op == "undo":
            session.record_undo()
            if done:
                undone.append(done.pop())
        else:
            session.record_redo()
            if undone:
                done.append(undone.pop())
    assert session.history() == (done, undone)
    session.compact(done, undone)
    assert session.history() == (done, undone)
