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
from iwp.plan.rules import REGISTRY
from iwp.plan.validate import ValidationOptions, validate_data

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
    from iwp.plan.rules.facts import sentences

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
    import iwp.plan.rules as package

    for module in Path(package.__file__).parent.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert "date.today(" not in source and "datetime.now(" not in source, module.name


def test_rule_modules_hold_no_earnings_figures() -> None:
    # SGA and TWL live in iwp/data/thresholds.yaml; no yearly amount may appear in code.
    import iwp.plan.rules as package

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


# --- issue 13: the rules say what the EN Guide says ---------------------------------------

def _findings(name: str, code: str, **options: str) -> list:
    result = _validate(RULE_PLANS / f"{name}.yaml", options, RULE_PLANS.parents[3].parent
                       / "shared" / "plan-format")
    return [f for f in result.findings if f.code == code]


def test_derived_monthly_earnings_are_judged_and_said_to_be_derived() -> None:
    # Item 1: 20 hours at $10.00 is about $866.67 a month; the message says how it was found.
    [finding] = _findings("IWP405-hours-and-wage-without-monthly", "IWP405")
    assert finding.path == "employment_goals.short_term.monthly_earnings"
    assert "about $866.67 a month, worked out from 20 hours a week at $10.00 an hour because " \
           "no monthly amount is given" in finding.message
    [finding] = _findings("IWP404-hours-and-wage-without-monthly", "IWP404")
    assert "about $1,560.00 a month, worked out from 40 hours a week at $9.00" in finding.message


def test_one_function_derives_monthly_earnings_everywhere() -> None:
    # The text-layer reader of the check stage and the renderer both derive monthly
    # earnings from hours x wage; neither may carry its own copy of the arithmetic.
    import iwp.check.textlayer
    import iwp.document.render

    assert domain.monthly_from_hourly(Decimal("10.00"), Decimal(20)) == Decimal("866.67")
    assert domain.monthly_from_hourly("16.50", "20") == Decimal("1430.00")
    for module in (iwp.check.textlayer, iwp.document.render):
        assert "monthly_from_hourly" in inspect.getsource(module)
        assert "52 / 12" not in inspect.getsource(module)


def test_fully_signed_on_is_the_last_signature_of_every_signer(reference_plan: Path) -> None:
    # Item 2: representative 06-09, EN 06-11, Ticketholder 06-20: fully signed on 06-20.
    from iwp.plan.models import Plan
    from iwp.plan.rules.facts import fully_signed_on

    data = _reference_data(reference_plan)
    data["signatures"]["ticketholder_representative"] = {
        "name": "Rosa Quenby", "relationship": "Sister", "method": "wet", "date": "2026-06-09"}
    data["signatures"]["ticketholder"]["date"] = "2026-06-20"
    assert fully_signed_on(Plan.model_validate(data)) == dt.date(2026, 6, 20)
    data["submission"]["submitted_on"] = "2026-07-08"  # 18 days after the last signature
    result = validate_data(data, "plan.yaml", ValidationOptions(today=TODAY))
    [late] = [f for f in result.findings if f.code == "IWP701"]
    assert "18 days after it was fully signed on 2026-06-20" in late.message
    data["signatures"]["ticketholder"] = {"method": "pending", "date": None}
    assert fully_signed_on(Plan.model_validate(data)) is None  # someone still to sign


def test_vr_closure_gap_counts_to_the_last_signature(reference_plan: Path) -> None:
    # Item 2 for IWP704: closed 2026-03-01, EN 06-11 (102 days), Ticketholder 06-20 (111).
    data = _reference_data(reference_plan)
    data["partnership_plus"]["vr_case_closed"] = "2026-03-01"
    data["signatures"]["ticketholder_representative"] = {
        "name": "Rosa Quenby", "relationship": "Sister", "method": "wet", "date": "2026-06-09"}
    data["signatures"]["ticketholder"]["date"] = "2026-06-20"
    data["submission"]["submitted_on"] = "2026-06-30"
    result = validate_data(data, "plan.yaml", ValidationOptions(today=TODAY))
    [gap] = [f for f in result.findings if f.code == "IWP704"]
    assert gap.message.startswith("The plan was signed 111 days after the VR case closed")


