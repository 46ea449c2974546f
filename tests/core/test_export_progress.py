"""Exports say how far they have got, sentence by sentence, and stop when asked to, writing
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from duizhao.core.export import ExportOptions, export_document
from export_fixtures import PARAGRAPHS, build_document

FORMATS = ["html", "markdown", "docx", "tmx", "json"]


@pytest.mark.parametrize("format_name", FORMATS)
def test_progress_counts_every_sentence(format_name: str, tmp_path: Path) -> None:
    document = build_document(PARAGRAPHS * 5)
    seen: list[tuple[int, int]] = []
    export_document(document, tmp_path / "out", format=format_name,
                    progress=lambda done, total: seen.append((done, total)))
    total = document.sentence_count()
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) > 5  # along the way, not only at the end


def test_interlinear_html_is_counted_too(tmp_path: Path) -> None:
    document = build_document()
    seen: list[int] = []
    export_document(document, tmp_path / "out.html", ExportOptions(layout="interlinear"),
                    progress=lambda done, _total: seen.append(done))
    assert seen[-1] == document.sentence_count()


class Stop(Exception):
    pass


@pytest.mark.parametrize("format_name", FORMATS)
def test_stopping_half_way_writes_nothing_and_keeps_the_old_file(format_name: str,
                                                                 tmp_path: Path) -> None:
    document = build_document(PARAGRAPHS * 5)

    def stop_half_way(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    target = tmp_path / "out"
    with pytest.raises(Stop):
        export_document(document, target, format=format_name, progress=stop_half_way)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"the reader's earlier export")
    with pytest.raises(Stop):
        export_document(document, target, format=format_name, force=True,
                        progress=stop_half_way)
    assert target.read_bytes() == b"the reader's earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
