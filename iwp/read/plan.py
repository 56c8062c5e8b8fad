"""Step 5 - read: turn a PDF's layout into a partial plan with evidence (:class:`ReadPlan`).

Public entry: :func:`read_plan` (a :class:`~iwp.read.parse.ParsedPdf`) and :func:`read_pages`
(layout pages, for tests and other sources). The reader only reports what it saw - values
with their page, place and score, components seen without a value, doubts, and signals of
the document's type; it never decides whether the plan is complete.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from iwp.read import vocabulary as vocab
from iwp.read.layout import RADIO_CHOSEN, RADIO_NOT_CHOSEN, LayoutPage, Word, contains
from iwp.read.model import BBox, Evidence, ReadPlan
from iwp.read.pairing import (
    RULING_SLACK,
    WEAK_SCORE,
    Pair,
    Phrase,
    _CITY_STATE_ZIP,
    looks_like,
    pair_labels,
    parse_date,
    parse_hours,
    parse_money,
    parse_monthly,
    phrases,
)

# A phrase wraps onto the next line when the lower piece starts within WRAP_ALIGN points of
# its left edge and at most WRAP_GAP ems under its glyph boxes (wrapped lines in a cell
# measured 0.35-0.6 em between the boxes; separate form rows 0.9 em and more).
WRAP_ALIGN = 2.5
WRAP_GAP = 0.75
# The title of a document is printed in this top fraction of its first page.
TITLE_ZONE = 0.15
# A heading is a short phrase: at most this many words.
HEADING_MAX_WORDS = 9
# A prefix left of a heading on its line ("Part III:") is at most this many words, at most
# this many points before it.
HEADING_PREFIX_WORDS = 3
# A caption run into the end of the value before it ("Santangelo SSN:") is at most this
# many words.
TRAILING_LABEL_WORDS = 4
HEADING_PREFIX_GAP = 20.0
# A heading's own number ("Section 3.", "Part 2", "IV.") in the heading's type may stand
# further off, up to this many font sizes: on a scan, OCR can lose the words between them
# ("Section 3. [Employment] Goals").
HEADING_NUMBER_GAP_EM = 6.0
_HEADING_NUMBER = re.compile(r"(?:section|part|step|chapter)?\s*(?:\d{1,2}|[IVX]{1,4}|[A-H])"
                             r"[.:)]?", re.I)
# A column or row header governs values within this many points of it (a goals table's
# two columns measured 150-280 pt wide; rows up to 200 pt tall with wrapped text).
HEADER_REACH = 320.0
# A terms-and-conditions or statement section counts as printed with at least this many
# words under its heading (the shortest statement in the corpus measured 38 words).
MIN_SECTION_WORDS = {"terms_and_conditions": 30, "statement_of_understanding": 15,
                     "discussion_summary": 12}
# Under this share of those words the heading is a title with nothing printed under it (a
# table of contents line, a heading whose text was left out): the section is missing, not
# a doubt. Between it and the full count the reader may have missed a column: a doubt.
SECTION_WORDS_DOUBT_SHARE = 0.5
# A page with at least this many text fields is a fillable form: its answers are in the
# fields, and printed text beside a label is another caption or an instruction.
FORM_PAGE_FIELDS = 3
# Long text under a label is gathered for at most this many lines.
LONG_TEXT_LINES = 40
_GOAL_SECTIONS = ("short_term", "long_term")
# The pieces of a title split over lines are short; a sentence that names the plan is none.
SPLIT_TITLE_PIECE_WORDS = 4
_FORM_NUMBER = re.compile(r"\bSSA[\s-]?1370\b", re.I)
# Plans in the plural: a report or a handbook about IWPs, not the title of one.
_PLURAL_PLANS = re.compile(r"\b(?:plans|amendments|iwps)\b")


@dataclass
class _Item:
    """A phrase and what the vocabulary says it is."""

    phrase: Phrase
    labels: list[vocab.Match]
    section: str | None  # a section it names, when it is a heading
    heading: bool = False
    # Printed on a fillable form's page, outside its fields: a caption, an option, a column
    # header, never an answer (the answers are in the fields).
    on_form: bool = False


def read_plan(parsed: Any) -> ReadPlan:
    """The partial plan a parsed PDF holds (layout, form fields or OCR words)."""
    pages = getattr(parsed, "layout", None)
    ocr_pages = getattr(getattr(parsed, "ocr", None), "pages", None)
    if getattr(parsed, "source", None) == "ocr" and ocr_pages:
        pages = ocr_pages  # words with the boxes OCR measured, rulings from the image
    elif getattr(parsed, "source", None) == "ocr" or not any(p.words for p in pages or []):
        pages = pages_from_lines(parsed)
    plan = read_pages(pages)
    _add_signature_fields(plan, parsed)
    return plan


# Characters OCR reads from table rules and specks at the edges of words ("[25", "|-June").
_OCR_SPECKS = "|[]{}“”‘’_=~-—«»"
# A check box typed or read as brackets ("[X]", "[ ]"): one word, a box glyph, never specks
# (stripped to "X" or nothing, a ticked option in a row of boxed options would lose its box).
_BRACKET_BOX = re.compile(r"\[\s*([xX✓✔]?)\s*\]")


def pages_from_lines(parsed: Any) -> list[LayoutPage]:
    """Layout pages from a parse without PDFium's layout (OCR words, pypdf runs): boxes
    estimated from the font size (half an em per character), no rulings or fills."""
    runs = []
    if getattr(parsed, "ocr", None) is not None and getattr(parsed.ocr, "runs", None):
        runs = parsed.ocr.runs
    else:
        for line in getattr(parsed, "lines", []) or []:
            runs.extend(line.runs)
    sizes = dict(enumerate(getattr(parsed, "page_sizes", []) or [], start=1))
    pages: dict[int, LayoutPage] = {}
    for run in runs:
        width, height = sizes.get(run.page, (612.0, 792.0))
        page = pages.setdefault(run.page, LayoutPage(run.page, width, height, estimated=True))
        x = run.x
        for piece in re.finditer(_BRACKET_BOX.pattern + r"|\S+", run.text):
            x0 = x + piece.start() * 0.5 * run.size
            box = _BRACKET_BOX.fullmatch(piece.group())
            text = ("☒" if box[1] else "☐") if box else piece.group().strip(_OCR_SPECKS) \
                if parsed.source == "ocr" else piece.group()
            if not text:
                continue
            page.words.append(Word(text, x0, height - run.y - run.size * 0.8,
                                   x0 + 0.5 * run.size * len(piece.group()),
                                   height - run.y + run.size * 0.2, run.size, None,
                                   run.from_field))
    return [pages[n] for n in sorted(pages)]


def read_pages(pages: list[LayoutPage]) -> ReadPlan:
    """The partial plan the layout pages hold."""
    plan = ReadPlan()
    items: list[_Item] = []
    by_page: dict[int, LayoutPage] = {p.number: p for p in pages}
    for page in pages:
        found = phrases(page)
        if page.estimated:
            found = [piece for phrase in found for piece in _split_run_label(phrase)]
        else:
            found = [piece for phrase in found for piece in _split_label_value(phrase)]
            found = [piece for phrase in found for piece in _split_run_in_heading(phrase)]
        found = [piece for phrase in found for piece in _split_trailing_label(phrase)]
        items.extend(_merge_wrapped([_classify(phrase) for phrase in found],
                                    [r for r in page.rulings if r.horizontal]))
    form_pages = {n for n, page in by_page.items()
                  if sum(w.kind == "text" for w in page.widgets) >= FORM_PAGE_FIELDS}
    for item in items:
        item.on_form = item.phrase.page in form_pages and not item.phrase.from_field
    certificates = _certificate_pages(items)
    for item in items:
        if item.phrase.page in certificates:
            # A signing certificate records who signed and when, no value of the plan: its
            # "Signer role: Employment Network Representative" is no caption.
            item.labels, item.section = [], None
    _mark_headings(items)
    sections = _sections(items)
    _signals(plan, items, pages)
    _components(plan, items)
    _read_labels(plan, items, sections, by_page)
    _read_goal_tables(plan, items, sections)
    _read_sentences(plan, items, sections)
    _read_services(plan, items, sections, by_page)
    _read_work_history(plan, items, sections)
    _read_follow_up(plan, items, sections, by_page)
    _read_widgets(plan, pages)
    _drop_unticked_services(plan)
    _certificate_signatures(plan, items, certificates)
    _styled_signatures(plan, items)
    _read_signatures(plan, items, by_page)
    _signature_rows(plan, items)
    _signature_tables(plan, items, by_page)
    _signature_images(plan, items, by_page)
    _typed_signatures_by_party(plan, items)
    _scan_signatures(plan, items, by_page)
    _components_from_values(plan)
    goals = plan.data.get("employment_goals") or {}
    if "ticketholder_signs" in plan.signals and any(
            (goals.get(goal) or {}).get("job_title") and (goals.get(goal) or {}).get(
                "monthly_earnings") for goal in ("short_term", "long_term")):
        # Goals with their earnings and a place for the Ticket Holder to sign: what the
        # document itself agrees, however it is laid out (a letter asking "please sign").
        plan.signals["plan_content"] = plan.signals["ticketholder_signs"]
    changes = {e.get("change") for e in plan.data.get("services") or []} - {None}
    if "ended" in changes or len(changes) >= 2:
        # Services listed as added, ended or continued: changes to a plan, an amendment's.
        plan.signals["amendment_changes"] = plan.evidence.get("services.0") or Evidence(0)
    plan.kind = _kind(plan)
    return plan


# A document is taken for an IWP only with its title and at least this many of the other
# signs of one, and this many values actually read (a specification of the IWP format has
# the title and the headings, but no Ticketholder's name or dates).
MIN_STRUCTURE_SIGNALS = 2
MIN_VALUES_READ = 3
_STRUCTURE = ("part_one", "part_two", "part_three", "en", "ticketholder", "goals", "signatures")


def _kind(plan: ReadPlan) -> str:
    """``iwp`` or ``amendment`` on positive evidence only; else ``unknown`` (the judge
    decides ``not_an_iwp`` from the signals)."""
    values = [e for e in plan.evidence.values() if e.score >= WEAK_SCORE]
    if len(values) >= MIN_VALUES_READ:
        strongest = max(values, key=lambda e: e.score)
        plan.signals.setdefault("values", Evidence(strongest.page, strongest.bbox, None,
                                                   strongest.score,
                                                   f"{len(values)} plan values read"))
    if "letter" in plan.signals or "other_program" in plan.signals:
        return "unknown"
    structure = sum(name in plan.signals for name in _STRUCTURE)
    if len(values) < MIN_VALUES_READ or structure < MIN_STRUCTURE_SIGNALS:
        return "unknown"
    if "signatures" not in plan.signals:
        return "unknown"  # every IWP and amendment has a place to sign
    if "amendment_title" in plan.signals:
        return "amendment"
    parts = all(p in plan.signals for p in ("part_one", "part_two", "part_three"))
    return "iwp" if {"title", "form_number"} & set(plan.signals) or parts else "unknown"


# Components named as iwp/data/headings.yaml names them, by the plan paths that show them.
_COMPONENT_PATHS = {
    "discussion_record": ("discussion.date", "discussion.modality"),
    "discussion_summary": ("discussion.summary",),
    "work_history": ("work_history.",),
    "short_term_goal": ("employment_goals.short_term.",),
    "long_term_goal": ("employment_goals.long_term.",),
    "services_and_supports": ("services.",),
    "follow_up": ("follow_up.",),
    "ticketholder_signature": ("signatures.ticketholder.method",),
    "en_signature": ("signatures.en_representative.method",),
    "en_information": ("employment_network.",),
    "ticketholder_information": ("ticketholder.name", "ticketholder.ssn"),
    "alternate_contact": ("ticketholder.alternate_contact.",),
    "amendment_reference": ("amends.", "amendment_number"),
}
_SECTION_COMPONENTS = {"discussion": "discussion_record"}


def _components_from_values(plan: ReadPlan) -> None:
    """A component is seen where a value of it was read; an amendment's goals and services
    are its revised goals and services."""
    for section, component in _SECTION_COMPONENTS.items():
        if section in plan.components:
            plan.components.setdefault(component, plan.components.pop(section))
    for component, prefixes in _COMPONENT_PATHS.items():
        if component in plan.components:
            continue
        hits = [(path, ev) for path, ev in plan.evidence.items()
                if any(path == p or path.startswith(p) for p in prefixes)]
        if hits:
            path, ev = max(hits, key=lambda h: h[1].score)
            plan.components[component] = ev
    if plan.kind == "amendment":
        for old, new in (("short_term_goal", "revised_goals"), ("long_term_goal", "revised_goals"),
                         ("goals", "revised_goals"),
                         ("services_and_supports", "revised_services")):
            if old in plan.components:
                plan.components.setdefault(new, plan.components[old])


# --- classification -------------------------------------------------------------------------

def _split_run_label(phrase: Phrase) -> list[Phrase]:
    """A label and its value read as one run (OCR joins "EN name Northgate Pathways"): split
    after the longest run of leading words that is a label, when words remain. A phrase
    that starts with a check box is an option ("☒ Job development"), not a label."""
    words = phrase.words
    if words and _LEADING_BOX.fullmatch(words[0].text):
        return [phrase]
    for size in range(min(len(words) - 1, 7), 0, -1):
        head = " ".join(w.text for w in words[:size])
        found = [m for m in vocab.match(head, ("labels",), prefix=False)
                 if m.score >= 0.9 and not (m.generic and size == 1)]
        if found:
            left, right = words[:size], words[size:]
            return [_sub_phrase(phrase, left), _sub_phrase(phrase, right)]
    return [phrase]


# Label kinds whose values have a shape of their own: a label followed by such a value on
# one phrase ("Expected monthly earnings$1,664.00" - a right-aligned label column with no
# gap before its value) is split even in a text layer.
_TYPED_KINDS = ("date", "money", "monthly_money", "hours", "phone", "email", "ssn", "pid")


def _split_label_value(phrase: Phrase) -> list[Phrase]:
    """A text-layer phrase that is a label and then a value of the label's kind (a money
    amount, a date, a phone number): split between them. Anything else stays whole, so a
    sentence that happens to start with a label's words is never cut."""
    words = phrase.words
    if len(words) < 2:
        return [phrase]
    spec = vocab.vocabulary().get("labels") or {}
    for size in range(min(len(words) - 1, vocab.MAX_LABEL_WORDS), 0, -1):
        head = " ".join(w.text for w in words[:size]).rstrip(":")
        rest = " ".join(w.text for w in words[size:])
        for m in vocab.match(head, ("labels",), prefix=False):
            kind = (spec.get(m.key) or {}).get("kind", "text")
            if m.score >= 0.9 and not m.generic and kind in _TYPED_KINDS and \
                    looks_like(kind, rest) >= 1.0:
                return [_sub_phrase(phrase, words[:size]), _sub_phrase(phrase, words[size:])]
    return [phrase]


# A run-in heading ("Summary of the discussion. We met with ...") is at most this many
# words ending with a full stop, and the text after it on its line at least RUN_IN_TEXT_WORDS.
RUN_IN_HEADING_WORDS = 6
RUN_IN_TEXT_WORDS = 4
RUN_IN_MIN_SCORE = 0.95


def _split_run_in_heading(phrase: Phrase) -> list[Phrase]:
    """A paragraph that opens with a label's or a section's name and a full stop, the
    text following on the same line (a run-in heading, often bold): split after the stop,
    so the name is a caption and the paragraph its value."""
    words = phrase.words
    for size in range(1, min(len(words) - RUN_IN_TEXT_WORDS, RUN_IN_HEADING_WORDS) + 1):
        if not words[size - 1].text.endswith(".") or words[size - 1].text.endswith(".."):
            continue
        if not words[size].text[:1].isupper():
            return [phrase]
        head = " ".join(w.text for w in words[:size])
        if any(m.score >= RUN_IN_MIN_SCORE and not m.generic for m in vocab.match(
                head, ("labels", "sections"), prefix=False)):
            return [_sub_phrase(phrase, words[:size]), _sub_phrase(phrase, words[size:])]
        return [phrase]
    return [phrase]


def _split_trailing_label(phrase: Phrase) -> list[Phrase]:
    """A value and the next field's caption read as one phrase ("Rafael M. Santangelo
    SSN:", "(570) 555-0100 Email:" - OCR or tight spacing left no gap): split before the
    caption, so the caption is never part of a value."""
    words = phrase.words
    if len(words) < 2 or not words[-1].text.endswith(":"):
        return [phrase]
    if any(m.score >= 0.9 for m in vocab.match(phrase.text, ("labels", "sections",
                                                              "columns"))):
        return [phrase]  # "Short-term goal:", "Provided by:" are one caption each
    for size in range(min(len(words) - 1, TRAILING_LABEL_WORDS), 0, -1):
        tail = " ".join(w.text for w in words[-size:])
        if any(m.score >= 0.9 for m in vocab.match(tail, ("labels", "columns"), prefix=False)):
            return [_sub_phrase(phrase, words[:-size]), _sub_phrase(phrase, words[-size:])]
    return [phrase]


def _sub_phrase(phrase: Phrase, words: list) -> Phrase:
    return Phrase(" ".join(w.text for w in words), min(w.x0 for w in words),
                  min(w.top for w in words), max(w.x1 for w in words),
                  max(w.bottom for w in words), phrase.page, phrase.size, phrase.line,
                  phrase.cell, phrase.from_field, list(words))


def _classify(phrase: Phrase) -> _Item:
    words = len(phrase.text.split())
    matches = vocab.match(phrase.text) if words <= 2 * vocab.MAX_LABEL_WORDS else []
    if _RADIO_OPTION.match(phrase.text):
        # "◉ Email", "○ Telephone": a choice offered as the answer to a question, never a
        # label or a heading of its own.
        matches = [m for m in matches if m.group not in ("labels", "sections")]
    section = next((m.key for m in matches if m.group == "sections"), None)
    return _Item(phrase, matches, section)


def _merge_wrapped(items: list[_Item], horizontals: list | None = None) -> list[_Item]:
    """Join a phrase that wraps onto the next line (a label or value too long for its
    cell: "Provider / Identification / Number (PID)") into one phrase: the lower piece
    starts at the same left edge just under it, no horizontal ruling (a table's row
    border) runs between them, and neither piece is a label by itself."""
    horizontals = horizontals or []
    out: list[_Item] = []
    for item in items:
        p = item.phrase
        host = None
        for previous in reversed(out[-12:]):
            q = previous.phrase
            if q.line >= p.line - 2 and abs(q.x0 - p.x0) <= WRAP_ALIGN and \
                    0 <= p.top - q.bottom <= WRAP_GAP * q.size and q.cell == p.cell and \
                    not q.from_field and not p.from_field and abs(q.size - p.size) < 1.5 \
                    and not _ruled_between(q, p, horizontals):
                host = previous
                break
        if host is not None and any(o.phrase.page == p.page and o.phrase.line == p.line and
                                    o.phrase.x1 <= p.x0 and _is_caption(o)
                                    for o in out[-6:]) and not any(
                                        m.group == "labels" for m in vocab.match(
                                            f"{host.phrase.text} {p.text}", ("labels",))):
            host = None  # "Social Security number  951-..." is a row of its own, not a wrap
        if host is not None and _starts_row(host.phrase, p, out, items):
            host = None
        if host is not None and any(
                o.phrase.page == host.phrase.page and o.phrase.line == host.phrase.line and
                0 <= o.phrase.x0 - _line_end(host.phrase) <= RUNS_ON_GAP_EM * host.phrase.size
                for o in items if o is not host):
            host = None  # its line runs on past it ("... summary. Provided by: WIPA"): the
            # next line goes on from the line's end, not from this piece
        if host is not None and any(m.score >= 0.95 and m.group in ("services", "sections")
                                    for m in item.labels) and any(
                o.phrase.page == p.page and o.phrase.line == p.line and
                0 <= o.phrase.x0 - p.x1 <= RUNS_ON_GAP_EM * p.size for o in items):
            host = None  # "Job accommodations – Provided: Yes": the next item of a list
        if host is not None and _joins(host, item):
            q = host.phrase
            glue = "" if " " not in q.text and len(p.text) <= 3 and "@" in q.text else " "
            q.text = f"{q.text}{glue}{p.text}"
            q.x1, q.bottom = max(q.x1, p.x1), max(q.bottom, p.bottom)
            q.words = q.words + p.words
            q.line = p.line
            merged = _classify(q)
            host.labels, host.section = merged.labels, merged.section
            continue
        out.append(item)
    return out


def _line_end(phrase: Phrase) -> float:
    """Where a phrase's last line ends (its box spans every line it wraps onto)."""
    return phrase.words[-1].x1 if phrase.words else phrase.x1


# A piece of a line followed within this many ems by another piece of the same line was
# split from it (a caption cut out of a sentence): the line does not end with it.
RUNS_ON_GAP_EM = 1.0

# A caption line ("Provided by:", "How often:") has at most this many words.
CAPTION_WORDS = 4

# Plain text ending closer than this (in font sizes) before a section's name on its line
# runs on into it: the name is part of a sentence or a detail line, not a heading.
HEADING_LEAD_GAP = 2.0

# A row caption is short: a left-hand phrase longer than this is text, not a caption.
ROW_CAPTION_WORDS = 6


def _starts_row(upper: Phrase, lower: Phrase, done: list[_Item], items: list[_Item]
                ) -> bool:
    """Whether ``lower``, just under ``upper``, is the value of a new table row rather than
    ``upper`` wrapping, in a table with no rulings and no space between rows:

    - a label of the vocabulary left of ``lower`` starts within ``lower``'s line, not
      above it (a caption centred on a two-line value, "Address" beside "77 Canal Street"
      / "Riverton, WI", under "Business model | Traditional EN", starts a row at "77
      Canal Street"; it does not at "Riverton", which it starts above);
    - or ``upper`` has a short caption to its left on its first line, and a new short
      phrase, not starting in lower case, in that caption's column starts on ``lower``'s
      line ("Preferred contact | Text message" over "Benefits | SSI and SSDI"). A caption
      that wraps ("Expected monthly" / "earnings") is one phrase in ``done`` by then,
      starting above, and a description's next line ("accommodations and ...") starts in
      lower case, so a value beside either still wraps."""
    def first_top(a: Phrase) -> float:
        return a.words[0].top if a.words else a.top

    def starts_level(a: Phrase, b: Phrase) -> bool:
        return abs(first_top(a) - first_top(b)) <= 0.5 * b.size

    def same_column(a: Phrase, b: Phrase) -> bool:
        return min(a.x1, b.x1) - max(a.x0, b.x0) > 0

    labels = [i.phrase for i in items if i.phrase.page == lower.page and
              any(m.group == "labels" for m in i.labels)]
    earlier = [i.phrase for i in done]
    if any(o.page == lower.page and o.x1 <= lower.x0 and o is not upper and
           lower.top - 0.25 * lower.size <= first_top(o) < lower.bottom and
           len(o.text.split()) <= ROW_CAPTION_WORDS for o in labels):
        return True
    captions = [r for r in earlier if r.page == upper.page and r.x1 <= upper.x0 and
                starts_level(r, upper) and len(r.text.split()) <= ROW_CAPTION_WORDS]
    return any(o.page == lower.page and o.x1 <= lower.x0 and starts_level(o, lower) and
               len(o.text.split()) <= ROW_CAPTION_WORDS and not o.text[:1].islower() and
               any(same_column(o, r) and o is not r for r in captions) for o in earlier)


def _is_caption(item: _Item) -> bool:
    """A label, or a column's name used as a caption before its value ("Who:", "How
    often:" on a service's line)."""
    return any(m.group == "labels" or (m.group == "columns" and
                                       item.phrase.text.rstrip().endswith(":"))
               for m in item.labels)


# A phrase that ends on a word that needs another after it goes on on the next line.
_UNFINISHED = re.compile(r"\s(?:and|or|of|the|to|for|with|&)\s*$", re.I)


def _ruled_between(upper: Phrase, lower: Phrase, horizontals: list) -> bool:
    """Whether a horizontal ruling runs between two phrases, under both of their starts."""
    left = max(upper.x0, lower.x0)
    return any(upper.bottom - 1 <= r.top <= lower.top + 1 and r.x0 <= left + 1 and
               r.x1 >= left + 4 for r in horizontals)


