"""Step 6 - check: judge a parsed PDF's IWP components, signatures and verdict.

Each required component is ``present``, ``missing``, ``deficient`` (found but failing a
rule) or ``unreadable_without_ocr``, with its page and a short evidence snippet (SSNs
masked). The verdict is ``complete``, ``incomplete``, ``needs_review`` or ``not_an_iwp``.

A scan read by OCR (source ``ocr``) is judged by the same finders as a text layer and may
be ``complete``, but always carries IWP813 (a warning): OCR misreads names, dates and
amounts, so the pages must be compared with what was read. A scan read by OCR is
``not_an_iwp`` only when the title of another document (an invoice, a State VR IPE) was
read; when neither that nor an IWP title or parts were, it is ``needs_review``, because a
poor scan can hide an IWP's title. A scan OCR could
not read keeps the no-OCR result (every component ``unreadable_without_ocr``,
``needs_review``) and IWP806 says why (OCR not installed, switched off, or failed).

Where the content is a whole plan (embedded by ``iwp render``, or form fields mapped into
plan data that builds a model) the compliance rule pack runs on it and its findings mark
components deficient by plan path. Otherwise components are found in the text by the
headings, labels and check-box glyphs of ``iwp/data/headings.yaml``. Findings about dates
relative to today (a submission deadline) are reported but never change the verdict.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any


from iwp import domain
from iwp.findings import Finding, Severity
from iwp.read.parse import ParsedPdf, SignatureInfo, TextLine
from iwp.privacy import mask_ssns

log = logging.getLogger("iwp")

# Stable codes of the check step (plan rules use IWP100-799).
from iwp.codes import CHECK_CODES  # noqa: E402,F401  (the registry of every code)
SIGNATURE_COMPONENTS = ("ticketholder_signature", "en_signature")
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\b", re.I)
_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?"
_SSN = re.compile(r"\b(?:\d{3}|x{3}|\*{3})[- ]?(?:\d{2}|x{2}|\*{2})[- ]?\d{4}\b", re.I)


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
    document_type: str = "unknown"
    source: str = "none"
    verdict: str = "needs_review"
    components: dict[str, ComponentStatus] = field(default_factory=dict)
    signatures: list[SignatureInfo] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    load_failed: bool = False
    reason: str | None = None
    pages: int | None = None

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


def check_parsed(parsed: ParsedPdf, options: CheckOptions | None = None) -> CheckResult:
    """Judge a parsed PDF: components, signatures, findings and the verdict."""
    options = options or CheckOptions()
    log.info("Step 6 - Check %s (%s)", mask_ssns(parsed.path), parsed.source)
    result = CheckResult(name=parsed.path, source=parsed.source, signatures=parsed.signatures,
                         pages=parsed.page_count)
    _general_findings(parsed, result)
    if parsed.source == "embedded" and parsed.embedded and parsed.embedded.data:
        _check_plan(parsed.embedded.data, parsed, result, options, embedded=True)
    elif parsed.source == "none":
        result.document_type = "unknown"
        result.components = {c: ComponentStatus("unreadable_without_ocr")
                             for c in vocabulary()["components"]["iwp"]}
        result.verdict = "needs_review"
        result.reason = "no text layer: OCR is needed"
        result.findings.append(_finding(result, "IWP806", Severity.WARNING,
                                        _no_text_message(parsed)))
    else:
        _check_text(parsed, result, options)
        if parsed.source == "ocr":
            _ocr_findings(parsed, result)
    _signature_findings(result, options)
    result.findings = [f for f in result.findings if _selected(f.code, options)]
    return result


def _no_text_message(parsed: ParsedPdf) -> str:
    """IWP806's message: the PDF needs OCR, and why OCR did not read it."""
    head = "No text layer: OCR is needed to read this PDF (a scan?)"
    status = parsed.ocr_status
    if status == "off":
        return f"{head}; OCR was switched off (--no-ocr). Check it again without --no-ocr, " \
               "or check it by eye."
    if status == "failed":
        problem = getattr(parsed.ocr, "problem", None) or "unknown reason"
        return f"{head}; OCR could not read it ({problem}). Check it by eye."
    if status == "little_text":
        return f"{head}; OCR found next to no text on the page images (blank or unreadable " \
               "pages?). Check it by eye."
    if status == "unavailable":
        return f"{head}; OCR is not installed. Install Tesseract (Debian/Ubuntu: `apt-get " \
               "install tesseract-ocr poppler-utils`; macOS: `brew install tesseract " \
               "poppler`) and check again, or check it by eye."
    return f"{head}; check it by eye or run OCR and check again."


