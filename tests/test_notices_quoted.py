"""Notices quoted in prose stay; an editor's note or a notice inside a paragraph ends no
article; own-wording notices of WeChat weeklies, tech portals and Hong Kong columns go."""

import pytest

import cleanseeds

from ._notices import notices, splits

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"
MORE = "分析人士指出，外资对中国市场仍有信心，投资规模有望继续扩大。"
MORE_TW = "專家認為，數位經濟將成為新的成長引擎，相關投資可望持續增加。"


# notice wording in quotation marks inside a sentence: the words are talked about, the
# page says nothing (‘’ “” 「」 『』 and quotes over the whole sentence)
_QUOTED_NOTICES = [
    "法官说，以为加一句‘版权归原作者所有’就万事大吉，是一个误解。",
    "“很多自媒体以为加一句‘版权归原作者所有’就万事大吉，这是一个普遍的误解。”承办法官说。",
    "「有人在文章最後寫上『版權所有，轉載請註明出處』，以為這樣就沒事，其實完全不是這麼回事。」",
    "「有人在文章最後寫上『版權所有，轉載請註明出處』，以為這樣就沒事。」",
    "他说：“我们的规定很明确。未经授权，禁止转载。”",
    "他說：「我們的規定很明確。未經授權，禁止轉載。」",
    "律师提醒：“‘如有侵权请联系删除’这句话并不能免除转载者的责任。”",
    "記者翻查發現，該網站在每篇文章末尾寫上「本文僅代表作者觀點」，卻未標明作者。",
    "许多公众号在文末写上“本文来源网络，如有侵权请联系删除”，以为可以免责。",
]


@pytest.mark.parametrize("prose", _QUOTED_NOTICES)
def test_quoted_notice_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    doc = notices(text)
    assert doc.text == text
    assert splits(doc) == []


def test_quoted_notice_mid_paragraph_stays():
    line = "一本書的成本動輒數十萬元。「有人在文章最後寫上『版權所有，轉載請註明出處』，以為這樣就沒事。」"
    text = f"{BODY_TW}\n{line}\n{MORE_TW}\n"
    assert notices(text).text == text


def test_quoted_notice_after_a_heading_goes():
    # the page may set its own notice in quotes after a heading
    text = f"{BODY}\n本站声明：「未經授權，不得轉載」\n"
    assert notices(text).text == f"{BODY}\n"


# an editor's note is the article's own: it may go, but the article goes on under it
_EDITORS_NOTES = [
    "编者按：本文作者为某大学教授，文中观点不代表本报立场。",
    "【編者按】本文作者為某大學教授，文中觀點不代表本報立場。",
    "（编者注：本文仅代表作者个人观点，不代表本站立场。）",
]


@pytest.mark.parametrize("note", _EDITORS_NOTES)
def test_editors_note_splits_nothing(note):
    text = f"{BODY}\n{note}\n{MORE}\n"
    doc = notices(text)
    assert splits(doc) == []
    arts = cleanseeds.clean(text)
    assert len(arts) == 1
    assert arts[0].paragraphs[0] == BODY and arts[0].paragraphs[-1] == MORE


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"{BODY}本文仅代表作者观点，不代表本站立场。", BODY),
        (f"{BODY_TW}本文僅代表作者觀點，不代表本站立場。", BODY_TW),
    ],
)
def test_notice_inside_paragraph_splits_nothing(line, kept):
    # cut from a paragraph's tail with more prose under it: the article goes on
    text = f"{BODY}\n{line}\n{MORE}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n{kept}\n{MORE}\n"
    assert splits(doc) == []


def test_notice_line_after_prose_still_ends_article():
    text = f"{BODY}\n本文来源于网络，如有侵权请联系删除。\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert splits(doc) == [len(BODY) + 1]


# notices in the outlet's own words (after 中关村在线, 三联生活周刊 and 信報 columns)
_OWN_NOTICES = [
    "本文属于原创文章，如若转载，请注明来源：某某手机发布https://mobile.example.com/",
    "本文屬於原創文章，如若轉載，請註明來源：某某網",
    "本文为原创内容，版权归三联生活周刊所有。欢迎在文末分享、点赞、在看三连！",
    "本文為原創內容，版權歸某某週刊所有。歡迎分享、轉發！未經許可，嚴禁複製、轉載。",
    "本文为原创内容，版权归某某周刊所有。欢迎在文末分享、点赞、在看三连！未经许可，严禁复制、转载、篡改或再发布。",
    "(本文只代表作者意見)",
    "（本文只代表作者意见）",
    "本文僅代表作者個人意見，不代表本報立場。",
]


@pytest.mark.parametrize("notice", _OWN_NOTICES)
def test_own_notices_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert notices(doc.text).text == doc.text


# prose near these wordings: copyright law, a share request, a reporter citing a view
_PROSE = [
    "该作者表示，本文属于其原创作品，未经授权被多家网站转载，已委托律师维权。",
    "欢迎市民分享意见，相关部门将认真研究。",
    "報導指出，本文只代表作者意見的聲明在評論版相當常見，但讀者往往忽略。",
    "他说，未经授权转载他人作品，可能构成侵权，这一点已经写入新修订的著作权法。",
    "據說，版權所有人已向法院提出告訴。",
    "記者查閱該網站發現，頁面底部並無任何版權聲明。",
]


@pytest.mark.parametrize("prose", _PROSE)
def test_prose_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    assert notices(text).text == text
