"""What the zip-based readers (EPUB, DOCX) share: the archive limits, and the one place a
third-party parser's failure becomes a message."""

from __future__ import annotations

import io
import zipfile

from duizhao.core.errors import DocumentError
from duizhao.core.storage.zip_safety import ZipLimits, open_checked

# A book's XHTML and a report's XML compress well, images hardly at all; 512 MB unpacked is far
# beyond any real book and keeps a crafted one from filling memory (the readers hold it whole).
DOCUMENT_ZIP = ZipLimits(max_unpacked=512 * 1024 * 1024, max_entries=20_000)


def checked_zip(data: bytes, name: str) -> zipfile.ZipFile:
    return open_checked(io.BytesIO(data), name, DOCUMENT_ZIP, DocumentError)


def broken(name: str, kind: str, error: BaseException) -> DocumentError:
    """Parsers of EPUB, DOCX and PDF raise whatever their code meets on a damaged file
    (KeyError, TypeError, their own classes): one message names the file and the problem."""
    detail = str(error).strip().splitlines()[0][:120] if str(error).strip() else \
        type(error).__name__
    return DocumentError(f"{name}: is damaged or not a real {kind} file ({detail})")
