"""The bundled sample annotated as the window's first run annotates it: what ships in
``seeds/annotated`` so the first run shows it at once (see tools/ship_sample_annotation.py)."""

from __future__ import annotations

from duizhao.core.document import Document
from duizhao.core.glossary.glossary_set import GlossarySet
from duizhao.core.pipeline import Annotator
from duizhao.core.samples import sample_glossary_path, sample_path
from duizhao.core.storage.doc_cache import key
from duizhao.core.text.load import load_text_file


def sample_key_and_document() -> tuple[str, Document]:
    """The bundled sample annotated as the window's first run annotates it (its glossary, the
    default options), with the cache key the window computes for it."""
    loaded = load_text_file(sample_path())
    glossary = GlossarySet.open(sample_path(), glossary_path=sample_glossary_path(),
                                use_personal=False).merged
    document = Annotator(glossary).annotate_text(loaded.text, encoding=loaded.encoding)
    return key(loaded.text, list(glossary), None), document
