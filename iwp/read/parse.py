"""Step 5 - parse: read any PDF into a :class:`ParsedPdf`, from the best source it holds.

Policy (STYLE.md, "other people's PDFs lenient"): PDFs come from anywhere, so they are read
with ``PdfReader(strict=False)`` and pypdf's repairs are recorded; ``strict=True`` turns any
repair into a failure. Work is bounded: pypdf's decoding limits are lowered, at most
``max_pages`` pages are read for text, recursion and time are capped, and nothing in the file
(JavaScript, launch actions) is ever run - such actions are only recorded.

The sources, best first:

1. ``embedded`` - the plan ``iwp render`` attached as ``iwp-plan.json``, with its plan and
   page-content hashes checked (see :mod:`iwp.document.pdfhash`);
2. ``form_fields`` - AcroForm fields holding values. Their values are placed on the page at
   their widgets' positions, so the labels printed beside them pair with them exactly as
   typed text would; the shipped mapping (``iwp/data/form_fields.yaml``) or an EN's own
   mapping also turns known fields into plan data for the rule pack;
3. ``text`` - the text layer, as positioned runs grouped into lines by position (not by
   drawing order), with hidden text (white, under 2 pt, off the page, invisible render
   mode) set aside;
4. ``ocr`` - no fields and next to no text (a scan): the page images read by Tesseract
   (:mod:`iwp.read.ocr`), when it is installed and ``ParseOptions.ocr`` is on. OCR runs after
   the reading above, outside its ``timeout``, bounded by its own per-call time-outs and
   budget; its words become runs grouped into lines like a text layer's;
5. ``none`` - nothing readable: a scan that OCR could not read (not installed, switched
   off, failed or found too little text; ``ParsedPdf.ocr_status`` says which).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import math
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from iwp.errors import PdfReadError
from iwp.document.pdfhash import PLAN_ATTACHMENT, page_content_hash, sha256_hex
from iwp.privacy import mask_ssns
from iwp.read.textrun import TextRun

log = logging.getLogger("iwp")

DEFAULT_MAX_PAGES = 50
DEFAULT_TIMEOUT = 30.0
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PLAN_BYTES = 5 * 1024 * 1024
MAX_FIELDS = 2_000
# Tighter than pypdf's defaults (75 MB per stream): an IWP page never needs more, and a
# decompression bomb then fails fast instead of filling memory.
_PYPDF_LIMITS = dict(
    zlib_maximum_output_length=20_000_000, lzw_maximum_output_length=20_000_000,
    run_length_maximum_output_length=20_000_000, jbig2_maximum_output_length=20_000_000,
    brotli_maximum_output_length=20_000_000, array_based_stream_maximum_output_length=20_000_000,
    maximum_declared_stream_length=50_000_000, image_maximum_buffer_size=20_000_000,
    stream_decoding_work_maximum_length=60_000_000, page_tree_maximum_depth=64,
    form_fields_maximum_entries=MAX_FIELDS, form_fields_maximum_depth=32,
    xform_maximum_invocations_per_extraction=500, outline_maximum_entries=1_000,
)
_RECURSION_LIMIT = 3_000
_NOT_PDF_SIGNATURES = {
    b"PK\x03\x04": "a ZIP archive (or Word/Excel file)", b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image", b"\xd0\xcf\x11\xe0": "an old Word/Excel file",
    b"{\\rtf": "an RTF document",
}


@dataclass
class ParseOptions:
    """How to read a PDF.

    ``strict`` turns pypdf's repairs into failures; ``field_map`` is a user mapping file
    (YAML) of form field names to plan paths, used before the shipped one; ``max_pages``
    caps the pages read for text; ``timeout`` (seconds) bounds one file when it runs in the
    main thread; ``password`` is tried after the empty password. ``ocr`` reads a PDF with
    no fields and next to no text (a scan) with Tesseract when it is installed.
    """

    strict: bool = False
    field_map: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    timeout: float | None = DEFAULT_TIMEOUT
    password: str | None = None
    validate_signatures: bool = True
    ocr: bool = True


@dataclass
class TextLine:
    """Runs that share a baseline on one page, joined left to right.

    ``segments`` are the line's pieces separated by wide gaps (table cells, a label and its
    value), each with the x position where it starts.
    """

    page: int
    y: float
    text: str
    runs: list[TextRun] = field(default_factory=list, repr=False)
    segments: list[tuple[float, str]] = field(default_factory=list, repr=False)


@dataclass
class SignatureInfo:
    """One signature field: ``empty`` or ``signed`` (then validated with pyHanko)."""

    name: str
    state: str
    page: int | None = None
    intact: bool | None = None
    valid: bool | None = None
    trusted: bool | None = None
    modified_after_signing: bool | None = None
    signer: str | None = None
    signed_at: str | None = None
    problem: str | None = None

    @property
    def broken(self) -> bool:
        """Signed, but the signature no longer holds or the PDF changed after signing."""
        return self.state == "signed" and (self.intact is False
                                           or bool(self.modified_after_signing))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (SSNs masked)."""
        return {k: (mask_ssns(v) if isinstance(v, str) else v) for k, v in self.__dict__.items()}


@dataclass
class EmbeddedPlan:
    """What ``iwp render`` left in the PDF and whether its hashes still hold."""

    data: dict[str, Any] | None
    plan_hash_ok: bool
    content_hash_ok: bool | None
    info: dict[str, str]


