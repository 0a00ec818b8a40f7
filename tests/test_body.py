"""The body filter: find the article in whole-page dumps, leave other dumps alone.

Fixtures in ``tests/data/pages/`` are whole-page dumps in the styles of mainland,
Taiwanese and Hong Kong portals: ``NAME.txt`` is the page, ``NAME.body.txt`` the lines
that must remain (headline, byline, article), ``expected.json`` the title and any lines
the body filter leaves for the kind-specific filters.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Change, Document
from cleanseeds.filters.body import Body, _site_title, is_whole_page
from cleanseeds.pipeline import Pipeline

from .conftest import SEEDS

PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(EXPECTED)


def run_body(text: str) -> Document:
    doc = Document(text)
    Body()(doc)
    return doc


def kept_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def body_lines(name: str) -> list[str]:
    return (PAGES / f"{name}.body.txt").read_text(encoding="utf-8").splitlines()


def titles(doc: Document) -> list[str]:
    return [n.meta["title"] for n in doc.notes if n.meta and "title" in n.meta]


# -- whole-page fixtures --------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_page_keeps_exactly_the_article(name):
    page = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    assert is_whole_page(page)
    doc = run_body(page)
    left = EXPECTED[name].get("left_for_other_filters", [])
    got = kept_lines(doc)
    assert [line for line in got if line not in left] == body_lines(name)
    assert all(line in got for line in left)
    assert titles(doc) == [EXPECTED[name]["title"]]


@pytest.mark.parametrize("name", NAMES)
def test_page_cuts_have_reasons_and_run_once(name):
    page = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    doc = run_body(page)
    assert doc.edits and all(e.filter == "body" and e.reason for e in doc.edits)
    assert all(e.text == "" for e in doc.edits), "the body filter only cuts"
    before = doc.text
    Body()(doc)
    assert doc.text == before, "a second run must change nothing"


def reasons(doc: Document) -> str:
    return "\n".join(e.reason for e in doc.edits)


def test_reasons_name_the_kind_of_chrome():
    r = reasons(run_body((PAGES / "sina_news.txt").read_text(encoding="utf-8")))
    assert "menu run: 15 short items" in r
    assert "footer: copyright line" in r
    assert "comment section" in r
    assert "page title with site suffix" in r
    r = reasons(run_body((PAGES / "qq_sports.txt").read_text(encoding="utf-8")))
    assert "footer: ICP record" in r
    assert "pager: previous/next links" in r
    r = reasons(run_body((PAGES / "netease_tech.txt").read_text(encoding="utf-8")))
    assert "footer: police record" in r


def test_short_lines_inside_the_body_stay():
    """Subheadings and list items surrounded by prose are part of the article."""
    kept = kept_lines(run_body((PAGES / "ifeng_culture.txt").read_text(encoding="utf-8")))
    assert "研究人员介绍：" in kept
    assert "二是为考古和艺术史研究提供更清晰的资料；" in kept
    kept = kept_lines(run_body((PAGES / "sina_news.txt").read_text(encoding="utf-8")))
    assert "抢收也要防“烂场雨”" in kept


def test_headline_and_byline_stay_for_the_metadata_filter():
    kept = kept_lines(run_body((PAGES / "hk01_hk.txt").read_text(encoding="utf-8")))
    assert kept[:3] == ["港鐵新車站下月啟用 沿線居民料節省半小時車程", "撰文：陳嘉欣", "發佈日期：2024-08-20 18:30"]


# -- pre-extracted dumps are left alone -----------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seeds_are_not_whole_pages(path):
    text = path.read_text(encoding="utf-8")
    assert not is_whole_page(text)
    doc = run_body(text)
    assert doc.edits == [] and doc.notes == []
    assert list(Pipeline([Body()]).run(Document(text)).edits) == []


CLEAN = [
    # a pre-extracted article with subheadings, an editor line and a pager link
    "城市书房成了居民的“第二客厅”\n"
    "记者 李明\n"
    "傍晚六点，位于老城区的一家城市书房里已经坐满了读者，有人在查资料，有人带着孩子读绘本。\n"
    "开放时间\n"
    "书房每天开放到晚上十点，市民刷身份证即可入内，借还图书与市图书馆通借通还。\n"
    "工作人员说，周末的客流量是平时的两倍，不少家长专门带孩子来这里写作业。\n"
    "责任编辑：王芳\n"
    "上一篇：社区食堂开进老旧小区\n",
    # a poem quoted in full: short lines without punctuation, one after another
    "秋天到了，学校组织学生背诵古诗，老师在黑板上写下了这首诗：\n"
    "白日依山尽\n黄河入海流\n欲穷千里目\n更上一层楼\n"
    "孩子们一边读一边比划，很快就背了下来。\n",
    # prose that names chrome words inside sentences
    "不少老年人反映，手机应用要先注册再登录，步骤太多，常常卡在验证码这一步。\n"
    "有关部门表示，将推动常用应用推出适老版本，简化注册和登录流程，并保留人工客服渠道。\n"
    "在网站底部的“关于我们”和“联系我们”页面，也应当写明客服电话。\n",
    # Traditional, with a tag list and a related-news header (feeds are another filter's job)
    "颱風過後 農民搶收香蕉\n"
    "〔記者王小明／屏東報導〕颱風昨天掠過南台灣，屏東縣多處蕉園受損，農民今天一早就下田搶收。\n"
    "農業局表示，將盡快完成災損勘查，協助受災農民申請救助。\n"
    "颱風\n香蕉\n屏東\n"
    "相關新聞\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_articles_pass_unchanged(text):
    assert not is_whole_page(text)
    doc = run_body(text)
    assert doc.text == text and doc.edits == []


def test_one_kind_of_chrome_is_not_a_page():
    """A single menu run after an article (a hot-list footer) is not enough evidence."""
    text = (
        "工厂的新生产线今年投产后，年产能将提高三成，并带动上下游配套企业落户。\n" * 5
        + "时尚\n数码\n本地\n手机\n公开课\n汽车\n"
    )
    assert run_body(text).edits == []


# -- the page title -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,head",
    [
        ("英伟达回归遇阻,谁能替代H20?_新浪科技_新浪网", "英伟达回归遇阻,谁能替代H20?"),
        ("国产大飞机完成首次高原试飞|航空|试飞_网易科技", "国产大飞机完成首次高原试飞"),
        ("我国新能源汽车保有量突破两千万辆--经济·科技--人民网", "我国新能源汽车保有量突破两千万辆"),
        ("长江流域进入主汛期 各地加强防汛值守-新华网", "长江流域进入主汛期 各地加强防汛值守"),
        ("夏季腸胃炎病例增加 醫師提醒注意飲食衛生 - 生活 - 自由時報電子報", "夏季腸胃炎病例增加 醫師提醒注意飲食衛生"),
        ("北市公車電子票價上路 | 聯合新聞網", "北市公車電子票價上路"),
        ("港鐵新車站下月啟用｜香港01｜港聞", "港鐵新車站下月啟用"),
    ],
)
def test_site_suffix_is_stripped(line, head):
    assert _site_title(line) == head


@pytest.mark.parametrize(
    "line",
    ["COVID-19疫苗接种进展顺利", "多地小麦进入收获期 农机跨区作业忙", "新浪_", "7-11门店"],
)
def test_no_suffix_no_title(line):
    assert _site_title(line) is None


# -- property: any article wrapped in any chrome comes out as that article ---------------

MENU_WORDS = (
    "首页 新闻 国内 国际 体育 财经 娱乐 科技 汽车 房产 教育 健康 旅游 时尚 军事 视频 图片 专题 "
    "評論 即時 要聞 生活 社會 地方 兩岸 產經 股市 港聞 經濟 副刊 娛樂 運動"
).split()
FOOTER_LINES = [
    "关于我们 | 联系我们 | 广告服务 | 网站地图 | 隐私政策",
    "關於我們 | 聯絡我們 | 隱私權政策 | 服務條款",
    "Copyright © 2003-2024 All Rights Reserved",
    "版权所有 未经授权禁止转载",
    "违法和不良信息举报电话：12377",
    "網站導覽",
    "商务合作",
]
COMMENTS = [
    "说得太好了，支持国产！",
    "这个政策早就该出台了，希望尽快落实。",
    "看完以後覺得很有感觸，謝謝記者的報導。",
    "我们小区也遇到同样的问题，物业一直不管。",
]
HEADLINES = [
    "多地发布高温预警 这些地方要注意防暑",
    "央行宣布下调存款准备金率",
    "三伏天来了，这些养生误区你中了几个？",
    "颱風最新路徑出爐 週末影響最大",
    "港股收市升三百點 科技股造好",
]


def _ids(rng: random.Random) -> str:
    return str(rng.randrange(10**5, 10**7))


def chrome_block(kind: str, rng: random.Random) -> list[str]:
    if kind == "menu":
        words = rng.sample(MENU_WORDS, rng.randint(5, 16))
        if rng.random() < 0.5:
            return words
        sep = rng.choice([" ", " | ", "  ", "｜"])
        half = len(words) // 2
        if half < 4:
            return [sep.join(words)]
        return [sep.join(words[:half]), sep.join(words[half:])]
    if kind == "account":
        return rng.choice([["登录", "注册"], ["登录 | 注册"], ["會員登入", "訂閱"], ["登入"]])
    if kind == "search":
        return [rng.choice(["搜索", "搜尋", "热门搜索"])]
    if kind == "share":
        return rng.choice([["分享到：", "微信 微博 QQ空间"], ["分享至"], ["字号 大 中 小"], ["打印", "关闭窗口"]])
    if kind == "footer":
        out = rng.sample(FOOTER_LINES, rng.randint(1, 4))
        if rng.random() < 0.6:
            out.append(f"京ICP备{_ids(rng)}号")
        if rng.random() < 0.4:
            out.append(f"京公网安备 {_ids(rng)}{_ids(rng)}号")
        return out
    if kind == "comments":
        out = [rng.choice(["网友评论", "發表評論", "热门评论", "最新评论"])]
        for c in rng.sample(COMMENTS, rng.randint(1, 4)):
            when = f"2024-05-0{rng.randint(1, 9)} 1{rng.randint(0, 9)}:2{rng.randint(0, 9)}"
            out += [f"网友{_ids(rng)} {when}", c]
        return out
    if kind == "feed":
        out = [rng.choice(["相关阅读", "热点推荐", "24小时热榜", "延伸閱讀"])]
        for h in rng.sample(HEADLINES, rng.randint(2, 5)):
            out.append(h)
            if rng.random() < 0.5:
                day = f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                out.append(f"{day} 08:0{rng.randint(1, 9)}")
        return out
    if kind == "pager":
        return [f"上一篇：{rng.choice(HEADLINES)}", f"下一篇：{rng.choice(HEADLINES)}"]
    raise AssertionError(kind)


def article_paragraphs(name: str) -> tuple[str, list[str]]:
    """A fixture's headline and its prose (the lines from its first full sentence on)."""
    lines = body_lines(name)
    first = next(i for i, line in enumerate(lines) if len(line) >= 30 and line.endswith("。"))
    return lines[0], lines[first:]


