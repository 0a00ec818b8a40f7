"""Legal and copyright notices: platform disclaimers, copyright lines, reposting rules.

A notice is recognised by the wording families notices are written in (``版权归原作者所有``,
``未经授权禁止转载``, ``如有侵权请联系删除``, ``以上内容…仅提供信息存储服务``,
``The views expressed … do not necessarily reflect``), or by a notice heading
(``免责声明：``, ``Notice:``) at the start of a sentence. A family must open its sentence:
prose that *mentions* a disclaimer (``官网上多了一行小字免责声明：…``), quotes notice wording
(``“本文仅代表作者观点”这类声明…``) or reports it (``双方约定，未经作者许可…``) is left alone.
Latin notice words count in any casing (``DisClaimer:``, ``COPYRIGHT (C)``), and a ``?``
before a year stands for a © lost to a legacy codec (``版權所有 ? 2024``). A notice that
follows body text ends the article, unless it is an editor's note (``编者按：``) or was cut
from a paragraph's tail with more prose under it. Words in quotation marks are never the
page speaking (``以为加一句‘版权归原作者所有’就…``). A heading standing alone is a notice only when notice
wording follows it. Two footers are told by their structure: a line made of site
registration numbers (ICP, 公安备案, 许可证, the 违法和不良信息举报 line; a copyright line may
stand beside them), and the helpline notice printed under stories of self-harm (a
``…提醒您：`` heading, advice, ``…專線：1925`` lines), which is cut without ending the
article: outlets print it mid-article too. A site's cookie banner (``我們使用cookie來改善您的
使用體驗…同意``, ``本网站使用Cookie…``, ``We use cookies…Accept``) is a notice of its own
kind, told by its opening (the site says it uses cookies) and its ask for consent; it is
page furniture wherever the scraper left it, so it ends no article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import regex

from ..data import load_lines
from ..document import Change, Document
from ..keywords import LATIN, Keywords, expand, prefix_tree
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from ..scripts import hk_re as _re
from ..scripts import hk_regex as _regex
from ..scripts import hk_words as _hk_words
from ..scripts import with_twins
from .shape import is_prose, prose_before

__all__ = ["NoticesFilter", "notice_sentences", "service_line"]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _shortest(words: list[str]) -> list[str]:
    """The words that hold no other word: a line holds one of them iff it holds one of
    ``words`` (``免责声明`` holds ``声明``), and a scan for fewer words is faster."""
    return [w for w in words if not any(v != w and v in w for v in words)]


#: English letters from the most to the least common
_LETTER_ORDER = "etaoinshrdlcumwfgypbvkjxqz"


def _entry(word: str) -> int:
    """Where a scan enters a word: at its first character, or in a word with Latin letters
    at its least common letter in English (``c`` in ``icp``). A scan tries a match wherever
    it meets an entry character, and the common letters are everywhere in news text
    (names, acronyms, links). A word of more than one character is entered before its
    last: the character after the entry tells most entries apart (see
    :func:`_scan_pattern`)."""
    if not LATIN.search(word) or len(word) == 1:
        return 0
    return max(range(len(word) - 1), key=lambda i: (_LETTER_ORDER.find(word[i].lower()), -i))


#: characters that ``re`` matches, without regard to case, to a Latin letter besides its
#: two cases (``ſ`` to ``s``, the Kelvin sign to ``k``)
_ODD_CASES = "ſ\u212aıİ"


def _cases(ch: str) -> list[str]:
    """The characters a case-blind ``re`` takes for ``ch``: ``p`` -> ``p``, ``P``."""
    odd = (c for c in _ODD_CASES if re.fullmatch(f"(?i:{re.escape(ch)})", c))
    found = {ch, ch.lower(), ch.upper(), *odd}
    return sorted(c for c in found if len(c) == 1)


def _char_class(chars: Iterable[str]) -> str:
    """``chars`` as one ``re`` class: a text runs through it at one look per character."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _scan_pattern(
    words: list[str], *, fold: bool = False, entry: Callable[[str], int] = _entry
) -> str:
    """An ``re`` pattern finding each of ``words`` from its entry character (``icp`` from
    its ``c``, as ``c`` then ``p(?<=icp)``): each match lies inside an occurrence of a
    word, so a scan of a text has a match on each line that holds one of them. With
    ``fold`` a word with Latin letters is found in any casing (``DisClaimer``): its entry
    character and the one after are listed in each case, as literals keep the scan fast,
    and only what is looked at around them is case-blind.

    The pattern opens with the entry characters as one class, which ``re`` runs a text
    through fast; an alternation at its head would cost a branch taken at each of them
    (``不``, ``有`` and ``P`` are everywhere). Then one look ahead turns down an entry
    character not followed by a character that follows it in a word, and only the rest
    meet the branches, one for each such character (``[不有…](?=[代风…])(?:代(?<=不代)表|…)``).
    A match is the longest word there from its entry; with ``entry`` at each word's first
    character, a match is a whole word, as a prefix tree finds it."""
    entries: set[str] = set()
    singles: set[str] = set()  # words of one character: nothing to see after it
    rests: dict[tuple[str, bool], list[str]] = {}  # up to after the entry -> the rests
    for w in words:
        i = entry(w)
        blind = fold and LATIN.search(w) is not None
        entries.update(_cases(w[i]) if blind else w[i])
        if len(w) == 1:
            singles.update(_cases(w) if blind else w)
        else:
            rests.setdefault((w[: i + 2], blind), []).append(w[i + 2 :])
    after: dict[str, list[str]] = {}  # the character after an entry -> what comes with it
    for (head, blind), tails in rests.items():
        option = f"(?<={re.escape(head)}){prefix_tree(tails)}"
        for ch in _cases(head[-1]) if blind else [head[-1]]:
            after.setdefault(ch, []).append(f"(?i:{option})" if blind else option)
    branches = "|".join(
        re.escape(ch) + (opts[0] if len(opts) == 1 else f"(?:{'|'.join(opts)})")
        for ch, opts in sorted(after.items())
    )
    options = [f"(?={_char_class(after)})(?:{branches})"] if after else []
    if singles:  # last: a longer word from there is the longer match
        options.append(f"(?<={_char_class(singles)})")
    return f"{_char_class(entries)}(?:{'|'.join(options)})"


# every list word in both scripts (see ``scripts.twins``)
_HEADERS = with_twins(load_lines("notices_headers.txt"))
_TERMS = with_twins(load_lines("notices_terms.txt"))
_HELPLINE_WORDS = with_twins(load_lines("notices_helplines.txt"))

_LEAD = r"[\s【\[(（<《#*※>\-—·•]*+"
#: a heading ends with a colon, the line's end, or the bracket it stands in
#: (``【版權聲明】凡註明…``, ``[免责声明] 本文…``); a bare ``【声明】`` is also a headline's tag
#: (``【声明】某公司：从未授权…``), so it needs its colon
#: the outlet a heading may name first (``中国日报网版权说明：``, ``聯合報版權聲明：``): a short
#: name ending as an outlet's does, before a heading that is more than a bare ``声明``
#: (``某某社声明：`` is a statement in the news)
_OUTLET = (
    r"(?:[\p{Han}A-Za-z0-9]{1,10}?(?:网|網|报|報|社|台|臺|刊|新闻|新聞|传媒|傳媒)"
    r"(?=\p{Han}{2}(?<!声明|聲明)))?"
)
_HEADER = _regex(
    rf"\A{_LEAD}{_OUTLET}(?:{_alternation(_HEADERS)})\s*+(?:(?<![【\[](?:声明|聲明))[】\]]|[\])）>》]?\s*+(?:[:：]|$))",
    regex.IGNORECASE,
)
_HEADER_ALONE = _regex(
    rf"\A{_LEAD}{_OUTLET}(?:{_alternation(_HEADERS)})\s*+[】\])）>》]?\s*+[:：]?\s*+", regex.IGNORECASE
)

