"""The chrome filter on the furniture of paginated, live and press pages: a page footer
(``（第1頁 共2頁）``), a live blog's trailer and pin label, a radio's listen prompt, a
press release's tag and media contact, and a share bar naming X with a copy-link button.
Prose that looks alike stays, and the gates let every such line through."""

import pytest

from cleanseeds.filters import chrome as chrome_module
from cleanseeds.lines import unmemoised

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度，预计明年产能提升三成。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響，相關企業已著手調整布局。"

_verdict = unmemoised(chrome_module._verdict)

PAGE_FOOTERS = [
    "（第1頁 共2頁）",
    "（第1页/共3页）",
    "第 2 页 / 共 5 页",
    "(第2頁/共2頁)",
    "第3页 共3页",
    "【第1页，共4页】",
]
LIVE_TRAILERS = [
    "直播持續更新中，請重新整理頁面",
    "直播持续更新中，请刷新页面",
    "本直播将持续更新",
    "本直播將持續更新，敬請關注",
    "（持续更新中）",
    "【文字直播持續更新中…】",
    "请刷新页面查看最新进展",
    "報導持續更新中",
]
LISTEN_PROMPTS = [
    "▶ 收聽中廣新聞網 AM 657 / FM 103.3",
    "收听中国之声 FM106.1",
    "► 收聽飛碟電台 FM92.1",
    "立即收听北京交通广播 FM103.9",
    "收看直播：央视新闻频道",
    "▶ 觀看直播",
]
PINS = ["置顶", "置頂", "【置顶】", "[置頂]"]
SHARE_BARS = [
    "分享 Facebook LINE X 複製連結",
    "分享 Facebook X 复制链接",
    "分享：Facebook | X | LINE | 複製網址",
    "微信 微博 复制网址",
]
# lines that say the same words as a sentence of a report, and stay
PROSE = [
    "收看直播的观众很多",
    "收聽廣播的民眾越來越少，電台紛紛轉型。",
    "系统将持续更新，欢迎使用。",
    "本网站内容持续更新中",
    "页面将持续更新。",
    "全書共12頁，第3頁附有地圖。",
    "这份文件第2页共列出了5项条款。",
    "置顶帖子的作用是让重要信息不被淹没。",
    "媒體聯絡人表示，活動將如期舉行。",
    "新闻联系人制度在各部门已全面推行。",
    "他在X上发文称，公司将裁员一成。",
    "通稿发布后，多家媒体进行了转载。",
    "【通知】明日停水",
]


@pytest.mark.parametrize("line", [*PAGE_FOOTERS, *LIVE_TRAILERS, *LISTEN_PROMPTS, *PINS, *SHARE_BARS])
def test_the_line_goes_among_the_text(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize("line", PROSE)
def test_prose_like_it_stays(line):
    text = f"{BODY}\n{line}\n{BODY_TW}\n"
    assert chrome(text).text == text


def test_a_pin_label_goes_at_a_live_entry_s_start():
    text = f"{BODY}\n置顶\n10:15 赛事组委会介绍，截至目前共有23名跑者在医疗点接受救治。\n09:32 男子组冠军冲过终点。\n"
    doc = chrome(text)
    assert "置顶" not in doc.text and "10:15 赛事组委会介绍" in doc.text
    assert "pin label" in reasons(doc)


@pytest.mark.parametrize(
    ("tag", "para"),
    [
        ("【通稿】", "6月9日，华科智能装备股份有限公司在广州发布新一代六轴工业机器人。"),
        ("【新闻通稿】", "记者从市科技局获悉，本市新增国家级高新技术企业120家。"),
        ("【新聞稿】", "台灣電力公司今日宣布，明年起推動智慧電表全面換裝計畫。"),
        ("[新闻稿] ", "公司今日发布2026年第三季度业绩，营收同比增长12%。"),
    ],
)
def test_a_press_release_tag_goes_and_its_paragraph_stays(tag, para):
    doc = chrome(f"{tag}{para}\n{BODY}\n")
    assert doc.text == f"{para}\n{BODY}\n"
    assert reasons(doc) == ["press-release tag"]


#: a portal's page around a reprinted release: its chrome says it is no release of its own
PAGE_TOP = "首页 > 企业资讯 > 正文\n"


@pytest.mark.parametrize(
    "block",
    [
        "媒体联系人：林小姐\n电话：020-88886666\n邮箱：pr@hk-robot.com.cn",
        "新闻联络人：王先生\n手机：13800001234",
        "媒體聯絡人：陳小姐\n電話：(02)2345-6789\n電子郵件：press@example.com.tw",
        "傳媒查詢：\n陳小姐 2123 4567\n電郵：media@example.com.hk",
        "Media Contact:\n林小姐\nTel: 021-61234567\nEmail: pr@example.cn",
    ],
)
def test_a_media_contact_after_a_reprinted_release_goes(block):
    doc = chrome(f"{PAGE_TOP}{BODY}\n{BODY}\n{block}\n")
    assert doc.text == f"{BODY}\n{BODY}\n"
    assert "press release: media contact" in reasons(doc)


def test_a_release_on_its_own_keeps_its_contact():
    text = f"{BODY}\n{BODY}\n媒体联系\n王悦\n电话：0755-86001234\n邮箱：press@yunqi-ai.com\n"
    assert chrome(text).text == text


def test_a_media_contact_at_the_head_stays():
    text = f"{PAGE_TOP}媒体联系人：林小姐\n{BODY}\n"
    assert chrome(text).text == f"媒体联系人：林小姐\n{BODY}\n"


def test_the_contact_stops_at_the_first_line_that_is_no_field():
    doc = chrome(f"{PAGE_TOP}{BODY}\n媒体联系人：林小姐\n电话：020-88886666\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "raw",
    [*PAGE_FOOTERS, *LIVE_TRAILERS, *LISTEN_PROMPTS, *PINS, *SHARE_BARS, *PROSE,
     "媒体联系人：林小姐", "傳媒查詢：", "Media Contact: 林小姐", "【通稿】6月9日，公司发布新品。"],
)
def test_the_shortcuts_agree_with_the_full_judgement(raw):
    s = raw.strip()
    assert _verdict(raw) == (s, chrome_module._judge(raw, s, chrome_module._PLAIN_HAN.search(s) is not None))
