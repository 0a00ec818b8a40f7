"""Related feeds: lists of links to other articles printed under (or instead of) the body.

A feed is found by its structure, not its words: a stretch of short, headline-shaped
lines (no finished sentence) that either

* opens with a feed heading (``推荐阅读``, ``相关推荐``, ``延伸閱讀``, ``Related articles``),
  or with one built from the words such boxes use (``24小時熱門``, ``你可能有興趣``,
  ``其他人也看了這些新聞``) over two headlines or more;
* repeats a rhythm of headlines and item metadata: a view count, a timestamp or a
  source line every few lines (``标题 / 6152``, ``标题 / 标题 / 来源 / 2025-12-31 08:03``),
  not times over entries (a live blog's timeline);
* or repeats section labels that end in the same section word, each named once with a
  headline of its own under it (``头条要闻 / 标题``, ``体育要闻 / 标题``; a song's refrain
  repeats its lines, and a poem's stanzas end in no section word);
* or is a run of arrow-bulleted links (``►最新政治新聞一次看``) that prose does not resume.

The feed runs to the first line that cannot be one of its items: prose, a breadcrumb, a
copyright or ICP line (shown, or already cut by another filter), a lone date/source line,
a headline with a date, source or byline under it (the next article's head: the date
may name the outlet and put a 12-hour clock before a day-first date, ``《星洲网》发布:
10:15am 18/05/2024``), or a time alone on a line over a headline (a flash item's head,
where the feed's own items are not timed so), or a headline that breaks the items'
shape right over prose (no count under it where every item has one, or the date,
counter or site line another filter cut under it where no item has one). A feed
also ends at a blank line under which a new page begins: its site name or menu, then a
headline with a date under it (dumps glue whole pages together, each with its nav).

A box of the stocks a markets story names (``相關個股`` / ``相关个股``, or ``个股`` alone, over
rows of a name, a price and its change: ``台積電 1,045 +25 (+2.45%)``) is a feed of its
own kind: it ends where its quote rows end, whatever follows them. A feed
ends the article: what follows it is the next article or more junk, so the cut is marked
as an article boundary, and so is an article head that the feed ran into.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import load_lines
from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from ..scripts import with_twins
from .metadata import _han_name, is_nav_line, parse_meta_line
# (the stops and closers that make is_prose call a sentence finished: _finished_sentence
# must read them as it does)
from .shape import ends_sentence, is_prose, prose_before

__all__ = ["FeedsFilter", "built_heading", "line_kind", "line_role"]

_HEADERS = with_twins(load_lines("feeds_headers.txt"))  # in both scripts
#: arrow bullets that mark links; ● and ■ also mark points of a list in prose, so not these
_BULLETS = "▸►▶▷➤"
#: ``…`` in a heading stands for a site or channel name: ``更多 TVBS 報導``, ``网易热搜``,
#: ``更多三立新聞網報導``, ``更多中時新聞網報導`` (a portal's name with 网/網 runs to five or six)
_NAME_GAP = r"(?:[\p{Latin}\d\s.&]{1,12}\p{Han}{0,4}|\p{Han}{1,6})\s{0,2}"
#: the most characters a name takes there
_NAME_GAP_MAX = 12 + 4 + 2
#: what may stand before a heading's word: blanks, brackets, bullets, arrows and
#: pictographs (``▍延伸閱讀``, ``📌 延伸閱讀``, ``＞＞相關新聞``, ``★ 推薦閱讀 ★``)
_LEAD = rf"\s【\[「『<《>＞#=*\-—■▌|·•{_BULLETS}\p{{So}}\uFE0F"
#: what may stand after it: closing brackets, rules, pictographs, a pointing arrow,
#: an ellipsis (``延伸阅读▼``, ``推荐阅读 ↓``, ``你可能有興趣...``)
_TRAIL = r"\s】\]」』>》#=*\-—■▌|\p{So}\uFE0F↓…."


def _header_pattern(words: list[str]) -> regex.Pattern[str]:
    alt = "|".join(
        _NAME_GAP.join(regex.escape(part) for part in w.split("…")) for w in sorted(words, key=len, reverse=True)
    )
    return regex.compile(
        rf"\A[{_LEAD}]*+(?P<word>{alt})[{_TRAIL}]*+"
        r"(?:(?:全部|更多|查看更多|more|MORE|»|>>|>|＞|→)\s*+)?"
        r"(?:[:：]\s*+(?P<item>.{1,80})?)?",
        regex.IGNORECASE,
    )


_HEADER = _header_pattern(sorted({h for h in _HEADERS if "…" not in h}))
#: headings with a name in them (its place marked by ``…``), tried only where the last
#: word of one occurs (a leading name gap would be tried at every line otherwise)
_NAMED = sorted({h for h in _HEADERS if "…" in h})
_HEADER_NAMED = _header_pattern(_NAMED)
#: their last words (literals, case-sensitive: ``re`` finds those faster than ``regex``)
_NAMED_TAIL = re.compile("|".join(sorted({re.escape(h.rsplit("…", 1)[1]) for h in _NAMED})))
#: how far into a line a named heading reaches at most, when nothing stands before it
_NAMED_REACH = max(len(h) + (_NAME_GAP_MAX - 1) * h.count("…") for h in _NAMED)


# Headings built from the kinds of words feed boxes use, beyond the listed ones: what
# they offer (related, more, hot, latest, picked…) and what (reads, news, videos,
# topics, a ranking), the reader they address (猜你喜欢, 你可能有興趣, 為您推薦), or
# what other readers read (其他人也看了這些新聞, 看了本文的人还看了). Such a line is a
# heading only with headlines under it (see :meth:`_Run.feed`): alone, or with one
# line under it, it may be a subheading of the article.

#: what a box offers: related, further, other, more, hot, latest, picked, ranked…
_OFFER = (
    "相关 相關 延伸 扩展 擴展 拓展 其他 其它 更多 看更多 查看更多 推荐 推薦 热门 熱門 热点 熱點 "
    "精彩 精选 精選 最新 编辑 編輯 编者 編者 人气 人氣 今日 本周 本週 一周 一週 本月 24小时 24小時 "
    "即时 即時 实时 重点 重點 热读 熱讀 必读 必讀 最热 最熱 近期 往期 独家 獨家"
).split()
#: what it offers them as: reads, articles, news, videos, topics, a ranking
_ITEMS = (
    "阅读 閱讀 文章 新闻 新聞 报道 報導 報道 报导 资讯 資訊 内容 內容 推荐 推薦 推介 影音 视频 視頻 "
    "影片 图集 圖集 话题 話題 主题 主題 专题 專題 好文 焦点 焦點 排行 排行榜 链接 連結 搜索 搜尋 "
    "点击 點擊 点阅 點閱 热门 熱門 热点 熱點 精选 精選 必读 必讀 文摘 楼盘 樓盤"
).split()
#: what may follow those: recommended, a ranking, a list
_AFTER = "推荐 推薦 推介 排行 排行榜 榜 一览 一覽 列表 精选 精選".split()
#: whom a box addresses, and what it guesses of them
_YOU = r"(?:你|您)"
_LIKE = r"(?:想看|爱看|愛看|喜欢|喜歡|感兴趣|感興趣|有兴趣|有興趣|想读|想讀)"
_MAYBE = r"(?:可能|也许|也許|或许|或許)"
_READS = r"(?:的)?(?:文章|新闻|新聞|内容|內容|话题|話題)?"
#: who else read something, and how a box says that they did
_WHO = (
    r"(?:大家|网友|網友|读者|讀者|用户|用戶|其他人|其他读者|其他讀者|别人|別人"
    r"|(?:看|读|讀|阅读|閱讀)(?:了|过|過)?(?:本文|此文|这篇文章|這篇文章|这篇|這篇|该文|該文)的"
    r"(?:人|读者|讀者|网友|網友))"
)
_ALSO_READ = (
    r"(?:都|也|还|還)在?(?:看|读|讀|阅读|閱讀|喜欢|喜歡|关注|關注|搜)(?:了|过|過)?"
    r"(?:这些|這些)?(?:新闻|新聞|文章|内容|內容)?"
)


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


#: the built headings, as a pattern of their word
_BUILT_WORD = "|".join(
    (
        rf"{_alt(_OFFER)}{{1,3}}{_alt(_ITEMS)}{_alt(_AFTER)}?",
        rf"{_alt(_ITEMS)}{_alt(_AFTER)}",
        rf"猜{_YOU}(?:会|會)?{_LIKE}{_READS}",
        rf"{_YOU}{_MAYBE}(?:也|还|還)?(?:会|會)?(?:{_LIKE}|错过|錯過)了?{_READS}",
        rf"{_YOU}(?:也|还|還)(?:会|會)?{_LIKE}{_READS}",
        rf"{_YOU}(?:刚刚|剛剛|最近)(?:看过|看過|看了|浏览过|瀏覽過|读过|讀過)",
        rf"(?:为|為){_YOU}(?:推荐|推薦|推介|精选|精選|挑选|挑選)",
        r"(?:不容|别|別|不要|不可)(?:错过|錯過)",
        rf"{_WHO}{_ALSO_READ}",
    )
)
#: a built heading: the word, what may stand around it, a "more" link, a bare colon
_HEADER_BUILT = regex.compile(
    rf"\A[{_LEAD}]*+(?:{_BUILT_WORD})[{_TRAIL}]*+"
    r"(?:(?:全部|更多|查看更多|more|MORE|»|>>|>|＞|→)\s*+)?(?:[:：]\s*+)?",
    regex.IGNORECASE,
)
#: the first characters of built headings' words
_BUILT_OPENERS = {w[0] for w in _OFFER + _ITEMS} | set("你您猜为為不别別大网網读讀用其看阅閱")
#: the longest a built heading runs, with what stands around it
_BUILT_MAX = 40

#: what may open an unnamed heading: its word's first character (in any case), or what
#: stands before the word
_WORD_OPENER = regex.compile(
    "[" + "".join(sorted({regex.escape(h[0]) for h in _HEADERS if "…" not in h})) + "]", regex.IGNORECASE
)
_LEAD_CHAR = regex.compile(rf"[{_LEAD}]", regex.IGNORECASE)

#: characters whose answers are kept (bounded: a hostile dump may hold every code point)
CHAR_CACHE = 8192


@lru_cache(maxsize=CHAR_CACHE)
def _opening(c: str) -> tuple[bool, bool]:
    """May a line's first character ``c`` open a heading's word, or stand before it?"""
    return _WORD_OPENER.match(c) is not None, _LEAD_CHAR.match(c) is not None


@lru_cache(maxsize=CHAR_CACHE)
def _opens_built(c: str) -> bool:
    """May a line's first character ``c`` open a built heading (its word, or what stands before it)?"""
    return c in _BUILT_OPENERS or _LEAD_CHAR.match(c) is not None


