"""Typing the values of form fields: dates and amounts as printed, made plan values.

A fillable form gives text ("02/10/2026", "$1,768.00"). Where the plan key says what the
value is (a date, an amount, hours) and the text says it unambiguously, the value is
converted; otherwise the text is kept as printed and the rules leave it alone.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

DATE_KEYS = frozenset({"date", "target_date", "start", "end", "expected_completion",
                       "period_start", "period_end", "original_signed", "date_of_birth",
                       "vr_case_closed", "submitted_on"})
MONEY_KEYS = frozenset({"monthly_earnings", "hourly_wage"})
NUMBER_KEYS = frozenset({"hours_per_week"})
_MONTHS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# Two-digit years: 00-69 are 2000-2069 (an IWP's dates are this century).
_CENTURY_PIVOT = 70


def typed(key: str, value: Any) -> Any:
    """``value`` as the plan key ``key`` wants it, when the text is unambiguous."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if key in DATE_KEYS:
        return parse_date(text) or value
    if key in MONEY_KEYS:
        return parse_amount(text) if parse_amount(text) is not None else value
    if key in NUMBER_KEYS:
        match = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)\s*(?:hours?|hrs?)?(?:\s*(?:/|a|per)\s*week)?",
                             text, re.I)
        return Decimal(match.group(1)) if match else value
    return value


def parse_date(text: str) -> dt.date | None:
    """A date written 2026-03-04, 03/04/2026, 3-4-26 (US order), March 4, 2026 or 4 March
    2026."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", text):
            year = int(m[3])
            if year < 100:
                year += 2000 if year < _CENTURY_PIVOT else 1900
            return dt.date(year, int(m[1]), int(m[2]))
        if m := re.fullmatch(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", text):
            month = _MONTHS.get(m[1].lower())
            return dt.date(int(m[3]), month, int(m[2])) if month else None
        if m := re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", text):
            month = _MONTHS.get(m[2].lower())
            return dt.date(int(m[3]), month, int(m[1])) if month else None
    except ValueError:
        return None
    return None


def parse_amount(text: str) -> Decimal | None:
    """An amount written $1,768.00, 1768, $1,768 or 1768.5 (nothing else on the line)."""
    match = re.fullmatch(r"\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?", text)
    if not match:
        return None
    try:
        return Decimal(match[1].replace(",", "") + (match[2] or ""))
    except InvalidOperation:
        return None
