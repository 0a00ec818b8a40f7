"""Explicit article separators: CDATA remains, form feeds and rule lines.

RSS and XML exports glue their items together with ``<![CDATA[`` / ``]]>``; print
exports put a form feed between pages; plain-text archives draw a rule (``-----``,
``=====``, ``*****``) between stories. Each of these is cut and marks an article
boundary. A separator that only closes the dump leaves an empty stretch after it, which
the article builder drops, so it costs nothing to mark it too.

A microblog timeline separates its posts by a post header: the account's name, a follow
button, then the time and the client it was posted from (``5月17日 18:05 来自 微博网页版``,
``今天 09:12 來自 iPhone客戶端``). Where such a time line repeats, each one after the first
starts a new post: a boundary is marked (nothing cut, the line is the post's date) above
it, over the name and follow lines that head the post.

A wire's flash list (财联社 电报, 7x24 快讯) prints each item as a time, often to the second,
alone on its line or glued before it, then the item's paragraph opening with its
headline in black brackets (``10:32:15`` / ``【工信部：…增长13.6%】财联社6月3日电，…``).
Where such an item head repeats, each one after the first starts a new item: a boundary
is marked (nothing cut) at its time.

A dump of pages saved from one portal repeats the site's banner over each article
(``力報 Exmoo News``, ``北青网 - 北京青年报官方网站 | 首页 | 新闻``). A line shaped as a banner
(a site's name with its Latin brand or its official-site description, a menu after it
allowed) that recurs verbatim, each time over different text, heads a new page: each
one is cut and marks a boundary. (One at the dump's top with no menu is left to the
metadata reader, which takes the site from it.) Some portals print the banner under the
page's head instead (``恒指半日升逾300點 科指漲近2%`` / ``2026/12/04 12:05 HKT`` /
``AASTOCKS財經新聞`` / text): there the boundary goes above the headline (and the page's
menu or breadcrumb right over it), and the banner is only cut.

A Q&A page (知乎 and its Traditional mirrors) prints each answer under a head: the
answerer's name, often a bio line, then the answer's vote count (``1.2 万 人赞同了该回答``,
``3,456 人贊同了該回答``, ``张三、李四等 89 人赞同了该回答``). Each answer is a separate piece
by a separate author: where such a vote line repeats, each one after the first starts a
new answer: a boundary is marked (nothing cut) above it, over the name and bio lines.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..lines import Line
from ..pipeline import Filter, register
from .metadata import _banner_site, bracket_headline_at, is_nav_line, is_title_shaped, parse_meta_line
from .regions import is_division_name
from .shape import is_prose

__all__ = ["Separators"]

#: CDATA openers and closers, with the blanks around them on their line
_CDATA = regex.compile(r"[ \t\u3000]{0,16}(?:<!\[CDATA\[|\]\]>)[ \t\u3000]{0,16}", regex.IGNORECASE)

#: a line made of one rule character repeated (spaces around allowed): ----- ===== *****
_RULE = regex.compile(
    r"[ \t\u3000]{0,16}(?:-{5,200}|={5,200}|\*{5,200}|_{5,200}|~{5,200}|#{5,200}"
    r"|—{5,200}|─{5,200}|━{5,200}|═{5,200}|＝{5,200}|－{5,200}|＊{5,200})[ \t\u3000]{0,16}"
)

_FORM_FEED = "\f"
#: blanks around a form feed
_BLANKS = " \t\u3000\f"
_BLANK_RUN = regex.compile(r"[ \t\u3000\f]*+")
#: what any separator holds: texts without it are left alone at once
_ANY = regex.compile(
    r"<!\[CDATA\[|\]\]>|\f|-{5}|={5}|\*{5}|_{5}|~{5}|#{5}|—{5}|─{5}|━{5}|═{5}|＝{5}|－{5}|＊{5}",
    regex.IGNORECASE,
)


#: what each separator holds, as plain literals: one ``re`` alternation of them scans a
#: text once, where a substring test per probe would scan it once per probe
_PROBES = ("\f", "]]>", "<![", *(c * 5 for c in "-=*_~#—─━═＝－＊"))
#: what a post header's client follows (see ``_POST_HEADER``)
_FROMS = ("来自", "來自")
_FROM_WORD = re.compile("来自|來自")
#: what opens a flash item's headline (see ``metadata.bracket_headline_at``)
_BRACKET = "【"
#: what an answer's vote line holds (see ``_VOTE_LINE``)
_VOTES = ("赞同了该回答", "贊同了該回答", "贊同了该回答", "赞同了該回答")
_SCAN = re.compile("|".join(map(re.escape, (*_PROBES, *_FROMS, _BRACKET, *_VOTES))))


@register
class Separators(Filter):
    """Cut explicit separators between articles and mark a boundary at each."""

    name = "separators"
    description = (
        "cut article separators (]]> / <![CDATA[, form feeds, ----- rules) and split there,"
        " and at repeated microblog post headers and flash item heads"
    )

    def find(self, doc: Document) -> Iterator[Change]:
        # one scan finds both the separators' probes and the "来自" of post headers
        probes: list[int] = []
        froms: list[int] = []
        brackets: list[int] = []
        votes: list[int] = []
        for m in _SCAN.finditer(doc.text):
            g = m.group()
            if g in _VOTES:
                votes.append(m.start())
                continue
            (brackets if g == _BRACKET else froms if g in _FROMS else probes).append(m.start())
        if probes:
            yield from _separators(doc, probes)
        if froms:
            yield from _post_headers(doc, froms)
        if len(brackets) >= 2:
            yield from _flash_heads(doc.text, brackets)
        if len(votes) >= 2:
            yield from _answer_heads(doc, votes)
        yield from _repeated_banners(doc)


def _separators(doc: Document, probes: list[int]) -> Iterator[Change]:
    """CDATA markers, form feeds and rule lines (at ``probes``): cut, each an article
    boundary."""
    if _ANY.search(doc.text) is None:
        return  # a quick no for most dumps
    # only a line holding a separator's probe can hold a separator
    all_lines = doc.lines()
    for i in sorted(set(doc.line_indexes_of(probes))):
        line = all_lines[i]
        text = line.text
        if _RULE.fullmatch(text):
            yield line.cut(f"separator: rule line {text.strip()[:8]}", split=True)
            continue
        spans = _separator_spans(text)
        if not spans:
            continue
        covered = sum(b - a for a, b, _ in spans)
        if covered == len(text):
            what = ", ".join(dict.fromkeys(r for _, _, r in spans))
            yield line.cut(f"separator: {what}", split=True)
            continue
        for a, b, reason in spans:
            yield line.cut_span(a, b, f"separator: {reason}", split=True)


def _post_headers(doc: Document, froms: list[int]) -> Iterator[Change]:
    """A boundary over each repeated microblog post header (time, then "from <client>"
    at one of ``froms``): only the lines holding a "来自" are read."""
    text = doc.text
    starts: list[int] = []  # where each header line starts
    for at in froms:
        lo = text.rfind("\n", 0, at) + 1
        if starts and starts[-1] == lo:
            continue  # a second "来自" on a header line
        hi = text.find("\n", at)
        line = text[lo : hi if hi >= 0 else len(text)]
        line = line[:-1] if line.endswith("\r") else line  # as ``lines`` gives it
        if _post_header(line):
            starts.append(lo)
    if len(starts) < 2:
        return  # one post: its header is no boundary
    lines = doc.lines()
    for i in doc.line_indexes_of(starts[1:]):
        pos = lines[_post_head_top(lines, i)].start
        yield Change(pos, pos, "", "new post: a repeated post header (time, client)", split=True)


#: when a post was written: a date with a clock (``5月17日 18:05``, ``24-5-17 10:32``,
#: ``2024-05-17 10:32``), a day word with one (``今天 09:12``), or how long ago (``3分钟前``)
_POST_TIME = (
    r"(?:(?:\d{2}|\d{4})[-/])?\d{1,2}(?:[-/]|月)\d{1,2}日?\s{0,2}\d{1,2}:\d{2}"
    r"|(?:今天|昨天|前天)\s{0,2}\d{1,2}:\d{2}"
    r"|\d{1,2}\s{0,2}(?:秒|分钟|分鐘|小时|小時)前|刚刚|剛剛"
)
#: a post header line: the time, where it was posted from (``发布于 浙江``) and the client
#: after ``来自`` (``微博网页版``, ``iPhone 15 Pro Max``, ``微博 weibo.com``): short, and no
#: sentence in it (``5月17日 18:05，来自杭州的游客报警称…`` is prose)
_POST_HEADER = regex.compile(
    rf"[ \t\u3000]{{0,8}}(?:{_POST_TIME})"
    r"(?:\s{0,2}(?:发布于|發佈於|發布於)\s{0,2}[^\s，。！？,!?；;：:]{1,8})?"
    r"\s{0,2}[·•|]?\s{0,2}(?:来自|來自)\s{0,2}[^\s，。！？,!?；;：:、]"
    r"[^，。！？,!?；;：:、\n]{0,29}"
)
#: the most lines over a post header that head the post (its account's name, a follow button)
_HEAD_LINES = 3
#: a follow button's text, or an account's name: short, with no digit and no sentence in it
_ACCOUNT = regex.compile(r"[ \t\u3000]{0,8}(?:[+＋]\s{0,2})?[^\d\s，。！？,!?；;：:、]{1,20}[ \t\u3000]{0,8}")


def _post_header(line: str) -> bool:
    """Is ``line`` a post header: the time it was posted and the client it came from? A
    place after "来自" (``2025-10-09 10:00 来自 上海``) is where a reporter writes from, under
    a byline: no client, no post."""
    if not ("来自" in line or "來自" in line) or len(line) > 80 or _POST_HEADER.fullmatch(line) is None:
        return False
    client = _FROM_WORD.split(line)[-1].strip()
    return not is_division_name(client)


def _post_head_top(lines: list[Line], i: int) -> int:
    """The first line of the post whose header is line ``i``: the name and follow lines
    right over the header belong to it (at most :data:`_HEAD_LINES`, no blank between)."""
    top = i
    while top > 0 and i - top < _HEAD_LINES and _ACCOUNT.fullmatch(lines[top - 1].text):
        top -= 1
    return top


#: a flash item's time: a time of day, to the minute or the second (``10:32:15``, ``9：05``)
_FLASH_CLOCK = re.compile(r"[ \t\u3000]{0,8}(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?[ \t\u3000]{0,8}")


def _flash_heads(text: str, brackets: list[int]) -> Iterator[Change]:
    """A boundary at each repeated flash item head (a time, then ``【headline】text`` at
    one of ``brackets``) after the first: only the lines holding a ``【`` are read."""
    starts: list[int] = []
    for at in brackets:
        lo = text.rfind("\n", 0, at) + 1
        if lo < at and text[lo:at].strip(" \t\u3000"):  # a time glued before the bracket
            if _FLASH_CLOCK.fullmatch(text, lo, at) is None:
                continue
            head = lo
        else:  # the time alone on the line above
            if lo == 0:
                continue
            up = text.rfind("\n", 0, lo - 1) + 1
            end = lo - 2 if text[lo - 2 : lo - 1] == "\r" else lo - 1
            if _FLASH_CLOCK.fullmatch(text, up, end) is None:
                continue
            head = up
        if bracket_headline_at(text, at) is None:
            continue
        if not starts or starts[-1] != head:
            starts.append(head)
    if len(starts) < 2:
        return  # one item: its head is no boundary
    for pos in starts[1:]:
        yield Change(pos, pos, "", "new flash item: a repeated time over a 【headline】", split=True)


#: an answer's vote line: how many approved of it (``1.2 万``, ``3,456``, ``12k``), maybe
#: after the names of some who did (``张三、李四等``); alone on its line
_VOTE_LINE = regex.compile(
    r"[ \t\u3000\u200b]{0,8}(?:[^\s，。！？,!?；;：:]{1,30}等\s{0,2})?"
    r"\d[\d,.]{0,10}\s{0,2}[万萬千kKwW]?\s{0,2}(?:人|位)\s{0,2}"
    r"(?:赞同|贊同)了(?:该|該)回答[ \t\u3000\u200b]{0,8}"
)
#: the most lines over a vote line that head the answer (the answerer's name, a bio line)
_ANSWER_HEAD_LINES = 2
#: the longest name or bio line over a vote line
_ANSWER_HEAD_MAX = 40
#: the buttons under the answer above (收起, 添加评论, 分享…): where its head stops
_ANSWER_TAIL = frozenset(
    "收起 展开阅读全文 展開閱讀全文 阅读全文 閱讀全文 添加评论 添加評論 分享 收藏 喜欢 喜歡 举报 舉報"
    " 感谢 感謝 没有帮助 沒有幫助 评论 評論 写回答 寫回答 关注 關注 更多".split()
)
#: a line that opens the answer above's tail: its date (编辑于, 发布于) or its vote button
_ANSWER_TAIL_LEAD = ("赞同", "贊同", "编辑于", "編輯於", "编辑於", "发布于", "發佈於", "發布於", "发表于", "發表於")
#: what ends a sentence: such a line is the answer above's text, not a name
_SENTENCE_END = tuple("。！？!?…")
#: blanks a head line is stripped of (zero-width spaces stand beside buttons)
_HEAD_BLANKS = " \t\u3000\u200b\ufeff"


def _answer_heads(doc: Document, votes: list[int]) -> Iterator[Change]:
    """A boundary over each repeated answer head (the vote line at one of ``votes``)
    after the first: only the lines holding a vote phrase are read."""
    lines = doc.lines()
    heads: list[int] = []
    for i in doc.line_indexes_of(votes):
        if (not heads or heads[-1] != i) and _VOTE_LINE.fullmatch(lines[i].text):
            heads.append(i)
    if len(heads) < 2:
        return  # one answer: its head is no boundary
    for i in heads[1:]:
        pos = lines[_answer_head_top(lines, i)].start
        yield Change(pos, pos, "", "new answer: a repeated answer head (name, N 人赞同了该回答)", split=True)


def _answer_head_top(lines: list[Line], i: int) -> int:
    """The first line of the answer whose vote line is line ``i``: the answerer's name
    and bio right over it (at most :data:`_ANSWER_HEAD_LINES`, no blank between), not the
    buttons, date or text of the answer above."""
    top = i
    while top > 0 and i - top < _ANSWER_HEAD_LINES and _answer_head_line(lines[top - 1].text):
        top -= 1
    return top


def _answer_head_line(text: str) -> bool:
    """Can ``text`` be an answerer's name or bio line: short, no sentence, no button?"""
    t = text.strip(_HEAD_BLANKS)
    return (
        0 < len(t) <= _ANSWER_HEAD_MAX
        and t not in _ANSWER_TAIL
        and not t.startswith(_ANSWER_TAIL_LEAD)
        and not t.endswith(_SENTENCE_END)
        and _VOTE_LINE.fullmatch(text) is None
    )


