"""Batch - run render (steps 1-4) or check (steps 5-6) over many inputs, in parallel.

:func:`run_batch` takes plan files, folders, globs and case-management exports (CSV and
JSON Lines, one plan per row, see :mod:`iwp.exports`) or PDFs, and runs each item on its
own: a failed item is recorded with its reason and the rest go on.

How the work is spread:

* By default a :class:`~concurrent.futures.ProcessPoolExecutor` of ``jobs`` worker
  processes (``forkserver`` where available, with WeasyPrint imported once in the server, so
  a new worker starts in milliseconds). Each worker sets up WeasyPrint's fonts and the
  stylesheets once and is replaced after ``max_tasks_per_child`` documents so memory stays
  flat over long runs.
* Any other :class:`concurrent.futures.Executor` can be passed instead, such as a Dask
  distributed client's ``client.get_executor()`` when one machine is not enough; ``iwp``
  must be installed on the Dask workers.
* Every item has a time limit. Inside a worker process an alarm stops the item after
  ``timeout`` seconds (an exception no ``except Exception`` catches; the parse's own,
  longer limit nests inside it and hands it back); if the worker does not answer
  ``HARD_LIMIT_GRACE`` seconds later (stuck in C code), the parent kills the pool's
  processes, records the item as failed and resubmits the other items that were running.
  A foreign executor's workers cannot be killed from here, and a thread cannot be stopped:
  the item is recorded as failed at its limit and its result ignored when it comes.
* At most ``jobs`` items are in flight at once, so an item's clock starts when it starts.

Resumable: every output is written with :func:`iwp.output.write_atomic`, so an interrupted
run leaves complete files or none (temporary ``.part`` files left by a killed process are
removed at the start of the next run), and an item whose PDF already holds the same plan
hash, ``iwp`` version and template hash in its document information is skipped.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import signal
import string
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import (FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor,
                                ThreadPoolExecutor, wait)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iwp import __version__, workers
from iwp.errors import IwpError, LoadError, UsageError
from iwp.exports import EXPORT_SUFFIXES, is_export, read_export
from iwp.findings import Finding, Severity, count_by_severity
from iwp.inputs import (PDF_SUFFIXES, PLAN_SUFFIXES, expand_inputs, pair_amendments,
                        pairing_ids)
from iwp.load import Document, load_document
from iwp.output import write_atomic
from iwp.privacy import mask_ssns
from iwp.validate import ValidationOptions, validate_document

log = logging.getLogger("iwp")

JOBS = ("render", "check")
OUTCOMES = ("rendered", "skipped", "checked", "failed")
NAME_FIELDS = ("plan_id", "last", "first", "en_pid", "row", "stem")
DEFAULT_NAME = "{stem}.pdf"
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_TASKS_PER_CHILD = 200
# Seconds the parent waits past an item's limit for its worker's own alarm to answer before
# it kills the worker: the alarm answers within milliseconds unless the worker is stuck in
# C code, so a stuck item is stopped about a second after its limit.
HARD_LIMIT_GRACE = 1.0
ALARM_RETRY_SECONDS = 0.25
_MAX_NAME_CHARS = 200
_UNSAFE_NAME_RE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}


@dataclass
class BatchOptions:
    """Settings of a batch run.

    ``out_dir`` and ``name`` (a pattern over :data:`NAME_FIELDS`) place rendered PDFs;
    ``jobs`` is the number of worker processes (default: the number of CPUs); ``timeout``
    is the per-item limit in seconds (None: no limit); ``force`` renders even up-to-date
    outputs. ``render`` and ``check`` are the options of those steps, passed through.
    ``fail_on``: in a check run, a PDF with a finding of this severity counts as failed.
    """

    out_dir: str | Path | None = None
    name: str = DEFAULT_NAME
    jobs: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    force: bool = False
    max_tasks_per_child: int = DEFAULT_MAX_TASKS_PER_CHILD
    validation: ValidationOptions = field(default_factory=ValidationOptions)
    render: Any = None
    check: Any = None
    fail_on: str = "error"
    verbose: int = 0

    def effective_jobs(self) -> int:
        return max(1, self.jobs or os.cpu_count() or 1)


@dataclass
class ItemResult:
    """What happened to one input: ``outcome`` is one of :data:`OUTCOMES`.

    ``error`` (failed items) and ``verdict`` (checked PDFs) never hold a full SSN;
    ``findings`` counts findings by severity; ``duration`` is seconds of work in the worker.
    """

    input: str
    output: str | None = None
    outcome: str = "failed"
    verdict: str | None = None
    error: str | None = None
    findings: dict[str, int] = field(default_factory=lambda: count_by_severity([]))
    duration: float = 0.0
    peak_rss_mb: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The item's row of ``--report``."""
        return {"input": self.input, "output": self.output, "outcome": self.outcome,
                "verdict": self.verdict, "error": self.error, "findings": dict(self.findings),
                "duration": round(self.duration, 3)}


