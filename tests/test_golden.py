"""The seeds' expected output, reviewed by hand.

After an intended change, refresh and review the diff:

    CLEANSEEDS_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import json
import os

import pytest

import cleanseeds
from cleanseeds.cli import format_text

from .conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("CLEANSEEDS_UPDATE_GOLDEN") == "1"


def render(path):
    articles = cleanseeds.clean_file(path)
    for a in articles:
        a.source = f"seeds/{path.name}"
    jsonl = "".join(json.dumps(a.to_json(), ensure_ascii=False) + "\n" for a in articles)
    text = "\n".join(format_text(a) for a in articles)
    return jsonl, text


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_matches_golden(path):
    jsonl, text = render(path)
    want_jsonl = GOLDEN / f"{path.stem}.jsonl"
    want_text = GOLDEN / f"{path.stem}.txt"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        want_jsonl.write_text(jsonl, encoding="utf-8")
        want_text.write_text(text, encoding="utf-8")
    assert text == want_text.read_text(encoding="utf-8"), "readable golden differs"
    assert jsonl == want_jsonl.read_text(encoding="utf-8"), "JSON Lines golden differs"
