from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from opencc import OpenCC

from duizhao.core.document import GlossaryEntry
from duizhao.core.errors import GlossaryError
from duizhao.core.glossary.entries import Glossary
from duizhao.core.glossary.files import (
    backup_path,
    document_glossary_path,
    load_glossary,
    load_glossary_or_backup,
    read_glossary,
    save_glossary,
)
from duizhao.core.glossary.matching import GlossaryMatcher

HEADER = "traditional,simplified,pinyin,english,category,note\n"


def entry(trad: str, simp: str = "", english: str = "x", category: str = "term") -> GlossaryEntry:
    return GlossaryEntry(traditional=trad, simplified=simp or trad, english=english,
                         category=category)


@pytest.fixture
def sample_glossary(sample_glossary_path: Path) -> Glossary:
    return load_glossary(sample_glossary_path)


def counts(hits) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(hit.entry.traditional for hit in hits)


def test_sample_names_counted_in_traditional(sample_glossary: Glossary, sample_text: str) -> None:
    found = counts(sample_glossary.find(sample_text))
    assert found["梅金斯基"] == 3
    assert found["烏梅羅夫"] == 2
    assert found["科爾圖諾夫"] == 11
    assert found["澤連斯基"] == 17


def test_simplified_text_matches_the_same_entries(sample_glossary: Glossary,
                                                  sample_text: str) -> None:
    simplified = OpenCC("t2s").convert(sample_text)
    hits = sample_glossary.find(simplified)
    assert counts(hits) == counts(sample_glossary.find(sample_text))
    assert {hit.text for hit in hits if hit.entry.traditional == "烏梅羅夫"} == {"乌梅罗夫"}


def test_hits_point_at_their_text_with_absolute_offsets(sample_glossary: Glossary,
                                                        sample_text: str) -> None:
    part = sample_text[200:900]
    hits = sample_glossary.find(part, offset=200)
    assert hits
    for hit in hits:
        assert sample_text[hit.start:hit.end] == hit.text
        assert hit.text in hit.entry.forms()
    starts = [hit.start for hit in hits]
    assert starts == sorted(starts)


def test_longest_match_wins_and_hits_never_overlap() -> None:
    short = entry("伊斯坦", english="short")
    long = entry("伊斯坦布爾", english="Istanbul")
    tail = entry("布爾什維克", english="Bolshevik")  # overlaps the long one's end
    hits = Glossary([short, long, tail]).find("去伊斯坦布爾什維克")
    assert [(h.text, h.entry.english) for h in hits] == [("伊斯坦布爾什維克"[:5], "Istanbul")]
    hits = Glossary([short, long, tail]).find("在伊斯坦布爾和伊斯坦堡")
    assert [h.text for h in hits] == ["伊斯坦布爾", "伊斯坦"]
    assert hits[0].end <= hits[1].start


def test_longest_hit_beats_an_earlier_shorter_one() -> None:
    hits = Glossary([entry("AB"), entry("BCDE")]).find("ABCDE")
    assert [h.text for h in hits] == ["BCDE"]


def test_first_entry_owns_a_shared_form() -> None:
    first = entry("普京", english="Vladimir Putin")
    second = entry("普京", english="Putin (other)")
    hits = GlossaryMatcher([first, second]).find("普京說")
    assert [h.entry for h in hits] == [first]


def test_editing_rebuilds_the_matcher(sample_text: str) -> None:
    glossary = Glossary()
    assert glossary.find(sample_text) == []
    name = entry("梅金斯基", english="Medinsky", category="person")
    glossary.add(name)
    assert len(glossary.find(sample_text)) == 3
    renamed = GlossaryEntry("梅金斯基", "梅金斯基", "Vladimir Medinsky", "person")
    glossary.replace(name, renamed)
    assert {h.entry for h in glossary.find(sample_text)} == {renamed}
    assert glossary.remove(renamed) == 0
    assert glossary.find(sample_text) == []


def test_lookup_by_either_script(sample_glossary: Glossary) -> None:
    assert sample_glossary.lookup("乌梅罗夫") is sample_glossary.lookup("烏梅羅夫")
    found = sample_glossary.lookup("乌梅罗夫")
    assert found is not None and found.english.startswith("Rustem Umerov")
    assert sample_glossary.lookup("不存在") is None


def test_csv_round_trip_keeps_every_field(sample_glossary: Glossary, tmp_path: Path) -> None:
    target = tmp_path / "g.csv"
    save_glossary(sample_glossary, target)
    again = load_glossary(target)
    assert again.entries == sample_glossary.entries
    note = GlossaryEntry("停火", "停火", 'cease, "fire"', "term", "tínghuǒ", "line one\nline two")
    save_glossary(Glossary([note]), target)
    assert load_glossary(target).entries == (note,)


