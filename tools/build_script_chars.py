"""Build the table of characters that Simplified and Traditional Chinese write apart.

Word lists in ``cleanseeds/data`` are written in one script or both; the filters match
every entry in both (``cleanseeds.scripts.twins``), so that a share button or a notice
header listed as ``点赞`` also catches ``點讚``'s plain twin ``點贊`` and the reverse. This
table is what that conversion reads: character by character, as OpenCC's own character
tables do (no phrases: the entries are short, fixed interface words).

Source: OpenCC's dictionary files as shipped in ``opencc-python-reimplemented``
(Apache-2.0): ``STCharacters.txt`` (Simplified to Traditional, most usual form first),
``TSCharacters.txt`` (Traditional to Simplified), ``TWVariants.txt`` and
``HKVariants.txt`` (the forms Taiwan and Hong Kong write).

Run (needs ``pip install opencc-python-reimplemented``)::

    python tools/build_script_chars.py src/cleanseeds/data
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

HEADER = """\
# Characters that Simplified and Traditional Chinese write apart, one mapping a line:
#   kind<TAB>from<TAB>to[ to...]   (kind: s2t, t2s, tw, hk; the usual form first)
# s2t: Simplified -> Traditional; t2s: Traditional -> Simplified; tw / hk: a Traditional
# character -> the form Taiwan / Hong Kong writes. Only characters whose forms differ.
# Origin: built by tools/build_script_chars.py from OpenCC's character tables
# (STCharacters, TSCharacters, TWVariants, HKVariants) as shipped in
# opencc-python-reimplemented, Apache-2.0 (https://github.com/BYVoid/OpenCC).
"""


def _table(name: str) -> list[tuple[str, list[str]]]:
    text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        options = values.split()
        if len(key) == 1 and options and options != [key]:
            out.append((key, options))
    return out


def main(out_dir: str) -> None:
    lines = [HEADER.rstrip("\n")]
    for kind, name in (("s2t", "STCharacters.txt"), ("t2s", "TSCharacters.txt"),
                       ("tw", "TWVariants.txt"), ("hk", "HKVariants.txt")):
        for key, options in _table(name):
            lines.append(f"{kind}\t{key}\t{' '.join(options)}")
    Path(out_dir, "script_chars.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/cleanseeds/data")
