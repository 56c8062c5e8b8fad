"""Signatures in a checked PDF: whose field is whose, and what a broken one means."""

from __future__ import annotations

import logging
import re

from iwp.findings import Finding, Severity
from iwp.read.parse import ParsedPdf, SignatureInfo
from iwp.check.result import CheckOptions, CheckResult, SIGNATURE_COMPONENTS, _finding

log = logging.getLogger(__name__)

# Signature-component -> the plan's signature sections a digital signature stands in for.
_SIGNATURE_PLAN_KEYS = {
    "ticketholder_signature": ("signatures.ticketholder.",
                               "signatures.ticketholder_representative."),
    "en_signature": ("signatures.en_representative.",),
}


def signature_party(field_name: str) -> str | None:
    """The signature component a signature field belongs to, judged by its name.

    ``iwp render`` names its fields ``ticketholder_signature``,
    ``ticketholder_representative_signature`` and ``en_signature``; other tools use names
    such as "Beneficiary Signature" or "EN Representative Signature". Names are matched by
    whole words, so the "en" inside "representative" or "beneficiary" does not count.
    """
    words = re.findall(r"[a-z]+", field_name.lower())
    if "en" in words or ("employment" in words and "network" in words):
        return "en_signature"
    if any(w in words for w in ("ticketholder", "beneficiary", "ticket", "claimant",
                                "guardian", "participant")):
        return "ticketholder_signature"
    return None


def _signed_fields(parsed: ParsedPdf, component: str) -> list[SignatureInfo]:
    """The signed, unbroken signature fields that stand for ``component``."""
    return [s for s in parsed.signatures if s.state == "signed" and s.intact is not False
            and signature_party(s.name) == component]


def empty_signature_field(parsed: ParsedPdf, component: str) -> str | None:
    """The name of a form field for ``component``'s signature that was left empty, or None.

    A signature field (``/Sig``) that is not signed, or a text field captioned as that
    party's signature with nothing typed in it, is a signature line the reader can see is
    blank: the signature is missing (not undated, whatever date field sits beside it).
    The party is told by the field's name or, for generic names (``Signature1``,
    ``Text40``), by its tooltip.
    """
    tooltips = {w.name: w.tooltip or "" for page in (getattr(parsed, "layout", None) or [])
                for w in page.widgets}
    for sig in parsed.signatures:
        if sig.state == "empty" and component in (
                signature_party(sig.name), signature_party(tooltips.get(sig.name, ""))):
            return sig.name
    for page in getattr(parsed, "layout", None) or []:
        for widget in page.widgets:
            caption = widget.tooltip or widget.name
            if widget.kind == "text" and not widget.value.strip() and \
                    _SIGNATURE_CAPTION.search(caption) and \
                    not _DATE_CAPTION.search(caption) and signature_party(caption) == component:
                return widget.name
    return None


# A text field captioned as a signature, not as the date or printed name beside it.
_SIGNATURE_CAPTION = re.compile(r"\bsignature\b", re.I)
_DATE_CAPTION = re.compile(r"\bdate\b|\bprinted\b|\bname\b|\btitle\b", re.I)


def _digitally_signed_party(path: str, parsed: ParsedPdf) -> str | None:
    """The signed field covering a plan finding about a signature's method or date."""
    if not path.endswith((".method", ".date")):
        return None
    for component, prefixes in _SIGNATURE_PLAN_KEYS.items():
        if path.startswith(prefixes):
            signed = _signed_fields(parsed, component)
            return signed[0].name if signed else None
    return None


def _signature_findings(result: CheckResult, options: CheckOptions) -> None:
    for sig in result.signatures:
        if sig.broken:
            result.findings.append(_finding(
                result, "IWP808", Severity.ERROR,
                f"Signature `{sig.name}` is broken or the document was changed after it was "
                "signed; have it signed again."))
        elif sig.state == "signed" and sig.intact is None:
            result.findings.append(_finding(
                result, "IWP808", Severity.WARNING,
                f"Signature `{sig.name}` could not be validated "
                f"({sig.problem or 'unknown reason'}); check it in a PDF reader that shows "
                "signature details."))
        elif sig.state == "signed" and sig.trusted is False:
            result.findings.append(_finding(
                result, "IWP809", Severity.INFO,
                f"Signature `{sig.name}` is intact, signed by {sig.signer or 'an unnamed signer'}"
                "; iwp keeps no list of trusted certificates, so make sure that is the right "
                "person (open the PDF in a reader that shows signature details)."))
    # Unsigned is a warning for a draft and an error at submission.
    for finding in list(result.findings):
        if finding.code == "IWP804" and finding.path in SIGNATURE_COMPONENTS:
            severity = Severity.ERROR if options.stage == "submission" else Severity.WARNING
            if finding.severity is not severity:
                index = result.findings.index(finding)
                result.findings[index] = Finding(
                    code=finding.code, severity=severity, message=finding.message,
                    file=finding.file, page=finding.page, path=finding.path)
    if options.stage == "submission" and result.verdict == "complete" and any(
            s.status != "present" for n, s in result.components.items()
            if n in SIGNATURE_COMPONENTS):
        result.verdict = "incomplete"
    broken = [sig.name for sig in result.signatures if sig.broken]
    if broken and result.verdict == "complete":
        # Even when the plan records its signatures as wet ones, a PDF whose digital
        # signature no longer holds is not what was signed: someone must look at it.
        result.verdict = "needs_review"
        result.reason = (f"digital signature {', '.join(broken)} is broken or the PDF was "
                         "changed after signing")


