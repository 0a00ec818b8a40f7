"""The feeds filter's shortcuts give the answers of the full judgements they spare."""

import random

import pytest

from cleanseeds.filters.feeds import _MARKER, _PLAIN_MARKER, FeedsFilter, line_kind
from cleanseeds.document import Document

#: the characters plain markers and their near misses are built from
_PIECES = ["0", "1", "2", "9", "12", "2024", ",", ".", "-", "/", ":", " ", "年", "月", "日", "万", "w", "+"]


def test_plain_markers_are_markers():
    """Whatever the ``re`` shortcut accepts, the full marker pattern accepts too."""
    rng = random.Random(7)
    accepted = 0
    for _ in range(20000):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))
        if _PLAIN_MARKER.fullmatch(s):
            accepted += 1
            assert _MARKER.fullmatch(s), s
    assert accepted > 100


@pytest.mark.parametrize(
    "line",
    ["6152", "1,024", "3.5", "2024-05-18 10:15", "2025/12/31 08:03:21", "2024.6.8 9:05"],
)
def test_counts_and_timestamps_are_markers(line):
    assert line_kind(line) == "marker"


@pytest.mark.parametrize(
    "line",
    [
        "2024年GDP增长5.2%，高于预期。",
        "2024年GDP增長5.2%，高於預期。",
        "全年营收达1,024亿元",
        "全年營收達1,024億元",
        "2024-05-18 10:15 记者 王小明",
    ],
)
def test_numbers_in_other_lines_take_the_full_judgement(line):
    assert line_kind(line) != "marker" or _MARKER.fullmatch(line.strip())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a counted feed under a heading (Simplified), then prose
        (
            "正文第一段。\n\n相关推荐\n标题一则\n6152\n标题二则\n2024-05-18 10:15\n标题三则\n1,024\n\n后面的正文。\n",
            "related feed: heading '相关推荐', 4 items",
        ),
        # two glued pages (Traditional): the second's nav, headline and date
        (
            "本報訊：市府今日宣布新政策。\n\n新聞網\n首頁\n政治\n另一篇新聞標題\n2024年05月18日 10:15\n下一篇的正文開始了。\n",
            "new page: its nav and head after a blank line",
        ),
    ],
)
def test_runs_serve_feeds_and_page_starts(text, reason):
    """The runs of non-prose lines, found once per filter run, serve both readings."""
    doc = Document(text)
    assert [c.reason for c in FeedsFilter().find(doc)] == [reason]


# -- gates on cut lines and item metadata: the same answers as the full judgements ---------

from cleanseeds.document import Change  # noqa: E402
from cleanseeds.filters import feeds as _feeds  # noqa: E402

_PROSE = "市政府今天宣布，明年起将扩大公共交通补贴范围，惠及更多通勤市民。"
_PROSE_TW = "市府今日宣布，明年起將擴大大眾運輸補貼範圍，嘉惠更多通勤民眾。"
#: headlines, date/source rows and what other filters cut (headings, crumbs, copyright
#: lines), both scripts, mixed with blank lines so that a cut is keyed at a blank line too
_PIECES_CUT = [
    "相关新闻",
    "延伸閱讀",
    "猜你喜欢",
    "首页 > 财经 > 正文",
    "即時新聞 ＞ 生活",
    "Copyright © 2024 ETtoday.net All Rights Reserved.",
    "人民网版权所有",
    "京ICP证060535号",
]
_PIECES_KEPT = [
    "台积电第三季营收创新高 AI需求强劲",
    "颱風海葵今晚登陸 全台停班停課",
    "国产大飞机C919完成首次商业飞行",
    "美聯準會宣布維持利率不變",
    "2024-05-18 10:15",
    "2024年09月03日 14:10",
    "来源：新华社",
    "記者 王小明／台北報導",
    "6152",
    "3小時前",
    "►最新政治新聞一次看",
    "",
]


def _docs(n: int) -> list[Document]:
    """Random pages of prose, runs of short lines, and cuts of some of the cut pieces."""
    rng = random.Random(11)
    docs = []
    for _ in range(n):
        lines = [rng.choice([_PROSE, _PROSE_TW])]
        for _ in range(rng.randint(4, 16)):
            r = rng.random()
            pool = _PIECES_CUT if r < 0.25 else _PIECES_KEPT if r < 0.9 else [_PROSE, _PROSE_TW]
            lines.append(rng.choice(pool))
        lines.append(rng.choice([_PROSE, _PROSE_TW]))
        text = "\n".join(lines) + "\n"
        doc = Document(text)
        changes, at = [], 0
        for ln in lines:
            if ln in _PIECES_CUT and rng.random() < 0.7:
                changes.append(Change(at, at + len(ln) + 1, "", "widget"))
            at += len(ln) + 1
        doc.apply(changes, "chrome")
        docs.append(doc)
    return docs


def test_gates_give_the_full_answers(monkeypatch):
    """With the gates on cut positions and metadata hints lifted, every find is the same."""
    docs = _docs(400)
    gated = [[(c.start, c.end, c.reason, c.split) for c in FeedsFilter().find(d)] for d in docs]
    assert sum(map(len, gated)) > 50
    monkeypatch.setattr(_feeds._Cuts, "any_between", lambda self, lo, hi: True)
    monkeypatch.setattr(_feeds._Run, "meta", lambda self, i: self.role(i) == "meta")
    full = [[(c.start, c.end, c.reason, c.split) for c in FeedsFilter().find(d)] for d in docs]
    assert gated == full


@pytest.mark.parametrize(
    "line",
    _PIECES_KEPT
    + [
        "2024/05/12 14:25",
        "發布時間：2024年05月18日",
        "新华社记者 张晓燕",
        "作者 Chris | 2026-12-04",
        "撰文者 王小明 ｜ 發布日期 2026 年 12 月 05 日 9:30",
        "政治中心／綜合報導",
        "中時新聞網 王小明",
    ],
)
def test_every_meta_line_shows_a_hint(line):
    """A line whose role is ``meta`` holds what the gate of :meth:`_Run.meta` looks for."""
    if _feeds.line_role(line) == "meta":
        assert _feeds._META_HINT.search(line)
