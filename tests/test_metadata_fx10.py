"""Heads misread and texts lost: a photo credit inside the body made the opening sentence a
headline, a live text's time headings made chrome around its prose; banners that only
their place shows (a short name with its Latin brand, an outlet with its slogan) taken
for the headline; an outlet named as a report (``21世纪经济报道``) in its byline; the
previous article's footer giving the site; a company's legal form (``S.A.``) as the site."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline, clean
from cleanseeds.filters.metadata import Metadata, _holders, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs

BODY = "这是一段足够长的正文内容，讲述了事情的来龙去脉，并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容，講述了事情的來龍去脈，並且包含完整的句子結構和標點符號。"


def _text(arts) -> str:
    return "\n".join(p for a in arts for p in a.paragraphs)


# -- a photo credit inside the body is no byline -------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "credit", "last"),
    [
        (
            "秋收时节，县里各乡镇的玉米陆续进入收获期，田间地头一片繁忙景象。",
            "在城关镇李家村，村民们正在晒谷场上晾晒玉米。",
            "记者 王磊 摄",
            "今年全村玉米亩产比去年增加了一成。",
        ),
        (
            "入冬以來，合歡山連日低溫，清晨山頂出現難得的霧淞景觀。",
            "不少遊客一早就上山，拿起手機搶拍枝頭的冰晶。",
            "記者 林志明 攝",
            "氣象署提醒，山區路面可能結冰，用路人應注意安全。",
        ),
        (
            "周末的市民公园里人头攒动，不少家长带着孩子出来放风筝。",
            "图为孩子们在草坪上奔跑嬉戏。",
            "（新华社记者 李贺 摄）",
            "公园管理处表示，近期将增设休息座椅和饮水点。",
        ),
        (
            "台北國際書展今天開幕，吸引大批讀者排隊入場。",
            "現場設有多個主題館，展出各國出版品。",
            "（圖／林志明）",
            "主辦單位預估，今年參觀人次可望突破五十萬。",
        ),
    ],
)
def test_photo_credit_down_the_body_makes_no_headline(first, second, credit, last):
    arts = clean(f"{first}\n{second}\n{credit}\n{last}\n")
    assert len(arts) == 1 and arts[0].title is None
    assert arts[0].paragraphs[0] == first
    assert second in arts[0].paragraphs and last in arts[0].paragraphs


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("图为村民们正在晒谷场上晾晒新收的玉米，一派丰收景象。", "记者 王磊 摄"),
        ("圖為遊客在合歡山頂拍攝霧淞，不少人一早就上山守候。", "記者林志明／攝"),
    ],
)
def test_caption_over_its_photo_credit_is_no_headline(caption, credit):
    arts = clean(f"{caption}\n{credit}\n{BODY}\n")
    assert arts[0].title is None and arts[0].paragraphs[0] == caption


@pytest.mark.parametrize(
    ("title", "credit", "body"),
    [("金秋玉米喜丰收", "记者 王磊 摄", BODY), ("合歡山霧淞美景", "記者 林志明 攝", BODY_TW)],
)
def test_picture_news_headline_over_its_credit_still_read(title, credit, body):
    """Negative: a short headline right over the photo's credit (picture news) stays one."""
    assert clean(f"{title}\n{credit}\n{body}\n")[0].title == title


def test_byline_two_lines_down_still_makes_a_headline():
    """Negative: a reporter's byline (no photo credit) under a subtitle still tells the head."""
    raw = f"台积电第二季营收创新高\n先进制程需求强劲\n记者 王磊\n{BODY}\n"
    assert clean(raw)[0].title == "台积电第二季营收创新高"


# -- a live text's time headings are no chrome ---------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "10:30\n会议正式开始，主持人宣布议程。\n11:15\n第一位发言人上台。\n",
        "14:00\n記者會正式開始，發言人說明本週疫情。\n14:20\n記者開始提問。\n",
        "09:05\n发布会开始，发言人介绍今年前三季度经济运行情况。\n09:40\n记者提问环节开始。\n",
    ],
)
def test_live_text_prose_between_time_headings_kept(raw):
    arts = clean(raw)
    assert len(arts) == 1 and arts[0].title is None
    prose = [x for x in raw.splitlines() if ":" not in x]
    assert all(p in arts[0].paragraphs for p in prose)


@pytest.mark.parametrize(
    "raw",
    [
        "10:30\n会议正式开始，主持人宣布议程。\n11:15\n第一位发言人上台。\n",
        "以下為現場實錄。\n14:00\n記者會正式開始，發言人說明本週疫情。\n14:20\n記者開始提問\n",
    ],
)
def test_time_headings_left_in_the_text_start_no_article(raw):
    """Where no filter cut the time headings, they stay, as does every line of prose."""
    arts = Pipeline([Metadata(), Paragraphs()]).clean(raw)
    assert len(arts) == 1 and arts[0].title is None
    assert arts[0].paragraphs == raw.split()


