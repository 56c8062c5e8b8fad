"""Shared fixtures: where the reference plans and test data live."""

from __future__ import annotations

import shutil
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
