#!/usr/bin/env python3
"""Generate the corpus of foreign (not made by `iwp render`) IWP PDFs that `iwp check` is tested on.

Run from the repository root::

    python tests/data/pdfs/make_corpus.py

It (re)writes every ``*.pdf`` in this folder plus ``expected.json``, the answer key that says, for
each file, the document type, where its content comes from (``form_fields``, ``text`` or ``none``),
the verdict and the status of every required component.

The documents imitate the different shapes ENs really use (see ../../../../shared/reference/domain.md
section 7 and the EN Guide's "Required Components of an IWP"), so that a checker cannot overfit to
one template:

* Layout A - "SSA-1370 style": Part One / Part Two (Sections 1-4) / Part Three, "Ticketholder",
  exact monthly earnings, services as ☒/☐ checkbox lines each followed by a description.
* Layout B - the docsbay EN template: Roman-numeral Parts I-III, "Beneficiary", a business-model
  check list, the Statement of Understanding near the top, earnings as checked dollar bands.
* Layout C - a printed "Ticket Holder" form with arabic Parts 1-3 filled in by a typewriter
  overlay: every label is drawn first, then every typed value in *reverse* order, each placed to
  the right of or below its label, so a checker has to pair them by position. Earnings are an
  hourly wage times hours a week.
* A fillable AcroForm (filled and blank) and the same form flattened to plain text.
* An image-only scan, an amendment, a State VR IPE and two unrelated documents.
* Defect variants with exactly one defect each, spread over layouts A, B and C.

Everything is deterministic (reportlab ``invariant=1``, fixed dates, no randomness), so running the
script twice gives byte-identical files. All people and organisations are fictional, phone numbers
use 555-01xx and SSNs are in the never-issued 900-999 area.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from iwp import domain

HERE = Path(__file__).resolve().parent
PAGE_W, PAGE_H = letter

# --------------------------------------------------------------------------------------------
# Fonts. DejaVu has the ballot-box (☒ ☐), check (✓) and square (■) glyphs; the standard 14 fonts
# do not. Without DejaVu the script still runs and falls back to ASCII marks.
# --------------------------------------------------------------------------------------------
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
HAVE_DEJAVU = (DEJAVU_DIR / "DejaVuSans.ttf").exists()
if HAVE_DEJAVU:
    for _name, _file in [
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(_name, str(DEJAVU_DIR / _file)))
    pdfmetrics.registerFontFamily(
        "DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
        italic="DejaVuSans", boldItalic="DejaVuSans-Bold",
    )
    SANS, SANS_BOLD, SIGN_FONT = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Italic"
    BOX_ON, BOX_OFF, TICK, SQUARE = "\u2612", "\u2610", "\u2713", "\u25a0"
else:  # pragma: no cover - depends on the machine
    SANS, SANS_BOLD, SIGN_FONT = "Helvetica", "Helvetica-Bold", "Times-Italic"
    BOX_ON, BOX_OFF, TICK, SQUARE = "[X]", "[ ]", "X", "X"
MARK_FONT = SANS  # the font that has TICK and SQUARE

# The component names of the answer key are iwp's own (iwp/data/headings.yaml), so a key
# and the check it tests can never name a component differently.
_COMPONENTS = domain.data_file("headings.yaml")["components"]
IWP_COMPONENTS = list(_COMPONENTS["iwp"])
AMENDMENT_COMPONENTS = list(_COMPONENTS["amendment"])


# --------------------------------------------------------------------------------------------
# Fictional data
# --------------------------------------------------------------------------------------------
def _en(name, pid, model, street, city, state, zip_, phone, toll_free, email, rep, title):
    return dict(name=name, pid=pid, model=model, street=street, city=city, state=state,
                zip=zip_, phone=phone, toll_free=toll_free, email=email, rep=rep, rep_title=title)


EN_A = _en("Cedar Ridge Career Partners, Inc.", "P0052290", "traditional",
           "480 Foundry Street, Suite 210", "Dunmore Springs", "PA", "18999", "(570) 555-0100",
           None, "iwp@cedarridge.example.org", "Yolanda M. Brightwater", "Employment Consultant")
EN_B = _en("Pathfinder Works", "P0063318", "traditional", "31 Harbor View Plaza", "Port Ellery",
           "OR", "97999", "(541) 555-0150", "(800) 555-0199", "tickets@pathfinderworks.example.com",
           "Marcus T. Ellingsen", "Ticket Coordinator")
EN_C = _en("Blue Heron Employment Services", "P0071145", "traditional", "1150 Lakeview Avenue",
           "Lake Tamarind", "MN", "55999", "(218) 555-0110", None, "staff@blueheron.example.net",
           "Delphine A. Rourke", "Career Specialist")
EN_F = _en("Summit Valley Workforce Alliance", "P0080412", "administrative", "62 Canal Street",
           "Sunfield", "AZ", "85999", "(480) 555-0120", "(888) 555-0177",
           "ticket@summitvalley.example.org", "Howard L. Pemberton", "Ticket Program Manager")


def _person(first, middle, last, title, ssn, street, city, state, zip_, phone, mobile, email,
            preferred="telephone"):
    return dict(first=first, middle=middle, last=last, title=title, ssn=ssn, street=street,
                city=city, state=state, zip=zip_, phone=phone, mobile=mobile, email=email,
                preferred=preferred)


TH = {
    "vasquez": _person("Leonard", "J.", "Vasquez-Pruitt", "Mr.", "912-34-5678",
                       "77 Quarry Hill Road, Apt 4", "Dunmore Springs", "PA", "18999",
                       "(570) 555-0134", None, "l.vasquezpruitt@example.com"),
    "oduya": _person("Tamsin", "R.", "Oduya", "Ms.", "923-45-6781", "1408 Wren Street",
                     "Port Ellery", "OR", "97999", "(541) 555-0162", "(541) 555-0188",
                     "tamsin.oduya@example.net", "mobile"),
    "kestrel": _person("Arnold", "P.", "Kestrel", "Mr.", "934-56-7812", "9 Birchwood Court",
                       "Lake Tamarind", "MN", "55999", "(218) 555-0119", None,
                       "akestrel@example.org"),
    "castellanos": _person("Priya", "N.", "Castellanos", "Ms.", "945-67-8123",
                           "2250 Mesa Verde Drive, Unit 12", "Sunfield", "AZ", "85999",
                           "(480) 555-0145", "(480) 555-0146", "priya.castellanos@example.com",
                           "email"),
    "whitcombe": _person("Darnell", "O.", "Whitcombe", "Mr.", "956-78-1234", "15 Slate Row",
                         "Dunmore Springs", "PA", "18999", "(570) 555-0127", None,
                         "dwhitcombe@example.com"),
    "marchetti": _person("Yesenia", "L.", "Marchetti", "Ms.", "967-81-2345",
                         "301 Orchard Lane", "Dunmore Springs", "PA", "18999", "(570) 555-0151",
                         None, "yesenia.m@example.net"),
    "abernathy": _person("Gus", "T.", "Abernathy-Lowe", "Mr.", "978-12-3456", "8 Kiln Street",
                         "Dunmore Springs", "PA", "18999", "(570) 555-0173", None,
                         "gus.al@example.org"),
    "biggs": _person("Hannelore", "K.", "Biggs", "Ms.", "989-23-4567", "540 Tidewater Road",
                     "Port Ellery", "OR", "97999", "(541) 555-0139", "(541) 555-0140",
                     "hkbiggs@example.com"),
    "farrow": _person("Quincy", "D.", "Farrow", "Mr.", "913-57-2468", "72 Gull Point Drive",
                      "Port Ellery", "OR", "97999", "(541) 555-0114", None,
                      "q.farrow@example.net"),
    "ontiveros": _person("Maribel", "S.", "Ontiveros", "Ms.", "924-68-1357",
                         "19 Cannery Row, Apt C", "Port Ellery", "OR", "97999", "(541) 555-0171",
                         "(541) 555-0172", "maribel.ontiveros@example.org", "mobile"),
    "nakamura": _person("Elliott", "R.", "Nakamura-Dunn", "Mr.", "935-79-2468",
                        "4 Loon Lake Trail", "Lake Tamarind", "MN", "55999", "(218) 555-0163",
                        None, "elliott.nd@example.com"),
    "treadwell": _person("Opal", "J.", "Treadwell", "Ms.", "946-80-1357", "88 Aspen Court",
                         "Lake Tamarind", "MN", "55999", "(218) 555-0182", None,
                         "opal.treadwell@example.net"),
    "santangelo": _person("Rafael", "M.", "Santangelo", "Mr.", "990-11-2233",
                          "12 Millrace Street", "Dunmore Springs", "PA", "18999",
                          "(570) 555-0196", None, "rsantangelo@example.com"),
    "pettibone": _person("Corinne", "A.", "Pettibone", "Ms.", "901-22-3344",
                         "230 Beacon Terrace", "Dunmore Springs", "PA", "18999",
                         "(570) 555-0158", None, "corinne.pettibone@example.org"),
}

ALT = {
    "vasquez": dict(name="Teresa Vasquez", relationship="Mother", phone="(570) 555-0135",
                    address="77 Quarry Hill Road, Apt 4, Dunmore Springs, PA 18999"),
    "oduya": dict(name="Kwame Oduya", relationship="Brother", phone="(541) 555-0163",
                  address="22 Spindrift Lane, Port Ellery, OR 97999"),
    "kestrel": dict(name="Lorraine Kestrel", relationship="Spouse", phone="(218) 555-0120",
                    address="9 Birchwood Court, Lake Tamarind, MN 55999"),
    "castellanos": dict(name="Esteban Castellanos", relationship="Father",
                        phone="(480) 555-0147", address="118 Palo Verde Way, Sunfield, AZ 85999"),
    "whitcombe": dict(name="Celia Whitcombe", relationship="Aunt", phone="(570) 555-0128",
                      address="40 Slate Row, Dunmore Springs, PA 18999"),
    "marchetti": dict(name="Dom Marchetti", relationship="Husband", phone="(570) 555-0152",
                      address="301 Orchard Lane, Dunmore Springs, PA 18999"),
    "abernathy": dict(name="Ruth Lowe", relationship="Friend", phone="(570) 555-0174",
                      address="16 Kiln Street, Dunmore Springs, PA 18999"),
    "biggs": dict(name="Ingrid Biggs", relationship="Daughter", phone="(541) 555-0141",
                  address="5 Sandpiper Court, Port Ellery, OR 97999"),
    "farrow": dict(name="Denise Farrow", relationship="Mother", phone="(541) 555-0115",
                   address="72 Gull Point Drive, Port Ellery, OR 97999"),
    "ontiveros": dict(name="Luis Ontiveros", relationship="Cousin", phone="(541) 555-0175",
                      address="900 Netmender Road, Port Ellery, OR 97999"),
    "nakamura": dict(name="June Nakamura", relationship="Sister", phone="(218) 555-0164",
                     address="31 Portage Street, Lake Tamarind, MN 55999"),
    "treadwell": dict(name="Curtis Treadwell", relationship="Son", phone="(218) 555-0183",
                      address="88 Aspen Court, Lake Tamarind, MN 55999"),
    "santangelo": dict(name="Lucia Santangelo", relationship="Wife", phone="(570) 555-0197",
                       address="12 Millrace Street, Dunmore Springs, PA 18999"),
}

# The substance of the 15 Terms and Conditions, paraphrased from 20 CFR 411.465 and the notes in
# domain.md section 1.5. The official SSA-1370 wording was not available; this is test data.
TERMS = [
    "Taking part in the Ticket to Work program is free and voluntary.",
    "The EN will not ask for or accept any payment from the Ticketholder for the services and "
    "supports in this plan. Social Security pays the EN when the Ticketholder reaches work and "
    "earnings milestones.",
    "The EN will provide, or arrange and pay for, the services and supports listed in this IWP.",
    "The Ticketholder agrees to take part in the planned services, to stay in contact with the EN "
    "and, once working, to give the EN evidence of earnings such as pay stubs.",
    "The EN may amend this IWP, or end the relationship and unassign the Ticket, if it can no "
    "longer provide services, if two-way contact is lost, or if the Ticketholder no longer wants "
    "services. The EN will explain its reasons in writing.",
    "The Ticketholder may take back (unassign) the Ticket at any time for any reason, and then "
    "has 90 days to assign it to another EN or to a State VR agency.",
    "If there is a disagreement, the Ticketholder may use the EN's grievance procedure, then ask "
    "the Ticket Program Manager and then Social Security to resolve it, and may get free help from "
    "the Protection and Advocacy for Beneficiaries of Social Security (PABSS) program.",
    "The EN will keep the Ticketholder's personal and disability information private and "
    "confidential and will share it only as the law allows or with written permission.",
    "The Ticketholder may ask to amend this IWP at any time. An amendment takes effect when both "
    "the Ticketholder and the EN agree to it and sign it.",
    "The Ticketholder will receive a copy of this IWP and of every amendment, in an accessible "
    "format of the Ticketholder's choice.",
    "While the Ticket is assigned and the Ticketholder makes timely progress, Social Security "
    "will not start a medical continuing disability review.",
    "The EN will explain work incentives and safety nets, such as continued Medicare or Medicaid "
    "and Expedited Reinstatement, or refer the Ticketholder to a WIPA project for them.",
    "A Ticket can be assigned to only one EN or State VR agency at a time.",
    "The EN will contact the Ticketholder at least monthly before employment and at least "
    "quarterly once employed, and will keep notes of each contact.",
    "Services will be delivered by qualified staff, and any medical or health-related service "
    "will be supervised by a licensed professional.",
]


def statement_of_understanding(en_name: str) -> str:
    return (
        f"I choose to take part in the Ticket to Work program with {en_name}. I understand that "
        "my participation is voluntary and that the EN will provide the services and supports "
        "described in this plan to help me find and keep a job, increase my earnings and become "
        "financially self-sufficient. This plan sets clear, measurable goals. I can ask to change "
        "it at any time, and any change must be agreed and signed by both of us."
    )


SERVICE_LABELS = {
    "benefits_counseling": "Benefits counseling (WIPA referral)",
    "goal_setting": "Goal setting",
    "job_coaching": "Job coaching",
    "job_development": "Job development",
    "training": "Training / education",
    "job_search": "Job search",
    "job_accommodation": "Job accommodation",
    "job_placement": "Job placement",
    "retention": "Job stabilization and retention",
    "career_advancement": "Career advancement counseling",
}
SERVICE_GROUPS = [
    ("Career planning", ["benefits_counseling", "goal_setting", "job_coaching",
                         "job_development", "training"]),
    ("Job placement assistance", ["job_search", "job_accommodation", "job_placement"]),
    ("Ongoing employment support", ["retention", "career_advancement"]),
]


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _us(d: date | None) -> str:
    return d.strftime("%m/%d/%Y") if d else ""


def _long(d: date | None) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}" if d else ""


def full_name(p: dict) -> str:
    return f"{p['first']} {p['middle']} {p['last']}"


# --------------------------------------------------------------------------------------------
# Cases: everything one IWP says, in one dict. Layouts render a case; defects edit it.
# --------------------------------------------------------------------------------------------
def case_a(key: str) -> dict:
    """A complete plan for Cedar Ridge (layout A): exact monthly earnings."""
    p = TH[key]
    who = f"{p['title']} {p['last']}"
    return dict(
        en=EN_A, th=p, alt=ALT[key],
        discussion=dict(
            date=date(2026, 3, 4), modality="in_person",
            summary=(
                f"{who} and Yolanda Brightwater met one-on-one for about ninety minutes at the "
                "Cedar Ridge office. We talked about eight years of parts-counter work before a back "
                "injury, the current lifting limit of 20 pounds, and the worry about losing "
                "Medicare. The short-term goal of a part-time parts counter job is reasonable and "
                "attainable because the work is familiar, it fits the lifting limit, and two local "
                "stores are hiring now. The long-term goal of a full-time service advisor job is "
                "attainable because the ASE certificate and a year of counter work are what local "
                "dealerships ask for. Our job development and job search help will get "
                f"{who} in front of employers quickly, the WIPA referral answers the benefits "
                "questions before work starts, and monthly follow-up after hire will keep small "
                "problems from costing the job."
            ),
        ),
        work_history=dict(jobs=[dict(
            employer="Dunmore Auto Parts", title="Counter sales associate (part-time)",
            start="01/2025", end="10/2025", hours=16, pay="$15.00/hour",
            monthly=1040.00)],
            none_statement=None, note="No other paid work in the last 18 months."),
        st=dict(title="Part-time parts counter associate", hours=25, hourly=15.00,
                monthly=1625.00, target=date(2026, 12, 31), band=None,
                training="None needed for this goal.",
                text="Work 25 hours a week behind a parts counter at about $15.00 an hour."),
        lt=dict(title="Full-time automotive service advisor", hours=40, hourly=21.00,
                monthly=3640.00, target=date(2029, 6, 30), band=None,
                training=("ASE Entry-Level Automobile Service certificate, Dunmore Springs "
                          "Technical Institute; part-time, in person; expected completion "
                          "05/15/2027; paid by Cedar Ridge."),
                text="Work full time as a service advisor at about $21.00 an hour, earning "
                     "enough to leave SSDI cash benefits."),
        services=[
            dict(key="benefits_counseling", checked=True, description=(
                "Cedar Ridge has no certified benefits counselor on staff. Within 30 days we will "
                "refer the Ticketholder to a WIPA project through the Ticket to Work Help Line "
                "(1-866-968-7842) and help list questions about SSDI, the trial work period and "
                "Medicare before the appointment.")),
            dict(key="goal_setting", checked=False, description=""),
            dict(key="job_coaching", checked=False, description=""),
            dict(key="job_development", checked=True, description=(
                "Yolanda Brightwater will rewrite the resume around parts-counter and "
                "customer-service work, hold two mock interviews, and contact at least four "
                "auto-parts stores and dealerships each month about openings that match the "
                "short-term goal.")),
            dict(key="training", checked=True, description=(
                "Cedar Ridge will pay the $640 tuition for the part-time, in-person ASE "
                "Entry-Level certificate at Dunmore Springs Technical Institute and review "
                "progress at the end of each term until completion (expected 05/15/2027).")),
            dict(key="job_search", checked=True, description=(
                "We will send job leads that match the short-term goal every week, help complete "
                "applications, and follow up with employers within three days of each interview.")),
            dict(key="job_accommodation", checked=False, description=""),
            dict(key="job_placement", checked=True, description=(
                "We will arrange direct introductions to hiring managers at two partner "
                "dealerships and help agree a start date and a schedule that fits therapy "
                "appointments.")),
            dict(key="retention", checked=True, description=(
                "After hire we will check in with the Ticketholder and, with permission, the "
                "supervisor, to solve schedule, transportation and accommodation problems early.")),
            dict(key="career_advancement", checked=False, description=""),
        ],
        follow_up=dict(
            initial=("Regular follow-up during the Initial Job Acquisition Phase: at least "
                     "monthly two-way contact by telephone, email or in person, with at least "
                     "three attempts each month, through the end of the Phase 1 milestones."),
            ongoing=("Regular follow-up during the Ongoing Support Phase: at least quarterly "
                     "two-way contact, with at least three attempts each quarter, to ask about "
                     "job retention and career advancement needs.")),
        terms=list(TERMS),
        sou=statement_of_understanding(EN_A["name"]),
        th_sig=dict(signed=True, date=date(2026, 3, 4)),
        en_sig=dict(signed=True, date=date(2026, 3, 6), name=EN_A["rep"],
                    title=EN_A["rep_title"]),
    )


def case_b(key: str) -> dict:
    """A complete plan for Pathfinder Works (layout B): earnings as checked bands."""
    p = TH[key]
    who = f"{p['title']} {p['last']}"
    return dict(
        en=EN_B, th=p, alt=ALT[key],
        discussion=dict(
            date=date(2026, 4, 14), modality="in_person",
            summary=(
                f"{who} met with Marcus Ellingsen at the Pathfinder Works office for a one-on-one "
                "planning meeting. We reviewed seasonal packing work at the cannery, a preference "
                "for steady day shifts, and the need for a job that allows sitting breaks. The "
                "short-term goal of full-time shipping and receiving work is reasonable because "
                "the packing job built the same skills and three distribution centers within "
                "fifteen minutes are hiring day shifts. The long-term goal of a warehouse team "
                "lead role is attainable after about two years of steady work and the forklift "
                "certificate. Pathfinder's job development, job search and placement services "
                f"will connect {who} with those employers, and job coaching during the first "
                "month will help the new job last."
            ),
        ),
        work_history=dict(jobs=[dict(
            employer="Port Ellery Seafood Co.", title="Packing line worker (seasonal)",
            start="06/2025", end="09/2025", hours=15, pay="$15.00/hour", monthly=975.00)],
            none_statement=None, note="No other work since January 2025."),
        st=dict(title="Full-time shipping and receiving clerk", hours=40, hourly=14.25,
                monthly=None, target=date(2027, 1, 31), band="$2001-$3500",
                training="Forklift operator certificate (two days, paid by Pathfinder Works).",
                text=("I will work full time (40 hours a week) as a shipping and receiving clerk "
                      "at a distribution center, earning $14.25 an hour, by January 31, 2027.")),
        lt=dict(title="Warehouse team lead", hours=40, hourly=21.00, monthly=None,
                target=date(2029, 4, 30), band="$3501+", training=None,
                text=("I will be promoted to warehouse team lead, working 40 hours a week at "
                      "$21.00 an hour or more, by April 30, 2029.")),
        services=[
            dict(key="benefits_counseling", checked=True, description=(
                "Pathfinder will refer me to a WIPA benefits counselor through the Ticket to Work "
                "Help Line within two weeks, so I understand how work affects my SSDI and "
                "Medicare.")),
            dict(key="job_development", checked=True, description=(
                "Pathfinder will update my resume, practice interviews with me twice, and "
                "contact distribution centers about day-shift openings.")),
            dict(key="job_search", checked=True, description=(
                "Pathfinder will send me at least five matching job leads a week and help me "
                "fill in online applications.")),
            dict(key="job_placement", checked=True, description=(
                "Pathfinder will introduce me to hiring managers at its employer partners and "
                "go with me to my first interview if I want.")),
            dict(key="job_coaching", checked=True, description=(
                "A job coach will visit my workplace weekly during my first month to help me "
                "learn the scanning system and ask for sitting breaks.")),
            dict(key="retention", checked=True, description=(
                "After I am hired, Pathfinder will help me solve problems with schedules, "
                "transportation or accommodations so I can keep my job.")),
        ],
        follow_up=dict(
            initial=("While I am looking for work and through my first nine months of work, "
                     "Pathfinder Works will contact me at least once a month by phone, text or "
                     "email, and will try at least three times each month."),
            ongoing=("After that, Pathfinder Works will contact me at least once every three "
                     "months (quarterly) to ask whether I need more support.")),
        terms=list(TERMS),
        sou=statement_of_understanding(EN_B["name"]),
        th_sig=dict(signed=True, date=date(2026, 4, 14)),
        en_sig=dict(signed=True, date=date(2026, 4, 15), name=EN_B["rep"],
                    title=EN_B["rep_title"]),
    )


def case_c(key: str) -> dict:
    """A complete plan for Blue Heron (layout C): hourly wage x hours; no recent work."""
    p = TH[key]
    who = f"{p['title']} {p['last']}"
    return dict(
        en=EN_C, th=p, alt=ALT[key],
        discussion=dict(
            date=date(2026, 5, 19), modality="telephone",
            summary=(
                f"Phone meeting of about an hour between {who} and Delphine Rourke. We discussed "
                "the earlier front-desk experience, the limits on standing, and an interest in "
                "dental offices. A part-time receptionist job is a reasonable first step because "
                "it is seated work, matches past experience and local clinics are hiring. The "
                "dental office manager goal is attainable with the administration certificate "
                "and two to three years of office work. Blue Heron's job development and job "
                "search help target dental clinics, the paid certificate builds the skills the "
                "long-term goal needs, and accommodation help makes the job sustainable."
            ),
        ),
        work_history=dict(jobs=[], none_statement=(
            "No paid work in the last 18 months. Last job: night custodian, Lake Tamarind "
            "Schools, ended March 2023."), note=None),
        st=dict(title="Part-time dental office receptionist", hours=24, hourly=17.50,
                monthly=None, target=date(2026, 12, 1), band=None,
                training="None",
                text="Dental office receptionist, $17.50/hour, 24 hours/week"),
        lt=dict(title="Full-time dental office manager", hours=40, hourly=24.00, monthly=None,
                target=date(2030, 5, 31), band=None,
                training=("Dental office administration certificate, Lake Tamarind Community "
                          "College, part-time, online, completion 08/15/2027, paid by Blue Heron"),
                text="Dental office manager, $24.00/hour, 40 hours/week"),
        services=[
            dict(key="goal_setting", checked=True, description=(
                "Review goals together every 3 months and set next steps toward office manager.")),
            dict(key="job_development", checked=True, description=(
                "Rewrite resume for dental front-desk work; two mock interviews; contact 5 "
                "clinics a month.")),
            dict(key="training", checked=True, description=(
                "Blue Heron pays tuition for the online dental office administration "
                "certificate; progress check each term.")),
            dict(key="job_search", checked=True, description=(
                "Weekly job leads from clinic postings; help with applications and follow-up.")),
            dict(key="job_accommodation", checked=True, description=(
                "Help identify a sit/stand schedule; Ticket Holder will request it from the "
                "employer with our coaching.")),
            dict(key="career_advancement", checked=True, description=(
                "After one year of work, plan the move to office manager; help ask for added "
                "duties and a raise.")),
        ],
        follow_up=dict(
            initial="At least monthly contact until working above the Trial Work Level",
            ongoing="At least quarterly contact after that, by phone or email"),
        terms=list(TERMS),
        sou=statement_of_understanding(EN_C["name"]),
        th_sig=dict(signed=True, date=date(2026, 5, 19)),
        en_sig=dict(signed=True, date=date(2026, 5, 20), name=EN_C["rep"],
                    title=EN_C["rep_title"]),
    )


def case_form() -> dict:
    """A complete plan for Summit Valley (the fillable form)."""
    p = TH["castellanos"]
    return dict(
        en=EN_F, th=p, alt=ALT["castellanos"],
        discussion=dict(
            date=date(2026, 2, 10), modality="video",
            summary=(
                "Ms. Castellanos and Howard Pemberton met one-on-one by video for an hour. She "
                "worked as a seasonal tax preparer assistant and wants steady bookkeeping work. "
                "A part-time bookkeeping assistant job is reasonable now because she already "
                "uses QuickBooks and fatigue limits her to about 24 hours a week at first. "
                "Becoming a full-time staff accountant is attainable after the associate degree "
                "she has started. Our job development and placement help target accounting "
                "firms, the WIPA referral answers her benefit questions, and monthly follow-up "
                "will catch problems early."
            ),
        ),
        work_history=dict(jobs=[dict(
            employer="Sunfield Tax Service", title="Tax prep assistant (seasonal)",
            start="01/2025", end="04/2025", hours=20, pay="$16.00/hour", monthly=1386.67)],
            none_statement=None, note=None),
        st=dict(title="Part-time bookkeeping assistant", hours=24, hourly=17.00,
                monthly=1768.00, target=date(2026, 10, 31), band=None,
                training=None, text=""),
        lt=dict(title="Full-time staff accountant", hours=40, hourly=24.00, monthly=4160.00,
                target=date(2030, 2, 28), band=None,
                training=("Associate degree in accounting, Sunfield Community College, part-time,"
                          " completion 05/2028"), text=""),
        services=[
            dict(key="benefits_counseling", checked=True, description=(
                "Refer to a WIPA project through the Ticket to Work Help Line within 30 days.")),
            dict(key="job_development", checked=True, description=(
                "Resume for bookkeeping roles; contact three accounting firms a month.")),
            dict(key="job_search", checked=True, description=(
                "Weekly job leads and help with online applications.")),
            dict(key="job_placement", checked=True, description=(
                "Introductions to two partner firms; support during the offer.")),
            dict(key="retention", checked=True, description=(
                "Monthly check-ins for the first year after hire.")),
        ],
        follow_up=dict(initial="Monthly", ongoing="Quarterly",
                       methods="Telephone, email and video calls"),
        terms=list(TERMS),
        # The form is a template printed before anyone fills it in, so its pre-printed text
        # names no EN: a blank copy must not look as if Part One were partly filled.
        sou=statement_of_understanding("the Employment Network named in Part One"),
        th_sig=dict(signed=True, date=date(2026, 2, 10)),
        en_sig=dict(signed=True, date=date(2026, 2, 12), name=EN_F["rep"],
                    title=EN_F["rep_title"]),
    )


# --------------------------------------------------------------------------------------------
# Layout A: "SSA-1370 style", flowed with platypus
# --------------------------------------------------------------------------------------------
def _styles(base: str, bold: str, size: float = 9.5) -> dict:
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=14, leading=17,
                                alignment=TA_CENTER, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", fontName=base, fontSize=8.5, leading=11,
                                   alignment=TA_CENTER, spaceAfter=8),
        "part": ParagraphStyle("part", fontName=bold, fontSize=12, leading=15, spaceBefore=10,
                               spaceAfter=4, textColor=colors.HexColor("#1f3a5f"), keepWithNext=1),
        "section": ParagraphStyle("section", fontName=bold, fontSize=10.5, leading=13,
                                  spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "body": ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.3,
                               spaceAfter=3),
        "small": ParagraphStyle("small", fontName=base, fontSize=8.5, leading=11, spaceAfter=2),
        "indent": ParagraphStyle("indent", fontName=base, fontSize=size, leading=size * 1.3,
                                 leftIndent=18, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size, leading=size * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 0.5,
                                leading=size * 1.25),
        "sign": ParagraphStyle("sign", fontName=SIGN_FONT, fontSize=12, leading=14),
    }


def _grid(rows, widths, st, header=False):
    """A bordered label/value table; plain strings become paragraphs."""
    data = []
    for r, row in enumerate(rows):
        cells = []
        for c, val in enumerate(row):
            if isinstance(val, str):
                style = st["cellb"] if (c % 2 == 0 and not header) or (header and r == 0) \
                    else st["cell"]
                cells.append(Paragraph(escape(val), style))
            else:
                cells.append(val)
        data.append(cells)
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def _checks(options, selected) -> str:
    return "    ".join(f"{BOX_ON if k == selected else BOX_OFF} {label}" for k, label in options)


BUSINESS_MODELS = [("traditional", "Traditional"), ("employer", "Employer"),
                   ("administrative", "Administrative"), ("other", "Other")]
MODALITIES = [("in_person", "In person (face-to-face)"), ("telephone", "Telephone"),
              ("video", "Video"), ("other", "Other")]


def _doc(path: Path, title: str, footer: str, margins=0.75 * inch):
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=margins, rightMargin=margins,
                            topMargin=0.7 * inch, bottomMargin=0.75 * inch, title=title,
                            author=footer, creator="make_corpus.py", invariant=1)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(margins, 0.45 * inch, footer)
        c.drawRightString(PAGE_W - margins, 0.45 * inch, f"Page {d.page}")
        c.restoreState()

    return doc, on_page


def build_layout_a(case: dict, path: Path) -> None:
    st = _styles(SANS, SANS_BOLD)
    en, th, alt = case["en"], case["th"], case["alt"]
    W = PAGE_W - 1.5 * inch
    f = []
    f.append(Paragraph("TICKET TO WORK PROGRAM<br/>INDIVIDUAL WORK PLAN (IWP)", st["title"]))
    f.append(Paragraph(escape(f"Prepared by {en['name']} on the Form SSA-1370 layout. Keep a copy "
                              "for your records; the EN sends a copy to the Ticket Program "
                              "Manager."), st["subtitle"]))

    f.append(Paragraph("Part One: Employment Network and Ticketholder Contact Information",
                       st["part"]))
    f.append(Paragraph("Employment Network (EN)", st["section"]))
    f.append(_grid([
        ["EN Name", en["name"], "Provider Identification Number (PID)", en["pid"]],
        ["Street Address", en["street"], "City, State, ZIP",
         f"{en['city']}, {en['state']} {en['zip']}"],
        ["Telephone", en["phone"], "Email", en["email"]],
    ], [1.1 * inch, 2.3 * inch, 1.45 * inch, W - 4.85 * inch], st))
    f.append(Spacer(1, 3))
    f.append(Paragraph("EN business model under which the Ticketholder will be served "
                       "(check one):  " + escape(_checks(BUSINESS_MODELS, en["model"])),
                       st["body"]))
    f.append(Paragraph("Ticketholder", st["section"]))
    f.append(_grid([
        ["Ticketholder Name", full_name(th), "Social Security Number", th["ssn"]],
        ["Street Address", th["street"], "City, State, ZIP",
         f"{th['city']}, {th['state']} {th['zip']}"],
        ["Telephone", th["phone"], "Email", th["email"]],
        ["Preferred contact", th["preferred"].capitalize(), "Mobile", th["mobile"] or "N/A"],
    ], [1.25 * inch, 2.15 * inch, 1.45 * inch, W - 4.85 * inch], st))
    if alt:
        f.append(Paragraph("Alternate Contact", st["section"]))
        f.append(_grid([
            ["Name", alt["name"], "Relationship to Ticketholder", alt["relationship"]],
            ["Telephone", alt["phone"], "Address", alt["address"]],
        ], [1.1 * inch, 2.3 * inch, 1.45 * inch, W - 4.85 * inch], st))

    f.append(Paragraph("Part Two: Documentation of EN-Ticketholder Discussion", st["part"]))
    d = case["discussion"]
    f.append(Paragraph("Section 1: Discussion Arrangement", st["section"]))
    f.append(Paragraph(f"Date of the one-on-one discussion: <b>{_us(d['date'])}</b>", st["body"]))
    f.append(Paragraph("Modality of the discussion:  " + escape(_checks(MODALITIES, d["modality"])),
                       st["body"]))
    if d["summary"]:
        f.append(Paragraph("<b>Discussion Summary</b> (why the goals are reasonable and "
                           "attainable, and how the EN's services will help):", st["body"]))
        f.append(Paragraph(escape(d["summary"]), st["indent"]))

    wh = case["work_history"]
    if wh is not None:
        f.append(Paragraph("Section 2: Ticketholder's Recent Work History (last 6 to 18 months)",
                           st["section"]))
        if wh["jobs"]:
            rows = [["Employer", "Job title", "From", "To", "Hours/week",
                     "Gross monthly earnings"]]
            for j in wh["jobs"]:
                rows.append([j["employer"], j["title"], j["start"], j["end"], str(j["hours"]),
                             _money(j["monthly"])])
            f.append(_grid(rows, [1.45 * inch, 1.75 * inch, 0.6 * inch, 0.6 * inch,
                                  0.75 * inch, W - 5.15 * inch], st, header=True))
        if wh["none_statement"]:
            f.append(Paragraph(escape(wh["none_statement"]), st["body"]))
        if wh["note"]:
            f.append(Paragraph(escape(wh["note"]), st["small"]))

    f.append(Paragraph("Section 3: Ticketholder's Employment Goals", st["section"]))
    for label, g in [("Short-term goal (first 18 months of Ticket assignment)", case["st"]),
                     ("Long-term goal (3 to 5 years)", case["lt"])]:
        f.append(Paragraph(f"<b>{label}</b>", st["body"]))
        f.append(_grid([
            ["Job title / employment goal", g["title"], "Target date", _us(g["target"])],
            ["Expected hours per week", str(g["hours"]), "Expected monthly earnings",
             _money(g["monthly"])],
            ["Skills training / education", g["training"] or "None", "", ""],
        ], [1.7 * inch, 2.4 * inch, 1.5 * inch, W - 5.6 * inch], st))
        if g["text"]:
            f.append(Paragraph(escape(g["text"]), st["small"]))
        f.append(Spacer(1, 4))

    f.append(Paragraph("Section 4: EN Supports and Services", st["section"]))
    f.append(Paragraph("Check each service the EN will provide and describe how it will be "
                       "provided.", st["small"]))
    by_key = {s["key"]: s for s in case["services"]}
    for group, keys in SERVICE_GROUPS:
        f.append(Paragraph(f"<b>{group}</b>", st["body"]))
        for k in keys:
            s = by_key.get(k, dict(checked=False, description=""))
            mark = BOX_ON if s["checked"] else BOX_OFF
            f.append(Paragraph(f"{mark} {escape(SERVICE_LABELS[k])}", st["body"]))
            if s["checked"] and s["description"]:
                f.append(Paragraph("Description: " + escape(s["description"]), st["indent"]))
    fu = case["follow_up"]
    f.append(Paragraph("<b>Regular follow-up with the Ticketholder</b>", st["body"]))
    f.append(Paragraph(f"{BOX_ON} " + escape(fu["initial"]), st["indent"]))
    f.append(Paragraph(f"{BOX_ON} " + escape(fu["ongoing"]), st["indent"]))

    f.append(PageBreak())
    f.append(Paragraph("Part Three: IWP Terms and Conditions, Statement of Understanding and "
                       "Signatures", st["part"]))
    if case["terms"]:
        f.append(Paragraph("IWP Terms and Conditions", st["section"]))
        for i, t in enumerate(case["terms"], 1):
            f.append(Paragraph(f"{i}. " + escape(t), st["body"]))
    f.append(Paragraph("Statement of Understanding", st["section"]))
    f.append(Paragraph(escape(case["sou"]), st["body"]))
    f.append(Spacer(1, 6))
    f.append(KeepTogether([Paragraph("Signatures", st["section"]),
                           _signature_table_a(case, st, W)]))
    doc, on_page = _doc(path, "Individual Work Plan",
                        f"{en['name']}  |  PID {en['pid']}  |  IWP for {full_name(th)}")
    doc.build(f, onFirstPage=on_page, onLaterPages=on_page)


def _signature_table_a(case, st, W):
    th, ths, ens = case["th"], case["th_sig"], case["en_sig"]
    sig = lambda on, name: Paragraph(escape(f"/s/ {name}"), st["sign"]) if on else ""  # noqa: E731
    rows = [
        ["Ticketholder signature", sig(ths["signed"], full_name(th)), "Date", _us(ths["date"])],
        ["Ticketholder's representative (if any)", "N/A", "Relationship", "N/A"],
        ["EN representative (printed name)", ens["name"], "Title", ens["title"]],
        ["EN representative signature", sig(ens["signed"], ens["name"]), "Date",
         _us(ens["date"])],
    ]
    t = _grid(rows, [1.75 * inch, 2.75 * inch, 0.9 * inch, W - 5.4 * inch], st)
    t.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))  # room to sign by hand
    return t


# --------------------------------------------------------------------------------------------
# Layout B: the docsbay EN template (Parts I-III, "Beneficiary", bands), Helvetica, ASCII boxes
# --------------------------------------------------------------------------------------------
BANDS_TWL = ["0-$750", "$751-$1039", "$1040-$2000", "$2001-$3500", "$3501+"]
BANDS_SGA = ["$1040-$2000", "$2001-$3500", "$3501+"]


def _ascii_checks(options, selected) -> str:
    sel = selected if isinstance(selected, (set, list, tuple)) else {selected}
    return "   ".join(f"[{'X' if o in sel else ' '}] {o}" for o in options)


def build_layout_b(case: dict, path: Path) -> None:
    st = _styles("Helvetica", "Helvetica-Bold", 9.5)
    st["sign"] = ParagraphStyle("signb", fontName="Times-Italic", fontSize=13, leading=15)
    en, th, alt, d = case["en"], case["th"], case["alt"], case["discussion"]
    W = PAGE_W - 1.6 * inch
    f = []
    f.append(Paragraph("Individual Work Plan", st["title"]))
    f.append(Paragraph(escape(en["name"]) + " &nbsp;-&nbsp; Employment Network, Ticket to Work "
                       "Program", st["subtitle"]))
    methods = {"in_person": "Face to Face", "telephone": "by Phone"}
    f.append(Paragraph("<b>Method of completion:</b> (check all that apply)  "
                       + escape(_ascii_checks(["Face to Face", "by Phone"],
                                              methods[d["modality"]])), st["body"]))
    f.append(Paragraph(f"<b>Date of IWP meeting:</b> {_long(d['date'])}", st["body"]))
    f.append(Paragraph("<b>Type of Business Model:</b> (please check one)  "
                       + escape(_ascii_checks(
                           ["Employer EN", "Consumer-Directed", "Traditional",
                            "Other (describe)"],
                           {"traditional": "Traditional", "employer": "Employer EN"}[en["model"]]
                       )), st["body"]))
    f.append(_grid([
        ["EN Name", en["name"], "EN PID #", en["pid"]],
        ["EN Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}", "", ""],
        ["EN Email", en["email"], "EN Phone Number", en["phone"]],
        ["Toll Free", en["toll_free"] or "N/A", "", ""],
    ], [1.0 * inch, 3.0 * inch, 1.2 * inch, W - 5.2 * inch], st))
    f.append(Paragraph("Statement of Understanding", st["section"]))
    f.append(Paragraph(escape(case["sou"].replace("Ticketholder", "beneficiary")), st["body"]))

    f.append(Paragraph("Part I: Beneficiary Information", st["part"]))
    f.append(_grid([
        ["Beneficiary Name", full_name(th), "SSN", th["ssn"]],
        ["Telephone", th["phone"], "Mobile", th["mobile"] or ""],
        ["Email", th["email"], "", ""],
        ["Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}", "", ""],
    ], [1.2 * inch, 3.2 * inch, 0.8 * inch, W - 5.2 * inch], st))
    pref = {"email": "Email", "telephone": "Telephone", "mobile": "Mobile"}[th["preferred"]]
    f.append(Paragraph("The best way to contact me is:  "
                       + escape(_ascii_checks(["Email", "Telephone", "Mobile"], pref)),
                       st["body"]))
    if alt:
        f.append(Paragraph("Alternate Contact Information", st["section"]))
        f.append(_grid([
            ["Name", alt["name"], "Relationship", alt["relationship"]],
            ["Phone Number", alt["phone"], "Address", alt["address"]],
        ], [1.1 * inch, 2.4 * inch, 1.0 * inch, W - 4.5 * inch], st))
    wh = case["work_history"]
    if wh is not None:
        f.append(Paragraph("Recent Work History (past 6-18 months)", st["section"]))
        for j in wh["jobs"]:
            f.append(Paragraph(escape(
                f"{j['employer']} - {j['title']}, {j['start']} to {j['end']}, about "
                f"{j['hours']} hours a week at {j['pay']} (about {_money(j['monthly'])} a "
                "month gross)."), st["body"]))
        if wh["none_statement"]:
            f.append(Paragraph(escape(wh["none_statement"]), st["body"]))
        if wh["note"]:
            f.append(Paragraph(escape(wh["note"]), st["body"]))
    if d["summary"]:
        f.append(Paragraph("Summary of Individualized Discussion", st["section"]))
        f.append(Paragraph(escape(d["summary"]), st["body"]))

    f.append(Paragraph("Part II: Employment Goals", st["part"]))
    g = case["st"]
    f.append(Paragraph("<b>Short Term Employment Goals</b> - goals to be achieved in 2-24 months "
                       "(S.M.A.R.T.: Specific, Measurable, Attainable, Realistic, Time-bound) "
                       "(RFQ; Sec.3.a.2)", st["body"]))
    f.append(Paragraph(escape(g["text"]), st["indent"]))
    f.append(Paragraph(escape(f"Job title: {g['title']}.  Hours per week: {g['hours']}.  "
                              f"Hourly: {_money(g['hourly'])}.  Target date: {_long(g['target'])}."),
                       st["indent"]))
    if g["training"]:
        f.append(Paragraph("Training: " + escape(g["training"]), st["indent"]))
    f.append(Paragraph("Expected monthly earnings - Hourly or Salary (Should be at or above TWL):",
                       st["body"]))
    f.append(Paragraph(escape(_ascii_checks(BANDS_TWL, g["band"])), st["indent"]))
    g = case["lt"]
    f.append(Paragraph("<b>Long Term Employment Goals</b> (3 to 5 years)", st["body"]))
    f.append(Paragraph(escape(g["text"]), st["indent"]))
    f.append(Paragraph(escape(f"Job title: {g['title']}.  Hours per week: {g['hours']}.  "
                              f"Hourly: {_money(g['hourly'])}.  Target date: {_long(g['target'])}."),
                       st["indent"]))
    f.append(Paragraph("Expected monthly earnings (Should be at or above SGA):", st["body"]))
    f.append(Paragraph(escape(_ascii_checks(BANDS_SGA, g["band"])), st["indent"]))

    f.append(Paragraph("Part III: Services and Support", st["part"]))
    f.append(Paragraph("(The EN agrees to provide these services to help me reach and continue "
                       "my Employment Goals)", st["small"]))
    for s in case["services"]:
        f.append(Paragraph(f"[{'X' if s['checked'] else ' '}] <b>{escape(SERVICE_LABELS[s['key']])}"
                           "</b> - How the EN will provide it:", st["body"]))
        if s["description"]:
            f.append(Paragraph(escape(s["description"]), st["indent"]))
        else:
            f.append(Spacer(1, 14))
    f.append(Paragraph("Follow-Up and Contact Plan", st["section"]))
    f.append(Paragraph(escape(case["follow_up"]["initial"]), st["body"]))
    f.append(Paragraph(escape(case["follow_up"]["ongoing"]), st["body"]))
    if case["terms"]:
        f.append(Paragraph("Terms and Conditions", st["section"]))
        for i, t in enumerate(case["terms"], 1):
            t = t.replace("Ticketholder", "beneficiary")
            f.append(Paragraph(f"{i}) " + escape(t), st["small"]))
    f.append(Spacer(1, 8))
    ths, ens = case["th_sig"], case["en_sig"]
    sig = lambda on, name: Paragraph(escape(name), st["sign"]) if on else ""  # noqa: E731
    f.append(KeepTogether([
        Paragraph("Signatures", st["section"]),
        Paragraph("By signing below we agree to this Individual Work Plan.", st["small"]),
        _grid([
            ["Beneficiary Signature", sig(ths["signed"], full_name(th)), "Date",
             _long(ths["date"])],
            ["EN Representative Signature", sig(ens["signed"], ens["name"]), "Date",
             _long(ens["date"])],
            ["Printed Name/Title", f"{ens['name']}, {ens['title']}", "", ""],
        ], [1.8 * inch, 2.8 * inch, 0.6 * inch, W - 5.2 * inch], st),
    ]))
    doc, on_page = _doc(path, "Individual Work Plan", f"{en['name']} - Individual Work Plan",
                        margins=0.8 * inch)
    doc.build(f, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------------------------
# Positioned forms (layout C overlay and the fillable form). Items are collected per page and
# drawn at the end of the page, so the content-stream order can differ from the reading order.
# --------------------------------------------------------------------------------------------
class PositionedForm:
    """Collects pre-printed items and typed values for one document and writes it.

    ``mode``: ``overlay`` draws all printed items, then the typed values in reverse order;
    ``fields`` puts every value in an AcroForm widget (empty if the value is ""); ``flat`` draws
    printed items and values in reading order as plain text.
    """

    LEFT, RIGHT, TOP, BOTTOM = 0.6 * inch, PAGE_W - 0.6 * inch, PAGE_H - 0.6 * inch, 0.7 * inch

    def __init__(self, path: Path, mode: str, title: str, footer: str, value_font="Courier",
                 value_size=9.5):
        self.c = rl_canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(footer)
        self.c.setCreator("make_corpus.py")
        self.mode, self.footer = mode, footer
        self.vfont, self.vsize = value_font, value_size
        self.page = 1
        self._new_page_items()
        self.y = self.TOP

    def _new_page_items(self):
        self.printed, self.values = [], []

    # -- primitives -------------------------------------------------------------------------
    def text(self, x, y, s, font="Helvetica", size=9):
        self.printed.append(("text", x, y, s, font, size))

    def rect(self, x, y, w, h, lw=0.6):
        self.printed.append(("rect", x, y, w, h, lw))

    def line(self, x1, y1, x2, lw=0.6):
        self.printed.append(("line", x1, y1, x2, lw))

    def value(self, x, y, s, name=None, w=None, h=None, multiline=False, font=None, size=None):
        self.values.append(("value", x, y, s, name, w, h, multiline, font or self.vfont,
                            size or self.vsize))

    def mark(self, x, y, size, on, name=None, glyph=None):
        self.values.append(("mark", x, y, size, on, name, glyph or TICK))

    def need(self, h):
        if self.y - h < self.BOTTOM:
            self.new_page()

    def new_page(self):
        self._flush()
        self.c.showPage()
        self.page += 1
        self._new_page_items()
        self.y = self.TOP

    # -- drawing ----------------------------------------------------------------------------
    def _flush(self):
        c = self.c
        c.setFont("Helvetica", 7)
        c.drawString(self.LEFT, 0.4 * inch, self.footer)
        c.drawRightString(self.RIGHT, 0.4 * inch, f"Page {self.page}")
        for it in self.printed:
            if it[0] == "text":
                _, x, y, s, font, size = it
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif it[0] == "rect":
                _, x, y, w, h, lw = it
                c.setLineWidth(lw)
                c.rect(x, y, w, h)
            else:
                _, x1, y1, x2, lw = it
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y1)
        vals = list(self.values)
        if self.mode == "overlay":
            vals.reverse()  # the typewriter pass: last value first
        for it in vals:
            if it[0] == "value":
                self._draw_value(*it[1:])
            else:
                self._draw_mark(*it[1:])

    def _draw_value(self, x, y, s, name, w, h, multiline, font, size):
        c = self.c
        if self.mode == "fields" and name:
            lines = simpleSplit(s, "Helvetica", 8.5, w - 6) if (multiline and s) else None
            c.acroForm.textfield(
                name=name, value="\n".join(lines) if lines else s,
                x=x, y=y, width=w, height=h, fontName="Helvetica",
                fontSize=8.5 if multiline else 9, borderWidth=0.5, borderColor=colors.black,
                fillColor=colors.white, textColor=colors.black,
                fieldFlags="multiline" if multiline else "", forceBorder=True,
                tooltip=name.replace("_", " "))
            return
        if not s:
            return
        if multiline:
            lines = simpleSplit(s, font, size, w - 6)
            yy = y + h - size - 2
            for ln in lines:
                c.setFont(font, size)
                c.drawString(x + 3, yy, ln)
                yy -= size * 1.2
        else:
            if w:  # a typist would abbreviate; we shrink so the value stays inside its box
                while size > 6 and pdfmetrics.stringWidth(s, font, size) > w - 4:
                    size -= 0.5
            c.setFont(font, size)
            c.drawString(x + 2, y + (h - size) / 2 + 1.5 if h else y, s)

    def _draw_mark(self, x, y, size, on, name, glyph):
        c = self.c
        if self.mode == "fields" and name:
            c.acroForm.checkbox(name=name, checked=bool(on), x=x, y=y, size=size,
                                buttonStyle="check", borderWidth=0.6, borderColor=colors.black,
                                fillColor=colors.white, textColor=colors.black,
                                tooltip=name.replace("_", " "))
            return
        if on:
            c.setFont(MARK_FONT, size)
            c.drawString(x + size * 0.12, y + size * 0.15, glyph)

    def save(self):
        self._flush()
        self.c.showPage()
        self.c.save()

    # -- composite widgets ------------------------------------------------------------------
    def heading(self, s, size=11, gap=6):
        self.need(size + gap + 30)
        self.y -= size + gap
        self.text(self.LEFT, self.y, s, "Helvetica-Bold", size)
        self.y -= 4

    def printed_para(self, s, size=8, indent=0, font="Helvetica"):
        lines = simpleSplit(s, font, size, self.RIGHT - self.LEFT - indent)
        for ln in lines:
            self.need(size * 1.25 + 2)
            self.y -= size * 1.25
            self.text(self.LEFT + indent, self.y, ln, font, size)
        self.y -= 2

    def boxrow(self, cells, h=26):
        """Boxes side by side; each has a small printed label at the top left and the typed
        value below it. cells: (label, value, width_fraction, field_name); a box taller than
        the default holds a wrapped, multi-line value."""
        self.need(h + 2)
        self.y -= h
        x = self.LEFT
        total = self.RIGHT - self.LEFT
        for label, val, frac, name in cells:
            w = total * frac
            self.rect(x, self.y, w, h)
            self.text(x + 3, self.y + h - 8, label, "Helvetica", 6.5)
            if h > 30:
                self.value(x + 1, self.y + 1, val, name=name, w=w - 2, h=h - 11, multiline=True)
            else:
                self.value(x + 1, self.y + 2, val, name=name, w=w - 2, h=14)
            x += w
        self.y -= 2

    def inline(self, label, val, name=None, label_w=None, field_w=2.2 * inch, size=9):
        """A label with a typed value to its right on the same baseline (on a rule)."""
        self.need(18)
        self.y -= 16
        self.text(self.LEFT, self.y, label, "Helvetica", size)
        lw = label_w or pdfmetrics.stringWidth(label, "Helvetica", size) + 6
        self.line(self.LEFT + lw, self.y - 2, self.LEFT + lw + field_w)
        self.value(self.LEFT + lw, self.y - 4, val, name=name, w=field_w, h=14)

    def checkrow(self, label, options, glyph=None, size=9, box=9, gap=12):
        """A printed label followed by boxes; options: (text, on, field_name)."""
        self.need(18)
        self.y -= 15
        x = self.LEFT
        if label:
            self.text(x, self.y, label, "Helvetica", size)
            x += pdfmetrics.stringWidth(label, "Helvetica", size) + 8
        for text, on, name in options:
            self.rect(x, self.y - 1.5, box, box, 0.6)
            self.mark(x, self.y - 1.5, box, on, name=name, glyph=glyph)
            self.text(x + box + 3, self.y, text, "Helvetica", size)
            x += box + 3 + pdfmetrics.stringWidth(text, "Helvetica", size) + gap
        self.y -= 4

    def textbox(self, label, val, lines=4, name=None, label_size=8):
        """A printed label, then a box the typed text fills below it (value below label)."""
        h = lines * 11.5 + 6
        self.need(h + 16)
        self.y -= label_size + 4
        self.text(self.LEFT, self.y, label, "Helvetica-Bold", label_size)
        self.y -= h + 3
        self.rect(self.LEFT, self.y, self.RIGHT - self.LEFT, h)
        self.value(self.LEFT + 1, self.y + 1, val, name=name, w=self.RIGHT - self.LEFT - 2,
                   h=h - 2, multiline=True)
        self.y -= 2


# --------------------------------------------------------------------------------------------
# Layout C: "Ticket Holder" printed form with a typewriter overlay
# --------------------------------------------------------------------------------------------
def _c_glyph_money(g):
    return f"${g['hourly']:.2f}/hour, {g['hours']} hours/week"


def build_layout_c(case: dict, path: Path) -> None:
    en, th, alt, d = case["en"], case["th"], case["alt"], case["discussion"]
    F = PositionedForm(path, "overlay", "Individual Work Plan",
                       f"{en['name']} - IWP form BH-7 (rev. 2024)")
    F.text(F.LEFT, F.y - 14, "INDIVIDUAL WORK PLAN", "Helvetica-Bold", 15)
    F.text(F.LEFT, F.y - 28, "Ticket to Work Program - Ticket Holder Agreement", "Helvetica", 9)
    F.text(F.RIGHT - 190, F.y - 14, en["name"], "Helvetica-Bold", 9)
    F.y -= 36
    F.heading("Part 1 - Employment Network and Ticket Holder Information")
    F.printed_para("1.1 Employment Network", 8.5, font="Helvetica-Bold")
    F.boxrow([("EN name", en["name"], 0.62, None), ("Provider ID", en["pid"], 0.38, None)])
    F.checkrow("Business model:", [(lab, en["model"] == k, None) for k, lab in BUSINESS_MODELS],
               glyph=SQUARE)
    F.boxrow([("Street address", en["street"], 0.5, None),
              ("City / State / ZIP", f"{en['city']}, {en['state']} {en['zip']}", 0.5, None)])
    F.boxrow([("Telephone", en["phone"], 0.35, None), ("Email", en["email"], 0.65, None)])
    F.printed_para("1.2 Ticket Holder", 8.5, font="Helvetica-Bold")
    F.boxrow([("Ticket Holder name", full_name(th), 0.62, None),
              ("Social Security No.", th["ssn"], 0.38, None)])
    F.boxrow([("Street address", th["street"], 0.5, None),
              ("City / State / ZIP", f"{th['city']}, {th['state']} {th['zip']}", 0.5, None)])
    F.boxrow([("Telephone", th["phone"], 0.35, None), ("Email", th["email"], 0.65, None)])
    if alt:
        F.printed_para("1.3 Alternate Contact", 8.5, font="Helvetica-Bold")
        F.boxrow([("Name", alt["name"], 0.5, None), ("Relationship", alt["relationship"],
                                                      0.5, None)])
        F.boxrow([("Telephone", alt["phone"], 0.35, None), ("Address", alt["address"], 0.65,
                                                            None)])

    F.heading("Part 2 - Career Plan")
    F.printed_para("2.1 Individualized Discussion", 8.5, font="Helvetica-Bold")
    F.inline("Date of discussion:", d["date"].strftime("%m-%d-%Y"), field_w=1.4 * inch)
    F.checkrow("Method:", [(lab, d["modality"] == k, None) for k, lab in MODALITIES],
               glyph=SQUARE)
    if d["summary"]:
        F.textbox("Discussion summary - why the goals are reasonable and how our services "
                  "will help:", d["summary"], lines=7)
    wh = case["work_history"]
    if wh is not None:
        F.new_page()
        F.printed_para("2.2 Recent Work History (last 6-18 months)", 8.5, font="Helvetica-Bold")
        jobs = wh["jobs"] + [None] * (2 - len(wh["jobs"]))
        for j in jobs:
            j = j or dict(employer="", title="", start="", end="", hours="", pay="")
            F.boxrow([("Employer", j["employer"], 0.3, None), ("Job title", j["title"], 0.26, None),
                      ("From - To", f"{j['start']} - {j['end']}" if j["start"] else "", 0.16,
                       None),
                      ("Hours/week", str(j["hours"]), 0.12, None),
                      ("Pay rate", j["pay"], 0.16, None)])
        F.checkrow("", [("No paid work in the last 18 months", bool(wh["none_statement"]),
                         None)])
        F.textbox("If no work, explain:", wh["none_statement"] or "", lines=2)
    else:
        F.new_page()
    F.printed_para("2.3 Employment Goals", 8.5, font="Helvetica-Bold")
    for label, g in [("Short-term goal (within 18 months)", case["st"]),
                     ("Long-term goal (3 to 5 years)", case["lt"])]:
        F.printed_para(label, 8.5)
        F.boxrow([("Job / occupation", g["title"], 0.46, None),
                  ("Wage and hours", _c_glyph_money(g), 0.34, None),
                  ("Target date", g["target"].strftime("%m-%d-%Y"), 0.20, None)])
        F.boxrow([("Training or education needed (program, school, status, completion, "
                   "paid by)", g["training"] or "None", 1.0, None)], h=36)
    F.new_page()
    F.printed_para("2.4 Services and Supports (check each service; describe how it will be "
                   "provided)", 8.5, font="Helvetica-Bold")
    by_key = {s["key"]: s for s in case["services"]}
    for _group, keys in SERVICE_GROUPS:
        for k in keys:
            s = by_key.get(k, dict(checked=False, description=""))
            F.checkrow("", [(SERVICE_LABELS[k], s["checked"], None)])
            F.line(F.LEFT + 0.25 * inch, F.y - 13, F.RIGHT)
            F.value(F.LEFT + 0.25 * inch, F.y - 13, s["description"] if s["checked"] else "",
                    w=F.RIGHT - F.LEFT, h=12, font="Courier", size=8)
            F.y -= 14
    F.printed_para("2.5 Follow-up contact", 8.5, font="Helvetica-Bold")
    F.checkrow("", [("Monthly during the job search / Phase 1", True, None)])
    F.inline("   Details:", case["follow_up"]["initial"], field_w=4.9 * inch)
    F.checkrow("", [("Quarterly once employed (ongoing support)", True, None)])
    F.inline("   Details:", case["follow_up"]["ongoing"], field_w=4.9 * inch)

    F.new_page()
    F.heading("Part 3 - Agreement")
    if case["terms"]:
        F.printed_para("3.1 Terms and Conditions", 8.5, font="Helvetica-Bold")
        for i, t in enumerate(case["terms"], 1):
            F.printed_para(f"{i}. " + t.replace("Ticketholder", "Ticket Holder"), 7.5, indent=6)
    F.printed_para("3.2 Statement of Understanding", 8.5, font="Helvetica-Bold")
    F.printed_para(case["sou"], 8)
    F.need(140)
    F.printed_para("3.3 Signatures", 8.5, font="Helvetica-Bold")
    ths, ens = case["th_sig"], case["en_sig"]
    sigs = [
        ("Ticket Holder signature", f"/s/ {full_name(th)}" if ths["signed"] else "",
         ths["date"]),
        ("EN representative signature", f"/s/ {ens['name']}" if ens["signed"] else "",
         ens["date"]),
    ]
    for label, sval, sdate in sigs:
        F.y -= 30
        x_sig, x_date = F.LEFT + 1.55 * inch, F.LEFT + 5.3 * inch
        F.text(F.LEFT, F.y, label + ":", "Helvetica", 8)
        F.line(x_sig, F.y - 2, x_date - 0.4 * inch)
        F.text(x_date - 0.3 * inch, F.y, "Date:", "Helvetica", 8)
        F.line(x_date, F.y - 2, F.RIGHT)
        F.value(x_sig + 4, F.y + 1, sval, font=SIGN_FONT, size=12)
        F.value(x_date + 4, F.y + 1, sdate.strftime("%m-%d-%Y") if sdate else "")
        F.y -= 8
    F.boxrow([("EN representative - printed name", ens["name"], 0.6, None),
              ("Title", ens["title"], 0.4, None)])
    F.save()


# --------------------------------------------------------------------------------------------
# The fillable form (filled / blank / flattened)
# --------------------------------------------------------------------------------------------
def build_form(case: dict | None, path: Path, mode: str) -> None:
    """mode: 'fields' (AcroForm; blank when case is None) or 'flat' (values as plain text)."""
    blank = case is None
    c_ = case or case_form()  # the blank form still needs the EN/print data for nothing typed

    def v(x):
        return "" if blank else x

    en, th, alt, d = c_["en"], c_["th"], c_["alt"], c_["discussion"]
    F = PositionedForm(path, mode, "Individual Work Plan (fillable)",
                       "Fillable IWP form SV-IWP-2 (rev. 01/2026)",
                       value_font="Helvetica", value_size=9)
    F.text(F.LEFT, F.y - 14, "Ticket to Work Program", "Helvetica", 9)
    F.text(F.LEFT, F.y - 30, "INDIVIDUAL WORK PLAN (IWP)", "Helvetica-Bold", 15)
    F.text(F.RIGHT - 150, F.y - 14, "Fillable form - type in the boxes", "Helvetica", 7)
    F.y -= 38
    F.heading("Part One - EN and Ticketholder Information")
    F.boxrow([("EN Name", v(en["name"]), 0.6, "EN_Name"), ("EN PID", v(en["pid"]), 0.4,
                                                           "EN_PID")])
    F.checkrow("Business model:", [(lab, (not blank) and en["model"] == k,
                                    f"EN_Model_{lab}") for k, lab in BUSINESS_MODELS])
    F.boxrow([("EN Address", v(f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"), 1.0,
               "EN_Address")])
    F.boxrow([("EN Phone", v(en["phone"]), 0.3, "EN_Phone"),
              ("Toll free", v(en["toll_free"] or ""), 0.3, "EN_Toll_Free"),
              ("EN Email", v(en["email"]), 0.4, "EN_Email")])
    F.boxrow([("Ticketholder Name", v(full_name(th)), 0.6, "TH_Name"),
              ("Ticketholder SSN", v(th["ssn"]), 0.4, "TH_SSN")])
    F.boxrow([("Ticketholder Address", v(f"{th['street']}, {th['city']}, {th['state']} "
                                         f"{th['zip']}"), 1.0, "TH_Address")])
    F.boxrow([("Telephone", v(th["phone"]), 0.3, "TH_Phone"),
              ("Mobile", v(th["mobile"] or ""), 0.3, "TH_Mobile"),
              ("Email", v(th["email"]), 0.4, "TH_Email")])
    F.boxrow([("Alternate Contact Name", v(alt["name"]), 0.4, "ALT_Name"),
              ("Relationship", v(alt["relationship"]), 0.25, "ALT_Relationship"),
              ("Phone", v(alt["phone"]), 0.35, "ALT_Phone")])
    F.boxrow([("Alternate Contact Address", v(alt["address"]), 1.0, "ALT_Address")])
    F.heading("Part Two - Documentation of the Discussion, Work History, Goals and Services")
    F.printed_para("Section 1 - Discussion Arrangement", 8.5, font="Helvetica-Bold")
    F.inline("Date of discussion (mm/dd/yyyy):", v(_us(d["date"])), name="Discussion_Date",
             field_w=1.3 * inch)
    F.checkrow("Modality:", [(lab, (not blank) and d["modality"] == k,
                              f"Discussion_Modality_{k.title().replace('_', '')}")
                             for k, lab in MODALITIES])
    F.textbox("Discussion summary (why the goals are reasonable and attainable; how the "
              "services will help)", v(d["summary"]), lines=8, name="Discussion_Summary")

    F.new_page()
    F.printed_para("Section 2 - Recent Work History (last 6 to 18 months)", 8.5,
                   font="Helvetica-Bold")
    jobs = c_["work_history"]["jobs"]
    for i in range(2):
        j = jobs[i] if (i < len(jobs) and not blank) else dict(
            employer="", title="", start="", end="", hours="", monthly=None)
        n = i + 1
        F.boxrow([("Employer", j["employer"], 0.28, f"WH_{n}_Employer"),
                  ("Job title", j["title"], 0.26, f"WH_{n}_Title"),
                  ("Dates (from - to)", f"{j['start']} - {j['end']}" if j["start"] else "", 0.18,
                   f"WH_{n}_Dates"),
                  ("Hours/week", str(j["hours"]), 0.1, f"WH_{n}_Hours"),
                  ("Monthly earnings", _money(j["monthly"]) if j["monthly"] else "", 0.18,
                   f"WH_{n}_Monthly_Earnings")])
    F.checkrow("", [("No work in the last 18 months", False, "WH_No_Work")])
    F.boxrow([("If no work, statement", "", 1.0, "WH_No_Work_Statement")])
    F.printed_para("Section 3 - Employment Goals", 8.5, font="Helvetica-Bold")
    for pre, label, g in [("ST", "Short-term goal (within 18 months)", c_["st"]),
                          ("LT", "Long-term goal (3 to 5 years)", c_["lt"])]:
        F.printed_para(label, 8.5)
        F.boxrow([("Job title", v(g["title"]), 0.4, f"{pre}_Goal_Title"),
                  ("Hours per week", v(str(g["hours"])), 0.15, f"{pre}_Hours_Per_Week"),
                  ("Monthly earnings", v(_money(g["monthly"])), 0.2, f"{pre}_Monthly_Earnings"),
                  ("Target date", v(_us(g["target"])), 0.25, f"{pre}_Target_Date")])
        F.boxrow([("Training / education (program, enrollment, completion date)",
                   v(g["training"] or "None"), 1.0, f"{pre}_Training")])
    F.printed_para("Section 4 - EN Supports and Services (check and describe each service)", 8.5,
                   font="Helvetica-Bold")
    by_key = {s["key"]: s for s in c_["services"]}
    for _group, keys in SERVICE_GROUPS:
        for k in keys:
            s = by_key.get(k, dict(checked=False, description=""))
            fname = "SVC_" + "_".join(w.title() for w in k.split("_"))
            F.checkrow("", [(SERVICE_LABELS[k], (not blank) and s["checked"], fname)])
            F.value(F.LEFT + 2.6 * inch, F.y - 3.5, v(s["description"] if s["checked"] else ""),
                    name=fname + "_Desc", w=F.RIGHT - F.LEFT - 2.6 * inch, h=13, size=7.5)
            F.y -= 3
    F.printed_para("Follow-up commitments", 8.5, font="Helvetica-Bold")
    F.checkrow("", [("At least monthly contact during the initial job acquisition phase",
                     not blank, "FU_Monthly")])
    F.checkrow("", [("At least quarterly contact during the ongoing support phase", not blank,
                     "FU_Quarterly")])
    F.inline("Contact methods:", v(c_["follow_up"]["methods"]), name="FU_Methods",
             field_w=4.0 * inch)

    F.new_page()
    F.heading("Part Three - Terms and Conditions, Statement of Understanding, Signatures")
    F.printed_para("IWP Terms and Conditions", 8.5, font="Helvetica-Bold")
    for i, t in enumerate(c_["terms"], 1):
        F.printed_para(f"{i}. {t}", 7.5, indent=6)
    F.printed_para("Statement of Understanding", 8.5, font="Helvetica-Bold")
    F.printed_para(c_["sou"], 8)
    F.printed_para("Signatures (type your full name to sign electronically)", 8.5,
                   font="Helvetica-Bold")
    ths, ens = c_["th_sig"], c_["en_sig"]
    F.boxrow([("Ticketholder signature", v(f"/s/ {full_name(th)}"), 0.7, "TH_Signature"),
              ("Date", v(_us(ths["date"])), 0.3, "TH_Sign_Date")], h=30)
    F.boxrow([("EN representative printed name", v(ens["name"]), 0.45, "EN_Rep_Name"),
              ("Title", v(ens["title"]), 0.55, "EN_Rep_Title")])
    F.boxrow([("EN representative signature", v(f"/s/ {ens['name']}"), 0.7, "EN_Signature"),
              ("Date", v(_us(ens["date"])), 0.3, "EN_Sign_Date")], h=30)
    F.save()


# --------------------------------------------------------------------------------------------
# Scan: an IWP as page images only (no text layer)
# --------------------------------------------------------------------------------------------
def scan_lines(case: dict) -> list[list[tuple[str, str]]]:
    """The scan's pages as (style, text) lines; style is h1, h2, b or s (signature)."""
    en, th, alt, d = case["en"], case["th"], case["alt"], case["discussion"]
    p1 = [("h1", "INDIVIDUAL WORK PLAN (IWP) - Ticket to Work Program"),
          ("h2", "Part One: Employment Network and Ticketholder Contact Information"),
          ("b", f"EN Name: {en['name']}        PID: {en['pid']}"),
          ("b", "Business model: [X] Traditional  [ ] Employer  [ ] Administrative"),
          ("b", f"Address: {en['street']}, {en['city']}, {en['state']} {en['zip']}"),
          ("b", f"Phone: {en['phone']}     Email: {en['email']}"),
          ("b", f"Ticketholder Name: {full_name(th)}     SSN: {th['ssn']}"),
          ("b", f"Address: {th['street']}, {th['city']}, {th['state']} {th['zip']}"),
          ("b", f"Phone: {th['phone']}     Email: {th['email']}"),
          ("b", f"Alternate contact: {alt['name']} ({alt['relationship']}), {alt['phone']}"),
          ("h2", "Part Two, Section 1: Discussion Arrangement"),
          ("b", f"Date: {_us(d['date'])}     Modality: [X] In person  [ ] Telephone  [ ] Video"),
          ("b", "Discussion summary: " + d["summary"]),
          ("h2", "Section 2: Recent Work History"),
          ]
    for j in case["work_history"]["jobs"]:
        p1.append(("b", f"{j['employer']}, {j['title']}, {j['start']} - {j['end']}, "
                        f"{j['hours']} hrs/week, {_money(j['monthly'])}/month"))
    p1 += [("h2", "Section 3: Employment Goals")]
    for label, g in [("Short-term", case["st"]), ("Long-term", case["lt"])]:
        p1.append(("b", f"{label} goal: {g['title']}, {g['hours']} hours/week, "
                        f"{_money(g['monthly'])}/month, by {_us(g['target'])}"))
    p2 = [("h2", "Section 4: EN Supports and Services")]
    for s in case["services"]:
        if s["checked"]:
            p2.append(("b", f"[X] {SERVICE_LABELS[s['key']]}: {s['description']}"))
    p2 += [("b", "Follow-up: " + case["follow_up"]["initial"]),
           ("b", case["follow_up"]["ongoing"])]
    p3 = [("h2", "Part Three: IWP Terms and Conditions")]
    p3 += [("t", f"{i}. {t}") for i, t in enumerate(case["terms"], 1)]
    p3 += [("h2", "Statement of Understanding"), ("b", case["sou"]), ("h2", "Signatures"),
           ("s", ("Ticketholder signature:", full_name(th), _us(case["th_sig"]["date"]))),
           ("s", ("EN representative signature:", case["en_sig"]["name"],
                  _us(case["en_sig"]["date"]))),
           ("b", f"EN representative printed name and title: {case['en_sig']['name']}, "
                 f"{case['en_sig']['title']}")]
    return [p1, p2, p3]


