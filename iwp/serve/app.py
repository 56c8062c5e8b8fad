"""The web app of ``iwp serve``: pages for case managers and a JSON API, over the pipeline.

Pages work without JavaScript (forms post, then redirect or show the result); the small
script in ``static/editor.js`` only makes validation live and keeps unsaved work across a
reload. Every page and API call goes through :mod:`iwp.serve.security`.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.schemas import SchemaGenerator
from starlette.staticfiles import StaticFiles

from iwp import (Amendment, Document, IwpError, LoadError, Plan, RenderOptions,
                 ValidationOptions, render_pdf)
from iwp.domain import thresholds
from iwp.check.extract import plan_yaml, read_pdf_plan
from iwp.plan.exports import read_export
from iwp.findings import Severity
from iwp.plan.load import load_bytes
from iwp.pipeline import check_pdf, default_output_name
from iwp.privacy import mask_ssns
from iwp.document.render import amendment_changes
from iwp.report import format_json
from iwp.serve import forms
from iwp.serve.security import Guard, allowed_hosts
from iwp.serve.store import (NameTaken, PlanStore, StaleSave, file_id, holder_name, plan_text,
                             version_of)
from iwp.plan.validate import load_failure, validate_document

log = logging.getLogger("iwp.serve")

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # one request: a few PDFs of a plan and its scans
MAX_PDF_FILES = 20
PDF_MAGIC = b"%PDF-"
PLAN_UPLOAD_SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".jsonl", ".pdf")
# Payment figures use 52 weeks / 12 months, as the goal rules do.
WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
SUBMISSION_DAYS = 14
PACKAGE = resources.files("iwp.serve")


@dataclass
class ServeConfig:
    """Where the plans are and how the server is reached."""

    folder: Path
    token: str
    host: str = "127.0.0.1"
    port: int = 8765
    today: dt.date | None = None
    max_body: int = MAX_UPLOAD_BYTES
    extra_hosts: tuple[str, ...] = field(default_factory=tuple)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(PACKAGE / "templates")),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["mask"] = lambda text: mask_ssns(str(text))
    return env


class Pages:
    """The route handlers, sharing the store and the templates."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.store = PlanStore(config.folder, today=config.today)
        self.env = _environment()

    # --- helpers ------------------------------------------------------------------------

    def options(self) -> ValidationOptions:
        return ValidationOptions(today=self.config.today)

    def page(self, request: Request, template: str, status: int = 200, **context: Any
             ) -> HTMLResponse:
        csrf = request.scope.get("csrftoken")
        html = self.env.get_template(template).render(
            csrftoken=csrf() if csrf else "", **context)
        return HTMLResponse(html, status_code=status)

    def original_for(self, data: dict[str, Any]) -> Any:
        """The IWP model an amendment changes, when its plan is in the folder."""
        if data.get("kind") != "amendment" or not isinstance(data.get("amends"), dict):
            return None
        wanted = data["amends"].get("plan_id")
        for path in self.store.files():
            try:
                _, document = self.store.read(path)
            except (LoadError, OSError):
                continue
            if document.data.get("kind") == "iwp" and wanted and \
                    document.data.get("plan_id") == wanted:
                result = validate_document(document, self.options())
                if isinstance(result.model, Plan):
                    return result.model
        return None

    def validate(self, data: dict[str, Any], name: str) -> Any:
        return validate_document(Document(name=mask_ssns(name), data=data), self.options(),
                                 original=self.original_for(data))

    def open_plan(self, request: Request) -> tuple[Path, bytes, Any]:
        path = self.store.path_for(request.path_params["plan"])
        if path is None:
            raise NotFound()
        raw, document = self.store.read(path)
        return path, raw, document

    # --- pages --------------------------------------------------------------------------

    async def plans(self, request: Request) -> HTMLResponse:
        query = ""
        if request.method == "POST":
            query = str((await request.form()).get("q", "")).strip()
        rows = self.store.entries()
        if query:
            needle = query.lower()
            rows = [r for r in rows if needle in r.holder.lower() or needle in
                    r.plan_id.lower() or needle in r.file.lower()]
        return self.page(request, "plans.html", title="Plans", rows=rows, query=query,
                         folder=mask_ssns(str(self.config.folder)))

    async def new_plan(self, request: Request) -> Response:
        form = await request.form()
        kind = "amendment" if form.get("kind") == "amendment" else "iwp"
        starter = "starter-amendment.yaml" if kind == "amendment" else "starter-plan.yaml"
        text = resources.files("iwp").joinpath("data", starter).read_text(encoding="utf-8")
        stem = "new-amendment" if kind == "amendment" else "new-plan"
        name = self.store.free_name(stem)
        self.store.write_new(name, text)
        return RedirectResponse(f"/plans/{file_id(name)}", status_code=303)

    def editor(self, request: Request, path: Path, data: dict[str, Any], version: str,
               *, status: int = 200, message: str = "", stale: bool = False,
               changed: bool = False, show_findings: bool = True, added: str = ""
               ) -> HTMLResponse:
        kind = "amendment" if data.get("kind") == "amendment" else "iwp"
        fieldsets = forms.editor_layout(kind, data)
        result = self.validate(data, path.name)
        view = findings_view(result.findings, fieldsets)
        holder = holder_title(data)
        focus = ""
        for fieldset in fieldsets:  # after "Add a service": the new service's first input
            for entry in fieldset.entries:
                if isinstance(entry, forms.Repeat) and entry.path == added and entry.items:
                    focus = entry.items[-1][0].path
        changes = None
        original = self.original_for(data)
        if kind == "amendment" and original is not None and isinstance(result.model,
                                                                        Amendment):
            changes = amendment_changes(original, result.model)
        return self.page(
            request, "editor.html", status=status,
            title=f"{'Amendment' if kind == 'amendment' else 'Plan'}: {holder}",
            plan=file_id(path.name), file=mask_ssns(path.name), kind=kind,
            fieldsets=fieldsets, version=version, findings=view, message=message,
            stale=stale, changed=changed, valid=result.valid, changes=changes,
            computed=computed_values(data), show_findings=show_findings,
            counts=view["counts"], by_target=view["by_target"],
            severity_words=SEVERITY_WORDS, computed_paths=COMPUTED_PATHS, focus=focus)

    async def edit(self, request: Request) -> Response:
        path, raw, document = self.open_plan(request)
        saved = request.query_params.get("saved") == "1"
        return self.editor(request, path, document.data, version_of(raw),
                           message="Saved." if saved else "")

    async def post_edit(self, request: Request) -> Response:
        path, raw, document = self.open_plan(request)
        form = await request.form()
        version = str(form.get("__version__", ""))
        action = str(form.get(forms.ACTION, "check"))
        data = forms.form_to_data(document.data.get("kind", "iwp"),
                                  [(k, str(v)) for k, v in form.multi_items()],
                                  copy.deepcopy(document.data))
        if action.startswith(("add:", "remove:")):
            data = forms.apply_action(data, action)
            return self.editor(request, path, data, version, changed=True,
                               added=action[4:] if action.startswith("add:") else "",
                               message="Not saved yet: press Save plan to keep the change.")
        if action == "save-copy":
            name = self.store.free_name(path.stem + "-copy")
            self.store.write_new(name, plan_text(raw.decode("utf-8"), document, data))
            return RedirectResponse(f"/plans/{file_id(name)}?saved=1", status_code=303)
        if action == "save":
            old_text = raw.decode("utf-8")
            try:
                self.store.replace(path, plan_text(old_text, document, data), version)
            except StaleSave:
                log.info("refused a stale save")
                return self.editor(
                    request, path, data, version, status=409, stale=True, changed=True,
                    message="Not saved: this plan was changed somewhere else (another tab "
                            "or the command line) after you opened it. Your changes are "
                            "still in the form below. Save them as a new file, or open the "
                            "saved version in a new tab to compare.")
            return RedirectResponse(f"/plans/{file_id(path.name)}?saved=1", status_code=303)
        return self.editor(request, path, data, version, changed=True,
                           message="Checked; not saved yet.")

    async def live_findings(self, request: Request) -> JSONResponse:
        path, raw, document = self.open_plan(request)
        form = await request.form()
        data = forms.form_to_data(document.data.get("kind", "iwp"),
                                  [(k, str(v)) for k, v in form.multi_items()],
                                  copy.deepcopy(document.data))
        kind = "amendment" if data.get("kind") == "amendment" else "iwp"
        result = self.validate(data, path.name)
        view = findings_view(result.findings, forms.editor_layout(kind, data))
        return JSONResponse({"valid": result.valid, "counts": view["counts"],
                             "items": view["items"], "computed": computed_values(data)})

    async def pdf(self, request: Request) -> Response:
        path, raw, document = self.open_plan(request)
        variant = request.query_params.get("variant", "signature")
        result = self.validate(document.data, path.name)
        draft = variant == "draft"
        model = result.model or (result.draft_model if draft else None)
        if model is None or (not result.valid and not draft):
            return self.page(request, "message.html", status=409, title="Not printed",
                             heading="This plan has errors, so it prints only as a draft",
                             text="Fix the errors shown in the editor, or download the "
                                  "draft (every page is marked DRAFT - NOT FOR SUBMISSION).",
                             back=f"/plans/{file_id(path.name)}")
        options = RenderOptions(draft=draft, large_print=variant == "large")
        original = self.original_for(document.data)
        pdf = render_pdf(model, options, original=original)
        name = default_output_name(model, path.name)
        if variant in ("large", "draft"):
            name = name[:-4] + f"_{variant}.pdf"
        disposition = "inline" if request.query_params.get("view") == "1" else "attachment"
        return Response(pdf.data, media_type="application/pdf",
                        headers={"content-disposition": f'{disposition}; filename="{name}"'})

    async def amend(self, request: Request) -> Response:
        path, raw, document = self.open_plan(request)
        if document.data.get("kind") != "iwp":
            raise NotFound()
        number = 1 + sum(1 for p in self.store.files() if _amends(self.store, p,
                                                                   document.data))
        data = amendment_from(document.data, number)
        stem = f"{document.data.get('plan_id') or path.stem}_amendment-{number}"
        name = self.store.free_name(stem)
        self.store.write_new(name, plan_text(None, None, data))
        return RedirectResponse(f"/plans/{file_id(name)}", status_code=303)

    async def check_form(self, request: Request) -> HTMLResponse:
        return self.page(request, "check.html", title="Check PDFs", results=None)

    async def check_upload(self, request: Request) -> HTMLResponse:
        async with request.form(max_files=MAX_PDF_FILES + 1) as form:
            return await self._check_upload(request, form)

    async def _check_upload(self, request: Request, form: Any) -> HTMLResponse:
        uploads = [u for u in form.getlist("files") if hasattr(u, "read")]
        problems, results = [], []
        if not uploads or all(not u.filename for u in uploads):
            problems.append("Choose one or more PDF files to check.")
        if len(uploads) > MAX_PDF_FILES:
            problems.append(f"Check at most {MAX_PDF_FILES} PDFs at a time.")
            uploads = []
        with tempfile.TemporaryDirectory(prefix="iwp-serve-") as folder:
            for index, upload in enumerate(u for u in uploads if u.filename):
                data = await upload.read()
                shown = mask_ssns(Path(upload.filename).name)
                if not data.startswith(PDF_MAGIC):
                    problems.append(f"{shown}: not a PDF file; only PDFs can be checked.")
                    continue
                target = Path(folder) / f"{index:03d}.pdf"
                target.write_bytes(data)
                result = check_pdf(target)
                result.name = shown
                results.append(check_view(result))
        return self.page(request, "check.html", title="Check PDFs", results=results,
                         problems=problems, status=400 if problems and not results else 200)

    async def import_form(self, request: Request) -> HTMLResponse:
        return self.page(request, "import.html", title="Import a plan", problems=[])

    async def import_upload(self, request: Request) -> Response:
        async with request.form(max_files=1) as form:
            return await self._import_upload(request, form)

    async def _import_upload(self, request: Request, form: Any) -> Response:
        upload = form.get("file")
        problems = []
        if upload is None or not getattr(upload, "filename", ""):
            problems.append("Choose a YAML, JSON, CSV or PDF file to import.")
        else:
            suffix = Path(upload.filename).suffix.lower()
            shown = mask_ssns(Path(upload.filename).name)
            raw = await upload.read()
            if suffix not in PLAN_UPLOAD_SUFFIXES:
                problems.append(f"{shown}: import a .yaml, .yml, .json, .csv or .pdf file.")
            else:
                try:
                    created = self.import_plans(raw, suffix, shown)
                except (LoadError, ValueError) as e:
                    problems.append(mask_ssns(str(e)))
                else:
                    if len(created) == 1:
                        return RedirectResponse(f"/plans/{file_id(created[0])}",
                                                status_code=303)
                    return RedirectResponse("/", status_code=303)
        return self.page(request, "import.html", title="Import a plan", problems=problems,
                         status=400)

    def import_plans(self, raw: bytes, suffix: str, shown: str) -> list[str]:
        """New plan files from an uploaded plan, export or IWP PDF; returns their names."""
        if suffix == ".pdf":
            return [self.import_pdf(raw, shown)]
        if suffix in (".csv", ".jsonl"):
            with tempfile.TemporaryDirectory(prefix="iwp-serve-") as folder:
                target = Path(folder) / f"import{suffix}"
                target.write_bytes(raw)
                try:
                    rows = list(read_export(target))
                except IwpError as e:
                    raise ValueError(f"{shown}: {e}") from e
            broken = [row for row in rows if row.document is None]
            if broken:  # import all or nothing, so a fixed file can simply be imported again
                raise ValueError(mask_ssns(f"{broken[0].name}: {broken[0].error}"))
            datas = [row.document.data for row in rows]
            if not datas:
                raise ValueError(f"{shown}: no plan rows found")
        else:
            datas = [load_bytes(raw, shown, json_format=suffix == ".json").data]
        names = []
        for data in datas:
            stem = str(data.get("plan_id") or "imported-plan")
            name = self.store.free_name(stem)
            self.store.write_new(name, plan_text(None, None, data))
            names.append(name)
        return names

    def import_pdf(self, raw: bytes, shown: str) -> str:
        """A new plan file from the plan an IWP PDF holds, as ``iwp extract`` writes it:
        only what was read, each value with a comment giving its page and how sure the
        reader is, so the case manager confirms the doubtful ones in the editor."""
        with tempfile.TemporaryDirectory(prefix="iwp-serve-") as folder:
            target = Path(folder) / "import.pdf"
            target.write_bytes(raw)
            try:
                read = read_pdf_plan(str(target))
            except IwpError as e:
                raise ValueError(mask_ssns(str(e).replace(str(target), shown))) from e
        text = plan_yaml(read, source=shown)
        stem = str(read.data.get("plan_id") or Path(shown).stem or "imported-plan")
        name = self.store.free_name(stem)
        self.store.write_new(name, text)
        return name

    # --- JSON API -------------------------------------------------------------------------

    async def api_validate(self, request: Request) -> Response:
        """
        summary: Validate a plan (YAML or JSON body)
        description: The same JSON as `iwp validate --format json`. `?name=` sets the path
          reported for the plan (default `<request>`).
        requestBody:
          content:
            application/yaml: {schema: {type: string}}
            application/json: {schema: {type: object}}
        responses:
          200: {description: "{files: [...], summary: {...}}", content: {application/json: {}}}
          401: {description: No or wrong bearer token}
        """
        body = await request.body()
        name = mask_ssns(request.query_params.get("name", "<request>"))
        try:
            document = load_bytes(body, name)
        except LoadError as e:
            result = load_failure(e)
        else:
            result = validate_document(document, self.options())
        return Response(format_json([result]), media_type="application/json")

    async def api_render(self, request: Request) -> Response:
        """
        summary: Render a plan to the signature-ready PDF
        description: Byte-identical to `iwp render` of the same plan. `?draft=1` renders a
          plan with errors marked DRAFT; `?large_print=1` for 18 pt text. A plan with errors
          and no `draft` gets 422 with the findings as `iwp validate --format json`.
        requestBody:
          content:
            application/yaml: {schema: {type: string}}
        responses:
          200: {description: The PDF, content: {application/pdf: {}}}
          422: {description: The plan has errors, content: {application/json: {}}}
        """
        body = await request.body()
        name = mask_ssns(request.query_params.get("name", "<request>"))
        draft = request.query_params.get("draft") == "1"
        try:
            document = load_bytes(body, name)
        except LoadError as e:
            return Response(format_json([load_failure(e)]), status_code=422,
                            media_type="application/json")
        result = validate_document(document, self.options())
        model = result.model or (result.draft_model if draft else None)
        if model is None or (not result.valid and not draft):
            return Response(format_json([result]), status_code=422,
                            media_type="application/json")
        options = RenderOptions(draft=draft,
                                large_print=request.query_params.get("large_print") == "1")
        pdf = render_pdf(model, options)
        return Response(pdf.data, media_type="application/pdf", headers={
            "content-disposition": f'attachment; filename="{default_output_name(model, name)}"'})

    async def api_check(self, request: Request) -> Response:
        """
        summary: Check a PDF for completeness
        description: Multipart field `file`; the same JSON as `iwp check --format json`.
        requestBody:
          content:
            multipart/form-data:
              schema: {type: object, properties: {file: {type: string, format: binary}}}
        responses:
          200: {description: "{files: [...], summary: {...}}", content: {application/json: {}}}
          400: {description: No file, or not a PDF}
        """
        async with request.form(max_files=1) as form:
            return await self._api_check(form)

    async def _api_check(self, form: Any) -> Response:
        upload = form.get("file")
        if upload is None or not hasattr(upload, "read"):
            return JSONResponse({"error": "send the PDF as the multipart field `file`"},
                                status_code=400)
        data = await upload.read()
        if not data.startswith(PDF_MAGIC):
            return JSONResponse({"error": "the file is not a PDF"}, status_code=400)
        name = mask_ssns(Path(upload.filename or "upload.pdf").name)
        with tempfile.TemporaryDirectory(prefix="iwp-serve-") as folder:
            target = Path(folder) / "upload.pdf"
            target.write_bytes(data)
            result = check_pdf(target)
        result.name = name
        return Response(format_json([result]), media_type="application/json")

    async def openapi(self, request: Request) -> Response:
        schema = SCHEMAS.get_schema(routes=request.app.routes)
        return JSONResponse(schema)


