"""Rules for Part Two, Sections 1 and 2: the discussion and the recent work history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iwp.findings import Severity
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import add_months, missing, signature_dates, word_count

# A synopsis part shorter than this many words cannot explain why goals are reasonable or
# how services help (the reference plan uses about 40-50 words for each); it is a
# judgement call, so it is kept here as one number to tune.
MIN_SYNOPSIS_WORDS = 15

# The EN Guide asks for "at least the last six to 18 months" of work history.
MIN_HISTORY_MONTHS = 6
RECOMMENDED_HISTORY_MONTHS = 18
# The history may stop at the end of the last full month before the discussion.
HISTORY_END_GRACE_DAYS = 31


@rule("IWP201", Severity.ERROR, title="Discussion date and modality recorded",
      source="EN Guide (seed 004), Part Two Section 1")
def discussion_arrangement(ctx: RuleContext) -> Iterator[Hit]:
    """Section 1 records the date of the one-on-one discussion and how it was held
    (in person, telephone, video, or other with a description).

    The EN Guide lists the date and the modality as the minimum of the discussion record.
    """
    discussion = ctx.doc.discussion
    if discussion.date is None:
        yield Hit("discussion.date", "The date of the one-on-one discussion is missing; "
                  "write it in `discussion.date` as YYYY-MM-DD.")
    if discussion.modality is None:
        yield Hit("discussion.modality", "How the discussion was held is missing; set "
                  "`discussion.modality` to in_person, telephone, video or other.")
    elif discussion.modality == "other" and missing(discussion.modality_other):
        yield Hit("discussion.modality_other", "The discussion modality is `other` but not "
                  "described; say how you met in `discussion.modality_other`.")


@rule("IWP202", Severity.ERROR, title="Discussion before the signatures",
      source="EN Guide (seed 004), Part Two Section 1")
def discussion_before_signing(ctx: RuleContext) -> Iterator[Hit]:
    """The discussion took place on or before the day each party signed.

    The plan records the outcome of the discussion, so it cannot have been signed before
    the discussion happened; a later discussion date is usually a typo.
    """
    held = ctx.doc.discussion.date
    dates = signature_dates(ctx.doc)
    if held is None or not dates or held <= min(dates):
        return
    yield Hit("discussion.date", f"The discussion date ({held.isoformat()}) is after a "
              f"signature dated {min(dates).isoformat()}; the discussion must come first. "
              "Correct the discussion date or the signature dates.")


@rule("IWP203", Severity.ERROR, title="Discussion not in the future",
      source="EN Guide (seed 004), Part Two Section 1")
def discussion_not_future(ctx: RuleContext) -> Iterator[Hit]:
    """The discussion date is not later than today (``--today``).

    The plan documents a discussion that has already happened.
    """
    held = ctx.doc.discussion.date
    if held is not None and held > ctx.today:
        yield Hit("discussion.date", f"The discussion date ({held.isoformat()}) is in the "
                  f"future (today is {ctx.today.isoformat()}); record the date the discussion "
                  "actually took place.")


def _synopsis_hit(text: str | None, key: str, what: str,
                  part: str = "The discussion synopsis does not explain") -> Iterator[Hit]:
    path = f"discussion.{key}"
    count = word_count(text)
    if count == 0:
        yield Hit(path, f"{part} {what}; write a few sentences in `{path}`.")
    elif count < MIN_SYNOPSIS_WORDS:
        yield Hit(path, f"`{path}` has only {count} words; explain {what} in at least "
                  f"{MIN_SYNOPSIS_WORDS} words, specific to this Ticketholder.")


@rule("IWP204", Severity.ERROR, title="Synopsis explains why the goals are reasonable",
      source="EN Guide (seed 004), Part Two Section 1 (synopsis)")
def goals_rationale(ctx: RuleContext) -> Iterator[Hit]:
    """The discussion synopsis explains, in a substantive paragraph, why the Ticketholder's
    short- and long-term goals are reasonable and attainable.

    The EN Guide requires this explanation in every discussion summary; a few words do not
    show an individualized discussion (threshold: ``MIN_SYNOPSIS_WORDS`` words).
    """
    yield from _synopsis_hit(ctx.doc.discussion.goals_rationale, "goals_rationale",
                             "why the short- and long-term goals are reasonable and attainable")


@rule("IWP205", Severity.ERROR, title="Synopsis explains how the services help",
      source="EN Guide (seed 004), Part Two Section 1 (synopsis)")
def services_rationale(ctx: RuleContext) -> Iterator[Hit]:
    """The discussion synopsis explains, in a substantive paragraph, how the EN's services
    and supports will help the Ticketholder reach the goals.

    The EN Guide requires this explanation in every discussion summary (threshold:
    ``MIN_SYNOPSIS_WORDS`` words).
    """
    yield from _synopsis_hit(ctx.doc.discussion.services_rationale, "services_rationale",
                             "how the EN's services and supports will help reach the goals")


@rule("IWP206", Severity.ERROR, title="Discussion summary records what was discussed",
      source="EN Guide (seed 004), Part Two Section 1 (document the discussion)")
def discussion_summary(ctx: RuleContext) -> Iterator[Hit]:
    """The discussion summary records, in a substantive paragraph, what the EN and the
    Ticketholder discussed: career planning, the goals and the services.

    The EN must document that an individualized one-on-one discussion took place; a line
    such as "Talked about jobs" does not (threshold: ``MIN_SYNOPSIS_WORDS`` words).
    """
    yield from _synopsis_hit(ctx.doc.discussion.summary, "summary",
                             "what was discussed (work history, interests, concerns, what "
                             "you agreed)", part="The plan has no summary of")


@rule("IWP301", Severity.ERROR, title="Work history covers the 6 months before the discussion",
      source="EN Guide (seed 004), Part Two Section 2")
def work_history_period(ctx: RuleContext) -> Iterator[Hit]:
    """The work history period is given and covers at least the 6 months before the
    discussion (18 months are recommended), ending no more than a month before it.

    The EN Guide asks for at least the last six to 18 months of work and earnings: they
    show whether the goals are attainable and which milestone payments are available.
    """
    history = ctx.doc.work_history
    for key in ("period_start", "period_end"):
        if getattr(history, key) is None:
            yield Hit(f"work_history.{key}", "The work history period is incomplete; fill in "
                      f"`work_history.{key}` (the history should cover the "
                      f"{MIN_HISTORY_MONTHS} to {RECOMMENDED_HISTORY_MONTHS} months before "
                      "the discussion).")
    start, end, held = history.period_start, history.period_end, ctx.doc.discussion.date
    if start is None or end is None:
        return
    if end < start:
        yield Hit("work_history.period_end", f"The work history period ends "
                  f"({end.isoformat()}) before it starts ({start.isoformat()}); correct the "
                  "dates.")
        return
    if held is None:
        return
    latest_start = add_months(held, -MIN_HISTORY_MONTHS)
    if start > latest_start:
        yield Hit("work_history.period_start", f"The work history starts on "
                  f"{start.isoformat()}, less than {MIN_HISTORY_MONTHS} months before the "
                  f"discussion on {held.isoformat()}; record work and earnings from "
                  f"{latest_start.isoformat()} or earlier (up to "
                  f"{RECOMMENDED_HISTORY_MONTHS} months is recommended).")
    if end < held - dt.timedelta(days=HISTORY_END_GRACE_DAYS):
        yield Hit("work_history.period_end", f"The work history stops on {end.isoformat()}, "
                  f"more than a month before the discussion on {held.isoformat()}; bring it "
                  "up to the month before the discussion.")


@rule("IWP302", Severity.ERROR, title="Work history lists jobs or says there was no work",
      source="EN Guide (seed 004), Part Two Section 2")
def work_history_content(ctx: RuleContext) -> Iterator[Hit]:
    """The work history lists the jobs held in the period or, when there were none, says so
    in ``no_work_statement``.

    An empty section cannot be told apart from a section left blank by mistake.
    """
    history = ctx.doc.work_history
    if not history.jobs and missing(history.no_work_statement):
        yield Hit("work_history.jobs", "The work history lists no jobs and no statement that "
                  "there was no work; list each job in `work_history.jobs`, or write in "
                  "`work_history.no_work_statement` that the Ticketholder did not work in "
                  "the period.")


_JOB_FIELDS = (("employer", "employer"), ("job_title", "job title"), ("start", "start date"),
               ("monthly_earnings", "monthly earnings"))


@rule("IWP303", Severity.ERROR, title="Each job has employer, title, dates and earnings",
      source="EN Guide (seed 004), Part Two Section 2")
def job_details(ctx: RuleContext) -> Iterator[Hit]:
    """Each job in the work history has the employer, job title, start date (and an end
    date after it, unless the job continues) and monthly earnings.

    The EN Guide asks for work and earnings; without earnings the EN cannot discuss wage
    reporting or see which milestone payments remain available. When there are no pay
    stubs, record earnings to the best of the Ticketholder's knowledge.
    """
    for index, job in enumerate(ctx.doc.work_history.jobs):
        path = f"work_history.jobs.{index}"
        for key, words in _JOB_FIELDS:
            if missing(getattr(job, key)):
                hint = " (to the best of the Ticketholder's knowledge if there are no pay " \
                       "stubs)" if key == "monthly_earnings" else ""
                yield Hit(f"{path}.{key}", f"Job {index + 1} in the work history has no "
                          f"{words}; fill in `{path}.{key}`{hint}.")
        if job.start and job.end and job.end < job.start:
            yield Hit(f"{path}.end", f"Job {index + 1} ends ({job.end.isoformat()}) before it "
                      f"starts ({job.start.isoformat()}); correct the dates.")
