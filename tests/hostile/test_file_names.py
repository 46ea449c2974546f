"""A document whose file name is not UTF-8 (bytes ``\\xff\\xfe`` on POSIX): every export
writes it, with the name shown as U+FFFD, and the window's document cache keeps it."""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path

import pytest

from duizhao.cli import main
from duizhao.core.pipeline import Annotator
from duizhao.core.storage import doc_cache

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="file names there are always Unicode")

TEXT = "俄羅斯總統今天在莫斯科說話。\n"
SHOWN = "\ufffd\ufffd.txt"


@pytest.fixture
def odd_name(tmp_path: Path) -> Path:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/\xff\xfe.txt"))
    path.write_text(TEXT, encoding="utf-8")
    return path


def _read(out: Path) -> str:
    if out.suffix == ".docx":
        with zipfile.ZipFile(out) as archive:
            return archive.read("word/document.xml").decode("utf-8")
    if out.suffix == ".pdf":
        return out.read_bytes()[:5].decode("ascii")
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".json", ".html", ".md", ".tmx", ".docx", ".pdf"])
def test_every_format_exports_a_document_with_a_non_utf8_name(
        odd_name: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str,
        request: pytest.FixtureRequest) -> None:
    if suffix == ".pdf":  # the PDF writer needs a Qt application: the tests' own, a QApplication
        request.getfixturevalue("qapp")
    out = tmp_path / f"out{suffix}"

    status = main(["export", str(odd_name), "--no-translate", "-o", str(out)])

    assert status == 0, capsys.readouterr().err
    written = _read(out)
    if suffix == ".json":
        assert json.loads(written)["source"]["path"].endswith(SHOWN)
    elif suffix in (".html", ".md", ".docx"):
        assert SHOWN in written
    elif suffix == ".pdf":
        assert written == "%PDF-"


def test_the_windows_document_cache_keeps_such_a_document(odd_name: Path) -> None:
    document = Annotator().annotate_text(TEXT, path=str(odd_name))
    key = doc_cache.key(TEXT, [], None, "marks")

    doc_cache.store(key, document)

    cached = doc_cache.load(key)
    assert cached is not None and cached.text == TEXT
    assert cached.source.path is not None and cached.source.path.endswith(SHOWN)
