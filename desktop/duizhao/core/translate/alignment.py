"""Word links between a sentence's Chinese tokens and its English: ``(token index, start, end)``,
``start``/``end`` being offsets into the translation.

Certain links come first: a glossary name and its English, a number and the same number, a
word whose CC-CEDICT senses contain an English word that no other word of the sentence
explains. For a model's translation the rest comes from the decoder's attention over the source
pieces, taken during the same translation call: summed per (English word, Chinese token), linked
where the best token of a word and the best word of a token agree, then grown to neighbouring
pairs either direction proposed (the "grow-diag" heuristic of statistical alignment). Attention
is a weak signal, so such a link is only added where no certain link already explains the word
or the token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from duizhao.core.document import Sentence
from duizhao.core.text.han import has_han
from duizhao.core.text.spans import find_free
from duizhao.core.translate.terms import term_english

Link = tuple[int, int, int]  # token index, start, end (offsets into the translation)

_WORD = re.compile(r"[^\W_]+(?:['’\-.,][^\W_]+)*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SENSE_WORD = re.compile(r"[a-z]+")
# English words too common to say which Chinese word they translate.
_STOP = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
    "your", "not", "no", "one", "sb", "sth", "oneself", "also", "etc", "used",
})


@dataclass(frozen=True)
class AttentionOutput:
    """One hypothesis of the model with what alignment needs from the same call."""

    source_owners: Sequence[int | None]  # per source piece: the token it belongs to
    target_pieces: Sequence[str]  # SentencePiece pieces of the hypothesis (prefix removed)
    attention: Sequence[Sequence[float]]  # [target piece][source piece]


def english_of(sentence: Sentence, token: int) -> list[str]:
    """What the sentence's ``token`` was translated as, in order (empty when not linked)."""
    text = sentence.translation or ""
    spans = sorted({(start, end) for index, start, end in sentence.alignment if index == token})
    return [text[start:end] for start, end in spans if 0 <= start < end <= len(text)]


def english_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of an English text (numbers and hyphenated words count as one)."""
    return [match.span() for match in _WORD.finditer(text)]


def certain_links(sentence: Sentence, translation: str) -> list[Link]:
    """Links that do not depend on the model: glossary names, numbers, dictionary senses."""
    if not translation:
        return []
    links: list[Link] = []
    taken: list[tuple[int, int]] = []

    def claim(start: int, end: int) -> bool:
        if any(a < end and start < b for a, b in taken):
            return False
        taken.append((start, end))
        return True

    for hit in sorted(sentence.terms, key=lambda h: h.start):
        english = term_english(hit.entry)
        found = find_free(translation, english, taken) if english else None
        if found is None or not claim(*found):
            continue
        covered = [i for i, token in enumerate(sentence.tokens)
                   if token.start < hit.end and hit.start < token.end]
        links += [(index, *found) for index in covered]
    linked = {index for index, _, _ in links}
    words = english_words(translation)
    for index, token in enumerate(sentence.tokens):
        number = _number(token.text)
        if index in linked or not number:
            continue
        for start, end in words:
            if _number(translation[start:end]) == number and claim(start, end):
                links.append((index, start, end))
                linked.add(index)
                break
    links += _dictionary_links(sentence, translation, words, linked, claim)
    return sorted(links, key=lambda link: (link[1], link[0]))


def _number(text: str) -> str:
    match = _DIGITS.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return match.group().replace(",", "") if match else ""


def _dictionary_links(sentence: Sentence, translation: str, words: list[tuple[int, int]],
                      linked: set[int],
                      claim: Callable[[int, int], bool]) -> list[Link]:
    """An English word that occurs in the senses of exactly one unlinked Chinese word."""
    senses: dict[str, set[int]] = {}
    for index, token in enumerate(sentence.tokens):
        if index in linked or not has_han(token.text):
            continue
        for word in {w for d in token.definitions for w in _SENSE_WORD.findall(d.lower())}:
            if len(word) > 2 and word not in _STOP:
                senses.setdefault(word, set()).add(index)
    links: list[Link] = []
    for start, end in words:
        owners = senses.get(_stem(translation[start:end].lower()))
        if owners is None:
            owners = senses.get(translation[start:end].lower())
        if owners is None or len(owners) != 1:
            continue
        (index,) = owners
        if index not in linked and claim(start, end):
            links.append((index, start, end))
            linked.add(index)
    return links


def _stem(word: str) -> str:
    """The dictionary form of a regular English inflection (talks → talk, arrived → arrive)."""
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", "e"),
                                ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    return word


def attention_links(output: AttentionOutput, translation: str, tokens: int) -> list[Link]:
    """Links from the decoder's attention (intersection of both argmaxes, grown diagonally)."""
    word_spans = _piece_words(output.target_pieces, translation)
    if not word_spans or not tokens:
        return []
    scores: dict[tuple[int, int], float] = {}
    for row, word in enumerate(_word_of_pieces(output.target_pieces)):
        if word is None or row >= len(output.attention) or word_spans[word] is None:
            continue
        for column, weight in enumerate(output.attention[row]):
            owner = output.source_owners[column] if column < len(output.source_owners) else None
            if owner is not None:
                scores[(word, owner)] = scores.get((word, owner), 0.0) + weight
    if not scores:
        return []
    best_token: dict[int, tuple[float, int]] = {}
    best_word: dict[int, tuple[float, int]] = {}
    for (word, token), score in scores.items():
        if score > best_token.get(word, (-1.0, 0))[0]:
            best_token[word] = (score, token)
        if score > best_word.get(token, (-1.0, 0))[0]:
            best_word[token] = (score, word)
    forward = {(word, token) for word, (_, token) in best_token.items()}
    backward = {(word, token) for token, (_, word) in best_word.items()}
    aligned = forward & backward
    union = forward | backward
    grown = True
    while grown:
        grown = False
        for word, token in sorted(aligned):
            for dw in (-1, 0, 1):
                for dt in (-1, 0, 1):
                    pair = (word + dw, token + dt)
                    if pair in union and pair not in aligned and (
                            all(w != pair[0] for w, _ in aligned)
                            or all(t != pair[1] for _, t in aligned)):
                        aligned.add(pair)
                        grown = True
    links: list[Link] = []
    for word, token in sorted(aligned):
        span = word_spans[word]
        if span is not None:
            links.append((token, *span))
    return sorted(links, key=lambda link: (link[1], link[0]))


