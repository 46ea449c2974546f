from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duizhao.core.document import Script
from duizhao.core.errors import DuizhaoError
from duizhao.core.language.convert import VARIANTS, ScriptConverter, detect_script


def test_sample_is_detected_as_traditional(sample_text: str) -> None:
    # it has a few Simplified characters (终于, 此后, 那么) but is Traditional
    assert detect_script(sample_text) is Script.TRADITIONAL


@pytest.mark.parametrize(("text", "script"), [
    ("这是简体中文的句子。", Script.SIMPLIFIED),
    ("這是繁體中文的句子。", Script.TRADITIONAL),
    ("这是简体，這裡是繁體。", Script.MIXED),
    ("Hello, world 123", Script.NONE),
    ("", Script.NONE),
    ("中文", Script.SIMPLIFIED),  # written the same in both scripts
])
def test_detect_script(text: str, script: Script) -> None:
    assert detect_script(text) is script


def test_sample_to_simplified(sample_text: str) -> None:
    simplified = ScriptConverter(source_script=Script.TRADITIONAL).to_simplified(sample_text)
    assert len(simplified) == len(sample_text)
    assert "俄罗斯、乌克兰高级官员终于重回谈判桌前" in simplified
    assert simplified.count("意味着") == sample_text.count("意味著") == 6
    assert "持着磋商" in simplified
    assert "著" not in simplified
    assert detect_script(simplified) is Script.SIMPLIFIED


@pytest.mark.parametrize("variant", ["t2s", "tw2s", "hk2s"])
def test_zhe_particle_is_simplified_but_zhu_words_keep_zhu(variant: str) -> None:
    converter = ScriptConverter(variant)
    assert converter.to_simplified("這意味著和平") == "这意味着和平"
    assert converter.to_simplified("隨著時間") == "随着时间"
    assert converter.to_simplified("接著說") == "接着说"
    assert converter.to_simplified("他看著我") == "他看着我"  # not a CC-CEDICT word: default
    assert converter.to_simplified("著名作家") == "著名作家"
    assert converter.to_simplified("他的著作") == "他的著作"
    assert converter.to_simplified("當地土著") == "当地土著"
    assert converter.to_simplified("效果顯著") == "效果显著"


def test_zhu_words_cc_cedict_lacks_keep_zhu_by_their_reading() -> None:
    # not CC-CEDICT words; a phrase dictionary reads 著 zhù in them, so it stays 著
    converter = ScriptConverter("t2s")
    assert converter.to_simplified("他的譯著") == "他的译著"
    assert converter.to_simplified("撰著") == "撰著"
    assert converter.to_simplified("執著") == "执着"  # zhuó: 着


def test_other_characters_opencc_leaves_alone() -> None:
    converter = ScriptConverter("t2s")
    assert converter.to_simplified("砲擊") == "炮击"
    assert converter.to_simplified("彞族") == "彝族"


def test_simplified_characters_in_traditional_text_stay() -> None:
    # 么 is the Simplified 麼 here, not the Traditional 么 (yāo) that CC-CEDICT simplifies to 幺
    assert ScriptConverter("t2s").to_simplified("那么") == "那么"


def test_to_traditional() -> None:
    assert ScriptConverter("s2t").to_traditional("头发和发展") == "頭髮和發展"
    assert ScriptConverter("s2tw").to_traditional("这意味着和平") == "這意味著和平"
    assert ScriptConverter("s2t").to_traditional("埃里温") == "埃里溫"  # OpenCC alone: 埃裏溫
    assert ScriptConverter("s2t").to_traditional("著名") == "著名"


def test_default_variant_follows_the_document() -> None:
    assert ScriptConverter(source_script=Script.SIMPLIFIED).variant == "s2t"
    assert ScriptConverter(source_script=Script.TRADITIONAL).variant == "t2s"
    assert ScriptConverter().variant == "t2s"


def test_unknown_variant_is_a_user_error() -> None:
    with pytest.raises(DuizhaoError, match="Unknown conversion"):
        ScriptConverter("x2y")


_CHINESE_ISH = st.text(
    alphabet=st.one_of(
        st.sampled_from("著著名意味隨接看土作么麼發发後后裏里臺台乾干。，、「」 \n"),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(text=_CHINESE_ISH, variant=st.sampled_from(sorted(VARIANTS)))
def test_conversion_keeps_length(text: str, variant: str) -> None:
    converter = ScriptConverter(variant)
    simplified = converter.to_simplified(text)
    traditional = converter.to_traditional(text)
    assert len(simplified) == len(text)
    assert len(traditional) == len(text)
    # what is not Chinese is never touched
    for before, after in zip(text, simplified, strict=True):
        if before.isascii():
            assert before == after


def test_same_length_even_if_opencc_changed_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """A future OpenCC dictionary mapping a phrase to another length must not shift offsets:
    that stretch falls back to character-by-character conversion."""
    from duizhao.core.language import convert

    class Lengthening:
        def convert(self, text: str) -> str:
            return text.replace("軟體", "软件程序").replace("體", "体")

    monkeypatch.setattr(convert, "_opencc", lambda config: Lengthening())
    text = "這是軟體，好的軟體。"
    result = convert._convert("t2s", text)
    assert len(result) == len(text)
    assert result == "這是軟体，好的軟体。"


def test_a_text_read_in_parts_gets_the_script_of_the_whole() -> None:
    from duizhao.core.language.convert import ScriptTally

    # Traditional first, then Simplified: the whole text is decided by its opening windows
    text = "這個國際會議將在伊斯坦堡舉行。" * 9000 + "这个国际会议将在伊斯坦堡举行。" * 30000
    tally = ScriptTally()
    answers = [tally.feed(text[:end], complete=False) for end in range(10000, len(text), 37000)]
    assert answers[0] is None  # not enough read yet to decide
    decided = next(answer for answer in answers if answer is not None)
    assert decided == detect_script(text) == Script.TRADITIONAL
    sparse = "國" + "中" * 65535  # a whole window read, too few telling characters to decide
    assert ScriptTally().feed(sparse, complete=False) is None
    assert ScriptTally().feed(sparse, complete=True) == Script.TRADITIONAL
