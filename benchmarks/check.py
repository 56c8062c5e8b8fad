"""Benchmark `iwp check`: PDFs per second on rendered and on foreign text PDFs, side by
side with pypdf's bare ``extract_text`` on the same files.

Run: python benchmarks/check.py [--rounds N]
Targets (issue 5): our own PDFs >= 10x faster than extracting their text (the tamper check
hashes the decoded content streams, no text extraction); foreign PDFs <= 3x extraction.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

import iwp

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "pdfs"


def rate(files: list[Path], fn, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for path in files:
            fn(path)
    return len(files) * rounds / (time.perf_counter() - start)


def extract(path: Path) -> None:
    for page in PdfReader(path).pages:
        page.extract_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    expected = json.loads((CORPUS / "expected.json").read_text())
    foreign = [CORPUS / n for n, e in expected.items() if e["source"] in ("text", "form_fields")]
    with tempfile.TemporaryDirectory() as tmp:
        rendered = []
        for example in sorted((ROOT / "examples").glob("*.yaml")):
            target = Path(tmp) / f"{example.stem}.pdf"
            try:
                iwp.render_file(str(example), target)
            except iwp.IwpError:
                continue
            if target.exists():
                rendered.append(target)
        check = lambda p: iwp.check_pdf(p)  # noqa: E731
        rows = [("rendered (embedded plan)", rendered), ("foreign text/form PDFs", foreign)]
        print(f"{'set':<26}{'files':>6}{'check/s':>10}{'extract/s':>11}{'ratio':>9}")
        for label, files in rows:
            check(files[0])  # warm imports
            ours, bare = rate(files, check, args.rounds), rate(files, extract, args.rounds)
            print(f"{label:<26}{len(files):>6}{ours:>10.1f}{bare:>11.1f}"
                  f"{ours / bare:>8.1f}x")


if __name__ == "__main__":
    main()
