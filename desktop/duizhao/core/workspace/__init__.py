"""A document's workspace: the English a person edited or reviewed, and every sentence's
English and status, kept per document in the user data folder and in ``.duizhao`` files."""

from __future__ import annotations

from duizhao.core.workspace.model import (
    SCHEMA,
    Attacher,
    DocumentRef,
    Record,
    Workspace,
    attach,
    saved_for,
)
from duizhao.core.workspace.store import (
    Loaded,
    WorkspaceStore,
    document_ref,
    read_workspace_file,
    ref_for,
    ref_for_path,
    text_digest,
    write_workspace_file,
)

__all__ = [
    "SCHEMA",
    "Attacher",
    "DocumentRef",
    "Loaded",
    "Record",
    "Workspace",
    "WorkspaceStore",
    "attach",
    "document_ref",
    "read_workspace_file",
    "saved_for",
    "ref_for",
    "ref_for_path",
    "text_digest",
    "write_workspace_file",
]