SCHEMAS = SchemaGenerator({"openapi": "3.0.0", "info": {
    "title": "iwp serve API", "version": "1",
    "description": "Validate, render and check Ticket to Work IWPs. Send the token printed "
                   "by `iwp serve` as `Authorization: Bearer TOKEN`."},
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    "security": [{"bearer": []}]})


class NotFound(Exception):
    """Raised when a URL names no plan of the folder."""


def _amends(store: PlanStore, path: Path, plan: dict[str, Any]) -> bool:
    try:
        _, document = store.read(path)
    except (LoadError, OSError):
        return False
    data = document.data
    return data.get("kind") == "amendment" and isinstance(data.get("amends"), dict) and \
        bool(plan.get("plan_id")) and data["amends"].get("plan_id") == plan.get("plan_id")


def amendment_from(plan: dict[str, Any], number: int) -> dict[str, Any]:
    """A new amendment pre-filled from an IWP: its references, goals and services."""
    def get(*keys: str) -> Any:
        node: Any = plan
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return copy.deepcopy(node)

    signed = [d for d in (get("signatures", "ticketholder", "date"),
                          get("signatures", "en_representative", "date")) if d]
    services = []
    for service in get("services") or []:
        if isinstance(service, dict):
            services.append({"change": "continued", **service})
    return {
        "schema_version": 1,
        "kind": "amendment",
        "amendment_number": number,
        "amends": {"plan_id": get("plan_id"), "original_signed": max(signed) if signed
                   else None},
        "employment_network": {"name": get("employment_network", "name"),
                               "pid": get("employment_network", "pid")},
        "ticketholder": {"name": get("ticketholder", "name"),
                         "ssn": get("ticketholder", "ssn")},
        "reason": None,
        "discussion": {"date": None, "modality": None, "modality_other": None,
                       "summary": None},
        "employment_goals": get("employment_goals") or {},
        "services": services,
        "signatures": {"ticketholder": {"method": "pending", "date": None},
                       "ticketholder_representative": None,
                       "en_representative": {
                           "name": get("signatures", "en_representative", "name"),
                           "title": get("signatures", "en_representative", "title"),
                           "method": "pending", "date": None}},
        "submission": {"submitted_on": None},
    }


