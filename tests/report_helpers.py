"""Documents for the report tests: the sample article, and a small file with a BOM, CRLF line
ends, umlauts and characters outside the Basic Multilingual Plane before its flagged spans."""

from pathlib import Path

from feinschliff.cli.main import main

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TRICKY = ("\ufeffDas Modell 😀 ist schnell, es bleibt bleibt schnell für Kunden.\r\n"
          "Wir haben 😀😀 das das Ziel erreicht, sagte er \"heute\".\r\n"
          "\r\n"
          "Ärger 𝔘 mit Codependenz und Übermut bleibt bleibt.\r\n"
          "Ein <script>alert('x')</script> & \"Zitat\" das das Ende.\n")


def write_tricky(directory: Path, name: str = "doc.de.txt") -> Path:
    path = directory / name
    path.write_bytes(TRICKY.encode("utf-8"))
    return path


def run_check(*argv: str) -> int:
    """``feinschliff check`` in target mode (no re-translation) with the shipped glossary."""
    return main(["check", *argv, "--no-defaults", "--retranslate", "none", "--glossary", "ai-tech"])
