"""Subtitles of the English, cue by cue, for a document read from SRT or WebVTT: SubRip or
WebVTT, whichever the reader asks for.

Each cue keeps its times; its text is the English of the sentences that lie in it (the
original where a sentence has no English yet), so the file can be played beside the video.
"""

from __future__ import annotations

from collections.abc import Iterator

from duizhao.core.document import Cue, Document, Sentence
from duizhao.core.errors import ExportError
from duizhao.core.export.options import ExportOptions
from duizhao.core.export.progress import counted
from duizhao.core.text.formats.subtitles import format_time

NO_CUES = ("{format} export needs a subtitle document (opened from .srt or .vtt): this one has "
           "no cue times.")


def render_srt(document: Document, options: ExportOptions | None = None) -> str:
    blocks = [f"{number}\n{format_time(cue.shown_ms)} --> {format_time(cue.hidden_ms)}\n"
              f"{text}\n" for number, (cue, text) in enumerate(_cue_texts(document, "SRT"), 1)]
    return "\n".join(blocks)


def render_vtt(document: Document, options: ExportOptions | None = None) -> str:
    blocks = [f"{number}\n{format_time(cue.shown_ms, decimal='.')} --> "
              f"{format_time(cue.hidden_ms, decimal='.')}\n{_vtt_text(text)}\n"
              for number, (cue, text) in enumerate(_cue_texts(document, "WebVTT"), 1)]
    return "WEBVTT\n\n" + "\n".join(blocks)


def _cue_texts(document: Document, format: str) -> Iterator[tuple[Cue, str]]:
    """Each cue and the English of the sentences in it."""
    if not document.cues:
        raise ExportError(NO_CUES.format(format=format))
    sentences = iter(counted(document.sentences()))
    pending: Sentence | None = next(sentences, None)
    for cue in document.cues:
        texts: list[str] = []
        while pending is not None and pending.start < cue.end:
            if pending.end > cue.start:
                texts.append((pending.translation or pending.original).strip())
            pending = next(sentences, None)
        yield cue, " ".join(t for t in texts if t) or "…"


def _vtt_text(text: str) -> str:
    """WebVTT cue text is markup: ``<`` and ``&`` escaped, and "-->" may not appear."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