@dataclass
class BatchReport:
    """The result of :func:`run_batch`: one :class:`ItemResult` per input, in input order."""

    job: str
    items: list[ItemResult]
    duration: float = 0.0
    jobs: int = 1

    @property
    def counts(self) -> dict[str, int]:
        """Number of items by outcome (every outcome present, zero or not)."""
        counts = dict.fromkeys(OUTCOMES, 0)
        for item in self.items:
            counts[item.outcome] += 1
        return counts

    @property
    def failed(self) -> list[ItemResult]:
        return [item for item in self.items if item.outcome == "failed"]

    @property
    def peak_worker_rss_mb(self) -> float:
        """The largest peak resident memory any worker reported, in MB."""
        return max((item.peak_rss_mb for item in self.items), default=0.0)

    def slowest(self, count: int = 5) -> list[ItemResult]:
        worked = [i for i in self.items if i.duration > 0]
        return sorted(worked, key=lambda i: i.duration, reverse=True)[:count]

    def to_dict(self) -> dict[str, Any]:
        return {"iwp_version": __version__, "job": self.job, "total": len(self.items),
                "counts": self.counts, "duration": round(self.duration, 3),
                "jobs": self.jobs, "peak_worker_rss_mb": round(self.peak_worker_rss_mb, 1),
                "items": [item.to_dict() for item in self.items]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["input", "output", "outcome", "verdict", "error", "errors",
                         "warnings", "infos", "duration_s"])
        for item in self.items:
            writer.writerow([_csv_cell(v) for v in (
                item.input, item.output or "", item.outcome, item.verdict or "",
                item.error or "", item.findings.get("error", 0),
                item.findings.get("warning", 0), item.findings.get("info", 0),
                f"{item.duration:.3f}")])
        return buffer.getvalue()

    def write(self, path: str | Path, inputs: Sequence[str] = ()) -> Path:
        """Write the report as JSON or CSV (by the file's suffix), atomically."""
        suffix = Path(path).suffix.lower()
        if suffix not in (".json", ".csv"):
            raise UsageError(f"{path}: the report must be a .json or .csv file")
        text = self.to_json() if suffix == ".json" else self.to_csv()
        return write_atomic(path, text.encode("utf-8"), private=True, inputs=inputs)

    def summary(self, slowest: int = 5, max_failures: int = 20) -> str:
        """The text printed at the end of a run: counts, failures, slowest items."""
        counts = self.counts
        noun = "plans" if self.job == "render" else "PDFs"
        parts = [f"{n} {outcome}" for outcome, n in counts.items() if n]
        rate = len(self.items) / self.duration if self.duration > 0 else 0.0
        lines = [f"{', '.join(parts) or 'nothing to do'} of {len(self.items)} {noun} in "
                 f"{self.duration:.1f} s ({rate:.1f}/s, {self.jobs} "
                 f"worker{'s' if self.jobs != 1 else ''})"]
        if self.job == "check":
            verdicts: dict[str, int] = {}
            for item in self.items:
                if item.verdict:
                    verdicts[item.verdict] = verdicts.get(item.verdict, 0) + 1
            if verdicts:
                lines.append("Verdicts: " + ", ".join(f"{n} {v}" for v, n in
                                                      sorted(verdicts.items())))
        failed = self.failed
        if failed:
            lines.append("Failed:")
            lines += [f"  {item.error or item.input}" for item in failed[:max_failures]]
            if len(failed) > max_failures:
                lines.append(f"  ... and {len(failed) - max_failures} more (see --report)")
        slow = self.slowest(slowest)
        if slow and len(self.items) > 1:
            lines.append("Slowest:")
            lines += [f"  {item.duration:6.2f} s  {item.input}" for item in slow]
        return "\n".join(mask_ssns(line) for line in lines) + "\n"


def _csv_cell(value: Any) -> Any:
    # A cell starting with = + - @ is a formula to a spreadsheet; a report must not run one.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


@dataclass
class Progress:
    """A snapshot passed to the ``progress`` callback after every finished item."""

    done: int
    total: int
    failed: int
    elapsed: float

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        return (self.total - self.done) / self.rate if self.rate > 0 else None


