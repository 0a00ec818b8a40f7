"""Find the article body in a whole-page dump.

Some dumps are not pre-extracted: a scraper took all the visible text of a page, one
element per line, so the article is a minority of lines wrapped in menus, footers,
comment sections and link lists. This filter works like the text-density extractors
(CETD, jusText, Boilerpipe), adapted to CJK text lines:

1. describe every line by signals that hold on any portal: length in characters,
   sentence punctuation, menu-likeness (runs of 2-6 character items), digits and
   dates, and a small vocabulary of universal chrome (``page_chrome.txt``);
2. decide whether the dump is a whole page at all: at least two different kinds of
   page furniture (a menu run, a footer, a comment section, a login bar, a pager), or
   one of them and a first line with a site suffix, must be present; otherwise nothing
   is touched, so pre-extracted dumps pass unchanged;
3. weigh lines (prose counts its length, chrome and short lines count against) and keep
   the densest contiguous stretches (maximum-sum runs, stopped at footers, pagers,
   editor lines, feed and comment headers), so short lines inside the body stay when
   prose surrounds them; each stretch is sought between the article boundaries that
   earlier filters marked;
4. keep the head just above the body for the metadata filter (headline, byline, date
   and source lines, credit lines, past share bars, view counters and the buttons under
   a date line), and the reporter's credit just under it; take the page title (first
   line with a site suffix) as the title unless it shares nothing with the headline.

Every cut carries the kind of chrome it removed or ``"low text density"``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..data import load_lines
from ..document import Change, Document, Edit
from ..lines import Line, lines
from ..pipeline import Filter, register
from .metadata import parse_meta_line
from ..scripts import with_twins
from .metadata import _SITE_ENDINGS
from .separators import _VOTE_LINE

__all__ = ["Body", "is_whole_page"]

# -- vocabulary -------------------------------------------------------------------------

_KIND_ORDER = (
    "footer", "comment", "pager", "editor", "feed", "account", "app", "share", "search", "nav"
)


def _load_phrases() -> dict[str, list[str]]:
    """The phrases of each kind, longest first (the order the patterns try them in)."""
    by_kind: dict[str, list[str]] = {}
    for entry in load_lines("page_chrome.txt"):
        kind, _, phrase = entry.partition(" ")
        phrase = phrase.strip()
        if kind in _KIND_ORDER and phrase:
            by_kind.setdefault(kind, []).extend(with_twins([phrase]))  # in both scripts
    kinds = [kind for kind in _KIND_ORDER if kind in by_kind]
    return {kind: sorted(by_kind[kind], key=len, reverse=True) for kind in kinds}


_PHRASES = _load_phrases()
_VOCAB = {
    kind: regex.compile("|".join(regex.escape(p) for p in phrases), regex.IGNORECASE)
    for kind, phrases in _PHRASES.items()
}

#: footer marks that are unambiguous at any line length (record numbers, copyright)
_ICP = regex.compile(r"ICP\s{0,3}[备備证證]?\s{0,3}[:：]?\s{0,3}\d{5}|[\p{Han}]ICP[备備证證]", regex.I)
_POLICE = regex.compile(r"公[网網]安[备備]\s{0,3}\d{6}")
_COPYRIGHT = regex.compile(r"©|\(c\)\s{0,3}\d{4}|copyright|all rights reserved", regex.I)
_COPYRIGHT_CJK = regex.compile(r"版[权權]所有")
#: comment counters: "已有123人参与", "评论(23)", "1234条评论"
_COMMENT_COUNT = regex.compile(
    r"已有\s{0,3}\d{1,9}\s{0,3}人(?:参与|參與|评论|評論)|\d{1,9}\s{0,3}[条條則则]\s{0,3}(?:评论|評論|留言)"
    r"|(?:评论|評論|留言)\s{0,3}[(（\[]?\s{0,3}\d{1,9}\s{0,3}[)）\]]?$"
)
#: a line that is only a number: view, like or share counts
_COUNTER = regex.compile(r"^[\d\s.,+]{1,12}[万萬千kKwW]?\+?$")
#: font-size switch "大 中 小"
_FONT_SIZE = regex.compile(
    r"^(?:字[号號体體]\s{0,2}[:：]?\s{0,2})?[大中小]\s{0,3}[大中小]\s{0,3}[大中小]$|^[大中小]?字[号號]$"
)

# -- line signals -----------------------------------------------------------------------

_CJK_PUNCT = frozenset("。，；：“”‘’！？、…「」『』")
_ASCII_PUNCT = frozenset(",.;:!?")
_FINAL = frozenset("。！？!?….")
#: ends that close a statement; headlines and teasers end in ！？… or nothing
_STATEMENT_END = frozenset("。.")
SHORT_LINE = 30
_CLOSERS = "”’」』）)】\"' "
_HAN = regex.compile(r"\p{Han}")
_WORDISH = regex.compile(r"[\p{L}\p{N}]")
_ITEM_SEP = regex.compile(r"[\s|｜丨·•/>›»]+")
_LINK_SEP = regex.compile(r"[|｜丨>›»]")
_DATE = regex.compile(
    r"\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}|\d{1,2}:\d{2}"
)
#: Han words before a date that make the line a headline, not a date line
_TITLE_LEAD_MIN = 6
#: the day closed by 日/号/號 and a Han word that is no weekday, no 发布/更新 and no
#: dateline (电/讯): a date inside a headline's clause (…2月28日發售, …5月1日起施行)
_DATE_VERB = regex.compile(
    r"\s{0,2}[日号號]\s{0,2}(?!星期|周|週|礼拜|禮拜|[发發][布佈]|更新|[电電讯訊]|[上下]午|[晚早凌]|[（(])\p{Han}"
)
_META = regex.compile(
    r"^[(（【\[]?\s{0,2}(?:来源|來源|作者|记者|記者|编辑|編輯|撰文|撰稿|通讯员|通訊員|发布|發布|發佈"
    r"|更新|时间|時間|日期|原标题|原標題|出处|出處|文\s{0,2}[|｜/／]|[图圖]\s{0,2}[|｜/／]|本报|本報"
    r"|摄影|攝影|中央社|新华社|新華社|中新社|By\s)"
    r"|(?:记者|記者|报道|報導|報道|报导|撰文|撰稿|編譯|编译)\s{0,2}[)）】\]]?$"
)

#: words of a byline, anywhere in a short line (a bare date is no byline)
_BYLINE = regex.compile(
    r"来源|來源|作者|记者|記者|撰文|撰稿|编辑|編輯|通讯员|通訊員|报道|報導|報道|出处|出處|本报|本報"
)
#: a first paragraph that opens with the reporter's or the agency's credit (〔記者…報導〕,
#: （中央社記者…電）, 本报讯（记者…）, 新华社北京5月12日电, 【明報專訊】): the line above
#: it is the article's headline, not a page's teaser
_LEAD_CREDIT = regex.compile(
    r"^[(（〔【\[]\s{0,2}[^)）〕】\]\n]{0,16}?(?:[记記]者|[报報][导導道]|[专專][讯訊]|[电電]\s{0,2}[)）〕】\]])"
    r"|^(?:[记記]者|本[报報][讯訊]|新[华華]社(?![区區])|中新社|中央社)"
    r"|^[^\s，。,]{2,12}?\d{1,2}月\d{1,2}日[电電]"
)


#: a numbered or bulleted item of a list: ``1. 切断…；``, ``（二）…；``, ``● …；``: one
#: that closes its clause with ``；`` is a sentence of the list, not a link
_LIST_ITEM = regex.compile(
    r"(?:\d{1,2}\s{0,2}[.．、)）](?!\d)|[(（]\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[●•◆■▪])\s{0,2}\p{Han}"
)

_CJK_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(_CJK_PUNCT))) + "]")
_ASCII_CLASS = "[" + regex.escape("".join(sorted(_ASCII_PUNCT))) + "]"
#: what ``str.isspace`` accepts (none above U+3000)
_SPACES = regex.escape("".join(c for c in map(chr, range(0x3001)) if c.isspace()))
#: ASCII marks before a space, CJK or the end always count
_ASCII_SURE = regex.compile(_ASCII_CLASS + r"(?=[" + _SPACES + r"]|\p{Han}|\Z)")
#: ASCII marks after CJK count unless a digit follows (``str.isdigit``, checked per hit)
_ASCII_AFTER_HAN = regex.compile(r"(?<=\p{Han})" + _ASCII_CLASS + r"(?![" + _SPACES + r"]|\p{Han}|\Z)")


#: any ASCII mark: the two scans for them are skipped on a line with none
_ASCII_ANY = re.compile("[" + re.escape("".join(sorted(_ASCII_PUNCT))) + "]")


def _count_punct(text: str) -> int:
    """Sentence punctuation; ASCII marks count only after a word or beside CJK."""
    p = len(_CJK_PUNCT_RE.findall(text))
    if _ASCII_ANY.search(text) is None:
        return p
    p += len(_ASCII_SURE.findall(text))
    for m in _ASCII_AFTER_HAN.finditer(text):
        if not text[m.end()].isdigit():
            p += 1
    return p


#: most phrases of a headline spaced into phrases; two of them this long make no menu
#: (menu labels are two to four characters)
HEADLINE_PHRASES = 6
LONG_PHRASE = 5


def _menu_items(text: str) -> int:
    """How many short link-like items a line holds (0 when it is not menu-like)."""
    tokens = [t for t in _ITEM_SEP.split(text) if _WORDISH.search(t)]
    if not tokens:
        return 0
    if any(len(t) > 8 or _count_punct(t) for t in tokens):
        return 0
    if len(tokens) == 1:
        return 1
    if len(tokens) < 4 and not _LINK_SEP.search(text):
        return 0  # a headline with a space in it, not a menu
    if len(tokens) <= HEADLINE_PHRASES and not _LINK_SEP.search(text):
        if sum(len(t) >= LONG_PHRASE and _HAN_WORD.fullmatch(t) is not None for t in tokens) >= 2:
            return 0  # a headline in spaced phrases (Corolla Cross 油電版 一年兩萬公里 油耗心得分享)
    han = sum(1 for t in tokens if _HAN.search(t))
    if han * 2 < len(tokens) and "|" not in text and "｜" not in text:
        return 0
    return len(tokens)


#: record numbers and copyright marks, in the order a line is tested for them
_Marks = tuple[tuple[regex.Pattern[str], str], ...]
_FOOTER_MARKS: _Marks = (
    (_ICP, "footer: ICP record"),
    (_POLICE, "footer: police record"),
    (_COPYRIGHT, "footer: copyright line"),
)


#: a part of every _ICP match (same flags), found far faster than the whole pattern
_ICP_CORE = regex.compile("ICP", regex.I)


def _footer_marks_in(text: str) -> _Marks:
    """The footer marks found anywhere in ``text``: a line of it can hold no other (none
    of their patterns looks beyond its match), so its lines are tested for these only."""
    found = []
    for pattern, reason in _FOOTER_MARKS:
        if pattern is _ICP and _ICP_CORE.search(text) is None:
            continue
        if pattern.search(text):
            found.append((pattern, reason))
    return tuple(found)


def _footer_mark(text: str, n: int, marks: _Marks = _FOOTER_MARKS) -> tuple[str | None, str]:
    """Record numbers and copyright marks: footer on any line that is not a paragraph."""
    if n > 160:
        return None, ""
    for pattern, reason in marks:
        if pattern.search(text):
            return "footer", reason
    return None, ""


def _chrome_kind(
    text: str, n: int, items: int, marks: _Marks = _FOOTER_MARKS
) -> tuple[str | None, str]:
    """The kind of page furniture a non-prose line is, and the reason to give.

    Distinctive phrases (footer links, comment headers, pagers) count on lines up to 40
    characters, or longer ones they begin; plain words such as 登录 or 搜索 only on a
    line that is itself short or made of link-like items, so 注册资本 stays prose.
    """
    kind, reason = _footer_mark(text, n, marks)
    if kind is not None:
        return kind, reason
    if _COPYRIGHT_CJK.search(text):
        return "footer", "footer: copyright line"
    if _COMMENT_COUNT.search(text):
        return "counter", "comment counter"
    if _COUNTER.match(text):
        return "count", "lone counter"
    if _FONT_SIZE.match(text):
        return "share", "font-size switch"
    if n > 80:
        return None, ""
    for kind in _KIND_ORDER:
        pat = _VOCAB.get(kind)
        if pat is None:
            continue
        m = pat.search(text)
        if m is None:
            continue
        if kind == "feed":
            if n <= FEED_HEADER_MAX:
                return kind, _REASONS[kind]
        elif kind in _DISTINCT_KINDS:
            if n <= 40 or m.start() == 0:
                return kind, _REASONS[kind]
        elif n <= 12 or items:
            return kind, _REASONS[kind]
    return None, ""


#: kinds whose phrases are unmistakable; the rest are common words
_DISTINCT_KINDS = frozenset({"footer", "comment", "pager", "editor", "app"})
#: feed headers are short labels; a longer line naming one is prose or a headline
FEED_HEADER_MAX = 12

_REASONS = {
    "footer": "footer: site links",
    "comment": "comment section",
    "pager": "pager: previous/next links",
    "editor": "editor line",
    "feed": "related links",
    "account": "login/register links",
    "app": "app download prompt",
    "share": "share/print bar",
    "search": "search box",
    "nav": "breadcrumb",
}

#: kinds of page furniture that make a dump a whole page (two different ones needed)
_GATE_KINDS = frozenset({"menu", "footer", "comment", "account", "pager"})
#: kinds after which a body stretch may not continue
_WALL_KINDS = frozenset({"footer", "comment", "pager", "editor", "feed"})

MIN_MENU_RUN = 5
MIN_BODY = 40
SECONDARY_SHARE = 0.3
SECONDARY_MIN = 120
COMMENT_DISCOUNT = 0.5
META_LOOKBACK = 8


@dataclass(slots=True)
class _Row:
    """One non-blank line and what the filter measured on it."""

    line: Line
    text: str
    n: int
    punct: int
    good: bool
    items: int
    kind: str | None
    reason: str
    meta: bool
    #: a short line ending in ！？… : a headline or teaser unless prose surrounds it
    teaser: bool
    menu_run: int = 0
    weight: float = 0.0
    #: a lead-in clause (…如下：) or an item of the list under it: text, however short
    listed: bool = False

    @property
    def wall(self) -> bool:
        return self.kind in _WALL_KINDS

    @property
    def chrome(self) -> bool:
        return self.kind is not None or self.menu_run > 0


def _nonspace(text: str) -> int:
    """Characters that are not whitespace (``str.split`` drops exactly those)."""
    return sum(map(len, text.split()))


def _row(line: Line, marks: _Marks = _FOOTER_MARKS) -> _Row:
    """Measure one line; ``marks``: the footer marks its text may hold."""
    text = line.text.strip()
    n = _nonspace(text)
    punct = _count_punct(text)
    tail = text.rstrip(_CLOSERS)
    final = bool(tail) and tail[-1] in _FINAL
    good = (punct >= 1 and final and n >= 6) or (punct >= 2 and n >= 25) or (punct >= 1 and n >= 60)
    good = good or (n >= 6 and tail[-1:] in "；;" and _LIST_ITEM.match(text) is not None)
    dated = None if good or n > 80 else _DATE.search(text)
    titled = dated is not None and _date_in_title(text, dated)
    items = 0 if good or n > 60 or titled else _menu_items(text)
    kind, reason = _footer_mark(text, n, marks) if good else _chrome_kind(text, n, items, marks)
    if kind is not None:
        if good and n <= 80:
            dated = _DATE.search(text)
            titled = dated is not None and _date_in_title(text, dated)
        good = False
    meta = not good and n <= 80 and bool((dated is not None and not titled) or _META.search(text))
    teaser = good and n < SHORT_LINE and (not tail or tail[-1] not in _STATEMENT_END)
    return _Row(line, text, n, punct, good, items, kind, reason, meta, teaser)


def _date_in_title(text: str, m: regex.Match[str]) -> bool:
    """A date that is a phrase of a headline, not a field of a date line: a day with no clock time, words of a headline before it and a verb right after
    it (…确认2025年2月28日发售): a weekday, 发布 or a credit after the date makes a
    date line instead."""
    if _DATE.search(text, m.end()) is not None or _BYLINE.search(text) is not None:
        return False
    if ":" in m.group() or len(_HAN.findall(text, 0, m.start())) < _TITLE_LEAD_MIN:
        return False
    return _DATE_VERB.match(text, m.end()) is not None


def _mark_menu_runs(rows: list[_Row]) -> None:
    """Flag runs of consecutive short items (or item-laden lines) as menus."""
    i = 0
    while i < len(rows):
        if not _menu_item_row(rows[i]):
            i += 1
            continue
        j, total = i, 0
        while j < len(rows) and _menu_item_row(rows[j]):
            total += rows[j].items
            j += 1
        if total >= MIN_MENU_RUN:
            for r in rows[i:j]:
                r.menu_run = total
                if r.kind is None or r.kind == "nav":
                    r.kind, r.reason = "menu", f"menu run: {total} short items"
        i = j


def _menu_item_row(r: _Row) -> bool:
    """A row of link-like items that may join a menu run: no date or byline row, and no
    credit line spaced into names (客家電視台 記者 劉惠琪 鍾昀呈 高雄 美濃)."""
    if not r.items or r.meta:
        return False
    return r.items < 3 or _REPORTER.search(r.text) is None or not _credit_row(r)


#: roles only a credit line names (视频, 图片, 文字 are menu labels too)
_REPORTER = regex.compile(r"[记記]者|通[讯訊]员|通[讯訊]員|撰[文稿]|作者|[摄攝]影|[实實][习習]生")


#: the longest agency name after a photo's ``©`` (路透社, AFP, Getty Images via AFP)
CREDIT_SOURCE_MAX = 24
#: what a site's copyright line holds besides ``©`` and a photo credit never does
_SITE_COPYRIGHT = regex.compile(r"\d|copyright|all rights|版[权權]", regex.I)


def _mark_photo_credits(rows: list[_Row]) -> None:
    """A photo's caption or credit (``資料圖片：停放在港口的電動車 © 路透社``) sits between
    paragraphs, and its ``©`` is no site footer: it must not wall the lead off the rest
    of the body. It stays furniture (cut) but no longer stops a stretch or shows a page."""
    for k, r in enumerate(rows):
        if r.kind != "footer" or r.n > CREDIT_SOURCE_MAX * 3 or r.text.count("©") != 1:
            continue
        before, _, source = r.text.partition("©")
        if not _WORDISH.search(source) or _nonspace(source) > CREDIT_SOURCE_MAX:
            continue
        if _SITE_COPYRIGHT.search(r.text) or not _prose_row(rows, k + 1):
            continue
        if _WORDISH.search(before) or _prose_row(rows, k - 1):
            r.kind, r.reason = "caption", "photo caption credit"


#: what leads an item of a list inside a text: a date (1月24日, 2025年1月24日, 1/24), a
#: clock time (08:30), a number (1. 2、 （三） 三、 第2站), a bullet
_ITEM_LEAD = regex.compile(
    r"(?P<date>(?:\d{4}\s{0,2}年\s{0,2})?\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}[日号號]"
    r"|\d{4}\s{0,2}[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}|\d{1,2}\s{0,2}[/／]\s{0,2}\d{1,2}(?![\d/／]))"
    r"|(?P<time>\d{1,2}\s{0,2}[:：]\s{0,2}\d{2})"
    r"|(?P<number>\d{1,2}\s{0,2}[.．、)）](?!\d)|[(（]\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}[)）]"
    r"|[一二三四五六七八九十]{1,3}\s{0,2}、|第\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}\p{Han})"
    r"|(?P<bullet>[●•◆■▪○◇□►▶·・-])"
)
#: fewest and most items of a list under a lead-in; the longest item line
MIN_LIST_ITEMS = 2
MAX_LIST_ITEMS = 40
LIST_ITEM_MAX = 100


def _mark_lists(rows: list[_Row]) -> None:
    """A list inside the text: a lead-in clause ending in a colon (``高鐵公司表示，各日加開
    班次如下：``) and the items under it, each led the same way (a date, a time, a number,
    a bullet) and holding a mark after its lead (``1月24日（星期五）：加開南下18班、北上6班``).
    Schedules, timetables and steps are short lines with few marks, yet text of the article:
    they weigh as text, so the body does not break around them. Prose right above the
    lead-in or right under the list shows that it stands in a text, not in a sidebar."""
    k = 0
    while k < len(rows) - MIN_LIST_ITEMS:
        if not _lead_in_row(rows[k]):
            k += 1
            continue
        lead = _item_lead(rows[k + 1])
        end = k + 1
        while end < len(rows) and end - k <= MAX_LIST_ITEMS and lead and _item_lead(rows[end]) == lead:
            end += 1
        in_text = rows[k].good or _prose_row(rows, k - 1) or _prose_row(rows, end)
        if end - k - 1 >= MIN_LIST_ITEMS and in_text:
            for r in rows[k:end]:
                r.listed = True
            k = end
        else:
            k += 1


#: a row of a table written with bars (``| 指数 | 收盘 | 涨跌幅 |``, ``｜項目｜金額｜``): a bar
#: opens and closes it; the cells between hold no bar and no line break
_TABLE_BARS = "|｜"
_TABLE_CELL = regex.compile(r"[|｜]")
#: the rule under a table's header (``|---|:---:|``): dashes and colons in every cell
_TABLE_RULE_CELL = regex.compile(r":?-{3,}:?")
#: fewest rows of such a table (a header and one row at least); most cells of a row
MIN_TABLE_ROWS = 2
MAX_TABLE_CELLS = 12


def _table_cells(r: _Row) -> list[str] | None:
    """The cells of a row of a bar-bordered table, or ``None`` when it is none."""
    t = r.text
    if r.kind is not None or len(t) < 5 or t[0] not in _TABLE_BARS or t[-1] not in _TABLE_BARS:
        return None
    cells = _TABLE_CELL.split(t[1:-1])
    if not 2 <= len(cells) <= MAX_TABLE_CELLS or not all(c.strip() for c in cells):
        return None
    return cells


def _mark_tables(rows: list[_Row]) -> None:
    """A data table written with bars inside a text (a market review's index table: ``|
    指数 | 收盘 | 涨跌幅 |`` over ``| 上证指数 | 3916.33 | +1.36% |``): its rows look like
    menu items split by bars, yet a menu's rows neither open and close with a bar nor
    keep the same number of cells row after row, holding figures. Prose right above or
    right under it shows that it stands in the text: it weighs as text, no menu."""
    k = 0
    while k < len(rows):
        cells = _table_cells(rows[k])
        if cells is None:
            k += 1
            continue
        end, figures = k + 1, 0
        while end < len(rows):
            more = _table_cells(rows[end])
            if more is None or len(more) != len(cells):
                break
            if not all(_TABLE_RULE_CELL.fullmatch(c.strip()) for c in more):
                figures += any(ch.isdigit() for ch in rows[end].text)
            end += 1
        if end - k >= MIN_TABLE_ROWS and figures and (_prose_row(rows, k - 1) or _prose_row(rows, end)):
            for r in rows[k:end]:
                r.items, r.listed = 0, True
        k = end


def _lead_in_row(r: _Row) -> bool:
    """A clause that ends in a colon and opens what follows (…如下：, 具體安排為：)."""
    if r.kind is not None or r.menu_run or not r.text.endswith(("：", ":")):
        return False
    return r.good or _colon_lead(r)


def _item_lead(r: _Row) -> str | None:
    """How an item of a list opens (``date``, ``time``, ``number``, ``bullet``), or ``None``
    when the row is no such item: chrome, too long, or nothing marked after its lead."""
    if r.kind is not None or r.menu_run or r.n > LIST_ITEM_MAX:
        return None
    m = _ITEM_LEAD.match(r.text)
    if m is None or _count_punct(r.text[m.end() :]) == 0 or _HAN.search(r.text, m.end()) is None:
        return None
    return m.lastgroup


def _prose_row(rows: list[_Row], k: int) -> bool:
    """Whether row ``k`` exists and is a paragraph (not a headline or teaser)."""
    return 0 <= k < len(rows) and rows[k].good and not rows[k].teaser and rows[k].kind is None


def _weigh(r: _Row) -> float:
    if r.listed:
        return float(r.n)
    if r.teaser:
        return -1.0
    if r.good:
        return float(r.n)
    if r.chrome:
        return -float(max(r.n, 15))
    return -(5.0 + r.n / 3)


def _rows(text: str) -> list[_Row]:
    marks = _footer_marks_in(text)
    rows = [_row(line, marks) for line in lines(text) if line.text.strip()]
    _mark_tables(rows)
    _mark_menu_runs(rows)
    _mark_photo_credits(rows)
    _mark_lists(rows)
    for r in rows:
        r.weight = _weigh(r)
    return rows


def _kinds(rows: list[_Row]) -> set[str]:
    kinds = set()
    for r in rows:
        if r.menu_run:
            kinds.add("menu")
        if r.kind in ("footer", "comment", "account", "pager", "counter"):
            kinds.add("comment" if r.kind == "counter" else r.kind)
    return kinds


def is_whole_page(text: str) -> bool:
    """Whether ``text`` looks like all the visible text of a web page, chrome included."""
    if not _may_be_page(text):
        return False
    rows = _rows(text)
    return _is_page(rows)


def _gate_hints() -> tuple[list[str], list[str]]:
    """Literals one of which every footer, comment or pager row holds (cased ones, the rest)."""
    phrases = [
        "icp", "©", "(c)", "copyright", "all rights reserved",  # _ICP, _COPYRIGHT
        "公网安备", "公網安備", "公网安備", "公網安备",  # _POLICE
        "版权所有", "版權所有", "版权所有", "版權所有",  # _COPYRIGHT_CJK
    ]
    for kind in ("footer", "comment", "pager"):
        phrases += _PHRASES.get(kind, [])
    found = {p.lower() for p in phrases}
    # a phrase holding a shorter one adds nothing: the shorter one is found anyway
    found = {p for p in found if not any(q != p and q in p for q in found)}
    cased = sorted(p for p in found if p != p.upper())
    plain = sorted(p for p in found if p == p.upper())
    return cased, plain


_CASED_HINTS, _PLAIN_HINTS = _gate_hints()
#: the hints, each tried where a literal of the gate starts (cased ones ignoring case)
_GATE_CASED = re.compile("|".join(map(re.escape, _CASED_HINTS)), re.IGNORECASE)
_GATE_PLAIN = re.compile("|".join(map(re.escape, _PLAIN_HINTS)))
#: a part of every _COMMENT_COUNT match, without its slow leading digits
_GATE_COUNT = regex.compile(
    r"已有\s{0,3}\d{1,9}\s{0,3}人|[条條則则]\s{0,3}(?:评论|評論|留言)|(?:评论|評論|留言)\s{0,3}[(（\[]?\s{0,3}\d"
)
#: the literals of _GATE_COUNT: every match holds one, starting at most
#: ``_COUNT_HINT_REACH`` characters after the match does (none of them overlaps another)
_COUNT_HINTS = ("已有", "评论", "評論", "留言")
_COUNT_HINT = re.compile("|".join(_COUNT_HINTS))
_COUNT_HINT_REACH = 4


def _case_free(kind: str) -> re.Pattern[str] | None:
    """A kind's phrases as a plain ``re`` alternation (same order, so the same matches),
    when none of them has case: ignoring case then changes nothing. ``None`` otherwise."""
    phrases = _PHRASES.get(kind, [])
    if not phrases or any(p != p.upper() or p != p.lower() for p in phrases):
        return None
    return re.compile("|".join(map(re.escape, phrases)))


_ACCOUNT = _case_free("account")

#: the characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter
#: (İ and ı to i, the Kelvin sign to k, ſ to s; no others)
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _starting_any_case(phrase: str) -> list[str]:
    """Branches that match ``phrase`` ignoring case, each led by one literal character.

    ``re`` skips to the first characters of an alternation of such branches with a
    bitmap, but tries an alternation ignoring case at every position of a text. The
    branches spell out every character ``re`` takes for the first one; a phrase opening
    with a character outside ASCII keeps one branch ignoring case (found, more slowly).
    """
    first, rest = phrase[0], f"(?i:{re.escape(phrase[1:])})" if phrase[1:] else ""
    if not first.isascii():
        return [f"(?i:{re.escape(phrase)})"]
    forms = {first, first.lower(), first.upper(), *_FOLDS_TO_ASCII}
    forms = {c for c in forms if re.fullmatch(re.escape(first), c, re.IGNORECASE)}
    return [re.escape(c) + rest for c in sorted(forms)]


def _gate_literals() -> re.Pattern[str]:
    """Every literal the gate looks for, as one alternation: every place where a hint, a
    comment-counter literal or a login word starts is a match of it."""
    branches = [b for p in _CASED_HINTS for b in _starting_any_case(p)]
    words = [*_PLAIN_HINTS, *_COUNT_HINTS, *(_PHRASES.get("account", []) if _ACCOUNT else [])]
    branches.append(_start_tree(set(words)))
    return re.compile("|".join(branches))


def _start_tree(words: set[str]) -> str:
    """An alternation that matches where any of ``words`` starts, grouped by first
    character (``re`` tries the branches of an alternation one after the other).

    A word that is the prefix of another one stands for it: either one starts there.
    Unlike :func:`~cleanseeds.keywords.prefix_tree` it matches the shortest word, since
    only where a word starts matters here.
    """
    rests: dict[str, set[str]] = {}
    for w in words:
        rests.setdefault(w[0], set()).add(w[1:])
    branches = []
    for first, tails in sorted(rests.items()):
        if "" in tails or len(tails) == 1:
            branches.append(re.escape(first + min(tails, key=len)))
        else:
            branches.append(f"{re.escape(first)}(?:{_start_tree(tails)})")
    return "|".join(branches)


_GATE_ANY = _gate_literals()


def _may_be_page(text: str) -> bool:
    """Cheap necessary condition for :func:`_is_page`, so plain articles skip the scoring.

    A page needs two gate kinds (one of them not a menu) or one and a site-title first line.
    """
    return (
        _gate_phrase(text)
        or (_ACCOUNT is None and _account_line(text, _VOCAB.get("account")))
        or _site_title(_first_line(text)) is not None
        or _short_lines_on_top(text)
    )


def _short_lines_on_top(text: str) -> bool:
    """Cheap necessary condition for :func:`_nav_above_head`: that many of the first
    non-blank lines are no longer than a menu item."""
    short = seen = 0
    pos, size = 0, len(text)
    while pos < size and seen < NAV_START + NAV_ROWS:
        nl = text.find("\n", pos)
        end = size if nl == -1 else nl
        n = _nonspace(text[pos:end])
        if n:
            seen += 1
            short += n <= NAV_ITEM_MAX
        pos = end + 1
    return short >= NAV_ROWS


def _gate_phrase(text: str) -> bool:
    """Whether ``text`` holds a hint of a footer, comment or pager row, a comment counter
    (``_GATE_COUNT``) or a login word on a short line.

    One scan of the text (a plain alternation, which ``re`` finds at a bitmap's speed)
    stops wherever one of their literals starts; only there is each of them tried.
    """
    pos = 0
    while (hit := _GATE_ANY.search(text, pos)) is not None:
        at = hit.start()
        if _GATE_CASED.match(text, at) or _GATE_PLAIN.match(text, at):
            return True
        if _COUNT_HINT.match(text, at) and _comment_count_at(text, at):
            return True
        login = _ACCOUNT.match(text, at) if _ACCOUNT is not None else None
        if login is not None and _short_line_at(text, at, login.end()):
            return True
        pos = at + 1
    return False


def _comment_count_at(text: str, at: int) -> bool:
    """Whether a ``_GATE_COUNT`` match holds the literal at ``at``: one starts just
    before it or at it."""
    return any(
        _GATE_COUNT.match(text, pos) is not None
        for pos in range(max(0, at - _COUNT_HINT_REACH), at + 1)
    )


def _short_line_at(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` may be a login bar or a menu item, as
    ``_row`` judges one (see ``_chrome_kind``): a plain word counts on a line of at most
    12 characters, or on a line of short link-like items (``_menu_items``), which no line
    over 60 characters is; ``注冊備案`` in a sentence is neither."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    line = text[head : len(text) if tail == -1 else tail].strip()
    n = _nonspace(line)
    return n <= 12 or (n <= 60 and _menu_items(line) > 0)


def _account_line(text: str, pat: regex.Pattern[str] | None) -> bool:
    """Whether a login word sits on a line short enough to be a login bar or menu item."""
    if pat is None:
        return False
    pos = 0
    while (m := pat.search(text, pos)) is not None:
        if _short_line_at(text, m.start(), m.end()):
            return True
        end = text.find("\n", m.end())
        pos = len(text) if end == -1 else end
    return False


def _first_line(text: str) -> str:
    """The first non-blank line, stripped, as the first row would hold it."""
    pos, size = 0, len(text)
    while pos < size:
        nl = text.find("\n", pos)
        end = size if nl == -1 else nl
        head = text[pos:end].strip()
        if head:
            return head
        pos = end + 1
    return ""


def _is_page(rows: list[_Row]) -> bool:
    kinds = _kinds(rows) & _GATE_KINDS
    if len(kinds) >= 2:
        return True
    if not kinds or not rows:
        return False
    if _site_title(rows[0].text) is not None or _nav_above_head(rows):
        return True
    return kinds != {"menu"} and _masthead_on_top(rows)


#: the longest masthead line (南方+, Rti 中央廣播電臺, 客家電視台)
MASTHEAD_MAX = 16


def _masthead_on_top(rows: list[_Row]) -> bool:
    """The site's name alone on the first line, named again by the head's date, source or
    byline row above the first paragraph (``南方+`` over ``南方+ 2024-12-03 18:46``): the
    logo text of a page. A pre-extracted article opens with its headline instead."""
    top = rows[0]
    if top.kind is not None or top.good or top.meta or top.punct or top.n > MASTHEAD_MAX:
        return False
    names = [w for w in top.text.split() if len(w) >= 2]
    for r in rows[1 : 1 + META_LOOKBACK]:
        if r.good and not r.teaser:
            return False  # the first paragraph: the head is over
        if (r.meta or _credit_row(r)) and any(w in r.text for w in names):
            return True
    return False


#: a site menu one link a line opens the page: it starts on one of the first rows
#: (under the site's name and its logo text in another script: 青年日報 / Youth Daily
#: News) and spans this many rows at least
NAV_START = 3
NAV_ROWS = 4
#: the longest menu link counted (首页, 每经网首页, CM信傳媒)
NAV_ITEM_MAX = 8
#: rows between the menu and the head's date or byline row (headline, site name,
#: channel label, a ticker block), and between that row and the first paragraph
NAV_TO_HEAD = 12
HEAD_TO_PROSE = 3


def _nav_above_head(rows: list[_Row]) -> bool:
    """A menu of one link a line at the top, then a dated head, then prose: the page of
    a dump cut before its footer (scrapers often stop at the article's end). A
    pre-extracted article opens with its headline, never with a run of site links."""
    for start in range(min(NAV_START, len(rows))):
        end = start
        while end < len(rows) and rows[end].menu_run and rows[end].n <= NAV_ITEM_MAX:
            end += 1
        if end - start >= NAV_ROWS and rows[start].menu_run >= MIN_MENU_RUN:
            return _dated_head_at(rows, end)
    return False


def _dated_head_at(rows: list[_Row], lo: int) -> bool:
    """Whether a date or byline row follows row ``lo`` closely, and prose follows it."""
    for i in range(lo, min(lo + NAV_TO_HEAD, len(rows))):
        if rows[i].good and not rows[i].teaser:
            return False
        if rows[i].meta:
            return any(_prose_row(rows, k) for k in range(i + 1, i + 1 + HEAD_TO_PROSE))
    return False


# -- page title -------------------------------------------------------------------------

_TITLE_SEP = regex.compile(
    r"\s{1,3}[-–—|｜:：]\s{1,3}|-{2}|[_｜|－]|(?<=[\p{Han}）)])-(?=[\p{Han}\p{Lu}])"
)
_NOT_SITE = regex.compile(r"[。，！？!?、；;“”「」]")


def _site_title(text: str) -> str | None:
    """The headline of a ``<title>`` line that ends in a site suffix, else ``None``."""
    split = _title_split(text)
    return None if split is None else split[0]


def _title_split(text: str) -> tuple[str, str] | None:
    """A ``<title>`` line's headline and its site suffix, else ``None``."""
    if len(text) > 160:
        return None
    seps = list(_TITLE_SEP.finditer(text))
    cut = None
    end = len(text)
    for m in reversed(seps):
        part = text[m.end() : end].strip()
        if not part or len(part) > 20 or _NOT_SITE.search(part) or not _WORDISH.search(part):
            break
        cut = m.start()
        end = m.start()
        if m.group().strip() in (":", "："):
            break
    if cut is None:
        return None
    head = text[:cut].strip()
    if _nonspace(head) < 4:
        return None
    if head in text[cut:]:  # ``北京商报_北京商报网``: the site's own name, no headline
        return None
    if len(head) <= _SITE_NAME_MAX and head.endswith(_SITE_ENDINGS):
        return None  # ``经济参考网 - 经济参考报官方网站``: the site's name and what it is
    return head, text[cut:]


def _names_the_site(head: str, suffix: str) -> bool:
    """Whether a ``<title>``-shaped line names only the site: its names side by side
    (``荆楚网 湖北日报网 | 首页 新闻``), or a short name under a longer slogan
    (``一点资讯 - 个性化新闻阅读``, ``網易新聞 - 有態度的新聞門戶``). The page still shows
    itself by it, but the headline is the head's, under it."""
    words = head.split()
    if len(words) > 1 and all(len(w) <= _SITE_NAME_MAX and w.endswith(_SITE_ENDINGS) for w in words):
        return True
    if " " in head or len(head) > _SITE_NAME_MAX:
        return False
    seps = list(_TITLE_SEP.finditer(suffix))
    if len(seps) != 1:  # ``两会快评 - 人民网 - 人民日报``: a headline, the site and its owner
        return False
    tail = suffix[seps[0].end() :].strip()
    if tail.endswith(_SITE_ENDINGS + _SITE_WORDS):  # ``台风过境 - 香港电台网站``: the site's name
        return False
    return _nonspace(tail) >= len(head) + _SLOGAN_MARGIN


#: a slogan outgrows the site's short name by this many characters at least: a site
#: suffix is seldom longer than the headline before it
_SLOGAN_MARGIN = 2
#: how a site's name ends besides an outlet's endings (a slogan ends otherwise)
_SITE_WORDS = ("网站", "網站", "官网", "官網", "台", "臺", "社", "频道", "頻道", "中文网", "中文網")
#: a page title opening with a name this short that ends as an outlet's is the site's
_SITE_NAME_MAX = 8


# -- choosing the body ------------------------------------------------------------------


@dataclass(slots=True)
class _Stretch:
    lo: int
    hi: int  # inclusive
    score: float
    after_comments: bool


def _stretches(rows: list[_Row], lo: int, hi: int) -> list[_Stretch]:
    """Maximum-sum runs of line weights between walls (linear, Kadane with resets)."""
    out: list[_Stretch] = []
    cur = best = 0.0
    start = best_lo = best_hi = -1
    seen_comment = False
    best_after = False

    def flush() -> None:
        nonlocal best, best_lo, best_hi
        if best > 0 and best_lo >= 0:
            out.append(_Stretch(best_lo, best_hi, best, best_after))
        best, best_lo, best_hi = 0.0, -1, -1

    for i in range(lo, hi):
        r = rows[i]
        if r.wall:
            flush()
            cur = 0.0
            if r.kind == "comment":
                seen_comment = True
            elif r.kind == "footer":
                seen_comment = False  # a footer closes the page and its comments
            continue
        if _vote_row(r):  # an answer's head: the answer under it is a stretch of its own
            flush()
            cur = 0.0
            continue
        if cur <= 0 and r.weight > 0:
            start, cur = i, 0.0
        cur += r.weight
        if cur > best:
            best, best_lo, best_hi, best_after = cur, start, i, seen_comment
        if cur <= 0:
            flush()
            cur = 0.0
    flush()
    return out


def _choose(rows: list[_Row], lo: int, hi: int) -> list[_Stretch]:
    cands = _stretches(rows, lo, hi)
    if not cands:
        return []

    def adjusted(s: _Stretch) -> float:
        return s.score * (COMMENT_DISCOUNT if s.after_comments else 1.0)

    answers = {id(s) for s in cands if _under_answer_head(rows, s, lo)}
    main = max(cands, key=adjusted)
    if main.score < MIN_BODY:
        return [s for s in cands if id(s) in answers]
    floor = max(SECONDARY_SHARE * adjusted(main), SECONDARY_MIN)
    chosen = [
        s for s in cands if s is main or id(s) in answers or (s.score >= floor and not s.after_comments)
    ]
    lead = _lead_run(rows, cands, main)
    if lead is not None and lead not in chosen:
        chosen.insert(chosen.index(main), lead)
    return chosen


def _under_answer_head(rows: list[_Row], s: _Stretch, lo: int) -> bool:
    """Is ``s`` an answer on a Q&A page: prose right under its vote line (``3,456 人赞同了
    该回答``)? Each answer is text in its own right, however short beside the longest one."""
    return s.lo > lo and rows[s.lo].good and _vote_row(rows[s.lo - 1])


#: what an answer's vote line holds (a cheap test before the pattern)
_VOTE_CUE = re.compile("[赞贊]同了")


def _vote_row(r: _Row) -> bool:
    """Is ``r`` an answer's vote line (``3,456 人赞同了该回答``, ``2.3k 人贊同了該回答``)?"""
    return not r.good and _VOTE_CUE.search(r.text) is not None and _VOTE_LINE.fullmatch(r.text) is not None


#: most short lines between a lead run and the main stretch below it
MAX_LEAD_GAP = 10
#: the chrome a lead run's gap may hold: step numbers and counters beside labels
_GAP_KINDS = frozenset({None, "count"})


def _lead_run(rows: list[_Row], cands: list[_Stretch], main: _Stretch) -> _Stretch | None:
    """A short prose run just above the main stretch that belongs to the same page text.

    A recipe's introduction, a patient's question or an entry's summary can stand above
    the main text, parted from it by label lines (用料, 病情描述：, 医生回复：) or an
    ingredient list, and fall short of the secondary floor. Feed teasers and related
    items sit below the text or behind a wall, menu or link row; so only the nearest run
    above the main stretch is kept, made of full sentences, with nothing but short
    non-chrome lines between.
    """
    above = [s for s in cands if s.hi < main.lo and not s.after_comments]
    if not above:
        return None
    s = max(above, key=lambda c: c.hi)
    if s.score < MIN_BODY or not all(_sentence_row(rows[i]) for i in range(s.lo, s.hi + 1)):
        return None
    gap = rows[s.hi + 1 : main.lo]
    if len(gap) > MAX_LEAD_GAP:
        return None
    if any(r.good or r.kind not in _GAP_KINDS or r.menu_run or r.n > SHORT_LINE or _link_row(r) for r in gap):
        return None
    return s


def _sentence_row(r: _Row) -> bool:
    """A paragraph of full sentences: prose with a comma, ending a sentence."""
    tail = r.text.rstrip(_CLOSERS)
    return r.good and not r.teaser and r.kind is None and r.punct >= 2 and tail[-1:] in _FINAL


def _keep_heading(
    rows: list[_Row], s: _Stretch, floor: int, title: str | None, keep: list[bool]
) -> list[int]:
    """Keep the headline and the byline, date and source lines just above a body stretch.

    The head is bounded: at most ``MAX_HEAD`` short lines among the ``META_LOOKBACK`` rows
    above the body, with only chrome between them and the body (share bars, counters,
    login links); a menu run, a wall, prose or kept text ends it. A byline line (来源,
    作者, 記者…) makes the short line above it the headline. A bare date, or a first
    paragraph that opens with a credit (〔記者…〕, 新华社…电), do so only when that line
    sits below no other headline or date: else it is an item of a feed, and nothing is kept.
    A credit line naming an editor among other roles is no wall here; one-word buttons
    (参与互动, 文章分享) are passed over only when a byline or date line sits above them;
    a standfirst paragraph over the byline lines may open the body. Returns the rows kept.
    """
    picked: list[int] = []
    if s.lo - 1 >= floor and not keep[s.lo - 1] and _colon_lead(rows[s.lo - 1]):
        picked.append(s.lo - 1)  # 中央气象台…发布暴雨黄色预警：, the line opening the body
        s = _Stretch(s.lo - 1, s.hi, s.score, s.after_comments)
    found_byline = _stretch_opens_with_byline(rows, s) or _standfirst_above_byline(rows, s)
    lead = found_byline or _LEAD_CREDIT.match(rows[s.lo].text) is not None
    scanned = skipped = 0
    i = s.lo - 1
    while i >= floor and scanned < META_LOOKBACK and len(picked) < MAX_HEAD:
        r = rows[i]
        if title is not None and _same(r.text, title) and not keep[i]:
            picked.append(i)
            break
        if keep[i] or (r.wall and not _credit_row(r)):
            break
        if _aside_row(r) and skipped < MAX_ASIDE_ROWS:
            skipped += 1  # a share bar or a counter below the head, or inside it
            i -= 1
            continue
        widgets = _widgets_above_byline(rows, i, floor, keep) if not picked else 0
        if widgets:
            i -= widgets  # 参与互动, 文章分享, 关注 under the date line
            continue
        if _outlet_row(r) and _beside_head_row(rows, i, floor, keep, picked):
            picked.append(i)  # 钛媒体APP, 中天新聞網, 财经观察员老周 beside the date line
            i -= 1
            continue
        scanned += 1
        if _byline_row(r):
            picked.append(i)
            found_byline = found_byline or bool(_BYLINE.search(r.text))
            i -= 1
            continue
        if r.kind is not None and not r.menu_run:
            i -= 1  # a counter, a login link or a search box beside the head
            continue
        at_body = not picked and all(_aside_row(rows[k]) for k in range(i + 1, s.lo))
        block = _head_block(rows, i, floor, keep) if at_body else []
        if block and _item_shapes(rows, s):
            block = []  # an item page: its first item's head is read as the others are
        if block:
            picked += [i, *block]  # a headline under its date or info rows, under furniture
            break
        bare = not picked and i == s.lo - 1 and _bare_headline(rows, i, floor, keep)
        if (r.menu_run and not _split_headline(r)) or (not picked and not lead and not bare):
            break  # a menu above the head (a date under it stays), or no head at all
        head = _headline_at(rows, i, floor, keep)
        if head == [i] and _tag_under_headline(rows, i, floor, keep):
            head = [i - 1]  # PC PS5 XboxSX under a game's headline: tags, not the head
        if head and not picked and not found_byline and rows[min(head)].n < MIN_BARE_HEADLINE:
            head = []  # with only a credit below, a short line is a section label
        if head and (found_byline or bare or not _below_list_item(rows, min(head), floor, keep)):
            picked += head
        elif not found_byline:
            picked = []
        break
    for j in picked:
        keep[j] = True
    return picked



#: most rows passed over between a head's date row and the body (counters, tags, a
#: category field, buttons)
MAX_HEAD_GAP = 8
#: most rows between a headline and the date row under it (the author's name, a follow
#: button, a second date line)
MAX_HEAD_BETWEEN = 3
#: the longest label of a gap row (转载▼, 标签：, 杂谈, 收藏)
GAP_LABEL_MAX = 6
#: what separates the counters of a counter row (瀏覽 532 | 回應 4, 阅读(12)┊评论(5))
_COUNTER_SEP = regex.compile(r"[|｜┊丨]")


def _keep_dated_head(
    rows: list[_Row], s: _Stretch, floor: int, keep: list[bool], picked: list[int]
) -> list[int]:
    """Keep an article's head that the rules above missed: a headline, maybe the author's
    name or a follow button under it, then a date or byline row that the metadata filter
    can read, then counters, tags and buttons down to the body (blogs, forums, app
    shares: ``headline / 山间一只鹿 / 关注 / 2025-10-13``). Without it the low-density cut
    would take the head along with the nav above it. The date row shows a head; a
    headline under no list item (a nav, a menu, the segment's start) shows it is not an
    item of a feed. Returns the rows kept (the headline, date rows and names)."""
    if any(_dated_headline(rows[k]) and not _byline_row(rows[k]) and not _outlet_row(rows[k]) for k in picked):
        return []  # the head is already kept
    over = _date_over_headline(rows, s, floor, keep)
    if over:
        for k in over:
            keep[k] = True
        return over
    i = s.lo - 1
    gap = 0
    while i >= floor and not _head_date_row(rows[i]):
        if not (keep[i] and i in picked) and (keep[i] or gap >= MAX_HEAD_GAP or not _head_gap_row(rows[i])):
            return []
        gap += not keep[i]
        i -= 1
    if i < floor or (keep[i] and i not in picked) or _item_shapes(rows, s):
        return []
    # a forum post's counters and nickname in a menu run's tail, under a headline outside
    # the run; a run reaching the headline (or none above) is read as before
    head, j = _rows_over_date(rows, i, floor, keep, picked, True)
    if j < floor or keep[j] or rows[j].menu_run or not _dated_headline(rows[j]):
        head, j = _rows_over_date(rows, i, floor, keep, picked, False)
    if j < floor or keep[j] or not _dated_headline(rows[j]):
        return []
    if any(rows[k].n >= rows[j].n for k in head if not rows[k].meta):
        return []  # a name longer than the line above it: no headline over a byline
    if not any(_parsed_head_row(rows[k]) for k in head):
        return []
    if _below_list_item(rows, j, floor, keep) and not _first_dated_head(rows, j, floor, keep):
        return []
    # the rows metadata reads: the headline, date lines it parses, names too long for a button
    new = [j, *(k for k in head if not keep[k] and _kept_head_row(rows[k]) and not _counter_row(rows[k].text))]
    for k in new:
        keep[k] = True
    return new


#: rows above a page's first dated head read for an earlier item's date (the site's
#: name, its logo text, font-size and weather widgets, a tagline)
FIRST_HEAD_REACH = 8


def _first_dated_head(rows: list[_Row], j: int, floor: int, keep: list[bool]) -> bool:
    """Whether the headline at row ``j`` opens the page's first dated head: no menu run
    took it, and the few rows above it (what the earlier filters left of the banner,
    the menus and the region pickers) hold no date, no sentence and nothing kept. An item
    of a dated feed has its neighbour's date above it; a line of a banner above a head
    (無綫新聞 TVB News, 新聞重溫 可重溫過去12個月的新聞) only looks like an item."""
    if rows[j].menu_run:
        return False  # a menu run ending over a date: no headline
    for k in range(max(floor, j - FIRST_HEAD_REACH), j):
        r = rows[k]
        if keep[k] or r.good or _DATE.search(r.text) is not None:
            return False
    return j - floor <= FIRST_HEAD_REACH


def _rows_over_date(
    rows: list[_Row], i: int, floor: int, keep: list[bool], picked: list[int], run_tail: bool
) -> tuple[list[int], int]:
    """The date row ``i`` and the rows between it and the headline (names, follow
    buttons, maybe the tail of a menu run when ``run_tail``), and the headline's index."""
    head = [i]
    j = i - 1
    while j >= floor and j >= i - MAX_HEAD_BETWEEN and (
        j in picked or not keep[j] and (_between_head_row(rows[j]) or run_tail and _run_tail_head_row(rows[j]))
    ):
        head.append(j)
        j -= 1
    return head, j


#: the longest poster's name that a short menu run may have swallowed under a headline
RUN_NAME_MAX = 12


def _run_tail_head_row(r: _Row) -> bool:
    """A row of a forum post's head that the menu-run rule took along because the
    head's lines are short: the counters (``瀏覽 18,542 | 回覆 56``) or the poster's
    nickname (竹北小明爸, 林间小路) right over the date line. Only a real headline above
    them, outside the run, makes them a head (checked by the caller)."""
    if r.kind != "menu" or not r.menu_run or r.good or r.meta or r.punct:
        return False
    if _counter_row(r.text):
        return True
    words = r.text.split()
    return r.n <= RUN_NAME_MAX and len(words) == 1 and _POSTER_NAME.fullmatch(words[0]) is not None


#: a poster's nickname: Han with maybe digits or Latin letters (青砖黛瓦0825, 竹北小明爸)
_POSTER_NAME = regex.compile(r"\p{Han}{2,8}[0-9A-Za-z_]{0,6}|[A-Za-z][0-9A-Za-z_]{2,15}")


def _date_over_headline(rows: list[_Row], s: _Stretch, floor: int, keep: list[bool]) -> list[int]:
    """A blog's date row over its headline, the headline right over the body
    (``Oct 12 Sun 2025 21:30`` / headline / text), maybe a button's label or two
    between the headline and the body (头条文章, 置顶): the rows to keep, else none."""
    h = s.lo - 1
    while h > s.lo - 1 - MAX_WIDGETS and h >= floor and not keep[h] and _widget_row(rows[h]):
        h -= 1  # 头条文章 under a post's headline: a label, not the headline
    d = h - 1
    if d < floor or keep[h] or keep[d] or not _dated_headline(rows[h]):
        return []
    if not _head_date_row(rows[d]) or not _parsed_head_row(rows[d]):
        return []
    # a feed of dated items (date / headline, date / headline) over the body has another
    # date row a few lines up; one of headlines under their dates ends with an item's
    # headline over the date (a category field there, ``分類：旅遊``, is no item)
    if _item_shapes(rows, s) or any(
        not keep[k] and _head_date_row(rows[k]) for k in range(max(floor, d - DATED_ITEM_REACH), d)
    ):
        return []
    if _below_list_item(rows, d, floor, keep) and not _FIELD_ROW.fullmatch(rows[d - 1].text.strip()):
        return []
    return [h, d]


#: a labelled field of a page (``部落格全站分類：旅遊美食``): a short label, a colon, a short value
_FIELD_ROW = re.compile(r"[^\s：:]{2,8}[：:][^\s：:]{1,12}")


#: how far above a blog's date row another date row shows a feed of dated items
DATED_ITEM_REACH = 4


def _kept_head_row(r: _Row) -> bool:
    """A row under a headline worth keeping for the metadata filter: a date or byline
    line it reads whole, or a name longer than a button's label (关注, 追蹤); a date
    line it cannot read would stay as a paragraph."""
    if r.meta or _credit_row(r):
        return _parsed_head_row(r)
    return not _widget_row(r)


def _head_date_row(r: _Row) -> bool:
    """A date or byline row of a head: short, no sentence, holding a date or a credit."""
    if r.good or r.kind is not None or r.menu_run or r.n > 40:
        return False
    return (r.meta and _DATE.search(r.text) is not None) or _credit_row(r)


def _parsed_head_row(r: _Row) -> bool:
    """A head row the metadata filter reads whole, finding a date, an edit stamp or an
    author in it."""
    got = parse_meta_line(r.text)
    if got is None or got.end < len(r.text.rstrip()):
        return False
    return bool(got.dates or got.updates or got.authors)


def _between_head_row(r: _Row) -> bool:
    """A row between a headline and its date row: another date line, the author's or
    account's name, a follow button."""
    return _head_date_row(r) or _outlet_row(r) or _name_row(r) or (_widget_row(r) and r.n <= WIDGET_MAX)


def _dated_headline(r: _Row) -> bool:
    """A headline over a date row; a short one may have joined the menu run above it
    (秋天去看银杏 under 关于我 正文), as the run's last single item."""
    if r.teaser and r.text.rstrip(_CLOSERS)[-1:] not in "！？!?…":
        return False
    if r.meta or r.n < MIN_BARE_HEADLINE - 2:
        return False
    if r.kind == "menu" and r.reason.startswith("menu run") and r.items == 1:
        return 4 <= r.n <= 60 and not r.punct
    return _headline_row(r)


def _head_gap_row(r: _Row) -> bool:
    """A row that may stand between a head's date row and the body: a counter, a
    button, a tag, a category field, a share bar: no sentence, no date, no headline."""
    if r.good or r.meta or _DATE.search(r.text) is not None:
        return False
    if _aside_row(r) or r.kind in ("count", "share", "account", "app"):
        return True
    if _counter_row(r.text):
        return True
    if r.menu_run or (r.kind is not None and r.kind not in ("search", "nav")):
        return False
    return _widget_row(r) or (r.n <= GAP_LABEL_MAX and len(r.text.split()) == 1) or _gap_label(r)


#: most words of a label row under a head's date row (TDM Ou Mun, 分享工具 facebook)
GAP_LABEL_WORDS = 3


def _gap_label(r: _Row) -> bool:
    """A short label row under a date row (a channel's name, a category, a share tool's
    caption): a few words, no mark, few Han characters; a longer Han line is a subheading."""
    if r.kind is not None or r.punct or r.n > CHANNEL_MAX or len(r.text.split()) > GAP_LABEL_WORDS:
        return False
    return len(_HAN.findall(r.text)) <= CHANNEL_HAN_MAX


def _counter_row(text: str) -> bool:
    """A row of counters side by side (``瀏覽 532 | 回應 4 | 推薦 12``): every part a
    label and a number."""
    parts = [p.strip() for p in _COUNTER_SEP.split(text)]
    if len(parts) < 2:
        return False
    return all(_LABEL_NUMBER.fullmatch(p) or _VIEWS.match(p) for p in parts)

#: most lines of an item's head inside an item page (time line, headline, subheading)
MAX_ITEM_HEAD = 3
#: most paragraphs of one item of an item page (flash news, an e-paper page)
MAX_ITEM_PARAS = 4


def _item_line(r: _Row) -> str | None:
    """The part a short line plays in an item's head: a time line, a headline, or none."""
    if r.kind is not None or r.menu_run or r.good:
        return None
    if r.meta and r.n <= 20 and _DATE.search(r.text) is not None:
        return "time"
    return "head" if _headline_row(r) and not r.meta else None


#: a paper's own credit opening an item: 【本報訊】, 【本报消息】, （本報訊）
_OWN_CREDIT = regex.compile(r"^[(（〔【\[]\s{0,2}本[报報](?:[讯訊]|消息)")


def _item_credit(text: str) -> bool:
    """Whether a paragraph opens with a credit, as each item of an e-paper page does."""
    return _LEAD_CREDIT.match(text) is not None or _OWN_CREDIT.match(text) is not None


def _item_shapes(rows: list[_Row], s: _Stretch) -> set[tuple[str, ...]]:
    """The shapes of the item heads inside a stretch made of several short items (a flash
    news page: 10:02 / headline / paragraph; an e-paper page: headline / paragraphs).
    A head with a time line counts from one such item on; headlines alone from two on,
    when every item opens with a credit (【本報訊】, 新华社…电), each item of at most ``MAX_ITEM_PARAS`` paragraphs (an article's subheadings sit
    between longer sections). Empty when the stretch is no item page."""
    shapes: list[tuple[str, ...]] = []
    paras = 0
    shape: list[str] = []
    for i in range(s.lo, s.hi + 1):
        r = rows[i]
        if r.good:
            if shape and ("time" in shape or _item_credit(r.text)):
                shapes.append(tuple(shape))
                paras, shape = 0, []
            paras += 1
            if paras > MAX_ITEM_PARAS:
                return set()
            continue
        part = _item_line(r)
        if part is None or len(shape) >= MAX_ITEM_HEAD:
            return set()  # chrome or a long run of short lines: no item page
        if paras == 0 and not shape and i > s.lo:
            return set()
        shape.append(part)
    if any("time" in sh for sh in shapes):
        return {sh for sh in shapes if "time" in sh}
    if len(shapes) >= 2 and _item_credit(rows[s.lo].text):
        return set(shapes)
    return set()


def _keep_item_head(rows: list[_Row], s: _Stretch, floor: int, keep: list[bool]) -> list[int]:
    """Keep the first item's head on an item page: the lines right above the body with the
    same shape as the later items' heads (a time line and a headline; a headline, maybe
    with a subheading under it). Menus, chrome and kept text never join it."""
    shapes = _item_shapes(rows, s)
    if not shapes:
        return []
    for shape in sorted(shapes, key=len, reverse=True):
        forms = [shape]
        if shape[-1] == "head" and len(shape) < MAX_ITEM_HEAD:
            forms.insert(0, (*shape, "head"))  # a headline with a subheading under it
        for form in forms:
            lo = s.lo - len(form)
            if lo < floor or any(keep[j] for j in range(lo, s.lo)):
                continue
            got = tuple(_item_line(rows[j]) for j in range(lo, s.lo))
            if got != form or (form is not shape and rows[lo].n < MIN_BARE_HEADLINE):
                continue
            picked = list(range(lo, s.lo))
            for j in picked:
                keep[j] = True
            return picked
    return []


def _bare_headline(rows: list[_Row], i: int, floor: int, keep: list[bool]) -> bool:
    """A headline with no byline or date (a press release dated at its end): a long
    enough line, no teaser, right above the body and right under the page's furniture
    (a menu, a row of links, the segment's start), so no list item can sit above it."""
    r = rows[i]
    if r.teaser or r.n < MIN_BARE_HEADLINE or not _headline_row(r):
        return False
    if i == floor:
        return True
    above = rows[i - 1]
    return not keep[i - 1] and (above.chrome or above.items >= 2 or _link_row(above))


#: the shortest line that opens a body with a colon (a notice restating its title)
MIN_COLON_LEAD = 8


def _colon_lead(r: _Row) -> bool:
    """A line that ends in a colon and introduces the body under it (``中央气象台5月17日
    06时继续发布暴雨黄色预警：``): a notice restating its title as its first line. Labels
    of page furniture (分享到：, 相关新闻：) are chrome, and never this."""
    if r.kind is not None or r.menu_run or r.items > 1 or r.meta or not r.text.endswith(("：", ":")):
        return False
    return MIN_COLON_LEAD <= r.n <= 60 and len(_HAN.findall(r.text)) >= MIN_COLON_LEAD - 2


#: most rows of a head block (date, author and time, info rows) over a headline
MAX_HEAD_BLOCK = 4


def _head_block(rows: list[_Row], i: int, floor: int, keep: list[bool]) -> list[int]:
    """The rows of a head block over the headline at row ``i``, right above the body, or
    none: forum posts, answers and government notices put the author's line with its
    time (``05-17 21:45 · 来自Android``, ``编辑于 2024-05-16 18:22``) or a table of
    info rows (``發布日期：113年05月17日``, ``發稿單位：刑事廳``) over the headline. The
    block holds a date or time and sits right under the page's furniture (a menu, a row
    of links, the segment's start), so a list of dated headlines never passes for one."""
    r = rows[i]
    if r.teaser or r.meta or not _headline_row(r) or r.n < MIN_BARE_HEADLINE - 2:
        return []
    block: list[int] = []
    j = i - 1
    while j >= floor and len(block) < MAX_HEAD_BLOCK and not keep[j] and _block_row(rows[j]):
        block.append(j)
        j -= 1
    if not any(rows[k].meta for k in block):
        return []
    if j >= floor and not keep[j] and _channel_label(rows[j]):
        j -= 1  # iThome Security, 國際新聞: the channel's label over the head (not kept)
    if j >= floor and (keep[j] or not _furniture_row(rows[j])):
        return []
    return block


def _furniture_row(r: _Row) -> bool:
    """Page furniture above a head: chrome, a menu or a row of links."""
    return r.chrome or r.items >= 2 or _link_row(r)


#: the longest channel label over a head block
CHANNEL_MAX = 16
#: most Han characters of a channel label (國際新聞, 財經要聞, 产经观察)
CHANNEL_HAN_MAX = 6


def _channel_label(r: _Row) -> bool:
    """A channel's label (iThome Security, 國際新聞): a word or two, no mark, no date,
    few Han characters."""
    if r.kind is not None or r.menu_run or r.good or r.meta or r.punct or r.n > CHANNEL_MAX:
        return False
    if len(r.text.split()) > 2 or len(_HAN.findall(r.text)) > CHANNEL_HAN_MAX:
        return False  # a longer Han line is a headline: an item of a list above the body
    return _DATE.search(r.text) is None


def _block_row(r: _Row) -> bool:
    """A row of a head block: a date, byline or credit line, or info fields."""
    if r.kind is not None or r.menu_run or r.good and not _byline_row(r):
        return False
    return r.meta or _credit_row(r) or _field_row(r.text)


#: one field of an info row: a short label, a colon, a value (連絡人：黃科長)
_FIELD = regex.compile(r"\p{Han}{2,6}\s{0,2}[:：]\s{0,2}\S")


def _field_row(text: str) -> bool:
    """Info fields side by side (``連絡人：黃科長 電話：(02)2361-8577``, ``序號：113-046``):
    every blank-separated part opens with a label and a colon, and no sentence is among
    them."""
    if _nonspace(text) > INFO_ROW_MAX:
        return False
    parts = text.split()
    if not parts or any(_FIELD.match(p) is None for p in parts):
        return False
    return all(_count_punct(p) <= 2 for p in parts)  # the label's colon and at most one more


def _title_fits_head(rows: list[_Row], heads: list[int], title: str) -> bool:
    """Whether a page title can be the article's: it shares a word with the headline kept
    above the body (a ``<title>`` repeats the headline, maybe shortened). A first line
    such as ``DW 中文 - 德國之聲`` has the shape of ``headline - site`` but names only the
    site; it shares nothing with the headline under it. With no headline kept it stands."""
    lines = [i for i in heads if not _byline_row(rows[i])]
    if not lines:
        return True
    text = rows[min(lines)].text  # the topmost head line: the headline
    if _same(text, title):
        return True
    grams = {title[k : k + 2] for k in range(len(title) - 1)}
    return any(g in text for g in grams if _HAN_WORD.fullmatch(g)) or any(
        w in text for w in _LATIN_WORD.findall(title) if len(w) >= 3
    )


_LATIN_WORD = regex.compile(r"[A-Za-z0-9]+")


def _keep_closing_credit(rows: list[_Row], s: _Stretch, hi: int, keep: list[bool]) -> None:
    """Keep the reporter's credit that closes a body (``（总台央视记者 赵强）``,
    ``（北京綜合電）``): one short bracketed line right under the last paragraph, which
    the metadata filter reads; alone it weighs too little to join the body."""
    j = s.hi + 1
    if j < hi and not keep[j] and _closing_credit(rows[j]):
        keep[j] = True


#: the number of a numbered section or item opening a line: ``3.``, ``3、``, ``三、``, ``（三）``
_SECTION_NUMBER = regex.compile(
    r"^(?:(\d{1,2})\s{0,2}[.．、](?!\d)|[(（]\s{0,2}(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}[)）]"
    r"|([一二三四五六七八九十]{1,3})、)"
)
#: the Han numerals one to ten, by value
_HAN_DIGITS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}
#: most rows kept under a body stretch when a numbered section continues there
MAX_NUMBERED_TAIL = 4


def _section_number(text: str) -> int | None:
    """The number opening a line (``3.心得：`` 3, ``（二）…`` 2), or ``None``."""
    m = _SECTION_NUMBER.match(text)
    if m is None:
        return None
    num = next(g for g in m.groups() if g is not None)
    if num.isdigit():
        return int(num)
    if len(num) == 1:
        return _HAN_DIGITS[num]
    return None  # 十一 and up: rare, and never needed to tell a tail


def _keep_numbered_tail(rows: list[_Row], s: _Stretch, lo: int, hi: int, keep: list[bool]) -> None:
    """Keep the last section of a numbered post (``1.原文連結`` ``2.原文內容`` …
    ``3.心得/評論：`` and a short comment under it): a line right under the body that
    goes on with the body's numbering is its next section, however little text it holds.
    The short lines under it stay up to the next chrome row (a signature, a feed). The
    previous number opens a line of the body, or the heading right above it (kept too)."""
    j = s.hi + 1
    if j >= hi or keep[j] or rows[j].chrome:
        return
    number = _section_number(rows[j].text)
    if number is None or number < 2:
        return
    first = s.lo - 1 if s.lo - 1 >= lo and not keep[s.lo - 1] and not rows[s.lo - 1].chrome else s.lo
    previous = [k for k in range(first, s.hi + 1) if _section_number(rows[k].text) == number - 1]
    if not previous:
        return
    if previous[0] < s.lo:
        keep[previous[0]] = True  # 一、事件经过： over the body's first paragraph
    end = j
    while end < hi and end - j < MAX_NUMBERED_TAIL and not keep[end] and _tail_row(rows[end], end == j):
        end += 1
    for k in range(j, end):
        keep[k] = True


def _tail_row(r: _Row, first: bool) -> bool:
    """A row of a numbered post's last section: its numbered heading, then lines of text
    (sentence marks, no chrome, no bare link list)."""
    if r.chrome or r.items > 1 or r.n > 160:
        return False
    return first or r.good or r.punct > 0


#: an attachment list's heading, maybe with its first file: 附件：, 附件1：, 附檔下載：, 相关附件
_ATTACHMENT_HEAD = regex.compile(
    r"^(?:相[关關])?附(?:件|檔|档|表)(?:下[载載])?\s{0,2}\d{0,2}\s{0,2}(?:[:：]|$)"
)
#: a file of an attachment list: its name ends in a document's extension
_FILE_NAME = regex.compile(
    r"\.(?:docx?|xlsx?|et|wps|pdf|ofd|pptx?|txt|csv|zip|rar|7z|jpe?g|png)\s{0,2}[)）]?$", regex.I
)
#: a notice's signing date alone on its line: 2024年6月3日, 二〇二四年六月三日 (二OO八年: a
#: letter O for the zero), 中華民國113年5月30日, 2024-06-03
_SIGN_DATE = regex.compile(
    r"(?:中[华華]民[国國]\s{0,2})?(?:\d{2,4}|[〇○零OＯ一二三四五六七八九]{4})\s{0,2}年\s{0,2}"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s{0,2}月\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}日"
    r"|\d{4}\s{0,2}[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}"
)
#: a release note under a signature: （此件公开发布）, （此件主動公開）, (此页无正文)
_RELEASE_NOTE = regex.compile(r"[(（]\s{0,2}此[件页頁][^()（）]{1,12}[)）]")
#: the last characters of an issuing body's name (…考试院, …保障局, …委员会, …辦公室, …有限公司)
_ISSUER_ENDS = frozenset("局院委会會厅廳部处處办辦室心司府所署校学學站队隊组組社馆館行团團庭科盟联聯协協")
#: the shortest and the longest issuer's name on a signature line (經濟部, 考選部)
ISSUER_MIN = 3
ISSUER_MAX = 30
#: most issuers signing a notice together, one a line
MAX_ISSUERS = 3
#: a field of a data table: a label, maybe its unit, a colon, a value (车身尺寸(mm)：4615×1901×1670,
#: 營業時間：10:00-22:00)
_TABLE_FIELD = regex.compile(
    r"[\p{Han}A-Za-z][\p{Han}A-Za-z0-9]{0,11}\s{0,2}(?:[(（][^()（）:：]{1,10}[)）])?\s{0,2}[:：]\s{0,2}(?=\S)"
)
#: the longest data table under a body, and its longest row
MAX_TABLE_ROWS = 16
TABLE_ROW_MAX = 40
#: the longest heading over a data table (新车主要参数, 店家資訊)
TABLE_HEAD_MAX = 12
#: most heading lines over a data table (a heading, then the name of what it describes)
MAX_TABLE_HEADS = 2


