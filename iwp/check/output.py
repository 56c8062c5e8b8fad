"""The text output of ``iwp check``: a table of components per file."""

from __future__ import annotations


from iwp.privacy import mask_ssns
from iwp.check.result import CheckResult

# --- text output ---------------------------------------------------------------------------

_MARKS = {"present": "ok", "missing": "MISSING", "deficient": "DEFICIENT", "needs_review": "LOOK",
          "unreadable_without_ocr": "needs OCR"}


def _what_to_look_at(result: CheckResult) -> str:
    """For a ``needs_review`` verdict, the components a person must look at, with pages
    (the table below says why for each)."""
    if result.verdict != "needs_review":
        return ""
    doubtful = [f"{name.replace('_', ' ')}" + (f" (p.{status.page})" if status.page else "")
                for name, status in result.components.items()
                if status.status == "needs_review"]
    return f": look at the {', '.join(doubtful)}" if doubtful else ""


def format_check_text(results: list[CheckResult], colour: bool = False) -> str:
    """A compact table of components per file, then the findings and a summary line."""
    from iwp.report import finding_line, summary_line

    out: list[str] = []
    for result in results:
        head = f"{mask_ssns(result.name)}: {result.verdict.upper()}"
        if result.load_failed:
            out.append(f"{mask_ssns(result.reason or result.name + ': cannot be read')}")
            continue
        out.append(f"{head} ({result.document_type}, from {result.source}"
                   f"{', ' + result.reason if result.reason else ''}){_what_to_look_at(result)}")
        width = max((len(n) for n in result.components), default=0)
        for name, status in result.components.items():
            mark = _MARKS.get(status.status, status.status)
            where = f"p.{status.page}" if status.page else ""
            why = f"  {mask_ssns(status.reason)}" if status.reason and status.status not in (
                "present", "unreadable_without_ocr") else ""
            out.append(f"  {name:<{width}}  {mark:<9} {where:>5}{why}")
        for sig in result.signatures:
            if sig.state != "signed":
                state = sig.state
            elif sig.intact is False:
                state = "signed, BROKEN"
            elif sig.modified_after_signing:
                state = "signed, CHANGED AFTER SIGNING"
            elif sig.intact is None:
                state = f"signed, not validated ({sig.problem or 'unknown reason'})"
            else:
                state = "signed, intact"
            where = f" (p.{sig.page})" if sig.page else ""
            out.append(mask_ssns(f"  signature field {sig.name}{where}: {state}"))
        for finding in result.findings:
            if finding.code not in ("IWP804", "IWP805"):
                out.append("  " + finding_line(finding, colour))
    out.append(summary_line(results))
    return "\n".join(out) + "\n"

