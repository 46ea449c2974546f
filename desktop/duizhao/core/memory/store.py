"""The personal translation memory: Chinese→English sentence pairs in SQLite.

It lives in the user data folder (it is the user's work, not a cache). Every pair has the
:func:`match_key` of its Chinese, so an exact lookup is one indexed query per 500 sentences;
fuzzy suggestions are in :mod:`duizhao.core.memory.fuzzy`. Thread-safe: one connection behind
a lock (the window looks up from its translation worker and stores from the GUI thread).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from duizhao.core.errors import DuizhaoError
from duizhao.core.memory.normalise import match_key
from duizhao.core.storage import paths

FILE_NAME = "memory.sqlite3"
SCHEMA_VERSION = 1
PERSON = "user"  # origin of pairs a person wrote or reviewed in Duizhao


def default_memory_path() -> Path:
    return paths.data_dir() / FILE_NAME


@dataclass(frozen=True)
class Unit:
    source: str  # the Chinese as written
    target: str  # the English
    source_lang: str = "zh"
    target_lang: str = "en"
    origin: str = PERSON  # "user", or "tmx:<file name>" for imported units
    changed: str = ""  # ISO 8601 UTC
    # what the sentence was, when exported with machine translations included ("argos:...")
    translation_source: str = ""


@dataclass(frozen=True)
class Stats:
    units: int
    languages: list[tuple[str, str, int]]  # (source language, target language, units)
    last_import: str | None  # "<file> (<n> units, <when>)"


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class TranslationMemory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_memory_path()
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self.generation = 0  # bumped on every change (fuzzy matching keeps its keys by it)

    # -- connection ----------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._conn = self._open()
            except (sqlite3.Error, OSError) as error:
                # the user's work: never replaced behind their back
                raise DuizhaoError(f"{self.path}: the translation memory cannot be opened "
                                   f"({error}); move it away to start a new one.") from None
        return self._conn

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS units ("
            " id INTEGER PRIMARY KEY, key TEXT NOT NULL, source TEXT NOT NULL,"
            " target TEXT NOT NULL, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,"
            " origin TEXT NOT NULL, changed TEXT NOT NULL,"
            " translation_source TEXT NOT NULL DEFAULT '', UNIQUE (key, target))")
        # UNIQUE (key, target) is an index whose first column is the key: lookups use it
        conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.commit()
        return conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- writing -------------------------------------------------------------------------------
    def remember(self, source: str, target: str) -> None:
        """A pair a person wrote or reviewed; it replaces the person's earlier English for the
        same sentence (a corrected typo is not a second translation)."""
        source, target = source.strip(), target.strip()
        if not source or not target:
            return
        key = match_key(source)
        with self._lock:
            conn = self._connect()
            conn.execute("DELETE FROM units WHERE key = ? AND origin = ? AND target != ?",
                         (key, PERSON, target))
            self._upsert(conn, [(key, Unit(source, target, changed=now()))])
            conn.commit()
            self.generation += 1

    def forget(self, source: str, target: str) -> None:
        """A person's pair taken back (an edit undone); imported units stay."""
        with self._lock:
            conn = self._connect()
            conn.execute("DELETE FROM units WHERE key = ? AND origin = ? AND target = ?",
                         (match_key(source.strip()), PERSON, target.strip()))
            conn.commit()
            self.generation += 1

    def add_units(self, units: Iterable[Unit], *, origin: str = "",
                  batch: int = 5000) -> int:
        """Store units (an import); a pair already there is only dated again. Returns the
        number given. One transaction: a failed import adds nothing."""
        count = 0
        with self._lock:
            conn = self._connect()
            try:
                rows: list[tuple[str, Unit]] = []
                for unit in units:
                    rows.append((match_key(unit.source), unit))
                    if len(rows) >= batch:
                        self._upsert(conn, rows, origin)
                        count += len(rows)
                        rows = []
                self._upsert(conn, rows, origin)
                count += len(rows)
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            self.generation += 1
        return count

    @staticmethod
    def _upsert(conn: sqlite3.Connection, rows: list[tuple[str, Unit]], origin: str = "") -> None:
        stamp = now()
        conn.executemany(
            "INSERT INTO units (key, source, target, source_lang, target_lang, origin, changed,"
            " translation_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key, target) DO UPDATE SET changed = excluded.changed,"
            " origin = excluded.origin",
            [(key, u.source, u.target, u.source_lang, u.target_lang, origin or u.origin,
              u.changed or stamp, u.translation_source) for key, u in rows])

    def note_import(self, name: str, count: int) -> None:
        with self._lock:
            conn = self._connect()
            conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('last_import', ?)",
                         (f"{name} ({count} units, {now()})",))
            conn.commit()

    # -- reading -------------------------------------------------------------------------------
    def exact(self, sources: Iterable[str]) -> dict[str, str]:
        """source → English for every source with a unit of the same key (the newest one)."""
        by_key: dict[str, list[str]] = {}
        for source in sources:
            by_key.setdefault(match_key(source), []).append(source)
        keys = [k for k in by_key if k]
        found: dict[str, str] = {}
        with self._lock:
            conn = self._connect()
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                marks = ",".join("?" * len(chunk))
                # ascending by date: the newest unit of a key is written last and wins
                for key, target in conn.execute(
                        f"SELECT key, target FROM units WHERE key IN ({marks})"
                        " ORDER BY changed, id", chunk):
                    for source in by_key[key]:
                        found[source] = target
        return found

    def units_for_keys(self, keys: Iterable[str]) -> dict[str, list[Unit]]:
        wanted = list(dict.fromkeys(keys))
        result: dict[str, list[Unit]] = {}
        with self._lock:
            conn = self._connect()
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(
                        "SELECT key, source, target, source_lang, target_lang, origin, changed,"
                        f" translation_source FROM units WHERE key IN ({marks})"
                        " ORDER BY changed DESC, id DESC", chunk):
                    result.setdefault(row[0], []).append(Unit(*row[1:]))
        return result

    def keys(self) -> list[str]:
        with self._lock:
            return [k for (k,) in self._connect().execute("SELECT DISTINCT key FROM units")]

    def units(self) -> Iterator[Unit]:
        with self._lock:
            rows = self._connect().execute(
                "SELECT source, target, source_lang, target_lang, origin, changed,"
                " translation_source FROM units ORDER BY id").fetchall()
        for row in rows:
            yield Unit(*row)

    def stats(self) -> Stats:
        with self._lock:
            conn = self._connect()
            count = int(conn.execute("SELECT COUNT(*) FROM units").fetchone()[0])
            languages = [(str(s), str(t), int(n)) for s, t, n in conn.execute(
                "SELECT source_lang, target_lang, COUNT(*) FROM units"
                " GROUP BY source_lang, target_lang ORDER BY COUNT(*) DESC")]
            row = conn.execute("SELECT value FROM meta WHERE name = 'last_import'").fetchone()
        return Stats(count, languages, row[0] if row else None)


_shared: TranslationMemory | None = None
_shared_lock = threading.Lock()


def shared_memory() -> TranslationMemory:
    """The memory in the user data folder as it is now (tests move that folder)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.path != default_memory_path():
            if _shared is not None:
                _shared.close()
            _shared = TranslationMemory()
        return _shared


def close_shared_memory() -> None:
    """Close the shared memory's connection (it reopens when next used). Closing the last
    connection folds SQLite's write-ahead log back into the file, which is then all there is
    (no ``-wal``/``-shm`` files beside it)."""
    with _shared_lock:
        if _shared is not None:
            _shared.close()
