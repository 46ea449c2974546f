from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from duizhao.core.document import Document, GlossaryEntry, Paragraph, Script, Sentence, Source
from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.entries import Glossary, rematch_terms
from duizhao.core.glossary.files import load_glossary, save_glossary
from duizhao.core.glossary.glossary_set import (
    DOCUMENT,
    PERSONAL,
    GlossarySet,
    document_glossary_location,
    merge_glossaries,
    personal_glossary_path,
)
from duizhao.core.storage import paths

PUTIN_DOC = GlossaryEntry("普京", "普京", "Vladimir Putin", "person", "Pǔjīng", "from the doc")
PUTIN_MINE = GlossaryEntry("普京", "普京", "Putin", "person")
KORTUNOV = GlossaryEntry("科爾圖諾夫", "科尔图诺夫", "Andrey Kortunov", "person")
ANDREI = GlossaryEntry("安德烈", "安德烈", "Andrey", "person")


def test_document_entry_wins_and_knows_what_it_overrides(tmp_path: Path) -> None:
    document = Glossary([PUTIN_DOC], path=tmp_path / "a.glossary.csv", kind=DOCUMENT)
    personal = Glossary([PUTIN_MINE, KORTUNOV], path=tmp_path / "mine.csv", kind=PERSONAL)
    merged = merge_glossaries(document, personal)
    assert merged.entries == (PUTIN_DOC, KORTUNOV)
    hits = merged.find("普京和科爾圖諾夫")
    assert [h.entry for h in hits] == [PUTIN_DOC, KORTUNOV]
    origin = merged.origin(PUTIN_DOC)
    assert origin.kind == DOCUMENT and origin.path == tmp_path / "a.glossary.csv"
    assert origin.overrides == (PUTIN_MINE,)
    assert "a.glossary.csv" in origin.label()
    assert merged.origin(KORTUNOV).kind == PERSONAL
    assert "mine.csv" in merged.origin(KORTUNOV).label()


def test_entry_equality_is_unchanged_by_origin() -> None:
    merged = merge_glossaries(Glossary([PUTIN_DOC]), None)
    assert merged[0] == GlossaryEntry.from_dict(PUTIN_DOC.to_dict())
    assert hash(merged[0]) == hash(GlossaryEntry.from_dict(PUTIN_DOC.to_dict()))


def test_open_reads_document_and_personal_glossaries(tmp_path: Path) -> None:
    doc = tmp_path / "article.txt"
    doc.write_text("普京", encoding="utf-8")
    save_glossary(Glossary([PUTIN_DOC]), tmp_path / "article.glossary.csv")
    personal_glossary_path().parent.mkdir(parents=True)
    save_glossary(Glossary([PUTIN_MINE, KORTUNOV]), personal_glossary_path())
    glossaries = GlossarySet.open(doc)
    assert personal_glossary_path().parent == paths.data_dir()
    assert glossaries.merged.entries == (PUTIN_DOC, KORTUNOV)
    assert glossaries.warnings == []


def test_edits_go_to_the_right_file_and_report_changed_forms(tmp_path: Path) -> None:
    doc = tmp_path / "article.txt"
    doc.write_text("x", encoding="utf-8")
    glossaries = GlossarySet.open(doc)
    assert glossaries.add(PUTIN_MINE, PERSONAL) == {"普京"}
    assert glossaries.add(KORTUNOV) == {"科爾圖諾夫", "科尔图诺夫"}
    assert glossaries.add(PUTIN_DOC) == {"普京"}  # now hides the personal one
    assert glossaries.merged.lookup("普京") == PUTIN_DOC
    assert glossaries.remove(PUTIN_DOC) == {"普京"}  # the personal one is back
    assert glossaries.merged.lookup("普京") == PUTIN_MINE
    renamed = GlossaryEntry("科爾圖諾夫", "科尔图诺夫", "Andrei Kortunov", "person")
    assert glossaries.replace(KORTUNOV, renamed) == {"科爾圖諾夫", "科尔图诺夫"}
    written = glossaries.save()
    assert set(written) == {tmp_path / "article.glossary.csv", personal_glossary_path()}
    assert load_glossary(tmp_path / "article.glossary.csv").entries == (renamed,)
    assert load_glossary(personal_glossary_path()).entries == (PUTIN_MINE,)
    assert glossaries.save() == []  # nothing changed since


