"""Build the character and character-pair frequency tables used by the mojibake repair.

Source: the word-frequency dictionary shipped in the ``jieba`` package (``jieba/dict.txt``,
MIT licence; about 350,000 Simplified Chinese words with corpus counts). Traditional forms
come from OpenCC's character and phrase tables as shipped in
``opencc-python-reimplemented`` (Apache-2.0), so both scripts get counts.

A character's count is the summed count of the words it occurs in; a pair's count is the
summed count of the words in which the two characters stand side by side. Only the most
frequent entries are kept so that the shipped files stay small.

Run (needs ``pip install jieba opencc-python-reimplemented``)::

    python tools/build_charfreq.py src/cleanseeds/data
"""

from __future__ import annotations

import sys
from collections import Counter
from importlib import resources
from pathlib import Path

TOP_CHARS = 6000
TOP_PAIRS = 16000


def _jieba_words() -> list[tuple[str, int]]:
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            out.append((parts[0], int(parts[1])))
    return out


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def build() -> tuple[Counter[str], Counter[str], dict[str, str]]:
    from opencc import OpenCC

    s2t = OpenCC("s2t")
    t2s = OpenCC("t2s")
    chars: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for word, freq in _jieba_words():
        if not all(_is_han(c) for c in word):
            continue
        for c in word:
            chars[c] += freq
        for a, b in zip(word, word[1:]):
            pairs[a + b] += freq
    top_chars = dict(chars.most_common(TOP_CHARS))
    top_pairs = dict(pairs.most_common(TOP_PAIRS))
    out_chars: Counter[str] = Counter(top_chars)
    out_pairs: Counter[str] = Counter(top_pairs)
    for c, n in top_chars.items():
        t = s2t.convert(c)
        if t != c and len(t) == 1:
            out_chars[t] += n
    for p, n in top_pairs.items():
        t = s2t.convert(p)
        if t != p and len(t) == 2:
            out_pairs[t] += n
    # which script a character belongs to only: "s" (Simplified), "t" (Traditional). A
    # form that Hong Kong's or Taiwan's standard writes (台 for 臺, 温 for 溫) is written in
    # Traditional text too, though the plain converter changes it: it is no Simplified mark
    regional = _variant_forms("HKVariants.txt") | _variant_forms("TWVariants.txt")
    script = {}
    for c in out_chars:
        if s2t.convert(c) != c:
            if c not in regional:
                script[c] = "s"
        elif t2s.convert(c) != c:
            script[c] = "t"
    return out_chars, out_pairs, script


def _variant_forms(name: str) -> set[str]:
    """The forms OpenCC's regional variant table ``name`` writes (its second column)."""
    text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        _, _, forms = line.partition("\t")
        out.update(f for f in forms.split() if len(f) == 1)
    return out


HEADER = """\
# {what}
# Origin: built by tools/build_charfreq.py from the word-frequency dictionary of the
# jieba package (jieba/dict.txt, MIT licence), Simplified counts; Traditional forms added
# with OpenCC's tables (opencc-python-reimplemented, Apache-2.0).
# Format: entry<TAB>count[<TAB>s|t: only in Simplified|Traditional], most frequent
# first; {n} entries.
"""


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1] if len(argv) > 1 else "src/cleanseeds/data")
    chars, pairs, script = build()
    for name, what, table in (
        ("charfreq.txt", "Chinese character frequencies (both scripts)", chars),
        ("charpairs.txt", "Chinese character-pair frequencies inside words (both scripts)", pairs),
    ):
        rows = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
        body = "".join(
            f"{k}\t{v}\t{script[k]}\n" if k in script else f"{k}\t{v}\n" for k, v in rows
        )
        (out_dir / name).write_text(HEADER.format(what=what, n=len(rows)) + body, encoding="utf-8")
        print(f"{name}: {len(rows)} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
