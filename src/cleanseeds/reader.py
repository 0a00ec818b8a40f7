"""Bytes in: read a dump from a file or stdin and decode it.

Decoding order: a byte-order mark decides; else strict UTF-8; else the legacy Chinese
encodings (GB18030, which covers GBK and GB2312, then Big5), whichever decodes strictly;
else UTF-8 with replacement characters, and the dump is flagged. Binary data (NUL bytes
outside UTF-16, or mostly control bytes) is refused with :class:`InputError`.
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
    _refuse_binary(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "big5"):
        try:
            return Decoded(data.decode(enc), enc)
        except UnicodeDecodeError:
            continue
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", ["undecodable-bytes"])


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
