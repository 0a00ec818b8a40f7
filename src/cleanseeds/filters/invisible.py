"""Invisible format characters injected into text: zero-width spaces, joiners, BOMs.

Editors and CMSs leave them behind (a zero-width space where a line could break, a
byte-order mark from a pasted or concatenated file, a soft hyphen from a hyphenating
editor), and some sites inject them between characters as an invisible copy watermark
(``产能`` U+200B ``过剩``). They show nothing, but they split words for every tool that reads
the text (search, segmentation, deduplication), so they are cut, each with its reason:

- U+200B ZERO WIDTH SPACE, except beside Thai, Lao, Khmer or Myanmar, scripts written
  without spaces that mark word breaks with it;
- U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER only between characters of
  scripts that never join (Han, kana, Hangul, CJK punctuation, ASCII) or a line's edge:
  Arabic, Persian and the Indic scripts need them to shape words, and a joiner beside an
  emoji belongs to its sequence (the emoji filter judges those);
- U+2060 WORD JOINER, U+FEFF (a byte-order mark inside the text: the reader already
  takes the one that opens a file) and U+00AD SOFT HYPHEN, everywhere: no script needs
  them to be read. A soft hyphen beside a character that Latin-1 or cp1252 makes of a
  byte 0x80-0xFF stays: it may be byte 0xAD of UTF-8 read as one of them (``中`` shows as
  ``ä¸`` U+00AD), the mojibake's text, and cutting it would lose a byte of a character or
  expose bytes the mojibake filter, which runs before this one, has passed (a hyphenation
  point beside an accented letter, ``Gemü`` U+00AD ``se``, stays with them: it shows nothing).

Cuts only remove invisible characters and never change a neighbour, so no later filter's
cut can make another one cuttable: a second run finds nothing (it runs with the settling
filters around it only so that they settle as one block).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Change, Document
from ..pipeline import Filter, register

__all__ = ["Invisible"]

#: the characters this filter judges, by what they are called in its reasons
NAMES = {
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark inside the text",
}
#: a run of them (each is judged by the visible characters around the run)
_RUN = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]+")

#: scripts written without spaces that mark word breaks with U+200B: Thai, Lao,
#: Myanmar, Khmer
_SPACELESS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f]")
#: characters of scripts that never join: ASCII, CJK punctuation, kana, Han, Hangul,
#: full-width forms, the quotes and dashes Chinese text uses
_NON_JOINING = re.compile(
    "[\x00-\x7f\u2010-\u2027\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_JOINERS = frozenset("\u200c\u200d")
#: what Latin-1 and cp1252 make of the bytes 0x80-0xFF: a soft hyphen between two of them
#: is a byte of mojibake
_HIGH_BYTES = frozenset(bytes(range(0x80, 0x100)).decode("latin-1")) | frozenset(
    bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")
)


@register
class Invisible(Filter):
    """Cut invisible format characters that no script around them needs."""

    name = "invisible"
    description = "cut invisible characters (zero-width space, joiners between CJK, word joiner, inner BOM, soft hyphen)"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        if not any(ch in text for ch in NAMES):
            return  # a quick no for most texts: a substring test is many times a scan's speed
        for run in _RUN.finditer(text):
            start, end = run.span()
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            for i, ch in enumerate(run.group(), start):
                if _needed(ch, before, after):
                    continue
                yield Change(i, i + 1, "", f"invisible character: {NAMES[ch]} (U+{ord(ch):04X})")


def _needed(ch: str, before: str, after: str) -> bool:
    """Whether a script beside the character needs it (``""`` is a text edge)."""
    if ch == "\u200b":
        return bool(_SPACELESS.match(before) or _SPACELESS.match(after))
    if ch in _JOINERS:
        return not all(c == "" or _NON_JOINING.match(c) for c in (before, after))
    if ch == "\u00ad":
        # beside such a byte it may be one itself, or stand between mojibake and the
        # reading of it: cut, it would expose bytes the mojibake filter has already passed
        return (before != "" and before in _HIGH_BYTES) or (after != "" and after in _HIGH_BYTES)
    return False
