"""Heads of portals, both scripts: rows joined by bars, outlets before their reporters'
credits, romanised names, edition lines, unbracketed lede credits, ``_站名`` titles,
mastheads, sources over mirrors."""

from __future__ import annotations

import re
from dataclasses import astuple

import pytest

import cleanseeds
import cleanseeds.filters.metadata as md
from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, lede_credit, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

BODY = "这是一段足够长的正文内容，讲述了事情的来龙去脉，并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容，講述了事情的來龍去脈，並且包含完整的句子結構和標點符號。"


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


def _read(line: str) -> tuple[list[str], list[str], list[str]]:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line), line
    return meta.authors, meta.sites, meta.dates


@pytest.mark.parametrize(
    ("line", "authors", "sites", "dates"),
    [
        # date, outlet and labelled credit joined by bars
        ("2025-11-05 16:42 | 中央廣播電臺 | 記者：林思妤", ["林思妤"], ["中央廣播電臺"], ["2025-11-05T16:42"]),
        ("2025-11-05 16:42 | 中央广播电台 | 记者：林思妤", ["林思妤"], ["中央广播电台"], ["2025-11-05T16:42"]),
        ("2024/05/17 10:30｜科技新報｜作者：林妤柔", ["林妤柔"], ["科技新報"], ["2024-05-17T10:30"]),
        ("2024-05-17 10:30 丨 澎湃新闻 丨 编辑：李明", [], ["澎湃新闻"], ["2024-05-17T10:30"]),
        # an outlet whose name ends in 臺, then its reporter and the verb
        ("中央廣播電臺 記者 黃玉華 報導", ["黃玉華"], ["中央廣播電臺"], []),
        ("中央廣播電臺 記者 費家琪 報導", ["費家琪"], ["中央廣播電臺"], []),
        ("新华每日电讯记者 王铭禹 崔翰超", ["王铭禹", "崔翰超"], ["新华每日电讯"], []),
        # an indigenous reporter, romanised and transcribed, then the places
        ("記者 Lahok Mayaw 拉和克．馬耀 花蓮 光復", ["Lahok Mayaw 拉和克．馬耀"], [], []),
        ("記者 Sayun Nomin 莎韻‧諾明 宜蘭 南澳", ["Sayun Nomin 莎韻‧諾明"], [], []),
        ("记者 Lahok Mayaw 花莲", ["Lahok Mayaw"], [], []),
        # a paper's edition line: title, the date, the page
        ("新华每日电讯 2024年9月10日 第3版", [], ["新华每日电讯"], ["2024-09-10"]),
        ("新華每日電訊 2024年9月10日 第3版", [], ["新華每日電訊"], ["2024-09-10"]),
        ("明報加東版（多倫多）2024年9月10日星期二", [], ["明報加東版"], ["2024-09-10"]),
        ("明报加东版（多伦多）2024年9月10日星期二", [], ["明报加东版"], ["2024-09-10"]),
        ("人民日报 2024年9月10日 第4版", [], ["人民日报"], ["2024-09-10"]),
    ],
)
def test_head_rows_are_read(line: str, authors: list[str], sites: list[str], dates: list[str]) -> None:
    assert _read(line) == (authors, sites, dates)


