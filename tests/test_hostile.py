"""Hostile input and no data lost: what an unattended run over millions of dumps meets.

Empty, binary, unreadable and only-junk files, folder loops, a huge single-line file,
Ctrl-C in the middle of a run, outputs that must appear whole or not at all, and inputs
that must never be written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import cleanseeds
from cleanseeds import cli
from cleanseeds.cli import main

from .conftest import ROOT, SEEDS

#: size of the single-line file; the benchmark runs the same check at 100 MB
BIG_MB = int(os.environ.get("CLEANSEEDS_BIG_MB", "8"))

ARTICLE = "第一段正文，讲的是一件事。\n第二段正文，繼續講這件事。\n"


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def cli_subprocess(args: list[str], **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "cleanseeds", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kw,
    )


def digest(folder: Path) -> dict[str, tuple[str, int, float]]:
    """Content hash, mode and mtime of every file under ``folder``."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            st_ = p.stat()
            out[str(p)] = (hashlib.sha256(p.read_bytes()).hexdigest(), st_.st_mode, st_.st_mtime)
    return out


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """A single-line dump of BIG_MB megabytes: seed prose joined by spaces, digits varied."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    prose = " ".join(
        line.strip()
        for s in SEEDS
        for line in s.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) >= 60 and line.strip()[-1] in "。！？!?”"
    )
    chunk = prose.encode("utf-8")
    target = BIG_MB * 1024 * 1024
    with path.open("wb") as f:
        written, i = 0, 0
        while written < target:
            piece = chunk.replace(b"2025", str(1900 + i % 200).encode()) + b" "
            f.write(piece)
            written += len(piece)
            i += 1
    return path


# -- odd files ----------------------------------------------------------------------------


def test_empty_file_no_article_exit_0(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\n\n  \r\n\t\n")
    for name in ("empty.txt", "blank.txt"):
        code, out, err = run(["clean", str(tmp_path / name), "-j", "1"])
        assert (code, out) == (0, ""), err
    assert cleanseeds.clean("") == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_binary_file_named_others_go_on(tmp_path, jobs):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 64)  # NUL and control bytes
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096).replace(b"\0", b"\1"))
    (tmp_path / "d.txt").write_text(ARTICLE.replace("第", "次"), encoding="utf-8")
    code, out, err = run(["clean", str(tmp_path), "-j", jobs])
    assert code == 1
    assert "b.txt" in err and "binary" in err
    assert "a.txt" not in err and "d.txt" not in err
    assert [Path(r["source"]).name for r in records(out)] == ["a.txt", "d.txt"]


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    """The error path itself, also where the tests run with the rights to read anything."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = run(["clean", str(tmp_path), "-j", "1"])
    assert code == 1
    assert "locked.txt" in err and "permission denied" in err
    assert [Path(r["source"]).name for r in records(out)] == ["a.txt"]


def test_unreadable_file(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("running with rights that read any file (root): chmod 000 does not stop it")
        code, out, err = run(["clean", str(tmp_path), "-j", "1"])
        assert code == 1
        assert "locked.txt" in err and "permission denied" in err
        assert [Path(r["source"]).name for r in records(out)] == ["a.txt"]
    finally:
        locked.chmod(0o644)


def test_folder_loop_by_symlinks(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(ARTICLE.replace("第", "次"), encoding="utf-8")
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)  # sub/up -> root
    (root / "self").symlink_to(".", target_is_directory=True)  # self -> root
    proc = cli_subprocess(["clean", str(root), "-j", "1", "-q"])
    out, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 1), err.decode()
    names = [Path(r["source"]).name for r in records(out.decode())]
    assert sorted(names) == ["a.txt", "b.txt"], "each dump once, the loop not followed"
    assert b"loop" in err


