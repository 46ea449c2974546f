"""The whole path on the tiny real model: aligned batched translation, cache, progress, cancel,
term checks, and the gloss fallback when no model is installed."""

from __future__ import annotations

import threading

import pytest

from duizhao.core.document import Document
from duizhao.core.translate import (
    NO_MODEL_HINT,
    OperationCancelled,
    TranslateOptions,
    TranslationService,
    install_from_file,
    remove_model,
    translate_document,
)
from duizhao.core.translate.cache import TranslationCache, default_cache_path

FAST = TranslateOptions(beam_size=1, num_hypotheses=2, max_decoding_length=12, batch_size=16)


def _service() -> TranslationService:
    return TranslationService(FAST)


def test_one_translation_per_sentence_in_order(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    sentences = list(sample_document.sentences())
    originals = [s.original for s in sentences]
    service = _service()
    summary = service.translate_document(sample_document)
    assert summary.total == summary.translated == len(sentences) > 50
    assert summary.model == installed_tiny.label
    after = list(sample_document.sentences())
    assert [s.original for s in after] == originals  # nothing merged, split or reordered
    for sentence in after:
        assert sentence.translation  # the tiny model's output: nonsense, but real
        assert sentence.translation_source == f"argos:{installed_tiny.label}"
    engine = service.engine()
    assert engine is not None
    assert engine.sentences == len(sentences)
    assert engine.calls < len(sentences) / 4  # batched, not one call per sentence


def test_translations_are_really_computed(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    """Different inputs give different outputs, and the same input gives the same output."""
    _service().translate_document(sample_document)
    outputs = [s.translation for s in sample_document.sentences()]
    assert len(set(outputs)) > len(outputs) // 2
    again = TranslationService(TranslateOptions(beam_size=1, num_hypotheses=2,
                                                max_decoding_length=12, use_cache=False))
    first = next(sample_document.sentences())
    first.translation = None
    again.translate_sentences([first])
    assert first.translation == outputs[0]


def test_second_run_is_served_from_the_cache(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    _service().translate_document(sample_document)
    first = [s.translation for s in sample_document.sentences()]
    for sentence in sample_document.sentences():
        sentence.translation = None
    fresh = _service()  # a new process would start like this: nothing loaded
    summary = fresh.translate_document(sample_document)
    assert summary.from_cache == summary.total and summary.translated == 0
    engine = fresh.engine()
    assert engine is not None and engine.calls == 0 and not engine.loaded
    assert [s.translation for s in sample_document.sentences()] == first
    assert default_cache_path().is_file()


def test_cache_is_keyed_by_model_version(installed_tiny, sample_document: Document,  # type: ignore[no-untyped-def]
                                         tmp_path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    TranslationService(FAST, cache=cache).translate_document(sample_document)
    count = cache.count()
    assert count == sample_document.sentence_count()
    other = TranslationService(TranslateOptions(beam_size=2, num_hypotheses=2,
                                                max_decoding_length=12), cache=cache)
    summary = other.translate_document(sample_document)
    assert summary.from_cache == 0  # other settings: other key
    assert cache.count() == 2 * count


def test_progress_is_reported(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    _service().translate_document(sample_document, progress=lambda d, t: calls.append((d, t)))
    total = sample_document.sentence_count()
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert len(calls) > 3
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancel_leaves_the_document_untouched(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 16:
            cancel.set()

    with pytest.raises(OperationCancelled):
        _service().translate_document(sample_document, progress=progress, cancel=cancel)
    assert all(s.translation is None and s.translation_source is None
               for s in sample_document.sentences())


def test_glossary_names_are_checked_and_flagged(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    from duizhao.core.translate.terms import missing, sentence_english

    _service().translate_document(sample_document)
    with_terms = [s for s in sample_document.sentences() if s.terms]
    assert with_terms
    for sentence in sample_document.sentences():
        expected = sentence_english(sentence)
        assert sentence.term_warnings == missing(sentence.translation or "", expected)
    # the random model cannot copy names: the loss is flagged, and survives the JSON
    flagged = [s for s in with_terms if s.term_warnings]
    assert flagged
    data = flagged[0].to_dict()
    assert data["term_warnings"] == flagged[0].term_warnings
    assert "Vladimir Medinsky" in {w for s in flagged for w in s.term_warnings}


def test_alternatives_come_from_the_same_model_run(installed_tiny, sample_document: Document,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    """Every sentence asks for the hypotheses once; the ones not chosen are kept as
    alternatives (and come back from the cache with the translation, with no model run)."""
    options = TranslateOptions(beam_size=4, num_hypotheses=4, max_decoding_length=12)
    service = TranslationService(options)
    engine = service.engine()
    assert engine is not None
    asked: list[tuple[int, int]] = []
    original = engine.translate_detailed

    def spy(texts, *, num_hypotheses=1, attention=True):  # type: ignore[no-untyped-def]
        asked.append((len(texts), num_hypotheses))
        return original(texts, num_hypotheses=num_hypotheses, attention=attention)

    monkeypatch.setattr(engine, "translate_detailed", spy)
    service.translate_document(sample_document)
    sentences = list(sample_document.sentences())
    assert {h for _, h in asked} == {4}
    assert sum(n for n, _ in asked) == len({s.original for s in sentences})
    with_alternatives = [s for s in sentences if s.alternatives]
    assert len(with_alternatives) > len(sentences) // 2
    for sentence in sentences:
        assert len(sentence.alternatives) <= 3
        assert sentence.translation not in sentence.alternatives
    plain = next(s for s in with_alternatives if not s.terms)
    direct = engine.translate([plain.simplified.strip()], num_hypotheses=4)[0]
    assert [plain.translation, *plain.alternatives] == list(dict.fromkeys(direct))[:4]
    data = plain.to_dict()
    assert data["alternatives"] == plain.alternatives and data["status"] == "machine"

    remembered = {s.id: list(s.alternatives) for s in sentences}
    for sentence in sentences:
        sentence.translation, sentence.alternatives = None, []
    fresh = TranslationService(options)
    assert fresh.translate_document(sample_document).from_cache == len(sentences)
    assert {s.id: s.alternatives for s in sample_document.sentences()} == remembered
    fresh_engine = fresh.engine()
    assert fresh_engine is not None and not fresh_engine.loaded


def test_user_translations_are_kept(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    first = next(sample_document.sentences())
    first.translation, first.translation_source = "After three years...", "user"
    summary = _service().translate_document(sample_document)
    assert summary.skipped == 1
    assert first.translation == "After three years..."
    assert first.translation_source == "user"


def test_no_model_gives_a_gloss_and_the_install_hint(sample_document: Document) -> None:
    summary = translate_document(sample_document)
    assert summary.glossed == sample_document.sentence_count()
    assert summary.hint == NO_MODEL_HINT
    assert "duizhao models download" in NO_MODEL_HINT
    sentences = list(sample_document.sentences())
    assert all(s.translation_source == "gloss" for s in sentences)
    second = sentences[1]  # 當地時間5月16日下午,在土耳其伊斯坦布爾的多爾瑪巴赫切宮,...
    for name in ("Türkiye", "Istanbul", "Dolmabahçe Palace", "Vladimir Medinsky",
                 "Rustem Umerov"):
        assert name in (second.translation or "")
    assert second.term_warnings == []


def test_model_installed_later_is_picked_up(tiny_argos_package, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    service = _service()
    assert service.translate_document(sample_document).glossed > 0
    model = install_from_file(tiny_argos_package.archive)
    summary = service.translate_document(sample_document)
    assert summary.model == model.label
    assert all(s.translation_source == f"argos:{model.label}"
               for s in sample_document.sentences())
    remove_model(model.name)
    assert service.translate_document(sample_document).glossed > 0


def test_service_is_safe_from_two_threads(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    service = _service()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            service.translate_document(sample_document)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    engine = service.engine()
    assert engine is not None and engine.sentences == sample_document.sentence_count()


def test_damaged_model_is_a_clear_error(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    from duizhao.core.errors import ModelError

    (installed_tiny.model_dir / "model.bin").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="cannot be loaded.*duizhao models download"):
        _service().translate_document(sample_document)
    assert all(s.translation is None for s in sample_document.sentences())


def test_damaged_cache_file_is_replaced(installed_tiny, sample_document: Document) -> None:  # type: ignore[no-untyped-def]
    path = default_cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not SQLite" * 100)
    summary = _service().translate_document(sample_document)
    assert summary.translated == sample_document.sentence_count()
    assert TranslationCache(path).count() == sample_document.sentence_count()


def test_repeated_sentences_are_translated_once(installed_tiny, sample_glossary_path) -> None:  # type: ignore[no-untyped-def]
    from translate_helpers import build_document

    document = build_document("雙方代表團進行了對話。\n\n雙方代表團進行了對話。\n\n俄烏談判。",
                              sample_glossary_path)
    service = _service()
    summary = service.translate_document(document)
    first, second, third = document.sentences()
    assert summary.translated == 3
    engine = service.engine()
    assert engine is not None and engine.sentences == 2
    assert first.translation == second.translation
    assert third.translation


def test_translating_never_imports_heavy_sentence_splitters(installed_tiny) -> None:  # type: ignore[no-untyped-def]
    """A fresh process translating with the model imports neither torch nor stanza, nor
    argostranslate's translate module (which pulls in its sentence-boundary model)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from duizhao.core.document import Document, Paragraph, Script, Sentence, Source\n"
        "from duizhao.core.translate import translate_document\n"
        "s = Sentence(0, 0, 4, '歷時3年', '历时3年', '歷時3年')\n"
        "doc = Document(Source(None, 'utf-8', Script.TRADITIONAL), '歷時3年',"
        " [Paragraph(0, 4, [s])])\n"
        "summary = translate_document(doc)\n"
        "assert summary.translated == 1, summary\n"
        "heavy = {'torch', 'stanza', 'spacy', 'onnxruntime', 'minisbd',"
        " 'argostranslate.translate'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
