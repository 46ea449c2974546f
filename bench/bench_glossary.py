"""Glossary speed.

1. A 10,000-entry glossary (the sample's 21 entries + CC-CEDICT proper names) matched over the
   sample ×100 (~390,000 characters) sentence by sentence, as the pipeline does it, against
   the annotation time of that text (``Annotator`` with the sample glossary).
2. One glossary edit re-highlighting that 390,000-character annotated document: the edit on the
   merged personal + document glossaries plus :func:`rematch_terms` — the work done on the
   GUI thread when an entry is added, changed or removed.

3. ``--gui``: the same edits made in the reading window (offscreen) on that document, timed
   on the GUI thread: undo command, glossary update, re-match, re-rendering the changed rows of
   every pane, plus the legend refresh that follows.

    python bench/bench_glossary.py [--repeat 100] [--entries 10000] [--no-annotate] [--gui]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from duizhao.core.document import Document, GlossaryEntry, Paragraph, Script, Sentence, Source
from duizhao.core.glossary.entries import Glossary, rematch_terms
from duizhao.core.glossary.files import load_glossary
from duizhao.core.glossary.glossary_set import DOCUMENT, PERSONAL, GlossarySet
from duizhao.core.language.dictionary import Dictionary

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
SAMPLE_GLOSSARY = ROOT / "seeds" / "000_bacf4da327376ca6.glossary.csv"


def big_glossary(size: int) -> list[GlossaryEntry]:
    """The sample's entries, then CC-CEDICT proper names (what a names glossary looks like)."""
    entries = list(load_glossary(SAMPLE_GLOSSARY))
    seen = {form for entry in entries for form in entry.forms()}
    dictionary = Dictionary.bundled()
    for word in dictionary.words():
        if len(entries) >= size:
            break
        if len(word) < 2 or word in seen:
            continue
        found = dictionary.lookup(word)
        if not found or not found[0].is_proper_name:
            continue
        first = found[0]
        entries.append(GlossaryEntry(first.traditional, first.simplified,
                                     (first.definitions or [""])[0], "person", first.pinyin))
        seen.update((first.traditional, first.simplified))
    return entries


def annotate(text: str, glossary: Glossary) -> tuple[Document, float | None]:
    try:
        from duizhao.core.pipeline import Annotator
    except ImportError:
        return split_only(text, glossary), None
    annotator = Annotator(glossary)
    annotator.annotate_text("預熱。")  # load dictionary, segmenter and pinyin before timing
    start = time.perf_counter()
    document = annotator.annotate_text(text)
    return document, time.perf_counter() - start


def split_only(text: str, glossary: Glossary) -> Document:
    from duizhao.core.text.sentences import iter_paragraphs, split_sentences

    paragraphs = []
    number = 0
    for p_start, p_end in iter_paragraphs(text):
        sentences = []
        for start, end in split_sentences(text, p_start, p_end):
            original = text[start:end]
            sentences.append(Sentence(number, start, end, original, original, original,
                                      terms=glossary.find(original, offset=start)))
            number += 1
        paragraphs.append(Paragraph(p_start, p_end, sentences))
    return Document(Source(None, "utf-8", Script.TRADITIONAL), text, paragraphs)