#: how the heading words that open with a digit open (``24小时热榜``, ``24小時熱門``): no
#: digit stands before a heading's word, so a line opening with any other digits (a
#: count, a date, a time) opens no listed or built heading
_DIGIT_LEADS = tuple(
    sorted(
        {
            w[: len(w) - len(w.lstrip("0123456789"))]
            for w in [h for h in _HEADERS if "…" not in h] + _OFFER + _ITEMS + _AFTER
            if w[:1] in "0123456789"
        }
    )
)


def _no_word_at(s: str) -> bool:
    """Does ``s`` (stripped, not empty) open with digits that open no heading's word?"""
    return "0" <= s[0] <= "9" and not _opening(s[0])[1] and not s.startswith(_DIGIT_LEADS)


def _header_match(s: str) -> regex.Match[str] | None:
    """The heading that ``s`` (stripped) is, if any.

    A heading opens with its word, or with what may stand before the word. Where nothing
    does, a named heading ends within :data:`_NAMED_REACH` characters, so the last word
    of its name stands there.
    """
    if not s:
        return None
    opens_word, lead = _opening(s[0])
    m = _HEADER.fullmatch(s) if lead or (opens_word and not _no_word_at(s)) else None
    if m is None and _NAMED_TAIL.search(s, 0, len(s) if lead else _NAMED_REACH):
        m = _HEADER_NAMED.fullmatch(s)
    return m


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
    # (the tokens alone first: a time line, the most common marker, then matches before the
    # source is tried at each of 64 lengths; the order changes no answer of ``fullmatch``)
    rf"\A(?:{_META_TOKEN}(?:[\s|·•]++{_META_TOKEN}){{0,3}}|{_NUM}"
    rf"|(?:[^\n]{{0,64}}?[\s|·•]++)?{_META_TOKEN}(?:[\s|·•]++{_META_TOKEN}){{0,3}})",
    regex.IGNORECASE,
)
#: every marker holds a digit or says "just now"
_MARKER_HINT = regex.compile(r"\d|刚刚|剛剛")
#: and ends as a count, a time or a count label does: with a digit, a blank or one of
#: these (the last character of each)
_MARKER_LAST = ",.+万萬wk前刚剛o览覽读讀放论論贴帖赞讚藏发發过過看sted"
_MARKER_END = regex.compile(rf"[\d\s{regex.escape(_MARKER_LAST)}]", regex.IGNORECASE)
_LABEL = regex.compile(r"[\p{Han}\p{L}\d]{2,6}")

#: a breadcrumb: short parts joined by ``>``-type arrows (``财新网 > 经济 > 正文``); a part
#: may be two words with a blank between (``自由時報 即時新聞 ＞ 生活``, ``新浪新闻 国内 > 正文``)
_CRUMB_WORD = r"[^\s>›»＞，。！？,!?、；;：:]{1,14}+"
_CRUMB_PART = rf"{_CRUMB_WORD}(?: {_CRUMB_WORD})?"
_CRUMB = regex.compile(rf"{_CRUMB_PART}(?:\s{{0,3}}(?:>{{1,2}}|›|»|＞)\s{{0,3}}{_CRUMB_PART}){{1,5}}")
_COPYRIGHT = ("©", "版权所有", "版權所有", "copyright", "allrightsreserved", "公网安备", "公網安備")
_COPYRIGHT_WORDS = re.compile("|".join(map(re.escape, _COPYRIGHT)))
_ICP = regex.compile(r"ICP\s{0,2}(?:备|備|证|證)", regex.IGNORECASE)
#: a complete date with its year (``2024年06月12日``, ``2024/07/15``), or with the day first
#: as Malaysian, Singaporean and Hong Kong portals print it (``18/05/2024``, ``18-05-2024``)
_FULL_DATE = regex.compile(
    r"(?<!\d)(?:19|20)\d{2}\s{0,2}(?:[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]|年\s{0,2}\d{1,2}\s{0,2}月)"
    r"\s{0,2}\d{1,2}(?!\d)日?"
    r"|(?<![\d/.\-])\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d{2}(?!\d)"
)
#: the half of the day a clock may carry, before it (``下午3:20``) or after it (``10:15am``)
_HALF_DAY = r"(?:上午|下午|早上|晚上|中午|凌晨|AM|PM|am|pm|a\.m\.|p\.m\.)"
#: a clock right after a date (``2024-05-18 10:15``, ``18/05/2024 下午3:20``)
_CLOCK_AFTER = regex.compile(
    rf"\s{{0,3}}{_HALF_DAY}?\s{{0,2}}\d{{1,2}}\s{{0,2}}[:：]\s{{0,2}}\d{{2}}(?!\d)"
)
#: a clock right before one, as some portals print the time first (``10:15am 18/05/2024``)
_CLOCK_BEFORE = regex.compile(
    rf"(?<!\d)\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?\s{{0,2}}{_HALF_DAY}?[\s,，]{{0,3}}\Z"
)
#: a desk or reporter credit with a dateline: ``政治中心／綜合報導``, ``記者群／台北報導``
_DESK = regex.compile(r"\p{Han}{1,12}\s{0,2}[／/|｜]\s{0,2}\p{Han}{0,8}(?:報導|报道|報道|报导)")
#: what every date, source or byline line holds: a date holds digits, and a metadata line
#: opens with a date, a labelled item (a separator after its label), a reporter credit,
#: or an outlet with a separator, a date or a desk after it (as
#: :func:`~cleanseeds.filters.metadata.parse_meta_line` reads them)
_META_HINT = regex.compile(r"\d|[|｜丨/／:：]|记者|記者|通讯员|通訊員")
_SOURCE_WORDS = ("来源", "來源", "稿源", "出处", "出處", "source", "Source")
#: what may stand beside a date on a date line: labels and punctuation
_DATE_LABELS = regex.compile(r"[\s\p{P}\p{S}]|发布|發布|發佈|更新|出版|时间|時間|日期|最後|最后")
#: a link after a bullet is a headline: at least this long
_MIN_BULLET_LINK = 6