def _ocr_findings(parsed: ParsedPdf, result: CheckResult) -> None:
    """IWP813 on every OCR read; a scan not recognised as an IWP needs a person."""
    read = parsed.ocr
    pages = getattr(read, "pages_read", 0) or parsed.pages_examined
    confidence = getattr(read, "confidence", None)
    which = (f"the first {pages} of {parsed.page_count} page images" if pages <
             parsed.page_count else f"its {pages} page image{'s' if pages != 1 else ''}")
    how_sure = f" (mean word confidence {confidence:.0f}%)" if confidence is not None else ""
    result.findings.append(_finding(
        result, "IWP813", Severity.WARNING,
        f"This PDF is a scan: its text was read by OCR from {which}{how_sure}. OCR can "
        "misread letters and digits, so compare names, dates, amounts and signatures with "
        "the pages before submitting; a part reported missing may be on the page but "
        "unreadable."))
    if result.document_type == "unknown" and not _not_iwp_title(parsed.lines):
        # OCR may have misread the title and headings: without a title that says what the
        # document is instead (an invoice, a State VR IPE), a person must look.
        result.verdict = "needs_review"
        result.reason = "read by OCR, and neither an IWP title nor any other was recognised"


def _not_iwp_title(lines: list[TextLine]) -> bool:
    """True when one of the first lines of page 1 is the title of another document."""
    first = [line.text for line in lines[:15] if line.page == 1 and len(line.text) < 90]
    return any(_pattern(p).search(t) for p in vocabulary()["titles"]["not_iwp"]
               for t in first[:8])


def _selected(code: str, options: CheckOptions) -> bool:
    from iwp.plan.rules import code_selected

    return code_selected(code, options.select, options.ignore)


def _finding(result: CheckResult, code: str, severity: Severity, message: str,
             page: int | None = None, path: str = "") -> Finding:
    return Finding(code=code, severity=severity, message=mask_ssns(message), file=result.name,
                   page=page, path=path)


def _general_findings(parsed: ParsedPdf, result: CheckResult) -> None:
    if parsed.actions:
        result.findings.append(_finding(
            result, "IWP810", Severity.WARNING,
            f"The PDF contains {', '.join(parsed.actions)} actions; iwp never runs them, but "
            "ask the sender for a plain copy before opening it elsewhere."))
    if parsed.repairs:
        result.findings.append(_finding(
            result, "IWP811", Severity.INFO,
            f"The PDF is damaged and was repaired while reading ({parsed.repairs[0]}); use "
            "--strict to refuse such files."))
    if parsed.hidden_runs:
        result.findings.append(_finding(
            result, "IWP812", Severity.WARNING,
            f"{parsed.hidden_runs} piece(s) of hidden text (white, under 2 pt, off the page "
            "or invisible) were ignored; they do not count as content."))


# --- whole plans (embedded, or form fields that build a model) ------------------------------

def _check_plan(data: dict[str, Any], parsed: ParsedPdf, result: CheckResult,
                options: CheckOptions, embedded: bool) -> None:
    from iwp.plan.validate import ValidationOptions, validate_data

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


def _digitally_signed_party(path: str, parsed: ParsedPdf) -> str | None:
    """The signed field covering a plan finding about a signature's method or date."""
    if not path.endswith((".method", ".date")):
        return None
    for component, prefixes in _SIGNATURE_PLAN_KEYS.items():
        if path.startswith(prefixes):
            signed = _signed_fields(parsed, component)
            return signed[0].name if signed else None
    return None


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