_NO = r"[^。！？!?\n]"
#: a year as copyright lines print it (``2024``, not ``2024年`` or ``2024 年``)
_YEAR = r"(?:19|20)\d\d(?![\d年月]|\s[\d年月])"
#: a ``?`` standing for a © that a legacy codec could not write: right before a year
_LOST_C = rf"[?？](?=[ \t]?{_YEAR})"
#: what a paywalled story lists of itself: text, photos, videos (``本新聞文字、照片、影片``)
_MEDIA_PART = r"内容|內容|文章|报道|報導|報道|新闻|新聞|文字|图文|圖文|照片|图片|圖片|影片|视频|視頻|影音|音频|音頻|及|和|与|與|、|，|,|\s"
#: who may read it: members, subscribers, paying users
_MEMBERS = (
    r"(?:付费|付費|订阅|訂閱|收费|收費|VIP|vip)?(?:会员|會員|订户|訂戶|订阅用户|訂閱用戶|订阅者|訂閱者"
    r"|付费用户|付費用戶|付费读者|付費讀者)"
)
#: an outlet's name, ending as an outlet's does (``民報``, ``联合早报``, ``8视界新闻``, ``本台``)
_OUTLET_NAME = (
    r"[\p{Han}A-Za-z0-9]{1,10}?(?:网|網|报|報|社|台|臺|刊|新闻|新聞|传媒|傳媒|媒体|媒體|频道|頻道)"
)
#: who holds a copyright, before ``保留所有权利``: a name ending as a company's or an
#: outlet's does, or after a copyright mark (``Mediacorp Pte Ltd ``, ``新传媒私人有限公司 ``)
_HOLDER = (
    r"[\p{Han}A-Za-z0-9&.,'\- ]{0,40}?"
    r"(?:有限公司|集团|集團|网|網|报|報|社|台|臺|新闻|新聞|传媒|傳媒|媒体|媒體|版权所有|版權所有"
    r"|(?i:ltd|limited|inc|corp|corporation|co|llc|plc|bhd|berhad|group|media|news))\.?\s*+"
)
# Wording families; each must start near the head of its sentence. Each comes with its cue
# groups, ``a|b & c|[dD]``: every match holds a word of each group (the words of the first
# are key words), so a line or sentence without them is not tried against the pattern.
_FAMILIES = [
    ("copyright belongs to the author",
     "版[权權]|著作[权權] & 版[权權][归歸属屬]|著作[权權][归歸属屬] & 作者|著作|利人",
     r"(?:版[权權]|著作[权權])(?:归|歸|屬于|属于|屬於)(?:原)?"
     r"(?:作者|著作权人|著作權人|原作者|权利人|權利人)"),
    ("no reposting without permission",
     "未[经經]|非[经經] & 授[权權]|[许許]可|同意|允[许許] & 禁止|不得|[严嚴]禁|[请請]勿|[谢謝][绝絕]"
     " & [转轉][载載贴貼]|[复複][制製]|使用|摘[编編]|重[制製]|公[开開]|散[布佈]",
     # "未经著作权人许可，不得复制" is the law quoted in a court report, not a notice
     r"(?:未经|未經|非经|非經)(?!(?:著作权人|著作權人|权利人|權利人|原告|被告|他人|当事人|當事人|其)"
     r"(?:许可|許可|同意|授权|授權))"
     rf"{_NO}{{0,12}}(?:授权|授權|许可|許可|同意|允许|允許){_NO}{{0,16}}"
     rf"(?:禁止|不得|严禁|嚴禁|请勿|請勿|谢绝|謝絕){_NO}{{0,12}}"
     r"(?:转载|轉載|复制|複製|使用|摘编|摘編|转贴|轉貼|重制|重製|公开|公開|散布|散佈)"),
    # a ban with no permission named ("本文禁止转载或摘编", Bilibili's articles;
    # "本篇文章謝絕轉載"): the piece names itself, then the ban
    ("no reposting", "本[文篇] & 禁止|[严嚴]禁|[谢謝][绝絕]|不得|[请請]勿 & [转轉][载載贴貼]|摘[编編]",
     r"(?:本文|本篇|本篇文章)(?:内容|內容)?(?:禁止|严禁|嚴禁|谢绝|謝絕|不得|请勿|請勿)(?:任何)?(?:形式的?)?"
     r"(?:转载|轉載|转贴|轉貼|摘编|摘編)(?:(?:或|及|和|与|與|、)(?:转载|轉載|转贴|轉貼|摘编|摘編))?"),
    ("takedown on infringement",
     "如有|若有|如涉|若涉|如果有|如存在 & 侵[权權犯]|[问問][题題] & [联聯][系繫络絡]|告知|通知|[来來]信|私信"
     " & [删刪]除|[处處]理|撤下|下架|撤稿",
     rf"(?:如有|若有|如涉及|若涉及|如涉|如果有|如存在){_NO}{{0,8}}(?:侵权|侵權|侵犯|版权问题|版權問題)"
     rf"{_NO}{{0,10}}(?:联系|聯繫|聯絡|联络|告知|通知|来信|來信|私信){_NO}{{0,12}}"
     r"(?:删除|刪除|处理|處理|撤下|下架|撤稿)"),
    ("investment risk warning", "有[风風][险險] & [需须須][谨謹]慎",
     r"(?:投资|投資|股市|市场|市場)有(?:风险|風險)[，,、\s]*+(?:投资|投資|入市)(?:需|须|須)(?:谨慎|謹慎)"),
    ("reposting rule", "[转轉][载載] & [转轉][载載][请請须須] & [注註标標]明|保留",
     r"(?:转载|轉載)(?:请|請|须|須)(?:注明|註明|标明|標明|保留)"),
    # the outlet prints a piece by leave of its author ("本文系作者 某某 授权钛媒体发表",
    # "本文經作者授權轉載"), in one clause: "本文作者表示，他从未授权…发表" is a report
    ("published by the author's leave", "本[文篇] & 授[权權] & [发發][表布]|[转轉][载載]|刊[登载載]|首[发發]",
     r"(?:本文|本篇)(?:系|係|为|為|是|经|經|已经|已經|已获|已獲|获|獲|由)?(?:原)?作者"
     r"[^，,；;。！？!?\n]{0,16}?(?:授权|授權)[^，,；;。！？!?\n]{0,16}?"
     r"(?:发表|發表|发布|發布|转载|轉載|刊登|刊载|刊載|首发|首發)"),
    ("views of the author only", "[仅僅只谨謹]代表|仅为|僅為 & [观觀][点點]|看法|立[场場]|意[见見] & 本|文|以上",
     rf"(?:本文|该文|該文|此文|本篇|文章|本站|本网|本網|本平台|以上内容|以上內容|以上文章|文中){_NO}{{0,20}}"
     rf"(?:仅代表|僅代表|只代表|谨代表|謹代表|仅为|僅為){_NO}{{0,12}}(?:观点|觀點|看法|立场|立場|意见|意見)"),
    ("views of the author only", "[独獨]立[观觀]|[个個]人[观觀]|[独獨]立看|[个個]人看 & 本文|本篇|[内內]容",
     r"(?:本文|本篇|本内容|本內容|此内容|此內容|以上内容|以上內容)(?:为|為|系|係|是|属|屬|纯属|純屬)"
     r"(?:作者|作者本人|作者个人|作者個人)?(?:独立|獨立|个人|個人)(?:观点|觀點|看法)"),
    ("not the platform's position",
     "不代表|不意味 & 本[站网網报報刊号號台臺社]|平台|[网網]站|新浪[网網] & [观觀][点點]|立[场場]|[赞贊]同",
     rf"(?:不代表|并不代表|並不代表|不意味着|不意味著){_NO}{{0,12}}"
     r"(?:本站|本网|本網|本平台|本报|本報|本刊|本号|本號|本台|本臺|本社|平台|网站|網站|新浪网|新浪網)"
     rf"{_NO}{{0,8}}(?:观点|觀點|立场|立場|赞同|贊同)"),
    # the piece is not the outlet's view, the outlet named ("◎本文章內容不代表民報立場",
    # "本文观点不代表联合早报立场"): the piece names itself first, and the outlet's name,
    # ending as an outlet's does, stands right before the view
    ("not the platform's position",
     "不代表 & 本[文篇]|文[章中]|[此该該]文|以上|投稿 & [网網报報社台臺刊闻聞媒] & [观觀][点點]|立[场場]",
     r"(?:本文|本篇|文章|此文|该文|該文|文中|以上|投稿)[^。！？!?\n「」“”]{0,12}?(?:并|並)?不代表"
     rf"{_OUTLET_NAME}(?:的)?(?:观点|觀點|立场|立場)"),
    ("not the outlet's view", "不代表 & 作者 & 意[见見]|[观觀][点點]|看法",
     r"(?:属|屬|为|為|系|係|乃|纯属|純屬|仅属|僅屬)(?:作者)(?:个人|個人|本人)?(?:意见|意見|观点|觀點|看法)"
     r"[，,、；;\s]*+(?:并|並|亦)?不代表"),
    ("platform disclaimer", "[仅僅只]提供 & [仅僅只]提供[信資] & 存[储儲]|儲存 & 服[务務] & 以上|文",
     rf"(?:以上内容|以上內容|本文|该文|該文|此文){_NO}{{0,60}}"
     r"(?:仅|僅|只)提供(?:信息|資訊)(?:存储|存儲|儲存)(?:空间|空間)?(?:服务|服務)"),
    ("site content is not its view",
     "不代表|[仅僅只]代表 & 本[网網站平] & 刊[载載登]|登[载載]|[转轉][载載]|[发發]布 & [观觀][点點]|立[场場]",
     rf"(?:本网站|本網站|本网|本網|本站|本平台)(?:所)?(?:刊载|刊載|刊登|登载|登載|转载|轉載|发布|發布)"
     rf"{_NO}{{0,16}}(?:不代表|并不代表|並不代表|仅代表|僅代表|只代表){_NO}{{0,16}}(?:观点|觀點|立场|立場)"),
    ("intellectual property of the site",
     "知[识識]|智慧財|著作[权權]|版[权權] & 知识产|知識產|智慧財|著作[权權]|版[权權] & 本[网網站刊报報平文篇]|刊[载載登]|登[载載]"
     " & 所有|[专專]有|享有|持有|集[团團]|公司|[传傳]媒|[报報]社|[杂雜][志誌]社|出版社|媒[体體]",
     r"(?:本网站|本網站|本网|本網|本站|本刊|本报|本報|本平台|本文|本篇|刊载|刊載|刊登|登载|登載)"
     rf"{_NO}{{0,12}}?(?:知识产权|知識產權|智慧財產權|著作权|著作權|版权|版權)(?:均|皆|全部)?"
     rf"(?:为|為|归|歸|属于|屬於|属|屬|係){_NO}{{0,30}}?(?:所有|专有|專有|享有|持有"
     r"|(?:集团|集團|公司|传媒|傳媒|报社|報社|杂志社|雜誌社|出版社|媒体|媒體)(?=[，,；;。]|$))"),
    ("reposting needs permission", "[转轉][载載贴貼用]|刊用 & 授[权權]|[许許]可|同意",
     r"(?:转载|轉載|刊用|转贴|轉貼|转用|轉用)"
     r"(?:本网站|本網站|本网|本網|本站|本刊|本报|本報|本文|本平台)?(?:稿件|文章|内容|內容|作品)?[，,、\s]*+"
     r"(?:须|須|务|務|必须|必須|请|請|应|應|需)(?:先)?(?:经|經|取得|获得|獲得|征得|徵得)?"
     rf"{_NO}{{0,6}}(?:授权|授權|许可|許可|同意)(?={_NO}{{0,12}}(?:[。！？!?；;]|$))"),
    ("reposting needs permission", "[转轉][载載贴貼]|刊用 & [需要欲意愿願][转轉刊]",
     r"(?:如需|如要|如欲|如有意愿|如有意願|如有意|若需|若要|欲)(?:转载|轉載|刊用|转贴|轉貼)"),
    ("reposting needs permission", "[转轉][载載贴貼]|刊用 & [可能得][转轉刊] & 授[权權]|[许許]可|同意",
     rf"(?:获得|獲得|取得|经|經){_NO}{{0,8}}(?:授权|授權|许可|許可|同意)(?:后|後)?"
     r"(?:方可|才可|才能|始可|始得)(?:转载|轉載|刊用|转贴|轉貼)"),
    ("comment policy", "保[有留] & 修改|[删刪移]除 & [权權][利力]",
     r"(?:留言|跟帖|跟貼|本站|本网站|本網站|本平台|网站|網站)"
     rf"{_NO}{{0,30}}?(?:保有|保留)(?!了){_NO}{{0,12}}(?:修改|删除|刪除|移除){_NO}{{0,16}}?(?:权利|權利|权力|權力)"),
    # what a portal prints over its comment board: comments are the commenters' own view
    # ("网友评论仅供其表达个人看法", "所有评论仅代表网友意见", "網民留言只代表網民個人意見")
    ("commenters' views",
     "[仅僅只]代表|[仅僅只]供|仅为|僅為|[仅僅][属屬] & [评評][论論]|留言|跟[帖贴貼]|[发發]言|言[论論]|回[应應]|意[见見]"
     " & [网網]友|[网網]民|[读讀]者|用[户戶]|[评評][论論]|留言|跟[帖贴貼] & 看法|[观觀][点點]|意[见見]|立[场場]",
     r"(?:(?:网友|網友|网民|網民|读者|讀者|用户|用戶)(?:的)?"
     r"(?:评论|評論|留言|跟帖|跟贴|跟貼|发言|發言|言论|言論|回应|回應|意见|意見)"
     r"|(?:评论|評論|留言|跟帖|跟贴|跟貼))(?:内容|內容)?(?:均|皆|都)?"
     rf"(?:(?:仅|僅|只)(?:供|代表)|(?:仅|僅)(?:为|為|属|屬)){_NO}{{0,10}}?"
     rf"(?:个人|個人|本人|网友|網友|网民|網民|读者|讀者|用户|用戶){_NO}{{0,4}}?(?:看法|观点|觀點|意见|意見|立场|立場)"),
    # a comment board's rules: what posts must not hold, and what befalls them
    # ("張貼文章或下標籤，不得有違法或侵害他人權益之言論，違者應自負法律責任")
    ("posting rules",
     "不得|禁止|[严嚴]禁|[请請]勿|切勿 & 张贴|張貼|留言|[评評][论論]|跟[帖贴貼]|回[应應]|[发發]言|[发發]帖|[发發]文|推文"
     " & [违違]者|否[则則]|自[负負]|[删刪]除|移除|停[权權]|有[权權]",
     r"(?:张贴|張貼|留言|评论|評論|跟帖|跟贴|跟貼|回应|回應|发言|發言|发帖|發帖|发文|發文|推文)"
     rf"{_NO}{{0,12}}?(?:不得|禁止|严禁|嚴禁|请勿|請勿|切勿){_NO}{{0,8}}?"
     r"(?:违法|違法|违反|違反|侵害|侵犯|人身攻击|人身攻擊|谩骂|謾罵|辱骂|辱罵|不雅|猥亵|猥褻|色情|广告|廣告"
     r"|不实|不實|诽谤|誹謗|攻击|攻擊|歧视|歧視)"
     rf"{_NO}{{0,40}}?(?:违者|違者|否则|否則|自负|自負|删除|刪除|移除|停权|停權|有权|有權)"),
    ("posting rules",
     "遵守|遵循|[详詳][阅閱] & 张贴|張貼|留言|[评評][论論]|跟[帖贴貼]|回[应應]|[发發]言|[发發]帖|[发發]文|推文"
     " & [规規][则則范範定]|守[则則]|[礼禮][仪儀]|公[约約]|[条條]款",
     r"(?:张贴|張貼|留言|评论|評論|跟帖|跟贴|跟貼|回应|回應|发言|發言|发帖|發帖|发文|發文|推文)"
     r"(?:前|时|時)?[，,\s]*+(?:请|請|须|須|务必|務必|敬请|敬請)(?:先)?(?:详阅|詳閱|遵守|遵循)"
     rf"{_NO}{{0,16}}?(?:规则|規則|规范|規範|规定|規定|守则|守則|礼仪|禮儀|公约|公約|条款|條款)"),
    # a paywalled story's notice: who may read it ("本新聞文字、照片、影片專供某某會員閱覽",
    # "本文为付费会员专享内容", "本文僅供訂閱會員閱讀"); a report says whose content it is
    # ("该平台的影片仅供会员观看"), so the outlet's own "本…" must open it
    ("for members only",
     "[会會][员員]|[订訂][户戶阅閱]|付[费費] & [专專]供|[仅僅只]供|[专專]享|[专專][属屬]|[独獨]享",
     r"(?:本新闻|本新聞|本文章|本文|本篇|本报导|本報導|本报道|本報道|本内容|本內容|此内容|此內容|以上内容|以上內容)"
     rf"(?:{_MEDIA_PART}){{0,12}}?(?:为|為|系|係|属|屬|乃)?"
     r"(?:(?:专供|專供|仅供|僅供|只供)(?:本站|本网|本網|本报|本報|本刊)?"
     rf"{_NO}{{0,10}}?{_MEMBERS}(?:阅览|閱覽|阅读|閱讀|观看|觀看|收看|收听|收聽|使用)"
     rf"|{_MEMBERS}(?:专享|專享|专属|專屬|独享|獨享))"),
    # a reposting ban that warns of a lawsuit ("任何媒體、網站均不得轉載，以免訟累"): the ban
    # is on anyone, where advice in a report is to someone ("律師提醒網友勿轉貼，以免訟累")
    ("no reposting, lest a lawsuit", "以免[讼訟][累]|以免[讼訟][诉訴] & 任何|一切 & 不得|禁止|[请請]勿",
     rf"(?:任何|一切){_NO}{{0,24}}?(?:均|皆|一律)?(?:不得|禁止|请勿|請勿){_NO}{{0,16}}?"
     r"(?:转载|轉載|转贴|轉貼|引用|改写|改寫|复制|複製|重制|重製|散布|散佈|使用|刊登)"
     rf"{_NO}{{0,16}}?以免(?:讼累|訟累|诉讼|訴訟)"),
    # a health or service story's closing note: it informs, it does not advise
    # ("本文僅供參考，不能取代專業醫療建議", "以上内容仅供参考"); the outlet's own "本…" or
    # "以上…" opens it, where a report says whose content it is
    ("for reference only", "[仅僅只]供 & 参考|參考 & 本|以上",
     r"(?:本文|本篇|本内容|本內容|本站|本网|本網|以上)(?:内容|內容|资讯|資訊|信息|资料|資料|文章)?"
     r"(?:均|皆)?(?:仅供|僅供|只供)(?:读者)?(?:参考|參考)"),
    ("not investment advice", "不[构構]成|不作[为為] & 投[资資][建依]",
     rf"(?:本文|文章|以上|内容|內容|信息|資訊|本站|本报告|本報告){_NO}{{0,30}}"
     r"(?:不构成|不構成|不作为|不作為)(?:任何)?(?:投资|投資)(?:建议|建議|依据|依據)"),
    ("source is the web", "[网網][络絡路]|互[联聯] & [源自于於][网網互]",
     r"(?:本文|文章|图片|圖片|内容|內容|部分图片|部分圖片|素材)(?:均)?(?:来源|來源|来自|來自|转自|轉自|选自|選自)"
     r"(?:于|於)?(?:网络|網絡|網路|互联网|互聯網)"),
    # "本文属于原创文章，如若转载，请注明来源" (中关村在线) as well as "本文为原创…"
    ("original, reposting needs permission", "原[创創] & 本[文篇][为系為是属屬] & [转轉][载載]",
     rf"(?:本文|本篇)(?:为|系|為|是|属于|屬於|属|屬){_NO}{{0,24}}(?:原创|原創){_NO}{{0,24}}(?:转载|轉載)"),
    ("original content of the outlet", "原[创創] & [此本][内內]容[为系為係是]",
     r"(?:此内容|本内容|此內容|本內容)(?:为|系|為|係|是)[^，,。；;！？!?\n]{1,16}?(?:原创|原創)"
     r"(?=[，,。；;]|$|(?:文章|稿件|作品|内容|內容)(?:[，,。；;]|$))"),
    ("licensing contact",
     "[转轉][载載]|如需[获獲取]得|如需授|如要授|若需授|欲授|欲[获獲取]|如需申|如要[获獲取]|若需[获獲取]"
     "|如要申|若需申|欲申 & 授[权權] & [联聯][系繫络絡]|洽 & [请請]",
     r"(?:如需|如要|若需|欲)(?:获得|獲得|取得|申请|申請)?(?:授权|授權|转载授权|轉載授權)"
     rf"[，,\s]*+(?:请|請){_NO}{{0,4}}(?:联系|聯繫|聯絡|联络|洽)"),
    ("licensing contact", "[授版][权權][事合相]|[转轉][载載] & [请請][联聯洽来來致]",
     r"(?:授权|授權|版权|版權|转载|轉載)(?:事宜|合作|相关事宜|相關事宜)[，,\s]*+(?:请|請)(?:联系|聯繫|聯絡|联络|洽|来信|來信|致信)"),
    ("creative commons licence",
     "创用|創用|知[识識]|[创創]作共用|CC|Creative Commons & CC|創用|创用|知[识識]共|[创創]作共用|Creative Commons"
     " & 本",
     r"(?:本文|本篇|本作品|本站|本网站|本網站|本网|本網|本内容|本內容|本部落格|本博客)"
     rf"{_NO}{{0,12}}?(?:采用|採用|依|依照|依据|依據|遵循|遵守|使用|以|基于|基於|根据|根據|适用|適用)\s*+"
     r"(?:CC\b|創用|创用|知识共享|知識共享|创作共用|創作共用|Creative Commons)"),
    ("copyright line", "©", r"©\s*+\d{4}"),
    # in any case (``COPYRIGHT (C) 2024``); a © lost to a legacy codec shows as ``?``
    ("copyright line", "copyright|(c)",
     rf"(?i:copyright\s*+(?:©|\(c\)|{_LOST_C})?\s*+\d{{4}}|\(c\)\s*+{_YEAR}(?!\s*+(?-i:[a-z])))"),
    ("copyright line", "版[权權] & 版[权權]所有",
     r"(?:本站|本网|本網|本刊|本报|本報|本号|本號)?版[权權]所有"
     rf"(?=$|[\s，,、。;；©(（．·|｜/]|{_LOST_C}|不得|翻印|侵[权權]|[违違]者|未[经經]|非[经經]|禁止|[严嚴]禁)"
     r"(?:[，,、\s]*+(?:翻印必究|侵权必究|侵權必究|违者必究|違者必究|不得转载|不得轉載))?"),
    ("all rights reserved", "all rights reserved", r"(?i:all rights reserved)"),
    # the same in Chinese, closing a copyright line (``© 2025 Mediacorp Pte Ltd. 保留所有权利``,
    # ``版權所有 保留一切權利``): the words end their sentence, and only a holder's name may
    # stand before them (a report says who keeps what: ``公司表示将保留一切权利追究…``)
    ("all rights reserved", "保留 & 所有[权權]利|一切[权權]利",
     rf"(?:{_HOLDER})?保留(?:所有|一切)(?:权利|權利)(?=[。.．]?\s*+$)"),
    # a government or institutional site's standard notice: what it prints is its copyright
    # (``本网站所刊登的各种新闻、信息和各种专题专栏资料，均为某某中心版权所有，未经协议授权，
    # 禁止下载使用``)
    ("intellectual property of the site", "版[权權] & 本[网網站] & 均[为為系係属屬]|皆[为為] & 版[权權]所有",
     r"(?:本网站|本網站|本网|本網|本站)(?:所)?(?:刊登|刊載|刊载|登载|登載|发布|發布|提供)?"
     rf"{_NO}{{0,40}}?(?:均为|均為|均系|均係|均属|均屬|皆为|皆為)[^。！？!?\n，,]{{1,30}}?版[权權]所有"),
    # an outlet's claim on what it credits to itself (``凡注明“来源：某某网”的所有作品，版权均属于
    # 某某网``, ``凡本網註明「來源：某某」之作品，版權均屬…``): "every work credited … is ours"
    ("copyright of the works credited to the site",
     "版[权權]|著作[权權] & 凡 & [来來]源|稿源|出[处處]",
     r"凡(?:是)?(?:本网站|本網站|本网|本網|本站|本报|本報|本刊|本台|本臺|本平台)?"
     r"(?:注明|註明|标明|標明|标注|標註)[“「『\"]?(?:来源|來源|稿源|出处|出處)"
     rf"{_NO}{{0,50}}?(?:版权|版權|著作权|著作權)"),
    ("platform disclaimer", "the content above",
     r"(?i:the content above[^.\n]{0,120}(?:uploaded|posted|provided))"),
    ("views of the author only", "necessarily",
     r"(?i:(?:views|opinions)[^.\n]{0,60}(?:do not|don't|does not) necessarily (?:reflect|represent))"),
    ("for information only", "purposes only",
     r"(?i:(?:is|are) (?:provided )?for (?:informational|reference|general information) purposes only)"),
    ("no reposting without permission", "reproduction|republication|redistribution|reprint",
     r"(?i:(?:reproduction|republication|redistribution|reprint)[^.\n]{0,80}"
     r"(?:without|prohibited|not permitted))"),
    ("creative commons licence", "licensed under",
     r"(?i:licensed under (?:an? |the )?(?:CC[ -]BY|CC0|Creative Commons))"),
    ("not investment advice", "constitute",
     r"(?i:(?:does not|do not|not) constitute (?:an? )?(?:investment|financial) advice)"),
]
#: how far into its sentence a family may start (leading words such as "图片来源网络，");
#: "not the platform's position" may start further in: "文中观点不代表本站立场", and so may
#: "not the outlet's view", after what the outlet prints: "《經濟通》所刊的署名文章，相關內容屬…"
_NEAR_HEAD = 16
#: a board's rules must open their sentence: further in, they are reported ("新规明确，网络用户…")
_LEADS = {
    "not the platform's position": _NEAR_HEAD + 20,
    "not the outlet's view": _NEAR_HEAD + 20,
    "posting rules": 6,
    "all rights reserved": 0,
}
# each family matched at the head of its sentence only, so no sentence is scanned whole
_FAMILY_RES = [
    (label, _regex(rf"(?s:.){{0,{_LEADS.get(label, _NEAR_HEAD)}}}?(?P<family>{p})"))
    for label, _, p in _FAMILIES
]
#: what leads into reported words: a family after it is quoted, not printed by the outlet
#: ("双方还约定，未经作者许可，报社不得许可其它媒体转载"); an outlet's own "本站提醒，" is no such lead
_REPORTED = _regex(
    r"(?:约定|約定|认为|認為|表示|指出|[称稱]|强调|強調|写道|寫道|坦言|透露|呼吁|呼籲|判决|判決|裁定"
    r"|[说說](?<!据说|據說|听说|聽說|小说|小說)|写上|寫上|写着|寫著|加上|印上|印着|印著|标注|標註)"
    r"[，,：:]?\s*+[“「『‘\"]?\Z"
)
#: a quotation the sentence goes on after: when the notice wording is inside it, the
#: sentence is prose about it ("“本文仅代表作者观点”这类免责声明十分常见", "網站聲明「未經授權不得
#: 轉載」，但…"); a quoted name before notice wording ("「某某網」版權所有") is not; a
#: quotation runs at most 200 characters, so that looking for one at every opening mark
#: stays linear. A quotation that opens the sentence must go on with more than a comma or
#: a closing bracket after it (``“某某号”，未经授权…`` is the notice itself)
_QUOTED = _regex(r"[“「『\"]([^”」』\"\n]{0,200}+)[”」』\"]\s*+([^\s。！？!?.])")
_QUOTE_CLOSED = frozenset("，,；;、）)】")
#: quotation marks: each opening mark with its closing one; a straight quote closes itself
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "﹁": "﹂", "﹃": "﹄", '"': '"', "＂": "＂"}
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(_QUOTE_PAIRS) | set(_QUOTE_PAIRS.values())))) + "]")
#: how far a quotation left open runs: a stray mark from a headline quotes nothing far on
_QUOTE_SPAN = 200


