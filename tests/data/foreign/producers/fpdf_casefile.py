#!/usr/bin/env python3
"""Print documents the way a small PHP case-management system built on FPDF does.

Used by ``make_foreign.py`` for the ``fpdf_``, ``amendfpdf_`` and two ``notiwp_`` files of
held-out batch 13. It needs fpdf2 (and Pillow, which fpdf2 installs), kept OUTSIDE the
project in its own venv::

    python3 -m venv /work/gen-venv && /work/gen-venv/bin/pip install fpdf2
    /work/gen-venv/bin/python fpdf_casefile.py spec.json out.pdf

``spec.json`` holds ``{"doc": "iwp" | "amendment" | "status_report" | "service_auth",
"data": {...}, "options": {...}}``; dates arrive as ISO strings and are printed mm/dd/yyyy.
The layout copies what FPDF code of that kind does: core Helvetica fonts (cp1252), ``Cell``
and ``MultiCell`` with borders, a grey band per section, fixed-width label cells, the
"table with MultiCells" add-on (``Row`` / ``NbLines``) for rows whose cells wrap, check
boxes as 4 mm bordered cells holding an "X", ``AliasNbPages`` in the footer, tablet
signatures as PNG images placed with ``Image``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

RIGHT, NEXT, LMARGIN, TOP = XPos.RIGHT, YPos.NEXT, XPos.LMARGIN, YPos.TOP
WIDTH = 191.9          # Letter (215.9 mm) with 12 mm side margins
LABEL_W = 44           # the fixed label column
ROW_H = 6.2


def ascii_text(text) -> str:
    """FPDF core fonts are cp1252: the system strips what they cannot print."""
    if text is None:
        return ""
    text = str(text)
    for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u2018", "'"),
                 ("\u201c", '"'), ("\u201d", '"'), ("\u2022", "-")):
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def us(iso) -> str:
    if not iso:
        return ""
    d = dt.date.fromisoformat(iso)
    return d.strftime("%m/%d/%Y")


def money(amount) -> str:
    return "" if amount is None else f"${amount:,.2f}"


def num(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value}"


def signature_png(path: Path, seed: int) -> None:
    """A signature-pad capture: two pen strokes (given name, family name) on white, each a
    tall looped capital followed by smaller joined loops of uneven height, then an underline."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGB", (640, 140), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    ink = (14, 20, 70)
    x = 20.0
    for word in range(2):
        pts = []
        # the capital: a tall slanted loop
        for i in range(28):
            t = i / 27 * 2 * math.pi
            pts.append((x + 14 * math.sin(t) + 10 * (1 - math.cos(t)) / 2,
                        88 - 58 * (1 - math.cos(t)) / 2 * (1.0 if i < 20 else 0.6)))
        x += 24
        for letter in range(4 + rng.randint(0, 3)):
            height = rng.choice((14, 16, 20, 34, 40)) if letter else 18
            width = 10 + rng.random() * 6
            for i in range(12):
                t = i / 11 * 2 * math.pi
                pts.append((x + width * i / 11 + 4 * math.sin(t),
                            90 - height * (1 - math.cos(t)) / 2))
            x += width + 2
        draw.line(pts, fill=ink, width=3, joint="curve")
        x += 26 + rng.random() * 10
    draw.line([(24, 112), (x * 0.55, 104 + rng.random() * 6), (x - 10, 108)], fill=ink,
              width=2, joint="curve")
    img = img.crop((0, 0, min(640, int(x) + 20), 140))
    img.save(path)


