"""Keeping Social Security numbers out of everything but the plans and PDFs themselves.

A full SSN may appear only inside a plan file and the PDF made from it. Every message,
report, log line, progress line and file name goes through :func:`mask_ssns` first.
"""

from __future__ import annotations

import re

# Nine digits written as 900-12-3456, 900 12 3456 or 900123456, not part of a longer
# number or of a word such as a hex hash ("ab900123456f"). An underscore or a dot may touch
# it ("plan_912456789.pdf" is masked).
_SSN_RE = re.compile(r"(?<![0-9A-Za-z-])(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?![0-9A-Za-z-])")


def mask_ssn(ssn: str) -> str:
    """Mask one SSN as ``***-**-1234`` (only the last four digits stay)."""
    digits = re.sub(r"\D", "", ssn or "")
    return f"***-**-{digits[-4:]}" if len(digits) >= 4 else "***-**-****"


def mask_ssns(text: str) -> str:
    """Replace every SSN-shaped run of nine digits in ``text`` by its masked form."""
    return _SSN_RE.sub(lambda m: f"***-**-{m.group(3)}", text)