class ProgressLine:
    """A one-line progress bar on a terminal: done/total, rate, time left, failures."""

    def __init__(self, stream: Any = None, label: str = "", width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.label = label
        self.width = width
        self._last = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.done < progress.total and now - self._last < 0.1:
            return
        self._last = now
        filled = int(self.width * progress.done / max(progress.total, 1))
        bar = "#" * filled + "-" * (self.width - filled)
        eta = "--:--" if progress.eta is None else _clock(progress.eta)
        failed = f"  {progress.failed} failed" if progress.failed else ""
        self.stream.write(f"\r{self.label}[{bar}] {progress.done}/{progress.total}  "
                          f"{progress.rate:.1f}/s  ETA {eta}{failed}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60}:{rest % 60:02d}"


# --- planning: inputs -> tasks, names, collisions (all before any work) -----------------

@dataclass
class _Task:
    """One item of work, sent to a worker (so everything in it pickles)."""

    index: int
    job: str
    name: str
    source: str
    document: Document | None = None
    output: str | None = None
    force: bool = False
    timeout: float | None = None
    validation: ValidationOptions | None = None
    job_options: Any = None
    fail_on: str = "error"
    original: str | None = None  # an amendment's original plan among the inputs: its file
    original_document: Document | None = None  # ... or its row of an export


def validate_name_pattern(pattern: str) -> None:
    """Raise :class:`UsageError` unless ``pattern`` uses only :data:`NAME_FIELDS`.

    A pattern may never name the SSN: output file names are seen by anyone who can list
    the folder.
    """
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError as e:
        raise UsageError(f"--name {pattern!r}: {e}; write fields as {{plan_id}}") from e
    for name in fields:
        base = re.split(r"[.\[]", name, maxsplit=1)[0]
        if "ssn" in base.lower():
            raise UsageError("--name: an output name may not contain the Social Security "
                             f"number; use {', '.join('{' + f + '}' for f in NAME_FIELDS)}")
        if base not in NAME_FIELDS:
            raise UsageError(f"--name: unknown field {{{name}}}; the fields are "
                             f"{', '.join('{' + f + '}' for f in NAME_FIELDS)}")
    parts = Path(pattern).parts
    if Path(pattern).is_absolute() or ".." in parts:
        raise UsageError("--name: the pattern must name a file inside the output folder")


def output_name(pattern: str, fields: dict[str, Any]) -> str:
    """Fill ``pattern`` with ``fields``, made safe for any file system (SSNs masked).

    Raises :class:`UsageError` when a field the pattern uses is empty for this plan.
    """
    safe: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, int) or value is None:
            safe[key] = value
            continue
        text = _UNSAFE_NAME_RE.sub("_", mask_ssns(str(value))).strip().strip(".")
        safe[key] = re.sub(r"\s+", " ", text)
    used = {f for _, f, _, _ in string.Formatter().parse(pattern) if f}
    empty = sorted(f for f in used if safe.get(f) in (None, ""))
    if empty:
        raise UsageError(f"cannot name the output: {{{empty[0]}}} is empty for this plan; "
                         "fill it in or choose other --name fields")
    name = pattern.format(**safe)
    cleaned = []
    for part in Path(name).parts:
        part = part.strip().lstrip(".") or "_"
        if part.split(".")[0].lower() in _WINDOWS_RESERVED:
            part = "_" + part
        if len(part) > _MAX_NAME_CHARS:
            stem, dot, ext = part.rpartition(".")
            part = (stem[:_MAX_NAME_CHARS - len(ext) - 1] + dot + ext) if dot else \
                part[:_MAX_NAME_CHARS]
        cleaned.append(part)
    name = "/".join(cleaned)
    return name if name.lower().endswith(".pdf") else name + ".pdf"


def name_fields(document: Document | None, source: str, row: int | None) -> dict[str, Any]:
    """The values ``--name`` may use, read from the plan's data before validation."""
    data = document.data if document is not None else {}

    def get(*path: str) -> Any:
        node: Any = data
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return None if isinstance(node, (dict, list)) else node

    stem = Path(source).stem
    return {"plan_id": get("plan_id") or get("amends", "plan_id"),
            "last": get("ticketholder", "name", "last"),
            "first": get("ticketholder", "name", "first"),
            "en_pid": get("employment_network", "pid"),
            "row": row,
            "stem": f"{stem}-{row}" if row is not None else stem}


def plan_tasks(job: str, inputs: Sequence[str], options: BatchOptions
               ) -> tuple[list[_Task], list[tuple[int, ItemResult]]]:
    """Turn inputs into tasks; items that fail before any work come back as results.

    Raises :class:`UsageError` when two inputs would write the same output.
    """
    if job not in JOBS:
        raise UsageError(f"unknown batch job {job!r}; choose one of {', '.join(JOBS)}")
    log.info("Batch - collecting inputs")
    tasks: list[_Task] = []
    early: list[tuple[int, ItemResult]] = []
    common = dict(job=job, force=options.force, timeout=options.timeout,
                  validation=options.validation, fail_on=options.fail_on,
                  job_options=options.render if job == "render" else options.check)
    if job == "check":
        for path in expand_inputs(list(inputs), PDF_SUFFIXES):
            tasks.append(_Task(index=len(tasks) + len(early), name=mask_ssns(path),
                               source=path, **common))
        return tasks, early
    if options.out_dir is None:
        raise UsageError("batch render needs an output folder: add -o OUTDIR")
    validate_name_pattern(options.name)
    out_dir = Path(options.out_dir)
    claimed: dict[str, str] = {}
    # Every plan read, for pairing amendments with originals: (file, a row's document), and
    # just the ids pairing needs (the parent keeps no whole plans of a large batch).
    sources: list[tuple[str, Document | None]] = []
    ids: list[tuple[int, dict[str, Any]]] = []
    task_of: dict[int, _Task] = {}
    for path in expand_inputs(list(inputs), PLAN_SUFFIXES + EXPORT_SUFFIXES):
        for name, document, row, error in _read_input(path):
            if document is not None:
                ids.append((len(sources), pairing_ids(document.data)))
                sources.append((path, document if row is not None else None))
            index = len(tasks) + len(early)
            name = mask_ssns(name)
            if error is not None:
                early.append((index, ItemResult(input=name, error=mask_ssns(error))))
                continue
            try:
                filename = output_name(options.name, name_fields(document, path, row))
            except UsageError as e:
                early.append((index, ItemResult(input=name, error=f"{name}: {e}")))
                continue
            output = out_dir / filename
            key = os.path.normcase(str(output)).casefold()
            if key in claimed:
                raise UsageError(
                    f"{claimed[key]} and {name} would both be written to {output}; make "
                    "--name more specific (add {row} or {stem}) - nothing was rendered")
            claimed[key] = name
            # A file is read again by its worker (keeps the parent small); a row is sent.
            keep = document if row is not None else None
            tasks.append(_Task(index=index, name=name, source=path, document=keep,
                               output=str(output), **common))
            task_of[len(sources) - 1] = tasks[-1]
    # An amendment is rendered against its original when that is among the inputs.
    for amendment, original in pair_amendments(ids).items():
        if amendment in task_of:
            task_of[amendment].original, task_of[amendment].original_document = \
                sources[original]
    return tasks, early


def _read_input(path: str) -> list[tuple[str, Document | None, int | None, str | None]]:
    if is_export(path):
        try:
            rows = read_export(path)
        except LoadError as e:
            return [(path, None, None, str(e))]
        return [(row.name, row.document, row.line, row.error) for row in rows]
    try:
        return [(path, load_document(path), None, None)]
    except LoadError as e:
        return [(path, None, None, str(e))]


def remove_stale_parts(outputs: Sequence[str]) -> int:
    """Delete temporary files a killed run left beside these outputs; return how many."""
    removed = 0
    by_dir: dict[Path, set[str]] = {}
    for output in outputs:
        path = Path(output)
        by_dir.setdefault(path.parent, set()).add(path.name)
    for folder, names in by_dir.items():
        if not folder.is_dir():
            continue
        for entry in folder.glob(".*.part"):
            target = entry.name[1:].rsplit(".", 2)[0]
            if target in names:
                try:
                    entry.unlink()
                    removed += 1
                except OSError:
                    pass
    return removed


# --- the work done in a worker ----------------------------------------------------------

class _ItemTimeout(BaseException):
    """Raised by the alarm; a BaseException so no library's ``except Exception`` eats it."""


_IN_WORKER = False
_ALARM_ARMED = False


def _alarm(signum: int, frame: Any) -> None:
    if _ALARM_ARMED:
        raise _ItemTimeout()


def _worker_init(verbose: int = 0, render_options: Any = None,
                 parent_pid: int | None = None, job: str = "render") -> None:
    """Set up a worker process once: quiet logs, Ctrl-C left to the parent, renderer ready
    (for ``job="render"``; checking never loads fonts or stylesheets)."""
    global _IN_WORKER
    _IN_WORKER = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _terminate)
    if parent_pid is not None:
        threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True,
                         name="iwp-watch-parent").start()
    logging.getLogger("iwp").setLevel(logging.INFO if verbose else logging.WARNING)
    for name in ("weasyprint", "fontTools", "pyhanko"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose > 1 else logging.CRITICAL)
    from iwp.parse import quiet_pypdf_log

    quiet_pypdf_log(show=verbose > 1)  # its warnings are the repairs check reports
    if job != "render":
        return
    try:
        _renderer_warm_up(render_options)
    except Exception:  # a broken set-up shows up as each item's own error
        pass
    except SystemExit:  # stopped while starting: leave quietly
        os._exit(143)


