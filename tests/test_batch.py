"""Batch: many plans rendered or PDFs checked in parallel, resumable, with reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iwp.batch import runner as batch
from iwp.batch.runner import (BatchOptions, ItemResult, Progress, ProgressLine, _Runner, _Task,
                       output_name, remove_stale_parts, run_batch, validate_name_pattern)
from iwp.errors import UsageError
from iwp.plan.load import load_document
from iwp.plan.validate import ValidationOptions

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-07-01"
VALIDATION = ValidationOptions(today=dt.date.fromisoformat(TODAY))
LAST_NAMES = ["Quenby", "Okoro", "Lindqvist", "Marchetti", "Abernathy", "Zhou", "Delacroix",
              "Haverford", "Nakamura", "Osei", "Petrov", "Ramirez", "Sato", "Tillman",
              "Underwood", "Vance", "Whitlock", "Xiong", "Yardley", "Zeller"]


def make_plans(folder: Path, reference_plan: Path, count: int) -> list[Path]:
    """``count`` valid plans, each with its own plan id and Ticketholder surname."""
    folder.mkdir(parents=True, exist_ok=True)
    text = reference_plan.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        name = LAST_NAMES[i % len(LAST_NAMES)]
        plan = (text.replace("plan_id: HEP-2026-0117", f"plan_id: HEP-2026-{1000 + i}")
                .replace("last: Quenby", f"last: {name}")
                .replace('ssn: "900-00-0101"', f'ssn: "900-00-{1000 + i}"'))
        path = folder / f"plan-{i:02d}.yaml"
        path.write_text(plan, encoding="utf-8")
        paths.append(path)
    return paths


def iwp(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m iwp`` the way a user's shell would (not a terminal: no progress)."""
    return subprocess.run([sys.executable, "-m", "iwp", *args], text=True,
                          capture_output=True, cwd=cwd, timeout=300)


def options(out_dir: Path, **kwargs: object) -> BatchOptions:
    kwargs.setdefault("validation", VALIDATION)
    return BatchOptions(out_dir=out_dir, **kwargs)


# --- names ------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, message", [
    ("{ssn}.pdf", "may not contain the Social Security number"),
    ("{ticketholder_ssn}.pdf", "may not contain the Social Security number"),
    ("{plan}.pdf", "unknown field {plan}"),
    ("../{plan_id}.pdf", "inside the output folder"),
    ("{plan_id.pdf", "write fields as {plan_id}"),
])
def test_a_bad_name_pattern_is_refused(pattern, message):
    with pytest.raises(UsageError, match=message):
        validate_name_pattern(pattern)


def test_output_names_are_safe_and_never_hold_an_ssn():
    name = output_name("{plan_id}_{last}.pdf",
                       {"plan_id": "../etc/900-12-3456", "last": 'O"Brien: Jr?'})
    assert name == "_etc_-_-3456_O_Brien_ Jr_.pdf"
    assert output_name("{last}", {"last": "con"}) == "_con.pdf"
    assert output_name("{row:04d}-{stem}.pdf", {"row": 7, "stem": "people-7"}) == \
        "0007-people-7.pdf"


def test_an_empty_name_field_fails_only_that_item(tmp_path, reference_plan):
    good = make_plans(tmp_path / "in", reference_plan, 1)[0]
    bad = tmp_path / "in" / "no-id.yaml"
    bad.write_text("schema_version: 1\nkind: iwp\n", encoding="utf-8")
    report = run_batch("render", [str(good), str(bad)],
                       options(tmp_path / "out", name="{plan_id}.pdf", jobs=1))
    assert [i.outcome for i in report.items] == ["rendered", "failed"]
    assert report.items[1].error == (f"{bad}: cannot name the output: {{plan_id}} is empty "
                                     "for this plan; fill it in or choose other --name fields")
    assert (tmp_path / "out" / "HEP-2026-1000.pdf").is_file()


