"""The mojibake filter: Western (ftfy), UTF-8 read as GBK/Big5, GBK byte misalignment, 锟斤拷."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.encoding import UNREPAIRED, Mojibake, char_model


def run(text: str) -> Document:
    doc = Document(text)
    Mojibake()(doc)
    return doc


def flagged(doc: Document) -> bool:
    return any(n.flag == UNREPAIRED for n in doc.notes)


# real sentences, both scripts (news prose of the kind the dumps hold)
SIMPLIFIED = [
    "我们都知道光刻设备处于极为关键的位置",
    "今年以来全球经济形势复杂多变",
    "公司表示将继续加大研发投入",
    "这项技术已经在多个城市推广应用",
    "活动现场气氛热烈",
    "或许这就是市场的选择",
    "患者就诊时需要出示身份证",
    "会议由市长主持",
    "华为发布了新一代旗舰手机",
    "欢迎各位来宾参加开幕式",
    "换句话说这是一次重大突破",
    "回顾过去一年的发展历程",
]
TRADITIONAL = [
    "我們都知道半導體產業競爭激烈",
    "活動結束後記者採訪了相關負責人",
    "或許這就是市場的選擇",
    "患者就診時需要出示證件",
    "會議由市長主持",
    "臺積電將在高雄興建新廠",
    "香港特區政府今日公布最新數據",
]
REAL = SIMPLIFIED + TRADITIONAL


# -- Western mojibake ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("garbled", "clean"),
    [
        ("CafÃ© au lait", "Café au lait"),
        ("â€œquotedâ€\x9d text", "“quoted” text"),
        ("ä¸\xadæ–‡ç½‘ç«™", "中文网站"),  # Chinese UTF-8 read as cp1252
        ("報道稱 Ã©lite 球隊", "報道稱 élite 球隊"),
    ],
)
def test_western_mojibake_is_repaired(garbled: str, clean: str) -> None:
    doc = run(garbled)
    assert doc.text == clean
    assert all("ftfy" in e.reason for e in doc.edits)


@pytest.mark.parametrize(
    "text",
    [
        "你好，世界！“引号”保持原样。",
        "全角字母ＡＢＣ和数字１２３不变",
        "價格為 €100，約合人民幣 780 元。",
        "Crème brûlée 與「法式焦糖布丁」",
        "——破折号与……省略号",
    ],
)
def test_cjk_and_fullwidth_survive_ftfy(text: str) -> None:
    assert run(text).text == text


# -- UTF-8 read as GBK / Big5 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("garbled", "clean"),
    [
        ("鎴戜滑", "我们"),
        ("浣犲ソ涓栫晫", "你好世界"),
        ("鏂伴椈", "新闻"),
    ],
)
def test_utf8_read_as_gbk(garbled: str, clean: str) -> None:
    assert run(garbled).text == clean


def test_utf8_read_as_gbk_with_lost_last_byte() -> None:
    # 我们可… : the last byte of 可 was lost (shown as ?); which character it was is not
    # determined, so the run is repaired up to there, its mark kept (a character was
    # there: a repair must not delete it unseen), and flagged
    doc = run("据报道，鎴戜滑鍙?\n")
    assert doc.text == "据报道，我们?\n"
    assert flagged(doc)


@given(st.sampled_from(REAL), st.integers(0, 6), st.integers(2, 14))
def test_property_utf8_as_gbk_round_trips(sentence: str, start: int, length: int) -> None:
    text = sentence[start : start + length]
    assume(len(text) >= 2)
    try:
        garbled = text.encode("utf-8").decode("gbk")
    except UnicodeDecodeError:
        assume(False)
    assert run(f"据报道，{garbled}。").text == f"据报道，{text}。"


@pytest.mark.parametrize(
    ("garbled", "clean"),
    [("憭批飛", "大學"), ("甇行慰", "武漢"), ("撌交平", "工業"), ("銝剖亢", "中央")],
)
def test_utf8_read_as_big5(garbled: str, clean: str) -> None:
    # UTF-8 bytes shown through a Big5 (cp950) decoder, as on Taiwanese and HK pages
    assert run(f"報導：{garbled}。").text == f"報導：{clean}。"


# -- 锟斤拷 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["標題锟斤拷锟斤拷正文", "标题锟斤拷正文", "文件名嚙踝嚙踝亂碼"]
)
def test_replacement_runs_are_cut_and_flagged(text: str) -> None:
    doc = run(text)
    assert "锟" not in doc.text and "嚙" not in doc.text
    assert flagged(doc)


def test_real_words_with_those_characters_stay() -> None:
    for text in ["他拿起一斤苹果", "锟铻是古代的一种宝剑", "嚙齒類動物"]:
        assert run(text).text == text


# -- GBK byte misalignment --------------------------------------------------------------------


def misalign(text: str) -> str:
    """What a byte-level ；→; conversion on GBK, then a lossy GBK decoder, makes of text.

    The decoder writes ``?`` for a lead byte whose trail is invalid and drops pairs in
    GBK's user-defined areas, as the pages this garble comes from show.
    """
    data = text.encode("gbk").replace(b"\xa3\xbb", b";")
    out, i = [], 0
    while i < len(data):
        x = data[i]
        if x < 0x80:
            out.append(chr(x))
            i += 1
            continue
        if i + 1 < len(data):
            try:
                out.append(data[i : i + 2].decode("gbk"))
                i += 2
                continue
            except UnicodeDecodeError:
                y = data[i + 1]
                if ((0xAA <= x <= 0xAF or 0xF8 <= x <= 0xFE) and 0xA1 <= y <= 0xFE) or (
                    0xA1 <= x <= 0xA7 and 0x40 <= y <= 0xA0
                ):
                    i += 2
                    continue
        out.append("?")
        i += 1
    return "".join(out)


@pytest.mark.parametrize(
    ("garbled", "clean"),
    [
        ("如同眼睛的“瞳孔”?;顒蝇F場,重慶大學教授", "如同眼睛的“瞳孔”。活動現場,重慶大學教授"),
        ("集成了 1050 億個晶體管?;蛟S這一數字不易直觀理解", "集成了 1050 億個晶體管。或許這一數字不易直觀理解"),
        ("在沙特醫療集團試運營?;颊呔驮\時面對的不再是醫生", "在沙特醫療集團試運營。患者就診時面對的不再是醫生"),
        (misalign("活动现场气氛热烈。或许这就是市场的选择"), "活动现场气氛热烈。或许这就是市场的选择"),
    ],
)
def test_misalignment_repaired(garbled: str, clean: str) -> None:
    """The bytes after the lost lead byte are re-read; the lost character itself (。 or
    one of a hundred Han characters with trail byte a3) is not guessed: its mark stays."""
    assert garbled != clean
    doc = run(garbled)
    assert doc.text[:-1] == clean.replace("。", "?", 1)[:-1]
    assert only_marked(clean, doc.text)
    assert flagged(doc)
    assert all("misaligned" in e.reason for e in doc.edits)


def test_misalignment_twice_in_one_run_is_repaired_or_flagged() -> None:
    truth = "黄河流域生态保护成为重点。患者就诊时需要出示证件。"
    doc = run(misalign(truth))
    assert doc.text == truth or flagged(doc)


def test_misalignment_with_unclear_lost_character_is_flagged() -> None:
    # 動能。活動中, — the trail byte of 中 is lost, and 中/植/之 all fit
    doc = run("注入了強勁科研動能?;顒又?,蘇州大學校長")
    assert flagged(doc)
    assert "顒" not in doc.text


@given(st.sampled_from(REAL), st.sampled_from(REAL), st.sampled_from(["。", "；"]))
def test_property_misalignment_repaired_or_flagged(a: str, b: str, stop: str) -> None:
    truth = f"{a}{stop}{b}。"
    garbled = misalign(truth)
    assume(garbled != truth)
    doc = run(garbled)
    assert doc.text == truth or flagged(doc) or doc.text == garbled


# -- clean text -------------------------------------------------------------------------------

_CLEAN_CHARS = st.sampled_from(
    list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞們這個說來時會對於後過動發經進產業現還")
    + [" ", "，", "。", "、", "：", "“", "”", "（", "）", "！", "？", "A", "x", "5", "H20", "nm", "Te"]
)


@given(st.lists(_CLEAN_CHARS, min_size=1, max_size=60).map("".join))
def test_property_clean_text_unchanged(text: str) -> None:
    assert run(text).text == text


@given(st.sampled_from(REAL), st.sampled_from(["H20 是什么?", "究竟何在?", "谁能替代H20?", "（<1nm）"]))
def test_property_real_questions_unchanged(sentence: str, tail: str) -> None:
    text = sentence + tail + "下一段。"
    assert run(text).text == text


def test_idempotent_on_repairs() -> None:
    for garbled in ["鎴戜滑", "CafÃ©", "集成了億個晶體管?;蛟S這一數字", "锟斤拷正文", _gbk("年限由5年缩短为3年")]:
        doc = run(garbled)
        once = doc.text
        Mojibake()(doc)
        assert doc.text == once


def test_model_knows_both_scripts() -> None:
    m = char_model()
    assert m.logp("们") > -4 and m.logp("們") > -4
    assert m.scripts.get("们") == "s" and m.scripts.get("們") == "t"


# -- fast paths give the same answers as the full search --------------------------------------

import re  # noqa: E402

from cleanseeds.filters import encoding as enc  # noqa: E402


def _misaligned_run(text: str) -> tuple[list[int], bool, str] | None:
    """The re-aligned bytes, lost flag and garble of the first misalignment hit in ``text``."""
    hit = enc._MISALIGNED.search(text)
    if hit is None:
        return None
    start = hit.start()
    read = enc._realign(ord(hit.group(1)) + 0x80, text[start + 2 :].split("\n", 1)[0], text[start + 1])
    if read is None:
        return None
    data, used, lost = read
    garble = "".join(c for c in text[start + 2 : start + 2 + used] if not c.isascii() and c not in "?\ufffd")
    return data, lost, garble


@given(
    st.sampled_from(REAL + [misalign(f"{a}。{b}") for a in REAL[:4] for b in REAL[4:8]]),
    st.sampled_from(["??", "?,", "?;", "\ufffd:", "?!"]),
    st.sampled_from(["?", "AI", "\ufffd", "x", ""]),
)
def test_property_cannot_gain_only_when_the_search_finds_nothing(body: str, mark: str, end: str) -> None:
    # the bound skips the beam search: wherever it says "no reading can win", the search
    # must agree, for ordinary text after ?? and ?, as for real garble
    run_ = _misaligned_run(f"前文{mark}{body}{end}后文")
    assume(run_ is not None and run_[2])
    data, lost, garble = run_
    m = char_model()
    if m.mean(garble) >= enc._GARBLE_MEAN and enc._cannot_gain(data, lost, garble, m):
        assert enc._verdict(tuple(data), lost, "文", None, None, garble) is None
        assert enc._verdict(tuple(data), lost, "文", "后", m.script_of(body), garble) is None


@pytest.mark.parametrize("text", ["已與500余家??優質單位建立深度合作AI", "首要挑戰在于臨床轉化??標準化流程?", "华为发布了新一代旗舰手机?,我们都知道x"])
def test_ordinary_text_after_question_marks_skips_the_search(text: str) -> None:
    run_ = _misaligned_run(text)
    assert run_ is not None
    data, lost, garble = run_
    m = char_model()
    assert m.mean(garble) >= enc._GARBLE_MEAN
    assert enc._cannot_gain(data, lost, garble, m)
    assert run(text).text == text


_CHARS = st.sampled_from(
    list("?\ufffd\x1b[a;中文鎴戜滑嚙踝锟斤拷") + ["Ã", "©", "â€", "\x85", "\ud800", "é", "ô", "ÂŸ", "\x08", "\x00", "\x7f", "\t"]
    + list(enc._GBK_SUSPECT[:40] + enc._BIG5_SUSPECT[:40] + enc._GBK_CONT[:40] + enc._BIG5_CONT[:40])
)
#: the patterns as plain alternations, before they were factored for a fast first-character scan
_WESTERN_PLAIN = re.compile(
    rf"[\u00c2-\u00f4][\u0080-\u00bf{enc._CP1252_HIGH}]|[\u0080-\u009f]|[\ud800-\udfff]|[{enc._C0}]"
)
_UTF8_AS_PLAIN = re.compile(
    f"{enc._class(enc._GBK_SUSPECT)}[^\\x00-\\x7f]?{enc._class(enc._GBK_CONT)}"
    f"|{enc._class(enc._BIG5_SUSPECT)}[^\\x00-\\x7f]?{enc._class(enc._BIG5_CONT)}"
    f"|{enc._class(enc._GBK_SUSPECT + enc._BIG5_SUSPECT)}[^\\x00-\\x7f]?[?\\ufffd]"
)


@given(st.lists(_CHARS, max_size=40).map("".join))
def test_property_factored_patterns_match_as_plain_alternations(text: str) -> None:
    for fast, plain in [(enc._WESTERN, _WESTERN_PLAIN), (enc._UTF8_AS, _UTF8_AS_PLAIN)]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_pick_matches_full_scores() -> None:
    # the cached pick sums the same terms as CharModel.score, so it chooses the same
    m = char_model()
    options = enc._lead_options()
    for before, after, script in [("能", "活", "t"), (None, "或", None), ("管", None, "s"), ("，", "患", None)]:
        scored = sorted(((m.score(o, before, after, script), o) for o in options), reverse=True)
        clear = scored[0][0] - scored[1][0] >= enc.CHOICE_MARGIN
        assert enc._pick(options, before, after, script) == (scored[0][1], clear)


@pytest.mark.parametrize(
    "garbled",
    [
        "如同眼睛的“瞳孔”?;顒蝇F場,重慶大學教授",
        "集成了 1050 億個晶體管?;蛟S這一數字不易直觀理解",
        misalign("活动现场气氛热烈。或许这就是市场的选择"),
        misalign("我们都知道光刻设备处于极为关键的位置。患者就诊时需要出示身份证"),
    ],
)
def test_cannot_gain_never_hides_a_repair(garbled: str) -> None:
    run_ = _misaligned_run(garbled[garbled.index("?") - 2 :])
    assert run_ is not None
    data, lost, garble = run_
    assert not enc._cannot_gain(data, lost, garble, char_model())


def test_gbk_read_utf8_with_lost_bytes_next_to_a_misaligned_digit():
    """A flag from one detector inside a run another detector repairs: no overlap error."""
    from cleanseeds import clean_document

    doc, (article,) = clean_document("鍘傚凡浠\ufffd6骇\ufffd")
    assert article.text.startswith("厂已")
    assert "mojibake-unrepaired" in article.flags


def _gbk(text: str) -> str:
    """UTF-8 read as GBK the way Python, iconv and most tools do: one U+FFFD per byte
    that makes no pair with the next."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def only_marked(clean: str, out: str, garbled: str = "") -> bool:
    """``out`` is ``clean`` with some characters replaced by a mark or left out, or
    pieces of ``garbled`` left as they were: no character stands where another was."""
    matcher = difflib.SequenceMatcher(None, clean, out, autojunk=False)
    for op, _i1, _i2, j1, j2 in matcher.get_opcodes():
        piece = out[j1:j2].strip("\ufffd?")
        if op in ("insert", "replace") and piece and piece not in garbled:
            return False
    return True


