"""Peak memory of ``duizhao export`` per format on a large input.

Each export runs as a process of its own (``python -m duizhao export FILE -o OUT
--no-translate``); its peak resident set size is read from ``wait4`` when it ends. The input
is the bundled sample repeated until it reaches ``--megabytes``.

    python bench/bench_export_memory.py [--megabytes 10] [--formats json,html,...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
FORMATS = ("json", "html", "html-interlinear", "markdown", "tmx", "docx", "pdf")


def make_input(folder: Path, megabytes: float) -> Path:
    text = SAMPLE.read_text(encoding="utf-8").strip() + "\n\n"
    copies = max(1, int(megabytes * 1_000_000 / len(text.encode("utf-8"))))
    path = folder / "large.txt"
    with open(path, "w", encoding="utf-8") as out:
        for _ in range(copies):
            out.write(text)
    return path


def peak_rss(source: Path, fmt: str, out_dir: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit status) of one export."""
    name, _, layout = fmt.partition("-")
    suffix = {"markdown": ".md"}.get(name, f".{name}")
    command = [sys.executable, "-m", "duizhao", "export", str(source), "--no-translate",
               "--force", "-o", str(out_dir / f"out{suffix}")]
    if layout:
        command += ["--layout", layout]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.stderr.write(process.stderr.read().decode("utf-8", "replace") if process.stderr
                         else "")
    return usage.ru_maxrss / 1024, seconds, process.returncode  # ru_maxrss is in kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        source = make_input(folder, args.megabytes)
        size = source.stat().st_size / 1_000_000
        print(f"input: {size:.1f} MB of text ({source.name})")
        print(f"{'format':<18}{'peak RSS':>12}{'× input':>10}{'time':>10}")
        for fmt in args.formats.split(","):
            rss, seconds, status = peak_rss(source, fmt, folder)
            note = "" if status == 0 else f"  (exit {status})"
            print(f"{fmt:<18}{rss:>9.0f} MB{rss / size:>9.0f}×{seconds:>9.1f}s{note}")


if __name__ == "__main__":
    main()
