"""``duizhao export FILE… -o DIR/`` and ``duizhao export DIR/ -o OUTDIR/``: many documents at
once, in a pool of processes (annotation is CPU-bound Python: threads would share one core).

One progress line on a terminal, one line per document that failed; a bad document never
stops the others. Exit status 0 when every document was written, 1 when any failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from duizhao.cli.export_file import export_one
from duizhao.cli.progress import TerminalProgress
from duizhao.core.errors import DuizhaoError, ExportError
from duizhao.core.export import FORMATS, resolve_format
from duizhao.core.pipeline import Annotator
from duizhao.core.text.formats import SUFFIXES

_annotators: dict[object, Annotator] = {}  # per worker process: one per glossary


def run_batch(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise ExportError(f"{output} is not a folder: several documents, or a folder of them, "
                          "are written one file each into an output folder (OUTDIR/)")
    out_format = resolve_format("", args.format or "json")
    documents = collect_documents(args.files)
    if not documents:
        raise ExportError("no documents to export (looked for "
                          f"{', '.join(SUFFIXES)} in {', '.join(map(str, args.files))})")
    output.mkdir(parents=True, exist_ok=True)
    jobs = list(zip(documents, output_names(documents, output, out_format), strict=True))
    progress = TerminalProgress(sys.stderr)
    report = progress.stage("Exporting")
    failures: list[str] = []
    workers = max(1, min(args.jobs or os.cpu_count() or 1, len(jobs)))
    # spawn: a worker starts clean on every platform, whatever threads this process has
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures: dict[Future[str | None], Path] = {
            pool.submit(_export_in_worker, source, target, args): source
            for source, target in jobs}
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                failure = _failure(futures[future], future)
                if failure is not None:
                    failures.append(failure)
                    progress.message(f"duizhao: {failure}")
                report(done, len(jobs))
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    progress.finish()
    written = len(jobs) - len(failures)
    print(f"wrote {written} of {len(jobs)} documents to {output}", file=sys.stderr)
    if failures:
        print(f"duizhao: {len(failures)} of {len(jobs)} documents failed", file=sys.stderr)
        return 1
    return 0


def collect_documents(inputs: list[Path]) -> list[Path]:
    """The files named, and the documents in the folders named (and their subfolders), in
    order; hidden files and folders are skipped."""
    found: list[Path] = []
    for item in inputs:
        if item.is_dir():
            found.extend(sorted(
                path for path in item.rglob("*")
                if path.suffix.lower() in SUFFIXES and path.is_file()
                and not any(part.startswith(".") for part in path.relative_to(item).parts)))
        else:
            found.append(item)  # named explicitly: a missing or odd file is reported, not skipped
    return list(dict.fromkeys(found))


def output_names(documents: list[Path], folder: Path, out_format: str) -> list[Path]:
    """``name.json`` for ``name.txt``; when two documents share a stem (``a.txt``, ``a.md``, or
    ``x/a.txt``, ``y/a.txt``), their full names tell them apart (``a.txt.json``, then a
    number)."""
    suffix = FORMATS[out_format].extensions[0]
    stems = [doc.stem for doc in documents]
    taken: set[str] = set()
    names: list[Path] = []
    for document, stem in zip(documents, stems, strict=True):
        name = stem + suffix if stems.count(stem) == 1 else document.name + suffix
        base, number = name, 2
        while name in taken:
            name = f"{Path(base).stem}-{number}{suffix}"
            number += 1
        taken.add(name)
        names.append(folder / name)
    return names


def _export_in_worker(source: Path, target: Path, args: argparse.Namespace) -> str | None:
    """Runs in a worker: the failure's one line, or ``None`` when written."""
    if target.exists() and not args.force:
        return f"{target} exists; add --force to overwrite it"
    try:
        export_one(source, target, args, annotators=_annotators)
    except DuizhaoError as error:
        return str(error) if str(source) in str(error) else f"{source}: {error}"
    except Exception as error:  # noqa: BLE001 - one bad document must not stop the batch
        return f"{source}: unexpected error ({type(error).__name__}: {error})"
    return None


def _failure(source: Path, future: Future[str | None]) -> str | None:
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - a worker that died (killed, out of memory)
        return f"{source}: the export process failed ({type(error).__name__}: {error})"
