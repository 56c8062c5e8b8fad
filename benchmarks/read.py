"""Benchmark the read stage: the layout model and ``read_plan`` on foreign PDFs, side by
side with pypdf's bare ``extract_text`` on the same files, in one run.

Run: python benchmarks/read.py [--rounds N]
Target (issue 12, part 8): checking foreign PDFs costs at most 1.5x pypdf's extract_text.
The columns: pypdf extract_text; the layout model alone (PDFium); layout + read_plan.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pypdf import PdfReader

from iwp.read.layout import read_layout
from iwp.read.plan import read_pages

ROOT = Path(__file__).resolve().parents[1]
SETS = {"tests/data/pdfs": ROOT / "tests" / "data" / "pdfs",
        "tests/data/foreign": ROOT / "tests" / "data" / "foreign"}


def seconds(files: list[Path], fn, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for path in files:
            fn(path)
    return (time.perf_counter() - start) / rounds


def extract(path: Path) -> None:
    for page in PdfReader(path).pages:
        page.extract_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{'set':<22}{'files':>6}{'extract s':>11}{'layout s':>10}{'read s':>9}"
          f"{'layout/x':>10}{'read/x':>9}")
    for label, folder in SETS.items():
        files = sorted(p for p in folder.glob("*.pdf") if not p.name.startswith("scan"))
        if not files:
            continue
        read_pages(read_layout(str(files[0])))  # warm imports and the vocabulary
        bare = seconds(files, extract, args.rounds)
        layout = seconds(files, lambda p: read_layout(str(p)), args.rounds)
        full = seconds(files, lambda p: read_pages(read_layout(str(p))), args.rounds)
        print(f"{label:<22}{len(files):>6}{bare:>11.3f}{layout:>10.3f}{full:>9.3f}"
              f"{layout / bare:>9.2f}x{full / bare:>8.2f}x")


if __name__ == "__main__":
    main()