# -- banners that only their place shows -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "title", "site"),
    [
        (
            f"數位時代 BusinessNext\n首頁 / 新創 / 募資\n台灣AI新創募資熱 今年金額創新高\n撰文者：蘇柔瑋 發布日期：2026.12.03\n{BODY_TW}\n",
            "台灣AI新創募資熱 今年金額創新高",
            "數位時代",
        ),
        (
            f"钛媒体 TMTPost\n首页 > 科技 > 正文\n国产大模型密集发布 价格战再升级\n作者：张三 2026-12-03 10:00\n{BODY}\n",
            "国产大模型密集发布 价格战再升级",
            "钛媒体",
        ),
        (
            f"上游新闻 - 汇聚向上的力量\n首页 > 重庆 > 正文\n重庆一小区电梯“罢工” 物业三天未修好\n上游新闻 2026-11-14 09:30:21\n{BODY}\n",
            "重庆一小区电梯“罢工” 物业三天未修好",
            "上游新闻",
        ),
        (
            f"民眾日報 ｜ 傳遞真實的聲音\n首頁 > 地方\n高雄輕軌環狀線全線通車 市民搶搭\n2026-12-03 10:00\n{BODY_TW}\n",
            "高雄輕軌環狀線全線通車 市民搶搭",
            "民眾日報",
        ),
    ],
)
def test_banner_over_the_headline_is_no_title(raw, title, site):
    art = clean(raw)[0]
    assert art.title == title and art.site == site
    assert art.paragraphs == [BODY_TW if BODY_TW in raw else BODY]


@pytest.mark.parametrize(
    "title",
    ["輝達推出 GeForce", "苹果发布 iPhone", "台積電法說會 - 營收創新高"],
)
def test_brand_shaped_headline_alone_still_read(title):
    """Negative: a headline shaped as a banner, with no longer headline under it, stays one."""
    assert clean(f"{title}\n2024年5月18日 16:22\n{BODY}\n")[0].title == title


# -- an outlet named as a report -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "site", "author"),
    [
        ("21世纪经济报道 郑青亭 广州报道", "21世纪经济报道", "郑青亭"),
        ("21世紀經濟報導 鄭青亭 廣州報導", "21世紀經濟報導", "鄭青亭"),
        ("第一财经报道 张明 上海报道", "第一财经报道", "张明"),
    ],
)
def test_report_named_outlet_byline(line, site, author):
    got = parse_meta_line(line)
    assert got is not None and got.end == len(line)
    assert got.sites == [site] and got.authors == [author]


@pytest.mark.parametrize(
    "line",
    [
        "他们的新闻报道，比我们的报道更加深入",
        "关于这场事故的相关报道 目前 仍在持续报道",
        "21世纪经济报道 郑青亭",
    ],
)
def test_report_words_in_prose_are_no_byline(line):
    got = parse_meta_line(line)
    assert got is None or got.end < len(line) or not got.authors


def test_headline_under_short_outlet_name_read():
    raw = (
        "21经济网\n首页 > 宏观 > 正文\n广东前三季度外贸进出口同比增长4.1%\n"
        f"21世纪经济报道 郑青亭 广州报道\n2026-11-20 10:40\n{BODY}\n"
    )
    art = clean(raw)[0]
    assert art.title == "广东前三季度外贸进出口同比增长4.1%"
    assert art.authors == ["郑青亭"] and art.paragraphs == [BODY]


# -- the site of each article its own ---------------------------------------------------------


def test_previous_footer_gives_no_site():
    raw = (
        f"今周刊\n首頁 > 理財\n退休金只靠勞保不夠？三步驟算出你的缺口\n撰文者：吳靜芳　2026-12-02\n{BODY_TW}\n"
        "今周刊 版權所有 © 2026 Business Today All Rights Reserved.\n=====\n"
        "財訊\n產業 > 科技\nAI伺服器供應鏈大洗牌 散熱與電源廠成新贏家\n文／林宏達\n2026-12-01 10:00\n"
        "隨著新一代AI伺服器功耗大幅提高，液冷散熱與高瓦數電源供應器成為不可或缺的關鍵零組件。\n"
        "財訊傳媒 版權所有 Copyright © 2026 Wealth Magazine.\n"
    )
    arts = clean(raw)
    assert [a.title for a in arts] == ["退休金只靠勞保不夠？三步驟算出你的缺口", "AI伺服器供應鏈大洗牌 散熱與電源廠成新贏家"]
    assert arts[0].site == "今周刊" and arts[1].site != "今周刊"


@pytest.mark.parametrize(
    "line",
    [
        "©2026 澳門廣播電視股份有限公司 Teledifusão de Macau, S.A. 版權所有",
        "© 2026 Deutsche Welle GmbH 版权所有",
        "Copyright © 2026 Example Media LLC 版权所有",
    ],
)
def test_legal_form_is_no_site(line):
    assert not any(x in ("S.A.", "GmbH", "LLC") or x.endswith(("S.A.", "GmbH", "LLC")) for x in _holders(line))


@pytest.mark.parametrize(
    "raw",
    [
        f"入冬以來，合歡山連日低溫。\n{BODY_TW}\n",
        f"国务院新闻办公室今天举行发布会，介绍前三季度经济运行情况。\n会议由新闻发言人主持。\n{BODY}\n",
        f"图为村民在田间劳作。\n{BODY}\n",
    ],
)
def test_prose_untouched(raw):
    """Negatives: ordinary news paragraphs pass whole."""
    assert _text(clean(raw)) == raw.strip()


@pytest.mark.parametrize("read", ["閱讀時間", "閲讀時間", "阅读时间"])
def test_reading_time_after_a_stamp_in_every_form(read):
    # a blog platform's stamp row, with the reading time glued on; 閲 is the Hong Kong form
    text = (
        "在東京當外送員的三個月 我看見的日本勞動現場\n林予晴\n追蹤\n"
        f"2025/10/08{read}約 6 分鐘\n"
        "去年秋天拿著打工度假簽證到東京，原本在居酒屋打工，後來因為排班太少，轉去當外送員，一騎就是三個月。\n"
    )
    art = clean(text)[0]
    assert art.published == "2025-10-08"
    assert art.title == "在東京當外送員的三個月 我看見的日本勞動現場"
