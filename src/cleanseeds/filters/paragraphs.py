"""Paragraph breaks: restore those a dump flattened, drop Markdown heading marks.

Some dumps put a whole article on one line, its paragraphs joined by a single space
after each sentence end (``…凝滞。 两个月前,…``). Chinese prose has no spaces between
sentences, so such a space is a lost line break; it becomes ``"\\n"`` again (a repair,
with its reason). Only lines where this happens again and again are touched (or twice,
where each part is a paragraph's length; a single blank may be a writer's habit), and only at a space that
follows sentence-final punctuation or closes a short heading, never inside a sentence,
a number or English text. A reporter's credit opening such a line
(``证券时报记者 陈见南 张智博 截至…``) is no heading: its break goes after the names.

A list whose items were joined with no blank at all (``…履行职责。二、考生应在…``) shows
its lost breaks by its numbering: where a sentence ends and the next item of a list the
line itself opens (or has opened after an earlier sentence end) begins, a break comes
back. A paragraph's first-line indent of two ideographic spaces after a sentence end
(``…提质升级。\u3000\u3000下一步…``) is a break however rarely the line shows one: prose
never indents mid-paragraph. Two sentences joined with nothing between them and no numbering
(``…收入成長。交通部指出…``) look just like one paragraph of prose: they stay.

Others come the opposite way: text taken from a PDF (a stock exchange's announcement, a
court's ruling) keeps the PDF's line wraps, every line cut at one width mid-sentence
(``…不存在任何虚假记载、误导性陈`` / ``述或者重大遗漏，…``). Where several lines of the
dump stop at exactly one width inside a sentence, each such wrap is joined again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register

__all__ = ["Paragraphs", "break_points", "item_points"]

#: blanks that may stand for a lost line break (plain classes: ``re`` runs them faster)
_BLANKS = re.compile(r"[ \t\u3000\xa0]{1,8}")
_HAN = regex.compile(r"\p{Han}")
#: a Markdown heading mark
_MD_MARK = re.compile(r"#{1,6}[ \t]+")
#: words that cannot end a heading: particles, prepositions, adverbs
_NOT_HEADING_END = set("的地得在是和与與及或把被而但就也都还還又将將会會要能对對从從向往于於为為让讓给給比跟同却卻并並且很更最太再已曾正才只仅僅时時上下中后後里裡")
_HEADING_MIN, _HEADING_MAX = 4, 20
#: a line is flattened when it holds at least this many sentence-end blanks
_MIN_BREAKS = 3
#: or this many, where what they part are paragraphs (see ``_paragraphs_parted``)
_FEW_BREAKS = 2
#: the shortest paragraph two blanks may part
PARAGRAPH_MIN = 30
#: a paragraph's first-line indent: two ideographic spaces (首行缩进两字)
_INDENT_MARK = "\u3000\u3000"


#: a blank run after sentence-final punctuation, before what may open a new sentence
#: (what precedes ``!?`` is a lookbehind, so the scan does not try every Han character)
_FINAL_BLANK = regex.compile(
    r"(?:(?:[。！？]|…{1,2}|\.{3,6})[”’」』）)】》\"']{0,3}"
    r"|(?<=\p{Han}[”’」』）)】\"']{0,2}|[0-9A-Za-z])[!?]{1,3}[”’」』）)】\"']{0,3}(?=[ \t\u3000\xa0]{1,8}\p{Han}))"
    r"\K[ \t\u3000\xa0]{1,8}(?=[\p{Han}“‘「『《（(【\[0-9A-Za-z#])"
)
_SENTENCE_END = "sentence end"
_INDENT = "paragraph indent"
_HEADING_END = "end of heading"
_BYLINE_END = "end of byline"
_NUMBERED_ITEM = "numbered item"
#: the reason recorded for each kind of restored break
_RESTORED = {
    why: f"paragraph break restored: {why}"
    for why in (_SENTENCE_END, _INDENT, _HEADING_END, _BYLINE_END, _NUMBERED_ITEM)
}


@memo_by_line
def break_points(text: str) -> list[tuple[int, int, str]]:
    """Blank runs in one line that stand for lost paragraph breaks, as (start, end, why).

    >>> break_points("甲乙丙。 丁戊己。 庚辛壬。 癸子丑。")
    [(4, 5, 'sentence end'), (9, 10, 'sentence end'), (14, 15, 'sentence end')]
    """
    if len(text) < 8 or _blank_count(text) < _FEW_BREAKS:
        return []  # each break holds a blank of its own
    finals = [m.span() for m in _FINAL_BLANK.finditer(text)]
    if len(finals) < _MIN_BREAKS:
        if len(finals) >= _FEW_BREAKS and _paragraphs_parted(text, finals):
            return [(a, b, _SENTENCE_END) for a, b in finals]
        # too few to tell a stray blank from a lost break, unless the blank is an indent
        return [(a, b, _INDENT) for a, b in finals if _INDENT_MARK in text[a:b]]
    out: list[tuple[int, int, str]] = []
    # a short heading (after a sentence end, or opening the line) closes at its first blank
    seg_start = 0
    for a, b in finals:
        _heading_in(text, seg_start, a, out)
        out.append((a, b, _SENTENCE_END))
        seg_start = b
    _heading_in(text, seg_start, len(text), out)
    return out


def _paragraphs_parted(text: str, finals: list[tuple[int, int]]) -> bool:
    """Whether a few sentence-end blanks (``…平台。 据介绍…运行。 南沙区…``) part paragraphs:
    each part is a paragraph's length. A stray blank or two inside a paragraph of short
    sentences leaves a part shorter than that."""
    bounds = [0, *(a for a, _ in finals), len(text)]
    starts = [0, *(b for _, b in finals)]
    return all(end - start >= PARAGRAPH_MIN for start, end in zip(starts, bounds[1:]))


def _blank_count(text: str) -> int:
    return text.count(" ") + text.count("\t") + text.count("\u3000") + text.count("\xa0")


def _heading_in(text: str, lo: int, hi: int, out: list[tuple[int, int, str]]) -> None:
    """If ``text[lo:hi]`` opens with a short heading and a blank, record that blank."""
    m = _BLANKS.search(text, lo, min(hi, lo + _HEADING_MAX + 1))
    if m is None:
        return
    a, b = m.span()
    if a == lo or b >= hi:
        return
    if text[lo:a].endswith(_CREDIT_ROLES):
        # ``证券时报记者 陈见南 张智博 截至…``: a credit, whose names run on past its blank
        end = _byline_end(text, b, hi)
        if end is not None:
            out.append((*end, _BYLINE_END))
        return
    if _HAN.match(text, b) and _is_heading(text[lo:a]):
        out.append((a, b, _HEADING_END))


#: the words that close a reporter's or author's title before the names: such a line
#: opens with a credit, not a heading (both scripts)
_CREDIT_ROLES = tuple(
    "记者 記者 通讯员 通訊員 实习生 實習生 特派员 特派員 编辑 編輯 作者 撰文 撰稿 摄影 攝影 文/图 文/圖 "
    "文／图 文／圖".split()
)
#: one name of a credit (or another title between names: ``通讯员``), a blank after it
_CREDIT_NAME = regex.compile(r"\p{Han}{2,4}(?:[·•]\p{Han}{1,6})?(?=[ \t\u3000\xa0])")
#: names a credit lists at most
_CREDIT_MAX_NAMES = 6


def _byline_end(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The blank after the last name of a credit whose names start at ``pos``
    (``陈见南 张智博 截至…`` -> the blank before ``截至``), if text follows it before ``hi``."""
    last = None
    for _ in range(_CREDIT_MAX_NAMES):
        name = _CREDIT_NAME.match(text, pos)
        if name is None:
            break
        blank = _BLANKS.match(text, name.end())
        if blank is None or blank.end() >= hi:
            break
        last = blank.span()
        pos = blank.end()
    return last


