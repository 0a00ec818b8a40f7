"""Patterns written with Taiwan forms also accept the Hong Kong forms (``閲``, ``説``, ``綫``)."""


import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.scripts import hk_spellings, hk_widen, variants

#: Taiwan form -> the form Hong Kong sites and s2hk / s2t converters write
HK = str.maketrans("閱說線衛裡為眾產啟錄稅戶著", "閲説綫衞裏爲衆産啓録税户着")


@pytest.mark.parametrize(
    ("taiwan", "hk"),
    [
        ("閱", "閲"), ("說", "説"), ("線", "綫"), ("衛", "衞"), ("裡", "裏"), ("為", "爲"),
        ("眾", "衆"), ("產", "産"), ("啟", "啓"), ("錄", "録"),
    ],
)
def test_variants_join_both_ways(taiwan, hk):
    assert hk in variants(taiwan) and taiwan in variants(hk)


@pytest.mark.parametrize("ch", ["台", "才", "面", "里", "发", "的", "A"])
def test_characters_simplified_also_writes_stay_alone(ch):
    assert variants(ch) == ch


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        ("延伸閱讀", "延伸[閱閲]讀"),
        ("[說说]明", "[說说説]明"),
        ("[說説]", "[說説]"),  # already listed: left as is
        ("[^閱]", "[^閱閲]"),
        (r"[一-龥]\p{Han}{1,3}\u7dda", r"[一-龥]\p{Han}{1,3}\u7dda"),
        ("(?P<name>線)(?P=name)", "(?P<name>[線綫])(?P=name)"),
        ("(?<![為])責任編輯", "(?<![為爲])責任編輯"),
        ("記者", "記者"),
    ],
)
def test_hk_widen(pattern, widened):
    assert hk_widen(pattern) == widened


def test_hk_spellings_lists_each_literal():
    assert set(hk_spellings("閱讀說明")) == {"閱讀說明", "閲讀說明", "閱讀説明", "閲讀説明"}
    assert hk_spellings("分享")[0] == "分享"


_PATTERNS = [
    r"(?:延伸|相關)閱讀[:：]?", r"責任編輯[:：]\s*\p{Han}{2,3}", r"[^說說]{0,2}說明",
    r"本文(?:為|僅為)作者觀點", r"(?<!熱)線上", r"[專专][線线]電話", r"[啟启]事|產品",
]
_CHARS = "延伸相關閱閲讀說説明責任編輯本文為爲僅作者觀點熱線綫上專专线电話啟啓启事產産品王小:："


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS), st.text(alphabet=_CHARS, max_size=12))
def test_widened_pattern_matches_exactly_where_the_original_matches_the_fold(pattern, text):
    fold = "".join(min(variants(ch), key=lambda f: f not in pattern) for ch in text)
    wide = regex.compile(hk_widen(pattern))
    assert bool(wide.search(text)) == bool(regex.search(pattern, fold))
    assert bool(wide.search(fold.translate(HK))) == bool(regex.search(pattern, fold))
