"""Glossary names kept true through machine translation: protect, restore, check.

Protect: each glossary term in the sentence is replaced, in the text given to the model, by the
glossary's English (``梅金斯基`` → ``Medinsky``). Argos models are trained on real-world text
that mixes Latin names into Chinese, and copy such a name through instead of transliterating
the Chinese characters their own way.

Restore: models copy names imperfectly — a changed case, a space where SentencePiece split the
word, a lost diacritic (``Turkiye``) — so a near-copy in the output is put back to the
glossary's exact spelling.

Check: the glossary English must then be in the output. The caller tries the model's other
hypotheses when the best one lost a name, and flags the sentence when all of them did.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from duizhao.core.document import GlossaryEntry, Sentence, TermHit
from duizhao.core.text.spans import find_free


def term_english(entry: GlossaryEntry) -> str:
    """The English a translation should contain: the entry's name without its description."""
    return entry.english_head()


@dataclass(frozen=True)
class ProtectedText:
    text: str  # what the model is given
    english: tuple[str, ...]  # the English every translation must contain, in sentence order
    origins: tuple[int, ...] = ()  # per character of ``text``: its index in the unprotected text


def protect(text: str, text_start: int, terms: Sequence[TermHit]) -> ProtectedText:
    """Replace each glossary term in ``text`` by its English.

    ``text`` is the sentence in the script the model reads (it may be the Simplified conversion
    of the original); ``text_start`` is the document offset of the original sentence, so the
    terms' offsets locate them. When the conversion changed the length, the terms are found by
    their written forms instead.
    """
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(terms, key=lambda h: h.start):
        english = term_english(hit.entry)
        if not english:
            continue
        span = _locate(text, text_start, hit, taken)
        if span is None:
            continue
        taken.append(span)
        spans.append((span[0], span[1], english))
    chars: list[tuple[str, int]] = []  # each character with where it stands in ``text``
    cursor = 0
    for start, end, english in sorted(spans):
        chars += [(ch, index) for index, ch in enumerate(text[cursor:start], cursor)]
        chars += [(ch, start) for ch in f" {english} "]  # a name stands for the term it replaces
        cursor = end
    chars += [(ch, index) for index, ch in enumerate(text[cursor:], cursor)]
    kept = [item for n, item in enumerate(chars)
            if not (item[0] == " " and n and chars[n - 1][0] == " ")]
    while kept and kept[0][0].isspace():
        kept.pop(0)
    while kept and kept[-1][0].isspace():
        kept.pop()
    wanted = tuple(dict.fromkeys(english for _, _, english in sorted(spans)))
    return ProtectedText("".join(ch for ch, _ in kept), wanted, tuple(i for _, i in kept))


def _locate(text: str, text_start: int, hit: TermHit,
            taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    forms = {hit.text, *hit.entry.forms()}
    start = hit.start - text_start
    length = hit.end - hit.start
    if start >= 0 and text[start:start + length] in forms:
        return (start, start + length)
    for form in sorted(forms, key=len, reverse=True):  # conversion moved it: find by form
        span = find_free(text, form, taken)
        if span is not None:
            return span
    return None


def _fold(ch: str) -> str:
    """One character, case- and accent-folded, still one character (keeps offsets)."""
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    folded = base.casefold()
    return folded if len(folded) == 1 else base


def _folded(text: str) -> str:
    return "".join(_fold(ch) for ch in text)


def _pattern(english: str) -> re.Pattern[str]:
    """Match ``english`` loosely: any case or accents, with stray spaces or hyphens between
    letters (a SentencePiece split) and any run of spaces or hyphens between words."""
    folded = _folded(english)
    parts: list[str] = []
    for index, ch in enumerate(folded):
        if ch.isspace() or ch == "-":
            if not parts or parts[-1] != r"[\s\-]+":
                parts.append(r"[\s\-]+")
            continue
        parts.append(re.escape(ch))
        following = folded[index + 1:index + 2]
        if following and not (following.isspace() or following == "-"):
            parts.append(r"[ \-]?")
    body = "".join(parts)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)")


def restore(translation: str, english: Sequence[str]) -> str:
    """Put near-copies of the glossary English back to its exact spelling."""
    for name in sorted(set(english), key=len, reverse=True):
        if not name or name in translation:
            continue
        folded = _folded(translation)
        match = _pattern(name).search(folded)
        if match:
            translation = translation[:match.start()] + name + translation[match.end():]
    return translation


def missing(translation: str, english: Sequence[str]) -> list[str]:
    """The glossary English not present in ``translation`` (exactly, after restore)."""
    return [name for name in dict.fromkeys(english) if name and name not in translation]


@dataclass(frozen=True)
class Choice:
    translation: str
    missing: tuple[str, ...]
    hypothesis: int  # which hypothesis was chosen (0 = the model's best)


def choose(hypotheses: Sequence[str], english: Sequence[str]) -> Choice:
    """The best hypothesis that keeps every glossary name; failing that, the one that keeps
    the most (earlier, i.e. better scored, wins ties)."""
    best: Choice | None = None
    for index, hypothesis in enumerate(hypotheses):
        restored = restore(hypothesis, english)
        lost = tuple(missing(restored, english))
        if best is None or len(lost) < len(best.missing):
            best = Choice(restored, lost, index)
        if not lost:
            break
    return best or Choice("", tuple(english), 0)


def sentence_english(sentence: Sentence) -> list[str]:
    """The glossary English expected in this sentence's translation."""
    return list(dict.fromkeys(term_english(hit.entry) for hit in sentence.terms
                              if term_english(hit.entry)))
