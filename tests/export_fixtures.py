"""A small annotated document built straight from the core/document.py dataclasses, so the
exporters can be tested without the annotation pipeline or a translation model."""

from __future__ import annotations

import pypinyin
from opencc import OpenCC

from duizhao.core.document import (
    Document,
    GlossaryEntry,
    Paragraph,
    Script,
    Sentence,
    Source,
    TermHit,
    Token,
)

MEDINSKY = GlossaryEntry("梅金斯基", "梅金斯基", "Vladimir Medinsky", "person", "Méijīnsījī",
                         "aide to the Russian president")
UMEROV = GlossaryEntry("烏梅羅夫", "乌梅罗夫", "Rustem Umerov", "person", "Wūméiluófū",
                       "Ukraine's defence minister")
ISTANBUL = GlossaryEntry("伊斯坦布爾", "伊斯坦布尔", "Istanbul", "place", "Yīsītǎnbù'ěr")
CEASEFIRE = GlossaryEntry("停火", "停火", "ceasefire", "term", "tínghuǒ")
GLOSSARY = (MEDINSKY, UMEROV, ISTANBUL, CEASEFIRE)
MODEL = "argos:translate-zh_en 1.9"

# (sentence, translation, source); paragraphs are separated by a blank line in the text.
PARAGRAPHS: list[list[tuple[str, str | None, str | None]]] = [
    [
        ("歷時3年,梅金斯基和烏梅羅夫重回談判桌前。",
         "After three years, Medinsky and Umerov returned to the negotiating table.", MODEL),
        ("雙方在伊斯坦布爾進行了對話。", "the two side in Istanbul carry out dialogue", "gloss"),
    ],
    [
        ("梅金斯基表示,停火談判並非越快越好。",
         "Medinsky said ceasefire talks are not better the faster they go.", "user"),
        ("烏梅羅夫沒有回應。", None, None),
    ],
]

_T2S = OpenCC("t2s")


def _tokens(sentence: str, offset: int) -> list[Token]:
    """One token per term or other character, its reading in the canonical form."""
    tokens: list[Token] = []
    position = 0
    forms = sorted((f for e in GLOSSARY for f in e.forms()), key=len, reverse=True)
    while position < len(sentence):
        word = next((f for f in forms if sentence.startswith(f, position)), sentence[position])
        pinyin = " ".join(pypinyin.lazy_pinyin(word, style=pypinyin.Style.TONE3, v_to_u=True,
                                               neutral_tone_with_five=True))
        tokens.append(Token(offset + position, offset + position + len(word), word,
                            _T2S.convert(word), pinyin))
        position += len(word)
    return tokens


def _terms(sentence: str, offset: int, glossary: tuple[GlossaryEntry, ...]) -> list[TermHit]:
    hits = []
    for entry in glossary:
        for form in entry.forms():
            start = sentence.find(form)
            while start >= 0:
                hits.append(TermHit(offset + start, offset + start + len(form), form, entry))
                start = sentence.find(form, start + len(form))
    return sorted(hits, key=lambda h: h.start)


def build_document(
    paragraphs: list[list[tuple[str, str | None, str | None]]] | None = None,
    glossary: tuple[GlossaryEntry, ...] = GLOSSARY,
    path: str | None = "/docs/talks.txt",
) -> Document:
    paragraphs = PARAGRAPHS if paragraphs is None else paragraphs
    text_parts: list[str] = []
    built: list[Paragraph] = []
    offset = 0
    number = 0
    for index, rows in enumerate(paragraphs):
        if index:
            text_parts.append("\n\n")
            offset += 2
        sentences = []
        paragraph_start = offset
        for original, translation, source in rows:
            sentences.append(Sentence(
                id=number, start=offset, end=offset + len(original), original=original,
                simplified=_T2S.convert(original), traditional=original,
                tokens=_tokens(original, offset), terms=_terms(original, offset, glossary),
                translation=translation, translation_source=source))
            number += 1
            text_parts.append(original)
            offset += len(original)
        built.append(Paragraph(paragraph_start, offset, sentences))
    return Document(Source(path, "utf-8", Script.TRADITIONAL), "".join(text_parts), built)


HOSTILE_NOTE = '<script>alert("note")</script> & <b>bold</b>'
HOSTILE_SENTENCE = '烏梅羅夫說<script>alert("x")</script> & <img src=x onerror=alert(1)>。'


def build_hostile_document() -> Document:
    """User text that must show literally: markup, an ampersand, XML-invalid control chars."""
    entry = GlossaryEntry("烏梅羅夫", "乌梅罗夫", 'Umerov <img src=x onerror=alert(2)> & co',
                          "person", "Wūméiluófū", HOSTILE_NOTE)
    rows = [[(HOSTILE_SENTENCE, 'He said <script>alert("y")</script> & left\x0b\x01.', "user"),
             ("停火\x07了。", "Fire <stopped> & \"done\"", MODEL)]]
    return build_document(rows, glossary=(entry, CEASEFIRE), path="/docs/<evil>&.txt")
