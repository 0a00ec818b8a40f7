"""Bytes in: read a dump from a file or stdin and decode it.

Decoding order: a byte-order mark decides; else strict UTF-8; else UTF-16 without a BOM
(recognised by its NUL bytes); else the reading, among UTF-8 with replacements, GB18030
(which covers GBK and GB2312), Big5 and Big5-HKSCS, whose text is the most common Chinese by the
character model, with each unreadable byte counted against it. GB18030 decodes almost
any byte string, so "decodes without error" alone would take Big5 and slightly broken
UTF-8 for GB18030 garble. Big5-HKSCS (Hong Kong's superset of Big5: 衞, 啓, 媽 variants
and Cantonese characters) is tried after Big5: where plain Big5 cannot read a Hong Kong
character, it loses its first byte and pairs the second with the next, misreading the
rest of the word (``壎籵嬝@`` for ``衞生防護``); where both read everything, Big5 stays.
A reading with replacement characters flags the dump. Binary
data (NUL bytes outside UTF-16, or mostly control bytes) is refused with
:class:`InputError`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["InputError", "Decoded", "decode_bytes", "read_path"]


class InputError(Exception):
    """A dump that cannot be cleaned; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    flags: list[str] = field(default_factory=list)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode a raw dump; raise :class:`InputError` for binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(enc.replace("-sig", "")), enc)
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(enc.replace("-sig", ""), errors="replace")
                return Decoded(text, enc, ["undecodable-bytes"])
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
    _refuse_binary(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _best_legacy(data, name)


#: how many bytes of a dump the legacy readings are compared on
_SAMPLE = 1 << 16


#: the readings compared where a dump is not UTF-8; Big5-HKSCS only adds characters to
#: Big5, so it wins only where it reads bytes Big5 cannot
_LEGACY = ("utf-8", "gb18030", "big5", "big5hkscs")

#: share of unreadable bytes past which a file is taken for binary data
_MAX_LOST = 0.05


def _best_legacy(data: bytes, name: str) -> Decoded:
    """The most plausible of UTF-8 (with replacements), GB18030, Big5 and Big5-HKSCS.

    If even the best reading leaves more than ``_MAX_LOST`` of its characters
    unreadable, the file is no text in any of them: it is refused as binary.
    """
    from .filters.encoding import char_model

    m = char_model()
    sample = data[:_SAMPLE]
    best: tuple[float, str] | None = None
    least_lost = 1.0
    for enc in _LEGACY:
        text = sample.decode(enc, errors="replace")
        lost = text.count("\ufffd")
        least_lost = min(least_lost, lost / max(1, len(text)))
        wide = [c for c in text if ord(c) > 0x7F and c != "\ufffd"]
        if not wide:
            score = -10.0 * lost
        else:
            score = m.mean("".join(wide)) * len(wide) / max(1, len(wide) + lost) - 10.0 * lost / max(1, len(wide))
        if best is None or score > best[0]:  # a tie keeps the earlier (Big5 before HKSCS)
            best = (score, enc)
    assert best is not None
    if least_lost > _MAX_LOST:
        raise InputError(
            f"{name}: binary file ({least_lost:.0%} of it is unreadable as UTF-8, GB18030, "
            "Big5 or Big5-HKSCS), not a text dump"
        )
    enc = best[1]
    try:
        return Decoded(data.decode(enc), enc)
    except UnicodeDecodeError:
        return Decoded(data.decode(enc, errors="replace"), enc, ["undecodable-bytes"])


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text with no BOM: NUL bytes on one side only, and a clean decode."""
    if len(data) % 2:
        return None
    sample = data[: _SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    enc = "utf-16-le" if odd > 4 * max(even, 1) else "utf-16-be" if even > 4 * max(odd, 1) else None
    if enc is None:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    bad = sum(1 for c in text[:_SAMPLE] if ord(c) < 32 and c not in "\t\n\r\f")
    if bad > len(text[:_SAMPLE]) // 100:
        return None
    return Decoded(text, enc)


def _refuse_binary(data: bytes, name: str) -> None:
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text dump")
    sample = data[:65536]
    if sample:
        control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
        if control / len(sample) > 0.1:
            raise InputError(f"{name}: binary file ({control} control bytes in the first "
                             f"{len(sample)}), not a text dump")


def read_path(path: str | Path) -> Decoded:
    """Read and decode one file; every failure becomes an :class:`InputError`."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))
