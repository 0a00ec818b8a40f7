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
#: an XHTML empty element (``<br />``, ``<hr />``): its slash makes it markup, not "<b and c>"
_XHTML_EMPTY = regex.compile(r"<[a-zA-Z0-9]{1,16}\s{1,4}/>")
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
    needs_settled = False  # reads markup, not lines: it needs no settled text

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
            spans.add_kind(_escaped_lines(text))
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
    if _BARE.match(tag) and "=" not in tag and not _XHTML_EMPTY.fullmatch(tag):
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
    """Is this cut markup a block element's tag (``<br/>``, ``</p>``, ``&lt;/p&gt;``)?"""
    if markup[:4].lower() == "&lt;":
        markup = "<" + markup[4:]
    m = _TAG_NAME.match(markup)
    return m is not None and m.group(1).lower() in _BLOCKS


#: an entity escaped twice (``&amp;nbsp;``): decoded in one step, unless it is markup
_DOUBLE = regex.compile(
    r"&amp;(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};|nbsp(?![a-zA-Z0-9;]))",
    regex.IGNORECASE,
)


#: a tag escaped once more than the text around it (``&lt;p class=&quot;a&quot;&gt;``)
_ESCAPED_TAG = regex.compile(
    r"&lt;(/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:[\s/](?:[^&<>\n]|&(?!gt;|lt;)){0,500}?)?)&gt;", regex.IGNORECASE
)
_LINE_BLANKS = " \t\u3000\r"


def _escaped_lines(text: str) -> Iterator[_Span]:
    """Tags escaped twice on a line they wrap (``&lt;p&gt;（责编：鱼儿）&lt;/p&gt;``): a CMS
    escaped its markup before a mirror copied it. Decoded, they would be markup a second
    pass cuts; cut now, their text kept. Prose about markup (``&lt;b&gt;粗体&lt;/b&gt; 是…``)
    has text outside its tags and is left alone."""
    line_end = -1
    found: list[regex.Match[str]] = []
    for m in _ESCAPED_TAG.finditer(text):
        if m.start() > line_end:  # a new line: judge the one before
            yield from _wrapping(text, found)
            found = []
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
        found.append(m)
    yield from _wrapping(text, found)


def _wrapping(text: str, found: list[regex.Match[str]]) -> Iterator[_Span]:
    """The escaped tags ``found`` on one line, when they open and close it and each reads
    as a known element once unescaped."""
    if not found:
        return
    start = text.rfind("\n", 0, found[0].start()) + 1
    end = text.find("\n", found[-1].end())
    end = len(text) if end < 0 else end
    if text[start : found[0].start()].strip(_LINE_BLANKS) or text[found[-1].end() : end].strip(_LINE_BLANKS):
        return
    for m in found:
        if _escaped_reason(m.group(1)) is None:
            return
    for m in found:
        yield m.start(), m.end(), "", f"HTML tag escaped twice {_short(m.group())}"


@lru_cache(maxsize=1024)
def _escaped_reason(inner: str) -> str | None:
    tag = "<" + html.unescape(inner) + ">"
    return _tag_reason(tag) if _TAG.fullmatch(tag) else None


def _entities(text: str) -> Iterator[_Span]:
    for m in _ENTITY.finditer(text):
        if _REMARKUP.match(text, m.start()):
            d = _DOUBLE.match(text, m.start())
            inner = _entity("&" + d.group()[5:]) if d else None
            if d and inner and inner not in "<>&":
                inner = _space_in_han(text, m.start(), d.end(), inner)
                yield m.start(), d.end(), inner, f"HTML entity escaped twice {d.group()}"
            continue  # &lt;b&gt; decoded would read as markup on the next pass
        repl = _entity(m.group())
        if repl is not None:
            repl = _space_in_han(text, m.start(), m.end(), repl)
            yield m.start(), m.end(), repl, f"HTML entity {m.group()}"


#: fullwidth marks that close a clause or a quotation: Chinese sets no space before them
_CJK_CLOSING = frozenset("，。、；：！？）」』”’》】〉")
#: fullwidth marks that open a quotation or an aside: Chinese sets no space after them
_CJK_OPENING = frozenset("（「『“‘《【〈")
_HAN_CHAR = regex.compile(r"\p{Han}")
#: a byline's title: "记者&nbsp;王希" parts title from name, as bylines print it
_BYLINE_TITLE = regex.compile(r"(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|摄影|攝影|作者|主编|主編)\Z")


def _space_in_han(text: str, a: int, b: int, repl: str) -> str:
    """A space entity inside Chinese prose becomes nothing, not a space: an editor's
    ``&nbsp;`` before a closing mark (``安全警告&nbsp;。``), after an opening one, or
    alone between two Han characters of a sentence (``展示&nbsp;電動巴士``), where Chinese
    sets no space. Between a byline's title and a name, beside Latin letters or digits,
    in a run of spaces or on a line with no sentence mark it is a space."""
    if repl != " " or a == 0 or b >= len(text):
        return repl
    left, right = text[a - 1], text[b]
    han_left, han_right = _HAN_CHAR.match(left) is not None, _HAN_CHAR.match(right) is not None
    if right in _CJK_CLOSING and (han_left or left in _CJK_CLOSING or left in _CJK_OPENING):
        return ""
    if left in _CJK_OPENING and (han_right or right in _CJK_OPENING):
        return ""
    if not (han_left and han_right) or _BYLINE_TITLE.search(text, max(0, a - 3), a):
        return repl
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line = text[start : len(text) if end < 0 else end]
    return "" if "，" in line or "。" in line else repl


def _short(tag: str) -> str:
    return tag if len(tag) <= 40 else tag[:37] + "..."
