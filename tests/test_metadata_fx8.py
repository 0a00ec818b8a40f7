"""Head rows and credits of vertical portals (tech, weeklies, aggregators) that went
unread: a one-word Latin byline before a bar, a weekly's slashed reporter credit, lead
writers and running editors, an outlet whose name holds ``！``, an aggregator's name
closing a page title."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, _title_text, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

BODY = "这是一段足够长的正文内容,讲述了事情的来龙去脉,并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容,講述了事情的來龍去脈,並且包含完整的句子結構和標點符號。"


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


@pytest.mark.parametrize(
    ("line", "authors", "sites", "dates", "roles"),
    [
        # a tech portal's row: one given name, then bars (spaced 年 月 日 as well)
        ("作者 Atkinson | 發布日期 2026 年 12 月 05 日 9:30 | 分類 GPU , 晶片 , 零組件",
         ["Atkinson"], [], ["2026-12-05T09:30"], ["author", "date", "field"]),
        ("作者 Chris | 2026-12-04", ["Chris"], [], ["2026-12-04"], ["author", "date"]),
        ("作者 Kevin | 发布日期 2026 年 12 月 05 日 09:30", ["Kevin"], [], ["2026-12-05T09:30"], ["author", "date"]),
        # a weekly's own reporter, slashed
        ("本刊记者/杨智杰", ["杨智杰"], [], [], ["author"]),
        ("本刊記者／楊智傑", ["楊智傑"], [], [], ["author"]),
        # a weekly's lead writer is its author; its running and checking editors are credits
        ("主笔｜驳静", ["驳静"], [], [], ["author"]),
        ("主筆：林怡秀", ["林怡秀"], [], [], ["author"]),
        ("运营编辑：陈若琳", [], [], [], ["editor"]),
        ("運營編輯：陳若琳", [], [], [], ["editor"]),
        ("核稿編輯：Chris", [], [], [], ["editor"]),
        ("核稿编辑：王晨", [], [], [], ["editor"]),
        # an outlet whose name holds an exclamation mark
        ("2026-11-23 | 來源：噓！星聞 | 記者：陳家宏 | 人氣：500",
         ["陳家宏"], ["噓！星聞"], ["2026-11-23"], ["date", "site", "author", "field"]),
        ("来源：Yahoo!奇摩新闻", [], ["Yahoo!奇摩新闻"], [], ["site"]),
        ("（來源：哇！新聞）", [], ["哇！新聞"], [], ["site"]),
    ],
)
def test_rows_read(line, authors, sites, dates, roles):
    got = parse_meta_line(line)
    assert got is not None
    assert got.end == len(line)
    assert (got.authors, got.sites, got.dates, got.roles) == (authors, sites, dates, roles)


@pytest.mark.parametrize(
    "line",
    [
        "作者 Google 也在今天发布了新的模型。",
        "作者 Atkinson",  # one word alone closing the line: no bar, no byline
        "作者 Atkinson表示，新品将于明年上市。",
        "來源：噓！這是真的嗎？",
        "来源：网友爆料！现场一片混乱，警方已介入调查。",
        "主笔认为，这一政策将在明年见效。",
        "運營編輯指出，平台的流量在年底前持續成長。",
        "本刊记者/编辑部在现场看到，排队的人群一直延伸到街角。",
    ],
)
def test_prose_not_read(line):
    got = parse_meta_line(line)
    assert got is None or (not got.authors and not got.sites and got.end < len(line))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("美股四大指數收高 費半指數漲逾2% - 今日頭條匯總", "美股四大指數收高 費半指數漲逾2%"),
        ("多地出台措施 鼓励企业招用高校毕业生 | 热点资讯", "多地出台措施 鼓励企业招用高校毕业生"),
        ("歐盟AI法案高風險條款延後上路 — 每日頭條", "歐盟AI法案高風險條款延後上路"),
        # a headline's own dash stays
        ("北京 - 上海高铁再提速 全程最快4小时", "北京 - 上海高铁再提速 全程最快4小时"),
        ("台北 - 高雄高鐵加開班次 - 春節疏運", "台北 - 高雄高鐵加開班次 - 春節疏運"),
        ("看点 - 今日头条", "看点 - 今日头条"),  # too short a head: no page title
    ],
)
def test_title_aggregator_suffix(line, title):
    assert _title_text(line) == title


def test_head_rows_cut_in_document() -> None:
    raw = (
        "輝達新一代GPU量產時程曝光 台廠供應鏈受惠\n"
        "作者 Atkinson | 發布日期 2026 年 12 月 05 日 9:30 | 分類 GPU , 晶片 , 零組件\n"
        f"{BODY_TW}\n"
        "核稿編輯：Chris\n"
    )
    (a,) = clean(raw)
    assert (a.title, a.authors, a.published) == ("輝達新一代GPU量產時程曝光 台廠供應鏈受惠", ["Atkinson"], "2026-12-05T09:30")
    assert a.paragraphs == [BODY_TW]


def test_weekly_credits_cut_in_document() -> None:
    raw = f"冬季流感高峰将至 专家提醒做好防护\n本刊记者/杨智杰\n{BODY}\n主笔｜驳静\n运营编辑：陈若琳\n"
    (a,) = clean(raw)
    assert "杨智杰" in a.authors
    assert a.paragraphs == [BODY]
