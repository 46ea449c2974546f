"""The unknown words of the vocabulary dock as a table model: replacing the list after a mark
costs nothing whatever its length; the view asks only for the rows it shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from duizhao.core.vocab.coverage import WordCount
from duizhao.core.vocab.levels import level_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5  # word, count, level, pinyin, meaning


class UnknownWordsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.words: list[WordCount] = []
        self.headers: list[str] = [""] * COLUMNS

    def set_words(self, words: list[WordCount]) -> None:
        self.beginResetModel()
        self.words = words
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt
        return 0 if parent.isValid() else len(self.words)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        word = self.words[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (word.word, word.count, level_label(word.hsk), word.pinyin,
                    word.gloss)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
