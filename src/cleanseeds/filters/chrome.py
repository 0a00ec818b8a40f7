"""Site chrome: the furniture a portal prints around an article.

Breadcrumbs, share and follow bars, "展开全文", image placeholders, view counters, author
boxes, a site name glued to a repeated title, and end-of-article markers such as
``返回搜狐,查看更多`` or ``责任编辑：…``. Lines are judged by what they are made of (a
line made only of widget words, counters and separators), never by one word inside
prose.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable, Iterator

import regex

from ..data import load_lines
from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from .shape import is_prose, prose_before

__all__ = ["ChromeFilter"]

# -- vocabularies ----------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _flexible(entry: str) -> str:
    """A pattern for an entry whose commas and spaces may be any comma or space."""
    out = []
    for ch in entry:
        if ch in ",，、 ":
            out.append(r"[,，、\s]*+")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


_STRONG = load_lines("chrome_phrases.txt")
_WEAK = load_lines("chrome_widgets.txt")
_CRUMBS = load_lines("chrome_breadcrumbs.txt")
_END = load_lines("chrome_end.txt")

_STRONG_SET = {w.casefold() for w in _STRONG}
# phrases with spaces inside ("Share on Facebook") are matched before a line is chunked
_SPACED = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alternation(w for w in _STRONG if ' ' in w)})(?![\p{{L}}])", regex.IGNORECASE
)
_TOKEN = regex.compile(f"(?:{_alternation([*_STRONG, *_WEAK])})", regex.IGNORECASE)
# chunks of a line are what lies between separators and punctuation
_CHUNK_SEP = regex.compile(r"[\s|｜/／·•・,，、:：;；.。!！?？\-—_+=()（）\[\]【】<>《》「」“”\"'‘’~～]+")
_COUNT = regex.compile(r"\d[\d,.]*+[万萬wWkK千]?\+?")
_PUNCT_ONLY = regex.compile(r"[\s,，、:：;；.。!！?？]{1,3}")

_BREADCRUMB_SEP = regex.compile(r"(?<!\s)\s*+(?:>>|>|＞|»|›)\s*+")
_CRUMB_WORD = regex.compile(f"(?:{_alternation(_CRUMBS)})", regex.IGNORECASE)
_SENTENCE_PUNCT = regex.compile(r"[。，,！？!?；;]")

_IMAGE = regex.compile(
    r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|\[(?:图片|圖片|图|圖|image|img|photo)\]", regex.IGNORECASE
)
# a button's label the scraper joined into the text: it stands between spaces
_EXPAND = regex.compile(r"(?<![^\s])(?:(?:点击)?展开全文|(?:點擊)?展開全文)(?![^\s])")
_END_MARK = regex.compile(f"(?:{'|'.join(_flexible(e) for e in _END)})\\s*+", regex.IGNORECASE)

# counters: "浏览次数:1245", "1.2万阅读", "10099文章数", "评论 12"
_NUM = r"\d[\d,.]*+\s*+[万萬wWkK千]?\+?"
_AFTER_LABEL = (
    r"次浏览|人浏览|次瀏覽|人瀏覽|浏览|瀏覽|次阅读|人阅读|次閱讀|人閱讀|阅读|閱讀|次播放|播放|"
    r"条评论|條評論|评论|評論|留言|点赞|點讚|获赞|獲讚|讚|赞|收藏|转发|轉發|分享|文章数|文章數|"
    r"关注度|關注度|粉丝|粉絲|关注|關注|人看过|人看過|人在看|在看|views?|comments?|likes?|shares?"
)
_BEFORE_LABEL = (
    r"浏览次数|瀏覽次數|浏览量|瀏覽量|浏览|瀏覽|阅读量|閱讀量|阅读数|閱讀數|阅读|閱讀|"
    r"点击量|點擊量|点击数|點擊數|点击|點擊|人气|人氣|热度|熱度|评论|評論|点赞|點讚|在看|收藏|"
    r"转发|轉發|分享|views?"
)
_TIME_LABEL = r"更新时间|更新時間|发布时间|發布時間|发表时间|發表時間|时间|時間|日期"
_DATE = (
    r"\d{4}\s*+[-/.年]\s*+\d{1,2}\s*+[-/.月]\s*+\d{1,2}\s*+日?(?:\s*+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)
_EDGE_L = r"(?:(?<=^)|(?<=[\s|｜/·•,，、;；]))"
_EDGE_R = r"(?=$|[\s|｜/·•,，、;；])"
_COUNTER = regex.compile(
    rf"{_EDGE_L}(?:{_NUM}\s*+(?:{_AFTER_LABEL})|(?:{_BEFORE_LABEL})\s*+[:：]?\s*+{_NUM}"
    rf"|(?:{_BEFORE_LABEL}|{_TIME_LABEL})\s*+[:：](?=\s*+(?:$|{_BEFORE_LABEL}))){_EDGE_R}",
    regex.IGNORECASE,
)
_DATE_FIELD = regex.compile(rf"(?:(?:{_TIME_LABEL})\s*+[:：]?\s*+)?(?:{_DATE})")
_LONE_COUNT = regex.compile(rf"{_NUM}")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_AUTHOR_BOX = regex.compile(r"incentive-icons?", regex.IGNORECASE)
#: an author box's icon line is a name and the icon label, never a paragraph
_AUTHOR_BOX_MAX = 60
_BOX_COUNTS = regex.compile(r"文章数|文章數|关注度|關注度|粉丝|粉絲|获赞|獲讚")

_EDITOR = r"(?:责任编辑|責任編輯|责编|責編)\s*+[:：]\s*+"
_EDITOR_LINE = regex.compile(
    rf"\A[（(【\[]?\s*+{_EDITOR}[^\n)）】\]]{{1,30}}?\s*+[)）】\]]?\s*+", regex.IGNORECASE
)
_EDITOR_TAIL = regex.compile(
    rf"(?:[（(【\[]\s*+{_EDITOR}[^\n)）】\]]{{1,30}}[)）】\]]|\s{_EDITOR}[^\s]{{1,20}})\s*+$"
)
_EDITOR_IN_META = regex.compile(rf"{_EDGE_L}{_EDITOR}[^\s]{{1,20}}{_EDGE_R}")
_DONE_LINE = regex.compile(
    r"\A\s*+(?:[（(]\s*+(?:全文)?完\s*+[)）]|[-—－=]*+\s*+(?:END|End|全文完)\s*+[-—－=]*+)\s*+"
)
_DONE_TAIL = regex.compile(r"(?<=[。！？!?”」』])\s*+[（(]\s*+(?:全文)?完\s*+[)）]\s*+$")
_TITLE_JOIN = "：:|｜-—_·"
_LETTER = regex.compile(r"\p{L}")
_PORTAL_END = "end-of-article marker"


@register
class ChromeFilter(Filter):
    """Cut page furniture; mark end-of-article markers as article boundaries."""

    name = "chrome"
    description = "cut site chrome: breadcrumbs, share bars, counters, placeholders, end markers"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        bounds = doc.boundaries()
        all_lines = doc.lines()
        reasons: dict[int, str] = {}  # line index -> reason for cutting the whole line
        split_at: set[int] = set()

        # lines are judged with their neighbours inside one article only, as they would be
        # if each article were cleaned on its own
        groups: dict[int, list[Line]] = {}
        if bounds:
            for ln in all_lines:
                if not ln.blank:
                    groups.setdefault(bisect.bisect_right(bounds, ln.start), []).append(ln)
        else:
            groups[0] = [ln for ln in all_lines if not ln.blank]
        icons = _AUTHOR_BOX.search(text) is not None
        for body in groups.values():
            texts = [ln.stripped for ln in body]
            _widgets(body, texts, reasons)
            if icons:
                _author_boxes(body, texts, reasons)
            for k, ln in enumerate(body):
                if ln.index in reasons:
                    continue
                reason = _line_reason(texts, k)
                if reason:
                    reasons[ln.index] = reason
                elif (end := _end_line(ln.text)) is not None:
                    reasons[ln.index] = end
                    if prose_before(text, ln.start, bounds):
                        split_at.add(ln.index)

        for ln in all_lines:
            if ln.index in reasons:
                yield ln.cut(reasons[ln.index], split=ln.index in split_at)
            elif not ln.blank:
                yield from _inline(ln, text, bounds)


@memo_by_line
def _end_line(s: str) -> str | None:
    """The reason when the whole line is an end sign or an editor credit."""
    if _DONE_LINE.fullmatch(s) or _EDITOR_LINE.fullmatch(s):
        return "end-of-article marker: " + ("editor credit" if "编" in s or "編" in s else "end sign")
    return None


def _line_reason(texts: list[str], k: int) -> str | None:
    """Why the whole (non-blank, stripped) line ``texts[k]`` is chrome, or None."""
    s = texts[k]
    reason = _line_kind(s)
    if reason == _LONE:
        if _counter_pattern_near(texts, k):
            return None  # a headline/count alternation: a feed, left to the feeds filter
        return "lone counter"
    if reason is None and _repeats_title(texts, k):
        return "site name repeating the title"
    return reason


_LONE = "lone counter"


@memo_by_line
def _line_kind(s: str) -> str | None:
    """What the line alone says: a reason to cut it, ``_LONE`` for a bare number (chrome
    unless its neighbours make it a feed), or None."""
    if _is_breadcrumb(s):
        return "breadcrumb"
    if "[" in s and not _IMAGE.sub("", s).strip():  # every placeholder holds a "["
        return "empty image placeholder"
    if _LONE_COUNT.fullmatch(s):
        return None if _YEAR.fullmatch(s) else _LONE
    if _is_author_icon(s):
        return "author box"
    if len(s) <= 80 and _COUNTER.search(s):
        rest = _COUNTER.sub(" ", s)
        if not rest.strip(" \t|｜/·•,，、;；"):
            return "view counters" if not _BOX_COUNTS.search(s) else "author box: counts"
    return None


def _is_breadcrumb(s: str) -> bool:
    if len(s) > 80 or not _BREADCRUMB_SEP.search(s):
        return False
    parts = [p.strip() for p in _BREADCRUMB_SEP.split(s)]
    if len(parts) < 2 or any(not p or len(p) > 16 for p in parts):
        return False
    if any(_SENTENCE_PUNCT.search(p) or not _LETTER.search(p) for p in parts):
        return False
    return len(parts) >= 3 or any(_CRUMB_WORD.search(p) for p in parts)


def _counter_pattern_near(texts: list[str], k: int) -> bool:
    for j in range(max(0, k - 4), min(len(texts), k + 5)):
        if j != k and _LONE_COUNT.fullmatch(texts[j]):
            return True
    return False


def _repeats_title(texts: list[str], k: int) -> bool:
    """``吃瓜电子官网最新热点:<title>`` (or ``<title>_新浪网``) next to ``<title>`` itself."""
    s = texts[k]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(texts):
            continue
        t = texts[j]
        if len(t) < 6 or len(s) <= len(t) or not (s.endswith(t) or s.startswith(t)):
            continue
        if is_prose(t):
            continue
        if s.endswith(t):
            prefix = s[: -len(t)]
            if len(prefix.strip()) <= 30 and (prefix[-1] in _TITLE_JOIN or prefix[-1].isspace()):
                return True
        if s.startswith(t):
            suffix = s[len(t) :].strip()
            if suffix and len(suffix) <= 30 and suffix[0] in _TITLE_JOIN:
                return True
    return False


@memo_by_line
def _widget_kind(s: str) -> str | None:
    """"strong" for a line of widget words that is chrome alone, "weak" for one common
    word that is chrome only next to other chrome, "punct" for a stray mark, else None."""
    if _PUNCT_ONLY.fullmatch(s):
        return "punct"
    strong = weak = 0
    if _SPACED:
        s, strong = _SPACED.subn(" ", s)
    for chunk in _CHUNK_SEP.splititer(s):  # lazily: prose fails at its first chunk
        if not chunk or _COUNT.fullmatch(chunk):
            continue
        pieces = _tokens(chunk)
        if pieces is None:
            return None
        for p in pieces:
            if p.casefold() in _STRONG_SET:
                strong += 1
            else:
                weak += 1
    if strong:
        return "strong"
    if weak >= 2:
        return "strong"
    if weak == 1:
        return "weak"
    return None


def _tokens(chunk: str) -> list[str] | None:
    """Split a chunk into widget words, or None when something else is in it.

    Several words may be glued together (``分享至微信``), but one-character words
    only count standing alone, so ``大小`` or ``中小`` never reads as ``大 中 小``.
    """
    pieces = []
    pos, n = 0, len(chunk)
    while pos < n:  # leftmost-longest words, each starting where the last one ended
        m = _TOKEN.match(chunk, pos)
        if m is None:
            return None
        pieces.append(m.group())
        pos = m.end()
    if len(pieces) > 1 and any(len(p) == 1 for p in pieces):
        return None
    return pieces


def _widgets(body: list[Line], texts: list[str], reasons: dict[int, str]) -> None:
    """Cut share/follow bars: runs of widget lines holding a strong one or two weak ones."""
    kinds = [_widget_kind(s) for s in texts]
    k = 0
    while k < len(body):
        if kinds[k] is None:
            k += 1
            continue
        j = k
        while j < len(body) and kinds[j] is not None:
            j += 1
        run = kinds[k:j]
        if "strong" in run or run.count("weak") >= 2:
            for m in range(k, j):
                reasons[body[m].index] = "share/follow widget"
        k = j


def _is_author_icon(s: str) -> bool:
    """``差评XPIN incentive-icons``: a short line; prose quoting the label stays."""
    return len(s) <= _AUTHOR_BOX_MAX and _AUTHOR_BOX.search(s) is not None


def _author_boxes(body: list[Line], texts: list[str], reasons: dict[int, str]) -> None:
    """An author box: the icon line, the name and motto, then article/follower counts."""
    for k, icon in enumerate(texts):
        if not _is_author_icon(icon):
            continue
        for j in range(k + 1, min(len(body), k + 5)):
            s = texts[j]
            if _BOX_COUNTS.search(s) and not _COUNTER.sub(" ", s).strip(" \t|｜/·•,，、;；"):
                for m in range(k, j + 1):
                    reasons[body[m].index] = "author box"
                break


def _tail(pattern: regex.Pattern[str], s: str, stop: int) -> regex.Match[str] | None:
    """``pattern`` (anchored at the end) at the line's end, or just before ``stop``."""
    m = pattern.search(s)
    if m is None and stop < len(s):
        m = pattern.search(s, 0, stop)
    return m