def _joins(host: _Item, lower: _Item) -> bool:
    """Whether ``lower`` continues ``host``: plain text under plain text (a wrapped value
    or paragraph), or pieces that together read as a label ("Relationship to" /
    "Ticketholder", "Provider" / "Identification" / "Number (PID)")."""
    if _LEADING_BOX.match(lower.phrase.text):
        return False  # a line that starts with a check box is the next option
    if _RADIO_OPTION.match(host.phrase.text):
        return False  # "◉ Yes" is a whole option: the line under it goes on something else
    plain = lambda i: not any(m.group == "labels" for m in i.labels)  # noqa: E731
    if _starts_part(lower):
        return False  # "Long-term goal: ..." under a paragraph starts the next part
    if _LEADING_BOX.match(lower.phrase.text) or _BULLET.match(lower.phrase.text):
        return False  # "[X] Job development", "• Training": a list's next item
    if lower.labels and lower.phrase.text.rstrip().endswith(":") and \
            len(lower.phrase.text.split()) <= CAPTION_WORDS:
        return False  # "Provided by:" under a paragraph captions what follows it
    if host.phrase.text.rstrip().endswith((".", "!", "?")) and any(
            m.group == "sections" and m.score >= 0.9 for m in lower.labels):
        return False  # a sentence ended; "Long-term goal (3 to 5 years)" heads what follows
    caption_below = lower.phrase.text.rstrip().endswith(":")
    if not host.labels and not caption_below and \
            not host.phrase.text.rstrip().endswith(":") and (
            not lower.labels or len(host.phrase.text.split()) >= 5 and
            (plain(lower) or _continues_sentence(lower.phrase.text)) and
            not host.phrase.text.rstrip().endswith(")")):
        return True  # a wrapped value, or a paragraph running on ("... the discussion / summary.")
    if _UNFINISHED.search(host.phrase.text) and not lower.phrase.text.rstrip().endswith(":"):
        return True  # "Job retention and" / "ongoing support": a phrase cut after "and"
    if not host.labels and not host.heading and host.phrase.cell is not None and \
            host.phrase.cell == lower.phrase.cell and \
            not lower.phrase.text.rstrip().endswith(":"):
        return True  # a value wrapped in its own table cell ("Part-time customer service /
        # representative"): the cell holds one value, whatever its last word looks like
    if len(host.phrase.text.split()) + len(lower.phrase.text.split()) > vocab.MAX_LABEL_WORDS:
        return False
    joined = vocab.match(f"{host.phrase.text} {lower.phrase.text}", ("labels", "sections"))
    host_words = len(vocab.normalise(vocab._NUMBERING.sub("", host.phrase.text, count=1)).split())
    if joined and not joined[0].generic and len(joined[0].synonym.split()) > host_words and \
            joined[0].score >= max(
            [m.score for m in host.labels + lower.labels if m.group == "labels"] or [0]):
        return True
    if host.phrase.text.rstrip().endswith(":") or any(m.group in ("sections", "columns")
                                                      for m in host.labels):
        return False  # "Long-term goal:" or a column header is whole; what follows is content
    return plain(host) and plain(lower) and not host.heading and len(
        host.phrase.text.split()) <= 3 and not lower.labels and \
        not _LEADING_BOX.match(host.phrase.text)  # an option, not a caption in pieces


def _starts_part(item: _Item) -> bool:
    """A line that opens with the name of a plan part and a colon ("Long-term goal:
    Certified pharmacy technician"): an inline heading, never the wrapped end of the text
    above it."""
    text = vocab._NUMBERING.sub("", item.phrase.text, count=1)
    head, colon, _rest = text.partition(":")
    if not colon or not head[:1].isupper() or len(head.split()) > HEADING_PREFIX_WORDS + 1:
        return False
    return any(m.group == "sections" for m in vocab.match(head, ("sections",), prefix=False))


def _mark_headings(items: list[_Item]) -> None:
    """A phrase naming a section is a heading when it is alone on its line, or larger or
    bolder than the text around it, or a table's row or column header."""
    lines: dict[tuple[int, int], int] = {}
    by_line: dict[tuple[int, int], list[_Item]] = {}
    for item in items:
        key = (item.phrase.page, item.phrase.line)
        lines[key] = lines.get(key, 0) + 1
        by_line.setdefault(key, []).append(item)
    for item in items:
        # (a bilingual heading is counted by its first language: "Short-term goal (within
        # one year) / Meta a corto plazo (dentro de un año)")
        bare = vocab._NUMBERING.sub("", item.phrase.text, count=1).partition(" / ")[0]
        if vocab.is_question(item.phrase.text):
            # A question heads what follows it only when its wording opens a part of the
            # plan ("What kind of work are you looking for in the next year?"); "How can
            # you reach the Employment Network?" asks for one value.
            item.heading = any(m.group == "sections" and m.question for m in item.labels)
            continue
        if item.section is None or len(bare.split()) > HEADING_MAX_WORDS:
            continue
        if _continues_sentence(item.phrase.text):
            continue  # the end of a sentence ("summary.", "follow-up. (weekly)"), not a heading
        p = item.phrase
        before = [o for o in by_line[(p.page, p.line)] if o.phrase.x1 <= p.x0]
        if any(o.section is None and p.x0 - o.phrase.x1 < HEADING_LEAD_GAP * p.size and
               not _is_heading_number(o.phrase.text) for o in before):
            continue  # words run on into it ("... requested by:  The Ticketholder"): text
        # Its own number printed apart ("SECTION 05   EMPLOYMENT GOALS") leaves it alone on
        # its line all the same.
        numbered = len(before) == 1 and _HEADING_NUMBER.fullmatch(
            before[0].phrase.text.strip()) is not None and \
            lines[(p.page, p.line)] == 2
        alone = lines[(item.phrase.page, item.phrase.line)] == 1 or numbered
        label_first = any(m.group == "labels" and not m.generic and m.score >
                          next(s.score for s in item.labels if s.group == "sections")
                          for m in item.labels)
        item.heading = alone or not label_first


def _is_heading_number(text: str) -> bool:
    """A phrase that is only a heading's numbering ("PART 10 -", "Section 4:", "3."): OCR
    or a wide gap can part it from the heading's name, which stays a heading."""
    bare = vocab._NUMBERING.sub("", text, count=1)
    return _HEADING_NUMBER.fullmatch(text.strip()) is not None or (
        bare != text and not bare.strip(" -–—:."))


def _continues_sentence(text: str) -> bool:
    """A line that carries on a sentence from the line above ("follow-up. (weekly)"):
    it starts in lower case and has punctuation in it; never a heading or a name."""
    return text[:1].islower() and re.search(r"[.,;]", text) is not None


def _sections(items: list[_Item]) -> dict[int, str | None]:
    """Each phrase's section: the nearest heading above it in its column (a heading to its
    left or above its left edge), else the last heading of an earlier page."""
    out: dict[int, str | None] = {}
    headings = [i for i in items if i.heading]
    last_by_page: dict[int, str | None] = {}
    carry: str | None = None
    for page in sorted({i.phrase.page for i in items}):
        last_by_page[page] = carry
        page_heads = [h for h in headings if h.phrase.page == page]
        if page_heads:
            carry = max(page_heads, key=lambda h: (h.phrase.top, h.phrase.x0)).section
    starts = {id(h): _heading_start(h, items) for h in headings}
    for item in items:
        p = item.phrase
        if item.heading:
            out[id(item)] = item.section
            continue
        above = [h for h in headings if h.phrase.page == p.page and h.phrase.top <= p.top + 1
                 and starts[id(h)] <= p.x0 + 30 and h is not item]
        if above:
            best = max(above, key=lambda h: (round(h.phrase.top), h.phrase.x0))
            out[id(item)] = best.section
        else:
            out[id(item)] = last_by_page.get(p.page)
    return out


def _heading_start(heading: _Item, items: list[_Item]) -> float:
    """Where a heading's line starts: a short prefix printed just left of it on its line
    ("Part III:", "Section 4 -", "3.") belongs to the heading, so the heading governs the
    column that starts under the prefix."""
    h = heading.phrase
    start = h.x0
    for item in sorted(items, key=lambda i: -i.phrase.x1):
        q = item.phrase
        if q.page != h.page or q.line != h.line or q.x1 > start + 1:
            continue
        numbering = _HEADING_NUMBER.fullmatch(q.text.strip()) is not None and \
            q.size >= 0.8 * h.size
        reach = HEADING_NUMBER_GAP_EM * h.size if numbering else HEADING_PREFIX_GAP
        if start - q.x1 > reach or len(q.text.split()) > HEADING_PREFIX_WORDS:
            break
        start = q.x0
    return start


# --- signals and components -----------------------------------------------------------------

def _ev(phrase: Phrase, score: float, how: str) -> Evidence:
    return Evidence(page=phrase.page, bbox=phrase.bbox, label=phrase.text[:80],
                    score=round(score, 2), how=how)


def _signals(plan: ReadPlan, items: list[_Item], pages: list[LayoutPage]) -> None:
    first_page = min((p.number for p in pages), default=1)
    # A letter-spaced title ("I N D I V I D U A L   W O R K   P L A N") falls apart into
    # phrases; the whole line is read for signals too.
    lines: dict[tuple[int, int], list[Phrase]] = {}
    for item in items:
        lines.setdefault((item.phrase.page, item.phrase.line), []).append(item.phrase)
    whole = []
    for parts in lines.values():
        if len(parts) > 1:
            parts = sorted(parts, key=lambda q: q.x0)
            joined = Phrase(" ".join(q.text for q in parts), parts[0].x0,
                            min(q.top for q in parts), parts[-1].x1,
                            max(q.bottom for q in parts), parts[0].page, parts[0].size,
                            parts[0].line)
            whole.append(_Item(joined, [m for m in vocab.match(joined.text)
                                        if m.group == "signals"], None))
    for item in items + whole:
        p = item.phrase
        if _FORM_NUMBER.search(p.text) and "form_number" not in plan.signals:
            plan.signals["form_number"] = _ev(p, 1.0, "form number printed")
        norm = vocab.normalise(p.text)
        if norm.startswith(("dear ", "sincerely", "yours truly", "respectfully")) \
                and "letter" not in plan.signals:
            plan.signals["letter"] = _ev(p, 0.9, "letter salutation or closing")
        for m in item.labels:
            if m.group != "signals" or m.key in plan.signals:
                continue
            if m.key in ("title", "amendment_title") and (
                    p.page != first_page or p.top > 0.4 * _page_height(pages, p.page)
                    or _PLURAL_PLANS.search(norm)):
                continue  # a title is printed near the top of the first page, and names
                # one plan ("Individual Work Plans", "IWP amendments" head a report's rows)
            if m.key == "letter":
                continue
            plan.signals[m.key] = _ev(p, m.score, f"'{p.text[:60]}' printed")
        text = norm
        for name, words in (("other_program", ("plan for achieving self support",
                                               "individualized plan for employment")),
                            ("ticket_to_work", ("ticket to work",))):
            if name not in plan.signals and any(w in text for w in words):
                plan.signals[name] = _ev(p, 0.8, f"'{p.text[:60]}' printed")
        if "title" not in plan.signals and p.page == first_page and \
                re.search(r"\bindividual work plan\b", text) and \
                p.top < 0.4 * _page_height(pages, p.page) and len(text.split()) <= 12:
            plan.signals["title"] = _ev(p, 0.9, "title printed")
        if "amendment_title" not in plan.signals and p.page == first_page and \
                re.search(r"\bamendment\b", text) and p.top < 0.3 * _page_height(pages, p.page) \
                and len(text.split()) <= 12:
            plan.signals["amendment_title"] = _ev(p, 0.85, "amendment title printed")
    if "title" not in plan.signals:
        # A title set in spaced capitals over two lines ("INDIVIDUAL WORK / PLAN").
        top = [i.phrase for i in items if i.phrase.page == first_page and
               i.phrase.top < TITLE_ZONE * _page_height(pages, first_page) and
               len(i.phrase.text.split()) <= SPLIT_TITLE_PIECE_WORDS]
        words = set(vocab.normalise(" ".join(q.text for q in top)).split())
        if top and {"work", "plan"} <= words and words & {"individual", "individualized"}:
            plan.signals["title"] = _ev(top[0], 0.8, "title printed at the top of page 1")
    for item in items:
        if item.heading and item.section in ("ticketholder", "employment_network", "goals",
                                             "short_term", "long_term", "signatures"):
            name = {"employment_network": "en", "short_term": "goals", "long_term": "goals"
                    }.get(item.section, item.section)
            plan.signals.setdefault(name, _ev(item.phrase, 0.8, "heading printed"))


def _page_height(pages: list[LayoutPage], number: int) -> float:
    return next((p.height for p in pages if p.number == number), 792.0)


def _components(plan: ReadPlan, items: list[_Item]) -> None:
    """Sections seen by their heading; pre-printed ones (terms, statement) with their
    word count under the heading."""
    headings = [i for i in items if i.heading]
    for index, item in enumerate(items):
        if not item.heading:
            continue
        name = item.section
        component = {"short_term": "short_term_goal", "long_term": "long_term_goal",
                     "services": "services_and_supports", "ticketholder":
                     "ticketholder_information", "employment_network": "en_information"
                     }.get(name, name)
        if name in MIN_SECTION_WORDS or name in ("terms_and_conditions",
                                                 "statement_of_understanding"):
            words = 0
            for later in items[index + 1:]:
                if later.heading and later is not item and later in headings \
                        and later.section != name:
                    break
                words += len(later.phrase.text.split())
            need = MIN_SECTION_WORDS.get(name, 10)
            if words < need * SECTION_WORDS_DOUBT_SHARE:
                continue
            if words < need:
                plan.doubts.setdefault(component, f"heading '{item.phrase.text[:60]}' on page "
                                       f"{item.phrase.page} has only {words} words under it")
                continue
            plan.doubts.pop(component, None)
            plan.components.setdefault(component, _ev(
                item.phrase, 0.85, f"heading with {words} words under it"))



# --- labels and values ----------------------------------------------------------------------

def _label_paths(item: _Item, section: str | None) -> list[tuple[str, str, float]]:
    """(plan path, kind, match score) a label phrase stands for in its section."""
    spec = vocab.vocabulary().get("labels") or {}
    out = []
    if _continues_sentence(item.phrase.text):
        return out  # "summary." ending a wrapped sentence is no label
    best = max((m.score for m in item.labels if m.group == "labels"), default=0.0)
    for m in item.labels:
        if m.group != "labels" or m.score < best - 0.05:
            continue  # "Ticket holder signature" is that label, not "Ticket holder" + more
        entry = spec.get(m.key) or spec.get(_GOAL_FIELD.sub("employment_goals.{goal}.", m.key)) \
            or {}
        where = entry.get("in") or []
        path = m.key
        if "{goal}" in path:
            if section not in _GOAL_SECTIONS + ("goals",):
                continue  # which goal is decided by the value's column or row header
        elif m.generic and where and section not in where:
            continue
        elif where and not m.generic and section not in where and section is not None \
                and entry.get("generic") is None and "in" in entry and path.startswith(
                    "signatures"):
            continue
        if path.startswith("signatures.") and not path.endswith((".name", ".title")):
            continue  # signature lines are read by _read_signatures
        kind = "goal" if _WHOLE_GOAL.fullmatch(path) else entry.get("kind", "text")
        out.append((path, kind, m.score))
    return out


# A goal's field named with its goal ("employment_goals.short_term.job_title", a question
# that says which goal it asks about), and a whole goal asked for in one question.
_GOAL_FIELD = re.compile(r"^employment_goals\.(?:short_term|long_term)\.")
_WHOLE_GOAL = re.compile(r"employment_goals\.(?:short_term|long_term|\{goal\})")


def _read_labels(plan: ReadPlan, items: list[_Item], sections: dict[int, str | None],
                 by_page: dict[int, LayoutPage]) -> None:
    label_items = []
    label_ids: set[int] = set()
    answers = _answers_to_captions(items)
    for item in items:
        if id(item) in answers:
            continue  # "PREFERRED CONTACT ....: EMAIL": a value, however label-like
        if item.heading and not any(m.group == "labels" and not m.generic for m in item.labels):
            label_ids.add(id(item.phrase))
            continue
        paths = _label_paths(item, sections.get(id(item)))
        if any(m.group == "labels" for m in item.labels):
            label_ids.add(id(item.phrase))  # a caption is never a value, even unpaired
        if paths:
            label_ids.add(id(item.phrase))
            section = sections.get(id(item))
            for path, kind, score in paths[:3]:
                if "{goal}" in path and section in _GOAL_SECTIONS and \
                        vocab.is_question(item.phrase.text):
                    # "How many hours a week?" asked under the question that opened a goal:
                    # that goal's, decided before pairing (each goal asks it again).
                    path = path.replace("{goal}", section)
                label_items.append((item, path, kind, score))
        elif any(m.group in ("columns", "sections") for m in item.labels) and \
                len(item.phrase.text.split()) <= 5:
            label_ids.add(id(item.phrase))
    candidates = [i.phrase for i in items]
    labels = [(i.phrase, p, k) for i, p, k, _ in label_items]
    right_only = {id(i.phrase) for i, _, _, _ in label_items if i.heading and
                  not vocab.is_question(i.phrase.text)}
    # A heading's number printed apart ("4   IWP Discussion") is no value of the label above.
    label_ids |= {id(i.phrase) for i in items if _numbers_heading(i, items)}
    pairs = pair_labels(labels, candidates, label_ids, right_only,
                        _answer_ends(items, label_items, label_ids),
                        [i.phrase for i in items if i.heading])
    goal_headers = _goal_headers(items)
    form_pages = {n for n, page in by_page.items()
                  if sum(w.kind == "text" for w in page.widgets) >= FORM_PAGE_FIELDS}
    for path, pair in list(pairs.items()):
        if pair.value.page in form_pages and not pair.value.from_field:
            del pairs[path]  # on a fillable form the answers are in its fields
    for path, pair in pairs.items():
        kind = next(k for _, p, k in labels if p == path)
        if "{goal}" in path:
            section = sections.get(id(next(i for i, p, _, _ in label_items
                                           if i.phrase is pair.label)))
            goal = _goal_of(pair.value, goal_headers) or _goal_of(pair.label, goal_headers) \
                or (section if section in _GOAL_SECTIONS else None)
            if goal is None:
                plan.doubts.setdefault("employment_goals", "a goal value was read but not "
                                       "which goal (short- or long-term) it belongs to")
                continue
            path = path.replace("{goal}", goal)
        value_text = pair.value.text
        if _RADIO_OPTION.match(value_text):
            value_text = _chosen_option(pair.value, items)
            if value_text is None:
                continue  # options offered, none chosen: the question is unanswered
        elif _BARE_OPTIONS.fullmatch(value_text.strip()):
            value_text = _marked_option(pair.value, items, by_page.get(pair.value.page))
            if value_text is None:
                continue  # "___ Yes ___ No" with nothing typed on either blank
        elif path == "discussion.modality" and _is_modality(value_text):
            offered, chosen = _marked_choice(
                [i.phrase for i in items if i.phrase.page == pair.value.page and
                 i.phrase.line == pair.value.line], _is_modality, by_page.get(pair.value.page))
            if offered and chosen is None:
                continue  # "☐ In person ☐ Telephone ☐ Video": none chosen, or not seen
            value_text = chosen.text if chosen is not None else value_text
        elif kind in ("long_text", "goal"):
            value_text = _long_text(pair, items, label_ids)
        elif _SEPARATOR in value_text:
            # "Sabrina Umberger · 923-11-6792" under "Your name and Social Security
            # number": the piece that looks like what the label asks for.
            value_text = next((piece for piece in value_text.split(_SEPARATOR)
                               if looks_like(kind, piece) > 0), value_text)
        if kind == "goal":
            _goal_answer(plan, path.rsplit(".", 1)[1], value_text, pair, whole=True)
            continue
        goal_field = _GOAL_FIELD.match(path)
        if goal_field and kind in ("hours", "money", "monthly_money", "date") and \
                looks_like(kind, value_text) <= 0:
            # "20 hours a week at $16.00 an hour": an answer that gives several figures.
            _goal_answer(plan, path.split(".")[1], value_text, pair, whole=False)
            continue
        _store(plan, path, kind, value_text, pair)
    _more_goal_values(plan, items, labels, label_ids, goal_headers)
    _checked_options(plan, items, by_page)


# Separates several values written in one answer ("(612) 555-0127 · iwp@example.org").
_SEPARATOR = " · "


def _answer_ends(items: list[_Item], label_items: list, label_ids: set[int]
                 ) -> dict[int, float]:
    """Question label -> where its answer ends: the top of the next question, label or
    heading after it on its page (the answer is under the question, or after it on its
    line, and belongs to no other question)."""
    position = {id(item): index for index, item in enumerate(items)}
    ends: dict[int, float] = {}
    for item, _path, _kind, _score in label_items:
        q = item.phrase
        if id(q) in ends or not vocab.is_question(q.text):
            continue
        ends[id(q)] = float("inf")
        for later in items[position[id(item)] + 1:]:
            p = later.phrase
            if p.page != q.page:
                break
            if p.top > q.bottom and (later.heading or id(p) in label_ids or
                                     vocab.is_question(p.text)):
                ends[id(q)] = p.top
                break
    return ends


def _not_chosen(text: str) -> bool:
    """An option offered and not chosen ("○ Every three months"): no part of the answer."""
    mark = _RADIO_OPTION.match(text)
    return mark is not None and mark.group(1) in RADIO_NOT_CHOSEN


def _chosen_option(option: Phrase, items: list[_Item]) -> str | None:
    """The chosen answer of a row of radio options ("○ Phone  ◉ Email  ○ Mail"): the words
    after the chosen mark on the option's line, or None when none is chosen."""
    row = sorted((i.phrase for i in items if i.phrase.page == option.page and
                  i.phrase.line == option.line), key=lambda q: q.x0)
    for phrase in row:
        mark = _RADIO_OPTION.match(phrase.text)
        if mark and mark.group(1) in RADIO_CHOSEN:
            return phrase.text[mark.end():].strip() or None
    return None


# An option printed bare in a row of options, to be marked by typing on the blank before it
# ("___ Yes ___ No"), and the marks typed there.
_BARE_OPTIONS = re.compile(r"(?:([xX✓✔☒☑■✗])\s+)?(yes|no)", re.I)
_TYPED_MARKS = ("x", "✓", "✔", "☒", "☑", "■", "✗")
# A mark typed in one phrase with its option: "X Every three months", "✓ Monthly".
_MARK_FIRST = re.compile(r"^\s*[xX✓✔☒☑■✗]\s+(?=\S)")
# A mark is an option's when it ends at most this many ems before the option's first word.
MARK_GAP_EM = 2.0


def _marked_option(option: Phrase, items: list[_Item], page: LayoutPage | None = None
                   ) -> str | None:
    """The option a row of bare options ("___ Yes ___ No") was answered with: the one with
    a mark typed on its blank or a ticked box before it; the value itself when it stands
    alone (a plain "Yes")."""
    row = [i.phrase for i in items if i.phrase.page == option.page and
           i.phrase.line == option.line]
    offered, chosen = _marked_choice(row, page=page)
    if chosen is not None:
        return _BARE_OPTIONS.fullmatch(chosen.text.strip()).group(2)
    return None if offered else option.text


def _is_modality(text: str) -> bool:
    return _code_for(text, "modalities") is not None


def _marked_choice(row: list[Phrase], is_option: Any = None, page: LayoutPage | None = None
                   ) -> tuple[list[Phrase], Phrase | None]:
    """The options of a row (bare "Yes" / "No", or what ``is_option`` accepts: "In person",
    "Telephone", "Video call"; none unless there are two or more) and the one a mark is
    typed just before ("X Yes ___ No") or whose box before it is ticked, if any."""
    row = sorted(row, key=lambda q: q.x0)
    options = [q for q in row if (is_option(q.text) if is_option else
                                  _BARE_OPTIONS.fullmatch(q.text.strip()))]
    if len(options) < 2:
        return [], None
    ticked = [b for b in (page.checkboxes if page is not None else []) if b.checked]
    for number, choice in enumerate(options):
        bare = _BARE_OPTIONS.fullmatch(choice.text.strip())
        if (bare and bare.group(1)) or _MARK_FIRST.match(choice.text):
            return options, choice  # "X Yes": the mark read as one phrase with its option
        before = [q for q in row if q.x1 <= choice.x0 + 1]
        if before and before[-1].text.strip().lower() in _TYPED_MARKS and \
                choice.x0 - before[-1].x1 <= MARK_GAP_EM * choice.size:
            return options, choice
        start = options[number - 1].x1 if number else choice.x0 - MARK_GAP_EM * choice.size
        if any(start - 1 <= b.x0 and b.x1 <= choice.x0 + 1 and
               choice.x0 - b.x1 <= MARK_GAP_EM * choice.size and
               _same_row(choice, Phrase("", *b.bbox, choice.page)) for b in ticked):
            return options, choice  # "☐ In person  ☒ Telephone": the ticked box's option
    return options, None


# A figure found in an answer that gives several ("20 hours a week at $16.00 an hour") is
# as sure as one found in a goal's sentence.
ANSWER_FIGURE_SCORE = 0.6
# A goal written in one answer starts with its job, then a dash and the figures
# ("Part-time warehouse associate — 32 hours a week at $16.00 an hour, ...").
_GOAL_JOB = re.compile(r"^\s*([^—–,;:]{3,80}?)\s+[—–-]\s")


