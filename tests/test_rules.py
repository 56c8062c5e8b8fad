"""The compliance rule pack: every rule fires on its own test plan, and only there.

Each file in tests/data/plans/rules/ is the reference plan (or amendment) with one thing
changed; its ``# expect:`` lines name the exact code, severity and path of every finding it
must produce (IWP100, the fictional SSN, aside), or ``# expect: clean`` for a legitimate
plan that a rule once flagged by mistake; ``# options:`` gives the --today, --stage or
original plan to use.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from iwp import domain
from iwp.findings import Severity
from iwp.pipeline import validate_paths
from iwp.rules import REGISTRY
from iwp.validate import ValidationOptions, validate_data

RULE_PLANS = Path(__file__).resolve().parent / "data" / "plans" / "rules"
TODAY = dt.date(2026, 11, 22)  # the date the expectations were written for
PLAN_FILES = sorted(RULE_PLANS.glob("*.yaml"))


def _header(path: Path) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    expected = [tuple(m) for m in re.findall(r"^# expect: (\S+) (\S+) (\S+)$", text, re.MULTILINE)]
    if re.search(r"^# expect: clean$", text, re.MULTILINE):
        expected.append(("clean", "", ""))
    options: dict[str, str] = {}
    for line in re.findall(r"^# options: (.*)$", text, re.MULTILINE):
        options.update(item.split("=", 1) for item in line.split())
    return sorted(expected), options


def _validate(path: Path, options: dict[str, str], shared: Path):
    paths = [str(path)]
    if "original" in options:
        paths.insert(0, str(shared / f"{options['original']}.yaml"))
    today = dt.date.fromisoformat(options.get("today", TODAY.isoformat()))
    run = ValidationOptions(today=today, stage=options.get("stage", "draft"))
    return validate_paths(paths, run)[-1]


def _serious(result) -> list[tuple[str, str, str]]:
    return sorted((f.code, f.severity.value, f.path) for f in result.findings
                  if f.severity is not Severity.INFO)


def _reported(result) -> list[tuple[str, str, str]]:
    """Every finding but IWP100 (the fictional SSN every test plan has)."""
    return sorted((f.code, f.severity.value, f.path) for f in result.findings
                  if f.code != "IWP100")


@pytest.mark.parametrize("path", PLAN_FILES, ids=[p.stem for p in PLAN_FILES])
def test_rule_plan_triggers_exactly_its_findings(path: Path, reference_plan: Path) -> None:
    expected, options = _header(path)
    assert expected, f"{path.name} has no # expect: line"
    result = _validate(path, options, reference_plan.parent)
    if ("clean", "", "") in expected:
        assert expected == [("clean", "", "")], f"{path.name}: clean and findings"
        expected = []
    assert _reported(result) == expected


def test_every_rule_has_a_test_plan() -> None:
    # A rule is covered by a plan that triggers it, not by a clean plan named after it.
    covered = {p.name.split("-")[0] for p in PLAN_FILES
               if ("clean", "", "") not in _header(p)[0]}
    missing = sorted(set(REGISTRY) - covered - {"IWP100"})  # IWP100: the reference plans
    assert missing == []


@pytest.mark.parametrize("today", [TODAY, None], ids=["2026-11-22", "real-date"])
def test_reference_plan_and_amendment_have_no_errors_or_warnings(
        reference_plan: Path, reference_amendment: Path, today: dt.date | None) -> None:
    results = validate_paths([str(reference_plan), str(reference_amendment)],
                             ValidationOptions(today=today))
    for result in results:
        assert [(f.code, f.severity, f.path) for f in result.findings] == [
            ("IWP100", Severity.INFO, "ticketholder.ssn")]


def test_reference_plan_is_clean_at_submission_stage(reference_plan: Path) -> None:
    result = validate_paths([str(reference_plan)],
                            ValidationOptions(today=TODAY, stage="submission"))[0]
    assert _serious(result) == []


def test_five_mistakes_are_five_findings_at_their_line_and_column() -> None:
    result = _validate(RULE_PLANS / "five-mistakes.yaml", {}, Path())
    found = [(f.line, f.column, f.code) for f in result.findings if f.code != "IWP100"]
    assert found == [(13, 3, "IWP101"), (60, 3, "IWP201"), (113, 5, "IWP404"),
                     (133, 3, "IWP501"), (194, 3, "IWP701")]


def test_long_term_below_sga_message() -> None:
    # Dollar figures first (004:97), and a year not published yet says so in plain words.
    result = _validate(RULE_PLANS / "IWP404-long-term-below-sga.yaml", {}, Path())
    [finding] = [f for f in result.findings if f.code == "IWP404"]
    assert finding.message == (
        "The long-term goal's earnings ($1,500.00 a month) are below $1,690.00 a month (the "
        "amount for Substantial Gainful Activity; SGA for 2029 is not published yet, so "
        "2026's $1,690.00 is used as a minimum), the level at which a Ticketholder can leave "
        "cash benefits. Raise the goal to at least $1,690.00 a month (more hours or a "
        "better-paid job), so the plan leads to financial self-sufficiency.")
    assert finding.source == "EN Guide (seed 004), Part Two Section 3 (004:184); domain.md §3.1"
    assert finding.where == "Part Two, Section 3, long-term goal"


def _reference_data(reference_plan: Path) -> dict:
    return yaml.safe_load(reference_plan.read_text(encoding="utf-8"))


def _codes(data: dict, today: dt.date = TODAY, stage: str = "draft") -> list[str]:
    result = validate_data(data, "plan.yaml", ValidationOptions(today=today, stage=stage))
    return [f.code for f in result.findings if f.severity is not Severity.INFO]


def test_blind_ssdi_uses_the_blind_sga_amount(reference_plan: Path) -> None:
    data = _reference_data(reference_plan)
    data["ticketholder"]["statutorily_blind"] = True
    assert _codes(data) == []  # $3,120 a month is above the blind amount too
    data["employment_goals"]["long_term"].update(hourly_wage=None, monthly_earnings=2500)
    result = validate_data(data, "plan.yaml", ValidationOptions(today=TODAY))
    [finding] = [f for f in result.findings if f.code == "IWP404"]
    assert "below $2,830.00 a month (the amount for Substantial Gainful Activity by a blind " \
        "SSDI beneficiary" in finding.message


def test_blind_amount_is_for_ssdi_only(reference_plan: Path) -> None:
    data = _reference_data(reference_plan)
    data["ticketholder"].update(statutorily_blind=True, benefits=["ssi"])
    data["employment_goals"]["long_term"].update(hourly_wage=None, monthly_earnings=2500)
    assert _codes(data) == []  # $2,500 is above the non-blind SGA that applies to SSI


def test_goal_in_a_listed_year_uses_that_years_figures(reference_plan: Path) -> None:
    data = _reference_data(reference_plan)
    data["employment_goals"]["short_term"].update(hourly_wage=None, monthly_earnings=1200)
    result = validate_data(data, "plan.yaml", ValidationOptions(today=TODAY))
    [finding] = [f for f in result.findings if f.code == "IWP405"]
    assert "below $1,210.00 a month (the 2026 amount for the Trial Work Level, TWL)" \
        in finding.message
    assert domain.thresholds(2026).twl == Decimal(1210)


def test_unsent_plan_warns_only_near_the_deadline(reference_plan: Path) -> None:
    data = _reference_data(reference_plan)
    data["submission"]["submitted_on"] = None  # signed 2026-06-11, due 2026-06-25
    assert _codes(data, today=dt.date(2026, 6, 21)) == []
    assert _codes(data, today=dt.date(2026, 6, 22)) == ["IWP702"]
    result = validate_data(data, "plan.yaml", ValidationOptions(today=dt.date(2026, 6, 22)))
    assert "by 2026-06-25 (3 days from 2026-06-22)" in result.findings[-1].message


def test_pending_signature_is_an_error_only_for_submission(reference_plan: Path) -> None:
    data = _reference_data(reference_plan)
    data["signatures"]["ticketholder"] = {"method": "pending", "date": None}
    data["submission"] = None
    draft = validate_data(data, "p.yaml", ValidationOptions(today=TODAY))
    final = validate_data(data, "p.yaml", ValidationOptions(today=TODAY, stage="submission"))
    assert [(f.code, f.severity) for f in draft.findings if f.code == "IWP605"] == [
        ("IWP605", Severity.WARNING)]
    assert [(f.code, f.severity) for f in final.findings if f.code == "IWP605"] == [
        ("IWP605", Severity.ERROR)]


def test_custom_terms_covering_all_items_pass(reference_plan: Path) -> None:
    # The EN's own wording of every item, with the substance of each 411.465(a) statement.
    data = _reference_data(reference_plan)
    data["terms_and_conditions"] = {"standard": "custom", "custom": [
        {"number": item["number"], "text": "In our words: " + item["text"]}
        for item in domain.terms()["items"]]}
    assert _codes(data) == []


def test_built_in_terms_state_the_substance_of_every_cfr_statement(reference_plan: Path
                                                                   ) -> None:
    # The patterns IWP608 looks for accept the built-in wording, item by item.
    from iwp.rules.facts import sentences

    data = domain.terms()
    for number, groups in data["cfr_substance"].items():
        items = [item for item in data["items"] if number in item["cfr"]]
        assert any(all(any(re.search(p, sentence, re.IGNORECASE) for p in group)
                       for group in groups)
                   for item in items for sentence in sentences(item["text"])), number
        for item in data["items"]:  # and none of them reads as a charge (IWP609)
            for sentence in sentences(item["text"]):
                assert not any(re.search(p, sentence, re.IGNORECASE)
                               for p in data["charge_patterns"]) or re.search(
                    data["charge_negations"], sentence, re.IGNORECASE), sentence


def test_built_in_terms_cover_all_ten_cfr_statements() -> None:
    terms = domain.terms()
    assert [item["number"] for item in terms["items"]] == list(range(1, 16))
    covered = {c for item in terms["items"] for c in item["cfr"]}
    assert covered == set(terms["cfr_statements"]) == set(range(1, 11))


def test_amendment_validated_alone_skips_the_cross_check(reference_amendment: Path) -> None:
    data = yaml.safe_load(reference_amendment.read_text(encoding="utf-8"))
    data["amends"]["plan_id"] = "HEP-2026-9999"
    assert _codes(data) == []  # without the original there is nothing to compare


def test_amendment_for_another_ticketholder(reference_plan: Path, reference_amendment: Path,
                                            tmp_path: Path) -> None:
    data = yaml.safe_load(reference_amendment.read_text(encoding="utf-8"))
    data["ticketholder"]["ssn"] = "900-00-0202"
    target = tmp_path / "amendment.yaml"
    target.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = validate_paths([str(reference_plan), str(target)],
                            ValidationOptions(today=TODAY))[1]
    [finding] = [f for f in result.findings if f.code == "IWP755"]
    assert finding.path == "ticketholder.ssn"
    assert "0202" not in finding.message and "0101" not in finding.message


def test_every_rule_is_documented_in_its_registration() -> None:
    for code, registered in REGISTRY.items():
        assert re.fullmatch(r"IWP[1-7]\d\d", code)
        assert registered.title and registered.source, code
        assert len(registered.description.split()) >= 12, code


def test_rules_never_read_the_clock() -> None:
    import iwp.rules as package

    for module in Path(package.__file__).parent.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert "date.today(" not in source and "datetime.now(" not in source, module.name


def test_rule_modules_hold_no_earnings_figures() -> None:
    # SGA and TWL live in iwp/data/thresholds.yaml; no yearly amount may appear in code.
    import iwp.rules as package

    amounts = {str(v) for row in yaml.safe_load(
        (Path(domain.__file__).parent / "data" / "thresholds.yaml").read_text())["years"]
        .values() for v in row.values()}
    for module in Path(package.__file__).parent.glob("*.py"):
        numbers = set(re.findall(r"\b\d{3,4}\b", inspect.cleandoc(module.read_text())))
        assert not numbers & amounts, (module.name, numbers & amounts)


def _leaf_paths(data, prefix=()):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaf_paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaf_paths(value, (*prefix, index))
    if prefix:
        yield prefix


@pytest.mark.parametrize("which", ["reference_plan", "reference_amendment"])
def test_rules_survive_any_value_left_empty(which: str, request: pytest.FixtureRequest) -> None:
    # The model lets most values be empty on purpose; no rule may then crash.
    path = request.getfixturevalue(which)
    original = yaml.safe_load(path.read_text(encoding="utf-8"))
    for leaf in _leaf_paths(original):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        target = data
        for part in leaf[:-1]:
            target = target[part]
        target[leaf[-1]] = None
        validate_data(data, "plan.yaml", ValidationOptions(today=TODAY))
