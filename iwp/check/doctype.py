"""Step 6 - check: what a PDF is (an IWP, an IWP amendment, or not an IWP), by evidence.

A document is an IWP only when it shows evidence specific to one: the title "Individual
Work Plan" or the form number SSA-1370, its three parts, a Ticketholder *and* an
Employment Network, goals, signature lines. Each kind of evidence (a *signal*) has a
weight in ``iwp/data/doctype.yaml``; the document is an IWP when the weights add up to the
threshold and at least one signal specific to an IWP is among them. Everything else is
``not_an_iwp``: long structured documents (numbered headings count for nothing), tables of
contents and letters (which weigh against), and other programmes' plans (a PASS plan, a
State VR IPE), whose title vetoes the rest even when they mention Ticket to Work.

Signals come from the text (the lines of the pages) and from the reader
(:attr:`iwp.read.model.ReadPlan.signals`, same names); either is enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from iwp import domain
from iwp.check.result import CheckResult, _finding
from iwp.findings import Severity
from iwp.read.parse import ParsedPdf
from iwp.read.model import ReadPlan

IWP_KINDS = ("iwp", "amendment")
NOT_AN_IWP = "not_an_iwp"


@dataclass
class DocumentType:
    """What a document is, and why.

    ``kind`` is ``iwp``, ``amendment`` or ``not_an_iwp``; ``score`` is the sum of the
    weights of ``signals`` (name -> page where it was seen, 0 when the page is unknown);
    ``reason`` says in a sentence why a document is not an IWP.
    """

    kind: str
    score: float = 0.0
    signals: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    other_title: str | None = None

    @property
    def is_iwp(self) -> bool:
        """True for an IWP or an IWP amendment."""
        return self.kind in IWP_KINDS


@cache
def _rules() -> dict[str, Any]:
    return domain.data_file("doctype.yaml")


@cache
def _compiled(name: str) -> tuple[re.Pattern[str], ...]:
    rules = _rules()
    source = rules[name] if name in ("other_titles", "companion_titles") else \
        rules["patterns"][name]
    return tuple(re.compile(p, re.I) for p in source)


def _matches(name: str, text: str) -> bool:
    return any(p.search(text) for p in _compiled(name))


def _is_title_line(text: str) -> bool:
    """A short line that is not a sentence nor a letter's subject: where a title stands."""
    words = text.split()
    return (0 < len(words) <= _rules()["title_max_words"] and not text.rstrip().endswith(".")
            and not _matches("letter_open", text) and not _matches("section_number", text))


def classify(lines: Iterable[tuple[int, str]],
             reader_signals: Mapping[str, Any] | None = None,
             reader_kind: str = "unknown") -> DocumentType:
    """Decide what a document is from its text lines ``(page, text)`` and the reader's
    signals (name -> :class:`~iwp.read.model.Evidence` or anything with a ``page``)."""
    rules = _rules()
    found = _text_signals(list(lines))
    other_title = found.pop("_other_title_text", None)
    other_first = "_other_title_first" in found
    found.pop("_other_title_first", None)
    for name, evidence in (reader_signals or {}).items():
        found.setdefault(name, getattr(evidence, "page", 0) or 0)
    if "ticketholder" in found and "en" in found:
        found.setdefault("ticketholder_and_en", min(found["ticketholder"], found["en"]))
    if reader_kind == "amendment":
        found.setdefault("amendment_title", 0)
    weights = rules["weights"]
    score = sum(weights.get(name, 0.0) for name in found)
    specific = [name for name in rules["specific"] if name in found]
    # A table of services added, ended and continued is an amendment's, unless the title
    # says the document is a (new) IWP.
    kind = "amendment" if "amendment_title" in found or (
        "amendment_changes" in found and "title" not in found) else "iwp"
    title_first = "title" in found or "amendment_title" in found
    if other_first or ("other_program" in found and not title_first):
        what = f"its title is \"{other_title}\"" if other_title else \
            "it is another programme's document"
        return DocumentType(NOT_AN_IWP, score, found, f"{what}, not an IWP", other_title)
    if score >= rules["threshold"] and specific:
        return DocumentType(kind, score, found)
    if "letter" in found:
        why = "it is a letter (a greeting and a closing), not an IWP"
    elif "table_of_contents" in found:
        why = "it is a table of contents, not an IWP"
    elif not specific:
        why = ("it has no IWP title, no SSA-1370 form number and does not name both a "
               "Ticketholder and an Employment Network")
    else:
        why = "it shows too few of an IWP's parts (goals, services, signatures)"
    return DocumentType(NOT_AN_IWP, score, found, why)


