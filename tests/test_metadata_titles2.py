"""Heads of overseas and regional papers: an edition banner or a page title over the
headline is no title; closing reporter credits (``报道：X``) name the author; a paper's
own desk (``作者：本报``) is no person."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

BODY = "这是一段足够长的正文内容,讲述了事情的来龙去脉,并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容,講述了事情的來龍去脈,並且包含完整的句子結構和標點符號。"


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


@pytest.mark.parametrize(
    ("banner", "section", "headline", "date", "site", "body"),
    [
        ("明報加西版(溫哥華)", "首頁 > 加國新聞", "溫市列治文再有華裔長者遭電話詐騙", "2025年10月15日 星期三", "明報", BODY_TW),
        ("星島日報 加拿大 溫哥華版", "本地新聞", "卑詩省府撥款擴建本拿比醫院", "2025-10-16 18:00", "星島日報", BODY_TW),
        ("世界日報 美東版", "紐約", "紐約市地鐵將全面更換新式閘門", "2025-10-16 18:00", "世界日報", BODY_TW),
        ("南洋商报 北马版", "地方", "槟城州政府宣布推出新一轮援助计划", "2025-10-16 18:00", "南洋商报", BODY),
        ("人民日报海外版", "要闻", "海外侨胞热议中国经济发展新机遇", "2025年10月16日", "人民日报", BODY),
    ],
)
def test_an_edition_banner_over_the_headline_is_no_title(
    banner: str, section: str, headline: str, date: str, site: str, body: str
) -> None:
    (a,) = clean(f"{banner}\n{section}\n{headline}\n{date}\n{body}\n{body}\n")
    assert a.title == headline
    assert a.site == site
    assert banner not in a.paragraphs and headline not in a.paragraphs


@pytest.mark.parametrize(
    ("page", "headline", "site", "body"),
    [
        ("健康生活網-秋冬季節流感高發 醫師籲及早接種疫苗", "秋冬季節流感高發 醫師籲及早接種疫苗", "健康生活網", BODY_TW),
        ("健康养生网 - 秋冬季节流感高发 医生呼吁及早接种", "秋冬季节流感高发 医生呼吁及早接种", "健康养生网", BODY),
        ("秋冬季节流感高发 医生呼吁及早接种_健康养生网", "秋冬季节流感高发 医生呼吁及早接种", "健康养生网", BODY),
        ("秋冬季節流感高發 醫師籲及早接種｜健康生活網", "秋冬季節流感高發 醫師籲及早接種", "健康生活網", BODY_TW),
    ],
)
def test_a_page_title_over_the_headline_gives_way(page: str, headline: str, site: str, body: str) -> None:
    (a,) = clean(f"{page}\n{headline}\n2025-10-14 10:00\n{body}\n{body}\n")
    assert a.title == headline
    assert a.site == site
    assert a.paragraphs == [body, body]


def test_a_headline_over_a_longer_line_that_does_not_repeat_it_stays() -> None:
    head = "秋冬季节流感高发 医生呼吁及早接种"
    (a,) = clean(f"{head}\n另一个标题-秋冬季节流感高发 医生呼吁及早接种疫苗\n2025-10-14 10:00\n{BODY}\n{BODY}\n")
    assert a.title == head


@pytest.mark.parametrize(
    ("credit", "authors", "body"),
    [
        ("报道：李文杰\u3000摄影：陈国伟", ["李文杰"], BODY),
        ("报道：林佩琪", ["林佩琪"], BODY),
        ("报道:黄诗琪", ["黄诗琪"], BODY),
        ("報導：林佩琪\u3000攝影：陳國偉", ["林佩琪"], BODY_TW),
        ("報導：林佩琪", ["林佩琪"], BODY_TW),
    ],
)
def test_a_closing_reporter_credit_names_the_author(credit: str, authors: list[str], body: str) -> None:
    (a,) = clean(f"新加坡明年起调高公共交通票价\n2025-10-18 20:10\n{body}\n{body}\n{credit}\n")
    assert a.authors == authors
    assert a.paragraphs == [body, body]


@pytest.mark.parametrize(
    "line",
    [
        "报道：据新华社消息，当地时间今日下午举行会议。",
        "报道称，美国将对进口商品加征关税。",
        "報導指出，當局已經展開調查。",
        "报道 林佩琪",
        "報導：美國總統川普今天表示將提高關稅",
        "报道：本地多家商场周末人潮涌动",
    ],
)
def test_prose_about_a_report_is_no_credit(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "sites"),
    [
        ("作者：本报", []),
        ("作者：本報", []),
        ("来源：国际日报  作者：本报", ["国际日报"]),
        ("2025-10-18 20:10  来源：国际日报  作者：本报", ["国际日报"]),
    ],
)
def test_the_papers_own_desk_is_no_author(line: str, sites: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.authors == [] and meta.sites == sites


@pytest.mark.parametrize(
    "head",
    [
        "中国日报记者节特别报道版",  # no outlet then edition shape: a headline
        "新华社记者：春运首日客流创新高",
    ],
)
def test_headlines_are_no_edition_banners(head: str) -> None:
    (a,) = clean(f"{head}\n2025-10-14 10:00\n{BODY}\n{BODY}\n")
    assert a.title == head


@pytest.mark.parametrize(
    ("desk", "site", "body"),
    [
        ("星島日報報道", "星島日報", BODY_TW),
        ("民報 文／綜合報導", "民報", BODY_TW),
        ("中央社綜合報導", "中央社", BODY_TW),
        ("东方日报", "东方日报", BODY),
        ("联合早报综合报道", "联合早报", BODY),
        ("星島綜合報道", None, BODY_TW),
    ],
)
def test_a_desk_or_edition_line_under_the_date_is_no_paragraph(desk: str, site: str | None, body: str) -> None:
    (a,) = clean(f"卑詩省府撥款擴建本拿比醫院\n2025-10-16 18:00\n{desk}\n{body}\n{body}\n")
    assert a.title == "卑詩省府撥款擴建本拿比醫院"
    assert a.paragraphs == [body, body]
    assert a.site == site


def test_a_labelled_source_outranks_the_desk_line() -> None:
    (a,) = clean(f"卑詩省府撥款擴建本拿比醫院\n2025-10-16 18:00 來源：中央社\n星島日報報道\n{BODY_TW}\n{BODY_TW}\n")
    assert a.site == "中央社"
    assert a.paragraphs == [BODY_TW, BODY_TW]


@pytest.mark.parametrize(
    "line",
    [
        "记者会现场气氛热烈",  # a short first paragraph, no outlet
        "新加坡人的骄傲",
        "民眾報案",  # ends in 案, not an outlet
    ],
)
def test_a_short_first_paragraph_stays(line: str) -> None:
    (a,) = clean(f"卑詩省府撥款擴建本拿比醫院\n2025-10-16 18:00\n{line}\n{BODY}\n{BODY}\n")
    assert a.paragraphs[0] == line


@pytest.mark.parametrize(
    ("line", "holders"),
    [
        ("Copyright © 2025 Ming Pao Canada. All rights reserved. 版權所有，不得轉載", ["Ming Pao Canada"]),
        ("© 2025 Oriental Daily News (M) Sdn Bhd 版权所有", []),
        ("© 2025 Mediacorp Pte Ltd. 保留所有权利", []),
        ("力報版權所有", ["力報"]),
        ("Copyright © 2024 星洲日报 Sin Chew Daily. All Rights Reserved.", ["星洲日报"]),
    ],
)
def test_an_english_copyright_tail_is_no_site(line: str, holders: list[str]) -> None:
    from cleanseeds.filters.metadata import _holders

    assert _holders(line) == holders