def _goal_answer(plan: ReadPlan, goal: str, text: str, pair: Pair, whole: bool) -> None:
    """A goal's figures written in one answer: hours, wage, monthly earnings and target
    date wherever the answer gives them, and (a ``whole`` goal) the job it starts with."""
    ev = _ev(pair.value, max(pair.score, ANSWER_FIGURE_SCORE),
             f"in the answer to '{pair.label.text.strip()[:60]}'")
    for field_name, (pattern, kind) in _SENTENCE_PATTERNS.items():
        path = f"employment_goals.{goal}.{field_name}"
        if field_name == "job_title":
            m = _GOAL_JOB.match(text) if whole else None
        else:
            m = re.search(pattern, text, re.I if field_name != "target_date" else 0)
        if m:
            _store(plan, path, kind, _dollars(m[1]) if kind == "money" else m[1], pair, ev)


# The score of a value on a goal row header's line, in a goal's column, beyond the reach
# of a value beside its label; its look adds up to a quarter.
ROW_VALUE_SCORE = 0.5


def _answers_to_captions(items: list[_Item]) -> set[int]:
    """Ids of the items that answer the caption just left of them on their line (a caption
    ending in a colon, "PREFERRED CONTACT ....:") with a word that is only a generic label
    ("EMAIL", "Telephone"): there they are values, not captions."""
    by_line: dict[tuple[int, int], list[_Item]] = {}
    for item in items:
        by_line.setdefault((item.phrase.page, item.phrase.line), []).append(item)
    out: set[int] = set()
    for item in items:
        q = item.phrase
        names = [m for m in item.labels if m.group in ("labels", "sections", "columns")]
        if not names or any(not m.generic for m in names if m.group == "labels") or \
                any(m.group != "labels" for m in names) or q.text.rstrip().endswith(":"):
            continue
        left = [o for o in by_line[(q.page, q.line)] if o.phrase.x1 <= q.x0]
        if left:
            nearest = max(left, key=lambda o: o.phrase.x1)
            if nearest.phrase.text.rstrip().endswith(":") and _is_caption(nearest):
                out.add(id(item))
    return out


def _more_goal_values(plan: ReadPlan, items: list[_Item], labels: list, label_ids: set[int],
                      goal_headers: list[_Item]) -> None:
    """A goal label heading a row or a column of a goals table has a value per goal: the
    phrases right of it on its line, or under it in its column, each given to the goal whose
    header governs it."""
    from iwp.read.pairing import candidate_score

    for label, path, kind in labels:
        if "{goal}" not in path:
            continue
        found: dict[str, tuple[float, Phrase]] = {}
        for item in items:
            q = item.phrase
            if id(q) in label_ids or item.heading or item.on_form or q.page != label.page:
                continue
            score, how = candidate_score(label, q, kind)
            if not how and q.x0 >= label.x1 and min(label.bottom, q.bottom) - max(
                    label.top, q.top) > 0.4 * min(label.height, q.height):
                # A row header's value in a goal's column, however far right the column
                # is (a spreadsheet printed fit to width): the column says whose it is.
                score, how = ROW_VALUE_SCORE + 0.25 * looks_like(kind, q.text), "right of"
            if score <= 0.3 or how == "above":
                continue
            if kind in ("money", "monthly_money", "hours", "date") and looks_like(kind, q.text) <= 0:
                continue
            goal = _goal_of(q, goal_headers)
            if goal is None:
                continue
            if goal not in found or found[goal][0] < score:
                found[goal] = (score, q)
        for goal, (score, q) in found.items():
            target = path.replace("{goal}", goal)
            if target in plan.evidence:
                continue
            pair = Pair(label, q, score, f"in the {goal.replace('_', '-')} column or row of "
                        f"the label '{label.text[:50]}'")
            _store(plan, target, kind, q.text, pair)


def _goal_headers(items: list[_Item]) -> list[_Item]:
    return [i for i in items if i.section in _GOAL_SECTIONS
            and len(i.phrase.text.partition(" / ")[0].split()) <= HEADING_MAX_WORDS]


def _goal_of(phrase: Phrase, headers: list[_Item]) -> str | None:
    """Which goal a value belongs to: the goal column header above it, the goal row header
    to its left, else the goal heading above it."""
    best = None
    # A spreadsheet centres a column's header over the column and starts its values at
    # the cell's left edge: a header centred over the value's cell heads it (when only one
    # goal's header is, the cell being no wider than its column).
    over_cell = {header.section for header in headers if phrase.cell is not None and
                 header.phrase.page == phrase.page and header.phrase.top < phrase.top and
                 header.phrase.cell != phrase.cell and  # (in one panel: no column header)
                 phrase.cell[0] <= _centre_x(header.phrase) <= phrase.cell[2]}
    for header in headers:
        h = header.phrase
        if h.page == phrase.page - 1 and not any(o.phrase.page == phrase.page for o in headers):
            # A goals table whose header row ends one page and whose rows start the next.
            overlap_h = min(h.x1 + 20, phrase.x1) - max(h.x0 - 20, phrase.x0)
            if overlap_h > 0 and (h.x1 - h.x0) < 300:
                # Of goal headings stacked on that page, the last one runs on to this page.
                rank = (False, HEADER_REACH + phrase.top, -h.bottom)
                if best is None or rank < best[0]:
                    best = (rank, header.section)
            continue
        if h.page != phrase.page or h is phrase:
            continue
        overlap_v = min(h.bottom, phrase.bottom) - max(h.top, phrase.top)
        overlap_h = min(h.x1 + 20, phrase.x1) - max(h.x0 - 20, phrase.x0)
        centred = len(over_cell) == 1 and header.section in over_cell and \
            phrase.cell[0] <= _centre_x(h) <= phrase.cell[2]
        if h.top < phrase.top and (overlap_h > 0 or centred) and \
                phrase.top - h.bottom < HEADER_REACH and not _header_between(h, phrase, headers):
            distance = phrase.top - h.bottom
            kind = 0  # column header
        elif overlap_v > 0 and h.x1 <= phrase.x0 + 2:
            distance = phrase.x0 - h.x1
            kind = 1  # row header
        elif h.top < phrase.top and h.x0 <= phrase.x0 + 30 and phrase.top - h.bottom < 700:
            distance = 1000 + phrase.top - h.bottom
            kind = 2  # a heading above
        else:
            continue
        # A goal row header (left, same row) is a stronger clue than a heading above.
        rank = (kind == 2, distance if kind != 1 else distance / 4)
        if best is None or rank < best[0]:
            best = (rank, header.section)
    return best[1] if best else None


def _centre_x(phrase: Phrase) -> float:
    return (phrase.x0 + phrase.x1) / 2


def _header_between(header: Phrase, phrase: Phrase, headers: list[_Item]) -> bool:
    """Whether another goal's header starts a new block between ``header`` and ``phrase``
    below it: a wide "Short-term goal" heading is no column header for a value under the
    "Long-term goal" heading that follows it."""
    return any(o.phrase is not header and o.phrase is not phrase and
               o.phrase.page == phrase.page and header.bottom <= o.phrase.top and
               o.phrase.bottom <= phrase.top and o.phrase.x0 <= phrase.x0 for o in headers)


def _long_text(pair: Pair, items: list[_Item], label_ids: set[int]) -> str:
    """A long answer: the paired phrase and the lines that continue it below, in the same
    column, until a heading, a label or a wide gap."""
    value = pair.value
    parts = [value.text]
    bottom = value.bottom
    for item in items:
        p = item.phrase
        if p.page != value.page or p.top <= value.top + 1 or p is value:
            continue
        if p.top - bottom > max(value.height * 1.6, 8.0):
            break
        if id(p) in label_ids or item.heading:
            break
        if p.x0 > value.x1 or p.x1 < value.x0 - 5:
            continue
        if value.cell is not None and p.cell != value.cell:
            continue
        parts.append(p.text)
        bottom = p.bottom
        if len(parts) >= LONG_TEXT_LINES:
            break
    return " ".join(parts)


