"""Rules for Part Two, Section 3: measurable short- and long-term goals that lead to SGA.

Earnings are judged against the SGA and TWL figures for the calendar year of each goal's
target date (``iwp/data/thresholds.yaml``, read through :func:`iwp.domain.thresholds`);
none of those figures appears in this module. A goal given as hours and an hourly wage
without a monthly amount is judged on wage x hours x 52 / 12, and the message says so.
Messages give dollar figures first, as the EN Guide asks (004:97).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from iwp import domain
from iwp.findings import Severity
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import (
    BLIND_SGA_WORDS,
    SGA_WORDS,
    TWL_WORDS,
    add_months,
    add_years,
    blind_ssdi,
    current_earnings,
    current_jobs,
    earnings_words,
    goal_clock,
    own_clock,
    goal_earnings,
    hours,
    missing,
    money,
    threshold_words,
)

BOTH = ("iwp", "amendment")
GOALS = (("short_term", "short-term"), ("long_term", "long-term"))

# EN Guide 004:175: the short-term goal covers the first 18 months of Ticket assignment and
# the long-term goal the next three to five years.
SHORT_TERM_MONTHS = 18
LONG_TERM_YEARS = (3, 5)
# domain.md §3.2 (SSA's EN pages, not the EN Guide): earnings at or above TWL "by at least
# the 10th month after signing". The EN Guide allows the short-term goal anywhere in the
# first 18 months (004:175), so this is a reminder, not a requirement.
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


def _sga(ctx: RuleContext, year: int) -> tuple[domain.Thresholds, Decimal, str]:
    """(figures, SGA amount, its words) for ``year``: the blind amount for blind SSDI."""
    figures = domain.thresholds(year)
    blind = blind_ssdi(ctx.doc, ctx.original)
    return figures, figures.sga_for(blind_ssdi=blind), BLIND_SGA_WORDS if blind else SGA_WORDS


def _earnings_about(key: str) -> tuple[str, ...]:
    """The values a goal's earnings come from (for dropping hits on a broken value)."""
    base = f"employment_goals.{key}"
    return (f"{base}.hourly_wage", f"{base}.hours_per_week", f"{base}.target_date")


