"""How much Taiwan readings change, and whether the changes are Taiwan's dictionary's: every
syllable the Taiwan readings change in the bundled sample, the held-out sentences of
bench/data/polyphones.txt, the everyday sentences of bench/data/taiwan_sentences.txt and any
FILE, listed with its word to check by hand.

When hanzi2reading is installed (``pip install hanzi2reading``: the first reading of each
word of the Ministry of Education's Revised Mandarin Chinese Dictionary, not a dependency),
each change is compared with that dictionary, and so is every syllable of the words it knows,
with Taiwan readings off and on. docs/pinyin.md keeps the result.

    python bench/bench_taiwan.py [FILE...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from duizhao.core.language.pinyin_style import PinyinStyle, is_syllable, word
from duizhao.core.pipeline import AnnotateOptions, Annotator
from duizhao.core.samples import sample_path

DATA = Path(__file__).with_name("data")
Dictionary = Callable[[str], list[str] | None]  # a word → its syllables, tone numbers


def moe_dictionary() -> Dictionary | None:
    """tools/taiwan_build.py's look-up in the MOE dictionary; None without hanzi2reading."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from taiwan_build import moe_dictionary as build_time_look_up

    try:
        return build_time_look_up()
    except ImportError:
        return None


def _same(ours: str, theirs: str) -> bool:
    return ours.lower() == theirs


def compare(name: str, text: str, moe: Dictionary | None) -> None:
    mainland = Annotator(options=AnnotateOptions("tw2s")).annotate_text(text)
    taiwan = Annotator(options=AnnotateOptions("tw2s", taiwan_readings=True)).annotate_text(
        text)
    syllables = 0
    changed: Counter[str] = Counter()
    agree = {"mainland": 0, "taiwan": 0, "compared": 0, "changes agreeing": 0}
    for before, after in zip(mainland.sentences(), taiwan.sentences(), strict=True):
        for old, new in zip(before.tokens, after.tokens, strict=True):
            items, new_items = old.pinyin.split(), new.pinyin.split()
            syllables += sum(1 for item in items if is_syllable(item))
            known = moe(old.text) if moe is not None and len(items) == len(old.text) else None
            if known is not None:
                agree["compared"] += len(known)
                agree["mainland"] += sum(map(_same, items, known))
                agree["taiwan"] += sum(map(_same, new_items, known))
            differing = [i for i, (a, b) in enumerate(zip(items, new_items, strict=True))
                         if a != b]
            if not differing:
                continue
            shown = (f"{old.text} {word(old.pinyin, PinyinStyle.MARKS)} → "
                     f"{word(new.pinyin, PinyinStyle.MARKS)}")
            if known is not None:
                shown += f"   MOE: {word(' '.join(known), PinyinStyle.MARKS)}"
                agree["changes agreeing"] += sum(_same(new_items[i], known[i])
                                                 for i in differing)
            changed[shown] += len(differing)
    total = sum(changed.values())
    print(f"{name}: {total} of {syllables} syllables changed "
          f"({100 * total / max(syllables, 1):.2f} %)")
    if moe is not None and agree["compared"]:
        print(f"  agreeing with the MOE dictionary (its longest entries first, Traditional text "
              f"only) on {agree['compared']} syllables: mainland {agree['mainland']}, Taiwan "
              f"readings {agree['taiwan']}; changes agreeing: {agree['changes agreeing']} of "
              f"{total}")
    for shown, count in changed.most_common():
        print(f"  {count:3d}  {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    moe = moe_dictionary()
    compare("sample", sample_path().read_text(encoding="utf-8"), moe)
    lines = (DATA / "polyphones.txt").read_text(encoding="utf-8").splitlines()
    held_out = "\n".join(re.sub(r"\{[^}]*\}", "", line)  # the checked readings left out
                         for line in lines if line.strip() and not line.startswith("#"))
    compare("held-out polyphone sentences", held_out, moe)
    everyday = (DATA / "taiwan_sentences.txt").read_text(encoding="utf-8").splitlines()
    compare("everyday sentences", "\n".join(line for line in everyday
                                             if line.strip() and not line.startswith("#")), moe)
    for path in args.files:
        compare(path.name, path.read_text(encoding="utf-8"), moe)


if __name__ == "__main__":
    main()
