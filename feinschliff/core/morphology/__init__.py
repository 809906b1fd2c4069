"""German morphology from lexicons that ship their data: noun forms with gender, case, number.

Entry points: ``readings``/``compound_readings`` (nouns), ``determiner``, ``adjective_cells``,
``adjective_ending``, ``determiner_form`` (declension tables)."""

from .declension import adjective_cells, adjective_ending, determiner, determiner_form
from .nouns import compound_readings, readings

__all__ = ["adjective_cells", "adjective_ending", "compound_readings", "determiner", "determiner_form", "readings"]
