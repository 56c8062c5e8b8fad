"""Facts about a plan that several rules share: its signing date, money and date wording.

Kept in one place so that every rule agrees on, for example, which date "the signing date"
is, and prints amounts the same way (``$1,690.00``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal
from typing import Any

# A month of work is 52 weeks / 12 months = 4.33 weeks: the usual factor for turning a
# weekly schedule into monthly earnings (and the one the reference plans use).
WEEKS_PER_MONTH = Decimal(52) / Decimal(12)


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


def ticketholder_signature(doc: Any) -> Any:
    """The signature on the Ticketholder's side: the representative's when one signs."""
    signatures = doc.signatures
    if signatures.ticketholder_representative is not None:
        return signatures.ticketholder_representative
    return signatures.ticketholder


def signature_dates(doc: Any) -> list[dt.date]:
    """The dates of both parties' signatures that are known and not pending."""
    dates = []
    for signature in (ticketholder_signature(doc), doc.signatures.en_representative):
        if signature is not None and signature.date and signature.method != "pending":
            dates.append(signature.date)
    return dates


def fully_signed_on(doc: Any) -> dt.date | None:
    """The later of the two signature dates, when both parties have signed and dated."""
    dates = signature_dates(doc)
    return max(dates) if len(dates) == 2 else None


def plan_start(doc: Any) -> dt.date | None:
    """The date goal timelines count from: the signing date, else the discussion date.

    The EN Guide counts the short-term goal from Ticket assignment, which follows the
    signatures; before the plan is signed the discussion date is the best estimate.
    """
    signed = fully_signed_on(doc)
    if signed is not None:
        return signed
    discussion = getattr(doc, "discussion", None)
    return discussion.date if discussion is not None else None


def blind_ssdi(doc: Any, original: Any = None) -> bool:
    """Whether the blind SGA amount applies: a statutorily blind SSDI beneficiary.

    An amendment does not repeat the benefits, so they are read from the original plan
    when it was given.
    """
    source = doc if hasattr(doc.ticketholder, "benefits") else original
    if source is None:
        return False
    holder = source.ticketholder
    return bool(holder.statutorily_blind and "ssdi" in holder.benefits)


def missing(value: Any) -> bool:
    """True for a value that was not filled in (None, blank text, empty list)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, dict)):
        return not value
    return False