#: the most lines a new page's head takes after a blank line: its nav, headline and dates
_PAGE_HEAD_MAX = 16
#: the most lines one feed item (headline, repeat, source, time) takes
_MAX_PERIOD = 5
#: the words a portal's section label ends with (``头条要闻``, ``國際新聞``, ``财经频道``,
#: ``熱門影音``), both scripts: what a section block's label shares with the others
_SECTION_WORDS = frozenset(
    with_twins(
        "要闻 新闻 资讯 快讯 频道 头条 热点 焦点 热门 专题 专栏 动态 视频 影音 图片 图集 推荐 精选"
        " 评论 观点 直播 排行 速递 播报 看点 时评 即时 最新 财经 体育 娱乐 科技 国际 国内 社会 军事"
        " 汽车 房产 旅游 时尚 股市 两岸 港闻 论坛".split()
    )
)
#: a section block's headline: at least this long (a song's or a poem's lines run shorter)
_MIN_SECTION_HEAD = 8
#: the headlines a built heading needs right under it to head a feed
_MIN_BUILT_ITEMS = 2
#: how the points of an article's own list open (``一是``, ``第一，``, ``（一）``, ``1.``,
#: ``①``, ``首先``): under a built heading (``重点内容``) they are the article's, not links
#: (a hot list ranks its links as ``1 标题``, with a blank)
_POINT = regex.compile(
    r"[一二三四五六七八九十]{1,3}(?:是|、)|第[一二三四五六七八九十\d]{1,3}(?:[，,、：:是步]|条|條|点|點)"
    r"|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s{0,2}[.．、)）](?!\d)|[①-⑳]|首先|其次"
)


def _headline_like(s: str) -> bool:
    """Short and unfinished: how a linked headline (or a source name) looks."""
    n = len(s)
    if n > 140:
        return False
    if is_prose(s):
        return s.rstrip().endswith(("…", "...", "……"))  # a teaser summary
    # the ASCII characters are what an ASCII encoding keeps
    return n <= 64 or len(s.encode("ascii", "ignore")) / n > 0.7


#: headings that only a box of stock quotes uses (``个股``, ``相關個股行情``, ``涉及个股``): a
#: heading only over quote rows (``个股`` alone may head a market report's paragraph too)
_TICKER_HEADING = regex.compile(
    rf"\A[{_LEAD}]*+(?:相关|相關|涉及|提及|文中|本文|文章)?(?:个股|個股)(?:行情|表现|表現|一览|一覽)?"
    rf"[{_TRAIL}]*+(?:[:：]\s*+)?",
)
#: how a ticker heading opens: a blank, a bracket or bullet, or its word
_TICKER_OPENERS = frozenset("个個相涉提文本")
#: a quote's number: a price, a change or a percentage, signed or with an arrow, bracketed
#: or not (``1,045``, ``+25``, ``(+2.45%)``, ``▲1.5%``, ``-0.52%``)
_QUOTE_NUM = regex.compile(r"[(（]?[+\-−＋－▲▼△▽↑↓]?\d[\d,]*+(?:\.\d++)?[%％]?[)）]?")
#: what marks a change: a sign, an arrow or a percentage
_QUOTE_CHANGE = frozenset("+-−＋－▲▼△▽↑↓%％")
#: a quote's name and code: a word with a letter in it (``台積電``, ``万科A``, ``NVDA.O``,
#: ``宁德时代(300750)``), no sentence punctuation
_QUOTE_NAME = regex.compile(r"[^\s，。！？；：,!?;:、]{1,16}")
_LETTER = regex.compile(r"\p{L}")
#: the most numbers after a quote's name (price, change, change in per cent, volume)
_QUOTE_NUMS_MAX = 4


def _ticker_heading(s: str) -> bool:
    """A heading that only a stock box uses (``s`` stripped)."""
    return (
        0 < len(s) <= 16
        and (s[0] in _TICKER_OPENERS or _opening(s[0])[1])
        and _TICKER_HEADING.fullmatch(s) is not None
    )


@memo_by_line
def quote_row(s: str) -> bool:
    """A row of a stock box: a name (and its code), then its price and change, set off by
    blanks (``台積電 1,045 +25 (+2.45%)``, ``万科A +10.04%``, ``贵州茅台 1688.00 -0.52%``,
    ``騰訊控股 00700 ▲1.5%``); one of the numbers must be a change (signed, an arrow, a %)."""
    words = s.split()
    if not 2 <= len(words) <= 2 + _QUOTE_NUMS_MAX:
        return False
    n = 0  # numbers at the end
    while n < len(words) - 1 and n < _QUOTE_NUMS_MAX and _QUOTE_NUM.fullmatch(words[-1 - n]):
        n += 1
    names = words[: len(words) - n]
    if n == 0 or not 1 <= len(names) <= 2:
        return False
    if not any(c in _QUOTE_CHANGE for w in words[-n:] for c in w):
        return False
    return all(_QUOTE_NAME.fullmatch(w) for w in names) and any(_LETTER.search(w) for w in names)


@memo_by_line
def line_kind(s: str) -> str:
    """``header``, ``marker``, ``label``, ``head`` or ``prose``: a line's part in a feed."""
    s = s.strip()
    if _finished_sentence(s):
        return "prose"
    m = _header_match(s)
    if m and (m.group("item") is None or _headline_like(m.group("item"))):
        return "header"
    if m is None and (_built(s) or _ticker_heading(s)):
        return "header"
    n = len(s)
    if n > 140:
        return "prose"  # too long for a marker, a label or a headline
    if 0 < n <= 90 and _ends_like_marker(s[-1]) and _is_marker(s):  # most lines end as none does
        return "marker"
    if n <= 6 and _LABEL.fullmatch(s):  # two to six characters
        return "label"
    if _headline_like(s):
        return "head"
    return "prose"


def _finished_sentence(s: str) -> bool:
    """Prose beyond doubt (``s`` stripped): ten characters or more that end a sentence, as
    :func:`is_prose` reads one (``。`` or ``；`` before closing quotes or brackets).

    Most lines of a dump are such prose, and this answers them without a pattern. Such a
    line is no marker or label (none ends so), and no headline (it is prose, and no
    teaser). Nor is it a heading: no heading's word, or what stands around it, holds
    the stop, so only an item after a colon could, and an item of ten characters or
    more that ends so is prose, not a headline. A shorter item stands right after a
    colon or a blank among the last ten characters.
    """
    return (
        len(s) >= 10
        and ends_sentence(s)
        and ((":" not in s and "：" not in s) or _SHORT_ITEM_CUE.search(s, len(s) - 10) is None)
    )


#: what stands right before an item of fewer than ten characters at a line's end
#: (``re``'s ``\s`` is ``str.isspace``, which covers what a heading's blanks and a strip take)
_SHORT_ITEM_CUE = re.compile(r"[:：\s]")


def built_heading(s: str) -> bool:
    """A heading built from feed words (not a listed one): a feed only with headlines under it."""
    s = s.strip()
    return _header_match(s) is None and _built(s)


def _built(s: str) -> bool:
    """Does ``s`` (stripped) read as a built heading? Short, and opening as one does, first."""
    return (
        0 < len(s) <= _BUILT_MAX
        and _opens_built(s[0])
        and not _no_word_at(s)
        and _HEADER_BUILT.fullmatch(s) is not None
    )


