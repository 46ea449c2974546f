"""The bundled CC-CEDICT: lookup by Traditional or Simplified form.

The data is ``resources/cedict.tsv.gz`` (built by ``python tools/cedict_build.py``):
one entry a line, ``traditional<TAB>simplified<TAB>numbered pinyin<TAB>definitions joined by
/``, after CC-CEDICT's own licence header (CC BY-SA 4.0, kept verbatim as ``#`` lines).

Loading only indexes the raw lines by written form; an entry is parsed (and its pinyin turned
into tone marks) when somebody looks it up, which keeps opening the dictionary cheap.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from duizhao.core.language.pinyin_style import PinyinStyle, syllable

RESOURCE = "cedict.tsv.gz"


@dataclass(frozen=True)
class DictionaryEntry:
    traditional: str
    simplified: str
    pinyin: str  # tone marks, syllables separated by spaces: "chóng huí"
    definitions: list[str] = field(default_factory=list)
    pinyin_numbers: str = ""  # CC-CEDICT's own spelling: "chong2 hui2"

    @property
    def is_proper_name(self) -> bool:
        """CC-CEDICT writes the pinyin of proper names capitalised (``Pu3 jing1``)."""
        return self.pinyin_numbers[:1].isupper()

    def syllables(self) -> list[str]:
        """CC-CEDICT's syllables in the canonical spelling (``lu:4`` → ``lü4``)."""
        return self.pinyin_numbers.replace("u:", "ü").replace("U:", "Ü").split(" ")

    def to_dict(self) -> dict[str, object]:
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "definitions": list(self.definitions),
        }


class Dictionary:
    """CC-CEDICT indexed by both written forms. ``Dictionary.bundled()`` is the shared copy;
    it reads its data on first use (or :meth:`load`), so asking for it costs nothing."""

    def __init__(self, lines: Iterable[str] = (), header: list[str] | None = None, *,
                 loader: Callable[[], str] | None = None) -> None:
        self.header = header or []
        self._loader = loader
        self._lock = threading.Lock()
        self._data: dict[str, str | list[str]] | None = None if loader else _index(lines)

    @classmethod
    def from_text(cls, text: str) -> Dictionary:
        lines = text.split("\n")
        return cls(lines, _header(lines))

    @staticmethod
    def bundled() -> Dictionary:
        """The dictionary shipped in ``duizhao.resources``, one per process."""
        return _BUNDLED

    @property
    def loaded(self) -> bool:
        return self._data is not None

    def load(self) -> Dictionary:
        """Read and index the data now (e.g. in a worker while the window opens)."""
        self._index_or_load()
        return self

    def _index_or_load(self) -> dict[str, str | list[str]]:
        data = self._data
        if data is None:
            with self._lock:  # a worker may be warming it up while the pipeline asks
                if self._data is None:
                    assert self._loader is not None
                    lines = self._loader().split("\n")
                    self.header = _header(lines)
                    self._data = _index(lines)
                data = self._data
        return data

    def lookup(self, word: str) -> list[DictionaryEntry]:
        """Every entry written ``word`` in either script, in CC-CEDICT's order."""
        found = self._index_or_load().get(word)
        if found is None:
            return []
        if isinstance(found, str):
            return [_parse(found)]
        return [_parse(line) for line in found]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._index_or_load()

    def __len__(self) -> int:
        return len(self._index_or_load())

    def words(self) -> Iterator[str]:
        """Every written form (Traditional and Simplified)."""
        return iter(self._index_or_load())

    @property
    def attribution(self) -> str:
        """CC-CEDICT's licence and credits, for the About box and exports."""
        self._index_or_load()
        return "\n".join(line.lstrip("# ").rstrip() for line in self.header
                         if not line.startswith("#!"))


def _index(lines: Iterable[str]) -> dict[str, str | list[str]]:
    # word -> its line, or its lines when several entries share the form; one loop with no
    # per-word list is what makes indexing ~119,000 entries take a tenth of a second
    index: dict[str, str | list[str]] = {}
    get = index.get
    for line in lines:
        if not line or line[0] == "#":
            continue
        traditional, simplified, _ = line.split("\t", 2)
        forms = (traditional,) if simplified == traditional else (traditional, simplified)
        for form in forms:
            known = get(form)
            if known is None:
                index[form] = line
            elif isinstance(known, str):
                index[form] = [known, line]
            else:
                known.append(line)
    return index


def _header(lines: list[str]) -> list[str]:
    return [line for line in lines[:200] if line.startswith("#")]


def _read_bundled() -> str:
    data = resources.files("duizhao.resources").joinpath(RESOURCE).read_bytes()
    return gzip.decompress(data).decode("utf-8")


_BUNDLED = Dictionary(loader=_read_bundled)


@lru_cache(maxsize=65536)
def _parse(line: str) -> DictionaryEntry:
    traditional, simplified, pinyin, definitions = line.split("\t")
    return DictionaryEntry(
        traditional=traditional,
        simplified=simplified,
        pinyin=_marks(pinyin),
        definitions=[d for d in definitions.split("/") if d],
        pinyin_numbers=pinyin,
    )


def _marks(numbers: str) -> str:
    """``chong2 hui2`` → ``chóng huí`` (the card shows CC-CEDICT's citation tones)."""
    spelt = numbers.replace("u:", "ü").replace("U:", "Ü").split(" ")
    return " ".join(syllable(s, PinyinStyle.MARKS) for s in spelt)
