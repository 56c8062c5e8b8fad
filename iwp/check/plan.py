"""Judging a whole plan (embedded by ``iwp render``): the rule pack, components, verdict."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from iwp import domain
from iwp.findings import Finding, Severity
from iwp.privacy import mask_ssns
from iwp.parse import ParsedPdf
from iwp.check.result import (SIGNATURE_COMPONENTS, CheckOptions, CheckResult, ComponentStatus,
                              _finding, vocabulary)
from iwp.check.signatures import _digitally_signed_party, _signed_fields

# --- whole plans (embedded, or form fields that build a model) ------------------------------

def _check_plan(data: dict[str, Any], parsed: ParsedPdf, result: CheckResult,
                options: CheckOptions, embedded: bool) -> None:
    from iwp.validate import ValidationOptions, validate_data

    emb = parsed.embedded
    kind = data.get("kind")
    result.document_type = "amendment" if kind == "amendment" else "iwp"
    if embedded and emb is not None and emb.content_hash_ok is False:
        result.findings.append(_finding(
            result, "IWP802", Severity.ERROR,
            "The visible pages were changed after iwp rendered this PDF, so they may not say "
            "what the embedded plan says; render the plan again or review the pages by eye."))
    validation = validate_data(data, name=parsed.path, options=ValidationOptions(
        today=options.today, stage=options.stage))
    names = vocabulary()["components"][result.document_type]
    result.components = _plan_components(names, data, parsed)
    date_paths = tuple(vocabulary()["date_relative_paths"])
    for finding in validation.findings:
        signed_field = _digitally_signed_party(finding.path, parsed)
        if signed_field and finding.severity is not Severity.INFO:
            # The plan file says "pending" or has no date, but the PDF itself carries an
            # intact signature for that party (signed in a signing tool after rendering):
            # the PDF is what gets submitted, so this is only a note about the plan file.
            result.findings.append(Finding(
                code=finding.code, severity=Severity.INFO, file=parsed.path,
                path=finding.path, source=finding.source,
                message=f"{finding.message} (The PDF carries a digital signature in "
                        f"`{signed_field}`, so this applies to the plan file only.)"))
            continue
        result.findings.append(Finding(
            code=finding.code, severity=finding.severity, message=finding.message,
            file=parsed.path, path=finding.path, source=finding.source))
        # Findings judged against today (deadlines, dates "in the future") are reported but
        # never change the verdict: the document's contents are what is judged.
        if (finding.severity is not Severity.ERROR or finding.path.startswith(date_paths)
                or "today" in finding.message.lower()):
            continue
        component = _component_for_path(finding.path, names)
        status = result.components.get(component) if component else None
        if status is not None and status.status == "present":
            status.status = "deficient"
            status.reason = finding.message
    _component_findings(result)
    if any(f.code == "IWP802" for f in result.findings):
        result.verdict = "needs_review"
    else:
        result.verdict = _verdict(result, options, signatures_aside=embedded)


def _component_for_path(path: str, names: list[str]) -> str | None:
    best, best_len = None, -1
    for name in names:
        for prefix in vocabulary()["plan_paths"].get(name, []):
            if (path == prefix or path.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = name, len(prefix)
    return best


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _plan_components(names: list[str], data: dict[str, Any], parsed: ParsedPdf
                     ) -> dict[str, ComponentStatus]:
    """The status of each component ``names`` lists, judged from the plan's data."""
    def ok(*paths: str) -> bool:
        return all(_get(data, p) not in (None, "", [], {}) for p in paths)

    def show(value: Any) -> str | None:
        return None if value is None else mask_ssns(str(value))[:80]

    th_name = _get(data, "ticketholder.name") or {}
    full = " ".join(str(th_name.get(k)) for k in ("first", "middle", "last")
                    if isinstance(th_name, dict) and th_name.get(k))
    services = f"{len(data.get('services') or [])} services"
    # Each component: (is it there?, what to show as evidence), evaluated only when listed.
    checks: dict[str, Callable[[], tuple[bool, Any]]] = {
        "en_information": lambda: (ok("employment_network.name"),
                                   _get(data, "employment_network.name")),
        "ticketholder_information": lambda: (bool(full), full),
        "alternate_contact": lambda: (ok("ticketholder.alternate_contact.name"),
                                      _get(data, "ticketholder.alternate_contact.name")),
        "discussion_record": lambda: (ok("discussion.date", "discussion.modality"),
                                      _get(data, "discussion.date")),
        "discussion_summary": lambda: (ok("discussion.summary"),
                                       _get(data, "discussion.summary")),
        "work_history": lambda: (
            ok("work_history.jobs") or ok("work_history.no_work_statement"),
            _get(data, "work_history.no_work_statement")
            or (_get(data, "work_history.jobs") or [{}])[0].get("employer")),
        "short_term_goal": lambda: (ok("employment_goals.short_term"),
                                    _get(data, "employment_goals.short_term.job_title")),
        "long_term_goal": lambda: (ok("employment_goals.long_term"),
                                   _get(data, "employment_goals.long_term.job_title")),
        "services_and_supports": lambda: (ok("services"), services),
        "follow_up": lambda: (ok("follow_up.initial_phase") or ok("follow_up.ongoing_phase"),
                              _get(data, "follow_up.initial_phase")),
        "terms_and_conditions": lambda: (True, "built-in terms" if _get(
            data, "terms_and_conditions.standard") in (None, "built_in") else "EN's terms"),
        "statement_of_understanding": lambda: (True, "statement of understanding"),
        "amendment_reference": lambda: (ok("amends.plan_id") or ok("amends.original_signed"),
                                        _get(data, "amends.plan_id")),
        "revised_goals": lambda: (
            ok("employment_goals.short_term") or ok("employment_goals.long_term"),
            _get(data, "employment_goals.long_term.job_title")),
        "revised_services": lambda: (ok("services"), services),
    }
    pages = _outline_pages(parsed)
    found: dict[str, ComponentStatus] = {}
    for name in names:
        page = pages.get(name)
        if name in SIGNATURE_COMPONENTS:
            found[name] = _plan_signature(name, data, parsed, page, show)
            continue
        present, evidence = checks[name]() if name in checks else (False, None)
        found[name] = ComponentStatus("present" if present else "missing",
                                      page if present else None, show(evidence))
    return found


