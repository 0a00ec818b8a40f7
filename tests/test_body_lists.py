"""The body filter on lists inside a text, on a page framed by its masthead and footer
only, and on a credit line that names the outlet before its reporters.

A timetable or a schedule under a lead-in clause (``…各日加開班次如下：``) is made of
short lines with few marks, yet it is the article's text. A page may show no menu at
all: its logo text on the first line, named again by the head's date or source row,
and a footer are its frame. ``客家電視台 記者 劉惠琪 鍾昀呈 高雄 美濃`` is a byline, not a
menu. Both scripts; ordinary prose and sidebars stay as they were judged before.
"""

from __future__ import annotations

import pytest

from cleanseeds.document import Document
from cleanseeds.filters import body
from cleanseeds.filters.body import Body, is_whole_page

_MENU = "首页 新闻 政务 民生 教育 视频 专题"
_MENU_TW = "首頁 新聞 政治 社會 生活 國際 財經"
_FOOT = "关于我们 | 联系我们 | 网站地图\n© 2025 版权所有"
_FOOT_TW = "關於我們 | 聯絡我們 | 網站導覽\n© 2025 版權所有"


def run_body(text: str) -> Document:
    doc = Document(text)
    Body()(doc)
    return doc


def kept_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def _page(lines: list[str], tw: bool) -> str:
    head = (
        ["春節連假高鐵加開班次 2月1日零時開賣", "2025-01-20 14:05", "中央廣播電臺 記者 黃玉華 報導"]
        if tw
        else ["春运期间铁路加开临客 车票明日开售", "2025-01-20 14:05", "来源：人民铁道网 记者 王海"]
    )
    return "\n".join([_MENU_TW if tw else _MENU, *head, *lines, _FOOT_TW if tw else _FOOT]) + "\n"


_LEAD_PROSE = "台灣高鐵公司今（20）日宣布，春節疏運期間將加開列車，總座位數約103萬個，加開列車車票將於2月1日零時起開放購買。"
_LEAD_PROSE_SC = "铁路部门今天宣布，春运期间将加开旅客列车，共计增加座位约一百万个，加开列车车票将于明日零时起开放购买。"
_END_PROSE = "高鐵公司提醒，疏運期間自由座車廂維持3節，旅客可提早利用網路或超商購票，以免向隅。"
_END_PROSE_SC = "铁路部门提醒，春运期间车站客流集中，旅客可提早通过网络购票，并预留充足的进站时间。"

LISTS = [
    (
        [
            "高鐵公司表示，疏運期間各日加開班次如下：",
            "1月24日（星期五）：加開南下18班、北上6班",
            "1月25日（星期六）：加開南下22班",
            "1月29日（大年初一）：加開北上10班",
            "2月1日（大年初四）：加開北上26班、南下8班",
        ],
        True,
    ),
    (
        [
            "铁路部门介绍，春运期间各日加开列车安排如下：",
            "1月24日（周五）：加开临客32列，以南下方向为主",
            "1月25日（周六）：加开临客40列",
            "2月4日（正月初七）：加开返程临客45列",
        ],
        False,
    ),
    (
        [
            "开幕当天的活动日程安排如下：",
            "09:00，开幕式在主会场举行",
            "10:30，嘉宾作主题演讲",
            "14:00，分论坛同时开始",
        ],
        False,
    ),
    (
        [
            "氣象署提醒民眾，颱風期間請注意以下事項：",
            "● 外出請攜帶雨具，避免前往山區及海邊",
            "● 住家附近的排水溝應事先清理，以免積水",
            "● 留意停班停課訊息，減少不必要的外出",
        ],
        True,
    ),
    (
        [
            "数据显示，今年前三季度增长最快的五类商品为：",
            "1. 家用电器，同比增长41.2%",
            "2. 通讯器材，同比增长29.8%",
            "3. 文化办公用品，同比增长18.5%",
        ],
        False,
    ),
    (
        [
            "市府說明，補助申請分為三個階段辦理：",
            "第一階段：即日起至3月底，受理65歲以上長者申請",
            "第二階段：4月起開放身心障礙者申請",
            "第三階段：7月起開放一般民眾申請",
        ],
        True,
    ),
]


@pytest.mark.parametrize("items,tw", LISTS)
def test_a_list_under_a_lead_in_stays_in_the_body(items, tw):
    lines = [_LEAD_PROSE if tw else _LEAD_PROSE_SC, *items, _END_PROSE if tw else _END_PROSE_SC]
    got = kept_lines(run_body(_page(lines, tw)))
    assert all(line in got for line in lines), [line for line in lines if line not in got]
    assert (_MENU_TW if tw else _MENU) not in got


@pytest.mark.parametrize("tw", [False, True])
def test_a_list_closing_the_body_stays(tw):
    items = (
        ["疏運期間各日加開班次如下：", "1月24日（星期五）：加開南下18班", "1月25日（星期六）：加開南下22班"]
        if tw
        else ["春运期间各日加开列车如下：", "1月24日（周五）：加开临客32列", "1月25日（周六）：加开临客40列"]
    )
    lines = [_LEAD_PROSE if tw else _LEAD_PROSE_SC, *items]
    got = kept_lines(run_body(_page(lines, tw)))
    assert all(line in got for line in lines)