def _quote_open(s: str, pos: int) -> int | None:
    """Where the innermost quotation holding ``pos`` of line ``s`` opens, or None. A
    quotation left open runs on to the line's end (a quoted paragraph closes only at the
    last one), but at most :data:`_QUOTE_SPAN` characters."""
    stack: list[tuple[str, int]] = []  # the closing mark awaited, where the quote opened
    for m in _QUOTE_MARK.finditer(s, 0, pos):
        ch = m.group()
        if stack and stack[-1][0] == ch:
            stack.pop()
        elif ch in _QUOTE_PAIRS:
            stack.append((_QUOTE_PAIRS[ch], m.start()))
        else:  # a closing mark: it closes its quote and the quotes opened inside it
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    del stack[k:]
                    break
    return stack[-1][1] if stack and pos - stack[-1][1] <= _QUOTE_SPAN else None


def _in_quotes(s: str, pos: int) -> bool:
    """Whether ``pos`` of line ``s`` lies inside a quotation in prose (``以为加一句‘版权归原
    作者所有’就…``, ``「有人寫上『版權所有，轉載請註明出處』…」``, a quote over several
    sentences): a notice is the page speaking, never words in quotation marks. The page may
    set its notice in quotes after a heading (``本站声明：「未經授權，不得轉載」``): a quote
    after a colon, not after a verb of saying, that closes its line is the notice."""
    o = _quote_open(s, pos)
    if o is None:
        return False
    if not s[:o].rstrip().endswith(("：", ":")) or _REPORTED.search(s, 0, o + 1) is not None:
        return True
    close = s.find(_QUOTE_PAIRS[s[o]], o + 1)
    return close >= 0 and s[close + 1 :].strip(" \t。！？!?.；;") != ""