# --- the text layer ------------------------------------------------------------------------

@dataclass
class _Doc:
    lines: list[TextLine]
    labels: list[str]  # per line: first cell joined with a wrapped continuation cell

    def section(self, start: int, limit: int = 80) -> list[int]:
        """Indexes of the lines after a heading, up to the next heading."""
        out = []
        for index in range(start + 1, min(len(self.lines), start + 1 + limit)):
            if _is_heading(self.lines[index].text):
                break
            out.append(index)
        return out


@cache
def _all_heading_patterns() -> tuple[re.Pattern[str], ...]:
    v = vocabulary()
    pats = [_pattern(v["part_heading"])]
    for group in v["headings"].values():
        pats.extend(_pattern(p) for p in group)
    return tuple(pats)


def _strip_number(text: str) -> str:
    return re.sub(r"^\s*(?:(?:part|section)\s+(?:[ivx]+|\d+|one|two|three|four)\s*[:.\-–]\s*|"
                  r"\d+(?:\.\d+)*[.)]?\s+)", "", text, flags=re.I)


def _is_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 20 or _starts_with_box(text) is not None:
        return False
    if _all_heading_patterns()[0].search(text):
        return True
    sentence = text.rstrip().endswith((".", ";", ","))
    stripped = _strip_number(text)
    for pattern in _all_heading_patterns()[1:]:
        match = pattern.search(stripped)
        # A sentence that mentions a heading's words is not a heading.
        if match is not None and (match.start() <= 3 or (match.start() <= 20 and not sentence)):
            return True
    return False


def _starts_with_box(text: str) -> bool | None:
    """True for a checked box at the start, False for an empty one, None for no box."""
    stripped = text.lstrip()
    for glyph in vocabulary()["checked"]:
        if stripped.startswith(glyph):
            return True
    for glyph in vocabulary()["unchecked"]:
        if stripped.startswith(glyph):
            return False
    return None


def _has_checked(text: str) -> bool:
    return any(g in text for g in vocabulary()["checked"])


def _is_label(cell: str) -> bool:
    return any(p.match(cell.strip()) for p in _label_patterns())


def _content_words(doc: _Doc, indexes: list[int], first_cells: list[str] | None = None) -> int:
    count = 0
    for cell in first_cells or []:
        if not _is_label(cell):
            count += _words(cell)
    for index in indexes:
        line = doc.lines[index]
        if _is_footer(doc, index):
            continue
        if _starts_with_box(line.text) is False:
            continue
        for _, cell in line.segments:
            if not _is_label(cell):
                count += _words(cell)
    return count


def _words(text: str) -> int:
    cleaned = re.sub(r"[_.\-–]{3,}", " ", text)
    return len(re.findall(r"[A-Za-z0-9$][\w$,.'/-]*", cleaned))


def _split_inline_headings(lines: list[TextLine]) -> list[TextLine]:
    """OCR lines with a component heading and its content on one line split into two cells.

    A scan has no cells: "Short-term goal: Parts counter associate, ..." typed with one
    space after the colon reads as one piece, where a text layer or a form would have a
    heading cell and a value cell. The finders look for a section's content after its
    heading cell, so the heading is made a cell of its own. Only component headings
    (not "Part Two, Section 1:") are split; the line's text is unchanged.
    """
    out = []
    for line in lines:
        first = line.segments[0] if line.segments else None
        match = re.match(r"^([^:]{3,60}):\s+(\S.*)$", first[1]) if first else None
        head = match.group(1) if match else ""
        if match is None or len(head.split()) > 6 or not any(
                (m := p.search(head)) is not None and m.start() <= 3
                for group in vocabulary()["headings"].values() for p in map(_pattern, group)):
            out.append(line)
            continue
        x = first[0]
        size = line.runs[0].size if line.runs else 9.0
        rest_x = x + 0.5 * size * (len(head) + 2)
        segments = [(x, head + ":"), (rest_x, match.group(2))] + list(line.segments[1:])
        out.append(TextLine(page=line.page, y=line.y, text=line.text, runs=line.runs,
                            segments=segments))
    return out


