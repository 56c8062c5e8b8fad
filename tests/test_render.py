"""Step 3 - render: the HTML the templates make, and ``iwp render`` as a user runs it."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from iwp import domain
from iwp.errors import RenderError
from iwp.pipeline import default_output_name
from iwp.render import RenderOptions, render_html, service_groups, signature_blocks
from iwp.validate import ValidationOptions, validate_data, validate_file

ROOT = Path(__file__).resolve().parents[1]


def iwp(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m iwp`` the way a user's shell would."""
    return subprocess.run([sys.executable, "-m", "iwp", *args], text=True,
                          capture_output=True, cwd=cwd, env=dict(os.environ), timeout=120,
                          check=False)


def _data(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _model(data: dict[str, Any]) -> Any:
    result = validate_data(data, "test", ValidationOptions(today=dt.date(2026, 6, 20)))
    assert result.model is not None
    return result.model


@pytest.fixture(scope="module")
def plan_html(reference_plan: Path) -> str:
    return render_html(validate_file(str(reference_plan)).model)


def test_html_is_an_accessible_document(plan_html: str) -> None:
    assert plan_html.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in plan_html
    assert "<title>Individual Work Plan - Marisol T. Quenby</title>" in plan_html
    assert '<th scope="col">Employer</th>' in plan_html
    for heading in ("Part One", "Part Two", "Section 1", "Section 2", "Section 3",
                    "Section 4", "Part Three"):
        assert heading in plan_html


def test_headings_are_in_order_and_never_empty(plan_html: str) -> None:
    import re

    levels = [int(m.group(1)) for m in re.finditer(r"<h([1-6])[ >]", plan_html)]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))
    assert not re.search(r"<h[1-6][^>]*>\s*</h[1-6]>", plan_html)


def test_every_label_comes_from_the_vocabulary(plan_html: str) -> None:
    for code in ("career_planning", "job_placement", "ongoing_support"):
        category = domain.service_categories()[code]
        assert category["label"] in plan_html
        for label in category["services"].values():
            assert label in plan_html
    assert domain.label("discussion_modalities", "in_person") in plan_html
    assert domain.statement_of_understanding("Harborlight Employment Partners LLC") \
        .split(".")[0] in plan_html
    for item in domain.terms()["items"]:
        assert item["title"] in plan_html


def test_services_print_checked_and_unchecked(reference_plan: Path) -> None:
    model = validate_file(str(reference_plan)).model
    groups = {g["code"]: g for g in service_groups(model.services)}
    career = {i["code"]: i for i in groups["career_planning"]["items"]}
    assert career["job_development"]["checked"] and not career["goal_setting"]["checked"]
    html = render_html(model)
    assert "\u2612</span><strong>Job development</strong>" in html
    assert "\u2610</span>Goal setting" in html


def test_signatures_print_typed_only_when_electronic(reference_plan: Path,
                                                     reference_amendment: Path) -> None:
    wet = signature_blocks(validate_file(str(reference_plan)).model)
    assert [b["field"] for b in wet] == ["ticketholder_signature", "en_signature"]
    assert all(b["typed"] == "" and b["date"] == "" for b in wet)
    electronic = signature_blocks(validate_file(str(reference_amendment)).model)
    assert electronic[0]["typed"] == "/s/ Marisol T. Quenby"
    assert electronic[0]["date"] == "October 21, 2026"


def test_plan_text_is_escaped_and_invisible_characters_removed(reference_plan: Path) -> None:
    data = _data(reference_plan)
    data["discussion"]["summary"] = 'x <img src="file:///etc/passwd"> {{ 1234*5 }} a\u202eb\u200bc'
    html = render_html(_model(data))
    assert '&lt;img src=&#34;file:///etc/passwd&#34;&gt;' in html
    assert "{{ 1234*5 }}" in html and "6170" not in html
    assert "\u202e" not in html and "\u200b" not in html and "abc" in html