def test_file_symlink_loop(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    code, out, err = run(["clean", str(tmp_path), "-j", "1"])
    assert code == 1
    assert "x.txt" in err and "y.txt" in err
    assert [Path(r["source"]).name for r in records(out)] == ["a.txt"]


JUNK_LINES = [
    "![]()", "展开全文", "分享至", "上下滑动查看图片", "返回搜狐,查看更多", "责任编辑：王晓",
    "責任編輯：陳怡君", "]]>", "<p></p>", "<br/>", "&nbsp;&nbsp;", "👍👍👍", "🔥🔥🔥",
    "相关推荐", "推荐阅读", "热点推荐", "無障礙瀏覽 進入關懷版", "网易首页 > 网易号 > 正文 申请入驻",
    "本文来源于网络，版权归原作者所有，如有侵权请联系删除。", "京ICP备12345678号-1",
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南",
]


def test_only_junk_file(tmp_path):
    """Nothing but junk: the run succeeds and next to nothing of it is called an article."""
    path = tmp_path / "junk.txt"
    text = "\n".join(JUNK_LINES * 3)
    path.write_text(text, encoding="utf-8")
    code, out, err = run(["clean", str(path), "-j", "1"])
    assert code == 0, err
    kept = sum(len(r["text"]) for r in records(out))
    assert kept <= len(text) * 0.1, f"{kept} of {len(text)} junk characters kept"


def test_huge_single_line_file(big_file, tmp_path):
    """A BIG_MB single-line dump finishes in bounded time with a complete output."""
    out = tmp_path / "out.jsonl"
    t0 = time.perf_counter()
    proc = cli_subprocess(["clean", str(big_file), "-o", str(out), "-j", "1", "-q"])
    _, err = proc.communicate(timeout=240)
    elapsed = time.perf_counter() - t0
    assert proc.returncode == 0, err.decode()[-2000:]
    recs = records(out.read_text(encoding="utf-8"))
    assert recs, "the prose of a huge line is kept"
    assert all(r["paragraphs"] for r in recs)
    assert leftovers(tmp_path) == []
    print(f"{BIG_MB} MB single line: {elapsed:.1f} s")


# -- outputs whole or not at all; inputs never written --------------------------------------


def _ctrl_c_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_no_output(big_file, tmp_path, jobs):
    out = tmp_path / "out.jsonl"
    # the big dump several times: long enough to be interrupted in the middle
    proc = cli_subprocess(
        ["clean", *[str(big_file)] * 6, "-o", str(out), "-j", jobs, "-q"],
        start_new_session=True,
        # as a terminal's foreground job gets it: a shell starts background jobs with
        # Ctrl-C ignored, and a command started so rightly ignores it
        preexec_fn=_ctrl_c_default,
    )
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "finished before it could be interrupted"
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (130, -signal.SIGINT), err.decode()[-2000:]
    assert not out.exists(), "a partial output was left"
    assert leftovers(tmp_path) == [], "a temporary file was left"


def test_sigterm_leaves_no_output(big_file, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = cli_subprocess(["clean", *[str(big_file)] * 6, "-o", str(out), "-j", "1", "-q"])
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert not out.exists() and leftovers(tmp_path) == []


def test_failure_mid_run_keeps_old_output_whole(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE + name, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    real = cli.run_job

    def failing(job):
        if job.name.endswith("c.txt"):
            raise RuntimeError("disk on fire")
        return real(job)

    monkeypatch.setattr(cli, "run_job", failing)
    with pytest.raises(RuntimeError):
        run(["clean", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
             "-o", str(out), "-j", "1"])
    assert out.read_text(encoding="utf-8") == "old\n", "the old output was touched"
    assert leftovers(out_dir) == []


def test_output_whole_when_some_inputs_fail(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\0\0\0")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["clean", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)])
    assert code == 1 and "b.txt" in err
    assert [Path(r["source"]).name for r in records(out.read_text(encoding="utf-8"))] == ["a.txt"]
    assert leftovers(tmp_path) == []


def test_output_file_mode_follows_umask(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        assert run(["clean", str(tmp_path / "a.txt"), "-o", str(out), "-j", "1"])[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_output_to_a_fifo_stays_a_fifo(tmp_path):
    """``-o`` onto a pipe or device writes into it; it never renames a file over it."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = cli_subprocess(["clean", str(tmp_path / "a.txt"), "-o", str(fifo), "-j", "1"])
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        if not got:  # unblock the reader if nothing was ever written into the pipe
            with open(fifo, "wb", opener=lambda p, f: os.open(p, f | os.O_NONBLOCK)):
                pass
        reader.join(timeout=10)
    assert proc.returncode == 0, err.decode()
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the pipe was replaced by a file"
    assert len(records(got[0].decode())) == 1


def test_inputs_never_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "gbk.txt").write_bytes(ARTICLE.encode("gb18030"))
    (folder / "bin.txt").write_bytes(b"\0" * 100)
    before = digest(folder)
    time.sleep(0.01)
    for jobs in ("1", "2"):
        code, _, _ = run(["clean", str(folder), "-o", str(folder / "out.jsonl"), "-j", jobs])
        assert code == 1
        (folder / "out.jsonl").unlink()
        run(["clean", str(folder), "--explain", "--format", "text", "-j", jobs])
    # -o naming an input is refused, and the input stays as it was
    code, _, err = run(["clean", str(folder), "-o", str(folder / SEEDS[0].name)])
    assert code == 2 and "input" in err
    assert digest(folder) == before
    assert leftovers(folder) == []
