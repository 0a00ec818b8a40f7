"""HTML remnants: tags, comments, script/style blocks, CDATA openers and entities.

Scrapers that keep a page's inner HTML leave markup inside the text: inline tags around
keyword links (``<span class='wp_keywordlink_affiliate'>英偉達</span>``), ``<br>``,
comments, entities (``&nbsp;``, ``&#8220;``). Sometimes the ``<`` itself was lost and
only ``span class='...'>`` is left. Tags are cut and their text kept; the inside of
``<script>``/``<style>`` goes with them; entities become their characters.

Only real markup is touched: a tag needs a known HTML element name and well-formed
attributes, and beautifulsoup4 must read the candidate as that element. Prose such as
``a<b``, ``<1nm``, ``(<1nm)`` or ``x < y > z`` is left alone.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterator
from functools import lru_cache

import regex
from bs4 import BeautifulSoup, Tag

from ..document import Change, Document
from ..pipeline import Filter, register

__all__ = ["Html"]

#: element names that appear in scraped article bodies
_ELEMENTS = (
    "a abbr article aside b big blockquote body br caption center cite code col colgroup dd "
    "del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 "
    "h6 head header hr html i iframe img input ins kbd label li link main mark meta nav "
    "noscript object ol option p param picture pre q s samp section select small source "
    "span strike strong sub summary sup table tbody td tfoot th thead time title tr tt u "
    "ul var video audio wbr mpvoice qqmusic"
).split()
_NAME = "(?:" + "|".join(sorted(_ELEMENTS, key=len, reverse=True)) + ")"
_ATTR = r"""[a-zA-Z_:][-a-zA-Z0-9_:.]{0,40}(?:\s{0,4}=\s{0,4}(?:"[^"<>\n]{0,2000}"|'[^'<>\n]{0,2000}'|[^\s"'<>=`]{1,500}))?"""
#: an opening, closing or empty tag with a known name and well-formed attributes
_TAG = regex.compile(
    rf"</{_NAME}\s{{0,4}}>|<{_NAME}(?:\s{{1,8}}{_ATTR}){{0,32}}\s{{0,4}}/?>", regex.IGNORECASE
)
#: a tag whose ``<`` was lost: name, at least one quoted attribute, ``>``
_HEADLESS = regex.compile(
    rf"(?<![<a-zA-Z0-9_/])(?:{_NAME})(?:\s{{1,8}}[a-zA-Z_:][-a-zA-Z0-9_:.]{{0,40}}\s{{0,4}}=\s{{0,4}}"
    rf"""(?:"[^"<>\n]{{0,2000}}"|'[^'<>\n]{{0,2000}}')){{1,32}}\s{{0,4}}/?>""",
    regex.IGNORECASE,
)
_BLOCK = regex.compile(
    r"<(script|style|noscript)(?:\s[^<>]{0,2000})?>.{0,100000}?</\1\s{0,4}>",
    regex.IGNORECASE | regex.DOTALL,
)
_COMMENT = regex.compile(r"<!--.{0,100000}?-->", regex.DOTALL)
_CDATA_OPEN = regex.compile(r"<!\[CDATA\[", regex.IGNORECASE)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};|nbsp(?![a-zA-Z0-9;]))")
_BARE = regex.compile(r"</?[a-zA-Z0-9]{1,16}\s")
#: escaped markup or entities, left escaped so that decoding them makes no new markup
_REMARKUP = regex.compile(r"&lt;[/!a-zA-Z]|&amp;(?:#?[a-zA-Z0-9]{1,31};|nbsp)", regex.IGNORECASE)
#: anything that could start one of the above: the fast path
_ANY = regex.compile(r"[<>&]")

#: entities whose character is a space of some kind become a plain space
_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u200a\u202f")


#: the element name at the start of a tag
_TAG_NAME = regex.compile(r"</?\s*([a-zA-Z0-9]+)")
#: a quoted attribute value; its content cannot change how the tag parses
_QUOTED = regex.compile(r""""[^"]*"|'[^']*'""")


def _is_element(candidate: str) -> bool:
    """beautifulsoup4 reads ``candidate`` as one element of that name."""
    if candidate.startswith("</"):
        return _TAG_NAME.match(candidate) is not None  # nothing to parse; its name is known
    # html.parser reads a quoted value whatever it holds, so tags that differ only there
    # (``<a href="/n/1.html">``, ``<a href="/n/2.html">``) share one parse
    return _parses_as_element(_QUOTED.sub(_empty_value, candidate) if "=" in candidate else candidate)


def _empty_value(m: regex.Match[str]) -> str:
    return m.group()[0] * 2


@lru_cache(maxsize=4096)
def _parses_as_element(candidate: str) -> bool:
    name = _TAG_NAME.match(candidate)
    if name is None:
        return False
    soup = BeautifulSoup(candidate, "html.parser")
    tag = soup.find()
    return isinstance(tag, Tag) and tag.name == name.group(1).lower()


def _entity(token: str) -> str | None:
    text = html.unescape(token if token.endswith(";") else token + ";")
    if text == token or text.endswith(";") and not token.endswith(";"):
        return None
    if text in _SPACES:
        return " "
    if any(ord(c) < 0x20 and c not in "\t\n" for c in text):
        return ""
    return text


