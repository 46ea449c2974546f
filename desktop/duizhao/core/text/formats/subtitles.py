"""SubRip (.srt) and WebVTT (.vtt) subtitles: each cue one paragraph, its times kept.

One small parser for both: they differ only in the header, the decimal mark and what may sit
between cues (WebVTT's NOTE, STYLE and REGION blocks). Markup inside a cue (``<i>``,
``<v Speaker>``, ``{\\an8}``) is dropped; the lines of a cue are joined.
"""

from __future__ import annotations

import re

from duizhao.core.text.formats.builder import Extract, TextBuilder, join_wrapped

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION", "WEBVTT")


def extract(text: str) -> Extract:
    builder = TextBuilder()
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip("\n").split("\n")
        timing_at = next((i for i, line in enumerate(lines[:3]) if _TIMING.match(line)), None)
        if timing_at is None:
            continue  # a header, a NOTE/STYLE/REGION block or a stray line
        if lines[0].split(" ", 1)[0] in _VTT_BLOCKS and timing_at > 0 and \
                not lines[0].startswith("WEBVTT"):
            continue
        match = _TIMING.match(lines[timing_at])
        assert match is not None
        shown, hidden = _ms(match.groups()[:4]), _ms(match.groups()[4:])
        words = [_TAG.sub("", line) for line in lines[timing_at + 1:]]
        builder.cue(join_wrapped(words), shown, hidden)
    return builder.build()


def _ms(parts: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, fraction = parts
    fraction = (fraction or "0").ljust(3, "0")
    return ((int(hours or 0) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)) * 1000 \
        + int(fraction)


def format_time(ms: int, *, decimal: str = ",") -> str:
    """``HH:MM:SS,mmm`` (SubRip; ``decimal="."`` for WebVTT)."""
    hours, rest = divmod(max(ms, 0), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{decimal}{millis:03d}"
