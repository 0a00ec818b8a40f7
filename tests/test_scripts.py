"""Word lists hold in both scripts: twins of a word, and the lists that use them."""

import pytest

from cleanseeds.scripts import twins, with_twins


@pytest.mark.parametrize(
    ("word", "twin"),
    [
        ("点赞", "點贊"),  # Simplified -> Traditional
        ("關注", "关注"),  # Traditional -> Simplified
        ("公众号", "公眾號"),  # Taiwan's form of 衆
        ("公众号", "公衆號"),  # the usual Traditional form
        ("台湾", "台灣"),  # a character Traditional writing also uses stays
        ("台湾", "臺灣"),
        ("举报", "舉報"),
    ],
)
def test_twins(word, twin):
    assert twin in twins(word)
    assert word in twins(word)


def test_words_without_han_have_no_twins():
    assert twins("Share on Facebook") == {"Share on Facebook"}


def test_with_twins_keeps_order_and_lists_each_form_once():
    words = with_twins(["分享", "转发", "轉發", "APP"])
    assert words[0] == "分享" and words[1] == "转发"
    assert words.index("轉發") < words.index("APP")
    assert len(words) == len(set(words))