class CasePDF(FPDF):
    """The system's page: logo text and print stamp at the top, page x of {nb} at the foot."""

    def __init__(self, system: dict) -> None:
        super().__init__("P", "mm", "Letter")
        self.system = system
        self.set_margins(12, 12, 12)
        self.set_auto_page_break(True, 18)
        self.set_producer("FPDF 1.86")
        self.set_creator(system.get("creator", "CaseTrack"))
        self.set_title(ascii_text(system.get("title", "")))
        self.set_author(ascii_text(system.get("en_name", "")))
        self.alias_nb_pages()
        self.tmp = Path(tempfile.mkdtemp())

    # --- page furniture -----------------------------------------------------------------
    def header(self) -> None:
        s = self.system
        self.set_text_color(*s.get("logo_rgb", (24, 84, 72)))
        self.set_font("Helvetica", "B", 17)
        self.cell(120, 8, ascii_text(s["logo"]), new_x=RIGHT, new_y=TOP)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, ascii_text(s["doc_label"]), align="R", new_x=LMARGIN, new_y=NEXT)
        self.set_x(132)
        self.cell(0, 4, ascii_text(s["printed"]), align="R", new_x=LMARGIN, new_y=NEXT)
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 4, ascii_text(s["tagline"]), new_x=LMARGIN, new_y=NEXT)
        self.set_draw_color(*s.get("logo_rgb", (24, 84, 72)))
        self.set_line_width(0.6)
        self.line(12, self.get_y() + 1, 12 + WIDTH, self.get_y() + 1)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Helvetica", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(70, 5, ascii_text(self.system.get("footer_left", "")), new_x=RIGHT, new_y=TOP)
        self.set_font("Helvetica", "I", 8)
        self.cell(52, 5, f"Page {self.page_no()} of {{nb}}", align="C", new_x=RIGHT, new_y=TOP)
        self.set_font("Helvetica", "", 7)
        self.cell(0, 5, ascii_text(self.system.get("footer_right", "")), align="R")
        self.set_text_color(0, 0, 0)

    # --- building blocks ----------------------------------------------------------------
    def title_block(self, title: str, subtitle: str) -> None:
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 8, ascii_text(title), align="C", new_x=LMARGIN, new_y=NEXT)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, ascii_text(subtitle), align="C", new_x=LMARGIN, new_y=NEXT)
        self.ln(3)

    def band(self, title: str, need: float = 20, numbered: bool = True) -> None:
        """A grey band with the section title; sections are numbered as they are printed."""
        if numbered:
            self.section_no = getattr(self, "section_no", 0) + 1
            title = f"Section {self.section_no} - {title}"
        if self.will_page_break(need + 7):
            self.add_page()
        self.ln(2.5)
        self.set_fill_color(96, 96, 96)
        self.set_text_color(255, 255, 255)
        self.set_font("Helvetica", "B", 9.5)
        self.cell(WIDTH, 6.5, " " + ascii_text(title.upper()), border=1, fill=True,
                  new_x=LMARGIN, new_y=NEXT)
        self.set_text_color(0, 0, 0)

    def label(self, text: str, w: float = LABEL_W, h: float = ROW_H) -> None:
        self.set_fill_color(232, 232, 232)
        self.set_font("Helvetica", "B", 8.5)
        self.cell(w, h, ascii_text(text), border=1, fill=True, new_x=RIGHT, new_y=TOP)

    def value(self, text, w: float, h: float = ROW_H, last: bool = False) -> None:
        self.set_font("Helvetica", "", 9)
        self.cell(w, h, ascii_text(text), border=1, new_x=LMARGIN if last else RIGHT,
                  new_y=NEXT if last else TOP)

    def pair_row(self, pairs: list[tuple[str, str]]) -> None:
        """One row: label | value (| label | value), the values sharing what is left."""
        if len(pairs) == 1:
            self.label(pairs[0][0])
            self.value(pairs[0][1], WIDTH - LABEL_W, last=True)
            return
        value_w = (WIDTH - 2 * LABEL_W) / 2
        self.label(pairs[0][0])
        self.value(pairs[0][1], value_w)
        self.label(pairs[1][0])
        self.value(pairs[1][1], value_w, last=True)

    def long_row(self, label: str, text: str) -> None:
        """A label cell beside a MultiCell that wraps; the label is stretched to its height."""
        self.set_font("Helvetica", "", 9)
        lines = self.multi_cell(WIDTH - LABEL_W, 4.6, ascii_text(text) or " ", dry_run=True,
                                output="LINES")
        h = max(ROW_H, 4.6 * len(lines) + 1.6)
        if self.will_page_break(h):
            self.add_page()
        x, y = self.get_x(), self.get_y()
        self.label(label, h=h)
        self.rect(x + LABEL_W, y, WIDTH - LABEL_W, h)
        self.set_xy(x + LABEL_W, y + 0.8)
        self.set_font("Helvetica", "", 9)
        self.multi_cell(WIDTH - LABEL_W, 4.6, ascii_text(text), border=0, align="L")
        self.set_xy(x, y + h)

    def check(self, on: bool, text: str, gap: float = 3) -> None:
        """A check box as FPDF code draws one: a 4 mm bordered Cell with an 'X' in it."""
        self.set_font("Helvetica", "B", 8)
        y = self.get_y()
        self.set_y(y + 1.1)
        self.set_x(self.x_keep)
        self.cell(4, 4, "X" if on else "", border=1, align="C", new_x=RIGHT, new_y=TOP)
        self.set_font("Helvetica", "", 9)
        self.set_y(y)
        self.set_x(self.x_keep + 4)
        w = self.get_string_width(ascii_text(text)) + 2
        self.cell(w, ROW_H, " " + ascii_text(text), new_x=RIGHT, new_y=TOP)
        self.x_keep = self.get_x() + gap

    def checks_row(self, label: str, options: list[tuple[str, bool]], label_w=LABEL_W,
                   x0=None) -> None:
        x0 = self.l_margin if x0 is None else x0
        y = self.get_y()
        self.set_x(x0)
        self.label(label, w=label_w)
        self.x_keep = x0 + label_w + 2
        for text, on in options:
            self.check(on, text)
        self.rect(x0 + label_w, y, self.l_margin + WIDTH - x0 - label_w, ROW_H)
        self.set_xy(self.l_margin, y + ROW_H)

    def nb_lines(self, w: float, text: str) -> int:
        return max(1, len(self.multi_cell(w, 4.4, ascii_text(text) or " ", dry_run=True,
                                          output="LINES")))

    def table_head(self, heads: list[str], widths: list[float]) -> None:
        self.set_font("Helvetica", "B", 8.5)
        self.set_fill_color(210, 210, 210)
        for head, w in zip(heads, widths):
            self.cell(w, 6, ascii_text(head), border=1, fill=True, align="C", new_x=RIGHT,
                      new_y=TOP)
        self.ln(6)

    def row(self, cells: list[str], widths: list[float], aligns: list[str] | None = None,
            heads: list[str] | None = None, size: float = 8.5) -> None:
        """The 'table with MultiCells' add-on: every cell as tall as the tallest."""
        self.set_font("Helvetica", "", size)
        aligns = aligns or ["L"] * len(cells)
        n = max(self.nb_lines(w - 1, c) for c, w in zip(cells, widths))
        h = 4.4 * n + 1.2
        if self.will_page_break(h):
            self.add_page()
            if heads:
                self.table_head(heads, widths)
            self.set_font("Helvetica", "", size)
        x, y = self.get_x(), self.get_y()
        for text, w, align in zip(cells, widths, aligns):
            self.rect(x, y, w, h)
            self.set_xy(x + 0.5, y + 0.6)
            self.multi_cell(w - 1, 4.4, ascii_text(text), border=0, align=align)
            x += w
        self.set_xy(self.l_margin, y + h)

    def paragraph(self, text: str, size: float = 8.5, border=0) -> None:
        self.set_font("Helvetica", "", size)
        self.multi_cell(WIDTH, 4.3, ascii_text(text), border=border, align="J",
                        new_x=LMARGIN, new_y=NEXT)

    def numbered(self, items: list[str]) -> None:
        self.set_font("Helvetica", "", 8.3)
        for n, item in enumerate(items, 1):
            lines = self.nb_lines(WIDTH - 8, item)
            if self.will_page_break(4.2 * lines):
                self.add_page()
            self.cell(8, 4.2, f"{n}.", align="R", new_x=RIGHT, new_y=TOP)
            self.multi_cell(WIDTH - 8, 4.2, ascii_text(item), align="J", new_x=LMARGIN,
                            new_y=NEXT)
            self.ln(0.8)

    def signature_row(self, caption: str, signed: bool, typed: str, date_iso, drawn: bool,
                      seed: int) -> None:
        """'Caption | /s/ Name (or a tablet image) | Date | 02/03/2026' as one row of cells."""
        h = 11 if drawn else 8
        if self.will_page_break(h + 8):
            self.add_page()
        x, y = self.get_x(), self.get_y()
        self.set_fill_color(232, 232, 232)
        self.set_font("Helvetica", "B", 8.5)
        self.set_font("Helvetica", "B", 8.2)
        self.cell(LABEL_W, h, ascii_text(caption), border=1, fill=True, new_x=RIGHT,
                  new_y=TOP)
        sig_w = WIDTH - LABEL_W - 16 - 34
        if signed and drawn:
            self.cell(sig_w, h, "", border=1, new_x=RIGHT, new_y=TOP)
            png = self.tmp / f"sig{seed}.png"
            signature_png(png, seed)
            self.image(str(png), x=x + LABEL_W + 3, y=y + 0.6, h=h - 1.2)
        else:
            self.set_font("Helvetica", "I", 10)
            self.cell(sig_w, h, "  " + ascii_text(typed) if signed else "", border=1,
                      new_x=RIGHT, new_y=TOP)
        self.set_font("Helvetica", "B", 8.5)
        self.cell(16, h, "Date", border=1, fill=True, align="C", new_x=RIGHT, new_y=TOP)
        self.set_font("Helvetica", "", 9)
        self.cell(34, h, us(date_iso) if signed else "", border=1, align="C",
                  new_x=LMARGIN, new_y=NEXT)