def test_custom_templates_override_blocks_and_run_sandboxed(reference_plan: Path,
                                                             tmp_path: Path) -> None:
    (tmp_path / "iwp.html").write_text(
        '{% extends "builtin/iwp.html" %}{% block heading %}<h1>Harborlight IWP</h1>{% endblock %}')
    model = validate_file(str(reference_plan)).model
    html = render_html(model, RenderOptions(template_dir=tmp_path))
    assert "<h1>Harborlight IWP</h1>" in html and "Part Three" in html
    (tmp_path / "iwp.html").write_text("{{ plan.__class__.__mro__ }}")
    with pytest.raises(RenderError, match="the template does something the sandbox forbids: "
                       "access to attribute '__class__'"):
        render_html(model, RenderOptions(template_dir=tmp_path))


def test_amendment_shows_what_changed(reference_plan: Path, reference_amendment: Path) -> None:
    original = validate_file(str(reference_plan)).model
    amendment = validate_file(str(reference_amendment)).model
    html = render_html(amendment, original=original)
    assert "Amendment No. 1 to the Individual Work Plan signed June 11, 2026" in html
    assert "Changes from the original plan" in html
    assert "Short-term goal: job title" in html and "Full-time inventory clerk" in html
    for change in ("Added", "Ended", "Continued"):
        assert f"<td>{change}</td>" in html
    assert "Changes from the original plan" not in render_html(amendment)


def test_default_output_name_never_uses_the_ssn(reference_plan: Path) -> None:
    data = _data(reference_plan)
    assert default_output_name(_model(data), "x.yaml") == "HEP-2026-0117_Quenby_Marisol.pdf"
    data["plan_id"] = None
    assert default_output_name(_model(data), "in/plan 7.yaml") == "plan-7_Quenby_Marisol.pdf"
    data["plan_id"] = "900-00-0101"
    name = default_output_name(_model(data), "x.yaml")
    assert "900" not in name and name.endswith("_Quenby_Marisol.pdf")


# --- the command line -------------------------------------------------------------------

def test_cli_renders_json_summary_and_private_file(reference_plan: Path, tmp_path: Path) -> None:
    run = iwp("render", str(reference_plan), "-o", str(tmp_path), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    entry = json.loads(run.stdout)["files"][0]
    path = Path(entry["path"])
    assert path.name == "HEP-2026-0117_Quenby_Marisol.pdf"
    assert entry["pages"] >= 5 and entry["bytes"] == path.stat().st_size
    assert len(entry["sha256"]) == 64
    assert path.stat().st_mode & 0o777 == 0o600
    assert "900-00-0101" not in run.stdout


def test_cli_shows_an_amendment_against_its_plan_given_beside_it(
        reference_plan: Path, reference_amendment: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    def amendment_text(*paths: Path) -> str:
        out = tmp_path / f"out{len(paths)}"
        run = iwp("render", *map(str, paths), "-o", str(out), "--today", "2026-11-15")
        assert run.returncode == 0, run.stderr
        [pdf] = out.glob("*amendment*.pdf")
        return "".join(page.extract_text() for page in PdfReader(pdf).pages)

    assert "Changes from the original plan" in amendment_text(reference_plan,
                                                              reference_amendment)
    assert "Changes from the original plan" not in amendment_text(reference_amendment)


def test_cli_refuses_invalid_plan_unless_draft(reference_plan: Path, tmp_path: Path) -> None:
    data = _data(reference_plan)
    data["employment_goals"]["short_term"]["job_title"] = None
    data["discussion"]["date"] = None
    plan = tmp_path / "bad.yaml"
    plan.write_text(yaml.safe_dump(data, sort_keys=False))
    run = iwp("render", str(plan), "-o", str(tmp_path / "bad.pdf"))
    assert run.returncode == 1
    assert f"{plan}:" in run.stdout and " error IWP" in run.stdout
    assert "not rendered" in run.stderr
    assert not (tmp_path / "bad.pdf").exists()
    run = iwp("render", str(plan), "-o", str(tmp_path / "bad.pdf"), "--draft")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "bad.pdf").exists()


def test_cli_never_overwrites_an_input(reference_plan: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(reference_plan.read_bytes())
    run = iwp("render", str(plan), "-o", str(plan))
    assert run.returncode == 2
    assert "refusing to overwrite an input" in run.stderr
    assert plan.read_bytes() == reference_plan.read_bytes()
    assert "Traceback" not in run.stderr
