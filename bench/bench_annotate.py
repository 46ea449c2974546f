"""Annotation speed: ``duizhao export --no-translate`` of the sample repeated 100 times, as a
whole process, against a plain script making the raw library calls it wraps (OpenCC t2s,
jieba segmentation, pypinyin), imports included; both measured side by side in one run.
Also reports the start-up cost of ``import duizhao.core.pipeline`` and peak memory.

    python bench/bench_annotate.py [--repeat 100] [--runs 3]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
