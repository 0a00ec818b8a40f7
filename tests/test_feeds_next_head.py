"""A feed's last "item" that breaks the items' shape, right over prose, is the next
article's headline: a content farm prints the next page's head right under a feed."""

import pytest

from cleanseeds.document import Change, Document
from cleanseeds.filters.feeds import FeedsFilter

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "記者王志偉／花蓮報導 花蓮縣政府今年開始在偏鄉推動長照到宅沐浴服務，目前已服務超過200位長者。"
ITEMS_SC = ["德州某某商贸有限公司成立 注册资本10万人民币", "四五次催诊电话“穷追不舍”,瑞金医生为啥非要喊他来手术?",
            "宁波某某电子科技有限公司成立 注册资本50万人民币"]
ITEMS_TC = ["台積電法說會釋利多 外資連三買", "颱風動態更新 北部山區慎防豪雨", "北市公車路線調整 明年元旦上路"]
#: the next article's head: its headline, then what a farm or portal prints under it
NEXT = [
    "花蓮縣府推長照到宅沐浴 偏鄉長輩受惠\n快看资讯网官网最新热点:花蓮縣府推長照到宅沐浴 偏鄉長輩受惠\n更新时间: 浏览次数:1412",
    "多地出台措施 鼓励企业招用高校毕业生\n资讯快报网官网最新热点:多地出台措施 鼓励企业招用高校毕业生",
    "秋粮收获进度过半 各地抢抓晴好天气",
    "高雄捷運黃線動工 串連鳳山三民",
]


def feeds(text: str) -> Document:
    doc = Document(text)
    FeedsFilter()(doc)
    return doc


def _items(heads: list[str], marks: list[str]) -> str:
    return "\n".join(f"{h}\n{m}" for h, m in zip(heads, marks))


@pytest.mark.parametrize("head", NEXT)
@pytest.mark.parametrize(
    "heading, items",
    [
        ("推荐阅读", _items(ITEMS_SC, ["5321", "4478", "1984"])),
        ("推薦閱讀", _items(ITEMS_TC[:2], ["3426", "2871"])),
        ("相关阅读", _items(ITEMS_SC[:2], ["2.3万阅读", "8654 浏览"])),
        ("延伸閱讀", _items(ITEMS_TC, ["2025-08-10 10:01", "2025-08-09 18:22", "2025-08-09 07:45"])),
        ("猜你喜欢", _items(ITEMS_SC, ["3小时前", "5小时前", "昨天 08:12"])),
        # headline, source, time
        ("熱門推薦", "\n".join(f"{h}\n中央社\n{n}小時前" for h, n in zip(ITEMS_TC, (2, 5, 9)))),
    ],
)
def test_counted_feed_stops_at_an_uncounted_headline(heading, items, head):
    text = f"{BODY}\n{heading}\n{items}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    at = len(f"{BODY}\n")
    assert at in [doc.text_offset(n.pos) for n in doc.notes if n.split]
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "items",
    [
        # items counted alike to the last
        _items(ITEMS_SC, ["5321", "4478", "1984"]),
        # a rank before each headline (``1 / 标题``), not a count after it
        "\n".join(f"{n}\n{h}" for n, h in zip(("1", "2", "3"), ITEMS_SC)),
        "\n".join(f"{n}\n{h}" for n, h in zip(("9876", "5432", "3210"), ITEMS_TC)),
    ],
)
def test_alike_items_over_prose_all_go(items):
    doc = feeds(f"{BODY}\n推荐阅读\n{items}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


def _cut_rows(text: str, *rows: str) -> Document:
    """``text`` with ``rows`` cut as another filter (site chrome) would cut them."""
    doc = Document(text)
    changes = []
    for row in rows:
        at = text.index(row + "\n")
        changes.append(Change(at, at + len(row) + 1, "", "view counters"))
    doc.apply(changes, "chrome")
    return doc


@pytest.mark.parametrize(
    "heading, items, head, rows",
    [
        ("推荐阅读", ITEMS_SC, "多地出台措施 鼓励企业招用高校毕业生",
         ["资讯快报网官网最新热点:多地出台措施 鼓励企业招用高校毕业生", "更新时间: 浏览次数:1412"]),
        ("延伸閱讀", ITEMS_TC, "高雄捷運黃線動工 串連鳳山三民", ["2025/09/15 10:00"]),
        ("相關新聞", ITEMS_TC[:2], "高雄捷運黃線動工 串連鳳山三民", ["記者 王小明", "2025年09月15日 10:00"]),
        ("相关推荐", ITEMS_SC[:2], "秋粮收获进度过半 各地抢抓晴好天气", ["阅读 2.3万"]),
    ],
)
def test_bare_feed_stops_at_a_headline_whose_rows_were_cut(heading, items, head, rows):
    """Bare headlines, the last with its date, byline or counter row cut under it by
    another filter: that one heads the article after."""
    text = f"{BODY}\n{heading}\n" + "\n".join(items) + f"\n{head}\n" + "\n".join(rows) + f"\n{BODY_TW}\n"
    doc = _cut_rows(text, *rows)
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"


def test_bare_items_each_with_a_cut_counter_all_go():
    """Items alike, each with a counter row cut under it: the last one is an item too."""
    rows = ["阅读 2.3万", "阅读 8654", "阅读 1412"]
    text = f"{BODY}\n推荐阅读\n" + "".join(f"{h}\n{r}\n" for h, r in zip(ITEMS_SC, rows)) + f"{BODY_TW}\n"
    doc = _cut_rows(text, *rows)
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


def test_bare_feed_over_prose_still_goes_whole():
    doc = feeds(f"{BODY}\n延伸閱讀\n" + "\n".join(ITEMS_TC) + f"\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "text",
    [
        "推荐阅读的书目共有三本，分别是《红楼梦》《围城》和《平凡的世界》。\n截至9月底，全市累计接待游客5321万人次。\n",
        "延伸閱讀這份報告後，專家指出，全台長照需求逐年攀升。\n其中花蓮縣的需求成長最快，達到1412人。\n",
    ],
)
def test_prose_untouched(text):
    whole = f"{BODY}\n{text}{BODY_TW}\n"
    assert feeds(whole).text == whole


# -- a property portal's box of listings: "hot developments" over names and prices -----------


@pytest.mark.parametrize(
    "heading, listings",
    [
        ("热门楼盘", ["滨江·江语海 均价约58000元/㎡", "绿城·桂语听澜 均价约46000元/㎡", "万科·未来城 在售 32000元/㎡起"]),
        ("推荐楼盘", ["保利·天汇 均价约52000元/㎡", "华润·置地公馆 待售"]),
        ("熱門樓盤", ["遠雄·新未來 每坪約68萬", "興富發·國家之星 每坪約55萬"]),
        ("精選樓盤", ["新地·天璽·天 呎價約42,000元", "恒基·維港‧星岸 呎價約35,800元"]),
    ],
)
def test_listing_box_under_a_property_heading_goes(heading, listings):
    text = f"{BODY}\n{heading}\n" + "\n".join(listings) + "\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "text",
    [
        "热门楼盘集中加推，叠加购房补贴政策落地，带动了成交量回升。\n",
        "熱門樓盤\n本週共有三個新建案開放預約參觀，業者預估來客數將比上月增加兩成。\n",
    ],
)
def test_property_words_in_prose_stay(text):
    whole = f"{BODY}\n{text}{BODY_TW}\n"
    assert feeds(whole).text == whole
