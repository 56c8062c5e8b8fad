"""Step 4 - pdf: lay out the rendered HTML and write an archival, signature-ready PDF.

WeasyPrint writes PDF/A-3u with tags (headings become bookmarks, ``<th>`` become table
headers, reading order follows the HTML). Before the file is written, in one pass:

* the validated plan is attached as ``iwp-plan.json`` (relationship ``/Source``), the
  canonical JSON of :func:`canonical_plan_json`, so ``iwp check`` reads it back losslessly;
* the document information dictionary gets ``/IWP_SchemaVersion``, ``/IWP_Kind``,
  ``/IWP_Version``, ``/IWP_PlanHash`` (sha256 of the attachment), ``/IWP_ContentHash``
  (:func:`iwp.document.pdfhash.page_content_hash`: sha256 of the decoded page content streams, so edited
  visible pages can be detected) and ``/IWP_Template`` (hash of the template folders);
* empty signature fields (``/FT /Sig``) are placed over the printed signature lines, at
  the positions WeasyPrint's own layout gives for them. They are widget annotations, so
  they never change the page content streams nor the content hash. PDF/UA-1 (7.18.1,
  7.18.4) wants every widget in the structure tree, so that screen readers reach the fields
  in reading order: each sits in a ``/Form`` element inside its signature line's element
  (see :func:`_tag_signature_lines`) and has an accessible name (``/TU``);
* the PDF/UA-1 fixes of :mod:`iwp.document.tagging` (page furniture and the watermark as artifacts,
  spoken check-box states, split tables and lists joined, spaces at line wraps, the
  ``pdfuaid`` identification).

WeasyPrint's private box tree and pydyf's serialised bytes are read only in
:mod:`iwp.document.weasyprint_layout` and :mod:`iwp.document.pydyf_stream`.

Same input, same bytes: every date comes from the plan (the PDF's dates, the attachment's
dates and ``SOURCE_DATE_EPOCH``, which fontTools uses for the embedded font subsets), and
the file identifier is derived from the plan hash.

Policy: WeasyPrint may load only files inside the template folders
(:class:`TemplateFolderFetcher`): no other local file, no network, no ``data:`` URL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import mimetypes
import os
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from iwp import domain
from iwp.document import pdfhash, pydyf_stream, tagging
from iwp.document import weasyprint_layout as layout
from iwp.errors import RenderError

log = logging.getLogger("iwp")

ATTACHMENT_NAME = pdfhash.PLAN_ATTACHMENT
SIGNATURE_FIELDS = ("ticketholder_signature", "ticketholder_representative_signature",
                    "en_signature")
# Each signature field's accessible name (/TU): what a screen reader announces for it.
SIGNATURE_FIELD_LABELS = {
    "ticketholder_signature": "Signature of the Ticketholder",
    "ticketholder_representative_signature": "Signature of the Ticketholder's representative",
    "en_signature": "Signature of the Employment Network representative",
}
MAX_OUTLINE_ENTRIES = 300
INFO_KEYS = ("IWP_SchemaVersion", "IWP_Kind", "IWP_Version", "IWP_PlanHash",
             "IWP_ContentHash", "IWP_Template")
PDF_VARIANT = "pdf/a-3u"
_PX_TO_PT = 0.75  # WeasyPrint lays out in CSS px (1/96 in); PDF points are 1/72 in.


# --- hashes that iwp check recomputes (shared with step 5 through iwp.document.pdfhash) ---------

def canonical_plan_json(model_or_data: Any) -> bytes:
    """The bytes embedded as ``iwp-plan.json``: sorted keys, no spaces, UTF-8.

    Accepts a pydantic model (dumped in JSON mode) or the already-dumped mapping.
    """
    data = model_or_data.model_dump(mode="json") if hasattr(model_or_data, "model_dump") \
        else model_or_data
    return pdfhash.canonical_plan_json(data)



# --- safe resource loading --------------------------------------------------------------

def _weasyprint() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import weasyprint
        import weasyprint.text.fonts
    return weasyprint


@cache
def _fetcher_class() -> type:
    weasyprint = _weasyprint()
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class TemplateFolderFetcher(URLFetcher):
        """Fetches only files inside the given template folders; refuses everything else
        (other local files, http, https, ftp, data:), also through symbolic links."""

        def __init__(self, folders: list[Path]) -> None:
            super().__init__(timeout=1, allowed_protocols={"file"}, allow_redirects=False)
            self.folders = [Path(f).resolve() for f in folders]

        def fetch(self, url: str, headers: Any = None) -> Any:
            parts = urlsplit(url)
            if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
                raise ValueError(f"iwp loads nothing but template files (refused {url[:80]})")
            path = Path(url2pathname(parts.path)).resolve()
            if not any(path.is_relative_to(folder) for folder in self.folders):
                raise ValueError(f"iwp loads only files inside the template folders "
                                 f"(refused {url[:80]})")
            if not path.is_file():
                raise ValueError(f"no such template file: {path.name}")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})

    del weasyprint
    return TemplateFolderFetcher


def template_fetcher(folders: list[Path]) -> Any:
    """A WeasyPrint URL fetcher limited to files inside ``folders``."""
    return _fetcher_class()(folders)


@cache
def _font_config() -> Any:
    weasyprint = _weasyprint()
    return weasyprint.text.fonts.FontConfiguration()


@cache
def _stylesheet(path: Path, digest: str, folders: tuple[Path, ...]) -> Any:
    # Parsed once per file content and reused: CSS parsing is a noticeable share of a
    # render, and the same font configuration must serve every stylesheet.
    weasyprint = _weasyprint()
    return weasyprint.CSS(string=path.read_text(encoding="utf-8"), base_url=path.as_uri(),
                          url_fetcher=template_fetcher(list(folders)),
                          font_config=_font_config())


def stylesheets(folders: list[Path], large_print: bool) -> list[Any]:
    """The stylesheets for a render: ``style.css`` (and ``large-print.css``) from the
    first template folder that has them."""
    names = ["style.css"] + (["large-print.css"] if large_print else [])
    sheets = []
    for name in names:
        path = next((f / name for f in folders if (f / name).is_file()), None)
        if path is None:
            raise RenderError(f"{name}: not found in the template folders")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        sheets.append(_stylesheet(path, digest, tuple(folders)))
    return sheets


# --- writing ----------------------------------------------------------------------------

@dataclass
class PdfRequest:
    """Everything step 4 needs besides the HTML."""

    plan_json: bytes
    kind: str
    schema_version: int
    iwp_version: str
    template_hash: str
    title: str
    author: str
    plan_date: dt.date | None
    folders: list[Path]
    large_print: bool = False
    extra_info: dict[str, str] = field(default_factory=dict)


@dataclass
class PdfOutput:
    """A written PDF and what was put in it."""

    data: bytes
    pages: int
    plan_hash: str
    content_hash: str
    signature_fields: dict[str, tuple[int, tuple[float, float, float, float]]]


@contextlib.contextmanager
def _source_date_epoch(day: dt.date | None) -> Iterator[None]:
    # fontTools stamps each font subset's head.modified with the current time unless
    # SOURCE_DATE_EPOCH is set; take it from the plan so the bytes do not depend on the
    # clock. Restored afterwards: the process environment is shared.
    stamp = _plan_datetime(day)
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(stamp.timestamp()))
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def _plan_datetime(day: dt.date | None) -> dt.datetime:
    day = day or dt.date(2000, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def document_date(model: Any) -> dt.date | None:
    """The date a rendered document carries: the latest date on which something in the
    plan happened (discussion, signatures, submission), else the latest date in it.

    Goal target dates lie in the future, so they are used only when nothing else is known.
    """
    events = [getattr(getattr(model, "discussion", None), "date", None),
              getattr(getattr(model, "submission", None), "submitted_on", None),
              getattr(getattr(model, "amends", None), "original_signed", None)]
    signatures = getattr(model, "signatures", None)
    for party in ("ticketholder", "ticketholder_representative", "en_representative"):
        events.append(getattr(getattr(signatures, party, None), "date", None))
    known = [d for d in events if d is not None]
    return max(known) if known else latest_date(model)


def latest_date(value: Any) -> dt.date | None:
    """The latest date anywhere in a model or dumped mapping (the plan's own "now")."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="python")
    found: list[dt.date] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, dt.date):
            found.append(item if not isinstance(item, dt.datetime) else item.date())
    return max(found) if found else None