# -- numbered items joined without a blank ---------------------------------------------------

_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
#: an item's marker, where a list opens each item with one: ``二、``, ``（二）``, ``2、``,
#: ``2.``, ``(2)``, ``②``; what follows is no numeral (``二、三号线`` counts lines, ``2.5``
#: is a number)
_ITEM_MARK = regex.compile(
    r"(?:(?P<zh>[一二三四五六七八九十]{1,3})、|[（(](?P<pzh>[一二三四五六七八九十]{1,3})[）)]"
    r"|(?P<ar>\d{1,2})(?P<arm>[、.．])|[（(](?P<par>\d{1,2})[）)]|(?P<circ>[①-⑳]))"
    r"(?![\d一二三四五六七八九十零〇两兩])"
)
#: a sentence end, then at most two closers and a short blank: where an item may begin
_ITEM_LEAD = regex.compile(r"[。！？!?][”’」』）)\"']{0,2}[ \t\u3000\xa0]{0,2}")
#: what may stand after a sentence end before an item joined to the sentence (a cheap
#: scan of the whole text for lines worth reading): closers, blanks, the marker's start
_ITEM_HINT_TAIL = (
    r"[”’」』）)\"']{0,2}[ \t\u3000\xa0]{0,2}"
    r"(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[、.．]|[①-⑳])"
)
#: the character right after the sentence end, as the tail above needs (a closer, a blank
#: or a marker's first character): most sentence ends fail this one class test at once
_ITEM_HINT_NEXT = r"(?=[”’」』）)\"' \t\u3000\xa0一二三四五六七八九十（(①-⑳\d])"
#: one scan per sentence-final mark: ``re`` skips to a literal first character several
#: times faster than to one of a class
_ITEM_HINTS = tuple(
    (final, re.compile(re.escape(final) + _ITEM_HINT_NEXT + _ITEM_HINT_TAIL)) for final in "。！？!?"
)


