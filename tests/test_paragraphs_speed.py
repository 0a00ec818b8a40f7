"""The paragraphs filter's cheap gates find exactly what the plain forms they stand for find."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds import Pipeline
from cleanseeds.filters.paragraphs import MIN_WRAPS, WRAP_MIN_WIDTH, Paragraphs, _common_widths, _item_lines, _line_around

#: the one-class form of the item hint that the per-mark scans stand for
_ITEM_HINT_REFERENCE = re.compile(
    r"[。！？!?][”’」』）)\"']{0,2}[ \t\u3000\xa0]{0,2}"
    r"(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[、.．]|[①-⑳])"
)


def _item_lines_reference(text: str) -> set[tuple[int, int]]:
    return {_line_around(text, m.start()) for m in _ITEM_HINT_REFERENCE.finditer(text)}


def _common_widths_reference(widths: list[int]) -> set[int]:
    if len(widths) <= MIN_WRAPS:
        return set()
    ordered = sorted(widths)
    return {
        w for w, c in Counter(widths).items()
        if c >= MIN_WRAPS and w >= WRAP_MIN_WIDTH and len(ordered) - bisect_right(ordered, w) <= c
    }


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("甲乙a。！？!?”’」』）)\"' \t\u3000\xa0一二三十（(①⑳19٣、.．\n\r"), max_size=40))
def test_item_lines_match_the_one_class_scan(text: str) -> None:
    assert _item_lines(text) == _item_lines_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "一、考生应服从管理。二、考生应在开考前入场。\n三、其他事项另行通知。",
        "一、考生應服從管理。二、考生應在開考前入場。\n三、其他事項另行通知。",
        "市民可致电查询！（1）携带身份证；（2）提前到场。",
        "市民可致電查詢！（1）攜帶身份證；（2）提前到場。",
        "会议强调：“要抓好落实。” 1. 加强领导；2. 压实责任。",
        "會議強調：「要抓好落實。」 ① 加強領導；② 壓實責任。",
        # prose: no item after a sentence end
        "公司去年营收增长两成。三季度以来，订单持续回升。",
        "公司去年營收增長兩成。三季度以來，訂單持續回升。",
    ],
)
def test_item_lines_on_real_forms(text: str) -> None:
    assert _item_lines(text) == _item_lines_reference(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([0, 3, 15, 16, 17, 20, 24, 40, 80]), max_size=20))
def test_common_widths_match_the_sorted_count(widths: list[int]) -> None:
    assert _common_widths(widths) == _common_widths_reference(widths)


@pytest.mark.parametrize(
    "raw",
    [
        "国家统计局今天发布数据。前三季度国内生产总值同比增长百分之五。\n专家表示，经济运行总体平稳。",
        "國家統計局今天發佈數據。前三季度國內生產總值按年增長百分之五。\n專家表示，經濟運行總體平穩。",
    ],
)
def test_prose_is_untouched(raw: str) -> None:
    assert Pipeline([Paragraphs()]).clean(raw)[0].paragraphs == raw.split("\n")