@dataclass
class ParsedPdf:
    """Everything step 6 needs to judge a PDF, from whichever source was best."""

    path: str
    page_count: int
    source: str
    embedded: EmbeddedPlan | None = None
    fields: dict[str, str] = field(default_factory=dict)
    plan_from_fields: dict[str, Any] | None = None
    lines: list[TextLine] = field(default_factory=list)
    hidden_runs: int = 0
    pages_examined: int = 0
    signatures: list[SignatureInfo] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    decrypted: bool = False
    text_chars: int = 0
    outline: list[tuple[str, int]] = field(default_factory=list)  # (bookmark title, page)
    # For a PDF with nothing else to read: "read" (source "ocr"), "off", "unavailable",
    # "failed" or "little_text"; None when OCR was not needed. ``ocr`` is what it read.
    ocr_status: str | None = None
    ocr: Any = None
    page_sizes: list[tuple[float, float]] = field(default_factory=list, repr=False)
    largest_image: int = field(default=0, repr=False)  # pixels, of the pages OCR would read
    # The layout model (iwp.read.layout) of the pages read, when PDFium could open the file;
    # never built for a PDF with a valid embedded plan.
    layout: list[Any] | None = field(default=None, repr=False)


class _Deadline(BaseException):
    """Raised inside the parse when its time budget runs out.

    A :class:`BaseException`, like :class:`KeyboardInterrupt`: pypdf, pyHanko and the parse
    itself catch ``Exception`` to carry on past a damaged object or page, and must not carry
    on past the deadline.
    """


