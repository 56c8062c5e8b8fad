"""Hostile PDFs: every file gets a one-line result, no traceback, never a hang."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import iwp

HOSTILE = Path(__file__).parent / "data" / "hostile"
PDF_DIR = HOSTILE / "pdfs"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text()) \
    if (HOSTILE / "expected.json").exists() else {}
PDF_CASES = sorted(p.name for p in PDF_DIR.glob("*")) if PDF_DIR.is_dir() else []


@pytest.mark.parametrize("name", PDF_CASES)
def test_hostile_pdf_one_line(name: str) -> None:
    result = iwp.check_pdf(PDF_DIR / name, iwp.CheckOptions(timeout=20))
    text = json.dumps(result.to_dict())
    assert "Traceback" not in text
    if result.load_failed:
        assert result.reason and "\n" not in result.reason
    else:
        assert result.verdict in ("complete", "incomplete", "needs_review", "not_an_iwp")
        # Hidden text never makes a component present.
        if "hidden" in name:
            assert result.verdict != "complete"
