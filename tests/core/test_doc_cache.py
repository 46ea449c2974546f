"""The annotated-document cache behind a fast reopen: what comes back is what was stored."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from duizhao.core.glossary.files import load_glossary
from duizhao.core.pipeline import Annotator
from duizhao.core.sample_annotation import sample_key_and_document
from duizhao.core.storage import doc_cache


def test_a_cached_document_comes_back_equal_without_its_english(
        sample_text: str, sample_glossary_path: Path) -> None:
    glossary = load_glossary(sample_glossary_path)
    document = Annotator(glossary).annotate_text(sample_text)
    first = next(document.sentences())
    first.translation, first.translation_source = "Some English", "user"
    key = doc_cache.key(sample_text, list(glossary), None)
    doc_cache.store(key, document)
    loaded = doc_cache.load(key)
    assert loaded is not None
    first.translation = first.translation_source = None  # English lives in its own cache
    assert loaded == document
    # the hits of one glossary entry share one entry object, as annotation makes them
    hits = [h for s in loaded.sentences() for h in s.terms if h.text == "梅金斯基"]
    assert len(hits) == 3 and hits[0].entry is hits[2].entry
    # a token's definitions are its own list, not one shared with every token of the word
    tokens = [t for s in loaded.sentences() for t in s.tokens if t.text == "俄羅斯"]
    tokens[0].definitions.append("changed")
    assert "changed" not in tokens[1].definitions


def test_an_unreadable_or_older_cache_file_means_annotating_again(
        sample_text: str, sample_glossary_path: Path) -> None:
    glossary = load_glossary(sample_glossary_path)
    document = Annotator(glossary).annotate_text(sample_text)
    key = doc_cache.key(sample_text, list(glossary), "tw2s")  # not the shipped one
    path = doc_cache.cache_dir() / "annotated" / f"{key}.json"
    doc_cache.store(key, document)
    path.write_text(json.dumps(dataclasses.asdict(document)), encoding="utf-8")
    assert doc_cache.load(key) is None
    path.write_text('{"format": "duizhao.cache/2", "paragraphs": [[0, 1', encoding="utf-8")
    assert doc_cache.load(key) is None
    for damaged in ('[1, 2, 3]', '{"format": "duizhao.cache/2", "paragraphs": 7}', 'null'):
        path.write_text(damaged, encoding="utf-8")
        assert doc_cache.load(key) is None


def test_the_sample_ships_annotated_as_the_pipeline_annotates_it_now() -> None:
    key, document = sample_key_and_document()
    shipped = doc_cache.shipped_folder() / f"{key}.json"
    assert shipped.is_file(), "the sample's shipped annotation is stale: run " \
        "`python tools/ship_sample_annotation.py` and commit seeds/annotated/"
    assert [p.name for p in doc_cache.shipped_folder().glob("*.json")] == [shipped.name]
    # what a first run loads (no user cache yet) is what annotating gives, English aside
    assert not (doc_cache.cache_dir() / "annotated" / shipped.name).exists()
    loaded = doc_cache.load(key)
    assert loaded is not None and loaded.paragraphs == document.paragraphs
