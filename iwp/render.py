"""Step 3 - render: a validated plan (or amendment) becomes the HTML of its SSA-1370 PDF.

The templates live in the repository's ``templates/`` folder (inside the wheel as
``iwp/templates``). An EN may give its own folder (``--template-dir``): every template is
looked up there first, so its ``iwp.html`` can start with
``{% extends "builtin/iwp.html" %}`` and override only the blocks it wants to change.

Policy: text in a plan is data, always. Every template runs in Jinja's
:class:`~jinja2.sandbox.SandboxedEnvironment` with autoescaping and ``StrictUndefined``;
every printed value passes through :func:`_printable`, which removes bidirectional
overrides and zero-width characters (they could make printed text read differently from
the stored plan) and, with ``redact``, masks anything shaped like an SSN. The templates get
the model plus ready-made structures (services by category, terms, signature blocks), so
they hold layout and no program rules; every label comes from :mod:`iwp.domain`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from iwp import domain
from iwp.errors import RenderError, UsageError
from iwp.models import Amendment, Plan
from iwp.privacy import mask_ssn, mask_ssns

log = logging.getLogger("iwp")

TEMPLATES = {"iwp": "iwp.html", "amendment": "amendment.html"}

# Characters that change how text is displayed without being visible: bidi embeddings and
# overrides (U+202A-202E), isolates (U+2066-2069), zero-width space/joiners (U+200B-200D)
# and the zero-width no-break space (U+FEFF). A plan could use them to make the printed
# page say something other than the stored plan.
_INVISIBLE_RE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]")


@dataclass(frozen=True)
class RenderOptions:
    """How to render a plan.

    ``draft`` adds a "DRAFT - NOT FOR SUBMISSION" watermark on every page; ``large_print``
    sets body text to at least 18 pt; ``template_dir`` is an EN's own template folder
    (looked up before the built-in one); ``redact`` masks the SSN everywhere.
    """

    draft: bool = False
    large_print: bool = False
    template_dir: Path | None = None
    redact: bool = False


def builtin_template_dir() -> Path:
    """The folder of the built-in templates: inside the package when installed from a
    wheel, else the repository's top-level ``templates/``."""
    import iwp

    package = Path(iwp.__file__).resolve().parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / TEMPLATES["iwp"]).is_file():
            return candidate
    raise RenderError(f"the built-in templates are missing (looked in {package / 'templates'} "
                      f"and {package.parent / 'templates'}); reinstall iwp")


def template_dirs(options: RenderOptions) -> list[Path]:
    """The template folders in lookup order: the EN's own first, then the built-in one."""
    dirs = []
    if options.template_dir is not None:
        custom = Path(options.template_dir).resolve()
        if not custom.is_dir():
            raise UsageError(f"{options.template_dir}: the template folder does not exist")
        dirs.append(custom)
    dirs.append(builtin_template_dir())
    return dirs


def template_hash(dirs: list[Path]) -> str:
    """sha256 over the names and contents of every file in the template folders.

    Stored in the PDF (``/IWP_Template``) so a batch run can skip outputs whose plan and
    templates have not changed.
    """
    digest = hashlib.sha256()
    for index, folder in enumerate(dirs):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            digest.update(f"{index}:{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _printable_factory(redact: bool) -> Any:
    def printable(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, str) and not isinstance(value, Markup):
            value = _INVISIBLE_RE.sub("", value)
            return mask_ssns(value) if redact else value
        return value
    return printable


@cache
def _environment(dirs: tuple[Path, ...], redact: bool) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        # An EN's template that overrides a built-in one of the same name extends it as
        # "builtin/iwp.html"; every other name is looked up in the EN's folder first.
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(d)) for d in dirs]
            + [jinja2.PrefixLoader({"builtin": jinja2.FileSystemLoader(str(dirs[-1]))})]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_printable_factory(redact),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(date=format_date, money=format_money, number=format_number)
    # Labels come from iwp/data/vocabulary.yaml, never from the templates.
    env.globals.update(label=domain.label, service_label=domain.service_label,
                       category_label=_category_label)
    return env


def _category_label(code: str) -> str:
    return domain.service_categories().get(code, {}).get("label", code)


def format_date(value: dt.date | None) -> str:
    """A date as printed on the form, e.g. ``June 9, 2026``; empty when missing."""
    if value is None:
        return ""
    return f"{value:%B} {value.day}, {value.year}"


def format_money(value: Decimal | None) -> str:
    """An amount of money, e.g. ``$1,430.00``; empty when missing."""
    return "" if value is None else f"${value:,.2f}"


