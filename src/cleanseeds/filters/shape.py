"""Text shape, shared by the junk filters: does a line read as prose, and has an article
begun before a given point? Line filters use these to tell an end marker or a notice
that closes an article from one at the top of an article."""

from __future__ import annotations

import bisect

__all__ = ["ends_sentence", "is_prose", "prose_before"]


_CLOSERS = "”」』）)】》\"'’ \t"
_HARD_END = ("。", "；", ";")
_SOFT_END = ("！", "？", "!", "?", "…", "...")


def ends_sentence(text: str) -> bool:
    """Does this (stripped) line end with a full stop or semicolon, closing marks aside?"""
    return text.rstrip(_CLOSERS).endswith(_HARD_END)


def is_prose(text: str) -> bool:
    """Does this line read as running text (a finished sentence, or long and punctuated)?

    Headlines are short and rarely end in ``。``; a line of body text either ends a
    sentence or runs long. ``!``/``?`` alone do not make prose: headlines use them.
    """
    s = text.strip()
    n = len(s)
    if n < 10:
        return False
    t = s.rstrip(_CLOSERS)
    if t.endswith(_HARD_END):
        return True
    if n >= 80:
        return True
    if t.endswith(_SOFT_END) and n >= 45:
        return True
    if t.endswith(".") and s.count(" ") >= 8:
        return True
    return False


def prose_before(text: str, pos: int, bounds: list[int]) -> bool:
    """Is there body text between the last article boundary and ``pos``?

    An end marker or a notice ends an article only when an article came before it;
    at the top of an article (after a title or byline) it must not split it off.
    """
    i = bisect.bisect_right(bounds, pos)
    start = bounds[i - 1] if i else 0
    return any(is_prose(chunk) for chunk in text[start:pos].split("\n"))
