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
        ("??首要挑戰在于臨床轉化。", "首要挑戰在于臨床轉化。"),
        ("将关键环节纳入标准化流程??,有效保障", "将关键环节纳入标准化流程,有效保障"),
        ("「??」", "「」"),
        ("重新定義。??”\n", "重新定義。”\n"),
        # U+FFFD: bytes a decoder could not read
        ("记者：\ufffd\ufffd报道", "记者：报道"),
        ("新品發布\ufffd\n", "新品發布\n"),
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
def test_property_runs_inside_chinese_go_or_stay_between_han(words: str, n: int) -> None:
    text = f"据报道{'?' * n}{words}"
    doc = Document(text)
    LostChars()(doc)
    out = doc.text
    # an even run stood for characters beyond the BMP (emoji, mostly): it goes; an odd
    # one between two Han characters stays (a cut would glue them); else it goes
    stays = n % 2 == 1 and regex.match(r"\p{Han}", words)
    assert out == (text if stays else f"据报道{words}")
    assert "lost-characters" in {n.flag for n in doc.notes}
    again = Document(out)
    LostChars()(again)
    assert again.text == out  # idempotent


#: ``_AFTER_STOP`` as first written, with a lookbehind; the filter's form matches the mark
#: so that ``re`` can skip to marks at once, and must find the same spans
_AFTER_STOP_LOOKBEHIND = regex.compile(r"(?<=[。！；…])[?\ufffd]{1,16}(?![!-~][^\x00-\x7f])")


@given(st.lists(st.sampled_from(list("。！；…??\ufffd中文;,a ") + ["顒", "\n", "?" * 17]), max_size=40).map("".join))
def test_property_after_stop_spans_unchanged(text: str) -> None:
    fast = [m.span(1) for m in _AFTER_STOP.finditer(text)]
    assert fast == [m.span() for m in _AFTER_STOP_LOOKBEHIND.finditer(text)]


@pytest.mark.parametrize("text", ["据报道，?\ufffd中文", "据报道，\ufffd\ufffd中文", "据报道，??中文"])
def test_mixed_runs_with_replacement_characters_go(text: str) -> None:
    assert run(text) == "据报道，中文"


@pytest.mark.parametrize("text", ["据报道?\ufffd中文", "据报道\ufffd\ufffd中文", "据报道???中文"])
def test_mixed_and_odd_runs_between_han_stay(text: str) -> None:
    assert run(text) == text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # emoji injected into words, saved through a codec that lacks them: two ``?`` each
        ("這??正順應了??行業的發展", "這正順應了行業的發展"),
        ("覆蓋技術轉化全過程????的各個環節", "覆蓋技術轉化全過程的各個環節"),
        ("据报道??中文", "据报道中文"),
    ],
)
def test_even_runs_between_han_go_and_flag(text: str, words: str) -> None:
    doc = Document(text)
    LostChars()(doc)
    assert doc.text == words
    assert "lost-characters" in {n.flag for n in doc.notes}


def test_runs_between_blanks_and_english_emphasis():
    import cleanseeds

    assert [a.text for a in cleanseeds.clean("<p> ????? <p>")] == []
    assert [a.text for a in cleanseeds.clean("What?? Really??")] == ["What?? Really??"]


def test_question_marks_written_beside_a_replacement_character_go_with_it():
    import cleanseeds

    assert [a.text for a in cleanseeds.clean("据报道：\ufffd?中文消息。")] == ["据报道：中文消息。"]
    assert [a.text for a in cleanseeds.clean("据报道：?\ufffd中文消息。")] == ["据报道：中文消息。"]


def test_replacement_characters_flag_the_article():
    """U+FFFD marks bytes a decoder could not read: text was lost, and the record says so."""
    import cleanseeds

    (art,) = cleanseeds.clean("日元贬值，\ufffd推高进口物价。\n")
    assert art.text == "日元贬值，推高进口物价。" and "undecodable-bytes" in art.flags
    # between two Han characters the mark stays: a cut would glue the words either side
    (art,) = cleanseeds.clean("日元贬值\ufffd推高进口物价。\n")
    assert art.text == "日元贬值\ufffd推高进口物价。" and "undecodable-bytes" in art.flags
    (art,) = cleanseeds.clean("这项技术的前景如何??\n")
    assert art.flags == []


