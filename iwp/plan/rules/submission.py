"""Rules for submitting the signed plan and for Partnership Plus hand-offs from State VR.

Date-relative rules measure from ``ctx.today`` (``--today``), never the clock, so a run
can be repeated with the same result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iwp.findings import Severity
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import fully_signed_on, missing

# EN Guide, Submitting IWPs: send the IWP no later than 14 calendar days after both parties
# signed and dated it.
SUBMISSION_DAYS = 14
# Warn this many days before the deadline, so there is time to send it.
DEADLINE_NEAR_DAYS = 3
# Wisconsin DVR policy (seed 003) and POMS DI 55025.001: assigning within 90 days of VR
# closure keeps protection from medical CDRs uninterrupted.
CDR_PROTECTION_DAYS = 90


def _due(signed: dt.date) -> dt.date:
    return signed + dt.timedelta(days=SUBMISSION_DAYS)


@rule("IWP701", Severity.ERROR, title="Sent within 14 days of signing",
      source="EN Guide (seed 004), Submitting IWPs")
def submitted_on_time(ctx: RuleContext) -> Iterator[Hit]:
    """When ``submission.submitted_on`` is given, it is no earlier than the later signature
    and no later than 14 calendar days after it.

    The EN must send the IWP to the Ticket Program Manager no later than 14 calendar days
    after both parties signed and dated it; a late plan can delay the first payment.
    """
    submission, signed = ctx.doc.submission, fully_signed_on(ctx.doc)
    if submission is None or submission.submitted_on is None or signed is None:
        return
    sent, due = submission.submitted_on, _due(signed)
    if sent < signed:
        yield Hit("submission.submitted_on", f"The plan is recorded as sent on "
                  f"{sent.isoformat()}, before it was fully signed on {signed.isoformat()}; "
                  "correct the date sent or the signature dates.")
    elif sent > due:
        yield Hit("submission.submitted_on", f"The plan was sent on {sent.isoformat()}, "
                  f"{(sent - signed).days} days after it was fully signed on "
                  f"{signed.isoformat()}; it was due by {due.isoformat()} ({SUBMISSION_DAYS} "
                  "calendar days). Check the date; if it is right, the first payment may be "
                  "delayed.")


@rule("IWP702", Severity.WARNING, title="Unsent plan near or past its deadline",
      source="EN Guide (seed 004), Submitting IWPs")
def submission_deadline(ctx: RuleContext) -> Iterator[Hit]:
    """A fully signed plan that has not been sent (no ``submission.submitted_on``) is
    reported when its 14-day deadline is ``DEADLINE_NEAR_DAYS`` days away or has passed,
    with the due date.
    """
    signed = fully_signed_on(ctx.doc)
    submission = ctx.doc.submission
    if signed is None or (submission is not None and submission.submitted_on is not None):
        return
    due = _due(signed)
    left = (due - ctx.today).days
    path = "submission.submitted_on" if submission is not None else "signatures"
    if left < 0:
        yield Hit(path, f"The plan was fully signed on {signed.isoformat()} and was due at "
                  f"the Ticket Program Manager by {due.isoformat()}, {-left} days ago; send it "
                  "now and record the date in `submission.submitted_on`.")
    elif left <= DEADLINE_NEAR_DAYS:
        yield Hit(path, f"The plan must reach the Ticket Program Manager by "
                  f"{due.isoformat()} ({left} days from {ctx.today.isoformat()}); send it and "
                  "record the date in `submission.submitted_on`.")


@rule("IWP703", Severity.ERROR, title="VR case closed before signing",
      source="20 CFR 411.140(a); Partnership Plus (seeds 000, 002, 003)")
def vr_case_closed(ctx: RuleContext) -> Iterator[Hit]:
    """With a Partnership Plus hand-off, the State VR agency is named and its case was
    closed before the plan was signed.

    A Ticket cannot be assigned to an EN while the VR case is open (VR and the EN serve the
    Ticketholder one after the other, never at the same time). An open case on an unsigned
    plan is a warning: sign only after closure.
    """
    partnership = ctx.doc.partnership_plus
    if partnership is None:
        return
    if missing(partnership.vr_agency):
        yield Hit("partnership_plus.vr_agency", "The Partnership Plus section does not name "
                  "the State VR agency; fill in `partnership_plus.vr_agency`, or remove the "
                  "section if the Ticketholder did not come from VR.")
    closed, signed = partnership.vr_case_closed, fully_signed_on(ctx.doc)
    if closed is None:
        if signed is not None:
            yield Hit("partnership_plus.vr_case_closed", "The VR case has no closure date, "
                      f"but the plan was signed on {signed.isoformat()}; a Ticket cannot be "
                      "assigned to an EN while the VR case is open. Record the closure date "
                      "in `partnership_plus.vr_case_closed`.")
        else:
            yield Hit("partnership_plus.vr_case_closed", "The VR case is still open; do not "
                      "sign the plan until VR closes the case, then record the closure date "
                      "in `partnership_plus.vr_case_closed`.", severity=Severity.WARNING)
    elif signed is not None and signed < closed:
        yield Hit("partnership_plus.vr_case_closed", f"The plan was signed on "
                  f"{signed.isoformat()}, before the VR case closed on {closed.isoformat()}; "
                  "a Ticket cannot be assigned while the VR case is open. Sign a new plan "
                  "after closure, or correct the dates.")


@rule("IWP704", Severity.WARNING, title="Assigned within 90 days of VR closure",
      source="Wisconsin DVR policy (seed 003); POMS DI 55025.001 (domain.md §5.5)")
def cdr_protection(ctx: RuleContext) -> Iterator[Hit]:
    """The plan is signed within 90 days after the VR case closed.

    Assigning the Ticket more than 90 days after VR closure loses uninterrupted protection
    from medical Continuing Disability Reviews.
    """
    partnership, signed = ctx.doc.partnership_plus, fully_signed_on(ctx.doc)
    if partnership is None or partnership.vr_case_closed is None or signed is None:
        return
    gap = (signed - partnership.vr_case_closed).days
    if gap > CDR_PROTECTION_DAYS:
        last = partnership.vr_case_closed + dt.timedelta(days=CDR_PROTECTION_DAYS)
        yield Hit("partnership_plus.vr_case_closed", f"The plan was signed {gap} days after "
                  f"the VR case closed ({partnership.vr_case_closed.isoformat()}); assigning "
                  f"after {last.isoformat()} ({CDR_PROTECTION_DAYS} days) loses uninterrupted "
                  "protection from medical reviews. Tell the Ticketholder, and check the "
                  "closure date.")