@pytest.mark.parametrize(
    "sidebar,tw",
    [
        # dated headlines under a short label: a sidebar, not a list of the text
        (["最新消息：", "1月24日 高鐵加開班次", "1月25日 台鐵春節訂票", "1月26日 國道疏運措施"], True),
        # dated headlines with no mark after the date under a lead-in
        (["更多报道请见以下链接：", "1月24日 铁路加开临客", "1月25日 民航春运启动", "1月26日 高速免费通行"], False),
    ],
)
def test_dated_headlines_are_no_list(sidebar, tw):
    lines = [_LEAD_PROSE if tw else _LEAD_PROSE_SC, _END_PROSE if tw else _END_PROSE_SC]
    page = _page(lines, tw).replace(_FOOT_TW if tw else _FOOT, "\n".join(sidebar) + "\n" + (_FOOT_TW if tw else _FOOT))
    got = kept_lines(run_body(page))
    assert not any(line in got for line in sidebar[1:])


@pytest.mark.parametrize(
    "text",
    [
        "高鐵公司表示，疏運期間各日加開班次如下：\n1月24日（星期五）：加開南下18班\n"
        "1月25日（星期六）：加開南下22班\n高鐵公司提醒，旅客可提早利用網路或超商購票，以免向隅。\n",
        "具体措施如下：\n1. 家用电器，同比增长41.2%\n2. 通讯器材，同比增长29.8%\n"
        "商务部表示，将继续推动以旧换新政策落地见效。\n",
    ],
)
def test_articles_with_a_list_pass_unchanged(text):
    assert not is_whole_page(text)
    doc = run_body(text)
    assert doc.text == text and doc.edits == []


# -- a page framed by its masthead and footer -------------------------------------------

MASTHEAD_PAGES = [
    (
        "南方+\n广州南沙：全国首个深远海养殖平台交付\n南方+ 2024-12-03 18:46\n来源：南方+\n"
        "作者：南方+记者 郑佳欣 通讯员 南宣\n"
        "12月3日，由广州南沙企业自主设计建造的深远海养殖平台在南沙龙穴岛完成交付，将拖航至珠江口外海域投入使用。\n"
        "中山大学海洋科学学院教授认为，深远海养殖可以缓解近岸养殖的环境压力，但前期投资大、运维成本高。\n"
        "南方+，广东权威资讯新闻客户端，扫码下载\n推荐\n深中通道车流量突破千万\n广州地铁将新增三条线路\n"
        "© 南方报业传媒集团 粤ICP备09176788号\n",
        "南方+",
        ["广州南沙：全国首个深远海养殖平台交付", "南方+ 2024-12-03 18:46"],
        "© 南方报业传媒集团 粤ICP备09176788号",
    ),
    (
        "公視新聞網\n花蓮太魯閣步道重新開放 遊客搶先體驗\n公視新聞網 記者 林怡君 花蓮 報導\n2024-12-03 18:46\n"
        "太魯閣國家公園管理處今天宣布，震後封閉的多條步道完成修復，即日起重新開放，吸引不少遊客搶先入園。\n"
        "管理處表示，步道沿線已加裝落石監測設備，遇有豪雨特報將會提前封閉，請遊客出發前留意最新公告。\n"
        "Copyright © 2024 公共電視 版權所有\n",
        "公視新聞網",
        ["花蓮太魯閣步道重新開放 遊客搶先體驗", "公視新聞網 記者 林怡君 花蓮 報導", "2024-12-03 18:46"],
        "Copyright © 2024 公共電視 版權所有",
    ),
]


@pytest.mark.parametrize("page,masthead,head,footer", MASTHEAD_PAGES)
def test_masthead_and_footer_show_a_page(page, masthead, head, footer):
    assert is_whole_page(page)
    got = kept_lines(run_body(page))
    assert masthead not in got[:1] and footer not in got
    assert got[: len(head)] == head


@pytest.mark.parametrize(
    "text",
    [
        # a column's name over the headline, not named again by the head
        "南方周末\n县城里的年轻人\n2024-12-03 18:46 来源：人民网\n"
        "返乡创业的年轻人越来越多，他们把直播间搬进了县城的老街，也把新的消费方式带回了家乡。\n© 2024 版权所有\n",
        # a headline first, the outlet named in the source row
        "客家電視台舉辦年度音樂會\n2024-12-03 18:46 來源：客家電視台\n"
        "客家電視台今晚在臺北舉辦年度音樂會，多位客家歌手同台演出，吸引上千名樂迷到場聆聽。\n© 2024 版權所有\n",
    ],
)
def test_no_masthead_no_page(text):
    assert not is_whole_page(text)
    assert run_body(text).text == text


# -- a credit line naming the outlet first ----------------------------------------------


