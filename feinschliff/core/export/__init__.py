"""Export stage: the reviewed document written back as text, as the bilingual file it came from
(XLIFF patched in place, PO), or as a TMX memory of the repaired segments.

Entry points: ``export_review`` (text), ``renderer`` (bilingual files), ``tmx_text``/``tmx_units``.
"""

from .bilingual import patched, renderer
from .text import default_outputs, export_review, repaired_text
from .tmx import tmx_text, tmx_units

__all__ = ["default_outputs", "export_review", "patched", "renderer", "repaired_text", "tmx_text", "tmx_units"]
