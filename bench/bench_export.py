"""Export speed: the annotated sample written 100 times to each format, each format in a
whole process of its own (interpreter start, imports, Qt start-up for PDF included), against
the JSON export of the same document in the same conditions (ratio).

The sample is annotated once beforehand (annotation has its own benchmark) and every sentence
is given its word-gloss English marked as a reader's edit, so TMX writes all its units and the
English columns are full.

    python bench/bench_export.py [--repeat 100] [--formats html,pdf,...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
FORMATS = ("json", "html", "html-interlinear", "markdown", "tmx", "docx", "pdf",
           "pdf-interlinear")

EXPORT_SCRIPT = """
import json, sys, time
from duizhao.core.document import Document
from duizhao.core.export import ExportOptions, export_document
source, fmt, layout, repeat, out = sys.argv[1:6]
if fmt == "pdf":
    import duizhao.pdf.writer  # registers the PDF writer (starts Qt)
document = Document.from_dict(json.load(open(source, encoding="utf-8")))
options = ExportOptions(layout=layout)
start = time.perf_counter()
for _ in range(int(repeat)):
    export_document(document, out, options, format=fmt, force=True)
print(time.perf_counter() - start)
"""


def prepare(path: Path) -> int:
    from duizhao.core.glossary.files import load_glossary
    from duizhao.core.pipeline import annotate_file
    from duizhao.core.translate import translate_document

    document = annotate_file(SAMPLE, load_glossary(SAMPLE.with_name(
        SAMPLE.stem + ".glossary.csv")))
    translate_document(document)  # no model in a fresh home: the word gloss
    for sentence in document.sentences():
        if sentence.translation:
            sentence.translation_source = "user"
    path.write_text(json.dumps(document.to_dict(), ensure_ascii=False), encoding="utf-8")
    return document.sentence_count()


def run(source: Path, name: str, repeat: int, folder: Path) -> tuple[float, float, int]:
    """(process wall seconds, seconds inside the export loop, output bytes)."""
    fmt, _, variant = name.partition("-")
    layout = "interlinear" if variant == "interlinear" else "side-by-side"
    extension = {"markdown": ".md"}.get(fmt, "." + fmt)
    out = folder / f"out-{name}{extension}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_SCRIPT, str(source), fmt, layout, str(repeat), str(out)],
        check=True, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    return wall, float(result.stdout.strip().splitlines()[-1]), out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    names = [n for n in args.formats.split(",") if n]
    if "json" not in names:
        names.insert(0, "json")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["DUIZHAO_HOME"] = str(folder / "home")  # no installed model, no cache
        source = folder / "sample.annotated.json"
        count = prepare(source)
        print(f"sample: {count} sentences, exported {args.repeat}x per format, "
              f"one process per format\n")
        print(f"{'format':<18}{'process s':>10}{'loop s':>9}{'ms/export':>11}"
              f"{'size KB':>9}{'x JSON':>8}")
        results = {name: run(source, name, args.repeat, folder) for name in names}
        base = results["json"][0]
        for name, (wall, loop, size) in results.items():
            print(f"{name:<18}{wall:>10.2f}{loop:>9.2f}{1000 * loop / args.repeat:>11.1f}"
                  f"{size / 1024:>9.1f}{wall / base:>8.1f}")


if __name__ == "__main__":
    main()