def _zh_number(s: str) -> int:
    """``三`` -> 3, ``十二`` -> 12, ``二十`` -> 20, ``二十一`` -> 21."""
    if "十" not in s:
        return _ZH_DIGITS.get(s, 0) if len(s) == 1 else 0
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return 0
    return (_ZH_DIGITS.get(tens, 0) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)


def _item_at(text: str, pos: int) -> tuple[str, int] | None:
    """``(style, number)`` of the item marker at ``pos``, if one opens an item there."""
    m = _ITEM_MARK.match(text, pos)
    if m is None or not text[m.end() :].strip():
        return None  # a marker with no item text after it is no item
    if m["zh"]:
        return "、zh", _zh_number(m["zh"])
    if m["pzh"]:
        return "()zh", _zh_number(m["pzh"])
    if m["ar"]:
        return m["arm"].replace("．", "."), int(m["ar"])
    if m["par"]:
        return "()", int(m["par"])
    return "circ", ord(m["circ"]) - ord("①") + 1


@memo_by_line
def item_points(text: str) -> list[tuple[int, int, str]]:
    """Where items of a numbered list were joined to the sentence before them, as
    ``(start, end, why)`` of what stands between (blanks, or nothing).

    An item counts where the line opens with the item before it in the same style, or
    where that item also follows a sentence end; an item 1 after a sentence end counts
    where item 2 follows it so.

    >>> item_points("一、考生应服从管理。二、考生应在开考前入场。")
    [(10, 10, 'numbered item')]
    """
    lead = len(text) - len(text.lstrip())
    found: list[tuple[int, int, str, int]] = []  # (start, end, style, number)
    first = _item_at(text, lead)
    if first is not None:
        found.append((lead, lead, *first))
    for m in _ITEM_LEAD.finditer(text):
        item = _item_at(text, m.end())
        if item is not None:
            blank = len(m.group()) - len(m.group().rstrip(_BREAK_BLANKS))
            found.append((m.end() - blank, m.end(), *item))
    out = []
    earlier: set[tuple[str, int]] = set()
    for k, (a, b, style, n) in enumerate(found):
        if k > 0 or first is None:
            later = {(st, m) for _, _, st, m in found[k + 1 :]}
            if (style, n - 1) in earlier or (n == 1 and (style, 2) in later):
                out.append((a, b, _NUMBERED_ITEM))
        earlier.add((style, n))
    return out


