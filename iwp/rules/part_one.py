"""Rules for Part One: the EN's and the Ticketholder's contact information."""

from __future__ import annotations

from collections.abc import Iterator

from iwp.findings import Severity
from iwp.rules import Hit, RuleContext, rule


@rule("IWP100", Severity.INFO, title="Fictional SSN", kinds=("iwp", "amendment"),
      source="SSA: numbers in the 900-999 area are never issued")
def fictional_ssn(ctx: RuleContext) -> Iterator[Hit]:
    """An SSN in the 900-999 area is never issued, so the plan is a test or training plan.

    It is an ``info`` finding rather than an error so that training plans stay usable.
    """
    ssn = ctx.doc.ticketholder.ssn
    if ssn and ssn[0] == "9":
        yield Hit("ticketholder.ssn", "This SSN is in the never-issued 900-999 area: a "
                  "fictional number for testing or training, not for submission.")
