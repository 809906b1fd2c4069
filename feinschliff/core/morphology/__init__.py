"""German morphology from lexicons that ship their data: noun forms with gender, case and number."""
