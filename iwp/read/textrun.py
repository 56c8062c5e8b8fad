"""Step 5 - a positioned piece of text, what every way of reading a page gives.

The text layer (:mod:`iwp.read.parse`), form widgets and OCR (:mod:`iwp.read.ocr`) all turn a page
into :class:`TextRun` s, which :func:`iwp.read.parse.group_lines` groups into lines. Kept apart
from both readers so OCR does not import the parser that calls it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TextRun:
    """A piece of text as drawn: where (PDF points, origin bottom left) and how big."""

    text: str
    x: float
    y: float
    size: float
    page: int
    from_field: str | None = None
    # Measured width in points when the reader knows it (the layout model's glyph boxes);
    # None: estimated from the font size.
    width: float | None = None
