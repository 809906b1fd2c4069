"""German spelling: Hunspell de_DE (and en_US for English terms) and the words a document makes
known. Entry points: ``german``/``english``/``suggestions`` (dictionary look-ups), ``derived``
(regular derivations), ``Vocabulary`` (the document's own words)."""

from .derivation import derived
from .dictionary import encodable, english, german, suggestions
from .vocabulary import Vocabulary, pieces

__all__ = ["Vocabulary", "derived", "encodable", "english", "german", "pieces", "suggestions"]
