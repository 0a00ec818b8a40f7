"""Speed and memory of cleanseeds, as ratios to reference points measured in the same run.

    python benchmarks/bench.py                  # 100 MB corpus: pipeline, filters, jobs
    python benchmarks/bench.py --mb 20 --quick  # a smaller, faster run
    python benchmarks/bench.py --memory         # peak RSS over 100 MB vs 1 GB of dumps
    python benchmarks/bench.py --hostile        # 100 MB single line; 256 KB vs 1 MB adversarial

The corpus is built from ``seeds/``: each dump takes one seed as its template and is
varied (paragraphs shuffled, lines mixed in from other seeds, digits perturbed, emoji
injected, characters swapped between scripts, paragraphs joined on one line, CRLF), so
no dump repeats another byte for byte. Results are printed as Markdown.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import emoji  # noqa: E402
import ftfy  # noqa: E402
import regex  # noqa: E402

import cleanseeds  # noqa: E402
from cleanseeds.articles import build_articles  # noqa: E402
from cleanseeds.document import Document  # noqa: E402
from cleanseeds.lines import clear_line_memos  # noqa: E402
from cleanseeds.pipeline import Pipeline  # noqa: E402

MB = 1024 * 1024

#: a few Simplified/Traditional pairs, enough to swap the script of a paragraph
_PAIRS = "这這 国國 说說 为為 个個 们們 发發 业業 产產 对對 时時 场場 长長 开開 会會 经經 进進 与與 后後 来來 实實 现現 于於 门門 术術 电電 机機 华華 伟偉 达達 美美 中中"
S2T = str.maketrans({p[0]: p[1] for p in _PAIRS.split() if p[0] != p[1]})
T2S = str.maketrans({p[1]: p[0] for p in _PAIRS.split() if p[0] != p[1]})
EMOJI = ["😀", "👍", "🔥", "❤️", "😂", "🇨🇳", "👨‍👩‍👧", "✅", "💯", "1️⃣"]
DIGITS = regex.compile(r"\d")


# -- the corpus --------------------------------------------------------------------------


def seed_lines() -> list[list[str]]:
    return [
        s.read_text(encoding="utf-8").splitlines() for s in sorted((ROOT / "seeds").glob("*.txt"))
    ]


def vary(lines: list[str], others: list[str], rng: random.Random) -> str:
    """One new dump from a seed's lines: the seed's shape, different bytes."""
    lines = list(lines)
    prose = [i for i, ln in enumerate(lines) if len(ln) >= 40]
    picked = [lines[i] for i in prose]
    rng.shuffle(picked)
    for i, ln in zip(prose, picked):
        lines[i] = ln
    for _ in range(rng.randint(0, 6)):  # mix in lines of other dumps
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(others))
    script = rng.random()
    out = []
    for ln in lines:
        ln = DIGITS.sub(lambda m: str(rng.randrange(10)) if rng.random() < 0.3 else m.group(), ln)
        if script < 0.25:
            ln = ln.translate(S2T)
        elif script < 0.5:
            ln = ln.translate(T2S)
        if ln and rng.random() < 0.05:
            pos = rng.randrange(len(ln) + 1)
            ln = ln[:pos] + "".join(rng.choices(EMOJI, k=rng.randint(1, 3))) + ln[pos:]
        out.append(ln)
    if rng.random() < 0.15:  # a whole article on one line, joined by spaces
        a = rng.randrange(len(out))
        b = min(len(out), a + rng.randint(5, 40))
        out[a:b] = [" ".join(x for x in out[a:b] if x.strip())]
    nl = "\r\n" if rng.random() < 0.1 else "\n"
    return nl.join(out) + nl


def build_corpus(folder: Path, mb: float, seed: int = 0) -> list[Path]:
    """Write varied dumps into ``folder`` until they hold ``mb`` megabytes."""
    rng = random.Random(seed)
    seeds = seed_lines()
    others = [ln for s in seeds for ln in s if ln.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    paths, total, n = [], 0, 0
    while total < mb * MB:
        data = vary(rng.choice(seeds), others, rng).encode("utf-8")
        path = folder / f"{n // 1000:03d}" / f"dump{n:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
        total += len(data)
        n += 1
    return paths


# -- measurements -------------------------------------------------------------------------


def timed(fn, texts: list[str]) -> float:
    """CPU seconds: other processes on a shared machine do not count."""
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def pipeline_timer(*, warm: bool = False) -> tuple[Callable[[list[str]], float], dict[str, float]]:
    """A function timing the whole pipeline (settling rounds included) over some dumps,
    and the seconds per filter it adds up over all its calls.

    Cold by default: the per-line memos are cleared before each dump, so a line seen in
    an earlier dump of this corpus (built from five seeds, it repeats lines) costs in
    full; ``warm`` keeps them, as a run over one portal's dumps would.
    """
    pipeline = Pipeline.default()
    per = {f.name: 0.0 for f in pipeline.filters}
    per["(articles)"] = 0.0
    clock = time.process_time
    for flt in pipeline.filters:
        find = flt.find

        def timed_find(doc, find=find, name=flt.name):
            t0 = clock()
            out = list(find(doc))
            per[name] += clock() - t0
            return out

        flt.find = timed_find  # type: ignore[method-assign]

    def run(texts: list[str]) -> float:
        t_all = clock()
        for text in texts:
            if not warm:
                clear_line_memos()
            doc = pipeline.run(Document(text))
            t0 = clock()
            build_articles(doc)
            per["(articles)"] += clock() - t0
        return clock() - t_all

    return run, per


#: dumps per turn when measures take turns (see :func:`interleaved`)
TURN = 40


def interleaved(texts: list[str], measures: dict[str, Callable[[list[str]], float]]) -> dict[str, float]:
    """Seconds of each measure over all ``texts``, taking turns over a few dumps at a time.

    A shared host's speed drifts over minutes; measures that take turns see the same
    drift, so their ratios hold even when the seconds do not.
    """
    totals = dict.fromkeys(measures, 0.0)
    names = list(measures)
    for k, i in enumerate(range(0, len(texts), TURN)):
        chunk = texts[i : i + TURN]
        for name in names[k % len(names) :] + names[: k % len(names)]:  # rotate who goes first
            totals[name] += measures[name](chunk)
    return totals

def filter_peaks(texts: list[str]) -> dict[str, int]:
    """Extra memory each filter allocates at its peak (tracemalloc), max over dumps."""
    pipeline = Pipeline.default()
    peaks = {f.name: 0 for f in pipeline.filters}
    tracemalloc.start()
    try:
        for text in texts:
            doc = Document(text)
            for flt in pipeline.filters:
                base = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                flt(doc)
                peaks[flt.name] = max(peaks[flt.name], tracemalloc.get_traced_memory()[1] - base)
    finally:
        tracemalloc.stop()
    return peaks


def run_cli(args: list[str], stdout=subprocess.DEVNULL) -> tuple[float, int, int]:
    """Wall seconds, exit status and peak RSS in KB (the CLI and its workers)."""
    # the command of this checkout, as the in-process measures import it, whatever
    # cleanseeds the interpreter has installed
    src = str(ROOT / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleanseeds", *args],
        stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT, env=env,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        print(err[-2000:], file=sys.stderr)
    return time.perf_counter() - t0, proc.returncode, usage.ru_maxrss


def _spin(n: int) -> int:
    """Pure-Python work that shares nothing: what N processes can do at best."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def parallel_ceiling(jobs: int, n: int = 4_000_000) -> float:
    """How much faster ``jobs`` processes of independent pure-Python work run than one
    doing it all: the best any ``--jobs`` can do on this machine at this moment (on a
    shared host, cores can be hyperthreads of one another or busy elsewhere)."""
    import multiprocessing as mp

    t0 = time.perf_counter()
    for _ in range(jobs):
        _spin(n)
    serial = time.perf_counter() - t0
    with mp.get_context("fork").Pool(jobs) as pool:
        t0 = time.perf_counter()
        pool.map(_spin, [n] * jobs, chunksize=1)
        parallel = time.perf_counter() - t0
    return serial / parallel