def _keep_closing_blocks(rows: list[_Row], s: _Stretch, hi: int, keep: list[bool]) -> None:
    """Keep what closes a notice or an article under its last paragraph: the attachment list
    (``附件：`` and its files), the signature (the issuing body, then the date, each on a
    line) and a data table (a spec sheet, a shop's details: ``label：value`` rows under a
    short heading) with the sentences that follow it. Each is too short to weigh as text,
    yet belongs to it; each is told by its own shape, and only right under the body."""
    j = s.hi + 1
    while j < hi and keep[j]:
        j += 1
    files = j > s.lo and (_attachment_row(rows[j - 1]) or _FILE_NAME.search(rows[j - 1].text) is not None)
    while j < hi and not keep[j]:
        r = rows[j]
        if _attachment_row(r) or (files and _file_row(r)):
            files = True
            keep[j] = True
            j += 1
            continue
        files = False
        end = _signature_end(rows, j, hi, keep) or _table_end(rows, j, hi, keep)
        if not end:
            return
        for k in range(j, end):
            keep[k] = True
        j = end


def _attachment_row(r: _Row) -> bool:
    """The heading of an attachment list (``附件：``, ``附件1：計畫表.xlsx``)."""
    return r.kind is None and not r.menu_run and r.n <= 80 and _ATTACHMENT_HEAD.match(r.text) is not None