# =============================================================================================
def contact_sections(pdf: CasePDF, data: dict, with_alt: bool = True) -> None:
    en, th = data["en"], data["th"]
    pdf.band("Employment Network Information")
    pdf.pair_row([("Employment Network", en["name"])])
    pdf.pair_row([("Provider ID (PID)", en["pid"]), ("Telephone", en["phone"])])
    pdf.pair_row([("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")])
    pdf.pair_row([("E-mail", en["email"])])
    pdf.pair_row([("EN Representative", f"{data['en_sig']['name']}, {data['en_sig']['title']}")])
    pdf.band("Ticket Holder Information")
    name = f"{th['title']} {th['first']} {th['middle']} {th['last']}"
    pdf.pair_row([("Ticket Holder Name", name)])
    pdf.pair_row([("Social Security No.", th["ssn"]), ("Date of Birth", us(th["dob"]))])
    pdf.pair_row([("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")])
    pdf.pair_row([("Home Phone", th["phone"]), ("Cell Phone", th["mobile"] or "")])
    pdf.pair_row([("E-mail", th["email"]),
                  ("Preferred Contact", "Phone" if th["preferred"] == "telephone" else "E-mail")])
    if with_alt:
        alt = data["alt"] or dict(name="", relationship="", phone="", address="")
        pdf.band("Alternate Contact")
        pdf.pair_row([("Contact Name", alt["name"]), ("Relationship", alt["relationship"])])
        pdf.pair_row([("Phone", alt["phone"])])
        pdf.pair_row([("Address", alt["address"])])


