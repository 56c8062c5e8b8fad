"""Step 5 - read: phrases on a page, and label -> value pairing by scoring every candidate.

Words become *phrases* (words on one line with no wide gap, no ruling and no colon-ended
label between them). A label is paired with the value that scores best among every phrase
to its right, below it, above it (a signature typed on the line over its caption), in the
same table cell or box, the next cell in its row or the cell below in its column. The
score weighs direction, distance, alignment, enclosure and whether the phrase looks like
the kind of value asked for (a date, an amount, a name, a phone number...). Pairs are
assigned best first, each phrase used once, so several label/value pairs on one line sort
themselves out. The score and how the value was found are kept as evidence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from iwp.read import vocabulary as vocab
from iwp.read.layout import PHRASE_GAP_EM, SAME_LINE_OVERLAP, LayoutPage, Word
from iwp.read.model import BBox

# --- tolerances, each with the measurement that chose it -----------------------------------

# A value to the right of its label on a form line sits within this many points of it
# (two-column forms measured 20-230 pt between a label's end and its value).
RIGHT_REACH = 320.0
# A value under its label (a column header, a label above a box) starts within this many
# points below it (stacked forms measured 2-30 pt; table header to first row up to 40 pt).
BELOW_REACH = 60.0
# A signature or date typed on a line sits within this many points above its caption.
ABOVE_REACH = 34.0
# Two boxes are aligned when their left edges differ by less than this (table columns
# measured 0-8 pt apart).
ALIGN_SLACK = 12.0
# Scores below this are weak: the pair is kept but the judge is told to review it.
WEAK_SCORE = 0.5
# A line's phrases and rulings: a vertical ruling within this much of a gap splits it.
RULING_SLACK = 1.5
# A phrase's box may reach this far over the ruling that borders its cell (a scan's word box
# with a speck at its edge); points.
RULING_REACH = 3.0


@dataclass
class Phrase:
    """Words on one line of one page that belong together."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    size: float = 10.0
    line: int = 0  # index of its line on the page
    cell: BBox | None = None
    from_field: str | None = None
    words: list[Word] = field(default_factory=list, repr=False)

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def leads(self) -> bool:
        """A dot leader runs from this phrase to its value ("Name ........ Ada")."""
        return bool(self.words) and self.words[-1].leads

    @property
    def led(self) -> bool:
        """A dot leader runs up to this phrase from its label."""
        return bool(self.words) and self.words[0].after_leader


# --- phrases --------------------------------------------------------------------------------

