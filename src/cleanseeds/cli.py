"""The ``cleanseeds`` command.

``cleanseeds clean PATH...`` reads dumps (files, folders, ``-`` for stdin), cleans each
one and writes one JSON record per article, in input order. Dumps are cleaned one at a
time (or in ``--jobs`` worker processes) and written as they finish, so memory does not
grow with the size of the corpus. Exit status: 0 all inputs cleaned, 1 some failed (each
named on stderr, the rest still written), 2 usage error.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import signal
import stat
import sys
import threading
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TextIO

from . import __version__
from .article import Article
from .document import Document, Edit
from .pipeline import FILTERS, Pipeline
from .reader import InputError, decode_bytes, read_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments: reported with exit status 2."""


# -- inputs ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Input:
    """One dump to clean: a path as the user gave it (or found under a folder), or stdin."""

    name: str
    path: Path | None  # None for stdin


def iter_inputs(paths: Sequence[str], pattern: str) -> Iterator[Input | InputError]:
    """Expand files, folders (recursive, sorted, symlink loops skipped) and ``-``."""
    for given in paths:
        if given == "-":
            yield Input("-", None)
            continue
        p = Path(given)
        if p.is_dir():
            yield from _walk(p, pattern)
        elif p.exists() or p.is_symlink():
            yield Input(given, p)
        else:
            yield InputError(f"{given}: no such file or folder")