def _file_row(r: _Row) -> bool:
    """A file of an attachment list: a numbered item, or a name with a document's extension."""
    if r.kind is not None or r.menu_run or r.n > 80:
        return False
    return _FILE_NAME.search(r.text) is not None or (_section_number(r.text) is not None and not r.good)


def _signature_end(rows: list[_Row], j: int, hi: int, keep: list[bool]) -> int:
    """The row after a signature starting at row ``j`` (issuers' names, one a line, then the
    date alone), or 0 when none starts there."""
    k = j
    while k < hi and k - j < MAX_ISSUERS and not keep[k] and _issuer_row(rows[k]):
        k += 1
    if k == j or k >= hi or keep[k] or _SIGN_DATE.fullmatch(rows[k].text) is None:
        return 0
    k += 1
    if k < hi and not keep[k] and _RELEASE_NOTE.fullmatch(rows[k].text) is not None:
        k += 1  # （此件公开发布）under the date
    return k


def _issuer_row(r: _Row) -> bool:
    """An issuing body's name alone: Han words ending in a body's kind (局, 院, 委员会)."""
    if r.kind is not None or r.menu_run or r.good or r.punct or r.n > ISSUER_MAX:
        return False
    words = r.text.split()
    return all(
        _HAN_WORD.fullmatch(w) is not None and len(w) >= ISSUER_MIN and w[-1] in _ISSUER_ENDS for w in words
    )


