"""Heads the probe dumps showed unread: a farm's head over an article that opens with a
byline, a reporter's ``名字 报道`` line between the headline and the date row."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, is_nav_line, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

BODY = "这是一段足够长的正文内容,讲述了事情的来龙去脉,并且包含完整的句子结构和标点符号。"
BODY2 = "另一篇文章的正文同样足够长,记录了当地部门的最新安排,并且说明了后续的工作计划。"
BODY_TW = "這是一段足夠長的正文內容,講述了事情的來龍去脈,並且包含完整的句子結構和標點符號。"
BODY2_TW = "另一篇文章的正文同樣足夠長,記錄了當地部門的最新安排,並且說明了後續的工作計劃。"


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


@pytest.mark.parametrize(
    ("head", "byline", "body", "body2", "title", "published", "authors"),
    [
        (
            "资讯快报网官网最新热点:多地出台措施 鼓励企业招用高校毕业生\n更新时间:2025-07-16",
            "文 | 新民晚报，作者 | 张敏，编辑 | 王悦 ",
            BODY, BODY2, "多地出台措施 鼓励企业招用高校毕业生", "2025-07-16", ["张敏"],
        ),
        (
            "秋粮收获进度过半 各地抢抓晴好天气\n发布时间：2025-10-09 08:30",
            "文 | 农民日报，作者 | 吴芳 ",
            BODY, BODY2, "秋粮收获进度过半 各地抢抓晴好天气", "2025-10-09T08:30", ["吴芳"],
        ),
        (
            "新聞快報網最新熱點：港鐵東鐵綫列車信號故障 上下班時段大混亂\n更新時間：2025-11-04 08:30",
            "文｜星島日報，作者｜陳家明 ",
            BODY_TW, BODY2_TW, "港鐵東鐵綫列車信號故障 上下班時段大混亂", "2025-11-04T08:30", ["陳家明"],
        ),
    ],
)
def test_a_head_over_a_lede_that_opens_with_a_byline_starts_the_article(
    head: str, byline: str, body: str, body2: str, title: str, published: str, authors: list[str]
) -> None:
    raw = f"上一篇的标题在这里\n更新时间:2025-07-01\n{body}\n{head}\n{byline}{body2}\n"
    first, second = clean(raw)
    assert first.paragraphs == [body]
    assert (second.title, second.published, second.authors) == (title, published, authors)
    assert second.paragraphs == [body2]


@pytest.mark.parametrize(
    ("raw", "title", "authors"),
    [
        (
            f"8world 8视界新闻\n新加坡\n国庆群众大会明年将在新加坡体育城举行\n郭佩欣 报道\n发布/更新: 2025年10月18日 20:10\n{BODY}\n",
            "国庆群众大会明年将在新加坡体育城举行", ["郭佩欣"],
        ),
        (
            f"联合早报 zaobao.sg\n东南亚\n印尼央行意外降息 刺激经济增长\n黄伟曼报道\n2025年10月18日 20:10\n{BODY}\n",
            "印尼央行意外降息 刺激经济增长", ["黄伟曼"],
        ),
        (
            f"星島日報 加拿大 溫哥華版\n本地新聞\n卑詩省府撥款擴建本拿比醫院\n何俊賢 報導\n2025年10月18日 20:10\n{BODY_TW}\n",
            "卑詩省府撥款擴建本拿比醫院", ["何俊賢"],
        ),
    ],
)
def test_a_reporter_line_under_the_headline_is_no_label(raw: str, title: str, authors: list[str]) -> None:
    (a,) = clean(raw)
    assert (a.title, a.authors) == (title, authors)
    assert a.paragraphs[0] in (BODY, BODY_TW)


@pytest.mark.parametrize(
    "line",
    [
        "高雄 報導",  # a place's dateline, not a name
        "北京报道",
        "综合报道",
        "据新华社报道",
    ],
)
def test_a_place_or_desk_before_reports_names_no_author(line: str) -> None:
    raw = f"快讯\n新闻\n国庆群众大会明年将在新加坡体育城举行\n{line}\n2025年10月18日 20:10\n{BODY}\n"
    (a,) = clean(raw)
    assert a.authors == [] or a.authors[0] not in line


def test_prose_with_a_report_verb_passes_unchanged() -> None:
    raw = f"{BODY}\n中方多次报道此事。\n{BODY2}\n"
    (a,) = clean(raw)
    assert "".join(a.paragraphs).count("中方多次报道此事。") == 1


@pytest.mark.parametrize(
    ("line", "site", "date"),
    [
        ("2025年10月14日 10:28 cnBeta.COM 科学探索 感谢飞翔的鱼的投递", "cnBeta.COM", "2025-10-14T10:28"),
        ("2025-10-14 10:28 cnBeta.COM 感謝小明的投遞", "cnBeta.COM", "2025-10-14T10:28"),
        ("2025年10月14日 10:28 驱动之家 手机 感谢网友小李的投递", "驱动之家", "2025-10-14T10:28"),
    ],
)
def test_a_date_row_thanking_a_submitter_gives_date_and_site(line: str, site: str, date: str) -> None:
    raw = f"研究人员开发出新型固态电池电解质\n{line}\n{BODY}\n"
    (a,) = clean(raw)
    assert (a.published, a.site, a.authors) == (date, site, [])
    assert a.paragraphs == [BODY]


def test_thanks_in_prose_is_no_date_row() -> None:
    line = "2025年10月14日，主办方感谢各位志愿者的投递与付出，并表示明年将继续举办。"
    raw = f"{BODY}\n{line}\n{BODY2}\n"
    (a,) = clean(raw)
    assert line in a.paragraphs


@pytest.mark.parametrize(
    ("closing", "body", "site"),
    [
        ("本文来源：人民日报", BODY, "人民日报"),
        ("文章來源：中央社", BODY_TW, "中央社"),
        ("（本文来源：新华网）", BODY, "新华网"),
    ],
)
def test_this_articles_source_at_the_end_is_cut_and_read(closing: str, body: str, site: str) -> None:
    raw = f"这个村把小庭院变成增收园\n2025-10-11\n{body}\n{closing}\n"
    (a,) = clean(raw)
    assert a.paragraphs == [body]
    assert a.site == site


def test_a_bare_source_between_paragraphs_stays() -> None:
    raw = f"这个村把小庭院变成增收园\n2025-10-11\n{BODY}\n来源：人民日报\n{BODY2}\n"
    (a,) = clean(raw)
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("（譯者：陳韻聿／核稿：王朝鈺）", ["陳韻聿"]),
        ("（译者：张晓明/审校：李华）", ["张晓明"]),
        ("（编译：张三/审校：李四）", ["张三"]),
        ("（編譯：戴雅真／核稿：王朝鈺）", ["戴雅真"]),
        ("（譯者：陳韻聿）", ["陳韻聿"]),
        # an editor's credit names no author; a list of names keeps its slash
        ("（編輯：陳韻聿／核稿：王朝鈺）", []),
        ("作者：张三/李四", ["张三", "李四"]),
    ],
)
def test_a_wire_translator_is_the_author(line: str, authors: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.authors == authors


def test_the_translator_credit_closes_the_article() -> None:
    raw = f"美國聯邦政府停擺進入第三週\n2025-10-14 10:00\n{BODY_TW}\n（譯者：陳韻聿／核稿：王朝鈺）\n"
    (a,) = clean(raw)
    assert a.authors == ["陳韻聿"] and a.paragraphs == [BODY_TW]


def test_a_slash_in_a_source_value_stays_in_it() -> None:
    meta = parse_meta_line("来源：中央社／綜合報導")
    assert meta is not None and meta.sites == ["中央社／綜合報導"]


@pytest.mark.parametrize(
    ("name", "badge", "body"),
    [
        ("绍兴市融媒体中心", "人民号作者", BODY),
        ("科技小新说", "百家号作者", BODY),
        ("台灣健康生活誌", "頭條號作者", BODY_TW),
    ],
)
def test_an_account_name_over_its_badge_is_the_author(name: str, badge: str, body: str) -> None:
    raw = f"我市完成首批老旧小区加装电梯集中验收\n{name}\n{badge}\n2025-10-13 09:00\n{body}\n{BODY2}\n"
    (a,) = clean(raw)
    assert (a.title, a.authors, a.published) == ("我市完成首批老旧小区加装电梯集中验收", [name], "2025-10-13T09:00")
    assert name not in "".join(a.paragraphs)


def test_a_section_label_without_a_badge_is_no_author() -> None:
    raw = f"我市完成首批老旧小区加装电梯集中验收\n绍兴市融媒体中心\n2025-10-13 09:00\n{BODY}\n{BODY2}\n"
    (a,) = clean(raw)
    assert a.authors == []


@pytest.mark.parametrize(
    ("banner", "crumb", "title", "body"),
    [
        ("香港討論區 discuss.com.hk", "首頁 ? 時事台", "屯門公路轉車站啟用首日 等車時間反而更長？", BODY_TW),
        ("天涯社区 tianya.cn", "首页 ? 天涯杂谈 ? 时事", "小区停车费一年涨了三倍 业主该怎么办", BODY),
    ],
)
def test_a_breadcrumb_with_a_lost_separator_is_no_headline(banner: str, crumb: str, title: str, body: str) -> None:
    raw = f"{banner}\n{crumb}\n{title}\n作者：西鐵老司機\n發表於 2025-10-11 09:12\n{body}\n{BODY2}\n"
    (a,) = clean(raw)
    assert a.title == title  # the breadcrumb is the chrome's to cut, never the headline


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("首頁 ? 時事台", True),
        ("首页 ? 天涯杂谈 ? 时事", True),
        ("Home ? News", True),
        ("首页？我们说的是首页改版", False),
        ("首頁 ? 這是什麼意思，大家怎麼看？", False),
        ("Home ? Away ?", False),
    ],
)
def test_a_question_after_a_home_word_is_a_breadcrumb_only_between_words(line: str, nav: bool) -> None:
    assert is_nav_line(line) is nav
