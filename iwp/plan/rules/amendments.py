"""Rules for amendments: what every amendment states, and the cross-check with its original.

The cross-check rules (``needs_original=True``) run when the amendment and the plan it
amends are validated together: ``iwp validate plan.yaml amendment.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from iwp.findings import Severity
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import fully_signed_on, missing, signature_dates

AMENDMENT = ("amendment",)


@rule("IWP751", Severity.ERROR, title="Amendment names the EN, the Ticketholder and the IWP",
      kinds=AMENDMENT, source="EN Guide (seed 004), Amending IWPs")
def amendment_identity(ctx: RuleContext) -> Iterator[Hit]:
    """The amendment gives the EN's name and PID, the Ticketholder's name and SSN, and the
    original IWP's reference (its plan id and the date it was fully signed).

    The EN Guide lists the EN name and PID first among an amendment's contents; the rest
    ties the amendment to the right Ticketholder and plan when it is filed with the
    original.
    """
    doc = ctx.doc
    for key, what in (("name", "name"), ("pid", "PID")):
        if missing(getattr(doc.employment_network, key)):
            yield Hit(f"employment_network.{key}", f"The amendment does not give the EN's "
                      f"{what}; fill in `employment_network.{key}`.")
    name = doc.ticketholder.name
    if name is None or missing(name.first) or missing(name.last):
        yield Hit("ticketholder.name", "The amendment does not give the Ticketholder's first "
                  "and last name; fill in `ticketholder.name`.")
    if missing(doc.ticketholder.ssn):
        yield Hit("ticketholder.ssn", "The amendment does not give the Ticketholder's Social "
                  "Security number; fill in `ticketholder.ssn`.")
    if missing(doc.amends.plan_id):
        yield Hit("amends.plan_id", "The amendment does not say which IWP it amends; copy the "
                  "original plan's `plan_id` into `amends.plan_id`.")
    if doc.amends.original_signed is None:
        yield Hit("amends.original_signed", "The date the original IWP was fully signed is "
                  "missing; fill in `amends.original_signed`.")


@rule("IWP752", Severity.ERROR, title="Amendment gives its reason", kinds=AMENDMENT,
      source="EN Guide (seed 004), Amending IWPs")
def amendment_reason(ctx: RuleContext) -> Iterator[Hit]:
    """The amendment says why the goals or services changed.

    Amendments record a change the EN and the Ticketholder discussed and agreed; the reason
    shows a reviewer why the plan changed.
    """
    if missing(ctx.doc.reason):
        yield Hit("reason", "The amendment does not say why the plan is changing; describe "
                  "what changed for the Ticketholder in `reason`.")


@rule("IWP753", Severity.ERROR, title="Amendment services marked added, continued or ended",
      kinds=AMENDMENT, source="EN Guide (seed 004), Amending IWPs")
def amendment_services(ctx: RuleContext) -> Iterator[Hit]:
    """The amendment lists the revised services, each marked ``added``, ``continued`` or
    ``ended``.

    The EN Guide: an amendment includes the revised services and supports, including a
    service that is no longer needed.
    """
    services = ctx.doc.services
    if not services:
        yield Hit("services", "The amendment lists no services; list the services that are "
                  "added, continued or ended under `services`.")
    for index, service in enumerate(services):
        if service.change is None:
            yield Hit(f"services.{index}", f"Service {index + 1} does not say whether it is "
                      f"added, continued or ended; set `services.{index}.change`.")


@rule("IWP754", Severity.ERROR, title="Amendment signed after the original",
      kinds=AMENDMENT, source="EN Guide (seed 004), Amending IWPs")
def signed_after_original(ctx: RuleContext) -> Iterator[Hit]:
    """Both signatures on the amendment are dated on or after the day the original IWP was
    fully signed.

    An amendment changes a signed plan, so it cannot be signed before that plan.
    """
    original_signed = ctx.doc.amends.original_signed
    dates = signature_dates(ctx.doc)
    if original_signed is None or not dates or min(dates) >= original_signed:
        return
    yield Hit("amends.original_signed", f"The amendment has a signature dated "
              f"{min(dates).isoformat()}, before the original IWP was signed on "
              f"{original_signed.isoformat()}; correct the dates.")


@rule("IWP755", Severity.ERROR, title="Amendment matches its original IWP",
      kinds=AMENDMENT, needs_original=True,
      source="EN Guide (seed 004), Amending IWPs (filed with the original IWP)")
def matches_original(ctx: RuleContext) -> Iterator[Hit]:
    """When validated together with the IWP it amends, the amendment names the same plan id,
    EN (name and PID), Ticketholder (name and SSN) and original signing date.

    An amendment is filed as an attachment to its original IWP; a mismatch means it is
    attached to the wrong plan or was copied from another Ticketholder's file.
    """
    doc, original = ctx.doc, ctx.original
    if doc.amends.plan_id and original.plan_id and doc.amends.plan_id != original.plan_id:
        yield Hit("amends.plan_id", f"The amendment amends plan {doc.amends.plan_id}, but the "
                  f"IWP given with it is {original.plan_id}; check which plan it belongs to.")
    for key, what in (("name", "EN name"), ("pid", "PID")):
        mine, theirs = getattr(doc.employment_network, key), \
            getattr(original.employment_network, key)
        if mine and theirs and mine.strip().casefold() != theirs.strip().casefold():
            yield Hit(f"employment_network.{key}", f"The amendment's {what} ({mine}) differs "
                      f"from the original IWP's ({theirs}); use the same {what}.")
    name, original_name = doc.ticketholder.name, original.ticketholder.name
    if name and original_name and name.full.casefold() != original_name.full.casefold():
        yield Hit("ticketholder.name", f"The amendment's Ticketholder ({name.full}) is not the "
                  f"original IWP's ({original_name.full}); check that it is the right file.")
    if doc.ticketholder.ssn and original.ticketholder.ssn \
            and doc.ticketholder.ssn != original.ticketholder.ssn:
        yield Hit("ticketholder.ssn", "The amendment's Social Security number differs from the "
                  "original IWP's; check that it is the same Ticketholder.")
    signed = fully_signed_on(original)
    if doc.amends.original_signed and signed and doc.amends.original_signed != signed:
        yield Hit("amends.original_signed", f"`amends.original_signed` is "
                  f"{doc.amends.original_signed.isoformat()}, but the original IWP was fully "
                  f"signed on {signed.isoformat()}; use that date.")
