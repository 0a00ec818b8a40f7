"""Site chrome: the furniture a portal prints around an article.

Breadcrumbs, share and follow bars, "展开全文", image placeholders, view counters, author
boxes, app-download, follow and alert prompts, pagers, menus and footer link bars, a site
name glued to a repeated title, photo captions and credits left without their photo, a
gallery's counters (``1/6`` … ``6/6``), an outlet's tag closing its copy (``（信報）``), arrow-marked
links to other articles, a reprint's original-title note, section labels left at an
article's end, hashtag lines, reader polls, closing calls to comment, a bulletin board's
signature lines and pushes (PTT's ``※ 發信站: …``), a forum's edit and moderation notes, a
thread's floor labels and stamps, its posters' counts, levels and votes, a blog column's box
(CSDN), a paywall's notice, Medium's author box, readers' comments
by floor after the article (Dcard's ``B1 …``), a portal's comment section after it (``热门跟贴``,
then rows of commenter and time, their comments, ``查看更多跟贴``), a hot-replies box
(``亮了的回复 (3)``, then ``昵称：回复`` lines over vote rows), a photo's credit line and the
caption under it (``圖片：世衛組織/Yoshi Shimizu``), a caption ending with its bracketed credit,
a row of bare tags over the share buttons, an institution's contact footer
(``医院地址：… 急诊电话：…``), a pager's links and a tag row under the text
(``上一篇：…``, ``熱門標籤：…``), an author's biography after it, a paginated article's page footer
(``（第1頁 共2頁）``), a live blog's trailer, pin label and radio prompt, a press release's tag
(``【通稿】``) and, on a portal's page, its media contact, and end-of-article markers such as
``返回搜狐,查看更多`` or ``责任编辑：…``.
Lines are judged by what they are made of (a line made only of widget words, counters
and separators), never by one word inside prose.

A content farm prints each page as its headline, its site line repeating it
(``光华网官网最新热点:<headline>``) and a counter row; mirrors concatenate such pages with
no separator. Where the site line is cut under a headline that follows the article's
text, an article boundary is marked at the headline.
"""

from __future__ import annotations

import array
import re

from collections.abc import Iterable, Iterator
from functools import cache
from itertools import compress, count
from operator import eq, itemgetter, or_

import regex

from ..data import load_lines
from ..document import Change, Document
from ..keywords import LATIN, Keywords, prefix_tree
from ..lines import Line, memo_by_line
from ..pipeline import Filter, register
from ..scripts import hk_re as _re
from ..scripts import hk_regex as _regex
from ..scripts import hk_words as _hk_words
from ..scripts import with_twins
from .body import is_whole_page
from .metadata import parse_meta_line
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


def _regex_class(pattern: str) -> str:
    """What ``regex`` matches with a one-character ``pattern`` (``\\d``), as the body of a
    class for ``re``, which may follow another Unicode version: the characters of the Basic
    Multilingual Plane it matches, found once, and every character beyond it."""
    return re.escape("".join(regex.findall(pattern, _plane()))) + "\U00010000-\U0010ffff"


@cache
def _plane() -> str:
    """Every character of the Basic Multilingual Plane, surrogates included."""
    return array.array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")


def _any_case(words: Iterable[str]) -> str:
    """A pattern for ``re`` that finds each of ``words`` in every casing ``regex`` finds it
    in (with ``IGNORECASE``, which folds one character at a time), and maybe in others.
    It starts with one class, which ``re`` scans for fast, then looks back at it."""

    def case(ch: str) -> str:
        return _regex_class("(?i)" + regex.escape(ch))

    alts = (f"(?<=[{case(w[0])}])" + "".join(f"[{case(ch)}]" for ch in w[1:]) for w in words)
    return f"[{''.join(case(w[0]) for w in words)}](?:{'|'.join(alts)})"


# ``re`` finds a class or a literal faster than ``regex`` does: the cheap tests that spare
# a line the costly patterns use it
_DIGITS = _regex_class(r"\d")
_DIGIT = _re(f"[{_DIGITS}]")
#: a Han character: none is a space, a digit or a separator, and none has a case
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"

# every list word in both scripts (see ``scripts.twins``)
_STRONG = with_twins(load_lines("chrome_phrases.txt"))
_WEAK = with_twins(load_lines("chrome_widgets.txt"))
_CRUMBS = with_twins(load_lines("chrome_breadcrumbs.txt"))
_END = with_twins(load_lines("chrome_end.txt"))
_MENU = frozenset(with_twins(load_lines("chrome_menu.txt")))

_STRONG_SET = {w.casefold() for w in _STRONG}
# phrases with spaces inside ("Share on Facebook") are matched before a line is chunked
_SPACED = _regex(
    rf"(?<![\p{{L}}])(?:{_alternation(w for w in _STRONG if ' ' in w)})(?![\p{{L}}])", regex.IGNORECASE
)
_TOKEN = _regex(f"(?:{_alternation([*_STRONG, *_WEAK])})", regex.IGNORECASE)
# chunks of a line are what lies between separators and punctuation
_SEP_CHARS = r"\s|｜/／·•・,，、:：;；.。!！?？\-—_+=()（）\[\]【】<>《》「」“”\"'‘’~～▸►▶▷»›→…"
_CHUNK_SEP = _regex(f"[{_SEP_CHARS}]+")
_COUNT = _regex(r"\d[\d,.]*+[万萬wWkK千%]?\+?")
# a character that is no part of a widget word, a count or a separator: a line holding one
# is no run of widget words (in the case folding of ``_TOKEN``); a Han one is found faster
_WORD_CHARS = "".join(regex.escape(c) for c in sorted(set("".join([*_STRONG, *_WEAK]))))
_COUNT_CHARS = ",.万萬wWkK千%+"  # what a count holds besides digits (see ``_COUNT``)
_FOREIGN = _regex(f"[^{_SEP_CHARS}{_WORD_CHARS}\\d{_COUNT_CHARS}]", regex.IGNORECASE)
_FOREIGN_HAN = _re(f"(?![{_WORD_CHARS}{_COUNT_CHARS}]){_HAN}")
#: what ``_FOREIGN`` finds in a line of ASCII (most lines without Han: dates, English), for
#: ``re``, which finds it several times faster
_FOREIGN_ASCII = _re(f"[{re.escape(''.join(_FOREIGN.findall(''.join(map(chr, range(128))))))}]")
#: every widget word holds one of these letters (in the case folding of ``_TOKEN``)
_TOKEN_LETTER = _regex(
    f"[{''.join(sorted({c for w in [*_STRONG, *_WEAK] for c in w if c.isalpha()}))}]", regex.IGNORECASE
)
# a follow button: "+关注"
_PLUS_BUTTON = _regex(r"[+＋]\s{0,2}(?:关注|關注|订阅|訂閱|追蹤|追踪|加好友)")
_PUNCT_ONLY = _regex(r"[\s,，、:：;；.。!！?？]{1,3}")

#: what a breadcrumb's separators are made of (see ``_BREADCRUMB_SEP``, ``_SLASH_SEP``)
_TRAIL_MARKS = ">＞»›/／"
_BREADCRUMB_SEP = _regex(r"(?<!\s)\s*+(?:>>|>|＞|»|›)\s*+")
_CRUMB_WORD = _regex(f"(?:{_alternation(_CRUMBS)})", regex.IGNORECASE)
# "首頁 / 產經": a slash with a space beside it ("文／王小明" is a byline)
_SLASH_SEP = _regex(r"(?<!\s)\s*+[/／]\s*+")
#: a trail's mark lost as "?" by an encoding, spaced as the mark was (``_is_lost_trail``)
_LOST_SEP = _regex(r"[ \t]\?[ \t]")
#: the home page a trail starts from ("首頁 / 新創 / 募資")
_HOME_WORDS = ("首页", "首頁", "主页", "主頁", "Home", "HOME")
# a site's name: "ETtoday新聞雲", "中時新聞網", "新京报书评周刊"
_SITE_NAME = _regex(r"(?:网|網|云|雲|报|報|刊|社|台|臺|新闻|新聞|频道|頻道|TV|News|NEWS)$")
_SENTENCE_PUNCT = _regex(r"[。，,！？!?；;]")

# a menu: many short items; a link bar: items between "|"
_MENU_PUNCT = _re(r"[。，,！？!?；;：:、「」“”《》（）()#＃@]")
_BAR_SEP = _regex(r"[|｜]")
_ITEM_GAPS = " \u3000\t|｜"
#: a space-separated menu holds this many items, nearly all of them section names
MENU_MIN_ITEMS = 6
#: the longest line read as a menu or link bar, and as a breadcrumb trail
MENU_MAX = 200
BREADCRUMB_MAX = 80
MENU_SHARE = 0.7
#: a link bar holds this many items, half of them section or site-link names
BAR_MIN_ITEMS = 4

# a call to action: "點我下載APP", "打开凤凰新闻", "訂閱《中央社》LINE官方帳號", "阅读全文"
_CTA_LEAD = (
    r"(?:[请請]|欢迎|歡迎|点我|點我|按我|(?:点击|點擊|按)(?:这里|這裡|這裏)|点击|點擊|点此|點此|立即|马上|馬上|现在|現在|一键|一鍵"
    r"|已经|已經|免费|免費|赶快|趕快|快来|快來|快|或者|或是|或|并|並|即刻|即"
    r"|更多(?:相关|相關)?(?:精彩)?(?:内容|內容|新闻|新聞|资讯|資訊|报道|報導|影片|视频|視頻)?)"
)
_CTA_OBJECTS = with_twins((
    "APP", "App", "app", "客户端", "客戶端", "频道", "頻道", "LINE", "Line", "官方帐号", "官方账号", "官方帳號",
    "公众号", "公眾號", "好友", "朋友圈", "二维码", "二維碼", "YouTube", "Youtube", "粉丝团", "粉絲團", "粉丝页",
    "粉絲頁", "粉絲專頁", "我们", "我們", "Facebook", "Instagram", "电子报", "電子報", "电子版", "電子版", "专题", "專題", "读者群",
    "讀者群", "粉丝群", "粉絲群", "微信群", "社群", "会员", "會員", "微信号", "微信號", "视频号", "視頻號",
    "应用程序", "應用程序", "应用程式", "應用程式", "我", "Threads", "Telegram", "专页", "專頁", "专区", "專區",
))
#: a social platform's name: in a prompt it is the object of the verb beside it ("追蹤01新聞 Instagram")
_CTA_PLATFORMS = frozenset(("Facebook", "Instagram", "YouTube", "Youtube", "LINE", "Line", "Threads", "Telegram"))
#: an outlet's app named beside a prompt ("快科技APP 扫码下载"): what the prompt is about
_CTA_APP = _regex(r"[\p{Han}A-Za-z0-9]{1,10}(?:APP|App|app|客户端|客戶端)")
_CTA_OBJ = f"(?:{'|'.join(_CTA_OBJECTS)})"
_CTA_VERBS = with_twins((
    "打开", "打開", "下载", "下載", "订阅", "訂閱", "关注", "關注", "追蹤", "追踪", "加入", "安装", "安裝",
    "分享至", "分享到", "分享给", "分享給", "进入", "進入",
))
_CTA_SCANS = with_twins(("扫码", "掃碼", "扫描", "掃描", "扫一扫", "掃一掃"))
_CTA_VERB = f"(?:{'|'.join(_CTA_VERBS)}|(?:用微信|用手机|用手機|微信)?(?:{'|'.join(_CTA_SCANS)}))"
#: what a scan leads to, said without its object: "扫码下载", "掃碼關注"
_CTA_SCAN_TO = with_twins(("下载", "下載", "关注", "關注", "订阅", "訂閱", "阅读", "閱讀", "观看", "觀看"))
#: "睇" is Cantonese for "看" (Hong Kong portals: "即睇更多新聞")
_CTA_READS = with_twins(("阅读", "閱讀", "查看", "观看", "觀看", "浏览", "瀏覽", "看", "睇"))
_CTA_READ = (
    rf"(?:{'|'.join(_CTA_READS)})(?:全文|原文|详情|詳情|下文|活动办法|活動辦法"
    r"|更多(?:高清|精彩)?(?:图片|圖片|内容|內容|新闻|新聞|影片|视频|視頻|报道|報導)?"
    r"|完整(?:内容|內容|报道|報導)?|精彩(?:图片|圖片|内容|內容|视频|視頻|影片)|(?:高清)?大(?:图|圖)"
    r"|(?:本文)?(?:英文版|中文版|英文原文|中文原文))"
)
# "開啟小鈴鐺", "[啟動LINE推播]": turning on an outlet's notifications
_CTA_ALERTS = with_twins(("推播", "推送", "小铃铛", "小鈴鐺"))
_CTA_ALERT = (
    rf"(?:开启|開啟|启动|啟動|打开|打開)(?:LINE|Line)?(?:{'|'.join(_CTA_ALERTS)})(?:通知|功能)?"
)
# a pager's or gallery's button: "下一頁", "点击图片进入下一页或下一篇"
_CTA_PAGES = with_twins(("上一页", "下一页", "上一頁", "下一頁", "上一张", "下一张", "上一張", "下一張", "上一篇", "下一篇"))
_CTA_PAGE_TO = rf"(?:{'|'.join(_CTA_PAGES)})"
_CTA_PAGE = (
    rf"(?:图片|圖片)?(?:进入|進入|查看|看|翻到|翻至)?{_CTA_PAGE_TO}(?:或{_CTA_PAGE_TO})?"
)
_CTA_TAPS = with_twins(("点击", "點擊", "点", "點", "戳", "按"))
_CTA_PLACES = with_twins(("上方", "下方", "上面", "下面", "左下角", "右下角", "底部", "文末"))
_CTA_HERES = with_twins(("这里", "這裡", "這裏", "此处", "此處", "此"))
#: a tip-off that the outlet rewards ("报料有奖", "爆料有獎"): a prompt to send it news
_CTA_TIPS = tuple(t + r for t in ("报料", "爆料", "報料") for r in ("有奖", "有獎"))
#: what a tap on "here" sends: a contribution or a tip-off ("点击这里投稿")
_CTA_SENDS = ("投稿", "报料", "爆料", "報料")
#: a closing promise of more to read ("想了解更多精彩内容", "想瞭解更多精彩內容"): no sentence of
#: the article says it, where "想了解更多详情的市民…" goes on to say who may ask
_CTA_LEARNS = with_twins(("了解更多", "瞭解更多"))
_CTA_LEARN = (
    rf"(?:想|想要|如想|若想)?(?:{'|'.join(_CTA_LEARNS)})(?:精彩)?"
    r"(?:内容|內容|资讯|資訊|新闻|新聞|报道|報導|好文)"
)
_CTA_POINT = f"(?:{'|'.join(_CTA_TAPS)})(?:{'|'.join(_CTA_PLACES)})"
_CTA_HERE = f"(?:{'|'.join(t for t in _CTA_TAPS if t != '戳')})(?:{'|'.join(_CTA_HERES)})"
_CTA = _regex(
    rf"{_CTA_LEAD}{{0,2}}(?:"
    # "打开百度APP阅读全文": where to read and the reading, one button
    rf"{_CTA_VERB}[^\s，,。！？!?、|｜]{{0,12}}?{_CTA_OBJ}{{1,2}}(?:[了吧]|(?:继续|繼續)?{_CTA_READ})?"
    rf"|加{_CTA_OBJ}{{1,2}}[了吧]?"
    rf"|(?:打开|打開|下载|下載)[^\s，,。！？!?、|｜]{{1,8}}?(?:新闻|新聞)(?:APP|App|app|客户端|客戶端)?"
    rf"|用?(?:APP|App|app|手机|手機)看(?:新闻|新聞)"
    rf"|{_CTA_ALERT}|{_CTA_PAGE}|(?:{'|'.join(_CTA_SCANS)})(?:{'|'.join(_CTA_SCAN_TO)})"
    rf"|分享(?:让|讓)更多(?:人|朋友)(?:看到|知道)"
    rf"|(?:继续|繼續)?(?:往下|向下)?{_CTA_READ}|(?:继续|繼續)(?:往下|向下)?(?:阅读|閱讀|看)"
    rf"|(?:在手机上|在手機上|在APP中|在APP内|在APP內|在客户端|在客戶端)(?:浏览|瀏覽|阅读|閱讀|观看|觀看|查看)"
    # "点击下方卡片", "点击上方“财经十一人”关注我们", "请点击这里"
    rf"|{_CTA_POINT}[^\s，,。！？!?、|｜]{{0,16}}"
    rf"|{_CTA_HERE}(?:{'|'.join(_CTA_SENDS)})?"
    rf"|{'|'.join(_CTA_TIPS)}"
    rf"|{_CTA_LEARN}"
    r")"
)
# every call to action holds one of these (``_CTA``: a verb, "加" and an object, a reading
# verb, "分享让", a tap on a place or "here", an alert word, a pager's button, a rewarded
# tip-off; ``_CTA_NAMED``:
# one of the verbs)
_CTA_CUE = Keywords(_hk_words(
    [
        *_CTA_VERBS, *_CTA_SCANS, *("加" + o for o in _CTA_OBJECTS), *_CTA_READS, "分享让", "分享讓",
        *(t + p for t in _CTA_TAPS for p in _CTA_PLACES), *(t + h for t in _CTA_TAPS for h in _CTA_HERES),
        *_CTA_ALERTS, *_CTA_PAGES, *_CTA_TIPS, *_CTA_LEARNS,
    ]
))
# "订阅联合早报", "关注晚点LatePost", "快来关注齐鲁壹点": a follow verb and a name; a prompt
# when the name is an outlet's, or beside another prompt
_CTA_NAMED = _regex(
    r"(?:快来|快來|欢迎|歡迎|请|請)?(?:关注|關注|追蹤|追踪|订阅|訂閱|加入|下载|下載)[^\s，,。！？!?、|｜]{2,14}"
)
# what a prompt promises or points to, no sentence of the article: "每天带你了解…",
# "以每月$0.99阅读更多精彩内容", "最新消息不漏接", a link
_CTA_PROMISE = _regex(
    r"(?:以|只要|只需|仅需|僅需)?(?:每天|每日|天天|每月|每週|每周|第一时间|第一時間|随时随地|隨時隨地"
    r"|最新消息|最新资讯|最新資訊|重要新闻|重要新聞)[^\s，,。！？!?]{0,20}"
    # what the app spares or guarantees the reader: "不用抽 不用搶", "保證天天中獎"
    r"|(?:不用|无需|無需|不必|免)[^\s，,。！？!?]{1,3}"
    r"|(?:保证|保證)[^\s，,。！？!?]{2,8}"
    r"|https?://[^\s]{1,200}"
    # what following the outlet lets the reader do: "即可随时了解股市动态", "即可隨時掌握最新消息"
    r"|(?:即可|就能|便可|可)?(?:随时|隨時)(?:了解|瞭解|掌握|获取|獲取|查看|关注|關注)[^\s，,。！？!?]{0,12}"
)
# an account's ID in brackets: "关注钛媒体微信号（ID：taimeiti）"
_CTA_ID_WORDS = ("ID", "id", "微信号", "微信號")
_CTA_ID = _regex(
    rf"[（(]\s{{0,2}}(?:{'|'.join(_CTA_ID_WORDS)})\s{{0,2}}[:：]\s{{0,2}}[\w.\-]{{1,40}}\s{{0,2}}[）)]"
)
# an exclamation or a question parts a prompt's slogans, brackets wrap them ("（下载红星新闻，报料有奖！）") ("最HOT話題在這！想跟上時事，快點我加入…")
_CTA_SEP = _regex(r"[\s，,、|｜【】\[\]（）()！!？?]++")
# a tap on "me" or "here" speaks to a pointer, never in a sentence of the article: such a
# prompt may carry twice the slogans ("快點我加入TVBS新聞LINE好友")
_CTA_TAP = _regex(r"(?:快|请|請|立即|马上|馬上)?(?:点我|點我|按我|点此|點此|点击|點擊)")
# a prompt's link, with the colon that leads to it: "即睇更多新聞：https://…"
_CTA_LINK = _regex(r"[:：]?\s{0,2}https?://[^\s]{1,200}")
_CTA_TRIM = ".…▸►▶▷»›→>★☆。！!"
#: a widget's label: a short name with no sentence in it
WIDGET_LABEL_MAX = 8
_SENTENCE_END = _regex(r"[。！？!?…]")
#: the longest line a call to action is read from
_CTA_MAX = 60
#: the words other than a call to action that such a prompt may hold ("保證天天中獎")
CTA_FILLER_MAX = 10

_IMAGE = _regex(
    r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|\[(?:图片|圖片|图|圖|image|img|photo)\]", regex.IGNORECASE
)
# a button's label the scraper joined into the text: it stands between spaces
_EXPAND = _regex(r"(?<![^\s])(?:(?:点击)?展开(?:阅读)?全文|(?:點擊)?展開(?:閱讀)?全文)(?![^\s])")
_END_MARK = _regex(f"(?:{'|'.join(_flexible(e) for e in _END)})\\s*+", regex.IGNORECASE)


