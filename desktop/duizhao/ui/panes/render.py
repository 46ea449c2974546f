"""What each pane shows for one sentence: its text and the clickable/colourable spans in it.

Pure functions over the annotated document (no widgets), so they are cheap to test and the
panes only have to paint. Offsets in a :class:`Span` are relative to the sentence's text in
that pane.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from duizhao.core.document import GlossaryEntry, Script, Sentence, Status
from duizhao.core.language import pinyin_style
from duizhao.core.language.pinyin_style import PinyinStyle
from duizhao.core.text.spans import find_free

ORIGINAL, CONVERTED, PINYIN, ENGLISH = "original", "converted", "pinyin", "english"
CHINESE_KINDS = (ORIGINAL, CONVERTED)


@dataclass(frozen=True)
class Span:
    """A stretch of a pane's text and the token, term or pinyin syllable it shows."""

    start: int
    end: int
    token: int = -1  # index into sentence.tokens, -1 if none
    term: int = -1  # index into sentence.terms, -1 if none
    tone: int = 0  # 1-5 for a pinyin syllable, 0 otherwise


@dataclass
class Rendered:
    """A sentence as one pane shows it: its text and what each stretch of it is."""

    text: str
    tokens: list[Span] = field(default_factory=list)  # one per token, in order
    terms: list[Span] = field(default_factory=list)
    syllables: list[Span] = field(default_factory=list)  # pinyin pane only, for tone colours
    links: list[Span] = field(default_factory=list)  # english pane: what each token became
    pending: bool = False  # english pane: no translation yet


def converted_script(source: Script) -> Script:
    """The script of the converted pane: Traditional for Simplified sources, else Simplified."""
    return Script.TRADITIONAL if source is Script.SIMPLIFIED else Script.SIMPLIFIED


def converted_text(sentence: Sentence, source: Script) -> str:
    if converted_script(source) is Script.TRADITIONAL:
        return sentence.traditional
    return sentence.simplified


def render(kind: str, sentence: Sentence, source: Script,
           style: PinyinStyle = PinyinStyle.MARKS, sandhi: bool = False) -> Rendered:
    if kind == ORIGINAL:
        return _render_chinese(sentence, sentence.original)
    if kind == CONVERTED:
        return _render_chinese(sentence, converted_text(sentence, source))
    if kind == PINYIN:
        return render_pinyin(sentence, style, sandhi)
    return render_english(sentence)


def _render_chinese(sentence: Sentence, text: str) -> Rendered:
    rendered = Rendered(text)
    if len(text) != len(sentence.original):
        # A conversion that changed the length (rare phrase conversions): the words can no
        # longer be placed by offset, so find the terms by their written forms instead.
        rendered.terms = _terms_by_form(sentence, text)
        return rendered
    base = sentence.start
    rendered.tokens = [Span(t.start - base, t.end - base, token=i)
                       for i, t in enumerate(sentence.tokens)]
    rendered.terms = [Span(h.start - base, h.end - base, term=i)
                      for i, h in enumerate(sentence.terms)]
    return rendered


def _terms_by_form(sentence: Sentence, text: str) -> list[Span]:
    spans: list[Span] = []
    for i, hit in enumerate(sentence.terms):
        for form in hit.entry.forms():
            at = text.find(form)
            if at >= 0:
                spans.append(Span(at, at + len(form), term=i))
                break
    return spans


