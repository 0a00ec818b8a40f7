"""Remove blocks that enumerate administrative divisions.

Scraped pages carry location pickers and division tables
(``河北省:石家庄市:(长安区、桥西区、…)``, ``北京 天津 河北 山西``): junk between articles.
They are recognised by density: a line is split at list punctuation into items, and an
item counts when it is wholly official division names (full or short, one to four of
them: ``河北涿州``) or a development zone (``<division><words>开发区``). A line goes when
division items cover most of it; runs of short lines holding one name each go together.
Prose that mentions places keeps its verbs and nouns between the names, so the names never
cover it (``京东近期在河北涿州、江苏宿迁等地开出多家硬折扣超市`` stays).

A sentence that enumerates divisions stays however dense its names: what a picker holds
besides names is furniture (a label, a letter index, ``全部``), while a sentence has words
between or around them: a lead-in glued to the first name (``十八區分別為中西區、…``,
``其中基隆市、…``), a conjunction before the last (``…、西貢區及離島區。``), ``等`` with more
words (``…、江西等地降温``), an opening clause (``其中，北京、…``) or a closing one
(``…、台東縣，多數為國民黨勝選。``).

A short list that an article uses stays: one line of a few names with prose on both
sides, or one the next sentence points back to (``上述十个城市…``, ``以上5省份…``).
Pickers are long, labelled, next to other chrome, or run over several lines. A labelled
picker of many short names (``选择地区：柔佛 吉打 …``) goes by its shape, whatever country.
A picker's heading or "all" option on a line of its own (``選擇地區：``, ``全港``, ``全部``,
``香港地區：``) goes with the names next to it, and never alone.

Townships (乡, 镇, 街道, 苏木; 鄉, 鎮; Taiwan's 鄉/鎮/市/區) are in no table: a county
site's menu of them (``乡镇导航：城关街道 田桥街道 … 黄岭镇``) goes by its shape, many short
items set off by blanks or bars, each ending in a township's suffix. Prose names a few
towns, between ``、`` and with a verb (``城关镇、黄岭镇等地受灾``), and stays.

Most lines are prose, and are told apart before anything is scored: by two sentence ends,
by having no item that begins as a name does, or by an item too long for a list.

Names, short forms and both scripts come from ``data/divisions.tsv`` (the mainland) and
``data/divisions_tw_hk_mo.tsv`` (Taiwan's counties and cities, Hong Kong's districts,
Macau's parishes).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, is_

import regex

from ..data import load_lines
from ..document import Change, Document
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from .shape import is_prose

__all__ = ["RegionListFilter", "LineScore", "score_line"]

#: list punctuation, either width; whitespace separates list items too
_MARKS = "、，,;；/／|｜:：()（）[]［］【】〔〕<>＜＞〈〉《》「」『』\"“”'‘’·•・…-－—–~～。.．"
#: whitespace as ``regex`` reads ``\s``: Unicode's White_Space (``re`` adds ``\x1c``-``\x1f``)
_BLANKS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# ``re`` rather than ``regex``: about twice as fast at a class of literal characters
_SEPARATOR = "[" + re.escape(_MARKS + _BLANKS) + "]"
#: runs of separators, kept when a line is split at them
_SEP_RUN = re.compile("(" + _SEPARATOR + "+)")
#: an item of 13 characters or more (longer than a list's other words), after its separator
_LONG_ITEM = re.compile(_SEPARATOR + "([^" + re.escape(_MARKS + _BLANKS) + "]{13,})")
_SENTENCE_END = re.compile("[。！？!?]")
_ETC = ("等等", "等地", "等")
_HAN = regex.compile(r"\p{Han}+")

#: the division tables, and the weights of their kinds: short county names, and names
#: such as 南區 or 離島 ("outlying islands"), are often ordinary words
_TABLES = ("divisions.tsv", "divisions_tw_hk_mo.tsv")
_WEIGHT = {"full": 1.0, "short": 1.0, "short-county": 0.5, "common": 0.5}

MAX_ITEM = 32  # longer items are prose, not names
MAX_PARTS = 4  # 河北省石家庄市长安区 is three names in one item
MAX_ZONE_MIDDLE = 8  # 石家庄 [循环化工] 园区
MAX_LABELS = 2  # 热门城市:地区:北京 上海 …
MAX_LABEL = 8
#: a list line kept between prose lines names fewer than this
MAX_KEPT_NAMES = 12

#: conjunctions that join the last name of a list in a sentence: ``西貢區及離島區``
_JOINS = ("以及", "及", "和", "与", "與", "或", "暨", "跟", "同")
#: how the words before a name glued to them end when they lead a list into a sentence:
#: ``十八區分別為``, ``包括``, ``其中``, ``位於``; a picker's label ends in a colon instead
_LEADS = (
    "包括", "包含", "其中", "涵蓋", "涵盖", "覆蓋", "覆盖", "遍及", "例如", "比如",
    "為", "为", "是", "有", "在", "至", "到", "及", "和", "與", "与", "如", "自", "從", "从",
    "經", "经", "由", "往", "赴", "於", "于", "對", "对", "向",
)
#: separators that set a clause off from a list in a sentence (a picker has none before
#: its label, whose colon is no clause's)
_CLAUSE_MARKS = frozenset("，,；;")
#: what may end a sentence after its closing clause
_CLAUSE_ENDS = "。！？!?；;…"
#: a closing clause is this long at least (``氣溫驟降``); a picker's last option (``其他``,
#: ``更多``) is shorter, and ends no sentence; with a sentence end the clause may be shorter
MIN_CLAUSE = 4
MIN_ENDED_CLAUSE = 2

#: a sentence that points back at the list above it (``這4區``: Hong Kong's districts)
_BACK_REFERENCE = regex.compile(
    r"\A[\s(（]{0,2}(?:上述|上列|以上|前述|这些|這些"
    r"|(?:这|這|该|該|此)?[\d一二三四五六七八九十两兩几幾]{1,3}\s{0,2}"
    r"(?:个|個|座|省|市|地|城|区|區|县|縣))"
)
#: a picker's label: ``选择地区``, ``選擇縣市`` (Taiwan), ``熱門城市``
_LABEL = (
    r"(?:选择|選擇|切换|切換|热门|熱門|所在|全部|更多)?"
    r"(?:地区|地區|城市|省份|州属|州屬|区域|區域|地点|地點|县市|縣市|分区|分區)"
)
#: a character every picker label has, looked for before the pattern is tried
_PICKER_LABEL_CHARS = frozenset("地城省州区區县縣")
#: a picker's label, then many short names set off by blanks: ``选择地区：柔佛 吉打 吉兰丹 …``
_PICKER = regex.compile(
    r"(?P<label>" + _LABEL + r")\s{0,2}[:：]\s{0,4}"
    r"(?P<names>\p{Han}{1,5}(?:[ \t\u3000]{1,4}\p{Han}{1,5}){7,80})"
)
#: a line of its own that heads a picker or is its "all" option: ``選擇地區：``, ``请选择城市``,
#: ``全部``, ``全港`` (Hong Kong), ``全台`` (Taiwan), ``不限``
_HEAD = regex.compile(
    r"(?:请|請)?" + _LABEL + r"|全部|全国|全國|全港|全澳|全台|全臺|全省|全市|不限"
)
#: a heading that names the area a picker's names lie in: ``香港地區``, ``广东地区``
_AREA_HEAD = regex.compile(_LABEL)
#: a township menu's label, alone on its line: ``乡镇导航``, ``鄉鎮市區``, ``镇街``
_TOWNSHIP_HEAD = regex.compile(
    r"(?:选择|選擇|全部)?(?:乡镇|鄉鎮|镇街|鎮街|乡镇街道|鄉鎮街道|鄉鎮市區|乡镇（街道）|鄉鎮（街道）)"
    r"(?:导航|導航|导览|導覽|链接|鏈接|連結|列表)?"
)
#: what may follow a head on its line: a colon, a drop-down arrow
_HEAD_TAIL = ":：▼▾▽﹀>›»" + _BLANKS
MAX_HEAD = 10

#: how township-level names end: 乡 and 民族乡, 镇, 街道 (and its 办事处), 苏木 (Inner
#: Mongolia), both scripts; Taiwan's townships under a county or city end in 鄉, 鎮, 市 or 區
_TOWNSHIP_SUFFIXES = (
    "乡", "镇", "鄉", "鎮", "街道", "苏木", "蘇木", "办事处", "辦事處", "区", "區", "市",
)
#: what sets a menu's items apart: blanks and bars (prose lists use 、 and ，)
_MENU_MARKS = "|｜/／·•・"
_MENU_SPLIT = re.compile("[" + re.escape(_MENU_MARKS + _BLANKS) + "]+")
#: a township menu has at least this many items
MIN_TOWNSHIPS = 8
#: a township's name, suffix included: 鄂温克族苏木, 城关街道办事处
MAX_TOWNSHIP = 10


@dataclass(frozen=True)
class _Vocab:
    #: every name, with the weight of its kind
    weights: dict[str, float]
    #: lengths of the names of two or more characters, longest first
    lengths: tuple[int, ...]
    #: the first two characters of the names of two or more characters
    heads: frozenset[str]
    zones: tuple[str, ...]
    #: how an item that is names or a zone can begin: ``heads`` and the one-character names
    openings: frozenset[str]
    #: a separator, then a one-character name or two characters that may be a head
    item_start: re.Pattern[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    weights: dict[str, float] = {}
    for table in _TABLES:
        for entry in load_lines(table):
            name, _, kind = entry.partition("\t")
            # a name in both tables (东区, 连江) weighs as its stronger kind
            weights[name] = max(weights.get(name, 0.0), _WEIGHT.get(kind or "full", 1.0))
    zones = tuple(sorted(load_lines("divisions_zone_suffixes.txt"), key=len, reverse=True))
    lengths = tuple(sorted({len(n) for n in weights if len(n) >= 2}, reverse=True))
    heads = frozenset({n[:2] for n in weights if len(n) >= 2})
    singles = {n for n in weights if len(n) == 1}
    item_start = re.compile(
        _SEPARATOR
        + "(" + _char_class(singles)
        + "|" + _char_class({n[0] for n in heads}) + _char_class({n[1] for n in heads}) + ")"
    )
    return _Vocab(weights, lengths, heads, zones, heads | singles, item_start)


def is_division_name(name: str) -> bool:
    """Whether ``name`` is the name of an administrative division, full or short
    (``高雄``, ``北京``, ``朝阳区``), in either script."""
    return name in _vocab().weights


def _char_class(chars: Iterable[str]) -> str:
    """A ``re`` class of these characters (one that matches nothing when there are none)."""
    found = "".join(sorted(set(chars)))
    return "[" + re.escape(found) + "]" if found else "(?!)"


def _item_names(core: str, vocab: _Vocab) -> tuple[float, int] | None:
    """Weight and number of names if ``core`` is 1-4 division names or a zone, else None."""
    if len(core) > MAX_ITEM:
        return None
    if core not in vocab.weights and (len(core) < 4 or core[:2] not in vocab.heads):
        return None  # what both _segment and _zone ask first
    hit = _segment(core, vocab)
    if hit is None and _zone(core, vocab):
        return 1.0, 1
    return hit


def _segment(item: str, vocab: _Vocab) -> tuple[float, int] | None:
    """Weight and number of names if ``item`` is wholly 1-4 division names, else None."""
    if item in vocab.weights:
        return vocab.weights[item], 1
    if len(item) < 4 or item[:2] not in vocab.heads:
        return None
    # best[i] = (weight, parts) of a segmentation of item[:i]
    weights = vocab.weights
    size = len(item)
    best: list[tuple[float, int] | None] = [None] * (size + 1)
    best[0] = (0.0, 0)
    for i in range(size):
        here = best[i]
        if here is None or here[1] >= MAX_PARTS:
            continue
        for length in vocab.lengths:
            if i + length > size:
                continue
            weight = weights.get(item[i : i + length])
            if weight is None:
                continue
            cand = (max(here[0], weight), here[1] + 1)
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
                if item[i : i + length] in vocab.weights:
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
    if not item.endswith(vocab.zones):
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
    sentence: bool = False  # words around the names make it a sentence (see _in_sentence)

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
            and not self.sentence
        )

    @property
    def is_names_only(self) -> bool:
        """A short line of names (with at most a short label): part of a list block."""
        return (
            self.names >= 1
            and self.other_items <= 1
            and self.other_chars <= 4
            and self.sentence_ends == 0
            and not self.sentence
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
    stopped = False
    #: (item, whether it is names, the separators after it); labels are left out
    items: list[tuple[str, bool, str]] = []
    parts = iter(_SEP_RUN.split(text + " "))  # item, separators, item, …, separators, ""
    for item, seps in zip(parts, parts):
        # whitespace is not counted
        sep_chars = len("".join(seps.split())) if len(seps) > 1 else int(not seps.isspace())
        covered += sep_chars
        length += sep_chars + len(item)
        if not item:
            continue
        core = item
        if item.endswith(_ETC):
            for etc in _ETC:
                if core.endswith(etc) and len(core) > len(etc):
                    core = core[: -len(etc)]
                    break
        single = vocab.weights.get(core)  # most name items are one name
        hit = (single, 1) if single is not None else _item_names(core, vocab)
        if hit is not None:
            names += hit[1]
            weight += hit[0] * hit[1]
            covered += len(item)
            items.append((item, True, seps))
        elif labels < MAX_LABELS and names == other_items == 0 and _is_label(item, seps):
            labels += 1  # 热门城市: / 所在地区: heads the list; not part of it
            length -= len(item) + sep_chars
            covered -= sep_chars
        else:
            items.append((item, False, seps))
            other_items += 1
            other_chars += len(item)
            longest_other = max(longest_other, len(item))
            if stop_early and other_chars > 4 and (other_chars > give_up or longest_other > 12):
                stopped = True  # neither a list line nor a names-only line any more
                break
    ends = 0 if stopped else len(_SENTENCE_END.findall(text))
    score = LineScore(
        names, weight, covered, length, other_items, other_chars, longest_other, ends, labels
    )
    if other_items and (score.is_list or score.is_names_only) and _in_sentence(items, text):
        # only a line that would go is read closer: most lines fail the tests above
        return replace(score, sentence=True)
    return score


def _in_sentence(items: list[tuple[str, bool, str]], text: str) -> bool:
    """Do the words among the names make the line a sentence rather than a list?

    A picker holds names and furniture; a sentence leads into its names, joins the last
    one with a conjunction, goes on after ``等``, or opens or closes with a clause."""
    vocab = _vocab()
    for item, is_names, _ in items:
        if not is_names and (_joined(item, vocab) or _led_in(item, vocab) or _goes_on(item, vocab)):
            return True
    first = next((i for i, (_, is_names, _) in enumerate(items) if is_names), None)
    if first is None:
        return False
    last = max(i for i, (_, is_names, _) in enumerate(items) if is_names)
    # a clause is set off by a mark the list does not use between its names: a picker set
    # off by commas ends ``，港澳台及海外``, a sentence lists with ``、`` and goes on with ``，``
    marks = _CLAUSE_MARKS.difference(*(seps for _, _, seps in items[first:last]))
    return _opening_clause(items[:first], marks) or _closing_clause(items[last:], text, marks)


def _core(item: str) -> str:
    """``item`` without a closing ``等``/``等地``, as it is scored."""
    for etc in _ETC:
        if item.endswith(etc) and len(item) > len(etc):
            return item[: -len(etc)]
    return item


def _joined(item: str, vocab: _Vocab) -> bool:
    """Names joined by a conjunction, as a sentence ends its list: ``西貢區及離島區``."""
    core = _core(item)
    for conj in _JOINS:
        at = core.find(conj, 1)
        while at > 0:
            left, right = core[:at], core[at + len(conj) :]
            if right and _item_names(left, vocab) and _item_names(right, vocab):
                return True
            at = core.find(conj, at + 1)
    return False


def _led_in(item: str, vocab: _Vocab) -> bool:
    """Words that lead into the names glued to them: ``十八區分別為中西區``, ``其中台北市``."""
    core = _core(item)
    for i in range(1, len(core) - 1):
        if core[:i].endswith(_LEADS) and _item_names(core[i:], vocab):
            return True
    return False


def _goes_on(item: str, vocab: _Vocab) -> bool:
    """Names, ``等`` and more words: ``江西等地降温``, ``广东等省``, ``江苏等10省市``."""
    at = item.find("等", 1)
    while at > 0:
        rest = item[at + 1 :]
        if rest and rest not in ("等", "地") and _item_names(item[:at], vocab):
            return True
        at = item.find("等", at + 1)
    return False


def _opening_clause(before: list[tuple[str, bool, str]], marks: frozenset[str]) -> bool:
    """Words set off by a comma before the first name: ``其中，``, ``據統計，``.

    A picker's heading before its names is set off by a colon or a blank."""
    return any(
        len(item) >= 2 and not marks.isdisjoint(seps) and _HEAD.fullmatch(item) is None
        for item, _, seps in before
    )


