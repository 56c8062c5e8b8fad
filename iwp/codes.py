"""Every finding code ``iwp`` reports, in one registry: its stage, default severity and title.

A code belongs to one stage of the pipeline, and each stage owns a range:

* ``load`` (IWP001-IWP009): the plan file cannot be read (step 1);
* ``structure`` (IWP010-IWP099): keys, types and formats (step 2, the models);
* ``rules`` (IWP100-IWP799): the compliance rules (step 2, :mod:`iwp.rules`), each
  registered here by the ``@rule`` decorator when the rule modules are imported;
* ``check`` (IWP800-IWP899): judging a PDF (step 6).

To add a code, add a line to the stage's table below (or, for a compliance rule, use
``@rule``, which calls :func:`register`), then regenerate the reference with
``python -m iwp.rules.docs > docs/rules.md``. A test fails for any ``"IWPnnn"`` written in
``iwp/`` that is not registered here or not documented there.
"""

from __future__ import annotations

from dataclasses import dataclass

from iwp.findings import Severity

STAGE_RANGES: dict[str, tuple[str, str]] = {
    "load": ("IWP001", "IWP009"),
    "structure": ("IWP010", "IWP099"),
    "rules": ("IWP100", "IWP799"),
    "check": ("IWP800", "IWP899"),
}


@dataclass(frozen=True)
class Code:
    """One finding code: ``severity`` is its default (a finding may carry another)."""

    code: str
    stage: str
    severity: Severity
    title: str


CODES: dict[str, Code] = {}


def register(code: str, stage: str, severity: Severity, title: str) -> Code:
    """Add ``code`` to the registry; the same code twice with other details is an error."""
    first, last = STAGE_RANGES[stage]
    if not first <= code <= last:
        raise ValueError(f"{code} is outside the {stage} range {first}-{last}")
    entry = Code(code, stage, severity, title)
    if CODES.get(code, entry) != entry:
        raise ValueError(f"finding code {code} is registered twice")
    CODES[code] = entry
    return entry


def titles(stage: str) -> dict[str, str]:
    """Code -> title of one stage's codes, in code order."""
    return {c.code: c.title for c in sorted(CODES.values(), key=lambda c: c.code)
            if c.stage == stage}


def _declare(stage: str, severity: Severity, table: dict[str, str]) -> None:
    for code, title in table.items():
        register(code, stage, severity, title)


_declare("load", Severity.ERROR, {
    "IWP001": "The file cannot be read",
    "IWP002": "The file is over the size limit",
    "IWP003": "The file is empty, holds several documents, or its top level is not a mapping",
    "IWP004": "The file is not UTF-8 text or contains control characters",
    "IWP005": "A key appears twice",
    "IWP006": "A number that cannot be a plan value (NaN, infinity, thousands of digits)",
    "IWP007": "Not valid YAML or JSON, or a tag that is not allowed",
    "IWP008": "Nested too deeply or too large (alias bombs, huge values)",
})
_declare("structure", Severity.ERROR, {
    "IWP010": "A required key is missing",
    "IWP011": "Unknown key (often a typo)",
    "IWP012": "Value of the wrong type",
    "IWP013": "Value not in the allowed list",
    "IWP014": "Not a real date, or not written YYYY-MM-DD",
    "IWP015": "Impossible Social Security number",
    "IWP016": "Number out of range or not a number",
    "IWP017": "Text too long or list too long",
    "IWP018": "Value not in the expected format",
    "IWP019": "Service not in its category",
    "IWP020": "Unknown document kind or schema version",
})
_declare("check", Severity.ERROR, {
    "IWP801": "The PDF cannot be read (damaged, encrypted or not a PDF)",
    "IWP802": "The visible pages were changed after iwp rendered the PDF",
    "IWP803": "The embedded plan does not match its recorded hash",
    "IWP804": "A required IWP component is missing",
    "IWP805": "A required IWP component is deficient",
    "IWP808": "A signature is broken or the document changed after signing",
})
_declare("check", Severity.WARNING, {
    "IWP806": "No text layer: OCR is needed",
    "IWP807": "Not an IWP or amendment",
    "IWP810": "The PDF contains JavaScript or launch actions (never run)",
    "IWP812": "Hidden text (white, tiny or off the page) was ignored",
    "IWP813": "Read by OCR from page images: compare what was read with the pages",
})
_declare("check", Severity.INFO, {
    "IWP809": "A signature's certificate is not trusted",
    "IWP811": "The PDF was damaged and repaired while reading",
})

# The tables by stage, as the rest of iwp has long read them (code -> title, code order).
LOAD_CODES = titles("load")
SCHEMA_CODES = titles("structure")
CHECK_CODES = titles("check")