def jobs_table(corpus: Path, size: float) -> list[str]:
    """The command over the whole corpus with 1 to N jobs, twice each, in the order
    1..N then N..1 (so that a drift of the host's speed weighs on every count alike),
    next to the machine's parallel ceiling measured between the runs; a row gives the
    mean of its two runs."""
    counts = sorted({1, *range(2, (os.cpu_count() or 1) + 1)})
    secs = dict.fromkeys(counts, 0.0)
    peak = dict.fromkeys(counts, 0)
    ceilings: list[float] = []
    for jobs in counts + counts[::-1]:
        s, _, kb = run_cli(["clean", str(corpus), "-j", str(jobs), "-q"])
        secs[jobs] += s / 2
        peak[jobs] = max(peak[jobs], kb)
        ceilings.append(parallel_ceiling(counts[-1]))
    rows = [
        f"| {jobs} | {secs[jobs]:.1f} | {size / secs[jobs]:.2f} | {secs[1] / secs[jobs]:.2f}x | "
        f"{peak[jobs] / 1024:.0f} MB |"
        for jobs in counts
    ]
    rows.append("")
    rows.append(
        f"Parallel ceiling of this machine during the runs ({counts[-1]} processes of pure-Python "
        f"work vs one): {min(ceilings):.2f}x to {max(ceilings):.2f}x, median "
        f"{sorted(ceilings)[len(ceilings) // 2]:.2f}x"
    )
    return rows


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()} "
        f"({platform.system()} {platform.release()}), regex {regex.__version__}, "
        f"ftfy {ftfy.__version__}, emoji {emoji.__version__}"
    )