def render_pinyin(sentence: Sentence, style: PinyinStyle = PinyinStyle.MARKS,
                  sandhi: bool = False) -> Rendered:
    """Words separated by spaces, punctuation attached to the word before it (as
    ``pinyin_style.sentence`` writes them), with the span of every token and every syllable;
    with ``sandhi``, 一 and 不 in the tones they are spoken in."""
    readings = pinyin_style.spoken(sentence.tokens) if sandhi else \
        [token.pinyin for token in sentence.tokens]
    parts: list[str] = []
    length = 0
    tokens: list[Span] = []
    syllables: list[Span] = []
    token_at: dict[int, int] = {}
    for i, token in enumerate(sentence.tokens):
        reading, tones = pinyin_style.word_with_tones(readings[i], style)
        reading = reading or token.text.strip()
        if not reading:
            continue
        if parts and not pinyin_style.is_punctuation(reading):
            parts.append(" ")
            length += 1
        start = length
        parts.append(reading)
        length += len(reading)
        tokens.append(Span(start, length, token=i))
        token_at[token.start] = len(tokens) - 1
        syllables.extend(Span(start + s, start + e, tone=tone) for s, e, tone in tones)
    rendered = Rendered("".join(parts), tokens=tokens, syllables=syllables)
    for i, hit in enumerate(sentence.terms):
        covered = [tokens[token_at[t.start]] for t in sentence.tokens
                   if t.start in token_at and hit.start <= t.start and t.end <= hit.end]
        if covered:
            rendered.terms.append(Span(covered[0].start, covered[-1].end, term=i))
    return rendered


def english_forms(entry: GlossaryEntry) -> list[str]:
    """How a glossary entry's English may appear in a translation: in full, or its head
    ("Vladimir Medinsky, aide to..." → "Vladimir Medinsky", then the surname)."""
    forms = [entry.english.strip()]
    head = entry.english_head()
    if head and head not in forms:
        forms.append(head)
    words = head.split()
    if len(words) > 1 and words[-1][:1].isupper():
        forms.append(words[-1])
    return [f for f in forms if len(f) >= 2]


# the status of a person's or the memory's English, in front of it; glossary names the English
# misses, after it
STATUS_MARKS = {Status.EDITED: "✎ ", Status.REVIEWED: "✓ ", Status.TM: "≈ "}
WARNING_MARK = "  ⚠ "


def render_english(sentence: Sentence) -> Rendered:
    if not sentence.translation:
        return Rendered("…", pending=True)
    mark = STATUS_MARKS.get(sentence.status, "")
    text = mark + sentence.translation
    if sentence.term_warnings:
        text += WARNING_MARK + ", ".join(sentence.term_warnings)
    terms, links = _english_spans(sentence, sentence.translation, len(mark))
    return Rendered(text, terms=terms, links=links)


def _english_spans(sentence: Sentence, english: str,
                   shift: int) -> tuple[list[Span], list[Span]]:
    """The glossary terms found in ``english`` and its words linked to the Chinese, as spans
    of the shown text, in which ``english`` starts at ``shift`` (each span made where it
    belongs, not made and then moved: a row has dozens of links)."""
    lowered = english.casefold()
    taken: list[tuple[int, int]] = []
    terms: list[Span] = []
    for i, hit in enumerate(sentence.terms):
        for form in english_forms(hit.entry):
            span = find_free(lowered, form.casefold(), taken)
            at = span[0] if span is not None else -1
            if at >= 0:
                taken.append((at, at + len(form)))
                terms.append(Span(at + shift, at + len(form) + shift, term=i))
                break
    terms.sort(key=lambda s: s.start)
    links = [Span(start + shift, end + shift, token=token)
             for token, start, end in sentence.alignment if 0 <= start < end <= len(english)]
    return terms, links


def linked_spans(rendered: Rendered, tokens: frozenset[int]) -> list[Span]:
    """The spans of a rendering that stand for any of ``tokens`` (an English pane: the English
    they were translated as; the other panes: the words themselves)."""
    spans = rendered.links if rendered.links or not rendered.tokens else rendered.tokens
    return [span for span in spans if span.token in tokens]


def tokens_at(rendered: Rendered, offset: int) -> frozenset[int]:
    """The tokens the text at ``offset`` stands for: the word there, or in the English, every
    word it was linked to."""
    spans = rendered.links if rendered.links else rendered.tokens
    return frozenset(s.token for s in spans if s.start <= offset < s.end and s.token >= 0)


