"""The glosses filter: pinyin a content farm injects into words goes, real glosses stay."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.document import Document
from cleanseeds.filters.glosses import GlossFilter, pinyin_syllable


def run(text: str) -> str:
    doc = Document(text)
    GlossFilter()(doc)
    return doc.text


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # a farm mirror of a finance story: tone marks, ASCII brackets, many characters
        (
            "截至5月31日，A股融资融券余(yú)额为1.53万亿元，较4月末增加约(yuē)210亿元。"
            "融资净买入(rù)86亿元。资金对科技成长板块的偏好(hǎo)。双重属性(xìng)。",
            "截至5月31日，A股融资融券余额为1.53万亿元，较4月末增加约210亿元。"
            "融资净买入86亿元。资金对科技成长板块的偏好。双重属性。",
        ),
        # Traditional, full-width brackets, one paragraph a line
        (
            "國營臺灣鐵路公(gōng)司30日公布營運成果。\n全年營收約新台幣250億元，創下歷(lì)年新高。\n"
            "旅運量逐步回升，目前已恢（huī）復至疫情前的九成以上。\n",
            "國營臺灣鐵路公司30日公布營運成果。\n全年營收約新台幣250億元，創下歷年新高。\n"
            "旅運量逐步回升，目前已恢復至疫情前的九成以上。\n",
        ),
        # numbered pinyin (``v`` for ü), mixed brackets
        (
            "这是(shi4)一项重要的工作，各地绿(lv4)色发展成效明显，进一步提(ti2)升了水平。",
            "这是一项重要的工作，各地绿色发展成效明显，进一步提升了水平。",
        ),
    ],
)
def test_injected_glosses_go(dirty: str, clean: str) -> None:
    assert run(dirty) == clean


def test_each_cut_is_recorded_with_its_reason() -> None:
    doc = Document("余(yú)额为1.53万亿元，增加约(yuē)210亿元，偏好(hǎo)明显。")
    GlossFilter()(doc)
    reasons = [e.reason for e in doc.edits]
    assert reasons == [
        "injected pinyin gloss (yú) after 余",
        "injected pinyin gloss (yuē) after 约",
        "injected pinyin gloss (hǎo) after 好",
    ]
    assert [doc.raw[e.start : e.end] for e in doc.edits] == ["(yú)", "(yuē)", "(hǎo)"]


@pytest.mark.parametrize(
    "text",
    [
        # a lone gloss after a rare character in a name or a place
        "天赐的父亲王䶮(yǎn)表示，孩子已经康复出院。",
        "当地人把小叫作“尕(gǎ)”，尕娃就是小孩子。",
        "甘肃省临夏州的尕(gǎ)海，湖面海拔3470米。",
        # a rare character glossed in each of several paragraphs: still real text
        "王䶮(yǎn)今年32岁。\n记者见到王䶮(yǎn)时，他正在工作。\n彧(yù)字少见。\n翀(chōng)也少见。",
        # an odd reading of a surname, at every mention: one character
        "仇(qiú)先生说，他今年退休。仇(qiú)先生的儿子在外地工作。记者联系了仇(qiú)先生。",
        # a piece about pronunciation: its glosses are its own, however many
        "这些多音字你读对了吗？银行(háng)、行(xíng)走、长(zhǎng)大、长(cháng)度、重(chóng)复。",
        "很多人讀錯了：說(shuì)服、處(chǔ)理、角(jué)色、勉強(qiǎng)都有正確讀音。",
        # characters quoted on their own, named not used
        "“行(háng)”与“行(xíng)”，“长(cháng)”与“长(zhǎng)”，“重(zhòng)”与“重(chóng)”。",
        # brackets of ordinary prose: English, abbreviations, codes
        "苹果(Apple)发布新品，人工智能(AI)芯片(chip)需求旺盛，特斯拉(TSLA)上涨。",
        "该公司(下称公司)表示，营收(未经审计)增长(yoy)明显，净利(ni)上升。",
        "中国(China)、日本(Japan)、韩国(Korea)三国领导人会晤。",
    ],
)
def test_real_glosses_and_prose_stay(text: str) -> None:
    assert run(text) == text


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("yú", True), ("xìng", True), ("lǜ", True), ("nüè", True), ("yu2", True), ("lv4", True),
        ("de5", True), ("yu", False), ("ok", False), ("ai", False), ("chip", False),
        ("yú2", False), ("yúá", False), ("shì", True), ("zhuàng", True), ("xx4", False),
    ],
)
def test_pinyin_syllable(word: str, ok: bool) -> None:
    assert pinyin_syllable(word) is ok


def test_pipeline_restores_the_words_and_is_idempotent() -> None:
    raw = (
        "标题：两融余额重回1.5万亿元\n"
        "截至5月31日，融资融券余(yú)额为1.53万亿元，较4月末增加约(yuē)210亿元。\n"
        "5月融资净买入(rù)额居前的行业为电子。资金对科技成长板块的偏好(hǎo)明显。\n"
        "融资交易具有放大收益和风险的双重属性(xìng)，投资者应理性参与。\n"
    )
    pipe = Pipeline.default()
    arts = pipe.clean(raw)
    text = "\n".join(p for a in arts for p in a.paragraphs)
    assert "(" not in text and "余额为1.53万亿元" in text and "双重属性，" in text
    again = pipe.clean(text)
    assert "\n".join(p for a in again for p in a.paragraphs) == text