def _terminate(signum: int, frame: Any) -> None:
    # Raising here unwinds the item, so write_atomic removes its temporary file.
    raise SystemExit(128 + signum)


def _watch_parent(pid: int) -> None:
    """Stop this worker soon after the batch's own process dies (kill -9, a crash).

    A forkserver worker is not the batch process's child and, holding both ends of its
    task pipe, would otherwise wait for work forever. SIGTERM unwinds the current item, so
    its temporary file is removed.
    """
    while _process_alive(pid):
        time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGTERM)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed process that nobody has reaped yet is a zombie: gone for us
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _renderer_warm_up(render_options: Any) -> None:
    """Load WeasyPrint's fonts and parse the stylesheets once; step 4 caches both."""
    from iwp import pdf, render

    options = render_options or render.RenderOptions()
    folders = render.template_dirs(options)
    pdf.stylesheets(folders, options.large_print)
    _cached_template_hash(tuple(folders))


def _warm(_: int) -> int:
    return os.getpid()


def run_task(task: _Task) -> ItemResult:
    """Run one item in this process and return its result; never raises for the item."""
    global _ALARM_ARMED
    start = time.perf_counter()
    use_alarm = (task.timeout is not None and hasattr(signal, "setitimer") and
                 threading.current_thread() is threading.main_thread())
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        _ALARM_ARMED = True
        # Repeating after the limit, in case one alarm's exception is dropped (raised while
        # a garbage-collector callback or __del__ runs); the parent's kill is the backstop.
        signal.setitimer(signal.ITIMER_REAL, task.timeout, ALARM_RETRY_SECONDS)
    try:
        result = _render_item(task) if task.job == "render" else _check_item(task)
        _ALARM_ARMED = False
    except _ItemTimeout:
        _ALARM_ARMED = False
        result = ItemResult(input=task.name, output=task.output,
                            error=over_time_limit(task.name, task.timeout))
    except SystemExit:
        if _IN_WORKER:
            os._exit(143)  # terminated: the item's temporary file is already gone
        raise
    except IwpError as e:
        result = ItemResult(input=task.name, output=task.output,
                            error=_prefixed(task.name, mask_ssns(str(e))))
    except Exception:  # one item's bug must not stop the batch
        log.info("Batch - %s failed on a fault in iwp", task.name, exc_info=True)
        result = ItemResult(input=task.name, output=task.output,
                            error=f"{task.name}: stopped by a fault in iwp itself, not in the "
                                  "file; please report it (-v shows the details)")
    finally:
        if use_alarm:
            _ALARM_ARMED = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    result.duration = time.perf_counter() - start
    result.peak_rss_mb = _peak_rss_mb()
    return result