def test_follow_up_wording_follows_the_guide(reference_plan: Path) -> None:
    # Item 3: monthly through the end of the Phase 1 milestones, quarterly from Phase 2.
    [term] = [item for item in domain.terms()["items"] if item["number"] == 14]
    words = " ".join(term["text"].split())
    assert "initial job acquisition phase" in words and "Phase 1 milestones" in words
    assert "ongoing support phase" in words and "Phase 2 milestones" in words
    assert "look for work" not in words and "once I am working" not in words
    [finding] = _findings("IWP506-initial-follow-up-quarterly", "IWP506")
    assert "initial job acquisition phase (through the end of the Phase 1 milestones)" \
        in finding.message
    template = (Path(domain.__file__).parents[1] / "templates" / "iwp.html").read_text()
    assert "While looking for work" not in template and "Once working" not in template
    assert "Initial job acquisition phase (through the end of the Phase 1 milestones)" \
        in template


def test_month_ten_reminder_is_info_with_dollar_figures() -> None:
    # Item 4: allowed by 004:175, so a reminder only, with the amount rather than "TWL".
    [finding] = _findings("IWP406-twl-after-month-ten", "IWP406")
    assert finding.severity is Severity.INFO
    assert "This is allowed" in finding.message
    assert "$1,210.00 a month" in finding.message
    assert _findings("IWP406-month-12-already-earning", "IWP406") == []


def test_amendment_goals_are_measured_from_the_original() -> None:
    # Item 5: the clock is the original IWP's, and the message says so.
    [finding] = _findings("IWP402-amendment-short-term-after-original-window", "IWP402")
    assert finding.severity is Severity.WARNING
    assert "more than 18 months after the original IWP was signed on 2026-06-11" \
        in finding.message
    assert "plan starts" not in finding.message
    assert _findings("IWP401-amendment-services-only", "IWP401") == []


def test_training_message_names_the_goal_that_needs_it() -> None:
    # Item 6: compared with the long-term goal, not the end of the 18 months.
    [finding] = _findings("IWP411-short-term-training-after-long-term-goal", "IWP411")
    assert "after the long-term goal's target date (2029-06-30)" in finding.message


def test_mail_only_contact_is_a_warning_that_explains() -> None:
    # Item 7: letters are two-way contact (004:219).
    [finding] = _findings("IWP102-ticketholder-mail-only", "IWP102")
    assert finding.severity is Severity.WARNING
    assert "Letters count as two-way contact" in finding.message


def test_statement_of_understanding_needs_its_substance(reference_plan: Path) -> None:
    # Item 8 (004:234).
    [finding] = _findings("IWP607-statement-i-have-read-this-plan", "IWP607")
    assert "will provide the services and supports" in finding.message
    assert "financially self-sufficient" in finding.message
    data = _reference_data(reference_plan)
    data["statement_of_understanding"] = (
        "I understand that Harborlight will give me the supports in this plan so that I can "
        "earn enough to support myself and leave cash benefits.")
    assert _codes(data) == []


def test_custom_terms_are_read_for_substance_placeholders_and_charges() -> None:
    # Item 9: numbering alone, "Term 3 text." and a fee.
    [finding] = _findings("IWP608-custom-terms-numbered-only", "IWP608")
    assert "(4) The EN may not ask for or accept payment from the Ticketholder" \
        in finding.message
    [finding] = _findings("IWP601-custom-term-placeholder", "IWP601")
    assert 'Term 3 (Services the Employment Network provides) is a placeholder ("Term 3 ' \
           'text.")' in finding.message
    [finding] = _findings("IWP609-custom-term-charges-a-fee", "IWP609")
    assert '"We may charge you a monthly program fee."' in finding.message
    assert "411.465(a)(4)" in finding.message
    assert _findings("IWP609-custom-term-charges-a-fee", "IWP608") == []  # said once


def test_training_service_needs_type_enrollment_and_completion() -> None:
    # Item 10 (004:175).
    [finding] = _findings("IWP507-training-service-without-specifics", "IWP507")
    assert finding.severity is Severity.ERROR
    assert finding.message.startswith(
        "The training service does not say the type of training, education or certification, "
        "whether the Ticketholder enrolls part-time or full-time or the expected completion "
        "date;")
    [finding] = _findings("IWP507-training-service-without-enrollment", "IWP507")
    assert finding.severity is Severity.WARNING  # a short course may have no enrollment
    assert finding.message.startswith("The training service does not say whether the "
                                      "Ticketholder enrolls part-time or full-time;")


