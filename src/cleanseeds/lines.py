"""Lines of the current text with their offsets: what most filters iterate over."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import accumulate, count, islice, repeat
from typing import Any, NamedTuple, TypeVar

from .document import Change

__all__ = ["Line", "lines", "split_lines", "memo_by_line", "unmemoised", "clear_line_memos"]

#: entries kept per memoised line judgement, and the longest line memoised: junk lines are
#: short, and the bound on both keeps the caches' memory flat (a few MB) over any corpus
LINE_CACHE = 4096
LINE_CACHE_MAX_LEN = 256
_MEMOS: list[Any] = []

F = TypeVar("F", bound=Callable[..., Any])


class _LineMemo(dict):  # type: ignore[type-arg]
    """The answers of one line judgement by line text, bounded: when full, the oldest
    quarter goes (insertion order is age). A hit is one dict lookup in C, with no Python
    frame between the caller and the answer (see :func:`memo_by_line`)."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, s: str) -> Any:
        value = self.fn(s)
        if len(s) <= LINE_CACHE_MAX_LEN:
            if len(self) >= LINE_CACHE:
                for old in list(islice(self, LINE_CACHE // 4)):
                    del self[old]
            self[s] = value
        return value


def memo_by_line(fn: F) -> F:
    """Memoise a judgement that depends on a line's text alone (its only argument).

    A line is judged again in each settling round, and portal furniture repeats from
    dump to dump, so the line filters look their per-line answers up by the text.
    Long lines (prose, rarely repeated) are judged afresh each time. The judgement
    returned is the memo's own lookup: the line filters make hundreds of thousands of
    calls, and a wrapper's Python frame would cost more than most lookups.
    :func:`unmemoised` gives the judgement itself back.
    """
    memo = _LineMemo(fn)
    _MEMOS.append(memo)
    return memo.__getitem__  # type: ignore[return-value]


def unmemoised(judge: Callable[[str], Any]) -> Callable[[str], Any]:
    """The judgement that :func:`memo_by_line` made ``judge`` of (tests compare with it)."""
    memo = getattr(judge, "__self__", None)
    return memo.fn if isinstance(memo, _LineMemo) else judge


def clear_line_memos() -> None:
    """Forget every memoised line judgement (benchmarks measure cold runs with this)."""
    for memo in _MEMOS:
        memo.clear()


class Line(NamedTuple):
    """One line of a text, without its line break. ``start``/``end`` are offsets.

    A named tuple rather than a dataclass: every filter run makes one per line, and a
    tuple is the cheapest immutable record Python builds.
    """

    index: int
    start: int
    end: int
    text: str
    #: offset just past the line break (``end`` for the last line without one)
    next: int

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def cut(self, reason: str, *, with_break: bool = True, split: bool = False) -> Change:
        """A change cutting the whole line (and its line break, by default)."""
        return Change(self.start, self.next if with_break else self.end, "", reason, split=split)

    def cut_span(self, start: int, end: int, reason: str, *, split: bool = False) -> Change:
        """A change cutting ``text[start:end]`` of this line (line-relative offsets)."""
        return Change(self.start + start, self.start + end, "", reason, split=split)


def lines(text: str) -> Iterator[Line]:
    """Split ``text`` at ``\\n`` (a ``\\r`` before the break, or at the very end, is left out
    of the line's text)."""
    return iter(split_lines(text))


def split_lines(text: str, start: int = 0, first: int = 0) -> list[Line]:
    """The lines of ``text`` as a list (see :func:`lines`); from offset ``start`` (a line's
    start) on, numbered from ``first``, when the lines before are known.

    Built from one ``str.split``: every filter run over a changed text needs the lines
    again, and a loop of ``str.find`` costs several times more per line.
    """
    parts = (text[start:] if start else text).split("\n")
    if parts[-1] == "":
        parts.pop()  # the text ends with a break (or is empty): no line after it
    nexts = list(accumulate([len(part) + 1 for part in parts], initial=start))
    starts = nexts[:-1]
    del nexts[0]
    if "\r" in text:  # a line's text leaves out a "\r" before its break
        parts = [part[:-1] if part[-1:] == "\r" else part for part in parts]
        ends = [pos + len(part) for pos, part in zip(starts, parts)]
    else:
        ends = [pos - 1 for pos in nexts]
    # Line(...) without the named tuple's Python-level __new__, the loop in C
    out = list(map(tuple.__new__, repeat(Line), zip(count(first), starts, ends, parts, nexts)))
    if out and not text.endswith("\n"):
        out[-1] = out[-1]._replace(next=len(text))
    return out