@pytest.mark.parametrize("line", ["星島日報 溫哥華", "星岛日报 温哥华", "明報 多倫多", "世界日報 紐約"])
def test_an_edition_city_is_no_author(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or not meta.authors


@pytest.mark.parametrize(
    "line",
    [
        "今天是2024年9月10日星期二",
        "記者從2024年9月10日起追蹤此案",
        "公司表示2024年9月10日將召開股東會",
        "市政府 2024年9月10日宣布新措施",
        "記者 Apple 今日發表新款手機，售價維持不變。",
        "中央廣播電臺 記者會上，部長表示將加強合作。",
    ],
)
def test_prose_is_no_head_row(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or meta.end < len(line) and not meta.sites and not meta.dates


@pytest.mark.parametrize(
    ("text", "names", "org"),
    [
        ("央广网成都9月26日消息（记者 刘涛）四川多地秋粮抢收。", ("刘涛",), None),
        ("央廣網成都9月26日消息（記者 劉濤）四川多地秋糧搶收。", ("劉濤",), None),
        ("央广网成都10月21日消息（记者 刘涛 通讯员 阿苦日呷）据报道，", ("刘涛", "阿苦日呷"), None),
        ("金羊网讯 记者 林园 通讯员 穗铁宣 报道：1月24日，记者从广铁集团获悉，", ("林园", "穗铁宣"), "金羊网"),
        ("羊城晚报讯 记者 徐振宇 报道：1月23日，广州珠江夜游新航线正式开通。", ("徐振宇",), "羊城晚报"),
        ("本报北京4月30日讯 记者 张昊 最高人民法院今天召开新闻发布会，", ("张昊",), None),
        ("本報台北4月30日訊 記者 陳志明 報導：立法院今天三讀通過修正案。", ("陳志明",), None),
        ("本报讯 记者 张昊 李明 今天上午，市政府召开发布会。", ("张昊", "李明"), None),
    ],
)
def test_lede_credits_are_read(text: str, names: tuple[str, ...], org: str | None) -> None:
    assert lede_credit(text) == (names, org)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 记者 今天上午来到现场，看到工人们正在忙碌。",
        "本报讯 记者 三个人 今天上午来到现场。",
        "通讯 记者 张昊",  # a credit running to the line's end opens no lede
        "据新华社消息，记者今天从有关部门获悉，这项工作已经启动。",
    ],
)
def test_prose_gives_no_lede_credit(text: str) -> None:
    assert lede_credit(text) is None


def test_edition_line_over_a_headline_gives_site_and_date() -> None:
    raw = f"明報加東版\n明報加東版（多倫多）2024年9月10日星期二\n多倫多公校局擬削減音樂課程 家長聯署反對\n{BODY_TW}\n{BODY_TW}\n"
    (a,) = clean(raw)
    assert (a.title, a.site, a.published) == ("多倫多公校局擬削減音樂課程 家長聯署反對", "明報加東版", "2024-09-10")
    assert a.text.startswith(BODY_TW)


def test_edition_label_opens_a_new_article() -> None:
    raw = (
        f"屯門公屋單位起火 七旬翁吸入濃煙送院\n2024-06-11 09:25\n{BODY_TW}\n{BODY_TW}\n"
        f"星島日報 溫哥華\n列治文公共圖書館延長開放時間 周日增設夜間時段\n2024-06-11 08:10\n{BODY_TW}\n"
    )
    arts = clean(raw)
    assert [a.title for a in arts] == ["屯門公屋單位起火 七旬翁吸入濃煙送院", "列治文公共圖書館延長開放時間 周日增設夜間時段"]
    assert arts[0].authors == [] and arts[1].site == "星島日報"
    assert "星島日報" not in arts[0].text


def test_bar_row_head_is_read() -> None:
    raw = f"外交部：台灣與巴拉圭簽署農業合作協定 擴大雙邊交流\n2025-11-05 16:42 | 中央廣播電臺 | 記者：林思妤\n{BODY_TW}\n"
    (a,) = clean(raw)
    assert (a.authors, a.site, a.published) == (["林思妤"], "中央廣播電臺", "2025-11-05T16:42")
    assert a.text.strip() == BODY_TW


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("全球首款量产固态电池车型下线 续航突破1000公里_今日看点新闻网", "全球首款量产固态电池车型下线 续航突破1000公里"),
        ("台灣高鐵年運量首度突破8000萬人次 創通車以來新高_焦點新聞網", "台灣高鐵年運量首度突破8000萬人次 創通車以來新高"),
        ("新能源汽车下乡活动启动_环球时报", "新能源汽车下乡活动启动"),
        # not a site: kept whole
        ("Python_入门教程：变量与类型", "Python_入门教程：变量与类型"),
        ("股票代码_600519 今日大涨", "股票代码_600519 今日大涨"),
    ],
)
def test_a_farm_s_site_suffix_leaves_the_title(line: str, title: str) -> None:
    assert md._title_text(line) == title


def test_labelled_source_wins_over_a_mirror_s_name() -> None:
    raw = f"中工网\n法治日报：一季度劳动争议案件同比上升\n2024-05-01 07:30 来源：法治日报\n{BODY}\n"
    (a,) = clean(raw)
    assert a.site == "法治日报"