@rule("IWP401", Severity.ERROR, title="Goals are measurable", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3 (004:175, 004:179)")
def measurable_goals(ctx: RuleContext) -> Iterator[Hit]:
    """Both a short-term and a long-term goal are given, each with a job title or type of
    work, hours a week, expected monthly earnings (or an hourly wage, from which the monthly
    amount is worked out) and a target date.

    The EN Guide asks for clear and measurable goals; these four facts are what a reviewer
    and the Timely Progress Reviews measure against. An amendment may change only the
    services (004:272), so it is checked only for the goals it gives; the original plan's
    goals stand for the rest.
    """
    goals = ctx.doc.employment_goals
    amendment = ctx.kind == "amendment"
    for key, words in GOALS:
        goal = getattr(goals, key)
        path = f"employment_goals.{key}"
        if goal is None:
            if not amendment:
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
                    continue  # worked out from the wage and the hours (goal_earnings)
                yield Hit(f"{path}.{field}", f"The {words} goal has no {what}; fill in "
                          f"`{path}.{field}` so the goal can be measured.")


@rule("IWP402", Severity.ERROR, title="Short-term goal within the first 18 months", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3 (004:175)")
def short_term_timeline(ctx: RuleContext) -> Iterator[Hit]:
    """The short-term goal's target date falls after the plan was signed (the discussion
    date while unsigned) and within the first 18 months.

    The EN Guide defines the short-term goal as the expectations for the first 18 months of
    Ticket assignment. An amendment's goals are measured from the original IWP's signing,
    when it is known, or, for an amendment signed after those first 18 months, from its own
    signing; a date outside the window is a warning there, since the Guide says nothing
    about timelines in amendments.
    """
    goal, clock = ctx.doc.employment_goals.short_term, goal_clock(ctx.doc, ctx.original)
    if goal is None or goal.target_date is None or clock is None:
        return
    latest = add_months(clock.day, SHORT_TERM_MONTHS)
    path = "employment_goals.short_term.target_date"
    severity = Severity.WARNING if ctx.kind == "amendment" else None
    own = own_clock(ctx.doc) if ctx.kind == "amendment" else None
    if own is not None and own.day > latest and _within_own_window(
            ctx, goal.target_date, (0, SHORT_TERM_MONTHS)):
        return  # amended after the first 18 months: the new short-term goal starts here
    if goal.target_date < clock.day and ctx.kind != "amendment":
        yield Hit(path, f"The short-term goal's target date ({goal.target_date.isoformat()}) "
                  f"is before {clock.words}; set a date within the {SHORT_TERM_MONTHS} "
                  "months after that.")
    elif goal.target_date > latest:
        yield Hit(path, f"The short-term goal's target date ({goal.target_date.isoformat()}) "
                  f"is more than {SHORT_TERM_MONTHS} months after {clock.words}; a "
                  f"short-term goal covers the first {SHORT_TERM_MONTHS} months of Ticket "
                  f"assignment, so set it on or before {latest.isoformat()} or make it the "
                  "long-term goal.", severity=severity)


@rule("IWP403", Severity.WARNING, title="Long-term goal 3 to 5 years out", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3 (004:175)")
def long_term_timeline(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal's target date is three to five years after the plan was signed
    (the discussion date while unsigned; for an amendment, the original IWP's signing or
    the amendment's own).

    The EN Guide describes long-term goals as the expectations over the next three to five
    years.
    """
    goal, clock = ctx.doc.employment_goals.long_term, goal_clock(ctx.doc, ctx.original)
    if goal is None or goal.target_date is None or clock is None:
        return
    low, high = (add_years(clock.day, years) for years in LONG_TERM_YEARS)
    own_window = tuple(12 * years for years in LONG_TERM_YEARS)
    if ctx.kind == "amendment" and _within_own_window(ctx, goal.target_date, own_window):
        return
    if not low <= goal.target_date <= high:
        yield Hit("employment_goals.long_term.target_date",
                  f"The long-term goal's target date ({goal.target_date.isoformat()}) is not "
                  f"{LONG_TERM_YEARS[0]} to {LONG_TERM_YEARS[1]} years after {clock.words}; "
                  f"set it between {low.isoformat()} and {high.isoformat()}.")


def _within_own_window(ctx: RuleContext, target: Any, months: tuple[int, int]) -> bool:
    """Whether an amendment's goal is ``months`` (low, high) after the amendment's own
    signing: accepted as well as the original's clock (see :func:`own_clock`)."""
    own = own_clock(ctx.doc)
    return own is not None and add_months(own.day, months[0]) <= target \
        <= add_months(own.day, months[1])


def _part_time_below_sga(ctx: RuleContext) -> bool:
    """Whether the long-term goal stays part-time below SGA (IWP408's case)."""
    goal = ctx.doc.employment_goals.long_term
    if goal is None or goal.target_date is None:
        return False
    earnings, _ = goal_earnings(goal)
    if earnings is None:
        return False
    _, sga, _ = _sga(ctx, goal.target_date.year)
    return earnings < sga and goal.hours_per_week is not None \
        and goal.hours_per_week < FULL_TIME_HOURS


@rule("IWP404", Severity.ERROR, title="Long-term earnings at or above SGA", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3 (004:184); domain.md §3.1")
def long_term_sga(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal's monthly earnings (stated, or worked out from the hourly wage and
    the hours) are at or above Substantial Gainful Activity (SGA) for the year of its target
    date, using the blind amount for statutorily blind SSDI beneficiaries.

    The EN Guide: long-term goals for monthly earnings must be at or above SGA, the level
    at which a Ticketholder can leave cash benefits. Figures come from
    ``iwp/data/thresholds.yaml``; for a year not published yet the latest listed year's
    amount is used as a minimum. With no target date (a plan read from a PDF that gives
    none), the amount of the year the plan's clock starts is used: SGA has never fallen, so
    earnings below it are below SGA whenever the goal is reached. A long-term goal that is
    also part-time is reported by IWP408 instead.
    """
    goal = ctx.doc.employment_goals.long_term
    if goal is None or _part_time_below_sga(ctx):
        return
    earnings, derived = goal_earnings(goal)
    if earnings is None:
        return
    if goal.target_date is not None:
        year = goal.target_date.year
    else:
        # No target date: SGA has never fallen from one year to the next, so earnings below
        # the amount of the year the plan starts are below it in any year the goal could
        # be reached.
        clock = goal_clock(ctx.doc, ctx.original) or own_clock(ctx.doc)
        if clock is None:
            return
        year = clock.day.year
    figures, sga, what = _sga(ctx, year)
    if earnings < sga:
        yield Hit("employment_goals.long_term.monthly_earnings",
                  f"The long-term goal's earnings ({earnings_words(goal, earnings, derived)}) "
                  f"are below {threshold_words(figures, year, sga, what)}, the level at which "
                  f"a Ticketholder can leave cash benefits. Raise the goal to at least "
                  f"{money(sga)} a month (more hours or a better-paid job), so the plan leads "
                  "to financial self-sufficiency.", about=_earnings_about("long_term"))


@rule("IWP405", Severity.WARNING, title="Short-term earnings at or above TWL", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Section 3 (004:184); domain.md §3.2")
def short_term_twl(ctx: RuleContext) -> Iterator[Hit]:
    """The short-term goal's monthly earnings (stated, or worked out from the hourly wage and
    the hours) reach the Trial Work Level (TWL) for the year of its target date.

    The EN Guide allows TWL-level short-term goals as a step towards SGA; below TWL the
    work does not count towards Phase 1 milestones or the first Timely Progress Reviews.
    """
    goal = ctx.doc.employment_goals.short_term
    if goal is None or goal.target_date is None:
        return
    earnings, derived = goal_earnings(goal)
    if earnings is None:
        return
    year = goal.target_date.year
    figures = domain.thresholds(year)
    _, sga, _ = _sga(ctx, year)
    if earnings < figures.twl:
        yield Hit("employment_goals.short_term.monthly_earnings",
                  f"The short-term goal's earnings ({earnings_words(goal, earnings, derived)}) "
                  f"are below {threshold_words(figures, year, figures.twl, TWL_WORDS)}, the "
                  f"least that counts as a month of trial work. Aim for at least "
                  f"{money(figures.twl)} a month, or explain in the discussion synopsis how "
                  f"the goal leads to {money(figures.twl)} and then {money(sga)} a month.",
                  about=_earnings_about("short_term"))


@rule("IWP406", Severity.INFO, title="Reminder: trial-work earnings by the 10th month",
      kinds=BOTH, source="domain.md §3.2 (SSA's EN pages: TWL by at least the 10th month "
      "after signing); EN Guide 004:175 allows the short-term goal in months 1-18")
def twl_by_month_ten(ctx: RuleContext) -> Iterator[Hit]:
    """A reminder (info) when the short-term goal is due in months 11 to 18 and the work
    history does not show the Ticketholder already earning the Trial Work Level.

    SSA's pages for ENs ask them to work towards monthly earnings at or above TWL by at
    least the 10th month after the IWP is signed; the EN Guide allows a short-term goal
    anywhere in the first 18 months (004:175), so this is not an error or a warning. A
    Ticketholder who already earns that much (004:170-171) gets no reminder, and a date
    past the 18 months is reported by IWP402 instead.
    """
    goal, clock = ctx.doc.employment_goals.short_term, goal_clock(ctx.doc, ctx.original)
    if goal is None or goal.target_date is None or clock is None:
        return
    by = add_months(clock.day, TWL_BY_MONTH)
    if not by < goal.target_date <= add_months(clock.day, SHORT_TERM_MONTHS):
        return
    figures = domain.thresholds(by.year)
    now = current_earnings(ctx.doc)
    if now is not None and now >= figures.twl:
        return
    yield Hit("employment_goals.short_term.target_date",
              f"The short-term goal is due {goal.target_date.isoformat()}, after the "
              f"{TWL_BY_MONTH}th month from {clock.words} ({by.isoformat()}). This is allowed; "
              f"as a reminder, SSA asks ENs to work towards earnings of at least "
              f"{threshold_words(figures, by.year, figures.twl, TWL_WORDS)} by then. An "
              "earlier step towards that amount, in the goal's description or the synopsis, "
              "shows the plan does.")


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
    (short_pay, _), (long_pay, _) = goal_earnings(short), goal_earnings(long_)
    if short_pay is not None and long_pay is not None and long_pay < short_pay:
        yield Hit(f"{base}.monthly_earnings", f"The long-term goal pays less "
                  f"({money(long_pay)} a month) than the short-term goal "
                  f"({money(short_pay)}); goals should progress towards higher "
                  "earnings. Check the amounts, or explain the change in the synopsis.",
                  about=_earnings_about("long_term") + _earnings_about("short_term"))
    if short.hours_per_week is not None and long_.hours_per_week is not None \
            and long_.hours_per_week < short.hours_per_week:
        yield Hit(f"{base}.hours_per_week", f"The long-term goal has fewer hours "
                  f"({hours(long_.hours_per_week)} a week) than the short-term goal "
                  f"({hours(short.hours_per_week)}); goals should progress towards more work. "
                  "Check the hours, or explain the change in the synopsis.",
                  about=("employment_goals.short_term.hours_per_week",))


@rule("IWP408", Severity.ERROR, title="Not part-time below SGA indefinitely", kinds=BOTH,
      source="domain.md §3.2 (SSA: the program is not for part-time work indefinitely); "
      "EN Guide 004:177")
def not_part_time_forever(ctx: RuleContext) -> Iterator[Hit]:
    """The long-term goal is not part-time work (under ``FULL_TIME_HOURS`` hours a week)
    that stays below SGA.

    SSA says part-time work is acceptable early on but the goal must be self-support, and
    the Ticket program is not right for working part time indefinitely; the EN Guide
    reminds that a Ticketholder who starts part-time should have the goal of
    self-sufficiency (004:177).
    """
    if not _part_time_below_sga(ctx):
        return
    goal = ctx.doc.employment_goals.long_term
    earnings, derived = goal_earnings(goal)
    year = goal.target_date.year
    figures, sga, what = _sga(ctx, year)
    yield Hit("employment_goals.long_term.hours_per_week",
              f"The long-term goal stays part-time ({hours(goal.hours_per_week)} hours a week) "
              f"with earnings ({earnings_words(goal, earnings, derived)}) below "
              f"{threshold_words(figures, year, sga, what)}; the Ticket program is not meant "
              f"for part-time work indefinitely. Plan for at least "
              f"{hours(FULL_TIME_HOURS)} hours a week or at least {money(sga)} a month by the "
              "long-term target date.", about=_earnings_about("long_term"))


@rule("IWP409", Severity.WARNING, title="Hourly wage x hours matches monthly earnings",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 3 (measurable goals)")
def earnings_arithmetic(ctx: RuleContext) -> Iterator[Hit]:
    """For each goal with an hourly wage, hours a week and monthly earnings, wage x hours x
    52 / 12 (4.33 weeks a month) agrees with the monthly earnings within
    ``EARNINGS_TOLERANCE``.

    A mismatch usually means a typo in one of the three numbers, and the earnings figure is
    what SGA and TWL are judged against.
    """
    for key, words, goal in _goals(ctx):
        if None in (goal.hourly_wage, goal.hours_per_week, goal.monthly_earnings):
            continue
        expected = domain.monthly_from_hourly(goal.hourly_wage, goal.hours_per_week)
        if abs(goal.monthly_earnings - expected) > expected * EARNINGS_TOLERANCE:
            yield Hit(f"employment_goals.{key}.monthly_earnings",
                      f"The {words} goal's monthly earnings ({money(goal.monthly_earnings)}) "
                      f"do not match {money(goal.hourly_wage)} an hour x "
                      f"{hours(goal.hours_per_week)} hours a week x 4.33 weeks "
                      f"({money(expected)}); correct the wage, the hours or the monthly "
                      "amount.", about=_earnings_about(key))


_TRAINING_FIELDS = (("program", "the program or certification"), ("provider", "the provider"),
                    ("enrollment", "the enrollment status (part_time or full_time)"),
                    ("delivery", "how it is delivered (in_person, virtual or hybrid)"),
                    ("paid_by", "who pays for it"),
                    ("expected_completion", "the expected completion date"))


@rule("IWP410", Severity.ERROR, title="Training described completely", kinds=BOTH,
      source="EN Guide (seed 004), Part Two Sections 3 and 4 (004:175, 004:212)")
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


@rule("IWP411", Severity.ERROR, title="Training completes before the goal that needs it",
      kinds=BOTH, source="EN Guide (seed 004), Part Two Section 3 (004:175)")
def training_before_goal(ctx: RuleContext) -> Iterator[Hit]:
    """A goal's training has an expected completion date no later than the goal that needs
    the credential: the long-term target date, whichever goal lists the training.

    The EN Guide puts the training, its enrollment status and its completion date in the
    short-term goal even when the credential is for the long-term goal (004:175), so a
    two-year degree listed under the short-term goal may finish after the short-term
    target date and after the first 18 months; it must still finish before the long-term
    goal that depends on it is due. Training listed under a goal of its own, with no
    long-term goal to compare with, must finish by that goal's target date.
    """
    long_goal = ctx.doc.employment_goals.long_term
    long_target = long_goal.target_date if long_goal is not None else None
    for key, words, goal in _goals(ctx):
        training = goal.training
        if training is None or training.expected_completion is None:
            continue
        if long_target is not None:
            deadline, needs = long_target, "the long-term goal's target date"
        elif goal.target_date is not None:
            deadline, needs = goal.target_date, f"the {words} goal's target date"
        else:
            continue
        if training.expected_completion > deadline:
            yield Hit(f"employment_goals.{key}.training.expected_completion",
                      f"The {words} goal's training is expected to finish "
                      f"{training.expected_completion.isoformat()}, after {needs} "
                      f"({deadline.isoformat()}), so the credential arrives after the goal "
                      "that needs it is due; plan to finish the training earlier or move "
                      "that goal later.", about=("employment_goals.long_term.target_date",))


@rule("IWP412", Severity.WARNING, title="Goals build on what the Ticketholder earns now",
      source="EN Guide (seed 004), Part Two Sections 2 and 3 (004:170-171, 004:175)")
def goals_above_current_earnings(ctx: RuleContext) -> Iterator[Hit]:
    """Each goal's monthly earnings are at least what the Ticketholder earns now, from the
    jobs in the work history still held at the end of the period.

    The work history shows whether and how the goals are reasonable (004:170-171), and
    the goals should show a progression towards self-sufficiency (004:175). A goal below
    current earnings is usually a typo or a copied goal; when a drop is intended (a career
    change, fewer hours for health), the synopsis should say why.
    """
    now = current_earnings(ctx.doc)
    if now is None:
        return
    employers = ", ".join(f"job {index + 1}" + (f", {job.employer}" if job.employer else "")
                          for index, job in current_jobs(ctx.doc))
    for key, words, goal in _goals(ctx):
        earnings, derived = goal_earnings(goal)
        if earnings is not None and earnings < now:
            yield Hit(f"employment_goals.{key}.monthly_earnings",
                      f"The {words} goal's earnings "
                      f"({earnings_words(goal, earnings, derived)}) are below what the "
                      f"Ticketholder earns now ({money(now)} a month in the work history: "
                      f"{employers}); goals should build on the work history. Raise the "
                      "goal, or explain in `discussion.goals_rationale` why earnings will "
                      "drop for a while.", about=_earnings_about(key) + ("work_history",))