def _is_marker(s: str) -> bool:
    """Item metadata; the cheap necessary conditions first: short, a marker's last
    character, a digit (or "just now")."""
    return (
        0 < len(s) <= 90
        and _ends_like_marker(s[-1])
        and _MARKER_HINT.search(s) is not None
        and (_PLAIN_MARKER.fullmatch(s) is not None or _MARKER.fullmatch(s) is not None)
    )


#: the most common markers, a bare count (``6152``) or a timestamp (``2025-12-31 08:03:21``),
#: in ASCII digits: each is a :data:`_MARKER` too (a bare :data:`_NUM`, one :data:`_TIME`),
#: and ``re`` accepts them several times faster than the full pattern
_PLAIN_MARKER = re.compile(
    r"[0-9][0-9,.]*|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2} [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
)


@lru_cache(maxsize=CHAR_CACHE)
def _ends_like_marker(c: str) -> bool:
    """May a line that ends with ``c`` be a marker?"""
    return _MARKER_END.match(c) is not None


@memo_by_line
def line_role(s: str) -> str:
    """``stop``, ``meta``, ``bullet`` or ``""``: what ends a feed, or marks a link, besides prose.

    ``stop``: a breadcrumb or a copyright/ICP line (page furniture between articles);
    ``meta``: a date, source or byline line (under a headline it makes an article head);
    ``bullet``: an arrow-bulleted headline.
    """
    s = s.strip()
    if not s or len(s) > 120 or line_kind(s) in ("header", "prose"):
        return ""
    if _stop_line(s):
        return "stop"
    if _is_meta(s):
        return "meta"
    if s[0] in _BULLETS and len(s[1:].strip()) >= _MIN_BULLET_LINK:
        return "bullet"
    return ""


@memo_by_line
def _stop_line(s: str) -> bool:
    """A breadcrumb or a copyright/ICP line: page furniture between articles."""
    s = s.strip()
    if not s or len(s) > 120 or line_kind(s) in ("header", "prose"):
        return False
    if (">" in s or "›" in s or "»" in s or "＞" in s) and len(s) <= 60 and _CRUMB.fullmatch(s):
        return True
    flat = "".join(s.split()).lower()
    return _COPYRIGHT_WORDS.search(flat) is not None or ("icp" in flat and _ICP.search(s) is not None)


def _is_meta(s: str) -> bool:
    """A date, source or byline line: a date line as :func:`_date_line` reads it, a line the
    metadata reader takes whole, or a desk credit. The date line is tried first: it is
    the cheapest reading and takes the most common such line (a date and a time), so the
    full metadata parse runs only where it does not (the answer is the same in any order).
    """
    if len(s) <= _CREDIT_ROW_MAX and ("|" in s or "｜" in s or "丨" in s) and _credit_date_row(s):
        return True
    if len(s) > 60 or _META_HINT.search(s) is None:
        return False
    if _date_line(s):
        return True
    m = parse_meta_line(s)
    return (m is not None and m.end >= len(s)) or _DESK.fullmatch(s) is not None


#: the longest author-and-date row read as one (``作者 X | 發布日期 … | 分類 …``)
_CREDIT_ROW_MAX = 80
#: what parts a portal's head row: ``作者 Chris | 2026-12-04``
_ROW_SEP = regex.compile(r"[|｜丨]")
#: a credit part of such a row: a credit word, then one name in any script (``作者 Chris``,
#: ``撰文：王小明``, ``記者 林以璇``); the metadata reader's own names are Han names only
_CREDIT_PART = regex.compile(
    r"(?:作者|撰文者?|撰稿|文|记者|記者|编辑|編輯|责编|責編|By|by)(?:\s{0,2}[:：/／]\s{0,2}|\s{1,2})"
    r"[\p{L}·・.'\-]{1,20}(?:\s[\p{Lu}\p{Han}][\p{L}·・.'\-]{0,19})?"
)
#: a category part of such a row, which some portals print after the date (``分類 GPU , 晶片``)
_CATEGORY_PART = regex.compile(r"(?:分類|分类|類別|类别|標籤|标签|欄目|栏目)\s{0,2}[:：]?[^|｜丨]{0,40}")


#: a clock in a row's date part, to the minute or the second
_PART_CLOCK = regex.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")


def _date_part(p: str) -> bool:
    """A row's part that is a full date, with labels and a clock alone beside it (its
    ``日`` may stand apart: ``發布日期 2026 年 12 月 05 日 9:30``)."""
    d = _FULL_DATE.search(p)
    if d is None:
        return False
    rest = _PART_CLOCK.sub("", p[: d.start()] + p[d.end() :])
    return not _DATE_LABELS.sub("", rest).replace("日", "")


def _credit_date_row(s: str) -> bool:
    """A portal's head row of parts set apart by bars: one credit (a credit word and a
    name, Latin names too), one date, perhaps a category (``作者 Chris | 2026-12-04``,
    ``撰文者 王小明 ｜ 發布日期 2026 年 12 月 05 日 9:30``). A feed's item never carries
    a credit word, so under a headline it marks an article's head."""
    parts = [p for p in map(str.strip, _ROW_SEP.split(s)) if p]
    credits = sum(1 for p in parts if _CREDIT_PART.fullmatch(p) is not None)
    dates = sum(1 for p in parts if _date_part(p))
    rest = len(parts) - credits - dates
    return credits == 1 and dates == 1 and rest == sum(
        1 for p in parts if _CATEGORY_PART.fullmatch(p) is not None
    )


#: a page title as a content farm prints it: the headline, then the site's name (and its
#: channel's) glued on by underscores (``<headline>_熱點資訊網``, ``<headline>_财经_新浪网``)
_FARM_TITLE = regex.compile(r"[^_]{6,60}(?:_[^\s_。，！？!?、；;“”「」]{2,16}){1,3}")


@memo_by_line
def _farm_title(s: str) -> bool:
    """Is ``s`` (stripped) a page title with its site's name glued on by an underscore?"""
    return "_" in s and not s.endswith("_") and _FARM_TITLE.fullmatch(s) is not None


#: a feed item dated on its own line: a headline, a blank, its day (``秋收时节的田野 2025-10-10``,
#: ``鄉村振興一線觀察 2025年10月09日``), and no clock or label, as a head's date row has
_DATED_ITEM = regex.compile(
    r"[^\s:：|｜]{2,40}(?:\s[^\s:：|｜]{1,40}){0,3}\s{1,3}[(（\[]?"
    r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[)）\]]?"
)


@memo_by_line
def _dated_item(s: str) -> bool:
    """A headline with its day after it on one line (``s`` stripped): how a feed dates its
    items, where an article's head puts its date on a row of its own."""
    return (
        len(s) <= 60
        and (s[-1:].isdigit() or s.endswith(("日", ")", "）", "]")))
        and _DATED_ITEM.fullmatch(s) is not None
    )


def _date_line(s: str) -> bool:
    """A complete date with a clock or a source beside it (the rest short), or with labels
    and punctuation alone."""
    d = _FULL_DATE.search(s)
    if d is None:
        return False
    clock = _CLOCK_AFTER.match(s, d.end()) or _CLOCK_BEFORE.search(s, 0, d.start())
    if clock or any(w in s for w in _SOURCE_WORDS):
        return len(s) - (d.end() - d.start()) <= 40
    return not _DATE_LABELS.sub("", s[: d.start()] + s[d.end() :])