def _table_end(rows: list[_Row], j: int, hi: int, keep: list[bool]) -> int:
    """The row after a data table starting at row ``j`` (maybe short headings, then
    ``label：value`` rows, two of them holding a number) and the sentences right under
    it, or 0 when none starts there."""
    k = j
    while k < hi and k - j < MAX_TABLE_HEADS and not keep[k] and _table_heading(rows[k]):
        k += 1  # 店家資訊 over 周氏蝦捲: a heading and the name the table is about
    first = k
    while k < hi and k - first < MAX_TABLE_ROWS and not keep[k] and _table_row(rows[k]):
        k += 1
    if sum(_has_number(rows[m].text) for m in range(first, k)) < 2:
        return 0  # measures, addresses, hours hold numbers; tag rows (标签：华为 手机) none
    while k < hi and not keep[k] and _prose_row(rows, k):
        k += 1
    return k


def _has_number(text: str) -> bool:
    """Whether a field's value (after its label's colon) holds a digit."""
    colon = min((i for i in (text.find("："), text.find(":")) if i >= 0), default=-1)
    return colon >= 0 and any(c.isdigit() for c in text[colon + 1 :])


def _table_heading(r: _Row) -> bool:
    """A short label over a table (新车主要参数, 店家資訊), no sentence and no chrome."""
    if r.kind is not None or r.menu_run or r.good or r.meta or r.n > TABLE_HEAD_MAX:
        return False
    return r.punct == 0 or (r.punct == 1 and r.text.endswith(("：", ":")))


