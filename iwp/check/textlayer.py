"""Finding IWP components in a PDF's text layer by headings, labels and check boxes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from iwp import domain
from iwp.privacy import mask_ssns
from iwp.read import vocabulary as vocab
from iwp.read.parse import ParsedPdf, TextLine
from iwp.check.result import (ComponentStatus, _label_patterns, _pattern, _patterns,
                              vocabulary)

_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\b", re.I)
_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?"
_SSN = re.compile(r"\b(?:\d{3}|x{3}|\*{3})[- ]?(?:\d{2}|x{2}|\*{2})[- ]?\d{4}\b", re.I)


# --- the text layer ------------------------------------------------------------------------

@dataclass
class _Doc:
    lines: list[TextLine]
    labels: list[str]  # per line: first cell joined with a wrapped continuation cell

    def section(self, start: int, limit: int = 80) -> list[int]:
        """Indexes of the lines after a heading, up to the next heading."""
        out = []
        for index in range(start + 1, min(len(self.lines), start + 1 + limit)):
            if _is_heading(self.lines[index].text):
                break
            out.append(index)
        return out


@cache
def _all_heading_patterns() -> tuple[re.Pattern[str], ...]:
    v = vocabulary()
    pats = [_pattern(v["part_heading"])]
    for group in v["headings"].values():
        pats.extend(_pattern(p) for p in group)
    return tuple(pats)


def _strip_number(text: str) -> str:
    return re.sub(r"^\s*(?:(?:part|section)\s+(?:[ivx]+|\d+|one|two|three|four)\s*[:.\-–]\s*|"
                  r"\d+(?:\.\d+)*[.)]?\s+)", "", text, flags=re.I)


def _is_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 20 or _starts_with_box(text) is not None:
        return False
    if _all_heading_patterns()[0].search(text):
        return True
    sentence = text.rstrip().endswith((".", ";", ","))
    if text.lstrip()[:1].islower() and (sentence or re.search(r"[.,;]", text)):
        # The end of a sentence wrapped onto its own line ("summary.", "short-term goal;
        # we keep a shared list of"): it goes on from the line above, it heads nothing.
        return False
    stripped = _strip_number(text)
    for pattern in _all_heading_patterns()[1:]:
        match = pattern.search(stripped)
        # A sentence that mentions a heading's words is not a heading.
        if match is not None and (match.start() <= 3 or (match.start() <= 20 and not sentence)):
            return True
    return False


def _starts_with_box(text: str) -> bool | None:
    """True for a checked box at the start, False for an empty one, None for no box."""
    stripped = text.lstrip()
    for glyph in vocabulary()["checked"]:
        if stripped.startswith(glyph):
            return True
    for glyph in vocabulary()["unchecked"]:
        if stripped.startswith(glyph):
            return False
    return None


def _has_checked(text: str) -> bool:
    return any(g in text for g in vocabulary()["checked"])


def _is_label(cell: str) -> bool:
    # A form's numbered caption ("16. Relationship") is a label all the same, and so is a
    # caption printed in brackets under its writing line ("(Employer)", "(Date ended)").
    bare = _FIELD_NUMBER.sub("", cell.strip(), count=1)
    return _BRACKETED_CAPTIONS.fullmatch(cell.strip()) is not None or \
        any(p.match(cell.strip()) or p.match(bare) for p in _label_patterns())


# One or more short captions, each wholly in brackets: "(Employer) (Job title) ($/month)".
_BRACKETED_CAPTIONS = re.compile(r"(?:\([^()]{1,60}\)\s*)+")


_FIELD_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")


def _content_words(doc: _Doc, indexes: list[int], first_cells: list[str] | None = None) -> int:
    count = 0
    for cell in first_cells or []:
        if not _is_label(cell) and not _says_empty(cell) and not _is_caption(cell):
            count += _words(cell)
    for index in indexes:
        line = doc.lines[index]
        if _is_footer(doc, index):
            continue
        if _starts_with_box(line.text) is False:
            continue
        for _, cell in line.segments:
            if not _is_label(cell) and not _says_empty(cell) and not _is_caption(cell):
                count += _words(cell)
    return count


def _says_empty(cell: str) -> bool:
    """A field that says it holds nothing ("None on file", "N/A")."""
    return vocab.normalise(cell) in vocab.word_list("empty_values")


def _words(text: str) -> int:
    cleaned = re.sub(r"[_.\-–]{3,}", " ", text)
    return len(re.findall(r"[A-Za-z0-9$][\w$,.'/-]*", cleaned))


def _split_inline_headings(lines: list[TextLine]) -> list[TextLine]:
    """OCR lines with a component heading and its content on one line split into two cells.

    A scan has no cells: "Short-term goal: Parts counter associate, ..." typed with one
    space after the colon reads as one piece, where a text layer or a form would have a
    heading cell and a value cell. The finders look for a section's content after its
    heading cell, so the heading is made a cell of its own. Only component headings
    (not "Part Two, Section 1:") are split; the line's text is unchanged.
    """
    out = []
    for line in lines:
        first = line.segments[0] if line.segments else None
        match = re.match(r"^([^:]{3,60}):\s+(\S.*)$", first[1]) if first else None
        head = match.group(1) if match else ""
        if match is None or len(head.split()) > 6 or not any(
                (m := p.search(head)) is not None and m.start() <= 3
                for group in vocabulary()["headings"].values() for p in map(_pattern, group)):
            out.append(line)
            continue
        x = first[0]
        size = line.runs[0].size if line.runs else 9.0
        rest_x = x + 0.5 * size * (len(head) + 2)
        segments = [(x, head + ":"), (rest_x, match.group(2))] + list(line.segments[1:])
        out.append(TextLine(page=line.page, y=line.y, text=line.text, runs=line.runs,
                            segments=segments))
    return out


def _build_doc(parsed: ParsedPdf) -> _Doc:
    lines = parsed.lines
    if parsed.source == "ocr":
        lines = _split_inline_headings(lines)
    labels = []
    for index, line in enumerate(lines):
        first = line.segments[0] if line.segments else (0.0, line.text)
        label = first[1]
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if nxt is not None and nxt.page == line.page and nxt.segments:
            x, cell = nxt.segments[0]
            if abs(x - first[0]) < 3 and len(cell.split()) <= 3 and (
                    cell[:1].islower() or cell.startswith("(")
                    or cell.lower().startswith(("signature", "name"))):
                label = f"{label} {cell}"
        labels.append(label)
    doc = _Doc(lines, labels)
    doc.footers = _footers(lines)  # type: ignore[attr-defined]
    return doc


def _footers(lines: list[TextLine]) -> set[str]:
    seen: dict[str, set[int]] = {}
    for line in lines:
        key = re.sub(r"\d+", "#", line.text.strip().lower())
        seen.setdefault(key, set()).add(line.page)
    return {k for k, pages in seen.items() if len(pages) >= 2 and len(k) > 8}


def _is_footer(doc: _Doc, index: int) -> bool:
    key = re.sub(r"\d+", "#", doc.lines[index].text.strip().lower())
    return key in doc.footers  # type: ignore[attr-defined]


def _evidence(line: TextLine) -> str:
    return mask_ssns(re.sub(r"\s+", " ", line.text))[:100]


def find_components(parsed: ParsedPdf, names: list[str], today: dt.date
                    ) -> dict[str, ComponentStatus]:
    """Components ``names`` as the text-layer finders judge them."""
    if not names:
        return {}
    doc = _build_doc(parsed)
    return {name: _FINDERS.get(name, _find_section)(doc, name, today) for name in names}


def _cells_after(doc: _Doc, index: int, pattern: re.Pattern[str]) -> list[str]:
    """Values labelled by ``pattern`` on line ``index``: rest of the cell, next cell, or the
    cell below (labels printed above their boxes)."""
    line = doc.lines[index]
    values = []
    for pos, (x, cell) in enumerate(line.segments):
        label = doc.labels[index] if pos == 0 else cell
        match = pattern.search(label) if pos == 0 else pattern.match(cell)
        if match is None or (pos == 0 and match.start() > 0 and not label.startswith(cell)):
            continue
        tail = cell[match.end():] if match.end() <= len(cell) else ""
        if tail.strip() and not re.match(r"\s*[:#]", tail):
            continue  # a sentence that starts with the label's words, not a label
        rest = tail.strip(" :#-–")
        if rest and not _is_label(rest) and not _is_caption(tail):
            values.append(rest)
            continue
        if pos + 1 < len(line.segments):
            nxt = line.segments[pos + 1][1]
            if not _is_label(nxt) and not _is_caption(nxt):
                values.append(nxt)
                continue
        below = _cell_below(doc, index, x)
        if below:
            values.append(below)
    return values


def _is_caption(cell: str) -> bool:
    """A short cell ending with a colon ("Relationship:") captions a value; it is none."""
    return cell.rstrip().endswith(":") and len(cell.split()) <= 4


def _cell_below(doc: _Doc, index: int, x: float) -> str | None:
    if index + 1 >= len(doc.lines):
        return None
    line, nxt = doc.lines[index], doc.lines[index + 1]
    if nxt.page != line.page or line.y - nxt.y > 40:
        return None
    for cx, cell in nxt.segments:
        if abs(cx - x) <= 25:
            if _is_label(cell) or _is_heading(cell) or cell.rstrip().endswith(":") \
                    or _starts_with_box(cell) is not None or _has_checked(cell):
                return None
            return cell
    return None


def _filled(value: str) -> bool:
    cleaned = re.sub(r"[_\s.\-–:]+", "", value)
    return bool(cleaned) and cleaned.lower() != "x" and not _says_empty(value)


def _find_by_labels(doc: _Doc, key: str, want: str = "text") -> tuple[int, str] | None:
    patterns = _patterns("values", key)
    for index, label in enumerate(doc.labels):
        line = doc.lines[index]
        if not any(p.search(label) or p.search(line.text) for p in patterns):
            continue
        for pattern in patterns:
            for value in _cells_after(doc, index, re.compile(rf"^\s*(?:{pattern.pattern})",
                                                             re.I)):
                if want == "date" and not _DATE.search(value):
                    continue
                if want == "text" and (not _filled(value) or not re.search(r"[A-Za-z]", value)):
                    continue
                return index, value
    return None


def _find_label_value(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    found = _find_by_labels(doc, name)
    if name == "ticketholder_information" and found is None:
        for index, line in enumerate(doc.lines):
            if _SSN.search(line.text) and re.search(r"ssn|social security", line.text, re.I):
                found = (index, line.text)
                break
    if found is None:
        return ComponentStatus("missing", reason="no filled-in name found")
    index, value = found
    return ComponentStatus("present", doc.lines[index].page, _evidence(doc.lines[index]))


def _find_discussion_record(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    date = _find_by_labels(doc, "discussion_date", want="date")
    if date is not None:
        return ComponentStatus("present", doc.lines[date[0]].page, _evidence(doc.lines[date[0]]))
    patterns = _patterns("values", "modality")
    for index, line in enumerate(doc.lines):
        if any(p.search(line.text) for p in patterns) and _has_checked(line.text):
            return ComponentStatus("present", line.page, _evidence(line))
    return ComponentStatus("missing", reason="no discussion date or method found")


def _heading_index(doc: _Doc, name: str) -> list[int]:
    patterns = _patterns("headings", name)
    return [i for i, line in enumerate(doc.lines)
            if _is_heading(line.text) and any(p.search(_strip_number(line.text))
                                              for p in patterns)]


def _find_section(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    starts = _heading_index(doc, name)
    if not starts:
        return ComponentStatus("missing", reason="heading not found")
    need = vocabulary()["min_words"].get(name, 3)
    best = None
    for start in starts:
        body = doc.section(start)
        first = doc.lines[start].segments[1:]
        words = _content_words(doc, body, [c for _, c in first])
        if name == "follow_up":
            text = " ".join(doc.lines[i].text for i in body
                            if _starts_with_box(doc.lines[i].text) is not False)
            text += " " + " ".join(c for _, c in first)
            if not re.search(vocabulary()["follow_up_frequency"], text, re.I):
                words = 0
        if words >= need:
            return ComponentStatus("present", doc.lines[start].page,
                                   _evidence(doc.lines[body[0]] if body else doc.lines[start]))
        best = best or start
    return ComponentStatus("missing", doc.lines[best].page, _evidence(doc.lines[best]),
                           "the section is empty")


def _money(text: str) -> Decimal | None:
    match = re.search(_MONEY, text)
    if not match:
        return None
    return Decimal(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))


def _goal_earnings(doc: _Doc, body: list[int], heading: int) -> tuple[Decimal | None, int | None]:
    """(monthly earnings, year of the target date) found in a goal section."""
    indexes = [heading] + body
    text = " ".join(doc.lines[i].text for i in indexes)
    monthly = None
    for i in indexes:
        line = doc.lines[i]
        for pattern in _patterns("values", "monthly"):
            if pattern.search(line.text):
                for value in _cells_after(doc, i, re.compile(
                        rf"^\s*(?:{pattern.pattern})", re.I)) + [line.text]:
                    amount = _money(value)
                    if amount is not None:
                        monthly = amount
                        break
            if monthly is not None:
                break
        if monthly is not None:
            break
    if monthly is None:
        m = re.search(_MONEY + r"\s*(?:/|an|a|per)\s*(?:month|mo)\b", text, re.I)
        if m:
            monthly = _money(m.group(0))
    if monthly is None:
        wage = re.search(_MONEY + r"\s*(?:/|an|a|per)\s*(?:hour|hr)\b", text, re.I)
        hours = re.search(r"(\d{1,2}(?:\.\d+)?)\s*(?:hours|hrs)\s*(?:/|a|per)\s*(?:week|wk)",
                          text, re.I) or re.search(r"hours per week\W+(\d{1,2}(?:\.\d+)?)",
                                                   text, re.I)
        if wage and hours:
            monthly = domain.monthly_from_hourly(_money(wage.group(0)) or Decimal(0),
                                                 hours.group(1))
    if monthly is None:
        for i in indexes:
            line = doc.lines[i].text
            for glyph in vocabulary()["checked"]:
                at = line.find(glyph)
                if at >= 0:
                    band = re.match(r"\s*" + _MONEY + r"\s*(?:[-–]|\+|or more)", line[at + len(
                        glyph):])
                    if band:
                        monthly = _money(band.group(0))
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    return monthly, (max(years) if years else None)


def _find_goal(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    status = _find_section(doc, name, today)
    if status.status != "present":
        return status
    start = next(i for i in _heading_index(doc, name)
                 if doc.lines[i].page == status.page)
    monthly, year = _goal_earnings(doc, doc.section(start), start)
    if monthly is None:
        return status
    limits = domain.thresholds(year or today.year)
    floor, what = (limits.sga, "SGA") if name == "long_term_goal" else (limits.twl, "TWL")
    if monthly < floor:
        status.status = "deficient"
        status.reason = (f"expected earnings of about ${monthly:,.2f} a month are below the "
                         f"{limits.year} {what} of ${floor:,.0f}")
    return status


def _find_services(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    starts = _heading_index(doc, name)
    if not starts:
        return ComponentStatus("missing", reason="heading not found")
    for start in starts:
        body = [i for i in doc.section(start, limit=150) if not _is_footer(doc, i)]
        checked = [i for i in body if _starts_with_box(doc.lines[i].text) and
                   not _SAYS_NOT_GIVEN.search(doc.lines[i].text)]
        if not checked:
            if _content_words(doc, body) >= vocabulary()["min_words"][name] and not any(
                    _starts_with_box(doc.lines[i].text) is False for i in body):
                return ComponentStatus("present", doc.lines[start].page,
                                       _evidence(doc.lines[body[0]]))
            continue
        for i in checked:
            if not _service_described(doc, body, i):
                return ComponentStatus("deficient", doc.lines[i].page, _evidence(doc.lines[i]),
                                       "a checked service has no description of how it "
                                       "will be provided")
        return ComponentStatus("present", doc.lines[checked[0]].page,
                               _evidence(doc.lines[checked[0]]))
    return ComponentStatus("missing", doc.lines[starts[0]].page,
                           _evidence(doc.lines[starts[0]]), "no service is checked")


# A service line that says it is not given, whatever mark starts it (a bullet "●" reads
# as a filled radio button): "● Training – Provided: No.", "• Job coaching - No".
_SAYS_NOT_GIVEN = re.compile(r"\bprovided\??:?\s*no\b|\s[-–—:]\s*no\b|\bnot provided\b|"
                             r"\bnot needed\b", re.I)


def _service_described(doc: _Doc, body: list[int], index: int) -> bool:
    text = doc.lines[index].text
    if _named_again_with_text(doc, body, index):
        return True
    rest = re.split(r"\s[-–:]\s|:\s|\s{2,}", text, maxsplit=1)
    same_line = rest[1] if len(rest) > 1 else ""
    same_line = re.sub(r"how (?:the en|we) will provide it:?", "", same_line, flags=re.I)
    if _words(same_line) >= 4:
        return True
    position = body.index(index)
    for i in body[position + 1:position + 6]:
        line = doc.lines[i].text
        if _starts_with_box(line) is not None or _has_checked(line[:3]):
            return False
        cleaned = re.sub(r"^(?:description|details|how)[^:]*:\s*", "", line, flags=re.I)
        if _words(cleaned) >= 4 or (cleaned.rstrip().endswith(".") and _words(cleaned) >= 2):
            return True
    return False


def _named_again_with_text(doc: _Doc, body: list[int], index: int) -> bool:
    """Whether a ticked service of a list is named again further on, with what it is under
    or after it ("☑ Job development" ... "Job development: describe the service ..." and the
    answer): the list only says which services are given."""
    name = re.sub(r"^[\s\[\]xX☒☑☐✓✔■□(),.-]*", "", doc.lines[index].text).strip().lower()
    if len(name) < 4:
        return False
    position = body.index(index)
    for at, i in enumerate(body[position + 1:], position + 1):
        line = doc.lines[i].text.strip()
        if _starts_with_box(line) is None and line.lower().startswith(name) and \
                line[len(name):len(name) + 3].lstrip()[:1] in (":", "-", "–"):
            return any(_words(doc.lines[j].text) >= 4 and not _is_label(doc.lines[j].text)
                       and _starts_with_box(doc.lines[j].text) is None
                       for j in body[at + 1:at + 3])
    return False


def _find_signature(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    patterns = _patterns("signature_labels", name)
    for index, label in enumerate(doc.labels):
        if not any(p.search(label) for p in patterns):
            continue
        line = doc.lines[index]
        cells = [c for _, c in line.segments] or [line.text]
        first_label_end = 1
        signed_value, date_value = None, None
        # Same line: the cells after the label, up to a "Date" label.
        for pos in range(first_label_end, len(cells)):
            cell = cells[pos]
            if re.match(r"^date\b", cell, re.I):
                tail = cell[4:].strip(" :")
                date_value = tail or (cells[pos + 1] if pos + 1 < len(cells) else "")
                break
            if signed_value is None and not _is_label(cell):
                signed_value = cell
        head = re.split(r"signature\s*:?", cells[0], maxsplit=1, flags=re.I)
        if signed_value is None and len(head) > 1 and _filled(head[1]):
            signed_value = head[1]
        # Labels printed above their boxes: the values are on the next line.
        if not signed_value and not date_value:
            signed_value = _cell_below(doc, index, line.segments[0][0])
            for x, cell in line.segments[1:]:
                if re.match(r"^date\b", cell, re.I):
                    date_value = _cell_below(doc, index, x)
        evidence = _evidence(line)
        if not signed_value or not _filled(signed_value) or _DATE.fullmatch(signed_value.strip()):
            return ComponentStatus("missing", line.page, evidence, "the signature line is blank")
        if not date_value or not _DATE.search(date_value):
            return ComponentStatus("deficient", line.page, evidence, "the signature has no date")
        return ComponentStatus("present", line.page, evidence)
    return ComponentStatus("missing", reason="no signature line found")


def _find_amendment_reference(doc: _Doc, name: str, today: dt.date) -> ComponentStatus:
    patterns = _patterns("values", "amendment_reference")
    for index, label in enumerate(doc.labels):
        line = doc.lines[index]
        if any(p.search(label) or p.search(line.text) for p in patterns) and (
                _DATE.search(line.text) or re.search(r"\d", line.text)):
            return ComponentStatus("present", line.page, _evidence(line))
    return ComponentStatus("missing", reason="the amended IWP is not named")


_FINDERS = {
    "en_information": _find_label_value,
    "ticketholder_information": _find_label_value,
    "discussion_record": _find_discussion_record,
    "short_term_goal": _find_goal,
    "long_term_goal": _find_goal,
    "services_and_supports": _find_services,
    "ticketholder_signature": _find_signature,
    "en_signature": _find_signature,
    "amendment_reference": _find_amendment_reference,
}


