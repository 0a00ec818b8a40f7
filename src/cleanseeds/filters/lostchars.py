"""Lost characters: ``?`` and U+FFFD standing where a character could not be encoded.

A page saved through a legacy codec (GBK, Big5, Latin-1) writes ``?`` for every
character the codec lacks (emoji, non-breaking spaces, rare ideographs such as the
``镕`` of a name); a decoder that meets bad bytes writes U+FFFD. In Chinese text these
show as ``。?`` at a paragraph's end, as ``??`` runs, and as a lone ``?`` inside a word
(``朱?基``, ``楊金?``). What the marks stood for cannot be known, so:

- a mark at a boundary (after a mark that ends the sentence, beside punctuation, at a
  line's edge) is cut: nothing is glued, and there it is mostly a lost emoji or space;
- a run of ``?`` of even length is cut: an encoder working on UTF-16 writes two ``?``
  for each character beyond the BMP, and those are emoji, mostly, injected into a word
  (``這??正順應了`` was ``這😀正順應了``), which is whole again without them; unless the
  dump loses single characters inside words at least as often (Simplified text forced
  through Big5; one lone ``?`` beside one pair is enough), or the dump itself was read
  from a legacy codec (its ``encoding`` is GBK, GB18030 or Big5): there a pair is two
  lost characters, and is kept like one;
- any other mark with a Han character right on both sides is kept: cutting it would
  glue two words into a false one (``朱?基`` is not ``朱基``), and it shows the reader
  where text is missing; a lone ``?`` right after a Han character and before a comma
  or full stop (``通膨警戒?。``) is no question either, and is kept the same way;
- a U+FFFD touching a Han character is kept, even at a boundary, in a line where a
  U+FFFD stands inside a word too (``��公�則宣布�迴線``): that line is text whose
  bytes were lost, each mark one character (mojibake repaired but for the characters
  its bytes left open), and a cut would delete a character unseen (``15�里`` is not
  ``15里``; ``��公司`` lost ``台鐵``); a ``?`` there is judged as anywhere;
- a line made mostly of U+FFFD, the rest letters of scripts that never meet in one
  text (``У9µ³ɽ2.2ף¸ߡ``: Cyrillic, Latin, IPA, Hebrew, NKo), is GBK or Big5 read as
  UTF-8: the UTF-8 decoder wrote one U+FFFD for each stretch of bytes it could not
  read, of one byte or several, so neither the bytes nor how many there were are left,
  and the letters between are pairs of bytes cut loose from characters whose other
  bytes the marks took. Nothing can be re-read: the line is cut whole, flagged
  (``undecodable-bytes``), in one record, rather than mark by mark around garble;
- either way the article is flagged: ``lost-characters`` for ``?``,
  ``undecodable-bytes`` for U+FFFD. The record says text was lost. Only ``?`` right
  after a mark that ends the sentence (``。?``) raises no flag: the sentence is whole,
  and what stood between sentences was an emoji or a space (the cut is still recorded).

A real question mark stays, unflagged: after a sentence that asks (``谁能替代H20?``,
``究竟何在?``, ``公司?在AI醫療``), ``?`` ends a question even when a converter turned
``？`` into ASCII, and so may a lone ``?`` in a paragraph whose marks were all folded to
ASCII (``市場?英偉達``, with ``,`` for ``，``). A lone ``?`` after an ASCII word or at a
line's end (``Why?``, ``標簽?``) is left alone. Full-width ``？`` is never touched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..pipeline import Filter, register
from .encoding import char_model, is_han

__all__ = ["LostChars", "UNDECODABLE", "LOST"]

#: the flag an article gets when characters were lost to undecodable bytes
UNDECODABLE = "undecodable-bytes"
#: the flag an article gets when an encoder wrote ``?`` for characters it lacked
LOST = "lost-characters"

_CJK = r"\p{Han}\u3000-\u303f\uff01-\uff60\u201c\u201d\u2018\u2019"
#: a single ``?`` right after a mark that already ends the sentence: never a real one
#: (group 1; tried only on the marks before a ``?`` or U+FFFD, see ``_matches_at``)
_AFTER_STOP = re.compile(r"[。！；…]([?\ufffd]{1,16})(?![!-~][^\x00-\x7f])")
#: two or more in a row, touching Chinese on at least one side (or a line edge); a few
#: blanks between the Chinese and the run do not make it text (what follows may be chrome
#: that a later filter cuts, leaving the run at the line's end); ``Really??`` at a line's
#: end is English emphasis, not a lost character
_RUN = regex.compile(
    rf"(?:(?<=[{_CJK}][ \t]{{0,3}})|(?<=(?:^|\n)[ \t]{{0,3}}))[?\ufffd]{{2,16}}"
    rf"|(?<![A-Za-z0-9?\ufffd])[?\ufffd]{{2,16}}(?=[{_CJK}]|[ \t]{{0,3}}(?:$|\n))",
    regex.MULTILINE,
)
#: U+FFFD anywhere: a decoder's mark for bytes it could not read (with the ``?`` written
#: beside it for the same lost bytes)
_REPLACEMENT = regex.compile(r"\?{0,16}\ufffd[\ufffd?]{0,63}")
#: words that make a sentence a question, both scripts
_ASKS = regex.compile(
    r"[吗嗎呢么麼谁誰哪怎啥咋岂豈]|什么|什麼|为何|為何|如何|何在|何时|何時|何处|何處|几|幾|多少"
    r"|是否|难道|難道|能否|可否|究竟|到底|还是|還是|是不是|有没有|有沒有|要不要|会不会|會不會"
)
_HAN = regex.compile(r"\p{Han}")
#: one ``?`` with a Han character right before it and a Han character, comma or full
#: stop right after: an ideograph the codec lacked (``潘功?表示``, ``警戒?。``), unless
#: the sentence asks (``公司?在``); the mark is matched first so that the scan skips to it
_LONE = regex.compile(r"\?(?<=\p{Han}\?)(?=[\p{Han}。，、；：])")
#: the marks ``_AFTER_STOP`` begins on (its first class, kept the same)
_STOP_MARKS = frozenset("。！；…")


def _positions(text: str, mark: str) -> list[int]:
    """Where ``mark`` stands in ``text``, in order. Every pattern here matches only on a
    ``?`` or U+FFFD (``_AFTER_STOP`` right before one), and most dumps hold few: found
    with ``str.find``, they spare a regex scan of the whole text per pattern."""
    found: list[int] = []
    pos = text.find(mark)
    while pos >= 0:
        found.append(pos)
        pos = text.find(mark, pos + 1)
    return found


def _matches_at(
    pattern: re.Pattern[str] | regex.Pattern[str], text: str, starts: list[int]
) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches ``pattern.finditer(text)`` finds, when a match (never empty) can begin
    only at one of ``starts`` (ascending): each is tried there alone, and one inside an
    earlier match is skipped, as the scan would."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                end = m.end()
                yield m


#: what may follow an emphatic ``??`` that ends a real question
_QUESTION_END = frozenset("\n \t”」』）)")
#: said of marks after a sentence's end: between sentences, no text was lost
_BETWEEN = " (between sentences)"
#: what may follow a lone lost character that is kept
_STOPS = frozenset("。，、；：")
#: ``head`` up to its last mark that ends a sentence or a line: the sentence a ``?``
#: closes begins after it (``re`` backs off from the end, a fraction of a forward search)
_TO_LAST_STOP = re.compile(r".*[。！？!?；;\n]", re.DOTALL)


def _asks(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` is a question."""
    head = text[max(0, end - 200) : end]
    return _ASKS.search(head, _sentence_start(head)) is not None


