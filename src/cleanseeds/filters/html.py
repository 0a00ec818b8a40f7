"""HTML remnants: tags, comments, script/style blocks, CDATA openers and entities.

Scrapers that keep a page's inner HTML leave markup inside the text: inline tags around
keyword links (``<span class='wp_keywordlink_affiliate'>英偉達</span>``), ``<br>``,
comments, entities (``&nbsp;``, ``&#8220;``). Sometimes the ``<`` itself was lost and
only ``span class='...'>`` is left. Tags are cut and their text kept; the inside of
``<script>``/``<style>`` goes with them; entities become their characters.

Only real markup is touched: a tag needs a known HTML element name and well-formed
attributes, and beautifulsoup4 must read the candidate as that element. Prose such as
``a<b``, ``<1nm``, ``(<1nm)`` or ``x < y > z`` is left alone.

Markup an article shows is content, not a remnant: a tag the sentence talks about
(``段落要用<p>標籤包起來``, ``“<br>”``, in backticks) and the lines of a listing after a
line that introduces code (``index.html的内容如下：``).
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

__all__ = ["HEADLINE_REASON", "Html"]

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
        if spans.items:
            spans.items = _remnants(text, spans.items)
        _breaks(text, spans.items)
        yield from spans.changes()
        yield from _headlines(text, spans.items)


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


#: words that name the markup before them as a thing the sentence talks about
_LABEL = regex.compile(
    r"[ \t]{0,2}(?:这样的|這樣的|这种|這種|这个|這個|等等|等)?[ \t]{0,2}"
    r"(?:标签|標籤|标记|標記|元素|[Tt][Aa][Gg][Ss]?(?![a-zA-Z])|[Ee]lements?(?![a-zA-Z]))"
)
#: what joins tags listed together: ``<p>、<div>等標籤``, ``<b> 和 </b>``
_LIST_JOIN = regex.compile(r"[ \t]{0,2}(?:[、，,/]|以及|和|与|與|或|及|跟)[ \t]{0,2}")
#: quotation marks that open and close around a quoted tag, by their opener
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉"}
#: marks that open and close alike: their count on the line tells an opener
_SAME_QUOTES = frozenset("\"'`")
#: entities (escaped once or twice) that decode to a mark that opens and closes alike
_QUOTE_ENTITY = {
    '"': regex.compile(r"&(?:amp;)?(?:quot|#0{0,4}34|#[xX]0{0,4}22);", regex.IGNORECASE),
    "'": regex.compile(r"&(?:amp;)?(?:apos|#0{0,4}39|#[xX]0{0,4}27);", regex.IGNORECASE),
    "`": regex.compile(r"&(?:amp;)?(?:grave|#0{0,4}96|#[xX]0{0,4}60);", regex.IGNORECASE),
}
#: where a paragraph's markup stands: a line start, a sentence's end, other markup
_SENTENCE_END = frozenset("。！？!?；;")
#: what introduces a listing: a line naming code or markup, ending in a colon
_CODE_CUE = regex.compile(r"代码|代碼|程式碼|程序码|程序碼|源码|源碼|原始碼|示例|範例|范例|html|xml|css", regex.IGNORECASE)
#: the blanks that indent a line of a listing (an ideographic space indents prose)
_INDENT = " \t"
_HAN_OR_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _remnants(text: str, items: list[_Span]) -> list[_Span]:
    """The spans that are a page's leftovers: markup the article shows, in a listing
    or as the subject of a sentence, is its content."""
    listings = _listings(text) if "\n" in text else []
    kept: list[_Span] = []
    talked: set[int] = set()  # starts of tags the sentence names, for lists of tags
    ends = [span[1] for span in items]
    for span in reversed(items):
        if _in_listing(listings, span[0]) or _shown(text, span, ends, talked):
            continue
        kept.append(span)
    kept.reverse()
    return kept


def _shown(text: str, span: _Span, ends: list[int], talked: set[int]) -> bool:
    """Is this markup quoted, in backticks, or named as a tag by the words after it?"""
    a, b = span[0], span[1]
    if text[a] != "<":
        return False  # entities and tags that lost their "<" are never a sentence's topic
    if _quoted(text, a, b):
        return True
    if "=" in text[a:b] or not _TAG.fullmatch(text, a, b):
        return False  # a tag with attributes, a comment, a script block: page markup
    after = _skip_closers(text, b)
    label = _LABEL.match(text, after)
    if label is not None and _names_tag(text, a, label, ends):
        talked.add(a)
        return True
    join = _LIST_JOIN.match(text, after)
    if join is not None and _skip_openers(text, join.end()) in talked:
        talked.add(a)
        return True
    return False


def _names_tag(text: str, a: int, label: regex.Match[str], ends: list[int]) -> bool:
    """The label word names the tag unless it heads a "标签：" line of the page, or the tag
    stands where a paragraph's markup stands: glued after a sentence's end or after other
    markup (``。<p>標籤與分類``), or at a line's start before a word (``<p>元素周期表``)."""
    nxt = text[label.end() : label.end() + 1]
    latin = label.group()[-1].isascii()
    if not nxt or nxt in "：:\r\n" or not latin and nxt in _BLANK:
        return False
    at = len(text[: _skip_back_openers(text, a)].rstrip(_BLANK))
    before = text[at - 1 : at]
    if before == ">" or before in _SENTENCE_END and before or _span_ends_in(ends, at, a):
        return False  # markup before it, cut or not, makes a run of markup
    return bool(before) and before not in "\r\n" or not label.group().endswith("元素")


