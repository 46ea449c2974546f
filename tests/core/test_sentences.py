from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from duizhao.core.text.sentences import iter_paragraphs, split_sentences


def sentences_of(text: str) -> list[str]:
    spans = [span for p0, p1 in iter_paragraphs(text) for span in split_sentences(text, p0, p1)]
    return [text[s:e] for s, e in spans]


def test_sample_splits_into_about_a_hundred_sentences(sample_text: str) -> None:
    sentences = sentences_of(sample_text)
    assert 90 <= len(sentences) <= 120
    assert sentences[0] == "歷時3年,俄羅斯、烏克蘭高級官員終于重回談判桌前。"


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "他說：“我們走吧。”然後離開了！真的嗎？是的……好。"
    assert sentences_of(text) == [
        "他說：“我們走吧。”", "然後離開了！", "真的嗎？", "是的……", "好。"
    ]


def test_numbers_are_not_split() -> None:
    text = "增長了3.5%,在2022年4月。第二句."
    assert sentences_of(text) == ["增長了3.5%,在2022年4月。", "第二句."]


def test_half_width_punctuation_of_the_sample() -> None:
    text = "俄方會表示感謝?當然,這是第一步:對話;之后再談。"
    assert sentences_of(text) == ["俄方會表示感謝?", "當然,這是第一步:對話;", "之后再談。"]


def test_paragraphs_are_lines_without_surrounding_space() -> None:
    text = "  第一段。\n\n\t第二段。 \n"
    assert [text[s:e] for s, e in iter_paragraphs(text)] == ["第一段。", "第二段。"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_sentences_tile_the_text(text: str) -> None:
    rebuilt = []
    position = 0
    for p0, p1 in iter_paragraphs(text):
        for start, end in split_sentences(text, p0, p1):
            assert position <= start < end <= len(text)
            assert text[position:start].strip() == ""  # only white space between sentences
            assert text[start:end] == text[start:end].strip()
            rebuilt.append(text[start:end])
            position = end
    assert text[position:].strip() == ""
    assert "".join("".join(rebuilt).split()) == "".join(text.split())  # nothing visible lost
