"""Data files the filters need. Each file names its origin in its ``#`` header lines.

One entry a line; blank lines and lines starting with ``#`` are skipped.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["load_lines", "read_text"]


def read_text(name: str) -> str:
    """The whole text of a data file shipped in ``cleanseeds/data``."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line data file (comments and blanks skipped)."""
    out = []
    for line in read_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)
