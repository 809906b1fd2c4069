"""German spelling: Hunspell dictionaries and the words a document makes known."""
