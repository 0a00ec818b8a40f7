"""The feeds filter: related-article lists go, found by their structure."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Document
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
