"""A feed at an article's end stops before the next article's head where that head is a
portal's author-and-date row under a headline, a farm's ``<headline>_站名`` page title,
or a headline after a copyright line and a blank line (a new page of a glued dump)."""

import pytest

from cleanseeds.document import Change, Document
from cleanseeds.filters.feeds import FeedsFilter, line_role

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "LINE今日宣布，將在台灣推出AI助理新功能，使用者可以讓AI自動整理群組中未讀的大量訊息。"
ITEMS_SC = ["德州某某商贸有限公司成立 注册资本10万人民币", "秋冬进补有讲究 专家提醒别盲目跟风", "宁波某某电子科技有限公司成立"]
ITEMS_TC = ["台積電法說會釋利多 外資連三買", "颱風動態更新 北部山區慎防豪雨", "北市公車路線調整 明年元旦上路"]


def feeds(doc: Document) -> Document:
    FeedsFilter()(doc)
    return doc


def _cut_rows(text: str, *rows: str) -> Document:
    """``text`` with ``rows`` cut as another filter (chrome, notices) would cut them."""
    doc = Document(text)
    changes = []
    for row in rows:
        at = text.index(row + "\n")
        changes.append(Change(at, at + len(row) + 1, "", "site chrome"))
    doc.apply(changes, "chrome")
    return doc


# -- an author-and-date row under the next headline ------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "作者 Chris | 2026-12-04",
        "作者 Atkinson | 發布日期 2026 年 12 月 05 日 9:30 | 分類 GPU , 晶片 , 零組件",
        "撰文者：王小明 ｜ 2026/12/04",
        "文／Kevin Lee | 2026.12.04 10:30",
        "记者 李明 丨 2026年12月4日 10:30",
        "作者：张伟 | 发布时间：2026-12-04 08:00",
    ],
)
def test_author_date_row_is_a_head_row(row):
    assert line_role(row) == "meta"


@pytest.mark.parametrize(
    "row",
    [
        "文化 | 2026-12-04",  # a section and a date: no credit
        "作者 Chris",  # no date
        "台積電 | 2026-12-04",
        "作者 Chris | 科技 | 2026-12-04",  # a part that is neither
    ],
)
def test_other_barred_rows_are_not_author_date_rows(row):
    assert line_role(row) != "meta"


@pytest.mark.parametrize(
    "heading, items, head, row",
    [
        ("延伸閱讀", ITEMS_TC[:1], "LINE推出AI助理新功能 可自動整理群組訊息", "作者 Chris | 2026-12-04"),
        ("延伸閱讀", ITEMS_TC, "輝達新一代GPU量產時程曝光 台廠供應鏈受惠",
         "作者 Atkinson | 發布日期 2026 年 12 月 05 日 9:30 | 分類 GPU , 晶片 , 零組件"),
        ("相关阅读", ITEMS_SC[:2], "多地出台措施 鼓励企业招用高校毕业生", "作者：张伟 | 发布时间：2026-12-04 08:00"),
        ("推荐阅读", ITEMS_SC, "秋粮收获进度过半 各地抢抓晴好天气", "文／Kevin Lee | 2026.12.04 10:30"),
    ],
)
def test_bare_feed_stops_at_a_headline_over_an_author_date_row(heading, items, head, row):
    text = f"{BODY}\n{heading}\n" + "\n".join(items) + f"\n{head}\n{row}\n{BODY_TW}\n"
    doc = feeds(Document(text))
    assert doc.text == f"{BODY}\n{head}\n{row}\n{BODY_TW}\n"
    assert feeds(Document(doc.text)).text == doc.text