def _table_row(r: _Row) -> bool:
    """A row of a data table: a label and a colon, then a value that holds no sentence."""
    if r.kind is not None or r.menu_run or r.n > TABLE_ROW_MAX:
        return False
    m = _TABLE_FIELD.match(r.text)
    if m is None or _BYLINE.search(r.text, 0, m.end()) or _META.match(r.text) or "://" in r.text:
        return False  # a byline, a source or a link: no field of what the text describes
    return _count_punct(r.text[m.end() :].replace("、", "")) == 0


#: what ends a dateline credit: 北京綜合電, 深圳綜合訊
_DATELINE_ENDS = frozenset("电電讯訊")
#: a compiler's credit inside the brackets: the label, a separator, a name
_COMPILER_CREDIT = regex.compile(
    r"\s{0,2}(?:编译|編譯)(?:\s{0,2}[/／:：|｜]\s{0,2}|\s{1,2})\p{Han}{2,4}(?:[、\s]{1,2}\p{Han}{2,4}){0,2}\s{0,2}[)）]"
)
#: the longest closing credit: the outlet, the role and two or three names
CLOSING_CREDIT_MAX = 30


def _closing_credit(r: _Row) -> bool:
    """A bracketed credit line: a byline word inside, or a dateline (…電, …讯) at its end."""
    if r.kind is not None or r.menu_run or r.good or r.n > CLOSING_CREDIT_MAX:
        return False
    text = r.text
    if text[:1] not in "（(" or text[-1:] not in "）)":
        return False
    if _BYLINE.search(text) is not None or text[-2:-1] in _DATELINE_ENDS:
        return True
    return _COMPILER_CREDIT.fullmatch(text, 1) is not None  # ``（编译/王晓梅）``: who wrote the digest


