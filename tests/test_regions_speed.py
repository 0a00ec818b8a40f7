"""The regions filter's shortcuts change no verdict: its gates are necessary conditions,
and ``find`` over the judged lines cuts what a plain line-by-line pass cuts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters import regions
from cleanseeds.filters.regions import RegionListFilter, score_line
from cleanseeds.lines import unmemoised
from tests.test_regions import LISTS, PROSE, TW_HK_MO_LISTS, TW_HK_MO_PROSE
from tests.test_regions_sentences import PICKERS, SENTENCES
from tests.test_regions_sentences import PROSE as SENTENCE_PROSE
from tests.test_regions_townships import MENUS
from tests.test_regions_townships import PROSE as TOWNSHIP_PROSE

judge = unmemoised(regions._judge)

#: prose that opens with a division name and goes on in one long word: no list
NAMED_PROSE = [
    "阿里的自营商品布局主要来自盒马和淘宝心选。",
    "阿里巴巴集团今日公布季度业绩营收同比增长百分之八",
    "北京时间今天凌晨美联储宣布维持利率不变",
    "台中市政府今天宣布明年起全面調漲公車票價",
    "香港特區政府今日公布最新的失業率數字",
    "上海等地今年以来陆续出台了支持民营经济发展的新政策",
    "江蘇等地今年以來陸續出台了支持民營經濟發展的新政策",
    "朝阳区人民法院一审判决被告人有期徒刑三年缓刑三年",
]
OTHER = [
    "",
    "   ",
    "\u3000\u3000",
    "選擇地區：",
    "全部",
    "全港",
    "乡镇导航",
    "香港地區：",
    "北京",
    "天津市",
    "灣仔",
    "觀塘區",
    "新竹縣",
    "第一句。第二句。",
    "北京、上海。广州、深圳。",
    "選擇地區：柔佛 吉打 吉蘭丹 馬六甲 森美蘭 彭亨 檳城 霹靂 玻璃市 沙巴 砂拉越 雪蘭莪",
    "热门城市：东京 大阪 京都 名古屋 横滨 神户 札幌 福冈 仙台",
    "地区：华东 华南 华北 华中",
]
POOL = [
    *LISTS, *PROSE, *TW_HK_MO_LISTS, *TW_HK_MO_PROSE, *PICKERS, *SENTENCES, *SENTENCE_PROSE,
    *MENUS, *TOWNSHIP_PROSE, *NAMED_PROSE, *OTHER,
]


def full_judgement(text: str) -> object:
    """What ``_judge`` says, worked out with no shortcut: the whole score, then each test."""
    s = text.strip()
    if not s:
        return None
    score = score_line(s)
    if score.is_list or score.is_names_only:
        return score, None
    if regions._is_head(text):
        return regions._A_HEAD
    townships = regions._township_menu(s)
    if townships is not None:
        return None, townships
    picker = regions._picker(s)
    return regions._NEITHER if picker is None else (None, picker)


@pytest.mark.parametrize("line", POOL)
def test_shortcuts_agree_with_the_full_judgement(line: str) -> None:
    assert judge(line) == full_judgement(line)


@pytest.mark.parametrize("line", NAMED_PROSE)
def test_prose_opening_with_a_name_is_read_no_further(line: str) -> None:
    """A long word that begins as a name but is none fails both tests unscored."""
    s = line.strip()
    assert regions._long_other(s)
    score = score_line(s)
    assert not score.is_list and not score.is_names_only


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=4),
    st.sampled_from(["", "。", "等地", "有中到大雨", "及", "、", "，", " "]),
)
def test_long_items_agree_with_the_full_judgement(parts: list[str], glue: str) -> None:
    """Lines glued from others make long items of names and words, in both scripts."""
    line = glue.join(parts)
    assert judge(line) == full_judgement(line)


def test_prose_marks_are_in_no_township_menu() -> None:
    """The menu's gate: its label and items are wholly Han, set off by blanks or bars."""
    for mark in "，、。":
        assert regions._HAN.fullmatch(mark) is None
        assert mark not in regions._MENU_MARKS + regions._BLANKS + ":："
    for menu in MENUS:
        assert regions._township_menu(menu) is not None
        assert regions._township_menu(menu[:-1] + "，" + menu[-1]) is None


def line_by_line(doc: Document) -> list[object]:
    """The cuts of a plain pass that judges each line in turn (what ``find`` must give)."""
    flt = RegionListFilter()
    lines, bounds = doc.lines(), doc.boundaries()
    out: list[object] = []
    block: list[tuple[object, object]] = []
    for line in lines:
        verdict = judge(line.text)
        if verdict is None:
            continue
        if verdict is regions._A_HEAD:
            block.append((line, None))
            continue
        score, picker = verdict if verdict is not regions._NEITHER else (None, None)
        if score is not None:
            block.append((line, score))
            continue
        if picker:
            while block and block[-1][1] is None:
                out.append(block.pop()[0].cut("region list: the picker's heading or 'all' option"))
        out.extend(flt._flush(block, lines, bounds))
        block = []
        if picker:
            out.append(line.cut(regions._picker_reason(*picker)))
    out.extend(flt._flush(block, lines, bounds))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POOL + ["北京", "上海", "灣仔", "全部", "", "  "]), max_size=14))
def test_find_cuts_what_a_line_by_line_pass_cuts(lines: list[str]) -> None:
    doc = Document("\n".join(lines) + "\n")
    assert list(RegionListFilter().find(doc)) == line_by_line(doc)