@register
class FeedsFilter(Filter):
    """Cut related-article feeds; a feed ends the article before it."""

    name = "feeds"
    description = "cut related-article feeds (headed lists, headline/count/time runs, section blocks)"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        bounds: list[int] | None = None
        body = [ln for ln in doc.lines() if ln.text.strip()]
        kinds = _kinds(body)
        letters = "".join(map(_LETTERS.__getitem__, kinds))
        runs = [m.span() for m in _RUN.finditer(letters)]
        cuts = _Cuts(doc)
        fed: set[int] = set()  # the runs a feed was cut in, by their first line
        for k, j in _feed_runs(text, body, letters, runs, cuts):
            run = _Run(body, kinds, k, j, cuts)
            cut_to = -1
            for s, e in run.segments():
                found = run.feed(s, e)
                if not found:
                    continue
                a, b, reason = found
                first, last = body[a], body[b - 1]
                # links in an article's tail end nothing: what follows is more of the tail;
                # nor does one "read also" line with prose right under it (a link set
                # inside the article: 延伸閱讀：<headline>, then the story goes on)
                inline_link = b - a == 1 and b < len(body) and kinds[b] == "prose"
                if bounds is None:
                    bounds = doc.boundaries()
                split = (
                    "bulleted" not in reason
                    and not inline_link
                    and prose_before(text, first.start, bounds)
                )
                yield Change(first.start, last.next, "", reason, split=split)
                cut_to = b
            h = run.head_before_prose(cut_to) if cut_to >= 0 else None
            if h is not None and run.page_break(cut_to, h + 1) is not None:
                h = None  # a new page's head: the feed's cut split it off, with its nav
            if h is None and cut_to == run.j - 2:
                h = run.flash_head(run.k, run.j)  # the feed stopped at a flash item's head
            if h is None and cut_to >= 0 and run.next_head == cut_to:
                h = cut_to  # the feed stopped at a headline that broke its items' shape
            if h is not None and h >= cut_to:
                pos = body[h].start
                yield Change(pos, pos, "", "new article: a headline and its date or time after a feed", split=True)
            if cut_to >= 0:
                fed.add(k)
        yield from _page_starts(body, kinds, runs, cuts, fed)


#: stops that end a sentence (:func:`ends_sentence` reads each so), as a line's last character
_STOPS = ("。", "；", ";")


def _kinds(body: list[Line]) -> list[str]:
    """The :func:`line_kind` of each line of ``body``.

    Most lines of a dump end with the stop itself: such a line stripped is the line
    with its leading blanks gone, and ends as its last ten characters do, so
    :func:`_finished_sentence` is read here on the line as it stands, and a finished
    sentence is told prose without a call (the call and its memo lookup cost more).
    """
    return [
        "prose"
        if (t := ln.text)[-1:] in _STOPS
        and len(t.lstrip()) >= 10
        and ((":" not in t and "：" not in t) or _SHORT_ITEM_CUE.search(t, len(t) - 10) is None)
        else line_kind(t)
        for ln in body
    ]


#: a letter for each kind of line, so that runs of non-prose lines and what they hold are
#: found by string operations (once per filter run: the feeds and the page starts read them)
_LETTERS = {"header": "H", "marker": "M", "label": "L", "head": "h", "prose": " "}
_RUN = re.compile(r"[^ ]+")


def _feed_runs(
    text: str, body: list[Line], letters: str, runs: list[tuple[int, int]], cuts: _Cuts
) -> Iterator[tuple[int, int]]:
    """The runs of non-prose lines ``body[k:j]`` (``runs``, spans of ``letters``) that may
    hold a feed, as ``(k, j)``.

    Each kind of feed needs its lines somewhere in the run: a heading (shown, or cut
    just before one of its lines), three section labels, three counts or times and
    three headlines, or two arrow-bulleted lines.
    """
    arrows: list[int] | None = None  # the lines that open with an arrow, found on first use
    under_heading: list[int] | None = None  # the lines just after a cut heading, likewise
    for k, j in runs:
        run = letters[k:j]
        if "H" in run or (len(run) >= 3 and _rhythm(run)):
            yield k, j
            continue
        if len(run) >= 2:
            if arrows is None:
                arrows = _arrow_lines(text, body)
            if bisect.bisect_left(arrows, j) - bisect.bisect_left(arrows, k) >= 2:
                yield k, j
                continue
        if under_heading is None:
            under_heading = cuts.lines_under_heading()
        # (indexes of the text's lines: the run's are body[k].index to body[j - 1].index)
        if under_heading and bisect.bisect_right(under_heading, body[j - 1].index) > bisect.bisect_left(under_heading, body[k].index):
            yield k, j


#: the menu labels a page's head needs over its headline where no feed ends above it
_PAGE_NAV_MIN = 2


def _page_starts(
    body: list[Line], kinds: list[str], runs: list[tuple[int, int]], cuts: _Cuts, fed: set[int]
) -> Iterator[Change]:
    """Boundaries where, after prose, a blank line and a new page's head stand: its site
    name and menu, a headline, its date (dumps that glue whole pages, each with its nav).

    Only runs of non-prose lines between prose, with a blank line above or inside, are
    read, and not those a feed was cut in (its cut split the page off already).
    """
    for k, j in runs:
        if k == 0 or j >= len(body) or k in fed or j - k < _PAGE_NAV_MIN + 2:
            continue
        if body[j - 1].index - body[k - 1].index == j - k:  # no blank line above or inside
            continue
        run = _Run(body, kinds, k, j, cuts)
        i = run.page_break(k, j, nav=_PAGE_NAV_MIN)
        if i is not None:
            pos = body[i].start
            yield Change(pos, pos, "", "new page: its nav and head after a blank line", split=True)


def _arrow_lines(text: str, body: list[Line]) -> list[int]:
    """The lines that open with an arrow bullet, as indexes into ``body``."""
    if not any(b in text for b in _BULLETS):
        return []
    return [i for i, ln in enumerate(body) if ln.text.lstrip()[:1] in _BULLETS]


def _rhythm(run: str) -> bool:
    """Three section labels, or three counts or times and three headlines."""
    labels = run.count("L")
    return labels >= 3 or (run.count("M") >= 3 and labels + run.count("h") >= 3)


class _Cuts:
    """What other filters (and earlier rounds) already cut just before each line.

    A heading or a breadcrumb cut by ``chrome`` or ``notices`` still shapes the lines
    around it: items under a cut heading are a feed; a cut breadcrumb or copyright line
    ends one. Built on first use.
    """

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._before: dict[int, str] | None = None
        self._positions: list[int] | None = None  # the keys of ``_before``, ascending
        self._headings: dict[int, bool] = {}

    def _cut_lines(self) -> dict[int, str]:
        """The raw text of the whole lines cut before each position that has some."""
        if self._before is None:
            doc, raw = self._doc, self._doc.raw
            found: dict[int, list[str]] = {}
            # (edits are in raw order)
            for e in [e for e in doc.edits if not e.text and raw.find("\n", e.start, e.end) >= 0]:
                found.setdefault(doc.text_offset(e.start), []).append(raw[e.start : e.end])
            self._before = {p: "".join(parts) for p, parts in found.items()}
        return self._before

    def any_between(self, lo: int, hi: int) -> bool:
        """Were whole lines cut at some position from ``lo`` to ``hi`` (both included)?
        Where none were, no line there has a heading or a stop cut over it."""
        cut = self._cut_lines()
        if not cut:
            return False
        if self._positions is None:
            self._positions = sorted(cut)
        at = self._positions
        return bisect.bisect_right(at, hi) > bisect.bisect_left(at, lo)

    def before(self, pos: int) -> str:
        """The raw text of the whole lines cut just before ``pos`` (``""`` if none)."""
        return self._cut_lines().get(pos, "")

    def lines_under_heading(self) -> list[int]:
        """The lines (indexes as in ``doc.lines()``, ascending) that are neither blank nor
        prose and have a heading cut just before them.

        Only such lines are ever asked about, so the cuts before prose (most of them)
        cost no judgement of their last line.
        """
        cut = self._cut_lines()
        if not cut:
            return []
        lines = self._doc.lines()
        found = []
        for p, i in zip(cut, self._doc.line_indexes_of(cut)):
            if i < 0 or lines[i].start != p:
                continue
            text = lines[i].text
            if text.strip() and line_kind(text) != "prose" and self.heading_before(p):
                found.append(i)
        return sorted(found)

    def last_line(self, pos: int) -> str:
        cut = self.before(pos).strip()
        return cut[cut.rfind("\n") + 1 :].strip() if cut else ""

    def heading_before(self, pos: int) -> bool:
        """Is the last line cut just before ``pos`` a heading? (Judged when first asked.)"""
        got = self._headings.get(pos)
        if got is None:
            last = self.last_line(pos)
            got = self._headings[pos] = bool(last) and line_kind(last) == "header"
        return got

    def line_starts(self, lo: int, hi: int) -> list[int]:
        """Where the lines between ``lo`` and ``hi`` start (``lo`` a line's start)."""
        text, found = self._doc.text, []
        while lo < hi:
            found.append(lo)
            lo = text.find("\n", lo, hi) + 1 or hi
        return found

    def stop_before(self, pos: int) -> bool:
        cut = self._cut_lines().get(pos, "")  # (asked of most lines of a run: one call less)
        return bool(cut) and _may_hold_stop(cut) and any(_stop_line(ln) for ln in cut.split("\n") if ln.strip())


