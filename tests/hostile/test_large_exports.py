"""A very long text: every format but PDF is written as it is annotated, holding only the
paragraphs being written; PDF refuses a text it cannot lay out, before any work."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from duizhao.cli import main
from duizhao.core.document import Paragraph, Source
from duizhao.core.export import PDF_MAX_CHARACTERS, export_document, export_stream
from duizhao.core.pipeline import Annotator

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"


class Watched:
    """Paragraphs annotated one at a time, counting how many are alive at once."""

    def __init__(self, annotator: Annotator, text: str) -> None:
        self.annotator = annotator
        self.text = text
        self.refs: list[weakref.ref[Paragraph]] = []
        self.most_alive = 0

    def __iter__(self) -> Iterator[Paragraph]:
        for paragraph in self.annotator.iter_paragraphs(self.text):
            self.refs.append(weakref.ref(paragraph))
            alive = sum(ref() is not None for ref in self.refs)
            self.most_alive = max(self.most_alive, alive)
            yield paragraph
            del paragraph


@pytest.mark.parametrize("suffix", [".html", ".md", ".tmx", ".docx"])
def test_streamed_formats_hold_one_paragraph_at_a_time(tmp_path: Path, suffix: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    annotator = Annotator()
    watched = Watched(annotator, text)
    source = Source(str(SAMPLE), "utf-8", annotator.annotate_text(text).source.script)

    streamed = export_stream(source, watched, tmp_path / f"streamed{suffix}")

    assert len(watched.refs) > 10  # the sample has many paragraphs
    assert watched.most_alive <= 2
    whole = export_document(annotator.annotate_text(text, path=str(SAMPLE)),
                            tmp_path / f"whole{suffix}")
    if suffix in (".html", ".md"):  # the same file as from the whole document
        assert streamed.read_bytes() == whole.read_bytes()


def test_pdf_refuses_a_text_it_cannot_lay_out(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    line = "俄羅斯總統今天在莫斯科說話。\n"
    big.write_text(line * (PDF_MAX_CHARACTERS // len(line) + 1), encoding="utf-8")
    out = tmp_path / "big.pdf"

    status = main(["export", str(big), "-o", str(out), "--no-translate"])

    err = capsys.readouterr().err
    assert status == 2, err
    assert err.count("\n") == 1 and "too long for PDF export" in err
    assert f"{PDF_MAX_CHARACTERS:,}" in err
    assert not out.exists()