def build_scan(case: dict, path: Path) -> None:
    dpi = 150
    w, h = int(8.5 * dpi), int(11 * dpi)
    fonts = {}
    if HAVE_DEJAVU:
        fonts = {k: ImageFont.truetype(str(DEJAVU_DIR / f), s) for k, f, s in [
            ("h1", "DejaVuSans-Bold.ttf", 26), ("h2", "DejaVuSans-Bold.ttf", 21),
            ("b", "DejaVuSans.ttf", 19), ("t", "DejaVuSans.ttf", 16),
            ("s", "DejaVuSerif-Italic.ttf", 21)]}
    else:  # pragma: no cover
        fonts = {k: ImageFont.load_default() for k in ("h1", "h2", "b", "t", "s")}
    images = []
    for n, page in enumerate(scan_lines(case)):
        img = Image.new("L", (w, h), 255)
        dr = ImageDraw.Draw(img)
        y = 110
        for style, text in page:
            font = fonts[style]
            if style == "s":  # label, a handwritten-looking name on a line, and the date
                label, name, signed = text
                y += 30
                dr.text((115, y), label, font=fonts["b"], fill=0)
                dr.line((470, y + 26, 900, y + 26), fill=0, width=2)
                dr.text((480, y - 4), name, font=font, fill=0)
                dr.text((930, y), f"Date: {signed}", font=fonts["b"], fill=0)
                y += 40
                continue
            if style in ("h1", "h2"):
                y += 12
            words, line = text.split(" "), ""
            for word in words:
                trial = (line + " " + word).strip()
                if dr.textlength(trial, font=font) > w - 230:
                    dr.text((115, y), line, font=font, fill=0)
                    y += int(font.size * 1.35)
                    line = word
                else:
                    line = trial
            dr.text((115, y), line, font=font, fill=0)
            y += int(font.size * 1.35) + 4
        dr.text((w - 260, h - 90), f"Page {n + 1} of 3", font=fonts["t"], fill=0)
        # A real scanner never lines the paper up exactly; a small skew keeps OCR honest.
        img = img.rotate(0.4 if n == 0 else -0.3, resample=Image.NEAREST, fillcolor=255)
        images.append(img.convert("1", dither=Image.Dither.NONE))
    stamp = time.strptime("2026-06-12 09:30:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi,
                   title="Scan 2026-06-12 0930", creationDate=stamp, modDate=stamp,
                   producer="Office scanner")


