"""Mojibake: text decoded with the wrong codec, repaired where the bytes allow.

Four kinds of damage, each found by a cheap pattern first so that clean text costs one
regex pass, and each repair kept only when the repaired text is far more plausible
Chinese (or Latin) than the garble (:class:`CharModel`):

1. Western mojibake (UTF-8 read as cp1252/Latin-1, double encoding, C1 controls):
   ftfy, configured not to touch CJK text (no width folding, no quote uncurling, no
   Unicode normalisation, no line-break rewriting). Where the decoder wrote U+FFFD for
   the five bytes cp1252 lacks, the lost byte is one of those five: the character is
   filled in only where no other real character fits, else U+FFFD stays (flagged).
2. UTF-8 read as GBK/GB18030 or as Big5 (``鎴戜滑`` for ``我们``): re-encode the run
   with the wrong codec and decode it as UTF-8. A U+FFFD inside the garble is one byte
   the decoder could not pair with the next, so the run goes on after it; the byte is
   one that makes no pair with the next, and its character is filled in only where no
   other real character fits (a punctuation mark only where every other reading is a
   character news text never uses), else the mark stays (flagged): a visible mark,
   never a plausible wrong character. Big5 loses most continuation bytes (those below
   a1 are no Big5 byte): where most characters of a run were lost, the run stays as read
   (marks for the lost, flagged) if what is left makes a word or the line holds more of
   the same damage; else the few characters left are no text, and the run is cut (flagged).
3. GBK byte misalignment (``動能?;顒又?,`` for ``動能。活動中,``): a byte-level
   full-width-to-ASCII conversion turned ``a3 xx`` into one ASCII byte even where the
   pair straddled two characters; the decoder then read every following pair off by one
   byte and dropped pairs that fell in GBK's user-defined areas. Re-encoding the garble
   and re-reading it one byte earlier restores what the bytes determine; the lost lead
   byte of the character before (and the lost trail byte at the end of the run) are
   filled only where exactly one common character fits, else the mark stays (flagged).
4. The ``锟斤拷`` family (GBK/Big5 text decoded as UTF-8 with U+FFFD, then re-encoded):
   the bytes are gone; the run is cut and flagged.
"""

from __future__ import annotations

import bisect
import codecs
import difflib
import heapq
import itertools
import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
import regex

from ..data import load_lines
from ..document import Change, Document
from ..pipeline import Filter, register

__all__ = ["Mojibake", "CharModel", "char_model", "is_han", "FTFY_CONFIG"]

UNREPAIRED = "mojibake-unrepaired"

# -- the character model -----------------------------------------------------------------

#: rough share of each punctuation mark among the characters of Chinese news text; the
#: word dictionary behind the tables has no punctuation, so these stand in for counts
PUNCT_SHARE = {
    "。": 0.03,
    "，": 0.05,
    "、": 0.008,
    "“": 0.006,
    "”": 0.006,
    "：": 0.004,
    "；": 0.002,
    "《": 0.002,
    "》": 0.002,
    "（": 0.002,
    "）": 0.002,
}

#: log10 cost of a character only the other script uses (context written in one script)
SCRIPT_COST = -2.0
#: probability given to a character the tables do not know (rare, or not Chinese)
_UNKNOWN = math.log10(2e-8)
_ASCII = math.log10(0.01)
#: most memoised steps kept (a bound on memory over endless input)
_STEP_MEMO = 1 << 18