def _span_ends_in(ends: list[int], a: int, b: int) -> bool:
    """Does some markup end in ``[a, b)``? ``ends`` is sorted."""
    i = bisect.bisect_left(ends, a)
    return i < len(ends) and ends[i] < b


def _quoted(text: str, a: int, b: int) -> bool:
    """Markup right inside a pair of quotes (``“<p>”``) or anywhere in a backtick span."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    ticks = text.count("`", line_start, a)
    if ticks % 2 == 1 and text.find("`", b, line_end) >= 0:
        return True
    if a == line_start or b >= line_end:
        return False
    opener, closer = text[a - 1], text[b]
    if opener in _QUOTE_PAIRS:
        return _QUOTE_PAIRS[opener] == closer
    if opener not in _SAME_QUOTES or closer != opener:
        return False
    # an entity before it that decodes to the same mark counts: the next pass sees it
    entities = len(_QUOTE_ENTITY[opener].findall(text, line_start, a))
    return (text.count(opener, line_start, a) + entities) % 2 == 1


def _skip_closers(text: str, i: int) -> int:
    while i < len(text) and (text[i] in _SAME_QUOTES or text[i] in "”’」』》〉"):
        i += 1
    return i


def _skip_openers(text: str, i: int) -> int:
    while i < len(text) and (text[i] in _SAME_QUOTES or text[i] in _QUOTE_PAIRS):
        i += 1
    return i


def _skip_back_openers(text: str, i: int) -> int:
    while i > 0 and (text[i - 1] in _SAME_QUOTES or text[i - 1] in _QUOTE_PAIRS):
        i -= 1
    return i


def _listings(text: str) -> list[tuple[int, int]]:
    """The listings an article shows: the lines after one that introduces code (ends in
    a colon and names code, HTML or an example; or is a short heading naming them) while
    they read as code (indented, opening with markup, or without Chinese).

    Only a line that names code can introduce a listing, and no cue word holds a line
    break: one scan for the cue words finds every line worth asking."""
    found: list[tuple[int, int]] = []
    pos = 0  # where the next line that may introduce a listing starts
    for cue in _CODE_CUE.finditer(text):
        if cue.start() < pos:
            continue
        start = text.rfind("\n", 0, cue.start()) + 1
        nl = text.find("\n", cue.end())
        if nl < 0:
            break  # the last line: no line follows it
        pos = nl + 1
        if not _introduces_code(text[start:nl]):
            continue
        end = start
        while pos <= len(text):
            nl = text.find("\n", pos)
            line_end = nl if nl >= 0 else len(text)
            if not _code_line(text[pos:line_end]):
                break
            end = line_end
            pos = line_end + 1
        if end > start:
            found.append((start, end))
    return found


def _introduces_code(line: str) -> bool:
    stripped = line.strip(_BLANK + "\r")
    if not stripped or _CODE_CUE.search(stripped) is None:
        return False
    if stripped[-1] in "：:":
        return True
    # a heading such as "範例程式" or "示例代码" has no sentence marks
    return len(stripped) <= 12 and not any(c in "，。！？；,.!?;<>" for c in stripped)


def _code_line(line: str) -> bool:
    body = line.strip(_BLANK + "\r")
    if not body:
        return True
    if line[0] in _INDENT or body[0] == "<":
        return True
    return _HAN_OR_KANA.search(body) is None


def _in_listing(listings: list[tuple[int, int]], at: int) -> bool:
    """Listings are sorted and disjoint: the last one starting at or before ``at``."""
    i = bisect.bisect_right(listings, at, key=lambda listing: listing[0]) - 1
    return i >= 0 and listings[i][0] <= at < listings[i][1]


#: the note on a headline's first character that its heading markup was cut around it
HEADLINE_REASON = "HTML headline"


def _headlines(text: str, items: list[_Span]) -> Iterator[Change]:
    """Mark the headline a page's ``<h1>`` (or its one ``<h2>``, where it has no ``<h1>``)
    wrapped: the tag says which line is the title, a thing the lines above it in the head
    (the site's banner, its slogan) cannot say. A zero-length note with meta
    ``{"headline": text}`` at the headline's first character; the metadata filter reads it."""
    pairs = _heading_pairs(text, items, "h1")
    if not pairs and not any(_heading_name(text[a:b]) == (False, "h1") for a, b, _, _ in items):
        pairs = _heading_pairs(text, items, "h2")
        if len(pairs) != 1:
            return  # h2 heads a page's sections too: only a lone one is its title
    for at, inner in pairs:
        yield Change(at, at, "", HEADLINE_REASON, meta={"headline": inner})


def _heading_pairs(text: str, items: list[_Span], name: str) -> list[tuple[int, str]]:
    """Where the text of each cut ``<name>…</name>`` pair starts and what it reads, for a
    pair around one line's words (blank lines may part the tags from them; inline markup
    inside is cut and ignored)."""
    found: list[tuple[int, str]] = []
    opened: int | None = None  # the index in ``items`` of the open tag
    for k, (a, b, repl, _) in enumerate(items):
        tag = _heading_name(text[a:b])
        if tag is None or tag[1] != name:
            continue
        if not tag[0]:
            opened = k
            continue
        if opened is not None:
            pair = _inner_line(text, items, opened, k)
            if pair is not None:
                found.append(pair)
        opened = None
    return found


def _heading_name(markup: str) -> tuple[bool, str] | None:
    """(closing?, name) of a cut tag, or None for other markup."""
    if not markup.startswith("<"):
        return None
    m = _TAG_NAME.match(markup)
    return None if m is None else (markup.startswith("</"), m.group(1).lower())


def _inner_line(text: str, items: list[_Span], i: int, j: int) -> tuple[int, str] | None:
    """The first character and the words between ``items[i]`` and ``items[j]``, markup cut,
    when they make one line."""
    words: list[str] = []
    pos = items[i][1]
    for a, b, repl, _ in items[i + 1 : j]:
        words.append(text[pos:a])
        words.append(repl)
        pos = b
    words.append(text[pos : items[j][0]])
    inner = "".join(words).strip(_BLANK + "\r\n")
    if not inner or "\n" in inner:
        return None
    # the first character: past blanks and markup after the open tag
    at, k = items[i][1], i + 1
    while at < items[j][0]:
        if k < j and items[k][0] == at:
            at, k = items[k][1], k + 1
        elif text[at] in _BLANK + "\r\n":
            at += 1
        else:
            break
    return at, inner


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
