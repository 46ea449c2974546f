"""Accuracy of the readings on held-out sentences (bench/data/polyphones.txt, with every
syllable in bench/data/polyphones_gold.tsv): on the checked single polyphonic characters and on
all syllables, for pypinyin alone, Duizhao without and with its context step, and g2pM when it
is installed (``pip install g2pm``, module ``g2pM``; not a dependency).

    python bench/bench_polyphones.py [--errors]

一 and 不 count as right in either their citation tone or the neutral tone (dictionaries
differ on 不 in 睡不着); tone sandhi is a display preference and is off here.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from duizhao.core.language.convert import ScriptConverter, detect_script
from duizhao.core.language.pinyin import PinyinReader
from duizhao.core.language.pinyin_style import character_readings, pypinyin_syllables
from duizhao.core.language.polyphones import ContextReader, readings_of
from duizhao.core.pipeline import Annotator
from duizhao.core.text.han import is_han

DATA = Path(__file__).with_name("data")
Reader = Callable[[str], list[str]]  # sentence -> one syllable per Han character


def load() -> list[tuple[str, dict[int, str], list[str]]]:
    """(sentence, {index of a Han character among the Han characters: checked reading}, gold)."""
    gold = {}
    for line in (DATA / "polyphones_gold.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, syllables = line.split("\t")
            gold[text] = syllables.split()
    cases = []
    for line in (DATA / "polyphones.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, checked, han = "", {}, -1
        for match in re.finditer(r"([^{])(?:\{([a-zü]+[1-5])\})?", line):
            text += match.group(1)
            han += is_han(match.group(1))
            if match.group(2):
                checked[han] = match.group(2)
        cases.append((text, checked, gold[text]))
    return cases


def duizhao(in_context: bool, context: ContextReader | None = None) -> Reader:
    annotator = Annotator()
    annotator.pinyin_reader = PinyinReader(  # type: ignore[misc]
        in_context=in_context, context=context)

    def read(text: str) -> list[str]:
        out: list[str | None] = [None] * len(text)
        for sentence in annotator.annotate_text(text).sentences():
            for token in sentence.tokens:
                start = token.start
                for i, syllable in enumerate(character_readings(token.text, token.pinyin)):
                    out[start + i] = syllable
        return [(s or "?").lower() for s, c in zip(out, text, strict=True) if is_han(c)]
    return read


class G2pMLastResort(ContextReader):
    """The context step, then g2pM for a polyphone nothing else decided."""

    def __init__(self, model: object) -> None:
        super().__init__()
        self.model = model
        self._read: dict[str, list[str]] = {}

    def reading(self, simplified: str, index: int, original: str) -> str | None:
        decided = super().reading(simplified, index, original)
        if decided is not None or len(readings_of(simplified[index])) < 2:
            return decided
        if simplified not in self._read:
            items = self.model(simplified, tone=True, char_split=False)  # type: ignore[operator]
            self._read[simplified] = [s.replace("u:", "ü").lower() for s in items]
        han_before = sum(1 for c in simplified[:index] if is_han(c))
        syllables = [s for s in self._read[simplified] if re.fullmatch(r"[a-zü:]+[1-5]", s)]
        return syllables[han_before] if han_before < len(syllables) else None


def simplified(text: str) -> str:
    return ScriptConverter(None, source_script=detect_script(text)).to_simplified(text)


def raw_pypinyin(text: str) -> list[str]:
    plain = simplified(text)
    items = pypinyin_syllables(plain)
    visible = [c for c in plain if not c.isspace()]
    return [s for s, c in zip(items, visible, strict=True) if is_han(c)]


def g2pm_model() -> object | None:
    try:
        from g2pM import G2pM  # type: ignore[import-not-found]
    except ImportError:
        return None
    return G2pM()


def g2pm_reader(model: object | None) -> Reader | None:
    if model is None:
        return None

    def read(text: str) -> list[str]:
        plain = simplified(text)
        syllables = model(plain, tone=True, char_split=False)  # type: ignore[operator]
        return [s.replace("u:", "ü").lower() for s in syllables
                if re.fullmatch(r"[a-zü:]+[1-5]", s)]
    return read


def same(gold: str, got: str, char: str) -> bool:
    if char in "一不" and gold[:-1] == got[:-1]:
        return True
    return gold == got


def score(name: str, read: Reader, cases: list[tuple[str, dict[int, str], list[str]]],
          show_errors: bool) -> None:
    checked_right = checked_all = syllables_right = syllables_all = 0
    started = time.perf_counter()
    for text, checked, gold in cases:
        got = read(text)
        han = [c for c in text if is_han(c)]
        if len(got) != len(gold):
            got = (got + ["?"] * len(gold))[:len(gold)]
        for i, (g, r) in enumerate(zip(gold, got, strict=True)):
            ok = same(g, r, han[i])
            syllables_all += 1
            syllables_right += ok
            if i in checked:
                checked_all += 1
                checked_right += ok
                if show_errors and not ok:
                    print(f"  {name}: {text} {han[i]} {r} (should be {g})")
    seconds = time.perf_counter() - started
    print(f"{name:28} polyphones {checked_right}/{checked_all} "
          f"({100 * checked_right / checked_all:.1f} %)   all syllables "
          f"{syllables_right}/{syllables_all} ({100 * syllables_right / syllables_all:.1f} %)"
          f"   {seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong polyphone")
    args = parser.parse_args()
    cases = load()
    print(f"{len(cases)} sentences, {sum(len(c[1]) for c in cases)} checked polyphones, "
          f"{sum(len(c[2]) for c in cases)} syllables")
    systems: list[tuple[str, Reader | None]] = [
        ("pypinyin (Simplified text)", raw_pypinyin),
        ("Duizhao, words only", duizhao(in_context=False)),
        ("Duizhao, in context", duizhao(in_context=True)),
    ]
    model = g2pm_model()
    systems.append(("g2pM", g2pm_reader(model)))
    systems.append(("Duizhao, g2pM last resort",
                    duizhao(True, G2pMLastResort(model)) if model is not None else None))
    for name, read in systems:
        if read is None:
            print(f"{name:28} not installed")
        else:
            score(name, read, cases, args.errors)


if __name__ == "__main__":
    main()
