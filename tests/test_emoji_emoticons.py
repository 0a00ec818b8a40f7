"""Platform emoticons copied as text (Weibo, WeChat, Xueqiu): ``[大笑]`` goes with a reason,
a citation, a board's label or a placeholder in brackets stays."""

from __future__ import annotations

import pytest

from cleanseeds.document import Document
from cleanseeds.filters.emoji import EmojiFilter, emoticon_spans


def run(text: str) -> Document:
    doc = Document(text)
    EmojiFilter()(doc)
    return doc


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # Xueqiu, Weibo, WeChat, both scripts
        ("不要指望它跑赢大盘。[大笑][大笑]", "不要指望它跑赢大盘。"),
        ("比十年期[献花花]国债收益率高出一个百分点。", "比十年期国债收益率高出一个百分点。"),
        ("今天终于放假了[哈哈] 明天去爬山", "今天终于放假了 明天去爬山"),
        ("这波操作我服了[允悲][允悲][允悲]", "这波操作我服了"),
        ("收到通知了[旺柴]，下周一开会。", "收到通知了，下周一开会。"),
        ("真的假的[吃瓜] [doge]", "真的假的"),
        ("終於等到這一天[哈哈][愛你]", "終於等到這一天"),
        ("這樣的說法[裂開]誰會相信？", "這樣的說法誰會相信？"),
        ("股價又跌了[虧大了][哭泣]", "股價又跌了"),
        # a one-character name beside another emoticon
        ("又涨停了[赞][赞]", "又涨停了"),
        ("辛苦了[心][抱抱]", "辛苦了"),
        # between two spaces one space goes with it
        ("他说 [微笑] 好的", "他说 好的"),
    ],
)
def test_emoticons_go(dirty, clean):
    doc = run(dirty)
    assert doc.text == clean
    assert all(e.reason.startswith("platform emoticon [") for e in doc.edits)


@pytest.mark.parametrize(
    "text",
    [
        "研究指出，全球氣溫持續上升[1]，海平面也隨之上升[2]。",
        "[新聞] 台積電4月營收2360億元 年增近六成",
        "[圖]台北101跨年煙火",
        "[图片] 市民在公园赏花",
        "他在信中写道：[原文如此] 我们会继续努力。",
        "[心得] 畢業兩年，從銀行跳槽到科技業",
        # a one-character name alone may be the text's own
        "他把这个字写作[心]，意思是用心。",
        "詞典標注為[赞]字的異體。",
        "[视频]国务院新闻办公室举行发布会",
        "數據來源：[路透]，[彭博]",
    ],
)
def test_brackets_in_prose_stay(text):
    assert run(text).text == text


def test_reason_names_the_emoticons():
    doc = run("好[大笑][大笑]")
    assert [e.reason for e in doc.edits] == ["platform emoticon [大笑][大笑]"]
    assert doc.edits[0].filter == "emoji"


def test_emoticons_and_emoji_together():
    doc = run("太好了😀[哈哈]")
    assert doc.text == "太好了"


def test_spans_skip_text_without_brackets():
    assert list(emoticon_spans("没有表情的句子。")) == []


def test_twice_changes_nothing_more():
    once = run("好消息[鼓掌][鼓掌] 大家[微笑]").text
    assert run(once).text == once
