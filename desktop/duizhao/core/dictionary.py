"""The bundled CC-CEDICT: lookup by Traditional or Simplified form.

The data is ``resources/cedict.tsv.gz`` (built by ``python -m duizhao.core.cedict_build``):
one entry a line, ``traditional<TAB>simplified<TAB>numbered pinyin<TAB>definitions joined by
/``, after CC-CEDICT's own licence header (CC BY-SA 4.0, kept verbatim as ``#`` lines).

Loading only indexes the raw lines by written form; an entry is parsed (and its pinyin turned
into tone marks) when somebody looks it up, which keeps opening the dictionary cheap.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from duizhao.core.pinyin_format import numbers_to_marks

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

    def to_dict(self) -> dict[str, object]:
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "definitions": list(self.definitions),
        }


class Dictionary:
    """CC-CEDICT indexed by both written forms. ``Dictionary.bundled()`` is the shared copy."""

    def __init__(self, lines: Iterable[str], header: list[str] | None = None) -> None:
        # word -> its line, or its lines when several entries share the form; one loop with
        # no per-word list is what makes loading ~119,000 entries take a tenth of a second
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
        self._index = index
        self.header = header or []

    @classmethod
    def from_text(cls, text: str) -> Dictionary:
        lines = text.split("\n")
        header = [line for line in lines[:200] if line.startswith("#")]
        return cls(lines, header)

    @staticmethod
    def bundled() -> Dictionary:
        """The dictionary shipped in ``duizhao.resources``, loaded once per process."""
        return _bundled()

    def lookup(self, word: str) -> list[DictionaryEntry]:
        """Every entry written ``word`` in either script, in CC-CEDICT's order."""
        found = self._index.get(word)
        if found is None:
            return []
        if isinstance(found, str):
            return [_parse(found)]
        return [_parse(line) for line in found]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._index

    def __len__(self) -> int:
        return len(self._index)

    def words(self) -> Iterator[str]:
        """Every written form (Traditional and Simplified)."""
        return iter(self._index)

    @property
    def attribution(self) -> str:
        """CC-CEDICT's licence and credits, for the About box and exports."""
        return "\n".join(line.lstrip("# ").rstrip() for line in self.header
                         if not line.startswith("#!"))


_lock = threading.Lock()
_instance: Dictionary | None = None


def _bundled() -> Dictionary:
    global _instance
    with _lock:  # the window may warm it up in a worker while the pipeline asks for it
        if _instance is None:
            data = resources.files("duizhao.resources").joinpath(RESOURCE).read_bytes()
            _instance = Dictionary.from_text(gzip.decompress(data).decode("utf-8"))
        return _instance


@lru_cache(maxsize=65536)
def _parse(line: str) -> DictionaryEntry:
    traditional, simplified, pinyin, definitions = line.split("\t")
    return DictionaryEntry(
        traditional=traditional,
        simplified=simplified,
        pinyin=numbers_to_marks(pinyin),
        definitions=[d for d in definitions.split("/") if d],
        pinyin_numbers=pinyin,
    )