def _build_doc(parsed: ParsedPdf) -> _Doc:
    lines = parsed.lines
    if parsed.source == "ocr":
        lines = _split_inline_headings(lines)
    labels = []
    for index, line in enumerate(lines):
        first = line.segments[0] if line.segments else (0.0, line.text)
        label = first[1]
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if nxt is not None and nxt.page == line.page and nxt.segments:
            x, cell = nxt.segments[0]
            if abs(x - first[0]) < 3 and len(cell.split()) <= 3 and (
                    cell[:1].islower() or cell.startswith("(")
                    or cell.lower().startswith(("signature", "name"))):
                label = f"{label} {cell}"
        labels.append(label)
    doc = _Doc(lines, labels)
    doc.footers = _footers(lines)  # type: ignore[attr-defined]
    return doc


def _footers(lines: list[TextLine]) -> set[str]:
    seen: dict[str, set[int]] = {}
    for line in lines:
        key = re.sub(r"\d+", "#", line.text.strip().lower())
        seen.setdefault(key, set()).add(line.page)
    return {k for k, pages in seen.items() if len(pages) >= 2 and len(k) > 8}


def _is_footer(doc: _Doc, index: int) -> bool:
    key = re.sub(r"\d+", "#", doc.lines[index].text.strip().lower())
    return key in doc.footers  # type: ignore[attr-defined]


def _evidence(line: TextLine) -> str:
    return mask_ssns(re.sub(r"\s+", " ", line.text))[:100]


def _document_type(doc: _Doc) -> str:
    first = [line.text for line in doc.lines[:15] if line.page == 1 and len(line.text) < 90]
    titles = vocabulary()["titles"]
    iwp_title = any(_pattern(p).search(t) for p in titles["iwp"] for t in first
                    if not re.match(r"^\s*\d+[.)]", t))
    not_iwp = any(_pattern(p).search(t) for p in titles["not_iwp"] for t in first[:8])
    amendment = any(_pattern(p).search(t) for p in titles["amendment"] for t in first[:6]
                    if not _has_checked(t) and "[" not in t and "☐" not in t)
    headings = sum(1 for line in doc.lines if _is_heading(line.text))
    if iwp_title and not (not_iwp and headings < 6):
        return "amendment" if amendment else "iwp"
    if headings >= 8 and not not_iwp:
        return "amendment" if amendment else "iwp"
    return "unknown"


def _check_text(parsed: ParsedPdf, result: CheckResult, options: CheckOptions) -> None:
    doc = _build_doc(parsed)
    result.document_type = _document_type(doc)
    if result.document_type == "unknown":
        result.verdict = "not_an_iwp"
        result.findings.append(_finding(
            result, "IWP807", Severity.WARNING,
            "This does not look like an IWP or an IWP amendment (no IWP title or parts); "
            "if it is one, check that it holds the SSA-1370 parts."))
        return
    names = vocabulary()["components"][result.document_type]
    today = options.today or dt.date.today()
    for name in names:
        finder = _FINDERS.get(name, _find_section)
        result.components[name] = finder(doc, name, today)
    plan = parsed.plan_from_fields
    if plan is not None:
        _rules_on_fields(plan, parsed, result, options)
    _component_findings(result)
    result.verdict = _verdict(result, options, signatures_aside=False)


def _rules_on_fields(plan: dict[str, Any], parsed: ParsedPdf, result: CheckResult,
                     options: CheckOptions) -> None:
    """Run the rule pack on mapped form fields when they build a whole plan model."""
    from iwp.plan.validate import ValidationOptions, validate_data

    data = {"schema_version": 1, "kind": result.document_type, **plan}
    try:
        validation = validate_data(data, name=parsed.path,
                                   options=ValidationOptions(today=options.today,
                                                             stage=options.stage))
    except Exception:  # partial data from a form: the text judgement stands
        return
    if validation.model is None:
        return
    for finding in validation.findings:
        result.findings.append(Finding(code=finding.code, severity=finding.severity,
                                       message=finding.message, file=parsed.path,
                                       path=finding.path, source=finding.source))