#: most head lines kept above a body (headline, byline, date, source, reporter's name)
MAX_HEAD = 5
#: shortest headline kept with no byline or date line under it (labels such as 即時新聞
#: sit there too)
MIN_BARE_HEADLINE = 8
#: most rows of share bars and counters passed over between the head and the body
MAX_ASIDE_ROWS = 10


def _stretch_opens_with_byline(rows: list[_Row], s: _Stretch) -> bool:
    """Whether the stretch begins with byline lines (a ``来源：… 作者：…`` line with
    several colons reads as prose, so the stretch may take it in)."""
    for j in range(s.lo, min(s.lo + MAX_HEAD, s.hi + 1)):
        r = rows[j]
        if not _byline_row(r):
            return False
        if _BYLINE.search(r.text):
            return True
    return False


def _standfirst_above_byline(rows: list[_Row], s: _Stretch) -> bool:
    """Whether the stretch opens with a standfirst and then byline lines (headline,
    summary paragraph, date, author, body: the summary weighs enough to join the body)."""
    if s.hi - s.lo < 2 or rows[s.lo].teaser or not rows[s.lo].good:
        return False
    return _stretch_opens_with_byline(rows, _Stretch(s.lo + 1, s.hi, s.score, s.after_comments))


#: the most widget lines (参与互动, 文章分享, 关注) passed over between a date line and the body
MAX_WIDGETS = 2
#: the longest widget line: a button's label
WIDGET_MAX = 6


def _widgets_above_byline(rows: list[_Row], i: int, floor: int, keep: list[bool]) -> int:
    """How many widget lines end at row ``i`` right under a byline or date line (0 when
    none do, or no such line sits above them): one-word labels of buttons (参与互动,
    文章分享, 关注) that no vocabulary can list. Only a byline above them shows that they
    are buttons of the head, not a section label or the last item of a list."""
    n = 0
    while i - n >= floor and n < MAX_WIDGETS and _widget_row(rows[i - n]) and not keep[i - n]:
        n += 1
    j = i - n
    if j > floor and not keep[j] and _outlet_row(rows[j]) and _beside_head_row(rows, j, floor, keep, []):
        j -= 1  # 关注 under the account's name, under the date line
    if not n or j < floor or keep[j]:
        return 0
    return n if _byline_row(rows[j]) or _credit_row(rows[j]) else 0