def match_all(document: Document, glossary: Glossary) -> float:
    start = time.perf_counter()
    for sentence in document.sentences():
        glossary.find(sentence.original, offset=sentence.start)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--no-annotate", action="store_true",
                        help="skip the (slow) annotation; split sentences only")
    parser.add_argument("--gui", action="store_true",
                        help="time the edits in the reading window instead")
    args = parser.parse_args()
    if args.gui:
        gui_bench(args.repeat, args.entries)
        return

    text = SAMPLE.read_text(encoding="utf-8") * args.repeat
    entries = big_glossary(args.entries)
    forms = sum(len(entry.forms()) for entry in entries)
    print(f"text: sample ×{args.repeat} = {len(text):,} characters; "
          f"glossary: {len(entries):,} entries, {forms:,} written forms")

    start = time.perf_counter()
    big = Glossary(entries)
    big.compact()
    print(f"build the automaton: {1000 * (time.perf_counter() - start):.1f} ms")

    sample_glossary = load_glossary(SAMPLE_GLOSSARY)
    if args.no_annotate:
        document, annotation = split_only(text, sample_glossary), None
    else:
        document, annotation = annotate(text, sample_glossary)
    sentences = document.sentence_count()
    runs = [match_all(document, big) for _ in range(5)]
    matching = statistics.median(runs)
    hits = sum(len(big.find(s.original)) for s in document.sentences())
    print(f"match {sentences:,} sentences: {1000 * matching:.1f} ms "
          f"(median of 5; {hits:,} hits)")
    start = time.perf_counter()
    big.find(text)
    print(f"match the whole text in one call: {1000 * (time.perf_counter() - start):.1f} ms")
    if annotation is not None:
        print(f"annotation of the same text (sample glossary): {annotation:.2f} s; "
              f"10,000-entry matching = {100 * matching / annotation:.1f}% of it")

    # -- one edit, re-highlighted ---------------------------------------------------------
    personal = Glossary(entries[21:], kind=PERSONAL)
    document_glossary = Glossary(entries[:21], kind=DOCUMENT)
    glossaries = GlossarySet(document_glossary, personal)
    merged = glossaries.merged
    for sentence in document.sentences():  # highlights as the merged glossary gives them
        sentence.terms = merged.find(sentence.original, offset=sentence.start)
    andrei = GlossaryEntry("安德烈", "安德烈", "Andrey", "person", "Āndéliè")
    renamed = GlossaryEntry("安德烈", "安德烈", "Andrei", "person", "Āndéliè")
    mine = GlossaryEntry("普京", "普京", "Putin (mine)", "person")
    putin = merged.lookup("普京")
    assert putin is not None
    # Each edit and its undo; the round is repeated and the median of each edit reported.
    edits = [
        ("add 安德烈 (document)", lambda: glossaries.add(andrei, DOCUMENT),
         lambda: glossaries.remove(andrei)),
        ("edit its English", lambda: glossaries.replace(andrei, renamed),
         lambda: glossaries.replace(renamed, andrei)),
        ("add 普京 to personal (hidden)", lambda: glossaries.add(mine, PERSONAL),
         lambda: glossaries.remove(mine)),
        ("remove 普京 from document", lambda: glossaries.remove(putin),
         lambda: glossaries.add(putin, DOCUMENT, 0)),
    ]
    ordered = list(document.sentences())  # the window keeps this list (its rows)
    timings: dict[str, list[float]] = {label: [] for label, _, _ in edits}
    changed_counts: dict[str, int] = {}
    for _ in range(5):
        for label, edit, _ in edits:
            start = time.perf_counter()
            changed = rematch_terms(document, glossaries.merged, edit(), ordered)
            timings[label].append(time.perf_counter() - start)
            changed_counts[label] = len(changed)
        for _, _, undo in reversed(edits):
            rematch_terms(document, glossaries.merged, undo(), ordered)
    print(f"one edit re-highlighting {len(text):,} characters ({sentences:,} sentences), "
          "median of 5:")
    for label, values in timings.items():
        print(f"  {label:<32} {1000 * statistics.median(values):6.1f} ms  "
              f"({changed_counts[label]:,} sentences changed)")
    print(f"  worst single edit: {1000 * max(max(v) for v in timings.values()):.1f} ms")
    start = time.perf_counter()
    glossaries.merged.compact()
    print(f"rebuild the automaton later (idle time): "
          f"{1000 * (time.perf_counter() - start):.1f} ms")


def gui_bench(repeat: int, size: int) -> None:
    import os
    import tempfile

    home = tempfile.mkdtemp(prefix="duizhao-bench-")
    os.environ["DUIZHAO_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from duizhao.core.glossary.files import save_glossary
    from duizhao.core.glossary.glossary_set import personal_glossary_path
    from duizhao.ui.changes import GlossaryChange
    from duizhao.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    entries = big_glossary(size)
    personal_glossary_path().parent.mkdir(parents=True, exist_ok=True)
    save_glossary(Glossary(entries[21:]), personal_glossary_path())
    document_path = Path(home) / "sample_x.txt"
    document_path.write_text(SAMPLE.read_text(encoding="utf-8") * repeat, encoding="utf-8")
    save_glossary(Glossary(entries[:21]), document_path.with_name("sample_x.glossary.csv"))

    window = MainWindow()
    window.show()
    loop = QEventLoop()
    window.document_ready.connect(loop.quit)
    start = time.perf_counter()
    window.open_file(document_path)
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    window.session.cancel_translation()
    app.processEvents()
    print(f"window: {len(window.model.document.text):,} characters, "
          f"{window.model.rowCount():,} sentences annotated in "
          f"{time.perf_counter() - start:.1f} s; glossaries: {len(entries) - 21:,} personal "
          "+ 21 document entries")
    edits = window.session.glossary
    glossaries = edits.glossaries
    andrei = GlossaryEntry("安德烈", "安德烈", "Andrey", "person", "Āndéliè")
    renamed = GlossaryEntry("安德烈", "安德烈", "Andrei", "person", "Āndéliè")
    putin = glossaries.merged.lookup("普京")
    steps = [
        ("add 安德烈 (document)", lambda: edits.add(andrei, DOCUMENT)),
        ("edit its English", lambda: edits.edit(DOCUMENT, andrei, renamed)),
        ("undo the edit", edits.undo_stack.undo),
        ("remove 普京 from document", lambda: edits.remove([(DOCUMENT, putin)])),
        ("undo the removal", edits.undo_stack.undo),
    ]
    print("one edit in the window, GUI-thread time:")
    for label, edit in steps:
        rows: list[int] = []

        def collect(change: GlossaryChange, rows: list[int] = rows) -> None:
            rows.extend(change.rows)

        window.session.glossary_changed.connect(collect)
        start = time.perf_counter()
        edit()
        elapsed = time.perf_counter() - start
        window.session.glossary_changed.disconnect(collect)
        start = time.perf_counter()
        window.side.legend.refresh()  # what the queued legend refresh costs
        legend = time.perf_counter() - start
        app.processEvents()
        print(f"  {label:<28} {1000 * elapsed:6.1f} ms + legend {1000 * legend:4.1f} ms "
              f"({len(rows):,} rows re-rendered)")
    edits.save()
    window.close()


if __name__ == "__main__":
    main()
