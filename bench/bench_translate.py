"""Translation speed on the sample, side by side, on the same sentences and the same model.

    .venv/bin/python bench/bench_translate.py [--repeat N] [--beam 4]

Builds the tiny real Argos package from ``tests/tinymodel.py`` (random weights: the output is
nonsense, so this measures machinery, not quality) in a temporary folder, then times:

1. ours: the pipeline's sentences batched into CTranslate2 (``TranslationService``, no cache);
2. argostranslate's own ``translate()`` called per paragraph — its sentence splitter (MiniSBD)
   downloads an ONNX model at run time, which is impossible offline, so it is handed our own
   sentence splitter: it sees exactly the same sentences;
3. our engine called once per sentence (unbatched), to show what batching buys;
4. a cached re-translation of the sample;
and reports memory (RSS) before and after the model is loaded, and the peak.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(func, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--beam", type=int, default=4, help="beam size (Argos default: 4)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="duizhao-bench-"))
    # argostranslate reads these when imported: set them first
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    os.environ["DUIZHAO_HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg-data")
    os.environ["XDG_CACHE_HOME"] = str(work / "xdg-cache")
    os.environ["XDG_CONFIG_HOME"] = str(work / "xdg-config")

    from duizhao.core.glossary.files import load_glossary
    from duizhao.core.pipeline import Annotator
    from duizhao.core.text.sentences import split_sentences
    from duizhao.core.translate import TranslateOptions, TranslationService, install_from_file
    from tinymodel import SAMPLE, SAMPLE_GLOSSARY, build_tiny_package

    text = SAMPLE.read_text(encoding="utf-8")
    document = Annotator(load_glossary(SAMPLE_GLOSSARY)).annotate_text(text)
    sentences = list(document.sentences())
    paragraphs = [text[p.start:p.end] for p in document.paragraphs]
    model = install_from_file(build_tiny_package(work / "build").archive)
    print(f"sample: {len(sentences)} sentences in {len(paragraphs)} paragraphs; "
          f"model: tiny random {model.label} ({model.size / 1e6:.1f} MB); beam {args.beam}; "
          f"median of {args.repeat} runs")

    # the same decoding for everyone: Argos' length limit (256), one hypothesis, no term
    # protection (argostranslate has none); ours with protection is shown separately
    same = TranslateOptions(beam_size=args.beam, num_hypotheses=1, use_cache=False,
                            protect_terms=False, relative_length_cap=False)
    rss_before = rss_mb()
    ours = TranslationService(same)
    engine = ours.engine()
    assert engine is not None
    engine.load()
    rss_loaded = rss_mb()

    def run_ours() -> None:
        for sentence in sentences:
            sentence.translation = None
        ours.translate_sentences(sentences)

    t_ours = timed(run_ours, args.repeat)

    def run_unbatched() -> None:
        for sentence in sentences:
            engine.translate([sentence.simplified or sentence.original])

    t_unbatched = timed(run_unbatched, args.repeat)

    full = TranslationService(TranslateOptions(beam_size=args.beam, use_cache=False,
                                               relative_length_cap=False))
    t_full = timed(lambda: full.translate_sentences(sentences), args.repeat)

    peak_ours = peak_mb()  # before argostranslate.translate (and onnxruntime) is imported
    t_argos = argos_per_paragraph(paragraphs, split_sentences, args.repeat, args.beam)

    cached = TranslationService(TranslateOptions(beam_size=args.beam))
    cached.translate_sentences(sentences)  # fills the cache
    fresh = TranslationService(TranslateOptions(beam_size=args.beam))
    t_cached = timed(lambda: fresh.translate_sentences(sentences), args.repeat)
    fresh_engine = fresh.engine()
    assert fresh_engine is not None and fresh_engine.calls == 0

    print()
    print(f"{'what':<62}{'seconds':>9}{'sent/s':>9}")
    rows = [
        ("ours: batched CTranslate2, same sentences", t_ours),
        ("ours: one CTranslate2 call per sentence (unbatched)", t_unbatched),
    ]
    if t_argos is not None:
        rows.append(("argostranslate translate() per paragraph, same sentences", t_argos))
    rows += [
        ("ours: + glossary protection, 4 hypotheses for term sentences", t_full),
        ("ours: cached re-translation (new service, nothing loaded)", t_cached),
    ]
    for label, seconds in rows:
        print(f"{label:<62}{seconds:>9.3f}{len(sentences) / seconds:>9.0f}")
    if t_argos is not None:
        print(f"\nratio argostranslate / ours (batched): {t_argos / t_ours:.2f}x")
    print(f"ratio unbatched / batched: {t_unbatched / t_ours:.2f}x")
    print(f"\nRSS with the annotated sample, before loading the model: {rss_before:.0f} MB; "
          f"after loading it: {rss_loaded:.0f} MB")
    print(f"peak RSS of our translation runs: {peak_ours:.0f} MB; peak of the whole run "
          f"(with argostranslate.translate imported): {peak_mb():.0f} MB")
    print("(the tiny model is under 1 MB; a real Argos package's model.bin also lives in "
          "memory once loaded — not measured here, no real model is available offline)")
    return 0


def argos_per_paragraph(paragraphs: list[str], split_sentences, repeat: int,  # type: ignore[no-untyped-def]
                        beam: int) -> float | None:
    try:
        from argostranslate import settings
        from argostranslate import translate as argos_translate
    except ImportError as error:
        print(f"argostranslate translate() not importable ({error}); skipped")
        return None
    heavy = sorted(m for m in ("torch", "stanza", "spacy") if m in sys.modules)
    print(f"argostranslate.translate imported; torch/stanza/spacy loaded: {heavy or 'none'}")
    settings.beam_size = beam
    languages = {lang.code: lang for lang in argos_translate.get_installed_languages()}
    translation = languages["zh"].get_translation(languages["en"])

    class OurSentences:  # stands in for MiniSBD, which would download its model
        def split_sentences(self, text: str) -> list[str]:
            return [text[a:b] for a, b in split_sentences(text)]

    translation.underlying.sentencizer = OurSentences()

    def run() -> None:
        for paragraph in paragraphs:
            translation.underlying.translate(paragraph)  # past its in-memory paragraph cache

    return timed(run, repeat)


if __name__ == "__main__":
    raise SystemExit(main())