def test_two_inputs_with_the_same_name_stop_the_run_before_any_work(tmp_path, reference_plan):
    make_plans(tmp_path / "a", reference_plan, 1)
    make_plans(tmp_path / "b", reference_plan, 1)
    run = iwp("batch", "render", str(tmp_path / "a"), str(tmp_path / "b"), "-o",
              str(tmp_path / "out"))
    assert run.returncode == 2
    assert run.stderr == (f"iwp: {tmp_path}/a/plan-00.yaml and {tmp_path}/b/plan-00.yaml "
                          f"would both be written to {tmp_path}/out/plan-00.pdf; make --name "
                          "more specific (add {row} or {stem}) - nothing was rendered\n")
    assert not (tmp_path / "out").exists()


# --- rendering, skipping, reports -------------------------------------------------------

def test_render_then_skip_then_force_with_reports(tmp_path, reference_plan):
    plans = make_plans(tmp_path / "in", reference_plan, 3)
    out = tmp_path / "out"
    first = run_batch("render", [str(tmp_path / "in")], options(out, jobs=2))
    assert first.counts == {"rendered": 3, "skipped": 0, "checked": 0, "failed": 0}
    outputs = sorted(p.name for p in out.iterdir())
    assert outputs == ["plan-00.pdf", "plan-01.pdf", "plan-02.pdf"]
    assert all((out / n).stat().st_mode & 0o777 == 0o600 for n in outputs)

    # Same input, same version, same templates: nothing to do.
    again = run_batch("render", [str(tmp_path / "in")], options(out, jobs=2))
    assert [i.outcome for i in again.items] == ["skipped"] * 3

    # One plan changed: only it is rendered again.
    plans[1].write_text(plans[1].read_text().replace("Weekly until hired", "Twice a week"))
    changed = run_batch("render", [str(tmp_path / "in")], options(out, jobs=2))
    assert [i.outcome for i in changed.items] == ["skipped", "rendered", "skipped"]

    forced = run_batch("render", [str(tmp_path / "in")], options(out, jobs=2, force=True))
    assert forced.counts["rendered"] == 3

    forced.write(tmp_path / "report.json")
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["job"] == "render" and data["total"] == 3
    assert data["counts"] == {"rendered": 3, "skipped": 0, "checked": 0, "failed": 0}
    item = data["items"][0]
    assert set(item) == {"input", "output", "outcome", "verdict", "error", "findings",
                         "duration"}
    assert item["input"] == str(plans[0]) and item["output"] == str(out / "plan-00.pdf")
    assert item["findings"] == {"error": 0, "warning": 0, "info": 1}
    assert item["duration"] > 0

    forced.write(tmp_path / "report.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "report.csv").read_text())))
    assert [r["outcome"] for r in rows] == ["rendered"] * 3
    assert rows[2] | {"duration_s": ""} == {
        "input": str(plans[2]), "output": str(out / "plan-02.pdf"), "outcome": "rendered",
        "verdict": "", "error": "", "errors": "0", "warnings": "0", "infos": "1",
        "duration_s": ""}
    with pytest.raises(UsageError, match="must be a .json or .csv file"):
        forced.write(tmp_path / "report.txt")


def test_another_render_option_is_not_up_to_date(tmp_path, reference_plan):
    # A PDF made without large print is not the one a --large-print run asks for.
    from iwp.document.render import RenderOptions

    make_plans(tmp_path / "in", reference_plan, 1)
    out = tmp_path / "out"

    def run(**render: bool) -> list[str]:
        report = run_batch("render", [str(tmp_path / "in")],
                           options(out, jobs=1, render=RenderOptions(**render)))
        return [item.outcome for item in report.items]

    assert run() == ["rendered"]
    assert run(large_print=True) == ["rendered"]
    assert run(large_print=True) == ["skipped"]
    assert run(large_print=True, draft=True) == ["rendered"]
    assert run() == ["rendered"]


def test_an_amendment_is_rendered_against_its_original_in_the_same_batch(
        tmp_path, reference_plan, reference_amendment):
    from pypdf import PdfReader

    (tmp_path / "in").mkdir()
    plan = tmp_path / "in" / "plan.yaml"
    amendment = tmp_path / "in" / "amendment.yaml"
    plan.write_bytes(reference_plan.read_bytes())
    amendment.write_bytes(reference_amendment.read_bytes())
    out = tmp_path / "out"
    # After the amendment was signed (2026-10-21), so its dates are in the past.
    later = ValidationOptions(today=dt.date(2026, 11, 15))
    report = run_batch("render", [str(tmp_path / "in")], options(out, jobs=1, validation=later))
    assert [i.outcome for i in report.items] == ["rendered", "rendered"]
    reader = PdfReader(out / "amendment.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Changes from the original plan" in text
    assert len(reader.metadata["/IWP_OriginalHash"]) == 64
    assert "/IWP_OriginalHash" not in PdfReader(out / "plan.pdf").metadata

    # The original changed: the amendment's comparison is out of date, the plan's own too.
    plan.write_text(plan.read_text().replace("Weekly until hired", "Twice a week"))
    again = run_batch("render", [str(tmp_path / "in")], options(out, jobs=1, validation=later))
    assert [i.outcome for i in again.items] == ["rendered", "rendered"]
    assert run_batch("render", [str(tmp_path / "in")],
                     options(out, jobs=1, validation=later)).counts["skipped"] == 2

    # On its own, the amendment has nothing to compare with.
    alone = run_batch("render", [str(amendment)],
                      options(tmp_path / "alone", jobs=1, validation=later))
    assert alone.counts["rendered"] == 1
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "alone" /
                                                        "amendment.pdf").pages)
    assert "Changes from the original plan" not in text


