"""A DeepL-compatible server on this machine: DeepL mode offline, and the test double of the
real API (``feinschliff deepl-server``; see ``server``)."""

from .phrases import PhraseTable
from .server import DeepLServer
from .state import Fault, RecordedRequest

__all__ = ["DeepLServer", "Fault", "PhraseTable", "RecordedRequest"]
