"""Batch speed: `iwp batch render` and `iwp batch check` against plain WeasyPrint.

Generates COUNT varied plans (default 200: different names, plan ids, numbers of services
and lengths of text) and times, side by side in one run, on the same HTML:
  (a) a shell loop calling the plain `weasyprint` command once per plan (what a user would
      script), on the first --shell-count plans (it is slow; the rate is per plan);
  (b) plain WeasyPrint rendering the HTML sequentially in one process, with stylesheets and
      fonts loaded once (the renderer's own cost: the limit for one core);
  (c) `iwp batch render --jobs 1` and (d) `--jobs` = all CPUs, as a user runs them
      (process start, validation, PDF/A, embedded plan, signature fields, atomic writes);
  (e) `iwp batch check` on the PDFs of (d), in PDFs per second per core, with and without
      the start-up of the command and its workers; (f) the same on ten times as many;
plus the peak memory of any worker (from the batch report).
Run: python benchmarks/batch.py [--count 200] [--shell-count 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from iwp.pdf import _font_config, stylesheets  # noqa: E402
from iwp.render import RenderOptions, render_html, template_dirs  # noqa: E402
from iwp.validate import ValidationOptions, validate_file  # noqa: E402

TODAY = "2026-11-01"
SURNAMES = ["Quenby", "Okoro", "Lindqvist", "Marchetti", "Abernathy", "Zhou", "Delacroix",
            "Haverford", "Nakamura", "Osei", "Petrov", "Ramirez", "Sato", "Tillman"]
EXTRA = (" She asked for written reminders of each appointment and we agreed to send them "
         "by email two days ahead, with a copy by mail.")


def make_plans(folder: Path, count: int) -> list[Path]:
    """``count`` valid plans that differ in names, ids, services and length of text."""
    import yaml

    reference = ROOT.parent / "shared" / "plan-format" / "reference-plan.yaml"
    base = yaml.safe_load(reference.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        plan = json.loads(json.dumps(base, default=str))
        plan["plan_id"] = f"BEN-2026-{i:05d}"
        plan["ticketholder"]["name"]["last"] = f"{SURNAMES[i % len(SURNAMES)]}{i}"
        plan["ticketholder"]["ssn"] = f"900-{i % 100:02d}-{1000 + i:04d}"
        plan["discussion"]["summary"] += EXTRA * (i % 6)
        keep = 4 + i % 3  # 4 to 6 services; the benefits referral always stays
        plan["services"] = plan["services"][:keep] + plan["services"][5:] \
            if keep < 6 else plan["services"]
        path = folder / f"plan-{i:05d}.json"
        path.write_text(json.dumps(plan), encoding="utf-8")
        paths.append(path)
    return paths


def iwp_batch(*args: str) -> tuple[float, dict]:
    report = Path(tempfile.mkdtemp()) / "report.json"
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "iwp", "batch", *args, "--today", TODAY,
                          "--quiet", "--report", str(report)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if not report.exists():
        sys.exit(f"iwp batch {' '.join(args)} failed:\n{run.stderr}{run.stdout}")
    return elapsed, json.loads(report.read_text())


def weasyprint_command() -> str:
    """The `weasyprint` command of this interpreter's environment, activated or not."""
    script = Path(sys.executable).parent / "weasyprint"
    if script.is_file():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m weasyprint"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="number of plans")
    parser.add_argument("--shell-count", type=int, default=20,
                        help="plans for the slow shell loop (a)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
    logging.getLogger("fontTools").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    import weasyprint

    cpus = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="iwp-batch-bench-"))
    plans = make_plans(work / "plans", args.count)
    options = ValidationOptions(today=dt.date.fromisoformat(TODAY))
    folders = template_dirs(RenderOptions())
    html_dir = work / "html"
    html_dir.mkdir()
    htmls = []
    for path in plans:
        result = validate_file(str(path), options)
        if not result.valid:
            sys.exit(f"{path.name} does not validate: {result.findings[:1]}")
        html = render_html(result.model)
        htmls.append(html)
        (html_dir / f"{path.stem}.html").write_text(html, encoding="utf-8")
    print(f"{args.count} plans in {work}; {cpus} CPUs; WeasyPrint {weasyprint.__version__}")

    # (a) a shell loop over the plain weasyprint command.
    shell_n = min(args.shell_count, args.count)
    style = next(f / "style.css" for f in folders if (f / "style.css").is_file())
    (work / "a").mkdir()
    script = (f'for f in "{html_dir}"/*.html; do n=$((n+1)); [ $n -gt {shell_n} ] && break; '
              f'{weasyprint_command()} -q -s "{style}" -u "{folders[0].as_uri()}/" "$f" '
              f'"{work}/a/$(basename "$f" .html).pdf"; done')
    start = time.perf_counter()
    subprocess.run(["bash", "-c", script], check=True)
    a_rate = shell_n / (time.perf_counter() - start)

    # (b) plain WeasyPrint in one process, stylesheets and fonts loaded once.
    sheets = stylesheets(folders, large_print=False)
    fonts = _font_config()
    base_url = folders[0].as_uri() + "/"

    def plain_weasyprint(part: list[str]) -> float:
        start = time.perf_counter()
        for html in part:
            weasyprint.HTML(string=html, base_url=base_url).write_pdf(stylesheets=sheets,
                                                                      font_config=fonts)
        return time.perf_counter() - start

    # Half of (b) runs just before (c) and half just after, so that a machine that gets
    # faster or slower during the run (a shared host) weighs on both alike.
    b_time = plain_weasyprint(htmls[0::2])

    # (c) and (d): iwp batch render as a user runs it, forced so every plan is rendered.
    c_time, c_report = iwp_batch("render", str(work / "plans"), "-o", str(work / "c"),
                                 "--jobs", "1", "--force")
    b_time += plain_weasyprint(htmls[1::2])
    b_rate = args.count / b_time
    d_time, d_report = iwp_batch("render", str(work / "plans"), "-o", str(work / "d"),
                                 "--jobs", str(cpus), "--force")
    for name, report in (("c", c_report), ("d", d_report)):
        if report["counts"]["rendered"] != args.count:
            sys.exit(f"({name}) rendered {report['counts']} - expected all {args.count}")
    c_rate, d_rate = args.count / c_time, args.count / d_time

    # (e) iwp batch check on the rendered PDFs; (f) the same PDFs ten times over (hard
    # links), where the process start-up weighs a tenth as much per PDF.
    e_time, e_report = iwp_batch("check", str(work / "d"), "--jobs", str(cpus))
    e_work = sum(item["duration"] for item in e_report["items"])
    verdicts = {i["verdict"] for i in e_report["items"]}
    many = work / "f"
    for copy in range(10):
        (many / str(copy)).mkdir(parents=True)
        for pdf in (work / "d").glob("*.pdf"):
            os.link(pdf, many / str(copy) / pdf.name)
    f_time, f_report = iwp_batch("check", str(many), "--jobs", str(cpus))
    f_count = len(f_report["items"])
    f_work = sum(item["duration"] for item in f_report["items"])

    rows = [
        ("(a) shell loop, weasyprint CLI", a_rate, f"{shell_n} plans"),
        ("(b) WeasyPrint in one process", b_rate, "renderer only"),
        ("(c) iwp batch render --jobs 1", c_rate,
         f"{c_rate / b_rate:.2f} x (b) [target 0.85], {c_rate / a_rate:.1f} x (a) [target 2]"),
        (f"(d) iwp batch render --jobs {cpus}", d_rate,
         f"{d_rate / c_rate:.2f} x (c) [target 1.7 on 2 cores]"),
    ]
    print(f"\n{'':36} {'plans/s':>8}")
    for label, rate, note in rows:
        print(f"{label:36} {rate:8.2f}   {note}")
    print(f"peak memory of a worker: {c_report['peak_worker_rss_mb']:.0f} MB (--jobs 1), "
          f"{d_report['peak_worker_rss_mb']:.0f} MB (--jobs {cpus}) over {args.count} "
          "renders [target < 400 MB]")
    print(f"(e) iwp batch check --jobs {cpus}: {args.count / e_time / cpus:.1f} PDFs/s/core "
          f"wall clock incl. start-up; {args.count / e_work:.1f} PDFs/s/core in the workers "
          f"[target 100]; verdicts {sorted(v or 'failed' for v in verdicts)}")
    print(f"(f) iwp batch check --jobs {cpus} on {f_count} PDFs: "
          f"{f_count / f_time / cpus:.1f} PDFs/s/core wall clock incl. start-up; "
          f"{f_count / f_work:.1f} PDFs/s/core in the workers")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
