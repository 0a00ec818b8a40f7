"""Bytes in: every supported encoding decodes; broken bytes are flagged; binary is refused."""

from __future__ import annotations

import codecs

import pytest

from cleanseeds.reader import InputError, decode_bytes, read_path

SIMPLIFIED = "英伟达回归遇阻，谁能替代H20？\n我们都知道，光刻设备处于极为关键的位置。\n"
TRADITIONAL = "臺積電將在高雄興建新廠，預計明年量產。\n香港特區政府今日公布最新數據。\n"


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        (SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED, codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED, codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED, SIMPLIFIED.encode("gbk"), "gb18030"),
        (SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030"),
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL, TRADITIONAL.encode("gbk"), "gb18030"),
        (TRADITIONAL, TRADITIONAL.encode("utf-8"), "utf-8"),
    ],
)
def test_encodings_decode(text: str, data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.flags == []


def test_big5_is_not_taken_for_gb18030() -> None:
    # GB18030 decodes almost any byte string; Big5 text must still be read as Big5
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # succeeds, as garble
    assert decode_bytes(data).text == TRADITIONAL


#: Hong Kong text with characters only Big5-HKSCS holds (衞, 啓, 綫, Cantonese 嘅 and 咗)
HONG_KONG = [
    "衞生防護中心今日公布，正調查一宗本地登革熱個案。\n",
    "港鐵將於下月啓用新綫，方便市民出行。\n",
    "政府話今日嘅會議已經取消咗，市民毋須擔心。\n",
]


@pytest.mark.parametrize("text", HONG_KONG)
def test_big5_hkscs_is_read_where_big5_lacks_characters(text: str) -> None:
    data = (TRADITIONAL + text).encode("big5hkscs")
    with pytest.raises(UnicodeDecodeError):
        data.decode("big5")  # plain Big5 misreads the Hong Kong characters
    decoded = decode_bytes(data)
    assert decoded.encoding == "big5hkscs"
    assert decoded.text == TRADITIONAL + text
    assert decoded.flags == []


def test_plain_big5_stays_big5() -> None:
    # where Big5 reads everything, its superset adds nothing: the reading stays Big5
    assert decode_bytes(TRADITIONAL.encode("big5")).encoding == "big5"


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_is_flagged() -> None:
    data = SIMPLIFIED.encode("utf-8")
    data = data[:9] + b"\xff" + data[9:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.flags == ["undecodable-bytes"]
    assert "光刻设备" in decoded.text


def test_ascii_only() -> None:
    assert decode_bytes(b"plain text\n").text == "plain text\n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        bytes(range(32)) * 50,
    ],
)
def test_binary_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "image.png")


def test_read_path_errors(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_path(tmp_path)
    f = tmp_path / "a.txt"
    f.write_bytes(TRADITIONAL.encode("big5"))
    assert read_path(f).text == TRADITIONAL


def test_random_bytes_without_control_bytes_refused() -> None:
    # GB18030 reads almost anything; what no codec reads cleanly is no text dump
    import random

    rng = random.Random(7)
    data = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(32, 256) for _ in range(4096))
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "image.png")