def _store(plan: ReadPlan, path: str, kind: str, text: str, pair: Pair | None,
           evidence: Evidence | None = None) -> None:
    """Convert ``text`` to the plan's type and store it at ``path`` with its evidence."""
    ev = evidence or _ev(pair.value, pair.score, pair.how)
    text = text.strip()
    if not any(c.isalnum() for c in text):
        return  # specks and rules, not a value
    if vocab.normalise(text) in vocab.word_list("empty_values"):
        return  # "None on file", "N/A": the form says the field is empty
    if looks_like(kind, text) <= -1.0 and kind not in ("long_text", "text", "name"):
        plan.doubts.setdefault(path, f"'{text[:40]}' near '{pair.label.text[:40] if pair else ''}'"
                               f" on page {ev.page} does not look like a {kind}")
        return
    values: dict[str, Any] = {}
    if kind == "date":
        values[path] = parse_date(text)
    elif kind == "money":
        values[path] = parse_money(text)
    elif kind == "monthly_money":
        values[path] = parse_monthly(text)
    elif kind == "hours":
        values[path] = parse_hours(text)
    elif kind == "number":
        digits = re.search(r"\d+", text)
        values[path] = int(digits[0]) if digits else None
    elif path.endswith(".job_title") and _GOAL_JOB_FIGURES.match(text):
        # "Part-time grocery clerk – 24 hrs/week at $15.50/hr": the job, then its figures
        values[path] = _GOAL_JOB_FIGURES.match(text)[1]
    elif kind == "plan_id":
        m = re.search(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+", text)
        values[path] = m[0] if m else text
    elif kind == "name" and path.endswith("alternate_contact.name") and \
            re.fullmatch(r"[^()]+\([^()]{2,30}\)", text):
        # "Percival Ashworth (Sister)": the person and how they are related
        name, _, relation = text.rstrip(")").partition("(")
        values[path] = name.strip()
        values[path[:-len("name")] + "relationship"] = relation.strip()
    elif kind == "name" and path.endswith("ticketholder.name"):
        values.update({f"{path}.{k}": v for k, v in _split_name(text).items()})
    elif kind == "name" and path.endswith(".name") and "," in text and (
            "title" in (pair.label.text.lower() if pair else ev.how.lower()) or
            (_EN_ROLE.search(vocab.normalise(text.partition(",")[2])) and
             looks_like("name", text.partition(",")[0]) > 0)):
        # "Name and title: Marguerite D. Sandoval, Case Manager", or a printed name with
        # its job title after the comma ("Imogen S. Halvorsen, Employment Consultant")
        name, _, title = text.partition(",")
        values[path] = name.strip()
        values[path[:-len("name")] + "title"] = title.strip()
    elif kind == "city_state_zip":
        m = _CITY_STATE_ZIP.match(text)
        base = path.rsplit(".", 1)[0]
        if m:
            values.update({f"{base}.city": m["city"].strip(), f"{base}.state": m["state"],
                           f"{base}.zip": m["zip"]})
    elif kind == "address":
        street, rest = _split_address(text)
        values[path] = street
        if rest:
            base = path.rsplit(".", 1)[0]
            values.update({f"{base}.{k}": v for k, v in rest.items()})
    elif path.endswith(".dates"):  # a job's "05/01/2025 - 09/30/2025"
        found = [parse_date(m[0]) for m in re.finditer(
            r"\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}", text)]
        base = path[:-len("dates")]
        values.update({base + k: v for k, v in zip(("start", "end"), found)})
    elif kind == "text" and path == "discussion.modality":
        code = _code_for(text, "modalities")
        if code:
            values[path] = code
    else:
        values[path] = text
    for key, value in values.items():
        if value is None or value == "":
            continue
        if key in plan.evidence and plan.evidence[key].score >= ev.score:
            continue
        _set(plan.data, key, value)
        plan.evidence[key] = ev
        if ev.score < WEAK_SCORE:
            plan.doubts[key] = (f"weak match on page {ev.page}: {ev.how} "
                                f"(score {ev.score:.2f})")
        else:
            plan.doubts.pop(key, None)


# A goal's job followed by its figures after a dash: "Part-time clerk – 24 hrs/week at ...".
_GOAL_JOB_FIGURES = re.compile(r"^\s*([^—–]{3,80}?)\s+[—–-]\s+(?=[^—–]*(?:\d|\$))")
# A courtesy title before a name ("Ms. Ada Lovell") is no part of it.
_COURTESY_TITLE = re.compile(r"^(?:Mr|Ms|Mrs|Mx|Dr|Miss)\.?\s+(?=\S+\s+\S)", re.I)


def _split_name(text: str) -> dict[str, str]:
    text = _COURTESY_TITLE.sub("", re.sub(r"^/s/\s*", "", text.strip()))
    if "," in text:
        last, _, rest = text.partition(",")
        parts = rest.split() + [last.strip()]
    else:
        parts = text.split()
    if len(parts) == 1:
        return {"first": parts[0]}
    out = {"first": parts[0], "last": parts[-1]}
    if len(parts) > 2:
        out["middle"] = " ".join(parts[1:-1])
    return out


def _split_address(text: str) -> tuple[str, dict[str, str]]:
    m = re.match(r"^(?P<street>.+?),\s*(?P<city>[A-Za-z .'-]+),?\s+(?P<state>[A-Z]{2})\.?,?\s+"
                 r"(?P<zip>\d{5}(?:-\d{4})?)\s*$", text)
    if not m:
        return text, {}
    return m["street"].strip(), {"city": m["city"].strip(), "state": m["state"],
                                 "zip": m["zip"]}


def _code_for(text: str, table: str) -> str | None:
    norm = vocab.normalise(text)
    for code, words in vocab.mapping(table).items():
        if norm in words or any(re.search(rf"\b{re.escape(w)}\b", norm) for w in words
                                if len(w) > 3):
            return code
    return None


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    node: Any = data
    parts = path.split(".")
    for index, part in enumerate(parts[:-1]):
        nxt = parts[index + 1]
        if isinstance(node, list):
            position = int(part)
            while len(node) <= position:
                node.append({})
            node = node[position]
            continue
        node = node.setdefault(part, [] if nxt.isdigit() else {})
    last = parts[-1]
    if isinstance(node, list):
        while len(node) <= int(last):
            node.append({})
        node[int(last)] = value
    else:
        node[last] = value


def _checked_options(plan: ReadPlan, items: list[_Item], by_page: dict[int, LayoutPage]
                     ) -> None:
    """Options chosen by a ticked box (modality, business model): the words right of a
    ticked box on the line of a label that asks for them."""
    targets = {"discussion.modality": "modalities",
               "employment_network.business_model": None}
    models = {"traditional": "traditional", "employer": "employer",
              "administrative": "administrative", "other": "other"}
    for item in items:
        p = item.phrase
        norm = vocab.normalise(p.text)
        path = None
        if "discussion.modality" in [m.key for m in item.labels if m.group == "labels"]:
            path = "discussion.modality"
        elif "business model" in norm or norm.startswith("en type"):
            path = "employment_network.business_model"
        if path is None or path in plan.data and path != "discussion.modality":
            continue
        page = by_page.get(p.page)
        if page is None:
            continue
        line_words = [w for w in page.words if abs((w.top + w.bottom) / 2 -
                                                   (p.top + p.bottom) / 2) < p.height * 1.5
                      or (0 <= w.top - p.bottom < p.height * 2.2)]
        for box in page.checkboxes:
            if not box.checked or abs((box.top + box.bottom) / 2 - (p.top + p.bottom) / 2) \
                    > p.height * 3:
                continue
            after = sorted((w for w in line_words if w.x0 >= box.x1 - 1 and
                            abs((w.top + w.bottom) / 2 - (box.top + box.bottom) / 2) < 6
                            and not contains(box.bbox, w.bbox)), key=lambda w: w.x0)
            words = " ".join(w.text for w in after[:4])
            code = (_code_for(words, targets[path]) if targets[path] else
                    next((v for k, v in models.items()
                          if vocab.normalise(words).startswith(k)), None))
            if code:
                _set(plan.data, path, code)
                plan.evidence[path] = Evidence(p.page, box.bbox, p.text[:80], 0.8,
                                               f"ticked box before '{words[:40]}'")
                break


def _widget_path(text: str) -> tuple[str, str] | None:
    """(plan path, kind) a form field's tooltip or name stands for: the whole text as a
    label, else a section's words at its start ("Short-term goal hours per week") and the
    rest as a label of that section."""
    whole = _Item(Phrase(text, 0, 0, 0, 0, 0), vocab.match(text, ("labels", "sections")), None)
    paths = [(p, k) for p, k, _ in _label_paths(whole, None) if "{goal}" not in p]
    if paths and whole.labels[0].score >= 0.9:
        return paths[0]
    columns = [m for m in vocab.match(text, ("columns",))
               if m.key.startswith("work_history.jobs.") and m.score >= 0.9]
    if columns:
        key = columns[0].key.split(".", 2)[2]
        kind = vocab.vocabulary()["tables"]["work_history.jobs"]["columns"][key]["kind"]
        return f"work_history.jobs.0.{key}", kind
    norm = vocab.normalise(text)
    sections = vocab.vocabulary().get("sections") or {}
    for name, words in sorted(((n, w) for n, ws in sections.items() for w in ws),
                              key=lambda nw: -len(str(nw[1]))):
        head = vocab.normalise(str(words))
        if norm.startswith(head + " "):
            rest = norm[len(head) + 1:]
            item = _Item(Phrase(rest, 0, 0, 0, 0, 0), vocab.match(rest, ("labels",)), None)
            for path, kind, score in _label_paths(item, name):
                if score >= 0.88 and path.startswith(_SECTION_PATHS.get(name, "")):
                    return path.replace("{goal}", name), kind
            break
    return None


# A field named by a section's words and a label ("Follow-up contact methods") stands for
# a value of that section: the plan paths each section's values start with.
_SECTION_PATHS = {"employment_network": "employment_network.", "ticketholder": "ticketholder.",
                  "alternate_contact": "ticketholder.alternate_contact.",
                  "discussion": "discussion.", "discussion_summary": "discussion.",
                  "work_history": "work_history.", "short_term": "employment_goals.",
                  "long_term": "employment_goals.", "goals": "employment_goals.",
                  "services": "services", "follow_up": "follow_up.",
                  "signatures": "signatures."}


def _read_widgets(plan: ReadPlan, pages: list[LayoutPage]) -> None:
    """Filled form fields mapped through the vocabulary by tooltip (/TU), else by name:
    as sure as a form field gets, so they outrank values paired from the page."""
    empty_descriptions: list[tuple[Any, int]] = []
    for page in pages:
        for widget in page.widgets:
            if widget.kind in ("checkbox", "radio"):
                _modality_widget(plan, widget, page.number) or \
                    _follow_up_widget(plan, widget, page.number) or \
                    _service_widget(plan, widget, page.number)
                continue
            if widget.kind == "text" and not widget.value.strip():
                empty_descriptions.append((widget, page.number))
            if widget.kind not in ("text", "choice", "signature") or not widget.value.strip():
                continue
            if _service_widget(plan, widget, page.number) or \
                    _signature_widget(plan, widget, page.number) or \
                    _signature_date_widget(plan, widget, page.number):
                continue
            found = None
            for text in (widget.tooltip, widget.name):
                if text and (found := _widget_path(text)):
                    break
            if found is None:
                continue
            path, kind = found
            how = f"form field {widget.name}" + (f", tooltip '{widget.tooltip[:60]}'"
                                                  if widget.tooltip else "")
            ev = Evidence(page.number, widget.bbox, widget.tooltip or widget.name, 0.95, how)
            _store(plan, path, kind, widget.value, None, ev)
    for widget, page_number in empty_descriptions:
        _empty_service_description(plan, widget, page_number)


def _empty_service_description(plan: ReadPlan, widget: Any, page: int) -> None:
    """An empty text field whose tooltip says it describes a service whose box is ticked:
    the form had a place for the description and it was left blank, which is a certain
    read (``description: ""``), not a description the reader failed to find."""
    label = widget.tooltip or widget.name
    bare = _SERVICE_PREFIX.sub("", label)
    found = _service_code(bare) if bare != label else None
    if not found:
        return
    for index, service in enumerate(plan.data.get("services") or []):
        if service.get("service") == found[0] and service.get("provided") is True and \
                "description" not in service:
            service["description"] = ""
            plan.evidence[f"services.{index}.description"] = Evidence(
                page, widget.bbox, label[:80], 0.95, f"empty form field {widget.name}")


_SERVICE_PREFIX = re.compile(r"^\s*(?:service|describe(?: the)? service|description(?: of)?"
                             r"(?: the)?(?: service)?|how)\s*[:-]?\s*", re.I)


def _service_widget(plan: ReadPlan, widget: Any, page: int) -> bool:
    """A field whose tooltip names a service: a box (provided or not) or its description."""
    label = widget.tooltip or widget.name
    bare = _SERVICE_PREFIX.sub("", label)
    if bare == label and widget.kind not in ("checkbox", "radio"):
        return False
    found = _service_code(bare)
    if not found:
        return False
    code = found[0]
    services = plan.data.setdefault("services", [])
    index = next((n for n, s in enumerate(services) if s.get("service") == code), None)
    if index is None:
        entry = {"service": code}
        if _category(code):
            entry["category"] = _category(code)
        services.append(entry)
        index = len(services) - 1
    ev = Evidence(page, widget.bbox, label[:80], 0.95, f"form field {widget.name}")
    if widget.kind in ("checkbox", "radio"):
        services[index]["provided"] = widget.checked
        plan.evidence[f"services.{index}.provided"] = ev
    elif widget.value.strip():
        services[index]["description"] = widget.value.strip()
        plan.evidence[f"services.{index}.description"] = ev
    plan.evidence.setdefault(f"services.{index}", ev)
    return True


def _modality_widget(plan: ReadPlan, widget: Any, page: int) -> bool:
    """A box whose tooltip asks how the discussion was held and names one way ("Discussion
    held by video call"): ticked, it gives the modality."""
    label = widget.tooltip or widget.name
    if not any(m.key == "discussion.modality" and m.score >= 0.9
               for m in vocab.match(label, ("labels",))):
        return False
    code = _code_for(label, "modalities")
    if code is None:
        return False
    if widget.checked:
        _set(plan.data, "discussion.modality", code)
        plan.evidence["discussion.modality"] = Evidence(page, widget.bbox, label[:80], 0.95,
                                                        f"ticked form field {widget.name}")
    return True


def _follow_up_widget(plan: ReadPlan, widget: Any, page: int) -> bool:
    """A ticked box whose tooltip names a follow-up frequency and phase."""
    label = vocab.normalise(widget.tooltip or widget.name)
    if "follow" not in label and "contact" not in label:
        return False
    if not widget.checked:
        return True  # an unticked follow-up box: nothing to read, and not a service
    code = next((c for c, words in vocab.mapping("frequencies").items()
                 if any(re.search(rf"\b{re.escape(w)}\b", label) for w in words)), None)
    phase = next((p for p, words in vocab.mapping("follow_up_phases").items()
                  if any(w in label for w in words)), None)
    if phase is None:
        phase = "ongoing_phase" if re.search(r"employed|working|hired|ongoing", label) else \
            "initial_phase" if re.search(r"search|looking|before", label) else None
    if code is None or phase is None:
        return False
    _set(plan.data, f"follow_up.{phase}", code)
    plan.evidence[f"follow_up.{phase}"] = Evidence(page, widget.bbox, widget.tooltip[:80],
                                                   0.95, f"ticked form field {widget.name}")
    return True


def _signature_widget(plan: ReadPlan, widget: Any, page: int) -> bool:
    """A signature field, or a text field captioned as one, that holds a typed name."""
    label = widget.tooltip or widget.name
    keys = [m.key for m in vocab.match(label, ("labels",))
            if m.key in ("signatures.ticketholder", "signatures.en_representative")]
    if not keys or not widget.value.strip():
        return False
    path = keys[0]
    _set(plan.data, f"{path}.method", "electronic")
    plan.evidence[f"{path}.method"] = Evidence(page, widget.bbox, label[:80], 0.95,
                                               f"signature typed in form field {widget.name}")
    return True


_SIGNED = re.compile(r"\bdate\b.*\bsign|\bsign\w*\b.*\bdate\b")
_EN_PARTY = re.compile(r"\ben\b|employment network|staff|provider|counsel|specialist|"
                       r"representative")
_TICKETHOLDER_PARTY = re.compile(r"ticket ?holder|beneficiary|participant|client|customer")


def _signature_date_widget(plan: ReadPlan, widget: Any, page: int) -> bool:
    """A date field whose tooltip says whose signature it dates ("Date signed by
    Ticketholder", "EN representative signature date")."""
    label = vocab.normalise(widget.tooltip or widget.name)
    if not _SIGNED.search(label) or parse_date(widget.value) is None:
        return False
    if _TICKETHOLDER_PARTY.search(label):
        path = "signatures.ticketholder.date"
    elif _EN_PARTY.search(label):
        path = "signatures.en_representative.date"
    else:
        return False
    _set(plan.data, path, parse_date(widget.value))
    plan.evidence[path] = Evidence(page, widget.bbox, label[:80], 0.95,
                                   f"date in form field {widget.name}")
    return True


# --- goals in tables ------------------------------------------------------------------------

def _read_goal_tables(plan: ReadPlan, items: list[_Item], sections: dict) -> None:
    """A goal's job title printed as the value of its own row or column header
    ("Short-term goal | Part-time clerk") when no job-title label was read."""
    for goal in _GOAL_SECTIONS:
        path = f"employment_goals.{goal}.job_title"
        if path in plan.data:
            continue
        for item in items:
            if item.section != goal or item.heading and _alone(item, items):
                continue
            p = item.phrase
            right = [i.phrase for i in items if i.phrase.page == p.page and
                     i.phrase.line == p.line and i.phrase.x0 > p.x1 and not i.labels]
            if right:
                value = min(right, key=lambda q: q.x0)
                if looks_like("text", value.text) > 0:
                    _store(plan, path, "text", value.text, None,
                           _ev(value, 0.6, f"right of the goal header '{p.text[:40]}'"))
                    break


_SENTENCE_PATTERNS = {
    "hours_per_week": (r"\b(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?)\s*(?:a|per|each|/)\s*week", "hours"),
    "hourly_wage": (r"(\$\s?\d[\d,]*(?:\.\d{2})?)\s*(?:an|per|a|/)\s*(?:hour|hr\b)", "money"),
    # An amount per month with or without its dollar sign ("880 per month"), never a small
    # count ("2 per month").
    "monthly_earnings": (r"(\$\s?\d[\d,]*(?:\.\d{2})?|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})?|"
                         r"\b\d{3,}(?:\.\d{2})?)\s*(?:a|per|each|/)\s*(?:month|mo\b)", "money"),
    "target_date": (r"\b(?:[Bb]y|[Bb]efore|[Nn]o later than)\s+((?:[A-Z][a-z]+\.? \d{1,2},? \d{4})|"
                    r"(?:\d{1,2} [A-Z][a-z]+\.? \d{4})|(?:\d{4}-\d{2}-\d{2})|"
                    r"(?:\d{1,2}/\d{1,2}/\d{2,4}))", "date"),
    "job_title": (r"\bwork(?:ing)? (?:full[- ]time |part[- ]time )?as (?:an? )?([^,.;]{3,60}?)"
                  r"(?:,| at | for | earning|\.|;)", "text"),
}


def _dollars(amount: str) -> str:
    """An amount a sentence gives without its dollar sign ("880 per month") as money."""
    return amount if "$" in amount else "$" + amount.strip()


def _section_text(items: list[_Item], sections: dict, name: str) -> tuple[str, Phrase | None]:
    parts = [i for i in items if sections.get(id(i)) == name and not i.heading and not i.on_form]
    return " ".join(i.phrase.text for i in parts)[:1500], (parts[0].phrase if parts else None)


def _read_sentences(plan: ReadPlan, items: list[_Item], sections: dict) -> None:
    """Values written as sentences (a narrative plan): a goal's hours, wage, earnings,
    date and job ("By December 31, 2026, work as a pharmacy technician, 20 hours a week at
    $16 an hour, earning about $1,386.67 a month"), the discussion's date and means."""
    for goal in _GOAL_SECTIONS:
        text, first = _section_text(items, sections, goal)
        if first is None:
            continue
        for field_name, (pattern, kind) in _SENTENCE_PATTERNS.items():
            path = f"employment_goals.{goal}.{field_name}"
            if path in plan.evidence:
                continue
            m = re.search(pattern, text, re.I if field_name != "target_date" else 0)
            if m is None and field_name == "job_title":
                # "Part-time library aide by December 31, 2026, working 18 hours ..."
                m = re.match(r"\s*([A-Z][^,.;]{3,60}?)\s+(?:by|before)\s+"
                             r"(?:[A-Z][a-z]+\.? \d|\d{1,2}/)", text)
            if m:
                _store(plan, path, kind, _dollars(m[1]) if kind == "money" else m[1], None,
                       _ev(first, 0.6, f"sentence under the {goal.replace('_', '-')} goal"))
    text, first = _section_text(items, sections, "discussion")
    if first is not None and re.search(r"\b(?:met|talked|spoke|meeting)\b", text, re.I):
        ev = _ev(first, 0.6, "sentence about the discussion")
        if "discussion.date" not in plan.evidence:
            for phrase in (i.phrase for i in items if sections.get(id(i)) == "discussion"):
                if re.search(r"\b(?:met|talked|spoke)\b", phrase.text, re.I) and \
                        parse_date(phrase.text):
                    _store(plan, "discussion.date", "date", phrase.text, None, ev)
                    break
        if "discussion.modality" not in plan.data.get("discussion", {}):
            m = re.search(r"\b(?:met|talked|spoke)(?: with you)?\s+(?:by|over|in|via|on)\s+"
                          r"(?:a\s+)?([a-z -]{3,25}?)(?: on | at |[.,])", text, re.I)
            code = _code_for(m[1], "modalities") if m else None
            if code:
                _set(plan.data, "discussion.modality", code)
                plan.evidence["discussion.modality"] = ev
    # The captions of a no-work box ("If no paid work in the last 18 months, explain", a
    # check box's "No paid work in last 18 months") are not a statement that there was none.
    text, first_work = _section_text([i for i in items if not any(
        m.key == "work_history.no_work_statement" for m in i.labels)], sections, "work_history")
    if first_work is not None and "work_history" not in plan.data:
        ev = _ev(first_work, 0.6, "sentence under the work history heading")
        dates = re.findall(r"\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|"
                           r"\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2}", text)
        hours = re.search(_SENTENCE_PATTERNS["hours_per_week"][0], text, re.I)
        monthly = re.search(_SENTENCE_PATTERNS["monthly_earnings"][0], text, re.I)
        if dates and (hours or monthly):
            job: dict[str, Any] = {"start": parse_date(dates[0])}
            if len(dates) > 1:
                job["end"] = parse_date(dates[1])
            if hours:
                job["hours_per_week"] = parse_hours(hours[1])
            if monthly:
                job["monthly_earnings"] = parse_money(_dollars(monthly[1]))
            _set(plan.data, "work_history.jobs", [job])
            plan.evidence["work_history.jobs.0"] = ev
        elif re.search(r"\b(?:did not work|didn't work|no (?:paid )?work|not worked|"
                       r"has not worked|have not worked)\b", text, re.I):
            _set(plan.data, "work_history.no_work_statement", text[:400])
            plan.evidence["work_history.no_work_statement"] = ev
    if "discussion.summary" not in plan.evidence and first is not None:
        prose = [i.phrase.text for i in items if sections.get(id(i)) == "discussion" and
                 not i.labels and not i.on_form and len(i.phrase.text.split()) >= 8]
        if sum(len(t.split()) for t in prose) >= MIN_SECTION_WORDS["discussion_summary"] * 2:
            _store(plan, "discussion.summary", "long_text", " ".join(prose), None,
                   _ev(first, 0.55, "prose under the discussion heading"))
    _read_prose_contacts(plan, items)
    if "ticketholder.alternate_contact.name" not in plan.evidence:
        text, first = _section_text(items, sections, "alternate_contact")
        m = re.match(rf"\s*({_NAME_WORD}(?: [A-Z]\.)?(?: {_NAME_WORD}){{1,2}})\s*[(,]", text)
        if m and first is not None:
            _store(plan, "ticketholder.alternate_contact.name", "name", m[1], None,
                   _ev(first, 0.55, "name at the start of the alternate contact section"))
        elif first is not None and first.from_field is None and \
                len(first.text.split()) >= MIN_CONTACT_WORDS and not vocab.match(first.text) \
                and vocab.normalise(first.text) not in vocab.word_list("empty_values"):
            # A sentence is written under the heading, in a shape the reader does not know:
            # a person must look, the section is not empty.
            plan.doubts.setdefault("alternate_contact",
                                   f"'{first.text[:40]}' under the alternate contact heading "
                                   f"on page {first.page} was not read as a name")


# A word of a person's name in a sentence: capitalised, hyphens and apostrophes inside
# ("Pemberton-Rao", "O'Neill", "McAllister"), ending in a lower-case letter (not "EN").
_NAME_WORD = r"[A-Z][A-Za-z'’-]*[a-z]"
# An alternate contact section with at least this many words says something about one.
MIN_CONTACT_WORDS = 3


# "Provider ID P0090418", "PID: P0091530" written in a sentence or a letterhead line.
_PID_IN_TEXT = re.compile(r"\b(?:PID|Provider (?:ID|No\.?|Number|Identification Number)"
                          r"(?: \(PID\))?)\s*[:#]?\s*(P\d{6,8})\b")
# "updates your Individual Work Plan 9013-2026-0245, which you signed on 4 May 2026": the
# plan an amendment changes, and when it was signed.
_AMENDED_PLAN = re.compile(r"\b(?:Individual Work Plan|IWP)\s+(?:(?:no|number|ID)\.?\s*|#\s*)?"
                           r"(?P<id>[A-Z0-9]+(?:-[A-Z0-9]+)+)(?P<rest>[^.]{0,60}\bsigned\b"
                           r"[^.]{0,40})?")
# A person's name (two or three capitalised words, a middle initial allowed).
_PERSON = r"([A-Z][a-z']+(?: [A-Z]\.)?(?: [A-Z][a-z']+(?:-[A-Z][a-z']+)?){1,2})"


def _read_prose_contacts(plan: ReadPlan, items: list[_Item]) -> None:
    """Contact details written as sentences (a narrative memo): the EN's PID in its
    letterhead or a sentence, and the alternate contact in a sentence that says when to
    call them ("If we cannot reach you, we may contact Percival Ashworth (sister) at
    (541) 555-0192")."""
    prose = [i for i in items if not i.on_form and not i.phrase.from_field]
    if "employment_network.pid" not in plan.evidence:
        for item in prose:
            m = _PID_IN_TEXT.search(item.phrase.text)
            if m:
                _store(plan, "employment_network.pid", "pid", m[1], None,
                       _ev(item.phrase, 0.6, "PID written in the text"))
                break
    if "amendment_title" in plan.signals and "amends.plan_id" not in plan.evidence:
        for item in prose:
            m = _AMENDED_PLAN.search(item.phrase.text)
            if m:
                ev = _ev(item.phrase, 0.6, "the amended plan named in a sentence")
                _store(plan, "amends.plan_id", "plan_id", m["id"], None, ev)
                when = parse_date(m["rest"] or "")
                if when and "amends.original_signed" not in plan.evidence:
                    _set(plan.data, "amends.original_signed", when)
                    plan.evidence["amends.original_signed"] = ev
                break
    if "ticketholder.alternate_contact.name" in plan.evidence:
        return
    triggers = vocab.word_list("alternate_contact_sentences")
    for item in prose:
        text = item.phrase.text
        norm = vocab.normalise(text)
        if not any(t in norm for t in triggers):
            continue
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
            if not any(t in vocab.normalise(sentence) for t in triggers):
                continue
            m = re.search(_PERSON + r"[^.;]{0,60}?\(?\d{3}\)?[\s.-]*\d{3}[\s.\-\u2011]{0,3}\d{4}",
                          sentence)
            if m:
                _store(plan, "ticketholder.alternate_contact.name", "name", m[1], None,
                       _ev(item.phrase, 0.6, "alternate contact named in a sentence"))
                return


def _alone(item: _Item, items: list[_Item]) -> bool:
    return sum(1 for i in items if i.phrase.page == item.phrase.page
               and i.phrase.line == item.phrase.line) == 1


# --- services -------------------------------------------------------------------------------

def _service_code(text: str) -> tuple[str, float] | None:
    matches = [m for m in vocab.match(text, ("services",))]
    if matches:
        return matches[0].key, matches[0].score
    from iwp import domain

    cats = domain.data_file("vocabulary.yaml").get("service_categories") or {}
    norm = vocab.normalise(text)
    for category in cats.values():
        for code, label in (category.get("services") or {}).items():
            if norm == vocab.normalise(label):
                return code, 1.0
    return None


def _category(code: str) -> str | None:
    from iwp import domain

    cats = domain.data_file("vocabulary.yaml").get("service_categories") or {}
    for name, category in cats.items():
        if code in (category.get("services") or {}):
            return name
    return "ongoing_support" if code == "follow_up" else None


def _read_services(plan: ReadPlan, items: list[_Item], sections: dict,
                   by_page: dict[int, LayoutPage]) -> None:
    """Services as rows: a service's name, then on its row a Yes/No, a ticked box and a
    description (and provider, frequency under their column headers when there are any)."""
    services: list[dict[str, Any]] = []
    # Column headers of a services table; "Provided by:" with a colon captions a value on
    # its own line ("Provided by: Ann Lee · How often: Weekly"), it heads no column.
    # A caption in brackets ("(Provided by)") is printed under its value: it heads nothing.
    headers = [i for i in items if any(m.group == "columns" and m.key.startswith("services.")
                                       for m in i.labels) and not i.phrase.text.rstrip()
               .endswith(":") and not _in_brackets(i.phrase.text)]
    # Column headers side by side on one line: a table's header row (a lone "What we will
    # do" is a heading, a lone "Provider" a row caption of another table: no column).
    # Captions printed again on row after row of one page ("Provided by ... How often ..."
    # under each service of a form) caption each row's values: they head no column.
    repeated = Counter((h.phrase.page, vocab.normalise(h.phrase.text)) for h in headers)
    headers = [h for h in headers if repeated[(h.phrase.page, vocab.normalise(h.phrase.text))]
               < ROW_CAPTION_REPEATS]
    header_row = [h for h in headers if sum(o.phrase.page == h.phrase.page and
                                            o.phrase.line == h.phrase.line for o in headers) >= 2]
    header_phrases = {id(h.phrase) for h in headers}
    yes, no = vocab.word_list("yes_words"), vocab.word_list("no_words")
    for item in items:
        p = item.phrase
        if sections.get(id(item)) != "services" and item.section != "follow_up":
            if sections.get(id(item)) not in ("services", "follow_up"):
                continue
        if item.heading or _continues_sentence(p.text):
            continue  # "follow-up. (weekly)" ends the line above, it names no service
        asked = _service_question(p.text)
        name = asked[0] if asked else _service_name(p.text)
        if len(name.split()) > 8:
            continue
        found = _service_code(name) or _service_code(re.sub(r"\(.*?\)", " ", name))
        if not found or any(m.group == "columns" for m in item.labels) or _is_category(name):
            continue
        if _column_of(p, header_row) not in (None, "service"):
            continue  # a description ("Check in after hire ...") under the "How" header
        if _outside_name_column(p, header_row):
            continue  # in a ruled column whose header was not read ("What we will do")
        if _under_stacked_caption(item, items):
            continue  # "Check in after hire ..." under a lone "What we will do": its value
        code, score = found
        if sections.get(id(item)) == "follow_up" and code != "follow_up":
            continue  # "Ongoing support phase" in a follow-up table is a phase, no service
        page = by_page.get(p.page)
        card = _card_of(p, items)
        row = [piece for i in items if i.phrase.page == p.page and i.phrase is not p
               and i.phrase.x0 > p.x1 - 2 and (
                   _same_row(p, i.phrase) if card is None else
                   _inside(i.phrase, card) and min(p.bottom, i.phrase.bottom) -
                   max(p.top, i.phrase.top) > 0.4 * min(p.height, i.phrase.height))
               for piece in _split_at_columns(i.phrase, headers)]
        entry: dict[str, Any] = {"service": code}
        category = _category(code)
        if category:
            entry["category"] = category
        how = []
        offered, chosen = _marked_choice(row)
        if offered:
            # "X Yes ___ No": the option a mark was typed before; neither is "not given".
            entry["provided"] = chosen is not None and \
                _BARE_OPTIONS.fullmatch(chosen.text.strip()).group(2).lower() == "yes"
            marks = {id(q) for q in row if q.text.strip().lower() in _TYPED_MARKS}
            row = [q for q in row if q not in offered and id(q) not in marks]
        for cell in sorted(row, key=lambda q: (q.line, q.x0)):
            if id(cell) in header_phrases and not _OPTION_BOXES.fullmatch(cell.text) and \
                    vocab.normalise(cell.text) not in vocab.mapping("service_status")["given"]:
                continue  # a box's own caption ("40. Description of service") in the row
                # (an "INCLUDED" badge on the service's own line is its answer)
            column = _column_of(cell, header_row)
            norm = vocab.normalise(cell.text)
            if cell.text.rstrip().endswith(":") and any(
                    m.group == "columns" and m.key == "services.provided" for m in
                    vocab.match(cell.text, ("columns",))):
                continue  # "– Provided:" captions the answer after it; it is none itself
            if column == "provided" or (column is None and norm in yes + no):
                if norm in yes or norm.startswith("yes"):
                    entry["provided"] = True
                elif norm in no or norm.startswith("no"):
                    entry["provided"] = False
                continue
            ticked = _ticked_answer(cell.text)
            if _OPTION_BOXES.fullmatch(cell.text):
                if ticked is not None:
                    entry.setdefault("provided", ticked)
                continue  # "Yes ☒ No ☐": the boxes say whether it is given, no description
            change = _change_code(cell.text)
            status = next((state for state, words in vocab.mapping("service_status").items()
                           if norm in words), None)
            if status is not None and column in ("change", "provided", None) and not change:
                entry["provided"] = status == "given"  # "In progress", "Not needed"
                continue
            if column == "change" or (column is None and change):
                if change:
                    entry["change"] = change
                continue
            if column in ("provider", "frequency"):
                entry[column] = cell.text
                continue
            if cell.text.strip() in ("☒", "☐", "[X]", "[ ]"):
                continue
            if any(m.group == "columns" and m.key == "services.description"
                   for m in vocab.match(cell.text, ("columns",))):
                continue  # "describe the service, who provides it and how often": the question
            if cell.text.rstrip().endswith(":") and \
                    _before_other_captions(cell.text) == cell.text.strip():
                continue  # a caption ("How the EN will provide it:"): the answer is after it
            # (A cell ending in another field's caption, "Send leads. Who:", is kept: what
            # other captions introduce is cut from the description below.)
            how.append(cell.text)
        if how:
            said = re.match(r"(yes|no)\b[.,;:]?\s*(?:[-–—]\s*)?", how[0], re.I)
            if said:
                # "Job development – Provided: Yes. Update the resume ...": the answer
                # starts the text after the caption.
                entry.setdefault("provided", said.group(1).lower() == "yes")
                how[0] = how[0][said.end():]
                how = [h for h in how if h.strip()]
        box = None
        if page is not None:
            box = next((b for b in page.checkboxes if abs((b.top + b.bottom) / 2 -
                        (p.top + p.bottom) / 2) < p.height and -40 < p.x0 - b.x1 < 30), None)
            if box is not None and "provided" not in entry:
                entry["provided"] = box.checked
            for cell_box in page.checkboxes:
                column = _column_of(Phrase("", *cell_box.bbox, p.page), header_row)
                if column == "provided" and _same_row(p, Phrase("", *cell_box.bbox, p.page)):
                    entry["provided"] = cell_box.checked
            if "change" not in entry:
                change = _ticked_change(p, page, items)
                if change is not None:
                    entry["change"] = change  # a box ticked under "Added", "Cont." or "Ended"
        if entry.get("change") in _CHANGES_IN_PLAN and "provided" not in entry:
            entry["provided"] = True  # an amendment's added or continued service is given
        glyph = _BOX_AT_START.match(p.text)
        if glyph and "provided" not in entry:
            # A box typed with the name ("☐Goal setting", "• [X] Training"): its own state.
            entry["provided"] = glyph.group(1).strip("[] ") in ("☒", "☑", "✓", "✔", "■", "x",
                                                                 "X", *RADIO_CHOSEN)
        status = _PAREN_STATUS.search(p.text)
        if status and "provided" not in entry:
            # "Training (not provided) - ...", "Job development (provided) - ...".
            said = vocab.normalise(status.group(1))
            if said in no or said.startswith("not "):
                entry["provided"] = False
            elif said in yes:
                entry["provided"] = True
        if "provided" not in entry:
            bullet = _bullet_before(p, items)
            if bullet is not None:  # a bulleted list names the services given, not choices
                words = vocab.normalise(bullet).split()
                entry["provided"] = not any(w in words for w in
                                            vocab.word_list("ended_words"))
        rest = _service_rest(p.text)
        said = re.match(r"(yes|no)\b\s*(?:[-–—:]\s*)?", rest, re.I)
        if said:
            # "2. Job development - Yes - Update the resume ...", "6. Job coaching - No".
            entry.setdefault("provided", said.group(1).lower() == "yes")
            rest = rest[said.end():]
        if rest and _change_code(rest):
            # "Training – Added": the heading names the amendment's change, not what is done.
            entry.setdefault("change", _change_code(rest))
            if entry["change"] in _CHANGES_IN_PLAN:
                entry.setdefault("provided", True)
            rest = ""
        captions: set[str] = set()
        if how and not header_row and (p.cell is None or
                                       p.cell[3] - p.cell[1] > LIST_FRAME_HEIGHT):
            # A list, not a table: the description runs on under the service's line.
            how = how + _text_under_service(item, items, header_row, entry, captions, p.x0)
        if not how:
            # The row starts at the service's box when one stands before its name.
            left = min(p.x0, box.x0) if box is not None else p.x0
            how = _text_under_service(item, items, header_row, entry, captions, left)
            if rest and how:
                how = [rest] + how
            elif rest:
                how = [rest]
        if asked is not None and asked[1] != "provided" and "provided" in entry:
            # "Will the EN stop job search assistance? ◉ Yes": the answer says the change.
            change = asked[1] if entry.pop("provided") else _NEGATED_CHANGES.get(asked[1])
            if change:
                entry["change"] = change
            else:
                entry["provided"] = False
        # Marked provided, or added or kept by an amendment: it needs a description.
        needed = entry.get("provided") is True or entry.get("change") in _CHANGES_IN_PLAN
        # A row naming who provides it is given, though its Yes was not read (a lone "Y"
        # in a narrow column of a scan is often lost to OCR).
        needed = needed or ("provided" not in entry and bool(entry.get("provider")))
        if how:
            entry["description"] = _before_other_captions(" ".join(how))
            if vocab.normalise(entry["description"]) in vocab.word_list("empty_values"):
                entry["description"] = ""  # "No response": an online form's blank answer
            said = vocab.normalise(entry["description"])
            if "provided" not in entry and any(
                    said == words or said.startswith(words + " ")
                    for words in vocab.mapping("service_status")["not_given"]):
                # "Not part of this plan right now.": the text says it is not given
                entry["provided"] = False
                entry["description"] = ""
        elif needed and ("description" in captions or
                         _nothing_under_service(item, items, headers)):
            entry["description"] = ""  # looked where this template puts it: it is empty
        elif needed:
            plan.doubts.setdefault(f"services.{len(services)}.description",
                                   f"'{p.text[:40]}' on page {p.page} is marked provided but "
                                   "its description is empty")
        earlier = next((n for n, e in enumerate(services) if e["service"] == code and
                        not e.get("description") and (entry.get("description") or
                                                      "provided" not in entry)), None)
        if earlier is not None:
            # Named again further on with what it is ("☑ Job development" in a list, then
            # "Job development: describe the service ..." with the answer): one service.
            for key, value in entry.items():
                if key != "provided" or "provided" not in services[earlier]:
                    services[earlier][key] = value
            plan.doubts.pop(f"services.{earlier}.description", None)
            continue
        index = len(services)
        services.append(entry)
        plan.evidence[f"services.{index}"] = _ev(p, min(score, 0.9), "service row")
    if services:
        plan.data["services"] = services
        plan.components.setdefault("services_and_supports", plan.evidence["services.0"])


# A service line's own name: after its box ("[X]", "☒") and before a dash or colon that
# introduces the rest ("[X] Job coaching - How the EN will provide it:").
# A box taller than this around a list of services is the page's frame, not a table cell.
LIST_FRAME_HEIGHT = 200.0


# The column header over a ticked box stands at most three times this far above it (the
# header heads several rows).
TICK_HEADER_REACH = 60.0


def _ticked_change(service: Phrase, page: LayoutPage, items: list[_Item]) -> str | None:
    """An amendment's change to a service given by the box ticked on its row under a
    column headed "Added", "Continued" or "Ended" (a form's row of boxes): the word printed
    over the ticked box names the change. (A box drawn twice, as a widget and on the page,
    counts as ticked when either is.)"""
    row = [b for b in page.checkboxes if _same_row(service, Phrase("", *b.bbox, service.page))]
    ticked = [b for b in row if b.checked]
    if not ticked:
        return None
    box = ticked[0]
    centre = (box.x0 + box.x1) / 2
    words = [w for i in items if i.phrase.page == service.page and
             0 < box.top - i.phrase.bottom <= TICK_HEADER_REACH * 3 for w in i.phrase.words
             if w.x0 - 4 <= centre <= w.x1 + 4 and _change_code(w.text.strip(".:"))]
    if not words:
        return None
    return _change_code(max(words, key=lambda w: w.bottom).text.strip(".:"))


def _bullet_before(service: Phrase, items: list[_Item]) -> str | None:
    """The bullet a service's line starts with, with the words between it and the name
    ("• New:", "• Stopped:"), or None when the line has no bullet."""
    if _BULLET.match(service.text):
        return service.text.split(None, 1)[0]
    left = [i.phrase for i in items if i.phrase.page == service.page and
            i.phrase.line == service.line and i.phrase.x1 <= service.x0 + 1]
    first = min(left, key=lambda q: q.x0, default=None)
    if first is not None and _BULLET.match(first.text) and len(left) <= 2:
        return " ".join(q.text for q in sorted(left, key=lambda q: q.x0))
    return None


# A list item's bullet: a service named in a bulleted list is one the plan provides.
_BULLET = re.compile(r"^\s*[•▪◦‣\-–—*]\s")
# A check box at the start of a service's line, after any list bullet.
_BOX_AT_START = re.compile(r"^\s*(?:[•·▪‣◦]\s*)?(\[\s*[xX✓✔]?\s*\]|[☒☑☐□✓✔■◉⦿○◯])")
_LEADING_BOX = re.compile(r"^\s*(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX]?\s*\)|[☒☑☐□✓✔■◉⦿○◯])\s*")
# A radio mark before its option ("◉ Yes", "○ No"): group 1 is the mark.
_RADIO_OPTION = re.compile(rf"^\s*([{RADIO_CHOSEN}{RADIO_NOT_CHOSEN}])\s*")
_UNTICKED_AT_START = re.compile(r"^\s*(?:\[\s*\]|\(\s*\)|[☐□○◯])")
_NAME_END = re.compile(r"\s[-–—]\s|\s[-–—]$|:\s|:$")


_RUNNING_FOOTER = re.compile(r"\bpage \d+(?: of \d+)?\s*$", re.I)


# An amendment's services whose row says they are (still) part of the plan: each needs its
# description, as a service ticked "Yes" does.
_CHANGES_IN_PLAN = ("added", "continued")


# A row's answer as ticked boxes beside yes and no ("Yes ☒ No ☐", "[X] Yes [ ] No").
_ANSWER_BOX = r"[☒☑☐□✓✔■]|\[\s*[xX✓✔]?\s*\]"
_OPTION_BOXES = re.compile(rf"\s*(?:(?:{_ANSWER_BOX}|yes|no)\s*)+", re.I)


def _ticked_answer(text: str) -> bool | None:
    """True when the box beside "yes" is ticked, False when the one beside "no" is, None
    when ``text`` is not such a pair of options or neither is ticked. A box belongs to the
    word after it when the text starts with a box, else to the word before it."""
    if not _OPTION_BOXES.fullmatch(text):
        return None
    tokens = re.findall(rf"{_ANSWER_BOX}|yes|no", text, re.I)
    boxes_first = bool(re.fullmatch(_ANSWER_BOX, tokens[0])) if tokens else False
    answer = None
    for box, word in zip(tokens[0::2], tokens[1::2]) if boxes_first else \
            ((b, w) for w, b in zip(tokens[0::2], tokens[1::2])):
        if not re.fullmatch(_ANSWER_BOX, box) or word.lower() not in ("yes", "no"):
            return None
        if re.fullmatch(r"[☒☑✓✔■]|\[\s*[xX✓✔]\s*\]", box):
            answer = word.lower() == "yes" if answer is None else None
    return answer


def _change_code(text: str) -> str | None:
    """An amendment's change to a service ("added", "continued", "ended") when ``text`` is
    only the word for one (``service_changes`` in reading.yaml)."""
    norm = vocab.normalise(text)
    return next((code for code, words in vocab.mapping("service_changes").items()
                 if norm in words), None)


def _before_other_captions(text: str) -> str:
    """A service's description without what inline captions of its other fields introduce
    ("Send job leads. Who: Rosalyn Achterberg When: Weekly" -> "Send job leads."): an
    empty "How:" followed by "Who: ..." is an empty description."""
    columns = vocab.vocabulary()["tables"]["services"]["columns"]
    words = [w for key in ("provider", "frequency") for w in columns[key]["words"]]
    pattern = r"(?:^|\s)(?:" + "|".join(re.escape(str(w)) for w in words) + r")\s*:"
    return re.split(pattern, text, maxsplit=1, flags=re.I)[0].strip()


def _trailing_caption(text: str) -> tuple[str, str | None]:
    """``text`` without an inline caption of a service's provider or frequency at its end
    ("Ann Lee How often:" -> ("Ann Lee", "frequency")), and the column it names."""
    columns = vocab.vocabulary()["tables"]["services"]["columns"]
    for key in ("provider", "frequency"):
        words = "|".join(re.escape(str(w)) for w in columns[key]["words"])
        m = re.match(rf"(.*?)\s+(?:{words})\s*:\s*$", text, re.I)
        if m:
            return m[1].strip(), key
    return text, None


def _service_rest(text: str) -> str:
    """What follows a service's name on its line when it is the description's start
    ("✓ Job search — Send job leads each week"), not a caption ("- How the EN will
    provide it:")."""
    parts = _NAME_END.split(_LEADING_BOX.sub("", text), maxsplit=1)
    rest = parts[1].strip() if len(parts) > 1 else ""
    return "" if not rest or rest.endswith(":") else rest


# What a "No" to a service question about a change means: not stopping a service keeps
# it, not keeping it ends it; not adding one leaves it out of the plan (None).
_NEGATED_CHANGES = {"ended": "continued", "continued": "ended", "added": None}


def _service_question(text: str) -> tuple[str, str] | None:
    """A question that asks about one service ("Will the EN help with job development?"):
    the service's words and what a "Yes" means (``provided``, or the amendment's change),
    from reading.yaml ``questions.services``; None for any other line."""
    if not vocab.is_question(text):
        return None
    norm = vocab.normalise(vocab._NUMBERING.sub("", text, count=1))
    best: tuple[str, str] | None = None
    for meaning, starts in vocab.question_services().items():
        for start in starts:
            if norm.startswith(start + " ") and (best is None or len(start) > len(best[1])):
                best = (meaning, start)
    if best is None:
        return None
    return norm[len(best[1]):].strip(), best[0]


def _named_service(text: str) -> str:
    """The words that name a service on a line: a service question's, else the line's."""
    asked = _service_question(text)
    return asked[0] if asked else _service_name(text)


def _service_name(text: str) -> str:
    name = _LEADING_BOX.sub("", text)
    # "Provided Job development": the caption of the box before the name ("[x] Provided")
    # read into one phrase with it.
    name = _PROVIDED_CAPTION.sub("", name)
    return _NAME_END.split(name, maxsplit=1)[0].strip()


_PROVIDED_CAPTION = re.compile(r"^\s*(?:provided|offered|included|will be provided)\s*[:?]?\s+(?=\S)",
                               re.I)


def _drop_unticked_services(plan: ReadPlan) -> None:
    """Every service printed as an option and none ticked (a blank form, a matrix of
    "No"s): the plan names no service, which is not the same as naming services without
    descriptions, so nothing about services was read."""
    services = plan.data.get("services")
    if not services or any(entry.get("provided") is not False for entry in services):
        return
    del plan.data["services"]
    for key in [k for k in plan.evidence if k == "services" or k.startswith("services.")]:
        del plan.evidence[key]
    plan.components.pop("services_and_supports", None)


def _is_category(text: str) -> bool:
    from iwp import domain

    cats = domain.data_file("vocabulary.yaml").get("service_categories") or {}
    norm = vocab.normalise(text)
    return any(norm == vocab.normalise(c.get("label", "")) for c in cats.values())


def _under_stacked_caption(item: _Item, items: list[_Item]) -> bool:
    """Whether ``item`` is the first line under a services column caption printed alone on
    its line ("What we will do" / "Check in after hire ..."): a value, never a service."""
    q = item.phrase
    above = [i for i in items if i.phrase.page == q.page and i.phrase.bottom <= q.top and
             q.top - i.phrase.bottom <= STACKED_VALUE_GAP_EM * max(q.size, 4.0) and
             abs(i.phrase.x0 - q.x0) <= STACKED_CAPTION_ALIGN + STACKED_VALUE_INDENT_EM * q.size]
    if not above:
        return False
    caption = max(above, key=lambda i: i.phrase.bottom)
    if not _alone(caption, items) or q.x0 < caption.phrase.x0 - UNDER_CAPTION_SLACK:
        return False
    return _inline_column(caption, alone=True) not in (None, "service")


# A service's text runs on while each line starts at most 80 points, or this many of the
# name's font sizes (large print), under the line before it.
SERVICE_TEXT_REACH_EM = 8.0
# A column caption printed this many times on one page is a caption of each row, not a
# table's header.
ROW_CAPTION_REPEATS = 3
# A caption stacked under a service's name starts within this many points of the name's
# left edge.
STACKED_CAPTION_ALIGN = 12.0


def _inline_column(item: _Item, alone: bool = False) -> str | None:
    """The services column an inline caption names ("How:", "Who:", "How often:" printed
    before their values under a service), or None. A caption ``alone`` on its line under a
    service names its column without a colon ("What we will do" over the description, in
    a large-print plan that stacks each caption over its value)."""
    text = item.phrase.text.rstrip()
    if not text.endswith(":") and not (alone and len(text.split()) <= CAPTION_WORDS):
        return None
    column = next((m.key.split(".", 1)[1] for m in item.labels
                   if m.group == "columns" and m.key.startswith("services.")), None)
    # Under a service that is already named, "What:" captions what is done: its description.
    return "description" if column == "service" else column


# A box holding a service's name, this many lines high or more, with at least this many
# phrases under the name, is the service's card (services laid out as cards side by side):
# what belongs to the service is inside it.
CARD_MIN_LINES = 4
CARD_MIN_TEXTS = 1


def _card_of(phrase: Phrase, items: list[_Item]) -> tuple[float, float, float, float] | None:
    """The card ``phrase`` heads: its box, when the box starts just over it, is tall enough
    to hold a service's text under its name and does hold some (a table row's cell holds
    only its own value)."""
    cell = phrase.cell
    if cell is None or cell[3] - cell[1] < CARD_MIN_LINES * phrase.height or \
            phrase.top - cell[1] > 2 * phrase.height:
        return None
    under = sum(1 for i in items if i.phrase.page == phrase.page and
                i.phrase.top > phrase.bottom and _inside(i.phrase, cell))
    return cell if under >= CARD_MIN_TEXTS else None


def _inside(phrase: Phrase, box: tuple[float, float, float, float]) -> bool:
    x, y = (phrase.x0 + phrase.x1) / 2, (phrase.top + phrase.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _text_under_service(service: _Item, items: list[_Item], headers: list[_Item],
                        entry: dict[str, Any] | None = None,
                        captions: set[str] | None = None,
                        left: float | None = None) -> list[str]:
    """A service listed with its description under it ("Description: ..."): the text after
    the service's line up to the next service, heading or category. In a table, what
    stands under the "Who", "How often" or "Provided?" header is that column's value (put
    on ``entry``), not part of the description; so is what follows an inline caption
    ("Who: Dana Reyes  How often: Weekly"), up to the next caption. The columns whose
    inline captions were passed go into ``captions`` (an empty "How:" is a description
    the page shows is blank)."""
    yes, no = vocab.word_list("yes_words"), vocab.word_list("no_words")
    start = items.index(service)
    out: list[str] = []
    p = service.phrase
    inline: str | None = None  # the column of the last inline caption passed
    last = p.bottom  # the bottom of the last line of the service's text
    captioned: dict[int, str] = {}  # value phrase -> the column its row caption names
    # Where stacked captions start, and where the values under them (indented or not).
    caption_x: float | None = None
    value_x: float | None = None
    footers = {(i.phrase.page, i.phrase.line) for i in items[start + 1:start + 40]
               if _RUNNING_FOOTER.search(i.phrase.text)}
    card = _card_of(p, items)
    answers = False  # the next line answers a stacked caption just passed
    for item in items[start + 1:start + 40]:
        q = item.phrase
        if card is not None and q.page == p.page and not _inside(q, card):
            if q.top > card[3]:
                break  # under the card: the next card's
            continue  # the card beside it
        if q.page == p.page and _same_row(p, q):
            continue  # the row's own cells were read already
        if (q.page, q.line) in footers:
            continue  # "Agency | IWP for ... Page 2": the description goes on overleaf
        if q.page != p.page and q.page != p.page + 1:
            break
        radio = _RADIO_OPTION.match(q.text)
        if radio and q.x0 > p.x0 + 4:
            # "◉ Yes  ○ No" under a service's question: the chosen one says whether it is
            # given; options are never its description.
            chosen = vocab.normalise(q.text[radio.end():])
            if radio.group(1) in RADIO_CHOSEN and entry is not None and \
                    "provided" not in entry and chosen in yes + no:
                entry["provided"] = chosen in yes
            continue
        if q.page == p.page and q.top - last > max(80, SERVICE_TEXT_REACH_EM * p.size):
            break  # a gap: the text under the service has ended
        if q.page == p.page:
            last = max(last, q.bottom)
        alone = _alone(item, items) if card is None else not any(
            o is not item and o.phrase.page == q.page and o.phrase.line == q.line and
            _inside(o.phrase, card) for o in items)  # alone in its card
        stacked = _inline_column(item, alone=alone) \
            if abs(q.x0 - p.x0) <= STACKED_CAPTION_ALIGN else None
        if stacked is not None:
            inline = stacked  # "What we will do" alone on its line, its value under it
            caption_x = q.x0
            if captions is not None:
                captions.add(stacked)
            answers = True
            continue
        # The line right under a stacked caption is its value ("Check in after hire ..."
        # under "What we will do"), whatever service its words name; back left of the
        # caption, it is the next row.
        first_answer = answers and caption_x is not None and q.x0 >= caption_x - 4
        answers = False
        if caption_x is not None and value_x is None:
            value_x = q.x0
        if caption_x is not None and value_x is not None and value_x - caption_x > 4 and \
                abs(q.x0 - caption_x) <= 4:
            break  # out of the indented values, back at the captions' edge: the block ended
        if item.heading or _numbers_heading(item, items) or _is_category(q.text) or (
                not first_answer and
                not _continues_sentence(q.text) and _service_code(_named_service(q.text)) and
                len(_named_service(q.text).split()) <= 8
                and (q.x0 <= p.x0 + 4 or _opens_line_overleaf(item, service, items))) or (
                _LEADING_BOX.match(q.text) and q.x0 <= p.x0 + 4):
            break
        if q.x0 < (p.x0 if left is None else left) - 4:
            break
        caption = _inline_column(item)
        if caption is not None:
            inline = caption
            if captions is not None:
                captions.add(caption)
            continue
        if any(m.group in ("columns", "labels") for m in item.labels) and \
                len(q.text.split()) <= 4:
            # "Description:", "Provider:" captions. A column's caption first on its line
            # ("Provided by | Ann Lee | How often | Weekly") captions the value after it.
            row_caption = next((m.key.split(".", 1)[1] for m in item.labels
                                if m.group == "columns" and m.key.startswith("services.")),
                               None)
            if row_caption is not None and row_caption != "service":
                if captions is not None:
                    captions.add(row_caption)
                after = [i.phrase for i in items if i.phrase.page == q.page and
                         i.phrase.line == q.line and i.phrase.x0 >= q.x1 - 1]
                if after:
                    captioned[id(min(after, key=lambda a: a.x0))] = row_caption
            continue
        column = _bracketed_caption_under(item, items) or captioned.get(id(q)) or inline or \
            (_column_of(q, headers) if headers else None)
        if column == "change" and not (inline == "change" and _change_code(q.text) is None):
            if entry is not None and _change_code(q.text) and "change" not in entry:
                entry["change"] = _change_code(q.text)
            continue
        # (After an inline "What changes:" caption, words that are no change's name say
        # what the change is: the amended service's description.)
        if column in ("provider", "frequency"):
            # "Cordelia M. Vantongeren How often:": the value ends where the next caption
            # of the line starts, and what follows that caption is in its column.
            text, following = _trailing_caption(q.text)
            if entry is not None and text:
                entry[column] = f"{entry[column]} {text}" if column in entry else text
            if following is not None:
                inline = following
                if captions is not None:
                    captions.add(following)
            continue
        if column == "provided":
            norm = vocab.normalise(q.text)
            if entry is not None and "provided" not in entry and norm in yes + no:
                entry["provided"] = norm in yes
            continue
        out.append(q.text)
    return out


# A caption printed in brackets under its writing line, "(Provided by)": the value typed on
# the line starts at most this many points from the caption's left edge.
BRACKET_CAPTION_ALIGN = 8.0


def _in_brackets(text: str) -> bool:
    text = text.strip()
    return text.startswith("(") and text.endswith(")")


def _bracketed_caption_under(item: _Item, items: list[_Item]) -> str | None:
    """The service column ("description", "provider", "frequency") of the caption printed
    in brackets right under ``item``'s phrase, on the next line and level with its start:
    an old paper form's "(Provided by)" names the value typed on the rule above it."""
    q = item.phrase
    start = items.index(item)
    below = [i for i in items[start + 1:start + 12] if i.phrase.page == q.page and
             i.phrase.top > q.bottom - 1]
    if not below:
        return None
    first_top = min(i.phrase.top for i in below)
    if first_top - q.bottom > 2 * q.size:
        return None
    nearest = min((i for i in below if i.phrase.top - first_top < 2),
                  key=lambda i: abs(i.phrase.x0 - q.x0))
    if abs(nearest.phrase.x0 - q.x0) > BRACKET_CAPTION_ALIGN or \
            not _in_brackets(nearest.phrase.text):
        return None
    return next((m.key.split(".", 1)[1] for m in nearest.labels if m.group == "columns" and
                 m.key.startswith("services.") and m.key != "services.service"), None)


def _opens_line_overleaf(item: _Item, service: _Item, items: list[_Item]) -> bool:
    """Whether ``item`` is on the page after ``service``'s and first on its line: there the
    next row starts, wherever the page lies (a photo or scan of each sheet puts the same
    column at another x than the page before)."""
    q = item.phrase
    return q.page == service.phrase.page + 1 and not any(
        i.phrase.page == q.page and i.phrase.line == q.line and i.phrase.x1 <= q.x0
        for i in items)


def _numbers_heading(item: _Item, items: list[_Item]) -> bool:
    """Whether ``item`` is a heading's own number printed apart before it on its line
    ("SECTION 07   FOLLOW-UP"): where the heading starts, not text of what went before."""
    q = item.phrase
    return _is_heading_number(q.text) and any(
        o.heading and o.phrase.page == q.page and o.phrase.line == q.line and
        o.phrase.x0 >= q.x1 for o in items)


def _nothing_under_service(service: _Item, items: list[_Item], headers: list[_Item]) -> bool:
    """Whether the page shows that a service has no description: its table has a
    description column (and the row's cell in it is empty), or the next thing under the
    service line is the next service, a heading or a category."""
    p = service.phrase
    if any(m.group == "columns" and m.key == "services.description"
           for h in headers for m in h.labels if h.phrase.page == p.page
           and h.phrase.top < p.top and h.phrase.x0 >= p.x1 - 2):
        return True
    start = items.index(service)
    for item in items[start + 1:start + 40]:
        q = item.phrase
        if q.page == p.page and _same_row(p, q):
            continue
        if q.page != p.page:
            return False
        if _RADIO_OPTION.match(q.text) and q.x0 > p.x0 + 4:
            continue  # the options answering a service's question
        name = _named_service(q.text)
        return bool(item.heading or _is_category(q.text) or _LEADING_BOX.match(q.text) or
                    _BULLET.match(q.text) or (
            _service_code(name) and len(name.split()) <= 8 and abs(q.x0 - p.x0) <= 4))
    return False


def _same_row(a: Phrase, b: Phrase) -> bool:
    # Two cells of one table row share their top and bottom. Two phrases in ONE box are in
    # the same row only when they share a line: the box may be a panel holding many rows
    # (a web page's card of services).
    if a.cell is not None and b.cell is not None and a.cell != b.cell:
        return abs(a.cell[1] - b.cell[1]) < 3 and abs(a.cell[3] - b.cell[3]) < 3
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.4 * min(a.height, b.height)


# The column headers of one table's header row start within this many line heights of
# each other (a two-line header cell's first line stands a line above a one-line one's).
HEADER_ROW_LINES = 1.5


def _split_at_columns(phrase: Phrase, headers: list[_Item]) -> list[Phrase]:
    """A phrase that runs from one column into the next (a grid without gutters, where the
    text of two cells reads as one line) cut where a column header above it starts."""
    above = [h.phrase for h in headers if h.phrase.page == phrase.page and
             h.phrase.top < phrase.top]
    if not above:
        return [phrase]
    # Only the header row of its own table: the nearest above it. (A "Who" header of a
    # steps table higher up the page cuts no description of the services table under it.)
    nearest = max(above, key=lambda h: h.top)
    starts = sorted({round(_column_span(h)[0], 1) for h in above
                     if nearest.top - h.top <= nearest.height * HEADER_ROW_LINES and
                     phrase.x0 + 2 < _column_span(h)[0] < phrase.x1})
    if not starts or not phrase.words:
        return [phrase]
    pieces: list[list] = [[] for _ in range(len(starts) + 1)]
    for word in phrase.words:
        pieces[sum(word.x0 >= start - 2 for start in starts)].append(word)
    return [_sub_phrase(phrase, words) for words in pieces if words]


# A header's cell narrower than this is one column's (wider, it is a panel or the page).
COLUMN_CELL_MAX_WIDTH = 300.0


def _column_span(header: Phrase) -> tuple[float, float]:
    """Where a column header's column runs across the page: its ruled cell when it sits in
    one (a header centred in its cell, values left-aligned under it), else its own words."""
    cell = header.cell
    if cell is not None and cell[2] - cell[0] <= COLUMN_CELL_MAX_WIDTH and \
            cell[1] <= header.top + 1 and header.bottom <= cell[3] + 1:
        return cell[0], cell[2]
    return header.x0, header.x1


def _outside_name_column(phrase: Phrase, headers: list[_Item]) -> bool:
    """Whether a ruled table's cell holding ``phrase`` lies wholly beside the cell of the
    table's "Service" header above it: then the phrase is in another column, even one whose
    own header was not read (a scan's grey header band) or is not in the vocabulary."""
    if phrase.cell is None:
        return False
    names = [h.phrase for h in headers if h.phrase.page == phrase.page and
             h.phrase.top < phrase.top and h.phrase.cell is not None and
             any(m.group == "columns" and m.key == "services.service" for m in h.labels)]
    if not names:
        return False
    header = max(names, key=lambda h: h.top).cell
    return phrase.cell[0] >= header[2] - RULING_SLACK or phrase.cell[2] <= header[0] + RULING_SLACK


def _column_of(phrase: Phrase, headers: list[_Item]) -> str | None:
    """The services column a phrase stands in: the nearest header above it that it lines
    up with; on a page without one, the header row of the page before (a table that runs
    over a page break does not repeat its header). ``headers`` are the tables' header rows
    (``header_row`` in :func:`_read_services`)."""
    same_page = [h for h in headers if h.phrase.page == phrase.page and h.phrase.top < phrase.top]
    if not same_page:
        earlier = [h for h in headers if h.phrase.page == phrase.page - 1]
        last_row = [h for h in earlier if earlier and h.phrase.line == max(
            e.phrase.line for e in earlier)]
        if len(last_row) < 2:
            return None  # no header row (two or more column names side by side) to go on
        headers = last_row
        phrase = Phrase(phrase.text, phrase.x0, 10_000.0, phrase.x1, 10_001.0, phrase.page - 1)
    best = None
    for header in headers:
        h = header.phrase
        if h.page != phrase.page or h.top >= phrase.top:
            continue
        left, right = _column_span(h)
        if left != h.x0 and phrase.cell is not None:
            # In ruled cells: the column whose cell the phrase's starts in.
            if not left - 2 <= phrase.x0 < right - 1:
                continue
        else:
            overlap = min(h.x1, phrase.x1) - max(h.x0, phrase.x0)
            if overlap <= 0 and abs(h.x0 - phrase.x0) > 12:
                continue
        distance = phrase.top - h.top
        if best is None or distance < best[0]:
            column = next(m.key.split(".", 1)[1] for m in header.labels
                          if m.group == "columns" and m.key.startswith("services."))
            best = (distance, column)
    return best[1] if best else None


# --- work history ---------------------------------------------------------------------------

def _read_work_history(plan: ReadPlan, items: list[_Item], sections: dict) -> None:
    """Jobs from a table whose header row names at least two job columns."""
    headers = [i for i in items if sections.get(id(i)) == "work_history" and
               any(m.group == "columns" and m.key.startswith("work_history.") for m in i.labels)]
    if len(headers) < 2:
        return
    columns = vocab.vocabulary()["tables"]["work_history.jobs"]["columns"]
    if len({(h.phrase.page, h.phrase.line) for h in headers}) == len(headers) or all(
            h.phrase.text.rstrip().endswith(":") for h in headers) or _captions_beside_values(
            headers, items):
        _work_history_pairs(plan, items, headers, columns)
        return
    first = headers[0].phrase
    header_line = (first.page, first.line)
    # A header cell wrapped onto two lines ("Gross monthly / earnings") ends a line lower
    # than the others but starts on their line.
    row_items = [h for h in headers if (h.phrase.page, h.phrase.line) == header_line or (
        h.phrase.page == first.page and abs(h.phrase.top - first.top) <= SAME_ROW_TOPS)]
    if len(row_items) < 2:
        return
    bottom = max(h.phrase.bottom for h in row_items)
    jobs: list[dict[str, Any]] = []
    lines: dict[int, list[Phrase]] = {}
    for item in items:
        p = item.phrase
        if p.page != header_line[0] or p.top <= bottom or item.heading:
            continue
        if p.top - bottom > 120 and not lines:
            break
        if item.on_form or any(m.group == "columns" for m in item.labels):
            continue  # a caption or a repeated header row is never a job's value
        lines.setdefault(p.line, []).append(p)
    for line in sorted(lines)[:20]:
        row = lines[line]
        job: dict[str, Any] = {}
        for cell in row:
            header = min(row_items, key=lambda h: abs((h.phrase.x0 + h.phrase.x1) / 2 -
                                                      (cell.x0 + cell.x1) / 2))
            key = next(m.key.split(".", 2)[2] for m in header.labels if m.group == "columns"
                       and m.key.startswith("work_history."))
            kind = columns[key]["kind"]
            if looks_like(kind, cell.text) < 0:
                continue
            value: Any = cell.text
            if kind == "date":
                value = parse_date(cell.text)
            elif kind == "money":
                value = parse_money(cell.text)
            elif kind == "hours":
                value = parse_hours(cell.text)
            if value is not None:
                job[key] = value
        if len(job) < 2:
            break
        jobs.append(job)
        plan.evidence[f"work_history.jobs.{len(jobs) - 1}"] = _ev(row[0], 0.75, "work history row")
    if jobs:
        plan.data.setdefault("work_history", {})["jobs"] = jobs
        plan.components.setdefault("work_history", plan.evidence["work_history.jobs.0"])


# A caption's value starts within this many points right of it on its line ("20. Employer
# [Tri-County Logistics]" measured 4-20 pt on a fillable form).
CAPTION_VALUE_GAP = 40.0


def _captions_beside_values(headers: list[_Item], items: list[_Item]) -> bool:
    """Whether the work history's captions each have their value just right of them on
    their line (a form of captions and boxes, not a table whose header row is over the
    values)."""
    captions = {id(h) for h in headers}
    beside = 0
    for header in headers:
        h = header.phrase
        if any(id(i) not in captions and i.phrase.page == h.page and _same_row(h, i.phrase)
               and 0 <= i.phrase.x0 - h.x1 <= CAPTION_VALUE_GAP for i in items):
            beside += 1
    return beside * 2 > len(headers)


def _work_history_pairs(plan: ReadPlan, items: list[_Item], headers: list[_Item],
                        columns: dict) -> None:
    """One job written as label/value pairs ("Employer: ...  Position: ...  Dates: ...")."""
    labels = []
    for header in headers:
        key = next(m.key.split(".", 2)[2] for m in header.labels if m.group == "columns"
                   and m.key.startswith("work_history."))
        labels.append((header.phrase, key, columns[key]["kind"]))
    taken = {id(i.phrase) for i in items if i.labels}
    pairs = pair_labels(labels, [i.phrase for i in items], taken)
    job: dict[str, Any] = {}
    for key, pair in pairs.items():
        kind = columns[key]["kind"]
        text = pair.value.text
        if key == "dates":
            found = [parse_date(m[0]) for m in re.finditer(
                r"\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}", text)]
            if found:
                job["start"] = found[0]
            if len(found) > 1:
                job["end"] = found[1]
            continue
        value: Any = (parse_date(text) if kind == "date" else parse_money(text)
                      if kind == "money" else parse_hours(text) if kind == "hours" else text)
        if value is not None:
            job[key] = value
    if len(job) >= 2:
        plan.data.setdefault("work_history", {})["jobs"] = [job]
        first = next(iter(pairs.values()))
        plan.evidence["work_history.jobs.0"] = _ev(first.value, 0.7, "work history pairs")
        plan.components.setdefault("work_history", plan.evidence["work_history.jobs.0"])


# --- follow-up ------------------------------------------------------------------------------

def _on_form_page(phrase: Phrase, by_page: dict[int, LayoutPage]) -> bool:
    page = by_page.get(phrase.page)
    return page is not None and sum(w.kind == "text" for w in page.widgets) >= FORM_PAGE_FIELDS


def _read_follow_up(plan: ReadPlan, items: list[_Item], sections: dict,
                    by_page: dict[int, LayoutPage]) -> None:
    """Follow-up frequencies from the follow-up section's text (a sentence or rows): the
    first frequency for the job-search phase and the next for ongoing support, unless
    words beside them say which phase they are for."""
    frequencies = vocab.mapping("frequencies")
    # On a fillable form the answers are the fields' values; the printed words beside them
    # count only as captions ("While looking for work"): a printed frequency there is an
    # option to choose ("☐ Monthly"), not the answer.
    texts = [i for i in items if sections.get(id(i)) == "follow_up"
             and (i.phrase.from_field is not None or not _on_form_page(i.phrase, by_page)
                  or _first_frequency(i.phrase.text, frequencies) is None)
             and not _not_chosen(i.phrase.text)
             and not _UNTICKED_AT_START.match(i.phrase.text)]  # "[ ] QUARTERLY": not chosen
    if not any(i.phrase.from_field is not None or not _on_form_page(i.phrase, by_page)
               for i in texts):
        return
    texts = _chosen_frequencies(texts, frequencies, by_page)
    sentence = " ".join(vocab.normalise(i.phrase.text) for i in texts)[:4000]
    phases = vocab.mapping("follow_up_phases")
    found: list[tuple[int, str]] = []
    for code, words in frequencies.items():
        for word in words:
            for m in re.finditer(rf"\b{re.escape(word)}\b", sentence):
                found.append((m.start(), code))
    if not found:
        return
    found.sort()
    # Drop a frequency whose words sit inside a longer one found at the same place.
    unique: list[tuple[int, str]] = []
    for start, code in found:
        if unique and start - unique[-1][0] < 12 and unique[-1][1] == code:
            continue
        unique.append((start, code))
    assigned = _follow_up_rows(texts, frequencies, phases)
    for start, code in unique:
        window = sentence[max(0, start - 120): start + 120]
        phase = None
        for name, words in phases.items():
            if any(w in window for w in words):
                phase = name if phase is None else phase
        # The phase whose words sit nearest the frequency, before it or just after it
        # ("... every three months after that").
        nearest = None
        for name, words in phases.items():
            for w in words:
                for m in re.finditer(re.escape(w), sentence[max(0, start - 90): start + 60]):
                    where = max(0, start - 90) + m.start()
                    if where > start and _labels_next_frequency(where + len(w), start,
                                                                unique):
                        continue  # "... every month  After hire: every 3 months"
                    distance = start - where if where < start else (where - start) * 0.8
                    if nearest is None or distance < nearest[0]:
                        nearest = (distance, name)
        if nearest is not None:
            phase = nearest[1]
        if phase in assigned or (phase is None and code in assigned.values()):
            continue  # "three attempts each month" restates the phase already read
        if phase is None:
            phase = "initial_phase" if "initial_phase" not in assigned else "ongoing_phase"
        if phase not in assigned:
            assigned[phase] = code
    ev = _ev(texts[0].phrase, 0.7, "follow-up text")
    for phase, code in assigned.items():
        _set(plan.data, f"follow_up.{phase}", code)
        plan.evidence[f"follow_up.{phase}"] = ev
    plan.components.setdefault("follow_up", ev)


# A frequency offered as an option is a short phrase: "Every three months", "☐ Monthly".
OPTION_WORDS = 5


def _chosen_frequencies(texts: list[_Item], frequencies: dict[str, list[str]],
                        by_page: dict[int, LayoutPage]) -> list[_Item]:
    """``texts`` without the frequencies a row offers and does not choose: in a row of two
    or more short frequency options with marks to choose by ("☐ Monthly  ☒ Every three
    months", "Monthly  X Every three months"), only the marked one is said; a row of such
    options with no mark at all says none. A row with no box and no mark is text."""
    def is_option(text: str) -> bool:
        return len(text.split()) <= OPTION_WORDS and \
            _first_frequency(_MARK_FIRST.sub("", text), frequencies) is not None

    drop: set[int] = set()
    rows: dict[tuple[int, int], list[_Item]] = {}
    for item in texts:
        rows.setdefault((item.phrase.page, item.phrase.line), []).append(item)
    for (number, _), row in rows.items():
        phrases = [i.phrase for i in row]
        page = by_page.get(number)
        offered, chosen = _marked_choice(phrases, is_option, page)
        if not offered:
            continue
        boxes = [b for b in (page.checkboxes if page else []) if any(
            _same_row(q, Phrase("", *b.bbox, number)) and
            0 <= q.x0 - b.x1 <= MARK_GAP_EM * q.size for q in offered)]
        marked = chosen is not None or boxes or any(
            q.text.strip().lower() in _TYPED_MARKS for q in phrases)
        if not marked:
            continue  # "Job search: Monthly  Employed: Quarterly": two answers, no options
        drop |= {id(q) for q in offered if q is not chosen}
    return [i for i in texts if id(i.phrase) not in drop]


def _first_frequency(text: str, frequencies: dict[str, list[str]]) -> str | None:
    """The code of the first frequency ``text`` names ("Every three months" -> quarterly)."""
    norm = vocab.normalise(text)
    hits = [(m.start(), code) for code, words in frequencies.items() for word in words
            for m in re.finditer(rf"\b{re.escape(word)}\b", norm)]
    return min(hits)[1] if hits else None


def _follow_up_rows(texts: list[_Item], frequencies: dict[str, list[str]],
                    phases: dict[str, list[str]]) -> dict[str, str]:
    """Phase -> frequency from rows whose caption names the phase and whose value names a
    frequency ("While looking for work | At least once a month", "After you start
    working:  at least once every 3 months"): the caption on a frequency's row says which
    phase it is for, wherever the other row's words are."""
    assigned: dict[str, str] = {}
    for item in texts:
        q = item.phrase
        code = _first_frequency(q.text, frequencies)
        if code is None:
            continue
        left = " ".join(vocab.normalise(o.phrase.text) for o in texts
                        if o.phrase.page == q.page and o.phrase.x1 <= q.x0 + 2 and
                        _same_row(o.phrase, q))
        named = [name for name, words in phases.items()
                 if any(re.search(rf"\b{re.escape(w)}\b", left) for w in words)]
        if len(named) == 1 and _first_frequency(left, frequencies) is None:
            assigned.setdefault(named[0], code)
    return assigned


# Phase words that end within this many characters before another frequency are that
# frequency's label ("After hire: every 3 months"), not the end of the sentence before it.
PHASE_LABEL_REACH = 20


def _labels_next_frequency(end: int, start: int, frequencies: list[tuple[int, str]]) -> bool:
    """Whether phase words ending at ``end`` (after the frequency at ``start``) are followed
    closely by another frequency, so they label that one."""
    return any(other > start and 0 <= other - end <= PHASE_LABEL_REACH
               for other, _code in frequencies)


# --- signatures -----------------------------------------------------------------------------

def _read_signatures(plan: ReadPlan, items: list[_Item], by_page: dict[int, LayoutPage]) -> None:
    """A signature caption and what is on its line: typed ``/s/ Name`` or a name above the
    caption or right of it, a drawn image, and the date beside or under its own caption."""
    wanted = {"signatures.ticketholder": "ticketholder_signature",
              "signatures.en_representative": "en_signature"}
    party_captions = {id(i): _party_signature_caption(i, items) for i in items}
    date_captions = _date_captions(items)
    captions = [i.phrase for i in items if any(m.group == "labels" and m.key in wanted
                                                for m in i.labels) or party_captions[id(i)]]
    for item in items:
        keys = [m.key for m in item.labels if m.group == "labels" and m.key in wanted] or \
            ([party_captions[id(item)]] if party_captions[id(item)] else [])
        if not keys:
            continue
        path = keys[0]
        component = wanted[path]
        label = stacked_over = item.phrase
        if party_captions[id(item)] and keys == [party_captions[id(item)]]:
            # The caption's line starts at its party ("Ticket Holder:  type your full name
            # as your signature"): the answer stacks under the line's start.
            party = _party_before(item, items)
            stacked_over = label if party is None else Phrase(label.text, party.x0, label.top, label.x1, label.bottom,
                                  label.page, label.size, label.line, label.cell,
                                  label.from_field, label.words)
        page = by_page.get(label.page)
        plan.signals.setdefault("signatures", _ev(label, 0.8, "signature caption printed"))
        if path == "signatures.ticketholder":
            plan.signals.setdefault("ticketholder_signs",
                                    _ev(label, 0.8, "the Ticket Holder's signature caption"))
        region = _signature_region(label)
        near = [i.phrase for i in items if i.phrase.page == label.page and i.phrase is not label
                and not i.on_form and (_overlaps(region, i.phrase.bbox) or _under_in_cell(label, i.phrase))
                and (_on_line_over(i.phrase, label, page, captions) or
                     not _nearer_other_caption(i.phrase, label, captions))
                and not _past_other_caption(i.phrase, label, captions)
                and not _in_other_box(i.phrase, label, captions)]
        # "Customer signature /s/ Rosalind Ashworth": the caption and what was typed after
        # it read as one phrase.
        signer = label if re.search(r"/s/\s*\w", label.text) else \
            _typed_after_caption(label, path, page)
        date = None
        for phrase in sorted(near, key=lambda q: (abs(q.top - label.top), q.x0)):
            norm = vocab.normalise(phrase.text)
            if parse_date(phrase.text):
                if _on_a_rule(phrase, page) or not any(
                        c.page == label.page and c.bottom < label.top and
                        _stacked_value(c, phrase) for c in date_captions):
                    date = date or phrase  # (not a date stacked under an earlier caption)
                continue
            if _under_caption_line(label, phrase) and "/s/" not in phrase.text:
                continue  # the printed name under the line ("Dorian Fairbanks, Ticket Holder")
            if _after_name_caption(phrase, items) and "/s/" not in phrase.text:
                continue  # "Printed name: Tobias Vasconcelos" on the caption's line
            if _is_heading_number(phrase.text):
                continue  # "PART 11" of the heading above, read apart from its name
            if len(phrase.text.split()) > SIGNER_MAX_WORDS and "/s/" not in phrase.text:
                continue  # the end of the paragraph above the signature line
            if norm in ("date", "signature", "date signed") or vocab.match(phrase.text, (
                    "labels", "sections", "columns")):
                continue
            if set(phrase.text.strip()) <= set("_.-— "):
                continue
            if norm in vocab.word_list("unsigned_prompts"):
                continue  # "Sign ▼", "Awaiting signature": the place to sign, still empty
            if (_EN_PARTY.search(norm) or _TICKETHOLDER_PARTY.search(norm)) and not re.search(
                    r"/s/|sign", phrase.text, re.I) and looks_like("name", phrase.text) <= 0:
                continue  # a party's heading over an empty line ("Ticketholder's representative")
            if len(phrase.text.split()) > SIGNER_MAX_WORDS or _heading_between(
                    phrase, label, items):
                continue  # a paragraph, or text of the section before the signatures
            if _is_sentence(phrase.text) or (_continues_sentence(phrase.text) and
                                             "/s/" not in phrase.text):
                continue  # "We have read this plan together and agree to it." over the lines
                # or the end of one ("copy for your records.")
            signer = signer or phrase
        image = None
        if page is not None:
            image = next((b for b in page.images if _overlaps(region, b)), None)
        if signer is None and image is None and label.top <= NEXT_PAGE_DATE_REACH:
            signer, date = _signed_at_page_end(label, items, captions, date)
        if signer is None and image is None:
            signer = _signed_under_caption(stacked_over, items, captions, page)
        if date is None:
            date = _date_near_caption(label, items, date_captions, captions, page)
        if date is None:
            cut = next((q for q in near if _CUT_DATE.search(q.text)), None)
            if cut is not None:  # "02/12/202": a scan lost a digit to a streak or a fold
                plan.doubts.setdefault(f"{path}.date", f"'{cut.text[:20]}' by the signature "
                                       f"caption on page {cut.page} looks like a date read "
                                       "in part; look at the date")
        if signer is not None or image is not None:
            method = "electronic" if signer is not None and re.search(
                r"/s/|electronic|e-?signed|digitally", signer.text, re.I) else \
                ("wet" if image is not None else "electronic")
            where = signer or label
            _set(plan.data, f"{path}.method", method)
            plan.evidence[f"{path}.method"] = Evidence(
                label.page, where.bbox if signer else image, label.text[:80], 0.8,
                f"{'typed signature' if signer else 'drawn signature'} by the caption "
                f"'{label.text[:40]}'")
            plan.components.setdefault(component, plan.evidence[f"{path}.method"])
            if signer is not None and path == "signatures.en_representative":
                name = re.sub(r"^/s/\s*", "", signer.text).strip()
                if name and looks_like("name", name) > 0:
                    _set(plan.data, f"{path}.name", name)
                    plan.evidence[f"{path}.name"] = _ev(signer, 0.7, "name on the signature line")
        if date is not None:
            value = parse_date(date.text)
            if value:
                _set(plan.data, f"{path}.date", value)
                plan.evidence[f"{path}.date"] = _ev(date, 0.75, "date by the signature")


# A sentence over the signature lines is at least this many words and ends with a full
# stop; a name ("Ann Lee Jr.") is fewer words or looks like a name.
SENTENCE_MIN_WORDS = 5
# A name typed on the signature blank right after its caption, in one phrase with it
# ("Signature of Ticket Holder  Ann Lee" over an underline), stands at least this many
# ems after the caption (a word space is about a quarter em) or on its own underline.
TYPED_SIGNER_GAP_EM = 0.5
# An underline under a typed name runs within this many ems below the name's box.
UNDERLINE_REACH_EM = 0.5


def _is_sentence(text: str) -> bool:
    """A sentence, not a signature: several words ending with a full stop, no "/s/", no
    signing words ("Electronically signed by ... on 02/09/2026.") and not a name."""
    words = text.split()
    return len(words) >= SENTENCE_MIN_WORDS and text.rstrip().endswith(".") and \
        not re.search(r"/s/|sign", text, re.I) and looks_like("name", text) <= 0


def _typed_after_caption(label: Phrase, path: str, page: LayoutPage | None) -> Phrase | None:
    """The name typed on the blank right after a signature caption when both read as one
    phrase ("Signature of Ticket Holder Ann Lee" - the blank's underline starts in the
    gap): the words after the caption, when they look like a name and stand apart from
    it, by a wide gap or on an underline that starts after the caption."""
    words = label.words
    # The caption is the leading words that match it best ("Signature of Ticket Holder
    # Ann" is near enough to match too).
    scored = [(max((m.score for m in vocab.match(
        " ".join(w.text for w in words[:size]).rstrip(":"), ("labels",), prefix=False)
        if m.key == path), default=0.0), size)
        for size in range(1, min(len(words) - 1, vocab.MAX_LABEL_WORDS) + 1)]
    score, size = max(scored, default=(0.0, 0))
    if score < 0.9:
        return None
    rest = words[size:]
    if looks_like("name", " ".join(w.text for w in rest)) <= 0:
        return None
    end = words[size - 1]
    em = max(end.size, 1.0)
    underlined = page is not None and any(
        r.horizontal and end.x1 - 1 <= r.x0 <= rest[0].x0 + 1 and r.x1 >= rest[-1].x1 - 1 and
        -1 <= r.top - max(w.bottom for w in rest) <= UNDERLINE_REACH_EM * em
        for r in page.rulings)
    if underlined or rest[0].x0 - end.x1 >= TYPED_SIGNER_GAP_EM * em:
        return _sub_phrase(label, rest)
    return None


def _signature_rows(plan: ReadPlan, items: list[_Item]) -> None:
    """Typed signatures ("/s/ Name") in a signatures table: the role from the row header
    to their left, the date from the same row. A name written in a signatures table's
    "Signature" column (typed in a script or italic face, without "/s/") counts too."""
    columns = _signature_columns(items)
    for item in items:
        q = item.phrase
        m = re.search(r"signed by (?P<name>[A-Z][\w.' -]+?)\s*\((?P<role>[^)]*)\)"
                      r"(?:\s*on\s*(?P<date>.+))?", q.text)
        if m:
            role_words = vocab.normalise(m["role"])
            role = ("signatures.en_representative" if re.search(
                r"\ben\b|employment network|staff|provider|representative", role_words) else
                "signatures.ticketholder")
            if f"{role}.method" in plan.evidence:
                continue
            _signed_line(plan, role, q, parse_date(m["date"] or ""), "'signed by' line")
            if role == "signatures.en_representative":
                _set(plan.data, f"{role}.name", m["name"].strip())
                plan.evidence[f"{role}.name"] = _ev(q, 0.75, "name on the 'signed by' line")
            continue
        stamp = _SIGNED_STAMP.search(q.text)
        if stamp:
            # "Signed electronically 02/14/2026 11:58 AM by Ann Lee (IP 10.0.6.126)": the
            # party from a role in the brackets, else from the caption line just above.
            role = _party(stamp["role"] or "") or _party_above(q, items)
            if role is None or f"{role}.method" in plan.evidence:
                continue
            _signed_line(plan, role, q, parse_date(stamp["when"] or ""),
                         "electronic signing stamp")
            continue
        if not re.match(_TYPED_SIGNATURE, q.text) and not (
                _in_signature_column(item, columns) and looks_like("name", q.text) > 0):
            continue  # (letters OCR read from a scribble, "LAE", are ink, not a typed name)
        row = [i.phrase for i in items if i.phrase.page == q.page and i.phrase is not q
               and abs((i.phrase.top + i.phrase.bottom) / 2 - (q.top + q.bottom) / 2) <
               q.height * 0.8]
        role = None
        # The role in the row left of the signature, else after the name on it
        # ("/s/ Dorian Fairbanks, Ticket Holder").
        own = Phrase(q.text.partition(",")[2], q.x0, q.top, q.x1, q.bottom, q.page) \
            if "," in q.text else None
        lefts = sorted((r for r in row if r.x1 <= q.x0 + 2), key=lambda r: -r.x0)
        if lefts and not re.match(_TYPED_SIGNATURE, q.text) and re.search(
                r"\b(?:name|title)\b", vocab.normalise(lefts[0].text)):
            continue  # "EN representative printed name | Ann Lee": a name row, no signature
        for left in lefts + ([own] if own is not None else []):
            norm = vocab.normalise(left.text)
            if _EN_ROLE.search(norm):
                role = "signatures.en_representative"
            elif _TICKETHOLDER_ROLE.search(norm):
                role = "signatures.ticketholder"
            if role:
                break
        if role is None and re.match(_TYPED_SIGNATURE, q.text):
            left, role = _role_above(q, lefts, items)
        if role is None and re.match(_TYPED_SIGNATURE, q.text):
            left, role = _role_below(q, items)
        if role is None or f"{role}.method" in plan.evidence:
            continue
        _mark_signed(plan, role, _ev(q, 0.75,
                                     f"typed signature in the row of '{left.text[:40]}'"))
        date = next((r for r in sorted(row, key=lambda r: r.x0) if r.x0 > q.x1 and
                     parse_date(r.text)), None)
        if date is not None and f"{role}.date" not in plan.evidence:
            _set(plan.data, f"{role}.date", parse_date(date.text))
            plan.evidence[f"{role}.date"] = _ev(date, 0.75, "date in the signature's row")
        if role == "signatures.en_representative":
            name = re.sub(_TYPED_SIGNATURE, "", q.text).partition(",")[0].strip()
            if looks_like("name", name) > 0 and f"{role}.name" not in plan.evidence:
                _set(plan.data, f"{role}.name", name)
                plan.evidence[f"{role}.name"] = _ev(q, 0.7, "name on the signature")


# A party's name printed over its signature line ("TICKET HOLDER" / "SIGNED: /s/ Name
# DATE: ..."): at most this many line heights above the line, starting where it starts,
# at most ROLE_ABOVE_WORDS words, alone on its line.
ROLE_ABOVE_LINES = 2.5
ROLE_ABOVE_WORDS = 4
_EN_ROLE = re.compile(r"\ben\b|employment network|staff|provider|counsel|specialist|"
                      r"consultant|coordinator|navigator|advis|case manager|job coach")
_TICKETHOLDER_ROLE = re.compile(r"ticket ?holder|beneficiary|participant|client|customer")


# A service's state in brackets after its name: "(provided)", "(not provided)".
_PAREN_STATUS = re.compile(r"\(([^()]{1,25})\)")
# A typed signature: "/s/ Name", with the "X" some templates print at the start of the line.
_TYPED_SIGNATURE = r"^\s*(?:[Xx]\s+)?/s/\s*"
# A signing service's stamp: "Signed electronically 02/14/2026 11:58 AM by Ann Lee (IP ...)",
# "E-signed on March 4, 2026 by Ann Lee".
_SIGNED_STAMP = re.compile(
    r"\b(?:[Ss]igned electronically|[Ee]lectronically signed|[Ee]-?signed)\b"
    r"(?P<when>[^()]*?)\bby\s+(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})"
    r"(?:\s*\((?P<role>[^)]*)\))?")


# A signature caption that names no party is at most this many words ("Type your full name
# as your signature").
PARTY_CAPTION_WORDS = 12


# A caption that asks for a signature and names no party: "Signature", "(Signature)",
# "Sign here". Its party is the one named over its block (see below). ("Signed by:" is a
# signing stamp's own words, over the name it stamps.)
_GENERIC_SIGNATURE_CAPTION = re.compile(r"^(?:signature|your signature|sign here|"
                                        r"signature of|electronic signature|"
                                        r"signature x|x signature)$")
# The party's name over such a caption ("Ticket Holder" over its signing block) stands at
# most this many points above it, within this many points of its left edge, and is at
# most this many words.
BLOCK_PARTY_REACH = 110.0
BLOCK_PARTY_ALIGN = 40.0
BLOCK_PARTY_WORDS = 5


def _block_party(item: _Item, items: list[_Item]) -> str | None:
    """The party of a generic signature caption ("Signature") from the party's name printed
    over its block ("Ticket Holder" / [signature] / "Signature" / "Printed name: ..."),
    with no other generic caption between them."""
    q = item.phrase
    above = [i for i in items if i.phrase.page == q.page and i.phrase.bottom <= q.top and
             q.top - i.phrase.bottom <= BLOCK_PARTY_REACH and
             abs(i.phrase.x0 - q.x0) <= BLOCK_PARTY_ALIGN]
    for other in sorted(above, key=lambda i: -i.phrase.bottom):
        text = vocab.unnumbered(other.phrase.text).strip().rstrip(":")
        norm = vocab.normalise(text)
        if _GENERIC_SIGNATURE_CAPTION.match(norm):
            return None  # the block above's caption: this block names no party
        if not norm or len(norm.split()) > BLOCK_PARTY_WORDS:
            continue
        if any(m.group == "sections" and m.key not in ("ticketholder", "employment_network",
                                                       "signatures") for m in other.labels):
            continue  # "Ticket Holder Statement of Understanding": a heading, no party
        party = _party(text)
        if party is not None:
            return party
    return None


# Running footers and page numbers stand in this many points at the foot of a page.
PAGE_FOOTER_BAND = 72.0
# A signatures table's rows lie at most this far under its header row.
SIGNATURE_TABLE_DEPTH = 160.0
# A drawn signature counts for a row when it overlaps the row's band widened by this much
# (a scribble overflows its cell's text line).
SIGNATURE_IMAGE_SLACK = 12.0


def _signature_tables(plan: ReadPlan, items: list[_Item], by_page: dict[int, LayoutPage]
                      ) -> None:
    """A table whose header row reads "Signature | Printed name | Date" (the columns in any
    order, more columns allowed) and one row per signer: the row's party from the words in
    it ("Ann Lee, Ticket Holder", "Case manager"), its signature what is typed or drawn in
    the Signature column, its date the date in the Date column. A party already read by
    another reader is left as it is."""
    for item in items:
        header = item.phrase
        norm = vocab.normalise(vocab.unnumbered(header.text).strip().rstrip(":"))
        if not _GENERIC_SIGNATURE_CAPTION.match(norm):
            continue
        row = sorted((i.phrase for i in items if i.phrase.page == header.page and
                      _same_row(header, i.phrase) and i.phrase is not header),
                     key=lambda q: q.x0)
        dates = [q for q in row if vocab.normalise(vocab.unnumbered(q.text).strip()
                                                   .rstrip(":")) in ("date", "date signed")]
        if not dates:
            continue
        date_col = dates[0]
        starts = sorted([header.x0] + [q.x0 for q in row])
        sig_right = next((x for x in starts if x > header.x0 + 1), header.x1 + 200)
        date_right = next((x for x in starts if x > date_col.x0 + 1), float("inf"))
        page = by_page.get(header.page)
        if page is None or page.scanned:
            continue  # a scan's signing places are looked at for ink (_scan_signatures)
        below = [i.phrase for i in items if i.phrase.page == header.page and
                 header.bottom < i.phrase.top <= header.bottom + SIGNATURE_TABLE_DEPTH and
                 not i.heading]
        if page is not None and header.bottom > page.height - SIGNATURE_TABLE_DEPTH:
            # The page broke under the header row: the rows go on at the top of the next.
            below += [i.phrase for i in items if i.phrase.page == header.page + 1 and
                      i.phrase.top <= SIGNATURE_TABLE_DEPTH and not i.heading]
        # Each row: the phrases outside the signature column that share a band.
        bands: list[list[Phrase]] = []
        for q in sorted(below, key=lambda q: (q.page, q.top)):
            if header.x0 - 10 <= q.x0 < sig_right - 2:
                continue
            if by_page.get(q.page) is not None and \
                    q.top > by_page[q.page].height - PAGE_FOOTER_BAND:
                continue  # the page number or running footer under the table
            band = next((b for b in bands if b[0].page == q.page and _same_row(b[0], q)), None)
            if band is None:
                if bands and bands[-1][0].page == q.page and \
                        q.top - max(r.bottom for r in bands[-1]) > 3 * q.size and \
                        not q.cell:
                    break  # a gap: the table ended
                bands.append([q])
            else:
                band.append(q)
        for band in bands:
            role = _party(" ".join(q.text for q in band if not parse_date(q.text)))
            if role is None or f"{role}.method" in plan.evidence:
                continue
            top = min(q.cell[1] if q.cell else q.top for q in band)
            bottom = max(q.cell[3] if q.cell else q.bottom for q in band)
            page = by_page.get(band[0].page)
            typed = [q for q in below if header.x0 - 10 <= q.x0 < sig_right - 2 and
                     q.page == band[0].page and
                     min(q.bottom, bottom) - max(q.top, top) > 0 and
                     vocab.normalise(q.text) not in vocab.word_list("unsigned_prompts") and
                     (re.search(r"/s/\s*\w", q.text) or looks_like("name", q.text) > 0)]
            drawn = [b for b in (page.images if page else []) if
                     min(b[2], sig_right) - max(b[0], header.x0 - 10) > 0 and
                     min(b[3], bottom + SIGNATURE_IMAGE_SLACK) -
                     max(b[1], top - SIGNATURE_IMAGE_SLACK) > 0]
            if not typed and not drawn:
                continue
            how = f"signature in the '{header.text.strip()[:20]}' column of a signatures table"
            if typed:
                _mark_signed(plan, role, _ev(typed[0], 0.75, how))
            else:
                _set(plan.data, f"{role}.method", "wet")
                plan.evidence[f"{role}.method"] = Evidence(band[0].page, drawn[0],
                                                           header.text[:80], 0.75,
                                                           "drawn " + how)
                plan.components.setdefault("en_signature" if "en_" in role else
                                           "ticketholder_signature",
                                           plan.evidence[f"{role}.method"])
            when = next((q for q in band if date_col.x0 - 10 <= q.x0 < date_right - 2 and
                         parse_date(q.text)), None)
            if when is not None:
                _set(plan.data, f"{role}.date", parse_date(when.text))
                plan.evidence[f"{role}.date"] = _ev(when, 0.75, "date in the signer's row")


# A drawn signature (an image: a tablet capture, a scanned scribble pasted in) is at least
# and at most this wide and high, in points.
SIGNATURE_IMAGE_WIDTH = (30.0, 320.0)
SIGNATURE_IMAGE_HEIGHT = (8.0, 110.0)
# The party's name stands at most this far above the image, the status or date line at
# most this far under it.
IMAGE_PARTY_REACH = 40.0
IMAGE_STATUS_REACH = 30.0


def _signature_images(plan: ReadPlan, items: list[_Item], by_page: dict[int, LayoutPage]
                      ) -> None:
    """A drawn signature in the signatures part with its party's name over it ("Ticket
    Holder" / [image] / "Ann Lee · Signed 02/14/2026"): that party signed; the date is the
    one its status line gives after "signed" or a date caption ("Date signed: not entered"
    is none). A party already read by another reader is left as it is."""
    headings = [i.phrase for i in items if i.heading and i.section == "signatures"]
    for number, page in by_page.items():
        for image in page.images:
            width, height = image[2] - image[0], image[3] - image[1]
            if page.scanned or not (
                    SIGNATURE_IMAGE_WIDTH[0] <= width <= SIGNATURE_IMAGE_WIDTH[1] and
                    SIGNATURE_IMAGE_HEIGHT[0] <= height <= SIGNATURE_IMAGE_HEIGHT[1]):
                continue
            if not any(h.page == number and h.bottom <= image[1] or h.page == number - 1
                       for h in headings):
                continue  # a logo or a picture elsewhere in the plan
            column = [i.phrase for i in items if i.phrase.page == number and
                      min(i.phrase.x1, image[2]) - max(i.phrase.x0, image[0]) > 0]
            above = [q for q in column if 0 <= image[1] - q.bottom <= IMAGE_PARTY_REACH and
                     len(q.text.split()) <= 8]
            below = sorted((q for q in column if 0 <= q.top - image[3] <= IMAGE_STATUS_REACH),
                           key=lambda q: q.top)
            role = _party(max(above, key=lambda q: q.bottom).text) if above else None
            if role is None and below:
                role = _party(below[0].text.partition(",")[2])
            if role is None or f"{role}.method" in plan.evidence:
                continue
            _set(plan.data, f"{role}.method", "wet")
            plan.evidence[f"{role}.method"] = Evidence(number, image, None, 0.7,
                                                       "drawn signature under the party's name")
            plan.components.setdefault("en_signature" if "en_" in role else
                                       "ticketholder_signature", plan.evidence[f"{role}.method"])
            for q in below:
                caption = re.search(r"date(?: signed)?\s*:\s*", q.text, re.I)
                said = q.text[caption.end():] if caption else (
                    q.text if re.search(r"\bsigned\b", q.text, re.I) else "")
                if not said and caption is None:
                    after = [r for r in items if r.phrase.page == number and
                             r.phrase.line == q.line and r.phrase.x0 >= q.x1 - 1]
                    if vocab.normalise(q.text).endswith(("date signed", "date")) and after:
                        said = min(after, key=lambda r: r.phrase.x0).phrase.text
                when = parse_date(said) if said else None
                if when is not None:
                    _set(plan.data, f"{role}.date", when)
                    plan.evidence[f"{role}.date"] = _ev(q, 0.7, "date under the signature")
                    break


# A party's name printed under a typed signature ("/s/ Ann Lee" over "Ticket Holder") is
# at most this far below it and this many words; a date for it on its own line is at most
# this far to the right of the signature's start, in the same band.
PARTY_UNDER_REACH = 30.0
PARTY_CAPTION_MAX_WORDS = 6
SIGNED_ON_REACH = 45.0


def _typed_signatures_by_party(plan: ReadPlan, items: list[_Item]) -> None:
    """A typed "/s/ Name" whose line is captioned by the party alone ("Ticket Holder",
    "Employment Network Representative" under the line, no word "signature"): that party
    signed; the date is the one on the signature's line to its right, or in a "Signed
    electronically on <date>" line under it. A party already read is left as it is."""
    for item in items:
        q = item.phrase
        if not re.match(r"\s*/s/\s*\w", q.text):
            continue
        under = [i.phrase for i in items if i.phrase.page == q.page and
                 0 <= i.phrase.top - q.bottom <= PARTY_UNDER_REACH and
                 abs(i.phrase.x0 - q.x0) <= BLOCK_PARTY_ALIGN and
                 len(i.phrase.text.split()) <= PARTY_CAPTION_MAX_WORDS]
        caption = min(under, key=lambda r: r.top) if under else None
        role = _party(caption.text) if caption is not None else None
        if role is None or f"{role}.method" in plan.evidence:
            continue
        _mark_signed(plan, role, _ev(q, 0.75, f"typed signature over '{caption.text[:40]}'"))
        same_line = [i.phrase for i in items if i.phrase.page == q.page and
                     i.phrase.x0 >= q.x1 and _same_row(q, i.phrase) and
                     parse_date(i.phrase.text)]
        signed_on = [i.phrase for i in items if i.phrase.page == q.page and
                     0 < i.phrase.top - q.bottom <= SIGNED_ON_REACH and
                     abs(i.phrase.x0 - q.x0) <= BLOCK_PARTY_ALIGN and
                     re.search(r"\bsigned\b", i.phrase.text, re.I) and parse_date(i.phrase.text)]
        when = (same_line or signed_on or [None])[0]
        if when is not None:
            _set(plan.data, f"{role}.date", parse_date(when.text))
            plan.evidence[f"{role}.date"] = _ev(when, 0.75, "date by the typed signature")


def _party_signature_caption(item: _Item, items: list[_Item]) -> str | None:
    """The signature a caption asks for when its party is printed before it on its line
    ("Ticket Holder:  type your full name as your signature"): an online form's question;
    or when it names none ("Signature") and its party's name is printed over its block."""
    q = item.phrase
    norm = vocab.normalise(q.text)
    if _GENERIC_SIGNATURE_CAPTION.match(vocab.normalise(
            vocab.unnumbered(q.text).strip().strip("()").rstrip(":"))) and \
            not any(m.group == "labels" for m in item.labels):
        return _block_party(item, items)
    if "signature" not in norm.split() or len(norm.split()) > PARTY_CAPTION_WORDS or \
            item.heading or any(m.group == "labels" for m in item.labels):
        return None
    party = _party_before(item, items)
    return _party(party.text) if party is not None and party.text.rstrip().endswith(":") \
        else None


def _party_before(item: _Item, items: list[_Item]) -> Phrase | None:
    """The phrase just left of ``item`` on its line, if any."""
    q = item.phrase
    left = [i.phrase for i in items if i.phrase.page == q.page and i.phrase.line == q.line
            and i.phrase.x1 <= q.x0 + 1]
    return max(left, key=lambda r: r.x1) if left else None


def _mark_signed(plan: ReadPlan, role: str, evidence: Evidence) -> None:
    """Record that the party ``role`` names signed electronically, with the evidence."""
    _set(plan.data, f"{role}.method", "electronic")
    plan.evidence[f"{role}.method"] = evidence
    plan.components.setdefault("en_signature" if "en_" in role else "ticketholder_signature",
                               evidence)


def _signed_line(plan: ReadPlan, role: str, line: Phrase, when: Any, how: str) -> None:
    """Record an electronic signature read from one line (a "signed by" line, a signing
    stamp) and the date the line gives, if any."""
    _mark_signed(plan, role, _ev(line, 0.8, how))
    if when:
        _set(plan.data, f"{role}.date", when)
        plan.evidence[f"{role}.date"] = _ev(line, 0.8, f"date of the {how}")


def _party(text: str) -> str | None:
    """The signature a party's words name ("Ticket Holder", "EN representative")."""
    norm = vocab.normalise(text)
    if _EN_ROLE.search(norm):
        return "signatures.en_representative"
    if _TICKETHOLDER_ROLE.search(norm):
        return "signatures.ticketholder"
    return None


def _party_above(signature: Phrase, items: list[_Item]) -> str | None:
    """The party named at the start of the line just above a signing stamp ("Ticket
    Holder: Ann Lee   SIGNED")."""
    reach = ROLE_ABOVE_LINES * signature.height
    above = [i.phrase for i in items if i.phrase.page == signature.page and
             0 < signature.top - i.phrase.bottom <= reach and
             abs(i.phrase.x0 - signature.x0) <= WRAP_ALIGN]
    return _party(max(above, key=lambda r: r.bottom).text) if above else None


def _role_below(signature: Phrase, items: list[_Item]) -> tuple[Phrase | None, str | None]:
    """The party a typed signature is for, from the printed name under its line ("X /s/
    Ann Lee" over "Ann Lee, Ticket Holder"): the role after the name's comma."""
    reach = ROLE_ABOVE_LINES * signature.height
    below = [i.phrase for i in items if i.phrase.page == signature.page and
             0 <= i.phrase.top - signature.bottom <= reach and
             -WRAP_ALIGN <= i.phrase.x0 - signature.x0 <= STACKED_VALUE_INDENT_EM * signature.size
             and "," in i.phrase.text]
    if not below:
        return None, None
    nearest = min(below, key=lambda r: r.top)
    role = _party(nearest.text.partition(",")[2])
    return (nearest, role) if role else (None, None)


def _role_above(signature: Phrase, lefts: list[Phrase], items: list[_Item]
                ) -> tuple[Phrase | None, str | None]:
    """The party a typed signature is for when its row names none ("SIGNED: /s/ Name"): a
    party's name alone on the line just above the row, aligned with the row's start."""
    start = min([signature] + lefts, key=lambda r: r.x0)
    reach = ROLE_ABOVE_LINES * signature.height
    above = [i.phrase for i in items if i.phrase.page == signature.page and
             0 < start.top - i.phrase.bottom <= reach and
             abs(i.phrase.x0 - start.x0) <= WRAP_ALIGN]
    if not above:
        return None, None
    nearest = max(above, key=lambda r: r.bottom)
    if len(nearest.text.split()) > ROLE_ABOVE_WORDS or any(
            i.phrase.page == nearest.page and i.phrase.line == nearest.line and
            i.phrase is not nearest for i in items):
        return None, None
    norm = vocab.normalise(nearest.text)
    if _EN_ROLE.search(norm):
        return nearest, "signatures.en_representative"
    if _TICKETHOLDER_ROLE.search(norm):
        return nearest, "signatures.ticketholder"
    return None, None


# On a scanned page, ink (marks no recognised word or ruling explains) that spans at least
# this many points across a signature's place is a signature (handwritten signatures
# measured 40-150 pt wide); a smaller mark may be one OCR could not read, or a stray mark.
SIGNATURE_INK_WIDTH = 18.0
# A place to sign is looked at this many points inside its cell's borders (what is left of
# a ruling after it was found is not ink).
SIGNATURE_CELL_INSET = 1.5
# A table cell taller than this is not one row of a signatures table.
SIGNATURE_ROW_MAX_HEIGHT = 60.0
# A mark counts at a place when at least this share of its ink lies there: a signature
# whose loops reach into the next row leaves only its edge there (measured 5-15 %).
SIGNATURE_INK_SHARE = 0.3
# A signatures table's rows lie within this many points under its header row.
SIGNATURE_TABLE_REACH = 120.0


def _scan_signatures(plan: ReadPlan, items: list[_Item], by_page: dict[int, LayoutPage]
                     ) -> None:
    """Signatures on a scanned page that the text could not show: a handwritten signature
    is ink, and OCR may drop a typed one's "/s/" or read nothing it trusts.

    Each party's place to sign (see :func:`_signing_places`) is looked at: a name written
    there, or ink across it, is a signature ("ink on the signature line"); a place that is
    clean is unsigned (the component stays missing); a small mark, or a page whose marks
    could not be told apart, is a doubt - a person must look. A party whose place was not
    found on a scan with a signatures section is a doubt too, never a confident missing.
    """
    scanned = {n for n, page in by_page.items() if page.scanned}
    if not scanned:
        return
    wanted = {"signatures.ticketholder": "ticketholder_signature",
              "signatures.en_representative": "en_signature"}
    places = _signing_places(items, by_page, scanned)
    for path, component in wanted.items():
        if f"{path}.method" in plan.evidence:
            continue
        mine = [p for p in places if p[0] == path]
        if not mine:
            if "signatures" in plan.signals and \
                    plan.signals["signatures"].page in scanned:
                plan.doubts.setdefault(component, "the scan has a signatures section, but "
                                       "the place for this signature was not found on it")
            continue
        for _, page, box, header, in_table in mine:
            seen, evidence, how = _look_at_place(page, box, items, in_table)
            if seen == "signed":
                _set(plan.data, f"{path}.method", "electronic" if re.search(
                    r"/s/", evidence.label or "") else "wet")
                plan.evidence[f"{path}.method"] = evidence
                plan.components.setdefault(component, evidence)
                plan.doubts.pop(component, None)
                if in_table:
                    _date_in_row(plan, path, box, header.page, items)
                break
            if seen == "unclear":
                plan.doubts.setdefault(component, how)


def _signing_places(items: list[_Item], by_page: dict[int, LayoutPage], scanned: set[int]
                    ) -> list[tuple[str, LayoutPage, BBox, Phrase, bool]]:
    """(party path, page, box, row header or caption, in a table) of each place to sign on
    the scanned pages: in a signatures table, the cell of a party's row under the signature
    column; by a signature caption ("Ticketholder signature"), the line above it and the
    rest of its own line."""
    words = vocab.vocabulary().get("scan_signatures", {})
    columns = {vocab.normalise(w) for w in words.get("column", [])}
    roles = sorted(((vocab.normalise(w), path) for path, ws in words.get("roles", {}).items()
                    for w in ws), key=lambda r: -len(r[0]))
    other = {vocab.normalise(w) for w in words.get("other_rows", [])}
    places: list[tuple[str, LayoutPage, BBox, Phrase, bool]] = []
    for header in (i.phrase for i in items if i.phrase.page in scanned):
        if vocab.normalise(header.text) not in columns:
            continue
        page = by_page[header.page]
        left, right = (header.cell[0], header.cell[2]) if header.cell else \
            (header.x0 - 4, header.x1 + 150)
        # The row headers under it, left of its column, top to bottom.
        rows = sorted((i.phrase for i in items if i.phrase.page == header.page and
                       i.phrase.x1 <= left + 2 and _centre(i.phrase) > header.bottom and
                       i.phrase.top - header.bottom <= SIGNATURE_TABLE_REACH),
                      key=lambda q: q.top)
        for index, row in enumerate(rows):
            norm = vocab.normalise(row.text)
            if set(norm.split()) & other:
                continue
            path = next((p for w, p in roles if norm == w or norm.startswith(w + " ")), None)
            if path is None:
                continue
            cell = row.cell
            top, bottom = (cell[1], cell[3]) if cell and \
                cell[3] - cell[1] <= SIGNATURE_ROW_MAX_HEIGHT else (row.top - 3, row.bottom + 3)
            # A border the scan lost can make one cell of two rows: a row ends half-way to
            # the row headers above and below it.
            if index > 0 and _centre(rows[index - 1]) > top:
                top = (rows[index - 1].bottom + row.top) / 2
            if index + 1 < len(rows) and _centre(rows[index + 1]) < bottom:
                bottom = (row.bottom + rows[index + 1].top) / 2
            top = max(top, header.bottom)
            places.append((path, page, (left + SIGNATURE_CELL_INSET, top + SIGNATURE_CELL_INSET,
                                        right - SIGNATURE_CELL_INSET,
                                        bottom - SIGNATURE_CELL_INSET), row, True))
    for item in items:
        label = item.phrase
        keys = [m.key for m in item.labels if m.group == "labels" and m.key in (
            "signatures.ticketholder", "signatures.en_representative")]
        if keys and label.page in scanned:
            places.append((keys[0], by_page[label.page], _signature_region(label), label,
                           False))
    return places


def _look_at_place(page: LayoutPage, box: BBox, items: list[_Item], in_table: bool
                   ) -> tuple[str, Evidence, str]:
    """What is at a place to sign on a scan: ``signed`` (a name in a table's signature
    cell, or ink), ``clean`` or ``unclear``, with the evidence and, when unclear, why. (By
    a caption, the text around it was read by :func:`_read_signatures` already.)"""
    read_as_letters: list[BBox] = []  # what OCR read there that is not a name: pen strokes
    for item in items if in_table else []:
        q = item.phrase
        if q.page != page.number or not contains(box, q.bbox, slack=0) or item.labels or \
                parse_date(q.text) or not any(c.isalnum() for c in q.text):
            continue
        names = [w for w in q.text.split() if sum(c.isalpha() for c in w) >= 2]
        if "/s/" in q.text or (len(names) >= 2 and looks_like("name", q.text) > 0):
            return "signed", _ev(q, 0.7, "name on the signature line of a scan"), ""
        read_as_letters.append(q.bbox)
    if page.ink is None:
        return "unclear", Evidence(page.number, box, None, 0.3, ""), (
            f"page {page.number} is a scan whose marks could not be told apart from its "
            "text; look whether it is signed")
    inside: list[BBox] = list(read_as_letters)
    for mark in page.ink:
        runs = [r for r in mark.runs if contains(box, r, slack=0)]
        share = sum((r[2] - r[0]) * (r[3] - r[1]) for r in runs) / max(mark.area, 1e-6)
        if runs and share >= SIGNATURE_INK_SHARE:
            inside += runs
    if not inside:
        return "clean", Evidence(page.number, box, None, 0.7, "nothing on the line"), ""
    where = (min(r[0] for r in inside), min(r[1] for r in inside),
             max(r[2] for r in inside), max(r[3] for r in inside))
    if where[2] - where[0] >= SIGNATURE_INK_WIDTH:
        return "signed", Evidence(page.number, where, "ink", 0.7,
                                  "ink on the signature line"), ""
    return "unclear", Evidence(page.number, where, "ink", 0.3, ""), (
        f"a small mark on the signature line on page {page.number} that OCR could not read; "
        "look whether it is signed")


def _date_in_row(plan: ReadPlan, path: str, box: BBox, page: int, items: list[_Item]
                 ) -> None:
    """The date printed in a signature's row, right of its place, when none was read."""
    if f"{path}.date" in plan.evidence:
        return
    row = [i.phrase for i in items if i.phrase.page == page and i.phrase.x0 >= box[2] - 2
           and box[1] - 2 <= (i.phrase.top + i.phrase.bottom) / 2 <= box[3] + 2]
    date = next((q for q in sorted(row, key=lambda q: q.x0) if parse_date(q.text)), None)
    if date is not None:
        _set(plan.data, f"{path}.date", parse_date(date.text))
        plan.evidence[f"{path}.date"] = _ev(date, 0.7, "date in the signature's row")


def _signature_columns(items: list[_Item]) -> list[Phrase]:
    """Column headers "Signature" of signatures tables: a header with "Date" on its line."""
    dates = {(i.phrase.page, i.phrase.line) for i in items
             if vocab.normalise(vocab.unnumbered(i.phrase.text)) in ("date", "date signed")}
    return [i.phrase for i in items
            if vocab.normalise(i.phrase.text) in ("signature", "signatures", "signed")
            and (i.phrase.page, i.phrase.line) in dates]


def _in_signature_column(item: _Item, columns: list[Phrase]) -> bool:
    """Whether ``item`` is written in a "Signature" column, under its header: a short
    phrase, not a caption, a date or a blank line."""
    q = item.phrase
    if not any(h.page == q.page and 0 < q.top - h.bottom <= SIGNATURE_TABLE_REACH and
               h.x0 - 6 <= q.x0 <= h.x0 + 40 for h in columns):
        return False
    text = q.text.strip()
    return not (not text or set(text) <= set("_.-— ") or parse_date(text) or
                len(text.split()) > SIGNER_MAX_WORDS or
                any(m.group in ("labels", "sections", "columns") for m in item.labels))


def _under_caption_line(caption: Phrase, phrase: Phrase) -> bool:
    """Whether ``phrase`` starts below the caption's line (not beside it, not in the
    caption's own cell): a printed name or title under a signature line, not the signature."""
    return phrase.top >= caption.bottom - 0.2 * caption.height and \
        not _under_in_cell(caption, phrase)


def _signature_region(label: Phrase) -> tuple[float, float, float, float]:
    """Where a signature and its date may be: the line above the caption (as far right as
    a date beside it) and the rest of the caption's own line."""
    return (label.x0 - 10, label.top - 36, label.x1 + 330, label.bottom + 2)


# A value stacked under its caption (one caption per line, the value on the next: a large
# print plan) starts at most this many ems right of the caption's left edge, and its top is
# at most this many ems under the caption.
STACKED_VALUE_INDENT_EM = 3.0
STACKED_VALUE_GAP_EM = 1.5


def _stacked_value(caption: Phrase, value: Phrase) -> bool:
    """Whether ``value`` is written on the line under ``caption``, starting at or a little
    right of its left edge, with no other line between."""
    size = max(caption.size, 4.0)
    return value.page == caption.page and \
        0 <= value.top - caption.bottom <= STACKED_VALUE_GAP_EM * size and \
        -UNDER_CAPTION_SLACK <= value.x0 - caption.x0 <= STACKED_VALUE_INDENT_EM * size


def _on_a_rule(value: Phrase, page: LayoutPage | None) -> bool:
    """Whether ``value`` is written on a rule (a signing line, its caption printed under
    it): then it belongs to the caption under the rule, never to one above."""
    return page is not None and any(
        r.horizontal and 0 <= r.top - value.bottom + 2 <= max(SIGN_LINE_CAPTION_GAP,
                                                                  1.5 * value.size) and
        r.x0 <= value.x1 and r.x1 >= value.x0 for r in page.rulings)


def _signed_under_caption(label: Phrase, items: list[_Item], captions: list[Phrase],
                          page: LayoutPage | None = None) -> Phrase | None:
    """A signature typed on the line under its caption ("Ticket Holder's signature" /
    "/s/ Ann Lee"), when nothing was written over or beside the caption: ``/s/`` or a name,
    nearer this caption than any other signature caption (in a form whose captions are
    printed under the signing lines, the line under one caption is the next one's)."""
    for item in items:
        q = item.phrase
        if q is label or not _stacked_value(label, q) or item.labels or item.heading:
            continue
        if _nearer_other_caption(q, label, captions) or _on_a_rule(q, page):
            continue
        if any(i.phrase.page == q.page and label.bottom <= i.phrase.top < q.top and
               i.phrase.x0 < q.x1 and i.phrase.x1 > q.x0 for i in items):
            continue  # a line between ("Date signed"): not the line under the caption
        if any(i.phrase.page == q.page and 0 <= i.phrase.top - q.bottom <= q.height * 1.5 and
               abs(i.phrase.x0 - q.x0) <= WRAP_ALIGN and
               vocab.normalise(i.phrase.text).endswith("name") for i in items):
            continue  # over its "Printed name" caption: the name printed, not signed
        below = [c for c in captions if c is not label and c.page == q.page and c.top >= q.bottom]
        if below and min(c.top for c in below) - q.bottom < q.top - label.bottom:
            continue  # written on the line over the next caption: that caption's
        if re.search(r"/s/\s*\w", q.text) or (looks_like("name", q.text) > 0 and
                                              len(q.text.split()) <= SIGNER_MAX_WORDS):
            return q
    return None


def _under_in_cell(caption: Phrase, value: Phrase) -> bool:
    """A value under its caption in the caption's own table cell (a grid's signature box)."""
    return caption.cell is not None and value.cell == caption.cell and \
        value.top >= caption.bottom - 1


# A phrase on the line that ends the page before a signature caption is its signature (or
# date) when it starts within this many points of the caption's (or the date caption's) left.
PAGE_END_ALIGN = 40.0


def _signed_at_page_end(label: Phrase, items: list[_Item], captions: list[Phrase],
                        date: Phrase | None) -> tuple[Phrase | None, Phrase | None]:
    """A signature caption that starts its page, with nothing written above it there: the
    page broke between the signature line and its caption, so the typed signature (and the
    date beside it) are on the last line of the page before, under every other signature
    caption of that page. Returns (signer, date), ``date`` kept when already found."""
    page = label.page - 1
    if any(i.phrase.page == label.page and i.phrase.bottom <= label.top and
           not _RUNNING_FOOTER.search(i.phrase.text) for i in items):
        return None, date
    earlier = [i.phrase for i in items if i.phrase.page == page and
               not _RUNNING_FOOTER.search(i.phrase.text) and
               not set(i.phrase.text.strip()) <= set("_.-— ")]
    if not earlier:
        return None, date
    last = max(q.line for q in earlier)
    if any(c.page == page and c.line >= last for c in captions):
        return None, date  # the page ends with another party's caption
    ending = [q for q in earlier if q.line == last]
    date_captions = [i.phrase for i in items if i.phrase.page == label.page and
                     abs(i.phrase.top - label.top) < SAME_ROW_TOPS and
                     vocab.normalise(vocab.unnumbered(i.phrase.text)).startswith("date")]
    signer = next((q for q in ending if abs(q.x0 - label.x0) <= PAGE_END_ALIGN and
                   not parse_date(q.text) and len(q.text.split()) <= SIGNER_MAX_WORDS and
                   (re.search(r"/s/", q.text) or looks_like("name", q.text) > 0)), None)
    if signer is not None and date is None:
        date = next((q for q in ending for c in date_captions if parse_date(q.text) and
                     abs(q.x0 - c.x0) <= PAGE_END_ALIGN), None)
    return signer, date


def _in_other_box(value: Phrase, caption: Phrase, captions: list[Phrase]) -> bool:
    """Whether ``value`` is written in the box of another caption of the same kind (a form
    of boxes, each captioned at its top): it is that caption's, however near this one."""
    return any(other is not caption and _under_in_cell(other, value) for other in captions)


def _overlaps(a: tuple, b: tuple) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _centre(phrase: Phrase) -> float:
    return (phrase.top + phrase.bottom) / 2


# A numeric date with a digit lost ("02/12/202", "02/1/2026" is whole): no date, but not
# nothing either.
_CUT_DATE = re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{3}(?![\w/])|(?<![\w/])\d{1,2}/\d{1,2}/(?![\w/])")
# A signing line lies at most this far (points) above the caption printed under it.
SIGN_LINE_CAPTION_GAP = 8.0


def _on_line_over(value: Phrase, caption: Phrase, page: LayoutPage | None,
                  captions: list[Phrase]) -> bool:
    """Whether ``value`` is written on the rule printed right over ``caption`` (a signing
    line with its caption under it): it is that line's, however near the caption of the
    line above lies. A value level with another caption is that caption's (a table's row
    border runs under a row's date just as a signing line would)."""
    if page is None or value.page != caption.page or value.bottom > caption.top:
        return False
    if any(other is not caption and other.page == value.page and
           min(other.bottom, value.bottom) > max(other.top, value.top) for other in captions):
        return False
    return any(r.horizontal and value.bottom - 2 <= r.top and
               caption.top - r.bottom <= SIGN_LINE_CAPTION_GAP and r.bottom <= caption.top + 1
               and r.x0 <= value.x1 and r.x1 >= value.x0 for r in page.rulings)


def _after_name_caption(value: Phrase, items: list[_Item]) -> bool:
    """Whether ``value`` follows a name caption on its line ("Printed name:", "Name:"):
    it is the printed name, not a signature."""
    return any(i.phrase.page == value.page and i.phrase.line == value.line and
               i.phrase.x1 <= value.x0 + 1 and value.x0 - i.phrase.x1 <= HEADING_LEAD_GAP *
               value.size and i.phrase.text.rstrip().endswith(":") and
               vocab.normalise(i.phrase.text).endswith("name") for i in items)


def _nearer_other_caption(value: Phrase, caption: Phrase, captions: list[Phrase]) -> bool:
    """Whether ``value`` is nearer (up or down) to another caption of the same kind than to
    ``caption``: in stacked signature rows, the row above's date is the row above's."""
    if value.cell is not None and value.cell == caption.cell:
        return False  # in the caption's own box, however near the next box's caption is
    if value.page != caption.page:  # the page broke: only a caption above it on its page
        return any(other is not caption and other.page == value.page and
                   _centre(other) < _centre(value) for other in captions)
    mine = abs(_centre(value) - _centre(caption))
    return any(other is not caption and other.page == value.page and
               abs(_centre(value) - _centre(other)) < mine for other in captions)


# A date block stacked under its signature (a narrow page, or a form printed without its
# style sheet): its caption starts at the signature caption's left edge, at most this far
# below it (an online form may put the signer's title card between the two).
STACKED_DATE_REACH = 120.0
# ... or this many of its font sizes, in large print.
STACKED_DATE_REACH_EM = 6.0
# ... or, when the page broke under the signature, a date caption this near the top of the
# next page (its running header and the date line above the caption fit in it).
NEXT_PAGE_DATE_REACH = 150.0


def _stacked_under(date_caption: Phrase, label: Phrase, signature_captions) -> bool:
    """Whether ``date_caption`` is under the signature caption ``label`` in one column, with
    no other signature caption between them - on the same page, or at the top of the next
    when the page broke between the signature and its date."""
    if abs(date_caption.x0 - label.x0) > WRAP_ALIGN * 4:
        return False
    if date_caption.page == label.page + 1:
        return date_caption.top <= NEXT_PAGE_DATE_REACH and not any(
            other.page == date_caption.page and other.top < date_caption.top
            for other in signature_captions)
    gap = date_caption.top - label.bottom
    reach = max(STACKED_DATE_REACH, STACKED_DATE_REACH_EM * label.size)
    return date_caption.page == label.page and 0 < gap <= reach and not any(
        other is not label and other.page == label.page and
        label.top < other.top < date_caption.top for other in signature_captions)


# What is typed on a signature line is a name, "/s/ Name" or "Electronically signed by
# Name (role) on <date>": at most this many words (a paragraph above the line is not).
SIGNER_MAX_WORDS = 16


def _heading_between(value: Phrase, caption: Phrase, items: list[_Item]) -> bool:
    """Whether a heading stands between ``value`` above a caption and the caption: the
    value belongs to the section before ("I. Statement ..." / "J. Signatures")."""
    return any(i.heading and i.phrase.page == caption.page and
               value.bottom <= i.phrase.top and i.phrase.bottom <= caption.top
               for i in items)


# Two captions are side by side on one row when their tops differ by at most this many
# points; a value starting this little left of a caption still stands under it.
SAME_ROW_TOPS = 6.0
UNDER_CAPTION_SLACK = 3.0


def _past_other_caption(value: Phrase, caption: Phrase, captions: list[Phrase]) -> bool:
    """Whether another signature caption on ``caption``'s row stands between it and
    ``value``: in a row of boxes "Ticketholder signature | Date | EN signature | Date",
    what is under or right of the EN's caption is the EN's, however near it is to the
    Ticketholder's caption."""
    return any(other is not caption and other.page == caption.page and
               abs(other.top - caption.top) <= SAME_ROW_TOPS and
               caption.x0 < other.x0 <= value.x0 + UNDER_CAPTION_SLACK for other in captions)


def _date_captions(items: list[_Item]) -> list[Phrase]:
    """The phrases that caption a signature's date ("Date", "Date signed", "65. Date")."""
    return [i.phrase for i in items if vocab.normalise(
        vocab.unnumbered(i.phrase.text)) in ("date", "date signed")]


def _date_near_caption(label: Phrase, items: list[_Item], date_captions: list[Phrase],
                       signature_captions: list[Phrase] = (),
                       page: LayoutPage | None = None) -> Phrase | None:
    captions = [c for c in date_captions if c.page == label.page and
                abs(c.top - label.top) < 14 and 0 < c.x0 - label.x0 < 420 and
                not _past_other_caption(c, label, list(signature_captions)) or
                _stacked_under(c, label, signature_captions)]
    for caption in captions:
        for item in items:
            q = item.phrase
            if q.page == caption.page and parse_date(q.text) and _under_in_cell(caption, q):
                return q  # in the date caption's own box
            if _nearer_other_caption(q, caption, date_captions) or \
                    _nearer_other_caption(q, label, list(signature_captions)) or \
                    _in_other_box(q, caption, date_captions):
                continue  # the date of the signature row above or below
            if q.page == caption.page and parse_date(q.text) and (
                    (0 < caption.top - q.bottom < 36 and abs(q.x0 - caption.x0) < 120) or
                    _under_in_cell(caption, q) or
                    (abs(q.top - caption.top) < 6 and 0 <= q.x0 - caption.x1 < 160)):
                return q
            if caption.page == label.page + 1 and q.page == label.page and parse_date(
                    q.text) and 0 < q.top - label.bottom < 36 and abs(q.x0 - label.x0) < 12:
                return q  # the date ends the page, its caption starts the next
    for caption in captions:  # nothing over or beside a date caption: the line under it
        for item in items:
            q = item.phrase
            if parse_date(q.text) and _stacked_value(caption, q) and \
                    not _nearer_other_caption(q, caption, date_captions) and \
                    not _on_a_rule(q, page):
                return q
    return None


def _add_signature_fields(plan: ReadPlan, parsed: Any) -> None:
    """Signature form fields that are signed, and widgets named or captioned as signatures
    that hold a value, show the signature is there."""
    tooltips = {w.name: w.tooltip for page in (getattr(parsed, "layout", None) or [])
                for w in page.widgets}
    roles = ("signatures.ticketholder", "signatures.en_representative")
    for signature in getattr(parsed, "signatures", None) or []:
        if signature.state != "signed":
            continue
        name = vocab.normalise(f"{signature.name} {tooltips.get(signature.name, '')}")
        if re.search(r"\ben\b|staff|provider|counsel|employment network|specialist", name):
            path = roles[1]
        elif re.search(r"ticket ?holder|beneficiary|participant|client", name):
            path = roles[0]
        else:  # a generic name (Signature2): the first role not yet read as signed
            path = next((r for r in roles if f"{r}.method" not in plan.evidence), None)
            if path is None:
                continue
        if f"{path}.method" not in plan.evidence:
            _set(plan.data, f"{path}.method", "electronic")
            plan.evidence[f"{path}.method"] = Evidence(signature.page or 1, None,
                                                       signature.name, 1.0,
                                                       f"signed field {signature.name}")
            plan.components.setdefault("en_signature" if "en_" in path else
                                       "ticketholder_signature", plan.evidence[f"{path}.method"])


# --- e-signature certificates ---------------------------------------------------------------

# A certificate's title is printed in this top fraction of its page.
CERTIFICATE_TITLE_ZONE = 0.25
# Phrases of one certificate line closer than this (in font sizes) read as one
# "caption: value" segment; a wider gap starts the next column.
CERTIFICATE_SEGMENT_GAP_EM = 1.5
# Phrases whose centres lie within this share of their font size are on one line (a bold
# caption and its value may sit a point or two apart).
CERTIFICATE_LINE_SHARE = 0.5


def _certificate_pages(items: list[_Item]) -> set[int]:
    """Pages that are an e-signature service's certificate: its title near the top."""
    titles = {vocab.normalise(str(w)) for w in _certificate_words("titles")}
    tops: dict[int, float] = {}
    for item in items:
        p = item.phrase
        tops[p.page] = max(tops.get(p.page, 0.0), p.bottom)
    return {item.phrase.page for item in items
            if vocab.normalise(item.phrase.text) in titles and
            item.phrase.top <= CERTIFICATE_TITLE_ZONE * max(tops[item.phrase.page], 1.0)}


def _certificate_words(name: str) -> list[str]:
    table = vocab.vocabulary().get("signature_certificates") or {}
    return [vocab.normalise(str(w)) for w in table.get(name) or []]


def _certificate_segments(phrases: list[Phrase]) -> list[tuple[str, str, Phrase]]:
    """(caption, value, first phrase) of each "caption: value" segment of the page's
    lines: phrases on one line joined while they stand close together."""
    rows: list[list[Phrase]] = []
    for q in sorted(phrases, key=lambda q: (q.top + q.bottom) / 2):
        centre = (q.top + q.bottom) / 2
        if rows and abs(centre - (rows[-1][-1].top + rows[-1][-1].bottom) / 2) <= \
                CERTIFICATE_LINE_SHARE * min(q.size, rows[-1][-1].size):
            rows[-1].append(q)
        else:
            rows.append([q])
    out = []
    for row in rows:
        row.sort(key=lambda q: q.x0)
        group = [row[0]]
        for q in row[1:] + [None]:
            if q is not None and q.x0 - group[-1].x1 <= CERTIFICATE_SEGMENT_GAP_EM * q.size:
                group.append(q)
                continue
            text = " ".join(g.text for g in group)
            caption, colon, value = text.partition(":")
            if colon:
                out.append((vocab.normalise(caption), value.strip(), group[0]))
            group = [q] if q is not None else []
    return out


def _certificate_role(text: str) -> str | None:
    """The plan's signature a signer's role names (``signatures.ticketholder`` ...)."""
    norm = vocab.normalise(text)
    roles = (vocab.vocabulary().get("scan_signatures") or {}).get("roles") or {}
    best = None
    for path, words in roles.items():
        for word in (vocab.normalise(str(w)) for w in words):
            if (norm == word or norm.startswith(word + " ")) and (
                    best is None or len(word) > len(best[1])):
                best = (path, word)
    return best[0] if best else None


def _certificate_signatures(plan: ReadPlan, items: list[_Item], pages: set[int]) -> None:
    """Signatures an e-signature certificate records: for each signer's block (from its
    "Signed by:" or "Recipient:" line to the next), the role, whether the status says it
    is signed, and the date it was signed on. A signer still awaited has not signed; one
    signed with no date recorded is signed, undated."""
    signed_by, signer = _certificate_words("signed_by"), _certificate_words("signer")
    role_words, status_words = _certificate_words("role"), _certificate_words("status")
    signed_on = _certificate_words("signed_on")
    signed_status = _certificate_words("signed_status")
    not_signed = _certificate_words("not_signed_status")
    for number in sorted(pages):
        segments = _certificate_segments([i.phrase for i in items if i.phrase.page == number])
        starts = sorted((q.top, caption) for caption, _v, q in segments
                        if caption in signed_by + signer)
        for index, (top, caption) in enumerate(starts):
            end = starts[index + 1][0] if index + 1 < len(starts) else float("inf")
            block = [(c, v, q) for c, v, q in segments if top - 1 <= q.top < end - 1]
            role = next((_certificate_role(v) for c, v, _q in block if c in role_words), None)
            start = next(q for c, v, q in block if q.top >= top - 1 and c == caption)
            name = next((v for c, v, _q in block if c == caption), "")
            if role is None or f"{role}.method" in plan.evidence:
                continue
            status = " ".join(vocab.normalise(v) for c, v, _q in block if c in status_words)
            waiting = any(re.search(rf"\b{re.escape(w)}\b", status) for w in not_signed)
            when = next((q for c, v, q in block if c in signed_on), None)
            date = next((parse_date(v) for c, v, _q in block
                         if c in signed_on and parse_date(v)), None)
            says_signed = caption in signed_by or any(
                re.search(rf"\b{re.escape(w)}\b", status) for w in signed_status)
            plan.signals.setdefault("signatures", _ev(start, 0.8, "e-signature certificate"))
            if waiting or not (says_signed or date):
                continue
            ev = _ev(start, 0.85, f"e-signature certificate: '{start.text[:30]} {name[:30]}'")
            _mark_signed(plan, role, ev)
            if date is not None:
                _set(plan.data, f"{role}.date", date)
                plan.evidence[f"{role}.date"] = _ev(when or start, 0.85,
                                                    "signing date on the e-signature certificate")
            if role == "signatures.en_representative" and looks_like("name", name) > 0:
                _set(plan.data, f"{role}.name", name)
                plan.evidence[f"{role}.name"] = _ev(start, 0.8,
                                                    "signer on the e-signature certificate")


# --- signatures typed in a signature style --------------------------------------------------

# An e-signing tool prints the signer's adopted signature (their name in a script face)
# over their printed name: at least this many times its size (measured 2x).
SIGNATURE_STYLE_RATIO = 1.4
# What a party's signature box holds lies within this many points under its caption.
SIGNATURE_BOX_REACH = 90.0


def _styled_signatures(plan: ReadPlan, items: list[_Item]) -> None:
    """A party's box in the signatures part ("TICKET HOLDER" over the box): the signer's
    name in a signature style (much larger than the same name printed under it) is an
    electronic signature, the date in the box its date. A box with only the printed name
    (an unsigned "SIGN HERE" box) holds no signature."""
    for item in items:
        caption = item.phrase
        role = _certificate_role(caption.text) if item.heading else None
        if role is None or f"{role}.method" in plan.evidence or \
                not _under_signatures_heading(item, items):
            continue
        box = [i.phrase for i in items if i.phrase.page == caption.page and
               caption.bottom <= i.phrase.top <= caption.bottom + SIGNATURE_BOX_REACH and
               (i.phrase.cell == caption.cell if caption.cell is not None else
                abs(i.phrase.x0 - caption.x0) <= 12)]
        styled = next((q for q in box if looks_like("name", q.text) > 0 and any(
            o is not q and vocab.normalise(o.text) == vocab.normalise(q.text) and
            q.size >= SIGNATURE_STYLE_RATIO * o.size for o in box)), None)
        if styled is None:
            continue
        ev = _ev(styled, 0.75, f"name in a signature style under '{caption.text[:40]}'")
        _mark_signed(plan, role, ev)
        date = next((q for q in box if q.top > styled.top and parse_date(q.text)), None)
        if date is not None and f"{role}.date" not in plan.evidence:
            _set(plan.data, f"{role}.date", parse_date(date.text))
            plan.evidence[f"{role}.date"] = _ev(date, 0.75, "date in the signature box")
        if role == "signatures.en_representative" and f"{role}.name" not in plan.evidence:
            _set(plan.data, f"{role}.name", styled.text.strip())
            plan.evidence[f"{role}.name"] = _ev(styled, 0.7, "name in the signature box")


def _under_signatures_heading(caption: _Item, items: list[_Item]) -> bool:
    """Whether the nearest heading above a party's caption, other than party captions, is
    the signatures part's."""
    above = [i for i in items if i.heading and i.phrase.page == caption.phrase.page and
             i.phrase.top < caption.phrase.top - 1 and _certificate_role(i.phrase.text) is None]
    return bool(above) and max(above, key=lambda i: i.phrase.top).section == "signatures"
