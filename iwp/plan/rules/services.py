"""Rules for Part Two, Section 4: specific services and supports, and regular follow-up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iwp import domain
from iwp.findings import Severity
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import PLACEHOLDERS, missing, word_count

BOTH = ("iwp", "amendment")

# A service description shorter than this cannot say what the EN will do, for whom and
# how; the EN Guide's own example ("[EN] will assist [name] with resume writing and provide
# job leads ...") is over 20 words. Ended services in an amendment need only a short reason.
MIN_SERVICE_WORDS = 8
# What a benefits counseling referral must mention (EN Guide, Section 4): a WIPA project,
# reached through the Ticket to Work Help Line.
WIPA_WORDS = (r"\bWIPA\b", r"Work Incentives? Planning and Assistance")
HELP_LINE_WORDS = (r"Help ?Line",)
# Words that show a training description says how it is delivered and who pays.
DELIVERY_WORDS = (r"in[- ]person", r"virtual", r"online", r"hybrid", r"remote", r"classroom")
PAYMENT_WORDS = (r"\bpa(y|ys|id|ying)\b", r"\bfund", r"\btuition\b", r"\bcost", r"\bfree\b",
                 r"\bno charge\b", r"\bsponsor")

# The minimum follow-up frequencies (EN Guide, Section 4 follow-up paragraphs: 004:219,
# 004:221) and how messages name the phases (004:338-339).
INITIAL_PHASE_AT_LEAST = "monthly"
ONGOING_PHASE_AT_LEAST = "quarterly"
PHASE_WORDS = {
    "initial_phase": "initial job acquisition phase (through the end of the Phase 1 "
                     "milestones)",
    "ongoing_phase": "ongoing support phase (from the Phase 2 milestones until the Ticket is "
                     "unassigned)",
}


def _mentions(text: str, patterns: tuple[str, ...]) -> bool:
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def _service_name(service: object) -> str:
    return domain.service_label(service.category, service.service)  # type: ignore[attr-defined]


@rule("IWP501", Severity.ERROR, title="Every service is specifically described", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 4")
def service_descriptions(ctx: RuleContext) -> Iterator[Hit]:
    """Every listed (checked) service has a specific description of what the EN will do,
    not a blank, a placeholder such as "TBD", or a few words.

    The EN Guide: when an EN checks a service box it must specify the service it will
    provide (threshold: ``MIN_SERVICE_WORDS`` words).
    """
    for index, service in enumerate(ctx.doc.services):
        path = f"services.{index}.description"
        name = _service_name(service)
        text = (service.description or "").strip()
        if not text:
            yield Hit(path, f"The service \"{name}\" has no description; say what the EN will "
                      f"do, with whom and how often, in `{path}`.")
        elif text.lower().strip(" .!") in PLACEHOLDERS:
            yield Hit(path, f"The service \"{name}\" is described only as \"{text}\"; replace "
                      f"the placeholder with what the EN will actually do.")
        elif word_count(text) < MIN_SERVICE_WORDS and getattr(service, "change", None) != "ended":
            yield Hit(path, f"The service \"{name}\" is described in only "
                      f"{word_count(text)} words; say specifically what the EN will do for "
                      f"this Ticketholder (at least {MIN_SERVICE_WORDS} words).")


@rule("IWP502", Severity.ERROR, title="Plan lists services", kinds=("iwp",),
      source="EN Guide (seed 004), Part Two Section 4; 20 CFR 411.465(a)(2)")
def has_services(ctx: RuleContext) -> Iterator[Hit]:
    """The plan lists at least one service or support the EN will provide.

    20 CFR 411.465(a)(2) requires the IWP to state the services and supports needed to
    reach the goal.
    """
    if not ctx.doc.services:
        yield Hit("services", "The plan lists no services or supports; add at least one "
                  "under `services` (career planning, job placement or ongoing support).")


@rule("IWP503", Severity.ERROR, title="Benefits counseling referral to WIPA", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 4 (benefits counseling)")
def benefits_counseling_referral(ctx: RuleContext) -> Iterator[Hit]:
    """When benefits counseling is listed and the EN has no certified benefits counselor on
    staff, the description says the Ticketholder is referred to a WIPA project through the
    Ticket to Work Help Line.

    The EN Guide says the IWP must clearly state this referral. For an amendment the
    original plan says whether the EN has a counselor, so the rule runs only when it is
    given.
    """
    has_flag = hasattr(ctx.doc.employment_network, "certified_benefits_counselor_on_staff")
    source = ctx.doc if has_flag else ctx.original
    if source is None or source.employment_network.certified_benefits_counselor_on_staff:
        return
    for index, service in enumerate(ctx.doc.services):
        if service.service != "benefits_counseling" or getattr(service, "change", "") == "ended":
            continue
        text = f"{service.description or ''} {service.provider or ''}"
        if not (_mentions(text, WIPA_WORDS) and _mentions(text, HELP_LINE_WORDS)):
            yield Hit(f"services.{index}.description",
                      "The EN has no certified benefits counselor on staff, so the benefits "
                      "counseling description must say that the Ticketholder is referred to a "
                      "WIPA project through the Ticket to Work Help Line; add that sentence.")


@rule("IWP504", Severity.ERROR, title="Training service says who, how and who pays",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 4 (training)")
def training_service(ctx: RuleContext) -> Iterator[Hit]:
    """A training service says who will train (``provider``), how the training is delivered
    (in person, virtual or hybrid) and who pays for it, in the service or in the goal's
    training details.

    The EN Guide asks for all three in the training service.
    """
    trainings, services = _training_services(ctx, with_original=False)
    for index, service in services:
        text = service.description or ""
        gaps = []
        if missing(service.provider) and not any(t.provider for t in trainings):
            gaps.append(("provider", "who will provide the training"))
        if not _mentions(text, DELIVERY_WORDS) and not any(t.delivery for t in trainings):
            gaps.append(("description", "how it is delivered (in person, virtual or hybrid)"))
        if not _mentions(text, PAYMENT_WORDS) and not any(t.paid_by for t in trainings):
            gaps.append(("description", "who pays for it"))
        for key, what in gaps:
            yield Hit(f"services.{index}.{key}", f"The training service does not say {what}; "
                      f"add it to `services.{index}.{key}`.")


@rule("IWP505", Severity.ERROR, title="Job accommodation says who requests it and where",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 4 (job accommodation)")
def job_accommodation(ctx: RuleContext) -> Iterator[Hit]:
    """A job accommodation service says whether the Ticketholder or the EN will request the
    accommodation, and for which setting (workplace, training, education).

    The EN Guide asks the plan to identify who requests the reasonable accommodation and
    for which setting.
    """
    for index, service in enumerate(ctx.doc.services):
        if service.service != "job_accommodation" or getattr(service, "change", "") == "ended":
            continue
        path = f"services.{index}"
        if service.accommodation_requested_by is None:
            yield Hit(path, "The job accommodation service does not say who will request the "
                      f"accommodation; set `{path}.accommodation_requested_by` to ticketholder "
                      "or employment_network.")
        if not service.accommodation_settings:
            yield Hit(path, "The job accommodation service does not say where the "
                      f"accommodation is needed; list `{path}.accommodation_settings` "
                      "(workplace, training, education).")


@rule("IWP506", Severity.ERROR, title="Follow-up at least monthly, then quarterly",
      source="EN Guide (seed 004), Part Two Section 4 (004:219, 004:221, 004:338)")
def follow_up(ctx: RuleContext) -> Iterator[Hit]:
    """The plan commits to two-way follow-up at least monthly in the initial job
    acquisition phase, which lasts through the end of the Phase 1 milestones (a period of
    work at or above the trial work level), and at least quarterly in the ongoing support
    phase, from the Phase 2 milestones until the Ticket is unassigned; and it names the
    contact methods.

    These are the minimum contact frequencies of the EN Guide (004:219, 004:221); without
    two-way contact the EN must unassign the Ticket (004:338-339).
    """
    plan = ctx.doc.follow_up
    if plan is None:
        yield Hit("follow_up", "The plan has no follow-up commitment; add `follow_up` with "
                  f"initial_phase: {INITIAL_PHASE_AT_LEAST}, ongoing_phase: "
                  f"{ONGOING_PHASE_AT_LEAST} and the contact methods.")
        return
    for key, phase, required in (("initial_phase", PHASE_WORDS["initial_phase"],
                                  INITIAL_PHASE_AT_LEAST),
                                 ("ongoing_phase", PHASE_WORDS["ongoing_phase"],
                                  ONGOING_PHASE_AT_LEAST)):
        value = getattr(plan, key)
        path = f"follow_up.{key}"
        if value is None:
            yield Hit(path, f"How often the EN follows up in the {phase} is missing; set "
                      f"`{path}` to {required} or more often.")
        elif not domain.at_least_as_often(value, required):
            said = domain.label("follow_up_frequencies", value).lower()
            yield Hit(path, f"Follow-up in the {phase} is {said}, less often than the "
                      f"required minimum ({required}); set `{path}` to {required} or more "
                      "often.")
    if not plan.methods:
        yield Hit("follow_up.methods", "The follow-up commitment names no contact methods; "
                  "list them in `follow_up.methods` (for example telephone, email).",
                  severity=Severity.WARNING)


# Words that show a training service states the enrollment status and when it ends, when
# no goal has a `training:` block that says so (004:175).
TRAINING_TYPE_WORDS = (r"\b(certific\w*|course|degree|diploma|GED|license|licensure|"
                       r"apprentice\w*|associate|bachelor|program|class(es)?|bootcamp|"
                       r"credential)\b",)
ENROLLMENT_WORDS = (r"\b(part|full)[- ]time\b",)
COMPLETION_WORDS = (r"\b\d{4}-\d{2}-\d{2}\b", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
                    r"\b(January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|spring|summer|fall|autumn|winter)\b[ ,]*\d{4}\b",
                    r"\b(complet|finish|graduat)\w*\b[^.]*\b(by|in|before|within)\b",
                    r"\b(by|before|in|until|through)\b[^.]{0,20}\b20\d\d\b")


@rule("IWP507", Severity.ERROR, title="Training says what, enrollment and completion date",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 3 (004:175) and Section 4 "
      "(004:212)")
def training_specifics(ctx: RuleContext) -> Iterator[Hit]:
    """A checked training service is matched by the type of training, the Ticketholder's
    enrollment status (part-time or full-time) and the expected completion date, in a
    goal's ``training:`` block or in the service's own description (for an amendment, also
    in the original plan's goals).

    The EN Guide: when training applies, the goals must include the specific type of
    training, education or certification, the expected enrollment status and the
    anticipated completion date (004:175). None of the three anywhere is an error; one or
    two missing is a warning, since a short course may have no enrollment status.
    """
    # An amendment's training may be described in the goals of the plan it amends.
    trainings, services = _training_services(ctx, with_original=True)
    for index, service in services:
        text = service.description or ""
        gaps = []
        if not any(t.program for t in trainings) and not _mentions(text, TRAINING_TYPE_WORDS):
            gaps.append("the type of training, education or certification")
        if not any(t.enrollment for t in trainings) and not _mentions(text, ENROLLMENT_WORDS):
            gaps.append("whether the Ticketholder enrolls part-time or full-time")
        if not any(t.expected_completion for t in trainings) \
                and not _mentions(text, COMPLETION_WORDS):
            gaps.append("the expected completion date")
        if gaps:
            # All three missing is the plan 004:175 describes as incomplete; one or two
            # missing may be a short course where enrollment status means little.
            severity = None if len(gaps) == len(_TRAINING_FACTS) else Severity.WARNING
            yield Hit(f"services.{index}.description", "The training service does not say "
                      + _join(gaps) + "; add a `training:` block (program, enrollment, "
                      "expected_completion) to the goal it serves, or say it in "
                      f"`services.{index}.description`.", severity=severity)


_TRAINING_FACTS = ("type", "enrollment", "completion")


def _training_services(ctx: RuleContext, *, with_original: bool) -> tuple[list[Any], list[Any]]:
    """The goals' ``training:`` blocks (for an amendment, with ``with_original``, also those of
    the plan it amends) and each training service still in force, with its index."""
    docs = [ctx.doc] + ([ctx.original] if with_original and ctx.original is not None else [])
    trainings = [goal.training for doc in docs
                 for goal in (doc.employment_goals.short_term, doc.employment_goals.long_term)
                 if goal is not None and goal.training is not None]
    services = [(index, service) for index, service in enumerate(ctx.doc.services)
                if service.service == "training" and getattr(service, "change", "") != "ended"]
    return trainings, services


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