def test_pasted_text_has_only_the_personal_glossary() -> None:
    glossaries = GlossarySet.open(None)
    with pytest.raises(GlossaryError, match="personal glossary"):
        glossaries.add(ANDREI)
    glossaries.add(ANDREI, PERSONAL)
    assert glossaries.merged.entries == (ANDREI,)


def test_bundled_sample_glossary_is_never_edited_in_place(sample_path: Path,
                                                          sample_glossary_path: Path) -> None:
    before = sample_glossary_path.read_bytes()
    glossaries = GlossarySet.open(sample_path)
    assert len(glossaries.merged) == 21
    glossaries.add(ANDREI)
    (written,) = glossaries.save()
    assert written.is_relative_to(paths.data_dir())
    assert sample_glossary_path.read_bytes() == before
    assert document_glossary_location(sample_path) == written
    assert len(GlossarySet.open(sample_path).merged) == 22


def test_corrupt_personal_glossary_opens_with_last_good_copy(tmp_path: Path) -> None:
    path = personal_glossary_path()
    path.parent.mkdir(parents=True)
    save_glossary(Glossary([PUTIN_MINE]), path)
    save_glossary(Glossary([PUTIN_MINE]), path)
    path.write_bytes(b"\x00\xff broken")
    glossaries = GlossarySet.open(None)
    assert glossaries.merged.entries == (PUTIN_MINE,)
    assert len(glossaries.warnings) == 1 and "last good copy" in glossaries.warnings[0]
    assert path.read_bytes() == b"\x00\xff broken"


# -- re-highlighting after an edit -----------------------------------------------------------

def _document(text: str, glossary: Glossary) -> Document:
    sentences = []
    start = 0
    for number, piece in enumerate(text.split("。")):
        end = min(len(text), start + len(piece) + 1)
        original = text[start:end]
        sentences.append(Sentence(number, start, end, original, original, original,
                                  terms=glossary.find(original, offset=start)))
        start = end
    return Document(Source(None, "utf-8", Script.TRADITIONAL), text,
                    [Paragraph(0, len(text), sentences)])


def test_rematch_updates_only_sentences_with_the_changed_forms(sample_text: str,
                                                               sample_glossary_path: Path) -> None:
    glossary = load_glossary(sample_glossary_path)
    document = _document(sample_text, glossary)
    before = {s.id: list(s.terms) for s in document.sentences()}
    glossary.add(ANDREI)
    changed = rematch_terms(document, glossary, ANDREI.forms())
    with_andrei = [s.id for s in document.sentences() if "安德烈" in s.original]
    assert changed == with_andrei and changed
    for sentence in document.sentences():
        assert sentence.terms == glossary.find(sentence.original, offset=sentence.start)
        if sentence.id not in changed:
            assert sentence.terms == before[sentence.id]
    hit = next(t for s in document.sentences() for t in s.terms if t.entry == ANDREI)
    assert sample_text[hit.start:hit.end] == "安德烈"


def test_rematch_after_removing_and_editing(sample_text: str, sample_glossary_path: Path) -> None:
    glossary = load_glossary(sample_glossary_path)
    document = _document(sample_text, glossary)
    zelensky = glossary.lookup("澤連斯基")
    assert zelensky is not None
    glossary.remove(zelensky)
    changed = rematch_terms(document, glossary, zelensky.forms())
    assert len(changed) == len({s.id for s in document.sentences() if "澤連斯基" in s.original})
    assert not any(t.entry == zelensky for s in document.sentences() for t in s.terms)
    glossary.add(zelensky)
    rematch_terms(document, glossary, zelensky.forms())
    edited = GlossaryEntry(**{**zelensky.to_dict(), "english": "Zelenskyy"})
    glossary.replace(zelensky, edited)
    rematch_terms(document, glossary, zelensky.forms() + edited.forms())
    hits = [t for s in document.sentences() for t in s.terms if t.text == "澤連斯基"]
    assert len(hits) == 17 and all(h.entry.english == "Zelenskyy" for h in hits)
    assert rematch_terms(document, glossary, ["不在文中"]) == []


