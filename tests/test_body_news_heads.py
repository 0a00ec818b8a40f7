"""The body filter keeps a news head (headline, date row, short labels) under site menus.

Broadcasters' and papers' pages put the headline right under the site's banner, menus
and region pickers, then a date row (``2026-11-25 HKT 16:42``, ``發布日期：…``), then
short label rows (a category, the channel's name, a share tool's caption) or a source
field. The earlier filters cut the menus, the banner's lines stay over the headline and
looked like an item of a list, so the head went with the low-density cut. A site menu
one item a line under the site's name and its logo text opens a page too. Both scripts;
a dated feed and a menu run ending over a date are no head; prose stays untouched.
"""

from __future__ import annotations

from cleanseeds import clean
from tests.test_body_heads2 import _FOOT, _FOOT_TW, kept

_NEWS_TW = (
    "衞生署衞生防護中心表示，近一星期呈陽性的流感樣本比例持續上升，顯示本港已進入冬季流感季節。\n"
    "中心發言人説，今個季度已錄得多宗兒童感染流感後出現嚴重併發症的個案，呼籲家長盡快帶子女接種疫苗。\n"
    "發言人又指，長者亦應同時接種肺炎球菌疫苗，並在人多擠迫的地方佩戴口罩，減低受感染的風險。"
)
_NEWS = (
    "国家气象中心表示，受强冷空气影响，未来三天华北、黄淮等地气温将下降八到十度，局地降幅更大。\n"
    "专家提醒，公众应及时添衣保暖，老人和儿童尽量减少户外活动，出行注意道路结冰带来的安全隐患。\n"
    "各地交通部门已提前部署除雪设备，高速公路将视路况采取临时管制措施，请驾驶人留意实时信息。"
)


def test_hk_head_with_zone_and_share_caption_under_banner() -> None:
    page = (
        "香港電台網站\nRTHK 新聞\nA A A\n氣溫 濕度\n即時新聞 本地 大中華 國際 財經 體育\n新聞重溫 可重溫過去12個月的新聞\n"
        "衞生署：本港進入冬季流感季節 籲長者盡快接種疫苗\n2026-11-25 HKT 16:42\n分享工具 facebook\n"
    )
    lines = kept(page + _NEWS_TW + "\n" + _FOOT_TW)
    assert "衞生署：本港進入冬季流感季節 籲長者盡快接種疫苗" in lines
    assert "2026-11-25 HKT 16:42" in lines
    assert "分享工具 facebook" not in lines
    assert "新聞重溫 可重溫過去12個月的新聞" not in lines


def test_head_with_category_label_under_bilingual_banner_simplified() -> None:
    page = "央视新闻 CCTV News\n首页 国内 国际 财经 体育 军事\n强冷空气来袭 华北黄淮气温骤降\n2026-11-26 08:30\n国内\n"
    text = page + _NEWS + "\n" + _FOOT
    lines = kept(text)
    assert "强冷空气来袭 华北黄淮气温骤降" in lines
    assert "2026-11-26 08:30" in lines
    assert "国内" not in lines
    art = clean(text)[0]
    assert art.title == "强冷空气来袭 华北黄淮气温骤降"
    assert art.published is not None and art.published.startswith("2026-11-26")


def test_head_with_channel_name_under_banner_traditional() -> None:
    page = "澳廣視 TDM\n新聞 Notícias\n首頁 澳門 國際 財經 體育 專題\n旅遊局：十月入境旅客逾三百萬人次 按年增一成\n2026-11-27 20:15\nTDM Ou Mun\n"
    lines = kept(page + _NEWS_TW + "\n" + _FOOT_TW)
    assert "旅遊局：十月入境旅客逾三百萬人次 按年增一成" in lines
    assert "TDM Ou Mun" not in lines


def test_source_field_between_date_and_byline_traditional() -> None:
    page = (
        "金門日報 Kinmen Daily News\n首頁 地方 要聞 社會 體育 副刊\n字級設定：小 中 大\n金門大橋通車週年 小金門觀光人次倍增\n"
        "發布日期：2026-11-17\n資料來源：金門日報\n記者 李增汪／金城報導\n"
    )
    text = page + _NEWS_TW + "\n" + _FOOT_TW
    lines = kept(text)
    assert "金門大橋通車週年 小金門觀光人次倍增" in lines
    assert "資料來源：金門日報" not in lines
    art = clean(text)[0]
    assert art.title == "金門大橋通車週年 小金門觀光人次倍增"


def test_source_field_between_date_and_byline_simplified() -> None:
    page = (
        "北方网 Enorth\n首页 天津 国内 国际 财经 体育\n字号：大 中 小\n强冷空气来袭 华北黄淮气温骤降\n"
        "发布时间：2026-11-26\n新闻来源：天津日报\n记者 王海燕\n"
    )
    lines = kept(page + _NEWS + "\n" + _FOOT)
    assert "强冷空气来袭 华北黄淮气温骤降" in lines
    assert "新闻来源：天津日报" not in lines


def test_vertical_menu_under_logo_lines_traditional() -> None:
    page = (
        "青年日報\nYouth Daily News\n軍事\n政治\n兩岸\n國際\n社會\n生活\n藝文\n"
        "國軍冬季聯合演習登場 強化後備動員能量\n記者游凱翔／台北報導\n2026/11/24 05:30\n"
    )
    art = clean(page + _NEWS_TW)[0]
    assert art.title == "國軍冬季聯合演習登場 強化後備動員能量"
    assert art.published is not None and art.published.startswith("2026-11-24")
    assert not any(p in ("軍事", "藝文", "青年日報") for p in art.paragraphs)


def test_vertical_menu_under_logo_lines_simplified() -> None:
    page = (
        "解放军报\nPLA Daily\n要闻\n军事\n国际\n评论\n视频\n专题\n"
        "强冷空气来袭 华北黄淮气温骤降\n记者 王海燕\n2026-11-26 08:30\n"
    )
    art = clean(page + _NEWS + "\n" + _FOOT)[0]
    assert art.title == "强冷空气来袭 华北黄淮气温骤降"
    assert not any(p in ("要闻", "专题", "解放军报") for p in art.paragraphs)


def test_item_of_a_dated_feed_is_no_head() -> None:
    page = (
        "首頁 政治 社會 國際 財經 體育\n熱門新聞\n颱風外圍環流影響 北部今晚轉雨\n2026-11-20 10:00\n"
        "立法院三讀通過長照法修正案 明年上路\n2026-11-21 09:00\n"
    )
    lines = kept(page + _NEWS_TW + "\n" + _FOOT_TW)
    assert "立法院三讀通過長照法修正案 明年上路" not in lines


def test_vertical_menu_ending_over_a_date_is_no_head() -> None:
    page = "新聞網\nNews Online\n首頁\n政治\n社會\n國際\n財經\n科技\n2026-11-24 05:30\n"
    lines = kept(page + _NEWS_TW + "\n" + _FOOT_TW)
    assert "科技" not in lines and "財經" not in lines


def test_prose_with_short_lines_is_untouched() -> None:
    for text in (
        "港澳\n" + _NEWS_TW,
        "强冷空气来袭 华北黄淮气温骤降\n2026-11-26 08:30\n国内\n" + _NEWS,
        "資料來源：金門日報\n" + _NEWS_TW,
    ):
        assert kept(text) == [line for line in text.split("\n") if line.strip()]
