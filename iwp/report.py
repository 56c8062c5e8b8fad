"""Output formats for findings: ``text``, ``json``, ``sarif`` (2.1.0) and ``github``.

Each formatter takes a list of per-file results (anything with ``name``, ``findings`` and
``to_dict()``, such as :class:`~iwp.plan.validate.ValidationResult`) and returns a string. The
same formatters serve ``validate``, ``check`` and ``batch``. Nothing here prints a full SSN:
messages were masked when the findings were made, and paths are masked again here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any, Protocol

from iwp import __version__
from iwp.findings import Finding, Severity, count_by_severity
from iwp.privacy import mask_ssns

FORMATS = ("text", "json", "sarif", "github")
_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class FileResult(Protocol):
    """What a formatter needs from one file's result."""

    name: str
    findings: list[Finding]

    def to_dict(self) -> dict[str, Any]: ...


def use_colour(stream: Any) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def summary(results: Sequence[FileResult]) -> dict[str, Any]:
    """Counts over all files: files, files without errors, findings by severity."""
    findings = [f for r in results for f in r.findings]
    counts = count_by_severity(findings)
    failed = sum(1 for r in results if any(f.severity is Severity.ERROR for f in r.findings))
    return {"files": len(results), "files_with_errors": failed,
            "errors": counts["error"], "warnings": counts["warning"], "info": counts["info"]}


def finding_line(finding: Finding, colour: bool = False) -> str:
    """One finding as ``file:line:col: severity CODE message``, with the place on the
    printed form in brackets before the message when it is known
    (``... error IWP506 [Part Two, Section 4, follow-up contact] Follow-up ...``)."""
    severity = finding.severity.value
    if colour:
        severity = f"\x1b[{_COLOURS[finding.severity]}m{severity}\x1b[0m"
    where = f"[{finding.where}] " if finding.where else ""
    return mask_ssns(f"{finding.location}: {severity} {finding.code} {where}{finding.message}")


def summary_line(results: Sequence[FileResult]) -> str:
    """The closing line of text output."""
    s = summary(results)
    noun = "file" if s["files"] == 1 else "files"
    return (f"{s['files']} {noun} checked: {s['errors']} errors, {s['warnings']} warnings, "
            f"{s['info']} info ({s['files'] - s['files_with_errors']} without errors)")


def format_text(results: Sequence[FileResult], colour: bool = False) -> str:
    """Plain text: a line per finding, then a summary line."""
    lines = [finding_line(f, colour) for r in results for f in r.findings]
    lines.append(summary_line(results))
    return "\n".join(lines) + "\n"


def format_json(results: Sequence[FileResult], extra_summary: dict[str, Any] | None = None
                ) -> str:
    """``{"files": [...], "summary": {...}}`` as documented in the README."""
    data = {"files": [r.to_dict() for r in results],
            "summary": {**summary(results), **(extra_summary or {})}}
    return mask_ssns(json.dumps(data, indent=2, default=str, ensure_ascii=False)) + "\n"


def format_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands, one annotation per finding."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for result in results:
        for f in result.findings:
            props = [f"file={_gh_prop(f.file or result.name)}"]
            if f.line is not None:
                props += [f"line={f.line}", f"col={f.column or 1}"]
            props.append(f"title={_gh_prop(_gh_title(f))}")
            lines.append(f"::{level[f.severity]} {','.join(props)}::{_gh_data(f.message)}")
    lines.append(summary_line(results))
    return mask_ssns("\n".join(lines)) + "\n"


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def _gh_title(finding: Finding) -> str:
    """The annotation's title: the code, then the page of a PDF (an annotation has no page)
    and the place on the printed form when they are known."""
    parts = [finding.code]
    if finding.line is None and finding.page is not None:
        parts.append(f"page {finding.page}")
    if finding.where:
        parts.append(finding.where)
    return " - ".join(parts)


def format_sarif(results: Sequence[FileResult], rule_docs: dict[str, tuple[str, str | None]]
                 ) -> str:
    """SARIF 2.1.0, for code-review tools. ``rule_docs`` maps code -> (title, source)."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    used = sorted({f.code for r in results for f in r.findings})
    rules = []
    for code in used:
        title, source = rule_docs.get(code, (code, None))
        entry: dict[str, Any] = {"id": code, "shortDescription": {"text": title},
                                 "helpUri": f"docs/rules.md#{code.lower()}"}
        if source:
            entry["properties"] = {"source": source}
        rules.append(entry)
    sarif_results = []
    for result in results:
        for f in result.findings:
            location: dict[str, Any] = {"artifactLocation": {"uri": f.file or result.name}}
            if f.line is not None:
                location["region"] = {"startLine": f.line, "startColumn": f.column or 1}
            item: dict[str, Any] = {
                "ruleId": f.code, "level": level[f.severity], "message": {"text": f.message},
                "locations": [{"physicalLocation": location}]}
            if f.path or f.where:
                # The plan path for tools, the place on the printed form for people.
                logical = {"fullyQualifiedName": f.path or f.where, "kind": "member"}
                if f.where:
                    logical["name"] = f.where
                item["locations"][0]["logicalLocations"] = [logical]
            if f.page is not None:
                item.setdefault("properties", {})["page"] = f.page
            if f.where:
                item.setdefault("properties", {})["where"] = f.where
            sarif_results.append(item)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "iwp", "version": __version__,
                                      "informationUri": "https://iwp.example.org",
                                      "rules": rules}},
                  "results": sarif_results}],
    }
    return mask_ssns(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"