def _head(entry: str) -> str:
    """What every match of an end marker starts with: the entry up to its first comma or
    space (any may stand there) or cased letter (any case may stand there)."""
    for i, ch in enumerate(entry):
        if ch in ",，、 " or ch.lower() != ch.upper():
            return entry[:i]
    return entry


# counters: "浏览次数:1245", "1.2万阅读", "10099文章数", "评论 12", "网友评论（27）", "1552人已围观", "浏览：3,562次"
# the space after a number is no part of it: it parts the number from the next counter,
# but for one space before the count's unit ("浏览次数：3562 次", as farm templates print it)
_NUM = r"\d[\d,.]*+(?:\s?[万萬wWkK千])?\+?"
_AFTER_LABEL = (
    r"次浏览|人浏览|次瀏覽|人瀏覽|浏览|瀏覽|次阅读|人阅读|次閱讀|人閱讀|次閲讀|人閲讀|阅读|閱讀|閲讀|次播放|播放|"
    r"条评论|條評論|评论|評論|留言|点赞|點讚|获赞|獲讚|讚|赞|收藏|转发|轉發|分享|文章数|文章數|"
    r"关注度|關注度|粉丝|粉絲|关注|關注|人看过|人看過|人在看|在看|人喜欢|人喜歡|人赞赏|人讚賞|"
    r"人收藏|人已收藏|人已围观|人围观|人已圍觀|人圍觀|人参与|人參與|次围观|次圍觀|"
    r"views?|comments?|likes?|shares?"
)
_BEFORE_LABEL = (
    r"浏览次数|瀏覽次數|浏览量|瀏覽量|浏览数|瀏覽數|浏览|瀏覽|阅读次数|閱讀次數|閲讀次數|阅读量|閱讀量|閲讀量|"
    r"阅读数|閱讀數|閲讀數|阅读|閱讀|閲讀|"
    r"点阅数|點閱數|点阅率|點閱率|点阅|點閱|观看次数|觀看次數|播放量|播放次数|播放次數|围观|圍觀|留言|"
    r"点击量|點擊量|点击数|點擊數|点击|點擊|人气|人氣|热度|熱度|网友评论|網友評論|评论|評論|点赞|點讚|在看|收藏|"
    r"转发|轉發|分享|views?|"
    # a forum poster's counts beside a post ("積分 2350 帖子 8721", Discuz!)
    r"积分|積分|帖子|精华|精華|威望|"
    # a flash list's read count, one character ("阅 12.3W", 财联社's 电报)
    r"阅|閱|閲"
)
_TIME_LABEL = r"更新时间|更新時間|发布时间|發布時間|发表时间|發表時間|时间|時間|日期"
_DATE = (
    r"\d{4}\s*+[-/.年]\s*+\d{1,2}\s*+[-/.月]\s*+\d{1,2}\s*+日?(?:\s*+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)
_EDGE_L = r"(?:(?<=^)|(?<=[\s|｜/·•,，、;；]))"
_EDGE_R = r"(?=$|[\s|｜/·•,，、;；])"
_COUNTER = _regex(
    rf"{_EDGE_L}(?:{_NUM}\s*+(?:{_AFTER_LABEL})|(?:{_BEFORE_LABEL})\s*+[:：]?\s*+(?:{_NUM}|[(（]{_NUM}[)）])(?:\s?(?:人次|次|人))?"
    rf"|(?:{_BEFORE_LABEL}|{_TIME_LABEL})\s*+[:：](?=\s*+(?:$|{_BEFORE_LABEL}))){_EDGE_R}",
    regex.IGNORECASE,
)
#: every counter holds a number or a label's colon
_DIGIT_OR_COLON = _re(f"[{_DIGITS}:：]")


def _labels(alternation: str) -> list[str]:
    """The words of an alternation of labels, an optional plural "s" left off."""
    words = [w.removesuffix("s?") for w in alternation.split("|")]
    assert not any(regex.escape(w) != w for w in words), "labels are plain words"
    return words


_COUNTER_LABELS = _labels(f"{_AFTER_LABEL}|{_BEFORE_LABEL}|{_TIME_LABEL}")
#: every counter holds one of its labels
_COUNTER_CUE = Keywords(_hk_words(_COUNTER_LABELS), ignore_case=True)
#: a label in Latin letters, in any casing ``_COUNTER_CUE`` finds it in (and maybe others)
_LATIN_LABEL = _re(_any_case(sorted({w for w in _COUNTER_LABELS if LATIN.search(w)})))
#: what counters are made of: their labels, a count's unit, "次" or "人" after a count
_COUNTER_CHARS = "".join(sorted(set("".join(_COUNTER_LABELS)))) + "万萬千次人"
#: a Han character that no counter holds: a line holding one is more than counters
_UNCOUNTED_HAN = _re(f"(?![{_COUNTER_CHARS}]){_HAN}")
#: a Han character that no widget word, no count and no counter holds: a line holding one
#: holds a ``_FOREIGN_HAN`` and an ``_UNCOUNTED_HAN`` character, and most lines hold one
_PLAIN_HAN = _re(f"(?![{_WORD_CHARS}{_COUNT_CHARS}{_COUNTER_CHARS}]){_HAN}")
#: every date or time holds one of these (see ``_DATE``)
_DATE_SEP = _re(r"[:\-/.年]")
_DATE_FIELD = _regex(rf"(?:(?:{_TIME_LABEL})\s*+[:：]?\s*+)?(?:{_DATE})")
_LONE_COUNT = _regex(rf"{_NUM}")
#: a date is no counter: "2024.07.18" is left for the metadata filter
_DATE_ONLY = _regex(r"(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}")
# WeChat's collection label: "收录于合集 #公司 36个", "收錄於話題 #科技"
_COLLECTION = _regex(
    r"(?:本文)?(?:收录于|收錄於)\s*+(?:合集|话题|話題|专辑|專輯)\s*+(?:[#＃][^\s#＃]{1,20}\s*+){0,5}"
    r"(?:\d{1,5}\s*+[个個篇]?)?"
)
# "閱讀時間 12 分鐘", "预计阅读时间：约5分钟"
_READ_TIME = _regex(
    r"(?:本文)?(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間|时长|時長|需要)?\s*+[:：]?\s*+(?:约|約|大约|大約)?\s*+"
    r"\d{1,3}\s*+(?:分钟|分鐘|分|min|mins|minutes)"
)
# a player's or photo's label, the media gone (BBC): "圖像加註文字，…", "媒体加注文字，…", "图像来源，Getty Images"
_MEDIA_CAPTION = _regex(
    r"(?:图像|圖像|图片|圖片|媒体|媒體|视频|視頻)(?:加注|加註)(?:文字|说明|說明)\s*+[，,：:]"
    r"|(?:图像|圖像)(?:来源|來源)\s*+[，,：:]"
)
#: a player's or photo's label starts with one of these (see ``_MEDIA_CAPTION``)
_MEDIA_HEADS = ("图像", "圖像", "图片", "圖片", "媒体", "媒體", "视频", "視頻")
_YEAR = _regex(r"(?:19|20)\d\d")
_AUTHOR_BOX = _regex(r"incentive-icons?", regex.IGNORECASE)
#: an author box's icon line is a name and the icon label, never a paragraph
_AUTHOR_BOX_MAX = 60
_BOX_COUNTS = _regex(r"文章数|文章數|关注度|關注度|粉丝|粉絲|获赞|獲讚")

# "流程编辑" (the editor who moved the copy through the system) signs with a staff code;
# "网络编辑" / "网编" (the web desk's editor, 南方周末, RFA), "新媒体编辑", "值班编辑" (the
# duty editor), "执行编辑" and "实习编辑" credit the desk as "责任编辑" does
_EDITOR = (
    r"(?:责任编辑|責任編輯|责编|責編|流程编辑|流程編輯|网络编辑|網路編輯|網絡編輯|网编|網編|新媒体编辑|新媒體編輯"
    r"|值班编辑|值班編輯|执行编辑|執行編輯|实习编辑|實習編輯)\s*+[:：/／]\s*+"
)
# a news agency's desk credit in brackets, then its date code: "（編輯：林孟汝）1130820"
_DESK = r"(?:编辑|編輯|译者|譯者|核稿|编译|編譯|校对|校對|审校|審校)\s*+[:：]"
_DESK_CREDIT = rf"[（(【\[]\s*+{_DESK}[^\n)）】\]]{{1,30}}[)）】\]](?:\s*+1\d{{6}})?"
# the title may stand with no name after it ("责任编辑："): a template's field left empty
_EDITOR_LINE = _regex(
    rf"\A(?:[（(【\[]?\s*+{_EDITOR}[^\n)）】\]]{{0,30}}?\s*+[)）】\]]?|{_DESK_CREDIT})\s*+",
    regex.IGNORECASE,
)
_EDITOR_TAIL = _regex(
    rf"(?:[（(【\[]\s*+{_EDITOR}[^\n)）】\]]{{1,30}}[)）】\]]|{_DESK_CREDIT}|\s{_EDITOR}[^\s]{{1,20}})\s*+$"
)
#: a reporter's title: a line that holds one credits the reporter too ("責任編輯：王五
#: 記者：張三／台北報導"), so it is no editor's credit to cut whole (see ``_end_line``)
_REPORTER_TITLES = "记者|記者|特派员|特派員|采访|採訪|撰文|撰稿"
_REPORTER_TITLE = _re(_REPORTER_TITLES)
_EDITOR_CUE = ("编", "編", "译", "譯", "稿", "校", "审", "審")
# a proofreader's or reviewer's credit names a person ("审核：张三", "校對：李四 王五"): these
# titles open prose too ("审核：由市监局负责"), so only names may follow them
_CHECKER_LINE = _regex(
    r"(?:(?:审核|審核|终审|終審|校对|校對|审校|審校|编审|編審)\s*+[:：]\s*+\p{Han}{2,4}"
    r"(?:[、,，\s]++\p{Han}{2,4}){0,3}\s*+){1,3}"
)
# a desk editor's plain credit, and the checkers' beside it ("編輯：許芷瑄", "编辑：王丽 审核：张强"):
# at the head it is metadata's to read; after the text it ends the article (see ``_line_reasons``)
_DESK_LINE = _regex(
    r"(?:(?:编辑|編輯|审核|審核|终审|終審|校对|校對|审校|審校|编审|編審)\s*+[:：]\s*+\p{Han}{2,4}"
    r"(?:[、,，\s]++\p{Han}{2,4}){0,3}\s*+){1,3}"
)
DESK_LINE_MAX = 40
_LATE_CREDIT = "end-of-article marker: editor credit after the text"
_EDITOR_MARK = _re(f"[{''.join(_EDITOR_CUE)}]")
#: every editor's credit of ``_EDITOR_TAIL`` and ``_EDITOR_IN_META`` holds one of these
_EDITOR_COLON = _re("[:：/／]")
_EDITOR_SEPS = _re("[:：/／|｜]")
_END_HEADS = {_head(e) for e in _END}
#: every match of ``_END_MARK`` starts with one of these (None: some may start with any letter)
_END_CUE = Keywords(_hk_words(_END_HEADS)) if all(_END_HEADS) else None

# -- marks: the characters that some judgement of a line needs one of ---------------------
# one scan finds the marks a line holds (most hold none), and spares it every judgement
# that needs a mark it lacks (see ``_verdict``)
_TRAIL_SET = frozenset(_TRAIL_MARKS)  # a breadcrumb
_TRAIL_MARK = _re(f"[{re.escape(_TRAIL_MARKS)}]")
_GAP_SET = frozenset(_ITEM_GAPS)  # a menu or link bar; "|" also an outlet's editor credit
_EDITOR_SET = frozenset(_EDITOR_CUE)  # an editor's title
#: a placeholder's "[", an expand button's "展", an end sign's "完", an editor's title: the
#: spans ``_inline_plan`` cuts but view counters and end markers (see ``_may_hold_chrome``)
_INLINE_MARKS = frozenset("[展完" + "".join(_EDITOR_CUE))
_END_FIRSTS = frozenset(h[0] for h in _END_HEADS if h)  # an end marker
_HOLD_MARKS = _INLINE_MARKS | _END_FIRSTS  # some chrome inside a line (see ``_may_hold_chrome``)
_AUTHOR_ICON_MARK = "-"  # an author icon (see ``_AUTHOR_BOX``)
_MARK = _re(
    f"[{re.escape(''.join(sorted({*_TRAIL_SET, *_GAP_SET, *_INLINE_MARKS, *_END_FIRSTS, _AUTHOR_ICON_MARK})))}]"
)
_NO_MARKS: frozenset[str] = frozenset()

# editor credits without a colon, alone on a line: "核稿編輯 李雪莉", "责任编辑 王立群 校对 刘军"
_EDITOR_BARE = _regex(
    r"[（(【\[]?\s*+(?:(?:责任编辑|責任編輯|责编|責編|核稿编辑|核稿編輯|执行编辑|執行編輯|值班编辑|值班編輯|编辑|編輯"
    r"|网络编辑|網路編輯|網絡編輯|新媒体编辑|新媒體編輯|核稿|校对|校對|审校|審校|审核|審核)\s++\p{Han}{2,4}\s*+){1,4}"
    r"[)）】\]]?"
)
# a reprint's source credit: "本文来自微信公众号“X”（ID：…），作者：Y，36氪经授权发布。",
# "（本文首发于钛媒体App，作者｜张帅，编辑｜盖虹达）"; the line names the author, so it is
# cut only after the body, where the head's metadata is already read
_SOURCE_CREDIT = _regex(
    r"[（(【\[]?\s*+本文(?:来自|來自|首发于|首發於|首发在|首發在|原载于|原載於|转载自|轉載自|转自|轉自"
    r"|经授权转载自|經授權轉載自|经授权转自|經授權轉自|授权转载自|授權轉載自|来源于|來源於"
    # "本文由合作夥伴授權轉載", "本文经授权发布": a reprint's credit naming no source
    r"|(?:由[^\s。！？!?，,\n]{1,16}?)?(?:经|經|已获|已獲|获|獲)?(?:授权|授權)(?=转|轉|发|發|刊))"
    r"[^。！？!?\n]{2,110}+[。）)】\]]?"
)
_SOURCE_CREDIT_REASON = "source credit"
#: the author a source credit names (``作者｜林志佳``, ``作者：张帅``, ``作者: 陳怡君``): the
#: credit is cut with its author read, as metadata runs after chrome and sees no cut line
_CREDIT_AUTHOR = _regex(
    r"(?<![\p{Han}])作者[ \t]{0,2}[｜|丨:：][ \t]{0,2}"
    r"(?P<name>\p{Han}{2,4}|\p{Han}{1,4}·\p{Han}{1,6})(?=[，,、；;）)】\]。 \t]|$)"
)
#: a credit naming nothing but the outlet it reprints (``本文授權轉載自：數位時代``,
#: ``（本文转载自澎湃新闻）``)
_CREDIT_OUTLET = _regex(
    r"[（(【\[]?\s*+本文(?:经授权|經授權|授权|授權)?(?:转载自|轉載自|转自|轉自|来自|來自|原载于|原載於)"
    r"\s{0,2}[:：]?\s{0,2}(?P<site>[\p{Han}A-Za-z0-9]{2,12})\s{0,2}[。）)】\]]?"
)
_APP_SUFFIX = _regex(r"(?:APP|App|app|客户端|客戶端)$")
_SOURCE_WORDS = _regex(r"公众号|公眾號|微信|ID|App|APP|授权|授權")
#: an author box after the article: the label, the name, the author's post
_AUTHOR_LABEL = frozenset(("文章作者", "本文作者", "关于作者", "關於作者", "作者"))
_AUTHOR_NAME = _regex(r"\p{Han}{2,4}|\p{Han}{1,4}·\p{Han}{1,6}")
_AUTHOR_POST = _regex(
    r"[\p{Han}A-Za-z]{0,14}?(?:记者|記者|编辑|編輯|主编|主編|作者|分析师|分析師|研究员|研究員|评论员|評論員|撰稿人)"
)
# a donation appeal next to the donation buttons: "你的支持，是我們持續深入偏鄉的力量"
_APPEAL = _regex(
    r"(?:你的|您的|你们的|您們的|你們的)(?:支持|赞助|贊助|捐款|捐助)[，,]?\s*+(?:是|就是|将是|將是|让|讓|能让|能讓)"
    r"[^。！？!?\n]{1,30}?(?:力量|动力|動力|底气|底氣)[。！!]?"
)
# "界面新闻编辑 | 文姝琪": an outlet's editor, names after a bar
_OUTLET_EDITOR = _regex(
    r"[\p{Han}A-Za-z]{0,8}?(?:编辑|編輯|责编|責編)\s*+[|｜]\s*+\p{Han}{2,4}(?:\s*+[、,，]\s*+\p{Han}{2,4}){0,3}"
)
#: an editor's credit among a head's metadata; "责任编辑/记者 张三" names no editor to cut
_EDITOR_IN_META = _regex(rf"{_EDGE_L}{_EDITOR}(?!{_REPORTER_TITLES})[^\s]{{1,20}}{_EDGE_R}")
_DONE_LINE = _regex(
    r"\A\s*+(?:[（(]\s*+(?:全文|本文)?完\s*+[)）]"
    r"|[-—－=]*+\s*+(?:END|End|FIN|Fin|THE\s?END|The\s?End|全文完|本文完|完)\s*+[-—－=]*+)\s*+"
)
#: every end sign of ``_DONE_LINE`` holds one of these
_END_SIGN = _re("完|END|End|FIN|Fin")
#: what an end sign or an editor credit alone on a line starts with, after spaces: a bracket,
#: a dash, the first letter of an end word or of an editor's title (see ``_DONE_LINE``,
#: ``_EDITOR_LINE``, ``_EDITOR_BARE``, ``_CHECKER_LINE``); ``str.strip`` takes every space
#: their ``\s`` takes, so this is the first character of the stripped line
_END_LINE_FIRSTS = frozenset("（(【[-—－=EFT全本完责責核执執值编編校审審流网網新实實终終")
_DONE_TAIL = _regex(r"(?<=[。！？!?”」』])\s*+[（(]\s*+(?:全文|本文)?完\s*+[)）]\s*+$")
# a photo's credit on a line of its own, the photo gone: "（图片来源：视觉中国）",
# "（圖／記者林大明攝影）", "圖／記者張書瑋翻攝", "（資料照）", "（首圖來源：科技新報攝）",
# "圖片來源：Google", "题图来自Unsplash，基于CC0协议"; "图/文：张三" (a byline) stays
#: where a credited photo stands: the article's lead photo ("首圖", "题图", "头图", "封面"), a
#: picture beside the text ("配图")
_PHOTO_PLACE = r"(?:图片|圖片|首图|首圖|题图|題圖|头图|頭圖|封面图片|封面圖片|封面图|封面圖|封面|配图|配圖)"
#: a photo's source named by a label and a colon, bracketed or not
_PHOTO_SOURCE = rf"(?:{_PHOTO_PLACE}(?:来源|來源|出处|出處)|图源|圖源)"
_PHOTO_LABEL = rf"(?:{_PHOTO_SOURCE}|{_PHOTO_PLACE}|图|圖|摄影|攝影|(?i:photo))"
_PHOTO_TAKEN = r"(?:摄影|攝影|摄|攝|翻摄|翻攝|提供|取自[^）)\n]{1,16})"
_PHOTO_ALONE = (
    r"(?:资料照|資料照|资料图|資料圖|示意图|示意圖|读者提供|讀者提供|网友提供|網友提供|民众提供|民眾提供"
    r"|翻摄|翻攝|图取自[^）)\n]{1,16}|圖取自[^）)\n]{1,16})"
)
#: a credit that names who took the photo and ends so: "（中工网记者 赵黎浩 摄）", "（新華社記者
#: 李賀攝）", "（本报记者 王五 摄影）", "（受访者供图）"; "拍摄" ends a note of where or when
#: something was filmed, no credit
_PHOTO_BY = r"(?:摄影|攝影|摄|攝|供图|供圖)"
_PHOTO_CREDIT = _regex(
    rf"[（(]\s{{0,2}}(?:{_PHOTO_LABEL}\s{{0,2}}[:：／/|｜]\s{{0,2}}[^（()）\n]{{1,40}}|{_PHOTO_ALONE}"
    rf"|[^（()）\n。，,！？!?；;：:]{{1,30}}?(?<!拍){_PHOTO_BY})\s{{0,2}}[）)]"
    rf"|(?:图|圖|摄影|攝影)\s{{0,2}}[／/]\s{{0,2}}[^\s（()）/／\n]{{1,24}}{_PHOTO_TAKEN}"
    # unbracketed, the label names a source: "圖片來源：Science (MAAYAN HAREL)"; one sentence
    rf"|{_PHOTO_SOURCE}\s{{0,2}}[:：／/|｜]\s{{0,2}}[^\s。！？!?\n][^。！？!?\n]{{0,39}}。?"
    rf"|{_PHOTO_PLACE}(?:来自|來自|取自)[^\s。！？!?\n][^。！？!?\n]{{0,39}}。?"
)
_PHOTO_CREDIT_MAX = 48
#: what a photo credit starts with (see ``_PHOTO_CREDIT``)
_PHOTO_HEADS = ("（", "(", "图", "圖", "摄", "攝", "首图", "首圖", "题图", "題圖", "头图", "頭圖", "封面", "配图", "配圖")
# a photo's caption, the photo gone: a pointing triangle, then the caption and its credit
# ("▲台積電熊本廠。（圖／路透）", "▼图为救援现场（图片来源：新华社）"), or a caption's label
# ("图说：市民在公园赏花。", "圖說：…")
_CAPTION_MARKS = "▲▼△▽"
_CAPTION_SAYS = (
    "图为", "圖為", "图片来源", "圖片來源", "图源", "圖源", "图：", "圖：", "图:", "圖:", "图/", "圖/", "图／", "圖／",
)
# the credit that ends a caption: "（圖／路透）", "（示意圖／CFP）", "（資料照／記者林大明攝）",
# "（新华社记者 李贺 摄）", "图/视觉中国"
_CAPTION_CREDIT = _regex(r"[（(][^（()）\n]{1,40}[）)]")
_CAPTION_CREDIT_WORD = _regex(r"图|圖|照|摄|攝|提供|取自|截图|截圖|(?i:photo)")
_CAPTION_CREDIT_BARE = _regex(r"(?:图|圖|摄影|攝影)\s{0,2}[／/：:|｜]\s{0,2}[^\s（()）／/]{1,24}$")
_CAPTION_LABEL = _regex(r"(?:图说|圖說|图注|圖註|图片说明|圖片說明)\s{0,2}[:：]")
_CAPTION_LABEL_HEADS = ("图说", "圖說", "图注", "圖註", "图片说明", "圖片說明")
#: a caption is a sentence or two, never a paragraph; one without a credit is one sentence
CAPTION_MAX = 120
BARE_CAPTION_MAX = 80
BARE_CAPTION_MIN = 8
#: the triangles that point up at a photo; "▼" also points down at what follows ("▼ 往下看")
_PHOTO_ABOVE = "▲△"
#: what a photo credit, a media label or a caption starts with (see ``_PHOTO_HEADS``,
#: ``_MEDIA_HEADS``, ``_CAPTION_MARKS``, ``_CAPTION_LABEL_HEADS``)
_CAPTION_FIRSTS = frozenset(h[0] for h in (*_PHOTO_HEADS, *_MEDIA_HEADS, *_CAPTION_MARKS, *_CAPTION_LABEL_HEADS))

# a photo's credit on a line of its own, its caption under it: a label, then an agency and a
# photographer ("圖片：世衛組織/Yoshi Shimizu", "Photo: UNICEF/Frank Dejongh", "摄影：新华社/李贺"),
# or an agency and a photographer's Latin name alone ("聯合國兒童基金會/Frank Dejongh")
_CREDIT_LABEL = r"(?:图片|圖片|照片|相片|图|圖|摄影|攝影|(?i:photo))\s{0,2}[:：]\s{0,2}"
_CREDIT_STOPS = "。，,！？!?；;：:/／\n"
_CREDIT_LINE = _regex(
    rf"{_CREDIT_LABEL}[^\s{_CREDIT_STOPS}][^{_CREDIT_STOPS}]{{0,24}}[/／][^{_CREDIT_STOPS}]{{1,30}}"
    rf"|[\p{{Han}}A-Za-z][\p{{Han}}A-Za-z ]{{0,19}}[/／]\s?[A-Z][a-z]+(?:[ .\-][A-Z][A-Za-z]+){{1,3}}"
)
CREDIT_LINE_MAX = 60
#: a caption under its credit is a phrase or one short sentence, never a paragraph's lede:
#: it holds no clause mark
CREDITED_CAPTION_MAX = 40
CREDITED_CAPTION_MIN = 4
_CLAUSE_MARKS = _re(r"[，,；;！？!?：:「」“”]")
_CREDITED_CAPTION = "photo credit and its caption"
#: a bracketed credit that names its giver after a label: "（圖／捷運局提供）", "（图片来源：新华社）"
_LABELLED_CREDIT = _regex(rf"[（(]\s{{0,2}}{_PHOTO_LABEL}\s{{0,2}}[:：／/|｜]\s{{0,2}}[^（()）\n]{{1,40}}[）)]")

# a link to another article, on a line of its own: an arrow, then a headline, whose clauses
# a space or a bar parts ("►熊本房價狂飆 當地人：買不起了", "▶ 美方加征关税 商务部回应");
# a point of a list in prose has a comma, or is a field ("▶ 時間：5月20日 上午10時")
_LINK_ARROWS = "►▶➤▸▷"
_HEADLINE_GAP = _regex(r"\p{Han}[ \u3000|｜]++\p{Han}")
_NO_HEADLINE = _regex(r"[。，,；;、]|\A[^\s:：]{1,4}[:：]")
ARROW_LINK_MIN, ARROW_LINK_MAX = 8, 40

# a note of a reprint's original title: "（原标题：…）", "原標題：…", "（原题为《…》）"
_ORIGINAL_WORD = r"(?:本文)?(?:原标题|原標題|原题|原題|原文标题|原文標題)"
_ORIGINAL_TITLE = _regex(
    rf"[（(【\[]\s{{0,2}}{_ORIGINAL_WORD}\s{{0,2}}(?:[:：]|为|為)\s{{0,2}}[^\n（()）【】\[\]]{{1,100}}[）)】\]]"
    rf"|{_ORIGINAL_WORD}\s{{0,2}}[:：]\s{{0,2}}[^\n]{{1,100}}"
)
#: what such a note starts with (see ``_ORIGINAL_TITLE``)
_ORIGINAL_FIRSTS = frozenset("（(【[原本")
ORIGINAL_TITLE_MAX = 110

# an outlet inviting readers to follow it on a platform, no sentence of the article:
# "DW中文有Instagram！歡迎搜索dw.chinese，…", "欢迎关注我们的微信公众号"; reported speech
# ("他在Instagram說，歡迎大家追蹤") stays
_FOLLOW_INVITE = _regex(
    r"(?:欢迎|歡迎|敬请|敬請)(?:您|你|大家|各位)?(?:搜索|搜寻|搜尋|关注|關注|追蹤|追踪|订阅|訂閱|加入|按赞|按讚|点赞|點讚)"
)
_FOLLOW_WHERE = _regex(
    r"Instagram|Facebook|YouTube|LINE|Threads|Telegram|微博|微信|公众号|公眾號|官方帐号|官方账号|官方帳號"
    r"|粉丝团|粉絲團|粉丝页|粉絲頁|粉丝专页|粉絲專頁|视频号|視頻號|抖音|小红书|小紅書",
    regex.IGNORECASE,
)
_REPORTED = _regex(r"说|說|表示|指出|称|稱|呼吁|呼籲|强调|強調|透露|提到|写道|寫道|认为|認為|坦言")
FOLLOW_INVITE_MAX = 90
#: every ``_FOLLOW_INVITE`` holds one of these
_FOLLOW_CUES = ("迎", "敬")

# a line of hashtags: "#中職 #味全龍 #王柏融", "＃國會改革＃三讀", "#上海楼市"; a tag holds
# a letter and no punctuation, so "#1" or "#MeToo運動延燒。" is none
_HASHTAGS = _regex(r"(?:[#＃][^\s#＃。，,！？!?；;：:、]{1,20}+[#＃]?\s*+){1,12}")
_HASHTAG_MARKS = "#＃"
# an article's tag row after its text: "熱門標籤：金曲獎 專輯 演唱會", "标签：新能源、充电桩",
# "Tags: 台積電 / 半導體"; its items are words, no clause of a sentence
_TAG_LABELS = ("标签", "標籤", "Tags", "Tag", "TAGS", "TAG", "tags", "tag")
_TAG_ITEM = r"[^\s。，,！？!?；;：:、|｜/／#＃]{1,16}"
_TAG_LINE = _regex(
    rf"(?:热门|熱門|相关|相關|文章|本文|新闻|新聞)?(?:{'|'.join(_TAG_LABELS)})[ \t]{{0,2}}[:：][ \t]{{0,2}}"
    rf"[#＃]?{_TAG_ITEM}(?:[ \t、,，|｜/／#＃]{{1,3}}{_TAG_ITEM}){{0,11}}"
)
TAG_LINE_MAX = 100
#: what a tag row starts with (see ``_TAG_LINE``)
_TAG_FIRSTS = frozenset("热熱相文本新标標Tt")
_TAGS_KIND = "tag row"
# a pager's links to the stories before and after, with their headlines: "上一篇：X",
# "下一篇: 沒有了", "上一則 X"; a headline holds no full stop
_PAGER_WORDS = with_twins(("上一篇", "下一篇", "上一则", "下一则", "上一条", "下一条"))
_PAGER_LINK = _regex(
    rf"(?:{'|'.join(_PAGER_WORDS)})(?:[ \t]{{0,2}}[:：][ \t]{{0,2}}|[ \t]{{1,2}})[^\s。][^。\n]{{0,48}}"
)
PAGER_LINK_MAX = 60
# the link to an outlet's page on a platform, its label left: "華視新聞 Facebook",
# "中央社 Instagram｜YouTube"; the name ends as an outlet's does
_FOLLOW_PLATFORMS = ("Facebook", "Instagram", "YouTube", "Youtube", "LINE", "Threads", "Telegram", "粉絲專頁", "粉丝专页")
_FOLLOW_LINK = _regex(
    r"[\p{Han}A-Za-z0-9]{1,12}?(?:网|網|报|報|刊|社|台|臺|新闻|新聞|频道|頻道|TV|News|NEWS)"
    rf"(?:[ \t]{{0,2}}[|｜/／·•、]?[ \t]{{0,2}}(?:{'|'.join(_FOLLOW_PLATFORMS)})){{1,4}}"
)
FOLLOW_LINK_MAX = 40
#: every follow link names one of ``_FOLLOW_PLATFORMS``: one ``re`` scan finds any of them
_FOLLOW_PLATFORM = re.compile("|".join(map(re.escape, _hk_words(_FOLLOW_PLATFORMS))))
# a closing call to comment: "你觉得…？欢迎在评论区留言讨论！", "歡迎在下方留言分享你的看法。";
# one or two questions to the reader at most before it, no sentence of the article
_COMMENT_LEAD = r"(?:也)?(?:欢迎|歡迎|请|請|快来|快來|一起来|一起來|来|來)"
_COMMENT_WHO = r"(?:大家|各位|你|您|朋友们|朋友們|小伙伴们|小夥伴們|网友们|網友們|读者|讀者)"
_COMMENT_PLACE = r"(?:在|到|于|於)?(?:评论区|評論區|留言区|留言區|留言板|留言处|留言處|下方|文末|底部)"
_COMMENT_ACT = (
    r"(?:留言|评论|評論|讨论|討論|交流|分享|说说|說說|聊聊|写下|寫下|留下|发表|發表|互动|互動|见|見"
    r"|告诉我们|告訴我們|告诉小编|告訴小編){1,3}"
    r"(?:(?:你|您)(?:们|們)?的?)?(?:看法|观点|觀點|想法|意见|意見|见解|見解|故事|经历|經歷)?[吧哦喔]?"
)
_COMMENT_CALL = rf"{_COMMENT_LEAD}?{_COMMENT_WHO}?{_COMMENT_PLACE}?{_COMMENT_ACT}"
# alone, the call invites ("欢迎…") or points to where to write ("评论区…"): a lone "评论"
# is a button or a heading, the widgets' and the labels' to judge
_COMMENT_INVITE = rf"(?:{_COMMENT_LEAD}{_COMMENT_WHO}?{_COMMENT_PLACE}?|{_COMMENT_WHO}?{_COMMENT_PLACE}){_COMMENT_ACT}"
_COMMENT_BAIT = _regex(
    rf"(?:(?:[^。！？!?\n]{{1,40}}+[？?]\s*+){{1,2}}{_COMMENT_CALL}|{_COMMENT_INVITE})"
    rf"(?:[，,、\s]++{_COMMENT_CALL}){{0,2}}[。！!~～.…]*+"
)
# a reader poll: a question, its options, a vote button ("【你點睇？】…？" / "會" / "不會" /
# "立即投票"); every button holds "投票"
_VOTE_BUTTONS = frozenset(
    "投票 立即投票 我要投票 马上投票 馬上投票 参与投票 參與投票 点击投票 點擊投票 提交投票 投票吧".split()
)
_POLL_LABEL = _regex(
    r"[【\[]?\s{0,2}(?:你點睇|你点睇|你怎么看|你怎麼看|网友投票|網友投票|读者投票|讀者投票|投票|调查|調查|民调|民調)"
    r"[？?]?\s{0,2}[】\]]?\s{0,2}[:：]?"
)
#: a poll's options are short answers, no sentence; a poll has a few of them
POLL_OPTION_MAX = 20
POLL_OPTIONS_MAX = 8
POLL_QUESTION_MAX = 80
_POLL_NO_OPTION = _regex(r"[。，,！!？?；;：:]")

#: a call to comment names the comment ("留言", "评论") and is a short line
_COMMENT_WORDS = ("留言", "评论", "評論")
_COMMENT_CUE = _re("|".join(_COMMENT_WORDS))
COMMENT_BAIT_MAX = 60
#: a collection label and a reading time are short lines (see ``_COLLECTION``, ``_READ_TIME``),
#: and hold these words
COLLECTION_MAX = 80
READ_TIME_MAX = 30
_COLLECTION_WORDS = ("收录于", "收錄於")
_READ_TIME_WORDS = ("阅读", "閱讀")
_TITLE_JOIN = "：:|｜-—_·"
_LETTER = _regex(r"\p{L}")
_PORTAL_END = "end-of-article marker"

# a bulletin board's lines after a post's signature (PTT and other BBS): "※ 發信站:
# 批踢踢實業坊(ptt.cc), 來自: 1.160.22.33 (臺灣)", "※ 文章網址: https://…", "※ 編輯: mrchen
# (1.160.22.33 臺灣), 05/10/2024 14:40:00", "※ [本文轉錄自 Stock 看板 #1abc]", an older board's
# "◆ From: 140.112.1.1"; a quote's "※ 引述《X》之銘言：" heads quoted text, and stays
_BBS_MARKS = "※◆"
_BBS_LINE = _regex(
    r"※\s*+(?:(?:發信站|发信站|文章網址|文章网址|編輯|编辑|轉錄者|转录者|轉寄者|转寄者|修改)\s*+[:：]"
    r"|\[?\s*+本文(?:轉錄自|转录自))[^\n]{1,200}+"
    r"|◆\s*+From\s*+:\s*+[^\n]{1,100}+"
)
BBS_LINE_MAX = 240
_BBS_REASON = "bulletin board signature"
#: the separator of a post's signature ("--" alone on a line), chrome before the board's
#: lines or at the article's end (see ``_line_reasons``)
_SIGNATURE_DASH = "signature separator"
# a forum's note that a post was edited: "本帖最后由 张三 于 2024-5-10 14:32 编辑" (Discuz!)
_EDIT_NOTE_HEADS = ("本帖最后由", "本帖最後由")
_EDIT_NOTE = _regex(
    r"本帖最[后後]由\s*+[^\s]{1,30}\s*+[于於]\s*+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*+(?:编辑|編輯)"
)
# a numbered comment after the article: Dcard's "B1 匿名 國立中興大學 恭喜原PO！… 5月15日 22:31",
# a board's "2楼 …", "3F …", "#4 …", "5# …": a floor's label, then a space or a colon
_FLOOR_FIRSTS = frozenset("Bb#＃第0123456789")
_FLOOR_HEAD = _re(
    r"([Bb][0-9]{1,4}|[#＃][0-9]{1,5}|[0-9]{1,5}[#＃]|第?[0-9]{1,5} ?(?:楼|樓|[Ff]))"
    r"(?:[ \u3000\t]+|[:：]\s*)(?=\S)"
)
# what only a comment holds: its date and time at its end ("5月15日 22:31", "05-17 22:03",
# "3小時前"), a reply to a floor ("回B1", "回复 2楼"), the poster named ("原PO", Dcard); a
# basement's or a storey's list ("B1 美食街") holds none
_COMMENT_STAMP = _regex(
    r"(?:\d{1,2}月\d{1,2}日|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)\s*+\d{1,2}:\d{2}(?::\d{2})?\s*+$"
    r"|\d{1,3}\s*+(?:分钟|分鐘|小时|小時|天)前\s*+$"
    r"|回(?:复|覆)?\s*+(?:[Bb]\d{1,4}|\d{1,5}\s?(?:楼|樓|F))|原PO"
)
_FLOOR = "floor comment"
# a reader's push under a PTT post: "推 abcd1234: 航母要起飛了 05/10 14:33", "→ kimo99: … 05/10",
# "噓 bearking: 高點了 05/10 14:40": the mark, an account's ID and a colon, the date at the end;
# a push quoted in an article loses its date
_PUSH_FIRSTS = frozenset("推噓嘘→")
_PUSH_HEAD = _re(r"[推噓嘘→] ?[A-Za-z][A-Za-z0-9_]{1,11} ?[:：]")
_PUSH_DATE = _re(r"(?<![0-9])[0-9]{1,2}/[0-9]{1,2}(?: [0-9]{1,2}:[0-9]{2})?\s*$")
#: the longest line in which a view counter beside a date is cut (see ``_may_hold_chrome``)
COUNTER_LINE_MAX = 100
# a moderator's note on a thread (Discuz!): "本主题由 版主 于 2025-10-11 12:00 移动",
# "本主題由 admin 於 2020-1-10 09:50 關閉"; a report quoting one is a sentence
_MOD_NOTE_HEADS = ("本主题由", "本主題由")
_MOD_NOTE = _regex(
    r"本主[题題]由\s*+[^\n]{1,30}?\s*+[于於]\s*+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?)?\s*+"
    r"(?:移动|移動|关闭|關閉|解除置顶|解除置頂|置顶|置頂|加入精华|加入精華|高亮|锁定|鎖定|提升|下沉"
    r"|审核通过|審核通過|分类|分類|合并|合併)"
)
# a forum post's floor label on a line of its own, above its poster's name ("1F", "#2",
# "3#", "5楼", "樓主"); a thread prints one per post, while one alone may be a list's
# number: chrome when an article holds several (see ``_line_reasons``)
_FLOOR_LABEL = _re(r"第?[0-9]{1,5} ?(?:[Ff#＃]|楼|樓)|[#＃][0-9]{1,5}|楼主|樓主")
_FLOOR_LABEL_FIRSTS = _FLOOR_FIRSTS | frozenset("楼樓")
_FLOOR_LABEL_KIND = "forum floor label"
FLOOR_LABEL_MAX = 8
FLOOR_LABELS_MIN = 2
# a floor's stamp under a post (Baidu Tieba): "来自Android客户端1楼2025-10-12 20:31",
# "3樓 2025-10-12 21:05"; a reply's stamp above it (Discuz!): "發表於 2025-10-11 09:35",
# "发表于 2024-3-5 08:02:11"; chrome after the article's text (the opening post's stamp
# above its text is the metadata's to read)
_FLOOR_STAMP = _regex(
    r"(?:(?:来自|來自)[A-Za-z0-9\p{Han}]{1,12}?(?:客户端|客戶端)[ \t]{0,2})?"
    r"[0-9]{1,5}[ \t]?(?:楼|樓)[ \t]{0,2}\d{4}-\d{1,2}-\d{1,2}[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:发表于|發表於)[ \t]{0,2}\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?"
)
_FLOOR_STAMP_MARKS = ("楼", "樓", "发表于", "發表於")  # one in every stamp: the gates' cue
_FLOOR_STAMP_CUE = _re("|".join(_FLOOR_STAMP_MARKS))
_FLOOR_STAMP_KIND = "forum floor stamp"
# a floor's number in a Tieba stamp: the lines between floor n-1's stamp and floor n's are
# floor n, a reader's reply when n > 1 (the opening post is floor 1)
_FLOOR_NUMBER = _regex(r"([0-9]{1,5})[ \t]?(?:楼|樓)[ \t]{0,2}\d{4}-")
_REPLY_FLOOR = "forum reply floor"
# a post's reply button under its stamp: "回复", "回覆(2)", "回复（12）" (the replies' count);
# a lone word that is chrome only beside the stamp it follows
_REPLY_BUTTON = _regex(r"(?:回复|回覆)(?:[ \t]?[(（][0-9]{1,5}[)）])?")
REPLY_BUTTON_MAX = 10
# a reply's head beside its floor label (n > 1): its stamp ("發表於 2025-10-11 09:35",
# "2025-10-05 15:01", LIHKG's "3小時前") and its poster's name (Mobile01 "Gustav_TW / 2025-10-05
# 15:01 / #2", LIHKG "#2 / 打工仔仔 / 3小時前", Discuz! "2# / 發表於 …"); the reply's text
# runs under it to the next furniture
_POST_TIME = _regex(
    r"(?:(?:发表于|發表於)[ \t]{0,2})?\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,3}[ \t]?(?:秒|分钟|分鐘|小时|小時|天|日|周|週|个月|個月|年)前"
)
POST_TIME_MAX = 30
POSTER_MAX = 24
# a post's up and down votes, their thumbs gone (LIHKG's "👍 156 👎 7" leaves "156 7"):
# two bare counts on a line, chrome beside the post's relative time ("4小時前")
_VOTES = _re(r"[0-9]{1,6} [0-9]{1,6}")
_VOTES_KIND = "post's vote counts"
VOTES_MAX = 13
_AGO = _regex(r"\d{1,3}[ \t]?(?:秒|分钟|分鐘|小时|小時|天|日|周|週|个月|個月|年)前")
AGO_MAX = 8
FLOOR_STAMP_MAX = 50
# a user's level badge (掘金 "LV.4", Discuz! "[LV.8]以坛为家I" with its rank's title)
#: what every user level holds (see ``_LEVEL``)
_LEVEL_HEADS = ("LV", "Lv", "lv")
_LEVEL = _regex(r"[\[【]?(?:LV|Lv|lv)\.?[ \t]?\d{1,3}[\]】]?(?:\p{Han}{1,8}[IVX]{0,4})?")
LEVEL_MAX = 16
# Medium's furniture around a post, in English inside a Chinese one: the author's box
# ("Written by 陳柏翰", "238 Followers", "More from 陳柏翰"), a lone reading time ("6 min
# read"; beside a date it is the metadata's to read); a name holds no sentence's mark
_LATIN_BOX_HEADS = ("Written by", "More from", "Published in")
_LATIN_BOX = _regex(
    rf"(?:{'|'.join(_LATIN_BOX_HEADS)})[ \t]{{1,2}}[^\s.,!?。，！？][^\n.,!?。，！？]{{0,38}}"
    r"|(?<![\d,.])\d[\d,.]{0,8}+[KkM]?[ \t]?(?:Followers|followers|Following)"
    r"|\d{1,3}[ \t]?min read"
)
LATIN_BOX_MAX = 60
# a blog column's box (CSDN): "分类专栏： Python数据分析 文章标签： #python #pandas",
# "Python数据分析 专栏收录该内容", "12 篇文章"; no sentence
_COLUMN_WORDS = ("分类专栏", "分類專欄", "收录该内容", "收錄該內容", "篇文章")
_COLUMN_BOX = _regex(
    r"(?:分类专栏|分類專欄)[ \t]{0,2}[:：][^\n。！？]{1,120}"
    r"|[^\n。，！？]{0,30}?[ \t]{0,2}(?:专栏收录该内容|專欄收錄該內容)"
    r"|\d{1,5}[ \t]?篇文章"
)
COLUMN_MAX = 140
# a vertical portal's rows around a story, each a label or buttons, no sentence: a sports
# site's rating buttons ("这篇新闻对你有帮助吗？ 有帮助 没帮助", 虎扑), a car story's model
# links ("相关车型：宋PLUS DM-i 宋PLUS EV", 汽车之家), a property portal's price card
# ("滨江·江语海 均价约58000元/㎡", 乐居; "信義·某建案 均價約85萬/坪"), a microblog's
# poster place ("发布于 湖南", 微头条)
_VERTICAL_WORDS = (
    "有帮助", "有幫助", "相关车型", "相關車型", "相关车系", "相關車系", "均价", "均價", "发布于", "發布於", "發佈於",
)
_VERTICAL_ROW = _regex(
    r"(?:[^\s？?。，！!]{2,20}(?:有帮助|有幫助)[吗嗎]?[？?][ \t\u3000]{0,2})?(?:有帮助|有幫助)[ \t\u3000]{1,2}"
    r"(?:没帮助|沒幫助|无帮助|無幫助|没有帮助|沒有幫助)"
    r"|(?:相关车型|相關車型|相关车系|相關車系)[ \t]{0,2}[:：][^\n。！？!?，,；;：:]{1,60}"
    r"|[\p{Han}A-Za-z0-9]{1,8}[·・•][\p{Han}A-Za-z0-9]{1,12}[ \t\u3000]{1,2}(?:均价|均價)(?:约|約)?[ \t]{0,2}"
    r"\d[\d,.]{0,9}+(?:万元|萬元|万|萬|元)[ \t]{0,2}[/／每](?:㎡|平方米|平米|m²|平方公尺|坪)"
    r"|(?:发布于|發布於|發佈於)[ \t]{1,2}\p{Han}{2,4}"
)
VERTICAL_ROW_MAX = 80
# a blog's paywall notice (方格子): "本篇內容共 2,315 字、0 則留言，僅發佈於會員專屬，你目前
# 無法檢視以下內容，可能因為尚未登入…"; its length and "the text below" in one line
_PAYWALL_WORDS = ("無法檢視", "无法检视", "無法查看", "无法查看", "無法閱讀", "无法阅读")
_PAYWALL = _regex(
    r"本篇(?:內容|内容|文章)共[ \t]?[\d,]{1,7}[ \t]?字[^\n]{0,80}?"
    r"(?:無法|无法)(?:檢視|检视|查看|閱讀|阅读)以下(?:內容|内容)[^\n]{0,100}"
)
PAYWALL_MAX = 240
# a blog editor's placeholder for an image's description, left when the image goes
# (CSDN: "在这里插入图片描述", its older "这里写图片描述")
_IMAGE_ALTS = frozenset(with_twins(("在这里插入图片描述", "这里写图片描述")))
_IMAGE_ALT_WORDS = ("图片描述", "圖片描述")

# -- finance and magazine furniture --------------------------------------------------------
# a market quote row over a finance page ("加權指數 23,416.25 ▲ 182.33 (0.78%)　櫃買指數
# 262.18 ▼ 0.54", "上证指数 3386.52 +0.42%") or a stock chip beside the text ("台積電 2330
# 1,085 ▲ 1.40%"): a name, a code, a price, a change; no verb, so no sentence about a market
_QUOTE_NUM = r"\d[\d,]*+(?:\.\d++)?"
_QUOTE_ITEM = (
    rf"[\p{{Han}}A-Za-z][\p{{Han}}A-Za-z&]{{0,9}}(?:[ \t]{{1,2}}\d{{4,6}})?[ \t]{{1,2}}{_QUOTE_NUM}[ \t\u3000]{{0,2}}"
    rf"(?:[▲▼△▽↑↓][ \t]{{0,2}}{_QUOTE_NUM}%?|[+\-−][ \t]?{_QUOTE_NUM}%?|{_QUOTE_NUM}%)"
    rf"(?:[ \t]{{0,2}}[(（][+\-−]?{_QUOTE_NUM}%[)）])?"
)
_QUOTE_ROW = _regex(rf"{_QUOTE_ITEM}(?:[ \t\u3000|｜]{{1,4}}{_QUOTE_ITEM}){{0,9}}")
#: what every quote row holds: an arrow or a percent sign in a change (see ``_is_quote_row``)
_QUOTE_ARROWS = ("▲", "▼", "△", "▽", "↑", "↓")
_QUOTE_CUES = (*_QUOTE_ARROWS, "%")
#: what makes a row of names and numbers a quote row, not a table's row in the text: an
#: index's name, a stock's code, a change's arrow
_QUOTE_MARK = _regex(r"指|(?i:index)|[▲▼△▽↑↓]|[\p{Han}A-Za-z][ \t]{1,2}\d{4,6}[ \t]{1,2}\d")
QUOTE_ROW_MAX = 200
# a weekly's issue line (中国新闻周刊, 三联生活周刊, 新周刊, 今周刊): "发于2026.12.7总第1220期
# 《中国新闻周刊》杂志", "本文刊發於《今周刊》第1460期", "原载于《财新周刊》2026年第47期"
_ISSUE_PART = (
    r"《[^《》\n]{1,20}》|杂志|雜誌|\d{4}[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?)?"
    r"|(?:\d{4}年)?(?:总第|總第|第)[ \t]?\d{1,5}[ \t]?期|[ \t,，、]"
)
_ISSUE_LINE = _regex(
    r"(?:本文)?(?:原载|原載|原刊|首发|首發|刊发|刊發|刊载|刊載|刊登|发表|發表|发|發|刊|载|載)(?:于|於|在)"
    rf"(?:{_ISSUE_PART}){{1,8}}[。.]?"
)
#: what every issue line holds next to its number (see ``_ISSUE_LINE``)
_ISSUE_CUES = ("总第", "總第", "》第", "年第", "期《", "》杂志", "》雜誌")
ISSUE_LINE_MAX = 80
# a newsletter's button: "INSIDE 電子報 訂閱", "訂閱電子報", "免费订阅 36氪 电子报"
_NEWSLETTER_WORDS = ("电子报", "電子報")
_NEWSLETTER = _regex(
    r"(?:[^\s。，,！？!?]{1,12}[ \t]?)?(?:电子报|電子報)[ \t]?(?:订阅|訂閱)"
    r"|(?:免费|免費)?(?:订阅|訂閱)[ \t]?(?:[^\s。，,！？!?]{1,12}[ \t]?)?(?:电子报|電子報)"
)
NEWSLETTER_MAX = 30
# a paginated article's page footer, alone on a line: "（第1頁 共2頁）", "（第1页/共3页）",
# "第 2 页 / 共 5 页" (the pager's links, "上一頁 1 2 下一頁", are widget words)
_PAGE_OF = _regex(
    r"[（(\[【]?[ \t]*+第[ \t]*+\d{1,3}[ \t]*+[页頁][ \t]*+[/／,，、|｜]?[ \t]*+共[ \t]*+\d{1,3}[ \t]*+[页頁]"
    r"[ \t]*+[)）\]】]?"
)
_PAGE_OF_WORDS = ("页", "頁")  # every page footer holds one (the gates' cue)
PAGE_OF_MAX = 30
# a live blog's trailer: "直播持續更新中，請重新整理頁面", "本直播将持续更新", "（持续更新中）",
# "请刷新页面查看最新进展": a promise of updates, a call to reload the page, or both
_LIVE_SUBJECT = (
    r"(?:本|此)?(?:文字直播|图文直播|圖文直播|视频直播|視頻直播|直播|报道|報導|報道|新闻|新聞|消息|文章|文|内容|內容)?"
)
_LIVE_UPDATE = (
    rf"{_LIVE_SUBJECT}[ \t]?(?:将|將|会|會)?(?:持续|持續|不断|不斷|实时|實時|即时|即時|滚动|滾動|陆续|陸續)更新中?"
)
_LIVE_RELOAD = (
    r"(?:请|請|敬请|敬請)?(?:手动|手動|下拉)?(?:刷新|重新整理|重新载入|重新載入|重新加载|重新加載)"
    r"(?:本页|本頁|页面|頁面|网页|網頁)?(?:以|来|來)?(?:查看|获取|獲取|取得|看|阅读|閱讀)?(?:最新|更多)?"
    r"(?:内容|內容|消息|进展|進展|动态|動態|资讯|資訊|情况|情況)?"
)
_LIVE_FOLLOW = r"(?:敬请|敬請|请|請)(?:持续|持續|密切)?(?:关注|關注|留意)"
_LIVE_TRAILER = _regex(
    rf"[（(【\[]?[ \t]*+(?:{_LIVE_UPDATE}(?:[，,。、；;…!！ \t]{{1,3}}(?:{_LIVE_RELOAD}|{_LIVE_FOLLOW}))?"
    rf"|{_LIVE_RELOAD})[。.…!！]*+[ \t]*+[)）】\]]?"
)
#: every live trailer holds one of these (the gates' cue)
_LIVE_TRAILER_WORDS = ("更新", "刷新", "重新整理", "重新载入", "重新載入", "重新加载", "重新加載")
LIVE_TRAILER_MAX = 50
# a radio's or stream's prompt: "▶ 收聽中廣新聞網 AM 657 / FM 103.3", "收看直播：央視新聞頻道":
# listen or watch, a station, and its frequencies or a live stream
_LISTEN = _regex(
    r"(?:[▶►▷🎧📻]\ufe0f?[ \t]*+)?(?:点此|點此|点击|點擊|立即|马上|馬上|线上|線上|在线|在線)?"
    r"(?:收听|收聽|收看|观看|觀看)(?P<live>直播|现场直播|現場直播|线上直播|線上直播|网络直播|網路直播)?[:：]?[ \t]*+"
    r"(?P<station>[^\s，,。！？!?；;:：/／|｜]{1,16})?"
    r"(?P<band>(?:[ \t]*+[/／|｜、]?[ \t]*+(?:AM|FM|调频|調頻|中波|短波)[ \t]*+\d{2,4}(?:\.\d{1,2})?"
    r"(?:[ \t]?(?:MHz|kHz|兆赫|千赫))?)++)?"
)
_STATION = _regex(r"(?:网|網|台|臺|电台|電台|广播|廣播|频道|頻道|新闻|新聞|TV|Radio|News)$")
#: every listen prompt holds one of these (the gates' cue)
_LISTEN_WORDS = ("收听", "收聽", "收看", "观看", "觀看")
LISTEN_MAX = 60
# a live entry's pin label, alone on a line: "置顶", "【置頂】"
_PIN = _regex(r"[【\[（(]?[ \t]?(?:置顶|置頂)[ \t]?[】\]）)]?")
_PIN_WORDS = ("置顶", "置頂")
PIN_MAX = 6
# a press release's media contact after its text: the heading ("媒体联系人：林小姐",
# "傳媒查詢：", "Media Contact:"), then its fields one a line ("电话：020-…", "邮箱：pr@…")
_MEDIA_CONTACT = _regex(
    r"(?:(?:媒体|媒體|新闻|新聞|传媒|傳媒|公关|公關)(?:联系人|聯繫人|联络人|聯絡人|联系|聯繫|联络|聯絡|查询|查詢|垂询|垂詢)"
    r"(?:方式|电话|電話)?|(?i:media|press|pr)[ \t](?i:contacts?|enquiries|inquiries))"
    r"[ \t]{0,2}(?:[:：][ \t]{0,2}[^\n]{0,40})?"
)
#: every media contact heading holds one of these (the gates' cue)
_MEDIA_CONTACT_WORDS = (
    "联系", "聯繫", "联络", "聯絡", "查询", "查詢", "垂询", "垂詢",
    "Contact", "contact", "CONTACT", "Enquiries", "enquiries", "ENQUIRIES", "Inquiries", "inquiries", "INQUIRIES",
)
MEDIA_CONTACT_MAX = 60
_MEDIA_FIELD_WORDS = with_twins((
    "电话", "手机", "专线", "热线", "传真", "邮箱", "电邮", "邮件", "信箱", "微信", "地址", "网址", "联系人", "联络人",
))
_MEDIA_FIELD = (
    rf"\p{{Han}}{{0,4}}?(?:{'|'.join(_MEDIA_FIELD_WORDS)}|(?i:e-?mail|tel|phone|mobile|fax|wechat))"
    r"[ \t]{0,2}[:：][ \t]{0,2}[^\s:：|｜；;，,]{1,40}(?:[ \t][0-9]{3,8}){0,2}"
)
#: a field of the contact ("电话：020-88886666"), or its person's name ("陳小姐 2123 4567")
_MEDIA_CONTACT_LINE = _regex(
    rf"{_MEDIA_FIELD}(?:[ \t|｜；;，,]{{1,6}}{_MEDIA_FIELD}){{0,3}}"
    r"|\p{Han}{1,3}(?:小姐|先生|女士)(?:[ \t]{1,3}[0-9][0-9 \-]{6,14})?"
)
MEDIA_CONTACT_LINES_MAX = 6
_MEDIA_CONTACT_KIND = "press release: media contact"
# a press release's tag glued before its first paragraph: "【通稿】6月9日，…", "【新聞稿】"
_RELEASE_TAG = _regex(r"[【\[][ \t]?(?:新闻|新聞|企业|企業|媒体|媒體)?(?:通稿|新闻稿|新聞稿)[ \t]?[】\]][ \t\u3000]*+")
_RELEASE_FIRSTS = "【["
# a channel's prefix glued before a tech portal's lede: "[中关村在线 手机频道 原创] 进入12月…";
# the site, maybe its channel, and "original" in square brackets, at the line's start
# (matched after the line's leading blanks: a blank run before the "[" would make a search
# quadratic over long runs of blanks)
_CHANNEL_PREFIX = _regex(
    r"\[[ \t]?[^\s\[\]]{2,12}(?:[ \t][^\s\[\]]{1,8}(?:频道|頻道))?[ \t](?:原创|原創|独家|獨家)[ \t]?\][ \t\u3000]*+"
)
# an article's tag box after its text: the heading alone ("文章標籤"), one tag a line
_TAG_HEADINGS = frozenset(
    f"{a}{b}" for a in ("", "文章", "本文", "相关", "相關", "热门", "熱門") for b in ("标签", "標籤")
) | frozenset(("Tags", "TAGS", "Tag", "TAG"))
TAG_ITEM_MAX = 16
TAG_ITEMS_MAX = 12
#: what stops a tag box: a feed's heading under it ("延伸閱讀")
_FEED_HEADINGS = frozenset(with_twins(w for w in load_lines("feeds_headers.txt") if "…" not in w))
# a font-size row ("字号：A+ A-") and the app-channel label or bar a portal prints beside it
_FONT_ROW = _regex(r"(?:字号|字號|字体|字體)(?:大小)?[ \t]{0,2}[:：]?[ \t]{0,2}[^\n]{0,20}")
_FONT_HEADS = ("字号", "字號", "字体", "字體")
#: the words one of which every tag-box heading holds
_TAG_HEADS = ("标签", "標籤", "Tag", "TAG")
#: the words that let a pass over an article run (no word is a prefix or suffix of
#: another's, so one scan finds each word that the text holds)
_PASS_WORDS = re.compile("|".join(("作者", "投票", *_TAG_HEADS, *_FONT_HEADS)))
_BAR_ONLY = frozenset("|｜")


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
        heads: set[int] = set()  # headlines that start a new article (see ``_echo_head``)
        inline: list[Line] = []  # lines that may hold chrome inside them

        icons = _AUTHOR_BOX.search(text) is not None
        present = {m.group() for m in _PASS_WORDS.finditer(text)}  # one scan for the gates below
        authors = "作者" in present
        polls = "投票" in present  # every vote button holds it (see ``_VOTE_BUTTONS``)
        comments = _COMMENT_SECTION_CUE.search(text) is not None  # every heading holds one
        tags = not present.isdisjoint(_TAG_HEADS)  # every heading holds one
        fonts = not present.isdisjoint(_FONT_HEADS)
        # lines are judged with their neighbours inside one article only, as they would be
        # if each article were cleaned on its own
        for body, texts, said in _articles(all_lines, bounds):
            _widgets(body, texts, {k: v[0] for k, v in said.items() if v[0]}, reasons)
            if icons:
                _author_boxes(body, texts, reasons)
            _line_reasons(body, texts, said, reasons, split_at, text, bounds)
            _media_contacts(body, texts, said, reasons, text, bounds)
            if "author box" in reasons.values():  # a bio stands under a cut author box
                _box_bios(body, texts, {k: v[0] for k, v in said.items() if v[0]}, reasons)
            heads.update(_echo_heads(body, texts, reasons, text, bounds))
            if authors:
                _author_labels(body, texts, reasons, text, bounds)
                _author_bios(body, texts, reasons, text, bounds)
            _credited_captions(body, texts, reasons)
            _head_tags(body, texts, reasons, text, bounds)
            _trailing_labels(body, texts, reasons, text, bounds)
            _closing_tag(body, texts, reasons, text, bounds)
            _contact_footers(body, texts, reasons, text, bounds)
            if polls:
                _polls(body, texts, reasons)
            if comments:
                _comment_sections(body, texts, reasons, text, bounds)
                _reply_sections(body, texts, reasons, text, bounds)
            if tags:
                _tag_boxes(body, texts, said, reasons)
            if fonts:
                _font_labels(body, texts, reasons)
            inline.extend(body[k] for k, v in said.items() if v[4])

        menus = [i for i, r in reasons.items() if r == _MENU_REASON]
        if menus and is_whole_page(text):
            # a whole page's menus are the body filter's evidence, and it cuts them with the rest
            for i in menus:
                del reasons[i]

        plans = {ln.index: ln for ln in inline if ln.index not in reasons}
        for i in heads:
            pos = all_lines[i].start
            yield Change(pos, pos, "", _ECHO_HEAD, split=True)
        for i in sorted({*reasons, *plans}):
            if i in reasons:
                cut = all_lines[i].cut(reasons[i], split=i in split_at)
                if reasons[i] == _SOURCE_CREDIT_REASON and (meta := _credit_meta(all_lines[i].text)):
                    cut = Change(cut.start, cut.end, "", cut.reason, split=cut.split, meta=meta)
                yield cut
            else:
                yield from _inline(plans[i], text, bounds)


def _credit_meta(text: str) -> dict[str, object] | None:
    """What a cut source credit tells of the article: its authors, or the outlet it was
    reprinted from (``本文授權轉載自：數位時代``), which metadata takes where the head names
    none (the first site an article's notes give wins)."""
    meta: dict[str, object] = {}
    if names := credit_authors(text):
        meta["authors"] = names
    m = _CREDIT_OUTLET.fullmatch(text.strip())
    if m:
        meta["site"] = _APP_SUFFIX.sub("", m["site"]) or m["site"]
    return meta or None


def credit_authors(text: str) -> list[str]:
    """The authors a source credit names after its ``作者`` label, in order: a reprint's
    credit (``（本文首发于钛媒体App，作者｜张帅，编辑｜盖虹达）``) is the page's byline."""
    return list(dict.fromkeys(m["name"] for m in _CREDIT_AUTHOR.finditer(text)))


#: what a line says alone, when it says anything: its widget kind, its line kind, the end
#: marker it is, whether it is a source credit, and whether chrome may stand inside it
_Said = tuple[str | None, str | None, str | None, bool, bool]


def _articles(
    all_lines: list[Line], bounds: list[int]
) -> Iterator[tuple[list[Line], list[str], dict[int, _Said]]]:
    """Each article's non-blank lines, their stripped texts, and what the few lines that
    say anything alone say (by position in the article; see ``_verdict``)."""
    body: list[Line] = []
    texts: list[str] = []
    said: dict[int, _Said] = {}
    b, nb = 0, len(bounds)
    for ln in all_lines:
        raw = ln.text
        if not raw:
            continue
        s, v = _verdict(raw)
        if not s:
            continue
        if b < nb and bounds[b] <= ln.start:  # the line starts a new article
            if body:
                yield body, texts, said
                body, texts, said = [], [], {}
            while b < nb and bounds[b] <= ln.start:
                b += 1
        if v is not None:
            said[len(body)] = v
        body.append(ln)
        texts.append(s)
    if body:
        yield body, texts, said


@memo_by_line
def _verdict(raw: str) -> tuple[str, _Said | None]:
    """The stripped line, and every judgement of it that depends on its text alone (None
    when none finds anything, as for most lines), made once per text."""
    s = raw.strip()
    if not s:
        return s, None
    # most lines hold a Han character that no widget word, count or counter holds: one scan
    # spares both judgements their own, and most such lines are quiet
    plain = _PLAIN_HAN.search(s) is not None
    if plain and _quiet(raw, s):
        return s, None
    if not plain and _NUMERIC.fullmatch(s):
        return s, _numeric(s)
    return s, _judge(raw, s, plain)


#: what a date, a time or a count is written with ("2024-05-10 14:32", "1245", "3/6"):
#: no letter, so none of a widget word, a call to action, a label, a title, a placeholder
#: or an end marker, but a stray mark, a signature dash and the counts of ``_count_kind``
_NUMERIC_CHARS = "0123456789 .:/-"
_NUMERIC = _re(f"[{re.escape(_NUMERIC_CHARS)}]+")
# so while no menu word is made of them, and none marks chrome inside a line
assert not any(_NUMERIC.fullmatch(w) for w in _MENU) and _HOLD_MARKS.isdisjoint(_NUMERIC_CHARS)


def _numeric(s: str) -> _Said | None:
    """What ``_judge`` finds in a line of ``_NUMERIC_CHARS`` alone (many lines of a feed or
    a head are dates, times and counts), at a fraction of its cost."""
    widget = _widget_kind(s) if s == "--" else "punct" if len(s) <= 3 and _PUNCT_ONLY.fullmatch(s) else None
    kind = _SIGNATURE_DASH if s == "--" else _count_kind(s)[1] if _DIGIT.match(s) else None
    return (widget, kind, None, False, False) if widget or kind else None


def _judge(raw: str, s: str, plain: bool) -> _Said | None:
    """Every judgement of the line ``raw`` (``s`` stripped; ``plain``: whether it holds a
    ``_PLAIN_HAN`` character), or None when none finds anything."""
    # one scan finds the few marks a line holds (most hold none), and spares each
    # judgement that needs a mark the line lacks
    found = _MARK.findall(s)
    marks = frozenset(found) if found else _NO_MARKS
    widget = _widget_kind(s, plain)
    kind = _line_kind(s, marks, plain)
    end = _end_line(raw) if s[0] in _END_LINE_FIRSTS else None
    credit = "本文" in s and _source_credit(s)
    inline = _may_hold_chrome(raw, marks)
    if widget or kind or end or credit or inline:
        return widget, kind, end, credit, inline
    return None


# -- quiet lines: most lines are prose, and no judgement of them finds anything ----------
# A judgement of a line that holds a ``_PLAIN_HAN`` character (most do) needs a cue in it:
# the line starts with a character some kind of line starts with, or holds a word or mark
# the judgement's pattern holds, and most judgements only read short lines. One scan for
# the cues of the judgements a line's length allows spares a quiet line all of them.

#: the cues of judgements that only read a short line, by the longest line each reads
_SHORT_CUES: tuple[tuple[int, tuple[str, ...]], ...] = (
    # a call to action (``_widget_kind``; ``_may_call`` takes an account's ID out first)
    (_CTA_MAX, (*_CTA_CUE.words, *_CTA_ID_WORDS)),
    (COMMENT_BAIT_MAX, _COMMENT_WORDS),
    (READ_TIME_MAX, _READ_TIME_WORDS),
    (COLLECTION_MAX, _COLLECTION_WORDS),
    (FOLLOW_INVITE_MAX, _FOLLOW_CUES),
    (TAG_LINE_MAX, _TAG_LABELS),
    (PAGER_LINK_MAX, _PAGER_WORDS),
    (FOLLOW_LINK_MAX, _FOLLOW_PLATFORMS),
    (LATIN_BOX_MAX, _LATIN_BOX_HEADS),
    (COLUMN_MAX, _COLUMN_WORDS),
    (VERTICAL_ROW_MAX, _VERTICAL_WORDS),
    (QUOTE_ROW_MAX, _QUOTE_ARROWS),  # a change's "%" has its own test (``_quiet``)
    (ISSUE_LINE_MAX, _ISSUE_CUES),
    (NEWSLETTER_MAX, _NEWSLETTER_WORDS),
    (BREADCRUMB_MAX, _HOME_WORDS),  # a trail whose marks were lost as "?" (``_is_lost_trail``)
    (FLOOR_STAMP_MAX, _FLOOR_STAMP_MARKS),
    (LEVEL_MAX, _LEVEL_HEADS),
    (PAGE_OF_MAX, _PAGE_OF_WORDS),
    (LIVE_TRAILER_MAX, _LIVE_TRAILER_WORDS),
    (LISTEN_MAX, _LISTEN_WORDS),
    (PIN_MAX, _PIN_WORDS),
    (MEDIA_CONTACT_MAX, _MEDIA_CONTACT_WORDS),
)
#: the cues of judgements that read a line of any length: a placeholder's "[", an expand
#: button's "全文", a source credit's "本文", an end marker's head, a
#: moderator's note, a paywall's notice, an image description's placeholder
_ANY_CUES = (
    "[", "全文", "本文", *(_END_CUE.words if _END_CUE is not None else ()),
    *_MOD_NOTE_HEADS, *_PAYWALL_WORDS, *_IMAGE_ALT_WORDS,
)


def _cue_scan(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(prefix_tree(sorted(set(_hk_words(words)), key=lambda w: (-len(w), w))))


def _cue_scans() -> list[re.Pattern[str]]:
    """The cue scan for each line length up to the longest short line (``_SHORT_CUES``)."""
    scans: dict[tuple[str, ...], re.Pattern[str]] = {}
    out = []
    for n in range(max(m for m, _ in _SHORT_CUES) + 1):
        words = tuple(w for m, ws in _SHORT_CUES if n <= m for w in ws)
        if words not in scans:
            scans[words] = _cue_scan((*_ANY_CUES, *words))
        out.append(scans[words])
    return out


_CUES_BY_LENGTH = _cue_scans()
_SHORT_LENGTHS = len(_CUES_BY_LENGTH)
_CUES_LONG = _cue_scan(_ANY_CUES)
#: a view counter's label (beside a date, with its digits: see ``_may_hold_chrome``) in
#: the casings ``_COUNTER_CUE`` lists; ``_LATIN_LABEL`` finds the others
_COUNTER_LABEL = _cue_scan(_COUNTER_CUE.words)
#: what a line that some judgement reads by its first character starts with: an arrow
#: link, a hashtag line (``_line_kind``), a "+" button, a board's signature line
#: (``_BBS_MARKS``); captions, original-title notes, end signs and editor credits, floor
#: comments and a board's pushes have their own cheap test in ``_quiet``
_SAYING_FIRSTS = frozenset(_LINK_ARROWS + _HASHTAG_MARKS + "+＋" + _BBS_MARKS)
#: what a photo credit, media label or caption starts with (``_line_kind``): "首先" is none
_CAPTION_HEADS = (*_PHOTO_HEADS, *_MEDIA_HEADS, *_CAPTION_MARKS, *_CAPTION_LABEL_HEADS)
_GAP = _re(f"[{re.escape(_ITEM_GAPS)}]")


def _quiet(raw: str, s: str) -> bool:
    """Whether no judgement of ``_verdict`` finds anything in the line ``raw`` (``s``
    stripped), which holds a ``_PLAIN_HAN`` character: no cue of a judgement its length
    allows, no end sign's "完" beside a bracket, no menu's items without punctuation, no
    view counter's label beside a digit. A line with a link may be a call to action of any
    length (see ``_is_call_to_action``), and is scanned for the cues of the shortest."""
    if _END_CUE is None or s[0] in _SAYING_FIRSTS:
        return False
    if s[0] in _JUDGED_FIRSTS and not _quiet_start(s):
        return False
    # an editor's title ("编", "校", "審") stands in much prose ("学校", "改编"): a credit
    # holds it at an end line's start (``_end_line``, above), or before a colon, a slash or
    # a bar (``_may_hold_chrome``, ``_line_kind``'s outlet editor)
    if _EDITOR_MARK.search(s) and _EDITOR_SEPS.search(s):
        return False
    # a quote row's "%", an author icon's "-" and a trail's marks stand in much prose
    # ("增长5%", "COVID-19", "km/h"): each judgement is cheaper than all of a line's
    if "%" in s and len(s) <= QUOTE_ROW_MAX and _is_quote_row(s):  # ``_page_kind``
        return False
    if _is_author_icon(s):  # ``_line_kind``
        return False
    if len(s) <= BREADCRUMB_MAX and _TRAIL_MARK.search(s) and _is_breadcrumb(s):  # "km/h", "1/3"
        return False
    n = len(s)
    k = 0 if "http" in s else n  # the cues of every judgement: a link's prompt has any length
    if (_CUES_BY_LENGTH[k] if k < _SHORT_LENGTHS else _CUES_LONG).search(raw):
        return False
    if "完" in raw and (")" in raw or "）" in raw):  # an end sign (``_may_hold_chrome``)
        return False
    if n <= MENU_MAX and not _MENU_PUNCT.search(s) and _GAP.search(s) and _may_list(s):  # ``_is_menu``
        return False
    return not (
        len(raw) <= COUNTER_LINE_MAX and _DIGIT.search(raw)
        and (_COUNTER_LABEL.search(raw) or _LATIN_LABEL.search(raw))
    )


#: what a line that ``_quiet_start`` reads starts with
_JUDGED_FIRSTS = (
    _CAPTION_FIRSTS | _END_LINE_FIRSTS | _ORIGINAL_FIRSTS | _FLOOR_FIRSTS | _FLOOR_LABEL_FIRSTS | _PUSH_FIRSTS
)


def _quiet_start(s: str) -> bool:
    """Whether no judgement that reads a line by its first character finds anything in
    ``s`` (see ``_quiet``): a caption, an end line, an original-title note, a floor's
    comment, label or push. Many lines of prose start as they do ("新的", "值得", "本地",
    "原因"), so each also needs its own mark."""
    c = s[0]
    if c in _CAPTION_FIRSTS and s.startswith(_CAPTION_HEADS):  # a caption (``_line_kind``)
        return False
    # an end line holds an end sign or an editor's title (``_end_line``)
    if c in _END_LINE_FIRSTS and (_END_SIGN.search(s) or _EDITOR_MARK.search(s)):
        return False
    if c in _ORIGINAL_FIRSTS and "原" in s[:6]:  # an original-title note (``_line_kind``)
        return False
    if c in _FLOOR_FIRSTS and _FLOOR_HEAD.match(s):  # a floor comment (``_line_kind``)
        return False
    if c in _FLOOR_LABEL_FIRSTS and len(s) <= FLOOR_LABEL_MAX and _FLOOR_LABEL.fullmatch(s):  # ``_line_kind``
        return False
    if c in _RELEASE_FIRSTS and _RELEASE_TAG.match(s):  # a press release's tag (``_may_hold_chrome``)
        return False
    return not (c in _PUSH_FIRSTS and _PUSH_HEAD.match(s))  # a board's push (``_line_kind``)


def _may_list(s: str) -> bool:
    """Whether ``s`` holds as many items as a link bar or a menu does (``_is_menu``)."""
    if "|" in s or "｜" in s:
        return s.count("|") + s.count("｜") >= BAR_MIN_ITEMS - 1
    return len(s.split()) >= MENU_MIN_ITEMS


def _line_reasons(
    body: list[Line],
    texts: list[str],
    said: dict[int, _Said],
    reasons: dict[int, str],
    split_at: set[int],
    text: str,
    bounds: list[int],
) -> None:
    """Whole lines that are chrome by what they are, by their neighbours, or as end signs."""
    judged = {k for k, v in said.items() if v[1] or v[2] or v[3]}
    clocks = [k for k, v in said.items() if v[1] == _CLOCK_KIND]
    stamps = len(clocks) >= CLOCK_STAMPS_MIN and not _live_text(texts, said, clocks)
    galleries = _galleries(texts, [k for k, v in said.items() if v[1] == _GALLERY_KIND])
    floors = sum(v[1] == _FLOOR_LABEL_KIND for v in said.values()) >= FLOOR_LABELS_MIN
    for k in sorted(judged.union(_titled(texts))):
        ln = body[k]
        if ln.index in reasons:
            continue
        _, kind, end, credit, _ = said.get(k, _QUIET)
        if kind == _CLOCK_KIND:
            if stamps:
                reasons[ln.index] = _CLOCK_KIND
            continue
        if kind == _QUOTE_KIND and _quoted_in_text(texts, said, k):
            continue
        if kind == _GALLERY_KIND:
            if _gallery_counter(texts[k])[1] in galleries:
                reasons[ln.index] = _GALLERY_KIND
            continue
        if kind == _FLOOR_LABEL_KIND:
            if floors:
                reasons[ln.index] = kind
            continue
        if kind == _VOTES_KIND:
            near = (texts[j] for j in (k - 1, k + 1) if 0 <= j < len(texts))
            if any(len(t) <= AGO_MAX and _AGO.fullmatch(t) for t in near):
                reasons[ln.index] = kind
            continue
        if kind == _MEDIA_CONTACT_KIND:  # chrome on a portal's page only (``_media_contacts``)
            continue
        if kind == _TAGS_KIND or kind == _FLOOR_STAMP_KIND:  # at the head the metadata's to read
            if prose_before(text, ln.start, bounds):
                reasons[ln.index] = kind
                if kind == _FLOOR_STAMP_KIND:
                    _reply_floor(body, texts, said, reasons, k)
            continue
        if kind == _FLOOR or kind == _SIGNATURE_DASH:  # chrome by its neighbours and place
            if kind == _FLOOR and _floor_comment(texts, k, said) and prose_before(text, ln.start, bounds):
                reasons[ln.index] = _FLOOR
                continue
            if kind == _SIGNATURE_DASH and (k + 1 == len(texts) or said.get(k + 1, _QUIET)[1] == _BBS_REASON):
                reasons[ln.index] = _SIGNATURE_DASH
                continue
            kind = None
        reason = _line_reason(texts, k, kind)
        if reason:
            reasons[ln.index] = reason
        elif end is not None:
            after_text = prose_before(text, ln.start, bounds)
            if end == _LATE_CREDIT and not after_text:
                continue  # a head's credit: the metadata filter reads it
            reasons[ln.index] = "end-of-article marker: editor credit" if end == _LATE_CREDIT else end
            if after_text:
                split_at.add(ln.index)
        elif credit and prose_before(text, ln.start, bounds):
            reasons[ln.index] = _SOURCE_CREDIT_REASON
    if floors:
        _replies(body, texts, said, reasons, text, bounds)


def _media_contacts(
    body: list[Line], texts: list[str], said: dict[int, _Said], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """A press release's media contact after its text (``媒体联系人：林小姐``, then
    ``电话：…``, ``邮箱：…``), where a portal reprints the release among its own chrome
    (a line of this article cut already): the page's furniture there. A release published
    on its own keeps it, as its issuer wrote it; at the head it would be news."""
    heads = [k for k, v in said.items() if v[1] == _MEDIA_CONTACT_KIND]
    if not heads or not any(ln.index in reasons for ln in body):
        return
    for k in heads:
        if body[k].index not in reasons and prose_before(text, body[k].start, bounds):
            reasons[body[k].index] = _MEDIA_CONTACT_KIND
            _media_contact_fields(body, texts, reasons, k)


def _media_contact_fields(body: list[Line], texts: list[str], reasons: dict[int, str], k: int) -> None:
    """The fields under a press release's media contact heading at ``k`` (``电话：…``,
    ``邮箱：…``, ``陳小姐``), down to the first line that is none (chrome cut between aside)."""
    for m in range(k + 1, min(len(texts), k + 1 + MEDIA_CONTACT_LINES_MAX)):
        if body[m].index in reasons:
            continue
        s = texts[m]
        if len(s) > CONTACT_LINE_MAX or _MEDIA_CONTACT_LINE.fullmatch(s) is None:
            return
        reasons[body[m].index] = _MEDIA_CONTACT_KIND


def _prose(texts: list[str], said: dict[int, _Said], j: int) -> bool:
    """Whether ``texts[j]`` is a sentence of the article: it ends as one does, and no
    judgement of the line alone found furniture in it (a flash item's or a feed's line)."""
    if not 0 <= j < len(texts):
        return False
    t = texts[j]
    v = said.get(j)
    return len(t) >= PROSE_MIN and t[-1] in _SENTENCE_ENDS and t[0] not in _FEED_ITEM_FIRSTS and not (v and (v[0] or v[1]))


def _live_text(texts: list[str], said: dict[int, _Said], clocks: list[int]) -> bool:
    """Whether the lone clock times ``clocks`` head the paragraphs of one article's live
    text or chronology ("10:02⏎发布会开始，…。⏎10:15⏎记者提问。"): each stands over a sentence,
    under a sentence or the article's start, and the times run forward. A feed's stamps
    run newest first, or stand beside its counters and its flash items (``【…】``)."""
    times = [tuple(map(int, texts[k].split(":"))) for k in clocks]
    if any(b < a for a, b in zip(times, times[1:])):
        return False
    return all(_prose(texts, said, k + 1) and (k == 0 or _prose(texts, said, k - 1)) for k in clocks)


def _quoted_in_text(texts: list[str], said: dict[int, _Said], k: int) -> bool:
    """Whether the quote row ``texts[k]`` (with the quote rows beside it) is the article's
    data: under a line that introduces it ("截至收盘：", "台股今日收盤，…"), or between two
    of the article's sentences. A ticker in the page's head stands over the headline, among
    menus and trails, or beside a share bar."""
    a = k
    while a > 0 and said.get(a - 1, _QUIET)[1] == _QUOTE_KIND:
        a -= 1
    b = k
    while b + 1 < len(texts) and said.get(b + 1, _QUIET)[1] == _QUOTE_KIND:
        b += 1
    if a == 0:
        return False
    intro, v = texts[a - 1], said.get(a - 1)
    if v and (v[0] or v[1]):
        return False
    if intro[-1] in ":：" or (any(w in intro for w in _QUOTE_INTRO_WORDS) and _CLAUSE_MARK.search(intro)):
        return True
    return _prose(texts, said, a - 1) and _prose(texts, said, b + 1)


#: the shortest line read as a sentence of the article around a quote row or a time
PROSE_MIN = 4
#: how a sentence of prose ends (a quote's closing mark after its own end)
_SENTENCE_ENDS = frozenset("。！？!?…」”』")
#: what a feed's flash item starts with ("【沪指半日涨0.45%】财联社6月3日电，…")
_FEED_ITEM_FIRSTS = frozenset("【[")
#: what a sentence introducing a market's closing figures names ("截至收盘", "台股今日收盤")
_QUOTE_INTRO_WORDS = tuple(with_twins(("收盘", "收报", "报收", "截至", "截止")))
_CLAUSE_MARK = _re("[。，,；;]")


def _floor_number(s: str) -> int:
    """A floor label's number (``#2`` -> 2); 0 for the poster's own label (``樓主``)."""
    digits = "".join(c for c in s if c.isdigit())
    return int(digits) if digits else 0


def _post_time(s: str) -> bool:
    return len(s) <= POST_TIME_MAX and _POST_TIME.fullmatch(s) is not None


def _is_poster(s: str) -> bool:
    """A poster's name: short, no sentence in it."""
    return len(s) <= POSTER_MAX and not _SENTENCE_PUNCT.search(s) and not _SENTENCE_END.search(s)


def _replies(
    body: list[Line], texts: list[str], said: dict[int, _Said], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """Cut a thread's replies after its text: a floor label numbered 2 or more, cut as a
    thread's, with a post's stamp beside it is a reply's head; its poster's name and its
    text under it go with it, to the next line of furniture. The opening post (floor 1,
    ``樓主``) and a floor without a stamp stay."""
    n = len(texts)
    for k in range(n):
        if body[k].index not in reasons or said.get(k, _QUIET)[1] != _FLOOR_LABEL_KIND:
            continue
        if _floor_number(texts[k]) < 2 or not prose_before(text, body[k].start, bounds):
            continue
        j = next((j for j in (k + 1, k + 2, k - 1) if 0 <= j < n and _post_time(texts[j])), None)
        if j is None or (j == k + 2 and (body[k + 1].index in reasons or not _is_poster(texts[k + 1]))):
            continue
        head = [j, k + 1] if j == k + 2 else [j]
        if j == k - 1 and k >= 2 and body[k - 2].index not in reasons and _is_poster(texts[k - 2]):
            head.append(k - 2)
        for m in head:
            reasons.setdefault(body[m].index, _REPLY_FLOOR)
        for m in range(max(j, k) + 1, n):
            if body[m].index in reasons or said.get(m, _QUIET)[1]:
                break
            reasons[body[m].index] = _REPLY_FLOOR


def _reply_floor(body: list[Line], texts: list[str], said: dict[int, _Said], reasons: dict[int, str], k: int) -> None:
    """Cut what goes with the floor stamp ``texts[k]``, cut after the article's text: its
    reply button right under it, and, when it numbers floor n > 1 and floor n-1's stamp
    is above it, floor n itself (a reader's reply: its poster's name and text between the
    two stamps). The opening post is floor 1, and no stamp above it numbers it."""
    if k + 1 < len(texts) and len(texts[k + 1]) <= REPLY_BUTTON_MAX and _REPLY_BUTTON.fullmatch(texts[k + 1]):
        reasons[body[k + 1].index] = "forum reply button"
    m = _FLOOR_NUMBER.search(texts[k])
    if m is None or int(m[1]) < 2:
        return
    for j in range(k - 1, -1, -1):
        if said.get(j, _QUIET)[1] != _FLOOR_STAMP_KIND:
            continue
        above = _FLOOR_NUMBER.search(texts[j])
        if above is not None and int(above[1]) < int(m[1]):
            for i in range(j + 1, k):
                reasons.setdefault(body[i].index, _REPLY_FLOOR)
        return


def _echo_heads(
    body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]
) -> Iterator[int]:
    """The headlines (line indexes) that open a new article inside this one: a content
    farm prints each page as ``<headline>`` / ``<站名>官网最新热点:<headline>`` / a counter
    row, and mirrors concatenate pages with no separator. A site line cut for repeating
    the headline right above it marks that headline a page's top, once text came before."""
    for k in range(1, len(texts)):
        ln = body[k]
        if reasons.get(ln.index) != _TITLE_ECHO or body[k - 1].index in reasons:
            continue
        if _echoed(texts, k) == k - 1 and prose_before(text, body[k - 1].start, bounds):
            yield body[k - 1].index


_QUIET: _Said = (None, None, None, False, False)


def _gallery_counter(s: str) -> tuple[int, int] | None:
    """``3/6`` -> (3, 6): a photo's number in a gallery and the gallery's size, or None
    when the line is no such pair (the number past the size: a date, a score)."""
    m = _GALLERY.fullmatch(s)
    if m is None:
        return None
    k, total = int(m[1]), int(m[2])
    return (k, total) if 1 <= k <= total and total >= GALLERY_COUNTERS_MIN else None


def _galleries(texts: list[str], ks: list[int]) -> set[int]:
    """The sizes of the galleries whose counters an article holds: ``GALLERY_COUNTERS_MIN``
    lines or more with one size and each their own number (``1/6`` … ``6/6``); dates of
    one month (``3/15``, ``4/15``) have numbers past most sizes, and repeat."""
    seen: dict[int, set[int]] = {}
    for k in ks:
        pair = _gallery_counter(texts[k])
        if pair is not None:
            seen.setdefault(pair[1], set()).add(pair[0])
    return {total for total, numbers in seen.items() if len(numbers) >= GALLERY_COUNTERS_MIN}


def _floor(s: str) -> tuple[str, int]:
    """A floor comment's label kind (``b``, ``#``, ``楼``, ``f``) and number."""
    m = _FLOOR_HEAD.match(s)
    assert m is not None
    label = m.group(1).replace("第", "").replace(" ", "").replace("＃", "#").replace("樓", "楼").casefold()
    digits = "".join(c for c in label if c.isdigit())
    return label.replace(digits, "", 1), int(digits)


def _floor_comment(texts: list[str], k: int, said: dict[int, _Said]) -> bool:
    """Whether the floor-labelled line ``texts[k]`` is a reader's comment: it holds what
    only a comment holds (``_COMMENT_STAMP``), or it is the next or last floor beside one
    that does (Dcard's ``B2 …`` under ``B1 … 5月15日 22:31``). A numbered list or a storey
    guide (``#1 台積電``, ``B1 美食街``) holds no comment's stamp."""
    if _COMMENT_STAMP.search(texts[k]):
        return True
    form, number = _floor(texts[k])
    for j in (k - 1, k + 1):
        if 0 <= j < len(texts) and said.get(j, _QUIET)[1] == _FLOOR and _COMMENT_STAMP.search(texts[j]):
            other, n = _floor(texts[j])
            if other == form and abs(n - number) == 1:
                return True
    return False


#: the shortest title a line may repeat (see ``_repeats_title``)
TITLE_MIN = 6
_TITLE_HEAD = itemgetter(slice(None, TITLE_MIN))
_TITLE_TAIL = itemgetter(slice(-TITLE_MIN, None))


def _titled(texts: list[str]) -> list[int]:
    """The lines that may repeat a neighbour as a title (``_repeats_title``): longer than
    it, starting or ending with it.

    A neighbour of ``TITLE_MIN`` characters or more that starts (ends) a line has the same
    first (last) ``TITLE_MIN`` characters as the line, and few neighbours share them: only
    those pairs are compared in full."""
    heads = list(map(_TITLE_HEAD, texts))
    tails = list(map(_TITLE_TAIL, texts))
    alike = map(or_, map(eq, heads, heads[1:]), map(eq, tails, tails[1:]))
    found = []
    for k in compress(count(), alike):
        a, b = texts[k], texts[k + 1]
        if TITLE_MIN <= len(b) < len(a) and (a.startswith(b) or a.endswith(b)):
            found.append(k)
        elif TITLE_MIN <= len(a) < len(b) and (b.startswith(a) or b.endswith(a)):
            found.append(k + 1)
    return found


def _end_line(s: str) -> str | None:
    """The reason when the whole line is an end sign or an editor credit (each starts as
    ``_END_LINE_FIRSTS`` says). A line that also names a reporter is a byline: the editor's
    part alone may go (``_EDITOR_IN_META``), the author stays for metadata."""
    # every editor's title holds an ``_EDITOR_MARK``
    editor = _EDITOR_MARK.search(s) is not None and _REPORTER_TITLE.search(s) is None
    bare = editor and len(s) <= 40 and _EDITOR_BARE.fullmatch(s) is not None
    sign = _END_SIGN.search(s) is not None and _DONE_LINE.fullmatch(s) is not None
    if bare or sign or (editor and (_EDITOR_LINE.fullmatch(s) or _CHECKER_LINE.fullmatch(s))):
        return "end-of-article marker: " + ("editor credit" if editor else "end sign")
    if editor and len(s) <= DESK_LINE_MAX and _DESK_LINE.fullmatch(s.strip()):
        return _LATE_CREDIT
    return None


def _source_credit(s: str) -> bool:
    """A reprint or first-publication credit naming its source (see ``_SOURCE_CREDIT``)."""
    return (
        "本文" in s and len(s) <= 130 and _SOURCE_CREDIT.fullmatch(s) is not None
        and _SOURCE_WORDS.search(s) is not None
    )


def _line_reason(texts: list[str], k: int, kind: str | None) -> str | None:
    """Why the whole (non-blank, stripped) line ``texts[k]`` is chrome, or None; ``kind``
    is what the line says alone (``_line_kind``)."""
    if kind == _LONE:
        if _counter_pattern_near(texts, k):
            return None  # a headline/count alternation: a feed, left to the feeds filter
        return "lone counter"
    if kind == _BARE_CAPTION:
        # a run of such lines is a list whose points a triangle marks
        near = (texts[j] for j in (k - 1, k + 1) if 0 <= j < len(texts))
        return None if any(_is_bare_caption(t) for t in near) else _CAPTION
    if kind is None and _repeats_title(texts, k):
        return _TITLE_ECHO
    return kind


_LONE = "lone counter"
_TITLE_ECHO = "site name repeating the title"
#: the boundary over a headline that a farm's site line under it repeats
_ECHO_HEAD = "new article: a headline its site's line under it repeats"
#: a clock time alone on a line ("10:32:15"): a flash list's or live page's stamp
_CLOCK_KIND = "time stamp"
_QUOTE_KIND = "market quote row"
_CLOCK = _regex(r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?")
#: the fewest such lines in an article that make them a list's stamps: one alone may be
#: the time of the head's date line, which the metadata filter reads
CLOCK_STAMPS_MIN = 2
#: a photo gallery's counter alone on a line ("1/6", "2 / 6"): the photo's place in the set
_GALLERY_KIND = "gallery counter"
_GALLERY = _regex(r"(\d{1,3})\s{0,2}[/／]\s{0,2}(\d{1,3})")
GALLERY_COUNTER_MAX = 9
#: the fewest counters of one gallery that make such lines its counters: one alone may be
#: a date ("3/15") or a score
GALLERY_COUNTERS_MIN = 2
_CAPTION = "photo caption"
#: a caption without its credit, chrome unless its neighbours make it a point of a list
_BARE_CAPTION = "photo caption without a credit"
_MENU_REASON = "menu or link bar"
_SHARE_REASON = "share/follow widget"


def _line_kind(s: str, marks: frozenset[str], plain: bool) -> str | None:
    """What the line alone says: a reason to cut it, ``_LONE`` for a bare number (chrome
    unless its neighbours make it a feed), or None. ``marks``: the line's marks (``_MARK``),
    which a breadcrumb, a menu, an outlet's editor credit, a placeholder and an author
    icon need; ``plain``: whether it holds a ``_PLAIN_HAN`` character, which no bare number
    and no run of counters holds."""
    n = len(s)
    if marks:
        if not marks.isdisjoint(_TRAIL_SET) and _is_breadcrumb(s):
            return "breadcrumb"
        if not marks.isdisjoint(_GAP_SET) and _is_menu(s):
            return _MENU_REASON
        # an outlet's editor: names after a bar
        if ("编" in marks or "編" in marks) and ("|" in marks or "｜" in marks) and _OUTLET_EDITOR.fullmatch(s):
            return "editor credit"
        if "[" in marks and not _IMAGE.sub("", s).strip():  # every placeholder holds a "["
            return "empty image placeholder"
    # a board's furniture: its signature lines and separator, a forum's edit note
    if s[0] in _BBS_MARKS and n <= BBS_LINE_MAX and _BBS_LINE.fullmatch(s):
        return _BBS_REASON
    if s == "--":
        return _SIGNATURE_DASH
    if s[0] == "本" and s.startswith(_EDIT_NOTE_HEADS) and _EDIT_NOTE.fullmatch(s):
        return "forum edit note"
    if s[0] == "本" and s.startswith(_MOD_NOTE_HEADS) and _MOD_NOTE.fullmatch(s):
        return "forum moderation note"
    if s[0] == "本" and n <= PAYWALL_MAX and _PAYWALL.fullmatch(s):
        return "paywall notice"
    if s in _IMAGE_ALTS:
        return "empty image placeholder"
    if s[0] in _PUSH_FIRSTS and _PUSH_HEAD.match(s) and _PUSH_DATE.search(s):
        return "bulletin board push comment"
    # a photo credit or a media label: no other kind below starts with one of these characters
    if s[0] in _CAPTION_FIRSTS:
        if n <= _PHOTO_CREDIT_MAX and s.startswith(_PHOTO_HEADS) and _PHOTO_CREDIT.fullmatch(s):
            return "photo credit"
        if s.startswith(_MEDIA_HEADS) and _MEDIA_CAPTION.match(s):
            return "media caption label"
        if n <= CAPTION_MAX and _is_caption(s):
            return _CAPTION
        if n <= BARE_CAPTION_MAX and _is_bare_caption(s):
            return _BARE_CAPTION
    if s[0] in _LINK_ARROWS and _is_arrow_link(s):
        return "related link"
    if s[0] in _ORIGINAL_FIRSTS and n <= ORIGINAL_TITLE_MAX and "原" in s[:6] and _ORIGINAL_TITLE.fullmatch(s):
        return "original-title note"
    if n <= FOLLOW_INVITE_MAX and ("迎" in s or "敬" in s) and _is_follow_invite(s):  # ``_FOLLOW_CUES``
        return "follow prompt"
    if n <= PAGER_LINK_MAX and s[0] in "上下" and _PAGER_LINK.fullmatch(s):
        return "pager link"
    if n <= TAG_LINE_MAX and s[0] in _TAG_FIRSTS and _TAG_LINE.fullmatch(s):
        return _TAGS_KIND  # chrome after the article's text (see ``_line_reasons``)
    if n <= FOLLOW_LINK_MAX and _FOLLOW_PLATFORM.search(s) and _FOLLOW_LINK.fullmatch(s):
        return "follow link"
    if s[0] in _HASHTAG_MARKS and _is_hashtags(s):
        return "hashtag line"
    if n <= COMMENT_BAIT_MAX and _COMMENT_CUE.search(s) and _COMMENT_BAIT.fullmatch(s):
        return "comment prompt"
    if not plain and _DIGIT.match(s):
        counted, count_kind = _count_kind(s)
        if counted:
            return count_kind
    if n <= COLLECTION_MAX:
        if ("收录于" in s or "收錄於" in s) and _COLLECTION.fullmatch(s):  # ``_COLLECTION_WORDS``
            return "collection label"
        if n <= READ_TIME_MAX and ("阅读" in s or "閱讀" in s) and _READ_TIME.fullmatch(s):  # ``_READ_TIME_WORDS``
            return "reading time"
    if _AUTHOR_ICON_MARK in marks and _is_author_icon(s):
        return "author box"
    if (
        n <= 80 and not plain and not _UNCOUNTED_HAN.search(s) and _DIGIT_OR_COLON.search(s)
        and _COUNTER_CUE.search(s) and _COUNTER.search(s)
    ):
        rest = _COUNTER.sub(" ", s)
        if not rest.strip(" \t|｜/·•,，、;；"):
            return "view counters" if not _BOX_COUNTS.search(s) else "author box: counts"
    if s[0] in _FLOOR_FIRSTS and _FLOOR_HEAD.match(s):
        return _FLOOR  # chrome after the article when it is a comment (``_floor_comment``)
    return _post_kind(s)


def _post_kind(s: str) -> str | None:
    """What a blog's or a forum's furniture around a post says (``_line_kind``): a floor's
    label (chrome when a thread's, see ``_line_reasons``) or stamp, a user's level, an
    author's box in English, a blog column's box."""
    n = len(s)
    if n <= FLOOR_LABEL_MAX and s[0] in _FLOOR_LABEL_FIRSTS and _FLOOR_LABEL.fullmatch(s):
        return _FLOOR_LABEL_KIND
    if n <= FLOOR_STAMP_MAX and _FLOOR_STAMP_CUE.search(s) and _FLOOR_STAMP.fullmatch(s):
        return _FLOOR_STAMP_KIND
    if n <= LEVEL_MAX and ("V" in s or "v" in s) and _LEVEL.fullmatch(s):
        return "user level"
    if n <= LATIN_BOX_MAX and _LATIN_BOX.fullmatch(s):
        return "author box"
    if n <= COLUMN_MAX and ("专栏" in s or "專欄" in s or "篇文章" in s) and _COLUMN_BOX.fullmatch(s):
        return "blog column box"
    if n <= VERTICAL_ROW_MAX and any(w in s for w in _VERTICAL_WORDS) and _VERTICAL_ROW.fullmatch(s):
        return "portal widget row"
    return _page_kind(s)


def _page_kind(s: str) -> str | None:
    """What a finance page's or a weekly's furniture says (``_post_kind``): a quote row, an
    issue line, a newsletter button, a breadcrumb whose marks were lost."""
    n = len(s)
    if n <= QUOTE_ROW_MAX and any(c in s for c in _QUOTE_CUES) and _is_quote_row(s):
        return _QUOTE_KIND
    if n <= ISSUE_LINE_MAX and "期" in s and any(w in s for w in _ISSUE_CUES) and _ISSUE_LINE.fullmatch(s):
        return "magazine issue line"
    if n <= NEWSLETTER_MAX and ("电子报" in s or "電子報" in s) and _NEWSLETTER.fullmatch(s):  # ``_NEWSLETTER_WORDS``
        return "newsletter button"
    if n <= BREADCRUMB_MAX and "?" in s and _is_lost_trail(s):
        return "breadcrumb"
    return _live_kind(s)


def _live_kind(s: str) -> str | None:
    """What a paginated, live or press page's furniture says (``_page_kind``): a page
    footer, a live blog's trailer, a radio's listen prompt, a live entry's pin label, a
    press release's media contact heading (chrome after the text, see ``_line_reasons``).
    Each is a whole short line; none is a sentence of a report."""
    n = len(s)
    if n <= PAGE_OF_MAX and ("页" in s or "頁" in s) and _PAGE_OF.fullmatch(s):  # ``_PAGE_OF_WORDS``
        return "page footer"
    if n <= LIVE_TRAILER_MAX and any(w in s for w in _LIVE_TRAILER_WORDS) and _LIVE_TRAILER.fullmatch(s):
        return "live blog trailer"
    if n <= LISTEN_MAX and any(w in s for w in _LISTEN_WORDS) and _is_listen_prompt(s):
        return "listen/watch prompt"
    if n <= PIN_MAX and ("置顶" in s or "置頂" in s) and _PIN.fullmatch(s):  # ``_PIN_WORDS``
        return "pin label"
    if n <= MEDIA_CONTACT_MAX and any(w in s for w in _MEDIA_CONTACT_WORDS) and _MEDIA_CONTACT.fullmatch(s):
        return _MEDIA_CONTACT_KIND
    return None


def _is_listen_prompt(s: str) -> bool:
    """``▶ 收聽中廣新聞網 AM 657 / FM 103.3``, ``收看直播：央視新聞頻道``: a station with its
    frequencies, or a live stream with at most a station's name; "收看直播的觀眾很多" stays."""
    m = _LISTEN.fullmatch(s)
    if m is None:
        return False
    if m["band"]:
        return True
    return m["live"] is not None and (m["station"] is None or _STATION.search(m["station"]) is not None)


def _is_quote_row(s: str) -> bool:
    """``加權指數 23,416.25 ▲ 182.33 (0.78%)``, ``台積電 2330 1,085 ▲ 1.40%``: quotes, each a
    name and numbers, one of them an index, a coded stock or an arrowed change. Plain names
    with signed numbers may be a table's row in the text (``贵州茅台 1689.00 +2.35%``)."""
    return _QUOTE_ROW.fullmatch(s) is not None and _QUOTE_MARK.search(s) is not None


def _is_lost_trail(s: str) -> bool:
    """``首頁 ? 時事台``: a trail from the home page whose "›" an encoding lost as "?"; a
    question mark has no space before it in a sentence."""
    parts = _crumb_parts(_LOST_SEP.split(s))
    return parts is not None and parts[0].endswith(_HOME_WORDS) and len(parts[0]) <= TRAIL_SITE_MAX


def _count_kind(s: str) -> tuple[bool, str | None]:
    """Whether a line starting with a digit and holding no ``_PLAIN_HAN`` character is a
    count, and what it says then: a gallery's counter, a clock time, a bare number (a year
    or a date says nothing)."""
    n = len(s)
    if n <= GALLERY_COUNTER_MAX and _gallery_counter(s):
        return True, _GALLERY_KIND  # chrome when the article holds more (see ``_line_reasons``)
    if n <= 8 and _CLOCK.fullmatch(s):
        return True, _CLOCK_KIND  # chrome when the article holds more (see ``_line_reasons``)
    if _LONE_COUNT.fullmatch(s):
        return True, None if _YEAR.fullmatch(s) or _DATE_ONLY.fullmatch(s) else _LONE
    if n <= VOTES_MAX and _VOTES.fullmatch(s):
        return True, _VOTES_KIND  # chrome beside a post's time (see ``_line_reasons``)
    return False, None


def _is_caption(s: str) -> bool:
    """``▲台積電熊本廠。（圖／路透）``, ``图说：…``: a photo's caption, the photo gone. After a
    triangle the caption says so (``图为…``) or ends with a photo credit."""
    if s[0] not in _CAPTION_MARKS:
        return s.startswith(_CAPTION_LABEL_HEADS) and _CAPTION_LABEL.match(s) is not None
    rest = s[1:].lstrip()
    if rest.startswith(_CAPTION_SAYS):
        return True
    i = max(rest.rfind("（"), rest.rfind("("))
    if i > 0 and _CAPTION_CREDIT.fullmatch(rest, i) and _CAPTION_CREDIT_WORD.search(rest, i):
        return True
    return ("图" in rest or "圖" in rest or "摄" in rest or "攝" in rest) and _CAPTION_CREDIT_BARE.search(rest) is not None


def _is_bare_caption(s: str) -> bool:
    """``▲青年局長林楷軒致詞勉勵青年參與城市治理。``: a triangle pointing up at the photo
    and one sentence, no credit; longer than a heading (``▲延伸閱讀``, a feed's)."""
    if not s or s[0] not in _PHOTO_ABOVE or len(s) > BARE_CAPTION_MAX:
        return False
    rest = s[1:].strip()
    stops = rest.count("。")
    return len(rest) >= BARE_CAPTION_MIN and (stops == 0 or (stops == 1 and rest.endswith("。")))


def _is_credit_line(s: str) -> bool:
    """``圖片：世衛組織/Yoshi Shimizu``: a photo's credit alone on its line."""
    return len(s) <= CREDIT_LINE_MAX and ("/" in s or "／" in s) and _CREDIT_LINE.fullmatch(s) is not None


def _is_credited_caption(s: str) -> bool:
    """``印度一家診所內正在接受結核病篩檢的病人。``, under its credit: one short sentence or
    a phrase, no clause in it."""
    if not CREDITED_CAPTION_MIN <= len(s) <= CREDITED_CAPTION_MAX or _CLAUSE_MARKS.search(s):
        return False
    stops = s.count("。")
    return stops == 0 or (stops == 1 and s.endswith("。"))


def _caption_with_credit(s: str) -> bool:
    """``環狀線北環段路線示意圖。（圖／捷運局提供）``: a phrase or a short sentence, then a
    photo's credit in brackets that names who gave it. A sentence of reporting runs to
    clauses, or ends with a note alone (``…嫌犯当晚独自离开。（资料照）``)."""
    i = max(s.rfind("（"), s.rfind("("))
    if i < CREDITED_CAPTION_MIN or i > CREDITED_CAPTION_MAX or _LABELLED_CREDIT.fullmatch(s, i) is None:
        return False
    return _is_credited_caption(s[:i].rstrip())


def _credited_captions(body: list[Line], texts: list[str], reasons: dict[int, str]) -> None:
    """A photo's credit and caption left without the photo: a credit line and the one short
    caption right under it, or a caption line that ends with its credit in brackets."""
    n = len(texts)
    for k, s in enumerate(texts):
        slash = "/" in s or "／" in s
        if not slash and s[-1] not in "）)":
            continue  # a credit line holds a slash, a credited caption ends in a bracket
        # a credit another rule cut still has its caption
        if s[-1] in "）)" and body[k].index not in reasons and _caption_with_credit(s):
            reasons[body[k].index] = _CAPTION
        elif slash and _is_credit_line(s):
            reasons.setdefault(body[k].index, _CREDITED_CAPTION)
            if k + 1 < n and body[k + 1].index not in reasons and _is_credited_caption(texts[k + 1]):
                reasons[body[k + 1].index] = _CREDITED_CAPTION


def _is_arrow_link(s: str) -> bool:
    """``►熊本房價狂飆 當地人：買不起了``: an arrow and a headline of clauses parted by a space."""
    rest = s[1:].lstrip("\ufe0f").strip()  # "▶️": the arrow as an emoji
    return (
        ARROW_LINK_MIN <= len(rest) <= ARROW_LINK_MAX and _NO_HEADLINE.search(rest) is None
        and _HEADLINE_GAP.search(rest) is not None
    )


def _is_hashtags(s: str) -> bool:
    """``#中職 #味全龍 #王柏融``: the article's tags, each with a letter in it."""
    if _HASHTAGS.fullmatch(s) is None:
        return False
    return all(_LETTER.search(t) for t in regex.split(r"[#＃\s]+", s) if t)


def _is_follow_invite(s: str) -> bool:
    """``DW中文有Instagram！歡迎搜索dw.chinese，…``: the outlet invites readers to follow it."""
    return (
        _FOLLOW_INVITE.search(s) is not None and _FOLLOW_WHERE.search(s) is not None
        and _REPORTED.search(s) is None
    )


def _is_breadcrumb(s: str) -> bool:
    """``网易首页 > 网易号 > 正文``, ``聯合新聞網 / 要聞 / 政治``: a trail of short names."""
    if len(s) > BREADCRUMB_MAX:
        return False
    if _BREADCRUMB_SEP.search(s):
        parts = _crumb_parts(_BREADCRUMB_SEP.split(s))
        if parts is None or not _trail_label(parts[0]):
            return False
        return (
            len(parts) >= 3 or any(_CRUMB_WORD.search(p) for p in parts) or _section_trail(parts, any_site=True)
        )
    if "/" in s or "／" in s:
        if any(sep.strip() == sep for sep in _SLASH_SEP.findall(s)):
            return False  # an unspaced slash joins a byline: "文／王小明"
        parts = _crumb_parts(_SLASH_SEP.split(s))
        return parts is not None and (_section_trail(parts) or parts[0] in _HOME_WORDS)
    return False


def _trail_label(first: str) -> bool:
    """Whether a trail's first part may open a breadcrumb: it has no label, or its label
    names the page's place (``当前位置：首页``, ``您的位置: Home``). Another label opens a
    list the text gives: a route, steps, a flow (``推荐路线：东门``, ``流程：報名``)."""
    label, colon, rest = first.replace("：", ":").partition(":")
    if not colon:
        return True
    return _CRUMB_WORD.search(label) is not None or rest.strip().startswith(_HOME_WORDS)


def _is_menu(s: str) -> bool:
    """A navigation menu (``腾讯网 新闻 视频 图片 军事 …``) or a footer link bar (``关于我们 |
    隐私政策 | 广告服务 | …``): many short items, most of them section or site-link names.
    Names of people, tags and region lists are no section names, so they stay."""
    if len(s) > MENU_MAX or _MENU_PUNCT.search(s):
        return False
    if "|" in s or "｜" in s:
        items = [p.strip() for p in _BAR_SEP.split(s) if p.strip()]
        if len(items) < BAR_MIN_ITEMS or any(len(p) > 14 for p in items):
            return False
        known = sum(1 for p in items if _is_link(p))
        return known >= 3 and 2 * known >= len(items)
    items = s.split()
    if len(items) < MENU_MIN_ITEMS or any(len(p) > 8 for p in items[1:]) or len(items[0]) > 10:
        return False
    known = sum(1 for p in items if _is_section(p))
    return known >= MENU_MIN_ITEMS - 1 and known >= MENU_SHARE * len(items)


def _is_link(item: str) -> bool:
    """An item of a link bar: a section or site-link name, ``关于腾讯``, ``腾讯招聘``."""
    if _is_section(item) or item.startswith(("关于", "關於", "About")):
        return True
    return len(item) <= 6 and (item[-2:] in _MENU or item[:2] in ("网站", "網站"))


def _crumb_parts(raw: list[str]) -> list[str] | None:
    """A trail's parts, or None when one of them is no short name."""
    parts = [p.strip() for p in raw]
    if len(parts) < 2 or any(not p or len(p) > 16 for p in parts):
        return None
    if any(_SENTENCE_PUNCT.search(p) or not _LETTER.search(p) for p in parts):
        return None
    return parts


#: the longest site name a ">" trail may start with when the name is none we know
TRAIL_SITE_MAX = 8


def _section_trail(parts: list[str], any_site: bool = False) -> bool:
    """``中時新聞網 > 政治``, ``聯合新聞網 / 要聞 / 政治``: a site or section, then sections.
    ``any_site``: the parts stand between ">" marks, which no byline or prose puts between
    short names, so any short name may be the site (``南方周末 > 经济``)."""
    first, rest = parts[0], parts[1:]
    if not all(_is_section(p) or _CRUMB_WORD.fullmatch(p) or (any_site and _subsection(p)) for p in rest):
        return False
    if any_site and len(first) <= TRAIL_SITE_MAX:
        return True
    return bool(_is_section(first) or _CRUMB_WORD.fullmatch(first) or _SITE_NAME.search(first))


#: the longest subsection a ">" trail names by a section and what it narrows to
SUBSECTION_MAX = 6


def _subsection(word: str) -> bool:
    """``香港財經``, ``国内财经``, ``兩岸要聞``: a section narrowed to a place or a topic, as a
    trail's last parts name it; the section's name ends it (place names are no menu words)."""
    return 2 < len(word) <= SUBSECTION_MAX and word[-2:] in _MENU


def _is_section(word: str) -> bool:
    """A section's name: ``财经``, ``國際新聞``."""
    if word in _MENU:
        return True
    return len(word) > 2 and word[-2:] in ("新闻", "新聞", "频道", "頻道") and word[:-2] in _MENU


def _counter_pattern_near(texts: list[str], k: int) -> bool:
    for j in range(max(0, k - 4), min(len(texts), k + 5)):
        if j != k and _LONE_COUNT.fullmatch(texts[j]):
            return True
    return False


def _repeats_title(texts: list[str], k: int) -> bool:
    """``吃瓜电子官网最新热点:<title>`` (or ``<title>_新浪网``) next to ``<title>`` itself."""
    return _echoed(texts, k) is not None


def _echoed(texts: list[str], k: int) -> int | None:
    """The neighbour of ``texts[k]`` that it repeats as a title with a site's name before
    or after (``_repeats_title``), or None."""
    s = texts[k]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(texts):
            continue
        t = texts[j]
        if len(t) < TITLE_MIN or len(s) <= len(t) or not (s.endswith(t) or s.startswith(t)):
            continue
        if is_prose(t):
            continue
        if s.endswith(t):
            prefix = s[: -len(t)]
            if len(prefix.strip()) <= 30 and (prefix[-1] in _TITLE_JOIN or prefix[-1].isspace()):
                return j
        if s.startswith(t):
            suffix = s[len(t) :].strip()
            if suffix and len(suffix) <= 30 and suffix[0] in _TITLE_JOIN:
                return j
    return None


def _widget_kind(s: str, plain: bool = False) -> str | None:
    """"strong" for a line of widget words or a call to action, chrome alone; "weak" for one
    common word that is chrome only next to other chrome, "punct" for a stray mark, else None.
    ``plain``: the caller found a ``_PLAIN_HAN`` character in ``s`` (one of ``_FOREIGN_HAN``)."""
    if len(s) <= 3 and _PUNCT_ONLY.fullmatch(s):
        return "punct"
    if s == "--":  # a signature's separator, and what parts a blog's clap and share buttons (Medium)
        return "weak"
    if s.startswith(("+", "＋")) and _PLUS_BUTTON.fullmatch(s):
        return "strong"
    if plain or _FOREIGN_HAN.search(s) or (_FOREIGN_ASCII if s.isascii() else _FOREIGN).search(s):
        # a chunk holding this character is no run of widget words: only a call to action
        # is left, and it holds one of its verbs
        short = len(s) <= _CTA_MAX or "http" in s  # a link is not counted (see ``_is_call_to_action``)
        return "strong" if short and _may_call(s) and _is_call_to_action(s) else None
    if not _TOKEN_LETTER.search(s):
        return None  # digits and separators: no widget word, nor a verb to call with
    strong = weak = 0
    line = s
    if _SPACED and LATIN.search(s):  # every spaced phrase is in Latin letters
        s, strong = _SPACED.subn(" ", s)
    for chunk in _CHUNK_SEP.splititer(s):  # lazily: prose fails at its first chunk
        if not chunk or _COUNT.fullmatch(chunk):
            continue
        pieces = _tokens(chunk)
        if pieces is None:
            return "strong" if _is_call_to_action(line) else None
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


def _may_call(s: str) -> bool:
    """Whether a call to action may be made of ``s``: one of its clauses holds a verb or
    object of ``_CTA`` or ``_CTA_NAMED`` (once an account's ID is gone)."""
    if "（" in s or "(" in s:
        s = _CTA_ID.sub("", s)
    return _CTA_CUE.search(s) is not None


def _is_call_to_action(s: str) -> bool:
    """``點我下載APP``, ``打开凤凰新闻，查看更多高清图片``, ``請繼續往下閱讀...``: clauses that
    each tell the reader to open, download, follow, scan or read on, with at most as many
    (and as long) short slogans beside them, twice as many beside a tap on "me" or "here"
    (``_CTA_TAP``). A sentence mentioning an app stays. A link the prompt points to is no
    part of its length."""
    if "http" in s:
        s = _CTA_LINK.sub(" ", s)
    if len(s) > _CTA_MAX:
        return False
    if "（" in s or "(" in s:
        s = _CTA_ID.sub("", s)
    cta = named = other = cta_len = other_len = 0
    for clause in _CTA_SEP.split(s):
        clause = clause.strip(_CTA_TRIM)
        if not clause:
            continue
        if _CTA.fullmatch(clause) or (_CTA_NAMED.fullmatch(clause) and _SITE_NAME.search(clause)):
            cta += 2 if _CTA_TAP.match(clause) else 1
            cta_len += len(clause)
        elif _CTA_NAMED.fullmatch(clause):
            named += 1  # a prompt only beside another one
            cta_len += len(clause)
        elif clause in _CTA_PLATFORMS or _CTA_APP.fullmatch(clause):
            cta_len += len(clause)  # where to follow: the object of a prompt, never one alone
        elif _CTA_PROMISE.fullmatch(clause) or (len(clause) <= 12 and _ends_in_link(clause)):
            continue  # a prompt's promise, its link, the link's label ("广告合作")
        elif len(clause) > CTA_FILLER_MAX or _MENU_PUNCT.search(clause):
            return False
        else:
            other += 1
            other_len += len(clause)
    # a portal's end marker ("返回搜狐，查看更多") ends an article: it is no mere prompt
    return cta > 0 and other <= cta + named and other_len <= cta_len and not _END_MARK.search(s)


def _ends_in_link(clause: str) -> bool:
    """``第一财经广告合作``: a footer link's label, after the site's name."""
    return any(clause[-n:] in _MENU for n in (4, 5) if len(clause) >= n)


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
            m = _COUNT.match(chunk, pos) if pieces else None  # "展开剩余70%"
            if m is None:
                return None
        else:
            pieces.append(m.group())
        pos = m.end()
    if len(pieces) > 1 and any(len(p) == 1 for p in pieces):
        return None
    return pieces


def _widgets(body: list[Line], texts: list[str], kinds: dict[int, str], reasons: dict[int, str]) -> None:
    """Cut share/follow bars: runs of widget lines holding a strong one or two weak ones.

    ``kinds`` holds the widget kind (``_widget_kind``) of the few lines that have one; labels
    and appeals are only looked for beside a strong one."""
    strong = [k for k, kind in kinds.items() if kind == "strong"]
    n = len(texts)
    # a bare name between two widget lines is the widget's label ("打开X新闻APP / X新闻 / 下载X新闻")
    for k in strong:
        if kinds.get(k + 2) == "strong" and k + 1 not in kinds and _is_label(texts[k + 1]):
            kinds[k + 1] = "weak"
    # a donation appeal goes with its buttons, one pitch line apart at most
    near = {j for k in strong for j in range(max(0, k - 2), min(n, k + 3)) if j != k}
    for k in sorted(near):
        if k not in kinds and _is_appeal(texts[k]):
            reasons[body[k].index] = "donation appeal"
    for run in _runs(sorted(kinds)):
        found = [kinds[m] for m in run]
        if "strong" in found or found.count("weak") >= 2:
            for m in run:
                reasons[body[m].index] = _SHARE_REASON


#: a bare tag under the byline ("AI新創", "募資", "國際"): a word or two, no mark of a sentence
_BARE_TAG = _regex(r"[^\s。，,！？!?；;：:、「」“”《》（）()\d][^\s。，,！？!?；;：:、「」“”《》（）()]{1,9}")
_HEAD_TAGS_REASON = "tag row under the byline"


def _head_tags(body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]) -> None:
    """A row of bare tags at the article's head, one a line, right above its share buttons
    (``AI新創⏎募資⏎分享``): under the byline (its date, or a line cut already), over the text.
    A subhead stands over its paragraph, never over a row of buttons."""
    if _SHARE_REASON not in reasons.values():  # no share buttons cut on the page
        return
    n = len(texts)
    k = next((m for m in range(n) if reasons.get(body[m].index) == _SHARE_REASON), None)
    if k is None or k < 2 or prose_before(text, body[k].start, bounds):
        return
    j = k - 1
    while j >= 0 and k - j <= TAG_ITEMS_MAX and body[j].index not in reasons and _BARE_TAG.fullmatch(texts[j]):
        j -= 1
    if j == k - 1 or j < 0 or k - j > TAG_ITEMS_MAX:
        return
    if body[j].index not in reasons and _DIGIT.search(texts[j]) is None:
        return  # no byline above: the run may be the headline or the text's first lines
    after = next((m for m in range(k + 1, n) if body[m].index not in reasons), None)
    if after is None or not is_prose(texts[after]):
        return
    for m in range(j + 1, k):
        reasons[body[m].index] = _HEAD_TAGS_REASON


def _tag_boxes(body: list[Line], texts: list[str], said: dict[int, _Said], reasons: dict[int, str]) -> None:
    """``文章標籤`` / ``台積電`` / ``營收`` / ``AI``: an article's tag box, its heading alone
    and one tag a line under it (words, no sentence), down to a feed's heading or chrome."""
    n = len(texts)
    for k in range(n):
        if texts[k] not in _TAG_HEADINGS or body[k].index in reasons:
            continue
        items = []
        for j in range(k + 1, min(n, k + 1 + TAG_ITEMS_MAX)):
            t = texts[j]
            if body[j].index in reasons or j in said or t in _FEED_HEADINGS or not _is_tag(t):
                break
            items.append(j)
        if items:
            for j in (k, *items):
                reasons[body[j].index] = _TAGS_KIND


def _is_tag(s: str) -> bool:
    """A tag: a short word or name (``CoWoS``, ``台積電``), no sentence in it."""
    return len(s) <= TAG_ITEM_MAX and not _MENU_PUNCT.search(s) and not _SENTENCE_END.search(s)


def _font_labels(body: list[Line], texts: list[str], reasons: dict[int, str]) -> None:
    """``时刻新闻`` / ``|`` / ``字号：A+ A-``: the app channel's label and the bar a portal
    prints right above its font-size row (a site's name, a lone bar); a name of a person
    there is the byline's, and stays."""
    for k in range(1, len(texts)):
        if not texts[k].startswith(_FONT_HEADS) or not _FONT_ROW.fullmatch(texts[k]):
            continue
        for j in range(k - 1, max(-1, k - 3), -1):
            t = texts[j]
            if body[j].index in reasons or not (t in _BAR_ONLY or (_is_label(t) and _SITE_NAME.search(t))):
                break
            reasons[body[j].index] = "widget beside the font-size row"


def _runs(indexes: list[int]) -> Iterator[list[int]]:
    """Runs of consecutive numbers in a sorted list."""
    run: list[int] = []
    for k in indexes:
        if run and k != run[-1] + 1:
            yield run
            run = []
        run.append(k)
    if run:
        yield run


@memo_by_line
def _is_appeal(s: str) -> bool:
    return len(s) <= 40 and ("支" in s or "助" in s or "捐" in s) and _APPEAL.fullmatch(s) is not None


#: a follow button standing alone beside a poster's name or bio
_FOLLOW_BUTTONS = frozenset(("Follow", "关注", "關注", "追蹤", "追踪", "+关注", "+關注", "+ 关注", "+ 關注"))
#: the longest bio line an author box prints between its counts and its follow button
AUTHOR_BOX_BIO_MAX = 60


def _box_bios(body: list[Line], texts: list[str], kinds: dict[int, str], reasons: dict[int, str]) -> None:
    """``238 Followers`` / ``產品設計師，寫設計、閱讀與新創日常。`` / ``Follow``: the bio line an
    author box (Medium's) prints between its cut counts and its follow button, and the button."""
    for k in range(1, len(texts) - 1):
        if texts[k + 1] not in _FOLLOW_BUTTONS or reasons.get(body[k - 1].index) != "author box":
            continue
        if body[k].index not in reasons and len(texts[k]) <= AUTHOR_BOX_BIO_MAX and k not in kinds:
            reasons[body[k].index] = "author box"
            reasons[body[k + 1].index] = "author box"


def _is_label(s: str) -> bool:
    """A short name with no sentence in it (``界面新闻``)."""
    return len(s) <= WIDGET_LABEL_MAX and not _MENU_PUNCT.search(s) and not _SENTENCE_END.search(s)


def _is_author_icon(s: str) -> bool:
    """``差评XPIN incentive-icons``: a short line; prose quoting the label stays."""
    return len(s) <= _AUTHOR_BOX_MAX and "-" in s and _AUTHOR_BOX.search(s) is not None


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


def _author_labels(
    body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """``文章作者`` / ``李溯婉`` / ``一财汽车频道资深记者`` after the article: an author box."""
    if _AUTHOR_LABEL.isdisjoint(texts):
        return
    for k, s in enumerate(texts[:-1]):
        if s not in _AUTHOR_LABEL or not _AUTHOR_NAME.fullmatch(texts[k + 1]):
            continue
        if not prose_before(text, body[k].start, bounds):
            continue  # at the head it is a byline, the metadata filter's
        end = k + 2
        if end < len(texts) and len(texts[end]) <= 20 and _AUTHOR_POST.fullmatch(texts[end]):
            end += 1
        for m in range(k, end):
            reasons[body[m].index] = "author box"


# an author's biography after the article: "作者簡介：黃建文，國立大學教育學系教授…",
# "【作者简介】张三，某研究院研究员。"; it names the author the byline already gave
_AUTHOR_BIO = _regex(
    r"[【\[（(]?\s{0,2}(?:本文)?(?:作者|撰稿人|撰文者)(?:简介|簡介|介绍|介紹|小传|小傳)\s{0,2}"
    r"(?:[】\]）)]\s{0,2}[:：]?|[:：])"
)
AUTHOR_BIO_MAX = 200
_AUTHOR_BIO_FIRSTS = frozenset("【[（(本作撰")


def _author_bios(
    body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """``作者簡介：…`` after the text: the author box a commentary site prints under the
    article, no part of it. At the head it may hold the byline, the metadata filter's."""
    for k, s in enumerate(texts):
        if len(s) > AUTHOR_BIO_MAX or s[0] not in _AUTHOR_BIO_FIRSTS or _AUTHOR_BIO.match(s) is None:
            continue
        if body[k].index not in reasons and prose_before(text, body[k].start, bounds):
            reasons[body[k].index] = "author box"


#: the most section labels an article ends with (``港聞`` / ``突發``): the next article's
#: section path, left above its head once the head has split it off
TRAILING_LABELS_MAX = 3
SECTION_LABEL_MAX = 6


def _trailing_labels(
    body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """Lone section names (``港聞``, ``突發``, ``财经``) that end an article after its text:
    the label of the next article, or of this one, never a sentence of it."""
    labels: list[int] = []
    k = len(texts) - 1
    while k >= 0 and len(labels) <= TRAILING_LABELS_MAX:
        if body[k].index not in reasons:
            s = texts[k]
            if not (len(s) <= SECTION_LABEL_MAX and _is_section(s)) and not _is_bracketed_label(s):
                break
            labels.append(k)
        k -= 1
    if not labels or len(labels) > TRAILING_LABELS_MAX or k < 0:
        return
    if prose_before(text, body[labels[-1]].start, bounds):
        for m in labels:
            reasons[body[m].index] = "section label"


#: the brackets round a section's label ("[加西新聞]", "【國際要聞】", "〔財經〕")
_LABEL_BRACKETS = {"[": "]", "【": "】", "〔": "〕", "［": "］"}
#: what ends a section's name that a place or topic narrows ("加西新聞", "本港要聞", "兩岸頻道")
_SECTION_ENDS = tuple(with_twins(("新闻", "要闻", "频道", "快讯", "版")))
BRACKETED_LABEL_MAX = 8


def _is_bracketed_label(s: str) -> bool:
    """``[加西新聞]``, ``【國際】``: a section's name in brackets alone on its line."""
    if len(s) < 3 or _LABEL_BRACKETS.get(s[0]) != s[-1]:
        return False
    word = s[1:-1].strip()
    if not 2 <= len(word) <= BRACKETED_LABEL_MAX or _SENTENCE_PUNCT.search(word):
        return False
    return _is_section(word) or _subsection(word) or (word.endswith(_SECTION_ENDS) and len(word) > 2)


# the outlet's tag in brackets that closes an agency's or a paper's copy: "（信報）",
# "（中央社）", "（新华社）", "（明報）", "（綜合報導）"; the name ends as an outlet's does, and
# says nothing of it ("（作者系经济日报）" is a note on the author)
_SOURCE_TAG = _regex(
    r"[（(]\s{0,2}(?:(?![^）)]{0,12}(?:为|為|系|係|是|作者))[\p{Han}A-Za-z]{0,8}?(?:网|網|报|報|社|台|臺|刊|新闻|新聞|通讯|通訊|电视|電視)"
    r"|综合报道|綜合報導|綜合報道|综合外电|綜合外電)\s{0,2}[）)]"
)
SOURCE_TAG_MAX = 14
_SOURCE_TAG_REASON = "source tag closing the article"


def _closing_tag(body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]) -> None:
    """``（信報）`` alone on the article's last line (chrome cut below it aside), after its
    text: the outlet signing its copy, never a sentence. Inside an article such a line may
    be a photo's credit or a note, so only the last one goes."""
    k = len(texts) - 1
    while k >= 0 and body[k].index in reasons:
        k -= 1
    if k < 1:
        return
    s = texts[k]
    if len(s) > SOURCE_TAG_MAX or s[0] not in "（(" or _SOURCE_TAG.fullmatch(s) is None:
        return
    if prose_before(text, body[k].start, bounds):
        reasons[body[k].index] = _SOURCE_TAG_REASON


# an institution's contact footer after the article: two or more fields of a contact label
# and its value on one line ("医院地址：人民路88号　急诊电话：0731-12345120", "地址：台北市中正區
# 重慶南路一段122號 電話：(02)2311-0000 傳真：(02)2311-0001"); a label may name whose
# ("急诊电话", "服務專線")
_CONTACT_WORDS = with_twins((
    "地址", "电话", "专线", "热线", "传真", "邮编", "邮箱", "电邮", "信箱", "邮政编码",
))
_CONTACT_FIELD = (
    rf"\p{{Han}}{{0,4}}?(?:{'|'.join(_CONTACT_WORDS)}|(?i:e-?mail|tel|fax))\s{{0,2}}[:：]\s{{0,2}}"
    r"[^\s:：|｜；;]{1,40}(?:[ \t][0-9]{3,8}){0,2}"  # a number spaced in groups ("2345 6789")
)
_CONTACT_LINE = _regex(rf"{_CONTACT_FIELD}(?:[\s|｜；;]{{1,6}}{_CONTACT_FIELD}){{1,5}}")
CONTACT_LINE_MAX = 200
CONTACT_LINES_MAX = 3
_CONTACT_REASON = "contact footer"


def _is_contact_line(s: str) -> bool:
    """``医院地址：… 急诊电话：… 咨询电话：…``: a footer's contact fields, a number among them."""
    return len(s) <= CONTACT_LINE_MAX and _DIGIT.search(s) is not None and _CONTACT_LINE.fullmatch(s) is not None


def _contact_footers(body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]) -> None:
    """An institution's contact lines closing the article after its text (chrome cut below
    them aside): the page's footer. Inside the text such fields belong to the report (an
    event's venue and hotline), so only the article's last lines are read."""
    found: list[int] = []
    k = len(texts) - 1
    while k >= 0 and len(found) <= CONTACT_LINES_MAX:
        if body[k].index not in reasons:
            if not _is_contact_line(texts[k]):
                break
            found.append(k)
        k -= 1
    if found and len(found) <= CONTACT_LINES_MAX and k >= 0 and prose_before(text, body[found[-1]].start, bounds):
        for m in found:
            reasons[body[m].index] = _CONTACT_REASON


def _polls(body: list[Line], texts: list[str], reasons: dict[int, str]) -> None:
    """A reader poll left without its form: a question (or a poll's label), two or more
    short options, a vote button. A poll's result in prose has no button, nor options
    standing alone on their lines."""
    for k, s in enumerate(texts):
        if s not in _VOTE_BUTTONS:
            continue
        j = k - 1
        while j >= 0 and k - j <= POLL_OPTIONS_MAX and _is_poll_option(texts[j]):
            j -= 1
        if k - j - 1 < 2 or j < 0 or not _is_poll_question(texts[j]):
            continue
        if j > 0 and _POLL_LABEL.fullmatch(texts[j - 1]):
            j -= 1  # the poll's label above its question
        for m in range(j, k + 1):
            reasons.setdefault(body[m].index, "reader poll")


def _is_poll_option(s: str) -> bool:
    return len(s) <= POLL_OPTION_MAX and s not in _VOTE_BUTTONS and _POLL_NO_OPTION.search(s) is None


def _is_poll_question(s: str) -> bool:
    """``【你點睇？】恒指今年會否重上20,000點？``: a short question, or a poll's label."""
    return len(s) <= POLL_QUESTION_MAX and (s.endswith(("？", "?")) or _POLL_LABEL.match(s) is not None)


# a comment section after the article: a heading ("热门跟贴", "熱門留言", "全部评论(128)"), rows
# of commenter and time ("网易湖北省武汉市网友 [2小时前]", "追风少年 广东 3小时前"), each with
# its comment and reactions under it, and a link to the rest ("查看更多跟贴 >")
_COMMENT_KINDS = ("跟贴", "跟帖", "评论", "留言", "回应", "讨论", "回复", "回覆")
_COMMENT_SECTION_CUE = _re("|".join(with_twins(_COMMENT_KINDS)))
_COMMENT_HEAD = _regex(
    r"(?:热门|熱門|最新|最热|最熱|精彩|精选|精選|全部|所有|网友|網友|读者|讀者|用户|用戶|高赞|高讚|亮了的)"
    rf"(?:{'|'.join(with_twins(_COMMENT_KINDS))})(?:区|區)?"
    r"\s{0,2}(?:[(（]\s{0,2}\d{1,7}\s{0,2}[)）]|\d{1,7})?\s{0,2}(?:条|條)?"
)
COMMENT_HEAD_MAX = 16
# a commenter and how long ago the comment came; a name holds no sentence mark
_COMMENT_AGO = (
    r"(?:\d{1,3}\s{0,2}(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前|刚刚|剛剛"
    r"|(?:今天|昨天)\s{0,2}\d{1,2}:\d{2}|\d{1,2}[-/]\d{1,2}\s{1,2}\d{1,2}:\d{2})"
)
_COMMENTER = _regex(
    rf"[^\s。，,！？!?：:；;][^。，,！？!?：:；;]{{0,29}}?[\s·•|｜]{{0,3}}"
    rf"(?:[\[【(（]\s{{0,2}}{_COMMENT_AGO}\s{{0,2}}[\]】)）]|{_COMMENT_AGO})"
)
COMMENTER_MAX = 40
# what stands under a comment: its reactions ("点赞 356", "赞 37", "回复", "举报")
_COMMENT_REACTION = _regex(
    r"(?:(?:点赞|點讚|点赞数|赞|讚|顶|頂|踩|回复|回覆|举报|舉報|分享)\s{0,2}\d{0,7}\s{0,2}){1,4}"
)
# the link to the rest of the comments: "查看更多跟贴 >", "查看全部评论", "展開更多留言"
_COMMENT_MORE = _regex(
    r"(?:查看|展开|展開|打开|打開|进入|進入|加载|加載|载入|載入|参与|參與)?(?:更多|全部|所有)?"
    rf"(?:{'|'.join(with_twins(_COMMENT_KINDS))})(?:区|區)?\s{{0,2}}(?:[(（]?\d{{1,7}}[)）]?)?\s{{0,2}}[>＞»›→]?"
)
#: the most lines a comment runs to under its row
COMMENT_LINES_MAX = 3
COMMENT_LINE_MAX = 300
_COMMENTS_REASON = "comment section"


# a reply as a portal's hot-replies box prints it: the replier's nickname and a colon, then
# the reply ("蓝色港湾01：海港今年太稳了", "小明：說得好"); a nickname holds no sentence mark
_REPLY = _regex(r"[^\s。，,！？!?：:；;「」“”『』《》（）()]{1,20}[：:][^\n]{1,300}")
# the row under a reply: its votes and buttons ("亮了(356) 回复", "赞 12 | 回覆", "讚(3) 舉報")
_REPLY_ROW = _regex(
    r"(?:(?:亮了|点亮|點亮|点赞|點讚|赞|讚|顶|頂|踩|支持|反对|反對|回复|回覆|回应|回應|举报|舉報|分享)"
    r"\s{0,2}(?:[(（]\s{0,2}\d{1,7}\s{0,2}[)）]|\d{1,7})?[\s|｜·]{0,3}){1,5}"
)
REPLY_ROW_MAX = 30


def _is_reply_row(s: str, reason: str | None) -> bool:
    """A vote row under a reply, or a short row of buttons already cut as a widget."""
    if len(s) > REPLY_ROW_MAX:
        return False
    return reason == _SHARE_REASON or _REPLY_ROW.fullmatch(s) is not None


def _reply_sections(
    body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """A hot-replies box after the article: its heading (``亮了的回复 (3)``, ``網友回應``),
    then replies as ``nickname：text`` lines, each with its vote row under it, and the
    link to the rest. Every reply must stand over a row: a quote in prose (``他說：…``)
    stands over the next sentence, never over a row of buttons."""
    n = len(texts)
    for k, s in enumerate(texts):
        if len(s) > COMMENT_HEAD_MAX or not _COMMENT_SECTION_CUE.search(s) or not _COMMENT_HEAD.fullmatch(s):
            continue
        end, j = k, k + 1
        while j + 1 < n and _REPLY.fullmatch(texts[j]) and _is_reply_row(texts[j + 1], reasons.get(body[j + 1].index)):
            j += 2
            while j < n and _is_reply_row(texts[j], reasons.get(body[j].index)):
                j += 1
            end = j - 1
        if end == k or not prose_before(text, body[k].start, bounds):
            continue
        if end + 1 < n and len(texts[end + 1]) <= COMMENT_HEAD_MAX and _COMMENT_MORE.fullmatch(texts[end + 1]):
            end += 1
        for i in range(k, end + 1):
            reasons.setdefault(body[i].index, _COMMENTS_REASON)


def _is_commenter(s: str) -> bool:
    return len(s) <= COMMENTER_MAX and _COMMENTER.fullmatch(s) is not None


def _comment_sections(
    body: list[Line], texts: list[str], reasons: dict[int, str], text: str, bounds: list[int]
) -> None:
    """A portal's comment section after the article: its heading with a commenter's row
    right under it, every row after and the comment lines under each, and the link to the
    rest. Under the last row only its comment and reactions go: what follows is the page's."""
    n = len(texts)
    for k, s in enumerate(texts):
        if len(s) > COMMENT_HEAD_MAX or not _COMMENT_SECTION_CUE.search(s) or not _COMMENT_HEAD.fullmatch(s):
            continue
        if k + 1 >= n or not _is_commenter(texts[k + 1]) or not prose_before(text, body[k].start, bounds):
            continue
        end = k + 1  # the last line of the section
        j = k + 2
        while j < n:
            t = texts[j]
            if _is_commenter(t):
                end = j
                j += 1
                continue
            if len(t) <= COMMENT_HEAD_MAX and _COMMENT_MORE.fullmatch(t):
                end = j
                break
            # the comment under the row: lines up to the next row, or one and its reactions
            m = j
            while m < n and m - j < COMMENT_LINES_MAX and len(texts[m]) <= COMMENT_LINE_MAX and not _is_commenter(texts[m]):
                m += 1
            if m < n and m - j < COMMENT_LINES_MAX + 1 and _is_commenter(texts[m]):
                end, j = m - 1, m
                continue
            end = j  # the last comment: its first line, then its reactions
            while end + 1 < n and _COMMENT_REACTION.fullmatch(texts[end + 1]):
                end += 1
            if end + 1 < n and len(texts[end + 1]) <= COMMENT_HEAD_MAX and _COMMENT_MORE.fullmatch(texts[end + 1]):
                end += 1
            break
        for i in range(k, end + 1):
            reasons.setdefault(body[i].index, _COMMENTS_REASON)


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
    # an end sign or an editor credit ends an article only when body text came before it;
    # a portal's end marker also where text stands before it on its line, but never right
    # under a date row: a portal prints its app slogan there too, above the body
    # (新浪财经's ``海量资讯、精准解读…``), where a split would cut the head off
    splits = [
        split
        and (
            _portal_end_splits(ln, a, text, bounds)
            if reason == _PORTAL_END
            else prose_before(text, ln.start + a, bounds)
        )
        for a, _, reason, split in spans
    ]
    if whole is not None:
        yield ln.cut(whole, split=any(splits))
        return
    for (a, b, reason, _), split in zip(spans, splits):
        yield ln.cut_span(a, b, reason, split=split)


def _portal_end_splits(ln: Line, a: int, text: str, bounds: list[int]) -> bool:
    """Whether a portal's end marker at ``a`` in ``ln`` ends an article: glued after text
    on its line, or on a line of its own after body text but not under a date row."""
    if ln.text[:a].strip():
        return True
    return prose_before(text, ln.start + a, bounds) and not _under_date_row(text, ln.start)


#: the most blank lines looked over between a date row and the line under it
_ROW_GAP_MAX = 3


def _under_date_row(text: str, pos: int) -> bool:
    """Whether the line starting at ``pos`` stands right under a date row (blank lines
    between allowed), as a news head prints it under its headline (``2026年12月06日 10:05
    新浪财经``, ``發布時間：2026-12-04 來源：鉅亨網``): an end marker there is the slogan a
    portal prints above the body too, and where pages are glued with no separator, the
    text before it is the article above, not this one's."""
    hi = pos
    for _ in range(_ROW_GAP_MAX + 1):
        if hi <= 0:
            return False
        lo = text.rfind("\n", 0, hi - 1) + 1
        row = text[lo : hi - 1].strip()
        if row:
            got = parse_meta_line(row)
            return got is not None and bool(got.dates or got.updates or "date" in got.roles)
        hi = lo
    return False


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
        lead = len(s) - len(s.lstrip(" \t\u3000"))
        m = _CHANNEL_PREFIX.match(s, lead)
        if m and is_prose(s[m.end() :]):  # the lede stays
            spans.append((lead, m.end(), "channel label before the lede", False))
    lead = len(s) - len(s.lstrip(" \t\u3000"))
    if s[lead : lead + 1] in ("【", "[") and (m := _RELEASE_TAG.match(s, lead)):  # the paragraph stays
        spans.append((lead, m.end(), "press-release tag", False))
    m = _tail(_DONE_TAIL, s, stop) if "完" in s else None
    if m:
        spans.append((m.start(), m.end(), "end-of-article marker: end sign", True))
    m = _tail(_EDITOR_TAIL, s, stop) if _EDITOR_MARK.search(s) else None
    if m and _before_credit(s[: m.start()]):
        spans.append((m.start(), m.end(), "end-of-article marker: editor credit", True))
    elif not is_prose(s[:stop]) and stop <= 100:
        seg = s[:stop]
        if "编" in seg or "編" in seg:  # every title in ``_EDITOR`` holds one
            for m in _EDITOR_IN_META.finditer(seg):
                spans.append((m.start(), m.end(), "editor credit", False))
        if _COUNTER_CUE.search(seg) and _COUNTER.search(seg) and _DATE_FIELD.search(seg):
            for m in _COUNTER.finditer(seg):
                spans.append((m.start(), m.end(), "view counter", False))
    if not spans:
        return None
    merged = tuple((*_with_space(s, a, b), reason, split) for a, b, reason, split in _merge(s, spans))
    rest = "".join(s[p:q] for p, q in _gaps(merged, len(s))).strip()
    if not rest or _widget_kind(rest) == "strong":
        return (merged[0][2] if not rest else "share/follow widget"), merged
    return None, merged


def _before_credit(s: str) -> bool:
    """Whether an editor's credit closing a line ends an article after ``s``: prose
    (placeholders go in the same pass), or buttons (``【纠错】 【责任编辑：刘洋】``), which
    Xinhua-style portals print beside the credit under the text."""
    return is_prose(_IMAGE.sub("", s)) or (bool(s.strip()) and _widget_kind(s.strip()) == "strong")


def _may_hold_chrome(s: str, marks: frozenset[str]) -> bool:
    """Whether ``_inline_plan`` may find anything in the line ``s`` (``marks``: its marks,
    see ``_MARK``): a placeholder holds a "[", an expand button "展…全文", an end sign "完"
    and a bracket, an editor's credit a character of its title and a colon or slash, an
    end marker its head, and a view counter stands beside a date or time in metadata (no
    prose) of at most 100 characters."""
    if _END_CUE is None:
        return True
    if marks and not marks.isdisjoint(_HOLD_MARKS) and (
        "[" in marks
        or ("展" in marks and "全文" in s)
        or ("完" in marks and (")" in s or "）" in s))
        or (not marks.isdisjoint(_EDITOR_SET) and _EDITOR_COLON.search(s))
        or (not marks.isdisjoint(_END_FIRSTS) and _END_CUE.search(s))
    ):
        return True
    lead = s.lstrip(" \t\u3000")
    if lead[:1] in _RELEASE_FIRSTS and _RELEASE_TAG.match(lead):  # a press release's tag
        return True
    return (
        len(s) <= COUNTER_LINE_MAX and _DATE_SEP.search(s) is not None and _DIGIT.search(s) is not None
        and not is_prose(s) and _COUNTER_CUE.search(s) is not None
    )


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
