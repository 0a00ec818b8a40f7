"""Simplified and Traditional twins of a word, for word lists that must hold in both scripts.

A portal writes its interface words (share buttons, feed headers, notice terms) in its own
script: ``点赞`` on one site is ``點贊`` or ``點讚`` on another. The word lists in
``cleanseeds/data`` name each word once or twice; :func:`twins` gives the other forms,
character by character, from OpenCC's character tables (``data/script_chars.tsv``): the
Simplified form, the usual Traditional form, the Traditional form that keeps a character
Traditional writing also uses (``台``, ``里``), and the forms Taiwan and Hong Kong write.
A character with several Traditional forms (``发``: ``發``, ``髮``) takes the usual one; a
list that needs the other names it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .data import load_lines

__all__ = ["twins", "with_twins"]


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """kind (``s2t``, ``t2s``, ``tw``, ``hk``) -> character -> its forms, usual first."""
    tables: dict[str, dict[str, tuple[str, ...]]] = {"s2t": {}, "t2s": {}, "tw": {}, "hk": {}}
    for entry in load_lines("script_chars.tsv"):
        kind, key, forms = entry.split("\t")
        tables[kind][key] = tuple(forms.split())
    return tables


def _map(word: str, table: dict[str, tuple[str, ...]], keep: bool = False) -> str:
    """``word`` with each character in ``table`` replaced by its usual form (with ``keep``,
    a character that is one of its own forms stays)."""
    out = []
    for ch in word:
        forms = table.get(ch)
        if not forms or (keep and ch in forms):
            out.append(ch)
        else:
            out.append(forms[0])
    return "".join(out)


@lru_cache(maxsize=None)
def twins(word: str) -> frozenset[str]:
    """``word`` and its forms in the other script: ``点赞`` -> ``點贊``; ``關注`` -> ``关注``."""
    t = _tables()
    simplified = _map(word, t["t2s"])
    forms = {word, simplified}
    for traditional in (_map(simplified, t["s2t"]), _map(simplified, t["s2t"], keep=True)):
        forms |= {traditional, _map(traditional, t["tw"]), _map(traditional, t["hk"])}
    return frozenset(forms)


def with_twins(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` in their order, each followed by those of its twins not listed yet."""
    seen: set[str] = set()
    out: list[str] = []
    for word in words:
        for form in (word, *sorted(twins(word) - {word})):
            if form not in seen:
                seen.add(form)
                out.append(form)
    return tuple(out)
