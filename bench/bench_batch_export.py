"""Many documents at once: 200 articles the size of the bundled sample exported to JSON
without translation, one ``duizhao export`` process per file (a shell loop) against one
``duizhao export DIR/ -o OUT/`` (a process pool, one worker per core, and one worker).

    python bench/bench_batch_export.py [--count 200] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"


def make_articles(folder: Path, count: int) -> list[Path]:
    """``count`` different articles of the sample's size: its paragraphs rotated."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    paths = []
    for number in range(count):
        shift = number % len(paragraphs)
        path = folder / f"article-{number:03d}.txt"
        path.write_text("\n".join(paragraphs[shift:] + paragraphs[:shift]) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    duizhao = [sys.executable, "-m", "duizhao", "export"]
    with tempfile.TemporaryDirectory() as temp:
        articles = Path(temp) / "articles"
        articles.mkdir()
        paths = make_articles(articles, args.count)
        out = Path(temp) / "out"
        out.mkdir()
        start = time.perf_counter()
        for path in paths:
            subprocess.run([*duizhao, str(path), "-o", str(out / f"{path.stem}.json"),
                            "--no-translate"], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        per_file = time.perf_counter() - start
        results = {"one process per file": per_file}
        for jobs in sorted({1, args.jobs}):
            shutil.rmtree(out)
            results[f"batch, {jobs} worker(s)"] = timed(
                [*duizhao, str(articles), "-o", f"{out}/", "--no-translate",
                 "--jobs", str(jobs)])
        written = len(list(out.glob("*.json")))
    print(f"{args.count} articles of {SAMPLE.stat().st_size // 1024} kB, JSON, no translation; "
          f"{os.cpu_count()} cores; {written} files written by the last run")
    for name, seconds in results.items():
        print(f"{name:<24}{seconds:8.1f} s  {per_file / seconds:5.2f}x  "
              f"{seconds / args.count * 1000:6.0f} ms/article")


if __name__ == "__main__":
    main()
