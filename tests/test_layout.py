"""The layout model: one tiny hand-written page per situation (words and rectangles as
data), plus one real PDF drawn with reportlab to tie the model to PDFium's measurements."""

from __future__ import annotations

from pathlib import Path

import pytest

from iwp.read.layout import (
    CheckBox,
    LayoutPage,
    Rect,
    Word,
    drop_invisible_white_words,
    glyph_checkboxes,
    read_layout,
    vector_checkboxes,
)
from iwp.read.pairing import phrases

WHITE = (1.0, 1.0, 1.0)
NAVY = (0.1, 0.15, 0.35)


def test_white_text_on_a_dark_band_is_kept() -> None:
    page = LayoutPage(1, words=[Word("Work", 60, 100, 90, 110, 12, WHITE),
                                Word("History", 94, 100, 140, 110, 12, WHITE)],
                      rects=[Rect(50, 95, 560, 115, NAVY, False)])
    drop_invisible_white_words(page)
    assert [w.text for w in page.words] == ["Work", "History"]
    assert page.hidden_words == 0


def test_white_text_on_white_paper_is_hidden() -> None:
    page = LayoutPage(1, words=[Word("secret", 60, 100, 90, 110, 12, WHITE),
                                Word("Shown", 60, 130, 90, 140, 12, (0, 0, 0))])
    drop_invisible_white_words(page)
    assert [w.text for w in page.words] == ["Shown"]
    assert page.hidden_words == 1


def test_vector_square_with_a_mark_is_a_ticked_box() -> None:
    page = LayoutPage(1, rects=[Rect(60, 100, 70, 110), Rect(60, 130, 70, 140)])
    tick = (61.5, 101.5, 68.5, 108.5)  # a drawn check mark inside the first square
    vector_checkboxes(page, [tick])
    assert [(b.top, b.checked) for b in page.checkboxes] == [(100, True), (130, False)]


def test_box_glyphs_are_check_boxes() -> None:
    page = LayoutPage(1, words=[Word("☒", 60, 100, 68, 110), Word("Yes", 72, 100, 90, 110),
                                Word("☐", 100, 100, 108, 110), Word("[X]", 60, 120, 72, 130)])
    glyph_checkboxes(page)
    assert [b.checked for b in page.checkboxes] == [True, False, True]


def test_vertical_ruling_splits_a_line_into_cells() -> None:
    from iwp.read.layout import Ruling

    # Two cells whose texts are only 4 pt apart: the cell border between them splits them.
    page = LayoutPage(1, words=[Word("Employer", 60, 100, 100, 110, 10),
                                Word("Dunmore", 104, 100, 140, 110, 10)],
                      rulings=[Ruling(102, 95, 102, 115)])
    assert [p.text for p in phrases(page)] == ["Employer", "Dunmore"]


def test_ruled_table_gives_each_phrase_its_cell() -> None:
    from iwp.read.layout import Ruling

    rulings = [Ruling(50, 90, 300, 90), Ruling(50, 120, 300, 120),
               Ruling(50, 90, 50, 120), Ruling(150, 90, 150, 120), Ruling(300, 90, 300, 120)]
    page = LayoutPage(1, words=[Word("Name", 55, 100, 80, 110), Word("Ada", 160, 100, 180, 110)],
                      rulings=rulings)
    cells = {p.text: p.cell for p in phrases(page)}
    assert cells == {"Name": (50, 90, 150, 120), "Ada": (150, 90, 300, 120)}


@pytest.fixture(scope="module")
def drawn_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("layout") / "drawn.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFillColor(Color(0.1, 0.15, 0.35))
    c.rect(50, 700, 500, 20, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 706, "Work History")
    c.setFillColor(Color(0, 0, 0))
    c.setFont("Helvetica", 10)
    c.drawString(60, 660, "Hours per week: 20")
    c.rect(60, 630, 10, 10, stroke=1, fill=0)
    c.line(61, 631, 69, 639)
    c.line(61, 639, 69, 631)
    c.drawString(76, 631, "Job search")
    c.setFillColor(Color(1, 1, 1))
    c.drawString(60, 600, "hidden words")
    c.save()
    return path


def test_pdfium_reads_words_fills_and_boxes(drawn_pdf: Path) -> None:
    [page] = read_layout(str(drawn_pdf))
    texts = [w.text for w in page.words]
    assert "Work" in texts and "History" in texts  # white on the navy band
    assert "hidden" not in texts and page.hidden_words == 2
    hours = next(w for w in page.words if w.text == "Hours")
    # A real box: 'Hours' in 10 pt Helvetica is about 28 pt wide, top-left origin.
    assert 24 < hours.x1 - hours.x0 < 32 and 120 < hours.top < 132
    assert any(isinstance(b, CheckBox) and b.checked for b in page.checkboxes)


