"""Facts about a plan that several rules share: its signing date, money and date wording.

Kept in one place so that every rule agrees on, for example, which date "the signing date"
is, and prints amounts the same way (``$1,690.00``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from iwp import domain

# Kept here under its old name for the rules; the one definition is in iwp.domain.
WEEKS_PER_MONTH = domain.WEEKS_PER_MONTH


def money(amount: Decimal | float) -> str:
    """An amount as a case manager writes it: ``$1,690.00``."""
    return f"${Decimal(str(amount)):,.2f}"


def hours(value: Decimal) -> str:
    """Hours a week without needless decimals: ``20`` or ``22.5``."""
    text = f"{Decimal(str(value)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def word_count(text: str | None) -> int:
    """How many words ``text`` has (0 for nothing)."""
    return len(re.findall(r"[A-Za-z0-9$][\w$'.,-]*", text or ""))


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years (29 February becomes 28 February)."""
    return add_months(day, 12 * years)


def age_on(born: dt.date, day: dt.date) -> int:
    """Age in whole years on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# Who can sign a plan, with the words a message uses for each.
SIGNERS = (("ticketholder", "the Ticketholder"),
           ("ticketholder_representative", "the Ticketholder's representative"),
           ("en_representative", "the EN representative"))


def dated_signatures(doc: Any) -> dict[str, dt.date]:
    """``{signer key: date}`` for every signer present who has signed and dated (not
    pending): the Ticketholder, a representative signing for them, the EN representative."""
    found = {}
    for key, _ in SIGNERS:
        signature = getattr(doc.signatures, key)
        if signature is not None and signature.date and signature.method != "pending":
            found[key] = signature.date
    return found


def signature_dates(doc: Any) -> list[dt.date]:
    """The dates of every signature that is known and not pending."""
    return list(dated_signatures(doc).values())


def fully_signed_on(doc: Any) -> dt.date | None:
    """The date the plan was fully signed: the latest date of every signer present.

    The Ticketholder's side is signed by the Ticketholder or a representative (20 CFR
    411.450), and the EN representative signs too; when the Ticketholder and a
    representative both sign, the later of all the dates counts, since the plan is not
    fully signed before the last signature (004:249). None while a party has not signed or
    a signer present is still pending.
    """
    dated = dated_signatures(doc)
    pending = any(getattr(doc.signatures, key) is not None
                  and getattr(doc.signatures, key).method == "pending" for key, _ in SIGNERS)
    holder_side = "ticketholder" in dated or "ticketholder_representative" in dated
    if pending or not holder_side or "en_representative" not in dated:
        return None
    return max(dated.values())


def plan_start(doc: Any) -> dt.date | None:
    """The date a plan's goal timelines count from: the signing date, else the discussion
    date (see :func:`goal_clock`, which also knows about amendments)."""
    clock = goal_clock(doc)
    return clock.day if clock is not None else None


@dataclass(frozen=True)
class Clock:
    """The date goal timelines count from, and how a message names it."""

    day: dt.date
    words: str  # "the plan was fully signed on 2026-06-11"


def goal_clock(doc: Any, original: Any = None) -> Clock | None:
    """Where the short- and long-term goals are measured from.

    The EN Guide counts the short-term goal from Ticket assignment, which follows the
    signatures (004:175): for a plan, the date it was fully signed, or the discussion date
    while it is unsigned. An amendment changes a plan whose clock is already running, so
    its goals are measured from the original IWP's signing (``amends.original_signed``, or
    the original plan given with it); None when that is unknown.
    """
    if getattr(doc, "kind", "iwp") == "amendment":
        signed = doc.amends.original_signed or (
            fully_signed_on(original) if original is not None else None)
        if signed is None:
            return None
        return Clock(signed, f"the original IWP was signed on {signed.isoformat()}")
    return own_clock(doc)


def own_clock(doc: Any) -> Clock | None:
    """The date a document itself was fully signed, else its discussion date.

    For an amendment signed late in the plan's life (after the original's first 18 months,
    say), its new goals may also be measured from here: the EN Guide says nothing about
    timelines in amendments, so either clock is accepted.
    """
    signed = fully_signed_on(doc)
    if signed is not None:
        what = "the amendment" if getattr(doc, "kind", "iwp") == "amendment" else "the plan"
        return Clock(signed, f"{what} was fully signed on {signed.isoformat()}")
    discussion = getattr(doc, "discussion", None)
    if discussion is not None and discussion.date is not None:
        what = "the amendment" if getattr(doc, "kind", "iwp") == "amendment" else "the plan"
        return Clock(discussion.date, f"the discussion on {discussion.date.isoformat()} "
                     f"({what} is not signed yet)")
    return None


def goal_earnings(goal: Any) -> tuple[Decimal | None, bool]:
    """(monthly earnings, derived?) of a goal: the stated amount, else hourly wage x hours a
    week x 52 / 12 when both are given (the same derivation the PDF reader uses)."""
    if goal.monthly_earnings is not None:
        return goal.monthly_earnings, False
    if goal.hourly_wage is not None and goal.hours_per_week is not None:
        return domain.monthly_from_hourly(goal.hourly_wage, goal.hours_per_week), True
    return None, False


def earnings_words(goal: Any, amount: Decimal, derived: bool) -> str:
    """``$1,430.00 a month`` or, for a derived amount, ``about $866.67 a month, worked out
    from 20 hours a week at $10.00 an hour because no monthly amount is given``."""
    if not derived:
        return f"{money(amount)} a month"
    return (f"about {money(amount)} a month, worked out from {hours(goal.hours_per_week)} "
            f"hours a week at {money(goal.hourly_wage)} an hour because no monthly amount "
            "is given")


# A job counts as held now when it continues (no end date) or ends on or after the last
# day of the work history period.
def current_jobs(doc: Any) -> list[tuple[int, Any]]:
    """(index, job) for each job in the work history that the Ticketholder still holds at
    the end of the period and whose monthly earnings are known (empty for amendments)."""
    history = getattr(doc, "work_history", None)
    if history is None:
        return []
    end = history.period_end
    return [(index, job) for index, job in enumerate(history.jobs)
            if job is not None and job.monthly_earnings is not None
            and (job.end is None or (end is not None and job.end >= end))]


def current_earnings(doc: Any) -> Decimal | None:
    """What the Ticketholder earns a month now, from the jobs still held (004:170-171)."""
    jobs = current_jobs(doc)
    return sum((job.monthly_earnings for _, job in jobs), Decimal(0)) if jobs else None


def threshold_words(figures: domain.Thresholds, year: int, amount: Decimal,
                    what: tuple[str, str]) -> str:
    """A threshold as a case manager can use it (004:97: dollar figures, not jargon alone):
    ``$1,690.00 a month (the 2026 amount for Substantial Gainful Activity, SGA)``; for a
    year whose figures are not published yet, says which year's amount stands in for it.
    ``what`` is (the name, its abbreviation)."""
    name, short = what
    if figures.listed:
        return f"{money(amount)} a month (the {year} amount for {name}, {short})"
    if year > figures.year:
        return (f"{money(amount)} a month (the amount for {name}; {short} for {year} is not "
                f"published yet, so {figures.year}'s {money(amount)} is used as a minimum)")
    return (f"{money(amount)} a month (the amount for {name}; iwp holds no {short} figure "
            f"for {year}, so {figures.year}'s, the earliest it holds, is used)")


SGA_WORDS = ("Substantial Gainful Activity", "SGA")
BLIND_SGA_WORDS = ("Substantial Gainful Activity by a blind SSDI beneficiary", "blind SGA")
TWL_WORDS = ("the Trial Work Level", "TWL")


def blindness(doc: Any, original: Any = None) -> tuple[bool | None, bool | None]:
    """(statutorily blind?, receives SSDI?) as far as the plan (or for an amendment, the
    amendment itself, else its original) says; None where it does not say."""
    sources = [doc.ticketholder]
    if original is not None:
        sources.append(original.ticketholder)
    blind = ssdi = None
    for holder in sources:
        if blind is None:
            blind = getattr(holder, "statutorily_blind", None)
        benefits = getattr(holder, "benefits", None)
        if ssdi is None and benefits:
            ssdi = "ssdi" in benefits
    return blind, ssdi


def blind_ssdi(doc: Any, original: Any = None) -> bool:
    """Whether the blind SGA amount applies: a statutorily blind SSDI beneficiary.

    An amendment may repeat the flag and the benefits; otherwise they are read from the
    original plan when it was given.
    """
    blind, ssdi = blindness(doc, original)
    return bool(blind and ssdi)


# Texts that are left-over template placeholders rather than content.
PLACEHOLDERS = frozenset({
    "tbd", "tba", "n/a", "na", "none", "see above", "same as above", "as needed",
    "to be determined", "various", "yes", "x", "todo", "lorem ipsum", "describe here",
})
# Placeholder shapes: "Term 3 text.", "[insert term]", "<EN name>", "XXX", "lorem ipsum".
_PLACEHOLDER_SHAPES = re.compile(
    r"^\s*(term|item|text|statement|condition)s?\s*(#|no\.?)?\s*\d*\s*(text|here|goes here|"
    r"placeholder)?\s*[.!:]*\s*$|\[[^\]]*\]|<[^>]*>|\{[^}]*\}|\bx{3,}\b|lorem ipsum|"
    r"\b(insert|placeholder|to be (written|added|determined))\b", re.IGNORECASE)


def placeholder(text: str | None) -> bool:
    """True for text that is a template placeholder ("TBD", "Term 3 text.", "[insert]")."""
    value = (text or "").strip()
    return bool(value) and (value.lower().strip(" .!") in PLACEHOLDERS
                            or _PLACEHOLDER_SHAPES.search(value) is not None)


def sentences(text: str | None) -> list[str]:
    """``text`` split into sentences (at . ! ? ; and line breaks)."""
    return [part.strip() for part in re.split(r"(?<=[.!?;])\s+|\n+", text or "")
            if part.strip()]


def missing(value: Any) -> bool:
    """True for a value that was not filled in (None, blank text, empty list)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, dict)):
        return not value
    return False
