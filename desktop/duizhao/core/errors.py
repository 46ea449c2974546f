"""Errors whose message is meant for the user: one clear line, no traceback."""

from __future__ import annotations


class DuizhaoError(Exception):
    """Base class; ``str(error)`` is a complete sentence a user can act on."""


class DocumentError(DuizhaoError):
    """A document cannot be read (missing, binary, undecodable, too large...)."""


class GlossaryError(DuizhaoError):
    """A glossary file cannot be read or written."""


class ModelError(DuizhaoError):
    """A translation model cannot be installed, found or loaded."""


class ExportError(DuizhaoError):
    """An export cannot be written."""


class VocabularyError(DuizhaoError):
    """The known-words store or a word list cannot be read or written."""


class MemoryFileError(DuizhaoError):
    """A translation-memory file (TMX) cannot be read or written."""


class WorkspaceError(DuizhaoError):
    """A workspace file (a document's edits and statuses) cannot be read or written."""