def goal_rows(pdf: CasePDF, goals: list[tuple[str, dict | None]]) -> None:
    heads = ["Goal", "Job Title / Occupation", "Hrs/Wk", "Hourly Wage", "Monthly Gross",
             "Target Date"]
    widths = [26, 70, 17, 25, 27, 26.9]
    pdf.table_head(heads, widths)
    for kind, goal in goals:
        if goal is None:
            pdf.row([kind, "", "", "", "", ""], widths, heads=heads)
            continue
        pdf.row([kind, goal["title"], num(goal["hours"]), money(goal["wage"]),
                 money(goal["monthly"]), us(goal["target"])], widths,
                ["L", "L", "C", "R", "R", "C"], heads=heads)


def build_iwp(pdf: CasePDF, data: dict, opts: dict) -> None:
    th, d = data["th"], data["discussion"]
    pdf.add_page()
    pdf.title_block("INDIVIDUAL WORK PLAN (IWP)",
                    f"Ticket to Work Program  -  Plan No. {opts['plan_no']}  -  Initial IWP")
    contact_sections(pdf, data)
    pdf.band("IWP Discussion", need=30)
    pdf.pair_row([("Date of Discussion", us(d["date"]))])
    held = d["modality"][0] if d["modality"] else None
    pdf.checks_row("Discussion Held", [("In person", held == "in_person"),
                                       ("Telephone", held == "telephone"),
                                       ("Video call", held == "video")])
    if d["summary"]:
        pdf.long_row("Summary of Discussion", d["summary"])
    work = data["work"]
    if work is not None:
        pdf.band("Work History (Last 18 Months)", need=20)
        heads = ["Employer", "Job Title", "Start Date", "End Date", "Hrs/Wk", "Monthly Earnings"]
        widths = [46, 48, 24, 24, 17, 32.9]
        if work["jobs"]:
            pdf.table_head(heads, widths)
            for job in work["jobs"]:
                pdf.row([job["employer"], job["title"], us(job["start"]), us(job["end"]),
                         num(job["hours"]), money(job["monthly"])], widths,
                        ["L", "L", "C", "C", "C", "R"], heads=heads)
        else:
            pdf.checks_row("No work in 18 months", [("Yes - no paid work in the last 18 "
                                                      "months", True)])
            pdf.long_row("Explanation", work["no_work"])
    pdf.band("Employment Goals", need=24)
    goal_rows(pdf, [("Short-Term", data["st"]), ("Long-Term", data["lt"])])
    training = data["lt"]["training"] if data["lt"] else None
    pdf.long_row("Training / Education",
                 f"{training[0]} at {training[1]} (needed for the long-term goal)"
                 if training else "None needed for the long-term goal")
    pdf.band("Services and Supports", need=30)
    heads = ["Service", "Y/N", "Description", "Staff", "Frequency"]
    widths = [36, 10, 80, 33, 32.9]
    pdf.table_head(heads, widths)
    for s in data["services"]:
        if s["provided"]:
            pdf.row([s["label"], "Y", s["description"], s["provider"], s["frequency"]], widths,
                    ["L", "C", "L", "L", "L"], heads=heads)
        else:
            pdf.row([s["label"], "N", "", "", ""], widths, ["L", "C", "L", "L", "L"],
                    heads=heads)
    fu = data["follow_up"]
    pdf.band("Follow-Up / Contact Schedule", need=16)
    how = {"monthly": "Monthly - at least one contact every month",
           "quarterly": "Quarterly - at least one contact every three months"}
    methods = ", ".join(fu["methods"]) if fu else ""
    pdf.pair_row([("While seeking work", f"{how[fu['initial']]} ({methods})" if fu else "")])
    pdf.pair_row([("After employment", f"{how[fu['ongoing']]} ({methods})" if fu else "")])
    if data["terms"]:
        pdf.band("Terms and Conditions", need=30)
        pdf.ln(1.5)
        pdf.numbered(data["terms"])
    if data["statement"]:
        pdf.band("Ticket Holder Statement of Understanding", need=24)
        pdf.paragraph(data["statement"], size=8.8, border=1)
    pdf.band("Signatures", need=40)
    pdf.ln(1)
    ths, ens = data["th_sig"], data["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    pdf.signature_row("Ticket Holder Signature", ths["signed"], f"/s/ {th_name}", ths["date"],
                      opts.get("drawn", False), opts["seed"] * 2 + 1)
    pdf.pair_row([("Printed Name", th_name)])
    pdf.ln(2)
    pdf.signature_row("EN Representative Signature", ens["signed"], f"/s/ {ens['name']}",
                      ens["date"], opts.get("drawn", False), opts["seed"] * 2 + 2)
    pdf.pair_row([("Printed Name / Title", f"{ens['name']}, {ens['title']}")])
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(WIDTH, 3.8, "Original to the Ticket Holder's file. Copies to the Ticket "
                   "Holder and to the Ticket Program Manager with the assignment request.",
                   new_x=LMARGIN, new_y=NEXT)