def _closing_clause(after: list[tuple[str, bool, str]], text: str, marks: frozenset[str]) -> bool:
    """Words after the last name, set off by a comma: ``，多數為國民黨勝選。``.

    ``after`` begins with the last name item; a picker's last option (``更多``) is short
    and ends no sentence."""
    if len(after) < 2 or marks.isdisjoint(after[0][2]):
        return False
    words = sum(len(item) for item, _, _ in after[1:])
    ended = text.rstrip().endswith(tuple(_CLAUSE_ENDS))
    return words >= MIN_CLAUSE or (ended and words >= MIN_ENDED_CLAUSE)


def _is_label(item: str, seps: str) -> bool:
    """A short heading ended by a colon: ``热门城市:``, ``選擇地區：``."""
    return len(item) <= MAX_LABEL and (seps.lstrip()[:1] in (":", "："))


def _picker_reason(label: str, names: int) -> str:
    """Why a picker line goes; a township menu may have no label."""
    if not label:
        return f"region list: a picker of {names} names"
    return f"region list: a picker, '{label}' and {names} names"


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

    def prepare(self) -> None:
        _vocab()
        _township_ends()

    def find(self, doc: Document) -> Iterator[Change]:
        lines = doc.lines()
        bounds = doc.boundaries()
        # the verdicts, looked up with no Python step per line: most lines are prose
        # (``_NEITHER``) or blank (None), both false
        verdicts = list(map(_judge, map(_TEXT, lines)))
        # the lines that may go: heads, list and names-only lines, pickers
        parts = list(compress(range(len(lines)), verdicts))
        if not parts:
            return
        # how many lines up to each one are neither blank nor a part: a block ends where
        # that count grows between two of its parts
        ends = list(accumulate(map(is_, verdicts, repeat(_NEITHER))))
        block: list[tuple[Line, LineScore | None]] = []  # None: a head (``選擇地區：``)
        seen_ends = 0
        for i in parts:
            line = lines[i]
            if ends[i] != seen_ends:  # prose since the last part ends the block
                seen_ends = ends[i]
                yield from self._flush(block, lines, bounds)
                block = []
            verdict = verdicts[i]
            if verdict is _A_HEAD:
                block.append((line, None))  # goes if the names next to it go
                continue
            score, picker = verdict
            if score is not None:
                block.append((line, score))
                continue
            while block and block[-1][1] is None:  # its heading: ``選擇地區``, ``全部``
                yield block.pop()[0].cut("region list: the picker's heading or 'all' option")
            yield from self._flush(block, lines, bounds)
            block = []
            yield line.cut(_picker_reason(*picker))
        yield from self._flush(block, lines, bounds)

    def _flush(
        self, block: list[tuple[Line, LineScore | None]], lines: list[Line], bounds: list[int]
    ) -> Iterator[Change]:
        named = [(line, score) for line, score in block if score is not None]
        if not named or _used_by_article(named, lines, bounds):
            return
        has_list = any(s.is_list for _, s in named)
        total = sum(s.names for _, s in named)
        weight = sum(s.weight for _, s in named)
        if not has_list and not (
            len(named) >= self.min_block_lines
            and total >= self.min_block_names
            and weight >= self.min_block_names - 1
        ):
            return
        for line, score in block:
            if score is None:
                reason = "region list: the picker's heading or 'all' option"
            elif score.is_list:
                reason = f"region list: {_plural(score.names)}"
            else:
                reason = f"region list: {_plural(score.names)} in a {len(named)}-line list"
            yield line.cut(reason)


