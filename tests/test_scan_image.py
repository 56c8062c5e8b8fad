"""What a scanned page's pixels say (iwp.read.scan), and how the reader uses it for
signatures on a scan: one small Pillow-drawn image or hand-made page per situation.

Images are drawn at 200 dpi (what iwp.read.ocr draws pages at), dark ink on light grey
paper, with specks of toner dust like the corpus scans.
"""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest
from PIL import Image, ImageDraw

from iwp.read import scan
from iwp.read.layout import InkMark, LayoutPage, Ruling, Word
from iwp.read.plan import SIGNATURE_INK_WIDTH, read_pages
from test_pairing import line

DPI = 200
PX = DPI / 72.0
PAPER, INK = 242, 40


def paper(width: int = 900, height: int = 320, specks: int = 300) -> Image.Image:
    """Light grey paper with specks of dust (1-2 pixels, mid grey)."""
    image = Image.new("L", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    rng = random.Random(7)
    for _ in range(specks):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.rectangle((x, y, x + rng.choice((0, 1)), y), fill=rng.randint(90, 170))
    return image


def signing_line(image: Image.Image, y: int = 220, x0: int = 100, x1: int = 760) -> None:
    ImageDraw.Draw(image).line((x0, y, x1, y), fill=60, width=2)


def scribble(image: Image.Image, x0: float, width: float, middle: float, height: float,
             loops: int = 5) -> None:
    """A looping pen stroke, as a handwritten signature."""
    points = []
    for k in range(121):
        t = k / 120
        points.append((x0 + t * width + math.sin(t * loops * 2 * math.pi) * height * 0.25,
                       middle + math.cos(t * loops * 2 * math.pi) * height * 0.45))
    ImageDraw.Draw(image).line(points, fill=INK, width=3, joint="curve")


def test_a_page_fed_askew_is_found_and_turned_straight() -> None:
    image = paper(900, 700, specks=0)
    draw = ImageDraw.Draw(image)
    for row in range(12):  # rows of "words": dark blocks with gaps, as lines of text
        for col in range(10):
            draw.rectangle((60 + col * 80, 60 + row * 50, 120 + col * 80, 76 + row * 50),
                           fill=INK)
    tilted = image.rotate(-1.5, resample=Image.Resampling.BICUBIC, fillcolor=PAPER)
    assert abs(scan.skew_angle(tilted) - 1.5) <= 0.15
    straight, angle = scan.deskew(tilted)
    assert abs(angle - 1.5) <= 0.15 and straight.size == tilted.size
    assert scan.deskew(image)[1] == 0.0  # a straight page is left as it is


def test_rulings_are_found_and_text_is_not_taken_for_one() -> None:
    image = paper()
    draw = ImageDraw.Draw(image)
    draw.rectangle((80, 40, 820, 280), outline=70, width=2)  # a table's frame
    draw.line((400, 40, 400, 280), fill=70, width=2)  # its column border
    for col in range(6):  # a line of "text": letters 14 px wide, 4 px apart
        for letter in range(5):
            x = 110 + col * 45 + letter * 18 if col < 3 else 420 + (col - 3) * 120 + letter * 18
            draw.rectangle((x, 140, x + 13, 162), fill=INK)
    rulings = scan.find_rulings(image, DPI)
    horizontal = [r for r in rulings if r[2] - r[0] > r[3] - r[1]]
    vertical = [r for r in rulings if r[2] - r[0] <= r[3] - r[1]]
    assert sorted(round(r[1] / 10) for r in horizontal) == [4, 28]
    assert sorted(round(r[0] / 10) for r in vertical) == [8, 40, 82]
    assert not any(130 <= r[1] <= 170 for r in horizontal)  # the text line is no ruling


def test_a_signed_line_has_ink_on_it() -> None:
    image = paper()
    signing_line(image)
    scribble(image, 180, 260, 195, 50)
    rulings = scan.find_rulings(image, DPI)
    assert any(r[1] <= 221 <= r[3] + 1 for r in rulings)  # the line is found under the ink
    marks = scan.ink_marks(image, DPI, rulings)
    assert marks
    widest = max(max(b[2] for b in m) - min(b[0] for b in m) for m in marks)
    assert widest >= SIGNATURE_INK_WIDTH * PX


def test_a_blank_line_has_no_ink_only_specks() -> None:
    image = paper(specks=600)
    signing_line(image)
    rulings = scan.find_rulings(image, DPI)
    assert rulings
    assert scan.ink_marks(image, DPI, rulings) == []


def test_a_small_stray_mark_is_ink_too_small_for_a_signature() -> None:
    image = paper()
    signing_line(image)
    ImageDraw.Draw(image).line((300, 200, 318, 214, 330, 196), fill=INK, width=3)
    marks = scan.ink_marks(image, DPI, scan.find_rulings(image, DPI))
    assert len(marks) == 1
    width = max(b[2] for b in marks[0]) - min(b[0] for b in marks[0])
    assert 0 < width < SIGNATURE_INK_WIDTH * PX


def test_words_ocr_recognised_are_not_ink() -> None:
    image = paper()
    signing_line(image)
    scribble(image, 180, 260, 195, 50)
    rulings = scan.find_rulings(image, DPI)
    assert scan.ink_marks(image, DPI, rulings + [(150, 160, 470, 230)]) == []


def test_check_boxes_ticked_empty_and_a_letter() -> None:
    image = paper(400, 120, specks=0)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 40, 44, 64), outline=INK, width=2)  # 24 px = 8.6 pt
    draw.line((24, 44, 40, 60), fill=INK, width=2)
    draw.line((24, 60, 40, 44), fill=INK, width=2)
    draw.rectangle((100, 40, 124, 64), outline=INK, width=2)
    draw.ellipse((200, 40, 224, 64), outline=INK, width=3)  # the letter O, round
    assert scan.tick_box(image, (22, 42, 42, 62), DPI) is True
    assert scan.tick_box(image, (102, 42, 122, 62), DPI) is False
    assert scan.tick_box(image, (202, 42, 222, 62), DPI) is None
    assert scan.tick_box(image, (300, 42, 320, 62), DPI) is None  # nothing there