#: letters that end an English phrase, not a heading
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _is_heading(seg: str) -> bool:
    s = seg.strip()
    if not _HEADING_MIN <= len(s) <= _HEADING_MAX or not _HAN.search(s):
        return False
    if s[-1] in _NOT_HEADING_END or s[-1] in ",，、:：;；":
        return False
    if sum(s.count(c) for c in ",，、") > 1:
        return False
    return s[-1] not in _LATIN


@register
class Paragraphs(Filter):
    """Restore flattened paragraph breaks and drop Markdown heading marks."""

    name = "paragraphs"
    description = "restore paragraph breaks lost in one-line dumps or between joined list items; drop Markdown '#' heading marks"

    def find(self, doc: Document) -> Iterator[Change]:
        breaks = list(self._breaks(doc.text))
        yield from breaks
        # a wrap join removes a line's break: the breaks restored inside lines never
        # reach it, but one that did would win
        taken = {ch.start for ch in breaks} | {ch.end for ch in breaks}
        for ch in _hard_wraps(doc):
            if not taken.intersection(range(ch.start, ch.end + 1)):
                yield ch

    def _breaks(self, text: str) -> Iterator[Change]:
        """Line breaks lost inside long lines, and Markdown heading marks."""
        items = _item_lines(text)
        for start, end in sorted(set(_lines_worth_reading(text)) | items):
            line = text[start:end]
            item_hinted = (start, end) in items
            yield from _heading_mark(start, line)
            skip = 0
            head = _MD_MARK.match(line.lstrip())
            if head:
                skip = len(line) - len(line.lstrip()) + head.end()
            sharp = "#" in line  # a heading mark after a break needs one
            points = break_points(line)
            if item_hinted:
                taken = {a for a, _, _ in points}
                points = sorted([*points, *(p for p in item_points(line) if p[0] not in taken)])
            for a, b, why in points:
                if a < skip:
                    continue
                yield Change(start + a, start + b, "\n", _RESTORED[why])
                mark = _MD_MARK.match(line, b) if sharp else None
                if mark:
                    yield Change(start + b, start + mark.end(), "", "Markdown heading mark")


#: the blanks a lost line break may have become
_BREAK_BLANKS = " \t\u3000\xa0"


def _final_hint(blank: str) -> re.Pattern[str]:
    """``blank`` where it follows a sentence-final mark and at most three closers, as
    the blank run of every :data:`_FINAL_BLANK` match does.

    The blank comes first and what precedes it is a lookbehind: ``re`` skips to a
    literal first character several times faster than to one of a class. One class
    test of the character before the blank (a final or a closer, as every branch needs)
    turns away most blanks (between words, numbers) before the branches are tried.
    """
    finals, closers = "。！？…!?.", "”’」』）)】》\"'"
    final, closer, blank = f"[{finals}]", f"[{closers}]", re.escape(blank)
    behind = "|".join(f"(?<={final}{closer * n}{blank})" for n in range(4))
    return re.compile(f"{blank}(?<=[{finals}{closers}]{blank})(?:{behind})")


_FINAL_HINTS = tuple((blank, _final_hint(blank)) for blank in _BREAK_BLANKS)


