"""Findings: every problem a user must fix, with a stable code, severity and location."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Severity(enum.Enum):
    """How much a finding matters. Ordered: ``Severity.INFO < Severity.ERROR``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)

    def __lt__(self, other: "Severity") -> bool:
        return self.rank < other.rank

    def __le__(self, other: "Severity") -> bool:
        return self.rank <= other.rank


@dataclass(frozen=True)
class Finding:
    """One problem found in a plan or a PDF.

    ``path`` is the dotted location inside the plan (``employment_goals.long_term.hourly_wage``),
    for editors and JSON; ``where`` says the same in the words of the printed form ("Part
    Two, Section 3, long-term goal"), for someone looking at the PDF. ``line``/``column``
    are 1-based positions in the plan file, ``page`` is a 1-based PDF page. Messages never
    contain a full SSN.
    """

    code: str
    severity: Severity
    message: str
    file: str | None = None
    path: str = ""
    line: int | None = None
    column: int | None = None
    page: int | None = None
    source: str | None = None
    where: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data, the shape of ``--format json``."""
        data = asdict(self)
        data["severity"] = self.severity.value
        data.pop("file")
        if not data["where"]:
            data.pop("where")
        if not data["extra"]:
            data.pop("extra")
        return data

    @property
    def location(self) -> str:
        """``file:line:col`` (or ``file: page N``) for text output."""
        name = self.file or "<plan>"
        if self.line is not None:
            return f"{name}:{self.line}:{self.column or 1}"
        if self.page is not None:
            return f"{name}: page {self.page}"
        return name


def worst(findings: list[Finding]) -> Severity | None:
    """The highest severity among ``findings``, or None when there are none."""
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """``{"error": n, "warning": n, "info": n}`` for ``findings``."""
    counts = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts
