"""iwp: validate, render and check Ticket to Work Individual Work Plans (form SSA-1370).

The pipeline, one module per step::

    1 load      iwp.load       plan file -> data with line/column of every key
    2 validate  iwp.validate   data -> Plan/Amendment model + findings (iwp.rules)
    3 render    iwp.render     model -> HTML (Jinja2 templates in templates/)
    4 pdf       iwp.pdf        HTML -> PDF/A-3u, tagged, plan embedded, signature fields

The public API is exactly ``__all__``; everything else is private.
"""

__version__ = "0.1.0"

from iwp.errors import IwpError, LoadError, OutputError, PdfReadError, RenderError, UsageError
from iwp.findings import Finding, Severity
from iwp.load import Document, load_document
from iwp.models import Amendment, Plan, json_schema
from iwp.validate import ValidationOptions, ValidationResult, validate_data, validate_file
from iwp.pipeline import RenderResult, render_file, render_pdf
from iwp.render import RenderOptions
from iwp.check import CheckOptions, CheckResult
from iwp.pipeline import check_paths, check_pdf

__all__ = [
    "Amendment",
    "CheckOptions",
    "CheckResult",
    "Document",
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
    "json_schema",
    "load_document",
    "render_file",
    "render_pdf",
    "validate_data",
    "validate_file",
]