@st.composite
def wrapped_article(draw):
    name = draw(st.sampled_from(NAMES))
    headline, paras = article_paragraphs(name)
    # an article starts and ends with a full sentence; what lies between is free
    full = [i for i, p in enumerate(paras) if p.rstrip("”」").endswith("。") and len(p) >= 20]
    start = draw(st.sampled_from(full[:-2]))
    end = draw(st.sampled_from([i for i in full if i >= start + 2]))
    paras = paras[start : end + 1]
    rng = random.Random(draw(st.integers(0, 2**32)))
    before_kinds = ["menu"] + draw(
        st.lists(st.sampled_from(["menu", "account", "search", "share", "feed"]), max_size=4)
    )
    after_kinds = ["footer"] + draw(
        st.lists(
            st.sampled_from(["menu", "share", "comments", "feed", "pager", "footer"]), max_size=5
        )
    )
    rng.shuffle(before_kinds)
    rng.shuffle(after_kinds)
    with_title = draw(st.booleans())
    with_byline = draw(st.booleans())
    head = [headline, "2024-06-01 10:00 来源：本报"] if with_byline else []
    suffix = rng.choice(["_新浪网", " - 新闻 - 人民网", " | 聯合新聞網", "｜香港01"])
    top = [headline + suffix] if with_title else []
    for kind in before_kinds:
        top += chrome_block(kind, rng)
    bottom: list[str] = []
    for kind in after_kinds:
        bottom += chrome_block(kind, rng)
    gap = draw(st.sampled_from(["\n", "\n\n"]))
    text = gap.join(top + head + paras + bottom) + "\n"
    return text, head + paras, headline if with_title else None


@settings(max_examples=120, deadline=None)
@given(wrapped_article())
def test_wrapped_article_comes_out_as_that_article(case):
    text, want, title = case
    doc = run_body(text)
    assert kept_lines(doc) == want
    assert titles(doc) == ([title] if title else [])
    before = doc.text
    Body()(doc)
    assert doc.text == before


# -- with the whole default pipeline --------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_default_pipeline_keeps_article_drops_chrome(name):
    page = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    articles = Pipeline.default().clean(page)
    out = [p for a in articles for p in a.paragraphs]
    _, prose = article_paragraphs(name)
    for para in prose:
        assert para in out
    body = set(body_lines(name)) | set(EXPECTED[name].get("left_for_other_filters", []))
    chrome = [x.strip() for x in page.splitlines() if x.strip() and x.strip() not in body]
    assert not [line for line in chrome if line in out]


# -- several pages in one dump ----------------------------------------------------------


def _page(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


def test_two_pages_in_one_dump_keep_both_articles():
    doc = run_body(_page("sina_news") + _page("ltn_health"))
    got = kept_lines(doc)
    assert got[: len(body_lines("sina_news"))] == body_lines("sina_news")
    assert all(line in got for line in article_paragraphs("ltn_health")[1])


def test_each_marked_article_gets_its_page_title():
    first, second = _page("qq_sports"), _page("udn_local")
    doc = Document(first + second)
    doc.apply([Change(len(first), len(first), "", "separator", split=True)], "separators")
    Body()(doc)
    assert titles(doc) == [EXPECTED["qq_sports"]["title"], EXPECTED["udn_local"]["title"]]
    assert kept_lines(doc) == body_lines("qq_sports") + body_lines("udn_local")


def test_comment_counter_above_the_article_does_not_hide_it():
    byline = "2024年06月03日 07:41 新京报\n"
    page = _page("sina_news").replace(byline, byline + "已有1286人参与\n", 1)
    doc = run_body(page)
    assert kept_lines(doc) == body_lines("sina_news")


ALL_PROSE = [p for name in NAMES for p in article_paragraphs(name)[1]]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(ALL_PROSE), min_size=1, max_size=12),
    st.lists(st.sampled_from(MENU_WORDS), max_size=10),
    st.booleans(),
)
def test_prose_with_one_kind_of_chrome_is_untouched(paras, menu, menu_first):
    """Prose, even next to a menu run, is no whole page: the filter does nothing."""
    parts = [*menu, *paras] if menu_first else [*paras, *menu]
    text = "\n".join(parts) + "\n"
    doc = run_body(text)
    assert doc.text == text and doc.edits == [] and doc.notes == []


