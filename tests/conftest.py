"""Shared fixtures: where the reference plans and test data live."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PLAN_FORMAT = SHARED / "plan-format"
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def reference_plan() -> Path:
    """The reference IWP of ../shared/plan-format (the input format's contract)."""
    path = PLAN_FORMAT / "reference-plan.yaml"
    if not path.exists():
        pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
    return path


@pytest.fixture(scope="session")
def reference_amendment() -> Path:
    """The reference amendment of ../shared/plan-format."""
    return PLAN_FORMAT / "reference-amendment.yaml"


@pytest.fixture()
def plan_copy(tmp_path: Path, reference_plan: Path) -> Path:
    """A writable copy of the reference plan, for tests that edit it."""
    target = tmp_path / "plan.yaml"
    shutil.copyfile(reference_plan, target)
    return target


def write_slow_pdf(path: Path, operators: int, pages: int = 1) -> Path:
    """A valid PDF whose pages each draw one word ``operators`` times: slow to read.

    About 0.03 ms per operator with pypdf 7 (300,000 take about nine seconds), so a test
    can build a file that outlasts a time limit without anything hostile in it.
    """
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        content = DecodedStreamObject()
        content.set_data(b"BT /F1 11 Tf 72 700 Td " + b"(Ticket) Tj " * operators + b"ET")
        page[NameObject("/Contents")] = writer._add_object(content)
    writer.write(path)
    return path


@pytest.fixture()
def slow_pdf() -> Callable[..., Path]:
    """:func:`write_slow_pdf`, for tests of time limits."""
    return write_slow_pdf