# One line, long enough for the discussion summary rule (IWP206).
SHORT_SUMMARY = ("We met for an hour to talk about her work history, her goals, her worries "
                 "about benefits and the services we will provide.")


def test_a_csv_export_with_one_broken_row_renders_every_other_row(tmp_path, reference_plan):
    from tests.test_exports import flatten, write_csv

    # One line per row (no multi-line cells) so rows are lines 2 to 5.
    row = {k: v.replace("\n", " ") for k, v in flatten(load_document(reference_plan).data).items()}
    rows = []
    for i in range(4):
        rows.append(dict(row, **{"plan_id": f"HEP-2026-{2000 + i}",
                                 "ticketholder.name.last": LAST_NAMES[i],
                                 "discussion.summary": SHORT_SUMMARY}))
    rows[2]["ticketholder.date_of_birth"] = "1988-02-30"
    export = write_csv(tmp_path / "people.csv", rows)
    column = list(row).index("ticketholder.date_of_birth") + 1
    run = iwp("batch", "render", str(export), "-o", str(tmp_path / "out"), "--today", TODAY,
              "--name", "{plan_id}_{last}.pdf", "--report", str(tmp_path / "r.csv"))
    assert run.returncode == 1, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "HEP-2026-2000_Quenby.pdf", "HEP-2026-2001_Okoro.pdf", "HEP-2026-2003_Marchetti.pdf"]
    lines = run.stdout.splitlines()
    assert lines[0].startswith("3 rendered, 1 failed of 4 plans in ")
    assert lines[1:3] == ["Failed:", f"  {export}:4:{column}: column ticketholder.date_of_birth:"
                          " `date_of_birth` is not a real date (day value is outside expected "
                          "range); write it as YYYY-MM-DD, for example 2026-06-09."]
    report = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text())))
    assert [(r["input"], r["outcome"]) for r in report] == [
        (f"{export}:2", "rendered"), (f"{export}:3", "rendered"), (f"{export}:4", "failed"),
        (f"{export}:5", "rendered")]
    assert "900-00-0101" not in run.stdout + run.stderr + (tmp_path / "r.csv").read_text()


