"""Document type by positive evidence: one small hand-written text per situation."""

from __future__ import annotations

import pytest

from iwp.check.doctype import classify
from iwp.read.model import Evidence


def lines(text: str, page: int = 1) -> list[tuple[int, str]]:
    return [(page, line) for line in text.strip().splitlines()]


IWP_FORM = """
Harborlight Employment Partners LLC
Individual Work Plan
Part One: Employment Network and Ticketholder Information
EN name: Harborlight Employment Partners LLC
Ticketholder name: Marisol Quenby
Part Two
Short-term employment goal: Part-time inventory clerk
Long-term employment goal: Inventory control specialist
Supports and services
Part Three
Ticketholder signature
EN representative signature
"""


def test_an_iwp_with_title_parts_parties_goals_and_signatures():
    found = classify(lines(IWP_FORM))
    assert found.kind == "iwp"
    assert {"title", "ticketholder_and_en", "goals", "signatures", "part_one"} <= set(found.signals)


def test_the_form_number_alone_with_parties_and_goals_is_an_iwp():
    text = """
    Form SSA-1370
    Beneficiary: Marisol Quenby
    Employment Network: Harborlight
    Long range vocational objective
    Long-term goal: inventory control
    Signature of beneficiary
    """
    assert classify(lines(text)).kind == "iwp"


def test_an_amendment_by_its_title():
    text = """
    Amendment to the Individual Work Plan
    Ticketholder: Marisol Quenby
    Employment Network: Harborlight
    Revised employment goals
    Ticketholder signature
    """
    assert classify(lines(text)).kind == "amendment"


def test_a_long_structured_document_with_numbered_headings_is_not_an_iwp():
    text = "\n".join(f"{n}. Section {n}: Data model entities and attributes" for n in range(1, 13))
    found = classify(lines("Data Model Specification\n" + text))
    assert found.kind == "not_an_iwp"
    assert "no IWP title" in found.reason


def test_a_table_of_contents_is_not_an_iwp():
    text = """
    Contents
    1 Introduction .......... 1
    2 Individual Work Plan basics .......... 4
    3 Goals .......... 9
    4 Services and supports .......... 12
    5 Signatures .......... 15
    6 Employment Network duties for the Ticketholder .......... 18
    """
    found = classify(lines(text))
    assert found.kind == "not_an_iwp"
    assert "table_of_contents" in found.signals


def test_a_cover_letter_about_the_iwp_meeting_is_not_an_iwp():
    text = """
    Harborlight Employment Partners
    June 2, 2026
    Dear Ms. Quenby,
    Re: Scheduling your Individual Work Plan meeting
    As your Employment Network under Ticket to Work, we would like to meet to write your
    Individual Work Plan together. We will talk about your short-term goal and long-term
    goal and the supports and services we can offer a Ticketholder.
    Sincerely,
    Desmond Okafor
    """
    found = classify(lines(text))
    assert found.kind == "not_an_iwp"
    assert "letter" in found.reason


@pytest.mark.parametrize("title", ["Plan for Achieving Self-Support (PASS)",
                                   "Individualized Plan for Employment"])
def test_another_programmes_plan_that_mentions_ticket_to_work_is_not_an_iwp(title):
    text = f"""
    {title}
    Beneficiary: Marisol Quenby
    This plan works alongside your Ticket to Work and your Individual Work Plan with an
    Employment Network.
    Employment goal: inventory control specialist
    Beneficiary signature
    """
    found = classify(lines(text))
    assert found.kind == "not_an_iwp"
    assert title.split()[0] in found.reason


def test_a_short_non_iwp_text_is_not_an_iwp():
    found = classify(lines("Quarterly newsletter\nOur office moves in May."))
    assert found.kind == "not_an_iwp"


def test_the_readers_signals_count_as_evidence():
    signals = {name: Evidence(page=1) for name in ("title", "ticketholder", "en", "goals")}
    assert classify([], signals).kind == "iwp"
    assert classify([], {"goals": Evidence(page=1), "signatures": Evidence(page=2)}).kind \
        == "not_an_iwp"


def test_the_readers_other_programme_signal_vetoes_without_an_iwp_title():
    signals = {name: Evidence(page=1) for name in ("ticketholder", "en", "goals", "signatures",
                                                   "part_one", "other_program")}
    assert classify([], signals).kind == "not_an_iwp"


def test_a_sentence_naming_the_iwp_is_not_its_title():
    text = """
    Notes from the office
    We finished the Individual Work Plan with the Ticketholder and the Employment Network today.
    """
    assert classify(lines(text)).kind == "not_an_iwp"


def test_a_handbook_with_a_numbered_table_of_contents_is_not_an_iwp():
    text = """
    Ticket to Work Operations Handbook
    Table of Contents
    1.  Welcome and purpose  2
    2.  Preparing the Individual Work Plan  4
    3.  Goals, SGA and TWL  5
    4.  Services and supports  6
    5.  Signatures and submission  8
    """
    found = classify(lines(text))
    assert (found.kind, "title" in found.signals) == ("not_an_iwp", False)
    assert "table_of_contents" in found.signals