# -- the cheap checks agree with the full ones ------------------------------------------

_CHROME_LINES = [
    "首页 新闻 体育 财经 娱乐 科技", "Copyright © 2023 example.com", "登录 | 注册", "登入 | 註冊",
    "上一篇：市场回暖", "下一則：颱風來襲", "评论(23)", "已有 12 人参与", "網友評論", "京ICP备12345678号",
    "关于我们 | 联系我们 | 网站地图", "關於我們 | 聯絡我們", "新闻 | 体育 | 财经 | 汽车", "12万",
    "某地新闻 - 新浪网", "颱風登陸_自由時報", "责任编辑：张三", "来源：新华社 2023-01-02 12:30",
    "分享到：", "注册资本达到一百万元的公司今天完成工商注册，并在本市开设了第一家门店。", "使用条款",
]
_PROSE_LINES = [
    "今年以来，全市经济运行总体平稳，主要指标好于预期。",
    "他表示，这项政策将在下个月正式实施，市民可以通过网站查询。",
    "台北市政府今天宣布，將擴大補助範圍，受惠家庭預計超過十萬戶。",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CHROME_LINES + _PROSE_LINES), min_size=1, max_size=30))
def test_cheap_page_check_never_misses_a_page(picked):
    from cleanseeds.filters.body import _is_page, _may_be_page, _rows

    text = "\n".join(picked)
    if _is_page(_rows(text)):
        assert _may_be_page(text)


@given(st.text(alphabet=",.;:!?。，“”…a1²①中文 \t\u3000\xa0\x1c\u2028٣", max_size=12))
def test_punctuation_count_matches_the_per_character_rule(text):
    from cleanseeds.filters.body import _count_punct

    def slow(t: str) -> int:
        p = 0
        for i, ch in enumerate(t):
            if ch in "。，；：“”‘’！？、…「」『』":
                p += 1
            elif ch in ",.;:!?":
                nxt = t[i + 1] if i < len(t) - 1 else " "
                prev = t[i - 1] if i else " "
                han = "\u4e00" <= nxt <= "\u9fff"
                if nxt.isspace() or han or ("\u4e00" <= prev <= "\u9fff" and not nxt.isdigit()):
                    p += 1
        return p

    assert _count_punct(text) == slow(text)


def test_a_line_of_only_closing_marks_is_read_without_error():
    """``」」」…`` with sentence punctuation inside counts as punctuated, and has no tail."""
    from cleanseeds.filters.body import _row
    from cleanseeds.lines import lines

    for text in ("」" * 26, "”" * 29):
        (line,) = lines(text)
        assert _row(line).text == text


# -- the head above the body: headline, byline, date, source ----------------------------

#: whole pages whose head takes shapes real portals print: a 来源/作者 line that reads as
#: prose for its colons, a bare reporter's name, a headline split by ｜ closing a menu, a
#: share bar or view counter between head and body, a teaser headline, a wire credit
#: opening the first paragraph; and pages with a headline list above the body (no head)
HEADS = Path(__file__).parent / "data" / "page_heads"
HEAD_EXPECTED = json.loads((HEADS / "expected.json").read_text(encoding="utf-8"))


def _prose(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip().endswith("。") and len(x.strip()) >= 20]


@pytest.mark.parametrize("name", sorted(HEAD_EXPECTED))
def test_head_above_the_body_is_kept_and_menus_cut(name):
    page = (HEADS / f"{name}.txt").read_text(encoding="utf-8")
    want = HEAD_EXPECTED[name]
    assert is_whole_page(page)
    doc = run_body(page)
    left = want.get("left_for_other_filters", [])
    got = kept_lines(doc)
    assert [line for line in got if line not in left] == want["head"] + _prose(page)
    assert all(line in got for line in left)
    assert titles(doc) == ([want["title"]] if want["title"] else [])
    before = doc.text
    Body()(doc)
    assert doc.text == before


@pytest.mark.parametrize("name", ["gov_portal", "sohu_lines", "mingpao_split"])
def test_metadata_reads_the_kept_head(name):
    page = (HEADS / f"{name}.txt").read_text(encoding="utf-8")
    (article,) = Pipeline.default().clean(page)
    headline = HEAD_EXPECTED[name]["head"][0]
    assert article.title == headline
    assert article.published is not None
    assert headline not in article.text


def test_a_page_is_told_by_the_raw_dump_when_the_junk_filters_cut_its_signs():
    """chrome, feeds and notices run first and cut the menus and footers that show a
    page; body still reads it as one, and cuts the site name and the leftovers."""
    page = (HEADS / "xinhua_wire.txt").read_text(encoding="utf-8")
    (article,) = Pipeline.default().clean(page)
    assert article.title == HEAD_EXPECTED["xinhua_wire"]["head"][0]
    assert "新华网" not in article.paragraphs
    assert "【纠错】" not in article.paragraphs
    assert _prose(page)[0] in article.paragraphs


def test_footer_links_on_the_first_line_are_no_page_title():
    """``网站首页 | 网站地图 | 无障碍浏览`` has the shape of ``headline | site``."""
    doc = run_body((HEADS / "gov_portal.txt").read_text(encoding="utf-8"))
    assert titles(doc) == []
    assert "网站首页 | 网站地图 | 无障碍浏览" not in kept_lines(doc)


@pytest.mark.parametrize(
    "lead",
    [
        "〔記者林小華／台北報導〕中颱即將接近台灣，消防署提醒民眾提早準備。",
        "（中央社記者王小明台北12日電）行政院今天通過修正草案。",
        "新华社广州5月12日电（记者 陈晨）我国首座深远海漂浮式风电平台并网发电。",
        "本报讯（记者 李明）今年以来，全市新增就业岗位三万个。",
        "【明報專訊】政府昨日公布新一輪資助計劃。",
        "中新网5月12日电 据国家气象局消息，今年汛期降雨偏多。",
        "记者从市教育局获悉，今年秋季学期将新增学位五千个。",
    ],
)
def test_a_credit_opening_the_first_paragraph(lead):
    from cleanseeds.filters.body import _LEAD_CREDIT

    assert _LEAD_CREDIT.match(lead)


@pytest.mark.parametrize(
    "prose",
    [
        "新华社区居民活动中心今天正式开放，周边老人有了休闲去处。",
        "今年以来，全市经济运行总体平稳，主要指标好于预期。",
        "（一）加强组织领导，压实工作责任。",
        "【摘要】本文分析了新能源汽车产业的发展路径。",
        "台北市政府今天宣布，將擴大補助範圍，受惠家庭預計超過十萬戶。",
    ],
)
def test_ordinary_first_paragraphs_carry_no_credit(prose):
    from cleanseeds.filters.body import _LEAD_CREDIT

    assert _LEAD_CREDIT.match(prose) is None


