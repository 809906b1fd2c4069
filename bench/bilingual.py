"""Writing bilingual files back: how many bytes of untouched units each way keeps.

Builds an XLIFF 2.0 file and a PO file of 766 units of real English→German MT (the TED MQM
dev split, read in place from ../shared/eval), repairs every tenth target (one word changed)
and writes the file back two ways: Feinschliff's in-place patch of the target content, and
translate-toolkit's serialisation of its parsed store. Prints the share of the original's
lines kept and of untouched units kept byte for byte. Also times loading and checking.

    python bench/bilingual.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bilingual_files import XLIFF12  # noqa: E402
from test_bilingual_real import mt_pairs  # noqa: E402
from translate.storage import pypo, xliff, xliff2  # noqa: E402

from feinschliff.core.config import Config  # noqa: E402
from feinschliff.core.export import patched  # noqa: E402
from feinschliff.core.formats.load import load_bilingual  # noqa: E402
from feinschliff.core.pipeline import CheckOptions, check_document  # noqa: E402


def xliff_text(pairs) -> str:
    units = "".join(f'    <unit id="{uid}">\n      <segment state="translated">\n'
                    f"        <source>{escape(s)}</source>\n        <target>{escape(t)}</target>\n"
                    "      </segment>\n    </unit>\n" for uid, s, t in pairs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            f'version="2.0" srcLang="en" trgLang="de">\n  <file id="ted">\n{units}  </file>\n</xliff>\n')


def po_text(pairs) -> str:
    def quote(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n'
    return head + "".join(f"\n#: {uid}\nmsgctxt {quote(uid)}\nmsgid {quote(s)}\nmsgstr {quote(t)}\n"
                          for uid, s, t in pairs)


def repaired(text: str) -> str:
    return re.sub(r"\w+", lambda m: m.group().upper(), text, count=1)


def kept(original: str, written: str, pattern: str, changed: set[int]) -> tuple[float, float]:
    lines = SequenceMatcher(None, original.splitlines(), written.splitlines(), autojunk=False)
    same_lines = sum(b.size for b in lines.get_matching_blocks()) / len(original.splitlines())
    before, after = re.findall(pattern, original, re.DOTALL), re.findall(pattern, written, re.DOTALL)
    untouched = [i for i in range(len(before)) if i not in changed]
    same_units = sum(1 for i in untouched if i < len(after) and before[i] == after[i]) / len(untouched)
    return same_lines, same_units


def main() -> None:
    pairs = mt_pairs()
    changed = set(range(0, len(pairs), 10))
    with tempfile.TemporaryDirectory() as folder:
        xlf = Path(folder) / "ted.xlf"
        xlf.write_text(xliff_text(pairs), "utf-8")
        started = time.perf_counter()
        doc = load_bilingual(xlf)
        loaded = time.perf_counter() - started
        check_document(CheckOptions(xlf), Config())
        checked = time.perf_counter() - started
        edits = [(u.start, u.end, escape(repaired(pairs[i][2]))) for i, u in enumerate(doc.units) if i in changed]
        patch = patched(doc.content, edits)
        store = xliff2.Xliff2File.parsestring(xlf.read_bytes())
        for i, unit in enumerate(store.units):
            if i in changed:
                unit.target = repaired(pairs[i][2])
        serialised = bytes(store).decode("utf-8")
        unit_re = r"<unit\b.*?</unit>"
        print(f"XLIFF 2.0, {len(pairs)} units, {len(changed)} repaired:")
        print(f"  loaded in {loaded:.2f} s, loaded and checked (no re-translation) in {checked:.2f} s")
        for name, text in (("in-place patch", patch), ("translate-toolkit", serialised)):
            lines, units = kept(doc.content, text, unit_re, changed)
            print(f"  {name:<18} lines kept {lines:6.1%}  untouched units byte-identical {units:6.1%}")

        # a CAT tool's file: a comment, single-quoted attributes, entity references, groups
        small = Path(folder) / "news.xlf"
        small.write_text(XLIFF12, "utf-8")
        doc = load_bilingual(small)
        patch = patched(doc.content, [(doc.units[2].start, doc.units[2].end, "Das Modell ist gratis.")])
        store = xliff.xlifffile.parsestring(small.read_bytes())
        store.units[2].target = "Das Modell ist gratis."
        serialised = bytes(store).decode("utf-8")
        print(f"XLIFF 1.2 (tests/bilingual_files.py), {len(doc.units)} units, 1 repaired:")
        for name, text in (("in-place patch", patch), ("translate-toolkit", serialised)):
            lines, units = kept(doc.content, text, r"<trans-unit\b.*?</trans-unit>", {2})
            print(f"  {name:<18} lines kept {lines:6.1%}  untouched units byte-identical {units:6.1%}")

        po = Path(folder) / "ted.po"
        po.write_text(po_text(pairs), "utf-8")
        original = po.read_text("utf-8")
        store = pypo.pofile.parsestring(po.read_bytes())
        for i, unit in enumerate(u for u in store.units if not u.isheader()):
            if i in changed:
                unit.target = repaired(pairs[i][2])
        written = bytes(store).decode("utf-8")
        lines, units = kept(original, written, r"#: .*?(?=\n\n|\Z)", changed)
        print(f"PO, {len(pairs)} entries, {len(changed)} repaired:")
        print(f"  {'translate-toolkit':<18} lines kept {lines:6.1%}  untouched entries byte-identical {units:6.1%}")


if __name__ == "__main__":
    main()