def holder_title(data: dict[str, Any]) -> str:
    """The Ticketholder's name for a page title (never the SSN)."""
    return holder_name(data) or "new plan"


_CODE_PATH_RE = re.compile(r"`([a-z_][a-z0-9_.]*)`")


def findings_view(findings: list[Any], fieldsets: list[forms.Fieldset]) -> dict[str, Any]:
    """Findings placed at their inputs, in case-manager words, for the page and the script.

    Each item: the field id it belongs to (the nearest input for a path the form has no
    input for), where on the form it is, and the message with plan paths replaced by
    the labels the case manager sees.
    """
    inputs = forms.all_inputs(fieldsets)
    by_path = {i.path: i for i in inputs}
    repeats = {e.path: e for fs in fieldsets for e in fs.entries
               if isinstance(e, forms.Repeat)}
    fieldset_of = {i.path: fs for fs in fieldsets for i in fs.inputs()}
    items = []
    for finding in sorted(findings, key=lambda f: -f.severity.rank):
        target, where = _target(finding.path, by_path, repeats, fieldsets, fieldset_of)
        location = getattr(finding, "form_location", None) or where
        message = _CODE_PATH_RE.sub(
            lambda m: f"“{by_path[m.group(1)].label}”" if m.group(1) in by_path
            else m.group(1).rsplit(".", 1)[-1].replace("_", " "), finding.message)
        items.append({"code": finding.code, "severity": finding.severity.value,
                      "message": mask_ssns(message), "path": finding.path,
                      "target": target, "location": location})
    counts = {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}
    by_target: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_target.setdefault(item["target"], []).append(item)
    return {"items": items, "counts": counts, "by_target": by_target}


