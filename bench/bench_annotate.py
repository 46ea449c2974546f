"""Annotation speed: ``duizhao export --no-translate`` of the sample repeated 100 times, as a
whole process, against a plain script making the raw library calls it wraps (OpenCC t2s,
jieba segmentation, pypinyin), imports included; both measured side by side in one run.
Also reports the start-up cost of ``import duizhao.core.pipeline`` and peak memory, and what
the HSK level and Zipf frequency lookups add to annotation (in-process, the same text annotated
with the lookups and with lookups that return nothing; reading their data is timed apart).

    python bench/bench_annotate.py [--repeat 100] [--runs 3] [--levels-only]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"

RAW_SCRIPT = """
import sys
import jieba, opencc, pypinyin
jieba.setLogLevel(60)
text = open(sys.argv[1], encoding="utf-8").read()
simplified = opencc.OpenCC("t2s").convert(text)
words = list(jieba.cut(simplified))
readings = pypinyin.pinyin(words)
print(len(words), len(readings))
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


class _NoLevels:
    def level(self, simplified: str, original: str = "") -> None:
        return None

    def zipf(self, simplified: str, original: str = "") -> None:
        return None


def level_cost(text: str, runs: int) -> None:
    from duizhao.core.pipeline import Annotator
    from duizhao.core.vocab import levels

    start = time.perf_counter()
    levels.hsk_words(levels.DEFAULT_STANDARD)
    hsk_load = time.perf_counter() - start
    start = time.perf_counter()
    levels.zipf_table()
    zipf_load = time.perf_counter() - start
    Annotator().annotate_text(text[:20_000])  # every library warm before either is timed
    with_levels: list[float] = []
    without: list[float] = []
    for run in range(runs):  # interleaved, in turn first, so both see the same machine load
        pairs = [(with_levels, None), (without, _NoLevels())]
        for timings, lookups in pairs if run % 2 else pairs[::-1]:
            annotator = Annotator()
            if lookups is not None:
                annotator.__dict__["levels"] = lookups
            start = time.perf_counter()
            annotator.annotate_text(text)
            timings.append(time.perf_counter() - start)
    w, n = statistics.median(with_levels), statistics.median(without)
    print(f"annotation with levels and frequencies: {w:.2f} s, without: {n:.2f} s "
          f"(+{(w / n - 1) * 100:.1f}%, target < 10%)")
    print(f"reading the data once: HSK lists {hsk_load * 1000:.0f} ms, "
          f"Zipf table {zipf_load * 1000:.0f} ms (derived cache; the first run builds it)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--levels-only", action="store_true",
                        help="only what the level and frequency lookups add")
    args = parser.parse_args()
    if args.levels_only:
        level_cost(SAMPLE.read_text(encoding="utf-8") * args.repeat, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "sample_x.txt"
        big.write_text(SAMPLE.read_text(encoding="utf-8") * args.repeat, encoding="utf-8")
        raw = Path(tmp) / "raw.py"
        raw.write_text(RAW_SCRIPT, encoding="utf-8")
        out = Path(tmp) / "out.json"
        ours_cmd = [sys.executable, "-m", "duizhao", "export", str(big), "-o", str(out),
                    "--no-translate", "--force"]
        raw_cmd = [sys.executable, str(raw), str(big)]
        import_cmd = [sys.executable, "-c", "import duizhao.core.pipeline"]
        ours, plain, imports = [], [], []
        for _ in range(args.runs):  # interleaved so both see the same machine load
            ours.append(timed(ours_cmd)[0])
            plain.append(timed(raw_cmd)[0])
            imports.append(timed(import_cmd)[0])
        peak = timed(ours_cmd)[1]
        chars = len(big.read_text(encoding="utf-8"))
    o, p = statistics.median(ours), statistics.median(plain)
    print(f"text: sample x{args.repeat} = {chars:,} characters, median of {args.runs} runs")
    print(f"duizhao export --no-translate: {o:.2f} s (peak RSS {peak:.0f} MB)")
    print(f"raw OpenCC + jieba + pypinyin: {p:.2f} s")
    print(f"ratio: {o / p:.2f}x (target <= 1.5x)")
    print(f"python -c 'import duizhao.core.pipeline': {statistics.median(imports):.2f} s")
    level_cost(SAMPLE.read_text(encoding="utf-8") * args.repeat, args.runs)


if __name__ == "__main__":
    main()
