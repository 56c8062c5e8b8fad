"""Worker memory over a long `iwp batch render`: peak RSS per worker, recycled or not.

Renders COUNT varied plans (default 2,000; the plans of benchmarks/batch.py) twice, side by
side in one run: (a) as `iwp batch render` does by default, each worker replaced after
200 documents; (b) with workers never replaced. After every item the worker reports its
peak resident memory; this prints the highest figure seen in each stretch of the run, so
growth (a leak, caches filling up) shows as a rising row. Target: under 400 MB per worker.
Run: python benchmarks/memory.py [--count 2000] [--jobs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from batch import make_plans  # noqa: E402

from iwp.batch.runner import DEFAULT_MAX_TASKS_PER_CHILD, BatchOptions, run_batch  # noqa: E402
from iwp.plan.validate import ValidationOptions  # noqa: E402

TODAY = dt.date(2026, 11, 1)


def run(plans: Path, out: Path, jobs: int, max_tasks: int) -> tuple[list[float], float, int]:
    options = BatchOptions(out_dir=out, jobs=jobs, force=True, max_tasks_per_child=max_tasks,
                           validation=ValidationOptions(today=TODAY))
    start = time.perf_counter()
    report = run_batch("render", [str(plans)], options)
    rendered = report.counts.get("rendered", 0)
    # Items finish in roughly input order; the report keeps input order.
    return [item.peak_rss_mb for item in report.items], time.perf_counter() - start, rendered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="number of plans")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--stretches", type=int, default=8, help="rows of the table")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="iwp-memory-bench-"))
    try:
        make_plans(work / "plans", args.count)
        runs = {}
        for label, max_tasks in (("(a) recycled every %d" % DEFAULT_MAX_TASKS_PER_CHILD,
                                  DEFAULT_MAX_TASKS_PER_CHILD),
                                 ("(b) never recycled", args.count + 1)):
            runs[label] = run(work / "plans", work / label[:3], args.jobs, max_tasks)
            shutil.rmtree(work / label[:3], ignore_errors=True)
        size = -(-args.count // args.stretches)
        print(f"{args.count} renders, {args.jobs} workers; highest worker RSS (MB) per stretch")
        labels = list(runs)
        print(f"{'items':>13}  " + "  ".join(f"{label:>22}" for label in labels))
        for first in range(0, args.count, size):
            row = [max(runs[label][0][first:first + size], default=0.0) for label in labels]
            print(f"{first + 1:>6}-{min(first + size, args.count):<6}  "
                  + "  ".join(f"{value:>22.0f}" for value in row))
        for label in labels:
            peaks, seconds, rendered = runs[label]
            print(f"{label}: peak {max(peaks):.0f} MB [target < 400], {rendered} rendered "
                  f"in {seconds:.0f} s ({rendered / seconds:.1f}/s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
