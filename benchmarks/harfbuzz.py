"""What the system HarfBuzz subset library buys: `iwp render` with and without it.

WeasyPrint cuts each embedded font down to the glyphs a document uses. With
libharfbuzz-subset (Debian: libharfbuzz-subset0, which scripts/setup.sh installs) it does
that in C; without it, it falls back to fontTools in Python and logs a warning for every
document. This renders the example plans the way `iwp render` does, interleaved in one
process: (a) with HarfBuzz-Subset, (b) with WeasyPrint told the library is missing.
Run: python benchmarks/harfbuzz.py [--count 10]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from render import count_argument, example_plans, quiet_renderer  # noqa: E402

from iwp.pipeline import render_pdf  # noqa: E402
from iwp.plan.validate import ValidationOptions, validate_file  # noqa: E402


def main() -> None:
    count = count_argument(__doc__)
    quiet_renderer()
    import weasyprint.pdf.fonts as fonts

    library = fonts.harfbuzz_subset
    if library is None:
        sys.exit("libharfbuzz-subset is not installed here (Debian: libharfbuzz-subset0); "
                 "there is nothing to compare")
    options = ValidationOptions(today=dt.date(2026, 11, 1))
    models = [validate_file(str(p), options).model for p in example_plans()]
    models = [m for m in models if m is not None]

    def render_all(with_library: bool) -> tuple[float, int]:
        fonts.harfbuzz_subset = library if with_library else None
        start, size = time.perf_counter(), 0
        try:
            for model in models:
                size += len(render_pdf(model).data)
        finally:
            fonts.harfbuzz_subset = library
        return time.perf_counter() - start, size

    render_all(True), render_all(False)  # warm up both paths
    times: dict[bool, list[float]] = {True: [], False: []}
    sizes: dict[bool, int] = {}
    for _ in range(count):
        for with_library in (True, False):
            elapsed, sizes[with_library] = render_all(with_library)
            times[with_library].append(elapsed / len(models))
    print(f"{len(models)} example plans x {count} rounds")
    for with_library, label in ((True, "(a) HarfBuzz-Subset"), (False, "(b) fontTools")):
        values = times[with_library]
        print(f"  {label:<20} median {statistics.median(values) * 1000:7.1f} ms/doc   "
              f"mean {statistics.mean(values) * 1000:7.1f} ms/doc   "
              f"{sizes[with_library] / len(models) / 1024:6.1f} KiB/doc")
    a, b = statistics.median(times[True]), statistics.median(times[False])
    print(f"  with HarfBuzz-Subset: {(1 - a / b) * 100:.0f}% less time per document "
          f"({b / a:.2f}x as fast)")


if __name__ == "__main__":
    main()
