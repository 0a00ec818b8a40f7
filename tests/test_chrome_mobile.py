"""The chrome filter on mobile pages: a portal's comment section after the article, app
prompts glued to a reading button or to a promise, an empty editor's field, and a view
counter in brackets."""

import pytest

from ._chrome import chrome

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


# -- a comment section after the article --------------------------------------------------


@pytest.mark.parametrize(
    ("section", "after"),
    [
        # 网易 mobile: rows of commenter and time in brackets, reactions, a link to the rest
        (
            "热门跟贴\n网易湖北省武汉市网友 [2小时前]\n早就该这样了，支持！\n点赞 356\n"
            "网易广东省深圳市网友 [5小时前]\n希望后续能落实到位\n点赞 88\n查看更多跟贴 >",
            "相关推荐",
        ),
        # 腾讯 share page: commenter, region and time on one row
        (
            "热门评论\n追风少年 广东 3小时前\n这个必须点赞\n赞 128\n小鱼儿 浙江 5小时前\n什么时候轮到我们这里\n赞 37\n查看全部评论",
            BODY,
        ),
        # Traditional, a count after the heading, a comment of two lines
        (
            "熱門留言（12）\n台北市網友 【剛剛】\n終於等到了！\n希望年底前可以完工。\n高雄網友 【10分鐘前】\n支持\n查看更多留言",
            BODY_TW,
        ),
        # the last comment without a link under it: only its first line and reactions go
        ("網友評論\n阿明 3小時前\n好消息\n讚 5", BODY_TW),
    ],
)
def test_comment_section_after_the_article_goes(section, after):
    doc = chrome(f"{BODY_TW}\n{section}\n{after}\n")
    assert doc.text == f"{BODY_TW}\n{after}\n"
    assert chrome(doc.text).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        # a heading with no commenter's row under it: a word of the article
        f"{BODY}\n网友评论\n{BODY_TW}\n",
        # an article quoting readers' comments in sentences
        f"{BODY}\n热门评论\n有网友在3小时前留言说，这条线路早就该开通了。\n{BODY_TW}\n",
        # at the head, before any text, a section heading is no comment section
        f"热门跟贴\n网易湖北省武汉市网友 [2小时前]\n{BODY}\n",
    ],
)
def test_comment_words_in_prose_stay(text):
    assert chrome(text).text == text


# -- app prompts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "打开百度APP阅读全文",
        "打開百度APP閱讀全文",
        "打开新浪新闻APP查看更多精彩内容",
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
        "不用抽 不用抢 现在用APP看新闻 保证天天中奖",
    ],
)
def test_app_prompt_goes(prompt):
    doc = chrome(f"{BODY}\n{prompt}\n{BODY_TW}\n")
    assert doc.text == f"{BODY}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "prose",
    [
        "越来越多的老年人学会了打开百度APP阅读全文，再转发给子女。",
        "調查顯示，現在用APP看新聞的民眾已超過六成，保證天天中獎的廣告則遭消保官點名。",
        "用户不用抽签，现在用APP看新闻的人越来越多。",
        "该应用承诺不用注册即可使用，但专家提醒用户注意隐私。",
    ],
)
def test_prose_about_apps_stays(prose):
    text = f"{BODY}\n{prose}\n"
    assert chrome(text).text == text


# -- an empty editor's field, a counter in brackets ----------------------------------------


@pytest.mark.parametrize("line", ["责任编辑：", "責任編輯：", "【责任编辑：】", "阅读 (3201)", "閱讀（3201）", "浏览（12,345）"])
def test_empty_editor_field_and_bracketed_counter_go(line):
    doc = chrome(f"{BODY}\n{line}\n{BODY_TW}\n")
    assert line not in doc.text
    assert BODY in doc.text and BODY_TW in doc.text


def test_reading_in_brackets_inside_prose_stays():
    text = f"{BODY}\n他在阅读 (第3201页) 时发现了这个错误。\n"
    assert chrome(text).text == text
