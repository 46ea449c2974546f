"""The About box: version, licences, and CC-CEDICT's required attribution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from duizhao import __version__

CEDICT_URL = "https://www.mdbg.net/chinese/dictionary?page=cc-cedict"
CC_BY_SA_URL = "https://creativecommons.org/licenses/by-sa/4.0/"


def about_text() -> str:
    purpose = QCoreApplication.translate(
        "About", "Read Chinese side by side: the original, its Simplified or Traditional "
        "conversion, pinyin and an offline English translation.")
    dictionary = QCoreApplication.translate(
        "About", "Dictionary: CC-CEDICT, © MDBG, licensed under the Creative Commons "
        "Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0).")
    credits = QCoreApplication.translate(
        "About", "Conversion: OpenCC. Pinyin: pypinyin. Word segmentation: jieba. "
        "Translation: Argos Translate models on CTranslate2.")
    licence = QCoreApplication.translate(
        "About", "Duizhao is free software under the GNU GPL, version 3 or later.")
    links = f"<a href='{CEDICT_URL}'>CC-CEDICT</a> · <a href='{CC_BY_SA_URL}'>CC BY-SA 4.0</a>"
    return (f"<h3>Duizhao 對照 {__version__}</h3><p>{purpose}</p><p>{dictionary} {links}</p>"
            f"<p>{credits}</p><p>{licence}</p>")


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About Duizhao"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
