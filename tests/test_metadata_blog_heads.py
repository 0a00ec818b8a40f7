"""Heads and tails of blog and user posts: the poster's bare name line under the headline,
the stamp row closing the post, and stamps of other articles in the head, both scripts."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

HEAD = "三十岁辞职去大理开民宿，一年后我回来了"
HEAD_TW = "三十歲辭職去大理開民宿，一年後我回來了"
BODY = (
    "去年秋天，我递交了辞职信，带着工作七年攒下的积蓄去了大理，和朋友合伙在喜洲古镇租下一座白族老院子。\n"
    "头三个月生意很好，国庆和春节几乎天天满房，我每天忙着接待客人、打扫房间、在院子里煮茶。\n"
)
BODY_TW = (
    "去年秋天，我遞交了辭職信，帶著工作七年攢下的積蓄去了大理，和朋友合夥在喜洲古鎮租下一座白族老院子。\n"
    "頭三個月生意很好，國慶和春節幾乎天天滿房，我每天忙著接待客人、打掃房間、在院子裡煮茶。\n"
)


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


def one(raw: str):
    arts = clean(raw)
    assert len(arts) == 1
    return arts[0]


@pytest.mark.parametrize(
    ("head", "body", "name", "stamp", "date"),
    [
        (HEAD, BODY, "前端阿飞", "2025-10-10 22:03", "2025-10-10T22:03"),  # 掘金
        (HEAD, BODY, "游戏老炮儿", "2025年10月11日 18:20", "2025-10-11T18:20"),  # B站专栏
        (HEAD, BODY, "码农小张", "已于 2025-10-14 21:33:08 修改", "2025-10-14T21:33:08"),  # CSDN
        (HEAD, BODY, "山间一只鹿", "2025.10.13 22:41:07 字数 1,826 阅读 3,012", "2025-10-13T22:41:07"),  # 简书
        (HEAD, BODY, "dev_wang", "2025-10-12 21:05", "2025-10-12T21:05"),
        (HEAD_TW, BODY_TW, "碼農小張", "已於 2025-10-14 21:33:08 修改", "2025-10-14T21:33:08"),
        (HEAD_TW, BODY_TW, "小鹿愛旅行", "2025/10/12 21:30", "2025-10-12T21:30"),
        (HEAD_TW, BODY_TW, "青磚黛瓦0825", "2025-10-12 20:31", "2025-10-12T20:31"),
    ],
)
def test_nickname_between_headline_and_stamp_is_the_author(
    head: str, body: str, name: str, stamp: str, date: str
) -> None:
    a = one(f"{head}\n{name}\n{stamp}\n{body}")
    assert a.title == head
    assert a.authors == [name]
    assert a.published == date
    assert name not in a.text and a.text.startswith(body[:10])


@pytest.mark.parametrize(
    ("head", "body", "other"),
    [
        (HEAD, BODY, "最新推荐文章于 2025-10-15 09:12:44 发布"),
        (HEAD_TW, BODY_TW, "最新推薦文章於 2025-10-15 09:12:44 發布"),
    ],
)
def test_stamp_of_another_article_gives_nothing(head: str, body: str, other: str) -> None:
    """CSDN's ``最新推荐文章于 …`` is the latest recommended article's stamp: no site, no
    date; the poster's name under it is still read."""
    m = parse_meta_line(other)
    assert m is not None and m.end == len(other) and m.meta() == {}
    name = "码农小张" if head == HEAD else "碼農小張"
    upd = "已于" if head == HEAD else "已於"
    a = one(f"{head}\n{other}\n{name}\n{upd} 2025-10-14 21:33:08 修改\n{body}")
    assert a.site is None
    assert a.published == "2025-10-14T21:33:08"
    assert a.authors == [name]
    assert "推荐" not in a.text and "推薦" not in a.text


def test_stamp_of_another_article_alone_gives_no_date() -> None:
    a = one(f"{HEAD}\n最新推荐文章于 2025-10-15 09:12:44 发布\n{BODY}")
    assert a.site is None and a.published is None