def _sentence_start(head: str) -> int:
    """Where the last sentence of ``head`` begins: after its last mark that ends one. A
    line break that closes ``head`` ends that sentence rather than begins an empty one."""
    if head.endswith("\n"):
        m = _TO_LAST_STOP.match(head, 0, len(head) - 1)
        return m.end() if m else len(head)
    m = _TO_LAST_STOP.match(head)
    return m.end() if m else 0


def _folded(text: str, pos: int) -> bool:
    """Whether the paragraph around ``pos`` had its full-width marks folded to ASCII
    (``市場,`` with no ``，``): there a ``?`` may be a folded ``？`` ending a question
    that asks with no question word (``放棄中國市場?英偉達的股東們``)."""
    lo = text.rfind("\n", max(0, pos - _AROUND), pos) + 1 or max(0, pos - _AROUND)
    hi = text.find("\n", pos, pos + _AROUND)
    window = text[lo : hi if hi >= 0 else pos + _AROUND]
    return not _FULL_WIDTH.search(window) and _HAN_THEN_ASCII.search(window) is not None


#: how far around a lone ``?`` its paragraph is looked at
_AROUND = 300
_FULL_WIDTH = regex.compile(r"[，？！：；]")
#: a Han character followed by a folded mark: the paragraph's marks were folded
_HAN_THEN_ASCII = regex.compile(r"\p{Han}[,:;!]")