def _text_signals(lines: list[tuple[int, str]]) -> dict[str, Any]:
    """Signal name -> first page seen, from the text; plus the other title, if any."""
    rules = _rules()
    found: dict[str, Any] = {}
    per_page: dict[int, int] = {}
    toc_lines = toc_numbered = 0
    toc_heading = False
    letter_open = None
    first_page = min((page for page, _ in lines), default=1)
    iwp_title_at = other_title_at = None
    companion_first = later_title = False
    for index, (page, raw) in enumerate(lines):
        text = " ".join(raw.split())
        if not text:
            continue
        position = per_page[page] = per_page.get(page, -1) + 1
        at_top = position < rules["title_lines"]
        if at_top and _is_title_line(text):
            companion = _matches("companion_titles", text)
            if page == first_page and other_title_at is None and iwp_title_at is None and \
                    (companion or _matches("other_titles", text)):
                # (Also when the same line names the IWP: "How to Complete the Individual
                # Work Plan", "IWP Cover Sheet", "Individual Work Plan Quality Checklist"
                # are about an IWP, not one.)
                other_title_at = index
                found["_other_title_text"] = text[:80]
                companion_first = companion
            if _matches("amendment_title", text) or _matches("title", text):
                later_title = later_title or page > first_page
            if _matches("amendment_title", text):
                found.setdefault("amendment_title", page)
            elif _matches("title", text):
                found.setdefault("title", page)
            if ("title" in found or "amendment_title" in found) and iwp_title_at is None:
                iwp_title_at = index
        for name in ("form_number", "ticketholder", "en", "part_one", "part_two", "part_three",
                     "goals", "services", "follow_up", "discussion"):
            if name not in found and _matches(name, text):
                found[name] = page
        if "signatures" not in found and len(text.split()) <= 12 and _matches("signatures", text):
            found["signatures"] = page
        if page == first_page and at_top and letter_open is None and \
                _matches("letter_open", text):
            letter_open = page
        if letter_open is not None and "letter" not in found and _matches("letter_close", text):
            found["letter"] = letter_open
        if _matches("toc_line", text):
            toc_lines += 1
        if _matches("toc_heading", text):
            toc_heading = True
        elif toc_heading and _matches("toc_numbered", text):
            toc_numbered += 1
    if toc_lines >= rules["toc_min_lines"] or toc_numbered >= rules["toc_min_numbered"]:
        found["table_of_contents"] = first_page
    if companion_first and later_title:
        other_title_at = None  # a cover sheet or certificate with the IWP itself after it
        found.pop("_other_title_text", None)
    if other_title_at is not None and (iwp_title_at is None or other_title_at <= iwp_title_at):
        found["_other_title_first"] = True
    return found


def document_type(parsed: ParsedPdf, read: ReadPlan | None = None) -> DocumentType:
    """What ``parsed`` is (IWP, amendment or not), from its text and the reader's signals."""
    return classify([(line.page, line.text) for line in parsed.lines],
                    read.signals if read else None, read.kind if read else "unknown")


def not_an_iwp(result: CheckResult, found: DocumentType) -> None:
    """Mark ``result`` as not an IWP, with IWP807 saying why."""
    result.document_type = NOT_AN_IWP
    result.verdict = "not_an_iwp"
    result.reason = found.reason
    result.findings.append(_finding(
        result, "IWP807", Severity.WARNING,
        f"This does not look like an IWP or an IWP amendment: {found.reason}. If it is one, "
        "check that it holds the SSA-1370 parts."))