def is_han(ch: str) -> bool:
    """A CJK ideograph (unified, extension A, compatibility)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


class CharModel:
    """Character counts and in-word pair counts, both scripts: log10 probabilities.

    A bigram model with unigram back-off, ``P(b|a) = max(pair(a,b)/count(a), count(b)/N)``:
    pairs come from inside dictionary words, so an unseen pair is not evidence against.
    """

    def __init__(
        self, chars: dict[str, int], pairs: dict[str, int], scripts: dict[str, str] | None = None
    ) -> None:
        self.pairs = pairs
        #: "s" for characters only Simplified text uses, "t" for Traditional only
        self.scripts = scripts or {}
        total = float(sum(chars.values())) or 1.0
        self.chars = dict(chars)
        for p, share in PUNCT_SHARE.items():
            self.chars.setdefault(p, int(share * total))
        self.total = total
        self._log = {c: math.log10(n / total) for c, n in self.chars.items() if n > 0}
        self._steps: dict[tuple[str | None, str, str | None], float] = {}
        #: the characters of each script as one ``re`` class: :meth:`script_of` counts
        #: them in one scan each, not a dictionary look-up per character
        self._script_chars = {
            sc: _char_class(c for c, v in self.scripts.items() if v == sc) for sc in "st"
        }

    def logp(self, ch: str) -> float:
        lp = self._log.get(ch)
        if lp is not None:
            return lp
        return _ASCII if ch.isascii() else _UNKNOWN

    def knows(self, ch: str) -> bool:
        """Whether the tables count ``ch`` at all (news text uses it)."""
        return ch in self._log

    def logp_next(self, prev: str | None, ch: str) -> float:
        uni = self.logp(ch)
        if prev is None:
            return uni
        pair = self.pairs.get(prev + ch)
        if pair:
            base = self.chars.get(prev)
            if base:
                return max(uni, math.log10(min(1.0, pair / base)))
        return uni

    def step(self, prev: str | None, ch: str, script: str | None = None) -> float:
        """``score(ch, prev, None, script)``, memoised: the searches ask it again and again."""
        key = (prev, ch, script)
        value = self._steps.get(key)
        if value is None:
            value = self.logp_next(prev, ch)
            if script is not None and self.scripts.get(ch, script) != script:
                value += SCRIPT_COST
            if len(self._steps) >= _STEP_MEMO:
                self._steps.clear()
            self._steps[key] = value
        return value

    def script_of(self, context: str) -> str | None:
        """"s" or "t" when ``context`` is written mostly in one script, else ``None``."""
        simp = len(self._script_chars["s"].findall(context))
        trad = len(self._script_chars["t"].findall(context))
        if trad >= 2 and trad >= 3 * simp:
            return "t"
        if simp >= 2 and simp >= 3 * trad:
            return "s"
        return None

    def score(
        self, text: str, before: str | None = None, after: str | None = None,
        script: str | None = None,
    ) -> float:
        """log10 P(text | before), plus how well its end leads into ``after``.

        With ``script``, a character only the other script uses costs ``SCRIPT_COST``.
        """
        total = 0.0
        prev = before
        for ch in text:
            total += self.logp_next(prev, ch)
            if script is not None and self.scripts.get(ch, script) != script:
                total += SCRIPT_COST
            prev = ch
        if after is not None and prev is not None:
            total += self.logp_next(prev, after) - self.logp(after)
        return total

    def mean(self, text: str) -> float:
        """Mean log10 unigram probability per character: how common the characters are."""
        if not text:
            return 0.0
        known = list(map(self._log.get, text))
        if None in known:  # a character the tables do not know: :meth:`logp` decides
            known = list(map(self.logp, text))
        return sum(known) / len(text)

    def best(
        self, options: Iterable[str], before: str | None, after: str | None, margin: float,
        script: str | None = None,
    ) -> str | None:
        """The option scoring highest in context, if it leads the next by ``margin``."""
        scored = sorted(
            ((self.score(o, before, after, script), o) for o in set(options)), reverse=True
        )
        if not scored:
            return None
        if len(scored) == 1 or scored[0][0] - scored[1][0] >= margin:
            return scored[0][1]
        return None


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    """One ``re`` class of ``chars`` (a pattern that never matches where there are none)."""
    members = "".join(sorted(chars))
    return re.compile("[" + re.escape(members) + "]" if members else "(?!)")


def _table(name: str, scripts: dict[str, str] | None = None) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in load_lines(name):
        key, n, *rest = line.split("\t")
        if n.isdigit():
            out[key] = int(n)
            if rest and scripts is not None:
                scripts[key] = rest[0]
    return out


@lru_cache(maxsize=1)
def char_model() -> CharModel:
    """The shipped model (``data/charfreq.txt`` + ``data/charpairs.txt``), loaded once."""
    scripts: dict[str, str] = {}
    chars = _table("charfreq.txt", scripts)
    return CharModel(chars, _table("charpairs.txt"), scripts)


#: how much more likely (log10) a chosen character must be than the runner-up
CHOICE_MARGIN = 0.7
#: how much more common (log10, per character) a repair must be than its garble
GAIN = 1.0

# -- 1. Western mojibake through ftfy ---------------------------------------------------------

#: ftfy settings that leave CJK text alone: width folding would turn ，。！ into ,.!;
#: Chinese uses “” as its quotes; NFC would rewrite CJK compatibility ideographs; line
#: breaks and HTML entities belong to other filters.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization=None,
    explain=True,
)

_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
#: a UTF-8 lead byte shown as Latin-1 (Â..ô) before a continuation byte shown as
#: Latin-1/cp1252; C1 controls; lone surrogates; terminal escapes and the other C0
#: controls ftfy removes (each is a hit of its own, so that it goes the first time, not
#: only once a cut elsewhere has joined its stretch to another hit's). One leading class
#: (each branch then checks which member it was) lets ``re`` skip clean text at once.
_C0 = "\x00-\x08\x0b\x0e-\x1f\x7f"
_WESTERN = re.compile(
    rf"[\u00c2-\u00f4\u0080-\u009f\ud800-\udfff{_C0}]"
    rf"(?:(?<=[\u00c2-\u00f4])[\u0080-\u00bf{_CP1252_HIGH}]|(?<=[\u0080-\u009f\ud800-\udfff{_C0}]))"
)
#: the stretch ftfy is shown: no CJK, no line break
_WESTERN_SPAN = regex.compile(r"[^\n\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]{1,2000}")


def _western(text: str) -> Iterator[Change]:
    seen_end = -1
    for hit in _WESTERN.finditer(text):
        if hit.start() < seen_end:
            continue
        span = _WESTERN_SPAN.match(text, _span_start(text, hit.start()))
        if span is None:
            continue
        seen_end = span.end()
        original = span.group()
        if "\ufffd" in original:
            holed = list(_cp1252_with_holes(text, span.start(), original))
            if holed:
                yield from holed
                continue
        fixed, steps = ftfy.fix_and_explain(original, FTFY_CONFIG)
        if fixed == original:
            continue
        fixed, steps = _inner_layers(fixed, list(steps or []))
        how = ", ".join(f"{kind} {arg}" for kind, arg in (steps or [])) or "ftfy"
        reason, flag = f"western mojibake (ftfy: {how})", None
        if "\ufffd" in fixed:  # bytes the decoder lost: ftfy leaves their marks, say so
            reason, flag = reason + "; characters lost", UNREPAIRED
        for a, b, new in _diff(original, fixed):
            yield Change(span.start() + a, span.start() + b, new, reason, flag=flag)


def _inner_layers(fixed: str, steps: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """Read again what ftfy's reading still holds: text read as cp1252 twice shows its
    inner layer only once the outer one is read, and ftfy, judging a stretch whole, may
    stop at it when a blank at its edge (a no-break space from ``Â``) came out of the outer
    layer. The stretch without its edge blanks is read again, at most twice, so that one
    clean reads every layer and a second finds nothing more."""
    for _ in range(2):
        core = fixed.strip()
        again, more = ftfy.fix_and_explain(core, FTFY_CONFIG)
        if again == core:
            break
        lead = fixed[: len(fixed) - len(fixed.lstrip())]
        fixed = lead + again + fixed[len(fixed.rstrip()) :]
        steps = [*steps, *(more or [])]
    return fixed, steps


#: the bytes cp1252 has no character for: a decoder wrote U+FFFD for them
_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
_SLOPPY_1252 = "sloppy-windows-1252"


def _cp1252_with_holes(text: str, start: int, original: str) -> Iterator[Change]:
    """UTF-8 read as cp1252 where the bytes cp1252 lacks became U+FFFD.

    ftfy turns each such character into one U+FFFD, and the text loses it. But the
    lost byte is one of five (``_CP1252_UNDEFINED``), and the bytes around it are known:
    the hole is filled only where exactly one common character fits (see
    ``_sure_pick``), else the U+FFFD stays (and the article is flagged). Nothing if the span is not
    UTF-8 throughout (ftfy then has its turn).
    """
    units: list[int | None] = []
    for ch in original:
        if ch == "\ufffd":
            units.append(None)
            continue
        try:
            units.extend(ch.encode(_SLOPPY_1252))
        except UnicodeEncodeError:
            return
    chars, done, complete, partial = _utf8_chars(units, list(range(len(units))))
    if partial or done != len(chars) or complete != len(original):
        return
    follows: list[tuple[str, int] | None] = [
        (_SLOPPY_1252, 0) if b is None else None for b in units
    ]
    end = start + len(original)
    before = text[start - 1] if start else None
    after = text[end] if end < len(text) else None
    head = _line_head(text, start)
    fixed, lost, chosen = _utf8_reading(chars, follows, before, after, "\ufffd", head)
    if fixed is None or fixed == original or not any(map(is_han, fixed)):
        return
    reason = "western mojibake: UTF-8 shown as cp1252, the bytes it lacks lost"
    reason += "; characters filled where only one fits" if chosen else ""
    flag = None
    if lost:
        reason, flag = reason + "; a character could not be chosen", UNREPAIRED
    for a, b, new in _diff(original, fixed):
        yield Change(start + a, start + b, new, reason, flag=flag)


def _span_start(text: str, pos: int) -> int:
    """Where the Western run ending at ``pos`` begins: after the last CJK character or
    line break before it (looked for backwards, at most 2000 characters)."""
    lo = max(0, pos - 2000)
    m = _LAST_NOT_WESTERN.search(text, lo, pos)
    return m.end() if m else lo


#: searched backwards: the first match is the last one before the position
_LAST_NOT_WESTERN = regex.compile(
    r"[\n\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]", regex.REVERSE
)


def _diff(old: str, new: str) -> list[tuple[int, int, str]]:
    """The separate ``old[a:b] -> text`` pieces that turn ``old`` into ``new``."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2, new[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


# -- 2. UTF-8 read as GBK or Big5 -------------------------------------------------------------