@register
class LostChars(Filter):
    """Cut ``?``/U+FFFD that stand for lost characters, keep those a cut would glue
    words across (flagged); keep real question marks."""

    name = "lost-chars"
    description = (
        "cut ? and U+FFFD standing for characters lost in encoding (。? at paragraph ends,"
        " ?? runs); keep and flag those inside words"
    )

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        asked, unread = _positions(text, "?"), _positions(text, "\ufffd")
        if not asked and not unread:
            return
        found: list[tuple[int, int, str]] = []
        marks = sorted(asked + unread) if unread else asked
        # a match of _AFTER_STOP begins on the stop right before a mark
        stops = [pos - 1 for pos in marks if pos and text[pos - 1] in _STOP_MARKS]
        for m in _matches_at(_AFTER_STOP, text, stops):
            start, end = m.span(1)
            reason = f"lost characters: {m.group(1)} after {text[start - 1]}{_BETWEEN}"
            found.append((start, end, reason))
        has_fffd = bool(unread)
        # a run begins on a mark with another right after it
        paired = [pos for pos, nxt in zip(marks, marks[1:]) if nxt == pos + 1]
        for m in _matches_at(_RUN, text, paired):
            prev = text[m.start() - 1] if m.start() else ""
            nxt = text[m.end()] if m.end() < len(text) else "\n"
            if (
                "\ufffd" not in m.group()
                and _HAN.match(prev)
                and (nxt in _QUESTION_END or _HAN.match(nxt))
                and _asks(text, m.start())
            ):
                continue  # 真的吗?? — an emphatic real question
            found.append((m.start(), m.end(), f"lost characters: run of {len(m.group())} question marks"))
        for m in _matches_at(_REPLACEMENT, text, marks) if has_fffd else ():
            found.append((m.start(), m.end(), "lost characters: U+FFFD (bytes that could not be read)"))
        lone = 0
        for m in _matches_at(_LONE, text, asked):
            if not _asks(text, m.start()) and not _folded(text, m.start()):
                reason = "lost characters: one question mark inside a word"
                found.append((m.start(), m.end(), reason))
                lone += 1
        pairs = _legacy(doc.encoding) or _bmp_losses(text, found, lone)
        damaged = _damaged_lines(text, unread) if has_fffd else frozenset()
        lost_lines = list(_undecodable_lines(text)) if has_fffd else []
        yield from (change for _, change in lost_lines)
        last_end = -1
        for start, end, reason in sorted(found):
            if start < last_end:
                continue  # already covered by an earlier, wider span
            if _within(lost_lines, start):
                continue  # the whole line goes
            last_end = end
            if damaged and _line_start(text, start) in damaged and _kept_in_damage(text, start, end):
                reason = reason.removesuffix(_BETWEEN) + "; a character lost in a damaged line"
                yield Change(start, start, "", reason + "; kept: text is missing there", flag=UNDECODABLE)
                continue
            yield _change(text, start, end, reason, pairs)