# -- reports --------------------------------------------------------------------------------


def speed(args: argparse.Namespace, work: Path) -> None:
    paths = build_corpus(work / "corpus", args.mb)
    size = sum(p.stat().st_size for p in paths) / MB
    # the command runs first, while this process is small: a child's peak RSS counts the
    # memory of the process it was forked from
    jobs_rows = jobs_table(work / "corpus", size)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    print(f"## Speed: {size:.1f} MB in {len(texts)} dumps\n")
    print(f"Machine: {machine()}\n")

    han = regex.compile(r"\p{Han}+")
    cold, per = pipeline_timer()
    regex_name = r"one regex pass (`regex.findall(r'\p{Han}+')`)"
    measures = {
        "pipeline": cold,
        regex_name: lambda chunk: timed(han.findall, chunk),
        "`emoji.replace_emoji(text, '')`": lambda chunk: timed(lambda t: emoji.replace_emoji(t, ""), chunk),
    }
    if not args.quick:
        measures["`ftfy.fix_text(text)`"] = lambda chunk: timed(ftfy.fix_text, chunk)
    refs = interleaved(texts, measures)
    total = refs.pop("pipeline")
    warm, _ = pipeline_timer(warm=True)
    warm_total = warm(texts)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    base = refs[next(iter(refs))]

    print(
        "In-process times are CPU seconds (`time.process_time`); the pipeline (cold) and the "
        f"references took turns over {TURN} dumps at a time; the warm run came after them; "
        "the jobs table is wall time.\n"
    )
    print("| what | seconds | MB/s | time / one regex pass |")
    print("|---|---:|---:|---:|")
    print(f"| **whole default pipeline** | {total:.2f} | {size / total:.2f} | {total / base:.1f}x |")
    print(f"| whole pipeline, line memos kept across dumps | {warm_total:.2f} | "
          f"{size / warm_total:.2f} | {warm_total / base:.1f}x |")
    for name, secs in refs.items():
        print(f"| {name} | {secs:.2f} | {size / secs:.2f} | {secs / base:.1f}x |")
    print()
    if "`ftfy.fix_text(text)`" in refs:
        print(f"Pipeline / ftfy.fix_text: {total / refs['`ftfy.fix_text(text)`']:.2f}x "
              "(target: below 1)  ")
    print(f"Pipeline / one regex pass: {total / base:.1f}x (target: within 10x)  ")
    print(f"Peak RSS of this process (corpus held in memory): {rss:.0f} MB\n")

    sample = texts[: max(1, len(texts) // 20)]
    peaks = filter_peaks(sample)
    print("| filter (all its runs, settling included) | seconds | share | MB/s (whole corpus) | peak extra memory |")
    print("|---|---:|---:|---:|---:|")
    for name, secs in sorted(per.items(), key=lambda kv: -kv[1]):
        peak = f"{peaks[name] / MB:.1f} MB" if name in peaks else "-"
        mbs = size / secs if secs else float("inf")
        print(f"| {name} | {secs:.2f} | {secs / total:.0%} | {mbs:.1f} | {peak} |")
    print(f"\n(peak extra memory: tracemalloc, max over {len(sample)} dumps)\n")

    print("### Jobs (the CLI over the corpus folder, twice per number of jobs; stdout discarded)\n")
    print("| jobs | seconds | MB/s | speed-up | peak RSS (CLI + workers) |")
    print("|---:|---:|---:|---:|---:|")
    print("\n".join(jobs_rows))
    print()


def memory(args: argparse.Namespace, work: Path) -> None:
    """Peak RSS must not grow with the number of dumps: 100 MB vs 1 GB (hard links)."""
    small = work / "mem_small"
    build_corpus(small, args.mb)
    files = sorted(small.rglob("*.txt"))
    big = work / "mem_big"
    copies = max(1, round(args.memory_mb / args.mb))
    for i in range(copies):
        for f in files:
            dest = big / f"copy{i:02d}" / f.relative_to(small)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.link(f, dest)
    size_small = sum(f.stat().st_size for f in files) / MB
    print(f"## Memory: {size_small:.0f} MB ({len(files)} dumps) vs "
          f"{size_small * copies:.0f} MB ({len(files) * copies} dumps)\n")
    print("| dumps | jobs | seconds | peak RSS (CLI + workers) |")
    print("|---|---:|---:|---:|")
    for jobs in (1, os.cpu_count() or 1):
        for label, folder, mb in (("small", small, size_small), ("big", big, size_small * copies)):
            secs, code, kb = run_cli(["clean", str(folder), "-j", str(jobs), "-q"])
            print(f"| {mb:.0f} MB | {jobs} | {secs:.0f} | {kb / 1024:.0f} MB |")
    print()


def hostile(args: argparse.Namespace, work: Path) -> None:
    """A 100 MB single-line dump; adversarial text at 256 KB and 1 MB."""
    sys.path.insert(0, str(ROOT))
    from tests.test_backtracking import _pipeline_text

    print("## Hostile input\n")
    prose = " ".join(
        ln.strip() for s in seed_lines() for ln in s if len(ln.strip()) >= 60
    ).encode("utf-8")
    big = work / "single_line.txt"
    with big.open("wb") as f:
        written, i = 0, 0
        while written < args.big_mb * MB:
            piece = prose.replace(b"2025", str(1900 + i % 200).encode()) + b" "
            f.write(piece)
            written += len(piece)
            i += 1
    secs, code, kb = run_cli(["clean", str(big), "-j", "1", "-q"])
    print(f"- {args.big_mb} MB on one line: {secs:.1f} s, exit {code}, peak RSS {kb / 1024:.0f} MB\n")
    print("| adversarial shape | 256 KB | 1 MB | ratio (linear: 4x) |")
    print("|---|---:|---:|---:|")
    for shape in ("long lines", "short lines", "one line"):
        t = [timed(cleanseeds.clean, [_pipeline_text(n, shape)]) for n in (256 * 1024, MB)]
        print(f"| {shape} | {t[0]:.2f} s | {t[1]:.2f} s | {t[1] / t[0]:.1f}x |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=100, help="corpus size (default 100)")
    ap.add_argument("--quick", action="store_true", help="skip the (slow) ftfy reference")
    ap.add_argument("--memory", action="store_true", help="peak RSS over --mb vs --memory-mb")
    ap.add_argument("--memory-mb", type=float, default=1024)
    ap.add_argument("--hostile", action="store_true", help="huge line and adversarial text")
    ap.add_argument("--big-mb", type=float, default=100, help="size of the single-line dump")
    ap.add_argument("--keep", metavar="DIR", help="build the corpus here and keep it")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cleanseeds-bench-"))
    try:
        if args.memory:
            memory(args, work)
        elif args.hostile:
            hostile(args, work)
        else:
            speed(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
