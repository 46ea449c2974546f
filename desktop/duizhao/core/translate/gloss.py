"""The fallback when no model is installed: a word-by-word gloss, not a translation.

Each word becomes its glossary English or the first plain CC-CEDICT sense; grammatical
particles whose only sense is a usage note ("(completed action marker)") are left out, and a
word the dictionary does not know keeps its pinyin. The result is marked
``translation_source = "gloss"`` so nobody mistakes it for a translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from duizhao.core.document import GLOSS_SOURCE, Sentence, TermHit, Token
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.text.han import HAN_CLASS, has_han, is_han
from duizhao.core.translate.terms import term_english

SOURCE = GLOSS_SOURCE
_SKIP_PREFIXES = ("surname ", "cl:", "variant of", "old variant", "see ", "used in",
                  "abbr. for", "japanese variant", "erhua variant", "also written",
                  "also pr.", "(old)", "archaic variant")
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_REFERENCES = re.compile(rf"[^\s,;]*[{HAN_CLASS}][^\s,;]*|\[[^\]]*\]")  # "瀋陽市|沈阳市", "[ge4]"
_DATE_UNITS = {"年": "year", "月": "month", "日": "day", "號": "day", "号": "day"}
_PUNCTUATION = str.maketrans({
    "，": ",", "、": ",", "。": ".", "！": "!", "？": "?", "；": ";", "：": ":",
    "「": "“", "」": "”", "『": "‘", "』": "’", "《": "“", "》": "”", "〈": "‘", "〉": "’",
    "（": "(", "）": ")", "…": "...", "—": "-",
    "·": "-", "～": "~", "【": "[", "】": "]",
})
_NO_SPACE_BEFORE = set(",.!?;:)]%”’")
_NO_SPACE_AFTER = set("([“‘")
_MAX_WORD = 8


def pick_definition(definitions: Iterable[str]) -> str | None:
    """The first plain sense, shortened; ``""`` for a particle; ``None`` when none is usable."""
    seen_any = False
    for definition in definitions:
        text = definition.strip()
        if not text or text.lower().startswith(_SKIP_PREFIXES):
            continue
        seen_any = True
        plain = _PARENS.sub(" ", _REFERENCES.sub(" ", text)).strip()
        plain = re.sub(r"\s+", " ", plain.split(";")[0])
        plain = re.sub(r" ([,;])", r"\1", plain).strip(" ,")
        if plain:
            return plain
    return "" if seen_any else None


def _lookup(word: str) -> list[str]:
    """CC-CEDICT senses of ``word``. A proper name goes after the common word when the word is
    longer than one character (和平: "peace", not the Heping district) or the name is just a
    surname (和: "and", not "surname He"); 俄 stays "Russia"."""
    from duizhao.core.language.dictionary import Dictionary, DictionaryEntry

    entries = Dictionary.bundled().lookup(word)

    def demoted(entry: DictionaryEntry) -> bool:
        return entry.is_proper_name and (len(word) > 1 or any(
            d.lower().startswith("surname") for d in entry.definitions[:1]))

    ordered = [e for e in entries if not demoted(e)] + [e for e in entries if demoted(e)]
    return [d for entry in ordered for d in entry.definitions]


def _gloss_unknown(text: str, pinyin: str) -> list[str]:
    """A word without definitions: try it character by character, else its pinyin."""
    if not has_han(text):
        return [text.translate(_PUNCTUATION)]
    words = []
    for ch in text:
        if not is_han(ch):
            words.append(ch.translate(_PUNCTUATION))
            continue
        sense = pick_definition(_lookup(ch))
        if sense is None:
            return [pinyin_style.word(pinyin, PinyinStyle.MARKS) or text]
        if sense:
            words.append(sense)
    return words


def _gloss_token(token: Token) -> list[str]:
    text = token.text.strip()
    if not text:
        return []
    if not has_han(text):
        return [text.translate(_PUNCTUATION)]
    sense = pick_definition(_lookup(text) or _lookup(token.simplified) or token.definitions)
    if sense is None:
        return _gloss_unknown(text, token.pinyin)
    return [sense] if sense else []


def _tokens_from_dictionary(sentence: Sentence) -> list[Token]:
    """Greedy longest-match words when the pipeline gave no tokens."""
    tokens = []
    text = sentence.original
    i = 0
    while i < len(text):
        length = 1
        for size in range(min(_MAX_WORD, len(text) - i), 1, -1):
            if _lookup(text[i:i + size]):
                length = size
                break
        word = text[i:i + length]
        start = sentence.start + i
        tokens.append(Token(start, start + length, word, word, ""))
        i += length
    return tokens


def gloss_with_links(sentence: Sentence) -> tuple[str, list[tuple[int, int, int]]]:
    """The gloss and its word links ``(token index, start, end)``: exact, since each piece of
    English is made from one word (a glossary name from every word it covers)."""
    tokens = sentence.tokens or _tokens_from_dictionary(sentence)
    terms: list[TermHit] = sorted(sentence.terms, key=lambda hit: hit.start)
    words: list[tuple[str, list[int]]] = []  # English, the tokens it comes from
    done_terms: dict[int, list[int]] = {}
    previous = ""
    for index, token in enumerate(tokens):
        after_number, previous = previous[-1:].isdigit(), token.text
        if after_number and token.text in _DATE_UNITS:  # 5月16日: month, day — not moon, sun
            words.append((_DATE_UNITS[token.text], [index]))
            continue
        term_index = next((n for n, hit in enumerate(terms)
                           if hit.start < token.end and token.start < hit.end), None)
        if term_index is not None:
            if term_index not in done_terms:
                done_terms[term_index] = [index]
                words.append((term_english(terms[term_index].entry) or terms[term_index].text,
                              done_terms[term_index]))
            else:
                done_terms[term_index].append(index)  # the name's English covers this word too
            continue
        words.extend((word, [index]) for word in _gloss_token(token))
    if not sentence.tokens:  # the words were made here: no token of the sentence to link
        words = [(word, []) for word, _ in words]
    return _join(words)


def _join(words: list[tuple[str, list[int]]]) -> tuple[str, list[tuple[int, int, int]]]:
    out = ""
    links: list[tuple[int, int, int]] = []
    for word, sources in words:
        word = word.strip()
        if not word:
            continue
        if out and word[0] not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        start = len(out)
        out += word
        if any(ch.isalnum() for ch in word):
            links += [(index, start, len(out)) for index in sources]
    return out, sorted(links, key=lambda link: (link[1], link[0]))
