"""What the read step hands to the check step: a partial plan and the evidence for it.

This is the contract between reading (layout model, label/value pairing) and judging
(the rule pack, components, verdict): the reader never decides whether a plan is
complete, and the judge never looks at page geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, measured from the page's top-left corner."""


@dataclass(frozen=True)
class Evidence:
    """Where a value (or a sign of a component) was read, and how sure the reader is.

    ``score`` runs from 0 (a guess) to 1 (certain: a form field, our own embedded plan);
    ``how`` says in words how it was found ("right of the label 'Hourly wage'", "form field
    Text12, tooltip 'First name'", "sentence on page 3").
    """

    page: int
    bbox: BBox | None = None
    label: str | None = None
    score: float = 1.0
    how: str = ""


@dataclass
class ReadPlan:
    """The plan a PDF holds, as far as the reader could tell.

    - ``kind``: ``iwp``, ``amendment``, or ``unknown`` (the judge decides ``not_an_iwp``
      from ``signals``).
    - ``data``: a partial plan keyed exactly like the plan format
      (``../shared/plan-format/reference-plan.yaml``); only what was found, nothing
      invented. Values are text as printed unless a type is certain (dates as
      ``datetime.date``, amounts as ``decimal.Decimal``, booleans for check boxes).
    - ``evidence``: dotted plan path (``ticketholder.name.first``, ``services.0.provided``)
      -> where it was read.
    - ``components``: component name (``terms_and_conditions``, ``follow_up``, ...) -> where
      the component was seen on the page even when it gives no plan value (pre-printed
      terms, a Statement of Understanding, a section heading).
    - ``doubts``: dotted path or component name -> why the read was weak; the judge reports
      such a component ``needs_review`` with the reason, never a confident ``missing``.
    - ``signals``: positive evidence of the document's type, by name (``title``,
      ``form_number``, ``part_one``, ``part_two``, ``part_three``, ``ticketholder``, ``en``,
      ``goals``, ``signatures``, ``amendment_title``, ``other_program``, ``letter``, ...).
    """

    kind: str = "unknown"
    data: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    components: dict[str, Evidence] = field(default_factory=dict)
    doubts: dict[str, str] = field(default_factory=dict)
    signals: dict[str, Evidence] = field(default_factory=dict)