# --------------------------------------------------------------------------------------------
# Amendment (layout A style)
# --------------------------------------------------------------------------------------------
def build_amendment(path: Path) -> None:
    st = _styles(SANS, SANS_BOLD)
    en, th = EN_A, TH["pettibone"]
    W = PAGE_W - 1.5 * inch
    f = [Paragraph("TICKET TO WORK PROGRAM<br/>AMENDMENT TO INDIVIDUAL WORK PLAN (IWP)",
                   st["title"]),
         Paragraph("Attach this amendment to the original IWP. Both parties must sign and date "
                   "it.", st["subtitle"])]
    f.append(Paragraph("Amendment Information", st["part"]))
    f.append(_grid([
        ["Amendment number", "2", "Date of this amendment", "09/22/2026"],
        ["IWP being amended", "IWP signed 01/20/2026 (EN reference CR-2026-0031)",
         "Previous amendment", "No. 1, signed 05/05/2026"],
    ], [1.4 * inch, 2.6 * inch, 1.45 * inch, W - 5.45 * inch], st))
    f.append(Paragraph("Reason for the amendment: Ms. Pettibone finished the medical billing "
                       "certificate early and was offered a full-time position, so the goals "
                       "move up and job search ends.", st["body"]))
    f.append(Paragraph("Part One: Employment Network and Ticketholder", st["part"]))
    f.append(_grid([
        ["EN Name", en["name"], "Provider Identification Number (PID)", en["pid"]],
        ["Telephone", en["phone"], "Email", en["email"]],
        ["Ticketholder Name", full_name(th), "Social Security Number", th["ssn"]],
        ["Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}", "Telephone",
         th["phone"]],
    ], [1.2 * inch, 2.2 * inch, 1.45 * inch, W - 4.85 * inch], st))
    f.append(Paragraph("Revised Employment Goals", st["part"]))
    f.append(Paragraph("Date and modality of the amendment discussion: 09/21/2026, telephone. "
                       "We reviewed the job offer and her schedule; full-time work now is "
                       "reasonable because she has completed the certificate.", st["body"]))
    for label, g in [
        ("Revised short-term goal", dict(title="Full-time medical billing specialist",
                                         hours=40, monthly=3206.67, target="10/05/2026",
                                         was="Part-time medical records clerk, 20 hours/week, "
                                             "$1,386.67/month")),
        ("Revised long-term goal", dict(title="Medical billing team supervisor", hours=40,
                                        monthly=4333.33, target="09/30/2029",
                                        was="Full-time medical billing specialist, "
                                            "$3,033.33/month")),
    ]:
        f.append(Paragraph(f"<b>{label}</b>", st["body"]))
        f.append(_grid([
            ["Job title", g["title"], "Target date", g["target"]],
            ["Hours per week", str(g["hours"]), "Expected monthly earnings",
             _money(g["monthly"])],
            ["Replaces", g["was"], "", ""],
        ], [1.4 * inch, 2.7 * inch, 1.5 * inch, W - 5.6 * inch], st))
        f.append(Spacer(1, 4))
    f.append(Paragraph("Revised EN Supports and Services", st["part"]))
    f.append(_grid([
        ["Service", "Change", "Description"],
        ["Job search", "Ended", "Ends 09/22/2026 because Ms. Pettibone accepted a full-time "
                                "offer."],
        ["Job accommodation", "Added", "We will help her ask for an ergonomic workstation and "
                                       "screen-reader settings before 10/05/2026; she will make "
                                       "the request herself."],
        ["Job stabilization and retention", "Continued", "Monthly check-ins for the first year "
                                                         "of full-time work, then quarterly."],
        ["Career advancement counseling", "Added", "After six months, plan the steps toward a "
                                                   "supervisor role and the coding credential."],
    ], [1.8 * inch, 0.9 * inch, W - 2.7 * inch], st, header=True))
    f.append(Paragraph("All other parts of the IWP signed 01/20/2026, including the Terms and "
                       "Conditions, stay the same.", st["small"]))
    sig = lambda name: Paragraph(escape(f"/s/ {name}"), st["sign"])  # noqa: E731
    t = _grid([
        ["Ticketholder signature", sig(full_name(th)), "Date", "09/22/2026"],
        ["EN representative (printed name)", en["rep"], "Title", en["rep_title"]],
        ["EN representative signature", sig(en["rep"]), "Date", "09/23/2026"],
    ], [1.75 * inch, 2.75 * inch, 0.9 * inch, W - 5.4 * inch], st)
    f.append(KeepTogether([
        Paragraph("Signatures", st["part"]),
        Paragraph("By signing, the Ticketholder and the EN agree to this amendment.", st["body"]),
        t]))
    doc, on_page = _doc(path, "IWP Amendment",
                        f"{en['name']}  |  PID {en['pid']}  |  Amendment 2 for {full_name(th)}")
    doc.build(f, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------------------------
# Not IWPs: a State VR IPE, an invoice and an EN staff-meeting agenda
# --------------------------------------------------------------------------------------------
def build_ipe(path: Path) -> None:
    st = _styles("Helvetica", "Helvetica-Bold", 9)
    W = PAGE_W - 1.3 * inch
    X, O = "[X]", "[ ]"
    f = [Paragraph("Prairie State Vocational Rehabilitation Services", st["title"]),
         Paragraph("INDIVIDUALIZED PLAN FOR EMPLOYMENT (IPE)", st["title"]),
         Paragraph("Prepared under the Rehabilitation Act of 1973, as amended. This plan is "
                   "developed by the eligible individual and the VR counselor.", st["subtitle"]),
         Paragraph(f"<b>PURPOSE:</b> {X} New  {O} Review  {O} Amendment  {O} Interrupted  "
                   f"{O} Post Employment", st["body"]),
         Paragraph("<b>Reason for Amendment:</b> N/A", st["body"]),
         _grid([
             ["Client name", "Beatrix L. Fairweather", "Case number", "PSVRS-26-004417"],
             ["SSN", "957-31-4410", "Date of birth", "08/02/1996"],
             ["Address", "61 Prairie Rose Lane, Whitfield, IA 50999", "Phone", "(515) 555-0148"],
             ["VR counselor", "Oren T. Lindqvist", "Area office", "Whitfield Area Office"],
         ], [1.0 * inch, 2.6 * inch, 1.0 * inch, W - 4.6 * inch], st),
         Paragraph("Employment Outcome", st["section"]),
         Paragraph("Employment goal: Certified Pharmacy Technician (SOC 29-2052), full-time, "
                   "competitive integrated employment in a retail or hospital pharmacy. Expected "
                   "wage at placement: $18.50 per hour.", st["body"]),
         Paragraph("This goal is consistent with my strengths, resources, priorities, concerns, "
                   "abilities, capabilities, interests and informed choice.", st["body"]),
         Paragraph("Services", st["section"])]
    rows = [["Service", "To begin", "To end", "Arranged by", "Delivered by",
             "Services funded by (PSVRS / JC / Other)"]]
    for svc, b, e, arr, dl, fund in [
        ("Assessment", "02/2026", "03/2026", "Counselor", "PSVRS staff", "PSVRS"),
        ("Counseling and Guidance", "02/2026", "12/2027", "Counselor", "PSVRS staff", "PSVRS"),
        ("Community college / vocational training", "08/2026", "05/2027", "Client",
         "Whitfield Community College", "PSVRS / Pell grant"),
        ("Job Readiness Training", "06/2027", "07/2027", "Counselor", "Whitfield Job Center",
         "JC"),
        ("Job Seeking Skills / Job Search", "06/2027", "09/2027", "Counselor", "PSVRS staff",
         "PSVRS"),
        ("Job Placement", "07/2027", "10/2027", "Counselor", "PSVRS staff", "PSVRS"),
        ("Transportation", "08/2026", "10/2027", "Client", "Whitfield Transit", "PSVRS"),
        ("Rehabilitation Technology", "08/2026", "09/2026", "Counselor", "AT vendor", "PSVRS"),
        ("Benefits Counseling", "03/2026", "04/2026", "Counselor", "WIPA project", "Other"),
    ]:
        rows.append([svc, b, e, arr, dl, fund])
    f.append(_grid(rows, [1.9 * inch, 0.65 * inch, 0.65 * inch, 0.85 * inch, 1.35 * inch,
                          W - 5.4 * inch], st, header=True))
    f += [Paragraph("Evidence of Progress", st["section"]),
          Paragraph(f"{X} Progress Reports   {X} Grade Reports   {X} GPA   {O} Diploma   "
                    f"{X} Licensure   {O} GED", st["body"]),
          Paragraph("I will provide grade reports at the end of each term and keep a GPA of "
                    "2.0 or higher. I will tell my counselor within 10 days about any change in "
                    "address, income, or medical condition.", st["body"]),
          PageBreak(),
          Paragraph("Responsibilities", st["section"]),
          Paragraph("Client: attend classes, apply for financial aid (FAFSA) each year, meet "
                    "with my counselor at least every 60 days, and apply for at least five "
                    "pharmacy technician openings a week once certified.", st["body"]),
          Paragraph("PSVRS: pay tuition not covered by grants, arrange assistive technology, "
                    "and provide job placement services.", st["body"]),
          Paragraph("Rights", st["section"]),
          Paragraph("I have been told about my right to appeal any decision through informal "
                    "review, mediation or a fair hearing, and about the Client Assistance "
                    "Program. I may ask to amend this plan. I received a copy of this IPE.",
                    st["body"]),
          Spacer(1, 10),
          _grid([
              ["Client signature", Paragraph("Beatrix L. Fairweather", st["sign"]), "Date",
               "02/17/2026"],
              ["VR counselor signature", Paragraph("Oren T. Lindqvist", st["sign"]), "Date",
               "02/17/2026"],
              ["Supervisor approval", Paragraph("M. Adeyemi", st["sign"]), "Date",
               "02/19/2026"],
          ], [1.6 * inch, 2.8 * inch, 0.6 * inch, W - 5.0 * inch], st)]
    doc, on_page = _doc(path, "Individualized Plan for Employment",
                        "PSVRS-IPE-1 (rev. 07/2024)", margins=0.65 * inch)
    doc.build(f, onFirstPage=on_page, onLaterPages=on_page)


def build_invoice(path: Path) -> None:
    st = _styles("Helvetica", "Helvetica-Bold", 9.5)
    W = PAGE_W - 1.5 * inch
    f = [Paragraph("Lakeshore Office Supply Co.", st["title"]),
         Paragraph("1901 Harbor Street, Lake Tamarind, MN 55999  |  (218) 555-0190", st["subtitle"]),
         Paragraph("INVOICE", st["part"]),
         _grid([["Invoice number", "LOS-2026-11873", "Invoice date", "07/08/2026"],
                ["Bill to", EN_C["name"], "Due date", "08/07/2026"],
                ["Customer account", "C-44190", "Terms", "Net 30"]],
               [1.2 * inch, 2.4 * inch, 1.0 * inch, W - 4.6 * inch], st),
         Spacer(1, 10)]
    items = [("Copy paper, letter, 10-ream case", 4, 52.99), ("Toner cartridge, black", 2, 89.50),
             ("File folders, letter, box of 100", 3, 17.25), ("Ergonomic desk chair", 1, 249.00),
             ("Whiteboard markers, 12-pack", 2, 11.75)]
    rows = [["Description", "Qty", "Unit price", "Amount"]]
    total = 0.0
    for desc, q, p in items:
        rows.append([desc, str(q), _money(p), _money(q * p)])
        total += q * p
    tax = round(total * 0.06875, 2)
    rows += [["Subtotal", "", "", _money(total)], ["Sales tax 6.875%", "", "", _money(tax)],
             ["Total due", "", "", _money(total + tax)]]
    f.append(_grid(rows, [3.6 * inch, 0.6 * inch, 1.2 * inch, W - 5.4 * inch], st, header=True))
    f.append(Spacer(1, 10))
    f.append(Paragraph("Please make checks payable to Lakeshore Office Supply Co. Thank you for "
                       "your business.", st["body"]))
    doc, on_page = _doc(path, "Invoice LOS-2026-11873", "Lakeshore Office Supply Co.")
    doc.build(f, onFirstPage=on_page, onLaterPages=on_page)


def build_agenda(path: Path) -> None:
    st = _styles("Helvetica", "Helvetica-Bold", 10)
    f = [Paragraph("Cedar Ridge Career Partners - Staff Meeting", st["title"]),
         Paragraph("Thursday, July 16, 2026, 9:00-10:30 a.m., Conference Room B and video",
                   st["subtitle"]),
         Paragraph("Agenda", st["part"])]
    for i, item in enumerate([
        "Welcome and introductions of the two new employment consultants (Y. Brightwater)",
        "Ticket to Work update: IWP submissions in June, Program Integrity feedback, and the "
        "reminder to send every signed Individual Work Plan within 14 calendar days",
        "Services and Supports review: case-note checklist and file naming",
        "Quarterly follow-up calls for Ticketholders in the ongoing support phase",
        "Community job fair on August 20 - volunteers needed",
        "Office move: packing schedule and new phone extensions",
        "Open discussion and next meeting date",
    ], 1):
        f.append(Paragraph(f"{i}. " + escape(item), st["body"]))
    f.append(Spacer(1, 10))
    f.append(Paragraph("Please bring your caseload list. Minutes will be sent by Friday.",
                       st["small"]))
    doc, on_page = _doc(path, "Staff meeting agenda", "Cedar Ridge Career Partners - internal")
    doc.build(f, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------------------------
# Defects (each edits a complete case in exactly one way)
# --------------------------------------------------------------------------------------------
def no_th_signature(case):
    case["th_sig"] = dict(signed=False, date=None)
    return case, {"ticketholder_signature": "missing"}


def en_signature_undated(case):
    case["en_sig"]["date"] = None
    return case, {"en_signature": "deficient"}


def no_alternate_contact(case):
    case["alt"] = None
    return case, {"alternate_contact": "missing"}


def lt_below_sga(case):
    case["st"].update(title="Part-time mailroom clerk", hours=20, hourly=15.00, monthly=1300.00,
                      text="Work 20 hours a week sorting mail at about $15.00 an hour.")
    case["lt"].update(title="Part-time mailroom clerk", hours=14, hourly=14.85, monthly=900.00,
                      training="None",
                      text=("Stay in part-time mailroom work at about 14 hours a week so that "
                            "monthly earnings stay near $900 and SSDI cash benefits continue."))
    return case, {"long_term_goal": "deficient"}


def service_without_description(case):
    for s in case["services"]:
        if s["key"] == "job_development":
            s["description"] = ""
    return case, {"services_and_supports": "deficient"}


def no_discussion_summary(case):
    case["discussion"]["summary"] = None
    return case, {"discussion_summary": "missing"}


def no_terms(case):
    case["terms"] = None
    return case, {"terms_and_conditions": "missing"}


def no_work_history(case):
    case["work_history"] = None
    return case, {"work_history": "missing"}


# --------------------------------------------------------------------------------------------
# The catalogue
# --------------------------------------------------------------------------------------------
def _iwp_expected(source, overrides, notes, doc_type="iwp"):
    comps = {c: "present" for c in (IWP_COMPONENTS if doc_type == "iwp"
                                    else AMENDMENT_COMPONENTS)}
    comps.update(overrides)
    verdict = "complete" if all(v == "present" for v in comps.values()) else "incomplete"
    return dict(document_type=doc_type, source=source, verdict=verdict, components=comps,
                notes=notes)


def catalogue():
    """(file name, builder, expected entry) for every PDF in the corpus."""
    out = []
    layouts = {"a": (case_a, build_layout_a), "b": (case_b, build_layout_b),
               "c": (case_c, build_layout_c)}
    complete_notes = {
        "a": "Layout A, SSA-1370 style: Part One / Part Two Sections 1-4 / Part Three, "
             "'Ticketholder', exact monthly earnings, services as \u2612/\u2610 lines with "
             "descriptions, '/s/' signatures on the last page. Complete.",
        "b": "Layout B, docsbay EN template: Parts I-III in Roman numerals, 'Beneficiary', "
             "business model check list, Statement of Understanding before the beneficiary "
             "block, earnings as checked bands ([X] $2001-$3500 short-term, [X] $3501+ "
             "long-term), 'Method of completion: Face to Face'. Complete.",
        "c": "Layout C, printed 'Ticket Holder' form (Parts 1-3) with a typewriter overlay: all "
             "labels are drawn first and all typed values afterwards in reverse order, to the "
             "right of or below their labels; earnings as '$17.50/hour, 24 hours/week'; "
             "checked boxes are \u2713/\u25a0 glyphs in empty drawn squares; work history is a "
             "'no paid work in the last 18 months' statement. Complete.",
    }
    people = {"a": "vasquez", "b": "oduya", "c": "kestrel"}
    for lay, (mk, build) in layouts.items():
        out.append((f"layout_{lay}_complete.pdf",
                    lambda p, mk=mk, build=build, k=people[lay]: build(mk(k), p),
                    _iwp_expected("text", {}, complete_notes[lay])))
    defects = [
        ("a", "marchetti", no_th_signature, "layout_a_no_ticketholder_signature.pdf",
         "Layout A; the Ticketholder signature and date cells are blank (EN signed)."),
        ("a", "whitcombe", lt_below_sga, "layout_a_long_term_below_sga.pdf",
         "Layout A; long-term goal is $900.00/month (14 hours/week), below the 2026 SGA of "
         "$1,690; the short-term goal ($1,300.00/month) is fine."),
        ("a", "abernathy", no_terms, "layout_a_no_terms.pdf",
         "Layout A; the Terms and Conditions heading and numbered list are absent; Statement of "
         "Understanding and signatures remain."),
        ("b", "biggs", en_signature_undated, "layout_b_en_signature_undated.pdf",
         "Layout B; the EN representative signed and printed name/title, but the date cell is "
         "blank."),
        ("b", "farrow", service_without_description, "layout_b_service_without_description.pdf",
         "Layout B; 'Job development' is checked [X] but has no description (blank space); the "
         "other checked services are described."),
        ("b", "ontiveros", no_work_history, "layout_b_no_work_history.pdf",
         "Layout B; the Recent Work History section is absent entirely (no jobs, no "
         "no-work statement)."),
        ("c", "nakamura", no_alternate_contact, "layout_c_no_alternate_contact.pdf",
         "Layout C overlay; section 1.3 Alternate Contact is absent."),
        ("c", "treadwell", no_discussion_summary, "layout_c_no_discussion_summary.pdf",
         "Layout C overlay; discussion date and method are typed but the summary box is absent."),
    ]
    for lay, who, defect, name, notes in defects:
        mk, build = layouts[lay]

        def _build(p, mk=mk, build=build, who=who, defect=defect):
            case, _ = defect(mk(who))
            build(case, p)

        _, overrides = defect(mk(who))
        out.append((name, _build, _iwp_expected("text", overrides, notes)))

    out.append(("form_filled.pdf", lambda p: build_form(case_form(), p, "fields"),
                _iwp_expected("form_fields", {},
                              "Fillable AcroForm (EN_Name, EN_PID, TH_Name, TH_SSN, ST_Goal_Title, "
                              "LT_Monthly_Earnings, SVC_*/SVC_*_Desc, FU_*, TH_Signature, "
                              "EN_Sign_Date, ...) with every value set; typed values exist only "
                              "in field values/appearances, not in the page text. Terms and "
                              "Statement of Understanding are printed page text. Complete.")))
    blank = {c: "missing" for c in IWP_COMPONENTS}
    blank.update(terms_and_conditions="present", statement_of_understanding="present")
    out.append(("form_blank.pdf", lambda p: build_form(None, p, "fields"),
                _iwp_expected("form_fields", blank,
                              "The same fillable form with every field empty and every box "
                              "unchecked. Only the pre-printed Terms and Conditions and "
                              "Statement of Understanding are present.")))
    out.append(("form_flattened.pdf", lambda p: build_form(case_form(), p, "flat"),
                _iwp_expected("text", {},
                              "form_filled.pdf flattened: same look, values drawn as plain text "
                              "inside the boxes, no AcroForm. Complete.")))
    out.append(("scan_image_only.pdf", lambda p: build_scan(case_a("santangelo"), p),
                dict(document_type="unknown", source="none", verdict="needs_review",
                     components={c: "unreadable_without_ocr" for c in IWP_COMPONENTS},
                     notes="Three 150-dpi bilevel page images (CCITT G4) of a complete IWP, "
                           "slightly skewed, with no text layer, no fields and no IWP words in "
                           "the metadata. Without OCR (--no-ocr, or Tesseract not "
                           "installed) the type cannot be told, so every IWP component is "
                           "unreadable_without_ocr; the `ocr` entry is the result when "
                           "Tesseract reads the pages.",
                     # What `iwp check` finds when Tesseract reads the pages (measured with
                     # Tesseract 5.3); the entry above is the answer with OCR off.
                     ocr=dict(document_type="iwp", source="ocr", verdict="complete",
                              components={c: "present" for c in IWP_COMPONENTS},
                              notes="Read by Tesseract (pdftoppm at 200 dpi, page "
                                    "segmentation 3): every component is found, so the "
                                    "verdict is complete, with warning IWP813 to compare what "
                                    "OCR read with the pages."))))
    out.append(("amendment_complete.pdf", build_amendment,
                _iwp_expected("text", {}, "Amendment No. 2 in the layout A style: EN name and "
                              "PID, Ticketholder, which IWP it amends and its date, revised "
                              "short- and long-term goals, revised services (added / continued "
                              "/ ended), both signatures dated, EN printed name. Complete.",
                              doc_type="amendment")))
    for name, build, notes in [
        ("not_iwp_state_vr_ipe.pdf", build_ipe,
         "A State VR agency Individualized Plan for Employment (IPE) modelled on the Iowa VR "
         "IPE: PURPOSE New/Review/Amendment, services grid with Arranged by / Delivered by / "
         "Funded by, progress-evidence check boxes, employment goal and signatures. Talks about "
         "employment goals and services but is not an IWP."),
        ("not_iwp_invoice.pdf", build_invoice, "An office-supply invoice billed to an EN."),
        ("not_iwp_staff_meeting_agenda.pdf", build_agenda,
         "An EN staff meeting agenda that mentions Ticket to Work, IWP submissions and "
         "Ticketholders in passing; not an IWP."),
    ]:
        out.append((name, build, dict(document_type="unknown", source="text",
                                      verdict="not_an_iwp", components={}, notes=notes)))
    return out


def main(target: Path = HERE) -> dict:
    target.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, build, exp in catalogue():
        build(target / name)
        expected[name] = exp
    with open(target / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected, fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    return expected


if __name__ == "__main__":
    os.chdir(HERE)
    exp = main()
    for n in sorted(exp):
        print(f"{(HERE / n).stat().st_size:>8}  {n}")