def test_killed_run_resumes_to_identical_outputs(tmp_path, reference_plan):
    make_plans(tmp_path / "in", reference_plan, 16)
    reference = run_batch("render", [str(tmp_path / "in")], options(tmp_path / "ref", jobs=2))
    assert reference.counts["rendered"] == 16
    expected = {p.name: p.read_bytes() for p in (tmp_path / "ref").iterdir()}

    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "iwp", "batch", "render", str(tmp_path / "in"), "-o", str(out),
         "--jobs", "1", "--today", TODAY], cwd=ROOT, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while len(list(out.glob("*.pdf"))) < 3:
            assert proc.poll() is None, "the run ended before it could be interrupted"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        _wait_for_process_group_to_end(proc.pid)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    done = {p.name for p in out.glob("*.pdf")}
    assert 3 <= len(done) < 16
    assert all((out / name).read_bytes() == expected[name] for name in done)

    run = iwp("batch", "render", str(tmp_path / "in"), "-o", str(out), "--jobs", "1",
              "--today", TODAY, "--format", "json")
    assert run.returncode == 0, run.stderr
    counts = json.loads(run.stdout)["counts"]
    assert counts == {"rendered": 16 - len(done), "skipped": len(done), "checked": 0,
                      "failed": 0}
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected  # no .part files


def _wait_for_process_group_to_end(pgid: int) -> None:
    """The killed run's workers notice their parent is gone and stop; wait for that."""
    for _ in range(3000):
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    raise AssertionError("worker processes outlived the killed run")


def test_stale_temporary_files_of_planned_outputs_are_removed(tmp_path):
    (tmp_path / ".a.pdf.x1y2.part").write_bytes(b"half")
    (tmp_path / ".other.pdf.k9.part").write_bytes(b"not ours")
    assert remove_stale_parts([str(tmp_path / "a.pdf")]) == 1
    assert [p.name for p in tmp_path.iterdir()] == [".other.pdf.k9.part"]


def test_batch_check_reports_verdicts_and_unreadable_files(tmp_path, reference_plan):
    make_plans(tmp_path / "in", reference_plan, 2)
    run_batch("render", [str(tmp_path / "in")], options(tmp_path / "pdfs", jobs=1))
    (tmp_path / "pdfs" / "zz-not-a-pdf.pdf").write_bytes(b"PK\x03\x04 not a pdf")
    run = iwp("batch", "check", str(tmp_path / "pdfs"), "--today", TODAY, "--jobs", "2",
              "--report", str(tmp_path / "r.json"))
    assert run.returncode == 1
    items = json.loads((tmp_path / "r.json").read_text())["items"]
    assert [(i["outcome"], i["verdict"]) for i in items] == [
        ("checked", "complete"), ("checked", "complete"), ("failed", None)]
    assert items[2]["error"].startswith(f"{tmp_path}/pdfs/zz-not-a-pdf.pdf: not a PDF")
    assert run.stdout.splitlines()[:2] == [
        run.stdout.splitlines()[0], "Verdicts: 2 complete"]
    assert run.stdout.startswith("2 checked, 1 failed of 3 PDFs in ")


# --- time limits and crashes ------------------------------------------------------------

def test_an_item_over_the_time_limit_fails_and_the_rest_go_on(tmp_path, reference_plan):
    make_plans(tmp_path / "in", reference_plan, 1)
    report = run_batch("render", [str(tmp_path / "in")],
                       options(tmp_path / "out", jobs=1, timeout=0.001))
    [item] = report.items
    assert (item.outcome, item.error) == (
        "failed", f"{tmp_path}/in/plan-00.yaml: took longer than the 0.001-second limit "
        "and was stopped")
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


# The parent's grace in these tests: long enough for a worker on a loaded machine to import
# this module (to unpickle the work function), short enough to keep the tests quick.
TEST_GRACE = 2.0


def stuck_or_quick(task: _Task) -> ItemResult:
    """A stand-in for an item stuck in C code: deaf to the alarm, never returns."""
    if task.name == "stuck":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if task.name == "crash":
        os._exit(1)
    return ItemResult(input=task.name, outcome="rendered")


