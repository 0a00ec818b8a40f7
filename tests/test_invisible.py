"""The invisible filter: zero-width and other invisible format characters."""

from __future__ import annotations

import pytest

import cleanseeds
from cleanseeds.document import Document
from cleanseeds.filters.invisible import Invisible

ZWSP, ZWNJ, ZWJ, WJ, BOM, SHY = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"


def run(text: str) -> Document:
    doc = Document(text)
    Invisible()(doc)
    return doc


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # a copy watermark between the characters of a word, both scripts
        (f"产能{ZWSP}过剩的问题依然存在。", "产能过剩的问题依然存在。"),
        (f"產能{ZWSP}過剩的問題依然存在。", "產能過剩的問題依然存在。"),
        (f"記{ZWSP}者{ZWSP}王{ZWSP}小{ZWSP}明", "記者王小明"),
        # a CMS's line-break hint after punctuation, and before a Latin name
        (f"他表示，{ZWSP}公司将继续投资。", "他表示，公司将继续投资。"),
        (f"据{ZWSP}Reuters报道", "据Reuters报道"),
        # joiners between characters of scripts that never join
        (f"新{ZWNJ}聞稿", "新聞稿"),
        (f"国务院{ZWJ}新闻办公室", "国务院新闻办公室"),
        # word joiner, byte-order marks of concatenated files, soft hyphens
        (f"新华社北京{WJ}6月12日电", "新华社北京6月12日电"),
        (f"第一篇。\n{BOM}第二篇標題", "第一篇。\n第二篇標題"),
        (f"半導{SHY}體產業", "半導體產業"),
        (f"Semi{SHY}conductor 半导体", "Semiconductor 半导体"),
        # a run of several
        (f"中{ZWSP}{ZWNJ}{WJ}文", "中文"),
    ],
)
def test_invisible_characters_are_cut(dirty: str, clean: str) -> None:
    doc = run(dirty)
    assert doc.text == clean
    assert doc.edits and all(e.reason.startswith("invisible character:") for e in doc.edits)
    assert all(e.text == "" for e in doc.edits)


@pytest.mark.parametrize(
    "text",
    [
        # scripts that need them: Thai word breaks, Persian and Hindi joiners
        f"ภาษา{ZWSP}ไทย 泰文",
        f"ຂ່າວ{ZWSP}ລາວ",
        f"می{ZWNJ}خواهم 波斯文",
        f"क्{ZWJ}ष 印地文",
        # a joiner inside an emoji sequence belongs to it (the emoji filter decides)
        f"👨{ZWJ}💻工程師",
        f"❤{ZWJ}🔥 熱愛",
    ],
)
def test_characters_a_script_needs_stay(text: str) -> None:
    assert run(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "今年以来全球经济形势复杂多变，公司表示将继续加大研发投入。",
        "臺積電將在高雄興建新廠，預計2026年量產。",
        "Crème brûlée 與「法式焦糖布丁」",
        "价格为 €100，约合人民币 780 元。",
    ],
)
def test_prose_is_untouched(text: str) -> None:
    assert run(text).text == text


def test_pipeline_cuts_watermark_and_keeps_emoji_sequences_to_the_emoji_filter() -> None:
    text = f"最后，产能{ZWSP}过剩的问题依然存在。\n作😍{ZWJ}者表示，这是{WJ}测试。\n"
    (article,) = cleanseeds.clean(text)
    assert article.text == "最后，产能过剩的问题依然存在。\n作者表示，这是测试。"
    again = cleanseeds.clean(article.text)
    assert [a.text for a in again] == [article.text]
    assert not [e for a in again for e in a.edits]


def test_a_soft_hyphen_among_mojibake_bytes_stays() -> None:
    """U+00AD between two characters that Latin-1 or cp1252 make of high bytes is byte
    0xAD of UTF-8 read as one of them (中 shows as ä¸ U+00AD): cutting it would lose a
    byte of the character the mojibake filter reads."""
    from cleanseeds.document import Document
    from cleanseeds.filters.invisible import Invisible

    for text in ("ä¸\u00adæ–‡", "Ã¤Â¸Â\u00adÃ¦", "\n\u00adß¢", "A\u00adß¢", "Gemü\u00adse"):
        doc = Document(text)
        Invisible()(doc)
        assert doc.text == text
    for word in ("Zusammen\u00adarbeit", "Abkommen\u00adstext"):  # hyphenation points go
        doc = Document(word)
        Invisible()(doc)
        assert doc.text == word.replace("\u00ad", "")
