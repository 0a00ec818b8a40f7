"""The paragraphs filter: flattened one-line articles get their breaks back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds import Pipeline
from cleanseeds.filters.paragraphs import _FINAL_HINTS, Paragraphs, break_points

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def paras(raw: str) -> list[str]:
    return Pipeline([Paragraphs()]).clean(raw)[0].paragraphs


def test_flattened_article_is_split_at_sentence_ends() -> None:
    raw = "9月,国内入秋,气温骤降。 两个月前,黄仁勋落地北京。 但没过多久,又传来停产的风声。 市场需求疲软。"
    assert paras(raw) == ["9月,国内入秋,气温骤降。", "两个月前,黄仁勋落地北京。", "但没过多久,又传来停产的风声。", "市场需求疲软。"]


def test_headings_close_at_the_next_blank() -> None:
    raw = (
        "这条路注定坎坷。 追赶英伟达,是漫漫长路 硬件和软件都在缩小差距。 "
        "谁在竞逐英伟达的遗留市场? 过去,大多数公司首选英伟达。 冲击“价格”和“品牌”体系 一年卖出千亿规模的山姆。"
    )
    assert paras(raw) == [
        "这条路注定坎坷。",
        "追赶英伟达,是漫漫长路",
        "硬件和软件都在缩小差距。",
        "谁在竞逐英伟达的遗留市场?",
        "过去,大多数公司首选英伟达。",
        "冲击“价格”和“品牌”体系",
        "一年卖出千亿规模的山姆。",
    ]


def test_traditional_and_closing_quotes() -> None:
    raw = "他說:「這是最後一次。」 隨後離開了會場。 記者追問原因! 他沒有回答。"
    assert paras(raw) == ["他說:「這是最後一次。」", "隨後離開了會場。", "記者追問原因!", "他沒有回答。"]


@pytest.mark.parametrize(
    "line",
    [
        "超级渠道的优势在于规模和低价,但其受众往往 集中在对价格高度敏感的群体。 这反而为高端需求留出了空间。",
        "而欧盟标准仅为10万个/mL。这 背后反映出问题。 比如说。 还有更多。",
        "Member’s Mark is a brand. It is sold in Sam’s Club. Prices are low. Really? Yes.",
        "版本号 3. 5 和 4. 0 都支持。 数字 1. 2 不拆。 这也不拆。",
        "二是全球芯片格局的「東昇西降」。 中國本土芯片企業的崛起,徹底打破了神話。",
    ],
)
def test_no_split_inside_sentences_numbers_or_english(line: str) -> None:
    got = paras(line)
    for p in got:
        assert not p.startswith(("集中", "背后", "It is", "5 和", "0 都", "2 不拆"))
    if line.startswith(("Member", "二是")):
        assert got == [line]


def test_a_single_stray_space_is_left_alone() -> None:
    line = "设计伊始就必须考量封装工艺约束,制造环节也需精准对接应用需求。 这种贯穿全链条的深度协同,恰恰是薄弱环节。"
    assert paras(line) == [line]


def test_markdown_heading_marks_are_dropped() -> None:
    raw = "正文第一段。\n\n# 什么是 H20?\n\n正文第二段。\n## 为啥又被禁了?\n"
    assert paras(raw) == ["正文第一段。", "什么是 H20?", "正文第二段。", "为啥又被禁了?"]


def test_hashtags_are_not_headings() -> None:
    raw = "#热点# 今天的新闻。\n#1 排名第一\n"
    assert paras(raw) == ["#热点# 今天的新闻。", "#1 排名第一"]


def test_repairs_are_recorded() -> None:
    art = Pipeline([Paragraphs()]).clean("一句话。 二句话。 三句话。 四句话。")[0]
    repairs = [e for e in art.edits if e.filter == "paragraphs"]
    assert len(repairs) == 3 and all(e.text == "\n" and "paragraph break" in e.reason for e in repairs)


def test_seed_000_first_article_gets_its_paragraphs() -> None:
    raw = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    line = raw.split("\n")[3]
    cuts = break_points(line)
    assert len(cuts) > 60
    pieces = Pipeline([Paragraphs()]).clean(line)[0].paragraphs
    assert "谁在竞逐英伟达的遗留市场?" in pieces
    assert "追赶英伟达,是漫漫长路" in pieces
    assert all(len(p) > 3 for p in pieces)


_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_sentence = st.builds(
    lambda ws, end: ",".join(ws) + end,
    st.lists(st.text(_han, min_size=2, max_size=8), min_size=1, max_size=4),
    st.sampled_from(["。", "！", "？", "。”", "……"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_sentence, min_size=1, max_size=4).map("".join), min_size=4, max_size=12))
def test_flattened_paragraphs_come_back(paragraphs: list[str]) -> None:
    assert paras(" ".join(paragraphs)) == paragraphs


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_sentence, min_size=1, max_size=4).map("".join), min_size=1, max_size=8))
def test_paragraph_lines_are_untouched_and_idempotent(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    art = Pipeline([Paragraphs()]).clean(text)[0]
    assert art.paragraphs == paragraphs and not art.edits
    assert paras(art.text) == art.paragraphs


def _hint_reference(blank: str) -> re.Pattern[str]:
    """The sentence-end hint as first written: the branches alone, with no class test first."""
    final, closer = "[。！？…!?.]", "[”’」』）)】》\"']"
    behind = "|".join(f"(?<={final}{closer * n}{re.escape(blank)})" for n in range(4))
    return re.compile(f"{re.escape(blank)}(?:{behind})")


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("甲乙丙aZ9 \t\u3000\xa0。！？…!?.”’」』）)】》\"'\n"), max_size=60))
def test_sentence_end_hints_match_the_plain_branches(text: str) -> None:
    for blank, pattern in _FINAL_HINTS:
        got = [m.span() for m in pattern.finditer(text)]
        assert got == [m.span() for m in _hint_reference(blank).finditer(text)]


@pytest.mark.parametrize(
    "line",
    [
        "新品发布会上 iPhone 亮相。 苹果公司宣布新机。 售价不变。 下周开卖。",
        "新品發佈會上 iPhone 亮相。 蘋果公司宣佈新機。 售價不變。 下週開賣。",
    ],
)
def test_a_segment_ending_in_english_is_no_heading(line: str) -> None:
    assert all(why == "sentence end" for _, _, why in break_points(line))


@pytest.mark.parametrize(
    "raw,want",
    [
        ("一句话。 ## 小标题 第二句话。 第三句话。 第四句话。",
         ["一句话。", "小标题 第二句话。", "第三句话。", "第四句话。"]),
        ("一句話。 ## 小標題 第二句話。 第三句話。 第四句話。",
         ["一句話。", "小標題 第二句話。", "第三句話。", "第四句話。"]),
    ],
)
def test_heading_mark_after_a_restored_break_is_dropped(raw: str, want: list[str]) -> None:
    assert paras(raw) == want


# -- fixed-width wraps (a PDF's text) ---------------------------------------------------


def _wrap(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


_ANNOUNCEMENT = [
    "贵州茅台酒股份有限公司关于2023年度利润分配方案实施的公告",
    *_wrap("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。", 38),
    "二、分配方案",
    *_wrap("本次利润分配以方案实施前的公司总股本1,256,197,800股为基数，每股派发现金红利30.876元（含税），共计派发现金红利38,786,363,272.80元。", 38),
]
_RULING = [
    "臺灣高等法院新聞稿",
    *_wrap("本院審理被告涉犯詐欺等案件，認定被告與其他共犯分工合作，以假投資名義，向被害人詐取財物，犯行明確，依法判處有期徒刑五年六月。", 30),
    "一、判決理由",
    *_wrap("被告雖辯稱不知情，然依通訊軟體對話紀錄及金流資料，足認其知悉並參與詐騙集團之運作，所辯不足採信，本案仍可上訴。", 30),
]


@pytest.mark.parametrize("dump", [_ANNOUNCEMENT, _RULING])
def test_fixed_width_wraps_are_joined(dump):
    got = paras("\n".join(dump))
    assert got[0] == dump[0]  # the title stays a line of its own
    heading = next(h for h in dump if h.endswith(("方案", "理由")))
    assert heading in got  # so does the section heading
    assert len(got) == 4
    assert all(p[-1] == "。" for p in got if p not in (dump[0], heading))
    again = Pipeline([Paragraphs()]).clean("\n".join(got))[0].paragraphs
    assert again == got  # idempotent


def test_lists_and_ragged_prose_are_not_joined():
    web = [
        "今年一季度，全市规模以上工业增加值同比增长百分之六点一，增速比去年同期加快",
        "另据统计，社会消费品零售总额同比增长百分之四点七，其中网上零售额增长明显，",
        "1. 切断有危险的室外电源，暂停户外作业，做好人员转移安置工作与后勤保障；",
        "2. 检查城市、农田、鱼塘排水系统，做好排涝准备，加强值守确保各项措施落实；",
        "3. 相关部门按照职责做好防暴雨应急工作，及时发布预警信息，提醒群众注意安全。",
    ]
    assert paras("\n".join(web)) == web


def test_headline_list_of_one_width_is_not_joined():
    # a feed of headlines of the same length ends no sentence: nothing is joined
    feed = ["国行：首季经济增长四点二，胜过市场预期", "港股：恒指收涨百分之一，科技股全线走高", "台股：加权指数再创新高，外资连续买超", "今天下午全市气温偏高，请注意防暑。"]
    assert paras("\n".join(feed)) == feed


# -- reporters' credits opening a flattened line ------------------------------------------


@pytest.mark.parametrize(
    ("raw", "first", "second"),
    [
        (
            "证券时报记者 陈见南 张智博 截至5月31日，两融余额为1.53万亿元。 从行业分布看，电子居前。 "
            "分析人士认为，杠杆水平不高。 有券商人士提醒，投资者应理性参与。",
            "证券时报记者 陈见南 张智博",
            "截至5月31日，两融余额为1.53万亿元。",
        ),
        (
            "本报记者 王晓明 通讯员 李华 6月3日，全省防汛工作会议召开。 会议要求各地落实责任。 "
            "各部门要加强值守。 确保安全度汛。",
            "本报记者 王晓明 通讯员 李华",
            "6月3日，全省防汛工作会议召开。",
        ),
        (
            "中央社記者 陳家倫 台北報導 行政院今天通過預算案。 總額為新台幣3兆元。 將送立法院審議。 "
            "各部會須配合。",
            "中央社記者 陳家倫 台北報導",
            "行政院今天通過預算案。",
        ),
    ],
)
def test_a_credit_is_no_heading(raw: str, first: str, second: str) -> None:
    got = paras(raw)
    assert got[:2] == [first, second]


# -- numbered items joined without a blank ------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (
            "一、考生应自觉服从考试工作人员管理，不得妨碍其履行职责。二、考生应在开考前20分钟进入考场。",
            ["一、考生应自觉服从考试工作人员管理，不得妨碍其履行职责。", "二、考生应在开考前20分钟进入考场。"],
        ),
        (
            "（一）加強組織領導。各地要建立工作機制。（二）強化督導檢查。（三）做好宣傳引導。",
            ["（一）加強組織領導。各地要建立工作機制。", "（二）強化督導檢查。", "（三）做好宣傳引導。"],
        ),
        (
            "报名须知如下。1.报名时间为6月3日至6月10日。2.报名方式为网上报名。3.咨询电话另行公布。",
            ["报名须知如下。", "1.报名时间为6月3日至6月10日。", "2.报名方式为网上报名。", "3.咨询电话另行公布。"],
        ),
        (
            "一、考生应服从管理。 二、考生应在开考前入场。",
            ["一、考生应服从管理。", "二、考生应在开考前入场。"],
        ),
        (
            "三、开考15分钟后不得入场！四、考生只准携带签字笔。",
            ["三、开考15分钟后不得入场！", "四、考生只准携带签字笔。"],
        ),
    ],
)
def test_joined_numbered_items_are_split(raw: str, want: list[str]) -> None:
    assert paras(raw) == want


@pytest.mark.parametrize(
    "line",
    [
        # two sentences joined with nothing between: as good as one paragraph of prose
        "其中觀光列車班班客滿，帶動非票箱收入成長。交通部指出，台鐵將持續推動資產活化。",
        # numerals that count, not items
        "一、二号线已全线开通。二、三号线预计明年通车。",
        "同比增长5%。2、3月份的数据更好。",
        "营收为1.2亿元。2.5亿元的目标尚未完成。",
        # an item with no item before it on the line
        "会议指出，要做好三方面工作。二、要加强监管。",
        # items of one sentence, set off by semicolons
        "一、提高认识；二、加强领导；三、狠抓落实。",
        "一是提高认识。二是加强领导。三是狠抓落实。",
    ],
)
def test_prose_and_counting_numerals_are_not_split(line: str) -> None:
    assert paras(line) == [line]


def test_split_items_settle() -> None:
    raw = "一、考生应服从管理。二、考生应在开考前入场。三、开考后不得入场。\n"
    once = "\n".join(paras(raw))
    assert paras(once) == paras(raw)


# -- two blanks parting paragraphs of several sentences ------------------------------------

_NANSHA = (
    "12月3日，由广州南沙企业自主设计建造的深远海养殖平台在南沙龙穴岛完成交付。这是全国首个集养殖、科研和休闲渔业于一体的养殖平台。",
    "据介绍，该平台总长约88米，养殖水体约3万立方米，可抵御17级台风。平台配备了自动投喂系统，日常只需6至8名工作人员即可运行。",
    "南沙区农业农村局相关负责人表示，南沙正加快建设现代化海洋牧场，计划到2027年带动渔民转产就业超千人。",
)
_TAIPEI = (
    "台北市政府今日宣布，明年起將擴大公共自行車服務範圍，新增站點超過一百處。市府指出，新站點將優先設於捷運站周邊。",
    "交通局長表示，去年公共自行車總騎乘量突破三千萬人次，創下歷年新高。他強調，市府將持續優化車輛調度。",
    "議員則提醒，擴點之外也應加強車輛維修，避免民眾借到故障車輛，影響使用意願。",
)


@pytest.mark.parametrize("paragraphs", [_NANSHA, _TAIPEI])
def test_two_blanks_parting_paragraphs_are_breaks(paragraphs):
    assert paras(" ".join(paragraphs)) == list(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        # one blank, however long the parts: a writer's habit as often as a lost break
        "台北市政府今日宣布，明年起將擴大公共自行車服務範圍，新增站點超過一百處。 交通局長表示，去年公共自行車總騎乘量突破三千萬人次，創下歷年新高。",
        # short sentences with stray blanks: no part is a paragraph's length
        "市场需求疲软。价格下跌。 库存上升。企业减产。 利润下滑。",
        # one part too short to be a paragraph
        "据介绍，该平台总长约88米，养殖水体约3万立方米，可抵御17级台风。平台配备了自动投喂系统。 他说。 南沙区农业农村局相关负责人表示，"
        "南沙正加快建设现代化海洋牧场。",
    ],
)
def test_two_blanks_without_paragraph_evidence_stay(line):
    assert paras(line) == [line]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a farm's body: three one-sentence paragraphs joined by the blanks that parted them
        ["根據供應鏈消息，輝達新一代資料中心GPU預計明年第二季開始量產，採用台積電3奈米製程與更大容量的HBM記憶體。",
         "分析師認為，新平台功耗進一步提高，將帶動液冷散熱、電源與高速連接器需求，台系代工廠與零組件廠可望持續受惠。",
         "不過也有業者指出，先進封裝與HBM產能仍是最大瓶頸，實際出貨量可能受限於上游供應。"],
        ["台北市政府今日宣布，明年起將擴大公共自行車服務範圍，新增站點超過一百處。",
         "交通局長表示，去年公共自行車總騎乘量突破三千萬人次，創下歷年新高。",
         "議員則提醒，擴點之外也應加強車輛維修，避免民眾借到故障車輛。"],
        ["农业农村部农情调度显示，截至10月8日，全国秋粮已收获过半，其中玉米收获进度快于去年同期。",
         "在黑龙江、吉林等地，大型联合收割机成片作业，农机合作社开展跨区作业服务。",
         "农业农村部要求各地抢抓晴好天气加快收获进度，做好烘干仓储服务，防止粮食霉变损失。"],
    ],
)
def test_two_blanks_between_one_sentence_paragraphs_are_breaks(paragraphs):
    assert paras(" ".join(paragraphs)) == paragraphs


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_sentence, min_size=2, max_size=4).map("".join), min_size=3, max_size=3))
def test_three_paragraphs_come_back_or_stay_whole(paragraphs: list[str]) -> None:
    got = paras(" ".join(paragraphs))
    assert got in (paragraphs, [" ".join(paragraphs)])
    assert paras("\n".join(got)) == got


def test_a_dated_list_item_of_the_wrap_width_is_not_joined():
    raw = (
        "台灣高鐵公司今日宣布，春節疏運期間將加開列車，疏運期間共計開行1,051班次，總座位數約103萬個。\n"
        "高鐵公司表示，疏運期間各日加開班次如下，旅客可多加利用並提早規劃行程。\n"
        "1月24日（星期五）：加開南下18班、北上6班\n1月25日（星期六）：加開南下22班\n"
        "1月26日（星期日）：加開南下14班、北上4班\n1月31日（大年初三）：加開北上24班\n"
        "2月1日（大年初四）：加開北上26班、南下8班\n"
        "高鐵公司提醒，疏運期間自由座車廂維持3節，旅客可提早利用網路或超商購票，以免向隅。\n"
    )
    assert paras(raw) == [ln for ln in raw.split("\n") if ln]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a securities daily's flash, its paragraphs joined at their first-line indents
        ["证券时报e公司讯，公司今日公告称，拟以自有资金回购股份，回购价格不超过每股20元。",
         "公告显示，本次回购的股份将用于员工持股计划。",
         "业内人士认为，此举有助于稳定市场预期。"],
        # one indent in the line is enough
        ["市政署今年冬季開始加強巡查各街市及臨時小販區，首兩週已檢控十多宗個案。",
         "市政署表示，市民購物時如發現磅秤有問題，可以使用街市內的公眾磅秤覆核。"],
        # after a closing quote
        ["他說：「我們會繼續努力。」", "記者隨後前往現場了解情況。"],
    ],
)
def test_an_indent_after_a_sentence_end_is_a_break(paragraphs):
    line = "\u3000\u3000".join(paragraphs)
    assert paras(line) == paragraphs
    assert paras("\n".join(paragraphs)) == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "姓名：张三\u3000\u3000性别：男\u3000\u3000籍贯：湖南长沙",  # a form's fields
        "会议时间：10月12日\u3000\u3000地点：市政府三楼会议室",
        "他说。\u3000好的，我们明天见面再谈这件事情吧。",  # one ideographic space is no indent
        "\u3000\u3000本报讯 市政府今日召开常务会议，研究部署秋冬季安全生产工作。",  # line-start indent
    ],
)
def test_two_ideographic_spaces_without_a_sentence_end_stay(line):
    assert paras(line) == [line.strip("\u3000")] or paras(line) == [line]