@register
class Html(Filter):
    """Cut markup left in the text, keep what it wrapped, decode entities."""

    name = "html"
    description = "cut HTML tags, comments, script/style blocks (also tags that lost their <); decode entities"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        if _ANY.search(text) is None:
            return
        # earlier kinds win over later ones: each kind's matches are checked against the
        # spans accepted so far (sorted and disjoint, so bisection finds an overlap)
        spans = _Spans()
        spans.add_kind((m.start(), m.end(), "", "HTML comment") for m in _COMMENT.finditer(text))
        spans.add_kind(
            (m.start(), m.end(), "", f"HTML <{m.group(1).lower()}> block")
            for m in _BLOCK.finditer(text)
        )
        spans.add_kind((m.start(), m.end(), "", "CDATA opener") for m in _CDATA_OPEN.finditer(text))
        spans.add_kind(_tags(text))
        if ">" in text:
            spans.add_kind(
                (m.start(), m.end(), "", f"HTML tag that lost its '<': {_short(m.group())}")
                for m in _HEADLESS.finditer(text)
                if _is_element("<" + m.group())
            )
        if "&" in text:
            spans.add_kind(_entities(text))
        _breaks(text, spans.items)
        yield from spans.changes()


_Span = tuple[int, int, str, str]


class _Spans:
    """Disjoint accepted spans, kept sorted; candidates come one kind at a time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.items: list[_Span] = []

    def add_kind(self, found: Iterator[_Span]) -> None:
        """Accept a kind's matches (in text order, disjoint) that overlap no earlier span."""
        starts, ends = self.starts, self.ends
        new = []
        for span in found:
            i = bisect.bisect_left(starts, span[1])
            if i and ends[i - 1] > span[0]:
                continue
            new.append(span)
        if new:
            self.items = sorted(self.items + new)  # two sorted runs: a linear merge
            self.starts = [sp[0] for sp in self.items]
            self.ends = [sp[1] for sp in self.items]

    def changes(self) -> Iterator[Change]:
        for a, b, repl, reason in self.items:
            yield Change(a, b, repl, reason)


def _tags(text: str) -> Iterator[_Span]:
    for m in _TAG.finditer(text):
        reason = _tag_reason(m.group())
        if reason is not None:
            yield m.start(), m.end(), "", reason


@lru_cache(maxsize=4096)
def _tag_reason(tag: str) -> str | None:
    """Why a ``_TAG`` match is cut, or None: pages repeat the same few tags."""
    if _BARE.match(tag) and "=" not in tag:
        return None  # "<b and c>" in prose: attributes without a value are not markup
    if _is_element(tag):
        return f"HTML tag {_short(tag)}"
    return None


#: block elements: between two stretches of text on one line they stood for a line break
_BLOCKS = frozenset(
    "address article blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li ol p pre section table tbody td th thead tr ul".split()
)
_BLANK = " \t\u3000"


def _breaks(text: str, items: list[_Span]) -> None:
    """Make the first block tag of a run of markup between text on one line a line break:
    ``12亿元<br/>预计明年完工`` is two lines whose break was markup."""
    i = 0
    while i < len(items):
        j = i  # items[i:j+1]: markup with only blanks between
        while j + 1 < len(items) and not text[items[j][1] : items[j + 1][0]].strip(_BLANK):
            j += 1
        first = next((k for k in range(i, j + 1) if _block_tag(text[items[k][0] : items[k][1]])), None)
        if first is not None:
            before = text[: items[i][0]].rstrip(_BLANK)[-1:]
            after = text[items[j][1] :].lstrip(_BLANK)[:1]
            if before and before not in "\r\n" and after and after not in "\r\n":
                a, b, _, reason = items[first]
                items[first] = (a, b, "\n", reason + " (a line break)")
                _absorb_blanks(text, items, i, j)
        i = j + 1


def _absorb_blanks(text: str, items: list[_Span], i: int, j: int) -> None:
    """The blanks around and between markup that became a break go with it: no line
    should start or end with them."""
    a, b, repl, reason = items[i]
    a = len(text[:a].rstrip(_BLANK))
    items[i] = (a, b, repl, reason)
    for k in range(i, j + 1):
        a, b, repl, reason = items[k]
        nxt = items[k + 1][0] if k < j else len(text) - len(text[b:].lstrip(_BLANK))
        items[k] = (a, nxt, repl, reason)


def _block_tag(markup: str) -> bool:
    """Is this cut markup a block element's tag (``<br/>``, ``</p>``)?"""
    m = _TAG_NAME.match(markup)
    return m is not None and m.group(1).lower() in _BLOCKS


#: an entity escaped twice (``&amp;nbsp;``): decoded in one step, unless it is markup
_DOUBLE = regex.compile(
    r"&amp;(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};|nbsp(?![a-zA-Z0-9;]))",
    regex.IGNORECASE,
)


def _entities(text: str) -> Iterator[_Span]:
    for m in _ENTITY.finditer(text):
        if _REMARKUP.match(text, m.start()):
            d = _DOUBLE.match(text, m.start())
            inner = _entity("&" + d.group()[5:]) if d else None
            if d and inner and inner not in "<>&":
                yield m.start(), d.end(), inner, f"HTML entity escaped twice {d.group()}"
            continue  # &lt;b&gt; decoded would read as markup on the next pass
        repl = _entity(m.group())
        if repl is not None:
            yield m.start(), m.end(), repl, f"HTML entity {m.group()}"


def _short(tag: str) -> str:
    return tag if len(tag) <= 40 else tag[:37] + "..."