def _word_of_pieces(pieces: Sequence[str]) -> list[int | None]:
    """For each piece, the index of the English word it belongs to (None: punctuation)."""
    out: list[int | None] = []
    word = -1
    in_word = False
    for piece in pieces:
        starts_word = piece.startswith("▁")
        text = piece.lstrip("▁")
        if not _WORD.search(text):
            out.append(None)
            in_word = False
            continue
        if starts_word or not in_word:
            word += 1
        in_word = True
        out.append(word)
    return out


def _piece_words(pieces: Sequence[str], translation: str) -> list[tuple[int, int] | None]:
    """Each piece-word found, in order, in the final translation (a restored name may not be)."""
    texts: list[str] = []
    for piece, word in zip(pieces, _word_of_pieces(pieces), strict=True):
        if word is None:
            continue
        if word == len(texts):
            texts.append("")
        texts[word] += piece.lstrip("▁")
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for text in texts:
        index = translation.find(text, cursor)
        if index < 0:
            spans.append(None)
            continue
        spans.append((index, index + len(text)))
        cursor = index + len(text)
    return spans


def merge(certain: list[Link], weak: list[Link]) -> list[Link]:
    """``certain`` links, plus the weak ones whose token and English are both still free."""
    tokens = {link[0] for link in certain}
    spans = [(start, end) for _, start, end in certain]
    extra = [link for link in weak if link[0] not in tokens
             and not any(a < link[2] and link[1] < b for a, b in spans)]
    return sorted(certain + extra, key=lambda link: (link[1], link[0]))


def token_owners(sentence: Sentence, text_length: int, lead: int = 0) -> list[int | None]:
    """For each character of a text in the sentence's other script (same length as the
    original, ``lead`` characters stripped from its start), the token covering it."""
    owners: list[int | None] = [None] * text_length
    if len(sentence.original) - lead < text_length:
        return owners
    for index, token in enumerate(sentence.tokens):
        if not token.text.strip():
            continue
        first = token.start - sentence.start - lead
        for position in range(max(0, first), min(text_length, first + len(token.text))):
            owners[position] = index
    return owners
