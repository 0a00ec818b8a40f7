"""Heads of unseen portals: an outlet's bracketed dateline mark (``【正報訊】記者X報道 <date>``),
an app brand ending in a plus (``南方+``), a media player's time row under a video's
headline, an outlet glued before its headline, and a footer giving the site of the
article before it."""

from __future__ import annotations

import pytest

from cleanseeds import clean
from cleanseeds.filters.metadata import parse_meta_line

BODY = "这是一段足够长的正文内容，讲述了事情的来龙去脉，并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容，講述了事情的來龍去脈，並且包含完整的句子結構和標點符號。"


def _text(arts) -> str:
    return "\n".join(p for a in arts for p in a.paragraphs)


# -- an outlet's dateline mark ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "site", "author", "date"),
    [
        ("【正報訊】記者梁志強報道 2026年10月11日", "正報", "梁志強", "2026-10-11"),
        ("（中央社訊）記者王小明報導 2026年10月11日", "中央社", "王小明", "2026-10-11"),
        ("【星岛网讯】记者张三报道 2026-10-11 09:30", "星岛网", "张三", "2026-10-11T09:30"),
        ("【本报讯】记者 李四 2026年10月11日", None, "李四", "2026-10-11"),
        ("【大紀元2026年10月11日訊】記者李明台北報導", "大紀元", "李明", None),
        ("(羊城晚报讯) 2026年10月11日 10:20", "羊城晚报", None, "2026-10-11T10:20"),
    ],
)
def test_dateline_mark_row(line, site, author, date):
    got = parse_meta_line(line)
    assert got is not None and got.end >= len(line.rstrip())
    assert got.sites == ([site] if site else [])
    assert got.authors == ([author] if author else [])
    assert got.dates == ([date] if date else [])


@pytest.mark.parametrize(
    "line",
    [
        "【本報訊】記者梁志強報道 統計暨普查局資料顯示，九月份入境旅客共3,126,450人次。",  # a lede keeps its dateline
        "（中央社訊）行政院今天召開院會，通過多項法案。",
        "【本报讯】（记者 张三）近日，市里召开会议。",
        "【快訊】2026年10月11日",  # a tag, no outlet
        "【資訊】記者會將於2026年10月11日舉行",
    ],
)
def test_dateline_mark_before_prose_is_no_row(line):
    assert parse_meta_line(line) is None


def test_dateline_mark_under_headline_gives_the_head():
    raw = (
        "正報 Jornal Cheng Pou\n本澳九月份旅客量逾三百萬人次\n【正報訊】記者梁志強報道 2026年10月11日\n"
        f"{BODY_TW}\n{BODY_TW}\n"
    )
    (art,) = clean(raw)
    assert art.title == "本澳九月份旅客量逾三百萬人次"
    assert art.site == "正報" and art.authors == ["梁志強"] and art.published == "2026-10-11"
    assert "正報訊" not in _text([art])


# -- an app's brand ending in a plus --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("南方+ 2026-06-09 14:20 来源：企业供稿", "南方+"),
        ("新湖南＋ 2026年06月09日 14:20", "新湖南＋"),
        ("川观+ 2026-06-09 08:05", "川观+"),
    ],
)
def test_app_brand_with_plus(line, site):
    got = parse_meta_line(line)
    assert got is not None and got.sites[0] == site and got.dates


@pytest.mark.parametrize("line", ["1+1 2026年的新挑战", "南方+ 今天发布新版本，2026-06-09 上线。"])
def test_plus_in_prose_is_no_row(line):
    assert parse_meta_line(line) is None


# -- a media player's time row in a video's head ------------------------------------------


@pytest.mark.parametrize(
    ("banner", "headline", "player", "row"),
    [
        (
            "荔枝网 - 广东广播电视台",
            "视频｜广州塔灯光秀上新 市民夜游珠江打卡",
            "00:00 / 02:46",
            "2026-07-02 09:18  来源：广东台触电新闻  记者：何洁",
        ),
        ("台視新聞 - 台灣電視公司", "影音／颱風外圍環流影響 北部山區豪雨特報", "01:23/05:40", "2026/07/02 09:18 記者 林志明"),
    ],
)
def test_player_time_between_headline_and_date(banner, headline, player, row):
    body = BODY if "来源" in row else BODY_TW
    (art,) = clean(f"{banner}\n{headline}\n{player}\n{row}\n{body}\n{body}\n")
    assert art.title == headline
    assert player not in _text([art])


def test_clock_span_in_prose_stays():
    raw = f"营业时间调整\n2026-07-02 09:18 来源：本地生活\n{BODY}\n10:00 / 12:00\n{BODY}\n"
    (art,) = clean(raw)
    assert "10:00 / 12:00" in _text([art])


# -- an outlet glued before its headline; a footer is its own article's ------------------


def test_outlet_and_section_before_headline_and_next_footer():
    raw = (
        "市民日報 港聞\n食環署加強滅蚊 全港登革熱病媒監察指數回落\n2026年7月21日\n"
        "食物環境衞生署公布，本月全港誘蚊器指數回落，顯示早前加強的滅蚊工作取得成效。\n"
        "署方表示，將繼續在各區進行針對性滅蚊行動，並呼籲市民每星期最少一次清理家居積水。\n"
        "衞生防護中心提醒，如出現發燒、頭痛及肌肉痛等病徵，應盡快求醫並告知醫生外遊紀錄。\n分享：Facebook WhatsApp\n"
        "力報 澳門新聞 澳門旅遊局推動社區遊 新增三條步行路線\n記者 陳嘉欣 2026-07-20\n"
        "澳門特區政府旅遊局昨日公布，將在望廈、沙梨頭及下環推出三條社區步行遊路線，串連廟宇、老店及特色小巷，讓旅客深入了解社區文化。\n"
        "業界認為，社區遊有助分流旅客，讓經濟效益惠及更多中小商戶，值得持續推動。\n力報版權所有 不得轉載\n"
        "中廣新聞網 中油宣布汽柴油下週不調整 連續三週凍漲\n中廣新聞網 記者 李佳蓉 2026/07/19 16:05\n"
        "台灣中油公司今天宣布，下週汽、柴油價格不調整，這已是連續第三週凍漲，由中油吸收漲幅。\n"
        "中油表示，上週國際油價小幅上漲，但考量平穩物價機制，決定維持現行價格不變。\n"
    )
    a, b, c = clean(raw)
    assert a.title == "食環署加強滅蚊 全港登革熱病媒監察指數回落" and a.site == "市民日報"
    assert b.title == "澳門旅遊局推動社區遊 新增三條步行路線" and b.site == "力報"
    assert c.title == "中油宣布汽柴油下週不調整 連續三週凍漲" and c.site == "中廣新聞網"


def test_headline_opening_with_a_paper_name_stays_whole():
    # the page names no such outlet elsewhere: the words are the headline's
    raw = f"人民日报 评论员文章引发热议 专家解读政策走向\n2026-07-02 09:18 来源：本地生活\n{BODY}\n{BODY}\n"
    (art,) = clean(raw)
    assert art.title == "人民日报 评论员文章引发热议 专家解读政策走向"
