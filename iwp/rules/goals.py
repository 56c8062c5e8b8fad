"""Rules for Part Two, Section 3: measurable short- and long-term goals that lead to SGA.

Earnings are judged against the SGA and TWL figures for the calendar year of each goal's
target date (``iwp/data/thresholds.yaml``, read through :func:`iwp.domain.thresholds`);
none of those figures appears in this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from iwp import domain
from iwp.findings import Severity
from iwp.rules import Hit, RuleContext, rule
from iwp.rules.facts import (
    WEEKS_PER_MONTH,
    add_months,
    add_years,
    blind_ssdi,
    hours,
    missing,
    money,
    plan_start,
)

BOTH = ("iwp", "amendment")
GOALS = (("short_term", "short-term"), ("long_term", "long-term"))

# EN Guide, Part Two Section 3: the short-term goal covers the first 18 months of Ticket
# assignment and the long-term goal the next three to five years.
SHORT_TERM_MONTHS = 18
LONG_TERM_YEARS = (3, 5)
# domain.md §3.2: earnings at or above TWL "by at least the 10th month after signing".
TWL_BY_MONTH = 10
# Below this many hours a week a goal counts as part-time (the common full-time floor of
# 30 hours; the program is "not right" for part-time work indefinitely, domain.md §3.2).
FULL_TIME_HOURS = Decimal(30)
# Hourly wage x hours x 4.33 may differ from the stated monthly earnings by this fraction
# (rounding, overtime, a raise expected within the goal period) before it is questioned.
EARNINGS_TOLERANCE = Decimal("0.10")


def _goals(ctx: RuleContext) -> Iterator[tuple[str, str, Any]]:
    """(key, words, goal) for each goal that is present."""
    goals = ctx.doc.employment_goals
    for key, words in GOALS:
        goal = getattr(goals, key)
        if goal is not None:
            yield key, words, goal


def _year_note(figures: domain.Thresholds, year: int) -> str:
    """Why a figure applies: empty for a listed year, else which year's figures were used."""
    if figures.listed:
        return ""
    edge = "latest" if year > figures.year else "earliest"
    return f"; {year} uses the {figures.year} figures, the {edge} listed"


