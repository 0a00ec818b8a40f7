"""Article metadata and implicit article boundaries.

Runs once the junk is gone. It reads *metadata lines* — bylines (``文 | 站点,作者 | 名``,
``作者:``, ``撰文:``, ``记者 名``), credit lines (``编辑:``, ``美编:``, not authors),
source lines (``(来源:…)``), date lines (``2025-07-15 19:50``) — and cuts them from the
body, carrying what they say as ``meta``. Reporters named in the dateline that opens a
lede (``新华社北京6月12日电（记者 魏玉坤）``) are read without cutting it. It also finds where
a new article begins when nothing marks it explicitly: a byline after body text that is
followed by body text, a headline with date lines after body text (with one more sign of
a page boundary), or the line after an end-of-article marker (``责任编辑:…``, ``(完)``).

Nothing is guessed. A metadata line must consist of labelled items only (or be a byline
glued in front of the body, as one-line dumps do); a title needs evidence that it is one
(see :func:`_title_evidence`); a date is normalised to ISO 8601 only when complete, and
kept as shown where its day and month could be swapped (``01/07/2024``). An unlabelled
credit (``工商時報 魏喬怡``, ``文字 林佳慧``) must fill its line and name someone whose name
starts with a common surname. An update stamp (``更新時間:``) gives ``published`` only
where no publication date shows. A date printed above the headline opens a head too.

Some portals give what an article's own lines do not: WeChat's head line (``原创 作者 公众号
2024-05-16 07:30 北京``), an account and its time (``36氪的朋友们·2024年05月16日 08:02``), a bare
name between the headline and the date (``吳靜君``, a common surname first). Where no line
names the site, it is read from the ``<title>`` line (``<headline> - 自由時報電子報``) or from the
page's copyright line (``© 2024 BBC``, ``東網版權所有``) that a junk filter cut; a date line
cut right above the headline and a credit line cut right under the body are read the same
way: read, never put back in the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, islice, takewhile
from operator import attrgetter
from typing import NamedTuple

import regex

from ..document import Change, Document, Edit
from ..keywords import prefix_tree
from ..lines import Line, lines, memo_by_line
from ..pipeline import Filter, register
from .html import HEADLINE_REASON
from .regions import is_division_name

__all__ = [
    "Metadata", "MetaLine", "parse_meta_line", "parse_date", "is_body_text", "is_title_shaped", "is_nav_line",
    "lede_credit",
]


# -- vocabulary ------------------------------------------------------------------------

#: label -> role. Both scripts. Roles: author, site, editor (credited, not an author),
#: date, endeditor (an editor credit that also ends the article).
_LABELS: dict[str, str] = {}
for _role, _words in {
    "author": "作者 撰文 撰稿 撰文者 撰稿者 撰稿人 文字 执笔 執筆 采写 採寫 记者 記者 文/图 文/圖 图/文 圖/文 图文 圖文 "
    "通讯员 通訊員 特约作者 特約作者 口述 文 采访 採訪 特约撰稿人 特約撰稿人 特约撰稿 特約撰稿 "
    #: a citizen journalist's credit on citizen-news platforms (``公民記者：海風阿宏``)
    "公民记者 公民記者 "
    #: a weekly's lead writer, its cover story's author (``主笔｜驳静``, ``主筆：林怡秀``)
    "主笔 主筆 "
    #: the reporter's credit of Malaysian and Singapore papers (``报道：李文杰　摄影：陈国伟``)
    "报道 報導 报导 報道",
    "site": "来源 來源 文章来源 文章來源 本文来源 本文來源 稿源 出处 出處 转自 轉自 转载自 轉載自 "
    "出品 出品方 公众号 公眾號 微信公众号 微信公眾號 信息来源 信息來源 資訊來源 资讯来源 "
    "本文转载自 本文轉載自 本文授权转载自 本文授權轉載自 授权转载自 授權轉載自",
    "editor": "编辑 編輯 责编 責編 主编 主編 美编 美編 校对 校對 审核 審核 审校 審校 终审 終審 "
    "监制 監製 统筹 統籌 策划 策劃 排版 设计 設計 视觉 視覺 图片 圖片 摄影 攝影 摄 攝 视频 視頻 "
    "翻译 翻譯 编译 編譯 整理 制图 製圖 运营 運營 值班编辑 值班編輯 实习编辑 實習編輯 题图 題圖 "
    "配图 配圖 图 圖 文字编辑 文字編輯 校稿 审稿 審稿 网编 網編 编审 編審 "
    #: a wire's checking editor, after its translator (``（譯者：陳韻聿／核稿：王朝鈺）``),
    #: and a tech portal's (``核稿編輯：Chris``)
    "核稿 核稿编辑 核稿編輯 "
    #: the editor who runs a WeChat account's post (``运营编辑：陈若琳``)
    "运营编辑 運營編輯 "
    #: a wire's translator (``（譯者：陳韻聿／核稿：王朝鈺）``): credited as a compiler is
    "译者 譯者 "
    #: a professional who checked a health or legal text (``審稿／營養師 陳怡君``)
    "审订 審訂 审阅 審閱 审定 審定",
    "endeditor": "责任编辑 責任編輯",
    "date": "发布时间 發布時間 發佈時間 发表时间 發表時間 时间 時間 日期 发布日期 發布日期 發佈日期 "
    "更新时间 更新時間 发布于 發佈於 發布於 发表于 發表於 刊登于 刊登於 刊出 出版日期 上传时间 上傳時間 "
    "发布 發布 發佈 更新 出版 最后更新 最後更新 最后更新时间 最後更新時間 發稿時間 发稿时间 "
    #: one label for both stamps, as Singapore's and Malaysia's portals print it (``发布/更新:``)
    "发布/更新 發布/更新 發佈/更新 发布/更新时间 發布/更新時間 發佈/更新時間 "
    #: a government page's disclosure date (``公开日期：2018-03-05``)
    "公开日期 公開日期",
    #: where the poster was (``IP属地:北京``, ``發布於:臺灣``): a header line, not metadata
    "place": "IP属地 IP屬地 ip属地",
    #: the info rows of a press release's or a listed company's filing head (``發稿單位：刑事廳``,
    #: ``证券代码：600519``): header lines that name no author, site or date
    "field": "发稿单位 發稿單位 联络人 聯絡人 連絡人 联系人 聯繫人 電話 电话 聯絡電話 联系电话 序號 序号 "
    "证券代码 證券代碼 证券简称 證券簡稱 股票代码 股票代碼 股票简称 股票簡稱 公告编号 公告編號 债券代码 債券代碼 "
    "债券简称 債券簡稱 "
    #: a government page's information table (``索引号：…  发布机构：…  生成日期：…``,
    #: ``主题分类：人事  体裁分类：公告公示``): its catalogue rows, no publication date
    "索引号 索引號 发布机构 發布機構 发文机关 發文機關 发文字号 發文字號 文号 文號 主题分类 主題分類 "
    "体裁分类 體裁分類 组配分类 組配分類 服务对象 服務對象 主题词 主題詞 生成日期 成文日期 公开方式 公開方式",
}.items():
    for _w in _words.split():
        _LABELS[_w] = _role
#: the date labels portals print, both scripts: a verb of publishing (or updating), then
#: 时间/日期 or 于/於 (``發表時間``, ``刊登日期``, ``出版於``, ``更新日期``), or the verb alone
_DATE_VERBS = "发布 發布 發佈 发表 發表 刊登 刊出 出版 更新 最后更新 最後更新 修改 最后修改 最後修改 发稿 發稿 上传 上傳"
for _w in _DATE_VERBS.split():
    for _tail in ("", "时间", "時間", "日期", "于", "於"):
        _LABELS.setdefault(_w + _tail, "date")
#: the stamp of a post last edited, as Zhihu and Xiaohongshu print it (``编辑于 2025-10-13``):
#: a date label of its own (``编辑`` alone is an editor's credit)
_EDIT_LABELS = ("编辑于", "編輯於", "编辑於", "編輯于")
_LABELS.update(dict.fromkeys(_EDIT_LABELS, "date"))
#: date labels of an update stamp: the time a page was last changed, not its publication
_UPDATE_LABELS = frozenset(
    w for w, r in _LABELS.items() if r == "date" and w.startswith(("更新", "最后", "最後", "修改", *_EDIT_LABELS))
)
#: labels that may stand before their value with blanks only, no separator (``文字 林佳慧``,
#: ``刊登於 2024-07-15``): date labels before a complete date, and these credit labels
#: before a Han name that begins with a common surname (see :func:`_bare_credit`)
_BARE_CREDIT_LABELS = tuple(
    "作者 文字 撰文 撰稿 执笔 執筆 采写 採寫 摄影 攝影 编辑 編輯 责编 責編 美编 美編 校对 校對 统筹 統籌 "
    "撰稿人 特约撰稿人 特約撰稿人 特约撰稿 特約撰稿 特约作者 特約作者 "
    #: a wire's closing credit of its translator and checker (``（編譯 李明遠；審校 張家豪）``,
    #: as Reuters' Chinese service prints it)
    "编译 編譯 审校 審校 核稿".split()
)

#: the reporting verbs used as a credit label, read only before Han names (prose quotes
#: a report after them too)
_REPORT_LABELS = frozenset("报道 報導 报导 報道".split())

_LABEL_ALT = "|".join(regex.escape(w) for w in sorted(_LABELS, key=len, reverse=True))

_SPACE = r"[ \t\u3000\xa0]"
#: a labelled item: label, separator
#: short labels joined before it: ``採訪、撰文／``, ``文、攝影／`` (what the joined labels add
#: to how far in the separator may end: ``_LABEL_PRE_REACH``)
_PRE_ALT = "|".join(regex.escape(w) for w in sorted((w for w in _LABELS if len(w) <= 2), key=len, reverse=True))
_LABEL_PRE_REACH = 2 * (2 + 1)
_LABELLED = regex.compile(
    rf"(?:(?P<pre>{_PRE_ALT})[、&＆]){{0,2}}(?P<label>{_LABEL_ALT}){_SPACE}{{0,4}}[|｜丨/／:：]{_SPACE}{{0,4}}"
)
#: a date label set off from its date by blanks only (``刊登於 2024-07-15``): the date must
#: be complete, with its year first
_DATE_LABEL_ALT = "|".join(regex.escape(w) for w in sorted((w for w, r in _LABELS.items() if r == "date"), key=len, reverse=True))
#: or day first with the same separator twice (``日期 30.04.2024``, as DW prints it)
_BARE_DATE_LABEL = regex.compile(
    rf"(?P<label>{_DATE_LABEL_ALT}){_SPACE}{{1,4}}"
    r"(?=(?:19|20)\d\d|\d{1,2}(?P<dsep>[-/.])\d{1,2}(?P=dsep)(?:19|20)\d\d)"
)
#: a date label set off by blanks from a date without its year (``發布於 05月15日10:30``):
#: read only where a time follows (see :func:`_partial_stamp`)
_BARE_PARTIAL_LABEL = regex.compile(rf"(?P<label>{_DATE_LABEL_ALT}){_SPACE}{{1,4}}(?=\d{{1,2}}月)")
#: an update stamp bracketed after the date it updates: ``(更新：2024年5月21日 12:30)``
_BRACKET_UPDATE = regex.compile(
    rf"[(（]{_SPACE}{{0,2}}(?P<label>{_DATE_LABEL_ALT}){_SPACE}{{0,2}}[:：]?{_SPACE}{{0,2}}(?=\d)"
)
_BRACKET_CLOSE = regex.compile(rf"{_SPACE}{{0,2}}[)）]")
#: a date label, blanks and a digit opening a line (or its bracket): where
#: ``_BARE_DATE_LABEL`` may open it (a cheap ``re`` check, see :func:`_opens_with_head`)
_BARE_DATE_HEAD = re.compile(
    rf"[（(【\[]?{prefix_tree(w for w, r in _LABELS.items() if r == 'date')}[ \t\u3000\xa0]{{1,4}}\d"
)
#: a name in Latin script, as overseas portals credit their staff (``作者 Jing Lin``):
#: two or three capitalised words, only where they fill the line (Han names may be followed
#: by a semicolon and the next credit: ``編譯 李明遠；審校 張家豪``)
_LATIN_NAME = r"[A-Z][a-z]{1,15}(?:[ \-][A-Za-z][a-z]{1,15}){1,2}"
#: (a tech portal credits its staff by one given name, then bars its next items:
#: ``作者 Atkinson | 發布日期 …``; one word only before a bar, never at a line's end)
_BARE_CREDIT = regex.compile(
    rf"(?P<label>{'|'.join(sorted(_BARE_CREDIT_LABELS, key=len, reverse=True))}){_SPACE}{{1,4}}"
    rf"(?:(?P<names>\p{{Han}}{{2,4}}(?:、\p{{Han}}{{2,4}}){{0,3}})(?=$|{_SPACE}|[;；])"
    rf"|(?P<latin>{_LATIN_NAME}|[A-Z][a-z]{{2,15}}(?={_SPACE}{{0,2}}[|｜丨]))(?:{_SPACE}*+$|(?={_SPACE}{{0,2}}[|｜丨])))"
)
#: a reporter's rank or desk glued before the title: a special, intern or trainee
#: reporter, the chief reporter, the converged-media desk of provincial papers and apps
_RANK = "特[约約]|实习|實習|见习|見習|首席|全媒体|全媒體|融媒体|融媒體|融媒"
#: a reporter credit: ``记者 张三 李四``, ``本报记者 韩钟昆``, ``端傳媒記者 吳婧 發自香港``,
#: ``21世纪经济报道记者 边万莉 北京报道``
_REPORTER = regex.compile(
    # the outlet, glued, set off by a slash or by blanks: ``新华社记者``, ``聯合報／ 記者``,
    # ``环球网报道 记者``
    # (a portal's name before its channel's: ``大众网·海报新闻记者``)
    rf"(?:(?P<org>(?:\p{{Han}}{{1,4}}[网網报報][·・•])?\d{{0,4}}\p{{Han}}{{0,6}}?(?:社|台|臺|报|報|网|網|刊|媒|新闻|新聞|电讯|電訊|视|視|号|號|报道|報導|周末|週末|中心|客户端|客戶端))(?:{_SPACE}{{0,2}}[／/]{_SPACE}{{0,2}}|{_SPACE}{{1,2}})?)?"
    # the role: a reporter, a correspondent, an intern (``南方周末实习生 何佳``), with its
    # rank or desk (``法治日报全媒体记者``, ``红网时刻新闻融媒记者``, ``首席记者``)
    rf"(?:(?:{_RANK})?(?:记者|記者|通讯员|通訊員)|实习生|實習生|特派员|特派員)"
    # (a weekly's own reporter, slashed: ``本刊记者/杨智杰``)
    rf"(?:{_SPACE}{{0,4}}[:：|｜／/]{_SPACE}{{0,4}}|{_SPACE}{{1,4}}"
    # glued to the names only where a dateline closes the credit: ``記者張三、李四／台北報導``,
    # or where one name closes the line (``工商時報 記者王子豪``; :func:`_one_item` asks
    # it to look like a name)
    rf"|(?=\p{{Han}}{{2,4}}(?:、\p{{Han}}{{2,4}}){{0,5}}{_SPACE}{{0,2}}[／/]{_SPACE}{{0,2}}\p{{Han}}{{1,8}}?(?:报道|報導|报导|報道|电|電))"
    rf"|(?P<glued>(?=\p{{Han}}{{2,4}}{_SPACE}*+$)))"
)
#: job titles inside a reporters' credit that are no names: ``记者 周婷 实习生 马一鸣``
_CREDIT_ROLES = frozenset(
    "实习生 實習生 通讯员 通訊員 见习记者 見習記者 实习记者 實習記者 特约记者 特約記者 记者 記者 "
    "特派员 特派員 驻站记者 駐站記者 摄影记者 攝影記者".split()
)
#: words of a credit's label that are no names either: ``採訪、撰文／王五``, ``记者 张三 编译 李四``
_LABEL_ROLES = frozenset("撰文 撰稿 采访 採訪 采写 採寫 摄影 攝影 文字 编辑 編輯 编译 編譯 翻译 翻譯".split())
#: reporting verbs closing a credit, never names: ``（記者 李明 報道）``
_CREDIT_VERBS = frozenset("报道 報導 报导 報道 报讯 報訊 电 電 专电 專電 摄 攝 发自 發自".split())
#: reporting verbs glued after a name: ``記者 林明報導``
_GLUED_VERBS = ("报道", "報導", "报导", "報道")
#: role words a portal glues before the name: ``文／記者張三``
_GLUED_ROLES = tuple(sorted((w for w in _CREDIT_ROLES if len(w) >= 2), key=len, reverse=True))
#: a person's name in Han script, with an optional middle dot (transliterations; Taiwan
#: writes its indigenous names with ``‧`` or ``．``: ``拉和克．馬耀``)
_HAN_NAME = r"\p{Han}{1,4}(?:[·•‧．]\p{Han}{1,6})?"
_HAN_NAME_ONLY = regex.compile(r"\p{Han}{2,4}|\p{Han}{1,4}[·•‧．]\p{Han}{1,6}")
#: a reporter credited by a name in Latin script (an indigenous name, romanised), then its
#: Han transcription and the places reported from: ``記者 Lahok Mayaw 拉和克．馬耀 花蓮 光復``
_LATIN_REPORTER = regex.compile(
    rf"(?P<latin>{_LATIN_NAME})(?:{_SPACE}{{1,3}}(?P<han>\p{{Han}}{{1,6}}[·•‧．]\p{{Han}}{{1,6}}))?"
    rf"(?:{_SPACE}{{1,3}}\p{{Han}}{{2,4}}){{0,3}}{_SPACE}*+$"
)
#: words after reporters' names: "reports", "photographs", "from <place>"
_CREDIT_WORD = r"(?:报道|報導|报导|報道|摄影|攝影|摄|攝|[发發]自)"
#: a dateline after the names: ``／台北報導``, `` 北京报道``, ``台北6日電``
_DATELINE = rf"\p{{Han}}{{1,8}}?\d{{0,2}}日?(?:报道|報導|报导|報道|电|電)"
#: another labelled credit after the names (``記者：古亭 責編：何平``): no name
_NEXT_LABEL = rf"(?:{_LABEL_ALT}){_SPACE}{{0,4}}[|｜丨/／:：]"
_REPORTER_NAMES = regex.compile(
    rf"(?P<names>{_HAN_NAME}(?:(?:{_SPACE}{{1,3}}|、)(?!{_CREDIT_WORD}|{_DATELINE}(?!\p{{Han}})|{_NEXT_LABEL}){_HAN_NAME}){{0,7}})"
    rf"(?:{_SPACE}{{0,3}}(?:报道|報導|报导|報道|摄影|攝影|摄|攝|(?:发|發)自\p{{Han}}{{1,12}}(?:[、，,]\p{{Han}}{{1,12}}){{0,4}})"
    rf"|{_SPACE}{{0,2}}[／/]?{_SPACE}{{0,2}}{_DATELINE}(?!\p{{Han}}))?"
)
#: the same credit filling the rest of its line: where the verb is glued to the last name
#: (``記者 李育琴報導``), the first reading takes ``李育琴報`` for the name
_REPORTER_NAMES_LINE = regex.compile(rf"{_REPORTER_NAMES.pattern}{_SPACE}*+$")
#: a professional's title as a credit's value, the name after it set off by blanks
#: (``審稿／營養師 陳怡君``, ``审订/主治医师 王大明``, ``文／律師 林國明``)
_PRO_TITLE = regex.compile(r"\p{Han}{0,5}(?:師|师|醫生|医生|教授|博士)")
_PRO_NAME = regex.compile(rf"{_SPACE}{{1,3}}(?P<name>\p{{Han}}{{2,4}})(?=$|{_SPACE}|[|｜丨,，;；])")
#: the labels of a compiler's credit (see ``MetaLine.compilers``)
_COMPILER_LABELS = ("编译", "編譯", "译者", "譯者")
#: one name-like token: no blanks, no sentence or list punctuation
_TOKEN = r"[^\s,，、;；|｜丨:：/／&＆+()（）【】\[\]<>《》\"“”‘’。!！?？]{1,24}"
#: the next labelled item after a slash (``陳韻聿／核稿：王朝鈺``): no name of the list
_SLASH_LABEL = rf"(?:{_LABEL_ALT}){_SPACE}{{0,2}}[:：]"
_NAMES = regex.compile(rf"{_TOKEN}(?:(?:[、&＆]|[/／](?!{_SLASH_LABEL})){_TOKEN}){{0,7}}")
_NAME_SPLIT = regex.compile(r"[、&＆/，,]")
#: an outlet whose name holds an exclamation mark (``來源：噓！星聞``, ``来源：Yahoo!奇摩``,
#: ``來源：哇！新聞``): the mark stands between two parts of the name, and the value ends
#: where the item does (a sentence's ``！`` is followed by more prose)
_BANG_SITE = regex.compile(
    rf"[\p{{Han}}A-Za-z]{{1,8}}[!！][\p{{Han}}A-Za-z0-9]{{1,8}}(?=$|{_SPACE}|[,，;；|｜丨)）】\]])"
)
#: between two names of a list: a separator or blanks
_NAME_BREAK = regex.compile(rf"{_NAME_SPLIT.pattern}|{_SPACE}+")
#: more names after the first author, set off by blanks only
_MORE_NAMES = regex.compile(rf"(?:{_SPACE}{{1,3}}{_HAN_NAME}){{1,4}}{_SPACE}*")
_ONE_SPACE = regex.compile(_SPACE)
_SPACE_RUN = regex.compile(rf"{_SPACE}*")
#: what an author is, bracketed after the name: ``（台灣大學經濟系教授）``, ``(本报特约评论员)``
_AFFILIATION = regex.compile(rf"{_SPACE}{{0,2}}[（(][^()（）。！？!?\n]{{2,30}}[)）]{_SPACE}*+")
#: between two items of one line
#: (a middle dot set off by blanks, as LINE TODAY joins ``更新於 … • 發布於 … • 記者…``)
_ITEM_SEP = regex.compile(
    rf"{_SPACE}*[,，;；|｜丨]{_SPACE}*|{_SPACE}+[·•・]{_SPACE}+|{_SPACE}+"
    rf"|{_SPACE}*[/／]{_SPACE}*(?={_SLASH_LABEL})"  # ``譯者：陳韻聿／核稿：王朝鈺``
)

# -- dates ---------------------------------------------------------------------------------

#: a weekday, printed after the date (and before the time)
_WEEKDAY = r"(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]"
#: a time zone printed by the time (before or after it): ``HKT``, ``臺北時間``, ``GMT+8``;
#: read as part of the date, it changes nothing in the ISO form (local time as printed)
#: (overseas portals stamp their own zone: ``2024.05.17 15:20 EST``, ``美東時間``)
_TZ_WORD = (
    r"[(（]?(?:HKT|CST|SGT|MYT|JST|KST|EST|EDT|PST|PDT|CDT|MST|MDT|BST|CET|CEST|AEST|AEDT|WIB|ICT)(?![A-Za-z])[)）]?"
    r"|[(（]?(?:GMT|UTC)(?:\s?[+＋-]\s?\d{1,2}(?::?\d{2})?)?(?![A-Za-z])[)）]?"
    r"|[(（]?(?:北京|臺北|台北|香港|澳門|澳门|新加坡|吉隆坡|東京|东京|當地|当地|美東|美东|美西|美國東部|美国东部"
    r"|美國西部|美国西部|倫敦|伦敦|歐洲中部|欧洲中部)(?:時間|时间)[)）]?"
)
#: a zone named before the date (``台北時間 2024-05-17 10:00``), no outlet's name
_TZ_ALONE = regex.compile(_TZ_WORD)
#: the half of the day before a 12-hour time (``下午 2:23``), or AM/PM after it
_AFTERNOON = frozenset("下午 晚上 傍晚 中午 PM".split())
_MORNING = frozenset("上午 凌晨 早上 清晨 AM".split())
_DATE = regex.compile(
    # year first (``2024-07-15``, ``2024年7月15日``), or day and month first with the
    # same separator twice (``01/07/2024``, ``15-07-2024``)
    r"(?:(?P<y>(?:19|20)\d{2})\s{0,2}[-/.年]\s{0,2}(?P<m>\d{1,2})\s{0,2}[-/.月]\s{0,2}(?P<d>\d{1,2})(?!\d)(?:\s{0,2}日)?"
    r"|(?P<a>\d{1,2})\s{0,2}(?P<sep>[-/.])\s{0,2}(?P<b>\d{1,2})\s{0,2}(?P=sep)\s{0,2}(?P<Y>(?:19|20)\d{2})(?!\d))"
    r"(?:(?:\s{0,3}|T|\s{0,2}[,，\-–—]\s{0,2})"
    rf"(?:[(（]?{_WEEKDAY}[)）]?\s{{0,3}})?(?:(?:{_TZ_WORD})\s{{0,3}})?"
    r"(?:(?P<half>上午|下午|晚上|傍晚|中午|凌晨|早上|清晨)\s{0,2})?"
    r"(?P<H>\d{1,2})\s{0,2}[:：时時點点]\s{0,2}(?P<M>\d{2})(?!\d)"
    r"(?:\s{0,2}[:：分]\s{0,2}(?P<S>\d{2})(?!\d)(?:\s{0,2}秒)?)?分?"
    r"(?:\s{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
    rf"(?:\s{{0,3}}(?:{_TZ_WORD}))?"
)
#: a telephone number (a field's value): ``(02)2361-8577``, ``010-65369999``, ``0800-000-123``
_PHONE = regex.compile(r"(?:[(（]\d{2,4}[)）]|\d{2,4}[-－])?\d{3,4}[-－]?\d{3,4}(?!\d)(?:[#＃轉转]\d{1,5})?")
#: a date label ending in 于/於, glued to the date's digit (``修改于05-18 08:12``)
_GLUED_LABEL_WORDS = tuple(w for w, r in _LABELS.items() if r == "date" and w.endswith(("于", "於")))
_GLUED_DATE_LABEL = regex.compile(
    "(?P<label>"
    + "|".join(regex.escape(w) for w in sorted(_GLUED_LABEL_WORDS, key=len, reverse=True))
    + r")(?=\d)"
)
#: the clock before the date, as some portals print their stamp (``16:05 2024/03/08``,
#: ``10:15am 18/05/2024``); the same groups as ``_DATE`` (``tz`` stays empty), so that the
#: same functions read either
_CLOCK_DATE = regex.compile(
    r"(?P<half>)(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?(?!\d)"
    r"(?:\s{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?(?P<tz>)\s{1,3}(?:,\s{0,2})?"
    r"(?:(?P<y>(?:19|20)\d{2})\s{0,2}[-/.年]\s{0,2}(?P<m>\d{1,2})\s{0,2}[-/.月]\s{0,2}(?P<d>\d{1,2})(?!\d)(?:\s{0,2}日)?"
    r"|(?P<a>\d{1,2})\s{0,2}(?P<sep>[-/.])\s{0,2}(?P<b>\d{1,2})\s{0,2}(?P=sep)\s{0,2}(?P<Y>(?:19|20)\d{2})(?!\d))"
)
#: how ``_CLOCK_DATE`` opens: a cheap ``re`` check before it
_CLOCK_HEAD_CUE = re.compile(r"\d{1,2}[:：]\d\d")
#: a date without a year, kept as shown (only after a date label)
_PARTIAL_DATE = regex.compile(
    r"\d{1,2}月\d{1,2}日(?:\s{0,3}\d{1,2}[:：]\d{2})?|\d{1,2}[-/]\d{1,2}\s{1,3}\d{1,2}[:：]\d{2}"
)
#: words that may follow a date on its line: weekday, an update note
_DATE_FILLER = regex.compile(
    rf"[(（]?{_WEEKDAY}[)）]?|[（(][^()（）\n]{{0,30}}(?:更新|修改)[^()（）\n]{{0,10}}[)）]"
    # the verb a page prints after its date (``2024-09-12發表``, ``10:30发布``), closing it
    r"|(?:发布|發布|發佈|发表|發表|刊登|刊出|上传|上傳|发稿|發稿)(?=[ \t\u3000\xa0|｜丨/／,，]|$)"
)

# -- shapes ----------------------------------------------------------------------------------

#: sentence-final punctuation (CJK and ASCII ! ?); ASCII "." only before a blank or the end
_FINAL = regex.compile(r"[。！？!?…]|\.(?=\s|$)")
#: the same marks but ``.``, which ``re`` finds faster (see :func:`_has_final`)
_FINAL_MARKS = "。！？!?…"
_FINAL_MARK = re.compile(f"[{_FINAL_MARKS}]")
_HAN = regex.compile(r"\p{Han}")
_BREADCRUMB = regex.compile(r"[>›»]|https?://|www\.")
#: a site name put before a repeated title: ``吃瓜电子官网最新热点:<title>``
_SITE_PREFIX = regex.compile(
    r"^[^:：\s]{2,16}?(?:最新)?(?:热点|熱點|资讯|資訊|新闻|新聞|头条|頭條|快讯|快訊|动态|動態|热门|熱門)[:：]\s{0,2}"
)
_MD_HEADING = regex.compile(r"^#{1,6}[ \t]+")
#: end-of-article markers: (完), (全文完), —— 完 ——, -END-
_END_MARK = regex.compile(
    r"[（(【\[]\s{0,2}(?:完|全文完|本文完|全文完畢|全文完毕|終|终)\s{0,2}[)）】\]]"
    r"|^[—\-－~～=\s]{0,6}(?:完|END|End|end|全文完)[—\-－~～=\s]{0,6}$"
)
#: a marker alone on its line (the second form) holds ``完``, ``END``, ``End`` or ``end``,
#: in a line of at most 6 + 3 + 6 characters
_END_ALONE = re.compile(prefix_tree(["完", "END", "End", "end"]))
_END_LINE_MAX = 15
#: a bracketed marker (the first form) ends in one of these characters, at most two
#: blanks before its closing bracket (looked for in the whole text: never across lines)
_END_LAST = "完終终畢毕"
_END_CLOSE = re.compile(rf"[{_END_LAST}][^\n]{{0,2}}[)）】\]]")
_BRACKETED = regex.compile(r"^[（(【\[](?P<inner>[^()（）【】\[\]\n]{2,80})[)）】\]](?P<code>\s{0,2}\d{6,8})?$")

#: filters whose cuts around a short first line show it to be a headline
_JUNK_FILTERS = frozenset({"chrome", "duplicates", "feeds", "notices", "regions", "body"})

TITLE_MAX = 64


@dataclass
class MetaLine:
    """What one metadata line (or glued byline prefix) says.

    ``end`` is where the metadata stops in the line (blanks after it included); when it
    is shorter than the line, the rest is body text glued after a byline.
    """

    end: int
    authors: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    labelled_author: bool = False
    #: names credited with a bare ``文`` (the outlet when a 作者 credit follows)
    wen: list[str] = field(default_factory=list)
    #: update stamps (``更新時間:``, ``最後更新:``): when the page last changed
    updates: list[str] = field(default_factory=list)
    #: holds a credit without label or role word (``文字 林佳慧``, ``工商時報 魏喬怡``), which
    #: only a line of its own shows to be one: never glued before the body
    bare: bool = False
    #: the headline a forum's header gives on its own row (``標題 [新聞] …``), kept as printed
    title: str | None = None
    #: names its source with a label (``来源：法治日报``): the article's own word on where it
    #: comes from, over a label line above the headline (a mirror's name)
    labelled_site: bool = False
    #: names credited as the compiler (``（编译/王晓梅）``): who wrote a digest of foreign
    #: reports, the author where the line names no other one (see :func:`_settle`)
    compilers: list[str] = field(default_factory=list)

    @property
    def has_author(self) -> bool:
        return "author" in self.roles

    @property
    def credits(self) -> bool:
        """Names people (authors or editors) or a desk credited as one (``撰文：01新聞``), as
        bylines and credit blocks do."""
        return any(r in ("author", "editor", "endeditor", "desk") for r in self.roles)

    @property
    def ends_article(self) -> bool:
        return "endeditor" in self.roles or "endcredit" in self.roles

    def meta(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.authors:
            out["authors"] = list(dict.fromkeys(self.authors))
        if self.sites:
            out["site"] = self.sites[0]
        # the publication date; an update stamp only where none shows (then it is the one
        # date the page gives, the closest to the publication); see also ``_head_meta``
        if self.dates or self.updates:
            out["published"] = (self.dates or self.updates)[0]
        if self.title:
            out["title"] = self.title
        return out

    def describe(self) -> str:
        kinds = []
        if self.has_author:
            kinds.append("byline")
        if any(r in ("editor", "endeditor") for r in self.roles):
            kinds.append("editor credit")
        if "site" in self.roles:
            kinds.append("source")
        if "date" in self.roles:
            kinds.append("date")
        if "desk" in self.roles:
            kinds.append("desk credit")
        if "place" in self.roles:
            kinds.append("poster's location")
        if "board" in self.roles or "title" in self.roles:
            kinds.append("forum header")
        return " + ".join(kinds) or "metadata"


# -- parsing ---------------------------------------------------------------------------------


def parse_date(text: str) -> str | None:
    """A complete date (and time) as ISO 8601, or ``None`` when ``text`` is not one.

    >>> parse_date("2025-07-15 19:50")
    '2025-07-15T19:50'
    >>> parse_date("2023年9月1日") is None, parse_date("2023年9月1日")
    (False, '2023-09-01')
    """
    m = _DATE.fullmatch(text.strip())
    return _iso(m) if m else None


def _ymd(m: regex.Match[str]) -> tuple[int, int, int] | None:
    """Year, month, day of a date match; ``None`` where a day-and-month-first date does
    not tell which is which (``01/07/2024``: both could be the month)."""
    if m["y"] is not None:
        return int(m["y"]), int(m["m"]), int(m["d"])
    a, b = int(m["a"]), int(m["b"])
    if a == b or b > 12:  # month first (``07/15/2024``), or both the same
        return int(m["Y"]), a, b
    if a > 12:  # day first (``15/07/2024``)
        return int(m["Y"]), b, a
    return None


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        _dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def _hour(m: regex.Match[str]) -> int:
    """The hour on a 24-hour clock: ``下午 2:23`` and ``2:23 PM`` are 14:23, ``上午 12:05`` 00:05."""
    h = int(m["H"])
    half = m["half"] or (m["ampm"] or "").replace(".", "").upper()
    if half in _AFTERNOON and 1 <= h <= 11:
        return h + 12
    if half in _MORNING and h == 12:
        return 0
    return h


def _date_at(text: str, pos: int) -> regex.Match[str] | None:
    """A date at ``pos``: year or day first (``_DATE``), or after its clock (``_CLOCK_DATE``)."""
    d = _DATE.match(text, pos)
    if d is None and _CLOCK_HEAD_CUE.match(text, pos) is not None:
        d = _CLOCK_DATE.match(text, pos)
    return d


def _date_value(m: regex.Match[str]) -> str | None:
    """A date match as ISO 8601; as shown where it is complete and valid, but its day and
    month could be swapped (``01/07/2024``); ``None`` where it is no possible date."""
    iso = _iso(m)
    if iso is not None or m["y"] is not None:
        return iso
    a, b, y = int(m["a"]), int(m["b"]), int(m["Y"])
    if _valid(y, a, b) and _valid(y, b, a) and (m["H"] is None or (_hour(m) <= 23 and int(m["M"]) <= 59)):
        return m.group().strip()
    return None


def _iso(m: regex.Match[str]) -> str | None:
    ymd = _ymd(m)
    if ymd is None or not _valid(*ymd):
        return None
    y, mo, d = ymd
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"] is not None:
        h, mi = _hour(m), int(m["M"])
        if h > 23 or mi > 59:
            return None
        out += f"T{h:02d}:{mi:02d}"
        if m["S"] is not None:
            if int(m["S"]) > 59:
                return None
            out += f":{m['S']}"
        if m["tz"]:
            tz = m["tz"]
            out += tz if tz == "Z" or ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return out


def parse_meta_line(text: str) -> MetaLine | None:
    """Read a line made of metadata items, or a byline glued before body text.

    Returns ``None`` for anything else: a line that is not wholly metadata (other than
    a glued byline) is body text, whatever labels it mentions.
    """
    stripped = text.strip()
    if not stripped or not _may_open_with_item(stripped):
        return None
    return _parse_meta(text, stripped)


def _parse_meta(text: str, stripped: str) -> MetaLine | None:
    """:func:`parse_meta_line` for a line already stripped (and not blank)."""
    lead = len(text) - len(text.lstrip())
    m = _BRACKETED.match(stripped) if stripped.startswith(_OPENING_BRACKETS) else None
    if m:
        inner = _parse_items(m["inner"], allow_glued=False)
        if inner is not None and inner.end >= len(m["inner"].rstrip()):
            inner.end = len(text)
            return inner
        return None
    got = _parse_items(text[lead:], allow_glued=True)
    if got is None:
        return None
    got.end += lead
    return got


#: the characters of ``_SPACE``, and how a year of a date begins
_BLANKS = " \t\u3000\xa0"
_YEAR_HEADS = ("19", "20")
#: what the first item of a line holds near its start, on each path of :func:`_one_item`:
#: a label's bar or slash (its colon: see ``_COLONS``), a lead's bar or slash, a reporter's
#: title, or the year of a date after a lead's blanks (a date opening the line is told by
#: its year)
_ROLE_WORDS = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "特派员", "特派員")
_FIRST_ITEM_WORDS = (
    "|", "｜", "丨", "/", "／", *_ROLE_WORDS,
    *(b + y for b in _BLANKS for y in _YEAR_HEADS),
)
#: how far into a line those cues end at the latest: an opening bracket, a lead's name
#: (16) and blanks (3), then a year's first two digits (22); two to spare. (A lead's
#: sub-name comes after a slash, itself a cue; a reporter's title ends by 18.)
_FIRST_ITEM_REACH = 24
#: a colon is only a label's (or a place's) separator, which ends after a bracket, the
#: longest label and four blanks; prose has colons further on, which count for nothing
_COLONS = (":", "：")
_LABEL_REACH = 1 + _LABEL_PRE_REACH + max(map(len, _LABELS)) + 4 + 1
#: and a colon counts only after a label that opens the line (or its bracket): a labelled
#: item (``作者:``, ``IP属地:``; the place labels are labels too) is the one first item
#: whose cue a colon is, as a reporter's, a lead's or a date's shows a cue of its own
_LABEL_HEAD = re.compile(prefix_tree(_LABELS))
#: the last characters of the outlet names of ``_OUTLET_BYLINE``, which the first item
#: may be without any other cue: one is followed by a blank or a slash
_OUTLET_LAST = "报報闻聞刊誌志社网網视視台臺媒"
#: an outlet's name before its reporter's ends by then: a bracket, 8 Latin letters, 8 + 3
#: Han characters, and its blank or slash
_OUTLET_REACH = 1 + 8 + 8 + 3 + 1
#: every cue of a first item found within a line, with how far into the line it ends at
#: the latest: one ``re`` scan of a prefix tree finds them all (no cue is a prefix of
#: another cue, so the tree matches the one cue that starts at each position)
_CUE_REACH: dict[str, int] = {
    **dict.fromkeys(_FIRST_ITEM_WORDS, _FIRST_ITEM_REACH),
    **dict.fromkeys(_COLONS, _LABEL_REACH),
    # a reporter's title, after an opening bracket (see ``_ROLE_REACH``)
    **dict.fromkeys(_ROLE_WORDS, 1 + 13 + 6 + 5 + 3 + 3),
    # an outlet's name ending in ``报道``, set off by a blank (``_OUTLET_ROW``): a bracket,
    # four digits, eight Han characters, the word and its blank
    **dict.fromkeys((w + b for w in "道導" for b in _BLANKS), 1 + 4 + 8 + 2 + 1),
    # a translator's credit glued after the outlet (``鉅亨網編譯陳韋廷``, see ``_REPORTER_PLACE``)
    **dict.fromkeys(("编译", "編譯"), 1 + 7 + 2),
    **dict.fromkeys((o + b for o in _OUTLET_LAST for b in _BLANKS + "／/"), _OUTLET_REACH),
    # an outlet, a bar, then its stamp (``澳廣視新聞｜2026-11-27 20:15``, see ``_BAR_DATE``)
    **dict.fromkeys((o + b for o in _OUTLET_LAST for b in "|｜丨"), _OUTLET_REACH),
}
#: WeChat's originality mark opens its head line (``原创 陈晓 晚点LatePost 2024-05-16 07:30
#: 北京``): at the start, or after a bracket
_WECHAT_MARKS = ("原创", "原創")
_CUE_REACH.update(dict.fromkeys(_WECHAT_MARKS, 1 + 2))
#: the dot between an author's or account's name and the date (``36氪的朋友们·2024年05月16日
#: 08:02``): after a bracket, a name (16) and blanks (2)
_NAME_DOTS = "·•・"
_CUE_REACH.update(dict.fromkeys(_NAME_DOTS, 1 + 16 + 2 + 1))
#: the close of an outlet's bracketed dateline mark (``【正報訊】``, ``（中央社訊）``): a
#: bracket, the outlet and its day (20, as ``_DATELINE_MARK``), ``讯`` and the bracket
_MARK_CLOSES = tuple(w + b for w in "讯訊" for b in "】]）)")
_CUE_REACH.update(dict.fromkeys(_MARK_CLOSES, 1 + 20 + 1 + 1))
_ITEM_CUES = re.compile(prefix_tree(_CUE_REACH))
_CUES_END = max(_CUE_REACH.values())
#: the labels of a PTT-style forum header's rows, set off by blanks (``看板 Stock``, ``標題 …``);
#: its ``作者`` and ``時間`` rows are read with the credit and date labels
_FORUM_LABELS = ("看板", "標題", "标题")
#: ``時間 Fri May 10 14:32:18 2024``: a date label before a ``ctime`` stamp
_CTIME_HEAD = re.compile(r"(?:時間|时间)[ \t\u3000\xa0]{1,4}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")
#: a day-and-month-first date opening a line (or its bracket)
_DMY_HEAD = re.compile(r"\d{1,2}\s{0,2}([-/.])\s{0,2}\d{1,2}\s{0,2}\1\s{0,2}(?:19|20)\d\d")
#: how a date (a year's or a day's digit), a bare credit label or a bare date label
#: (``日期 30.04.2024``) begins: a line opens
#: with one of these at its start or after a bracket only if one of its first two
#: characters is one (``re``'s ``\d`` is what ``_DMY_HEAD`` starts with; a year is ASCII)
_HEAD_CHAR = re.compile(
    rf"[\d{''.join(sorted({w[0] for w in _BARE_CREDIT_LABELS + _FORUM_LABELS} | {w[0] for w, r in _LABELS.items() if r == 'date'}))}]"
)


#: the words the tests of :func:`_opens_with_head` after its dates open with (a bare credit
#: label, a forum's row label, a date label, glued or not, ``時間`` before a ``ctime``):
#: one ``re`` match rules out the prose lines whose first characters only look like one
_HEAD_WORD = re.compile(
    prefix_tree({*_BARE_CREDIT_LABELS, *_FORUM_LABELS, *(w for w, r in _LABELS.items() if r == "date")})
)


def _may_open_with_item(stripped: str) -> bool:
    """Whether a metadata item could open ``stripped`` (or its bracketed inside).

    A necessary condition: :func:`_parse_items` reads nothing unless its first item
    parses at the start, and each kind of first item shows its cue early on. Every line
    of a document is asked, so the common answer (no) takes two ``re`` scans.
    """
    if _HEAD_CHAR.search(stripped, 0, 2) is not None and _opens_with_head(stripped):
        return True
    # ``_BOOK_LEAD`` opens with ``《``: the ``regex`` match is tried only where one stands
    if "《" in stripped[:2] and (_BOOK_LEAD.match(stripped) is not None or _BOOK_LEAD.match(stripped, 1) is not None):
        return True  # ``《星洲网》发布: …`` (at the start or after a bracket, as every head)
    if _EDITION_CUE.search(stripped, 0, _EDITION_REACH) is not None and (
        _EDITION_LEAD.match(stripped) is not None or _EDITION_LEAD.match(stripped, 1) is not None
    ):
        return True  # a newspaper's edition line (see :func:`_edition_line`)
    if (stripped[:3] in _MONTHS or stripped[1:4] in _MONTHS) and any(
        p.match(stripped, k) is not None for p in (_EN_DATE, _EN_WEEKDAY_DATE) for k in (0, 1)
    ):
        return True  # ``Oct 18, 2025 08:10 PM``: a date in English (see :func:`_english_date`)
    if _BLOG_CUE.search(stripped, 0, _BLOG_REACH) is not None and _BLOG_STAMP.match(stripped) is not None:
        return True  # ``posted @ 2025-…``, ``已于 2025-… 修改``, ``X 發表在 痞客邦``: see :func:`_blog_stamp`
    cue = _ITEM_CUES.search(stripped, 0, _CUES_END)
    while cue is not None:
        if cue.end() <= _CUE_REACH[cue.group()] and (cue.group() not in _COLONS or _opens_with_label(stripped)):
            return True
        cue = _ITEM_CUES.search(stripped, cue.start() + 1, _CUES_END)
    return False


#: an outlet named in title marks, then a date label glued or after blanks: ``《星洲网》发布:
#: 10:15am 18/05/2024``, ``《聯合早報》發佈時間：…`` (see :func:`_book_lead`)
_BOOK_LEAD = regex.compile(
    rf"《(?P<name>[\p{{Han}}A-Za-z0-9]{{2,16}})》{_SPACE}{{0,2}}(?=(?:{_DATE_LABEL_ALT}){_SPACE}{{0,4}}[|｜丨:：])"
)


def _opens_with_label(stripped: str) -> bool:
    """A label opens ``stripped``, or its bracketed inside."""
    return _LABEL_HEAD.match(stripped) is not None or _LABEL_HEAD.match(stripped, 1) is not None


def _opens_with_head(stripped: str) -> bool:
    """A date (``2024-…``, ``01/07/2024``) or a bare credit label (``文字 林佳慧``) opens
    ``stripped``, or its bracketed inside."""
    # a year is the cue of a date opening the line alone (every other first item that
    # may start with digits shows a cue of ``_CUE_REACH``), so the date must match there:
    # prose that opens with a year (``2025年12月,…``) goes no further
    if stripped.startswith(_YEAR_HEADS) and _DATE.match(stripped) is not None:
        return True
    if stripped.startswith(_YEAR_HEADS, 1) and _DATE.match(stripped, 1) is not None:
        return True
    if stripped[:1].isdigit() or stripped[1:2].isdigit():
        if _DMY_HEAD.match(stripped) or _DMY_HEAD.match(stripped, 1):  # ``01/07/2024``
            return True
        if _FROM_CUE.search(stripped) is not None:
            return True  # ``5月17日 10:32 来自 微博网页版``: see :func:`_sent_from`
        if _EN_DATE.match(stripped) or _EN_DATE.match(stripped, 1):
            return True  # ``18 Oct 2025 / 20:10 MYT``: see :func:`_english_date`
        if _READ_TIME_EN.match(stripped) is not None:
            return True  # ``6 min read · Oct 12, 2025``: see :func:`_read_time_date`
        # ``16:05 2024/03/08``: the clock first (``_CLOCK_DATE``)
        if any(_CLOCK_HEAD_CUE.match(stripped, k) and _CLOCK_DATE.match(stripped, k) for k in (0, 1)):
            return True
    if _HEAD_WORD.match(stripped) is None and _HEAD_WORD.match(stripped, 1) is None:
        return False  # each test below needs one of its words at the start or after a bracket
    if stripped.startswith(_BARE_CREDIT_LABELS) or stripped.startswith(_BARE_CREDIT_LABELS, 1):
        return True
    # ``_GLUED_DATE_LABEL`` opens with one of its words: the ``regex`` match only after one
    if (stripped.startswith(_GLUED_LABEL_WORDS) and _GLUED_DATE_LABEL.match(stripped) is not None) or (
        stripped.startswith(_GLUED_LABEL_WORDS, 1) and _GLUED_DATE_LABEL.match(stripped, 1) is not None
    ):
        return True  # ``修改于05-18 08:12``
    if stripped.startswith(_FORUM_LABELS) or stripped.startswith(_FORUM_LABELS, 1):
        return True  # a forum's header row: ``看板 Stock``, ``標題 …``
    if _CTIME_HEAD.match(stripped) is not None or _CTIME_HEAD.match(stripped, 1) is not None:
        return True  # ``時間 Fri May 10 14:32:18 2024``
    if _place_match(_PLACE_ALONE, stripped) is not None:
        return True  # ``发布于 湖南``: the poster's province alone
    return _BARE_DATE_HEAD.match(stripped) is not None


def _parse_items(text: str, *, allow_glued: bool) -> MetaLine | None:
    pos = 0
    n = len(text)
    out = MetaLine(end=0)
    items = 0
    #: (position after an item, state) where a blank follows: a glued body may start there
    blank_stops: list[tuple[int, MetaLine]] = []
    while pos < n:
        if items:
            tail = _stamp_tail(text, pos, out)
            if tail is not None:  # ``・IP 属地北京``, ``字数 1,826``: glued or after blanks
                pos = tail
                continue
            poster = _poster_after_date(text, pos, out)
            if poster is not None:  # it closes the line
                pos = poster
                break
            update = _bracket_update(text, pos, out)
            if update is not None:  # blanks before the bracket are optional
                pos = update
                continue
            sep = _ITEM_SEP.match(text, pos) or _glued_place(text, pos, out)
            if sep is None:
                break
            if not sep.group().strip():
                blank_stops.append((pos, _copy(out)))
            nxt = sep.end()
            if nxt >= n:
                pos = nxt
                break
        else:
            nxt = pos
        step = _one_item(text, nxt, out)
        if step is None:
            break
        pos = step
        items += 1
    if not items:
        return None
    rest = text[pos:]
    if not rest.strip():
        out.end = n
        return _settle(out)
    # names listed after the first author with blanks only: ``作者:张三 李四``
    if out.roles and out.roles[-1] == "author":
        if _AFFILIATION.fullmatch(rest):  # ``作者：林明仁（台灣大學經濟系教授）``
            out.end = n
            return _settle(out)
        more = _MORE_NAMES.fullmatch(rest)
        if more:
            out.authors.extend(_people(_split_names(rest)))
            out.end = n
            return _settle(out)
    if not allow_glued:
        return None
    # a byline glued in front of the body: the body follows a blank, and is prose
    if _ONE_SPACE.match(rest):
        blank_stops.append((pos, out))
    for stop, state in reversed(blank_stops):
        body = text[stop:]
        if state.has_author and not state.bare and (is_body_text(body) or _is_sentence(body)):
            state.end = stop + len(body) - len(body.lstrip())
            return _settle(state)
    return None


def _glued_place(text: str, pos: int, out: MetaLine) -> regex.Match[str] | None:
    """An empty separator where a place label follows a date with no blank, as Tencent
    prints its head line (``2024-05-20 09:15发布于北京…``)."""
    if out.roles and out.roles[-1] == "date" and text.startswith(_PLACE_LABELS, pos):
        return _SPACE_RUN.match(text, pos)
    return None


#: a middle dot between a date and the name of whoever posted it, closing the line
_DATE_POSTER = regex.compile(rf"{_SPACE}{{0,2}}[·•・]{_SPACE}{{0,2}}(?P<name>[\p{{Han}}A-Za-z0-9_]{{2,16}}){_SPACE}*+$")


#: ``来自 微博网页版``, ``來自 iPhone 客戶端``, ``来自Android``: the client a post was sent
#: from, closing a line that opens with its date (see :func:`_sent_from`)
_CLIENT = r"[^\s。，！？,!?:：;；]{1,20}"
_FROM_CLIENT = regex.compile(
    rf"(?:{_SPACE}{{0,2}}[·•・])?{_SPACE}{{0,3}}(?:来自|來自){_SPACE}{{0,2}}{_CLIENT}(?:{_SPACE}{_CLIENT}){{0,2}}{_SPACE}*+$"
)
#: ``来自`` in a line that opens with a digit: the cue of :func:`_sent_from`
_FROM_CUE = re.compile("来自|來自")
#: a time's colon: a date without its year must show its time to be a stamp
_COLON_IN = re.compile("[:：]")


def _sent_from(text: str, pos: int, out: MetaLine) -> int | None:
    """``5月17日 10:32 来自 微博网页版``, ``05-17 21:45 · 来自Android``: a post's date line on
    Weibo, Xueqiu and forums, filling its line. The year may be left out (kept as shown,
    as after a date label)."""
    d = _DATE.match(text, pos)
    if d is not None:
        date = _date_value(d)
        if date is None:
            return None
    else:
        d = _PARTIAL_DATE.match(text, pos)
        if d is None or not _COLON_IN.search(d.group()):  # it needs its time (``5月17日 10:32``)
            return None
        date = d.group()
    c = _FROM_CLIENT.match(text, d.end())
    if c is None:
        return None
    out.dates.append(date)
    out.roles += ["date", "client"]
    return c.end()


#: a platform's label for whoever posts (``头条创作者``, ``人民号作者``, ``百家号作者``,
#: ``優質創作者``): the kind of account, never the person's name
_PLATFORM_LABEL = regex.compile(r"\p{Han}{0,6}(?:创作者|創作者|作者|博主|up主|UP主)")


def _poster_after_date(text: str, pos: int, out: MetaLine) -> int | None:
    """``2024-05-16 11:23·科技小新说``: Toutiao's head line, the creator's account after
    the date and a middle dot: it is who wrote the post (the author)."""
    if not out.roles or out.roles[-1] != "date" or text[pos : pos + 1] not in "·•・ \t\u3000\xa0":
        return None
    m = _DATE_POSTER.match(text, pos)
    if m is None or m["name"].isdigit() or m["name"].startswith(("来自", "來自")):
        return None
    if is_division_name(m["name"]):  # ``2026-11-21 20:12:33·广东``: where it was posted from (网易号)
        out.roles.append("place")
        return m.end()
    if _PLATFORM_LABEL.fullmatch(m["name"]):  # ``2025-10-13 08:12·头条创作者``: what, not who
        out.roles += ["author", "platform"]  # a poster's row all the same; the name stands above it
        return m.end()
    if _outlet_account(m["name"]):  # ``原创2025-08-12 23:50·红网``: an outlet's account posted it
        out.sites.append(m["name"])
        out.roles.append("site")
        return m.end()
    out.authors.append(m["name"])
    out.roles.append("author")
    return m.end()


#: an outlet's desk or channel word after its brand (``快科技``, ``腾讯科技``, ``新浪財經``),
#: and the app an outlet posts from (``北京日报客户端``)
_CHANNEL_ENDINGS = ("科技", "财经", "財經", "体育", "體育", "娱乐", "娛樂", "汽车", "汽車", "军事", "軍事")
_APP_ENDINGS = ("客户端", "客戶端", "APP", "App")
#: the longest channel name (a brand of one or two characters and its desk word)
_CHANNEL_MAX = 4


def _outlet_account(name: str) -> bool:
    """Whether an account's name is an outlet's, never a person's: it ends as an outlet's
    does (``红网``, ``科技新報``, ``中時新聞網``), as its app (``北京日报客户端``), or is a
    short brand or an outlet with a desk word (``快科技``, ``新浪财经``, ``腾讯网财经``); a
    creator's handle (``科技小新说``, ``湘江边的老李``, ``老胡说科技``) is who wrote the post."""
    if name.endswith(_SITE_ENDINGS) or name[-1] in _OUTLET_LAST or name.endswith(_APP_ENDINGS):
        return True
    if not name.endswith(_CHANNEL_ENDINGS):
        return False
    brand = name[:-2]
    return len(name) <= _CHANNEL_MAX or brand.endswith(_SITE_ENDINGS) or brand[-1:] in _OUTLET_LAST