def phrases(page: LayoutPage) -> list[Phrase]:
    """The page's phrases in reading order (top to bottom, left to right within a line)."""
    lines = group_lines(page.words)
    verticals = [r for r in page.rulings if not r.horizontal]
    out: list[Phrase] = []
    for index, line in enumerate(lines):
        current: list[Word] = []
        for word in line:
            if current and _breaks(current[-1], word, verticals):
                out.append(_phrase(current, page.number, index))
                current = []
            current.append(word)
        if current:
            out.append(_phrase(current, page.number, index))
    _assign_cells(page, out)
    return out


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines by their vertical centres, each line left to right. A word
    is measured against the mean centre of the line's words so far, not its first word's:
    a row printed a little lower than the caption beside it (a flattened form's value next
    to its box's caption) then joins the caption's line whole or starts its own whole,
    never split word by word by the glyphs' heights."""
    lines: list[list[Word]] = []
    centres: list[float] = []
    heights: list[float] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        centre = (word.top + word.bottom) / 2
        height = max(word.bottom - word.top, 1.0)
        # Measured against the taller of the word and the line so far: a dash or a dot has a
        # glyph box a point high and must not start a line of its own mid-sentence.
        if lines and abs(centre - centres[-1]) < max(height, heights[-1]) * SAME_LINE_OVERLAP:
            lines[-1].append(word)
            centres[-1] += (centre - centres[-1]) / len(lines[-1])
            heights[-1] = max(heights[-1], height)
            continue
        lines.append([word])
        centres.append(centre)
        heights.append(height)
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _breaks(previous: Word, word: Word, verticals: list) -> bool:
    gap = word.x0 - previous.x1
    size = max(min(previous.size, word.size), 4.0)
    if gap > size * PHRASE_GAP_EM or (word.from_field or None) != (previous.from_field or None):
        return True
    if word.after_leader:
        return True  # "Date of discussion ........ 02/04/2026": the dots part label and value
    if previous.text.endswith(":") and not re.fullmatch(r"\d{1,2}:", previous.text) and gap > 0:
        # "Hours per week: 20": the label ends at its colon. A colon on a word OCR boxed
        # over the next one ("help:with") is a speck of dust, not the end of a caption.
        return True
    if previous.text.endswith("?") and word.text[:1].isupper():
        return True  # "Provided? How": a column header that asks ends at its question mark
    centre = (word.top + word.bottom) / 2
    return any(previous.x1 - RULING_SLACK <= r.x0 <= word.x0 + RULING_SLACK
               and r.top <= centre <= r.bottom for r in verticals)


def _phrase(words: list[Word], page: int, line: int) -> Phrase:
    text = " ".join(w.text for w in words)
    return Phrase(text=text, x0=min(w.x0 for w in words), top=min(w.top for w in words),
                  x1=max(w.x1 for w in words), bottom=max(w.bottom for w in words), page=page,
                  size=max(w.size for w in words), line=line,
                  from_field=words[0].from_field, words=list(words))


def _assign_cells(page: LayoutPage, items: list[Phrase]) -> None:
    """The table cell or box around each phrase: the smallest drawn rectangle holding it,
    else the rulings nearest it on all four sides."""
    boxes = [r.bbox for r in page.rects if (r.x1 - r.x0) > 20 and (r.bottom - r.top) > 8]
    horizontals = [r for r in page.rulings if r.horizontal]
    verticals = [r for r in page.rulings if not r.horizontal]
    for item in items:
        cx, cy = (item.x0 + item.x1) / 2, (item.top + item.bottom) / 2
        holding = [b for b in boxes if b[0] - 1 <= item.x0 and item.x1 <= b[2] + 1
                   and b[1] - 1 <= item.top and item.bottom <= b[3] + 1]
        if holding:
            item.cell = min(holding, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
            continue
        # Likewise a scan's word box may start a little left of its cell's border.
        reach = min(RULING_REACH, (item.x1 - item.x0) / 2)
        left = [v.x0 for v in verticals if v.x0 <= item.x0 + max(1, reach)
                and v.top <= cy <= v.bottom]
        right = [v.x0 for v in verticals if v.x0 >= item.x1 - max(1, reach)
                 and v.top <= cy <= v.bottom]
        # A ruling is above or below a phrase by the phrase's middle: on a scan, OCR's box of
        # a word with a descender ("applications") can reach past the row's border under it.
        above = [h.top for h in horizontals if h.top <= max(item.top + 1, cy)
                 and h.x0 <= cx <= h.x1]
        below = [h.top for h in horizontals if h.top >= min(item.bottom - 1, cy)
                 and h.x0 <= cx <= h.x1]
        if left and right and above and below:
            item.cell = (max(left), max(above), min(right), min(below))


# --- what a value looks like ----------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# The comma after the day may come out of OCR as ";" or "." ("November 16; 2026").
_DATE_WORDS = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?[,;.]?\s+(\d{4})\b")
# The day first, as many templates outside the US and some within it print it: "4 March 2026".
# A scanned "02/16/2026" whose slashes OCR read as ones or bars ("0211612026"): a lone
# ten-character token, two-digit month and day, a four-digit year.
_DATE_SLASHES_MISREAD = re.compile(r"(?<![\w/.-])(\d{2})[1lI|](\d{2})[1lI|]((?:19|20)\d{2})(?![\w/.-])")
_DATE_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
# Case-management systems print "02-Feb-2026", "2-FEB-26" or "Feb-02-2026".
_DATE_DASHED_MONTH = re.compile(r"\b(?:(\d{1,2})-([A-Za-z]{3})|([A-Za-z]{3})-(\d{1,2}))-(\d{4}|\d{2})\b")
_MONEY = re.compile(r"\$\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?|"
                    r"\b(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})\b")
_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}\b")
_SSN = re.compile(r"(?:\b\d{3}|\*{3}|x{3}|X{3})-(?:\d{2}|\*{2}|x{2}|X{2})-\d{4}\b")
_PID = re.compile(r"\bP?\d{6,8}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_HOURS = re.compile(r"^\s*(\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?)?(?:\s*(?:per|/|a)\s*(?:week|wk))?\s*$",
                    re.I)
_CITY_STATE_ZIP = re.compile(r"^(?P<city>[A-Za-z .'-]+?),?\s+(?P<state>[A-Z]{2})\.?,?\s+"
                             r"(?P<zip>\d{5}(?:-\d{4})?)\s*$")
_NAME = re.compile(r"^[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){1,3}$")
# An amount the text itself says is per hour ("$21.00 an hour", "$15/hr"): never a month's pay.
_PER_HOUR = re.compile(r"^\s*(?:an|a|per|/|each)\s*(?:hour|hr)\b|^\s*hourly\b", re.I)
# A box printed before an option: "[X] $2001-$3500", "☐ $3501+".
_OPTION_BOX = re.compile(r"(\[\s*[xX✓✔]?\s*\]|[☒☑☐□✓✔■◉⦿○◯])")
# A form's question ends with the star that marks it required: "type your full name *".
_REQUIRED_MARK = re.compile(r"[A-Za-z)]\s*\*$")
_CHECKED_BOX = re.compile(r"\[\s*[xX✓✔]\s*\]|[☒☑✓✔■◉⦿]")


def parse_date(text: str) -> dt.date | None:
    """A date written 03/04/2026, 03-04-26, 2026-03-04, March 4, 2026 or 4 March 2026 (US order
    for numbers)."""
    try:
        m = _DATE_ISO.search(text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DATE_NUMERIC.search(text)
        if m:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return dt.date(year, int(m[1]), int(m[2]))
        m = _DATE_WORDS.search(text)
        if m and m[1][:3].lower() in _MONTHS:
            return dt.date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
        m = _DATE_DAY_FIRST.search(text)
        if m and m[2][:3].lower() in _MONTHS:
            return dt.date(int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
        m = _DATE_DASHED_MONTH.search(text)
        if m and (m[2] or m[3]).lower() in _MONTHS:
            year = int(m[5]) + (2000 if len(m[5]) == 2 else 0)
            return dt.date(year, _MONTHS[(m[2] or m[3]).lower()], int(m[1] or m[4]))
        m = _DATE_SLASHES_MISREAD.search(text)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def parse_money(text: str) -> Decimal | None:
    """An amount written $1,300.00, $1300, 1,300.00 or 15.50."""
    m = _MONEY.search(text)
    if not m:
        return None
    whole = (m[1] or m[3]).replace(",", "")
    cents = m[2] if m[1] else m[4]
    try:
        return Decimal(f"{whole}.{cents or '00'}")
    except InvalidOperation:
        return None


def parse_monthly(text: str) -> Decimal | None:
    """A month's pay: the first amount that the text does not call hourly; in a row of
    boxed ranges ("[ ] $1040-$2000 [X] $2001-$3500") the checked range's lower bound, and
    nothing when no range is checked (an unanswered choice is not an amount)."""
    options = _OPTION_BOX.split(text)
    if len(options) >= 5:  # text, box, option, box, option...: at least two boxed options
        for box, option in zip(options[1::2], options[2::2]):
            if _CHECKED_BOX.fullmatch(box.strip()):
                return parse_money(option)
        return None
    for m in _MONEY.finditer(text):
        if not _PER_HOUR.match(text[m.end():]):
            return parse_money(m[0])
    return None


def parse_hours(text: str) -> int | float | None:
    m = _HOURS.match(text)
    if not m:
        return None
    value = float(m[1])
    return int(value) if value.is_integer() else value


def looks_like(kind: str, text: str) -> float:
    """How much ``text`` looks like a value of ``kind``: 1 yes, 0 unsure, -1 clearly not."""
    stripped = text.strip()
    if not stripped or stripped in ("_", "__", "N/A", "n/a"):
        return -1.0 if not stripped else -0.3
    if set(stripped) <= set("_.-—– ") or not any(c.isalnum() for c in stripped):
        return -1.0  # a blank line to write on, or specks a scan left ("~~ *", ":")
    if kind == "date":
        return 1.0 if parse_date(stripped) else -1.0
    if kind == "money":
        return 1.0 if parse_money(stripped) is not None else -1.0
    if kind == "monthly_money":
        return 1.0 if parse_monthly(stripped) is not None else -1.0
    if kind == "hours":
        return 1.0 if parse_hours(stripped) is not None else -1.0
    if kind == "number":
        return 1.0 if re.fullmatch(r"(?:no\.?\s*|#\s*)?\d{1,3}", stripped, re.I) else -1.0
    if kind == "plan_id":
        return 1.0 if re.search(r"[A-Z0-9]+(?:-[A-Z0-9]+)+", stripped) else -0.3
    if kind == "phone":
        return 1.0 if _PHONE.search(stripped) else -1.0
    if kind == "ssn":
        return 1.0 if _SSN.search(stripped) else -1.0
    if kind == "pid":
        return 1.0 if _PID.search(stripped) else -0.5
    if kind == "email":
        return 1.0 if _EMAIL.search(stripped) else -1.0
    if kind == "city_state_zip":
        return 1.0 if _CITY_STATE_ZIP.match(stripped) else (0.2 if _ZIP.search(stripped) else -0.5)
    if kind == "yes_no":
        norm = vocab.normalise(stripped)
        return 1.0 if norm in vocab.word_list("yes_words") + vocab.word_list("no_words") \
            else -0.5
    penalty = 0.0
    if parse_date(stripped) or _PHONE.search(stripped) or _EMAIL.search(stripped) \
            or parse_money(stripped) is not None:
        penalty = -0.6  # a free-text field rarely holds just a date, phone or amount
    if kind == "name":
        return 1.0 if _NAME.match(stripped) else (penalty or -0.2)
    if kind == "address":
        return 0.8 if re.match(r"^\d+\s+\w", stripped) else (penalty or -0.1)
    if kind == "long_text":
        return min(len(stripped.split()) / 12, 1.0) if not penalty else penalty
    return penalty or 0.3


# --- scoring --------------------------------------------------------------------------------

@dataclass
class Pair:
    """A label phrase, the value phrase it was paired with, the score and how."""

    label: Phrase
    value: Phrase
    score: float
    how: str


def candidate_score(label: Phrase, value: Phrase, kind: str) -> tuple[float, str]:
    """Score (0..1) of ``value`` as the value of ``label``, and the direction in words."""
    if value is label or value.page != label.page:
        return 0.0, ""
    if _REQUIRED_MARK.search(value.text.strip()) or (
            kind != "long_text" and value.text.rstrip().endswith("?")):
        return 0.0, ""  # an online form's question ("Date signed *", "Your name?"), no answer
    overlap_v = min(label.bottom, value.bottom) - max(label.top, value.top)
    same_line = overlap_v > 0.4 * min(label.height, value.height)
    same_cell = label.cell is not None and label.cell == value.cell
    if label.leads or value.led:
        # A dot leader ties a label to the value at its end of the line, however far, and
        # to nothing else: a label whose leader ends in no value is empty.
        if not (label.leads and value.led and same_line and value.x0 >= label.x1):
            return 0.0, ""
        direction, base, distance = "right of", 1.0, 1.0
    elif same_line and value.x0 >= label.x1 - 2:
        gap = value.x0 - label.x1
        if gap > RIGHT_REACH:
            return 0.0, ""
        direction, base, distance = "right of", 1.0, math.exp(-gap / 160)
    elif value.top >= label.bottom - 2 and not same_line:
        gap = value.top - label.bottom
        reach = BELOW_REACH * (3 if same_cell else 1)
        if gap > reach:
            return 0.0, ""
        overlap_h = min(label.x1, value.x1) - max(label.x0, value.x0)
        aligned = abs(value.x0 - label.x0) < ALIGN_SLACK
        if overlap_h <= 0 and not aligned and not same_cell:
            # Beside the label's column, a value is another field's; in the label's own box
            # it is the box's value wherever in the box it is printed (a flattened form puts
            # a small caption at the top left and the value low and to the right).
            return 0.0, ""
        direction, base = "below", 0.85 + (0.1 if aligned else 0.0)
        if _under_its_line(label):
            base = 0.3  # "(Employer)" captions the rule above it; below is the next field
        distance = math.exp(-gap / 40)
    elif value.bottom <= label.top + 2 and not same_line:
        gap = label.top - value.bottom
        if gap > ABOVE_REACH:
            return 0.0, ""
        overlap_h = min(label.x1, value.x1) - max(label.x0, value.x0)
        if overlap_h <= 0 and abs(value.x0 - label.x0) >= ALIGN_SLACK:
            return 0.0, ""
        # A caption under its value is how signature and date lines are printed; elsewhere
        # the phrase above a label is usually the previous field's value.
        base = 0.9 if kind in ("signature", "date") or _under_its_line(label) else 0.3
        direction, distance = "above", math.exp(-gap / 30)
    else:
        return 0.0, ""
    fit = looks_like(kind, value.text)
    score = base * (0.45 + 0.35 * distance) + 0.25 * fit
    if same_cell:
        score += 0.15
    elif label.cell is not None and value.cell is not None and direction == "right of":
        score += 0.05  # the next cell in the row
    if value.from_field:
        score += 0.1
    return max(0.0, min(score, 1.0)), direction


def _under_its_line(label: Phrase) -> bool:
    """A caption printed wholly in brackets, "(Name of Employment Network)": old paper forms
    print it under the rule its value is written on."""
    text = label.text.strip()
    return text.startswith("(") and text.endswith(")")


# A caption heads its own box when it starts within this many points of the box's top and
# the box has room under it for at least this many caption heights (a flattened form's
# boxes measured 26 pt high under 5 pt captions; a table's header cell fits its caption).
BOX_CAPTION_TOP = 4.0
BOX_ROOM_HEIGHTS = 1.5
# A page is a form of captioned boxes when at least this many captions have something
# written under them in their own box.
BOXED_FORM_MIN = 3


def _heads_box(label: Phrase) -> bool:
    cell = label.cell
    return cell is not None and 0 <= label.top - cell[1] <= BOX_CAPTION_TOP and \
        cell[3] - label.bottom >= BOX_ROOM_HEIGHTS * label.height


def boxed_captions(labels: list[Phrase], candidates: list[Phrase], taken: set[int]) -> set[int]:
    """Ids of the labels that each head a box of a boxed form (a small caption at the top
    of each box, the answer written under it in the box): their values can only be in their
    own box, and an empty box is empty, not the next box's value. A page counts as such a
    form when :data:`BOXED_FORM_MIN` of its captioned boxes hold an answer."""
    written: dict[tuple[int, BBox], float] = {}
    for value in candidates:
        if value.cell is not None and id(value) not in taken:
            key = (value.page, value.cell)
            written[key] = max(written.get(key, -1.0), value.bottom)
    heads = [label for label in labels if _heads_box(label)]
    filled: dict[int, int] = {}
    for label in heads:
        if written.get((label.page, label.cell), -1.0) > label.bottom:
            filled[label.page] = filled.get(label.page, 0) + 1
    return {id(label) for label in heads if filled.get(label.page, 0) >= BOXED_FORM_MIN}


def pair_labels(labels: list[tuple[Phrase, str, str]], candidates: list[Phrase],
                taken: set[int] | None = None, right_only: set[int] | None = None,
                questions: dict[int, float] | None = None,
                headings: list[Phrase] | None = None) -> dict[str, Pair]:
    """Pair each ``(label phrase, plan path, kind)`` with its best value, best pairs first,
    each value phrase used once. ``taken`` holds ids of phrases that are labels;
    ``right_only`` ids of labels (headings) whose value can only be beside them;
    ``questions`` ids of labels that ask a question -> where their answer ends (the top of
    what follows it): the answer is right of or under the question, never above it nor
    past that end. A value is never under its label with one of ``headings`` between
    them: the heading starts another part (an empty field's label then has no value)."""
    headings = headings or []
    right_only = right_only or set()
    questions = questions or {}
    taken = set(taken or ())
    boxed = boxed_captions([label for label, _, _ in labels], candidates, taken)
    options: list[tuple[float, int, int, str]] = []
    for index, (label, path, kind) in enumerate(labels):
        for number, value in enumerate(candidates):
            if id(value) in taken:
                continue
            if id(label) in boxed and value.cell != label.cell:
                continue  # a box form's caption: its value is in its box or nowhere
            score, how = candidate_score(label, value, kind)
            if id(label) in right_only and how != "right of":
                continue
            if id(label) in questions and (how == "above" or
                                           value.top >= questions[id(label)] - 1):
                continue
            if how == "below" and any(h.page == value.page and label.bottom <= h.top and
                                      h.bottom <= value.top + 1 and h is not label
                                      for h in headings):
                continue  # past the next heading: another part's text
            if score > 0.2:
                options.append((score, index, number, how))
    options.sort(key=lambda o: -o[0])
    out: dict[str, Pair] = {}
    used_values: set[int] = set()
    used_labels: set[int] = set()
    for score, index, number, how in options:
        label, path, kind = labels[index]
        if index in used_labels or number in used_values or path in out:
            continue
        used_labels.add(index)
        used_values.add(number)
        out[path] = Pair(label, candidates[number], score,
                         f"{how} the label '{label.text.strip()[:60]}'")
    return out