def test_copy_of_sample_uses_its_own_glossary(tmp_path: Path, sample_path: Path,
                                              sample_glossary_path: Path) -> None:
    shutil.copy(sample_path, tmp_path / "a.txt")
    shutil.copy(sample_glossary_path, tmp_path / "a.glossary.csv")
    glossaries = GlossarySet.open(tmp_path / "a.txt")
    assert glossaries.document is not None
    assert glossaries.document.path == tmp_path / "a.glossary.csv"


def test_random_edits_keep_the_merged_view_exact(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    forms = ["普京", "特朗普", "澤連斯基", "泽连斯基", "梅金斯基", "停火", "頓巴斯", "顿巴斯"]
    doc = tmp_path / "a.txt"
    doc.write_text("x", encoding="utf-8")
    glossaries = GlossarySet.open(doc)
    text = "".join(rng.choice(forms) for _ in range(200))
    for step in range(200):
        new = GlossaryEntry(rng.choice(forms), rng.choice(forms), f"e{step}")
        existing = [*(glossaries.document or ()), *(glossaries.personal or ())]
        before = {form: glossaries.merged.lookup(form) for form in forms}
        action = rng.random()
        if action < 0.5 or not existing:
            changed = glossaries.add(new, rng.choice([DOCUMENT, PERSONAL]))
        elif action < 0.75:
            changed = glossaries.remove(rng.choice(existing))
        else:
            changed = glossaries.replace(rng.choice(existing), new)
        fresh = merge_glossaries(glossaries.document, glossaries.personal)
        assert glossaries.merged.entries == fresh.entries
        assert glossaries.merged.find(text) == fresh.find(text)
        assert changed == {f for f in forms if fresh.lookup(f) != before[f]}


def test_explicit_bundled_glossary_is_copied_not_edited(sample_path: Path,
                                                        sample_glossary_path: Path) -> None:
    before = sample_glossary_path.read_bytes()
    glossaries = GlossarySet.open(sample_path, glossary_path=sample_glossary_path)
    glossaries.add(ANDREI)
    (written,) = glossaries.save()
    assert written.is_relative_to(paths.data_dir())
    assert sample_glossary_path.read_bytes() == before


def test_removing_from_a_named_glossary(tmp_path: Path) -> None:
    glossaries = GlossarySet(Glossary([PUTIN_MINE]), Glossary([PUTIN_MINE]))
    glossaries.remove(PUTIN_MINE, PERSONAL)
    assert glossaries.document is not None and glossaries.personal is not None
    assert len(glossaries.document) == 1 and len(glossaries.personal) == 0
    with pytest.raises(GlossaryError):
        glossaries.remove(PUTIN_MINE, PERSONAL)


def test_prefill_from_dictionary_word_and_from_unknown_name() -> None:
    from duizhao.core.glossary.prefill import prefill_entry

    known = prefill_entry("伊斯坦布爾")
    assert (known.traditional, known.simplified) == ("伊斯坦布爾", "伊斯坦布尔")
    assert "Istanbul" in known.english and known.pinyin and known.category == "place"
    unknown = prefill_entry("乌梅罗夫")
    assert (unknown.traditional, unknown.simplified, unknown.category) == \
        ("烏梅羅夫", "乌梅罗夫", "person")
    assert unknown.pinyin.lower().replace(" ", "") == "wūméiluófū"
    with pytest.raises(ValueError):
        prefill_entry("  ")
