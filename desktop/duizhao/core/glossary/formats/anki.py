"""Anki deck export (``.apkg``, written with genanki): one note per entry, two cards each
(characters → meaning, meaning → characters). Export only: a deck is not a glossary to edit.

Model and deck ids are fixed (the deck's is derived from its name), and each note's GUID from
its two forms, so importing a newer export updates the cards already being learnt instead of
duplicating them. Fields are HTML in Anki: every value is escaped, so a note stays plain text.
"""

from __future__ import annotations

import html
import io
import zlib
from collections.abc import Iterable

import genanki

from duizhao.core.document import GlossaryEntry
from duizhao.core.glossary.formats.common import xml_safe

NAME = "Anki deck"
EXTENSIONS = (".apkg",)
CAN_READ = False

_MODEL_ID = 1_607_392_319  # fixed forever: Anki identifies the note type by it
_DECK_BASE = 1_805_000_000

_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.hanzi { font-size: 48px; font-family: "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif; }
.pinyin { color: #1f5fa8; } .note { font-size: 16px; color: #555; }"""

_MODEL = genanki.Model(
    _MODEL_ID,
    "Duizhao glossary entry",
    fields=[{"name": name} for name in
            ("Characters", "Traditional", "Simplified", "Pinyin", "English", "Category", "Note")],
    templates=[
        {
            "name": "Characters → English",
            "qfmt": '<div class="hanzi">{{Characters}}</div>',
            "afmt": '{{FrontSide}}<hr id="answer"><div class="pinyin">{{Pinyin}}</div>'
                    '<div>{{English}}</div>{{#Note}}<div class="note">{{Note}}</div>{{/Note}}',
        },
        {
            "name": "English → Characters",
            "qfmt": "<div>{{English}}</div>",
            "afmt": '{{FrontSide}}<hr id="answer"><div class="hanzi">{{Characters}}</div>'
                    '<div class="pinyin">{{Pinyin}}</div>'
                    '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}',
        },
    ],
    css=_CSS,
)


def _field(value: str) -> str:
    # Anki stores a note's fields joined by U+001F: one inside a field would split it.
    return html.escape(xml_safe(value)).replace("\n", "<br>")


def dump(entries: Iterable[GlossaryEntry], title: str = "") -> bytes:
    name = f"Duizhao glossary: {title}" if title else "Duizhao glossary"
    deck = genanki.Deck(_DECK_BASE + zlib.crc32(name.encode("utf-8")) % 100_000_000, name)
    for entry in entries:
        characters = entry.traditional if entry.traditional == entry.simplified else \
            f"{entry.traditional} · {entry.simplified}"
        deck.add_note(genanki.Note(
            model=_MODEL,
            fields=[_field(v) for v in (characters, entry.traditional, entry.simplified,
                                        entry.pinyin, entry.english, entry.category,
                                        entry.note)],
            guid=genanki.guid_for(entry.traditional, entry.simplified),
            tags=[xml_safe(entry.category).replace(" ", "_")] if entry.category else [],
        ))
    buffer = io.BytesIO()
    genanki.Package(deck).write_to_file(buffer)
    return buffer.getvalue()