def _cells_after(doc: _Doc, index: int, pattern: re.Pattern[str]) -> list[str]:
    """Values labelled by ``pattern`` on line ``index``: rest of the cell, next cell, or the
    cell below (labels printed above their boxes)."""
    line = doc.lines[index]
    values = []
    for pos, (x, cell) in enumerate(line.segments):
        label = doc.labels[index] if pos == 0 else cell
        match = pattern.search(label) if pos == 0 else pattern.match(cell)
        if match is None or (pos == 0 and match.start() > 0 and not label.startswith(cell)):
            continue
        tail = cell[match.end():] if match.end() <= len(cell) else ""
        if tail.strip() and not re.match(r"\s*[:#]", tail):
            continue  # a sentence that starts with the label's words, not a label
        rest = tail.strip(" :#-–")
        if rest and not _is_label(rest):
            values.append(rest)
            continue
        if pos + 1 < len(line.segments):
            nxt = line.segments[pos + 1][1]
            if not _is_label(nxt):
                values.append(nxt)
                continue
        below = _cell_below(doc, index, x)
        if below:
            values.append(below)
    return values


def _cell_below(doc: _Doc, index: int, x: float) -> str | None:
    if index + 1 >= len(doc.lines):
        return None
    line, nxt = doc.lines[index], doc.lines[index + 1]
    if nxt.page != line.page or line.y - nxt.y > 40:
        return None
    for cx, cell in nxt.segments:
        if abs(cx - x) <= 25:
            if _is_label(cell) or _is_heading(cell) or cell.rstrip().endswith(":") \
                    or _starts_with_box(cell) is not None or _has_checked(cell):
                return None
            return cell
    return None


def _filled(value: str) -> bool:
    cleaned = re.sub(r"[_\s.\-–:]+", "", value)
    return bool(cleaned) and cleaned.lower() not in ("n/a", "na", "none", "x")


def _find_by_labels(doc: _Doc, key: str, want: str = "text") -> tuple[int, str] | None:
    patterns = _patterns("values", key)
    for index, label in enumerate(doc.labels):
        line = doc.lines[index]
        if not any(p.search(label) or p.search(line.text) for p in patterns):
            continue
        for pattern in patterns:
            for value in _cells_after(doc, index, re.compile(rf"^\s*(?:{pattern.pattern})",
                                                             re.I)):
                if want == "date" and not _DATE.search(value):
                    continue
                if want == "text" and (not _filled(value) or not re.search(r"[A-Za-z]", value)):
                    continue
                return index, value
    return None


