"""Where workspaces are kept: one file per document in the user data folder.

A document is found again by its content (SHA-256 of its text) or by its path, so its
workspace follows it when it is moved or renamed (same text) and when its text is changed in
place (same path). ``index.json`` maps both to the workspace file; it is re-creatable from the
files themselves, which name their document. Files are saved atomically with a backup
(``name~``); a damaged one is set aside (``name.damaged-<time>``), the backup is tried, and the
document opens without it if that fails too — with one line saying so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from duizhao.core.document import Document
from duizhao.core.errors import WorkspaceError
from duizhao.core.storage import paths
from duizhao.core.storage.atomic import atomic_write_text
from duizhao.core.workspace.model import DocumentRef, Workspace, attach, saved_for

SUFFIX = ".duizhao"


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_ref(document: Document) -> DocumentRef:
    return ref_for(document.source.path, document.text, document.sentence_count())


def ref_for(path: str | os.PathLike[str] | None, text: str, sentences: int = 0) -> DocumentRef:
    """How a document is found again: its absolute path (None for pasted text) and text."""
    return DocumentRef(os.path.abspath(path) if path else None, text_digest(text), sentences)


def ref_for_path(path: str | os.PathLike[str]) -> DocumentRef:
    """A document found by its path alone: a book whose text is still being read."""
    return DocumentRef(os.path.abspath(path), "", 0)


@dataclass
class Loaded:
    """A workspace as read from the user's data, or None and why."""

    workspace: Workspace | None
    message: str | None = None  # one line for the user when the file was damaged
    set_aside: Path | None = None  # where a damaged file was moved


def read_workspace_file(path: Path) -> Workspace:
    """A ``.duizhao`` file; ``WorkspaceError`` (one line) when it is not a readable one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Workspace.from_dict(data)
    except OSError as error:
        raise WorkspaceError(f"{path}: {error.strerror or error}") from None
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise WorkspaceError(f"{path}: not a readable Duizhao workspace ({error})") from None


def write_workspace_file(path: Path, workspace: Workspace, *, backup: bool = False) -> None:
    workspace.saved = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    text = json.dumps(workspace.to_dict(), ensure_ascii=False, indent=1)
    try:
        atomic_write_text(path, text + "\n", backup=backup)
    except OSError as error:
        raise WorkspaceError(f"{path}: the workspace cannot be saved "
                             f"({error.strerror or error})") from None


class WorkspaceStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir() / "workspaces"

    # -- finding -------------------------------------------------------------------------------
    def _index_path(self) -> Path:
        return self.folder / "index.json"

    def _index(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self._index_path().read_text(encoding="utf-8"))
            if isinstance(data.get("by_hash"), dict) and isinstance(data.get("by_path"), dict):
                return {"by_hash": data["by_hash"], "by_path": data["by_path"]}
        except FileNotFoundError:
            if not any(self.folder.glob(f"*{SUFFIX}")):
                return {"by_hash": {}, "by_path": {}}
        except (OSError, ValueError, AttributeError):
            pass
        return self._rebuild_index()

    def _rebuild_index(self) -> dict[str, dict[str, str]]:
        index: dict[str, dict[str, str]] = {"by_hash": {}, "by_path": {}}
        files = sorted(self.folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime)
        for file in files:
            with contextlib.suppress(WorkspaceError):
                ref = read_workspace_file(file).document
                index["by_hash"][ref.sha256] = file.stem
                if ref.path:
                    index["by_path"][ref.path] = file.stem
        return index

    def file_for(self, ref: DocumentRef) -> Path | None:
        index = self._index()
        name = (index["by_hash"].get(ref.sha256) if ref.sha256 else None) or (
            index["by_path"].get(ref.path) if ref.path else None)
        return self.folder / f"{name}{SUFFIX}" if name else None

    # -- loading and saving --------------------------------------------------------------------
    def load(self, ref: DocumentRef) -> Loaded:
        path = self.file_for(ref)
        if path is None or not (path.exists() or _backup(path).exists()):
            return Loaded(None)
        try:
            return Loaded(read_workspace_file(path))
        except WorkspaceError:
            if not path.exists():  # killed between the two renames of a save: the backup
                return self._from_backup(path, None)
            aside = path.with_name(
                f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                path.replace(aside)
            except OSError:
                aside = path
            return self._from_backup(path, aside)

    def _from_backup(self, path: Path, aside: Path | None) -> Loaded:
        kept = f"it is kept as {aside.name}; " if aside else ""
        try:
            workspace = read_workspace_file(_backup(path))
        except WorkspaceError:
            return Loaded(None, f"The saved edits of this document could not be read ({kept}"
                                "the document opens without them)." if aside else None, aside)
        return Loaded(workspace, f"The saved edits of this document were damaged ({kept}"
                                 "the previous save is used)." if aside else None, aside)

    def save(self, workspace: Workspace) -> Path:
        """Write the workspace (atomically, the previous save kept as a backup)."""
        ref = workspace.document
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.file_for(ref) or self.folder / f"{ref.sha256[:24]}{SUFFIX}"
        write_workspace_file(path, workspace, backup=True)
        index = self._index()
        index["by_hash"][ref.sha256] = path.stem
        if ref.path:
            index["by_path"][ref.path] = path.stem
        with contextlib.suppress(OSError):  # the index can always be rebuilt
            atomic_write_text(self._index_path(), json.dumps(index, ensure_ascii=False))
        return path

    def open_for(self, document: Document) -> tuple[Workspace | None, list[str]]:
        """Find and apply ``document``'s workspace: the workspace (with its orphans updated)
        and the messages for the user (a damaged file, edits whose sentence is gone)."""
        ref = document_ref(document)
        loaded = self.load(ref)
        messages = [loaded.message] if loaded.message else []
        if loaded.workspace is None:
            return None, messages
        orphans = attach(document, loaded.workspace, same_text=saved_for(loaded.workspace, ref))
        loaded.workspace.orphans = orphans
        if orphans:
            messages.append(orphan_message(len(orphans)))
        return loaded.workspace, messages


def orphan_message(count: int) -> str:
    if count == 1:
        return ("1 edited sentence is no longer in the document; its English is kept in the "
                "workspace (Export Workspace lists it).")
    return (f"{count} edited sentences are no longer in the document; their English is kept in "
            "the workspace (Export Workspace lists them).")


def _backup(path: Path) -> Path:
    return path.with_name(path.name + "~")
