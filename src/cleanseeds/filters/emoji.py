"""Remove emoji injected into text, restoring the words they split.

Scrapers and spam templates sprinkle emoji into prose (``作😍者``, ``消⭐费者``). Every
emoji sequence goes: single code points, VS16 forms, skin tones, ZWJ sequences, flags,
keycaps and tag sequences. Sequences are recognised from Unicode emoji properties (the
``regex`` module's copy of the Unicode data), following the grammar of UTS #51, so new
emoji need no table.

Symbols of the BMP whose default presentation is text (``©`` ``®`` ``™`` ``‼`` ``☎``
``㊙``, digits, ``#``, ``*``) are kept unless written as emoji: with VS16, a skin tone or
as a keycap. Symbols that are not emoji at all (``☆`` ``★`` ``①`` ``→``) are never
touched.

Platforms' emoticons copied as text are emoji too: Weibo, WeChat and Xueqiu write an
emoticon image as its name in brackets (``[大笑][大笑]``, ``[献花花]``, ``[旺柴]``). Only names of
their sets go (``data/emoticons.txt``); a citation (``[1]``), a board's label (``[新聞]``) or
a placeholder (``[圖]``) is no emoticon name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..data import load_lines
from ..document import Change, Document
from ..pipeline import Filter, register

__all__ = ["EmojiFilter", "emoji_spans", "emoticon_spans"]

_VS16 = "\ufe0f"
_KEYCAP = "\u20e3"

# One element of an emoji sequence (UTS #51 ``emoji_zwj_element``), bounded repeats only.
# Trailing selectors, skin tones and a keycap mark are taken by any element, so that none
# is left dangling to form a new sequence once the element is cut.
_ELEMENT = (
    r"(?:[0-9#*]\ufe0f?\u20e3"  # keycap
    r"|\p{Regional_Indicator}{1,2}"  # flag (a lone indicator is an emoji too)
    r"|[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}])"
    r"[\ufe0e\ufe0f\p{Emoji_Modifier}\u20e3]{0,32}"  # presentation selector, skin tone
    r"(?:[\U000E0020-\U000E007E]{1,32}\U000E007F)?"  # tag sequence (subdivision flags)
    r"[\ufe0e\ufe0f\p{Emoji_Modifier}\u20e3]{0,32}"
)
_SEQUENCE = regex.compile(_ELEMENT + r"(?:\u200d" + _ELEMENT + r"){0,10}")

# What makes a sequence an emoji rather than a text symbol. Pictographs beyond the BMP
# (U+1F000 on: 🅰 🈷 🕯 🏖) have no life as text symbols, so they count as emoji even
# where Unicode gives them text presentation; BMP symbols (© ☎ ✔ ❤) need VS16.
_EMOJI_MARK = regex.compile(
    r"[\p{Emoji_Presentation}\p{Emoji_Modifier}\ufe0f\u20e3\U000E0020-\U000E007F"
    r"\U0001F000-\U0001FAFF]"
)

# A VS16 or tag characters left behind after a character that is not an emoji (the emoji
# was lost): invisible, and valid nowhere else.
_STRAY = regex.compile(
    r"[\ufe0f\U000E0020-\U000E007F][\ufe0e\ufe0f\u20e3\U000E0020-\U000E007F]{0,32}"
)

_CANDIDATE = regex.compile(
    r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}"
    r"\p{Regional_Indicator}\ufe0f\u20e3\U000E0020-\U000E007F]"
)

#: code point ranges holding every ``_CANDIDATE`` (a test checks them all)
_CANDIDATE_RANGES = (
    (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x2BFF), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0xFE0F, 0xFE0F),
    (0x1F000, 0x1FFFF), (0xE0020, 0xE007F),
)

_HSPACE = frozenset(" \t\u3000\u00a0")


def _is_emoji(seq: str) -> bool:
    """A matched sequence is an emoji unless it is a lone text-default symbol (maybe + VS15)."""
    return _EMOJI_MARK.search(seq) is not None


def _describe(seq: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in seq)


#: every character of ``_CANDIDATE_RANGES``, to tabulate the classes below by code point
_CANDIDATE_CHARS = "".join("".join(map(chr, range(lo, hi + 1))) for lo, hi in _CANDIDATE_RANGES)
#: ``_CANDIDATE`` as a table: the sweep's hits are looked up, not matched
_CANDIDATES = frozenset(_CANDIDATE.findall(_CANDIDATE_CHARS))


def _coarse_class(chars: frozenset[str]) -> str:
    """A class of plain code points for the candidates ``chars``: exact in the BMP (where
    ``re`` tests any class with one table lookup), one range beyond it (each range there
    is one more test on every character)."""
    bmp = sorted(ord(c) for c in chars if ord(c) < 0x10000)
    ranges: list[list[int]] = []
    for code in bmp:
        if ranges and ranges[-1][1] + 1 == code:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)
    return f"[{parts}\\U0001F000-\\U000E007F]"


#: a superset of ``_CANDIDATE`` as plain code point ranges: the standard library's ``re``
#: scans a plain class several times faster than ``regex`` scans property classes, so
#: text is swept with this and each hit beyond the BMP looked up in ``_CANDIDATES`` (the
#: rare other character there: CJK extensions)
_COARSE = re.compile(_coarse_class(_CANDIDATES))

#: what can follow the first character of a sequence inside it: selectors, skin tones,
#: keycap mark, tags, the joiner, a flag's second indicator (skin tones, indicators and
#: tags are candidates, so the table holds them all)
_EXTENDERS = frozenset(
    "\ufe0e\ufe0f\u200d\u20e3"
    + "".join(
        regex.findall(r"[\p{Emoji_Modifier}\p{Regional_Indicator}\U000E0020-\U000E007F]", _CANDIDATE_CHARS)
    )
)
#: the reason to cut each character that is a whole emoji sequence when no extender
#: follows it: one that begins an element by itself (no selector, keycap mark or tag; no
#: keycap digit) and bears the emoji mark. Every such character is a candidate, so the
#: table holds them all
_LONE_EMOJI = {
    ch: f"emoji {ch} ({_describe(ch)})"
    for ch in regex.findall(
        r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}]",
        _CANDIDATE_CHARS,
    )
    if _is_emoji(ch)
}


def _numeral_keycap(text: str, seq: regex.Match[str]) -> bool:
    """Is this keycap the numeral of an ordinal (``第1️⃣批``)? ``第`` needs a number after
    it, so there the digit is the text's own; anywhere else (``登1️⃣录``, ``20 1️⃣25``) an
    injected keycap goes whole."""
    body = seq.group()
    return (
        seq.start() > 0
        and text[seq.start() - 1] == "第"
        and body[0] in "0123456789"
        and body.endswith("\u20e3")
        and "\u200d" not in body
    )


def emoji_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, reason)`` for each emoji sequence or stray selector in ``text``."""
    pos = 0  # where the last span taken ends: hits before it lie inside that span
    for m in _COARSE.finditer(text):
        start = m.start()
        if start < pos:
            continue
        char = m.group()
        reason = _LONE_EMOJI.get(char)
        if reason is not None and text[start + 1 : start + 2] not in _EXTENDERS:
            # nearly every emoji: one character that nothing after it extends, so that
            # ``_SEQUENCE`` matches it alone (it is no keycap), and an emoji by itself
            yield start, start + 1, reason
        elif char in _CANDIDATES:
            start, pos, reason = _sequence(text, start)
            if reason is not None:
                yield start, pos, reason


