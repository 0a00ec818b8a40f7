"""Flash lists (7x24 快讯) under a day heading, with items too short for body text."""

from __future__ import annotations

import pytest

import cleanseeds
from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

#: 7x24 items whose paragraph is one short sentence (under the body-text length)
SHORT_SC = [
    ("15:02", "A股收盘：沪指涨1.01%报3154点", "沪深两市成交额8950亿元，房地产板块集体爆发。"),
    ("14:30", "国家统计局：4月一线城市房价环比下降0.6%", "其中北京、上海、广州和深圳分别下降0.4%、0.2%、1.5%和0.4%。"),
    ("11:20", "央行：降低个人住房贷款最低首付款比例", "首套住房最低首付款比例调整为不低于15%。"),
]
SHORT_TC = [
    ("15:02", "台股收盤：加權指數漲1.2%", "成交金額達4,200億元，半導體類股領漲。"),
    ("14:30", "金管會：放寬壽險業海外投資上限", "新制預計自7月1日起實施。"),
    ("11:20", "央行宣布維持利率不變", "理監事會一致決議，重貼現率維持2%。"),
]


def clean(raw: str) -> list[cleanseeds.Article]:
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


def _items(items: list[tuple[str, str, str]], glued: bool = False) -> str:
    if glued:
        return "".join(f"{t} {h}\n{b}\n" for t, h, b in items)
    return "".join(f"{t}\n{h}\n{b}\n" for t, h, b in items)


@pytest.mark.parametrize("items", [SHORT_SC, SHORT_TC])
@pytest.mark.parametrize("glued", [False, True])
def test_a_flash_list_under_a_day_heading_is_one_article_per_item(items, glued) -> None:
    raw = "7x24快讯\n2024年05月17日 星期五\n" + _items(items, glued)
    arts = clean(raw)
    assert len(arts) == len(items)
    for a, (_, h, b) in zip(arts[1:], items[1:]):
        assert a.title == h and a.text == b
    assert items[0][2] in arts[0].text


@pytest.mark.parametrize("items", [SHORT_SC, SHORT_TC])
def test_the_last_short_item_splits_even_with_a_footer_under_it(items) -> None:
    raw = "2024-05-17\n" + _items(items) + "风险提示及免责条款\n"
    arts = clean(raw)
    assert len(arts) == len(items)
    assert arts[-1].title == items[-1][1]


def test_a_dated_live_report_with_a_byline_keeps_its_short_entries() -> None:
    raw = "台股盤中直播\n2024年05月17日 09:00 記者王小明\n" + _items(SHORT_TC)
    assert len(clean(raw)) == 1


def test_a_single_short_item_under_a_day_heading_splits_nothing() -> None:
    t, h, b = SHORT_SC[0]
    assert len(clean(f"2024年05月17日\n{t}\n{h}\n{b}\n")) == 1


@pytest.mark.parametrize(
    "lines",
    [
        ["发布会上午举行", "10:25", "市长首先发言", "他说今年将加快城市更新。"],
        ["發布會上午舉行", "10:25", "市長首先發言", "他說今年將加快城市更新。"],
    ],
)
def test_one_timed_note_in_short_prose_splits_nothing(lines) -> None:
    raw = "\n".join(lines) + "\n"
    arts = clean(raw)
    assert len(arts) == 1


_TELEGRAPH = [
    ("10:32:15", "工信部：前4月电子信息制造业增加值同比增长13.6%", "财联社6月3日电，工信部数据显示，规模以上电子信息制造业增加值同比增长13.6%。"),
    ("10:28:40", "沪指半日涨0.45% 半导体板块领涨", "财联社6月3日电，沪指半日涨0.45%，深成指涨0.62%，创业板指涨0.81%。"),
    ("09:58", "鴻海：5月營收年增22% 創同期新高", "鉅亨網6月3日訊，鴻海公告5月營收，年增22%，創歷年同期新高，AI伺服器出貨暢旺。"),
]


@pytest.mark.parametrize("day", ["", "2024年06月03日 星期一\n"])
def test_telegraph_items_take_their_bracketed_headlines(day):
    """A telegraph list (财联社 电报): each item's time line on its own (to the second), then
    a paragraph opening with its headline in brackets; the time goes, the headline is read
    and stays in the paragraph."""
    raw = day + "".join(f"{t}\n【{h}】{b}\n阅 12.3W\n" for t, h, b in _TELEGRAPH)
    arts = cleanseeds.clean(raw)
    assert [a.title for a in arts] == [h for _, h, _ in _TELEGRAPH]
    assert [a.text for a in arts] == [f"【{h}】{b}" for _, h, b in _TELEGRAPH]


def test_dateline_in_brackets_is_no_headline():
    raw = "10:32\n【新华社北京6月3日电】国务院总理今天主持召开国务院常务会议，部署推动经济持续回升向好。\n"
    arts = cleanseeds.clean(raw)
    assert arts[0].title is None
