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

The package, by concern: :mod:`~iwp.check.result` (the result model, options, codes and
the heading vocabulary), :mod:`~iwp.check.judge` (one PDF: which way its content is
judged), :mod:`~iwp.check.plan` (a whole plan through the rule pack),
:mod:`~iwp.check.textlayer` (components found in a text layer),
:mod:`~iwp.check.signatures` and :mod:`~iwp.check.output` (the text table).
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
