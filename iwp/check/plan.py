"""Step 6 - check: one judge for every plan a PDF holds, whole or partial.

Whatever the source - a plan embedded by ``iwp render``, form fields, a text layer read by
the layout model, OCR - the content arrives as a :class:`~iwp.read.model.ReadPlan` whose
``data`` is keyed like the plan format, and the rule pack of :mod:`iwp.plan.rules` (run through
:func:`iwp.plan.validate.validate_data`) judges it. Each finding is mapped to the component its
plan path belongs to (``plan_paths`` in ``iwp/data/headings.yaml``) and located at the page
and place the reader recorded.

A *whole* plan (embedded) is judged strictly, as ``iwp validate`` judges a file. A *read*
plan is partial: what the reader did not find is absent, and absent is not the same as
empty. So it is judged leniently:

- the model is built with the missing sections supplied empty (``validate_data`` does this
  when the full model cannot be built), and structural findings about how a value was
  typed (IWP0xx) do not count against the document;
- a rule finding marks its component ``deficient`` only when the reader saw the value the
  rule is about: the finding's path, or the path up to its last key, is in the read data
  (a service row ticked "Yes" whose "How" cell is empty is read as ``description: ""``; a
  goal without a target date is read without one and the rule about it is not applied);
- a component with no value is ``present`` when the reader saw it on the page
  (``ReadPlan.components``: pre-printed terms, the Statement of Understanding), and
  otherwise ``missing``;
- a component touched by a doubt (``ReadPlan.doubts``) is ``needs_review`` with the reason,
  never a confident ``missing`` or ``deficient``.

Findings judged against today (deadlines) are reported but never change the verdict.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from iwp import domain
from iwp.findings import Finding, Severity
from iwp.privacy import mask_ssns
from iwp.read.parse import ParsedPdf
from iwp.read.model import Evidence, ReadPlan
from iwp.check.result import (SIGNATURE_COMPONENTS, CheckOptions, CheckResult, ComponentStatus,
                              _finding, vocabulary)
from iwp.check.signatures import (_digitally_signed_party, _signed_fields, empty_signature_field,
                                  signature_party)

# Structural codes (IWP010-IWP020) say how a value was typed; for a plan read from the
# pages they describe the reader's transcription, not the document.
_STRUCTURAL_PREFIX = "IWP0"
# A service row the reader could not name still carries its description to the rules.
_UNNAMED_SERVICE = {"category": "career_planning", "service": "other"}
# Rounds of removing refused values before giving up on building the model (each round
# removes every value one validation refuses; nested refusals need a second).
_REPAIR_ROUNDS = 4
# Components a plan file may leave out (built-in text), but a read document must show.
_SEEN_NOT_VALUED = ("terms_and_conditions", "statement_of_understanding")
# The reader scores a section seen with enough words under its heading 0.85 and a bare
# heading 0.7 (iwp/read/plan.py); only the first shows the component is filled in.
_SEEN_WITH_CONTENT = 0.8
# Components whose presence is judged by what their values say, not by any value read:
# a signature needs a method or a signed field, services a row ticked "Yes", the terms and
# the statement to be seen, an amendment's revised goals and services their own values.
_PRESENT_ONLY_AS_JUDGED = ("ticketholder_signature", "en_signature", "services_and_supports",
                           "revised_services", "revised_goals", "terms_and_conditions",
                           "statement_of_understanding", "amendment_reference")
# Components never made present by sight alone: a signature line is not a signature, and an
# amendment's number is not the IWP it amends.
_NOT_PRESENT_BY_SIGHT = ("ticketholder_signature", "en_signature", "amendment_reference")
# Components the text finders may not call present where the layout reader found nothing:
# they take another party's date or a caption under the line for a signature.
_NOT_PRESENT_BY_SECOND_OPINION = ("ticketholder_signature", "en_signature")
# The rule that compares hours x wage with the monthly figure, and those that compare the
# monthly figure with SGA or TWL (see ``_inconsistent_goals``).
_ARITHMETIC_CODE = "IWP409"
_THRESHOLD_CODES = {"IWP404", "IWP405", "IWP408"}
# Values whose absence, if real, is a defect of their component: a doubt that one of them
# was not found leaves the component unsettled (see ``_apply_doubts``).
_DECISIVE = re.compile(r"^(?:services\.\d+\.description|signatures\.\w+\.date|"
                       r"employment_goals\.\w+\.monthly_earnings)$")
# The reader's doubt about a heading with no words under it (iwp/read/plan.py words it
# "heading '...' on page N has only 0 words under it").
_EMPTY_HEADING = re.compile(r"\bhas only 0 words under it\b")
# Signature component -> its key under ``signatures``.
_PARTY_KEYS = {"ticketholder_signature": "ticketholder", "en_signature": "en_representative"}
# Components the text finders may call present only on a line that says how often
# (``follow_up_frequency``): under a heading that names contact they take a services row
# ("Job accommodations Yes ... As needed") for a follow-up schedule.
_PRESENT_BY_SECOND_OPINION_WITH_FREQUENCY = ("follow_up",)
# Components whose deficiency the text-layer finders judge well enough to question a
# layout read that found them complete (see ``_second_opinion``).
# (Not goals: the finders take the first amount near a label; not signatures: they miss a
# date typed on the line.)
_SECOND_OPINION_DEFICIENCIES = ("services_and_supports",)
# Components whose deficiency by the text finders alone is not trusted (the amount they
# take may be another column's): found only by them and deficient, a person must look.
_SECOND_OPINION_UNTRUSTED = ("long_term_goal", "short_term_goal", "revised_goals")


def embedded_read_plan(data: dict[str, Any]) -> ReadPlan:
    """The :class:`ReadPlan` of a plan embedded by ``iwp render``: whole and certain."""
    kind = "amendment" if data.get("kind") == "amendment" else "iwp"
    return ReadPlan(kind=kind, data=data)


def judge_plan(read: ReadPlan, parsed: ParsedPdf, result: CheckResult,
               options: CheckOptions, whole: bool,
               second_opinion: Callable[[list[str]], dict[str, ComponentStatus]] | None = None
               ) -> None:
    """Judge ``read`` with the rule pack; fill ``result``'s components, findings and verdict.

    ``whole`` is True for a plan embedded by ``iwp render`` (judged strictly, with the
    hash of the visible pages checked) and False for a plan read from the pages.
    ``second_opinion`` asks another reader of the same pages for the components it names
    (see :func:`_second_opinion`); it is asked only about those it could change.
    """
    from iwp.plan.validate import ValidationOptions, validate_data

    emb = parsed.embedded
    result.document_type = "amendment" if read.kind == "amendment" else "iwp"
    if whole and emb is not None and emb.content_hash_ok is False:
        result.findings.append(_finding(
            result, "IWP802", Severity.ERROR,
            "The visible pages were changed after iwp rendered this PDF, so they may not say "
            "what the embedded plan says; render the plan again or review the pages by eye."))
    data, dropped = (read.data, set()) if whole else _rules_copy(plan_view(read.data),
                                                                 result.document_type)
    validation = validate_data(data, name=parsed.path, options=ValidationOptions(
        today=options.today, stage=options.stage))
    findings = list(validation.findings)
    if not whole:
        findings += _undated_earnings_findings(data, parsed.path, options, findings)
    names = vocabulary()["components"][result.document_type]
    result.components = _plan_components(names, read.data if whole else data, parsed)
    if not whole:
        _read_components(read, data, parsed, result.components)
    date_paths = tuple(vocabulary()["date_relative_paths"])
    deficient_paths: dict[str, list[str]] = {}
    uncertain: dict[str, str] = {}
    kept = _kept_services(read.data)
    as_read = dict(read.data)  # with the read indices of services, and their descriptions
    if isinstance(read.data.get("services"), list):
        as_read["services"] = [_provided_service(s) if isinstance(s, dict) else s
                               for s in read.data["services"]]
    for finding in findings:
        if not whole and (finding.code.startswith(_STRUCTURAL_PREFIX)
                          or finding.code in vocabulary()["read_plan_skip"]
                          or any(finding.path == p or finding.path.startswith(p + ".")
                                 for p in dropped)):
            continue  # about how the reader typed a value, or prose a page does not split
        if not whole:
            finding = _on_read_data(finding, kept)
            if not _was_read(as_read, finding.path):
                continue  # about a value the reader did not see
            if finding.code in vocabulary()["read_plan_only_when_empty"] and \
                    _lookup(as_read, finding.path)[1] not in (None, ""):
                # The reader may not have gathered all of the text: a person must look.
                component = _component_for_path(finding.path, names)
                if component:
                    uncertain.setdefault(component, finding.message)
                continue
        where = _evidence_for(read, finding.path)
        page = where.page if where else None
        extra = _place(where)
        signed_field = _digitally_signed_party(finding.path, parsed)
        if signed_field and finding.severity is not Severity.INFO:
            # The plan file says "pending" or has no date, but the PDF itself carries an
            # intact signature for that party (signed in a signing tool after rendering):
            # the PDF is what gets submitted, so this is only a note about the plan file.
            result.findings.append(Finding(
                code=finding.code, severity=Severity.INFO, file=parsed.path,
                path=finding.path, source=finding.source, page=page, extra=extra,
                message=f"{finding.message} (The PDF carries a digital signature in "
                        f"`{signed_field}`, so this applies to the plan file only.)"))
            continue
        result.findings.append(Finding(
            code=finding.code, severity=finding.severity, message=finding.message,
            file=parsed.path, path=finding.path, source=finding.source, page=page,
            extra=extra))
        # Findings judged against today (deadlines, dates "in the future") are reported but
        # never change the verdict: the document's contents are what is judged.
        if (finding.severity is not Severity.ERROR or finding.path.startswith(date_paths)
                or "today" in finding.message.lower()):
            continue
        component = _component_for_path(finding.path, names)
        status = result.components.get(component) if component else None
        if status is not None and status.status in ("present", "deficient"):
            if status.status == "present":
                status.status = "deficient"
                status.reason = finding.message
                status.page = page or status.page
            deficient_paths.setdefault(component, []).append(finding.path)
    if not whole:
        _inconsistent_goals(findings, result.components)
        _one_date_for_two_parties(read, result.components)
        for component, why in uncertain.items():
            status = result.components.get(component)
            if status is not None and status.status == "present":
                status.status, status.reason = "needs_review", f"as read: {why}"
        blank = _blank_signature_fields(parsed, result.components)
        wanted = [name for name, status in result.components.items()
                  if (status.status == "missing" and name not in blank)
                  or name in _SECOND_OPINION_DEFICIENCIES]
        opinions = second_opinion(wanted) if second_opinion else {}
        _second_opinion(result.components, opinions,
                        lines_only=parsed.source == "ocr" and not getattr(parsed.ocr, "pages",
                                                                          None),
                        fillable=parsed.source == "form_fields")
        for name, party in (("ticketholder_signature", "ticketholder"),
                            ("en_signature", "en_representative")):
            status = result.components.get(name)
            if status is not None and status.status == "deficient" and \
                    _get(read.data, f"signatures.{party}.date") is None:
                # Signed with no date read: a doubt about that date (a date read in part)
                # is a doubt about the deficiency.
                deficient_paths.setdefault(name, []).append(f"signatures.{party}.date")
        doubted = _apply_doubts(read, result.components, names, deficient_paths)
        for name in _SECOND_OPINION_DEFICIENCIES:
            status, seen = result.components.get(name), opinions.get(name)
            if name in doubted and status is not None and seen is not None and \
                    seen.status == "deficient":
                # The layout reader was unsure; the text finders confirm the defect. (Their
                # "present" does not settle it: they miss a "Yes" row's empty cell.)
                status.status, status.reason = seen.status, seen.reason
                status.page = seen.page or status.page
    _component_findings(result)
    if any(f.code == "IWP802" for f in result.findings):
        result.verdict = "needs_review"
    else:
        result.verdict = _verdict(result, options, signatures_aside=whole)


def plan_view(data: dict[str, Any]) -> dict[str, Any]:
    """Read data as a plan: a service row ticked "No" (``provided: false``) is not part of
    the plan, and ``provided`` itself (the reader's note of the tick) is dropped."""
    view = dict(data)
    services = data.get("services")
    if isinstance(services, list):
        view["services"] = [_provided_service(s) for s in services
                            if isinstance(s, dict) and s.get("provided") is not False]
    return view


def _provided_service(service: dict[str, Any]) -> dict[str, Any]:
    """A service row as a plan entry (a description not found stays absent: the reader may
    not have looked where this template puts it; a doubt says when it did)."""
    return {k: v for k, v in service.items() if k != "provided"}


def _kept_services(data: dict[str, Any]) -> list[int]:
    """The read index of each service :func:`plan_view` keeps, in order."""
    services = data.get("services")
    return [index for index, s in enumerate(services if isinstance(services, list) else [])
            if isinstance(s, dict) and s.get("provided") is not False]


def _on_read_data(finding: Finding, kept: list[int]) -> Finding:
    """``finding`` with a service index of the plan view turned into the read index."""
    match = re.match(r"services\.(\d+)(\.|$)", finding.path)
    if not match or int(match.group(1)) >= len(kept):
        return finding
    path = f"services.{kept[int(match.group(1))]}{finding.path[match.end(1):]}"
    return dataclasses.replace(finding, path=path)


def _rules_copy(data: dict[str, Any], kind: str) -> tuple[dict[str, Any], set[str]]:
    """The read data as the rules see it: the document kind stated, unnamed services named.

    Only this copy is changed; what is reported (and what ``iwp extract`` writes) is the
    data as read.
    """
    copied = copy.deepcopy(data)
    copied["schema_version"] = 1
    copied["kind"] = kind
    services = copied.get("services")
    if isinstance(services, list):
        for service in services:
            if isinstance(service, dict) and not (service.get("category")
                                                  and service.get("service")):
                service.update(_UNNAMED_SERVICE)
    return copied, _drop_unbuildable(copied, kind)


def _drop_unbuildable(data: dict[str, Any], kind: str) -> set[str]:
    """Remove from ``data`` the values the model refuses, until it builds.

    A read value the plan format does not allow (a preferred contact method "Cell", a
    service the vocabulary does not name) says how the page was transcribed, not what the
    document lacks; without it, every rule can still run on the rest. A service row keeps
    its description under an unnamed service. Returns the paths removed: findings about
    them are about values the rules never saw.
    """
    from pydantic import ValidationError

    from iwp.plan.models import MODELS

    model = MODELS.get(kind)
    dropped: set[str] = set()
    for _ in range(_REPAIR_ROUNDS):
        try:
            model.model_validate(data)
            return dropped
        except ValidationError as e:
            errors = e.errors(include_url=False)
        for error in errors:
            loc = tuple(error["loc"])
            if len(loc) >= 3 and loc[0] == "services" and loc[2] in ("service", "category"):
                entry = _lookup(data, f"services.{loc[1]}")[1]
                if isinstance(entry, dict):
                    entry.update(_UNNAMED_SERVICE)
                continue
            parent = _lookup(data, ".".join(map(str, loc[:-1])))[1] if len(loc) > 1 else data
            if error["type"] == "missing":
                if isinstance(parent, dict):
                    parent[loc[-1]] = {}  # a section not read: empty, as validate does
            elif isinstance(parent, dict):
                parent.pop(loc[-1], None)
                dropped.add(".".join(map(str, loc)))
            elif isinstance(parent, list) and isinstance(loc[-1], int) and loc[-1] < len(parent):
                parent[loc[-1]] = {}
                dropped.add(".".join(map(str, loc)))
    return dropped


def _undated_earnings_findings(data: dict[str, Any], name: str, options: CheckOptions,
                               seen: list[Finding]) -> list[Finding]:
    """SGA and TWL findings for goals read with earnings but without a target date.

    The rules need the target date's year to know the figure; a goal whose date was not read
    is judged against the figures of ``today``'s year. Only findings about its earnings are
    kept: every other rule about the (substituted) date would judge a value nobody read.
    """
    from iwp.plan.validate import ValidationOptions, validate_data

    today = options.today or dt.date.today()
    goals = data.get("employment_goals")
    undated = [key for key, goal in (goals.items() if isinstance(goals, dict) else [])
               if isinstance(goal, dict) and goal.get("monthly_earnings") is not None
               and not goal.get("target_date")]
    if not undated:
        return []
    dated = copy.deepcopy(data)
    for key in undated:
        dated["employment_goals"][key]["target_date"] = today
    wanted = {f"employment_goals.{key}.monthly_earnings" for key in undated}
    already = {(f.code, f.path) for f in seen}
    validation = validate_data(dated, name=name, options=ValidationOptions(
        today=options.today, stage=options.stage))
    return [f for f in validation.findings
            if f.path in wanted and (f.code, f.path) not in already]


def _lookup(data: Any, path: str) -> tuple[bool, Any]:
    """(whether ``path`` is a key in ``data``, its value); list items by index."""
    for part in path.split(".") if path else []:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return False, None
    return True, data


def _was_read(data: dict[str, Any], path: str) -> bool:
    """Whether the reader saw the value a finding at ``path`` is about.

    The path itself was read (even as an empty value), or, for a finding about one key of
    something read (``employment_goals.long_term.monthly_earnings`` below SGA), that key.
    A finding about a whole section (``follow_up``: none given) needs the section read,
    and empty: a section read with some of its keys says nothing about the others.
    """
    found, value = _lookup(data, path)
    # A finding about a section that was read (``ticketholder.alternate_contact``: "no way
    # to reach them") is about a key inside it that was not read.
    return found and not (isinstance(value, dict) and value)


def _evidence_for(read: ReadPlan, path: str) -> Evidence | None:
    """The evidence for ``path``, or for the nearest read part above or below it."""
    if path in read.evidence:
        return read.evidence[path]
    parts = path.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        above = ".".join(parts[:cut])
        if above in read.evidence:
            return read.evidence[above]
    below = sorted(k for k in read.evidence if k.startswith(path + "."))
    return read.evidence[below[0]] if below else None


def _place(where: Evidence | None) -> dict[str, Any]:
    """The place on the page a finding points at, for ``--format json``."""
    if where is None:
        return {}
    place: dict[str, Any] = {}
    if where.bbox is not None:
        place["bbox"] = [round(v, 1) for v in where.bbox]
    if where.label:
        place["label"] = mask_ssns(where.label)
    if where.how:
        place["how"] = mask_ssns(where.how)
    place["score"] = round(where.score, 2)
    return place


def _component_evidence(read: ReadPlan, name: str) -> Evidence | None:
    """The first evidence the reader recorded for any plan path of component ``name``."""
    prefixes = vocabulary()["plan_paths"].get(name, [])
    hits = [ev for path, ev in read.evidence.items()
            if any(path == p or path.startswith(p + ".") for p in prefixes)]
    return min(hits, key=lambda ev: ev.page) if hits else None


def _read_components(read: ReadPlan, data: dict[str, Any], parsed: ParsedPdf,
                     components: dict[str, ComponentStatus]) -> None:
    """Adjust the statuses judged from a read plan's values to what reading can tell.

    - Pages come from the evidence.
    - An embedded plan always has its terms and statement (built in when not written
      out); a read plan has them only when they were seen.
    - A component is there when any of its values was read (an alternate contact read
      with only a relationship, a discussion record with only its date): what else it
      needs is for the rules to judge on what was read. Signatures, services and the
      sections judged by sight are the exception (``_PRESENT_ONLY_AS_JUDGED``).
    - A component the reader saw with its content (``ReadPlan.components`` with a score of
      at least ``_SEEN_WITH_CONTENT``: pre-printed terms, the Statement of Understanding, a
      summary with enough words) is present; a bare heading is not, nor a signature line.
    - A signature whose date was read but not the signature itself: see
      :func:`_dated_signature`. (One read without a date is undated, as in a plan file:
      on the corpus the reader finds the dates that are there.)
    """
    for name in _SEEN_NOT_VALUED:
        status = components.get(name)
        if status is not None and not _lookup(data, name)[0]:
            status.status, status.page, status.evidence = "missing", None, None
            status.reason = "not found on the pages"
    for name, status in components.items():
        if status.status != "missing" or name in _PRESENT_ONLY_AS_JUDGED:
            continue
        value = _first_value(data, vocabulary()["plan_paths"].get(name, []))
        if value is not None:
            status.status, status.reason = "present", None
            status.evidence = mask_ssns(str(value))[:80]
    for name in SIGNATURE_COMPONENTS:
        if name in components and components[name].status == "missing":
            _dated_signature(name, data, parsed, components[name])
        seen = read.evidence.get(f"signatures.{_PARTY_KEYS.get(name, '')}.method")
        if name in components and components[name].status in ("present", "deficient") and \
                seen is not None and seen.how == "ink on the signature line":
            # A signature seen as ink on a scan: say so, so a person knows what was seen.
            status = components[name]
            status.evidence = f"ink on the signature line (page {seen.page})" + (
                f", dated {status.evidence}" if status.evidence else "")
    for name, status in components.items():
        where = _component_evidence(read, name)
        if where is not None and (status.status == "present" or (
                status.status == "needs_review" and status.page is None)):
            status.page = where.page  # a doubt without a page points at what was read
        seen = read.components.get(name)
        if status.status == "missing" and seen is not None and name not in _NOT_PRESENT_BY_SIGHT \
                and seen.score >= _SEEN_WITH_CONTENT:
            status.status, status.page, status.reason = "present", seen.page, None
            status.evidence = mask_ssns(seen.label or seen.how or name.replace("_", " "))[:80]


def _inconsistent_goals(findings: list[Finding], components: dict[str, ComponentStatus]
                        ) -> None:
    """A goal whose hours, wage and monthly earnings as read disagree (IWP409) and that is
    then found below a threshold was probably read with one amount for another (an hourly
    wage taken for the monthly figure): ``needs_review``, not a confident deficiency."""
    for key, component in (("short_term", "short_term_goal"), ("long_term", "long_term_goal")):
        base = f"employment_goals.{key}."
        codes = {f.code for f in findings if f.path.startswith(base)}
        status = components.get(component)
        if status is not None and status.status == "deficient" and \
                _ARITHMETIC_CODE in codes and codes & _THRESHOLD_CODES:
            status.status = "needs_review"
            status.reason = ("the goal's hours, hourly wage and monthly earnings as read do not "
                             f"agree, so the amount may be misread ({status.reason})")


def _one_date_for_two_parties(read: ReadPlan, components: dict[str, ComponentStatus]
                              ) -> None:
    """Both parties' signature dates read from the same printed date: it belongs to one of
    them, and whether the other is dated needs a person's look."""
    places = [read.evidence.get(f"signatures.{key}.date") for key in _PARTY_KEYS.values()]
    if any(p is None or p.bbox is None for p in places) or \
            (places[0].page, places[0].bbox) != (places[1].page, places[1].bbox):
        return
    for name in _PARTY_KEYS:
        status = components.get(name)
        if status is not None and status.status == "present":
            status.status = "needs_review"
            status.reason = (f"one date on page {places[0].page} was read for both signatures; "
                             "look whether each party dated theirs")


def _blank_signature_fields(parsed: ParsedPdf, components: dict[str, ComponentStatus]
                            ) -> set[str]:
    """Signature components read as missing whose form field is there and empty (an
    unsigned ``/Sig`` field, an empty text field captioned as the signature): a certain
    ``missing``, which the text finders (reading the printed caption and the date field
    beside it as an undated signature line) must not turn into ``deficient``."""
    blank = set()
    for name in SIGNATURE_COMPONENTS:
        status = components.get(name)
        field = empty_signature_field(parsed, name) if status is not None and \
            status.status == "missing" else None
        if field:
            status.reason = f"the signature field {field} is empty"
            blank.add(name)
    return blank


def _second_opinion(components: dict[str, ComponentStatus],
                    other: dict[str, ComponentStatus], lines_only: bool = False,
                    fillable: bool = False) -> None:
    """Where the layout reader found nothing, what another reader found counts.

    The text-layer finders (:mod:`iwp.check.textlayer`) look for headings, labels and
    check boxes line by line. A component the layout reader did not find but they did is
    present, or deficient with their reason (a checked service without a description) -
    but not a signature they alone call present, or deficient (signed but undated: signed
    all the same; a blank line's "Date" caption reads to them as its signature)
    (``_NOT_PRESENT_BY_SECOND_OPINION``), except on a scan read by OCR into lines only
    (``lines_only``: words in lines, no rulings, boxes or ink), where the layout reader
    knows no more than they do. (A scan read into layout pages has its signature places
    looked at, ink included.) A component the layout reader found present, but they
    found deficient, is
    ``needs_review`` (for ``_SECOND_OPINION_DEFICIENCIES``): one of the two misread it.
    A follow-up schedule they call present needs a frequency on its line
    (``_PRESENT_BY_SECOND_OPINION_WITH_FREQUENCY``).
    On a fillable form (``fillable``) they make a component present only on a ticked box
    (a check-box field's appearance): its pages print every label, heading and empty box
    whether or not the fields are filled in, and the layout reader reads the text fields.
    """
    for name, status in components.items():
        seen = other.get(name)
        if seen is None or seen.status not in ("present", "deficient"):
            continue
        if status.status == "missing":
            if name in _NOT_PRESENT_BY_SECOND_OPINION and not lines_only:
                continue  # "undated" says a signature is there: no more theirs to say
            if seen.status == "present" and (
                    (fillable and not _shows_a_tick(seen.evidence)) or (
                    name in _PRESENT_BY_SECOND_OPINION_WITH_FREQUENCY and not re.search(
                        vocabulary()["follow_up_frequency"], seen.evidence or "", re.I))):
                continue
            status.status, status.page, status.evidence, status.reason = (
                seen.status, seen.page, seen.evidence, seen.reason)
            if seen.status == "deficient" and name in _SECOND_OPINION_UNTRUSTED:
                status.status = "needs_review"
                status.reason = f"found by the text finders, which say: {seen.reason}"
        elif status.status == "present" and seen.status == "deficient" and \
                name in _SECOND_OPINION_DEFICIENCIES:
            status.status = "needs_review"
            status.reason = f"read as complete, but {seen.reason}" if seen.reason else \
                "read as complete by one reader and incomplete by another"
            status.page = seen.page or status.page


def _shows_a_tick(evidence: str | None) -> bool:
    """Whether an evidence line shows a ticked box (☒, ✓, [X] ...)."""
    return bool(evidence) and any(mark in evidence for mark in vocabulary()["checked"])


def _apply_doubts(read: ReadPlan, components: dict[str, ComponentStatus],
                  names: list[str], deficient_paths: dict[str, list[str]]) -> set[str]:
    """A doubt the reader had makes a component ``needs_review``, with its reason, where it
    would otherwise be judged ``missing`` or ``deficient`` on that doubtful read.

    A doubt about a whole component that is missing, where nothing else of it was read and
    its heading has no words under it (``_EMPTY_HEADING``), leaves it ``missing``: an empty
    section is what a missing component looks like.

    A doubt about one value of a component found present (a weakly paired preferred
    contact method, when the name was read) does not change it, unless it is a value whose
    absence is a defect (``_DECISIVE``) and it was not read at all (a service ticked "Yes"
    whose description the reader looked for and did not find); a deficiency found on the doubted value (an amount
    read weakly, then found below SGA) is not certain. Returns
    the components it made ``needs_review``.
    """
    doubted: set[str] = set()
    for key, why in read.doubts.items():
        name = key if key in components else _component_for_path(key, names)
        status = components.get(name) if name else None
        if status is None:
            continue
        on_value = key not in components
        unread = on_value and not _was_read(read.data, key) and bool(_DECISIVE.match(key))
        if status.status == "missing" and not on_value and _EMPTY_HEADING.search(why) and \
                name not in read.components and \
                _first_value(read.data, vocabulary()["plan_paths"].get(name or "", [])) is None:
            # Its heading was found with nothing under it, and nothing else of it was read
            # anywhere: a heading over an empty section is what a missing component looks
            # like. (A few words under it may point elsewhere - "see item 15" - and stay a
            # doubt.)
            status.reason = f"{mask_ssns(why)}, and nothing else of it was found"
            continue
        if status.status == "missing" or (status.status == "present" and unread) or (
                status.status == "deficient" and (
                not on_value or any(p == key or p.startswith(key + ".") or
                                    key.startswith(p + ".")
                                    for p in deficient_paths.get(name or "", [])))):
            status.status = "needs_review"
            status.reason = mask_ssns(why)
            where = read.evidence.get(key) or read.components.get(name or "")
            status.page = where.page if where else status.page
            doubted.add(name or key)
    return doubted


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
        "ticketholder_information": lambda: (bool(full), full + (
            f", SSN {_get(data, 'ticketholder.ssn')}" if _get(data, "ticketholder.ssn") else "")),
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


def _first_value(data: dict[str, Any], prefixes: list[str]) -> Any:
    """The first non-empty value read under any of ``prefixes``, or None."""
    for prefix in prefixes:
        found, value = _lookup(data, prefix)
        if not found:
            continue
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif item not in (None, "", False):
                return item
    return None


def _dated_signature(name: str, data: dict[str, Any], parsed: ParsedPdf,
                     status: ComponentStatus) -> None:
    """A party's date was read by its signature line, but no signature.

    When the PDF carries signed, intact signature fields whose names do not say whose they
    are (``Signature1``), the party signed there: present. Otherwise a person must look at
    the line (a drawn signature the reader cannot see): ``needs_review``.
    """
    key = "ticketholder" if name == "ticketholder_signature" else "en_representative"
    date = _get(data, f"signatures.{key}.date")
    if not date:
        return
    unnamed = [s for s in parsed.signatures if s.state == "signed" and s.intact is not False
               and signature_party(s.name) is None]
    if unnamed:
        status.status, status.reason = "present", None
        status.evidence = mask_ssns(f"{date}; digital signature in {unnamed[0].name}")[:80]
    else:
        status.status = "needs_review"
        status.reason = (f"a date ({date}) was read by the signature line, but no signature; "
                         "look whether it is signed")


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
    """IWP804 for each missing component, IWP805 for each deficient one (errors), and a
    warning under the code of what it may be for each that needs a person's look."""
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
        elif status.status == "needs_review":
            # Not certain either way: a warning under the code of what it may be.
            where = f" on page {status.page}" if status.page else ""
            why = f" ({status.reason})" if status.reason else ""
            result.findings.append(_finding(
                result, "IWP805" if status.evidence else "IWP804", Severity.WARNING,
                f"Look at the {label}{where}: it could not be read with confidence{why}.",
                page=status.page, path=name))


def _verdict(result: CheckResult, options: CheckOptions, signatures_aside: bool) -> str:
    statuses = [s.status for n, s in result.components.items()
                if not (signatures_aside and options.stage == "draft"
                        and n in SIGNATURE_COMPONENTS and s.status == "missing")]
    if all(s == "present" for s in statuses):
        return "complete"
    if any(s in ("missing", "deficient") for s in statuses):
        return "incomplete"  # certain, whatever a person finds where the reader doubted
    return "needs_review"


