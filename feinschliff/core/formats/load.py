"""The load stage for bilingual files: which format a file is, and reading it.

The format is picked by extension and confirmed by the content: ``.xlf``/``.xliff``/``.po``/
``.pot``/``.tmx`` must be what they say (a PO file named ``.xlf``, or XML with an unknown root,
is an error, never read as prose), and a file with another name whose content is an XLIFF or
TMX document, or a PO catalogue, is read as one. Anything else is plain text (``None``).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..textio import BOM, DEFAULT_MAX_BYTES, read_text
from .safexml import local_name, parse
from .units import Bilingual

XML_SUFFIXES = {".xlf": "an XLIFF", ".xliff": "an XLIFF", ".sdlxliff": "an XLIFF", ".mxliff": "an XLIFF",
                ".tmx": "a TMX"}
PO_SUFFIXES = {".po", ".pot"}
_PO_START = re.compile(r'\A(?:\s*(?:#[^\n]*)?\n)*\s*(?:msgctxt|msgid)\s+"')


def _kind(path: Path, content: str) -> str | None:
    """"xml", "po" or None (plain text), by extension and content."""
    head = content.lstrip(BOM + " \t\r\n")
    suffix = path.suffix.lower()
    looks_xml = head.startswith("<")
    looks_po = bool(_PO_START.match(head))
    if suffix in XML_SUFFIXES:
        if looks_xml:
            return "xml"
        what = "a gettext PO file" if looks_po else "not XML"
        raise InputError(f"expected {XML_SUFFIXES[suffix]} document, but the file is {what}", str(path), 1)
    if suffix in PO_SUFFIXES:
        if looks_po:
            return "po"
        what = "XML" if looks_xml else "no msgid entry"
        raise InputError(f"expected a gettext PO file, but it starts with {what}", str(path), 1)
    if looks_po:
        return "po"
    if head.startswith("<?xml") or re.match(r"<(?:[\w.-]+:)?(?:xliff|tmx)[\s>]", head):
        return "xml"
    return None


def bilingual_kind(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    return _kind(Path(path), read_text(path, max_bytes))


def load_bilingual(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Bilingual | None:
    """The file as a bilingual document, or None when it is plain text."""
    bilingual = _read(Path(path), max_bytes)
    if bilingual is not None and not bilingual.target_lang.lower().startswith("de"):
        bilingual.warnings.append(f"{path}: the target language is {bilingual.target_lang}; "
                                  "Feinschliff's checks are made for German")
    return bilingual


def _read(p: Path, max_bytes: int) -> Bilingual | None:
    content = read_text(p, max_bytes)
    kind = _kind(p, content)
    if kind is None:
        return None
    data = content.encode("utf-8")  # the bytes, exactly: strict UTF-8 decoding round-trips
    if kind == "po":
        from .po import read_po

        return read_po(str(p), data, content)
    root = parse(data, str(p))
    name = local_name(root)
    if name == "xliff":
        from .xliff import read_xliff

        version = root.get("version") or ("2.0" if "document:2" in (root.nsmap.get(None) or "") else "1.2")
        if not (version.startswith("1.2") or version.startswith("2")):
            raise InputError(f"XLIFF version {version} is not supported (1.2, 2.0 and 2.1 are)", str(p), root.sourceline)
        return read_xliff(str(p), data, content, version)
    if name == "tmx":
        from .tmx_read import read_tmx

        return read_tmx(str(p), data, content, root)
    raise InputError(f"XML with root <{name}> is neither XLIFF nor TMX", str(p), root.sourceline)
