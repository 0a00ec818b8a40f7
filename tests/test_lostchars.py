"""The lost-chars filter: ``?``/U+FFFD standing for lost characters go, real questions stay."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.lostchars import _AFTER_STOP, LostChars


def run(text: str) -> str:
    doc = Document(text)
    LostChars()(doc)
    return doc.text


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # a paragraph ends in 。 and a character the legacy codec lacked (an emoji, nbsp)
        ("光刻設備市場格局正發生著微妙變動。?\n我們都知道", "光刻設備市場格局正發生著微妙變動。\n我們都知道"),
        ("市场空间依然广阔。?\n", "市场空间依然广阔。\n"),
        ("這是一次突破！??\n", "這是一次突破！\n"),
        # runs inside sentences: each stood for one lost character
        ("公司相繼完成兩輪千萬級融資,??充分印證了資本市場", "公司相繼完成兩輪千萬級融資,充分印證了資本市場"),
        ("已與500余家??優質單位建立深度合作", "已與500余家優質單位建立深度合作"),
        ("??首要挑戰在于臨床轉化。", "首要挑戰在于臨床轉化。"),
        ("将关键环节纳入??标准化流程??,有效保障", "将关键环节纳入标准化流程,有效保障"),
        ("重新定義。??”\n", "重新定義。”\n"),
        # U+FFFD: bytes a decoder could not read
        ("记者\ufffd\ufffd报道", "记者报道"),
        ("新品\ufffd發布", "新品發布"),
    ],
)
def test_lost_characters_are_cut(dirty: str, clean: str) -> None:
    assert run(dirty) == clean


@pytest.mark.parametrize(
    "text",
    [
        "英伟达回归遇阻,谁能替代H20?\n",
        "那么,拜譜生物的核心競爭力究竟何在?\n",
        "事的背景:H20 是什么?\n",
        "但H20还香吗?\n",
        "森億智能究竟是一家怎樣的公司?在AI醫療競爭日益激烈的今天",
        "這些問題的答案如何?請看下文。",
        "真的吗??\n",
        "為什麼會這樣？？\n",  # full-width marks are never lost characters
        "What?? No way.\n",
        "溫度 <1nm? 不可能",
        "元素Te?主鏈斷裂",  # one ? mid-sentence: ambiguous, kept
        "只是在包裝盒上貼了個標簽?\n",
    ],
)
def test_real_question_marks_stay(text: str) -> None:
    assert run(text) == text


def test_misalignment_garble_is_left_for_the_mojibake_filter() -> None:
    text = "實現規?;?量產"
    assert run(text).startswith("實現規?;")


_WORDS = st.sampled_from(
    ["我们", "今天", "發布", "臺灣", "市场", "H20", "AI", "5nm", "，", "。", "、", "“引号”", " ", "芯片", "經濟"]
)
_QUESTIONS = st.sampled_from(["谁能替代H20?", "H20 是什么?", "究竟何在?", "怎么看?", "為何如此?", "是否可行？"])


@given(st.lists(_WORDS, max_size=20).map("".join), _QUESTIONS, st.lists(_WORDS, max_size=10).map("".join))
def test_property_clean_text_with_real_questions_unchanged(head: str, question: str, tail: str) -> None:
    text = f"{head}{question}\n{tail}"
    assert run(text) == text


@given(st.lists(_WORDS, min_size=1, max_size=20).map("".join), st.integers(2, 4))
def test_property_runs_inside_chinese_go(words: str, n: int) -> None:
    text = f"据报道{'?' * n}{words}"
    out = run(text)
    assert out == f"据报道{words}"
    doc = Document(out)
    LostChars()(doc)
    assert doc.text == out  # idempotent


#: ``_AFTER_STOP`` as first written, with a lookbehind; the filter's form matches the mark
#: so that ``re`` can skip to marks at once, and must find the same spans
_AFTER_STOP_LOOKBEHIND = regex.compile(r"(?<=[。！；…])[?\ufffd]{1,16}(?![!-~][^\x00-\x7f])")


@given(st.lists(st.sampled_from(list("。！；…??\ufffd中文;,a ") + ["顒", "\n", "?" * 17]), max_size=40).map("".join))
def test_property_after_stop_spans_unchanged(text: str) -> None:
    fast = [m.span(1) for m in _AFTER_STOP.finditer(text)]
    assert fast == [m.span() for m in _AFTER_STOP_LOOKBEHIND.finditer(text)]


@pytest.mark.parametrize("text", ["据报道?\ufffd中文", "据报道\ufffd\ufffd中文", "据报道??中文"])
def test_mixed_runs_with_replacement_characters_go(text: str) -> None:
    assert run(text) == "据报道中文"


def test_runs_between_blanks_and_english_emphasis():
    import cleanseeds

    assert [a.text for a in cleanseeds.clean("<p> ????? <p>")] == []
    assert [a.text for a in cleanseeds.clean("What?? Really??")] == ["What?? Really??"]


def test_question_marks_written_beside_a_replacement_character_go_with_it():
    import cleanseeds

    assert [a.text for a in cleanseeds.clean("据报道\ufffd?中文消息。")] == ["据报道中文消息。"]
    assert [a.text for a in cleanseeds.clean("据报道?\ufffd中文消息。")] == ["据报道中文消息。"]


def test_replacement_characters_flag_the_article():
    """U+FFFD marks bytes a decoder could not read: text was lost, and the record says so."""
    import cleanseeds

    (art,) = cleanseeds.clean("日元贬值\ufffd推高进口物价。\n")
    assert art.text == "日元贬值推高进口物价。" and "undecodable-bytes" in art.flags
    (art,) = cleanseeds.clean("这项技术的前景如何??\n")
    assert art.flags == []