# Words every family match holds (each family's first cue group is drawn from them), heading
# words and the like: a line with none of them holds no notice, so it is skipped unread.
_KEYS = Keywords(_hk_words(
    [
        word
        for pattern in (
            "版[权權] 未[经經] 非[经經] 如有 若有 如涉 若涉 如果有 如存在 有[风風][险險] [转轉][载載]"
            " [仅僅只谨謹]代表 仅为 僅為 不代表 不意味 [仅僅只]提供 不[构構]成 不作[为為] [网網][络絡路]"
            " 互[联聯] 原[创創] 知[识識] 智慧財 著作[权權] 刊[载載登用] 登[载載] [转轉][贴貼用] 保[有留]"
            " 提醒[您你] 公[网網]安[备備] [许許]可[证證] [标標][识識][码碼] © [独獨]立[观觀] [个個]人[观觀] [纯純][属屬]"
            " [独獨]立看 [个個]人看 [关關]心[您你]"
            " [授版][权權][事合相] 如需[获獲取]得 如需授 如要授 若需授 欲授 欲[获獲取] 如需申 如要[获獲取] 若需[获獲取]"
            " 如要申 若需申 欲申 [转轉][载載][事合] 创用 創用 知[识識]共享 [创創]作共用"
            " 不良[信資][息訊] [仅僅只]供 [仅僅][属屬] 不得 禁止 [严嚴]禁 [请請]勿 切勿 遵守 遵循 [详詳][阅閱]"
            " [会會][员員] [订訂][户戶阅閱] 付[费費] 以免[讼訟]累 以免[讼訟][诉訴] 本[文篇]"
        ).split()
        for word in expand(pattern)
    ]
    + [
        "icp", "copyright", "(c)", "all rights reserved", "the content above", "necessarily",
        "purposes only", "reproduction", "republication", "redistribution", "reprint",
        "constitute", "cc", "creative commons", "licensed under", *_HEADERS,
    ]
))


#: the key words in a text, left to right, without overlaps, as ``_KEYS.found`` finds them
#: (each the longest word where it starts), from a pattern ``re`` runs faster
_KEY_WORDS = re.compile(_scan_pattern(_KEYS.words, entry=lambda w: 0))


def _word_groups(cues: str) -> list[tuple[str, ...]]:
    """A family's cue groups: ``版[权權] & 版[权權]所有`` -> (``版权``, ``版權``), (``版权所有``, …)."""
    return [tuple(w for part in group.split("|") for w in expand(part)) for group in cues.split(" & ")]