def _walk(root: Path, pattern: str) -> Iterator[Input | InputError]:
    seen: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            real = os.path.realpath(folder)
        except OSError as exc:  # pragma: no cover - realpath rarely fails
            yield InputError(f"{folder}: {exc}")
            continue
        if real in seen:
            yield InputError(f"{folder}: folder loop (symbolic link back to {real}), skipped")
            continue
        seen.add(real)
        try:
            entries = sorted(folder.iterdir(), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(f"{folder}: cannot list folder ({exc.strerror or exc})")
            continue
        subdirs = []
        for entry in entries:
            if entry.is_dir():
                subdirs.append(entry)
            elif entry.match(pattern):
                yield Input(str(entry), entry)
        stack.extend(reversed(subdirs))


# -- one dump --------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    """What cleaning one input produced, ready to write."""

    name: str
    records: list[str] = field(default_factory=list)
    explain: str = ""
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs to clean one input (picklable)."""

    name: str
    path: str | None
    data: bytes | None
    skip: tuple[str, ...]
    fmt: str
    explain: bool


_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


def _pipeline(skip: tuple[str, ...]) -> Pipeline:
    if skip not in _PIPELINES:
        _PIPELINES[skip] = Pipeline.default().without(*skip)
    return _PIPELINES[skip]


def run_job(job: Job) -> Result:
    """Clean one input. Never raises for bad input: the error goes into the result."""
    from . import clean_document

    result = Result(job.name)
    try:
        decoded = decode_bytes(job.data, job.name) if job.data is not None else read_path(job.path or "")
        doc, articles = clean_document(
            decoded.text, decoded.encoding, decoded.flags, job.name, _pipeline(job.skip)
        )
    except InputError as exc:
        result.error = str(exc)
        return result
    except RecursionError:
        result.error = f"{job.name}: input too deeply nested to clean"
        return result
    except Exception as exc:  # a bug in a filter must not stop the other inputs
        result.error = (
            f"{job.name}: internal error while cleaning ({type(exc).__name__}: {exc}); "
            "the input was left out, please report it"
        )
        return result
    if job.fmt == "jsonl":
        result.records = [json.dumps(a.to_json(), ensure_ascii=False) for a in articles]
    else:
        result.records = [format_text(a) for a in articles]
    if job.explain:
        result.explain = explain(job.name, doc, articles)
    return result


def format_text(article: Article) -> str:
    """A readable rendering: a header of metadata, then the paragraphs."""
    head = [f"=== {article.id}"]
    if article.title:
        head.append(f"title: {article.title}")
    if article.authors:
        head.append(f"authors: {', '.join(article.authors)}")
    if article.site:
        head.append(f"site: {article.site}")
    if article.published:
        head.append(f"published: {article.published}")
    if article.flags:
        head.append(f"flags: {', '.join(article.flags)}")
    return "\n".join(head) + "\n\n" + "\n\n".join(article.paragraphs) + "\n"


def _snippet(s: str, width: int = 60) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= width else s[: width // 2 - 1] + "…" + s[-(width // 2 - 1) :]


def explain(name: str, doc: Document, articles: list[Article]) -> str:
    """Every edit of one dump: filter, reason, offsets, what changed; grouped by article,
    then the edits that belong to no article (junk between or after articles)."""
    out = [f"== {name}: {len(articles)} article(s)"]
    shown: set[int] = set()

    def line(e: Edit) -> str:
        before = _snippet(doc.raw[e.start : e.end])
        change = f"cut «{before}»" if not e.text else f"«{before}» → «{_snippet(e.text)}»"
        return f"  {e.start}:{e.end} {e.filter}: {e.reason}: {change}"

    for art in articles:
        out.append(f"-- {art.id} [{art.start}:{art.end}] {art.title or '(no title)'}")
        for e in art.edits:
            if id(e) not in shown:
                shown.add(id(e))
                out.append(line(e))
        for flag in art.flags:
            out.append(f"  flag: {flag}")
    rest = [e for e in doc.edits if id(e) not in shown]
    if rest:
        out.append("-- between or after articles")
        out.extend(line(e) for e in rest)
    return "\n".join(out) + "\n"


# -- output ----------------------------------------------------------------------------


class AtomicOutput:
    """Write to a temporary file beside the target; rename over it only on success.

    A target that exists and is not a regular file (a pipe, ``/dev/null``, a terminal)
    is written in place: renaming a file over it would replace the device or pipe.
    The renamed file gets the mode a plain ``open`` would give it (or the old file's).
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp: Path | None = None
        try:
            st = os.stat(target)
        except OSError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            self.stream: TextIO = open(target, "w", encoding="utf-8", newline="\n")
            return
        self.mode = stat.S_IMODE(st.st_mode) if st is not None else _default_mode()
        folder = target.parent if str(target.parent) else Path(".")
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        self.tmp = Path(tmp)
        self.stream = io.open(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.stream.flush()
        if self.tmp is None:
            self.stream.close()
            return
        os.fchmod(self.stream.fileno(), self.mode)
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        if not self.stream.closed:
            self.stream.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)


def _default_mode() -> int:
    """The mode ``open(path, "w")`` would create a file with under the current umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


class Progress:
    """A one-line progress count on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.total = total
        self.done = 0

    def step(self, name: str) -> None:
        if not self.enabled:
            return
        self.done += 1
        of = f"/{self.total}" if self.total else ""
        sys.stderr.write(f"\r\x1b[Kcleaning {self.done}{of}  {_snippet(name, 50)}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


# -- commands --------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanseeds",
        description="Turn raw, dirty web-text dumps into clean, separate articles.",
    )
    parser.add_argument("--version", action="version", version=f"cleanseeds {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser(
        "clean",
        help="clean dumps and write one record per article",
        description="Clean dumps (files, folders, or - for stdin) and write one record per "
        "article, in input order.",
    )
    inp = clean.add_argument_group("input")
    inp.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive) or - for stdin")
    inp.add_argument("--glob", default="*.txt", help="file pattern inside folders (default: *.txt)")
    out = clean.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of stdout")
    out.add_argument("--format", choices=("jsonl", "text"), default="jsonl", help="default: jsonl")
    out.add_argument("--explain", action="store_true", help="list every edit with its reason on stderr")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")
    flt = clean.add_argument_group("filters")
    flt.add_argument(
        "--skip", action="append", default=[], metavar="NAME", help="disable a filter (repeatable)"
    )
    run = clean.add_argument_group("execution")
    run.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default: number of cores; 1 = in this process)",
    )

    sub.add_parser("filters", help="list the default pipeline's filters, in order")
    return parser


