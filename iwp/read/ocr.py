"""OCR for scanned PDFs: poppler's ``pdftoppm`` draws each page, Tesseract reads it.

Both are the system programs (Debian packages ``poppler-utils`` and ``tesseract-ocr``), run
as subprocesses: never through a shell, always with an explicit argument list, a
``timeout`` on every call and a time budget for the whole file, at most ``MAX_PAGES``
pages, stderr captured. The page images live in a private temporary folder that is always
removed. Anything that goes wrong (a program missing, a time-out, a non-zero exit, output
that cannot be read) gives an :class:`OcrResult` with no runs and a short ``problem`` that
names what failed and never quotes the page, so the caller keeps its no-OCR behaviour.

Before Tesseract reads a page, :mod:`iwp.read.scan` turns it straight (a page fed 1-2
degrees askew puts a table row's cells on different lines) and finds its ruling lines.
Tesseract's TSV output gives each word's box in pixels (origin top left) and a confidence.
Words above ``MIN_CONFIDENCE`` become layout words (:class:`~iwp.read.layout.Word`) on a
:class:`~iwp.read.layout.LayoutPage` with the rulings and the boxes of ink no word or ruling
explains (a handwritten signature), so the layout reader reads a scan as it reads a text
PDF. They also become :class:`~iwp.read.textrun.TextRun` s in PDF points (origin bottom left)
at the bottom of their line, one run per stretch of a line without a wide gap, for the
line-based readers (:func:`iwp.read.parse.group_lines`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iwp.privacy import mask_ssns
from iwp.read.layout import CheckBox, InkMark, LayoutPage, Ruling, Word
from iwp.read.textrun import TextRun

log = logging.getLogger("iwp")

PDFTOPPM = "pdftoppm"
TESSERACT = "tesseract"
# Measured on the test corpus (tests/data/pdfs, its text PDFs drawn as images too) with
# Tesseract 5.3: 200 dpi read fewer words wrong than 300 or 400 dpi - of 150- and 300-dpi
# scans alike - and is a fifth faster; page segmentation 3 (automatic) judged 11 of 16
# files as their text layers are judged, modes 4, 6 and 11 fewer.
DPI = 200
PSM = 3
LANGUAGE = "eng"
MIN_CONFIDENCE = 30.0
MAX_PAGES = 30
MAX_SIDE_PX = 4_200  # longest side of a page image: a page over 21 in. is drawn below DPI
# An image this large on a page is not a scan (600 dpi letter is 34 million pixels) but a
# hostile file; drawing it would only run into the time-outs, so such PDFs are not OCRed.
MAX_IMAGE_PIXELS = 150_000_000
CALL_TIMEOUT = 60.0  # seconds for one pdftoppm or tesseract call
BUDGET = 90.0  # seconds for the whole file
# Words of one line further apart than this (in font sizes) start a new cell.
_WIDE_GAP = 1.5
# What Tesseract reads a table's vertical rules as.
_RULES = set("|¦│")
# Characters OCR reads from table rules and specks at the edges of words ("[25", "|-June").
_SPECKS = "|[]{}“”‘’_=~-—«»"
# At most this many unsure words of a page are read a second time (see _second_look).
MAX_SECOND_LOOK = 120
# A page whose words Tesseract read with a mean confidence under this is looked at again
# for its orientation (a sheet fed into the scanner sideways or upside down, with no
# /Rotate to say so): measured with Tesseract 5.3 at 200 dpi, a sideways page read 43,
# upright scans, faxes and phone photos 70-95.
UPRIGHT_CHECK_BELOW = 55.0
# Tesseract's orientation detection (--psm 0) turns such a page only when it is at least
# this sure (its own scale: a sideways letter page measured 10, an upright one under 1).
MIN_ORIENTATION_CONFIDENCE = 2.0
# The words of the turned page must read at least this much more surely than the first
# reading for the turn to be kept.
UPRIGHT_GAIN = 5.0
# Signs that mean something alone; other words without a letter or digit are specks.
_SIGNS = set("&$%#@/")
# A check box is read as at most this many characters ("&", "O", "QO", "[X]").
_BOX_TEXT_MAX = 3
# What OCR reads a check box as, ticked or empty: round letters and digits, signs, brackets.
# A short word with a letter or digit outside these ("IN", "of", "18", a Provided column's
# "N") is a word even where its ink would pass for a box (bold capitals, a fax's or phone
# photo's thick strokes: a bold N's diagonal read as a tick).
_BOX_LOOKALIKES = set("&@©®[](){}|<>#*%OoQqDdCcUu0689XxKkVvWw×✓✔☐☒■□")
# A word's box reaches at most this many median word heights above or below its line's
# median top and bottom (descenders and capitals measured under 0.35).
_BAND_SLACK = 0.45
# A word taller than this many times the page's median word is not text (see tsv_page):
# a column of check boxes read as one "word" measured 4-5 times, a heading with a speck
# on it under 3 times.
_TALL_WORD = 3.5
# Font size from the median height of a line's word boxes: most words' boxes span the
# capital height (about 0.7 em) and some an ascender or descender too, so the median is
# about 0.8 em (measured on DejaVu Sans at 150 and 300 dpi).
_HEIGHT_TO_SIZE = 1.25


@dataclass
class OcrResult:
    """What OCR read: runs, pages read, mean word confidence (0-100), time taken, or the
    ``problem`` (safe to show: it never quotes the page) that stopped it."""

    runs: list[TextRun] = field(default_factory=list)
    pages: list[LayoutPage] = field(default_factory=list)
    pages_read: int = 0
    confidence: float | None = None
    seconds: float = 0.0
    problem: str | None = None


class _Failed(Exception):
    """One step of the OCR failed; the message says which, without page text."""


def available() -> bool:
    """True when both ``pdftoppm`` and ``tesseract`` are on the PATH."""
    return all(shutil.which(program) for program in (PDFTOPPM, TESSERACT))


def read_pdf(pdf: bytes | str | Path, page_sizes: Sequence[tuple[float, float]] | None = None,
             *, max_pages: int = MAX_PAGES, budget: float = BUDGET, dpi: int = DPI,
             psm: int = PSM) -> OcrResult:
    """OCR the first ``max_pages`` pages of a PDF (its bytes or its path).

    ``page_sizes`` are the pages' (width, height) in points, one per page to read (a large
    page is drawn at a lower resolution); without them pypdf reads them from the file.
    Never raises for a failure of the programs: the result's ``problem`` says what failed.
    """
    start = time.monotonic()
    result = OcrResult()
    tools = {name: shutil.which(name) for name in (PDFTOPPM, TESSERACT)}
    missing = [name for name, found in tools.items() if not found]
    if missing:
        result.problem = f"{' and '.join(missing)} not found"
        return result
    confidences: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="iwp-ocr-") as folder:  # mode 0700
            source = Path(folder) / "input.pdf"
            if isinstance(pdf, bytes):
                source.write_bytes(pdf)
            else:
                # Copied, so a file name that starts with "-" never reaches a command line.
                shutil.copyfile(pdf, source)
            sizes = list(page_sizes) if page_sizes is not None else _page_sizes(source)
            for number, (width, height) in enumerate(sizes[:max_pages], start=1):
                remaining = budget - (time.monotonic() - start)
                if remaining <= 1:
                    raise _Failed(f"gave up after {budget:g} seconds")
                page_dpi = _page_dpi(dpi, width, height)
                image = _draw_page(tools[PDFTOPPM] or PDFTOPPM, source, number, page_dpi,
                                   Path(folder), remaining)
                picture, rulings = _straighten(image, number, page_dpi)
                remaining = budget - (time.monotonic() - start)
                if remaining <= 1:
                    raise _Failed(f"gave up after {budget:g} seconds")
                tsv = _run([tools[TESSERACT] or TESSERACT, str(image), "-", "--psm", str(psm),
                            "--dpi", str(page_dpi), "-l", LANGUAGE, "tsv"],
                           "tesseract", min(CALL_TIMEOUT, remaining), number)
                remaining = budget - (time.monotonic() - start)
                first_confidence = mean_confidence(tsv)
                log.debug("page %d read with a mean word confidence of %.0f", number,
                          first_confidence)
                if remaining > 1 and picture is not None and \
                        first_confidence < UPRIGHT_CHECK_BELOW:
                    turned = _read_upright(tsv, picture, image, tools[TESSERACT] or TESSERACT,
                                           number, page_dpi, psm, start + budget)
                    if turned is not None:
                        tsv, picture, rulings, quarter_turns = turned
                        if quarter_turns % 2:
                            width, height = height, width
                remaining = budget - (time.monotonic() - start)
                if remaining > 1:
                    tsv = _second_look(tsv, image, tools[TESSERACT] or TESSERACT, number,
                                       page_dpi, min(CALL_TIMEOUT, remaining))
                image.unlink(missing_ok=True)
                runs, confs = tsv_runs(tsv, number, page_dpi)
                result.runs.extend(runs)
                result.pages.append(tsv_page(tsv, number, page_dpi, (width, height),
                                             picture, rulings))
                picture = None
                confidences.extend(confs)
                result.pages_read = number
    except _Failed as e:
        result.runs, result.pages, result.problem = [], [], str(e)
    except OSError as e:  # the temporary folder, the copy, starting a program
        result.runs, result.pages = [], []
        result.problem = ("a temporary file or program could not be used "
                          f"({e.strerror or 'a system error'})")
    result.seconds = time.monotonic() - start
    result.confidence = statistics.fmean(confidences) if confidences else None
    if result.problem:
        log.info("OCR failed: %s", mask_ssns(result.problem))
    else:
        log.info("OCR read %d page(s) in %.1f s", result.pages_read, result.seconds)
    return result


def _page_sizes(source: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(source, strict=False)
        return [(abs(float(p.cropbox.width)), abs(float(p.cropbox.height)))
                for p in reader.pages[:MAX_PAGES]]
    except Exception:  # pypdf raises many types on damaged files
        raise _Failed("the sizes of the PDF's pages cannot be read (a damaged page tree)"
                      ) from None


def _page_dpi(dpi: int, width: float, height: float) -> int:
    longest = max(abs(width), abs(height), 1.0)
    return max(36, min(dpi, int(MAX_SIDE_PX * 72 / longest)))


def _draw_page(pdftoppm: str, source: Path, number: int, dpi: int, folder: Path,
               remaining: float) -> Path:
    prefix = folder / f"page-{number}"
    args = [pdftoppm, "-r", str(dpi), "-gray", "-f", str(number), "-l", str(number),
            "-singlefile", str(source), str(prefix)]
    _run(args, "pdftoppm", min(CALL_TIMEOUT, remaining), number)
    image = folder / f"page-{number}.pgm"
    if not image.is_file():
        raise _Failed(f"pdftoppm wrote no image of page {number}")
    return image


def _straighten(image: Path, number: int, dpi: int) -> tuple[Any, list[tuple[int, int, int, int]]]:
    """Turn the page image straight (rewritten in place, for Tesseract) and find its
    rulings; the straight image (Pillow), kept for the ink search after OCR. An image
    Pillow cannot read is left to Tesseract as it is (no rulings, no ink search)."""
    from PIL import Image, UnidentifiedImageError

    from iwp.read import scan

    try:
        with Image.open(image) as opened:
            picture = opened.convert("L")
    except (OSError, UnidentifiedImageError, ValueError):
        log.debug("page %d: the image could not be opened to turn it straight", number)
        return None, []
    try:
        picture, angle = scan.deskew(picture)
        if angle:
            log.debug("page %d turned %.2f degrees straight", number, angle)
        rulings = scan.find_rulings(picture, dpi)
        # Tesseract reads text between table borders better without them: it takes a
        # border beside a word for a letter ("l", "|") and loses short cells to them.
        scan.erase(picture, rulings, dpi).save(image)
        # A streak is erased like a ruling, so OCR reads the words it crossed, but it parts
        # no phrase or cell of the layout.
        return picture, scan.without_streaks(rulings, picture.height, dpi)
    except (OSError, UnidentifiedImageError, ValueError):
        raise _Failed(f"the image of page {number} could not be read") from None


def _second_look(tsv: str, image: Path, tesseract: str, number: int, dpi: int,
                 timeout: float) -> str:
    """Tesseract's TSV with the words it was unsure of read again.

    Tesseract scores a word low when its line confused it (a speck before a heading, a
    table's junk on the same line), though the word alone reads well. The unsure words
    are cut out of the page, stacked one under another in one small image and read in one
    more call; a word read surely there, or read the same as the first time, replaces the
    unsure one in the same place (with the least sure confidence when only the two readings
    agree)."""
    from PIL import Image, UnidentifiedImageError

    rows = [row.split("\t") for row in tsv.splitlines()]
    sure_heights = sorted(int(r[9]) for r in rows[1:] if len(r) >= 12 and r[0] == "5" and
                          r[9].isdigit() and _confidence(r) > MIN_CONFIDENCE)
    if not sure_heights:
        return tsv
    typical = sure_heights[len(sure_heights) // 2]
    unsure = [index for index, r in enumerate(rows[1:], 1)
              if len(r) >= 12 and r[0] == "5" and 0 <= _confidence(r) <= MIN_CONFIDENCE
              and len("\t".join(r[11:]).strip().strip(_SPECKS)) >= 2
              and r[8].isdigit() and r[9].isdigit()
              and 0.5 * typical <= int(r[9]) <= 2.5 * typical][:MAX_SECOND_LOOK]
    if not unsure:
        return tsv
    pad = max(typical // 2, 4)
    boxes = [tuple(int(v) for v in rows[i][6:10]) for i in unsure]
    width = max(w for _, _, w, _ in boxes) + 2 * pad
    height = sum(h + 2 * pad for _, _, _, h in boxes)
    try:
        with Image.open(image) as page:
            sheet = Image.new("L", (width, height), 255)
            y = 0
            bands = []
            for left, top, w, h in boxes:
                sheet.paste(page.crop((left - pad, top - pad, left + w + pad, top + h + pad)),
                            (0, y))
                bands.append(y)
                y += h + 2 * pad
            path = image.with_name(f"again-{number}.pgm")
            sheet.save(path)
    except (OSError, UnidentifiedImageError, ValueError):
        return tsv
    try:
        again = _run([tesseract, str(path), "-", "--psm", "6", "--dpi", str(dpi), "-l",
                      LANGUAGE, "tsv"], "tesseract", timeout, number)
    except _Failed:
        return tsv  # the first reading stands
    finally:
        path.unlink(missing_ok=True)
    found: dict[int, list[list[str]]] = {}
    for r in (row.split("\t") for row in again.splitlines()[1:]):
        if len(r) < 12 or r[0] != "5" or not "\t".join(r[11:]).strip():
            continue
        try:
            middle = int(r[7]) + int(r[9]) / 2
        except ValueError:
            continue
        band = max((k for k, top in enumerate(bands) if top <= middle), default=None)
        if band is not None:
            found.setdefault(band, []).append(r)
    replaced: dict[int, list[list[str]]] = {}
    for band, words in found.items():
        original = rows[unsure[band]]
        # Sure the second time, or read the same twice from two different cuts of the page.
        agree = " ".join("\t".join(w[11:]).strip() for w in words).strip(_SPECKS) == \
            "\t".join(original[11:]).strip().strip(_SPECKS)
        if min(_confidence(w) for w in words) <= MIN_CONFIDENCE and not agree:
            continue
        if agree:
            words = [w[:10] + [f"{MIN_CONFIDENCE + 1:.1f}"] + w[11:] for w in words]
        left, top = boxes[band][0], boxes[band][1]
        replaced[unsure[band]] = [
            original[:6] + [str(left - pad + int(w[6])), str(top - pad + int(w[7]) - bands[band]),
                            w[8], w[9], w[10], "\t".join(w[11:]).strip()] for w in words]
    if not replaced:
        return tsv
    log.debug("page %d: %d of %d unsure words read again", number, len(replaced), len(unsure))
    out = []
    for index, r in enumerate(rows):
        out.extend(["\t".join(n) for n in replaced[index]] if index in replaced
                   else ["\t".join(r)])
    return "\n".join(out) + "\n"


def mean_confidence(tsv: str) -> float:
    """The mean confidence (0-100) of the words in Tesseract's TSV output; 0 for none."""
    found = [_confidence(r) for r in (row.split("\t") for row in tsv.splitlines()[1:])
             if len(r) >= 12 and r[0] == "5" and "\t".join(r[11:]).strip()]
    found = [c for c in found if c >= 0]
    return statistics.fmean(found) if found else 0.0


def orientation(osd: str) -> tuple[int, float] | None:
    """Tesseract's orientation detection (``--psm 0``) output as (degrees to turn the page
    clockwise, confidence), or None when it says neither."""
    turn = re.search(r"^Rotate:\s*(\d+)", osd, re.M)
    sure = re.search(r"^Orientation confidence:\s*([\d.]+)", osd, re.M)
    if not turn or not sure:
        return None
    degrees = int(turn[1]) % 360
    return (degrees, float(sure[1])) if degrees in (0, 90, 180, 270) else None


def _read_upright(tsv: str, picture: Any, image: Path, tesseract: str, number: int, dpi: int,
                  psm: int, deadline: float) -> tuple[str, Any, list, int] | None:
    """A page read poorly, turned the way Tesseract's orientation detection says and read
    again: (its TSV, the turned straight picture, its rulings, quarter turns clockwise), or
    None when it is upright, the detection is unsure or fails, or the turned page reads no
    better. Only pages read poorly pay for this, so upright scans cost nothing more."""
    from PIL import Image

    remaining = deadline - time.monotonic()
    try:
        osd = _run([tesseract, str(image), "-", "--psm", "0", "--dpi", str(dpi)],
                   "tesseract", min(CALL_TIMEOUT, remaining), number)
    except _Failed:
        return None  # no orientation data installed, or a time-out: the first reading stands
    found = orientation(osd)
    if found is None or found[0] == 0 or found[1] < MIN_ORIENTATION_CONFIDENCE:
        return None
    degrees = found[0]
    # Written beside the page's image, which stays as it is unless the turn is kept.
    path = image.with_name(f"turned-{number}.pgm")
    try:
        # Pillow turns counter-clockwise; Tesseract says how far to turn clockwise.
        picture.rotate(-degrees, expand=True).save(path)
        straight, rulings = _straighten(path, number, dpi)
        remaining = deadline - time.monotonic()
        if straight is None or remaining <= 1:
            return None
        again = _run([tesseract, str(path), "-", "--psm", str(psm), "--dpi", str(dpi), "-l",
                      LANGUAGE, "tsv"], "tesseract", min(CALL_TIMEOUT, remaining), number)
        if mean_confidence(again) < mean_confidence(tsv) + UPRIGHT_GAIN:
            return None
        os.replace(path, image)
    except (_Failed, OSError, ValueError):
        return None
    finally:
        path.unlink(missing_ok=True)
    log.debug("page %d turned %d degrees: it was fed sideways or upside down", number, degrees)
    return again, straight, rulings, degrees // 90


def _confidence(row: list[str]) -> float:
    try:
        return float(row[10])
    except (ValueError, IndexError):
        return -1.0


def _run(args: list[str], name: str, timeout: float, page: int) -> str:
    """Run one program; its stdout, or :class:`_Failed` on a time-out or a failure."""
    env = dict(os.environ)
    # Tesseract's OpenMP threads fight each other (and batch workers) for the CPUs: one
    # thread read a page three times faster on a busy two-CPU machine.
    env["OMP_THREAD_LIMIT"] = "1"
    try:
        # Its own session, so a time-out or Ctrl-C stops it and anything it started.
        process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env, start_new_session=True)
    except OSError as e:
        raise _Failed(f"{name} could not be started ({e.strerror or 'a system error'})"
                      ) from None
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise _Failed(f"{name} took over {timeout:.3g} seconds on page {page}") from None
    except BaseException:  # Ctrl-C, or the batch runner's time limit
        _stop(process)
        raise
    if process.returncode != 0:
        # stderr may quote the document: only its size goes to the debug log.
        log.debug("%s exited with %d (%d bytes on stderr)", name, process.returncode,
                  len(err))
        raise _Failed(f"{name} failed on page {page} (exit code {process.returncode})")
    return out.decode("utf-8", errors="replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill a program started by :func:`_run` and its process group, and reap it."""
    try:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:  # pragma: no cover - Windows
            process.kill()
    except OSError:
        pass  # it has just ended
    try:
        process.communicate(timeout=5)
    except (subprocess.TimeoutExpired, OSError):
        pass


def tsv_runs(tsv: str, page: int, dpi: int) -> tuple[list[TextRun], list[float]]:
    """Runs (PDF points, origin bottom left) from one page of Tesseract's TSV output, and
    the confidences of the words kept.

    A line's words run together into one run up to a wide gap or a table rule (``|``).
    Words at or under ``MIN_CONFIDENCE`` are left out but still close a gap, so dropping a
    smudged word does not split a phrase; rules and unsure words never size the line.
    """
    scale = 72.0 / dpi
    page_height: float | None = None
    # (block, paragraph, line) -> words as (left, top, width, height, text, kept)
    lines: dict[tuple[str, str, str], list[tuple[int, int, int, int, str, bool]]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        try:
            level = int(cells[0])
            left, top, width, height = (int(v) for v in cells[6:10])
            conf = float(cells[10])
        except ValueError:
            continue
        if level == 1:
            page_height = height * scale
            continue
        text = "\t".join(cells[11:]).strip()
        if level != 5 or not text:
            continue
        kept = conf > MIN_CONFIDENCE and not set(text) <= _RULES
        if kept:
            confidences.append(conf)
        lines.setdefault((cells[2], cells[3], cells[4]), []).append(
            (left, top, width, height, text, kept))
    if page_height is None:
        return [], []
    runs = []
    for words in lines.values():
        sure = [w for w in words if w[5]]
        if not sure:
            continue
        words.sort(key=lambda w: w[0])
        bottom = max(top + height for _, top, _, height, _, _ in sure)
        size_px = statistics.median(w[3] for w in sure) * _HEIGHT_TO_SIZE
        size = max(size_px * scale, 1.0)
        y = page_height - bottom * scale
        pieces: list[list[Any]] = []
        end: int | None = None
        for left, _, width, _, text, kept in words:
            if set(text) <= _RULES:  # a table's vertical rule: a cell boundary, not text
                end = None
                continue
            wide = end is None or left - end > _WIDE_GAP * size_px
            end = left + width
            if not kept:
                continue
            if wide or not pieces:
                pieces.append([left, text])
            else:
                pieces[-1][1] = f"{pieces[-1][1]} {text}"
        runs.extend(TextRun(text=text, x=left * scale, y=y, size=size, page=page)
                    for left, text in pieces)
    return runs, confidences


def _may_be_box(text: str) -> bool:
    """Whether a short word OCR read may be its reading of a check box: only characters a
    box is read as ("&", "O", "[X]"; not the "Y" or "N" of a Provided column)."""
    return set(text) <= _BOX_LOOKALIKES


def tsv_page(tsv: str, page: int, dpi: int, size: tuple[float, float], picture: Any = None,
             rulings: Sequence[tuple[int, int, int, int]] = ()) -> LayoutPage:
    """A layout page (points, origin top left) from one page of Tesseract's TSV output: its
    sure words with their boxes, the ``rulings`` found on the image (pixel boxes), and,
    when the straight ``picture`` is given, the boxes of ink no word or ruling explains."""
    from iwp.read import scan

    scale = 72.0 / dpi
    width, height = size
    out = LayoutPage(number=page, width=width, height=height, scanned=True)
    # (block, paragraph, line) -> word rows: a line's words share one font size
    lines: dict[tuple[str, str, str], list[tuple[int, int, int, int, str]]] = {}
    explained: list[tuple[int, int, int, int]] = list(rulings)
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        try:
            left, top, w, h = (int(v) for v in cells[6:10])
            conf = float(cells[10])
        except ValueError:
            continue
        text = "\t".join(cells[11:]).strip()
        if set(text) <= _RULES:
            continue
        if picture is not None and len(text) <= _BOX_TEXT_MAX and _may_be_box(text):
            ticked = scan.tick_box(picture, (left, top, left + w, top + h), dpi)
            if ticked is not None:  # a check box OCR read as "&", "O" or "[X]"
                out.checkboxes.append(CheckBox(left * scale, top * scale, (left + w) * scale,
                                               (top + h) * scale, ticked))
                explained.append((left, top, left + w, top + h))
                continue
        stripped = text.strip(_SPECKS)
        if conf <= MIN_CONFIDENCE or not stripped:
            continue
        if not any(c.isalnum() for c in stripped) and not set(stripped) & _SIGNS:
            continue  # ":", ".", "+": specks of dust OCR read as punctuation
        lines.setdefault((cells[2], cells[3], cells[4]), []).append((left, top, w, h, stripped))
    heights = sorted(w[3] for words in lines.values() for w in words)
    if heights:
        # A "word" many times taller than the page's text is OCR's reading of a graphic (a
        # column of boxes, a stamp): it would join the lines beside it into one, and what
        # it covers is looked at as marks (check boxes, ink) instead.
        tallest = heights[len(heights) // 2] * _TALL_WORD
        lines = {key: [w for w in words if w[3] <= tallest] for key, words in lines.items()}
        lines = {key: words for key, words in lines.items() if words}
    explained += [(left, top, left + w, top + h) for words in lines.values()
                  for left, top, w, h, _ in words]
    for words in lines.values():
        typical = statistics.median(w[3] for w in words)
        size = max(typical * _HEIGHT_TO_SIZE * scale, 1.0)
        # A speck of dust touching a letter makes its box taller than its line: the box is
        # kept within the line's band, so it does not reach over a table's border.
        band_top = statistics.median(w[1] for w in words) - _BAND_SLACK * typical
        band_bottom = statistics.median(w[1] + w[3] for w in words) + _BAND_SLACK * typical
        for left, top, w, h, text in words:
            top, bottom = max(top, band_top), min(top + h, band_bottom)
            if bottom <= top:
                continue
            out.words.append(Word(text, left * scale, top * scale, (left + w) * scale,
                                  bottom * scale, size))
    out.rulings = [Ruling(x0 * scale, top * scale, x1 * scale, bottom * scale)
                   for x0, top, x1, bottom in rulings]
    if picture is not None:
        word_boxes = [(left, top, left + w, top + h) for words in lines.values()
                      for left, top, w, h, _ in words]
        marks = scan.ink_marks(picture, dpi, explained, scan.text_area(word_boxes, dpi))
        kept = []
        for mark in marks or []:
            box = (min(r[0] for r in mark), min(r[1] for r in mark),
                   max(r[2] for r in mark), max(r[3] for r in mark))
            ticked = scan.tick_box(picture, box, dpi)
            if ticked is not None:  # a check box OCR read no word for
                out.checkboxes.append(CheckBox(box[0] * scale, box[1] * scale, box[2] * scale,
                                               box[3] * scale, ticked))
                continue
            kept.append(InkMark([(x0 * scale, top * scale, x1 * scale, bottom * scale)
                                 for x0, top, x1, bottom in mark]))
        out.ink = None if marks is None else kept
    return out
