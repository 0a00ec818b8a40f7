"""Feed exports: a site's RSS 2.0, Atom or RSS 1.0 (RDF) feed saved instead of its pages.

A scraper that fetches a feed URL saves XML: a declaration, the root (``<rss>``,
``<feed xmlns="http://www.w3.org/2005/Atom">``, ``<rdf:RDF>``), the channel's own fields,
then one ``<item>``/``<entry>`` per story holding its title, link, date, author and the
story itself in ``<description>``/``<content>``, as CDATA-wrapped or entity-escaped HTML.
Read line by line, each CDATA marker looks like an article separator and every field
line like body text; read as a feed, each item is one article and its fields are its
metadata.

So where the whole dump is a feed export (it opens with the declaration or the root, and
holds an item), each item starts an article (a boundary at its open tag, which carries
the item's title, date, authors and the channel's outlet as metadata), and the XML
furniture is cut: the declaration, the root and channel tags, the channel's fields, each
item's field elements and the tags and CDATA markers around its content. The content's
text stays; the HTML inside it is the ``html`` filter's job. Nothing else is touched: a
page that merely holds ``<title>`` or ``]]>``, or a feed glued after a page, is left to the
other filters (where the dump does not open as a feed, where its XML starts and a page
ends is a guess). This runs first, before ``separators`` would read the CDATA markers.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_tz
from typing import Any, NamedTuple

from ..document import Change, Document
from ..pipeline import Filter, register

__all__ = ["Syndication", "is_feed_export"]

#: the head of a feed export: blanks (a BOM), the declaration and/or the root, with
#: processing instructions (a stylesheet) and comments between them
_HEAD = re.compile(
    r"[\ufeff\s]{0,200}+(?P<decl><\?xml[^<>]{0,500}\?>)?"
    r"(?:\s{0,200}+(?:<\?[^<>]{0,500}\?>|<!--.{0,2000}?-->)){0,8}+"
    r"\s{0,200}+(?:<(?P<root>rss|feed|rdf:RDF)(?=[\s>/])(?P<attrs>[^<>]{0,2000}+)>)?",
    re.DOTALL,
)
#: an item's (RSS) or entry's (Atom) open tag; ``<items>`` (RSS 1.0's table) is no item
_ITEM = re.compile(r"<(item|entry)(?=[\s>/])[^<>]{0,2000}>")
#: what marks an Atom root: its namespace (1.0 ``http://www.w3.org/2005/Atom``, 0.3
#: ``http://purl.org/atom/ns#``)
_ATOM_NS = re.compile(r"w3\.org/2005/atom|purl\.org/atom", re.IGNORECASE)
#: the root's close tags
_ROOT_CLOSES = ("</rss>", "</feed>", "</rdf:RDF>")

#: one XML token: a declaration or processing instruction, a comment's opener (its close
#: is found by ``str.find``: a lazy scan to it from each opener would not be linear), a
#: CDATA marker, or a tag (open, close or empty) with its attributes
_TOKEN = re.compile(
    r"<\?[^<>]{0,2000}\?>|<!--|<!\[CDATA\[|\]\]>"
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w:.-]{0,60}+)(?P<attrs>[^<>]{0,4000}+)>"
)
#: blanks between tokens (a byte-order mark too: the invisible filter cuts it)
_BLANKS = re.compile(r"[\ufeff\s]{0,10000}")

#: the elements whose text is the story: their tags and CDATA markers go, their text stays
_CONTENT = frozenset({"description", "content", "summary", "content:encoded"})
#: the full-text elements: where one holds text, a ``description``/``summary`` beside it is
#: only its excerpt, and goes whole
_FULL_TEXT = frozenset({"content", "content:encoded"})
#: where an item's date is, best first (an update time only where no publication time)
_DATE_TAGS = ("pubDate", "published", "dc:date", "issued", "updated", "modified", "dc:modified")
#: where an item's authors are
_AUTHOR_TAGS = frozenset({"author", "dc:creator"})

#: an ISO 8601 date or one written as Chinese feeds do (``2026-05-20 11:32:05``,
#: ``2026/05/20``): the local time shown, the zone after it dropped
_ISO = re.compile(r"\s{0,8}(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]{1,2}(\d{1,2}):(\d{2}))?")
#: an RSS author as an e-mail address with the name in brackets (``editor@x.com (张三)``)
_MAIL_NAME = re.compile(r"[^\s()（）@]{1,80}+@[^\s()（）]{1,120}+\s{0,4}+[(（]([^()（）]{1,40}+)[)）]")
#: what separates several authors in one field
_AUTHOR_SPLIT = re.compile(r"[、，,；;]")
#: markup inside a title (``type="html"``), once its entities are decoded
_MARKUP = re.compile(r"<[^<>]{0,500}>")
#: what ends an outlet's own name (``齐鲁网``, ``中央廣播電臺``, ``自由時報``, ``中央社``)
_OUTLET_ENDINGS = ("網", "网", "報", "报", "台", "臺", "社")
#: what also ends a section's name (``国内新闻``): an outlet's only as the title's first part
#: (``央视新闻``, ``澎湃新闻 - 时事``)
_SECTION_ENDINGS = ("新聞", "新闻", "週刊", "周刊", "雜誌", "杂志")
#: what splits a channel title into the outlet and its section: a dash, bar or underscore
_TITLE_PARTS = re.compile(r"\s{0,4}[-–—|｜_]\s{0,4}")
#: one part of a channel title naming an outlet: a Han name, a Latin brand before or after
#: it allowed (``Rti 中央廣播電臺``, ``中央社 CNA``)
_OUTLET = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9]{0,11}\s{1,2})?(?P<han>[\u3400-\u9fff]{2,10})(?:\s{1,2}[A-Za-z][A-Za-z0-9]{0,11}){0,3}"
)


class _Cut(NamedTuple):
    """A stretch of XML furniture to cut: ``what`` names it in the reason."""

    start: int
    end: int
    what: str


class _Element(NamedTuple):
    """One element: its name, the span of its tags and of what is between them."""

    name: str
    start: int
    inner_start: int
    inner_end: int
    end: int


def is_feed_export(text: str) -> tuple[int, int] | None:
    """Where the feed's head ends and its first item starts, where ``text`` is a feed export
    (its head opens the dump and it holds an item); None for anything else, cheaply."""
    if not text.startswith("<", _BLANKS.match(text, 0, 200).end()):
        return None  # most dumps: one look at their first character
    m = _HEAD.match(text)
    if m is None or (m["decl"] is None and m["root"] is None):
        return None
    if m["root"] == "feed" and not _ATOM_NS.search(m["attrs"]):
        return None  # a <feed> that is no Atom feed
    item = _ITEM.search(text, m.end())
    return (m.end(), item.start()) if item is not None else None


@register
class Syndication(Filter):
    """Read a feed export: an article per item, its fields as metadata, its XML cut."""

    name = "syndication"
    description = (
        "in an RSS/Atom/RDF feed export, split at each item, take its title, date and authors"
        " as metadata and cut the XML around its content"
    )
    needs_settled = False  # reads the dump's XML, not its settled lines

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        found = is_feed_export(text)
        if found is None:
            return
        cuts: list[_Cut] = []
        starts: dict[int, dict[str, Any]] = {}
        site = _site(text, 0, found[1])
        pos = 0  # where the furniture before the next item starts
        for a, inner, b in _items(text, found[1]):
            _furniture(text, pos, a, cuts)
            starts[a] = _item_meta(text, inner, b, site)
            cuts.append(_Cut(a, inner, f"<{_name_at(text, a)}>"))
            cuts.extend(_item_cuts(text, inner, b))
            pos = b
        end = _root_end(text, pos)
        _furniture(text, pos, end, cuts)
        yield from _changes(doc, sorted(cuts), starts)
        after = _BLANKS.match(text, end).end()
        if after < len(text):
            yield Change(after, after, "", "feed export ends: what follows is no part of it", split=True)


def _name_at(text: str, pos: int) -> str:
    """The element name of the tag at ``pos``."""
    m = _TOKEN.match(text, pos)
    return m["name"] if m is not None and m["name"] else "?"


def _furniture(text: str, pos: int, stop: int, cuts: list[_Cut]) -> int:
    """Cut the XML tokens and whole elements from ``pos`` up to ``stop`` or the first text
    that is no markup (left alone); where it stopped."""
    while True:
        pos = _BLANKS.match(text, pos, stop).end()
        if pos >= stop:
            return stop
        m = _TOKEN.match(text, pos, stop)
        if m is None or m["close"] and m["name"] in ("item", "entry"):
            return pos
        name = m["name"]
        end = m.end()
        if m.group() == "<!--":
            close = text.find("-->", end, stop)
            end = close + 3 if close >= 0 else stop
        elif name and not m["close"] and not m["attrs"].endswith("/"):
            close = text.find(f"</{name}>", end, stop)
            if close >= 0 and name not in ("channel", "rss", "feed", "rdf:RDF"):
                end = close + len(name) + 3  # a whole field element
        cuts.append(_Cut(pos, end, _label(m)))
        pos = end


def _label(m: re.Match[str]) -> str:
    """How a cut token is named in its reason."""
    g = m.group()
    if g.startswith("<?"):
        return "XML declaration" if g.startswith("<?xml ") or g == "<?xml?>" else "processing instruction"
    if g.startswith("<!--"):
        return "XML comment"
    if g in ("<![CDATA[", "]]>"):
        return "CDATA " + ("opener" if g == "<![CDATA[" else "closer")
    return f"<{'/' if m['close'] else ''}{m['name']}>"


def _items(text: str, pos: int) -> Iterator[tuple[int, int, int]]:
    """Each item as (start, end of its open tag, end of its close tag or of what it holds
    where the dump lost its close tag)."""
    m = _ITEM.search(text, pos)
    while m is not None:
        name = m.group(1)
        nxt = _ITEM.search(text, m.end())
        limit = nxt.start() if nxt is not None else len(text)
        close = text.find(f"</{name}>", m.end(), limit)
        yield m.start(), m.end(), close + len(name) + 3 if close >= 0 else limit
        m = nxt


def _children(text: str, pos: int, stop: int) -> Iterator[_Element]:
    """The elements directly inside ``text[pos:stop]`` (an item), skipping any text."""
    while pos < stop:
        lt = text.find("<", pos, stop)
        if lt < 0:
            return
        m = _TOKEN.match(text, lt, stop)
        if m is None or not m["name"] or m["close"]:
            pos = m.end() if m is not None else lt + 1
            if m is not None and m["close"]:
                yield _Element("/" + m["name"], lt, m.end(), m.end(), m.end())
            continue
        name = m["name"]
        if m["attrs"].endswith("/"):
            yield _Element(name, lt, m.end(), m.end(), m.end())
            pos = m.end()
            continue
        inner = m.end()
        after = _BLANKS.match(text, inner, stop).end()
        # a CDATA section may hold anything, even the element's close tag
        search_from = text.find("]]>", after, stop) if text.startswith("<![CDATA[", after) else inner
        close = text.find(f"</{name}>", max(search_from, inner), stop)
        if close < 0:
            yield _Element(name, lt, inner, inner, inner)  # an open tag alone
            pos = inner
            continue
        yield _Element(name, lt, inner, close, close + len(name) + 3)
        pos = close + len(name) + 3


def _item_cuts(text: str, pos: int, stop: int) -> Iterator[_Cut]:
    """The furniture inside one item: whole field elements, the content's tags and CDATA
    markers, and an excerpt beside the full text."""
    elements = list(_children(text, pos, stop))
    full = any(e.name in _FULL_TEXT and _value(text, e) for e in elements)
    for e in elements:
        if e.name.startswith("/"):
            yield _Cut(e.start, e.end, f"<{e.name}>")
        elif e.name not in _CONTENT or (full and e.name not in _FULL_TEXT):
            what = f"<{e.name}> (an excerpt of the full text)" if e.name in _CONTENT else f"<{e.name}>"
            yield _Cut(e.start, e.end, what)
        else:
            yield from _content_cuts(text, e)


def _content_cuts(text: str, e: _Element) -> Iterator[_Cut]:
    """A content element's tags and the CDATA markers just inside them."""
    yield _Cut(e.start, e.inner_start, f"<{e.name}>")
    after = _BLANKS.match(text, e.inner_start, e.inner_end).end()
    if text.startswith("<![CDATA[", after):
        closer = text.rfind("]]>", after, e.inner_end)
        if closer >= 0 and not text[closer + 3 : e.inner_end].strip():
            yield _Cut(after, after + 9, "CDATA opener")
            yield _Cut(closer, closer + 3, "CDATA closer")
    if e.end > e.inner_end:
        yield _Cut(e.inner_end, e.end, f"</{e.name}>")


