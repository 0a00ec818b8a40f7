"""Blog, forum and app-share stamp rows: the date (and poster) they give, both scripts."""

import pytest

from cleanseeds.filters.metadata import parse_meta_line


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Oct 12 Sun 2025 21:30", "2025-10-12T21:30"),  # PIXNET
        ("Sep 3 Wed 2025 08:05", "2025-09-03T08:05"),
        ("2025/10/12閱讀時間約 6 分鐘", "2025-10-12"),  # vocus, glued
        ("2025/10/12 阅读时间约 6 分钟", "2025-10-12"),
        ("6 min read · Oct 12, 2025", "2025-10-12"),  # Medium
        ("12 min read · Sep 28, 2025", "2025-09-28"),
        ("编辑于 2025-10-13 浙江", "2025-10-13"),  # Xiaohongshu
        ("編輯於 2025-10-13 臺灣", "2025-10-13"),
        ("编辑于 2025-10-12 14:20・IP 属地北京", "2025-10-12T14:20"),  # Zhihu
        ("發佈於 2025-10-12 14:20・IP 屬地台灣", "2025-10-12T14:20"),
        ("发布于 2025-10-12 14:20 · IP属地广东", "2025-10-12T14:20"),
        ("已于 2025-10-14 21:33:08 修改", "2025-10-14T21:33:08"),  # CSDN
        ("已於 2025-10-14 21:33:08 修改", "2025-10-14T21:33:08"),
        ("2025.10.13 22:41:07字数 1,826阅读 3,012", "2025-10-13T22:41:07"),  # Jianshu, glued
        ("2025.10.13 22:41:07 字數 1,826 閱讀 3,012", "2025-10-13T22:41:07"),
    ],
)
def test_stamp_rows_give_iso_date(line: str, published: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.meta().get("published") == published
    assert not m.authors


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("posted @ 2025-10-12 21:05 林间小路 阅读(1523) 评论(4)", "林间小路", "2025-10-12T21:05"),
        ("posted @ 2025-10-12 21:05  林間小路  閱讀(1523)  評論(4)  編輯  收藏  舉報", "林間小路", "2025-10-12T21:05"),
        ("Posted @ 2025-09-30 08:00 dev_wang", "dev_wang", "2025-09-30T08:00"),
        ("码农小张 于 2025-10-14 21:33:08 发布", "码农小张", "2025-10-14T21:33:08"),
        ("碼農小張 於 2025-10-14 21:33:08 發布", "碼農小張", "2025-10-14T21:33:08"),
        ("小鹿愛旅行 發表在 痞客邦 留言(3) 人氣(1,284)", "小鹿愛旅行", None),
        ("山间小鹿 发表在 痞客邦 留言(0) 人气(87)", "山间小鹿", None),
    ],
)
def test_poster_rows(line: str, author: str, published: str | None) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == [author]
    assert m.meta().get("published") == published


@pytest.mark.parametrize("line", ["发布于 湖南", "發布於 臺灣", "發佈於 香港"])
def test_place_alone_is_a_row_without_date(line: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.roles == ["place"] and "published" not in m.meta()


@pytest.mark.parametrize("line", ["10-13 09:12 来自 微博 weibo.com", "10-13 09:12 來自 iPhone客戶端"])
def test_yearless_stamp_is_kept_as_shown(line: str) -> None:
    """A date without its year is read as a stamp row and kept as shown, as every date
    without a year is (after a date label, before a client)."""
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.meta().get("published") == "10-13 09:12"


@pytest.mark.parametrize(
    "line",
    [
        "4小時前",
        "他于2025年10月14日发布了新的研究报告，引起广泛关注。",
        "公司已于 2025-10-14 正式发布新品，售价 3999 元。",
        "该公告于 2025-10-14 发布后，股价应声上涨。",
        "发布于湖南日报的这篇文章引起了讨论。",
        "Oct 12 Sun 2025 was a rainy day in Taipei.",
        "6 min read is what the editor asked for.",
        "2025年10月12日，阅读推广活动在北京举行。",
        "2025-10-12 阅读 3 本书是他的目标。",
        "他说：我在痞客邦發表在部落格的文章被轉載了。",
        "posted @ 網友留言說這件事不對。",
    ],
)
def test_prose_is_not_a_row(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or m.end < len(line) and not m.dates


def test_posted_row_tools_are_no_names() -> None:
    """The post's tools close the row, also where its counters were cut: no author."""
    line = "posted @ 2025-10-12 21:05  林间小路  编辑  收藏  举报"
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == ["林间小路"]
