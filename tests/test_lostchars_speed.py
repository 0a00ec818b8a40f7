"""The shortcuts of the lost-chars and emoji filters find exactly what a full scan finds.

The lost-chars patterns are tried only where a ``?`` or U+FFFD stands, the sentence a
``?`` closes is found backwards, and the emoji sweep's class is exact in the BMP: each
is checked here against the plain scan it replaces, in both scripts.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.emoji import _CANDIDATES, _COARSE, EmojiFilter
from cleanseeds.filters.lostchars import (
    _AFTER_STOP,
    _ASKS,
    _INSIDE_WORD_FFFD,
    _LONE,
    _REPLACEMENT,
    _RUN,
    _STOP_MARKS,
    LostChars,
    _asks,
    _matches_at,
    _positions,
)

#: the characters every pattern turns on, with Han of both scripts, blanks and breaks
_ALPHABET = "??????\ufffd\ufffd。。！；…,，：？!;、”」)中文是吗嗎么麼什a1 \t\n\n\rУµ"

_SAMPLES = [
    "光刻設備市場格局正發生著微妙變動。?\n我們都知道",
    "市场空间依然广阔。?\n这是一次突破！??\n",
    "公司相繼完成兩輪千萬級融資,??充分印證了資本市場",
    "朱?基總理表示，楊金?先生今天到訪。通膨警戒?。",
    "谁能替代H20?究竟何在?真的吗??\n",
    "记者：\ufffd\ufffd报道，��公�則宣布�迴線。15�里",
    "Why? Really??\n標簽?\n???????????????????中文",
]


def _starts(text: str) -> dict[str, list[int]]:
    """Where the filter tries each pattern (as ``LostChars.find`` works them out)."""
    asked, unread = _positions(text, "?"), _positions(text, "\ufffd")
    marks = sorted(asked + unread)
    return {
        "after_stop": [p - 1 for p in marks if p and text[p - 1] in _STOP_MARKS],
        "run": [p for p, q in zip(marks, marks[1:]) if q == p + 1],
        "replacement": marks,
        "lone": asked,
        "inside_word": unread,
    }


def _assert_same_matches(text: str) -> None:
    starts = _starts(text)
    for name, pattern in [
        ("after_stop", _AFTER_STOP),
        ("run", _RUN),
        ("replacement", _REPLACEMENT),
        ("lone", _LONE),
        ("inside_word", _INSIDE_WORD_FFFD),
    ]:
        full = [m.span() for m in pattern.finditer(text)]
        tried = [m.span() for m in _matches_at(pattern, text, starts[name])]
        assert tried == full, (name, text)


def test_patterns_tried_at_marks_find_what_a_scan_finds() -> None:
    for text in _SAMPLES:
        _assert_same_matches(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_patterns_tried_at_marks_match_a_scan_on_any_text(text: str) -> None:
    _assert_same_matches(text)


#: the sentence search the backward one replaces
_SENTENCE_START = regex.compile(r"[。！？!?；;\n][^。！？!?；;\n]{0,200}$")


def _asks_by_scan(text: str, end: int) -> bool:
    head = text[max(0, end - 200) : end]
    m = _SENTENCE_START.search(head)
    return _ASKS.search(head[m.start() + 1 :] if m else head) is not None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="。！？!?；;\n中吗嗎么什 a", max_size=30), st.integers(0, 30))
def test_sentence_found_backwards_is_the_scanned_one(text: str, end: int) -> None:
    end = min(end, len(text))
    assert _asks(text, end) == _asks_by_scan(text, end)


def test_long_sentence_is_bounded_as_before() -> None:
    text = "是否" + "中" * 250 + "?" + "文" * 10 + "嗎" + "中" * 190
    for end in range(0, len(text) + 1, 7):
        assert _asks(text, end) == _asks_by_scan(text, end)


def test_prose_with_question_marks_is_untouched() -> None:
    for text in [
        "他問道：這樣做真的有用嗎？市場反應如何？\n",
        "他问道：这样做真的有用吗？市场反应如何？\n",
        "英偉達的股東們會怎麼看?\nWhy? 這是問題。\n",
    ]:
        doc = Document(text)
        LostChars()(doc)
        assert doc.text == text


def test_coarse_sweep_is_exact_in_the_bmp() -> None:
    """Symbols of the text (①, ★, →, ■) are not even hit by the sweep."""
    hits = {chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and _COARSE.match(chr(c))}
    assert hits == {c for c in _CANDIDATES if ord(c) < 0x10000}
    for text in ["①②③ ★☆ → ■●◆", "第①項：價格↑，成交量↓★"]:
        doc = Document(text)
        EmojiFilter()(doc)
        assert doc.text == text