def over_time_limit(name: str, limit: float | None) -> str:
    """The reason recorded for an item stopped at its time limit."""
    return f"{name}: took longer than the {limit or 0:g}-second limit and was stopped"


def _prefixed(name: str, message: str) -> str:
    return message if message.startswith(name.split(":")[0]) else f"{name}: {message}"


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _first_error(findings: list[Finding]) -> Finding | None:
    return next((f for f in findings if f.severity is Severity.ERROR), None)


def _describe(finding: Finding, name: str) -> str:
    """``people.csv:7:20: column ticketholder.date_of_birth: message`` for export rows."""
    where = finding.location
    if finding.line is not None and name != finding.file and finding.path:
        return f"{where}: column {finding.path}: {finding.message}"
    return f"{where}: {finding.message}"


def _render_item(task: _Task) -> ItemResult:
    document = task.document or load_document(task.source, max_bytes=task.validation.max_bytes)
    if task.document is None:
        document.name = task.name
    original = _original_model(task)
    validation = validate_document(document, task.validation, original=original)
    counts = count_by_severity(validation.findings)
    error = _first_error(validation.findings)
    draft = bool(getattr(task.job_options, "draft", False))
    if validation.model is None or (error is not None and not draft):
        more = counts["error"] - 1
        text = _describe(error, task.name) if error else f"{task.name}: the plan is not valid"
        return ItemResult(input=task.name, output=task.output, findings=counts,
                          error=text + (f" (and {more} more errors)" if more > 0 else ""))
    expected = _expected_stamp(validation.model, task.job_options, original)
    if not task.force and _up_to_date(task.output, expected):
        return ItemResult(input=task.name, output=task.output, outcome="skipped",
                          findings=counts)
    data = _render_pdf(validation, task.job_options, original)
    write_atomic(task.output, data, private=True, inputs=[task.source])
    return ItemResult(input=task.name, output=task.output, outcome="rendered", findings=counts)


