"""Step 2 - validate: build the pydantic model, then run the compliance rules.

Every problem becomes a :class:`~iwp.findings.Finding`, all of them in one run: pydantic's
errors are translated into plain-language findings located at ``file:line:col``, and then
(when the structure is sound) the registered rules of :mod:`iwp.rules` run on the model.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import logging
import types
import typing
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from iwp import rules as _rules
# The codes of loading and structural problems live in the registry of every code.
from iwp.codes import LOAD_CODES, SCHEMA_CODES  # noqa: F401
from iwp.errors import LoadError
from iwp.findings import Finding, Severity
from iwp.load import DEFAULT_MAX_BYTES, Document, load_document
from iwp.models import MODELS, SCHEMA_VERSION
from iwp.privacy import mask_ssns

log = logging.getLogger("iwp")

@dataclass
class ValidationOptions:
    """Settings for a validation run.

    ``today`` anchors date-relative rules (defaults to the real date); ``select`` and
    ``ignore`` are code prefixes; ``stage`` is ``draft`` or ``submission``.
    """

    today: dt.date | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    stage: str = "draft"
    max_bytes: int = DEFAULT_MAX_BYTES

    def effective_today(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass
class ValidationResult:
    """What validating one plan file found."""

    name: str
    kind: str | None
    findings: list[Finding] = field(default_factory=list)
    model: Any = None
    document: Document | None = None
    load_failed: bool = False
    draft_model: Any = None  # built with broken values emptied, when ``model`` could not be

    @property
    def valid(self) -> bool:
        """True when the plan loaded, built, and has no error findings."""
        return (not self.load_failed and self.model is not None
                and not any(f.severity is Severity.ERROR for f in self.findings))

    def to_dict(self) -> dict[str, Any]:
        """The ``files[]`` entry of ``iwp validate --format json``."""
        return {"path": self.name, "kind": self.kind, "valid": self.valid,
                "findings": [f.to_dict() for f in self.findings]}


def validate_file(path: str, options: ValidationOptions | None = None,
                  original: Any = None) -> ValidationResult:
    """Load and validate one plan file; a file that cannot be loaded gives one finding."""
    options = options or ValidationOptions()
    try:
        document = load_document(path, max_bytes=options.max_bytes)
    except LoadError as e:
        return load_failure(e)
    return validate_document(document, options, original=original)


def load_failure(error: LoadError) -> ValidationResult:
    """A result holding the single finding for a file that could not be loaded."""
    finding = Finding(code=error.code, severity=Severity.ERROR, message=mask_ssns(error.message),
                      file=error.path, line=error.line, column=error.column)
    return ValidationResult(name=error.path, kind=None, findings=[finding], load_failed=True)


def validate_data(data: dict[str, Any], name: str = "<plan>",
                  options: ValidationOptions | None = None, original: Any = None
                  ) -> ValidationResult:
    """Validate plan data that did not come from a file (e.g. read back from a PDF)."""
    return validate_document(Document(name=name, data=data), options, original=original)


def validate_document(document: Document, options: ValidationOptions | None = None,
                      original: Any = None) -> ValidationResult:
    """Build the model for a loaded document and run the rules on it."""
    options = options or ValidationOptions()
    log.info("Step 2 - Validate %s", document.name)
    result = ValidationResult(name=document.name, kind=document.kind, document=document)
    model_cls = _model_for(document, result)
    broken: list[tuple[str | int, ...]] = []
    rules_model = None
    if model_cls is not None:
        try:
            result.model = rules_model = model_cls.model_validate(document.data)
        except ValidationError as e:
            result.findings.extend(_translate(e, document, model_cls))
            rules_model, broken = _repaired_model(model_cls, document.data, e)
            result.draft_model = rules_model
    if rules_model is not None:
        # With structural errors the rules still run, on a copy with the broken values
        # emptied, so one run reports everything; hits inside a broken value are dropped
        # because the structural finding already covers them.
        ctx = _rules.RuleContext(doc=rules_model, kind=result.kind or "", original=original,
                                 today=options.effective_today(), stage=options.stage)
        for registered, hit in _rules.run_rules(ctx):
            path = tuple(int(p) if p.isdigit() else p for p in hit.path.split(".") if p)
            if any(path[:len(b)] == b or b[:len(path)] == path for b in broken):
                continue
            line, column = document.locate(path)
            result.findings.append(Finding(
                code=registered.code, severity=hit.severity or registered.severity,
                message=mask_ssns(hit.message), file=document.name, path=hit.path,
                line=line if document.positions else None,
                column=column if document.positions else None, source=registered.source))
    result.findings = [f for f in result.findings
                       if _rules.code_selected(f.code, options.select, options.ignore)]
    result.findings.sort(key=lambda f: (f.line or 0, f.column or 0, f.code))
    return result


def _repaired_model(model_cls: type[BaseModel], data: dict[str, Any],
                    error: ValidationError) -> tuple[Any, list[tuple[str | int, ...]]]:
    """Build the model from a copy of ``data`` with each invalid value removed.

    Returns the model (or None when it still cannot be built) and the paths that were
    removed. Unknown keys are dropped; other invalid values are emptied; a missing section
    is supplied empty.
    """
    repaired = copy.deepcopy(data)
    broken: list[tuple[str | int, ...]] = []
    for _ in range(3):
        for detail in error.errors(include_url=False):
            loc = tuple(detail["loc"])
            if not loc:
                return None, broken
            broken.append(loc)
            parent = repaired
            try:
                for part in loc[:-1]:
                    parent = parent[part]
            except (KeyError, IndexError, TypeError):
                continue
            last = loc[-1]
            if isinstance(parent, dict):
                if detail["type"] == "extra_forbidden":
                    parent.pop(last, None)
                elif detail["type"] == "missing":
                    parent[last] = {}
                else:
                    parent[last] = None
            elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
                parent[last] = None
        try:
            return model_cls.model_validate(repaired), broken
        except ValidationError as e:
            error = e
    return None, broken


def _model_for(document: Document, result: ValidationResult) -> type[BaseModel] | None:
    kind = document.data.get("kind")
    version = document.data.get("schema_version")
    problem = None
    if kind is None:
        problem = ("kind", "IWP010", "The plan has no `kind:`; add `kind: iwp` for an IWP or "
                   "`kind: amendment` for an amendment.")
    elif not isinstance(kind, str) or kind not in MODELS:
        problem = ("kind", "IWP020", f"`kind` must be `iwp` or `amendment`, not "
                   f"`{mask_ssns(str(kind))[:40]}`.")
    elif version != SCHEMA_VERSION:
        problem = ("schema_version", "IWP020",
                   f"This version of iwp reads `schema_version: {SCHEMA_VERSION}` plan files; "
                   f"set `schema_version: {SCHEMA_VERSION}`" +
                   (" (the key is missing)." if version is None else "."))
    if problem:
        key, code, message = problem
        line, column = document.locate((key,))
        result.findings.append(Finding(code=code, severity=Severity.ERROR, message=message,
                                       file=document.name, path=key, line=line, column=column))
        return None
    return MODELS[kind]


# --- translating pydantic errors --------------------------------------------------------

_TYPE_WORDS = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "bool_type": "true or false", "bool_parsing": "true or false",
    "list_type": "a list (one `- item` per line)",
    "dict_type": "a section of keys", "model_type": "a section of keys",
    "model_attributes_type": "a section of keys",
    "decimal_type": "a number such as 1430.00", "decimal_parsing": "a number such as 1430.00",
    "float_type": "a number", "float_parsing": "a number",
    "date_type": "a date written YYYY-MM-DD",
}
_PATTERN_HINTS = {
    "zip": "write the ZIP code as 12345 or 12345-6789",
    "state": "write the two-letter state code, such as OH",
}


def _dotted(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc)


def _translate(error: ValidationError, document: Document,
               model_cls: type[BaseModel]) -> list[Finding]:
    findings = []
    for detail in error.errors(include_url=False):
        loc = tuple(detail["loc"])
        code, message = _explain(detail, loc, model_cls)
        line, column = document.locate(loc)
        findings.append(Finding(
            code=code, severity=Severity.ERROR, message=mask_ssns(message), file=document.name,
            path=_dotted(loc), line=line if document.positions else None,
            column=column if document.positions else None))
    return findings


def _explain(detail: dict[str, Any], loc: tuple[Any, ...],
             model_cls: type[BaseModel]) -> tuple[str, str]:
    kind = detail["type"]
    key = str(loc[-1]) if loc else "plan"
    where = _dotted(loc[:-1]) or "the top level"
    ctx = detail.get("ctx") or {}
    if kind == "missing":
        return "IWP010", f"`{key}` is missing from {where}; add it (`iwp init` writes a " \
                         f"template with every key)."
    if kind == "extra_forbidden":
        known = _known_keys(model_cls, loc[:-1])
        guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"did you mean `{guess[0]}`?" if guess else \
            f"the keys allowed here are: {', '.join(known)}" if known else "remove it"
        return "IWP011", f"`{key}` is not a key of {where}; {hint}"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        return "IWP013", f"`{key}` must be one of {expected}."
    if kind == "ssn":
        return "IWP015", f"The Social Security number is not possible: {detail['msg']}."
    if kind == "service_category":
        return "IWP019", f"`{key}`: {detail['msg']}."
    if kind == "iso_date" or kind.startswith("date_"):
        reason = ctx.get("error")
        why = f" ({reason})" if reason and kind != "iso_date" else ""
        return "IWP014", f"`{key}` is not a real date{why}; write it as YYYY-MM-DD, for " \
                         f"example 2026-06-09."
    if kind in ("string_too_long", "too_long"):
        limit = ctx.get("max_length")
        unit = "characters" if kind == "string_too_long" else "items"
        return "IWP017", f"`{key}` is too long: at most {limit} {unit} are allowed here."
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(key, "check the format")
        return "IWP018", f"`{key}` is not in the expected format; {hint}."
    if kind == "finite_number":
        return "IWP016", f"`{key}` must be a finite amount such as 1430.00, not NaN or infinity."
    if kind in ("greater_than_equal", "greater_than"):
        return "IWP016", f"`{key}` must be {ctx.get('ge', ctx.get('gt', 0))} or more."
    if kind in ("less_than_equal", "less_than"):
        return "IWP016", f"`{key}` must be {ctx.get('le', ctx.get('lt'))} or less."
    if kind in ("decimal_max_places", "decimal_max_digits", "decimal_whole_digits"):
        return "IWP016", f"`{key}` has too many digits; round money to cents (1430.00) and " \
                         f"hours to two decimals."
    if kind in _TYPE_WORDS:
        return "IWP012", f"`{key}` must be {_TYPE_WORDS[kind]}."
    return "IWP018", f"`{key}`: {detail['msg']}."


def _known_keys(model_cls: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed at ``loc`` inside ``model_cls`` (for "did you mean" hints)."""
    current: Any = model_cls
    for part in loc:
        if isinstance(part, int):
            current = _unwrap(current, list_item=True)
            continue
        current = _unwrap(current)
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        info = current.model_fields.get(str(part))
        if info is None:
            return []
        current = info.annotation
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any, list_item: bool = False) -> Any:
    """Strip Optional/Annotated (and list[...] when ``list_item``) from a field type."""
    for _ in range(6):
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                break
        elif list_item and origin is list:
            annotation = typing.get_args(annotation)[0]
            list_item = False
        else:
            break
    return annotation