CLEAN_WITH_HEADS = [
    "颱風來了怎麼辦？\n記者林小華／台北報導\n2024/07/22 10:15\n"
    "中颱即將接近台灣，消防署提醒民眾提早準備防災包，並檢查住家門窗與排水設施。\n"
    "Facebook\nLINE\n",
    "春耕时节 无人机飞进田间地头\n来源：农民日报\n作者：李红梅\n阅读 (1286)\n"
    "眼下正值春耕备耕关键期，几架植保无人机正在麦田上空来回穿梭，均匀地喷洒药剂。\n",
]


CLEAN_WITH_CREDITS = [
    "長照十年：家庭照顧者的漫長夜班\n文字 林怡君 攝影 陳建宏 責任編輯 黃子晴\n2024/6/3\n分享\n"
    "晚上十一點，五十二歲的秀梅替母親翻完身，才終於坐下來吃一碗已經涼掉的麵。\n",
    "云南大理洱海流域发现成群紫水鸡\n2024年06月05日 14:20　来源：中国日报网\n参与互动\n"
    "近日，当地观鸟爱好者在洱海北部湿地拍摄到二十余只紫水鸡，这是近年来的最大种群。\n（记者 杨静）\n",
]


@pytest.mark.parametrize("text", CLEAN_WITH_HEADS + CLEAN_WITH_CREDITS)
def test_articles_with_a_head_but_no_page_pass_unchanged(text):
    assert not is_whole_page(text)
    doc = run_body(text)
    assert doc.text == text and doc.edits == []


@pytest.mark.parametrize(
    "label,body",
    [
        ("國際 即時新聞", "〔記者陳美玲／高雄報導〕高雄市今年首度舉辦夜間市集節，連續三個週末在港區倉庫群登場。"),
        ("本站快讯：", "新华社北京5月12日电（记者 陈晨）全国春播粮食已完成六成以上，进度快于去年同期。"),
    ],
)
def test_a_section_label_above_a_credited_body_is_no_headline(label, body):
    page = (
        "首页 | 新闻 | 体育 | 财经 | 娱乐 | 科技 | 汽车\n"
        f"{label}\n{body}\n{body[:12]}的消息显示，各地相关工作正在有序推进，预计月底前全部完成。\n"
        "关于我们 | 联系我们 | 网站地图\n京ICP备12345678号\n"
    )
    kept = kept_lines(run_body(page))
    assert label not in kept and body in kept


# -- heads the body step used to cut: credit lines, widgets, site lines, link rows -----


@pytest.mark.parametrize(
    "name",
    [
        "credit_outlet_cn", "credit_roles_tw", "widget_under_date_cn", "widget_under_date_tw",
        "site_line_above_cn", "site_line_above_tw",
    ],
)
def test_metadata_reads_a_head_kept_past_widgets_and_credits(name):
    page = (HEADS / f"{name}.txt").read_text(encoding="utf-8")
    (article,) = Pipeline.default().clean(page)
    headline = HEAD_EXPECTED[name]["head"][0]
    assert article.title == headline
    assert article.published is not None
    assert headline not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "澎湃新闻记者 王歆悦 李佳蔚",
        "上游新闻记者 周婷 实习生 马一鸣",
        "本报记者 张伟",
        "文字 張子午 攝影 余志偉 設計 黃禹禛 責任編輯 蘇思云",
        "撰文：林怡君　攝影：陳建宏",
        "記者 王小明｜攝影 李大華",
        "作者 Jing Lin",
    ],
)
def test_credit_lines(line):
    from cleanseeds.filters.body import _credit_row, _row
    from cleanseeds.lines import lines

    (ln,) = lines(line)
    assert _credit_row(_row(ln))


@pytest.mark.parametrize(
    "line",
    [
        "多名记者在加沙遇难",
        "记者节：致敬坚守一线的新闻人",
        "記者會 今天下午舉行",
        "台北市長 柯文哲 今視察",
        "责任编辑：王芳",
        "文字 張子午 攝影",
        "记者 探访城中村改造现场",
        "記者從市府獲悉，新制將於下月上路。",
    ],
)
def test_headlines_and_editor_lines_are_no_credit_lines(line):
    """A headline naming reporters, a lone editor line (it closes a body) and a sentence."""
    from cleanseeds.filters.body import _credit_row, _row
    from cleanseeds.lines import lines

    (ln,) = lines(line)
    assert not _credit_row(_row(ln))


#: the signs of a page split between the filters: the footer is cut before the body
#: step runs, the login link is still there (neither alone shows a page)
SPLIT_EVIDENCE = [
    (
        "搜狐首页\n登录\n暴雨过后 长沙橘子洲景区有序恢复开放\n2024-06-20 16:32 发布于湖南\n关注\n"
        "记者从长沙市文旅部门获悉，受连日强降雨影响暂时关闭的橘子洲景区，今天上午起有序恢复开放。\n"
        "景区工作人员介绍，闭园期间已完成步道清淤和设施安全检查，部分低洼区域仍暂不开放。\n"
        "景区提醒游客提前通过官方渠道预约，并留意天气变化，注意出行安全。\n"
        "Copyright © 2024 Sohu.com Inc. All Rights Reserved.\n",
        ["搜狐首页", "登录", "关注"],
    ),
    (
        "Yahoo奇摩新聞\n登入\n梅雨鋒面南移 中南部嚴防豪雨\n2024年6月20日 週四 下午4:32\n追蹤\n"
        "中央氣象署表示，梅雨鋒面今天逐漸南移，中南部地區今明兩天有局部大雨或豪雨發生的機率。\n"
        "氣象署提醒，山區民眾應留意坍方、落石及溪水暴漲，非必要避免進入山區。\n"
        "預估鋒面週末減弱，各地轉為多雲到晴的天氣，但午後仍可能有雷陣雨。\n"
        "© 2024 Yahoo Taiwan All Rights Reserved.\n",
        ["Yahoo奇摩新聞", "登入", "追蹤"],
    ),
]


@pytest.mark.parametrize("page,chrome", SPLIT_EVIDENCE)
def test_a_page_is_told_by_its_cut_lines_and_its_text_together(page, chrome):
    (article,) = Pipeline.default().clean(page)
    assert not [line for line in chrome if line in article.paragraphs]
    assert all(p in article.paragraphs for p in _prose(page))
    headline = page.split("\n")[2]
    assert article.title == headline or article.paragraphs[0] == headline





@pytest.mark.parametrize("line", ["记者 张三、李四", "撰文:林怡君 攝影:陳建宏"])
def test_credit_lines_with_list_marks_and_ascii_colons(line):
    from cleanseeds.filters.body import _credit_row, _row
    from cleanseeds.lines import lines

    (ln,) = lines(line)
    assert _credit_row(_row(ln))


