"""The text pipeline: text in, annotated :class:`Document` out.

Load → paragraphs and sentences → script conversion → words → pinyin → glossary terms →
dictionary definitions. Work is done paragraph by paragraph (a paragraph is the context for
segmentation and pinyin), so a big document can be streamed with :meth:`Annotator.iter_paragraphs`
without holding every annotation at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from duizhao.core.document import (
    NAME_CATEGORIES,
    Chapter,
    Cue,
    Document,
    GlossaryEntry,
    Paragraph,
    Script,
    Sentence,
    Source,
    TermHit,
    Token,
)
from duizhao.core.glossary.entries import Glossary
from duizhao.core.language import pinyin_style
from duizhao.core.language.convert import ScriptConverter, ScriptTally, detect_script
from duizhao.core.language.dictionary import Dictionary
from duizhao.core.language.pinyin import PinyinReader
from duizhao.core.language.segment import Segmenter
from duizhao.core.language.taiwan import TaiwanTable
from duizhao.core.text.formats.builder import Extract, JoinedText
from duizhao.core.text.han import has_han
from duizhao.core.text.load import load_text_file
from duizhao.core.text.sentences import iter_paragraphs, split_sentences
from duizhao.core.vocab.levels import DEFAULT_STANDARD, HskStandard, WordLevels


@dataclass(frozen=True)
class AnnotateOptions:
    variant: str | None = None  # OpenCC config (t2s, tw2s, hk2s, s2t...); None: by detection
    hsk_standard: HskStandard = DEFAULT_STANDARD
    taiwan_readings: bool = False  # Taiwan's readings where CC-CEDICT notes them (垃圾 lèsè)


class Annotator:
    """Annotates texts with one glossary and one set of options; reuse it across documents.

    The heavy parts (dictionary, segmenter) are built on first use, not in ``__init__``.
    """

    def __init__(self, glossary: Glossary | None = None,
                 options: AnnotateOptions | None = None) -> None:
        self.glossary = glossary if glossary is not None else Glossary()
        self.options = options or AnnotateOptions()
        # A word met again shares its strings and facts with its first token: a book's
        # million tokens are mostly a few thousand words. Facts: (as written, Simplified) ->
        # definitions, HSK level, Zipf frequency.
        self._shared_strings: dict[str, str] = {}
        self._word_facts: dict[tuple[str, str], tuple[list[str], int | None, float | None]] = {}

    @cached_property
    def dictionary(self) -> Dictionary:
        return Dictionary.bundled()

    @cached_property
    def segmenter(self) -> Segmenter:
        return Segmenter(extra_words=self._glossary_forms())

    @cached_property
    def levels(self) -> WordLevels:
        return WordLevels(self.options.hsk_standard)

    @cached_property
    def pinyin_reader(self) -> PinyinReader:
        taiwan = TaiwanTable.bundled() if self.options.taiwan_readings else None
        return PinyinReader(taiwan=taiwan)

    def _glossary_forms(self) -> list[str]:
        return [form for entry in self.glossary for form in entry.forms()]

    def annotate_text(self, text: str, *, path: str | None = None, encoding: str = "utf-8",
                      progress: Callable[[int, int], None] | None = None,
                      chapters: Iterable[Chapter] = (), cues: Iterable[Cue] = ()) -> Document:
        """The whole document; ``progress(characters done, characters)`` after each paragraph.
        ``chapters`` and ``cues`` come from the loader and are kept as they are."""
        script = detect_script(text)
        paragraphs = []
        for paragraph in self.iter_paragraphs(text, script=script):
            paragraphs.append(paragraph)
            if progress is not None:
                progress(paragraph.end, len(text))
        return Document(Source(path, encoding, script), text, paragraphs, list(chapters),
                        list(cues))

    def iter_paragraphs(self, text: str, *, script: Script | None = None,
                        first_id: int = 0, start: int = 0) -> Iterator[Paragraph]:
        """The paragraphs of ``text`` from ``start`` (a line's beginning) on."""
        script = detect_script(text) if script is None else script
        converter = self._converter(script)
        next_id = first_id
        for begin, end in iter_paragraphs(text, start):
            paragraph = self.annotate_paragraph(text, begin, end, script, converter, next_id)
            next_id += len(paragraph.sentences)
            yield paragraph

    def _converter(self, script: Script) -> ScriptConverter:
        return ScriptConverter(self.options.variant, source_script=script)

    def annotate_paragraph(self, text: str, start: int, end: int, script: Script,
                           converter: ScriptConverter, first_id: int) -> Paragraph:
        original = text[start:end]
        simplified = converter.to_simplified(original)
        traditional = original if script is Script.TRADITIONAL else converter.to_traditional(
            original)
        terms = self.glossary.find(original, offset=start)
        spans = _merge_term_spans(self.segmenter.segment(simplified), terms, start)
        shared = self._shared_strings.setdefault
        words = [shared(w, w) for w in (simplified[s - start:e - start] for s, e in spans)]
        written = [shared(w, w) for w in (text[s:e] for s, e in spans)]
        readings = self.pinyin_reader.read_words(
            words, names=self._name_forms, fixed=self._fixed_readings, originals=written)
        facts = self._word_facts
        tokens = [
            Token(s, e, original, word, shared(reading, reading),
                  *(facts.get((original, word)) or self._look_up(original, word)))
            for (s, e), original, word, reading in zip(spans, written, words, readings,
                                                       strict=True)
        ]
        sentences: list[Sentence] = []
        token_index = term_index = 0
        for number, (s0, s1) in enumerate(split_sentences(text, start, end)):
            sentence_tokens: list[Token] = []
            while token_index < len(tokens) and tokens[token_index].start < s1:
                token = tokens[token_index]
                if token.end > s0:
                    sentence_tokens.append(_clip(token, s0, s1))
                if token.end > s1:
                    break  # a token across a sentence end: its other part goes to the next one
                token_index += 1
            sentence_terms: list[TermHit] = []
            while term_index < len(terms) and terms[term_index].start < s1:
                if terms[term_index].end <= s1:
                    sentence_terms.append(terms[term_index])
                term_index += 1
            sentences.append(Sentence(
                id=first_id + number, start=s0, end=s1, original=text[s0:s1],
                simplified=simplified[s0 - start:s1 - start],
                traditional=traditional[s0 - start:s1 - start],
                tokens=sentence_tokens, terms=sentence_terms,
            ))
        return Paragraph(start, end, sentences)

    @cached_property
    def _name_forms(self) -> set[str]:
        return {entry.simplified for entry in self.glossary if entry.category in NAME_CATEGORIES}

    @cached_property
    def _fixed_readings(self) -> dict[str, str]:
        return {entry.simplified: entry.pinyin for entry in self.glossary if entry.pinyin}

    def _look_up(self, original: str, simplified: str
                 ) -> tuple[list[str], int | None, float | None]:
        definitions: list[str] = []
        if has_han(original):
            entries = self.dictionary.lookup(original) or self.dictionary.lookup(simplified)
            definitions = [definition for entry in entries for definition in entry.definitions]
        found = (definitions, self.levels.level(simplified, original),
                 self.levels.zipf(simplified, original))
        self._word_facts[(original, simplified)] = found
        return found


class PartsAnnotation:
    """The paragraphs of a text its reader gives a part at a time (a big Markdown book),
    annotated as the parts come: each new part's as soon as the document's script is known,
    which takes the first 20,000 characters that tell one script from the other."""

    def __init__(self, annotator: Annotator, whole: JoinedText, more: Iterator[Extract]) -> None:
        self.annotator = annotator
        self.whole = whole  # the parts read so far
        self.more = more  # the parts still to read
        self.script: Script | None = None  # known before the first paragraph is given

    def __iter__(self) -> Iterator[Paragraph]:
        tally = ScriptTally()
        done = next_id = 0
        more: Iterator[Extract] | None = self.more
        while True:
            if self.script is None:
                self.script = tally.feed(self.whole.text, complete=more is None)
            if self.script is not None and done < len(self.whole.text):
                for paragraph in self.annotator.iter_paragraphs(
                        self.whole.text, script=self.script, first_id=next_id, start=done):
                    next_id += len(paragraph.sentences)
                    yield paragraph
                done = len(self.whole.text) + 1  # where the next part starts
            if more is None:
                return
            part = next(more, None)
            if part is None:
                more = None
            else:
                self.whole.add(part)


def annotate_file(path: str | Path, glossary: Glossary | None = None,
                  options: AnnotateOptions | None = None) -> Document:
    loaded = load_text_file(path)
    return Annotator(glossary, options).annotate_text(
        loaded.text, path=str(path), encoding=loaded.encoding, chapters=loaded.chapters,
        cues=loaded.cues)


def _merge_term_spans(spans: list[tuple[int, int]], terms: list[TermHit],
                      offset: int) -> list[tuple[int, int]]:
    """Token spans made absolute, with every glossary term exactly one token: the term is what
    the reader clicks, whatever the segmenter thought."""
    boundaries = {s + offset for s, _ in spans} | {e + offset for _, e in spans}
    for term in terms:
        boundaries = {b for b in boundaries if not term.start < b < term.end}
        boundaries |= {term.start, term.end}
    ordered = sorted(boundaries)
    return list(zip(ordered, ordered[1:], strict=False))


def _clip(token: Token, start: int, end: int) -> Token:
    if token.start >= start and token.end <= end:
        return token
    s, e = max(token.start, start), min(token.end, end)
    cut = slice(s - token.start, e - token.start)
    # a part of a word is not the word: no level, no frequency
    reading = pinyin_style.cut(token.text, token.pinyin, cut.start, cut.stop)
    return Token(s, e, token.text[cut], token.simplified[cut], reading, token.definitions)


__all__ = ["AnnotateOptions", "Annotator", "GlossaryEntry", "annotate_file"]