# One render at a time in a process. Pango and fontconfig are not thread-safe (two
# WeasyPrint renders in threads of one process crashed with a segmentation fault, e.g.
# under a thread-based Dask executor), and SOURCE_DATE_EPOCH and the warnings filters set
# below are process-wide. Parallelism comes from processes, as `iwp batch` does.
_RENDER_LOCK = threading.Lock()


def write_pdf(html: str, request: PdfRequest) -> PdfOutput:
    """Lay out ``html`` and return the finished PDF (step 4). Safe to call from threads."""
    weasyprint = _weasyprint()
    folders = request.folders
    fetcher = template_fetcher(folders)
    options = {"pdf_variant": PDF_VARIANT, "pdf_tags": True}
    with _RENDER_LOCK, warnings.catch_warnings(), _source_date_epoch(request.plan_date):
        # WeasyPrint and its dependencies may raise Python warnings a case manager cannot
        # act on; the log messages are silenced by the CLI's logging setup.
        warnings.simplefilter("ignore")
        try:
            html_doc = weasyprint.HTML(string=html, base_url=folders[0].as_uri() + "/",
                                       url_fetcher=fetcher)
            log.info("Step 4 - Lay out pages")
            document = html_doc.render(font_config=_font_config(),
                                       stylesheets=stylesheets(folders, request.large_print),
                                       **options)
            _set_metadata(document, request)
            lines = _signature_boxes(document)
            fields = signature_field_rects(document, lines)
            widgets = _tag_signature_lines(lines)
            # After the signature lines: a box keeps the first annotation it is given.
            tagging_plan = tagging.prepare(document)
            p_hash = pdfhash.sha256_hex(request.plan_json)
            # The page of each heading that names a part of the plan, from the layout:
            # `iwp check` reads this one short key instead of walking the bookmark objects.
            patterns = [pattern for _, pattern in domain.outline_patterns()]
            outline = [[label, number] for number, page in enumerate(document.pages, 1)
                       for _, label, _, _ in page.bookmarks
                       if any(p.search(label) for p in patterns)][:MAX_OUTLINE_ENTRIES]
            state: dict[str, str] = {"outline": json.dumps(outline, separators=(",", ":"))}
            attachment = weasyprint.Attachment(
                string=request.plan_json, name=ATTACHMENT_NAME,
                description="The validated plan this document was made from (iwp plan format)",
                created=_plan_datetime(request.plan_date),
                modified=_plan_datetime(request.plan_date), relationship="Source")
            log.info("Step 4 - Write PDF")
            data = document.write_pdf(
                finisher=lambda doc, pdf: _finish(pdf, request, p_hash, fields, state,
                                                 widgets, tagging_plan),
                attachments=[attachment],
                pdf_identifier=p_hash[:32].encode(),
                **options)
        except RenderError:
            raise
        except Exception as e:  # WeasyPrint's failures are not one family of exceptions
            raise RenderError(f"the PDF could not be laid out ({type(e).__name__}: "
                              f"{str(e)[:200]})") from e
    return PdfOutput(data=data, pages=len(document.pages), plan_hash=p_hash,
                     content_hash=state["content_hash"], signature_fields=fields)


