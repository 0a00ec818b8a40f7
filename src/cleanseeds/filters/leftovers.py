"""What is left between articles once the junk filters are done.

An end marker or a notice closes an article; what follows it up to the next article is
page furniture that no other filter knew by its words (a footer link bar, a stray line of
a portal's own notice, an app prompt). Such a stretch holds no sentence (no sentence-final mark, no long line) and no
article head (no byline or date found in it; a line read as a title alone is not enough,
menus and prompts get read so), so it is no article: it is cut here,
instead of coming out as an article of its own. A line of the site's service desks
(``客服信箱：…｜客服專線：…``) is no prose however long it runs, nor a line in which the site
speaks to its reader (``点击这里投稿``, ``立刻點擊免費加入會員！``, ``报料有奖！``): a stretch of
them after an article's end is the page's footer. A dump that is one stretch is never
touched, nor one in which no stretch holds prose: then there is nothing to tell apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from ..document import Change, Document
from ..pipeline import Filter, register
from .notices import may_hold_service_line, service_line

__all__ = ["Leftovers"]

#: a sentence ends somewhere in the stretch (a short article is still an article) ...
_END = regex.compile(r"[。！？!?；;…]")
_LETTER = regex.compile(r"\p{L}")
#: ... or a line runs as long as prose does
_LONG = 40
#: the site speaking to its reader, never a sentence of an article: a tap on "here" or a
#: hurried tap (``点击这里投稿``, ``立刻點擊免費加入會員！``), a reward for tip-offs
#: (``报料有奖！``), a word to the authors whose works the site uses (``请作者与本站联系``)
_SITE_VOICE = regex.compile(
    r"(?:点击|點擊)(?:这里|這裡|這裏|此处|此處)|(?:立刻|立即|马上|馬上|赶快|趕快)(?:点击|點擊)"
    r"|(?:报料|爆料|報料)(?:有奖|有獎)|(?:与|與|联系|聯繫|聯絡)本(?:站|网站|網站)|本(?:站|网站|網站)(?:联系|聯繫|聯絡)"
)

#: a word each of ``_SITE_VOICE``'s forms holds: substring tests find none in most text
#: many times faster than the pattern's scan
_SITE_VOICE_WORDS = ("点击", "點擊", "料有奖", "料有獎", "本站", "本网站", "本網站")


def _has_sentence(chunk: str) -> bool:
    """A sentence-final mark with words before it on its line."""
    for m in _END.finditer(chunk):
        lo = max(chunk.rfind("\n", 0, m.start()) + 1, m.start() - 400)
        if _LETTER.search(chunk, lo, m.start()):
            return True
    return False


def _has_prose(chunk: str) -> bool:
    """A sentence or a line as long as prose, service-desk lines and the site's words to
    its reader (``_SITE_VOICE``) aside: their marks and length make no prose of them."""
    kept = chunk.split("\n")
    if any(w in chunk for w in _SITE_VOICE_WORDS) and _SITE_VOICE.search(chunk):
        kept = [ln for ln in kept if not _SITE_VOICE.search(ln)]
        chunk = "\n".join(kept)
    if may_hold_service_line(chunk):
        lines = [ln for ln in kept if ln.strip()]
        kept = [ln for ln in lines if not service_line(ln.strip())]
        if len(kept) < len(lines):
            chunk = "\n".join(kept)
    return _has_sentence(chunk) or any(len(ln.strip()) >= _LONG for ln in kept)


@register
class Leftovers(Filter):
    """Cut stretches between article boundaries that hold neither prose nor an article head."""

    name = "leftovers"
    description = "cut what is left between articles when it holds no prose and no byline or date"

    def find(self, doc: Document) -> Iterator[Change]:
        # boundaries in raw offsets, which also place each head on its side of a boundary
        # when the lines between them were cut (current offsets would coincide)
        raw_bounds = sorted({n.pos for n in doc.notes if n.split and 0 < n.pos < len(doc.raw)})
        if not raw_bounds:
            return
        text = doc.text
        heads = sorted(
            n.pos for n in doc.notes if n.meta and (n.meta.get("authors") or n.meta.get("published"))
        )
        edges = [0, *raw_bounds, len(doc.raw)]
        stretches = []
        for ra, rb in zip(edges, edges[1:]):
            a = doc.text_offset(ra) if ra else 0
            b = doc.text_offset(rb) if rb < len(doc.raw) else len(text)
            chunk = text[a:b]
            if not chunk.strip():
                continue
            prose = _has_prose(chunk)
            i = bisect.bisect_left(heads, ra)
            head = i < len(heads) and heads[i] < rb
            stretches.append((a, b, prose, head))
        if len(stretches) < 2 or not any(prose for _, _, prose, _ in stretches):
            return
        for a, b, prose, head in stretches:
            if not prose and not head:
                yield Change(a, b, "", "left between articles: no sentence of prose, no byline or date")