#: per family, the groups of words its every match holds one of: the first of key words (in
#: any of their casings), the others as written
_GROUPS = [_word_groups(cues) for _, cues, _ in _FAMILIES]
assert all(set(Keywords(_hk_words(groups[0])).words) <= set(_KEYS.words) for groups in _GROUPS)
#: per family, a pattern for each group after the first
_NEEDS = [[re.compile(prefix_tree(_hk_words(group))) for group in groups[1:]] for groups in _GROUPS]
#: families matched in any case (``(?i:…)``): their words may be cased in ways the key
#: words do not list, so they are tried on any keyed sentence with a Latin letter
_ANY_CASE = frozenset(i for i, (_, _, p) in enumerate(_FAMILIES) if p.startswith("(?i:"))


#: words a heading, a reminder heading or a registration number holds (Latin ones aside)
_MARK_WORDS = [w for w in _HEADERS if not LATIN.search(w)] + [
    w
    for part in (
        "提醒[您你]", "[关關]心[您你]", "公[网網]安[备備]", "[许許]可[证證]", "不良[信資][息訊]", "[标標][识識][码碼]"
    )
    for w in expand(part)
]
assert set(_MARK_WORDS) <= set(_KEYS.words)
#: what a key word may stand for besides families (by index): a heading, reminder or
#: registration word
_MARK = len(_FAMILIES)


def _stands_for() -> dict[str, frozenset[int]]:
    """For each key word, the families (by index) whose first group it may stand for, and
    ``_MARK`` if it may stand for a mark word: a word inside it, or one that starts inside
    it and runs on past it, since a key scan reports matches without overlaps."""
    by_first: dict[str, list[tuple[str, int]]] = {}
    groups = [(i, Keywords(_hk_words(g[0])).words) for i, g in enumerate(_GROUPS) if i not in _ANY_CASE]
    for i, words in [*groups, (_MARK, _MARK_WORDS)]:
        for cue in words:
            by_first.setdefault(cue[0], []).append((cue, i))
    out = {}
    for word in _KEYS.words:
        found = set()
        for k, ch in enumerate(word):
            tail = word[k:]
            found.update(
                i for cue, i in by_first.get(ch, ()) if tail.startswith(cue) or cue.startswith(tail)
            )
        out[word] = frozenset(found)
    return out


_STANDS_FOR = _stands_for()


def _cued(keys: list[str]) -> set[int]:
    """What the key words found in a text may stand for (see :func:`_stands_for`)."""
    return set().union(*(_STANDS_FOR[w] for w in keys))


def _holds_needs(i: int, s: str) -> bool:
    """Whether ``s`` holds a word of each cue group of family ``i`` after the first."""
    return all(rx.search(s) for rx in _NEEDS[i])


def _families_to_try(s: str, keys: list[str]) -> list[int]:
    """The families (by index, in order) that may match in ``s``, which holds the key words
    ``keys``: those cued whose other groups it holds, and with a Latin letter in ``s``,
    those matched in any case."""
    found = [i for i in _cued(keys) if i != _MARK and _holds_needs(i, s)]
    if LATIN.search(s):
        found.extend(_ANY_CASE)
    return sorted(found)


#: the Latin words of headings, of the families matched in any case and of registration
#: numbers (``ICP``), lower-cased
_LATIN_WORDS = [
    w.lower()
    for w in (
        *(w for w in _HEADERS if LATIN.search(w)),
        *(w for i in _ANY_CASE for w in _GROUPS[i][0]),
        "icp",
    )
]
_LATIN_LOWER = _re(_scan_pattern(_shortest(_LATIN_WORDS)))


def _latin_words(s: str) -> bool:
    """Whether ``s`` may hold one of the Latin words in some casing, as the case-blind
    patterns match them. Lower-casing finds them all but those written with ``ſ``, ``İ`` or
    ``ı`` (which case-blind patterns take for ``s``, ``i`` and ``I``): a line with one of
    those may hold one."""
    if "ſ" in s or "İ" in s or "ı" in s:
        return True
    return _LATIN_LOWER.search(s.lower()) is not None


@memo_by_line
def _may_hold_notice(s: str) -> bool:
    """Whether a keyed line may hold a notice: every notice holds the words of a family's
    cue groups, a heading, reminder or registration word, Latin notice words in some
    casing, or type set spaced out. Most keyed lines hold a key word in prose (``如有``,
    ``网络``) and nothing more."""
    cued = _cued(_KEY_WORDS.findall(s))
    if _MARK in cued or _spaced_out(s):
        return True
    return any(_holds_needs(i, s) for i in cued) or _latin_words(s)


#: the notice terms, in any case (as ``regex.IGNORECASE`` matches them)
_TERM = Keywords(_hk_words(_TERMS), ignore_case=True)
_NON_WORD = _regex(r"[\W_]+")

#: a sentence: text up to a run of end marks (with closing quotes), a full stop before a
#: space, or a line break; a full stop inside a word (``3.5``) and a ``?`` standing for a
#: lost © (``版權所有 ? 2024``) do not end it. The loop is unrolled (runs of plain
#: characters between such marks), as regex runs it faster
_SENTENCE = _regex(
    rf"[^。！？!?.\n]*+(?:(?:\.(?!\s)|{_LOST_C})[^。！？!?.\n]*+)*+"
    r"(?:[。！？!?]++[”」』）)]*+|\.(?=\s)|(?=\n)|$)"
)


def _sentences(s: str) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE.finditer(s):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out


def _notice_kind(sentence: str, line: str = "", at: int = 0) -> str | None:
    """The family of a notice sentence, or None for any other sentence; ``sentence``
    stands at ``at`` in ``line``, where a quotation opened before it makes it prose."""
    head = sentence.lstrip(" \t,，、;；")
    at += len(sentence) - len(head)
    m = _HEADER.match(head) or (_REMINDS.search(head) and _MEDIA_REMINDER.match(head))
    if m and line and _in_quotes(line, at):
        return None
    if m:
        alone = _HEADER_ALONE.match(head) if m.re is _HEADER else m
        rest = head[alone.end() :]  # type: ignore[union-attr]
        # a bare heading is judged by the line under it (NoticesFilter.find)
        if rest.strip() and (_TERM.search(rest) or (m.re is _MEDIA_REMINDER and _slogan(head, m.group(0), rest))):
            word = _NON_WORD.sub("", m.group(0))
            return f"{word} heading"
        return None
    keys = _KEY_WORDS.findall(head)
    if not keys and not _latin_words(head):
        return None
    for i in _families_to_try(head, keys):
        label, rx = _FAMILY_RES[i]
        if fm := rx.match(head):
            start, end = fm.span("family")
            if not line:
                line, at = head, 0
            # quoted where it starts, or where it ends ("文章末尾寫上「本文僅代表作者觀點」")
            quoted = (
                _quoted_or_reported(head, start)
                or _in_quotes(line, at + start)
                or _in_quotes(line, at + end - 1)
            )
            return None if quoted else label
    return None


def _quoted_or_reported(head: str, start: int) -> bool:
    """Whether notice wording at ``start`` of sentence ``head`` is prose quoting it: inside
    a quotation the sentence goes on after, or after a reporting lead (``双方约定，``)."""
    for q in _QUOTED.finditer(head):
        if q.start() >= start:
            break
        if start < q.end(1) and (q.start() > 0 or q.group(2) not in _QUOTE_CLOSED):
            return True
    return _REPORTED.search(head, 0, start) is not None


@memo_by_line
def notice_sentences(s: str) -> tuple[int, str] | None:
    """Where the notice at the end of a line starts, and its kind; None if there is none.

    The notice is the longest tail of whole sentences that opens with a notice sentence
    and holds only notice sentences or sentences in notice wording. Sentences in notice
    wording may close the notice only under a heading, or when the notice is the whole
    (short) line: mid-line, a family sentence followed by more prose is prose quoting it.
    """
    sents = _sentences(s)
    first = next((a for a, b in sents if s[a:b].strip(" \t,，、;；")), 0)
    start: tuple[int, str] | None = None
    pending = 0  # sentences in notice wording that close the line, not yet under a notice
    for i in range(len(sents) - 1, -1, -1):
        a, b = sents[i]
        chunk = s[a:b]
        if not chunk.strip(" \t,，、;；"):
            continue
        kind = _notice_kind(chunk, s, a)
        if kind is None and start is not None and _LOST_MARK.match(chunk):
            kind = "copyright line"  # "? 2024 The Liberty Times. All Rights Reserved."
        if kind is None and start is not None and start[1] == _RESERVED and _HOLDER_ONLY.fullmatch(chunk):
            kind = _RESERVED  # the holder, its name ended by a full stop: "Mediacorp Pte Ltd."
        if start is None and not pending and _FOLLOW.match(chunk):
            continue  # a follow prompt closing the line goes with a notice before it
        if not pending and _SHARE.match(chunk):
            continue  # so does a share prompt, between notice sentences too
        if kind and (
            not pending
            or kind.endswith(" heading")
            or (a == first and pending <= 2 and len(s) <= _WHOLE_MAX)
        ):
            start = (a, kind)
            pending = 0
        elif kind or _TERM.search(chunk) or _registration_line(chunk.strip()):
            if start is None:
                pending += 1
        else:
            break
    return start


#: a follow / subscribe prompt (``关注观察者网微信guanchacn，…``): printed after the notice
_FOLLOW = _regex(
    r"\s*+(?:欢迎|歡迎|请|請)?(?:关注|關注|订阅|訂閱|追踪|追蹤)[^。！？!?\n]{0,24}?"
    r"(?:微信|公众号|公眾號|微博|账号|帳號|頻道|频道|粉丝团|粉絲團|App|APP|客户端|客戶端)"
)

#: a share / like prompt (``欢迎在文末分享、点赞、在看三连！``, ``歡迎分享轉發``): WeChat prints it
#: amid the copyright lines, and it goes with them
_SHARE = _regex(
    r"\s*+(?:欢迎|歡迎|记得|記得|请|請|别忘了|別忘了)[^。！？!?\n]{0,12}?(?:分享|点赞|點讚|點贊|在看|转发|轉發|收藏)"
    r"[^。！？!?\n]{0,16}[。！？!?~～]*+\s*+\Z"
)

