"""The reader's words: known, learning or (by default) unknown, for every document at once.

Kept in SQLite in the user data folder (``vocabulary.sqlite3``): each mark is one small
transaction, so a crash loses at most the mark being made, and the file is the user's own work:
a damaged file is reported, never replaced. A word is keyed by its Simplified form (the form
tokens and the HSK lists share); a word marked "learning" keeps the sentence it was marked in,
which is what the mined cards are made of.

All marks are held in memory as well (a few thousand words at most), so asking a word's status
is a dictionary lookup: colouring a whole document after a mark needs no database work.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from duizhao.core.errors import VocabularyError
from duizhao.core.storage import paths
from duizhao.core.vocab.status import WordStatus

FILE_NAME = "vocabulary.sqlite3"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class MarkContext:
    """Where a word was marked: the sentence in both scripts, its English and the word's
    offset in it (the same in both scripts: conversion keeps lengths)."""

    traditional: str = ""  # the word in Traditional characters
    pinyin: str = ""
    sentence_simplified: str = ""
    sentence_traditional: str = ""
    sentence_english: str = ""
    offset: int = -1
    document: str = ""


@dataclass(frozen=True)
class LearningWord:
    word: str  # Simplified
    context: MarkContext
    marked: float  # seconds since the epoch


def default_path() -> Path:
    return paths.data_dir() / FILE_NAME


class KnownWords:
    """The store. Thread-safe (one connection, one lock); reads come from memory."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._status: dict[str, WordStatus] = {}
        self.revision = 0  # grows with every change: views key their caches on it
        self._load()

    # --- reading -----------------------------------------------------------------------------

    def status(self, word: str) -> WordStatus:
        return self._status.get(word, WordStatus.UNKNOWN)

    def is_known(self, word: str) -> bool:
        return self._status.get(word) is WordStatus.KNOWN

    def statuses(self) -> dict[str, WordStatus]:
        """Every marked word (a copy): Simplified word → status."""
        return dict(self._status)

    def known_words(self) -> frozenset[str]:
        return frozenset(w for w, s in self._status.items() if s is WordStatus.KNOWN)

    def learning(self) -> list[LearningWord]:
        """Words being learnt, oldest mark first, with the sentence each was marked in."""
        with self._lock:
            rows = self._execute(
                "SELECT word, traditional, pinyin, sentence_simplified, sentence_traditional,"
                " sentence_english, word_offset, document, marked FROM words"
                " WHERE status = 'learning' ORDER BY marked, word").fetchall()
        return [LearningWord(row[0], MarkContext(*row[1:8]), row[8]) for row in rows]

    # --- changing ----------------------------------------------------------------------------

    def mark(self, word: str, status: WordStatus, context: MarkContext | None = None) -> bool:
        """Set one word's status; True when it changed. Marking "unknown" forgets the word."""
        word = word.strip()
        if not word or (self.status(word) is status and context is None):
            return False
        context = context or MarkContext()
        with self._lock:
            if status is WordStatus.UNKNOWN:
                self._execute("DELETE FROM words WHERE word = ?", (word,))
            else:
                self._execute(
                    "INSERT OR REPLACE INTO words (word, status, traditional, pinyin,"
                    " sentence_simplified, sentence_traditional, sentence_english, word_offset,"
                    " document, marked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (word, status.value, context.traditional, context.pinyin,
                     context.sentence_simplified, context.sentence_traditional,
                     context.sentence_english, context.offset, context.document, time.time()))
            self._commit()
            self._set(word, status)
        return True

    def add_known(self, words: Iterable[str]) -> int:
        """Mark words known in one transaction, leaving words already marked (known or
        learning) as they are; returns how many were newly marked."""
        new = [w for w in dict.fromkeys(w.strip() for w in words) if w and w not in self._status]
        if not new:
            return 0
        now = time.time()
        with self._lock:
            conn = self._connect()
            try:
                conn.executemany(
                    "INSERT OR IGNORE INTO words (word, status, marked) VALUES (?, 'known', ?)",
                    [(w, now) for w in new])
            except sqlite3.Error as error:
                conn.rollback()
                raise self._error(error) from error
            self._commit()
            for word in new:
                self._set(word, WordStatus.KNOWN)
        return len(new)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # --- the database ------------------------------------------------------------------------

    def _set(self, word: str, status: WordStatus) -> None:
        if status is WordStatus.UNKNOWN:
            self._status.pop(word, None)
        else:
            self._status[word] = status
        self.revision += 1

    def _load(self) -> None:
        if not self.path.exists():
            return  # created on the first mark: reading marks writes nothing
        with self._lock:
            rows = self._execute("SELECT word, status FROM words").fetchall()
        self._status = {word: WordStatus(status) for word, status in rows
                        if status in (WordStatus.KNOWN.value, WordStatus.LEARNING.value)}

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
                conn.execute("PRAGMA journal_mode=WAL")
                # a mark is committed without waiting for the disk (a power cut may lose the
                # last marks, never the file): marking stays instant on a slow disk
                conn.execute("PRAGMA synchronous=NORMAL")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise VocabularyError(f"{self.path} was written by a newer Duizhao; it is "
                                          "left as it is")
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY,"
                    " status TEXT NOT NULL, traditional TEXT NOT NULL DEFAULT '',"
                    " pinyin TEXT NOT NULL DEFAULT '',"
                    " sentence_simplified TEXT NOT NULL DEFAULT '',"
                    " sentence_traditional TEXT NOT NULL DEFAULT '',"
                    " sentence_english TEXT NOT NULL DEFAULT '',"
                    " word_offset INTEGER NOT NULL DEFAULT -1,"
                    " document TEXT NOT NULL DEFAULT '', marked REAL NOT NULL)")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.commit()
            except (OSError, sqlite3.Error) as error:
                raise self._error(error) from error
            self._conn = conn
        return self._conn

    def _execute(self, sql: str, parameters: tuple[object, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._connect().execute(sql, parameters)
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _commit(self) -> None:
        try:
            self._connect().commit()
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _error(self, error: Exception) -> VocabularyError:
        return VocabularyError(f"Your word list {self.path} cannot be used: {error}")
