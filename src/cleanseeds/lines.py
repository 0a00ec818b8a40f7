"""Lines of the current text with their offsets: what most filters iterate over."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .document import Change

__all__ = ["Line", "lines"]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text, without its line break. ``start``/``end`` are offsets."""

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
    """Split ``text`` at ``\\n`` (``\\r\\n`` and lone ``\\r`` count as breaks too)."""
    pos = 0
    n = len(text)
    index = 0
    while pos < n:
        nl = text.find("\n", pos)
        if nl == -1:
            end = nxt = n
        else:
            end, nxt = nl, nl + 1
        if end > pos and text[end - 1] == "\r":
            end -= 1
        yield Line(index, pos, end, text[pos:end], nxt)
        index += 1
        pos = nxt