def _may_hold_stop(text: str) -> bool:
    """Might a line of ``text`` be a :func:`_stop_line`? What makes one shows in the whole
    text too: a breadcrumb's arrow, a copyright word once blanks go and case is folded
    (a line's share of that is a stretch of the whole's), an ICP number."""
    return (
        ">" in text
        or "›" in text
        or "»" in text
        or "＞" in text
        or _COPYRIGHT_WORDS.search("".join(text.split()).lower()) is not None
        or _ICP.search(text) is not None
    )


class _Run:
    """A run of non-prose lines ``body[k:j]``, cut into segments where a stop stands."""

    def __init__(self, body: list[Line], kinds: list[str], k: int, j: int, cuts: _Cuts) -> None:
        self.body, self.kinds, self.k, self.j, self.cuts = body, kinds, k, j, cuts
        self._roles: list[str | None] = [None] * (j - k)
        #: the next article's headline that the last feed's items ended at (see :meth:`odd_last`)
        self.next_head: int | None = None

    def role(self, i: int) -> str:
        """The line's :func:`line_role`, looked up only where a feed is being delimited."""
        r = self._roles[i - self.k]
        if r is None:
            r = self._roles[i - self.k] = line_role(self.body[i].text)
        return r

    def meta(self, i: int) -> bool:
        """Is the line's role ``meta`` (a date, source or byline line)? Every such line
        holds a :data:`_META_HINT` (see :func:`_is_meta`): most headlines hold none, and
        are told so without a judgement of their role."""
        if self._roles[i - self.k] is None and _META_HINT.search(self.body[i].text) is None:
            return False
        return self.role(i) == "meta"

    def bullet(self, i: int) -> bool:
        return self.body[i].stripped[:1] in _BULLETS and self.role(i) == "bullet"

    def segments(self) -> Iterator[tuple[int, int]]:
        s, body = self.k, self.body
        # most runs show no sign of a stop at all: then no line of them is one
        shown = _may_hold_stop("\n".join(ln.text for ln in body[self.k : self.j]))
        # a stop cut over a line after the first is keyed after the first line's start,
        # at the line's start at the latest: most runs have no cut there at all
        cut = self.cuts.any_between(body[self.k].start + 1, body[self.j - 1].start)
        for i in range(self.k, self.j):
            if shown and _stop_line(body[i].text):
                if i > s:
                    yield s, i
                s = i + 1
            elif cut and i > s and self._stop_cut_over(i):
                yield s, i
                s = i
        if s < self.j:
            yield s, self.j

    def _stop_cut_over(self, i: int) -> bool:
        """Was a stop cut just before line ``i``, or before a blank line over it? (A cut
        copyright line that a blank line followed is keyed where that blank line starts.)"""
        cuts, at = self.cuts, self.body[i].start
        if cuts.stop_before(at):
            return True
        if self.body[i].index == self.body[i - 1].index + 1:
            return False
        return any(cuts.stop_before(p) for p in cuts.line_starts(self.body[i - 1].next, at))

    def feed(self, k: int, j: int) -> tuple[int, int, str] | None:
        """The feed inside the segment ``body[k:j]``: (first, end, reason) or None."""
        body, kinds = self.body, self.kinds
        run = kinds[k:j]
        a = k + run.index("header") if "header" in run else j
        under_cut = (
            next((i for i in range(k, a) if self.cuts.heading_before(body[i].start)), None)
            if a > k and self.cuts.any_between(body[k].start, body[a - 1].start)  # (a heading cut is keyed there)
            else None
        )
        if under_cut is not None:
            # items under a heading another filter cut: only where no prose resumes after them
            b = self._headed_end(under_cut - 1, j)
            items = sum(1 for x in kinds[under_cut:b] if x in ("head", "label"))
            if items and (j < self.j or j == len(body)):
                heading = _header_match(self.cuts.last_line(body[under_cut].start))
                word = heading.group("word") if heading else ""
                return under_cut, b, f"related feed: heading '{word}' (cut), {items} items"
        while a < j:
            box = self._quote_box(a, j)
            if box is not None:
                return box
            m = _header_match(body[a].stripped)
            if m is None and _ticker_heading(body[a].stripped):  # a stock box's word over no quotes: nothing
                a = next((i for i in range(a + 1, j) if kinds[i] == "header"), j)
                continue
            b = self._headed_end(a, j)
            if m is not None:
                items = sum(1 for x in kinds[a + 1 : b] if x in ("head", "label"))
                return a, b, f"related feed: heading '{m.group('word')}', {items} items"
            # a built heading: only right over headlines (labels are too short to be ones,
            # points of a list are the article's), one more where the story may go on
            heads = sum(1 for x in kinds[a + 1 : b] if x == "head")
            need = _MIN_BUILT_ITEMS + (b == self.j < len(body))
            if heads >= need and kinds[a + 1] == "head" and not _POINT.match(body[a + 1].stripped):
                return a, b, f"related feed: heading '{body[a].stripped}', {heads} items"
            a = next((i for i in range(a + 1, j) if kinds[i] == "header"), j)

        markers = [i for i in range(k, j) if kinds[i] == "marker"]
        heads = sum(1 for x in run if x in ("head", "label"))
        if len(markers) >= 3 and heads >= 3 and not _numbering(body, markers) and not _timeline(body, kinds, k, j, markers):
            gaps = [q - p for p, q in zip(markers, markers[1:])]
            if max(gaps) <= _MAX_PERIOD:
                period = Counter(gaps).most_common(1)[0][0]
                a = max(k, markers[0] - period + 1)
                b = j
                if kinds[j - 1] in ("head", "label") and j < len(body) and markers[-1] < j - 1:
                    b = markers[-1] + 1  # a headline after the last item is the next title
                else:
                    b = self._head_after_items(a, j)
                return a, b, f"related feed: {len(markers)} items with counts or times"

        found = self._section_blocks(k, j)
        if found is not None:
            return found

        i = k
        while i < j:
            if not self.bullet(i):
                i += 1
                continue
            b = i
            while b < j and self.bullet(b):
                b += 1
            # arrow bullets also mark points inside an article: only links that no prose follows
            if b - i >= 2 and (j < self.j or self.j == len(body)):
                return i, b, f"related feed: {b - i} bulleted links"
            i = b
        return None

    def _section_blocks(self, k: int, j: int) -> tuple[int, int, str] | None:
        """Section blocks in ``body[k:j]``: three labels or more that end in the same
        section word (``头条要闻`` / ``体育要闻``, ``國際新聞`` / ``財經新聞``), each over a headline.

        A page names each section once, each over a headline of its own, so the labels
        and the headlines under them differ. The short lines of a song or a poem may
        share an ending too, but its refrain repeats (``如果你回來`` / ``我還在這裡等你``)
        and what ends its stanzas is no section word (``在春天里`` / ``在夏天里``).
        """
        body, kinds = self.body, self.kinds
        labels = [i for i in range(k, j) if kinds[i] == "label" and body[i].stripped[-2:] in _SECTION_WORDS]
        endings = Counter(body[i].stripped[-2:] for i in labels)
        if not endings:
            return None
        ending, n = endings.most_common(1)[0]
        if n < 3:
            return None
        group = [i for i in labels if body[i].stripped.endswith(ending)]
        if len({body[i].stripped for i in group}) < len(group):
            return None  # a section named twice: a refrain, not a page's sections
        heads = [
            body[i + 1].stripped
            for i in group
            if i + 1 < j and kinds[i + 1] == "head" and len(body[i + 1].stripped) >= _MIN_SECTION_HEAD
        ]
        if len(heads) < 3 or len(set(heads)) < len(heads):
            return None
        return group[0], j, f"related feed: {n} section blocks ('…{ending}')"

    def _quote_box(self, a: int, j: int) -> tuple[int, int, str] | None:
        """A stock box: the heading at ``a`` over quote rows, to the last of them (what
        follows is the page's, not the box's: a blank, the next page's nav and head)."""
        body = self.body
        if a + 1 >= j or not quote_row(body[a + 1].text):
            return None
        b = a + 2
        while b < j and quote_row(body[b].text):
            b += 1
        m = _header_match(body[a].stripped)
        word = m.group("word") if m is not None else body[a].stripped
        return a, b, f"stock quote box: heading '{word}', {b - a - 1} rows"

    def _headed_end(self, a: int, j: int) -> int:
        """Where the items under the heading at ``a`` end: :meth:`_items_end`, or before
        the flash item's head they ran into (see :meth:`flash_head`), or at the blank line
        over a new page's head (see :meth:`page_break`)."""
        b = self._items_end(a, j)
        flash = self.flash_head(a + 1, b)
        b = b if flash is None else flash
        brk = self.page_break(a + 1, b)
        b = b if brk is None else brk
        odd = self.odd_last(a, b)
        return b if odd is None else odd

    def odd_last(self, a: int, b: int) -> int | None:
        """The next article's headline at the end of the items ``body[a + 1:b]`` (under
        the heading at ``a``), right over the prose: an item that breaks the items' shape
        (see :meth:`_uncounted_tail`, :meth:`_marked_last`); its index, or None.

        A content farm prints the next page's head (its headline, a site line repeating
        it, a counter or date row) right under a feed: its headline is no item."""
        h = self._titled_last(a, b)
        if h is not None:
            self.next_head = h
            return h
        if b != self.j or b >= len(self.body) or b - a < 3:
            return None
        h = self._uncounted_tail(a, b)
        if h is None:
            h = self._marked_last(a, b)
        if h is not None:
            self.next_head = h
        return h

    def _titled_last(self, a: int, b: int) -> int | None:
        """The last item ``body[b - 1]`` where it alone is a page title (``<headline>_站名``,
        the form a farm prints its next page's head in) and the next article's head or
        prose follows: prose, a date or byline row, or a breadcrumb (shown or cut).
        Items that all carry the suffix are items all."""
        body, h = self.body, b - 1
        if h - a < 2 or b >= len(body) or self.kinds[h] != "head" or self.role(h):
            return None
        if not _farm_title(body[h].stripped) or any(_farm_title(body[q].stripped) for q in range(a + 1, h)):
            return None
        if self.kinds[b] == "prose" or self.role(b) == "meta" or self._stop_cut_over(b):
            return h
        return h if self.role(b) == "stop" and _CRUMB.fullmatch(body[b].stripped) is not None else None

    def _uncounted_tail(self, a: int, b: int) -> int | None:
        """Items of one shape, a headline then its count or time every ``p`` lines
        (``标题 / 5321``), then up to a period's worth of lines with no count: those
        lines head the article after (``标题 / 更新时间: 浏览次数:1412``, then prose)."""
        kinds = self.kinds
        marks = [q for q in range(a + 1, b) if kinds[q] == "marker" or self.role(q) == "meta"]
        if len(marks) < 2:
            return None
        gaps = {q - p for p, q in zip(marks, marks[1:])}
        if len(gaps) != 1:
            return None
        period = gaps.pop()
        # each item opens with its headline, right under the heading for the first
        if not 2 <= period <= _MAX_PERIOD or marks[0] - a != period:
            return None
        h = marks[-1] + 1
        if not 1 <= b - h <= _MAX_PERIOD or kinds[h] not in ("head", "label") or self.role(h):
            return None
        return h

    def _marked_last(self, a: int, b: int) -> int | None:
        """Bare headlines, the last with a date, counter or byline row that another filter
        cut under it (or a site line repeating it): that one heads the article after.
        Items cut so alike (each with its counter) are items all."""
        body = self.body
        h = b - 1
        if h - a < 2 or any(self.kinds[q] not in ("head", "label") or self.role(q) for q in range(a + 1, b)):
            return None
        if not self._head_rows_cut(body[b].start, body[h].stripped):
            return None
        if any(self._head_rows_cut(body[q].start, "") for q in range(a + 2, b)):
            return None
        return h

    def _head_rows_cut(self, pos: int, headline: str) -> bool:
        """Did another filter cut, just before ``pos``, a date, source, byline or count
        row, or a line that repeats ``headline`` (a farm's site line)?"""
        cut = self.cuts.before(pos)
        for ln in cut.split("\n"):
            s = ln.strip()
            if not s:
                continue
            if line_role(s) == "meta" or line_kind(s) == "marker" or _byline(s):
                return True
            if headline and len(headline) >= _MIN_BULLET_LINK and headline in s and s != headline:
                return True
        return False

    def page_break(self, lo: int, hi: int, *, nav: int = 1) -> int | None:
        """The first line of ``body[lo:hi]`` with a blank line over it and a new page's
        head from it to the prose after the run (see :meth:`_page_head`); its index."""
        body = self.body
        for i in range(max(lo, 1, self.j - _PAGE_HEAD_MAX), hi):  # (a page's head is short)
            if body[i].index > body[i - 1].index + 1 and self._page_head(i, nav):
                return i
        return None

    def _page_head(self, i: int, nav: int) -> bool:
        """From ``i`` to the prose after the run, a new page's head: its site name or menu
        (``nav`` short labels or more, or a menu line), a headline (and a byline the date
        lines do not read), then date or source lines, one with a full date. A feed's
        items are headlines, longer than labels, so a blank line among them heads no page."""
        body, kinds, e = self.body, self.kinds, self.j
        if e >= len(body) or e - i > _PAGE_HEAD_MAX:
            return False
        d = e
        while d > i and (kinds[d - 1] == "marker" or self.role(d - 1) == "meta"):
            d -= 1
        if d == e or not any(_FULL_DATE.search(body[q].text) for q in range(d, e)):
            return False
        n, menu = i, False
        while n < d and not self.role(n):
            if kinds[n] != "label":
                if not is_nav_line(body[n].text):
                    break
                menu = True
            n += 1
        if n - i < nav and not menu:
            return False
        return 1 <= d - n <= 2 and all(kinds[q] == "head" and not self.role(q) for q in range(n, d))

    def _head_after_items(self, a: int, j: int) -> int:
        """Where items with counts or times in ``body[a:j]`` end: ``j``, or the headline of
        the next article's head (with a byline the items lack) closing them."""
        i = j
        while i > a and self.role(i - 1) == "meta":
            i -= 1
        h = self._closing_head(i, j, a) if i < j else None
        return j if h is None else h

    def _items_end(self, a: int, j: int) -> int:
        """Where the items under the heading at ``a`` end (``j`` at most).

        A date, source or byline line ends them, and so does a headline with one under
        it (the next article's head), unless the items carry such lines themselves.
        """
        body, kinds = self.body, self.kinds
        rhythm = False
        for i in range(a + 1, j):
            if kinds[i] == "marker" and not self.meta(i):
                rhythm = True
                continue
            if not self.meta(i):
                continue
            if _dated_item(body[i].stripped) and any(
                _dated_item(body[q].stripped) for q in (i - 1, i + 1) if a < q < j
            ):
                continue  # items alike, each dated on its line: no headline over a date row
            if rhythm or self._more_items(i, j):
                h = self._closing_head(i, j, a + 1)
                if h is not None:
                    return h
                rhythm = True
                continue
            paired = i - 1 > a and kinds[i - 1] in ("head", "label") and self.role(i - 1) != "meta"
            return self._over_bylines(i - 1, a + 1) if paired else i
        return j

    def _more_items(self, i: int, j: int) -> bool:
        """After the date/source lines at ``i``, a headline and another such line within a period."""
        q = i + 1
        while q < j and self.role(q) == "meta":
            q += 1
        if q >= j or self.kinds[q] not in ("head", "label"):
            return False
        return any(
            self.role(r) == "meta" or self.kinds[r] == "marker" for r in range(q + 1, min(j, q + _MAX_PERIOD))
        )

    def _closing_head(self, i: int, j: int, floor: int) -> int | None:
        """The next article's headline, where the date lines ``body[i:j]`` end the run
        before prose and a byline stands between them and a headline, while the item
        above has none (a feed's items are alike; an article's head is not).

        With no byline, the head still differs where the item above is counted only
        (``标题 / 1984``) and these lines give a full date (``更新时间:2025-08-12 23:50
        浏览次数:1746``): a content farm's next head, right under its read-count feed.
        """
        body = self.body
        if j != self.j or j >= len(body) or any(self.role(q) != "meta" for q in range(i, j)):
            return None
        h = self._over_bylines(i - 1, floor)
        p = h - 1  # the item above: its dates or counts, then what stands over them
        while p >= floor and (self.kinds[p] == "marker" or (self.role(p) == "meta" and not self._credit(p))):
            p -= 1
        if p < floor or _byline(body[p].stripped) or self._credit(p):
            return None
        if h == i - 1 and not self._dated_under_counted(p + 1, h, i, j):
            return self._head_under_undated(i, j, floor)
        return h

    def _head_under_undated(self, i: int, j: int, floor: int) -> int | None:
        """The next article's headline over the full-dated lines ``body[i:j]``, where every
        item above is stamped undated (``财经观察家 2小时前``, ``5小時前``, ``3426``): a mobile
        feed's cards never carry a year, a head's date row does. A source line may stand
        under the headline (``北京青年报``); lines between the last item and the headline
        (an app prompt, a slogan) go with the feed."""
        body, kinds = self.body, self.kinds
        if not any(_FULL_DATE.search(body[q].text) for q in range(i, j)):
            return None
        marks = [q for q in range(floor, i) if kinds[q] == "marker" or self.role(q) == "meta"]
        if not marks or any(
            kinds[q] != "marker" or self.role(q) == "meta" or _FULL_DATE.search(body[q].text) for q in marks
        ):
            return None
        h = self._over_source(i - 1, i, j, marks[-1] + 1)
        if h <= marks[-1] or kinds[h] not in ("head", "label") or self.role(h):
            return None
        return h

    def _over_source(self, h: int, i: int, j: int, floor: int) -> int:
        """The headline over the source line at ``h`` (right over the date lines
        ``body[i:j]``), at ``floor`` or below; or ``h``. A source line is short
        (``北京青年报``, ``東網``) or named again in the date row (``2025-10-14 08:12
        北京青年报官方百家号 关注``); a headline stands over it."""
        body, kinds = self.body, self.kinds
        if h - 1 < floor or self.role(h) or kinds[h - 1] != "head" or self.role(h - 1):
            return h
        name = body[h].stripped
        if kinds[h] == "label" or any(name in body[q].text for q in range(i, j)):
            return h - 1
        return h

    def _dated_under_counted(self, lo: int, hi: int, i: int, j: int) -> bool:
        """Is the item metadata ``body[lo:hi]`` counts alone (no date, source or byline)
        while the lines ``body[i:j]`` hold a full date?"""
        if lo >= hi or any(self.kinds[q] != "marker" or self.role(q) == "meta" for q in range(lo, hi)):
            return False
        return any(_FULL_DATE.search(self.body[q].text) for q in range(i, j))

    def _credit(self, i: int) -> bool:
        """A date or source line with no digit in it: a credit (``記者 王小明``), no date."""
        return self.role(i) == "meta" and not any(c.isdigit() for c in self.body[i].text)

    def flash_head(self, a: int, b: int) -> int | None:
        """A time alone on a line, then a headline, closing the run right before prose:
        the head of a flash item (快讯: ``14:30`` / <headline> / <paragraph>) that the feed
        ``body[a:b]`` ran into; its index. None where the feed does not run to the prose,
        or where an item above is timed so too (a feed's items are alike; a head is not)."""
        t = self.j - 2
        if b != self.j or self.j >= len(self.body) or t <= a or self.kinds[t + 1] != "head":
            return None
        if _LONE_CLOCK.fullmatch(self.body[t].stripped) is None:
            return None
        if any(_LONE_CLOCK.fullmatch(self.body[q].stripped) for q in range(a, t)):
            return None
        return t

    def head_before_prose(self, floor: int | None = None) -> int | None:
        """A headline, then date/source/byline lines, then the prose after the run: its
        index. A source line under the headline is passed over where a headline at
        ``floor`` or below stands over it (see :meth:`_over_source`)."""
        if self.j >= len(self.body):
            return None
        i = self.j - 1
        while i >= self.k and self.role(i) == "meta":
            i -= 1
        if i == self.j - 1 or i < self.k:
            return None
        if floor is not None:
            i = self._over_source(i, i + 1, self.j, floor)
        i = self._over_bylines(i, self.k)
        if self.kinds[i] not in ("head", "label") or self.role(i):
            return None
        return i

    def _over_bylines(self, i: int, floor: int) -> int:
        """The headline over the bylines ending at ``i`` (above the head's dates, and at
        ``floor`` or below), or ``i``.

        A bare name (``王小明``) or a credit the date lines do not read (``撰文 王小明``)
        under a headline is its byline, not a one-word headline of its own: the head
        starts at the headline above. With no headline above, the line stays the head.
        A credit line among the bylines is passed over too, a dated line is not: in a
        feed of headlines and dates it ends the item above.
        """
        n = i
        while n >= floor and (_byline(self.body[n].stripped) or self._credit(n)):
            n -= 1
        if n == i or n < floor:
            return i
        if self.kinds[n] == "head" and not self.role(n):
            return n
        return i