def cmd_filters(stdout: TextIO) -> int:
    pipeline = Pipeline.default()
    width = max((len(n) for n in pipeline.names), default=0)
    for flt in pipeline.filters:
        stdout.write(f"{flt.name:<{width}}  {flt.description}\n")
    return EXIT_OK


def cmd_clean(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    unknown = [s for s in args.skip if s not in FILTERS]
    if unknown:
        raise UsageError(f"--skip: no such filter: {', '.join(unknown)} (see: cleanseeds filters)")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    if args.paths.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    target = Path(args.output) if args.output else None
    if target is not None:
        if target.is_dir():
            raise UsageError(f"-o {target}: is a folder")
        if not target.parent.exists() and str(target.parent):
            raise UsageError(f"-o {target}: folder {target.parent} does not exist")
    real_target = os.path.realpath(target) if target is not None else None
    if real_target is not None and target is not None and _is_an_input(target, args.paths, args.glob):
        raise UsageError(f"-o {target}: is one of the inputs; inputs are never written")
    # inputs stream in as folders are walked: nothing here grows with their number
    inputs = _not_the_output(iter_inputs(args.paths, args.glob), real_target)

    skip = tuple(sorted(set(args.skip)))
    jobs = args.jobs or os.cpu_count() or 1
    progress = Progress(not args.quiet and stderr.isatty(), None)

    sink: AtomicOutput | None = AtomicOutput(target) if target is not None else None
    stream = sink.stream if sink is not None else stdout
    failed = total = 0
    try:
        for result in _results(inputs, skip, args.format, args.explain, jobs):
            total += 1
            progress.step(result.name)
            if result.error is not None:
                failed += 1
                stderr.write(f"cleanseeds: error: {result.error}\n")
                continue
            if result.explain:
                stderr.write(result.explain)
            for record in result.records:
                stream.write(record)
                stream.write("\n")
            stream.flush()
        progress.close()
        if sink is not None:
            sink.commit()
            sink = None
    finally:
        if sink is not None:
            sink.abort()
    if failed:
        stderr.write(f"cleanseeds: {failed} of {total} input(s) failed\n")
        return EXIT_FAILED
    return EXIT_OK


def _is_an_input(target: Path, paths: Sequence[str], pattern: str) -> bool:
    """Would ``target`` be read as an input: named, or under a named folder and matching?"""
    real = os.path.realpath(target)
    for given in paths:
        if given == "-":
            continue
        real_given = os.path.realpath(given)
        if real_given == real:
            return True
        if (
            os.path.isdir(given)
            and real.startswith(real_given.rstrip(os.sep) + os.sep)
            and target.exists()
            and Path(real).match(pattern)
        ):
            return True
    return False


#: batches of inputs handed to the worker pool ahead of the output, per worker
IN_FLIGHT_PER_JOB = 4


def _not_the_output(
    inputs: Iterator[Input | InputError], real_target: str | None
) -> Iterator[Input | InputError]:
    """Leave out the output file when a folder holds it: inputs are never written."""
    for item in inputs:
        if (
            real_target is not None
            and isinstance(item, Input)
            and item.path is not None
            and os.path.realpath(item.path) == real_target
        ):
            yield InputError(f"{item.name}: is the output file (-o); skipped")
            continue
        yield item


def _results(
    inputs: Iterator[Input | InputError], skip: tuple[str, ...], fmt: str, explain_: bool, jobs: int
) -> Iterator[Result]:
    """Results in input order, cleaned in this process or in ``jobs`` workers.

    Inputs are taken as they come, and the pool is fed as it works, so memory does not
    grow with the number of inputs.
    """

    def tasks(items: Iterable[Input | InputError]) -> Iterator[Job | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
            else:
                data = sys.stdin.buffer.read() if item.path is None else None
                path = None if item.path is None else str(item.path)
                yield Job(item.name, path, data, skip, fmt, explain_)

    head = list(itertools.islice(inputs, 2))  # one input needs no pool
    items = itertools.chain(head, inputs)
    if jobs <= 1 or len(head) < 2:
        yield from map(run_task, tasks(items))
        return

    import multiprocessing as mp

    _pipeline(skip).prepare()  # the workers, forked below, share its data

    # at most a few batches per worker are read ahead of the output
    ahead = IN_FLIGHT_PER_JOB * jobs
    window = threading.Semaphore(ahead)
    stopped = threading.Event()

    def fed(queued: Iterator[list[Job | InputError]]) -> Iterator[list[Job | InputError]]:
        for batch in queued:
            window.acquire()
            if stopped.is_set():
                return
            yield batch

    ctx = mp.get_context("spawn" if sys.platform == "win32" else "fork")
    with ctx.Pool(jobs, initializer=_ignore_sigint) as pool:
        try:
            for results in pool.imap(run_batch, fed(_batches(tasks(items))), chunksize=1):
                window.release()
                yield from results
        finally:
            stopped.set()
            window.release(ahead + 1)  # let the feeding thread see the stop


#: inputs handed to a worker together: each hand-over costs the command about half a
#: millisecond (as much as cleaning a few kilobytes), and on two cores the command's share
#: is taken from the workers, so small dumps travel a few at a time; large ones alone
BATCH_INPUTS = 16
BATCH_BYTES = 1 << 20


def _batches(tasks: Iterable[Job | InputError]) -> Iterator[list[Job | InputError]]:
    """Consecutive tasks, up to ``BATCH_INPUTS`` of them or ``BATCH_BYTES`` of input."""
    batch: list[Job | InputError] = []
    size = 0
    for task in tasks:
        batch.append(task)
        size += _input_size(task)
        if len(batch) >= BATCH_INPUTS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _input_size(task: Job | InputError) -> int:
    if isinstance(task, InputError):
        return 0
    if task.data is not None:
        return len(task.data)
    try:
        return os.stat(task.path or "").st_size
    except OSError:
        return 0  # the worker reports the problem


def run_batch(batch: list[Job | InputError]) -> list[Result]:
    """The results of a batch of tasks, in order (see :func:`run_task`)."""
    return [run_task(task) for task in batch]


def run_task(task: Job | InputError) -> Result:
    """A job's result; an input that could not even be read is reported as it is."""
    if isinstance(task, InputError):
        return Result(str(task), error=str(task))
    return run_job(task)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, and die quietly when the pool ends them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C so that no partial output is left behind."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def main(argv: Sequence[str] | None = None, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Entry point of the ``cleanseeds`` command; returns the exit status."""
    if stdout is None:
        stdout = _utf8(sys.stdout)
    if stderr is None:
        stderr = _utf8(sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    in_main_thread = threading.current_thread() is threading.main_thread()
    old_term = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        return _dispatch(parser, args, stdout, stderr)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if old_term is None else old_term)


def _dispatch(
    parser: argparse.ArgumentParser, args: argparse.Namespace, stdout: IO[str], stderr: IO[str]
) -> int:
    try:
        if args.command == "filters":
            return cmd_filters(stdout)
        if args.command == "clean":
            return cmd_clean(args, stdout, stderr)
        parser.print_help(stderr)
        return EXIT_USAGE
    except UsageError as exc:
        stderr.write(f"cleanseeds: usage error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt as exc:
        stderr.write("cleanseeds: interrupted; no partial output was kept\n")
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _utf8(stream: TextIO) -> TextIO:
    if getattr(stream, "encoding", "").lower().replace("-", "") == "utf8":
        return stream
    try:
        stream.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        pass
    return stream


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