@pytest.mark.parametrize(
    "text",
    [
        # a rare ideograph the legacy codec lacked, inside a name or a word
        "央行總裁楊金?在會後記者會上表示",
        "台經院研究員劉佩?表示，央行此次升息",
        "國務院總理朱?基主持會議",
        "央行副行长潘功?表示，视年内市场流动性情况",
        "引导商业银行将存量房?利率降至新发放贷款利率附近",
        "C919大型客?开通上海虹?至西安咸阳的定期商业航线",
        "仍高於2%的通膨警戒?。",
        "本次升息?房市與股市的實際衝擊有限",
        # three in a row: not two ``?`` per character beyond the BMP
        "进一步扩大在国???干线市场的投放",
        "新品\ufffd發布",
        "记者\ufffd\ufffd报道",
    ],
)
def test_lost_characters_inside_words_stay_and_flag(text: str) -> None:
    """Cutting the mark would glue two words into a false one: it stays, flagged."""
    doc = Document(text)
    LostChars()(doc)
    assert doc.text == text
    flags = {n.flag for n in doc.notes}
    assert flags & {"lost-characters", "undecodable-bytes"}


@pytest.mark.parametrize(
    "text",
    [
        "森億智能究竟是一家怎樣的公司?在AI醫療競爭日益激烈的今天",
        "你好吗?我很好。",
        "這些問題的答案如何?請看下文。",
        "真的吗??他问道。",
        "Why? Because it works.",
        "元素Te?主鏈斷裂",
        "只是在包裝盒上貼了個標簽?\n",
        "今年的增长目标是多少?",
        # marks folded to ASCII (``,`` for ``，``): ``?`` may be a folded ``？``
        "但完全放棄中國市場?英偉達的股東們難以答應——畢竟,中國不僅是市場",
    ],
)
def test_real_questions_raise_no_flag(text: str) -> None:
    doc = Document(text)
    LostChars()(doc)
    assert doc.text == text
    assert not [n for n in doc.notes if n.flag]


def test_cut_lost_characters_flag_the_article() -> None:
    """A cut ``?`` inside a sentence stood for a character too (an emoji, a word)."""
    import cleanseeds

    (art,) = cleanseeds.clean("公司相繼完成兩輪千萬級融資，??充分印證了資本市場的認可。\n")
    assert art.text == "公司相繼完成兩輪千萬級融資，充分印證了資本市場的認可。"
    assert "lost-characters" in art.flags
    # after the sentence's end mark: the sentence is whole, the cut raises no flag
    (art,) = cleanseeds.clean("光刻設備市場格局正發生著微妙變動。?\n我們都知道這一點。\n")
    assert art.text == "光刻設備市場格局正發生著微妙變動。\n我們都知道這一點。"
    assert art.flags == []
    (art,) = cleanseeds.clean("根据计划，进一步扩大在国?要干线市场的投放。\n")
    assert art.text == "根据计划，进一步扩大在国?要干线市场的投放。" and "lost-characters" in art.flags


def test_kept_marks_are_idempotent() -> None:
    text = "央行總裁楊金?在會後表示，國?要干線\ufffd市場。\n"
    doc = Document(text)
    LostChars()(doc)
    again = Document(doc.text)
    LostChars()(again)
    assert again.text == doc.text == text


def _through_big5(text: str) -> str:
    """Simplified text saved through Big5: every character Big5 lacks becomes ``?``."""
    return text.encode("big5", errors="replace").decode("big5")


@pytest.mark.parametrize(
    "simplified",
    [
        "据报道，这个城市近年来发展迅速，经济总量连续三年位居全省第一，吸引了大量外来人口。\n"
        "市长表示，下一步将继续优化营商环境，推动产业转型升级，让发展成果惠及更多群众。\n",
        "国家统计局发布数据显示，一季度国内生产总值同比增长百分之五点三，就业形势总体稳定。\n",
    ],
)
def test_pairs_stay_where_single_lost_characters_abound(simplified: str) -> None:
    """A text forced through a codec that lacks many of its ideographs loses single
    characters inside words, and pairs beside them: a pair is two lost characters, and
    cutting it would glue a word across them."""
    text = _through_big5(simplified)
    assert regex.search(r"\p{Han}\?\?\p{Han}", text)
    doc = Document(text)
    LostChars()(doc)
    for m in regex.finditer(r"(?<=\p{Han})\?+(?=\p{Han})", text):
        # every run inside a word is kept: the text around it is the raw text's
        assert text[m.start() - 1 : m.end() + 1] in doc.text
    assert "lost-characters" in {n.flag for n in doc.notes}
    again = Document(doc.text)
    LostChars()(again)
    assert again.text == doc.text


