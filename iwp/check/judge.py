"""Step 6 - check one parsed PDF: choose how its content is read, judge it, collect findings.

- A plan embedded by ``iwp render`` is judged whole and strictly (the fast path: no text is
  extracted).
- No text layer (and no OCR): every component ``unreadable_without_ocr``.
- Otherwise the document's type is decided by positive evidence
  (:mod:`iwp.check.doctype`); a document that is not an IWP stops there (``not_an_iwp``).
  An IWP's pages are read into a partial plan by the layout reader
  (:func:`iwp.read.plan.read_plan`, when installed) and judged by the same rule pack as a
  plan file (:func:`iwp.check.plan.judge_plan`); without it, the text-layer finders of
  :mod:`iwp.check.textlayer` judge the components.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from iwp.findings import Severity
from iwp.privacy import mask_ssns
from iwp.read.parse import ParsedPdf, TextLine
from iwp.check.result import (CheckOptions, CheckResult, ComponentStatus, _finding, _pattern,
                              _selected, vocabulary)
from iwp.check.doctype import NOT_AN_IWP, document_type, not_an_iwp
from iwp.check.plan import embedded_read_plan, judge_plan
from iwp.check.signatures import _signature_findings
from iwp.check.textlayer import find_components
from iwp.check.values import typed
from iwp.read.model import ReadPlan

log = logging.getLogger("iwp")


def check_parsed(parsed: ParsedPdf, options: CheckOptions | None = None) -> CheckResult:
    """Judge a parsed PDF: components, signatures, findings and the verdict."""
    options = options or CheckOptions()
    log.info("Step 6 - Check %s (%s)", mask_ssns(parsed.path), parsed.source)
    result = CheckResult(name=parsed.path, source=parsed.source, signatures=parsed.signatures,
                         pages=parsed.page_count)
    _general_findings(parsed, result)
    if parsed.source == "embedded" and parsed.embedded and parsed.embedded.data:
        judge_plan(embedded_read_plan(parsed.embedded.data), parsed, result, options,
                   whole=True)
    elif parsed.source == "none":
        result.document_type = "unknown"
        result.components = {c: ComponentStatus("unreadable_without_ocr")
                             for c in vocabulary()["components"]["iwp"]}
        result.verdict = "needs_review"
        result.reason = "no text layer: OCR is needed"
        result.findings.append(_finding(result, "IWP806", Severity.WARNING,
                                        _no_text_message(parsed)))
    else:
        _check_read(parsed, layout_reader(), result, options)
        if parsed.source == "ocr":
            _ocr_findings(parsed, result)
    _signature_findings(result, options)
    result.findings = [f for f in result.findings if _selected(f.code, options)]
    return result


def layout_reader() -> Callable[[ParsedPdf], ReadPlan]:
    """The reader that turns a PDF's pages into a partial plan (tests replace it)."""
    from iwp.read.plan import read_plan

    return read_plan


def _check_read(parsed: ParsedPdf, reader: Callable[[ParsedPdf], ReadPlan],
                result: CheckResult, options: CheckOptions) -> None:
    """Read the pages into a partial plan and judge it, unless the PDF is not an IWP."""
    read = reader(parsed)
    _add_form_fields(read, parsed.plan_from_fields)
    found = document_type(parsed, read)
    result.document_evidence = found.signals
    if not found.is_iwp:
        not_an_iwp(result, found)
        return
    read.kind = found.kind
    today = options.today or dt.date.today()
    judge_plan(read, parsed, result, options, whole=False,
               second_opinion=lambda names: find_components(parsed, names, today))


def _add_form_fields(read: ReadPlan, fields: dict[str, Any] | None) -> None:
    """Values of form fields mapped by name (``--field-map``) that the reader did not give."""
    def merge(into: dict[str, Any], new: dict[str, Any]) -> None:
        for key, value in new.items():
            if isinstance(value, dict) and isinstance(into.get(key, {}), dict):
                merge(into.setdefault(key, {}), value)
            elif key not in into and value not in (None, "", [], {}):
                into[key] = typed(key, value)
    merge(read.data, fields or {})


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
    if result.document_type in ("unknown", NOT_AN_IWP) and not _not_iwp_title(parsed.lines):
        # OCR may have misread the title and headings: without a title that says what the
        # document is instead (an invoice, a State VR IPE), a person must look.
        result.document_type = "unknown"
        result.verdict = "needs_review"
        result.reason = "read by OCR, and neither an IWP title nor any other was recognised"


def _not_iwp_title(lines: list[TextLine]) -> bool:
    """True when one of the first lines of page 1 is the title of another document."""
    first = [line.text for line in lines[:15] if line.page == 1 and len(line.text) < 90]
    return any(_pattern(p).search(t) for p in vocabulary()["titles"]["not_iwp"]
               for t in first[:8])


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


