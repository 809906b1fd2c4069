"""HTTP plumbing of the local server: parse, record, inject faults, authorise, dispatch."""

from __future__ import annotations

import json
import sys
from http.client import responses
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .endpoints import ROUTES, ApiError, Call
from .state import RecordedRequest, ServerState

MAX_BODY = 128 * 1024


def _form(raw: str) -> dict[str, Any]:
    return {k: v[0] if len(v) == 1 else v for k, v in parse_qs(raw, keep_blank_values=True).items()}


class DeepLHandler(BaseHTTPRequestHandler):
    server_version = "feinschliff-deepl/1"
    protocol_version = "HTTP/1.1"

    @property
    def state(self) -> ServerState:
        return self.server.state  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        if getattr(self.server, "verbose", False):
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, payload: Any) -> None:
        data = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        if payload is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self, length: int) -> dict[str, Any]:
        raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        if not raw:
            return {}
        if "json" in self.headers.get("Content-Type", ""):
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                raise ApiError(400, "Invalid request body: not JSON.") from None
            if not isinstance(data, dict):
                raise ApiError(400, "Invalid request body: expected an object.")
            return data
        return _form(raw)

    def _handle(self) -> None:
        url = urlsplit(self.path)
        query = _form(url.query)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            self._send(413, {"message": "Request Entity Too Large"})
            return
        try:
            body = self._body(length)
        except ApiError as exc:
            self._send(exc.status, exc.body())
            return
        header = self.headers.get("Authorization", "")
        authorized = header == f"DeepL-Auth-Key {self.state.auth_key}"
        self.state.record(RecordedRequest(self.command, url.path, query, body, authorized))
        fault = self.state.take_fault(self.command, url.path)
        if fault is not None:
            if fault.hang or (fault.delay and self.state.stopping.wait(fault.delay)):
                self.state.stopping.wait()
                self.close_connection = True
                return
            if fault.status:
                message = fault.message or responses.get(fault.status, "Injected fault")
                self._send(fault.status, {"message": message})
                return
        if not header.startswith("DeepL-Auth-Key "):
            self._send(401, {"message": "Unauthorized: send 'Authorization: DeepL-Auth-Key <key>'."})
        elif not authorized:
            self._send(403, {"message": "Authorization failed. Please supply a valid auth_key parameter."})
        else:
            self._dispatch(url.path, query, body)

    def _dispatch(self, path: str, query: dict[str, Any], body: dict[str, Any]) -> None:
        parts = tuple(p for p in path.split("/") if p)
        route = ROUTES.get(parts[:2]) if len(parts) >= 2 else None
        if route is None:
            self._send(404, {"message": "Not found."})
            return
        endpoint, methods = route
        if self.command not in methods:
            self._send(405, {"message": "Method not allowed."})
            return
        try:
            status, payload = endpoint(self.state, Call(self.command, parts[1:], query, body))
        except ApiError as exc:
            status, payload = exc.status, exc.body()
        self._send(status, payload)