def _lines_worth_reading(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines that may hold a change, in order: those with a "#"
    and those with enough blanks after a sentence end to be flattened paragraphs.

    The latter are found by a scan of the whole text for each blank (:func:`_final_hint`):
    the blank run of each :data:`_FINAL_BLANK` match (none spans a line break) opens with
    a hint of its own, so a line with fewer hints than ``_FEW_BREAKS`` has fewer matches
    too, and :func:`break_points` would find nothing there, unless a blank run holds an
    indent: such a hint counts for ``_FEW_BREAKS`` alone.
    """
    hints: dict[tuple[int, int], int] = {}
    for blank, pattern in _FINAL_HINTS:
        if blank not in text:
            continue
        line = (0, -1)
        for m in pattern.finditer(text):
            if m.start() >= line[1]:
                line = _line_around(text, m.start())
            # an indent is a break on its own: its hint counts for two (the blank run of a
            # match is at most 8 blanks long, so an indent in it starts in this window)
            indent = _INDENT_MARK in text[m.start() : m.start() + 8]
            hints[line] = hints.get(line, 0) + (_FEW_BREAKS if indent else 1)
    found = {line for line, n in hints.items() if n >= _FEW_BREAKS}
    pos = text.find("#")
    while pos != -1:
        line = _line_around(text, pos)
        found.add(line)
        pos = text.find("#", line[1])
    return sorted(found)


def _item_lines(text: str) -> set[tuple[int, int]]:
    """``(start, end)`` of the lines where a numbered item may follow a sentence end
    (:data:`_ITEM_HINTS`: each break :func:`item_points` finds follows one).

    No hint spans a line break, so a line holds a hint wherever one of the scans finds
    one: the order of the scans does not matter."""
    found: set[tuple[int, int]] = set()
    for final, pattern in _ITEM_HINTS:
        if final not in text:
            continue
        line = (0, -1)
        for m in pattern.finditer(text):
            if m.start() >= line[1]:
                line = _line_around(text, m.start())
                found.add(line)
    return found


def _line_around(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``pos``, as :func:`~cleanseeds.lines.lines`
    cuts it (without its line break or a ``"\\r"`` before that)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end == -1:
        end = len(text)
    if end > start and text[end - 1] == "\r":
        end -= 1
    return start, end


def _heading_mark(start: int, text: str) -> Iterator[Change]:
    lead = len(text) - len(text.lstrip())
    m = _MD_MARK.match(text, lead)
    if m and text[m.end() :].strip():
        yield Change(start + lead, start + m.end(), "", "Markdown heading mark")


# -- fixed-width wraps (text taken from a PDF) ----------------------------------------------

#: the narrowest wrap width believed: shorter equal lines are labels, dates, headings
WRAP_MIN_WIDTH = 16
#: lines that must stop inside a sentence at the one width before any wrap is joined
MIN_WRAPS = 3
#: ends of a line that closes a sentence, a list item or a heading: no wrap there
_WRAP_STOPS = frozenset("。！？!?…；;：:”」』")
#: punctuation inside a sentence: a wrapped line of prose holds some, a headline rarely
_INNER_PUNCT = frozenset("，,、；（）()“”「」")
#: what opens a list item, a heading or a new section: never the rest of a wrapped line
_ITEM_START = regex.compile(
    r"[●•·◆■□▪\-—*#]|[(（]?\s{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s{0,2}(?:[)）、]|[.．](?!\d))"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节節条條款部]"
)
#: an item of a dated list (a timetable: ``1月24日（星期五）：加開南下18班``): under another
#: such item, a line is the list's next item, whatever its width
_DATED_ITEM = regex.compile(r"\d{1,2}月\d{1,2}日")
_WRAP_REASON = "line break restored: fixed-width wrap joined"
_LATIN_END = regex.compile(r"[A-Za-z]")


def _hard_wraps(doc: Document) -> Iterator[Change]:
    """Join the lines of a dump hard-wrapped at one width (a PDF's text), where the
    evidence is strong: at least ``MIN_WRAPS`` lines stop inside a sentence at exactly
    the same width (paragraphs of a web page have any length), and no more lines run
    past that width than stop at it. A line at that width is joined to the next one only
    when it holds punctuation inside a sentence (a headline seldom does), the next line
    opens no list item or heading, and the run of wrapped lines ends a sentence (the
    lines of a feed or menu never do)."""
    # the lines' widths, as ``doc.lines()`` would give them, without building the lines:
    # most dumps have no width that could be a wrap's
    widths = list(map(len, map(str.strip, doc.text.split("\n"))))
    common = _common_widths(widths)
    if not common:
        return
    rows = doc.lines()
    width = _wrap_width(rows, widths, common)
    if width is None:
        return
    for k in range(len(rows) - 1):
        if _wrapped_at(rows, k, width) and _run_ends_sentence(rows, k + 1, width):
            line, nxt = rows[k], rows[k + 1]
            end = line.start + len(line.text.rstrip())
            lead = len(nxt.text) - len(nxt.text.lstrip())
            yield Change(end, nxt.start + lead, "", _WRAP_REASON)


def _candidate(rows: list[Line], k: int) -> bool:
    """Whether line ``k`` may stop at a wrap: right above another line, inside a sentence."""
    text = rows[k].text.strip()
    if len(text) < WRAP_MIN_WIDTH or k + 1 >= len(rows) or text[-1] in _WRAP_STOPS:
        return False
    nxt = rows[k + 1].text.strip()
    return bool(nxt) and _ITEM_START.match(nxt) is None


def _common_widths(widths: list[int]) -> set[int]:
    """The widths (of stripped lines) that a wrap could have: wide enough, held by at least
    ``MIN_WRAPS`` lines, and by as many lines as run past it (a page's paragraphs run past
    most widths). Counted without a Python step per line: one step per distinct width,
    widest first, so the lines running past a width are a running sum (the narrow
    widths, most lines, are never visited)."""
    if len(widths) <= MIN_WRAPS:
        return set()
    counts = Counter(widths)
    common: set[int] = set()
    longer = 0  # lines wider than ``w``
    for w in sorted(counts, reverse=True):
        if w < WRAP_MIN_WIDTH:
            break
        c = counts[w]
        if c >= MIN_WRAPS and longer <= c:
            common.add(w)
        longer += c
    return common


def _wrap_width(rows: list[Line], widths: list[int], common: set[int]) -> int | None:
    """The one width at which the dump's lines are wrapped, or ``None`` when there is no
    strong evidence of one; ``widths`` are the stripped lines' widths, ``common`` those
    that could be a wrap's (``_common_widths``)."""
    counts: dict[int, int] = {}
    for k, w in enumerate(widths):
        if w in common and _candidate(rows, k):
            counts[w] = counts.get(w, 0) + 1
    if not counts:
        return None
    width, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if n < MIN_WRAPS:
        return None
    longer = sum(1 for r in rows if len(r.text.strip()) > width)
    return width if longer <= n else None


def _wrapped_at(rows: list[Line], k: int, width: int) -> bool:
    """Whether line ``k`` was cut by the wrap: the width, inside a sentence, not between
    two Latin words (their space is lost), not a headline."""
    text = rows[k].text.strip()
    if len(text) != width or not _candidate(rows, k):
        return False
    if not any(c in _INNER_PUNCT for c in text):
        return False
    nxt = rows[k + 1].text.strip()
    if _LATIN_END.match(text[-1]) and _LATIN_END.match(nxt[0]):
        return False
    return not (k > 0 and _DATED_ITEM.match(text) and _DATED_ITEM.match(rows[k - 1].text.strip()))


def _run_ends_sentence(rows: list[Line], k: int, width: int) -> bool:
    """Whether the wrapped lines from ``k`` on end in a sentence-final mark."""
    while k < len(rows):
        text = rows[k].text.strip()
        if not text:
            return False
        if not (len(text) == width and _candidate(rows, k)):
            return text.rstrip("”’」』）)】\"'")[-1:] in ("。", "！", "？", "!", "?", "…", ".")
        k += 1
    return False