def _copy(m: MetaLine) -> MetaLine:
    return MetaLine(
        m.end, list(m.authors), list(m.sites), list(m.dates), list(m.roles), m.labelled_author, list(m.wen),
        list(m.updates), m.bare, m.title, m.labelled_site,
    )


# Most lines that reach the parser are prose that opens with a cue (a colon, a year), so
# the costlier ``regex`` patterns of the items are tried only where a character they must
# match shows within reach of the item's start: one ``re`` scan over a few characters.

#: a label's separator (``_LABELLED``) ends after the longest label and four blanks
_SEP_CUE = re.compile(r"[|｜丨/／:：]")
_SEP_REACH = _LABEL_PRE_REACH + max(map(len, _LABELS)) + 4 + 1
#: a date label's blank before its date (``_BARE_DATE_LABEL``) ends after the label and
#: four blanks, the date's first two digits with it
_YEAR_CUE = re.compile(rf"[{_BLANKS}]\d")
_YEAR_REACH = max(map(len, _LABELS)) + 4 + 2
#: a brand (8 Latin + 6 Han at most), blanks, a name and blanks before the year (see ``_BRAND_NAME_STAMP``)
_BRAND_STAMP_REACH = 14 + 3 + 4 + 3 + 2
#: a reporter's title (``_REPORTER``) ends after an outlet (13 characters, 6 more for a
#: portal's name before its channel's: ``大众网·海报新闻``), a slash between blanks (5), a
#: rank (``全媒体``, 3) and the title itself (3)
_ROLE_CUE = re.compile(prefix_tree(["记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "特派员", "特派員"]))
_ROLE_REACH = 13 + 6 + 5 + 3 + 3
#: an outlet's last character and its blank or slash (``_OUTLET_BYLINE``), within
#: ``_OUTLET_REACH`` but the opening bracket
_OUTLET_CUE = re.compile(rf"[{_OUTLET_LAST}][{_BLANKS}／/]")
_OUTLET_CUE_REACH = _OUTLET_REACH - 1
#: what follows a lead's name (``_LEAD``: 2 to 16 characters) where a sub-name or a
#: separator follows, which :func:`_lead_item` needs
_LEAD_BREAK = re.compile(rf"[{_BLANKS}／/|｜丨]")
_LEAD_NAME_MIN, _LEAD_NAME_MAX = 2, 16
#: how ``_BRACKETED`` begins
_OPENING_BRACKETS = ("（", "(", "【", "[")


def _one_item(text: str, pos: int, out: MetaLine) -> int | None:
    """Parse one item at ``pos`` into ``out``; return where it ends, or ``None``.

    Each ``regex`` runs only where its cue shows (see ``_SEP_CUE``); a date starts with
    a digit.
    """
    first = not out.roles
    if text.startswith(_PLACE_LABELS, pos):
        p = (_PLACE_LABELLED if first else _PLACE).match(text, pos) or (_place_match(_PLACE_ALONE, text, pos) if first else None)
        if p:  # ``IP属地:北京``, ``发布于北京`` after a date
            out.roles.append("place")
            return p.end()
        p = None if first else _PLACE_ACCOUNT.match(text, pos)
        if p:  # ``发布于北京央视新闻官方账号``: Tencent glues the account to the place
            out.roles += ["place", "account"]
            return p.end()
    if out.roles and out.roles[-1] == "place":
        a = _ACCOUNT.match(text, pos)
        if a:  # ``… 发布于北京 财经头条官方账号``: what the poster is, closing the line
            out.roles.append("account")
            return a.end()
    if first and text.startswith("《", pos):
        b = _BOOK_LEAD.match(text, pos)
        if b is None:
            return None
        return _book_lead(text, b, out)
    if first and text[pos : pos + 1].isdigit():
        got = _sent_from(text, pos, out) or _read_time_date(text, pos, out)
        if got is not None:
            return got
    if first:
        got = _blog_stamp(text, pos, out)
        if got is not None:
            return got
    if first and text.startswith(_BY_WORDS, pos):
        got = _by_line(text, pos, out)
        if got is not None:
            return got
    if text[pos : pos + 1].isdigit() or text[pos : pos + 3] in _MONTHS:
        got = _english_date(text, pos, out)
        if got is not None:
            return got
    if first and text.startswith(_OPENING_BRACKETS, pos):
        got = _dateline_mark(text, pos, out)
        if got is not None:
            return got
    if first:
        got = _outlet_byline(text, pos, out) or _reports_outlet_byline(text, pos, out)
        if got is not None:
            return got
        if text.startswith(_WECHAT_MARKS, pos):
            got = _wechat_head(text, pos, out) or _marked_date(text, pos, out)
            if got is not None:
                return got
        if text.startswith(_ROLE_WORDS[:2], pos):
            got = _reporter_photographer(text, pos, out) or _closing_report(text, pos, out)
            if got is not None:
                return got
        got = _outlet_row(text, pos, out)
        if got is not None:
            return got
        if _DOT_CUE.search(text, pos, pos + _DOT_LEAD_REACH):
            got = _dot_lead(text, pos, out)
            if got is not None:
                return got
        if _EDITION_CUE.search(text, pos, pos + _EDITION_REACH) is not None:
            got = _edition_line(text, pos, out)
            if got is not None:
                return got
        lead = (
            _LEAD.match(text, pos)
            if _LEAD_BREAK.search(text, pos + _LEAD_NAME_MIN, pos + _LEAD_NAME_MAX + 1)
            else None
        )
        if lead:
            got = _lead_item(text, lead, out)
            if got is not None:
                return got
    m = _LABELLED.match(text, pos) if _SEP_CUE.search(text, pos, pos + _SEP_REACH) else None
    if m:
        role = _label_role(m)
        if role == "place":
            return None
        if not first:
            empty = _empty_field(text, m)
            if empty is not None:  # ``… 来源：河南省教育考试院 作者：``: a form left blank
                out.roles.append("empty")
                return empty
        if role == "date":
            update = m["label"] in _UPDATE_LABELS
            d = _date_at(text, m.end())
            if d:
                return _take_date(text, d, out, update=update)
            return _other_date(text, m.end(), out, update=update)
        if role == "field":
            v = _PHONE.match(text, m.end()) or _NAMES.match(text, m.end())
            if v is None:
                return None
            out.roles.append(role)
            return v.end()
        v = (_BANG_SITE.match(text, m.end()) if role == "site" else None) or _NAMES.match(text, m.end())
        if not v:
            return None
        value = v.group()
        if role == "author" and m["label"] in ("记者", "記者") and not m.captures("pre"):
            r = _REPORTER_NAMES.match(text, m.end())
            if r and r.end() >= v.end():
                out.authors.extend(_reporter_names(r["names"]))
                out.roles.append("author")
                out.labelled_author = True
                return r.end()
        own_desk = value.startswith(_OWN_DESK) and value[2:] in _CREDIT_ROLES
        if role == "author" and not own_desk and value not in _CREDIT_ROLES and _ROLE_CUE.search(value):
            # ``作者：大众网·海报新闻记者 赵国陆 济南报道``: an outlet's reporter credit as the value
            r = _REPORTER.match(text, m.end())
            names = _REPORTER_NAMES.match(text, r.end()) if r is not None and r["glued"] is None else None
            if names is not None and _reporter_names(names["names"]):
                out.authors.extend(_reporter_names(names["names"]))
                out.roles.append("author")
                out.labelled_author = True
                return names.end()
        if role == "author" and (value in _CREDIT_ROLES or own_desk):
            # ``文/记者 张三``, ``作者：本报记者 宋喜群``: the reporter's title, then the names
            r = _REPORTER_NAMES.match(text, _SPACE_RUN.match(text, v.end()).end())
            names = _reporter_names(r["names"]) if r else []
            if names:
                (out.wen if _authors_label(m) == "文" else out.authors).extend(names)
                out.roles.append("author")
                out.labelled_author = True
                return r.end()
        if role == "author" and (own_desk or value in _OWN_DESK):
            # ``作者：本报记者``, ``作者：本報`` naming nobody: the paper itself, no author
            out.roles.append("empty")
            return v.end()
        pro = _PRO_NAME.match(text, v.end()) if _PRO_TITLE.fullmatch(value) else None
        if pro is not None and _han_name(pro["name"]):
            # ``審稿／營養師 陳怡君``, ``文／醫師 王大明``: a professional's title, then the name
            value, v = pro["name"], pro
        names = _split_names(value)
        if role == "author":
            names = _people(names)
        bang = role == "site" and _BANG_SITE.fullmatch(value) is not None
        if not names or any(not _plausible_name(x) for x in names) and not bang:
            return None
        if m["label"] in _REPORT_LABELS and not all(_HAN_NAME_ONLY.fullmatch(x) for x in names):
            return None  # ``報導：美國總統今天表示…``: a report's words, no reporter
        if role == "author" and all(x in _OWN_DESK for x in names):
            out.roles.append("desk")  # ``作者：本报``: the paper's own desk, no person and no site name
            return v.end()
        if role == "author" and len(names) == 1 and _desk_credit(names[0]):
            out.sites.append(names[0])  # ``撰文：01新聞``: the desk of an outlet, no person
            out.roles += ["site", "desk"]
            return v.end()
        if role == "author":
            (out.wen if _authors_label(m) == "文" else out.authors).extend(names)
            out.labelled_author = True
            out.roles.append("author")
        elif role == "site":
            out.sites.append(value)
            out.roles.append("site")
            out.labelled_site = True
        else:
            out.roles.append(role)
            if m["label"] in _COMPILER_LABELS and not m.captures("pre"):
                out.compilers.extend(names)
        return v.end()
    m = _BARE_DATE_LABEL.match(text, pos) if _YEAR_CUE.search(text, pos, pos + _YEAR_REACH) else None
    if m:  # ``刊登於 2024-07-15``
        d = _DATE.match(text, m.end())
        return _take_date(text, d, out, update=m["label"] in _UPDATE_LABELS) if d else None
    m = _BARE_PARTIAL_LABEL.match(text, pos) if _YEAR_CUE.search(text, pos, pos + _YEAR_REACH) else None
    if m:  # ``發布於 05月15日10:30``
        return _partial_stamp(text, m.end(), out, update=m["label"] in _UPDATE_LABELS)
    if text.startswith(_FORUM_ROW_WORDS, pos):
        got = _forum_row(text, pos, out)
        if got is not None:
            return got
    if text.startswith(_BARE_CREDIT_LABELS, pos):
        got = _bare_credit(text, pos, out)
        if got is not None:
            return got
    if first and text.startswith(_GLUED_LABEL_WORDS, pos):
        got = _glued_date_label(text, pos, out)
        if got is not None:
            return got
    m = _REPORTER.match(text, pos) if _ROLE_CUE.search(text, pos, pos + _ROLE_REACH) else None
    if m is None and first:
        got = _glued_dateline(text, pos, out) or _reporter_place(text, pos, out)
        if got is not None:
            return got
    if m is None and first and _ROLE_CUE.search(text, pos + 2, pos + 7):
        got = _brand_reporter(text, pos, out)
        if got is not None:
            return got
    if m is None and first and _YEAR_CUE.search(text, pos, pos + _BRAND_STAMP_REACH):
        got = _brand_name_stamp(text, pos, out)
        if got is not None:
            return got
    if m and m["glued"] is None and text[m.end() : m.end() + 1].isascii():
        return _latin_reporter(text, m, out)
    if m:
        r = _reporter_names_at(text, m.end())
        if not r:
            return None
        cut = _names_before_lede(text, r) if m["org"] else None
        if cut is not None:  # ``极目新闻记者 黄雅卿 近日，…``: the lede's first word went with the names
            r = _REPORTER_NAMES.match(text, m.end(), cut)
        names = _reporter_names(r["names"])
        if not names or (m["glued"] is not None and not _han_name(names[0])):
            return None
        org = m["org"]
        if org and org not in ("本报", "本報", "本台", "本刊"):
            # ``环球网报道 记者``: "环球网 reports", set off by a blank (``21世纪经济报道`` is a name)
            spaced = text[m.end("org") : m.end("org") + 1] in _BLANKS
            org = regex.split("[·・•]", org)[0]  # ``大众网·海报新闻``: the portal
            org = org.removesuffix("客户端").removesuffix("客戶端") or org  # ``潮新闻客户端``: the outlet's app
            out.sites.append((_ORG_REPORTS.sub("", org) if spaced else "") or org)
            out.roles.append("site")
        out.authors.extend(names)
        out.roles.append("author")
        return r.end()
    d = _date_at(text, pos) if text[pos : pos + 1].isdigit() else None
    if d:
        return _take_date(text, d, out)
    if not first:
        f = _BARE_FIELD.match(text, pos)
        if f:  # ``… | 分類 汽車科技 , 電動車``: the section, closing the row
            out.roles.append("field")
            return f.end()
    if "date" in out.roles:
        t = _PAGE_TOOLS.match(text, pos)
        if t is not None:  # before a name's reading: ``分享到`` is nobody
            out.roles.append("tools")
            return t.end()
    if out.roles and out.roles[-1] == "date":
        o = _ORIGINAL_MARK.match(text, pos) if text.startswith(("[", "【"), pos) else None
        if o is not None:  # ``2026-12-05 10:22 [中关村在线 原创]``: the outlet's own story
            out.sites.append(o["site"])
            out.roles.append("site")
            return o.end()
        got = _time_after_day(text, pos, out)
        if got is not None:
            return got
        c = _CLIENT_AFTER_DATE.match(text, pos)
        if c:  # ``发表于 2024-05-16 10:21 东方财富Android版``: the app it was posted from
            out.roles.append("client")
            return c.end()
        f = _FROM_AFTER_DATE.match(text, pos)
        if f:  # ``2024年04月16日 10:51 来源于 财新网``
            out.sites.append(f["site"])
            out.roles.append("site")
            return f.end()
        a = None if out.sites else _ACCOUNT_AFTER_DATE.match(text, pos)
        if a is not None and (a["kind"] or a["follow"]):
            # ``2025-07-16 10:00 新民晚报官方百家号 关注``: the outlet's account and its follow button
            out.sites.append(a["site"])
            out.roles.append("site")
            return a.end()
        b = None if out.sites else _SITE_AFTER_DATE.match(text, pos)
        if b and _poster_not_site(text, b, out):  # ``2024-04-02 小葵``: a blog's poster
            out.authors.append(b["site"])
            out.roles.append("author")
            return b.end()
        if b:  # ``2025/03/06 14:41 中央社``: the outlet closes the date line
            out.sites.append(b["site"])
            out.roles.append("site")
            return b.end()
    if "date" in out.roles:
        return _row_tail(text, pos, out)
    return None


def _names_before_lede(text: str, r: regex.Match[str]) -> int | None:
    """Where an outlet's credit ends when its names ran on into the lede glued after it
    on the same line (``极目新闻记者 黄雅卿 近日，…``, ``聯合報記者 王小明 昨天…``): at the
    last blank inside the reading, if the names before it look like names. ``None`` where
    the reading closes at a blank or the line's end (nothing ran on)."""
    end = r.end()
    if end >= len(text) or text[end] in _BLANKS or _FINAL.match(text, end) is None and text[end] not in "，,、；;：:":
        return None
    cut = max(text.rfind(b, r.start(), end) for b in _BLANKS)
    if cut <= r.start():
        return None
    names = _reporter_names(text[r.start() : cut])
    if not names or not all(_han_name(x) for x in names):
        return None
    return cut


def _latin_reporter(text: str, m: regex.Match[str], out: MetaLine) -> int | None:
    """``記者 Lahok Mayaw 拉和克．馬耀 花蓮 光復``: one reporter, named in Latin script
    and (where given) in Han script, filling the line with the places after the names."""
    g = _LATIN_REPORTER.match(text, m.end())
    if g is None:
        return None
    out.authors.append(f"{g['latin']} {g['han']}" if g["han"] else g["latin"])
    out.roles.append("author")
    return g.end()


#: a newspaper's edition line: its title (and edition), the issue's date, the page:
#: ``新华每日电讯 2024年9月10日 第3版``, ``明報加東版（多倫多）2024年9月10日星期二``
_EDITION_LEAD = regex.compile(
    rf"(?P<org>\p{{Han}}{{2,10}}?)(?:[（(]\p{{Han}}{{2,6}}[)）])?{_SPACE}{{0,3}}(?=(?:19|20)\d\d年)"
)
_EDITION_TAIL = regex.compile(rf"{_SPACE}{{0,2}}(?:{_WEEKDAY})?(?P<page>{_SPACE}{{1,3}}第\d{{1,3}}版)?{_SPACE}*+$")
#: the cue of an edition line: the year after the title (``_EDITION_LEAD``), within reach
_EDITION_CUE = re.compile(r"(?:19|20)\d\d年")
#: (an opening bracket, the title, the edition's city in brackets, blanks, the year)
_EDITION_REACH = 1 + 10 + 8 + 3 + 5
#: how a paper's title ends, or an edition's name (``加東版``)
_EDITION_ORG_ENDS = ("报", "報", "版", "刊", "电讯", "電訊")


def _edition_line(text: str, pos: int, out: MetaLine) -> int | None:
    """A newspaper's edition line, filling its line: the title is the site, the issue's
    date the publication's. A title that no paper's ending shows is read only before the
    page number (``第3版``)."""
    e = _EDITION_LEAD.match(text, pos)
    d = _DATE.match(text, e.end()) if e is not None else None
    if d is None:
        return None
    tail = _EDITION_TAIL.match(text, d.end())
    if tail is None or not (tail["page"] or e["org"].endswith(_EDITION_ORG_ENDS)):
        return None
    value = _date_value(d)
    if value is None:
        return None
    out.sites.append(e["org"])
    out.roles.append("site")
    out.dates.append(value)
    out.roles.append("date")
    return tail.end()


def _empty_field(text: str, m: regex.Match[str]) -> int | None:
    """Where a labelled item that the CMS left blank ends (``作者：`` closing the row, or
    ``作者： 来源：…``): its value is nothing, or the next label. Never the line's first item."""
    end = m.end()
    if not text[end:].strip():
        return len(text)
    bare = len(m.group().rstrip(_BLANKS))
    if m.start() + bare < end and _LABELLED.match(text, end) is not None:
        return m.start() + bare
    return None


#: ``环球网报道``: the outlet's name is what comes before ``报道``
#: a dateline credit on a line of its own, name and place glued: ``中央社記者王小明台北20日電``,
#: ``新华社记者王小明北京20日电``
_GLUED_DATELINE = regex.compile(
    r"(?:(?P<org>\p{Han}{1,6}?(?:社|台|报|報|网|網))(?:特[约約])?|(?:特[约約])?)(?:记者|記者)"
    rf"(?P<run>\p{{Han}}{{4,7}})(?:\d{{1,2}}日(?:专电|專電|电|電)|报道|報導|报导|報道){_SPACE}*+$"
)


def _glued_dateline(text: str, pos: int, out: MetaLine) -> int | None:
    """``中央社記者王小明台北20日電`` alone on a line: a byline. Where the name ends is
    not written; a three-character name is assumed, two when only four characters hold
    the name and the place (as :func:`lede_credit` does)."""
    g = _GLUED_DATELINE.match(text, pos)
    if g is None:
        return None
    run = g["run"]
    cut = 2 if len(run) == 4 else 3
    name = run[:cut]
    if name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES:
        return None
    if g["org"] and g["org"] not in ("本报", "本報", "本台", "本刊"):
        out.sites.append(g["org"])
        out.roles.append("site")
    out.authors.append(name)
    out.roles.append("author")
    return g.end()


#: an outlet's reporter, glued, then the place reported from: ``鉅亨網記者魏志豪 台北``
#: (or its translator, no place: ``鉅亨網編譯陳韋廷``); the stamp may close the same row
#: (``鉅亨網記者林薏茹 台北 2026/12/05 14:32``), read as the next item
_REPORTER_PLACE = regex.compile(
    rf"(?P<org>\p{{Han}}{{1,6}}?(?:社|台|报|報|网|網))(?:(?:记者|記者)(?P<name>\p{{Han}}{{2,3}}){_SPACE}{{1,3}}"
    rf"(?P<place>\p{{Han}}{{2,4}})|(?:编译|編譯)(?P<tr>\p{{Han}}{{2,3}}))(?:{_SPACE}*+$|(?={_SPACE}{{1,3}}(?:19|20)\d\d\D))"
)


def _reporter_place(text: str, pos: int, out: MetaLine) -> int | None:
    """``鉅亨網記者魏志豪 台北`` alone on its line (or before the stamp): the name looks
    like a name, a known place (or one ending like one) closes the credit."""
    g = _REPORTER_PLACE.match(text, pos)
    name = g and (g["name"] or g["tr"])
    if g is None or not _han_name(name):
        return None
    place = g["place"]
    if place is not None and not (place.startswith(_DATELINE_PLACES) or place[-1] in _PLACE_LAST):
        return None
    if g["org"] not in _OWN_DESK:
        out.sites.append(g["org"])
        out.roles.append("site")
    out.authors.append(name)
    out.roles.append("author")
    return g.end()


#: an outlet's dateline mark opening a head row: ``【正報訊】``, ``【本报讯】``, ``（中央社訊）``,
#: ``【大紀元2026年10月11日訊】`` (the outlet, maybe its place and day, then 讯 or 专讯)
_DATELINE_MARK = regex.compile(
    r"(?:【(?P<a>[\p{Han}\d]{2,20}?)(?:专讯|專訊|讯|訊)】|\[(?P<b>[\p{Han}\d]{2,20}?)(?:专讯|專訊|讯|訊)\]"
    r"|[（(](?P<c>[\p{Han}\d]{2,20}?)(?:专讯|專訊|讯|訊)[）)])"
)
#: what may follow the outlet inside the mark: its desk's word, or a place and day
#: (``本報綜合訊``, ``本报北京4月30日讯``)
_MARK_TAIL = regex.compile(r"(?:綜合|综合)?|\p{Han}{0,4}(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日")
#: an outlet named before its day with no outlet's ending (``大紀元2026年10月11日``)
_MARK_DAY_OUTLET = regex.compile(r"(?P<org>\p{Han}{2,6})(?=\d)")
#: a reporter's credit glued after the mark, closed by its verb: ``記者梁志強報道``,
#: ``记者张三北京报道`` (name and place glued)
_MARK_CREDIT = regex.compile(
    rf"(?:{_RANK})?(?:记者|記者)(?P<run>\p{{Han}}{{2,7}}?)(?:报道|報導|报导|報道)(?=$|{_SPACE})"
)


def _mark_outlet(inner: str) -> str | None:
    """The outlet a dateline mark names (``""`` for the paper's own desk: ``本報``), or
    ``None`` where the bracket holds no outlet's mark (``【快訊】``, ``【資訊】`` are tags)."""
    if inner.startswith(_OWN_DESK):
        return ""
    o = _LEDE_OUTLET.match(inner)
    if o is not None and _MARK_TAIL.fullmatch(inner, o.end()) is not None:
        return o.group()
    d = _MARK_DAY_OUTLET.match(inner)
    if d is not None and _MARK_TAIL.fullmatch(inner, d.end()) is not None:
        return d["org"]
    return None


def _dateline_mark(text: str, pos: int, out: MetaLine) -> int | None:
    """``【正報訊】記者梁志強報道 2026年10月11日``: an outlet's dateline mark opening a head
    row; the outlet is the site, a reporter's credit and the date follow as items. The
    row never holds a glued body (``bare``): a mark before prose opens a lede, whose
    dateline stays in the text."""
    m = _DATELINE_MARK.match(text, pos)
    if m is None:
        return None
    org = _mark_outlet(m["a"] or m["b"] or m["c"])
    if org is None:
        return None
    out.bare = True
    if org:
        out.sites.append(org)
        out.roles.append("site")
    else:
        out.roles.append("desk")
    end = m.end()
    c = _MARK_CREDIT.match(text, end)
    if c is not None:
        run = c["run"]
        name = run if len(run) <= 3 and _han_name(run) else _glued_name_place(run)
        if name is not None:
            out.authors.append(name)
            out.roles.append("author")
            return c.end()
    if end < len(text) and text[end] not in _BLANKS:  # ``【本報訊】記者 梁志強``: the next item, glued
        return _one_item(text, end, out)
    return end


_ORG_REPORTS = regex.compile(r"(?:报道|報導)$")
#: a short brand glued to the reporter's title, the credit filling its line: ``南都记者 李玲
#: 发自广州``, ``央視記者 王明``
_BRAND_REPORTER = regex.compile(
    rf"\p{{Han}}{{2,4}}(?:记者|記者){_SPACE}{{1,3}}(?P<names>{_HAN_NAME}(?:(?:{_SPACE}{{1,3}}|、)(?![发發]自|\p{{Han}}{{1,6}}(?:报道|報導|報道){_SPACE}*+$){_HAN_NAME}){{0,3}})"
    rf"(?:{_SPACE}{{1,3}}(?:[发發]自\p{{Han}}{{2,8}}|\p{{Han}}{{2,6}}(?:报道|報導|報道)))?{_SPACE}*+$"
)


#: the outlet in brackets with its originality mark after a head row's stamp, a channel
#: between them at most (``[中关村在线 原创]``, ``【太平洋電腦網 手機頻道 原創】``)
_ORIGINAL_MARK = regex.compile(
    rf"[\[【]{_SPACE}{{0,2}}(?P<site>[\p{{Han}}A-Za-z0-9]{{2,12}})(?:{_SPACE}{{1,2}}\p{{Han}}{{1,6}}(?:频道|頻道))?"
    rf"{_SPACE}{{1,2}}(?:原创|原創|独家|獨家|首发|首發){_SPACE}{{0,2}}[\]】]"
)
#: a brand, its writer's name and the stamp, set off by blanks, as sports and tech apps print
#: the head row (``懂球帝 周远 2026-12-04 22:18``, ``虎撲 陳志明 2026/12/04 22:18``): the
#: stamp is read as the next item, which must close the row
_BRAND_NAME_STAMP = regex.compile(
    rf"(?P<site>\p{{Han}}{{2,8}}|[A-Za-z][A-Za-z0-9]{{1,15}}\p{{Han}}{{0,6}}){_SPACE}{{1,3}}(?P<name>\p{{Han}}{{2,4}})"
    rf"(?={_SPACE}{{1,3}}(?:19|20)\d\d[-/.年])"
)


def _brand_name_stamp(text: str, pos: int, out: MetaLine) -> int | None:
    """``懂球帝 周远 2026-12-04 22:18``: no role word and no outlet ending, so the name must
    look like a name, the brand must not, and the row must be nothing but the stamp after
    them (prose has no date with a year after two words and blanks)."""
    b = _BRAND_NAME_STAMP.match(text, pos)
    if b is None or not _han_name(b["name"]) or _han_name(b["site"]) or is_division_name(b["site"]):
        return None
    d = _date_at(text, _SPACE_RUN.match(text, b.end()).end())
    if d is None or text[d.end() :].strip():
        return None
    out.sites.append(b["site"])
    out.authors.append(b["name"])
    out.roles += ["site", "author"]
    out.bare = True
    return b.end()


def _brand_reporter(text: str, pos: int, out: MetaLine) -> int | None:
    """``南都记者 李玲 发自广州``: a brand too short to show it is an outlet (no 报, 社, 网…)
    before the reporter's title; read only where the names look like names and nothing
    else is on the line (prose has ``多名记者 …`` too)."""
    b = _BRAND_REPORTER.match(text, pos)
    if b is None:
        return None
    names = _split_names(b["names"])
    if not names or not all(_han_name(x) for x in names):
        return None
    out.authors.extend(names)
    out.roles.append("author")
    return b.end()


#: common Chinese surnames, both scripts (the first ~200 by frequency in the mainland and
#: Taiwan, less those that are everyday words first: 文, 国, 时, 和, 平, 明, 海, 原, 信…): an
#: unlabelled name (``工商時報 魏喬怡``, ``文字 林佳慧``) is read only when it starts with one
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖蕭萧萧董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方"
    "白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔汤湯常温溫康施"
    "牛樊葛邢齐齊乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚舒阮柯"
    "纪紀梅童凌毕畢裴霍涂塗苗谷盛翁冉骆駱蓝藍游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解艾尤穆卓古简簡"
    "车車项項连連麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂佟臧闵閔邝鄺姬巫冼赖賴洪"
    "官池查迟遲鄞粘"
)
#: an outlet's name before its reporter's, unlabelled: ends in 時報, 日報, 新聞, 週刊, 社, 網…
_OUTLET = (
    r"(?:[A-Za-z]{1,8})?\p{Han}{1,8}?(?:时报|時報|日报|日報|晚报|晚報|早报|早報|商报|商報|报|報|新闻|新聞|"
    r"周刊|週刊|杂志|雜誌|社|网|網|电视|電視|电视台|電視台|電視臺|电台|電台|電臺|传媒|傳媒)"
)
_OUTLET_BYLINE = regex.compile(rf"(?P<org>{_OUTLET})(?:{_SPACE}{{1,3}}|{_SPACE}{{0,2}}[／/]{_SPACE}{{0,2}})(?=\p{{Han}})")


#: surnames of two characters, which make a four-character name
_COMPOUND_SURNAMES = tuple("欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 公孙 公孫 慕容 夏侯".split())
_HAN_NAME_2_3 = regex.compile(r"\p{Han}{2,3}")
_HAN_NAME_4 = regex.compile(r"\p{Han}{4}")


def _han_name(name: str) -> bool:
    """A person's name, unlabelled: two or three Han characters after a common surname,
    or four after a two-character one (a place and ``報導`` make four too: ``高雄報導``)."""
    if name.startswith(_COMPOUND_SURNAMES):
        return _HAN_NAME_4.fullmatch(name) is not None
    return name[:1] in _SURNAMES and _HAN_NAME_2_3.fullmatch(name) is not None


def _outlet_byline(text: str, pos: int, out: MetaLine) -> int | None:
    """``工商時報 魏喬怡``, ``中央社／張三、李四``: an outlet, then reporters' names, filling
    the line (a dateline may close it). Without a role word the names must look like names."""
    if _OUTLET_CUE.search(text, pos, pos + _OUTLET_CUE_REACH) is None:
        return None
    o = _OUTLET_BYLINE.match(text, pos)
    if o is None or o["org"] in ("本报", "本報"):
        return None
    r = _REPORTER_NAMES.match(text, o.end())
    if r is None or text[r.end() :].strip():
        return None
    words = _split_names(r["names"])
    names = _people([x for x in words if x not in _CREDIT_ROLES])  # a dateline's place goes
    # after a role word (``工商時報 記者 魏喬怡``) names need no surname test; a city is
    # an edition's, no name (``星島日報 溫哥華``)
    if not names or any(x in _EDITION_PLACES for x in names) or not all(_han_name(x) or (words[0] in _CREDIT_ROLES and _LEDE_NAME.fullmatch(x)) for x in names):
        return None
    out.sites.append(o["org"])
    out.roles.append("site")
    out.authors.extend(names)
    out.roles.append("author")
    out.bare = True
    return r.end()


#: an outlet whose name ends as a dateline does (``21世纪经济报道``), a reporter, and the
#: place of the report closing the line: ``21世纪经济报道 郑青亭 广州报道``
_REPORTS_OUTLET_BYLINE = regex.compile(
    rf"(?P<org>[A-Za-z0-9]{{0,4}}\p{{Han}}{{2,8}}?(?:报道|報導)){_SPACE}{{1,3}}(?P<name>\p{{Han}}{{2,4}})"
    rf"{_SPACE}{{1,3}}(?P<place>\p{{Han}}{{2,4}}?)(?:报道|報導){_SPACE}*+$"
)
_REPORTS_CUE = ("报道 ", "報導 ", "报道\u3000", "報導\u3000")


def _reports_outlet_byline(text: str, pos: int, out: MetaLine) -> int | None:
    """``21世纪经济报道 郑青亭 广州报道``: an outlet named as a report is, whose last word
    :func:`_outlet_byline` reads as no outlet's; the name must look like one, the place
    like a dateline's, and the line must end with the report."""
    if not any(c in text for c in _REPORTS_CUE) or not text.rstrip().endswith(("报道", "報導")):
        return None
    g = _REPORTS_OUTLET_BYLINE.match(text, pos)
    if g is None or not _han_name(g["name"]):
        return None
    place = g["place"]
    if not (place.startswith(_DATELINE_PLACES) or place[-1] in _PLACE_LAST):
        return None
    out.sites.append(g["org"])
    out.roles.append("site")
    out.authors.append(g["name"])
    out.roles.append("author")
    return g.end()


#: how the rows :func:`_forum_row` reads begin
_FORUM_ROW_WORDS = ("作者", "時間", "时间", *_FORUM_LABELS)
#: ``作者 mrchen1988 (陳小明)``: a user id, then the nickname in brackets
_FORUM_AUTHOR = regex.compile(
    rf"作者{_SPACE}{{1,4}}(?P<id>[A-Za-z][A-Za-z0-9_]{{1,15}}){_SPACE}{{0,2}}[(（][^()（）\n]{{0,24}}[)）]"
)
#: ``看板 Stock``: the board, a word
_FORUM_BOARD = regex.compile(rf"看板{_SPACE}{{1,4}}[A-Za-z0-9_\-]{{1,20}}(?=$|{_SPACE})")
#: ``標題 [新聞] 台積電4月營收…``: the headline fills the row
_FORUM_TITLE = regex.compile(rf"(?:標題|标题){_SPACE}{{1,4}}(?P<title>\S[^\n]{{0,{TITLE_MAX - 1}}}?){_SPACE}*+$")
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
#: ``時間 Fri May 10 14:32:18 2024``: C's ``ctime`` stamp, as PTT prints it
_FORUM_TIME = regex.compile(
    rf"(?:時間|时间){_SPACE}{{1,4}}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<mon>{'|'.join(_MONTHS)}) {{1,2}}(?P<d>\d{{1,2}}) "
    r"(?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2}) (?P<y>(?:19|20)\d\d)(?!\d)"
)


def _forum_row(text: str, pos: int, out: MetaLine) -> int | None:
    """A row of a PTT-style forum header (``作者 id (nick)`` / ``看板 Stock`` / ``標題 …`` /
    ``時間 Fri May 10 14:32:18 2024``): the user id is the author, the headline is kept as
    printed (its ``[新聞]`` tag too), the ``ctime`` stamp is the date."""
    if (a := _FORUM_AUTHOR.match(text, pos)) is not None:
        out.authors.append(a["id"])
        out.roles.append("author")
        return a.end()
    if (b := _FORUM_BOARD.match(text, pos)) is not None:
        out.roles.append("board")
        return b.end()
    if (t := _FORUM_TITLE.match(text, pos)) is not None:
        if _FINAL.search(t["title"][-1:]) or out.title is not None:
            return None
        out.title = t["title"]
        out.roles.append("title")
        return t.end()
    if (c := _FORUM_TIME.match(text, pos)) is not None:
        y, mo, d = int(c["y"]), _MONTHS[c["mon"]], int(c["d"])
        h, mi, sec = int(c["H"]), int(c["M"]), int(c["S"])
        if not _valid(y, mo, d) or h > 23 or mi > 59 or sec > 59:
            return None
        out.dates.append(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{sec:02d}")
        out.roles.append("date")
        return c.end()
    return None


def _bare_credit(text: str, pos: int, out: MetaLine) -> int | None:
    """``文字 林佳慧``, ``攝影 陳建宏``: a credit label set off by blanks alone, before
    names that look like names. A writer is an author; a photographer or an editor is
    credited, never an author (as with ``攝影:``)."""
    b = _BARE_CREDIT.match(text, pos)
    if b is None:
        return None
    if b["latin"] is not None:  # ``作者 Jing Lin``: the regex asks it to fill the line
        names = [b["latin"]]
    else:
        names = b["names"].split("、")
        if not all(_han_name(x) for x in names):
            return None
    role = _LABELS[b["label"]]
    if role == "author":
        out.authors.extend(names)
    elif b["label"] in _COMPILER_LABELS:
        out.compilers.extend(names)  # the author where no one else is named (:func:`_settle`)
    out.roles.append(role)
    out.bare = True
    return b.end()


#: labels of the poster's location; the place is a short Han word closing the item
_PLACE_LABELS = ("发布于", "發布於", "發佈於", "IP属地", "IP屬地", "ip属地")
_PLACE_END = rf"(?=$|{_SPACE}|[|｜丨,，;；])"
_PLACE_ALT = "|".join(_PLACE_LABELS)
#: alone on a line the label needs its colon: ``发布于北京`` may open a sentence
_PLACE_LABELLED = regex.compile(rf"(?:{_PLACE_ALT}){_SPACE}{{0,2}}[:：]{_SPACE}{{0,2}}\p{{Han}}{{2,8}}{_PLACE_END}")
_PLACE = regex.compile(rf"(?:{_PLACE_ALT})(?:{_SPACE}{{0,2}}[:：])?{_SPACE}{{0,2}}\p{{Han}}{{2,8}}{_PLACE_END}")
#: the poster's description after a location: ``财经头条官方账号``
_ACCOUNT = regex.compile(rf"\p{{Han}}{{0,10}}(?:账号|帳號|賬號|账户|帳戶|賬戶|创作者|創作者|作者){_SPACE}*+$")
#: a place glued to the poster's account, closing a date line (``发布于北京央视新闻官方账号``):
#: a province or city is two or three characters
_PLACE_ACCOUNT = regex.compile(
    rf"(?:{_PLACE_ALT}){_SPACE}{{0,2}}\p{{Han}}{{2,3}}?\p{{Han}}{{1,10}}?(?:官方账号|官方帳號|官方賬號|账号|帳號|賬號|创作者|創作者){_SPACE}*+$"
)
#: a first item before a date: an outlet (``腾讯新闻 2024-06-14``, ``風傳媒 / 風傳媒評論 2024-05-07``)
#: or a section before a labelled date (``港聞 | 發布時間:…``); or a desk's credit
#: (``生活中心 / 綜合報導``). An app's brand ends in a plus (``南方+ 2026-06-09 14:20``,
#: ``新湖南+``), in place of a Latin tail (so the name stays within 16 characters)
_LEAD = regex.compile(
    rf"(?P<name>\p{{Han}}{{2,8}}(?:[A-Za-z][A-Za-z0-9]{{1,7}}|[+＋])?|[A-Za-z][A-Za-z0-9]{{1,15}})"
    rf"(?:(?P<slash>{_SPACE}{{0,2}}[／/]{_SPACE}{{0,2}})(?P<sub>\p{{Han}}{{2,10}}))?"
    rf"(?P<sep>{_SPACE}{{0,2}}[|｜丨]{_SPACE}{{0,2}}|{_SPACE}{{1,3}})?"
)
_DESK = regex.compile(r"(?:綜合|综合)(?:外電|外电)?(?:報導|报道|报导)|(?:報導|报道)")


#: how the label of a column or section ends, where a date without its time follows it
#: alone (``商周頭條 2024.05.16``, ``今日要聞 2024-05-16``): a site's name must show the
#: time too, as a name in prose would not
_COLUMN_ENDS = ("头条", "頭條", "专栏", "專欄", "要闻", "要聞", "快讯", "快訊", "观察", "觀察", "评论", "評論", "专题", "專題")


def _lead_item(text: str, lead: regex.Match[str], out: MetaLine) -> int | None:
    """The first item of a line when an outlet, section or desk name opens it.

    A reporter's title opening the name (``記者陳心怡／綜合報導``) makes it a reporter's
    credit, which ``_REPORTER`` reads with its names: no desk."""
    if lead["name"].startswith(_REPORTER_TITLES):
        return None
    if lead["sub"] and not lead["sep"] and lead.end() == len(text.rstrip()) and _DESK.fullmatch(lead["sub"]):
        out.roles.append("desk")
        if lead["name"][-1] in _OUTLET_LAST:  # ``民視新聞／綜合報導``: the outlet's own desk
            out.sites.append(lead["name"])
        return lead.end("sub")
    got = _bar_date(text, lead, out)
    if got is not None:
        return got
    sep = lead["sep"]
    if not sep or lead["name"] in _LABELS:  # ``刊登於 2018-05-13``: a label without its colon
        return None
    if lead["name"].endswith(("于", "於")):  # ``X于 2025-…``: when something happened, no outlet
        return None
    nxt = lead.end()
    if sep.strip():  # a section, then a labelled date
        got = _desk_byline(text, lead, out)
        if got is not None:
            return got
        m = _LABELLED.match(text, nxt)
        if m is None or _LABELS[m["label"]] != "date" or lead["sub"]:
            return None
        out.roles.append("section")
        return lead.end("name")
    d = _DATE.match(text, nxt)
    if d is not None and d["H"] is None and not lead["sub"] and lead["name"].endswith(_COLUMN_ENDS):
        # ``商周頭條 2024.05.16``: a column's label and the day (see ``_COLUMN_ENDS``)
        if _date_value(d) is None or text[_skip_filler(text, d.end()) :].strip():
            return None
        out.roles.append("section")
        return lead.end("name")
    if d is not None and d["H"] is None and _outlet_over_day(text, lead, d):
        # ``點新聞 2025-09-01``: an outlet's name and the day alone (see :func:`_outlet_over_day`)
        out.sites.append(lead["name"])
        out.roles.append("site")
        return lead.end("name")
    if d is None or d["H"] is None or _iso(d) is None:  # a stamp to the minute, as portals print it
        return None
    if _TZ_ALONE.fullmatch(lead["name"]):  # ``台北時間 2024-05-17 10:00``: a zone, no outlet
        out.roles.append("zone")
        return lead.end("name")
    out.sites.append(lead["name"])
    out.roles.append("site")
    return lead.end("sub") if lead["sub"] else lead.end("name")


#: the bar or slash between an outlet and its stamp: ``澳廣視新聞｜2026-11-27 20:15``,
#: ``鏡新聞 / 2026年11月23日 10:20``
_BAR_DATE = regex.compile(rf"{_SPACE}{{0,2}}[|｜丨／/]{_SPACE}{{0,2}}(?=\d)")


def _bar_date(text: str, lead: regex.Match[str], out: MetaLine) -> int | None:
    """``澳廣視新聞｜2026-11-27 20:15``, ``鏡新聞 / 2026年11月23日 10:20``: an outlet, a bar
    or a slash, then its stamp to the minute. The name must end as an outlet's does (a
    section's, ``港聞 | 發布時間:…``, is read with its label) and the time must be there,
    as a name in prose before a slash and a day would not show one."""
    name, at = lead["name"], lead.end("name")
    if name.endswith("丨"):  # a Han character as a bar (``新京报丨2026-…``): the name takes it
        name, at = name[:-1], at - 1
    if len(name) < 2 or not (name.endswith(_SITE_ENDINGS) or name[-1] in _OUTLET_LAST):
        return None
    bar = _BAR_DATE.match(text, at)
    d = _DATE.match(text, bar.end()) if bar is not None else None
    if d is None or d["H"] is None or _iso(d) is None:
        return None
    out.sites.append(name)
    out.roles.append("site")
    return _take_date(text, d, out)


def _outlet_over_day(text: str, lead: regex.Match[str], d: regex.Match[str]) -> bool:
    """``點新聞 2025-09-01``, ``新华网 2025年9月1日``: a day's date without its time may
    follow a name only where the name ends as an outlet's does (a Han name: a poster's or
    a place's would not) and the date is complete, valid and closes the line."""
    name = lead["name"]
    if lead["sub"] or not _HAN.match(name[-1]) or not (name.endswith(_SITE_ENDINGS) or name[-1] in _OUTLET_LAST):
        return False
    return _iso(d) is not None and not text[_skip_filler(text, d.end()) :].strip()


#: a reporter and the desk's word after an outlet and a bar: ``新頭殼newtalk | 林朝億 綜合報導``
_DESK_BYLINE = regex.compile(
    rf"(?P<names>\p{{Han}}{{2,4}}(?:、\p{{Han}}{{2,4}}){{0,3}}){_SPACE}{{0,2}}[／/]?{_SPACE}{{0,2}}"
    rf"(?:綜合|综合)?(?:外電|外电)?(?:報導|报道|报导){_SPACE}*+$"
)


def _desk_byline(text: str, lead: regex.Match[str], out: MetaLine) -> int | None:
    """``新頭殼newtalk | 林朝億 綜合報導``: the outlet, a bar, then who reports, filling the
    line; the names must look like names (a surname first)."""
    d = None if lead["sub"] else _DESK_BYLINE.match(text, lead.end())
    if d is None:
        return None
    names = d["names"].split("、")
    if not all(_han_name(x) for x in names):
        return None
    out.sites.append(lead["name"])
    out.authors.extend(names)
    out.roles += ["site", "author"]
    return d.end()


def _book_lead(text: str, b: regex.Match[str], out: MetaLine) -> int | None:
    """``《星洲网》发布: 10:15am 18/05/2024``: the outlet in title marks is the site; the
    labelled date after it must parse (prose quotes a book before a colon too)."""
    out.sites.append(b["name"])
    out.roles.append("site")
    got = _one_item(text, b.end(), out)
    if got is None or out.roles[-1] != "date":
        return None
    return got


#: titles that make a desk credit a reporter's (``記者陳心怡／綜合報導``)
_REPORTER_TITLES = ("记者", "記者", "实习记者", "實習記者", "特约记者", "特約記者")
#: a token of WeChat's head line: an author's or an account's name, no blanks
_WX_TOKEN = r"[^\s\d:：][^\s]{0,19}"
#: WeChat's head line: the originality mark, the author (when the account credits one),
#: the account, then the date (see :func:`_wechat_head`)
_WECHAT = regex.compile(
    rf"(?:原创|原創){_SPACE}{{0,2}}[:：]?{_SPACE}{{0,3}}"
    rf"(?:(?P<author>{_WX_TOKEN}){_SPACE}{{1,3}})?(?P<account>{_WX_TOKEN}){_SPACE}{{1,3}}(?=\d)"
)
#: the poster's place closing WeChat's head line (``… 07:30 北京``)
_WX_PLACE = regex.compile(rf"{_SPACE}{{1,3}}\p{{Han}}{{2,6}}{_SPACE}*+$")


def _desk_credit(name: str) -> bool:
    """A credit's value that names an outlet (``01新聞``, ``自由時報``) and no person."""
    return len(name) >= 3 and name.endswith(_SITE_ENDINGS) and not _han_name(name)


def _marked_date(text: str, pos: int, out: MetaLine) -> int | None:
    """``原创2025-11-03 12:30·快科技``: Toutiao marks its own posts as original before the
    date, glued or after a blank; the mark is no item, the date is."""
    d = _DATE.match(text, _SPACE_RUN.match(text, pos + 2).end())
    if d is None or d.start() - pos > 4:
        return None
    return _take_date(text, d, out)


#: a reporter and a photographer split by a slash (``記者 林宜萱 / 攝影 王大明 報導``,
#: ``记者张伟／摄影李明``): the reporter is the author, the photographer no author
_REPORTER_PHOTOGRAPHER = regex.compile(
    rf"(?:记者|記者){_SPACE}{{0,2}}(?P<names>\p{{Han}}{{2,4}}(?:[、,，]\p{{Han}}{{2,4}}){{0,3}})"
    rf"{_SPACE}{{0,2}}[／/|｜]{_SPACE}{{0,2}}(?:摄影|攝影|摄像|攝像|影像|图|圖)(?:记者|記者)?{_SPACE}{{0,2}}[:：]?{_SPACE}{{0,2}}"
    rf"\p{{Han}}{{2,4}}?(?:[、,，]\p{{Han}}{{2,4}}?){{0,3}}(?:{_SPACE}{{0,2}}(?:报道|報導|报导|報道))?{_SPACE}*+$"
)


#: a reporter credited in a closing sentence, the verb glued to the name (RTHK, TVB:
#: ``記者李俊杰報道。``; 報道 is Hong Kong's spelling of 報導)
_CLOSING_REPORT = regex.compile(
    rf"(?:记者|記者){_SPACE}{{0,2}}(?P<name>\p{{Han}}{{2,4}}?)(?:报道|報導|报导|報道)。{_SPACE}*+$"
)


def _closing_report(text: str, pos: int, out: MetaLine) -> int | None:
    """``記者李俊杰報道。``: the author in the sentence that closes the article; it ends the
    article (the next headline's body must not take it for its byline). The full stop
    shows the closing sentence, and the name must look like one."""
    m = _CLOSING_REPORT.match(text, pos)
    if m is None or not _han_name(m["name"]):
        return None
    out.authors.append(m["name"])
    out.roles += ["author", "endcredit"]
    return m.end()


def _reporter_photographer(text: str, pos: int, out: MetaLine) -> int | None:
    """A mobile byline naming the reporter, then after a slash the photographer."""
    m = _REPORTER_PHOTOGRAPHER.match(text, pos)
    if m is None:
        return None
    names = _split_names(m["names"])
    if not names or not all(_han_name(x) for x in names):
        return None
    out.authors.extend(names)
    out.roles += ["author", "field"]
    out.labelled_author = True
    return m.end()


def _wechat_head(text: str, pos: int, out: MetaLine) -> int | None:
    """``原创 陈晓 晚点LatePost 2024-05-16 07:30 北京``: WeChat's head line, filling its line.

    The account is the site; a name before it is the author. The date may lack its year
    (``5月16日``, older pages); a place may close the line (where the author posted)."""
    w = _WECHAT.match(text, pos)
    if w is None:
        return None
    d = _DATE.match(text, w.end())
    if d is not None:
        date = _date_value(d)
        if date is None:
            return None
    else:
        d = _PARTIAL_DATE.match(text, w.end())
        if d is None:
            return None
        date = d.group()
    end = _skip_filler(text, d.end())
    place = _WX_PLACE.match(text, end)
    if place is not None:
        end = place.end()
    if text[end:].strip():
        return None
    if w["author"]:
        out.authors.append(w["author"])
        out.roles.append("author")
    out.sites.append(w["account"])
    out.roles.append("site")
    out.dates.append(date)
    out.roles.append("date")
    return end


#: a portal's info row, unlabelled: the outlet, its app, the reporter, the time
#: (``21世纪经济报道 21财经APP 李愿 2024-06-03 07:00``)
_OUTLET_ROW = regex.compile(
    rf"(?P<site>\d{{0,4}}\p{{Han}}{{1,8}}?(?:报道|報導|报|報|网|網|社|新闻|新聞|台))"
    rf"(?:{_SPACE}{{1,3}}[\p{{Han}}\d]{{0,8}}(?:APP|App|app|客户端|客戶端))?"
    rf"{_SPACE}{{1,3}}(?P<name>\p{{Han}}{{2,3}}){_SPACE}{{1,3}}(?=(?:19|20)\d\d)"
)


def _outlet_row(text: str, pos: int, out: MetaLine) -> int | None:
    """``21世纪经济报道 21财经APP 李愿 2024-06-03 07:00``: read only where the name looks like
    a name and a date to the minute closes the line."""
    o = _OUTLET_ROW.match(text, pos)
    if o is None or not _han_name(o["name"]):
        return None
    d = _DATE.match(text, o.end())
    if d is None or d["H"] is None or text[_skip_filler(text, d.end()) :].strip():
        return None
    trial = MetaLine(end=0)
    if _take_date(text, d, trial) is None:
        return None
    out.sites.append(o["site"])
    out.authors.append(o["name"])
    out.roles += ["site", "author"]
    return _take_date(text, d, out)


#: ``36氪的朋友们·2024年05月16日 08:02``: a name, a middle dot, a date to the minute
_DOT_LEAD = regex.compile(
    rf"(?P<name>[\p{{Han}}A-Za-z0-9]{{2,16}}){_SPACE}{{0,2}}[{_NAME_DOTS}]{_SPACE}{{0,2}}(?=(?:19|20)\d\d)"
)
_DOT_CUE = re.compile(f"[{_NAME_DOTS}]")
_DOT_LEAD_REACH = 16 + 2 + 1


def _dot_lead(text: str, pos: int, out: MetaLine) -> int | None:
    """An account's (or column's) name and the time it posted, set off by a middle dot,
    as 36氪 and other platforms print a head line: the name is the site."""
    m = _DOT_LEAD.match(text, pos)
    if m is None or m["name"].isdigit():
        return None
    d = _DATE.match(text, m.end())
    if d is None or d["H"] is None or _iso(d) is None:  # a stamp to the minute, as in ``_lead_item``
        return None
    out.sites.append(m["name"])
    out.roles.append("site")
    return _take_date(text, d, out)


#: an outlet's name, unlabelled, ending a line that began with a date
_FROM_AFTER_DATE = regex.compile(
    rf"(?:来源于|來源於|来自|來自){_SPACE}{{0,3}}(?P<site>\p{{Han}}{{2,10}}|[A-Za-z][A-Za-z0-9.]{{1,30}}){_SPACE}*+$"
)
#: the app a forum post or comment was sent from, closing its date line: ``东方财富Android版``,
#: ``來自 iPhone 客戶端``, ``雪球iOS版``, ``网页版``
_CLIENT_AFTER_DATE = regex.compile(
    rf"(?:来自|來自)?{_SPACE}{{0,2}}\p{{Han}}{{0,8}}{_SPACE}{{0,2}}"
    r"(?:Android|iPhone|iPad|iOS|IOS|HarmonyOS|鸿蒙|鴻蒙|安卓|苹果|蘋果|网页|網頁|手机|手機|电脑|電腦|PC|Web|WAP)"
    rf"{_SPACE}{{0,2}}(?:版|客户端|客戶端|端|App|APP){_SPACE}*+$"
)
#: (closing the line, or before a labelled credit: ``2024年06月03日 08:05  汽车之家  编辑：张博宇``;
#: a site named by its domain: ``2025年10月14日 10:28 cnBeta.COM``)
_LATIN_SITE = r"[A-Za-z][A-Za-z0-9\-]{1,20}\.[A-Za-z]{2,4}(?![A-Za-z0-9.])"
_SITE_AFTER_DATE = regex.compile(
    rf"(?P<site>\p{{Han}}{{2,8}}|{_LATIN_SITE}|[A-Z][A-Za-z]{{1,15}}(?: [A-Z][A-Za-z]{{1,15}}){{0,2}})"
    rf"(?:{_SPACE}*+$|(?=(?:{_SPACE}{{1,4}}|{_SPACE}{{0,4}}[|｜丨]{_SPACE}{{0,4}})(?:{_LABEL_ALT}){_SPACE}{{0,4}}[|｜丨/／:：]))"
)


#: an outlet's account on a portal's creator platform closing a date line, often with the
#: follow button after it (``新民晚报官方百家号 关注``, ``北京青年報頭條號 + 關注``)
_ACCOUNT_AFTER_DATE = regex.compile(
    rf"(?P<site>\p{{Han}}{{2,10}}?)(?P<kind>官方百家号|官方百家號|百家号|百家號|官方头条号|官方頭條號|头条号|頭條號|企鹅号|企鵝號|网易号|網易號|搜狐号|搜狐號)?"
    rf"(?:{_SPACE}{{1,3}}(?P<follow>(?:[+＋]{_SPACE}{{0,1}})?(?:关注|關注|已关注|已關注|订阅|訂閱)))?{_SPACE}*+$"
)


#: the section named after blanks closing a head row (``發布日期 … | 分類 汽車科技 , 電動車``)
_BARE_FIELD = regex.compile(
    rf"(?:分類|分类|類別|类别|欄目|栏目|標籤|标签){_SPACE}{{1,4}}[^\s|｜丨:：,，、/。！？!?]{{1,12}}"
    rf"(?:{_SPACE}{{0,2}}[,，、/]{_SPACE}{{0,2}}[^\s|｜丨:：,，、/。！？!?]{{1,12}}){{0,5}}{_SPACE}*+$"
)
#: a time set off from its day's date by a bar (``發布 2024.12.08 | 18:42``)
_BARE_TIME = regex.compile(rf"(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?![\d:：]){_SPACE}*+$")
_ISO_DAY = regex.compile(r"\d{4}-\d\d-\d\d")


#: what a CMS prints after the head row's items, closing it: the font-size picker and the
#: page's buttons (``字号：[大 中 小]　打印本页　关闭窗口``, ``【字體：大 中 小】【列印】【關閉】``,
#: ``分享到``): read as furniture of the row, never as a value
_TOOL_WORD = (
    r"(?:打印本页|打印本頁|打印此页|打印此頁|打印文章|打印|列印本頁|列印本页|列印|关闭窗口|關閉窗口|关闭视窗|關閉視窗|关闭本页|關閉本頁"
    r"|关闭|關閉|分享到|分享|收藏本页|收藏本頁|收藏|返回顶部|返回頂部|返回列表|返回)"
)
_FONT_SIZE = (
    rf"[【\[]?(?:字号|字號|字体|字體)(?:{_SPACE}{{0,2}}[:：])?{_SPACE}{{0,2}}[【\[(（]?"
    rf"[大中小](?:{_SPACE}{{0,2}}[|｜丨/]?{_SPACE}{{0,2}}[大中小]){{1,2}}[】\])）]?(?:{_SPACE}{{0,2}}[】\]])?"
)
_TOOL = rf"(?:{_FONT_SIZE}|[【\[]{_SPACE}?{_TOOL_WORD}{_SPACE}?[】\]]|{_TOOL_WORD})"
_PAGE_TOOLS = regex.compile(rf"{_TOOL}(?:(?:{_SPACE}{{1,4}}|{_SPACE}{{0,4}}[|｜丨]{_SPACE}{{0,4}})?{_TOOL}){{0,7}}{_SPACE}*+$")
#: a labelled field the reader does not know, after the row's date (``供稿单位：校团委``,
#: ``浏览次数：2356``, ``有效性：有效``): read as a field, so that it does not hide the date,
#: source and author around it; its value may be left empty where the line ends
_OTHER_FIELD = regex.compile(
    rf"(?P<label>\p{{Han}}{{2,6}}){_SPACE}{{0,2}}[:：]{_SPACE}{{0,2}}"
    rf"(?:(?P<value>[^\s:：，,。！？!?；;|｜丨]{{1,24}})(?=$|{_SPACE}|[|｜丨])|{_SPACE}*+$)"
)
#: an outlet and its writer after the date, unlabelled, closing the line: ``2025-10-12 14:30
#: 乐居财经　徐婷``, ``cnBeta.COM 張三``
_SITE_NAME_AFTER_DATE = regex.compile(
    rf"(?P<site>\p{{Han}}{{2,8}}|{_LATIN_SITE}){_SPACE}{{1,4}}(?P<name>\p{{Han}}{{2,4}}){_SPACE}*+$"
)
#: a reporter's name and "reports" after the date: ``2025年10月18日 星期六 | 郭佩欣 报道``
_NAME_REPORTS = regex.compile(
    rf"(?P<name>\p{{Han}}{{2,4}}){_SPACE}{{0,2}}(?:报道|報導|报导|報道)(?={_SPACE}*+$|{_SPACE}{{0,3}}[|｜丨])"
)

#: a reader's submission thanked after the outlet, with the channel before it, closing the
#: row: ``2025年10月14日 10:28 cnBeta.COM 科学探索 感谢飞翔的鱼的投递`` (the submitter is no author)
_THANKS_TAIL = regex.compile(
    rf"(?P<site>\p{{Han}}{{2,8}}|{_LATIN_SITE}){_SPACE}{{1,3}}(?:\p{{Han}}{{2,6}}{_SPACE}{{1,3}})?(?:感谢|感謝)[^\s，。,；;]{{1,16}}?的(?:投递|投遞)(?={_SPACE}*+$)"
)


def _row_tail(text: str, pos: int, out: MetaLine) -> int | None:
    """What follows a date in a CMS's head row that no other item reads: ``名字 报道``, an outlet and its writer, or a labelled field of the CMS's own. One
    unknown field must not make the whole row (and with it the head) unreadable. (The
    page's tools are read before the other readings after a date: see :func:`_one_item`.)"""
    r = _NAME_REPORTS.match(text, pos)
    if r is not None and _han_name(r["name"]):
        out.authors.append(r["name"])
        out.roles.append("author")
        return r.end()
    if out.roles[-1] == "date" and not out.sites and (thanks := _THANKS_TAIL.match(text, pos)) is not None:
        out.sites.append(thanks["site"])
        out.roles += ["site", "field"]
        return thanks.end()
    if out.roles[-1] == "date" and not out.sites:
        s = _SITE_NAME_AFTER_DATE.match(text, pos)
        if s is not None and _han_name(s["name"]) and not _han_name(s["site"]):
            out.sites.append(s["site"])
            out.authors.append(s["name"])
            out.roles += ["site", "author"]
            return s.end()
    f = _OTHER_FIELD.match(text, pos)
    if f is not None and f["label"] not in _LABELS:
        out.roles.append("field")
        return f.end()
    return None


#: an English byline opening a row: ``By 李文杰 | 2025年10月18日 8:10pm``, ``By Jing Lin |``
_BY_WORDS = ("By", "BY", "by")
_BY_LINE = regex.compile(
    rf"(?:By|BY|by){_SPACE}{{1,2}}(?:(?P<han>\p{{Han}}{{2,4}})|(?P<latin>{_LATIN_NAME}))"
    rf"(?={_SPACE}*+$|{_SPACE}{{0,3}}[|｜丨/／,，]|{_SPACE}{{1,3}}\d)"
)


def _by_line(text: str, pos: int, out: MetaLine) -> int | None:
    """``By 李文杰``: an author credited in English, as overseas Chinese portals print it."""
    b = _BY_LINE.match(text, pos)
    if b is None or (b["han"] is not None and not _han_name(b["han"])):
        return None
    out.authors.append(b["han"] or b["latin"])
    out.roles.append("author")
    out.labelled_author = True
    return b.end()


#: a date in English, as Singapore's, Malaysia's and other overseas portals stamp it:
#: ``Oct 18, 2025 08:10 PM``, ``18 Oct 2025 / 20:10 MYT``, ``October 18, 2025``
_EN_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
) | frozenset(_MONTHS) | {"Sept"}
_EN_MON = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.?"
_EN_DATE = regex.compile(
    rf"(?:{_EN_MON}{_SPACE}{{1,2}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_SPACE}{{0,1}},?{_SPACE}{{1,2}}(?P<y>(?:19|20)\d\d)"
    rf"|(?P<d>\d{{1,2}}){_SPACE}{{1,2}}{_EN_MON},?{_SPACE}{{1,2}}(?P<y>(?:19|20)\d\d))(?![\dA-Za-z])"
    rf"(?:{_SPACE}{{0,3}}(?:[,，/|｜\-–]{_SPACE}{{0,3}})?(?P<half>)(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?"
    rf"(?:{_SPACE}{{0,2}}(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
    rf"(?:{_SPACE}{{0,3}}(?:{_TZ_WORD}))?"
)


#: a blog's stamp with the weekday between the day and the year, as PIXNET prints it:
#: ``Oct 12 Sun 2025 21:30``
_EN_WEEKDAY_DATE = regex.compile(
    rf"{_EN_MON}{_SPACE}{{1,2}}(?P<d>\d{{1,2}}){_SPACE}{{1,2}}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}}\.?,?{_SPACE}{{1,2}}"
    rf"(?P<y>(?:19|20)\d\d)(?![\dA-Za-z])(?:{_SPACE}{{1,3}}(?P<half>)(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?![\d])"
    rf"(?:[:：](?P<S>[0-5]\d))?(?P<ampm>)(?![\d:：]))?"
)
#: Medium's reading time before its date: ``6 min read · Oct 12, 2025``
_READ_TIME_EN = regex.compile(rf"\d{{1,3}}{_SPACE}?min(?:ute)?s?{_SPACE}read{_SPACE}{{0,2}}[·•・|]{_SPACE}{{0,2}}")


#: where a platform says a post was sent from (``编辑于 2025-10-13 浙江``, ``发布于 湖南``): a
#: division's name (see :func:`_place_match`), a place, never an author or a site
_PLACE_NAME = r"(?P<place>\p{Han}{2,4})"
#: ``发布于 湖南``: a place label and a division's name, alone on the line (no date)
_PLACE_ALONE = regex.compile(rf"(?:发布于|發布於|發佈於){_SPACE}{{1,3}}{_PLACE_NAME}{_SPACE}*+$")
#: the poster's place after a stamp: ``・IP 属地北京``, `` IP屬地：台灣``, or a province alone
#: closing the line (``编辑于 2025-10-13 浙江``)
_IP_PLACE = regex.compile(
    rf"{_SPACE}{{0,3}}(?:[·•・|｜丨]{_SPACE}{{0,3}})?(?:IP|ip){_SPACE}?(?:属地|屬地){_SPACE}{{0,2}}[:：]?{_SPACE}{{0,2}}"
    rf"\p{{Han}}{{2,8}}(?=$|{_SPACE})"
)
#: a division's name closing a stamp line (``编辑于 2025-10-13 浙江``)
_PLACE_CLOSING = regex.compile(rf"{_SPACE}{{1,3}}{_PLACE_NAME}{_SPACE}*+$")


def _place_match(pattern: regex.Pattern[str], text: str, pos: int = 0) -> regex.Match[str] | None:
    """``pattern`` matched at ``pos`` where the place it names is an administrative
    division's (the official tables, both scripts)."""
    m = pattern.match(text, pos)
    return m if m is not None and is_division_name(m["place"]) else None
#: a blog's counters after its stamp, glued or set off by blanks: ``字数 1,826``, ``阅读(1523)``,
#: ``留言(3)``, ``人氣(1,284)``, and the reading time (``閱讀時間約 6 分鐘``)
_COUNTER = regex.compile(
    rf"{_SPACE}{{0,3}}(?:(?:字数|字數|阅读|閱讀|閲讀|评论|評論|留言|人气|人氣|喜欢|喜歡|浏览|瀏覽){_SPACE}{{0,2}}"
    rf"(?:[(（]{_SPACE}?[\d,]{{1,11}}{_SPACE}?[)）]|[\d,]{{1,11}}(?![\d,]))"
    rf"|(?:阅读时间|閱讀時間|閲讀時間)[约約]?{_SPACE}{{0,2}}\d{{1,3}}{_SPACE}{{0,2}}(?:分钟|分鐘))"
)
#: a blog's post tools closing its counter row (博客园: ``编辑 收藏 举报``)
_BLOG_TOOLS = regex.compile(rf"(?:{_SPACE}{{1,4}}(?:编辑|編輯|收藏|举报|舉報)){{1,4}}{_SPACE}*+$")


def _stamp_tail(text: str, pos: int, out: MetaLine) -> int | None:
    """What a blog or forum prints after its stamp, none of it the article's: the poster's
    place (``・IP 属地北京``), counters (``字数 1,826阅读 3,012``, as Jianshu glues them) and
    the post's tools."""
    if "date" not in out.roles and "posted" not in out.roles:
        return None
    m = _IP_PLACE.match(text, pos) or (_place_match(_PLACE_CLOSING, text, pos) if out.roles[-1] == "date" else None)
    if m is not None:
        out.roles.append("place")
        return m.end()
    m = _COUNTER.match(text, pos)
    if m is None and out.roles[-1] == "counter":
        m = _BLOG_TOOLS.match(text, pos)
    if m is not None:
        out.roles.append("counter")
        return m.end()
    return None


#: a blog's stamp row opened by what the date is not: 博客园's ``posted @ 2025-10-12 21:05 林间小路``,
#: CSDN's ``已于 2025-10-14 21:33:08 修改`` / ``码农小张 于 2025-10-14 21:33:08 发布`` (and its
#: ``最新推荐文章于 2025-10-15 09:12:44 发布``, the stamp of another article), and PIXNET's
#: byline row ``小鹿愛旅行 發表在 痞客邦 留言(3) 人氣(1,284)`` (no date, its counters follow)
_BLOG_STAMP = regex.compile(
    rf"(?P<posted>[Pp]osted{_SPACE}{{0,2}}@{_SPACE}{{0,2}})(?=\d)"
    rf"|(?P<other>(?:最新)?(?:推荐|推薦)(?:文章|博文)?){_SPACE}{{0,3}}[于於]{_SPACE}{{0,2}}(?=(?:19|20)\d\d)"
    rf"|(?:已|(?P<name>[^\s\d@][^\s@]{{0,19}}){_SPACE}{{1,3}})[于於]{_SPACE}{{0,2}}(?=(?:19|20)\d\d)"
    rf"|(?P<poster>[^\s\d][^\s]{{0,19}}){_SPACE}{{1,3}}(?:發表在|发表在){_SPACE}{{1,3}}(?P<site>[^\s(（]{{2,12}})"
    rf"(?=(?:{_SPACE}{{1,3}}|{_SPACE}{{0,3}}(?:留言|评论|評論))(?:留言|评论|評論))"
)
#: where the cues of ``_BLOG_STAMP`` end at the latest: a name (20), blanks (3), ``于`` and
#: a year's first two digits, or ``發表在``
_BLOG_CUE = re.compile(r"osted|[于於][ \t\u3000\xa0]{0,2}(?:19|20)|發表在|发表在")
_BLOG_REACH = 20 + 3 + 1 + 2 + 2 + 3
#: the verb closing CSDN's stamp, and a poster's name after 博客园's
_STAMP_VERB = regex.compile(rf"{_SPACE}{{0,2}}(?P<verb>发布|發布|發佈|修改|更新)(?=$|{_SPACE})")
_STAMP_POSTER = regex.compile(
    rf"{_SPACE}{{1,4}}(?!(?:阅读|閱讀|閲讀|评论|評論)[(（\d])(?P<name>[^\s(（]{{1,20}})(?=$|{_SPACE})"
)


def _blog_stamp(text: str, pos: int, out: MetaLine) -> int | None:
    """A blog's stamp row (``_BLOG_STAMP``): its date, and the poster it names."""
    b = _BLOG_STAMP.match(text, pos) if _BLOG_CUE.search(text, pos, pos + _BLOG_REACH) else None
    if b is None:
        return None
    if b["site"] is not None:
        out.authors.append(b["poster"])
        out.sites.append(b["site"])
        out.roles += ["author", "site", "posted"]  # no date: its counters follow
        return b.end()
    d = _date_at(text, b.end())
    value = _date_value(d) if d is not None else None
    if value is None:
        return None
    end, update = d.end(), False
    if b["posted"] is None:
        v = _STAMP_VERB.match(text, end)
        if v is None:  # ``X 于 2025-10-14`` without its verb: prose
            return None
        end, update = v.end(), v["verb"] in ("修改", "更新")
        if b["other"] is not None:  # the latest recommended article's stamp: not this one's
            out.roles.append("other")
            return end
        if b["name"] is not None:
            out.authors.append(b["name"])
            out.roles.append("author")
    (out.updates if update else out.dates).append(value)
    out.roles.append("date")
    p = _STAMP_POSTER.match(text, end) if b["posted"] is not None else None
    if p is not None:
        out.authors.append(p["name"])
        out.roles.append("author")
        t = _BLOG_TOOLS.match(text, p.end())  # the counters cut before: ``林间小路  编辑  收藏``
        if t is not None:
            out.roles.append("counter")
            return t.end()
        return p.end()
    return end


def _read_time_date(text: str, pos: int, out: MetaLine) -> int | None:
    """``6 min read · Oct 12, 2025``: a reading time, then the date (Medium's head row)."""
    r = _READ_TIME_EN.match(text, pos)
    if r is None:
        return None
    return _english_date(text, r.end(), out)


def _english_date(text: str, pos: int, out: MetaLine) -> int | None:
    """Record a date written in English (``Oct 18, 2025 08:10 PM``) as ISO 8601."""
    d = _EN_DATE.match(text, pos) or _EN_WEEKDAY_DATE.match(text, pos)
    if d is None or d["mon"] not in _EN_MONTH_NAMES:
        return None
    y, mo, day = int(d["y"]), _MONTHS[d["mon"][:3]], int(d["d"])
    if not _valid(y, mo, day):
        return None
    value = f"{y:04d}-{mo:02d}-{day:02d}"
    if d["H"] is not None:
        value += f"T{_hour(d):02d}:{d['M']}" + (f":{d['S']}" if d["S"] else "")
    out.dates.append(value)
    out.roles.append("date")
    return _skip_filler(text, d.end())


def _time_after_day(text: str, pos: int, out: MetaLine) -> int | None:
    """``2024.12.08 | 18:42``: the time closing the line after a day's complete date
    completes it."""
    if not out.dates or not _ISO_DAY.fullmatch(out.dates[-1]):
        return None
    t = _BARE_TIME.match(text, pos)
    if t is None:
        return None
    out.dates[-1] += f"T{int(t['H']):02d}:{t['M']}"
    return t.end()


def _poster_not_site(text: str, b: regex.Match[str], out: MetaLine) -> bool:
    """A name closing a day's date (no time) that no outlet's ending shows to be one: a
    blog's or a forum's poster (``2024-04-02 小葵``), as outlets print their time too."""
    if "T" in (out.dates or out.updates or [""])[-1] or text[b.end() :].strip() or not _HAN.match(b["site"]):
        return False
    name = b["site"]
    return not name.endswith(_SITE_ENDINGS) and name[-1] not in _OUTLET_LAST and name[-1] not in _PLACE_LAST


#: a date of the Republic of China's era, as Taiwan's government prints it (``113年05月17日``,
#: ``民國113年5月17日``): the year plus 1911; read only after a date label
_ROC_DATE = regex.compile(r"(?:民國|民国)?(?P<roc>\d{2,3})\s{0,2}年\s{0,2}(?P<m>\d{1,2})\s{0,2}月\s{0,2}(?P<d>\d{1,2})\s{0,2}日")
_ROC_YEAR0 = 1911


def _other_date(text: str, pos: int, out: MetaLine, *, update: bool) -> int | None:
    """After a date label, a date ``_DATE`` does not read: an ROC one (``113年05月17日``, as
    ISO), or one without its year (``5月16日``, kept as shown)."""
    r = _ROC_DATE.match(text, pos)
    if r is not None:
        y, mo, d = int(r["roc"]) + _ROC_YEAR0, int(r["m"]), int(r["d"])
        if not _valid(y, mo, d):
            return None
        (out.updates if update else out.dates).append(f"{y:04d}-{mo:02d}-{d:02d}")
        out.roles.append("date")
        return _skip_filler(text, r.end())
    p = _PARTIAL_DATE.match(text, pos)
    if p:
        (out.updates if update else out.dates).append(p.group())
        out.roles.append("date")
        return _skip_filler(text, p.end())
    return None


def _glued_date_label(text: str, pos: int, out: MetaLine) -> int | None:
    """``修改于05-18 08:12``, ``发表于2024-05-16 10:21``: a date label ending in 于/於 glued
    to its date, as forums print it."""
    g = _GLUED_DATE_LABEL.match(text, pos)
    if g is None:
        return None
    update = g["label"] in _UPDATE_LABELS
    d = _date_at(text, g.end())
    if d is not None:
        return _take_date(text, d, out, update=update)
    return _partial_stamp(text, g.end(), out, update=update)


def _partial_stamp(text: str, pos: int, out: MetaLine, *, update: bool) -> int | None:
    """A date without its year after a label with no separator (``修改于05-18 08:12``,
    ``發布於 05月15日10:30``), kept as shown: only with its time, which shows it a stamp."""
    p = _PARTIAL_DATE.match(text, pos)
    if p is None or not _COLON_IN.search(p.group()):
        return None
    (out.updates if update else out.dates).append(p.group())
    out.roles.append("date")
    return _skip_filler(text, p.end())


def _bracket_update(text: str, pos: int, out: MetaLine) -> int | None:
    """``2024年5月21日 12:05 (更新：2024年5月21日 12:30)``: the update stamp bracketed after
    the date, as Hong Kong portals print it; only an update label, with a complete date."""
    if not (out.roles and out.roles[-1] == "date"):
        return None
    b = _BRACKET_UPDATE.match(text, _SPACE_RUN.match(text, pos).end())
    if b is None or b["label"] not in _UPDATE_LABELS:
        return None
    d = _date_at(text, b.end())
    close = _BRACKET_CLOSE.match(text, d.end()) if d is not None else None
    value = _date_value(d) if close is not None else None
    if value is None:
        return None
    out.updates.append(value)
    out.roles.append("date")
    return close.end()


def _take_date(text: str, d: regex.Match[str], out: MetaLine, *, update: bool = False) -> int | None:
    """Record a complete date (ISO 8601); an impossible one makes the line no metadata.

    An update stamp (``更新時間:``) goes to ``updates``: see :meth:`MetaLine.meta`.
    """
    value = _date_value(d)
    if value is None:
        return None
    (out.updates if update else out.dates).append(value)
    out.roles.append("date")
    return _skip_filler(text, d.end())


def _skip_filler(text: str, pos: int) -> int:
    while True:
        start = _SPACE_RUN.match(text, pos).end()
        f = _DATE_FILLER.match(text, start)
        if not f:
            return pos
        pos = f.end()


def _label_role(m: regex.Match[str]) -> str:
    """The role of a label, or of joined labels: author if one is (``文、攝影／``)."""
    labels = [*m.captures("pre"), m["label"]]
    return "author" if any(_LABELS[w] == "author" for w in labels) else _LABELS[m["label"]]


def _authors_label(m: regex.Match[str]) -> str:
    """The author label among joined labels: ``文`` names the outlet where another
    author credit is present (see :func:`_settle`)."""
    return next(w for w in [*m.captures("pre"), m["label"]] if _LABELS[w] == "author")


def _reporter_names_at(text: str, pos: int) -> regex.Match[str] | None:
    """The reporters' names at ``pos``; where the first reading stops before the line's
    end, the reading that fills the line (``李育琴報導`` is 李育琴 and the verb)."""
    r = _REPORTER_NAMES.match(text, pos)
    if r is not None and text[r.end() :].strip():
        return _REPORTER_NAMES_LINE.match(text, pos) or r
    return r


def _reporter_names(value: str) -> list[str]:
    return _people(_split_names(value))


#: "this paper", "this station": an outlet naming itself before a reporter's title
_OWN_DESK = ("本报", "本報", "本台", "本刊", "本网", "本網", "本社", "本站")


def _people(names: list[str]) -> list[str]:
    """Drop job titles and reporting verbs (``报道``, ``電``), which are no names, and a
    title glued before a name (``記者張三`` is ``張三``)."""
    out = []
    for x in names:
        if x in _CREDIT_ROLES or x in _CREDIT_VERBS or x in _LABEL_ROLES:
            continue
        if x.startswith(_OWN_DESK) and x[2:] in _CREDIT_ROLES:  # ``作者：本报记者 宋喜群``
            continue
        if x.startswith(_GLUED_ROLES):
            rest = x[next(len(r) for r in _GLUED_ROLES if x.startswith(r)) :]
            if _HAN_NAME_ONLY.fullmatch(rest):
                x = rest
        if x.endswith(_GLUED_VERBS) and _HAN_NAME_ONLY.fullmatch(x[:-2]) and not is_division_name(x[:-2]):
            x = x[:-2]  # ``王明报道``: the reporting verb glued after a name (``高雄报导`` is a place's)
        if out and is_division_name(x):  # ``記者 劉惠琪 鍾昀呈 高雄 美濃``: the dateline's place
            break
        out.append(x)
    return out


#: a two-character name spaced to the width of three (``张 艺``, ``張　藝``), as 人民日报 and
#: other papers print it: two lone Han characters a blank apart are one name
_SPACED_NAME = regex.compile(rf"(?<![^\s、，,/&＆])(\p{{Han}}){_SPACE}{{1,2}}(\p{{Han}})(?![^\s、，,/&＆])")


def _split_names(value: str) -> list[str]:
    if " " in value or "\u3000" in value or "\xa0" in value:
        value = _SPACED_NAME.sub(r"\1\2", value)
    return [x.strip() for x in _NAME_BREAK.split(value) if x.strip()]


def _plausible_name(name: str) -> bool:
    """A name or outlet, not a phrase: short, no digits-only, not a sentence."""
    if len(name) > 24 or name.isdigit():
        return False
    return not _FINAL.search(name)


def _settle(out: MetaLine) -> MetaLine:
    """``文 | X,作者 | Y``: with another author credit present, ``文`` names the outlet.
    A compiler is the author of a line that credits no other one (``（编译/王晓梅）``)."""
    if out.wen:
        if out.authors:
            out.sites.extend(w for w in out.wen if w not in out.sites)
        else:
            out.authors = list(out.wen)
        out.wen = []
    if out.compilers and not out.authors and not out.has_author:
        out.authors = list(out.compilers)
        out.roles.append("author")
    out.compilers = []
    return out


# -- shapes ----------------------------------------------------------------------------------


#: the shortest body text, and the length from which any line is body text
_BODY_MIN = 40
_BODY_LONG = 100


def is_body_text(text: str) -> bool:
    """Prose: a long line with a sentence end, or any very long line."""
    s = text.strip()
    if len(s) >= _BODY_LONG:
        return True
    return len(s) >= _BODY_MIN and _has_final(s)


def _has_final(s: str) -> bool:
    """``_FINAL.search(s)`` for a non-empty ``s``, the common cases first: prose ends with
    a sentence-final mark, or has one other than ``.`` (only a ``.`` needs ``regex``, for
    what follows it)."""
    return (
        s[-1] in _FINAL_MARKS
        or _FINAL_MARK.search(s) is not None
        or ("." in s and _FINAL.search(s) is not None)
    )


def _is_sentence(text: str) -> bool:
    """A whole sentence: what a byline is glued to once paragraphs are restored."""
    s = text.strip()
    return len(s) >= 8 and bool(_FINAL.search(s[-1]))


def is_title_shaped(text: str) -> bool:
    """Could be a headline: short, one sentence at most, Han script, no navigation.

    At least two letters, as the duplicates filter asks of a repeated title: a row of
    digits and marks around one ideograph (``000㐀``) is no headline.
    """
    s = _MD_HEADING.sub("", text.strip())
    if not 4 <= len(s) <= TITLE_MAX or not _HAN.search(s):
        return False
    if len(list(islice(filter(str.isalpha, s), 2))) < 2:  # stops at the second letter
        return False
    if _BREADCRUMB.search(s) or s[-1] in ":：,，、;；":
        return False
    if "。" in s[:-1] or is_nav_line(s):
        return False
    finals = _FINAL.findall(s[:-1])
    return len(finals) <= 2


_NAV_SEP = regex.compile(r"[/／|｜丨]")
_CRUMB_SEP = regex.compile(r"[>›»]{1,2}")
_NAV_SEP_SPACED = regex.compile(rf"{_SPACE}[/／|｜丨]|[/／|｜丨]{_SPACE}")
_NAV_WORD_BAD = regex.compile(r"[。！？!?，,：:；;、「」“”《》()（）]")
#: a breadcrumb from the home page whose ``›`` was lost to a question mark in a bad
#: conversion (``首頁 ? 時事台``): the mark set off by blanks after the home word
_HOME_WORDS = ("首頁", "首页", "主頁", "主页", "Home", "HOME")
_LOST_CRUMB_SEP = regex.compile(rf"{_SPACE}[?？\ufffd]{_SPACE}")


@memo_by_line
def is_nav_line(text: str) -> bool:
    """A menu or a breadcrumb, never a headline.

    A menu is five or more short words set off by blanks (``中央社 CNA 即時 政治 國際``; the
    first may be a longer site name; one other at most of five or six characters). A breadcrumb is short words set off by ``>``, or by
    slashes or bars (``首頁 / 國際``, ``社会新闻 | 国际新闻 | 财经新闻``): with blanks around the
    separator, or three words or more, since ``經典賽／韓澳大戰…`` is a headline form.
    """
    s = text.strip()
    if not s or len(s) > 240 or "。" in s:
        return False
    words = s.split()
    if (
        len(words) >= 5
        and len(words[0]) <= 12
        and all(len(w) <= 6 for w in words[1:])
        # section names are two to four characters; a spaced headline's phrases are longer
        # (``Corolla Cross 油電版 一年兩萬公里 油耗心得分享``)
        and sum(len(w) >= 5 for w in words[1:]) <= 1
        and not _FINAL.search(s)
    ):
        return True
    if s.startswith(_HOME_WORDS) and _LOST_CRUMB_SEP.search(s) is not None:
        parts = [p.strip() for p in _LOST_CRUMB_SEP.split(s)]
        return len(parts) >= 2 and all(1 <= len(p) <= 12 and not _NAV_WORD_BAD.search(p) for p in parts)
    if any(c in s for c in ">›»"):
        parts = [p.strip() for p in _CRUMB_SEP.split(s)]
        return len(parts) >= 2 and all(1 <= len(p) <= 12 and not _NAV_WORD_BAD.search(p) for p in parts)
    if not any(c in s for c in "/／|｜丨"):
        return False
    parts = [p.strip() for p in _NAV_SEP.split(s)]
    if len(parts) < 2 or any(not 1 <= len(p) <= 6 or _NAV_WORD_BAD.search(p) for p in parts):
        return False
    return len(parts) >= 3 or bool(_NAV_SEP_SPACED.search(s))


#: a reporters' credit opening the lede, after the outlet's dateline:
#: ``新华社北京6月12日电（记者 魏玉坤）``, ``【财新网】（记者 王力为）``, ``〔記者林志豪／台北報導〕``,
#: ``央广网成都9月26日消息（记者 刘涛）`` (a radio's dateline ends in 消息)
_LEDE = regex.compile(
    rf"{_SPACE}{{0,4}}(?:\p{{Han}}[\p{{Han}}\d\-－]{{0,24}}?(?:讯|訊|电|電|消息)|[【\[][\p{{Han}}\d]{{2,20}}[】\]])?{_SPACE}{{0,2}}"
    rf"[（(〔【\[](?P<inner>[^（()）〔〕【】\[\]\n]{{3,60}})[）)〕】\]]"
)
_LEDE_ROLE = regex.compile(
    # ``环球网报道 记者 王逸``: "环球网 reports", then the reporter
    rf"(?:(?P<org>\p{{Han}}{{0,6}}?(?:社|台|报|報|网|網|刊|媒|新闻|新聞))(?:(?:报道|報導){_SPACE}{{1,2}})?"
    # or a brand glued to the title (``大紀元記者``)
    rf"|(?P<brand>\p{{Han}}{{2,4}}(?=(?:特[约約])?(?:记者|記者))))?"
    rf"(?:特[约約]|实习|實習|见习|見習)?(?:记者|記者){_SPACE}{{0,3}}"
)
_LEDE_NAME = regex.compile(r"\p{Han}{2,4}(?:[·•‧．]\p{Han}{1,6})?")
_LEDE_WORDS = regex.compile(rf"{_SPACE}+|、")
_LEDE_PLACE = regex.compile(r"\p{Han}{1,8}")


#: how the places of datelines begin (``鍾元台灣台北報導``: the name ends where one starts)
_DATELINE_PLACES = tuple(
    "台灣 臺灣 台湾 台北 臺北 新北 台中 臺中 台南 臺南 高雄 桃園 桃园 新竹 香港 澳門 澳门 北京 上海 天津 重庆 重慶 "
    "广州 廣州 深圳 美國 美国 紐約 纽约 華盛頓 华盛顿 日本 東京 东京 英國 英国 倫敦 伦敦 巴黎 首爾 首尔".split()
)


#: cities a paper's edition is named by after its title (``星島日報 溫哥華``, ``明報 多倫多``),
#: some of which start with a common surname
_EDITION_PLACES = frozenset(
    "溫哥華 温哥华 多倫多 多伦多 卡加利 卡尔加里 滿地可 满地可 紐約 纽约 三藩市 舊金山 旧金山 洛杉磯 洛杉矶 "
    "芝加哥 倫敦 伦敦 悉尼 雪梨 墨爾本 墨尔本 奧克蘭 奥克兰 新加坡 吉隆坡 檳城 槟城 香港 澳門 澳门 台北 臺北 "
    "北京 上海 廣州 广州 深圳 東京 东京 巴黎 曼谷".split()
)


def _glued_name_place(run: str) -> str | None:
    """The reporter's name in a name glued to the dateline's place (``鍾元台灣台北``): two
    or three characters after a common surname, where a known place starts next."""
    for cut in (2, 3):
        name, place = run[:cut], run[cut:]
        if _han_name(name) and 2 <= len(place) <= 8 and place.startswith(_DATELINE_PLACES):
            return name
    return None


#: a dateline ending in 讯 and set off by blanks from an unbracketed credit: ``金羊网讯 记者
#: 林园 通讯员 穗铁宣 报道：…``, ``本报北京4月30日讯 记者 张昊 最高人民法院…``
_BARE_LEDE = regex.compile(
    rf"{_SPACE}{{0,4}}(?P<dateline>\p{{Han}}[\p{{Han}}\d]{{0,20}}?(?:讯|訊)){_SPACE}{{1,3}}"
    rf"(?=(?:特[约約]|实习|實習|见习|見習)?(?:记者|記者){_SPACE})"
)
#: the outlet opening such a dateline (``羊城晚报``, ``金羊网``; ``本报`` names none)
_LEDE_OUTLET = regex.compile(r"\p{Han}{1,6}?(?:社|台|臺|报|報|网|網|刊)")
#: the verb closing an unbracketed credit, before the lede's text: ``报道：``
_BARE_LEDE_VERBS = ("报道", "報導", "报导", "報道")
#: how many words an unbracketed credit may hold: titles and names
_BARE_LEDE_WORDS = 10


def _bare_lede_credit(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Reporters in an unbracketed credit after a 讯 dateline: titles and names set off by
    blanks, up to ``报道：`` or the lede's first words. Where no verb closes the credit, each
    name must start with a common surname (the sentence may open with a short word)."""
    m = _BARE_LEDE.match(text)
    if m is None:
        return None
    words = _LEDE_WORDS.split(text[m.end() :], maxsplit=_BARE_LEDE_WORDS)
    names: list[str] = []
    for w in words:
        if w in _CREDIT_ROLES:
            continue
        if w.startswith(_BARE_LEDE_VERBS) and (len(w) == 2 or w[2] in ":：，,"):
            break  # ``报道：``: everything before it is the credit
        if not _LEDE_NAME.fullmatch(w):
            # the lede begins: the names before it are those that look like names
            names = list(takewhile(_han_name, names))
            break
        names.append(w)
    else:
        return None  # the credit runs on: no lede after it
    if not names:
        return None
    o = _LEDE_OUTLET.match(m["dateline"])
    org = o.group() if o is not None and o.group() not in _OWN_DESK else None
    return tuple(names), org


@memo_by_line
def lede_credit(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Reporters named in the dateline that opens a lede, and their outlet: ``(names, org)``.

    The dateline is part of the first paragraph and stays in the text; only the names are
    read. Names are two to four Han characters, set off by blanks or ``、``; job titles
    among them (``实习生``) are skipped; a place closes the credit (``／台北報導``,
    `` 北京报道``, ``台北20日電``, where a three-character name is assumed when the name and
    the place are glued).
    """
    if "记者" not in text[:48] and "記者" not in text[:48]:
        return None
    m = _LEDE.match(text)
    if m is None:
        return _bare_lede_credit(text)
    inner = m["inner"]
    role = _LEDE_ROLE.match(inner)
    if role is None:
        return None
    rest = inner[role.end() :].strip()
    glued = None
    if rest.endswith(("报道", "報導", "报导", "報道")):
        rest = rest[:-2]
        if rest[-1:] in _BLANKS:  # ``（記者 李明 報道）``: the verb alone, no place
            rest = rest + "/"
        cut = max(rest.rfind("／"), rest.rfind("/"))
        if cut < 0:
            words = rest.split()
            if len(words) < 2:
                glued = _glued_name_place(rest.strip())
                if glued is None:
                    return None
                rest = ""
            else:
                cut = rest.rstrip().rfind(words[-1]) - 1
        if rest and rest[cut + 1 :] and not _LEDE_PLACE.fullmatch(rest[cut + 1 :].strip()):
            return None
        rest = rest[:cut] if rest else rest
    elif rest.endswith(("电", "電")):
        rest = rest[:-1]
        rest = rest[:-1] if rest.endswith(("专", "專")) else rest
        if not rest.endswith("日"):
            return None
        rest = rest[:-1].rstrip("0123456789")
        last = _LEDE_WORDS.split(rest)[-1]
        if rest.endswith(" " + last) or rest.endswith("\u3000" + last):  # `` 北京12日电``: a place of its own
            rest = rest[: -len(last)]
        else:  # ``曾智怡台北20日電``: name and place glued
            cut = 2 if len(last) == 4 else 3
            if not 2 <= len(last) - cut <= 4:
                return None
            glued = last[:cut]
            rest = rest[: -len(last)]
    names: list[str] = []
    for w in _LEDE_WORDS.split(rest.strip()):
        if not w:
            continue
        if w in _CREDIT_ROLES:
            continue
        if not _LEDE_NAME.fullmatch(w):
            return None
        names.append(w)
    if glued:
        names.append(glued)
    if not names:
        return None
    org = role["org"] or role["brand"]
    return tuple(names), (org if org and org not in ("本报", "本報", "本台", "本刊") else None)


#: ``label:value`` lines of an info box (``书名:``, ``出版社:``, ``ISBN:``)
_FIELD = regex.compile(rf"(?P<label>\p{{Han}}{{2,6}}|ISBN|[A-Z]{{2,5}}){_SPACE}{{0,2}}[:：]{_SPACE}{{0,2}}\S")
#: label words of credits and sources: a field so labelled belongs to the credits
_CREDIT_LABELS = tuple(w for w, r in _LABELS.items() if r not in ("date", "place") and len(w) >= 2)


@memo_by_line
def _is_field_text(text: str) -> bool:
    s = text.strip()
    if len(s) > 40 or s[-1:] in ":：" or _FINAL.search(s):  # a value, not a sentence
        return False
    m = _FIELD.match(s)
    return m is not None and not any(w in m["label"] for w in _CREDIT_LABELS)


# -- the filter ------------------------------------------------------------------------------


#: copyright lines: where each starts in the raw text, and the site names it gives
_Holders = tuple[list[int], list[list[str]]]


#: where an edit starts: the key the edits, in raw order, are bisected by
_EDIT_START = attrgetter("start")


class _Found:
    """What the articles of a document may read besides their rows, found the first time
    one asks (most articles name their site and authors, and never ask)."""

    __slots__ = ("_doc", "_holders", "_cuts", "_headlines")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._holders: _Holders | None = None
        self._cuts: list[Edit] | None = None
        self._headlines: list[int] | None = None

    @property
    def headlines(self) -> list[int]:
        """Where the headlines the html filter found in heading markup start, sorted."""
        if self._headlines is None:
            doc = self._doc
            self._headlines = sorted(
                doc.text_offset(n.pos)
                for n in doc.notes
                if n.filter == "html" and n.reason == HEADLINE_REASON and n.meta and n.meta.get("headline")
            )
        return self._headlines

    @property
    def holders(self) -> _Holders:
        """The document's copyright lines (see :func:`_copyright_holders`)."""
        if self._holders is None:
            self._holders = _copyright_holders(self._doc)
        return self._holders

    @property
    def cuts(self) -> list[Edit]:
        """The document's edits as the metadata filter found them, in raw order (the
        document builds the list anew each time it is asked)."""
        if self._cuts is None:
            self._cuts = self._doc.edits
        return self._cuts


class _Context(NamedTuple):
    """What every article of a segment reads besides its rows."""

    #: where the segment starts in the raw text
    raw_start: int
    found: _Found


class _Row(NamedTuple):
    """A non-blank line of a segment and what it is.

    A named tuple, built with ``tuple.__new__`` (see :func:`_rows`): there is one per
    line of every document, and a tuple is the cheapest record Python builds.
    """

    line: Line
    meta: MetaLine | None
    body: bool
    end_mark: regex.Match[str] | None = None


#: what an article's start follows (``after_end`` below): nothing that tells, a separator
#: between records (``]]>``, ``=====``), or an end-of-article marker
_AFTER_NOTHING, _AFTER_SEPARATOR, _AFTER_END = 0, 1, 2
#: what ends a sentence: a first line after a separator ending so is a lead, no headline
_SENTENCE_END = "。！？!?…；;，,：:"


@register
class Metadata(Filter):
    """Cut bylines, credits, source and date lines and titles; mark implicit boundaries."""

    name = "metadata"
    description = "cut title, byline, source and date lines into article metadata; split at new bylines"

    def find(self, doc: Document) -> Iterator[Change]:
        text = doc.text
        #: current position -> (what the boundary follows, raw position of the boundary)
        marks: dict[int, tuple[int, int]] = {}
        for note in doc.notes:
            if note.split:
                pos = doc.text_offset(note.pos)
                after = _AFTER_SEPARATOR if note.filter == "separators" else _AFTER_END
                old = marks.get(pos, (_AFTER_NOTHING, note.pos))
                marks[pos] = (max(old[0], after), min(old[1], note.pos))
        bounds = sorted(p for p in marks if 0 < p < len(text))
        closing = _closing_lines(doc)
        found = _Found(doc)
        for s, e in zip([0, *bounds], [*bounds, len(text)]):
            after_end, raw_start = marks[s] if s else (_AFTER_NOTHING, 0)
            yield from self._segment(doc, text, s, e, _Context(raw_start, found), closing, after_end=after_end)

    # one stretch between existing boundaries
    def _segment(
        self, doc: Document, text: str, start: int, end: int, seg: _Context, closing: set[int], *, after_end: int
    ) -> Iterator[Change]:
        """``closing``: the indexes of the document's lines that may hold a bracketed end marker."""
        rows, stops = _rows(_segment_lines(doc, text, start, end), closing)
        if not rows:
            return
        for lo, hi, first_after_end, split_why in _articles(doc, rows, stops, after_end):
            yield from self._article(doc, rows, lo, hi, seg, after_end=first_after_end, split=split_why)

    def _article(
        self, doc: Document, rows: Sequence[_Row], lo: int, hi: int, seg: _Context, *, after_end: int, split: str
    ) -> Iterator[Change]:
        raw_start = seg.raw_start
        part = rows[lo:hi]
        first_body = next((i for i, r in enumerate(part) if r.body), len(part))
        last_body = next((i for i in range(len(part) - 1, -1, -1) if part[i].body), -1)
        changes: list[Change] = []

        # the headline may sit under a menu or breadcrumb that nothing cut
        t = 0
        while t < min(3, len(part) - 1) and _is_nav_row(part[t]):
            t += 1
        column = _menu_column_above_head(part, t)
        if column is not None:  # ``Rti 中央廣播電臺`` / ``首頁`` / ``新聞`` / ``節目`` / <headline> / <date>
            for r in part[t:column]:
                changes.append(Change(r.line.start, r.line.next, "", "site menu above the headline"))
            t = column
        # a headline the page's heading markup wrapped: the lines above it are its furniture
        h = _html_headline(part, t, first_body, seg.found.headlines)
        furniture = h is not None and h > t
        if h is not None:  # ``鏡新聞 Mirror News`` / ``鏡新聞 | 台灣最值得信賴的新聞台`` / <h1>headline</h1>
            for k in range(t, h):
                if not _is_nav_row(part[k]):
                    banner = _head_banner(part[k].line.text)
                    changes.append(_label_cut(part[k], "site or column name above the headline", banner))
            t = h
        # site or column names over the headline: "观察者网" / <headline> / <date line>,
        # "21世纪经济报道" / "21财经APP" / <headline> / <byline>; and section or source labels
        # under it: <headline> / "即時財經" / <date line>, <headline> / "南都N视频" / <date line>
        m = next((k for k in range(t, min(len(part), t + 5)) if part[k].meta is not None), None)
        # a forum's header row gives the headline (``標題 …``): no line above is one
        headed = any(r.meta is not None and r.meta.title for r in part[:first_body])
        if headed or furniture:
            m = None
        c = _headline_among_labels(part, t, m) if m is not None else None
        if c is not None:
            for k in range(t, c):
                if not _is_nav_row(part[k]):
                    banner = _head_banner(part[k].line.text) if k == t else None
                    changes.append(_label_cut(part[k], "site or column name above the headline", banner))
            if _name_under_title(part, c + 1) is None:
                for r in part[c + 1 : m]:
                    if _account_badge_below(doc, r):  # ``绍兴市融媒体中心`` / ``人民号作者``
                        said = {"authors": [r.line.text.strip()]}
                        changes.append(Change(r.line.start, r.line.next, "", "account name over its badge", meta=said))
                    elif _is_account_badge(r.line.text):
                        changes.append(Change(r.line.start, r.line.next, "", "account badge under the headline"))
                    elif _player_time_row(r):
                        changes.append(Change(r.line.start, r.line.next, "", "media player's time under the headline"))
                    else:
                        changes.append(_label_cut(r, "site or section label under the headline"))
            t = c
        elif m is not None and m == t + 1 and (head := _headline_cut_above(doc, part[t])) is not None:
            # the headline went with the page's head (a junk filter cut it), the source line
            # under it stayed: the title is the cut line's, the source line is no headline
            pos = part[t].line.start
            changes.append(Change(pos, pos, "", "headline cut with the page's head", meta={"title": head}))
            changes.append(_label_cut(part[t], "site or section label under the headline"))
            t = m
        if _masthead_over_meta(part, t):  # ``新华每日电讯`` / ``新华每日电讯 2024年9月10日 第3版`` / <headline>
            ln = part[t].line
            changes.append(Change(ln.start, ln.next, "", "site name line over the head", meta={"site": ln.text.strip()}))
            t += 1
        if (poster := _poster_above(part, t)) is not None:  # ``平安杭州`` / ``5月17日 10:32 来自 …``
            ln = part[t].line
            said = {"authors": [poster]}
            changes.append(Change(ln.start, ln.next, "", "poster's name above the post's date line", meta=said))
            t += 1
        below = _date_above_title(part, t, head=True) if _whole_meta(part[t]) else None
        if below is not None:  # the date above the headline: the date line is the evidence
            first = part[below]
            title = _title_text(first.line.text)
            changes.append(Change(first.line.start, first.line.next, "", "title line", meta={"title": title}))
        if split == _FLASH_SPLIT:  # the item's time line, then its headline
            ln = part[0].line
            glued = _clock_title(ln.text) if not _CLOCK_LINE.fullmatch(ln.text.strip()) else None
            if glued is None:
                changes.append(Change(ln.start, ln.next, "", "time line of a flash item"))
            else:  # the time glued to the headline goes with it, as a time line would
                meta = {"title": _title_text(glued)}
                changes.append(Change(ln.start, ln.next, "", "time and title of a flash item", meta=meta))
                headed = True  # the short paragraph under it is no second headline
            t = 1
        elif (k := _clock_over_bracket(part, t)) is not None:
            # a flash item split off by its time line: ``10:32:15`` / ``【headline】text``
            ln = part[k].line
            changes.append(Change(ln.start, ln.next, "", "time line of a flash item"))
            pos = part[k + 1].line.start  # read, not cut: the headline opens the paragraph
            title = bracket_headline_at(part[k + 1].line.text.strip())
            changes.append(Change(pos, pos, "", "bracketed headline of a flash item", meta={"title": title}))
            headed = True
            t = k + 1
        if h is None and (site := _page_title_over_headline(part, t)) is not None:  # ``健康生活網-<headline>`` / <headline>
            ln = part[t].line
            said = {"site": site} if site.endswith(_SITE_ENDINGS) else None
            changes.append(Change(ln.start, ln.next, "", "page title over the headline", meta=said))
            t += 1
        for r in part[t:first_body]:
            if r.meta is None and r.end_mark is None and _READING_TIME.fullmatch(r.line.text.strip()):
                changes.append(Change(r.line.start, r.line.next, "", "reading time"))
        first = part[t]
        if (
            not headed
            and first.meta is None
            and not first.body
            and first.end_mark is None
            and is_title_shaped(first.line.text)
            and not _never_headline(doc, first.line)
        ):
            if h is not None or split in (_LEDE_SPLIT, _FLASH_SPLIT) or _title_evidence(
                doc,
                part[t:],
                raw_start if lo == 0 else doc.raw_offset(part[0].line.start),
                after_end if t == 0 else _AFTER_NOTHING,
                seg.found.cuts,
            ):
                title = _title_text(first.line.text)
                said: dict[str, object] = {"title": title}
                glued = _outlet_before_headline(doc.raw, title)
                if glued is not None:  # ``中廣新聞網 中油宣布…``: the outlet, then its headline
                    said = {"title": glued[1], "site": glued[0]}
                changes.append(Change(first.line.start, first.line.next, "", "title line", meta=said))
                k = _head_name_row(part, t)
                name = _name_under_title(part, k) if k is not None else None
                if name is not None:
                    ln = part[k].line  # type: ignore[index]
                    changes.append(
                        Change(ln.start, ln.next, "", "author's name under the headline", meta={"authors": [name]})
                    )

        if first_body < len(part):
            lede = part[first_body]
            credit = lede_credit(lede.line.text) if lede.meta is None else None
            if credit is not None:  # read, not cut: the dateline belongs to the first paragraph
                names, org = credit
                meta: dict[str, object] = {"authors": list(names)}
                if org:
                    meta["site"] = org
                changes.append(Change(lede.line.start, lede.line.start, "", "reporter credit in the lede", meta=meta))

        accepted = _accepted_meta(part, first_body, last_body)
        published = any(part[i].meta.dates for i in accepted)  # type: ignore[union-attr]
        for i in accepted:
            r = part[i]
            assert r.meta is not None
            ln = r.line
            whole = r.meta.end >= len(ln.text)
            stop = ln.next if whole else ln.start + r.meta.end
            reason = r.meta.describe() + (" line" if whole else " before the body")
            changes.append(Change(ln.start, stop, "", reason, meta=_head_meta(r.meta, published) or None))
        if any(part[i].meta.labelled_site for i in accepted):  # type: ignore[union-attr]
            changes[:] = [_without_label_site(c) for c in changes]

        if not published and (k := _stamp_after_body(part, last_body, accepted)) is not None:
            # 小红书 ``编辑于 2025-10-13 浙江``, 知乎 ``编辑于 …・IP 属地北京`` close the post
            stamp = part[k].meta
            assert stamp is not None
            ln = part[k].line
            reason = f"{stamp.describe()} line after the body"
            changes.append(Change(ln.start, ln.next, "", reason, meta=stamp.meta() or None))

        for r in part[last_body:] if last_body >= 0 else ():  # markers from the last body line on
            if r.end_mark is None:
                continue
            a, b = r.end_mark.span()
            ln = r.line
            if not ln.text[:a].strip() and not ln.text[b:].strip():
                changes.append(Change(ln.start, ln.next, "", "end-of-article marker"))
            else:
                changes.append(Change(ln.start + a, ln.start + b, "", "end-of-article marker"))

        titled = next((c for c in changes if c.meta and c.meta.get("title")), None)
        if titled is not None and not any(c.meta and c.meta.get("published") for c in changes):
            date = _date_cut_above(doc, titled.start)
            if date is not None:  # read, not cut: a junk filter cut it
                pos = titled.start
                changes.append(Change(pos, pos, "", "date line above the headline", meta={"published": date}))

        if not any(c.meta and c.meta.get("authors") for c in changes):
            names = _credits_cut_below(doc, part[-1].line, seg.found)
            if names:  # read, not cut: a junk filter cut the line
                pos = part[-1].line.end
                changes.append(Change(pos, pos, "", "credit line below the body", meta={"authors": names}))

        if any(c.meta and c.meta.get("title") for c in changes):
            changes.extend(_desk_lines(part, t, first_body, changes))

        if not any(c.meta and c.meta.get("site") for c in changes):
            raw_a = raw_start if lo == 0 else doc.raw_offset(part[0].line.start)
            title = next((c.meta["title"] for c in changes if c.meta and c.meta.get("title")), None)
            site = _page_site(doc.raw, raw_a, title) if lo == 0 else None
            site = site or (_masthead_site(doc, raw_a) if lo == 0 else None)
            site = site or _farm_site(doc.raw, raw_a)
            # the footer after the article's first line, not the previous article's left
            # over at the segment's start (``… 今周刊 版權所有`` / ``=====`` / ``財訊`` / …)
            head = doc.raw_offset(part[0].line.start)
            # and never the footer of the next article of the segment (``… 力報版權所有``)
            stop = doc.raw_offset(rows[hi].line.start) if hi < len(rows) else None
            holders = seg.found.holders
            site = site or _copyright_site(holders, head, stop) or _copyright_site(holders, raw_a, stop)
            if site is not None:  # read, not cut: the line it comes from is a junk filter's
                pos = part[0].line.end
                changes.append(Change(pos, pos, "", "site from the page title or copyright line", meta={"site": site}))
        site = next((c.meta["site"] for c in changes if c.meta and c.meta.get("site")), None)
        if site is not None:
            changes.extend(_site_lines(part, t, first_body, site, changes))

        changes.sort(key=lambda c: c.start)
        if split:
            if changes and changes[0].start <= part[0].line.start and changes[0].end > changes[0].start:
                c = changes[0]
                changes[0] = Change(c.start, c.end, c.text, f"{c.reason}; new article: {split}", split=True, meta=c.meta)
            else:
                pos = part[0].line.start
                changes.insert(0, Change(pos, pos, "", f"new article {split}", split=True))
        yield from changes


#: a paper's desk credit or edition line, alone under the headline or the date: the outlet
#: with its reporting word (``星島日報報道``, ``民報 文／綜合報導``, ``中央社綜合報導``) or its
#: name alone (``东方日报``); a brand before a desk's word (``星島綜合報道``) names no site
_DESK_LINE = regex.compile(
    rf"(?P<org>{_OUTLET})(?:{_SPACE}{{0,2}}(?:文{_SPACE}{{0,2}}[／/]{_SPACE}{{0,2}})?(?:綜合|综合)?(?:外電|外电)?(?:報導|报道|报导|報道))?"
    rf"|\p{{Han}}{{2,4}}(?:綜合|综合)(?:外電|外电)?(?:報導|报道|报导|報道)"
)
#: the longest desk line
_DESK_LINE_MAX = 16


def _desk_lines(part: Sequence[_Row], t: int, first_body: int, changes: list[Change]) -> Iterator[Change]:
    """Desk credits and outlet names among the head's lines under the headline (<headline>
    / <date> / ``星島日報報道`` / <body>): the paper's, no text of the article. The outlet they
    name is the site, unless another line of the head names it."""
    taken = {c.start for c in changes if c.end > c.start}
    sited = any(c.meta and c.meta.get("site") for c in changes)
    for r in part[t + 1 : first_body]:
        ln = r.line
        s = ln.text.strip()
        if not _plain(r) or ln.start in taken or len(s) > _DESK_LINE_MAX:
            continue
        m = _DESK_LINE.fullmatch(s)
        if m is None or (m["org"] == s and not s.endswith(_MASTHEAD_ALONE)):
            continue
        site = m["org"] if m["org"] and not sited else None
        sited = sited or site is not None
        why = "site name line in the head" if m["org"] == s else "desk credit line in the head"
        yield Change(ln.start, ln.next, "", why, meta={"site": site} if site else None)


#: a page's ``<title>`` printed over the headline: the site's name, a separator, the headline
#: (``健康生活網-秋冬流感高發``, ``光華網｜…``), or the headline, a separator, the site's name
_TITLE_SITE_BEFORE = regex.compile(rf"(?P<site>[^\s]{{2,16}}?){_SPACE}{{0,2}}(?:[-–—_|｜:：]|{_SPACE}[-–—]){_SPACE}{{0,2}}")
_TITLE_SITE_AFTER = regex.compile(rf"{_SPACE}{{0,2}}[-–—_|｜]{_SPACE}{{0,2}}(?P<site>[^\s]{{2,16}})")
#: the shortest headline a page title must repeat whole
_TITLE_REPEAT_MIN = 6


def _page_title_over_headline(part: Sequence[_Row], t: int) -> str | None:
    """The site's name where the head line ``t`` is the page's title, the line under it
    the headline that title repeats whole: the headline is the lower line. None otherwise."""
    if t + 1 >= len(part) or not _plain(part[t]) or not _plain(part[t + 1]):
        return None
    a, b = part[t].line.text.strip(), part[t + 1].line.text.strip()
    if len(b) < _TITLE_REPEAT_MIN or len(a) <= len(b) or not is_title_shaped(b):
        return None
    if a.endswith(b):
        m = _TITLE_SITE_BEFORE.fullmatch(a, 0, len(a) - len(b))
    elif a.startswith(b):
        m = _TITLE_SITE_AFTER.fullmatch(a, len(b))
    else:
        return None
    return m["site"] if m is not None else None


def _site_lines(part: Sequence[_Row], t: int, first_body: int, site: str, changes: list[Change]) -> Iterator[Change]:
    """Lines of the head that print the site's name alone (中天新聞網's <headline> / <date>
    / ``中天新聞網`` / <byline>): the name is read, the line is no text of the article."""
    taken = {c.start for c in changes if c.end > c.start}
    for r in part[t + 1 : first_body]:
        ln = r.line
        if r.meta is None and not r.body and ln.start not in taken and ln.text.strip() == site:
            yield Change(ln.start, ln.next, "", "site name line in the head", meta={"site": site})


#: a menu printed one item a line: each item a short word, no mark of a sentence or a field
_MENU_ITEM_MAX = 8
_MENU_ITEM_BAD = regex.compile(r"[。！？!?，,：:；;、「」“”《》()（）【】\[\]\d]")
#: so many items a line make a menu column
MENU_COLUMN_MIN = 3


def _menu_item_row(r: _Row) -> bool:
    s = r.line.text.strip()
    return (
        r.meta is None and not r.body and r.end_mark is None
        and 0 < len(s) <= _MENU_ITEM_MAX and " " not in s and _MENU_ITEM_BAD.search(s) is None
    )


def _menu_column_above_head(part: Sequence[_Row], t: int) -> int | None:
    """The index of the headline under a page's menu printed one item a line (a site's name
    may stand above it), where no filter cut the menu: ``MENU_COLUMN_MIN`` or more short
    items, then a headline-shaped line with a metadata row right under it (or one label
    between). None where the head does not read so."""
    k = t + 1 if t < len(part) and not _menu_item_row(part[t]) else t
    end = k
    while end < len(part) and _menu_item_row(part[end]):
        end += 1
    if end - k < MENU_COLUMN_MIN or end >= len(part) - 1:
        return None
    head = part[end]
    if head.meta is not None or head.body or not is_title_shaped(head.line.text):
        return None
    below = part[end + 1 : end + 3]
    return end if any(r.meta is not None for r in below[:1]) or (
        len(below) == 2 and below[1].meta is not None and not below[0].body
    ) else None


def _masthead_over_meta(part: Sequence[_Row], t: int) -> bool:
    """A line naming the site alone over a metadata line that names it too (a paper's
    title over its edition line): the masthead, never the headline."""
    if t + 1 >= len(part) or part[t].meta is not None or part[t].body or part[t + 1].meta is None:
        return False
    return part[t].line.text.strip() in part[t + 1].meta.sites  # type: ignore[union-attr]


#: the separators of a page-title-like label (``北京商报_北京商报网``): its last part names the site
_LABEL_PARTS = regex.compile(r"[_｜|]| [-–—] ")


#: the badge a news app prints under a member account's name (``人民号作者``, ``百家号作者``,
#: ``頭條號作者``): the line above it is who posted (matched on the stripped line: a blank run
#: at the pattern's head would be read again from every start of a search)
_ACCOUNT_BADGE = regex.compile(r"\p{Han}{1,4}[号號](?:作者|创作者|創作者)")


def _is_account_badge(line: str) -> bool:
    return _ACCOUNT_BADGE.fullmatch(line.strip(_BLANKS)) is not None


def _account_badge_below(doc: Document, r: _Row) -> bool:
    """Whether the raw line right under ``r`` (cut or not) is an account's badge."""
    raw = doc.raw
    a = doc.raw_offset(r.line.end, side="right")
    if raw[a : a + 1] != "\n":
        return False
    b = raw.find("\n", a + 1)
    line = raw[a + 1 : b if b >= 0 else len(raw)].rstrip("\r")
    return _is_account_badge(line)


def _label_cut(r: _Row, reason: str, banner: str | None = None) -> Change:
    """Cut a site, column or section label of the head; a name that ends as an outlet's
    (``观察者网``, ``香港經濟日報``) is the site, as is ``banner``, the name a head banner gives."""
    banner = _banner_site(r.line.text) or _edition_banner(r.line.text) or banner
    name = _LABEL_PARTS.split(r.line.text.strip())[-1].strip()  # ``北京商报_北京商报网``: the last
    site = banner or (name if name.endswith(_SITE_ENDINGS) else _edition_outlet(name))
    if site is None and (o := _OUTLET_SECTION.fullmatch(r.line.text.strip())) is not None:
        site = o["org"]  # ``市民日報 港聞``: the paper, then its section
    return Change(r.line.start, r.line.next, "", reason, meta={"site": site} if site else None)


#: a paper's name and its news section, on a label line of their own: ``市民日報 港聞``,
#: ``南方日报 要闻``
_OUTLET_SECTION = regex.compile(rf"(?P<org>{_OUTLET}){_SPACE}{{1,3}}\p{{Han}}{{1,4}}(?:聞|闻)")


#: a paper's title and the city of its edition, on a line of their own: ``星島日報 溫哥華``
_EDITION_LABEL = regex.compile(rf"(?P<org>{_OUTLET}){_SPACE}{{1,3}}(?P<place>\p{{Han}}{{2,4}}){_SPACE}*+$")


def _edition_outlet(text: str) -> str | None:
    """The outlet of an edition label (``星島日報 溫哥華`` gives ``星島日報``)."""
    m = _EDITION_LABEL.match(text.strip())
    return m["org"] if m is not None and m["place"] in _EDITION_PLACES else None


#: the reasons of :func:`_label_cut`'s cuts, whose site a labelled source overrides
_LABEL_CUT_REASONS = ("site or column name above the headline", "site or section label under the headline")


def _without_label_site(c: Change) -> Change:
    """``c`` without the site a label line of the head gave, where the article's own
    source line names one (``中工网`` / <headline> / ``… 来源：法治日报``)."""
    if c.reason not in _LABEL_CUT_REASONS or not c.meta or "site" not in c.meta:
        return c
    meta = {k: v for k, v in c.meta.items() if k != "site"}
    return dataclasses.replace(c, meta=meta or None)


def _label_row(r: _Row) -> bool:
    """A short plain line that names a site, a source or a section, never a headline's
    or a byline's words: no sentence or list punctuation, no credit word; or the site's
    banner (see :func:`_banner_site`) or its edition's (see :func:`_edition_banner`)."""
    s = r.line.text.strip()
    if not _plain(r):
        return False
    if len(s) <= _NAME_OVER_TITLE and not _NOT_A_NAME.search(s) and not _CREDIT_CUE.search(s):
        return True
    return _banner_site(s) is not None or _edition_banner(s) is not None


#: a paper's name with the edition it prints, as overseas and regional papers head their
#: pages: glued (``明報加西版``, ``人民日报海外版``), with the edition's city in brackets
#: (``明報加西版(溫哥華)``, ``明報(多倫多)``), or with region words, the last one an edition
#: (``星島日報 加拿大 溫哥華版``, ``世界日報 美東版``, ``南洋商报 北马版``)
_EDITION_BANNER = regex.compile(
    rf"(?P<org>{_OUTLET})"
    rf"(?:\p{{Han}}{{1,4}}版|(?:{_SPACE}{{1,3}}\p{{Han}}{{1,6}}){{0,2}}{_SPACE}{{1,3}}\p{{Han}}{{1,5}}版)?"
    rf"(?P<city>{_SPACE}{{0,2}}[(（]\p{{Han}}{{2,6}}[)）])?"
)
#: the longest edition banner
_EDITION_BANNER_MAX = 24


@memo_by_line
def _edition_banner(text: str) -> str | None:
    """The outlet an edition banner names (``星島日報 加拿大 溫哥華版`` gives ``星島日報``),
    or None: the page's masthead over the headline, never the headline (a banner must
    name its edition, ``版`` or a bracketed city, so a bare ``XX日報`` line is not one)."""
    s = text.strip()
    if not s.endswith(("版", ")", "）")) or len(s) > _EDITION_BANNER_MAX:
        return None
    m = _EDITION_BANNER.fullmatch(s)
    if m is None or (m["city"] is None and m.end("org") == len(s)):
        return None
    return m["org"]


#: the endings of a site's Han name on a banner with its Latin brand: an outlet's, a forum's
#: (``香港討論區``, ``天涯社区``) or a channel's (``運動視界 Sports Vision``, ``東森新聞頻道``)
_BANNER_ENDINGS = (
    "新聞", "新闻", "網", "网", "報", "报", "台", "臺", "社", "週刊", "周刊", "雜誌", "杂志",
    "論壇", "论坛", "討論區", "讨论区", "社區", "社区", "視界", "视界", "頻道", "频道",
)
#: how the description of a site's banner ends (``经济参考网 - 经济参考报官方网站``)
_OFFICIAL_SITE = ("官方网站", "官方網站", "官网", "官網", "门户网站", "門戶網站", "新闻网站", "新聞網站")


@memo_by_line
def _banner_site(text: str) -> str | None:
    """The site a banner line names, or None: an outlet's Han name with its Latin brand
    (``華視新聞網 CTS News``, ``巴士的報 Bastille Post``, ``NOWnews今日新聞``), or its name and a
    description as its official site (``经济参考网 - 经济参考报官方网站``). Never a headline."""
    s = text.strip()
    if len(s) > 40:
        return None
    m = _MASTHEAD.fullmatch(s)
    if m is not None and m["post"] is not None and "." in m["post"]:
        return m["han"]  # ``香港討論區 discuss.com.hk``: a name and the site's domain, never a headline
    if m is not None and m["han"].endswith(_BANNER_ENDINGS) and (m["glued"] or m["pre"] or m["post"]):
        return (m["glued"] or "") + m["han"]
    parts = [p.strip() for p in _LABEL_PARTS.split(s)]
    if len(parts) >= 2 and parts[-1].endswith(_OFFICIAL_SITE) and parts[0].endswith(_MASTHEAD_ENDINGS):
        return parts[0]
    return None


#: a slogan after an outlet's name on its banner (``上游新闻 - 汇聚向上的力量``): Han words
#: alone, no longer than a motto
_SLOGAN = regex.compile(r"\p{Han}{4,12}")
#: what splits an outlet's name from its slogan on a banner: a spaced dash or a bar
_SLOGAN_SPLIT = regex.compile(rf"{_SPACE}{{1,2}}[-–—|｜]{_SPACE}{{1,2}}")
#: the longest Han name of a brand banner (``數位時代 BusinessNext``)
_BRAND_HAN_MAX = 6


@memo_by_line
def _head_banner(text: str) -> str | None:
    """A banner that only its place, the first line of a head over a longer headline, shows
    to be one: a short Han name with its Latin brand (``數位時代 BusinessNext``,
    ``BusinessNext數位時代``), or an outlet's name with its slogan (``上游新闻 - 汇聚向上的
    力量``, ``大河网 | 大河网络传媒集团``). Words a headline could be, so never read alone.
    Gives the site's name, or None."""
    s = text.strip()
    if len(s) > 40:
        return None
    m = _MASTHEAD.fullmatch(s)
    if m is not None and (m["glued"] or m["pre"] or m["post"]) and len(m["han"]) <= _BRAND_HAN_MAX:
        return (m["glued"] or "") + m["han"]
    parts = _SLOGAN_SPLIT.split(s)
    if len(parts) != 2:
        return None
    name, slogan = parts
    if _MASTHEAD.fullmatch(name) is None or not name.endswith(_MASTHEAD_ENDINGS):
        return None
    return name if _SLOGAN.fullmatch(slogan) is not None else None


def _headline_among_labels(part: Sequence[_Row], t: int, m: int) -> int | None:
    """The headline among the head lines ``t:m`` above the first metadata line: the one
    longer, title-shaped line, all the others labels (or menus above it).

    A site, column or section line sits over or under the headline (``hket 香港經濟日報`` /
    <headline> / ``即時財經`` / <date line>); none of them is the title.
    """
    if m - t > 2 and _NAME_REPORTS.fullmatch(part[m - 1].line.text.strip()) and _name_under_title(part, m - 1):
        m -= 1  # the reporter's line under the headline (``郭佩欣 报道``) is no label
    if m - t < 2:
        return None
    # a site's banner may be longer than the headline (``世界新聞網 World Journal``)
    banners = {
        k for k in range(t, m)
        if _banner_site(part[k].line.text) is not None or _edition_banner(part[k].line.text) is not None
    }
    # the site's name with its brand or slogan, in the head's first lines: a banner once
    # a longer line follows it (``鏡新聞 Mirror News`` / ``鏡新聞 | 台灣最值得信賴的新聞台``)
    heads = _head_banners(part, t, m)
    banners |= heads
    candidates = [k for k in range(t, m) if k not in banners]
    if not candidates:
        return None
    c = max(candidates, key=lambda k: len(part[k].line.text.strip()))
    r = part[c]
    if not _plain(r) or not is_title_shaped(r.line.text) or _CREDIT_CUE.search(r.line.text):
        return None
    longest = len(r.line.text.strip())
    others = [k for k in range(t, m) if k != c]
    if any(len(part[k].line.text.strip()) >= longest for k in others if k not in banners):
        return None
    def label(k: int) -> bool:
        return _label_row(part[k]) or (k < c and k in heads) or (k > c and _player_time_row(part[k]))

    if not all(label(k) or (k < c and _is_nav_row(part[k])) or _badge_row(part[k]) for k in others):
        return None
    return c if any(label(k) for k in others) else None


#: a media player's time row, elapsed over total (``00:00 / 02:46``, ``01:23/05:40``,
#: ``0:00 / 1:02:15``): furniture of a video page between its headline and date row
_PLAYER_TIME = regex.compile(
    rf"(?P<a>(?:\d{{1,2}}:)?\d{{1,2}}:[0-5]\d){_SPACE}{{0,2}}[/／]{_SPACE}{{0,2}}(?P<b>(?:\d{{1,2}}:)?\d{{1,2}}:[0-5]\d)"
)


def _seconds(clock: str) -> int:
    """``02:46`` or ``1:02:15`` in seconds."""
    total = 0
    for part in clock.split(":"):
        total = total * 60 + int(part)
    return total


def _player_time_row(r: _Row) -> bool:
    """A row of its own holding a player's time: elapsed no later than the total (a span
    of day times, ``10:00/12:00``, is never printed alone under a headline either)."""
    if r.meta is not None or r.body or r.end_mark is not None:
        return False
    m = _PLAYER_TIME.fullmatch(r.line.text.strip())
    return m is not None and _seconds(m["a"]) <= _seconds(m["b"]) and _seconds(m["b"]) > 0


#: the most head lines above a headline its heading markup shows
_ABOVE_HTML_HEADLINE = 4


def _html_headline(part: Sequence[_Row], t: int, first_body: int, headlines: list[int]) -> int | None:
    """The row of the head from ``t`` on that opens where the html filter found a heading's
    headline (see :data:`html.HEADLINE_REASON`), with only plain lines above it (banners,
    slogans, labels, menus: no byline or date line, no prose), or None."""
    if not headlines:
        return None
    stop = min(first_body, t + _ABOVE_HTML_HEADLINE + 1, len(part))
    if t >= stop:
        return None
    i = bisect.bisect_left(headlines, part[t].line.start)
    if i == len(headlines) or headlines[i] > part[stop - 1].line.end:
        return None
    at = headlines[i]
    for k in range(t, stop):
        r = part[k]
        if r.line.start <= at <= r.line.end:
            if r.meta is not None or r.end_mark is not None or r.line.text[: at - r.line.start].strip(_BLANKS):
                return None
            return k
        if r.meta is not None or r.end_mark is not None or r.body:
            return None
    return None


def _head_banners(part: Sequence[_Row], t: int, m: int) -> set[int]:
    """The run of head banners (see :func:`_head_banner`) that opens the head ``t:m``, while
    a line stays under them: words a headline could be, so never the last line."""
    found: set[int] = set()
    k = t
    while k < m - 1 and _plain(part[k]) and _head_banner(part[k].line.text) is not None:
        found.add(k)
        k += 1
    return found


def _badge_row(r: _Row) -> bool:
    """A news app's badge under an account's name (``人民号作者``): a label of the head."""
    return _plain(r) and _is_account_badge(r.line.text)


def _headline_cut_above(doc: Document, r: _Row) -> str | None:
    """The headline right above the label line ``r`` where a junk filter cut it with the
    page's head (南都: <headline> / ``南都N视频`` / <date line>, the headline cut): a
    longer, title-shaped line; ``r`` must name the page's source, seen on another line of
    the page too (the masthead, a credit, an app prompt)."""
    if not _label_row(r) or not _repeated(doc, r):
        return None
    raw = doc.raw
    head = doc.raw_offset(r.line.start)
    if head < 2 or raw[head - 1] != "\n":
        return None
    a = raw.rfind("\n", 0, head - 1) + 1
    line = raw[a : head - 1].strip()
    if doc.text_offset(a) != r.line.start or not _walkback_title(line) or _CREDIT_CUE.search(line):
        return None
    if len(line) <= len(r.line.text.strip()) or parse_meta_line(line) is not None:
        return None
    if not _cut_covers(doc, a, head - 1):
        return None
    return _title_text(line)


def _repeated(doc: Document, r: _Row) -> bool:
    """Whether the line's words appear elsewhere in the raw page too."""
    s = r.line.text.strip()
    return doc.raw.count(s) >= 2


def _cut_covers(doc: Document, a: int, b: int) -> bool:
    """Whether a junk filter's cut covers raw ``a:b``."""
    for e in doc.edits:
        if e.start > a:
            break
        if e.filter in _JUNK_FILTERS and not e.text and e.start <= a and b <= e.end:
            return True
    return False


def _head_meta(meta: MetaLine, published: bool) -> dict[str, object]:
    """What a cut line says; an update stamp gives no ``published`` when another line of
    the article gives the publication date (``更新時間:…`` printed above ``發布時間:…``)."""
    out = meta.meta()
    if published and not meta.dates:
        out.pop("published", None)
    return out


def _segment_lines(doc: Document, text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]``, with offsets and line indexes of the document.

    Its whole lines are the document's cached lines; a boundary inside a line leaves a
    piece of that line at either end of the segment, which is split on its own.
    """
    if start >= end:
        return []
    all_lines = doc.lines()
    first, last = doc.line_indexes_of([start, end - 1])
    # whole lines: from the first starting at ``start`` or later to the last whose
    # line break (or the end of the text) falls inside the segment
    a = first if all_lines[first].start == start else first + 1
    b = last + 1 if all_lines[last].next <= end else last
    if a >= b:
        return _pieces(text, start, end, first)
    return [
        *_pieces(text, start, all_lines[a].start, first),
        *all_lines[a:b],
        *_pieces(text, all_lines[b - 1].next, end, b),
    ]


def _pieces(text: str, start: int, end: int, index: int) -> list[Line]:
    """``text[start:end]`` split into lines as a text of its own, with offsets in ``text``
    and line indexes counted from ``index``."""
    if start >= end:  # a segment that begins (or ends) with a whole line: no piece
        return []
    return [
        Line(index + ln.index, ln.start + start, ln.end + start, ln.text, ln.next + start)
        for ln in lines(text[start:end])
    ]


def _rows(seg_lines: Sequence[Line], closing: set[int]) -> tuple[list[_Row], list[int]]:
    """The non-blank lines, each with its metadata, whether it is body text, and its
    end-of-article marker (looked for on lines that are no metadata); and the indexes of
    the rows that are no plain prose, the only ones :func:`_articles` has to look at."""
    rows: list[_Row] = []
    stops: list[int] = []
    append = rows.append
    make = tuple.__new__  # _Row(...) without the named tuple's Python-level __new__
    # the two scans :func:`_may_open_with_item` begins with, which most lines fail both
    head_char, cue, reach = _HEAD_CHAR.search, _ITEM_CUES.search, _CUES_END
    edition = _EDITION_CUE.search  # and the year of an edition line (see :func:`_edition_line`)
    for line in seg_lines:
        t = line.text
        s = t.strip()
        if not s:
            continue
        if (
            head_char(s, 0, 2) is None and cue(s, 0, reach) is None and edition(s, 0, _EDITION_REACH) is None
        ) or not _may_open_with_item(s):
            meta = None
        else:
            meta = _parse_meta(t, s)
        if meta is not None:
            body_part = t[meta.end :]
            stops.append(len(rows))
            append(make(_Row, (line, meta, bool(body_part.strip()) and is_body_text(body_part), None)))
            continue
        n = len(s)
        # is_body_text(s) for a stripped ``s``: a sentence end is looked for only where
        # the length asks for one
        body = n >= _BODY_LONG or (n >= _BODY_MIN and _has_final(s))
        # the end marker is looked for only where one can be: on a line of ``closing``
        # (whose index is the document's), or a short one with a cue
        if line.index in closing or (len(t) <= _END_LINE_MAX and _END_ALONE.search(t) is not None):
            end_mark = _END_MARK.search(t)
            if end_mark is not None or not body:
                stops.append(len(rows))
            append(make(_Row, (line, None, body, end_mark)))
        else:
            if not body:
                stops.append(len(rows))
            append(make(_Row, (line, None, body, None)))
    return rows, stops


def _closing_lines(doc: Document) -> set[int]:
    """The indexes of the lines that may hold a bracketed end marker: where one of its
    last characters closes a bracket (``str.find`` finds those faster than a scan)."""
    text = doc.text
    found: list[int] = []
    for ch in _END_LAST:
        i = text.find(ch)
        while i >= 0:
            if _END_CLOSE.match(text, i):
                found.append(i)
            i = text.find(ch, i + 1)
    return set(doc.line_indexes_of(found))


def _articles(
    doc: Document, rows: Sequence[_Row], stops: Sequence[int], after_end: int
) -> list[tuple[int, int, int, str]]:
    """Cut a segment's rows into articles: (lo, hi, begins after an end marker, why it splits).

    ``why`` is empty for the first article of the segment. ``stops``: the indexes of the
    rows that are no plain prose, in order (see :func:`_rows`).
    """
    out: list[tuple[int, int, int, str]] = []
    n = len(rows)
    lo, first_after_end, seen_body, why = 0, after_end, False, ""
    i = 0
    while i < n:
        r = rows[i]
        if r.body and r.meta is None and r.end_mark is None:  # plain prose opens and ends nothing
            seen_body = True
            k = bisect.bisect_right(stops, i)  # nor does any row up to the next stop
            i = stops[k] if k < len(stops) else n
            continue
        if r.meta is None and not r.body:
            # a head after a plain line needs a date line under it, a lede under it, or a
            # time on it: each test is made only where its first sign shows
            nxt = rows[i + 1] if seen_body and i + 1 < n else None
            if nxt is not None and nxt.meta is not None and _header_starts(doc, rows, lo, i):
                start = i - 1 if i - 1 > lo and (_is_nav_row(rows[i - 1]) or _label_row(rows[i - 1])) else i
                out.append((lo, start, first_after_end, why))
                lo, first_after_end, seen_body, why = start, _AFTER_NOTHING, False, "headline and date line after body text"
                i += 1
                continue
            if nxt is not None and nxt.body and nxt.meta is None and _lede_head_starts(doc, rows, lo, i):
                out.append((lo, i, first_after_end, why))
                lo, first_after_end, seen_body, why = i, _AFTER_NOTHING, False, _LEDE_SPLIT
                i += 1
                continue
            if _may_open_flash(r.line.text) and (seen_body or _flash_above(rows, i)) and _flash_item_starts(rows, lo, i):
                out.append((lo, i, first_after_end, why))
                lo, first_after_end, seen_body, why = i, _AFTER_NOTHING, False, _FLASH_SPLIT
                i += 1
                continue
            if r.end_mark is None:  # a plain line that opens no head ends nothing
                i += 1
                continue
        if seen_body and r.meta is not None and _starts_article(rows, i) and not _credits_after_lead(rows, lo, i):
            start = i
            prev = rows[i - 1]
            if i - 2 >= lo and rows[i - 2].body and prev.meta is None and not prev.body:
                if _walkback_title(prev.line.text):
                    start = i - 1
            out.append((lo, start, first_after_end, why))
            lo, first_after_end, seen_body, why = start, _AFTER_NOTHING, r.body, "byline after body text"
            i += 1
            continue
        if seen_body and r.meta is not None and _date_head_starts(doc, rows, lo, i):
            start = i - 1 if i - 1 > lo and _is_nav_row(rows[i - 1]) else i
            out.append((lo, start, first_after_end, why))
            lo, first_after_end, seen_body, why = start, _AFTER_NOTHING, False, "date line and headline after body text"
            i += 1
            continue
        seen_body = seen_body or r.body
        if seen_body and (r.meta is not None or r.end_mark is not None) and _ends_article(rows, i):
            j = i
            while j + 1 < n and rows[j + 1].meta is not None:
                j += 1
            if j + 1 < n:
                out.append((lo, j + 1, first_after_end, why))
                lo, first_after_end, seen_body, why = j + 1, _AFTER_END, False, "after end marker"
            i = j + 1
            continue
        i += 1
    out.append((lo, n, first_after_end, why))
    return [a for a in out if a[1] > a[0]]


#: the longest site or column name printed over a headline
_NAME_OVER_TITLE = 12
_SITE_ENDINGS = ("网", "網", "报", "報", "新闻", "新聞", "日报", "日報", "时报", "時報", "周刊", "週刊", "杂志", "雜誌", "社")


#: a line naming reporters or editors is a byline this parser missed, never a headline
#: (a headline's ``答记者问``, ``記者會``, ``记者节`` name no reporter)
_CREDIT_CUE = regex.compile(r"(?:记者|記者)(?![问問会會节節招证證])|作者|编辑|編輯|实习生|實習生|报道|報導|撰文|摄影|攝影")


def _plain(r: _Row) -> bool:
    """A line that is no metadata, no body text, no end marker and no menu."""
    return r.meta is None and not r.body and r.end_mark is None and not is_nav_line(r.line.text)


def _is_nav_row(r: _Row) -> bool:
    return r.meta is None and not r.body and r.end_mark is None and is_nav_line(r.line.text)


def _header_starts(doc: Document, rows: Sequence[_Row], lo: int, i: int) -> bool:
    """A headline, then date lines, then the body: the head of a new article.

    Date lines alone could be a live report's entries, so the head needs one more sign of
    a page boundary: a menu or breadcrumb above it, junk cut just before it, a source,
    author or desk on its lines, or a reporter credit opening the next lede.
    """
    r = rows[i]
    n = len(rows)
    j = i + 1
    while j < n and j - i <= 4 and rows[j].meta is not None and rows[j].meta.end >= len(rows[j].line.text):  # type: ignore[union-attr]
        j += 1
    if j == i + 1 or j >= n:
        return False
    block = [rows[k].meta for k in range(i + 1, j)]
    if j + 1 < n and _READING_TIME.fullmatch(rows[j].line.text.strip()):  # RFI: ``2 分鐘`` under the date
        j += 1
    if not rows[j].body:
        return False
    if not any("date" in m.roles for m in block):  # type: ignore[union-attr]
        return False
    if not _walkback_title(r.line.text):  # the costliest test last
        return False
    if len(block) >= 2 or any(m.sites or m.authors or "desk" in m.roles for m in block):  # type: ignore[union-attr]
        return True
    if i - 1 > lo and _is_nav_row(rows[i - 1]):
        return True
    if rows[j].meta is None and lede_credit(rows[j].line.text) is not None:
        return True
    if rows[j].meta is not None and rows[j].meta.authors:  # type: ignore[union-attr]
        # a byline the lede runs on from (``文 | 新民晚报，作者 | 张敏 进入毕业季…``):
        # a new article's credit, never a live report's entry
        return True
    if i - 1 > lo and _label_row(rows[i - 1]):
        # a section label over the head (星島: ``即時 港聞`` / <headline> / <date line>):
        # the sign of a boundary is looked for above the label
        return (
            _junk_cut_between(doc, rows[i - 2].line.end, rows[i - 1].line.start)
            or _label_repeats(doc, rows[i - 1])
            or _edition_outlet(rows[i - 1].line.text) is not None  # a paper's masthead: a new page
        )
    return _junk_cut_between(doc, rows[i - 1].line.end, r.line.start)


#: why an article split off at a head whose headline needs no further evidence
_LEDE_SPLIT = "headline and dateline lede after body text"
_FLASH_SPLIT = "flash item after flash item"

#: a reading-time note under a date line (``2 分鐘``, ``阅读时间 3 分钟``, ``5分鐘閱讀``)
_READING_TIME = regex.compile(
    rf"(?:(?:阅读|閱讀|閲讀)(?:时间|時間)?{_SPACE}{{0,2}}[:：]?{_SPACE}{{0,2}})?\d{{1,2}}{_SPACE}{{0,2}}"
    r"(?:分钟|分鐘)(?:阅读|閱讀|閲讀)?"
)

#: a dateline that opens a lede: ``【本報消息】``, ``本报讯``, ``（本報訊）``, ``新华社北京5月17日电``,
#: ``中央社台北17日電``; a subheading inside an article is never followed by one
_DATELINE_LEDE = regex.compile(
    rf"(?:[【\[〔(（]{_SPACE}{{0,2}})?"
    r"(?:(?:本报|本報|本台|本刊|本网|本網)(?:讯|訊|消息|专讯|專訊|綜合報導|综合报道)"
    r"|\p{Han}{1,6}(?:社|台|网|網|报|報)(?:记者|記者)?\p{Han}{0,8}?\d{0,2}月?\d{1,2}日(?:专电|專電|电|電))"
)


#: an outlet's last character in ``_DATELINE_LEDE`` (``本報``, ``新华社``), which ends by this
#: index: after a bracket, two blanks and six Han characters
_DATELINE_OUTLET = re.compile("[社台网網报報刊]")
_DATELINE_OUTLET_REACH = 1 + 2 + 6 + 1


def _opens_with_dateline(r: _Row) -> bool:
    if not r.body or r.meta is not None:
        return False
    s = r.line.text.lstrip()
    return (
        _DATELINE_OUTLET.search(s, 0, _DATELINE_OUTLET_REACH) is not None  # a cheap ``re`` scan first
        and _DATELINE_LEDE.match(s) is not None
    )


#: how finished prose ends: a sentence-final mark, or one before a closing quote
_FINISHED = _FINAL_MARKS + "」”』"


def _lede_head_starts(doc: Document, rows: Sequence[_Row], lo: int, i: int) -> bool:
    """A headline after finished prose, then a lede that opens with a dateline (澳門日報:
    <headline> / ``【本報消息】…``): the head of a new article, when the article above
    opened with a dateline too (an e-paper page of short items) or junk was cut just
    before the headline. A headline-like line followed by plain prose splits nothing."""
    if i <= lo or i + 1 >= len(rows) or rows[i - 1].meta is not None:
        return False
    prev = rows[i - 1].line.text.rstrip()
    if len(prev) < 8 or prev[-1] not in _FINISHED:  # the prose above is finished
        return False
    if not _opens_with_dateline(rows[i + 1]):
        return False
    if not _walkback_title(rows[i].line.text) or _CREDIT_CUE.search(rows[i].line.text):
        return False
    first = next((k for k in range(lo, i) if rows[k].body), None)
    if first is not None and _opens_with_dateline(rows[first]):
        return True
    return _junk_cut_between(doc, rows[i - 1].line.end, rows[i].line.start)


#: a time of day alone on a line, as a flash-news list prints over each item (``10:25``)
_CLOCK_LINE = regex.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?")
#: a flash item's paragraph that opens with its headline in black brackets (财联社 电报:
#: ``【工信部：前4月…增长13.6%】财联社6月3日电，…``): a headline, no sentence, then its text
#: on the same line; no dateline (``【新华社北京6月3日电】``, see ``_DATELINE_TAILS``)
_BRACKET_HEADLINE = regex.compile(r"【(?P<title>[^【】\n。！？!?]{6,60}+)】[ \t\u3000]{0,4}[^\s]")
_DATELINE_TAILS = ("电", "電", "讯", "訊", "报道", "報導", "报导", "報道")


def _clock_over_bracket(part: Sequence[_Row], t: int) -> int | None:
    """The index of a flash item's time line at the head of ``part`` (from ``t``, past the
    list's day header), over a paragraph opening with its bracketed headline; or None."""
    k = t
    while k < len(part) and part[k].meta is not None and not part[k].body:
        k += 1  # ``2024年06月03日 星期一``: the day the list's times are of
    if k + 1 >= len(part) or part[k].body or not _CLOCK_LINE.fullmatch(part[k].line.text.strip()):
        return None
    return k if bracket_headline_at(part[k + 1].line.text.strip()) is not None else None


def bracket_headline_at(text: str, pos: int = 0) -> str | None:
    """The headline a flash item's paragraph opens with in brackets at ``pos``, or None
    (separators splits a telegraph list where these stand, metadata takes them as titles)."""
    m = _BRACKET_HEADLINE.match(text, pos)
    if m is None:
        return None
    title = m["title"].strip()
    return None if title.endswith(_DATELINE_TAILS) else title


#: a time of day that opens a flash item's headline line (``10:25 央行宣布…``,
#: ``【10:25】滬指高開``): bracketed, or followed by a blank
_CLOCK_HEAD = regex.compile(
    rf"[【\[〔]{_SPACE}{{0,2}}(?:[01]?\d|2[0-3])[:：][0-5]\d{_SPACE}{{0,2}}[】\]〕]{_SPACE}*"
    rf"|(?:[01]?\d|2[0-3])[:：][0-5]\d{_SPACE}+"
)


def _clock_title(text: str) -> str | None:
    """The headline of a line that glues a flash item's time to it (``10:25 <title>``),
    or None: the rest must be shaped like a headline, so a timed sentence is none."""
    s = text.strip()
    m = _CLOCK_HEAD.match(s)
    if m is None:
        return None
    rest = s[m.end() :]
    return rest if _walkback_title(rest) else None


#: a flash item's time (``_CLOCK_LINE``, ``_CLOCK_HEAD``) shows its colon by this index of
#: the stripped line: after a bracket, two blanks and a two-digit hour
_CLOCK_COLON_REACH = 1 + 2 + 2


def _may_open_flash(text: str) -> bool:
    """A necessary condition of :func:`_opens_flash` and of a flash item at a row, for a
    row's text: one cheap look at its first characters rules out nearly every line."""
    head = text.lstrip()[: _CLOCK_COLON_REACH + 1]
    return ":" in head or "：" in head


def _opens_flash(r: _Row) -> bool:
    """A time line, or a time glued to a headline: where a flash item begins."""
    s = r.line.text.strip()
    return r.meta is None and (_CLOCK_LINE.fullmatch(s) is not None or _CLOCK_HEAD.match(s) is not None)


def _flash_item_at(rows: Sequence[_Row], k: int, *, open_end: bool = False) -> int:
    """How many rows the flash item that ``k`` opens spans (0: none): a time line, a
    headline, one paragraph (3), or the time glued to the headline, then the paragraph
    (2); then the end or another item's time (anything, with ``open_end``: the last item
    of a list, under which the page's footer follows)."""
    n = len(rows)
    if k < 0 or k + 1 >= n or rows[k].meta is not None or rows[k].body or not _may_open_flash(rows[k].line.text):
        return 0
    if _CLOCK_LINE.fullmatch(rows[k].line.text.strip()):
        size = 3
        if k + 2 >= n or not _plain(rows[k + 1]) or not _flash_text(rows[k + 2]):
            return 0
    elif _plain(rows[k]) and _flash_text(rows[k + 1]):
        size = 2
    else:
        return 0
    if not open_end and k + size < n and not _opens_flash(rows[k + size]):
        return 0
    if size == 3:
        return size if _walkback_title(rows[k + 1].line.text) else 0
    return size if _clock_title(rows[k].line.text) is not None else 0


#: the shortest paragraph of a flash item that is too short to count as body text: one
#: sentence of a dozen characters (``其中北京、上海分别下降0.4%、0.2%。``)
_FLASH_TEXT_MIN = 12


def _flash_text(r: _Row) -> bool:
    """A flash item's paragraph: prose, or one short sentence, as a 7x24 list prints
    under each headline (too short for body text, yet ended like a sentence)."""
    if r.meta is not None:
        return False
    if r.body:
        return True
    s = r.line.text.strip()
    return len(s) >= _FLASH_TEXT_MIN and s[-1] in _FLASH_ENDS


#: the marks that end a flash item's short paragraph
_FLASH_ENDS = frozenset("。！？!?」”』）)")


def _flash_above(rows: Sequence[_Row], i: int) -> bool:
    """A whole flash item ends right above row ``i``."""
    return _flash_item_at(rows, i - 3) == 3 or _flash_item_at(rows, i - 2) == 2


def _flash_item_starts(rows: Sequence[_Row], lo: int, i: int) -> bool:
    """A flash item after another one (第一财经 快讯: ``10:02`` / <title> / <paragraph>,
    or ``10:02 <title>`` / <paragraph>, repeated) is an article of a list. A live report
    prints the same entries under its own dated head, so a dated article above keeps them;
    a day's date alone right over the first item is the list's day divider, no such head
    (华尔街见闻 7x24: ``2024年05月17日 星期五`` / ``15:02`` / …)."""
    above = _flash_above(rows, i)
    size = _flash_item_at(rows, i) or (_flash_item_at(rows, i, open_end=True) if above else 0)
    if not size:
        return False
    if not (above or _flash_item_at(rows, i + size)):
        return False
    return not any(rows[k].meta is not None and rows[k].meta.dates and not _day_divider(rows, k) for k in range(lo, i))


def _day_divider(rows: Sequence[_Row], k: int) -> bool:
    """Row ``k`` is a date alone (no time, byline or source) right over a flash item:
    a 7x24 list's day heading, where a live report's dated head names its source or
    time, or has a lede under it."""
    m = rows[k].meta
    if m is None or m.authors or m.sites or m.updates or rows[k].body or any(r != "date" for r in m.roles):
        return False
    if any(":" in d or "：" in d or "T" in d for d in m.dates):
        return False
    return _flash_item_at(rows, k + 1) > 0 or _flash_item_at(rows, k + 1, open_end=True) > 0


def _label_repeats(doc: Document, r: _Row) -> bool:
    """The label line ``r`` was printed as a line of its own above, too (cut or not): a
    section label a listing page repeats over each of its articles."""
    s = r.line.text.strip()
    raw = doc.raw
    pos = doc.raw_offset(r.line.start)
    return raw.startswith(s + "\n") or raw.find(f"\n{s}\n", 0, pos) >= 0


#: how an outlet's dateline ends (``新华社北京7月15日电``, ``中央社台北15日電``): no headline
_DATELINE_END = regex.compile(r"(?:讯|訊|电|電|报道|報導|报导|報道)[)）]?\s*$")


def _whole_meta(r: _Row) -> bool:
    return r.meta is not None and r.meta.end >= len(r.line.text)


def _date_above_title(rows: Sequence[_Row], i: int, *, head: bool = False) -> int | None:
    """Where the headline is when whole metadata lines with a date, then a headline, then
    the body begin at ``i`` (``2024-07-15 10:20`` / <headline> / <body>), as some portals
    print the date above the headline; ``None`` otherwise.

    ``head``: at an article's start, where nothing is split, the body may open with short
    lines (a post's first sentence, a filing's hard-wrapped notice) and a filing's info
    rows (``证券代码：…``) stand for the date."""
    n = len(rows)
    j = i
    while j < n and j - i < 4 and _whole_meta(rows[j]):
        j += 1
    k = _after_byline(rows, j + 1)
    if j == i or k >= n or not _plain(rows[j]):
        return None
    if not rows[k].body and not (head and any(rows[x].body for x in range(k + 1, min(n, k + _HEAD_BODY_REACH)))):
        return None
    marks = ("date", "field") if head else ("date",)
    if not any(w in rows[x].meta.roles for x in range(i, j) for w in marks):  # type: ignore[union-attr]
        return None
    t = rows[j].line.text
    if _CREDIT_CUE.search(t) or _DATELINE_END.search(t):  # ``新华社北京7月15日电`` on its own line
        return None
    if head and any("client" in rows[x].meta.roles for x in range(i, j)):  # type: ignore[union-attr]
        # a post's heading (``警情通报``) may be short: the date line of a post shows it one
        s = t.strip()
        return j if is_title_shaped(s) and len(s) >= _POST_TITLE_MIN and s[-1] not in "。！!；;：:，," else None
    return j if _walkback_title(t) else None


#: the name of whoever posted, alone on its line: an account or a user name
_POSTER = regex.compile(r"[\p{Han}A-Za-z0-9_\-·•]{2,20}")


def _poster_above(part: Sequence[_Row], t: int) -> str | None:
    """The poster's name over a post's date line that tells the client it was sent from
    (``平安杭州`` / ``5月17日 10:32 来自 微博网页版``) or the platform's label for posters
    (微头条: ``湘江边的老李`` / ``2025-10-13 08:12·头条创作者``), as Weibo, Toutiao and forums
    print a post's head: who posted, not a headline."""
    if t + 1 >= len(part) or part[t].meta is not None or part[t].body or not _whole_meta(part[t + 1]):
        return None
    roles = part[t + 1].meta.roles  # type: ignore[union-attr]
    if "client" not in roles and "platform" not in roles:
        return None
    name = part[t].line.text.strip()
    return name if _POSTER.fullmatch(name) and not name.isdigit() else None


#: the shortest heading of a post under its date line
_POST_TITLE_MIN = 4
#: how many rows under an article's headline its body text may wait
_HEAD_BODY_REACH = 3


def _after_byline(rows: Sequence[_Row], k: int) -> int:
    """The row after the whole metadata lines (at most three: a byline, a desk) from ``k``
    on, as ETtoday prints ``記者陳心怡／綜合報導`` under a headline with its date above it."""
    n = len(rows)
    j = k
    while j < n and j - k < 3 and _whole_meta(rows[j]):
        j += 1
    return j


def _date_head_starts(doc: Document, rows: Sequence[_Row], lo: int, i: int) -> bool:
    """A date line, a headline, then the body, after body text: the head of a new article.

    A live report prints the same shape (a time, a subheading, an entry), so this head
    needs the sign of a page boundary :func:`_header_starts` asks for.
    """
    j = _date_above_title(rows, i)
    if j is None:
        return False
    body = _after_byline(rows, j + 1)
    block = [rows[k].meta for k in (*range(i, j), *range(j + 1, body))]
    if len(block) >= 2 or any(m.sites or m.authors or "desk" in m.roles for m in block):  # type: ignore[union-attr]
        return True
    if i - 1 > lo and _is_nav_row(rows[i - 1]):
        return True
    if rows[body].meta is None and lede_credit(rows[body].line.text) is not None:
        return True
    return _junk_cut_between(doc, rows[i - 1].line.end, rows[i].line.start)


def _junk_cut_between(doc: Document, start: int, end: int) -> bool:
    """Whether a junk filter cut text between two positions of the current text."""
    raw_a = doc.raw_offset(start, side="right")
    raw_b = doc.raw_offset(end)
    if raw_b <= raw_a:
        return False
    for e in doc.edits:
        if e.start > raw_b:  # the edits are in raw order: none further on ends by ``raw_b``
            break
        if e.filter in _JUNK_FILTERS and not e.text and raw_a <= e.start and e.end <= raw_b:
            if doc.raw[e.start : e.end].strip():
                return True
    return False


def _starts_article(rows: Sequence[_Row], i: int) -> bool:
    """A byline opens a new article when body text follows it (glued, or next).

    A glued byline must carry a labelled author credit (``作者 |``, ``文 |``, ``撰文:``)
    to count: ``记者 名`` before prose is too close to an interview's question.
    """
    meta = rows[i].meta
    assert meta is not None
    if not meta.has_author or _closing_credit(rows[i]):
        return False
    if meta.end < len(rows[i].line.text):
        return meta.labelled_author
    j = i + 1
    while j < len(rows) and rows[j].meta is not None:
        j += 1
    return j < len(rows) and rows[j].body and j - i <= 4 and not _in_info_box(rows, i, j)


def _credits_after_lead(rows: Sequence[_Row], lo: int, i: int) -> bool:
    """The byline at ``i`` belongs to a date and credit block right under the lead, the one
    body line of an article that has a head line above it (DW: <headline> / <lead> /
    ``日期 30.04.2024`` / ``作者 Jing Lin`` / <body>): this article's credits, no new one."""
    k = i
    while k > lo and _whole_meta(rows[k - 1]):
        k -= 1
    if k - 1 <= lo or not rows[k - 1].body or any(rows[x].body for x in range(lo, k - 1)):
        return False
    j = i
    while j < len(rows) and _whole_meta(rows[j]):
        j += 1
    return any(rows[x].meta.dates for x in range(k, j))  # type: ignore[union-attr]


def _ends_article(rows: Sequence[_Row], i: int) -> bool:
    r = rows[i]
    if r.meta is not None and (r.meta.ends_article or _closing_credit(r)):
        return True
    return r.end_mark is not None


def _closing_credit(r: _Row) -> bool:
    """``（作者：边万莉 编辑：包芳鸣）``: authors and editors in brackets on a line of their
    own close the article above them; they open none."""
    t = r.line.text.strip()
    return (
        r.meta is not None
        and "editor" in r.meta.roles
        and r.meta.end >= len(r.line.text)
        and t[:1] in "（(【[" and t[-1:] in "）)】]"
    )


#: a contact line: a hotline's or service's label and its number (``读者热线：4008890008``)
_CONTACT_LINE = regex.compile(
    r"[\p{Han}A-Za-z]{0,8}(?:热线|熱線|电话|電話|专线|專線|客服|传真|傳真|报料|爆料)(?:电话|電話)?"
    rf"{_SPACE}{{0,2}}[:：]?{_SPACE}{{0,2}}[+(（]?\d[\d\-－()（） ]{{4,20}}"
)
#: a desk or role label alone (``TNL 編輯``, ``本报记者``): a credit, never a headline
_DESK_LABEL = regex.compile(
    rf"(?:[A-Za-z0-9]{{1,10}}|\p{{Han}}{{1,8}}){_SPACE}{{1,2}}(?:编辑|編輯|小编|小編|记者|記者|作者|撰稿|摄影|攝影)"
    r"|本(?:报|報|台|刊|网|網|站)?(?:编辑|編輯|记者|記者)"
)
#: a numbered step's number, alone on the line above the step (``1``, ``步骤3``, ``第5步``)
_STEP_NUMBER = regex.compile(r"(?:步骤|步驟|第|Step ?)?\d{1,2}(?:步)?")


def _never_headline(doc: Document, line: Line) -> bool:
    """A short first line that is no headline though shaped as one: a line under a bare
    step number (a recipe's step, cut or not), a hotline, a desk or role label. Taking it
    as the title would lose body text or name the article after a credit. (A headline may
    end in ``。`` after a comma: ``英伟达清仓大甩卖,但我却笑不太出来。``.)"""
    s = line.text.strip()
    if _CONTACT_LINE.fullmatch(s) or _DESK_LABEL.fullmatch(s):
        return True
    raw_at = doc.raw_offset(line.start)
    above = doc.raw.rfind("\n", 0, max(raw_at - 1, 0))
    prev = doc.raw[above + 1 : max(raw_at - 1, 0)].strip()
    return bool(prev) and _STEP_NUMBER.fullmatch(prev) is not None


def _walkback_title(text: str) -> bool:
    s = text.strip()
    return is_title_shaped(s) and len(s) >= 6 and s[-1] not in "。！!；;：:，,"


#: a row's metadata, read at C speed over a run of rows
_ROW_META = attrgetter("meta")


def _accepted_meta(part: Sequence[_Row], first_body: int, last_body: int) -> list[int]:
    """Which metadata rows of one article to cut.

    Header rows (before the body, at most eight lines in) all count, and so does a
    byline glued before the first body line. After the body has begun, only credit
    blocks count: runs of whole metadata lines that credit an author (or, after the
    last body line, an editor), with any date or source lines among them. Between body
    lines ``图 | …`` is a caption, and a lone ``来源:`` or date anywhere after the start
    is a caption or a feed's timestamp, not this article's metadata.
    """
    out: list[int] = []
    n = len(part)
    i = 0
    for k in compress(range(n), map(_ROW_META, part)):  # a ``MetaLine`` is true, ``None`` false
        if k < i:  # in a block read already
            continue
        i = k
        r = part[i]
        if i <= first_body:
            glued = r.meta.end < len(r.line.text)
            if (i < first_body and i < 8) or (i == first_body and glued):
                out.append(i)
            continue
        j = i
        while j < n and part[j].meta is not None and part[j].meta.end >= len(part[j].line.text):  # type: ignore[union-attr]
            j += 1
        if j == i:
            continue
        block = [part[k].meta for k in range(i, j)]
        at_end = i > last_body
        # an info box's fields (书名: / 作者: / 出版社:) are content, not credits
        # a desk credit closes the article as a byline does (``（民視新聞／綜合報導）``)
        credits = any(
            m.has_author or m.ends_article or (at_end and (m.credits or _closing_desk(m)))  # type: ignore[union-attr]
            for m in block
        ) or (at_end and any(_closing_source(part[k], last=j == n) for k in range(i, j)))
        if credits and not _in_info_box(part, i, j):
            out.extend(range(i, j))
        i = j
    return out


def _stamp_after_body(part: Sequence[_Row], last_body: int, accepted: list[int]) -> int | None:
    """The stamp row right after an article's last body line, where blogs and user posts
    print when they were written (小红书 ``编辑于 2025-10-13 浙江``, 知乎 ``编辑于 …・IP 属地
    北京``, 博客园 ``posted @ …``): a whole metadata line with a date and a poster's sign (a
    place, a poster, an edit stamp). A bare date there may be a feed's, and is left."""
    k = last_body + 1
    if last_body < 0 or k >= len(part) or k in accepted or not _whole_meta(part[k]):
        return None
    m = part[k].meta
    assert m is not None
    if not (m.dates or m.updates):
        return None
    return k if m.updates or m.has_author or "place" in m.roles else None


#: a source label that names this article's source, not a picture's or a feed item's
#: (``本文来源：人民日报``, ``文章來源：中央社``, ``本文转自：新华网``)
_THIS_SOURCE = regex.compile(
    rf"[【\[(（]?{_SPACE}{{0,2}}(?:本文|文章|本篇)(?:来源|來源|转自|轉自|转载自|轉載自|出处|出處){_SPACE}{{0,2}}[:：]"
)


def _closing_source(r: _Row, *, last: bool = False) -> bool:
    """A source line after the body that says it is this article's source: the article's
    closing credit, never a caption's or a feed's (which a bare ``来源:`` may be). A
    bracketed one closing the article's last rows (``（来源：极目新闻）``, ``（來源：中央社）``)
    says so by where it stands: no feed item or caption follows it."""
    m = r.meta
    if m is None or m.roles != ["site"]:
        return False
    t = r.line.text.strip()
    if last and t[:1] in "（(【[" and t[-1:] in "）)】]":
        return True
    return _THIS_SOURCE.match(t) is not None


def _closing_desk(m: MetaLine) -> bool:
    """A desk's credit alone after the body (``（中央社／綜合報導）``): the article's source,
    never prose, which reads no desk."""
    return m.roles == ["desk"]


def _is_field(r: _Row) -> bool:
    return r.meta is None and not r.body and _is_field_text(r.line.text)


def _in_info_box(rows: Sequence[_Row], i: int, j: int) -> bool:
    """Metadata rows ``i:j`` sit among ``label:value`` lines (``书名:`` / ``作者:`` / ``出版社:``).

    Such a box (a book's, a film's, an event's) is content: its ``作者`` is the book's.
    """
    return (i > 0 and _is_field(rows[i - 1])) or (j < len(rows) and _is_field(rows[j]))


#: how long a line ending in ``。`` (or in ``！？``) with a comma inside must be to read as
#: a sentence of prose (``图为村民们正在晾晒玉米，一派丰收景象。``); a headline ending in
#: ``！？`` is short (``油价又要涨了，你加满了吗？``)
_PROSE_MIN = 12
_PROSE_EXCLAIM_MIN = 24
_PROSE_COMMAS = ("，", ",")


def _prose_line(text: str) -> bool:
    """A line of prose: a sentence-long line holding a comma and ending in a sentence mark;
    over a photo credit, the picture's caption, no headline."""
    s = text.strip()
    if len(s) < _PROSE_MIN or not any(c in s for c in _PROSE_COMMAS):
        return False
    if s[-1] == "。":
        return True
    return s[-1] in "！？!?" and len(s) >= _PROSE_EXCLAIM_MIN


#: a photo credit's ends: the verb after the names (``记者 王磊 摄``, ``記者林志明／攝``),
#: the label before them (``圖／林志明``, ``摄影：王磊``)
_PHOTO_TAILS = ("摄", "攝", "摄影", "攝影")
_PHOTO_HEADS = ("图", "圖", "摄影", "攝影", "图片", "圖片")
_PHOTO_BRACKETS = "()（）【】[] \t\u3000\xa0"


def _photo_credit(text: str) -> bool:
    """A photo credit (``记者 王磊 摄``, ``（圖／林志明）``): a caption's credit under a
    picture inside the body, no byline that makes the line above a headline."""
    s = text.strip(_PHOTO_BRACKETS)
    if s.endswith(_PHOTO_TAILS):
        return True
    for head in _PHOTO_HEADS:
        if s.startswith(head):
            rest = s[len(head) :].lstrip(" \t\u3000\xa0")
            return rest[:1] in ("/", "／", ":", "：", "|", "｜")
    return False


def _title_evidence(doc: Document, part: Sequence[_Row], raw_seg: int, after_end: int, edits: list[Edit]) -> bool:
    """Evidence that an article's short first line is its headline.

    (a) metadata (a byline, a source or a date) follows it before the body starts, or
        a credit block with a byline follows the lead (some portals print the lead
        right under the headline, then the date and the author);
    (b) a copy of it follows (plain, prefixed by a site name, or already cut);
    (c) page chrome was cut both before and after it;
    (d) it follows an end-of-article marker, or a separator and ends in no sentence
        mark, and body text follows it.
    """
    first = part[0]
    title = _title_text(first.line.text)
    nxt = part[1] if len(part) > 1 else None
    prose = _prose_line(first.line.text)
    # (a)
    for k, r in enumerate(part[1:9], 1):
        if r.meta is not None:
            if (k > 1 or prose) and _photo_credit(r.line.text):
                continue  # a photo credit inside the body (under a caption): no byline
            return True
        if r.body:  # (a') the lead, then a credit block with a byline (DW: 日期 … / 作者 …)
            after = part[k + 1] if k + 1 < len(part) else None
            if after is not None and _whole_meta(after) and _credit_block_after_lead(part, k + 1):
                return True
            break
    if nxt is None:
        return False
    # (b)
    following = nxt.line.text.strip()
    if following == title:
        return True
    if following.endswith(title) and following[: -len(title)].rstrip()[-1:] in (":：|｜丨-—>»"):
        return True
    raw_after = doc.raw_offset(first.line.end, side="right")
    raw_next = doc.raw_offset(nxt.line.start)
    if title in doc.raw[raw_after:raw_next]:
        return True
    # (c)
    raw_before = doc.raw_offset(first.line.start)
    cut_before = cut_after = False
    last = max(raw_before, raw_next)
    # an edit counts only from ``raw_seg`` or ``raw_after`` on: those before are skipped
    for e in islice(edits, bisect.bisect_left(edits, min(raw_seg, raw_after), key=_EDIT_START), None):
        if e.start > last:  # the edits are in raw order: none further on ends by ``last``
            break
        if e.filter not in _JUNK_FILTERS or e.text:
            continue
        if _CLOCK_LINE.fullmatch(doc.raw, e.start, e.end) or _CLOCK_LINE.fullmatch(doc.raw, e.start, e.end - 1):
            continue  # a live text's time heading (``10:30``), no page chrome
        if raw_seg <= e.start and e.end <= raw_before:
            cut_before = cut_before or bool(doc.raw[e.start : e.end].strip())
        elif raw_after <= e.start and e.end <= raw_next:
            cut_after = cut_after or bool(doc.raw[e.start : e.end].strip())
    if cut_before and cut_after:
        return True
    # (d)
    s = first.line.text.strip()
    if not nxt.body:
        return False
    if after_end == _AFTER_END:
        return s[-1] not in "。"
    # a separator also stands between bodies that open with a short sentence ("好消息！")
    return after_end == _AFTER_SEPARATOR and s[-1] not in _SENTENCE_END


def _date_cut_above(doc: Document, pos: int) -> str | None:
    """The date of the raw line right above the headline at ``pos`` where a junk filter cut
    it (ETtoday prints ``2024年05月17日 10:25`` above the headline, which the page's head
    check may cut with the menu): a line of dates alone, as ``_date_above_title`` reads
    one still in the text."""
    raw = doc.raw
    head = doc.raw_offset(pos)
    if head < 2 or raw[head - 1] != "\n":
        return None
    a = raw.rfind("\n", 0, head - 1) + 1
    line = raw[a : head - 1]
    if not line.strip() or doc.text_offset(a) != pos:  # still in the text, or not right above
        return None
    meta = parse_meta_line(line)
    if meta is None or meta.end < len(line) or set(meta.roles) != {"date"} or not meta.dates:
        return None
    return meta.dates[0]


#: how many cut lines under an article's last line may hold its credits
_CREDIT_LINES_BELOW = 3
#: the filters whose cuts may hold an article's credits (low text density, editor lines)
_CREDIT_CUTTERS = frozenset({"body", "chrome"})


def _credits_cut_below(doc: Document, last: Line, found: _Found) -> list[str]:
    """Authors named by the lines right under an article's last line that a junk filter
    cut (网易's ``本文来源：中国经营报 作者：秦枭`` under the body, cut with the editor
    line): whole metadata lines, read as :func:`_accepted_meta` reads a credit block."""
    raw = doc.raw
    a = doc.raw_offset(last.end, side="right")
    if raw[a : a + 1] != "\n":
        return []
    names: list[str] = []
    a += 1
    for _ in range(_CREDIT_LINES_BELOW):
        b = raw.find("\n", a)
        b = len(raw) if b < 0 else b
        line = raw[a:b]
        if not line.strip() or doc.text_offset(a) != doc.text_offset(b):  # blank, or still in the text
            break
        if _cut_by(found.cuts, a) not in _CREDIT_CUTTERS:
            break
        meta = parse_meta_line(line)
        if meta is None or meta.end < len(line):
            break
        if meta.has_author and (meta.labelled_author or _compiler_credit(meta)):
            names.extend(x for x in meta.authors if x not in names)
        a = b + 1
    return names


def _compiler_credit(meta: MetaLine) -> bool:
    """A wire's closing credit whose translator or compiler :func:`_settle` made the
    author (``（譯者：陳韻聿／核稿：王朝鈺）``): a labelled credit too, the role added last
    after the editors'."""
    return meta.roles.count("author") == 1 and meta.roles[-1] == "author" and "editor" in meta.roles


def _cut_by(edits: list[Edit], raw_pos: int) -> str | None:
    """The filter whose cut covers ``raw_pos`` (``edits``: in raw order)."""
    k = bisect.bisect_right(edits, raw_pos, key=_EDIT_START) - 1
    if k >= 0 and edits[k].start <= raw_pos < edits[k].end and not edits[k].text:
        return edits[k].filter
    return None


def _credit_block_after_lead(part: Sequence[_Row], k: int) -> bool:
    """Whole metadata lines from ``k`` on hold a byline: a credit block, which
    :func:`_accepted_meta` cuts wherever it stands."""
    j = k
    while j < len(part) and j - k < 4 and _whole_meta(part[j]):
        if part[j].meta.has_author:  # type: ignore[union-attr]
            return True
        j += 1
    return False


#: a reporter's name alone on its line: three Han characters after a common surname
#: (four after a two-character one); two-character lines are too often a section
#: (``金融``, ``黃金``) to be read as names
_NAME_LINE_LEN = (3, 4)
#: the last characters of place names (``高雄市``, ``宜蘭縣``), which start with a surname too
_PLACE_LAST = frozenset("市縣县區区鎮镇鄉乡省村")


#: a Western name in capitals, as 紐約時報中文網 prints its bylines (``KEITH BRADSHER``,
#: ``AMY CHANG CHIEN``, ``JOHN O'BRIEN``): two to four words
_LATIN_CAPS_NAME = regex.compile(r"[A-Z][A-Z'\-]{1,15}(?: [A-Z][A-Z'\-]{0,15}\.?){1,3}")
#: capitals under a headline that are a label, no name (``BREAKING NEWS``, ``LIVE UPDATE``)
_CAPS_NOT_NAMES = frozenset("NEWS UPDATE UPDATES LIVE VIDEO ONLY EXCLUSIVE ENGLISH CHINESE REPORT TIMES POST".split())


def _name_under_title(part: Sequence[_Row], k: int) -> str | None:
    """A bare name line between the headline and the date line (風傳媒: <headline> /
    ``吳靜君`` / ``2024-03-21 16:12``): the author, without label or role word. Blogs and
    user posts print the poster's nickname there (简书, B站专栏, 掘金: <headline> /
    ``前端阿飞`` / ``2025-10-10 22:03``; CSDN: ``码农小张`` / ``已于 … 修改``)."""
    if k + 1 >= len(part) or not _plain(part[k]):
        return None
    name = part[k].line.text.strip()
    reports = _NAME_REPORTS.fullmatch(name)  # 8視界, 聯合早報: ``郭佩欣 报道``
    if reports is not None:
        name = reports["name"]
    nxt = part[k + 1].meta
    if nxt is None or not _whole_meta(part[k + 1]) or not (nxt.dates or nxt.updates) or nxt.authors:
        return None
    if not _LATIN_CAPS_NAME.fullmatch(name) or name.split()[-1] in _CAPS_NOT_NAMES:
        if len(name) not in _NAME_LINE_LEN or name[-1] in _PLACE_LAST or not _han_name(name):
            # a stamp with the poster's location (网易号: ``… 20:12:33·广东``) is a user's
            # post: the account above it may hold a section's word (``财经早知道``)
            if not _nickname(name, sections="place" in nxt.roles):
                return None
    return name


def _head_name_row(part: Sequence[_Row], t: int) -> int | None:
    """Where the poster's name line of the head under the headline ``t`` is: right under
    it, or under a row that says nothing of this article (CSDN's ``最新推荐文章于 …``
    between the headline and ``码农小张`` / ``已于 … 修改``)."""
    k = t + 1
    if k < len(part) and _whole_meta(part[k]) and part[k].meta.roles == ["other"]:  # type: ignore[union-attr]
        k += 1
    return k if _name_under_title(part, k) is not None else None


#: a nickname: Han, Latin letters, digits and the marks user names hold (``青砖黛瓦0825``,
#: ``dev_wang``, ``游戏老炮儿``), at least three (two Han characters are too often a section)
_NICKNAME = regex.compile(r"[\p{Han}A-Za-z0-9_\-·•]{3,16}")
#: words of a section's, a column's or a channel's name (``国内``, ``即時財經``, ``本地新闻``):
#: a line holding one names where the article is filed, not who wrote it
_SECTION_WORDS = re.compile(
    prefix_tree(
        "国内 國內 国际 國際 财经 財經 科技 体育 體育 娱乐 娛樂 社会 社會 要闻 要聞 即时 即時 军事 軍事 健康 教育 "
        "汽车 汽車 房产 房產 时尚 時尚 旅游 旅遊 文化 评论 評論 观点 觀點 视频 視頻 影音 图片 圖片 直播 本地 两岸 兩岸 "
        "港澳 热点 熱點 头条 頭條 快讯 快訊 滚动 滾動 原创 原創 专栏 專欄 新闻 新聞 资讯 資訊 政治 经济 經濟 焦点 焦點 "
        "时事 時事 专题 專題 独家 獨家 论坛 論壇 股市 产经 產經 商业 商業 生活 地方 全球 即時 要聞 中心 日报 日報 "
        "客户端 客戶端 官方 官微 频道 頻道 电视 電視 广播 廣播 人民 新华 新華 央视 央視 关注 關注 追蹤 追踪 订阅 訂閱 "
        "首页 首頁 登录 登入 注册 註冊 分享 收藏 点赞 點讚 阅读 閱讀 閲讀 评论 留言 举报 檢舉".split()
    )
)


def _nickname(name: str, *, sections: bool = False) -> bool:
    """A user's name as blogs print it under the headline: a short run of Han or Latin
    without sentence or list marks, no credit or platform label (``人民号作者``), no
    section, channel or outlet name (``国内``, ``财经``, ``人民日报``), no place.
    ``sections``: the row below shows a user's post, so a section's word may stand in
    the name (``财经早知道``); a bare section (``财经``) still may not."""
    if _NICKNAME.fullmatch(name) is None or name.isdigit() or _CREDIT_CUE.search(name):
        return False
    if name.endswith(_SITE_ENDINGS) or name[-1] in _OUTLET_LAST or name[-1] in _PLACE_LAST:
        return False
    if _PLATFORM_LABEL.fullmatch(name):
        return False
    if _SECTION_WORDS.search(name) is not None and not (sections and len(_SECTION_WORDS.sub("", name)) >= 3):
        return False
    return _banner_site(name) is None and not (name.isascii() and name.isupper())


# -- the site, where no line names it ----------------------------------------------------------

#: separators between a ``<title>`` line's headline and the site's name
_PAGE_TITLE_SEP = regex.compile(r"\s{1,3}[-–—|｜]\s{1,3}|[_｜|]")
#: what a site's name holds: no sentence or list punctuation
_NOT_A_NAME = regex.compile(r"[。，！？!?、；;：:“”「」()（）]")
_NAMEISH = regex.compile(r"[\p{Han}A-Za-z]")


#: the shortest headline part of a ``<title>`` line that may stand for the headline
_PAGE_HEAD_MIN = 4


def _page_site(raw: str, raw_a: int, title: str | None) -> str | None:
    """The site's name closing a ``<title>`` line (``<headline> - 自由時報電子報``,
    ``<headline> | 聯合新聞網``), the first line of the page, when what comes before the
    separator is the headline read for the article."""
    if not title:
        return None
    end = raw.find("\n", raw_a)
    line = raw[raw_a : end if end >= 0 else len(raw)]
    while not line.strip() and end >= 0:  # blank lines before it
        start = end + 1
        end = raw.find("\n", start)
        line = raw[start : end if end >= 0 else len(raw)]
    line = line.strip()
    if len(line) > 160:
        return None
    seps = list(_PAGE_TITLE_SEP.finditer(line))
    if not seps:
        return None
    head, site = line[: seps[0].start()].strip(), line[seps[-1].end() :].strip()
    if len(head) < _PAGE_HEAD_MIN or not (head == title or title.startswith(head) or head.startswith(title)):
        return None
    # with several parts a section stands beside the site, before it (``… - 生活 -
    # 自由時報電子報``) or after it (``…｜香港01｜港聞``): a section's name is a word or two,
    # the site's longer, so the longest part is taken (the last of equals)
    parts = [line[a.end() : b.start()].strip() for a, b in zip(seps, seps[1:])] + [site]
    site = max(reversed(parts), key=len)
    return site if _site_name(site) else None


#: a content farm's head line naming the site it posts on before its ``官网`` and the
#: label of its latest items (``资讯快报网官网最新热点:``, ``鏡週刊娛樂官網最新熱點:``)
_FARM_HEAD = regex.compile(
    r"(?P<name>[^:：\s]{2,16}?)(?:官网|官網)(?:最新)?(?:热点|熱點|资讯|資訊|新闻|新聞|头条|頭條|快讯|快訊|动态|動態|热门|熱門)[:：]"
)
#: the non-blank lines over an article's start where a farm's head line may stand (a
#: banner or a page title above it)
_FARM_HEAD_LINES = 3
#: a character ``str.strip`` keeps (``re``'s ``\s`` is ``str.isspace``, as ``strip``'s blanks)
_NON_BLANK = re.compile(r"\S")


def _farm_site(raw: str, raw_a: int) -> str | None:
    """The outlet a farm's head line names (``鏡週刊娛樂官網最新熱點:`` gives 鏡週刊): the
    longest start of the name that ends as an outlet's does, its channel (娛樂) left out;
    a name with no such ending (a farm's own brand) gives none."""
    pos, seen = raw_a, 0
    while pos < len(raw) and seen < _FARM_HEAD_LINES:
        end = raw.find("\n", pos)
        end = len(raw) if end < 0 else end
        if _NON_BLANK.search(raw, pos, end) is None:  # ``raw[pos:end].strip()`` is empty
            pos = end + 1
            continue
        seen += 1
        # a head line holds ``官网``/``官網``: a line without ``官`` (a one-line dump's whole
        # text, often) is passed over without copying it
        if raw.find("官", pos, end) < 0:
            pos = end + 1
            continue
        line = raw[pos:end].strip()
        pos = end + 1
        m = _FARM_HEAD.match(line)
        if m is None:
            continue
        name = m["name"]
        for k in range(len(name), 1, -1):
            if name[:k].endswith(_SITE_ENDINGS) or name[k - 1] in _OUTLET_LAST:
                return name[:k]
        return None
    return None


#: a masthead opening the page: an outlet's name in Han script with its Latin brand glued
#: before it (``NOWnews今日新聞``, kept: it is the name) or set off by a blank before or
#: after it (``Rti 中央廣播電臺``, ``原住民族電視台 TITV``: dropped), or alone where its
#: ending shows an outlet (``中央廣播電臺``; ``即時新聞`` is a section)
_MASTHEAD = regex.compile(
    r"(?:(?P<glued>[A-Za-z][A-Za-z0-9]{1,11})|(?P<pre>[A-Za-z][A-Za-z0-9]{1,11}) )?"
    r"(?P<han>\p{Han}{2,10})(?P<post> [A-Za-z][A-Za-z]{1,15}(?: [A-Za-z][A-Za-z]{1,15}){0,3}"
    r"| (?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{0,20}(?:\.[A-Za-z]{2,6}){1,2})?"
)
#: the endings of an outlet's Han name (the longer forms end in these too)
_MASTHEAD_ENDINGS = ("新聞", "新闻", "網", "网", "報", "报", "台", "臺", "社", "週刊", "周刊", "雜誌", "杂志")
#: the endings of an outlet's name that stands alone on the masthead
_MASTHEAD_ALONE = ("網", "网", "報", "报", "電視台", "電視臺", "电视台", "電臺", "電台", "电台", "社")


def _masthead_site(doc: Document, raw_a: int) -> str | None:
    """The outlet named alone on the page's first line, which a junk filter cut."""
    raw = doc.raw
    while raw.startswith(("\n", "\r"), raw_a):  # blank lines above it
        raw_a += 1
    end = raw.find("\n", raw_a)
    end = len(raw) if end < 0 else end
    line = raw[raw_a:end]
    if not line.strip() or len(line) > 48:
        return None
    m = _MASTHEAD.fullmatch(line.strip())
    if m is None or not m["han"].endswith(_MASTHEAD_ENDINGS):
        return None
    if not (m["glued"] or m["pre"] or m["post"]) and not m["han"].endswith(_MASTHEAD_ALONE):
        return None
    if not _cut_covers(doc, raw_a + len(line) - len(line.lstrip()), end):
        return None
    return (m["glued"] or "") + m["han"]


#: what a copyright line says, both scripts and English
_COPYRIGHT_CUES = ("©", "Copyright", "COPYRIGHT", "版權所有", "版权所有")
#: the holder named before ``版權所有`` (``東網版權所有``, ``ETtoday新聞雲 版權所有``,
#: ``明報網站 · 版權所有``), or after ``©`` and the years (``© 2024 德國之聲``, ``© 2024 BBC.``),
#: or before ``©`` (``風傳媒 © 2024``); ``版权所有者`` (the holder of a right) is a sentence
_HOLDER_BEFORE = regex.compile(
    r"(?:^|[©\s])(?P<name>[\p{Han}A-Za-z0-9.]{2,16}?)\s{0,2}[·•・]?\s{0,2}(?:版權所有|版权所有)(?![者人])"
)
#: a holder's name in Latin script: a word (a domain's dots within it: ``udn.com``), then
#: capitalised words up to ``All Rights Reserved``
_LATIN_HOLDER = (
    r"(?!All\b|Rights\b|Reserved\b)[A-Za-z][A-Za-z0-9&]{0,20}(?:\.[A-Za-z0-9]{1,10}){0,2}"
    r"(?: (?!All\b|Rights\b|Reserved\b)[A-Z][A-Za-z0-9&]{0,20}){0,3}"
)
_HOLDER_AFTER = regex.compile(
    r"(?:Copyright|COPYRIGHT)?\s{0,2}(?:©|\(c\)|（c）)\s{0,2}"
    r"(?:(?:19|20)\d\d(?:\s{0,2}[-–~]\s{0,2}(?:19|20)\d\d)?\s{0,2})?"
    rf"(?P<name>\p{{Han}}[\p{{Han}}A-Za-z0-9]{{1,15}}|{_LATIN_HOLDER})"
)
_HOLDER_FIRST = regex.compile(r"^(?P<name>[\p{Han}A-Za-z0-9]{2,16})\s{0,2}©")
#: a company's legal name, no site's: the operator of the site, named for the lawyers
_COMPANY = regex.compile(
    r"公司|有限|集团|集團|控股|信托|信託|股份|Limited|Ltd|Inc\b|Corporation|Corp\b|Holdings|Company|Group|\bby\b"
    #: the legal forms of Malaysian and Singapore companies (``Sdn Bhd``, ``Pte Ltd``)
    r"|\bSdn\b|\bBhd\b|\bPte\b|\bBerhad\b"
    #: and Portuguese, Spanish, German and English ones (``Teledifusão de Macau, S.A.``)
    r"|\bS\.A\b|\bLda\b|\bGmbH\b|\bLLC\b|\bPLC\b"
)
#: the last word of ``All rights reserved.`` before a Chinese ``版權所有`` is no holder
_RIGHTS_WORD = regex.compile(r"(?i)(?:all|rights|reserved)\.?")
#: how far after a holder's name a company's word still belongs to it
_COMPANY_TAIL = 16
#: a site's name ends in these words where the line says the web site (``明報網站``)
_WEBSITE = ("網站", "网站")


def _copyright_holders(doc: Document) -> _Holders:
    """Where each copyright line of the raw dump starts and the site names it gives
    (``© 2024 BBC``, ``東網版權所有``): one pass over the dump, in order.

    Only lines a filter cut whole count: a footer is junk, while a sentence of the body
    that mentions ``版权所有`` stays in the text."""
    raw = doc.raw
    starts: list[int] = []
    names: list[list[str]] = []
    seen: set[int] = set()
    for cue in _COPYRIGHT_CUES:
        i = raw.find(cue)
        while i >= 0:
            a = raw.rfind("\n", 0, i) + 1
            b = raw.find("\n", i)
            b = len(raw) if b < 0 else b
            if a not in seen:
                seen.add(a)
                got = _holders(raw[a:b].strip()) if doc.text_offset(a) == doc.text_offset(b) else None
                if got:
                    starts.append(a)
                    names.append(got)
            i = raw.find(cue, b)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[k] for k in order], [names[k] for k in order]


#: how close the next copyright line must follow for its Han name to be preferred
#: (``Copyright © 2024 XINHUANET.com`` / ``新华网版权所有``): the same footer
_FOOTER_REACH = 200


def _copyright_site(holders: _Holders, raw_a: int, stop: int | None = None) -> str | None:
    """The site a copyright line names, where no line of the article does: the nearest
    such line after the article's start (its page's footer), a Han name first; before
    ``stop``, where the next article starts (a footer after it is that article's)."""
    starts, names = holders
    k = bisect.bisect_left(starts, raw_a)
    if k >= len(starts) or (stop is not None and starts[k] >= stop):
        return None
    first = names[k]
    near = k + 1 < len(starts) and starts[k + 1] - starts[k] <= _FOOTER_REACH and (stop is None or starts[k + 1] < stop)
    for got in (first, names[k + 1] if near else []):
        han = next((x for x in got if _HAN.search(x)), None)
        if han is not None:
            return han
    return first[0]


#: a notice that the author holds the right (``© 本文版权归作者所有``, ``版權歸原作者所有``,
#: ``著作权归作者所有``): it names no site
_AUTHOR_HOLDS = regex.compile(r"(?:版权|版權|著作权|著作權)(?:归|歸|属于|屬於|属|屬|为|為)(?:原|本文)?作者")


def _holders(line: str) -> list[str]:
    """The site names a copyright line gives, in order."""
    if len(line) > 120 or _AUTHOR_HOLDS.search(line):
        return []
    names: list[str] = []
    for pattern in (_HOLDER_FIRST, _HOLDER_BEFORE, _HOLDER_AFTER):
        m = pattern.search(line)
        if m is None:
            continue
        name = m["name"]
        # the words right after the name tell a company's legal name (``on.cc (HK) Limited``)
        if _COMPANY.search(line, m.start("name"), m.end("name") + _COMPANY_TAIL):
            continue
        if any(w in name for w in _COPYRIGHT_CUES):  # ``自由時報版權所有不得轉載 ©``
            continue
        if _RIGHTS_WORD.fullmatch(name):  # ``… All rights reserved. 版權所有``
            continue
        if name.endswith(_WEBSITE) and len(name) > 3:
            name = name[:-2]
        if _site_name(name) and name not in names:
            names.append(name)
    return names


def _site_name(name: str) -> bool:
    """Short, no sentence, some letters: a site's name."""
    if not 2 <= len(name) <= 20 or name.isdigit():
        return False
    return not _NOT_A_NAME.search(name) and _NAMEISH.search(name) is not None


#: a site's name glued after the headline by an underscore, as a content farm's only
#: headline line shows it (``<headline>_今日看点新闻网``, ``<headline>_焦點新聞網``)
_SITE_SUFFIX = regex.compile(r"_(?P<site>[^\s_]{2,16})$")
#: a site's or aggregator's name after a spaced dash or bar, as a page's ``<title>`` line
#: ends (``<headline> - 今日頭條匯總``, ``<headline> | 资讯汇总网``)
_SPACED_SITE_SUFFIX = regex.compile(rf"{_SPACE}{{1,2}}[-–—|｜]{_SPACE}{{1,2}}(?P<site>[^\s\-–—|｜]{{2,16}})$")
#: how an aggregator's name ends, besides an outlet's endings (``今日頭條匯總``, ``热点资讯``)
_AGGREGATOR_ENDS = ("汇总", "匯總", "头条", "頭條", "资讯", "資訊", "热点", "熱點", "新闻网", "新聞網")


def _title_text(line: str) -> str:
    """The headline a title line gives: without a Markdown mark, a farm's ``站名最新热点:``
    prefix or its ``_站名`` suffix (the site is read from the ``<title>`` line apart)."""
    s = _MD_HEADING.sub("", line.strip())
    m = _SITE_PREFIX.match(s)
    if m and is_title_shaped(s[m.end() :]):
        s = s[m.end() :]
    s = s.strip()
    m = _SITE_SUFFIX.search(s)
    if m is not None and len(s[: m.start()].rstrip()) >= _PAGE_HEAD_MIN:
        site = m["site"]
        if _site_name(site) and (site.endswith(_SITE_ENDINGS) or site[-1] in _OUTLET_LAST):
            s = s[: m.start()].rstrip()
    m = _SPACED_SITE_SUFFIX.search(s)
    if m is not None and _site_suffix(s[: m.start()], m["site"]):
        s = s[: m.start()].rstrip()
    return s


#: an outlet's name glued before the headline on its line, set off by blanks, maybe with
#: its section (``力報 澳門新聞 <headline>``, ``中廣新聞網 <headline>``)
_OUTLET_HEAD = regex.compile(rf"(?P<org>{_OUTLET}){_SPACE}{{1,3}}(?:\p{{Han}}{{1,4}}(?:聞|闻){_SPACE}{{1,3}})?")
#: the shortest headline left after such a prefix
_OUTLET_HEAD_REST = 8


def _outlet_before_headline(raw: str, title: str) -> tuple[str, str] | None:
    """``(outlet, headline)`` where a title line opens with an outlet's name (and its
    section) before a headline, or None. The page must print the name elsewhere too (its
    byline, its footer): a headline that opens with a paper's name (``人民日报 评论…``)
    is left whole on a page that names no such outlet."""
    m = _OUTLET_HEAD.match(title)
    if m is None:
        return None
    rest = title[m.end() :]
    if len(rest) < _OUTLET_HEAD_REST or not is_title_shaped(rest) or raw.count(m["org"], 0) < 2:
        return None
    return m["org"], rest


def _site_suffix(head: str, site: str) -> bool:
    """Whether ``site``, after a spaced dash, is an aggregator's name closing a page title
    (``<headline> - 今日頭條匯總``): a name ending as aggregators' do, after a headline."""
    if len(head.strip()) < _PAGE_HEAD_MIN or not _site_name(site) or _FINAL.search(site):
        return False
    return site.endswith(_AGGREGATOR_ENDS)