def _tasks(*names: str) -> list[_Task]:
    return [_Task(index=i, job="render", name=n, source=n, timeout=0.2)
            for i, n in enumerate(names)]


def _run(runner: _Runner, tasks: list[_Task]) -> dict[str, ItemResult]:
    results: dict[str, ItemResult] = {}
    try:
        runner.run(tasks, lambda task, result: results.__setitem__(task.name, result))
    finally:
        runner.close()
    return results


def test_a_stuck_worker_is_killed_and_the_others_are_resubmitted(monkeypatch):
    monkeypatch.setattr(batch, "HARD_LIMIT_GRACE", TEST_GRACE)
    runner = _Runner(BatchOptions(jobs=2, timeout=0.2), None, work=stuck_or_quick)
    results = _run(runner, _tasks("a", "stuck", "b", "c"))
    assert {n: r.outcome for n, r in results.items()} == {
        "a": "rendered", "stuck": "failed", "b": "rendered", "c": "rendered"}
    assert results["stuck"].error == \
        "stuck: took longer than the 0.2-second limit and was stopped"


def test_an_item_queued_behind_a_stuck_one_is_not_timed_out(monkeypatch):
    # One worker, so "b" waits in the queue while "stuck" holds the worker: its time
    # limit must count from when it starts, not from when it was queued.
    monkeypatch.setattr(batch, "HARD_LIMIT_GRACE", TEST_GRACE)
    runner = _Runner(BatchOptions(jobs=1, timeout=0.2), None, work=stuck_or_quick)
    assert runner.window > runner.running  # there is a queued item
    results = _run(runner, _tasks("stuck", "b", "c"))
    assert {n: r.outcome for n, r in results.items()} == {
        "stuck": "failed", "b": "rendered", "c": "rendered"}


def test_a_crashing_worker_fails_only_its_item():
    runner = _Runner(BatchOptions(jobs=1, timeout=None), None, work=stuck_or_quick)
    results = _run(runner, _tasks("a", "crash", "b", "c"))
    assert {n: r.outcome for n, r in results.items()} == {
        "a": "rendered", "crash": "failed", "b": "rendered", "c": "rendered"}
    assert "worker process crashed" in results["crash"].error


def test_an_item_running_beside_a_crash_is_tried_again_alone():
    runner = _Runner(BatchOptions(jobs=2, timeout=None), None, work=stuck_or_quick)
    results = _run(runner, _tasks("crash", "a", "b", "c", "d"))
    assert {n: r.outcome for n, r in results.items()} == {
        "crash": "failed", "a": "rendered", "b": "rendered", "c": "rendered",
        "d": "rendered"}


# --- other executors --------------------------------------------------------------------