def _set_metadata(document: Any, request: PdfRequest) -> None:
    # Set here rather than from <meta> tags so an EN's own templates cannot drop them.
    meta = document.metadata
    meta.title = request.title
    meta.authors = [request.author] if request.author else []
    meta.lang = "en"
    meta.generator = f"iwp {request.iwp_version}"
    stamp = _plan_datetime(request.plan_date).strftime("%Y-%m-%dT%H:%M:%SZ")
    meta.created = stamp
    meta.modified = stamp
    meta.attachments = []  # only the plan is ever attached


def signature_field_rects(document: Any, lines: dict[str, tuple[int, Any]]
                          ) -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    """Where each signature line was laid out: field name -> (page index, PDF rect).

    ``lines`` are the boxes :func:`_signature_boxes` found (the templates give each
    signature line the id ``sig-<field name>``); the rectangle is that box's border box,
    converted from CSS px (top-left origin) to PDF points (bottom-left origin).
    """
    return {name: (index, _pdf_rect(box, document.pages[index].height))
            for name, (index, box) in lines.items()}


def _signature_boxes(document: Any) -> dict[str, tuple[int, Any]]:
    """The box of each signature line (id ``sig-<field name>``): name -> (page index, box).
    The first box of an element that was split across pages. Without WeasyPrint's box tree
    (:data:`iwp.document.weasyprint_layout.FAST_PATH` off), a stand-in box from the public
    ``page.anchors`` (the same border box, but the first page's anchor of a split line is
    not guaranteed)."""
    wanted = {f"sig-{name}": name for name in SIGNATURE_FIELDS}
    found: dict[str, tuple[int, Any]] = {}
    for index, page in enumerate(document.pages):
        root = layout.page_box(page)
        if root is None:
            for anchor, (x1, y1, x2, y2) in page.anchors.items():
                if anchor in wanted and wanted[anchor] not in found:
                    found[wanted[anchor]] = (index, _AnchorBox(x1, y1, x2 - x1, y2 - y1))
            continue
        for box in layout.descendants(root):
            element = layout.element_of(box)
            element_id = element.get("id") if element is not None else None
            if element_id not in wanted or wanted[element_id] in found:
                continue
            found[wanted[element_id]] = (index, box)
    return found


