"""Glossaries: entries and their matching, the document + personal set, file formats,
prefilled entries and name suggestions."""