def format_number(value: Decimal | None) -> str:
    """A number without trailing zeros, e.g. ``20`` or ``12.5``; empty when missing."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def render_html(model: Plan | Amendment, options: RenderOptions | None = None,
                original: Plan | None = None) -> str:
    """Return the HTML of the plan's PDF (step 3)."""
    options = options or RenderOptions()
    log.info("Step 3 - Render HTML")
    dirs = template_dirs(options)
    env = _environment(tuple(dirs), options.redact)
    context = plan_context(model, options, original)
    try:
        template = env.get_template(TEMPLATES[model.kind])
        return template.render(context)
    except jinja2.TemplateError as e:
        where = f"{e.filename}:{e.lineno}" if getattr(e, "filename", None) else "template"
        kind = {"TemplateSyntaxError": "a syntax error in the template",
                "TemplateNotFound": "a template it needs is missing",
                "UndefinedError": "the template uses a value the plan does not have",
                "SecurityError": "the template does something the sandbox forbids"
                }.get(type(e).__name__, "the template cannot be used")
        raise RenderError(f"{where}: {kind}: {mask_ssns(str(e))}") from e
    except RecursionError as e:
        raise RenderError("the templates extend or include each other in a loop; a "
                          "template that overrides a built-in one extends "
                          f"\"builtin/{TEMPLATES[model.kind]}\"") from e


# --- the context the templates see -------------------------------------------------------

def plan_context(model: Plan | Amendment, options: RenderOptions,
                 original: Plan | None = None) -> dict[str, Any]:
    """Everything a template may use: the model and ready-made, labelled structures."""
    holder = model.ticketholder.name.full if model.ticketholder.name else ""
    en_name = model.employment_network.name or ""
    ssn = model.ticketholder.ssn
    ssn_display = (mask_ssn(ssn) if options.redact else ssn) if ssn else ""
    is_plan = isinstance(model, Plan)
    if is_plan:
        title = f"Individual Work Plan - {holder}" if holder else "Individual Work Plan"
    else:
        number = model.amendment_number
        title = f"Amendment No. {number or ''} to the Individual Work Plan - {holder}"
    context: dict[str, Any] = {
        "plan": model,
        "kind": model.kind,
        "doc_title": title,
        "holder_name": holder,
        "en_name": en_name,
        "plan_ref": _plan_reference(model),
        "ssn": ssn_display,
        "options": {"draft": options.draft, "large_print": options.large_print,
                    "redact": options.redact},
        "signatures": signature_blocks(model),
        "goals": _goals(model.employment_goals),
    }
    if is_plan:
        context.update(
            service_groups=service_groups(model.services),
            terms=terms_list(model),
            additional_terms=list(model.terms_and_conditions.additional),
            statement=model.statement_of_understanding
            or domain.statement_of_understanding(en_name or "the Employment Network"),
        )
    else:
        context.update(
            amendment_services=[
                {"service": s, "label": domain.service_label(s.category, s.service),
                 "category": domain.service_categories()[s.category]["label"],
                 "change": domain.label("amendment_changes", s.change) if s.change else ""}
                for s in model.services],
            changes=amendment_changes(original, model) if original is not None else None,
        )
    return context


def _plan_reference(model: Plan | Amendment) -> str:
    if isinstance(model, Plan):
        return f"Plan {model.plan_id}" if model.plan_id else ""
    plan_id = model.amends.plan_id
    number = model.amendment_number
    parts = [f"Plan {plan_id}" if plan_id else "", f"Amendment {number}" if number else ""]
    return ", ".join(p for p in parts if p)


def _goals(goals: Any) -> list[dict[str, Any]]:
    rows = []
    for key, heading, span in (("short_term", "Short-term goal", "the next 18 months"),
                               ("long_term", "Long-term goal", "3 to 5 years")):
        goal = getattr(goals, key)
        rows.append({"key": key, "heading": heading, "span": span, "goal": goal})
    return rows


def service_groups(services: list[Any]) -> list[dict[str, Any]]:
    """Every service of every category, in the vocabulary's order, each checked when the
    plan lists it (with the plan's entries for it), so unchecked boxes print as well."""
    groups = []
    for code, category in domain.service_categories().items():
        items = []
        for service_code, service_label in category["services"].items():
            entries = [s for s in services
                       if s.category == code and s.service == service_code]
            items.append({"code": service_code, "label": service_label,
                          "checked": bool(entries), "entries": entries})
        groups.append({"code": code, "label": category["label"], "items": items})
    return groups


def terms_list(plan: Plan) -> list[dict[str, Any]]:
    """The 15 terms and conditions as printed: the built-in wording, or the EN's own
    wording for each number when the plan's standard is ``custom``."""
    custom = {}
    if plan.terms_and_conditions.standard == "custom":
        custom = {t.number: t.text for t in plan.terms_and_conditions.custom if t.text}
    return [{"number": item["number"], "title": item["title"],
             "text": custom.get(item["number"], item["text"])}
            for item in domain.terms()["items"]]


