"""Fast scans for key words: does a text (or a line) hold any of a set of words?

Filters skip most of a dump by first asking whether it holds any word that their junk
always holds. The standard library's ``re`` finds a plain alternation of literals several
times faster than ``regex`` does (it works from the literals' prefixes), and loses that
edge as soon as a character class or case folding comes in. So :class:`Keywords` is one
alternation of literals for ``re``: character classes are expanded (:func:`expand`), and a
word with Latin letters is listed in the casings text writes it in (as given, lower,
UPPER, Title, Capitalised) instead of being matched without regard to case.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

__all__ = ["Keywords", "expand"]

_PART = re.compile(r"\[([^\]\\]+)\]|(.)")


def expand(pattern: str) -> list[str]:
    """The literals a simple pattern stands for: ``版[权權]`` -> ``版权``, ``版權``.

    Only literal characters and ``[...]`` classes of literal characters are understood.
    """
    options = [list(cls) if cls else [ch] for cls, ch in _PART.findall(pattern)]
    return ["".join(p) for p in itertools.product(*options)]


def casings(word: str) -> set[str]:
    """The ways a word with Latin letters is written: ``Copyright``, ``COPYRIGHT``…"""
    return {word, word.lower(), word.upper(), word.title(), word.capitalize()}


class Keywords:
    """A set of words, searched for with one literal alternation."""

    def __init__(self, words: Iterable[str]) -> None:
        found: set[str] = set()
        for w in words:
            if w:
                found |= casings(w) if re.search("[A-Za-z]", w) else {w}
        # longest first, so that a match is the whole of the longest word there
        self.words = sorted(found, key=lambda w: (-len(w), w))
        self._pattern = re.compile("|".join(map(re.escape, self.words)))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first key word in ``text[pos:]``, or None."""
        return self._pattern.search(text, pos)

    def positions(self, text: str) -> Iterable[int]:
        """Where each key word found in ``text`` starts."""
        return (m.start() for m in self._pattern.finditer(text))