#: the fewest non-ASCII characters a line must hold to be judged undecodable as a whole
UNDECODABLE_MIN = 8
#: where the script groups of U+0080..U+07FF begin (what two bytes of GBK or Big5 make
#: when they happen to be UTF-8): Latin (with IPA and modifiers), combining marks,
#: Greek and Coptic, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Arabic again, Thaana,
#: NKo; the list index names the group
_SCRIPT_STARTS = (0x80, 0x300, 0x370, 0x400, 0x530, 0x590, 0x600, 0x700, 0x750, 0x780, 0x7C0, 0x800)
_SCRIPT_GROUPS = (0, 1, 2, 3, 4, 5, 6, 7, 6, 8, 9)


def _undecodable_lines(text: str) -> Iterator[tuple[tuple[int, int], Change]]:
    """Lines that are GBK or Big5 read as UTF-8 with U+FFFD: each cut whole.

    A line qualifies when U+FFFD is at least half of its non-ASCII characters and the
    rest are letters of scripts mixed as no text mixes them (two or more groups of
    U+0080..U+07FF, or such letters beside Han characters), with no two Han characters
    side by side that make a word: damaged text that still reads (a repair that kept
    ``表示`` among its marks) stays.
    """
    pos = 0
    while True:
        hit = text.find("\ufffd", pos)
        if hit < 0:
            return
        start = _line_start(text, hit)
        end = text.find("\n", hit)
        end = len(text) if end < 0 else end
        pos = end + 1
        if _undecodable(text[start:end]):
            n = text.count("\ufffd", start, end)
            reason = (
                f"undecodable line: {n} U+FFFD among letters of unrelated scripts (text in a"
                " legacy codec read as UTF-8, its bytes lost): cut whole"
            )
            yield (start, end), Change(start, end, "", reason, flag=UNDECODABLE)


def _undecodable(line: str) -> bool:
    """See :func:`_undecodable_lines`."""
    wide = [c for c in line if not c.isascii()]
    marks = line.count("\ufffd")
    if len(wide) < UNDECODABLE_MIN or 2 * marks < len(wide):
        return False
    groups: set[int] = set()
    letters = han = 0
    for c in wide:
        code = ord(c)
        if 0x80 <= code < 0x800:
            letters += 1
            groups.add(_SCRIPT_GROUPS[bisect.bisect_right(_SCRIPT_STARTS, code) - 1])
        elif c != "\ufffd":
            han += 1
    if letters < 2 or letters < han or len(groups) + (han > 0) < 2:
        return False
    pairs = char_model().pairs if han > 1 else {}
    return not any(is_han(a) and is_han(b) and a + b in pairs for a, b in zip(line, line[1:]))