def test_csv_with_bom_and_missing_script_is_filled_by_opencc(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(("\ufeff" + "traditional,simplified,english\n"
                      "科爾圖諾夫,,Kortunov\n,乌梅罗夫,Umerov\n").encode())
    glossary = load_glossary(path)
    assert [(e.traditional, e.simplified) for e in glossary] == [
        ("科爾圖諾夫", "科尔图诺夫"), ("烏梅羅夫", "乌梅罗夫")]
    assert glossary[0].category == "term"


def test_lenient_read_keeps_good_lines_for_the_user_to_accept(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "普京,普京,,Putin,person,\n,,,,,\n,,,x,,\n停火,,,ceasefire,term,\n",
                    encoding="utf-8")
    result = read_glossary(path)
    assert [e.traditional for e in result.entries] == ["普京", "停火"]
    assert [p.line for p in result.problems] == [4]


def test_binary_and_non_utf8_files_are_refused_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes((HEADER + "普京,普京,,Putin,person,\n").encode() + "停火".encode("big5"))
    with pytest.raises(GlossaryError, match="line 3.*not UTF-8"):
        load_glossary(path)
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(GlossaryError, match=r"g\.csv"):
        load_glossary(path)


def test_missing_file_folder_and_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="no such"):
        load_glossary(tmp_path / "none.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(GlossaryError, match="folder"):
        load_glossary(tmp_path / "dir.csv")
    with pytest.raises(GlossaryError, match="unknown glossary format"):
        load_glossary(tmp_path / "g.xlsx")


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    first = Glossary([entry("普京")])
    save_glossary(first, path)
    second = Glossary([entry("普京"), entry("停火")])
    save_glossary(second, path)
    assert load_glossary(path).entries == second.entries
    assert load_glossary(backup_path(path)).entries == first.entries
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_corrupt_file_is_left_alone_and_the_backup_is_used(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    good = Glossary([entry("普京", english="Putin")])
    save_glossary(good, path)
    save_glossary(good, path)  # now g.csv~ holds a good copy
    corrupt = b"traditional,simplified\n\xff\xfe\x00garbage"
    path.write_bytes(corrupt)
    glossary, warning = load_glossary_or_backup(path)
    assert glossary.entries == good.entries
    assert warning is not None and "g.csv~" in warning and "line 2" in warning
    assert path.read_bytes() == corrupt  # untouched until the user saves
    glossary.add(entry("停火"))
    save_glossary(glossary)
    assert len(load_glossary(path)) == 2
    assert load_glossary(backup_path(path)).entries == good.entries  # last good copy kept
    assert path.with_name("g.csv.corrupt").read_bytes() == corrupt


def test_corrupt_file_without_backup_raises(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(GlossaryError, match="g.csv"):
        load_glossary_or_backup(path)


def test_per_document_glossary_sits_beside_the_document(sample_path: Path,
                                                        sample_glossary_path: Path) -> None:
    assert document_glossary_path(sample_path) == sample_glossary_path


def test_edited_glossary_matches_like_one_built_from_scratch() -> None:
    # Edits patch the automaton instead of rebuilding it; the hits must be the same.
    import random

    rng = random.Random(5)
    alphabet = "斯基夫羅爾諾梅金"
    text = "".join(rng.choice(alphabet) for _ in range(400))
    glossary = Glossary([entry("".join(rng.choice(alphabet) for _ in range(rng.randint(2, 4))),
                               english=str(i)) for i in range(30)])
    glossary.find(text)  # build the automaton before the edits
    for step in range(300):
        action = rng.random()
        new = entry("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))),
                    "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))),
                    english=f"s{step}")
        if action < 0.4 or not len(glossary):
            glossary.add(new, rng.randint(0, len(glossary)))
        elif action < 0.7:
            glossary.remove(glossary[rng.randrange(len(glossary))])
        else:
            glossary.replace(glossary[rng.randrange(len(glossary))], new)
        if step % 7 == 0:
            assert glossary.find(text, 3) == GlossaryMatcher(glossary.entries).find(text, 3)
            fresh = Glossary(glossary.entries)
            for form in {f for e in glossary for f in e.forms()}:
                assert glossary.lookup(form) is fresh.lookup(form)


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_temporaries_of_a_killed_save_are_cleaned_up_later(tmp_path: Path) -> None:
    import fcntl
    import os

    path = tmp_path / "g.csv"
    old = tmp_path / ".g.csv.abc123.tmp"
    fresh = tmp_path / ".g.csv.def456.tmp"
    old.write_text("half a glossary", encoding="utf-8")
    fresh.write_text("a save in progress", encoding="utf-8")
    in_progress = os.open(fresh, os.O_RDWR)
    fcntl.flock(in_progress, fcntl.LOCK_EX)  # as a running save holds its temporary file
    try:
        save_glossary(Glossary([entry("普京")]), path)
        assert not old.exists() and fresh.exists()
    finally:
        os.close(in_progress)


def test_matching_in_a_worker_while_the_gui_edits(sample_text: str,
                                                  sample_glossary_path: Path) -> None:
    # The window annotates in a worker thread while the reader may edit the glossary.
    import threading

    glossary = load_glossary(sample_glossary_path)
    errors: list[BaseException] = []
    stop = threading.Event()

    def worker() -> None:
        try:
            while not stop.is_set():
                for line in sample_text.splitlines():
                    glossary.find(line)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        for step in range(300):
            extra = entry(f"安德烈{step % 7}", english=str(step))
            glossary.add(extra, step % 5)
            if step % 3:
                glossary.remove(extra)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert errors == []
    assert glossary.find(sample_text) == GlossaryMatcher(glossary.entries).find(sample_text)
