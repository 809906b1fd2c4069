"""Export stage: the reviewed document as text, as its bilingual file, or as a TMX memory.

Entry points: ``export_review`` (text), ``renderer`` (XLIFF, PO), ``tmx_text``/``tmx_units``.
"""

from .bilingual import patched, renderer
from .text import default_outputs, export_review, repaired_text
from .tmx import tmx_text, tmx_units

__all__ = ["default_outputs", "export_review", "patched", "renderer", "repaired_text", "tmx_text", "tmx_units"]