#: the verdict on a line that is neither a list line, nor a names-only line, nor a picker
#: (as a line with two sentence ends is), nor a picker's head: false, as None (a blank
#: line) is, so that ``find`` passes over both without a Python step
_NEITHER = False
#: the verdict on a picker's heading or its "all" option (see :func:`_is_head`)
_A_HEAD = object()
#: a line's text, read in C
_TEXT = attrgetter("text")


@memo_by_line
def _judge(text: str) -> tuple[LineScore | None, tuple[str, int] | None] | object | None:
    """None for a blank line, else (its score, None) if it is a list line or a names-only
    line, (None, (label, names)) if it is a picker, ``_A_HEAD`` for a picker's head that
    is neither, ``_NEITHER`` for any other line.

    Scoring is skipped where it cannot pass: prose of two sentences is neither a list line
    nor a names-only line (both allow one sentence end at most), nor a picker or a head
    (none has one); a line with no item that may be names scores no names, and one long
    word that is no names fails both tests."""
    if text.count("。") > 1:
        return _NEITHER
    s = text.strip()
    if not s:
        return None
    if _may_name(s) and not _long_other(s):
        score = score_line(s, stop_early=True)
        if score.is_list or score.is_names_only:
            return score, None
    if _is_head(text):
        return _A_HEAD
    townships = _township_menu(s)
    if townships is not None:
        return None, townships
    if "：" not in s and ":" not in s:
        return _NEITHER  # no picker either: its label ends in a colon
    picker = _picker(s)
    return _NEITHER if picker is None else (None, picker)


