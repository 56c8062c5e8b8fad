"""Hostile PDFs: every file gets a one-line result the corpus allows; none hangs or crashes.

The corpus and its answer key come from tests/data/hostile/make_hostile.py (the 1 GB
decompression bomb is generated here at test time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import iwp

HOSTILE = Path(__file__).parent / "data" / "hostile"
EXPECTED = {name: entry for name, entry in
            json.loads((HOSTILE / "expected.json").read_text()).items()
            if name.startswith("pdfs/")}
sys.path.insert(0, str(HOSTILE))
import make_hostile  # noqa: E402


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("hostile-pdfs")
    make_hostile.generate(target, big=True)
    return target


def outcome(result: iwp.CheckResult) -> str:
    """The corpus's name for what check did with a file."""
    if result.load_failed:
        reason = result.reason or ""
        if "not a PDF" in reason or "empty" in reason:
            return "not_a_pdf"
        return "encrypted" if "encrypted" in reason else "unreadable"
    messages = " ".join(f.message.lower() for f in result.findings if f.code == "IWP810")
    if "launch" in messages:
        return "warning_launch"
    if "javascript" in messages:
        return "warning_javascript"
    if any(f.code == "IWP812" for f in result.findings):
        return "hidden_text_not_counted"
    return "checked"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_pdf(name: str, hostile_dir: Path) -> None:
    entry = EXPECTED[name]
    result = iwp.check_pdf(hostile_dir / name, iwp.CheckOptions(timeout=20))
    got = outcome(result)
    assert got in entry["acceptable"], (name, got, result.reason,
                                        [f.message for f in result.findings])
    assert "Traceback" not in json.dumps(result.to_dict())
    if result.load_failed:
        assert result.reason and "\n" not in result.reason
    elif "verdict_if_checked" in entry and got == entry["expected"]:
        assert result.verdict == entry["verdict_if_checked"], (name, result.verdict)
    if "hidden" in name:
        # IWP-looking text that is white, tiny or off the page never counts as content.
        assert result.verdict != "complete"
