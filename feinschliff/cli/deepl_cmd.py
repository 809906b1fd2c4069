"""DeepL commands: ``feinschliff usage``, ``feinschliff deepl-server`` and
``feinschliff glossary push``.

All of them read ``DEEPL_AUTH_KEY`` and ``DEEPL_SERVER_URL``; the key is never printed.
"""

from __future__ import annotations

import argparse
import secrets
import signal
import shlex
import sys

from ..core.translate import open_memory, prepare_deepl_glossary, push_glossary, usage
from .main import EXIT_OK

SERVER_HELP = """\
Start a DeepL-compatible server on this machine, to try DeepL mode offline:

    feinschliff deepl-server --port 8000
    export DEEPL_SERVER_URL=http://127.0.0.1:8000 DEEPL_AUTH_KEY=<the key it prints>
    feinschliff check mt.de.txt --retranslate deepl

It answers from the sample articles' sentence pairs; any other sentence comes back unchanged
except for glossary terms. It listens on loopback only unless --allow-remote is given.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    show = subparsers.add_parser("usage", help="DeepL characters used and the limit of this billing period")
    show.set_defaults(func=run_usage)

    server = subparsers.add_parser("deepl-server", help="run a DeepL-compatible server for offline use",
                                   description=SERVER_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    server.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    server.add_argument("--auth-key", metavar="KEY", help="key clients must send (default: a new random key)")
    server.add_argument("--character-limit", type=int, default=500_000, metavar="N",
                        help="characters it translates before answering 456 (default 500000)")
    server.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    server.add_argument("--quiet", action="store_true", help="do not log requests")
    server.set_defaults(func=run_server)


def add_push_parser(glossary_subparsers: argparse._SubParsersAction) -> None:
    """``glossary push FILE``, for the ``glossary`` command's sub-commands."""
    push = glossary_subparsers.add_parser("push", help="create or update the DeepL glossary for FILE")
    push.add_argument("file", metavar="FILE", help="glossary file or shipped glossary name")
    push.add_argument("--name", help="name at DeepL (default: feinschliff:<file stem>)")
    push.add_argument("--memory", metavar="PATH", help="translation memory that remembers pushed glossaries")
    push.add_argument("--strict", action="store_true", help="refuse a glossary with duplicates or conflicts")
    push.set_defaults(func=run_push)


def run_usage(args: argparse.Namespace) -> int:
    print(usage())
    return EXIT_OK


def run_push(args: argparse.Namespace) -> int:
    from ..core.glossary import load_glossary

    glossary = load_glossary(args.file, strict=args.strict)
    for warning in glossary.warnings:
        print(f"feinschliff: warning: {warning}", file=sys.stderr)
    pushed = prepare_deepl_glossary(glossary, args.name)  # reports bad entries before opening anything
    glossary_id, changed = push_glossary(glossary, name=args.name, memory=open_memory(args.memory, seed=False))
    state = "created or updated" if changed else "already up to date, nothing written"
    print(f"DeepL glossary '{pushed.name}' ({glossary_id}): {len(pushed.entries)} entries, {state}")
    return EXIT_OK


def run_server(args: argparse.Namespace) -> int:
    from ..deepl_server import DeepLServer

    key = args.auth_key or f"local-{secrets.token_hex(8)}"
    server = DeepLServer(args.host, args.port, auth_key=key, character_limit=args.character_limit,
                         allow_remote=args.allow_remote, verbose=not args.quiet)
    print(f"DeepL-compatible server listening on {server.url} (Ctrl-C stops it); in another shell:")
    print(f"export DEEPL_SERVER_URL={shlex.quote(server.url)}")
    if args.auth_key:
        print("export DEEPL_AUTH_KEY=<the key given with --auth-key>")
    else:
        print(f"export DEEPL_AUTH_KEY={key}")
    sys.stdout.flush()
    # Ctrl-C and kill (SIGTERM) stop it, also when a script started it in the background,
    # where the shell leaves SIGINT ignored
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("server stopped", file=sys.stderr)
    return EXIT_OK


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
