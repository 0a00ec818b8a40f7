"""Repeated lines: a copy the scraper printed twice, kept once.

Only repeats that cannot be writing are cut:

* a line identical to the line just above it (blank lines between allowed);
* a short title-like line that repeats one of the three lines above it
  (title / byline / time / title);
* a line head printed twice (``文 | 镜相工作室,作者 | 黄依婷 文 | 镜相工作室,作者 | 黄依婷 9月,…``);
* a sentence repeated right after itself (``…意义重大。,意义重大。``).

Repeats far apart (a refrain, a quote recalled later) are left alone, and so is a
line repeated among short lines of verse (a poem's anaphora, a song's chorus): a
scraper's copy of a title or byline stands next to page furniture or body text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from operator import itemgetter

import regex

from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from .shape import is_prose

__all__ = ["DuplicatesFilter", "repeated_head", "repeated_sentences"]

#: shortest repeat worth cutting, and how varied it must be (``哈哈哈哈哈哈`` is not a title)
_MIN_LEN = 6
_MIN_DISTINCT = 4
#: how far back a short title-like line may have been printed before
_LOOKBACK = 3
_MAX_HEAD = 300
_MIN_GLUED = 12
#: the shortest line that can hold a repeat of its own: a head of ``_MIN_LEN`` printed
#: twice (a repeated sentence needs two sentences of 8 characters or more)
_MIN_INLINE = 2 * _MIN_LEN

_SENTENCE_END = regex.compile(r"[。！？!?]++[”」』’\"]*+")
#: one sentence as :func:`repeated_sentences` cuts them (the text since the last sentence
#: end, then the next one), or the text after the last one
_SENTENCE = re.compile(r"[^。！？!?]*+[。！？!?]++[”」』’\"]*+|[^。！？!?]++")
#: the last characters of a sentence, as many as the shortest repeat holds
_TAIL = itemgetter(slice(-8, None))
_SEP = " \t,，、;；"
#: the last characters of a piece of a line split at ``。``, and a run of ``。`` and closing
#: quotes 5 characters long (see :func:`_full_stops_may_repeat`)
_PIECE_TAIL = itemgetter(slice(-4, None))
_LONG_RUN = re.compile("。[。”」』’\"]{4}")
_BOUNDARY = regex.compile(r"[\s\p{P}\p{S}]")
#: a line of verse: short, letters with pauses between them, no digits, no ``。`` but at its
#: end (lyrics sites write ``我的情也真，我的愛也真，月亮代表我的心。``), and none of the
#: marks of a byline, source or date (``：|/()``)
_VERSE_MAX = 24
_VERSE_MARKS = frozenset(" \u3000，、,；;！？!?…—～~“”「」『』‘’'\"")
#: how many lines around a repeat tell verse from page furniture, and how many of them must
#: be full lines of verse (5 characters or more; a menu's items are shorter)
_VERSE_BEFORE = 3
_VERSE_AFTER = 2
_VERSE_FULL = 2


def _varied(s: str) -> bool:
    return len(s) >= _MIN_LEN and len(set(s)) >= _MIN_DISTINCT


def repeated_head(s: str) -> tuple[int, int] | None:
    """The span of the extra copies when a line starts with the same text twice.

    Returns ``(a, b)``: ``s[a:b]`` is the repeat (with the space before it); None if the
    line's head is not repeated.
    """
    probe = s[:_MIN_LEN]
    pos = s.find(probe, 1)
    # most lines never hold their first characters twice: that test goes first
    if pos == -1 or pos > _MAX_HEAD + 3 or (not _varied(probe) and len(set(probe)) < 3):
        return None
    while pos != -1 and pos <= _MAX_HEAD + 3:
        head = s[:pos].rstrip(" \t")
        size = len(head)
        gap = s[size:pos]
        # glued copies with no space between are writing ("一闪一闪亮晶晶") unless long
        spaced = 1 <= len(gap) <= 3 or (not gap and size >= _MIN_GLUED)
        if _varied(head) and spaced and s.startswith(head, pos):
            end = pos + size
            while True:
                ws = len(s[end : end + 3]) - len(s[end : end + 3].lstrip(" \t"))
                if s.startswith(head, end + ws):
                    end += ws + size
                else:
                    break
            if end == len(s) or _BOUNDARY.match(s[end]) or _BOUNDARY.match(head[-1]):
                return size, end
        pos = s.find(probe, pos + 1)
    return None


def repeated_sentences(s: str) -> list[tuple[int, int]]:
    """Spans of sentences that repeat the sentence just before them (separator included)."""
    return _sentence_repeats(s) if _may_repeat(s) else []


def _sentence_repeats(s: str) -> list[tuple[int, int]]:
    """:func:`repeated_sentences` without its cheap test, for a caller that made it."""
    spans = []
    prev: tuple[int, int] | None = None
    a = 0
    for m in _SENTENCE_END.finditer(s):
        b = m.end()
        if m.start() == a:  # punctuation alone is no sentence
            a = b
            continue
        core = s[a:b].lstrip(_SEP)
        if prev is not None and len(core) >= 8 and s[prev[0] : prev[1]].endswith(core) and _varied(core):
            spans.append((a, b))  # the copy goes; the next one is compared to the original
        else:
            prev = (a, b)
        a = b
    return spans


def _may_repeat(s: str) -> bool:
    """Necessary for a repeated sentence: two sentences end in the same 8 characters.

    A copy is at least 8 characters long and ends both itself and the sentence it
    repeats, so those two sentences share their last 8 characters. (The text after the
    last sentence is one more item: it can only make the test pass more often.) Most
    lines end their sentences with ``。`` alone: :func:`_full_stops_may_repeat` makes an
    equally necessary test of them with string methods, several times cheaper.
    """
    if "!" in s or "?" in s or "！" in s or "？" in s:
        sentences = _SENTENCE.findall(s)
        return len(sentences) > 1 and len(set(map(_TAIL, sentences))) < len(sentences)
    # a copy and its original each end in a run of 。: two of them at least
    stops = s.count("。")
    return stops > 1 and _full_stops_may_repeat(s, stops)


def _full_stops_may_repeat(s: str, stops: int) -> bool:
    """:func:`_may_repeat` for a line whose only sentence end is ``。`` (``stops`` of them),
    with ``str.split`` rather than the regex.

    The sentence a copy repeats ends with the whole copy: its text ``X`` (separators left
    out) and its run of ends (``。``, then more ``。`` or closing quotes). A sentence holds
    no ``。`` before its run, so where ``X`` is not empty both runs start right after
    ``X``, and the two pieces of the line before those two ``。`` end with ``X``: with 4
    characters of ``X`` or more, two pieces end alike. A copy (8 characters or more) with
    less text has a run of 5 or more (``_LONG_RUN``).

    With two ``。`` only, a different character before each rules out every copy with
    text (``X`` would end both pieces): a run of 8 is left.
    """
    if stops == 2:
        first = s.find("。")
        second = s.find("。", first + 1)
        if 0 < first < second - 1 and s[first - 1] != s[second - 1]:
            return _LONG_RUN.search(s) is not None
    pieces = s.split("。")
    pieces.pop()  # the text after the last 。
    return len(set(map(_PIECE_TAIL, pieces))) < len(pieces) or _LONG_RUN.search(s) is not None


@register
class DuplicatesFilter(Filter):
    """Keep one copy of a repeated title, byline, line or sentence."""

    name = "duplicates"
    description = "cut repeated lines, titles, bylines and sentences (first copy kept)"

    def find(self, doc: Document) -> Iterator[Change]:
        kept: deque[str] = deque(maxlen=_LOOKBACK)  # the last lines kept, stripped
        keep = kept.append
        inline = _inline_spans
        lines = doc.lines()
        for i, ln in enumerate(lines):
            text = ln.text
            s = text.strip()
            if not s:
                continue
            # a line repeats one kept only when it equals one of them
            if s in kept:
                why = _repeat_of_recent(s, kept)
                if why and not _in_verse(s, lines, i):
                    yield ln.cut(why)
                    continue
            keep(s)
            # a shorter line cannot hold a repeat: it skips the memo lookup
            if len(text) >= _MIN_INLINE and (spans := inline(text)):
                for a, b, reason in spans:
                    yield ln.cut_span(a, b, reason)


def _repeat_of_recent(s: str, kept: deque[str]) -> str | None:
    """Cheap tests first: the letter count runs only on a line that repeats."""
    if not kept:
        return None
    if s == kept[-1]:
        return "repeated line: same as the line above" if _has_letters(s) else None
    if len(s) <= 64 and s in kept and _varied(s) and not is_prose(s) and _has_letters(s):
        return "repeated title or byline"
    return None


def _verse_line(s: str) -> bool:
    """Could this (stripped) line be a line of a poem or song?"""
    if not 2 <= len(s) <= _VERSE_MAX:
        return False
    marks = _VERSE_MARKS
    return all(ch.isalpha() or ch in marks for ch in s.removesuffix("。"))


def _in_verse(s: str, lines: list[Line], i: int) -> bool:
    """Is the repeat ``s`` at ``lines[i]`` a refrain among lines of verse?

    A scraper's second title or byline stands next to a date, a source, a menu or the
    body; a refrain or an anaphora stands among short unpunctuated lines. The lines
    around the repeat (copies of it left out) must all be verse, and enough of them.
    Runs only on a repeat, which is rare.
    """
    if not _verse_line(s):
        return False
    before = _neighbours(s, lines, range(i - 1, -1, -1), _VERSE_BEFORE)
    after = _neighbours(s, lines, range(i + 1, len(lines)), _VERSE_AFTER)
    around = before + after
    return (
        sum(len(x) >= 5 for x in around) >= _VERSE_FULL
        and all(map(_verse_line, around))
    )


def _neighbours(s: str, lines: list[Line], order: range, want: int) -> list[str]:
    """Up to ``want`` non-blank lines in ``order``, stripped, copies of ``s`` left out
    (a bounded walk: a few more lines than wanted)."""
    found: list[str] = []
    for j in order[: 2 * want + 2]:
        t = lines[j].text.strip()
        if t and t != s:
            found.append(t)
            if len(found) == want:
                break
    return found


def _has_letters(s: str) -> bool:
    """At least two letters: a row of digits or marks is no title."""
    return sum(ch.isalpha() for ch in s) >= 2


@memo_by_line
def _inline_spans(s: str) -> tuple[tuple[int, int, str], ...]:
    """Repeated sentences, and a repeated head, inside one line."""
    body = s.lstrip()
    # each function's own first test, made here: nearly every line fails both, and
    # two calls fewer per line is a good share of the cost of such a line
    head = repeated_head(body) if body.find(body[:_MIN_LEN], 1) != -1 else None
    sentences = _sentence_repeats(s) if _may_repeat(s) else []
    if head is None and not sentences:
        return ()  # nearly every line
    spans = [(a, b, "repeated sentence") for a, b in sentences]
    if head:
        lead = len(s) - len(body)  # an indent (full-width spaces) is not the head
        head = (head[0] + lead, head[1] + lead)
    if head and all(head[1] <= a or head[0] >= b for a, b, _ in spans):
        spans.append((head[0], head[1], "repeated title or byline on one line"))
    return tuple(sorted(spans))