@pytest.mark.parametrize(
    "byline,tw",
    [
        ("客家電視台 記者 劉惠琪 鍾昀呈 高雄 美濃", True),
        ("中央廣播電臺 記者 黃玉華 報導", True),
        ("湖北广播电视台 记者 王小明 李华 武汉 报道", False),
    ],
)
def test_outlet_credit_line_is_no_menu(byline, tw):
    headline = "美濃白玉蘿蔔季開跑 農民搶收拚年前上市" if tw else "武汉樱花进入盛花期 游客赏花热情高"
    prose = (
        "高雄美濃的白玉蘿蔔進入盛產期，不少農民趁著天氣晴朗下田搶收，今年因秋季雨量適中，蘿蔔個頭大、口感清甜。\n"
        "美濃區農會表示，今年種植面積約180公頃，農會也推出拔蘿蔔體驗活動，吸引外地遊客到產地同樂。"
        if tw
        else "武汉大学的樱花进入盛花期，不少市民和游客趁着天气晴好前来赏花，校园里人流如织。\n"
        "校方表示，今年继续实行预约入校，每天限流两万人，并在主要路口增派志愿者引导。"
    )
    page = "\n".join([_MENU_TW if tw else _MENU, headline, byline, "2025-01-08 18:20", prose, _FOOT_TW if tw else _FOOT])
    got = kept_lines(run_body(page))
    assert got[:3] == [headline, byline, "2025-01-08 18:20"]


def test_menu_of_role_words_stays_a_menu():
    page = "\n".join(
        [
            "视频 军事 图片 汽车 新闻 港聞",
            "要聞 即時 運動 娱乐 专题",
            "台股今天在半導體權值股帶動下強勢上攻，加權指數終場上漲一百八十七點，收在歷史新高，成交量放大。",
            "法人分析，美國科技股前一晚走強，吸引外資連續第三個交易日買超，今天買超金額超過兩百億元。",
            _FOOT_TW,
        ]
    )
    got = kept_lines(run_body(page))
    assert "视频 军事 图片 汽车 新闻 港聞" not in got


# -- a second article's head inside the kept text ------------------------------------------

_SECOND = {
    True: (
        "外交部：台美經濟繁榮夥伴對話 3月在華府舉行",
        "2025-01-20 12:30",
        "中央廣播電臺 記者 費家琪 報導",
        "外交部今（20）日表示，第5屆台美經濟繁榮夥伴對話將於3月在美國華府舉行，雙方將就供應鏈韌性等議題交換意見。\n"
        "外交部發言人在例行記者會中指出，這是台美間層級最高的經濟對話機制之一，過去已促成多項合作備忘錄簽署。",
    ),
    False: (
        "商务部：前三季度社会消费品零售总额增长3.3%",
        "2025-01-20 12:30",
        "来源：人民铁道网 记者 李娜",
        "商务部今天表示，前三季度全国社会消费品零售总额同比增长百分之三点三，服务零售额增长更快。\n"
        "商务部新闻发言人在例行发布会上指出，以旧换新政策带动家电、汽车等大宗商品消费明显回升。",
    ),
}


def _two_articles(tw: bool, second_head: bool = True) -> str:
    headline, date, byline, prose = _SECOND[tw]
    first = [_LEAD_PROSE if tw else _LEAD_PROSE_SC, _END_PROSE if tw else _END_PROSE_SC, "編輯：許芷瑄" if tw else "编辑：张伟"]
    second = [headline, date, byline] if second_head else [headline]
    page = _page(first, tw).replace(
        _FOOT_TW if tw else _FOOT, "\n" + "\n".join([*second, prose, _FOOT_TW if tw else _FOOT])
    )
    return page


@pytest.mark.parametrize("tw", [False, True])
def test_a_head_like_the_first_opens_the_next_article(tw):
    doc = run_body(_two_articles(tw))
    splits = [n for n in doc.notes if n.split]
    assert len(splits) == 1
    headline, date, byline, _ = _SECOND[tw]
    assert doc.raw[splits[0].pos :].startswith(headline)
    got = kept_lines(doc)
    assert all(line in got for line in (headline, date, byline))


@pytest.mark.parametrize("tw", [False, True])
def test_a_subheading_after_a_blank_line_opens_nothing(tw):
    doc = run_body(_two_articles(tw, second_head=False))
    assert not [n for n in doc.notes if n.split]


@pytest.mark.parametrize("line", ["北京商报_北京商报网", "聯合新聞網 - 聯合新聞網", "南方都市报｜南方都市报官网"])
def test_the_sites_own_title_line_is_no_headline(line):
    """A page-title line whose part before the suffix is the site's own name (a home or
    section page's title) gives no headline."""
    assert body._site_title(line) is None
    assert body._site_title("多家银行下调大额存单利率_北京商报网") == "多家银行下调大额存单利率"


def test_a_sites_name_and_description_is_no_page_title():
    assert body._site_title("经济参考网 - 经济参考报官方网站") is None
    assert body._site_title("国家发展改革委答记者问 - 经济参考报官方网站") == "国家发展改革委答记者问"
