"""Remove blocks that enumerate administrative divisions.

Scraped pages carry location pickers and division tables
(``河北省:石家庄市:(长安区、桥西区、…)``, ``北京 天津 河北 山西``): junk between articles.
They are recognised by density: a line is split at list punctuation into items, and an
item counts when it is wholly official division names (full or short, one to four of
them: ``河北涿州``) or a development zone (``<division><words>开发区``). A line goes when
division items cover most of it; runs of short lines holding one name each go together.
Prose that mentions places keeps its verbs and nouns between the names, so the names never
cover it (``京东近期在河北涿州、江苏宿迁等地开出多家硬折扣超市`` stays).

A short list that an article uses stays: one line of a few names with prose on both
sides, or one the next sentence points back to (``上述十个城市…``, ``以上5省份…``).
Pickers are long, labelled, next to other chrome, or run over several lines. A labelled
picker of many short names (``选择地区：柔佛 吉打 …``) goes by its shape, whatever country.

Names, short forms and both scripts come from ``data/divisions.tsv``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import load_lines
from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from .shape import is_prose

__all__ = ["RegionListFilter", "LineScore", "score_line"]

# List punctuation, either width; whitespace separates list items too.
_SEP = regex.compile(
    r"[\s、，,;；/／|｜:：()（）\[\]［］【】〔〕<>＜＞〈〉《》「」『』\"“”'‘’·•・…\-－—–~～。.．]+"
)
_SENTENCE_END = regex.compile(r"[。！？!?]")
_ETC = ("等等", "等地", "等")
_HAN = regex.compile(r"\p{Han}+")

#: weights of the kinds in divisions.tsv: short county names are often ordinary words
_WEIGHT = {"full": 1.0, "short": 1.0, "short-county": 0.5}

MAX_ITEM = 32  # longer items are prose, not names
MAX_PARTS = 4  # 河北省石家庄市长安区 is three names in one item
MAX_ZONE_MIDDLE = 8  # 石家庄 [循环化工] 园区
MAX_LABELS = 2  # 热门城市:地区:北京 上海 …
MAX_LABEL = 8
#: a list line kept between prose lines names fewer than this
MAX_KEPT_NAMES = 12

#: a sentence that points back at the list above it
_BACK_REFERENCE = regex.compile(
    r"\A[\s(（]{0,2}(?:上述|上列|以上|前述|这些|這些"
    r"|(?:这|這|该|該|此)?[\d一二三四五六七八九十两兩几幾]{1,3}\s{0,2}"
    r"(?:个|個|座|省|市|地|城))"
)
#: a character every picker label has, looked for before the pattern is tried
_PICKER_LABEL_CHARS = "地城省州区區"
#: a picker's label, then many short names set off by blanks: ``选择地区：柔佛 吉打 吉兰丹 …``
_PICKER = regex.compile(
    r"(?P<label>(?:选择|選擇|切换|切換|热门|熱門|所在|全部|更多)?"
    r"(?:地区|地區|城市|省份|州属|州屬|区域|區域|地点|地點))\s{0,2}[:：]\s{0,4}"
    r"(?P<names>\p{Han}{1,5}(?:[ \t\u3000]{1,4}\p{Han}{1,5}){7,80})"
)


@dataclass(frozen=True)
class _Vocab:
    kinds: dict[str, str]
    lengths: tuple[int, ...]
    heads: frozenset[str]
    zones: tuple[str, ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    kinds: dict[str, str] = {}
    for entry in load_lines("divisions.tsv"):
        name, _, kind = entry.partition("\t")
        kinds[name] = kind or "full"
    zones = tuple(sorted(load_lines("divisions_zone_suffixes.txt"), key=len, reverse=True))
    lengths = tuple(sorted({len(n) for n in kinds}, reverse=True))
    heads = frozenset(n[:2] for n in kinds if len(n) >= 2)
    return _Vocab(kinds, lengths, heads, zones)


def _segment(item: str, vocab: _Vocab) -> tuple[float, int] | None:
    """Weight and number of names if ``item`` is wholly 1-4 division names, else None."""
    if item in vocab.kinds:
        return _WEIGHT.get(vocab.kinds[item], 1.0), 1
    if len(item) < 4 or item[:2] not in vocab.heads:
        return None
    # best[i] = (weight, parts) of a segmentation of item[:i]
    best: list[tuple[float, int] | None] = [None] * (len(item) + 1)
    best[0] = (0.0, 0)
    for i in range(len(item)):
        here = best[i]
        if here is None or here[1] >= MAX_PARTS:
            continue
        for length in vocab.lengths:
            if length < 2 or i + length > len(item):
                continue
            kind = vocab.kinds.get(item[i : i + length])
            if kind is None:
                continue
            cand = (max(here[0], _WEIGHT.get(kind, 1.0)), here[1] + 1)
            old = best[i + length]
            if old is None or cand[1] < old[1]:
                best[i + length] = cand
    return best[-1]


def _prefix_reach(item: str, vocab: _Vocab) -> int:
    """Longest prefix of ``item`` that is a run of division names (0 if none)."""
    reach = 0
    frontier = {0}
    for _ in range(MAX_PARTS):
        nxt = set()
        for i in frontier:
            for length in vocab.lengths:
                if length >= 2 and item[i : i + length] in vocab.kinds:
                    nxt.add(i + length)
        if not nxt:
            break
        reach = max(reach, *nxt)
        frontier = nxt
    return reach


def _zone(item: str, vocab: _Vocab) -> bool:
    """``<division names><up to 8 characters><zone kind>``: 河北唐山芦台经济开发区."""
    if len(item) < 4 or item[:2] not in vocab.heads:
        return False
    for suffix in vocab.zones:
        if item.endswith(suffix):
            head = item[: -len(suffix)]
            reach = _prefix_reach(head, vocab)
            middle = head[reach:]
            return reach >= 2 and len(middle) <= MAX_ZONE_MIDDLE and (
                not middle or _HAN.fullmatch(middle) is not None
            )
    return False


@dataclass(frozen=True)
class LineScore:
    """How much of a line is division names."""

    names: int  # items that are division names or zones
    weight: float  # the same, short county names counting half
    covered: int  # characters in name items and list punctuation
    length: int  # characters, whitespace excluded
    other_items: int
    other_chars: int
    longest_other: int
    sentence_ends: int
    labels: int = 0  # headings before the names (``热门城市:``)

    @property
    def share(self) -> float:
        return self.covered / self.length if self.length else 0.0

    @property
    def is_list(self) -> bool:
        """A line that enumerates divisions on its own."""
        return (
            self.names >= 3
            and self.weight >= 2.5
            and self.share >= 0.75
            and self.longest_other <= 12
            and self.sentence_ends <= 1
        )

    @property
    def is_names_only(self) -> bool:
        """A short line of names (with at most a short label): part of a list block."""
        return (
            self.names >= 1
            and self.other_items <= 1
            and self.other_chars <= 4
            and self.sentence_ends == 0
        )


def score_line(text: str, *, stop_early: bool = False) -> LineScore:
    """Split ``text`` at list punctuation and measure its division names.

    With ``stop_early`` the count stops once other words fill a quarter of the line or one
    of them is long: the score is then partial, and passes neither test.
    """
    vocab = _vocab()
    give_up = max(4, len(text) // 4)
    names = 0
    weight = 0.0
    covered = 0
    other_items = other_chars = longest_other = 0
    length = 0
    labels = 0
    pos = 0
    stopped = False
    for m in _SEP.finditer(text + " "):
        item = text[pos : m.start()]
        seps = m.group()
        pos = m.end()
        sep_chars = len("".join(seps.split()))  # whitespace is not counted
        covered += sep_chars
        length += sep_chars + len(item)
        if not item:
            continue
        core = item
        for etc in _ETC:
            if core.endswith(etc) and len(core) > len(etc):
                core = core[: -len(etc)]
                break
        hit = _segment(core, vocab) if len(core) <= MAX_ITEM else None
        if hit is not None:
            names += hit[1]
            weight += hit[0] * hit[1]
            covered += len(item)
        elif len(core) <= MAX_ITEM and _zone(core, vocab):
            names += 1
            weight += 1.0
            covered += len(item)
        elif labels < MAX_LABELS and names == other_items == 0 and _is_label(item, seps):
            labels += 1  # 热门城市: / 所在地区: heads the list; not part of it
            length -= len(item) + sep_chars
            covered -= sep_chars
        else:
            other_items += 1
            other_chars += len(item)
            longest_other = max(longest_other, len(item))
            if stop_early and other_chars > 4 and (other_chars > give_up or longest_other > 12):
                stopped = True  # neither a list line nor a names-only line any more
                break
    ends = 0 if stopped else len(_SENTENCE_END.findall(text))
    return LineScore(names, weight, covered, length, other_items, other_chars, longest_other, ends, labels)


def _is_label(item: str, seps: str) -> bool:
    """A short heading ended by a colon: ``热门城市:``, ``選擇地區：``."""
    return len(item) <= MAX_LABEL and (seps.lstrip()[:1] in (":", "："))


def _plural(n: int) -> str:
    return f"{n} division name" + ("" if n == 1 else "s")


@register
class RegionListFilter(Filter):
    """Cut lines, and blocks of short lines, that list administrative divisions."""

    name = "regions"
    description = "remove lists of provinces, cities and counties (pickers, division tables)"

    #: a block of names-only lines needs this many lines and names to go without a list line
    min_block_lines: int = 3
    min_block_names: int = 4

    def find(self, doc: Document) -> Iterator[Change]:
        bounds = doc.boundaries()
        body = [line for line in doc.lines() if not line.blank]
        block: list[tuple[Line, LineScore]] = []
        start = 0
        for i, line in enumerate(body):
            score = self._score(line.text)
            if score.is_list or score.is_names_only:
                if not block:
                    start = i
                block.append((line, score))
                continue
            if block:
                yield from self._flush(block, body, start, bounds)
                block = []
            picker = _picker(line.text)
            if picker:
                yield line.cut(f"region list: a picker, '{picker[0]}' and {picker[1]} names")
        yield from self._flush(block, body, start, bounds)

    @staticmethod
    @memo_by_line
    def _score(text: str) -> LineScore:
        return score_line(text.strip(), stop_early=True)

    def _flush(
        self, block: list[tuple[Line, LineScore]], body: list[Line], start: int, bounds: list[int]
    ) -> Iterator[Change]:
        if not block or _used_by_article(block, body, start, bounds):
            return
        has_list = any(s.is_list for _, s in block)
        total = sum(s.names for _, s in block)
        weight = sum(s.weight for _, s in block)
        if not has_list and not (
            len(block) >= self.min_block_lines
            and total >= self.min_block_names
            and weight >= self.min_block_names - 1
        ):
            return
        for line, score in block:
            if score.is_list:
                reason = f"region list: {_plural(score.names)}"
            else:
                reason = f"region list: {_plural(score.names)} in a {len(block)}-line list"
            yield line.cut(reason)


def _used_by_article(
    block: list[tuple[Line, LineScore]], body: list[Line], start: int, bounds: list[int]
) -> bool:
    """A one-line list the article uses: few names between prose, or pointed back to.

    Only lines of the same article count as its neighbours, as if each article were
    cleaned on its own."""
    if len(block) != 1:
        return False
    line, score = block[0]
    end = start + len(block)
    same = bisect.bisect_right(bounds, line.start)
    after = body[end] if end < len(body) else None
    if after is None or bisect.bisect_right(bounds, after.start) != same:
        return False
    if not is_prose(after.stripped) or score.labels:
        return False
    if _BACK_REFERENCE.match(after.stripped):
        return score.names < 2 * MAX_KEPT_NAMES
    before = body[start - 1] if start > 0 else None
    return (
        score.names < MAX_KEPT_NAMES
        and before is not None
        and bisect.bisect_right(bounds, before.start) == same
        and is_prose(before.text)
    )


@memo_by_line
def _picker(text: str) -> tuple[str, int] | None:
    """A labelled picker of many short names set off by blanks: (label, names), else None."""
    s = text.strip()
    if len(s) > 600 or ("：" not in s and ":" not in s):
        return None
    if not any(c in s[:6] for c in _PICKER_LABEL_CHARS):
        return None
    m = _PICKER.fullmatch(s)
    return (m["label"], len(m["names"].split())) if m else None