def _inline(ln: Line, text: str, bounds: list[int]) -> Iterator[Change]:
    """Chrome inside a line that stays: markers glued to prose, placeholders, counters."""
    plan = _inline_plan(ln.text)
    if plan is None:
        return
    whole, spans = plan
    # a portal's own end marker always ends an article; an end sign or an editor credit
    # only when body text came before it
    splits = [
        split and (reason == _PORTAL_END or prose_before(text, ln.start + a, bounds))
        for a, _, reason, split in spans
    ]
    if whole is not None:
        yield ln.cut(whole, split=any(splits))
        return
    for (a, b, reason, _), split in zip(spans, splits):
        yield ln.cut_span(a, b, reason, split=split)


_Span = tuple[int, int, str, bool]


@memo_by_line
def _inline_plan(s: str) -> tuple[str | None, tuple[_Span, ...]] | None:
    """The chrome spans in a line (``split`` meaning: may end an article), and the reason
    to cut the whole line when nothing but chrome is left; None when there is none."""
    spans: list[_Span] = []
    # an end sign or editor credit right before a portal's end marker stands at the end of
    # its article, as it does once the marker has split the line
    stop = len(s)
    for m in _END_MARK.finditer(s):
        tail = s[m.end() :].strip()
        end = len(s) if tail and _widget_kind(tail) else m.end()  # share bar after the marker
        spans.append((m.start(), end, _PORTAL_END, True))
        stop = min(stop, m.start())
    # each search below only where its pattern's one required character occurs
    if "展" in s:
        for m in _EXPAND.finditer(s):
            spans.append((m.start(), m.end(), "expand-text button", False))
    if "[" in s:
        for m in _IMAGE.finditer(s):
            spans.append((m.start(), m.end(), "empty image placeholder", False))
    m = _tail(_DONE_TAIL, s, stop) if "完" in s else None
    if m:
        spans.append((m.start(), m.end(), "end-of-article marker: end sign", True))
    m = _tail(_EDITOR_TAIL, s, stop) if "编" in s or "編" in s else None
    if m and is_prose(_IMAGE.sub("", s[: m.start()])):  # placeholders go in this same pass
        spans.append((m.start(), m.end(), "end-of-article marker: editor credit", True))
    elif not is_prose(s[:stop]) and stop <= 100:
        seg = s[:stop]
        for m in _EDITOR_IN_META.finditer(seg):
            spans.append((m.start(), m.end(), "editor credit", False))
        if _COUNTER.search(seg) and _DATE_FIELD.search(seg):
            for m in _COUNTER.finditer(seg):
                spans.append((m.start(), m.end(), "view counter", False))
    if not spans:
        return None
    merged = tuple((*_with_space(s, a, b), reason, split) for a, b, reason, split in _merge(s, spans))
    rest = "".join(s[p:q] for p, q in _gaps(merged, len(s))).strip()
    if not rest or _widget_kind(rest) == "strong":
        return (merged[0][2] if not rest else "share/follow widget"), merged
    return None, merged


def _with_space(s: str, a: int, b: int) -> tuple[int, int]:
    """Widen a cut over the spaces that would be left doubled or dangling."""
    while b < len(s) and s[b] in " \t" and (a == 0 or s[a - 1] in " \t"):
        b += 1
    if b == len(s):
        while a > 0 and s[a - 1] in " \t":
            a -= 1
    return a, b


def _merge(s: str, spans: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """Merge cuts that overlap or have only spaces between them (``![]() ![]()``)."""
    out: list[tuple[int, int, str, bool]] = []
    for sp in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and not s[out[-1][1] : sp[0]].strip(" \t"):
            a, b, reason, split = out[-1]
            if sp[2] == _PORTAL_END:
                reason = _PORTAL_END  # the portal's end marker decides where the article ends
            out[-1] = (a, max(b, sp[1]), reason, split or sp[3])
            continue
        out.append(sp)
    return out


def _gaps(spans: list[tuple[int, int, str, bool]], n: int) -> Iterator[tuple[int, int]]:
    pos = 0
    for a, b, _, _ in spans:
        yield pos, a
        pos = b
    yield pos, n