def test_blind_ticketholder_without_benefits_is_not_silent() -> None:
    # Item 11: the warning gives both amounts.
    [finding] = _findings("IWP106-blind-without-benefits", "IWP106")
    assert "$2,500.00 a month" in finding.message and "$2,830.00 a month" in finding.message
    assert "$1,690.00" in finding.message
    [finding] = _findings("IWP404-amendment-alone-blind-ssdi", "IWP404")
    assert "$2,830.00 a month" in finding.message


def test_amendment_with_its_original_uses_the_originals_blind_flag(
        reference_plan: Path, reference_amendment: Path, tmp_path: Path) -> None:
    plan = yaml.safe_load(reference_plan.read_text(encoding="utf-8"))
    plan["ticketholder"]["statutorily_blind"] = True
    amendment = yaml.safe_load(reference_amendment.read_text(encoding="utf-8"))
    amendment["employment_goals"]["long_term"].update(hourly_wage=None, monthly_earnings=3000)
    paths = []
    for name, data in (("plan.yaml", plan), ("amendment.yaml", amendment)):
        paths.append(tmp_path / name)
        paths[-1].write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = validate_paths([str(p) for p in paths], ValidationOptions(today=TODAY))[1]
    assert [f.code for f in result.findings if f.severity is not Severity.INFO] == []
    amendment["employment_goals"]["long_term"]["monthly_earnings"] = 2800
    paths[1].write_text(yaml.safe_dump(amendment, sort_keys=False), encoding="utf-8")
    result = validate_paths([str(p) for p in paths], ValidationOptions(today=TODAY))[1]
    assert [f.code for f in result.findings if f.severity is Severity.ERROR] == ["IWP404"]


def test_short_term_goal_below_current_earnings() -> None:
    # Item 12 (004:170-171): the message names the job and the amount.
    [finding] = _findings("IWP412-short-term-below-current-earnings", "IWP412")
    assert "$1,430.00 a month" in finding.message
    assert "($1,600.00 a month in the work history: job 1, Millbrook Grocers)" \
        in finding.message


def test_wrong_list_value_is_named_with_its_place() -> None:
    # Item 13: not "`0` must be one of ...", and the rules still run on the rest.
    result = _validate(RULE_PLANS / "IWP013-benefit-typo.yaml", {}, Path())
    [finding] = [f for f in result.findings if f.code == "IWP013"]
    assert finding.message == ("Item 1 of `ticketholder.benefits` is `ssdl`, which is not "
                               "allowed; it must be one of 'ssdi' or 'ssi'.")
    assert finding.where == "Part One, Ticketholder"
    assert "IWP100" in {f.code for f in result.findings}


@pytest.mark.parametrize(("path", "kind", "where"), [
    ("follow_up.initial_phase", "iwp", "Part Two, Section 4, follow-up contact"),
    ("services.2.description", "iwp", "Part Two, Section 4, service 3"),
    ("work_history.jobs.0.monthly_earnings", "iwp", "Part Two, Section 2, recent work history, "
                                                    "job 1"),
    ("employment_goals.long_term.training.provider", "iwp",
     "Part Two, Section 3, long-term goal, education or training"),
    ("signatures.en_representative.date", "iwp",
     "Part Three, Employment Network representative's signature"),
    ("employment_goals.short_term.target_date", "amendment", "Amendment, revised short-term goal"),
    ("reason", "amendment", "Amendment, reason for the amendment"),
    ("no_such_key", "iwp", ""),
])
def test_form_place_names_where_on_the_printed_form(path: str, kind: str, where: str) -> None:
    # Item 14.
    assert domain.form_place(path, kind) == where


def test_findings_carry_the_form_place_in_json_and_text() -> None:
    from iwp.report import finding_line

    [finding] = _findings("IWP506-initial-follow-up-quarterly", "IWP506")
    assert finding.path == "follow_up.initial_phase"
    assert finding.to_dict()["where"] == "Part Two, Section 4, follow-up contact"
    assert " error IWP506 [Part Two, Section 4, follow-up contact] Follow-up in the initial" \
        in finding_line(finding)


