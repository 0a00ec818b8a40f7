"""Explicit article separators: CDATA remains, form feeds and rule lines.

RSS and XML exports glue their items together with ``<![CDATA[`` / ``]]>``; print
exports put a form feed between pages; plain-text archives draw a rule (``-----``,
``=====``, ``*****``) between stories. Each of these is cut and marks an article
boundary. A separator that only closes the dump leaves an empty stretch after it, which
the article builder drops, so it costs nothing to mark it too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from ..document import Document
from ..pipeline import Filter, register

__all__ = ["Separators"]

#: CDATA openers and closers, with the blanks around them on their line
_CDATA = regex.compile(r"[ \t\u3000]{0,16}(?:<!\[CDATA\[|\]\]>)[ \t\u3000]{0,16}", regex.IGNORECASE)

#: a line made of one rule character repeated (spaces around allowed): ----- ===== *****
_RULE = regex.compile(
    r"[ \t\u3000]{0,16}(?:-{5,200}|={5,200}|\*{5,200}|_{5,200}|~{5,200}|#{5,200}"
    r"|—{5,200}|─{5,200}|━{5,200}|═{5,200}|＝{5,200}|－{5,200}|＊{5,200})[ \t\u3000]{0,16}"
)

_FORM_FEED = "\f"
#: blanks around a form feed
_BLANKS = " \t\u3000\f"
_BLANK_RUN = regex.compile(r"[ \t\u3000\f]*+")
#: what any separator holds: texts without it are left alone at once
_ANY = regex.compile(
    r"<!\[CDATA\[|\]\]>|\f|-{5}|={5}|\*{5}|_{5}|~{5}|#{5}|—{5}|─{5}|━{5}|═{5}|＝{5}|－{5}|＊{5}",
    regex.IGNORECASE,
)


#: what each separator holds, as plain literals: one ``re`` alternation of them scans a
#: text once, where a substring test per probe would scan it once per probe
_PROBES = ("\f", "]]>", "<![", *(c * 5 for c in "-=*_~#—─━═＝－＊"))
_PROBE = re.compile("|".join(map(re.escape, _PROBES)))


@register
class Separators(Filter):
    """Cut explicit separators between articles and mark a boundary at each."""

    name = "separators"
    description = "cut article separators (]]> / <![CDATA[, form feeds, ----- rules) and split there"

    def find(self, doc: Document) -> Iterator[Change]:
        probes = [m.start() for m in _PROBE.finditer(doc.text)]
        if not probes or _ANY.search(doc.text) is None:
            return  # a quick no for most dumps
        # only a line holding a separator's probe can hold a separator
        all_lines = doc.lines()
        for i in sorted(set(doc.line_indexes_of(probes))):
            line = all_lines[i]
            text = line.text
            if _RULE.fullmatch(text):
                yield line.cut(f"separator: rule line {text.strip()[:8]}", split=True)
                continue
            spans = _separator_spans(text)
            if not spans:
                continue
            covered = sum(b - a for a, b, _ in spans)
            if covered == len(text):
                what = ", ".join(dict.fromkeys(r for _, _, r in spans))
                yield line.cut(f"separator: {what}", split=True)
                continue
            for a, b, reason in spans:
                yield line.cut_span(a, b, f"separator: {reason}", split=True)


def _separator_spans(text: str) -> list[tuple[int, int, str]]:
    """CDATA markers and form feeds on one line, as (start, end, reason), in order."""
    spans: list[tuple[int, int, str]] = []
    for m in _CDATA.finditer(text):
        marker = m.group().strip(" \t\u3000")
        spans.append((m.start(), m.end(), "RSS CDATA " + ("closer" if marker == "]]>" else "opener")))
    if _FORM_FEED in text:
        spans.extend(_form_feeds(text, spans))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for a, b, r in spans:
        if merged and a <= merged[-1][1]:
            pa, pb, pr = merged[-1]
            merged[-1] = (pa, max(pb, b), pr if pr == r else f"{pr}, {r}")
        else:
            merged.append((a, b, r))
    return merged


def _noise(ch: str) -> bool:
    """A control character: binary noise, not text. C1 controls (U+0080–U+009F) are
    cp1252 punctuation decoded as Latin-1 (the mojibake filter repairs them), so text."""
    return not ch.isprintable() and not "\x80" <= ch <= "\x9f"


def _form_feeds(text: str, cdata: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Form feeds between text (or at a line's edge), not inside control-byte noise.

    What counts is the character on each side of the blank run holding the form feed,
    so each run is looked at once, whatever its length.
    """
    starts = [a for a, _, _ in cdata]
    done = 0  # end of the last run looked at: no run starts before it
    pos = text.find(_FORM_FEED)
    while pos != -1:
        lo = done + len(text[done:pos].rstrip(_BLANKS))
        hi = _BLANK_RUN.match(text, pos).end()
        done = hi
        if (lo and _noise(text[lo - 1])) or (hi < len(text) and _noise(text[hi])):
            pos = text.find(_FORM_FEED, hi)
            continue
        while pos != -1:
            i = bisect.bisect_right(starts, pos) - 1
            if i < 0 or pos >= cdata[i][1]:  # not inside a CDATA marker's span
                yield pos, pos + 1, "form feed"
            pos = text.find(_FORM_FEED, pos + 1, hi)
        pos = text.find(_FORM_FEED, hi)
