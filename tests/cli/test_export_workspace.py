"""``duizhao export`` uses the document's workspace and the translation memory exactly as the
window does: a person's English in every format, marked when asked; TMX with human
translations only unless the model's are asked for."""

from __future__ import annotations

import json
from pathlib import Path

from duizhao.cli import main
from duizhao.core.pipeline import Annotator
from duizhao.core.text.load import load_text_file
from duizhao.core.workspace import Workspace, WorkspaceStore, document_ref

TEXT = "今天天氣很好。我們去公園散步。\n公園裡有很多人。他們都很高興。\n晚上我們回家吃飯。"
MINE = "We went for a walk in the park."


def edit_in_window(path: Path) -> None:
    """What the window saves after a person corrected the second sentence and reviewed the
    fourth (the others keep no English: they were never translated)."""
    loaded = load_text_file(path)
    document = Annotator().annotate_text(loaded.text, path=str(path))
    sentences = list(document.sentences())
    sentences[1].set_english(MINE, "user")
    sentences[3].set_english("They were all pleased.", "argos:translate-zh_en 1.9")
    sentences[3].reviewed = True
    WorkspaceStore().save(Workspace.capture(document, document_ref(document)))


def export(path: Path, out: Path, *extra: str) -> int:
    return main(["export", str(path), "-o", str(out), *extra])


def test_every_format_gets_the_edited_english(tmp_path: Path) -> None:
    path = tmp_path / "walk.txt"
    path.write_text(TEXT, encoding="utf-8")
    edit_in_window(path)
    assert export(path, tmp_path / "walk.json") == 0
    sentences = [s for p in json.loads((tmp_path / "walk.json").read_text("utf-8"))["paragraphs"]
                 for s in p["sentences"]]
    assert (sentences[1]["translation"], sentences[1]["status"]) == (MINE, "edited")
    assert (sentences[3]["translation"], sentences[3]["status"]) == ("They were all pleased.",
                                                                      "reviewed")
    assert sentences[0]["status"] == "gloss"  # the rest translated as usual (no model here)

    assert export(path, tmp_path / "walk.md") == 0
    assert MINE in (tmp_path / "walk.md").read_text("utf-8")
    assert export(path, tmp_path / "plain.html") == 0
    assert export(path, tmp_path / "marked.html", "--mark-edited") == 0
    plain = (tmp_path / "plain.html").read_text("utf-8")
    marked = (tmp_path / "marked.html").read_text("utf-8")
    assert MINE in plain and 'class="english edited"' not in plain
    assert f'<td class="english edited" lang="en">{MINE}</td>' in marked

    assert export(path, tmp_path / "none.md", "--no-workspace") == 0
    assert MINE not in (tmp_path / "none.md").read_text("utf-8")


def test_tmx_holds_human_translations_unless_machine_ones_are_asked(  # type: ignore[no-untyped-def]
        tmp_path: Path, installed_tiny) -> None:
    path = tmp_path / "walk.txt"
    path.write_text(TEXT, encoding="utf-8")
    edit_in_window(path)
    assert export(path, tmp_path / "human.tmx") == 0
    human = (tmp_path / "human.tmx").read_text("utf-8")
    assert human.count("<tu ") == 2 and MINE in human and "They were all pleased." in human
    assert export(path, tmp_path / "all.tmx", "--tmx-machine") == 0
    everything = (tmp_path / "all.tmx").read_text("utf-8")
    assert everything.count("<tu ") == 5
    assert everything.count(f"argos:{installed_tiny.label}") == 3