@dataclass
class _AnchorBox:
    """A signature line known only by its anchor rectangle (CSS px)."""

    x: float
    y: float
    width: float
    height: float
    widget_annotation: Any = None

    def border_box_x(self) -> float:
        return self.x

    def border_box_y(self) -> float:
        return self.y

    def border_width(self) -> float:
        return self.width

    def border_height(self) -> float:
        return self.height


def _pdf_rect(box: Any, page_height: float) -> tuple[float, float, float, float]:
    x, y = box.border_box_x(), box.border_box_y()
    w, h = box.border_width(), box.border_height()
    return (round(x * _PX_TO_PT, 2), round((page_height - y - h) * _PX_TO_PT, 2),
            round((x + w) * _PX_TO_PT, 2), round((page_height - y) * _PX_TO_PT, 2))


def _tag_signature_lines(lines: dict[str, tuple[int, Any]]) -> dict[str, Any]:
    """Hand each signature line's box the (still empty) widget dictionary of its field.

    WeasyPrint's tagger (``weasyprint/pdf/tags.py``) nests a box's ``widget_annotation`` in
    a ``/Form`` structure element inside the box's own element (here the signature line's
    ``/Div``, in its signature block, in reading order), with an object reference to the
    widget, a ``/ParentTree`` entry and the widget's ``/StructParent``. It runs before the
    finisher, while the widget has no object number yet: :func:`_place_in_structure_tree`
    points the object reference at the widget once it has one, and falls back to a
    ``/Form`` element of its own if a WeasyPrint version ignores the attribute.
    """
    import pydyf

    widgets = {}
    for name, (_, box) in lines.items():
        # Not empty: the tagger tests the attribute's truth.
        widget = pydyf.Dictionary({"Type": "/Annot", "Subtype": "/Widget", "FT": "/Sig"})
        box.widget_annotation = widget
        widgets[name] = widget
    return widgets


def _finish(pdf: Any, request: PdfRequest, p_hash: str,
            fields: dict[str, tuple[int, tuple[float, float, float, float]]],
            state: dict[str, str], widgets: dict[str, Any] | None = None,
            tagging_plan: tagging.TaggingPlan | None = None) -> None:
    """WeasyPrint finisher: PDF/UA fixes, content hash, info keys and signature fields."""
    import pydyf

    # First: the fixes rewrite page content (artifacts), which the content hash covers.
    tagging.finish(pdf, tagging_plan or tagging.TaggingPlan())

    digest = hashlib.sha256()
    page_objects = []
    for reference in pdf.page_references:
        page = pdf.objects[int(reference.split()[0])]
        page_objects.append(page)
        contents = page.get("Contents")
        if contents is not None:
            stream = pdf.objects[int(_to_str(contents).split()[0])]
            digest.update(pydyf_stream.decoded_bytes(stream))
    state["content_hash"] = digest.hexdigest()

    info = {
        "IWP_SchemaVersion": str(request.schema_version),
        "IWP_Kind": request.kind,
        "IWP_Version": request.iwp_version,
        "IWP_PlanHash": p_hash,
        "IWP_ContentHash": state["content_hash"],
        "IWP_Template": request.template_hash,
        "IWP_Outline": state["outline"],
        **request.extra_info,
    }
    for key, value in info.items():
        pdf.info[key] = pydyf.String(value)

    field_refs = []
    for name in SIGNATURE_FIELDS:
        if name not in fields:
            continue
        index, rect = fields[name]
        width, height = rect[2] - rect[0], rect[3] - rect[1]
        # PDF/A: a visible annotation needs an appearance stream and the Print flag.
        appearance = pydyf.Stream([], {"Type": "/XObject", "Subtype": "/Form",
                                       "BBox": pydyf.Array([0, 0, width, height])})
        pdf.add_object(appearance)
        label = SIGNATURE_FIELD_LABELS[name]
        widget = (widgets or {}).get(name)
        if widget is None:
            widget = pydyf.Dictionary()
        widget.update({
            "Type": "/Annot", "Subtype": "/Widget", "FT": "/Sig",
            "T": pydyf.String(name),
            "TU": pydyf.String(label),
            "Rect": pydyf.Array(rect), "F": 4,
            "P": pdf.page_references[index],
            "AP": pydyf.Dictionary({"N": appearance.reference}),
        })
        pdf.add_object(widget)
        _place_in_structure_tree(pdf, widget, pdf.page_references[index])
        page = page_objects[index]
        if "Annots" not in page:
            page["Annots"] = pydyf.Array()
        page["Annots"].append(widget.reference)
        field_refs.append(widget.reference)
    if field_refs:
        pdf.catalog["AcroForm"] = pydyf.Dictionary({"Fields": pydyf.Array(field_refs)})