def _original_model(task: _Task) -> Any:
    """The validated original plan an amendment was paired with, or None.

    An original that cannot be read or has no model leaves the amendment to render on its
    own, as it would without the pairing; its own item reports its problems.
    """
    if task.original is None:
        return None
    try:
        document = task.original_document or load_document(
            task.original, max_bytes=task.validation.max_bytes)
        return validate_document(document, task.validation).model
    except LoadError:
        return None


def _expected_stamp(model: Any, render_options: Any, original: Any) -> dict[str, str]:
    """What :func:`read_pdf_stamp` reads from the PDF this item would render."""
    from iwp import pipeline, render

    stamp = pipeline.render_stamp(render_options or render.RenderOptions(), original)
    return {"PlanHash": _plan_hash(model, render_options), "Version": __version__,
            "Template": _template_id(render_options) or "",
            **{key[len("IWP_"):]: value for key, value in stamp.items()}}


def _plan_hash(model: Any, render_options: Any) -> str:
    """The ``/IWP_PlanHash`` step 4 would write for ``model``, computed without rendering."""
    from iwp import pipeline
    from iwp.pdfhash import canonical_plan_json, sha256_hex

    data = model.model_dump(mode="json")
    if getattr(render_options, "redact", False):
        data = pipeline._redacted(data)  # the redacted copy embeds the masked plan
    return sha256_hex(canonical_plan_json(data))


def _template_id(render_options: Any) -> str | None:
    from iwp import render

    options = render_options or render.RenderOptions()
    return _cached_template_hash(tuple(render.template_dirs(options)))


_TEMPLATE_HASHES: dict[tuple[Path, ...], str] = {}


def _cached_template_hash(dirs: tuple[Path, ...]) -> str:
    # Hashing the template folders reads every file; once per worker is enough.
    from iwp import render

    if dirs not in _TEMPLATE_HASHES:
        _TEMPLATE_HASHES[dirs] = render.template_hash(list(dirs))
    return _TEMPLATE_HASHES[dirs]


# The info keys that say how a PDF was made: compared, all of them, to skip a render.
STAMP_KEYS = ("PlanHash", "Version", "Template", "Redacted", "Draft", "LargePrint",
              "OriginalHash")


def read_pdf_stamp(path: str | Path) -> dict[str, str] | None:
    """The ``/IWP_*`` keys of :data:`STAMP_KEYS` in a PDF (absent ones empty), or None."""
    if not Path(path).is_file():
        return None
    try:
        from iwp.parse import iwp_info
        from iwp.pdfread import LazyPdfReader

        # The lazy reader fetches the info dictionary without parsing the whole object
        # stream of tags, which made every skip check of a re-run cost a full parse.
        info = iwp_info(LazyPdfReader(str(path), strict=False))
        return {key: info.get(f"IWP_{key}", "") for key in STAMP_KEYS}
    except Exception:  # a damaged or foreign file is simply not up to date
        return None


def _up_to_date(output: str | None, expected: dict[str, str]) -> bool:
    stamp = read_pdf_stamp(output) if output else None
    return stamp is not None and stamp == {key: expected.get(key, "") for key in STAMP_KEYS}


def _render_pdf(validation: Any, render_options: Any, original: Any = None) -> bytes:
    from iwp import pipeline

    return pipeline.render_pdf(validation.model, render_options, original=original).data


def _check_item(task: _Task) -> ItemResult:
    from iwp.pipeline import check_pdf

    result = check_pdf(task.source, task.job_options)
    findings = list(result.findings)
    item = ItemResult(input=task.name, outcome="checked", verdict=result.verdict,
                      findings=count_by_severity(findings))
    threshold = Severity(task.fail_on)
    worst = max((f for f in findings if threshold <= f.severity),
                key=lambda f: f.severity.rank, default=None)
    if result.load_failed:
        item.outcome, item.verdict = "failed", None
        item.error = mask_ssns(_prefixed(task.name, result.reason or "cannot be read"))
    elif worst is not None:
        item.outcome = "failed"
        where = worst.location if worst.file else task.name
        item.error = mask_ssns(f"{where}: {worst.code} {worst.message}")
    elif getattr(task.job_options, "stage", "draft") == "submission" and \
            result.verdict != "complete":
        item.outcome = "failed"
        item.error = f"{task.name}: {result.verdict}, not complete for submission"
    return item