# What setitimer is given to fire at once: an enclosing limit that ran out meanwhile.
_ALREADY_DUE = 1e-6
# Once a limit has run out, the alarm repeats this often until the parse has stopped: an
# exception raised while Python runs a garbage-collector callback or a __del__ method is
# printed and dropped, not raised (seen in the test suite, with hypothesis's gc callback).
ALARM_RETRY_SECONDS = 0.1


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Deadline` after ``seconds`` (main thread, POSIX), inside any outer limit.

    An interval timer set already (the batch runner's per-item limit) is the outer limit.
    When it runs out first, it stays in charge and its own handler fires. Otherwise this
    limit replaces it for the parse, and afterwards the outer handler is put back and the
    outer timer set to what remains of it, so the work after the parse is still bounded.
    """
    # SIGALRM works only in the main thread of a POSIX process; elsewhere (a batch worker
    # thread) the batch runner's own per-item timeout applies.
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:
        yield
        return

    armed = [True]

    def expire(signum: int, frame: Any) -> None:
        if armed[0]:
            raise _Deadline()

    started = time.monotonic()
    outer_handler = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_RETRY_SECONDS)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL if outer_handler is None
                      else outer_handler)
        if outer_left:
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, _ALREADY_DUE), outer_interval)


MAX_REPAIRS = 20  # repair messages kept per parse


class _RepairLog(logging.Handler):
    """Collects the warnings pypdf logs when it repairs a damaged file, per thread.

    One handler on the ``pypdf`` logger, added once: each parse collects what is logged in
    its own thread, so parses running side by side in threads (a thread-based executor)
    neither see each other's repairs nor take the handler away from each other.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._current = threading.local()

    @contextlib.contextmanager
    def collect(self) -> Iterator[list[str]]:
        """The messages logged in this thread until the block ends."""
        messages: list[str] = []
        outer = getattr(self._current, "messages", None)
        self._current.messages = messages
        try:
            yield messages
        finally:
            self._current.messages = outer

    def emit(self, record: logging.LogRecord) -> None:
        messages = getattr(self._current, "messages", None)
        if messages is not None and len(messages) < MAX_REPAIRS:
            messages.append(plain_pypdf_message(mask_ssns(record.getMessage()))[:200])


# Python's spelling inside pypdf's warnings, and what a reader is shown instead.
_EXCEPTION_REPR = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning)\((['\"])(.*?)\1\)")
_EXCEPTION_PREFIX = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning): ")
_BYTES_LITERAL = re.compile(r"\bb(['\"])((?:\\.|(?!\1).)*)\1")
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def plain_pypdf_message(message: str) -> str:
    """pypdf's warning without Python's spelling: exception wrappers are dropped, a bytes
    literal becomes its text in quotes (or "unreadable bytes"), an object repr "an object".
    """
    message = _EXCEPTION_REPR.sub(lambda m: m.group(2), message)
    message = _EXCEPTION_PREFIX.sub("", message)

    def text_of(match: re.Match[str]) -> str:
        inner = match.group(2)
        return "unreadable bytes" if "\\" in inner else f"'{inner}'"

    message = _BYTES_LITERAL.sub(text_of, message)
    return _OBJECT_REPR.sub("an object", message)


_REPAIR_LOG = _RepairLog()
_REPAIR_LOG_LOCK = threading.Lock()


def _install_repair_log() -> None:
    with _REPAIR_LOG_LOCK:
        pypdf_log = logging.getLogger("pypdf")
        if _REPAIR_LOG not in pypdf_log.handlers:
            pypdf_log.addHandler(_REPAIR_LOG)


def _repairs() -> contextlib.AbstractContextManager[list[str]]:
    """Collect pypdf's repair messages of this thread (the handler is added on first use)."""
    _install_repair_log()
    return _REPAIR_LOG.collect()


def quiet_pypdf_log(show: bool = False) -> None:
    """Keep pypdf's warnings off the terminal (``show``: let them through) without losing
    them: they are the repairs a parse reports (IWP811), so the logger must not be raised
    above WARNING, as it is for the other libraries whose messages nobody can act on."""
    pypdf_log = logging.getLogger("pypdf")
    pypdf_log.setLevel(logging.DEBUG if show else logging.WARNING)
    pypdf_log.propagate = show
    _install_repair_log()  # a handler of its own: nothing falls through to stderr


# The recursion limit is one number for the whole process: the first parse to start raises
# it, the last one to finish puts it back, so a parse in one thread never lowers it under
# another that is still running.
_RECURSION_LOCK = threading.Lock()
_recursion_users = 0
_recursion_restore = 0


@contextlib.contextmanager
def _deep_recursion() -> Iterator[None]:
    """Allow :data:`_RECURSION_LIMIT` levels of recursion while any parse runs."""
    global _recursion_users, _recursion_restore
    with _RECURSION_LOCK:
        if _recursion_users == 0:
            _recursion_restore = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_recursion_restore, _RECURSION_LIMIT))
        _recursion_users += 1
    try:
        yield
    finally:
        with _RECURSION_LOCK:
            _recursion_users -= 1
            if _recursion_users == 0:
                sys.setrecursionlimit(_recursion_restore)


def parse_pdf(path: str | Path, options: ParseOptions | None = None) -> ParsedPdf:
    """Read one PDF; raise :class:`~iwp.errors.PdfReadError` when it cannot be read at all."""
    from pypdf import apply_configuration  # a context variable: safe in threads

    options = options or ParseOptions()
    name = str(path)
    log.info("Step 5 - Parse %s", mask_ssns(name))
    data = _read_bytes(name)
    try:
        with _repairs() as repairs, _deep_recursion(), _time_limit(options.timeout), \
                apply_configuration(**_PYPDF_LIMITS):
            parsed = _parse(name, data, options)
    except PdfReadError:
        raise
    except _Deadline:
        raise PdfReadError(f"{name}: reading it took longer than the {options.timeout:g}-"
                           "second limit; the PDF is too complex or malformed to read"
                           ) from None
    except RecursionError:
        raise PdfReadError(f"{name}: the PDF's objects are nested too deeply or refer to "
                           "themselves in a loop; it cannot be read") from None
    except MemoryError:
        raise PdfReadError(f"{name}: reading the PDF needs too much memory (a decompression "
                           "bomb or a huge image?)") from None
    except Exception as e:  # pypdf raises many types on damaged files
        raise PdfReadError(f"{name}: {describe_damage(e)}") from e
    parsed.repairs = repairs
    if parsed.source == "none":
        _read_by_ocr(parsed, data, options)
    return parsed


def describe_damage(error: BaseException) -> str:
    """What stopped pypdf reading a PDF, in plain words (``iwp/data/read_problems.yaml``).

    A limit reached says which limit and is not called damage; the exception's class and
    Python's own wording (``unhashable type``, an empty ``AssertionError``) are never shown,
    only logged at debug level for someone chasing a bug.
    """
    from pypdf.errors import LimitReachedError

    log.debug("pypdf stopped: %s: %s", type(error).__name__, mask_ssns(str(error))[:300])
    table = _read_problems()
    message = str(error)
    is_limit = isinstance(error, LimitReachedError)
    for kind in ("limits", "damage"):
        for entry in table[kind]:
            found = re.search(entry["match"], message, re.IGNORECASE)
            if found:
                says = entry["says"].format(None, *(f"{int(g):,}" if g.isdigit() else g
                                                    for g in found.groups()))
                return says if kind == "damage" else f"cannot be read: {says}"
    if is_limit:
        return f"cannot be read: {table['unknown_limit']}"
    return table["unknown_damage"]


@cache
def _read_problems() -> dict[str, Any]:
    from iwp import domain

    return domain.data_file("read_problems.yaml")


# Less OCR text than this (as for a text layer) leaves the PDF unread.
MIN_TEXT_CHARS = 40


def _read_by_ocr(parsed: ParsedPdf, data: bytes, options: ParseOptions) -> None:
    """Read a PDF with nothing else to read (a scan) by OCR, when it is on and installed.

    Runs outside the parse's time limit: OCR has its own time-outs and budget. Never
    raises for OCR's own failures; ``parsed.ocr_status`` records what happened.
    """
    from iwp.read import ocr

    if not options.ocr:
        parsed.ocr_status = "off"
        return
    if not ocr.available():
        parsed.ocr_status = "unavailable"
        return
    log.info("Step 5 - OCR %s", mask_ssns(parsed.path))
    limit = max(1, min(options.max_pages, ocr.MAX_PAGES))
    try:
        if parsed.largest_image > ocr.MAX_IMAGE_PIXELS:
            result = ocr.OcrResult(problem=f"a page image of {parsed.largest_image:,} pixels "
                                           "is too large to draw")
        else:
            result = ocr.read_pdf(data, parsed.page_sizes[:limit], max_pages=limit)
    except Exception:  # a bug here must not cost the no-OCR result
        log.debug("OCR failed", exc_info=True)
        result = ocr.OcrResult(problem="a fault in iwp stopped it (run with -vv for details)")
    parsed.ocr = result
    if result.problem:
        parsed.ocr_status = "failed"
        return
    if sum(len(r.text.strip()) for r in result.runs) < MIN_TEXT_CHARS:
        parsed.ocr_status = "little_text"
        return
    parsed.ocr_status = "read"
    parsed.source = "ocr"
    parsed.pages_examined = result.pages_read
    parsed.lines = group_lines(result.runs)


def _read_bytes(name: str) -> bytes:
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise PdfReadError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise PdfReadError(f"{name}: is a folder, not a PDF") from None
    except OSError as e:
        raise PdfReadError(f"{name}: cannot be read ({e.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise PdfReadError(f"{name}: over {MAX_FILE_BYTES // 2**20} MB, too large to check")
    if not data:
        raise PdfReadError(f"{name}: the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise PdfReadError(f"{name}: not a PDF (it looks like {_sniff(data)})")
    return data


def _sniff(data: bytes) -> str:
    for magic, what in _NOT_PDF_SIGNATURES.items():
        if data.startswith(magic):
            return what
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "an HTML page"
    if head.startswith(b"<?xml"):
        return "an XML file"
    try:
        data[:4096].decode("utf-8")
        return "a text file"
    except UnicodeDecodeError:
        return "binary data of some other kind"


def _parse(name: str, data: bytes, options: ParseOptions) -> ParsedPdf:
    from pypdf.errors import PdfReadError as PypdfReadError

    from iwp.read.pdfread import LazyPdfReader

    try:
        reader = LazyPdfReader(io.BytesIO(data), strict=options.strict)
    except PypdfReadError as e:
        raise PdfReadError(f"{name}: {describe_damage(e)}") from e
    decrypted = False
    if reader.is_encrypted:
        decrypted = _decrypt(reader, name, options.password)
    page_count = len(reader.pages)
    parsed = ParsedPdf(path=name, page_count=page_count, source="none", decrypted=decrypted)
    parsed.actions = _active_content(reader, options.max_pages)

    parsed.embedded = _embedded_plan(reader)
    parsed.fields, widget_runs = _form_fields(reader, options.max_pages)
    parsed.signatures = _signature_fields(reader)
    if any(s.state == "signed" for s in parsed.signatures) and options.validate_signatures:
        _validate_signatures(data, parsed.signatures)

    if parsed.embedded is not None and parsed.embedded.plan_hash_ok and parsed.embedded.data:
        # The plan is the content; the tamper check needs no text extraction. The bookmarks
        # iwp wrote from its headings say on which page each part is printed.
        parsed.source = "embedded"
        parsed.outline = _recorded_outline(parsed.embedded.info) or _outline(reader)
        return parsed

    _read_layout(parsed, data, options, reader)
    if parsed.layout:
        # PDFium measured every word already: the judge's lines come from those words, and
        # pypdf's text pass (as slow again as the layout read) is skipped.
        runs, hidden, examined = _layout_text_runs(parsed.layout)
    else:
        runs, hidden, examined = _text_runs(reader, options.max_pages)
    parsed.hidden_runs, parsed.pages_examined = hidden, examined
    parsed.text_chars = sum(len(r.text.strip()) for r in runs)
    filled = {k: v for k, v in parsed.fields.items() if v}
    if parsed.fields:
        # A fillable form, filled or blank: its fields are the source of its answers.
        parsed.source = "form_fields"
        parsed.plan_from_fields = _plan_from_fields(filled, options.field_map) if filled \
            else None
    elif parsed.text_chars >= MIN_TEXT_CHARS:
        parsed.source = "text"
    else:
        parsed.page_sizes, parsed.largest_image = _page_sizes(reader, options.max_pages)
    parsed.lines = group_lines(runs + widget_runs)
    return parsed


def _page_sizes(reader: Any, max_pages: int) -> tuple[list[tuple[float, float]], int]:
    """For OCR: (width, height) in points of the first pages as drawn (crop box), and the
    size in pixels of the largest image they show (as declared: nothing is decoded)."""
    sizes = []
    largest = 0
    for page in reader.pages[:max_pages]:
        try:
            box = page.cropbox
            sizes.append((abs(float(box.width)), abs(float(box.height))))
        except Exception:
            sizes.append((612.0, 792.0))
        try:
            resources = page.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources else None
            for ref in list((xobjects.get_object() if xobjects else {}).values())[:200]:
                image = ref.get_object()
                if str(image.get("/Subtype")) == "/Image":
                    largest = max(largest, int(image.get("/Width", 0)) *
                                  int(image.get("/Height", 0)))
        except Exception:  # damaged resources: OCR's own limits still apply
            pass
    return sizes, largest


def _recorded_outline(info: dict[str, str], limit: int = 300) -> list[tuple[str, int]]:
    """The (heading, page) pairs ``iwp render`` records in ``/IWP_Outline``, if valid.

    They are the headings that name a part of the plan (:func:`iwp.domain.outline_patterns`).
    """
    try:
        entries = json.loads(info.get("IWP_Outline") or "[]")
        return [(str(title), int(page)) for title, page in entries[:limit] if int(page) > 0]
    except (ValueError, TypeError):
        return []


def _outline(reader: Any, limit: int = 300) -> list[tuple[str, int]]:
    """The document's bookmarks as (title, 1-based page), depth first, at most ``limit``."""
    found: list[tuple[str, int]] = []
    stack = [iter(reader.outline)]
    try:
        while stack and len(found) < limit:
            item = next(stack[-1], None)
            if item is None:
                stack.pop()
            elif isinstance(item, list):
                stack.append(iter(item))
            else:
                page = reader.get_destination_page_number(item)
                if page is not None and page >= 0:
                    found.append((str(item.title), page + 1))
    except Exception:  # bookmarks are a convenience: a damaged outline only loses pages
        log.debug("could not read the outline", exc_info=True)
    return found


def _decrypt(reader: Any, name: str, password: str | None) -> bool:
    from pypdf.errors import DependencyError

    for candidate in ("", password):
        if candidate is None:
            continue
        try:
            if reader.decrypt(candidate):
                return True
        except DependencyError:
            raise PdfReadError(f"{name}: encrypted with a method this installation cannot "
                               "open; save an unencrypted copy and check that") from None
        except Exception:
            break
    raise PdfReadError(f"{name}: encrypted with a password; open it in a PDF reader and save "
                       "an unprotected copy to check it")


# --- source 1: the embedded plan -----------------------------------------------------------

def _embedded_plan(reader: Any) -> EmbeddedPlan | None:
    info = iwp_info(reader)
    attachment = _attachment(reader, PLAN_ATTACHMENT)
    if attachment is None:
        return EmbeddedPlan(None, False, None, info) if info else None
    plan_hash = info.get("IWP_PlanHash")
    plan_hash_ok = plan_hash is not None and sha256_hex(attachment) == plan_hash.lower()
    content_hash = info.get("IWP_ContentHash")
    content_ok = None
    if content_hash:
        content_ok = page_content_hash(reader) == content_hash.lower()
    data = None
    if len(attachment) <= MAX_PLAN_BYTES:
        try:
            loaded = json.loads(attachment.decode("utf-8"))
            data = loaded if isinstance(loaded, dict) else None
        except (ValueError, RecursionError):
            data = None
    return EmbeddedPlan(data, plan_hash_ok and data is not None, content_ok, info)


def iwp_info(reader: Any) -> dict[str, str]:
    """The ``/IWP_*`` keys of a PDF's document information, without the slash."""
    try:
        meta = reader.metadata or {}
    except Exception:
        return {}
    # Values are cut short (hostile files), except the recorded outline, a short JSON list.
    return {str(k)[1:]: str(v)[:65536 if k == "/IWP_Outline" else 200]
            for k, v in meta.items() if str(k).startswith("/IWP_") and isinstance(v, str)}


def _attachment(reader: Any, wanted: str) -> bytes | None:
    try:
        found = reader.attachments.get(wanted)
    except Exception:
        return None
    if not found:
        return None
    return found[0] if isinstance(found, list) else found


# --- source 2: form fields -----------------------------------------------------------------

def _field_value(obj: Any) -> str:
    from pypdf.generic import ArrayObject, NameObject

    value = obj.get("/V")
    if value is None:
        return ""
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, NameObject):
        return "" if value in ("/Off", "/") else str(value)[1:] or "Yes"
    if isinstance(value, ArrayObject):
        return ", ".join(str(v) for v in value[:20])
    if hasattr(value, "keys"):  # a signature dictionary
        return ""
    return str(value)[:5_000]


def _walk_fields(reader: Any) -> list[tuple[str, Any]]:
    """(full name, terminal field dict) for every field, bounded in count and depth."""
    try:
        root = reader.trailer["/Root"]
        acro = root.get("/AcroForm")
        acro = acro.get_object() if acro is not None else None
        top = acro.get("/Fields") if acro is not None else None
        top = top.get_object() if top is not None else None
    except Exception:
        return []
    if not top:
        return []
    out: list[tuple[str, Any]] = []
    seen: set[int] = set()
    stack: list[tuple[Any, str, int]] = [(ref, "", 0) for ref in reversed(list(top)[:MAX_FIELDS])]
    while stack and len(out) < MAX_FIELDS:
        ref, prefix, depth = stack.pop()
        key = id(ref) if not hasattr(ref, "idnum") else ref.idnum
        if key in seen or depth > 32:
            continue
        seen.add(key)
        obj = ref.get_object()
        if not hasattr(obj, "get"):
            continue
        part = str(obj.get("/T", ""))
        full = f"{prefix}.{part}" if prefix and part else (part or prefix)
        kids = obj.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        named_kids = [k for k in (kids or []) if "/T" in k.get_object()] if kids else []
        if named_kids:
            stack.extend((k, full, depth + 1) for k in reversed(named_kids[:MAX_FIELDS]))
        else:
            out.append((full, obj))
    return out


def _inherited(obj: Any, key: str) -> Any:
    for _ in range(32):
        if obj is None:
            return None
        if key in obj:
            return obj[key]
        parent = obj.get("/Parent")
        obj = parent.get_object() if parent is not None else None
    return None


def _form_fields(reader: Any, max_pages: int) -> tuple[dict[str, str], list[TextRun]]:
    """Field name -> value, and one positioned run per filled widget (on its page)."""
    fields: dict[str, str] = {}
    runs: list[TextRun] = []
    walked = _walk_fields(reader)
    if not walked:
        return fields, runs
    page_numbers = {}
    for number, page in enumerate(reader.pages[:max_pages], start=1):
        ref = getattr(page, "indirect_reference", None)
        if ref is not None:
            page_numbers[ref.idnum] = number
    for full, obj in walked:
        kind = str(_inherited(obj, "/FT") or "")
        if kind == "/Sig":
            continue
        value = _field_value(obj) if "/V" in obj else ""
        if not value and "/V" not in obj:
            parent_v = _inherited(obj, "/V")
            value = _field_value({"/V": parent_v}) if parent_v is not None else ""
        label = str(obj.get("/TU", "")) or full
        fields[full] = value
        widgets = obj.get("/Kids")
        widgets = [w.get_object() for w in widgets] if widgets else [obj]
        for widget in widgets[:20]:
            rect = widget.get("/Rect")
            page_ref = widget.get("/P")
            page = page_numbers.get(getattr(page_ref, "idnum", None)) if page_ref else None
            if rect is None or page is None:
                continue
            try:
                x0, y0, x1, y1 = (float(v) for v in rect[:4])
            except (TypeError, ValueError):
                continue
            if kind == "/Btn":
                state = widget.get("/AS")
                text = "☒" if state is not None and str(state) not in ("/Off",) else "☐"
            elif value:
                text = value
            else:
                continue
            size = max(min(abs(y1 - y0) * 0.7, 10.0), 6.0)
            pieces = [p for p in text.splitlines() if p.strip()] or [text]
            if len(pieces) == 1:
                runs.append(TextRun(text=text, x=min(x0, x1) + 1, y=min(y0, y1) + 2,
                                    size=size, page=page, from_field=label))
                continue
            # A multi-line box: one run per line, from the top of the box down.
            size = 9.0
            for index, piece in enumerate(pieces[:200]):
                runs.append(TextRun(text=piece, x=min(x0, x1) + 1,
                                    y=max(y0, y1) - size * (1.2 * index + 1), size=size,
                                    page=page, from_field=label))
    return fields, runs


def _shipped_field_map() -> dict[str, Any]:
    from iwp import domain

    return domain.data_file("form_fields.yaml") or {}


def load_field_map(path: str | None) -> dict[str, str]:
    """Field name (case-insensitive) -> plan path: the user's file first, then ours."""
    mapping = {k.lower(): v for k, v in (_shipped_field_map().get("fields") or {}).items()}
    if path:
        try:
            user = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except OSError as e:
            raise PdfReadError(f"{path}: cannot read the field mapping ({e.strerror})"
                               ) from None
        except UnicodeDecodeError:
            raise PdfReadError(f"{path}: the field mapping is not UTF-8 text") from None
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else path
            raise PdfReadError(f"{where}: the field mapping is not valid YAML "
                               f"({getattr(e, 'problem', None) or 'a syntax error'})"
                               ) from None
        fields = user.get("fields", user) if isinstance(user, dict) else None
        if not isinstance(fields, dict):
            raise PdfReadError(f"{path}: a field mapping is `fields:` with one "
                               "`Field name: plan.path` per line")
        mapping.update({str(k).lower(): str(v) for k, v in fields.items()})
    return mapping


def _plan_from_fields(fields: dict[str, str], field_map: str | None) -> dict[str, Any] | None:
    """Plan data built from mapped fields; None when no field is mapped."""
    mapping = load_field_map(field_map)
    plan: dict[str, Any] = {}
    mapped = 0
    for name, value in fields.items():
        target = mapping.get(name.lower()) or mapping.get(name.rsplit(".", 1)[-1].lower())
        if not target:
            continue
        mapped += 1
        path, _, literal = target.partition("=")
        if literal:  # a checkbox: "employment_network.business_model=traditional"
            value = literal
        node = plan
        parts = path.split(".")
        for i, part in enumerate(parts[:-1]):
            nxt = parts[i + 1]
            if part.isdigit():
                continue
            if nxt.isdigit():
                items = node.setdefault(part, [])
                index = int(nxt)
                while len(items) <= index:
                    items.append({})
                node = items[index]
            else:
                node = node.setdefault(part, {})
        last = parts[-1]
        if last.endswith("[]"):
            node.setdefault(last[:-2], []).append(value)
        else:
            node[last] = value
    return plan if mapped else None


def _signature_fields(reader: Any) -> list[SignatureInfo]:
    out = []
    pages: dict[int, int] | None = None
    for full, obj in _walk_fields(reader):
        if str(_inherited(obj, "/FT") or "") != "/Sig":
            continue
        value = obj.get("/V")
        info = SignatureInfo(name=full, state="signed" if value is not None else "empty")
        # The page the field's widget sits on (its /P, or the first kid's), when it says.
        widget = obj
        kids = obj.get("/Kids")
        if "/P" not in obj and kids:
            widget = kids[0].get_object()
        page_ref = widget.get("/P") if hasattr(widget, "get") else None
        if page_ref is not None and hasattr(page_ref, "idnum"):
            if pages is None:
                pages = {page.indirect_reference.idnum: number for number, page in
                         enumerate(reader.pages[:MAX_FIELDS], start=1)
                         if getattr(page, "indirect_reference", None) is not None}
            info.page = pages.get(page_ref.idnum)
        out.append(info)
    return out


def _validate_signatures(data: bytes, signatures: list[SignatureInfo]) -> None:
    """Fill in intact / valid / trusted / modified for each signed field (pyHanko)."""
    try:
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

        from iwp.read.pyhanko_reader import reader_class
    except ImportError:  # pragma: no cover - pyHanko is a dependency
        for sig in signatures:
            sig.problem = "pyHanko is not installed; the signature was not validated"
        return
    by_name = {s.name: s for s in signatures}
    try:
        reader = reader_class()(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        # No trust roots: iwp keeps no list of trusted signers, so every certificate is
        # reported untrusted (IWP809) and only integrity is judged. Leaving them out would
        # fall back to the OS's TLS list, which pyHanko deprecates with a warning (an error
        # under -W error) and which says nothing about who may sign an IWP anyway.
        context = ValidationContext(trust_roots=[], allow_fetching=False,
                                    revocation_mode="soft-fail")
    except Exception as e:
        for sig in signatures:
            if sig.state == "signed":
                sig.problem = _signature_problem(e)
        return
    for emb in embedded:
        sig = by_name.get(emb.field_name)
        if sig is None:
            continue
        try:
            status = validate_pdf_signature(emb, context)
        except Exception as e:
            # Unknown, not broken: intact stays None and check reports it as a warning.
            sig.problem = _signature_problem(e)
            continue
        sig.intact = bool(status.intact)
        sig.valid = bool(status.valid)
        sig.trusted = bool(status.trusted)
        level = getattr(status, "modification_level", None)
        coverage = getattr(status, "coverage", None)
        entire = str(coverage).endswith("ENTIRE_FILE") if coverage is not None else None
        level_name = str(level).split(".")[-1]
        # Signing a later field (the EN signing after the Ticketholder) is form filling in
        # pyHanko's terms, but not a change to what was signed; filling any other field
        # (a goal, an amount) after signing is.
        changed = getattr(getattr(status, "diff_result", None), "changed_form_fields", None)
        only_signed_later = (level_name == "FORM_FILLING" and changed is not None
                             and all(name in by_name and by_name[name].state == "signed"
                                     for name in changed))
        sig.modified_after_signing = (not entire) if level is None else \
            (level_name not in ("NONE", "LTA_UPDATES") and not only_signed_later)
        if sig.modified_after_signing and level_name == "FORM_FILLING" and \
                _fields_changed_after_signing(reader, emb) == set():
            sig.modified_after_signing = False  # only later signatures were added
        try:
            sig.signer = status.signing_cert.subject.human_friendly[:120]
        except Exception:
            sig.signer = None
        when = getattr(status, "signer_reported_dt", None)
        sig.signed_at = when.isoformat() if when else None


def _fields_changed_after_signing(reader: Any, signed: Any) -> set[str] | None:
    """The form fields (other than signature fields) whose value or appearance was written
    again after ``signed`` (a pyHanko embedded signature of ``reader``), or None when that
    cannot be told.

    pyHanko sorts the changes after a signature into levels; at its form-filling level it
    also names the fields touched, but when a second signature is added it names every
    field of the form, changed or not. So for a signature it reports changed at that level
    this compares each field's value in the signed revision with the final one, and looks
    whether the field or its appearance was written in a later revision. It reads the
    revisions pyHanko's validation already loaded: nothing is validated twice.
    """
    try:
        from pyhanko.pdf_utils import generic

        revision = signed.signed_revision
        later: set[Any] = set()
        for number in range(revision + 1, reader.xrefs.total_revisions):
            later |= set(reader.xrefs.explicit_refs_in_revision(number))
        before = {str(ref.get_object().get("/T")): ref.get_object().get("/V") for ref in
                  reader.get_historical_resolver(revision).root["/AcroForm"]
                  .raw_get("/Fields")}
        changed = set()
        for ref in reader.root["/AcroForm"].raw_get("/Fields"):
            field = ref.get_object()
            name = str(field.get("/T"))
            if field.get("/FT") == "/Sig":
                continue
            appearance = field["/AP"].raw_get("/N") if "/AP" in field else None
            rewritten = getattr(ref, "reference", None) in later or (
                isinstance(appearance, generic.IndirectObject)
                and appearance.reference in later)
            if rewritten or name not in before or before[name] != field.get("/V"):
                changed.add(name)
        return changed
    except Exception:
        log.debug("could not compare the form before and after signing", exc_info=True)
        return None


def _signature_problem(error: Exception) -> str:
    """Why a signature could not be validated, in words: pyHanko's own message when it
    raised one of its errors (they are sentences), never a Python exception's."""
    log.debug("signature validation stopped: %s", type(error).__name__, exc_info=True)
    module = type(error).__module__ or ""
    message = " ".join(mask_ssns(str(error)).split())[:100]
    if module.startswith(("pyhanko", "pyhanko_certvalidator")) and message:
        return f"cannot be validated ({message})"
    return "cannot be validated (its signature data is damaged or of a kind iwp cannot read)"


# --- active content ------------------------------------------------------------------------

def _active_content(reader: Any, max_pages: int) -> list[str]:
    """Names of JavaScript and launch actions (never run; only reported)."""
    found: set[str] = set()

    def look(action: Any, depth: int = 0) -> None:
        if action is None or depth > 8:
            return
        action = action.get_object()
        if not hasattr(action, "get"):
            return
        kind = str(action.get("/S", ""))
        if kind in ("/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/URI"):
            if kind != "/URI":
                found.add(kind[1:])
        nxt = action.get("/Next")
        if nxt is not None:
            items = nxt.get_object()
            for item in (items if isinstance(items, list) else [items])[:8]:
                look(item, depth + 1)

    def look_aa(holder: Any) -> None:
        aa = holder.get("/AA")
        if aa is not None:
            for value in list(aa.get_object().values())[:16]:
                look(value)

    try:
        root = reader.trailer["/Root"]
        look(root.get("/OpenAction"))
        look_aa(root)
        names = root.get("/Names")
        if names is not None and "/JavaScript" in names.get_object():
            found.add("JavaScript")
        for page in reader.pages[:max_pages]:
            look_aa(page)
            for annot in (page.get("/Annots") or [])[:200]:
                annot = annot.get_object()
                look(annot.get("/A"))
                look_aa(annot)
    except Exception:  # a damaged catalogue: the text and fields are still worth reading
        pass
    return sorted(found)


# --- source 3: the text layer --------------------------------------------------------------

def _read_layout(parsed: ParsedPdf, data: bytes, options: ParseOptions, reader: Any) -> None:
    """The layout model of the pages (iwp.read.layout, PDFium) on ``parsed.layout``; left
    None when PDFium cannot open a file pypdf repaired (the reader then uses the lines)."""
    from iwp.read.layout import read_layout

    if not _contents_within_limits(reader, options.max_pages):
        return  # PDFium has no decoding limits: a decompression bomb stays with pypdf's
    try:
        parsed.layout = read_layout(data, options.max_pages, options.password)
    except Exception as e:
        log.debug("layout model unavailable (%s)", type(e).__name__)


# The most decoded page content (page streams and their form XObjects) the layout model
# reads; a dense IWP page measured under 200 KB.
MAX_LAYOUT_CONTENT_BYTES = 30_000_000


def _contents_within_limits(reader: Any, max_pages: int) -> bool:
    """Whether the pages' content decodes within pypdf's limits and our total, checked by
    pypdf before PDFium (which has no such limits) sees the file. pypdf keeps the decoded
    data, so the text pass after this decodes nothing twice."""
    total = 0
    try:
        for page in reader.pages[:max_pages]:
            contents = page.get_contents()
            total += len(contents.get_data()) if contents is not None else 0
            resources = page.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources else None
            for ref in list((xobjects.get_object() if xobjects else {}).values())[:200]:
                xobject = ref.get_object()
                if str(xobject.get("/Subtype")) == "/Form":
                    total += len(xobject.get_data())
            if total > MAX_LAYOUT_CONTENT_BYTES:
                return False
    except (RecursionError, MemoryError):
        raise
    except Exception:  # a limit reached or a damaged stream: leave the file to pypdf
        return False
    return True


def _mult(m: list[float], n: list[float]) -> list[float]:
    return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]


def _is_white(colour: tuple[str, tuple[float, ...]]) -> bool:
    space, values = colour
    if not values:
        return False
    if space == "gray":
        return values[0] >= 0.95
    if space == "rgb" and len(values) >= 3:
        return min(values[:3]) >= 0.95
    if space == "cmyk" and len(values) >= 4:
        return max(values[:4]) <= 0.05
    return False


def _layout_text_runs(pages: list[Any]) -> tuple[list[TextRun], int, int]:
    """Visible runs, hidden-word count and pages read, from the layout model's words (top-left
    origin, glyph boxes) in the text pass's terms (bottom-left origin, a run at the highest
    bottom of its words' glyph boxes: a word without a descender sits on the baseline)."""
    from iwp.read.layout import PHRASE_GAP_EM
    from iwp.read.pairing import group_lines as word_lines

    runs = []
    for page in pages:
        for line in word_lines([w for w in page.words if not w.from_field]):
            pieces: list[list[Any]] = []
            for word in line:
                if pieces and word.x0 - pieces[-1][-1].x1 <= \
                        max(pieces[-1][-1].size, 4.0) * PHRASE_GAP_EM:
                    pieces[-1].append(word)
                else:
                    pieces.append([word])
            for words in pieces:
                runs.append(TextRun(" ".join(w.text for w in words), words[0].x0,
                                    page.height - min(w.bottom for w in words),
                                    max(w.size for w in words), page.number,
                                    width=words[-1].x1 - words[0].x0))
    return runs, sum(page.hidden_pieces for page in pages), len(pages)


def _text_runs(reader: Any, max_pages: int) -> tuple[list[TextRun], int, int]:
    """Visible runs of the first ``max_pages`` pages, the hidden-run count, pages read."""
    runs: list[TextRun] = []
    hidden = 0
    examined = 0
    for number, page in enumerate(reader.pages[:max_pages], start=1):
        examined = number
        try:
            box = page.mediabox
            left, bottom, right, top = (float(box.left), float(box.bottom), float(box.right),
                                        float(box.top))
        except Exception:
            left, bottom, right, top = 0.0, 0.0, 612.0, 792.0
        state: dict[str, Any] = {"fill": ("gray", (0.0,)), "render": 0, "stack": []}

        def before(operator: bytes, operands: list[Any], cm: Any, tm: Any,
                   state: dict[str, Any] = state) -> None:
            try:
                if operator == b"q":
                    state["stack"].append((state["fill"], state["render"]))
                elif operator == b"Q":
                    if state["stack"]:
                        state["fill"], state["render"] = state["stack"].pop()
                elif operator == b"g":
                    state["fill"] = ("gray", tuple(float(v) for v in operands[:1]))
                elif operator == b"rg":
                    state["fill"] = ("rgb", tuple(float(v) for v in operands[:3]))
                elif operator == b"k":
                    state["fill"] = ("cmyk", tuple(float(v) for v in operands[:4]))
                elif operator in (b"sc", b"scn"):
                    nums = tuple(float(v) for v in operands if isinstance(v, (int, float)))
                    space = {1: "gray", 3: "rgb", 4: "cmyk"}.get(len(nums), "other")
                    state["fill"] = (space, nums)
                elif operator == b"Tr" and operands:
                    state["render"] = int(operands[0])
            except (TypeError, ValueError):
                pass

        page_runs: list[TextRun] = []
        counts = {"hidden": 0}

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any,
                  number: int = number, page_runs: list[TextRun] = page_runs,
                  state: dict[str, Any] = state, counts: dict[str, int] = counts) -> None:
            if not text or not text.strip():
                return
            try:
                m = _mult([float(v) for v in tm], [float(v) for v in cm])
                effective = float(size or 0) * math.hypot(m[2], m[3])
            except (TypeError, ValueError):
                return
            x, y = m[4], m[5]
            off_page = not (left - 2 <= x <= right + 2 and bottom - 2 <= y <= top + 2)
            if (off_page or effective < 2.0 or _is_white(state["fill"])
                    or state["render"] in (3, 7)):
                counts["hidden"] += 1
                return
            for piece in text.split("\n"):
                if piece.strip():
                    page_runs.append(TextRun(piece, x, y, effective, number))

        try:
            page.extract_text(visitor_text=visit, visitor_operand_before=before)
        except (RecursionError, MemoryError):
            raise
        except Exception as e:
            # One bad page should not hide the others; pypdf's message joins the repairs.
            logging.getLogger("pypdf").warning("page %d: the text cannot be read (%s)",
                                               number, describe_damage(e))
        runs.extend(page_runs)
        hidden += counts["hidden"]
    return runs, hidden, examined


def group_lines(runs: list[TextRun]) -> list[TextLine]:
    """Group runs into lines by baseline and order them top to bottom, left to right.

    Position, not drawing order, decides: a value typed onto a printed form lands on the
    line of the label beside it even when the file draws all values after all labels.
    """
    lines: list[TextLine] = []
    by_page: dict[int, list[TextRun]] = {}
    for run in runs:
        by_page.setdefault(run.page, []).append(run)
    for page in sorted(by_page):
        ordered = sorted(by_page[page], key=lambda r: (-r.y, r.x))
        current: list[TextRun] = []
        base = None
        for run in ordered:
            tolerance = max(2.0, 0.45 * run.size)
            if base is not None and abs(run.y - base) <= tolerance:
                current.append(run)
                continue
            if current:
                lines.append(_make_line(page, current))
            current, base = [run], run.y
        if current:
            lines.append(_make_line(page, current))
    return lines


def _make_line(page: int, runs: list[TextRun]) -> TextLine:
    runs = sorted(runs, key=lambda r: r.x)
    segments: list[list[Any]] = []
    end = None
    for run in runs:
        text = run.text.strip()
        if not text:
            continue
        gap = run.x - end if end is not None else 0.0
        if segments and gap <= run.size * 1.2 and not run.from_field:
            segments[-1][1] += ("" if gap < run.size * 0.12 else " ") + text
        else:
            # Wide gaps inside one run (a table row drawn as one string) split it too.
            for offset, piece in _split_wide(run.text):
                segments.append([run.x + offset * 0.5 * run.size, piece])
        end = run.x + (run.width if run.width is not None
                       else 0.5 * run.size * len(run.text.rstrip()))
    pairs = [(float(x), t.strip()) for x, t in segments if t.strip()]
    text = "  ".join(t for _, t in pairs)
    return TextLine(page=page, y=runs[0].y, text=text, runs=runs, segments=pairs)


def _split_wide(text: str) -> list[tuple[int, str]]:
    pieces = []
    for match in re.finditer(r"\S+(?: \S+)*", text):
        pieces.append((match.start(), match.group()))
    return pieces or [(0, text)]