#: a sentence led by a © lost to a legacy codec (``? 2024 自由時報.``): a copyright line when
#: a notice follows it; alone, the ``?`` may be any lost character
_LOST_MARK = _regex(rf"\A[\s【\[(（]*+{_LOST_C}")

_RESERVED = "all rights reserved"
#: a sentence that is a holder's name alone, before ``保留所有权利`` or ``All rights reserved``
_HOLDER_ONLY = _regex(rf"\s*+{_HOLDER}")

#: the longest line that goes whole because it opens with a notice and holds only
#: notice wording (a longer one is an article line that happens to start like one)
_WHOLE_MAX = 200


@register
class NoticesFilter(Filter):
    """Cut disclaimers and copyright notices; a notice after body text ends the article."""

    name = "notices"
    description = "cut legal and copyright notices (disclaimers, reposting rules, ©)"
    #: the scans of the last text read: a settling round reads it again with a few changes
    _scans: _Scans | None = None

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        # one scan of the whole text for the key words: most lines hold none; the lines of
        # the rarer cues alone are read for what they cue
        self._scans = scans = _rescan(text, self._scans)
        keyed, helpline_named, cookies, spaced = scans.keys, scans.helplines, scans.cookies, scans.spaced
        if not keyed and not helpline_named and not spaced and not cookies:
            return
        lines = doc.lines()
        cues = set(doc.line_indexes_of(keyed))
        banners = _cookie_banners(lines, doc.line_indexes_of(cookies)) if cookies else {}
        cues.update(banners)
        helplines: dict[int, str] = {}
        if helpline_named:
            helplines = _helpline_blocks(lines, sorted(set(doc.line_indexes_of(helpline_named))))
            cues.update(helplines)
        if spaced:
            # a notice set in spaced-out type (``版 权 所 有``) is read without the spaces;
            # it holds the hint on its line (see :func:`_spaced_out`)
            cues.update(i for i in doc.line_indexes_of(spaced) if _despaced_notice(lines[i].text) is not None)
        if not cues:
            return
        bounds: list[int] | None = None  # the article boundaries, read at the first notice
        todo = sorted(cues)
        in_block = False  # the previous non-blank line was a whole-line notice
        i: int | None = todo[0]
        while i is not None:
            ln = lines[i]
            if i in banners:
                # page furniture, no article's end: the scraper leaves it anywhere
                yield ln.cut(f"legal notice: {banners[i]}")
                in_block = False
            elif i in helplines:
                # cut, but no article end: outlets print it inside articles too
                yield ln.cut(f"legal notice: {helplines[i]}")
                in_block = False
            elif (found := _line_notice(lines, i, in_block)) is None:
                in_block = False
            else:
                a, kind = found
                split = False
                if not in_block and not _article_goes_on(lines, i, a):
                    bounds = doc.boundaries() if bounds is None else bounds
                    split = prose_before(text, ln.start + a, bounds)
                lead = ln.text[:a]
                if not lead.strip():
                    yield ln.cut(f"legal notice: {kind}", split=split)
                    in_block = True
                else:
                    cut_from = len(lead.rstrip(" \t"))
                    yield ln.cut_span(cut_from, len(ln.text), f"legal notice: {kind}", split=split)
                    in_block = False
            # under a whole-line notice the next line may go on with it; else the next cue
            i = _next_text_line(lines, i) if in_block else _next_after(todo, i)


#: an editor's note opening its line (``编者按：``, ``【編者按】``, ``（编者注：``): the editor
#: speaks inside the article, above or amid its text
_EDITORS_NOTE = _re(r"\A[\s【\[(（<《]*+(?:编者按|編者按|编者注|編者註|編者注|编按|編按|编注|編註)")


def _article_goes_on(lines: list[Line], i: int, a: int) -> bool:
    """Whether the article goes on past a notice at ``a`` of line ``i``, so that the notice
    ends nothing: an editor's note (``编者按：…文中观点不代表本报立场。``) is the article's
    own, and a notice cut from the tail of a paragraph with more prose under it sits
    inside its article. A notice on a line of its own with prose under it may end one
    article above the next, which opens without a head."""
    s = lines[i].text
    if _EDITORS_NOTE.match(s):
        return True
    if not s[:a].strip():
        return False
    below = _next_text_line(lines, i)
    return below is not None and is_prose(lines[below].text.strip())


def _line_notice(lines: list[Line], i: int, in_block: bool) -> tuple[int, str] | None:
    """Where the notice on line ``i`` starts and its kind, or None; ``in_block``: the line
    above is a whole-line notice."""
    s = lines[i].text
    if not in_block and not _may_hold_notice(s):
        return None
    found = notice_sentences(s)
    if found is None:
        found = _despaced_notice(s)
    if found is None and in_block and _continues_notice(s):
        found = (0, "notice continued")
    if found is None and _bare_heading(s):
        # a bare heading is a notice only above notice wording
        below = _next_text_line(lines, i)
        if below is not None:
            nxt = lines[below].text
            whole = notice_sentences(nxt)
            if (whole is not None and not nxt[: whole[0]].strip()) or _continues_notice(nxt):
                found = (0, "notice heading")
    if found is None and _registration_line(s):
        found = (0, "site registration numbers")
    return found


def _bare_heading(s: str) -> bool:
    """A line that is a notice heading and nothing else (``免责声明：``, ``《TVBS》提醒您``)."""
    return _HEADER_ALONE.fullmatch(s) is not None or (
        _REMINDS.search(s) is not None and _MEDIA_REMINDER.fullmatch(s) is not None
    )


def _next_text_line(lines: list[Line], i: int) -> int | None:
    """The index of the first non-blank line after line ``i``, or None."""
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def _next_after(todo: list[int], i: int) -> int | None:
    """The first index in sorted ``todo`` greater than ``i``, or None."""
    k = bisect.bisect_right(todo, i)
    return todo[k] if k < len(todo) else None


#: four Han characters in a row, each followed by one space: type set spaced out
_SPACED_OUT = _re(r"(?:[\u4e00-\u9fff] ){4}")
#: implied by it, and found faster: ``re`` looks for the leading space first
_SPACED_HINT = _re(r" [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] ")


def _spaced_out(s: str) -> bool:
    return _SPACED_HINT.search(s) is not None and _SPACED_OUT.search(s) is not None
_SPACE_BETWEEN_HAN = _regex(r"(?<=[\p{Han}\u3000-\u303f\uff01-\uff60]) (?=[\p{Han}\u3000-\u303f\uff01-\uff60])")


@memo_by_line
def _despaced_notice(s: str) -> tuple[int, str] | None:
    """A line that is wholly a notice once the spaces between its characters go:
    ``人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用``."""
    if not _spaced_out(s):
        return None
    found = notice_sentences(_SPACE_BETWEEN_HAN.sub("", s))
    if found is None:
        return None
    return (0, f"{found[1]} (spaced out)") if found[0] == 0 else None


@memo_by_line
def _continues_notice(s: str) -> bool:
    """A line right under a notice that is more of it: every sentence in notice words."""
    t = s.strip()
    if not t or len(t) > 200:
        return False
    sents = [t[a:b] for a, b in _sentences(t) if t[a:b].strip()]
    return bool(sents) and all(_TERM.search(x) for x in sents)


# -- cookie banners --------------------------------------------------------------------------

#: every cookie banner names cookies, in some casing
#: (spelled out as classes, with the non-ASCII characters ``re.IGNORECASE`` folds to k
#: and i, which ``re`` finds twice as fast as the same word ignoring case)
#: entered at its ``k``, rarer in text than ``c``, and then checked behind
_COOKIE_CUE = _re("[kK\u212a](?<=[cC][oO][oO][kK\u212a])[iI\u0130\u0131][eE]")
_COOKIE_KIND = "cookie banner"
#: a banner opens with the site saying it uses cookies: "我們使用cookie來…", "本网站使用Cookie…",
#: "为了提供更好的服务，我们使用Cookie…", "We use cookies to…", "This website uses cookies";
#: a report names who uses them ("歐盟要求網站使用cookie前…", "Google表示：「我們使用…"), or
#: speaks of their use ("我们使用Cookie的方式…")
_COOKIE_OPEN = _regex(
    r"[【\[]?\s{0,2}(?:(?:为了|為了)[^。！？!?\n「」“”]{1,30}[，,]\s*+)?"
    r"(?:我们|我們|本网站|本網站|本网|本網|本站|本平台|本服务|本服務|网站|網站|我们的网站|我們的網站)"
    r"(?:会|會|将|將|可能|亦|也)?\s*+(?:使用|采用|採用|利用|运用|運用|透过|透過|通过|通過)\s*+"
    r"[^。！？!?\n「」“”]{0,12}?cookies?(?!\s*+的)"
    r"|(?:we|this (?:web)?site|our (?:web)?site)\s++(?:(?:also|may)\s++)?uses?\s++(?:\w++\s++){0,3}?cookies?",
    regex.IGNORECASE,
)
#: what a banner asks or points to: consent, going on to browse, the privacy policy, a button
_COOKIE_ASK = _regex(
    r"同意|接受|允许|允許|继续|繼續|隐私|隱私|设定|設定|设置|我知道了|知道了|了解更多|确定|確定|关闭|關閉"
    r"|agree|accept|consent|continu|privacy|settings|got it|ok\b",
    regex.IGNORECASE,
)
#: what reported speech holds, and no banner: quotation marks, a saying verb
#: ("即表示您同意" is the banner's own wording)
_COOKIE_REPORTED = _regex(r"[「」“”『』]|(?<![即就])表示|指出|[说說](?!明)|[称稱]|认为|認為")
#: a banner's button left on a line of its own under it
_COOKIE_BUTTON = _regex(
    r"[\[【(（]?\s{0,2}(?:同意|我同意|接受|全部接受|我知道了|知道了|确定|確定|好的|关闭|關閉|OK|Accept(?: all)?|I agree|Agree|Got it"
    r"|Close)\s{0,2}[\]】)）]?",
    regex.IGNORECASE,
)
COOKIE_BANNER_MAX = 300


