"""The metadata filter's cheap gates change no answer: each gated judgement agrees with
the plain one it stands for, over heads portals print (both scripts) and ordinary prose."""

from __future__ import annotations

import itertools
import random

from cleanseeds.filters import metadata as M

#: how lines open on real pages: labels with and without separators, bracketed heads,
#: dates glued to their labels, forum rows, title marks around an outlet, and prose
HEADS = [
    "修改于05-18 08:12", "發布於2024-05-18 08:12", "（發佈於2024/05/18）", "更新于 2024-05-18",
    "《星洲网》发布: 10:15am 18/05/2024", "《聯合早報》發佈時間：2024-05-18", "(《联合早报》发布：2024-05-18)",
    "文字 林佳慧", "攝影 陳明", "【作者 王小明】", "看板 Stock", "標題 [新聞] 台股大漲", "标题 [新闻] 沪指",
    "時間 Fri May 10 14:32:18 2024", "时间 Mon May 13 09:01:02 2024", "日期 30.04.2024", "刊登於 2024-07-15",
    "2024-07-15 19:50", "01/07/2024", "16:05 2024/03/08", "5月17日 10:32 来自 微博网页版",
    "于是他们决定离开。", "於是大家都笑了。", "《紅樓夢》是一部小說。", "(《三国演义》)讲的是", "文化是一种力量。",
    "日本央行周二宣布维持利率不变。", "更重要的是，市场信心正在恢复。", "最後更新的版本已經上線。",
    "發布會在北京舉行，記者提問。", "時間過得很快，轉眼又是一年。", "特别是在上海，房价上涨明显。",
    "看板上写着今天的菜单。", "标题党越来越多了。", "修改于是成为必然。", "刊登广告的企业增多。",
]
FILLERS = ["", " ", "\u3000", "（", "(", "【", "《", "1", "2", "20", "于", "於", ":", "：", "修改", "更新"]


def _plain_opens_with_head(stripped: str) -> bool:
    """:func:`M._opens_with_head` without its gates."""
    if stripped.startswith(M._YEAR_HEADS) and M._DATE.match(stripped) is not None:
        return True
    if stripped.startswith(M._YEAR_HEADS, 1) and M._DATE.match(stripped, 1) is not None:
        return True
    if stripped[:1].isdigit() or stripped[1:2].isdigit():
        if M._DMY_HEAD.match(stripped) or M._DMY_HEAD.match(stripped, 1):
            return True
        if M._FROM_CUE.search(stripped) is not None:
            return True
        if any(M._CLOCK_HEAD_CUE.match(stripped, k) and M._CLOCK_DATE.match(stripped, k) for k in (0, 1)):
            return True
    if stripped.startswith(M._BARE_CREDIT_LABELS) or stripped.startswith(M._BARE_CREDIT_LABELS, 1):
        return True
    if M._GLUED_DATE_LABEL.match(stripped) is not None or M._GLUED_DATE_LABEL.match(stripped, 1) is not None:
        return True
    if stripped.startswith(M._FORUM_LABELS) or stripped.startswith(M._FORUM_LABELS, 1):
        return True
    if M._CTIME_HEAD.match(stripped) is not None or M._CTIME_HEAD.match(stripped, 1) is not None:
        return True
    return M._BARE_DATE_HEAD.match(stripped) is not None


def _plain_farm_site(raw: str, raw_a: int) -> str | None:
    """:func:`M._farm_site` copying and stripping every line, as it did."""
    pos, seen = raw_a, 0
    while pos < len(raw) and seen < M._FARM_HEAD_LINES:
        end = raw.find("\n", pos)
        end = len(raw) if end < 0 else end
        line = raw[pos:end].strip()
        pos = end + 1
        if not line:
            continue
        seen += 1
        m = M._FARM_HEAD.match(line)
        if m is None:
            continue
        name = m["name"]
        for k in range(len(name), 1, -1):
            if name[:k].endswith(M._SITE_ENDINGS) or name[k - 1] in M._OUTLET_LAST:
                return name[:k]
        return None
    return None


def _lines() -> list[str]:
    """The heads and prose, each with a filler before it, and label words spliced at random."""
    rng = random.Random(7)
    words = [*M._LABELS, *M._BARE_CREDIT_LABELS, *M._FORUM_LABELS]
    out = [f + h for f, h in itertools.product(FILLERS, HEADS)]
    for _ in range(3000):
        h = rng.choice(HEADS)
        k = rng.randrange(len(h) + 1)
        out.append(rng.choice(FILLERS) + h[:k] + rng.choice(words) + rng.choice(FILLERS) + h[k:])
    return [s.strip() for s in out if s.strip()]


def test_gated_head_agrees_with_plain() -> None:
    for s in _lines():
        assert M._opens_with_head(s) == _plain_opens_with_head(s), s


def _plain_book_lead(stripped: str) -> bool:
    """The ``《…》`` test of :func:`M._may_open_with_item`, ungated."""
    return M._BOOK_LEAD.match(stripped) is not None or M._BOOK_LEAD.match(stripped, 1) is not None


def test_book_lead_gate_is_necessary() -> None:
    for s in _lines():
        if _plain_book_lead(s):
            assert "《" in s[:2] and M._may_open_with_item(s), s


def test_heads_open_and_prose_does_not() -> None:
    for s in ("修改于05-18 08:12", "《星洲网》发布: 10:15am 18/05/2024", "文字 林佳慧", "看板 Stock", "刊登於 2024-07-15"):
        assert M._may_open_with_item(s), s
    for s in ("于是他们决定离开。", "《紅樓夢》是一部小說。", "日本央行周二宣布维持利率不变。", "時間過得很快，轉眼又是一年。"):
        assert not M._may_open_with_item(s), s


def test_gated_farm_site_agrees_with_plain() -> None:
    heads = ["资讯快报网官网最新热点:", "鏡週刊娛樂官網最新熱點：", "吃瓜官网头条:", "官方消息：", "他去了官网。"]
    blanks = ["", " ", "\u3000", "\xa0\t", "\x85", "\u2028"]
    prose = ["今天天气很好。", "官員表示，政策不變。", "x" * 300, "台灣新聞網報導"]
    rng = random.Random(11)
    for _ in range(2000):
        rows = [rng.choice(heads + blanks + prose) for _ in range(rng.randrange(1, 7))]
        raw = "\n".join(rows) + rng.choice(["", "\n"])
        for a in {0, rng.randrange(len(raw) + 1)}:
            assert M._farm_site(raw, a) == _plain_farm_site(raw, a), (raw, a)
    assert M._farm_site("\u3000\n鏡週刊娛樂官網最新熱點：標題\n正文。", 0) == "鏡週刊"
