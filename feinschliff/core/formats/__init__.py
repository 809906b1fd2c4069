"""Load stage for bilingual files: XLIFF 1.2/2.x, PO, TMX through translate-toolkit, safe XML.

Entry points: ``load_bilingual``, ``bilingual_kind``.
"""

from .load import bilingual_kind, load_bilingual

__all__ = ["bilingual_kind", "load_bilingual"]
