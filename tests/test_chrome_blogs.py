"""The chrome filter on blogs and their platforms: a blog's own menu and skip link, tip
and sponsor buttons, a column's box and an image's placeholder (CSDN), a paywall's
notice, Medium's English furniture inside a Chinese post; prose that looks alike stays."""

import pytest

from cleanseeds.document import Document
from cleanseeds.filters.notices import NoticesFilter

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


@pytest.mark.parametrize(
    "line",
    [
        # a blog's skip link and its own menu (痞客邦)
        "跳到主文",
        "相簿 部落格 留言 名片",
        "相册 | 留言 | 名片",
        # tip and subscribe buttons (简书, CSDN)
        "赞赏支持",
        "讚賞支持",
        "订阅专栏",
        "訂閱專欄",
        # a column's box (CSDN)
        "分类专栏： Python数据分析 文章标签： #python #pandas #大数据",
        "分類專欄： 機器學習 文章標籤： #python",
        "Python数据分析 专栏收录该内容",
        "機器學習 專欄收錄該內容",
        "12 篇文章",
        "3篇文章",
        # an editor's placeholder for an image's description
        "在这里插入图片描述",
        "在這裡插入圖片描述",
        "这里写图片描述",
        # a paywall's notice (方格子)
        "本篇內容共 2,315 字、0 則留言，僅發佈於會員專屬，你目前無法檢視以下內容，可能因為尚未登入，或沒有該房間的查看權限。",
        "本篇内容共 1,200 字、3 则留言，仅发布于会员专属，你目前无法查看以下内容。",
        # a user's level badge (掘金, Discuz!)
        "LV.4",
        "Lv.3",
        "[LV.8]以坛为家I",
        # Medium, in English inside a Chinese post
        "Sitemap Open in app Sign up Sign in Write",
        "Sign in",
        "Written by 陳柏翰",
        "Written by 林予晴",
        "238 Followers",
        "1.2K Followers",
        "More from 陳柏翰",
        "Published in 數位時代",
        "Recommended from Medium",
        "Help Status About Careers Press Blog Privacy Terms Text to speech",
        "6 min read",
    ],
)
def test_blog_furniture_goes(line):
    body = BODY_TW if any("\u4e00" <= c <= "\u9fff" and c in "陳晴機數專訂讚內類錄篇檢" for c in line) else BODY
    text = f"{body}\n{body}\n{line}\n{body}\n"
    doc = chrome(text)
    assert doc.text == f"{body}\n{body}\n{body}\n", reasons(doc)


def test_a_sponsor_button_goes_beside_other_buttons():
    text = f"{BODY_TW}\n{BODY_TW}\n贊助\n留言\n分享\n"
    assert chrome(text).text == f"{BODY_TW}\n{BODY_TW}\n"


def test_a_medium_follow_button_goes_beside_a_share_button():
    text = f"{BODY_TW}\n{BODY_TW}\nFollow\nShare\n"
    assert chrome(text).text == f"{BODY_TW}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "line",
    [
        "請大家多多關注這個議題，也歡迎分享給身邊的朋友。",
        "Follow the money，這是調查記者的第一課。",
        "他在社群上寫道：「感謝大家的支持與分享。」",
        "Written by a former editor, the book sold well.",
        "这是他在论坛发出的第3篇文章，引发热议。",
        "本篇文章共分三部分，以下内容将逐一介绍。",
        "他的相簿裡存著上千張老照片，記錄了部落格時代的點滴。",
        "该专栏收录该内容后，阅读量明显上升，作者也因此获得了更多订阅。",
        "記者在現場看到，許多民眾拿著名片排隊等候。",
    ],
)
def test_prose_like_blog_furniture_stays(line):
    text = f"{BODY}\n{line}\n{BODY}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    ["本文禁止转载或摘编", "本文禁止轉載或摘編", "本篇文章謝絕轉載", "本文严禁转载。"],
)
def test_a_reprint_ban_goes(line):
    doc = Document(f"{BODY}\n{BODY}\n{line}\n")
    NoticesFilter()(doc)
    assert doc.text == f"{BODY}\n{BODY}\n"


def test_a_sentence_about_a_reprint_ban_stays():
    text = f"{BODY}\n记者注意到，该平台上有用户声称本文禁止转载，但平台并未回应此事。\n{BODY}\n"
    doc = Document(text)
    NoticesFilter()(doc)
    assert doc.text == text
