"""The chrome filter on a thread's replies: a reply's stamp (Discuz! "發表於 …"), a post's
reply button under its floor stamp, and a reader's floor between two numbered stamps
(Baidu Tieba); the opening post and prose that looks alike stay."""

import pytest

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


@pytest.mark.parametrize(
    "line",
    ["發表於 2025-10-11 09:35", "发表于 2024-3-5 08:02:11", "發表於 2025/10/11 09:35", "发表于2020-1-10 21:07"],
)
def test_a_reply_stamp_after_the_text_goes(line):
    text = f"{BODY_TW}\n{BODY_TW}\n{line}\n{BODY_TW}\n"
    doc = chrome(text)
    assert doc.text == f"{BODY_TW}\n{BODY_TW}\n{BODY_TW}\n"
    assert reasons(doc) == ["forum floor stamp"]


def test_the_opening_posts_stamp_stays_for_the_metadata():
    text = f"作者：西鐵老司機\n發表於 2025-10-11 09:12\n{BODY_TW}\n{BODY_TW}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize("button", ["回复", "回复(2)", "回覆（12）", "回覆"])
def test_a_reply_button_under_a_floor_stamp_goes(button):
    text = f"{BODY}\n{BODY}\n来自Android客户端1楼2025-10-12 20:31\n{button}\n"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY}\n"
    assert reasons(doc) == ["forum floor stamp", "forum reply button"]


@pytest.mark.parametrize(
    ("stamps", "user"),
    [
        (("来自Android客户端1楼2025-10-12 20:31", "来自iPhone客户端2楼2025-10-12 20:45"), "装修小能手"),
        (("來自iPhone客戶端1樓2025-10-12 20:31", "來自Android客戶端2樓2025-10-12 21:05"), "台北阿明"),
    ],
)
def test_a_readers_floor_between_two_stamps_goes_and_the_opening_post_stays(stamps, user):
    op = f"{BODY}\n{BODY}\n" if "楼" in stamps[0] else f"{BODY_TW}\n{BODY_TW}\n"
    reply = "墙根返潮是地下水毛细作用，光刷内墙没用的，得做防潮层。"
    text = f"{op}{stamps[0]}\n回复\n{user}\n{reply}\n{stamps[1]}\n回复(2)\n"
    doc = chrome(text)
    assert doc.text == op
    assert reasons(doc).count("forum reply floor") == 2


def test_a_floor_without_the_stamp_above_it_stays():
    # the stamp numbers floor 3 but floor 2's stamp is missing: no evidence where floor 3 starts
    text = f"{BODY}\n{BODY}\n3楼2025-10-12 21:40\n"
    assert chrome(text).text == f"{BODY}\n{BODY}\n"
    text = f"{BODY}\n我们在三楼会议室开会。\n{BODY}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "该论文发表于2024年3月的《自然》杂志，引起广泛关注。",
        "這篇文章發表於 2025-10-11 09:35 之後，引發熱烈討論。",
        "他回复说，公司会尽快处理此事。",
        "回覆率達到九成",
        "回复",
    ],
)
def test_prose_that_looks_alike_stays(line):
    text = f"{BODY}\n{line}\n{BODY}\n"
    assert chrome(text).text == text


OP_TW = f"{BODY_TW}\n{BODY_TW}\n"
REPLY_TW = "感謝分享，我的是四驅版，油耗大概少一公里左右。"
REPLY = "有试过，直接讲家里需要，上司没有不批。"


@pytest.mark.parametrize(
    "thread",
    [
        # Mobile01: label, poster, stamp, next floor's label, its text, its buttons
        f"#1\n樓主\n{OP_TW}1F\nGustav_TW\n2025-10-05 15:01\n#2\n{REPLY_TW}\n引言回覆\n檢舉\n",
        # Discuz!: the floor's label, then its stamp, then its text
        f"1#\n樓主\n發表於 2025-10-11 09:12\n{OP_TW}回覆\n引用\n舉報\n2#\n發表於 2025-10-11 09:35\n{REPLY_TW}\n回覆 引用\n",
        # LIHKG: label, poster, relative time
        f"#1\n開心果\n4小時前\n{OP_TW}#2\n打工仔仔\n3小時前\n{REPLY_TW}\n#3\nlaughing_boy\n3小時前\n樓主咪驚，政策有就用\n",
        f"1楼\n楼主\n{BODY}\n{BODY}\n#2\n老周说装修\n2小时前\n{REPLY}\n",
        f"1楼\n楼主\n{BODY}\n{BODY}\n2楼\n发表于 2024-3-5 08:02:11\n{REPLY}\n",
    ],
)
def test_a_reply_with_its_label_and_stamp_goes(thread):
    out = chrome(thread).text
    assert BODY_TW in out or BODY in out
    assert REPLY_TW not in out and REPLY not in out and "樓主咪驚" not in out
    assert "Gustav_TW" not in out and "打工仔仔" not in out and "老周说装修" not in out


def test_a_ranked_list_without_stamps_stays():
    item = "台積電今年營收成長三成，穩居全球晶圓代工龍頭。"
    text = f"{BODY_TW}\n#1\n{item}\n#2\n{item}\n#3\n{item}\n"
    out = chrome(text).text
    assert out.count(item) == 3
