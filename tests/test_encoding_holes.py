"""UTF-8 read as Big5 or GBK where the decoder lost bytes (U+FFFD, one per byte)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .test_encoding import REAL, flagged, only_marked, run


def as_legacy(text: str, codec: str) -> str:
    """UTF-8 bytes through a lossy ``codec`` decoder: U+FFFD for each byte it could not
    pair with the next, as a scraper that decodes with ``errors="replace"`` writes."""
    return text.encode("utf-8").decode(codec, errors="replace")


#: news sentences, both scripts, as Taiwanese, Hong Kong and mainland pages print them
BIG5_LOST = [
    "據報導，台積電今年營收將持續成長",
    "央行總裁楊金龍在會後記者會上表示",
    "立法院會今日三讀通過修正草案",
    "我們都知道半導體產業競爭激烈",
    "香港特區政府今日公布最新數據",
    "根據氣象署最新預報，颱風將於明天登陸",
    "今年以来全球经济形势复杂多变",
    "公司表示将继续加大研发投入",
]


@pytest.mark.parametrize("clean", BIG5_LOST)
def test_utf8_as_big5_with_most_bytes_lost_is_read_or_cut_and_flagged(clean: str) -> None:
    # no continuation byte below a1 is a Big5 byte: the decoder loses most of them.
    # Where what is left reads as a word it stays, a mark for each lost character;
    # where it does not, the few characters are no text and the run is cut
    garbled = as_legacy(clean, "big5")
    assert "\ufffd" in garbled
    doc = run(f"地政局表示。\n{garbled}\n對此，建商回應。")
    line = doc.text.split("\n")[1]
    assert doc.text == f"地政局表示。\n{line}\n對此，建商回應。"
    assert not line or (only_marked(clean, line) and "\ufffd" in line)
    assert flagged(doc)
    assert all("most characters were lost" in e.reason for e in doc.edits)


def test_utf8_as_big5_paragraph_with_ascii_inside() -> None:
    clean = "據了解，該建案每坪單價逾200萬元，買方多為科技業高層與企業家族，建商涉以「保留戶」名義規避申報。"
    doc = run(f"鏡週刊調查發現。\n{as_legacy(clean, 'big5')}\n")
    # what is left holds no character that was not written there, and no garble
    line = doc.text.split("\n")[1]
    assert only_marked(clean, line)
    assert flagged(doc)


@pytest.mark.parametrize(("garbled", "clean"), [("憭批飛", "大學"), ("銝剖亢", "中央")])
def test_utf8_as_big5_without_holes_still_read_whole(garbled: str, clean: str) -> None:
    assert run(f"報導：{garbled}。").text == f"報導：{clean}。"


def test_gbk_hole_before_a_pair_filled_where_the_bytes_allow_one_mark() -> None:
    # 、 is e3 80 81: with 80 lost before 81, the other readings are extension-A
    # ideographs no news text uses, so the bytes determine it
    clean = "据悉，培训内容涵盖职业规划、简历制作、面试技巧等，学员完成学习后可获得结业证书。"
    doc = run(f"{as_legacy(clean, 'gbk')}\n")
    assert "简历制作、面试技巧" in doc.text
    assert only_marked(clean, doc.text.strip())
    # 训 规 学 … lost a byte that several common characters fit: their marks stay
    assert "\ufffd" in doc.text
    assert flagged(doc)


@pytest.mark.parametrize(
    ("clean", "kept"),
    [
        ("市府今天公布颱風、地震、水災等防災資訊", "颱風、地震、水災等防災資訊"),
        ("會中討論交通、住宅、醫療等議題", "、住宅、醫療等議"),
    ],
)
def test_enumeration_comma_restored_in_traditional(clean: str, kept: str) -> None:
    garbled = as_legacy(clean, "gbk")
    assert garbled.count("\ufffd") >= 2
    doc = run(garbled + "\n")
    assert kept in doc.text
    assert only_marked(clean, doc.text.strip())


@pytest.mark.parametrize(
    "text",
    [
        # a Big5 page read right, whose rare characters (HKSCS) the decoder lost
        "行政長官李家超今日前往�湧視察，並與居民交談。",
        "\ufffd\ufffd今天天氣晴朗，氣溫回升至二十八度。",
        "據報導，台積電董事長魏哲家\ufffd\ufffd今天表示將擴大投資。",
        "记者从市教育局获悉\ufffd今年秋季学期将新增学位",
        "\ufffd\ufffd\ufffd\ufffd",
    ],
)
def test_prose_with_lost_bytes_is_not_taken_for_garble(text: str) -> None:
    assert run(text).text == text


@given(st.sampled_from(REAL), st.lists(st.integers(0, 20), min_size=1, max_size=4))
def test_property_lost_bytes_in_prose_are_left_alone(sentence: str, at: list[int]) -> None:
    chars = list(sentence)
    for i in sorted(set(at), reverse=True):
        chars.insert(min(i, len(chars)), "\ufffd")
    text = "".join(chars)
    assert run(text).text == text


@given(st.sampled_from(REAL), st.integers(0, 6), st.integers(4, 14))
def test_property_big5_garble_never_gains_a_wrong_character(
    sentence: str, start: int, length: int
) -> None:
    clean = sentence[start : start + length]
    garbled = as_legacy(clean, "big5")
    doc = run(f"報導：{garbled}。")
    assert only_marked(f"報導：{clean}。", doc.text, garbled)


def test_gbk_pair_with_an_ascii_byte_is_read_but_punctuation_after_garble_is_kept() -> None:
    # ，then A: GBK paired the last UTF-8 byte of ，with the A (``锛孉``)
    clean = "据介绍，AC-9000采用实时操作系统"
    garbled = as_legacy(clean, "gbk")
    assert "孉" in garbled
    doc = run(garbled)
    assert doc.text.endswith("介绍，AC-9000采用实时操作系统")
    assert only_marked(clean, doc.text)
    # Big5 ``。`` (a1 43) after a run that lost its last bytes is the text's own
    doc = run(f"報導：{as_legacy('公司表示将继续加', 'big5')}。")
    assert doc.text.endswith("。") and "C" not in doc.text
