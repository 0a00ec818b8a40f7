"""Head rows of mobile and app-share pages: marks glued to the date, creator-platform
accounts with a follow button, reporter/photographer bylines, desk credits, banners
with a domain."""

from __future__ import annotations

import pytest

import cleanseeds.filters.metadata as md
from cleanseeds.filters.metadata import parse_meta_line


@pytest.mark.parametrize(
    ("line", "date", "name", "outlet"),
    [
        ("原创2025-11-03 12:30·快科技", "2025-11-03T12:30", "快科技", True),
        ("原創 2025/11/03 12:30·科技新報", "2025-11-03T12:30", "科技新報", True),
        ("原创2024-05-16 11:23·科技小新说", "2024-05-16T11:23", "科技小新说", False),
    ],
)
def test_original_mark_glued_before_date(line: str, date: str, name: str, outlet: bool) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.dates == [date]
    assert (m.sites, m.authors) == (([name], []) if outlet else ([], [name]))
    assert md._may_open_with_item(line)


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("2025-07-16 10:00 新民晚报官方百家号 关注", "新民晚报"),
        ("2025-10-14 08:12 北京青年报官方百家号", "北京青年报"),
        ("2025-07-16 10:00 北京青年報頭條號 + 關注", "北京青年報"),
        ("2025/07/16 10:00 澎湃新闻 关注", "澎湃新闻"),
        ("2025-07-16 10:00 中國時報網易號 訂閱", "中國時報"),
    ],
)
def test_account_with_follow_button_after_date(line: str, site: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.sites == [site] and not m.authors
    assert md._may_open_with_item(line)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("記者 林宜萱 / 攝影 王大明 報導", ["林宜萱"]),
        ("記者林宜萱／攝影王大明", ["林宜萱"]),
        ("记者 张伟 / 摄影 李明 报道", ["张伟"]),
        ("记者 张伟、王芳 / 摄像 李明", ["张伟", "王芳"]),
    ],
)
def test_reporter_and_photographer(line: str, authors: list[str]) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == authors
    assert md._may_open_with_item(line)


@pytest.mark.parametrize(("line", "site"), [("撰文：01新聞", "01新聞"), ("作者：中央日报", "中央日报")])
def test_desk_credit_is_a_site(line: str, site: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.sites == [site] and not m.authors and m.credits


def test_person_credit_stays_an_author() -> None:
    for line, name in (("撰文：蕭顥", "蕭顥"), ("作者：李文傑", "李文傑")):
        m = parse_meta_line(line)
        assert m is not None and m.authors == [name]


@pytest.mark.parametrize(
    "line",
    [
        "原创内容2025年起将全部收费",
        "原创作品2025-11-03被盗用",
        "记者张伟说，摄影师李明在现场拍下了这一幕。",
        "記者林宜萱／攝影王大明昨天在現場目擊火勢延燒。",
        "2025年7月16日，新民晚报记者关注到这一现象。",
        "2025-07-16 10:00 市民纷纷关注此事的后续进展",
    ],
)
def test_prose_is_no_head(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or m.end < len(line)


@pytest.mark.parametrize(
    ("line", "site"),
    [("聯合新聞網 udn.com", "聯合新聞網"), ("中时新闻网 www.chinatimes.com", "中时新闻网"), ("自由時報 ltn.com.tw", "自由時報")],
)
def test_banner_with_domain(line: str, site: str) -> None:
    assert md._banner_site(line) == site


def test_headline_is_no_banner() -> None:
    assert md._banner_site("雙十國慶焰火移師花蓮 盼帶動觀光") is None
    assert md._banner_site("台積電宣布擴廠 投資金額創新高") is None