def _pair_chars(codec: str, firsts: Iterable[int], seconds: range) -> str:
    """The characters ``codec`` makes of two bytes from these ranges."""
    chars = set()
    for a in firsts:
        for b in seconds:
            try:
                chars.add(bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                continue
    return "".join(sorted(c for c in chars if len(c) == 1))


_CONT = range(0x80, 0xC0)
#: the first bytes of UTF-8 for CJK text: ideographs (e3-e9), quotes and dashes (e2),
#: full-width punctuation (ef: ，：（）), which often begins a garbled run
_LEADS = (*range(0xE2, 0xEA), 0xEF)
#: a UTF-8 three-byte lead with a continuation byte, as GBK / Big5 shows it
_GBK_SUSPECT = _pair_chars("gbk", _LEADS, _CONT)
_BIG5_SUSPECT = _pair_chars("big5", _LEADS, _CONT)
#: two continuation bytes, as GBK / Big5 shows them: every garbled pair of UTF-8
#: characters holds one within two characters of its start
_GBK_CONT = _pair_chars("gbk", _CONT, _CONT)
_BIG5_CONT = _pair_chars("big5", _CONT, _CONT)


def _class(chars: str) -> str:
    return "[" + re.escape(chars) + "]"


# The stdlib ``re`` compiles these big character sets into bitmaps; ``regex`` tests
# their members one by one, which costs twenty times a plain pass over clean text. One
# leading class, the branches then checking which codec's suspect it was, lets ``re``
# skip to candidates with its bitmap alone (ten times faster than trying each branch).
_UTF8_AS = re.compile(
    f"{_class(_GBK_SUSPECT + _BIG5_SUSPECT)}"
    f"(?:(?<={_class(_GBK_SUSPECT)})[^\\x00-\\x7f]?{_class(_GBK_CONT)}"
    f"|(?<={_class(_BIG5_SUSPECT)})[^\\x00-\\x7f]?{_class(_BIG5_CONT)}"
    f"|[^\\x00-\\x7f]?[?\\ufffd])"
)
_LOST = "?\ufffd"


def _utf8_as_legacy(text: str, taken: _Spans) -> Iterator[Change]:
    """Runs whose GBK or Big5 bytes are UTF-8 for far more common text.

    A garbled run starts with a suspect character (a UTF-8 lead byte paired with a
    continuation byte); from there it is grown while its bytes stay valid UTF-8.
    """
    m = char_model()
    done = -1
    for hit in _UTF8_AS.finditer(text):
        if hit.start() < done or taken.overlaps(hit.start(), hit.end()):
            continue
        for codec in ("gbk", "big5"):
            change = _grow_back(text, hit.start(), max(done, 0), codec, m)
            if change is None or taken.overlaps(change.start, change.end):
                change = _grow_run(text, hit.start(), codec, m)
            if change is not None and not taken.overlaps(change.start, change.end):
                taken.add(change.start, change.end)
                done = change.end
                yield change
                break
        else:
            flag = _unrepaired_hole(text, hit.start())
            if flag is not None:
                yield flag


#: how far before its U+FFFD an unrepaired run is looked at
_HOLE_REACH = 24


def _unrepaired_hole(text: str, start: int) -> Change | None:
    """A flag (no edit) for UTF-8-as-GBK garble no repair took: from a suspect character to
    the next U+FFFD, the GBK bytes are whole UTF-8 characters and then the first bytes of
    one more, whose rest the U+FFFD stands for.

    Before an ASCII byte the GBK decoder writes U+FFFD for a UTF-8 character's last
    bytes, and nothing then says which of many characters it was (``2024骞\ufffd05``
    for ``2024年05``): the text stays, but the record must say it is damaged. Prose does
    not hold U+FFFD, and its GBK bytes seldom read as UTF-8. A ``?`` does not count: after
    a rare character it may be a real question.
    """
    hole = text.find("\ufffd", start, start + _HOLE_REACH)
    if hole <= start:
        return None
    units = _gbk_units(text[start:hole])
    if units is None or len(units) != 2 * (hole - start) or None in units:
        return None  # an ASCII byte, a ``?`` or a character GBK lacks: not one run
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(bytes(units), final=False)  # type: ignore[arg-type]
    except UnicodeDecodeError:
        return None
    if not decoder.getstate()[0]:
        return None  # the bytes end on a character's edge: the U+FFFD is no lost tail
    return Change(
        start, start, "",
        "CJK mojibake: UTF-8 shown as GBK; a character whose last bytes were lost could not be chosen",
        flag=UNREPAIRED,
    )


#: how far before a suspect character a run that begins with lost bytes is looked for
_BACK_REACH = 40


def _grow_back(text: str, start: int, floor: int, codec: str, m: CharModel) -> Change | None:
    """The run grown from where the garble before ``start`` begins, if that holds lost bytes.

    A run is found by its first suspect character, a UTF-8 first byte the decoder
    paired. Where the decoder lost a character's first bytes (``���鈭�`` for ``據了``,
    ``200��砍`` for ``200萬``), the garble begins before it: back to the ASCII
    character, line start or clean character before the U+FFFD and the characters whose
    bytes are all non-ASCII (as every byte of a UTF-8 character is). ``None`` where there
    is no such start, or the run from there does not reach ``start``.
    """
    lo = max(floor, start - _BACK_REACH)
    if "\ufffd" not in text[lo:start]:
        return None
    pos = start
    while pos > lo and _garble_byte_char(text[pos - 1], codec):
        pos -= 1
    if pos == start or (pos == lo and lo > floor and _garble_byte_char(text[lo - 1], codec)):
        return None  # no edge found within reach: where the garble begins is unknown
    change = _grow_run(text, pos, codec, m)
    return change if change is not None and change.end > start else None


def _garble_byte_char(ch: str, codec: str) -> bool:
    """A U+FFFD, or a character whose bytes in ``codec`` are all non-ASCII."""
    if ch == "\ufffd":
        return True
    if ch.isascii():
        return False
    try:
        return min(ch.encode(codec)) >= 0x80
    except UnicodeEncodeError:
        return False


def _grow_run(text: str, start: int, codec: str, m: CharModel) -> Change | None:
    """Grow a garbled run from ``start`` while its bytes stay UTF-8, and repair it.

    A U+FFFD inside the run is a byte the GBK or Big5 decoder could not pair with the
    next (it writes one per byte, and goes on with the next): a hole in the bytes, not
    the run's end. Big5 garble of UTF-8 is mostly holes (no continuation byte below a1
    is a Big5 byte of either kind): the characters they leave undetermined stay marks,
    flagged, and the rest of the run is read. Where most characters were lost, the run
    is kept as read where a word survives (:func:`_reads_as_words`) or its line holds
    more lost bytes (:func:`_beside_damage`); else the few read are no text: the run is
    cut, flagged. A ``?`` or U+FFFD right after a run that ends one byte short of a
    character stands for that lost byte.
    """
    units, where, pos = _run_bytes(text, start, codec)
    chars, done, complete, partial = _utf8_chars(units, where)
    missing = sum(map(len, chars)) - len(units)
    if partial and missing == 1 and pos < len(text) and text[pos] in _LOST:
        units.append(None)
        end = pos + 1  # the mark stands for the last character's lost byte
    else:
        chars, end = chars[:done], complete
    if end <= start or not chars:
        return None
    body = text[start:end]
    before = text[start - 1] if start else None
    after = text[end] if end < len(text) else None
    mark = "\ufffd" if "\ufffd" in body else "?"
    follows = _follows(units, codec)
    fixed, lost, chosen = _utf8_reading(chars, follows, before, after, mark, _line_head(text, start))
    if fixed is None or not _plausible(fixed.replace(mark, ""), body.replace(mark, ""), m):
        return None
    reason = f"CJK mojibake: UTF-8 shown as {codec.upper()}"
    known = len(fixed.replace(mark, ""))
    if len(chars) - known > known:
        reason += f"; the bytes of most characters were lost ({known} of {len(chars)} read)"
        short = len(chars) < _MIN_CUT or (known < _MIN_KNOWN and len(chars) < _SURE_RUN)
        # a short run is read only where U+FFFD says bytes were lost (a ``?`` after a
        # rare character may be a real question, and a few characters say little)
        if (mark == "\ufffd" or not short) and (
            _reads_as_words(fixed, mark, m)
            or (mark == "\ufffd" and _beside_damage(text, start, end))
        ):
            # what the bytes still say is the paper's text: it stays, each lost
            # character a mark (flagged), as in a paragraph that lost fewer
            return Change(start, end, fixed, reason + "; kept, a mark for each lost", flag=UNREPAIRED)
        if short:
            return None
        # scattered characters among marks are no text, only the record of damage
        return Change(start, end, "", reason, flag=UNREPAIRED)
    if lost:
        reason += "; a character whose bytes were lost could not be chosen"
        return Change(start, end, fixed, reason, flag=UNREPAIRED)
    if chosen:
        reason += "; characters whose bytes were lost filled where only one fits"
    return Change(start, end, fixed, reason)


#: after this many characters of a run :func:`_utf8_settled` is first asked, then each
#: time the walk has doubled
_WALK_FIRST = 4


def _run_bytes(text: str, start: int, codec: str) -> tuple[list[int | None], list[int], int]:
    """The ``codec`` bytes of the non-ASCII run from ``start`` (``None`` for a U+FFFD),
    the text position each came from, and where the walk stopped.

    Most suspect characters of clean text begin no UTF-8 at all: the walk stops once the
    bytes read settle what :func:`_utf8_chars` makes of them (:func:`_utf8_settled`),
    not at the run's end up to 400 characters on. Where it stops early, the reading
    stopped inside what was read (not ``partial``), so the stop is not looked at.
    """
    units: list[int | None] = []  # the run's bytes, None for a lost one
    where: list[int] = []  # the text position each byte came from
    pos = start
    limit = min(len(text), start + 400)
    check = start + _WALK_FIRST
    while pos < limit:
        if pos == check:
            chars, _, _, partial = _utf8_chars(units, where)
            if _utf8_settled(units, chars, partial):
                break
            check = start + 2 * (check - start)
        ch = text[pos]
        if ch == "\ufffd":
            units.append(None)
            where.append(pos)
        elif ch.isascii() or ch in _LOST:
            break
        else:
            try:
                data = ch.encode(codec)
            except UnicodeEncodeError:
                break
            if min(data) < 0x80 and not is_han(ch):
                # a pair with an ASCII byte is garble where a UTF-8 byte met an ASCII
                # character (``锛孉`` for ``，A``), but punctuation after the garble is
                # the text's own (Big5 ``。`` is a1 43)
                break
            units.extend(data)
            where.extend([pos] * len(data))
        pos += 1
    return units, where, pos


def _utf8_settled(units: list[int | None], chars: list[_Piece], partial: bool) -> bool:
    """Whether no byte after ``units`` can change what :func:`_utf8_chars` made of them.

    It stopped before their end (not ``partial``: the bytes did not run out), and every
    byte it looked at to stop is there: the up to four of a character with a known
    first byte, or, for a lost first byte, those up to the next byte that can begin a
    character (:func:`_lost_lead_size`). The byte after the last character is there too
    (:func:`_follows` reads it).
    """
    if partial:
        return False
    i = sum(map(len, chars))  # where the reading stopped
    if i + 4 > len(units):
        return False
    return units[i] is not None or any(b is not None and not _is_cont(b) for b in units[i + 1 :])


def _reads_as_words(fixed: str, mark: str, m: CharModel) -> bool:
    """Whether two characters read whole stand side by side as a known word.

    A run that lost most of its bytes is cut as no text only where what it still says is
    no text either: a word read whole (``表示``, ``修正``) is the paper's own, and a cut
    would lose it unseen.
    """
    return any(
        a != mark and b != mark and is_han(a) and is_han(b) and a + b in m.pairs
        for a, b in zip(fixed, fixed[1:])
    )


#: how far either side of a damaged run the rest of its line is looked at
_DAMAGE_REACH = 80


def _beside_damage(text: str, start: int, end: int) -> bool:
    """Whether the run's line holds U+FFFD outside the run: the run is one piece of a
    paragraph whose bytes were lost (an ASCII byte, ``2029``, ends one run and begins
    the next), read as far as its bytes allow like the other pieces, never cut alone
    nor left as garble (``2029撟游����具��``)."""
    lo = max(0, start - _DAMAGE_REACH)
    head = text[text.rfind("\n", lo, start) + 1 or lo : start]
    hi = text.find("\n", end, end + _DAMAGE_REACH)
    tail = text[end : hi if hi >= 0 else end + _DAMAGE_REACH]
    return "\ufffd" in head or "\ufffd" in tail


#: a run that lost most of its characters is cut only where its bytes made this many
#: characters, this many of them read whole (less says too little that it was garble)...
_MIN_CUT = 6
_MIN_KNOWN = 2
#: ...or where its bytes made this many characters: text that is no garble does not keep
#: to UTF-8's pattern of first and continuation bytes that long
_SURE_RUN = 8
#: a UTF-8 character's bytes, ``None`` where one was lost
_Piece = tuple[int | None, ...]


def _utf8_len(lead: int) -> int:
    """How many bytes a UTF-8 character with this first byte has (0: not a first byte)."""
    if 0xC2 <= lead < 0xE0:
        return 2
    if 0xE0 <= lead < 0xF0:
        return 3
    return 4 if 0xF0 <= lead < 0xF5 else 0


def _is_cont(b: int | None) -> bool:
    return b is not None and 0x80 <= b < 0xC0


def _utf8_chars(
    units: list[int | None], where: list[int]
) -> tuple[list[_Piece], int, int, bool]:
    """Split bytes with holes into UTF-8 characters, as far as they are UTF-8.

    Returns the characters, how many of them end on the edge of a garbled character,
    the text position after the last of those, and whether the bytes ran out inside
    one more character (its missing bytes filled with holes). A hole where a character
    starts is its lost first byte: how long the character was is said by the bytes up to
    the next known first byte (:func:`_lost_lead_size`); elsewhere a hole is a lost
    continuation byte.
    """
    chars: list[_Piece] = []
    complete, done = where[0] if where else 0, 0
    i, n = 0, len(units)
    while i < n:
        lead = units[i]
        if lead is None:
            size = _lost_lead_size(units, i)
            if not size:
                break  # nothing says how long the character was
        else:
            size = 1 if lead < 0x80 else _utf8_len(lead)
            if not size:
                break
        piece = units[i : i + size]
        if not all(b is None or _is_cont(b) for b in piece[1:]):
            break
        if len(piece) < size:
            chars.append(tuple(piece) + (None,) * (size - len(piece)))
            return chars, done, complete, True
        i += size
        chars.append(tuple(piece))
        if i == n or where[i] != where[i - 1]:
            complete, done = where[i - 1] + 1, len(chars)
    return chars, done, complete, False


def _lost_lead_size(units: list[int | None], i: int) -> int:
    """How long the character whose first byte (at ``i``) was lost is, or 0 if unknown.

    Its bytes run to the next known first byte (or the run's end): holes and
    continuation bytes, which can hold no character's start but a hole. Up to four
    bytes are one character; a longer stretch is split into three-byte characters (a
    CJK run's) where that puts a hole at each start, else it is not told apart.
    """
    k = i + 1
    while k < len(units) and (units[k] is None or _is_cont(units[k])):
        k += 1
    size = k - i
    if 2 <= size <= 4:
        return size
    if size % 3 == 0 and all(units[j] is None for j in range(i, k, 3)):
        return 3
    return 0


#: in :func:`_follows`, the next byte was lost too
_NEXT_LOST = -1


def _follows(units: list[int | None], codec: str) -> list[tuple[str, int] | None]:
    """Per byte: for a hole before a known non-ASCII byte, the codec and that byte;
    for a hole before another hole, the codec and ``_NEXT_LOST``.

    The wrong decoder wrote U+FFFD for the lost byte because it could not pair it with
    the next one: the lost byte is none that makes a pair with it (a strong bound in
    GBK: of the 64 continuation bytes, a handful are left). Two holes in a row made no
    pair either (:func:`_hole_options` checks them together).
    """
    out: list[tuple[str, int] | None] = [None] * len(units)
    for k in range(len(units) - 1):
        nxt = units[k + 1]
        if units[k] is not None:
            continue
        if nxt is None:
            out[k] = (codec, _NEXT_LOST)
        elif nxt >= 0x80:
            out[k] = (codec, nxt)
    return out



def _utf8_reading(
    chars: list[_Piece], follows: list[tuple[str, int] | None], before: str | None,
    after: str | None, mark: str, head: str = "",
) -> tuple[str | None, bool, bool]:
    """The run's text, ``lost`` (a character could not be chosen) and ``chosen``.

    A character with lost bytes is filled only where the evidence is overwhelming
    (:func:`_sure_pick`, :func:`_sure_punct`, or a quote that the line's open quote
    closes, :func:`_closing_quote`; ``head`` is the line before the run); else ``mark``
    stays in its place, at the run's end too: the bytes say a character was there, and
    a repair that left it out would delete it unseen (the lost-chars filter decides
    what a mark at a boundary stands for).
    """
    out: list[str | None] = []
    for piece in chars:
        if None in piece:
            out.append(None)
            continue
        try:
            out.append(bytes(piece).decode("utf-8"))  # type: ignore[arg-type]
        except UnicodeDecodeError:
            return None, False, False
    lost = chosen = False
    at = 0
    for i, piece in enumerate(chars):
        at += len(piece)
        if out[i] is not None:
            continue
        prev = out[i - 1] if i else before
        nxt = out[i + 1] if i + 1 < len(out) else after
        options = _hole_options(piece, tuple(follows[at - len(piece) : at]))
        choice = None
        if options:
            choice = (
                _sure_pick(options, prev, nxt) or _sure_punct(options)
                or _closing_quote(options, head + "".join(c or "" for c in out[:i]))
            )
        if choice is not None:
            out[i], chosen = choice, True
            continue
        lost = True
        out[i] = mark
    return "".join(c or "" for c in out), lost, chosen


#: how far back a line is looked at for its open quotes
_HEAD_REACH = 300


def _line_head(text: str, start: int) -> str:
    """The text of ``start``'s line before it (at most ``_HEAD_REACH`` characters)."""
    lo = max(0, start - _HEAD_REACH)
    return text[text.rfind("\n", lo, start) + 1 or lo : start]


#: the curly quotes whose bytes differ in their last byte only: with it lost, the bytes
#: leave both, and the quotes open before decide
_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _closing_quote(options: tuple[str, ...], before: str) -> str | None:
    """The closing quote a lost character must be: the bytes allow an opening and a
    closing quote only (no other character news text uses), and ``before`` (the line so
    far) holds an opening one not yet closed; Chinese nests ‘’ inside “”, never “ in “."""
    m = char_model()
    for opening, closing in _QUOTE_PAIRS:
        if opening in options and closing in options:
            if any(m.knows(o) for o in options if o not in (opening, closing)):
                return None
            if before.count(opening) > before.count(closing):
                return closing
    return None


#: a lost character is filled only when every other character its bytes allow is rarer
#: than this (log10: about three in a million characters of news text)...
_SURE_RIVAL = -5.5
#: ...the one left is this common (log10 share of news text)...
_SURE_COMMON = -4.0
#: ...forms a known word with a neighbour, and leads every other by this much in context
_SURE_MARGIN = 2.0


@lru_cache(maxsize=8192)
def _sure_pick(options: tuple[str, ...], before: str | None, after: str | None) -> str | None:
    """The one character a hole can be, or ``None`` where the evidence is not overwhelming.

    A wrong character that reads well (``出印`` for ``出台``, ``钢铁`` for ``钢铝``) is
    worse than a visible mark, and where two real characters fit the bytes no frequency
    model can tell which was written: so only one option may be a real character, it
    must be common and form a word with a neighbour, and lead by a wide margin. No
    script cost: many characters the tables give one script (台, 恒) are everyday words
    in the other, and a cost would pick against them.
    """
    m = char_model()
    real = [o for o in options if m.logp(o) >= _SURE_RIVAL]
    if len(real) != 1 or m.logp(real[0]) < _SURE_COMMON:
        return None
    winner = real[0]
    pairs = m.pairs
    if not (before is not None and before + winner in pairs) and not (
        after is not None and winner + after in pairs
    ):
        return None  # no word with a neighbour vouches for it: frequency alone is no proof
    top = m.score(winner, before, after)
    if any(top - m.score(o, before, after) < _SURE_MARGIN for o in options if o != winner):
        return None
    return winner


def _sure_punct(options: tuple[str, ...]) -> str | None:
    """The punctuation mark a hole must be, where the bytes allow no other character
    news text uses (``、`` is ``e3 80 81``; with ``80`` lost before ``81``, the other
    readings are extension-A ideographs). No word vouches for punctuation: only the
    bytes can, so every rival must be unknown to the tables."""
    m = char_model()
    marks = [o for o in options if o in PUNCT_SHARE]
    if len(marks) != 1 or any(m.knows(o) for o in options if o != marks[0]):
        return None
    return marks[0]


def _unpaired(values: range, follow: tuple[str, int] | None) -> tuple[int, ...]:
    """The bytes among ``values`` that the codec cannot pair with the byte that follows."""
    if follow is None or follow[1] == _NEXT_LOST:
        return tuple(values)
    codec, nxt = follow
    if codec == _SLOPPY_1252:
        return tuple(b for b in values if b in _CP1252_UNDEFINED)
    out = []
    for b in values:
        try:
            ch = bytes((b, nxt)).decode(codec)
        except UnicodeDecodeError:
            out.append(b)
            continue
        if len(ch) != 1:
            out.append(b)
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _pairs(codec: str, a: int, b: int) -> bool:
    """Whether ``codec`` reads the two bytes as one character."""
    try:
        return len(bytes((a, b)).decode(codec)) == 1
    except UnicodeDecodeError:
        return False


#: at most this many lost bytes in one character are tried (64 ** 2 readings)
_MAX_HOLES = 2


@lru_cache(maxsize=1024)
def _hole_options(piece: _Piece, follows: tuple[tuple[str, int] | None, ...]) -> tuple[str, ...]:
    """The Han characters and punctuation marks these bytes, with holes, can be."""
    if piece.count(None) > _MAX_HOLES:
        return ()
    firsts = {2: range(0xC2, 0xE0), 3: range(0xE0, 0xF0), 4: range(0xF0, 0xF5)}[len(piece)]
    choices = [
        (b,) if b is not None else _unpaired(firsts if i == 0 else _CONT, follows[i])
        for i, b in enumerate(piece)
    ]
    # two holes in a row: the decoder paired neither, so the two make no pair either
    joint = [
        (i, f[0]) for i, f in enumerate(follows)
        if f is not None and f[1] == _NEXT_LOST and i + 1 < len(piece)
    ]
    out = []
    for combo in itertools.product(*choices):
        if any(_pairs(codec, combo[i], combo[i + 1]) for i, codec in joint):
            continue
        try:
            ch = bytes(combo).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if is_han(ch) or ch in PUNCT_SHARE:
            out.append(ch)
    return tuple(out)


#: general punctuation Chinese text uses: quotes, dashes, ellipsis, middle dot
_QUOTES = frozenset("“”‘’—–…·")


#: a repair that takes an ASCII character out of a garble character's bytes must hold
#: this many Han characters: any two rare characters whose bytes are a UTF-8 lead, two
#: continuation bytes and an ASCII byte read as one Han character and a letter
#: (``缇焜`` as ``羟j``), so one character so read proves nothing
_SPLIT_MIN_HAN = 2


def _plausible(fixed: str, garble: str, m: CharModel) -> bool:
    """The repair is made of common characters and far more common than the garble.

    Only the repair's non-ASCII characters are weighed: an ASCII byte is the same byte
    in the garble and in the repair (a Big5 or GBK pair may end in one), so it is no
    evidence, and counting its high share would let a rare real word pass for garble
    (``姝琇``, a name, read as ``歬L``). A character the tables do not know is no evidence
    for a repair either: real garble decodes mostly to the text's common characters, so
    each unknown one must be matched by a common one (``發佈``, not ``歬``).
    """
    if not fixed or any(
        ord(c) < 0x20 or (0x80 <= ord(c) < 0x3000 and c not in _QUOTES) for c in fixed
    ):
        return False
    wide = "".join(c for c in fixed if not c.isascii())
    han = [c for c in wide if is_han(c)]
    unknown = sum(not m.knows(c) for c in han)
    if not han or unknown > sum(m.logp(c) >= _SURE_COMMON for c in han):
        return False
    split = sum(c.isascii() for c in fixed) > sum(c.isascii() for c in garble)
    if split and len(han) < _SPLIT_MIN_HAN:
        return False
    return m.mean(wide) - m.mean(garble) >= GAIN


# -- 3. GBK byte misalignment -----------------------------------------------------------------

#: the lost lead byte's ``?``, the ASCII byte a3xx became, then the misread run
_AFTER_LOST = r"([!-~])(?=[^\x00-\x7f])"
_MISALIGNED = re.compile(r"[?\ufffd]" + _AFTER_LOST)
#: the same, for a text holding one of the two marks only: ``re`` skips to a literal
#: first character several times faster than to one of a class
_MISALIGNED_AFTER = {lost: re.compile(re.escape(lost) + _AFTER_LOST) for lost in _LOST}


_TRAILS = bytes((*range(0x40, 0x7F), *range(0x80, 0xFF)))


@lru_cache(maxsize=1)
def _gbk_table() -> dict[int, str]:
    """Every GBK double-byte character by its two bytes (``lead << 8 | trail``).

    Each lead byte's row of pairs is decoded at once (an invalid pair reads as NUL):
    126 decodings, not 24,000 of one pair each.
    """
    table = {}
    row = bytearray(2 * len(_TRAILS))
    row[1::2] = _TRAILS
    for lead in range(0x81, 0xFF):
        row[0::2] = bytes([lead]) * len(_TRAILS)
        chars = row.decode("gbk", errors=_PAIRWISE)
        if len(chars) != len(_TRAILS):  # not one character a pair: read them one by one
            chars = "".join(_gbk_char(row[i : i + 2]) for i in range(0, len(row), 2))
        for trail, ch in zip(_TRAILS, chars):
            if ch != "\0":
                table[lead << 8 | trail] = ch
    return table


def _gbk_char(pair: bytes) -> str:
    """The character two bytes make in GBK, or NUL when they make none (or more)."""
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return "\0"
    return ch if len(ch) == 1 else "\0"


def _skip_pair(err: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: an invalid pair of bytes reads as NUL, and decoding goes
    on at the next pair (not at its second byte, where the decoder would resume)."""
    assert isinstance(err, UnicodeDecodeError)
    return "\0", err.start + 2


_PAIRWISE = "cleanseeds.skip-pair"
codecs.register_error(_PAIRWISE, _skip_pair)


def _gbk_pair(a: int, b: int) -> str | None:
    return _gbk_table().get(a << 8 | b)


@lru_cache(maxsize=1)
def _lead_options() -> tuple[str, ...]:
    """Characters whose GBK trail byte is a3 (the character before the damage)."""
    out = []
    for lead in range(0x81, 0xFF):
        ch = _gbk_pair(lead, 0xA3)
        if ch and (is_han(ch) or ch == "。"):
            out.append(ch)
    return tuple(out)


@lru_cache(maxsize=1)
def _lead_options_no_stop() -> tuple[str, ...]:
    """:func:`_lead_options` where a sentence cannot end (no ``。``)."""
    return tuple(h for h in _lead_options() if h != "。")


@lru_cache(maxsize=256)
def _trail_options(lead: int) -> tuple[str, ...]:
    """Characters whose GBK lead byte is ``lead`` (the last one, its trail byte lost)."""
    out = []
    for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
        ch = _gbk_pair(lead, trail)
        if ch and (is_han(ch) or ch in PUNCT_SHARE):
            out.append(ch)
    return tuple(out)


#: GBK's user-defined areas: the decoder dropped misread pairs that fell in them. Per
#: first byte of such a pair, the range of its second byte.
_USER_AREAS: tuple[tuple[range, range], ...] = (
    (range(0xAA, 0xB0), range(0xA1, 0xFF)),
    (range(0xF8, 0xFF), range(0xA1, 0xFF)),
    (range(0xA1, 0xA8), range(0x40, 0xA1)),
)
#: states kept while reading a run (beam search over where pairs were dropped)
_BEAM = 8
#: how many characters into a run dropped pairs are looked for
_DROP_REACH = 24
#: per dropped pair, how many readings of its second character are followed
_DROP_BRANCH = 3


@lru_cache(maxsize=1024)
def _drop_seconds(trail: int, lo: int, hi: int) -> tuple[str, ...]:
    """Characters with this GBK trail byte and a lead byte in ``[lo, hi)``, commonest first."""
    table = _gbk_table()
    m = char_model()
    chars = [table[lead << 8 | trail] for lead in range(lo, hi) if (lead << 8 | trail) in table]
    return tuple(sorted(chars, key=m.logp, reverse=True))


def _realign(first: int, garble: str, mark: str) -> tuple[list[int], int, bool] | None:
    """Re-read the bytes of ``garble`` one byte earlier, starting with byte ``first``.

    Returns ``(bytes, used, lost)``: the re-aligned bytes (pairs, plus a dangling lead
    byte when its trail was lost), how many garble characters they use, and whether the
    run ends in a lost byte. ``None`` if the garble is not a misread GBK run.
    """
    out = [first]
    pos = 0
    while True:
        # the double-byte characters up to the next ASCII one or lost byte, encoded at once
        stop = _RUN_STOP.search(garble, pos)
        i = len(garble) if stop is None else stop.start()
        if i > pos:
            try:
                b = garble[pos:i].encode("gbk")
            except UnicodeEncodeError:
                return None
            if len(b) != 2 * (i - pos):
                return None  # a character of one byte
            out.extend(b)
        if stop is None:
            return None
        ch = garble[i]
        if ch in _LOST:
            return out, i + 1, True
        if ch == mark:
            out.extend((0xA3, first))  # the same conversion struck again inside the run
            pos = i + 1
            continue
        if 0x40 <= ord(ch) <= 0x7E and len(out) % 2 == 1:
            out.append(ord(ch))
            return out, i + 1, False
        return None


#: what ends a stretch of double-byte characters in a misread run: an ASCII character
#: or a lost byte
_RUN_STOP = re.compile(r"[\x00-\x7f\ufffd]")


def _misaligned(text: str, taken: _Spans) -> Iterator[Change]:
    m = char_model()
    marks = [lost for lost in _LOST if lost in text]
    pattern = _MISALIGNED_AFTER[marks[0]] if len(marks) == 1 else _MISALIGNED
    for hit in pattern.finditer(text):
        start = hit.start()
        if taken.overlaps(start, start + 2):
            continue
        change = _repair_misaligned(text, start, ord(hit.group(1)) + 0x80, m)
        if change is not None:
            taken.add(change.start, change.end)
            yield change


def _repair_misaligned(text: str, start: int, first: int, m: CharModel) -> Change | None:
    tail = text[start + 2 : start + 202].split("\n", 1)[0]
    read = _realign(first, tail, text[start + 1])
    if read is None:
        return None
    data, used, lost = read
    end = start + 2 + used
    if _utf8_seam(text, start, end):
        return None  # UTF-8 read as GBK: :func:`_grow_run` has that garble
    before = text[start - 1] if start else None
    after = text[end] if end < len(text) else None
    reason = (
        f"CJK mojibake: GBK bytes misaligned ('{text[start + 1]}' stands for a3"
        f"{first:02x}); re-read one byte earlier"
    )
    garble = _RUN_STOP.sub("", text[start + 2 : end])  # without ASCII and lost bytes
    if not garble or (m.mean(garble) >= _GARBLE_MEAN and _cannot_gain(data, lost, garble, m)):
        return None  # what _verdict would say, without its search
    script = m.script_of(text[max(0, start - 60) : start] + text[end : end + 60])
    verdict = _verdict(tuple(data), lost, before, after, script, garble, text[start])
    if verdict is None:
        return None
    fixed, sure = verdict
    if fixed is None:
        # the bytes are misread for sure, but no reading clearly wins
        return Change(start, start, "", reason + "; no reading clearly wins", flag=UNREPAIRED)
    if not sure:
        return Change(
            start, end, fixed, reason + "; a lost character could not be chosen", flag=UNREPAIRED
        )
    return Change(start, end, fixed, reason + "; lost characters chosen by frequency")


def _utf8_seam(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``start`` is a byte lost inside UTF-8 read as GBK, not a lead
    byte lost to a misalignment.

    A GBK decoder reading UTF-8 writes a mark for the last byte of a character when an
    ASCII byte follows it: the GBK bytes just before the mark are that character's
    first bytes (a UTF-8 lead and continuations, one byte short), and after the ASCII
    byte the garble starts a new UTF-8 character. Re-read one byte earlier, such garble
    still makes characters, and they would be invented ones.
    """
    after = _gbk_units(text[start + 2 : end])
    if not after or after[0] is None:
        return False
    # a byte lost earlier may leave continuation bytes first: skip them
    skip = 0
    while skip < min(3, len(after) - 1) and _is_cont(after[skip]):
        skip += 1
    rest = after[skip:]
    chars = _utf8_chars(rest, list(range(len(rest))))[0]
    if not chars:
        return False
    if len(chars[0]) == 3 and chars[0][1] is not None:
        return True  # a whole CJK character of UTF-8 follows: the garble is UTF-8's
    before = _gbk_units(text[max(0, start - 2) : start].split("\n")[-1])
    return before is not None and _ends_one_short(before)


def _gbk_units(text: str) -> list[int | None] | None:
    """The GBK bytes of the non-ASCII characters at the end of ``text`` (``None`` for a
    mark); ``None`` where a character has no GBK bytes.

    GBK is stateless: a stretch encodes at once to its characters' bytes in turn, and
    fails where one of them has none (an ASCII character always has its own byte).
    """
    head = _UP_TO_LAST_ASCII.match(text)
    cut = head.end() if head else 0
    units: list[int | None] = [None] if cut and text[cut - 1] == "?" else []
    try:
        text[:cut].replace("\ufffd", "").encode("gbk")  # only: has each its bytes?
        for k, piece in enumerate(text[cut:].split("\ufffd")):
            if k:
                units.append(None)
            units.extend(piece.encode("gbk"))
    except UnicodeEncodeError:
        return None
    return units


#: ``text`` up to its last ASCII character (one match, backing off over the tail only)
_UP_TO_LAST_ASCII = re.compile(r".*[\x00-\x7f]", re.DOTALL)


def _ends_one_short(units: list[int | None]) -> bool:
    """The bytes end in a UTF-8 character that lacks exactly its last byte."""
    n = len(units) + 1  # the lost byte
    for k in range(max(0, len(units) - 3), len(units)):
        lead = units[k]
        if lead is None or not _utf8_len(lead):
            continue
        if _utf8_len(lead) == n - k and all(_is_cont(b) for b in units[k + 1 :]):
            return True
    return False


@lru_cache(maxsize=4096)
def _verdict(
    data: tuple[int, ...], lost: bool, before: str | None, after: str | None,
    script: str | None, garble: str, mark: str = "?",
) -> tuple[str | None, bool] | None:
    """The repair of one misread run: ``(text, sure)``, ``(None, False)`` to flag only,
    or ``None`` when the run is no garble. Cached: dumps repeat their damage."""
    m = char_model()
    pick = _choose(list(data), lost, _Context(before, after, script, m, mark))
    if pick is None or not garble or m.mean(pick[0].replace(mark, "")) - m.mean(garble) < GAIN:
        if pick is None and garble and m.mean(garble) < _GARBLE_MEAN:
            return None, False
        return None
    return pick


def _cannot_gain(data: list[int], lost: bool, garble: str, m: CharModel) -> bool:
    """Whether no reading of the run can be ``GAIN`` more common than ``garble``.

    Ordinary text after ``??`` or ``?,`` matches the misalignment pattern; re-read, it
    makes rare characters, and this bound says so without the beam search. The pending
    lead byte at each pair is fixed by the bytes, so every reading is a sequence of
    independent per-pair choices (the direct character, or a dropped pair's two), with
    an optional head and last character: the best total of ``logp - target`` over all
    readings is a sum of per-step maxima. Below zero, no reading reaches the target
    mean, and :func:`_verdict` would return ``None``.
    """
    target = m.mean(garble) + GAIN
    total = max(0.0, _best_logp(_lead_options()) - target)
    for i in range(1, len(data) - 1, 2):
        direct, drop = _step_options(data[i - 1], data[i], i < 2 * _DROP_REACH)
        if direct is None and drop is None:
            return True  # no reading at all
        total += max(
            -math.inf if direct is None else direct - target,
            -math.inf if drop is None else drop - 2 * target,
        )
    if len(data) % 2 == 0:
        ch = _gbk_table().get(data[-2] << 8 | data[-1])
        if ch is None:
            return True
        total += m.logp(ch) - target
    elif lost:
        options = _trail_options(data[-1])
        if options:
            total += max(0.0, _best_logp(options) - target)
    # a margin for rounding: the search decides anything near the line
    return total < -1e-6


@lru_cache(maxsize=512)
def _best_logp(options: tuple[str, ...]) -> float:
    """The highest log10 P among ``options`` (a fixed option set of the search)."""
    m = char_model()
    return max(m.logp(c) for c in options)


@lru_cache(maxsize=65536)
def _step_options(pending: int, a: int, drops: bool) -> tuple[float | None, float | None]:
    """For one step of :func:`_readings`: log10 P of the direct character, and the best
    summed log10 P of a dropped pair's two characters (``None`` where there is none)."""
    m = char_model()
    table = _gbk_table()
    ch = table.get(pending << 8 | a)
    direct = None if ch is None else m.logp(ch)
    drop = None
    for firsts, seconds in _USER_AREAS if drops else ():
        seconds_best = _drop_seconds(a, seconds.start, seconds.stop)[:_DROP_BRANCH]
        if not seconds_best:
            continue
        second = max(m.logp(c) for c in seconds_best)
        for u1 in firsts:
            c1 = table.get(pending << 8 | u1)
            if c1 is None or m.logp(c1) < _RARE:
                continue
            if drop is None or m.logp(c1) + second > drop:
                drop = m.logp(c1) + second
    return direct, drop


class _Context:
    """What surrounds a damaged run: the characters either side and the script."""

    def __init__(
        self, before: str | None, after: str | None, script: str | None, m: CharModel,
        mark: str = "?",
    ):
        self.before, self.after, self.script, self.m = before, after, script, m
        #: what stands for a lost character that no choice fills
        self.mark = mark

    def score(self, text: str) -> float:
        return self.m.score(text, self.before, self.after, self.script)

    def pick(self, options: tuple[str, ...], before: str | None, after: str | None) -> tuple[str, bool]:
        """The best option between two characters, and whether it clearly wins."""
        return _pick(options, before, after, self.script)


@lru_cache(maxsize=8192)
def _pick(
    options: tuple[str, ...], before: str | None, after: str | None, script: str | None
) -> tuple[str, bool]:
    """:meth:`_Context.pick`, cached: runs and their readings share their neighbours.

    Each option's score is ``CharModel.score(o, before, after, script)``, summed in the
    same order from the memoised step. Only the options that form a known pair with a
    neighbour are scored in full: every other one scores its own unigram value (and its
    script cost), so the best two of those come from a ranking made once.
    """
    m = char_model()
    pairs = m.pairs
    paired = [
        o
        for o in options
        if (before is not None and before + o in pairs)
        or (after is not None and o + after in pairs)
    ]
    unpaired = [o for _, o in _ranked(options, script) if o not in paired][:2]
    if after is None:
        scored = heapq.nlargest(2, ((m.step(before, o, script), o) for o in paired + unpaired))
    else:
        lead = m.logp(after)
        scored = heapq.nlargest(
            2,
            (
                (m.step(before, o, script) + (m.logp_next(o, after) - lead), o)
                for o in paired + unpaired
            ),
        )
    if not scored:
        return "", False
    if len(scored) == 1:
        return scored[0][1], True
    return scored[0][1], scored[0][0] - scored[1][0] >= CHOICE_MARGIN


@lru_cache(maxsize=512)
def _ranked(options: tuple[str, ...], script: str | None) -> tuple[tuple[float, str], ...]:
    """``options`` best first by the score :func:`_pick` gives one that forms no known
    pair with its neighbours: its log10 P, plus its script cost (as :meth:`CharModel.step`
    adds them)."""
    m = char_model()
    scored = []
    for o in options:
        value = m.logp(o)
        if script is not None and m.scripts.get(o, script) != script:
            value += SCRIPT_COST
        scored.append((value, o))
    return tuple(sorted(scored, reverse=True))


#: log10 cost of assuming the decoder dropped a misread pair (refunds the typical cost
#: of the one extra character the reading then has, so readings of unequal length compare)
_GAP_COST = 3.0 - 1.5


def _readings(data: list[int], ctx: _Context) -> list[tuple[float, str, int | None]]:
    """Readings of a re-aligned run, best first, with their scores.

    ``data`` starts with the known lead byte; then come the bytes of the misread
    characters, two by two. Between two misread characters the decoder may have dropped
    a pair that fell in a user-defined area: its first byte ended the character being
    read, its second began the next. A beam search tries both at every boundary.
    """
    m, script = ctx.m, ctx.script
    table = _gbk_table()
    # state: text so far -> (score, pending lead byte)
    beam: list[tuple[float, str, int]] = [(0.0, "", data[0])]
    for i in range(1, len(data) - 1, 2):
        drops = i < 2 * _DROP_REACH
        a, b = data[i], data[i + 1]
        nxt: dict[str, tuple[float, int]] = {}

        def push(score: float, text: str, pending: int) -> None:
            old = nxt.get(text)
            if old is None or score > old[0]:
                nxt[text] = (score, pending)

        for score, text, pending in beam:
            last = text[-1:] or None
            ch = table.get(pending << 8 | a)
            if ch is not None:
                push(score + m.step(last, ch, script), text + ch, b)
            for firsts, seconds in _USER_AREAS if drops else ():
                for u1 in firsts:
                    c1 = table.get(pending << 8 | u1)
                    if c1 is None or m.logp(c1) < _RARE:
                        continue  # the character the pair ended must be a real one
                    s1 = score + m.step(last, c1, script) + _GAP_COST
                    for c2 in _drop_seconds(a, seconds.start, seconds.stop)[:_DROP_BRANCH]:
                        push(s1 + m.step(c1, c2, script), text + c1 + c2, b)
        beam = sorted(((sc, t, p) for t, (sc, p) in nxt.items()), reverse=True)[:_BEAM]
        if not beam:
            return []
    if len(data) % 2 == 0:
        # the run ended on a byte that completes the last character (an ASCII trail)
        out: list[tuple[float, str, int | None]] = []
        for score, text, pending in beam:
            ch = table.get(pending << 8 | data[-1])
            if ch is not None:
                out.append((score + m.step(text[-1:] or None, ch, script), text + ch, None))
        return sorted(out, key=lambda r: r[0], reverse=True)
    return [(score, text, pending) for score, text, pending in beam]


def _choose(data: list[int], dangling: bool, ctx: _Context) -> tuple[str, bool] | None:
    """The most likely text for a re-aligned run, and whether every choice was clear.

    Each reading of the run gets the best lead character (trail byte a3) before it and,
    when the run ended in a lost byte, the best character on the dangling lead byte
    after it. Lost characters that no choice clearly wins are left out (and flagged).
    """
    readings = _readings(data, ctx)
    if not readings:
        return None
    heads = _lead_options()
    if ctx.before is not None and ctx.before in _NO_STOP_AFTER:
        heads = _lead_options_no_stop()
    full: list[tuple[float, str, bool]] = []
    for score, middle, pending in readings[:6]:
        head, _ = ctx.pick(heads, ctx.before, middle[:1] or ctx.after)
        last = ""
        if dangling and pending is not None:
            last, _ = ctx.pick(_trail_options(pending), middle[-1:] or head, ctx.after)
        total = ctx.score(head + middle + last) + (score - ctx.m.score(middle, None, None, ctx.script))
        # a lost character is written only where it alone fits (as for holes): else
        # its mark stays
        sure_head = _sure_pick(heads, ctx.before, middle[:1] or ctx.after)
        sure_last = None
        if dangling and pending is not None:
            sure_last = _sure_pick(_trail_options(pending), middle[-1:] or sure_head, ctx.after)
        head_ok, last_ok = sure_head is not None, not dangling or sure_last is not None
        text = (sure_head or ctx.mark) + middle + (sure_last or (ctx.mark if dangling else ""))
        full.append((total, text, head_ok and last_ok))
    full.sort(key=lambda r: r[0], reverse=True)
    if len(full) > 1 and full[0][0] - full[1][0] < CHOICE_MARGIN:
        return None
    return full[0][1], full[0][2]


#: log10 probability of a character the tables hardly know: a sign of misread bytes
_RARE = -5.0
#: a run whose characters are this rare on average (log10) is garble, not prose
_GARBLE_MEAN = -4.5

#: after these a sentence cannot end, so the lost character is not 。
_NO_STOP_AFTER = frozenset("。，、；：？！“‘（《【「『,;:")


# -- 4. 锟斤拷 and friends --------------------------------------------------------------------

#: U+FFFD's UTF-8 bytes (ef bf bd) read as GBK, twice: 锟斤拷; as Big5: 嚙踝
_KUN = regex.compile(r"(?:锟斤拷|锟斤|斤拷|锟|嚙踝|嚙)+")
_KUN_CORE = regex.compile(r"锟斤拷|嚙踝")


def _replacement_runs(text: str, taken: _Spans) -> Iterator[Change]:
    for hit in _KUN.finditer(text):
        if not _KUN_CORE.search(hit.group()) or taken.overlaps(hit.start(), hit.end()):
            continue
        taken.add(hit.start(), hit.end())
        yield Change(
            hit.start(),
            hit.end(),
            "",
            f"CJK mojibake: {hit.group()[:9]} (replacement characters re-encoded), bytes lost",
            flag=UNREPAIRED,
        )


class _Spans:
    """Disjoint spans already claimed by a repair, kept sorted for quick overlap tests."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.ends, a)
        return i < len(self.starts) and self.starts[i] < b

    def add(self, a: int, b: int) -> None:
        if a == b:
            return  # a flag claims no text: a repair found later may still cover it
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


# -- the filter ---------------------------------------------------------------------------------

@register
class Mojibake(Filter):
    """Repair text decoded with the wrong codec; cut and flag what the bytes lost."""

    name = "mojibake"
    description = "repair mojibake: ftfy for Western, UTF-8 read as GBK/Big5, GBK byte misalignment; cut 锟斤拷"
    needs_settled = False  # a repair of a few characters at a time: it needs no settled text

    def prepare(self) -> None:
        char_model()
        _lead_options_no_stop()  # and the GBK table it is read from

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        # each kind is looked for only where its sign is present: clean text costs a
        # few ``in`` tests and three scans that skip with a bitmap
        taken = _Spans()
        changes: list[Change] = []
        if "锟斤拷" in text or "嚙踝" in text:
            changes.extend(_replacement_runs(text, taken))
        if "?" in text or "\ufffd" in text:
            changes.extend(_misaligned(text, taken))
        changes.extend(_utf8_as_legacy(text, taken))
        for ch in _western(text):
            if not taken.overlaps(ch.start, ch.end):
                taken.add(ch.start, ch.end)
                changes.append(ch)
        # a flag that a repair now covers is moot: the repair says what happened there
        kept = [
            ch for ch in changes
            if ch.start != ch.end or not taken.overlaps(ch.start, ch.end) or not ch.flag
        ]
        yield from sorted(kept, key=lambda c: c.start)