def _may_name(s: str) -> bool:
    """Does an item of ``s`` begin as division names or a zone may?

    Every item that :func:`_segment` or :func:`_zone` takes, with or without ``等``,
    begins (at the start of ``s`` or after a separator) with the first two characters of
    a name, or with a one-character name.
    """
    vocab = _vocab()
    # a blank puts a separator before the first item; the pattern finds pairs that may
    # be heads, the set tells which are
    return not vocab.openings.isdisjoint(vocab.item_start.findall(" " + s))


def _long_other(s: str) -> bool:
    """Has ``s`` an item of 13 characters or more that is no names?

    Such an item is too long for a label, and for the other words of a list line
    (``longest_other <= 12``) or of a names-only line: the line fails both tests. An item
    is no names when it is longer than ``MAX_ITEM`` and ``等等``, when it does not begin
    as a name does, or when :func:`score_line` would find no names in it (prose that opens
    with a name: ``阿里的自营商品布局…``)."""
    vocab = _vocab()
    heads = vocab.heads
    long_items = _LONG_ITEM.findall(" " + s)  # a blank puts a separator before the first item
    return any(
        len(item) > MAX_ITEM + 2
        or item[:2] not in heads
        or _item_names(_core(item), vocab) is None
        for item in long_items
    )


def _is_head(text: str) -> bool:
    """Is ``text`` a picker's heading or its "all" option, alone on its line?

    Such a line goes with the names next to it, and only with them: ``全部`` or ``地區``
    alone is no list."""
    if len(text) > 4 * MAX_HEAD:
        return False  # most lines: longer than any head with its blanks and arrow
    s = text.strip().rstrip(_HEAD_TAIL)
    if not 2 <= len(s) <= MAX_HEAD:
        return False
    return (
        _HEAD.fullmatch(s) is not None
        or _TOWNSHIP_HEAD.fullmatch(s) is not None
        or _is_area_head(s)
    )