def _value(text: str, e: _Element) -> str:
    """An element's text: CDATA unwrapped, entities decoded, markup and blanks dropped."""
    inner = text[e.inner_start : e.inner_end].strip()
    if inner.startswith("<![CDATA[") and inner.endswith("]]>"):
        inner = inner[9:-3]  # literal text, or HTML
    elif "&" in inner:
        inner = html.unescape(inner)  # XML-escaped text, or HTML
    inner = _MARKUP.sub(" ", inner)
    return " ".join((html.unescape(inner) if "&" in inner else inner).split())


def _item_meta(text: str, pos: int, stop: int, site: str | None) -> dict[str, Any]:
    """An item's title, date and authors, and the channel's outlet."""
    meta: dict[str, Any] = {}
    fields: dict[str, _Element] = {}
    authors: list[str] = []
    for e in _children(text, pos, stop):
        fields.setdefault(e.name, e)
        if e.name in _AUTHOR_TAGS:
            authors.extend(a for a in _authors(text, e) if a not in authors)
    title = _value(text, fields["title"]) if "title" in fields else ""
    if title:
        meta["title"] = title
    for tag in _DATE_TAGS:
        when = _date(_value(text, fields[tag])) if tag in fields else None
        if when:
            meta["published"] = when
            break
    if authors:
        meta["authors"] = authors
    if site:
        meta["site"] = site
    return meta


