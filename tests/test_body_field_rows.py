"""The body filter keeps an aggregator's dated field row under the headline.

Aggregators and content farms put one row of fields under the headline: the date, the
source outlet, the reporter and a hit counter (``2026-11-23 | 來源：噓！星聞 | 記者：陳家宏 |
人氣：500``). An outlet's name may hold a mark (噓！星聞, Yahoo!奇摩): it is part of the
name, not a sentence's end, so the row stays a date row of the head for the metadata
filter to read instead of going with the low-density cut as prose. Both scripts; a
headline ending in ``！`` stays a headline and prose stays untouched.
"""

from __future__ import annotations

from cleanseeds import clean
from cleanseeds.filters.body import _byline_row, _colon_info_row, _row, _Row
from cleanseeds.lines import lines
from tests.test_body_heads2 import _FOOT, _FOOT_TW, _PROSE, _PROSE_TW


def _page(head: str, prose: str, foot: str) -> str:
    return f"{head}\n廣告\n{prose}\n猜你喜歡\n天冷喝熱飲小心 醫師提醒三族群注意\n上一則 | 下一則\n{foot}\n"


def _one_row(text: str) -> _Row:
    return _row(next(iter(lines(text))))


def test_field_row_with_bang_in_outlet_traditional() -> None:
    head = "金馬獎頒獎典禮落幕 新生代演員包辦雙料影帝后 - 今日頭條匯總\n2026-11-23 | 來源：噓！星聞 | 記者：陳家宏 | 人氣：500"
    art = clean(_page(head, _PROSE_TW, _FOOT_TW))[0]
    assert art.title == "金馬獎頒獎典禮落幕 新生代演員包辦雙料影帝后"
    assert art.published is not None and art.published.startswith("2026-11-23")
    assert art.authors == ["陳家宏"]
    assert art.paragraphs[0].startswith("今年跟新埔的果園")


def test_field_row_with_bang_and_clock_traditional() -> None:
    head = "金馬獎頒獎典禮落幕 新生代演員包辦雙料影帝后 - 今日頭條匯總\n2026-12-03 18:40 | 來源：噓！星聞 | 記者：王小明 | 人氣：1,024"
    art = clean(_page(head, _PROSE_TW, _FOOT_TW))[0]
    assert art.published is not None and art.published.startswith("2026-12-03")
    assert art.authors == ["王小明"]


def test_field_row_with_latin_bang_in_outlet_simplified() -> None:
    head = "银杏林迎来最佳观赏期 周末游客大增 - 今日头条汇总\n2026-11-23 | 来源：Yahoo!新闻 | 记者：陈家宏 | 阅读：500"
    art = clean(_page(head, _PROSE, _FOOT))[0]
    assert art.title == "银杏林迎来最佳观赏期 周末游客大增"
    assert art.published is not None and art.published.startswith("2026-11-23")
    assert art.authors == ["陈家宏"]


def test_name_mark_makes_an_info_row() -> None:
    assert _colon_info_row("2026-11-23 | 來源：噓！星聞 | 記者：陳家宏 |")
    assert _colon_info_row("2026-11-23 | 来源：嘘！星闻 | 记者：陈家宏 |")
    assert _byline_row(_one_row("2026-11-23 | 來源：噓！星聞 | 記者：陳家宏 |"))


def test_bang_ending_a_phrase_is_no_field() -> None:
    """A dated headline or teaser with a ``！`` is no info row: the mark ends a phrase,
    or sits in no field's value."""
    assert not _colon_info_row("12月3日寒流來襲！北部低溫10度")
    assert not _colon_info_row("12月3日寒流来袭！北方低温10度")
    assert not _colon_info_row("2026-11-23 快訊：寒流來襲！ 北部低溫10度")
    assert not _colon_info_row("2026-11-23 快讯：寒流来袭！")
    assert not _byline_row(_one_row("12月3日寒流來襲！北部低溫10度"))


def test_prose_with_bang_and_colon_untouched() -> None:
    text = (
        "2026年11月23日，主持人在頒獎典禮上說：太好了！今年的得獎名單真是令人意外。\n"
        "記者：現場觀眾反應熱烈！不少人起立鼓掌，典禮在歡呼聲中結束。\n"
        "2026年11月23日，主持人在颁奖典礼上说：太好了！今年的得奖名单真是令人意外。"
    )
    art = clean(text)[0]
    assert "\n".join(art.paragraphs) == text
