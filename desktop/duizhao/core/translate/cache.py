"""A disk cache of translations (SQLite in the user cache folder).

Keyed by model (name and version), the exact source sentence, and the settings that change the
result (the text actually given to the model after term protection, beam size), so a document
opened or exported again is not re-translated, and a new model or glossary is never served an
old answer. The cache is re-creatable: a damaged cache file is replaced, never an error; a cache
that cannot be used at all is left alone and translation goes on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from duizhao.core.storage import paths
from duizhao.core.translate.alignment import Link

SCHEMA_VERSION = 3  # 2: word links from the attention; 3: the other hypotheses too
FILE_NAME = "translations.sqlite3"


@dataclass(frozen=True)
class Cached:
    translation: str
    links: list[Link] = field(default_factory=list)  # from the attention
    alternatives: list[str] = field(default_factory=list)  # the model's other hypotheses


def default_cache_path() -> Path:
    return paths.cache_dir() / FILE_NAME


def cache_key(model: str, source: str, variant: str) -> str:
    """One key for (model label, exact source sentence, settings/model input)."""
    digest = hashlib.sha256()
    for part in (model, source, variant):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))  # length-prefixed: no ambiguous joins
        digest.update(data)
    return digest.hexdigest()


class TranslationCache:
    """Thread-safe: one connection guarded by a lock (SQLite work here is tiny).

    A cache that cannot be opened, read or written (its path is a folder, its folder is
    read-only, the disk is full) is switched off for the rest of the run; ``problem`` says why
    and ``take_problem`` hands that line out once, so the user is told without being nagged.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.problem: str | None = None
        self._problem_told = False

    def _connect(self) -> sqlite3.Connection:
        if self.problem is not None:
            raise _Unavailable
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._conn = self._open()
            except sqlite3.OperationalError:
                raise  # cannot open (a folder, no permission): not ours to delete
            except sqlite3.DatabaseError:  # not a database any more: start afresh
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        try:
            self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            conn.execute("DROP TABLE IF EXISTS translations")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS translations ("
            " key TEXT PRIMARY KEY, model TEXT NOT NULL, source TEXT NOT NULL,"
            " translation TEXT NOT NULL, links TEXT NOT NULL DEFAULT '[]',"
            " alternatives TEXT NOT NULL DEFAULT '[]')")
        conn.commit()

    def _switch_off(self, error: BaseException) -> None:
        """Called with the lock held: no more tries this run, one line saying why."""
        if self.problem is None and not isinstance(error, _Unavailable):
            if self.path.is_dir():
                detail = "it is a folder"
            elif isinstance(error, OSError):
                detail = error.strerror or str(error)
            else:
                detail = str(error)
            self.problem = (f"The translation cache {self.path} cannot be used ({detail}); "
                            "translating without it.")
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def take_problem(self) -> str | None:
        """``problem`` the first time it is asked for, then None."""
        with self._lock:
            if self.problem is None or self._problem_told:
                return None
            self._problem_told = True
            return self.problem

    def get_many(self, keys: Iterable[str]) -> dict[str, Cached]:
        """The translation, attention links and other hypotheses stored for each key found."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Cached] = {}
        with self._lock:
            try:
                conn = self._connect()
                for i in range(0, len(wanted), 500):
                    chunk = wanted[i:i + 500]
                    marks = ",".join("?" * len(chunk))
                    for key, translation, links, alternatives in conn.execute(
                            "SELECT key, translation, links, alternatives FROM translations"
                            f" WHERE key IN ({marks})", chunk):
                        found[key] = Cached(translation, _links(links), _strings(alternatives))
            except _FAILURES as error:
                self._switch_off(error)
                return {}  # a cache that cannot be read is an empty cache
        return found

    def put_many(self, rows: Iterable[tuple[str, str, str, Cached]]) -> None:
        """Store (key, model, source, what the model gave) rows."""
        values = [(key, model, source, cached.translation, json.dumps(cached.links),
                   json.dumps(cached.alternatives, ensure_ascii=False))
                  for key, model, source, cached in rows]
        if not values:
            return
        with self._lock:
            try:
                conn = self._connect()
                conn.executemany(
                    "INSERT OR REPLACE INTO translations"
                    " (key, model, source, translation, links, alternatives)"
                    " VALUES (?, ?, ?, ?, ?, ?)", values)
                conn.commit()
            except _FAILURES as error:
                self._switch_off(error)  # failing to cache must never fail a translation

    def count(self) -> int:
        with self._lock:
            try:
                return int(self._connect().execute(
                    "SELECT COUNT(*) FROM translations").fetchone()[0])
            except _FAILURES as error:
                self._switch_off(error)
                return 0

    def clear(self, model: str | None = None) -> None:
        with self._lock:
            try:
                conn = self._connect()
                if model is None:
                    conn.execute("DELETE FROM translations")
                else:
                    conn.execute("DELETE FROM translations WHERE model = ?", (model,))
                conn.commit()
            except _FAILURES as error:
                self._switch_off(error)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class _Unavailable(Exception):
    """The cache was switched off earlier in this run."""


_FAILURES = (sqlite3.Error, OSError, _Unavailable)


def _links(stored: str) -> list[Link]:
    """Links as stored; anything malformed counts as none (the cache is re-creatable)."""
    try:
        data = json.loads(stored)
        return [(int(k), int(s), int(e)) for k, s, e in data]
    except (ValueError, TypeError):
        return []


def _strings(stored: str) -> list[str]:
    try:
        value = json.loads(stored)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