def _is_area_head(s: str) -> bool:
    """``<division name><label>``: ``香港地區``, ``广东省城市``; the name says which area the
    names below it lie in."""
    weights = _vocab().weights
    return any(
        s[:i] in weights and _AREA_HEAD.fullmatch(s, i) is not None
        for i in range(1, len(s) - 1)
    )


def _neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    """The nearest non-blank line before (``step=-1``) or after (``step=1``) line ``i``."""
    k = i + step
    while 0 <= k < len(lines):
        if not lines[k].blank:
            return lines[k]
        k += step
    return None


def _used_by_article(
    block: list[tuple[Line, LineScore]], lines: list[Line], bounds: list[int]
) -> bool:
    """A one-line list the article uses: few names between prose, or pointed back to.

    Only lines of the same article count as its neighbours, as if each article were
    cleaned on its own."""
    if len(block) != 1:
        return False
    line, score = block[0]
    same = bisect.bisect_right(bounds, line.start)
    after = _neighbour(lines, line.index, 1)
    if after is None or bisect.bisect_right(bounds, after.start) != same:
        return False
    if not is_prose(after.stripped) or score.labels:
        return False
    if _BACK_REFERENCE.match(after.stripped):
        return score.names < 2 * MAX_KEPT_NAMES
    before = _neighbour(lines, line.index, -1)
    return (
        score.names < MAX_KEPT_NAMES
        and before is not None
        and bisect.bisect_right(bounds, before.start) == same
        and is_prose(before.text)
    )


