"""Q&A pages with several answers: each answer its own record, no answer's text lost."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.filters.separators import Separators, _VOTE_LINE


def texts(raw: str, *filters) -> list[str]:
    return [a.text for a in Pipeline(list(filters) or [Separators()]).clean(raw)]


def cleaned(raw: str) -> list[str]:
    return [a.text for a in Pipeline.default().clean(raw)]


NAV = "首页\n知乎知学堂\n等你来答\n搜索\n提问\n"
NAV_T = "首頁\n發現\n等你來答\n搜尋\n提問\n"

#: a Simplified question page: three answers, the last one short and anonymous
ZHIHU = (
    NAV
    + "为什么越来越多的人选择在县城买房？\n关注问题\n写回答\n邀请回答\n好问题 326\n添加评论\n分享\n"
    "关注者\n1,024\n被浏览\n2,345,678\n查看全部 412 个回答\n"
    "老周说房\n房地产从业十年\n1.2 万 人赞同了该回答\n"
    "我在县城做了十年房产中介，说几点自己的观察。\n"
    "首先是价格。县城的房价大多在每平方米五千元上下，一套房的首付只要二十来万，年轻人攒几年就够了。\n"
    "其次是教育。很多县城的好学校只看户口和房产，家长为了孩子上学，买房几乎是唯一的办法。\n"
    "编辑于 2025-09-12 14:20・IP 属地河南\n赞同 1.2 万\n\u200b添加评论\n\u200b分享\n\u200b收藏\n收起\u200b\n"
    "张小北\n3,456 人赞同了该回答\n"
    "我去年在老家县城买了房，最大的感受是：房子不贵，贵的是没有工作机会。\n"
    "买房之后我还是回到了省城上班，房子一年里只住了春节那几天。\n"
    "编辑于 2025-09-13 09:02・IP 属地安徽\n赞同 3,456\n添加评论\n分享\n收起\n"
    "匿名用户\n56 人赞同了该回答\n"
    "说白了，县城的房子是给父母买的，图的是一个安心。\n"
    "发布于 2025-09-14 23:11・IP 属地四川\n赞同 56\n添加评论\n分享\n写回答\n下载知乎App\n"
    "京ICP证110745号 · 京ICP备13052560号-1 · © 2025 知乎\n"
)

#: a Traditional question page: names of approvers before the count, k counts
ZHIHU_T = (
    NAV_T
    + "為什麼現在的年輕人越來越不願意換工作？\n關注問題\n寫回答\n好問題 88\n分享\n"
    "陳大文\n人力資源顧問，關注職場\n王小明、李美玲等 2.3k 人贊同了該回答\n"
    "我在人力資源行業做了八年，說幾個看到的變化。\n"
    "第一是房貸。不少人背著三十年的房貸，每個月的收入一斷，生活就難以為繼。\n"
    "第二是年資。換一份工作往往要從頭累積年資，年終獎金和升遷機會都會受到影響。\n"
    "編輯於 2025-10-02 10:15・IP 屬地台灣\n贊同 2.3k\n添加評論\n分享\n收起\n"
    "林阿明\n1,208 人贊同了該回答\n"
    "因為外面的機會其實也不多，與其冒險，不如先把手上的工作做好。\n"
    "發佈於 2025-10-03 21:40・IP 屬地香港\n贊同 1,208\n添加評論\n分享\n"
    "關於我們 · 使用條款 · 隱私政策 · Copyright © 2025 All rights reserved\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "1.2 万 人赞同了该回答",
        "3,456 人赞同了该回答",
        "56 人赞同了该回答",
        "12k 人赞同了该回答",
        "3,456 人贊同了該回答",
        "王小明、李美玲等 2.3k 人贊同了該回答",
        "张三等 89 人赞同了该回答",
        "\u200b1,024 人赞同了该回答 ",
    ],
)
def test_vote_lines(line: str) -> None:
    assert _VOTE_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "该文章有 3,456 人赞同了该回答的观点，但作者并不认同。",
        "据统计，约有3,456人赞同了该回答。",
        "赞同 3,456",
        "3,456 人赞同了该文章",
    ],
)
def test_not_vote_lines(line: str) -> None:
    assert _VOTE_LINE.fullmatch(line) is None


@pytest.mark.parametrize("raw, n", [(ZHIHU, 3), (ZHIHU_T, 2)])
def test_each_answer_its_own_record(raw: str, n: int) -> None:
    parts = texts(raw)
    assert len(parts) == n
    assert "".join(parts).replace("\n", "") == raw.replace("\n", "")  # nothing cut


def test_boundary_over_name_and_bio() -> None:
    parts = texts(ZHIHU)
    assert parts[1].startswith("张小北\n3,456 人赞同了该回答\n")
    assert parts[2].startswith("匿名用户\n56 人赞同了该回答\n")
    assert texts(ZHIHU_T)[1].startswith("林阿明\n1,208 人贊同了該回答\n")


@pytest.mark.parametrize("raw", [ZHIHU, ZHIHU_T])
def test_no_answer_lost(raw: str) -> None:
    out = cleaned(raw)
    joined = "\n".join(out)
    for line in raw.splitlines():
        if line.endswith("。") and "问题" not in line and "問題" not in line:
            assert line in joined, line
    # the answer's furniture goes
    assert "人赞同了该回答" not in joined and "人贊同了該回答" not in joined
    assert "添加评论" not in joined and "添加評論" not in joined


def test_one_answer_no_split() -> None:
    raw = ZHIHU.split("张小北\n")[0]
    assert len(texts(raw)) == 1


def test_short_answer_kept_without_split() -> None:
    """Even in one record, the short answer under a vote line is no page chrome."""
    out = [a.text for a in Pipeline.default().without("separators").clean(ZHIHU)]
    assert "说白了，县城的房子是给父母买的，图的是一个安心。" in "\n".join(out)


@pytest.mark.parametrize(
    "raw",
    [
        "调查显示，3,456 人赞同了该回答所说的做法。\n另有 1,200 人赞同了该回答的反面意见。\n",
        "记者了解到，网友对此看法不一。\n3,456 人赞同了该回答中提到的建议，认为值得推广。\n"
        "也有网友表示，1,024 人赞同了该回答并不代表多数人的意见。\n",
    ],
)
def test_prose_untouched(raw: str) -> None:
    assert texts(raw) == [raw.strip()]
    assert cleaned(raw) == [raw.strip()]


def test_idempotent() -> None:
    for raw in (ZHIHU, ZHIHU_T):
        once = cleaned(raw)
        again = [t for o in once for t in cleaned(o)]
        assert again == once
