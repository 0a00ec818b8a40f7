"""Simplified and Traditional twins of a word, for word lists that must hold in both scripts.

A portal writes its interface words (share buttons, feed headers, notice terms) in its own
script: ``点赞`` on one site is ``點贊`` or ``點讚`` on another. The word lists in
``cleanseeds/data`` name each word once or twice; :func:`twins` gives the other forms,
character by character, from OpenCC's character tables (``data/script_chars.tsv``): the
Simplified form, the usual Traditional form, the Traditional form that keeps a character
Traditional writing also uses (``台``, ``里``), and the forms Taiwan and Hong Kong write.
A character with several Traditional forms (``发``: ``發``, ``髮``) takes the usual one; a
list that needs the other names it.

Patterns written in code name the Taiwan form (``閱讀``); Hong Kong sites and converters
with a Hong Kong option write ``閲讀``, ``爲``, ``裏``, ``綫``. :func:`hk_widen` lets a
pattern's source accept every such form of its characters (:func:`variants`), and
:func:`hk_spellings` gives the literal words a gate must then also know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import regex

from .data import load_lines

__all__ = ["twins", "with_twins", "variants", "hk_widen", "hk_spellings", "hk_re", "hk_regex", "hk_words"]


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


#: the most spellings :func:`hk_spellings` gives one word (a guard on long words)
_MAX_SPELLINGS = 64


@lru_cache(maxsize=1)
def _variant_classes() -> dict[str, str]:
    """Traditional character -> all the forms Taiwan, Hong Kong and OpenCC's standard write
    for it (itself first, the rest in code-point order), for characters with several.

    Forms are joined by the ``tw`` and ``hk`` rows, and by a Traditional character that
    folds to a Simplified one whose Traditional forms do not list it (``綫`` beside
    ``線``, ``産`` beside ``產``). A character Simplified also writes (``台``, ``才``,
    ``面``) stays alone: joining it would give a common word an old or other meaning.
    """
    t = _tables()
    simplified_too = set(t["s2t"])
    parent: dict[str, str] = {}

    def root(ch: str) -> str:
        while parent.get(ch, ch) != ch:
            ch = parent[ch]
        return ch

    def join(a: str, b: str) -> None:
        if a != b and a not in simplified_too and b not in simplified_too:
            parent.setdefault(a, a)
            parent.setdefault(b, b)
            parent[root(b)] = root(a)

    for kind in ("tw", "hk"):
        for key, forms in t[kind].items():
            for form in forms:
                join(key, form)
    for ch, folds in t["t2s"].items():
        usual = t["s2t"].get(folds[0])
        if len(folds) == 1 and usual and ch not in usual:
            join(ch, usual[0])
    groups: dict[str, set[str]] = {}
    for ch in parent:
        groups.setdefault(root(ch), set()).add(ch)
    return {ch: ch + "".join(sorted(g - {ch})) for g in groups.values() for ch in g}


def variants(ch: str) -> str:
    """``ch`` and the other forms of it (``閱`` -> ``閱閲``; ``裡`` -> ``裡裏``); just ``ch``
    for a character with one form."""
    return _variant_classes().get(ch, ch)


def hk_spellings(word: str) -> tuple[str, ...]:
    """``word`` and its spellings with the other forms of its characters (``延伸閱讀`` ->
    ``延伸閱讀``, ``延伸閲讀``), ``word`` first: the literals a gate needs."""
    out = [""]
    for ch in word:
        out = [w + f for w in out for f in variants(ch)][:_MAX_SPELLINGS]
    return tuple(out)


#: the openings of a group name or a reference to one, whose name is not a pattern
_NAMED = ("(?P<", "(?P=", "(?P>", "(?<", "(?&")


def _class_end(pattern: str, start: int) -> int:
    """Index of the ``]`` that closes the class opening at ``start`` (-1 if none)."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "[":
            return -1  # a nested set: left to the author
        if pattern[i] == "]":
            return i
        i += 1
    return -1


def _widen_class(body: str) -> str:
    """A class's inside with the missing forms of its single characters added at its end
    (range ends and escapes are left alone)."""
    added: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if i + 2 < len(body) and body[i + 1] == "-":  # a range: ``一-龥``
            i += 3
            continue
        added += [f for f in variants(ch)[1:] if f not in body and f not in added]
        i += 1
    return body + "".join(added)


def hk_widen(pattern: str) -> str:
    """``pattern``'s source with each character that has other forms accepting them too:
    ``閱`` -> ``[閱閲]`` outside a class, ``[說读]`` -> ``[說读説]`` inside one. Escapes,
    group names and references, ``{...}`` and nested sets are left alone, so the widened
    pattern matches a text exactly where the original matches its Taiwan-form fold."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            end = i + 2
            if pattern[end : end + 1] == "{" and pattern[i + 1] in "pPNxug":
                end = pattern.find("}", end) + 1 or n
            out.append(pattern[i:end])
            i = end
        elif ch == "[":
            end = _class_end(pattern, i)
            if end < 0:
                out.append(pattern[i:])
                break
            head = 2 if pattern[i + 1] == "^" else 1
            out.append(pattern[i : i + head] + _widen_class(pattern[i + head : end]) + "]")
            i = end + 1
        elif pattern.startswith(_NAMED, i) and not pattern.startswith(("(?<=", "(?<!"), i):
            end = pattern.find(">" if pattern.startswith(("(?P<", "(?<"), i) else ")", i) + 1 or n
            out.append(pattern[i:end])
            i = end
        else:
            forms = variants(ch)
            out.append(f"[{forms}]" if len(forms) > 1 else ch)
            i += 1
    return "".join(out)


def hk_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of ``pattern`` also accepting the Hong Kong forms of its characters
    (``閲``, ``説``, ``綫``) where the code names the Taiwan ones."""
    return re.compile(hk_widen(pattern), flags)


def hk_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile`` of ``pattern`` also accepting the Hong Kong forms of its characters."""
    return regex.compile(hk_widen(pattern), flags)


def hk_words(words: Iterable[str]) -> list[str]:
    """``words`` with their Hong Kong spellings, for a literal gate before widened patterns."""
    return [s for w in words for s in hk_spellings(w)]
