"""Translate a document's sentences: translation memory first, then the cache, then the model
in batches, else a gloss.

One translation per pipeline sentence, so the English stays aligned with its original.
``translate_document`` fills ``sentence.translation``, ``translation_source``,
``term_warnings`` and ``alternatives`` (the model's other hypotheses, from the same run) only
once every sentence is done: a cancelled run leaves the document as it was (translations
already computed stay in the disk cache, so the next run is quicker). English a person wrote
or reviewed (``Sentence.by_person``) is left alone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from duizhao.core.document import MAX_ALTERNATIVES, TM_SOURCE, Document, Sentence
from duizhao.core.memory.store import TranslationMemory, shared_memory
from duizhao.core.translate import alignment, gloss, terms
from duizhao.core.translate.cache import Cached, TranslationCache, cache_key, default_cache_path
from duizhao.core.translate.common import CancelToken, Progress, check_cancel
from duizhao.core.translate.engine import Engine, EngineOptions, Output
from duizhao.core.translate.packages import InstalledModel, best_installed_model

NO_MODEL_HINT = ("No translation model is installed, so the English is a word-by-word gloss; "
                 "run `duizhao models download` to install the Argos Chinese→English model.")
@dataclass(frozen=True)
class TranslateOptions:
    beam_size: int = 4
    num_hypotheses: int = 4  # kept as alternatives; tried in turn to keep glossary names
    threads: int = 0
    batch_size: int = 16  # sentences per model call between progress/cancel checks
    use_cache: bool = True
    protect_terms: bool = True
    max_decoding_length: int = 256
    relative_length_cap: bool = True
    use_memory: bool = True  # exact translation-memory matches before the model

    def engine_options(self) -> EngineOptions:
        return EngineOptions(beam_size=self.beam_size, threads=self.threads,
                             max_batch_size=self.batch_size,
                             max_decoding_length=self.max_decoding_length,
                             relative_length_cap=self.relative_length_cap)


@dataclass
class TranslationSummary:
    total: int = 0  # sentences given a translation
    from_cache: int = 0
    translated: int = 0  # by the model in this run
    glossed: int = 0
    from_memory: int = 0  # exact translation-memory matches
    skipped: int = 0  # English by a person left alone, empty sentences
    warnings: int = 0  # sentences whose translation misses a glossary name
    model: str | None = None  # "translate-zh_en 1.9", None when glossed
    # one line for the user: how to install the model, or that the disk cache cannot be used
    hint: str | None = None


@dataclass
class _Job:
    sentence: Sentence
    text: str  # what the model reads (protected)
    english: tuple[str, ...]
    key: str = ""
    origins: tuple[int, ...] = ()  # per character of ``text``: its place in the sentence
    lead: int = 0  # characters stripped from the start of the sentence
    result: str | None = None
    lost: tuple[str, ...] = field(default_factory=tuple)
    links: list[alignment.Link] = field(default_factory=list)  # from attention only
    alternatives: list[str] = field(default_factory=list)


class TranslationService:
    """Owns the engine (one loaded model) and the cache. Thread-safe: one translation runs at a
    time; a second caller waits. Qt-free: the window runs it in a worker thread."""

    def __init__(self, options: TranslateOptions | None = None, *,
                 packages_directory: Path | None = None,
                 cache: TranslationCache | None = None,
                 memory: TranslationMemory | None = None) -> None:
        self.options = options or TranslateOptions()
        self.packages_directory = packages_directory
        self._memory = memory
        self._cache = cache
        self._cache_given = cache is not None
        self._engine: Engine | None = None
        self._lock = threading.RLock()

    # --- model ---------------------------------------------------------------------------
    def current_model(self) -> InstalledModel | None:
        """The model translations come from now (the newest installed zh→en package)."""
        return best_installed_model(self.packages_directory)

    def engine(self) -> Engine | None:
        """The engine for the current model; a model installed or removed since the last call
        is picked up here (the old one is dropped)."""
        model = self.current_model()
        with self._lock:
            if model is None:
                self._engine = None
            elif self._engine is None or self._engine.model != model:
                self._engine = Engine(model, self.options.engine_options())
            return self._engine

    @property
    def cache(self) -> TranslationCache:
        # the default cache follows the user cache folder as it is now (tests move it)
        if not self._cache_given and (self._cache is None
                                      or self._cache.path != default_cache_path()):
            if self._cache is not None:
                self._cache.close()
            self._cache = TranslationCache()
        assert self._cache is not None
        return self._cache

    @property
    def memory(self) -> TranslationMemory | None:
        if not self.options.use_memory:
            return None
        return self._memory if self._memory is not None else shared_memory()

    def close(self) -> None:
        with self._lock:
            self._engine = None
            if self._cache is not None:
                self._cache.close()

    # --- translating ---------------------------------------------------------------------
    def translate_document(self, document: Document, *, progress: Progress | None = None,
                           cancel: CancelToken | None = None) -> TranslationSummary:
        return self.translate_sentences(list(document.sentences()), progress=progress,
                                        cancel=cancel)

    def translate_sentences(self, sentences: Sequence[Sentence], *,
                            progress: Progress | None = None,
                            cancel: CancelToken | None = None) -> TranslationSummary:
        with self._lock:
            todo = [s for s in sentences if not s.by_person and s.original.strip()]
            summary = TranslationSummary(skipped=len(sentences) - len(todo))
            check_cancel(cancel, "The translation")
            todo = self._from_memory(todo, summary)
            if not todo:
                return summary
            engine = self.engine()
            if engine is None:
                return self._gloss(todo, summary, progress, cancel)
            return self._translate(engine, todo, summary, progress, cancel)

    def _from_memory(self, todo: list[Sentence], summary: TranslationSummary) -> list[Sentence]:
        """Give the sentences the memory knows their English; returns the others."""
        memory = self.memory
        if memory is None or not todo:
            return todo
        found = memory.exact(s.original for s in todo)
        rest = []
        for sentence in todo:
            english = found.get(sentence.original)
            if english is None:
                rest.append(sentence)
            else:
                sentence.set_english(english, TM_SOURCE)
                sentence.alignment = alignment.certain_links(sentence, english)
        summary.from_memory = len(todo) - len(rest)
        summary.total += summary.from_memory
        return rest

    def _gloss(self, todo: list[Sentence], summary: TranslationSummary,
               progress: Progress | None, cancel: CancelToken | None) -> TranslationSummary:
        results = []
        for done, sentence in enumerate(todo):
            if done % 64 == 0:
                check_cancel(cancel, "The translation")
                if progress:
                    progress(done, len(todo))
            results.append(gloss.gloss_with_links(sentence))
        for sentence, (text, links) in zip(todo, results, strict=True):
            sentence.set_english(text, gloss.SOURCE)
            sentence.alignment = links
        if progress:
            progress(len(todo), len(todo))
        summary.glossed = len(todo)
        summary.total += len(todo)
        summary.hint = NO_MODEL_HINT if todo else None
        return summary

    def _translate(self, engine: Engine, todo: list[Sentence], summary: TranslationSummary,
                   progress: Progress | None, cancel: CancelToken | None) -> TranslationSummary:
        model = engine.model
        jobs = [self._job(sentence, model) for sentence in todo]
        total = len(jobs)
        done = 0
        if progress:
            progress(0, total)
        if self.options.use_cache:
            cached = self.cache.get_many(job.key for job in jobs)
            for job in jobs:
                if job.key in cached:
                    cached_job = cached[job.key]
                    job.result, job.links = cached_job.translation, cached_job.links
                    job.alternatives = cached_job.alternatives
                    job.lost = tuple(terms.missing(job.result, job.english))
            summary.from_cache = done = sum(job.result is not None for job in jobs)
            if progress and done:
                progress(done, total)
        # one model input per distinct sentence; sorted by length so a batch pads little
        same: dict[str, list[_Job]] = {}
        for job in jobs:
            if job.result is None:
                same.setdefault(job.key, []).append(job)
        pending = sorted((group[0] for group in same.values()), key=lambda j: len(j.text))
        # every sentence asks for the alternatives the editor offers: the beam search finds
        # them anyway, so they cost next to nothing and no second run
        hypotheses = max(1, self.options.num_hypotheses)
        for batch in _batches(pending, self.options.batch_size):
            check_cancel(cancel, "The translation")
            outputs = engine.translate_detailed([job.text for job in batch],
                                                num_hypotheses=hypotheses)
            for job, output in zip(batch, outputs, strict=True):
                candidates = [h.text for h in output.hypotheses]
                choice = terms.choose(candidates, job.english)
                links = _attention_links(job, output, choice.hypothesis, choice.translation)
                others = _alternatives(candidates, job.english, choice.translation)
                for twin in same[job.key]:
                    twin.result, twin.lost = choice.translation, choice.missing
                    twin.links, twin.alternatives = links, others
            if self.options.use_cache:
                self.cache.put_many(
                    (job.key, model.label, job.sentence.original,
                     Cached(job.result or "", job.links, job.alternatives)) for job in batch)
            covered = sum(len(same[job.key]) for job in batch)
            done += covered
            summary.translated += covered
            if progress:
                progress(done, total)
        label = f"argos:{model.label}"
        for job in jobs:
            sentence = job.sentence
            sentence.set_english(job.result or "", label, alternatives=job.alternatives,
                                 term_warnings=list(job.lost))
            sentence.alignment = alignment.merge(
                alignment.certain_links(sentence, sentence.translation or ""), job.links)
        summary.total += total
        summary.model = model.label
        summary.warnings = sum(1 for job in jobs if job.lost)
        if self.options.use_cache:
            summary.hint = self.cache.take_problem()
        return summary

    def _job(self, sentence: Sentence, model: InstalledModel) -> _Job:
        # Argos "zh" models are trained on Simplified Chinese; "zt" ones on Traditional
        if model.from_code == "zt":
            text, start = sentence.traditional or sentence.original, sentence.start
        else:
            text, start = sentence.simplified or sentence.original, sentence.start
        lead = len(text) - len(text.lstrip())
        if self.options.protect_terms and sentence.terms:
            protected = terms.protect(text, start, sentence.terms)
            text, english, origins = protected.text, protected.english, protected.origins
            lead = 0
        else:
            text, english = text.strip(), ()
            origins = tuple(range(len(text)))
        variant = f"beam={self.options.beam_size};n={self.options.num_hypotheses};in={text}"
        return _Job(sentence, text, english, key=cache_key(model.label, sentence.original,
                                                             variant),
                    origins=origins, lead=lead)


def _attention_links(job: _Job, output: Output, hypothesis: int,
                     translation: str) -> list[alignment.Link]:
    """The chosen hypothesis's attention turned into links to the job's sentence tokens."""
    if not output.hypotheses or not job.sentence.tokens:
        return []
    chosen = output.hypotheses[min(hypothesis, len(output.hypotheses) - 1)]
    if not chosen.attention:
        return []
    sentence = job.sentence
    owners = alignment.token_owners(sentence, len(sentence.original) - job.lead, job.lead)
    source = []
    for start, end in output.source_spans:
        places = [owners[job.origins[i]] for i in range(start, min(end, len(job.origins)))
                  if job.origins[i] < len(owners)]
        source.append(min((p for p in places if p is not None), default=None))
    return alignment.attention_links(
        alignment.AttentionOutput(source, chosen.pieces, chosen.attention), translation,
        len(sentence.tokens))


def _alternatives(candidates: Sequence[str], english: Sequence[str], chosen: str) -> list[str]:
    """The hypotheses other than the chosen one, names restored, without repeats."""
    others = dict.fromkeys(terms.restore(c, english) if english else c for c in candidates)
    others.pop(chosen, None)
    others.pop("", None)
    return list(others)[:MAX_ALTERNATIVES]


def _batches(jobs: list[_Job], size: int) -> Iterable[list[_Job]]:
    size = max(1, size)
    for i in range(0, len(jobs), size):
        yield jobs[i:i + size]


_shared: TranslationService | None = None
_shared_lock = threading.Lock()


def shared_service() -> TranslationService:
    """The process-wide service (one loaded model for the CLI and the window)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = TranslationService()
        return _shared


def translate_document(document: Document, *, progress: Progress | None = None,
                       cancel: CancelToken | None = None) -> TranslationSummary:
    """Fill every sentence's ``translation`` / ``translation_source`` / ``term_warnings``.

    From the newest installed Argos zh→en model (``"argos:<package> <version>"``), else a
    word-by-word gloss (``"gloss"``; ``summary.hint`` says how to install the model).
    Raises ``OperationCancelled`` when ``cancel`` is set; the document is then unchanged.
    """
    return shared_service().translate_document(document, progress=progress, cancel=cancel)
