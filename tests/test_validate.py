"""Step 2 - validate: structural findings, their codes, locations and messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from iwp.findings import Severity
from iwp.plan.load import load_bytes
from iwp.plan.models import Plan, normalize_ssn
from iwp.pipeline import validate_paths
from iwp.plan.validate import ValidationOptions, validate_document, validate_file

TODAY = ValidationOptions(today=dt.date(2026, 11, 22))


def edited(reference_plan: Path, edit) -> str:
    """The reference plan's text with ``edit`` applied to its data (positions are lost)."""
    data = yaml.safe_load(reference_plan.read_text())
    edit(data)
    return yaml.safe_dump(data, sort_keys=False)


def validate_text(text: str, options: ValidationOptions = TODAY):
    return validate_document(load_bytes(text.encode(), "plan.yaml"), options)


@pytest.mark.parametrize("options", [TODAY, ValidationOptions()], ids=["fixed-today", "real-today"])
def test_reference_documents_have_no_errors_or_warnings(reference_plan: Path,
                                                        reference_amendment: Path,
                                                        options: ValidationOptions) -> None:
    for result in validate_paths([str(reference_plan), str(reference_amendment)], options):
        bad = [f for f in result.findings if f.severity is not Severity.INFO]
        assert result.model is not None and result.valid, result.findings
        assert bad == [], [f"{f.code} {f.path} {f.message}" for f in bad]


def test_reference_plan_builds_the_model(reference_plan: Path) -> None:
    model = validate_file(str(reference_plan), TODAY).model
    assert isinstance(model, Plan)
    assert model.ticketholder.ssn == "900-00-0101"
    assert str(model.employment_goals.long_term.monthly_earnings) == "3120.00"
    assert model.discussion.date == dt.date(2026, 6, 9)


def test_five_mistakes_give_five_located_findings() -> None:
    text = """\
schema_version: 1
kind: iwp
employment_network:
  name: Harborlight
  phonne: "(614) 555-0100"
ticketholder:
  ssn: "900-12-345a"
  preferred_contact: fax
discussion:
  date: 2026-02-30
work_history: {}
employment_goals:
  long_term:
    hours_per_week: lots
signatures: {}
"""
    structural = [f for f in validate_text(text).findings if f.code < "IWP100"]
    got = sorted((f.line, f.column, f.code, f.path) for f in structural)
    assert got == [
        (5, 3, "IWP011", "employment_network.phonne"),
        (7, 3, "IWP015", "ticketholder.ssn"),
        (8, 3, "IWP013", "ticketholder.preferred_contact"),
        (10, 3, "IWP014", "discussion.date"),
        (14, 5, "IWP012", "employment_goals.long_term.hours_per_week"),
    ]


def test_unknown_key_suggests_the_right_one() -> None:
    finding = next(f for f in validate_text(
        "schema_version: 1\nkind: iwp\nemployment_network: {pidd: x}\n").findings
        if f.code == "IWP011")
    assert finding.message == "`pidd` is not a key of employment_network; did you mean `pid`?"


def test_missing_kind_and_wrong_version() -> None:
    assert [f.code for f in validate_text("schema_version: 1\n").findings] == ["IWP010"]
    finding = validate_text("schema_version: 7\nkind: iwp\n").findings[0]
    assert (finding.code, finding.path, finding.line) == ("IWP020", "schema_version", 1)


@pytest.mark.parametrize("ssn, normal", [("900000101", "900-00-0101"),
                                         ("912 45 6789", "912-45-6789"),
                                         ("987 65 4320", "987-65-4320")])
def test_ssn_normalises(ssn: str, normal: str) -> None:
    assert normalize_ssn(ssn) == normal


# Numbers SSA never issues: area 000 or 666, group 00 or serial 0000 (below area 900).
# They are put together from their parts here, so that no test file holds a whole number
# below the 900 area; only the never-issued parts make them impossible.
NEVER_ISSUED = ["-".join(parts) for parts in (("000", "12", "3456"), ("666", "12", "3456"),
                                              ("123", "00", "4567"), ("123", "45", "0000"))]


@pytest.mark.parametrize("ssn", [*NEVER_ISSUED, "12-345-678", "900-12-345a"])
def test_impossible_ssn_is_refused_without_echoing_it(ssn: str) -> None:
    findings = validate_text(f'schema_version: 1\nkind: iwp\nticketholder: {{ssn: "{ssn}"}}\n'
                             ).findings
    finding = next(f for f in findings if f.path == "ticketholder.ssn")
    assert finding.code == "IWP015"
    assert ssn not in finding.message and ssn.replace("-", "") not in finding.message


def test_money_must_be_finite_and_in_cents(reference_plan: Path) -> None:
    def edit(data):
        data["employment_goals"]["long_term"]["monthly_earnings"] = ".nan"
        data["employment_goals"]["short_term"]["hourly_wage"] = "16.555"
    text = edited(reference_plan, edit).replace("'.nan'", ".nan")
    codes = {(f.path, f.code) for f in validate_text(text).findings if f.code < "IWP100"}
    assert codes == {("employment_goals.long_term.monthly_earnings", "IWP016"),
                     ("employment_goals.short_term.hourly_wage", "IWP016")}


def test_service_must_belong_to_its_category(reference_plan: Path) -> None:
    text = edited(reference_plan, lambda d: d["services"][0].update(service="job_search"))
    finding = next(f for f in validate_text(text).findings if f.code == "IWP019")
    assert finding.path == "services.0.service"
    assert "career_planning" in finding.message and "benefits_counseling" in finding.message


def test_blank_template_values_mean_empty(reference_plan: Path) -> None:
    text = edited(reference_plan, lambda d: d["ticketholder"]["address"].update(zip="  "))
    result = validate_text(text)
    assert not [f for f in result.findings if f.code < "IWP100"]
    assert result.model.ticketholder.address.zip is None


def test_rules_still_run_when_the_structure_is_broken(reference_plan: Path) -> None:
    # The typo'd key is reported, and the rules still judge the rest of the plan.
    text = edited(reference_plan, lambda d: d["ticketholder"].update(phon="1"))
    codes = [f.code for f in validate_text(text).findings]
    assert "IWP011" in codes and "IWP100" in codes


def test_select_and_ignore_by_prefix(reference_plan: Path) -> None:
    text = edited(reference_plan, lambda d: d["ticketholder"].update(phon="1"))
    only = validate_text(text, ValidationOptions(today=TODAY.today, select=("IWP1",)))
    assert {f.code for f in only.findings} == {"IWP100"}
    without = validate_text(text, ValidationOptions(today=TODAY.today, ignore=("IWP100",)))
    assert "IWP100" not in {f.code for f in without.findings}


@pytest.mark.parametrize("kind", ["[iwp]", "{a: 1}", "7", "plan"])
def test_kind_that_is_not_iwp_or_amendment(kind: str) -> None:
    finding = validate_text(f"schema_version: 1\nkind: {kind}\n").findings[0]
    assert (finding.code, finding.path, finding.line) == ("IWP020", "kind", 2)