def _authors(text: str, e: _Element) -> list[str]:
    """The names an author element gives: its ``<name>`` (Atom) or its text; an e-mail
    address gives the name in brackets after it, or none."""
    value = _value(text, e)
    inner = text[e.inner_start : e.inner_end]
    name = inner.find("<name>")
    if name >= 0:
        close = inner.find("</name>", name)
        at = e.inner_start + name + 6
        value = _value(text, _Element("name", 0, at, e.inner_start + close, 0)) if close > 0 else ""
    if "@" in value:
        m = _MAIL_NAME.fullmatch(value.strip())
        value = m.group(1) if m is not None else ""
    return [a.strip() for a in _AUTHOR_SPLIT.split(value) if a.strip()]


def _date(value: str) -> str | None:
    """A feed date (ISO 8601 or RFC 822) as the pipeline writes dates: ``2026-05-20`` or
    ``2026-05-20T11:32``, the local time shown, the zone dropped."""
    m = _ISO.match(value)
    if m is not None:
        parts = [int(g) for g in m.groups() if g is not None]
    else:
        got = parsedate_tz(value)
        if got is None:
            return None
        parts = list(got[:5])
        if "T" not in value and ":" not in value:
            parts = parts[:3]
    y, mo, d = parts[:3]
    try:
        date(y, mo, d)
    except ValueError:
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if len(parts) == 5:
        h, mi = parts[3:]
        if h > 23 or mi > 59:
            return out
        out += f"T{h:02d}:{mi:02d}"
    return out


