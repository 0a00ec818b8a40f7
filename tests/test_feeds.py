"""The feeds filter: related-article lists go, found by their structure."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Change, Document
from cleanseeds.filters.feeds import FeedsFilter, line_kind

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"
HEADLINES = [
    "惊艳!全红婵 “换头式” 长大,长发披肩秒变甜妹",
    "四五次催诊电话“穷追不舍”,瑞金医生为啥非要喊他来手术?",
    "佛山市海鲸电器有限公司成立 注册资本10万人民币",
    "TD Cowen上调戴尔科技目标价至150美元",
    "台積電法說會釋利多 外資連三買",
    "颱風動態更新 北部山區慎防豪雨",
    "狗都叹气,社保利息公布了...",
]


def feeds(text: str) -> Document:
    doc = Document(text)
    FeedsFilter()(doc)
    return doc


def splits(doc: Document) -> list[int]:
    return [n.pos for n in doc.notes if n.split]


@pytest.mark.parametrize(
    "header",
    ["推荐阅读", "相关推荐", "热点推荐", "相关阅读", "猜你喜欢", "往期回顾 全部", "热门文章", "延伸阅读",
     "延伸閱讀", "相關新聞", "推薦閱讀", "【相关阅读】", "▌往期推荐", "Related articles", "大家都在看"],
)
def test_headed_feed_goes_and_ends_article(header):
    feed = "\n".join([header, *HEADLINES[:4]])
    text = f"{BODY}\n{feed}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason.startswith("related feed: heading")
    assert splits(doc) == [len(BODY) + 1]


def test_one_line_related_link():
    doc = feeds(f"{BODY}\n相关阅读：《光刻机国产化进入关键阶段》\n")
    assert doc.text == f"{BODY}\n"


def test_feed_stops_at_prose():
    text = f"{BODY}\n推荐阅读\n{HEADLINES[0]}\n{HEADLINES[1]}\n{BODY_TW}"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{BODY_TW}"


def test_headerless_headline_count_alternation():
    items = []
    for h, n in zip(HEADLINES, ["6152", "6264", "5592", "4984", "1.2万", "3090", "9486"]):
        items += [h, n]
    doc = feeds(f"{BODY}\n" + "\n".join(items))
    assert doc.text == f"{BODY}\n"
    assert "counts or times" in doc.edits[0].reason
    assert splits(doc)


def test_headerless_headline_repeat_source_time():
    items = []
    for i, h in enumerate(HEADLINES[:5]):
        items += [h, "", h, "", f"作者号{i}", f"2025-12-{10 + i} 08:03:04"]
    doc = feeds(f"{BODY}\n" + "\n".join(items) + f"\n下一篇的标题\n\n{BODY_TW}")
    assert doc.text == f"{BODY}\n下一篇的标题\n\n{BODY_TW}"


@pytest.mark.parametrize(
    "meta",
    ["新浪财经 2小时前", "腾讯新闻 356评论", "某某号 · 1.2万阅读 · 3天前", "中央社 12-31 08:03", "5 hours ago"],
)
def test_headerless_source_time_lines(meta):
    items = []
    for h in HEADLINES[:4]:
        items += [h, meta]
    doc = feeds(f"{BODY}\n" + "\n".join(items))
    assert doc.text == f"{BODY}\n"


def test_section_blocks_with_one_headline_each():
    blocks = []
    for label, h in zip(["头条要闻", "体育要闻", "娱乐要闻", "财经要闻"], HEADLINES):
        blocks += [label, "", h, ""]
    doc = feeds(f"{BODY}\n\n" + "\n".join(blocks))
    assert doc.text == f"{BODY}\n\n"
    assert "section blocks" in doc.edits[0].reason


@pytest.mark.parametrize(
    "text",
    [
        # subheadings between paragraphs
        f"一、市场回暖\n{BODY}\n二、政策支持\n{BODY_TW}\n三、未来展望\n{BODY}",
        # a numbered list, numbers on their own lines
        f"{BODY}\n1\n苹果的新款手机\n2\n华为的折叠屏\n3\n小米的汽车业务\n{BODY_TW}",
        # a short poem
        "春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少",
        # table cells
        "場景 |\n森億服務 |\n智慧臨床 |\n醫療質控、單病種管理、病例質控等各種應用 |\n智慧管理 |\n智慧運管管理相關產品 |",
        # prose that names a feed heading
        f"{BODY}\n推荐阅读这本书的人，大多是年轻的创业者。\n{BODY_TW}",
        # the publication time under a title
        f"美國松口H20芯片\n2025-07-15 19:50\n(來源:華山穹劍)\n{BODY_TW}",
    ],
)
def test_article_structure_survives(text):
    assert feeds(text).text == text


def test_line_kinds():
    assert line_kind("推荐阅读") == "header"
    assert line_kind("2025-12-31 08:03:04") == "marker"
    assert line_kind("6152") == "marker"
    assert line_kind("头条要闻") == "label"
    assert line_kind(HEADLINES[1]) == "head"
    assert line_kind(BODY) == "prose"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(HEADLINES), min_size=3, max_size=12),
       st.lists(st.integers(100, 99999), min_size=12, max_size=12))
def test_any_headline_count_run_goes(heads, counts):
    items = []
    for h, n in zip(heads, counts):
        items += [h, str(n)]
    doc = feeds(f"{BODY}\n" + "\n".join(items))
    assert doc.text == f"{BODY}\n"
    assert feeds(doc.text).text == doc.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([BODY, BODY_TW, "# 什么是 H20?", "小经销商还怎么玩。", "图 | 质谱集群"]),
                min_size=1, max_size=10))
def test_articles_without_feeds_untouched(parts):
    text = "\n".join(parts)
    doc = feeds(text)
    assert doc.text == text and not doc.notes


def test_seed_feeds_go_and_bodies_stay():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    text = (seeds / "000_fc14589b7a7b1c5a.txt").read_text(encoding="utf-8")
    doc = feeds(text)
    assert doc.text.endswith("返回搜狐,查看😍更多\n")
    assert "注册资本" not in doc.text
    text = (seeds / "001_f8e108a88b08aadd.txt").read_text(encoding="utf-8")
    doc = feeds(text)
    assert "头条要闻" not in doc.text and "2025-12-31 08:03:04" not in doc.text
    assert "国产GPU,太不容易 —— 电子工程世界" in doc.text
    assert "撰文:早起" in doc.text


# -- where a feed ends; headings without a colon's item; headless link runs ----------------

from cleanseeds.filters.feeds import line_role  # noqa: E402


@pytest.mark.parametrize("header", ["相关新闻：", "相關新聞：", "延伸阅读:", "【相关阅读】：", "看更多："])
def test_heading_with_bare_colon(header):
    doc = feeds(f"{BODY}\n{header}\n{HEADLINES[0]}\n{HEADLINES[4]}\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "head",
    [
        # a headline, then its date and source line: the next article's head
        "日本5月企业物价指数同比上涨2.4%\n2024年06月12日 10:21 来源：中国新闻网",
        "一季度GDP同比增长5.3% 经济开局良好\n2024年04月16日 10:51 来源于 财新网",
        "風評：少子化不是一兩個政策能解決的\n風傳媒 / 風傳媒評論 2024-05-07 06:00",
        "賴清德出訪友邦 外交部：行程依慣例不公布\n政治中心／綜合報導\n2024/08/13 10:20",
        "九龍城大廈棚架倒塌 兩途人受傷送院\n撰文：陳嘉明\n2024/09/03",
    ],
)
def test_feed_stops_at_next_article_head(head):
    text = f"{BODY}\n推荐阅读\n{HEADLINES[0]}\n{HEADLINES[4]}\n{head}\n{BODY_TW}\n"
    doc = feeds(text)
    assert doc.text == f"{BODY}\n{head}\n{BODY_TW}\n"
    title_at = len(f"{BODY}\n")
    assert [doc.text_offset(p) for p in splits(doc)] == [title_at, title_at]  # feed ends one, head starts one
    assert feeds(doc.text).text == doc.text


@pytest.mark.parametrize(
    "stop",
    [
        "即時新聞 > 港澳",
        "财新网 > 经济 > 正文",
        "人民网>>财经>>正文",
        "Copyright © 1997-2024 by www.people.com.cn. all rights reserved",
        "人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
        "京ICP证060535号 京公网安备11000002000015号",
        "東網版權所有",
    ],
)
def test_feed_stops_at_breadcrumb_or_copyright(stop):
    rest = f"{stop}\n2024年09月03日 14:10\n港鐵屯馬線信號故障 班次延誤約10分鐘\n{BODY_TW}\n"
    doc = feeds(f"{BODY}\n相關閱讀\n{HEADLINES[4]}\n{HEADLINES[5]}\n{rest}")
    assert doc.text == f"{BODY}\n{rest}"


def test_feed_stops_where_another_filter_cut_a_breadcrumb():
    text = f"{BODY}\n猜你喜欢\n{HEADLINES[0]}\n{HEADLINES[2]}\n财新网 > 经济 > 正文\n一季度GDP同比增长5.3%\n{BODY_TW}\n"
    doc = Document(text)
    crumb = text.index("财新网")
    doc.apply([Change(crumb, crumb + len("财新网 > 经济 > 正文\n"), "", "breadcrumb")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n一季度GDP同比增长5.3%\n{BODY_TW}\n"


def test_items_under_a_heading_another_filter_cut():
    text = f"{BODY}\n看更多：\n風評：房價高漲是生育率的殺手\n"
    doc = Document(text)
    at = text.index("看更多")
    doc.apply([Change(at, at + len("看更多：\n"), "", "widget")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n"


def test_cut_heading_before_prose_keeps_what_follows():
    # a "read more" expander cut mid-article: the subheading and prose after it stay
    text = f"{BODY}\n看更多\n二、政策支持\n{BODY_TW}\n"
    doc = Document(text)
    at = text.index("看更多")
    doc.apply([Change(at, at + len("看更多\n"), "", "widget")], "chrome")
    FeedsFilter()(doc)
    assert doc.text == f"{BODY}\n二、政策支持\n{BODY_TW}\n"
    assert not splits(doc)


def test_dated_items_are_items():
    items = "\n".join(f"{h}\n2024-06-{10 + i} 08:0{i}" for i, h in enumerate(HEADLINES[:4]))
    doc = feeds(f"{BODY}\n相关新闻\n{items}\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "header",
    ["▸ 更多 TVBS 報導", "更多 NOWnews 今日新聞 報導", "更多風傳媒報導", "看更多 CTWANT 文章", "更多精彩报道",
     "网易热搜", "微博熱搜榜", "热搜", "熱門"],
)
def test_heading_kinds(header):
    doc = feeds(f"{BODY}\n{header}\n{HEADLINES[1]}\n{HEADLINES[5]}\n")
    assert doc.text == f"{BODY}\n"


def test_hot_list_with_ranks_and_counts():
    hot = "网易热搜\n1 618预售开启 各平台优惠力度对比 389万\n2 多地公布高考安排 301万\n3 国足客场对阵新加坡 275万"
    doc = feeds(f"{BODY}\n{hot}\n")
    assert doc.text == f"{BODY}\n"


def test_bulleted_links_at_the_tail():
    tail = "►直播／賴清德總統出席活動\n►最新政治新聞一次看\n▸遇到火災怎麼辦？ 消防局教你關門避難"
    doc = feeds(f"{BODY_TW}\n{tail}\n")
    assert doc.text == f"{BODY_TW}\n"
    assert not splits(doc)


@pytest.mark.parametrize(
    "text",
    [
        # bullet points inside an article: prose resumes after them
        f"{BODY}\n▶ 加强市场监管力度\n▶ 完善社会保障制度\n{BODY_TW}\n",
        # one bulleted line is not a run
        f"{BODY_TW}\n►遇到火災怎麼辦？ 消防局教你關門避難\n",
        # prose that names a hot list
        f"{BODY}\n这条消息很快冲上微博热搜，引发网友热议。\n",
        f"{BODY_TW}\n更多的人開始關注這類報導，相關討論持續發酵。\n",
        # an article head right after the body: no feed
        f"{BODY}\n日本5月企业物价指数同比上涨2.4%\n2024年06月12日 10:21 来源：中国新闻网\n{BODY_TW}\n",
    ],
)
def test_near_misses_stay(text):
    doc = feeds(text)
    assert doc.text == text and not splits(doc)


def test_line_roles():
    assert line_role("财新网 > 经济 > 正文") == "stop"
    assert line_role("Copyright © 2024 ETtoday.net All Rights Reserved.") == "stop"
    assert line_role("2024年06月12日 10:21 来源：中国新闻网") == "meta"
    assert line_role("2024/07/15") == "meta"
    assert line_role("記者張書瑋／新北報導") == "meta"
    assert line_role("►最新政治新聞一次看") == "bullet"
    assert line_role("2024年6月21日外汇牌价") == ""  # a headline that opens with a date
    assert line_role("营收>预期，股价大涨") == ""
    assert line_role(HEADLINES[3]) == ""


@pytest.mark.parametrize("link", ["延伸閱讀：台灣中小企業的接班危機", "相关阅读：新能源车企价格战何时休", "推荐阅读：央行再度降准"])
def test_one_read_also_line_inside_an_article_is_cut_without_ending_it(link):
    import cleanseeds

    before = "業內人士指出，這項政策將對整個產業鏈產生深遠影響，中小企業首當其衝。"
    after = "但自動化的門檻並不低。一套機械手臂動輒數百萬元，許多工廠仍在觀望。"
    (art,) = cleanseeds.clean(f"{before}\n{link}\n{after}\n")
    assert art.paragraphs == [before, after]