def test_a_page_title_naming_only_the_site_is_no_title_but_a_shortened_headline_is():
    """``法廣 RFI - 法國國際廣播電台`` over another headline names the site; a ``<title>``
    that shortens the headline above the body is still the article's."""
    page = (HEADS / "standfirst_tw.txt").read_text(encoding="utf-8")
    assert titles(run_body(page)) == []
    first, rest = page.split("\n", 1)
    page = "歐洲議會選舉結果出爐 - 法廣 RFI\n" + rest
    assert titles(run_body(page)) == ["歐洲議會選舉結果出爐"]


# -- one unfamiliar line in the head; a caption between paragraphs ---------------------


def _one_row(text: str):
    from cleanseeds.filters.body import _row
    from cleanseeds.lines import lines

    (line,) = lines(text)
    return _row(line)


@pytest.mark.parametrize(
    "text",
    [
        "字級設定：小 中 大 特",
        "字體大小：小 中 大 特大",
        "字号：大 中 小",
        "文字大小",
        "分享到：微信 微博",
    ],
)
def test_font_size_switches_are_passed_over_under_the_head(text):
    from cleanseeds.filters.body import _aside_row

    assert _aside_row(_one_row(text))


@pytest.mark.parametrize(
    "text",
    [
        "天下雜誌798期",
        "商業周刊 1900期",
        "遠見雜誌 第453期",
        "点赞 35",
        "新闻提供方：深圳极光智能科技有限公司",
        "發文機關：國務院辦公廳",
        "主题分类：国民经济管理、国有资产监管",
        "中英雙語",
        "English",
    ],
)
def test_issue_counter_and_info_lines_are_widgets(text):
    from cleanseeds.filters.body import _widget_row

    assert _widget_row(_one_row(text))


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人：中方坚决反对",  # a headline quoting a role
        "俄外长拉夫罗夫：愿加强多边协调",  # quoting a name
        "國家統計局：4月CPI同比上漲0.3%",
        "台積電：今年營收成長兩成",
        "2024年5月17日",
        "颱風凱米逼近 全台停班停課",
    ],
)
def test_headlines_and_dates_are_no_widgets(text):
    from cleanseeds.filters.body import _widget_row

    assert not _widget_row(_one_row(text))


@pytest.mark.parametrize("text", ["KEITH BRADSHER", "AMY CHANG CHIEN", "LI YUAN"])
def test_latin_capitals_byline_is_a_name_under_the_headline(text):
    from cleanseeds.filters.body import _caps_name_row

    assert _caps_name_row(_one_row(text))


@pytest.mark.parametrize("text", ["Google News", "NBA", "Keith Bradsher是《紐約時報》北京分社社長。"])
def test_other_latin_lines_are_no_caps_byline(text):
    from cleanseeds.filters.body import _caps_name_row

    assert not _caps_name_row(_one_row(text))


_LEAD = "歐盟委員會週三（6月12日）宣布，將對從中國進口的電動汽車徵收最高38.1%的臨時反補貼稅，北京表示堅決反對。"
_REST = [
    "根據歐盟公布的初步調查結果，比亞迪將被加徵17.4%、吉利20%、上汽集團38.1%的關稅，措施預計於7月4日起實施。",
    "德國汽車工業協會批評，這一做法可能引發貿易戰，最終損害歐洲車企的利益，呼籲雙方通過談判解決分歧。",
]


@pytest.mark.parametrize(
    "caption",
    [
        "資料圖片：停放在港口等待出口的中國電動車 © 路透社",
        "资料图片：停放在港口等待出口的中国电动车 © 法新社",
        "© Reuters",
        "圖為比亞迪的電動車 ©AFP",
    ],
)
def test_a_photo_credit_does_not_wall_the_lead_off_the_body(caption):
    page = "\n".join(
        [
            "法國國際廣播電台",
            "首頁 法國 中國 台灣 港澳 國際 經濟 科技 文化 專欄",
            "登入",
            "歐盟對中國電動車臨時反補貼稅 北京：堅決反對",
            "發表時間：2024-06-12 19:35",
            _LEAD,
            caption,
            *_REST,
            "相關新聞",
            "中法建交六十週年 馬克龍接待習近平",
            "© 2024 Copyright France Médias Monde. All rights reserved.",
        ]
    )
    doc = run_body(page)
    got = kept_lines(doc)
    assert _LEAD in got and all(p in got for p in _REST)
    assert caption not in got
    assert "相關新聞" not in got and not any("France Médias" in line for line in got)


@pytest.mark.parametrize(
    "footer",
    [
        "© 2024 法廣 版權所有",
        "Copyright © 新聞網 All rights reserved",
        "版权所有 © 滨江日报社",
    ],
)
def test_a_site_copyright_line_stays_a_footer(footer):
    from cleanseeds.filters.body import _rows

    rows = _rows("\n".join([_LEAD, footer, *_REST]))
    assert rows[1].kind == "footer"


_FLASH_CN = """首页 新闻 财经 股市 金融 科技 快讯 汽车
登录 | 注册
7×24小时快讯
2024-06-03 星期一
08:45
商务部：前4个月服务贸易保持增长
商务部数据显示，前4个月我国服务进出口总额同比增长百分之十二，其中知识密集型服务进出口增长较快。
08:30
多地出台稳楼市新政
近期多个城市相继调整住房公积金政策，提高贷款额度，降低首付比例，以支持居民合理住房需求。
08:12
国际油价小幅回落
受需求预期偏弱影响，国际油价周一早盘小幅回落，布伦特原油期货价格跌至每桶八十美元附近。
关于我们 | 联系我们 | 网站地图
京ICP备12345678号
"""

_EPAPER_TW = """首頁 | 要聞 | 港澳 | 兩岸 | 國際 | 財經 | 體育
登入 | 註冊
B03版 社會
上一版 下一版
捷運新線明年通車
沿線居民期待通勤時間縮短
【本報訊】捷運工程局表示，新線主體工程已完成九成，預計明年第三季通車，屆時沿線居民往返市中心的時間可縮短一半。
工程局指出，目前正進行機電系統測試，並將邀請專家進行安全評估。
圖書館延長開放時間
【本報訊】市立圖書館自下月起延長週末開放時間至晚間九時，以配合學生準備考試的需求。
公園新增親子遊樂設施
【本報訊】公園管理處在河濱公園新增一批親子遊樂設施，預計本月底開放，並將安排專人定時巡查。
上一篇 下一篇
版權所有 © 2024 本報
"""


@pytest.mark.parametrize(
    ("page", "head"),
    [
        (_FLASH_CN, ["08:45", "商务部：前4个月服务贸易保持增长"]),
        (_EPAPER_TW, ["捷運新線明年通車", "沿線居民期待通勤時間縮短"]),
    ],
)
def test_first_item_of_an_item_page_keeps_its_head(page, head):
    doc = run_body(page)
    got = kept_lines(doc)
    assert got[: len(head)] == head
    assert not any(x in got for x in ("7×24小时快讯", "2024-06-03 星期一", "B03版 社會", "上一版 下一版"))
    before = doc.text
    Body()(doc)
    assert doc.text == before


def test_article_with_subheadings_keeps_no_list_line_above():
    page = (
        "首页 新闻 体育 财经 娱乐 科技 汽车 房产 教育 健康\n登录 | 注册\n热点推荐\n"
        "多地发布高温预警 这些地方要注意防暑\n央行宣布下调存款准备金率\n"
        + "".join(
            f"第{k}部分小标题说明\n" + "工厂的新生产线今年投产后，年产能将提高三成，并带动上下游配套企业落户。\n" * 5
            for k in "一二"
        )
        + "关于我们 | 联系我们 | 网站地图\n京ICP备12345678号\n"
    )
    got = kept_lines(run_body(page))
    assert "央行宣布下调存款准备金率" not in got