# --- the reader: signatures on a scanned page --------------------------------------------------

def _words(text: str, x: float, top: float, size: float = 9.0) -> list[Word]:
    """The words of a scanned line (9-point text by default), as test_pairing sets them."""
    return line(text, x, top, size)


def _signature_page(ink: list[InkMark] | None) -> LayoutPage:
    """A scanned page's signatures table: Signer | Signature | Date, a row per party; the
    Ticketholder's signature cell (200-430 x 247-260) holds whatever ``ink`` says."""
    words = (_words("Signatures", 50, 205, 12) + _words("Signer", 54, 236)
             + _words("Signature", 205, 236) + _words("Date", 436, 236)
             + _words("Ticketholder", 54, 250) + _words("June 28, 2026", 436, 250)
             + _words("EN representative", 54, 263) + _words("/s/ Imogen S. Halvorsen", 205, 263)
             + _words("June 30, 2026", 436, 263))
    rulings = [Ruling(49, y, 554, y + 1) for y in (233, 247, 260, 274)]
    rulings += [Ruling(x, 233, x + 1, 274) for x in (49, 200, 431, 554)]
    return LayoutPage(3, words=words, rulings=rulings, scanned=True, ink=ink)


def test_ink_in_the_signature_cell_is_a_signature() -> None:
    pen = InkMark([(210.0, 249.0 + k, 300.0, 250.0 + k) for k in range(8)])
    plan = read_pages([_signature_page([pen])])
    assert plan.data["signatures"]["ticketholder"]["method"] == "wet"
    assert plan.evidence["signatures.ticketholder.method"].how == "ink on the signature line"
    assert plan.data["signatures"]["ticketholder"]["date"] == dt.date(2026, 6, 28)
    assert "ticketholder_signature" not in plan.doubts


def test_a_clean_signature_cell_is_unsigned_with_no_doubt() -> None:
    plan = read_pages([_signature_page([])])
    assert "method" not in plan.data["signatures"].get("ticketholder", {})
    assert "ticketholder_signature" not in plan.doubts
    assert plan.data["signatures"]["en_representative"]["method"] == "electronic"


def test_a_small_mark_in_the_signature_cell_is_a_doubt() -> None:
    tick = InkMark([(260.0, 250.0, 266.0, 251.5), (261.0, 251.5, 265.0, 253.0)])
    plan = read_pages([_signature_page([tick])])
    assert "method" not in plan.data["signatures"].get("ticketholder", {})
    assert "small mark" in plan.doubts["ticketholder_signature"]


