"""From a cleaned document to articles.

Filters mark article boundaries (``Change(split=True)``) and attach metadata
(``Change(meta={...})``) while they cut; this module only reads those notes:

1. cut the current text at every boundary;
2. each stretch that still holds text is an article; its paragraphs are its non-blank
   lines; a stretch with nothing left (junk between two articles) is no article;
3. title, authors, site and date come from the metadata notes inside the stretch (and a
   source credit's, cut in the junk right after it, where the article names none);
4. the article's raw span runs from one boundary to the next, and its edits and flags
   are those inside that span.
"""

from __future__ import annotations

import bisect

from .article import Article
from .document import Document, Note

__all__ = ["build_articles"]

#: flags that concern the whole dump, not one article (set by the reader)
DUMP_WIDE = "dump"
#: the filter whose notes after an article's end still credit it (source credits)
_CREDITS = "chrome"


def build_articles(doc: Document) -> list[Article]:
    text = doc.text
    raw_len = len(doc.raw)
    cuts_raw = sorted({n.pos for n in doc.notes if n.split and 0 < n.pos < raw_len})
    bounds_raw = [0, *cuts_raw, raw_len]
    edits = doc.edits
    edit_starts = [e.start for e in edits]
    notes = sorted(doc.notes, key=lambda n: n.pos)
    note_pos = [n.pos for n in notes]
    dump_flags = [n.flag for n in doc.notes if n.flag and n.filter == DUMP_WIDE]

    articles: list[Article] = []
    for raw_start, raw_end in zip(bounds_raw, bounds_raw[1:]):
        cur_start = doc.text_offset(raw_start) if raw_start else 0
        cur_end = doc.text_offset(raw_end) if raw_end < raw_len else len(text)
        paragraphs = [p.strip() for p in text[cur_start:cur_end].split("\n")]
        paragraphs = [p for p in paragraphs if p]
        lo = bisect.bisect_left(note_pos, raw_start)
        hi = bisect.bisect_left(note_pos, raw_end) if raw_end < raw_len else len(notes)
        inside = notes[lo:hi]
        if not paragraphs:
            if articles:
                _apply_closing_credits(articles[-1], inside)
            continue
        art = Article(
            paragraphs=paragraphs,
            start=raw_start,
            end=raw_end,
            index=len(articles),
            source=doc.source,
            encoding=doc.encoding,
        )
        _apply_meta(art, inside)
        art.edits = []
        k = max(0, bisect.bisect_left(edit_starts, raw_start) - 1)
        while k < len(edits):  # walk by index: slicing would copy the list per article
            e = edits[k]
            k += 1
            if e.start >= raw_end and not (e.start == e.end == raw_end == raw_len):
                break
            if e.end > raw_start or (e.start == e.end and e.start >= raw_start):
                art.edits.append(e)
        flags = list(dump_flags)
        for n in inside:
            if n.flag and n.flag not in flags:
                flags.append(n.flag)
        art.flags = flags
        articles.append(art)
    return articles


def _apply_closing_credits(art: Article, notes: list[Note]) -> None:
    """A source credit cut after an article's end marker (``責任編輯：…`` / ``本文授權轉載自：
    數位時代``) still credits that article: its outlet and authors count where the article
    names none."""
    for n in notes:
        if n.filter != _CREDITS or not n.meta:
            continue
        if art.site is None and n.meta.get("site"):
            art.site = n.meta["site"]
        if not art.authors:
            art.authors.extend(n.meta.get("authors", ()))


def _apply_meta(art: Article, notes: list[Note]) -> None:
    """First value wins for title/site/published; authors accumulate in order."""
    for n in notes:
        if not n.meta:
            continue
        meta = n.meta
        if art.title is None and meta.get("title"):
            art.title = meta["title"]
        if art.site is None and meta.get("site"):
            art.site = meta["site"]
        if art.published is None and meta.get("published"):
            art.published = meta["published"]
        for name in meta.get("authors", ()):
            if name not in art.authors:
                art.authors.append(name)