# -- head blocks of forum, UGC and government pages -------------------------------------

_MENU = "首页 新闻 财经 科技 体育 娱乐 军事"
_MENU_TW = "首頁 新聞 財經 科技 體育 娛樂 國際"
_FOOT = "关于我们 | 联系我们 | 网站地图\n© 2024 版权所有"
_FOOT_TW = "關於我們 | 聯絡我們 | 網站導覽\n© 2024 版權所有"
_PROSE = (
    "市政府今天召开新闻发布会，通报近期防汛工作的进展情况，各部门已完成重点区域的排查。\n"
    "据介绍，全市共转移群众三千余人，没有发生人员伤亡，交通和供电基本恢复正常运行。\n"
    "下一步，有关部门将继续加强值守，密切关注雨情水情变化，及时发布预警信息。"
)
_PROSE_TW = (
    "市政府今天召開記者會，說明近期防汛工作的進展情形，各局處已完成重點區域的巡查。\n"
    "據了解，全市共撤離民眾三千餘人，沒有發生人員傷亡，交通與供電大致恢復正常運作。\n"
    "下一步，相關單位將持續加強值勤，密切關注雨情水情變化，即時發布警戒資訊。"
)


@pytest.mark.parametrize(
    "head",
    [
        # a forum post: the author's time line over the title, a stock tag under it
        ["05-17 21:45 · 来自Android", "修改于05-18 08:12", "聊聊长江电力的分红逻辑", "$长江电力(SH600900)$"],
        # a government notice: info rows over the headline (ROC date)
        ["發布日期：113年05月17日", "發稿單位：刑事廳", "連絡人：黃科長 電話：(02)2361-8577", "國民法官法施行第二年 全國共審結87件案件"],
        ["发布时间：2024-05-17 09:30", "发布机构：市应急管理局", "关于做好近期强降雨防范工作的通知"],
    ],
)
def test_head_block_over_the_headline_is_kept(head):
    tw = any(c in "發國單" for c in "".join(head))
    page = "\n".join([_MENU_TW if tw else _MENU, *head, _PROSE_TW if tw else _PROSE, _FOOT_TW if tw else _FOOT])
    got = kept_lines(run_body(page))
    want = [h for h in head if not h.startswith("$")]
    assert all(h in got for h in want)
    assert (_MENU_TW if tw else _MENU) not in got


def test_dated_headline_list_above_the_body_is_no_head_block():
    # the last item of a dated list of links is no headline of the body
    page = "\n".join(
        [_MENU, "全市部署下一阶段防汛工作", "2024-05-16 10:00", "关于做好近期强降雨防范工作的通知", _PROSE, _FOOT]
    )
    got = kept_lines(run_body(page))
    assert "全市部署下一阶段防汛工作" not in got
    assert "2024-05-16 10:00" not in got


@pytest.mark.parametrize(
    "lead,items",
    [
        (
            "中央气象台5月17日06时继续发布暴雨黄色预警：",
            ["防御指南：", "1. 政府及相关部门按照职责做好防暴雨工作；", "2. 切断有危险的室外电源，暂停户外作业；",
             "3. 检查城市、农田、鱼塘排水系统，做好排涝准备。"],
        ),
        (
            "中央氣象署5月17日發布豪雨特報，提醒民眾注意：",
            ["防範措施：", "（一）避免前往山區及河川等危險區域；", "（二）注意強陣風及雷擊，暫停戶外活動；",
             "（三）低窪地區民眾應預作防範。"],
        ),
    ],
)
def test_colon_lead_and_numbered_list_stay_in_the_body(lead, items):
    tw = "氣" in lead
    prose = _PROSE_TW if tw else _PROSE
    page = "\n".join([_MENU_TW if tw else _MENU, lead, *prose.split("\n")[:1], *items, _FOOT_TW if tw else _FOOT])
    got = kept_lines(run_body(page))
    assert lead in got
    assert all(i in got for i in items)


def test_label_lines_with_a_colon_stay_chrome():
    page = "\n".join([_MENU, "分享到：", "相关新闻：", _PROSE, _FOOT])
    got = kept_lines(run_body(page))
    assert "分享到：" not in got and "相关新闻：" not in got


# -- pages cut before their footer: a menu one link a line, then a dated head ----------

NAV_HEAD_PAGES = {
    "nav_head_cn": (
        "新闻网\n首页\n时事\n评论\n文化\n经济\n"
        "一季度全市经济开局平稳 服务业贡献率超八成\n"
        "新闻网 记者 王明\n"
        "2024-04-19 10:35\n"
        "4月19日，市统计局发布数据，一季度全市地区生产总值同比增长5.1%，服务业贡献率超过八成。\n"
        "统计局新闻发言人表示，外部环境复杂性上升，经济持续回升向好仍需加力。\n",
        ["一季度全市经济开局平稳 服务业贡献率超八成", "新闻网 记者 王明", "2024-04-19 10:35"],
    ),
    "nav_head_tw": (
        "新聞台 News\n首頁\n焦點\n國際\n財經\n生活\n娛樂\n"
        "議會預算審查 工程款遭凍結三成\n"
        "2024年05月20日 14:20\n"
        "記者 陳大文／台北報導\n"
        "市議會今（20）日審查追加預算，議員針對工程款提出質疑，最終決議凍結三成預算。\n"
        "市府工務局回應，將配合議會要求補充說明，並尊重議會決議。\n",
        ["議會預算審查 工程款遭凍結三成", "2024年05月20日 14:20", "記者 陳大文／台北報導"],
    ),
}


@pytest.mark.parametrize("name", sorted(NAV_HEAD_PAGES))
def test_menu_over_a_dated_head_shows_a_page_without_footer(name):
    page, head = NAV_HEAD_PAGES[name]
    assert is_whole_page(page)
    prose = [line for line in page.splitlines() if line.endswith("。")]
    assert kept_lines(run_body(page)) == head + prose


@pytest.mark.parametrize(
    "text",
    [
        # a pre-extracted article with its head: no menu above it
        "一季度全市经济开局平稳\n2024-04-19 10:35\n4月19日，市统计局发布数据，同比增长5.1%。\n",
        # a list of short items opens the article, but no dated head follows it
        "北京\n上海\n广州\n深圳\n杭州\n五个城市今年一季度的房价均有上涨，涨幅在百分之一左右。\n",
        "臺北\n新北\n桃園\n臺中\n臺南\n高雄\n六都今年第一季的房價均有上漲，漲幅約在百分之一。\n",
        # short lines of a poem, then a date line in the prose
        "春眠\n不觉晓\n处处\n闻啼鸟\n这首诗写于2024年5月1日前后，作者回忆了童年的清晨。\n",
    ],
)
def test_short_lines_on_top_without_a_dated_head_are_no_page(text):
    assert not is_whole_page(text)
    assert run_body(text).text == text


# -- an outlet's or an account's name inside the head ---------------------------------

