"""The chrome filter on forum threads: a post's floor labels, its poster's counts and
level, a moderator's note, a floor's stamp (Mobile01, Discuz! boards, LIHKG, Baidu
Tieba); a list's numbers and prose that looks alike stay."""

import pytest

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


@pytest.mark.parametrize(
    ("first", "second"),
    [("1F", "2F"), ("1F", "#2"), ("1#", "2#"), ("#1", "#2"), ("1楼", "2楼"), ("1樓", "2樓"), ("樓主", "2#")],
)
def test_floor_labels_of_a_thread_go(first, second):
    text = f"{first}\n{BODY_TW}\n{BODY_TW}\n{second}\n{BODY_TW}\n"
    doc = chrome(text)
    assert doc.text == f"{BODY_TW}\n{BODY_TW}\n{BODY_TW}\n"
    assert reasons(doc) == ["forum floor label", "forum floor label"]


def test_one_floor_label_alone_stays():
    # one lone number may be a list's: a thread prints one per post
    text = f"{BODY}\n#1\n{BODY}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "積分 2350 帖子 8721",
        "积分 120 帖子 33 精华 0",
        "威望 0 帖子 3",
        "本主題由 版主 於 2025-10-11 12:00 移動",
        "本主题由 admin 于 2020-1-10 09:50 移动",
        "本主题由 管理员 于 2024-3-5 置顶",
    ],
)
def test_poster_counts_and_moderator_notes_go(line):
    text = f"{BODY_TW}\n{BODY_TW}\n{line}\n{BODY_TW}\n"
    assert chrome(text).text == f"{BODY_TW}\n{BODY_TW}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "line",
    ["来自Android客户端1楼2025-10-12 20:31", "來自iPhone客戶端2樓2025-10-12 21:05", "3楼2025-10-12 21:40"],
)
def test_a_floor_stamp_after_the_post_goes(line):
    text = f"{BODY}\n{BODY}\n{line}\n"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY}\n"
    assert reasons(doc) == ["forum floor stamp"]


@pytest.mark.parametrize(
    "line",
    [
        "截至目前，该球队积分 23 分，排名第三。",
        "1楼的住户投诉说，楼上漏水已经持续半年。",
        "本主题由记者深入调查，于2025年完成。",
        "他在帖子里写道，这件事让他非常失望。",
        "樓主表示，這篇文章只是分享個人經驗。",
    ],
)
def test_prose_like_forum_furniture_stays(line):
    text = f"{BODY}\n{line}\n{BODY}\n"
    assert chrome(text).text == text


def test_a_numbered_list_with_text_stays():
    text = f"{BODY}\n#1 台積電\n#2 聯發科\n{BODY}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize("ago", ["4小時前", "3小时前", "12分鐘前", "2天前"])
def test_vote_counts_beside_a_posts_time_go(ago):
    text = f"開心果\n{ago}\n156 7\n{BODY_TW}\n{BODY_TW}\n"
    doc = chrome(text)
    assert doc.text == f"開心果\n{ago}\n{BODY_TW}\n{BODY_TW}\n"
    assert reasons(doc) == ["post's vote counts"]


def test_two_counts_elsewhere_stay():
    # a score or a table's row, no post's time beside it
    text = f"{BODY}\n3 1\n{BODY}\n"
    assert chrome(text).text == text
