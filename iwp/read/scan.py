"""Step 5 - read: what a scanned page's pixels say besides its words.

OCR (:mod:`iwp.read.ocr`) reads the words; this module looks at the page image itself, with
Pillow only (its C routines do the per-pixel work; Python only walks rows and small grids):

- :func:`skew_angle` finds how far a page was rotated on the scanner (a projection search:
  the angle at which the rows of ink line up best), so :func:`deskew` can turn it straight
  and a table's row reads as one line again;
- :func:`find_rulings` finds table borders and lines to sign on: long runs of dark pixels
  that are thin (light just above and below them), so the layout reader gets cells and
  column boundaries from a scan as it does from a text PDF;
- :func:`ink_marks` finds marks that neither a recognised word nor a ruling explains (a
  handwritten signature, a word OCR could not read), grouped into boxes, specks left out.

Images are 8-bit greyscale (mode ``L``), dark ink on light paper. Boxes are returned in
pixels ``(x0, top, x1, bottom)`` with the origin at the top left; the caller scales them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from PIL import Image, ImageChops, ImageDraw

PixelBox = tuple[int, int, int, int]

# --- tolerances, each with the measurement that chose it ------------------------------------

# A scanner feeds a page at most a few degrees askew (the corpus scans are 1-2 degrees; more
# than SKEW_MAX_DEGREES is a page put in crooked, which a person rescans).
SKEW_MAX_DEGREES = 4.0
SKEW_COARSE_STEP = 0.5
SKEW_FINE_STEP = 0.1
# Turning a page by less than this is not worth the blur of resampling: it is within the
# search's own step, and 0.1 degree moves the far edge of a letter page by about 1 pt.
SKEW_MIN_DEGREES = 0.15
# The skew search works on the page reduced by this factor (100 dpi from 200: text lines
# still 8-12 pixels high, the search four times faster).
SKEW_REDUCE = 2
# A pixel darker than this (0 black .. 255 white) is ink. Scanned paper measured 235-250,
# grey table shading 215-225, a blurred 0.5 pt table border 60-190 at its darkest.
DARK_LEVEL = 200
# Ink that makes a mark (a pen stroke, a speck that counts) is darker still: blurred specks
# of toner dust measured 150-230 at their darkest, pen strokes and text under 120.
INK_LEVEL = 160
# A ruling is at least this long (points): table borders run across a cell (the narrowest
# measured 25 pt); a dash or a hyphen is under 12 pt.
RULING_MIN_LENGTH = 22.0
# ... and thin: light this far (points) above and below it, or left and right of a vertical
# one (table borders measured 0.5-1.5 pt thick; a letter's stroke has ink beside it).
RULING_CLEARANCE = 1.5
# Pieces of one ruling parted by a crossing line, a speck or a pen stroke up to this many
# points apart are one ruling; parallel runs within RULING_JOIN_ACROSS points are its
# thickness. Pieces shorter than RULING_PIECE are not looked at (a letter's bar, 2-6 pt).
RULING_JOIN_ALONG = 6.0
RULING_JOIN_ACROSS = 1.5
RULING_PIECE = 8.0
# The rows of a ruling are those dark along at least this share of its length.
RULING_CORE_SHARE = 0.5
# A check box drawn on a form is a square (sides within CHECKBOX_ASPECT of each other)
# CHECKBOX_MIN-CHECKBOX_MAX points wide (printed boxes measured 7-14 pt; the glyph boxes
# of word-processor forms 7-9 pt; a letter "a" or "o" of 9-10 pt text 5 pt), looked for
# within CHECKBOX_PAD points of the word OCR read there. Its four sides (each
# CHECKBOX_SIDE of its width deep) are at least CHECKBOX_SIDE_INK inked; inside them,
# CHECKBOX_TICK_INK of ink is a tick or a cross (an X measured 20-35 %, an empty box's
# blur and specks under 6 %).
CHECKBOX_MIN, CHECKBOX_MAX = 6.0, 18.0
CHECKBOX_ASPECT = 1.25
CHECKBOX_PAD = 1.0
CHECKBOX_SIDE = 0.15
CHECKBOX_SIDE_INK = 0.45
CHECKBOX_TICK_INK = 0.12
# A ruling is erased (for Tesseract) with this much (points) on each side of it: the blur
# of a 150-dpi scan spreads a border over 3-4 pixels at 200 dpi.
RULING_ERASE_MARGIN = 0.75
# Around a word or a ruling this much (points) is theirs, not stray ink (anti-aliasing,
# a letter's tail outside Tesseract's box).
INK_MARGIN = 1.5
# Stray ink is looked at in cells of this many points (specks are one cell).
INK_CELL = 1.5
# A mark counts as ink when its box is at least this wide or tall (points) and it covers
# at least INK_MIN_CELLS cells: a signature's strokes measured 40-150 pt wide; specks,
# dots and JPEG noise 1-3 pt.
INK_MIN_EXTENT = 6.0
INK_MIN_CELLS = 8
# Marks closer than this (points) are one mark (the strokes of one signature).
INK_JOIN = 4.0
# A page with more stray-ink cells than this (a page OCR could hardly read) is not searched
# mark by mark: its marks are not told apart from its text anyway.
MAX_INK_CELLS = 40_000
# Ink is looked for at most this far (points) outside the words a page's OCR recognised: a
# signature sits among its captions, the desk around a photographed sheet (its margins
# measured 40-60 pt outside the text) is no ink.
INK_AREA_MARGIN = 18.0


# --- skew -------------------------------------------------------------------------------------

def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise as :meth:`PIL.Image.Image.rotate` turns) that
    makes the page's rows of ink horizontal; 0.0 for a blank page."""
    small = image.reduce(SKEW_REDUCE) if min(image.size) > 200 * SKEW_REDUCE else image
    ink = small.point(_lut(lambda v: 255 if v < DARK_LEVEL else 0))
    if ink.getbbox() is None:
        return 0.0

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        profile = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return float(sum((profile[i + 1] - profile[i]) ** 2 for i in range(len(profile) - 1)))

    # Of equally sharp angles the one nearest zero wins (a straight page stays straight).
    steps = int(SKEW_MAX_DEGREES / SKEW_COARSE_STEP)
    best = max((sharpness(k * SKEW_COARSE_STEP), -abs(k), k * SKEW_COARSE_STEP)
               for k in range(-steps, steps + 1))[2]
    fine = int(SKEW_COARSE_STEP / SKEW_FINE_STEP)
    best = max((sharpness(best + k * SKEW_FINE_STEP), -abs(best + k * SKEW_FINE_STEP),
                best + k * SKEW_FINE_STEP) for k in range(-fine, fine + 1))[2]
    return round(best, 2)


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    """The page turned straight, and the angle it was turned by (0.0: left as it was)."""
    angle = skew_angle(image)
    if abs(angle) < SKEW_MIN_DEGREES:
        return image, 0.0
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255), angle


