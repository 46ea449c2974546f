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


class Terminated(KeyboardInterrupt):
    """A signal told the process to stop (SIGTERM, SIGHUP; SIGINT in the window): unwound like
    Ctrl+C, so a file being written is removed. ``str(stop)`` says which signal; a shell
    expects the status 128 + ``signum``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    def __str__(self) -> str:
        import signal

        return f"stopped by {signal.Signals(self.signum).name}"
