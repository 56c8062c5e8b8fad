"""Rendering speed: `iwp render` against plain WeasyPrint on the same HTML.

For each example plan (the reference plan and amendment, and every plan in examples/),
times side by side in one run, interleaved so that machine noise hits both equally:
  (a) WeasyPrint: ``HTML(string=html).write_pdf(stylesheets=..., font_config=...)`` on the
      HTML iwp produced, with the same parsed stylesheets and font configuration and no
      extras (no PDF/A, no tags, no attachment, no signature fields);
  (b) iwp: validation (load + model + every rule), template rendering, PDF/A-3u with tags,
      the embedded plan, the metadata hashes and the signature fields - everything
      ``iwp render`` does except writing the file.
Run: python benchmarks/render.py [--count 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from iwp.document.pdf import _font_config, stylesheets
from iwp.pipeline import render_pdf
from iwp.document.render import RenderOptions, render_html, template_dirs
from iwp.plan.validate import ValidationOptions, validate_file


def example_plans() -> list[Path]:
    shared = ROOT.parent / "shared" / "plan-format"
    plans = [shared / "reference-plan.yaml", shared / "reference-amendment.yaml"]
    examples = ROOT / "examples"
    if examples.is_dir():
        plans += sorted(p for p in examples.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    return [p for p in plans if p.is_file()]


def count_argument(doc: str | None) -> int:
    """The ``--count`` (renders of each plan) a render benchmark was run with."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=10, help="renders of each plan")
    return parser.parse_args().count


def quiet_renderer() -> None:
    """Silence WeasyPrint's and fontTools' logs and warnings, so only the figures print."""
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
    logging.getLogger("fontTools").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")


def main() -> None:
    count = count_argument(__doc__)
    quiet_renderer()
    import weasyprint

    options = ValidationOptions(today=dt.date(2026, 11, 1))
    jobs = []
    for path in example_plans():
        model = validate_file(str(path), options).model
        if model is None:
            print(f"skipping {path.name}: it does not validate")
            continue
        jobs.append((path, render_html(model)))
    sheets = stylesheets(template_dirs(RenderOptions()), large_print=False)
    font_config = _font_config()

    def plain(html: str) -> bytes:
        return weasyprint.HTML(string=html).write_pdf(stylesheets=sheets,
                                                      font_config=font_config)

    def full(path: Path) -> bytes:
        result = validate_file(str(path), options)
        return render_pdf(result.model).data

    for path, html in jobs:  # warm up caches (fonts, stylesheets, templates) for both
        plain(html)
        full(path)
    times: dict[str, list[float]] = {"weasyprint": [], "iwp": []}
    for _ in range(count):
        for path, html in jobs:
            start = time.perf_counter()
            plain(html)
            times["weasyprint"].append(time.perf_counter() - start)
            start = time.perf_counter()
            full(path)
            times["iwp"].append(time.perf_counter() - start)
    per_round = len(jobs)
    plain_total, iwp_total = sum(times["weasyprint"]), sum(times["iwp"])
    print(f"{per_round} documents x {count} rounds (WeasyPrint {weasyprint.__version__})")
    for name, values in times.items():
        print(f"  {name:<11} mean {statistics.mean(values) * 1000:7.1f} ms/doc   "
              f"median {statistics.median(values) * 1000:7.1f} ms/doc   "
              f"total {sum(values):6.2f} s")
    print(f"  iwp overhead over plain WeasyPrint: {(iwp_total / plain_total - 1) * 100:+.1f}%")


if __name__ == "__main__":
    main()