#: the longest name of an outlet or an author's account in a head (财经观察员老周)
OUTLET_MAX = 10


def _outlet_row(r: _Row) -> bool:
    """A bare name: an outlet, a channel or an author's account (钛媒体APP, 591新聞,
    中天新聞網, TNL 編輯): a word or two, no punctuation, no date."""
    if r.kind is not None or r.menu_run or r.good or r.meta or r.punct or r.n > OUTLET_MAX:
        return False
    return len(r.text.split()) <= 2 and _HAN.search(r.text) is not None


def _beside_head_row(
    rows: list[_Row], i: int, floor: int, keep: list[bool], picked: list[int]
) -> bool:
    """Whether a date, field or credit row sits right above row ``i``, or a byline right
    under it (among the head rows already picked) with a longer headline above: a name
    there belongs to the head, not to a list (a site's name over a headline does not)."""
    if i - 1 < floor or keep[i - 1]:
        return False
    above = rows[i - 1]
    if above.meta and (_DATE.search(above.text) or _field_row(above.text) or _credit_row(above)):
        return True  # a date, a field (发布于：北京市) or a credit; a bare source may be a site's name
    if i + 1 not in picked or not _byline_row(rows[i + 1]):
        return False
    return _headline_row(above) and above.n >= max(MIN_BARE_HEADLINE, rows[i].n + 1)


def _widget_row(r: _Row) -> bool:
    """A button's label (one short word: 关注, 中英雙語, English), a counter or an issue
    number (瀏覽數 12,345, 天下雜誌798期) or a field of an info table (新闻提供方：…)."""
    if r.good or r.meta or r.n > INFO_ROW_MAX or r.menu_run:
        return False
    if r.kind is not None and r.kind not in ("share", "account", "search", "nav"):
        return False
    if not r.punct and len(r.text.split()) == 1:
        if r.n <= WIDGET_MAX and _HAN_WORD.fullmatch(r.text) is not None:
            return True
        if _LATIN_BUTTON.fullmatch(r.text) is not None:
            return True
    return _LABEL_NUMBER.fullmatch(r.text) is not None or _info_row(r.text)


#: the longest counter, issue or info-table line passed over as a widget
INFO_ROW_MAX = 30
#: a one-word Latin button: English, Print, Listen
_LATIN_BUTTON = regex.compile(r"[A-Za-z]{2,10}")
#: a label and a number: 瀏覽數 12,345, 天下雜誌798期, 商業周刊 第1900期, 点赞 35
_LABEL_NUMBER = regex.compile(
    r"[\p{Han}A-Za-z]{1,10}\s{0,2}[:：]?\s{0,2}(?:第\s{0,2})?\d[\d,.]{0,9}\s{0,2}[万萬千kKwW期號号次人]?"
)
#: an info table's field name ends in a noun of kind (提供方, 发文机关, 主题分类, 索引号);
#: a headline quoting someone (外长拉夫罗夫：…, 发言人：…) ends in a name or a role
_FIELD_ENDS = frozenset("方商号號期类類关關源位型数數量别別名题題间間点點址话話箱式级級态態区區")
#: a field name: a few Han characters before the colon
_FIELD_NAME = regex.compile(r"\p{Han}{2,6}")


def _info_row(text: str) -> bool:
    """A field of an info table (``新闻提供方：深圳极光智能科技有限公司``): a field name,
    a colon and a value holding no sentence mark but the list comma."""
    label, colon, value = text.partition("：")
    if not colon:
        label, colon, value = text.partition(":")
    label, value = label.strip(), value.strip()
    if not value or _FIELD_NAME.fullmatch(label) is None or label[-1] not in _FIELD_ENDS:
        return False
    return _count_punct(value.replace("、", "")) == 0


def _byline_row(r: _Row) -> bool:
    """A byline, date or source line: a short non-prose line naming one, or a line that
    reads as prose only for its colons (``发布时间：… 来源：… 作者：…``), never a sentence."""
    if r.meta or _credit_row(r):
        return True
    if not r.good or r.kind is not None or r.n > 80 or (r.teaser and not _colon_info_row(r.text)):
        return False
    tail = r.text.rstrip(_CLOSERS)
    if tail and tail[-1] in _STATEMENT_END:
        return False
    if _META.search(r.text) is None and not _colon_info_row(r.text):
        return False  # a dated row of fields (2024-05-28 07:05 来源：… 作者：…) need not open with one
    return bool(_DATE.search(r.text) or _BYLINE.search(r.text))


def _colon_info_row(text: str) -> bool:
    """A short line whose only punctuation is its labels' colons, with a date
    (``来源：解放日报  作者：王海燕  2024-05-16 06:32``): an info row, not a teaser. A
    mark inside a field's value is part of a name (``來源：噓！星聞``, ``来源：Yahoo!奇摩``)."""
    if _DATE.search(text) is None:
        return False
    return _count_punct(_drop_name_marks(text).replace("：", "").replace(":", "")) == 0


#: a field of an info row: a label and its colon, then the value up to the next separator
_FIELD_PART = regex.compile(r"\p{Han}{2,6}\s{0,2}[:：][^\s|｜]{1,24}")
#: a mark between two letters of a name (噓！星聞, Yahoo!奇摩), not one ending a sentence
_NAME_MARK = regex.compile(r"(?<=[\p{L}\p{N}])[！!](?=[\p{L}\p{N}])")


def _drop_name_marks(text: str) -> str:
    """``text`` with the marks inside its fields' values dropped: an outlet's or a
    column's name may hold one, and it makes no sentence of the row."""
    if "！" not in text and "!" not in text:
        return text
    return _FIELD_PART.sub(lambda m: _NAME_MARK.sub("", m.group()), text)


#: roles a credit line names before each name (文字 張子午 攝影 余志偉, 记者 王歆悦)
_ROLES = frozenset(
    "记者 記者 文字 文 撰文 撰稿 作者 攝影 摄影 图 圖 图片 圖片 视频 視頻 影音 编辑 編輯 责编 責編 "
    "责任编辑 責任編輯 设计 設計 美编 美編 插画 插畫 主编 主編 采访 採訪 整理 翻译 翻譯 编译 編譯 "
    "通讯员 通訊員 实习生 實習生 监制 監製 製作 制作".split()
)
#: a role with an outlet before it: 澎湃新闻记者, 本报记者, 新华社記者, 特約記者
_OUTLET_ROLE = regex.compile(r"\p{Han}{1,8}(?:记者|記者|通讯员|通訊員)")
#: what separates the roles and names of a credit line
_CREDIT_SEP = regex.compile(r"[\s:：/／|｜、,，]+")
#: the only punctuation a credit line holds: after a role, between names
_CREDIT_MARKS = "：:、"
#: a name in a credit line: two to four Han characters, or a capitalised Latin word
_CREDIT_NAME = regex.compile(r"\p{Han}{2,4}|\p{Lu}[\p{L}.'-]{0,20}")


def _credit_row(r: _Row) -> bool:
    """A credit line: roles each followed by names and nothing else (``澎湃新闻记者 王歆悦
    李佳蔚``, ``文字 張子午 攝影 余志偉 責任編輯 蘇思云``). Among other roles it may name
    an editor: then it is a byline above the body, not the editor line that closes one."""
    if r.good or r.n > 60 or r.kind not in (None, "editor"):
        return False
    if _count_punct(r.text) > sum(r.text.count(c) for c in _CREDIT_MARKS):
        return False  # a sentence, not roles and names
    tokens = [t for t in _CREDIT_SEP.split(r.text) if t]
    if len(tokens) > 2 and tokens[-1] in _REPORTED:
        tokens.pop()  # 中央廣播電臺 記者 黃玉華 報導
    if len(tokens) > 2 and tokens[1] in _ROLES and _outlet_word(tokens[0]):
        tokens.pop(0)  # 客家電視台 記者 劉惠琪 鍾昀呈: the outlet before its reporters
    if len(tokens) < 2:
        return False
    first = tokens[0]
    if first not in _ROLES and _OUTLET_ROLE.fullmatch(first) is None:
        return False
    after_role = False
    roles = 1
    for t in tokens[1:]:
        if t in _ROLES:
            if not after_role:
                return False  # two roles in a row
            after_role = False
            roles += 1
        elif _CREDIT_NAME.fullmatch(t):
            after_role = True
        else:
            return False
    # an editor alone (责任编辑：王芳) closes a body; among other roles it heads one
    return after_role and (r.kind is None or roles > 1)


#: the word closing a credit line: 報導, 报道
_REPORTED = frozenset("报道 報導 報道 报导".split())
#: an outlet's name before a role: Han words (客家電視台), maybe a Latin one (TVBS, Rti)
_OUTLET_WORD = regex.compile(r"\p{Han}{2,10}|[A-Za-z][A-Za-z0-9]{1,9}")


def _outlet_word(token: str) -> bool:
    """An outlet's name opening a credit line: no role, no date."""
    return token not in _ROLES and _OUTLET_WORD.fullmatch(token) is not None


def _headline_at(rows: list[_Row], i: int, floor: int, keep: list[bool]) -> list[int]:
    """The rows of the headline ending at row ``i`` (with a bare reporter's name under it),
    or none when row ``i`` is no headline."""
    r = rows[i]
    if (_name_row(r) or _caps_name_row(r)) and i > floor and not keep[i - 1] and _headline_row(rows[i - 1]):
        if rows[i - 1].n > r.n:
            return [i, i - 1]
    return [i] if _headline_row(r) else []


def _headline_row(r: _Row) -> bool:
    """A headline: a short line that is no sentence, no menu and no chrome. A headline
    split by ``｜`` (港聞｜…) looks like link items and may close a menu run above it."""
    if r.kind is not None and not (r.kind == "menu" and _split_headline(r)):
        return False
    if not 4 <= r.n <= 60 or (r.items > 1 and not _split_headline(r)):
        return False
    tail = r.text.rstrip(_CLOSERS)
    return not (r.good and tail and tail[-1] in _STATEMENT_END)


def _split_headline(r: _Row) -> bool:
    """A headline in parts split by ``|`` or ``｜``: few parts, one of them longer than a
    menu label (menu items are two to four characters)."""
    if not 2 <= r.items <= 4 or r.n < 10 or _LINK_SEP.search(r.text) is None:
        return False
    return max(len(t) for t in _ITEM_SEP.split(r.text)) >= 5


def _name_row(r: _Row) -> bool:
    """A bare reporter's name line (王小明, 王小明 李大華): one to three short Han words."""
    if r.kind is not None or r.good or r.n > 12:
        return False
    words = r.text.split()
    return len(words) <= 3 and all(2 <= len(w) <= 5 and _HAN_WORD.fullmatch(w) for w in words)


#: a Latin byline in capitals, as English-language mastheads print it: KEITH BRADSHER
_CAPS_NAME = regex.compile(r"\p{Lu}[\p{Lu}.'-]{1,15}(?: \p{Lu}[\p{Lu}.'-]{0,15}){1,3}")


def _caps_name_row(r: _Row) -> bool:
    """A reporter's name in Latin capitals (two to four words), under a headline."""
    return r.kind is None and not r.good and r.n <= 40 and _CAPS_NAME.fullmatch(r.text) is not None


_HAN_WORD = regex.compile(r"\p{Han}+")
#: what a share bar holds besides the share/print phrases of ``page_chrome.txt``: the
#: networks' names and the bare buttons (compared ignoring case)
_SHARE_WORDS = frozenset(
    w.casefold()
    for w in (
        "分享 轉發 转发 轉寄 转寄 收藏 讚 赞 點讚 点赞 推 列印 打印 "
        "微信 微博 朋友圈 QQ QQ空间 QQ空間 豆瓣 Facebook FB LINE WhatsApp Telegram Twitter X "
        "Threads Instagram Messenger Plurk 噗浪 Email 電郵 电邮 A A+ A- 大 中 小 特 特大 超大 "
        "字級 字级 字級設定 字级设定 字體 字体 字體大小 字体大小 文字大小 字號 字号 字型 字型大小 "
        "分享到 分享至 複製連結 复制链接 複製網址 复制网址 複製 复制 連結 链接 网址 網址"
    ).split()
)
#: a live page's status beside its head (直播中 · 12.6万人看过, 直播已結束): a badge, not text
_LIVE_WORDS = frozenset(
    w.casefold()
    for w in "直播 直播中 正在直播 直播回放 回放 预告 預告 已结束 已結束 直播已结束 直播已結束 LIVE".split()
)
#: a view or play counter with its verb after the number (12.6万人看过, 3.4萬次觀看,
#: 1,024人在看, 8.8w播放): the counter a video or live page sets under its head
_VIEW_COUNT = regex.compile(
    r"[\d.,]{1,12}\s{0,2}[万萬千kKwW]?\+?\s{0,2}[人次]?"
    r"(?:看过|看過|观看|觀看|在看|播放|阅读|閱讀|浏览|瀏覽|围观|圍觀|参与|參與)"
)


#: a view counter beside a headline: 阅读 (1286), 瀏覽次數：1,234, 点击量 3.2万
_VIEWS = regex.compile(
    r"^(?:阅读|閱讀|浏览|瀏覽|点击|點擊|观看|觀看|人气|人氣)(?:次数|次數|量|数|數)?\s{0,3}[:：]?\s{0,3}"
    r"[(（]?\s{0,3}[\d,.]{1,12}\s{0,3}[万萬千kKwW]?\+?\s{0,3}[)）]?\s{0,3}[次人]?$"
)