def _target(path: str, by_path: dict[str, Any], repeats: dict[str, Any],
            fieldsets: list[forms.Fieldset], fieldset_of: dict[str, Any]
            ) -> tuple[str, str]:
    """(element id, form location words) for a finding's plan path."""
    if path in by_path:
        return by_path[path].id, by_path[path].location
    if path in repeats:
        return repeats[path].id, _repeat_location(repeats[path], fieldsets)
    for candidate, item in by_path.items():
        if path and candidate.startswith(path + "."):
            return item.id, item.location
    parts = path.split(".") if path else []
    while parts:
        parts.pop()
        parent = ".".join(parts)
        if parent in by_path:
            return by_path[parent].id, by_path[parent].location
        if parent in repeats:
            return repeats[parent].id, _repeat_location(repeats[parent], fieldsets)
    return "plan-top", "The whole plan"


def _repeat_location(repeat: forms.Repeat, fieldsets: list[forms.Fieldset]) -> str:
    for fieldset in fieldsets:
        if repeat in fieldset.entries:
            return fieldset.legend
    return ""


def computed_values(data: dict[str, Any]) -> dict[str, str]:
    """Figures the case manager would otherwise work out: monthly earnings from hours and
    wage, the SGA amount for each goal's target year, and the 14-day sending deadline."""
    values: dict[str, str] = {}
    goals = data.get("employment_goals") if isinstance(data.get("employment_goals"),
                                                       dict) else {}
    holder = data.get("ticketholder") if isinstance(data.get("ticketholder"), dict) else {}
    blind = bool(holder.get("statutorily_blind")) and "ssdi" in (holder.get("benefits") or [])
    for key in ("short_term", "long_term"):
        goal = goals.get(key) if isinstance(goals.get(key), dict) else {}
        prefix = f"employment_goals.{key}"
        try:
            hours, wage = Decimal(str(goal.get("hours_per_week"))), Decimal(
                str(goal.get("hourly_wage")))
            monthly = (hours * wage * WEEKS_PER_MONTH).quantize(Decimal("0.01"))
            values[f"{prefix}.monthly_earnings"] = (
                f"{hours.normalize():f} hours × ${wage:,.2f} × 52 weeks ÷ 12 = about "
                f"${monthly:,.2f} a month")
        except (ArithmeticError, ValueError, TypeError):
            pass
        target = _date(goal.get("target_date"))
        if target is not None:
            figures = thresholds(target.year)
            sga = figures.sga_for(blind_ssdi=blind)
            values[f"{prefix}.target_date"] = (
                f"SGA in {target.year}: ${sga:,.2f} a month"
                f"{' (blind)' if blind else ''}"
                f"{'' if figures.listed else f', using the {figures.year} figure'}")
    signatures = data.get("signatures") if isinstance(data.get("signatures"), dict) else {}
    dates = [_date((signatures.get(p) or {}).get("date")) for p in
             ("ticketholder", "en_representative") if isinstance(signatures.get(p), dict)]
    dates = [d for d in dates if d is not None]
    if len(dates) == 2:
        deadline = max(dates) + dt.timedelta(days=SUBMISSION_DAYS)
        values["submission.submitted_on"] = (
            f"Send by {deadline.isoformat()} ({SUBMISSION_DAYS} days after both signed)")
    return values


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


