"""Legal and copyright notices: platform disclaimers, copyright lines, reposting rules.

A notice is recognised by the wording families notices are written in (``版权归原作者所有``,
``未经授权禁止转载``, ``如有侵权请联系删除``, ``以上内容…仅提供信息存储服务``,
``The views expressed … do not necessarily reflect``), or by a notice heading
(``免责声明：``, ``Notice:``) at the start of a sentence. A family must open its sentence:
prose that *mentions* a disclaimer (``官网上多了一行小字免责声明：…``) is left alone. A
notice that follows body text ends the article.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..data import load_lines
from ..document import Change, Document
from ..lines import memo_by_line
from ..pipeline import Filter, register
from .shape import prose_before

__all__ = ["NoticesFilter", "notice_sentences"]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_HEADERS = load_lines("notices_headers.txt")
_TERMS = load_lines("notices_terms.txt")

_LEAD = r"[\s【\[(（<《#*※>\-—·•]*+"
_HEADER = regex.compile(
    rf"\A{_LEAD}(?:{_alternation(_HEADERS)})\s*+[】\])）>》]?\s*+(?:[:：]|$)", regex.IGNORECASE
)
_HEADER_ALONE = regex.compile(
    rf"\A{_LEAD}(?:{_alternation(_HEADERS)})\s*+[】\])）>》]?\s*+[:：]?\s*+", regex.IGNORECASE
)
_TERM = regex.compile(f"(?:{_alternation(_TERMS)})", regex.IGNORECASE)

_NO = r"[^。！？!?\n]"
# Wording families; each must start near the head of its sentence.
_FAMILIES = [
    ("copyright belongs to the author", rf"版[权權](?:归|歸|屬于|属于|屬於)(?:原)?(?:作者|著作权人|著作權人|原作者|权利人|權利人)"),
    ("no reposting without permission",
     rf"(?:未经|未經|非经|非經){_NO}{{0,12}}(?:授权|授權|许可|許可|同意){_NO}{{0,16}}"
     rf"(?:禁止|不得|严禁|嚴禁|请勿|請勿|谢绝|謝絕){_NO}{{0,12}}"
     r"(?:转载|轉載|复制|複製|使用|摘编|摘編|转贴|轉貼|重制|重製|公开|公開|散布|散佈)"),
    ("takedown on infringement",
     rf"(?:如有|若有|如涉及|若涉及|如涉|如果有|如存在){_NO}{{0,8}}(?:侵权|侵權|侵犯|版权问题|版權問題)"
     rf"{_NO}{{0,10}}(?:联系|聯繫|聯絡|联络|告知|通知|来信|來信|私信){_NO}{{0,12}}"
     r"(?:删除|刪除|处理|處理|撤下|下架|撤稿)"),
    ("investment risk warning", r"(?:投资|投資|股市|市场|市場)有(?:风险|風險)[，,、\s]*+(?:投资|投資|入市)(?:需|须|須)(?:谨慎|謹慎)"),
    ("reposting rule", r"(?:转载|轉載)(?:请|請|须|須)(?:注明|註明|标明|標明|保留)"),
    ("views of the author only",
     rf"(?:本文|文章|本站|本网|本網|本平台|以上内容|以上內容|以上文章|文中){_NO}{{0,20}}"
     rf"(?:仅代表|僅代表|只代表|仅为|僅為){_NO}{{0,12}}(?:观点|觀點|看法|立场|立場)"),
    ("not the platform's position",
     rf"(?:不代表|并不代表|並不代表|不意味着|不意味著){_NO}{{0,12}}"
     r"(?:本站|本网|本網|本平台|本报|本報|本刊|本号|本號|平台|网站|網站|新浪网|新浪網)"
     rf"{_NO}{{0,8}}(?:观点|觀點|立场|立場|赞同|贊同)"),
    ("platform disclaimer",
     rf"(?:以上内容|以上內容|本文){_NO}{{0,60}}(?:仅提供信息存储服务|僅提供信息存儲服務|僅提供資訊儲存服務)"),
    ("not investment advice",
     rf"(?:本文|文章|以上|内容|內容|信息|資訊|本站|本报告|本報告){_NO}{{0,30}}"
     r"(?:不构成|不構成|不作为|不作為)(?:任何)?(?:投资|投資)(?:建议|建議|依据|依據)"),
    ("source is the web",
     r"(?:本文|文章|图片|圖片|内容|內容|部分图片|部分圖片|素材)(?:均)?(?:来源|來源|来自|來自|转自|轉自|选自|選自)"
     r"(?:于|於)?(?:网络|網絡|網路|互联网|互聯網)"),
    ("original, reposting needs permission",
     rf"(?:本文|本篇)(?:为|系|為|是){_NO}{{0,24}}(?:原创|原創){_NO}{{0,24}}(?:转载|轉載)"),
    ("copyright line", r"(?:©|Copyright\s*+(?:©|\(c\))?)\s*+\d{4}"),
    ("copyright line",
     r"(?:本站|本网|本網|本刊|本报|本報|本号|本號)?版[权權]所有(?=$|[\s，,、。;；©(（])"
     r"(?:[，,、\s]*+(?:翻印必究|侵权必究|侵權必究|违者必究|違者必究|不得转载|不得轉載))?"),
    ("all rights reserved", r"(?i:all rights reserved)"),
    ("platform disclaimer", r"(?i:the content above[^.\n]{0,120}(?:uploaded|posted|provided))"),
    ("views of the author only",
     r"(?i:(?:views|opinions)[^.\n]{0,60}(?:do not|don't|does not) necessarily (?:reflect|represent))"),
    ("for information only",
     r"(?i:(?:is|are) (?:provided )?for (?:informational|reference|general information) purposes only)"),
    ("no reposting without permission",
     r"(?i:(?:reproduction|republication|redistribution|reprint)[^.\n]{0,80}"
     r"(?:without|prohibited|not permitted))"),
    ("not investment advice",
     r"(?i:(?:does not|do not|not) constitute (?:an? )?(?:investment|financial) advice)"),
]
#: how far into its sentence a family may start (leading words such as "图片来源网络，");
#: "not the platform's position" may start further in: "文中观点不代表本站立场"
_NEAR_HEAD = 16
_LEADS = {"not the platform's position": _NEAR_HEAD + 20}
# each family matched at the head of its sentence only, so no sentence is scanned whole
_FAMILY_RES = [
    (label, regex.compile(rf"(?s:.){{0,{_LEADS.get(label, _NEAR_HEAD)}}}?(?:{p})"))
    for label, p in _FAMILIES
]
# Words every family match holds, one literal group per family above (keep in step): a
# line with none of them and no heading word holds no notice, so it is skipped unread.
_KEYS = regex.compile(
    r"版[权權]|未[经經]|非[经經]|如有|若有|如涉|若涉|如果有|如存在|有[风風][险險]|[转轉][载載]"
    r"|[仅僅只]代表|仅为|僅為|不代表|不意味|[仅僅]提供|不[构構]成|不作[为為]|[网網][络絡路]|互[联聯]"
    r"|原[创創]|©|(?i:copyright|all rights reserved|the content above|necessarily|purposes only"
    r"|reproduction|republication|redistribution|reprint|constitute)"
    f"|(?i:{_alternation(_HEADERS)})"
)
_NON_WORD = regex.compile(r"[\W_]+")

_SENTENCE = regex.compile(r"(?:[^。！？!?.\n]|\.(?!\s))*+(?:[。！？!?]++[”」』）)]*+|\.(?=\s)|(?=\n)|$)")


def _sentences(s: str) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE.finditer(s):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out


def _notice_kind(sentence: str) -> str | None:
    """The family of a notice sentence, or None for any other sentence."""
    head = sentence.lstrip(" \t,，、;；")
    m = _HEADER.match(head)
    if m:
        rest = head[_HEADER_ALONE.match(head).end() :]  # type: ignore[union-attr]
        if not rest.strip() or _TERM.search(rest):
            word = _NON_WORD.sub("", m.group(0))
            return f"{word} heading"
        return None
    if _KEYS.search(head) is None:
        return None
    for label, rx in _FAMILY_RES:
        if rx.match(head):
            return label
    return None


@memo_by_line
def notice_sentences(s: str) -> tuple[int, str] | None:
    """Where the notice at the end of a line starts, and its kind; None if there is none.

    The notice is the longest tail of whole sentences that opens with a notice sentence
    and holds only notice sentences or sentences in notice wording.
    """
    sents = _sentences(s)
    start: tuple[int, str] | None = None
    for i in range(len(sents) - 1, -1, -1):
        a, b = sents[i]
        chunk = s[a:b]
        if not chunk.strip(" \t,，、;；"):
            continue
        kind = _notice_kind(chunk)
        if kind:
            start = (a, kind)
        elif start is None or not _TERM.search(chunk):
            break
    return start


@register
class NoticesFilter(Filter):
    """Cut disclaimers and copyright notices; a notice after body text ends the article."""

    name = "notices"
    description = "cut legal and copyright notices (disclaimers, reposting rules, ©)"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        body = [ln for ln in doc.lines() if not ln.blank]
        keyed = [_has_keys(ln.text) for ln in body]
        if not any(keyed):
            return
        bounds = doc.boundaries()
        in_block = False  # the previous non-blank line was a whole-line notice
        k = 0
        while k < len(body):
            ln = body[k]
            s = ln.text
            if not in_block and not keyed[k]:
                k += 1
                continue
            found = notice_sentences(s)
            if found is None and in_block and _continues_notice(s):
                found = (0, "notice continued")
            if found is None and _HEADER_ALONE.fullmatch(s) and k + 1 < len(body):
                nxt = notice_sentences(body[k + 1].text)
                if nxt is not None or _continues_notice(body[k + 1].text):
                    found = (0, "notice heading")
            if found is None:
                in_block = False
                k += 1
                continue
            a, kind = found
            split = not in_block and prose_before(text, ln.start + a, bounds)
            lead = s[:a]
            if not lead.strip():
                yield ln.cut(f"legal notice: {kind}", split=split)
                in_block = True
            else:
                cut_from = len(lead.rstrip(" \t"))
                yield ln.cut_span(cut_from, len(s), f"legal notice: {kind}", split=split)
                in_block = False
            k += 1


@memo_by_line
def _has_keys(s: str) -> bool:
    """Does the line hold a word that every notice holds? (Most lines do not.)"""
    return _KEYS.search(s) is not None


@memo_by_line
def _continues_notice(s: str) -> bool:
    """A line right under a notice that is more of it: every sentence in notice words."""
    t = s.strip()
    if not t or len(t) > 200:
        return False
    sents = [t[a:b] for a, b in _sentences(t) if t[a:b].strip()]
    return bool(sents) and all(_TERM.search(x) for x in sents)

