"""Mojibake with lost bytes, through the whole pipeline: no character goes unseen.

A repair may leave U+FFFD where the bytes do not say which character stood there, but
a character the bytes did hold, or one whose mark the lost-chars filter cut, must not
vanish from a line whose other lost characters keep their marks.
"""

from __future__ import annotations

import difflib

import pytest

import cleanseeds
from cleanseeds.filters.encoding import _closing_quote, _line_head


def as_legacy(text: str, codec: str) -> str:
    """UTF-8 bytes through a lossy ``codec`` decoder (U+FFFD for what it could not read)."""
    return text.encode("utf-8").decode(codec, errors="replace")


def body(text: str) -> str:
    """The last paragraph the pipeline keeps of ``text`` (after a short lead line)."""
    arts = cleanseeds.clean(f"新聞快訊。\n{text}\n")
    return [p for a in arts for p in a.paragraphs][-1]


def losses(clean: str, out: str) -> list[tuple[str, str]]:
    """Where ``out`` lost a character of ``clean`` unseen: a piece left out, or one
    replaced by anything but one mark per character."""
    matcher = difflib.SequenceMatcher(None, clean, out, autojunk=False)
    bad = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        piece = out[j1:j2]
        if op == "delete" or (op != "equal" and (piece.strip("\ufffd?") or len(piece) != i2 - i1)):
            bad.append((clean[i1:i2], piece))
    return bad


#: news sentences, both scripts, as Taiwanese, Hong Kong and mainland pages print them
CP1252_LOST = [
    "台鐵公司則宣布南迴線及東部幹線部分區段全線停駛，恢復時間將視風雨情況另行公布。",
    "捷運局指出，北環段全長約15公里，共設11座車站，完工後將串連新莊、五股、泰山及士林地區。",
    "港鐵公布，東涌綫延線工程預計2029年完工，屆時將新增兩個車站。",
    "国家统计局今天发布数据，5月份全国居民消费价格同比上涨0.3%，环比下降0.1%。",
    "市交通运输局相关负责人介绍，新开通的12条公交微循环线路覆盖全市13个区。",
    "他在接受記者採訪時說：“我們會繼續加大投入，讓更多市民受惠。”",
]


@pytest.mark.parametrize("clean", CP1252_LOST)
def test_cp1252_with_lost_bytes_loses_no_character_unseen(clean: str) -> None:
    # the five bytes cp1252 lacks became U+FFFD: the characters they belonged to keep a
    # mark at a line's start and after a comma or a digit as well as inside words
    garbled = as_legacy(clean, "cp1252")
    assert "\ufffd" in garbled
    out = body(garbled)
    assert losses(clean, out) == []
    assert "\ufffd" in out


GBK_LOST = [
    "台鐵公司則宣布南迴線及東部幹線部分區段全線停駛，恢復時間將視風雨情況另行公布。",
    "捷運局指出，北環段全長約15公里，共設11座車站，完工後將串連新莊、五股、泰山及士林地區。",
    "高鐵公司表示，受颱風影響，明日起南下班次將減班20%，旅客可上網辦理退票。",
    "港鐵公布，東涌綫延線工程預計2029年完工，屆時將新增兩個車站。",
    "有网友评论说：“追了五年，终于等到第二季，结局还是意犹未尽。”",
    "他在接受記者採訪時說：“我們會繼續加大投入，讓更多市民受惠。”",
]


@pytest.mark.parametrize("clean", GBK_LOST)
def test_gbk_with_lost_bytes_loses_no_character_unseen(clean: str) -> None:
    # 15公里 must not become 15里, nor the line's last 。 or ” go with no mark
    garbled = as_legacy(clean, "gbk")
    assert "\ufffd" in garbled
    out = body(garbled)
    assert losses(clean, out) == []


@pytest.mark.parametrize(
    "clean",
    [
        "有网友评论说：“追了五年，终于等到第二季，结局还是意犹未尽。”",
        "他在接受記者採訪時說：“我們會繼續加大投入，讓更多市民受惠。”",
    ],
)
def test_lost_closing_quote_is_restored_where_the_line_opened_one(clean: str) -> None:
    # ” is e2 80 9d: GBK lost its last two bytes, which leave “ or ” only; the line's
    # open “ says which
    out = body(as_legacy(clean, "gbk"))
    assert out.endswith("。”")


def test_lost_full_stop_keeps_its_mark() -> None:
    clean = "捷運局指出，北環段全長約15公里，可大幅縮短新北西區居民通勤時間。"
    out = body(as_legacy(clean, "gbk"))
    assert out.endswith("通勤時間\ufffd")
    assert "15\ufffd里" in out


def test_closing_quote_needs_an_open_one() -> None:
    both = ("\u201c", "\u201d")
    assert _closing_quote(both, "他說：“我們") == "\u201d"
    assert _closing_quote(both, "他說：“我們”，又說") is None
    assert _closing_quote(both, "") is None
    assert _closing_quote(("\u201c", "\u201d", "中"), "他說：“我們") is None


def test_line_head_stops_at_the_line_break() -> None:
    assert _line_head("第一段。\n他說：“好", 9) == "他說：“"
    assert _line_head("他說", 2) == "他說"


@pytest.mark.parametrize(
    "text",
    [
        "國家統計局今天發布數據，5月份全國居民消費價格同比上漲0.3%。",
        "有网友评论说：“追了五年，终于等到第二季，结局还是意犹未尽。”",
        "港鐵公布，東涌綫延線工程預計2029年完工？",
    ],
)
def test_clean_prose_passes_unchanged(text: str) -> None:
    assert body(text) == text