def _cp1252(text: str) -> str:
    """UTF-8 read as cp1252: one U+FFFD for each of the five bytes it lacks."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize(
    "clean",
    [
        "分析人士指出，比亚迪4月销量环比增长3.3%，显示价格战背景下公司市场份额仍在提升",
        "公司表示将继续加大研发投入推动新能源汽车技术进步以提升产品竞争力",
        "據報導，台積電今年營收將持續成長",
        "“我们”表示：（新华社",
        "央行總裁楊金龍在會後記者會上表示",
    ],
)
def test_utf8_read_as_gbk_with_replacement_characters_inside(clean: str) -> None:
    """A U+FFFD inside the run is one byte the decoder could not pair: the run goes on
    after it. The byte is chosen only where one character alone fits; else the mark
    stays and the article is flagged."""
    garbled = _gbk(clean)
    assert "\ufffd" in garbled
    doc = run(garbled)
    assert only_marked(clean, doc.text)
    assert doc.text == clean or flagged(doc)


def test_utf8_read_as_gbk_with_an_unclear_lost_byte_keeps_a_mark() -> None:
    # 央行: the lost byte of 央 leaves 太/央/夫…, all real characters: the mark stays
    doc = run(_gbk("央行總裁楊金龍在會後記者會上表示"))
    assert doc.text.startswith("\ufffd行總裁")
    assert flagged(doc)


def test_utf8_read_as_gbk_ending_in_a_lost_full_stop() -> None:
    # 提升。 : both bytes after 。's first are lost; punctuation is not guessed, and its
    # mark stays (the lost-chars filter decides what a mark at a line's end stands for)
    doc = run(_gbk("公司市场份额仍在提升。") + "\n")
    assert doc.text.endswith("份额仍在提升\ufffd\n")
    assert only_marked("公司市场份额仍在提升。\n", doc.text)
    assert flagged(doc)


@pytest.mark.parametrize(
    "clean",
    [
        "管理局董事局將於明日會議討論繼任人選。",
        "加强工业废弃物精细管理。",
    ],
)
def test_utf8_read_as_cp1252_with_replacement_characters(clean: str) -> None:
    """cp1252 lacks five bytes (81 8d 8f 90 9d); a decoder wrote U+FFFD for them. The
    bytes around each are known: where the other four make no real character and the
    one left forms a word with a neighbour, it is filled in."""
    garbled = _cp1252(clean)
    assert "\ufffd" in garbled
    doc = run(garbled)
    assert doc.text == clean
    assert not flagged(doc)


@pytest.mark.parametrize(
    ("clean", "wrong"),
    [
        # HKET shape: 出台/出印 and 恒指/插指 both read as news, and the tables call 台
        # and 恒 Simplified although Hong Kong and Taiwan text writes them every day
        ("分析員指，內地出台多項穩樓市措施，帶動市場氣氛，但恒指已連升多日，短期或出現整固。", "印插"),
        ("▶10:05 台鐵花蓮、台東路段暫停營運，北迴線預計下午搶通。", "印"),
        ("〔記者蔡亞樺／台北報導〕台北市長蔣萬安今天出席捷運環狀線北環段動工典禮", "印"),
        ("上一篇：恒指升逾300點 科指漲2%", "插"),
        ("除电动汽车外，加征关税清单还包括锂电池、光伏电池、半导体、钢铝产品以及港口起重机", "铁"),
        ("在消费者眼中,同一企业的商品往往在山姆卖得更“优质”。", "取"),
        ("這款荒誕手機背后的利益鏈條,顯然比它的參數更耐人尋味。", "老"),
        ("广州靓领建材有限公司成立 注册资本10万人民币", "道"),
        ("據報導，台積電今年營收將持續成長", "印"),
        ("有經濟學者指出，零售債券息率具吸引力，預料反應熱烈；但亦有議員關注政府財政赤字持續擴大。", ""),
    ],
)
def test_cp1252_holes_never_get_a_plausible_wrong_character(clean: str, wrong: str) -> None:
    """Where another real character fits the bytes, the mark stays: a visible mark is
    better than a character that reads well and is wrong."""
    garbled = _cp1252(clean)
    assert "\ufffd" in garbled
    doc = run(garbled)
    assert only_marked(clean, doc.text), doc.text
    assert not any(c in doc.text for c in wrong)
    assert doc.text == clean or flagged(doc)


@pytest.mark.parametrize("text", ["Caf\ufffd au lait", "This is \ufffd fine.", "价格\ufffd上涨", "Ã\ufffd"])
def test_replacement_characters_in_ordinary_text_are_not_mojibake(text: str) -> None:
    assert run(text).text == text


@given(st.sampled_from(REAL), st.integers(0, 6), st.integers(2, 14))
def test_property_gbk_garble_with_holes_is_repaired_or_flagged(sentence: str, start: int, length: int) -> None:
    """A repair either gives the sentence back or leaves marks (or cuts) and says so:
    never a character that was not there."""
    text = sentence[start : start + length]
    assume(len(text) >= 2)
    garbled = _gbk(text)
    doc = run(garbled)
    assert only_marked(text, doc.text, garbled)
    assert doc.text in (text, garbled) or flagged(doc)


#: news sentences whose UTF-8 holds bytes cp1252 lacks, where a common character and a
#: rare one, or two common ones, share the other bytes (both scripts)
HOLED = [
    "分析員指，內地出台多項穩樓市措施，帶動市場氣氛，但恒指已連升多日，短期或出現整固。",
    "恒生指數收市升232點，報19553點，大市成交額逾1400億元。",
    "台北市長今天出席捷運環狀線北環段動工典禮，他表示工程預計四年完成。",
    "中央銀行理監事會今天宣布調升政策利率半碼，重貼現率由1.875%調升至2%。",
    "國家統計局今天發布數據，前四月社會消費品零售總額同比增長4.1%。",
    "上海出台住房新政，非沪籍购房社保年限由5年缩短为3年。",
    "加征关税清单还包括锂电池、光伏电池、半导体、钢铝产品以及港口起重机。",
    "一位加盟商告诉我们，去年他的门店日均出杯量还有600杯，今年只剩下350杯左右。",
    "不过，也有分析师提醒，折叠屏手机的耐用性和价格仍是制约其进一步普及的主要因素。",
    "中國官員則反駁說，所謂產能過剩是一個偽命題，中國新能源產品的競爭力來自創新。",
    "本場比賽雙方先發投手表現都相當穩定，味全龍洋投伍鐸投7局僅失2分。",
    "這款荒誕手機背后的利益鏈條，顯然比它的參數更耐人尋味。",
    "广州靓领建材有限公司成立，注册资本10万人民币。",
    "管理局董事局將於明日會議討論繼任人選。",
    "加强工业废弃物精细管理，推动资源循环利用。",
]


@given(st.sampled_from(REAL + HOLED), st.integers(0, 6), st.integers(2, 40), st.sampled_from(["cp1252", "gbk"]))
def test_property_holes_give_back_the_original_or_a_mark(
    sentence: str, start: int, length: int, codec: str
) -> None:
    """UTF-8 read as cp1252 or GBK with the bytes the codec lacks lost: the repair gives
    back the sentence exactly, or the sentence with marks where characters were lost
    (and a flag); never a character that was not there."""
    text = sentence[start : start + length]
    assume(len(text) >= 2)
    # in GBK garble a U+FFFD before an ASCII byte is the misalignment sign: another path
    assume(codec == "cp1252" or not any(c.isascii() for c in text))
    garbled = text.encode("utf-8").decode(codec, errors="replace")
    assume("\ufffd" in garbled)
    doc = run(f"{garbled}\n")
    out = doc.text[:-1]
    if out == garbled:
        return  # not taken for mojibake: nothing chosen
    assert only_marked(text, out, garbled), (text, out)
    assert out == text or flagged(doc)
    assert run(doc.text).text == doc.text  # a mark left is not taken for new damage


#: news sentences with ASCII digits right after a character, both scripts
DIGITS = [
    "上海出台住房新政，非沪籍购房社保年限由5年缩短为3年。",
    "恒生指數收市升232點，報19553點，大市成交額逾1400億元。",
    "2024年05月17日 16:05:23 来源：中国新闻网",
    "旗下折扣超市品牌首店于8月29日在杭州拱墅区开业，SKU约1000个。",
    "47岁吴建豪暴瘦，1米8才100斤，健康状况引担忧。",
    "截至2025年8月，其在手订单为11.4亿元。",
    "本場比賽雙方先發投手表現都相當穩定，味全龍洋投伍鐸投7局僅失2分。",
    "中央銀行理監事會今天宣布調升政策利率半碼，重貼現率由1.875%調升至2%。",
    "颱風預計於今晚8點至明早6點最接近本島。",
]


@given(st.sampled_from(DIGITS), st.integers(0, 12), st.integers(4, 40), st.integers(-1, 40))
def test_property_utf8_as_gbk_with_digits_never_invents(
    sentence: str, start: int, length: int, drop: int
) -> None:
    """UTF-8 read as GBK where a mark stands before an ASCII digit (the sign the
    misalignment repair looks for), a byte perhaps lost too: the output is the sentence,
    or the sentence with marks (and a flag), or garble left as it was; never a
    character that was not there."""
    text = sentence[start : start + length]
    assume(len(text) >= 2)
    data = text.encode("utf-8")
    if 0 <= drop < len(data):
        data = data[:drop] + data[drop + 1 :]
    garbled = data.decode("gbk", errors="replace")
    doc = run(f"{garbled}\n")
    out = doc.text[:-1]
    assert only_marked(text, out, garbled), (text, out)
    assert not any("misaligned" in e.reason for e in doc.edits)


@pytest.mark.parametrize("clean", ["非沪籍购房社保年限由5年缩短为3年", "截至2025年8月，其在手订单", "1米8才100斤"])
def test_utf8_as_gbk_before_a_digit_is_no_misalignment(clean: str) -> None:
    doc = run(_gbk(clean))
    assert not any("misaligned" in e.reason for e in doc.edits)
    assert only_marked(clean, doc.text, _gbk(clean))


# -- UTF-8 read as GBK that no repair takes: flagged, text kept -----------------------------


@pytest.mark.parametrize(
    "clean",
    [
        "2024年05月17日 10:25",
        "什么是 H20?",
        "日期 30.04.2024",
        "截至2025年8月，其在手订单为11.4亿元。",
        "發佈日期：2024年5月17日",
        "颱風預計於今晚8點至明早6點最接近本島。",
    ],
)
def test_utf8_as_gbk_hole_before_ascii_is_flagged(clean: str) -> None:
    """A U+FFFD for a character's last bytes before an ASCII byte: which character it
    was, the bytes do not say; the garble stays, and the article says it is damaged."""
    garbled = clean.encode("utf-8").decode("gbk", errors="replace")
    doc = run(f"{garbled}\n")
    assert only_marked(clean, doc.text[:-1], garbled)
    assert doc.text[:-1] == clean or flagged(doc)


@pytest.mark.parametrize(
    "text",
    [
        "张骞出使西域，开辟了丝绸之路。",  # 骞: a UTF-8 lead and continuation as GBK
        "鏈条式管理让2024年的产量翻番",
        "臺積電2024年營收創新高，鏈結供應商逾500家。",
        "「そうですね」と彼は言った。2024年",
        "价格\ufffd上涨",
        "张骞?",  # a real question after a rare character
        "张骞 \ufffd 2024",  # a mark apart from the run
    ],
)
def test_prose_and_stray_marks_are_not_flagged(text: str) -> None:
    doc = run(text)
    assert doc.text == text
    assert not flagged(doc)


#: news sentences with digits, both scripts, as the dumps hold them
DIGIT_SENTENCES = DIGITS + [
    "2024年05月01日 17:23 新浪财经",
    "发布时间：2024-05-20 10:32 来源：南方日报",
    "海關檢獲1.2億元懷疑可卡因",
    "發佈日期：2024-05-17 14:35",
    "我国首个海上二氧化碳封存示范工程累计封存量突破1亿立方米",
    "瀏覽數 12,345，閱讀需時 3 分鐘",
]


@given(st.sampled_from(DIGIT_SENTENCES), st.integers(0, 12), st.integers(4, 40))
def test_property_utf8_as_gbk_with_digits_is_repaired_or_flagged(
    sentence: str, start: int, length: int
) -> None:
    """UTF-8 read as GBK around ASCII digits: the output is the sentence exactly, or it
    still holds a mark or garble and the article is flagged; never damage unsaid."""
    text = sentence[start : start + length]
    assume(len(text) >= 2)
    garbled = text.encode("utf-8").decode("gbk", errors="replace")
    doc = run(f"{garbled}\n")
    out = doc.text[:-1]
    assert only_marked(text, out, garbled), (text, out)
    assert out == text or flagged(doc), (text, out)
    assert run(doc.text).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "台灣台北市政府今日表示，台中與台南的溫度將持續升高。",  # Taiwan writes 台 for 臺
        "恒生指數今日收市，港股全日成交額錄得一千億元，天氣溫度回升。",
        "香港天文台表示，今日户外温度較高，市民應注意防暑。",  # Hong Kong's 台 and 温
    ],
)
def test_script_of_reads_regional_traditional_forms_as_traditional(text: str) -> None:
    """A form Hong Kong's or Taiwan's standard writes (台, 温, 户) is no Simplified mark."""
    from cleanseeds.filters.encoding import char_model

    assert char_model().script_of(text) == "t"


def test_text_read_as_cp1252_twice_is_read_in_one_clean() -> None:
    """ftfy stops after the outer layer when a no-break space from ``Â`` stands at the
    stretch's edge; the inner layer is read in the same clean, and a second finds nothing."""
    import cleanseeds

    [art] = cleanseeds.clean("Â Ã¤Â¸Â\u00adÃ¦â€“â€¡")
    assert art.paragraphs == ["中文"]
    assert [p for a in cleanseeds.clean(art.text) for p in a.paragraphs] == ["中文"]