def _separator_spans(text: str) -> list[tuple[int, int, str]]:
    """CDATA markers and form feeds on one line, as (start, end, reason), in order."""
    spans: list[tuple[int, int, str]] = []
    for m in _CDATA.finditer(text):
        marker = m.group().strip(" \t\u3000")
        spans.append((m.start(), m.end(), "RSS CDATA " + ("closer" if marker == "]]>" else "opener")))
    if _FORM_FEED in text:
        spans.extend(_form_feeds(text, spans))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for a, b, r in spans:
        if merged and a <= merged[-1][1]:
            pa, pb, pr = merged[-1]
            merged[-1] = (pa, max(pb, b), pr if pr == r else f"{pr}, {r}")
        else:
            merged.append((a, b, r))
    return merged


def _noise(ch: str) -> bool:
    """A control character: binary noise, not text. C1 controls (U+0080–U+009F) are
    cp1252 punctuation decoded as Latin-1 (the mojibake filter repairs them), so text."""
    return not ch.isprintable() and not "\x80" <= ch <= "\x9f"


def _form_feeds(text: str, cdata: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Form feeds between text (or at a line's edge), not inside control-byte noise.

    What counts is the character on each side of the blank run holding the form feed,
    so each run is looked at once, whatever its length.
    """
    starts = [a for a, _, _ in cdata]
    done = 0  # end of the last run looked at: no run starts before it
    pos = text.find(_FORM_FEED)
    while pos != -1:
        lo = done + len(text[done:pos].rstrip(_BLANKS))
        hi = _BLANK_RUN.match(text, pos).end()
        done = hi
        if (lo and _noise(text[lo - 1])) or (hi < len(text) and _noise(text[hi])):
            pos = text.find(_FORM_FEED, hi)
            continue
        while pos != -1:
            i = bisect.bisect_right(starts, pos) - 1
            if i < 0 or pos >= cdata[i][1]:  # not inside a CDATA marker's span
                yield pos, pos + 1, "form feed"
            pos = text.find(_FORM_FEED, pos + 1, hi)
        pos = text.find(_FORM_FEED, hi)


#: the longest banner line read, a menu after the site's name included
_BANNER_MAX = 80
#: what sets a banner's menu apart from the site's name, and its items from each other
_MENU_BAR = regex.compile(r"[|｜]")
#: the longest item of a banner's menu (``首页``, ``新闻``, ``國際``, ``Video``)
_MENU_ITEM_MAX = 8


def _banner_line(s: str) -> bool:
    """Is ``s`` (stripped) a site's banner: its name with its Latin brand or its
    official-site description, alone or before a menu of short items?"""
    if _banner_site(s) is not None:
        return True
    parts = [p.strip() for p in _MENU_BAR.split(s)]
    return (
        len(parts) >= 3
        and all(0 < len(p) <= _MENU_ITEM_MAX for p in parts[1:])
        and _banner_site(parts[0]) is not None
    )


def _repeated_banners(doc: Document) -> Iterator[Change]:
    """Cut a site's banner where it recurs below the dump's top over new text, and
    split there. Only short lines are counted, and only recurring ones are read."""
    # first, on the bare text (counted at C speed), whether any short line recurs verbatim
    # and reads as a banner
    counts = Counter(doc.text.split("\n"))
    banners = {
        t for s, k in counts.items()
        if k >= 2 and 0 < len(t := s.strip()) <= _BANNER_MAX and _banner_line(t)
    }
    if not banners:
        return
    lines = [ln for ln in doc.lines() if ln.text.strip()]
    seen: dict[str, list[int]] = {}
    for n, ln in enumerate(lines):
        t = ln.text.strip()
        if t in banners:
            seen.setdefault(t, []).append(n)
    for s, at in seen.items():
        if len(at) < 2:
            continue
        after = [lines[n + 1].text.strip() for n in at if n + 1 < len(lines)]
        if len(set(after)) < len(after):
            continue  # the same text under it each time: a box of the page, not its top
        whole = _banner_site(s) is not None  # (the metadata reader takes these, not a menu's)
        for n in at:
            if n == 0 and whole:
                continue
            top = _dated_head_over(lines, n)
            if top is None:
                yield lines[n].cut(_BANNER_REASON, split=True)
                continue
            # under a page's dated head: the page starts at its headline, not at the banner
            yield lines[n].cut(_BANNER_REASON)
            if top > 0:
                pos = lines[top].start
                yield Change(pos, pos, "", _BANNER_HEAD_REASON, split=True)


_BANNER_REASON = "separator: the site's banner, repeated over each page"
_BANNER_HEAD_REASON = "new page: a headline and date row over the site's repeated banner"
#: the most metadata rows (date, byline, source) between a headline and a banner under it
_HEAD_ROWS_MAX = 3


def _dated_head_over(lines: list[Line], n: int) -> int | None:
    """The index of the page's first line when the banner at ``lines[n]`` stands under
    the page's head (``恒指半日升逾300點 科指漲近2%`` / ``2026/12/04 12:05 HKT`` / banner): a
    headline, then metadata rows of which one holds a date (``lines``: the non-blank ones).
    The page's menu or breadcrumb lines right over the headline are its too. None when
    anything else stands over the banner (the article above's text, a menu): then the
    banner heads the page itself."""
    k, dated = n - 1, False
    while k >= 0 and n - k <= _HEAD_ROWS_MAX:
        row = parse_meta_line(lines[k].text)
        if row is None:
            break
        dated = dated or bool(row.dates or row.updates or "date" in row.roles)
        k -= 1
    if not dated or k < 0 or k == n - 1:
        return None
    title = lines[k].text.strip()
    if not is_title_shaped(title) or is_prose(title) or _banner_line(title):
        return None
    # the page's own menu or breadcrumb over its headline goes with it
    top = k
    while top > 0 and k - top < _HEAD_NAV_MAX and _head_nav(lines[top - 1].text.strip()):
        top -= 1
    return top


#: the most menu, breadcrumb or banner lines over a headline taken into its page
_HEAD_NAV_MAX = 3


def _head_nav(s: str) -> bool:
    """A menu, breadcrumb or banner line (``即時新聞 | 港股 | 美股``, ``新浪财经 > 银行``):
    what a page prints over its headline, never the end of the page above."""
    return len(s) <= _BANNER_MAX and not is_prose(s) and (is_nav_line(s) or _banner_line(s))