def test_feed_stops_at_a_copyright_line_cut_over_a_blank_line():
    """Glued pages: the feed, the page's copyright line (cut by notices), a blank line,
    the next page's banner and head. What follows the cut line is no item."""
    rest = "INSIDE 硬塞的網路趨勢觀察\n科技 創業 行銷 AI\nLINE推出AI助理新功能 可自動整理群組訊息\n"
    copyright_line = "© 2026 巨思文化股份有限公司 版權所有 轉載請註明出處"
    text = f"{BODY}\n延伸閱讀\n{ITEMS_TC[0]}\n{copyright_line}\n\n{rest}{BODY_TW}\n"
    doc = feeds(_cut_rows(text, copyright_line))
    assert doc.text == f"{BODY}\n\n{rest}{BODY_TW}\n"


# -- a farm's page title, ``<headline>_站名``, as the feed's last line ---------------------

FARM_HEADS = [
    ("故宮推出冬季夜游 門票開售即被搶空_熱點資訊網", ["熱門資訊> 正文", "2026-12-05 17:00", "(來源:新京报)"]),
    ("新能源汽车下乡活动启动 农村充电桩加快建设_热点资讯网", ["热门资讯 > 正文", "2026-12-04 09:00"]),
    ("冬季流感高峰将至 专家建议尽早接种疫苗_健康_今日看点新闻网", ["2026-12-06 10:00"]),
    ("高雄捷運黃線動工 串連鳳山三民_焦點新聞網", []),
]


@pytest.mark.parametrize("cut", [True, False])
@pytest.mark.parametrize("title, rows", FARM_HEADS)
@pytest.mark.parametrize(
    "heading, items",
    [("相關閱讀", [ITEMS_TC[0], "每日推薦", ITEMS_TC[1]]), ("相关阅读", ITEMS_SC[:2]), ("猜你喜欢", ITEMS_SC)],
)
def test_feed_stops_at_a_farm_page_title(heading, items, title, rows, cut):
    """The next page's title, its breadcrumb, date and source rows shown or cut by
    other filters, then its prose."""
    head = "".join(f"{r}\n" for r in rows)
    text = f"{BODY}\n{heading}\n" + "\n".join(items) + f"\n{title}\n{head}{BODY_TW}\n"
    doc = _cut_rows(text, *rows) if cut else Document(text)
    kept = f"{title}\n" + ("" if cut else head)
    feeds(doc)
    assert doc.text == f"{BODY}\n{kept}{BODY_TW}\n"
    at = len(f"{BODY}\n")
    assert at in [doc.text_offset(n.pos) for n in doc.notes if n.split]
    again = Document(doc.text)
    assert feeds(again).text == doc.text


def test_farm_titles_alike_all_go():
    """Every item carries the site's name: a farm's feed of its own pages, cut whole."""
    items = [f"{h}_熱點資訊網" for h in ITEMS_TC]
    doc = feeds(Document(f"{BODY}\n相關閱讀\n" + "\n".join(items) + f"\n{BODY_TW}\n"))
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


def test_farm_title_after_one_item_heads_the_next_article():
    text = f"{BODY}\n相关阅读\n{ITEMS_SC[0]}\n秋粮收获进度过半_热点资讯网\n{BODY_TW}\n"
    assert feeds(Document(text)).text == f"{BODY}\n秋粮收获进度过半_热点资讯网\n{BODY_TW}\n"


def test_farm_title_as_the_only_item_goes():
    """A heading over one page title: no items to set it apart from, cut as before."""
    text = f"{BODY}\n相关阅读\n秋粮收获进度过半_热点资讯网\n{BODY_TW}\n"
    assert feeds(Document(text)).text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "text",
    [
        "变量名user_name和user_id在日志中出现了两次，工程师据此找到了问题。\n",
        "作者 | 2026-12-04的会议纪要显示，作者李明提出了三点意见，获得与会者一致认可。\n",
        "延伸閱讀這份報告後，專家指出，文化 | 藝術類預算今年增加兩成。\n",
    ],
)
def test_prose_untouched(text):
    whole = f"{BODY}\n{text}{BODY_TW}\n"
    assert feeds(Document(whole)).text == whole
