"""The separators filter: CDATA remains, form feeds and rule lines end articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from cleanseeds.data import load_lines
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cleanseeds import Pipeline
from cleanseeds.document import Document
from cleanseeds.filters.metadata import Metadata
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators, _post_header

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def texts(raw: str, *filters) -> list[str]:
    return [a.text for a in Pipeline(list(filters) or [Separators()]).clean(raw)]


@pytest.mark.parametrize(
    "raw",
    [
        "第一篇文章。]]>第二篇文章。",
        "第一篇文章。\n]]>第二篇文章。",
        "<![CDATA[第一篇文章。]]><![CDATA[第二篇文章。]]>",
        "<![cdata[第一篇文章。]]>\n<![cdata[第二篇文章。]]>\n",
        "第一篇文章。\f第二篇文章。",
        "第一篇文章。\n\f\n第二篇文章。",
        "第一篇文章。\n-----\n第二篇文章。",
        "第一篇文章。\n==========\n第二篇文章。",
        "第一篇文章。\n  *****  \n第二篇文章。",
        "第一篇文章。\n——————\n第二篇文章。",
        "第一篇文章。\n＝＝＝＝＝＝\n第二篇文章。",
    ],
)
def test_separator_splits(raw: str) -> None:
    assert texts(raw) == ["第一篇文章。", "第二篇文章。"]


@pytest.mark.parametrize(
    "raw",
    [
        "他说——这是关键。",  # a dash inside prose
        "比分是 3-1,观众鼓掌。",
        "分隔线 ----- 出现在句中时不算。",
        "**重点**:Markdown 加粗不是分隔线。",
        "---\n",  # too short to be a rule: a Markdown rule inside one article
        "A ==== B",
        "標題\n\n正文第一段。\n\n正文第二段。",
    ],
)
def test_prose_survives(raw: str) -> None:
    art = Pipeline([Separators()]).clean(raw)
    assert len(art) == 1
    assert not art[0].edits


def test_trailing_closer_makes_no_empty_article() -> None:
    assert texts("一。]]>二。\n]]>") == ["一。", "二。"]


def test_edits_record_reason_and_split() -> None:
    art = Pipeline([Separators()]).clean("一。]]>二。")
    assert art[1].edits[0].filter == "separators"
    assert "CDATA" in art[1].edits[0].reason


def test_seed_002_has_fifteen_articles() -> None:
    raw = (SEEDS / "002_746ecf598bd6b32b.txt").read_text(encoding="utf-8")
    arts = Pipeline([Separators()]).clean(raw)
    segments = [s for s in raw.split("]]>") if s.strip()]
    assert len(arts) == len(segments) == 15
    for art, seg in zip(arts, segments):
        assert art.paragraphs == [p.strip() for p in seg.split("\n") if p.strip()]


SEPARATORS = ["]]>", "\n]]>\n", "<![CDATA[", "\f", "\n\f\n", "\n-----\n", "\n=====\n", "\n*****\n", "\n\n——————\n\n"]

# prose is made of common characters: the 3,000 most frequent (random rare ideographs
# can spell real mojibake such as 閫丂, UTF-8 送@ read as GBK)
_COMMON = [line.split("\t")[0] for line in load_lines("charfreq.txt")[:3000]]
_han = st.sampled_from([c for c in _COMMON if len(c) == 1])
_sentence = st.builds(
    lambda words, end: "".join(words) + end,
    st.lists(st.text(_han, min_size=2, max_size=6), min_size=1, max_size=5).map(lambda ws: ",".join(ws)),
    st.sampled_from(["。", "!", "?", "。”"]),
)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map("".join)
_article = st.lists(_paragraph, min_size=1, max_size=5).map("\n".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(_article, min_size=1, max_size=5), st.data())
def test_concatenated_clean_articles_come_back(articles: list[str], data: st.DataObject) -> None:
    paragraphs = [p for a in articles for p in a.split("\n")]
    assume(len(set(paragraphs)) == len(paragraphs))  # a repeated line reads as a repeated title
    raw = articles[0]
    for art in articles[1:]:
        raw += data.draw(st.sampled_from(SEPARATORS)) + art
    pipe = Pipeline([Separators(), Metadata(), Paragraphs()])
    assert [a.text for a in pipe.clean(raw)] == articles


@settings(max_examples=80, deadline=None)
@given(st.lists(_sentence, min_size=1, max_size=14, unique=True), st.data())
def test_concatenated_articles_come_back_through_default_pipeline(sentences: list[str], data: st.DataObject) -> None:
    # one sentence a paragraph, none repeated: a repeated line is the duplicates filter's
    # random characters can spell junk (版权所有。, 锟斤拷), which is not prose
    assume(not any(w in s for s in sentences for w in ("版权", "版權", "锟斤拷")))
    sizes = data.draw(st.lists(st.integers(1, 4), min_size=1, max_size=5))
    articles, i = [], 0
    for size in sizes:
        if i < len(sentences):
            articles.append("\n".join(sentences[i : i + size]))
            i += size
    raw = articles[0]
    for art in articles[1:]:
        raw += data.draw(st.sampled_from(SEPARATORS)) + art
    assert [a.text for a in Pipeline.default().clean(raw)] == articles


def test_idempotent() -> None:
    raw = "一。\n-----\n二。]]>三。"
    first = texts(raw)
    assert [texts(t) for t in first] == [[t] for t in first]


def test_form_feed_runs_are_judged_by_their_edges():
    # printable text on both sides of the blank run: each form feed in it is a page break
    assert texts("甲\f \f乙") == ["甲", "乙"]
    # control bytes beside the run: noise, not a page break
    assert texts("甲\x01\f\f乙") == ["甲\x01\f\f乙"]


def test_many_form_feeds_on_one_line_stay_linear():
    # each run is looked at once: no rescanning the line before every form feed
    line = "甲" + "\f " * 20000 + "乙"
    changes = list(Separators().find(Document(line)))
    assert len(changes) == 20000
    assert all(c.split and c.end - c.start == 1 for c in changes)


# -- microblog timelines: a repeated post header starts a new post ---------------------------

POST_A = "2024年5月16日21时许，我局接群众报警称，西湖区一餐馆内有人打架，民警迅速到场处置。"
POST_B = "今日下午，上城区江边一名男子不慎落水，巡逻民警与附近群众合力将其救起。"
POST_TW = "市府今天宣布，明起開放市民申請補助，相關細節請見官網公告。"


@pytest.mark.parametrize(
    "head_a, head_b",
    [
        ("平安杭州\n+关注\n5月17日 10:32 来自 微博网页版", "平安杭州\n+关注\n5月17日 18:05 来自 微博网页版"),
        ("5月17日 10:32 来自 微博网页版", "5月17日 18:05 来自 微博网页版"),
        ("央视新闻\n24-5-17 10:32 发布于 北京 来自 微博网页版", "央视新闻\n24-5-17 11:05 发布于 北京 来自 iPhone 15 Pro Max"),
        ("台北市政府\n今天 09:12 來自 iPhone客戶端", "台北市政府\n昨天 21:40 來自 微博 weibo.com"),
        ("雪球用户\n05-17 21:45 · 来自Android", "雪球用户\n05-17 22:10 · 来自iPhone"),
        ("3分钟前 来自 HUAWEI Mate 60", "2小时前 来自 微博视频号"),
    ],
)
def test_repeated_post_header_starts_a_post(head_a, head_b):
    body_b = POST_TW if "來自" in head_b else POST_B
    raw = f"{head_a}\n{POST_A}\n转发 256 评论 1032 赞 3421\n{head_b}\n{body_b}\n"
    got = texts(raw)
    assert len(got) == 2
    assert got[0].startswith(head_a.split("\n")[0]) and POST_A in got[0]
    assert got[1].startswith(head_b.split("\n")[0]) and body_b in got[1]
    doc = Document(raw)
    Separators()(doc)
    assert doc.text == raw  # nothing cut: the header is the post's date


def test_one_post_header_is_no_boundary():
    raw = f"平安杭州\n+关注\n5月17日 10:32 来自 微博网页版\n{POST_A}\n{POST_B}\n"
    assert len(texts(raw)) == 1


@pytest.mark.parametrize(
    "prose",
    [
        # times and "from" in news sentences: no post header
        "5月17日 18:05，来自杭州的游客王某报警称，其在景区内走失。",
        "今天 09:12 來自台南的旅客在高鐵站遺失背包，警方協助尋回。",
        "该消息来自微博网友，5月17日 18:05 发布后迅速传播。",
        "据悉，这批物资来自 上海，于5月17日 18:05 运抵。",
    ],
)
def test_prose_with_times_and_from_is_no_header(prose):
    raw = f"{POST_A}\n{prose}\n{POST_B}\n{prose}\n{POST_TW}\n"
    assert len(texts(raw)) == 1


@pytest.mark.parametrize("sep", ["]]>", "\n]]>\n", "\n=====\n"])
def test_headline_after_separator_is_read(sep):
    """A record after a separator that opens with a short line and no sentence mark, body
    text under it, opens with its headline (both scripts)."""
    first = "6月2日消息，華為在開發者大會預熱活動中透露，鴻蒙生態設備數已突破9億台。"
    lead2 = "6月1日消息，小米汽車官方宣佈，小米SU7累計交付量已突破1萬台，提前完成5月交付目標。"
    second = f"小米汽車SU7交付量突破1萬台\n{lead2}"
    third = "比亚迪第700万辆新能源汽车下线\n比亚迪近日在深圳举行第700万辆新能源汽车下线仪式。比亚迪从第600万辆到第700万辆用时不足4个月，再次刷新行业纪录。"
    pipe = Pipeline([Separators(), Metadata(), Paragraphs()])
    arts = pipe.clean(first + sep + second + sep + third)
    assert [a.title for a in arts] == [None, "小米汽車SU7交付量突破1萬台", "比亚迪第700万辆新能源汽车下线"]
    assert arts[1].text == lead2


@pytest.mark.parametrize("lead", ["好消息！", "你知道吗？", "最近，國內半導體產業又傳出好消息。"])
def test_short_sentence_after_separator_stays_body(lead):
    body = "據清華大學官網介紹，清華大學化學系許華平教授團隊在極紫外光刻膠材料領域取得重要進展。"
    pipe = Pipeline([Separators(), Metadata(), Paragraphs()])
    arts = pipe.clean(f"第一篇文章的正文，寫到這裡結束。]]>{lead}\n{body}")
    assert arts[1].title is None
    assert arts[1].text == f"{lead}\n{body}"


# -- flash lists: a time (to the second), then the item's 【headline】 and its text ----------

FLASH_SC = [
    ("10:32:15", "工信部：前4月电子信息制造业增加值同比增长13.6%", "财联社6月3日电，工信部数据显示，规模以上电子信息制造业增加值同比增长13.6%。"),
    ("10:28:40", "沪指半日涨0.45% 半导体板块领涨", "财联社6月3日电，沪指半日涨0.45%，深成指涨0.62%，创业板指涨0.81%。"),
    ("10:15:02", "比亚迪：5月新能源汽车销量33.18万辆", "财联社6月3日电，比亚迪公告，5月新能源汽车销量33.18万辆，同比增长38.13%。"),
]
FLASH_TC = [
    ("09:45", "台積電ADR盤前漲逾2% 費半期貨走高", "鉅亨網訊，台積電ADR盤前上漲2.3%，費城半導體指數期貨同步走高。"),
    ("09:30", "金管會：放寬壽險業海外投資上限", "金管會今日宣布，壽險業海外投資上限將調整，新制預計7月1日起實施。"),
]


def _flash(items, glued: bool, sep: str = "\n") -> str:
    if glued:
        return "".join(f"{t} 【{h}】{b}{sep}" for t, h, b in items)
    return "".join(f"{t}{sep}【{h}】{b}{sep}" for t, h, b in items)


@pytest.mark.parametrize("items", [FLASH_SC, FLASH_TC])
@pytest.mark.parametrize("glued", [False, True])
@pytest.mark.parametrize("sep", ["\n", "\r\n"])
def test_repeated_flash_item_heads_split(items, glued, sep):
    raw = "电报\n2024年06月03日 星期一\n" + _flash(items, glued, sep)
    got = texts(raw)
    assert len(got) == len(items)
    for text, (t, h, b) in zip(got[1:], items[1:]):
        assert text.startswith(t) and f"【{h}】{b}" in text


@pytest.mark.parametrize(
    "raw",
    [
        # one item: nothing repeats
        "10:32:15\n【工信部：前4月电子信息制造业增加值同比增长13.6%】财联社6月3日电，工信部数据显示。\n",
        # bracketed datelines, not headlines
        "10:32\n【新华社北京6月3日电】国务院总理今天主持召开常务会议。\n"
        "11:05\n【中央社台北3日電】行政院會今天通過預算案。\n",
        # short tags in brackets, not headlines
        "10:32\n【现场】记者在现场看到，救援队伍已经抵达。\n11:05\n【現場】記者在現場看到，救援仍在進行。\n",
        # a headline alone in brackets: the item's text is not on its line
        "10:32\n【工信部：前4月电子信息制造业增加值同比增长】\n11:05\n【沪指半日涨0.45% 半导体板块领涨】\n",
        # a time inside prose over a bracket
        "会议于10:32开始\n【工信部：前4月电子信息制造业增加值同比增长】数据显示增长。\n"
        "會議於11:05結束\n【金管會：放寬壽險業海外投資上限】新制7月實施。\n",
    ],
)
def test_no_flash_boundary(raw):
    assert len(texts(raw)) == 1


# -- a site's banner repeated over each page of a dump ---------------------------------------

_PAGES = [
    ("北京地铁17号线北段年底前开通试运营", "记者从北京市轨道交通建设管理有限公司获悉，17号线北段计划于年底前开通试运营。"),
    ("上海今年首批保障性租赁住房集中入市", "今年首批共计1.2万套保障性租赁住房集中入市，分布在浦东、闵行等9个区。"),
    ("颱風外圍環流影響 北部山區嚴防豪雨", "中央氣象署今天表示，颱風外圍環流與東北季風產生共伴效應，明天起北部有豪雨。"),
]


@pytest.mark.parametrize(
    "banner",
    [
        "力報 Exmoo News",
        "巴士的報 Bastille Post",
        "北青网 - 北京青年报官方网站 | 首页 | 新闻 | 财经 | 科技 | 教育",
        "經濟參考網 - 經濟參考報官方網站",
    ],
)
def test_repeated_banner_cut_and_split(banner):
    raw = "".join(f"{banner}\n{t}\n{p}\n" for t, p in _PAGES)
    got = texts(raw)
    assert got[-2:] == [f"{t}\n{p}" for t, p in _PAGES[1:]]
    assert len(got) == 3 and got[0].endswith(f"{_PAGES[0][0]}\n{_PAGES[0][1]}")
    doc = Document(raw)
    Separators()(doc)
    assert all("banner" in e.reason for e in doc.edits)
    again = Document(doc.text)
    Separators()(again)
    assert again.text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        # a banner once: nothing repeats
        "力報 Exmoo News\n" + _PAGES[0][0] + "\n" + _PAGES[0][1] + "\n",
        # a line that repeats but is no banner: a speaker's label, a subheading
        "".join(f"主持人\n{p}\n" for _, p in _PAGES),
        "".join(f"記者觀察 News\n{p}\n" for _, p in _PAGES),
        # a banner-shaped line over the same text each time: a box of the page
        "".join(f"{p}\n力報 Exmoo News\n訂閱電子報\n" for _, p in _PAGES),
    ],
)
def test_no_repeated_banner(text):
    doc = Document(text)
    Separators()(doc)
    assert doc.text == text and not [n for n in doc.notes if n.split]


@pytest.mark.parametrize("place", ["上海", "北京市", "臺北"])
def test_a_reporters_place_after_from_is_no_post_header(place):
    """``… 来自 上海`` under a byline tells where the reporter writes from: no microblog
    client, so no post boundary above the date line (the headline stays with its head)."""
    assert not _post_header(f"2025-10-09 10:00 来自 {place}")
    assert _post_header("5月17日 18:05 来自 微博网页版")