@rule("IWP401", Severity.ERROR, title="Goals are measurable", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3")
def measurable_goals(ctx: RuleContext) -> Iterator[Hit]:
    """Both a short-term and a long-term goal are given, each with a job title or type of
    work, hours a week, expected monthly earnings and a target date.

    The EN Guide asks for clear and measurable goals; these four facts are what a reviewer
    and the Timely Progress Reviews measure against.
    """
    goals = ctx.doc.employment_goals
    for key, words in GOALS:
        goal = getattr(goals, key)
        path = f"employment_goals.{key}"
        if goal is None:
            yield Hit(path, f"The plan has no {words} goal; add `{path}` with job_title, "
                      "hours_per_week, monthly_earnings and target_date.")
            continue
        if missing(goal.job_title) and missing(goal.description):
            yield Hit(f"{path}.job_title", f"The {words} goal does not say what work it is "
                      f"for; fill in `{path}.job_title` with a job title or type of work.")
        for field, what in (("hours_per_week", "hours a week"),
                            ("monthly_earnings", "expected monthly earnings"),
                            ("target_date", "target date")):
            if getattr(goal, field) is None:
                if field == "monthly_earnings" and goal.hourly_wage is not None:
                    continue
                yield Hit(f"{path}.{field}", f"The {words} goal has no {what}; fill in "
                          f"`{path}.{field}` so the goal can be measured.")


@rule("IWP402", Severity.ERROR, title="Short-term goal within the first 18 months", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3")
def short_term_timeline(ctx: RuleContext) -> Iterator[Hit]:
    """The short-term goal's target date falls after the signing date (the discussion date
    while unsigned) and within the first 18 months.

    The EN Guide defines the short-term goal as the expectations for the first 18 months of
    Ticket assignment.
    """
    goal, start = ctx.doc.employment_goals.short_term, plan_start(ctx.doc)
    if goal is None or goal.target_date is None or start is None:
        return
    latest = add_months(start, SHORT_TERM_MONTHS)
    path = "employment_goals.short_term.target_date"
    if goal.target_date < start:
        yield Hit(path, f"The short-term goal's target date ({goal.target_date.isoformat()}) "
                  f"is before the plan starts ({start.isoformat()}); set a date within the "
                  f"next {SHORT_TERM_MONTHS} months.")
    elif goal.target_date > latest:
        yield Hit(path, f"The short-term goal's target date ({goal.target_date.isoformat()}) "
                  f"is more than {SHORT_TERM_MONTHS} months after {start.isoformat()}; a "
                  f"short-term goal covers the first {SHORT_TERM_MONTHS} months, so set it "
                  f"on or before {latest.isoformat()} or make it the long-term goal.")


@rule("IWP403", Severity.WARNING, title="Long-term goal 3 to 5 years out", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3")
def long_term_timeline(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal's target date is three to five years after the signing date (the
    discussion date while unsigned).

    The EN Guide describes long-term goals as the expectations over the next three to five
    years.
    """
    goal, start = ctx.doc.employment_goals.long_term, plan_start(ctx.doc)
    if goal is None or goal.target_date is None or start is None:
        return
    low, high = (add_years(start, years) for years in LONG_TERM_YEARS)
    if not low <= goal.target_date <= high:
        yield Hit("employment_goals.long_term.target_date",
                  f"The long-term goal's target date ({goal.target_date.isoformat()}) is not "
                  f"{LONG_TERM_YEARS[0]} to {LONG_TERM_YEARS[1]} years after "
                  f"{start.isoformat()}; set it between {low.isoformat()} and "
                  f"{high.isoformat()}.")


def _part_time_below_sga(ctx: RuleContext) -> tuple[Any, domain.Thresholds, Decimal] | None:
    """The long-term goal, its thresholds and SGA when it stays part-time below SGA."""
    goal = ctx.doc.employment_goals.long_term
    if goal is None or goal.target_date is None or goal.monthly_earnings is None:
        return None
    figures = domain.thresholds(goal.target_date.year)
    sga = figures.sga_for(blind_ssdi=blind_ssdi(ctx.doc, ctx.original))
    if goal.monthly_earnings >= sga:
        return None
    if goal.hours_per_week is not None and goal.hours_per_week < FULL_TIME_HOURS:
        return goal, figures, sga
    return None


@rule("IWP404", Severity.ERROR, title="Long-term earnings at or above SGA", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3; domain.md §3.1")
def long_term_sga(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal's monthly earnings are at or above Substantial Gainful Activity
    (SGA) for the year of its target date, using the blind amount for statutorily blind SSDI
    beneficiaries.

    The EN Guide: long-term goals for monthly earnings must be at or above SGA, the level
    at which a Ticketholder can leave cash benefits. Figures come from
    ``iwp/data/thresholds.yaml`` (a year after the last listed uses the last listed). A
    long-term goal that is also part-time is reported by IWP408 instead.
    """
    goal = ctx.doc.employment_goals.long_term
    if goal is None or goal.target_date is None or goal.monthly_earnings is None:
        return
    if _part_time_below_sga(ctx) is not None:
        return
    year = goal.target_date.year
    figures = domain.thresholds(year)
    blind = blind_ssdi(ctx.doc, ctx.original)
    sga = figures.sga_for(blind_ssdi=blind)
    if goal.monthly_earnings < sga:
        kind = "blind SGA amount" if blind else "SGA amount"
        yield Hit("employment_goals.long_term.monthly_earnings",
                  f"The long-term goal's monthly earnings ({money(goal.monthly_earnings)}) are "
                  f"below the {year} {kind} ({money(sga)}{_year_note(figures, year)}). "
                  f"Raise the goal to at least {money(sga)} a month (more hours or a "
                  "better-paid job), so the plan leads to financial self-sufficiency.")


@rule("IWP405", Severity.WARNING, title="Short-term earnings at or above TWL", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3; domain.md §3.2")
def short_term_twl(ctx: RuleContext) -> Iterator[Hit]:
    """The short-term goal's monthly earnings reach the Trial Work Level (TWL) for the year
    of its target date.

    The EN Guide allows TWL-level short-term goals as a step towards SGA; below TWL the
    work does not count towards Phase 1 milestones or the first Timely Progress Reviews.
    """
    goal = ctx.doc.employment_goals.short_term
    if goal is None or goal.target_date is None or goal.monthly_earnings is None:
        return
    year = goal.target_date.year
    figures = domain.thresholds(year)
    if goal.monthly_earnings < figures.twl:
        yield Hit("employment_goals.short_term.monthly_earnings",
                  f"The short-term goal's monthly earnings ({money(goal.monthly_earnings)}) are "
                  f"below the {year} Trial Work Level ({money(figures.twl)}"
                  f"{_year_note(figures, year)}). "
                  f"Aim for at least {money(figures.twl)} a month, or explain in the "
                  "discussion synopsis how the goal leads to TWL and then SGA.")


@rule("IWP406", Severity.WARNING, title="TWL reached by the 10th month", kinds=BOTH,
      source="domain.md §3.2 (SSA: TWL by at least the 10th month after signing)")
def twl_by_month_ten(ctx: RuleContext) -> Iterator[Hit]:
    """The short-term goal, which is where TWL-level earnings first appear, is due no later
    than the 10th month after signing (a date past the 18-month short-term period is
    reported by IWP402 instead).

    SSA asks ENs to work towards monthly earnings at or above TWL by at least the 10th
    month after the IWP is signed.
    """
    goal, start = ctx.doc.employment_goals.short_term, plan_start(ctx.doc)
    if goal is None or goal.target_date is None or start is None:
        return
    by = add_months(start, TWL_BY_MONTH)
    # Past the 18-month short-term period IWP402 already asks for an earlier date.
    if by < goal.target_date <= add_months(start, SHORT_TERM_MONTHS):
        yield Hit("employment_goals.short_term.target_date",
                  f"The short-term goal is due {goal.target_date.isoformat()}, after the "
                  f"{TWL_BY_MONTH}th month from {start.isoformat()} ({by.isoformat()}); SSA "
                  f"expects TWL-level earnings by then. Bring the target date forward, or add "
                  "an earlier step that reaches TWL.")


@rule("IWP407", Severity.WARNING, title="Goals show progression", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3 (progression)")
def progression(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal comes after the short-term one and does not pay less or work
    fewer hours a week.

    The EN Guide asks the goals to show a clear progression towards financial
    self-sufficiency.
    """
    short, long_ = ctx.doc.employment_goals.short_term, ctx.doc.employment_goals.long_term
    if short is None or long_ is None:
        return
    base = "employment_goals.long_term"
    if short.target_date and long_.target_date and long_.target_date <= short.target_date:
        yield Hit(f"{base}.target_date", f"The long-term goal's target date "
                  f"({long_.target_date.isoformat()}) is not after the short-term goal's "
                  f"({short.target_date.isoformat()}); the long-term goal should come later.")
    if short.monthly_earnings is not None and long_.monthly_earnings is not None \
            and long_.monthly_earnings < short.monthly_earnings:
        yield Hit(f"{base}.monthly_earnings", f"The long-term goal pays less "
                  f"({money(long_.monthly_earnings)} a month) than the short-term goal "
                  f"({money(short.monthly_earnings)}); goals should progress towards higher "
                  "earnings. Check the amounts, or explain the change in the synopsis.")
    if short.hours_per_week is not None and long_.hours_per_week is not None \
            and long_.hours_per_week < short.hours_per_week:
        yield Hit(f"{base}.hours_per_week", f"The long-term goal has fewer hours "
                  f"({hours(long_.hours_per_week)} a week) than the short-term goal "
                  f"({hours(short.hours_per_week)}); goals should progress towards more work. "
                  "Check the hours, or explain the change in the synopsis.")


@rule("IWP408", Severity.ERROR, title="Not part-time below SGA indefinitely", kinds=BOTH,
      source="domain.md §3.2 (SSA: the program is not for part-time work indefinitely)")
def not_part_time_forever(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal is not part-time work (under ``FULL_TIME_HOURS`` hours a week)
    that stays below SGA.

    SSA says part-time work is acceptable early on but the goal must be self-support, and
    the Ticket program is not right for working part time indefinitely.
    """
    found = _part_time_below_sga(ctx)
    if found is None:
        return
    goal, figures, sga = found
    year = goal.target_date.year
    yield Hit("employment_goals.long_term.hours_per_week",
              f"The long-term goal stays part-time ({hours(goal.hours_per_week)} hours a week) "
              f"with earnings ({money(goal.monthly_earnings)} a month) below "
              f"the {year} SGA amount ({money(sga)}{_year_note(figures, year)}); the Ticket "
              f"program is "
              f"not meant for part-time work indefinitely. Plan for at least "
              f"{hours(FULL_TIME_HOURS)} hours a week or at least {money(sga)} a month by the "
              "long-term target date.")


@rule("IWP409", Severity.WARNING, title="Hourly wage x hours matches monthly earnings",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 3 (measurable goals)")
def earnings_arithmetic(ctx: RuleContext) -> Iterator[Hit]:
    """For each goal with an hourly wage, hours a week and monthly earnings, wage x hours x
    4.33 weeks agrees with the monthly earnings within ``EARNINGS_TOLERANCE``.

    A mismatch usually means a typo in one of the three numbers, and the earnings figure is
    what SGA and TWL are judged against.
    """
    for key, words, goal in _goals(ctx):
        if None in (goal.hourly_wage, goal.hours_per_week, goal.monthly_earnings):
            continue
        expected = (goal.hourly_wage * goal.hours_per_week * WEEKS_PER_MONTH).quantize(
            Decimal("0.01"))
        if abs(goal.monthly_earnings - expected) > expected * EARNINGS_TOLERANCE:
            yield Hit(f"employment_goals.{key}.monthly_earnings",
                      f"The {words} goal's monthly earnings ({money(goal.monthly_earnings)}) "
                      f"do not match {money(goal.hourly_wage)} an hour x "
                      f"{hours(goal.hours_per_week)} hours a week x 4.33 weeks "
                      f"({money(expected)}); correct the wage, the hours or the monthly "
                      "amount.")


_TRAINING_FIELDS = (("program", "the program or certification"), ("provider", "the provider"),
                    ("enrollment", "the enrollment status (part_time or full_time)"),
                    ("delivery", "how it is delivered (in_person, virtual or hybrid)"),
                    ("paid_by", "who pays for it"),
                    ("expected_completion", "the expected completion date"))


@rule("IWP410", Severity.ERROR, title="Training described completely", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Sections 3 and 4 (training)")
def training_complete(ctx: RuleContext) -> Iterator[Hit]:
    """Training that a goal depends on names the program, the provider, the enrollment
    status, the delivery, who pays and the expected completion date.

    The EN Guide asks goals that need training to state the training, the expected
    enrollment status and the completion date, and the services section to say who trains,
    how it is delivered and who pays.
    """
    for key, words, goal in _goals(ctx):
        if goal.training is None:
            continue
        path = f"employment_goals.{key}.training"
        for field, what in _TRAINING_FIELDS:
            if missing(getattr(goal.training, field)):
                yield Hit(f"{path}.{field}", f"The {words} goal's training does not give "
                          f"{what}; fill in `{path}.{field}`.")


@rule("IWP411", Severity.ERROR, title="Training completes before the goal needs it",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 3")
def training_before_goal(ctx: RuleContext) -> Iterator[Hit]:
    """Training listed under the long-term goal completes by the long-term target date;
    training listed under the short-term goal completes within the short-term period (the
    first 18 months) and before the long-term target date.

    A goal cannot depend on a credential that arrives after the goal is due.
    """
    start = plan_start(ctx.doc)
    long_goal = ctx.doc.employment_goals.long_term
    long_target = long_goal.target_date if long_goal is not None else None
    for key, words, goal in _goals(ctx):
        training = goal.training
        if training is None or training.expected_completion is None:
            continue
        candidates = [long_target]
        if key == "short_term" and start is not None:
            candidates.append(add_months(start, SHORT_TERM_MONTHS))
        known = [d for d in candidates if d is not None]
        if not known:
            continue
        deadline = min(known)
        if training.expected_completion > deadline:
            yield Hit(f"employment_goals.{key}.training.expected_completion",
                      f"The {words} goal's training is expected to finish "
                      f"{training.expected_completion.isoformat()}, after "
                      f"{deadline.isoformat()}, when the goal that depends on it is due; "
                      "plan to finish the training earlier or move the goal later.")
