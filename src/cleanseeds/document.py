"""A raw dump and the edits made to it.

The raw text is never rewritten. Filters look at the *current* text (the raw text with
every edit so far applied) and propose :class:`Change` objects in current-text
coordinates. The document maps each change back onto the raw text and keeps it as an
:class:`Edit` with the filter's name and reason. The clean text and the audit trail are
both derived from one piece table, so they cannot disagree.

Data flow::

    raw ──filter 1──▶ changes ──▶ pieces ──▶ current text ──filter 2──▶ ...
                                     │
                                     └──▶ edits (raw offsets, filter, reason)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .lines import Line

__all__ = ["Change", "Edit", "Document"]


@dataclass(frozen=True, slots=True)
class Change:
    """What a filter proposes, in offsets of the text the filter was shown.

    ``text`` replaces ``[start, end)``; ``""`` cuts it. A zero-length change with no
    text is an annotation: it can mark an article boundary (``split``), a problem that
    could not be repaired (``flag``) or carry metadata (``meta``) without touching text.
    """

    start: int
    end: int
    text: str = ""
    reason: str = ""
    split: bool = False
    flag: str | None = None
    meta: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """One recorded cut or repair: ``raw[start:end]`` became ``text``."""

    start: int
    end: int
    text: str
    filter: str
    reason: str
    meta: dict[str, Any] | None = None

    @property
    def kind(self) -> str:
        return "cut" if self.text == "" else "repair"

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "filter": self.filter,
            "reason": self.reason,
            "kind": self.kind,
        }


@dataclass(slots=True)
class _Piece:
    """A stretch of the current text and the raw span it stands for.

    A copy piece (``edit is None``) is ``raw[raw_start:raw_end]`` verbatim; an edit
    piece replaces its raw span with ``text``.
    """

    raw_start: int
    raw_end: int
    text: str
    edit: Edit | None = None


@dataclass(slots=True)
class Note:
    """An annotation kept at a raw position: an article boundary, a flag or metadata."""

    pos: int
    filter: str
    reason: str
    split: bool = False
    flag: str | None = None
    meta: dict[str, Any] | None = None


@dataclass
class Document:
    """A decoded raw dump plus everything the filters decided about it."""

    raw: str
    source: str | None = None
    encoding: str | None = None
    notes: list[Note] = field(default_factory=list)
    _pieces: list[_Piece] = field(default_factory=list, repr=False)
    _text: str | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _raw_starts: list[int] = field(default_factory=list, repr=False)
    #: bumped whenever the text or the notes change, so that derived views can be cached
    version: int = field(default=0, repr=False, compare=False)
    _lines: tuple[int, list[Line], list[int]] | None = field(default=None, repr=False, compare=False)
    #: the annotations recorded so far, so that one found again is not recorded twice
    _annotated: set[tuple[Any, ...]] = field(default_factory=set, repr=False, compare=False)
    _edits: tuple[int, list[Edit]] | None = field(default=None, repr=False, compare=False)
    #: the text before this offset is as it was when the lines were last split
    _unchanged: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._pieces:
            self._pieces = [_Piece(0, len(self.raw), self.raw)] if self.raw else []
        self._refresh()

    # -- reading -----------------------------------------------------------------

    @property
    def text(self) -> str:
        """The current text: the raw dump with every edit so far applied."""
        assert self._text is not None
        return self._text

    def lines(self) -> list[Line]:
        """The lines of the current text (:class:`~cleanseeds.lines.Line`), cached until
        the next change: most filters walk them, and most filter runs change nothing."""
        if self._lines is None or self._lines[0] != self.version:
            from .lines import split_lines

            if self._lines is None:
                found = split_lines(self.text)
                starts = [ln.start for ln in found]
            else:
                # the lines that end, break included, before the first change stay as they were
                _, old, old_starts = self._lines
                keep = max(0, bisect.bisect_right(old_starts, self._unchanged) - 1)
                found = old[:keep]
                found += split_lines(self.text, old_starts[keep] if keep else 0, keep)
                starts = old_starts[:keep]
                starts += [ln.start for ln in found[keep:]]
            self._lines = (self.version, found, starts)
            self._unchanged = len(self.text)
        return self._lines[1]

    def line_indexes_of(self, positions: Iterable[int]) -> list[int]:
        """The index (as in :meth:`lines`) of the line holding each text position: a
        filter scans the whole text once for what concerns it, then reads those lines."""
        self.lines()
        starts = self._lines[2]  # type: ignore[index]
        return [bisect.bisect_right(starts, p) - 1 for p in positions]

    @property
    def edits(self) -> list[Edit]:
        """Every recorded edit, in raw order (disjoint spans): gathered once per version
        (several filters read the cuts made before them), a fresh list each call."""
        if self._edits is None or self._edits[0] != self.version:
            self._edits = (self.version, [p.edit for p in self._pieces if p.edit is not None])
        return list(self._edits[1])

    def raw_offset(self, pos: int, *, side: str = "left") -> int:
        """Map a position in the current text to the raw text.

        Inside a replaced stretch there is no exact raw position: ``side="left"``
        gives the start of its raw span, ``"right"`` the end.
        """
        if not self._pieces:
            return 0
        i = bisect.bisect_right(self._starts, pos) - 1
        i = max(i, 0)
        piece = self._pieces[i]
        off = pos - self._starts[i]
        if piece.edit is None:
            return piece.raw_start + min(off, len(piece.text))
        if off == 0:
            return piece.raw_start
        if off >= len(piece.text):
            return piece.raw_end
        return piece.raw_start if side == "left" else piece.raw_end

    def text_offset(self, raw_pos: int) -> int:
        """Map a raw position to the current text.

        A position inside a cut maps to where the cut was; inside a replaced stretch, to
        the start of its replacement.
        """
        i = bisect.bisect_right(self._raw_starts, raw_pos) - 1
        if i < 0:
            return 0
        piece = self._pieces[i]
        start = self._starts[i]
        if piece.edit is None:
            return start + min(raw_pos - piece.raw_start, len(piece.text))
        if raw_pos <= piece.raw_start:
            return start
        return start if raw_pos < piece.raw_end else start + len(piece.text)

    # -- writing -----------------------------------------------------------------

    def apply(self, changes: Iterable[Change], filter_name: str) -> list[Edit]:
        """Record a filter's changes (offsets into :attr:`text`); return the new edits.

        Changes must not overlap each other. A change that covers part of an earlier
        repair takes over that repair's whole raw span, keeping the untouched part of
        its text, so every edit stays a plain ``raw span -> text`` pair.
        """
        text = self.text
        notes_before = len(self.notes)
        ordered = self._within_articles(sorted(changes, key=lambda c: (c.start, c.end)))
        real: list[Change] = []
        last_end = 0
        for ch in ordered:
            if not 0 <= ch.start <= ch.end <= len(text):
                raise ValueError(f"{filter_name}: change {ch.start}:{ch.end} outside text")
            if ch.start == ch.end and not ch.text:  # an annotation may sit anywhere
                note = Note(self.raw_offset(ch.start), filter_name, ch.reason, ch.split, ch.flag, ch.meta)
                # a settling filter finds what it kept and flagged again: the same note
                # twice says nothing new, and must not count as a change
                key = (note.pos, note.filter, note.reason, note.split, note.flag)
                if note.meta is not None or key not in self._annotated:
                    self._annotated.add(key)
                    self.notes.append(note)
                continue
            if ch.start < last_end:
                raise ValueError(f"{filter_name}: overlapping changes at {ch.start}")
            if text[ch.start : ch.end] == ch.text:
                continue
            if ch.split and not ch.text and _inside_line(text, ch.start, ch.end):
                # an article boundary inside a line becomes a line break, so that every
                # later filter sees each article's lines as they will be printed
                ch = Change(ch.start, ch.end, "\n", ch.reason, ch.split, ch.flag, ch.meta)
            real.append(ch)
            last_end = ch.end
            if ch.split or ch.flag or ch.meta:
                self.notes.append(
                    Note(self.raw_offset(ch.start), filter_name, ch.reason, ch.split, ch.flag, ch.meta)
                )
        if not real:
            if len(self.notes) != notes_before:
                self.version += 1
            return []
        # only the pieces from the first change to the last are rebuilt
        lo = max(0, bisect.bisect_left(self._starts, real[0].start) - 1)
        hi = min(len(self._pieces), bisect.bisect_right(self._starts, real[-1].end) + 1)
        pieces, starts = self._pieces[lo:hi], self._starts[lo:hi]
        spliced = _splice_inside(pieces, starts, real, filter_name)
        window, new_edits = spliced or _splice(pieces, starts, real, filter_name)
        self._unchanged = min(self._unchanged, real[0].start)
        self._replace_pieces(lo, hi, window)
        self.version += 1
        return new_edits

    def boundaries(self) -> list[int]:
        """Article boundaries marked so far, as sorted offsets into :attr:`text`."""
        return sorted({self.text_offset(n.pos) for n in self.notes if n.split})

    def _within_articles(self, changes: list[Change]) -> list[Change]:
        """Keep repairs inside one article: a boundary marked earlier must not end up
        inside an edit. A one-for-one repair is divided at the boundary; any other repair
        that spans one is left out (the text stays as it was)."""
        if not any(ch.text for ch in changes):
            return changes
        bounds = self.boundaries()
        if not bounds:
            return changes
        out: list[Change] = []
        for ch in changes:
            inside = [b for b in bounds[bisect.bisect_right(bounds, ch.start) :] if b < ch.end]
            if not ch.text or not inside:
                out.append(ch)
            elif ch.end - ch.start == len(ch.text):
                cuts = [ch.start, *inside, ch.end]
                for a, b in zip(cuts, cuts[1:]):
                    part = ch.text[a - ch.start : b - ch.start]
                    out.append(Change(a, b, part, ch.reason, ch.split and a == ch.start, ch.flag, ch.meta))
        return out

    def _refresh(self) -> None:
        texts = [p.text for p in self._pieces]
        self._starts = list(accumulate(map(len, texts), initial=0))
        self._starts.pop()
        self._raw_starts = [p.raw_start for p in self._pieces]
        self._text = "".join(texts)

    def _replace_pieces(self, lo: int, hi: int, window: list[_Piece]) -> None:
        """Put ``window`` in place of pieces ``lo:hi``: the text, piece starts and raw
        starts before ``lo`` stay as they are, those after ``hi`` shift by the change in
        length (a filter's changes usually fall in a small part of a long dump)."""
        old_text = self.text
        at = self._starts[lo] if lo < len(self._starts) else len(old_text)
        end = self._starts[hi] if hi < len(self._starts) else len(old_text)
        texts = [p.text for p in window]
        middle = "".join(texts)
        shift = at + len(middle) - end
        starts = list(accumulate(map(len, texts), initial=at))
        starts.pop()
        tail = self._starts[hi:]
        if shift:
            tail = [s + shift for s in tail]
        self._starts[lo:] = starts + tail
        self._raw_starts[lo:hi] = [p.raw_start for p in window]
        self._pieces[lo:hi] = window
        self._text = old_text[:at] + middle + old_text[end:]


def _inside_line(text: str, start: int, end: int) -> bool:
    """Is there text on both sides of ``[start, end)`` on the same line?"""
    i = start - 1
    while i >= 0 and start - i <= 64 and text[i] in " \t\u3000":
        i -= 1
    j = end
    while j < len(text) and j - end < 64 and text[j] in " \t\u3000":
        j += 1
    return i >= 0 and text[i] not in "\r\n" and j < len(text) and text[j] not in "\r\n"


def _splice_inside(
    pieces: list[_Piece], starts: list[int], changes: list[Change], filter_name: str
) -> tuple[list[_Piece], list[Edit]] | None:
    """:func:`_splice` for the usual batch, each change inside one copy piece (raw text
    no earlier edit touched; an insertion not at the piece's start): the same pieces and
    edits, with none of the general case's bookkeeping. None for any other batch."""
    out: list[_Piece] = []
    made: list[Edit] = []
    k = 0  # the next piece of ``pieces`` not passed on yet
    piece: _Piece | None = None  # the copy piece the last change fell in ...
    ps = lo = pe = 0  # ... its start, the start of what is left of it, its end
    for ch in changes:
        cs, ce = ch.start, ch.end
        if piece is not None and cs >= pe:
            out.append(_tail(piece, lo))
            piece = None
        if piece is None:
            j = bisect.bisect_right(starts, cs, k) - 1
            if j < k:
                return None
            piece = pieces[j]
            if piece.edit is not None:
                return None
            out.extend(pieces[k:j])
            k = j + 1
            ps, lo = starts[j], 0
            pe = ps + len(piece.text)
        if not ps + lo <= cs < pe or ce > pe or (cs == ce and cs == ps):
            return None
        raw = piece.raw_start - ps  # raw offset = text offset + raw
        if cs > ps + lo:
            out.append(_Piece(raw + ps + lo, raw + cs, piece.text[lo : cs - ps]))
        edit = Edit(raw + cs, raw + ce, ch.text, filter_name, ch.reason, ch.meta)
        made.append(edit)
        out.append(_Piece(edit.start, edit.end, edit.text, edit))
        lo = ce - ps
        if ce == pe:
            piece = None
    if piece is not None:
        out.append(_tail(piece, lo))
    out.extend(pieces[k:])
    return out, made


def _splice(
    pieces: list[_Piece], starts: list[int], changes: list[Change], filter_name: str
) -> tuple[list[_Piece], list[Edit]]:
    """Apply sorted, disjoint changes (current-text offsets) to a piece table.

    The pieces between two changes pass on a run at a time; only those a change touches
    are looked at one by one. A copy piece is split at a change's edges (each of its
    characters copied once, however many changes fall inside it), then a cut cuts each
    touched piece's share (earlier cuts keep their own reason), a repair becomes one edit
    over the union of their raw spans.
    """
    count = len(pieces)
    ends = starts[1:]
    if pieces:
        ends.append(starts[-1] + len(pieces[-1].text))
    out: list[_Piece] = []
    made: list[Edit] = []
    put_back: set[int] = set()  # edits made here whose tail the next change may reach
    taken_over: set[int] = set()  # ... and that it did reach (they are replaced)
    k = 0  # the next piece of ``pieces`` not passed on yet
    # what comes before ``pieces[k]``: the tail of a copy piece a change ended in (the
    # piece, its start, where the tail begins in it), or a repair put back (offset -1)
    rest: tuple[_Piece, int, int] | None = None
    for ch in changes:
        cs, ce = ch.start, ch.end
        # pieces wholly before the change stay (a zero-length one at its start too)
        if rest is not None and rest[1] + len(rest[0].text) <= cs:
            out.append(_tail(rest[0], rest[2]))
            rest = None
        if rest is None:
            j = bisect.bisect_right(ends, cs, k)
            if j > k:
                out.extend(pieces[k:j])
                k = j
            if k < count and starts[k] < cs and pieces[k].edit is None:
                rest = (pieces[k], starts[k], 0)
                k += 1
        if rest is not None and rest[2] >= 0 and rest[1] + rest[2] < cs:
            piece, ps, lo = rest  # a copy piece across the change's start: split it there
            cut = cs - ps
            out.append(_Piece(piece.raw_start + lo, piece.raw_start + cut, piece.text[lo:cut]))
            rest = (piece, ps, cut)
        # the pieces the change covers (a repair may reach past either edge)
        touched: list[tuple[_Piece, int]] = []
        while True:
            if rest is not None:
                piece, ps, lo = rest
                if lo < 0:  # a repair put back
                    if ps >= ce:
                        break
                    if id(piece.edit) in put_back:
                        taken_over.add(id(piece.edit))
                    rest = None
                    touched.append((piece, ps))
                    continue
                at = ps + lo
                if at >= ce:
                    break
                if ps + len(piece.text) > ce:  # the change ends inside: split there too
                    cut = ce - ps
                    touched.append((_Piece(piece.raw_start + lo, piece.raw_start + cut, piece.text[lo:cut]), at))
                    rest = (piece, ps, cut)
                    break
                touched.append((_tail(piece, lo), at))
                rest = None
            elif k < count and starts[k] < ce:
                piece, ps = pieces[k], starts[k]
                k += 1
                if piece.edit is None and ps + len(piece.text) > ce:
                    cut = ce - ps  # a copy piece across the change's end: split it there
                    touched.append((_Piece(piece.raw_start, piece.raw_start + cut, piece.text[:cut]), ps))
                    rest = (piece, ps, cut)
                    break
                touched.append((piece, ps))
            else:
                break
        if not touched:
            if out:
                raw_pos = out[-1].raw_end
            elif rest is not None:
                raw_pos = rest[0].raw_start + max(rest[2], 0)
            else:
                raw_pos = pieces[k].raw_start if k < count else 0
            edit = Edit(raw_pos, raw_pos, ch.text, filter_name, ch.reason, ch.meta)
            out.append(_Piece(raw_pos, raw_pos, ch.text, edit))
            made.append(edit)
            continue
        # a repair reaching past the change is put back for the next change; only the
        # last touched piece can be one, and ``rest`` is empty then
        last_piece = touched[-1][0]
        if ch.text == "":
            for piece, ps in touched:
                pe = ps + len(piece.text)
                lo = max(cs, ps) - ps
                hi = min(ce, pe) - ps
                if piece.edit is None:
                    edit = Edit(piece.raw_start, piece.raw_end, "", filter_name, ch.reason, ch.meta)
                elif len(piece.text) == 0:
                    out.append(piece)
                    continue
                elif lo == 0 and hi == len(piece.text):
                    edit = Edit(piece.raw_start, piece.raw_end, "", filter_name, ch.reason, ch.meta)
                else:
                    old = piece.edit
                    edit = Edit(
                        piece.raw_start,
                        piece.raw_end,
                        piece.text[:lo] + piece.text[hi:],
                        filter_name,
                        f"{ch.reason}; after {old.filter}: {old.reason}",
                        ch.meta,
                    )
                made.append(edit)
                new = _Piece(edit.start, edit.end, edit.text, edit)
                if piece is last_piece and edit.text and pe > ce:
                    rest = (new, pe - len(edit.text), -1)
                    put_back.add(id(edit))
                else:
                    out.append(new)
        else:
            first, fs = touched[0]
            last, ls = touched[-1]
            prefix = first.text[: max(0, cs - fs)] if first.edit is not None else ""
            suffix = last.text[ce - ls :] if last.edit is not None else ""
            reason = ch.reason
            older = [p.edit for p, _ in touched if p.edit is not None]
            if older:
                reason += "; after " + ", ".join(f"{e.filter}: {e.reason}" for e in older)
            edit = Edit(
                first.raw_start, last.raw_end, prefix + ch.text + suffix, filter_name, reason, ch.meta
            )
            made.append(edit)
            new = _Piece(edit.start, edit.end, edit.text, edit)
            last_end = ls + len(last.text)
            if edit.text and last_end > ce:
                rest = (new, last_end - len(edit.text), -1)
                put_back.add(id(edit))
            else:
                out.append(new)
    if rest is not None:
        out.append(_tail(rest[0], rest[2]))
    out.extend(pieces[k:])
    return out, [e for e in made if id(e) not in taken_over]


def _tail(piece: _Piece, lo: int) -> _Piece:
    """What is left of ``piece`` from offset ``lo`` (a repair put back, ``lo < 0``, whole)."""
    if lo <= 0:
        return piece
    return _Piece(piece.raw_start + lo, piece.raw_end, piece.text[lo:])