@memo_by_line
def cookie_banner(s: str) -> bool:
    """A line that is a site's cookie banner: it opens with the site's use of cookies and
    asks for consent or points to a policy; an article about cookies reports who uses them."""
    t = s.strip()
    if len(t) > COOKIE_BANNER_MAX or _COOKIE_CUE.search(t) is None:
        return False
    m = _COOKIE_OPEN.match(t)
    if m is None or _COOKIE_REPORTED.search(t) is not None:
        return False
    return _COOKIE_ASK.search(t, m.end()) is not None


def _cookie_banners(lines: list[Line], cued: list[int]) -> dict[int, str]:
    """Cookie banners by line index, with the consent button left on the line under one;
    ``cued``: the lines that hold the cookie cue, as every banner does."""
    out: dict[int, str] = {}
    for i in dict.fromkeys(cued):
        if not cookie_banner(lines[i].text):
            continue
        out[i] = _COOKIE_KIND
        below = _next_text_line(lines, i)
        if below is not None and _COOKIE_BUTTON.fullmatch(lines[below].text.strip()):
            out[below] = _COOKIE_KIND
    return out


# -- footers told by structure --------------------------------------------------------------

_SEP = r"[\s|｜·•/、，,;；]"
#: an e-mail address, tried from the start of its run of name characters only
_EMAIL = r"(?<![\w.+\-])[\w.+\-]{1,64}+@[\w\-]++(?:\.[\w\-]++)++"
#: a phone number, with a country code or an area code in brackets or not
#: (``+886-2-5555-6366``, ``(02)8692-5588``, ``010-65363636``)
_PHONE = r"(?:\+\d{1,3}[\s\-]?)?(?:[(（]\d{1,4}[)）]\s?)?\d[\d\-－]{3,16}\d"
#: an e-mail address or a phone number
_CONTACT = rf"(?:{_EMAIL}|{_PHONE})"
# one registration number: ICP 备案/证, 公安备案, a licence ("网络视听许可证0102004号")
_REG_TOKEN = _regex(
    r"(?:(?:网站|網站)?(?:备案|備案)(?:号|號)?\s{0,2}[:：]\s{0,2})?"
    r"(?:\p{Han}{0,2}ICP\s{0,2}(?:备|備|证|證)?(?:案号|案號|号|號)?\s{0,2}[:：]?\s{0,2}\p{Han}{0,2}\s{0,2}"
    r"[A-Z]?\d{5,10}\s{0,2}(?:号|號)?(?:\s{0,2}-\s{0,2}\d{1,3})?"
    r"|\p{Han}{0,2}公[网網]安[备備]\s{0,2}(?:号|號)?\s{0,2}[:：]?\s{0,2}\d{10,16}\s{0,2}(?:号|號)?"
    # the code every mainland government site prints (``网站标识码：3412210001``,
    # ``政府网站标识码bm27000003``)
    r"|(?:政府)?(?:网站|網站)(?:标识码|標識碼)\s{0,2}[:：]?\s{0,2}(?:bm|BM)?\d{8,10}"
    r"|\p{Han}{2,20}?(?:许可证|許可證)(?:号|號|编号|編號)?\s{0,2}[:：]?\s{0,2}"
    r"[(（〔\[]?\p{Han}{0,2}[)）〕\]]?[A-Za-z0-9][A-Za-z0-9\-－]{2,24}\s{0,2}(?:号|號)?"
    # the reporting line mainland sites must print, under the outlet's name or not
    # ("互联网违法和不良信息举报电话：0571-81683755", "人民日报违法和不良信息举报电话：…");
    # a name is an outlet's by its ending, so "…可拨打中央网信办违法和不良…" is no such line
    r"|(?:[\p{Han}A-Za-z]{0,8}?(?:网|網|报|報|社|台|站|新闻|新聞|中心|集团|集團|公司|传媒|傳媒)|[A-Za-z]{2,10})?"
    r"(?:互联网|互聯網)?(?:违法|違法)和不良(?:信息|資訊|资讯)(?:举报|舉報)(?:中心|电话|電話|热线|熱線|邮箱|郵箱)?"
    rf"(?:\s{{0,2}}[:：]?\s{{0,2}}{_CONTACT})?)",
    regex.IGNORECASE,
)
#: what a site's service desk is called, before its mail box or phone: ``人民网服务邮箱``,
#: ``客服信箱``, ``讀者服務專線``, ``新闻热线``
_DESK = (
    r"(?:[\p{Han}A-Za-z]{0,8}?(?:服务|服務|客服|投诉|投訴|举报|舉報|新闻|新聞|读者|讀者|爆料|联系|聯繫|聯絡"
    r"|广告|廣告|商务|商務|合作|版权|版權))?"
)
#: a contact printed among the numbers (``举报邮箱：jubao@example.com``, ``人民网服务邮箱：…``,
#: ``E-mail: …``): part of such a line, never one by itself
_REG_CONTACT = _regex(
    rf"(?:{_DESK}(?:邮箱|郵箱|信箱|电话|電話|热线|熱線|专线|專線)|E-?mail)\s{{0,2}}[:：]\s{{0,2}}{_CONTACT}"
    rf"|{_EMAIL}",
    regex.IGNORECASE,
)
_REG_REST = _regex(rf"{_SEP}*+")
#: who runs the site, printed beside its numbers on a government or institutional site
#: (``主办单位：某某县人民政府办公室``, ``承辦：某某中心``, ``技术支持：某某公司``): part of such
#: a line, never one by itself (an event notice lists its 主办单位 too)
_REG_SPONSOR = _regex(
    r"(?:主办|主辦|承办|承辦|协办|協辦|技术支持|技術支持|运维|運維|维护|維護|建设|建設)(?:单位|單位)?"
    r"\s{0,2}[:：]\s{0,2}[^\s|｜:：，,。；;]{2,30}"
)
#: a service desk and its contact (``客服信箱：service@example.com``, ``新聞熱線：(02)2345-6789``)
_DESK_CONTACT = _regex(
    rf"{_DESK}(?:邮箱|郵箱|信箱|电话|電話|热线|熱線|专线|專線|传真|傳真|E-?mail)\s{{0,2}}[:：]\s{{0,2}}{_CONTACT}",
    regex.IGNORECASE,
)
#: words a service line holds one of
_DESK_WORDS = (
    "邮箱", "郵箱", "信箱", "电话", "電話", "热线", "熱線", "专线", "專線", "传真", "傳真", "mail", "MAIL", "Mail",
)
_REG_STRIP = " \t\u3000|｜·•/、，,;；"
#: one scan for all of them: most texts hold none, and then no line of theirs is a service line
_DESK_ANY = re.compile("|".join(map(re.escape, _hk_words(_DESK_WORDS))))


def may_hold_service_line(text: str) -> bool:
    """Whether any line of ``text`` may be a :func:`service_line` (it holds a desk word)."""
    return _DESK_ANY.search(text) is not None


@memo_by_line
def _registration_line(s: str) -> bool:
    """A line made of site registration numbers only, or of them and a copyright line
    (``违法和不良信息举报电话：4006561155 Copyright © 2004-2015 京东 版权所有``): a legal
    footer wherever it stands."""
    if len(s) > 200 or not (
        "ICP" in s.upper() or "安备" in s or "安備" in s or "可证" in s or "可證" in s or "不良" in s
        or "识码" in s or "識碼" in s
    ):
        return False
    rest = _REG_TOKEN.sub("", s)
    if rest == s:
        return False
    rest = _REG_CONTACT.sub("", _REG_SPONSOR.sub("", rest))
    if _REG_REST.fullmatch(rest) is not None:
        return True
    rest = rest.strip(_REG_STRIP)
    found = notice_sentences(rest)
    return found is not None and found[0] == 0


@memo_by_line
def service_line(s: str) -> bool:
    """A line of a site's service desks and nothing else (``客服信箱：service@example.com｜
    客服專線：(02)8692-5588``), registration numbers and a copyright line allowed beside
    them. Not a notice where it stands: an article may end on a hotline for its readers;
    a stretch of such lines after an article's end is the page's footer."""
    if len(s) > 200 or _DESK_ANY.search(s) is None:
        return False
    rest = _DESK_CONTACT.sub("", s)
    if rest == s:
        return False
    if _REG_REST.fullmatch(rest) is not None:
        return True
    if _REG_REST.fullmatch(_REG_CONTACT.sub("", rest)) is not None:
        return True  # a bare e-mail address beside the desks
    rest = rest.strip(_REG_STRIP)
    if _registration_line(rest):
        return True
    found = notice_sentences(rest)
    return found is not None and found[0] == 0


# helpline notices: a "…提醒您：" heading, advice, then hotline lines
_HELPLINE_GATE = Keywords(_hk_words([*expand("[專专][線线]"), *expand("[熱热][線线]")]))
_HOTLINE_WORD = r"(?:專線|专线|熱線|热线|協談|协谈|諮詢|咨询)(?:電話|电话|號碼|号码)?"
_HOTLINE = _regex(
    rf"(?:{_SEP}{{0,3}}[^\s:：，,。|｜]{{0,16}}?{_HOTLINE_WORD}[^\d:：，,。|｜\n]{{0,8}}?\s{{0,2}}[:：]?\s{{0,2}}"
    r"\d[\d\-－ ]{1,14}(?:\s{0,2}[（(][^）)\n]{0,16}[）)])?){1,6}"
    rf"{_SEP}{{0,3}}"
)
_HELPLINE = _regex(_alternation(_HELPLINE_WORDS))
_REMINDER = _regex(
    r"\A[\s★☆※◆■▲►▶●•*【\[]*+[^\n:：。，,]{1,16}?提醒[您你][】\]]?\s*+[:：]?\s*+"
)
#: a reminder heading that names an outlet ("《TVBS》提醒您：", "三立新聞網提醒您："): above
#: notice wording it opens a notice; a source's advice ("医生提醒您：") stays
_MEDIA_REMINDER = _regex(
    r"\A[\s★☆※◆■▲►▶●•‧·*【\[]*+(?:《[^》\n]{1,12}》|[^\s:：。，,《》]{0,12}?(?:新聞網|新闻网|新聞|新闻|網|网|台"
    r"|日報|日报|報|报|刊|雜誌|杂志|媒體|媒体|視|视|[A-Za-z]{2}))\s*+(?:提醒|關心|关心)[您你][】\]]?\s*+[:：]?\s*+"
)
#: the longest public-service slogan after an outlet's reminder heading
#: (``●東森新聞關心您，喝酒不開車，開車不喝酒，安全有保障。``, ``★中时新闻网关心您:喝酒过量,有碍健康!``)
SLOGAN_MAX = 24
#: what marks a reminder line as the outlet's own furniture (a bullet before the heading)
_SLOGAN_MARKS = frozenset("★☆※◆■▲►▶●•‧·*")
#: a reporting verb before the outlet: prose that quotes a slogan
_REPORTING = _re("說|説|说|表示|指出|稱|称|提到|寫|写")
#: what parts a heading without a colon from its slogan
_SLOGAN_LEADS = frozenset("，, \u3000")


