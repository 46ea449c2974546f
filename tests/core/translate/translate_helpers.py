"""Helpers shared by the translation tests (a module with a unique name, unlike conftest)."""

from __future__ import annotations

from pathlib import Path

from duizhao.core.document import Document, Paragraph, Script, Sentence, Source
from duizhao.core.glossary import load_glossary


def build_document(text: str, glossary_path: Path | None) -> Document:
    """The pipeline's document when the pipeline is importable; otherwise the same sentences
    and glossary hits without tokens (the translation layer needs nothing more)."""
    glossary = load_glossary(glossary_path) if glossary_path else None
    try:
        from duizhao.core.pipeline import Annotator
    except ImportError:
        pass
    else:
        return Annotator(glossary).annotate_text(text)
    from duizhao.core.sentences import split_paragraphs, split_sentences

    paragraphs = []
    next_id = 0
    for p_start, p_end in split_paragraphs(text):
        sentences = []
        for start, end in split_sentences(text, p_start, p_end):
            original = text[start:end]
            hits = []
            if glossary is not None:
                for hit in glossary.find(original):
                    hit.start += start
                    hit.end += start
                    hits.append(hit)
            sentences.append(Sentence(next_id, start, end, original, original, original, "",
                                      terms=hits))
            next_id += 1
        paragraphs.append(Paragraph(p_start, p_end, sentences))
    return Document(Source(None, "utf-8", Script.TRADITIONAL), text, paragraphs)
