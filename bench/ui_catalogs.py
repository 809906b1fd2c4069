"""Flags on human translations: the German message catalogs installed on this machine.

Every ``*.mo`` file under ``/usr/share/locale/de/LC_MESSAGES`` (and vim's German catalog) is
read with Python's ``gettext``; each message is checked as a unit of a bilingual file would be:
its German translation as the segment, its English original as the source. The translators
are professionals and volunteers, so nearly every flag here is either a slip of theirs or a
false flag of a rule; ``--show N`` prints N flags per rule to tell which. Glossary and
alignment rules are left out (there is no glossary and no re-translation), and so are the
number rules, which read the option tables and date examples of help texts as prose; of the
accuracy rules only ``accuracy.agent-preposition`` and ``accuracy.untranslated`` run. Prints numbers,
asserts nothing; on a machine without German catalogs it says so and exits.

Run: python bench/ui_catalogs.py [--rules GLOB,…] [--show N]
"""

from __future__ import annotations

import argparse
import gettext
import random
import sys
from collections import Counter, defaultdict
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feinschliff.core.checks import all_rules  # noqa: E402
from feinschliff.core.checks.context import CheckContext  # noqa: E402
from feinschliff.core.model import Segment  # noqa: E402

CATALOGS = ("/usr/share/locale/de/LC_MESSAGES", "/usr/share/vim/vim90/lang/de/LC_MESSAGES")


#: accuracy rules that read only the segment and its source (the others need a re-translation,
#: and the number rules a document's prose rather than a catalog's option tables)
SOURCE_ACCURACY = frozenset({"accuracy.agent-preposition", "accuracy.untranslated"})


def messages() -> list[tuple[str, str, str]]:
    """(catalog, English original, German translation) of every translated message."""
    found = []
    for folder in CATALOGS:
        for path in sorted(Path(folder).glob("*.mo")):
            try:
                with path.open("rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog
            except (OSError, UnicodeDecodeError):
                continue  # unreadable or in another encoding
            for source, target in catalog.items():
                if isinstance(source, str) and source and isinstance(target, str) and "\x00" not in source:
                    found.append((path.name, source, target))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rules", help="only these rules, comma-separated globs")
    parser.add_argument("--show", type=int, default=0, help="print this many flags per rule")
    args = parser.parse_args()
    units = messages()
    if not units:
        print("no German message catalogs installed here (apt-get install locales-all, or any package's translations)")
        return
    rules = [r for r in all_rules().values() if r.default_enabled
             and (r.id in SOURCE_ACCURACY or not r.id.startswith(("glossary.", "accuracy.")))
             and (not args.rules or any(fnmatch(r.id, g) for g in args.rules.split(",")))]
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    words = 0
    for catalog, source, target in units:
        words += len(target.split())
        segment = Segment(0, target, 0, len(target), (0,), source=source, unit="message")
        ctx = CheckContext(document=target)
        for rule in rules:
            for finding in rule.fn(segment, ctx):
                counts[rule.id] += 1
                context = target[max(0, finding.start - 40):finding.start] + "[" + target[finding.start:finding.end] + "]"
                shown[rule.id].append(f"{catalog}: {context + target[finding.end:finding.end + 20]!r}")
    print(f"{len(units):,} messages, {words:,} German words\n")
    print("| rule | flags | per 1,000 words |\n|---|---|---|")
    for rule in rules:
        print(f"| `{rule.id}` | {counts[rule.id]} | {1000 * counts[rule.id] / words:.2f} |")
    random.seed(1)
    for rule_id, lines in shown.items():
        if args.show:
            print(f"\n{rule_id}:")
            for line in random.sample(lines, min(args.show, len(lines))):
                print("  " + line.replace("\n", " "))


if __name__ == "__main__":
    main()
