"""The mojibake filter's shortcuts give what the plain reading gives, for any input.

The walk of a suspect run stops once its UTF-8 reading is settled, the script count is a
scan per script, and the GBK bytes of a stretch are encoded at once: each is checked
here against the plain character-by-character reading it replaces.
"""

from __future__ import annotations

import random

import pytest

from cleanseeds.document import Document
from cleanseeds.filters import encoding as E

SIMPLIFIED = "据新华社报道，国务院常务会议今天讨论了经济形势，会议认为，我国经济运行总体平稳。"
TRADITIONAL = "據中央社報導，行政院會議今天討論經濟情勢，會議認為，臺灣經濟運行總體穩定。"


def _plain_run_bytes(text: str, start: int, codec: str) -> tuple[list[int | None], list[int], int]:
    """The walk to the run's end (up to 400 characters), as it was before the shortcut."""
    units: list[int | None] = []
    where: list[int] = []
    pos = start
    limit = min(len(text), start + 400)
    while pos < limit:
        ch = text[pos]
        if ch == "\ufffd":
            units.append(None)
            where.append(pos)
        elif ch.isascii():
            break
        else:
            try:
                data = ch.encode(codec)
            except UnicodeEncodeError:
                break
            if min(data) < 0x80 and not E.is_han(ch):
                break
            units.extend(data)
            where.extend([pos] * len(data))
        pos += 1
    return units, where, pos


def _plain_gbk_units(text: str) -> list[int | None] | None:
    units: list[int | None] = []
    for ch in text:
        if ch.isascii():
            units = [] if ch != "?" else [None]
            continue
        if ch == "\ufffd":
            units.append(None)
            continue
        try:
            units.extend(ch.encode("gbk"))
        except UnicodeEncodeError:
            return None
    return units


def _garbled(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def _samples() -> list[str]:
    """Clean prose of both scripts, its UTF-8 read as GBK and as Big5 (with holes), and
    the garble with lost marks, ASCII and clean text around it."""
    rnd = random.Random(7)
    out = [SIMPLIFIED, TRADITIONAL, SIMPLIFIED + "\n" + TRADITIONAL]
    for prose in (SIMPLIFIED, TRADITIONAL):
        for codec in ("gbk", "big5"):
            for _ in range(40):
                i = rnd.randrange(len(prose) - 4)
                garble = _garbled(prose[i : i + rnd.randrange(2, 30)], codec)
                if rnd.random() < 0.4:
                    garble = "".join(
                        c if rnd.random() > 0.1 else rnd.choice("\ufffd?，A") for c in garble
                    )
                out.append(prose[:5] + garble + rnd.choice(("?", "\ufffd", "。", "a", "")) + prose[-5:])
    return out


@pytest.mark.parametrize("codec", ["gbk", "big5"])
def test_the_walk_stops_only_where_the_reading_is_settled(codec: str) -> None:
    for text in _samples():
        for start in range(len(text)):
            units, where, pos = E._run_bytes(text, start, codec)
            p_units, p_where, p_pos = _plain_run_bytes(text, start, codec)
            got = E._utf8_chars(units, where)
            want = E._utf8_chars(p_units, p_where)
            assert got == want, (text, start)
            if pos != p_pos:  # stopped early: the reading ended inside what was read
                assert not got[3] and len(units) > sum(map(len, got[0]))


def test_a_long_clean_run_is_not_walked_to_its_end() -> None:
    text = TRADITIONAL * 5
    start = next(E._UTF8_AS.finditer(text), None)
    pos = start.start() if start else 0
    assert E._run_bytes(text, pos, "big5")[2] < min(len(text), pos + 400)


def test_the_script_count_matches_a_count_per_character() -> None:
    m = E.char_model()

    def plain(context: str) -> str | None:
        simp = sum(m.scripts.get(c) == "s" for c in context)
        trad = sum(m.scripts.get(c) == "t" for c in context)
        if trad >= 2 and trad >= 3 * simp:
            return "t"
        if simp >= 2 and simp >= 3 * trad:
            return "s"
        return None

    for context in (SIMPLIFIED, TRADITIONAL, SIMPLIFIED + TRADITIONAL, "abc", "", "国國"):
        assert m.script_of(context) == plain(context)
    assert m.script_of(SIMPLIFIED) == "s" and m.script_of(TRADITIONAL) == "t"
    assert E.CharModel({"a": 1}, {}).script_of(TRADITIONAL) is None  # no script table


def test_gbk_units_match_a_reading_per_character() -> None:
    cases = [*_samples(), "", "?", "a?中\ufffd文", "中a文?", "€中", "😀中", "中\ufffd\ufffd", "\ud800中a"]
    for text in cases:
        for i in range(0, len(text), 3):
            assert E._gbk_units(text[i:]) == _plain_gbk_units(text[i:]), text[i:]


@pytest.mark.parametrize("prose", [SIMPLIFIED, TRADITIONAL])
def test_clean_prose_is_not_touched(prose: str) -> None:
    text = (prose + "\n") * 3 + "請問這是真的嗎?A股今天上漲。\n"
    assert list(E.Mojibake().find(Document(text))) == []


@pytest.mark.parametrize("prose", [SIMPLIFIED, TRADITIONAL])
def test_garble_is_still_repaired(prose: str) -> None:
    garble = _garbled(prose[:12], "gbk")
    changes = list(E.Mojibake().find(Document(prose[-6:] + garble + "\n")))
    fixed = changes[0].text  # a character whose last byte the decoder lost stays a mark
    assert len(fixed) == 12 and all(a in (b, "\ufffd") for a, b in zip(fixed, prose))
    assert sum(a == b for a, b in zip(fixed, prose)) >= 9