def _place_in_structure_tree(pdf: Any, widget: Any, page_ref: bytes) -> None:
    """Make ``widget`` (already added to ``pdf``) reachable from the structure tree: a
    ``/Form`` element whose kid is an object reference to it, mapped from the widget's
    ``/StructParent`` in the ``/ParentTree`` (PDF/UA-1 7.18.1, 7.18.4)."""
    import pydyf

    if "StructTreeRoot" not in pdf.catalog:
        return  # an untagged PDF has no tree to join
    root = _resolve(pdf, pdf.catalog["StructTreeRoot"])
    nums = _resolve(pdf, root["ParentTree"])["Nums"]
    # The /Form element's /K is the object reference itself, not an array of one: pyHanko's
    # diff analysis accepts a later signature's change to a field that the structure tree
    # refers to only along a path ending in /K /Obj. With /K [OBJR], signing a second
    # field made the first signature report a suspicious modification.
    key = widget.get("StructParent")
    if key is not None:
        # WeasyPrint tagged the signature line's box (see _tag_signature_lines).
        values = dict(zip(nums[0::2], nums[1::2], strict=True))
        form = _resolve(pdf, values[key]) if key in values else {}
        kids = form.get("K")
        kids = list(kids) if isinstance(kids, list) else [] if kids is None else [kids]
        objr = _resolve(pdf, kids[0]) if len(kids) == 1 else None
        if form.get("S") != "/Form" or not isinstance(objr, dict) \
                or objr.get("Type") != "/OBJR":
            raise RenderError("the signature fields could not be placed in the PDF's "
                              "structure tree (unexpected WeasyPrint tagging)")
        objr["Obj"] = widget.reference
        objr["Pg"] = page_ref
        form["K"] = kids[0]
        return
    # Fallback: a /Form element of our own, at the end of the document element.
    key = max(nums[0::2], default=-1) + 1
    objr = pydyf.Dictionary({"Type": "/OBJR", "Obj": widget.reference, "Pg": page_ref})
    pdf.add_object(objr)
    kids = root["K"]
    parent_ref = kids[0] if isinstance(kids, list) else kids
    parent = _resolve(pdf, parent_ref)
    form = pydyf.Dictionary({"Type": "/StructElem", "S": "/Form", "P": parent_ref,
                             "Pg": page_ref, "K": objr.reference})
    pdf.add_object(form)
    if not isinstance(parent.get("K"), list):
        parent["K"] = pydyf.Array([] if parent.get("K") is None else [parent["K"]])
    parent["K"].append(form.reference)
    nums.extend([key, form.reference])  # the largest key: Nums stays sorted
    widget["StructParent"] = key
    if "ParentTreeNextKey" in root:
        root["ParentTreeNextKey"] = key + 1


def _resolve(pdf: Any, value: Any) -> Any:
    """The object an indirect reference (``b"12 0 R"``) names, else ``value`` itself."""
    if isinstance(value, bytes | str):
        text = _to_str(value).split()
        if len(text) == 3 and text[2] == "R" and text[0].isdigit():
            return pdf.objects[int(text[0])]
    return value


def _to_str(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def pdf_summary(data: bytes) -> dict[str, Any]:
    """Read back what a rendered PDF carries (pages, info keys, attachment names)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    info = {k.lstrip("/"): str(v) for k, v in (reader.metadata or {}).items()}
    return {"pages": len(reader.pages), "info": info,
            "attachments": sorted(reader.attachments)}