def _site(text: str, pos: int, stop: int) -> str | None:
    """The outlet the channel's title names (``齐鲁网-山东新闻`` -> ``齐鲁网``, ``Rti 中央廣播電臺
    - 即時新聞`` -> ``中央廣播電臺``, ``国内新闻 - 新浪网`` -> ``新浪网``); None where no part of it
    is an outlet's name."""
    at = text.find("<title", pos, stop)
    title = next(iter(_children(text, at, stop)), None) if at >= 0 else None
    if title is None or title.name != "title":
        return None
    names = [m["han"] if (m := _OUTLET.fullmatch(p)) else "" for p in _TITLE_PARTS.split(_value(text, title))]
    for name in names:
        if name.endswith(_OUTLET_ENDINGS):
            return name
    return names[0] if names[0].endswith(_SECTION_ENDINGS) else None


def _changes(doc: Document, cuts: list[_Cut], starts: dict[int, dict[str, Any]]) -> Iterator[Change]:
    """The cuts as changes, line by line: a line left blank goes whole, with its break;
    an item's start splits and carries the item's metadata."""
    lines = doc.lines()
    text = doc.text
    pieces: dict[int, list[_Cut]] = {}
    for c in cuts:  # a cut over several lines cut on each
        first, last = doc.line_indexes_of((c.start, max(c.start, c.end - 1)))
        for i in range(first, last + 1):
            ln = lines[i]
            a, b = max(c.start, ln.start), min(c.end, ln.next)
            if a < b:
                pieces.setdefault(i, []).append(_Cut(a, b, c.what))
    for i, found in sorted(pieces.items()):
        ln = lines[i]
        kept = "".join(text[a:b] for a, b in _gaps(ln.start, ln.next, found))
        groups = [[ln.start, ln.next, found]] if not kept.strip() else _clusters(text, found)
        for a, b, group in groups:
            meta = next((starts[c.start] for c in group if c.start in starts), None)
            what = ", ".join(dict.fromkeys(c.what for c in group))
            if a == ln.start and b == ln.next:
                what += " line"
            if meta is not None:
                what += "; an item starts"
            yield Change(a, b, "", f"feed export: {what}", split=meta is not None, meta=meta or None)


def _gaps(start: int, end: int, cuts: list[_Cut]) -> Iterator[tuple[int, int]]:
    """The stretches of ``[start, end)`` no cut covers."""
    for c in cuts:
        if c.start > start:
            yield start, c.start
        start = max(start, c.end)
    if start < end:
        yield start, end


def _clusters(text: str, cuts: list[_Cut]) -> list[list[Any]]:
    """Cuts on one line with only blanks between them, as one cut each."""
    out: list[list[Any]] = []
    for c in cuts:
        if out and not text[out[-1][1] : c.start].strip():
            out[-1][1] = c.end
            out[-1][2].append(c)
        else:
            out.append([c.start, c.end, [c]])
    return out


def _root_end(text: str, pos: int) -> int:
    """Where the root's close tag after ``pos`` ends (the end of the dump where it lost it)."""
    found = [p + len(t) for t in _ROOT_CLOSES if (p := text.find(t, pos)) >= 0]
    return min(found) if found else len(text)
