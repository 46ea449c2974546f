"""Translation-memory speed.

1. A 100,000-unit TMX (the sample's sentences, each in many variants: a number put into it,
   so most units are near-copies of a sample sentence — the hard case for fuzzy matching)
   imported with ``import_tmx``, as ``duizhao tm import`` does (goal: under 10 s).
2. Exact lookup of the sample ×100 (10,800 sentences) against that memory, as a document's
   translation does it (goal: under 1 s).
3. Fuzzy suggestions for one sentence against the 100,000 units (goal: under 50 ms), after the
   first call has read the keys into memory (timed apart).

    python bench/bench_tm.py [--units 100000] [--repeat 20]

Wall-clock and CPU times are both printed: on a shared machine the CPU time is the steadier.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"


def sample_sentences() -> list[str]:
    from duizhao.core.text.sentences import split_sentences

    text = SAMPLE.read_text(encoding="utf-8")
    return [text[a:b] for a, b in split_sentences(text, 0, len(text)) if text[a:b].strip()]


def write_tmx(path: Path, sentences: list[str], units: int) -> None:
    from duizhao.core.memory.store import Unit
    from duizhao.core.memory.tmx import write_tmx as write

    def generate():  # type: ignore[no-untyped-def]
        for i in range(units):
            sentence = sentences[i % len(sentences)]
            cut = (i // len(sentences)) % max(1, len(sentence))
            yield Unit(f"{sentence[:cut]}{i}{sentence[cut:]}", f"English sentence number {i}.",
                       "zh-TW", "en-US", "tmx:bench")

    with open(path, "w", encoding="utf-8") as handle:
        write(handle, generate())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["DUIZHAO_HOME"] = home
        from duizhao.core.memory import FuzzyMatcher, TranslationMemory, import_tmx

        sentences = sample_sentences()
        tmx = Path(home) / "bench.tmx"
        write_tmx(tmx, sentences, args.units)
        memory = TranslationMemory(Path(home) / "tm.sqlite3")
        memory.remember(sentences[5], "A sentence translated before.")
        start, cpu = time.perf_counter(), time.process_time()
        report = import_tmx(memory, tmx)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = tmx.stat().st_size / 1e6
        print(f"import   {report.imported:,} units ({size:.1f} MB TMX): {took:.2f} s "
              f"(CPU {cpu:.2f} s)")

        document = sentences * 100
        times, cpus = [], []
        for _ in range(5):
            start, cpu = time.perf_counter(), time.process_time()
            found = memory.exact(document)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        print(f"exact    {len(document):,} sentences against {report.imported + 1:,} units: "
              f"median {statistics.median(times) * 1000:.0f} ms "
              f"(CPU {statistics.median(cpus) * 1000:.0f} ms), {len(found)} found")

        matcher = FuzzyMatcher(memory)
        start = time.perf_counter()
        matcher.suggest(sentences[0])
        first = time.perf_counter() - start
        times, cpus = [], []
        for i in range(args.repeat):
            sentence = sentences[(i * 7) % len(sentences)]
            start, cpu = time.perf_counter(), time.process_time()
            suggestions = matcher.suggest(sentence)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        print(f"fuzzy    one sentence: median {statistics.median(times) * 1000:.1f} ms "
              f"(CPU {statistics.median(cpus) * 1000:.1f} ms), "
              f"max {max(times) * 1000:.1f} ms ({len(suggestions)} suggestions; the first call, "
              f"reading the keys: {first * 1000:.0f} ms)")
        memory.close()


if __name__ == "__main__":
    main()