# --- rulings ----------------------------------------------------------------------------------

def find_rulings(image: Image.Image, dpi: float) -> list[PixelBox]:
    """Horizontal and vertical ruling lines of a (straight) page, as pixel boxes."""
    px = dpi / 72.0
    piece, length = max(int(RULING_PIECE * px), 4), max(int(RULING_MIN_LENGTH * px), 8)
    clearance = max(int(round(RULING_CLEARANCE * px)), 2)
    along, across = int(RULING_JOIN_ALONG * px), max(int(RULING_JOIN_ACROSS * px), 1)
    horizontal = _join_runs(_thin_runs(image, piece, clearance), along, across)
    turned = image.transpose(Image.Transpose.TRANSPOSE)
    vertical = _join_runs(_thin_runs(turned, piece, clearance), along, across)
    return ([(x0, y0, x1, y1) for x0, y0, x1, y1 in horizontal if x1 - x0 >= length]
            + [(y0, x0, y1, x1) for x0, y0, x1, y1 in vertical if x1 - x0 >= length])


def _thin_runs(image: Image.Image, length: int, clearance: int) -> list[tuple[int, int, int]]:
    """Runs ``(x0, y, x1)`` of at least ``length`` pixels that are dark on row ``y`` (or the
    row under it) with light ``clearance`` rows above and below."""
    dark = image.point(_lut(lambda v: 255 if v < DARK_LEVEL else 0))
    light = image.point(_lut(lambda v: 255 if v >= DARK_LEVEL else 0))
    dark = ImageChops.lighter(dark, ImageChops.offset(dark, 0, -1))
    thin = ImageChops.multiply(dark, ImageChops.offset(light, 0, clearance))
    thin = ImageChops.multiply(thin, ImageChops.offset(light, 0, -clearance - 1))
    # Bridge a pixel or two of JPEG noise along the line.
    bridged = thin
    for shift in (1, 2):
        bridged = ImageChops.lighter(bridged, ImageChops.offset(thin, shift, 0))
    width, height = bridged.size
    data = bridged.tobytes()
    pattern = re.compile(rb"\xff{%d,}" % length)
    runs = []
    for y in range(clearance, height - clearance - 1):
        start = y * width
        for match in pattern.finditer(data, start, start + width):
            runs.append((match.start() - start, y, match.end() - start))
    return runs


