"""The one module that knows the order of the steps.

Commands and the batch runner call these functions; each step's module knows only the
steps before it. Step 1 - load and step 2 - validate run for every command; render (3, 4)
and check (5, 6) follow in their own modules.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iwp.errors import UsageError
from iwp.plan.models import Amendment, Plan
from iwp.privacy import mask_ssn, mask_ssns
from iwp.document.render import RenderOptions
from iwp.plan.validate import (ValidationOptions, ValidationResult, validate_document,
                          validate_file)

if TYPE_CHECKING:
    from iwp.document.pdf import PdfOutput

log = logging.getLogger("iwp")


def validate_paths(paths: Sequence[str], options: ValidationOptions | None = None
                   ) -> list[ValidationResult]:
    """Validate several plan files; an amendment is cross-checked against its original.

    When an IWP and an amendment that names its ``plan_id`` (or, with exactly one of each,
    any amendment) are validated together, the amendment rules that compare the two run.
    """
    options = options or ValidationOptions()
    results = [validate_file(path, options) for path in paths]
    plans = [r for r in results if isinstance(r.model, Plan)]
    for index, result in enumerate(results):
        if result.kind != "amendment" or result.model is None or not plans:
            continue
        original = _original_for(result, plans)
        if original is not None:
            # The document is already loaded: no second read (standard input is gone).
            results[index] = validate_document(result.document, options,
                                               original=original.model)
    return results


def originals_among(paths: Sequence[str], options: ValidationOptions | None = None
                    ) -> dict[str, str]:
    """Amendment file -> the file of its original plan, when both are among ``paths``.

    Pairs by ``amends.plan_id`` (:func:`iwp.inputs.pair_amendments`); an original that
    cannot be read or has no usable model is left out, so the amendment renders on its
    own rather than failing. Standard input is never paired (it can be read only once).
    """
    from iwp.errors import LoadError
    from iwp.inputs import pair_amendments, pairing_ids
    from iwp.plan.load import load_document

    ids = []
    for path in paths:
        if path == "-":
            continue
        try:
            ids.append((path, pairing_ids(load_document(path).data)))
        except LoadError:
            continue  # rendering it reports the problem
    pairs = pair_amendments(ids)
    usable = {original for original in set(pairs.values())
              if isinstance(validate_file(original, options).model, Plan)}
    return {amendment: original for amendment, original in pairs.items()
            if original in usable}


def _original_for(amendment: ValidationResult, plans: list[ValidationResult]
                  ) -> ValidationResult | None:
    wanted = amendment.model.amends.plan_id
    matches = [p for p in plans if wanted and p.model.plan_id == wanted]
    if matches:
        return matches[0]
    return plans[0] if len(plans) == 1 else None


# --- iwp render: steps 1-4 ------------------------------------------------------------------

@dataclass
class RenderResult:
    """What rendering one plan file did.

    ``path`` is None when nothing was written: the plan was refused because validation
    found errors (see ``validation.findings``) and ``--draft`` was not given.
    """

    validation: ValidationResult
    path: Path | None = None
    pages: int = 0
    size: int = 0
    sha256: str = ""
    content_hash: str = ""
    plan_hash: str = ""

    @property
    def written(self) -> bool:
        """True when a PDF was written."""
        return self.path is not None

    def to_dict(self) -> dict[str, Any]:
        """The entry ``iwp render --format json`` prints for this file."""
        return {"path": str(self.path) if self.path else None, "pages": self.pages,
                "bytes": self.size, "sha256": self.sha256,
                "content_hash": self.content_hash, "plan_hash": self.plan_hash}


def render_file(path: str, output: str | Path | None = None, *,
                options: RenderOptions | None = None,
                validation: ValidationOptions | None = None,
                original: str | None = None) -> RenderResult:
    """Load, validate, render and write one plan file as a PDF (steps 1-4).

    ``output`` is a file or an existing folder (default: the current folder) - the file
    name then comes from the plan id and the Ticketholder's name, never from the SSN. A
    plan with validation errors is refused unless ``options.draft``. ``original`` is the
    signed plan an amendment changes; the amendment then shows what changed.
    """
    from iwp.output import write_atomic

    options = options or RenderOptions()
    validation = validation or ValidationOptions()
    original_model = None
    if original is not None:
        base = validate_file(original, validation)
        if base.load_failed or not isinstance(base.model, Plan):
            raise UsageError(f"{original}: --original must be a readable IWP plan file "
                             "(kind: iwp)")
        original_model = base.model
    result = validate_file(path, validation, original=original_model)
    outcome = RenderResult(validation=result)
    # A draft renders even a plan whose structure is broken, from the copy validation
    # built with the broken values emptied (the findings say what they were).
    model = result.model or (result.draft_model if options.draft else None)
    if model is None or (not result.valid and not options.draft):
        return outcome
    if original_model is not None and result.kind != "amendment":
        raise UsageError(f"{path}: --original is only for amendments")
    pdf = render_pdf(model, options, original=original_model)
    target = output_path(model, path, output)
    inputs = [path] + ([original] if original else [])
    written = write_atomic(target, pdf.data, private=True, inputs=inputs)
    outcome.path, outcome.pages, outcome.size = written, pdf.pages, len(pdf.data)
    outcome.sha256 = hashlib.sha256(pdf.data).hexdigest()
    outcome.content_hash, outcome.plan_hash = pdf.content_hash, pdf.plan_hash
    log.info("Wrote %s (%d pages)", mask_ssns(str(written)), pdf.pages)
    return outcome


def render_pdf(model: Plan | Amendment, options: RenderOptions | None = None,
               original: Plan | None = None) -> PdfOutput:
    """Steps 3 and 4 for a validated model: HTML from the templates, then the PDF."""
    from iwp import __version__
    from iwp.document.pdf import PdfRequest, canonical_plan_json, document_date, write_pdf
    from iwp.document.render import render_html, template_dirs, template_hash

    options = options or RenderOptions()
    folders = template_dirs(options)
    data = model.model_dump(mode="json")
    if options.redact:
        data = _redacted(data)
    html = render_html(model, options, original=original)
    holder = model.ticketholder.name.full if model.ticketholder.name else ""
    title = (f"Individual Work Plan - {holder}" if model.kind == "iwp" else
             f"Amendment No. {model.amendment_number or ''} to the Individual Work Plan "
             f"- {holder}")
    extra = render_stamp(options, original)
    request = PdfRequest(
        plan_json=canonical_plan_json(data), kind=model.kind,
        schema_version=model.schema_version, iwp_version=__version__,
        template_hash=template_hash(folders), title=mask_ssns(title),
        author=model.employment_network.name or "", plan_date=document_date(model),
        folders=folders, large_print=options.large_print, extra_info=extra)
    return write_pdf(html, request)


def render_stamp(options: RenderOptions, original: Plan | None = None) -> dict[str, str]:
    """The info keys that record how a PDF was rendered, beyond its plan and templates.

    ``iwp batch render`` compares them (with the plan hash, version and template hash) to
    decide that an existing PDF is up to date: rendering the same plan in large print, as
    a draft, redacted, or against another original gives a different PDF.
    """
    from iwp.document.pdfhash import canonical_plan_json, sha256_hex

    stamp = {key: "true" for key, on in (("IWP_Redacted", options.redact),
                                         ("IWP_Draft", options.draft),
                                         ("IWP_LargePrint", options.large_print)) if on}
    if original is not None:
        stamp["IWP_OriginalHash"] = sha256_hex(canonical_plan_json(
            original.model_dump(mode="json")))
    return stamp


def _redacted(value: Any) -> Any:
    """A copy of dumped plan data with every SSN masked (``***-**-1234``)."""
    if isinstance(value, dict):
        return {k: (mask_ssn(v) if k == "ssn" and isinstance(v, str) else _redacted(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v) for v in value]
    return mask_ssns(value) if isinstance(value, str) else value


_UNSAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


def default_output_name(model: Plan | Amendment, source: str) -> str:
    """``{plan_id}_{Last}_{First}.pdf`` (amendments add ``amendment-N``), made safe for
    any file system; the input file's stem when there is no plan id. Never the SSN."""
    name = model.ticketholder.name
    if isinstance(model, Plan):
        plan_id = model.plan_id
        parts = [plan_id] if plan_id else []
    else:
        plan_id = model.amends.plan_id
        parts = ([plan_id] if plan_id else []) + [f"amendment-{model.amendment_number or 'x'}"]
    if not plan_id:
        stem = Path(source).stem if source and source != "-" else "plan"
        parts.insert(0, stem)
    if name is not None:
        parts += [p for p in (name.last, name.first) if p]
    cleaned = [_UNSAFE_NAME_RE.sub("-", mask_ssns(p)).strip("-.") for p in parts]
    return "_".join(p for p in cleaned if p)[:150] + ".pdf"


