"""Paragraph breaks: restore those a dump flattened, drop Markdown heading marks.

Some dumps put a whole article on one line, its paragraphs joined by a single space
after each sentence end (``…凝滞。 两个月前,…``). Chinese prose has no spaces between
sentences, so such a space is a lost line break; it becomes ``"\\n"`` again (a repair,
with its reason). Only lines where this happens again and again are touched, and only
at a space that follows sentence-final punctuation or closes a short heading, never
inside a sentence, a number or English text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register

__all__ = ["Paragraphs", "break_points"]

#: blanks that may stand for a lost line break
_BLANKS = regex.compile(r"[ \t\u3000\xa0]{1,8}")
_HAN = regex.compile(r"\p{Han}")
#: a Markdown heading mark
_MD_MARK = regex.compile(r"#{1,6}[ \t]+")
#: words that cannot end a heading: particles, prepositions, adverbs
_NOT_HEADING_END = set("的地得在是和与與及或把被而但就也都还還又将將会會要能对對从從向往于於为為让讓给給比跟同却卻并並且很更最太再已曾正才只仅僅时時上下中后後里裡")
_HEADING_MIN, _HEADING_MAX = 4, 20
#: a line is flattened when it holds at least this many sentence-end blanks
_MIN_BREAKS = 3


#: a blank run after sentence-final punctuation, before what may open a new sentence
#: (what precedes ``!?`` is a lookbehind, so the scan does not try every Han character)
_FINAL_BLANK = regex.compile(
    r"(?:(?:[。！？]|…{1,2}|\.{3,6})[”’」』）)】》\"']{0,3}"
    r"|(?<=\p{Han}[”’」』）)】\"']{0,2}|[0-9A-Za-z])[!?]{1,3}[”’」』）)】\"']{0,3}(?=[ \t\u3000\xa0]{1,8}\p{Han}))"
    r"\K[ \t\u3000\xa0]{1,8}(?=[\p{Han}“‘「『《（(【\[0-9A-Za-z#])"
)
_HASH = regex.compile(r"#")
_SENTENCE_END = "sentence end"
_HEADING_END = "end of heading"


@memo_by_line
def break_points(text: str) -> list[tuple[int, int, str]]:
    """Blank runs in one line that stand for lost paragraph breaks, as (start, end, why).

    >>> break_points("甲乙丙。 丁戊己。 庚辛壬。 癸子丑。")
    [(4, 5, 'sentence end'), (9, 10, 'sentence end'), (14, 15, 'sentence end')]
    """
    if len(text) < 8 or _blank_count(text) < _MIN_BREAKS:
        return []  # each break holds a blank of its own
    finals = [(m.start(), m.end()) for m in _FINAL_BLANK.finditer(text)]
    if len(finals) < _MIN_BREAKS:
        return []
    out: list[tuple[int, int, str]] = []
    # a short heading (after a sentence end, or opening the line) closes at its first blank
    seg_start = 0
    for a, b in finals:
        _heading_in(text, seg_start, a, out)
        out.append((a, b, _SENTENCE_END))
        seg_start = b
    _heading_in(text, seg_start, len(text), out)
    return out


def _blank_count(text: str) -> int:
    return text.count(" ") + text.count("\t") + text.count("\u3000") + text.count("\xa0")


def _heading_in(text: str, lo: int, hi: int, out: list[tuple[int, int, str]]) -> None:
    """If ``text[lo:hi]`` opens with a short heading and a blank, record that blank."""
    m = _BLANKS.search(text, lo, min(hi, lo + _HEADING_MAX + 1))
    if m is None or m.start() == lo or m.end() >= hi:
        return
    if _HAN.match(text, m.end()) and _is_heading(text[lo : m.start()]):
        out.append((m.start(), m.end(), _HEADING_END))


_LATIN_END = regex.compile(r"[A-Za-z]$")


def _is_heading(seg: str) -> bool:
    s = seg.strip()
    if not _HEADING_MIN <= len(s) <= _HEADING_MAX or not _HAN.search(s):
        return False
    if s[-1] in _NOT_HEADING_END or s[-1] in ",，、:：;；":
        return False
    if sum(s.count(c) for c in ",，、") > 1:
        return False
    return not _LATIN_END.search(s)


@register
class Paragraphs(Filter):
    """Restore flattened paragraph breaks and drop Markdown heading marks."""

    name = "paragraphs"
    description = "restore paragraph breaks lost in one-line dumps; drop Markdown '#' heading marks"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        # one scan of the whole text finds the lines worth reading: those with a "#" and
        # those with enough blanks after a sentence end to be flattened paragraphs
        finals = Counter(doc.line_indexes_of(m.start() for m in _FINAL_BLANK.finditer(text)))
        wanted = {i for i, n in finals.items() if n >= _MIN_BREAKS}
        if "#" in text:
            wanted.update(doc.line_indexes_of(m.start() for m in _HASH.finditer(text)))
        all_lines = doc.lines()
        for index in sorted(wanted):
            line = all_lines[index]
            yield from _heading_mark(line)
            s = line.text
            skip = 0
            head = _MD_MARK.match(s.lstrip())
            if head:
                skip = len(s) - len(s.lstrip()) + head.end()
            for a, b, why in break_points(s):
                if a < skip:
                    continue
                yield Change(line.start + a, line.start + b, "\n", f"paragraph break restored: {why}")
                mark = _MD_MARK.match(s, b)
                if mark:
                    yield Change(line.start + b, line.start + mark.end(), "", "Markdown heading mark")


def _heading_mark(line: Line) -> Iterator[Change]:
    text = line.text
    lead = len(text) - len(text.lstrip())
    m = _MD_MARK.match(text, lead)
    if m and text[m.end() :].strip():
        yield Change(line.start + lead, line.start + m.end(), "", "Markdown heading mark")