def _join_runs(runs: Iterable[tuple[int, int, int]], along: int, across: int
               ) -> list[PixelBox]:
    """Runs on nearby rows that overlap or nearly touch become one box per ruling. Its
    thickness is that of the rows that run along most of it: a pen stroke or a letter that
    touches a ruling adds a short run beside it, which does not thicken it."""
    boxes: list[list[Any]] = []  # x0, top, x1, bottom, {row: pixels of runs on it}
    for x0, y, x1 in sorted(runs, key=lambda r: (r[1], r[0])):
        for box in reversed(boxes[-40:]):
            if y - box[3] <= across and x0 <= box[2] + along and x1 >= box[0] - along:
                box[0], box[2], box[3] = min(box[0], x0), max(box[2], x1), max(box[3], y + 1)
                box[4][y] = box[4].get(y, 0) + x1 - x0
                break
        else:
            boxes.append([x0, y, x1, y + 1, {y: x1 - x0}])
    out = []
    for x0, _, x1, _, rows in boxes:
        core = [y for y, covered in rows.items() if covered >= RULING_CORE_SHARE * (x1 - x0)]
        if core:
            out.append((x0, min(core), x1, max(core) + 1))
    return out


def erase(image: Image.Image, boxes: Sequence[PixelBox], dpi: float) -> Image.Image:
    """A copy of ``image`` with ``boxes`` (rulings) painted paper-white, with the
    anti-aliased pixels around them."""
    margin = max(int(round(RULING_ERASE_MARGIN * dpi / 72.0)), 1)
    copy = image.copy()
    draw = ImageDraw.Draw(copy)
    for x0, top, x1, bottom in boxes:
        draw.rectangle((x0, top - margin, x1 - 1, bottom - 1 + margin), fill=255) \
            if x1 - x0 >= bottom - top else \
            draw.rectangle((x0 - margin, top, x1 - 1 + margin, bottom - 1), fill=255)
    return copy


# A vertical line that runs from the top edge of the page to the bottom edge, in pieces
# that drift sideways (a fax's or scanner's streak: a dirty sensor drew it through the
# text), is no ruling: a table's border never reaches the paper's edges. Pieces belong to
# one line when they lie within STREAK_DRIFT points of each other sideways and at most
# STREAK_BREAK points apart along it (fax streaks measured 13-55 pt breaks where text was
# lighter, drifting 1-2 pt a piece); the line reaches an edge within STREAK_EDGE points.
STREAK_DRIFT = 3.0
STREAK_BREAK = 72.0
STREAK_EDGE = 12.0


def without_streaks(boxes: Sequence[PixelBox], height: int, dpi: float) -> list[PixelBox]:
    """``boxes`` (rulings) less the pieces of streaks that run the page's whole height."""
    px = dpi / 72.0
    vertical = sorted((b for b in boxes if b[3] - b[1] > b[2] - b[0]), key=lambda b: b[1])
    chains: list[list[PixelBox]] = []
    for box in vertical:
        middle = (box[0] + box[2]) / 2
        for chain in chains:
            last = max(chain, key=lambda b: b[3])
            if abs((last[0] + last[2]) / 2 - middle) <= STREAK_DRIFT * px and \
                    box[1] - last[3] <= STREAK_BREAK * px:
                chain.append(box)
                break
        else:
            chains.append([box])
    streaks = {box for chain in chains
               if min(b[1] for b in chain) <= STREAK_EDGE * px
               and max(b[3] for b in chain) >= height - STREAK_EDGE * px
               for box in chain}
    return [b for b in boxes if b not in streaks]


def text_area(words: Sequence[PixelBox], dpi: float) -> PixelBox | None:
    """Where a page's recognised words lie, widened by ``INK_AREA_MARGIN`` on every side:
    the part of the sheet where ink can be writing (None without words)."""
    if not words:
        return None
    pad = int(round(INK_AREA_MARGIN * dpi / 72.0))
    return (min(w[0] for w in words) - pad, min(w[1] for w in words) - pad,
            max(w[2] for w in words) + pad, max(w[3] for w in words) + pad)


# --- check boxes -----------------------------------------------------------------------------

