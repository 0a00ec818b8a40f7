"""Head rows of vertical portals that went unread: an outlet's reporter with the place
and the stamp on one row, a brand, its writer and the stamp, a stamp before a bracketed
originality mark; a reporter's credit glued before the lede; a bracketed source closing
the article."""

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
    ("line", "authors", "sites", "dates"),
    [
        ("鉅亨網記者林薏茹 台北 2026/12/05 14:32", ["林薏茹"], ["鉅亨網"], ["2026-12-05T14:32"]),
        ("财联社记者王明 上海 2026-12-05 09:10", ["王明"], ["财联社"], ["2026-12-05T09:10"]),
        ("懂球帝 周远 2026-12-04 22:18", ["周远"], ["懂球帝"], ["2026-12-04T22:18"]),
        ("虎撲 陳志明 2026/12/04 22:18", ["陳志明"], ["虎撲"], ["2026-12-04T22:18"]),
        ("2026-12-05 10:22 [中关村在线 原创] 作者：孙浩 | 责任编辑：许诺", ["孙浩"], ["中关村在线"], ["2026-12-05T10:22"]),
        ("2026-12-05 10:22 【太平洋電腦網 手機頻道 原創】 作者：孫浩", ["孫浩"], ["太平洋電腦網"], ["2026-12-05T10:22"]),
    ],
)
def test_rows_read(line, authors, sites, dates):
    got = parse_meta_line(line)
    assert got is not None and got.end == len(line)
    assert (got.authors, got.sites, got.dates) == (authors, sites, dates)


@pytest.mark.parametrize(
    ("line", "authors", "site", "lede"),
    [
        ("极目新闻记者 黄雅卿 近日，湖北宜昌一村民在路边捡到现金，苦等失主两小时。", ["黄雅卿"], "极目新闻", "近日，"),
        ("聯合報記者 王小明 昨天，台北市政府宣布新的交通政策，將於明年實施。", ["王小明"], "聯合報", "昨天，"),
    ],
)
def test_glued_credit_before_lede(line, authors, site, lede):
    got = parse_meta_line(line)
    assert got is not None and got.authors == authors and got.sites == [site]
    assert line[got.end :].startswith(lede)


@pytest.mark.parametrize(
    "line",
    [
        "北京 王明 2026-12-04 22:18",  # a place, no brand
        "今天 王明 2026年12月4日发布了新规定，引发热议。",
        "懂球帝 周远 2026-12-04 22:18 据多家媒体报道，中超冬季转会窗口将提前开启。",
        "多名记者 前往现场，了解事故的最新情况。",
        "台北市政府 今天宣布，2026年起調整公車票價。",
        "2026-12-05 10:22 [图] 网友拍下的现场画面",
    ],
)
def test_prose_not_read(line):
    got = parse_meta_line(line)
    assert got is None or (not got.authors and not got.sites and got.end < len(line))


@pytest.mark.parametrize(
    ("head", "body", "site", "author"),
    [
        ("懂球帝 周远 2026-12-04 22:18", BODY, "懂球帝", "周远"),
        ("鉅亨網記者林薏茹 台北 2026/12/05 14:32", BODY_TW, "鉅亨網", "林薏茹"),
    ],
)
def test_head_rows_cut_in_document(head, body, site, author) -> None:
    (a,) = clean(f"中超冬窗转会提前启动 多支球队瞄准归化球员\n{head}\n{body}\n")
    assert a.title == "中超冬窗转会提前启动 多支球队瞄准归化球员"
    assert a.authors == [author] and a.paragraphs == [body]


@pytest.mark.parametrize(
    ("closing", "body"),
    [("（来源：极目新闻）", BODY), ("（來源：中央社）", BODY_TW)],
)
def test_bracketed_source_closes_article(closing, body) -> None:
    (a,) = clean(f"湖北宜昌一村民捡到现金 苦等失主两小时\n记者 黄雅卿\n{body}\n{closing}\n")
    assert a.paragraphs == [body]
