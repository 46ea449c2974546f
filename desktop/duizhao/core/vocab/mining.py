"""Words mined with their sentence: every word marked "learning" as a card, written as an Anki
deck (genanki) or CSV.

A card carries the word in both scripts, its pinyin, CC-CEDICT gloss and HSK level, the sentence
it was marked in (both scripts, the word in bold) and that sentence's English. The deck has two
note types: a word note (word → pinyin, gloss and sentence) and a cloze note of the sentence.
Model and deck ids are fixed and each note's GUID comes from the word, so importing a later
export updates the cards already being learnt instead of adding them again.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import genanki

from duizhao.core.errors import VocabularyError
from duizhao.core.language.convert import ScriptConverter
from duizhao.core.language.dictionary import Dictionary
from duizhao.core.storage.atomic import atomic_write_bytes
from duizhao.core.vocab.known import LearningWord
from duizhao.core.vocab.levels import WordLevels, level_label

DECK_ID = 1_805_913_407  # fixed forever: Anki finds the deck of an earlier import by it
DECK_NAME = "Duizhao: words mined"
_WORD_MODEL_ID = 1_607_392_411
_CLOZE_MODEL_ID = 1_607_392_412

CSV_COLUMNS = ("simplified", "traditional", "pinyin", "gloss", "hsk", "sentence_simplified",
               "sentence_traditional", "sentence_english", "cloze")

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center; }
.hanzi { font-size: 44px; font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; }
.sentence { font-size: 26px; font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; }
.pinyin { color: #1f5fa8; } .english, .level { font-size: 16px; color: #555; }"""

_WORD_FIELDS = ("Simplified", "Traditional", "Pinyin", "Gloss", "Level", "Sentence",
                "SentenceTraditional", "English")

_WORD_MODEL = genanki.Model(
    _WORD_MODEL_ID,
    "Duizhao mined word",
    fields=[{"name": name} for name in _WORD_FIELDS],
    templates=[{
        "name": "Word → meaning",
        "qfmt": '<div class="hanzi">{{Simplified}}</div><div class="sentence">{{Sentence}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="hanzi">{{Traditional}}</div>'
                '<div class="pinyin">{{Pinyin}}</div><div>{{Gloss}}</div>'
                '<div class="level">HSK {{Level}}</div>'
                '<div class="sentence">{{SentenceTraditional}}</div>'
                '<div class="english">{{English}}</div>',
    }],
    css=_CSS,
)

_CLOZE_MODEL = genanki.Model(
    _CLOZE_MODEL_ID,
    "Duizhao mined sentence (cloze)",
    fields=[{"name": "Text"}, {"name": "English"}, {"name": "Word"}],
    templates=[{
        "name": "Cloze",
        "qfmt": '<div class="sentence">{{cloze:Text}}</div><div class="english">{{English}}</div>',
        "afmt": '<div class="sentence">{{cloze:Text}}</div><div class="english">{{English}}</div>'
                '<hr id="answer"><div>{{Word}}</div>',
    }],
    css=_CSS,
    model_type=genanki.Model.CLOZE,
)


@dataclass(frozen=True)
class MinedCard:
    simplified: str
    traditional: str
    pinyin: str
    gloss: str
    hsk: int | None
    sentence_simplified: str  # HTML: escaped, the word in <b>
    sentence_traditional: str  # HTML: escaped, the word in <b>
    sentence_english: str
    cloze: str  # HTML: the sentence with {{c1::word::pinyin}}

    def csv_row(self) -> list[str]:
        return [self.simplified, self.traditional, self.pinyin, self.gloss,
                level_label(self.hsk), self.sentence_simplified, self.sentence_traditional,
                self.sentence_english, self.cloze]


def mined_cards(words: Iterable[LearningWord], levels: WordLevels | None = None,
                dictionary: Dictionary | None = None) -> list[MinedCard]:
    levels = levels or WordLevels()
    dictionary = dictionary or Dictionary.bundled()
    converter = ScriptConverter("s2t")
    cards = []
    for learning in words:
        word, context = learning.word, learning.context
        entries = dictionary.lookup(word)
        traditional = context.traditional or (entries[0].traditional if entries
                                              else converter.to_traditional(word))
        pinyin = context.pinyin or (entries[0].pinyin if entries else "")
        gloss = "; ".join(d for e in entries for d in e.definitions)
        offset = _offset(context.sentence_simplified, word, context.offset)
        cards.append(MinedCard(
            word, traditional, pinyin, gloss, levels.level(word, traditional),
            _highlight(context.sentence_simplified, offset, len(word)),
            _highlight(context.sentence_traditional, offset, len(word)),
            context.sentence_english,
            _cloze(context.sentence_simplified, offset, len(word), pinyin)))
    return cards


def _offset(sentence: str, word: str, stored: int) -> int:
    if stored >= 0 and sentence[stored:stored + len(word)] == word:
        return stored
    return sentence.find(word)


def _highlight(sentence: str, offset: int, length: int) -> str:
    if offset < 0 or offset + length > len(sentence):
        return html.escape(sentence)
    return (html.escape(sentence[:offset]) + "<b>" +
            html.escape(sentence[offset:offset + length]) + "</b>" +
            html.escape(sentence[offset + length:]))


def _cloze(sentence: str, offset: int, length: int, pinyin: str) -> str:
    if offset < 0 or offset + length > len(sentence):
        return ""
    hint = f"::{_cloze_safe(pinyin)}" if pinyin else ""
    return (html.escape(sentence[:offset]) +
            f"{{{{c1::{_cloze_safe(sentence[offset:offset + length])}{hint}}}}}" +
            html.escape(sentence[offset + length:]))


def _cloze_safe(text: str) -> str:
    return html.escape(text).replace("}}", "} }").replace("::", ": :")


def write_csv(cards: list[MinedCard], path: str | Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(card.csv_row() for card in cards)
    _write(path, buffer.getvalue().encode("utf-8"))


def write_apkg(cards: list[MinedCard], path: str | Path) -> None:
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for card in cards:
        level = level_label(card.hsk)
        deck.add_note(genanki.Note(
            model=_WORD_MODEL,
            fields=[html.escape(card.simplified), html.escape(card.traditional),
                    html.escape(card.pinyin), html.escape(card.gloss), level,
                    card.sentence_simplified, card.sentence_traditional,
                    html.escape(card.sentence_english)],
            guid=genanki.guid_for("duizhao-word", card.simplified),
            tags=[f"HSK{level}"] if level else []))
        if card.cloze:
            deck.add_note(genanki.Note(
                model=_CLOZE_MODEL,
                fields=[card.cloze, html.escape(card.sentence_english),
                        html.escape(f"{card.simplified} {card.pinyin} {card.gloss}")],
                guid=genanki.guid_for("duizhao-cloze", card.simplified)))
    buffer = io.BytesIO()
    genanki.Package(deck).write_to_file(buffer)
    _write(path, buffer.getvalue())


def write_cards(cards: list[MinedCard], path: str | Path) -> None:
    """CSV or Anki deck, from the extension."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_csv(cards, path)
    elif suffix == ".apkg":
        write_apkg(cards, path)
    else:
        raise VocabularyError(f"{path}: choose a .apkg (Anki deck) or .csv file name")


def _write(path: str | Path, data: bytes) -> None:
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise VocabularyError(f"{path}: cannot be written ({error.strerror or error})") from None
