"""Step 6 - check: judge a parsed PDF's IWP components, signatures and verdict.

In: a :class:`~iwp.read.parse.ParsedPdf`. Out: a :class:`CheckResult` - each required component
``present``, ``missing``, ``deficient`` (found but failing a rule), ``needs_review`` (the
reader was unsure, with its reason) or ``unreadable_without_ocr``, with its page and a
short evidence snippet (SSNs masked), and a verdict: ``complete`` (every component present,
no deficiency), ``incomplete``, ``needs_review`` or ``not_an_iwp``.

One judge: whatever the source - a plan embedded by ``iwp render`` (the fast path, no text
extracted), form fields, a text layer read by the layout reader, OCR - the content becomes
a plan in the plan format's keys and the rule pack of :mod:`iwp.plan.rules` judges it; each
finding points at the page and place it was read. A document is an IWP or an amendment only
on positive evidence (:mod:`~iwp.check.doctype`). Findings about dates relative to today
(a submission deadline) are reported but never change the verdict. A scan read by OCR
always carries IWP813 (compare what was read with the pages); a scan OCR could not read
keeps every component ``unreadable_without_ocr`` and IWP806 says why.

The package, by concern: :mod:`~iwp.check.result` (the result model, options, codes and
the heading vocabulary), :mod:`~iwp.check.judge` (one PDF: which way its content is
read), :mod:`~iwp.check.doctype` (IWP, amendment or not), :mod:`~iwp.check.plan` (the one
judge: a whole or read plan through the rule pack), :mod:`~iwp.check.textlayer` (the
text-layer finders: a second opinion, and the reader when the layout reader is absent),
:mod:`~iwp.check.values` (typing form-field text), :mod:`~iwp.check.extract` (``iwp
extract``), :mod:`~iwp.check.signatures` and :mod:`~iwp.check.output` (the text table).
"""

from iwp.check.judge import check_parsed
from iwp.check.output import format_check_text
from iwp.check.result import (
    CHECK_CODES,
    SIGNATURE_COMPONENTS,
    CheckOptions,
    CheckResult,
    ComponentStatus,
    failed_result,
    vocabulary,
)
from iwp.check.signatures import signature_party

__all__ = ["CHECK_CODES", "SIGNATURE_COMPONENTS", "CheckOptions", "CheckResult",
           "ComponentStatus", "check_parsed", "failed_result", "format_check_text",
           "signature_party", "vocabulary"]