# --- running: the executor loop ---------------------------------------------------------

def new_process_pool(options: BatchOptions, job: str = "render") -> ProcessPoolExecutor:
    """The default executor: worker processes recycled after ``max_tasks_per_child`` items."""
    return ProcessPoolExecutor(max_workers=options.effective_jobs(),
                               mp_context=workers.context(job), initializer=_worker_init,
                               initargs=(options.verbose, options.render, os.getpid(), job),
                               max_tasks_per_child=max(1, options.max_tasks_per_child))


def _kill_pool(pool: ProcessPoolExecutor, sig: int = signal.SIGKILL) -> None:
    processes = list(getattr(pool, "_processes", {}).values())
    for process in processes:
        try:
            os.kill(process.pid, sig)
        except (OSError, TypeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)


def run_batch(job: str, inputs: Sequence[str], options: BatchOptions | None = None,
              executor: Executor | None = None,
              progress: Callable[[Progress], None] | None = None) -> BatchReport:
    """Render (``job="render"``) or check (``job="check"``) every input; see the module doc.

    ``executor``: any :class:`concurrent.futures.Executor` (e.g. ``client.get_executor()``
    of a Dask client); by default a process pool of ``options.jobs`` workers. ``progress``
    is called with a :class:`Progress` after every item. Raises :class:`UsageError` (before
    any work) for bad arguments and for two inputs that would write the same output.
    """
    options = options or BatchOptions()
    started = time.monotonic()
    if job == "render":
        if options.out_dir is None:
            raise UsageError("batch render needs an output folder: add -o OUTDIR")
        validate_name_pattern(options.name)
    tasks, early = plan_tasks(job, inputs, options)
    if job == "render" and tasks:
        removed = remove_stale_parts([t.output for t in tasks if t.output])
        if removed:
            log.info("Batch - removed %d temporary files left by an interrupted run", removed)
    runner = _Runner(options, executor if tasks else ThreadPoolExecutor(1), job=job)
    try:
        report = _execute(job, tasks, early, options, runner, started, progress)
    except BaseException:
        runner.close(abort=True)
        raise
    runner.close()
    return report


def _execute(job: str, tasks: list[_Task], early: list[tuple[int, ItemResult]],
             options: BatchOptions, runner: _Runner, started: float,
             progress: Callable[[Progress], None] | None) -> BatchReport:
    results: dict[int, ItemResult] = dict(early)
    total = len(tasks) + len(early)
    failed = len(early)

    def record(task: _Task, result: ItemResult) -> None:
        nonlocal failed
        results[task.index] = result
        failed += result.outcome == "failed"
        if progress is not None:
            progress(Progress(len(results), total, failed, time.monotonic() - started))

    if progress is not None:
        progress(Progress(len(results), total, failed, 0.0))
    if tasks:
        log.info("Batch - %s %d items with %d workers", job, len(tasks),
                 options.effective_jobs())
        runner.run(tasks, record)
    items = [results[i] for i in sorted(results)]
    return BatchReport(job=job, items=items, duration=time.monotonic() - started,
                       jobs=options.effective_jobs())


