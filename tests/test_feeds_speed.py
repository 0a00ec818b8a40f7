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
