"""The check step's result model: component statuses, options, results, codes, vocabulary."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from iwp import domain
from iwp.codes import CHECK_CODES  # the check step's codes (IWP8xx), re-exported
from iwp.findings import Finding, Severity
from iwp.privacy import mask_ssns
from iwp.read.parse import SignatureInfo



SIGNATURE_COMPONENTS = ("ticketholder_signature", "en_signature")


@dataclass
class ComponentStatus:
    """One component's judgement: status, page (1-based) and a short evidence snippet."""

    status: str
    page: int | None = None
    evidence: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {"status": self.status, "page": self.page,
                "evidence": mask_ssns(self.evidence) if self.evidence else None}
        if self.reason:
            data["reason"] = mask_ssns(self.reason)
        return data


@dataclass
class CheckOptions:
    """How to check: ``stage`` (draft or submission), ``today`` for date rules, code
    ``select``/``ignore``, and for reading the PDF ``strict``, ``field_map``, ``timeout``
    and ``ocr`` (read scans with Tesseract when it is installed)."""

    stage: str = "draft"
    today: dt.date | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    strict: bool = False
    field_map: str | None = None
    timeout: float | None = 30.0
    ocr: bool = True


@dataclass
class CheckResult:
    """What checking one PDF found; the ``files[]`` entry of ``iwp check --format json``."""

    name: str
    # "iwp", "amendment", "not_an_iwp" (it shows it is something else) or "unknown".
    document_type: str = "unknown"
    source: str = "none"
    verdict: str = "needs_review"
    components: dict[str, ComponentStatus] = field(default_factory=dict)
    signatures: list[SignatureInfo] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    load_failed: bool = False
    reason: str | None = None
    pages: int | None = None
    document_evidence: dict[str, int] = field(default_factory=dict)

    @property
    def read_failed(self) -> bool:
        """True when the file could not be read at all."""
        return self.load_failed

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (SSNs masked)."""
        data: dict[str, Any] = {
            "path": self.name, "document_type": self.document_type, "source": self.source,
            "verdict": self.verdict,
            "components": {k: v.to_dict() for k, v in self.components.items()},
            "signatures": [s.to_dict() for s in self.signatures],
            "findings": [f.to_dict() for f in self.findings]}
        if self.reason:
            data["reason"] = mask_ssns(self.reason)
        if self.document_evidence:
            # What made the document an IWP (or not): signal -> page (0: page unknown).
            data["document_evidence"] = dict(self.document_evidence)
        return data


def vocabulary() -> dict[str, Any]:
    """The heading/label synonyms of iwp/data/headings.yaml."""
    return domain.data_file("headings.yaml")


def _pattern(text: str) -> re.Pattern[str]:
    v = vocabulary()
    return re.compile(text.replace("{ticketholder}", v["ticketholder"]).replace("{en}", v["en"]),
                      re.I)


@cache
def _patterns(group: str, key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(_pattern(p) for p in vocabulary()[group].get(key, []))


@cache
def _label_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(_pattern(rf"^(?:{p})\s*[:#]?\s*$") for p in vocabulary()["labels"])


def failed_result(name: str, reason: str) -> CheckResult:
    """The one-line result for a file that could not be read."""
    reason = mask_ssns(reason)
    finding = Finding(code="IWP801", severity=Severity.ERROR, message=reason, file=name)
    return CheckResult(name=name, findings=[finding], load_failed=True, reason=reason)



def _selected(code: str, options: CheckOptions) -> bool:
    from iwp.plan.rules import code_selected

    return code_selected(code, options.select, options.ignore)


def _finding(result: CheckResult, code: str, severity: Severity, message: str,
             page: int | None = None, path: str = "") -> Finding:
    return Finding(code=code, severity=severity, message=mask_ssns(message), file=result.name,
                   page=page, path=path)