def _aside_row(r: _Row) -> bool:
    """A row of a share bar (a share, print or font-size control, or only network names)
    or a view counter: what a page sets between the head and the body."""
    if r.kind in ("share", "app", "count", "caption"):
        return True
    if r.good or r.meta or r.n > 40:
        return False
    if _VIEWS.match(r.text) or _TAG_ROW.fullmatch(r.text) or _FLOOR.fullmatch(r.text):
        return True
    if _SOURCE_FIELD.fullmatch(r.text):
        return True
    # a label ends at its colon (字級設定：小 中 大 特, 分享到：微信)
    tokens = [t for t in _LABEL_SEP.split(r.text) if _WORDISH.search(t)]
    if tokens and all(t.casefold() in _SHARE_WORDS for t in tokens):
        return True
    return _status_row(tokens)


def _status_row(tokens: list[str]) -> bool:
    """A live or video page's status and counters under its head (``直播中 · 12.6万人看过``,
    ``3.4萬次觀看``): a badge and counters only, with at least one counter or badge word,
    so a bare number (a year, a page number) is no status row."""
    seen = False
    for t in tokens:
        if t.casefold() in _LIVE_WORDS or _VIEW_COUNT.fullmatch(t) is not None:
            seen = True
        elif _COUNTER.fullmatch(t) is None:
            return False
    return seen


def _tag_under_headline(rows: list[_Row], i: int, floor: int, keep: list[bool]) -> bool:
    """Row ``i`` is a row of Latin tags (platforms, models: PC PS5 XboxSX, iOS Android)
    right under a Chinese headline: the line above is the head."""
    r = rows[i]
    if r.meta or r.punct or _HAN.search(r.text) or not _LATIN_TAGS.fullmatch(r.text):
        return False
    if i <= floor or keep[i - 1]:
        return False
    above = rows[i - 1]
    return not above.meta and _HAN.search(above.text) is not None and _headline_row(above)


#: two to six short Latin or digit tokens, nothing else
_LATIN_TAGS = regex.compile(r"[A-Za-z0-9]{1,10}(?:[ \t/]{1,3}[A-Za-z0-9]{1,10}){1,5}")

#: a labelled source credit under a head (資料來源：金門日報, 新闻来源：人民网, 稿件出處：本報):
#: the source's name alone, which the metadata filter does not read as the article's
_SOURCE_FIELD = regex.compile(
    r"\p{Han}{1,4}(?:来源|來源|出处|出處)\s{0,2}[:：]\s{0,2}[\p{Han}A-Za-z0-9][\p{Han}A-Za-z0-9 ]{0,19}"
)

#: a forum post's floor label: #1, 1樓, 2楼, 3F, 樓主, 沙發
_FLOOR = regex.compile(r"#\s{0,2}\d{1,5}|\d{1,5}\s{0,2}(?:[楼樓F]|[#＃])|[楼樓]主|沙[发發]|板凳|地板")

#: a row of topic or stock tags only: ``$长江电力(SH600900)$``, ``#警情通报#``
_TAG_ROW = regex.compile(r"(?:[$#][^$#\s]{1,20}[$#]\s{0,3}){1,5}")

#: what separates the items of a share bar or a font-size switch, and their label
_LABEL_SEP = regex.compile(r"[\s|｜丨·•/>›»:：]+")


def _below_list_item(rows: list[_Row], i: int, floor: int, keep: list[bool]) -> bool:
    """Whether the line above row ``i`` could be the previous item of a headline list.
    The segment's first line in the shape of a ``<title>`` (``一点资讯 - 个性化新闻阅读``)
    is the page's title over its head, never an item."""
    if i - 1 == floor and _site_title(rows[floor].text) is not None:
        return False
    return i > floor and not keep[i - 1] and _listlike(rows[i - 1])


def _listlike(r: _Row) -> bool:
    """A line that could be the previous item of a headline list, or its date. A site's
    name (中央社 CNA) or a row of many short links (a menu with a long label) is neither."""
    if r.meta:
        return _DATE.search(r.text) is not None
    if r.teaser:
        return True
    if r.items >= 2 and not _split_headline(r):
        return False  # a breadcrumb (自由財經 > 房產資訊), not a headline
    return r.kind is None and not r.menu_run and not r.good and r.n >= 8 and not _link_row(r)


#: a row of links: this many words at least, most of them menu labels
MIN_LINK_ROW = 6
LINK_LABEL = 4


def _link_row(r: _Row) -> bool:
    """Many short words side by side (每日明報 即時新聞 熱門 … 明報加東版(多倫多)): a menu
    with a label too long for a menu item, never a headline."""
    words = r.text.split()
    if len(words) < MIN_LINK_ROW:
        return False
    return sum(len(w) <= LINK_LABEL for w in words) * 4 >= len(words) * 3


def _same(a: str, b: str) -> bool:
    return a.replace(" ", "") == b.replace(" ", "")


# -- the filter -------------------------------------------------------------------------


@register
class Body(Filter):
    """Keep only the article body of a whole-page dump; leave other dumps alone."""

    name = "body"
    description = "find the article body in whole-page dumps by text density; cut the page chrome"

    def find(self, doc: Document) -> Iterable[Change]:
        text = doc.text
        rows = _rows(text) if _may_be_page(text) else None
        if not (rows is not None and _is_page(rows)) and not _cut_lines_show_a_page(doc, rows):
            return []
        if rows is None:
            rows = _rows(text)
        if not rows:
            return []
        keep = [False] * len(rows)
        titles: dict[int, str] = {}
        edits = doc.edits
        splits: list[Change] = []
        for lo, hi in _segments(doc, rows):
            title = _page_title(rows[lo]) or _headline_under_cut_title(doc, edits, rows[lo])
            heads: list[int] = []
            for s in _choose(rows, lo, hi):
                for i in range(s.lo, s.hi + 1):
                    keep[i] = not rows[i].chrome
                head = _keep_heading(rows, s, lo, title, keep) or _keep_item_head(rows, s, lo, keep)
                head += _keep_dated_head(rows, s, lo, keep, head)
                if not heads:
                    splits += _repeated_heads(rows, head, hi, keep)
                heads += head
                _keep_closing_credit(rows, s, hi, keep)
                _keep_numbered_tail(rows, s, lo, hi, keep)
                _keep_closing_blocks(rows, s, hi, keep)
            if title is not None and _title_fits_head(rows, heads, title):
                titles[lo] = title
        return [*splits, *_changes(rows, keep, titles)]


def _head_part(r: _Row) -> str | None:
    """The part a row plays in an article's head: its headline, date line or byline."""
    if r.kind is not None or r.menu_run or (r.good and not _byline_row(r)):
        return None
    if r.meta and _DATE.search(r.text) is not None and _BYLINE.search(r.text) is None:
        return "date"
    if _byline_row(r):
        return "byline"
    return "head" if _headline_row(r) and not r.teaser else None


#: fewest rows of a head that, repeated inside the kept text, opens the next article
MIN_REPEATED_HEAD = 3


def _repeated_heads(rows: list[_Row], head: list[int], hi: int, keep: list[bool]) -> list[Change]:
    """Boundaries inside the kept text where a head of the same shape as the first
    article's (headline, date line, byline, in its order) stands after a blank line and
    over prose: a page that lists its articles one after the other, each with its head,
    with no separator. The head is kept; the boundary lets it head its own record."""
    if len(head) < MIN_REPEATED_HEAD:
        return []
    shape = [_head_part(rows[k]) for k in sorted(head)]
    if None in shape or "date" not in shape or "head" not in shape:
        return []
    out: list[Change] = []
    seen_prose = False
    for i in range(max(head) + 1, hi - len(shape)):
        seen_prose = seen_prose or (keep[i] and _prose_row(rows, i))
        if not seen_prose or not all(keep[i : i + len(shape)]):
            continue
        if rows[i].line.index == rows[i - 1].line.index + 1 or not _prose_row(rows, i + len(shape)):
            continue  # no blank line above, or no paragraph under it
        if [_head_part(rows[k]) for k in range(i, i + len(shape))] == shape:
            pos = rows[i].line.start
            out.append(Change(pos, pos, "", "new article: a head like the first one's, after a blank line", split=True))
            seen_prose = False
    return out


def _cut_lines_show_a_page(doc: Document, rows: list[_Row] | None) -> bool:
    """Whether the whole lines the filters before cut show a page (with the dump's first
    line, which may be its ``<title>``), alone or with the furniture still in the text
    (``rows``, when measured): the junk filters run first, and the menus, footers and
    login bars they cut are what shows one, while the rest of it (a login link, a menu)
    may still stand. Only those lines are read, not the whole raw dump again."""
    raw = doc.raw
    cut = [raw[e.start : e.end] for e in doc.edits if not e.text and raw[e.end - 1 : e.end] == "\n"]
    if not cut:
        return False
    first = raw[: raw.find("\n") + 1] if "\n" in raw else raw
    evidence = first + "".join(cut)
    alone = _may_be_page(evidence)
    if not alone and rows is None:
        # neither the cut lines nor the text hold a footer, comment, pager or login:
        # together they show at most a menu
        return False
    cut_rows = _rows(evidence)
    if alone and _is_page(cut_rows):
        return True
    kinds = _kinds(cut_rows) & _GATE_KINDS
    if not kinds:
        return False
    if rows is None:
        rows = _rows(doc.text)
    return len(kinds | (_kinds(rows) & _GATE_KINDS)) >= 2


def _page_title(r: _Row) -> str | None:
    """The headline of a segment's first row when it is a ``<title>`` line; a row of
    footer or login links (网站首页 | 网站地图 | 无障碍浏览) only looks like one."""
    if r.kind is not None and r.kind != "menu":
        return None
    split = _title_split(r.text)
    if split is None or _names_the_site(*split):
        return None
    return split[0]


def _headline_under_cut_title(doc: Document, edits: list[Edit], r: _Row) -> str | None:
    """A segment's first row when it is the headline that a cut ``<title>`` line beside
    it repeats (``headline`` over ``headline_快訊新聞網``): the filter that cut the title
    line as a repeat read nothing from it, so the headline is the page's title.
    ``edits``: the document's edits, in raw order."""
    if not edits or not _headline_row(r) or r.teaser:
        return None
    starts = _EditStarts(edits)
    raw = doc.raw
    row_start = doc.raw_offset(r.line.start)
    after = doc.raw_offset(r.line.next - 1) + 1  # just past the row's line break
    k = bisect.bisect_left(starts, after)
    if k < len(edits) and edits[k].start == after and not edits[k].text:
        if _repeats(raw[after : edits[k].end].split("\n", 1)[0], r.text):
            return r.text
    k = bisect.bisect_left(starts, row_start) - 1
    if k >= 0 and edits[k].end == row_start and not edits[k].text:
        if _repeats(raw[edits[k].start : row_start].rstrip("\r\n").rsplit("\n", 1)[-1], r.text):
            return r.text
    return None


class _EditStarts:
    """The raw starts of edits in raw order, as a sequence ``bisect`` can search without
    copying them."""

    __slots__ = ("_edits",)

    def __init__(self, edits: list[Edit]) -> None:
        self._edits = edits

    def __len__(self) -> int:
        return len(self._edits)

    def __getitem__(self, k: int) -> int:
        return self._edits[k].start


def _repeats(title_line: str, headline: str) -> bool:
    """Whether a ``<title>`` line is ``headline`` with a site suffix."""
    head = _site_title(title_line.strip())
    return head is not None and _same(head, headline)


def _segments(doc: Document, rows: list[_Row]) -> Iterator[tuple[int, int]]:
    """Row ranges between the article boundaries earlier filters marked."""
    raw_len = len(doc.raw)
    cuts = sorted({doc.text_offset(n.pos) for n in doc.notes if n.split and 0 < n.pos < raw_len})
    starts = [r.line.start for r in rows]
    bounds = [0, *(bisect.bisect_left(starts, c) for c in cuts), len(rows)]
    for lo, hi in zip(bounds, bounds[1:]):
        if hi > lo:
            yield lo, hi


def _changes(rows: list[_Row], keep: list[bool], titles: dict[int, str]) -> Iterator[Change]:
    """Merge cut lines with the same reason (and the blank lines between them)."""
    run_start = run_end = -1
    run_reason = ""
    comment_mode = False
    for idx, r in enumerate(rows):
        title = titles.get(idx)
        if keep[idx] or title is not None:
            if run_start >= 0:
                yield Change(run_start, run_end, "", run_reason)
                run_start = -1
            comment_mode = False
            if title is not None and not keep[idx]:
                yield Change(r.line.start, r.line.next, "", _TITLE_REASON, meta={"title": title})
            continue
        if r.kind == "comment":
            comment_mode = True
        elif r.wall:
            comment_mode = False
        reason = _cut_reason(r, comment_mode)
        if run_start >= 0 and reason == run_reason:
            run_end = r.line.next
            continue
        if run_start >= 0:
            yield Change(run_start, run_end, "", run_reason)
        run_start, run_end, run_reason = r.line.start, r.line.next, reason
    if run_start >= 0:
        yield Change(run_start, run_end, "", run_reason)


_TITLE_REASON = "page title with site suffix"


def _cut_reason(r: _Row, comment_mode: bool) -> str:
    if r.kind is not None:
        return r.reason
    if comment_mode:
        return "comment section"
    if r.good:
        return "low text density: prose outside the article body"
    return "low text density"