SEVERITY_WORDS = {"error": "Error", "warning": "Warning", "info": "Note"}
COMPUTED_PATHS = frozenset({"employment_goals.short_term.monthly_earnings",
                            "employment_goals.short_term.target_date",
                            "employment_goals.long_term.monthly_earnings",
                            "employment_goals.long_term.target_date",
                            "submission.submitted_on"})
COMPONENT_WORDS = {"present": "Present", "missing": "Missing", "deficient": "Needs work",
                   "unreadable_without_ocr": "Unreadable (scan)"}


def component_words(name: str) -> str:
    """``en_signature`` -> "EN signature"."""
    words = name.split("_")
    words = ["EN" if w == "en" else w for w in words]
    text = " ".join(words)
    return text[0].upper() + text[1:]


def check_view(result: Any) -> dict[str, Any]:
    """One checked PDF for the Check page: verdict, component table and findings."""
    data = result.to_dict()
    return {"name": data["path"], "verdict": data["verdict"],
            "document_type": data["document_type"], "source": data["source"],
            "components": [{"name": component_words(name),
                            "status": c["status"],
                            "status_words": COMPONENT_WORDS.get(c["status"], c["status"]),
                            "page": c["page"], "reason": c.get("reason")}
                           for name, c in data["components"].items()],
            "findings": data["findings"], "reason": data.get("reason")}


