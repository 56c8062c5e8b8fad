"""Write one test plan per compliance rule: the reference plan (or amendment) with one edit.

Each file starts with comment lines that tests/test_rules.py reads:

    # expect: CODE severity dotted.path     (one line per finding, IWP100 aside)
    # expect: clean                         (a legitimate plan: no finding but IWP100)
    # options: today=YYYY-MM-DD stage=submission original=reference-plan

A file named for a rule either triggers it (the plan a rule must catch) or is a legitimate
plan the rule used to flag by mistake and must now pass (issue 13: "wrongly flagged" plans
are clean, "wrongly passed" plans are flagged at the right path).

Run ``python tests/data/plans/rules/generate.py`` from the repository root after changing
the cases below; the files are committed so the README can point at them.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
PLAN_FORMAT = HERE.parents[3].parent / "shared" / "plan-format"
DELETE = object()

BUILT_IN_TERMS = yaml.safe_load((HERE.parents[3] / "iwp" / "data" / "terms.yaml")
                                .read_text(encoding="utf-8"))["items"]


def own_terms(replace: dict[int, str] | None = None, leave_out: tuple[int, ...] = ()
              ) -> list[dict[str, Any]]:
    """Custom terms: the built-in wording (as an EN might copy it) with some changed."""
    replace = replace or {}
    return [{"number": item["number"], "text": replace.get(item["number"], item["text"])}
            for item in BUILT_IN_TERMS if item["number"] not in leave_out]


TERMS = own_terms(leave_out=(8,))
# The amendment's goals replaced by the original plan's (a services-only amendment that
# restates them), and the training service that goes with them.
ORIGINAL_GOALS = {
    "short_term": {"job_title": "Part-time inventory clerk", "description": "Start a "
                   "part-time inventory clerk job of 20 hours a week at about $16.50 an hour "
                   "by 2026-12-31.", "target_date": dt.date(2026, 12, 31),
                   "hours_per_week": 20, "hourly_wage": 16.50, "monthly_earnings": 1430.00,
                   "training": None},
    "long_term": {"job_title": "Full-time inventory control specialist", "description":
                  "Move to full-time inventory control work at 40 hours a week and about "
                  "$18.00 an hour within three years.", "target_date": dt.date(2029, 6, 30),
                  "hours_per_week": 40, "hourly_wage": 18.00, "monthly_earnings": 3120.00,
                  "training": None},
}
SERVICES_ONLY = [
    {"category": "job_placement", "service": "job_search", "change": "ended",
     "description": "Job search ends because Ms. Quenby accepted a part-time offer.",
     "provider": "Desmond R. Okafor", "frequency": "Ended 2027-08-30"},
    {"category": "ongoing_support", "service": "job_retention", "change": "continued",
     "description": "Monthly check-ins continue for the first year of work, then quarterly.",
     "provider": "Desmond R. Okafor", "frequency": "Monthly for 12 months, then quarterly"},
]
EARNING_ABOVE_TWL = {"employer": "Millbrook Grocers", "job_title": "Stock associate",
                     "start": dt.date(2025, 3, 1), "end": None, "hours_per_week": 20,
                     "monthly_earnings": 1300.00}
CURRENT_JOB = {"employer": "Millbrook Grocers", "job_title": "Stock associate",
               "start": dt.date(2025, 3, 1), "end": None, "hours_per_week": 25,
               "monthly_earnings": 1600.00}

# name: (base, what is wrong, edits, expectations, options)
CASES: dict[str, tuple[str, str, dict[str, Any], list[str], str]] = {
    "IWP101-en-without-pid": ("plan", "the EN's PID is blank",
        {"employment_network.pid": None}, ["IWP101 error employment_network.pid"], ""),
    "IWP102-ticketholder-unreachable": ("plan", "no phone, email or address for the "
        "Ticketholder", {"ticketholder.phone": None, "ticketholder.email": None,
                         "ticketholder.address": None, "ticketholder.preferred_contact": "mail"},
        ["IWP102 error ticketholder.address", "IWP102 error ticketholder.phone"], ""),
    "IWP103-prefers-email-without-email": ("plan", "prefers email but has no email address",
        {"ticketholder.preferred_contact": "email", "ticketholder.email": None},
        ["IWP103 warning ticketholder.preferred_contact"], ""),
    "IWP104-alternate-without-relationship": ("plan", "alternate contact has no relationship",
        {"ticketholder.alternate_contact.relationship": None},
        ["IWP104 error ticketholder.alternate_contact.relationship"], ""),
    "IWP105-ticketholder-aged-16": ("plan", "the Ticketholder is 16 when signing",
        {"ticketholder.date_of_birth": dt.date(2010, 1, 15)},
        ["IWP105 error ticketholder.date_of_birth"], ""),
    "IWP201-discussion-without-modality": ("plan", "how the discussion was held is blank",
        {"discussion.modality": None}, ["IWP201 error discussion.modality"], ""),
    "IWP202-discussion-after-signature": ("plan", "discussion dated after the Ticketholder signed",
        {"discussion.date": dt.date(2026, 6, 10)}, ["IWP202 error discussion.date"], ""),
    "IWP203-discussion-in-future": ("plan", "discussion dated after --today (plan unsigned)",
        {"signatures.ticketholder": {"method": "pending", "date": None},
         "signatures.en_representative.method": "pending",
         "signatures.en_representative.date": None, "submission": None},
        ["IWP203 error discussion.date",
         "IWP605 warning signatures.ticketholder.method",
         "IWP605 warning signatures.en_representative.method"], "today=2026-06-08"),
    "IWP204-goals-rationale-too-short": ("plan", "the goals rationale is four words",
        {"discussion.goals_rationale": "Good fit for her."},
        ["IWP204 error discussion.goals_rationale"], ""),
    "IWP206-discussion-summary-too-short": ("plan", "a one-line discussion summary",
        {"discussion.summary": "Talked about jobs."}, ["IWP206 error discussion.summary"],
        ""),
    "IWP205-services-rationale-missing": ("plan", "no explanation of how services help",
        {"discussion.services_rationale": None}, ["IWP205 error discussion.services_rationale"],
        ""),
    "IWP301-work-history-too-short": ("plan", "history starts 5 months before the discussion",
        {"work_history.period_start": dt.date(2026, 1, 1)},
        ["IWP301 error work_history.period_start"], ""),
    "IWP302-no-jobs-no-statement": ("plan", "no jobs and no statement of no work",
        {"work_history.jobs": []}, ["IWP302 error work_history.jobs"], ""),
    "IWP303-job-without-earnings": ("plan", "a job has no monthly earnings",
        {"work_history.jobs.0.monthly_earnings": None},
        ["IWP303 error work_history.jobs.0.monthly_earnings"], ""),
    "IWP401-short-term-without-hours": ("plan", "the short-term goal has no hours",
        {"employment_goals.short_term.hours_per_week": None},
        ["IWP401 error employment_goals.short_term.hours_per_week"], ""),
    "IWP402-short-term-after-18-months": ("plan", "short-term goal due 19 months after signing",
        {"employment_goals.short_term.target_date": dt.date(2028, 1, 31)},
        ["IWP402 error employment_goals.short_term.target_date"], ""),
    "IWP403-long-term-6-years-out": ("plan", "long-term goal due six years after signing",
        {"employment_goals.long_term.target_date": dt.date(2032, 6, 30)},
        ["IWP403 warning employment_goals.long_term.target_date"], ""),
    "IWP404-long-term-below-sga": ("plan", "full-time long-term goal paying $1,500 a month",
        {"employment_goals.long_term.hourly_wage": None,
         "employment_goals.long_term.monthly_earnings": 1500.00},
        ["IWP404 error employment_goals.long_term.monthly_earnings"], ""),
    "IWP405-short-term-below-twl": ("plan", "short-term goal paying $1,100 a month",
        {"employment_goals.short_term.hourly_wage": None,
         "employment_goals.short_term.monthly_earnings": 1100.00},
        ["IWP405 warning employment_goals.short_term.monthly_earnings"], ""),
    "IWP406-twl-after-month-ten": ("plan", "short-term goal due in month 12 and no current "
        "job (a reminder only: 004:175 allows it)",
        {"employment_goals.short_term.target_date": dt.date(2027, 6, 30)},
        ["IWP406 info employment_goals.short_term.target_date"], ""),
    "IWP407-long-term-fewer-hours": ("plan", "40 hours short-term, 36 hours long-term",
        {"employment_goals.short_term.hours_per_week": 40,
         "employment_goals.short_term.monthly_earnings": 2860.00,
         "employment_goals.long_term.hours_per_week": 36,
         "employment_goals.long_term.hourly_wage": 22.00,
         "employment_goals.long_term.monthly_earnings": 3432.00},
        ["IWP407 warning employment_goals.long_term.hours_per_week"], ""),
    "IWP408-part-time-below-sga": ("plan", "long-term goal 25 hours a week at $1,625 a month",
        {"employment_goals.long_term.hours_per_week": 25,
         "employment_goals.long_term.hourly_wage": 15.00,
         "employment_goals.long_term.monthly_earnings": 1625.00},
        ["IWP408 error employment_goals.long_term.hours_per_week"], ""),
    "IWP409-wage-times-hours-mismatch": ("plan", "$16.50 x 20 hours stated as $2,000 a month",
        {"employment_goals.short_term.monthly_earnings": 2000.00},
        ["IWP409 warning employment_goals.short_term.monthly_earnings"], ""),
    "IWP410-training-without-provider": ("plan", "the long-term goal's training has no provider",
        {"employment_goals.long_term.training.provider": None},
        ["IWP410 error employment_goals.long_term.training.provider"], ""),
    "IWP411-training-after-goal": ("plan", "training ends after the long-term goal is due",
        {"employment_goals.long_term.training.expected_completion": dt.date(2029, 12, 31)},
        ["IWP411 error employment_goals.long_term.training.expected_completion"], ""),
    "IWP501-service-placeholder": ("plan", "a service described only as TBD",
        {"services.1.description": "TBD"}, ["IWP501 error services.1.description"], ""),
    "IWP502-no-services": ("plan", "the services list is empty",
        {"services": []}, ["IWP502 error services"], ""),
    "IWP503-benefits-counseling-without-wipa": ("plan", "no WIPA referral, no counselor on staff",
        {"services.0.description": "We will explain how work affects her SSDI and Medicare "
                                   "before she starts her new job.",
         "services.0.provider": "Desmond R. Okafor"},
        ["IWP503 error services.0.description"], ""),
    "IWP504-training-service-without-payer": ("plan", "training service does not say who pays",
        {"employment_goals.long_term.training": None,
         "services.2.description": "Harborlight will arrange an in-person warehouse software "
                                   "course at Millbrook Community College for her."},
        ["IWP504 error services.2.description", "IWP507 warning services.2.description"], ""),
    "IWP505-accommodation-without-requester": ("plan", "who requests the accommodation is blank",
        {"services.4.accommodation_requested_by": None}, ["IWP505 error services.4"], ""),
    "IWP506-initial-follow-up-quarterly": ("plan", "quarterly follow-up before employment",
        {"follow_up.initial_phase": "quarterly"}, ["IWP506 error follow_up.initial_phase"], ""),
    "IWP601-custom-terms-without-privacy": ("plan", "the EN's own terms leave out item 8",
        {"terms_and_conditions.standard": "custom", "terms_and_conditions.custom": TERMS},
        ["IWP601 error terms_and_conditions.custom"], ""),
    "IWP602-statement-in-third-person": ("plan", "statement written about the Ticketholder",
        {"statement_of_understanding": "The Ticketholder understands that Harborlight will "
                                       "provide the services and supports in this plan so "
                                       "that she can become financially self-sufficient."},
        ["IWP602 error statement_of_understanding"], ""),
    "IWP603-ticketholder-signature-undated": ("plan", "the Ticketholder's signature has no date",
        {"signatures.ticketholder.date": None}, ["IWP603 error signatures.ticketholder.date"], ""),
    "IWP604-en-representative-without-title": ("plan", "no printed title under the signature",
        {"signatures.en_representative.title": None},
        ["IWP604 error signatures.en_representative.title"], ""),
    "IWP605-en-signature-pending": ("plan", "the EN has not signed yet (draft)",
        {"signatures.en_representative.method": "pending",
         "signatures.en_representative.date": None},
        ["IWP605 warning signatures.en_representative.method"], ""),
    "IWP605-en-signature-pending-at-submission": ("plan", "the EN has not signed (submission)",
        {"signatures.en_representative.method": "pending",
         "signatures.en_representative.date": None},
        ["IWP605 error signatures.en_representative.method"], "stage=submission"),
    "IWP606-signature-in-future": ("plan", "the EN's signature is dated after --today",
        {}, ["IWP606 error signatures.en_representative.date"], "today=2026-06-10"),
    "IWP701-submitted-late": ("plan", "sent 20 days after signing",
        {"submission.submitted_on": dt.date(2026, 7, 1)},
        ["IWP701 error submission.submitted_on"], ""),
    "IWP702-unsent-past-deadline": ("plan", "signed in June and never sent",
        {"submission.submitted_on": None}, ["IWP702 warning submission.submitted_on"], ""),
    "IWP703-vr-case-still-open": ("plan", "signed while the VR case is open",
        {"partnership_plus.vr_case_closed": None},
        ["IWP703 error partnership_plus.vr_case_closed"], ""),
    "IWP704-signed-130-days-after-vr-closure": ("plan", "signed 130 days after VR closure",
        {"partnership_plus.vr_case_closed": dt.date(2026, 2, 1)},
        ["IWP704 warning partnership_plus.vr_case_closed"], ""),
    "IWP751-amendment-without-pid": ("amendment", "the amendment has no EN PID",
        {"employment_network.pid": None}, ["IWP751 error employment_network.pid"], ""),
    "IWP752-amendment-without-reason": ("amendment", "the amendment gives no reason",
        {"reason": None}, ["IWP752 error reason"], ""),
    "IWP753-amendment-service-unmarked": ("amendment", "a service not marked added/continued/ended",
        {"services.0.change": None}, ["IWP753 error services.0"], ""),
    "IWP754-amendment-signed-before-original": ("amendment", "signed before the original IWP",
        {"signatures.ticketholder.date": dt.date(2026, 6, 1),
         "signatures.en_representative.date": dt.date(2026, 6, 1)},
        ["IWP754 error amends.original_signed"], ""),
    "IWP755-amendment-wrong-plan-id": ("amendment", "names another plan id than its original",
        {"amends.plan_id": "HEP-2026-9999"}, ["IWP755 error amends.plan_id"],
        "original=reference-plan"),
    # --- issue 13: each item's wrongly flagged (clean) and wrongly passed (flagged) plans ---
    # 1. Hours and an hourly wage without a monthly amount are judged on wage x hours x 52/12.
    "IWP404-hours-and-wage-without-monthly": ("plan", "the long-term goal is 40 hours at $9.00 "
        "an hour with no monthly amount (about $1,560 a month)",
        {"employment_goals.long_term.monthly_earnings": None,
         "employment_goals.long_term.hourly_wage": 9.00},
        ["IWP404 error employment_goals.long_term.monthly_earnings"], ""),
    "IWP405-hours-and-wage-without-monthly": ("plan", "the short-term goal is 20 hours at "
        "$10.00 an hour with no monthly amount (about $866.67 a month)",
        {"employment_goals.short_term.monthly_earnings": None,
         "employment_goals.short_term.hourly_wage": 10.00},
        ["IWP405 warning employment_goals.short_term.monthly_earnings"], ""),
    "IWP408-hours-and-wage-without-monthly": ("plan", "the long-term goal is 20 hours at "
        "$10.00 an hour with no monthly amount",
        {"employment_goals.long_term.monthly_earnings": None,
         "employment_goals.long_term.hours_per_week": 20,
         "employment_goals.long_term.hourly_wage": 10.00},
        ["IWP408 error employment_goals.long_term.hours_per_week",
         "IWP407 warning employment_goals.long_term.monthly_earnings"], ""),
    # 2. The last signature counts, whoever signs it.
    "IWP701-representative-signs-too": ("plan", "a representative signs on 06-09, the EN on "
        "06-11 and the Ticketholder on 06-20; sent 06-30, 10 days after the last signature",
        {"ticketholder.representative": {"name": "Rosa Quenby", "relationship": "Sister"},
         "signatures.ticketholder_representative": {
             "name": "Rosa Quenby", "relationship": "Sister", "method": "wet",
             "date": dt.date(2026, 6, 9)},
         "signatures.ticketholder.date": dt.date(2026, 6, 20),
         "submission.submitted_on": dt.date(2026, 6, 30)}, ["clean"], ""),
    "IWP202-ticketholder-signed-before-discussion": ("plan", "a representative and the EN "
        "sign after the discussion, the Ticketholder the day before it",
        {"discussion.date": dt.date(2026, 6, 10),
         "work_history.period_end": dt.date(2026, 5, 31),
         "signatures.ticketholder_representative": {
             "name": "Rosa Quenby", "relationship": "Sister", "method": "wet",
             "date": dt.date(2026, 6, 11)},
         "signatures.ticketholder.date": dt.date(2026, 6, 9)},
        ["IWP202 error discussion.date"], ""),
    # 4. Months 11-18 are allowed; no reminder when the Ticketholder already earns enough.
    "IWP406-month-12-already-earning": ("plan", "the short-term goal is due in month 12 and "
        "the Ticketholder already earns $1,300 a month",
        {"employment_goals.short_term.target_date": dt.date(2027, 6, 30),
         "work_history.jobs": [EARNING_ABOVE_TWL]}, ["clean"], ""),
    # 5. Amendments: measured from the original plan; services-only amendments are fine.
    "IWP402-amendment-restates-original-goals": ("amendment", "it changes only the services, "
        "restates the original goals and is signed in 2027",
        {"reason": "Ms. Quenby accepted a part-time inventory clerk job, so job search ends.",
         "discussion.date": dt.date(2027, 8, 30),
         "employment_goals": ORIGINAL_GOALS, "services": SERVICES_ONLY,
         "signatures.ticketholder.date": dt.date(2027, 9, 1),
         "signatures.en_representative.date": dt.date(2027, 9, 1)},
        ["clean"], "today=2027-09-15"),
    "IWP401-amendment-services-only": ("amendment", "it changes only the services and gives "
        "no goals",
        {"reason": "Ms. Quenby accepted a part-time inventory clerk job, so job search ends.",
         "employment_goals": {"short_term": None, "long_term": None},
         "services": SERVICES_ONLY}, ["clean"], ""),
    "IWP402-amendment-short-term-after-original-window": ("amendment", "its short-term goal "
        "is due 21 months after the original IWP was signed",
        {"employment_goals.short_term.target_date": dt.date(2028, 3, 31)},
        ["IWP402 warning employment_goals.short_term.target_date"], ""),
    "IWP402-amendment-after-month-18": ("amendment", "it is signed two years after the "
        "original, with a new short-term goal 12 months later and a long-term goal 4 years "
        "later", {"discussion.date": dt.date(2028, 6, 1),
                  "employment_goals.short_term.target_date": dt.date(2029, 6, 1),
                  "employment_goals.short_term.training.expected_completion":
                      dt.date(2028, 12, 15),
                  "employment_goals.long_term.target_date": dt.date(2032, 6, 1),
                  "signatures.ticketholder.date": dt.date(2028, 6, 2),
                  "signatures.en_representative.date": dt.date(2028, 6, 2)},
        ["clean"], "today=2028-06-10"),
    # 6. Training in the short-term goal may run past 18 months, not past the goal needing it.
    "IWP411-short-term-two-year-degree": ("plan", "the short-term goal includes a two-year "
        "degree finishing in 2028, before the long-term goal",
        {"employment_goals.short_term.training": {
            "program": "Associate degree in supply chain management",
            "provider": "Millbrook Community College", "enrollment": "part_time",
            "delivery": "hybrid", "paid_by": "Employment Network",
            "expected_completion": dt.date(2028, 5, 15)}}, ["clean"], ""),
    "IWP411-short-term-training-after-long-term-goal": ("plan", "the short-term goal's "
        "training ends after the long-term goal is due",
        {"employment_goals.short_term.training": {
            "program": "Bachelor's degree in logistics", "provider": "Millbrook University",
            "enrollment": "part_time", "delivery": "hybrid", "paid_by": "Employment Network",
            "expected_completion": dt.date(2030, 5, 15)}},
        ["IWP411 error employment_goals.short_term.training.expected_completion"], ""),
    # 7. Letters are two-way contact: mail only is a warning.
    "IWP102-ticketholder-mail-only": ("plan", "the Ticketholder has no phone or email, only "
        "a postal address", {"ticketholder.phone": None, "ticketholder.email": None,
                             "ticketholder.preferred_contact": "mail"},
        ["IWP102 warning ticketholder.phone"], ""),
    # 8. The Statement of Understanding says what the EN does and why (004:234).
    "IWP607-statement-i-have-read-this-plan": ("plan", "its statement is 'I have read this "
        "plan.'", {"statement_of_understanding": "I have read this plan."},
        ["IWP607 warning statement_of_understanding"], ""),
    # 9. Custom terms: substance, placeholders, charges.
    "IWP608-custom-terms-numbered-only": ("plan", "its own terms are numbered but say nothing",
        {"terms_and_conditions.standard": "custom", "terms_and_conditions.custom": [
            {"number": n, "text": f"Term {n} in the EN's own words."} for n in range(1, 16)]},
        ["IWP608 warning terms_and_conditions.custom"], ""),
    "IWP601-custom-term-placeholder": ("plan", "its own term 3 is the placeholder 'Term 3 "
        "text.'", {"terms_and_conditions.standard": "custom",
                   "terms_and_conditions.custom": own_terms({3: "Term 3 text."})},
        ["IWP601 error terms_and_conditions.custom.2.text"], ""),
    "IWP609-custom-term-charges-a-fee": ("plan", "its own term 2 charges a monthly fee",
        {"terms_and_conditions.standard": "custom", "terms_and_conditions.custom": own_terms(
            {2: "We may charge you a monthly program fee."})},
        ["IWP609 error terms_and_conditions.custom.1.text"], ""),
    "IWP609-additional-term-charges": ("plan", "an additional term asks the Ticketholder to "
        "pay", {"terms_and_conditions.additional": [
            "Participants pay a $25 enrollment fee to Harborlight."]},
        ["IWP609 error terms_and_conditions.additional.0"], ""),
    # 10. A training service needs the training type, enrollment and completion date.
    "IWP507-training-service-without-specifics": ("plan", "a training service gives no "
        "training type, enrollment status or completion date anywhere",
        {"employment_goals.long_term.training": None,
         "services.2.description": "Harborlight will pay for in-person warehouse software "
                                   "lessons at Millbrook Community College."},
        ["IWP507 error services.2.description"], ""),
    "IWP507-training-service-without-enrollment": ("plan", "a training service names the "
        "course and its end but not the enrollment status",
        {"employment_goals.long_term.training": None,
         "services.2.description": "Harborlight will pay for an in-person warehouse software "
                                   "certificate course at Millbrook Community College that "
                                   "ends by 2027-12-15."},
        ["IWP507 warning services.2.description"], ""),
    # 11. Blindness and benefits.
    "IWP106-blind-without-benefits": ("plan", "the Ticketholder is blind, the benefits list is "
        "empty and the long-term goal pays $2,500 a month",
        {"ticketholder.statutorily_blind": True, "ticketholder.benefits": [],
         "employment_goals.long_term.hourly_wage": None,
         "employment_goals.long_term.monthly_earnings": 2500.00},
        ["IWP106 warning ticketholder.benefits"], ""),
    "IWP404-amendment-alone-blind-ssdi": ("amendment", "it repeats that the Ticketholder is "
        "blind and on SSDI, and the long-term goal pays $2,700 a month",
        {"ticketholder.statutorily_blind": True, "ticketholder.benefits": ["ssdi"],
         "employment_goals.long_term.hourly_wage": None,
         "employment_goals.long_term.monthly_earnings": 2700.00,
         "employment_goals.short_term.hourly_wage": 15.00,
         "employment_goals.short_term.monthly_earnings": 2600.00},
        ["IWP404 error employment_goals.long_term.monthly_earnings"], ""),
    "IWP106-amendment-alone-blindness-unknown": ("amendment", "checked alone, it does not say "
        "whether the Ticketholder is blind, and the long-term goal pays $2,700 a month",
        {"employment_goals.long_term.hourly_wage": None,
         "employment_goals.long_term.monthly_earnings": 2700.00,
         "employment_goals.short_term.hourly_wage": 15.00,
         "employment_goals.short_term.monthly_earnings": 2600.00},
        ["IWP106 info ticketholder"], ""),
    # 12. Goals read the work history.
    "IWP412-short-term-below-current-earnings": ("plan", "the Ticketholder earns $1,600 a month "
        "now and the short-term goal is $1,430", {"work_history.jobs": [CURRENT_JOB]},
        ["IWP412 warning employment_goals.short_term.monthly_earnings"], ""),
    # 13. A wrong value in a list names the value and its place.
    "IWP013-benefit-typo": ("plan", "the benefits list says ssdl",
        {"ticketholder.benefits": ["ssdl"]}, ["IWP013 error ticketholder.benefits.0"], ""),
    # 16. One typo, one finding.
    "IWP011-phone-key-typo": ("plan", "the phone key is typed phon (and there is no email)",
        {"ticketholder.phone": DELETE, "ticketholder.email": None,
         "ticketholder.phon": "(614) 555-0141"}, ["IWP011 error ticketholder.phon"], ""),
    # Issue 2's "done when": five mistakes in different places, five findings at the
    # right line and column (tests/test_rules.py asserts the exact positions).
    "five-mistakes": ("plan", "it has five mistakes in five different places",
        {"employment_network.pid": None, "discussion.modality": None,
         "employment_goals.long_term.hourly_wage": None,
         "employment_goals.long_term.monthly_earnings": 1500.00,
         "services.1.description": "TBD", "submission.submitted_on": dt.date(2026, 7, 1)},
        ["IWP101 error employment_network.pid", "IWP201 error discussion.modality",
         "IWP404 error employment_goals.long_term.monthly_earnings",
         "IWP501 error services.1.description", "IWP701 error submission.submitted_on"], ""),
}


def apply_edit(data: Any, dotted: str, value: Any) -> None:
    """Set (or with DELETE remove) the value at a dotted path such as ``services.0.change``."""
    parts = [int(p) if p.isdigit() else p for p in dotted.split(".")]
    target = data
    for part in parts[:-1]:
        target = target[part]
    if value is DELETE:
        del target[parts[-1]]
    else:
        target[parts[-1]] = copy.deepcopy(value)


def render_case(name: str) -> str:
    """The text of one test plan file."""
    base, what, edits, expectations, options = CASES[name]
    source = PLAN_FORMAT / f"reference-{base}.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    for dotted, value in edits.items():
        apply_edit(data, dotted, value)
    header = [f"# {name}: the reference {base} except that {what}.",
              "# Generated by tests/data/plans/rules/generate.py; fictional data only."]
    header += [f"# expect: {line}" for line in expectations]
    if options:
        header.append(f"# options: {options}")
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
    return "\n".join(header) + "\n" + body


def main() -> None:
    """Write every case beside this script."""
    for name in CASES:
        (HERE / f"{name}.yaml").write_text(render_case(name), encoding="utf-8")


if __name__ == "__main__":
    main()
