"""Related feeds: lists of links to other articles printed under (or instead of) the body.

A feed is found by its structure, not its words: a stretch of short, headline-shaped
lines (no finished sentence) that either

* opens with a feed heading (``推荐阅读``, ``相关推荐``, ``延伸閱讀``, ``Related articles``);
* repeats a rhythm of headlines and item metadata: a view count, a timestamp or a
  source line every few lines (``标题 / 6152``, ``标题 / 标题 / 来源 / 2025-12-31 08:03``);
* or repeats section labels that share an ending, one headline under each
  (``头条要闻 / 标题``, ``体育要闻 / 标题``).

The feed runs to the first line of prose. A feed ends the article: what follows it is
the next article or more junk, so the cut is marked as an article boundary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from ..data import load_lines
from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from .shape import is_prose, prose_before

__all__ = ["FeedsFilter", "line_kind"]

_HEADERS = load_lines("feeds_headers.txt")
_HEADER_WORDS = "|".join(regex.escape(h) for h in sorted(set(_HEADERS), key=len, reverse=True))
_HEADER = regex.compile(
    rf"\A[\s【\[「『<《#=*\-—■▌|·•]*+(?P<word>{_HEADER_WORDS})[\s】\]」』>》#=*\-—■▌|]*+"
    r"(?:(?:全部|更多|查看更多|more|MORE|»|>>|>|＞|→)\s*+)?"
    r"(?:[:：]\s*+(?P<item>.{1,80}))?",
    regex.IGNORECASE,
)

_NUM = r"\d[\d,.]*+\s*+[万萬wWkK]?\+?"
_COUNT_LABEL = (
    r"次浏览|人浏览|浏览|瀏覽|次阅读|人阅读|阅读|閱讀|次播放|播放|条评论|條評論|评论|評論|跟贴|跟帖|"
    r"点赞|點讚|赞|讚|收藏|转发|轉發|人看过|人看過|人在看|在看|views?|comments?|likes?|reads?"
)
_TIME = (
    r"\d{4}\s*+[-/.年]\s*+\d{1,2}\s*+[-/.月]\s*+\d{1,2}(?:\s*+日)?\s++\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}\s*+[-/月]\s*+\d{1,2}(?:\s*+日)?\s++\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:今天|昨天|前天|今日|昨日)\s*+\d{1,2}:\d{2}"
    r"|\d{1,3}\s*+(?:秒|分钟|分鐘|小时|小時|天|日|周|週|个月|個月)前|刚刚|剛剛"
    r"|\d{1,3}\s*+(?:minutes?|mins?|hours?|hrs?|days?)\s++ago"
)
_META_TOKEN = rf"(?:{_TIME}|{_NUM}\s*+(?:{_COUNT_LABEL})|(?:{_COUNT_LABEL})\s*+[:：]?\s*+{_NUM})"
#: a line that is an item's metadata: a bare count, or counts/times after a short source
_MARKER = regex.compile(
    rf"\A(?:{_NUM}|(?:[^\n]{{0,64}}?[\s|·•]++)?{_META_TOKEN}(?:[\s|·•]++{_META_TOKEN}){{0,3}}"
    rf"|{_META_TOKEN}(?:[\s|·•]++{_META_TOKEN}){{0,3}})",
    regex.IGNORECASE,
)
_LABEL = regex.compile(r"[\p{Han}\p{L}\d]{2,6}")
_ASCII = regex.compile(r"[\x00-\x7f]")

#: the most lines one feed item (headline, repeat, source, time) takes
_MAX_PERIOD = 5


def _headline_like(s: str) -> bool:
    """Short and unfinished: how a linked headline (or a source name) looks."""
    n = len(s)
    if is_prose(s):
        return s.rstrip().endswith(("…", "...", "……")) and n <= 140  # a teaser summary
    ascii_share = len(_ASCII.findall(s)) / n if n else 0
    return n <= 64 or (ascii_share > 0.7 and n <= 140)


@memo_by_line
def line_kind(s: str) -> str:
    """``header``, ``marker``, ``label``, ``head`` or ``prose``: a line's part in a feed."""
    s = s.strip()
    m = _HEADER.fullmatch(s)
    if m and (m.group("item") is None or _headline_like(m.group("item"))):
        return "header"
    if len(s) <= 90 and _MARKER.fullmatch(s):
        return "marker"
    if _LABEL.fullmatch(s):
        return "label"
    if _headline_like(s):
        return "head"
    return "prose"


@register
class FeedsFilter(Filter):
    """Cut related-article feeds; a feed ends the article before it."""

    name = "feeds"
    description = "cut related-article feeds (headed lists, headline/count/time runs, section blocks)"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        bounds = doc.boundaries()
        body = [ln for ln in doc.lines() if not ln.blank]
        kinds = [line_kind(ln.text) for ln in body]
        k = 0
        while k < len(body):
            if kinds[k] == "prose":
                k += 1
                continue
            j = k
            while j < len(body) and kinds[j] != "prose":
                j += 1
            found = _feed_in_run(body, kinds, k, j)
            if found:
                a, b, reason = found
                first, last = body[a], body[b - 1]
                end = last.next
                split = prose_before(text, first.start, bounds)
                yield Change(first.start, end, "", reason, split=split)
            k = j


def _feed_in_run(body: list[Line], kinds: list[str], k: int, j: int) -> tuple[int, int, str] | None:
    """The feed inside the non-prose run ``body[k:j]``: (first, end, reason) or None."""
    run = kinds[k:j]
    if "header" in run:
        a = k + run.index("header")
        word = _HEADER.fullmatch(body[a].stripped).group("word")  # type: ignore[union-attr]
        items = sum(1 for x in kinds[a + 1 : j] if x in ("head", "label"))
        return a, j, f"related feed: heading '{word}', {items} items"

    markers = [i for i in range(k, j) if kinds[i] == "marker"]
    heads = sum(1 for x in run if x in ("head", "label"))
    if len(markers) >= 3 and heads >= 3 and not _numbering(body, markers):
        gaps = [q - p for p, q in zip(markers, markers[1:])]
        if max(gaps) <= _MAX_PERIOD:
            period = Counter(gaps).most_common(1)[0][0]
            a = max(k, markers[0] - period + 1)
            b = j
            if kinds[j - 1] in ("head", "label") and j < len(body) and markers[-1] < j - 1:
                b = markers[-1] + 1  # a headline after the last item is the next title
            return a, b, f"related feed: {len(markers)} items with counts or times"

    labels = [i for i in range(k, j) if kinds[i] == "label"]
    endings = Counter(body[i].stripped[-2:] for i in labels)
    if endings:
        ending, n = endings.most_common(1)[0]
        if n >= 3:
            group = [i for i in labels if body[i].stripped.endswith(ending)]
            under = sum(1 for i in group if i + 1 < j and kinds[i + 1] == "head")
            if under >= 3:
                return group[0], j, f"related feed: {n} section blocks ('…{ending}')"
    return None


def _numbering(body: list[Line], markers: list[int]) -> bool:
    """Bare numbers 1, 2, 3… (or 01, 02…) number a list; view counts never count up by one."""
    values = []
    for i in markers:
        s = body[i].stripped
        if not s.isdigit():
            return False
        values.append(int(s))
    return all(b - a == 1 for a, b in zip(values, values[1:]))