def _picker(text: str) -> tuple[str, int] | None:
    """A labelled picker of many short names set off by blanks: (label, names), else None."""
    s = text.strip()
    if len(s) > 600 or ("：" not in s and ":" not in s):
        return None
    if _PICKER_LABEL_CHARS.isdisjoint(s[:6]):
        return None
    m = _PICKER.fullmatch(s)
    return (m["label"], len(m["names"].split())) if m else None


@cache
def _township_ends() -> re.Pattern[str]:
    """The last characters of the township and zone suffixes, as one class."""
    ends = sorted({w[-1] for w in (*_TOWNSHIP_SUFFIXES, *_vocab().zones)})
    return re.compile("[" + re.escape("".join(ends)) + "]")


def _township_menu(s: str) -> tuple[str, int] | None:
    """A menu of townships: (label, items), else None.

    An optional short label ended by a colon, then at least ``MIN_TOWNSHIPS`` items set
    off by blanks or bars, each of 2 to ``MAX_TOWNSHIP`` characters that end as a
    township's name does (or as a development zone's: county menus list them alongside).
    No table holds the names: the shape is the evidence. Lists in prose are set off by
    ``、`` and ``，`` and carry a verb, so an item of them fails."""
    if len(s) < 3 * MIN_TOWNSHIPS or len(s) > 600:
        return None  # the shortest menu: eight items of two characters and blanks
    if "，" in s or "、" in s or "。" in s:
        return None  # prose marks: in the label or an item, neither of them wholly Han
    if len(_township_ends().findall(s)) < MIN_TOWNSHIPS:
        return None  # each item ends in a suffix's last character: most lines hold few
    label = ""
    head, colon, rest = s.partition("：")
    if not colon:
        head, colon, rest = s.partition(":")
    if colon and len(head.strip()) <= MAX_LABEL and _HAN.fullmatch(head.strip() or "-"):
        label, s = head.strip(), rest
    items = _MENU_SPLIT.split(s.strip())
    if len(items) < MIN_TOWNSHIPS:
        return None
    zones = _vocab().zones
    for item in items:
        if not 2 <= len(item) <= MAX_TOWNSHIP or _HAN.fullmatch(item) is None:
            return None
        if not item.endswith(_TOWNSHIP_SUFFIXES) and not item.endswith(zones):
            return None
    return label, len(items)
