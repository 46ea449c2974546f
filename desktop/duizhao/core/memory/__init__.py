"""The translation memory: sentence pairs a person wrote, reviewed or imported, reused.

Exact matches (either script, any punctuation width) come before the model when a document is
translated; fuzzy ones are suggestions in the editor. TMX files go in and out.
"""

from __future__ import annotations

from duizhao.core.memory.exchange import ImportReport, export_tmx, import_tmx
from duizhao.core.memory.fuzzy import FuzzyMatcher, Suggestion
from duizhao.core.memory.normalise import match_key
from duizhao.core.memory.store import (
    Stats,
    TranslationMemory,
    Unit,
    default_memory_path,
    shared_memory,
)

__all__ = [
    "FuzzyMatcher",
    "ImportReport",
    "Stats",
    "Suggestion",
    "TranslationMemory",
    "Unit",
    "default_memory_path",
    "export_tmx",
    "import_tmx",
    "match_key",
    "shared_memory",
]