@pytest.mark.parametrize(
    "label",
    ["国内", "財經", "即時財經", "本地新聞", "人民日报", "绍兴市融媒体中心", "人民号作者", "头条创作者", "关注", "NEWS"],
)
def test_labels_under_headline_are_no_author(label: str) -> None:
    a = one(f"{HEAD}\n{label}\n2025-10-13 09:00\n{BODY}")
    assert a.authors == []
    assert a.published == "2025-10-13T09:00"


@pytest.mark.parametrize("line", ["2025-10-13 08:12·头条创作者", "2025-10-13 08:12·人民號作者", "2025-10-13 08:12 · 優質創作者"])
def test_platform_label_after_date_is_no_author(line: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == [] and m.meta()["published"] == "2025-10-13T08:12"


def test_account_after_date_is_still_the_author() -> None:
    m = parse_meta_line("2025-10-13 08:12·湘江边的老李")
    assert m is not None and m.authors == ["湘江边的老李"]


@pytest.mark.parametrize(
    ("body", "stamp", "date"),
    [
        (BODY, "编辑于 2025-10-13 浙江", "2025-10-13"),  # 小红书
        (BODY_TW, "編輯於 2025-10-13 臺灣", "2025-10-13"),
        (BODY, "编辑于 2025-10-12 14:20・IP 属地北京", "2025-10-12T14:20"),  # 知乎
        (BODY_TW, "發佈於 2025-10-12 14:20・IP 屬地台灣", "2025-10-12T14:20"),
        (BODY, "posted @ 2025-10-12 21:05  林间小路  阅读(1523)  评论(3)  编辑  收藏  举报", "2025-10-12T21:05"),
    ],
)
def test_stamp_row_after_body_gives_the_date(body: str, stamp: str, date: str) -> None:
    a = one(f"{body}{stamp}\n")
    assert a.published == date
    assert stamp not in a.text


def test_head_date_wins_over_the_closing_stamp() -> None:
    a = one(f"{HEAD}\n2025-10-10 22:03\n{BODY}编辑于 2025-10-13 浙江\n")
    assert a.published == "2025-10-10T22:03"


def test_bare_date_after_body_is_left() -> None:
    """A date alone after the body may be a feed's or a signature's: not read."""
    a = one(f"{BODY}2025年10月13日\n")
    assert a.published is None
    assert "2025年10月13日" in a.text


@pytest.mark.parametrize(
    "line",
    [
        "会议于 2025-10-15 09:12 召开，各方代表出席。",
        "最新推荐文章的作者于2025年10月15日接受了采访，谈到了创作的初衷和此后的计划。",
        "该公告于 2025-10-14 发布后，股价应声上涨。",
    ],
)
def test_prose_is_not_touched(line: str) -> None:
    raw = f"{BODY}{line}\n"
    a = one(raw)
    assert line in a.text and a.published is None and a.site is None


def test_idempotent() -> None:
    raw = f"{HEAD}\n最新推荐文章于 2025-10-15 09:12:44 发布\n码农小张\n已于 2025-10-14 21:33:08 修改\n{BODY}编辑于 2025-10-13 浙江\n"
    first = one(raw)
    again = one(first.text)
    assert again.text == first.text


@pytest.mark.parametrize(
    ("name", "row", "body"),
    [
        ("湘江边的老李", "2025-10-13 08:12·头条创作者", BODY),  # 微头条
        ("湘江邊的老李", "2025-10-13 08:12·頭條創作者", BODY_TW),
    ],
)
def test_poster_over_a_platform_label_row(name: str, row: str, body: str) -> None:
    """微头条 prints the poster's name over ``date·头条创作者``: the name is the author, no
    headline, and the label names nobody."""
    a = one(f"{name}\n{row}\n{body}")
    assert a.authors == [name] and a.title is None
    assert a.published == "2025-10-13T08:12"
    assert name not in a.text
