"""Explicit article separators: CDATA remains, form feeds and rule lines.

RSS and XML exports glue their items together with ``<![CDATA[`` / ``]]>``; print
exports put a form feed between pages; plain-text archives draw a rule (``-----``,
``=====``, ``*****``) between stories. Each of these is cut and marks an article
boundary. A separator that only closes the dump leaves an empty stretch after it, which
the article builder drops, so it costs nothing to mark it too.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..lines import lines
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


@register
class Separators(Filter):
    """Cut explicit separators between articles and mark a boundary at each."""

    name = "separators"
    description = "cut article separators (]]> / <![CDATA[, form feeds, ----- rules) and split there"

    def find(self, doc: Document) -> Iterator[Change]:
        for line in lines(doc.text):
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
    pos = text.find(_FORM_FEED)
    while pos != -1:
        if not any(a <= pos < b for a, b, _ in spans) and _page_break(text, pos):
            spans.append((pos, pos + 1, "form feed"))
        pos = text.find(_FORM_FEED, pos + 1)
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for a, b, r in spans:
        if merged and a <= merged[-1][1]:
            pa, pb, pr = merged[-1]
            merged[-1] = (pa, max(pb, b), pr if pr == r else f"{pr}, {r}")
        else:
            merged.append((a, b, r))
    return merged


def _page_break(text: str, pos: int) -> bool:
    """A form feed between text (or at a line's edge), not one inside control-byte noise."""
    before = text[:pos].rstrip(" \t\u3000\f")
    after = text[pos + 1 :].lstrip(" \t\u3000\f")
    return (not before or before[-1].isprintable()) and (not after or after[0].isprintable())
