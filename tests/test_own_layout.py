"""`iwp check` on iwp's own layout when the plan inside the PDF is gone.

An EN may re-save a rendered IWP through another tool ("print to PDF", a PDF editor), or
print the plan's HTML from a browser; the copy that reaches a reviewer then carries no
embedded plan, so the layout reader must read the pages as it reads any other EN's PDF.
Each copy here is made by a real producer - poppler's cairo back end re-drawing the PDF,
large print too (text set in a 1-point font scaled by the text matrix, as cairo writes it;
large print stacks what is side by side and breaks pages elsewhere), and Chromium
printing the HTML without its style sheet (right-aligned captions touching their values,
rows with no rulings, signature blocks stacked) - and must be judged as the plan says.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from iwp import check_pdf
from iwp.document.render import RenderOptions, render_html
from iwp.pipeline import render_pdf
from iwp.plan.validate import validate_file

ROOT = Path(__file__).resolve().parents[1]
SIGNED = ROOT / "examples" / "complete-iwp.yaml"  # electronic signatures, dated
CHROMIUM = Path("/usr/bin/chromium")


def _model(path: Path):
    result = validate_file(str(path))
    assert result.model is not None, path
    return result.model


def _components(pdf: Path) -> tuple[str, dict[str, str]]:
    result = check_pdf(pdf)
    assert result.source == "text", "the copy must be read from its pages"
    return result.verdict, {name: c.status for name, c in result.components.items()}


def _expected_unsigned(components: dict[str, str]) -> None:
    signatures = {"ticketholder_signature", "en_signature"}
    assert {n: s for n, s in components.items() if n not in signatures} == {
        n: "present" for n in components if n not in signatures}
    assert {components[n] for n in signatures} == {"missing"}


@pytest.mark.skipif(shutil.which("pdftocairo") is None,
                    reason="needs poppler-utils (scripts/setup.sh installs it)")
@pytest.mark.parametrize("plan,large", [("signed", False), ("wet", False), ("signed", True)])
def test_a_rendered_plan_redrawn_by_cairo_is_judged_from_its_pages(
        tmp_path: Path, reference_plan: Path, plan: str, large: bool) -> None:
    source = SIGNED if plan == "signed" else reference_plan
    original = tmp_path / "original.pdf"
    original.write_bytes(render_pdf(_model(source), RenderOptions(large_print=large)).data)
    copy = tmp_path / "copy.pdf"
    subprocess.run(["pdftocairo", "-pdf", str(original), str(copy)], check=True,
                   capture_output=True, timeout=120)
    verdict, components = _components(copy)
    if plan == "signed":
        assert (verdict, set(components.values())) == ("complete", {"present"}), components
    else:
        # The reference plan's signatures are wet: its pages have blank lines to sign on.
        assert verdict == "incomplete"
        _expected_unsigned(components)


@pytest.mark.skipif(not CHROMIUM.exists(),
                    reason="needs Debian's chromium (scripts/setup.sh installs it)")
@pytest.mark.parametrize("plan", ["signed", "wet"])
def test_a_plan_printed_by_a_browser_without_its_style_sheet_is_read(
        tmp_path: Path, reference_plan: Path, plan: str) -> None:
    source = SIGNED if plan == "signed" else reference_plan
    page = tmp_path / "plan.html"
    page.write_text(render_html(_model(source), RenderOptions()), encoding="utf-8")
    printed = tmp_path / "printed.pdf"
    subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={printed}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    verdict, components = _components(printed)
    if plan == "signed":
        assert (verdict, set(components.values())) == ("complete", {"present"}), components
    else:
        assert verdict == "incomplete"
        _expected_unsigned(components)
