"""The regions filter on township menus and on a picker's area heading."""

from __future__ import annotations

import pytest

from cleanseeds.document import Document
from cleanseeds.filters.regions import RegionListFilter


def run(text: str) -> Document:
    doc = Document(text)
    RegionListFilter()(doc)
    return doc


P_ABOVE = "10月11日，县农业产业园举办农民丰收节，吸引了大批市民前来选购。\n"
P_BELOW = "据统计，开幕当天现场成交额达到860万元，签订购销意向协议32份。\n"
P_ABOVE_TW = "秋冬季節，流感進入高發期，多位專家提醒高危人群應儘早接種疫苗。\n"

MENUS = [
    # a county site's township menu: 街道 and 镇, a label
    "乡镇导航：城关街道 田桥街道 城东街道 邢塘街道 鲖城镇 谭棚镇 老集镇 滑集镇 吕寨镇 单桥镇",
    # 乡, 民族乡, 镇 between bars, and a development zone among them
    "乡镇链接：城关镇 | 新华镇 | 龙泉乡 | 高峰乡 | 石门镇 | 长坪乡 | 黄家坝回族乡 | 经济开发区",
    # full-width blanks, no label; 街道办事处
    "城关街道办事处\u3000新城街道办事处\u3000东关街道\u3000西关街道\u3000南关街道"
    "\u3000北关街道\u3000河东镇\u3000河西镇",
    # Inner Mongolia: 苏木 and 镇
    "镇街：巴彦托海镇 大雁镇 伊敏河镇 红花尔基镇 锡尼河西苏木 锡尼河东苏木 辉苏木 伊敏苏木",
    # Traditional: a Taiwan county's 鄉鎮市 picker
    "鄉鎮市區：竹北市 竹東鎮 新埔鎮 關西鎮 湖口鄉 新豐鄉 芎林鄉 橫山鄉 北埔鄉 寶山鄉 峨眉鄉 尖石鄉 五峰鄉",
    # Traditional: a special municipality's 區, half-width colon, slashes
    "選擇鄉鎮: 板橋區/三重區/中和區/永和區/新莊區/新店區/樹林區/鶯歌區/三峽區/淡水區",
    # Traditional mainland forms
    "鄉鎮導航：城關鎮 黃嶺鎮 廟岔鎮 瓦店鎮 迎仙鎮 韋寨鎮 姜寨鎮 楊橋鎮 艾亭鎮",
]


@pytest.mark.parametrize("line", MENUS)
def test_township_menu_goes(line: str) -> None:
    doc = run(f"{P_ABOVE}{line}\n{P_BELOW}")
    assert doc.text == P_ABOVE + P_BELOW
    (edit,) = doc.edits
    assert "picker" in edit.reason


def test_township_menu_reason_counts_items() -> None:
    doc = run("乡镇导航：城关街道 田桥街道 城东街道 邢塘街道 鲖城镇 谭棚镇 老集镇 滑集镇\n")
    assert doc.edits[0].reason == "region list: a picker, '乡镇导航' and 8 names"
    doc = run("城关镇 新华镇 龙泉乡 高峰乡 石门镇 长坪乡 河东镇 河西镇\n")
    assert doc.edits[0].reason == "region list: a picker of 8 names"


def test_township_menu_heading_on_its_own_line_goes_with_it() -> None:
    menu = "城关街道 田桥街道 城东街道 邢塘街道 鲖城镇 谭棚镇 老集镇 滑集镇 吕寨镇"
    doc = run(f"乡镇导航：\n{menu}\n{P_BELOW}")
    assert doc.text == P_BELOW
    assert len(doc.edits) == 2


PROSE = [
    # a few towns in a sentence
    "受强降雨影响，城关镇、黄岭镇等地受灾，当地已转移群众1200余人。",
    # many towns, but set off by 、 and closed by a verb
    "全县城关镇、田桥镇、城东镇、邢塘镇、鲖城镇、谭棚镇、老集镇、滑集镇等8个乡镇纳入试点。",
    "受災鄉鎮：竹東鎮、新埔鎮、關西鎮、湖口鄉、新豐鄉、芎林鄉、橫山鄉、北埔鄉、寶山鄉。",
    # a labelled line with a few towns: a table row
    "试点乡镇：城关镇 黄岭镇 庙岔镇",
    # blanks between words that are no townships
    "城关镇 黄岭镇 庙岔镇 瓦店镇 迎仙镇 韦寨镇 姜寨镇 杨桥镇 今年完成改造",
    # a headline with blanks
    "城关镇 乡村振兴 新画卷",
    # a heading alone with no names next to it
    "乡镇导航：",
    "香港地區：",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_and_lone_heads_stay(line: str) -> None:
    text = f"{P_ABOVE}{line}\n{P_BELOW}"
    doc = run(text)
    assert doc.text == text
    assert not doc.edits


HK_18 = "中西區 灣仔區 東區 南區 油尖旺區 深水埗區 九龍城區 黃大仙區 觀塘區 荃灣區 屯門區 元朗區 北區 大埔區 沙田區 西貢區 離島區 葵青區"
TW = "臺北市 新北市 桃園市 臺中市 臺南市 高雄市 基隆市 新竹市 嘉義市 新竹縣".split()


@pytest.mark.parametrize("head", ["香港地區：", "香港地区:", "臺灣地區", "广东省城市：", "台灣縣市 ▼"])
def test_area_heading_before_names_goes(head: str) -> None:
    doc = run(f"{P_ABOVE_TW}{head}\n{HK_18}\n{P_ABOVE_TW}")
    assert doc.text == P_ABOVE_TW * 2
    assert sum("heading" in e.reason for e in doc.edits) == 1


def test_area_heading_between_two_pickers_goes() -> None:
    """選擇地區 / Taiwan's cities one a line / 香港地區： / Hong Kong's districts on one line."""
    dump = "選擇地區：\n" + "\n".join(TW) + "\n香港地區：\n" + HK_18 + "\n" + P_ABOVE_TW
    doc = run(dump)
    assert doc.text == P_ABOVE_TW
    assert sum("heading" in e.reason for e in doc.edits) == 2


def test_area_heading_before_prose_stays() -> None:
    """A subheading that names a region, then the article's prose, is no picker's."""
    text = f"{P_ABOVE_TW}香港地區：\n{P_ABOVE_TW}"
    assert run(text).text == text


def test_idempotent() -> None:
    dump = "乡镇导航：\n" + MENUS[0] + "\n香港地區：\n" + HK_18 + "\n" + P_BELOW
    once = run(dump).text
    assert run(once).text == once == P_BELOW
