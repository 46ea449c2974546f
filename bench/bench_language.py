"""Language components: start-up costs, throughput against the raw libraries, and quality.

    .venv/bin/python bench/bench_language.py [--repeat 100]

Start-up figures are measured in fresh interpreters (so nothing is already imported or
cached). Throughput runs on the sample article repeated ``--repeat`` times, paragraph by
paragraph as the pipeline does. Quality: dictionary coverage of tokens, and how often raw
pypinyin disagrees with CC-CEDICT's reading of a word (words with exactly one CC-CEDICT
reading) when given the Traditional original or its Simplified conversion.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fresh(code: str) -> float:
    """Seconds ``code`` takes in a new interpreter (it must print one number)."""
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                            text=True, cwd=ROOT).stdout
    return float(output.strip().splitlines()[-1])


def timed(setup: str, statement: str) -> str:
    return (f"import time\n{setup}\nt = time.perf_counter()\n{statement}\n"
            "print(time.perf_counter() - t)")


def clock(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def startup() -> None:
    print("Start-up (fresh interpreter each):")
    rows = [
        ("import duizhao.core.language.convert", "", "import duizhao.core.language.convert"),
        ("import duizhao.core.language.segment", "", "import duizhao.core.language.segment"),
        ("import duizhao.core.language.pinyin", "", "import duizhao.core.language.pinyin"),
        ("Dictionary.bundled() (nothing read yet)",
         "from duizhao.core.language.dictionary import Dictionary", "Dictionary.bundled()"),
        ("Dictionary.bundled().load() (read + index)",
         "from duizhao.core.language.dictionary import Dictionary", "Dictionary.bundled().load()"),
        ("first lookup after load",
         "from duizhao.core.language.dictionary import Dictionary\nd = Dictionary.bundled().load()",
         "d.lookup('參與')"),
        ("ScriptConverter + first to_simplified (OpenCC + fixes)",
         "from duizhao.core.language.convert import ScriptConverter",
         "ScriptConverter('t2s').to_simplified('這意味著和平')"),
        ("ScriptConverter + first to_traditional",
         "from duizhao.core.language.convert import ScriptConverter",
         "ScriptConverter('s2t').to_traditional('这意味着和平')"),
        ("Segmenter() + first segment (word list)",
         "from duizhao.core.language.segment import Segmenter",
         "Segmenter(['梅金斯基']).segment('梅金斯基')"),
        ("PinyinReader + first word (dictionary, pypinyin)",
         "from duizhao.core.language.pinyin import PinyinReader",
         "PinyinReader().read_words(['重回'])"),
        ("raw: import jieba + default dictionary (cached)",
         "", "import jieba\njieba.initialize()"),
        ("raw: opencc.OpenCC('t2s') + first convert",
         "import opencc", "opencc.OpenCC('t2s').convert('這意味著和平')"),
    ]
    for label, setup, statement in rows:
        print(f"  {label:<55} {fresh(timed(setup, statement)) * 1000:8.0f} ms")


def throughput(repeat: int) -> None:
    import jieba
    import opencc
    from pypinyin import lazy_pinyin

    from duizhao.core.glossary.files import load_glossary
    from duizhao.core.language.convert import ScriptConverter
    from duizhao.core.language.pinyin import PinyinReader
    from duizhao.core.language.segment import Segmenter
    from duizhao.core.samples import sample_glossary_path, sample_path

    sample = sample_path().read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n") if p] * repeat
    characters = sum(map(len, paragraphs))
    forms = [f for entry in load_glossary(sample_glossary_path()) for f in entry.forms()]
    converter = ScriptConverter("t2s")
    raw_t2s = opencc.OpenCC("t2s")
    segmenter = Segmenter(forms)
    reader = PinyinReader()
    raw_jieba = jieba.Tokenizer()
    raw_jieba.initialize()
    # warm everything up once
    converter.to_simplified(sample)
    raw_t2s.convert(sample)
    segmenter.segment(sample)
    list(raw_jieba.cut(sample))
    reader.read_words(["重回"])
    simplified = [converter.to_simplified(p) for p in paragraphs]
    words = [[s[a:b] for a, b in segmenter.segment(s)] for s in simplified]

    print(f"\nThroughput on the sample x{repeat} ({characters:,} characters, "
          f"{len(paragraphs):,} paragraphs):")
    rows = [
        ("to_simplified (OpenCC t2s + CC-CEDICT fixes)",
         lambda: [converter.to_simplified(p) for p in paragraphs]),
        ("  raw OpenCC t2s", lambda: [raw_t2s.convert(p) for p in paragraphs]),
        ("Segmenter.segment (glossary + CC-CEDICT words)",
         lambda: [segmenter.segment(s) for s in simplified]),
        ("  raw jieba.cut (default dictionary, HMM)",
         lambda: [list(raw_jieba.cut(s)) for s in simplified]),
        ("PinyinReader.read_words",
         lambda: [reader.read_words(w) for w in words]),
        ("  raw pypinyin.lazy_pinyin on the same text",
         lambda: [lazy_pinyin(s) for s in simplified]),
    ]
    for label, function in rows:
        seconds = clock(function)
        print(f"  {label:<55} {seconds:7.2f} s  {characters / seconds / 1000:7.0f} k chars/s")


def quality() -> None:
    import jieba
    from pypinyin import Style, lazy_pinyin

    from duizhao.core.glossary.files import load_glossary
    from duizhao.core.language.convert import ScriptConverter
    from duizhao.core.language.dictionary import Dictionary
    from duizhao.core.language.pinyin import PinyinReader
    from duizhao.core.language.segment import Segmenter
    from duizhao.core.samples import sample_glossary_path, sample_path
    from duizhao.core.text.han import has_han

    dictionary = Dictionary.bundled()
    sample = sample_path().read_text(encoding="utf-8")
    simplified = ScriptConverter("t2s").to_simplified(sample)
    forms = {f for entry in load_glossary(sample_glossary_path()) for f in entry.forms()}

    def coverage(tokens: list[str]) -> tuple[float, int]:
        chinese = [t for t in tokens if has_han(t)]
        known = [t for t in chinese if t in dictionary or t in forms]
        return len(known) / len(chinese), len(chinese)

    print("\nDictionary coverage of the sample's Chinese tokens (CC-CEDICT or glossary):")
    ours = [simplified[a:b] for a, b in Segmenter(forms).segment(simplified)]
    default = jieba.Tokenizer()
    default.initialize()
    for label, tokens in [("Segmenter (ours)", ours),
                          ("jieba default dictionary, HMM on", list(default.cut(simplified))),
                          ("jieba default dictionary, HMM off",
                           list(default.cut(simplified, HMM=False)))]:
        share, count = coverage(tokens)
        print(f"  {label:<40} {share:6.1%} of {count} tokens")

    # Reference: the words (from our segmentation) that CC-CEDICT reads one way only.
    reference: list[tuple[int, list[str]]] = []
    position = 0
    for word in ours:
        entries = [e for e in dictionary.lookup(word)
                   if len(e.pinyin_numbers.split(" ")) == len(word)]
        readings = {e.pinyin_numbers.lower().replace("u:", "ü") for e in entries}
        if len(word) >= 2 and has_han(word) and len(readings) == 1:
            reference.append((position, readings.pop().split(" ")))
        position += len(word)

    def per_character(text: str) -> list[str]:
        out: list[str] = []
        for item in lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True,
                                v_to_u=True, errors=lambda chars: list(chars)):
            out.append(item)
        return out

    def wrong(readings: list[str]) -> int:
        return sum(readings[start + i] != syllable
                   for start, syllables in reference for i, syllable in enumerate(syllables))

    syllables = sum(len(s) for _, s in reference)
    traditional = per_character(sample)
    simple = per_character(simplified)
    assert len(traditional) == len(simple) == len(sample)
    print(f"\nRaw pypinyin against CC-CEDICT's reading of {len(reference)} sample words "
          f"({syllables} syllables) that have only one:")
    print(f"  on the Traditional original    {wrong(traditional):4d} syllables differ "
          f"({wrong(traditional) / syllables:.1%})")
    print(f"  on the Simplified conversion   {wrong(simple):4d} syllables differ "
          f"({wrong(simple) / syllables:.1%})")
    def mistakes(readings: list[str]) -> set[str]:
        return {f"{sample[start:start + len(syl)]}/{simplified[start:start + len(syl)]} "
                f"{' '.join(readings[start:start + len(syl)])}"
                for start, syl in reference if readings[start:start + len(syl)] != syl}

    only_traditional = sorted(mistakes(traditional) - mistakes(simple))
    only_simplified = sorted(mistakes(simple) - mistakes(traditional))
    print(f"  wrong only from the Traditional ({len(only_traditional)} words), e.g. "
          + "; ".join(only_traditional[:6]))
    print(f"  wrong only from the Simplified ({len(only_simplified)} words), e.g. "
          + "; ".join(only_simplified[:6]))
    reader = PinyinReader("numbers")
    ours_readings: list[str] = []
    for word in ours:
        reading = reader.read_word(word)
        pieces = re.findall(r"[a-zü]+[1-5]", reading.lower())
        ours_readings.extend(pieces if len(pieces) == len(word) else list(word))
    print(f"  PinyinReader (uses CC-CEDICT for these words, so 0 by construction) "
          f"{wrong(ours_readings)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "desktop"))
    startup()
    if not args.skip_throughput:
        throughput(args.repeat)
    quality()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
