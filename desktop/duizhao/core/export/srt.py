"""SubRip subtitles of the English, cue by cue, for a document read from SRT or WebVTT.

Each cue keeps its times; its text is the English of the sentences that lie in it (the
original where a sentence has no English yet), so the file can be played beside the video.
"""

from __future__ import annotations

from duizhao.core.document import Document, Sentence
from duizhao.core.errors import ExportError
from duizhao.core.export.options import ExportOptions
from duizhao.core.export.progress import counted
from duizhao.core.text.formats.subtitles import format_time


def render_srt(document: Document, options: ExportOptions | None = None) -> str:
    if not document.cues:
        raise ExportError("SRT export needs a subtitle document (opened from .srt or .vtt): "
                          "this one has no cue times.")
    sentences = iter(counted(document.sentences()))
    pending: Sentence | None = next(sentences, None)
    blocks: list[str] = []
    for number, cue in enumerate(document.cues, start=1):
        texts: list[str] = []
        while pending is not None and pending.start < cue.end:
            if pending.end > cue.start:
                texts.append((pending.translation or pending.original).strip())
            pending = next(sentences, None)
        blocks.append(f"{number}\n{format_time(cue.shown_ms)} --> {format_time(cue.hidden_ms)}\n"
                      + (" ".join(t for t in texts if t) or "…") + "\n")
    return "\n".join(blocks)