def output_path(model: Plan | Amendment, source: str, output: str | Path | None) -> Path:
    """Where to write: ``output`` itself when it names a ``.pdf`` or an existing file, else
    the default name inside the folder ``output`` (made if needed), or in the current
    folder when ``output`` is not given. ``-o out`` therefore means the folder ``out``, as
    a case manager expects, not a file called ``out``."""
    if output is None:
        return Path(default_output_name(model, source))
    target = Path(output)
    if target.is_file() or (target.suffix.lower() == ".pdf" and not target.is_dir()):
        return target
    return target / default_output_name(model, source)


def check_pdf(path: str | Path, options: Any = None) -> Any:
    """Step 5 - parse and step 6 - check one PDF; returns a :class:`~iwp.check.CheckResult`.

    A file that cannot be read (damaged, encrypted, not a PDF) gives a result with one
    finding and ``load_failed`` set rather than an exception, so a batch goes on.
    """
    from iwp.check import CheckOptions, check_parsed, failed_result
    from iwp.errors import PdfReadError
    from iwp.read.parse import ParseOptions, parse_pdf

    options = options or CheckOptions()
    parse_options = ParseOptions(strict=options.strict, field_map=options.field_map,
                                 timeout=options.timeout, ocr=options.ocr)
    try:
        parsed = parse_pdf(str(path), parse_options)
    except PdfReadError as e:
        return failed_result(str(path), str(e))
    return check_parsed(parsed, options)


def check_paths(paths: Sequence[str], options: Any = None) -> list[Any]:
    """Check several PDFs, one result each, in order."""
    return [check_pdf(path, options) for path in paths]