class _Runner:
    """Keeps at most ``jobs`` tasks in flight and enforces the per-item time limit."""

    def __init__(self, options: BatchOptions, executor: Executor | None,
                 work: Callable[[_Task], ItemResult] = run_task, job: str = "render") -> None:
        self.options = options
        self.work = work
        self.job = job
        self.own = executor is None
        self.executor: Executor = executor if executor is not None else \
            new_process_pool(options, job)
        self.running = options.effective_jobs()
        # An own pool also gets one queued item per worker, so a worker that finishes starts
        # the next item at once instead of waiting for this loop (short items, like checks,
        # spend as long in that round trip as in the work). A foreign executor schedules
        # on its own terms: it gets no more than it can run.
        self.window = 2 * self.running if self.own else self.running
        self.warming: list[Future[int]] = []
        if self.own:
            self._warm_up()

    def _warm_up(self) -> None:
        # Start every worker (and its one-time set-up) before any item's clock starts.
        self.warming = [self.executor.submit(_warm, i) for i in range(self.running)]

    def run(self, tasks: list[_Task], record: Callable[[_Task, ItemResult], None]) -> None:
        pending = deque(tasks)
        solo: deque[_Task] = deque()  # suspects of a crash, each to run with nothing beside it
        inflight: dict[Future[ItemResult], tuple[_Task, float]] = {}
        wait(self.warming)
        while pending or inflight or solo:
            if solo and not inflight:
                task = solo.popleft()
                inflight[self.executor.submit(self.work, task)] = (task, float("inf"))
            while not solo and pending and len(inflight) < self.window:
                task = pending.popleft()
                inflight[self.executor.submit(self.work, task)] = (task, float("inf"))
            self._start_clocks(inflight)
            next_deadline = min(d for _, d in inflight.values())
            timeout = max(0.0, min(next_deadline - time.monotonic(), 1.0))
            running = {task.index for task, _ in list(inflight.values())[:self.running]}
            done, _ = wait(list(inflight), timeout=timeout, return_when=FIRST_COMPLETED)
            broken = [task for task in (self._collect(f, inflight, record) for f in done)
                      if task is not None]
            if broken:
                self._after_crash(broken, inflight, running, pending, solo, record)
            else:
                self._after_timeouts(inflight, pending, record)

    def _start_clocks(self, inflight: dict[Future[ItemResult], tuple[_Task, float]]) -> None:
        """Items start in the order they were submitted, so the first ``running`` in flight
        are the ones running: their time limits start when they get there."""
        if not self.options.timeout:
            return
        for future in list(inflight)[:self.running]:
            task, deadline = inflight[future]
            if deadline == float("inf"):
                inflight[future] = (task, time.monotonic() + self.options.timeout
                                    + HARD_LIMIT_GRACE)

    @staticmethod
    def _collect(future: Future[ItemResult],
                 inflight: dict[Future[ItemResult], tuple[_Task, float]],
                 record: Callable[[_Task, ItemResult], None]) -> _Task | None:
        """Record a finished item; return its task when the pool broke under it."""
        task, _ = inflight.pop(future)
        try:
            record(task, future.result())
        except BrokenProcessPool:
            return task
        except _ItemTimeout:  # a repeated alarm that reached the worker's own loop
            record(task, ItemResult(input=task.name, output=task.output,
                                    error=over_time_limit(task.name, task.timeout)))
        except Exception as e:  # a foreign executor's own failure
            log.info("Batch - the executor failed on %s", task.name, exc_info=True)
            reason = " ".join(mask_ssns(str(e)).split())[:200] or "it gave no reason"
            record(task, ItemResult(input=task.name, output=task.output,
                                    error=f"{task.name}: the executor's worker failed on this "
                                          f"item ({reason})"))
        return None

    def _after_crash(self, broken: list[_Task],
                     inflight: dict[Future[ItemResult], tuple[_Task, float]],
                     running: set[int], pending: deque[_Task], solo: deque[_Task],
                     record: Callable[[_Task, ItemResult], None]) -> None:
        """A worker died: restart the pool and decide, item by item, what happens next.

        Only an item that was running can have crashed the worker; the queued ones go again
        untouched. With one suspect, it is the one; with several, each runs again alone,
        where a crash can only be its own.
        """
        broken += [task for task, _ in inflight.values()]
        broken.sort(key=lambda task: task.index)
        inflight.clear()
        self._restart()
        suspects = [task for task in broken if task.index in running]
        for task in reversed(broken):
            if task.index not in running:
                pending.appendleft(task)
            elif len(suspects) > 1:
                solo.appendleft(task)
            else:
                record(task, ItemResult(
                    input=task.name, output=task.output,
                    error=f"{task.name}: the worker process crashed on this item "
                          "(out of memory or a fault in a library)"))

    def _after_timeouts(self, inflight: dict[Future[ItemResult], tuple[_Task, float]],
                        pending: deque[_Task],
                        record: Callable[[_Task, ItemResult], None]) -> None:
        """Fail the items past their time limit; an own pool is replaced, since the stuck
        worker is somewhere in it, and the items running beside it start afresh."""
        now = time.monotonic()
        expired = [f for f, (_, d) in inflight.items() if d <= now]
        if not expired:
            return
        for future in expired:
            task, _ = inflight.pop(future)
            future.cancel()
            record(task, ItemResult(input=task.name, output=task.output,
                                    error=over_time_limit(task.name, self.options.timeout)))
        if self.own:
            for task, _ in reversed(list(inflight.values())):
                pending.appendleft(task)
            inflight.clear()
            self._restart()

    def _restart(self) -> None:
        if not self.own:
            return
        _kill_pool(self.executor)  # type: ignore[arg-type]
        self.executor = new_process_pool(self.options, self.job)
        self._warm_up()
        wait(self.warming)

    def close(self, abort: bool = False) -> None:
        """Shut the own pool down; ``abort`` (Ctrl-C, errors) stops the workers at once."""
        if not self.own:
            return
        if abort:
            _kill_pool(self.executor, signal.SIGTERM)  # type: ignore[arg-type]
        else:
            self.executor.shutdown(wait=True)
