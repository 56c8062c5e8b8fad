"""iwp: validate, render and check Ticket to Work Individual Work Plans (form SSA-1370).

The pipeline, one module per step::

    1 load      iwp.plan.load       plan file -> data with line/column of every key
    2 validate  iwp.plan.validate   data -> Plan/Amendment model + findings (iwp.plan.rules)
    3 render    iwp.document.render     model -> HTML (Jinja2 templates in templates/)
    4 pdf       iwp.document.pdf        HTML -> PDF/A-3u, tagged, plan embedded, signature fields

The public API is exactly ``__all__``; everything else is private.
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iwp.check import CheckOptions, CheckResult
    from iwp.check.extract import ExtractOptions, ExtractResult, extract_pdfs
    from iwp.errors import IwpError, LoadError, OutputError, PdfReadError, RenderError, UsageError
    from iwp.findings import Finding, Severity
    from iwp.plan.load import Document, load_document
    from iwp.plan.models import Amendment, Plan, json_schema
    from iwp.pipeline import RenderResult, check_paths, check_pdf, render_file, render_pdf
    from iwp.document.render import RenderOptions
    from iwp.plan.validate import ValidationOptions, ValidationResult, validate_data, validate_file

# Where each public name lives. They are imported on first use, so that `import iwp`, and
# with it every command, starts without loading pydantic, pypdf or WeasyPrint it does not
# need - and `iwp batch` can start its worker server while the rest loads.
_HOMES = {
    "iwp.errors": ("IwpError", "LoadError", "OutputError", "PdfReadError", "RenderError",
                   "UsageError"),
    "iwp.findings": ("Finding", "Severity"),
    "iwp.plan.load": ("Document", "load_document"),
    "iwp.plan.models": ("Amendment", "Plan", "json_schema"),
    "iwp.plan.validate": ("ValidationOptions", "ValidationResult", "validate_data",
                     "validate_file"),
    "iwp.pipeline": ("RenderResult", "render_file", "render_pdf", "check_paths", "check_pdf"),
    "iwp.document.render": ("RenderOptions",),
    "iwp.check": ("CheckOptions", "CheckResult"),
    "iwp.check.extract": ("ExtractOptions", "ExtractResult", "extract_pdfs"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    if name not in _HOME_OF:
        raise AttributeError(f"module 'iwp' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_HOME_OF[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME_OF))


__all__ = [
    "Amendment",
    "CheckOptions",
    "CheckResult",
    "Document",
    "ExtractOptions",
    "ExtractResult",
    "Finding",
    "IwpError",
    "LoadError",
    "OutputError",
    "PdfReadError",
    "Plan",
    "RenderError",
    "RenderOptions",
    "RenderResult",
    "Severity",
    "UsageError",
    "ValidationOptions",
    "ValidationResult",
    "__version__",
    "check_paths",
    "check_pdf",
    "extract_pdfs",
    "json_schema",
    "load_document",
    "render_file",
    "render_pdf",
    "validate_data",
    "validate_file",
]