def build_amendment(pdf: CasePDF, data: dict, opts: dict) -> None:
    th = data["th"]
    pdf.add_page()
    pdf.title_block("INDIVIDUAL WORK PLAN - AMENDMENT",
                    f"Ticket to Work Program  -  Amendment No. {data['number']}")
    pdf.band("Amendment Information")
    pdf.pair_row([("Amendment No.", str(data["number"])),
                  ("Amendment Date", us(data["th_sig"]["date"] or data["en_sig"]["date"]))])
    pdf.pair_row([("IWP Being Amended", f"IWP {data['plan_id']}" if data["plan_id"] else ""),
                  ("Original IWP Signed", us(data["original_signed"]))])
    pdf.long_row("Reason for Amendment", data["reason"])
    contact_sections(pdf, data, with_alt=False)
    pdf.band("Revised Employment Goals", need=24)
    goal_rows(pdf, [("Short-Term", data["st"]), ("Long-Term", data["lt"])])
    training = data["lt"]["training"]
    pdf.long_row("Training / Education",
                 f"{training[0]} at {training[1]}" if training else "None needed")
    if data["changes"]:
        pdf.band("Changes to Services and Supports", need=30)
        heads = ["Service", "Change", "Description", "Staff", "Frequency"]
        widths = [36, 18, 72, 34, 31.9]
        pdf.table_head(heads, widths)
        for ch in data["changes"]:
            pdf.row([ch["label"], ch["change"], ch["description"], ch["provider"],
                     ch["frequency"]], widths, heads=heads)
        pdf.ln(1)
        pdf.set_font("Helvetica", "I", 8)
        pdf.multi_cell(WIDTH, 4, "Services not listed above continue as written in the "
                       "original IWP.", new_x=LMARGIN, new_y=NEXT)
    pdf.band("Agreement", need=20)
    pdf.paragraph("By signing below we agree to the changes above. All other parts of the "
                  "Individual Work Plan, including the terms and conditions, stay the same. "
                  "The Ticket Holder receives a copy of this amendment.", size=8.8)
    pdf.band("Signatures", need=40)
    pdf.ln(1)
    ths, ens = data["th_sig"], data["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    pdf.signature_row("Ticket Holder Signature", ths["signed"], f"/s/ {th_name}", ths["date"],
                      False, opts["seed"])
    pdf.pair_row([("Printed Name", th_name)])
    pdf.ln(2)
    pdf.signature_row("EN Representative Signature", ens["signed"], f"/s/ {ens['name']}",
                      ens["date"], False, opts["seed"] + 1)
    pdf.pair_row([("Printed Name / Title", f"{ens['name']}, {ens['title']}")])


