"""Mojibake repair never takes rare but real characters (names above all) for garble."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.encoding import Mojibake

#: characters real given names use that news text seldom does, both scripts
RARE_T = "琇姝堃昇喆珺淼琍璟瑄妤婕翊昱晞彧祐禎蓁靚瑋璿琦瑜錡鈺鋐翎筠歆芃苡萱蕙嫣媛瑩玥玓琬珮珈琪瑾韞曌燊熠煒焱炘垚鑫犇焜堯喬晢晧暐皓翀珩琰璘綉綺緹紜絜澔瀅灝"
RARE_S = "琇姝堃昇喆珺淼妤婕翊昱晞彧祐祯蓁靓玮璿琦瑜锜钰翎筠歆芃苡萱蕙嫣媛莹玥琬珮珈琪瑾韫曌燊熠炜焱炘垚鑫犇焜尧乔晢晧暐皓翀珩琰璘绣绮缇纭絜澔滢灏"
SURNAMES = "王林陳陈張张李黃黄吳吴劉刘蔡楊杨許许鄭郑謝谢"
#: where names stand in news text: bylines, quotes, captions
FRAMES = [
    "記者{}／台北報導",
    "记者{}／北京报道",
    "（{}）",
    "{}表示，這項政策將在下月實施。",
    "{}表示，这项政策将在下月实施。",
    "撰文：{}\n",
    "文/{} 圖/{}",
]


def run(text: str) -> Document:
    doc = Document(text)
    Mojibake()(doc)
    return doc


def test_byline_name_is_not_taken_for_garble() -> None:
    # 姝琇's GBK bytes (e6 ad ac 4c) read as UTF-8 are 歬 and an L: no repair
    for text in ["更新於 05月15日10:32 • 記者王姝琇／台北報導", "记者王姝琇／台北报道"]:
        doc = run(text)
        assert doc.text == text and not doc.notes


@pytest.mark.parametrize(
    "name",
    ["王姝琇", "林昱堃", "陳昇喆", "張珺淼", "李缇焜", "王纭琇", "黃瑋琍", "吴纭昇", "劉缇絜", "郑婕珺"],
)
@pytest.mark.parametrize("frame", FRAMES)
def test_rare_name_characters_stay(name: str, frame: str) -> None:
    text = frame.format(name, name)
    doc = run(text)
    assert doc.text == text and not doc.notes


@given(
    st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(sorted(set(RARE_T + RARE_S))), min_size=1, max_size=2).map("".join),
    st.sampled_from(FRAMES),
)
def test_property_names_with_rare_characters_unchanged(surname: str, given_name: str, frame: str) -> None:
    text = frame.format(surname + given_name, surname + given_name)
    doc = run(text)
    assert doc.text == text and not doc.notes


def test_every_pair_of_rare_name_characters_stays() -> None:
    """Exhaustive over pairs: the cheapest two-character garble a name can look like."""
    m = Mojibake()
    chars = sorted(set(RARE_T + RARE_S))
    for a, b in itertools.product(chars, repeat=2):
        text = f"記者王{a}{b}／報導"
        doc = Document(text)
        m(doc)
        assert doc.text == text, (a + b, doc.text)


@pytest.mark.parametrize("clean", ["我们的iPad", "全新iPhone", "國際AI", "新聞報導"])
def test_real_garble_is_still_repaired(clean: str) -> None:
    # 鐨刬 is 的 (e7 9a 84) and the i of iPad (69): a letter out of a garble
    # character's bytes is kept where the repair holds more than one Han character
    garbled = clean.encode("utf-8").decode("gbk")
    assert run(f"报道：{garbled}。").text == f"报道：{clean}。"