def _plan_signature(name: str, data: dict[str, Any], parsed: ParsedPdf, page: int | None,
                    show: Callable[[Any], str | None]) -> ComponentStatus:
    key = "ticketholder" if name == "ticketholder_signature" else "en_representative"
    signed = _signed_fields(parsed, name)
    sig = _get(data, f"signatures.{key}") or {}
    if key == "ticketholder" and not sig.get("method"):
        sig = _get(data, "signatures.ticketholder_representative") or {}
    method, date = sig.get("method"), sig.get("date")
    if signed or (method in ("wet", "electronic") and date):
        return ComponentStatus("present", page, show(date or signed[0].name))
    if method in ("wet", "electronic"):
        return ComponentStatus("deficient", page, show(method), "the signature has no date")
    return ComponentStatus("missing", page, None, "not signed yet")


def _outline_pages(parsed: ParsedPdf) -> dict[str, int]:
    """Component -> the page of the first bookmark whose title names it."""
    pages: dict[str, int] = {}
    for name, pattern in domain.outline_patterns():
        for title, page in parsed.outline:
            if pattern.search(title):
                pages[name] = page
                break
    return pages




def _component_findings(result: CheckResult) -> None:
    for name, status in result.components.items():
        label = name.replace("_", " ")
        if status.status == "missing":
            result.findings.append(_finding(
                result, "IWP804", Severity.ERROR,
                f"The {label} is missing; add it before the plan is signed and sent.",
                page=status.page, path=name))
        elif status.status == "deficient":
            why = f": {status.reason}" if status.reason else ""
            result.findings.append(_finding(
                result, "IWP805", Severity.ERROR, f"The {label} is incomplete{why}",
                page=status.page, path=name))


def _verdict(result: CheckResult, options: CheckOptions, signatures_aside: bool) -> str:
    statuses = [s.status for n, s in result.components.items()
                if not (signatures_aside and options.stage == "draft"
                        and n in SIGNATURE_COMPONENTS and s.status == "missing")]
    return "complete" if all(s == "present" for s in statuses) else "incomplete"


