"""Key-word scans: the fast gate filters use before reading lines."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cleanseeds.keywords import Keywords, casings, expand, prefix_tree


def test_expand_classes():
    assert sorted(expand("版[权權]所有")) == ["版权所有", "版權所有"]
    assert expand("©") == ["©"]
    assert len(expand("[仅僅只]提供[信資]")) == 6


def test_latin_words_in_the_casings_text_uses():
    kw = Keywords(["copyright", "All rights reserved", "版权"])
    for s in ("Copyright 2024", "COPYRIGHT", "all rights reserved.", "ALL RIGHTS RESERVED", "本站版权"):
        assert kw.search(s) is not None, s
    assert kw.search("The copy is right.") is None


def test_longest_word_wins_at_a_position():
    kw = Keywords(["声明", "免责声明"])
    m = kw.search("以下为免责声明：")
    assert m is not None and m.group() == "免责声明"


def test_casings():
    assert casings("notice") >= {"notice", "Notice", "NOTICE"}


@given(st.text(st.sampled_from("版权權所有免责声明 abcCopyrightIGHT\n"), max_size=60), st.integers(0, 5))
def test_agrees_with_a_plain_search(text, pos):
    words = ["版权", "版權", "免责声明", "copyright"]
    kw = Keywords(words)
    expected = min(
        (i for w in {v for x in words for v in casings(x)} if (i := text.find(w, pos)) != -1),
        default=None,
    )
    m = kw.search(text, pos)
    assert (m.start() if m else None) == expected
    assert list(kw.positions(text))[:1] == ([expected] if expected is not None and pos == 0 else list(kw.positions(text))[:1])


@given(
    st.sets(st.text(alphabet="ab版权權", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="ab版权權x", max_size=30),
)
def test_prefix_tree_finds_what_the_longest_first_alternation_finds(words, text):
    flat = re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))
    assert re.compile(prefix_tree(words)).findall(text) == flat.findall(text)
