"""The command line: inputs, outputs, exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from cleanseeds.cli import main
from cleanseeds.pipeline import Pipeline

from .conftest import ROOT


def run(args, stdin: bytes | None = None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        try:
            code = main(args, stdout=out, stderr=err)
        finally:
            sys.stdin = old
    else:
        code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def records(text):
    return [json.loads(line) for line in text.splitlines()]


ARTICLE = "第一段正文，讲的是一件事。\n第二段正文，继续讲这件事。\n"


def test_clean_file_writes_one_record_per_article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["clean", str(f), "-j", "1"])
    assert code == 0, err
    (rec,) = records(out)
    assert rec["id"] == "a#0" and rec["source"] == str(f) and rec["index"] == 0
    assert rec["paragraphs"] == ["第一段正文，讲的是一件事。", "第二段正文，继续讲这件事。"]
    assert rec["text"] == "\n".join(rec["paragraphs"])
    for key in ("title", "authors", "site", "published", "edits", "flags"):
        assert key in rec


def test_stdin(tmp_path):
    code, out, _ = run(["clean", "-", "-j", "1"], stdin=ARTICLE.encode("utf-8"))
    assert code == 0
    assert records(out)[0]["source"] == "-"


def test_bad_file_is_named_and_others_still_written(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    code, out, err = run(["clean", str(bad), str(good), "-j", "1"])
    assert code == 1
    assert "bad.txt" in err and "binary" in err
    assert [r["source"] for r in records(out)] == [str(good)]


def test_missing_path_exit_1(tmp_path):
    code, _, err = run(["clean", str(tmp_path / "nope.txt")])
    assert code == 1 and "nope.txt" in err


def test_usage_errors_exit_2(tmp_path):
    assert run(["clean"])[0] == 2
    assert run(["clean", "--skip", "no-such-filter", str(tmp_path)])[0] == 2
    assert run(["bogus"])[0] == 2


def test_empty_file_gives_no_article(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, out, _ = run(["clean", str(f)])
    assert code == 0 and out == ""


def test_output_is_atomic_and_never_an_input(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, out, _ = run(["clean", str(f), "-o", str(target), "-j", "1"])
    assert code == 0 and out == ""
    assert len(records(target.read_text(encoding="utf-8"))) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    before = f.read_bytes()
    code, _, err = run(["clean", str(f), "-o", str(f)])
    assert code == 2 and "input" in err
    assert f.read_bytes() == before


def test_folder_recursion_glob_and_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("甲文。", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("丙文。", encoding="utf-8")
    (tmp_path / "b" / "d.md").write_text("丁文。", encoding="utf-8")
    code, out, _ = run(["clean", str(tmp_path), "-j", "1"])
    assert code == 0
    assert [r["text"] for r in records(out)] == ["甲文。", "丙文。"]
    code, out, _ = run(["clean", str(tmp_path), "--glob", "*.md", "-j", "1"])
    assert [r["text"] for r in records(out)] == ["丁文。"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_is_reported_not_followed_forever(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("甲文。", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "x" / "loop")
    code, out, err = run(["clean", str(tmp_path), "-j", "1"])
    assert [r["text"] for r in records(out)] == ["甲文。"]
    assert "loop" in err and code == 1


def test_explain_lists_every_edit(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("正文第一段。\n展开全文\n正文第二段。\n", encoding="utf-8")
    code, out, err = run(["clean", str(f), "--explain", "-j", "1"])
    assert code == 0
    (rec,) = records(out)
    assert rec["edits"], "the chrome line is cut"
    for e in rec["edits"]:
        assert e["filter"] in err and e["reason"] in err


def test_skip_disables_a_filter(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("正文第一段。\n展开全文\n正文第二段。\n", encoding="utf-8")
    _, out, _ = run(["clean", str(f), "--skip", "chrome", "-j", "1"])
    assert "展开全文" in records(out)[0]["text"]


def test_text_format(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(["clean", str(f), "--format", "text"])
    assert code == 0 and out.startswith("=== a#0") and "第二段正文" in out


def test_filters_command_lists_pipeline():
    code, out, _ = run(["filters"])
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names[0] == "syndication" and names[1] == "separators" and "emoji" in names and len(set(names)) == len(names)
    assert all(len(line.split(None, 1)) == 2 for line in out.splitlines()), "every filter described"


def test_jobs_give_the_same_bytes_as_one_job(tmp_path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(f"第{i}篇。\n正文内容。\n", encoding="utf-8")
    seeds = str(ROOT / "seeds")
    _, one, _ = run(["clean", seeds, str(tmp_path), "-j", "1"])
    _, two, _ = run(["clean", seeds, str(tmp_path), "-j", "2"])
    assert one == two and one


def test_installed_command_runs():
    proc = subprocess.run(
        [sys.executable, "-m", "cleanseeds.cli", "filters"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and "emoji" in proc.stdout


def test_explain_shows_cuts_that_belong_to_no_article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("正文第一段，讲的是一件事。\n返回搜狐，查看更多\n", encoding="utf-8")
    code, out, err = run(["clean", str(f), "--explain", "-j", "1"])
    assert code == 0 and len(records(out)) == 1
    assert "between or after articles" in err and "返回搜狐" in err


def test_a_filter_bug_names_the_file_and_spares_the_others(tmp_path, monkeypatch):
    from cleanseeds.filters.emoji import EmojiFilter

    def broken(self, doc):
        if "炸" in doc.text:
            raise ValueError("boom")
        return iter(())

    monkeypatch.setattr(EmojiFilter, "find", broken)
    monkeypatch.setattr("cleanseeds.cli._PIPELINES", {})
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("炸" + ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["clean", str(tmp_path), "-j", "1"])
    assert code == 1
    assert "b.txt" in err and "internal error" in err and "boom" in err
    assert [r["id"] for r in records(out)] == ["a#0", "c#0"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_stream_in_as_they_are_cleaned(tmp_path, monkeypatch, jobs):
    """Memory must not grow with the number of inputs: they are not listed up front."""
    from cleanseeds import cli
    from cleanseeds.cli import IN_FLIGHT_PER_JOB, Input, _results

    monkeypatch.setattr(cli, "BATCH_INPUTS", 2)  # workers take inputs two at a time

    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(ARTICLE, encoding="utf-8")
    pulled = []

    def inputs():
        for p in sorted(tmp_path.iterdir()):
            pulled.append(p)
            yield Input(str(p), p)

    results = _results(inputs(), (), "jsonl", False, jobs)
    first = next(results)
    assert first.error is None and first.name.endswith("00.txt")
    # a batch per worker in hand, a few more queued, one being put together
    ahead = IN_FLIGHT_PER_JOB * jobs + 1 if jobs > 1 else 1
    assert len(pulled) <= ahead * 2 + 2
    assert len([first, *results]) == 40


def test_prepare_loads_the_data_the_workers_will_share():
    from cleanseeds.filters import encoding, regions

    encoding.char_model.cache_clear()
    regions._vocab.cache_clear()
    pipeline = Pipeline.default()
    assert pipeline.prepare() is pipeline
    assert encoding.char_model.cache_info().currsize == 1
    assert regions._vocab.cache_info().currsize == 1


def test_small_inputs_travel_together_large_ones_alone(tmp_path):
    from cleanseeds.cli import BATCH_BYTES, BATCH_INPUTS, InputError, Job, _batches

    def job(name, size):
        path = tmp_path / name
        path.write_bytes(b"x" * size)
        return Job(name, str(path), None, (), "jsonl", False)

    small = [job(f"s{i}", 10) for i in range(BATCH_INPUTS + 3)]
    big = job("big", BATCH_BYTES)
    bad = InputError("gone.txt: no such file or folder")
    batches = list(_batches([*small, big, bad, job("last", 10)]))
    assert [len(b) for b in batches] == [BATCH_INPUTS, 4, 2]
    assert [t for b in batches for t in b] == [*small, big, bad, batches[-1][-1]]