OUTLET_HEADS = {
    # the outlet between the headline and the date
    "outlet_under_headline_cn": (
        ["大模型价格战升级：主力模型降价99.8%", "科技媒体APP", "2024年5月15日 15:42"],
        [],
    ),
    # the outlet between the date and the byline
    "outlet_under_date_tw": (
        ["立委質詢爆衝突 議場一度暫停十分鐘", "2024/05/21 12:35", "新聞網", "記者 王怡婷 ／台北報導"],
        [],
    ),
    # the author's account and its follow button under the date and place
    "account_under_date_cn": (
        ["多地下调首套房贷利率下限 专家称仍有空间", "2024-05-20 09:12", "发布于：北京市", "财经观察员老周"],
        ["关注"],
    ),
}
OUTLET_BODY = (
    "5月17日，有关部门宣布调整相关政策，多个城市随即跟进，市场反应积极。\n"
    "業內人士表示，政策組合拳有助於降低成本，預計下半年成交量將逐步企穩。\n"
)
OUTLET_MENU = "首页\n新闻\n财经\n科技\n体育\n登录\n"
OUTLET_FOOT = "关于我们 | 联系我们\nCopyright © 2024 All Rights Reserved\n"


@pytest.mark.parametrize("name", sorted(OUTLET_HEADS))
def test_outlet_and_account_names_stay_in_the_head(name):
    head, buttons = OUTLET_HEADS[name]
    page = OUTLET_MENU + "\n".join(head + buttons) + "\n" + OUTLET_BODY + OUTLET_FOOT
    assert is_whole_page(page)
    assert kept_lines(run_body(page)) == head + OUTLET_BODY.splitlines()


def test_site_name_over_a_short_headline_stays_out_of_the_head():
    page = (
        OUTLET_MENU + "新华社客户端\n全国夏粮收购进度过半\n2024-07-02 10:15\n" + OUTLET_BODY + OUTLET_FOOT
    )
    assert kept_lines(run_body(page)) == ["全国夏粮收购进度过半", "2024-07-02 10:15"] + OUTLET_BODY.splitlines()


def test_entry_widgets_under_an_edit_button_stay_out_of_the_head():
    page = (
        OUTLET_MENU + "少林寺\n播报\n编辑\n锁定\n讨论\n上传视频\n"
        "嵩山少林寺位于河南省登封市嵩山五乳峰下，因坐落于少室山茂密丛林之中，故名少林寺。\n"
        "少林寺始建於北魏太和十九年，是孝文帝為安置印度高僧跋陀而建。\n" + OUTLET_FOOT
    )
    kept = kept_lines(run_body(page))
    assert "编辑" not in kept and "锁定" not in kept


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "上海今年将新增40个“15分钟社区生活圈” 打造家门口的幸福\n来源：解放日报    作者：王海燕    2024-05-16 06:32",
            "记者从市规划资源局获悉，今年本市将新建40个“15分钟社区生活圈”行动示范样板，重点补齐养老、托育、菜场等短板。\n"
            "据介绍，2023年全市已累计完成相关项目2200余个，覆盖常住人口超过1200万人，今年将更加注重“一老一小”需求。",
        ),
        (
            "台北捷運環狀線北段動工 預計2030年通車\n來源：聯合報  作者：林佳慧  2024/05/16 10:20",
            "台北市捷運工程局今日宣布，環狀線北段工程正式動工，全長約十五公里，共設十四座車站，預計二〇三〇年完工通車。\n"
            "捷運局表示，北段完工後將串連士林、北投與內湖地區，可望大幅紓解沿線交通壅塞，並帶動周邊都市更新發展。",
        ),
    ],
)
def test_one_line_info_row_keeps_the_head_above_it(head: str, body: str) -> None:
    """A single colon info row (来源/作者/date) under the headline is no teaser: both stay."""
    page = f"新闻网\n首页\n要闻\n财经\n文化\n登录\n{head}\n字号\n{body}\n分享到\n微信\n© 2024 新闻网 版权所有\n"
    kept = kept_lines(run_body(page))
    for line in head.splitlines():
        assert line in kept
    assert "首页" not in kept


@pytest.mark.parametrize(
    "text",
    [
        "来源：新华社",  # no date
        "时间：下午三点半，地点：市民中心！",
        "2024年5月16日，这一天他终于等到了录取通知书，心情久久不能平静。",
    ],
)
def test_colon_info_row_needs_a_date_and_colons_only(text: str) -> None:
    from cleanseeds.filters.body import _colon_info_row

    assert not _colon_info_row(text)


# -- a date inside a headline ---------------------------------------------------------

_GAME_PAGE = """{site}
{nav}
{section}
{head}
PC PS5 XboxSX
{byline} 2024-05-17 10:02:31
{p1}
{p2}
{p3}
{related}
{teaser}
{share}
{site} © 2024 All Rights Reserved.
"""

_GAME_SCRIPTS = [
    dict(
        site="巴哈姆特電玩資訊站",
        nav="首頁 新聞 哈啦區 動畫瘋 商城 創作大廳",
        section="GNN 新聞",
        head="《魔物獵人 荒野》公開新預告 確認 2025 年 2 月 28 日發售",
        byline="（GNN 記者 Jerry 報導）",
        p1="Capcom 今（17）日公開最新預告影片，並宣布遊戲將於 2025 年 2 月 28 日在各平台同步發售。",
        p2="本作舞台為名為「禁足地」的廣大區域，環境與天候會隨時間劇烈變化，玩家可騎乘新坐騎移動。",
        p3="製作人表示，開發團隊希望讓玩家體驗全新的狩獵，並將於今夏的遊戲展公開更多情報。",
        related="相關新聞",
        teaser="《魔物獵人 崛起》全球銷量突破 1500 萬套",
        share="分享",
    ),
    dict(
        site="游民星空",
        nav="首页 新闻 攻略 评测 视频 论坛",
        section="游戏新闻",
        head="《黑神话：悟空》新预告公布 确认2024年8月20日发售",
        byline="（记者 小林 报道）",
        p1="游戏科学今日公布了最新预告片，并宣布游戏将于2024年8月20日在各平台同步发售。",
        p2="本作以《西游记》为背景，玩家将扮演“天命人”，踏上充满危险与惊奇的西游之路。",
        p3="制作人表示，团队希望让玩家体验全新的动作玩法，并将在展会上公开更多内容。",
        related="相关新闻",
        teaser="《黑神话：悟空》全球销量突破 1000 万套",
        share="分享",
    ),
]


@pytest.mark.parametrize("parts", _GAME_SCRIPTS, ids=["hant", "hans"])
def test_dated_headline_is_the_head_over_a_platform_row(parts):
    doc = run_body(_GAME_PAGE.format(**parts))
    got = kept_lines(doc)
    assert got[0] == parts["head"]
    assert "PC PS5 XboxSX" not in got


@pytest.mark.parametrize(
    "line",
    [
        "2024年5月17日 星期五",
        "2024年05月17日发布",
        "人民日报 2024年5月17日 来源：人民网",
        "中央社記者王小明台北2024年5月17日電",
        "更新時間 2024-05-17 10:02",
        "2024年5月17日（星期五）",
    ],
)
def test_date_lines_stay_date_lines(line):
    from cleanseeds.filters.body import _rows

    assert _rows(line + "\n")[0].meta


