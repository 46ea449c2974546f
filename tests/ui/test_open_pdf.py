"""PDFs read back as text: one written by Duizhao's own PDF export, one Qt prints from plain
text, and a scan (refused). Qt makes them, hence in the UI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from duizhao.core.errors import DocumentError
from duizhao.core.export import ExportOptions, export_document
from duizhao.core.pipeline import annotate_file
from duizhao.core.text.load import load_text_file
from duizhao.pdf import writer as _registers_pdf  # noqa: F401
from format_fixtures import qt_pdf_from_text, qt_scanned_pdf


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_pdf_printed_by_qt_gives_the_paragraphs_back(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     sample_text: str) -> None:
    path = qt_pdf_from_text(tmp_path / "plain.pdf", sample_text)
    loaded = load_text_file(path)
    original = _paragraphs(sample_text)
    read = _paragraphs(loaded.text)
    # wrapped lines are joined without spaces and the page numbers are gone, so most
    # paragraphs come back exactly (one whose last line fills the width joins the next)
    assert sum(paragraph in original for paragraph in read) >= 0.8 * len(original)
    assert "".join(read) == "".join(original)
    assert not any(line.isdigit() for line in read)
    assert "⾼" not in loaded.text and "高級官員" in loaded.text  # Kangxi radicals mapped back


def test_pdf_from_duizhaos_own_export_gives_every_sentence(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           sample_path: Path) -> None:
    document = annotate_file(sample_path)
    path = export_document(document, tmp_path / "own.pdf",
                           ExportOptions(columns=("original",)), format="pdf")
    loaded = load_text_file(path)
    squeezed = "".join(loaded.text.split())
    for sentence in list(document.sentences())[:60]:
        assert "".join(sentence.original.split()) in squeezed
    # the column heading repeats on every page: a running head, dropped after the first
    assert loaded.text.count("Original") <= 1


def test_scanned_pdf_is_refused_with_a_message(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = qt_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DocumentError, match="no text layer"):
        load_text_file(path)


def test_a_broken_pdf_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage")
    with pytest.raises(DocumentError, match="broken.pdf"):
        load_text_file(path)