def test_a_quality_review_checklist_of_an_iwp_is_not_an_iwp():
    """A supervisor's review of a plan names the parties and every part of an IWP, with
    signatures; its title says it is a review, not the plan."""
    text = """
    IWP Quality Review Checklist
    Harborlight Employment Partners (PID P0093958) internal quality assurance
    Beneficiary: Marisol Quenby
    Reviewer: Desmond Okafor, Program Supervisor
    Employment Network information: meets
    Short-term employment goal (job, hours, wage): meets
    Long-term employment goal: meets
    Services and supports: meets
    Follow-up schedule: meets
    Ticket Holder signature and date: meets
    Reviewer signature: /s/ Desmond Okafor
    """
    found = classify(lines(text))
    assert found.kind == "not_an_iwp"
    assert "Quality Review Checklist" in found.reason


def test_an_iwp_titled_first_stays_an_iwp_when_a_review_is_mentioned_under_it():
    text = "Individual Work Plan\nQuality review checklist completed by the supervisor\n" + \
        IWP_FORM
    assert classify(lines(text)).kind == "iwp"


def test_an_ens_report_to_its_board_counting_plans_is_not_an_iwp():
    """An annual report names the Ticket holders' plans, their goals and signatures, but
    counts plans: its title says it is a report."""
    text = """
    Summit Trail Employment Services
    Annual Program Report to the Board of Directors
    Ticket to Work Employment Network program, calendar year 2025
    2. Individual Work Plans
    IWP amendments 12
    Each IWP sets a short-term and a long-term employment goal with the Ticket holder.
    Signature Date
    Executive Director /s/ Philippa N. Garroway January 22, 2026
    """
    found = classify(lines(text) + lines("Individual Work Plan"))  # even with the words
    assert found.kind == "not_an_iwp"
    assert "Annual Program Report" in found.reason


def test_an_intake_checklist_that_names_every_iwp_step_is_not_an_iwp():
    text = """
    Ticket Assignment Checklist for Intake Staff
    Tidewater Job Connections, LLC - EN PID P0097763
    Keep the checklist in the case file; it is not part of the Individual Work Plan.
    Agree on a short-term and a long-term employment goal with the Ticket holder.
    Record the follow-up schedule. Collect both signatures.
    """
    found = classify(lines(text) + lines("Individual Work Plan"))
    assert found.kind == "not_an_iwp"
    assert "Checklist" in found.reason


def test_a_guide_on_how_to_complete_the_form_is_not_an_iwp():
    # The title names the IWP, but the document is about filling one in.
    text = "How to Complete the Individual Work Plan (SSA-1370)\n" + IWP_FORM
    found = classify(lines(text))
    assert found.kind == "not_an_iwp" and "How to Complete" in found.reason


def test_a_fax_cover_sheet_alone_is_not_an_iwp_but_before_the_plan_it_is_its_first_page():
    cover = """
    Harborlight Employment Partners LLC
    IWP Cover Sheet - Transmittal to the Ticket Program Manager
    Ticketholder: Marisol Quenby
    Employment Network: Harborlight Employment Partners LLC
    Enclosed: Individual Work Plan, 4 pages, signed by the Ticketholder
    """
    assert classify(lines(cover)).kind == "not_an_iwp"
    assert classify(lines(cover) + lines(IWP_FORM, page=2)).kind == "iwp"


LETTER_AMENDMENT = """
Juniper Commons Work Services
Re: Changes to your Individual Work Plan
Dear Ms. Fontaine:
As we agreed, this letter amends your plan. Your new employment goals are below.
Ticket Holder: Cornelius Fontaine
Employment Network: Juniper Commons Work Services
Sincerely,
Signature of Ticket Holder
"""


def test_a_letter_that_holds_the_agreement_is_an_amendment_and_one_about_it_is_not():
    found = classify(lines(LETTER_AMENDMENT))
    assert found.kind == "not_an_iwp" and "letter" in found.reason
    # What the reader found in it: the subject as a title ("Changes to your Individual Work
    # Plan"), goals with earnings and the Ticket Holder's signing place.
    read = {"amendment_title": Evidence(1), "plan_content": Evidence(1)}
    assert classify(lines(LETTER_AMENDMENT), read).kind == "amendment"


def test_an_email_greeting_and_closing_make_a_letter():
    text = """
    From: Winifred Reid <wreid@example.org>
    Subject: Confirming your IWP meeting
    Hello Mr. Telfair,
    Individual Work Plan (IWP) meeting on Tuesday, February 10
    We will go over your short-term goal and your long-term goal,
    the services and supports we can give you, and the Employment Network's terms.
    Thank you,
    """
    assert classify(lines(text)).kind == "not_an_iwp"


def test_services_added_and_ended_make_a_plan_with_no_title_an_amendment():
    text = """
    Ticket Holder: Cornelius Fontaine
    Employment Network: Juniper Commons Work Services
    Short-term employment goal: Part-time library aide
    Services and supports
    Signature of Ticket Holder
    """
    assert classify(lines(text), {"plan_content": Evidence(1)}).kind == "iwp"
    found = classify(lines(text), {"amendment_changes": Evidence(1), "plan_content": Evidence(1)})
    assert found.kind == "amendment"