@pytest.mark.parametrize(
    "line",
    [
        "《魔物獵人 荒野》公開新預告 確認 2025 年 2 月 28 日發售",
        "国务院关于调整假期安排的通知 自2025年1月1日起施行",
    ],
)
def test_date_inside_a_headline_is_no_date_line(line):
    from cleanseeds.filters.body import _rows

    assert not _rows(line + "\n")[0].meta


# -- the last section of a numbered post ---------------------------------------------

_NUMBERED_NAV = "首頁\n看板\n熱門\n精華區\n搜尋\n登入\n"
_NUMBERED_BODY = (
    "1.原文連結：https://news.example.com/story/123\n"
    "2.原文內容：\n"
    "台積電今日公布4月營收為新台幣2360億元，月增20.9%，年增59.6%，創歷年同期新高。\n"
    "法人指出，AI伺服器需求強勁，先進製程產能滿載，第二季營收有望優於公司財測高標。\n"
)


def test_numbered_post_keeps_its_last_section():
    """``3.心得：`` goes on with the body's numbering: it and the short comment under it
    are the post's last section, not low-density chrome (both scripts)."""
    text = _NUMBERED_NAV + _NUMBERED_BODY + "3.心得/評論：\nAI真的噴，護國神山不是叫假的\n關於我們 聯絡資訊\n© 2024 Example BBS\n"
    kept = kept_lines(run_body(text))
    assert kept[-2:] == ["3.心得/評論：", "AI真的噴，護國神山不是叫假的"]
    simplified = (
        "首页\n话题\n热门\n精华\n搜索\n登录\n"
        "一、事件经过：\n"
        "5月10日上午，某小区一辆电动自行车在楼道内充电时起火，物业人员及时扑灭，未造成人员伤亡。\n"
        "消防部门提醒，电动自行车严禁在楼道、楼梯间等公共区域停放和充电，违者将依法处罚。\n"
        "二、个人看法：\n希望大家都注意，别图省事\n"
        "版权所有 © 2024 某论坛\n"
    )
    kept = kept_lines(run_body(simplified))
    assert kept[0] == "一、事件经过："
    assert kept[-2:] == ["二、个人看法：", "希望大家都注意，别图省事"]


def test_numbered_tail_stops_at_chrome_and_needs_the_numbering():
    """The tail stops at the first chrome row; a numbered line that does not go on with
    the body's numbering (a feed starting at 1) stays cut, and so do bare link labels."""
    text = _NUMBERED_NAV + _NUMBERED_BODY + "3.心得：\n漲停了，\n分享\n相關文章\n© 2024 Example BBS\n"
    kept = kept_lines(run_body(text))
    assert "漲停了，" in kept and "分享" not in kept and "相關文章" not in kept
    feed = (
        _NUMBERED_NAV.replace("1.", "")
        + "台積電今日公布4月營收為新台幣2360億元，月增20.9%，年增59.6%，創歷年同期新高。\n"
        "法人指出，AI伺服器需求強勁，先進製程產能滿載，第二季營收有望優於公司財測高標。\n"
        "1.聯發科營收，月減一成\n2.鴻海4月營收，創同期新高\n© 2024 Example News\n"
    )
    kept = kept_lines(run_body(feed))
    assert not any(line.startswith(("1.", "2.")) for line in kept)
    bare = _NUMBERED_NAV + _NUMBERED_BODY + "3.相關新聞\n熱門 推薦 排行\n© 2024 Example BBS\n"
    kept = kept_lines(run_body(bare))
    assert "熱門 推薦 排行" not in kept


_LEAD_NAV = "首頁\n食譜\n分類\n市集\n作品\n登入\n註冊\n"
_LEAD_MAIN = (
    "五花肉切成2公分見方的塊，冷水下鍋汆燙，撇去浮沫後撈出瀝乾，備用即可。\n"
    "鍋中放少許油，小火放入冰糖炒至棗紅色，倒入五花肉翻炒上色，約需三分鐘。\n"
    "加入蔥薑、醬油和米酒，蓋上鍋蓋小火燜50分鐘，最後大火收汁即可起鍋享用。\n"
)
_LEAD_FOOT = "收藏\n分享\n© 2024 Example Recipes\n"


@pytest.mark.parametrize(
    ("lead", "gap"),
    [
        (
            "這道紅燒肉我做了十幾年，不加一滴水，全靠五花肉自己出的油和米酒燜出來，肥而不膩。\n",
            "用料\n五花肉\t500克\n冰糖\t30克\n醬油\t2勺\n米酒\t半碗\n紅燒肉的做法\n1\n",
        ),
        (
            "病情描述：下周要做无痛胃镜，想问一下检查前需要空腹多长时间，平时吃的降压药能不能照常吃？\n",
            "希望获得的帮助：检查前注意事项\n王建平 主任医师\n北京大学第一医院 消化内科\n医生回复：\n",
        ),
    ],
    ids=["hant-recipe", "hans-question"],
)
def test_short_prose_run_above_the_main_text_stays(lead: str, gap: str) -> None:
    """An introduction or a question above the main text, parted from it by labels and
    an ingredient list, is page text though it falls short of the secondary floor."""
    kept = kept_lines(run_body(_LEAD_NAV + lead + gap + _LEAD_MAIN + _LEAD_FOOT))
    assert kept[0] == lead.strip()
    assert _LEAD_MAIN.split("\n")[0] in kept and "收藏" not in kept


_TEASER = "记者从市交通委获悉，明年起本市将新开通三条地铁线路，总里程超过八十公里。\n"


@pytest.mark.parametrize(
    "gap",
    [
        "热点推荐\n",  # a feed header: a wall
        "延伸閱讀\n",
        "热门推荐\n",
        "為你推薦\n",
        "首页 > 新闻 > 社会\n用料\n说明\n备注\n",  # a link row among labels
        "新闻\n体育\n财经\n娱乐\n科技\n汽车\n",  # a menu run
        "".join(f"标签{i}\n" for i in range(12)),  # too far above
    ],
    ids=["feed-hans", "feed-hant", "feed-hot", "feed-for-you", "link", "menu", "far"],
)
def test_prose_run_behind_chrome_above_the_main_text_stays_cut(gap: str) -> None:
    """A feed header, a link row or a menu between them, or a long gap, part a run above
    from the main text: it is a teaser or an aside, not the page's introduction."""
    kept = kept_lines(run_body(_LEAD_NAV + _TEASER + gap + _LEAD_MAIN + _LEAD_FOOT))
    assert _TEASER.strip() not in kept
    assert _LEAD_MAIN.split("\n")[0] in kept


@pytest.mark.parametrize(
    "run",
    [
        "相關閱讀：台積電今日公布4月營收為新台幣2360億元，月增兩成，年增近六成。\n",
        "最新消息 台北市明日起實施新制 機車停車格全面收費 民眾反應兩極\n",
    ],
    ids=["below", "no-sentence"],
)
def test_teasers_below_or_without_sentences_stay_cut(run: str) -> None:
    """A short run below the main text is a feed teaser; a run above with no sentence
    end is a headline list item, not an introduction."""
    below = kept_lines(run_body(_LEAD_NAV + _LEAD_MAIN + "相關新聞\n" + run + _LEAD_FOOT))
    assert run.strip() not in below
    above = kept_lines(run_body(_LEAD_NAV + run + "用料\n" + _LEAD_MAIN + _LEAD_FOOT))
    if not run.rstrip().endswith("。"):
        assert run.strip() not in above
