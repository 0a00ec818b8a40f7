"""Damaged paragraphs: what the bytes still say is kept, what they cannot say goes whole.

Two kinds of lossy decoding, both scripts:

- UTF-8 read as Big5 with ``errors="replace"``: one U+FFFD per lost byte, so the bytes
  left are exact and are re-read; a paragraph whose read characters still make words
  stays (a mark for each lost character), even where an ASCII run (``2029``) splits it;
- GBK or Big5 read as UTF-8 with ``errors="replace"``: one U+FFFD per stretch of bytes
  of unknown length, so nothing can be re-read, and the letters between the marks are
  no text: the line is cut whole, in one record.
"""

from __future__ import annotations

import pytest

import cleanseeds
from cleanseeds.document import Document
from cleanseeds.filters.encoding import UNREPAIRED, Mojibake
from cleanseeds.filters.lostchars import UNDECODABLE, LostChars

from .test_encoding import only_marked


def as_big5(text: str) -> str:
    """UTF-8 bytes through a lossy Big5 decoder (a scraper that guessed Big5)."""
    return text.encode("utf-8").decode("big5", errors="replace")


def as_utf8(text: str, codec: str) -> str:
    """``codec`` bytes through a lossy UTF-8 decoder (a scraper that assumed UTF-8)."""
    return text.encode(codec).decode("utf-8", errors="replace")


def mojibake(text: str) -> Document:
    doc = Document(text)
    Mojibake()(doc)
    return doc


def lostchars(text: str) -> Document:
    doc = Document(text)
    LostChars()(doc)
    return doc


# -- UTF-8 read as Big5: read what the bytes allow -------------------------------------------

#: paragraphs with an ASCII run inside (a year, a sum), as Hong Kong, Taiwan, overseas
#: and mainland pages print them
BIG5_PARAGRAPHS = [
    "衞生廳長表示，本拿比人口在過去十年增長兩成，現有醫院設施已不敷應用，新大樓預計2029年啟用。",
    "行政院發言人表示，政府將在2026年前完成全部改建工程，並持續檢討相關措施。",
    "公司表示，将继续加大研发投入，新工厂预计2027年建成投产。",
]


@pytest.mark.parametrize("clean", BIG5_PARAGRAPHS)
def test_lossy_big5_paragraph_is_kept_with_marks_not_cut(clean: str) -> None:
    garbled = as_big5(clean)
    doc = mojibake(f"記者報道。\n{garbled}\n完。")
    line = doc.text.split("\n")[1]
    assert "表示" in line  # a word read whole is the paper's own
    assert only_marked(clean, line)  # nothing invented, no garble left
    assert "\ufffd" in line
    assert any(n.flag == UNREPAIRED for n in doc.notes)


def test_the_run_after_an_ascii_year_is_read_too() -> None:
    # 年啟用。 after 2029: its own run, too short to judge alone, but its line is damage
    clean = BIG5_PARAGRAPHS[0]
    doc = mojibake(as_big5(clean) + "\n")
    assert "2029年" in doc.text
    assert "撟" not in doc.text


@pytest.mark.parametrize("clean", BIG5_PARAGRAPHS)
def test_lossy_big5_repair_is_idempotent(clean: str) -> None:
    once = mojibake(f"{as_big5(clean)}\n").text
    assert mojibake(once).text == once
    # and the lost-chars filter keeps the marks of a line that reads
    assert lostchars(once).text == once


def test_full_pipeline_keeps_the_damaged_paragraph() -> None:
    clean = BIG5_PARAGRAPHS[0]
    dump = (
        "卑詩省府撥款擴建本拿比醫院\n2025-10-16 18:00\n"
        "卑詩省衞生廳宣布撥款14億元擴建本拿比醫院，新急症大樓將增設約100張病床。\n"
        f"{as_big5(clean)}\n"
        "本拿比市長歡迎省府的決定，但同時促請省府加快招聘醫護人員。\n"
    )
    [art] = cleanseeds.clean(dump)
    assert "表示" in art.text and "2029年" in art.text
    assert "撟" not in art.text


# -- GBK / Big5 read as UTF-8: nothing to re-read, the line goes whole ---------------------

UTF8_LOSSY = [
    ("杭州市住建局9日发布数据显示，上城区新房成交均价环比上涨2.2%，其中改善型住房占比超过六成。", "gbk"),
    ("据悉，培训内容涵盖职业规划、简历制作、面试技巧等，学员完成学习后可获得结业证书。", "gbk"),
    ("卑詩省衞生廳宣布撥款14億元擴建本拿比醫院，新急症大樓將增設約100張病床。", "gbk"),
    ("警方指出，其中一名80多歲的婦人被騙去約12萬元，騙徒要求她購買金條並交給上門收取的「專員」。", "big5"),
    ("立法院會今日三讀通過修正草案，行政院將於近日公布施行。", "big5"),
]


@pytest.mark.parametrize(("clean", "codec"), UTF8_LOSSY)
def test_legacy_read_as_utf8_line_is_cut_whole(clean: str, codec: str) -> None:
    garbled = as_utf8(clean, codec)
    doc = lostchars(f"市府今天宣布。\n{garbled}\n對此，議員表示歡迎。")
    assert doc.text == "市府今天宣布。\n\n對此，議員表示歡迎。"
    assert len(doc.edits) == 1  # one record for the line, not one per mark
    assert "undecodable line" in doc.edits[0].reason
    assert any(n.flag == UNDECODABLE for n in doc.notes)
    assert lostchars(doc.text).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        # prose: nothing to do
        "卑詩省衞生廳宣布撥款14億元擴建本拿比醫院。\n本拿比市長歡迎省府的決定。",
        "杭州市住建局发布数据显示，上城区新房成交均价环比上涨2.2%。",
        # a real foreign paragraph that lost one character to bad bytes
        "Москва \ufffd столица России, крупнейший город страны.",
        "Ο πρωθυπουργός δήλωσε σήμερα \ufffd ότι η οικονομία ανακάμπτει.",
        # a damaged Chinese line whose read characters make words
        "\ufffd\ufffd廳\ufffd表示\ufffd\ufffd\ufffd\ufffd人\ufffd\ufffd\ufffd年\ufffd\ufffd設\ufffd已\ufffd\ufffd大\ufffd",
        # a Chinese line with a name in Latin letters and a couple of marks
        "法國總統馬克宏（Emmanuel Macron）與José Núñez會面\ufffd\ufffd，雙方討論貿易議題。",
    ],
)
def test_text_and_readable_damage_are_not_cut_whole(text: str) -> None:
    doc = lostchars(text)
    assert not any("undecodable line" in e.reason for e in doc.edits)