def signature_blocks(model: Plan | Amendment) -> list[dict[str, Any]]:
    """The signature blocks in printing order, each naming its PDF signature field.

    Only a signature recorded as ``electronic`` with a date prints as "/s/ Name" with
    its date; otherwise the lines stay blank for ink. Nothing draws a signature image.
    """
    signatures = model.signatures
    holder = model.ticketholder.name.full if model.ticketholder.name else ""
    blocks = []
    th = signatures.ticketholder
    blocks.append(_block("ticketholder_signature", "Ticketholder", "Signature of Ticketholder",
                         holder, th, extra=None))
    rep = signatures.ticketholder_representative
    plan_rep = getattr(model.ticketholder, "representative", None)
    if rep is not None or plan_rep is not None:
        name = (rep.name if rep else None) or (plan_rep.name if plan_rep else None) or ""
        relationship = ((rep.relationship if rep else None)
                        or (plan_rep.relationship if plan_rep else None) or "")
        blocks.append(_block("ticketholder_representative_signature",
                             "Ticketholder's representative",
                             "Signature of Ticketholder's representative", name, rep,
                             extra=("Relationship to the Ticketholder", relationship)))
    en = signatures.en_representative
    en_rep = getattr(model.employment_network, "representative", None)
    name = (en.name if en else None) or (en_rep.name if en_rep else None) or ""
    title = (en.title if en else None) or (en_rep.title if en_rep else None) or ""
    blocks.append(_block("en_signature", "Employment Network representative",
                         "Signature of Employment Network representative", name, en,
                         extra=("Title", title)))
    return blocks


def _block(field: str, heading: str, caption: str, name: str, signature: Any,
           extra: tuple[str, str] | None) -> dict[str, Any]:
    method = signature.method if signature else None
    date = signature.date if signature else None
    electronic = method == "electronic" and date is not None and bool(name)
    return {"field": field, "heading": heading, "caption": caption, "name": name,
            "electronic": electronic, "typed": f"/s/ {name}" if electronic else "",
            "date": format_date(date) if electronic else "", "extra": extra,
            "method": domain.label("signature_methods", method) if method else ""}


_GOAL_FIELDS = (("job_title", "Job title", None), ("description", "Description", None),
                ("target_date", "Target date", format_date),
                ("hours_per_week", "Hours per week", format_number),
                ("hourly_wage", "Hourly wage", format_money),
                ("monthly_earnings", "Monthly earnings", format_money))
_TRAINING_FIELDS = (("program", "Training program", None), ("provider", "Training provider", None),
                    ("expected_completion", "Training completion", format_date))


def amendment_changes(original: Plan, amendment: Amendment) -> dict[str, Any]:
    """What the amendment changes in the original plan: goal fields (old -> new) and
    services added, continued or ended."""
    goal_rows = []
    for key, heading in (("short_term", "Short-term goal"), ("long_term", "Long-term goal")):
        old = getattr(original.employment_goals, key)
        new = getattr(amendment.employment_goals, key)
        for attr, name, fmt in _GOAL_FIELDS:
            _compare(goal_rows, f"{heading}: {name.lower()}", old, new, attr, fmt)
        old_t = old.training if old else None
        new_t = new.training if new else None
        for attr, name, fmt in _TRAINING_FIELDS:
            _compare(goal_rows, f"{heading}: {name.lower()}", old_t, new_t, attr, fmt)
    before = {(s.category, s.service) for s in original.services}
    service_rows = []
    for s in amendment.services:
        change = s.change or ("continued" if (s.category, s.service) in before else "added")
        service_rows.append({"label": domain.service_label(s.category, s.service),
                             "category": domain.service_categories()[s.category]["label"],
                             "change": domain.label("amendment_changes", change),
                             "in_original": (s.category, s.service) in before})
    named = {(s.category, s.service) for s in amendment.services}
    unchanged = [domain.service_label(c, s) for c, s in sorted(before - named)]
    return {"goals": goal_rows, "services": service_rows, "unchanged_services": unchanged}


def _compare(rows: list[dict[str, str]], what: str, old: Any, new: Any, attr: str,
             fmt: Any) -> None:
    old_value = getattr(old, attr, None) if old is not None else None
    new_value = getattr(new, attr, None) if new is not None else None
    if old_value == new_value:
        return
    show = fmt or (lambda v: "" if v is None else str(v))
    rows.append({"what": what, "old": show(old_value) or "(none)",
                 "new": show(new_value) or "(none)"})
