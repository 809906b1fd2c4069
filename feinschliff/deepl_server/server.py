"""A DeepL-compatible HTTP server for trying DeepL mode offline and for tests.

It implements ``/v2/translate``, ``/v2/usage``, ``/v2/languages``,
``/v2/glossary-language-pairs``, ``/v2/write/rephrase`` and the v3 glossary endpoints (create,
list, get, entries, replace a dictionary, delete), checks the ``Authorization`` header
against its key, counts characters against a limit (answering 456 beyond it), records every
request body, and injects faults per endpoint (a status such as 403/429/456/5xx, a delay, or
never answering). Translations come from the phrase table of ``phrases``.

It listens on loopback only unless ``allow_remote`` is given: it has no TLS and its key is
not a secret worth the name.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from http.server import ThreadingHTTPServer

from ..core.errors import UsageError
from .handler import DeepLHandler
from .phrases import PhraseTable
from .state import Fault, RecordedRequest, ServerState


def is_loopback(host: str) -> bool:
    """True when every address ``host`` resolves to is a loopback address."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass  # a name: resolve it
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in infos)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    verbose = False
    state: ServerState


class DeepLServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, auth_key: str,
                 character_limit: int = 500_000, phrases: PhraseTable | None = None,
                 allow_remote: bool = False, verbose: bool = False):
        if not allow_remote and not is_loopback(host):
            raise UsageError(f"refusing to listen on {host}, which is not a loopback address; "
                             "pass --allow-remote to expose the server to the network")
        if not auth_key:
            raise UsageError("the server needs an auth key (--auth-key)")
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_class = type("_Server", (_HTTPServer,), {"address_family": family})
        try:
            self._httpd = server_class((host, port), DeepLHandler)
        except OSError as exc:
            raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
        self.state = ServerState(auth_key, phrases if phrases is not None else PhraseTable.from_seed(),
                                 character_limit)
        self._httpd.state = self.state
        self._httpd.verbose = verbose
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://[{host}]:{port}" if ":" in str(host) else f"http://{host}:{port}"

    def start(self) -> DeepLServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="deepl-server",
                                        daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        try:
            self._httpd.serve_forever()
        finally:
            self.stop()

    def stop(self) -> None:
        self.state.stopping.set()  # releases requests held by a hang or delay fault
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> DeepLServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def inject(self, path: str, *, method: str | None = None, status: int | None = None, message: str = "",
               delay: float = 0.0, hang: bool = False, times: int | None = None) -> None:
        """Make requests to ``path`` (a prefix such as ``/v2/translate``) fail or stall."""
        with self.state.lock:
            self.state.faults.append(Fault(path, method, status, message, delay, hang, times))

    def clear_faults(self) -> None:
        with self.state.lock:
            self.state.faults.clear()

    def requests(self, path: str = "/", method: str | None = None) -> list[RecordedRequest]:
        """Recorded requests whose path starts with ``path`` (and of ``method``, if given)."""
        with self.state.lock:
            return [r for r in self.state.requests if r.path.startswith(path) and method in (None, r.method)]

    def forget_requests(self) -> None:
        with self.state.lock:
            self.state.requests.clear()
