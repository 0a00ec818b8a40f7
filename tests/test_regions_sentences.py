"""The regions filter: a sentence that enumerates divisions stays, a picker still goes.

A picker holds names and furniture (a label, a letter index, ``全部``); a sentence has
words among its names: a lead-in, a conjunction before the last, ``等`` and more, a clause
before or after the list."""

from __future__ import annotations

import pytest

from cleanseeds.document import Document
from cleanseeds.filters.regions import RegionListFilter, score_line


def cleaned(text: str) -> str:
    doc = Document(text)
    RegionListFilter()(doc)
    return doc.text


HK_18_T = (
    "中西區、灣仔區、東區、南區、油尖旺區、深水埗區、九龍城區、黃大仙區、觀塘區、葵青區、"
    "荃灣區、屯門區、元朗區、北區、大埔區、沙田區、西貢區"
)
HK_18_S = (
    "中西区、湾仔区、东区、南区、油尖旺区、深水埗区、九龙城区、黄大仙区、观塘区、葵青区、"
    "荃湾区、屯门区、元朗区、北区、大埔区、沙田区、西贡区"
)
TW_10_T = "基隆市、新竹縣、苗栗縣、彰化縣、南投縣、雲林縣、嘉義縣、宜蘭縣、花蓮縣、台東縣"
TW_10_S = "基隆市、新竹县、苗栗县、彰化县、南投县、云林县、嘉义县、宜兰县、花莲县、台东县"
CN_11 = "北京、天津、山东、河南、江苏、安徽、湖北、湖南、江西、浙江、上海"
CN_11_T = "北京、天津、山東、河南、江蘇、安徽、湖北、湖南、江西、浙江、上海"

SENTENCES = [
    # a lead-in glued to the first name, a conjunction before the last, a full stop
    f"十八區分別為{HK_18_T}及離島區。",
    f"十八区分别为{HK_18_S}及离岛区。",
    f"{HK_18_T}和離島區",
    f"{HK_18_S}以及离岛区的区议会本周开会",
    f"包括{CN_11}。",
    # a list, then a clause after a comma
    f"{TW_10_T}，多數為國民黨勝選。",
    f"{TW_10_T}，多數為國民黨勝選；",
    f"{TW_10_S}，均由国民党胜选。",
    f"{CN_11}，均出现明显降温。",
    f"{CN_11_T}，氣溫驟降",
    # an election story: 其中 leads the list in
    f"其中{TW_10_T}",
    f"其中，{TW_10_T}",
    f"其中，{CN_11}",
    # a weather report: names, 等 and more words
    f"{CN_11}等地有中到大雨",
    f"{CN_11_T}等地有中到大雨",
    f"{CN_11}等省",
    f"{CN_11}与广东",
]


@pytest.mark.parametrize("line", [s for s in SENTENCES if "区议会" not in s])
def test_sentence_is_told_by_its_words(line: str) -> None:
    """Dense enough in names to pass as a list, but for the words among them."""
    assert score_line(line).sentence


@pytest.mark.parametrize("line", SENTENCES)
def test_sentence_listing_divisions_stays(line: str) -> None:
    after = "民政事務局表示歡迎市民反映意見。"
    for text in (f"{line}\n", f"正文第一段。\n{line}\n正文第二段。\n", f"{line}\n{after}\n"):
        assert cleaned(text) == text
    score = score_line(line)
    assert not score.is_list and not score.is_names_only


def test_probe_paragraphs_stay() -> None:
    """A Hong Kong story naming the 18 districts; a Taiwan election story by county."""
    hk = (
        "新一屆區議會於1月1日正式履新，全港十八區區議會本周陸續舉行首次會議。\n\n"
        f"十八區分別為{HK_18_T}及離島區。\n\n"
        "其中，觀塘區議會議程最多，涉及地區交通、街市重建等十多項議題。\n"
    )
    tw = (
        "各縣市當選政黨如下：\n"
        f"{TW_10_T}，多數為國民黨勝選；\n"
        "屏東縣、嘉義市則由民進黨取得；\n"
        "新竹市由民眾黨候選人當選；\n"
    )
    for text in (hk, tw):
        assert cleaned(text) == text


PICKERS = [
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏",
    "北京、上海、广州、深圳、杭州、成都、武汉、南京、天津、重庆。",
    f"{CN_11}等",
    "热门城市：北京 上海 广州 深圳 杭州 南京 成都 武汉 更多城市",
    "北京，上海，广州，深圳，杭州，南京，成都，武汉，其他",
    # set off by commas throughout: the last option is no clause
    "北京，天津，河北，山西，内蒙古，辽宁，吉林，黑龙江，上海，江苏，港澳台及海外",
    "選擇縣市 臺北市 新北市 桃園市 臺中市 臺南市 高雄市 基隆市 新竹市 嘉義市 新竹縣 苗栗縣",
    "全港 中西區 灣仔區 東區 南區 油尖旺區 深水埗區 九龍城區 黃大仙區 觀塘區",
    "全港，中西區，灣仔區，東區，南區，油尖旺區，深水埗區，九龍城區",
    "A 安庆 鞍山 安阳 阿坝 B 北京 包头 保定 蚌埠 C 成都 重庆 长沙 常州",
    "北京市:市辖区:(东城区、西城区、朝阳区、丰台区、石景山区、海淀区、门头沟区、房山区、通州区)",
    TW_10_T,
    HK_18_S,
]


@pytest.mark.parametrize("line", PICKERS)
def test_pickers_still_go(line: str) -> None:
    assert cleaned(f"正文第一段。\n{line}\n正文第二段。\n") == "正文第一段。\n正文第二段。\n"
    assert not score_line(line).sentence


PROSE = [
    "预计内蒙古中东部、黑龙江、吉林、辽宁、河北北部、山西北部等地气温将下降10至14℃，局地降温超过16℃。",
    "海淀、朝阳、丰台、石景山、门头沟、房山、昌平、延庆等区阵风可达7级。",
    "六都部分，台北市、新北市、桃園市、台中市由國民黨取得，台南市、高雄市則由民進黨守住。",
    "澎湖縣、金門縣、連江縣方面，金門縣由無黨籍候選人勝出。",
    "受影响的省份包括北京、天津、山东、河南、江苏、安徽、湖北、湖南、江西、浙江及上海。",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_naming_places_stays(line: str) -> None:
    text = f"{line}\n"
    assert cleaned(text) == text


@pytest.mark.parametrize("line", SENTENCES + PICKERS)
def test_idempotent(line: str) -> None:
    once = cleaned(f"正文第一段。\n{line}\n正文第二段。\n")
    assert cleaned(once) == once
