"""Remove pinyin glosses injected into words, restoring the words they split.

Content farms that mirror news dress words with the reading of one of their characters,
so that a copy no longer matches its source (``余(yú)额``, ``约(yuē)``, ``买入(rù)``,
``屬性(xìng)``): one syllable of pinyin, tone-marked or numbered (``yu2``), in ASCII or
full-width brackets, right after a Han character. Such glosses sit inside ordinary words,
on common characters, and come many to a dump.

Real text glosses too, and that stays: a name or a place on a rare character
(``王䶮(yǎn)``, ``“尕(gǎ)”``), a character quoted on its own (``“行(háng)”``), an odd
reading of a surname (``仇(qiú)先生``, once or repeated), an article about pronunciation
(its words ``读音`` ``多音字`` ``讀作``…). So a gloss is cut only where the dump holds
glosses on at least ``MIN_GLOSSED`` different common characters, and no word about reading;
then every gloss on a common character in running text goes, and glosses on rare or quoted
characters stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..data import load_lines
from ..document import Change, Document
from ..pipeline import Filter, register
from ..scripts import with_twins

__all__ = ["GlossFilter", "gloss_spans", "pinyin_syllable"]

#: the syllables of Mandarin pinyin, without tones (``ü`` as written after n and l)
_SYLLABLES = frozenset(
    """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
    ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou
    chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo
    da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui
    dun duo e ei en eng er fa fan fang fei fen feng fo fou fu
    ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
    ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
    ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
    la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu
    luan lun luo lü lüe ma mai man mang mao me mei men meng mi mian miao mie min ming miu
    mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong
    nou nu nuan nuo nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping
    po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
    ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
    sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou
    shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo
    ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
    wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu
    xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
    za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi
    zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
    """.split()
)

#: tone-marked vowels -> the bare vowel (``ü`` keeps its dots)
_TONED = {
    **dict.fromkeys("āáǎà", "a"), **dict.fromkeys("ēéěè", "e"), **dict.fromkeys("īíǐì", "i"),
    **dict.fromkeys("ōóǒò", "o"), **dict.fromkeys("ūúǔù", "u"), **dict.fromkeys("ǖǘǚǜ", "ü"),
}
_BARE = str.maketrans(_TONED)

#: a Han character (the unified blocks and their extensions)
_HAN_CLASS = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
_HAN = re.compile(_HAN_CLASS)
#: one word of pinyin letters in brackets, either width (the character before it is
#: tested apart: a pattern opening with a lookbehind is tried at every position, one
#: opening with the bracket only where a bracket stands); one bounded run, nothing to
#: backtrack over
_CANDIDATE = re.compile("[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv]{1,6}[0-5]?)[)）]")

#: words that show a text is about reading characters: its glosses are its own
_READING_CUES = with_twins(
    "读音 拼音 注音 多音字 读作 读成 读为 念作 念成 唸作 发音 读法 误读 读错 声调 生僻字 怎么读 字音".split()
)
_CUE_SCAN = re.compile("|".join(map(re.escape, sorted(set(_READING_CUES), key=len, reverse=True))))

#: a dump holds glosses on at least this many different common characters before any is
#: believed injected (one odd surname, glossed at each mention, is one character)
MIN_GLOSSED = 3
#: a character at least this frequent (``data/charfreq.txt``: about the 2,500 most common
#: of each script) is common; rarer ones are what real text glosses
COMMON_MIN_COUNT = 2000

#: quotes and brackets around a character that is named, not used
_OPENERS = "“‘「『《〈\"'"
_CLOSERS = "”’」』》〉\"'"


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The common characters of both scripts, from the shipped frequency table."""
    out = set()
    for line in load_lines("charfreq.txt"):
        key, n, *_ = line.split("\t")
        if n.isdigit() and int(n) >= COMMON_MIN_COUNT and len(key) == 1:
            out.add(key)
    return frozenset(out)


def pinyin_syllable(word: str) -> bool:
    """Whether ``word`` is one pinyin syllable with its tone: one tone mark
    (``yú``, ``lǜ``) or a tone number (``yu2``, ``lv4``, ``de5``).

    >>> pinyin_syllable("xìng"), pinyin_syllable("lv4"), pinyin_syllable("ok")
    (True, True, False)
    """
    if word[-1].isdigit():
        if word[-1] == "0" or any(c in _TONED for c in word):
            return False
        base = word[:-1].replace("v", "ü")
    else:
        if sum(c in _TONED for c in word) != 1 or "v" in word:
            return False
        base = word.translate(_BARE)
    return base in _SYLLABLES


def _in_word(text: str, start: int, end: int) -> bool:
    """Whether the glossed character ``text[start]`` stands among other Han characters
    (``余(yú)额``, ``增加约(yuē)210``), as an injected gloss does, not alone between marks."""
    return bool(start > 0 and _HAN.match(text, start - 1)) or bool(_HAN.match(text, end))


def _named(text: str, start: int, end: int) -> bool:
    """Whether the glossed character is quoted on its own (``“尕(gǎ)”``): named, not used."""
    return start > 0 and text[start - 1] in _OPENERS and end < len(text) and text[end] in _CLOSERS


def gloss_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, reason)`` of each injected gloss in ``text`` (a whole dump)."""
    if "(" not in text and "（" not in text:
        return
    found: list[tuple[str, int, int, str]] = []
    common = _common_chars()
    for m in _CANDIDATE.finditer(text):
        at = m.start() - 1  # the glossed character
        if at < 0:
            continue
        char, gloss = text[at], m.group(1)
        if (
            char in common  # a Han character: the table holds no others
            and pinyin_syllable(gloss)
            and _in_word(text, at, m.end())
            and not _named(text, at, m.end())
        ):
            found.append((char, m.start(), m.end(), gloss))
    if len({char for char, *_ in found}) < MIN_GLOSSED or _CUE_SCAN.search(text):
        return
    for char, start, end, gloss in found:
        yield start, end, f"injected pinyin gloss ({gloss}) after {char}"


@register
class GlossFilter(Filter):
    """Cut pinyin glosses that a content farm injected after common characters."""

    name = "glosses"
    description = "remove pinyin glosses injected into words (余(yú)额), restoring the words"
    needs_settled = False  # reads a word and its brackets: it needs no settled text

    def find(self, doc: Document) -> Iterator[Change]:
        for start, end, reason in gloss_spans(doc.text):
            yield Change(start, end, "", reason)
