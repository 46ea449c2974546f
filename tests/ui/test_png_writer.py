"""The screenshot's PNG: Qt (libpng) reads back exactly the pixels written."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from duizhao.ui.png_writer import png_bytes, write_png


def _drawing(width: int, height: int, image_format: QImage.Format) -> QImage:
    image = QImage(width, height, image_format)
    image.fill(QColor(250, 246, 230))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, width // 2, height // 3), QColor(200, 30, 40))
    painter.setPen(QColor(20, 90, 200))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "對照 side by side")
    painter.drawLine(0, height - 1, width - 1, 0)
    painter.end()
    return image


@pytest.mark.parametrize("width", [1, 3, 798])  # odd widths: rows padded in Qt's memory
def test_the_pixels_read_back_are_the_pixels_written(tmp_path: Path, width: int) -> None:
    image = _drawing(width, 57, QImage.Format.Format_RGB32)
    out = tmp_path / "shot.png"
    write_png(image, out)
    read = QImage(str(out))
    assert not read.isNull() and not read.hasAlphaChannel()
    assert read.convertToFormat(QImage.Format.Format_RGB32) == image


def test_transparency_is_kept(tmp_path: Path) -> None:
    image = _drawing(41, 30, QImage.Format.Format_ARGB32)
    image.setPixelColor(5, 5, QColor(10, 20, 30, 0))
    image.setPixelColor(6, 5, QColor(10, 20, 30, 128))
    out = tmp_path / "shot.png"
    write_png(image, out)
    read = QImage(str(out))
    assert read.hasAlphaChannel()
    assert read.pixelColor(6, 5).alpha() == 128 and read.pixelColor(5, 5).alpha() == 0
    assert (read.convertToFormat(QImage.Format.Format_RGBA8888)
            == image.convertToFormat(QImage.Format.Format_RGBA8888))


def test_a_damaged_file_is_refused_by_the_reader() -> None:
    """The chunks' checksums are real: a flipped byte in the image data is noticed."""
    data = bytearray(png_bytes(_drawing(64, 64, QImage.Format.Format_RGB32)))
    assert QImage.fromData(bytes(data), "PNG").width() == 64
    data[data.index(b"IDAT") + 20] ^= 0xFF
    assert QImage.fromData(bytes(data), "PNG").isNull()


def test_an_unwritable_place_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_png(_drawing(8, 8, QImage.Format.Format_RGB32), tmp_path)  # a folder
    with pytest.raises(OSError):
        write_png(QImage(), tmp_path / "empty.png")


@pytest.mark.parametrize("height", [1, 2, 861])
def test_the_image_data_is_one_valid_zlib_stream(height: int) -> None:
    """Compressed in parts on several threads, read as one stream whose checksum holds."""
    image = _drawing(17, height, QImage.Format.Format_RGB32)
    data = png_bytes(image)
    start = data.index(b"IDAT") + 4
    (length,) = struct.unpack(">I", data[start - 8:start - 4])
    rows = zlib.decompress(data[start:start + length])  # checks the header and Adler-32
    assert len(rows) == height * (1 + 17 * 3)
    assert QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_RGB32) == image