#: the new forms at the edge of their cues' reach
_AT_REACH = [
    "（一二三四五六七八九十   2024年9月10日 第3版）",
    "一二三四五六七八九十（一二三四五六）   2024年9月10日 第3版",
]


def _parse_without_cues(line: str) -> object:
    everywhere = re.compile("")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(md, "_may_open_with_item", lambda s: True)
        for name in ("_SEP_CUE", "_YEAR_CUE", "_ROLE_CUE", "_OUTLET_CUE", "_LEAD_BREAK", "_DOT_CUE", "_EDITION_CUE"):
            mp.setattr(md, name, everywhere)
        mp.setattr(md, "_OPENING_BRACKETS", ("",))
        meta = md.parse_meta_line(line)
    return None if meta is None else astuple(meta)


@pytest.mark.parametrize("line", _AT_REACH)
def test_forms_at_the_edge_of_their_cues_are_read(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert astuple(meta) == _parse_without_cues(line)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Rti 中央廣播電臺\n首頁\n新聞\n節目\nPodcast\n春節連假高鐵加開班次 2月1日零時開賣\n2025-01-20 14:05\n",
         "春節連假高鐵加開班次 2月1日零時開賣"),
        ("首页\n要闻\n财经\n科技\n体育\n北京地铁新线开通初期运营 全长约27公里\n2025-12-28 09:00 来源：北京日报\n",
         "北京地铁新线开通初期运营 全长约27公里"),
    ],
)
def test_headline_under_a_menu_printed_one_item_a_line(head, title):
    """No filter cut the page's menu (no footer, nothing else to tell a page): the headline
    is the line right over the date row, not the site's name over the menu."""
    body = "台灣高鐵公司今（20）日宣布，春節疏運期間將加開列車，加開列車車票將於2月1日零時起開放購買。"
    arts = cleanseeds.clean(head + body + "\n")
    assert arts[0].title == title
    assert arts[0].text == body


def test_short_lines_over_a_headline_without_a_date_row_stay():
    raw = "春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少\n孟浩然的这首诗流传千年，几乎每个孩子都会背诵，它写的是春天早晨醒来时的所见所闻。\n"
    arts = cleanseeds.clean(raw)
    assert "春眠不觉晓" in arts[0].text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("客家電視台 記者 劉惠琪 鍾昀呈 高雄 美濃", ["劉惠琪", "鍾昀呈"]),
        ("记者 张三 李四 北京", ["张三", "李四"]),
        ("记者 王宁 黄山", ["王宁"]),
        ("作者：张三 李四", ["张三", "李四"]),
    ],
)
def test_a_datelines_place_after_the_names_is_no_author(line, authors):
    """Reporters' names, then where they report from: a division's name (full or short,
    either script) and what follows it are the place."""
    meta = parse_meta_line(line)
    assert meta is not None and meta.authors == authors


@pytest.mark.parametrize(
    ("banner", "site"),
    [
        ("華視新聞網 CTS News", "華視新聞網"),
        ("巴士的報 Bastille Post", "巴士的報"),
        ("世界新聞網 World Journal", "世界新聞網"),
        ("點新聞 dotdotnews", "點新聞"),
        ("经济参考网 - 经济参考报官方网站", "经济参考网"),
    ],
)
def test_a_sites_banner_over_the_head_is_no_title(banner, site):
    """The site's banner (its Han name with its Latin brand, or its name and "official
    site") over the headline and its date row names the site; the headline is the title."""
    body = "中央氣象署今天表示，颱風外圍環流與東北季風產生共伴效應，北部山區今明兩天要嚴防豪雨。"
    for headline in ("颱風外圍環流影響 北部山區嚴防豪雨", "国家发展改革委就当前经济运行情况答记者问"):
        arts = cleanseeds.clean(f"{banner}\n{headline}\n2025/10/20 18:45\n{body}\n")
        assert arts[0].title == headline
        assert arts[0].site == site
        assert arts[0].text == body


def test_a_headline_or_a_prose_line_is_no_banner():
    assert md._banner_site("颱風外圍環流影響 北部山區嚴防豪雨") is None
    assert md._banner_site("Apple 新品發表會 今晚登場") is None
    assert md._banner_site("国家发展改革委就当前经济运行情况答记者问 - 经济参考报官方网站") is None