def test_the_edge_of_the_next_signature_is_not_a_signature() -> None:
    # The EN's pen signature sits in its own row; its loops reach 2 pt into the row above.
    pen = InkMark([(210.0 + 10 * k, 256.5, 214.0 + 10 * k, 258.0) for k in range(8)]
                  + [(210.0, 261.0 + k, 300.0, 262.0 + k) for k in range(10)])
    page = _signature_page([pen])
    page.words = [w for w in page.words if not w.text.startswith(("/s/", "Imogen", "S.",
                                                                  "Halvorsen"))]
    plan = read_pages([page])
    assert plan.data["signatures"]["en_representative"]["method"] == "wet"
    assert "method" not in plan.data["signatures"].get("ticketholder", {})
    assert "ticketholder_signature" not in plan.doubts


def test_a_scan_whose_marks_could_not_be_told_apart_is_a_doubt() -> None:
    plan = read_pages([_signature_page(None)])
    assert "could not be told apart" in plan.doubts["ticketholder_signature"]


def test_pen_strokes_ocr_read_as_letters_are_ink_not_a_name() -> None:
    page = _signature_page([])
    page.words += _words("LAE", 215, 250)  # a scribble Tesseract took for three letters
    page.words[-1].x1 = 260.0
    plan = read_pages([page])
    assert plan.data["signatures"]["ticketholder"]["method"] == "wet"
    assert plan.evidence["signatures.ticketholder.method"].how == "ink on the signature line"


def test_a_short_word_read_surely_is_a_word_even_where_its_ink_passes_for_a_box() -> None:
    # Bold capitals ("IN", a Provided column's "N") or a photo's thick strokes can fill a
    # box's four sides; OCR read letters no check box is read as, so they stay words. A box
    # read as "&" is a box.
    from iwp.read import ocr

    image = paper(400, 120, specks=0)
    draw = ImageDraw.Draw(image)
    for left in (20, 100, 200):
        draw.rectangle((left, 40, left + 24, 64), outline=INK, width=2)
        draw.line((left + 4, 44, left + 20, 60), fill=INK, width=2)
    head = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
            "\tconf\ttext")
    rows = ["1\t1\t0\t0\t0\t0\t0\t0\t400\t120\t-1\t",
            "5\t1\t1\t1\t1\t1\t22\t42\t20\t20\t91.0\t&",
            "5\t1\t1\t1\t1\t2\t102\t42\t20\t20\t96.0\tIN",
            "5\t1\t1\t1\t1\t3\t140\t42\t80\t20\t96.0\tTHE",
            "5\t1\t1\t1\t1\t4\t202\t42\t20\t20\t95.0\tN"]
    layout = ocr.tsv_page("\n".join([head, *rows]) + "\n", 1, DPI, (144.0, 43.2), image, [])
    assert [box.checked for box in layout.checkboxes] == [True]
    assert layout.checkboxes[0].x0 == pytest.approx(22 * 72 / DPI)
    assert [w.text for w in layout.words] == ["IN", "THE", "N"]


def test_a_streak_from_edge_to_edge_is_no_ruling_but_a_table_border_is() -> None:
    # A fax's streak: pieces drifting a pixel or two, broken where the text was light, from
    # the top of the page to its bottom. A table's border stops short of the paper's edges.
    height = 2200
    streak = [(848, 0, 851, 300), (846, 340, 849, 900), (844, 1010, 847, 1700),
              (842, 1760, 845, 2200)]
    border = [(100, 120, 103, 2080), (100, 120, 1600, 123)]
    kept = scan.without_streaks(streak + border, height, DPI)
    assert kept == border
    # The same pieces, one of them missing in the middle of the page: a line that does not
    # run through is left as a ruling.
    assert scan.without_streaks(streak[:2] + streak[3:], height, DPI) == streak[:2] + streak[3:]


def test_the_desk_around_a_photographed_sheet_is_not_ink() -> None:
    # A phone photo: the sheet lies on a dark desk that shows on two sides. Searched whole,
    # the page has too much ink to tell marks apart; searched where its words lie, the
    # signature is found and the desk is not.
    image = paper(1700, 2200, specks=0)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 250, 2200), fill=50)
    draw.rectangle((0, 1950, 1700, 2200), fill=50)
    scribble(image, 500, 400, 1500, 90)
    words = [(450, 300, 900, 330), (450, 1600, 1300, 1630)]  # the text OCR recognised
    assert scan.ink_marks(image, DPI, words) is None
    area = scan.text_area(words, DPI)
    assert area is not None and area[0] > 250 and area[3] < 1950
    marks = scan.ink_marks(image, DPI, words, area)
    assert marks is not None and len(marks) == 1
    left = min(box[0] for box in marks[0])
    right = max(box[2] for box in marks[0])
    assert 480 < left and right < 920  # the scribble, nothing of the desk
    assert scan.text_area([], DPI) is None
