"""The regions filter: division lists go, prose that names places stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.data import load_lines
from cleanseeds.document import Document
from cleanseeds.filters.regions import RegionListFilter, score_line


def run(text: str) -> Document:
    doc = Document(text)
    RegionListFilter()(doc)
    return doc


def cleaned(text: str) -> str:
    return run(text).text


LISTS = [
    # division tables (seed style), both scripts
    "北京市:市辖区:(东城区、西城区、朝阳区、丰台区、石景山区、海淀区、门头沟区、房山区、通州区、"
    "顺义区、昌平区、大兴区、怀柔区、平谷区、密云区、延庆区)",
    "河北省:石家庄市:(长安区、桥西区、新华区、井陉矿区、裕华区、藁城区、鹿泉区、栾城区、井陉县、"
    "正定县、石家庄高新技术产业开发区、石家庄循环化工园区、辛集市、晋州市、新乐市)",
    "河北省:石家莊市:(長安區、橋西區、新華區、井陘礦區、裕華區、藁城區、鹿泉區、欒城區)",
    "唐山市:(路南区、路北区、古冶区、河北唐山芦台经济开发区、唐山市汉沽管理区、唐山高新技术产业开发区)",
    # province pickers, half and full width, spaces, slashes, pipes
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏",
    "北京/天津/河北/山西/內蒙古/遼寧/吉林/黑龍江",
    "广东省，广西壮族自治区，海南省，四川省，贵州省，云南省",
    "新疆维吾尔自治区; 西藏自治区; 宁夏回族自治区; 香港特别行政区; 澳门特别行政区",
    "上海 | 北京 | 深圳 | 杭州 | 成都",
    # city pickers (58.com / anjuke style), with a label and letter index
    "热门城市:北京 上海 广州 深圳 杭州 成都 重庆 武汉",
    "A 安庆 鞍山 安阳 阿坝 B 北京 包头 保定 蚌埠 C 成都 重庆 长沙 常州",
    "朝阳 海淀 东城 西城 丰台 通州 石景山 房山 昌平 大兴 顺义 密云 怀柔 延庆 平谷 门头沟",
    "台灣省、香港特別行政區、澳門特別行政區、廣東省、福建省",
    # compound items
    "四川成都、重庆、贵州贵阳、云南昆明、广西南宁",
]


@pytest.mark.parametrize("text", LISTS)
def test_list_line_cut(text: str) -> None:
    doc = run(f"正文第一段。\n{text}\n正文第二段。\n")
    assert doc.text == "正文第一段。\n正文第二段。\n"
    (edit,) = doc.edits
    assert edit.filter == "regions"
    assert edit.reason.startswith("region list: ")
    assert "division names" in edit.reason


def test_reason_counts_names() -> None:
    doc = run("北京 天津 河北 山西 内蒙古 辽宁\n")
    assert doc.edits[0].reason == "region list: 6 division names"


def test_block_of_one_name_per_line() -> None:
    text = "正文。\n北京市\n天津市\n\n河北省\n山西省\n内蒙古自治区\n正文二。\n"
    assert cleaned(text) == "正文。\n\n正文二。\n"


def test_block_with_headings() -> None:
    text = "河北省:\n石家庄市 唐山市 秦皇岛市 邯郸市\n山西省:\n太原市 大同市 阳泉市\n這是正文。\n"
    assert cleaned(text) == "這是正文。\n"


def test_short_runs_of_names_stay() -> None:
    # a dateline or a two-line header is not a list
    text = "北京\n上海\n记者从有关部门获悉,新规将于下月起施行。\n"
    assert cleaned(text) == text


PROSE = [
    "京东近期在河北涿州、江苏宿迁等地开出多家硬折扣超市,主打低价和高频消费,迅速吸引了本地客群。",
    "北京、上海、广州三地的房价持续上涨。",
    "北京、上海、广州今日迎来降温,局地有大风。",
    "据统计,北京、天津、河北、山西、内蒙古、辽宁、吉林、黑龙江、上海、江苏等10省市已出台相关政策。",
    "北京、天津、河北、山西、内蒙古五省份发布暴雨预警",
    "江蘇省蘇州市吳江區區委書記、區長孫建江在致辭中表示,吳江區委區政府將始終與廣大企業想在一起。",
    "台北、台中、高雄三地今天都出現高溫。",
    "香港、澳門及台灣的旅客人數持續回升。",
    "北京 晴 25℃ 上海 多云 28℃ 广州 雷阵雨 30℃",
    "北京 5.2% 上海 4.8% 广州 3.9% 深圳 3.5%",
    "长安汽车、长城汽车、吉利汽车销量均有增长。",
    "新华社北京9月1日电",
    "记者:张三 北京报道",
    "北京市朝阳区人民法院一审判决",
    "和平、安宁、富民、幸福",
    "华为在深圳、东莞、上海、北京、杭州、成都和西安都设有研发中心,员工总数超过二十万人。",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_with_places_stays(text: str) -> None:
    assert cleaned(text + "\n") == text + "\n"


def test_seed_division_table() -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_fc14589b7a7b1c5a.txt"
    doc = run(seed.read_text(encoding="utf-8"))
    reasons = [e.reason for e in doc.edits]
    assert len(reasons) == 11
    assert "延庆区" not in doc.text and "沧州渤海新区" not in doc.text
    assert "期在河北涿州、江苏宿迁等地开出多家硬折扣超市" in doc.text


def test_score_line_measures() -> None:
    s = score_line("北京、上海、广州、深圳")
    assert (s.names, s.other_items, s.share) == (4, 0, 1.0)
    assert s.is_list


# -- properties ---------------------------------------------------------------------

_ENTRIES = [e.split("\t") for t in ("divisions.tsv", "divisions_tw_hk_mo.tsv") for e in load_lines(t)]
_STRONG = sorted(n for n, k in _ENTRIES if k in ("full", "short") and len(n) >= 2)
_SEPS = ["、", "，", ",", ";", "；", "/", "／", " ", "　", "|", " | ", "、 ", ", "]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_STRONG), min_size=4, max_size=16),
    st.sampled_from(_SEPS),
    st.sampled_from(["{}", "({})", "（{}）", "{}。", "地区:{}", "【{}】", "{}等"]),
    st.sampled_from(["", "河北省:", "臺灣省：", "热门城市:", "廣東省:廣州市:"]),
)
def test_generated_region_list_is_removed(names, sep, wrap, head) -> None:
    line = head + wrap.format(sep.join(names))
    text = f"第一段正文。\n{line}\n第二段正文。\n"
    assert cleaned(text) == "第一段正文。\n第二段正文。\n", line


_PLACES = sorted(n for n, k in _ENTRIES if k in ("full", "short") and 2 <= len(n) <= 4)
_OPENERS = ["记者从", "据悉,", "今年以来,", "近日,", "據了解,", "本報訊 "]
_MIDDLES = ["等地相继出台了支持民营经济发展的新政策", "的多家企业表示订单明显回暖", "两地的合作项目今天正式签约",
            "等地陆续开出多家硬折扣超市", "的消費者對新產品反應熱烈", "三地將聯合舉辦文化旅遊節"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4),
    st.sampled_from(["、", ",", "，", "和"]),
    st.sampled_from(_OPENERS),
    st.sampled_from(_MIDDLES),
    st.sampled_from(["。", "!", "。另据统计,相关产业规模持续扩大。"]),
)
def test_generated_prose_mentioning_places_survives(places, sep, opener, middle, end) -> None:
    line = opener + sep.join(places) + middle + end
    text = f"{line}\n"
    assert cleaned(text) == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LISTS + PROSE + ["", "正文。", "北京", "天津市"]), max_size=8))
def test_idempotent(chunks) -> None:
    once = cleaned("\n".join(chunks) + "\n")
    assert cleaned(once) == once


def test_data_names_origin_and_both_scripts() -> None:
    from cleanseeds.data import read_text

    header = [ln for ln in read_text("divisions.tsv").splitlines() if ln.startswith("#")]
    assert any("Administrative-divisions-of-China" in ln for ln in header)
    assert any("cpca" in ln for ln in header)
    kinds = dict(e.split("\t") for e in load_lines("divisions.tsv"))
    for simplified, traditional in [("石家庄市", "石家莊市"), ("广东省", "廣東省"), ("台湾省", "臺灣省")]:
        assert kinds[simplified] == kinds[traditional] == "full"
    assert kinds["河北"] == kinds["新疆"] == kinds["延边"] == "short"
    assert kinds["涿州"] == "short-county"


# -- short lists an article uses; labelled pickers ------------------------------------------

P_ABOVE = "深圳随后在星期二跟进，下调首付比例并取消部分区域的限购，广州则早已全面放开。"
P_ABOVE_TW = "氣象署表示，梅雨鋒面持續影響，各地累積雨量已明顯偏多，山區須嚴防坍方落石。"


@pytest.mark.parametrize(
    ("names", "after"),
    [
        ("北京、上海、广州、深圳、杭州、成都、武汉、南京、天津、重庆",
         "上述十个城市是今年前四个月新房成交面积降幅最大的城市，其中七个城市跌幅超过三成。"),
        ("湖北、安徽、江西、浙江、湖南", "以上5省份近期累计雨量较常年同期偏多5成至1倍，部分中小河流可能发生超警洪水。"),
        ("台北、新北、桃園、台中、台南、高雄", "這些城市的房價今年都創下新高，首購族負擔持續加重。"),
        ("基隆 宜蘭 花蓮 台東", "這4個縣市明天起都有豪雨發生的機率，民眾應提早做好防颱準備。"),
        # no back-reference: a few names between two prose lines
        ("湖北、安徽、江西、浙江、湖南", "水利部已于29日针对长江中下游启动洪水防御Ⅳ级应急响应。"),
    ],
)
def test_short_list_the_article_uses_stays(names: str, after: str) -> None:
    for above in (P_ABOVE, P_ABOVE_TW):
        text = f"{above}\n{names}\n{after}\n"
        assert cleaned(text) == text


def test_longer_list_pointed_back_to_stays() -> None:
    names = "、".join(["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏",
                      "浙江", "安徽", "福建", "江西", "山东"])
    text = f"{P_ABOVE}\n{names}\n上述15个省份已全部出台相关政策，其余省份预计年内跟进。\n"
    assert cleaned(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a picker between prose lines: long
        f"{P_ABOVE}\n" + " ".join(["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
                                    "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南"]) + f"\n{P_ABOVE_TW}\n",
        # labelled
        f"{P_ABOVE}\n热门城市:北京 上海 广州 深圳 杭州\n{P_ABOVE_TW}\n",
        # over several lines
        f"{P_ABOVE}\n北京 天津 河北\n山西 内蒙古 辽宁\n{P_ABOVE_TW}\n",
        # prose on one side only
        f"{P_ABOVE}\n北京、上海、广州、深圳、杭州\n",
    ],
)
def test_pickers_between_prose_still_go(text: str) -> None:
    assert cleaned(text) != text
    assert P_ABOVE in cleaned(text)


@pytest.mark.parametrize(
    "line",
    [
        "选择地区：柔佛 吉打 吉兰丹 马六甲 森美兰 彭亨 槟城 霹雳 玻璃市 沙巴 砂拉越 雪兰莪 登嘉楼 吉隆坡 纳闽 布城",
        "選擇地區：柔佛 吉打 吉蘭丹 馬六甲 森美蘭 彭亨 檳城 霹靂 玻璃市 沙巴 砂拉越 雪蘭莪",
        "热门城市：东京 大阪 京都 名古屋 横滨 神户 札幌 福冈 仙台",
    ],
)
def test_labelled_picker_of_foreign_places(line: str) -> None:
    doc = run(f"{P_ABOVE}\n{line}\n{P_ABOVE_TW}\n")
    assert doc.text == f"{P_ABOVE}\n{P_ABOVE_TW}\n"
    assert "picker" in doc.edits[0].reason


@pytest.mark.parametrize(
    "line",
    [
        "地区：华东 华南 华北 华中",  # a few words under a label: a table row, not a picker
        "选择地区：请在下方列表中选择您所在的州属，然后点击确定。",
        "所在地区：柔佛州新山市士古来",
    ],
)
def test_labelled_lines_that_are_not_pickers_stay(line: str) -> None:
    text = f"{P_ABOVE}\n{line}\n"
    assert cleaned(text) == text


def test_prose_of_the_article_before_does_not_make_a_list_part_of_the_next():
    """Neighbours count only inside one article, as if each were cleaned on its own."""
    import cleanseeds

    first = "为什么研究人员会在这个时候测试新一代电池？为什么研究人员会在这个时候把更多资金投向基础研究？"
    second = "研究人员正在测试新一代电池，并说“但成本仍然偏高”，效果还需要时间检验。"
    dump = f"{first}\n返回搜狐，查看更多\n北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏\n{second}\n"
    out = [a.text for a in cleanseeds.clean(dump)]
    assert out == [first, second]
    assert [a.text for a in cleanseeds.clean(out[1])] == [second]


# -- Taiwan, Hong Kong and Macau ----------------------------------------------------------

TW_HK_MO_LISTS = [
    # Taiwan's 縣市 pickers: full names, short forms, Simplified, names of before 2010
    "選擇縣市：臺北市 新北市 桃園市 臺中市 臺南市 高雄市 基隆市 新竹市 嘉義市",
    "台北 | 新北 | 桃園 | 台中 | 台南 | 高雄 | 基隆 | 新竹 | 嘉義 | 宜蘭 | 花蓮 | 台東",
    "台北市、新北市、桃园市、台中市、台南市、高雄市、基隆市、新竹市、嘉义市、新竹县、苗栗县、彰化县",
    "台北市 台北縣 基隆市 宜蘭 新竹 桃園 苗栗 台中 台中縣 彰化 南投 嘉義 雲林 台南 高雄市 高雄縣 屏東 台東 花蓮 金門、澎湖 連江縣",
    "南投縣/雲林縣/嘉義縣/屏東縣/宜蘭縣/花蓮縣/臺東縣/澎湖縣/金門縣/連江縣",
    # Hong Kong's 18 districts: with 全港, short forms, Simplified
    "全港 中西區 灣仔區 東區 南區 油尖旺區 深水埗區 九龍城區 黃大仙區 觀塘區",
    "選擇地區：全港 荃灣區 屯門區 元朗區 北區 大埔區 西貢區 沙田區 葵青區 離島區",
    "选择地区：全港 中西区 湾仔区 东区 南区 油尖旺区 深水埗区 九龙城区 黄大仙区 观塘区 荃湾区 屯门区",
    "中西區 / 灣仔 / 東區 / 南區 / 油尖旺 / 深水埗 / 九龍城 / 黃大仙 / 觀塘",
    "香港島：中西區、灣仔區、東區、南區",
    # Macau's parishes and areas
    "花地瑪堂區、聖安多尼堂區、大堂區、望德堂區、風順堂區、嘉模堂區、聖方濟各堂區",
    "地区：澳门半岛 氹仔 路环 路氹城 花地玛堂区 风顺堂区",
]


@pytest.mark.parametrize("text", TW_HK_MO_LISTS)
def test_tw_hk_mo_list_line_cut(text: str) -> None:
    doc = run(f"正文第一段。\n{text}\n正文第二段。\n")
    assert doc.text == "正文第一段。\n正文第二段。\n"
    (edit,) = doc.edits
    assert "division names" in edit.reason


HK_18 = "中西區 灣仔 東區 南區 油尖旺 深水埗 九龍城 黃大仙 觀塘 葵青 荃灣 屯門 元朗 北區 大埔 沙田 西貢 離島"
TW_22 = (
    "臺北市 新北市 桃園市 臺中市 臺南市 高雄市 基隆市 新竹市 嘉義市 新竹縣 苗栗縣 彰化縣 "
    "南投縣 雲林縣 嘉義縣 屏東縣 宜蘭縣 花蓮縣 臺東縣 澎湖縣 金門縣 連江縣"
)
MO_7 = "花地瑪堂區 聖安多尼堂區 大堂區 望德堂區 風順堂區 嘉模堂區 聖方濟各堂區"


@pytest.mark.parametrize(
    ("heads", "names"),
    [
        (["選擇地區："], HK_18),  # a Hong Kong portal's picker, short names one a line
        (["選擇地區：", "全港"], HK_18),
        (["选择地区", "全港"], "中西区 湾仔 东区 南区 油尖旺 深水埗 九龙城 黄大仙 观塘"),
        (["選擇縣市", "全部"], TW_22),
        (["縣市 ▼"], TW_22.replace("臺", "台")),
        (["请选择城市", "不限"], "台北市 新北市 桃园市 台中市 台南市 高雄市 基隆市"),
        (["全澳"], MO_7),
        (["地區："], "澳門半島 氹仔 路環 路氹城"),
    ],
)
def test_picker_one_name_a_line_goes_with_its_heads(heads: list[str], names: str) -> None:
    text = "\n".join([*heads, *names.split()])
    doc = run(f"{P_ABOVE_TW}\n{text}\n{P_ABOVE_TW}\n")
    assert doc.text == f"{P_ABOVE_TW}\n{P_ABOVE_TW}\n"
    assert sum("heading" in e.reason for e in doc.edits) == len(heads)


def test_picker_head_before_a_labelled_picker_goes_too() -> None:
    line = "選擇地區：柔佛 吉打 吉蘭丹 馬六甲 森美蘭 彭亨 檳城 霹靂 玻璃市 沙巴 砂拉越 雪蘭莪"
    assert cleaned(f"{P_ABOVE_TW}\n全部\n{line}\n{P_ABOVE_TW}\n") == f"{P_ABOVE_TW}\n{P_ABOVE_TW}\n"


@pytest.mark.parametrize(
    "text",
    [
        "全部\n全港\n" + P_ABOVE_TW,  # heads with no names
        "選擇地區：\n" + P_ABOVE_TW,
        "全港\n灣仔\n觀塘\n荃灣\n" + P_ABOVE_TW,  # three short names: a run too short to be a picker
        "地區\n新界\n九龍\n" + P_ABOVE_TW,
    ],
)
def test_heads_without_a_picker_stay(text: str) -> None:
    assert cleaned(text + "\n") == text + "\n"


TW_HK_MO_PROSE = [
    "油尖旺區、深水埗區及九龍城區的劏房戶數目最多，政府將優先在這三區推出過渡性房屋。",
    "天文台表示，今日新界北區、元朗及屯門一帶雨勢較大，市民應提高警覺。",
    "沙田、大埔和西贡的郊野公园周末人流明显增加，渔护署呼吁市民注意安全。",
    "全港18區中，以觀塘區人口最多，其次是沙田區及元朗區。",
    "東區、南區和北區的居民對新措施反應不一。",
    "中西區、灣仔、東區、南區、油尖旺、深水埗今日下午將有驟雨。",
    "臺北市、新北市與桃園市今年的房價漲幅都超過一成。",
    "中央氣象署對基隆北海岸、臺北市山區、新北市山區發布大雨特報。",
    "台北、台中、高雄、台南、新竹五都今天都出現36度以上高溫。",
    "新竹縣市首長今天共同出席竹科擴建說明會。",
    "澳門半島、氹仔及路環的酒店入住率均超過九成。",
    "花地瑪堂區、聖安多尼堂區及望德堂區的人口密度最高。",
    "中央社記者王揚宇台北18日電",
    "（大紀元記者鍾元台灣台北報導）",
    "台北 晴 33℃ 台中 多雲 34℃ 高雄 午後雷陣雨 32℃",
]


@pytest.mark.parametrize("text", TW_HK_MO_PROSE)
def test_tw_hk_mo_prose_stays(text: str) -> None:
    assert cleaned(text + "\n") == text + "\n"


@pytest.mark.parametrize(
    ("names", "after"),
    [
        ("中西區、灣仔區、東區、南區", "這4區今年的劏房數目都有所下降，當中以灣仔區跌幅最大。"),
        ("澎湖縣、金門縣、連江縣", "上述三個離島縣市的觀光人數都創下新高。"),
    ],
)
def test_short_tw_hk_list_the_article_uses_stays(names: str, after: str) -> None:
    text = f"{P_ABOVE_TW}\n{names}\n{after}\n"
    assert cleaned(text) == text


def test_wenweipo_shape_whole_page() -> None:
    """A Hong Kong portal's page: nav, a district picker one name a line, the article."""
    import cleanseeds

    body = "醫務衞生局昨日宣布，長者醫療券大灣區試點計劃將擴展至九家內地醫療機構，合資格長者可在深圳使用醫療券。"
    dump = "選擇地區：\n" + "\n".join(HK_18.split()) + f"\n{body}\n"
    (article,) = cleanseeds.clean(dump)
    assert article.text == body


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TW_HK_MO_LISTS + TW_HK_MO_PROSE + ["", "全港", "選擇縣市", "台北", "灣仔"]), max_size=8))
def test_tw_hk_mo_idempotent(chunks) -> None:
    once = cleaned("\n".join(chunks) + "\n")
    assert cleaned(once) == once


def test_tw_hk_mo_data_origin_and_both_scripts() -> None:
    from cleanseeds.data import read_text

    header = [ln for ln in read_text("divisions_tw_hk_mo.tsv").splitlines() if ln.startswith("#")]
    text = "\n".join(header)
    assert "Ministry of the Interior" in text and "Cap. 547" in text and "Macau" in text
    kinds = dict(e.split("\t") for e in load_lines("divisions_tw_hk_mo.tsv"))
    for names in [("臺北市", "台北市"), ("灣仔區", "湾仔区"), ("聖方濟各堂區", "圣方济各堂区"),
                  ("臺東縣", "台東縣", "台东县"), ("九龍城區", "九龙城区"), ("澳門半島", "澳门半岛")]:
        assert {kinds[n] for n in names} == {"full"}, names
    assert kinds["臺北"] == kinds["台北"] == kinds["新竹"] == "short"
    assert kinds["灣仔"] == kinds["深水埗"] == "short-county"
    assert kinds["南區"] == kinds["北區"] == kinds["離島"] == "common"
    assert len({n for n, k in kinds.items() if k == "full" and n.endswith(("區", "区"))}) >= 2 * 18