def create_app(config: ServeConfig) -> Any:
    """The ASGI app: the pages and API behind the guard of :mod:`iwp.serve.security`."""
    pages = Pages(config)

    async def not_found(request: Request, exc: Exception) -> HTMLResponse:
        return pages.page(request, "message.html", status=404, title="Not found",
                          heading="There is no such page or plan",
                          text="It may have been renamed or removed.", back="/")

    async def server_error(request: Request, exc: Exception) -> HTMLResponse:
        log.error("error on %s %s: %s", request.method, mask_ssns(request.url.path),
                  type(exc).__name__)
        return pages.page(request, "message.html", status=500, title="Something went wrong",
                          heading="Something went wrong",
                          text="Nothing was saved by this request. Go back and try again; "
                               "run iwp serve with -v to see details.", back="/")

    async def taken(request: Request, exc: Exception) -> HTMLResponse:
        return pages.page(request, "message.html", status=409, title="Name taken",
                          heading="A file of that name already exists",
                          text="Nothing was replaced. Try again.", back="/")

    static = StaticFiles(directory=str(PACKAGE / "static"))
    routes = [
        Route("/", pages.plans, methods=["GET", "POST"]),
        Route("/plans/new", pages.new_plan, methods=["POST"]),
        Route("/plans/{plan}", pages.edit, methods=["GET"]),
        Route("/plans/{plan}", pages.post_edit, methods=["POST"]),
        Route("/plans/{plan}/findings", pages.live_findings, methods=["POST"]),
        Route("/plans/{plan}/pdf", pages.pdf, methods=["GET"]),
        Route("/plans/{plan}/amend", pages.amend, methods=["POST"]),
        Route("/check", pages.check_form, methods=["GET"]),
        Route("/check", pages.check_upload, methods=["POST"]),
        Route("/import", pages.import_form, methods=["GET"]),
        Route("/import", pages.import_upload, methods=["POST"]),
        Route("/api/validate", pages.api_validate, methods=["POST"]),
        Route("/api/render", pages.api_render, methods=["POST"]),
        Route("/api/check", pages.api_check, methods=["POST"]),
        Route("/api/openapi.json", pages.openapi, methods=["GET"], include_in_schema=False),
        Mount("/static", app=static, name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={
        NotFound: not_found, 404: not_found, NameTaken: taken, 500: server_error,
        Exception: server_error})
    hosts = allowed_hosts(config.host, config.port) | frozenset(config.extra_hosts)
    return Guard(app, token=config.token, hosts=hosts, max_body=config.max_body)
