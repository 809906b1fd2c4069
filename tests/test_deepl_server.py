"""The local DeepL-compatible server answers as the real API does."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import deepl
import pytest
from conftest_deepl import ROOT, SAMPLE, TEST_KEY

from feinschliff.core.errors import UsageError
from feinschliff.core.segment import split_sentences
from feinschliff.deepl_server import DeepLServer, PhraseTable
from feinschliff.deepl_server.phrases import apply_glossary, tidy


def raw(server, method: str, path: str, body: object = None, key: str | None = TEST_KEY):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(server.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if key is not None:
        request.add_header("Authorization", f"DeepL-Auth-Key {key}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def client(server) -> deepl.DeepLClient:
    return deepl.DeepLClient(TEST_KEY, server_url=server.url, send_platform_info=False)


def test_translation_answers_carry_billed_characters(deepl_server):
    status, body = raw(deepl_server, "POST", "/v2/translate", {"text": ["Das ist gut.", "Wiederannäherung"], "target_lang": "EN-US"})
    assert status == 200
    assert body == {"translations": [
        {"detected_source_language": "DE", "text": "Das ist gut.", "billed_characters": 12},
        {"detected_source_language": "DE", "text": "Wiederannäherung", "billed_characters": 16},
    ]}
    assert raw(deepl_server, "GET", "/v2/usage") == (200, {"character_count": 28, "character_limit": 500_000})


def test_requests_are_checked_like_the_real_api(deepl_server):
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x"], "target_lang": "DE"}, key=None)[0] == 401
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x"], "target_lang": "DE"}, key="other")[0] == 403
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x"], "target_lang": "XX"})[0] == 400
    assert raw(deepl_server, "POST", "/v2/translate", {"text": [], "target_lang": "DE"})[0] == 400
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x"] * 51, "target_lang": "DE"})[0] == 413
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x"], "target_lang": "EN-US", "formality": "more"}) == \
        (400, {"message": "'formality' is not supported for given 'target_lang'."})
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x"], "target_lang": "DE", "glossary_id": "g"}) == \
        (400, {"message": "Use of a glossary requires the 'source_lang' parameter to be specified."})
    assert raw(deepl_server, "POST", "/v2/translate", b"{not json")[0] == 400
    assert raw(deepl_server, "POST", "/v2/translate", {"text": ["x" * 140_000], "target_lang": "DE"})[0] == 413
    assert raw(deepl_server, "GET", "/v2/nothing")[0] == 404
    assert raw(deepl_server, "GET", "/v2/translate")[0] == 405


def test_requests_are_recorded_with_their_bodies(deepl_server):
    client(deepl_server).translate_text(["Ja."], source_lang="DE", target_lang="EN-GB", context="Vorher.")
    [request] = deepl_server.requests("/v2/translate")
    assert request.method == "POST" and request.authorized and request.writes
    assert request.body == {"text": ["Ja."], "source_lang": "DE", "target_lang": "EN-GB",
                            "context": "Vorher.", "show_billed_characters": True}


def test_languages_and_glossary_pairs(deepl_server):
    api = client(deepl_server)
    assert {lang.code for lang in api.get_source_languages()} >= {"DE", "EN"}
    targets = {lang.code: lang.supports_formality for lang in api.get_target_languages()}
    assert targets["DE"] is True and targets["EN-US"] is False and "EN" not in targets
    assert any((p.source_lang, p.target_lang) == ("en", "de") for p in api.get_glossary_languages())


def test_glossary_endpoints_with_the_real_client(deepl_server):
    api = client(deepl_server)
    created = api.create_multilingual_glossary(
        "demo", [deepl.api_data.MultilingualGlossaryDictionaryEntries("EN", "DE", {"AI": "KI"})])
    assert [g.glossary_id for g in api.list_multilingual_glossaries()] == [created.glossary_id]
    entries = api.get_multilingual_glossary_entries(created, "EN", "DE").dictionaries[0].entries
    assert deepl.convert_tsv_to_dict(entries) == {"AI": "KI"}
    info = api.replace_multilingual_glossary_dictionary(
        created, deepl.api_data.MultilingualGlossaryDictionaryEntries("EN", "DE", {"AI": "KI", "chip": "Chip"}))
    assert (info.source_lang, info.target_lang, info.entry_count) == ("EN", "DE", 2)
    result = api.translate_text("An AI chip.", source_lang="EN", target_lang="DE", glossary=created)
    assert result.text == "An KI Chip." and result.billed_characters == 11
    api.delete_multilingual_glossary(created)
    with pytest.raises(deepl.GlossaryNotFoundException):
        api.get_multilingual_glossary(created.glossary_id)


def test_glossary_with_a_duplicate_source_is_rejected(deepl_server):
    status, body = raw(deepl_server, "POST", "/v3/glossaries", {"name": "x", "dictionaries": [
        {"source_lang": "en", "target_lang": "de", "entries": "AI\tKI\nAI\tKünstliche Intelligenz", "entries_format": "tsv"}]})
    assert status == 400 and body["message"] == "Invalid glossary entries provided."


def test_rephrase_and_quota(deepl_server):
    api = client(deepl_server)
    mt = [s.text for s in split_sentences((SAMPLE / "mt.de.txt").read_text("utf-8"), "de")]
    result = api.rephrase_text(mt[7], target_lang="DE")
    assert result.text == "Die Vertragssprache ist gefährlich komplex."
    assert api.rephrase_text('Ein "Test" .', target_lang="de").text == "Ein „Test“."
    deepl_server.state.character_limit = deepl_server.state.character_count + 5
    with pytest.raises(deepl.QuotaExceededException):
        api.translate_text("Mehr als fünf Zeichen.", target_lang="EN-US")


def test_faults_apply_to_their_path_and_run_out(deepl_server):
    deepl_server.inject("/v2/usage", status=503, times=1)
    assert raw(deepl_server, "GET", "/v2/usage")[0] == 503
    assert raw(deepl_server, "GET", "/v2/usage")[0] == 200
    deepl_server.inject("/v2/usage", delay=0.2)
    started = time.monotonic()
    assert raw(deepl_server, "GET", "/v2/usage")[0] == 200
    assert time.monotonic() - started >= 0.2
    deepl_server.clear_faults()
    assert raw(deepl_server, "GET", "/v2/usage")[0] == 200


def test_refuses_to_listen_beyond_loopback():
    with pytest.raises(UsageError, match="refusing to listen on 0.0.0.0, which is not a loopback address"):
        DeepLServer("0.0.0.0", 0, auth_key="k")


def test_a_busy_port_is_a_usage_error(deepl_server):
    port = int(deepl_server.url.rsplit(":", 1)[1])
    with pytest.raises(UsageError, match=f"cannot listen on 127.0.0.1:{port}: .*choose another --port"):
        DeepLServer("127.0.0.1", port, auth_key="k")


def test_phrase_table_and_fallbacks():
    table = PhraseTable.from_seed()
    assert len(table) == 74
    assert table.detect("The contractual language is dangerously complex.") == "en"
    assert table.detect("Ein völlig neuer Satz über die Zukunft.") == "de"
    assert apply_glossary("azure ai foundry and AI", {"Azure AI Foundry": "Azure AI Foundry", "AI": "KI"}) == \
        "Azure AI Foundry and KI"
    assert tidy("Wort  ,  noch ein Wort ...", "de") == "Wort, noch ein Wort…"


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_command_line_server_serves_the_real_client(tmp_path, stop):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    # started the way a script starts it in the background: the shell leaves SIGINT ignored
    command = ["sh", "-c", f"{shlex.quote(sys.executable)} -m feinschliff deepl-server --port 0 --quiet & wait"]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        lines = [process.stdout.readline() for _ in range(3)]
        url = re.search(r"export DEEPL_SERVER_URL=(\S+)", lines[1]).group(1)
        key = re.search(r"export DEEPL_AUTH_KEY=(\S+)", lines[2]).group(1)
        assert url.startswith("http://127.0.0.1:")
        api = deepl.DeepLClient(key, server_url=url, send_platform_info=False)
        assert api.translate_text("Kontrolle.", source_lang="DE", target_lang="EN-US").text == "Control."
    finally:
        os.killpg(process.pid, stop)  # the shell and the server: as Ctrl-C or kill reach a job
        _, err = process.communicate(timeout=10)
    assert err.strip() == "server stopped"