def build_status_report(pdf: CasePDF, data: dict, opts: dict) -> None:
    pdf.add_page()
    pdf.title_block("IWP STATUS REPORT", f"Caseload of {data['caseload']}  -  Reporting period "
                    f"{us(data['period'][0])} to {us(data['period'][1])}")
    pdf.band("Report Parameters")
    pdf.pair_row([("Employment Network", data["en"]["name"])])
    pdf.pair_row([("Provider ID (PID)", data["en"]["pid"]), ("Run Date", us(data["run"]))])
    pdf.pair_row([("Case Manager", data["caseload"]), ("Status Filter", "All statuses")])
    pdf.band("Ticket Holders and IWP Status", need=40)
    heads = ["Ticket Holder", "SSN", "Ticket Assigned", "IWP Signed", "IWP Status",
             "Last Contact", "Next Review"]
    widths = [42, 24, 24, 22, 30, 24, 25.9]
    pdf.table_head(heads, widths)
    for r in data["rows"]:
        pdf.row([r["name"], r["ssn"], us(r["assigned"]), us(r["signed"]), r["status"],
                 us(r["contact"]), us(r["review"])], widths,
                ["L", "C", "C", "C", "L", "C", "C"], heads=heads)
    pdf.band("Summary", need=30)
    for label, value in data["summary"]:
        pdf.pair_row([(label, value)])
    pdf.ln(2)
    pdf.paragraph(data["note"], size=8.5)
    pdf.band("Supervisor Review", need=30)
    pdf.ln(1)
    sup = data["supervisor"]
    pdf.signature_row("Reviewed by (Supervisor)", True, f"/s/ {sup['name']}", sup["date"],
                      False, 1)
    pdf.pair_row([("Printed Name / Title", f"{sup['name']}, {sup['title']}")])