def _within(spans: list[tuple[tuple[int, int], Change]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the lines cut whole."""
    return any(a <= pos < b for (a, b), _ in spans)


#: U+FFFD with a Han character right on both sides: a character lost inside a word
_INSIDE_WORD_FFFD = regex.compile(r"\ufffd(?<=\p{Han}\ufffd)\ufffd*(?=\p{Han})")
#: how many U+FFFD inside words make a line one whose marks are all lost characters: one
#: already says that the line's bytes were lost (a mark for an emoji or a space a decoder
#: could not read sits between words, not inside one)
DAMAGED_MIN = 1


def _damaged_lines(text: str, unread: list[int]) -> frozenset[int]:
    """Where the lines begin that hold ``DAMAGED_MIN`` or more U+FFFD inside words
    (``unread``: where each U+FFFD stands, in order).

    Such a line is text whose bytes were lost (mojibake that a repair could read but
    for a few characters): each mark there stands for one character, not for an emoji or
    a space between words, so a mark at a boundary is a character too."""
    counts: dict[int, int] = {}
    for m in _matches_at(_INSIDE_WORD_FFFD, text, unread):
        line = _line_start(text, m.start())
        counts[line] = counts.get(line, 0) + 1
    return frozenset(line for line, n in counts.items() if n >= DAMAGED_MIN)


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` begins: damage is judged a line at a time."""
    return text.rfind("\n", 0, pos) + 1


def _kept_in_damage(text: str, start: int, end: int) -> bool:
    """A run of U+FFFD (no ``?``, which may be a real question) touching a Han character."""
    marks = text[start:end]
    if marks.strip("\ufffd"):
        return False
    prev = text[start - 1] if start else ""
    nxt = text[end] if end < len(text) else ""
    return _HAN.match(prev) is not None or _HAN.match(nxt) is not None


#: Chinese legacy codecs a dump's bytes were read from: its ``?`` are characters an
#: encoder to that codec lacked, written one per code point (Python, iconv and Java's
#: encoders alike), so ``??`` inside a word is two lost ideographs, not one emoji (the
#: reader names GBK files ``gb18030``, which could hold an emoji: then a pair is kept and
#: flagged where a cut was right, the safer mistake)
_LEGACY_CODECS = frozenset(("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936"))


def _legacy(encoding: str | None) -> bool:
    """Whether the dump was decoded from a Chinese legacy codec (see ``_LEGACY_CODECS``)."""
    return encoding is not None and encoding.lower().replace("_", "-") in _LEGACY_CODECS


#: the fewest single marks inside words that make a dump's even runs lost BMP characters:
#: one is a sign already, since only an encoder that writes a ``?`` per lost BMP character
#: (or per code point, where a pair is two characters anyway) leaves one inside a word
BMP_LOSS_MIN = 1


def _bmp_losses(text: str, found: list[tuple[int, int, str]], lone: int) -> bool:
    """Whether ``??`` inside a word stands for two lost characters of the BMP here.

    Injected emoji leave even runs and no single marks; a text forced through a codec
    that lacks many of its ideographs (Simplified through Big5) loses single characters
    inside words far more often than pairs, and odd runs besides. Where the single marks
    and odd runs inside words (``lone`` of them, plus those counted here) are at least
    as many as the even runs (a tie keeps: a kept pair is seen and flagged, a cut one
    glues a word unseen), a cut pair would glue a word across two lost
    characters: it is kept like a single one."""
    if lone + len(found) < BMP_LOSS_MIN:
        return False
    odd = even = 0
    for start, end, _ in found:
        if end - start < 2 or text[start] != "?" or not _inside_word(text, start, end):
            continue
        if "\ufffd" in text[start:end]:
            continue
        if (end - start) % 2:
            odd += 1
        else:
            even += 1
    return even > 0 and lone + odd >= max(BMP_LOSS_MIN, even)


def _inside_word(text: str, start: int, end: int) -> bool:
    """A Han character right on both sides of ``text[start:end]``."""
    return (
        start > 0 and end < len(text)
        and _HAN.match(text[start - 1]) is not None and _HAN.match(text[end]) is not None
    )


def _change(text: str, start: int, end: int, reason: str, pairs: bool = False) -> Change:
    """Cut the marks, or keep them where a cut would glue the Han characters either side
    into a false word; flag the article either way, since text was lost there. ``pairs``:
    even runs inside words are lost BMP characters here (``_bmp_losses``), kept too."""
    # U+FFFD is where a decoder met bytes it could not read; ``?`` where an encoder
    # lacked a character
    flag: str | None = LOST
    if "\ufffd" in text[start:end]:
        flag = UNDECODABLE
    elif reason.endswith(_BETWEEN):
        flag = None
    prev = text[start - 1] if start else ""
    nxt = text[end] if end < len(text) else ""
    if _HAN.match(prev) and (_HAN.match(nxt) or (end - start == 1 and nxt in _STOPS)):
        marks = text[start:end]
        if len(marks) % 2 == 0 and "\ufffd" not in marks and not pairs:
            # an encoder that works on UTF-16 writes two ``?`` for a character beyond
            # the BMP: an even run is what emoji injected into a word leave, and the
            # word is whole again without it
            return Change(start, end, "", reason + "; an even run: characters beyond the BMP, two ? each", flag=flag)
        return Change(start, start, "", reason + "; kept: text is missing there", flag=flag)
    return Change(start, end, "", reason, flag=flag)