def test_emoji_pairs_beside_one_lost_ideograph_still_go() -> None:
    """One single mark (a rare name character) does not make emoji pairs lost characters."""
    text = "國務院總理朱?基主持會議，這??正順應了??行業的發展。"
    assert run(text) == "國務院總理朱?基主持會議，這正順應了行業的發展。"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("台電變電??量不足是主因，業者指出。", "big5"),
        ("台電變電??量不足是主因，業者指出。", "big5hkscs"),
        ("国网变电??量不足是主因，业内指出。", "gb18030"),
    ],
)
def test_pair_inside_a_word_of_a_legacy_dump_is_two_lost_characters(text: str, encoding: str) -> None:
    # the dump's own bytes are Big5/GBK: an encoder to them writes one ? per character
    # it lacks, and holds no emoji, so ?? inside a word is two lost ideographs: kept, flagged
    doc = Document(text, encoding=encoding)
    LostChars()(doc)
    assert doc.text == text
    assert "lost-characters" in {n.flag for n in doc.notes}


@pytest.mark.parametrize("encoding", [None, "utf-8"])
def test_pair_inside_a_word_of_a_utf8_dump_is_still_an_emoji(encoding: str | None) -> None:
    text = "這??正順應了市場的需求。"
    doc = Document(text, encoding=encoding)
    LostChars()(doc)
    assert doc.text == "這正順應了市場的需求。"


def test_legacy_dump_still_cuts_marks_between_sentences() -> None:
    doc = Document("市場空間依然廣闊。??\n下一段", encoding="big5")
    LostChars()(doc)
    assert doc.text == "市場空間依然廣闊。\n下一段"


@pytest.mark.parametrize(
    "text",
    [
        # mojibake repaired but for the characters its lost bytes left open (台鐵, 恢)
        "\ufffd\ufffd公\ufffd則宣布\ufffd迴線\ufffd東部幹線部分\ufffd段全線\ufffd駛，\ufffd復時間另行公布。\n",
        "捷運\ufffd指出，北環段全長約15\ufffd里，共設11座車站。\n",
        "国\ufffd统计局今天发布数据\ufffd5月份全国居民消费价格同比上涨0.3%，环比下\ufffd0.1%。\n",
        "可大幅縮短新北西區居民通\ufffd時間\ufffd\n",
    ],
)
def test_marks_at_boundaries_stay_in_a_line_that_loses_characters_inside_words(text: str) -> None:
    # a U+FFFD inside a word shows that the line's marks are lost characters: one at a
    # line's edge, after a comma or beside a digit is a character too, and stays
    doc = Document(text)
    LostChars()(doc)
    assert doc.text == text
    assert "undecodable-bytes" in {n.flag for n in doc.notes}
    again = Document(doc.text)
    LostChars()(again)
    assert again.text == text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # no mark inside a word: the line shows no lost character, a boundary mark goes
        ("\ufffd\ufffd今天天氣晴朗，氣溫回升至二十八度。", "今天天氣晴朗，氣溫回升至二十八度。"),
        ("记者：\ufffd\ufffd报道，市场回暖。", "记者：报道，市场回暖。"),
        # the damaged line keeps its marks; the next, undamaged one is judged alone
        ("新品發布\ufffd會\n新品發布\ufffd\n", "新品發布\ufffd會\n新品發布\n"),
        # ? may be a real question, and is judged as before
        ("公\ufffd司表示，是否可行?\n", "公\ufffd司表示，是否可行?\n"),
        ("公\ufffd司表示，將擴大投資。??\n", "公\ufffd司表示，將擴大投資。\n"),
    ],
)
def test_boundary_marks_outside_damaged_lines_still_go(text: str, clean: str) -> None:
    assert run(text) == clean


@pytest.mark.parametrize(
    "text",
    [
        "颱風暴風圈已籠罩?春半島。\n高雄市、屏??及台南市政府宣布停班停課。\n",
        "强降雨主要集中在?州一带。\n受影响的有广??及周边地区。\n",
    ],
)
def test_one_lone_mark_makes_a_pair_inside_a_word_two_lost_characters(text: str) -> None:
    # a lone ? inside a word is written only by an encoder that loses BMP characters one
    # by one (or code points one by one): beside it, a pair is as likely two characters
    # as one emoji, and a kept pair is seen and flagged where a cut one glues a word
    doc = Document(text, encoding="utf-8")
    LostChars()(doc)
    assert doc.text == text
    assert "lost-characters" in {n.flag for n in doc.notes}
