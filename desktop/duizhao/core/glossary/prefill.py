"""A new glossary entry prefilled from a selection or a dictionary word: both scripts,
pinyin and the CC-CEDICT gloss, so adding a name is one confirmation."""

from __future__ import annotations

import re

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.formats.common import entry_from_form


def prefill_entry(text: str, *, dictionary: object | None = None,
                  category: str | None = None) -> GlossaryEntry:
    """An entry for ``text`` (either script). Raises ValueError when it has no characters.

    ``dictionary`` defaults to the bundled CC-CEDICT. A word CC-CEDICT spells as a proper
    name, or a run the name suggester would propose, becomes a person; others a term.
    """
    from duizhao.core.language.dictionary import Dictionary
    from duizhao.core.language.pinyin import PinyinReader
    from duizhao.core.language.pinyin_style import PinyinStyle
    from duizhao.core.language.pinyin_style import word as styled

    word = text.strip()
    if not word:
        raise ValueError("nothing selected")
    cedict = dictionary if isinstance(dictionary, Dictionary) else Dictionary.bundled()
    found = cedict.lookup(word)
    if found:
        first = found[0]
        is_name = first.is_proper_name
        english = first.definitions[0] if first.definitions else ""
        guess = _category(first.definitions) if is_name else "term"
        reader = PinyinReader(dictionary=cedict)
        pinyin = styled(reader.read_word(first.simplified, is_name=is_name), PinyinStyle.MARKS)
        return GlossaryEntry(first.traditional, first.simplified, english,
                             category or guess, pinyin, "")
    base = entry_from_form(word)
    from duizhao.core.glossary.name_suggest import looks_like_name

    is_name = looks_like_name(base.traditional) or looks_like_name(base.simplified)
    reading = PinyinReader(dictionary=cedict).read_word(base.simplified, is_name=is_name)
    pinyin = styled(reading, PinyinStyle.MARKS)  # a glossary's pinyin is written in tone marks
    return GlossaryEntry(base.traditional, base.simplified, "",
                         category or ("person" if is_name else "term"), pinyin, "")


_PERSON = re.compile(r"person name|surname|\bpresident\b|\bminister\b|\bemperor\b", re.I)
_PLACE = re.compile(r"\b(city|province|county|country|river|mountain|capital|island|state|"
                    r"region|district|prefecture|lake|sea|port|oblast|republic|kingdom)\b"
                    r"|^[A-Z][\w-]+, [A-Z][\w ]+$")
_ORGANISATION = re.compile(r"\b(university|company|party|association|council|committee|"
                           r"agency|bank|newspaper|institute|ministry|corporation|"
                           r"organi[sz]ation)\b", re.I)


def _category(definitions: list[str]) -> str:
    """A proper name's category from its CC-CEDICT gloss ("Istanbul, Turkey" is a place)."""
    gloss = " / ".join(definitions)
    for pattern, category in ((_PERSON, "person"), (_ORGANISATION, "organisation")):
        if pattern.search(gloss):
            return category
    if any(_PLACE.search(d) for d in definitions):
        return "place"
    return "custom"