def _sequence(text: str, start: int) -> tuple[int, int, str | None]:
    """``(start, end, reason)`` of the emoji sequence or stray selector found at the
    candidate ``text[start]``; the reason is None for a span to keep (the sweep goes on
    from ``end``)."""
    hit = start
    # a keycap starts one character earlier, on its digit
    if start > 0 and text[start - 1] in "0123456789#*" and text[start] in (_VS16, _KEYCAP):
        start -= 1
    seq = _SEQUENCE.match(text, start)
    if seq is not None and seq.end() > start:
        if not _is_emoji(seq.group()):
            return start, seq.end(), None  # a text symbol, possibly with VS15: keep
        if _numeral_keycap(text, seq):
            # 第1️⃣批: the keycap dresses a numeral of the sentence; the digit stays
            return seq.start() + 1, seq.end(), f"keycap mark on {seq.group()[0]} ({_describe(seq.group()[1:])})"
        return seq.start(), seq.end(), f"emoji {seq.group()} ({_describe(seq.group())})"
    stray = _STRAY.match(text, hit)
    if stray is not None:
        return stray.start(), stray.end(), f"stray emoji selector ({_describe(stray.group())})"
    return hit, hit + 1, None


#: the names of the platforms' emoticons (see the module's docstring)
_EMOTICON_NAMES = frozenset(load_lines("emoticons.txt"))
# a name in brackets, no bracket or blank inside it
_EMOTICON = re.compile(r"\[([^\[\]\s]{1,%d})\]" % max(map(len, _EMOTICON_NAMES)))


def emoticon_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, reason)`` for each run of bracketed emoticon names (``[大笑][大笑]``),
    with only spaces between them. A run of one name of one character (``[心]``, ``[汗]``)
    stays: alone such a bracket may be the text's own."""
    if "[" not in text:
        return
    run: list[tuple[int, int, str]] = []
    for m in _EMOTICON.finditer(text):
        name = m.group(1)
        if name not in _EMOTICON_NAMES:
            continue
        if run and text[run[-1][1] : m.start()].strip(" ") == "":
            run.append((m.start(), m.end(), name))
            continue
        yield from _emoticon_run(run)
        run = [(m.start(), m.end(), name)]
    yield from _emoticon_run(run)


def _emoticon_run(run: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    if not run or (len(run) == 1 and len(run[0][2]) == 1):
        return
    yield run[0][0], run[-1][1], "platform emoticon " + "".join(f"[{name}]" for _, _, name in run)


@register
class EmojiFilter(Filter):
    """Cut emoji sequences; where one sat between two spaces, one space goes with it."""

    name = "emoji"
    description = "remove injected emoji (sequences, flags, keycaps), restoring split words"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        n = len(text)
        spans = sorted([*emoji_spans(text), *emoticon_spans(text)])
        for start, end, reason in spans:
            if (
                start > 0
                and end < n
                and text[start - 1] in _HSPACE
                and text[end] in _HSPACE
            ):
                end += 1
            yield Change(start, end, "", reason)