def tick_box(image: Image.Image, box: PixelBox, dpi: float) -> bool | None:
    """Whether the small box drawn around ``box`` (a word OCR read there: "&", "O", "[X]")
    is ticked: True (ink inside it), False (empty), None (no box drawn there)."""
    px = dpi / 72.0
    pad = max(int(round(CHECKBOX_PAD * px)), 1)
    x0, top, x1, bottom = box
    crop = image.crop((x0 - pad, top - pad, x1 + pad, bottom + pad))
    dark = crop.point(_lut(lambda v: 255 if v < DARK_LEVEL else 0))
    found = dark.getbbox()
    if found is None:
        return None
    width, height = found[2] - found[0], found[3] - found[1]
    if not (CHECKBOX_MIN * px <= min(width, height) and max(width, height) <= CHECKBOX_MAX * px
            and max(width, height) / max(min(width, height), 1) <= CHECKBOX_ASPECT):
        return None
    side = max(int(round(width * CHECKBOX_SIDE)), 2)
    l, t, r, b = found
    sides = [(l, t, r, t + side), (l, b - side, r, b), (l, t, l + side, b), (r - side, t, r, b)]
    if min(_share(dark, s) for s in sides) < CHECKBOX_SIDE_INK:
        return None
    inner = (l + side + 1, t + side + 1, r - side - 1, b - side - 1)
    if inner[2] <= inner[0] or inner[3] <= inner[1]:
        return None
    return _share(dark, inner) >= CHECKBOX_TICK_INK


def _share(mask: Image.Image, box: PixelBox) -> float:
    """The share of a 0/255 mask's pixels in ``box`` that are set."""
    region = mask.crop(box)
    counts = region.histogram()
    return counts[255] / max(region.width * region.height, 1)


# --- stray ink --------------------------------------------------------------------------------

def ink_marks(image: Image.Image, dpi: float, explained: Sequence[PixelBox],
              area: PixelBox | None = None) -> list[list[PixelBox]] | None:
    """The marks on the page that none of the ``explained`` boxes (recognised words,
    rulings) covers: handwriting, a drawn signature, words OCR could not read; specks and
    noise are left out. Each mark is a list of pixel boxes, one per stretch of ink along a
    row of ``INK_CELL`` cells, so a caller can tell how much of a mark lies in a place.
    Only ``area`` (when given: where the sheet's text lies) is searched, so the desk around
    a photographed sheet is not taken for ink. None when the page has too much such ink to
    tell marks apart."""
    px = dpi / 72.0
    margin = int(round(INK_MARGIN * px))
    ink = image.point(_lut(lambda v: 255 if v < INK_LEVEL else 0))
    draw = ImageDraw.Draw(ink)
    if area is not None:
        width, height = ink.size
        x0, top, x1, bottom = area
        for outside in ((0, 0, width, top - 1), (0, bottom + 1, width, height),
                        (0, 0, x0 - 1, height), (x1 + 1, 0, width, height)):
            if outside[2] >= outside[0] and outside[3] >= outside[1]:
                draw.rectangle(outside, fill=0)
    for x0, top, x1, bottom in explained:
        draw.rectangle((x0 - margin, top - margin, x1 + margin, bottom + margin), fill=0)
    if ink.getbbox() is None:
        return []
    cell = max(int(round(INK_CELL * px)), 1)
    # A cell is inked when a sixth of it is: a lone speck pixel in a cell is not.
    grid = ink.reduce(cell)
    columns, rows = grid.size
    data = grid.tobytes()
    threshold = 255 // 6
    if sum(value >= threshold for value in data) > MAX_INK_CELLS:
        return None
    seen = bytearray(len(data))
    join = max(int(round(INK_JOIN / INK_CELL)), 1)
    marks: list[list[PixelBox]] = []
    for index, value in enumerate(data):
        if value < threshold or seen[index]:
            continue
        # Cells within ``join`` of each other belong to one mark.
        stack, cells = [index], []
        seen[index] = 1
        while stack:
            here = stack.pop()
            cells.append(here)
            cx, cy = here % columns, here // columns
            for ny in range(max(cy - join, 0), min(cy + join + 1, rows)):
                row = ny * columns
                for nx in range(max(cx - join, 0), min(cx + join + 1, columns)):
                    there = row + nx
                    if not seen[there] and data[there] >= threshold:
                        seen[there] = 1
                        stack.append(there)
        xs = [c % columns for c in cells]
        ys = [c // columns for c in cells]
        extent = max(max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) * INK_CELL
        if len(cells) >= INK_MIN_CELLS and extent >= INK_MIN_EXTENT:
            marks.append(_row_stretches(sorted(cells), columns, cell))
    return marks


def _row_stretches(cells: list[int], columns: int, cell: int) -> list[PixelBox]:
    """Sorted grid cells as pixel boxes, one per run of neighbouring cells on a row."""
    out: list[PixelBox] = []
    start = previous = cells[0]
    for here in cells[1:] + [-2]:
        if here == previous + 1 and here // columns == previous // columns:
            previous = here
            continue
        y = start // columns
        out.append(((start % columns) * cell, y * cell, (previous % columns + 1) * cell,
                    (y + 1) * cell))
        start = previous = here
    return out


def _lut(function) -> list[int]:
    """A 256-entry lookup table for :meth:`PIL.Image.Image.point` (faster than a lambda)."""
    return [function(v) for v in range(256)]