def _slogan(head: str, heading: str, rest: str) -> bool:
    """Whether a short sentence under an outlet's reminder heading is the outlet's
    public-service slogan: a ``…關心您`` heading is one by itself; an outlet's ``…提醒您`` also
    closes its own reporting (``本報提醒您：…``), so it needs the bullet slogans are set with."""
    if len(rest.strip()) > SLOGAN_MAX or _SENTENCE_END_MARKS.search(rest.rstrip("。！？!?")) is not None:
        return False
    if heading.rstrip()[-1:] not in ":：" and rest[:1] not in _SLOGAN_LEADS:
        return False  # "…關心您的健康" is a sentence about the outlet, not a heading
    if _REPORTING.search(heading):
        return False  # "他說東森新聞關心您，…" reports the slogan
    return "关心" in heading or "關心" in heading or head.lstrip()[:1] in _SLOGAN_MARKS


#: a sentence end inside the slogan: more than one sentence is prose, not a slogan
_SENTENCE_END_MARKS = _re("[。！？!?]")
#: words every reminder heading holds: a line without them is not one
_REMINDS = _re("(?:提醒|關心|关心)[您你]")
#: a hotline number next to its hotline word, either way round (``撥打1925安心專線``)
_HOTLINE_NUMBER = _regex(
    rf"{_HOTLINE_WORD}[^\d\n]{{0,8}}?\d{{3}}|\d{{3}}[\d\-－ ]{{0,12}}[^\d\n]{{0,8}}?{_HOTLINE_WORD}"
)
#: how an advice line leads into the hotline list under it
_LEADS_IN = ("撥打", "拨打", "致電", "致电", ":", "：")


@memo_by_line
def _hotline_line(s: str) -> bool:
    """A line of hotline entries (``自殺防治諮詢安心專線：1925（24小時）``) and nothing else."""
    if len(s) > 160 or _HELPLINE_GATE.search(s) is None:
        return False
    return _HOTLINE.fullmatch(s.strip()) is not None


@memo_by_line
def _helpline_tagline(s: str) -> bool:
    """The helpline notice in one line under an outlet's heading: ``‧ 鏡週刊關心您：珍惜生命，
    如有煩惱可撥打1925安心專線``; the heading keeps a quoted source's advice out."""
    if len(s) > 120 or _HELPLINE_GATE.search(s) is None:
        return False
    m = _MEDIA_REMINDER.match(s)
    if m is None:
        return False
    rest = s[m.end() :]
    return _HELPLINE.search(rest) is not None and _HOTLINE_NUMBER.search(rest) is not None


def _helpline_blocks(lines: list[Line], cued: list[int]) -> dict[int, str]:
    """Lines of helpline notices, by line index: a run of hotline lines naming a helpline,
    and above it a reminder heading with the advice under it, or an advice line that leads
    into the list (``…可撥打``, ``…热线寻求帮助：``). ``cued``: the lines, in order, that
    hold a helpline word, as every hotline line and tagline does; only they are read, and
    the few lines around a run."""
    out: dict[int, str] = {}
    done = -1  # the last line of the last run of hotline lines
    for i in cued:
        if i <= done:
            continue
        if not _hotline_line(lines[i].text):
            if _helpline_tagline(lines[i].text):
                out[i] = "helpline notice"
            continue
        run = [i]
        below = _next_text_line(lines, i)
        while below is not None and _hotline_line(lines[below].text):
            run.append(below)
            below = _next_text_line(lines, below)
        done = run[-1]
        if _HELPLINE.search(" ".join(lines[j].text for j in run)):
            for j in run:
                out[j] = "helpline notice"
            _mark_advice(lines, _text_lines_above(lines, i, 3), out)
    return out


def _mark_advice(lines: list[Line], above: list[int], out: dict[int, str]) -> None:
    """Mark the lead-in over a run of hotline lines (``above``: the lines over it, nearest
    first): up to a reminder heading, or an advice line that leads into the list."""
    for n, j in enumerate(above):
        t = lines[j].text.rstrip()
        if _REMINDER.fullmatch(t):
            for k in above[: n + 1]:
                out[k] = "helpline notice"
            return
        if len(t) > 80 or not _HELPLINE.search(t):
            return
        if n == 0 and t.endswith(_LEADS_IN):
            out[j] = "helpline notice"
            return


def _text_lines_above(lines: list[Line], i: int, most: int) -> list[int]:
    """The indexes of up to ``most`` non-blank lines above line ``i``, nearest first."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and len(out) < most:
        if not lines[j].blank:
            out.append(j)
        j -= 1
    return out


# -- one pass over a whole text ------------------------------------------------------------

#: the word every cookie banner holds (see ``_COOKIE_CUE``), found in any casing
_COOKIE_WORD = "cookie"
#: what one pass over a text looks for: key words (those with Latin letters in any casing),
#: helpline words and the cookie word. No key word shares a character with a helpline word,
#: so neither hides the other
_OTHER_WORDS = _shortest(sorted({w.lower() if LATIN.search(w) else w for w in _KEYS.words}))
_SCAN_WORDS = [*_OTHER_WORDS, *_HELPLINE_GATE.words, _COOKIE_WORD]
_SCAN = re.compile(_scan_pattern(_hk_words(_SCAN_WORDS), fold=True))
assert not set("".join(_KEYS.words)) & set("".join(_HELPLINE_GATE.words))
_HELPLINE_GATE_WORDS = frozenset(_HELPLINE_GATE.words)
#: the scan finds the cookie word from its ``k`` to its end (``kie``); no other word holds
#: a ``k`` or is entered at an ``i`` or ``e``, so no other match starts there or runs over
#: those letters: the cookie word neither hides nor is hidden, and its matches are those
#: starting with a ``k``
_COOKIE_ENTRIES = frozenset(_cases(_COOKIE_WORD[_entry(_COOKIE_WORD)]))
assert _COOKIE_WORD[_entry(_COOKIE_WORD)] == "k"
assert not any(
    "k" in w.lower() or w[_entry(w)].lower() in "ie" for w in [*_OTHER_WORDS, *_HELPLINE_GATE.words]
)


def _scan(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int], list[int]]:
    """Where key words, helpline words and cookie words are in ``text`` (from ``start`` to
    ``end``): for each kind, a match on each line that holds a word of it, and on no other
    line."""
    keys: list[int] = []
    helplines: list[int] = []
    cookies: list[int] = []
    for m in _SCAN.finditer(text, start, len(text) if end is None else end):
        found = m.group()
        if found in _HELPLINE_GATE_WORDS:
            helplines.append(m.start())
        elif found[0] in _COOKIE_ENTRIES:
            cookies.append(m.start())
        else:
            keys.append(m.start())
    return keys, helplines, cookies


class _Scans(NamedTuple):
    """What the scans of a text found (see :func:`_scan`), and where type is spaced out."""

    text: str
    keys: list[int]
    helplines: list[int]
    cookies: list[int]
    spaced: list[int]


def _scan_lines(text: str, start: int = 0, end: int | None = None) -> _Scans:
    """The scans of the lines in ``text[start:end]`` (whole lines)."""
    end = len(text) if end is None else end
    keys, helplines, cookies = _scan(text, start, end)
    spaced = [m.start() for m in _SPACED_HINT.finditer(text, start, end)]
    return _Scans(text, keys, helplines, cookies, spaced)


#: how much of two texts is compared at a time, looking for where they part
_CHUNK = 4096


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of ``a`` and ``b``."""
    n = min(len(a), len(b))
    lo = 0
    while lo + _CHUNK <= n and a[lo : lo + _CHUNK] == b[lo : lo + _CHUNK]:
        lo += _CHUNK
    hi = min(lo + _CHUNK, n)  # a[:lo] == b[:lo]; they part in a[lo:hi], if at all
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, most: int) -> int:
    """The length of the longest common suffix of ``a`` and ``b``, up to ``most``."""
    la, lb = len(a), len(b)
    lo = 0
    while lo + _CHUNK <= most and a[la - lo - _CHUNK : la - lo] == b[lb - lo - _CHUNK : lb - lo]:
        lo += _CHUNK
    hi = min(lo + _CHUNK, most)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid : la - lo] == b[lb - mid : lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _rescan(text: str, last: _Scans | None) -> _Scans:
    """The scans of ``text``, from those of the last text read where they share lines.

    No match holds a line break, so what a scan finds on a line depends on that line
    alone: the lines before the first change and after the last one keep their matches
    (shifted), and only the lines between are scanned again. The result is that of a
    scan of the whole text. A settling round changes a few lines of the text the round
    before read; any other text shares little with the last, and is scanned whole.
    """
    if last is None:
        return _scan_lines(text)
    old = last.text
    if old == text:
        return last
    p = _common_prefix(old, text)
    q = _common_suffix(old, text, min(len(old), len(text)) - p)
    lo = text.rfind("\n", 0, p) + 1  # the start of the first changed line
    hi = text.find("\n", len(text) - q)  # the break after the last changed line
    if hi < 0:
        hi = len(text)
    shift = len(text) - len(old)
    hi_old = hi - shift
    mid = _scan_lines(text, lo, hi)

    def spliced(before: list[int], found: list[int]) -> list[int]:
        a = bisect.bisect_left(before, lo)
        b = bisect.bisect_left(before, hi_old)
        return before[:a] + found + [k + shift for k in before[b:]]

    return _Scans(
        text,
        spliced(last.keys, mid.keys),
        spliced(last.helplines, mid.helplines),
        spliced(last.cookies, mid.cookies),
        spliced(last.spaced, mid.spaced),
    )
