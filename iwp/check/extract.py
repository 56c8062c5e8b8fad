"""Step 5 - read, as a file: the plan a PDF holds, written as a plan-format YAML file.

``iwp extract`` lets an EN import the IWPs it already has (other ENs' templates, fillable
SSA-1370s, scans read by OCR, PDFs made by ``iwp render``) and then validate, amend or
render them with ``iwp``. The file holds only what was read - a field that was not found
is absent, nothing is invented - with a comment on each value saying on which page it was
read and how sure the reader is, and a header listing the parts that were not found or that
a person must confirm. ``iwp validate`` on the file reports those parts as missing.

The file holds the Ticketholder's SSN when one was read, so it is written 0600, atomically,
and never over one of the inputs; nothing else (messages, the summary line) shows it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from iwp.check.doctype import document_type
from iwp.check.judge import layout_reader
from iwp.check.plan import embedded_read_plan, plan_view
from iwp.check.result import vocabulary
from iwp.check.values import typed
from iwp.errors import IwpError
from iwp.output import write_atomic
from iwp.privacy import mask_ssns
from iwp.read.model import Evidence, ReadPlan

# Keys ``iwp render`` adds to an embedded plan that are part of the format; they are kept.
_FORMAT_HEAD = ("schema_version", "kind")
# Scores at or above this are "sure"; below ``_LIKELY``, "unsure: confirm on the page".
_SURE = 0.85
_LIKELY = 0.6
# The signal that marks a plan taken whole from the PDF (no per-value comments needed).
EMBEDDED = "embedded_plan"


@dataclass
class ExtractOptions:
    """How to read the PDFs: the options of ``iwp check`` that concern reading."""

    strict: bool = False
    field_map: str | None = None
    timeout: float | None = 30.0
    ocr: bool = True


@dataclass
class ExtractResult:
    """What extracting one PDF gave: the file written (or the one-line reason it was not),
    the document kind, how many values were read, and the parts not found or in doubt."""

    path: str
    output: str | None = None
    kind: str | None = None
    values: int = 0
    missing: list[str] = field(default_factory=list)
    doubtful: list[str] = field(default_factory=list)
    error: str | None = None

    def summary(self) -> str:
        """One line for the terminal (no values, so no SSN)."""
        if self.error:
            return mask_ssns(self.error)
        line = f"{self.path}: {self.kind}, {self.values} values -> {self.output}"
        if self.missing:
            line += f"; not found: {', '.join(self.missing)}"
        if self.doubtful:
            line += f"; confirm: {', '.join(self.doubtful)}"
        return mask_ssns(line)


def extract_pdfs(paths: list[str], output_dir: str | Path,
                 options: ExtractOptions | None = None) -> list[ExtractResult]:
    """Read each PDF and write the plan it holds to ``output_dir/<name>.yaml``.

    A PDF that cannot be read, is not an IWP, or whose file cannot be written gives a
    result with ``error`` set (one line naming the file); the others go on.
    """
    options = options or ExtractOptions()
    out_dir = Path(output_dir)
    used: set[str] = set()
    results = []
    for path in paths:
        result = ExtractResult(path=str(path))
        try:
            read = read_pdf_plan(str(path), options)
            target = _target(out_dir, Path(path), used)
            text = plan_yaml(read, source=Path(path).name)
            write_atomic(target, text.encode("utf-8"), private=True, inputs=paths)
        except IwpError as e:
            result.error = str(e) if str(e).startswith(str(path)) else f"{path}: {e}"
            results.append(result)
            continue
        result.output, result.kind = str(target), read.kind
        result.values = sum(1 for _ in _leaves(read.data))
        result.missing = _missing(read)
        result.doubtful = sorted(read.doubts)
        results.append(result)
    return results


class NotAnIwpError(IwpError):
    """Raised when a PDF to extract holds no IWP or IWP amendment."""


def read_pdf_plan(path: str, options: ExtractOptions | None = None) -> ReadPlan:
    """The plan one PDF holds, as a :class:`ReadPlan` (the embedded plan when there is one).

    Raises :class:`~iwp.errors.PdfReadError` when the PDF cannot be read and
    :class:`NotAnIwpError` when it is not an IWP (or has no text to tell).
    """
    from iwp.read.parse import ParseOptions, parse_pdf

    options = options or ExtractOptions()
    parsed = parse_pdf(path, ParseOptions(strict=options.strict, field_map=options.field_map,
                                          timeout=options.timeout, ocr=options.ocr))
    if parsed.source == "embedded" and parsed.embedded and parsed.embedded.data:
        read = embedded_read_plan(parsed.embedded.data)
        read.signals[EMBEDDED] = Evidence(page=0, how="the plan iwp render embedded")
        return read
    if parsed.source == "none":
        raise NotAnIwpError(f"{path}: no text layer and OCR did not read it; nothing to "
                            "extract (check it by eye, or install Tesseract and try again)")
    read = layout_reader()(parsed)
    for dotted, value in _leaves(parsed.plan_from_fields or {}):
        value = typed(dotted.rsplit(".", 1)[-1], value)
        if dotted not in read.evidence and _set(read.data, dotted, value):
            read.evidence[dotted] = Evidence(page=0, score=1.0, how="form field, by its name")
    found = document_type(parsed, read)
    if not found.is_iwp:
        raise NotAnIwpError(f"{path}: not an IWP or IWP amendment ({found.reason}); nothing "
                            "extracted")
    read.kind = found.kind
    return read


def _set(data: dict[str, Any], dotted: str, value: Any) -> bool:
    """Put ``value`` at ``dotted`` unless something is there already; True when put."""
    parts = dotted.split(".")
    node: Any = data
    for part, nxt in zip(parts, parts[1:]):
        if isinstance(node, list):
            index = int(part)
            while len(node) <= index:
                node.append({})
            node = node[index]
            continue
        node = node.setdefault(part, [] if nxt.isdigit() else {})
    last = parts[-1]
    if isinstance(node, dict) and last not in node:
        node[last] = value
        return True
    return False


def _target(out_dir: Path, pdf: Path, used: set[str]) -> Path:
    stem = re.sub(r"[^\w.-]+", "_", pdf.stem) or "plan"
    name, n = f"{stem}.yaml", 2
    while name in used:
        name, n = f"{stem}-{n}.yaml", n + 1
    used.add(name)
    return out_dir / name


def _leaves(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """(dotted path, value) of every scalar in ``data``; list items by index."""
    out: list[tuple[str, Any]] = []
    items = data.items() if isinstance(data, dict) else enumerate(data) \
        if isinstance(data, list) else []
    for key, value in items:
        path = f"{prefix}{key}"
        if isinstance(value, (dict, list)) and value:
            out.extend(_leaves(value, path + "."))
        elif not isinstance(value, (dict, list)):
            out.append((path, value))
    return out


def _missing(read: ReadPlan) -> list[str]:
    """Components with no value read and not seen on the pages (and not in doubt)."""
    kind = read.kind if read.kind in ("iwp", "amendment") else "iwp"
    paths = vocabulary()["plan_paths"]
    out = []
    for name in vocabulary()["components"][kind]:
        prefixes = paths.get(name, [])
        has_value = any(p == prefix or p.startswith(prefix + ".")
                        for p, value in _leaves(read.data) for prefix in prefixes
                        if value not in (None, ""))
        if not has_value and name not in read.components and name not in read.doubts:
            out.append(name.replace("_", " "))
    return out


def plan_yaml(read: ReadPlan, source: str, today: dt.date | None = None) -> str:
    """The read plan as plan-format YAML, a comment on each value saying where it was read."""
    head = [f"# Read from {source} by `iwp extract` on {(today or dt.date.today()).isoformat()}.",
            "# Only what was read is here; compare every value with the PDF before you use it.",
            "# Each comment says the page a value was read on and how sure the reader is."]
    if EMBEDDED in read.signals:
        head[1:] = ["# Every value is the plan `iwp render` embedded in the PDF, as written."]
    missing = _missing(read)
    if missing:
        head.append(f"# Not found on the pages: {', '.join(missing)}.")
    for key, why in sorted(read.doubts.items()):
        head.append(f"# Confirm {key}: {why}")
    data = {"schema_version": 1, "kind": read.kind if read.kind != "unknown" else "iwp"}
    data.update({k: v for k, v in plan_view(read.data).items() if k not in _FORMAT_HEAD})
    body = _emit(data, read.evidence, "", 0)
    return "\n".join(mask_ssns_in_comments(head) + body) + "\n"


def mask_ssns_in_comments(lines: list[str]) -> list[str]:
    """Comments never show an SSN (only the ``ssn`` value itself does)."""
    return [mask_ssns(line) for line in lines]


def _emit(value: Any, evidence: dict[str, Evidence], path: str, indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            dotted = f"{path}{key}"
            if isinstance(item, dict) and item:
                out.append(f"{pad}{_key(key)}:{_comment(evidence.get(dotted))}")
                out.extend(_emit(item, evidence, dotted + ".", indent + 2))
            elif isinstance(item, list) and item:
                out.append(f"{pad}{_key(key)}:{_comment(evidence.get(dotted))}")
                out.extend(_emit(item, evidence, dotted + ".", indent + 2))
            elif isinstance(item, str) and "\n" in item.strip():
                out.append(f"{pad}{_key(key)}: |-{_comment(evidence.get(dotted))}")
                out.extend(f"{pad}  {line}".rstrip() for line in item.strip().splitlines())
            else:
                out.append(f"{pad}{_key(key)}: {_scalar(item)}{_comment(evidence.get(dotted))}")
        return out
    for index, item in enumerate(value):
        dotted = f"{path}{index}"
        if isinstance(item, dict) and item:
            inner = _emit(item, evidence, dotted + ".", indent + 2)
            out.append(f"{pad}- {inner[0].lstrip()}")
            out.extend(inner[1:])
        else:
            out.append(f"{pad}- {_scalar(item)}{_comment(evidence.get(dotted))}")
    return out


def _key(key: Any) -> str:
    return str(key) if re.fullmatch(r"[A-Za-z_][\w-]*", str(key)) else _scalar(str(key))


def _scalar(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, (dict, list)):
        return "{}" if isinstance(value, dict) else "[]"
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True,
                          width=10**6).strip()
    return text[:-4].rstrip() if text.endswith("\n...") else text.removesuffix("...").rstrip()


def _comment(where: Evidence | None) -> str:
    if where is None:
        return ""
    page = f"p.{where.page}" if where.page else "page unknown"
    sure = "sure" if where.score >= _SURE else "likely" if where.score >= _LIKELY else \
        "unsure: confirm on the page"
    how = f"; {where.how}" if where.how else f"; label '{where.label}'" if where.label else ""
    return mask_ssns(f"  # {page}, {sure} ({where.score:.2f}){how}")
