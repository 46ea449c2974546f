"""A document's workspace: kept, found again after a move or an edit of the text, damaged
files set aside, orphaned edits listed, and the .duizhao file round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duizhao.core.document import Document, Status
from duizhao.core.errors import WorkspaceError
from duizhao.core.pipeline import Annotator
from duizhao.core.translate import translate_document
from duizhao.core.workspace import (
    Workspace,
    WorkspaceStore,
    document_ref,
    read_workspace_file,
    write_workspace_file,
)

TEXT = "今天天氣很好。我們去公園散步。\n公園裡有很多人。他們都很高興。\n晚上我們回家吃飯。"


def annotate(text: str, path: Path | None) -> Document:
    return Annotator().annotate_text(text, path=str(path) if path else None)


def edited(text: str, path: Path | None) -> Document:
    """The document glossed, one sentence corrected and another reviewed, as a person would."""
    document = annotate(text, path)
    translate_document(document)
    sentences = list(document.sentences())
    sentences[1].set_english("We went for a walk in the park.", "user")
    sentences[2].reviewed = True
    return document


def save(document: Document, store: WorkspaceStore) -> Path:
    return store.save(Workspace.capture(document, document_ref(document)))


def test_edits_statuses_and_english_come_back(tmp_path: Path) -> None:
    path = tmp_path / "walk.txt"
    document = edited(TEXT, path)
    store = WorkspaceStore()
    saved = save(document, store)
    assert saved.is_file() and saved.suffix == ".duizhao"

    again = annotate(TEXT, path)  # a new start: no English at all
    assert all(s.translation is None for s in again.sentences())
    workspace, messages = store.open_for(again)
    assert workspace is not None and messages == []
    before = [(s.translation, s.translation_source, s.status) for s in document.sentences()]
    assert [(s.translation, s.translation_source, s.status)
            for s in again.sentences()] == before
    statuses = [s.status for s in again.sentences()]
    assert statuses[1] is Status.EDITED and statuses[2] is Status.REVIEWED
    assert statuses[0] is Status.GLOSS  # the gloss is shown too, marked as such


def test_workspace_follows_a_moved_document_and_a_changed_text(tmp_path: Path) -> None:
    store = WorkspaceStore()
    save(edited(TEXT, tmp_path / "old.txt"), store)
    moved = annotate(TEXT, tmp_path / "elsewhere" / "new name.txt")
    assert store.open_for(moved)[0] is not None
    assert list(moved.sentences())[1].translation == "We went for a walk in the park."

    changed_text = "新的第一句話。" + TEXT  # same path, a sentence added in front
    changed = annotate(changed_text, tmp_path / "old.txt")
    workspace, messages = store.open_for(changed)
    assert workspace is not None and messages == []
    sentences = list(changed.sentences())
    assert sentences[2].original == "我們去公園散步。"
    assert sentences[2].translation == "We went for a walk in the park."
    assert sentences[3].reviewed and sentences[0].translation is None


def test_a_sentence_that_comes_again_keeps_its_own_english(tmp_path: Path) -> None:
    text = "好的。我們走吧。\n好的。他笑了。\n好的。"
    path = tmp_path / "refrain.txt"
    document = annotate(text, path)
    last = list(document.sentences())[-1]
    last.set_english("Fine, then.", "user")
    store = WorkspaceStore()
    save(document, store)
    again = annotate(text, path)
    store.open_for(again)
    english = [s.translation for s in again.sentences() if s.original == "好的。"]
    assert english == [None, None, "Fine, then."]


def test_a_refrain_keeps_its_english_in_order_when_an_earlier_one_is_cut(
        tmp_path: Path) -> None:
    text = "好的。我們走吧。\n好的。他笑了。\n好的。"
    path = tmp_path / "refrain.txt"
    document = annotate(text, path)
    translate_document(document)  # the rest glossed: every sentence has its English kept
    refrains = [s for s in document.sentences() if s.original == "好的。"]
    for sentence, english in zip(refrains, ("All right.", "Fine.", "Fine, then."), strict=True):
        sentence.set_english(english, "user")
    store = WorkspaceStore()
    save(document, store)
    cut = annotate(text.removeprefix("好的。"), path)  # the first one cut: all move up one
    workspace, messages = store.open_for(cut)
    assert workspace is not None
    english = [s.translation for s in cut.sentences() if s.original == "好的。"]
    assert english == ["Fine.", "Fine, then."]  # each after the sentence it followed
    assert [o.translation for o in workspace.orphans] == ["All right."]
    assert len(messages) == 1


def test_an_edit_whose_sentence_is_gone_is_kept_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "walk.txt"
    store = WorkspaceStore()
    save(edited(TEXT, path), store)
    shorter = annotate(TEXT.replace("我們去公園散步。", ""), path)
    workspace, messages = store.open_for(shorter)
    assert workspace is not None
    assert [o.translation for o in workspace.orphans] == ["We went for a walk in the park."]
    assert len(messages) == 1 and "no longer in the document" in messages[0]
    # saved again, the orphan stays; when the sentence comes back, so does its English
    store.save(Workspace.capture(shorter, document_ref(shorter), workspace.orphans))
    back = annotate(TEXT, path)
    workspace, messages = store.open_for(back)
    assert workspace is not None and workspace.orphans == [] and messages == []
    assert list(back.sentences())[1].translation == "We went for a walk in the park."


def test_a_damaged_workspace_is_set_aside_and_the_backup_used(tmp_path: Path) -> None:
    path = tmp_path / "walk.txt"
    store = WorkspaceStore()
    document = edited(TEXT, path)
    saved = save(document, store)
    list(document.sentences())[3].set_english("They were all happy.", "user")
    save(document, store)  # the first save is now the backup
    saved.write_text('{"schema": "duizhao.workspace/1", "sentences": [{"orig', "utf-8")

    again = annotate(TEXT, path)
    workspace, messages = store.open_for(again)
    assert workspace is not None
    assert len(messages) == 1 and "\n" not in messages[0] and "damaged" in messages[0]
    aside = list(saved.parent.glob(saved.name + ".damaged-*"))
    assert len(aside) == 1 and aside[0].read_text("utf-8").endswith('"orig')
    sentences = list(again.sentences())
    assert sentences[1].translation == "We went for a walk in the park."  # from the backup
    assert sentences[3].translation != "They were all happy."


def test_without_a_backup_the_document_opens_without_the_workspace(tmp_path: Path) -> None:
    path = tmp_path / "walk.txt"
    store = WorkspaceStore()
    saved = save(edited(TEXT, path), store)
    saved.write_bytes(b"\x00\xff not json")
    again = annotate(TEXT, path)
    workspace, messages = store.open_for(again)
    assert workspace is None
    assert len(messages) == 1 and "opens without them" in messages[0]
    assert all(s.translation is None for s in again.sentences())
    assert list(saved.parent.glob(saved.name + ".damaged-*"))


def test_export_and_import_a_workspace_file(tmp_path: Path) -> None:
    document = edited(TEXT, tmp_path / "walk.txt")
    out = tmp_path / "draft.duizhao"
    write_workspace_file(out, Workspace.capture(document, document_ref(document)))
    data = json.loads(out.read_text("utf-8"))
    assert data["schema"] == "duizhao.workspace/1"
    assert data["sentences"][1]["status"] == "edited"
    assert data["sentences"][2]["status"] == "reviewed"

    colleague = annotate(TEXT, tmp_path / "their copy.txt")
    from duizhao.core.workspace import attach

    assert attach(colleague, read_workspace_file(out)) == []
    assert list(colleague.sentences())[1].translation == "We went for a walk in the park."


@pytest.mark.parametrize("content", [b"", b"[1, 2]", b'{"schema": "other"}', b"\xff\xfe",
                                     b'{"schema": "duizhao.workspace/1", "sentences": [{}]}'])
def test_a_broken_workspace_file_is_one_line(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.duizhao"
    bad.write_bytes(content)
    with pytest.raises(WorkspaceError) as error:
        read_workspace_file(bad)
    assert str(error.value).startswith(str(bad)) and "\n" not in str(error.value)
    assert bad.read_bytes() == content  # never touched


def test_annotated_json_carries_status_and_alternatives() -> None:
    document = edited(TEXT, None)
    first = next(document.sentences())
    first.alternatives = ["Another way.", "A third way."]
    data = document.to_dict()
    sentences = data["paragraphs"][0]["sentences"]
    assert [s["status"] for s in sentences] == ["gloss", "edited"]
    assert sentences[0]["alternatives"] == ["Another way.", "A third way."]
    back = Document.from_dict(json.loads(json.dumps(data)))
    assert [s.status for s in back.sentences()] == [s.status for s in document.sentences()]
    assert next(back.sentences()).alternatives == ["Another way.", "A third way."]
