"""The reader's vocabulary in the window: marks (known / learning / unknown), the open
document's words counted, and what a mark changed, announced by signal.

Owned by the session (``session.vocab``). The marks are the core's :class:`KnownWords`, shared
with the command line; the document's words are counted once per document (and again after a
glossary edit, which can make a word a name) on a worker, and the statistics are worked out
from those counts after each mark, which is cheap whatever the document's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, Signal

from duizhao.core.errors import DuizhaoError
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.vocab.status import WordStatus
from duizhao.ui.tasks import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from duizhao.core.document import Sentence, Token
    from duizhao.core.vocab.coverage import DocumentWords, VocabStats
    from duizhao.core.vocab.known import KnownWords, MarkContext
    from duizhao.core.vocab.levels import HskStandard
    from duizhao.ui.models.sentence_model import SentenceModel


@dataclass(frozen=True)
class VocabChange:
    """Words whose mark changed (announced by ``Vocabulary.marks_changed``)."""

    words: frozenset[str]


class Vocabulary(QObject):
    marks_changed = Signal(object)  # a VocabChange
    counted = Signal()  # the open document's words are counted (statistics available)
    failed = Signal(str)  # a one-line message

    def __init__(self, model: SentenceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._known: KnownWords | None = None
        self.words: DocumentWords | None = None
        self._generation = 0
        self._stale = False  # the counts are not the document's (counted when next asked)

    @property
    def known(self) -> KnownWords:
        """The marks, read on first use: the store (SQLite) is neither imported nor opened
        while the window starts."""
        if self._known is None:
            from duizhao.core.vocab.known import KnownWords

            self._known = KnownWords()
        return self._known

    def close(self) -> None:
        """The window closes: close the marks' database (it reopens if used again)."""
        if self._known is not None:
            self._known.close()

    def status(self, word: str) -> WordStatus:
        return self.known.status(word)

    def statuses(self) -> dict[str, WordStatus]:
        return self.known.statuses()

    # -- marking -------------------------------------------------------------------------------
    def mark_token(self, row: int, token_index: int, status: WordStatus) -> None:
        """Mark the word of a token; a word marked learning keeps this sentence."""
        sentence = self.model.sentence(row)
        token = sentence.tokens[token_index]
        context = _context(sentence, token, self.model.document.source.path) \
            if status is WordStatus.LEARNING else None
        self._apply(lambda: self.known.mark(token.simplified, status, context),
                    frozenset({token.simplified}))

    def mark_word(self, word: str, status: WordStatus) -> None:
        self._apply(lambda: self.known.mark(word, status), frozenset({word}))

    def mark_levels_known(self, level: int, standard: HskStandard | None = None) -> int:
        """Every word of HSK levels 1…``level`` known; returns how many were newly marked."""
        from duizhao.core.vocab.levels import DEFAULT_STANDARD, hsk_words

        words = [w for w, lv in hsk_words(standard or DEFAULT_STANDARD).items() if lv <= level]
        return self.add_known(words)

    def add_known(self, words: list[str]) -> int:
        added = 0

        def add() -> bool:
            nonlocal added
            added = self.known.add_known(words)
            return added > 0

        self._apply(add, frozenset(words))
        return added

    def import_list(self, path: str | Path, *, accept_partial: bool = False) -> tuple[int, int]:
        """Mark the words of a word list known: (words read, newly marked). Raises
        :class:`DuizhaoError` for a malformed list unless ``accept_partial``."""
        from duizhao.core.vocab.wordlists import read_word_list

        result = read_word_list(path)
        if result.problems and not accept_partial:
            first = result.problems[0].describe(str(path))
            more = len(result.problems) - 1
            raise DuizhaoError(f"{first}{f' (and {more} more)' if more else ''}; nothing was "
                               "imported")
        return len(result.words), self.add_known(result.words)

    def export_learning(self, path: str | Path) -> int:
        from duizhao.core.vocab.mining import mined_cards, write_cards

        learning = self.known.learning()
        if not learning:
            raise DuizhaoError("No word is marked 'learning' yet; nothing was written.")
        write_cards(mined_cards(learning), path)
        return len(learning)

    def _apply(self, change: object, words: frozenset[str]) -> None:
        try:
            changed = change()  # type: ignore[operator]
        except DuizhaoError as error:
            self.failed.emit(str(error))
            return
        if changed:
            self.marks_changed.emit(VocabChange(words))

    # -- the open document ---------------------------------------------------------------------
    def clear(self) -> None:
        """Another document is opening: its words are not counted yet."""
        self._generation += 1
        self._stale = False
        self.words = None

    def recount(self) -> None:
        """The document's words changed (it is annotated, or a glossary edit made a word a
        name): count them again on a worker, ``counted`` when done. Only if something shows
        the counts (is connected to ``counted``); else when :meth:`stats` is next asked, so a
        window whose vocabulary panel was never opened does no counting."""
        self._generation += 1
        self._stale = True
        if self.isSignalConnected(QMetaMethod.fromSignal(self.counted)):
            self._count()

    def _count(self) -> None:
        self._stale = False
        generation = self._generation
        sentences = list(self.model.sentences())

        def count(_context: TaskContext) -> DocumentWords:
            from duizhao.core.vocab.coverage import DocumentWords

            return DocumentWords(sentences)

        BackgroundOp(count, success=lambda words: self._counted(generation, words)) \
            .owned_by(self).run()

    def _counted(self, generation: int, words: DocumentWords) -> None:
        if generation == self._generation:
            self.words = words
            self.counted.emit()

    def stats(self) -> VocabStats | None:
        """The open document against the marks (None until its words are counted; those of
        the previous count while it is counted again)."""
        if self._stale:
            self._count()
        if self.words is None:
            return None
        return self.words.stats(self.known.is_known)


def _context(sentence: Sentence, token: Token, document: str | None) -> MarkContext:
    from duizhao.core.language.convert import ScriptConverter
    from duizhao.core.vocab.known import MarkContext

    offset = token.start - sentence.start
    traditional = sentence.traditional[offset:offset + len(token.text)] or \
        ScriptConverter("s2t").to_traditional(token.simplified)
    # a word-by-word gloss is not the sentence's English
    english = sentence.translation or "" if sentence.translation_source != "gloss" else ""
    # the learner's card shows the reading in tone marks
    reading = pinyin_style.word(token.pinyin, PinyinStyle.MARKS)
    return MarkContext(traditional, reading, sentence.simplified, sentence.traditional,
                       english, offset, document or "")