#: what sets names apart in a line of bare names (``王小明 李大華``, ``王小明、李大華``)
_NAME_SEP = regex.compile(r"[\s、，,]+")
#: a role word after the names (``王小明 撰文``, ``李大華 攝``)
_ROLE_AFTER = frozenset("撰文 撰稿 报道 報導 報道 报导 采写 採寫 摄影 攝影 整理 编译 編譯 文 摄 攝".split())
#: the longest byline line read here: three names and a role word, with blanks
_BYLINE_MAX = 24


@memo_by_line
def _byline(s: str) -> bool:
    """A byline line that no date or source stands in: one to three names (each a common
    surname and one or two characters more, or a compound surname and two), a role word
    after them allowed, or a credit the metadata reader takes whole (``撰文 王小明``,
    ``中時新聞網 王小明``)."""
    s = s.strip()
    if not 2 <= len(s) <= _BYLINE_MAX:
        return False
    words = [w for w in _NAME_SEP.split(s) if w]
    if 1 < len(words) and words[-1] in _ROLE_AFTER:
        words.pop()
    if len(words) <= 3 and all(_han_name(w) for w in words):
        return True
    m = parse_meta_line(s)
    return m is not None and m.end >= len(s) and m.credits and not m.dates


def _timeline(body: list[Line], kinds: list[str], k: int, j: int, markers: list[int]) -> bool:
    """Clock times over entries: a live blog's updates, not links (a link's date or count
    follows its headline, so a feed ends with one; a timeline ends with an entry, one
    under each time, and each time is the hour and minute a person writes, where a
    feed's marker may be a count or a machine's timestamp to the second)."""
    return (
        markers[0] == k
        and kinds[j - 1] != "marker"
        and all(q - p == 2 for p, q in zip(markers, markers[1:]))
        and all(kinds[i + 1] in ("head", "label") for i in markers)
        and all(_CLOCK.search(body[i].text) for i in markers)
    )


#: a time of day alone on a line, as a flash-news list prints it over each item (``14:30``)
_LONE_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d")

#: a time of day to the minute: ``08:00``, ``9：30`` (not ``18:21:04``)
_CLOCK = re.compile(r"(?<![\d:：])\d{1,2}[:：]\d{2}(?![\d:：])")


def _numbering(body: list[Line], markers: list[int]) -> bool:
    """Bare numbers 1, 2, 3… (or 01, 02…) number a list; view counts never count up by one."""
    values = []
    for i in markers:
        s = body[i].stripped
        if not s.isdigit():
            return False
        values.append(int(s))
    return all(b - a == 1 for a, b in zip(values, values[1:]))