def test_unpublished_year_is_explained_in_plain_words() -> None:
    # Item 15: no "uses the 2026 figures, the latest listed".
    [finding] = _findings("IWP408-part-time-below-sga", "IWP408")
    assert "SGA for 2029 is not published yet, so 2026's $1,690.00 is used as a minimum" \
        in finding.message
    assert "latest listed" not in finding.message


def test_one_typo_is_reported_once(flawed_plan: Path) -> None:
    # Item 16: `phon:` gives IWP011 only, not also IWP102 and IWP103.
    result = validate_paths([str(flawed_plan)], ValidationOptions(today=TODAY))[0]
    codes = [f.code for f in result.findings if f.path.startswith("ticketholder.")]
    assert "IWP011" in codes and "IWP102" not in codes and "IWP103" not in codes
    assert [f.code for f in _findings("IWP011-phone-key-typo", "IWP011")] == ["IWP011"]


@pytest.fixture()
def flawed_plan() -> Path:
    return Path(__file__).resolve().parents[1] / "examples" / "flawed" / "flawed-plan.yaml"


def test_a_required_key_typed_wrong_is_one_finding(reference_plan: Path) -> None:
    # Item 16 for a whole section: `discusion:` is IWP011 only, not also "discussion is
    # missing" (IWP010) and not every discussion rule on the emptied section.
    data = _reference_data(reference_plan)
    data["discusion"] = data.pop("discussion")
    result = validate_data(data, "plan.yaml", ValidationOptions(today=TODAY))
    assert [(f.code, f.path) for f in result.findings if f.code != "IWP100"] == [
        ("IWP011", "discusion")]
    [typo] = [f for f in result.findings if f.code == "IWP011"]
    assert typo.message.endswith("did you mean `discussion`?")


@pytest.mark.parametrize(("sentence", "charges"), [
    ("We may charge you a monthly program fee.", True),
    ("Participants pay a $25 enrollment fee to Harborlight.", True),
    ("You agree to pay us $50 a month for job coaching.", True),
    ("You will not be charged for any services.", False),
    ("There may be fees for the GED exam, which we will pay.", False),
    ("Milestone fees are paid by SSA.", False),
    ("I will give pay stubs to the Employment Network.", False),
    ("Your GED fee is covered by the Employment Network.", False),
])
def test_charge_detection(sentence: str, charges: bool, reference_plan: Path) -> None:
    # Item 9: IWP609 flags a charge to the Ticketholder, not a mention of money.
    data = _reference_data(reference_plan)
    data["terms_and_conditions"]["additional"] = [sentence]
    assert ("IWP609" in _codes(data)) is charges


@pytest.mark.parametrize("statement", [
    "I choose to work with Harborlight. Harborlight will help me find a job so that I can "
    "become financially independent.",
    "I understand that Harborlight will provide job coaching and other supports to help me "
    "earn enough to leave SSDI cash benefits.",
])
def test_statement_in_an_ens_own_words_passes(statement: str, reference_plan: Path) -> None:
    # Item 8: the substance, not our exact words.
    data = _reference_data(reference_plan)
    data["statement_of_understanding"] = statement
    assert _codes(data) == []


def test_a_long_term_goal_with_no_target_date_is_still_judged_against_sga() -> None:
    # A plan read from a PDF may give no target date. SGA never falls, so earnings below the
    # amount of the plan's own year are below it in any year the goal could be reached.
    from iwp.plan.validate import ValidationOptions, validate_data

    data = yaml.safe_load((RULE_PLANS / "IWP404-long-term-below-sga.yaml").read_text())
    del data["employment_goals"]["long_term"]["target_date"]
    result = validate_data(data, name="no-target.yaml",
                           options=ValidationOptions(today=TODAY, stage="draft"))
    codes = {f.code for f in result.findings}
    assert {"IWP401", "IWP404"} <= codes
    data["employment_goals"]["long_term"]["monthly_earnings"] = 3000
    result = validate_data(data, name="no-target.yaml",
                           options=ValidationOptions(today=TODAY, stage="draft"))
    assert "IWP404" not in {f.code for f in result.findings}