def _find_label_value(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    found = _find_by_labels(doc, name)
    if name == "ticketholder_information" and found is None:
        for index, line in enumerate(doc.lines):
            if _SSN.search(line.text) and re.search(r"ssn|social security", line.text, re.I):
                found = (index, line.text)
                break
    if found is None:
        return ComponentStatus("missing", reason="no filled-in name found")
    index, value = found
    return ComponentStatus("present", doc.lines[index].page, _evidence(doc.lines[index]))


def _find_discussion_record(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    date = _find_by_labels(doc, "discussion_date", want="date")
    if date is not None:
        return ComponentStatus("present", doc.lines[date[0]].page, _evidence(doc.lines[date[0]]))
    patterns = _patterns("values", "modality")
    for index, line in enumerate(doc.lines):
        if any(p.search(line.text) for p in patterns) and _has_checked(line.text):
            return ComponentStatus("present", line.page, _evidence(line))
    return ComponentStatus("missing", reason="no discussion date or method found")


def _heading_index(doc: _Doc, name: str) -> list[int]:
    patterns = _patterns("headings", name)
    return [i for i, line in enumerate(doc.lines)
            if _is_heading(line.text) and any(p.search(_strip_number(line.text))
                                              for p in patterns)]


def _find_section(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    starts = _heading_index(doc, name)
    if not starts:
        return ComponentStatus("missing", reason="heading not found")
    need = vocabulary()["min_words"].get(name, 3)
    best = None
    for start in starts:
        body = doc.section(start)
        first = doc.lines[start].segments[1:]
        words = _content_words(doc, body, [c for _, c in first])
        if name == "follow_up":
            text = " ".join(doc.lines[i].text for i in body
                            if _starts_with_box(doc.lines[i].text) is not False)
            text += " " + " ".join(c for _, c in first)
            if not re.search(vocabulary()["follow_up_frequency"], text, re.I):
                words = 0
        if words >= need:
            return ComponentStatus("present", doc.lines[start].page,
                                   _evidence(doc.lines[body[0]] if body else doc.lines[start]))
        best = best or start
    return ComponentStatus("missing", doc.lines[best].page, _evidence(doc.lines[best]),
                           "the section is empty")


def _money(text: str) -> Decimal | None:
    match = re.search(_MONEY, text)
    if not match:
        return None
    return Decimal(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))


def _goal_earnings(doc: _Doc, body: list[int], heading: int) -> tuple[Decimal | None, int | None]:
    """(monthly earnings, year of the target date) found in a goal section."""
    indexes = [heading] + body
    text = " ".join(doc.lines[i].text for i in indexes)
    monthly = None
    for i in indexes:
        line = doc.lines[i]
        for pattern in _patterns("values", "monthly"):
            if pattern.search(line.text):
                for value in _cells_after(doc, i, re.compile(
                        rf"^\s*(?:{pattern.pattern})", re.I)) + [line.text]:
                    amount = _money(value)
                    if amount is not None:
                        monthly = amount
                        break
            if monthly is not None:
                break
        if monthly is not None:
            break
    if monthly is None:
        m = re.search(_MONEY + r"\s*(?:/|an|a|per)\s*(?:month|mo)\b", text, re.I)
        if m:
            monthly = _money(m.group(0))
    if monthly is None:
        wage = re.search(_MONEY + r"\s*(?:/|an|a|per)\s*(?:hour|hr)\b", text, re.I)
        hours = re.search(r"(\d{1,2}(?:\.\d+)?)\s*(?:hours|hrs)\s*(?:/|a|per)\s*(?:week|wk)",
                          text, re.I) or re.search(r"hours per week\W+(\d{1,2}(?:\.\d+)?)",
                                                   text, re.I)
        if wage and hours:
            monthly = domain.monthly_from_hourly(_money(wage.group(0)) or Decimal(0),
                                                 hours.group(1))
    if monthly is None:
        for i in indexes:
            line = doc.lines[i].text
            for glyph in vocabulary()["checked"]:
                at = line.find(glyph)
                if at >= 0:
                    band = re.match(r"\s*" + _MONEY + r"\s*(?:[-–]|\+|or more)", line[at + len(
                        glyph):])
                    if band:
                        monthly = _money(band.group(0))
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    return monthly, (max(years) if years else None)


def _find_goal(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    status = _find_section(doc, name, today)
    if status.status != "present":
        return status
    start = next(i for i in _heading_index(doc, name)
                 if doc.lines[i].page == status.page)
    monthly, year = _goal_earnings(doc, doc.section(start), start)
    if monthly is None:
        return status
    limits = domain.thresholds(year or today.year)
    floor, what = (limits.sga, "SGA") if name == "long_term_goal" else (limits.twl, "TWL")
    if monthly < floor:
        status.status = "deficient"
        status.reason = (f"expected earnings of about ${monthly:,.2f} a month are below the "
                         f"{limits.year} {what} of ${floor:,.0f}")
    return status


def _find_services(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    starts = _heading_index(doc, name)
    if not starts:
        return ComponentStatus("missing", reason="heading not found")
    for start in starts:
        body = [i for i in doc.section(start, limit=150) if not _is_footer(doc, i)]
        checked = [i for i in body if _starts_with_box(doc.lines[i].text)]
        if not checked:
            if _content_words(doc, body) >= vocabulary()["min_words"][name] and not any(
                    _starts_with_box(doc.lines[i].text) is False for i in body):
                return ComponentStatus("present", doc.lines[start].page,
                                       _evidence(doc.lines[body[0]]))
            continue
        for i in checked:
            if not _service_described(doc, body, i):
                return ComponentStatus("deficient", doc.lines[i].page, _evidence(doc.lines[i]),
                                       "a checked service has no description of how it "
                                       "will be provided")
        return ComponentStatus("present", doc.lines[checked[0]].page,
                               _evidence(doc.lines[checked[0]]))
    return ComponentStatus("missing", doc.lines[starts[0]].page,
                           _evidence(doc.lines[starts[0]]), "no service is checked")


def _service_described(doc: _Doc, body: list[int], index: int) -> bool:
    text = doc.lines[index].text
    rest = re.split(r"\s[-–:]\s|:\s|\s{2,}", text, maxsplit=1)
    same_line = rest[1] if len(rest) > 1 else ""
    same_line = re.sub(r"how (?:the en|we) will provide it:?", "", same_line, flags=re.I)
    if _words(same_line) >= 4:
        return True
    position = body.index(index)
    for i in body[position + 1:position + 6]:
        line = doc.lines[i].text
        if _starts_with_box(line) is not None or _has_checked(line[:3]):
            return False
        cleaned = re.sub(r"^(?:description|details|how)[^:]*:\s*", "", line, flags=re.I)
        if _words(cleaned) >= 4 or (cleaned.rstrip().endswith(".") and _words(cleaned) >= 2):
            return True
    return False


def _find_signature(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    patterns = _patterns("signature_labels", name)
    for index, label in enumerate(doc.labels):
        if not any(p.search(label) for p in patterns):
            continue
        line = doc.lines[index]
        cells = [c for _, c in line.segments]
        first_label_end = 1
        signed_value, date_value = None, None
        # Same line: the cells after the label, up to a "Date" label.
        for pos in range(first_label_end, len(cells)):
            cell = cells[pos]
            if re.match(r"^date\b", cell, re.I):
                tail = cell[4:].strip(" :")
                date_value = tail or (cells[pos + 1] if pos + 1 < len(cells) else "")
                break
            if signed_value is None and not _is_label(cell):
                signed_value = cell
        head = re.split(r"signature\s*:?", cells[0], maxsplit=1, flags=re.I)
        if signed_value is None and len(head) > 1 and _filled(head[1]):
            signed_value = head[1]
        # Labels printed above their boxes: the values are on the next line.
        if not signed_value and not date_value:
            signed_value = _cell_below(doc, index, line.segments[0][0])
            for x, cell in line.segments[1:]:
                if re.match(r"^date\b", cell, re.I):
                    date_value = _cell_below(doc, index, x)
        evidence = _evidence(line)
        if not signed_value or not _filled(signed_value) or _DATE.fullmatch(signed_value.strip()):
            return ComponentStatus("missing", line.page, evidence, "the signature line is blank")
        if not date_value or not _DATE.search(date_value):
            return ComponentStatus("deficient", line.page, evidence, "the signature has no date")
        return ComponentStatus("present", line.page, evidence)
    return ComponentStatus("missing", reason="no signature line found")


def _find_amendment_reference(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    patterns = _patterns("values", "amendment_reference")
    for index, label in enumerate(doc.labels):
        line = doc.lines[index]
        if any(p.search(label) or p.search(line.text) for p in patterns) and (
                _DATE.search(line.text) or re.search(r"\d", line.text)):
            return ComponentStatus("present", line.page, _evidence(line))
    return ComponentStatus("missing", reason="the amended IWP is not named")


_FINDERS = {
    "en_information": _find_label_value,
    "ticketholder_information": _find_label_value,
    "discussion_record": _find_discussion_record,
    "short_term_goal": _find_goal,
    "long_term_goal": _find_goal,
    "services_and_supports": _find_services,
    "ticketholder_signature": _find_signature,
    "en_signature": _find_signature,
    "amendment_reference": _find_amendment_reference,
}


# --- text output ---------------------------------------------------------------------------

_MARKS = {"present": "ok", "missing": "MISSING", "deficient": "DEFICIENT",
          "unreadable_without_ocr": "needs OCR"}


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
                   f"{', ' + result.reason if result.reason else ''})")
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