def test_a_signature_drawn_as_pen_strokes_is_ink_and_a_rounded_box_is_not(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "ink.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.roundRect(300, 600, 200, 40, 6, stroke=1, fill=0)  # a box with rounded corners
    pen = c.beginPath()  # a wavy freehand signature over a signature line
    pen.moveTo(60, 606)
    for i in range(1, 15):
        pen.curveTo(60 + 9 * i - 6, 618 + (i % 3) * 3, 60 + 9 * i - 3, 602 + (i % 2) * 4,
                    60 + 9 * i, 607 + (i % 4) * 2)
    c.drawPath(pen, stroke=1, fill=0)
    c.line(55, 600, 250, 600)
    c.save()
    [page] = read_layout(str(path))
    assert len(page.images) == 1
    x0, top, x1, bottom = page.images[0]
    assert 55 < x0 < 65 and 180 < x1 < 200 and 792 - 640 < top < bottom < 792 - 595


def test_a_dot_leader_parts_a_label_from_its_value(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "leader.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Roman", 10.5)
    # A tab leader as a word processor prints it: dots glued to the label and the value.
    c.drawString(72, 700, "Date of discussion" + "." * 80 + "02/04/2026")
    c.drawString(72, 680, "Education or training needed...Medical office certificate")
    c.drawString(72, 660, "We will see... and then decide.")
    c.save()
    [page] = read_layout(str(path))
    texts = [w.text for w in page.words]
    assert texts[:4] == ["Date", "of", "discussion", "02/04/2026"]
    assert page.words[2].leads and page.words[3].after_leader
    date = page.words[3]
    assert date.x0 > 72 + 80 * 2  # placed after the dots, not where the label ends
    assert texts[4:10] == ["Education", "or", "training", "needed", "Medical", "office"]
    assert "see..." in texts  # an ellipsis in a sentence is no leader
    assert [p.text for p in phrases(page)][:2] == ["Date of discussion", "02/04/2026"]


def test_a_check_mark_drawn_in_a_placed_form_xobject_ticks_the_box_under_it(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    # A flattened form: the box is page content, its cross an appearance stream (a form
    # XObject) placed over it - drawn at the form's origin, moved by the placing matrix.
    path = tmp_path / "flattened.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.beginForm("cross")
    c.line(1, 1, 7, 7)
    c.line(1, 7, 7, 1)
    c.endForm()
    for x in (60, 160):
        c.rect(x, 600, 8, 8, stroke=1, fill=0)
    c.saveState()
    c.translate(60, 600)
    c.doForm("cross")
    c.restoreState()
    c.save()
    [page] = read_layout(str(path))
    ticked = [b for b in page.checkboxes if b.checked]
    assert ticked and all(abs(b.x0 - 60) < 2 and abs(b.top - 184) < 2 for b in ticked)
    assert any(abs(b.x0 - 160) < 2 and not b.checked for b in page.checkboxes)
    assert not any(b.top > 700 for b in page.checkboxes)  # nothing left at the form's origin


def _typed(text: str, x: float, top: float, size: float = 8.0) -> list[Word]:
    """The words of a fixed-pitch line (Courier: 0.6 em a character), spaces kept as
    columns, as a case system prints them."""
    import re

    pitch = 0.6 * size
    return [Word(m.group(), x + m.start() * pitch, top, x + m.end() * pitch, top + size, size)
            for m in re.finditer(r"\S+", text)]


def test_a_table_drawn_with_characters_is_ruled_like_a_drawn_one() -> None:
    from iwp.read.layout import text_rulings

    rule = "+------------+----------+"
    page = LayoutPage(1, words=_typed(rule, 50, 100) + _typed("| GOAL       | JOB      |", 50, 110)
                      + _typed(rule, 50, 120)
                      + _typed("Ticket to Work | Alder EN", 50, 140))
    text_rulings(page)
    found = phrases(page)
    # The rules are gone from the words; the lone "|" of a running header stays a word.
    assert [p.text for p in found] == ["GOAL", "JOB", "Ticket to Work | Alder EN"]
    assert sum(r.horizontal for r in page.rulings) == 2
    assert sum(not r.horizontal for r in page.rulings) == 3
    goal = found[0]
    assert goal.cell is not None and goal.cell[0] < goal.x0 and goal.cell[2] < found[1].x0


def test_brackets_typed_around_a_space_are_one_unticked_box() -> None:
    from iwp.read.layout import join_bracket_boxes

    # Courier "[ ] QUARTERLY": PDFium splits at the space, 8.2 pt apart at 8 pt.
    page = LayoutPage(1, words=[Word("[X]", 209.3, 300, 223.7, 306, 8),
                                Word("MONTHLY", 228.5, 300, 260.2, 306, 8),
                                Word("[", 271.7, 300, 273.1, 306, 8),
                                Word("]", 281.3, 300, 282.7, 306, 8),
                                Word("QUARTERLY", 287.5, 300, 332.2, 306, 8)])
    join_bracket_boxes(page)
    glyph_checkboxes(page)
    assert [w.text for w in page.words] == ["[X]", "MONTHLY", "[ ]", "QUARTERLY"]
    assert [b.checked for b in page.checkboxes] == [True, False]
    assert [p.text for p in phrases(page)] == ["[X] MONTHLY", "[ ] QUARTERLY"]