def build_service_auth(pdf: CasePDF, data: dict, opts: dict) -> None:
    th, en = data["th"], data["en"]
    pdf.add_page()
    pdf.title_block("SERVICE AUTHORIZATION", f"Authorization No. {data['auth_no']}")
    pdf.band("Ticket Holder")
    pdf.pair_row([("Ticket Holder Name", f"{th['first']} {th['middle']} {th['last']}")])
    pdf.pair_row([("Social Security No.", th["ssn"]), ("Case No.", data["case_no"])])
    pdf.pair_row([("Employment Network", en["name"])])
    pdf.pair_row([("Provider ID (PID)", en["pid"]), ("Case Manager", en["rep"])])
    pdf.band("Authorization")
    pdf.pair_row([("Authorized From", us(data["period"][0])),
                  ("Authorized Through", us(data["period"][1]))])
    pdf.long_row("Basis", data["basis"])
    pdf.band("Services Authorized", need=40)
    heads = ["Service", "Vendor / Staff", "Units", "Unit", "Rate", "Amount"]
    widths = [52, 50, 15, 22, 25, 27.9]
    pdf.table_head(heads, widths)
    total = 0.0
    for s in data["services"]:
        amount = s["units"] * s["rate"]
        total += amount
        pdf.row([s["service"], s["vendor"], num(s["units"]), s["unit"], money(s["rate"]),
                 money(amount)], widths, ["L", "L", "C", "C", "R", "R"], heads=heads)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(sum(widths[:-1]), 6, "Total authorized ", border=1, align="R", new_x=RIGHT,
             new_y=TOP)
    pdf.cell(widths[-1], 6, money(total), border=1, align="R", new_x=LMARGIN, new_y=NEXT)
    pdf.ln(2)
    pdf.paragraph(data["note"], size=8.5)
    pdf.band("Approvals", need=40)
    pdf.ln(1)
    for n, signer in enumerate(data["signers"]):
        pdf.signature_row(signer["caption"], True, f"/s/ {signer['name']}", signer["date"],
                          False, n)
        pdf.pair_row([("Printed Name / Title", f"{signer['name']}, {signer['title']}")])
        pdf.ln(2)


BUILDERS = {"iwp": build_iwp, "amendment": build_amendment,
            "status_report": build_status_report, "service_auth": build_service_auth}


def main(argv: list[str]) -> None:
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    pdf = CasePDF(spec["system"])
    BUILDERS[spec["doc"]](pdf, spec["data"], spec.get("options", {}))
    pdf.output(argv[1])


if __name__ == "__main__":
    main(sys.argv[1:])
