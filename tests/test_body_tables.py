"""The body filter on a data table written with bars inside a market review, on a page
whose first line names only the site (its names side by side, or a short name over a
slogan) above a farm's head, and on a compiler's credit closing the text.

``| 指数 | 收盘 | 涨跌幅 |`` rows look like menu items split by bars, yet they are the
article's figures. ``一点资讯 - 个性化新闻阅读`` has the shape of ``headline - site``, but
the headline is the head's, under it: the head (``…官网最新热点:TITLE`` and its
``更新时间:`` row) must stay for the metadata filter. Both scripts.
"""

from __future__ import annotations

import pytest

from cleanseeds.document import Document
from cleanseeds.filters import body
from cleanseeds.filters.body import Body

_MENU = "首页 新闻 政务 民生 教育 视频 专题"
_MENU_TW = "首頁 新聞 政治 社會 生活 國際 財經"
_FOOT = "关于我们 | 联系我们 | 网站地图\n© 2025 版权所有"
_FOOT_TW = "關於我們 | 聯絡我們 | 網站導覽\n© 2025 版權所有"
_PROSE = "10月21日，A股三大指数集体收涨，两市成交额连续第三个交易日突破万亿元，市场情绪明显回暖。"
_PROSE2 = "从板块表现看，半导体、通信设备、消费电子板块涨幅居前，煤炭、银行板块小幅调整，北向资金净买入。"
_PROSE_TW = "台股今日在半導體類股帶動下強勢上漲，加權指數終場大漲三百餘點，成交金額放大至四千億元以上。"
_PROSE2_TW = "法人表示，外資連續三日買超，電子權值股表現亮眼，傳產與金融股則相對疲弱，市場觀望氣氛仍濃。"


def run_body(text: str) -> Document:
    doc = Document(text)
    Body()(doc)
    return doc


def kept_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


_TABLE = [
    "| 指数 | 收盘 | 涨跌幅 |",
    "| 上证指数 | 3916.33 | +1.36% |",
    "| 深证成指 | 13077.32 | +2.06% |",
    "| 创业板指 | 3083.72 | +3.02% |",
]
_TABLE_TW = [
    "｜指數｜收盤｜漲跌｜",
    "｜---｜---｜---｜",
    "｜加權指數｜23,456.78｜+312.45｜",
    "｜櫃買指數｜256.12｜+3.21｜",
]


def _review(table: list[str], tw: bool) -> str:
    head = ["台股半導體領漲 加權指數大漲三百點", "2025-10-21 14:35 記者 林明"] if tw else [
        "两市成交额连续三日破万亿元 半导体板块领涨", "2025-10-21 17:35 来源：证券日报网 作者：刘萌"]
    prose = (_PROSE_TW, _PROSE2_TW) if tw else (_PROSE, _PROSE2)
    menu, foot = (_MENU_TW, _FOOT_TW) if tw else (_MENU, _FOOT)
    return "\n".join([menu, *head, prose[0], *table, prose[1], foot]) + "\n"


@pytest.mark.parametrize(("table", "tw"), [(_TABLE, False), (_TABLE_TW, True)])
def test_bar_table_in_a_review_is_text(table: list[str], tw: bool) -> None:
    kept = kept_lines(run_body(_review(table, tw)))
    for row in table:
        assert row in kept
    assert (_PROSE2_TW if tw else _PROSE2) in kept
    assert (_MENU_TW if tw else _MENU) not in kept


@pytest.mark.parametrize(
    "rows",
    [
        # a menu with bars at its ends: no figures, one row
        ["| 首页 | 新闻 | 财经 | 科技 | 体育 |"],
        ["｜首頁｜新聞｜財經｜科技｜體育｜"],
        # rows of different widths, no figures: link bars, not a table
        ["| 首页 | 新闻 |", "| 财经 | 科技 | 体育 | 教育 |"],
    ],
)
def test_bar_menus_stay_menus(rows: list[str]) -> None:
    raw = "\n".join([*rows, "两市成交额连续三日破万亿元", "2025-10-21 17:35 来源：证券日报网", _PROSE, _PROSE2, _FOOT]) + "\n"
    kept = kept_lines(run_body(raw))
    assert not any(r in kept for r in rows)
    assert _PROSE in kept


