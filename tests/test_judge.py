"""One judge: a plan read from the pages goes through the rule pack, component by component.

Each test hands the judge a small, hand-made :class:`ReadPlan` (what a reader would give for
one situation) and checks the component statuses, the verdict and where findings point.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from iwp.check import CheckOptions, CheckResult, ComponentStatus, check_parsed
from iwp.check import judge as judge_module
from iwp.check.plan import judge_plan
from iwp.plan.load import load_document
from iwp.read.parse import ParsedPdf, TextLine
from iwp.read.model import Evidence, ReadPlan

REFERENCE = Path("/work/shared/plan-format/reference-plan.yaml")
if not REFERENCE.exists():  # a checkout without the shared folder
    REFERENCE = Path(__file__).parent.parent / "examples" / "reference-plan.yaml"
TODAY = dt.date(2026, 6, 12)
OPTIONS = CheckOptions(today=TODAY)
SEEN = {"terms_and_conditions": Evidence(page=4, label="Terms and Conditions"),
        "statement_of_understanding": Evidence(page=5, label="Statement of Understanding")}


@pytest.fixture(scope="module")
def reference() -> dict:
    data = load_document(str(REFERENCE)).data
    for key in ("schema_version", "kind", "plan_id", "submission", "terms_and_conditions",
                "statement_of_understanding"):
        data.pop(key, None)  # what a reader of the pages gives: no file-only keys
    return data


def read_plan(data: dict, **extra) -> ReadPlan:
    evidence = {
        "employment_network.name": Evidence(page=1, bbox=(72, 100, 300, 112), label="EN name"),
        "employment_goals.long_term.monthly_earnings": Evidence(
            page=2, bbox=(320, 400, 380, 412), label="Expected gross monthly earnings",
            score=0.9, how="right of the label"),
        "services.0.description": Evidence(page=3, bbox=(300, 200, 540, 212), label="How",
                                           score=0.8),
        "signatures.ticketholder.date": Evidence(page=5, bbox=(400, 600, 480, 612),
                                                 label="Date", score=0.9),
    }
    return ReadPlan(kind="iwp", data=data, evidence=evidence, components=dict(SEEN), **extra)


def judge(read: ReadPlan, options: CheckOptions = OPTIONS) -> CheckResult:
    parsed = ParsedPdf(path="other-en.pdf", page_count=5, source="text")
    result = CheckResult(name=parsed.path, source=parsed.source)
    judge_plan(read, parsed, result, options, whole=False)
    return result


def line(page: int, y: float, text: str) -> TextLine:
    return TextLine(page=page, y=y, text=text, segments=[(72.0, text)])


def statuses(result: CheckResult) -> dict[str, str]:
    return {name: status.status for name, status in result.components.items()}


def test_a_complete_read_plan_is_complete(reference):
    result = judge(read_plan(copy.deepcopy(reference)))
    assert set(statuses(result).values()) == {"present"}, statuses(result)
    assert result.verdict == "complete"
    assert result.components["en_information"].page == 1
    assert result.components["terms_and_conditions"].page == 4


def test_parts_the_reader_did_not_see_are_not_deficiencies(reference):
    data = copy.deepcopy(reference)
    for key in ("pid", "phone", "email", "address", "business_model"):
        data["employment_network"].pop(key)
    del data["employment_goals"]["long_term"]["target_date"]
    result = judge(read_plan(data))
    assert result.components["en_information"].status == "present"
    assert result.components["long_term_goal"].status == "present"
    assert result.verdict == "complete"
    assert not any(f.path.startswith("employment_network.") for f in result.findings)


def test_a_part_not_found_is_missing(reference):
    data = copy.deepcopy(reference)
    del data["employment_goals"]["short_term"]
    result = judge(read_plan(data))
    assert result.components["short_term_goal"].status == "missing"
    assert result.verdict == "incomplete"
    assert any(f.code == "IWP804" and f.path == "short_term_goal" for f in result.findings)


def test_terms_neither_read_nor_seen_are_missing(reference):
    read = read_plan(copy.deepcopy(reference))
    del read.components["terms_and_conditions"]
    result = judge(read)
    assert result.components["terms_and_conditions"].status == "missing"
    assert result.components["statement_of_understanding"].status == "present"


def test_a_long_term_goal_below_sga_is_deficient_and_points_at_its_place(reference):
    data = copy.deepcopy(reference)
    data["employment_goals"]["long_term"]["monthly_earnings"] = Decimal("900.00")
    data["employment_goals"]["long_term"]["hourly_wage"] = None
    result = judge(read_plan(data))
    status = result.components["long_term_goal"]
    assert status.status == "deficient"
    assert "SGA" in status.reason
    assert result.verdict == "incomplete"
    finding = next(f for f in result.findings
                   if f.path == "employment_goals.long_term.monthly_earnings")
    assert finding.page == 2
    assert finding.extra["bbox"] == [320, 400, 380, 412]
    assert finding.extra["label"] == "Expected gross monthly earnings"


def test_below_sga_without_a_target_date_read_is_still_deficient(reference):
    data = copy.deepcopy(reference)
    goal = data["employment_goals"]["long_term"]
    goal["monthly_earnings"], goal["hourly_wage"] = Decimal("900"), None
    del goal["target_date"]
    result = judge(read_plan(data))
    assert result.components["long_term_goal"].status == "deficient"


def test_a_service_marked_provided_with_an_empty_description_is_deficient(reference):
    data = copy.deepcopy(reference)
    data["services"][0]["description"] = ""
    result = judge(read_plan(data))
    assert result.components["services_and_supports"].status == "deficient"
    assert result.components["services_and_supports"].page == 3
    assert result.verdict == "incomplete"


def test_a_service_row_the_reader_could_not_name_is_still_judged(reference):
    data = copy.deepcopy(reference)
    data["services"] = [{"description": "", "provider": "Harborlight"}]
    result = judge(read_plan(data))
    assert result.components["services_and_supports"].status == "deficient"


def test_an_undated_signature_is_deficient(reference):
    data = copy.deepcopy(reference)
    data["signatures"]["ticketholder"]["date"] = None
    result = judge(read_plan(data))
    assert result.components["ticketholder_signature"].status == "deficient"
    assert result.verdict == "incomplete"


def test_a_signature_whose_date_was_read_in_part_needs_a_look_not_a_verdict(reference):
    data = copy.deepcopy(reference)
    del data["signatures"]["en_representative"]["date"]  # signed, no date read
    reason = "'02/12/202' by the signature caption on page 5 looks like a date read in part"
    result = judge(read_plan(data, doubts={"signatures.en_representative.date": reason}))
    status = result.components["en_signature"]
    assert (status.status, status.reason) == ("needs_review", reason)
    assert result.verdict == "needs_review"


def test_a_weak_read_is_needs_review_with_the_reason(reference):
    data = copy.deepcopy(reference)
    data["employment_goals"]["long_term"]["monthly_earnings"] = Decimal("900.00")
    data["employment_goals"]["long_term"]["hourly_wage"] = None
    reason = "two amounts on the line; the nearest to the label was taken"
    read = read_plan(data, doubts={"employment_goals.long_term.monthly_earnings": reason})
    result = judge(read)
    status = result.components["long_term_goal"]
    assert (status.status, status.reason, status.page) == ("needs_review", reason, 2)
    assert result.verdict == "needs_review"


def test_a_doubt_about_a_missing_component_is_not_a_confident_missing(reference):
    data = copy.deepcopy(reference)
    del data["follow_up"]
    read = read_plan(data, doubts={"follow_up": "a sentence about contact, no frequency read"})
    result = judge(read)
    assert result.components["follow_up"].status == "needs_review"
    assert result.verdict == "needs_review"


def test_a_heading_over_nothing_is_missing_when_nothing_else_of_it_was_read(reference):
    # The reader found the terms' heading with no words under it, and no terms anywhere:
    # what a missing section looks like (docx_no_terms.pdf, layout_a_no_terms.pdf).
    data = copy.deepcopy(reference)
    empty = "heading 'Part 3. Agreement' on page 2 has only 0 words under it"
    read = read_plan(data, doubts={"terms_and_conditions": empty})
    del read.components["terms_and_conditions"]  # not seen with its text
    result = judge(read)
    status = result.components["terms_and_conditions"]
    assert status.status == "missing" and status.reason.startswith(empty)
    assert result.verdict == "incomplete"
    # A few words under it may point elsewhere ("see item 15"): still a doubt.
    few = "heading 'Part 3. Agreement' on page 2 has only 5 words under it"
    read = read_plan(data, doubts={"terms_and_conditions": few})
    del read.components["terms_and_conditions"]
    assert judge(read).components["terms_and_conditions"].status == "needs_review"


def test_a_certain_defect_outweighs_a_doubt_elsewhere(reference):
    data = copy.deepcopy(reference)
    del data["employment_goals"]["short_term"]
    read = read_plan(data, doubts={"follow_up": "weak"})
    assert judge(read).verdict == "incomplete"


def test_a_date_relative_to_today_never_changes_the_verdict(reference):
    late = CheckOptions(today=dt.date(2031, 1, 1), stage="submission")
    result = judge(read_plan(copy.deepcopy(reference)), late)
    assert result.verdict == "complete"


def test_check_parsed_judges_what_the_reader_read(monkeypatch, reference):
    lines = [line(1, 700, "Individual Work Plan"),
             line(1, 680, "Ticketholder: Marisol Quenby"),
             line(1, 660, "Employment Network: Harborlight"),
             line(2, 700, "Long-term employment goal"),
             line(5, 700, "Ticketholder signature")]
    data = copy.deepcopy(reference)
    data["employment_goals"]["long_term"]["monthly_earnings"] = Decimal("900.00")
    data["employment_goals"]["long_term"]["hourly_wage"] = None
    monkeypatch.setattr(judge_module, "layout_reader", lambda: lambda parsed: read_plan(data))
    parsed = ParsedPdf(path="other-en.pdf", page_count=5, source="text", lines=lines)
    result = check_parsed(parsed, OPTIONS)
    assert result.document_type == "iwp"
    assert result.components["long_term_goal"].status == "deficient"
    assert result.to_dict()["document_evidence"]["title"] == 1


def test_check_parsed_stops_at_a_document_that_is_not_an_iwp(monkeypatch, reference):
    lines = [line(1, 700, "Plan for Achieving Self-Support"),
             line(1, 680, "Beneficiary: Marisol Quenby"),
             line(1, 660, "Your Employment Network and Ticket to Work")]
    monkeypatch.setattr(judge_module, "layout_reader",
                        lambda: lambda parsed: read_plan(copy.deepcopy(reference)))
    parsed = ParsedPdf(path="pass.pdf", page_count=1, source="text", lines=lines)
    result = check_parsed(parsed, OPTIONS)
    assert (result.verdict, result.document_type) == ("not_an_iwp", "not_an_iwp")
    assert result.components == {}
    assert any(f.code == "IWP807" and "Self-Support" in f.message for f in result.findings)


def test_a_service_row_ticked_no_is_not_part_of_the_plan(reference):
    data = copy.deepcopy(reference)
    data["services"] = [dict(service, provided=True) for service in data["services"]]
    data["services"].append({"category": "job_placement", "service": "job_accommodation",
                             "provided": False})
    assert judge(read_plan(data)).components["services_and_supports"].status == "present"
    for service in data["services"]:
        service["provided"] = False
    assert judge(read_plan(data)).components["services_and_supports"].status == "missing"


def test_a_bare_heading_is_not_a_filled_in_section(reference):
    data = copy.deepcopy(reference)
    del data["work_history"]
    read = read_plan(data)
    read.components["work_history"] = Evidence(page=2, score=0.7, how="heading printed")
    assert judge(read).components["work_history"].status == "missing"
    read.components["work_history"] = Evidence(page=2, score=0.85, how="heading, 40 words")
    assert judge(read).components["work_history"].status == "present"


def test_a_finding_about_a_kept_service_points_at_its_row_as_read(reference):
    data = copy.deepcopy(reference)
    data["services"].insert(0, {"category": "job_placement", "service": "job_search",
                                "provided": False})
    data["services"][1]["description"] = ""  # the first service ticked Yes
    read = read_plan(data)
    read.evidence = {"services.1.description": Evidence(page=3, label="How")}
    result = judge(read)
    assert result.components["services_and_supports"].status == "deficient"
    finding = next(f for f in result.findings if f.code == "IWP501")
    assert (finding.path, finding.page) == ("services.1.description", 3)


def test_a_date_by_the_signature_line_without_a_signature_needs_a_look(reference):
    data = copy.deepcopy(reference)
    data["signatures"]["en_representative"] = {"date": dt.date(2026, 6, 11)}
    status = judge(read_plan(data)).components["en_signature"]
    assert status.status == "needs_review" and "2026-06-11" in status.reason


def test_a_date_and_an_unnamed_signed_field_are_a_signature(reference):
    from iwp.read.parse import SignatureInfo

    data = copy.deepcopy(reference)
    data["signatures"]["en_representative"] = {"date": dt.date(2026, 6, 11)}
    parsed = ParsedPdf(path="form.pdf", page_count=5, source="text",
                       signatures=[SignatureInfo(name="Signature2", state="signed", intact=True)])
    result = CheckResult(name=parsed.path, source=parsed.source)
    judge_plan(read_plan(data), parsed, result, OPTIONS, whole=False)
    assert result.components["en_signature"].status == "present"


def test_a_value_the_format_does_not_allow_does_not_stop_the_rules(reference):
    data = copy.deepcopy(reference)
    data["ticketholder"]["preferred_contact"] = "Cell phone"
    data["services"][0]["service"] = "Resume writing"
    data["employment_goals"]["long_term"]["monthly_earnings"] = Decimal("900.00")
    data["employment_goals"]["long_term"]["hourly_wage"] = None
    result = judge(read_plan(data))
    assert result.components["long_term_goal"].status == "deficient"
    assert result.components["ticketholder_information"].status == "present"
    assert not any(f.path == "ticketholder.preferred_contact" for f in result.findings)


def test_a_component_read_in_part_is_present_and_the_rules_judge_the_rest(reference):
    data = copy.deepcopy(reference)
    data["ticketholder"]["alternate_contact"] = {"relationship": "Brother"}
    result = judge(read_plan(data))
    assert result.components["alternate_contact"].status == "present"


def test_a_short_description_read_needs_a_look_not_a_verdict(reference):
    data = copy.deepcopy(reference)
    data["services"][1]["description"] = "Resume help."
    status = judge(read_plan(data)).components["services_and_supports"]
    assert status.status == "needs_review" and "only 2 words" in status.reason


def test_a_service_ticked_yes_whose_description_was_looked_for_needs_a_look(reference):
    data = copy.deepcopy(reference)
    data["services"] = [dict(service, provided=True) for service in data["services"]]
    del data["services"][1]["description"]
    assert judge(read_plan(data)).components["services_and_supports"].status == "present"
    why = "'Job development' is marked provided but its description is empty"
    status = judge(read_plan(data, doubts={"services.1.description": why})).components[
        "services_and_supports"]
    assert (status.status, status.reason) == ("needs_review", why)


def test_a_goal_read_with_disagreeing_amounts_is_not_called_below_sga(reference):
    data = copy.deepcopy(reference)
    goal = data["employment_goals"]["long_term"]
    goal["monthly_earnings"] = Decimal("18.00")  # the hourly wage, read as the monthly figure
    status = judge(read_plan(data)).components["long_term_goal"]
    assert status.status == "needs_review" and "do not agree" in status.reason


@pytest.mark.parametrize("opinion", ["present", "deficient"])
def test_the_text_finders_never_sign_for_a_party(reference, opinion):
    # "deficient" (undated) says a signature is there as much as "present" does: the text
    # finders take a party's heading over an empty line for one.
    from iwp.check import ComponentStatus

    data = copy.deepcopy(reference)
    del data["signatures"]["ticketholder"]
    parsed = ParsedPdf(path="other-en.pdf", page_count=5, source="text")
    result = CheckResult(name=parsed.path, source=parsed.source)
    judge_plan(read_plan(data), parsed, result, OPTIONS, whole=False,
               second_opinion=lambda names: {n: ComponentStatus(opinion, 5) for n in names})
    assert result.components["ticketholder_signature"].status == "missing"
    assert result.verdict == "incomplete"


def test_an_amendment_number_is_not_the_iwp_it_amends():
    data = {"amendment_number": 2, "employment_network": {"name": "Harborlight"},
            "ticketholder": {"name": {"first": "Marisol", "last": "Quenby"}}}
    read = ReadPlan(kind="amendment", data=data, components={
        "amendment_reference": Evidence(page=1, score=0.99, how="right of 'Amendment number'")})
    assert judge(read).components["amendment_reference"].status == "missing"


def test_one_printed_date_read_for_both_signatures_needs_a_look(reference):
    read = read_plan(copy.deepcopy(reference))
    place = Evidence(page=5, bbox=(400, 600, 480, 612), label="Date", score=0.8)
    read.evidence["signatures.ticketholder.date"] = place
    read.evidence["signatures.en_representative.date"] = place
    result = judge(read)
    assert result.components["ticketholder_signature"].status == "needs_review"
    assert result.components["en_signature"].status == "needs_review"


FOREIGN = Path(__file__).parent / "data" / "foreign"


def test_a_form_signed_by_both_after_filling_is_not_changed_after_signing():
    # pyHanko names every field of the form as changed after the first signature once the
    # second is added; no value changed, so neither signature is broken.
    import iwp

    result = iwp.check_pdf(FOREIGN / "form_complete.pdf")
    assert [(s.name, s.broken) for s in result.signatures] == [
        ("Signature1", False), ("Signature2", False)]
    assert result.verdict == "complete"


def test_a_value_changed_after_the_first_signature_breaks_it(tmp_path):
    # The EN changes a filled-in value after the Ticketholder signed: what was signed changed.
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    import iwp

    complete = (FOREIGN / "form_complete.pdf").read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(complete))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == "Text1":
            field["/V"] = generic.TextStringObject("Another Employment Network")
            writer.mark_update(ref)
    out = io.BytesIO()
    writer.write(out)
    changed = tmp_path / "changed_after_signing.pdf"
    changed.write_bytes(out.getvalue())
    result = iwp.check_pdf(changed)
    assert {s.name for s in result.signatures if s.broken} == {"Signature1", "Signature2"}
    assert result.verdict == "needs_review"


def test_the_text_table_says_what_to_look_at_and_why(reference):
    from iwp.check import format_check_text

    data = copy.deepcopy(reference)
    data["employment_goals"]["long_term"]["monthly_earnings"] = Decimal("900.00")
    data["employment_goals"]["long_term"]["hourly_wage"] = None
    reason = "two amounts on the line; the nearest to the label was taken"
    result = judge(read_plan(data, doubts={"employment_goals.long_term.monthly_earnings": reason}))
    text = format_check_text([result])
    head = text.splitlines()[0]
    assert head.startswith("other-en.pdf: NEEDS_REVIEW") and \
        head.endswith(": look at the long term goal (p.2)")
    [row] = [line for line in text.splitlines() if line.strip().startswith("long_term_goal")]
    assert "LOOK" in row and "p.2" in row and reason in row


@pytest.mark.parametrize("line, status", [
    ("Job accommodations Yes Help identify and request a workplace As needed", "missing"),
    ("☒ At least monthly contact during the initial job acquisition phase", "present"),
])
def test_the_text_finders_call_follow_up_present_only_on_a_frequency(reference, line, status):
    # grid_no_follow_up.pdf: under "Services, supports and contact" the finders took a
    # services row for the follow-up schedule.
    data = copy.deepcopy(reference)
    del data["follow_up"]
    parsed = ParsedPdf(path="other-en.pdf", page_count=5, source="text")
    result = CheckResult(name=parsed.path, source=parsed.source)
    opinion = {"follow_up": ComponentStatus("present", 2, line)}
    judge_plan(read_plan(data), parsed, result, OPTIONS, whole=False,
               second_opinion=lambda names: {n: opinion[n] for n in names if n in opinion})
    assert result.components["follow_up"].status == status


@pytest.mark.parametrize("field, tooltip, kind", [
    ("Signature1", "Ticketholder signature", "signature"),  # an unsigned /Sig field
    ("Text40", "Ticketholder signature", "text"),  # a typed-signature field left empty
])
def test_an_empty_signature_field_is_missing_whatever_the_text_finders_say(
        reference, field, tooltip, kind):
    # A blank fillable form: the finders read the printed caption and the empty date field
    # beside it as an undated signature line.
    from iwp.read.layout import LayoutPage, Widget
    from iwp.read.parse import SignatureInfo

    data = copy.deepcopy(reference)
    del data["signatures"]["ticketholder"]
    widget = Widget(field, tooltip, kind, "", 60, 600, 300, 620)
    parsed = ParsedPdf(path="form.pdf", page_count=5, source="text",
                       layout=[LayoutPage(5, widgets=[widget])],
                       signatures=[SignatureInfo(name=field, state="empty", page=5)]
                       if kind == "signature" else [])
    result = CheckResult(name=parsed.path, source=parsed.source)
    undated = ComponentStatus("deficient", 5, "Signature of Ticketholder",
                              "the signature has no date")
    judge_plan(read_plan(data), parsed, result, OPTIONS, whole=False,
               second_opinion=lambda names: {n: undated for n in names
                                             if n == "ticketholder_signature"})
    status = result.components["ticketholder_signature"]
    assert status.status == "missing" and field in status.reason