def test_a_dask_executor_can_run_the_batch(tmp_path, reference_plan):
    distributed = pytest.importorskip("distributed")
    make_plans(tmp_path / "in", reference_plan, 2)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        report = run_batch("render", [str(tmp_path / "in")], options(tmp_path / "out"),
                           executor=client.get_executor())
    assert [i.outcome for i in report.items] == ["rendered", "rendered"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["plan-00.pdf",
                                                                    "plan-01.pdf"]


def test_a_thread_executor_checks_as_one_process_does(tmp_path):
    # Parses side by side in threads share the process: each must keep its own repairs
    # (IWP811, info) and none may lower the recursion limit under another.
    from concurrent.futures import ThreadPoolExecutor

    import iwp as iwp_api
    from iwp.check import CheckOptions

    sys.path.insert(0, str(ROOT / "tests" / "data" / "hostile"))
    import make_hostile

    make_hostile.generate(tmp_path / "h", big=False)
    corpus = ROOT / "tests" / "data" / "pdfs"
    files = []
    for copy in range(4):  # distinct files: the same path twice is one input
        for source in (tmp_path / "h" / "pdfs" / "broken_xref.pdf",
                       corpus / "layout_b_complete.pdf"):
            target = tmp_path / f"{copy}-{source.name}"
            target.write_bytes(source.read_bytes())
            files.append(str(target))
    check = CheckOptions(ocr=False)
    alone = [iwp_api.check_pdf(f, check) for f in files[:2]]
    with ThreadPoolExecutor(4) as pool:
        report = run_batch("check", files, BatchOptions(jobs=4, check=check),
                           executor=pool)
    assert [(i.verdict, i.findings["info"]) for i in report.items] == [
        (r.verdict, sum(f.severity.value == "info" for f in r.findings))
        for r in alone] * 4
    assert report.items[0].findings["info"] >= 1  # the repair, in its own item only


# --- progress ---------------------------------------------------------------------------

def test_the_progress_line_shows_done_rate_eta_and_failures():
    stream = io.StringIO()
    ProgressLine(stream, label="render ", width=10)(Progress(done=5, total=20, failed=1,
                                                             elapsed=10.0))
    assert stream.getvalue() == ("\rrender [##--------] 5/20  0.5/s  ETA 0:30  1 failed"
                                 "\x1b[K")


def test_no_progress_when_not_a_terminal(tmp_path, reference_plan):
    make_plans(tmp_path / "in", reference_plan, 1)
    run = iwp("batch", "render", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
              "--today", TODAY, "--jobs", "1")
    assert run.returncode == 0 and run.stderr == ""
    assert run.stdout.startswith("1 rendered of 1 plans in ")


def test_amendments_pair_only_with_exactly_one_plan_of_their_id():
    from iwp.inputs import pair_amendments, pairing_ids

    def amendment(plan_id):
        return pairing_ids({"kind": "amendment", "amends": {"plan_id": plan_id}})

    items = [("a", pairing_ids({"plan_id": "P-1"})), ("b", pairing_ids({"plan_id": "P-2"})),
             ("c", pairing_ids({"kind": "iwp", "plan_id": "P-2"})),
             ("x", amendment("P-1")), ("y", amendment("P-2")), ("z", amendment("P-3")),
             ("w", amendment(None)), ("v", pairing_ids(["not", "a", "plan"]))]
    # P-2 is held by two plans: ambiguous, so "y" stays on its own.
    assert pair_amendments(items) == {"x": "a"}


# Read on its own, this page takes minutes (300,000 operators took 225 s, and reading grows
# faster than the count); the batch limit below is 2 s.
# Pages of this many operators each: PDFium reads one in about a third of a second here (it
# stops at its per-page character cap), so sixteen outlast the 2-second limit three times
# over, where one page of 400,000 took about 2 seconds and made the test a coin toss.
SLOW_PAGE_OPERATORS = 100_000
SLOW_PAGES = 16


@pytest.mark.slow
def test_batch_check_stops_a_slow_pdf_at_its_limit_and_checks_the_rest(tmp_path, slow_pdf):
    slow = slow_pdf(tmp_path / "a-slow.pdf", SLOW_PAGE_OPERATORS, pages=SLOW_PAGES)
    quick = tmp_path / "b-quick.pdf"
    quick.write_bytes((ROOT / "tests" / "data" / "pdfs" / "layout_b_complete.pdf").read_bytes())
    started = time.monotonic()
    run = iwp("batch", "check", str(slow), str(quick), "--timeout", "2", "--jobs", "1",
              "--no-ocr", "--report", str(tmp_path / "r.json"))
    elapsed = time.monotonic() - started
    items = json.loads((tmp_path / "r.json").read_text())["items"]
    assert [(i["outcome"], i["verdict"]) for i in items] == [
        ("failed", None), ("checked", "complete")], run.stderr
    assert items[0]["error"] == f"{slow}: took longer than the 2-second limit and was stopped"
    # Stopped near its limit, not after reading all of it (a behavioural bound, not speed).
    assert elapsed < 9.0