def test_table_apart_from_the_text_is_no_text() -> None:
    """With no paragraph right above or under it, a bar table is a sidebar (a quotes
    widget), weighed as before."""
    raw = "\n".join([_MENU, *_TABLE, _MENU, "两市成交额连续三日破万亿元", "2025-10-21 17:35", _PROSE, _PROSE2, _FOOT]) + "\n"
    rows = body._rows(raw)
    assert not any(r.listed for r in rows if r.text in _TABLE)


@pytest.mark.parametrize(
    ("line", "names_site"),
    [
        ("一点资讯 - 个性化新闻阅读", True),
        ("一點資訊 - 個性化新聞閱讀", True),
        ("荆楚网 湖北日报网 | 首页 新闻 湖北 武汉", True),
        ("華視新聞網 華視新聞 | 首頁 新聞 生活", True),
        # a headline and its site
        ("习近平会见拜登_新华网", False),
        ("台风过境 - 香港电台网站", False),
        ("颱風來襲 停班停課一覽 - 自由時報電子報", False),
        ("两会快评 - 人民网 - 人民日报", False),
        ("國務院常務會議_中國政府網", False),
    ],
)
def test_page_title_naming_only_the_site(line: str, names_site: bool) -> None:
    split = body._title_split(line)
    assert split is not None
    assert body._names_the_site(*split) is names_site


_FARM = [
    ("一点资讯 - 个性化新闻阅读", "资讯快报网官网最新热点:长江流域十年禁渔成效显现 江豚种群数量回升",
     "更新时间:2025-09-05 09:18", "文 | 新华社，作者 | 赵磊，编辑 | 王悦 " + _PROSE + _PROSE2,
     "推荐阅读\n全国首个低空经济产业园在合肥揭牌\n3426\n国庆假期全国揽投快递包裹超35亿件\n2871"),
    ("荆楚网 湖北日报网 | 首页 新闻 湖北 武汉", "资讯快报网官网最新热点:武汉长江新区首座跨江隧道主体结构贯通",
     "更新时间:2025年8月30日 10:05", "文 | 荆楚网，作者 | 刘畅，编辑 | 王悦 " + _PROSE + _PROSE2,
     "推荐阅读\n全国首个低空经济产业园在合肥揭牌\n3426\n国庆假期全国揽投快递包裹超35亿件\n2871"),
    ("一點資訊 - 個性化新聞閱讀", "資訊快報網官網最新熱點:颱風外圍環流影響 北部山區嚴防豪雨",
     "更新時間:2025-09-05 09:18", "記者 許育瑄 報導 " + _PROSE_TW + _PROSE2_TW,
     "推薦閱讀\n全國首座低空經濟產業園揭牌\n3426\n國慶連假快遞包裹創新高\n2871"),
]


@pytest.mark.parametrize(("banner", "head", "date", "text", "feed"), _FARM)
def test_farm_head_under_a_site_banner_stays(banner: str, head: str, date: str, text: str, feed: str) -> None:
    raw = "\n".join([banner, head, date, text, feed, _FOOT]) + "\n"
    doc = run_body(raw)
    kept = kept_lines(doc)
    assert head in kept and date in kept and text in kept
    assert banner not in kept
    # the banner gives no title
    assert not any(n.meta and n.meta.get("title") for n in doc.notes)


def test_closing_compiler_credit_stays_for_the_metadata_filter() -> None:
    for credit in ("（编译/王晓梅）", "（編譯／王曉梅）", "(编译 王晓梅)"):
        raw = "\n".join([_MENU, "外媒：东南亚多国加快布局数据中心产业", "2025-09-18 08:12 来源：参考消息网", _PROSE, _PROSE2, credit, _FOOT]) + "\n"
        assert credit in kept_lines(run_body(raw))


@pytest.mark.parametrize("line", ["（编译软件下载）", "（編譯器更新）", "（编译/王晓梅表示，此事仍待观察。）"])
def test_bracketed_aside_is_no_compiler_credit(line: str) -> None:
    assert not body._closing_credit(body._rows(line)[0])
