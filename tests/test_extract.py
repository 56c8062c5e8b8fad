"""``iwp extract``: the plan a PDF holds, written as a plan file with where each value was read."""

from __future__ import annotations

import datetime as dt
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import iwp
from iwp.check.extract import ExtractOptions, extract_pdfs, plan_yaml
from iwp.cli import main
from iwp.read.model import Evidence, ReadPlan
from iwp.plan.validate import validate_file

ROOT = Path(__file__).parent.parent
PDFS = ROOT / "tests" / "data" / "pdfs"
EXAMPLES = ROOT / "examples"
SSN = "900-12-3456"


def hand_read() -> ReadPlan:
    data = {
        "employment_network": {"name": "Harborlight Employment Partners"},
        "ticketholder": {"name": {"first": "Marisol", "last": "Quenby"}, "ssn": SSN},
        "discussion": {"date": dt.date(2026, 6, 9),
                       "summary": "We met for an hour.\nWe agreed on a part-time start."},
        "employment_goals": {"long_term": {"job_title": "Inventory specialist",
                                           "monthly_earnings": Decimal("3120.00")}},
        "services": [{"category": "career_planning", "service": "job_development",
                      "description": ""}],
    }
    evidence = {
        "employment_network.name": Evidence(page=1, label="EN name", score=0.95),
        "ticketholder.ssn": Evidence(page=1, score=0.9, how=f"right of 'SSN' ({SSN})"),
        "employment_goals.long_term.monthly_earnings": Evidence(
            page=2, score=0.7, how="right of the label 'Expected gross monthly earnings'"),
        "services.0.description": Evidence(page=3, score=0.4, how="the 'How' cell"),
    }
    return ReadPlan(kind="iwp", data=data, evidence=evidence,
                    components={"terms_and_conditions": Evidence(page=4)},
                    doubts={"follow_up": "a sentence about contact, no frequency read"})


def test_the_yaml_holds_exactly_what_was_read():
    read = hand_read()
    text = plan_yaml(read, source="other-en.pdf", today=dt.date(2026, 7, 1))
    loaded = yaml.safe_load(text)
    assert loaded.pop("schema_version") == 1 and loaded.pop("kind") == "iwp"
    expected = read.data
    expected["discussion"]["summary"] = expected["discussion"]["summary"].strip()
    loaded["employment_goals"]["long_term"]["monthly_earnings"] = Decimal(
        str(loaded["employment_goals"]["long_term"]["monthly_earnings"]))
    assert loaded == expected


def test_each_value_says_its_page_and_how_sure_the_reader_is():
    text = plan_yaml(hand_read(), source="other-en.pdf", today=dt.date(2026, 7, 1))
    lines = {line.split(":")[0].strip(): line for line in text.splitlines()}
    en_line = next(line for line in text.splitlines() if "Harborlight" in line)
    assert en_line.endswith("# p.1, sure (0.95); label 'EN name'")
    assert "# p.2, likely (0.70); right of the label" in lines["monthly_earnings"]
    assert "# p.3, unsure: confirm on the page (0.40)" in text
    assert "# Confirm follow_up: a sentence about contact, no frequency read" in text
    assert "# Not found on the pages:" in text and "work history" in text
    assert "terms and conditions" not in text.split("# Not found on the pages:")[1].split("\n")[0]


def test_the_ssn_is_only_the_value_never_a_comment():
    text = plan_yaml(hand_read(), source="other-en.pdf")
    ssn_lines = [line for line in text.splitlines() if SSN in line]
    assert len(ssn_lines) == 1
    assert ssn_lines[0].strip().startswith(f"ssn: {SSN}  # p.1")
    assert "***-**-3456" in ssn_lines[0]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rendered")
    iwp.render_file(str(EXAMPLES / "complete-iwp.yaml"), out / "plan.pdf")
    return out / "plan.pdf"


def test_an_embedded_plan_is_extracted_whole_and_validates_as_its_source(rendered, tmp_path):
    [result] = iwp.extract_pdfs([str(rendered)], tmp_path)
    assert result.error is None and result.kind == "iwp"
    out = Path(result.output)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    codes = {f.code for f in validate_file(str(out)).findings}
    source = {f.code for f in validate_file(str(EXAMPLES / "complete-iwp.yaml")).findings}
    assert codes == source


def test_a_form_gives_its_fields_typed_and_the_rest_goes_on(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a pdf")
    inputs = [str(PDFS / "form_filled.pdf"), str(broken), str(PDFS / "not_iwp_invoice.pdf")]
    results = extract_pdfs(inputs, tmp_path / "out", ExtractOptions(ocr=False))
    form, bad, invoice = results
    assert form.error is None
    data = yaml.safe_load(Path(form.output).read_text())
    assert data["employment_goals"]["short_term"]["target_date"] == dt.date(2026, 10, 31)
    assert data["employment_goals"]["short_term"]["monthly_earnings"] == 1768.0
    assert form.values >= 20 and "en information" not in form.missing
    assert bad.error.startswith(str(broken)) and "\n" not in bad.error
    assert "Traceback" not in bad.error
    assert invoice.error.startswith(str(PDFS / "not_iwp_invoice.pdf"))
    assert "not an IWP" in invoice.error
    assert sorted(os.listdir(tmp_path / "out")) == ["form_filled.yaml"]


def test_two_pdfs_with_one_name_get_two_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "plan.pdf").write_bytes((PDFS / "form_filled.pdf").read_bytes())
    results = extract_pdfs([str(tmp_path / "a" / "plan.pdf"), str(tmp_path / "b" / "plan.pdf")],
                           tmp_path / "out")
    assert [Path(r.output).name for r in results] == ["plan.yaml", "plan-2.yaml"]


def test_cli_prints_one_line_per_file_and_fails_when_one_fails(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["extract", str(PDFS / "form_filled.pdf"), str(PDFS / "not_iwp_invoice.pdf"),
              "-o", str(tmp_path)])
    assert done.value.code == 1
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and "form_filled.pdf: iwp," in out
    assert err.count("\n") == 1 and "not_iwp_invoice.pdf: not an IWP" in err
    assert "945-67-8123" not in out + err
