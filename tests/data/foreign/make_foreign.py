#!/usr/bin/env python3
"""Generate IWP PDFs made by other producers than `iwp render`, with their answer key.

Run from the repository root::

    python tests/data/foreign/make_foreign.py            # every file
    python tests/data/foreign/make_foreign.py docx_      # only names starting with docx_
    python tests/data/foreign/make_foreign.py --key-only # rewrite expected.json, no PDFs

It writes the PDFs of this folder and ``expected.json``. Each PDF is made by a real
producer, the way Employment Networks make theirs:

* ``docx_*``  - LibreOffice (``soffice --headless --convert-to pdf``) from a Word file whose
  labels and values sit in Word tables; goals are a table with short-term and long-term as
  columns side by side.
* ``grid_*``  - Chromium ``--print-to-pdf`` of an HTML form: CSS grids in two columns,
  white headings on dark bands, a services matrix with "Provided?" Yes/No and "How" columns,
  follow-up as rows of that matrix.
* ``letter_*`` - Chromium from a narrative HTML plan: goals written as sentences, follow-up
  as one sentence, electronic-signature lines.
* ``rl_*``    - reportlab: several label/value pairs on one line, labels above values,
  ``/s/ Name`` and the date typed on the line with "Signature" and "Date" printed under it,
  vector check boxes, other words ("Participant", "Our agreement", "Staying in touch",
  "Long range vocational objective").
* ``form_*``  - a fillable AcroForm (reportlab) with generic field names (``Text12``,
  ``Check Box 7``, ``Date_2``); the real label is only in the tooltip and printed beside.
* ``scan_*``  - a complete ``grid_*`` PDF rendered by pdftoppm, skewed and speckled with
  Pillow and saved as an image-only PDF.
* ``amend_*`` - LibreOffice from a Word amendment whose revised goals and services are
  tables (goals one row each); ``amendgrid_*`` - Chromium, goals as columns.
* ``notiwp_*`` - documents that are not IWPs, from the same producers.
* Held out (added later to measure how the reader does on layouts it was not developed on):
  ``memo_*`` - LibreOffice from a narrative Word memo, headings and sentences, no tables;
  ``land_*`` - Chromium, a landscape form with three blocks side by side, CSS-drawn check
  boxes and a "Goal | Target date | Earnings" table; ``panel_*`` - reportlab, contact
  details in a boxed panel on the right, tick marks, dates as "4 March 2026" and ISO;
  ``lc_*`` - a fillable form with LiveCycle-style field names and no tooltips, signed with
  Fill & Sign ink annotations.

The content is fixed (the only randomness is seeded), so the text of every page is the
same on every run; LibreOffice and Chromium stamp their own creation dates, so their bytes
differ. The answer key comes from the data this script puts on the page, never from
running ``iwp``. All people and organisations are fictional, phone numbers are 555-01xx
and every SSN is in the never-issued 900-999 area.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from iwp import domain

HERE = Path(__file__).resolve().parent

# The component names of the answer key are iwp's own (iwp/data/headings.yaml), so a key
# and the check it tests can never name a component differently.
_COMPONENTS = domain.data_file("headings.yaml")["components"]
IWP_COMPONENTS = list(_COMPONENTS["iwp"])
AMENDMENT_COMPONENTS = list(_COMPONENTS["amendment"])
# The 2026 monthly SGA (iwp/data/thresholds.yaml, ../shared/reference/domain.md 3.1). Goals
# whose target year is later are judged against the last year listed, so it applies.
SGA_2026 = 1690
WEEKS_PER_MONTH = 52 / 12


# =============================================================================================
# Fictional data
# =============================================================================================
ENS = {
    "northgate": dict(name="Northgate Pathways Employment LLC", pid="P0091530",
                      model="traditional", street="2207 Millwright Avenue, Suite 5",
                      city="Alder Crossing", state="WI", zip="53999", phone="(608) 555-0102",
                      email="plans@northgate-pathways.example.org",
                      rep="Imogen S. Halvorsen", rep_title="Employment Consultant"),
    "brightwater": dict(name="Brightwater Career Collective", pid="P0093377",
                        model="traditional", street="14 Chandler Wharf", city="Marlow Bay",
                        state="ME", zip="04999", phone="(207) 555-0144",
                        email="ticket@brightwater-cc.example.com",
                        rep="Caspian R. Mbeki", rep_title="Career Navigator"),
    "keystone": dict(name="Keystone Ability Works, Inc.", pid="P0095120",
                     model="administrative", street="780 Quarrystone Road",
                     city="Granite Falls", state="CO", zip="80999", phone="(719) 555-0167",
                     email="iwp@keystoneability.example.net",
                     rep="Ludmila P. Oyelaran", rep_title="Ticket Program Specialist"),
    "lanternlight": dict(name="Lanternlight Employment Network", pid="P0097284",
                         model="employer", street="55 Beacon Mill Lane", city="Fernhollow",
                         state="KY", zip="40999", phone="(502) 555-0131",
                         email="en@lanternlight.example.org",
                         rep="Thaddeus K. Amankwah", rep_title="Employment Specialist"),
    "riverbend": dict(name="Riverbend Job Partners", pid="P0098861", model="traditional",
                      street="301 Ferry Landing Road", city="Osprey Point", state="NC",
                      zip="27999", phone="(919) 555-0188",
                      email="forms@riverbendjobs.example.com",
                      rep="Marguerite D. Sandoval", rep_title="Case Manager"),
}

FIRST_NAMES = ["Rosalind", "Desmond", "Anika", "Bartholomew", "Celestine", "Dorian", "Esperanza",
               "Fitzgerald", "Genevieve", "Horatio", "Isadora", "Jericho", "Katalina", "Leopold",
               "Marisela", "Nathaniel", "Octavia", "Percival", "Quintessa", "Reginald",
               "Sabrina", "Tobias", "Ursula", "Valentin", "Wilhelmina", "Xavier", "Yolanda",
               "Zebulon", "Annaliese", "Bronwyn", "Cornelius", "Delphina", "Emeric", "Florencia",
               "Gideon", "Henrietta", "Ignatius", "Josephine", "Kazimir", "Lucinda"]
LAST_NAMES = ["Ashworth", "Brannigan", "Castellane", "Delacroix-Hale", "Eversole", "Fairbanks",
              "Gallardo", "Hollingsworth", "Iwasaki", "Jorgensen", "Kowalczyk", "Lindqvist",
              "Mbatha", "Nightingale", "Okonkwo", "Pemberton-Rao", "Quartermaine", "Ravensworth",
              "Szymanski", "Thistlewood", "Umberger", "Vasconcelos", "Whitlock", "Yarborough",
              "Zielinski", "Abernethy", "Blackwood", "Cardenas", "Drummond", "Esterhuizen",
              "Fontaine", "Grimaldi", "Haverford", "Ingersoll", "Jablonski", "Kingsley",
              "Lockridge", "Montague", "Northcott", "Oyelowo"]
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"
STREETS = ["Larchmont Way", "Tannery Road", "Cobblestone Court", "Heron Bend", "Signal Hill Drive",
           "Foxglove Lane", "Pilgrim Street", "Harvest Moon Road", "Lantern Row", "Wickham Place"]
RELATIONS = ["Sister", "Mother", "Father", "Brother", "Spouse", "Friend", "Aunt", "Son",
             "Daughter", "Cousin"]
MODALITIES = [("in_person", "In person"), ("telephone", "Telephone"), ("video", "Video call")]

# (short title, hours, wage, long title, hours, wage, long-term training or None, skill)
GOALS = [
    ("Part-time pharmacy technician trainee", 20, 16.00, "Certified pharmacy technician", 40,
     21.50, ("Pharmacy technician certificate", "Granite Falls Technical College"),
     "medication inventory"),
    ("Part-time grocery clerk", 24, 15.50, "Full-time assistant store manager", 40, 22.00, None,
     "retail stocking"),
    ("Part-time customer service representative", 20, 17.00, "Customer service team lead", 40,
     21.00, None, "answering customer calls"),
    ("Part-time bookkeeping assistant", 16, 18.00, "Full-time bookkeeper", 40, 23.00,
     ("QuickBooks certified user course", "Alder Crossing Adult Education"), "spreadsheets"),
    ("Part-time warehouse associate", 20, 15.00, "Full-time warehouse lead", 40, 20.00, None,
     "forklift and shipping"),
    ("Part-time dental office receptionist", 25, 16.50, "Dental office manager", 38, 24.00,
     ("Medical office administration certificate", "Marlow Bay Community College"),
     "scheduling"),
    ("Part-time library aide", 18, 15.75, "Full-time library technician", 40, 19.50, None,
     "cataloguing"),
    ("Part-time IT help desk technician", 20, 19.00, "Network support specialist", 40, 26.00,
     ("CompTIA Network+ preparation course", "Osprey Point Community College"),
     "troubleshooting computers"),
]

JOBS = [
    ("Sunnyside Market", "Cashier (seasonal)", (2025, 5, 1), (2025, 9, 30), 12, 640.00),
    ("Copperline Call Center", "Customer support agent", (2024, 11, 1), (2025, 6, 30), 20,
     1235.00),
    ("Hillcrest Public Library", "Shelving page", (2025, 2, 1), (2025, 12, 31), 10, 560.00),
    ("Tri-County Logistics", "Packer", (2025, 1, 15), (2025, 8, 15), 16, 905.00),
    None,  # no paid work in the last 18 months
    ("Brook & Finch Dental", "Front desk temp", (2025, 3, 1), (2025, 7, 31), 15, 880.00),
    None,
    ("Pixel Repair Shop", "Repair assistant", (2024, 12, 1), (2025, 10, 31), 14, 850.00),
]

# Our own paraphrase of what the 15 Terms and Conditions cover (20 CFR 411.465 and
# ../shared/reference/domain.md 1.5). Test data, not the official wording.
TERMS = [
    "Joining the Ticket to Work program is your choice, and it costs you nothing.",
    "We may not ask you for, or take, any money for the services in this plan; Social Security "
    "pays us when you reach work and earnings milestones.",
    "We will give you, or arrange and pay for, the services and supports written in this plan.",
    "You agree to take part in the services, keep in touch with us, and show us proof of your "
    "earnings, such as pay stubs, once you work.",
    "We may change this plan or end our work together, and unassign your Ticket, if we can no "
    "longer serve you, if we lose contact, or if you no longer want our services; we will tell "
    "you why in writing.",
    "You may unassign your Ticket at any time and for any reason, and you then have 90 days to "
    "assign it to another Employment Network or to your State VR agency.",
    "If we disagree, you may use our grievance process, then ask the Ticket Program Manager and "
    "then Social Security to decide, and you can get free help from the Protection and Advocacy "
    "for Beneficiaries of Social Security (PABSS) program.",
    "We keep your personal and disability information private and share it only when the law "
    "allows or when you agree in writing.",
    "You may ask to change this plan at any time; a change takes effect when both of us agree "
    "and sign it.",
    "You will get a copy of this plan and of every change to it, in the accessible format you "
    "choose.",
    "While your Ticket is assigned and you make timely progress, Social Security will not start "
    "a medical continuing disability review.",
    "We will explain work incentives and safety nets such as continued Medicare or Medicaid and "
    "Expedited Reinstatement, or refer you to a WIPA project for them.",
    "Your Ticket can be assigned to only one Employment Network or State VR agency at a time.",
    "We will contact you at least monthly before you are employed and at least quarterly once "
    "you are, and keep a note of each contact.",
    "Qualified staff deliver our services, and any health-related service is supervised by a "
    "licensed professional.",
]


def statement_text(en_name: str) -> str:
    """A first-person Statement of Understanding (our wording)."""
    return (f"I have chosen to work with {en_name} under the Ticket to Work program. I "
            "understand that taking part is voluntary, that this plan lists the goals we set "
            "together and the services the Employment Network will give me, and that I may ask "
            "for changes or take my Ticket back at any time. I have read, or had read to me, "
            "the terms and conditions above, and I have received a copy of this plan.")


def _money(amount: float, cents: bool = True, commas: bool = True) -> str:
    if cents:
        text = f"{amount:,.2f}" if commas else f"{amount:.2f}"
    else:
        text = f"{round(amount):,}" if commas else f"{round(amount)}"
    return "$" + text


def _monthly(hours: float, wage: float) -> float:
    return round(hours * wage * WEEKS_PER_MONTH, 2)


def _date(d: dt.date | None, style: str) -> str:
    if d is None:
        return ""
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if style == "abbr":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    raise ValueError(style)


def make_case(index: int, en_key: str) -> dict:
    """One complete fictional IWP: person ``index`` served by EN ``en_key``."""
    rng = random.Random(7919 * (index + 1))
    en = ENS[en_key]
    first, last = FIRST_NAMES[index % len(FIRST_NAMES)], LAST_NAMES[index % len(LAST_NAMES)]
    middle = MIDDLE_INITIALS[index % len(MIDDLE_INITIALS)] + "."
    ssn = f"{rng.randint(900, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    area = en["phone"][1:4]
    phone = f"({area}) 555-01{rng.randint(10, 99)}"
    mobile = f"({area}) 555-01{rng.randint(10, 99)}" if index % 3 else None
    street = f"{rng.randint(12, 9800)} {STREETS[index % len(STREETS)]}"
    if index % 4 == 1:
        street += f", Apt {rng.randint(1, 30)}"
    dob = dt.date(1965 + rng.randint(0, 35), rng.randint(1, 12), rng.randint(1, 28))
    alt_first = FIRST_NAMES[(index + 17) % len(FIRST_NAMES)]
    alt = dict(name=f"{alt_first} {last}", relationship=RELATIONS[index % len(RELATIONS)],
               phone=f"({area}) 555-01{rng.randint(10, 99)}",
               address=f"{rng.randint(12, 9800)} {STREETS[(index + 3) % len(STREETS)]}, "
                       f"{en['city']}, {en['state']} {en['zip']}")
    discussion_date = dt.date(2026, 1, 5) + dt.timedelta(days=3 * index)
    modality = MODALITIES[index % len(MODALITIES)]
    (st_title, st_hours, st_wage, lt_title, lt_hours, lt_wage, training,
     skill) = GOALS[index % len(GOALS)]
    title = "Ms." if index % 2 == 0 else "Mr."
    job = JOBS[index % len(JOBS)]
    if job:
        employer, job_title, start, end, hours, earnings = job
        work = dict(jobs=[dict(employer=employer, title=job_title, start=dt.date(*start),
                               end=dt.date(*end), hours=hours, monthly=earnings)],
                    no_work=None)
    else:
        work = dict(jobs=[], no_work=f"{title} {last} has not worked for pay in the last 18 "
                                     "months; the last job ended in 2023.")
    summary = (
        f"We met with {first} {last} for about an hour to talk about their "
        f"experience with {skill}, the kind of work {first} wants, and questions about how "
        f"earnings affect benefits. We agreed that a {st_title.lower()} job is a realistic first "
        f"step because of that experience and because local employers are hiring now, and "
        f"that with the services below the long-term goal of {lt_title.lower()} is attainable "
        f"within three to five years.")
    services = [
        dict(key="benefits_counseling", label="Benefits counseling", provided=True,
             description=("Refer to a WIPA project through the Ticket to Work Help Line within "
                          "30 days for a benefits summary."),
             provider="WIPA project", frequency="Once, within 30 days"),
        dict(key="job_development", label="Job development", provided=True,
             description=(f"Update the resume around {skill}, practise interviews twice, and "
                          "contact employers with matching openings."),
             provider=en["rep"], frequency="Weekly until hired"),
        dict(key="training", label="Training", provided=training is not None,
             description=(f"Pay tuition for the {training[0]} at {training[1]} and review "
                          "progress each term." if training else ""),
             provider=training[1] if training else "", frequency="Each term" if training else ""),
        dict(key="job_search", label="Job search assistance", provided=True,
             description="Send job leads each week and help with applications and follow-up.",
             provider=en["rep"], frequency="Weekly"),
        dict(key="job_accommodation", label="Job accommodations", provided=index % 2 == 0,
             description=("Help identify and request a workplace accommodation with the "
                          "employer." if index % 2 == 0 else ""),
             provider=en["rep"] if index % 2 == 0 else "", frequency="As needed"
             if index % 2 == 0 else ""),
        dict(key="job_coaching", label="Job coaching", provided=False, description="",
             provider="", frequency=""),
        dict(key="job_retention", label="Job retention and ongoing support", provided=True,
             description=("Check in after hire to help with schedules, accommodations and "
                          "earnings reports."),
             provider=en["rep"], frequency="Monthly for a year, then quarterly"),
    ]
    en_sign = discussion_date + dt.timedelta(days=1 + index % 3)
    return dict(
        index=index, en=dict(en), en_key=en_key,
        th=dict(first=first, middle=middle, last=last, title=title, ssn=ssn, dob=dob,
                street=street, city=en["city"], state=en["state"], zip=en["zip"], phone=phone,
                mobile=mobile, email=f"{first.lower()}.{last.lower().replace('-', '')}"
                                     "@example.com",
                preferred="telephone" if index % 2 else "email"),
        alt=alt,
        discussion=dict(date=discussion_date, modality=modality, summary=summary),
        work=work,
        st=dict(title=st_title, hours=st_hours, wage=st_wage,
                monthly=_monthly(st_hours, st_wage), target=dt.date(2026, 12, 31),
                training=None),
        lt=dict(title=lt_title, hours=lt_hours, wage=lt_wage,
                monthly=_monthly(lt_hours, lt_wage), target=dt.date(2029, 6, 30),
                training=training),
        services=services,
        follow_up=dict(initial="monthly", ongoing="quarterly",
                       methods=["telephone", "email", "in person"]),
        terms=list(TERMS),
        statement=statement_text(en["name"]),
        th_sig=dict(signed=True, date=discussion_date),
        en_sig=dict(signed=True, date=en_sign, name=en["rep"], title=en["rep_title"]),
    )


def case_values(case: dict, kind: str = "iwp") -> dict:
    """Dotted plan-format paths -> the value this case prints (dates ISO, money as numbers)."""
    th, values = case["th"], {}
    values["employment_network.name"] = case["en"]["name"]
    values["employment_network.pid"] = case["en"]["pid"]
    values["ticketholder.name.first"] = th["first"]
    values["ticketholder.name.last"] = th["last"]
    values["ticketholder.ssn"] = th["ssn"]
    if kind == "iwp":
        d = case["discussion"]
        if d["date"]:
            values["discussion.date"] = d["date"].isoformat()
        if case["alt"]:
            values["ticketholder.alternate_contact.name"] = case["alt"]["name"]
    for term in ("short_term", "long_term"):
        goal = case["st" if term == "short_term" else "lt"]
        if goal is None:
            continue
        base = f"employment_goals.{term}."
        values[base + "job_title"] = goal["title"]
        values[base + "hours_per_week"] = goal["hours"]
        values[base + "hourly_wage"] = goal["wage"]
        values[base + "monthly_earnings"] = goal["monthly"]
        values[base + "target_date"] = goal["target"].isoformat()
    if case["th_sig"]["signed"] and case["th_sig"]["date"]:
        values["signatures.ticketholder.date"] = case["th_sig"]["date"].isoformat()
    if case["en_sig"]["signed"] and case["en_sig"]["date"]:
        values["signatures.en_representative.date"] = case["en_sig"]["date"].isoformat()
    if case["en_sig"]["signed"]:
        values["signatures.en_representative.name"] = case["en_sig"]["name"]
    return values


# =============================================================================================
# Defects: each edits a complete case in exactly one way and says what that does
# =============================================================================================
def d_no_alternate_contact(case):
    case["alt"] = None
    return {"alternate_contact": "missing"}, "no alternate contact anywhere"


def d_no_discussion_summary(case):
    case["discussion"]["summary"] = None
    return {"discussion_summary": "missing"}, "discussion date and method, but no summary"


def d_no_discussion_record(case):
    case["discussion"]["date"] = None
    case["discussion"]["modality"] = None
    return ({"discussion_record": "missing"},
            "the summary is there but the discussion date and method are not")


def d_no_work_history(case):
    case["work"] = None
    return {"work_history": "missing"}, "no work history section (no jobs, no no-work statement)"


def d_long_term_below_sga(case):
    case["lt"].update(title="Part-time office assistant", hours=20, wage=15.00,
                      monthly=_monthly(20, 15.00), training=None)
    return ({"long_term_goal": "deficient"},
            f"long-term goal is {_money(_monthly(20, 15.00))} a month, below the 2026 SGA "
            f"(${SGA_2026:,}); the short-term goal is fine")


def d_service_without_description(case):
    for service in case["services"]:
        if service["key"] == "job_development":
            service["description"] = ""
    return ({"services_and_supports": "deficient"},
            "'Job development' is marked provided but its description is empty")


def d_ticketholder_unsigned(case):
    case["th_sig"] = dict(signed=False, date=None)
    return ({"ticketholder_signature": "missing"},
            "the Ticketholder signature line and its date are blank (the EN signed)")


def d_ticketholder_undated(case):
    case["th_sig"]["date"] = None
    return ({"ticketholder_signature": "deficient"},
            "the Ticketholder signed but the date is blank")


def d_en_undated(case):
    case["en_sig"]["date"] = None
    return {"en_signature": "deficient"}, "the EN representative signed but did not date"


def d_no_terms(case):
    case["terms"] = None
    return {"terms_and_conditions": "missing"}, "no terms and conditions"


def d_no_statement(case):
    case["statement"] = None
    return ({"statement_of_understanding": "missing"},
            "no statement of understanding (terms and signatures remain)")


def d_no_follow_up(case):
    case["follow_up"] = None
    return {"follow_up": "missing"}, "no follow-up / contact schedule anywhere"


def d_follow_up_quarterly(case):
    case["follow_up"] = dict(initial="quarterly", ongoing="quarterly",
                             methods=["telephone"])
    return ({"follow_up": "deficient"},
            "follow-up is only every three months while looking for work (must be monthly)")


def d_no_short_term_goal(case):
    case["st"] = None
    return {"short_term_goal": "missing"}, "only a long-term goal; no short-term goal"


# =============================================================================================
# Producer 1: LibreOffice from hand-written WordprocessingML (.docx)
# =============================================================================================
DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""
DOCX_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/><w:sz w:val="19"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
</w:styles>"""
DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created>
</cp:coreProperties>"""
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TWIPS_PER_INCH = 1440
DOCX_TEXT_WIDTH = int(7.0 * TWIPS_PER_INCH)  # letter, 0.75 in margins


class Docx:
    """A tiny WordprocessingML writer: paragraphs and bordered tables, nothing else."""

    def __init__(self, title: str, creator: str) -> None:
        self.parts: list[str] = []
        self.title, self.creator = title, creator

    @staticmethod
    def run(text: str, bold=False, italic=False, size=None, color=None, font=None) -> str:
        props = ""
        if font:
            props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
        if bold:
            props += "<w:b/>"
        if italic:
            props += "<w:i/>"
        if color:
            props += f'<w:color w:val="{color}"/>'
        if size:
            props += f'<w:sz w:val="{int(size * 2)}"/>'
        lines = str(text).split("\n")
        body = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(line)}</w:t>'
                              for line in lines)
        return f"<w:r><w:rPr>{props}</w:rPr>{body}</w:r>"

    @classmethod
    def para_xml(cls, content, style=None, align=None, bold=False, size=None, italic=False,
                 space_after=None) -> str:
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if space_after is not None:
            ppr += f'<w:spacing w:after="{space_after}"/>'
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        if isinstance(content, str):
            runs = cls.run(content, bold=bold, size=size, italic=italic) if content else ""
        else:
            runs = "".join(content)
        return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"

    def para(self, content, **kw) -> None:
        self.parts.append(self.para_xml(content, **kw))

    def heading(self, text: str, level: int = 1) -> None:
        self.para(text, style=f"Heading{level}")

    def table(self, rows, widths, shade_first_col=False, header=False, bold_first_col=False,
              borders=True) -> None:
        """``rows``: lists of cells; a cell is text, a list of paragraph XML, or a dict
        ``{"text"|"xml", "span", "shade", "bold"}``. ``widths`` in inches."""
        tw = [int(w * TWIPS_PER_INCH) for w in widths]
        border = ("<w:tblBorders>" + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>") if borders else ""
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(tw)}" w:type="dxa"/>{border}'
               '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/>'
               '<w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
               + "".join(f'<w:gridCol w:w="{w}"/>' for w in tw) + "</w:tblGrid>"]
        for r, row in enumerate(rows):
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            col = 0
            for c, cell in enumerate(row):
                spec = cell if isinstance(cell, dict) else {"text": cell}
                span = spec.get("span", 1)
                width = sum(tw[col:col + span])
                shade = spec.get("shade") or (
                    "E7E6E6" if (shade_first_col and c == 0) or (header and r == 0) else None)
                bold = spec.get("bold", (bold_first_col and c == 0) or (header and r == 0))
                tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if shade:
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
                if "xml" in spec:
                    paras = "".join(spec["xml"])
                else:
                    text = spec.get("text") or ""
                    paras = "".join(self.para_xml(line, bold=bold)
                                    for line in str(text).split("\n\n")) if text else \
                        self.para_xml("")
                out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>")
                col += span
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))
        self.para("", space_after=60)

    def page_break(self) -> None:
        self.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def save(self, path: Path, footer: str | None = None) -> None:
        sect = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1008" '
                'w:right="1080" w:bottom="1008" w:left="1080" w:header="500" w:footer="500" '
                'w:gutter="0"/></w:sectPr>')
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}>'
               f"<w:body>{''.join(self.parts)}{sect}</w:body></w:document>")
        files = {
            "[Content_Types].xml": DOCX_CONTENT_TYPES,
            "_rels/.rels": DOCX_RELS,
            "word/_rels/document.xml.rels": DOCX_DOC_RELS,
            "word/document.xml": doc,
            "word/styles.xml": DOCX_STYLES,
            "docProps/core.xml": DOCX_CORE.format(title=escape(self.title),
                                                  creator=escape(self.creator)),
        }
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in files.items():
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, text)


def _check_glyph(on: bool) -> str:
    return "\u2612" if on else "\u2610"


def build_docx_iwp(case: dict) -> Docx:
    """Layout ``docx``: a Word template with every label and value in table cells."""
    en, th, d = case["en"], case["th"], case["discussion"]
    doc = Docx(f"Individual Work Plan - {th['first']} {th['last']}", en["name"])
    doc.para(en["name"], align="center", bold=True, size=12)
    doc.para(f"{en['street']}, {en['city']}, {en['state']} {en['zip']}  |  {en['phone']}",
             align="center", size=8.5)
    doc.para("Individual Work Plan (IWP)", style="Title")
    doc.para("Ticket to Work Program - Employment Network plan with the Ticketholder",
             align="center", italic=True, size=9)
    doc.heading("Part 1. Contact Information")
    doc.heading("Employment Network", 2)
    models = "   ".join(f"{_check_glyph(en['model'] == m)} {m.title()}"
                        for m in ("traditional", "employer", "administrative"))
    doc.table([["Employment Network name", en["name"]],
               ["Provider ID (PID)", en["pid"]],
               ["Business model", models],
               ["Address", f"{en['street']}\n\n{en['city']}, {en['state']} {en['zip']}"],
               ["Telephone", en["phone"]],
               ["Email", en["email"]],
               ["EN representative", f"{en['rep']}, {en['rep_title']}"]],
              [2.1, 4.9], shade_first_col=True, bold_first_col=True)
    doc.heading("Ticketholder", 2)
    doc.table([["First name", th["first"], "Last name", th["last"]],
               ["Middle initial", th["middle"], "Social Security No.", th["ssn"]],
               ["Street address", th["street"], "City, State, ZIP",
                f"{th['city']}, {th['state']} {th['zip']}"],
               ["Home phone", th["phone"], "Mobile phone", th["mobile"] or "None"],
               ["Email", th["email"], "Preferred contact", th["preferred"].title()]],
              [1.35, 2.15, 1.35, 2.15], shade_first_col=False)
    if case["alt"]:
        alt = case["alt"]
        doc.heading("Alternate Contact", 2)
        doc.table([["Name", alt["name"], "Relationship", alt["relationship"]],
                   ["Telephone", alt["phone"], "Address", alt["address"]]],
                  [1.35, 2.15, 1.35, 2.15])
    doc.heading("Part 2. Documentation of the Discussion")
    doc.heading("Section 1. Discussion Arrangement", 2)
    rows = []
    if d["date"]:
        rows.append(["Date of discussion", _date(d["date"], "long")])
        rows.append(["How we met", d["modality"][1]])
    if d["summary"] and d.get("summary_place") == "term15":
        rows.append(["Discussion summary", "See Part 3, item 15."])
    elif d["summary"]:
        rows.append(["Discussion summary", d["summary"]])
    doc.table(rows, [2.1, 4.9], shade_first_col=True, bold_first_col=True)
    if case["work"] is not None:
        doc.heading("Section 2. Recent Work History (last 18 months)", 2)
        work = case["work"]
        if work["jobs"]:
            rows = [["Employer", "Job title", "From", "To", "Hours a week", "Monthly earnings"]]
            for job in work["jobs"]:
                rows.append([job["employer"], job["title"], _date(job["start"], "us"),
                             _date(job["end"], "us"), str(job["hours"]),
                             _money(job["monthly"])])
            doc.table(rows, [1.5, 1.5, 0.95, 0.95, 0.9, 1.2], header=True)
        else:
            doc.table([["No work in this period", work["no_work"]]], [2.1, 4.9],
                      shade_first_col=True, bold_first_col=True)
    doc.heading("Section 3. Employment Goals", 2)
    goals = [(name, g) for name, g in (("Short-term goal (first 18 months)", case["st"]),
                                       ("Long-term goal (3 to 5 years)", case["lt"])) if g]
    header = [""] + [name for name, _ in goals]

    def training_text(g):
        return f"{g['training'][0]}, {g['training'][1]}" if g["training"] else "None planned"

    rows = [header,
            ["Job title"] + [g["title"] for _, g in goals],
            ["Target date"] + [_date(g["target"], "long") for _, g in goals],
            ["Hours per week"] + [str(g["hours"]) for _, g in goals],
            ["Hourly wage"] + [_money(g["wage"]) for _, g in goals],
            ["Expected monthly earnings"] + [_money(g["monthly"]) for _, g in goals],
            ["Education or training"] + [training_text(g) for _, g in goals]]
    value_width = 5.0 / len(goals)
    doc.table(rows, [2.0] + [value_width] * len(goals), header=True, shade_first_col=True,
              bold_first_col=True)
    doc.heading("Section 4. Services and Supports", 2)
    doc.para("A marked box means the EN will provide the service as described.", size=8.5,
             italic=True)
    rows = [["", "Service", "What we will do", "Provided by", "How often"]]
    for s in case["services"]:
        rows.append([_check_glyph(s["provided"]), s["label"], s["description"], s["provider"],
                     s["frequency"]])
    doc.table(rows, [0.35, 1.35, 2.9, 1.3, 1.1], header=True)
    if case["follow_up"]:
        fu = case["follow_up"]
        doc.heading("Follow-up Contact", 2)
        freq = {"monthly": "At least once a month", "quarterly": "At least once every three "
                "months"}
        doc.table([["While looking for work", f"{freq[fu['initial']]}, by "
                    + " or ".join(fu["methods"])],
                   ["After starting work", f"{freq[fu['ongoing']]}, by "
                    + " or ".join(fu["methods"])]],
                  [2.1, 4.9], shade_first_col=True, bold_first_col=True)
    doc.heading("Part 3. Agreement")
    if case["terms"]:
        doc.heading("Terms and Conditions", 2)
        terms = case["terms"]
        if d["summary"] and d.get("summary_place") == "term15":
            # The EN Guide lets an EN with no other terms put the summary under item 15.
            terms = terms[:14] + [f"Other terms: none. {terms[14]} Discussion summary: "
                                  f"{d['summary']}"]
        for i, term in enumerate(terms, 1):
            doc.para(f"{i}. {term}", size=9)
    if case["statement"]:
        doc.heading("Statement of Understanding", 2)
        doc.para(case["statement"], size=9)
    doc.heading("Signatures", 2)
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    doc.table([["Signer", "Signature", "Date"],
               ["Ticketholder", f"/s/ {th_name}" if ths["signed"] else "",
                _date(ths["date"], "long") if ths["signed"] else ""],
               ["EN representative", f"/s/ {ens['name']}" if ens["signed"] else "",
                _date(ens["date"], "long") if ens["signed"] else ""],
               ["EN representative printed name and title", f"{ens['name']}, {ens['title']}",
                ""]],
              [2.1, 3.2, 1.7], header=True, bold_first_col=True)
    return doc


def soffice_convert(sources: list[Path], outdir: Path) -> None:
    """Convert Word files to PDF with LibreOffice in one run (a fresh, throwaway profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make_foreign.py: LibreOffice is needed for docx_/amend_ files "
                 "(apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir",
                        str(outdir), *map(str, sources)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600)


# =============================================================================================
# Producer 2: reportlab, drawn line by line on a canvas
# =============================================================================================
def _reportlab():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    return letter, canvas


class Pen:
    """A cursor that writes down a reportlab page and starts a new page when it runs out."""

    MARGIN = 54
    BOTTOM = 60

    def __init__(self, path: Path, title: str, footer: str) -> None:
        letter, canvas = _reportlab()
        self.width, self.height = letter
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(footer)
        self.footer = footer
        self.page = 1
        self.y = self.height - self.MARGIN

    def _footer(self) -> None:
        self.c.setFont("Helvetica", 7.5)
        self.c.setFillGray(0.35)
        self.c.drawString(self.MARGIN, 30, self.footer)
        self.c.drawRightString(self.width - self.MARGIN, 30, f"Page {self.page}")
        self.c.setFillGray(0)

    def need(self, height: float) -> None:
        if self.y - height < self.BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.height - self.MARGIN

    def text(self, x: float, text: str, font="Helvetica", size=9.5, advance=True) -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        if advance:
            self.y -= size + 4

    def wrap(self, text: str, x: float = None, width: float = None, font="Helvetica",
             size=9.5, leading=None) -> None:
        from reportlab.lib.utils import simpleSplit

        x = self.MARGIN if x is None else x
        width = (self.width - self.MARGIN - x) if width is None else width
        leading = leading or size + 3
        for line in simpleSplit(text, font, size, width):
            self.need(leading)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            self.y -= leading

    def heading(self, text: str, size=12) -> None:
        self.need(40)
        self.y -= 8
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(self.MARGIN, self.y, text)
        self.c.setLineWidth(0.6)
        self.c.line(self.MARGIN, self.y - 4, self.width - self.MARGIN, self.y - 4)
        self.y -= size + 8

    def pairs(self, items: list[tuple[str, str]], gap: float = 18, size=9.5) -> None:
        """Several ``Label: value`` pairs on one line, spaced by ``gap`` points."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.need(size + 6)
        x = self.MARGIN
        for label, value in items:
            self.c.setFont("Helvetica-Bold", size)
            self.c.drawString(x, self.y, label + ":")
            x += stringWidth(label + ":", "Helvetica-Bold", size) + 4
            self.c.setFont("Helvetica", size)
            self.c.drawString(x, self.y, value)
            x += stringWidth(value, "Helvetica", size) + gap
        self.y -= size + 6

    def stacked(self, items: list[tuple[str, str, float]]) -> None:
        """Small grey labels with their values printed under them, side by side."""
        self.need(30)
        x = self.MARGIN
        for label, value, width in items:
            self.c.setFont("Helvetica", 7)
            self.c.setFillGray(0.4)
            self.c.drawString(x, self.y, label.upper())
            self.c.setFillGray(0)
            self.c.setFont("Helvetica", 10)
            self.c.drawString(x, self.y - 13, value)
            self.c.setLineWidth(0.4)
            self.c.line(x, self.y - 16, x + width - 10, self.y - 16)
            x += width
        self.y -= 30

    def box(self, x: float, checked: bool, size: float = 8) -> None:
        """A check box drawn as a vector square, with an X of two strokes when checked."""
        y = self.y - 1.5
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, size, size, stroke=1, fill=0)
        if checked:
            self.c.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
            self.c.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)

    def signature(self, x: float, width: float, signed_text: str | None, label: str,
                  drawn: bool = False) -> None:
        """A line with what was typed on it and ``label`` printed under it."""
        self.c.setLineWidth(0.6)
        self.c.line(x, self.y, x + width, self.y)
        if signed_text and drawn:
            self._scribble(x + 6, self.y + 3, min(width - 12, 130))
        elif signed_text:
            self.c.setFont("Times-Italic", 11)
            self.c.drawString(x + 4, self.y + 3, signed_text)
        self.c.setFont("Helvetica", 7.5)
        self.c.drawString(x, self.y - 10, label)

    def _scribble(self, x: float, y: float, width: float) -> None:
        """A handwritten-looking signature: a seeded wavy vector path."""
        rng = random.Random(int(x * 10 + y))
        path = self.c.beginPath()
        path.moveTo(x, y + 6)
        step = width / 14
        for i in range(1, 15):
            path.curveTo(x + step * (i - 0.7), y + rng.uniform(10, 20),
                         x + step * (i - 0.3), y + rng.uniform(-2, 6), x + step * i,
                         y + rng.uniform(3, 12))
        self.c.setLineWidth(1.1)
        self.c.drawPath(path, stroke=1, fill=0)

    def save(self) -> None:
        self._footer()
        self.c.save()


def build_rl_iwp(case: dict, path: Path, drawn_signature: bool = False) -> None:
    """Layout ``rl``: a one-page-per-part agency form with its own words for every part."""
    en, th, d = case["en"], case["th"], case["discussion"]
    pen = Pen(path, "Participant Employment Plan", f"{en['name']} - Ticket to Work IWP "
              "(form KAW-7, rev. 2025)")
    pen.c.setFont("Helvetica-Bold", 15)
    pen.c.drawCentredString(pen.width / 2, pen.y, "Individual Work Plan")
    pen.y -= 16
    pen.c.setFont("Helvetica", 9.5)
    pen.c.drawCentredString(pen.width / 2, pen.y, f"{en['name']}  -  Ticket to Work "
                            "Employment Network")
    pen.y -= 20
    pen.heading("Employment Network")
    pen.pairs([("EN name", en["name"]), ("PID", en["pid"])])
    pen.pairs([("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")])
    pen.pairs([("Phone", en["phone"]), ("Email", en["email"])])
    pen.need(14)
    pen.text(pen.MARGIN, "Business model:", font="Helvetica-Bold", advance=False)
    x = pen.MARGIN + 80
    for model in ("traditional", "employer", "administrative", "other"):
        pen.box(x, en["model"] == model)
        pen.text(x + 12, model.title(), advance=False)
        x += 90
    pen.y -= 16
    pen.heading("Participant")
    pen.stacked([("Last name", th["last"], 170), ("First name", th["first"], 140),
                 ("M.I.", th["middle"], 50), ("Social Security number", th["ssn"], 140)])
    pen.stacked([("Street", th["street"], 230),
                 ("City / State / ZIP", f"{th['city']}, {th['state']} {th['zip']}", 270)])
    pen.stacked([("Phone", th["phone"], 130), ("Cell", th["mobile"] or "-", 130),
                 ("Email", th["email"], 240)])
    pen.pairs([("Date of birth", _date(th["dob"], "us")),
               ("Best way to reach me", th["preferred"])])
    if case["alt"]:
        alt = case["alt"]
        pen.heading("Someone else we may contact")
        pen.pairs([("Name", alt["name"]), ("Relationship", alt["relationship"]),
                   ("Phone", alt["phone"])])
        pen.pairs([("Address", alt["address"])])
    pen.heading("Our conversation")
    if d["date"]:
        pen.pairs([("Date we met", _date(d["date"], "us")), ("How", d["modality"][1])])
    if d["summary"]:
        pen.text(pen.MARGIN, "What we talked about and why these goals fit:",
                 font="Helvetica-Bold")
        pen.wrap(d["summary"])
    if case["work"] is not None:
        pen.heading("Work in the last 18 months")
        if case["work"]["jobs"]:
            for job in case["work"]["jobs"]:
                pen.pairs([("Employer", job["employer"]), ("Position", job["title"])])
                pen.pairs([("Dates", f"{_date(job['start'], 'us')} - {_date(job['end'], 'us')}"),
                           ("Hours per week", str(job["hours"])),
                           ("Gross monthly pay", _money(job["monthly"], cents=False))])
        else:
            pen.wrap(case["work"]["no_work"])
    pen.new_page()
    pen.heading("Vocational objectives")
    for label, goal in (("Immediate vocational objective (within 18 months)", case["st"]),
                        ("Long range vocational objective (3 to 5 years)", case["lt"])):
        if goal is None:
            continue
        pen.need(60)
        pen.text(pen.MARGIN, label, font="Helvetica-Bold", size=10)
        pen.pairs([("Occupation", goal["title"]), ("By", _date(goal["target"], "long"))])
        pen.pairs([("Hours per week", str(goal["hours"])),
                   ("Hourly wage", _money(goal["wage"])),
                   ("Expected gross monthly earnings", _money(goal["monthly"]))], gap=22)
        if goal["training"]:
            pen.pairs([("Training", f"{goal['training'][0]} at {goal['training'][1]}")])
        pen.y -= 6
    pen.heading("Services and supports we will provide")
    for s in case["services"]:
        pen.need(30)
        pen.box(pen.MARGIN, s["provided"])
        pen.text(pen.MARGIN + 14, s["label"], font="Helvetica-Bold")
        if s["provided"]:
            pen.wrap(f"How: {s['description']}", x=pen.MARGIN + 14)
            pen.text(pen.MARGIN + 14, f"Who: {s['provider']}    How often: {s['frequency']}",
                     size=8.5)
        pen.y -= 3
    if case["follow_up"]:
        fu = case["follow_up"]
        words = {"monthly": "at least once a month", "quarterly": "at least once every 3 months"}
        pen.heading("Staying in touch")
        pen.pairs([("Before you have a job", words[fu["initial"]])])
        pen.pairs([("After you start working", words[fu["ongoing"]])])
        pen.pairs([("How", ", ".join(fu["methods"]))])
    pen.new_page()
    if case["terms"]:
        pen.heading("Our agreement")
        for i, term in enumerate(case["terms"], 1):
            pen.wrap(f"{i}.  {term}", size=9)
            pen.y -= 1
    if case["statement"]:
        pen.heading("What I understand")
        pen.wrap(case["statement"], size=9)
    pen.need(150)
    pen.y -= 30
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['last']}"
    pen.signature(pen.MARGIN, 300, f"/s/ {th_name}" if ths["signed"] else None,
                  "Participant Signature", drawn=drawn_signature)
    pen.signature(pen.MARGIN + 330, 170, _date(ths["date"], "us") if ths["signed"] else None,
                  "Date")
    pen.y -= 48
    pen.signature(pen.MARGIN, 300, f"/s/ {ens['name']}" if ens["signed"] else None,
                  "Employment Network Representative Signature")
    pen.signature(pen.MARGIN + 330, 170, _date(ens["date"], "us") if ens["signed"] else None,
                  "Date")
    pen.y -= 48
    pen.signature(pen.MARGIN, 300, f"{ens['name']}, {ens['title']}",
                  "Printed name and title of EN representative")
    pen.save()


# =============================================================================================
# Producer 3: Chromium --print-to-pdf of HTML forms
# =============================================================================================
def chromium_print(html_text: str, out: Path, tmp: Path) -> None:
    """Print an HTML page to PDF with headless Chromium (no header or footer lines)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or \
        shutil.which("google-chrome")
    if not chromium:
        sys.exit("make_foreign.py: Chromium is needed for grid_/letter_/scan_ files "
                 "(apt-get install chromium)")
    source = tmp / (out.stem + ".html")
    source.write_text(html_text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-pdf-header-footer", f"--user-data-dir={profile}",
                        f"--print-to-pdf={out}", source.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=120)


def _h(text) -> str:
    return html.escape(str(text))


GRID_CSS = """
@page { size: letter; margin: 0.55in 0.6in; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8.8pt; margin: 0;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
header { display: grid; grid-template-columns: 2fr 1fr; border-bottom: 3px solid #1f3864;
         padding-bottom: 6px; }
header .org { font-size: 13pt; font-weight: bold; color: #1f3864; }
header .doc { text-align: right; font-size: 14pt; font-weight: bold; }
header .sub { font-size: 8pt; color: #444; }
.band { background: #1f3864; color: #ffffff; font-weight: bold; font-size: 10pt;
        padding: 4px 8px; margin: 10px 0 5px; break-after: avoid; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.two > div > .band { margin-top: 4px; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 3px 6px; }
.fields.four { grid-template-columns: 1fr 1fr 1fr 1fr; }
.f { border: 1px solid #8a8a8a; padding: 2px 5px 3px; min-height: 29px; break-inside: avoid; }
.f.wide { grid-column: 1 / -1; }
.f .l { display: block; font-size: 6.8pt; color: #555; text-transform: uppercase;
        letter-spacing: 0.03em; }
.f .v { display: block; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; }
th { background: #d9e2f3; text-align: left; font-size: 8pt; }
th, td { border: 1px solid #777; padding: 3px 4px; vertical-align: top; }
tr { break-inside: avoid; }
td.yn { text-align: center; width: 0.6in; font-weight: bold; }
ol.terms { column-count: 2; column-gap: 18px; padding-left: 18px; margin: 0; font-size: 8pt; }
ol.terms li { break-inside: avoid; margin-bottom: 3px; }
.sig .v { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 11pt; }
"""


def _field(label: str, value, wide: bool = False) -> str:
    cls = "f wide" if wide else "f"
    return (f'<div class="{cls}"><span class="l">{_h(label)}</span>'
            f'<span class="v">{_h(value) if value else "&nbsp;"}</span></div>')


def build_grid_iwp(case: dict) -> str:
    """Layout ``grid``: an HTML form of CSS grids, two columns, white-on-dark bands."""
    en, th, d = case["en"], case["th"], case["discussion"]
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Individual Work "
           f"Plan - {_h(th['first'])} {_h(th['last'])}</title><style>{GRID_CSS}</style></head>"
           "<body>",
           f"<header><div><div class='org'>{_h(en['name'])}</div><div class='sub'>Employment "
           f"Network &middot; {_h(en['city'])}, {_h(en['state'])}</div></div><div><div "
           "class='doc'>INDIVIDUAL WORK PLAN</div><div class='sub' style='text-align:right'>"
           "Ticket to Work Program</div></div></header>",
           "<div class='two'><div><div class='band'>A. Employment Network</div><div "
           "class='fields'>",
           _field("EN name", en["name"], wide=True), _field("Provider ID (PID)", en["pid"]),
           _field("Business model", en["model"].title()),
           _field("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}",
                  wide=True),
           _field("Phone", en["phone"]), _field("Email", en["email"]),
           _field("EN contact person", f"{en['rep']}, {en['rep_title']}", wide=True),
           "</div></div><div><div class='band'>B. Ticket Holder</div><div class='fields'>",
           _field("First name", th["first"]), _field("Last name", th["last"]),
           _field("SSN", th["ssn"]), _field("Date of birth", _date(th["dob"], "us_short")),
           _field("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}",
                  wide=True),
           _field("Phone", th["phone"]), _field("Mobile", th["mobile"] or "none"),
           _field("Email", th["email"]), _field("Preferred contact", th["preferred"]),
           "</div></div></div>"]
    if case["alt"]:
        alt = case["alt"]
        out += ["<div class='band'>C. Alternate contact</div><div class='fields four'>",
                _field("Name", alt["name"]), _field("Relationship", alt["relationship"]),
                _field("Phone", alt["phone"]), _field("Address", alt["address"]), "</div>"]
    out.append("<div class='band'>D. Discussion with the Ticket Holder</div><div "
               "class='fields'>")
    if d["date"]:
        out += [_field("Date of meeting", _date(d["date"], "us_short")),
                _field("Format", d["modality"][1])]
    if d["summary"] and d.get("summary_place") == "attachment":
        out.append(_field("Summary of the discussion", "See Attachment A (last page).",
                          wide=True))
    elif d["summary"]:
        out.append(_field("Summary of the discussion", d["summary"], wide=True))
    out.append("</div>")
    if case["work"] is not None:
        out.append("<div class='band'>E. Work history (past 18 months)</div>")
        if case["work"]["jobs"]:
            out.append("<table><tr><th>Employer</th><th>Job title</th><th>Start</th><th>End</th>"
                       "<th>Hours/week</th><th>Monthly pay</th></tr>")
            for job in case["work"]["jobs"]:
                out.append(f"<tr><td>{_h(job['employer'])}</td><td>{_h(job['title'])}</td>"
                           f"<td>{_date(job['start'], 'us_short')}</td>"
                           f"<td>{_date(job['end'], 'us_short')}</td><td>{job['hours']}</td>"
                           f"<td>{_money(job['monthly'])}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<div class='fields'>{_field('No work in this period', case['work']['no_work'], wide=True)}</div>")
    out.append("<div class='band'>F. Employment goals</div><div class='two'>")
    for label, goal in (("Short-term goal (up to 18 months)", case["st"]),
                        ("Long-term goal (3-5 years)", case["lt"])):
        if goal is None:
            continue
        training = f"{goal['training'][0]} ({goal['training'][1]})" if goal["training"] \
            else "none"
        out += [f"<div><div style='font-weight:bold;margin-bottom:3px'>{_h(label)}</div>"
                "<div class='fields'>",
                _field("Job title", goal["title"], wide=True),
                _field("Target date", _date(goal["target"], "us_short")),
                _field("Hours per week", goal["hours"]),
                _field("Pay rate", _money(goal["wage"]) + "/hr"),
                _field("Monthly earnings", _money(goal["monthly"])),
                _field("Training", training, wide=True), "</div></div>"]
    out.append("</div>")
    out.append("<div class='band'>G. Services, supports and contact</div>"
               "<table><tr><th>Service or support</th><th>Provided?</th><th>How</th>"
               "<th>Who</th><th>How often</th></tr>")
    for s in case["services"]:
        out.append(f"<tr><td>{_h(s['label'])}</td><td class='yn'>"
                   f"{'Yes' if s['provided'] else 'No'}</td><td>{_h(s['description'])}</td>"
                   f"<td>{_h(s['provider'])}</td><td>{_h(s['frequency'])}</td></tr>")
    if case["follow_up"]:
        fu = case["follow_up"]
        words = {"monthly": "At least monthly", "quarterly": "At least every 3 months"}
        methods = ", ".join(fu["methods"])
        out.append("<tr><td>Follow-up contact while job seeking</td><td class='yn'>Yes</td>"
                   f"<td>Two-way check-in by {_h(methods)}</td><td>{_h(en['rep'])}</td>"
                   f"<td>{words[fu['initial']]}</td></tr>")
        out.append("<tr><td>Follow-up contact once employed</td><td class='yn'>Yes</td>"
                   f"<td>Two-way check-in by {_h(methods)}</td><td>{_h(en['rep'])}</td>"
                   f"<td>{words[fu['ongoing']]}</td></tr>")
    out.append("</table>")
    if case["terms"]:
        out.append("<div class='band'>H. Terms and conditions</div><ol class='terms'>")
        out += [f"<li>{_h(t)}</li>" for t in case["terms"]]
        out.append("</ol>")
    if case["statement"]:
        out.append(f"<div class='band'>I. Statement of understanding</div><p>"
                   f"{_h(case['statement'])}</p>")
    ths, ens = case["th_sig"], case["en_sig"]
    out.append("<div class='band'>J. Signatures</div><div class='fields four sig'>")
    out += [_field("Ticket Holder signature",
                   f"/s/ {th['first']} {th['last']}" if ths["signed"] else ""),
            _field("Date signed", _date(ths["date"], "us_short") if ths["signed"] else ""),
            _field("EN representative signature", f"/s/ {ens['name']}" if ens["signed"] else ""),
            _field("Date signed", _date(ens["date"], "us_short") if ens["signed"] else ""),
            "</div>"]
    if d["summary"] and d.get("summary_place") == "attachment":
        # The EN Guide's other option: the summary as a separate document attached to the
        # IWP, carrying the EN name and PID and the Ticket Holder's name and SSN.
        out += ["<div style='break-before: page'></div>",
                "<div class='band'>Attachment A. Discussion summary</div><div class='fields'>",
                _field("EN name", en["name"]), _field("PID", en["pid"]),
                _field("Ticket Holder", f"{th['first']} {th['last']}"),
                _field("SSN", th["ssn"]),
                _field("Date of discussion", _date(d["date"], "us_short")),
                _field("Format", d["modality"][1]),
                _field("Summary", d["summary"], wide=True), "</div>"]
    out.append("</body></html>")
    return "".join(out)


LETTER_CSS = """
@page { size: letter; margin: 0.8in 0.85in; }
body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10.5pt;
       line-height: 1.35; margin: 0; }
.letterhead { text-align: center; border-bottom: 1px solid #555; padding-bottom: 6px; }
.letterhead .org { font-size: 15pt; font-variant: small-caps; }
h1 { font-size: 15pt; margin: 14px 0 4px; }
h2 { font-size: 11.5pt; margin: 14px 0 4px; border-bottom: 1px solid #bbb; break-after: avoid; }
dl { display: grid; grid-template-columns: 1.7in 1fr; gap: 1px 8px; margin: 4px 0; }
dt { font-weight: bold; } dd { margin: 0; }
ul.svc { list-style: none; padding-left: 0; } ul.svc li { margin-bottom: 5px; }
ol { padding-left: 22px; } ol li { margin-bottom: 2px; font-size: 9.5pt; }
.esig { border: 1px solid #999; padding: 6px 10px; margin: 6px 0; background: #f4f4f4;
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.blank { display: inline-block; border-bottom: 1px solid #000; width: 2.6in; height: 1em; }
.blank.short { width: 1.3in; }
"""


def _sentence_money(amount: float) -> str:
    """Amounts in running text: no cents when whole, no thousands comma."""
    return _money(amount, cents=amount != round(amount), commas=False)


def build_letter_iwp(case: dict) -> str:
    """Layout ``letter``: a narrative plan written to the beneficiary in numbered sections."""
    en, th, d = case["en"], case["th"], case["discussion"]
    name = f"{th['first']} {th['last']}"
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Your Individual "
           f"Work Plan</title><style>{LETTER_CSS}</style></head><body>",
           f"<div class='letterhead'><div class='org'>{_h(en['name'])}</div>"
           f"<div>{_h(en['street'])} &middot; {_h(en['city'])}, {_h(en['state'])} "
           f"{_h(en['zip'])} &middot; {_h(en['phone'])}</div></div>",
           f"<h1>Your Individual Work Plan</h1><p>Ticket to Work program &mdash; plan for "
           f"{_h(name)}</p>",
           "<h2>1. Who we are</h2><dl>",
           f"<dt>Employment Network</dt><dd>{_h(en['name'])}</dd>",
           f"<dt>Provider number (PID)</dt><dd>{_h(en['pid'])}</dd>",
           f"<dt>How we work</dt><dd>{_h(en['model'].title())} Employment Network</dd>",
           f"<dt>Address</dt><dd>{_h(en['street'])}, {_h(en['city'])}, {_h(en['state'])} "
           f"{_h(en['zip'])}</dd>",
           f"<dt>Phone and email</dt><dd>{_h(en['phone'])} &middot; {_h(en['email'])}</dd>",
           f"<dt>Your contact here</dt><dd>{_h(en['rep'])}, {_h(en['rep_title'])}</dd></dl>",
           "<h2>2. About you</h2><dl>",
           f"<dt>Beneficiary</dt><dd>{_h(th['first'])} {_h(th['middle'])} {_h(th['last'])}"
           "</dd>",
           f"<dt>Social Security number</dt><dd>{_h(th['ssn'])}</dd>",
           f"<dt>Home address</dt><dd>{_h(th['street'])}, {_h(th['city'])}, {_h(th['state'])} "
           f"{_h(th['zip'])}</dd>",
           f"<dt>Phone</dt><dd>{_h(th['phone'])}"
           + (f" (mobile {_h(th['mobile'])})" if th["mobile"] else "") + "</dd>",
           f"<dt>Email</dt><dd>{_h(th['email'])}</dd>",
           f"<dt>Best way to reach you</dt><dd>{_h(th['preferred'])}</dd></dl>"]
    n = 3
    if case["alt"]:
        alt = case["alt"]
        out.append(f"<h2>{n}. Someone we can call if we cannot reach you</h2><p>"
                   f"{_h(alt['name'])} ({_h(alt['relationship'].lower())}), {_h(alt['phone'])}, "
                   f"{_h(alt['address'])}.</p>")
        n += 1
    out.append(f"<h2>{n}. How we made this plan</h2>")
    n += 1
    if d["date"]:
        how = {"in_person": "in person at our office", "telephone": "by telephone",
               "video": "by video call"}[d["modality"][0]]
        out.append(f"<p>We met with you {how} on {_date(d['date'], 'long')}.</p>")
    if d["summary"]:
        out.append(f"<p>{_h(d['summary'])}</p>")
    if case["work"] is not None:
        out.append(f"<h2>{n}. Your recent work</h2>")
        n += 1
        for job in case["work"]["jobs"]:
            out.append(f"<p>From {_date(job['start'], 'us')} to {_date(job['end'], 'us')} you "
                       f"worked about {job['hours']} hours a week as {_h(job['title'])} at "
                       f"{_h(job['employer'])}, earning about "
                       f"{_sentence_money(job['monthly'])} a month.</p>")
        if case["work"]["no_work"]:
            out.append(f"<p>{_h(case['work']['no_work'])}</p>")
    out.append(f"<h2>{n}. Your goals</h2>")
    n += 1
    for label, goal in (("Short-term goal", case["st"]), ("Long-term goal", case["lt"])):
        if goal is None:
            continue
        text = (f"{_h(goal['title'])} by {_date(goal['target'], 'long')}, working "
                f"{goal['hours']} hours a week at {_sentence_money(goal['wage'])} an hour and "
                f"earning about {_sentence_money(goal['monthly'])} a month.")
        if goal["training"]:
            text += (f" To get there you will complete the {_h(goal['training'][0])} at "
                     f"{_h(goal['training'][1])}.")
        out.append(f"<p><b>{label}:</b> {text}</p>")
    out.append(f"<h2>{n}. What we will do for you</h2><ul class='svc'>")
    n += 1
    for s in case["services"]:
        if s["provided"]:
            detail = f" &mdash; {_h(s['description'])} ({_h(s['frequency'].lower())})" \
                if s["description"] else ""
            out.append(f"<li>&#10003; <b>{_h(s['label'])}</b>{detail}</li>")
    out.append("</ul>")
    if case["follow_up"]:
        fu = case["follow_up"]
        methods = ", ".join(fu["methods"][:-1]) + " or " + fu["methods"][-1] \
            if len(fu["methods"]) > 1 else fu["methods"][0]
        if fu["initial"] == "monthly":
            when = ("at least once a month while you look for work and through your first "
                    "milestones, and at least every three months after that")
        else:
            when = "at least every three months, both while you look for work and after"
        out.append(f"<h2>{n}. Keeping in touch</h2><p>We will talk with you {when}, by "
                   f"{_h(methods)}.</p>")
        n += 1
    if case["terms"]:
        out.append(f"<h2>{n}. Terms and conditions</h2><ol>")
        out += [f"<li>{_h(t)}</li>" for t in case["terms"]]
        out.append("</ol>")
        n += 1
    if case["statement"]:
        out.append(f"<h2>{n}. Statement of understanding</h2><p>{_h(case['statement'])}</p>")
        n += 1
    out.append(f"<h2>{n}. Signatures</h2>")
    for who, sig, signer in (("Beneficiary", case["th_sig"], name),
                             ("Employment Network representative", case["en_sig"],
                              case["en_sig"]["name"])):
        if sig["signed"]:
            when = f" on {_date(sig['date'], 'long')}" if sig["date"] else ""
            out.append(f"<div class='esig'>Electronically signed by <b>{_h(signer)}</b> "
                       f"({who}){when}.</div>")
        else:
            out.append(f"<p>{who} signature: <span class='blank'></span> Date: "
                       "<span class='blank short'></span></p>")
    out.append("</body></html>")
    return "".join(out)


# =============================================================================================
# Producer 4: a fillable AcroForm (reportlab) with generic field names; pyHanko signatures
# =============================================================================================
class GenericForm:
    """Lays out widgets named the way form tools name them (``Text12``, ``Check Box 7``,
    ``Date_2``); the real label is only in the tooltip and printed beside the widget."""

    TOOLTIPS = True  # a LiveCycle-style form has none

    def __init__(self, pen: Pen, filled: bool) -> None:
        self.pen, self.filled = pen, filled
        self.counts = {"Text": 0, "Check Box": 0, "Date": 0}
        self.signature_boxes: list[tuple[str, str, int, tuple]] = []

    def _name(self, kind: str) -> str:
        self.counts[kind] += 1
        n = self.counts[kind]
        return {"Text": f"Text{n}", "Check Box": f"Check Box {n}", "Date": f"Date_{n}"}[kind]

    def text(self, label: str, value, x: float, width: float, label_width: float = None,
             height: float = 15, kind: str = "Text", multiline: bool = False,
             tooltip: str | None = None) -> None:
        """A printed label and, right of it (or under it when ``label_width`` is None), a
        text widget."""
        c, pen = self.pen.c, self.pen
        c.setFont("Helvetica", 7.5)
        if label_width is None:
            c.drawString(x, pen.y + 2, label)
            fx, fy, fw = x, pen.y - height - 1, width
        else:
            c.drawString(x, pen.y - 10, label)
            fx, fy, fw = x + label_width, pen.y - height + 1, width - label_width
        value = "" if value is None or not self.filled else str(value)
        c.acroForm.textfield(name=self._name(kind), tooltip=(tooltip or label) if self.TOOLTIPS else None, x=fx, y=fy,
                             width=fw, height=height, value=value, fontName="Helvetica",
                             fontSize=8 if multiline else 9, borderWidth=0.5,
                             borderColor=None, fillColor=None, forceBorder=True,
                             fieldFlags="multiline" if multiline else "")

    def check(self, label: str, checked: bool, x: float, tooltip: str | None = None) -> None:
        c, pen = self.pen.c, self.pen
        c.acroForm.checkbox(name=self._name("Check Box"), tooltip=(tooltip or label) if self.TOOLTIPS else None, x=x,
                            y=pen.y - 2, size=9, checked=bool(checked and self.filled),
                            buttonStyle="cross", borderWidth=0.5, forceBorder=True)
        c.setFont("Helvetica", 8)
        c.drawString(x + 12, pen.y, label)

    def row(self, advance: float = 22) -> None:
        self.pen.y -= advance

    def signature(self, label: str, tooltip: str, x: float, width: float) -> None:
        """Room for a digital signature field added afterwards (reportlab cannot make one)."""
        pen = self.pen
        pen.c.setLineWidth(0.5)
        pen.c.line(x, pen.y - 4, x + width, pen.y - 4)
        pen.c.setFont("Helvetica", 7.5)
        pen.c.drawString(x, pen.y - 13, label)
        n = len(self.signature_boxes) + 1
        self.signature_boxes.append((f"Signature{n}", tooltip, pen.page - 1,
                                     (x, pen.y - 3, x + width, pen.y + 22)))


def build_form_iwp(case: dict | None, path: Path, signatures: str = "digital") -> None:
    """Layout ``form``: a three-page fillable IWP. ``case`` None gives the empty form.

    ``signatures``: ``digital`` (empty /Sig fields, signed with pyHanko when the case says
    signed) or ``typed`` (text fields holding ``/s/ Name``)."""
    filled = case is not None
    case = case or make_case(0, "riverbend")
    en, th, d = case["en"], case["th"], case["discussion"]
    pen = Pen(path, "Individual Work Plan (fillable)", "Riverbend Job Partners - IWP "
              "fillable form RJP-1370F")
    form = GenericForm(pen, filled)
    c = pen.c
    c.setFont("Helvetica-Bold", 14)
    c.drawString(pen.MARGIN, pen.y, "TICKET TO WORK - INDIVIDUAL WORK PLAN")
    pen.y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(pen.MARGIN, pen.y, "Type in the boxes. Part One: contact information. Part "
                 "Two: the discussion, work history, goals and services. Part Three: terms and "
                 "signatures.")
    pen.y -= 10
    m, w = pen.MARGIN, pen.width - 2 * pen.MARGIN
    pen.heading("Part One - Employment Network", size=10.5)
    form.text("Employment Network name", en["name"], m, 330, 110)
    form.text("PID", en["pid"], m + 345, w - 345, 25)
    form.row()
    c.setFont("Helvetica", 7.5)
    c.drawString(m, pen.y, "Business model:")
    for i, model in enumerate(("traditional", "employer", "administrative")):
        form.check(model.title(), en["model"] == model, m + 70 + 95 * i,
                   tooltip=f"EN business model: {model}")
    form.row(18)
    form.text("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}", m, w, 50,
              tooltip="EN street address, city, state and ZIP")
    form.row()
    form.text("Telephone", en["phone"], m, 200, 50, tooltip="EN telephone")
    form.text("Email", en["email"], m + 215, w - 215, 30, tooltip="EN email")
    form.row()
    form.text("EN representative", f"{en['rep']}, {en['rep_title']}", m, w, 85,
              tooltip="EN representative name and title")
    form.row(26)
    pen.heading("Part One - Ticketholder", size=10.5)
    form.text("First name", th["first"], m, 200, tooltip="Ticketholder first name")
    form.text("MI", th["middle"], m + 210, 40, tooltip="Ticketholder middle initial")
    form.text("Last name", th["last"], m + 260, 240, tooltip="Ticketholder last name")
    form.row(30)
    form.text("Social Security number", th["ssn"], m, 140,
              tooltip="Ticketholder Social Security number")
    form.text("Date of birth", _date(th["dob"], "us"), m + 150, 100, kind="Date",
              tooltip="Ticketholder date of birth")
    form.text("Telephone", th["phone"], m + 260, 110, tooltip="Ticketholder telephone")
    form.text("Mobile", th["mobile"], m + 380, w - 380, tooltip="Ticketholder mobile phone")
    form.row(30)
    form.text("Street address", th["street"], m, 250, tooltip="Ticketholder street address")
    form.text("City, State, ZIP", f"{th['city']}, {th['state']} {th['zip']}", m + 260, w - 260,
              tooltip="Ticketholder city, state and ZIP")
    form.row(30)
    form.text("Email", th["email"], m, 250, tooltip="Ticketholder email")
    form.text("Preferred contact method", th["preferred"], m + 260, w - 260,
              tooltip="Ticketholder preferred contact method")
    form.row(26)
    pen.heading("Part One - Alternate Contact", size=10.5)
    alt = case["alt"] or dict(name=None, relationship=None, phone=None, address=None)
    form.text("Name", alt["name"], m, 200, tooltip="Alternate contact name")
    form.text("Relationship", alt["relationship"], m + 210, 110,
              tooltip="Alternate contact relationship to Ticketholder")
    form.text("Telephone", alt["phone"], m + 330, w - 330, tooltip="Alternate contact phone")
    form.row(30)
    form.text("Address", alt["address"], m, w, tooltip="Alternate contact address")
    form.row(26)
    pen.heading("Part Two, Section 1 - Discussion Arrangement", size=10.5)
    form.text("Date of discussion", _date(d["date"], "us") if d["date"] else None, m, 190, 80,
              kind="Date", tooltip="Date of the EN-Ticketholder discussion")
    for i, (key, label) in enumerate(MODALITIES):
        form.check(label, bool(d["modality"]) and d["modality"][0] == key, m + 205 + 85 * i,
                   tooltip=f"Discussion held by {label.lower()}")
    form.row(28)
    form.text("Discussion summary (why the goals are reasonable; how the services help)",
              d["summary"], m, w, height=62, multiline=True, tooltip="Discussion summary")
    form.row(76)
    pen.new_page()
    pen.heading("Part Two, Section 2 - Recent Work History (6 to 18 months)", size=10.5)
    work = case["work"] or dict(jobs=[], no_work=None)
    job = work["jobs"][0] if work["jobs"] else dict(employer=None, title=None, start=None,
                                                    end=None, hours=None, monthly=None)
    form.text("Employer", job["employer"], m, 170, tooltip="Recent employer")
    form.text("Job title", job["title"], m + 180, 130, tooltip="Recent job title")
    form.text("Dates worked", f"{_date(job['start'], 'us')} - {_date(job['end'], 'us')}"
              if job["start"] else None, m + 320, 100, tooltip="Dates worked")
    form.text("Hours/wk", job["hours"], m + 430, 35, tooltip="Hours per week worked")
    form.text("Monthly pay", _money(job["monthly"]) if job["monthly"] else None, m + 470,
              w - 470, tooltip="Gross monthly earnings")
    form.row(30)
    form.text("If no work in this period, say so", work["no_work"], m, w,
              tooltip="No work statement")
    form.row(28)
    pen.heading("Part Two, Section 3 - Employment Goals", size=10.5)
    for label, goal in (("Short-term goal", case["st"]), ("Long-term goal", case["lt"])):
        goal = goal or dict(title=None, target=None, hours=None, wage=None, monthly=None,
                            training=None)
        form.text(f"{label}: job title", goal["title"], m, 250, tooltip=f"{label} job title")
        form.text("Target date", _date(goal["target"], "us") if goal["target"] else None,
                  m + 260, 80, kind="Date", tooltip=f"{label} target date")
        form.text("Hours/wk", goal["hours"], m + 350, 45, tooltip=f"{label} hours per week")
        form.text("Hourly wage", _money(goal["wage"]) if goal["wage"] else None, m + 405, 50,
                  tooltip=f"{label} hourly wage")
        form.text("Monthly earnings", _money(goal["monthly"]) if goal["monthly"] else None,
                  m + 465, w - 465, tooltip=f"{label} expected monthly earnings")
        form.row(30)
        training = f"{goal['training'][0]}, {goal['training'][1]}" if goal["training"] else \
            ("None" if goal["title"] else None)
        form.text("Education or training for this goal", training, m, w,
                  tooltip=f"{label} education or training")
        form.row(32)
    pen.heading("Part Two, Section 4 - EN Supports and Services", size=10.5)
    for s in case["services"]:
        form.check(s["label"], s["provided"], m, tooltip=f"Service: {s['label']}")
        form.text("", s["description"] if s["provided"] else None, m + 150, w - 150,
                  height=20, multiline=True, tooltip=f"Describe the service: {s['label']}")
        form.row(25)
    pen.heading("Follow-up with the Ticketholder", size=10.5)
    fu = case["follow_up"] or dict(initial=None, ongoing=None, methods=[])
    c.setFont("Helvetica", 7.5)
    c.drawString(m, pen.y, "While looking for work:")
    form.check("Monthly", fu["initial"] == "monthly", m + 110,
               tooltip="Follow-up monthly during job search")
    form.check("Quarterly", fu["initial"] == "quarterly", m + 190,
               tooltip="Follow-up quarterly during job search")
    form.row(16)
    c.setFont("Helvetica", 7.5)
    c.drawString(m, pen.y, "Once employed:")
    form.check("Monthly", fu["ongoing"] == "monthly", m + 110,
               tooltip="Follow-up monthly once employed")
    form.check("Quarterly", fu["ongoing"] == "quarterly", m + 190,
               tooltip="Follow-up quarterly once employed")
    form.row(14)
    form.text("Contact methods", ", ".join(fu["methods"]) or None, m, w, 75,
              tooltip="Follow-up contact methods")
    pen.new_page()
    pen.heading("Part Three - Terms and Conditions", size=10.5)
    for i, term in enumerate(TERMS, 1):
        pen.wrap(f"{i}. {term}", size=8.2, leading=10)
    pen.heading("Statement of Understanding", size=10.5)
    pen.wrap(statement_text(en["name"]), size=8.5)
    pen.y -= 22
    pen.heading("Signatures", size=10.5)
    pen.y -= 16
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['last']}"
    for who, sig, signer in (("Ticketholder", ths, th_name),
                             ("EN representative", ens, ens["name"])):
        if signatures == "digital":
            form.signature(f"Signature of {who}", f"{who} signature", m, 300)
        else:
            form.text(f"Signature of {who}", f"/s/ {signer}" if sig["signed"] else None, m,
                      300, tooltip=f"{who} signature")
        form.text("Date", _date(sig["date"], "us") if sig["signed"] and sig["date"] else None,
                  m + 320, 110, kind="Date", tooltip=f"Date signed by {who}")
        pen.y -= 40
    form.text("EN representative printed name and title",
              f"{ens['name']}, {ens['title']}", m, 330, tooltip="EN representative printed name")
    pen.save()
    if signatures == "digital":
        _add_signature_fields(path, form.signature_boxes,
                              [ths["signed"] and filled, ens["signed"] and filled],
                              [th_name, ens["name"]])


def _self_signed(common_name: str):
    """A throwaway self-signed certificate and key for pyHanko (never written to disk)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .sign(key, hashes.SHA256()))
    der = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    pkcs8 = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=der, signing_key=pkcs8,
                                cert_registry=SimpleCertificateStore.from_certs([der]))


def _add_signature_fields(path: Path, boxes, sign: list[bool], names: list[str]) -> None:
    """Add empty /Sig fields (with tooltips) and sign those that ``sign`` says."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    for name, _tooltip, page, box in boxes:
        fields.append_signature_field(writer, fields.SigFieldSpec(
            name, on_page=page, box=tuple(int(v) for v in box)))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        for name, tooltip, _page, _box in boxes:
            if field.get("/T") == name:
                field["/TU"] = generic.TextStringObject(tooltip)
                writer.mark_update(ref)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    for (name, _tooltip, _page, _box), wanted, signer_name in zip(boxes, sign, names):
        if wanted:
            writer = IncrementalPdfFileWriter(io.BytesIO(data))
            out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(
                field_name=name, name=signer_name, reason="Signing the Individual Work Plan"),
                signer=_self_signed(signer_name))
            data = out.getvalue()
    path.write_bytes(data)


# =============================================================================================
# Producer 5: a scan - pdftoppm pages, skewed and speckled with Pillow, image-only PDF
# =============================================================================================
SCAN_DPI = 150
SCAN_JPEG_QUALITY = 55
SCAN_SPECKS_PER_PAGE = 2500


def scan_pdf(source: Path, out: Path, angle: float, seed: int, by_hand: bool = False) -> None:
    """Write ``out``: the pages of ``source`` as slightly rotated, noisy greyscale images.

    ``by_hand``: every typed signature ("/s/ Name") is wiped off the page before it is
    scanned and a pen scribble drawn in its place, as on a paper form signed by hand.
    """
    from PIL import Image, ImageDraw, ImageFilter

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", str(source),
                        f"{tmp}/page"], check=True, timeout=300)
        rng = random.Random(seed)
        signatures = typed_signature_boxes(source) if by_hand else {}
        pages = []
        for number, png in enumerate(sorted(Path(tmp).glob("page-*.png")), 1):
            page = Image.open(png).convert("L")
            for box in signatures.get(number, []):
                scale = SCAN_DPI / 72.0
                x0, top, x1, bottom = (v * scale for v in box)
                ImageDraw.Draw(page).rectangle((x0, top, x1, bottom), fill=255)
                draw_scribble(page, (x0, top - 4 * scale, x1, bottom + 2 * scale), rng)
            # paper that is not quite white, toner that is not quite black
            page = page.point(lambda v: int(28 + v * 0.85))
            page = page.rotate(angle + rng.uniform(-0.25, 0.25), resample=Image.BICUBIC,
                               fillcolor=230)
            draw = ImageDraw.Draw(page)
            for _ in range(SCAN_SPECKS_PER_PAGE):
                x, y = rng.randrange(page.width), rng.randrange(page.height)
                r = rng.choice((0, 0, 0, 1))
                draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(60, 170))
            page = page.filter(ImageFilter.GaussianBlur(0.6))
            pages.append(page)
        pages[0].save(out, "PDF", save_all=True, append_images=pages[1:],
                      resolution=SCAN_DPI, quality=SCAN_JPEG_QUALITY)


def typed_signature_boxes(source: Path) -> dict[int, list[tuple[float, float, float, float]]]:
    """Page -> boxes (points, top-left origin) of the typed signatures ("/s/ Name", the
    words after "/s/" up to a wide gap) in a text PDF."""
    from iwp.read.layout import read_layout
    from iwp.read.pairing import group_lines

    boxes: dict[int, list[tuple[float, float, float, float]]] = {}
    for page in read_layout(str(source)):
        for line in group_lines(page.words):
            for index, word in enumerate(line):
                if not word.text.startswith("/s/"):
                    continue
                last = word
                for following in line[index + 1:]:
                    if following.x0 - last.x1 > 2 * following.size:
                        break
                    last = following
                boxes.setdefault(page.number, []).append(
                    (word.x0 - 1, min(w.top for w in line[index:line.index(last) + 1]) - 1,
                     last.x1 + 1, max(w.bottom for w in line[index:line.index(last) + 1]) + 1))
    return boxes


def draw_scribble(page, box: tuple[float, float, float, float], rng: random.Random) -> None:
    """A handwritten-looking signature (a looping pen stroke) across ``box`` (pixels)."""
    import math

    from PIL import ImageDraw

    x0, top, x1, bottom = box
    width = max(x1 - x0, 40.0) * rng.uniform(0.7, 0.95)
    middle, height = (top + bottom) / 2, bottom - top
    points = []
    steps = 160
    phase = rng.uniform(0, math.pi)
    loops = rng.randint(4, 7)
    for k in range(steps + 1):
        t = k / steps
        x = x0 + 2 + t * width + math.sin(t * loops * 2 * math.pi) * height * 0.25
        y = middle + math.cos(t * loops * 2 * math.pi + phase) * height * 0.45 \
            * (1.0 - 0.5 * t) + math.sin(t * 3.1) * height * 0.1
        points.append((x, y))
    ImageDraw.Draw(page).line(points, fill=rng.randint(25, 60), width=2, joint="curve")


# =============================================================================================
# Amendments (LibreOffice from DOCX): revised goals and services as tables
# =============================================================================================
def make_amendment(case: dict, number: int) -> dict:
    """Turn a complete IWP case into its amendment: new goals, services added/continued/ended."""
    amend = copy.deepcopy(case)
    amend["number"] = number
    amend["plan_id"] = f"{case['en']['pid'][-4:]}-{2026}-{case['index']:04d}"
    amend["original_signed"] = case["en_sig"]["date"]
    when = case["en_sig"]["date"] + dt.timedelta(days=120)
    amend["reason"] = (f"{case['th']['first']} was offered more hours sooner than planned and "
                       "wants training that leads to a promotion, so both goals move up.")
    st, lt = case["st"], case["lt"]
    amend["st"] = dict(st, hours=32, monthly=_monthly(32, st["wage"] + 1.0),
                       wage=st["wage"] + 1.0, target=when + dt.timedelta(days=180))
    amend["lt"] = dict(lt, wage=lt["wage"] + 1.5, monthly=_monthly(lt["hours"], lt["wage"] + 1.5))
    amend["changes"] = [
        dict(label="Training", change="Added",
             description="Pay for a short supervisory skills course before the promotion "
                         "interview.", provider="Regional workforce training center",
             frequency="Once"),
        dict(label="Job search assistance", change="Ended",
             description="Ended because the job offer was accepted.", provider=case["en"]["rep"],
             frequency="Ended"),
        dict(label="Job retention and ongoing support", change="Continued",
             description="Monthly check-ins continue for the first year of work, then "
                         "quarterly.", provider=case["en"]["rep"],
             frequency="Monthly, then quarterly"),
    ]
    amend["th_sig"] = dict(signed=True, date=when)
    amend["en_sig"] = dict(case["en_sig"], date=when + dt.timedelta(days=1))
    return amend


def a_no_reference(amend):
    amend["original_signed"] = None
    amend["plan_id"] = None
    return ({"amendment_reference": "missing"},
            "nothing says which IWP is amended (no plan ID, no original date)")


def a_long_term_below_sga(amend):
    amend["lt"] = dict(amend["lt"], title="Part-time clerk", hours=18, wage=16.00,
                       monthly=_monthly(18, 16.00), training=None)
    return ({"revised_goals": "deficient"},
            f"the revised long-term goal is {_money(_monthly(18, 16.00))} a month, below the "
            f"2026 SGA (${SGA_2026:,})")


def a_added_service_without_description(amend):
    amend["changes"][0]["description"] = ""
    return ({"revised_services": "deficient"},
            "the added 'Training' service has an empty description")


def a_no_revised_services(amend):
    amend["changes"] = None
    return {"revised_services": "missing"}, "no revised services table"


def a_ticketholder_unsigned(amend):
    amend["th_sig"] = dict(signed=False, date=None)
    return ({"ticketholder_signature": "missing"},
            "the Ticketholder signature and date cells are blank")


def a_en_undated(amend):
    amend["en_sig"] = dict(amend["en_sig"], date=None)
    return {"en_signature": "deficient"}, "the EN representative signed but did not date"


AMENDMENT_DEFECTS = {
    "no_reference": a_no_reference,
    "long_term_below_sga": a_long_term_below_sga,
    "added_service_without_description": a_added_service_without_description,
    "no_revised_services": a_no_revised_services,
    "ticketholder_unsigned": a_ticketholder_unsigned,
    "en_undated": a_en_undated,
}


def amendment_values(amend: dict) -> dict:
    values = case_values(amend, kind="amendment")
    values["amendment_number"] = amend["number"]
    if amend["original_signed"]:
        values["amends.original_signed"] = amend["original_signed"].isoformat()
    if amend["plan_id"]:
        values["amends.plan_id"] = amend["plan_id"]
    return values


def build_docx_amendment(amend: dict) -> Docx:
    """Layout ``amend``: a Word amendment; goals as rows, services with a Change column."""
    en, th = amend["en"], amend["th"]
    doc = Docx(f"IWP Amendment - {th['first']} {th['last']}", en["name"])
    doc.para(en["name"], align="center", bold=True, size=12)
    doc.para("Amendment to the Individual Work Plan", style="Title")
    doc.para("Ticket to Work Program", align="center", italic=True, size=9)
    rows = [["Amendment number", str(amend["number"])]]
    if amend["plan_id"]:
        rows.append(["Plan being amended", f"IWP {amend['plan_id']}"])
    if amend["original_signed"]:
        rows.append(["Original IWP signed on", _date(amend["original_signed"], "long")])
    rows.append(["Reason for this amendment", amend["reason"]])
    doc.table(rows, [2.1, 4.9], shade_first_col=True, bold_first_col=True)
    doc.heading("Employment Network", 2)
    doc.table([["EN name", en["name"], "PID", en["pid"]],
               ["Representative", en["rep"], "Telephone", en["phone"]]],
              [1.2, 2.8, 1.0, 2.0], shade_first_col=True)
    doc.heading("Ticketholder", 2)
    doc.table([["Name", f"{th['first']} {th['middle']} {th['last']}", "SSN", th["ssn"]]],
              [1.2, 2.8, 1.0, 2.0], shade_first_col=True)
    doc.heading("Revised Employment Goals", 2)
    rows = [["Goal", "Job title", "Hours a week", "Hourly wage", "Monthly earnings",
             "Target date"]]
    for label, goal in (("Short-term", amend["st"]), ("Long-term", amend["lt"])):
        rows.append([label, goal["title"], str(goal["hours"]), _money(goal["wage"]),
                     _money(goal["monthly"]), _date(goal["target"], "long")])
    doc.table(rows, [1.0, 2.0, 0.8, 0.9, 1.1, 1.2], header=True, bold_first_col=True)
    if amend["changes"] is not None:
        doc.heading("Revised Services and Supports", 2)
        rows = [["Service", "Change", "Description", "Provider", "Frequency"]]
        for ch in amend["changes"]:
            rows.append([ch["label"], ch["change"], ch["description"], ch["provider"],
                         ch["frequency"]])
        doc.table(rows, [1.4, 0.85, 2.6, 1.15, 1.0], header=True)
    doc.para("All other parts of the original Individual Work Plan stay in effect. Both of us "
             "agree to the changes above.", size=9)
    doc.heading("Signatures", 2)
    ths, ens = amend["th_sig"], amend["en_sig"]
    doc.table([["", "Signature", "Date"],
               ["Ticketholder", f"/s/ {th['first']} {th['last']}" if ths["signed"] else "",
                _date(ths["date"], "long") if ths["signed"] else ""],
               ["EN representative", f"/s/ {ens['name']}" if ens["signed"] else "",
                _date(ens["date"], "long") if ens["signed"] and ens["date"] else ""]],
              [2.1, 3.2, 1.7], header=True, bold_first_col=True)
    return doc


def build_grid_amendment(amend: dict) -> str:
    """Layout ``amendgrid``: the grid form's amendment (Chromium); revised goals side by side
    as columns of one table, services as a matrix with a Change column."""
    en, th = amend["en"], amend["th"]
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP Amendment"
           f"</title><style>{GRID_CSS}</style></head><body>",
           f"<header><div><div class='org'>{_h(en['name'])}</div><div class='sub'>Employment "
           f"Network &middot; PID {_h(en['pid'])}</div></div><div><div class='doc'>IWP "
           "AMENDMENT</div><div class='sub' style='text-align:right'>Ticket to Work Program"
           "</div></div></header>",
           "<div class='band'>A. Plan being changed</div><div class='fields four'>",
           _field("Amendment no.", amend["number"]),
           _field("Original plan ID", amend["plan_id"]),
           _field("Original plan signed", _date(amend["original_signed"], "us_short")),
           _field("EN contact", en["rep"]),
           _field("Why the plan is changing", amend["reason"], wide=True), "</div>",
           "<div class='two'><div><div class='band'>B. Employment Network</div>"
           "<div class='fields'>", _field("EN name", en["name"], wide=True),
           _field("PID", en["pid"]), _field("Phone", en["phone"]), "</div></div>",
           "<div><div class='band'>C. Ticket Holder</div><div class='fields'>",
           _field("Name", f"{th['first']} {th['last']}", wide=True), _field("SSN", th["ssn"]),
           _field("Phone", th["phone"]), "</div></div></div>"]
    if amend["st"] is not None:
        st, lt = amend["st"], amend["lt"]
        out.append("<div class='band'>D. Revised employment goals</div><table><tr><th></th>"
                   "<th>Short-term goal (revised)</th><th>Long-term goal (revised)</th></tr>")
        for label, key, fmt in (("Job title", "title", str), ("Target date", "target",
                                 lambda v: _date(v, "us_short")),
                                ("Hours per week", "hours", str),
                                ("Hourly wage", "wage", _money),
                                ("Monthly earnings", "monthly", _money)):
            out.append(f"<tr><th>{label}</th><td>{_h(fmt(st[key]))}</td>"
                       f"<td>{_h(fmt(lt[key]))}</td></tr>")
        out.append("</table>")
    out.append("<div class='band'>E. Revised services</div><table><tr><th>Service</th>"
               "<th>Change</th><th>How</th><th>Who</th><th>How often</th></tr>")
    for ch in amend["changes"]:
        out.append(f"<tr><td>{_h(ch['label'])}</td><td class='yn'>{_h(ch['change'])}</td>"
                   f"<td>{_h(ch['description'])}</td><td>{_h(ch['provider'])}</td>"
                   f"<td>{_h(ch['frequency'])}</td></tr>")
    out.append("</table>")
    ths, ens = amend["th_sig"], amend["en_sig"]
    out += ["<div class='band'>F. Signatures</div><div class='fields four sig'>",
            _field("Ticket Holder signature",
                   f"/s/ {th['first']} {th['last']}" if ths["signed"] else ""),
            _field("Date signed", _date(ths["date"], "us_short") if ths["signed"] else ""),
            _field("EN representative signature", f"/s/ {ens['name']}" if ens["signed"] else ""),
            _field("Date signed", _date(ens["date"], "us_short") if ens["signed"] else ""),
            "</div></body></html>"]
    return "".join(out)


def a_no_revised_goals(amend):
    amend["st"] = amend["lt"] = None
    return {"revised_goals": "missing"}, "no revised goals table"


def a_ticketholder_undated(amend):
    amend["th_sig"] = dict(amend["th_sig"], date=None)
    return {"ticketholder_signature": "deficient"}, "the Ticketholder signed but did not date"


# =============================================================================================
# Documents that are not IWPs (they talk about the same things)
# =============================================================================================
def build_spec_html() -> str:
    """A technical specification with eleven numbered headings (Chromium)."""
    fields = [("TH_SSN", "Ticketholder Social Security number", "9 digits, no dashes"),
              ("TH_NAME_LAST", "Ticketholder last name", "Up to 35 characters"),
              ("EN_PID", "Employment Network Provider ID", "P followed by 7 digits"),
              ("IWP_SIGNED", "Date the IWP was signed by both parties", "CCYYMMDD"),
              ("GOAL_ST_EARN", "Short-term goal monthly earnings", "Decimal, 2 places"),
              ("GOAL_LT_EARN", "Long-term goal monthly earnings", "Decimal, 2 places"),
              ("MILESTONE", "Milestone requested (P1M1-P1M4, P2M1...)", "Code list 4.2"),
              ("EARN_MONTH", "Month of the earnings evidence", "CCYYMM")]
    sections = [
        ("Scope", "This specification defines the fixed-width file an Employment Network "
         "back office exports each night to its payment-request service. It does not define "
         "the content of an Individual Work Plan; it only carries a few dates and amounts "
         "copied from one."),
        ("Normative references", "Record separators follow RFC 4180 line endings. Dates "
         "follow ISO 8601 basic format. Code lists are maintained in annex B."),
        ("Terms and definitions", "<b>Ticketholder</b>: a person whose Ticket is assigned to "
         "the EN. <b>IWP</b>: the signed Individual Work Plan on file. <b>Milestone</b>: an "
         "earnings level that makes a payment due."),
        ("File naming", "Files are named <code>PAYREQ_&lt;PID&gt;_&lt;CCYYMMDD&gt;.dat</code> and "
         "are never reused; a corrected file gets a new date stamp."),
        ("Record layout", "Each file holds one header record (type H), one detail record (type "
         "D) per payment request and one trailer record (type T) with the record count."),
        ("Field definitions", None),
        ("Validation rules", "A detail record is rejected when the SSN area is 000 or 666, "
         "when IWP_SIGNED is later than the file date, or when EARN_MONTH precedes "
         "IWP_SIGNED by more than 18 months."),
        ("Transmission", "Files are sent over SFTP with key authentication only; e-mail is "
         "never used for any file holding an SSN."),
        ("Security and retention", "Files are encrypted at rest and deleted 90 days after "
         "the acknowledgement is received."),
        ("Error handling", "The service answers each file with an acknowledgement listing "
         "rejected records by line number and rule."),
        ("Change history", "2.3 (2026-01-12): added GOAL_LT_EARN. 2.2: EN_PID replaces the "
         "DUNS number. 2.1: first release."),
    ]
    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><title>PAYREQ file "
           "specification 2.3</title><style>@page{size:letter;margin:0.9in} body{font-family:"
           "'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.4} h1{font-size:17pt} "
           "h2{font-size:12pt;margin-top:16px} table{border-collapse:collapse;width:100%} "
           "td,th{border:1px solid #888;padding:3px;font-size:9pt;text-align:left}</style>"
           "</head><body><h1>Payment Request Export File &mdash; Technical Specification</h1>"
           "<p>Version 2.3 &middot; Keystone Ability Works, Inc. IT department &middot; "
           "Status: approved</p>"]
    for i, (title, text) in enumerate(sections, 1):
        out.append(f"<h2>{i}. {title}</h2>")
        if text is None:
            out.append("<table><tr><th>Field</th><th>Meaning</th><th>Format</th></tr>")
            out += [f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in fields]
            out.append("</table>")
            for j, sub in enumerate(("Header record", "Detail record", "Trailer record"), 1):
                out.append(f"<h3>{i}.{j} {sub}</h3><p>Fields appear in the order of the table "
                           "above, left-justified and space-padded.</p>")
        else:
            out.append(f"<p>{text}</p>")
    out.append("</body></html>")
    return "".join(out)


def build_manual_docx() -> Docx:
    """An EN operations handbook that opens with a table of contents (LibreOffice)."""
    doc = Docx("Ticket Operations Handbook", "Northgate Pathways Employment LLC")
    doc.para("Northgate Pathways Employment LLC", align="center", bold=True, size=12)
    doc.para("Ticket to Work Operations Handbook", style="Title")
    doc.para("Edition 4, January 2026 - for staff use only", align="center", italic=True)
    doc.heading("Table of Contents")
    chapters = [("Welcome and purpose", 2), ("Intake and eligibility checks", 3),
                ("Preparing the Individual Work Plan", 4), ("Goals, SGA and TWL", 5),
                ("Services and supports", 6), ("Follow-up and contact logs", 7),
                ("Signatures and submission within 14 days", 8), ("Payments and milestones", 9),
                ("Grievances", 10), ("Records retention", 11)]
    doc.table([[f"{i}.  {title}", str(page)] for i, (title, page) in enumerate(chapters, 1)],
              [6.3, 0.7], borders=False)
    texts = [
        "This handbook explains how our staff serve people who assign their Ticket to us.",
        "Confirm the person's Ticket is assignable and that no other provider holds it.",
        "Use the agency template. Fill every part: contact information for the EN, the "
        "Ticketholder and an alternate contact; the discussion date, method and summary; "
        "recent work history; short- and long-term goals; services; follow-up; the terms; "
        "the statement of understanding; and both signatures with dates.",
        "Long-term goals must reach at least the SGA amount for the year; short-term goals may "
        "start at the TWL.",
        "Each checked service needs a sentence that says what we will do and who does it.",
        "Log every two-way contact: monthly while the person looks for work, quarterly after.",
        "Send the signed plan to the Ticket Program Manager within 14 calendar days.",
        "Request milestone payments only with evidence of earnings.",
        "Explain our grievance process and the PABSS program at intake.",
        "Keep records at least three years after the Ticket is unassigned.",
    ]
    doc.page_break()
    for number, ((title, _page), text) in enumerate(zip(chapters, texts), 1):
        doc.heading(f"{number}. {title}")
        doc.para(text)
    return doc


def build_ipe_docx() -> Docx:
    """A State VR Individualized Plan for Employment (LibreOffice)."""
    doc = Docx("Individualized Plan for Employment", "Granite State Vocational Rehabilitation")
    doc.para("Granite State Division of Vocational Rehabilitation", align="center", bold=True)
    doc.para("Individualized Plan for Employment (IPE)", style="Title")
    doc.table([["Participant", "Wendell A. Marchbanks", "Case number", "VR-26-004417"],
               ["Counselor", "Priya Oduya-Lake", "Plan type", "Initial"],
               ["Eligibility date", "January 20, 2026", "Priority category", "2"]],
              [1.3, 2.2, 1.3, 2.2], shade_first_col=True)
    doc.heading("Employment outcome", 2)
    doc.table([["Vocational goal", "Medical records technician"],
               ["Occupation code", "29-2072"],
               ["Expected hours and wage", "40 hours a week at $19.75 an hour"],
               ["Projected date", "December 2027"]], [2.1, 4.9], shade_first_col=True)
    doc.heading("Services, providers and costs", 2)
    doc.table([["Service", "Provider", "Start", "End", "Cost", "Comparable benefit"],
               ["Vocational counseling", "VR counselor", "02/2026", "12/2027", "$0", "n/a"],
               ["Tuition, coding certificate", "Summit Community College", "08/2026",
                "05/2027", "$3,200", "Pell grant applied first"],
               ["Job placement", "Contracted provider", "06/2027", "12/2027", "$1,500", "n/a"]],
              [1.6, 1.5, 0.7, 0.7, 0.8, 1.7], header=True)
    doc.heading("Participant responsibilities", 2)
    doc.para("Attend classes, keep counselor appointments, and report grades each term. If you "
             "receive SSDI or SSI, your Ticket to Work is in use by this agency while your "
             "case is open.")
    doc.heading("Rights", 2)
    doc.para("You may appeal any decision through informal review, mediation or a fair "
             "hearing, and the Client Assistance Program can help you.")
    doc.table([["Participant signature", "/s/ Wendell A. Marchbanks", "Date", "02/24/2026"],
               ["Counselor signature", "/s/ Priya Oduya-Lake", "Date", "02/24/2026"]],
              [1.7, 3.0, 0.6, 1.7], shade_first_col=True)
    return doc


def build_pass_html() -> str:
    """A Plan to Achieve Self-Support (PASS) that mentions Ticket to Work (Chromium)."""
    return """<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Plan to Achieve
Self-Support</title><style>@page{size:letter;margin:0.7in} body{font-family:'DejaVu Sans',
sans-serif;font-size:9.5pt} h1{font-size:15pt;margin:0} h2{background:#333;color:#fff;
padding:3px 6px;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #777;padding:3px;
vertical-align:top} .q{font-weight:bold;width:45%}</style></head><body>
<h1>PLAN TO ACHIEVE SELF-SUPPORT (PASS)</h1>
<p>Prepared with the help of a PASS cadre referral &middot; draft for submission to Social
Security</p>
<h2>Part I &mdash; About you</h2><table>
<tr><td class='q'>Name</td><td>Odalys P. Brennerman</td></tr>
<tr><td class='q'>Social Security number</td><td>947-31-5586</td></tr>
<tr><td class='q'>Benefits you receive</td><td>SSI</td></tr>
<tr><td class='q'>Have you assigned your Ticket to Work?</td><td>Yes, to Brightwater Career
Collective; this PASS pays for things the EN does not.</td></tr></table>
<h2>Part II &mdash; Your work goal</h2><table>
<tr><td class='q'>Occupational goal</td><td>Licensed massage therapist, self-employed</td></tr>
<tr><td class='q'>Expected monthly earnings when the goal is reached</td><td>$2,400</td></tr>
<tr><td class='q'>Short-term steps</td><td>Finish the 600-hour massage program (by 11/2026);
pass the licensing exam (by 02/2027)</td></tr>
<tr><td class='q'>Long-term steps</td><td>Rent a treatment room and build a client list
(by 12/2027)</td></tr></table>
<h2>Part III &mdash; Expenses the plan pays for</h2><table>
<tr><th>Item</th><th>Vendor</th><th>Cost</th><th>When</th></tr>
<tr><td>Tuition</td><td>Coastal School of Massage</td><td>$6,900</td><td>2026</td></tr>
<tr><td>Massage table and linens</td><td>Supply store</td><td>$650</td><td>2027</td></tr>
<tr><td>Licensing exam fee</td><td>State board</td><td>$265</td><td>2027</td></tr></table>
<h2>Part IV &mdash; Money you will set aside</h2><p>$410 a month of SSDI-free unearned
income, kept in a separate savings account ending 2231, from May 2026 to February 2028.</p>
<h2>Part V &mdash; Signatures</h2><table>
<tr><td class='q'>Your signature</td><td>/s/ Odalys P. Brennerman &nbsp;&nbsp; Date: 04/02/2026</td></tr>
<tr><td class='q'>Person who helped you</td><td>/s/ Caspian R. Mbeki &nbsp;&nbsp; Date: 04/02/2026</td></tr>
</table></body></html>"""


def build_cover_letter(path: Path) -> None:
    """A letter scheduling the IWP meeting (reportlab)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    letter, _ = _reportlab()
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15,
                          spaceAfter=9)
    story = [Paragraph("<b>Keystone Ability Works, Inc.</b><br/>780 Quarrystone Road, Granite "
                       "Falls, CO 80999 &middot; (719) 555-0167", body),
             Spacer(1, 14), Paragraph("March 2, 2026", body),
             Paragraph("Ms. Josephine Lockridge<br/>4410 Foxglove Lane<br/>Granite Falls, CO "
                       "80999", body),
             Paragraph("Re: Scheduling your Individual Work Plan meeting", body),
             Paragraph("Dear Ms. Lockridge,", body)]
    for text in [
        "Thank you for choosing Keystone Ability Works as your Employment Network in the Ticket "
        "to Work program. The next step is to meet and write your Individual Work Plan (IWP) "
        "together.",
        "We have set aside <b>Tuesday, March 10, 2026 at 10:00 a.m.</b> at our office. If that "
        "time does not suit you, call Ludmila Oyelaran at (719) 555-0167 and we will find "
        "another, or meet by phone or video.",
        "Please bring recent pay stubs if you worked in the last 18 months, any benefit "
        "letters from Social Security, and a list of the jobs that interest you. At the meeting "
        "we will talk about your short-term and long-term employment goals, the services we "
        "can provide, how we will stay in touch, and your rights under the program. You will "
        "sign the plan only when you agree with it, and you will receive a copy.",
        "If you need an accommodation for the meeting, such as large print or an interpreter, "
        "please let us know."]:
        story.append(Paragraph(text, body))
    story += [Paragraph("Sincerely,", body), Spacer(1, 18),
              Paragraph("Ludmila P. Oyelaran<br/>Ticket Program Specialist", body)]
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=72, rightMargin=72,
                            topMargin=72, bottomMargin=72, title="IWP meeting letter",
                            author="Keystone Ability Works", invariant=1)
    doc.build(story)


def build_benefits_summary(path: Path) -> None:
    """A WIPA benefits summary letter that discusses SGA, TWL and the Ticket (reportlab)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    letter, _ = _reportlab()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12,
                          spaceBefore=8)
    story = [Paragraph("Fernhollow Work Incentives Planning and Assistance (WIPA) Project", head),
             Paragraph("Benefits Summary and Analysis", head),
             Paragraph("Prepared for: Mr. Leopold Fairbanks &middot; SSN ***-**-4471 &middot; "
                       "Date: May 18, 2026 &middot; Community Work Incentives Coordinator: "
                       "Rhiannon T. Baptiste", body),
             Paragraph("Your benefits today", head)]
    table = Table([["Benefit", "Monthly amount", "Notes"],
                   ["SSDI", "$1,184.00", "Trial Work Period: 2 of 9 months used"],
                   ["Medicare Part A and B", "-", "Premium paid by the state"],
                   ["SNAP", "$94.00", "Recertification due 10/2026"]],
                  colWidths=[140, 100, 228])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5)),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [table, Spacer(1, 8), Paragraph("What happens if you work", head)]
    for text in [
        "In 2026 any month you earn more than $1,210 gross counts as a Trial Work Period month. "
        "After nine such months, Social Security looks at whether your earnings are above the "
        "substantial gainful activity (SGA) level of $1,690 a month.",
        "Your plan to start as a part-time warehouse associate at about $1,300 a month would use "
        "Trial Work Period months but keep your SSDI check. Moving to full-time work later "
        "would likely end cash benefits after the grace period, while Medicare continues for "
        "at least 93 months.",
        "Your Ticket to Work is assigned to Keystone Ability Works. Their Individual Work Plan "
        "with you should reflect these figures; this summary is not part of that plan and does "
        "not need to be signed."]:
        story.append(Paragraph(text, body))
    story.append(Paragraph("Next steps", head))
    for i, text in enumerate(["Report every pay stub to Social Security each month.",
                              "Call us before you accept a full-time offer.",
                              "Keep this summary with your benefit letters."], 1):
        story.append(Paragraph(f"{i}. {text}", body))
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=60, rightMargin=60,
                            topMargin=60, bottomMargin=60, title="Benefits Summary and Analysis",
                            author="Fernhollow WIPA", invariant=1)
    doc.build(story)


def build_contact_log(path: Path) -> None:
    """An EN's contact log for one Ticketholder: dates, methods, notes (reportlab)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    letter, _ = _reportlab()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=13,
                          leading=16, spaceAfter=6)
    rows = [["Date", "Method", "Two-way?", "Staff", "Note"]]
    notes = ["Discussed IWP goals; sent job leads.", "Voicemail; no reply.",
             "Texted about interview prep; replied.", "Interview at Sunnyside Market.",
             "Hired part-time; asked for first pay stub.", "Pay stub received ($1,310 gross).",
             "Quarterly check-in; schedule stable.", "Asked about more hours; referred to WIPA."]
    for i, note in enumerate(notes):
        day = dt.date(2026, 1, 12) + dt.timedelta(days=29 * i)
        rows.append([_date(day, "us"), ["Phone", "Phone", "Text", "In person", "Phone",
                                        "Email", "Phone", "Video"][i],
                     "No" if "no reply" in note else "Yes", "C. Mbeki",
                     Paragraph(note, body)])
    table = Table(rows, colWidths=[70, 60, 55, 70, 235], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5)),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Ticketholder Contact Log", head),
             Paragraph("Brightwater Career Collective (PID P0093377) &middot; Ticketholder: "
                       "Tobias Vasconcelos &middot; IWP signed 03/10/2026 &middot; Phase: "
                       "initial job acquisition, then ongoing support", body),
             Spacer(1, 10), table]
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=54, rightMargin=54,
                            topMargin=54, bottomMargin=54, title="Contact log", invariant=1)
    doc.build(story)


# =============================================================================================
# Held-out layouts (memo_, land_, panel_, lc_): four more producers' styles, written from
# what ENs send without looking at how the reader works, to measure how it generalises
# =============================================================================================
HELDOUT_ENS = {
    "harborlight": dict(name="Harborlight Vocational Services", pid="P0090418",
                        model="traditional", street="9 Netmender Row", city="Saltmarsh",
                        state="OR", zip="97999", phone="(541) 555-0123",
                        email="plans@harborlight-vs.example.org",
                        rep="Beatrix N. Okafor", rep_title="Vocational Specialist"),
    "summitview": dict(name="Summitview Employment Partners", pid="P0096642",
                       model="employer", street="1180 Ridgecrest Parkway, Floor 2",
                       city="Cedar Hollow", state="UT", zip="84999", phone="(801) 555-0159",
                       email="ticket@summitview-ep.example.com",
                       rep="Oswin T. Rahimi", rep_title="Ticket Coordinator"),
    "copperfield": dict(name="Copperfield Workforce Alliance", pid="P0092705",
                        model="administrative", street="47 Foundry Square", city="Ironvale",
                        state="PA", zip="16999", phone="(814) 555-0175",
                        email="en@copperfield-wa.example.net",
                        rep="Priya V. Lindholm", rep_title="Employment Advisor"),
    "meadowlark": dict(name="Meadowlark Supported Employment", pid="P0094493",
                       model="traditional", street="620 Prairie Wind Road", city="Bluestem",
                       state="KS", zip="66999", phone="(785) 555-0116",
                       email="iwp@meadowlark-se.example.org",
                       rep="Gustavo E. Marchetti", rep_title="Ticket Program Coordinator"),
}
ENS.update(HELDOUT_ENS)
HELDOUT_PEOPLE_FROM = 200


def _pronouns(case: dict) -> tuple[str, str]:
    return ("she", "her") if case["th"]["title"] == "Ms." else ("he", "his")


# ----- memo_: LibreOffice from a narrative Word memo -------------------------------------------
def _underlined(text: str, bold: bool = False) -> str:
    props = "<w:u w:val=\"single\"/>" + ("<w:b/>" if bold else "")
    return (f"<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{escape(text)}</w:t>"
            "</w:r>")


def _sig_line(label: str, signed: str | None, date_text: str) -> str:
    """``Label  ____/s/ Name____   Date  ____date____`` on one paragraph line."""
    run = Docx.run
    sig = f"  {signed}  " if signed else "_" * 34
    date = f"  {date_text}  " if date_text else "_" * 16
    return Docx.para_xml([run(label + " ", bold=True), _underlined(sig) if signed else run(sig),
                          run("     Date ", bold=True),
                          _underlined(date) if date_text else run(date)], space_after=40)


def build_memo_iwp(case: dict) -> Docx:
    """Layout ``memo``: a narrative memo in Word, headings and paragraphs, no tables."""
    en, th, d = case["en"], case["th"], case["discussion"]
    she, her = _pronouns(case)
    first = th["first"]
    doc = Docx("Employment plan memo", en["rep"])
    doc.para(en["name"].upper(), bold=True, size=13)
    doc.para(f"{en['street']} | {en['city']}, {en['state']} {en['zip']} | {en['phone']} | "
             f"{en['email']}", size=8.5)
    doc.para(f"Ticket to Work Employment Network, Provider ID {en['pid']} "
             f"({en['model']} model)", size=8.5, space_after=200)
    doc.para("MEMORANDUM: INDIVIDUAL WORK PLAN", style="Title")
    doc.para([Docx.run("To: ", bold=True),
              Docx.run(f"{first} {th['middle']} {th['last']}, Ticket Holder")])
    doc.para([Docx.run("From: ", bold=True),
              Docx.run(f"{en['rep']}, {en['rep_title']}")])
    doc.para([Docx.run("Subject: ", bold=True),
              Docx.run("The employment plan we agreed on")], space_after=200)
    doc.heading("Participant Profile")
    doc.para(f"{first} {th['middle']} {th['last']} (Social Security number {th['ssn']}, born "
             f"{_date(th['dob'], 'dmy')}) lives at {th['street']}, {th['city']}, {th['state']} "
             f"{th['zip']}. {she.capitalize()} can be reached at {th['phone']}"
             + (f" or on {her} cell at {th['mobile']}" if th["mobile"] else "")
             + f", or by email at {th['email']}; {she} prefers {th['preferred']}.")
    if case["alt"]:
        alt = case["alt"]
        doc.para(f"If we cannot reach {first}, {she} has agreed that we may contact "
                 f"{alt['name']} ({alt['relationship'].lower()}) at {alt['phone']}, "
                 f"{alt['address']}.")
    doc.heading("How We Built This Plan")
    if d["date"]:
        how = {"in_person": "in person at our office", "telephone": "by telephone",
               "video": "by video call"}[d["modality"][0]]
        doc.para(f"We met with {first} {how} on {_date(d['date'], 'dmy')}.")
    if d["summary"]:
        doc.para(d["summary"])
    if case["work"] is not None:
        doc.heading("Recent Jobs")
        if case["work"]["jobs"]:
            for job in case["work"]["jobs"]:
                doc.para(f"From {_date(job['start'], 'dmy')} to {_date(job['end'], 'dmy')} "
                         f"{first} worked as a {job['title'].lower()} at {job['employer']}, "
                         f"about {job['hours']} hours a week, earning "
                         f"{_money(job['monthly'])} a month before taxes.")
        else:
            doc.para(case["work"]["no_work"])
    doc.heading("Employment Objectives")
    for label, goal in (("Near-term objective (next 12 months)", case["st"]),
                        ("Long-term objective (three to five years)", case["lt"])):
        if goal is None:
            continue
        doc.heading(label, level=2)
        training = (f" To get there {first} will complete the {goal['training'][0]} at "
                    f"{goal['training'][1]}." if goal["training"] else "")
        doc.para([Docx.run(goal["title"], bold=True),
                  Docx.run(f", by {_date(goal['target'], 'dmy')}: about {goal['hours']} hours "
                           f"a week at {_money(goal['wage'])} an hour, which comes to roughly "
                           f"{_money(goal['monthly'])} a month.{training}")])
    doc.heading("Supports We Will Provide")
    for s in case["services"]:
        if not s["provided"]:
            continue
        text = [Docx.run("\u2022 " + s["label"], bold=True)]
        if s["description"]:
            text.append(Docx.run(f": {s['description']} ({s['provider']}; "
                                 f"{s['frequency'].lower()})"))
        doc.para(text)
    not_needed = [s["label"] for s in case["services"] if not s["provided"]]
    if not_needed:
        doc.para(f"Not needed right now: {', '.join(not_needed).lower()}.", italic=True)
    if case["follow_up"]:
        fu = case["follow_up"]
        doc.heading("Check-ins")
        if fu["initial"] == "monthly":
            doc.para(f"Until {first} starts working, {en['rep']} will check in with {her} every "
                     f"month by {', '.join(fu['methods'][:-1])} or {fu['methods'][-1]}. Once "
                     f"{she} is working we will check in at least once every three months to "
                     "collect pay stubs and solve any problems on the job.")
        else:
            doc.para(f"We will check in with {first} once every three months by "
                     f"{fu['methods'][0]}, both while {she} looks for work and after {she} is "
                     "hired.")
    if case["terms"]:
        doc.heading("Terms of Our Agreement")
        for i, term in enumerate(case["terms"], 1):
            doc.para(f"{i}. {term}", size=8.5)
    if case["statement"]:
        doc.heading("Acknowledgement")
        doc.para(case["statement"])
    doc.heading("Signatures")
    ths, ens = case["th_sig"], case["en_sig"]
    doc.parts.append(_sig_line("Customer signature",
                               f"/s/ {first} {th['last']}" if ths["signed"] else None,
                               _date(ths["date"], "dmy") if ths["signed"] else ""))
    doc.para(f"{first} {th['last']}, Ticket Holder", size=8, space_after=200)
    doc.parts.append(_sig_line("Staff signature",
                               f"/s/ {ens['name']}" if ens["signed"] else None,
                               _date(ens["date"], "dmy") if ens["signed"] else ""))
    doc.para(f"{ens['name']}, {ens['title']}, {en['name']}", size=8)
    return doc


# ----- land_: Chromium, a landscape HTML form ---------------------------------------------------
LAND_CSS = """
@page { size: letter landscape; margin: 0.45in 0.5in; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 8.6pt; margin: 0; }
h1 { font-size: 15pt; margin: 0; color: #5a1e5a; }
.top { display: flex; justify-content: space-between; align-items: flex-end;
       border-bottom: 2px solid #5a1e5a; padding-bottom: 4px; margin-bottom: 6px; }
.top .right { text-align: right; font-size: 8pt; }
.cols { display: flex; gap: 12px; }
.cols > section { flex: 1; border: 1px solid #b9a3b9; border-radius: 4px; padding: 4px 7px; }
h2 { font-size: 9.5pt; color: #5a1e5a; margin: 8px 0 3px; border-bottom: 1px solid #c9b3c9; }
section h2 { margin-top: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1px 8px; margin: 0; }
dt { color: #555; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th { background: #efe6ef; text-align: left; }
th, td { border: 1px solid #999; padding: 2px 5px; vertical-align: top; }
.box { display: inline-block; width: 11px; height: 11px; border: 1px solid #222;
       line-height: 10px; text-align: center; font-size: 9pt; margin-right: 4px;
       vertical-align: -2px; }
.svc { display: grid; grid-template-columns: 2.1in 1fr 1.6in 1.4in; gap: 0;
       border-top: 1px solid #ccc; padding: 2px 0; break-inside: avoid; }
.svc.head { font-weight: bold; border-top: none; color: #5a1e5a; }
ol.rules { column-count: 3; column-gap: 16px; font-size: 7.8pt; padding-left: 16px; margin: 2px 0; }
ol.rules li { break-inside: avoid; margin-bottom: 2px; }
.sigtable td.sig { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 11.5pt;
                   width: 3.2in; height: 24px; }
"""


def _box(on: bool) -> str:
    return f"<span class='box'>{'&#10004;' if on else ''}</span>"


def build_land_iwp(case: dict) -> str:
    """Layout ``land``: a landscape HTML form, three blocks side by side, CSS check boxes."""
    en, th, d = case["en"], case["th"], case["discussion"]
    first = th["first"]
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Employment Plan "
           f"- {_h(first)} {_h(th['last'])}</title><style>{LAND_CSS}</style></head><body>",
           f"<div class='top'><div><h1>Ticket Holder Employment Plan (IWP)</h1>{_h(en['name'])}"
           f"</div><div class='right'>Ticket to Work &middot; Employment Network<br>"
           f"Provider No. {_h(en['pid'])}</div></div><div class='cols'>",
           "<section><h2>Employment Network</h2><dl>",
           f"<dt>Organization</dt><dd>{_h(en['name'])}</dd>",
           f"<dt>Provider No.</dt><dd>{_h(en['pid'])}</dd>",
           f"<dt>Model</dt><dd>{_h(en['model'].title())}</dd>",
           f"<dt>Office</dt><dd>{_h(en['street'])}, {_h(en['city'])}, {_h(en['state'])} "
           f"{_h(en['zip'])}</dd>",
           f"<dt>Phone</dt><dd>{_h(en['phone'])}</dd><dt>Email</dt><dd>{_h(en['email'])}</dd>",
           f"<dt>Staff</dt><dd>{_h(en['rep'])}, {_h(en['rep_title'])}</dd></dl></section>",
           "<section><h2>Beneficiary</h2><dl>",
           f"<dt>Name</dt><dd>{_h(first)} {_h(th['middle'])} {_h(th['last'])}</dd>",
           f"<dt>SSN</dt><dd>{_h(th['ssn'])}</dd>",
           f"<dt>DOB</dt><dd>{_date(th['dob'], 'abbr')}</dd>",
           f"<dt>Home</dt><dd>{_h(th['street'])}, {_h(th['city'])}, {_h(th['state'])} "
           f"{_h(th['zip'])}</dd>",
           f"<dt>Phone</dt><dd>{_h(th['phone'])}"
           + (f" (cell {_h(th['mobile'])})" if th["mobile"] else "") + "</dd>",
           f"<dt>Email</dt><dd>{_h(th['email'])}</dd>",
           f"<dt>Contact by</dt><dd>{_h(th['preferred'])}</dd></dl></section>",
           "<section><h2>Alternate Contact</h2>"]
    if case["alt"]:
        alt = case["alt"]
        out += ["<dl>", f"<dt>Name</dt><dd>{_h(alt['name'])}</dd>",
                f"<dt>Relation</dt><dd>{_h(alt['relationship'])}</dd>",
                f"<dt>Phone</dt><dd>{_h(alt['phone'])}</dd>",
                f"<dt>Address</dt><dd>{_h(alt['address'])}</dd></dl>"]
    else:
        out.append("<p>&nbsp;</p>")
    out.append("</section></div>")
    out.append("<h2>Planning Meeting</h2>")
    if d["date"]:
        out.append(f"<p>Date: {_date(d['date'], 'abbr')} &nbsp;&nbsp; Met by: "
                   + " ".join(f"{_box(d['modality'][0] == key)}{_h(label)} &nbsp;"
                              for key, label in MODALITIES) + "</p>")
    if d["summary"]:
        out.append(f"<p><b>Notes from our meeting:</b> {_h(d['summary'])}</p>")
    if case["work"] is not None:
        out.append("<h2>Work in the Past 18 Months</h2>")
        if case["work"]["jobs"]:
            out.append("<table><tr><th>Employer</th><th>Position</th><th>From</th><th>To</th>"
                       "<th>Hrs/wk</th><th>Gross per month</th></tr>")
            for job in case["work"]["jobs"]:
                out.append(f"<tr><td>{_h(job['employer'])}</td><td>{_h(job['title'])}</td>"
                           f"<td>{_date(job['start'], 'abbr')}</td>"
                           f"<td>{_date(job['end'], 'abbr')}</td><td>{job['hours']}</td>"
                           f"<td>{_money(job['monthly'])}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{_h(case['work']['no_work'])}</p>")
    out.append("<h2>Vocational Goal</h2><table><tr><th style='width:55%'>Goal</th>"
               "<th>Target date</th><th>Earnings</th></tr>")
    for label, goal in (("Short-term", case["st"]), ("Long-term", case["lt"])):
        if goal is None:
            continue
        training = (f"; training: {_h(goal['training'][0])}, {_h(goal['training'][1])}"
                    if goal["training"] else "")
        out.append(f"<tr><td><b>{label}:</b> {_h(goal['title'])} &ndash; {goal['hours']} hrs/week "
                   f"at {_money(goal['wage'])}/hr{training}</td>"
                   f"<td>{_date(goal['target'], 'abbr')}</td>"
                   f"<td>{_money(goal['monthly'])} per month</td></tr>")
    out.append("</table>")
    out.append("<h2>Services Checklist</h2><div class='svc head'><div>Service</div>"
               "<div>What we will do</div><div>By whom</div><div>How often</div></div>")
    for s in case["services"]:
        out.append(f"<div class='svc'><div>{_box(s['provided'])}{_h(s['label'])}</div>"
                   f"<div>{_h(s['description'])}</div><div>{_h(s['provider'])}</div>"
                   f"<div>{_h(s['frequency'])}</div></div>")
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "every month", "quarterly": "every three months"}
        out.append("<h2>Contact Schedule</h2><p>"
                   f"{_box(True)}While job searching: {often[fu['initial']]} &nbsp;&nbsp; "
                   f"{_box(True)}After hire: {often[fu['ongoing']]} &nbsp;&nbsp; How: "
                   f"{_h(', '.join(fu['methods']))}</p>")
    if case["terms"]:
        out.append("<h2>Rules of the Program</h2><ol class='rules'>")
        out += [f"<li>{_h(t)}</li>" for t in case["terms"]]
        out.append("</ol>")
    if case["statement"]:
        out.append(f"<h2>Ticket Holder Acknowledgement</h2><p>{_h(case['statement'])}</p>")
    ths, ens = case["th_sig"], case["en_sig"]
    out.append("<h2>Signed</h2><table class='sigtable'><tr><th>Role</th><th>Signature</th>"
               "<th>Printed name</th><th>Date</th></tr>")
    th_name = f"{first} {th['last']}"
    out.append(f"<tr><td>Ticket Holder</td><td class='sig'>"
               f"{_h(th_name) if ths['signed'] else ''}</td><td>{_h(th_name)}</td>"
               f"<td>{_date(ths['date'], 'abbr') if ths['signed'] else ''}</td></tr>")
    out.append(f"<tr><td>EN Representative</td><td class='sig'>"
               f"{_h(ens['name']) if ens['signed'] else ''}</td><td>{_h(ens['name'])}, "
               f"{_h(ens['title'])}</td>"
               f"<td>{_date(ens['date'], 'abbr') if ens['signed'] else ''}</td></tr></table>")
    out.append("</body></html>")
    return "".join(out)


# ----- panel_: reportlab, two columns with a boxed contact panel on the right ------------------
def build_panel_iwp(case: dict, path: Path) -> None:
    """Layout ``panel``: page one has the plan on the left and Part One's contact details in
    a shaded, boxed panel on the right; dates as '4 March 2026' and '2026-03-04'."""
    from reportlab.lib.utils import simpleSplit

    en, th, d = case["en"], case["th"], case["discussion"]
    first = th["first"]
    pen = Pen(path, "Work Plan", f"{en['name']} | Ticket to Work | Individual Work Plan")
    c = pen.c
    m = pen.MARGIN
    panel_x, panel_w = 372, pen.width - m - 372
    left_w = panel_x - m - 16
    c.setFont("Helvetica-Bold", 16)
    c.drawString(m, pen.y, "Individual Work Plan")
    c.setFont("Helvetica", 9)
    c.drawString(m, pen.y - 13, f"Ticket to Work  |  {en['name']}")
    top = pen.y - 26
    # The right-hand panel: Part One.
    lines: list[tuple[str, str]] = [("h", "PART ONE: CONTACT DETAILS"), ("s", "Employment Network"),
                                    ("v", en["name"]), ("v", f"PID {en['pid']}"),
                                    ("v", en["street"]),
                                    ("v", f"{en['city']}, {en['state']} {en['zip']}"),
                                    ("v", en["phone"]), ("v", en["email"]),
                                    ("v", f"Contact: {en['rep']}"),
                                    ("v", f"Business model: {en['model']}"),
                                    ("s", "Ticket Holder"),
                                    ("v", f"{first} {th['middle']} {th['last']}"),
                                    ("v", f"SSN {th['ssn']}"),
                                    ("v", f"Born {_date(th['dob'], 'dmy')}"),
                                    ("v", th["street"]),
                                    ("v", f"{th['city']}, {th['state']} {th['zip']}"),
                                    ("v", f"Tel {th['phone']}")]
    if th["mobile"]:
        lines.append(("v", f"Cell {th['mobile']}"))
    lines += [("v", th["email"]), ("v", f"Prefers: {th['preferred']}")]
    if case["alt"]:
        alt = case["alt"]
        lines += [("s", "Alternate Contact"), ("v", alt["name"]),
                  ("v", f"{alt['relationship']}, {alt['phone']}")]
        lines += [("v", part) for part in simpleSplit(alt["address"], "Helvetica", 8.3,
                                                       panel_w - 14)]
    height = sum(15 if kind in ("h", "s") else 10.5 for kind, _ in lines) + 10
    c.setFillGray(0.93)
    c.setLineWidth(0.9)
    c.rect(panel_x, top - height, panel_w, height, stroke=1, fill=1)
    c.setFillGray(0)
    y = top - 14
    for kind, text in lines:
        if kind == "h":
            c.setFont("Helvetica-Bold", 9)
            c.drawString(panel_x + 7, y, text)
            y -= 15
        elif kind == "s":
            y -= 3
            c.setFont("Helvetica-Bold", 8.3)
            c.drawString(panel_x + 7, y, text)
            y -= 12
        else:
            c.setFont("Helvetica", 8.3)
            c.drawString(panel_x + 7, y, text)
            y -= 10.5
    # The left column: the plan itself.
    pen.y = top - 10

    def head(text: str) -> None:
        pen.y -= 6
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColorRGB(0.55, 0.27, 0.07)
        c.drawString(m, pen.y, text)
        c.setFillGray(0)
        pen.y -= 14

    def para(text: str, size: float = 8.8) -> None:
        pen.wrap(text, x=m, width=left_w, size=size, leading=size + 2.6)

    head("1. Our Planning Conversation")
    if d["date"]:
        para(f"Held on {_date(d['date'], 'dmy')} ({d['modality'][1].lower()}).")
    if d["summary"]:
        para(d["summary"])
    if case["work"] is not None:
        head("2. Work in the Last 18 Months")
        for job in case["work"]["jobs"]:
            para(f"{job['employer']}, {job['title']}: {_date(job['start'], 'iso')} to "
                 f"{_date(job['end'], 'iso')}, {job['hours']} hours a week, "
                 f"{round(job['monthly'])} per month.")
        if not case["work"]["jobs"]:
            para(case["work"]["no_work"])
    head("3. Goals")
    for label, goal in (("Short-term goal", case["st"]), ("Long-term goal", case["lt"])):
        if goal is None:
            continue
        c.setFont("Helvetica-Bold", 8.8)
        c.drawString(m, pen.y, f"{label}: {goal['title']}")
        pen.y -= 11.5
        para(f"By {_date(goal['target'], 'dmy')}; {goal['hours']} hrs/week at "
             f"{_money(goal['wage'])}/hr = {_money(goal['monthly'])}/mo."
             + (f" Training: {goal['training'][0]} ({goal['training'][1]})."
                if goal["training"] else ""))
    pen.y = min(pen.y, top - height) - 10
    head("4. Supports and Services")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(m, pen.y, "Provided")
    c.drawString(m + 50, pen.y, "Support")
    c.drawString(m + 180, pen.y, "Details (who, how often)")
    pen.y -= 4
    c.setLineWidth(0.5)
    c.line(m, pen.y, pen.width - m, pen.y)
    pen.y -= 11
    for s in case["services"]:
        lines_ = simpleSplit(
            (f"{s['description']} ({s['provider']}, {s['frequency'].lower()})"
             if s["description"] else ""), "Helvetica", 8.5, pen.width - m - (m + 180))
        pen.need(12 * max(1, len(lines_)) + 4)
        box_x, box_y = m + 14, pen.y - 2
        c.setLineWidth(0.7)
        c.rect(box_x, box_y, 9, 9, stroke=1, fill=0)
        if s["provided"]:  # a tick, not an X
            c.setLineWidth(1.3)
            c.line(box_x + 1.5, box_y + 4.5, box_x + 3.8, box_y + 1.8)
            c.line(box_x + 3.8, box_y + 1.8, box_x + 8.5, box_y + 8.5)
        c.setFont("Helvetica", 8.5)
        c.drawString(m + 50, pen.y, s["label"])
        for i, line in enumerate(lines_ or [""]):
            c.drawString(m + 180, pen.y - 11 * i, line)
        pen.y -= 11 * max(1, len(lines_)) + 4
    if case["follow_up"]:
        fu = case["follow_up"]
        head("5. Keeping in Touch")
        often = {"monthly": "monthly", "quarterly": "every 3 months (quarterly)"}
        pen.pairs([("Job search phase", often[fu["initial"]]),
                   ("After hire", often[fu["ongoing"]]),
                   ("By", ", ".join(fu["methods"]))], size=8.8)
    pen.new_page()
    if case["terms"]:
        head("6. Conditions")
        col_w = (pen.width - 2 * m - 18) / 2
        start_y, x = pen.y, m
        half = (len(case["terms"]) + 1) // 2
        for i, term in enumerate(case["terms"], 1):
            if i == half + 1:
                pen.y, x = start_y, m + col_w + 18
            for j, line in enumerate(simpleSplit(f"{i}. {term}", "Helvetica", 8, col_w)):
                c.setFont("Helvetica", 8)
                c.drawString(x + (0 if j == 0 else 9), pen.y, line)
                pen.y -= 10
            pen.y -= 2
        pen.y -= 6
        pen.y = min(pen.y, start_y - 10 * 40)
    if case["statement"]:
        head("7. Your Understanding")
        pen.wrap(case["statement"], size=8.8)
    head("8. Signatures")
    pen.y -= 4
    ths, ens = case["th_sig"], case["en_sig"]
    box_w = (pen.width - 2 * m - 20) / 2
    for i, (title, sig, signer) in enumerate(
            (("Signature of Ticket Holder", ths, f"{first} {th['last']}"),
             ("Signature of EN Representative", ens, ens["name"]))):
        x = m + i * (box_w + 20)
        c.setLineWidth(0.8)
        c.rect(x, pen.y - 56, box_w, 56, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 6, pen.y - 11, title)
        if sig["signed"]:
            c.setFont("Times-Italic", 12)
            c.drawString(x + 10, pen.y - 30, f"/s/ {signer}")
        c.setFont("Helvetica", 8)
        c.drawString(x + 6, pen.y - 49,
                     "Dated: " + (_date(sig["date"], "iso") if sig["signed"] and sig["date"]
                                  else ""))
    pen.y -= 70
    c.setFont("Helvetica", 8)
    c.drawString(m, pen.y, f"EN representative: {ens['name']}, {ens['title']}")
    pen.save()


# ----- lc_: a LiveCycle-style fillable form, labels only printed, Fill & Sign ink ---------------
class LiveCycleForm(GenericForm):
    """Widgets named the way Adobe LiveCycle Designer names them
    (``topmostSubform[0].Page1[0].TextField3[0]``), no tooltips: the label is only printed
    beside the widget. The names are made hierarchical afterwards (:func:`_nest_field_names`)."""

    def __init__(self, pen: Pen, filled: bool) -> None:
        super().__init__(pen, filled)
        self.counts = {}

    def _name(self, kind: str) -> str:
        page = f"Page{self.pen.page}[0]"
        base = {"Text": "TextField", "Check Box": "CheckBox", "Date": "DateTimeField"}[kind]
        key = (page, base)
        self.counts[key] = self.counts.get(key, 0) + 1
        return f"topmostSubform[0].{page}.{base}{self.counts[key]}[0]"

    TOOLTIPS = False


def _nest_field_names(path: Path) -> None:
    """Turn dotted field names into the field tree LiveCycle writes (parents with /Kids)."""
    from pypdf import PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, NameObject,
                               TextStringObject)

    writer = PdfWriter(clone_from=str(path))
    acro = writer._root_object["/AcroForm"]
    parents: dict[str, object] = {}
    top: list = []
    for ref in list(acro["/Fields"]):
        field = ref.get_object()
        parts = str(field["/T"]).split(".")
        parent_ref, prefix = None, ""
        for part in parts[:-1]:
            prefix = f"{prefix}.{part}" if prefix else part
            if prefix not in parents:
                node = DictionaryObject({NameObject("/T"): TextStringObject(part),
                                         NameObject("/Kids"): ArrayObject()})
                if parent_ref is not None:
                    node[NameObject("/Parent")] = parent_ref
                parents[prefix] = writer._add_object(node)
                if parent_ref is None:
                    top.append(parents[prefix])
                else:
                    parent_ref.get_object()["/Kids"].append(parents[prefix])
            parent_ref = parents[prefix]
        field[NameObject("/T")] = TextStringObject(parts[-1])
        field[NameObject("/Parent")] = parent_ref
        parent_ref.get_object()["/Kids"].append(ref)
    acro[NameObject("/Fields")] = ArrayObject(top)
    acro[NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(path, "wb") as handle:
        writer.write(handle)


def _ink_signature(path: Path, places: list[tuple[int, float, float, float]]) -> None:
    """Add hand-drawn signatures as /Ink annotations, the way Acrobat's Fill & Sign does:
    ``places`` are (page index, x, y, width) of each signature's baseline start."""
    from pypdf import PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject,
                               FloatObject, NameObject, NumberObject)

    writer = PdfWriter(clone_from=str(path))
    for page_index, x, y, width in places:
        rng = random.Random(int(x * 7 + y * 3 + page_index))
        points = [(x, y + 5)]
        for i in range(1, 29):
            points.append((x + width * i / 28, y + 2 + rng.uniform(0, 14) * (1 if i % 2 else
                                                                              0.35)))
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        rect = [min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2]
        ops = [f"{points[0][0] - rect[0]:.2f} {points[0][1] - rect[1]:.2f} m"]
        ops += [f"{px - rect[0]:.2f} {py - rect[1]:.2f} l" for px, py in points[1:]]
        appearance = DecodedStreamObject()
        appearance.set_data(("q 0.05 0.1 0.45 RG 1.1 w 1 J 1 j " + " ".join(ops)
                             + " S Q").encode())
        appearance.update({NameObject("/Type"): NameObject("/XObject"),
                           NameObject("/Subtype"): NameObject("/Form"),
                           NameObject("/BBox"): ArrayObject(
                               [FloatObject(0), FloatObject(0), FloatObject(rect[2] - rect[0]),
                                FloatObject(rect[3] - rect[1])])})
        annotation = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Ink"),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/InkList"): ArrayObject([ArrayObject(
                [FloatObject(round(v, 2)) for p in points for v in p])]),
            NameObject("/C"): ArrayObject([FloatObject(0.05), FloatObject(0.1),
                                           FloatObject(0.45)]),
            NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(1.1)}),
            NameObject("/AP"): DictionaryObject(
                {NameObject("/N"): writer._add_object(appearance)}),
        })
        writer.add_annotation(page_index, annotation)
    with open(path, "wb") as handle:
        writer.write(handle)


def build_lc_iwp(case: dict, path: Path) -> None:
    """Layout ``lc``: an SSA-1370-like fillable form exported from a LiveCycle-style
    designer: generic hierarchical field names, no tooltips, labels printed beside; the
    signatures are drawn with Fill & Sign (/Ink annotations), the dates typed in fields."""
    en, th, d = case["en"], case["th"], case["discussion"]
    pen = Pen(path, "Individual Work Plan", "Form EN-IWP (rev. 01/2026)  Meadowlark "
              "Supported Employment")
    form = LiveCycleForm(pen, True)
    c = pen.c
    m, w = pen.MARGIN, pen.width - 2 * pen.MARGIN
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(pen.width / 2, pen.y, "INDIVIDUAL WORK PLAN (IWP)")
    pen.y -= 13
    c.setFont("Helvetica", 8)
    c.drawCentredString(pen.width / 2, pen.y, "Ticket to Work and Self-Sufficiency Program")
    pen.y -= 6
    pen.heading("PART 1 - CONTACT INFORMATION", size=10)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "A. Employment Network (EN)")
    pen.y -= 6
    form.text("1. EN Name", en["name"], m, 340, 60)
    form.text("2. EN PID", en["pid"], m + 350, w - 350, 50)
    form.row()
    form.text("3. Mailing address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}",
              m, w, 80)
    form.row()
    form.text("4. Telephone", en["phone"], m, 200, 60)
    form.text("5. Email", en["email"], m + 210, w - 210, 40)
    form.row()
    form.text("6. EN contact", f"{en['rep']}, {en['rep_title']}", m, w, 60)
    form.row(24)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "B. Ticketholder")
    pen.y -= 6
    form.text("7. Name (first, MI, last)", f"{th['first']} {th['middle']} {th['last']}", m,
              330, 105)
    form.text("8. SSN", th["ssn"], m + 340, w - 340, 35)
    form.row()
    form.text("9. Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}", m, w,
              50)
    form.row()
    form.text("10. Phone", th["phone"], m, 170, 50)
    form.text("11. Alt. phone", th["mobile"] or "", m + 180, 160, 60)
    form.text("12. Email", th["email"], m + 350, w - 350, 45)
    form.row(24)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "C. Alternate contact (optional)")
    pen.y -= 6
    alt = case["alt"] or dict(name=None, relationship=None, phone=None, address=None)
    form.text("13. Name", alt["name"], m, 230, 45)
    form.text("14. Relationship", alt["relationship"], m + 240, 130, 70)
    form.text("15. Phone", alt["phone"], m + 380, w - 380, 45)
    form.row()
    form.text("16. Address", alt["address"], m, w, 55)
    form.row(24)
    pen.heading("PART 2 - EMPLOYMENT PLANNING", size=10)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "Section 1. Discussion")
    pen.y -= 6
    form.text("17. Date held", _date(d["date"], "us") if d["date"] else None, m, 160, 65,
              kind="Date")
    c.setFont("Helvetica", 7.5)
    c.drawString(m + 175, pen.y - 10, "18. How:")
    for i, (key, label) in enumerate(MODALITIES):
        pen.y -= 8
        form.check(label, bool(d["modality"]) and d["modality"][0] == key, m + 215 + 85 * i)
        pen.y += 8
    form.row(24)
    c.setFont("Helvetica", 7.5)
    c.drawString(m, pen.y, "19. Summary of the discussion")
    pen.y -= 4
    form.text("", d["summary"], m, w, 0, height=66, multiline=True)
    form.row(76)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "Section 2. Recent work history (last 6-18 months)")
    pen.y -= 6
    work = case["work"] or dict(jobs=[], no_work=None)
    job = work["jobs"][0] if work["jobs"] else dict(employer=None, title=None, start=None,
                                                    end=None, hours=None, monthly=None)
    form.text("20. Employer", job["employer"], m, 230, 55)
    form.text("21. Position", job["title"], m + 240, w - 240, 50)
    form.row()
    form.text("22. Start", _date(job["start"], "us") if job["start"] else None, m, 120, 35,
              kind="Date")
    form.text("23. End", _date(job["end"], "us") if job["end"] else None, m + 130, 110, 30,
              kind="Date")
    form.text("24. Hrs/wk", job["hours"], m + 250, 80, 45)
    form.text("25. Monthly gross", _money(job["monthly"]) if job["monthly"] else None,
              m + 340, w - 340, 75)
    form.row()
    form.text("26. No work in this period (explain)", work["no_work"], m, w, 140)
    pen.new_page()
    pen.heading("PART 2 (continued)", size=10)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "Section 3. Employment goals")
    pen.y -= 6
    number = 27
    for label, goal in (("Short-term", case["st"]), ("Long-term", case["lt"])):
        goal = goal or dict(title=None, target=None, hours=None, wage=None, monthly=None,
                            training=None)
        form.text(f"{number}. {label} goal", goal["title"], m, 330, 85)
        form.text(f"{number + 1}. Target date", _date(goal["target"], "us")
                  if goal["target"] else None, m + 340, w - 340, 70, kind="Date")
        form.row()
        form.text(f"{number + 2}. Hours/week", goal["hours"], m, 130, 65)
        form.text(f"{number + 3}. Hourly wage", _money(goal["wage"]) if goal["wage"] else None,
                  m + 140, 150, 65)
        form.text(f"{number + 4}. Gross monthly", _money(goal["monthly"]) if goal["monthly"]
                  else None, m + 300, w - 300, 70)
        form.row()
        form.text(f"{number + 5}. Education/training", f"{goal['training'][0]}, "
                  f"{goal['training'][1]}" if goal["training"] else
                  ("None needed" if goal["title"] else None), m, w, 95)
        form.row(26)
        number += 6
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "Section 4. Services and supports the EN will provide")
    pen.y -= 16
    for s in case["services"]:
        form.check(s["label"], s["provided"], m)
        pen.y += 8  # the description box level with its check box
        form.text("", s["description"] if s["provided"] else None, m + 160, w - 160, 0,
                  height=20, multiline=True)
        pen.y -= 8
        form.row(25)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(m, pen.y, "Section 5. Follow-up contact")
    pen.y -= 16
    fu = case["follow_up"] or dict(initial=None, ongoing=None, methods=[])
    c.setFont("Helvetica", 7.5)
    c.drawString(m, pen.y, f"{number}. Before employment:")
    form.check("Monthly", fu["initial"] == "monthly", m + 110)
    form.check("Quarterly", fu["initial"] == "quarterly", m + 190)
    form.row(16)
    c.setFont("Helvetica", 7.5)
    c.drawString(m, pen.y, f"{number + 1}. After employment:")
    form.check("Monthly", fu["ongoing"] == "monthly", m + 110)
    form.check("Quarterly", fu["ongoing"] == "quarterly", m + 190)
    form.row(14)
    form.text(f"{number + 2}. Methods", ", ".join(fu["methods"]) or None, m, w, 60)
    pen.new_page()
    pen.heading("PART 3 - TERMS, CONDITIONS AND SIGNATURES", size=10)
    for i, term in enumerate(case["terms"] or [], 1):
        pen.wrap(f"{i}. {term}", size=8.2, leading=10)
    if case["statement"]:
        pen.y -= 6
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(m, pen.y, "Ticketholder statement")
        pen.y -= 12
        pen.wrap(case["statement"], size=8.5)
    pen.y -= 30
    ths, ens = case["th_sig"], case["en_sig"]
    places = []
    for who, sig in (("Ticketholder", ths), ("EN representative", ens)):
        c.setLineWidth(0.5)
        c.line(m, pen.y, m + 300, pen.y)
        c.setFont("Helvetica", 7.5)
        c.drawString(m, pen.y - 9, f"Signature of {who}")
        if sig["signed"]:
            places.append((pen.page - 1, m + 12, pen.y + 1, 150))
        pen.y += 12
        form.text("Date", _date(sig["date"], "us") if sig["signed"] and sig["date"] else None,
                  m + 320, 120, 25, kind="Date")
        pen.y -= 52
    form.text("EN representative name and title", f"{ens['name']}, {ens['title']}", m, w, 150)
    pen.save()
    _nest_field_names(path)
    if places:
        _ink_signature(path, places)


# ----- second held-out batch (made after the first batch's fixes, to measure them) -----------
HELDOUT_ENS_2 = {
    "tidewater": dict(name="Tidewater Career Bridges", pid="P0099013", model="traditional",
                      street="88 Causeway Street", city="Gullhaven", state="SC", zip="29999",
                      phone="(843) 555-0139", email="plans@tidewater-cb.example.org",
                      rep="Anselm J. Oduya", rep_title="Career Specialist"),
    "prairiegate": dict(name="Prairiegate Workforce Options", pid="P0090876",
                        model="employer", street="3150 Grainfield Boulevard", city="Windmere",
                        state="NE", zip="68999", phone="(402) 555-0162",
                        email="ticket@prairiegate.example.com",
                        rep="Rosalyn Q. Achterberg", rep_title="Employment Consultant"),
}
ENS.update(HELDOUT_ENS_2)


def build_memo_amendment(amend: dict) -> Docx:
    """Layout ``amendmemo``: an amendment written as a short Word memo, no tables."""
    en, th = amend["en"], amend["th"]
    first = th["first"]
    doc = Docx("Change to your employment plan", en["rep"])
    doc.para(en["name"], bold=True, size=12)
    doc.para(f"{en['street']}, {en['city']}, {en['state']} {en['zip']} - {en['phone']} - "
             f"{en['email']} - PID {en['pid']}", size=8.5, space_after=160)
    doc.para("CHANGE TO YOUR EMPLOYMENT PLAN", style="Title")
    doc.para(f"Individual Work Plan amendment no. {amend['number']}", align="center",
             space_after=160)
    doc.para([Docx.run("For: ", bold=True),
              Docx.run(f"{first} {th['middle']} {th['last']} (SSN {th['ssn']}), "
                       f"{th['street']}, {th['city']}, {th['state']} {th['zip']}, "
                       f"{th['phone']}")])
    if amend["plan_id"]:
        doc.para(f"This change updates your Individual Work Plan {amend['plan_id']}, which you "
                 f"signed on {_date(amend['original_signed'], 'dmy')}. Everything in that "
                 "plan that is not changed here stays the same.")
    else:
        doc.para("This change updates your Individual Work Plan. Everything in that plan that "
                 "is not changed here stays the same.")
    doc.heading("Why we are changing the plan")
    doc.para(amend["reason"])
    doc.heading("Your updated goals")
    for label, goal in (("Goal for this year", amend["st"]),
                        ("Goal for the next three to five years", amend["lt"])):
        doc.para([Docx.run(label + ": ", bold=True),
                  Docx.run(f"{goal['title']}, {goal['hours']} hours a week at "
                           f"{_money(goal['wage'])} an hour (about {_money(goal['monthly'])} "
                           f"a month), by {_date(goal['target'], 'dmy')}.")])
    if amend["changes"]:
        doc.heading("Changes to your supports")
        verbs = {"Added": "New", "Ended": "Stopped", "Continued": "Continuing"}
        for change in amend["changes"]:
            text = [Docx.run(f"\u2022 {verbs[change['change']]}: {change['label']}", bold=True)]
            if change["description"]:
                text.append(Docx.run(f" - {change['description']} ({change['provider']}; "
                                     f"{change['frequency'].lower()})"))
            doc.para(text)
    doc.heading("Agreement")
    doc.para(f"By signing below we both agree to this change. {first} gets a copy of it.")
    ths, ens = amend["th_sig"], amend["en_sig"]
    for sig, who, role in ((ths, f"{first} {th['last']}", "Ticket Holder"),
                           (ens, ens["name"], ens["title"])):
        signed = f"/s/ {who}" if sig["signed"] else "_" * 28
        date = _date(sig["date"], "dmy") if sig["signed"] and sig["date"] else "_" * 14
        doc.para([Docx.run("Signed: ", bold=True), Docx.run(f"{signed}, {role}"),
                  Docx.run("     Date: ", bold=True), Docx.run(date)], space_after=120)
    return doc


BOXES_CSS = """
@page { size: letter; margin: 0.5in 0.55in; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; margin: 0; }
.title { text-align: center; font-weight: bold; font-size: 12.5pt; letter-spacing: 0.04em; }
.subtitle { text-align: center; font-size: 8pt; margin-bottom: 6px; }
.sec { font-weight: bold; font-size: 9pt; border-bottom: 2px solid #000; margin: 9px 0 3px;
       padding-bottom: 1px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444; padding: 3px 5px; vertical-align: top; }
th { background: #e4e4e4; text-align: left; font-size: 8pt; }
td b { font-weight: bold; }
.line { margin: 2px 0; }
.small { font-size: 7.6pt; }
"""


def build_boxes_iwp(case: dict) -> str:
    """Layout ``boxes``: a plain agency HTML form, 'Label: value' inside bordered cells,
    text check boxes '[X]' / '[ ]', goals as a table with one ROW per goal, follow-up as a
    'Phase | How often | How' table, dates as 03-04-2026."""
    en, th, d = case["en"], case["th"], case["discussion"]
    first = th["first"]

    def cell(label, value, span=1):
        return (f"<td colspan='{span}'><b>{_h(label)}:</b> "
                f"{_h(value) if value else ''}</td>")

    def dash(day):
        return day.strftime("%m-%d-%Y") if day else ""

    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP "
           f"{_h(first)} {_h(th['last'])}</title><style>{BOXES_CSS}</style></head><body>",
           "<div class='title'>TICKET TO WORK &ndash; INDIVIDUAL WORK PLAN</div>",
           f"<div class='subtitle'>{_h(en['name'])} &middot; Employment Network</div>",
           "<div class='sec'>SECTION 1 &ndash; EMPLOYMENT NETWORK</div><table><tr>",
           cell("EN name", en["name"], 2), cell("PID", en["pid"]), "</tr><tr>",
           cell("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}", 2),
           cell("Phone", en["phone"]), "</tr><tr>", cell("Email", en["email"]),
           cell("EN representative", f"{en['rep']}, {en['rep_title']}", 2),
           "</tr></table>",
           "<div class='sec'>SECTION 2 &ndash; CLIENT</div><table><tr>",
           cell("Client name", f"{first} {th['middle']} {th['last']}"),
           cell("SSN", th["ssn"]), cell("Date of birth", dash(th["dob"])), "</tr><tr>",
           cell("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}", 2),
           cell("Phone", th["phone"]), "</tr><tr>", cell("Email", th["email"], 2),
           cell("Preferred contact", th["preferred"]), "</tr></table>"]
    if case["alt"]:
        alt = case["alt"]
        out += ["<div class='sec'>SECTION 3 &ndash; ALTERNATE CONTACT</div><table><tr>",
                cell("Name", alt["name"]), cell("Relationship", alt["relationship"]),
                cell("Phone", alt["phone"]), "</tr><tr>", cell("Address", alt["address"], 3),
                "</tr></table>"]
    out.append("<div class='sec'>SECTION 4 &ndash; PLANNING DISCUSSION</div><table>")
    if d["date"]:
        boxes = " ".join(f"[{'X' if d['modality'][0] == key else ' '}] {_h(label)}"
                         for key, label in MODALITIES)
        out += ["<tr>", cell("Date of discussion", dash(d["date"])),
                f"<td><b>Held:</b> {boxes}</td></tr>"]
    if d["summary"]:
        out.append(f"<tr>{cell('Summary of discussion', d['summary'], 2)}</tr>")
    out.append("</table>")
    if case["work"] is not None:
        out.append("<div class='sec'>SECTION 5 &ndash; WORK HISTORY (LAST 18 MONTHS)</div>")
        if case["work"]["jobs"]:
            out.append("<table><tr><th>Employer</th><th>Job title</th><th>Start date</th>"
                       "<th>End date</th><th>Hours per week</th><th>Monthly earnings</th></tr>")
            for job in case["work"]["jobs"]:
                out.append(f"<tr><td>{_h(job['employer'])}</td><td>{_h(job['title'])}</td>"
                           f"<td>{dash(job['start'])}</td><td>{dash(job['end'])}</td>"
                           f"<td>{job['hours']}</td><td>{_money(job['monthly'])}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<table><tr>{cell('No work', case['work']['no_work'])}</tr></table>")
    out.append("<div class='sec'>SECTION 6 &ndash; EMPLOYMENT GOALS</div><table><tr>"
               "<th>Goal</th><th>Job</th><th>Hours/week</th><th>Wage</th>"
               "<th>Monthly earnings</th><th>Target date</th><th>Training</th></tr>")
    for label, goal in (("Short-term", case["st"]), ("Long-term", case["lt"])):
        training = (f"{goal['training'][0]} ({goal['training'][1]})" if goal["training"]
                    else "None")
        out.append(f"<tr><td>{label}</td><td>{_h(goal['title'])}</td><td>{goal['hours']}</td>"
                   f"<td>{_money(goal['wage'])}</td><td>{_money(goal['monthly'])}</td>"
                   f"<td>{dash(goal['target'])}</td><td>{_h(training)}</td></tr>")
    out.append("</table><div class='sec'>SECTION 7 &ndash; SERVICES AND SUPPORTS</div>")
    for s in case["services"]:
        how = (f" &ndash; <b>How:</b> {_h(s['description'])} <b>Who:</b> {_h(s['provider'])} "
               f"<b>When:</b> {_h(s['frequency'])}" if s["provided"] else "")
        out.append(f"<div class='line'>[{'X' if s['provided'] else ' '}] "
                   f"{_h(s['label'])}{how if s['provided'] else ''}</div>")
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "Monthly", "quarterly": "Quarterly"}
        out.append("<div class='sec'>SECTION 8 &ndash; FOLLOW-UP</div><table><tr><th>Phase</th>"
                   "<th>How often</th><th>How</th></tr>"
                   f"<tr><td>Before employment (job search)</td><td>{often[fu['initial']]}</td>"
                   f"<td>{_h(', '.join(fu['methods']))}</td></tr>"
                   f"<tr><td>After employment</td><td>{often[fu['ongoing']]}</td>"
                   f"<td>{_h(', '.join(fu['methods']))}</td></tr></table>")
    if case["terms"]:
        out.append("<div class='sec'>SECTION 9 &ndash; TERMS &amp; CONDITIONS OF PARTICIPATION"
                   "</div><div class='small'>")
        out += [f"<div class='line'>9.{i} {_h(t)}</div>" for i, t in enumerate(case["terms"], 1)]
        out.append("</div>")
    if case["statement"]:
        out.append(f"<div class='sec'>SECTION 10 &ndash; CLIENT STATEMENT</div>"
                   f"<p>{_h(case['statement'])}</p>")
    ths, ens = case["th_sig"], case["en_sig"]
    out.append("<div class='sec'>SECTION 11 &ndash; SIGNATURES</div><table>")
    for role, sig, who in (("CLIENT", ths, f"{first} {th['last']}"),
                           ("EN REPRESENTATIVE", ens, ens["name"])):
        out.append(f"<tr><td style='width:1.6in'><b>{role}</b></td>"
                   f"{cell('Signature', f'/s/ {who}' if sig['signed'] else '')}"
                   f"{cell('Date', dash(sig['date']) if sig['signed'] else '')}</tr>")
    out.append("</table></body></html>")
    return "".join(out)


# ----- two more documents that are not IWPs ---------------------------------------------------
def build_placement_invoice(path: Path) -> None:
    """An EN's milestone payment request to the Ticket Program Manager (reportlab)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    letter, _ = _reportlab()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12,
                          spaceBefore=8)
    rows = [["Milestone", "Earnings months", "Gross earnings", "Amount requested"],
            ["Phase 1, milestone 1", "04/2026", "$1,412.50", "$1,583.00"],
            ["Phase 1, milestone 2", "04/2026 - 06/2026", "$4,210.00", "$3,166.00"],
            ["", "", "Total", "$4,749.00"]]
    table = Table(rows, colWidths=[130, 120, 110, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5)),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story = [Paragraph("Summitview Employment Partners", head),
             Paragraph("1180 Ridgecrest Parkway, Floor 2, Cedar Hollow, UT 84999 &middot; "
                       "(801) 555-0159 &middot; PID P0096642", body),
             Paragraph("Payment Request: Job Placement Milestones", head),
             Paragraph("To: Ticket Program Manager, Payments Unit &middot; Invoice "
                       "SEP-2026-0117 &middot; Date: July 14, 2026", body),
             Paragraph("Beneficiary: Octavia Quartermaine &middot; SSN 947-31-5520 &middot; "
                       "Ticket assigned 03/09/2026 &middot; IWP signed 03/09/2026 &middot; "
                       "Payment system: milestone-outcome", body),
             Spacer(1, 6), table, Spacer(1, 8),
             Paragraph("Evidence of earnings enclosed: pay stubs from Cedar Hollow Regional "
                       "Hospital (patient transport aide, 24 hours a week at $14.75 an hour). "
                       "The beneficiary's Individual Work Plan goals and services are unchanged; "
                       "follow-up continues monthly.", body),
             Paragraph("I certify that the information on this request is true and that the "
                       "services in the beneficiary's IWP were provided.", body),
             Spacer(1, 10),
             Paragraph("/s/ Oswin T. Rahimi, Ticket Coordinator &nbsp;&nbsp;&nbsp; Date: "
                       "07/14/2026", body)]
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=60, rightMargin=60,
                            topMargin=60, bottomMargin=60, title="Payment request",
                            author="Summitview Employment Partners", invariant=1)
    doc.build(story)


def build_partnership_referral_docx() -> Docx:
    """A State VR agency's Partnership Plus referral of a closed case to an EN (Word)."""
    doc = Docx("Partnership Plus referral", "Ironvale District VR Office")
    doc.para("PARTNERSHIP PLUS REFERRAL AND HAND-OFF", style="Title")
    doc.para("Office of Vocational Rehabilitation, Ironvale District (fictional) to Copperfield "
             "Workforce Alliance (PID P0092705)", align="center", size=9, space_after=160)
    doc.table([["Consumer", "Henrietta Ingersoll"], ["SSN", "962-48-1307"],
               ["VR case closed (employed)", "September 30, 2026"],
               ["Employment outcome", "Medical records clerk, 32 hours a week, $17.40 an hour"],
               ["Ticket status", "To be assigned to the EN after VR case closure"],
               ["Reason for referral", "Ongoing support to keep the job and move toward "
                                       "full-time work; consumer chose Partnership Plus"]],
              [2.2, 4.8], shade_first_col=True, bold_first_col=True)
    doc.heading("Services VR provided")
    doc.table([["Service", "Dates", "Cost"],
               ["Vocational evaluation", "03/2026", "$650.00"],
               ["Medical billing training", "04/2026 - 07/2026", "$2,400.00"],
               ["Job placement", "08/2026", "$1,100.00"]], [3.0, 2.0, 2.0], header=True)
    doc.heading("What the EN agrees to")
    doc.para("The Employment Network will meet the consumer within 30 days, write an "
             "Individual Work Plan with the consumer, and provide ongoing employment supports. "
             "This referral is not a work plan and does not assign the Ticket.")
    doc.heading("Signatures")
    doc.table([["VR counselor", "/s/ Ambrose K. Delacourt", "09/30/2026"],
               ["EN representative", "/s/ Priya V. Lindholm", "10/02/2026"],
               ["Consumer", "/s/ Henrietta Ingersoll", "10/02/2026"]], [2.0, 3.2, 1.8])
    return doc


# =============================================================================================
# Third held-out batch (batch 3): tabs_, flat_, xlsx_, amendtabs_ and two more not-IWPs.
# Producers the reader has never seen: LibreOffice Writer from an OpenDocument text (leader
# tab lines, no tables), a filled fillable form flattened by qpdf (no widgets left), and
# LibreOffice Calc from an XLSX spreadsheet. People from the series numbered from 300.
# =============================================================================================
BATCH_3_PEOPLE_FROM = 300
HELDOUT_ENS_3 = {
    "juniperhill": dict(name="Juniper Hill Employment Services", pid="P0093958",
                        model="traditional", street="412 Orchard Gate Road, Suite 200",
                        city="Millbrook Falls", state="VT", zip="05999", phone="(802) 555-0147",
                        email="workplans@juniperhill-es.example.org",
                        rep="Cordelia M. Vantongeren", rep_title="Employment Specialist"),
    "silverpine": dict(name="Silverpine Ticket Services, LLC", pid="P0096217",
                       model="administrative", street="7 Timberline Commons",
                       city="Ridgeback", state="MT", zip="59999", phone="(406) 555-0128",
                       email="en.plans@silverpine-ts.example.net",
                       rep="Lorcan B. Fitzwilliam", rep_title="Ticket Program Manager"),
    "oakhaven": dict(name="Oakhaven Career Network", pid="P0094750", model="employer",
                     street="2900 Millstream Parkway", city="Oakhaven", state="GA", zip="30999",
                     phone="(706) 555-0193", email="ticket@oakhaven-cn.example.com",
                     rep="Tamsin A. Ekwueme", rep_title="Employment Coordinator"),
}
ENS.update(HELDOUT_ENS_3)


def _b3_convert(source: Path, out: Path, export_filter: str) -> None:
    """One LibreOffice run (throwaway profile) turning ``source`` into the PDF ``out``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make_foreign.py: LibreOffice is needed for tabs_/xlsx_ files")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--norestore", "--convert-to", f"pdf:{export_filter}", "--outdir",
                        str(source.parent), str(source)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
    shutil.move(source.with_suffix(".pdf"), out)


def _b3_made_by(writer, suffix: str, export_filter: str):
    """A ``direct`` maker: write the document with ``writer(path)``, convert it to ``out``."""
    def make(out: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp_name:
            source = Path(tmp_name) / (out.stem + suffix)
            writer(source)
            _b3_convert(source, out, export_filter)
    return make


# ----- an OpenDocument text writer (content.xml, styles.xml, manifest, mimetype) -------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
ODT_TEXT_WIDTH = 6.5  # inches: letter with 1-inch side margins


def _odt_tabs(*stops) -> str:
    """Tab stops ``(position in inches, type, leader)``; leader '.', '_' or None."""
    out = []
    for pos, kind, leader in stops:
        lead = ""
        if leader == ".":
            lead = ' style:leader-style="dotted" style:leader-text="."'
        elif leader == "_":
            lead = ' style:leader-style="solid" style:leader-width="auto"'
        out.append(f'<style:tab-stop style:position="{pos}in" style:type="{kind}"{lead}/>')
    return "<style:tab-stops>" + "".join(out) + "</style:tab-stops>"


def _odt_pstyle(name, size=10.5, bold=False, italic=False, caps=False, align=None, before=0.0,
                after=0.04, indent=0.0, tabs="", keep=False, border=None, font=None,
                hanging=0.0) -> str:
    para = f'fo:margin-top="{before}in" fo:margin-bottom="{after}in"'
    para += f' fo:margin-left="{indent}in"'
    if hanging:
        para += f' fo:text-indent="-{hanging}in"'
    if align:
        para += f' fo:text-align="{align}"'
    if keep:
        para += ' fo:keep-with-next="always"'
    if border:
        para += f' fo:border-bottom="{border}" fo:padding-bottom="0.02in"'
    text = f'fo:font-size="{size}pt"'
    if font:
        text += f' style:font-name="{font}"'
    if bold:
        text += ' fo:font-weight="bold"'
    if italic:
        text += ' fo:font-style="italic"'
    if caps:
        text += ' fo:font-variant="small-caps"'
    return (f'<style:style style:name="{name}" style:family="paragraph" '
            f'style:parent-style-name="Standard"><style:paragraph-properties {para}>{tabs}'
            f'</style:paragraph-properties><style:text-properties {text}/></style:style>')


_W = ODT_TEXT_WIDTH
ODT_PARAGRAPH_STYLES = "".join([
    _odt_pstyle("Org", size=13, bold=True, align="center", after=0.0),
    _odt_pstyle("OrgLine", size=9, align="center", after=0.08),
    _odt_pstyle("DocTitle", size=16, bold=True, caps=True, align="center", after=0.02),
    _odt_pstyle("DocSub", size=10, italic=True, align="center", after=0.14),
    _odt_pstyle("Part", size=12.5, bold=True, caps=True, before=0.16, after=0.06, keep=True,
                border="1.1pt solid #000000"),
    _odt_pstyle("Section", size=11, bold=True, before=0.1, after=0.03, keep=True),
    _odt_pstyle("Leader", tabs=_odt_tabs((_W, "right", "."))),
    _odt_pstyle("LeaderIn", indent=0.3, tabs=_odt_tabs((_W - 0.3, "right", "."))),
    _odt_pstyle("Body", align="justify", after=0.06),
    _odt_pstyle("BodyIn", indent=0.3, align="justify", after=0.04),
    _odt_pstyle("Note", size=9, italic=True, after=0.04),
    _odt_pstyle("ListPara", size=10, align="justify", after=0.03),
    _odt_pstyle("ListLead", tabs=_odt_tabs((_W - 0.3, "right", ".")), after=0.02),
    _odt_pstyle("SigText", size=11, font="Liberation Serif", before=0.22, after=0.0,
                tabs=_odt_tabs((0.15, "left", None), (4.0, "left", None))),
    _odt_pstyle("SigLine", size=10, after=0.0,
                tabs=_odt_tabs((3.6, "left", "_"), (4.0, "left", None), (_W, "right", "_"))),
    _odt_pstyle("SigCaption", size=8.5, after=0.04, tabs=_odt_tabs((4.0, "left", None))),
    _odt_pstyle("Footer", size=8, align="center"),
])

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS} office:version="1.3">
<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.04in" style:tab-stop-distance="0.5in"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="en" fo:country="US"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
{ODT_PARAGRAPH_STYLES}
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Box" style:family="text"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:style>
<text:list-style style:name="Numbering 123">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.3in" fo:text-indent="-0.3in" fo:margin-left="0.3in"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait" fo:margin-top="0.7in" fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in"/><style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.1in"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">{{footer}} – Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer></style:master-page>
</office:master-styles>
</office:document-styles>
"""

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


class Odt:
    """A tiny OpenDocument text writer: styled paragraphs with tabs, numbered lists."""

    def __init__(self, title: str, creator: str, footer: str) -> None:
        self.body: list[str] = []
        self.title, self.creator, self.footer = title, creator, footer

    @staticmethod
    def t(text: str) -> str:
        """Escaped text; a tab character becomes a tab, so 'Label\\tvalue' is a leader line."""
        return "<text:tab/>".join(escape(part) for part in str(text).split("\t"))

    @classmethod
    def span(cls, text: str, style: str) -> str:
        return f'<text:span text:style-name="{style}">{cls.t(text)}</text:span>'

    @classmethod
    def p_xml(cls, content, style: str = "Body") -> str:
        inner = cls.t(content) if isinstance(content, str) else "".join(content)
        return f'<text:p text:style-name="{style}">{inner}</text:p>'

    def p(self, content, style: str = "Body") -> None:
        self.body.append(self.p_xml(content, style))

    def lead(self, label: str, value, style: str = "Leader") -> None:
        """'Label ........ value' on a right tab stop with a dot leader (value: text or a
        list of XML runs)."""
        value = self.t(value) if isinstance(value, str) else "".join(value)
        self.p([self.t(label), "<text:tab/>", value], style)

    def numbered(self, items: list, style: str = "ListPara", start: int | None = None) -> None:
        """A Word-like automatically numbered list; an item is text or a list of paragraphs'
        XML (the first is numbered, the others continue the item)."""
        out = ['<text:list text:style-name="Numbering 123">']
        for n, item in enumerate(items):
            paras = [self.p_xml(item, style)] if isinstance(item, str) else item
            attr = f' text:start-value="{start}"' if start is not None and n == 0 else ""
            out.append(f"<text:list-item{attr}>{''.join(paras)}</text:list-item>")
        out.append("</text:list>")
        self.body.append("".join(out))

    def signature(self, signed_text: str, date_text: str, caption: str) -> None:
        """The typed '/s/ Name' and date above two underlines, the caption under them."""
        self.p(["<text:tab/>", self.t(signed_text), "<text:tab/>", self.t(date_text)],
               "SigText")
        self.p("\t\t\t", "SigLine")
        self.p([self.t(caption), "<text:tab/>", self.t("Date (MM/DD/YYYY)")], "SigCaption")

    def save(self, path: Path) -> None:
        content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} '
                   'office:version="1.3"><office:body><office:text>'
                   + "".join(self.body) + "</office:text></office:body></office:document-content>")
        meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS} '
                f'office:version="1.3"><office:meta><dc:title>{escape(self.title)}</dc:title>'
                f"<meta:initial-creator>{escape(self.creator)}</meta:initial-creator>"
                "<meta:generator>Juniper Hill IWP template 2026</meta:generator>"
                "</office:meta></office:document-meta>")
        with zipfile.ZipFile(path, "w") as zf:
            # The mimetype comes first and uncompressed, as ODF requires.
            info = zipfile.ZipInfo("mimetype", date_time=(2026, 2, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, "application/vnd.oasis.opendocument.text")
            for name, text in (("META-INF/manifest.xml", ODT_MANIFEST),
                               ("content.xml", content),
                               ("styles.xml", ODT_STYLES.replace("{footer}",
                                                                 escape(self.footer))),
                               ("meta.xml", meta)):
                info = zipfile.ZipInfo(name, date_time=(2026, 2, 2, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, text)


def _b3_box(on: bool) -> str:
    return Odt.span("\u2612" if on else "\u2610", "Box")


def _b3_header(doc: Odt, en: dict, title: str, subtitle: str) -> None:
    doc.p(en["name"], "Org")
    doc.p(f"{en['street']} \u2022 {en['city']}, {en['state']} {en['zip']} \u2022 "
          f"{en['phone']} \u2022 {en['email']}", "OrgLine")
    doc.p(title, "DocTitle")
    doc.p(subtitle, "DocSub")


def _b3_goal_block(doc: Odt, heading: str, goal: dict) -> None:
    doc.p(heading, "Section")
    doc.lead("Job title", goal["title"], "LeaderIn")
    doc.lead("Hours per week", str(goal["hours"]), "LeaderIn")
    doc.lead("Pay rate", f"{_money(goal['wage'])} per hour", "LeaderIn")
    doc.lead("Monthly gross earnings", _money(goal["monthly"]), "LeaderIn")
    doc.lead("Target date", _date(goal["target"], "us"), "LeaderIn")
    training = (f"{goal['training'][0]}, {goal['training'][1]}" if goal.get("training")
                else "None needed")
    doc.lead("Education or training needed", training, "LeaderIn")


def build_tabs_iwp(case: dict) -> Odt:
    """Layout ``tabs``: a Word-like template saved as OpenDocument: every field a leader-tab
    line 'Label ....... value', no tables; parts in small caps; numbered services and terms;
    '/s/' signatures typed above underlines with the caption under them; MM/DD/YYYY."""
    en, th, d = case["en"], case["th"], case["discussion"]
    full = f"{th['title']} {th['first']} {th['middle']} {th['last']}"
    doc = Odt(f"Individual Work Plan - {th['first']} {th['last']}", en["rep"],
              f"IWP \u2013 {th['first']} {th['last']} \u2013 {en['name']}")
    _b3_header(doc, en, "Individual Work Plan",
               "Ticket to Work and Self-Sufficiency Program \u2013 Employment Network "
               "Services Agreement")
    doc.p("Part One \u2013 Contact Information", "Part")
    doc.p("Employment Network", "Section")
    doc.lead("Employment Network Name", en["name"])
    doc.lead("Provider ID (PID)", en["pid"])
    doc.lead("Mailing Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")
    doc.lead("Telephone", en["phone"])
    doc.lead("Email", en["email"])
    doc.lead("EN Representative", f"{en['rep']}, {en['rep_title']}")
    doc.p("Ticket Holder", "Section")
    doc.lead("Ticket Holder's Name", full)
    doc.lead("Social Security Number", th["ssn"])
    doc.lead("Date of Birth", _date(th["dob"], "us"))
    doc.lead("Home Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")
    doc.lead("Primary Telephone", th["phone"])
    doc.lead("Cell Phone", th["mobile"] or "None")
    doc.lead("Email Address", th["email"])
    doc.lead("Best way to reach me", "Telephone" if th["preferred"] == "telephone" else "Email")
    if case["alt"]:
        alt = case["alt"]
        doc.p("Alternate Contact", "Section")
        doc.p("Someone we may call if we cannot reach you:", "Note")
        doc.lead("Name", alt["name"])
        doc.lead("Relationship to Ticket Holder", alt["relationship"])
        doc.lead("Telephone", alt["phone"])
        doc.lead("Address", alt["address"])
    doc.p("Part Two \u2013 Documentation of the IWP Discussion", "Part")
    doc.p("1. The Discussion", "Section")
    if d["date"]:
        doc.lead("Date of discussion", _date(d["date"], "us"))
        doc.lead("The discussion was held",
                 [_b3_box(d["modality"][0] == key) + Odt.t(f" {label}   ")
                  for key, label in MODALITIES])
    if d["summary"]:
        doc.p([Odt.span("Summary of the discussion: ", "Strong"), Odt.t(d["summary"])], "Body")
    if case["work"] is not None:
        doc.p("2. Work History for the Past 18 Months", "Section")
        if case["work"]["jobs"]:
            for job in case["work"]["jobs"]:
                doc.lead("Employer", job["employer"])
                doc.lead("Position held", job["title"])
                doc.lead("Dates of employment",
                         f"{_date(job['start'], 'us')} to {_date(job['end'], 'us')}")
                doc.lead("Hours per week", str(job["hours"]))
                doc.lead("Monthly gross earnings", _money(job["monthly"]))
        else:
            doc.lead("Worked in the past 18 months?", [_b3_box(False), Odt.t(" Yes   "),
                                                       _b3_box(True), Odt.t(" No")])
            doc.p(case["work"]["no_work"], "BodyIn")
    doc.p("3. Employment Goals", "Section")
    if case["st"]:
        _b3_goal_block(doc, "Short-Term Employment Goal", case["st"])
    if case["lt"]:
        _b3_goal_block(doc, "Long-Term Employment Goal", case["lt"])
    doc.p("4. Services and Supports", "Section")
    doc.p("The Employment Network will provide or arrange the services marked Yes.", "Note")
    items = []
    for s in case["services"]:
        first = Odt.p_xml([Odt.t(s["label"]), "<text:tab/>", Odt.t("Yes "),
                           _b3_box(s["provided"]), Odt.t("   No "),
                           _b3_box(not s["provided"])], "ListLead")
        paras = [first]
        if s["provided"]:
            paras.append(Odt.p_xml([Odt.span("Description: ", "Emphasis"),
                                    Odt.t(s["description"])], "ListPara"))
            paras.append(Odt.p_xml([Odt.span("Provided by: ", "Emphasis"),
                                    Odt.t(s["provider"] + "     "),
                                    Odt.span("How often: ", "Emphasis"),
                                    Odt.t(s["frequency"])], "ListPara"))
        items.append(paras)
    doc.numbered(items)
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "Monthly", "quarterly": "Quarterly (every 3 months)"}
        doc.p("5. Follow-Up", "Section")
        doc.lead("Contact frequency during job search", often[fu["initial"]])
        doc.lead("Contact frequency after employment", often[fu["ongoing"]])
        doc.lead("Method of contact", ", ".join(m.capitalize() for m in fu["methods"]))
    doc.p("Part Three \u2013 Terms, Conditions and Signatures", "Part")
    if case["terms"]:
        doc.p("Terms and Conditions", "Section")
        doc.numbered(list(case["terms"]))
    if case["statement"]:
        doc.p("Ticket Holder's Statement of Understanding", "Section")
        doc.p(case["statement"], "Body")
    doc.p("Signatures", "Section")
    ths, ens = case["th_sig"], case["en_sig"]
    doc.signature(f"/s/ {th['first']} {th['middle']} {th['last']}" if ths["signed"] else "",
                  _date(ths["date"], "us") if ths["signed"] else "",
                  "Signature of Ticket Holder")
    doc.signature(f"/s/ {ens['name']}" if ens["signed"] else "",
                  _date(ens["date"], "us") if ens["signed"] else "",
                  "Signature of EN Representative")
    doc.lead("EN Representative's printed name and title", f"{ens['name']}, {ens['title']}")
    return doc


def build_tabs_amendment(amend: dict) -> Odt:
    """Layout ``amendtabs``: an amendment in the tabs style (OpenDocument, leader lines)."""
    en, th = amend["en"], amend["th"]
    doc = Odt(f"IWP Amendment - {th['first']} {th['last']}", en["rep"],
              f"IWP Amendment {amend['number']} \u2013 {th['first']} {th['last']}")
    _b3_header(doc, en, "Amendment to Individual Work Plan",
               "Ticket to Work and Self-Sufficiency Program")
    doc.p("Part One \u2013 Plan Being Amended", "Part")
    doc.lead("Amendment number", str(amend["number"]))
    if amend["plan_id"]:
        doc.lead("IWP being amended", f"IWP no. {amend['plan_id']}")
    if amend["original_signed"]:
        doc.lead("Date original IWP was signed", _date(amend["original_signed"], "us"))
    doc.lead("Employment Network Name", en["name"])
    doc.lead("Provider ID (PID)", en["pid"])
    doc.lead("EN Representative", f"{en['rep']}, {en['rep_title']}")
    doc.lead("Ticket Holder's Name", f"{th['first']} {th['middle']} {th['last']}")
    doc.lead("Social Security Number", th["ssn"])
    doc.lead("Telephone", th["phone"])
    doc.p([Odt.span("Reason for the amendment: ", "Strong"), Odt.t(amend["reason"])], "Body")
    doc.p("Part Two \u2013 Revised Employment Goals", "Part")
    _b3_goal_block(doc, "Revised Short-Term Employment Goal", amend["st"])
    _b3_goal_block(doc, "Revised Long-Term Employment Goal", amend["lt"])
    if amend["changes"] is not None:
        doc.p("Part Three \u2013 Revised Services and Supports", "Part")
        items = []
        for ch in amend["changes"]:
            paras = [Odt.p_xml([Odt.t(ch["label"]), "<text:tab/>",
                                Odt.span(f"Change: {ch['change']}", "Strong")], "ListLead")]
            paras.append(Odt.p_xml([Odt.span("What changes: ", "Emphasis"),
                                    Odt.t(ch["description"])], "ListPara"))
            paras.append(Odt.p_xml([Odt.span("Provided by: ", "Emphasis"),
                                    Odt.t(ch["provider"] + "     "),
                                    Odt.span("How often: ", "Emphasis"),
                                    Odt.t(ch["frequency"])], "ListPara"))
            items.append(paras)
        doc.numbered(items)
    doc.p("Signatures", "Part")
    doc.p("Everything in the original Individual Work Plan that this amendment does not change "
          "stays in effect. The Ticket Holder receives a copy of this amendment.", "Body")
    ths, ens = amend["th_sig"], amend["en_sig"]
    doc.signature(f"/s/ {th['first']} {th['middle']} {th['last']}" if ths["signed"] else "",
                  _date(ths["date"], "us") if ths["signed"] and ths["date"] else "",
                  "Signature of Ticket Holder")
    doc.signature(f"/s/ {ens['name']}" if ens["signed"] else "",
                  _date(ens["date"], "us") if ens["signed"] and ens["date"] else "",
                  "Signature of EN Representative")
    doc.lead("EN Representative's printed name and title", f"{ens['name']}, {ens['title']}")
    return doc


def build_job_offer_odt() -> Odt:
    """Not an IWP: an employer's conditional job offer to a Ticket holder, naming the EN."""
    en = HELDOUT_ENS_3["juniperhill"]
    doc = Odt("Offer of employment", "Maplecrest Regional Hospital",
              "Maplecrest Regional Hospital \u2013 Human Resources")
    doc.p("Maplecrest Regional Hospital", "Org")
    doc.p("Human Resources \u2022 88 Sugarhouse Lane \u2022 Millbrook Falls, VT 05999 \u2022 "
          "(802) 555-0162", "OrgLine")
    doc.p("", "Body")
    doc.p("03/27/2026", "Body")
    doc.p("Ms. Quintessa R. Northcott", "Body")
    doc.p("1187 Heron Bend, Millbrook Falls, VT 05999", "Body")
    doc.p("", "Body")
    doc.p([Odt.span("Re: Offer of employment \u2013 Patient Access Representative (part-time)",
                    "Strong")], "Body")
    doc.p("Dear Ms. Northcott:", "Body")
    doc.p("Thank you for meeting with our team on March 23. We are pleased to offer you the "
          "position of Patient Access Representative in our Outpatient Registration department, "
          "on the terms below.", "Body")
    doc.lead("Position", "Patient Access Representative I")
    doc.lead("Department", "Outpatient Registration")
    doc.lead("Schedule", "24 hours per week, Monday, Wednesday and Friday, 8:00 a.m. to 4:30 p.m.")
    doc.lead("Starting pay", "$17.25 per hour, paid every two weeks")
    doc.lead("Start date", "04/13/2026")
    doc.lead("Supervisor", "Evander L. Prowse, Registration Manager")
    doc.p("As we discussed, we will provide the workplace accommodations you asked for: a "
          "sit-stand workstation and a screen magnifier on your registration terminal. Your "
          f"employment specialist at {en['name']}, {en['rep']}, is welcome to join you for "
          "the first day of orientation, and we are glad to keep working with your Employment "
          "Network while you settle in.", "Body")
    doc.p("This offer depends on a background check and a health screening, as for every "
          "hospital employee. It is an offer of at-will employment and not a contract for any "
          "length of time. Questions about pay, benefits or your schedule can go to your "
          "supervisor or to Human Resources at any time.", "Body")
    doc.p("To accept, please sign below and return this letter by 04/03/2026.", "Body")
    doc.p("Sincerely,", "Body")
    doc.signature("/s/ Harriet O. Vandermeer", "03/27/2026",
                  "Harriet O. Vandermeer, Talent Acquisition Specialist")
    doc.p("I accept this offer of employment.", "Body")
    doc.signature("", "", "Quintessa R. Northcott")
    doc.p("cc: Personnel file", "Note")
    return doc


# ----- flat_: a filled fillable form flattened by qpdf, like "Print to PDF" -----------------
class FlatForm:
    """An SSA-1370-like box form: each box a rectangle with a tiny numbered label at its
    top-left and an AcroForm text field holding the value (Courier), later flattened."""

    LEFT, RIGHT = 36, 576

    def __init__(self, path: Path, title: str, author: str) -> None:
        letter, canvas = _reportlab()
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.number = 0
        self.fields = 0
        self.page = 1
        self.y = 756

    def footer(self) -> None:
        c = self.c
        c.setFont("Helvetica", 6.5)
        c.drawString(self.LEFT, 24, "Form SPT-1370-EN (01-2026)  Individual Work Plan")
        c.drawRightString(self.RIGHT, 24, f"Page {self.page} of 3")

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = 756

    def band(self, text: str) -> None:
        c = self.c
        c.setFillGray(0.82)
        c.rect(self.LEFT, self.y - 14, self.RIGHT - self.LEFT, 14, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(self.LEFT + 4, self.y - 10, text)
        self.y -= 14

    def sub(self, text: str) -> None:
        self.c.setFont("Helvetica-Bold", 7.5)
        self.c.rect(self.LEFT, self.y - 11, self.RIGHT - self.LEFT, 11, stroke=1, fill=0)
        self.c.drawString(self.LEFT + 3, self.y - 8, text)
        self.y -= 11

    def _field(self, value: str, x, y, width, height, font="Courier", size=8.5,
               multiline=False) -> None:
        self.fields += 1
        self.c.acroForm.textfield(
            name=f"form1[0].#subform[{self.page - 1}].f{self.page}_{self.fields:02d}[0]",
            x=x, y=y, width=width, height=height, value=value, fontName=font,
            fontSize=size, borderWidth=0, borderColor=None, fillColor=None,
            fieldFlags="multiline" if multiline else "")

    def box(self, x, width, height, label, value="", numbered=True, lines=False,
            font="Courier", size=8.5, line_size=None) -> tuple[float, float, float, float]:
        """A box at the current row; the value sits low and toward the right (as a filled
        field does), or fills the box under the label when ``lines``."""
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c, top = self.c, self.y
        c.setLineWidth(0.6)
        c.rect(x, top - height, width, height)
        if numbered:
            self.number += 1
            label = f"{self.number}. {label}"
        c.setFont("Helvetica", 6)
        c.drawString(x + 2, top - 6.5, label)
        if value:
            if lines:
                size = line_size or size
                text = "\n".join(simpleSplit(value, font, size, width - 10))
                self._field(text, x + 3, top - height + 2, width - 6, height - 10, font, size,
                            multiline=True)
            else:
                need = stringWidth(value, font, size) + 8
                offset = max(3, min(width - need, width * 0.3))
                self._field(value, x + offset, top - height + 1.5, width - offset - 2, 11,
                            font, size)
        return (x, top - height, x + width, top)

    def check_box(self, x, y, on: bool, label: str) -> None:
        from reportlab.lib.colors import black, white

        self.fields += 1
        self.c.acroForm.checkbox(name=f"form1[0].#subform[{self.page - 1}].c{self.fields:02d}[0]",
                                 x=x, y=y, size=8, checked=on, buttonStyle="cross",
                                 borderWidth=0.5, forceBorder=True, fillColor=white,
                                 borderColor=black, textColor=black)
        self.c.setFont("Helvetica", 7)
        self.c.drawString(x + 11, y + 1.5, label)

    def row(self, height: float) -> None:
        self.y -= height

    def printed(self, text: str, size=7.6, indent=0, leading=None) -> None:
        from reportlab.lib.utils import simpleSplit

        leading = leading or size + 2.2
        for line in simpleSplit(text, "Helvetica", size, self.RIGHT - self.LEFT - 8 - indent):
            self.c.setFont("Helvetica", size)
            self.c.drawString(self.LEFT + 4 + indent, self.y - size, line)
            self.y -= leading


def _scribble_png(path: Path, seed: int) -> None:
    """A pen signature made with Pillow: a few loops and a flourish, ink on transparent."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGBA", (420, 90), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    points, x = [], 12.0
    import math
    for i in range(120):
        x += 2.6 + rng.random() * 0.8
        y = 48 + 22 * math.sin(i * 0.55 + rng.random() * 0.3) * (0.6 + 0.4 * math.sin(i / 9))
        points.append((x, y))
    draw.line(points, fill=(20, 30, 90, 255), width=3, joint="curve")
    draw.line([(30, 70), (140, 76), (260, 68), (360, 72)], fill=(20, 30, 90, 255), width=2)
    img.save(path)


def build_flat_iwp(case: dict, path: Path, drawn_signature: bool = False) -> None:
    """Layout ``flat``: an SSA-1370-like box form filled in and flattened with qpdf
    (--generate-appearances --flatten-annotations=all): no widgets are left, the values are
    page content in Courier, low and to the right in boxes numbered 1-68."""
    en, th, d = case["en"], case["th"], case["discussion"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        filled = tmp / "filled.pdf"
        f = FlatForm(filled, "Individual Work Plan", en["name"])
        c, L, R = f.c, f.LEFT, f.RIGHT
        W3 = R - L
        c.setFont("Helvetica-Bold", 14)
        c.drawString(L, f.y - 12, "INDIVIDUAL WORK PLAN (IWP)")
        c.setFont("Helvetica", 7.5)
        c.drawString(L, f.y - 22, "Ticket to Work and Self-Sufficiency Program \u2013 "
                                  "Employment Network")
        c.drawRightString(R, f.y - 12, "Form SPT-1370-EN")
        c.drawRightString(R, f.y - 22, "EN edition 01-2026")
        f.row(30)
        f.band("PART 1 \u2013 CONTACT INFORMATION")
        f.sub("EMPLOYMENT NETWORK (EN)")
        f.box(L, 380, 24, "EN Name", en["name"])
        f.box(L + 380, W3 - 380, 24, "EN Provider ID (PID)", en["pid"])
        f.row(24)
        f.box(L, W3, 24, "EN Address (street, city, State, ZIP)",
              f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")
        f.row(24)
        f.box(L, 150, 24, "EN Telephone", en["phone"])
        f.box(L + 150, 390, 24, "EN Email", en["email"])
        f.row(24)
        f.box(L, W3, 24, "EN Representative (name and title)", f"{en['rep']}, {en['rep_title']}")
        f.row(24)
        f.sub("TICKET HOLDER")
        f.box(L, 300, 24, "Ticket Holder's Name", f"{th['first']} {th['middle']} {th['last']}")
        f.box(L + 300, 120, 24, "Social Security Number", th["ssn"])
        f.box(L + 420, W3 - 420, 24, "Date of Birth", _date(th["dob"], "us"))
        f.row(24)
        f.box(L, W3, 24, "Address (street, city, State, ZIP)",
              f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")
        f.row(24)
        f.box(L, 130, 24, "Telephone", th["phone"])
        f.box(L + 130, 130, 24, "Other Telephone", th["mobile"] or "")
        f.box(L + 260, 190, 24, "Email", th["email"])
        f.box(L + 450, W3 - 450, 24, "Preferred Contact", th["preferred"].capitalize())
        f.row(24)
        f.sub("ALTERNATE CONTACT")
        alt = case["alt"] or dict(name="", relationship="", phone="", address="")
        f.box(L, 260, 24, "Alternate Contact Name", alt["name"])
        f.box(L + 260, 140, 24, "Relationship", alt["relationship"])
        f.box(L + 400, W3 - 400, 24, "Telephone", alt["phone"])
        f.row(24)
        f.box(L, W3, 24, "Alternate Contact Address", alt["address"])
        f.row(24)
        f.band("PART 2 \u2013 DOCUMENTATION OF IWP DISCUSSION")
        f.sub("SECTION 1 \u2013 DISCUSSION")
        f.box(L, 150, 24, "Date of discussion", _date(d["date"], "us") if d["date"] else "")
        f.box(L + 150, W3 - 150, 24, "Discussion held (check one)", "")
        for i, (key, label) in enumerate(MODALITIES):
            f.check_box(L + 250 + 95 * i, f.y - 19,
                        bool(d["date"]) and d["modality"][0] == key, label)
        f.row(24)
        f.box(L, W3, 84, "Summary of discussion", d["summary"] or "", lines=True)
        f.row(84)
        f.sub("SECTION 2 \u2013 WORK HISTORY (LAST 18 MONTHS)")
        work = case["work"]
        job = work["jobs"][0] if work and work["jobs"] else None
        f.box(L, 150, 24, "Employer", job["employer"] if job else "")
        f.box(L + 150, 130, 24, "Job title", job["title"] if job else "")
        f.box(L + 280, 130, 24, "Dates worked (from - to)",
              f"{_date(job['start'], 'us')} - {_date(job['end'], 'us')}" if job else "")
        f.box(L + 410, 50, 24, "Hrs/week", str(job["hours"]) if job else "")
        f.box(L + 460, W3 - 460, 24, "Monthly earnings", _money(job["monthly"]) if job else "")
        f.row(24)
        f.box(L, W3, 30, "If no paid work in the last 18 months, explain",
              work["no_work"] if work and not work["jobs"] else "", lines=True)
        f.check_box(R - 170, f.y - 11, bool(work and not work["jobs"]),
                    "No paid work in last 18 months")
        f.row(30)
        f.new_page()
        f.band("PART 2 (CONTINUED) \u2013 SECTION 3 \u2013 EMPLOYMENT GOALS")
        for label, goal in (("SHORT-TERM GOAL", case["st"]), ("LONG-TERM GOAL", case["lt"])):
            f.sub(label)
            g = goal or dict(title="", hours="", wage=None, monthly=None, target=None,
                             training=None)
            f.box(L, 210, 24, "Job title / occupation", g["title"])
            f.box(L + 210, 60, 24, "Hours/week", str(g["hours"]))
            f.box(L + 270, 80, 24, "Hourly wage", _money(g["wage"]) if g["wage"] else "")
            f.box(L + 350, 100, 24, "Monthly gross earnings",
                  _money(g["monthly"]) if g["monthly"] else "")
            f.box(L + 450, W3 - 450, 24, "Target date", _date(g["target"], "us"))
            f.row(24)
            f.box(L, W3, 24, "Education or training needed for this goal",
                  f"{g['training'][0]}, {g['training'][1]}" if g["training"] else
                  ("None" if goal else ""))
            f.row(24)
        f.band("SECTION 4 \u2013 SERVICES AND SUPPORTS")
        c.setFont("Helvetica", 6.8)
        c.drawString(L + 2, f.y - 8, "Check each service the EN will provide and describe it. "
                                     "Leave unchecked services blank.")
        f.row(11)
        from reportlab.lib.utils import simpleSplit

        for s in case["services"]:
            cells = ((250, s["description"]), (90, s["provider"]), (W3 - 470, s["frequency"]))
            n = max(len(simpleSplit(text, "Courier", 7.5, width - 10)) if s["provided"] else 1
                    for width, text in cells)
            height = max(30, 14 + 9 * n)
            c.rect(L, f.y - height, 130, height)
            f.check_box(L + 4, f.y - 14, s["provided"], s["label"])
            f.box(L + 130, 250, height, "Description of service", s["description"]
                  if s["provided"] else "", lines=True, line_size=7.5)
            f.box(L + 380, 90, height, "Provided by", s["provider"] if s["provided"] else "",
                  lines=True, line_size=7.5)
            f.box(L + 470, W3 - 470, height, "How often", s["frequency"] if s["provided"]
                  else "", lines=True, line_size=7.5)
            f.row(height)
        f.band("SECTION 5 \u2013 FOLLOW-UP")
        fu = case["follow_up"]
        often = {"monthly": "Monthly", "quarterly": "Quarterly"}
        f.box(L, 200, 24, "Contact while looking for work",
              often[fu["initial"]] if fu else "")
        f.box(L + 200, 160, 24, "Contact after starting work",
              often[fu["ongoing"]] if fu else "")
        f.box(L + 360, W3 - 360, 24, "Contact method",
              ", ".join(fu["methods"]) if fu else "")
        f.row(24)
        f.new_page()
        f.band("PART 3 \u2013 TERMS AND CONDITIONS")
        f.row(3)
        for i, term in enumerate(case["terms"] or [], 1):
            f.printed(f"{i}. {term}", indent=0)
            f.row(1.5)
        f.row(4)
        if case["statement"]:
            f.band("STATEMENT OF UNDERSTANDING")
            f.row(3)
            f.printed(case["statement"], size=8)
            f.row(6)
        f.band("SIGNATURES")
        ths, ens = case["th_sig"], case["en_sig"]
        th_name = f"{th['first']} {th['middle']} {th['last']}"
        sig_box = f.box(L, 380, 36, "Ticket Holder's Signature",
                        "" if drawn_signature or not ths["signed"] else f"/s/ {th_name}",
                        font="Times-Italic", size=11)
        f.box(L + 380, W3 - 380, 36, "Date",
              _date(ths["date"], "us") if ths["signed"] and ths["date"] else "")
        f.row(36)
        f.box(L, 380, 36, "EN Representative's Signature",
              f"/s/ {ens['name']}" if ens["signed"] else "", font="Times-Italic", size=11)
        f.box(L + 380, W3 - 380, 36, "Date",
              _date(ens["date"], "us") if ens["signed"] and ens["date"] else "")
        f.row(36)
        f.box(L, W3, 24, "EN Representative's printed name and title",
              f"{ens['name']}, {ens['title']}")
        f.row(24)
        if drawn_signature and ths["signed"]:
            png = tmp / "signature.png"
            _scribble_png(png, case["index"])
            x0, y0, x1, y1 = sig_box
            c.drawImage(str(png), x0 + 60, y0 + 2, width=190, height=28, mask="auto")
        f.footer()
        c.save()
        # qpdf exits 3 for warnings (reportlab writes a duplicate /Font key); 2 is an error.
        done = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all",
                               str(filled), str(path)], capture_output=True, text=True)
        if done.returncode not in (0, 3):
            raise RuntimeError(f"qpdf failed: {done.stderr.strip()}")


# ----- xlsx_: LibreOffice Calc from a hand-written XLSX ----------------------------------------
XLSX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
XLSX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""
XLSX_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SML_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
# Cell styles (cellXfs order): the names are the index into XLSX_STYLES' <cellXfs>.
XS = dict(default=0, label=1, text=2, section=3, title=4, date=5, money=6, number=7,
          header=8, mark=9, small=10, note=11, subtitle=12)
XLSX_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {SML_NS}>
<numFmts count="2"><numFmt numFmtId="164" formatCode="m/d/yyyy"/><numFmt numFmtId="165" formatCode="&quot;$&quot;#,##0.00"/></numFmts>
<fonts count="6">
<font><sz val="10"/><name val="Arial"/><family val="2"/></font>
<font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font>
<font><b/><sz val="14"/><name val="Arial"/><family val="2"/></font>
<font><sz val="8.5"/><name val="Arial"/><family val="2"/></font>
<font><i/><sz val="8.5"/><name val="Arial"/><family val="2"/></font>
<font><sz val="9"/><name val="Arial"/><family val="2"/></font>
</fonts>
<fills count="4">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFBFBFBF"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="2">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="13">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="0" fontId="5" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
XLSX_COLUMNS = "ABCDE"
XLSX_WIDTHS = [26, 10, 36, 22, 15]  # characters


class Xlsx:
    """A one-sheet XLSX writer: rows of styled cells, merged ranges, shared strings."""

    def __init__(self, title: str, creator: str, sheet: str, footer: str) -> None:
        self.rows: list[str] = []
        self.merges: list[str] = []
        self.strings: list[str] = []
        self.index: dict[str, int] = {}
        self.title, self.creator, self.sheet, self.footer = title, creator, sheet, footer

    def _cell(self, ref: str, value, style: str) -> str:
        s = XS[style]
        if value is None or value == "":
            return f'<c r="{ref}" s="{s}"/>'
        if isinstance(value, dt.date):
            serial = (value - dt.date(1899, 12, 30)).days
            return f'<c r="{ref}" s="{s}"><v>{serial}</v></c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}" s="{s}"><v>{value}</v></c>'
        text = str(value)
        if text not in self.index:
            self.index[text] = len(self.strings)
            self.strings.append(text)
        return f'<c r="{ref}" s="{s}" t="s"><v>{self.index[text]}</v></c>'

    def row(self, cells: list, height: float | None = None) -> None:
        """``cells``: (value, style, span) or (value, style); a span merges columns."""
        r = len(self.rows) + 1
        out, col = [], 0
        for cell in cells:
            value, style, span = (cell + (1,))[:3] if len(cell) == 2 else cell
            for k in range(span):
                ref = f"{XLSX_COLUMNS[col + k]}{r}"
                out.append(self._cell(ref, value if k == 0 else None, style))
            if span > 1:
                self.merges.append(f"{XLSX_COLUMNS[col]}{r}:{XLSX_COLUMNS[col + span - 1]}{r}")
            col += span
        ht = f' ht="{height}" customHeight="1"' if height else ""
        self.rows.append(f'<row r="{r}"{ht}>{"".join(out)}</row>')

    @staticmethod
    def height(text: str, chars_per_line: float, line: float = 12.8) -> float:
        lines = 0
        for part in str(text).split("\n"):
            lines += max(1, -(-len(part) // int(chars_per_line)))
        return round(lines * line + 3, 1)

    def save(self, path: Path) -> None:
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                       for i, w in enumerate(XLSX_WIDTHS, 1))
        merges = (f'<mergeCells count="{len(self.merges)}">'
                  + "".join(f'<mergeCell ref="{m}"/>' for m in self.merges) + "</mergeCells>")
        sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {SML_NS} '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
                 f'<dimension ref="A1:E{len(self.rows)}"/>'
                 '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>'
                 f'<sheetFormatPr defaultRowHeight="13.2"/><cols>{cols}</cols>'
                 f'<sheetData>{"".join(self.rows)}</sheetData>{merges}'
                 '<printOptions horizontalCentered="1"/>'
                 '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" '
                 'footer="0.3"/><pageSetup paperSize="1" orientation="portrait" fitToWidth="1" '
                 'fitToHeight="0"/><headerFooter><oddFooter>'
                 f'&amp;L&amp;8{escape(self.footer)}&amp;R&amp;8Page &amp;P of &amp;N'
                 '</oddFooter></headerFooter></worksheet>')
        strings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {SML_NS} '
                   f'count="{len(self.strings)}" uniqueCount="{len(self.strings)}">'
                   + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>'
                             for s in self.strings) + "</sst>")
        workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {SML_NS} '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                    f'<sheets><sheet name="{escape(self.sheet)}" sheetId="1" r:id="rId1"/>'
                    "</sheets></workbook>")
        files = {"[Content_Types].xml": XLSX_CONTENT_TYPES, "_rels/.rels": XLSX_RELS,
                 "xl/_rels/workbook.xml.rels": XLSX_WORKBOOK_RELS, "xl/workbook.xml": workbook,
                 "xl/worksheets/sheet1.xml": sheet, "xl/styles.xml": XLSX_STYLES,
                 "xl/sharedStrings.xml": strings,
                 "docProps/core.xml": DOCX_CORE.format(title=escape(self.title),
                                                       creator=escape(self.creator))}
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in files.items():
                info = zipfile.ZipInfo(name, date_time=(2026, 2, 2, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, text)


def build_xlsx_iwp(case: dict) -> Xlsx:
    """Layout ``xlsx``: an IWP kept as an Excel workbook and printed by LibreOffice Calc:
    labels in column A, values in merged B:E, grey section rows, goals as a table with
    'Short-term' and 'Long-term' columns, services with an 'X' in a 'Provided' column,
    signature rows 'Ticket Holder signature | /s/ Name | Date | 3/4/2026'."""
    en, th, d = case["en"], case["th"], case["discussion"]
    x = Xlsx(f"IWP {th['first']} {th['last']}", en["rep"], "IWP",
             f"{en['name']} - IWP - {th['last']}")
    wide = sum(XLSX_WIDTHS[1:]) * 1.05

    def pair(label, value, style="text"):
        text = value if isinstance(value, str) else ""
        x.row([(label, "label"), (value, style, 4)],
              x.height(text, wide) if len(text) > wide else None)

    def section(title):
        x.row([("", "default")], 6)
        x.row([(title, "section", 5)], 15)

    x.row([("INDIVIDUAL WORK PLAN (IWP)", "title", 5)], 20)
    x.row([("Ticket to Work Program - " + en["name"], "subtitle", 5)])
    section("EMPLOYMENT NETWORK")
    pair("EN name", en["name"])
    pair("Provider ID (PID)", en["pid"])
    pair("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")
    pair("Phone", en["phone"])
    pair("Email", en["email"])
    pair("EN staff", f"{en['rep']}, {en['rep_title']}")
    section("TICKET HOLDER")
    pair("Name", f"{th['first']} {th['middle']} {th['last']}")
    pair("SSN", th["ssn"])
    pair("Date of birth", th["dob"], "date")
    pair("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")
    pair("Phone", th["phone"] + (f" (cell {th['mobile']})" if th["mobile"] else ""))
    pair("Email", th["email"])
    pair("Preferred contact", th["preferred"].capitalize())
    if case["alt"]:
        alt = case["alt"]
        section("ALTERNATE CONTACT")
        pair("Name", alt["name"])
        pair("Relationship", alt["relationship"])
        pair("Phone", alt["phone"])
        pair("Address", alt["address"])
    section("IWP DISCUSSION")
    if d["date"]:
        pair("Date of discussion", d["date"], "date")
        pair("Held by", d["modality"][1])
    if d["summary"]:
        pair("Summary", d["summary"])
    if case["work"] is not None:
        section("WORK HISTORY - LAST 18 MONTHS")
        if case["work"]["jobs"]:
            x.row([("Employer", "header"), ("Hours/wk", "header"), ("Job title", "header"),
                   ("Dates", "header"), ("Monthly pay", "header")])
            for job in case["work"]["jobs"]:
                x.row([(job["employer"], "text"), (job["hours"], "number"),
                       (job["title"], "text"),
                       (f"{_date(job['start'], 'us_short')}-{_date(job['end'], 'us_short')}",
                        "text"), (job["monthly"], "money")])
        else:
            pair("No work", case["work"]["no_work"])
    section("EMPLOYMENT GOALS")
    goals = [("Short-term", case["st"]), ("Long-term", case["lt"])]
    x.row([("", "header"), ("Short-term", "header", 2), ("Long-term", "header", 2)])
    for label, key, style in (("Job title", "title", "text"), ("Hours per week", "hours", "number"),
                              ("Hourly wage", "wage", "money"),
                              ("Monthly earnings", "monthly", "money"),
                              ("Target date", "target", "date")):
        x.row([(label, "label")] + [(g[key] if g else "", style, 2) for _, g in goals])
    x.row([("Training", "label")]
          + [((f"{g['training'][0]} ({g['training'][1]})" if g["training"] else "None")
              if g else "", "text", 2) for _, g in goals], 28)
    section("SERVICES AND SUPPORTS")
    x.row([("Service", "header"), ("Provided", "header"), ("Description", "header"),
           ("Provider", "header"), ("Frequency", "header")])
    for s in case["services"]:
        on = s["provided"]
        x.row([(s["label"], "text"), ("X" if on else "", "mark"),
               (s["description"] if on else "", "small"), (s["provider"] if on else "", "small"),
               (s["frequency"] if on else "", "small")],
              x.height(s["description"], 38, 11.5) if on else None)
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "Monthly", "quarterly": "Quarterly"}
        section("FOLLOW-UP")
        pair("Before employment", f"{often[fu['initial']]} ({', '.join(fu['methods'])})")
        pair("After employment", f"{often[fu['ongoing']]} ({', '.join(fu['methods'])})")
    if case["terms"]:
        section("TERMS AND CONDITIONS")
        for i, term in enumerate(case["terms"], 1):
            x.row([(f"{i}. {term}", "small", 5)], x.height(term, 118, 11.5))
    if case["statement"]:
        section("STATEMENT OF UNDERSTANDING")
        x.row([(case["statement"], "small", 5)], x.height(case["statement"], 118, 11.5))
    section("SIGNATURES")
    ths, ens = case["th_sig"], case["en_sig"]
    for label, sig, who in (("Ticket Holder signature", ths,
                             f"{th['first']} {th['middle']} {th['last']}"),
                            ("EN representative signature", ens,
                             f"{ens['name']}, {ens['title']}")):
        x.row([(label, "label"), (f"/s/ {who}" if sig["signed"] else "", "text", 2),
               ("Date", "label"), (sig["date"] if sig["signed"] and sig["date"] else "",
                                   "date")], 22)
    return x


def build_tpr_worksheet() -> Xlsx:
    """Not an IWP: an EN's Timely Progress Review preparation worksheet (Calc)."""
    x = Xlsx("TPR worksheet", "Oakhaven Career Network", "TPR prep",
             "Oakhaven Career Network - internal - TPR preparation")
    x.row([("TIMELY PROGRESS REVIEW - PREPARATION WORKSHEET", "title", 5)], 20)
    x.row([("Oakhaven Career Network (PID P0094750) - internal working paper, not sent to SSA",
            "subtitle", 5)])
    x.row([("", "default")], 6)
    x.row([("BENEFICIARY", "section", 5)], 15)
    for label, value in (("Beneficiary", "Valentin S. Lockridge"), ("SSN (last 4)", "xxx-xx-4471"),
                         ("Ticket assigned", dt.date(2025, 3, 17)),
                         ("IWP signed", dt.date(2025, 3, 17)),
                         ("Review period", "12-month progress review no. 2 (months 13-24)"),
                         ("Worksheet prepared", dt.date(2026, 3, 2))):
        x.row([(label, "label"), (value, "date" if isinstance(value, dt.date) else "text", 4)])
    x.row([("", "default")], 6)
    x.row([("WORK ACTIVITY SINCE THE LAST REVIEW", "section", 5)], 15)
    x.row([("Month", "header"), ("Hours", "header"), ("Employer", "header"),
           ("Gross earnings", "header"), ("At TWL?", "header")])
    for month, hours, pay, above in (("September 2025", 76, 1178.00, "Yes"),
                                     ("October 2025", 80, 1240.00, "Yes"),
                                     ("November 2025", 64, 992.00, "No"),
                                     ("December 2025", 88, 1364.00, "Yes"),
                                     ("January 2026", 84, 1302.00, "Yes"),
                                     ("February 2026", 90, 1395.00, "Yes")):
        x.row([(month, "text"), (hours, "number"), ("Harlow Freight Services", "text"),
               (pay, "money"), (above, "mark")])
    x.row([("", "default")], 6)
    x.row([("PROGRESS AGAINST THE IWP", "section", 5)], 15)
    for label, value in (
            ("Short-term goal on the IWP", "Part-time shipping clerk, 20 hours a week at $15.50 "
                                           "an hour - reached in September 2025"),
            ("Long-term goal on the IWP", "Full-time logistics coordinator - on track; forklift "
                                          "certificate finished January 2026"),
            ("TPR standard to meet", "Work at or above the TWL in 6 of the 12 months (TWL "
                                     "$1,160 a month in 2025, $1,210 in 2026); 5 months so "
                                     "far, 1 more needed"),
            ("Education credit", "None claimed this period"),
            ("Next steps", "Collect March pay stubs; ask about an IWP amendment if hours rise; "
                           "send the review packet by 03/31/2026")):
        x.row([(label, "label"), (value, "text", 4)], x.height(value, 86))
    x.row([("", "default")], 6)
    x.row([("Prepared by", "label"), ("/s/ Tamsin A. Ekwueme, Employment Coordinator",
                                      "text", 2), ("Date", "label"),
           (dt.date(2026, 3, 2), "date")], 20)
    x.row([("This worksheet is the EN's own record for the progress review. It does not "
            "change the Individual Work Plan and needs no beneficiary signature.", "note", 5)],
          26)
    return x


# ----- the batch's layouts and its entry in the catalogue --------------------------------------
HELDOUT_LAYOUTS_3 = {
    "tabs": dict(producer="LibreOffice 7.4 (soffice --convert-to pdf) from ODT",
                 en="juniperhill",
                 make=lambda case: _b3_made_by(build_tabs_iwp(case).save, ".odt",
                                               "writer_pdf_Export"),
                 description="OpenDocument text template with NO tables: every field a "
                             "'Label ....... value' paragraph on a right tab stop with a dot "
                             "leader; 'Part One/Two/Three - ...' headings in small caps with a "
                             "rule; goals as two blocks of leader lines ('Short-Term Employment "
                             "Goal': Job title, Hours per week, Pay rate, Monthly gross "
                             "earnings, Target date); services as an automatically numbered "
                             "list with 'Yes \u2612 No \u2610' and Description/Provided by/How "
                             "often lines; follow-up as leader lines ('Contact frequency "
                             "during job search ..... Monthly'); numbered terms; '/s/ Name' "
                             "and the date typed above two underlines with the caption under "
                             "them; dates as 02/02/2026.",
                 first=["complete_no_recent_work", None],
                 defects=["ticketholder_undated", "service_without_description",
                          "follow_up_quarterly", "no_statement", "no_discussion_summary"]),
    "flat": dict(producer="reportlab 5 AcroForm, filled, then flattened with qpdf 11 "
                          "(--generate-appearances --flatten-annotations=all)",
                 en="silverpine",
                 make=lambda case: (lambda path: build_flat_iwp(case, path)),
                 description="SSA-1370-like box form (68 numbered boxes: tiny labels such as "
                             "'7. Ticket Holder's Name' at each box's top-left) that was filled "
                             "in and then FLATTENED: no widgets are left, the values are page "
                             "content in Courier, low and to the right in their boxes; check "
                             "boxes are vector crosses; services as rows of a check box, "
                             "'Description of service', 'Provided by', 'How often' boxes; "
                             "follow-up as three boxes; printed terms and statement; "
                             "signatures typed as '/s/ Name' in Times-Italic in signature "
                             "boxes; dates as 02/02/2026.",
                 first=[None, "complete_drawn_signature", "complete_no_recent_work"],
                 defects=["ticketholder_unsigned", "long_term_below_sga", "no_alternate_contact",
                          "en_undated", "no_work_history"]),
    "xlsx": dict(producer="LibreOffice 7.4 Calc (soffice --convert-to pdf) from XLSX",
                 en="oakhaven",
                 make=lambda case: _b3_made_by(build_xlsx_iwp(case).save, ".xlsx",
                                               "calc_pdf_Export"),
                 description="Excel workbook printed by LibreOffice Calc (fit to page width): "
                             "labels in column A, values in merged B:E, grey section rows in "
                             "capitals, bordered cells, goals as a table with rows 'Job title / "
                             "Hours per week / Hourly wage / Monthly earnings / Target date' and "
                             "columns 'Short-term' and 'Long-term', services as rows with an "
                             "'X' in a 'Provided' column and Description/Provider/Frequency "
                             "columns, terms as numbered merged rows, signature rows 'Ticket "
                             "Holder signature | /s/ Name | Date | 2/2/2026'; dates as "
                             "2/2/2026, money as $1,386.67.",
                 first=[None, "complete_no_recent_work"],
                 defects=["no_terms", "no_discussion_record", "ticketholder_unsigned",
                          "long_term_below_sga"]),
}


def _b3_notes(description: str, what: str) -> str:
    return f"Held out (third batch). {description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_3(cat) -> None:
    """The third held-out batch: tabs_, flat_, xlsx_, amendtabs_ and two not-IWPs."""
    for layout, spec in HELDOUT_LAYOUTS_3.items():
        # Person 300 + n's recent job comes from JOBS[n % 8]; the order gives each layout's
        # complete file a person with a job to list.
        for defect in spec["first"] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_3_PEOPLE_FROM)
            make = spec["make"]
            overrides, what = {}, "Complete."
            if defect == "complete_no_recent_work":
                title, last = case["th"]["title"], case["th"]["last"]
                case["work"] = dict(jobs=[], no_work=f"{title} {last} has not worked for pay "
                                    "in the last 18 months; the last job, stocking shelves at "
                                    "a hardware store, ended in August 2023.")
                what = ("Complete; the work history says there was no paid work in the last "
                        "18 months.")
            elif defect == "complete_drawn_signature":
                make = (lambda case: (lambda path: build_flat_iwp(case, path,
                                                                  drawn_signature=True)))
                what = ("Complete; the Ticket Holder's signature is a drawn pen scribble (a "
                        "PNG image placed in the signature box, no '/s/' text); the date is "
                        "typed.")
            elif defect:
                overrides, what = IWP_DEFECTS[defect](case)
            name = f"{layout}_{defect or 'complete'}.pdf"
            cat.add(name, layout, spec["producer"], "direct", make(case), "iwp",
                    _components("iwp", overrides), _b3_notes(spec["description"], what),
                    case_values(case))
    description = ("An IWP amendment in the tabs style (OpenDocument, no tables): 'Part One - "
                   "Plan Being Amended' as leader lines (amendment number, 'IWP being amended "
                   "..... IWP no. ...', 'Date original IWP was signed'), EN and Ticket Holder "
                   "leader lines, the reason, 'Part Two - Revised Employment Goals' as two "
                   "blocks of leader lines, 'Part Three - Revised Services and Supports' as a "
                   "numbered list ('Training ...... Change: Added' with 'What changes:', "
                   "'Provided by:', 'How often:' lines), '/s/' signatures above underlines.")
    for number, defect in enumerate([None, "no_revised_services", "long_term_below_sga"], 2):
        amend = make_amendment(cat.series_case("juniperhill", BATCH_3_PEOPLE_FROM), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        cat.add(f"amendtabs_{defect or 'complete'}.pdf", "amendtabs",
                HELDOUT_LAYOUTS_3["tabs"]["producer"], "direct",
                _b3_made_by(build_tabs_amendment(amend).save, ".odt", "writer_pdf_Export"),
                "amendment", _components("amendment", overrides),
                _b3_notes(description, what), amendment_values(amend))
    cat.add("notiwp_tpr_worksheet.pdf", "not_an_iwp",
            "LibreOffice 7.4 Calc (soffice --convert-to pdf) from XLSX", "direct",
            _b3_made_by(build_tpr_worksheet().save, ".xlsx", "calc_pdf_Export"), "not_an_iwp",
            {}, "Held out (third batch). An EN's Timely Progress Review preparation worksheet "
            "for one beneficiary (spreadsheet): Ticket and IWP dates, monthly work activity "
            "and earnings against the TWL, the IWP's short- and long-term goals and progress "
            "on them, next steps, 'Prepared by /s/ ...' with a date. An internal record, not "
            "an IWP.", {})
    cat.add("notiwp_job_offer_letter.pdf", "not_an_iwp",
            "LibreOffice 7.4 (soffice --convert-to pdf) from ODT", "direct",
            _b3_made_by(build_job_offer_odt().save, ".odt", "writer_pdf_Export"), "not_an_iwp",
            {}, "Held out (third batch). An employer's job offer letter to a Ticket holder: "
            "position, schedule, pay, start date as leader lines, workplace accommodations, a "
            "mention of her Employment Network and employment specialist, the employer's /s/ "
            "signature with a date and a blank acceptance line. Not an IWP.", {})


NOT_IWPS = [
    ("notiwp_technical_specification.pdf", "html", build_spec_html,
     "Chromium 156 (--print-to-pdf) from HTML",
     "A technical specification of an EN's payment-request export file: eleven numbered "
     "headings and three numbered sub-headings, a field table naming the Ticketholder, the "
     "IWP and goal earnings. A long structured document, not an IWP."),
    ("notiwp_operations_handbook.pdf", "docx", build_manual_docx,
     "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX",
     "An EN staff handbook that opens with a table of contents (ten numbered chapters with "
     "page numbers) and describes every part an IWP needs; not an IWP."),
    ("notiwp_state_vr_ipe.pdf", "docx", build_ipe_docx,
     "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX",
     "A State VR agency Individualized Plan for Employment: vocational goal, services with "
     "providers and costs, participant and counselor signatures, a Ticket to Work mention."),
    ("notiwp_pass_plan.pdf", "html", build_pass_html, "Chromium 156 (--print-to-pdf) from HTML",
     "An SSA Plan to Achieve Self-Support (PASS) draft: work goal with earnings, short- and "
     "long-term steps, expenses, signatures with dates, white headings on dark bands, and a "
     "line saying the Ticket to Work is assigned to an EN. Another programme's plan."),
    ("notiwp_iwp_meeting_letter.pdf", "direct", build_cover_letter, "reportlab 5 (platypus)",
     "A cover letter to a Ticketholder scheduling the IWP meeting: names the EN, the "
     "Ticketholder, Ticket to Work, the Individual Work Plan, goals, services and signing; "
     "signed 'Sincerely'. Not an IWP."),
    ("notiwp_benefits_summary.pdf", "direct", build_benefits_summary, "reportlab 5 (platypus)",
     "A WIPA Benefits Summary and Analysis letter: SSDI amount, Trial Work Period, TWL and "
     "SGA figures, a planned part-time goal, Ticket to Work assigned to an EN; says it is not "
     "part of the IWP."),
    ("notiwp_contact_log.pdf", "direct", build_contact_log, "reportlab 5 (platypus)",
     "An EN's contact log for one Ticketholder: monthly then quarterly contacts with dates, "
     "methods and notes, naming the EN, PID and IWP date. Follow-up records, not an IWP."),
    ("notiwp_placement_invoice.pdf", "direct", build_placement_invoice,
     "reportlab 5 (platypus)",
     "An EN's payment request to the Ticket Program Manager for job-placement milestones: "
     "beneficiary name and SSN, EN PID, IWP signing date, earnings, amounts, a certification "
     "and a /s/ signature with a date. Billing, not an IWP."),
    ("notiwp_partnership_plus_referral.pdf", "docx", build_partnership_referral_docx,
     "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX",
     "A State VR agency's Partnership Plus referral of a closed case to an EN: consumer, SSN, "
     "employment outcome with hours and wage, VR services with costs, what the EN agrees to "
     "(write an IWP later), three /s/ signatures with dates. Not an IWP."),
]


# =============================================================================================
# Held-out batch 6 (bilingual_, lofill_, largeprint_, amendlp_ and two not-IWPs): an English /
# Spanish HTML plan, a fillable form designed in LibreOffice Writer and filled with pypdf, a
# large-print plan for a low-vision Ticket Holder (reportlab platypus) and its amendment.
# Written from what ENs send, blind to the reader. People from series 600.
# =============================================================================================
BATCH_6_ENS = {
    "b6_puente": dict(name="Puente Claro Employment Network", pid="P0092604",
                      model="traditional", street="1180 Mesquite Plaza, Suite 14",
                      city="San Lorenzo Springs", state="TX", zip="79999",
                      phone="(915) 555-0136", email="iwp@puenteclaro.example.org",
                      rep="Marisol T. Quintanilla", rep_title="Bilingual Employment Specialist"),
    "b6_cardinal": dict(name="Cardinal Ridge Work Services", pid="P0095518",
                        model="traditional", street="63 Sumac Hollow Road", city="Brackenfield",
                        state="IN", zip="46999", phone="(317) 555-0162",
                        email="ticketforms@cardinalridge.example.net",
                        rep="Gwendolyn P. Oduya", rep_title="Ticket Coordinator"),
    "b6_clearsight": dict(name="Clearsight Vocational Partners", pid="P0098043",
                          model="administrative", street="455 Lantern Bay Boulevard",
                          city="Lakemont", state="OR", zip="97999", phone="(503) 555-0119",
                          email="plans@clearsight-vp.example.org",
                          rep="Rosamund E. Kettleby",
                          rep_title="Vocational Rehabilitation Counselor"),
}
ENS.update(BATCH_6_ENS)
BATCH_6_PEOPLE_FROM = 600
B6_HOW_MET = {"in_person": "In person at our office", "telephone": "By telephone",
              "video": "By video call"}


def _b6_methods(methods: list[str]) -> str:
    return (", ".join(methods[:-1]) + " or " + methods[-1]) if len(methods) > 1 else methods[0]


def _b6_no_short_term_summary(case: dict) -> None:
    """The discussion summary of a plan written with a long-term goal only (it must not talk
    about a first, short-term job the page does not have)."""
    first, lt = case["th"]["first"], case["lt"]
    case["discussion"]["summary"] = (
        f"We met with {first} {case['th']['last']} for about an hour to talk about the work "
        f"{first} has done, the kind of career {first} wants, and how earnings affect "
        f"benefits. We agreed that {lt['title'].lower()} is a realistic career goal with the "
        "services below.")


# ----- bilingual_: Chromium, an English / Spanish plan for Spanish speakers -----------------
BILINGUAL_CSS = """
@page { size: letter; margin: 0.55in 0.6in 0.65in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #1a1a1a; }
.mast { display: flex; justify-content: space-between; align-items: flex-end;
        border-bottom: 3px solid #8a1c2b; padding-bottom: 5px; }
.mast .org { font-size: 14pt; font-weight: bold; color: #8a1c2b; }
.mast .addr { font-size: 8.4pt; color: #444; text-align: right; }
h1 { font-size: 15pt; margin: 10px 0 0; text-align: center; }
.es { color: #5a5a5a; font-style: italic; font-weight: normal; }
.subtitle { text-align: center; font-size: 9.5pt; margin: 2px 0 8px; }
h2 { font-size: 11pt; background: #f3e6e8; border-left: 5px solid #8a1c2b; padding: 4px 8px;
     margin: 14px 0 6px; page-break-after: avoid; }
h3 { font-size: 9.8pt; margin: 9px 0 3px; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; }
table.kv td { border: 1px solid #c9b7ba; padding: 3px 6px; vertical-align: top; }
table.kv td.l { width: 36%; background: #faf6f6; font-weight: bold; font-size: 8.8pt; }
table.svc th { background: #8a1c2b; color: #fff; font-size: 8.4pt; padding: 4px; text-align: left; }
table.svc th .es { color: #f6e3e6; }
table.svc td { border: 1px solid #c9b7ba; padding: 3px 5px; vertical-align: top; font-size: 8.8pt; }
table.svc tr { page-break-inside: avoid; }
p { margin: 4px 0; line-height: 1.3; }
ol.terms li { margin-bottom: 3px; line-height: 1.28; }
.note { font-size: 8.6pt; color: #444; border: 1px dashed #b08a90; padding: 4px 7px; margin: 6px 0; }
table.sig td { border: 1px solid #8a1c2b; padding: 6px 8px; vertical-align: top; }
table.sig .who { width: 36%; font-weight: bold; background: #faf6f6; }
table.sig .typed { font-family: 'Liberation Serif', serif; font-size: 11.5pt; }
.sigs { page-break-inside: avoid; }
.foot { margin-top: 12px; font-size: 8pt; color: #666; text-align: center; }
"""


def _bl(english: str, spanish: str) -> str:
    """A bilingual label: English first, the Spanish after a slash in grey italics."""
    return f"{_h(english)} / <span class='es'>{_h(spanish)}</span>"


def build_bilingual_iwp(case: dict) -> str:
    """Layout ``bilingual``: an English/Spanish IWP (Chromium) for an EN that serves Spanish
    speakers. Every label is 'English / Español', the values are in English."""
    en, th, d = case["en"], case["th"], case["discussion"]
    name = f"{th['first']} {th['middle']} {th['last']}"
    us = lambda day: _date(day, "us")  # noqa: E731

    def kv(rows):
        return "<table class='kv'>" + "".join(
            f"<tr><td class='l'>{_bl(e, s)}</td><td>{_h(v)}</td></tr>"
            for e, s, v in rows) + "</table>"

    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Individual "
           f"Work Plan / Plan Individual de Trabajo - {_h(th['first'])} {_h(th['last'])}</title>"
           f"<style>{BILINGUAL_CSS}</style></head><body>",
           f"<div class='mast'><div class='org'>{_h(en['name'])}</div><div class='addr'>"
           f"{_h(en['street'])}<br>{_h(en['city'])}, {_h(en['state'])} {_h(en['zip'])}<br>"
           f"{_h(en['phone'])} &middot; {_h(en['email'])}</div></div>",
           f"<h1>Individual Work Plan (IWP) / <span class='es'>Plan Individual de Trabajo"
           "</span></h1>",
           "<div class='subtitle'>Ticket to Work Program / <span class='es'>Programa Boleto "
           "para Trabajar</span> &middot; Social Security Administration / <span class='es'>"
           "Administración del Seguro Social</span></div>",
           "<div class='note'>This plan is written in English. The Employment Network explained "
           "every part in Spanish and gave you a Spanish reading copy. / <span class='es'>Este "
           "plan está escrito en inglés. La Red de Empleo le explicó cada parte en español y le "
           "entregó una copia de lectura en español.</span></div>",
           f"<h2>Part 1 – Contact Information / <span class='es'>Información de contacto"
           "</span></h2>",
           f"<h3>{_bl('Employment Network', 'Red de Empleo')}</h3>",
           kv([("Name", "Nombre", en["name"]),
               ("Provider ID (PID)", "Número de proveedor", en["pid"]),
               ("Address", "Dirección",
                f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"),
               ("Phone", "Teléfono", en["phone"]),
               ("E-mail", "Correo electrónico", en["email"]),
               ("EN representative", "Representante de la Red", 
                f"{en['rep']}, {en['rep_title']}")]),
           f"<h3>{_bl('Ticket Holder', 'Titular del Boleto')}</h3>",
           kv([("Name", "Nombre", name),
               ("Social Security number", "Número de Seguro Social", th["ssn"]),
               ("Date of birth", "Fecha de nacimiento", us(th["dob"])),
               ("Address", "Dirección",
                f"{th['street']}, {th['city']}, {th['state']} {th['zip']}"),
               ("Home phone", "Teléfono de casa", th["phone"]),
               ("Cell phone", "Teléfono celular", th["mobile"] or "None"),
               ("E-mail", "Correo electrónico", th["email"]),
               ("Preferred language", "Idioma preferido", "Spanish"),
               ("Best way to contact", "Mejor forma de contacto", th["preferred"].title())])]
    if case["alt"]:
        alt = case["alt"]
        out += [f"<h3>{_bl('Alternate Contact', 'Contacto alterno')}</h3>",
                kv([("Name", "Nombre", alt["name"]),
                    ("Relationship", "Parentesco", alt["relationship"]),
                    ("Phone", "Teléfono", alt["phone"]),
                    ("Address", "Dirección", alt["address"])])]
    out.append("<h2>Part 2 – IWP Discussion / <span class='es'>Conversación sobre el plan"
               "</span></h2>")
    rows = []
    if d["date"]:
        rows += [("Date of discussion", "Fecha de la conversación", us(d["date"])),
                 ("How we met", "Cómo nos reunimos", B6_HOW_MET[d["modality"][0]])]
    rows.append(("Language of the meeting", "Idioma de la reunión",
                 "Spanish (no interpreter needed; bilingual staff)"))
    out.append(kv(rows))
    if d["summary"]:
        out.append(f"<h3>{_bl('Summary of our discussion', 'Resumen de la conversación')}"
                   f"</h3><p>{_h(d['summary'])}</p>")
    if case["work"] is not None:
        out.append("<h2>Part 3 – Work History, Last 18 Months / <span class='es'>Historial "
                   "de trabajo, últimos 18 meses</span></h2>")
        if case["work"]["jobs"]:
            out.append("<table class='svc'><tr>"
                       f"<th>{_bl('Employer', 'Empleador')}</th>"
                       f"<th>{_bl('Job title', 'Puesto')}</th>"
                       f"<th>{_bl('From', 'Desde')}</th><th>{_bl('To', 'Hasta')}</th>"
                       f"<th>{_bl('Hours per week', 'Horas por semana')}</th>"
                       f"<th>{_bl('Monthly earnings', 'Ingresos mensuales')}</th></tr>")
            for job in case["work"]["jobs"]:
                out.append(f"<tr><td>{_h(job['employer'])}</td><td>{_h(job['title'])}</td>"
                           f"<td>{us(job['start'])}</td><td>{us(job['end'])}</td>"
                           f"<td>{job['hours']}</td><td>{_money(job['monthly'])}</td></tr>")
            out.append("</table>")
        if case["work"]["no_work"]:
            out.append(f"<p>{_h(case['work']['no_work'])}</p>")
    out.append("<h2>Part 4 – Employment Goals / <span class='es'>Metas de empleo</span></h2>")
    for (e, s), goal in ((("Short-term goal (within one year)", "Meta a corto plazo (dentro "
                           "de un año)"), case["st"]),
                         (("Long-term goal (three to five years)", "Meta a largo plazo (de "
                           "tres a cinco años)"), case["lt"])):
        if goal is None:
            continue
        training = (f"{goal['training'][0]}, {goal['training'][1]}" if goal["training"]
                    else "None needed")
        out += [f"<h3>{_bl(e, s)}</h3>",
                kv([("Job", "Empleo", goal["title"]),
                    ("Hours per week", "Horas por semana", str(goal["hours"])),
                    ("Hourly wage", "Salario por hora", _money(goal["wage"])),
                    ("Expected monthly earnings", "Ingresos mensuales esperados",
                     _money(goal["monthly"])),
                    ("Target date", "Fecha meta", us(goal["target"])),
                    ("Training or education", "Capacitación o estudios", training)])]
    out.append("<h2>Part 5 – Services and Supports / <span class='es'>Servicios y apoyos"
               "</span></h2><table class='svc'><tr>"
               f"<th style='width:19%'>{_bl('Service', 'Servicio')}</th>"
               f"<th style='width:10%'>{_bl('Provided?', '¿Se brinda?')}</th>"
               f"<th>{_bl('Description', 'Descripción')}</th>"
               f"<th style='width:17%'>{_bl('Provider', 'Proveedor')}</th>"
               f"<th style='width:15%'>{_bl('How often', 'Frecuencia')}</th></tr>")
    for svc in case["services"]:
        yes = "Yes / <span class='es'>Sí</span>" if svc["provided"] else "No"
        out.append(f"<tr><td>{_h(svc['label'])}</td><td>{yes}</td>"
                   f"<td>{_h(svc['description'])}</td><td>{_h(svc['provider'])}</td>"
                   f"<td>{_h(svc['frequency'])}</td></tr>")
    out.append("</table>")
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "Monthly (at least once a month)",
                 "quarterly": "Quarterly (once every three months)"}
        out += ["<h2>Part 6 – Follow-up / <span class='es'>Seguimiento</span></h2>",
                kv([("While you look for work", "Mientras busca trabajo",
                     often[fu["initial"]]),
                    ("After you start working", "Después de empezar a trabajar",
                     often[fu["ongoing"]]),
                    ("How we will contact you", "Cómo nos comunicaremos con usted",
                     _b6_methods(fu["methods"]).capitalize() + ", in Spanish")])]
    if case["terms"]:
        out.append("<h2>Part 7 – Terms and Conditions / <span class='es'>Términos y "
                   "condiciones</span></h2><ol class='terms'>")
        out += [f"<li>{_h(t)}</li>" for t in case["terms"]]
        out.append("</ol><div class='note'>A Spanish translation of these terms and conditions "
                   "was given to you. / <span class='es'>Se le entregó una traducción al "
                   "español de estos términos y condiciones.</span></div>")
    if case["statement"]:
        out.append("<h2>Part 8 – Statement of Understanding / <span class='es'>Declaración "
                   f"de entendimiento</span></h2><p>{_h(case['statement'])}</p>")
    ths, ens = case["th_sig"], case["en_sig"]
    out.append("<div class='sigs'><h2>Part 9 – Signatures / <span class='es'>Firmas</span>"
               "</h2><table class='sig'>")
    for (e, s), sig, who in ((("Signature of Ticket Holder", "Firma del Titular del Boleto"),
                              ths, f"{th['first']} {th['last']}"),
                             (("Signature of EN representative", "Firma del representante "
                               "de la Red"), ens, ens["name"])):
        typed = f"/s/ {who}" if sig["signed"] else ""
        date = us(sig["date"]) if sig["signed"] and sig["date"] else ""
        out.append(f"<tr><td class='who'>{_bl(e, s)}</td><td class='typed' style='width:38%'>"
                   f"{_h(typed)}</td><td style='width:8%'><b>{_bl('Date', 'Fecha')}</b></td>"
                   f"<td>{_h(date)}</td></tr>")
    out.append("</table></div>"
               f"<div class='foot'>{_h(en['name'])} · IWP / Plan Individual de Trabajo · "
               "Keep a copy for your records / Guarde una copia para sus archivos</div>"
               "</body></html>")
    return "".join(out)


# ----- lofill_: a fillable form designed in LibreOffice Writer, filled in with pypdf ----------
ODF_FORM_NS = (ODF_NS + ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink" '
               'xmlns:ooo="http://openoffice.org/2004/office"')
LOFORM_AUTOMATIC = (
    '<office:automatic-styles>'
    '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
    'style:vertical-pos="middle" style:vertical-rel="text"/></style:style>'
    '<style:style style:name="FLine" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="0.03in" fo:margin-bottom="0.03in">'
    '<style:tab-stops><style:tab-stop style:position="2.05in"/></style:tab-stops>'
    '</style:paragraph-properties><style:text-properties fo:font-size="9.5pt"/></style:style>'
    '<style:style style:name="FLabel" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="0.05in" fo:margin-bottom="0.01in" '
    'fo:keep-with-next="always"/><style:text-properties fo:font-size="9.5pt" '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="FHint" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-bottom="0.04in"/><style:text-properties '
    'fo:font-size="8pt" fo:font-style="italic" fo:color="#555555"/></style:style>'
    '<style:style style:name="FBreak" style:family="paragraph" style:parent-style-name="Part">'
    '<style:paragraph-properties fo:break-before="page"/></style:style>'
    '</office:automatic-styles>')
# LibreOffice's own name for a new control of each kind: 'Text Box 3', 'Check Box 1', ...
LOFORM_DEFAULT_NAMES = {"text": "Text Box", "textarea": "Text Box", "checkbox": "Check Box",
                        "date": "Date Field"}


class LoForm(Odt):
    """An OpenDocument text with form controls (text boxes, check boxes, date fields) anchored
    in its paragraphs, as a form designer builds one in LibreOffice Writer. ``values`` holds
    what the case manager later types into each control (by control name)."""

    def __init__(self, title: str, creator: str, footer: str) -> None:
        super().__init__(title, creator, footer)
        self.controls: list[str] = []
        self.values: dict[str, str] = {}
        self.counts = {key: 0 for key in LOFORM_DEFAULT_NAMES.values()}

    def control(self, kind: str, name: str | None, value, width: float,
                height: float = 0.23) -> str:
        """The XML of one control, anchored as a character; ``name`` None keeps the name
        LibreOffice gives it ('Text Box 7')."""
        default = LOFORM_DEFAULT_NAMES[kind]
        self.counts[default] += 1
        name = name or f"{default} {self.counts[default]}"
        cid = f"control{len(self.controls) + 1}"
        impl = {"text": "TextField", "textarea": "TextField", "checkbox": "CheckBox",
                "date": "DateField"}[kind]
        attrs = (f'form:name="{escape(name)}" form:control-implementation="ooo:com.sun.star.'
                 f'form.component.{impl}" xml:id="{cid}" form:id="{cid}"')
        if kind == "checkbox":
            xml = (f'<form:checkbox {attrs} form:current-state="unchecked" '
                   'form:image-position="center"/>')
            if value:
                self.values[name] = "/Yes"
        else:
            props = ""
            if kind == "textarea":
                props = ('<form:property form:property-name="MultiLine" '
                         'office:value-type="boolean" office:boolean-value="true"/>')
            if kind == "date":
                # DateFormat 8 is MM/DD/YYYY.
                props = ('<form:property form:property-name="DateFormat" '
                         'office:value-type="float" office:value="8"/>')
            tag = "form:textarea" if kind == "textarea" else f"form:{kind}"
            extra = ' form:dropdown="false"' if kind == "date" else ""
            xml = f'<{tag} {attrs}{extra}><form:properties>{props}</form:properties></{tag}>'
            if value:
                self.values[name] = str(value)
        self.controls.append(xml)
        return (f'<draw:control draw:style-name="gr1" text:anchor-type="as-char" '
                f'svg:width="{width}in" svg:height="{height}in" draw:control="{cid}"/>')

    def field(self, label: str, name: str | None, value, kind: str = "text",
              width: float = 4.4) -> None:
        """'Label' then the control at the 2.05-inch tab, on one line."""
        self.p([self.t(label), "<text:tab/>", self.control(kind, name, value, width)], "FLine")

    def pair(self, items: list[tuple[str, str | None, object, str, float]]) -> None:
        """Several 'Label [control]' on one line (a multi-line box two lines high)."""
        parts = []
        for n, (label, name, value, kind, width) in enumerate(items):
            parts += [self.t(("   " if n else "") + label + " "),
                      self.control(kind, name, value, width,
                                   0.4 if kind == "textarea" else 0.23)]
        self.p(parts, "FLine")

    def area(self, label: str, name: str | None, value, height: float = 0.7) -> None:
        """A bold label over a multi-line text box the width of the page."""
        self.p(label, "FLabel")
        self.p([self.control("textarea", name, value, 6.45, height)], "FLine")

    def save(self, path: Path) -> None:
        forms = ('<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
                 '<form:form form:name="Standard" form:apply-filter="true" '
                 'form:command-type="table">' + "".join(self.controls) +
                 '</form:form></office:forms>')
        content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                   f'{ODF_FORM_NS} office:version="1.3">{LOFORM_AUTOMATIC}<office:body>'
                   f'<office:text>{forms}' + "".join(self.body) +
                   "</office:text></office:body></office:document-content>")
        meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS} '
                f'office:version="1.3"><office:meta><dc:title>{escape(self.title)}</dc:title>'
                f"<meta:initial-creator>{escape(self.creator)}</meta:initial-creator>"
                "</office:meta></office:document-meta>")
        with zipfile.ZipFile(path, "w") as zf:
            info = zipfile.ZipInfo("mimetype", date_time=(2026, 1, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, "application/vnd.oasis.opendocument.text")
            for name, text in (("META-INF/manifest.xml", ODT_MANIFEST),
                               ("content.xml", content),
                               ("styles.xml", ODT_STYLES.replace("{footer}",
                                                                 escape(self.footer))),
                               ("meta.xml", meta)):
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, text)


# The form is exported with its fields (LibreOffice 7.4's JSON filter options).
LOFILL_EXPORT = 'writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}'


def build_lofill_iwp(case: dict) -> LoForm:
    """Layout ``lofill``: the EN's Writer form; its controls get the case's values when the
    case manager fills the exported PDF (``make_lofill``)."""
    en, th, d = case["en"], case["th"], case["discussion"]
    us = lambda day: _date(day, "us")  # noqa: E731
    doc = LoForm(f"IWP fillable form - {en['name']}", en["rep"],
                 f"{en['name']} – IWP fillable form (rev. 01/2026)")
    doc.p(en["name"], "Org")
    doc.p(f"{en['street']} · {en['city']}, {en['state']} {en['zip']} · {en['phone']}",
          "OrgLine")
    doc.p("Individual Work Plan", "DocTitle")
    doc.p("Ticket to Work Program – click in a box and type; dates as MM/DD/YYYY", "DocSub")
    doc.p("1. Employment Network", "Part")
    doc.field("EN name", "txtENName", en["name"])
    doc.field("EN Provider ID (PID)", "txtPID", en["pid"], width=1.6)
    doc.field("Address", "txtENAddress",
              f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")
    doc.pair([("Phone", "txtENPhone", en["phone"], "text", 1.5),
              ("E-mail", "txtENEmail", en["email"], "text", 2.9)])
    doc.field("Staff member", "txtStaff", f"{en['rep']}, {en['rep_title']}")
    doc.p("2. Ticket Holder", "Part")
    doc.field("Full name", "txtTHName", f"{th['first']} {th['middle']} {th['last']}")
    doc.pair([("Social Security Number", "txtSSN", th["ssn"], "text", 1.4),
              ("Date of birth", "dateDOB", us(th["dob"]), "date", 1.3)])
    doc.field("Home address", "txtTHAddress",
              f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")
    doc.pair([("Phone", "txtTHPhone", th["phone"], "text", 1.4),
              ("Other phone", "txtTHPhone2", th["mobile"] or "", "text", 1.4)])
    doc.field("E-mail", "txtTHEmail", th["email"])
    doc.field("How to reach", "txtPreferred", th["preferred"].title(), width=2.0)
    doc.p("3. Alternate Contact", "Part")
    alt = case["alt"] or {}
    doc.field("Name", "txtAltName", alt.get("name", ""))
    doc.field("Relationship", "txtAltRel", alt.get("relationship", ""), width=2.0)
    doc.field("Phone", "txtAltPhone", alt.get("phone", ""), width=1.6)
    doc.field("Address", "txtAltAddress", alt.get("address", ""))
    doc.p("4. IWP Discussion", "FBreak")
    modality = d["modality"][0] if d["modality"] else None
    doc.field("Date of discussion", "dateDiscussion", us(d["date"]), kind="date", width=1.3)
    doc.p(["Held" + "<text:tab/>"] + [
        part for key, text in (("in_person", "In person"), ("telephone", "Phone"),
                               ("video", "Video"))
        for part in (doc.control("checkbox", f"chk{key.title().replace('_', '')}",
                                 modality == key, 0.17, 0.17), doc.t(f" {text}    "))],
        "FLine")
    doc.area("Summary of the discussion (what we talked about and why the goals fit)",
             "txtSummary", d["summary"] or "", 0.95)
    doc.p("5. Work in the Last 18 Months", "Part")
    work = case["work"] or dict(jobs=[], no_work=None)
    job = work["jobs"][0] if work["jobs"] else None
    doc.field("Employer", None, job["employer"] if job else "")
    doc.pair([("Job title", None, job["title"] if job else "", "text", 2.2),
              ("Hours/week", None, str(job["hours"]) if job else "", "text", 0.6)])
    doc.pair([("From", None, us(job["start"]) if job else "", "text", 1.1),
              ("To", None, us(job["end"]) if job else "", "text", 1.1),
              ("Gross monthly earnings", None, _money(job["monthly"]) if job else "", "text",
               1.1)])
    doc.p([doc.control("checkbox", None, bool(work["no_work"]), 0.17, 0.17),
           doc.t("  No paid work in the last 18 months – explain:")], "FLine")
    doc.p([doc.control("textarea", None, work["no_work"] or "", 6.45, 0.4)], "FLine")
    doc.p("6. Employment Goals", "Part")
    for heading, prefix, goal in (("Short-term goal (next 12 months)", "ST", case["st"]),
                                  ("Long-term goal", "LT", case["lt"])):
        goal = goal or {}
        doc.p(heading, "Section")
        doc.field("Job", f"txt{prefix}Job", goal.get("title", ""))
        doc.pair([("Hours per week", f"txt{prefix}Hours", str(goal.get("hours", "")), "text",
                   0.6),
                  ("Hourly pay", f"txt{prefix}Wage",
                   _money(goal["wage"]) if goal else "", "text", 0.9),
                  ("Monthly earnings", f"txt{prefix}Monthly",
                   _money(goal["monthly"]) if goal else "", "text", 1.1)])
        training = goal.get("training")
        doc.pair([("Reach it by", f"date{prefix}Target",
                   us(goal["target"]) if goal else "", "date", 1.3),
                  ("Training needed", f"txt{prefix}Training",
                   (f"{training[0]}, {training[1]}" if training else "None") if goal else "",
                   "text", 3.0)])
    doc.p("7. Services and Supports", "FBreak")
    doc.p("Tick “Provided” for each service the EN will give or arrange, and describe it.",
          "FHint")
    for svc in case["services"]:
        doc.p([doc.control("checkbox", None, svc["provided"], 0.17, 0.17),
               doc.t(" Provided   "), doc.span(svc["label"], "Strong")], "FLine")
        doc.pair([("Description", None, svc["description"], "textarea", 5.45)])
        doc.pair([("Provided by", None, svc["provider"], "text", 2.4),
                  ("How often", None, svc["frequency"], "text", 1.9)])
    doc.p("8. Follow-Up", "Part")
    fu = case["follow_up"]
    often = {"monthly": "Monthly", "quarterly": "Every three months"}
    doc.field("While looking for work", "txtFollowSearch", often[fu["initial"]] if fu else "",
              width=2.6)
    doc.field("Once employed", "txtFollowWork", often[fu["ongoing"]] if fu else "", width=2.6)
    doc.field("How", "txtFollowHow", _b6_methods(fu["methods"]).capitalize() if fu else "")
    if case["terms"]:
        doc.p("9. Terms and Conditions", "FBreak")
        doc.numbered(case["terms"])
    if case["statement"]:
        doc.p("10. Ticket Holder's Statement of Understanding", "Part")
        doc.p(case["statement"])
    doc.p("11. Signatures", "Part")
    doc.p("Type “/s/” and your full name to sign. Your typed signature counts the same as a "
          "handwritten one.", "FHint")
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['last']}"
    doc.pair([("Ticket Holder signature", "txtTHSignature",
               f"/s/ {th_name}" if ths["signed"] else "", "text", 2.8),
              ("Date", "dateTHSigned", us(ths["date"]) if ths["signed"] else "", "date", 1.3)])
    doc.pair([("EN representative signature", "txtENSignature",
               f"/s/ {ens['name']}" if ens["signed"] else "", "text", 2.6),
              ("Date", "dateENSigned", us(ens["date"]) if ens["signed"] else "", "date",
               1.3)])
    doc.field("EN representative (print)", "txtENPrinted", f"{ens['name']}, {ens['title']}")
    return doc


def make_lofill(case: dict):
    """A ``direct`` maker: the Writer form exported with its fields, then filled in with
    pypdf like a case manager typing into it (appearances drawn, /NeedAppearances set)."""
    def make(out: Path) -> None:
        from pypdf import PdfWriter
        from pypdf.generic import DictionaryObject, NameObject
        doc = build_lofill_iwp(case)
        with tempfile.TemporaryDirectory() as tmp_name:
            source = Path(tmp_name) / (out.stem + ".odt")
            doc.save(source)
            blank = Path(tmp_name) / (out.stem + "_blank.pdf")
            _b3_convert(source, blank, LOFILL_EXPORT)
            writer = PdfWriter(clone_from=blank)
            for page in writer.pages:
                writer.update_page_form_field_values(page, doc.values, auto_regenerate=False)
            writer.set_need_appearances_writer(True)
            # A viewer that honours /NeedAppearances redraws ticked boxes with ZapfDingbats,
            # which LibreOffice's /DR lacks (Acrobat adds it when a form is saved).
            fonts = writer._root_object["/AcroForm"]["/DR"]["/Font"].get_object()
            fonts[NameObject("/ZaDb")] = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/ZapfDingbats")}))
            with open(out, "wb") as handle:
                writer.write(handle)
    return make


# ----- largeprint_ / amendlp_: reportlab platypus, a large-print plan for low vision ---------
LP_BODY = 18
LP_HEADING = 24


def _lp_build(path: Path, title: str, running: str, story_of) -> None:
    """A large-print document: 18-point Helvetica body, 24-point bold headings over a thick
    black rule, black on white, one label per line with its value on the next line, a
    running footer. ``story_of(kit)`` returns the flowables; ``kit`` has the helpers."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    body = ParagraphStyle("lpb", fontName="Helvetica", fontSize=LP_BODY, leading=25,
                          spaceAfter=10, textColor=colors.black)
    label = ParagraphStyle("lpl", parent=body, fontName="Helvetica-Bold", spaceAfter=0,
                           keepWithNext=True)
    value = ParagraphStyle("lpv", parent=body, leftIndent=18, spaceAfter=12)
    heading = ParagraphStyle("lph", parent=body, fontName="Helvetica-Bold",
                             fontSize=LP_HEADING, leading=30, spaceBefore=14, spaceAfter=12,
                             keepWithNext=True, borderWidth=0)
    title_style = ParagraphStyle("lpt", parent=heading, fontSize=28, leading=34,
                                 alignment=1, spaceBefore=0)
    centre = ParagraphStyle("lpc", parent=body, alignment=1)

    class Kit:
        @staticmethod
        def P(text, style=body):
            return Paragraph(escape(str(text)), style)

        @staticmethod
        def title(text):
            return Paragraph(escape(text), title_style)

        @staticmethod
        def centre(text):
            return Paragraph(escape(text), centre)

        @staticmethod
        def heading(text):
            rule = Table([[""]], colWidths=[468], rowHeights=[4])
            rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.black)]))
            return [CondPageBreak(280), Paragraph(escape(text), heading), rule, Spacer(1, 12)]

        @staticmethod
        def item(lab, val):
            """The label on one line, its value on the next (a blank value leaves a line)."""
            shown = escape(str(val)) if val not in (None, "") else "&nbsp;"
            return KeepTogether([Paragraph(escape(lab), label), Paragraph(shown, value)])

        @staticmethod
        def sub(text):
            return Paragraph(escape(text), ParagraphStyle("lps", parent=label, fontSize=20,
                                                          leading=26, spaceBefore=8,
                                                          spaceAfter=6))

        @staticmethod
        def goals(rows):
            """The simple two-row goals table: the goal's name, then its details."""
            cell = ParagraphStyle("lpg", parent=body, spaceAfter=0)
            bold = ParagraphStyle("lpgb", parent=cell, fontName="Helvetica-Bold")
            data = [[Paragraph(escape(name), bold),
                     Paragraph("<br/>".join(escape(line) for line in lines), cell)]
                    for name, lines in rows]
            table = Table(data, colWidths=[170, 298])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 2, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 8),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
            return [table, Spacer(1, 14)]

        spacer = Spacer

        @staticmethod
        def group(flowables):
            """A service's sub-heading and its lines kept on one page."""
            flat = []
            for flowable in flowables:
                flat += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
            return KeepTogether(flat)

    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 36, running)
        c.drawRightString(letter[0] - 72, 36, f"Page {doc.page}")
        c.setLineWidth(2)
        c.line(72, 56, letter[0] - 72, 56)
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=72, rightMargin=72,
                            topMargin=60, bottomMargin=72, title=title, author=running)
    doc.build(story_of(Kit), onFirstPage=footer, onLaterPages=footer)


def _lp_goal_lines(goal: dict, style: str = "long") -> list[str]:
    training = goal.get("training")
    return [goal["title"], f"{goal['hours']} hours a week", f"{_money(goal['wage'])} an hour",
            f"{_money(goal['monthly'])} a month", f"By {_date(goal['target'], style)}",
            f"Training: {training[0]}, {training[1]}" if training else "Training: none needed"]


def build_largeprint_iwp(case: dict, path: Path) -> None:
    """Layout ``largeprint``: the IWP in 18-point type for a low-vision Ticket Holder."""
    en, th, d = case["en"], case["th"], case["discussion"]
    long = lambda day: _date(day, "long")  # noqa: E731
    name = f"{th['first']} {th['middle']} {th['last']}"

    def story(k):
        out = [k.title("INDIVIDUAL WORK PLAN"), k.centre("Large Print Edition"),
               k.centre(f"Ticket to Work Program – {en['name']}"), k.spacer(1, 10),
               k.P("We printed this plan in 18-point type because you asked for large print. "
                   "You can also ask us for it in Braille, as an audio recording or as an "
                   "accessible electronic file at any time.")]
        out += k.heading("The Employment Network")
        out += [k.item("Name of the Employment Network", en["name"]),
                k.item("Provider ID (PID)", en["pid"]),
                k.item("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"),
                k.item("Phone", en["phone"]), k.item("E-mail", en["email"]),
                k.item("Your counselor", f"{en['rep']}, {en['rep_title']}")]
        out += k.heading("You, the Ticket Holder")
        out += [k.item("Your name", name), k.item("Social Security number", th["ssn"]),
                k.item("Date of birth", long(th["dob"])),
                k.item("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}"),
                k.item("Phone", th["phone"]),
                k.item("Cell phone", th["mobile"] or "None"), k.item("E-mail", th["email"]),
                k.item("How you want to receive papers from us",
                       "Large print (18 point), by mail and by e-mail")]
        if case["alt"]:
            alt = case["alt"]
            out += k.heading("Someone We May Contact If We Cannot Reach You")
            out += [k.item("Name", alt["name"]), k.item("Relationship to you",
                                                         alt["relationship"]),
                    k.item("Phone", alt["phone"]), k.item("Address", alt["address"])]
        out += k.heading("Our Planning Meeting")
        if d["date"]:
            out += [k.item("Date we met", long(d["date"])),
                    k.item("How we met", B6_HOW_MET[d["modality"][0]])]
        if d["summary"]:
            out.append(k.item("What we talked about", d["summary"]))
        if case["work"] is not None:
            out += k.heading("Your Work in the Last 18 Months")
            for job in case["work"]["jobs"]:
                out += [k.item("Employer", job["employer"]), k.item("Job", job["title"]),
                        k.item("Dates worked", f"{long(job['start'])} to {long(job['end'])}"),
                        k.item("Hours a week", str(job["hours"])),
                        k.item("Pay each month", _money(job["monthly"]))]
            if case["work"]["no_work"]:
                out.append(k.P(case["work"]["no_work"]))
        out += k.heading("Your Employment Goals")
        rows = [(label, _lp_goal_lines(goal)) for label, goal in
                (("Short-term goal (this year)", case["st"]),
                 ("Long-term goal (three to five years)", case["lt"])) if goal]
        out += k.goals(rows)
        out += k.heading("Services and Supports We Will Provide")
        for svc in case["services"]:
            if not svc["provided"]:
                continue
            out.append(k.group([k.sub(svc["label"]),
                                k.item("What we will do", svc["description"]),
                                k.item("Who will do it", svc["provider"]),
                                k.item("How often", svc["frequency"])]))
        skipped = [s["label"] for s in case["services"] if not s["provided"]]
        if skipped:
            out.append(k.item("Services you do not need right now", ", ".join(skipped)))
        if case["follow_up"]:
            fu = case["follow_up"]
            often = {"monthly": "At least once a month",
                     "quarterly": "At least once every three months"}
            out += k.heading("Staying in Touch")
            out += [k.item("While you look for work", often[fu["initial"]]),
                    k.item("After you start working", often[fu["ongoing"]]),
                    k.item("How we will contact you",
                           _b6_methods(fu["methods"]).capitalize())]
        if case["terms"]:
            out += k.heading("Terms and Conditions")
            out += [k.P(f"{n}. {term}") for n, term in enumerate(case["terms"], 1)]
        if case["statement"]:
            out += k.heading("Statement of Understanding")
            out.append(k.P(case["statement"]))
        out += k.heading("Signatures")
        ths, ens = case["th_sig"], case["en_sig"]
        for who, sig, signer in (("Ticket Holder's signature", ths,
                                  f"{th['first']} {th['last']}"),
                                 ("Employment Network representative's signature", ens,
                                  f"{ens['name']}, {ens['title']}")):
            out += [k.item(who, f"/s/ {signer}" if sig["signed"] else ""),
                    k.item("Date", long(sig["date"]) if sig["signed"] and sig["date"]
                           else "")]
        return out

    _lp_build(path, f"Individual Work Plan (Large Print) - {th['first']} {th['last']}",
              f"IWP – {th['first']} {th['last']} – Large Print", story)


def build_largeprint_amendment(amend: dict, path: Path) -> None:
    """Layout ``amendlp``: an IWP amendment in the large-print style."""
    en, th = amend["en"], amend["th"]
    long = lambda day: _date(day, "long")  # noqa: E731

    def story(k):
        out = [k.title("AMENDMENT TO YOUR INDIVIDUAL WORK PLAN"),
               k.centre("Large Print Edition"),
               k.centre(f"Ticket to Work Program – {en['name']}"), k.spacer(1, 10)]
        out += k.heading("The Plan We Are Changing")
        out.append(k.item("Amendment number", str(amend["number"])))
        if amend["plan_id"]:
            out.append(k.item("Plan being changed", f"Individual Work Plan {amend['plan_id']}"))
        if amend["original_signed"]:
            out.append(k.item("Date your first plan was signed", long(amend["original_signed"])))
        out.append(k.item("Why we are changing your plan", amend["reason"]))
        out += k.heading("The Employment Network")
        out += [k.item("Name of the Employment Network", en["name"]),
                k.item("Provider ID (PID)", en["pid"]), k.item("Phone", en["phone"]),
                k.item("Your counselor", f"{en['rep']}, {en['rep_title']}")]
        out += k.heading("You, the Ticket Holder")
        out += [k.item("Your name", f"{th['first']} {th['middle']} {th['last']}"),
                k.item("Social Security number", th["ssn"]),
                k.item("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}"),
                k.item("Phone", th["phone"])]
        if amend["st"] or amend["lt"]:
            out += k.heading("Your New Goals")
            out += k.goals([(label, _lp_goal_lines(goal)) for label, goal in
                            (("New short-term goal", amend["st"]),
                             ("New long-term goal", amend["lt"])) if goal])
        if amend["changes"]:
            out += k.heading("Changes to Your Services")
            for change in amend["changes"]:
                out.append(k.group([k.sub(f"{change['label']} – {change['change']}"),
                                    k.item("What we will do", change["description"]),
                                    k.item("Who will do it", change["provider"]),
                                    k.item("How often", change["frequency"])]))
        out += k.heading("Signatures")
        out.append(k.P("Signing means you agree to these changes. Everything else in your "
                       "Individual Work Plan stays the same."))
        ths, ens = amend["th_sig"], amend["en_sig"]
        for who, sig, signer in (("Ticket Holder's signature", ths,
                                  f"{th['first']} {th['last']}"),
                                 ("Employment Network representative's signature", ens,
                                  f"{ens['name']}, {ens['title']}")):
            out += [k.item(who, f"/s/ {signer}" if sig["signed"] else ""),
                    k.item("Date", long(sig["date"]) if sig["signed"] and sig["date"]
                           else "")]
        return out

    _lp_build(path, f"IWP Amendment (Large Print) - {th['first']} {th['last']}",
              f"IWP Amendment – {th['first']} {th['last']} – Large Print", story)


# ----- two more look-alikes that are not IWPs --------------------------------------------------
def build_case_review_minutes() -> Odt:
    """Minutes of an EN's monthly staff case-review meeting about several Ticket holders'
    IWPs (LibreOffice from ODT): not an IWP."""
    en = BATCH_6_ENS["b6_cardinal"]
    doc = Odt("Case review minutes - February 2026", "Lionel W. Ashdown",
              f"{en['name']} – Case Review Minutes – Internal")
    doc.p(en["name"], "Org")
    doc.p(f"Provider ID {en['pid']} · {en['street']}, {en['city']}, {en['state']} {en['zip']}",
          "OrgLine")
    doc.p("Staff Case Review Meeting – Minutes", "DocTitle")
    doc.p("Internal record – not part of any beneficiary's file", "DocSub")
    doc.lead("Date and time", "February 24, 2026, 9:00–10:15 AM")
    doc.lead("Place", "Conference room B and video call")
    doc.lead("Present", "G. Oduya (chair), L. Ashdown, P. Castellanos-Voigt, R. Whitmarsh")
    doc.lead("Absent", "None")
    doc.lead("Minutes taken by", "Lionel W. Ashdown, Program Assistant")
    doc.p("1. Caseload and open actions", "Part")
    doc.p("The team has 41 Ticket holders with an assigned Ticket: 29 with a signed Individual "
          "Work Plan, 7 with an IWP meeting scheduled and 5 in intake. Actions from the January "
          "meeting are closed except the benefits counseling referrals listed below.")
    doc.p("2. Ticket holders reviewed", "Part")
    people = [
        ("T. Villanueva-Brandt", "IWP signed 02/03/2026",
         "Short-term goal is part-time stock associate, 20 hours a week; long-term goal "
         "full-time receiving supervisor. Two interviews this month. Next step: mock "
         "interview on 03/02; job coach available if hired.", "P. Castellanos-Voigt"),
        ("A. Moreland", "IWP meeting 03/05/2026",
         "Wants office work; benefits summary from the WIPA project still pending. Next "
         "step: call the WIPA project and confirm the appointment before the IWP meeting.",
         "R. Whitmarsh"),
        ("J. Okafor-Lindgren", "IWP amendment due",
         "Working 28 hours a week at a call center since January; earnings over the TWL. "
         "Next step: amend the IWP goals (more hours, team-lead training) and collect pay "
         "stubs for the first milestone.", "G. Oduya"),
        ("M. Strand", "IWP signed 12/18/2025",
         "No contact since 01/20. The IWP requires monthly contact while looking for work. "
         "Next step: letter to the alternate contact on file and a home visit request.",
         "L. Ashdown"),
    ]
    for who, status, notes, owner in people:
        doc.p(f"{who} – {status}", "Section")
        doc.p(notes, "BodyIn")
        doc.lead("Responsible", owner, "LeaderIn")
    doc.p("3. Timely progress reviews", "Part")
    doc.p("Three Ticket holders reach a Timely Progress Review in April. Case managers will "
          "check that each has the earnings or education shown in the IWP and update the "
          "contact log before March 31.")
    doc.p("4. Decisions", "Part")
    doc.numbered(["IWP drafts are to be reviewed by a second staff member before signing.",
                  "Amendments are written within 30 days of a change of goal.",
                  "Next case review meeting: March 24, 2026, 9:00 AM."])
    doc.p("Minutes approved by the chair.", "Note")
    doc.signature("/s/ Lionel W. Ashdown", "02/24/2026", "Note-taker")
    return doc


FLYER_CSS = """
@page { size: letter; margin: 0.5in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #10304a; }
.band { background: #0f5c7a; color: #fff; padding: 16px 20px; border-radius: 8px; }
.band h1 { margin: 0; font-size: 26pt; }
.band .es { font-size: 18pt; color: #d6f0fa; font-style: italic; }
.when { display: flex; gap: 14px; margin: 16px 0; }
.when div { flex: 1; border: 3px solid #0f5c7a; border-radius: 8px; padding: 10px;
            font-size: 13pt; text-align: center; }
.cols { display: flex; gap: 22px; }
.cols div { flex: 1; font-size: 11pt; line-height: 1.4; }
h2 { font-size: 14pt; color: #0f5c7a; margin: 10px 0 4px; }
.es { font-style: italic; }
ul { padding-left: 18px; margin: 4px 0; }
.rsvp { margin-top: 18px; background: #fff3d6; border: 2px dashed #c9902a; padding: 10px 14px;
        font-size: 11.5pt; border-radius: 6px; }
.small { font-size: 8.5pt; color: #555; margin-top: 12px; }
"""


def build_work_incentives_flyer() -> str:
    """A bilingual flyer for a free work incentives seminar (Chromium): not an IWP."""
    en = BATCH_6_ENS["b6_puente"]
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Work Incentives "
        f"Seminar / Seminario de Incentivos Laborales</title><style>{FLYER_CSS}</style></head>"
        "<body><div class='band'><h1>Can I work and keep my benefits?</h1>"
        "<div class='es'>¿Puedo trabajar y conservar mis beneficios?</div>"
        "<p>Free Work Incentives Seminar · <span class='es'>Seminario gratuito de incentivos "
        "laborales</span></p></div>"
        "<div class='when'><div><b>Thursday, March 19, 2026</b><br><span class='es'>Jueves, 19 "
        "de marzo de 2026</span></div><div><b>6:00 – 7:30 PM</b><br>Light dinner / <span "
        "class='es'>Cena ligera</span></div><div><b>San Lorenzo Springs Public Library</b><br>"
        "Community Room · 200 Alameda Street</div></div>"
        "<div class='cols'><div><h2>In English</h2><ul>"
        "<li>How Social Security disability benefits change when you go to work</li>"
        "<li>The Trial Work Period, Substantial Gainful Activity and Medicare or Medicaid "
        "while working</li>"
        "<li>The Ticket to Work program: what an Employment Network (EN) does, and how you "
        "and an EN write an Individual Work Plan (IWP) with your goals and services</li>"
        "<li>Bring your questions – a benefits counselor from the regional WIPA project "
        "will answer them</li></ul></div>"
        "<div><h2 class='es'>En español</h2><ul class='es'>"
        "<li>Cómo cambian los beneficios por discapacidad del Seguro Social cuando usted "
        "trabaja</li>"
        "<li>El Período de Trabajo de Prueba, la Actividad Sustancial y Lucrativa y Medicare "
        "o Medicaid mientras trabaja</li>"
        "<li>El programa Boleto para Trabajar: qué hace una Red de Empleo y cómo usted y la "
        "Red preparan un Plan Individual de Trabajo (IWP) con sus metas y servicios</li>"
        "<li>Traiga sus preguntas – una consejera de beneficios del proyecto WIPA las "
        "responderá</li></ul></div></div>"
        f"<div class='rsvp'><b>Reserve your seat / Reserve su lugar:</b> {_h(en['phone'])} · "
        f"{_h(en['email'])}<br>Interpretation and large print available on request. / <span "
        "class='es'>Hay interpretación y letra grande disponibles si las solicita.</span>"
        "</div>"
        f"<div class='small'>Hosted by {_h(en['name'])}, an Employment Network in the Ticket "
        "to Work program. This seminar is free and does not assign your Ticket. / <span "
        f"class='es'>Organizado por {_h(en['name'])}, una Red de Empleo del programa Boleto "
        "para Trabajar. Este seminario es gratuito y no asigna su Boleto.</span></div>"
        "</body></html>")


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_6 = {
    "bilingual": dict(
        producer="Chromium 156 (--print-to-pdf) from HTML", en="b6_puente", kind="html",
        build=build_bilingual_iwp,
        description="Held out (sixth batch). An English/Spanish IWP of an EN serving Spanish "
                    "speakers: every label bilingual, English first ('Name / Nombre', "
                    "'Short-term goal (within one year) / Meta a corto plazo', 'Signature of "
                    "Ticket Holder / Firma del Titular del Boleto'), the values in English; "
                    "'Part 1 - Contact Information / Información de contacto' ... 'Part 9 - "
                    "Signatures / Firmas' on tinted bands; label/value tables; services as a "
                    "'Service / Servicio | Provided? / ¿Se brinda? | Description | Provider | "
                    "How often' table with 'Yes / Sí' and 'No'; follow-up as label/value rows; "
                    "English terms with a note that a Spanish translation was given; '/s/ "
                    "Name' signatures with 'Date / Fecha' cells; dates as 02/09/2026.",
        defects=["ticketholder_undated", "long_term_below_sga", "no_discussion_summary",
                 "follow_up_quarterly", "no_alternate_contact"]),
    "lofill": dict(
        producer="LibreOffice 7.4 Writer form (ODT with form controls) exported with form "
                 "fields (writer_pdf_Export, ExportFormFields), filled with pypdf 5",
        en="b6_cardinal", kind="direct", build=make_lofill,
        description="Held out (sixth batch). A FILLABLE form designed in LibreOffice Writer "
                    "and filled in: text boxes, check boxes and date fields (MM/DD/YYYY "
                    "format actions) anchored in the text after printed labels; field names "
                    "as the form designer left them (txtENName, txtSSN, dateDiscussion, "
                    "txtTHSignature, and LibreOffice's default 'Text Box 12', 'Check Box 3' "
                    "for the work-history and service rows), no tooltips; values only in "
                    "the fields (appearances drawn by pypdf, /NeedAppearances set); "
                    "sections '1. Employment Network' ... '11. Signatures'; services as a "
                    "'Provided' check box, the service name and Description / Provided by / "
                    "How often boxes; printed terms and statement; signatures typed as "
                    "'/s/ Name' into text fields and dates in date fields.",
        defects=["service_without_description", "ticketholder_unsigned", "en_undated",
                 "no_work_history", "no_discussion_record"]),
    "largeprint": dict(
        producer="reportlab 5 (platypus), 18-point type", en="b6_clearsight", kind="direct",
        build=lambda case: (lambda path: build_largeprint_iwp(case, path)),
        description="Held out (sixth batch). A LARGE-PRINT IWP for a low-vision Ticket "
                    "Holder: 18-point Helvetica body, 24-point bold headings over a thick "
                    "black rule, black on white, about a dozen pages; every field as a bold "
                    "label on one line and its value on the next ('Your name' / 'Ms. ...'); "
                    "'You, the Ticket Holder', 'Someone We May Contact If We Cannot Reach "
                    "You', 'Our Planning Meeting', 'Your Work in the Last 18 Months', the "
                    "goals in a simple two-row table (goal name | job, hours, pay, monthly, "
                    "target on separate lines), provided services as sub-headings with 'What "
                    "we will do' / 'Who will do it' / 'How often', 'Staying in Touch', "
                    "numbered terms, '/s/ Name' signatures with dates as 'February 9, 2026'.",
        defects=["no_short_term_goal", "no_terms", "no_follow_up", "no_statement"]),
}
# Where a lofill file has a described service whose 'Provided' box was left unticked.
LOFILL_UNTICKED = "lofill_ticketholder_unsigned.pdf"


def _b6_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_6(cat) -> None:
    """The sixth held-out batch: people numbered from BATCH_6_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_6.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_6_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            name = f"{layout}_{defect or 'complete'}.pdf"
            if defect == "no_short_term_goal":
                _b6_no_short_term_summary(case)
                what += "; the discussion summary talks only about the long-term goal"
            if name == LOFILL_UNTICKED:
                for svc in case["services"]:
                    if svc["key"] == "job_retention":
                        svc["provided"] = False
                what += ("; the 'Provided' box of 'Job retention and ongoing support' was left "
                         "unticked although its description, provider and frequency are "
                         "filled in (a slip that does not make the services deficient)")
            cat.add(name, layout, spec["producer"], spec["kind"], spec["build"](case), "iwp",
                    _components("iwp", overrides), _b6_notes(spec["description"], what),
                    case_values(case))
    description = ("Held out (sixth batch). An IWP amendment in the large-print style "
                   "(reportlab platypus, 18-point body, 24-point headings, label on one line "
                   "and value on the next): 'The Plan We Are Changing' (amendment number, "
                   "'Plan being changed', 'Date your first plan was signed', the reason), EN "
                   "and Ticket Holder, 'Your New Goals' as a two-row table, 'Changes to Your "
                   "Services' as sub-headings 'Training - Added' with 'What we will do' / 'Who "
                   "will do it' / 'How often', '/s/' signatures with dates as 'June 9, 2026'.")
    for number, defect in enumerate([None, "en_undated", "added_service_without_description"],
                                    2):
        amend = make_amendment(cat.series_case("b6_clearsight", BATCH_6_PEOPLE_FROM), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "added_service_without_description":
            what += " ('What we will do' is followed by an empty line)"
        cat.add(f"amendlp_{defect or 'complete'}.pdf", "amendlp",
                "reportlab 5 (platypus), 18-point type", "direct",
                lambda path, amend=amend: build_largeprint_amendment(amend, path), "amendment",
                _components("amendment", overrides), _b6_notes(description, what),
                amendment_values(amend))
    cat.add("notiwp_case_review_minutes.pdf", "not_an_iwp",
            "LibreOffice 7.4 (soffice --convert-to pdf) from ODT", "direct",
            _b3_made_by(build_case_review_minutes().save, ".odt", "writer_pdf_Export"),
            "not_an_iwp", {},
            "Held out (sixth batch). Minutes of an EN's staff case-review meeting: date, "
            "attendees, caseload, four Ticket holders' IWPs discussed by name (IWP dates, "
            "short- and long-term goals, monthly contact, alternate contact, amendments, next "
            "steps and who is responsible), decisions, and the note-taker's '/s/' signature "
            "with a date. Internal minutes, not an IWP.", {})
    cat.add("notiwp_work_incentives_flyer.pdf", "not_an_iwp",
            "Chromium 156 (--print-to-pdf) from HTML", "html", build_work_incentives_flyer(),
            "not_an_iwp", {},
            "Held out (sixth batch). A one-page English/Spanish flyer for a free Work "
            "Incentives seminar hosted by an EN: date, place, topics (Trial Work Period, SGA, "
            "Medicare/Medicaid, Ticket to Work, what an Employment Network does, the "
            "Individual Work Plan with goals and services), RSVP phone and e-mail. Not an "
            "IWP.", {})


# =============================================================================================
# Held-out batch 7 (frames_, portal_, amendframes_ and two not-IWPs): a designed Word form
# whose contact details sit in floating text boxes and frames (LibreOffice), and a web
# case-management portal page printed by Chromium with its navigation column on every page.
# Written from what ENs send, blind to the reader. People from series 700.
# =============================================================================================
BATCH_7_ENS = {
    "b7_summit": dict(name="Summit Trail Employment Services", pid="P0093851",
                      model="traditional", street="912 Overlook Drive, Floor 2",
                      city="Cedar Bluffs", state="NE", zip="68999", phone="(402) 555-0127",
                      email="iwp@summittrail.example.org",
                      rep="Harriet V. Okafor", rep_title="Employment Consultant"),
    "b7_beacon": dict(name="BeaconPoint Workforce Partners", pid="P0096207",
                      model="administrative", street="3400 Harbor Commerce Park, Bldg C",
                      city="Port Wendell", state="WA", zip="98999", phone="(360) 555-0153",
                      email="casemgmt@beaconpoint.example.net",
                      rep="Lorenzo J. Abernathy-Kwan", rep_title="Ticket Case Manager"),
}
ENS.update(BATCH_7_ENS)
BATCH_7_PEOPLE_FROM = 700
B7_HOW_MET = {"in_person": "in person at our office", "telephone": "by telephone",
              "video": "by video call"}

# ----- frames_: LibreOffice from a DOCX whose contact details sit in floating text boxes -------
WP_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
EMU_PER_INCH = 914400


class FramesDocx(Docx):
    """A Docx that can also hold floating text boxes (DrawingML ``wps:txbx`` anchored to a
    paragraph, as Word writes them) and ``w:framePr`` frames."""

    def __init__(self, title: str, creator: str) -> None:
        super().__init__(title, creator)
        self.shapes = 0

    def textbox_run(self, paras: list[str], x: float, y: float, w: float, h: float,
                    fill: str | None = None, line: str | None = "7F7F7F",
                    from_h: str = "margin", from_v: str = "paragraph") -> str:
        """One anchored text box (inches from the margin / the anchoring paragraph)."""
        self.shapes += 1
        n = self.shapes
        emu = lambda inches: int(inches * EMU_PER_INCH)  # noqa: E731
        fill_xml = (f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill
                    else "<a:noFill/>")
        line_xml = (f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
                    '</a:ln>' if line else "<a:ln><a:noFill/></a:ln>")
        return (
            '<w:r><w:drawing><wp:anchor distT="0" distB="114300" distL="114300" '
            f'distR="114300" simplePos="0" relativeHeight="{n + 1}" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="{from_h}"><wp:posOffset>{emu(x)}</wp:posOffset>'
            f'</wp:positionH><wp:positionV relativeFrom="{from_v}"><wp:posOffset>{emu(y)}'
            f'</wp:posOffset></wp:positionV><wp:extent cx="{emu(w)}" cy="{emu(h)}"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            f'</a:prstGeom>{fill_xml}{line_xml}</wps:spPr><wps:txbx><w:txbxContent>'
            f'{"".join(paras)}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
            'wrap="square" lIns="91440" tIns="64008" rIns="91440" bIns="45720" anchor="t">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></w:r>')

    def anchor(self, runs: list[str]) -> None:
        """A paragraph that holds only the anchors of text boxes."""
        self.parts.append(f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{"".join(runs)}</w:p>')

    @staticmethod
    def framed_xml(content: list[str], width: float, shade: str = "EAF1F8") -> str:
        """A paragraph in a ``w:framePr`` frame floating at the right margin; consecutive
        paragraphs with the same frame properties share one frame."""
        return ('<w:p><w:pPr><w:framePr w:w="' + str(int(width * TWIPS_PER_INCH)) +
                '" w:hSpace="200" w:vSpace="60" w:wrap="around" w:vAnchor="text" '
                'w:hAnchor="margin" w:xAlign="right" w:y="1"/><w:pBdr>'
                + "".join(f'<w:{side} w:val="single" w:sz="6" w:space="4" w:color="5B7DA3"/>'
                          for side in ("top", "left", "bottom", "right"))
                + f'</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
                '<w:spacing w:after="0"/></w:pPr>' + "".join(content) + "</w:p>")

    def runin(self, label: str, text: str, size: float = 9.5) -> None:
        """A normal paragraph led by a bold run-in label."""
        self.para([self.run(label + " ", bold=True, size=size), self.run(text, size=size)],
                  space_after=100)

    def bullet(self, runs: list[str]) -> None:
        self.parts.append('<w:p><w:pPr><w:spacing w:after="60"/><w:ind w:left="360" '
                          'w:hanging="220"/></w:pPr>' + self.run("\u2022\t", size=9.5)
                          + "".join(runs) + "</w:p>")

    def band(self, text: str) -> None:
        """A section title: small capitals on a thin rule, in the banner's colour."""
        self.parts.append(
            '<w:p><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" '
            'w:color="1F4E79"/></w:pBdr><w:spacing w:before="220" w:after="100"/></w:pPr>'
            '<w:r><w:rPr><w:b/><w:caps/><w:color w:val="1F4E79"/><w:sz w:val="21"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')

    def signature_line(self, signed: str | None, name_under: str, date_text: str) -> None:
        """'X ______' with the signature on it, the typed name under it, 'Date:' beside."""
        sig = (self.run("X  ", bold=True, size=12)
               + (f'<w:r><w:rPr><w:i/><w:u w:val="single"/><w:sz w:val="22"/></w:rPr>'
                  f'<w:t xml:space="preserve">{escape(signed)}</w:t></w:r>'
                  if signed else "")
               + '<w:r><w:rPr><w:u w:val="single"/><w:sz w:val="22"/></w:rPr><w:tab/></w:r>')
        date = (self.run("\tDate: ", bold=True, size=10)
                + (f'<w:r><w:rPr><w:u w:val="single"/><w:sz w:val="20"/></w:rPr>'
                   f'<w:t xml:space="preserve">{escape(date_text)}</w:t></w:r>'
                   if date_text else
                   '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>______________</w:t></w:r>'))
        self.parts.append(
            '<w:p><w:pPr><w:keepNext/><w:tabs><w:tab w:val="left" w:pos="5600"/>'
            '<w:tab w:val="left" w:pos="6100"/></w:tabs><w:spacing w:before="360" '
            'w:after="0"/></w:pPr>' + sig + date + "</w:p>")
        self.parts.append('<w:p><w:pPr><w:spacing w:after="120"/><w:ind w:left="340"/></w:pPr>'
                          + self.run(name_under, size=8.5) + "</w:p>")

    def save(self, path: Path, footer: str | None = None) -> None:
        super().save(path, footer)
        # The same package, with the drawing namespaces declared on the document element.
        with zipfile.ZipFile(path) as zf:
            files = {info: zf.read(info.filename) for info in zf.infolist()}
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in files.items():
                if info.filename == "word/document.xml":
                    data = data.replace(f"<w:document {W_NS}>".encode(),
                                        f"<w:document {W_NS} {WP_NS}>".encode(), 1)
                zf.writestr(info, data)


def _b7_box_paras(heading: str, lines: list[tuple[str, str]], color: str = "1F4E79") -> list[str]:
    out = [Docx.para_xml([
        f'<w:r><w:rPr><w:b/><w:caps/><w:color w:val="{color}"/><w:sz w:val="18"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(heading)}</w:t></w:r>'], space_after=60)]
    for label, value in lines:
        runs = ([Docx.run(label + ": ", bold=True, size=8.5)] if label else []) + \
            [Docx.run(value, size=8.5)]
        out.append(Docx.para_xml(runs, space_after=10))
    return out


def _b7_frames_header(doc: FramesDocx, en: dict, title: str, subtitle: str) -> None:
    white = "FFFFFF"
    banner = [
        Docx.para_xml([f'<w:r><w:rPr><w:b/><w:color w:val="{white}"/><w:sz w:val="30"/>'
                       f'</w:rPr><w:t>{escape(title)}</w:t></w:r>']),
        Docx.para_xml([f'<w:r><w:rPr><w:color w:val="{white}"/><w:sz w:val="18"/></w:rPr>'
                       f'<w:t xml:space="preserve">{escape(subtitle)}</w:t></w:r>']),
        Docx.para_xml([f'<w:r><w:rPr><w:b/><w:color w:val="D9E2F3"/><w:sz w:val="17"/>'
                       f'</w:rPr><w:t xml:space="preserve">{escape(en["name"])}  |  '
                       f'{escape(en["phone"])}  |  {escape(en["email"])}</w:t></w:r>']),
    ]
    doc.anchor([doc.textbox_run(banner, 0, 0, 7.0, 0.95, fill="1F4E79", line=None)])


def build_frames_iwp(case: dict) -> FramesDocx:
    """Layout ``frames``: a designed Word form; banner and contact details in floating text
    boxes, the alternate contact in a frame, the plan as run-in paragraphs."""
    en, th, d = case["en"], case["th"], case["discussion"]
    first, last = th["first"], th["last"]
    th_name = f"{first} {th['middle']} {last}"
    doc = FramesDocx(f"IWP - {first} {last}", en["name"])
    _b7_frames_header(doc, en, "Individual Work Plan",
                      "Ticket to Work Program  \u2022  Plan agreed between the Ticket Holder "
                      "and the Employment Network")
    th_lines = [("Name", f"{th['title']} {th_name}"), ("SSN", th["ssn"]),
                ("Address", f"{th['street']}"), ("", f"{th['city']}, {th['state']} "
                                                    f"{th['zip']}"),
                ("Phone", th["phone"] + (f"  (cell {th['mobile']})" if th["mobile"] else "")),
                ("Email", th["email"]), ("Best way to reach", th["preferred"].title())]
    en_lines = [("Employment Network", en["name"]), ("Provider ID", en["pid"]),
                ("Address", en["street"]), ("", f"{en['city']}, {en['state']} {en['zip']}"),
                ("Phone", en["phone"]), ("Email", en["email"]),
                ("Your contact", f"{en['rep']}, {en['rep_title']}")]
    doc.anchor([doc.textbox_run(_b7_box_paras("Ticket Holder", th_lines), 0, 0.1, 3.4, 1.55,
                                fill="F2F6FB"),
                doc.textbox_run(_b7_box_paras("Employment Network", en_lines), 3.6, 0.1, 3.4,
                                1.55, fill="F2F6FB")])
    if case["alt"]:
        alt = case["alt"]
        for content in ([Docx.run("ALTERNATE CONTACT", bold=True, size=8.5, color="1F4E79")],
                        [Docx.run(alt["name"], bold=True, size=8.5)],
                        [Docx.run(f"{alt['relationship']}  \u2022  {alt['phone']}", size=8.5)],
                        [Docx.run(alt["address"], size=8)]):
            doc.parts.append(doc.framed_xml(content, 2.3))
    doc.band("About this plan")
    if d["date"]:
        doc.runin("Planning meeting:", f"We met {B7_HOW_MET[d['modality'][0]]} on "
                  f"{_date(d['date'], 'us')} to write this plan together.")
    if d["summary"]:
        doc.runin("What we discussed:", d["summary"])
    if case["work"] is not None:
        work = case["work"]
        if work["jobs"]:
            for job in work["jobs"]:
                doc.runin("Work in the last 18 months:",
                          f"{job['title']} at {job['employer']}, {_date(job['start'], 'us')} "
                          f"to {_date(job['end'], 'us')}, about {job['hours']} hours a week "
                          f"and {_money(job['monthly'])} a month.")
        else:
            doc.runin("Work in the last 18 months:", work["no_work"])
    doc.band("Employment goals")
    for label, goal in (("Short-term goal:", case["st"]), ("Long-term goal:", case["lt"])):
        if goal is None:
            continue
        text = (f"{goal['title']} earning {_money(goal['monthly'])} a month ({goal['hours']} "
                f"hours at {_money(goal['wage'])}) by {_date(goal['target'], 'us')}.")
        if goal["training"]:
            text += f" Training: {goal['training'][0]}, {goal['training'][1]}."
        doc.runin(label, text)
    doc.band("Services and supports")
    doc.para("The Employment Network will provide the services marked \u201cprovided\u201d; "
             "the others are not part of this plan for now.", italic=True, size=8.5)
    for s in case["services"]:
        if s["provided"]:
            runs = [doc.run(f"{s['label']} (provided)", bold=True, size=9.5)]
            if s["description"]:
                runs.append(doc.run(f" - {s['description']} Provided by {s['provider']}; "
                                    f"{s['frequency'].lower()}.", size=9.5))
            else:
                runs.append(doc.run(f" - Provided by {s['provider']}; "
                                    f"{s['frequency'].lower()}.", size=9.5))
        else:
            runs = [doc.run(f"{s['label']} (not provided)", bold=True, size=9.5),
                    doc.run(" - not needed at this time.", size=9.5)]
        doc.bullet(runs)
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "at least once a month", "quarterly": "at least once every three "
                 "months"}
        doc.runin("Follow-up:", f"While you look for work we will contact you "
                  f"{often[fu['initial']]}; after you start work, {often[fu['ongoing']]}. We "
                  f"will reach you by {_b6_methods(fu['methods'])}.")
    if case["terms"]:
        doc.band("Terms and conditions")
        for i, term in enumerate(case["terms"], 1):
            doc.para(f"{i}. {term}", size=8.5, space_after=40)
    if case["statement"]:
        doc.band("Statement of understanding")
        doc.para(case["statement"], size=9)
    doc.band("Signatures")
    ths, ens = case["th_sig"], case["en_sig"]
    doc.signature_line(f"/s/ {th_name}" if ths["signed"] else None,
                       f"{th_name}, Ticket Holder",
                       _date(ths["date"], "us") if ths["signed"] else "")
    doc.signature_line(f"/s/ {ens['name']}" if ens["signed"] else None,
                       f"{ens['name']}, {ens['title']}, {en['name']}",
                       _date(ens["date"], "us") if ens["signed"] else "")
    return doc


def build_frames_amendment(amend: dict) -> FramesDocx:
    """Layout ``amendframes``: the frames design for an IWP amendment."""
    en, th = amend["en"], amend["th"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    doc = FramesDocx(f"IWP Amendment - {th['first']} {th['last']}", en["name"])
    _b7_frames_header(doc, en, f"IWP Amendment No. {amend['number']}",
                      "Ticket to Work Program  \u2022  Change to an Individual Work Plan")
    th_lines = [("Name", f"{th['title']} {th_name}"), ("SSN", th["ssn"]),
                ("Address", th["street"]), ("", f"{th['city']}, {th['state']} {th['zip']}"),
                ("Phone", th["phone"])]
    en_lines = [("Employment Network", en["name"]), ("Provider ID", en["pid"]),
                ("Phone", en["phone"]), ("Your contact", f"{en['rep']}, {en['rep_title']}")]
    doc.anchor([doc.textbox_run(_b7_box_paras("Ticket Holder", th_lines), 0, 0.1, 3.4, 1.35,
                                fill="F2F6FB"),
                doc.textbox_run(_b7_box_paras("Employment Network", en_lines), 3.6, 0.1, 3.4,
                                1.35, fill="F2F6FB")])
    if amend["plan_id"]:
        for content in ([Docx.run("PLAN BEING AMENDED", bold=True, size=8.5, color="1F4E79")],
                        [Docx.run("IWP no. ", bold=True, size=8.5),
                         Docx.run(amend["plan_id"], size=8.5)],
                        [Docx.run("Originally signed ", bold=True, size=8.5),
                         Docx.run(_date(amend["original_signed"], "us"), size=8.5)]):
            doc.parts.append(doc.framed_xml(content, 2.3))
    doc.band("Why the plan is changing")
    doc.runin("Reason:", amend["reason"])
    doc.band("Revised employment goals")
    for label, goal in (("Revised short-term goal:", amend["st"]),
                        ("Revised long-term goal:", amend["lt"])):
        text = (f"{goal['title']} earning {_money(goal['monthly'])} a month ({goal['hours']} "
                f"hours at {_money(goal['wage'])}) by {_date(goal['target'], 'us')}.")
        doc.runin(label, text)
    doc.band("Changes to services and supports")
    for c in amend["changes"]:
        runs = [doc.run(f"{c['label']} ({c['change'].lower()})", bold=True, size=9.5)]
        if c["description"]:
            runs.append(doc.run(f" - {c['description']} Provided by {c['provider']}; "
                                f"{c['frequency'].lower()}.", size=9.5))
        doc.bullet(runs)
    doc.para("All other parts of the Individual Work Plan stay as they were signed.",
             italic=True, size=8.5)
    doc.band("Signatures")
    ths, ens = amend["th_sig"], amend["en_sig"]
    doc.signature_line(f"/s/ {th_name}" if ths["signed"] else None,
                       f"{th_name}, Ticket Holder",
                       _date(ths["date"], "us") if ths["signed"] else "")
    doc.signature_line(f"/s/ {ens['name']}" if ens["signed"] else None,
                       f"{ens['name']}, {ens['title']}, {en['name']}",
                       _date(ens["date"], "us") if ens["signed"] else "")
    return doc


# ----- portal_: Chromium print of a case-management portal page, navigation on every page ----
PORTAL_CSS = """
@page { size: letter; margin: 0.45in 0.45in 0.5in 0.45in; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt;
       color: #1d2733; margin: 0; }
.nav { position: fixed; left: 0; top: 0; bottom: 0; width: 1.45in; background: #243447;
       color: #c9d6e3; padding: 0.12in 0.1in; box-sizing: border-box; }
.nav .brand { color: #fff; font-weight: bold; font-size: 10.5pt; margin-bottom: 0.04in; }
.nav .org { font-size: 7pt; color: #9fb3c8; margin-bottom: 0.18in; }
.nav .item { padding: 5px 7px; font-size: 8.5pt; border-radius: 3px; margin-bottom: 2px; }
.nav .item.on { background: #3d5a80; color: #fff; font-weight: bold; }
.nav .user { position: absolute; bottom: 0.15in; left: 0.1in; font-size: 7pt; color: #9fb3c8; }
.main { margin-left: 1.62in; }
.crumbs { font-size: 7.5pt; color: #60758a; margin-bottom: 4px; }
h1 { font-size: 14pt; margin: 0 0 2px; }
.sub { color: #60758a; font-size: 8pt; margin-bottom: 8px; }
.badge { display: inline-block; font-size: 7pt; font-weight: bold; letter-spacing: 0.5px;
         padding: 2px 7px; border-radius: 9px; vertical-align: middle; margin-left: 6px; }
.b-signed { background: #d8f3e3; color: #1d6b3e; border: 1px solid #8fd1aa; }
.b-pending { background: #fff1cc; color: #8a5a00; border: 1px solid #e8c66a; }
.b-active { background: #dde9f7; color: #24507f; border: 1px solid #9dbbe0; }
.panel { border: 1px solid #d3dce6; border-radius: 5px; margin-bottom: 9px;
         break-inside: avoid; }
.panel > .ph { background: #f3f6f9; border-bottom: 1px solid #d3dce6; padding: 5px 9px;
               font-weight: bold; font-size: 9.5pt; }
.panel > .pb { padding: 6px 9px; }
table.kv { border-collapse: collapse; width: 100%; }
table.kv td { padding: 2px 4px; vertical-align: top; }
table.kv td.k { text-align: right; color: #60758a; width: 30%; white-space: nowrap;
                padding-right: 10px; }
.cols { display: flex; gap: 9px; }
.cols > .panel { flex: 1; }
.card { border: 1px solid #c7d3e0; border-left: 4px solid #3d5a80; border-radius: 4px;
        padding: 6px 9px; flex: 1; break-inside: avoid; }
.card .ct { font-size: 7.5pt; text-transform: uppercase; color: #60758a; font-weight: bold; }
.card .job { font-size: 10.5pt; font-weight: bold; margin: 2px 0 4px; }
.svc { display: flex; align-items: flex-start; border-bottom: 1px solid #e4e9ef;
       padding: 5px 0; break-inside: avoid; }
.svc:last-child { border-bottom: none; }
.svc .name { width: 1.55in; font-weight: bold; }
.svc .tog { width: 0.6in; flex: none; }
.svc .name { flex: none; }
.pill { display: inline-block; font-size: 7.5pt; font-weight: bold; padding: 1px 8px;
        border-radius: 9px; }
.p-yes { background: #3d7a57; color: #fff; }
.p-no { background: #e4e9ef; color: #60758a; }
.svc .det { flex: 1; }
.muted { color: #60758a; }
ol.terms { margin: 0; padding-left: 18px; font-size: 8.2pt; }
ol.terms li { margin-bottom: 2px; }
.esig { border: 1px dashed #8fd1aa; background: #f4fbf7; border-radius: 4px; padding: 5px 8px;
        margin-bottom: 6px; break-inside: avoid; }
.esig.pending { border-color: #e8c66a; background: #fffaf0; }
.esig .who { font-weight: bold; }
.stamp { font-size: 8pt; color: #1d6b3e; }
.esig.pending .stamp { color: #8a5a00; }
.foot { font-size: 7pt; color: #8a9bab; margin-top: 8px; }
"""
PORTAL_NAV = ["Dashboard", "Caseload", "Plans", "Tickets", "Payments", "Reports", "Messages",
              "Settings"]


def _b7_ip(seed: int) -> str:
    return f"10.0.{seed % 7}.{20 + seed % 200}"


def _b7_time(day: dt.date, seed: int) -> str:
    hour, minute = 9 + seed % 8, (seed * 13) % 60
    shown = hour - 12 if hour > 12 else hour
    return f"{_date(day, 'us')} {shown}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def _b7_portal_page(en: dict, title: str, crumbs: str, body: list[str]) -> str:
    nav = "".join(f"<div class='item{' on' if item == 'Plans' else ''}'>{item}</div>"
                  for item in PORTAL_NAV)
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_h(title)} - TicketTrack</title><style>{PORTAL_CSS}</style></head><body>"
            f"<div class='nav'><div class='brand'>TicketTrack</div><div class='org'>"
            f"{_h(en['name'])}</div>{nav}<div class='user'>Signed in as<br>"
            f"{_h(en['rep'])}</div></div><div class='main'><div class='crumbs'>{crumbs}</div>"
            + "".join(body) + "</div></body></html>")


def _b7_kv(rows: list[tuple[str, str]]) -> str:
    return "<table class='kv'>" + "".join(
        f"<tr><td class='k'>{_h(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


def _b7_panel(title: str, inner: str, extra: str = "") -> str:
    return f"<div class='panel'><div class='ph'>{title}{extra}</div><div class='pb'>{inner}</div></div>"


def _b7_esig(role: str, name: str, sig: dict, seed: int) -> str:
    if sig["signed"] and sig["date"]:
        return (f"<div class='esig'><span class='who'>{_h(role)}: {_h(name)}</span>"
                "<span class='badge b-signed'>SIGNED</span><div class='stamp'>Signed "
                f"electronically {_b7_time(sig['date'], seed)} by {_h(name)} (IP "
                f"{_b7_ip(seed)})</div></div>")
    if sig["signed"]:
        return (f"<div class='esig'><span class='who'>{_h(role)}: {_h(name)}</span>"
                "<span class='badge b-signed'>SIGNED</span><div class='stamp'>Signed "
                f"electronically by {_h(name)}</div></div>")
    return (f"<div class='esig pending'><span class='who'>{_h(role)}: {_h(name)}</span>"
            "<span class='badge b-pending'>PENDING</span><div class='stamp'>Awaiting "
            "signature. Signature request e-mailed; not yet signed.</div></div>")


def build_portal_iwp(case: dict) -> str:
    """Layout ``portal``: a web case-management page printed from the browser."""
    en, th, d = case["en"], case["th"], case["discussion"]
    first, last = th["first"], th["last"]
    th_name = f"{first} {th['middle']} {last}"
    seed = case["index"]
    plan_no = f"IWP-{en['pid'][-4:]}-{case['index']:05d}"
    ths, ens = case["th_sig"], case["en_sig"]
    both = ths["signed"] and ens["signed"]
    status = ("<span class='badge b-signed'>SIGNED</span>" if both
              else "<span class='badge b-pending'>PENDING</span>")
    dash = "<span class='muted'>&mdash;</span>"
    body = [f"<h1>Individual Work Plan {status}</h1>",
            f"<div class='sub'>{_h(plan_no)} &middot; Ticket to Work &middot; Case manager "
            f"{_h(en['rep'])} &middot; Last updated {_b7_time(ens['date'] or ths['date'] or d['date'] or dt.date(2026, 2, 10), seed + 3)}</div>"]
    en_kv = _b7_kv([("Employment Network", _h(en["name"])), ("Provider ID (PID)",
                   _h(en["pid"])), ("Address", f"{_h(en['street'])}<br>{_h(en['city'])}, "
                   f"{_h(en['state'])} {_h(en['zip'])}"), ("Phone", _h(en["phone"])),
                    ("Email", _h(en["email"])),
                    ("Case manager", f"{_h(en['rep'])}, {_h(en['rep_title'])}")])
    th_kv = _b7_kv([("Ticket Holder", _h(f"{th['title']} {th_name}")), ("SSN", _h(th["ssn"])),
                    ("Address", f"{_h(th['street'])}<br>{_h(th['city'])}, {_h(th['state'])} "
                     f"{_h(th['zip'])}"), ("Phone", _h(th["phone"])),
                    ("Mobile", _h(th["mobile"]) if th["mobile"] else dash),
                    ("Email", _h(th["email"])), ("Preferred contact", th["preferred"].title())])
    body.append(f"<div class='cols'>{_b7_panel('Ticket Holder', th_kv)}"
                f"{_b7_panel('Employment Network', en_kv)}</div>")
    alt = case["alt"]
    alt_kv = _b7_kv([("Name", _h(alt["name"])), ("Relationship", _h(alt["relationship"])),
                     ("Phone", _h(alt["phone"])), ("Address", _h(alt["address"]))]) if alt \
        else _b7_kv([("Alternate contact", "<span class='muted'>None on file</span>")])
    body.append(_b7_panel("Alternate contact", alt_kv))
    meeting = _b7_kv([("Meeting date", _h(_date(d["date"], "us")) if d["date"] else dash),
                      ("Meeting type", _h(d["modality"][1]) if d["modality"] else dash),
                      ("Case notes", _h(d["summary"]) if d["summary"] else dash)])
    body.append(_b7_panel("Planning meeting", meeting))
    work = case["work"]
    if work is not None:
        if work["jobs"]:
            rows = []
            for job in work["jobs"]:
                rows += [("Employer", _h(job["employer"])), ("Position", _h(job["title"])),
                         ("Dates", f"{_date(job['start'], 'us')} &ndash; "
                          f"{_date(job['end'], 'us')}"),
                         ("Hours / week", str(job["hours"])),
                         ("Gross monthly", _money(job["monthly"]))]
            inner = _b7_kv(rows)
        else:
            inner = _b7_kv([("Employment", "None in the last 18 months"),
                            ("Notes", _h(work["no_work"]))])
        body.append(_b7_panel("Work history (last 18 months)", inner))

    def card(kind: str, goal: dict) -> str:
        rows = [("Hours / week", str(goal["hours"])), ("Hourly wage", _money(goal["wage"])),
                ("Monthly earnings", _money(goal["monthly"])),
                ("Target date", _date(goal["target"], "us"))]
        if goal["training"]:
            rows.append(("Training", _h(f"{goal['training'][0]} ({goal['training'][1]})")))
        return (f"<div class='card'><div class='ct'>{kind}</div><div class='job'>"
                f"{_h(goal['title'])}</div>{_b7_kv(rows)}</div>")

    cards = [card(k, g) for k, g in (("Short-term goal", case["st"]),
                                      ("Long-term goal", case["lt"])) if g]
    body.append(_b7_panel("Employment goals", f"<div class='cols'>{''.join(cards)}</div>"))
    svcs = []
    for s in case["services"]:
        pill = ("<span class='pill p-yes'>Yes</span>" if s["provided"]
                else "<span class='pill p-no'>No</span>")
        if s["provided"]:
            det = (f"{_h(s['description'])}<br>" if s["description"] else "") + \
                f"<span class='muted'>Provider:</span> {_h(s['provider'])} &nbsp; " \
                f"<span class='muted'>Frequency:</span> {_h(s['frequency'])}"
        else:
            det = "<span class='muted'>Not included in this plan</span>"
        svcs.append(f"<div class='svc'><div class='name'>{_h(s['label'])}</div>"
                    f"<div class='tog'>{pill}</div><div class='det'>{det}</div></div>")
    body.append(_b7_panel("Services &amp; supports", "".join(svcs)))
    if case["follow_up"]:
        fu = case["follow_up"]
        word = {"monthly": "monthly", "quarterly": "quarterly"}
        body.append(_b7_panel("Contact cadence", _b7_kv([
            ("Job search", word[fu["initial"]]), ("Employed", word[fu["ongoing"]]),
            ("Contact methods", _h(", ".join(fu["methods"])))])))
    if case["terms"]:
        body.append(_b7_panel("Terms &amp; conditions", "<ol class='terms'>" + "".join(
            f"<li>{_h(t)}</li>" for t in case["terms"]) + "</ol>"))
    if case["statement"]:
        body.append(_b7_panel("Ticket Holder acknowledgement", f"<div>{_h(case['statement'])}"
                              "</div>"))
    body.append(_b7_panel("Signatures", _b7_esig("Ticket Holder", th_name, ths, seed)
                          + _b7_esig("EN representative", ens["name"], ens, seed + 5)))
    body.append(f"<div class='foot'>Printed from TicketTrack &middot; {_h(plan_no)} &middot; "
                "This page contains personally identifiable information.</div>")
    crumbs = f"Caseload &rsaquo; {_h(first)} {_h(last)} &rsaquo; Plans &rsaquo; {_h(plan_no)}"
    return _b7_portal_page(en, f"IWP {plan_no}", crumbs, body)


# ----- two more look-alikes that are not IWPs ------------------------------------------------
def build_board_report_docx() -> Docx:
    """An EN's annual report to its board: counts and money, no one's plan."""
    en = BATCH_7_ENS["b7_summit"]
    doc = Docx("Annual Program Report to the Board 2025", en["name"])
    doc.para(en["name"], align="center", bold=True, size=12)
    doc.para("Annual Program Report to the Board of Directors", style="Title")
    doc.para("Ticket to Work Employment Network program, calendar year 2025", align="center",
             italic=True, size=9)
    doc.heading("1. Summary")
    doc.para("In 2025 our Employment Network accepted 64 Ticket assignments and wrote 58 "
             "Individual Work Plans (IWPs) with Ticket holders. Each IWP sets a short-term "
             "and a long-term employment goal and lists the services and supports we provide; "
             "12 plans were amended during the year. Ticket payments from Social Security "
             "rose by 31 percent over 2024.")
    doc.heading("2. Individual Work Plans")
    doc.table([["Measure", "2024", "2025"],
               ["Tickets assigned", "49", "64"],
               ["IWPs written and signed", "44", "58"],
               ["IWP amendments", "9", "12"],
               ["Tickets unassigned (by the Ticket holder or by us)", "7", "11"],
               ["Average days from first meeting to signed IWP", "19", "14"]],
              [4.2, 1.4, 1.4], header=True, bold_first_col=False)
    doc.heading("3. Employment outcomes")
    doc.table([["Outcome", "Number of Ticket holders"],
               ["Started work (any earnings)", "37"],
               ["Earning at or above the Trial Work Period level", "29"],
               ["Earning at or above Substantial Gainful Activity", "16"],
               ["Off cash benefits because of work", "6"]],
              [4.9, 2.1], header=True)
    doc.heading("4. Ticket payments received")
    doc.table([["Payment type", "Claims", "Amount"],
               ["Phase 1 milestones", "41", "$58,220.00"],
               ["Phase 2 milestones", "23", "$27,945.00"],
               ["Outcome payments", "48", "$62,688.00"],
               ["Total", "112", "$148,853.00"]],
              [3.8, 1.4, 1.8], header=True)
    doc.heading("5. Staffing and plans for 2026")
    doc.para("Two employment consultants joined in the spring, and monthly contact with job "
             "seekers was kept for 96 percent of open cases. For 2026 we plan to add benefits "
             "counseling hours, hold quarterly employer forums and review every IWP older "
             "than twelve months with the Ticket holder.")
    doc.heading("6. Approval")
    doc.para("Presented to the Board of Directors at its meeting of January 22, 2026.")
    doc.table([["", "Signature", "Date"],
               ["Executive Director", "/s/ Philippa N. Garroway", "January 22, 2026"],
               ["Board Chair", "/s/ Ambrose T. Whitcombe", "January 22, 2026"]],
              [2.1, 3.2, 1.7], header=True, bold_first_col=True)
    return doc


RESUME_CSS = """
@page { size: letter; margin: 0.6in 0.7in; }
body { font-family: 'Liberation Serif', Georgia, serif; font-size: 10.5pt; color: #222; }
h1 { font-size: 20pt; margin: 0; letter-spacing: 1px; }
.contact { font-size: 9pt; color: #555; margin-bottom: 10px; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; color: #2c4a6e;
     border-bottom: 1px solid #2c4a6e; margin: 14px 0 5px; }
.job { display: flex; justify-content: space-between; font-weight: bold; }
ul { margin: 3px 0 6px; padding-left: 18px; }
"""


def build_resume_html() -> str:
    """A Ticket holder's own resume that mentions the EN and an employment goal."""
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Resume - "
            f"Marcella Ostrowski-Vance</title><style>{RESUME_CSS}</style></head><body>"
            "<h1>Marcella D. Ostrowski-Vance</h1><div class='contact'>4417 Juniper Ledge "
            "Road, Cedar Bluffs, NE 68999 &middot; (402) 555-0181 &middot; "
            "marcella.ov@example.com</div>"
            "<h2>Objective</h2><p>Reliable, detail-minded worker seeking a part-time "
            "inventory or stock clerk position now, with the goal of becoming a full-time "
            "warehouse lead. I am working with Summit Trail Employment Services, my Ticket to "
            "Work Employment Network, which helps me with job search and workplace "
            "accommodations.</p>"
            "<h2>Experience</h2><div class='job'><span>Stock associate, Prairie Home "
            "Goods</span><span>2023 &ndash; 2024</span></div><ul><li>Received and shelved "
            "deliveries, 20 hours a week.</li><li>Kept count sheets accurate for weekly "
            "inventory.</li></ul><div class='job'><span>Volunteer, Cedar Bluffs Food "
            "Pantry</span><span>2021 &ndash; present</span></div><ul><li>Sort donations and "
            "track stock in a spreadsheet.</li><li>Train new volunteers on the "
            "check-in system.</li></ul>"
            "<h2>Skills</h2><ul><li>Pallet jack and hand scanner</li><li>Microsoft Excel and "
            "Google Sheets</li><li>Customer service, dependable attendance</li></ul>"
            "<h2>Education and training</h2><ul><li>High school diploma, Cedar Bluffs High "
            "School</li><li>OSHA 10-hour General Industry card (2025)</li><li>Forklift "
            "safety course, planned for spring 2026 (arranged with my Employment "
            "Network)</li></ul>"
            "<h2>References</h2><p>Available on request, including my employment consultant "
            "at Summit Trail Employment Services.</p></body></html>")


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_7 = {
    "frames": dict(
        producer="LibreOffice 7.4 (soffice --convert-to pdf) from DOCX with floating text "
                 "boxes (wps:txbx in wp:anchor) and w:framePr frames",
        en="b7_summit", kind="docx", build=build_frames_iwp,
        description="Held out (seventh batch). A designed Word form whose page 1 is built "
                    "from FLOATING objects: a dark banner text box ('Individual Work Plan', "
                    "the EN's name, phone and e-mail), the Ticket Holder's and the EN's "
                    "contact details in two side-by-side bordered text boxes, the alternate "
                    "contact in a shaded frame floating at the right margin beside the "
                    "text; the rest as normal paragraphs with bold run-in labels ('Planning "
                    "meeting:', 'What we discussed:', 'Work in the last 18 months:', "
                    "'Short-term goal: ... earning $1,386.67 a month (20 hours at $16.00) "
                    "by 12/31/2026.'), services as bullets 'Job development (provided) - "
                    "...' and '(not provided) - not needed at this time', 'Follow-up:' as a "
                    "sentence, numbered terms, signatures as 'X /s/ Name' on an underlined "
                    "line with the typed name and role under it and 'Date: 02/02/2026' "
                    "beside it.",
        defects=["ticketholder_undated", "long_term_below_sga", "no_work_history", "no_terms",
                 "en_undated"]),
    "portal": dict(
        producer="Chromium 156 (--print-to-pdf) from HTML (a web portal page)",
        en="b7_beacon", kind="html", build=build_portal_iwp,
        description="Held out (seventh batch). A web case-management PORTAL page printed "
                    "from the browser: a dark left navigation column (TicketTrack, the EN's "
                    "name, 'Dashboard', 'Caseload', 'Plans', 'Reports', ..., 'Signed in as') "
                    "repeated on every page beside the content, a breadcrumb, status badges "
                    "(SIGNED / PENDING), panels with right-aligned grey labels and values "
                    "left-aligned after them ('Meeting date', 'Case notes'), goals as two "
                    "cards, services as rows with Yes/No pills, 'Contact cadence' ('Job "
                    "search: monthly', 'Employed: quarterly'), numbered terms, 'Ticket Holder "
                    "acknowledgement', e-signatures as 'Signed electronically 02/03/2026 "
                    "1:26 PM by Name (IP 10.0.x.x)'; empty fields shown as a dash.",
        defects=["ticketholder_unsigned", "follow_up_quarterly", "no_alternate_contact",
                 "no_discussion_record", "service_without_description"]),
}


def _b7_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_7(cat) -> None:
    """The seventh held-out batch: people numbered from BATCH_7_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_7.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_7_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            name = f"{layout}_{defect or 'complete'}.pdf"
            if layout == "portal" and defect == "ticketholder_unsigned":
                what += " (badge PENDING, 'Awaiting signature')"
            if layout == "portal" and defect == "no_alternate_contact":
                what += " (the panel says 'None on file')"
            if layout == "portal" and defect == "no_discussion_record":
                what += " ('Meeting date' and 'Meeting type' show a dash)"
            if layout == "frames" and defect in ("ticketholder_undated", "en_undated"):
                what += " ('Date: ______________' beside the signed line)"
            cat.add(name, layout, spec["producer"], spec["kind"], spec["build"](case), "iwp",
                    _components("iwp", overrides), _b7_notes(spec["description"], what),
                    case_values(case))
    description = ("Held out (seventh batch). An IWP amendment in the frames design: the dark "
                   "banner text box ('IWP Amendment No. n'), the Ticket Holder's and EN's "
                   "contact details in two floating text boxes, the plan being amended (IWP "
                   "no., original signing date) in a shaded frame at the right margin, "
                   "'Reason:', 'Revised short-term goal:' / 'Revised long-term goal:' as "
                   "run-in sentences, changed services as bullets 'Training (added) - ...', "
                   "'X /s/ Name' signature lines with the typed name under and 'Date:' beside.")
    for number, defect in enumerate([None, "ticketholder_unsigned"], 2):
        amend = make_amendment(cat.series_case("b7_summit", BATCH_7_PEOPLE_FROM), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "ticketholder_unsigned":
            what += " (an empty 'X ____' line with the typed name under it and an empty Date)"
        cat.add(f"amendframes_{defect or 'complete'}.pdf", "amendframes",
                HELDOUT_LAYOUTS_7["frames"]["producer"], "docx",
                build_frames_amendment(amend), "amendment",
                _components("amendment", overrides), _b7_notes(description, what),
                amendment_values(amend))
    cat.add("notiwp_board_annual_report.pdf", "not_an_iwp",
            "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX", "docx",
            build_board_report_docx(), "not_an_iwp", {},
            "Held out (seventh batch). An EN's annual program report to its Board of "
            "Directors for 2025: Tickets assigned, IWPs written and amended, employment "
            "outcomes and Ticket payments in tables, plans for 2026, and '/s/' signatures of "
            "the Executive Director and the Board Chair with dates. Names no Ticket holder; "
            "not an IWP.", {})
    cat.add("notiwp_ticketholder_resume.pdf", "not_an_iwp",
            "Chromium 156 (--print-to-pdf) from HTML", "html", build_resume_html(),
            "not_an_iwp", {},
            "Held out (seventh batch). A Ticket holder's own one-page resume: objective "
            "(a part-time stock clerk job now, full-time warehouse lead later, with help from "
            "her Ticket to Work Employment Network), experience, skills, training arranged "
            "with the EN, references. Not an IWP.", {})


# =============================================================================================
# Held-out batch 8 (gform_, rtf_ and two not-IWPs): an online form's RESPONSE page printed by
# Chromium (one card per question, the question small and grey, the answer under it), and a
# WordPad-style RTF plan converted by LibreOffice (tab-stop "Label:<TAB>value" lines, numbered
# service paragraphs). Written from what ENs send, blind to the reader. People from series 800.
# =============================================================================================
BATCH_8_ENS = {
    "b8_prairie": dict(name="Prairie Lantern Employment Partners", pid="P0094418",
                       model="traditional", street="1180 Wheatfield Commons, Suite 12",
                       city="Harrow Junction", state="KS", zip="67999", phone="(785) 555-0119",
                       email="plans@prairielantern.example.org",
                       rep="Beatrix M. Ferreira-Lund", rep_title="Employment Specialist"),
    "b8_tidewater": dict(name="Tidewater Job Connections, LLC", pid="P0097763",
                         model="administrative", street="47 Pilings Row",
                         city="Saltmarsh Landing", state="SC", zip="29999",
                         phone="(843) 555-0162", email="ticket@tidewaterjobs.example.net",
                         rep="Augustin P. Mwangi-Reyes", rep_title="Ticket Coordinator"),
}
ENS.update(BATCH_8_ENS)
BATCH_8_PEOPLE_FROM = 800
B8_MODALITY = {"in_person": "In person at the EN office", "telephone": "By telephone",
               "video": "By video call (Zoom)"}


def _b8_time(day: dt.date, seed: int) -> str:
    hour, minute = 8 + seed % 9, (seed * 17) % 60
    shown = hour - 12 if hour > 12 else hour
    return f"{_date(day, 'us')} {shown}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


# ----- gform_: Chromium print of an online form's response page --------------------------------
GFORM_CSS = """
@page { size: letter; margin: 0.4in 0.5in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; background: #f0ebf8; margin: 0;
       color: #202124; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.wrap { width: 6.6in; margin: 0 auto; padding-top: 4px; }
.card { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 14px 20px;
        margin-bottom: 10px; break-inside: avoid; }
.head { border-top: 10px solid #673ab7; }
.head h1 { font-size: 22pt; font-weight: normal; margin: 0 0 6px; }
.head .desc { font-size: 9.5pt; color: #202124; }
.head .meta { font-size: 8.5pt; color: #5f6368; margin-top: 8px; border-top: 1px solid #dadce0;
              padding-top: 6px; }
.sect { background: #673ab7; color: #fff; border-radius: 8px 8px 0 0; padding: 7px 20px;
        font-size: 10.5pt; margin-top: 14px; display: inline-block; }
.sectcard { border-radius: 0 8px 8px 8px; border-top: 4px solid #673ab7; }
.sectcard .stitle { font-size: 15pt; margin-bottom: 4px; }
.sectcard .sdesc { font-size: 8.8pt; color: #3c4043; }
.sectcard ol { margin: 4px 0 0; padding-left: 18px; }
.sectcard li { margin-bottom: 2px; }
.q { border-top: 3px solid #a98ad6; }
.q .qt { font-size: 8.5pt; color: #5f6368; margin-bottom: 7px; }
.q .qt .req { color: #d93025; }
.q .ans { font-size: 12pt; color: #000; }
.q .ans.long { font-size: 10.5pt; line-height: 1.35; }
.q .ans .opt { margin: 2px 0; }
.q .ans .off { color: #80868b; }
.q .ans .none { color: #9aa0a6; font-style: italic; font-size: 10pt; }
.q .ans .ph { color: #b0b4b8; font-size: 11pt; border-bottom: 1px solid #dadce0;
              display: inline-block; width: 1.8in; }
.foot { text-align: center; font-size: 7.5pt; color: #5f6368; margin: 8px 0; }
"""


def _gf_q(question: str, answer: str, required: bool = False, long: bool = False) -> str:
    req = " <span class='req'>*</span>" if required else ""
    return (f"<div class='card q'><div class='qt'>{_h(question)}{req}</div>"
            f"<div class='ans{' long' if long else ''}'>{answer}</div></div>")


def _gf_text(value) -> str:
    return _h(value) if value not in (None, "") else \
        "<span class='none'>No response</span>"


def _gf_checks(options: list[tuple[str, bool]], show_unticked: bool = True) -> str:
    return "".join(f"<div class='opt{'' if on else ' off'}'>{'☑' if on else '☐'} {_h(label)}"
                   "</div>" for label, on in options if on or show_unticked)


def _gf_section(title: str, desc: str = "") -> str:
    tab, name = title.split(": ", 1)
    return (f"<div class='sect'>{_h(tab)}</div><div class='card sectcard'>"
            f"<div class='stitle'>{_h(name)}</div>"
            + (f"<div class='sdesc'>{desc}</div>" if desc else "") + "</div>")


def build_gform_iwp(case: dict) -> str:
    """Layout ``gform``: the response summary of an online IWP form, printed by Chromium."""
    en, th, d = case["en"], case["th"], case["discussion"]
    seed = case["index"]
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    submitted = ens["date"] or ths["date"] or d["date"] or dt.date(2026, 2, 11)
    out = [f"<div class='card head'><h1>Individual Work Plan (IWP) &ndash; {_h(en['name'])}"
           "</h1><div class='desc'>Ticket to Work program. Complete this form with your "
           "employment specialist during your planning meeting. Questions marked * are "
           "required.</div><div class='meta'>Response 1 of 1 &middot; Submitted "
           f"{_b8_time(submitted, seed)} &middot; {_h(en['email'])}</div></div>"]
    out.append(_gf_section("Section 1 of 9: Employment Network"))
    out += [_gf_q("Employment Network name", _h(en["name"]), True),
            _gf_q("EN Provider ID (PID)", _h(en["pid"]), True),
            _gf_q("EN address", _h(f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")),
            _gf_q("EN phone number", _h(en["phone"])),
            _gf_q("EN email", _h(en["email"])),
            _gf_q("Name of your employment specialist", _h(f"{en['rep']}, {en['rep_title']}"))]
    out.append(_gf_section("Section 2 of 9: About you (Ticket Holder)"))
    out += [_gf_q("Your full name", _h(f"{th['title']} {th_name}"), True),
            _gf_q("Social Security Number", _h(th["ssn"]), True),
            _gf_q("Date of birth", _h(_date(th["dob"], "us"))),
            _gf_q("Street address", _h(th["street"])),
            _gf_q("City, State, ZIP", _h(f"{th['city']}, {th['state']} {th['zip']}")),
            _gf_q("Phone number", _h(th["phone"]), True),
            _gf_q("Cell phone (if different)", _gf_text(th["mobile"])),
            _gf_q("Email address", _h(th["email"])),
            _gf_q("How do you prefer we contact you?", _gf_checks(
                [("Phone call", th["preferred"] == "telephone"),
                 ("Email", th["preferred"] == "email"), ("Text message", False)], False))]
    alt = case["alt"]
    if alt:
        out.append(_gf_section("Section 3 of 9: Alternate contact",
                               "Someone we may contact if we cannot reach you."))
        out += [_gf_q("Alternate contact's name", _h(alt["name"])),
                _gf_q("Relationship to you", _h(alt["relationship"])),
                _gf_q("Alternate contact's phone", _h(alt["phone"])),
                _gf_q("Alternate contact's address", _h(alt["address"]))]
    out.append(_gf_section("Section 4 of 9: Our planning discussion"))
    if d["date"]:
        out.append(_gf_q("Date of the planning discussion", _h(_date(d["date"], "us")), True))
    if d["modality"]:
        out.append(_gf_q("How did we meet?", _gf_checks(
            [(B8_MODALITY[k], k == d["modality"][0]) for k in B8_MODALITY], False)))
    if d["summary"]:
        out.append(_gf_q("Summary of what we talked about (your interests, skills, supports "
                         "and how work may affect your benefits)", _h(d["summary"]),
                         long=True))
    work = case["work"]
    if work is not None:
        out.append(_gf_section("Section 5 of 9: Work in the last 18 months"))
        out.append(_gf_q("Have you worked for pay in the last 18 months?",
                         "Yes" if work["jobs"] else "No"))
        for job in work["jobs"]:
            out += [_gf_q("Employer", _h(job["employer"])),
                    _gf_q("Job title", _h(job["title"])),
                    _gf_q("Dates worked", _h(f"{_date(job['start'], 'us')} to "
                                             f"{_date(job['end'], 'us')}")),
                    _gf_q("Hours per week", str(job["hours"])),
                    _gf_q("Gross monthly earnings", _money(job["monthly"]))]
        if work["no_work"]:
            out.append(_gf_q("If no, tell us about your last job", _h(work["no_work"]),
                             long=True))
    out.append(_gf_section("Section 6 of 9: Employment goals"))
    for name, goal in (("short-term", case["st"]), ("long-term", case["lt"])):
        if goal is None:
            continue
        label = "Short-term goal (within 1 year)" if name == "short-term" else \
            "Long-term goal (3 to 5 years)"
        out += [_gf_q(f"{label}: job title", _h(goal["title"]), True),
                _gf_q(f"{label}: hours per week", str(goal["hours"])),
                _gf_q(f"{label}: hourly wage", _money(goal["wage"])),
                _gf_q(f"{label}: expected gross monthly earnings", _money(goal["monthly"])),
                _gf_q(f"{label}: target date", _h(_date(goal["target"], "us")))]
        if goal["training"]:
            out.append(_gf_q(f"{label}: training or education needed",
                             _h(f"{goal['training'][0]} at {goal['training'][1]}")))
    out.append(_gf_section("Section 7 of 9: Services and supports"))
    out.append(_gf_q("Which services will the Employment Network provide? (check all that "
                     "apply)", _gf_checks([(s["label"], s["provided"])
                                           for s in case["services"]]), True))
    for s in case["services"]:
        if s["provided"]:
            out.append(_gf_q(f"{s['label']}: describe the service, who provides it and how "
                             "often", (_h(s["description"]) + "<br>") if s["description"]
                             else "<span class='none'>No response</span><br>"
                             + "", long=True).replace(
                "</div></div>", f"<span class='off'>Provider: {_h(s['provider'])} &middot; "
                f"How often: {_h(s['frequency'])}</span></div></div>"))
    fu = case["follow_up"]
    if fu:
        word = {"monthly": "Every month", "quarterly": "Every three months"}
        out.append(_gf_section("Section 8 of 9: Staying in touch"))
        out += [_gf_q("How often will your employment specialist contact you while you look "
                      "for work?", _gf_checks([(w, k == fu["initial"]) for k, w in
                                                word.items()], False), True),
                _gf_q("How often after you start working?", _gf_checks(
                    [(w, k == fu["ongoing"]) for k, w in word.items()], False)),
                _gf_q("How will we stay in touch?", _gf_checks(
                    [(m.capitalize(), True) for m in fu["methods"]], False))]
    out.append(_gf_section("Section 9 of 9: Agreement and signatures"))
    if case["terms"]:
        out.append("<div class='card sectcard'><div class='stitle'>Terms and conditions"
                   "</div><div class='sdesc'><ol>" + "".join(f"<li>{_h(t)}</li>"
                                                             for t in case["terms"])
                   + "</ol></div></div>")
        out.append(_gf_q("I have read, or had read to me, the terms and conditions above.",
                         _gf_checks([("Yes", True)], False), True))
    if case["statement"]:
        out.append("<div class='card sectcard'><div class='stitle'>Statement of "
                   f"understanding</div><div class='sdesc'>{_h(case['statement'])}</div></div>")
        out.append(_gf_q("Ticket Holder: I agree with the statement of understanding",
                         _gf_checks([("I agree", True)], False), True))
    placeholder = "<span class='ph'>mm/dd/yyyy</span>"
    out.append(_gf_q("Ticket Holder: type your full name as your signature",
                     _h(th_name) if ths["signed"] else "<span class='none'>No response</span>",
                     True))
    out.append(_gf_q("Ticket Holder: date signed", _h(_date(ths["date"], "us"))
                     if ths["signed"] and ths["date"] else placeholder))
    out.append(_gf_q("EN representative: type your full name as your signature",
                     _h(ens["name"]) if ens["signed"] else
                     "<span class='none'>No response</span>", True))
    out.append(_gf_q("EN representative: title", _h(ens["title"])))
    out.append(_gf_q("EN representative: date signed", _h(_date(ens["date"], "us"))
                     if ens["signed"] and ens["date"] else placeholder))
    out.append("<div class='foot'>This content is neither created nor endorsed by the form "
               "service. Responses are stored by the Employment Network.</div>")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Individual "
            f"Work Plan - response</title><style>{GFORM_CSS}</style></head><body>"
            f"<div class='wrap'>{''.join(out)}</div></body></html>")


# ----- rtf_: LibreOffice from a WordPad-style RTF written by hand -------------------------------
def _rtf(text: str) -> str:
    """Escape text for RTF (non-ASCII as \\uN? with a '?' fallback)."""
    out = []
    for ch in str(text):
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


class Rtf:
    """Paragraphs of a WordPad-like RTF document: plain tab stops, bold runs, no tables."""

    TAB_STOP = 2600  # twips: where values start after "Label:<TAB>"

    def __init__(self) -> None:
        self.paras: list[str] = []

    def heading(self, text: str) -> None:
        self.paras.append(f"\\pard\\sb240\\sa80\\keepn\\b\\fs26 {_rtf(text)}\\b0\\fs21\\par")

    def field(self, label: str, value: str) -> None:
        self.paras.append(f"\\pard\\tx{self.TAB_STOP}\\li0\\sa40 {_rtf(label)}:\\tab "
                          f"{_rtf(value)}\\par")

    def text(self, text: str, bold_lead: str = "", indent: int = 0, after: int = 80) -> None:
        lead = f"\\b {_rtf(bold_lead)}\\b0  " if bold_lead else ""
        self.paras.append(f"\\pard\\li{indent}\\sa{after} {lead}{_rtf(text)}\\par")

    def numbered(self, number: int, text: str) -> None:
        self.paras.append(f"\\pard\\fi-360\\li360\\tx360\\sa60 {number}.\\tab {_rtf(text)}\\par")

    def blank(self) -> None:
        self.paras.append("\\pard\\sa0\\par")

    def signature(self, typed: str, caption: str, date_text: str) -> None:
        self.paras.append(f"\\pard\\keepn\\sb240\\sa0 {_rtf(typed)}\\par")
        self.paras.append("\\pard\\keepn\\sa0 ________________________________________\\par")
        self.paras.append(f"\\pard\\keepn\\sa40 {_rtf(caption)}\\par")
        self.paras.append(f"\\pard\\sa120 Date: {_rtf(date_text)}\\par")

    def save(self, path: Path) -> None:
        head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033"
                "{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Segoe UI Symbol;}}"
                "\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n"
                "\\paperw12240\\paperh15840\\margl1440\\margr1440\\margt1440\\margb1440\n"
                "\\f0\\fs21\n")
        path.write_text(head + "\n".join(self.paras) + "\n}\n", encoding="ascii")


def build_rtf_iwp(case: dict) -> Rtf:
    """Layout ``rtf``: a plan typed in WordPad - bold headings, Label:<TAB>value lines."""
    en, th, d = case["en"], case["th"], case["discussion"]
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    doc = Rtf()
    doc.paras.append(f"\\pard\\qc\\sa60\\b\\fs32 {_rtf(en['name'])}\\b0\\fs21\\par")
    doc.paras.append(f"\\pard\\qc\\sa240 {_rtf(en['street'])}, {_rtf(en['city'])}, "
                     f"{_rtf(en['state'])} {_rtf(en['zip'])}  -  {_rtf(en['phone'])}\\par")
    doc.paras.append("\\pard\\qc\\sa240\\b\\fs28 INDIVIDUAL WORK PLAN\\b0\\fs21\\par")
    doc.heading("Employment Network Information")
    doc.field("EN Name", en["name"])
    doc.field("Provider ID (PID)", en["pid"])
    doc.field("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")
    doc.field("Phone", en["phone"])
    doc.field("Email", en["email"])
    doc.field("EN Representative", f"{en['rep']}, {en['rep_title']}")
    doc.heading("Ticket Holder Information")
    doc.field("Name", f"{th['title']} {th_name}")
    doc.field("SSN", th["ssn"])
    doc.field("Date of Birth", _date(th["dob"], "us"))
    doc.field("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")
    doc.field("Phone", th["phone"])
    if th["mobile"]:
        doc.field("Cell", th["mobile"])
    doc.field("Email", th["email"])
    doc.field("Best way to reach", "Telephone" if th["preferred"] == "telephone" else "Email")
    alt = case["alt"]
    if alt:
        doc.heading("Alternate Contact")
        doc.field("Name", alt["name"])
        doc.field("Relationship", alt["relationship"])
        doc.field("Phone", alt["phone"])
        doc.field("Address", alt["address"])
    doc.heading("IWP Discussion")
    if d["date"]:
        doc.field("Date of discussion", _date(d["date"], "us"))
    if d["modality"]:
        doc.field("How held", d["modality"][1])
    if d["summary"]:
        doc.text(d["summary"], bold_lead="Summary of discussion:")
    work = case["work"]
    if work is not None:
        doc.heading("Work History (last 18 months)")
        for job in work["jobs"]:
            doc.field("Employer", job["employer"])
            doc.field("Job title", job["title"])
            doc.field("Dates", f"{_date(job['start'], 'us')} - {_date(job['end'], 'us')}")
            doc.field("Hours per week", str(job["hours"]))
            doc.field("Monthly earnings", _money(job["monthly"]))
        if work["no_work"]:
            doc.text(work["no_work"])
    doc.heading("Employment Goals")
    for lead, goal in (("Short-term goal", case["st"]), ("Long-term goal", case["lt"])):
        if goal is None:
            continue
        doc.text(f"{goal['title']}, {goal['hours']} hours a week at {_money(goal['wage'])} "
                 f"an hour ({_money(goal['monthly'])} a month), by "
                 f"{_date(goal['target'], 'us')}."
                 + (f" Training: {goal['training'][0]} at {goal['training'][1]}."
                    if goal["training"] else ""), bold_lead=f"{lead}:")
        doc.field("Job title", goal["title"])
        doc.field("Hours per week", str(goal["hours"]))
        doc.field("Hourly wage", _money(goal["wage"]))
        doc.field("Monthly earnings", _money(goal["monthly"]))
        doc.field("Target date", _date(goal["target"], "us"))
    doc.heading("Services and Supports")
    doc.text("Services the EN will provide (Yes) or not provide (No):", after=60)
    for number, s in enumerate(case["services"], 1):
        if s["provided"]:
            desc = s["description"]
            line = (f"{s['label']} - Yes - " + (f"{desc} " if desc else "")
                    + f"Provided by: {s['provider']}. How often: {s['frequency']}.")
        else:
            line = f"{s['label']} - No"
        doc.numbered(number, line)
    fu = case["follow_up"]
    if fu:
        word = {"monthly": "Monthly", "quarterly": "Every three months (quarterly)"}
        doc.heading("Follow-Up")
        doc.field("While looking for work", word[fu["initial"]])
        doc.field("After starting work", word[fu["ongoing"]])
        doc.field("Contact by", ", ".join(m.capitalize() for m in fu["methods"]))
    if case["terms"]:
        doc.heading("Terms and Conditions")
        for number, term in enumerate(case["terms"], 1):
            doc.numbered(number, term)
    if case["statement"]:
        doc.heading("Statement of Understanding")
        doc.text(case["statement"])
    doc.heading("Signatures")
    doc.signature(f"/s/ {th_name}" if ths["signed"] else "", "Ticket Holder Signature",
                  _date(ths["date"], "us") if ths["signed"] and ths["date"] else
                  "____________")
    doc.signature(f"/s/ {ens['name']}" if ens["signed"] else "",
                  f"EN Representative Signature ({ens['name']}, {ens['title']})",
                  _date(ens["date"], "us") if ens["signed"] and ens["date"] else
                  "____________")
    return doc


# ----- two look-alikes that are not IWPs ------------------------------------------------------
def build_pp_closure_rtf() -> Rtf:
    """A State VR agency's Partnership Plus case-closure notice to a Ticket holder."""
    doc = Rtf()
    doc.paras.append("\\pard\\qc\\sa60\\b\\fs28 Commonwealth Office of Vocational "
                     "Rehabilitation\\b0\\fs21\\par")
    doc.paras.append("\\pard\\qc\\sa240 Harrow Junction Area Office - 600 Granary Street - "
                     "(785) 555-0174\\par")
    doc.text("February 18, 2026")
    doc.text("Ms. Philippa R. Quennell\n2210 Sorghum Lane\nHarrow Junction, KS 67999")
    doc.paras[-1] = doc.paras[-1].replace("\n", "\\line ")
    doc.field("Re", "Closure of your vocational rehabilitation case")
    doc.field("VR case number", "VR-2024-118340")
    doc.field("Ticket status", "Unassigned from State VR; eligible for assignment")
    doc.text("Dear Ms. Quennell:")
    doc.text("Your vocational rehabilitation case was closed on February 13, 2026 as "
             "successfully employed. You have worked as a medical records clerk for more "
             "than 90 days, and your Individualized Plan for Employment (IPE) with us is "
             "complete. Congratulations.")
    doc.text("Because our agency took part in Partnership Plus, your Ticket to Work can now be "
             "assigned to an Employment Network (EN) that will help you keep your job and "
             "increase your earnings. You chose Prairie Lantern Employment Partners before "
             "your case closed. The EN will contact you to write an Individual Work Plan "
             "(IWP) with you; the IWP is a separate agreement between you and the EN, and "
             "it is not part of this notice.")
    doc.heading("What happens next")
    for number, step in enumerate([
            "The EN will schedule a meeting with you within 30 days.",
            "Together you will write your Individual Work Plan: your goals, the services the "
            "EN will provide, and how often they will contact you.",
            "When you and the EN sign the IWP, the EN will send it to the Ticket Program "
            "Manager so that your Ticket can be assigned.",
            "If you have questions about your benefits, call the Ticket to Work Help Line to "
            "ask for a Work Incentives Planning and Assistance (WIPA) project."], 1):
        doc.numbered(number, step)
    doc.heading("Your right to appeal")
    doc.text("If you disagree with the closure of your case you may ask for an "
             "administrative review within 30 days of the date of this letter. The Client "
             "Assistance Program can help you at (785) 555-0186.")
    doc.signature("/s/ Cornelius T. Abernethy",
                  "Cornelius T. Abernethy, Vocational Rehabilitation Counselor",
                  "02/18/2026")
    doc.text("cc: Prairie Lantern Employment Partners (Partnership Plus EN); case file")
    return doc


CHECKLIST_CSS = """
@page { size: letter; margin: 0.6in; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
h1 { font-size: 15pt; margin: 0; } .sub { color: #444; margin-bottom: 10px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
td, th { border: 1px solid #777; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #e8e8e8; } td.box { width: 0.3in; text-align: center; font-size: 13pt; }
.note { font-size: 9pt; color: #333; }
"""


def build_assignment_checklist_html() -> str:
    """An EN's intake checklist for staff: the steps to a Ticket assignment, no person."""
    steps = [
        ("Intake", "Confirm the caller has a Ticket and is 18 to 64: check the Ticket "
                   "Portal. Record the Ticket status in the intake log."),
        ("Intake", "Send the welcome packet and the EN's Statement of Services."),
        ("Benefits", "Refer to a WIPA project if the person is unsure how work affects SSI or "
                     "SSDI benefits."),
        ("IWP meeting", "Schedule the IWP planning meeting (in person, phone or video) within "
                        "14 days of intake."),
        ("IWP meeting", "Collect contact information, an alternate contact and the work "
                        "history of the last 18 months."),
        ("IWP meeting", "Agree on a short-term and a long-term employment goal. The long-term "
                        "goal should be at or above SGA."),
        ("IWP meeting", "List each service with what, who and how often. Record the follow-up "
                        "schedule: at least monthly during job search."),
        ("IWP meeting", "Read the terms and conditions and the statement of understanding "
                        "with the person."),
        ("Signatures", "Both the Ticket holder and the EN representative sign and date the "
                       "IWP. Give the person a copy."),
        ("Submit", "Upload the signed IWP to the Ticket Program Manager within 5 business "
                   "days; file the TPM's assignment confirmation."),
        ("Submit", "Enter the assignment date and the next Timely Progress Review date in "
                   "the case-management system."),
    ]
    rows = "".join(f"<tr><td class='box'>☐</td><td>{i}</td><td>{_h(p)}</td><td>{_h(s)}</td>"
                   "<td></td></tr>" for i, (p, s) in enumerate(steps, 1))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Ticket "
            f"assignment checklist</title><style>{CHECKLIST_CSS}</style></head><body>"
            "<h1>Ticket Assignment Checklist for Intake Staff</h1>"
            "<div class='sub'>Tidewater Job Connections, LLC &middot; EN PID P0097763 &middot; "
            "Staff procedure TJC-07, revised January 2026</div>"
            "<p>Use one copy of this checklist for each new Ticket holder. Tick each step "
            "when it is done and write your initials. Keep the checklist in the case file; "
            "it is an internal record, not part of the Individual Work Plan.</p>"
            "<table><tr><th></th><th>#</th><th>Stage</th><th>Step</th><th>Initials</th></tr>"
            f"{rows}</table>"
            "<p class='note'>Questions about the IWP form or the Ticket Portal go to the Ticket "
            "Coordinator, Augustin P. Mwangi-Reyes, (843) 555-0162, "
            "ticket@tidewaterjobs.example.net.</p></body></html>")


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_8 = {
    "gform": dict(
        producer="Chromium 156 (--print-to-pdf) from HTML (an online form's response page)",
        en="b8_prairie", kind="html", build=build_gform_iwp,
        description="Held out (eighth batch). The printed RESPONSE page of an online IWP form "
                    "(like a Google Forms / Microsoft Forms response): a header card with a "
                    "purple top border and 'Submitted 02/11/2026 9:14 AM', 'Section n of 9' "
                    "tabs, every question in its own card with a coloured top border, the "
                    "question in small grey text and the answer under it in larger black "
                    "text; check-box answers as '☑ Job development' / '☐ Job coaching' lines; "
                    "goals as one card per field ('Short-term goal (within 1 year): hourly "
                    "wage'); services as a check-box card then one 'describe the service' card "
                    "per ticked service; follow-up as ticked choices; terms and the statement "
                    "as section descriptions each followed by a ticked '☑ Yes' / '☑ I agree' "
                    "card; signatures as answers to 'Ticket Holder: type your full name as "
                    "your signature' and 'date signed' cards. Unanswered questions show 'No "
                    "response' or an empty 'mm/dd/yyyy' date box.",
        defects=["ticketholder_undated", "service_without_description", "long_term_below_sga",
                 "no_follow_up"]),
    "rtf": dict(
        producer="LibreOffice 7.4 (soffice --convert-to pdf) from an RTF written by hand "
                 "(WordPad style)",
        en="b8_tidewater", kind="direct",
        build=lambda case: _b3_made_by(build_rtf_iwp(case).save, ".rtf", "writer_pdf_Export"),
        description="Held out (eighth batch). A plan typed in WordPad and saved as RTF: a "
                    "centred letterhead, bold headings, every field a paragraph 'Label:<TAB>"
                    "value' on a plain tab stop (no leaders, no tables), goals as bold-led "
                    "'Short-term goal:' / 'Long-term goal:' sentences followed by tab lines, "
                    "services as numbered paragraphs '1. Benefits counseling - Yes - ... "
                    "Provided by: ... How often: ...' and '6. Job coaching - No', follow-up "
                    "as tab lines, numbered terms, signatures as '/s/ Name' typed on the line "
                    "above a '____' rule with the caption under it and 'Date: 02/11/2026' "
                    "(an undated one 'Date: ____________').",
        defects=["en_undated", "no_alternate_contact", "follow_up_quarterly",
                 "no_work_history"]),
}


def _b8_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_8(cat) -> None:
    """The eighth held-out batch: people numbered from BATCH_8_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_8.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_8_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            if layout == "gform" and defect == "ticketholder_undated":
                what += " (the 'date signed' card shows an empty mm/dd/yyyy box)"
            if layout == "gform" and defect == "service_without_description":
                what += " (its 'describe the service' card says 'No response')"
            if layout == "rtf" and defect == "en_undated":
                what += " ('Date: ____________' under the EN's signature)"
            cat.add(f"{layout}_{defect or 'complete'}.pdf", layout, spec["producer"],
                    spec["kind"], spec["build"](case), "iwp", _components("iwp", overrides),
                    _b8_notes(spec["description"], what), case_values(case))
    cat.add("notiwp_pp_case_closure_notice.pdf", "not_an_iwp",
            HELDOUT_LAYOUTS_8["rtf"]["producer"], "direct",
            _b3_made_by(build_pp_closure_rtf().save, ".rtf", "writer_pdf_Export"),
            "not_an_iwp", {},
            "Held out (eighth batch). A State VR agency's letter to a Ticket holder closing "
            "her VR case as employed and explaining Partnership Plus: her Ticket can now be "
            "assigned to the EN she chose, which will write an IWP with her; next steps, "
            "appeal rights, '/s/' counselor signature and date. Not an IWP.", {})
    cat.add("notiwp_ticket_assignment_checklist.pdf", "not_an_iwp",
            "Chromium 156 (--print-to-pdf) from HTML", "html",
            build_assignment_checklist_html(), "not_an_iwp", {},
            "Held out (eighth batch). An EN's internal 'Ticket Assignment Checklist for "
            "Intake Staff': a table of eleven steps from intake to the TPM's assignment "
            "(the IWP meeting, goals, services, follow-up, terms, signatures) with empty "
            "tick boxes and initials; names no Ticket holder. Not an IWP.", {})


# =============================================================================================
# The catalogue: every file, how it is made, and its answer key
# =============================================================================================
IWP_DEFECTS = {
    "no_alternate_contact": d_no_alternate_contact,
    "no_discussion_summary": d_no_discussion_summary,
    "no_discussion_record": d_no_discussion_record,
    "no_work_history": d_no_work_history,
    "long_term_below_sga": d_long_term_below_sga,
    "service_without_description": d_service_without_description,
    "ticketholder_unsigned": d_ticketholder_unsigned,
    "ticketholder_undated": d_ticketholder_undated,
    "en_undated": d_en_undated,
    "no_terms": d_no_terms,
    "no_statement": d_no_statement,
    "no_follow_up": d_no_follow_up,
    "follow_up_quarterly": d_follow_up_quarterly,
    "no_short_term_goal": d_no_short_term_goal,
}

LAYOUTS = {
    "form": dict(producer="reportlab 5 AcroForm; signature fields added and signed by pyHanko",
                 en="riverbend",
                 description="Fillable three-page form whose fields have generic names "
                             "(Text1..., Check Box 1..., Date_1...); the real label is only in "
                             "the tooltip (/TU) and printed beside the widget; values exist "
                             "only in the fields. Terms and the Statement of Understanding are "
                             "printed. Signatures are /Sig fields (Signature1, Signature2) "
                             "signed with a self-signed certificate, dates in Date_ fields.",
                 defects=["no_alternate_contact", "no_discussion_summary",
                          "ticketholder_unsigned", "long_term_below_sga",
                          "service_without_description", "no_work_history",
                          "no_follow_up"]),
    "grid": dict(producer="Chromium 156 (--print-to-pdf) from HTML", en="brightwater",
                 description="HTML form of CSS grids: EN and Ticket Holder side by side in two "
                             "columns, labels above values in boxes, white headings on dark "
                             "bands, goals as two side-by-side cards, services as a matrix with "
                             "'Provided?' Yes/No and 'How' columns, follow-up as two rows of "
                             "that matrix, terms in two text columns, dates as 3/4/2026.",
                 defects=["no_alternate_contact", "no_discussion_summary",
                          "service_without_description", "no_follow_up", "follow_up_quarterly",
                          "long_term_below_sga", "ticketholder_unsigned", "en_undated",
                          "no_terms", "no_statement"],
                 extra=["complete_summary_attached"]),
    "letter": dict(producer="Chromium 156 (--print-to-pdf) from HTML", en="lanternlight",
                   description="Narrative plan written to the 'Beneficiary' in numbered "
                               "sections: definition lists, goals as sentences, services as a "
                               "list of provided ones only, follow-up as one sentence ('at "
                               "least once a month while you look for work ... at least every "
                               "three months after that'), amounts without commas, "
                               "'Electronically signed by ... on March 4, 2026' boxes.",
                   defects=["no_discussion_summary", "no_work_history", "follow_up_quarterly",
                            "no_follow_up", "ticketholder_undated", "long_term_below_sga",
                            "no_short_term_goal", "service_without_description",
                            "ticketholder_unsigned"]),
    "docx": dict(producer="LibreOffice 7.4 (soffice --convert-to pdf) from DOCX", en="northgate",
                 description="Word template: labels and values in table cells (label left, "
                             "value right; a 4-column grid for the Ticketholder), goals as a "
                             "table with short-term and long-term as columns, services as a "
                             "table with \u2612/\u2610 glyphs, follow-up as a two-row table, "
                             "'/s/' signatures in a table, dates as 'March 4, 2026'.",
                 defects=["no_alternate_contact", "no_discussion_summary", "no_work_history",
                          "long_term_below_sga", "service_without_description",
                          "ticketholder_unsigned", "en_undated", "no_terms",
                          "follow_up_quarterly", "no_short_term_goal"],
                 extra=["complete_summary_in_term_15"]),
    "rl": dict(producer="reportlab 5 (canvas)", en="keystone",
               description="Agency form drawn line by line: several label/value pairs on one "
                           "line, contact labels above values, vector check boxes with and "
                           "without an X, '/s/ Name' and the date typed on the line with "
                           "'Signature' and 'Date' printed under it, dates as 03/04/2026, "
                           "'Participant', 'Our conversation', 'Immediate/Long range "
                           "vocational objective', 'Staying in touch', 'Our agreement', "
                           "'What I understand'.",
               defects=["no_discussion_record", "no_statement", "no_follow_up",
                        "ticketholder_undated", "long_term_below_sga",
                        "service_without_description", "no_alternate_contact",
                        "ticketholder_unsigned", "no_work_history"]),
}

# The held-out layouts: people numbered from HELDOUT_PEOPLE_FROM (see Catalogue).
HELDOUT_LAYOUTS = {
    "memo": dict(producer="LibreOffice 7.4 (soffice --convert-to pdf) from DOCX",
                 en="harborlight", kind="docx", build=build_memo_iwp,
                 description="Narrative memo in Word (To/From/Subject), no tables: headings "
                             "'Participant Profile', 'How We Built This Plan', 'Recent Jobs', "
                             "'Employment Objectives' (two sub-headings, goals as sentences), "
                             "'Supports We Will Provide' (bullets of provided services only, "
                             "then 'Not needed right now: ...'), 'Check-ins' (a paragraph), "
                             "'Terms of Our Agreement', 'Acknowledgement'; 'Customer signature "
                             "/s/ Name Date 4 March 2026' on ONE line with underlined values, "
                             "then 'Staff signature'; the alternate contact in a sentence; "
                             "dates as '4 March 2026'.",
                 defects=["no_alternate_contact", "no_discussion_summary",
                          "service_without_description", "ticketholder_unsigned", "en_undated",
                          "follow_up_quarterly", "no_statement"]),
    "land": dict(producer="Chromium 156 (--print-to-pdf) from HTML", en="summitview",
                 kind="html", build=build_land_iwp,
                 description="Landscape HTML form: Employment Network, 'Beneficiary' and "
                             "Alternate Contact as three bordered blocks side by side (label "
                             "and value in definition-list columns), 'Planning Meeting' with "
                             "CSS-drawn check boxes (bordered spans holding \u2714), goals as a "
                             "3-column table 'Goal | Target date | Earnings' (hours and wage "
                             "inside the goal cell), a 'Services Checklist' of CSS boxes with "
                             "\u2714 marks, 'Contact Schedule', 'Rules of the Program' in three "
                             "text columns, 'Ticket Holder Acknowledgement', a signature table "
                             "with the name typed in italics (no /s/), dates as 'Mar 4, 2026'.",
                 defects=["no_work_history", "long_term_below_sga", "service_without_description",
                          "no_follow_up", "ticketholder_unsigned", "no_terms",
                          "no_discussion_summary"]),
    "panel": dict(producer="reportlab 5 (canvas)", en="copperfield", kind="direct",
                  build=lambda case: (lambda path: build_panel_iwp(case, path)),
                  description="Two-column reportlab page: Part One's contact details (EN, "
                              "Ticket Holder, Alternate Contact) in a shaded, boxed panel on "
                              "the RIGHT, the plan in numbered sections on the left ('Our "
                              "Planning Conversation', 'Work in the Last 18 Months', 'Goals'); "
                              "services with vector TICK marks (not an X) in boxes; 'Keeping "
                              "in Touch' as label/value pairs on one line; 'Conditions' in two "
                              "text columns; 'Your Understanding'; signatures in two boxes "
                              "with '/s/ Name' and 'Dated: 2026-03-04'; dates as '4 March "
                              "2026' and ISO; amounts as '$1,386.67/mo' and '1235 per month'.",
                  defects=["no_alternate_contact", "long_term_below_sga", "en_undated",
                           "follow_up_quarterly", "no_work_history", "ticketholder_undated",
                           "no_statement"]),
    "lc": dict(producer="reportlab 5 AcroForm, field tree rebuilt with pypdf; /Ink "
                        "signatures added with pypdf", en="meadowlark", kind="direct",
               build=lambda case: (lambda path: build_lc_iwp(case, path)),
               description="SSA-1370-like fillable form with LiveCycle-style hierarchical "
                           "field names (topmostSubform[0].Page1[0].TextField3[0], "
                           "CheckBox2[0], DateTimeField1[0]) and NO tooltips: numbered labels "
                           "('1. EN Name', '17. Date held') are printed beside the fields; "
                           "values only in the fields; signatures drawn by hand with Fill & "
                           "Sign (/Ink annotations over the lines), dates in fields as "
                           "03/04/2026.",
               defects=["no_alternate_contact", "no_discussion_summary",
                        "service_without_description", "ticketholder_unsigned",
                        "long_term_below_sga", "no_follow_up", "en_undated"]),
}
# The second held-out batch, made after the reader had been fixed on the first one.
HELDOUT_LAYOUTS_2 = {
    "boxes": dict(producer="Chromium 156 (--print-to-pdf) from HTML", en="prairiegate",
                  kind="html", build=build_boxes_iwp,
                  description="Plain agency HTML form in numbered 'SECTION n - ...' parts: "
                              "'Label: value' inside bordered table cells, two or three to a "
                              "row; 'Client' for the Ticket Holder; text check boxes '[X]' / "
                              "'[ ]'; goals as a table with one ROW per goal (Job, Hours/week, "
                              "Wage, Monthly earnings, Target date, Training); services as "
                              "'[X] Name - How: ... Who: ... When: ...' lines; follow-up as a "
                              "'Phase | How often | How' table; terms numbered 9.1-9.15; "
                              "'Client Statement'; signatures as 'Signature: /s/ Name' and "
                              "'Date: 03-04-2026' cells beside a role cell; dates as "
                              "03-04-2026.",
                  defects=["no_alternate_contact", "no_discussion_record", "no_work_history",
                           "follow_up_quarterly", "service_without_description",
                           "ticketholder_undated", "no_terms"]),
}
LAYOUTS.update(HELDOUT_LAYOUTS)
LAYOUTS.update(HELDOUT_LAYOUTS_2)


# Complete variants that put the discussion summary where the EN Guide (004:155-158) allows.
SUMMARY_PLACES = {
    "complete_summary_in_term_15": (
        "term15", "Complete; the discussion summary is not in Section 1 (which says 'See Part "
        "3, item 15') but under item 15 of the Terms and Conditions, as the EN Guide allows."),
    "complete_summary_attached": (
        "attachment", "Complete; the discussion summary is on an attached last page "
        "('Attachment A') with the EN name, PID, Ticket Holder name and SSN, as the EN Guide "
        "allows; Section D says 'See Attachment A'."),
}


def _components(doc_type: str, overrides: dict) -> dict:
    names = IWP_COMPONENTS if doc_type == "iwp" else AMENDMENT_COMPONENTS
    comps = {name: "present" for name in names}
    comps.update(overrides)
    return comps


def _verdict(components: dict) -> str:
    return "complete" if all(v == "present" for v in components.values()) else "incomplete"


EXTRA_PEOPLE_FROM = 100


class Catalogue:
    """Collects the files to make, in order, with their answer-key entries."""

    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.person = 0
        self.extra = 0
        self.series: dict[int, int] = {}

    def next_case(self, en_key: str) -> dict:
        case = make_case(self.person, en_key)
        self.person += 1
        return case

    def extra_case(self, en_key: str) -> dict:
        """A case for a file added later, from people numbered apart so that adding it does
        not change who appears in the files already made."""
        case = make_case(EXTRA_PEOPLE_FROM + self.extra, en_key)
        self.extra += 1
        return case

    def heldout_case(self, en_key: str) -> dict:
        """A case for the first two held-out batches, numbered apart from the others."""
        return self.series_case(en_key, HELDOUT_PEOPLE_FROM)

    def series_case(self, en_key: str, first: int) -> dict:
        """The next case of the series of people numbered from ``first`` (200, 300, ...):
        each batch of layouts added later draws its people from its own series, so adding
        or regenerating one batch never changes who appears in another's files."""
        number = self.series.get(first, 0)
        case = make_case(first + number, en_key)
        self.series[first] = number + 1
        # make_case dates the meeting 3 days per person from January 2026, which for people
        # numbered from 200 falls after the short-term target: start these in February 2026.
        met = dt.date(2026, 2, 2) + dt.timedelta(days=2 * number)
        case["discussion"]["date"] = met
        case["th_sig"]["date"] = met
        case["en_sig"]["date"] = met + dt.timedelta(days=1 + number % 3)
        return case

    def add(self, name, layout, producer, kind, payload, doc_type, components, notes,
            values) -> None:
        self.entries.append(dict(
            name=name, kind=kind, payload=payload,
            key=dict(document_type=doc_type,
                     verdict=_verdict(components) if doc_type != "not_an_iwp"
                     else "not_an_iwp",
                     producer=producer, layout=layout, notes=notes,
                     components=components, values=values)))


def _iwp_variants(cat: Catalogue, layout: str, kind: str, make) -> None:
    """The complete file of a layout and one file per defect listed for it."""
    spec = LAYOUTS[layout]
    extras = spec.get("extra", [])
    for defect in [None, "complete_no_recent_work"] + extras + spec["defects"]:
        if layout in HELDOUT_LAYOUTS or layout in HELDOUT_LAYOUTS_2:
            case = cat.heldout_case(spec["en"])
        elif defect in extras:
            case = cat.extra_case(spec["en"])
        else:
            case = cat.next_case(spec["en"])
        if defect is None:
            overrides, what = {}, "Complete."
            name = f"{layout}_complete.pdf"
        elif defect in SUMMARY_PLACES:
            case["discussion"]["summary_place"] = SUMMARY_PLACES[defect][0]
            overrides, what = {}, SUMMARY_PLACES[defect][1]
            name = f"{layout}_{defect}.pdf"
        elif defect == "complete_no_recent_work":
            title, last = case["th"]["title"], case["th"]["last"]
            case["work"] = dict(jobs=[], no_work=f"{title} {last} has not worked for pay in "
                                "the last 18 months; the last job, as a temporary office "
                                "helper, ended in March 2024.")
            overrides = {}
            what = ("Complete; the work history is a statement that there was no paid work in "
                    "the last 18 months.")
            name = f"{layout}_{defect}.pdf"
        else:
            overrides, what = IWP_DEFECTS[defect](case)
            name = f"{layout}_{defect}.pdf"
        comps = _components("iwp", overrides)
        cat.add(name, layout, spec["producer"], kind, make(case), "iwp", comps,
                f"{spec['description']} {what[0].upper() + what[1:]}".rstrip(".") + ".",
                case_values(case))


def catalogue() -> list[dict]:
    cat = Catalogue()
    _iwp_variants(cat, "docx", "docx", build_docx_iwp)
    _iwp_variants(cat, "rl", "direct", lambda case: (lambda path: build_rl_iwp(case, path)))
    _iwp_variants(cat, "grid", "html", build_grid_iwp)
    _iwp_variants(cat, "form", "direct",
                  lambda case: (lambda path: build_form_iwp(case, path)))
    form = LAYOUTS["form"]
    case = cat.next_case("riverbend")
    cat.add("form_typed_signatures_complete.pdf", "form", "reportlab 5 AcroForm", "direct",
            lambda path, case=case: build_form_iwp(case, path, signatures="typed"), "iwp",
            _components("iwp", {}),
            form["description"].split(" Signatures are")[0] + " Signatures are typed into "
            "text fields as '/s/ Name' (no /Sig fields); dates in Date_ fields. Complete.",
            case_values(case))
    case = cat.next_case("riverbend")
    overrides, what = d_en_undated(case)
    cat.add("form_typed_signatures_en_undated.pdf", "form", "reportlab 5 AcroForm", "direct",
            lambda path, case=case: build_form_iwp(case, path, signatures="typed"), "iwp",
            _components("iwp", overrides),
            "The typed-signature version of the fillable form; the EN representative's "
            "signature field holds '/s/ Name' but the EN's Date_ field is empty.",
            case_values(case))
    blank = {name: "missing" for name in IWP_COMPONENTS}
    blank.update(terms_and_conditions="present", statement_of_understanding="present")
    cat.add("form_blank.pdf", "form", form["producer"], "direct",
            lambda path: build_form_iwp(None, path), "iwp", blank,
            "The fillable form with every field empty, every box unchecked and both /Sig "
            "fields unsigned. Only the printed Terms and Conditions and Statement of "
            "Understanding are present.", {})
    _iwp_variants(cat, "letter", "html", build_letter_iwp)
    case = cat.next_case("keystone")
    cat.add("rl_complete_drawn_signature.pdf", "rl", LAYOUTS["rl"]["producer"], "direct",
            lambda path, case=case: build_rl_iwp(case, path, drawn_signature=True), "iwp",
            _components("iwp", {}),
            LAYOUTS["rl"]["description"] + " The Participant's signature is a drawn "
            "(vector) scribble on the line instead of typed text; the date is typed. Complete.",
            case_values(case))
    scan = dict(producer="pdftoppm 150 dpi + Pillow (rotated, speckled, JPEG) of a "
                         "LibreOffice PDF; image only", layout="scan")
    for angle, defect in ((1.3, None), (-1.7, "ticketholder_unsigned"),
                          (1.9, "long_term_below_sga"), (-1.1, "no_terms")):
        case = cat.next_case("northgate")
        overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
        name = f"scan_{defect or 'complete'}.pdf"
        cat.add(name, "scan", scan["producer"], "scan_docx",
                (build_docx_iwp(case), angle, case["index"]), "iwp",
                _components("iwp", overrides),
                f"A scan of the docx layout: every page rendered at {SCAN_DPI} dpi, rotated "
                f"about {abs(angle)} degrees, greyed, speckled and saved as JPEG images with no "
                f"text layer, so only OCR can read it. {what[0].upper() + what[1:]}"
                .rstrip(".") + ".", case_values(case))
    producer = LAYOUTS["docx"]["producer"]
    for number, defect in enumerate([None] + list(AMENDMENT_DEFECTS), 1):
        amend = make_amendment(cat.next_case("northgate"), number + 1)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        cat.add(f"amend_{defect or 'complete'}.pdf", "amend", producer, "docx",
                build_docx_amendment(amend), "amendment", _components("amendment", overrides),
                "Word amendment: which IWP it amends (plan ID and original signing date) in a "
                "label/value table, EN and Ticketholder grids, revised goals as a table with "
                "one ROW per goal, revised services as a table with a Change column "
                "(Added/Ended/Continued), '/s/' signatures in a table. "
                f"{what[0].upper() + what[1:]}".rstrip(".") + ".", amendment_values(amend))
    producer = LAYOUTS["grid"]["producer"]
    for defect in (None, "no_revised_goals", "ticketholder_undated"):
        amend = make_amendment(cat.extra_case("brightwater"), 2)
        overrides, what = ({}, "Complete.") if defect is None else \
            {"no_revised_goals": a_no_revised_goals,
             "ticketholder_undated": a_ticketholder_undated}[defect](amend)
        cat.add(f"amendgrid_{defect or 'complete'}.pdf", "amendgrid", producer, "html",
                build_grid_amendment(amend), "amendment", _components("amendment", overrides),
                "HTML amendment in the grid style: the plan being changed in label-above-value "
                "boxes, EN and Ticket Holder side by side, revised goals as a table with "
                "short-term and long-term as COLUMNS, revised services as a matrix with a "
                "Change column, white headings on dark bands. "
                f"{what[0].upper() + what[1:]}".rstrip(".") + ".", amendment_values(amend))
    for layout, spec in HELDOUT_LAYOUTS.items():
        _iwp_variants(cat, layout, spec["kind"], spec["build"])
    for layout, spec in HELDOUT_LAYOUTS_2.items():
        _iwp_variants(cat, layout, spec["kind"], spec["build"])
    for number, defect in enumerate([None, "no_reference", "long_term_below_sga",
                                     "added_service_without_description",
                                     "ticketholder_unsigned", "en_undated"], 2):
        amend = make_amendment(cat.heldout_case("tidewater"), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        cat.add(f"amendmemo_{defect or 'complete'}.pdf", "amendmemo",
                "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX", "docx",
                build_memo_amendment(amend), "amendment", _components("amendment", overrides),
                "Held out (second batch). An amendment written as a short Word memo with no "
                "tables: 'CHANGE TO YOUR EMPLOYMENT PLAN', the plan ID and original signing "
                "date in a sentence, 'Why we are changing the plan', 'Your updated goals' as "
                "two bold-led sentences ('Goal for this year:', 'Goal for the next three to "
                "five years:'), 'Changes to your supports' as bullets ('New: Training - ...', "
                "'Stopped: ...', 'Continuing: ...'), 'Signed: /s/ Name, role  Date: 4 March "
                "2026' lines. " f"{what[0].upper() + what[1:]}".rstrip(".") + ".",
                amendment_values(amend))
    for name, kind, build, producer, notes in NOT_IWPS:
        payload = build() if kind in ("html", "docx") else build
        cat.add(name, "not_an_iwp", producer, kind, payload, "not_an_iwp", {}, notes, {})
    # Scans of forms signed by hand (added after the others, from the extra people, so
    # that the files made before keep their people).
    for angle, name, unsigned in ((1.4, "scan_complete_signed_by_hand.pdf", None),
                                  (-1.6, "scan_en_unsigned_signed_by_hand.pdf", "en_sig")):
        case = cat.extra_case("northgate")
        overrides, what = {}, "Complete."
        if unsigned:
            case[unsigned] = dict(case[unsigned], signed=False, date=None)
            overrides = {"en_signature": "missing"}
            what = ("The EN representative's signature line and its date are blank (the "
                    "Ticketholder signed by hand).")
        cat.add(name, "scan", scan["producer"] + "; signed by hand (pen scribbles)",
                "scan_docx", (build_docx_iwp(case), angle, case["index"], True), "iwp",
                _components("iwp", overrides),
                f"A scan of the docx layout signed on paper: each typed '/s/' signature is "
                f"wiped off and a looping pen scribble drawn in the signature cell before the "
                f"page is rendered at {SCAN_DPI} dpi, rotated about {abs(angle)} degrees, "
                f"greyed, speckled and saved as JPEG with no text layer. Dates are typed. "
                f"{what}", case_values(case))
    add_batch_3(cat)
    add_batch_4(cat)
    add_batch_5(cat)
    add_batch_6(cat)
    add_batch_7(cat)
    add_batch_8(cat)
    add_batch_9(cat)
    add_batch_10(cat)
    add_batch_11(cat)
    add_batch_12(cat)
    add_batch_13(cat)
    add_batch_14(cat)
    return cat.entries


# =============================================================================================
# Held-out batch 4 (qa_, platy_, type_, amendqa_ and two not-IWPs): an e-signed HTML
# questionnaire, a multi-page reportlab platypus document, a typewriter printout from a
# case-management system, and two look-alikes. Written from what ENs send, blind to the reader.
# =============================================================================================
BATCH_4_ENS = {
    "b4_juniper": dict(name="Juniper Hollow Employment Services", pid="P0093958",
                       model="traditional", street="412 Cattail Lane, Suite B",
                       city="Reedsport Landing", state="MN", zip="55999",
                       phone="(612) 555-0127", email="iwp@juniperhollow.example.org",
                       rep="Cordelia M. Aranda-Fisk", rep_title="Employment Specialist"),
    "b4_ashgrove": dict(name="Ashgrove Ability Network", pid="P0091847",
                        model="administrative", street="2650 Old Mill Pike",
                        city="Hazelwick", state="OH", zip="43999", phone="(614) 555-0193",
                        email="ticket@ashgrove-an.example.com",
                        rep="Benedikt A. Osei-Mensah", rep_title="Ticket Case Manager"),
    "b4_stonebridge": dict(name="Stonebridge Workforce Services", pid="P0097731",
                           model="traditional", street="18 Quarry Gate Road",
                           city="Flintridge", state="AR", zip="72999",
                           phone="(501) 555-0158", email="cms@stonebridge-ws.example.net",
                           rep="Philippa R. Nakagawa", rep_title="Vocational Counselor"),
}
ENS.update(BATCH_4_ENS)
BATCH_4_PEOPLE_FROM = 400


def _b4_times(day: dt.date, seed: int) -> tuple[str, str]:
    """An e-signature service's 'viewed' and 'signed' time stamps on ``day``, the second a few
    minutes after the first: ('02/02/2026 10:31 AM EST', '02/02/2026 10:42 AM EST')."""
    rng = random.Random(seed)
    viewed = dt.datetime.combine(day, dt.time(rng.randint(8, 15), rng.randint(0, 59)))
    signed = viewed + dt.timedelta(minutes=rng.randint(3, 40))
    return tuple(f"{_date(day, 'us')} {t.hour % 12 or 12}:{t.minute:02d} "
                 f"{'AM' if t.hour < 12 else 'PM'} EST" for t in (viewed, signed))


def _b4_envelope(seed: int) -> str:
    rng = random.Random(seed)
    digits = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))


# ----- qa_: Chromium, an HTML questionnaire signed through an e-signature service ------------
QA_CSS = """
@page { size: letter; margin: 0.6in 0.7in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #222;
       margin: 0; }
.top { border-bottom: 3px solid #2b6a4f; padding-bottom: 6px; margin-bottom: 10px; }
.top .org { font-size: 15pt; font-weight: bold; color: #2b6a4f; }
.top .doc { font-size: 11.5pt; margin-top: 2px; }
.top .sub { font-size: 8.4pt; color: #555; }
h2 { font-size: 11pt; color: #2b6a4f; margin: 14px 0 4px; border-bottom: 1px solid #b7cfc4;
     padding-bottom: 2px; }
.q { font-weight: bold; margin: 7px 0 1px; }
.a { color: #1d4e9e; font-style: italic; margin: 0 0 2px 18px; }
.a.plain { font-style: normal; }
.a table { border-collapse: collapse; margin-top: 2px; font-style: normal; }
.a td, .a th { border: 1px solid #b9c4d6; padding: 2px 6px; font-size: 8.8pt; text-align: left; }
.a th { background: #eef2f8; color: #222; }
.opt { margin-right: 16px; white-space: nowrap; }
ol.terms { margin: 2px 0 0 18px; padding-left: 14px; color: #222; font-size: 8.8pt; }
ol.terms li { margin-bottom: 2px; }
.sigs { display: flex; gap: 24px; margin-top: 10px; }
.sigbox { flex: 1; border: 1px solid #999; padding: 6px 10px; min-height: 78px; }
.sigbox .role { font-size: 8pt; color: #555; text-transform: uppercase; letter-spacing: .04em; }
.script { font-family: 'Brush Script MT', 'Segoe Script', 'Lucida Handwriting', cursive;
          font-style: italic; font-size: 19pt; color: #12307a; height: 30px; margin-top: 4px;
          border-bottom: 1px solid #444; transform: skewX(-8deg); }
.sigline { border-bottom: 1px solid #444; height: 30px; margin-top: 4px; }
.tag { display: inline-block; font-size: 7pt; color: #fff; background: #f0a020;
       padding: 1px 5px; border-radius: 3px; margin-top: 3px; }
.cert { page-break-before: always; font-size: 8.6pt; }
.cert h3 { font-size: 12pt; margin: 0 0 6px; }
.cert table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
.cert td, .cert th { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top;
                     text-align: left; }
.cert th { background: #e8e8e8; }
.cert .label { color: #555; width: 1.5in; }
.small { font-size: 7.8pt; color: #666; }
"""


def _qa_radio(options: list[str], chosen: str | None) -> str:
    return "".join(f"<span class='opt'>{'&#9673;' if o == chosen else '&#9675;'} {_h(o)}</span>"
                   for o in options)


def _qa_esign_block(seed: int, signers: list[tuple[str, str, dict, str]], subject: str) -> str:
    """The e-signature service's certificate of completion: one row per signer."""
    done = all(sig["signed"] for _, _, sig, _ in signers)
    out = ["<div class='cert'><h3>Certificate of Completion</h3><table>",
           f"<tr><td class='label'>Envelope ID</td><td>{_b4_envelope(seed)}</td></tr>",
           f"<tr><td class='label'>Subject</td><td>{_h(subject)}</td></tr>",
           f"<tr><td class='label'>Envelope status</td><td>{'Completed' if done else 'Sent'}"
           "</td></tr>",
           f"<tr><td class='label'>Signatures</td><td>"
           f"{sum(1 for _, _, s, _ in signers if s['signed'])} of {len(signers)}</td></tr>"]
    out.append("</table><table><tr><th>Signer events</th><th>Signature</th><th>Timestamp"
               "</th></tr>")
    for number, (name, role, sig, email) in enumerate(signers):
        who = (f"Signed by: {_h(name)}<br>Signer role: {_h(role)}<br>Email: {_h(email)}<br>"
               "Security level: Email, account authentication")
        if sig["signed"]:
            mark = (f"<span class='script' style='font-size:12pt;border:0;display:inline-block;"
                    f"white-space:nowrap'>"
                    f"{_h(name)}</span><br><span class='small'>Signature adoption: "
                    "pre-selected style</span>")
            if sig["date"]:
                viewed, signed = _b4_times(sig["date"], seed + 10 + number)
                when = f"Status: Signed<br>Viewed: {viewed}<br>Signed on: {signed}"
            else:
                when = "Status: Signed<br>Signed on: &mdash; (no date recorded)"
        else:
            who = who.replace("Signed by:", "Recipient:")
            mark = "&nbsp;"
            when = "Status: Sent &ndash; awaiting signature"
        out.append(f"<tr><td>{who}</td><td>{mark}</td><td>{when}</td></tr>")
    out.append("</table><p class='small'>This certificate was generated by the electronic "
               "signature service and is attached to the signed document. Times are shown in "
               "US Eastern time.</p></div>")
    return "".join(out)


def _qa_signatures(signers: list[tuple[str, str, dict, str]]) -> str:
    out = ["<div class='sigs'>"]
    for name, role, sig, _ in signers:
        if sig["signed"]:
            line = f"<div class='script'>{_h(name)}</div>"
        else:
            line = "<div class='sigline'></div><span class='tag'>SIGN HERE</span>"
        date = _date(sig["date"], "us") if sig["signed"] and sig["date"] else ""
        out.append(f"<div class='sigbox'><div class='role'>{_h(role)}</div>{line}"
                   f"<div>{_h(name)}</div><div>Date: {date}</div></div>")
    out.append("</div>")
    return "".join(out)


def _qa_signers(case: dict) -> list[tuple[str, str, dict, str]]:
    th, en = case["th"], case["en"]
    return [(f"{th['first']} {th['last']}", "Ticket Holder", case["th_sig"], th["email"]),
            (case["en_sig"]["name"], "Employment Network Representative", case["en_sig"],
             en["email"])]


def build_qa_iwp(case: dict) -> str:
    """Layout ``qa``: the IWP as a numbered questionnaire, bold questions with the answers
    in blue italics under them, radio marks for choices, signed through an e-signature
    service (script-font names, then a certificate of completion)."""
    en, th, d = case["en"], case["th"], case["discussion"]
    first = th["first"]
    number = [0]

    def q(question: str, answer: str, plain: bool = False) -> str:
        number[0] += 1
        return (f"<div class='q'>{number[0]}. {_h(question)}</div>"
                f"<div class='a{' plain' if plain else ''}'>{answer}</div>")

    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP "
           f"Questionnaire - {_h(first)} {_h(th['last'])}</title><style>{QA_CSS}</style>"
           "</head><body>",
           f"<div class='top'><div class='org'>{_h(en['name'])}</div><div class='doc'>"
           "Individual Work Plan &ndash; Planning Questionnaire</div><div class='sub'>Ticket "
           "to Work Program &middot; Please answer each question with your Employment Network "
           "representative. Your answers become your Individual Work Plan.</div></div>",
           "<h2>Part A &ndash; About the Employment Network</h2>",
           q("What is the name of the Employment Network that will serve you?", _h(en["name"])),
           q("What is the Employment Network's Provider ID (PID)?", _h(en["pid"])),
           q("Where is the Employment Network located?",
             f"{_h(en['street'])}, {_h(en['city'])}, {_h(en['state'])} {_h(en['zip'])}"),
           q("How can you reach the Employment Network?",
             f"{_h(en['phone'])} &middot; {_h(en['email'])}"),
           q("Who is your contact at the Employment Network?",
             f"{_h(en['rep'])}, {_h(en['rep_title'])}"),
           "<h2>Part B &ndash; About you</h2>",
           q("What is your full name?", f"{_h(first)} {_h(th['middle'])} {_h(th['last'])}"),
           q("What is your Social Security number?", _h(th["ssn"])),
           q("What is your date of birth?", _date(th["dob"], "us")),
           q("What is your home address?",
             f"{_h(th['street'])}, {_h(th['city'])}, {_h(th['state'])} {_h(th['zip'])}"),
           q("What is the best phone number to reach you?",
             _h(th["phone"]) + (f" (cell: {_h(th['mobile'])})" if th["mobile"] else "")),
           q("What email address can we use?", _h(th["email"])),
           q("How do you prefer that we contact you?",
             _qa_radio(["Phone", "Email", "Mail"],
                       "Phone" if th["preferred"] == "telephone" else "Email"), plain=True)]
    if case["alt"]:
        alt = case["alt"]
        out += [q("Is there someone we may contact if we cannot reach you?",
                  _qa_radio(["Yes", "No"], "Yes"), plain=True),
                q("If yes, who is that person and how are they related to you?",
                  f"{_h(alt['name'])} ({_h(alt['relationship'])})"),
                q("What is their phone number and address?",
                  f"{_h(alt['phone'])} &middot; {_h(alt['address'])}")]
    out.append("<h2>Part C &ndash; Our planning conversation</h2>")
    if d["date"]:
        out += [q("On what date did we meet to plan your IWP?", _date(d["date"], "us")),
                q("How did we meet?", _qa_radio([label for _, label in MODALITIES],
                                                d["modality"][1]), plain=True)]
    if d["summary"]:
        out.append(q("What did we talk about, and why did we choose these goals and services?",
                     _h(d["summary"])))
    if case["work"] is not None:
        out.append("<h2>Part D &ndash; Your recent work</h2>")
        jobs = case["work"]["jobs"]
        out.append(q("Have you worked for pay in the last 18 months?",
                     _qa_radio(["Yes", "No"], "Yes" if jobs else "No"), plain=True))
        if jobs:
            rows = "".join(f"<tr><td>{_h(j['employer'])}</td><td>{_h(j['title'])}</td>"
                           f"<td>{_date(j['start'], 'us')} &ndash; {_date(j['end'], 'us')}</td>"
                           f"<td>{j['hours']}</td><td>{_money(j['monthly'])}</td></tr>"
                           for j in jobs)
            out.append(q("If yes, where did you work, doing what, and for how long?",
                         "<table><tr><th>Employer</th><th>Job</th><th>From &ndash; to</th>"
                         f"<th>Hours a week</th><th>Earnings a month</th></tr>{rows}</table>"))
        else:
            out.append(q("If no, tell us about your last job.", _h(case["work"]["no_work"])))
    out.append("<h2>Part E &ndash; Your goals</h2>")
    for goal, asked in ((case["st"], "What kind of work are you looking for in the next year?"),
                        (case["lt"], "What work do you want to be doing in three to five "
                                     "years?")):
        if goal is None:
            continue
        out += [q(asked, _h(goal["title"])),
                q("How many hours a week, and at what hourly wage?",
                  f"{goal['hours']} hours a week at {_money(goal['wage'])} an hour"),
                q("About how much would you earn each month?", _money(goal["monthly"])),
                q("By when do you want to reach this goal?", _date(goal["target"], "us"))]
        if goal is case["lt"]:
            training = goal["training"]
            out.append(q("Will you need training or schooling to reach this goal?",
                         _qa_radio(["Yes", "No"], "Yes" if training else "No")
                         + (f" &mdash; {_h(training[0])}, {_h(training[1])}" if training
                            else ""), plain=True))
    out.append("<h2>Part F &ndash; Services and supports</h2>")
    for s in case["services"]:
        if s["provided"]:
            answer = (f"{_qa_radio(['Yes', 'No'], 'Yes')} &mdash; <b>how:</b> "
                      f"<i>{_h(s['description'])}</i><br><b>Who:</b> <i>{_h(s['provider'])}</i>"
                      f" &nbsp; <b>How often:</b> <i>{_h(s['frequency'])}</i>")
        else:
            answer = _qa_radio(["Yes", "No"], "No")
        out.append(q(f"Will the EN help with {s['label'][0].lower() + s['label'][1:]}?",
                     answer, plain=True))
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "Every month", "quarterly": "Every three months"}
        out += ["<h2>Part G &ndash; Staying in touch</h2>",
                q("How often will the EN contact you while you are looking for work?",
                  _qa_radio(list(often.values()), often[fu["initial"]]), plain=True),
                q("How often will the EN contact you after you start working?",
                  _qa_radio(list(often.values()), often[fu["ongoing"]]), plain=True),
                q("How will the EN contact you?", _h(", ".join(fu["methods"]).capitalize()))]
    if case["terms"]:
        items = "".join(f"<li>{_h(t)}</li>" for t in case["terms"])
        out += ["<h2>Part H &ndash; Terms and conditions</h2>",
                q("Have the terms and conditions of this plan been explained to you?",
                  f"{_qa_radio(['Yes', 'No'], 'Yes')}<ol class='terms'>{items}</ol>",
                  plain=True)]
    if case["statement"]:
        out += ["<h2>Part I &ndash; Statement of understanding</h2>",
                q("Do you agree with the following statement?",
                  f"{_qa_radio(['Yes, I agree', 'No'], 'Yes, I agree')}"
                  f"<div style='margin-top:3px'>&ldquo;{_h(case['statement'])}&rdquo;</div>",
                  plain=True)]
    signers = _qa_signers(case)
    out += ["<h2>Part J &ndash; Signatures</h2><p>By signing electronically, we agree to this "
            "Individual Work Plan.</p>", _qa_signatures(signers),
            _qa_esign_block(case["index"] * 37 + 4, signers,
                            f"Please sign: Individual Work Plan for {first} {th['last']}"),
            "</body></html>"]
    return "".join(out)


def build_qa_amendment(amend: dict) -> str:
    """Layout ``amendqa``: an IWP amendment as a questionnaire, signed electronically."""
    en, th = amend["en"], amend["th"]
    number = [0]

    def q(question: str, answer: str, plain: bool = False) -> str:
        number[0] += 1
        return (f"<div class='q'>{number[0]}. {_h(question)}</div>"
                f"<div class='a{' plain' if plain else ''}'>{answer}</div>")

    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP Amendment"
           f"</title><style>{QA_CSS}</style></head><body>",
           f"<div class='top'><div class='org'>{_h(en['name'])}</div><div class='doc'>"
           "Amendment to Your Individual Work Plan &ndash; Questionnaire</div><div class='sub'>"
           f"Ticket to Work Program &middot; Amendment no. {amend['number']}</div></div>",
           "<h2>Part A &ndash; The plan we are changing</h2>"]
    if amend["plan_id"]:
        out += [q("Which Individual Work Plan does this amendment change?",
                  f"IWP {_h(amend['plan_id'])}"),
                q("When was that plan signed?", _date(amend["original_signed"], "us"))]
    out += [q("Why are we changing the plan?", _h(amend["reason"])),
            "<h2>Part B &ndash; Who we are</h2>",
            q("Employment Network and PID", f"{_h(en['name'])} &middot; PID {_h(en['pid'])}"),
            q("Your EN contact", f"{_h(en['rep'])}, {_h(en['phone'])}"),
            q("Your name and Social Security number",
              f"{_h(th['first'])} {_h(th['last'])} &middot; {_h(th['ssn'])}")]
    out.append("<h2>Part C &ndash; Your updated goals</h2>")
    for goal, asked in ((amend["st"], "What is your updated goal for the next year?"),
                        (amend["lt"], "What is your updated goal for the next three to five "
                                      "years?")):
        out.append(q(asked, f"{_h(goal['title'])} &mdash; {goal['hours']} hours a week at "
                            f"{_money(goal['wage'])} an hour, about {_money(goal['monthly'])} a "
                            f"month, by {_date(goal['target'], 'us')}"))
    if amend["changes"]:
        out.append("<h2>Part D &ndash; Changes to your services</h2>")
        asked = {"Added": "Will the EN add {}?", "Ended": "Will the EN stop {}?",
                 "Continued": "Will the EN keep providing {}?"}
        for ch in amend["changes"]:
            label = ch["label"][0].lower() + ch["label"][1:]
            out.append(q(asked[ch["change"]].format(label),
                         f"{_qa_radio(['Yes', 'No'], 'Yes')} &mdash; <b>how:</b> "
                         f"<i>{_h(ch['description'])}</i><br><b>Who:</b> "
                         f"<i>{_h(ch['provider'])}</i> &nbsp; <b>When:</b> "
                         f"<i>{_h(ch['frequency'])}</i>", plain=True))
    signers = _qa_signers(amend)
    out += ["<h2>Part E &ndash; Signatures</h2><p>All other parts of the Individual Work Plan "
            "stay the same. By signing electronically, we agree to this amendment.</p>",
            _qa_signatures(signers),
            _qa_esign_block(amend["index"] * 41 + 9, signers,
                            f"Please sign: IWP amendment {amend['number']} for {th['first']} "
                            f"{th['last']}"),
            "</body></html>"]
    return "".join(out)


# ----- platy_: reportlab platypus, a long multi-page document with running header ------------
# What a case manager who writes at length adds to each provided service (platy_ only), so
# that the services table runs over a page break.
PLATY_MORE = {
    "benefits_counseling": "We will help make the call, sit in on it if asked, and go over the "
                           "summary together so the goals and hours in this plan fit the "
                           "benefits picture, including the Trial Work Period and Medicare.",
    "job_development": "We will also set up informational interviews with two local employers "
                       "and, where it helps, speak to the hiring manager about the strengths "
                       "and any accommodation needs the Ticket Holder chooses to share.",
    "training": "We will confirm enrolment before each term, pay the tuition directly to the "
                "school, and meet after each term to review grades and the next steps.",
    "job_search": "Leads are matched to the hours and wage in the short-term goal; we keep a "
                  "shared list of applications so nothing is missed.",
    "job_accommodation": "This includes preparing a short written request, finding low-cost "
                         "options with the Job Accommodation Network, and following up until "
                         "the accommodation is in place.",
    "job_retention": "Check-ins cover the work schedule, transportation, pay stubs for the "
                     "Ticket Program Manager, and any problem on the job before it grows.",
}


def build_platy_iwp(case: dict, path: Path) -> None:
    """Layout ``platy``: a reportlab platypus document with a running header (masked SSN),
    'Page x of y' footers, tables that split across pages with repeated header rows, goals
    as one row per goal, and the signatures alone on the last page."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (CondPageBreak, ListFlowable, ListItem, PageBreak,
                                    Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    letter, canvas = _reportlab()
    en, th, d = case["en"], case["th"], case["discussion"]
    name = f"{th['first']} {th['last']}"
    running = (f"{en['name']} \u2013 Individual Work Plan \u2013 Ticket Holder: {name} \u2013 "
               f"SSN XXX-XX-{th['ssn'][-4:]}")

    class PageCountCanvas(canvas.Canvas):
        """Holds every page back until the end so each footer can say 'Page x of y'."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(letter[0] - 54, 30, f"Page {number} of {len(self._pages)}")
                self.drawString(54, 30, "IWP \u2013 SSA-1370 equivalent \u2013 keep a copy for "
                                        "your records")
                super().showPage()
            super().save()

    def header(c, _doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(54, letter[1] - 34, running)
        c.setStrokeColor(colors.HexColor("#7a8fa6"))
        c.line(54, letter[1] - 39, letter[0] - 54, letter[1] - 39)
        c.line(54, 42, letter[0] - 54, 42)
        c.restoreState()

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.8, leading=12.6, spaceAfter=5)
    cellstyle = ParagraphStyle("c", parent=body, fontSize=9.4, leading=11.8, spaceAfter=0)
    bold_cell = ParagraphStyle("cb", parent=cellstyle, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20,
                        spaceAfter=2, textColor=colors.HexColor("#1f3b5a"))
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11.5,
                        leading=14, spaceBefore=10, spaceAfter=4,
                        textColor=colors.HexColor("#1f3b5a"))
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8c9bab")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce4ee"))]

    def P(text, style=cellstyle):
        return Paragraph(escape(str(text)), style)

    def pairs(rows, widths=(150, 354)):
        table = Table([[P(label, bold_cell), P(value)] for label, value in rows],
                      colWidths=list(widths))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8c9bab")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6"))]))
        return table

    def headed(rows, widths):
        table = Table([[P(cell, bold_cell) for cell in rows[0]]]
                      + [[P(cell) for cell in row] for row in rows[1:]],
                      colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(grid))
        return table

    story = [Paragraph("Individual Work Plan", h1),
             Paragraph(f"Ticket to Work Program \u00b7 {escape(en['name'])} \u00b7 prepared "
                       f"with {escape(name)}", body),
             Paragraph("1. Employment Network", h2),
             pairs([("Employment Network", en["name"]), ("Provider ID (PID)", en["pid"]),
                    ("Business model", f"{en['model'].title()} EN"),
                    ("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"),
                    ("Telephone / e-mail", f"{en['phone']} / {en['email']}"),
                    ("EN representative", f"{en['rep']}, {en['rep_title']}")]),
             Paragraph("2. Ticket Holder", h2),
             pairs([("Name", f"{th['first']} {th['middle']} {th['last']}"),
                    ("Social Security number", th["ssn"]),
                    ("Date of birth", _date(th["dob"], "us")),
                    ("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}"),
                    ("Telephone", th["phone"] + (f"; mobile {th['mobile']}" if th["mobile"]
                                                 else "")),
                    ("E-mail", th["email"]), ("Preferred contact", th["preferred"])])]
    if case["alt"]:
        alt = case["alt"]
        story += [Paragraph("3. Alternate contact", h2),
                  pairs([("Name", alt["name"]), ("Relationship", alt["relationship"]),
                         ("Telephone", alt["phone"]), ("Address", alt["address"])])]
    story.append(Paragraph("4. IWP discussion", h2))
    if d["date"]:
        story.append(pairs([("Date of discussion", _date(d["date"], "long")),
                            ("How it was held", d["modality"][1])]))
        story.append(Spacer(1, 5))
    if d["summary"]:
        story += [Paragraph("<b>Summary of the discussion.</b> " + escape(d["summary"]) + " "
                            f"{escape(th['first'])} asked good questions about transportation "
                            "and about reporting earnings, and we wrote the answers into the "
                            "services below.", body)]
    if case["work"] is not None:
        story.append(Paragraph("5. Work history (last 18 months)", h2))
        if case["work"]["jobs"]:
            rows = [["Employer", "Job title", "Started", "Ended", "Hours/week",
                     "Gross monthly earnings"]]
            rows += [[j["employer"], j["title"], _date(j["start"], "us"), _date(j["end"], "us"),
                      str(j["hours"]), _money(j["monthly"])] for j in case["work"]["jobs"]]
            story.append(headed(rows, [104, 106, 64, 64, 66, 100]))
        else:
            story.append(Paragraph(escape(case["work"]["no_work"]), body))
    story.append(Paragraph("6. Employment goals", h2))
    rows = [["Goal type", "Job", "Hours", "Wage", "Monthly", "Target"]]
    for label, goal in (("Short-term", case["st"]), ("Long-term", case["lt"])):
        if goal is not None:
            rows.append([label, goal["title"], str(goal["hours"]), _money(goal["wage"]),
                         _money(goal["monthly"]), _date(goal["target"], "us")])
    story.append(headed(rows, [70, 186, 42, 56, 76, 74]))
    if case["lt"]["training"]:
        training = case["lt"]["training"]
        story.append(Paragraph(f"Training for the long-term goal: {escape(training[0])}, "
                               f"{escape(training[1])}.", body))
    start = d["date"] or case["en_sig"]["date"] or dt.date(2026, 2, 16)
    steps = [["Step", "Who", "By"],
             ["Call the Ticket to Work Help Line and book the WIPA benefits counseling "
              "appointment", f"{th['first']} with {en['rep']}", start + dt.timedelta(days=14)],
             ["Finish the updated resume and two practice interviews", th["first"],
              start + dt.timedelta(days=30)],
             ["Apply to at least five openings that match the goals", th["first"],
              start + dt.timedelta(days=60)],
             ["Review progress on this plan together and update it if needed",
              f"{th['first']} and {en['rep']}", start + dt.timedelta(days=90)]]
    if case["lt"]["training"]:
        steps.insert(3, [f"Apply to {case['lt']['training'][1]} and complete financial aid "
                         "forms", th["first"], start + dt.timedelta(days=45)])
    story += [Paragraph("Steps toward the goals", ParagraphStyle("h3", parent=body,
                                                                   fontName="Helvetica-Bold")),
              headed([steps[0]] + [[a, b, _date(c, "us")] for a, b, c in steps[1:]],
                     [270, 150, 84])]
    story.append(Paragraph("7. Services and supports", h2))
    rows = [["Service", "Provided", "Description", "Provider", "Frequency"]]
    for s in case["services"]:
        if s["provided"]:
            more = PLATY_MORE.get(s["key"], "") if s["description"] else ""
            rows.append([s["label"], "Yes", f"{s['description']} {more}".strip(),
                         s["provider"], s["frequency"]])
        else:
            rows.append([s["label"], "No", "", "", ""])
    story.append(headed(rows, [90, 52, 184, 98, 80]))
    if case["follow_up"]:
        fu = case["follow_up"]
        often = {"monthly": "At least monthly", "quarterly": "At least every three months"}
        story += [Paragraph("8. Follow-up", h2),
                  headed([["Period", "How often we will meet or talk", "How"],
                          ["While looking for work", often[fu["initial"]],
                           ", ".join(fu["methods"])],
                          ["After starting work", often[fu["ongoing"]],
                           ", ".join(fu["methods"])]], [150, 190, 164])]
    if case["terms"]:
        story += [Paragraph("9. Terms and conditions", h2),
                  ListFlowable([ListItem(Paragraph(escape(t), body), leftIndent=18)
                                for t in case["terms"]], bulletType="1", bulletFormat="%s.",
                               bulletFontName="Helvetica", bulletFontSize=9.8, leftIndent=18)]
    if case["statement"]:
        story += [Paragraph("10. Statement of understanding", h2),
                  Paragraph(escape(case["statement"]), body)]
    story += [PageBreak(), Paragraph("11. Signatures", h2),
              Paragraph("We have read this Individual Work Plan together and agree to it.", body),
              Spacer(1, 24)]
    line = ParagraphStyle("sig", parent=body, fontSize=10.5, leading=15, spaceAfter=28)
    for role, sig, signer in (("Ticket Holder", case["th_sig"], name),
                              ("EN Representative", case["en_sig"], case["en_sig"]["name"])):
        typed = (f"<u>&nbsp;&nbsp;{escape(signer)}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</u>"
                 if sig["signed"] else "_" * 34)
        date = (f"<u>&nbsp;&nbsp;{_date(sig['date'], 'us')}&nbsp;&nbsp;</u>"
                if sig["signed"] and sig["date"] else "_" * 14)
        story.append(Paragraph(f"Signature of {role} {typed} &nbsp;&nbsp; Date {date}", line))
        if role == "EN Representative":
            story.append(Paragraph(f"Printed name and title: {escape(signer)}, "
                                   f"{escape(case['en_sig']['title'])}", body))
    # A heading never ends a page: start a new page when less than ~1.2 in is left (a
    # keepWithNext heading would instead carry a long table whole to the next page).
    story = [part for item in story
             for part in ([CondPageBreak(86), item] if isinstance(item, Paragraph)
                          and item.style.name in ("h2", "h3") else [item])]
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=54, rightMargin=54,
                            topMargin=56, bottomMargin=58, title="Individual Work Plan",
                            author=en["name"], invariant=1)
    doc.build(story, onFirstPage=header, onLaterPages=header, canvasmaker=PageCountCanvas)


# ----- type_: a typewriter-style printout from a case-management system (Courier lines) ------
TYPE_WIDTH = 96          # characters per line: Courier 8 pt is 4.8 pt a character
TYPE_FONT_SIZE = 8
TYPE_PITCH = 10.6        # points from one printed line to the next
TYPE_LINES_PER_PAGE = 64


def _type_field(label: str, value: str, indent: int = 0) -> list[str]:
    """'LABEL ............: value', continuation lines under the value."""
    import textwrap

    lead = " " * indent + label.upper() + " "
    lead = lead + "." * max(2, 30 - len(lead)) + ": "
    lines = textwrap.wrap(value, TYPE_WIDTH - len(lead)) or [""]
    return [lead + lines[0]] + [" " * len(lead) + rest for rest in lines[1:]]


def _type_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """An ASCII table drawn with '|', '-' and '+', each column as wide as its widest cell."""
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def row(cells):
        return "|" + "|".join(f" {str(c):<{w}} " for c, w in zip(cells, widths)) + "|"

    return [rule, row(header), rule] + [row(r) for r in rows] + [rule]


def _type_usd(amount: float) -> str:
    return f"USD {amount:,.2f}"


def type_iwp_lines(case: dict) -> list[str]:
    import textwrap

    en, th, d = case["en"], case["th"], case["discussion"]
    eq, dash = "=" * TYPE_WIDTH, "-" * TYPE_WIDTH
    out = [eq, "TICKET TO WORK PROGRAM - INDIVIDUAL WORK PLAN (IWP)".center(TYPE_WIDTH), eq]
    number = [0]

    def section(title: str) -> None:
        number[0] += 1
        out.extend(["", f"SECTION {number[0]:02d}  {title}", dash])

    section("EMPLOYMENT NETWORK")
    out += (_type_field("EN name", en["name"]) + _type_field("EN PID", en["pid"])
            + _type_field("Address", f"{en['street']}, {en['city']}, {en['state']} "
                                     f"{en['zip']}")
            + _type_field("Phone", en["phone"]) + _type_field("E-mail", en["email"])
            + _type_field("EN representative", f"{en['rep']} ({en['rep_title']})"))
    section("TICKET HOLDER (BENEFICIARY)")
    out += (_type_field("Name", f"{th['first']} {th['middle']} {th['last']}")
            + _type_field("SSN", th["ssn"]) + _type_field("Date of birth", th["dob"].isoformat())
            + _type_field("Address", f"{th['street']}, {th['city']}, {th['state']} "
                                     f"{th['zip']}")
            + _type_field("Home phone", th["phone"])
            + (_type_field("Cell phone", th["mobile"]) if th["mobile"] else [])
            + _type_field("E-mail", th["email"])
            + _type_field("Preferred contact", th["preferred"].upper()))
    if case["alt"]:
        alt = case["alt"]
        out += (_type_field("Alternate contact", alt["name"])
                + _type_field("Relationship", alt["relationship"].upper())
                + _type_field("Alt contact phone", alt["phone"])
                + _type_field("Alt contact address", alt["address"]))
    section("IWP DISCUSSION")
    if d["date"]:
        boxes = "  ".join(f"[{'X' if d['modality'][0] == key else ' '}] {label.upper()}"
                          for key, label in MODALITIES)
        out += _type_field("Date of discussion", d["date"].isoformat())
        out.append(_type_field("Discussion held", "")[0] + boxes)
    if d["summary"]:
        out += _type_field("Summary of discussion", d["summary"])
    if case["work"] is not None:
        section("WORK HISTORY - LAST 18 MONTHS")
        if case["work"]["jobs"]:
            out += _type_table(["EMPLOYER", "JOB TITLE", "START", "END", "HRS/WK",
                                "MONTHLY GROSS"],
                               [[j["employer"], j["title"], j["start"].isoformat(),
                                 j["end"].isoformat(), str(j["hours"]),
                                 _type_usd(j["monthly"])] for j in case["work"]["jobs"]])
        else:
            out += _type_field("No work reported", case["work"]["no_work"])
    section("EMPLOYMENT GOALS")
    rows = []
    for label, goal in (("SHORT-TERM", case["st"]), ("LONG-TERM", case["lt"])):
        if goal is not None:
            rows.append([label, goal["title"], str(goal["hours"]), _type_usd(goal["wage"]),
                         _type_usd(goal["monthly"]), goal["target"].isoformat()])
    out += _type_table(["GOAL", "JOB", "HRS", "WAGE/HR", "MONTHLY", "TARGET"], rows)
    training = case["lt"]["training"]
    out += _type_field("Long-term training", f"{training[0]}, {training[1]}" if training
                       else "NONE NEEDED")
    section("SERVICES AND SUPPORTS")
    for s in case["services"]:
        out.append(f"[{'X' if s['provided'] else ' '}] {s['label'].upper()}")
        if s["provided"]:
            out += (_type_field("How", s["description"], indent=4)
                    + _type_field("Who", s["provider"], indent=4)
                    + _type_field("When", s["frequency"], indent=4))
    if case["follow_up"]:
        fu = case["follow_up"]
        section("FOLLOW-UP / CONTACT SCHEDULE")
        for label, key in (("While seeking work", "initial"), ("After employment", "ongoing")):
            marks = "  ".join(f"[{'X' if fu[key] == often else ' '}] {often.upper()}"
                              for often in ("monthly", "quarterly"))
            out.append(_type_field(label, "")[0] + marks)
        out += _type_field("Contact method", ", ".join(fu["methods"]).upper())
    if case["terms"]:
        section("TERMS AND CONDITIONS")
        for i, term in enumerate(case["terms"], 1):
            lines = textwrap.wrap(term, TYPE_WIDTH - 4)
            out += [f"{i:02d}. {lines[0]}"] + ["    " + rest for rest in lines[1:]]
    if case["statement"]:
        section("STATEMENT OF UNDERSTANDING")
        out += textwrap.wrap(case["statement"], TYPE_WIDTH)
    section("SIGNATURES")
    for role, sig, signer in (("TICKET HOLDER", case["th_sig"], f"{th['first']} {th['last']}"),
                              ("EN REPRESENTATIVE", case["en_sig"], case["en_sig"]["name"])):
        signed = f"/s/ {signer}" if sig["signed"] else "_" * 28
        date = sig["date"].isoformat() if sig["signed"] and sig["date"] else "__________"
        out += ["", role, f"SIGNED: {signed}   DATE: {date}"]
    out += ["", eq, "*** END OF IWP PRINT ***".center(TYPE_WIDTH), eq]
    return out


def build_type_iwp(case: dict, path: Path) -> None:
    """Layout ``type``: every line drawn in Courier at a fixed pitch, like an IWP printed
    from an EN's case-management system; a print banner on every page."""
    letter, canvas = _reportlab()
    lines = type_iwp_lines(case)
    pages = [lines[i:i + TYPE_LINES_PER_PAGE]
             for i in range(0, len(lines), TYPE_LINES_PER_PAGE)]
    en, th = case["en"], case["th"]
    run_date = case["discussion"]["date"] or case["en_sig"]["date"] or dt.date(2026, 2, 9)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("IWP PRINT")
    c.setAuthor("STONEBRIDGE CMS")
    for number, page in enumerate(pages, 1):
        y = letter[1] - 40
        c.setFont("Courier", TYPE_FONT_SIZE)
        banner = (f"SWS-CMS R4.2  IWP0300  CASE {th['last'].upper()[:10]}/{case['index']:05d}"
                  f"  RUN {run_date.isoformat()}")
        c.drawString(54, y, banner + f"PAGE {number} OF {len(pages)}".rjust(TYPE_WIDTH
                                                                            - len(banner)))
        y -= 2 * TYPE_PITCH
        for text in page:
            c.drawString(54, y, text)
            y -= TYPE_PITCH
        c.showPage()
    c.save()


# ----- two more look-alikes that are not IWPs ------------------------------------------------
def build_review_checklist_html() -> str:
    """An EN supervisor's quality review of one IWP: every component named with a tick and a
    comment, the beneficiary named, a reviewer's signature (Chromium)."""
    rows = [
        ("EN information (name, PID, address, phone, representative)", "Complete."),
        ("Ticket Holder information (name, SSN, address, phone)", "Complete; SSN verified "
         "against the Ticket assignment."),
        ("Alternate contact", "Sister listed with phone and address."),
        ("Date and method of the IWP discussion", "02/09/2026, in person."),
        ("Summary of the IWP discussion", "Explains why the goals fit; could say more about "
         "transportation."),
        ("Work history, last 18 months", "One job listed with earnings."),
        ("Short-term employment goal (job, hours, wage, target date)", "Meets TWL."),
        ("Long-term employment goal", "Above SGA for the target year."),
        ("Services and supports, with who / how / how often", "Each provided service "
         "described."),
        ("Follow-up schedule (monthly while seeking work)", "Monthly, then quarterly."),
        ("Terms and Conditions (all 15)", "Present."),
        ("Statement of Understanding", "Present."),
        ("Ticket Holder signature and date", "Signed and dated."),
        ("EN representative signature and date", "Signed and dated the next day."),
        ("Accessible format offered; copy given to Ticket Holder", "Large print copy mailed."),
    ]
    body = "".join(f"<tr><td>{i}</td><td>{_h(label)}</td><td class='c'>&#10003;</td>"
                   f"<td class='c'></td><td>{_h(note)}</td></tr>"
                   for i, (label, note) in enumerate(rows, 1))
    css = """
@page { size: letter; margin: 0.6in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 2px; } .sub { color: #555; margin-bottom: 10px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
td, th { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #e6e6e6; } td.c { text-align: center; font-size: 11pt; }
.meta td { border: 0; padding: 2px 8px 2px 0; }
"""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP Quality "
            f"Review Checklist</title><style>{css}</style></head><body>"
            "<h1>IWP Quality Review Checklist</h1><div class='sub'>Juniper Hollow Employment "
            "Services (PID P0093958) &middot; internal quality assurance &middot; not part of "
            "the plan and not given to the Ticket Holder</div>"
            "<table class='meta'><tr><td><b>Beneficiary:</b> Gideon Kowalczyk</td><td><b>SSN "
            "(last 4):</b> 4418</td></tr><tr><td><b>IWP signed:</b> 02/09/2026 (Ticket "
            "Holder), 02/10/2026 (EN)</td><td><b>Plan author:</b> Cordelia M. Aranda-Fisk"
            "</td></tr><tr><td><b>Reviewer:</b> Marcus T. Quillfeather, Program Supervisor"
            "</td><td><b>Review date:</b> 02/12/2026</td></tr></table>"
            "<table><tr><th>#</th><th>IWP component reviewed</th><th>Meets</th><th>Needs "
            f"work</th><th>Reviewer comments</th></tr>{body}</table>"
            "<p><b>Result:</b> &#9673; Approved to submit with the Ticket assignment &nbsp; "
            "&#9675; Return to author for changes</p>"
            "<p><b>Coaching notes for the author:</b> Good plan. Next time add the bus route "
            "to the discussion summary and attach the WIPA referral confirmation.</p>"
            "<table class='meta'><tr><td><b>Reviewer signature:</b> /s/ Marcus T. "
            "Quillfeather</td><td><b>Date:</b> 02/12/2026</td></tr><tr><td><b>Author "
            "acknowledged:</b> /s/ Cordelia M. Aranda-Fisk</td><td><b>Date:</b> 02/13/2026"
            "</td></tr></table></body></html>")


def build_ticket_assignment_letter(path: Path) -> None:
    """The Ticket Program Manager's letter confirming a Ticket assignment (reportlab)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    letter, _ = _reportlab()
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=8)
    head = ParagraphStyle("h", parent=body, fontName="Times-Bold", fontSize=13, spaceAfter=2)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=11.5)
    facts = Table([["Ticket Holder", "Anneliese V. Brackenridge"],
                   ["Social Security number", "XXX-XX-6032"],
                   ["Assigned to", "Ashgrove Ability Network (EN, PID P0091847)"],
                   ["Assignment date", "February 18, 2026"],
                   ["Individual Work Plan received", "February 16, 2026"],
                   ["Payment system elected by the EN", "Outcome-Milestone"]],
                  colWidths=[190, 280])
    facts.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Times-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                               ("GRID", (0, 0), (-1, -1), 0.4, (0.55, 0.55, 0.55))]))
    story = [Paragraph("Ticket to Work Program", head),
             Paragraph("Ticket Program Manager &middot; P.O. Box 5550, Crestmoor, VA 22999 "
                       "&middot; (866) 555-0100", small),
             Spacer(1, 14),
             Paragraph("February 20, 2026", body),
             Paragraph("Anneliese V. Brackenridge<br/>77 Kettle Pond Road<br/>Hazelwick, OH "
                       "43999", body),
             Paragraph("<b>Re: Your Ticket has been assigned</b>", body),
             Paragraph("Dear Anneliese V. Brackenridge:", body),
             Paragraph("We are writing to tell you that your Ticket to Work has been assigned "
                       "to the Employment Network shown below. The Employment Network sent us "
                       "the Individual Work Plan that you and it signed, and we have accepted "
                       "the assignment.", body),
             facts, Spacer(1, 10),
             Paragraph("<b>What this means for you.</b> Your Employment Network will give you "
                       "the services written in your work plan. While your Ticket is assigned "
                       "and you are making timely progress toward your work goals, Social "
                       "Security will not start a medical continuing disability review. We "
                       "will review your progress every 12 months.", body),
             Paragraph("<b>If you want to change Employment Networks.</b> You may unassign your "
                       "Ticket at any time by writing to us or calling the number above. Keep "
                       "this letter with your copy of the work plan. This letter is not your "
                       "work plan; questions about your goals or services should go to your "
                       "Employment Network.", body),
             Paragraph("Sincerely,", body), Spacer(1, 6),
             Paragraph("Ticket Program Manager<br/>on behalf of the Social Security "
                       "Administration", body),
             Paragraph("cc: Ashgrove Ability Network", small)]
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=72, rightMargin=72,
                            topMargin=60, bottomMargin=60, title="Ticket assignment",
                            author="Ticket Program Manager", invariant=1)
    doc.build(story)


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_4 = {
    "qa": dict(producer="Chromium 156 (--print-to-pdf) from HTML; e-signature service "
                        "certificate", en="b4_juniper", kind="html", build=build_qa_iwp,
               description="Held out (fourth batch). The IWP as a planning QUESTIONNAIRE: "
                           "numbered bold questions ('12. What is the best phone number to "
                           "reach you?', 'What kind of work are you looking for in the next "
                           "year?') with the answers beneath in blue italics, choices as "
                           "radio marks (\u25c9 Yes \u25cb No), services as 'Will the EN help "
                           "with ...? \u25c9 Yes - how: ... Who: ... How often: ...', terms "
                           "under 'Have the terms ... been explained to you?', e-signatures: "
                           "the signer's name in a script font in each signature box with "
                           "'Date: 02/09/2026', then a 'Certificate of Completion' page "
                           "(Envelope ID, 'Signed by:', 'Signer role: Ticket Holder', 'Signed "
                           "on: 02/09/2026 10:42 AM EST'). Dates as 02/09/2026.",
               defects=["ticketholder_unsigned", "ticketholder_undated", "no_alternate_contact",
                        "service_without_description", "no_discussion_record"]),
    "platy": dict(producer="reportlab 5 (platypus: SimpleDocTemplate, Table, ListFlowable)",
                  en="b4_ashgrove", kind="direct",
                  build=lambda case: (lambda path: build_platy_iwp(case, path)),
                  description="Held out (fourth batch). A multi-page reportlab platypus "
                              "document: a running header on every page ('EN - Individual Work "
                              "Plan - Ticket Holder: Name - SSN XXX-XX-1234', the SSN masked; "
                              "the full SSN is in section 2) and 'Page x of y' footers; "
                              "label/value tables; goals as ONE table with a row per goal "
                              "(Goal type | Job | Hours | Wage | Monthly | Target); a services "
                              "table with long descriptions that SPLITS across a page break "
                              "with its header row repeated; terms as a numbered list; the "
                              "signatures alone on the last page as 'Signature of Ticket Holder "
                              "<typed name> Date <date>' on underlined blanks (no /s/). Dates "
                              "as 02/09/2026 and 'February 9, 2026'.",
                  defects=["long_term_below_sga", "follow_up_quarterly", "no_terms",
                           "en_undated", "no_short_term_goal"]),
    "type": dict(producer="reportlab 5 (canvas), every line in Courier at a fixed pitch",
                 en="b4_stonebridge", kind="direct",
                 build=lambda case: (lambda path: build_type_iwp(case, path)),
                 description="Held out (fourth batch). A typewriter-style printout from a "
                             "case-management system, Courier only, a print banner on every "
                             "page ('SWS-CMS R4.2 IWP0300 CASE ... RUN 2026-02-09 PAGE 1 OF "
                             "3'): 'LABEL ........: value' fields with upper-case labels, "
                             "'SECTION 01  EMPLOYMENT NETWORK' headings between '====' and "
                             "'----' lines, '[X]' / '[ ]' boxes, goals and work history as "
                             "ASCII tables drawn with '|', '-' and '+', money as 'USD "
                             "1,386.67', dates ISO, signatures as 'SIGNED: /s/ Name   DATE: "
                             "2026-02-09' under the role.",
                 defects=["no_statement", "no_work_history", "no_follow_up",
                          "ticketholder_unsigned"]),
}
LAYOUTS.update(HELDOUT_LAYOUTS_4)
# Which layouts also get a complete file whose work history is a no-work statement.
BATCH_4_NO_RECENT_WORK = ("qa", "platy", "type")


def add_batch_4(cat: Catalogue) -> None:
    """The fourth held-out batch: people numbered from BATCH_4_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_4.items():
        extra = ["complete_no_recent_work"] if layout in BATCH_4_NO_RECENT_WORK else []
        for defect in [None] + extra + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_4_PEOPLE_FROM)
            if defect is None:
                overrides, what = {}, "Complete."
            elif defect == "complete_no_recent_work":
                title, last = case["th"]["title"], case["th"]["last"]
                case["work"] = dict(jobs=[], no_work=f"{title} {last} has not worked for pay "
                                    "in the last 18 months; the last job, stocking shelves at "
                                    "a hardware store, ended in January 2024.")
                overrides = {}
                what = ("Complete; the work history says there was no paid work in the last "
                        "18 months.")
            else:
                overrides, what = IWP_DEFECTS[defect](case)
                if layout == "qa" and defect == "ticketholder_unsigned":
                    what += ("; the e-signature certificate says 'Status: Sent - awaiting "
                             "signature' for the Ticket Holder and the signature box is empty")
                if layout == "qa" and defect == "ticketholder_undated":
                    what += ("; the box's 'Date:' is empty and the certificate says 'Signed "
                             "on: - (no date recorded)'")
            name = f"{layout}_{defect or 'complete'}.pdf"
            cat.add(name, layout, spec["producer"], spec["kind"], spec["build"](case), "iwp",
                    _components("iwp", overrides),
                    f"{spec['description']} {what[0].upper() + what[1:]}".rstrip(".") + ".",
                    case_values(case))
    producer = HELDOUT_LAYOUTS_4["qa"]["producer"]
    for number, defect in enumerate([None, "ticketholder_unsigned", "no_reference"], 2):
        amend = make_amendment(cat.series_case("b4_juniper", BATCH_4_PEOPLE_FROM), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "ticketholder_unsigned":
            what = ("the Ticket Holder's signature box is empty and the e-signature "
                    "certificate says 'Status: Sent - awaiting signature' (the EN signed)")
        cat.add(f"amendqa_{defect or 'complete'}.pdf", "amendqa", producer, "html",
                build_qa_amendment(amend), "amendment", _components("amendment", overrides),
                "Held out (fourth batch). An IWP amendment in the questionnaire style: "
                "numbered bold questions with blue italic answers ('Which Individual Work Plan "
                "does this amendment change?', 'What is your updated goal for the next "
                "year?'), service changes as 'Will the EN add training? \u25c9 Yes - how: ...', "
                "script-font e-signatures and a Certificate of Completion page. "
                f"{what[0].upper() + what[1:]}".rstrip(".") + ".", amendment_values(amend))
    cat.add("notiwp_iwp_quality_review_checklist.pdf", "not_an_iwp",
            "Chromium 156 (--print-to-pdf) from HTML", "html", build_review_checklist_html(),
            "not_an_iwp", {},
            "An EN supervisor's IWP Quality Review Checklist for one beneficiary's plan: names "
            "the beneficiary, the EN and its PID, the plan's signing dates, then lists every "
            "IWP component (alternate contact, discussion, work history, goals, services, "
            "follow-up, terms, statement, both signatures) with a tick and a comment, and "
            "ends with reviewer and author /s/ signatures with dates. Internal quality "
            "review, not an IWP.", {})
    cat.add("notiwp_ticket_assignment_letter.pdf", "not_an_iwp", "reportlab 5 (platypus)",
            "direct", build_ticket_assignment_letter, "not_an_iwp", {},
            "A letter from the Ticket Program Manager to a beneficiary confirming that the "
            "Ticket was assigned to an EN (EN name and PID, assignment date, the date the "
            "Individual Work Plan was received, payment system), explaining timely progress "
            "and unassignment, signed 'Ticket Program Manager'. Not an IWP.", {})


# =============================================================================================
# Making the files
# =============================================================================================
def make_all(target: Path, prefixes: list[str], key_only: bool = False) -> dict:
    """Make the files whose names start with one of ``prefixes`` (all when none) and merge
    their entries into the key; ``key_only`` rewrites the key without making any file."""
    entries = [e for e in catalogue()
               if not prefixes or any(e["name"].startswith(p) for p in prefixes)]
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        entries_to_make = [] if key_only else entries
        tmp = Path(tmp_name)
        docx, scans = [], []
        for entry in entries_to_make:
            out = target / entry["name"]
            stem = Path(entry["name"]).stem
            if entry["kind"] == "direct":
                entry["payload"](out)
            elif entry["kind"] == "docx":
                source = tmp / f"{stem}.docx"
                entry["payload"].save(source)
                docx.append(source)
            elif entry["kind"] == "scan_docx":
                source = tmp / f"{stem}.docx"
                entry["payload"][0].save(source)
                docx.append(source)
                scans.append((tmp / f"{stem}.pdf", out, *entry["payload"][1:]))
            else:
                MAKERS[entry["kind"]](entry["payload"], out, tmp)
        if docx:
            soffice_convert(docx, tmp)
            for source_pdf, out, *how in scans:
                scan_pdf(source_pdf, out, *how)
                source_pdf.unlink()
            for source in docx:
                if (tmp / f"{source.stem}.pdf").exists():
                    shutil.move(tmp / f"{source.stem}.pdf", target / f"{source.stem}.pdf")
    key_path = target / "expected.json"
    expected = json.loads(key_path.read_text()) if prefixes and key_path.exists() else {}
    for entry in entries:
        expected[entry["name"]] = entry["key"]
    text = json.dumps(expected, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    tmp_key = key_path.with_suffix(".json.tmp")
    tmp_key.write_text(text, encoding="utf-8")
    os.replace(tmp_key, key_path)
    return expected


# =============================================================================================
# Batch 5 (held out): SCANS - the paper original of a new printed layout (and of a few older
# layouts) as an office scanner with OCR, a fax machine, a phone camera and a sideways feed
# would turn it into a PDF. People from series 500.
# =============================================================================================
HELDOUT_ENS_5 = {
    "cedarline": dict(name="Cedarline Employment Services", pid="P0091874",
                      model="traditional", street="415 Orchard Terrace, Suite 3",
                      city="Maple Glen", state="MN", zip="55999", phone="(612) 555-0148",
                      email="iwp@cedarline-es.example.org",
                      rep="Henrike A. Solberg", rep_title="Employment Specialist"),
    "bluefern": dict(name="Bluefern Pathways to Work", pid="P0097731", model="employer",
                     street="2600 Sawmill Creek Road", city="Hollis Ferry", state="VT",
                     zip="05999", phone="(802) 555-0127",
                     email="ticket@bluefern-ptw.example.com",
                     rep="Desmond L. Achebe-Ward", rep_title="Placement Coordinator"),
}
ENS.update(HELDOUT_ENS_5)
BATCH_5_PEOPLE_FROM = 500

PAPER_CSS = """
@page { size: letter; margin: 0.6in 0.7in 0.65in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; margin: 0;
       color: #000; }
.top { display: flex; justify-content: space-between; align-items: flex-end;
       border-bottom: 3px double #000; padding-bottom: 4px; }
.top .org { font-size: 12pt; font-weight: bold; }
.top .formno { font-size: 7.5pt; text-align: right; }
h1 { font-size: 14pt; text-align: center; margin: 8px 0 0; letter-spacing: 0.05em; }
.sub { text-align: center; font-size: 8.5pt; margin-bottom: 6px; }
h2 { font-size: 10pt; margin: 10px 0 3px; padding: 1px 0; border-bottom: 1px solid #000;
     text-transform: uppercase; break-after: avoid; }
table.kv { width: 100%; border-collapse: collapse; }
table.kv td { padding: 1.5px 3px; vertical-align: top; }
table.kv td.l { font-weight: bold; white-space: nowrap; width: 1.35in; }
table.kv td.v { width: 2.1in; border-bottom: 0.6px dotted #555; padding-right: 10px; }
.goal { border: 1px solid #000; margin: 4px 0 6px; padding: 4px 6px 5px; break-inside: avoid; }
.goal .gt { font-weight: bold; margin-bottom: 2px; }
table.svc { width: 100%; border-collapse: collapse; margin-top: 3px; }
table.svc th, table.svc td { border: 1px solid #000; padding: 3px 4px; vertical-align: top;
                              font-size: 9pt; }
table.svc th { text-align: left; background: #ddd; -webkit-print-color-adjust: exact;
               print-color-adjust: exact; }
table.svc td.yn { text-align: center; width: 0.75in; font-weight: bold; }
ol.terms { margin: 3px 0; padding-left: 20px; font-size: 8.6pt; }
ol.terms li { margin-bottom: 1.5px; }
p { margin: 3px 0; }
table.sig { width: 100%; border-collapse: collapse; margin-top: 14px; break-inside: avoid; }
table.sig td { padding: 0 6px 12px 0; vertical-align: bottom; }
table.sig .line { border-bottom: 1px solid #000; height: 20px; font-size: 11pt;
                  padding-left: 6px; }
table.sig .cap { font-size: 7.8pt; padding-top: 1px; }
"""


def build_paper_iwp(case: dict) -> str:
    """Layout ``paper``: a printed agency form (Chromium) made to be filled, signed and sent on
    paper. 'Label: value' pairs two to a row on dotted lines, goals as two stacked bordered
    blocks, a bordered 'Service | Provided (Y/N) | Provider | Details' table, follow-up as one
    sentence, numbered terms, the Ticketholder's statement, and signatures typed as '/s/ Name'
    ON a rule with the caption under it. Dates as 02/03/2026."""
    en, th, d = case["en"], case["th"], case["discussion"]
    name = f"{th['first']} {th['last']}"

    def rows(pairs):
        cells = []
        for i in range(0, len(pairs), 2):
            row = "".join(f"<td class='l'>{_h(label)}:</td><td class='v'>"
                          f"{_h(value) if value else ''}</td>" if label else "<td></td><td></td>"
                          for label, value in pairs[i:i + 2])
            cells.append(f"<tr>{row}</tr>")
        return "<table class='kv'>" + "".join(cells) + "</table>"

    us = lambda day: _date(day, "us")  # noqa: E731
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Individual Work "
           f"Plan - {_h(name)}</title><style>{PAPER_CSS}</style></head><body>",
           f"<div class='top'><div><div class='org'>{_h(en['name'])}</div>"
           f"<div>{_h(en['street'])}, {_h(en['city'])}, {_h(en['state'])} {_h(en['zip'])}"
           f"</div></div><div class='formno'>Form EN-IWP-2 (Rev. 01/2026)<br>Return the signed "
           "original to our office</div></div>",
           "<h1>INDIVIDUAL WORK PLAN</h1>",
           "<div class='sub'>Ticket to Work and Self-Sufficiency Program &middot; Employment "
           "Network</div>",
           "<h2>Part 1 &ndash; Employment Network</h2>",
           rows([("EN name", en["name"]), ("Provider ID (PID)", en["pid"]),
                 ("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"),
                 ("Type of EN", f"{en['model'].title()}"),
                 ("Telephone", en["phone"]), ("E-mail", en["email"]),
                 ("Representative", en["rep"]), ("Title", en["rep_title"])]),
           "<h2>Part 2 &ndash; Ticketholder</h2>",
           rows([("Name", f"{th['first']} {th['middle']} {th['last']}"),
                 ("Social Security No.", th["ssn"]),
                 ("Date of birth", us(th["dob"])),
                 ("Best way to reach", th["preferred"].title()),
                 ("Street address", th["street"]),
                 ("City, State, ZIP", f"{th['city']}, {th['state']} {th['zip']}"),
                 ("Home phone", th["phone"]), ("Cell phone", th["mobile"] or "None"),
                 ("E-mail", th["email"]), ("", "")])]
    if case["alt"]:
        alt = case["alt"]
        out += ["<h2>Part 3 &ndash; Alternate Contact</h2>",
                rows([("Name", alt["name"]), ("Relationship", alt["relationship"]),
                      ("Telephone", alt["phone"]), ("Address", alt["address"])])]
    out.append("<h2>Part 4 &ndash; IWP Discussion</h2>")
    if d["date"]:
        how = {"in_person": "In person at the EN office", "telephone": "By telephone",
               "video": "By video call"}[d["modality"][0]]
        out.append(rows([("Date of meeting", us(d["date"])), ("Meeting held", how)]))
    if d["summary"]:
        out.append(f"<p><b>Summary of our discussion:</b> {_h(d['summary'])}</p>")
    if case["work"] is not None:
        out.append("<h2>Part 5 &ndash; Employment in the Past 18 Months</h2>")
        for job in case["work"]["jobs"]:
            out.append(rows([("Employer", job["employer"]), ("Position", job["title"]),
                             ("From", us(job["start"])), ("To", us(job["end"])),
                             ("Hours per week", str(job["hours"])),
                             ("Gross monthly pay", _money(job["monthly"]))]))
        if case["work"]["no_work"]:
            out.append(f"<p>{_h(case['work']['no_work'])}</p>")
    out.append("<h2>Part 6 &ndash; Employment Goals</h2>")
    for label, goal in (("Short-Term Goal (within 12 months)", case["st"]),
                        ("Long-Term Goal (three to five years)", case["lt"])):
        if goal is None:
            continue
        training = (f"{goal['training'][0]}, {goal['training'][1]}" if goal["training"]
                    else "None needed")
        out.append(f"<div class='goal'><div class='gt'>{label}</div>" + rows(
            [("Job title", goal["title"]), ("Target date", us(goal["target"])),
             ("Hours per week", str(goal["hours"])), ("Hourly wage", _money(goal["wage"])),
             ("Monthly earnings", _money(goal["monthly"])), ("Training", training)])
            + "</div>")
    out.append("<h2>Part 7 &ndash; Services and Supports</h2><table class='svc'><tr>"
               "<th style='width:1.5in'>Service</th><th>Provided (Y/N)</th>"
               "<th style='width:1.35in'>Provider</th><th>Details</th></tr>")
    for s in case["services"]:
        details = s["description"]
        if details and s["frequency"]:
            details += f" ({s['frequency']})"
        out.append(f"<tr><td>{_h(s['label'])}</td><td class='yn'>"
                   f"{'Y' if s['provided'] else 'N'}</td><td>{_h(s['provider'])}</td>"
                   f"<td>{_h(details)}</td></tr>")
    out.append("</table>")
    if case["follow_up"]:
        fu = case["follow_up"]
        methods = ", ".join(fu["methods"][:-1]) + " or " + fu["methods"][-1] \
            if len(fu["methods"]) > 1 else fu["methods"][0]
        if fu["initial"] == "monthly":
            text = (f"{en['rep']} will contact {th['first']} at least once a month by "
                    f"{methods} while {th['first']} is looking for work, and at least once "
                    "every three months after employment starts.")
        else:
            text = (f"{en['rep']} will contact {th['first']} once every three months by "
                    f"{methods}, before and after employment starts.")
        out.append(f"<h2>Part 8 &ndash; Follow-Up</h2><p>{_h(text)}</p>")
    if case["terms"]:
        out.append("<h2>Part 9 &ndash; Terms and Conditions</h2><ol class='terms'>")
        out += [f"<li>{_h(t)}</li>" for t in case["terms"]]
        out.append("</ol>")
    if case["statement"]:
        out.append("<h2>Part 10 &ndash; Ticketholder's Statement</h2>"
                   f"<p>{_h(case['statement'])}</p>")
    out.append("<h2>Part 11 &ndash; Signatures</h2><table class='sig'>")
    ths, ens = case["th_sig"], case["en_sig"]
    for caption, sig, who, printed in (
            ("Ticketholder signature", ths, name, name),
            ("EN representative signature", ens, ens["name"],
             f"{ens['name']}, {ens['title']}")):
        typed = f"/s/ {who}" if sig["signed"] else ""
        date = us(sig["date"]) if sig["signed"] and sig["date"] else ""
        out.append(f"<tr><td style='width:62%'><div class='line'>{_h(typed)}</div>"
                   f"<div class='cap'>{caption} &nbsp;&middot;&nbsp; Printed name: "
                   f"{_h(printed)}</div></td><td><div class='line'>{_h(date)}</div>"
                   "<div class='cap'>Date</div></td></tr>")
    out.append("</table></body></html>")
    return "".join(out)


# ----- turning a printed original into a scan, a fax, a photo ----------------------------------
def _print_original(source: tuple, tmp: Path, stem: str) -> Path:
    """The paper original as a PDF: ``source`` is ("html", text) or ("docx", Docx)."""
    kind, payload = source
    out = tmp / f"{stem}-original.pdf"
    if kind == "html":
        chromium_print(payload, out, tmp)
    else:
        docx = tmp / f"{stem}-original.docx"
        payload.save(docx)
        soffice_convert([docx], tmp)
    return out


def _paper_pages(original: Path, tmp: Path, rx: int, ry: int, by_hand: bool,
                 rng: random.Random, colour: bool = False) -> list:
    """The pages of ``original`` rendered at ``rx`` x ``ry`` dpi. ``by_hand``: each typed
    '/s/ Name' is wiped and a pen scribble drawn in its place (signed on paper)."""
    from PIL import Image, ImageDraw

    prefix = tmp / f"{original.stem}-page"
    subprocess.run(["pdftoppm", "-rx", str(rx), "-ry", str(ry),
                    *([] if colour else ["-gray"]), "-png", str(original), str(prefix)],
                   check=True, timeout=300)
    signatures = typed_signature_boxes(original) if by_hand else {}
    pages = []
    for number, png in enumerate(sorted(tmp.glob(f"{prefix.name}-*.png")), 1):
        page = Image.open(png).convert("RGB" if colour else "L")
        png.unlink()
        sx, sy = rx / 72.0, ry / 72.0
        for x0, top, x1, bottom in signatures.get(number, []):
            box = (x0 * sx, top * sy, x1 * sx, bottom * sy)
            ImageDraw.Draw(page).rectangle(box, fill="white" if colour else 255)
            ink = page if not colour else Image.new("L", page.size, 255)
            for offset in (0, 1):  # a pen line a little wider than 2 px at scanner dpi
                draw_scribble(ink, (box[0], box[1] - 5 * sy + offset, box[2],
                                    box[3] + 2 * sy + offset), random.Random(rng.random()))
            if colour:  # blue ballpoint ink
                page.paste((30, 45, 140), mask=ink.point(lambda v: 255 if v < 128 else 0))
        pages.append(page)
    return pages


def _scanner_look(page, rng: random.Random, angle: float, dpi: int):
    """Grey paper, toner not quite black, a small skew, dust specks and a slight blur."""
    from PIL import Image, ImageDraw, ImageFilter

    page = page.point(lambda v: int(22 + v * 0.87))
    page = page.rotate(angle + rng.uniform(-0.15, 0.15), resample=Image.BICUBIC,
                       fillcolor=226)
    draw = ImageDraw.Draw(page)
    for _ in range(int(1500 * (dpi / 150) ** 2)):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        r = rng.choice((0, 0, 0, 1))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(70, 180))
    return page.filter(ImageFilter.GaussianBlur(0.55))


OCRSCAN_DPI = 240


def make_ocrscan(payload: tuple, out: Path, tmp: Path) -> None:
    """A scanner with OCR: greyscale JPEG page images, each given an invisible text layer by
    ``tesseract ... pdf`` (text render mode 3), the pages joined with qpdf."""
    source, angle, seed, by_hand = payload
    rng = random.Random(seed)
    original = _print_original(source, tmp, out.stem)
    parts = []
    for number, page in enumerate(_paper_pages(original, tmp, OCRSCAN_DPI, OCRSCAN_DPI,
                                               by_hand, rng), 1):
        page = _scanner_look(page, rng, angle, OCRSCAN_DPI)
        jpeg = tmp / f"{out.stem}-{number}.jpg"
        page.save(jpeg, "JPEG", quality=62, dpi=(OCRSCAN_DPI, OCRSCAN_DPI))
        base = tmp / f"{out.stem}-{number}"
        subprocess.run(["tesseract", str(jpeg), str(base), "--dpi", str(OCRSCAN_DPI), "-l",
                        "eng", "pdf"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
        parts.append(str(base) + ".pdf")
    subprocess.run(["qpdf", "--empty", "--pages", *parts, "--", str(out)], check=True,
                   timeout=120)


FAX_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def make_fax(payload: tuple, out: Path, tmp: Path) -> None:
    """A fax as received: 204 dpi across and 196 ('fine') or 98 ('standard') lines per inch,
    1-bit, the sending machine's header line on top of every page, the page content a little
    skewed by the feeder, a few lost scan lines and a streak; CCITT G4 images in a PDF."""
    from PIL import Image, ImageDraw, ImageFont

    source, angle, seed, lines, stamp, sender, by_hand = payload
    rng = random.Random(seed)
    original = _print_original(source, tmp, out.stem)
    square = _paper_pages(original, tmp, 204, 204, by_hand, rng)
    font = ImageFont.truetype(FAX_FONT, 25)
    pages = []
    streak = rng.randrange(300, 1400)
    for number, page in enumerate(square, 1):
        page = page.rotate(angle + rng.uniform(-0.2, 0.2), resample=Image.BICUBIC,
                           fillcolor=255)
        draw = ImageDraw.Draw(page)
        draw.rectangle((0, 0, page.width, 60), fill=255)
        draw.text((40, 22), f"{stamp}   FROM: {sender}   TO: TPM OPERATIONS   "
                            f"P. {number}/{len(square)}", font=font, fill=0)
        page = page.resize((page.width, round(page.height * lines / 204)), Image.LANCZOS)
        page = page.point(lambda v: 0 if v < 150 else 255).convert("1", dither=Image.NONE)
        draw = ImageDraw.Draw(page)
        for _ in range(rng.randint(2, 5)):  # lost lines: a row came through white
            y = rng.randrange(80, page.height - 10)
            draw.line((0, y, page.width, y), fill=1)
        draw.line((streak, 0, streak, page.height), fill=0, width=1)  # dirty scanner glass
        for _ in range(400):
            draw.point((rng.randrange(page.width), rng.randrange(page.height)), fill=0)
        pages.append(page)
    # Pillow writes mode "1" images as CCITT G4 (/CCITTFaxDecode, K -1), page size from dpi
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], dpi=(204, lines))


def _perspective_coefficients(quad, size):
    """Coefficients for Image.transform(PERSPECTIVE) that map the output quad ``quad`` (four
    corners: top-left, top-right, bottom-right, bottom-left) to the input rectangle."""
    w, h = size
    source = [(0, 0), (w, 0), (w, h), (0, h)]
    matrix, rhs = [], []
    for (x, y), (u, v) in zip(quad, source):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8  # Gaussian elimination with partial pivoting
    a = [row[:] + [r] for row, r in zip(matrix, rhs)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]


PHOTO_DPI = 150


def make_photo(payload: tuple, out: Path, tmp: Path) -> None:
    """Phone photos of the printed pages, one per page: the sheet on a dark desk, seen at an
    angle (perspective), turned a few degrees, lit unevenly, saved as colour JPEGs."""
    import math

    from PIL import Image, ImageChops, ImageFilter

    source, angle, seed, by_hand = payload
    rng = random.Random(seed)
    original = _print_original(source, tmp, out.stem)
    images = []
    for number, page in enumerate(_paper_pages(original, tmp, PHOTO_DPI, PHOTO_DPI, by_hand,
                                               rng, colour=True), 1):
        page = ImageChops.multiply(page, Image.new("RGB", page.size, (247, 243, 234)))
        w, h = page.size
        cw, ch = int(w * 1.22), int(h * 1.16)
        desk = Image.new("RGB", (cw, ch), (74, 58, 44))
        grain = Image.effect_noise((cw, ch), 18).convert("RGB")
        desk = ImageChops.multiply(desk, ImageChops.invert(grain).point(
            lambda v: 200 + v // 5))
        # the sheet's corners: nearer edge (bottom) wider than the far edge (top), turned
        turn = math.radians(angle + rng.uniform(-0.4, 0.4))
        inset = w * rng.uniform(0.035, 0.055)
        corners = [(-w / 2 + inset, -h / 2), (w / 2 - inset * 0.8, -h / 2),
                   (w / 2 + inset * 0.3, h / 2), (-w / 2 - inset * 0.2, h / 2)]
        cx, cy = cw / 2 + rng.uniform(-15, 15), ch / 2 + rng.uniform(-10, 10)
        quad = [(cx + x * math.cos(turn) - y * math.sin(turn) * 0.96,
                 cy + x * math.sin(turn) + y * math.cos(turn) * 0.96) for x, y in corners]
        coeffs = _perspective_coefficients(quad, (w, h))
        sheet = page.transform((cw, ch), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        mask = Image.new("L", (w, h), 255).transform((cw, ch), Image.PERSPECTIVE, coeffs,
                                                      Image.BILINEAR)
        shadow = mask.filter(ImageFilter.GaussianBlur(14))
        desk = Image.composite(Image.new("RGB", (cw, ch), (30, 24, 20)), desk,
                               ImageChops.offset(shadow, 10, 14).point(lambda v: v * 2 // 3))
        photo = Image.composite(sheet, desk, mask)
        # light from the upper left, falling off toward the lower right, and a phone shadow
        down = Image.linear_gradient("L").resize((cw, ch))
        across = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90) \
            .transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize((cw, ch))
        light = ImageChops.add(down, across, scale=2).point(lambda v: 255 - int(v * 0.36))
        lit = ImageChops.multiply(photo, Image.merge("RGB", (light, light, light)))
        lit = lit.filter(ImageFilter.GaussianBlur(0.7))
        jpeg = tmp / f"{out.stem}-{number}.jpg"
        lit.save(jpeg, "JPEG", quality=78)
        images.append(Image.open(jpeg))
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=PHOTO_DPI)


SIDEWAYS_DPI = 200


def make_sideways(payload: tuple, out: Path, tmp: Path) -> None:
    """Pages fed into the scanner sideways: each page image turned 90 degrees (text running
    bottom to top). ``upright``: the PDF pages get /Rotate 90 so a viewer shows them upright."""
    from pypdf import PdfReader, PdfWriter

    source, angle, seed, upright = payload
    rng = random.Random(seed)
    original = _print_original(source, tmp, out.stem)
    pages = [_scanner_look(page, rng, angle, SIDEWAYS_DPI).rotate(90, expand=True)
             for page in _paper_pages(original, tmp, SIDEWAYS_DPI, SIDEWAYS_DPI, False, rng)]
    raw = tmp / f"{out.stem}-raw.pdf"
    pages[0].save(raw, "PDF", save_all=True, append_images=pages[1:],
                  resolution=SIDEWAYS_DPI, quality=60)
    writer = PdfWriter(clone_from=PdfReader(raw))
    if upright:
        for page in writer.pages:
            page.rotate(90)
    with open(out, "wb") as handle:
        writer.write(handle)


PAPER_DESCRIPTION = (
    "The paper original is a printed agency form (Chromium, layout 'paper'): 'Label: value' "
    "pairs two to a row on dotted lines in 'Part 1 - Employment Network' ... 'Part 11 - "
    "Signatures', goals as two stacked bordered blocks, a bordered 'Service | Provided (Y/N) | "
    "Provider | Details' table, follow-up as one sentence, numbered terms, 'Ticketholder's "
    "Statement', signatures typed as '/s/ Name' on a rule with the caption under it, dates "
    "as 02/03/2026.")
BATCH_5_ORIGINALS = {
    "paper": ("html", build_paper_iwp, PAPER_DESCRIPTION),
    "boxes": ("html", build_boxes_iwp,
              "The paper original is the 'boxes' layout (Chromium agency form in 'SECTION n' "
              "parts, '[X]' boxes, '/s/' signatures in cells)."),
    "memo": ("docx", build_memo_iwp,
             "The paper original is the 'memo' layout (LibreOffice from a Word memo, no "
             "tables, '/s/' signatures on underlined lines)."),
    "letter": ("html", build_letter_iwp,
               "The paper original is the 'letter' layout (Chromium narrative plan, "
               "'Electronically signed by ...' boxes)."),
}
# name, kind, original layout, EN, defect, by hand, and how the copy is made
BATCH_5_FILES = [
    ("ocrscan_complete_signed_by_hand", "ocrscan", "paper", "cedarline", None, True, 0.8),
    ("ocrscan_ticketholder_unsigned", "ocrscan", "paper", "cedarline",
     "ticketholder_unsigned", True, -1.2),
    ("ocrscan_long_term_below_sga", "ocrscan", "boxes", "bluefern", "long_term_below_sga",
     False, 1.0),
    ("ocrscan_follow_up_quarterly", "ocrscan", "memo", "bluefern", "follow_up_quarterly",
     False, -0.6),
    ("fax_complete_signed_by_hand", "fax", "paper", "cedarline", None, True, 0.7),
    ("fax_en_undated", "fax", "paper", "cedarline", "en_undated", False, -0.9),
    ("fax_no_discussion_summary", "fax", "letter", "bluefern", "no_discussion_summary", False,
     0.5),
    ("photo_complete_signed_by_hand", "photo", "paper", "cedarline", None, True, 3.6),
    ("photo_service_without_description", "photo", "paper", "cedarline",
     "service_without_description", False, -4.3),
    ("sideways_complete", "sideways", "paper", "cedarline", None, False, 0.6),
    ("sideways_no_alternate_contact", "sideways", "boxes", "bluefern", "no_alternate_contact",
     False, -0.8),
]
BATCH_5_PRODUCERS = {
    "ocrscan": f"Chromium or LibreOffice original; pdftoppm {OCRSCAN_DPI} dpi grey + Pillow "
               "(skewed, speckled, JPEG); tesseract 5 'pdf' output (invisible OCR text layer, "
               "render mode 3) per page, joined with qpdf",
    "fax": "Chromium original; pdftoppm 204 dpi + Pillow (fax header line, skew, 1-bit, "
           "squashed to fax line resolution, lost lines, streak); CCITT G4 images in a PDF "
           "(Pillow)",
    "photo": f"Chromium original; pdftoppm {PHOTO_DPI} dpi colour + Pillow (perspective, "
             "rotation, dark desk, uneven light, colour JPEG), one image per page",
    "sideways": f"Chromium original; pdftoppm {SIDEWAYS_DPI} dpi grey + Pillow (scanned "
                "sideways: page image turned 90 degrees, JPEG); image only",
}


def _batch_5_how(kind: str, name: str, angle: float, upright: bool, lines: int) -> str:
    if kind == "ocrscan":
        return (f"Scanned at {OCRSCAN_DPI} dpi in grey, skewed about {abs(angle)} degrees, "
                "speckled, saved as JPEG, and given an INVISIBLE OCR text layer by tesseract "
                "(as a scanner's or Adobe Scan's OCR does): the text layer is OCR output, "
                "with whatever errors OCR makes.")
    if kind == "fax":
        mode = "fine (204 x 196 dpi)" if lines == 196 else "standard (204 x 98 dpi)"
        return (f"Received FAX, {mode}, 1-bit CCITT G4 images, no text layer: a fax header "
                "line ('date time FROM: phone TO: TPM OPERATIONS P. n/N') on every page, the "
                f"page content skewed about {abs(angle)} degrees, a few lost scan lines and a "
                "vertical streak.")
    if kind == "photo":
        return (f"Phone PHOTOS, one colour JPEG per page: the sheet on a dark desk, seen in "
                f"perspective, turned about {abs(angle)} degrees, lit unevenly; no text layer.")
    rotate = ("the PDF pages carry /Rotate 90, so a viewer shows them upright" if upright
              else "no /Rotate: the text runs bottom to top, a reader turns the page")
    return (f"Scanned SIDEWAYS at {SIDEWAYS_DPI} dpi in grey: each page image is turned 90 "
            f"degrees; {rotate}. No text layer.")


def add_batch_5(cat) -> None:
    """The fifth held-out batch: scans, faxes, photos and sideways scans of paper IWPs."""
    for index, (name, kind, layout, en_key, defect, by_hand, angle) in \
            enumerate(BATCH_5_FILES):
        case = cat.series_case(en_key, BATCH_5_PEOPLE_FROM)
        overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
        source_kind, build, described = BATCH_5_ORIGINALS[layout]
        source = (source_kind, build(case))
        seed = 5000 + case["index"]
        lines = 98 if name == "fax_no_discussion_summary" else 196
        upright = name == "sideways_complete"
        if kind == "ocrscan":
            payload = (source, angle, seed, by_hand)
        elif kind == "fax":
            sent = (case["en_sig"]["date"] or case["th_sig"]["date"] or
                    case["discussion"]["date"]) + dt.timedelta(days=2)
            stamp = f"{_date(sent, 'us')} {9 + index % 6:02d}:{(17 * index) % 60:02d}"
            payload = (source, angle, seed, lines, stamp, case["en"]["phone"], by_hand)
        elif kind == "photo":
            payload = (source, angle, seed, by_hand)
        else:
            payload = (source, angle, seed, upright)
        hand = (" Signed on paper: each typed '/s/' signature was wiped and a pen scribble "
                "drawn on its line before the page was copied; dates are typed."
                if by_hand else "")
        cat.add(f"{name}.pdf", kind, BATCH_5_PRODUCERS[kind], kind, payload, "iwp",
                _components("iwp", overrides),
                f"Held out (fifth batch, scans). {_batch_5_how(kind, name, angle, upright, lines)}"
                f" {described}{hand} {what[0].upper() + what[1:]}".rstrip(".") + ".",
                case_values(case))


MAKERS: dict = {"html": chromium_print}
MAKERS.update(ocrscan=make_ocrscan, fax=make_fax, photo=make_photo, sideways=make_sideways)


# =============================================================================================
# Held-out batch 9 (esign_, gdoc_, amendesign_ and two not-IWPs): an IWP sent through an
# e-signature platform (envelope ID stamped on every page, bracketed "Signed by:" stamps, a
# Certificate of Completion with the audit trail), and an IWP typed in Google Docs and
# downloaded as PDF. Written from what ENs send, blind to the reader. People from series 900.
# =============================================================================================
BATCH_9_ENS = {
    "b9_larkspur": dict(name="Larkspur Valley Employment Alliance", pid="P0092381",
                        model="traditional", street="930 Saddlebrook Parkway, Suite 210",
                        city="Wren Hollow", state="OR", zip="97999", phone="(503) 555-0174",
                        email="signing@larkspurvalley.example.org",
                        rep="Rosamund T. Okafor-Lindgren", rep_title="Employment Consultant"),
    "b9_quill": dict(name="Quillfeather Career Services", pid="P0096158", model="traditional",
                     street="61 Inkwell Court", city="Copper Basin", state="NM", zip="87999",
                     phone="(505) 555-0139", email="iwp@quillfeather.example.org",
                     rep="Lysander P. Achterberg", rep_title="Ticket Program Coordinator"),
}
ENS.update(BATCH_9_ENS)
BATCH_9_PEOPLE_FROM = 900
B9_PLATFORM = "InkFlow"
B9_MODALITY = {"in_person": "In person (EN office)", "telephone": "Telephone",
               "video": "Video meeting"}


def _b9_clock(moment: dt.datetime, seconds: bool = False) -> str:
    """'09:58 AM' (or '09:58:12 AM'), the way the platform prints a time."""
    hour = moment.hour % 12 or 12
    text = f"{hour:02d}:{moment.minute:02d}"
    if seconds:
        text += f":{moment.second:02d}"
    return f"{text} {'AM' if moment.hour < 12 else 'PM'}"


def _b9_cert_time(moment: dt.datetime) -> str:
    """The certificate's stamp: '2/9/2026 | 09:58 AM'."""
    return f"{moment.month}/{moment.day}/{moment.year} | {_b9_clock(moment)}"


def _b9_tab_date(moment: dt.datetime, style: str) -> str:
    """The 'Date Signed' tab on the page: '2/09/2026 | 10:14 AM EST' or 'Feb 9, 2026'."""
    if style == "abbr":
        return _date(moment.date(), "abbr")
    return f"{moment.month}/{moment.day:02d}/{moment.year} | {_b9_clock(moment)} EST"


def _b9_hash(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(15)) + "..."


def _b9_signing(day: dt.date, seed: int) -> dict:
    """When a signer was sent, viewed and signed the envelope on ``day``."""
    rng = random.Random(seed)
    sent = dt.datetime.combine(day, dt.time(8 + rng.randint(0, 6), rng.randint(0, 59),
                                            rng.randint(0, 59)))
    viewed = sent + dt.timedelta(minutes=rng.randint(2, 50), seconds=rng.randint(0, 59))
    signed = viewed + dt.timedelta(minutes=rng.randint(3, 25), seconds=rng.randint(0, 59))
    consent = viewed + dt.timedelta(seconds=rng.randint(20, 90))
    return dict(sent=sent, viewed=viewed, signed=signed, consent=consent)


def _b9_name_png(name: str, seed: int) -> str:
    """The signer's adopted signature as the platform stores it: the name drawn in a slanted
    italic 'style' as a PNG image (no text), returned as a data URI."""
    import base64
    import io

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 54)
    probe = ImageDraw.Draw(Image.new("L", (10, 10)))
    left, top, right, bottom = probe.textbbox((0, 0), name, font=font)
    width, height = right - left + 60, bottom - top + 40
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.text((30 - left, 16 - top), name, font=font, fill=(22, 38, 110, 255))
    rng = random.Random(seed)
    y = height - 12
    draw.line([(24, y), (width * 0.45, y - 4 - rng.random() * 3), (width - 30, y - 1)],
              fill=(22, 38, 110, 255), width=3, joint="curve")
    shear = 0.28
    img = img.transform((width + int(shear * height), height), Image.AFFINE,
                        (1, shear, -shear * height, 0, 1, 0), resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _b9_scribble_uri(seed: int) -> str:
    """A hand-drawn signature (Pillow scribble, transparent PNG) as a data URI."""
    import base64

    with tempfile.TemporaryDirectory() as tmp_name:
        path = Path(tmp_name) / "sig.png"
        _scribble_png(path, seed)
        return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


# ----- esign_: Chromium print of an HTML plan, sent and signed through an e-signature platform --
ESIGN_CSS = """
@page { size: letter; margin: 0.85in 0.7in 0.7in 0.7in;
        @top-left { content: "%(platform)s Envelope ID: %(envelope)s";
                    font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt;
                    color: #000; vertical-align: middle; }
        @bottom-left { content: "%(footer)s"; font-family: 'Liberation Sans', Arial, sans-serif;
                       font-size: 7.5pt; color: #555; }
        @bottom-right { content: "Page " counter(page) " of %(pages)s";
                        font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt;
                        color: #555; } }
@page cert { margin: 0.55in 0.6in 0.6in 0.6in;
             @top-left { content: none; } @bottom-left { content: none; }
             @bottom-right { content: "%(platform)s Certificate of Completion";
                             font-family: 'Liberation Sans', Arial, sans-serif;
                             font-size: 7pt; color: #777; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #111;
       margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.lh { display: flex; justify-content: space-between; align-items: flex-end;
      border-bottom: 2px solid #3b6e5a; padding-bottom: 5px; }
.lh .org { font-size: 14pt; font-weight: bold; color: #3b6e5a; }
.lh .addr { font-size: 7.8pt; color: #444; text-align: right; line-height: 1.35; }
h1 { font-size: 13pt; text-align: center; margin: 10px 0 0; letter-spacing: .06em; }
.subt { text-align: center; font-size: 8.6pt; color: #444; margin-bottom: 6px; }
h2 { font-size: 10pt; margin: 12px 0 4px; padding: 3px 6px; background: #e3ece7;
     border-left: 4px solid #3b6e5a; break-after: avoid; }
table.lv { width: 100%%; border-collapse: collapse; table-layout: fixed; }
table.lv td { border: 1px solid #9aa6a0; padding: 3px 5px; vertical-align: top;
               overflow-wrap: anywhere; }
table.lv td.l { background: #f3f5f4; font-weight: bold; font-size: 8.4pt; width: 1.45in; }
table.grid { width: 100%%; border-collapse: collapse; }
table.grid th { background: #3b6e5a; color: #fff; font-size: 8.2pt; text-align: left;
                padding: 3px 5px; border: 1px solid #3b6e5a; }
table.grid td { border: 1px solid #9aa6a0; padding: 3px 5px; vertical-align: top;
                font-size: 8.8pt; }
table.grid tr { break-inside: avoid; }
td.yn { text-align: center; font-weight: bold; width: 0.55in; }
.goals { display: flex; gap: 10px; }
.goals > table { flex: 1; }
.goals td.cap { background: #3b6e5a; color: #fff; font-weight: bold; }
ol.terms { margin: 2px 0 0; padding-left: 20px; font-size: 8.6pt; }
ol.terms li { margin-bottom: 2px; }
.stmt { border: 1px solid #9aa6a0; padding: 6px 8px; font-size: 9pt; }
.sigs { break-inside: avoid; }
table.sig { width: 100%%; border-collapse: collapse; margin-top: 8px; break-inside: avoid; }
table.sig td { padding: 2px 6px; vertical-align: bottom; }
table.sig td.role { font-weight: bold; font-size: 9.2pt; padding-top: 6px; }
table.sig td.line { border-bottom: 1px solid #222; height: 62px; }
table.sig td.cap { font-size: 7.6pt; color: #444; vertical-align: top; }
table.sig td.date { width: 2.3in; font-size: 9.6pt; color: #16266e; }
.stamp { position: relative; display: inline-block; padding: 0 8px 0 12px; }
.stamp::before { content: ""; position: absolute; left: 0; top: 5px; bottom: 6px; width: 9px;
                 border: 1.7px solid #2c5aa6; border-right: 0; border-radius: 5px 0 0 5px; }
.stamp .cap { font-size: 6.8pt; color: #2c5aa6; line-height: 1; }
.stamp .script { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 17pt;
                 color: #16266e; display: inline-block; transform: skewX(-12deg);
                 margin: 1px 0 0 4px; white-space: nowrap; }
.stamp img { height: 30px; display: block; margin: 1px 0 0 2px; }
.stamp .hash { font-size: 6.4pt; color: #2c5aa6; line-height: 1; letter-spacing: .02em; }
.typed { font-family: 'Liberation Serif', serif; font-size: 11pt; }
.tab { display: inline-block; background: #ffd84d; border: 1px solid #c9a300;
       border-radius: 2px; font-size: 8pt; font-weight: bold; padding: 5px 10px 5px 8px;
       color: #3a2f00; }
.tab .arr { font-size: 7pt; margin-left: 4px; }
.tabdate { display: inline-block; background: #fff4c2; border: 1px dashed #c9a300;
           width: 1.7in; height: 15px; }
.cert { page: cert; break-before: page; font-size: 8.2pt; }
.cert .ch { display: flex; justify-content: space-between; border-bottom: 2px solid #222;
            padding-bottom: 3px; margin-bottom: 6px; }
.cert .ch .t { font-size: 14pt; font-weight: bold; }
.cert .ch .brand { font-size: 10pt; font-weight: bold; color: #2c5aa6; }
.cert table { width: 100%%; border-collapse: collapse; margin-bottom: 8px; }
.cert th { text-align: left; border-bottom: 1px solid #444; font-size: 8.6pt;
           padding: 3px 4px; background: #eceff3; }
.cert td { vertical-align: top; padding: 3px 4px; border-bottom: 1px solid #d5d9de; }
.cert .stamp .script { font-size: 13pt; }
.cert .stamp img { height: 22px; }
.cert .muted { color: #555; }
.cert .pending { color: #9a5b00; font-weight: bold; }
.cert .fine { font-size: 7pt; color: #555; margin-top: 6px; }
"""


def _b9_stamp(name: str, seed: int, image: bool, caption: str = "Signed by:") -> str:
    mark = (f"<img src='{_b9_name_png(name, seed)}' alt=''>" if image
            else f"<span class='script'>{_h(name)}</span>")
    return (f"<div class='stamp'><div class='cap'>{caption}</div>{mark}"
            f"<div class='hash'>{_b9_hash(seed)}</div></div>")


def _b9_lv(rows: list[tuple]) -> str:
    """A label/value table, two pairs to a row when a row has four cells."""
    out = ["<table class='lv'>"]
    for row in rows:
        cells = []
        for i in range(0, len(row), 2):
            label, value = row[i], row[i + 1]
            span = " colspan='3'" if len(row) == 2 else ""
            cells.append(f"<td class='l'>{_h(label)}</td><td{span}>{value}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _b9_signers(case: dict, style: str) -> list[dict]:
    """Each signature of the page with its platform events; ``presigned`` marks an EN
    signature typed into the document before it was sent (no platform event)."""
    th, en = case["th"], case["en"]
    seed = case["index"]
    ths, ens = case["th_sig"], case["en_sig"]
    sent_day = ths["date"] or ens["date"] or case["discussion"]["date"] or dt.date(2026, 2, 9)
    base = _b9_signing(sent_day, 9000 + seed * 7)
    out = []
    for role, name, email, sig, n, image in (
            ("Ticket Holder", f"{th['first']} {th['middle']} {th['last']}", th["email"], ths,
             0, False),
            ("Employment Network Representative", ens["name"], en["email"], ens, 1, True)):
        day = sig["date"] or sent_day
        events = _b9_signing(day, 9001 + seed * 7 + n)
        if day == sent_day:  # the same day as the envelope was sent: times after sending
            shift = base["sent"] - events["sent"]
            events = {k: v + shift for k, v in events.items()}
        events["sent"] = base["sent"]
        presigned = role != "Ticket Holder" and sig["signed"] and not sig["date"]
        out.append(dict(role=role, name=name, email=email, sig=sig, events=events,
                        image=image, presigned=presigned, seed=9100 + seed * 7 + n,
                        ip=(f"203.0.113.{40 + (seed * 3) % 180}" if n == 0 else
                            f"198.51.100.{20 + (seed * 5) % 200}"),
                        tab=_b9_tab_date(events["signed"], style)))
    return out


def _b9_signature_blocks(signers: list[dict], title_of: dict) -> str:
    out = ["<div class='sigs'>"]
    for s in signers:
        sig = s["sig"]
        if s["presigned"]:
            mark, date = f"<span class='typed'>/s/ {_h(s['name'])}</span>", ""
        elif sig["signed"]:
            mark, date = _b9_stamp(s["name"], s["seed"], s["image"]), _h(s["tab"])
        else:
            mark = "<span class='tab'>Sign<span class='arr'>&#9660;</span></span>"
            date = "<span class='tabdate'></span>"
        printed = _h(s["name"]) + (f", {_h(title_of[s['role']])}" if title_of.get(s["role"])
                                   else "")
        out.append(f"<table class='sig'><tr><td class='role' colspan='2'>{_h(s['role'])}"
                   f"</td></tr><tr><td class='line'>{mark}</td><td class='line date'>{date}"
                   f"</td></tr><tr><td class='cap'>Signature</td><td class='cap'>Date signed"
                   f"</td></tr><tr><td colspan='2'>Printed name: {printed}</td></tr></table>")
    out.append("</div>")
    return "".join(out)


def _b9_certificate(envelope: str, subject: str, document: str, doc_pages: str,
                    signers: list[dict], originator: tuple[str, str]) -> str:
    """The platform's Certificate of Completion: envelope summary, record tracking, one row
    per signer (email, role, signature, IP, Sent / Viewed / Signed) and the summary events."""
    platform_signers = [s for s in signers if not s["presigned"]]
    done = all(s["sig"]["signed"] for s in platform_signers)
    signed_count = sum(1 for s in platform_signers if s["sig"]["signed"])
    sent = min(s["events"]["sent"] for s in platform_signers)
    created = sent - dt.timedelta(minutes=6, seconds=41)
    origin_ip = "198.51.100.7"
    out = [f"<div class='cert'><div class='ch'><span class='t'>Certificate Of Completion</span>"
           f"<span class='brand'>{B9_PLATFORM}</span></div>",
           "<table><tr><td style='width:58%'>"
           f"Envelope Id: {envelope}<br>Subject: {_h(subject)}<br>Source Envelope:<br>"
           f"Document Pages: {doc_pages}<br>Certificate Pages: 1<br>AutoNav: Enabled<br>"
           "Envelope Id Stamping: Enabled<br>Time Zone: (UTC-05:00) Eastern Time (US &amp; "
           "Canada)</td><td>"
           f"Status: {'Completed' if done else 'Sent'}<br>Signatures: {signed_count}<br>"
           f"Initials: 0<br><br>Envelope Originator:<br>{_h(originator[0])}<br>"
           f"{_h(originator[1])}<br>IP Address: {origin_ip}</td></tr></table>",
           "<table><tr><th>Record Tracking</th><th></th><th></th></tr>"
           f"<tr><td>Status: Original<br>{_b9_cert_time(created)}</td>"
           f"<td>Holder: {_h(originator[0])}<br>{_h(originator[1])}</td>"
           f"<td>Location: {B9_PLATFORM}</td></tr></table>",
           "<table><tr><th style='width:36%'>Signer Events</th><th style='width:34%'>Signature"
           "</th><th>Timestamp</th></tr>"]
    for s in platform_signers:
        ev = s["events"]
        who = (f"{_h(s['name'])}<br>{_h(s['email'])}<br>{_h(s['role'])}<br>"
               "<span class='muted'>Security Level: Email, Account Authentication (None)"
               "</span>")
        if s["sig"]["signed"]:
            adoption = "Uploaded Signature Image" if s["image"] else "Pre-selected Style"
            mark = (_b9_stamp(s["name"], s["seed"], s["image"]) +
                    f"<div class='muted'>Signature Adoption: {adoption}<br>Using IP Address: "
                    f"{s['ip']}</div>")
            when = (f"Sent: {_b9_cert_time(ev['sent'])}<br>Viewed: "
                    f"{_b9_cert_time(ev['viewed'])}<br>Signed: {_b9_cert_time(ev['signed'])}")
            disclosure = f"Accepted: {_b9_cert_time(ev['consent'])}<br>ID: {_b9_hash(s['seed'] + 1)[:12].lower()}"
        else:
            mark = "<span class='pending'>Not signed</span>"
            resent = ev["sent"] + dt.timedelta(days=3, minutes=12)
            when = (f"Sent: {_b9_cert_time(ev['sent'])}<br>Resent: "
                    f"{_b9_cert_time(resent)}<br>Viewed: &mdash;<br>Signed: &mdash;")
            disclosure = "Not Offered via " + B9_PLATFORM
        out.append(f"<tr><td>{who}<br><span class='muted'>Electronic Record and Signature "
                   f"Disclosure:</span><br>{disclosure}</td><td>{mark}</td><td>{when}</td></tr>")
    out.append("</table>")
    for title in ("In Person Signer Events", "Editor Delivery Events", "Agent Delivery Events",
                  "Intermediary Delivery Events", "Certified Delivery Events",
                  "Carbon Copy Events"):
        out.append(f"<table><tr><th style='width:36%'>{title}</th><th style='width:34%'>"
                   "Status</th><th>Timestamp</th></tr></table>")
    last = max((s["events"]["signed"] for s in platform_signers if s["sig"]["signed"]),
               default=sent)
    rows = [("Envelope Sent", "Hashed/Encrypted", _b9_cert_time(sent))]
    if done:
        rows += [("Certified Delivered", "Security Checked", _b9_cert_time(last)),
                 ("Signing Complete", "Security Checked", _b9_cert_time(last)),
                 ("Completed", "Security Checked", _b9_cert_time(last))]
    out.append("<table><tr><th style='width:36%'>Envelope Summary Events</th><th "
               "style='width:34%'>Status</th><th>Timestamps</th></tr>" + "".join(
                   f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
               + "</table>")
    out.append(f"<table><tr><th>Document</th></tr><tr><td>{_h(document)}</td></tr></table>"
               f"<div class='fine'>This certificate was produced by {B9_PLATFORM} and is "
               "attached to the completed envelope. Times are shown in the sender's time "
               "zone.</div></div>")
    return "".join(out)


def _b9_page_count_fix(build, out: Path) -> None:
    """Print ``build(pages)`` with Chromium, then print again with the real number of
    document pages (the pages before the certificate) in the footer and the certificate."""
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        chromium_print(build("?"), out, tmp)
        reader = PdfReader(out)
        pages = len(reader.pages)
        for number, page in enumerate(reader.pages):
            if "Certificate Of Completion" in (page.extract_text() or ""):
                pages = number
                break
        chromium_print(build(str(pages)), out, tmp)


def build_esign_iwp(case: dict, pages: str) -> str:
    """Layout ``esign``: the plan as an HTML document (numbered section bands, label/value
    tables), then signed through the platform: envelope ID on every page, bracketed stamps,
    '2/09/2026 | 10:14 AM EST' dates, a Certificate of Completion at the end."""
    en, th, d = case["en"], case["th"], case["discussion"]
    seed = case["index"]
    envelope = _b4_envelope(9000 + seed)
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    plan_no = f"LVEA-IWP-26-{seed:04d}"
    css = ESIGN_CSS % dict(platform=B9_PLATFORM, envelope=envelope, pages=pages,
                           footer=f"Individual Work Plan \u2013 {th_name} \u2013 {plan_no}")
    sections = []

    def section(title: str, inner: str) -> None:
        sections.append(f"<h2>{len(sections) + 1}. {title}</h2>{inner}")

    section("Employment Network Information", _b9_lv([
        ("Employment Network", _h(en["name"]), "Provider ID (PID)", _h(en["pid"])),
        ("Address", _h(f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")),
        ("Telephone", _h(en["phone"]), "Email", _h(en["email"])),
        ("EN representative", _h(en["rep"]), "Title", _h(en["rep_title"]))]))
    section("Ticket Holder Information", _b9_lv([
        ("Name", _h(f"{th['title']} {th_name}"), "SSN", _h(th["ssn"])),
        ("Date of birth", _h(_date(th["dob"], "us")), "Telephone", _h(th["phone"])),
        ("Mailing address", _h(f"{th['street']}, {th['city']}, {th['state']} {th['zip']}")),
        ("Mobile", _h(th["mobile"] or "None"), "Email", _h(th["email"])),
        ("Preferred contact", "Telephone" if th["preferred"] == "telephone" else "Email",
         "Accessible format", "Standard print")]))
    alt = case["alt"]
    if alt:
        section("Alternate Contact", _b9_lv([
            ("Name", _h(alt["name"]), "Relationship", _h(alt["relationship"])),
            ("Telephone", _h(alt["phone"]), "Address", _h(alt["address"]))]))
    rows = []
    if d["date"]:
        rows.append(("Date of IWP meeting", _h(_date(d["date"], "us")), "Meeting held",
                     _h(B9_MODALITY[d["modality"][0]])))
    if d["summary"]:
        rows.append(("Summary of discussion", _h(d["summary"])))
    section("IWP Discussion", _b9_lv(rows))
    work = case["work"]
    if work is not None:
        if work["jobs"]:
            inner = ("<table class='grid'><tr><th>Employer</th><th>Position</th><th>Start</th>"
                     "<th>End</th><th>Hrs/Wk</th><th>Gross monthly</th></tr>" + "".join(
                         f"<tr><td>{_h(j['employer'])}</td><td>{_h(j['title'])}</td>"
                         f"<td>{_date(j['start'], 'us')}</td><td>{_date(j['end'], 'us')}</td>"
                         f"<td>{j['hours']}</td><td>{_money(j['monthly'])}</td></tr>"
                         for j in work["jobs"]) + "</table>")
        else:
            inner = _b9_lv([("Paid work in last 18 months", "None"),
                            ("Comments", _h(work["no_work"]))])
        section("Employment History (Last 18 Months)", inner)

    def goal_table(caption: str, goal: dict) -> str:
        training = (f"{goal['training'][0]} ({goal['training'][1]})" if goal["training"]
                    else "None needed")
        return ("<table class='lv'><tr><td class='cap' colspan='2'>" + caption + "</td></tr>"
                + "".join(f"<tr><td class='l'>{k}</td><td>{_h(v)}</td></tr>" for k, v in (
                    ("Occupation", goal["title"]), ("Hours per week", goal["hours"]),
                    ("Hourly wage", _money(goal["wage"])),
                    ("Gross monthly earnings", _money(goal["monthly"])),
                    ("Target date", _date(goal["target"], "us")),
                    ("Training / education", training))) + "</table>")

    goals = [goal_table(c, g) for c, g in (("Short-Term Goal (within 12 months)", case["st"]),
                                           ("Long-Term Goal (3 to 5 years)", case["lt"])) if g]
    section("Employment Goals", f"<div class='goals'>{''.join(goals)}</div>")
    svc = ["<table class='grid'><tr><th>Service</th><th>Included</th><th>Description of service"
           "</th><th>Responsible</th><th>Frequency</th></tr>"]
    for s in case["services"]:
        if s["provided"]:
            svc.append(f"<tr><td>{_h(s['label'])}</td><td class='yn'>Yes</td>"
                       f"<td>{_h(s['description'])}</td><td>{_h(s['provider'])}</td>"
                       f"<td>{_h(s['frequency'])}</td></tr>")
        else:
            svc.append(f"<tr><td>{_h(s['label'])}</td><td class='yn'>No</td>"
                       "<td>Not needed at this time</td><td></td><td></td></tr>")
    svc.append("</table>")
    section("Services and Supports", "".join(svc))
    fu = case["follow_up"]
    if fu:
        word = {"monthly": "Monthly \u2013 at least one contact every month",
                "quarterly": "Quarterly \u2013 at least one contact every three months"}
        section("Follow-Up and Contact Plan", _b9_lv([
            ("While looking for work", word[fu["initial"]]),
            ("After employment begins", word[fu["ongoing"]]),
            ("Contact methods", _h(", ".join(m.capitalize() for m in fu["methods"])))]))
    if case["terms"]:
        section("Terms and Conditions", "<ol class='terms'>" + "".join(
            f"<li>{_h(t)}</li>" for t in case["terms"]) + "</ol>")
    if case["statement"]:
        section("Ticket Holder Statement of Understanding",
                f"<div class='stmt'>{_h(case['statement'])}</div>")
    signers = _b9_signers(case, "slash")
    section("Signatures", "<p style='margin:2px 0;font-size:8.6pt'>By signing, we agree to "
            "this Individual Work Plan. Signatures may be electronic.</p>"
            + _b9_signature_blocks(signers, {"Employment Network Representative":
                                            en["rep_title"]}))
    cert = _b9_certificate(
        envelope, f"Please sign: Individual Work Plan \u2013 {th['first']} {th['last']}",
        f"IWP_{th['last']}_{th['first']}_2026.pdf", pages, signers,
        (en["rep"], en["email"]))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP_"
            f"{_h(th['last'])}_{_h(th['first'])}_2026</title><style>{css}</style></head><body>"
            f"<div class='lh'><div class='org'>{_h(en['name'])}</div><div class='addr'>"
            f"{_h(en['street'])}<br>{_h(en['city'])}, {_h(en['state'])} {_h(en['zip'])}<br>"
            f"{_h(en['phone'])} &middot; {_h(en['email'])}</div></div>"
            "<h1>INDIVIDUAL WORK PLAN (IWP)</h1><div class='subt'>Ticket to Work and Self-"
            f"Sufficiency Program &middot; Plan No. {plan_no}</div>"
            + "".join(sections) + cert + "</body></html>")


def build_esign_amendment(amend: dict, pages: str) -> str:
    """Layout ``amendesign``: an amendment in the esign style, signed through the platform
    ('Feb 9, 2026' date tabs), with its Certificate of Completion."""
    en, th = amend["en"], amend["th"]
    seed = amend["index"]
    envelope = _b4_envelope(9500 + seed)
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    css = ESIGN_CSS % dict(platform=B9_PLATFORM, envelope=envelope, pages=pages,
                           footer=f"IWP Amendment {amend['number']} \u2013 {th_name}")
    sections = []

    def section(title: str, inner: str) -> None:
        sections.append(f"<h2>{len(sections) + 1}. {title}</h2>{inner}")

    rows = [("Amendment number", str(amend["number"]))]
    if amend["plan_id"]:
        rows.append(("IWP being amended", f"Plan No. {_h(amend['plan_id'])}"))
    if amend["original_signed"]:
        rows.append(("Date original IWP signed", _h(_date(amend["original_signed"], "us"))))
    rows.append(("Reason for amendment", _h(amend["reason"])))
    section("Amendment Details", _b9_lv(rows))
    section("Employment Network", _b9_lv([
        ("Employment Network", _h(en["name"]), "Provider ID (PID)", _h(en["pid"])),
        ("EN representative", _h(en["rep"]), "Telephone", _h(en["phone"]))]))
    section("Ticket Holder", _b9_lv([
        ("Name", _h(th_name), "SSN", _h(th["ssn"])),
        ("Telephone", _h(th["phone"]), "Email", _h(th["email"]))]))

    def goal_table(caption: str, goal: dict) -> str:
        return ("<table class='lv'><tr><td class='cap' colspan='2'>" + caption + "</td></tr>"
                + "".join(f"<tr><td class='l'>{k}</td><td>{_h(v)}</td></tr>" for k, v in (
                    ("Occupation", goal["title"]), ("Hours per week", goal["hours"]),
                    ("Hourly wage", _money(goal["wage"])),
                    ("Gross monthly earnings", _money(goal["monthly"])),
                    ("Target date", _date(goal["target"], "us")))) + "</table>")

    section("Revised Employment Goals", "<div class='goals'>" + goal_table(
        "Revised Short-Term Goal", amend["st"]) + goal_table("Revised Long-Term Goal",
                                                             amend["lt"]) + "</div>")
    if amend["changes"] is not None:
        section("Changes to Services and Supports", "<table class='grid'><tr><th>Service</th>"
                "<th>Change</th><th>Description of service</th><th>Responsible</th>"
                "<th>Frequency</th></tr>" + "".join(
                    f"<tr><td>{_h(c['label'])}</td><td class='yn'>{_h(c['change'])}</td>"
                    f"<td>{_h(c['description'])}</td><td>{_h(c['provider'])}</td>"
                    f"<td>{_h(c['frequency'])}</td></tr>" for c in amend["changes"])
                + "</table><p style='font-size:8.6pt'>All other parts of the Individual Work "
                "Plan remain in effect.</p>")
    signers = _b9_signers(amend, "abbr")
    section("Signatures", _b9_signature_blocks(
        signers, {"Employment Network Representative": en["rep_title"]}))
    cert = _b9_certificate(
        envelope, f"Please sign: IWP Amendment {amend['number']} \u2013 {th['first']} "
        f"{th['last']}", f"IWP_Amendment{amend['number']}_{th['last']}.pdf", pages, signers,
        (en["rep"], en["email"]))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP Amendment"
            f"</title><style>{css}</style></head><body>"
            f"<div class='lh'><div class='org'>{_h(en['name'])}</div><div class='addr'>"
            f"{_h(en['street'])}<br>{_h(en['city'])}, {_h(en['state'])} {_h(en['zip'])}<br>"
            f"{_h(en['phone'])} &middot; {_h(en['email'])}</div></div>"
            "<h1>AMENDMENT TO INDIVIDUAL WORK PLAN</h1><div class='subt'>Ticket to Work and "
            "Self-Sufficiency Program</div>" + "".join(sections) + cert + "</body></html>")


def build_esign_certificate_only(case: dict) -> str:
    """Not an IWP: the platform's Certificate of Completion for an IWP envelope, saved on its
    own (audit trail only, no plan)."""
    en, th = case["en"], case["th"]
    envelope = _b4_envelope(9900 + case["index"])
    signers = _b9_signers(case, "slash")
    css = ESIGN_CSS % dict(platform=B9_PLATFORM, envelope=envelope, pages="1", footer="")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Certificate"
            f"</title><style>{css}</style></head><body>" + _b9_certificate(
                envelope, f"Please sign: Individual Work Plan \u2013 {th['first']} "
                f"{th['last']}", f"IWP_{th['last']}_{th['first']}_2026.pdf", "6", signers,
                (en["rep"], en["email"])).replace("class='cert'", "class='cert' "
                                                   "style='break-before:auto'")
            + "</body></html>")


# ----- gdoc_: a plan typed in Google Docs, File > Download > PDF ------------------------------
GDOC_CSS = """
@page { size: letter; margin: 1in 1in 1in 1in;
        @top-left { content: "%(en)s"; font-family: Arial, 'Liberation Sans', sans-serif;
                    font-size: 9pt; color: #666666; vertical-align: bottom;
                    padding-bottom: 0.2in; }
        @top-right { content: "Individual Work Plan \u2013 %(th)s";
                     font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9pt;
                     color: #666666; vertical-align: bottom; padding-bottom: 0.2in; }
        @bottom-right { content: counter(page); font-family: Arial, 'Liberation Sans',
                        sans-serif; font-size: 11pt; color: #000; vertical-align: top;
                        padding-top: 0.25in; } }
ul.lst-kix_x7q2m9v1c4ab-0{list-style-type:none}
.lst-kix_x7q2m9v1c4ab-0>li:before{content:"\\0025cf   "}
ol.lst-kix_k3d8p0s5h2tn-0{list-style-type:none}
.lst-kix_k3d8p0s5h2tn-0>li{counter-increment:lst-ctn-kix_k3d8p0s5h2tn-0}
.lst-kix_k3d8p0s5h2tn-0>li:before{content:"" counter(lst-ctn-kix_k3d8p0s5h2tn-0,decimal) ". "}
ol.lst-kix_k3d8p0s5h2tn-0.start{counter-reset:lst-ctn-kix_k3d8p0s5h2tn-0 0}
li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}
ol{margin:0;padding:0}
table td,table th{padding:0}
.c5{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid}
.c6{width:140.2pt}
.c7{width:327.8pt}
.c8{width:234pt}
.c16{width:156pt}
.c17{width:98pt}
.c18{width:120pt}
.c19{width:61pt}
.c20{width:72pt}
.c21{width:117pt}
.c22{background-color:#f3f3f3}
.c23{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}
.c24{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}
.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}
.c3{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}
.c4{font-weight:700}
.c9{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}
.c10{border-spacing:0;border-collapse:collapse;margin-right:auto}
.c11{height:11pt}
.c12{font-size:10pt}
.c13{color:#666666}
.c14{background-color:#ffffff;max-width:468pt;padding:0}
.c15{font-style:italic}
.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}
.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}
li{color:#000000;font-size:11pt;font-family:"Arial"}
p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}
h2{padding-top:18pt;color:#000000;font-weight:400;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left;margin:0}
body{margin:0}
tr{break-inside:avoid}
"""


def _g_p(*runs, cls: str = "c2") -> str:
    """A Google Docs paragraph: runs are text or (text, extra classes)."""
    spans = []
    for run in runs:
        text, extra = (run, "") if isinstance(run, str) else run
        spans.append(f"<span class=\"c1{(' ' + extra) if extra else ''}\">{_h(text)}</span>")
    return f"<p class=\"{cls}\">{''.join(spans)}</p>"


def _g_empty() -> str:
    return "<p class=\"c2 c11\"><span class=\"c1\"></span></p>"


def _g_table(rows: list[list], widths: list[str], shade_first: bool = False,
             header: bool = False) -> str:
    """A Google Docs table: 1pt black borders, fixed column widths, a paragraph per line."""
    out = ["<table class=\"c10\">"]
    for r, row in enumerate(rows):
        out.append("<tr class=\"c11\">")
        for c, cell in enumerate(row):
            lines = cell if isinstance(cell, list) else [cell]
            shade = " c22" if (shade_first and c == 0) or (header and r == 0) else ""
            bold = (shade_first and c == 0) or (header and r == 0)
            paras = "".join(line if line.startswith("<") else
                            _g_p((line, "c4") if bold else line, cls="c9")
                            for line in lines)
            out.append(f"<td class=\"c5 {widths[c]}{shade}\" colspan=\"1\" rowspan=\"1\">"
                       f"{paras}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def build_gdoc_iwp(case: dict) -> str:
    """Layout ``gdoc``: the plan typed in Google Docs and downloaded as PDF (Arial 11pt,
    Heading 2 titles, 1pt tables, lst-kix lists, header and page number)."""
    en, th, d = case["en"], case["th"], case["discussion"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    body = [f"<p class=\"title\"><span>Individual Work Plan</span></p>",
            "<p class=\"subtitle\"><span>Ticket to Work Program</span></p>",
            _g_p("This plan was written together by ", (en["name"], "c4"), " and ",
                 (th_name, "c4"), ". It lists the goals we agreed on and the services we "
                 "will provide.")]

    def h2(text: str) -> None:
        body.append(f"<h2 class=\"c23\"><span class=\"c24\">{_h(text)}</span></h2>")

    h2("Employment Network Information")
    body.append(_g_table([["Employment Network", en["name"]], ["Provider ID (PID)", en["pid"]],
                          ["Address", f"{en['street']}, {en['city']}, {en['state']} "
                                      f"{en['zip']}"],
                          ["Phone", en["phone"]], ["Email", en["email"]],
                          ["Staff member", f"{en['rep']}, {en['rep_title']}"]],
                         ["c6", "c7"], shade_first=True))
    h2("Ticket Holder Information")
    body.append(_g_table([["Name", th_name], ["Social Security Number", th["ssn"]],
                          ["Date of birth", _date(th["dob"], "long")],
                          ["Address", [th["street"], f"{th['city']}, {th['state']} "
                                                     f"{th['zip']}"]],
                          ["Phone", th["phone"] + (f" (home), {th['mobile']} (cell)"
                                                   if th["mobile"] else "")],
                          ["Email", th["email"]],
                          ["Best way to reach me", "Phone call" if th["preferred"] ==
                           "telephone" else "Email"]],
                         ["c6", "c7"], shade_first=True))
    alt = case["alt"]
    if alt:
        h2("Alternate Contact")
        body.append(_g_p("If we cannot reach you, we may contact:"))
        body.append(_g_p(("Name: ", "c4"), alt["name"]))
        body.append(_g_p(("Relationship: ", "c4"), alt["relationship"]))
        body.append(_g_p(("Phone: ", "c4"), alt["phone"]))
        body.append(_g_p(("Address: ", "c4"), alt["address"]))
    h2("Planning Discussion")
    if d["date"]:
        body.append(_g_p(("Date of discussion: ", "c4"), _date(d["date"], "long")))
        body.append(_g_p(("How we met: ", "c4"), B9_MODALITY[d["modality"][0]]))
        body.append(_g_empty())
    if d["summary"]:
        body.append(_g_p(("What we talked about: ", "c4"), d["summary"]))
    work = case["work"]
    if work is not None:
        h2("Work History (Last 18 Months)")
        if work["jobs"]:
            rows = [["Employer", "Job title", "Dates", "Hours/week", "Monthly pay"]]
            for j in work["jobs"]:
                rows.append([j["employer"], j["title"], [f"{_date(j['start'], 'us_short')} -",
                                                         _date(j["end"], "us_short")],
                             str(j["hours"]), _money(j["monthly"])])
            body.append(_g_table(rows, ["c17", "c18", "c20", "c19", "c20"], header=True))
        else:
            body.append(_g_p(work["no_work"]))
    h2("Employment Goals")

    def cell(goal: dict | None) -> list[str]:
        if goal is None:
            return [""]
        training = (f"{goal['training'][0]} at {goal['training'][1]}" if goal["training"]
                    else "None")
        return [_g_p(("Job: ", "c4"), goal["title"], cls="c9"),
                _g_p(("Hours: ", "c4"), f"{goal['hours']} hours per week", cls="c9"),
                _g_p(("Pay: ", "c4"), f"{_money(goal['wage'])} per hour", cls="c9"),
                _g_p(("Monthly gross earnings: ", "c4"), _money(goal["monthly"]), cls="c9"),
                _g_p(("Target date: ", "c4"), _date(goal["target"], "long"), cls="c9"),
                _g_p(("Training needed: ", "c4"), training, cls="c9")]

    body.append(_g_table([["Short-term goal (1 year or less)", "Long-term goal"],
                          [cell(case["st"]), cell(case["lt"])]], ["c8", "c8"], header=True))
    h2("Services and Supports")
    body.append(_g_p("Services the Employment Network will provide or arrange:"))
    items = []
    for s in case["services"]:
        if s["provided"]:
            rest = (f" {s['description']} Provided by: {s['provider']}. How often: "
                    f"{s['frequency']}.")
            runs = [(s["label"], "c4"), " \u2013 Provided: Yes.", rest]
        else:
            runs = [(s["label"], "c4"), " \u2013 Provided: No."]
        items.append("<li class=\"c3 li-bullet-0\">" + _g_p(*runs)[len("<p class=\"c2\">"):
                                                             -len("</p>")] + "</li>")
    body.append("<ul class=\"c0 lst-kix_x7q2m9v1c4ab-0 start\">" + "".join(items) + "</ul>")
    fu = case["follow_up"]
    if fu:
        h2("Follow-Up")
        often = {"monthly": "at least once a month", "quarterly": "at least once every three "
                 "months"}
        body.append(_g_p(f"While you are looking for work, {en['rep']} will contact you "
                         f"{often[fu['initial']]} by {', '.join(fu['methods'][:-1])} or "
                         f"{fu['methods'][-1]} to review your job search and this plan. After "
                         f"you start working, we will contact you {often[fu['ongoing']]} to "
                         "check how the job is going and to collect your pay information."))
    if case["terms"]:
        h2("Terms and Conditions")
        body.append("<ol class=\"c0 lst-kix_k3d8p0s5h2tn-0 start\" start=\"1\">" + "".join(
            "<li class=\"c3 li-bullet-0\"><span class=\"c1\">" + _h(t) + "</span></li>"
            for t in case["terms"]) + "</ol>")
    if case["statement"]:
        h2("Statement of Understanding")
        body.append(_g_p(case["statement"]))
    h2("Signatures")
    ths, ens = case["th_sig"], case["en_sig"]
    drawn = case["index"] % 3 != 2  # most signed with a drawn image, some typed /s/
    if ths["signed"]:
        th_mark = (f"<p class=\"c9\"><img src=\"{_b9_scribble_uri(9300 + case['index'])}\" "
                   "style=\"width:190px;height:41px\" alt=\"\"></p>" if drawn
                   else _g_p(f"/s/ {th['first']} {th['last']}", cls="c9"))
    else:
        th_mark = ""
    en_mark = _g_p(f"/s/ {ens['name']}", cls="c9") if ens["signed"] else ""
    body.append(_g_table([
        ["Signature", "Printed name", "Date"],
        [th_mark, [_g_p(th_name, cls="c9"), _g_p(("Ticket Holder", "c13 c12"), cls="c9")],
         _date(ths["date"], "us_short") if ths["signed"] and ths["date"] else ""],
        [en_mark, [_g_p(ens["name"], cls="c9"), _g_p((f"{ens['title']}, {en['name']}",
                                                       "c13 c12"), cls="c9")],
         _date(ens["date"], "us_short") if ens["signed"] and ens["date"] else ""]],
        ["c16", "c16", "c16"], header=True))
    css = GDOC_CSS % dict(en=en["name"], th=f"{th['first']} {th['last']}")
    return ("<html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\">"
            f"<style type=\"text/css\">{css}</style></head><body class=\"c14 doc-content\">"
            + "".join(body) + "</body></html>")


# ----- not-IWP: an IWP transmittal fax cover sheet (WeasyPrint) ------------------------------
FAXCOVER_CSS = """
@page { size: letter; margin: 0.6in 0.75in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000; }
.lh { border-bottom: 1px solid #000; padding-bottom: 4px; }
.lh .org { font-size: 14pt; font-weight: bold; }
.lh .addr { font-size: 8.5pt; }
.fax { font-size: 40pt; font-weight: bold; letter-spacing: 6px; margin: 10px 0 0; }
.ttl { font-size: 12pt; font-weight: bold; margin-bottom: 10px; }
table.hdr { width: 100%; border-collapse: collapse; margin-bottom: 10px; }
table.hdr td { padding: 5px 4px; border-bottom: 1px solid #999; vertical-align: top; }
table.hdr td.k { font-weight: bold; width: 1.1in; }
table.hdr td { white-space: nowrap; }
table.hdr td.w { white-space: normal; }
.boxes span { margin-right: 18px; }
table.enc { width: 100%; border-collapse: collapse; margin: 6px 0 10px; }
table.enc th, table.enc td { border: 1px solid #000; padding: 4px 6px; text-align: left; }
table.enc th { background: #ddd; }
.note { border: 2px solid #000; padding: 8px; font-size: 8.4pt; margin-top: 14px; }
"""


def build_fax_cover_html(case: dict) -> str:
    en, th = case["en"], case["th"]
    signed = case["th_sig"]["date"]
    sent = case["en_sig"]["date"] + dt.timedelta(days=3)
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    return ("<!doctype html><html><head><meta charset='utf-8'><title>IWP Transmittal</title>"
            f"<style>{FAXCOVER_CSS}</style></head><body>"
            f"<div class='lh'><div class='org'>{_h(en['name'])}</div><div class='addr'>"
            f"{_h(en['street'])}, {_h(en['city'])}, {_h(en['state'])} {_h(en['zip'])} "
            f"&middot; Phone {_h(en['phone'])} &middot; Fax (505) 555-0140 &middot; "
            f"{_h(en['email'])}</div></div>"
            "<div class='fax'>FAX</div><div class='ttl'>IWP Cover Sheet &ndash; Transmittal to "
            "the Ticket Program Manager</div><table class='hdr'>"
            "<tr><td class='k'>To:</td><td class='w'>Ticket Program Manager &ndash; Operations Support "
            "(IWP Processing)</td><td class='k'>Fax:</td><td>(410) 555-0196</td></tr>"
            f"<tr><td class='k'>From:</td><td>{_h(en['rep'])}, {_h(en['rep_title'])}</td>"
            f"<td class='k'>Phone:</td><td>{_h(en['phone'])}</td></tr>"
            f"<tr><td class='k'>EN / PID:</td><td>{_h(en['name'])} / {_h(en['pid'])}</td>"
            f"<td class='k'>Date:</td><td>{_date(sent, 'us')}</td></tr>"
            f"<tr><td class='k'>Re:</td><td colspan='3'>Individual Work Plan for Ticket "
            f"holder {_h(th_name)}, SSN {_h(th['ssn'])}</td></tr>"
            "<tr><td class='k'>Pages:</td><td colspan='3'>7 (including this cover sheet)"
            "</td></tr></table>"
            "<div class='boxes'><b>Submission type:</b> <span>&#9746; New IWP (Ticket "
            "assignment)</span><span>&#9744; IWP amendment</span><span>&#9744; Change of "
            "address</span><span>&#9744; Unassignment</span></div>"
            "<table class='enc'><tr><th>Enclosed</th><th>Pages</th><th>Notes</th></tr>"
            f"<tr><td>Individual Work Plan, signed {_date(signed, 'us')}</td><td>5</td>"
            "<td>Signed electronically by both parties</td></tr>"
            "<tr><td>Certificate of Completion (e-signature audit trail)</td><td>1</td>"
            "<td>Envelope summary</td></tr></table>"
            "<p><b>Comments:</b> Please process the Ticket assignment for the Ticket holder "
            "named above on receipt of the enclosed IWP. Call the sender at the number above "
            "with any questions about this transmittal.</p>"
            "<div class='note'><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains "
            "personally identifiable information protected by the Privacy Act. It is intended "
            "only for the Ticket Program Manager. If you received it in error, notify the "
            "sender by telephone and destroy all copies.</div></body></html>")


def _b9_weasyprint(html_text: str):
    def make(out: Path) -> None:
        import weasyprint
        weasyprint.HTML(string=html_text).write_pdf(out)
    return make


HELDOUT_LAYOUTS_9 = {
    "esign": dict(
        producer=f"Chromium 156 (--print-to-pdf) from HTML, as signed through an e-signature "
                 f"platform ({B9_PLATFORM}, fictional)",
        en="b9_larkspur", kind="direct",
        build=lambda case: (lambda out: _b9_page_count_fix(
            lambda pages: build_esign_iwp(case, pages), out)),
        description="Held out (ninth batch). An IWP sent through an e-signature platform "
                    f"('{B9_PLATFORM}', DocuSign-like): '{B9_PLATFORM} Envelope ID: ...' "
                    "stamped at the top of every page (a page margin box), 'Page x of y' "
                    "footers; numbered section bands ('1. Employment Network Information' ... "
                    "'11. Signatures') over label/value tables two pairs to a row; goals as "
                    "two side-by-side label/value tables; services as a table 'Service | "
                    "Included | Description of service | Responsible | Frequency'; follow-up "
                    "as label/value rows ('While looking for work: Monthly - ...'); signatures "
                    "as the platform stamps them: a blue bracket with 'Signed by:' over the "
                    "signer's name (the Ticket Holder's as italic text, the EN's as a PNG "
                    "image of the name) and a hash under it, on a rule captioned 'Signature', "
                    "the date tab '2/09/2026 | 10:14 AM EST' captioned 'Date signed', "
                    "'Printed name: ...'; then a 'Certificate Of Completion' page (envelope "
                    "summary, record tracking, per signer: name, email, role, signature, IP, "
                    "'Sent: / Viewed: / Signed: 2/9/2026 | 10:14 AM'). Other dates 02/09/2026.",
        defects=["ticketholder_unsigned", "en_undated", "no_work_history",
                 "service_without_description", "follow_up_quarterly"]),
    "gdoc": dict(
        producer="Chromium 156 (--print-to-pdf) from HTML styled as Google Docs' HTML export",
        en="b9_quill", kind="html", build=build_gdoc_iwp,
        description="Held out (ninth batch). An IWP typed in Google Docs and downloaded as "
                    "PDF: Arial 11pt, Title and Subtitle styles, 'Heading 2' section titles "
                    "(16pt, not bold), the EN's name and 'Individual Work Plan - Name' in the "
                    "page header, the page number alone at the bottom right; EN and Ticket "
                    "Holder as 2-column tables with 1pt black borders and shaded bold labels; "
                    "the alternate contact and the discussion as bold-led paragraphs ('Date "
                    "of discussion: February 2, 2026', 'How we met:', 'What we talked "
                    "about:'); goals as a 2-column table 'Short-term goal (1 year or less)' / "
                    "'Long-term goal' whose cells hold one paragraph per line ('Job:', "
                    "'Hours:', 'Pay:', 'Monthly gross earnings:', 'Target date:', 'Training "
                    "needed:'); services as a lst-kix bullet list, each bullet a bold service "
                    "name then 'Provided: Yes.' and the description, provider and frequency "
                    "in the same sentence run, or 'Provided: No.'; follow-up as one "
                    "paragraph; numbered terms; a 3-column signature table 'Signature | "
                    "Printed name | Date' with '/s/ Name' or a drawn PNG signature in the "
                    "Signature cell and dates '2/2/2026'.",
        defects=["no_discussion_record", "long_term_below_sga", "ticketholder_undated",
                 "no_alternate_contact", "no_statement"]),
}


def add_batch_9(cat) -> None:
    """The ninth held-out batch: people numbered from BATCH_9_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_9.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_9_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            if layout == "esign" and defect == "ticketholder_unsigned":
                what += (" (the Ticket Holder's box shows the platform's yellow 'Sign' tab and "
                         "an empty date tab; the certificate says 'Status: Sent', the Ticket "
                         "Holder 'Not signed', 'Viewed: -', 'Signed: -')")
            if layout == "esign" and defect == "en_undated":
                what += (" (the EN representative typed '/s/ Name' into the document before "
                         "sending it, and the date is blank; the envelope went to the Ticket "
                         "Holder only, so the certificate lists the EN representative only as "
                         "the envelope originator)")
            if layout == "esign" and defect == "service_without_description":
                what += " (its 'Description of service' cell is empty; Included: Yes)"
            if layout == "esign" and defect == "follow_up_quarterly":
                what += " ('While looking for work: Quarterly - ...')"
            if layout == "gdoc" and defect == "ticketholder_undated":
                what += " (the Date cell of the Ticket Holder's row is empty)"
            if layout == "gdoc" and defect == "no_discussion_record":
                what += " (no 'Date of discussion' / 'How we met' lines)"
            cat.add(f"{layout}_{defect or 'complete'}.pdf", layout, spec["producer"],
                    spec["kind"], spec["build"](case), "iwp", _components("iwp", overrides),
                    _b8_notes(spec["description"], what), case_values(case))
    description = ("Held out (ninth batch). An IWP amendment in the esign style, signed "
                   f"through the e-signature platform: '{B9_PLATFORM} Envelope ID' on every "
                   "page, '1. Amendment Details' (amendment number, 'IWP being amended: Plan "
                   "No. ...', 'Date original IWP signed', reason) as a label/value table, EN "
                   "and Ticket Holder tables, revised goals as two side-by-side label/value "
                   "tables, 'Changes to Services and Supports' as a table with a Change column "
                   "(Added / Ended / Continued), bracketed 'Signed by:' stamps with date tabs "
                   "'Feb 9, 2026', and a Certificate Of Completion page.")
    for number, defect in enumerate([None, "no_reference",
                                     "added_service_without_description"], 2):
        amend = make_amendment(cat.series_case("b9_larkspur", BATCH_9_PEOPLE_FROM), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "no_reference":
            what += " (the Amendment Details table has only the number and the reason)"
        if defect == "added_service_without_description":
            what += " (its 'Description of service' cell is empty)"
        cat.add(f"amendesign_{defect or 'complete'}.pdf", "amendesign",
                HELDOUT_LAYOUTS_9["esign"]["producer"], "direct",
                (lambda a: (lambda out: _b9_page_count_fix(
                    lambda pages: build_esign_amendment(a, pages), out)))(amend),
                "amendment", _components("amendment", overrides),
                _b8_notes(description, what), amendment_values(amend))
    case = cat.series_case("b9_larkspur", BATCH_9_PEOPLE_FROM)
    cat.add("notiwp_esign_certificate_only.pdf", "not_an_iwp",
            "Chromium 156 (--print-to-pdf) from HTML", "html",
            build_esign_certificate_only(case), "not_an_iwp", {},
            "Held out (ninth batch). The e-signature platform's 'Certificate Of Completion' "
            "for an IWP envelope, saved on its own: envelope ID, subject 'Please sign: "
            "Individual Work Plan - Name', record tracking, both signers (Ticket Holder and "
            "EN representative) with emails, signature stamps, IP addresses and Sent / "
            "Viewed / Signed times, summary events. An audit trail only, no plan content; "
            "not an IWP.", {})
    case = cat.series_case("b9_quill", BATCH_9_PEOPLE_FROM)
    cat.add("notiwp_iwp_transmittal_fax_cover.pdf", "not_an_iwp",
            "WeasyPrint 70 (HTML to PDF)", "direct",
            _b9_weasyprint(build_fax_cover_html(case)), "not_an_iwp", {},
            "Held out (ninth batch). An EN's one-page fax cover sheet 'IWP Cover Sheet - "
            "Transmittal to the Ticket Program Manager': To / From / EN / PID / Date / Re "
            "(the Ticket holder's name and SSN) / Pages, a submission-type check box row "
            "('New IWP' ticked), a table of the enclosed pages (the signed IWP, 5 pages, and "
            "its certificate) and a confidentiality notice. No plan content; not an IWP.", {})


def main(argv: list[str]) -> None:
    key_only = "--key-only" in argv
    expected = make_all(HERE, [a for a in argv if a != "--key-only"], key_only=key_only)
    for name in sorted(expected):
        path = HERE / name
        if path.exists():
            print(f"{path.stat().st_size:>9}  {name}")


# =============================================================================================
# Held-out batch 10 (email_, casesys_, amendemail_ and two not-IWPs): an IWP pasted as plain
# text into an e-mail and printed from the mail client (Chromium print of an Outlook-style
# memo print view: header block, hard-wrapped monospace body, subject and "Page x of y" on
# every page), and an IWP printed by an EN's case-management system with WeasyPrint (running
# header and footer, masked SSN, numbered panels with a coloured bar, tablet signatures).
# Written from what ENs send, blind to the reader. People from series 1000.
# =============================================================================================
BATCH_10_ENS = {
    "b10_cedar": dict(name="Cedar Hollow Employment Partners", pid="P0092318",
                      model="traditional", street="418 Sawmill Creek Road, Suite 3",
                      city="Millbrook Falls", state="OR", zip="97999", phone="(503) 555-0139",
                      email="iwp@cedarhollow.example.org",
                      rep="Winifred A. Castellanos-Reid", rep_title="Employment Consultant"),
    "b10_bluestem": dict(name="Bluestem Vocational Alliance", pid="P0099574",
                         model="administrative", street="2650 Prairie Ridge Parkway",
                         city="Lakeshore Bend", state="WI", zip="54999",
                         phone="(414) 555-0176", email="cases@bluestemva.example.org",
                         rep="Desmond O. Achterberg", rep_title="Ticket Case Manager"),
}
ENS.update(BATCH_10_ENS)
BATCH_10_PEOPLE_FROM = 1000
B10_MODALITY = {"in_person": "In person (EN office)", "telephone": "Telephone",
                "video": "Video call (Microsoft Teams)"}
B10_MAIL_WIDTH = 76  # Outlook's "Automatically wrap text at 76 characters"


def _b10_user_mail(en: dict) -> str:
    first, *_, last = en["rep"].replace(".", "").split()
    return f"{first[0].lower()}{last.lower().replace('-', '')}@{en['email'].split('@')[1]}"


def _b10_sent(day: dt.date, seed: int) -> str:
    hour, minute = 9 + seed % 8, (seed * 23 + 7) % 60
    shown = hour - 12 if hour > 12 else hour
    return (f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year} "
            f"{shown}:{minute:02d} {'PM' if hour >= 12 else 'AM'}")


def _b10_mail_wrap(lines: list[str], width: int = B10_MAIL_WIDTH) -> list[str]:
    """What the mail client does to a plain-text body: every line longer than ``width`` is
    broken at its last space and the rest continues at the LEFT MARGIN (no indent kept)."""
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width + 1)
            if cut <= len(line) - len(line.lstrip()):
                break
            out.append(line[:cut].rstrip())
            line = line[cut + 1:].lstrip()
        out.append(line)
    return out


def _b10_head(title: str, rule: str = "-") -> list[str]:
    return ["", title, rule * len(title)]


MAIL_CSS = """
@page { size: letter; margin: 0.75in 0.75in 0.7in 0.75in;
  @top-left { content: "%(subject)s"; font: 8pt 'Liberation Sans', Arial, sans-serif;
              color: #333; }
  @top-right { content: "%(owner)s"; font: 8pt 'Liberation Sans', Arial, sans-serif;
               color: #333; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages);
                   font: 8pt 'Liberation Sans', Arial, sans-serif; }
  @bottom-right { content: "%(printed)s"; font: 8pt 'Liberation Sans', Arial, sans-serif; } }
body { font-family: 'Liberation Sans', Calibri, Arial, sans-serif; font-size: 10.5pt;
       margin: 0; color: #000; }
.owner { font-size: 15pt; font-weight: bold; padding-bottom: 3px; }
.rule { border-top: 3px solid #000; margin: 0 0 8px; }
table.hdr { border-collapse: collapse; margin-bottom: 4px; }
table.hdr td { padding: 0 0 1px; vertical-align: top; font-size: 10.5pt; }
table.hdr td.k { font-weight: bold; width: 1.05in; }
.secure { font-size: 8.5pt; color: #444; border: 1px solid #bbb; background: #f4f4f4;
          padding: 3px 6px; margin: 6px 0 10px; }
hr.sep { border: none; border-top: 1px solid #000; margin: 8px 0 12px; }
pre.body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9.6pt;
           line-height: 1.22; margin: 0; white-space: pre; }
"""


def _b10_mail(en: dict, subject: str, to: str, cc: str, sent: str, printed: str,
              body: list[str], attachments: str | None = None) -> str:
    """The Outlook 'Memo Style' print of a plain-text message (printed by Chromium)."""
    rep_first, *_, rep_last = en["rep"].replace(".", "").split()
    owner = f"{rep_first} {rep_last}"
    css = MAIL_CSS % dict(subject=subject.replace('"', "'"), owner=owner, printed=printed)
    rows = [("From:", f"{en['rep']} &lt;{_h(_b10_user_mail(en))}&gt;"), ("Sent:", _h(sent)),
            ("To:", to), ("Cc:", cc), ("Subject:", _h(subject))]
    if attachments:
        rows.append(("Attachments:", _h(attachments)))
    head = "".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    text = "\n".join(_b10_mail_wrap(body))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_h(subject)}</title><style>{css}</style></head><body>"
            f"<div class='owner'>{_h(owner)}</div><div class='rule'></div>"
            f"<table class='hdr'>{head}</table>"
            "<div class='secure'>[SECURE] This message was encrypted by the sender's mail "
            "gateway and opened in a secure viewer.</div>"
            f"<pre class='body'>{_h(text)}</pre></body></html>")


def _b10_disclaimer() -> list[str]:
    return ["", "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is "
            "for the sole use of the intended recipient(s) and may contain confidential and "
            "privileged information, including personally identifiable information protected "
            "by law. Any unauthorized review, use, disclosure or distribution is prohibited. "
            "If you are not the intended recipient, please contact the sender by reply e-mail "
            "and destroy all copies of the original message."]


def _b10_mail_signoff(en: dict) -> list[str]:
    return ["", "Thank you,", "", en["rep"].replace(".", "").split()[0] + " "
            + en["rep"].split()[-1], f"{en['rep_title']} | {en['name']}",
            f"{en['phone']} | {_b10_user_mail(en)}",
            f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"]


def _b10_when(case: dict) -> dt.date:
    """The day the plan was e-mailed: after the last signature of the plan."""
    days = [s["date"] for s in (case["th_sig"], case["en_sig"]) if s["signed"] and s["date"]]
    days.append(case["discussion"]["date"] or dt.date(2026, 2, 2))
    return max(days)


def email_iwp_lines(case: dict) -> list[str]:
    """The plan as the case manager pasted it into the message (before the client wraps)."""
    en, th, d = case["en"], case["th"], case["discussion"]
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    met = d["date"]
    if ths["signed"]:
        intro = [f"Hello {th['title']} {th['last']},", "",
                 f"Thank you for meeting with me on {met.strftime('%A')}, {met.strftime('%B')} "
                 f"{met.day}. As promised, I have pasted below the Individual Work Plan (IWP) "
                 "that we both signed, so that you have it in your e-mail and can read it on "
                 "your phone. The signed copy stays in your file at our office, and we will "
                 "send the plan to the Ticket Program Manager this week.", "",
                 "Please call me if anything below is not what we agreed."]
    else:
        intro = [f"Hello {th['title']} {th['last']},", "",
                 f"Thank you for meeting with me on {met.strftime('%A')}, {met.strftime('%B')} "
                 f"{met.day}. Below is the Individual Work Plan (IWP) we wrote together. I have "
                 "signed it for the Employment Network. Please read it carefully; your "
                 "signature line is still blank, and you can sign it when you come in or "
                 "reply if you want any changes before you sign."]
    L = intro + ["", "-" * 60, ""]
    numbers = iter(range(1, 20))

    def part(title: str) -> list[str]:
        # the parts are numbered as they come: a part the EN left out leaves no gap
        return _b10_head(f"PART {next(numbers)}. {title}")

    title = "INDIVIDUAL WORK PLAN (IWP) - TICKET TO WORK PROGRAM"
    L += [title, "=" * len(title)]
    L += part("EMPLOYMENT NETWORK INFORMATION")
    L += [f"EN Name: {en['name']}", f"EN Provider ID (PID): {en['pid']}",
          f"Address: {en['street']}, {en['city']}, {en['state']} {en['zip']}",
          f"Phone: {en['phone']}", f"E-mail: {en['email']}",
          f"EN Representative: {en['rep']}, {en['rep_title']}"]
    L += part("TICKET HOLDER INFORMATION")
    L += [f"Name: {th['title']} {th_name}", f"Social Security Number: {th['ssn']}",
          f"Date of Birth: {_date(th['dob'], 'us')}",
          f"Mailing Address: {th['street']}, {th['city']}, {th['state']} {th['zip']}",
          f"Home Phone: {th['phone']}"]
    if th["mobile"]:
        L.append(f"Cell Phone: {th['mobile']}")
    L += [f"E-mail: {th['email']}",
          "Preferred way to contact: " + ("Telephone" if th["preferred"] == "telephone"
                                          else "E-mail")]
    alt = case["alt"]
    if alt:
        L += ["", "Alternate Contact (someone we may contact if we cannot reach you):",
              f"   Name: {alt['name']}", f"   Relationship: {alt['relationship']}",
              f"   Phone: {alt['phone']}", f"   Address: {alt['address']}"]
    L += part("IWP DISCUSSION")
    L += [f"Date of discussion: {_date(met, 'us')}",
          f"Discussion held: {B10_MODALITY[d['modality'][0]]}"]
    if d["summary"]:
        L += ["Summary of discussion:", d["summary"]]
    work = case["work"]
    if work is not None:
        L += part("EMPLOYMENT HISTORY (PAST 18 MONTHS)")
        for n, job in enumerate(work["jobs"], 1):
            L += [f"{n}. Employer: {job['employer']}", f"   Job title: {job['title']}",
                  f"   Dates: {_date(job['start'], 'us')} to {_date(job['end'], 'us')}",
                  f"   Hours per week: {job['hours']}",
                  f"   Gross monthly earnings: {_money(job['monthly'])}"]
        if work["no_work"]:
            L += ["None. " + work["no_work"]]
    L += part("EMPLOYMENT GOALS")
    for lead, goal in (("Short-Term Goal (within one year)", case["st"]),
                       ("Long-Term Goal", case["lt"])):
        if goal is None:
            continue
        L += [f"{lead}:", f"   Job title: {goal['title']}",
              f"   Hours per week: {goal['hours']}",
              f"   Hourly wage: {_money(goal['wage'])}",
              f"   Gross monthly earnings: {_money(goal['monthly'])}",
              f"   Target date: {_date(goal['target'], 'us')}"]
        if goal["training"]:
            L.append(f"   Training needed: {goal['training'][0]} at {goal['training'][1]}")
        L.append("")
    L.pop()
    L += part("SERVICES AND SUPPORTS")
    L += ["The EN will provide the services marked YES. Services marked NO are not part "
          "of this plan.", ""]
    for n, s in enumerate(case["services"], 1):
        if s["provided"]:
            L += [f"{n}. {s['label']} - YES", f"   What: {s['description']}",
                  f"   Provided by: {s['provider']}", f"   How often: {s['frequency']}"]
        else:
            L += [f"{n}. {s['label']} - NO (not needed at this time)"]
    fu = case["follow_up"]
    if fu:
        word = {"monthly": "At least once a month", "quarterly": "At least once every three "
                "months (quarterly)"}
        L += part("FOLLOW-UP")
        L += [f"While you are looking for work: {word[fu['initial']]}",
              f"After you start working: {word[fu['ongoing']]}",
              "How we will contact you: " + ", ".join(fu["methods"])]
    if case["terms"]:
        L += part("TERMS AND CONDITIONS")
        for n, term in enumerate(case["terms"], 1):
            L.append(f"{n}. {term}")
    if case["statement"]:
        L += part("TICKET HOLDER'S STATEMENT OF UNDERSTANDING")
        L.append(case["statement"])
    L += part("SIGNATURES")
    if ths["signed"]:
        L.append(f"Ticket Holder: /s/ {th_name}     Date: "
                 + (_date(ths["date"], "us") if ths["date"] else "__________"))
    else:
        L.append("Ticket Holder: ________________________________     Date: __________")
    if ens["signed"]:
        L.append(f"EN Representative: /s/ {ens['name']}     Date: "
                 + (_date(ens["date"], "us") if ens["date"] else "__________"))
        L.append(f"Title: {ens['title']}")
    else:
        L.append("EN Representative: ________________________________     Date: __________")
    L += ["", "-" * 60]
    return L + _b10_mail_signoff(en) + _b10_disclaimer()


def build_email_iwp(case: dict) -> str:
    en, th = case["en"], case["th"]
    sent = _b10_when(case) + dt.timedelta(days=case["index"] % 2)
    printed = sent + dt.timedelta(days=1 + case["index"] % 3)
    subject = f"Individual Work Plan - {th['first']} {th['last']}"
    return _b10_mail(en, subject, _h(th["email"]),
                     f"IWP Records &lt;records@{en['email'].split('@')[1]}&gt;",
                     _b10_sent(sent, case["index"]), _date(printed, "us_short"),
                     email_iwp_lines(case))


def email_amendment_lines(amend: dict) -> list[str]:
    en, th = amend["en"], amend["th"]
    ths, ens = amend["th_sig"], amend["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    L = [f"Hello {th['title']} {th['last']},", "",
         "Here is the amendment to your Individual Work Plan that we went over on the phone, "
         "with your new goals and the changes to your services. You signed it at your "
         f"appointment on {_date(ths['date'] or ens['date'], 'long')}. Please keep this "
         "e-mail with your copy of the plan.", "", "-" * 60, ""]
    title = "AMENDMENT TO INDIVIDUAL WORK PLAN"
    L += [title, "=" * len(title), f"Amendment number: {amend['number']}"]
    if amend["plan_id"]:
        L.append(f"Plan being amended: IWP no. {amend['plan_id']}")
    if amend["original_signed"]:
        L.append(f"Date the original IWP was signed: {_date(amend['original_signed'], 'us')}")
    L.append(f"Reason for the amendment: {amend['reason']}")
    L += _b10_head("EMPLOYMENT NETWORK")
    L += [f"EN Name: {en['name']}", f"EN Provider ID (PID): {en['pid']}",
          f"EN Representative: {en['rep']}, {en['rep_title']}", f"Phone: {en['phone']}"]
    L += _b10_head("TICKET HOLDER")
    L += [f"Name: {th['title']} {th_name}", f"Social Security Number: {th['ssn']}",
          f"Phone: {th['phone']}"]
    L += _b10_head("REVISED EMPLOYMENT GOALS")
    for lead, goal in (("Short-Term Goal (revised)", amend["st"]),
                       ("Long-Term Goal (revised)", amend["lt"])):
        L += [f"{lead}:", f"   Job title: {goal['title']}", f"   Hours per week: {goal['hours']}",
              f"   Hourly wage: {_money(goal['wage'])}",
              f"   Gross monthly earnings: {_money(goal['monthly'])}",
              f"   Target date: {_date(goal['target'], 'us')}", ""]
    L.pop()
    L += _b10_head("CHANGES TO SERVICES AND SUPPORTS")
    for n, ch in enumerate(amend["changes"], 1):
        L += [f"{n}. {ch['label']} - {ch['change'].upper()}",
              f"   What: {ch['description']}".rstrip(), f"   Provided by: {ch['provider']}",
              f"   How often: {ch['frequency']}"]
    L += ["", "All other parts of your Individual Work Plan stay the same."]
    L += _b10_head("SIGNATURES")
    L.append(f"Ticket Holder: /s/ {th_name}     Date: "
             + (_date(ths["date"], "us") if ths["date"] else "__________")
             if ths["signed"] else
             "Ticket Holder: ________________________________     Date: __________")
    L.append(f"EN Representative: /s/ {ens['name']}     Date: "
             + (_date(ens["date"], "us") if ens["date"] else "__________"))
    L += [f"Title: {ens['title']}", "", "-" * 60]
    return L + _b10_mail_signoff(en) + _b10_disclaimer()


def build_email_amendment(amend: dict) -> str:
    en, th = amend["en"], amend["th"]
    sent = max(s["date"] for s in (amend["th_sig"], amend["en_sig"]) if s["date"])
    sent += dt.timedelta(days=1)
    subject = f"IWP Amendment {amend['number']} - {th['first']} {th['last']}"
    return _b10_mail(en, subject, _h(th["email"]),
                     f"IWP Records &lt;records@{en['email'].split('@')[1]}&gt;",
                     _b10_sent(sent, amend["index"] + 5),
                     _date(sent + dt.timedelta(days=2), "us_short"),
                     email_amendment_lines(amend))


def build_meeting_email() -> str:
    """Not an IWP: a case manager's e-mail confirming the IWP meeting and what to bring."""
    en = BATCH_10_ENS["b10_cedar"]
    meeting = dt.date(2026, 2, 10)
    sent = dt.date(2026, 2, 5)
    body = [
        "Hello Mr. Telfair,", "",
        "Thank you for choosing Cedar Hollow Employment Partners as your Employment Network "
        "under the Ticket to Work program. This e-mail confirms your Individual Work Plan "
        f"(IWP) meeting on {meeting.strftime('%A')}, "
        f"{_date(meeting, 'long')} at 10:00 AM at our office, {en['street']}, {en['city']}. "
        "The meeting takes about an hour and a half. If you would rather meet by telephone or "
        "video, just reply to this e-mail.", "",
        "WHAT WE WILL DO AT THE MEETING", "-" * 30,
        "We will write your Individual Work Plan together. We will go over:",
        "  - your contact information, and someone we may contact if we cannot reach you",
        "  - any work you did in the last 18 months",
        "  - your short-term goal (the next year) and your long-term goal",
        "  - the services and supports we can give you, such as job development, benefits "
        "counseling and job retention",
        "  - how often we will keep in touch with you",
        "  - the terms and conditions of working with an Employment Network",
        "When we both agree on the plan, we will sign it and send it to the Ticket Program "
        "Manager.", "",
        "WHAT TO BRING", "-" * 13,
        "  1. A photo ID",
        "  2. Your Ticket to Work letter or your Social Security award letter",
        "  3. Pay stubs from any job in the last 18 months, if you have them",
        "  4. Your resume, if you have one (we can help you write one)",
        "  5. The name and phone number of a family member or friend we may contact",
        "  6. Any questions about how working affects your benefits", "",
        "If you need an accommodation or an interpreter for the meeting, please tell me by "
        "Friday so that I can arrange it. To change the time, call me at "
        f"{en['phone']}.", "", "See you on Tuesday!"]
    body += _b10_mail_signoff(en) + _b10_disclaimer()
    subject = "Confirming your IWP meeting - Tuesday, February 10 at 10:00 AM"
    return _b10_mail(en, subject, "ambrose.telfair@example.com",
                     f"Front Desk &lt;frontdesk@{en['email'].split('@')[1]}&gt;",
                     _b10_sent(sent, 3), "2/5/2026", body)


# ----- casesys_: an EN case-management system's IWP print, rendered by WeasyPrint ---------------
CASESYS_CSS = """
@page { size: letter; margin: 0.95in 0.6in 0.75in 0.6in;
  @top-left { content: "%(system)s\\A %(who)s"; white-space: pre; font-size: 7.5pt;
              color: #35495e; font-family: 'DejaVu Sans', sans-serif; vertical-align: bottom;
              padding-bottom: 6px; border-bottom: 1.5px solid #2f6f73; }
  @top-right { content: "%(printed)s\\A %(case)s"; white-space: pre; font-size: 7.5pt;
               text-align: right; color: #35495e; font-family: 'DejaVu Sans', sans-serif;
               vertical-align: bottom; padding-bottom: 6px; border-bottom: 1.5px solid #2f6f73; }
  @bottom-center { content: "Confidential - contains PII - Page " counter(page) " of "
                   counter(pages); font-size: 7.5pt; color: #555;
                   font-family: 'DejaVu Sans', sans-serif; } }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8.6pt;
       color: #1f2a36; }
h1 { font-size: 15pt; margin: 0; color: #1f3b4d; }
.titlebar { display: flex; justify-content: space-between; align-items: flex-end;
            margin-bottom: 8px; }
.meta { color: #5b6b7a; font-size: 8pt; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 8px; font-size: 7.5pt;
        font-weight: bold; color: #fff; background: #2f6f73; }
.chip.warn { background: #b7791f; }
.panel { border: 1px solid #cfd8df; border-left: 6px solid #2f6f73; margin: 0 0 9px;
         border-radius: 2px; }
.panel.keep { break-inside: avoid; }
table.grid tr, table.kv tr { break-inside: avoid; }
.panel .ph { background: #eef4f4; padding: 4px 8px; font-weight: bold; font-size: 9.5pt;
             border-bottom: 1px solid #cfd8df; }
.panel .ph .num { display: inline-block; width: 16px; height: 16px; line-height: 16px;
                  text-align: center; border-radius: 8px; background: #2f6f73; color: #fff;
                  font-size: 7.5pt; margin-right: 6px; }
.panel .ph .chev { float: right; color: #7a8c99; font-weight: normal; }
.panel .pb { padding: 5px 8px 6px; }
table { border-collapse: collapse; width: 100%; }
table.kv th { text-align: left; font-weight: bold; width: 19%; padding: 2px 6px 2px 0;
              vertical-align: top; white-space: nowrap; }
table.kv td { width: 31%; padding: 2px 8px 2px 0; vertical-align: top; }
table.kv td.wide { width: auto; }
table.grid th { background: #e3ebef; text-align: left; padding: 3px 4px; font-size: 8pt;
                border: 1px solid #c3ced6; }
table.grid td { padding: 3px 4px; border: 1px solid #d5dde3; vertical-align: top;
                font-size: 8.2pt; }
table.grid td.n { text-align: right; white-space: nowrap; }
.st-prog { color: #1d6b3e; font-weight: bold; } .st-plan { color: #24507f; font-weight: bold; }
.st-no { color: #7a8c99; }
ol.terms { margin: 0; padding-left: 18px; font-size: 7.9pt; } ol.terms li { margin: 0 0 2px; }
.sigs { display: flex; gap: 12px; } .sig { flex: 1; border: 1px solid #cfd8df; padding: 5px 8px; }
.sig .role { font-weight: bold; font-size: 8pt; color: #35495e; }
.sig .pad { height: 0.62in; border-bottom: 1px solid #555; margin: 3px 0 2px;
            position: relative; }
.sig .pad img { height: 0.6in; }
.sig .pad .x { position: absolute; left: 0; bottom: 1px; color: #999; font-size: 9pt; }
.sig .status { font-size: 7.8pt; color: #1d6b3e; }
.sig .status.none { color: #a33; font-weight: bold; }
.note { color: #5b6b7a; font-size: 7.8pt; }
"""


def _b10_signature_uri(seed: int, name: str) -> str:
    """A signature drawn with a stylus on a signature pad: a PNG as a data URI."""
    import base64
    import io
    import math

    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGBA", (480, 110), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    ink = (15, 15, 40, 255)
    x, slant = 14.0, 0.25 + rng.random() * 0.25
    for n, word in enumerate(name.replace(".", "").split()[:3]):
        # a capital: a tall loop drawn with the stylus, then the word as a wavy line whose
        # letters are bumps of random height and width
        height = 34 + rng.random() * 12
        cap = [(x + 9 * math.sin(t / 20 * math.pi) + slant * (height * t / 20),
                74 - height * (t / 20) + 6 * math.cos(t / 20 * 2 * math.pi))
               for t in range(21)]
        cap += [(cap[-1][0] + 3 * k, cap[-1][1] + (height - 12) * k / 8) for k in range(9)]
        points, x = list(cap), cap[-1][0]
        letters = 3 if n == 1 else max(3, min(len(word) - 1, 8))
        for _letter in range(letters):
            tall = rng.random() < 0.25
            width, rise = 7 + rng.random() * 6, (26 if tall else 12) + rng.random() * 6
            for t in range(1, 9):
                phase = t / 8 * math.pi
                points.append((x + width * t / 8 + slant * rise * math.sin(phase),
                               70 - rise * math.sin(phase) + rng.random() * 1.5))
            x += width
        draw.line(points, fill=ink, width=3, joint="curve")
        x += 14 + rng.random() * 8
        if n == 1 and len(word) <= 2:
            x -= 8
    draw.line([(18 + rng.random() * 20, 88), (x * 0.6, 92 + rng.random() * 3), (x + 8, 80)],
              fill=ink, width=2, joint="curve")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _b10_kv(pairs: list[tuple[str, str]]) -> str:
    """Two label/value pairs to a row: labels bold, ending in ':'."""
    rows = []
    for i in range(0, len(pairs), 2):
        cells = "".join(f"<th>{_h(k)}:</th><td>{_h(v)}</td>" for k, v in pairs[i:i + 2])
        rows.append(f"<tr>{cells}</tr>")
    return "<table class='kv'>" + "".join(rows) + "</table>"


def _b10_wide(label: str, value: str) -> str:
    return (f"<table class='kv'><tr><th>{_h(label)}:</th><td class='wide'>{_h(value)}</td>"
            "</tr></table>")


def _b10_panel(number: int, title: str, inner: str, keep: bool = False) -> str:
    return (f"<div class='panel{' keep' if keep else ''}'><div class='ph'>"
            f"<span class='num'>{number}</span>{_h(title)}"
            f"<span class='chev'>&#9662;</span></div><div class='pb'>{inner}</div></div>")


def _b10_casesys_page(en: dict, title: str, who: str, printed: str, case_no: str,
                      body: list[str]) -> str:
    css = CASESYS_CSS
    for key, value in (("system", "Meridian CaseFile 7.2 - " + en["name"]), ("who", who),
                       ("printed", printed), ("case", case_no)):
        css = css.replace(f"%({key})s", value)
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_h(title)}</title><meta name='author' content='Meridian CaseFile'>"
            f"<style>{css}</style></head><body>" + "".join(body) + "</body></html>")


def _b10_user(en: dict) -> str:
    return _b10_user_mail(en).split("@")[0]


def _b10_sig_block(role: str, name: str, sig: dict, seed: int) -> str:
    if sig["signed"]:
        pad = f"<img src='{_b10_signature_uri(seed, name)}'>"
        status = ("Signature captured on tablet &middot; Signed " + _date(sig["date"], "us")
                  if sig["date"] else "Signature captured on tablet &middot; Date signed: "
                  "not entered")
        status = f"<div class='status'>{status}</div>"
    else:
        pad = "<span class='x'>X</span>"
        status = "<div class='status none'>Not signed</div>"
    return (f"<div class='sig'><div class='role'>{_h(role)}</div><div class='pad'>{pad}</div>"
            f"<div>{_h(name)}</div>{status}</div>")


def build_casesys_iwp(case: dict) -> str:
    """Layout ``casesys``: the IWP as the EN's case-management system prints it."""
    en, th, d = case["en"], case["th"], case["discussion"]
    ths, ens = case["th_sig"], case["en_sig"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    seed = case["index"]
    case_no = f"Case #BVA-{seed:05d}"
    days = [x for x in (ths["date"], ens["date"], d["date"]) if x]
    printed = max(days + [dt.date(2026, 2, 2)]) + dt.timedelta(days=2 + seed % 3)
    masked = "XXX-XX-" + th["ssn"][-4:]
    who = (f"Individual Work Plan - {th['last'].upper()}, {th['first']} {th['middle']} - "
           f"SSN {masked}")
    both = ths["signed"] and ens["signed"]
    chip = ("<span class='chip'>Signed</span>" if both
            else "<span class='chip warn'>Awaiting signatures</span>")
    body = [f"<div class='titlebar'><div><h1>Individual Work Plan (IWP)</h1><div class='meta'>"
            f"Ticket to Work &middot; Plan IWP-{seed:05d} &middot; Initial plan</div></div>"
            f"<div>{chip}</div></div>"]
    body.append(_b10_panel(1, "Employment Network", _b10_kv([
        ("EN name", en["name"]), ("Provider ID (PID)", en["pid"]),
        ("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}"),
        ("Phone", en["phone"]), ("Email", en["email"]),
        ("Case manager", f"{en['rep']}, {en['rep_title']}")])))
    body.append(_b10_panel(2, "Ticket Holder", _b10_kv([
        ("Name", f"{th['title']} {th_name}"), ("SSN", th["ssn"]),
        ("Date of birth", _date(th["dob"], "us")), ("Home phone", th["phone"]),
        ("Address", f"{th['street']}, {th['city']}, {th['state']} {th['zip']}"),
        ("Cell phone", th["mobile"] or ""), ("Email", th["email"]),
        ("Preferred contact", th["preferred"].capitalize())])))
    alt = case["alt"] or dict(name="", relationship="", phone="", address="")
    body.append(_b10_panel(3, "Alternate Contact", _b10_kv([
        ("Name", alt["name"]), ("Relationship", alt["relationship"]),
        ("Phone", alt["phone"]), ("Address", alt["address"])])))
    inner = _b10_kv([("Date of IWP discussion", _date(d["date"], "us")),
                     ("Meeting type", B10_MODALITY[d["modality"][0]] if d["modality"] else "")])
    if d["summary"]:
        inner += _b10_wide("Discussion notes", d["summary"])
    body.append(_b10_panel(4, "IWP Discussion", inner))
    work = case["work"]
    if work is not None:
        if work["jobs"]:
            inner = ("<table class='grid'><tr><th>Employer</th><th>Job title</th><th>Start</th>"
                     "<th>End</th><th>Hours/week</th><th>Gross monthly</th></tr>")
            for job in work["jobs"]:
                inner += (f"<tr><td>{_h(job['employer'])}</td><td>{_h(job['title'])}</td>"
                          f"<td>{_date(job['start'], 'us')}</td><td>{_date(job['end'], 'us')}"
                          f"</td><td class='n'>{job['hours']}</td>"
                          f"<td class='n'>{_money(job['monthly'])}</td></tr>")
            inner += "</table>"
        else:
            inner = _b10_wide("Employment in last 18 months", "None. " + work["no_work"])
        body.append(_b10_panel(5, "Work History (last 18 months)", inner))
    inner = ("<table class='grid'><tr><th>Goal type</th><th>Occupation</th><th>Hours</th>"
             "<th>Wage</th><th>Monthly</th><th>Target date</th></tr>")
    for kind, goal in (("Short-term", case["st"]), ("Long-term", case["lt"])):
        if goal is None:
            inner += f"<tr><td>{kind}</td><td></td><td></td><td></td><td></td><td></td></tr>"
            continue
        inner += (f"<tr><td>{kind}</td><td>{_h(goal['title'])}</td>"
                  f"<td class='n'>{goal['hours']}</td><td class='n'>{_money(goal['wage'])}</td>"
                  f"<td class='n'>{_money(goal['monthly'])}</td>"
                  f"<td>{_date(goal['target'], 'us')}</td></tr>")
    inner += "</table>"
    training = case["lt"]["training"]
    inner += _b10_wide("Training / education (long-term goal)",
                       f"{training[0]} - {training[1]}" if training else "None needed")
    body.append(_b10_panel(6, "Employment Goals", inner))
    inner = ("<table class='grid'><tr><th style='width:19%'>Service</th><th style='width:13%'>"
             "Status</th><th style='width:16%'>Staff</th><th style='width:15%'>Frequency</th>"
             "<th>Notes</th></tr>")
    for s in case["services"]:
        if s["provided"]:
            status = ("<span class='st-prog'>In progress</span>"
                      if s["key"] in ("benefits_counseling", "job_development")
                      else "<span class='st-plan'>Planned</span>")
            inner += (f"<tr><td>{_h(s['label'])}</td><td>{status}</td><td>{_h(s['provider'])}"
                      f"</td><td>{_h(s['frequency'])}</td><td>{_h(s['description'])}</td></tr>")
        else:
            inner += (f"<tr><td>{_h(s['label'])}</td><td><span class='st-no'>Not needed</span>"
                      "</td><td></td><td></td><td></td></tr>")
    inner += "</table>"
    body.append(_b10_panel(7, "Services and Supports", inner))
    fu = case["follow_up"]
    number = 8
    if fu:
        word = {"monthly": "Monthly", "quarterly": "Quarterly"}
        methods = ", ".join(m.capitalize() for m in fu["methods"])
        inner = ("<table class='grid'><tr><th>Phase</th><th>Frequency</th><th>Method</th>"
                 "<th>Staff</th></tr>"
                 f"<tr><td>Before employment (job search)</td><td>{word[fu['initial']]}</td>"
                 f"<td>{_h(methods)}</td><td>{_h(en['rep'])}</td></tr>"
                 f"<tr><td>After employment</td><td>{word[fu['ongoing']]}</td>"
                 f"<td>{_h(methods)}</td><td>{_h(en['rep'])}</td></tr></table>")
        body.append(_b10_panel(number, "Contact plan", inner))
        number += 1
    if case["terms"]:
        body.append(_b10_panel(number, "Terms and Conditions", "<ol class='terms'>" + "".join(
            f"<li>{_h(t)}</li>" for t in case["terms"]) + "</ol>"))
        number += 1
    if case["statement"]:
        body.append(_b10_panel(number, "Ticket Holder Statement of Understanding",
                               f"<div>{_h(case['statement'])}</div>"))
        number += 1
    body.append(_b10_panel(number, "Signatures", "<div class='sigs'>"
                           + _b10_sig_block("Ticket Holder", th_name, ths, seed * 3 + 1)
                           + _b10_sig_block(f"EN Representative - {ens['title']}", ens["name"],
                                            ens, seed * 3 + 2) + "</div>", keep=True))
    return _b10_casesys_page(en, f"IWP-{seed:05d} {th['last']}", who,
                             f"Printed {_date(printed, 'us')} by {_b10_user(en)}", case_no, body)


def build_case_note() -> str:
    """Not an IWP: the system's Case Note recording an IWP discussion meeting."""
    en = BATCH_10_ENS["b10_bluestem"]
    who = "Case Note - OAKHURST, Seraphina D. - SSN XXX-XX-4471"
    body = ["<div class='titlebar'><div><h1>Case Note</h1><div class='meta'>Note "
            "CN-2026-00812 &middot; Type: IWP planning meeting</div></div>"
            "<div><span class='chip'>Finalized</span></div></div>"]
    body.append(_b10_panel(1, "Contact", _b10_kv([
        ("Client", "Ms. Seraphina D. Oakhurst"), ("Case number", "BVA-01388"),
        ("Date of contact", "02/09/2026"), ("Time", "10:00 AM - 11:10 AM"),
        ("Contact type", "In person (EN office)"), ("Staff", en["rep"]),
        ("Attendees", "Seraphina Oakhurst; Desmond O. Achterberg; Marisol Oakhurst (sister, "
                      "at the client's request)"), ("Program", "Ticket to Work")])))
    body.append(_b10_panel(2, "Narrative", (
        "<p>Met with Ms. Oakhurst to begin her Individual Work Plan. Reviewed her work since "
        "2024: seasonal cashier, ended September 2025. She would like part-time office work "
        "first and is interested in medical billing long term. Discussed a short-term goal of "
        "about 20 hours a week at or above $16.00 an hour and a long-term goal of full-time "
        "medical billing specialist after a certificate course; she will look at the course "
        "schedule at Lakeshore Technical College.</p>"
        "<p>Talked about the services we can provide: benefits counseling (referral to a WIPA "
        "project), resume help and job development, and check-ins after she starts work. "
        "Explained that we will keep in touch at least monthly while she looks for work. "
        "Gave her the EN's Statement of Services and explained how to unassign her Ticket. "
        "She asked whether working will affect her SSDI; told her the WIPA counselor will "
        "go over it.</p>")))
    body.append(_b10_panel(3, "Next steps", (
        "<table class='grid'><tr><th>Action</th><th>Who</th><th>Due</th></tr>"
        "<tr><td>IWP to be typed and signed next week (appointment 02/16/2026, 2:00 PM)</td>"
        f"<td>{_h(en['rep'])}</td><td>02/16/2026</td></tr>"
        "<tr><td>Send WIPA referral through the Ticket to Work Help Line</td>"
        f"<td>{_h(en['rep'])}</td><td>02/12/2026</td></tr>"
        "<tr><td>Bring course schedule and pay stubs from 2025</td><td>Client</td>"
        "<td>02/16/2026</td></tr></table>")))
    body.append(_b10_panel(4, "Staff signature", (
        "<div class='sigs'>" + _b10_sig_block(f"Case manager - {en['rep_title']}", en["rep"],
                                              dict(signed=True, date=dt.date(2026, 2, 9)), 77)
        + "</div><p class='note'>This note is part of the client's case record. It is not an "
          "Individual Work Plan.</p>")))
    return _b10_casesys_page(en, "Case Note CN-2026-00812", who,
                             f"Printed 02/12/2026 by {_b10_user(en)}", "Case #BVA-01388", body)


def weasy_print(html_text: str, out: Path, tmp: Path) -> None:
    """Render an HTML page to PDF with WeasyPrint (as a case-management system does)."""
    from weasyprint import HTML

    HTML(string=html_text, base_url=str(tmp)).write_pdf(out)


MAKERS["weasy"] = weasy_print


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_10 = {
    "email": dict(
        producer="Chromium 156 (--print-to-pdf) from HTML (a mail client's print view of a "
                 "plain-text e-mail)",
        en="b10_cedar", kind="html", build=build_email_iwp,
        description="Held out (tenth batch). An IWP PASTED AS PLAIN TEXT into an e-mail and "
                    "printed from the mail client (Outlook 'Memo Style'): the sender's name in "
                    "large bold type over a thick rule, a 'From: / Sent: / To: / Cc: / "
                    "Subject: Individual Work Plan - Name' block, a '[SECURE]' banner, then the "
                    "message in a monospace font, HARD-WRAPPED at 76 characters so long lines "
                    "(summary, terms, addresses) continue at the left margin; a greeting "
                    "paragraph, a dashed separator, 'PART n. ...' headings underlined with "
                    "'-----' (the title with '====='), 'Label: value' lines, goals and services "
                    "as indented lines under a lead ('1. Benefits counseling - YES', '   What: "
                    "...', '   Provided by: ...'), numbered terms, signatures as 'Ticket "
                    "Holder: /s/ Name     Date: 02/02/2026', the sender's mail signature and a "
                    "CONFIDENTIALITY NOTICE; every page has the subject at the top and 'Page x "
                    "of y' and the print date at the bottom.",
        defects=["no_discussion_summary", "ticketholder_unsigned", "long_term_below_sga",
                 "no_follow_up", "no_terms"]),
    "casesys": dict(
        producer="WeasyPrint 70 from HTML (an EN case-management system's print)",
        en="b10_bluestem", kind="weasy", build=build_casesys_iwp,
        description="Held out (tenth batch). The IWP as an EN's case-management system "
                    "('Meridian CaseFile') prints it with WeasyPrint: a running header on "
                    "every page with the system and EN name, 'Individual Work Plan - LAST, "
                    "First M. - SSN XXX-XX-1234' (masked; the full SSN once in the body) and "
                    "'Printed 02/12/2026 by user', a running footer 'Confidential - contains "
                    "PII - Page x of y'; sections as numbered accordion-like panels with a "
                    "coloured left bar and a chevron; two label/value pairs to a row with bold "
                    "labels ending in ':'; goals as a table 'Goal type | Occupation | Hours | "
                    "Wage | Monthly | Target date' with a row per goal; services as a table "
                    "'Service | Status | Staff | Frequency | Notes' (status 'In progress' / "
                    "'Planned' for provided services, 'Not needed' with empty cells for the "
                    "others; the description is the Notes); follow-up as a 'Contact plan' table "
                    "(Phase | Frequency | Method | Staff); numbered terms; signatures as drawn "
                    "signature-pad images over a rule with the name and 'Signature captured on "
                    "tablet - Signed 02/05/2026'. Empty fields are blank.",
        defects=["en_undated", "no_alternate_contact", "service_without_description",
                 "no_short_term_goal", "no_discussion_record"]),
}


def _b10_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_10(cat) -> None:
    """The tenth held-out batch: people numbered from BATCH_10_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_10.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_10_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            if layout == "email" and defect == "ticketholder_unsigned":
                what += (" ('Ticket Holder: ____  Date: ____'; the greeting says the plan is "
                         "sent for review and the Ticket Holder's line is still blank)")
            if layout == "casesys" and defect == "en_undated":
                what += (" (the signature-pad image is there, the status line says 'Date "
                         "signed: not entered')")
            if layout == "casesys" and defect == "no_alternate_contact":
                what += (" (the Alternate Contact panel's Name, Relationship, Phone and "
                         "Address are blank)")
            if layout == "casesys" and defect == "service_without_description":
                what += " ('In progress' with staff and frequency, empty Notes)"
            if layout == "casesys" and defect == "no_short_term_goal":
                _b6_no_short_term_summary(case)
                what += (" (the Short-term row of the goals table is empty; the discussion "
                         "notes talk only about the long-term goal)")
            if layout == "casesys" and defect == "no_discussion_record":
                what += " ('Date of IWP discussion' and 'Meeting type' are blank)"
            cat.add(f"{layout}_{defect or 'complete'}.pdf", layout, spec["producer"],
                    spec["kind"], spec["build"](case), "iwp", _components("iwp", overrides),
                    _b10_notes(spec["description"], what), case_values(case))
    description = ("Held out (tenth batch). An IWP amendment pasted as plain text into an "
                   "e-mail and printed from the mail client, like email_: the From / Sent / "
                   "To / Cc / Subject block ('IWP Amendment n - Name'), the monospace body "
                   "hard-wrapped at 76 characters, 'AMENDMENT TO INDIVIDUAL WORK PLAN' over "
                   "'=====', 'Amendment number:', 'Plan being amended: IWP no. ...', 'Date the "
                   "original IWP was signed:', 'Reason for the amendment:', 'REVISED "
                   "EMPLOYMENT GOALS' as indented lines, 'CHANGES TO SERVICES AND SUPPORTS' as "
                   "'1. Training - ADDED' with 'What: / Provided by: / How often:' lines, "
                   "'/s/' signature lines, the mail signature and a confidentiality notice.")
    for number, defect in enumerate([None, "no_reference",
                                     "added_service_without_description"], 2):
        amend = make_amendment(cat.series_case("b10_cedar", BATCH_10_PEOPLE_FROM), number)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "added_service_without_description":
            what += " (its 'What:' line is empty)"
        cat.add(f"amendemail_{defect or 'complete'}.pdf", "amendemail",
                HELDOUT_LAYOUTS_10["email"]["producer"], "html", build_email_amendment(amend),
                "amendment", _components("amendment", overrides), _b10_notes(description, what),
                amendment_values(amend))
    cat.add("notiwp_iwp_meeting_confirmation_email.pdf", "not_an_iwp",
            HELDOUT_LAYOUTS_10["email"]["producer"], "html", build_meeting_email(),
            "not_an_iwp", {},
            "Held out (tenth batch). A case manager's e-mail to a new Ticket holder, printed "
            "from the mail client like email_: it confirms the IWP meeting (date, time, place), "
            "lists what the meeting will cover (contact information and an alternate contact, "
            "work in the last 18 months, short- and long-term goals, services, follow-up, "
            "terms and conditions, signing) and what to bring. No plan, no signatures. Not an "
            "IWP.", {})
    cat.add("notiwp_iwp_meeting_case_note.pdf", "not_an_iwp",
            HELDOUT_LAYOUTS_10["casesys"]["producer"], "weasy", build_case_note(), "not_an_iwp",
            {}, "Held out (tenth batch). A 'Case Note' printed from the casesys_ system: the "
                "IWP planning meeting with a Ticket holder (date, time, contact type, "
                "attendees), a narrative of the goals and services discussed, 'Next steps' "
                "('IWP to be typed and signed next week'), the case manager's tablet "
                "signature. Not an IWP.", {})


# Held-out batch 11 (lined_, amendform_, amendletter_ and six not-IWPs): look-alikes that are
# NOT Ticket to Work IWPs (a school IEP transition plan, a TANF Individual Responsibility Plan,
# a Medicaid waiver person-centered plan, a State VR IPE amendment, an EN's blank IWP how-to
# for staff, an SSA Ticket notice), amendments as a filled fillable form and as a letter to
# the Ticket holder, and an old-style ruled paper form with the values typed onto the rules in
# blue Courier. Written from what ENs send, blind to the reader. People from series 1100.
# =============================================================================================
BATCH_11_ENS = {
    "b11_millrace": dict(name="Millrace Vocational Partners", pid="P0092216",
                         model="traditional", street="88 Sluice Gate Road",
                         city="Tallow Creek", state="OH", zip="43999", phone="(740) 555-0127",
                         email="iwp@millrace-vp.example.org",
                         rep="Rosamund E. Achterberg", rep_title="Employment Specialist"),
    "b11_kestrel": dict(name="Kestrel Ridge Employment Network, Inc.", pid="P0095538",
                        model="administrative", street="2400 Aerie Parkway, Suite 210",
                        city="Windcliff", state="NM", zip="87999", phone="(505) 555-0153",
                        email="plans@kestrelridge-en.example.org",
                        rep="Obadiah F. Lindgren-Osei", rep_title="Ticket Program Coordinator"),
    "b11_juniper": dict(name="Juniper Commons Work Services", pid="P0098047",
                        model="traditional", street="16 Cooperage Lane",
                        city="Sable Harbor", state="OR", zip="97999", phone="(541) 555-0139",
                        email="enservices@junipercommons.example.org",
                        rep="Philomena J. Castellanos", rep_title="Employment Consultant"),
}
ENS.update(BATCH_11_ENS)
BATCH_11_PEOPLE_FROM = 1100
B11_HOW_MET = {"in_person": "In person", "telephone": "Telephone", "video": "Video"}


# ----- lined_: a ruled paper form with the values typed onto the rules (reportlab) ----------
LINED_INK = (0.08, 0.16, 0.62)   # the blue of the typed entries


class RuledForm:
    """An old paper form: printed rules with tiny captions in parentheses UNDER them, and the
    EN's entries typed ONTO the rules in blue Courier (as with a typewriter or a 'type on
    PDF' tool)."""

    LEFT, RIGHT, TOP, BOTTOM = 50, 562, 748, 62

    def __init__(self, path: Path, en: dict, th_name: str) -> None:
        letter, canvas = _reportlab()
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle("Individual Work Plan")
        self.c.setAuthor(en["name"])
        self.en, self.th_name = en, th_name
        self.page, self.y = 1, self.TOP

    # --- page handling --------------------------------------------------------------------
    def _footer(self) -> None:
        c = self.c
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0)
        c.drawString(self.LEFT, 40, "Form IWP-1 (Rev. 08/2019)   Previous editions are "
                     "obsolete.   Original: EN file   Copy: Ticket Holder")
        c.drawRightString(self.RIGHT, 40, f"Page {self.page}")

    def need(self, height: float) -> None:
        if self.y - height < self.BOTTOM:
            self._footer()
            self.c.showPage()
            self.page += 1
            self.y = self.TOP
            c = self.c
            c.setFont("Helvetica", 7)
            c.drawString(self.LEFT, 768, "INDIVIDUAL WORK PLAN (continued)")
            c.drawString(330, 768, "Ticket Holder:")
            c.setLineWidth(0.5)
            c.line(382, 766, self.RIGHT, 766)
            self._typed(385, 768, self.th_name, size=9)

    def save(self) -> None:
        self._footer()
        self.c.save()

    # --- printed matter -------------------------------------------------------------------
    def part(self, title: str) -> None:
        self.need(60)
        c = self.c
        self.y -= 6
        c.setLineWidth(1.4)
        c.line(self.LEFT, self.y + 11, self.RIGHT, self.y + 11)
        c.setFont("Times-Bold", 10.5)
        c.drawString(self.LEFT, self.y, title.upper())
        self.y -= 22

    def printed(self, text: str, size: float = 8.5, font: str = "Times-Roman",
                indent: float = 0, leading: float | None = None) -> None:
        from reportlab.lib.utils import simpleSplit

        leading = leading or size + 2.2
        for line in simpleSplit(text, font, size, self.RIGHT - self.LEFT - indent):
            self.need(leading)
            self.c.setFont(font, size)
            self.c.setFillGray(0)
            self.c.drawString(self.LEFT + indent, self.y, line)
            self.y -= leading

    # --- entries --------------------------------------------------------------------------
    def _typed(self, x: float, y: float, text: str, size: float = 9.5) -> None:
        c = self.c
        c.setFont("Courier", size)
        c.setFillColorRGB(*LINED_INK)
        c.drawString(x, y, text)
        c.setFillGray(0)

    def rules(self, cells: list[tuple[float, str | None, str]], gap: float = 8) -> None:
        """One row of rules: (width, typed value or None, caption printed under the rule)."""
        self.need(26)
        c, x = self.c, self.LEFT
        for width, value, caption in cells:
            c.setLineWidth(0.5)
            c.line(x, self.y, x + width, self.y)
            if value:
                self._typed(x + 3, self.y + 2.2, str(value))
            c.setFont("Helvetica", 5.8)
            c.drawString(x, self.y - 7, f"({caption})")
            x += width + gap
        self.y -= 25

    def wide_rule(self, value: str | None, caption: str) -> None:
        """A full-width rule; a value too long for it continues on a second rule above the
        caption, as a typist would go on to the next line."""
        from reportlab.lib.utils import simpleSplit

        width = self.RIGHT - self.LEFT
        parts = simpleSplit(value, "Courier", 9.5, width - 8) if value else [""]
        for part in parts[:-1]:
            self.need(40)
            self.c.setLineWidth(0.5)
            self.c.line(self.LEFT, self.y, self.RIGHT, self.y)
            self._typed(self.LEFT + 3, self.y + 2.2, part)
            self.y -= 15
        self.rules([(width, parts[-1], caption)])

    def lines(self, text: str | None, caption: str, count: int) -> None:
        """A caption printed ABOVE a block of ``count`` empty rules, the text typed onto them."""
        from reportlab.lib.utils import simpleSplit

        width = self.RIGHT - self.LEFT
        wrapped = simpleSplit(text, "Courier", 9, width - 6) if text else []
        count = max(count, len(wrapped))
        self.need(14 + 15 * min(count, 3))
        self.c.setFont("Helvetica", 6.5)
        self.c.drawString(self.LEFT, self.y, caption)
        self.y -= 14
        for i in range(count):
            self.need(15)
            self.c.setLineWidth(0.5)
            self.c.line(self.LEFT, self.y, self.RIGHT, self.y)
            if i < len(wrapped):
                self._typed(self.LEFT + 3, self.y + 2.2, wrapped[i], size=9)
            self.y -= 15
        self.y -= 6

    def blanks(self, x: float, label: str, on: bool) -> float:
        """'___ Label' with an X typed on the blank when chosen; returns the next x."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.c
        c.setLineWidth(0.5)
        c.line(x, self.y - 1, x + 18, self.y - 1)
        if on:
            self._typed(x + 6, self.y + 0.5, "X", size=10)
        c.setFont("Times-Roman", 9)
        c.drawString(x + 21, self.y, label)
        return x + 21 + stringWidth(label, "Times-Roman", 9) + 14

    def question(self, text: str, choices: list[tuple[str, bool]], x_choices: float = None):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.need(16)
        self.c.setFont("Times-Roman", 9)
        self.c.drawString(self.LEFT, self.y, text)
        x = x_choices or self.LEFT + stringWidth(text, "Times-Roman", 9) + 10
        for label, on in choices:
            x = self.blanks(x, label, on)
        self.y -= 17


def build_lined_iwp(case: dict, path: Path) -> None:
    """Layout ``lined``: an old paper form of rules, values typed onto them in blue Courier."""
    en, th, d, alt = case["en"], case["th"], case["discussion"], case["alt"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    f = RuledForm(path, en, th_name)
    c = f.c
    c.setFont("Times-Bold", 9)
    c.drawString(f.LEFT, 760, "TICKET TO WORK PROGRAM")
    c.setFont("Times-Roman", 7.5)
    c.drawRightString(f.RIGHT, 760, "Employment Network copy - keep with the case file")
    c.setFont("Times-Bold", 17)
    c.drawCentredString(306, 738, "INDIVIDUAL WORK PLAN")
    c.setFont("Times-Italic", 8.5)
    c.drawCentredString(306, 726, "Type or print in ink. Write the answer on the line above "
                        "each caption. Mark an X on the blank that applies.")
    f.y = 700
    w = f.RIGHT - f.LEFT
    f.part("Part I - Employment Network")
    f.rules([(330, en["name"], "Name of Employment Network"),
             (174, en["pid"], "EN Provider Identification Number (PID)")])
    f.rules([(330, en["street"], "Street address"),
             (174, f"{en['city']}, {en['state']} {en['zip']}", "City, State, ZIP")])
    f.rules([(160, en["phone"], "Telephone"), (200, en["email"], "E-mail"),
             (136, f"{en['rep']}", "EN Representative")])
    f.question("EN business model:", [("Traditional", en["model"] == "traditional"),
                                      ("Employer", en["model"] == "employer"),
                                      ("Administrative", en["model"] == "administrative")])
    f.part("Part II - Ticket Holder")
    f.rules([(300, th_name, "Name of Ticket Holder (first, middle initial, last)"),
             (100, th["ssn"], "Social Security Number"),
             (96, _date(th["dob"], "us"), "Date of birth")])
    f.rules([(300, th["street"], "Street address"),
             (204, f"{th['city']}, {th['state']} {th['zip']}", "City, State, ZIP")])
    f.rules([(120, th["phone"], "Home telephone"),
             (120, th["mobile"] or "", "Cell telephone"),
             (256, th["email"], "E-mail")])
    f.question("Best way to reach you:", [("Telephone", th["preferred"] == "telephone"),
                                          ("E-mail", th["preferred"] == "email"),
                                          ("Mail", False)])
    f.part("Part III - Alternate Contact")
    f.printed("A person we may contact if we cannot reach you.", size=8, font="Times-Italic")
    f.y -= 6
    a = alt or dict(name="", relationship="", phone="", address="")
    f.rules([(220, a["name"], "Name of alternate contact"),
             (120, a["relationship"], "Relationship"), (156, a["phone"], "Telephone")])
    f.rules([(w, a["address"], "Address")])
    f.part("Part IV - Planning Discussion")
    f.rules([(140, _date(d["date"], "us") if d["date"] else "", "Date of discussion")])
    f.y += 8
    modality = d["modality"][0] if d["modality"] else None
    f.question("The discussion was held:", [(label, modality == key)
                                            for key, label in B11_HOW_MET.items()])
    f.lines(d["summary"], "Summary of the discussion (the Ticket Holder's goals, why they are "
            "realistic, and how the services below will help):", 5)
    f.part("Part V - Work History (last 6 to 18 months)")
    work = case["work"]
    job = work["jobs"][0] if work and work["jobs"] else None
    f.rules([(150, job["employer"] if job else "", "Employer"),
             (130, job["title"] if job else "", "Job title"),
             (62, _date(job["start"], "us") if job else "", "Date started"),
             (62, _date(job["end"], "us") if job else "", "Date ended"),
             (36, str(job["hours"]) if job else "", "Hrs/wk"),
             (32, _money(job["monthly"], cents=False) if job else "", "$/month")], gap=6)
    f.rules([(150, "", "Employer"), (130, "", "Job title"), (62, "", "Date started"),
             (62, "", "Date ended"), (36, "", "Hrs/wk"), (32, "", "$/month")], gap=6)
    no_work = bool(work and work["no_work"])
    f.question("No paid work in the last 18 months:", [("Yes", no_work),
                                                       ("No", bool(work) and not no_work)])
    if no_work:
        f.lines(work["no_work"], "Explain:", 1)
    f.part("Part VI - Employment Goals")
    for label, goal in (("Short-term employment goal (within one year)", case["st"]),
                        ("Long-term employment goal", case["lt"])):
        f.printed(label, size=9, font="Times-Bold")
        f.y -= 8
        f.rules([(250, goal["title"], "Job title / occupation"),
                 (70, str(goal["hours"]), "Hours per week"),
                 (70, _money(goal["wage"]), "Hourly wage"),
                 (98, _money(goal["monthly"]), "Gross monthly earnings")])
        tr = goal["training"]
        f.rules([(110, _date(goal["target"], "us"), "Target date"),
                 (386, f"{tr[0]}, {tr[1]}" if tr else "None needed",
                  "Education or training needed for this goal (program and school)")])
    f.part("Part VII - Services and Supports the EN Will Provide")
    f.printed("For each service mark Yes or No. For each Yes, describe the service, who will "
              "provide it and how often.", size=8, font="Times-Italic")
    f.y -= 6
    for n, s in enumerate(case["services"], 1):
        f.need(110 if s["provided"] else 20)
        f.question(f"{n}. {s['label']}", [("Yes", s["provided"]), ("No", not s["provided"])],
                   x_choices=f.LEFT + 190)
        if s["provided"]:
            f.y -= 2
            f.wide_rule(s["description"], "Description of the service")
            f.rules([(250, s["provider"], "Provided by"), (246, s["frequency"], "How often")])
    f.part("Part VIII - Follow-up")
    fu = case["follow_up"]
    f.question("While you look for work, we will contact you:",
               [("Monthly", fu["initial"] == "monthly"),
                ("Every three months", fu["initial"] == "quarterly")], x_choices=f.LEFT + 230)
    f.question("Once you are working, we will contact you:",
               [("Monthly", fu["ongoing"] == "monthly"),
                ("Every three months", fu["ongoing"] == "quarterly")], x_choices=f.LEFT + 230)
    f.rules([(w, ", ".join(fu["methods"]).capitalize(), "How we will contact you")])
    f.part("Part IX - Terms and Conditions")
    for i, term in enumerate(case["terms"], 1):
        f.printed(f"{i}.  {term}", size=7.8, indent=0, leading=9.6)
    f.part("Part X - Statement of Understanding")
    f.printed(case["statement"], size=8.5)
    f.y -= 4
    f.part("Part XI - Signatures")
    ths, ens = case["th_sig"], case["en_sig"]
    f.need(120)
    f.y -= 12
    f.rules([(330, f"/s/ {th['first']} {th['last']}" if ths["signed"] else "",
              "Signature of Ticket Holder"),
             (150, _date(ths["date"], "us") if ths["signed"] and ths["date"] else "",
              "Date")], gap=24)
    f.y -= 8
    f.rules([(330, f"/s/ {ens['name']}" if ens["signed"] else "",
              "Signature of EN Representative"),
             (150, _date(ens["date"], "us") if ens["signed"] and ens["date"] else "",
              "Date")], gap=24)
    f.rules([(330, f"{ens['name']}, {ens['title']}",
              "Printed name and title of EN Representative")])
    f.save()


# ----- amendform_: an amendment as a filled fillable form (reportlab AcroForm) ----------------
class AutoNamedForm:
    """Widgets named the way Acrobat's automatic field detection names them: after the
    printed words next to the box ('Ticket Holder Name', 'Date', 'Date_2', 'undefined',
    'Check Box3'), with no tooltips. Values live only in the fields."""

    def __init__(self, c) -> None:
        self.c = c
        self.used: dict[str, int] = {}
        self.boxes = 0

    def _name(self, base: str) -> str:
        base = base or "undefined"
        n = self.used.get(base, 0) + 1
        self.used[base] = n
        return base if n == 1 else f"{base}_{n}"

    def text(self, name: str, value, x, y, width, height=16, size=9, multiline=False,
             font="Helvetica") -> None:
        from reportlab.lib import colors

        self.c.acroForm.textfield(
            name=self._name(name), tooltip=None, x=x, y=y, width=width, height=height,
            value="" if value is None else str(value), fontName=font, fontSize=size,
            borderWidth=0.6, borderColor=colors.HexColor("#6b7a8f"),
            fillColor=colors.HexColor("#fbfcfe"), forceBorder=True, textColor=colors.black,
            fieldFlags="multiline" if multiline else "")

    def check(self, checked: bool, x, y, size=10) -> None:
        from reportlab.lib import colors

        self.boxes += 1
        self.c.acroForm.checkbox(name=f"Check Box{self.boxes}", tooltip=None, x=x, y=y,
                                 size=size, checked=bool(checked), buttonStyle="check",
                                 borderWidth=0.6, borderColor=colors.HexColor("#6b7a8f"),
                                 fillColor=colors.white, textColor=colors.black,
                                 forceBorder=True)


def build_amendform(amend: dict, path: Path) -> None:
    """Layout ``amendform``: a one-and-a-half page fillable amendment form, filled in."""
    letter, canvas = _reportlab()
    en, th = amend["en"], amend["th"]
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("IWP Amendment Form")
    c.setAuthor(en["name"])
    form = AutoNamedForm(c)
    L, R = 48, 564

    def label(x, y, text, size=7.5, font="Helvetica"):
        c.setFont(font, size)
        c.setFillGray(0)
        c.drawString(x, y, text)

    def band(y, text):
        c.setFillColorRGB(0.85, 0.89, 0.93)
        c.rect(L, y - 4, R - L, 15, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(L + 4, y, text)

    def footer(page):
        c.setFont("Helvetica", 6.5)
        c.drawString(L, 30, "IWP-AMD (fillable) 01/2026 - Attach to the original Individual "
                     "Work Plan. Give the Ticket Holder a copy.")
        c.drawRightString(R, 30, f"Page {page} of 2")

    c.setFont("Helvetica-Bold", 15)
    c.drawString(L, 748, "AMENDMENT TO INDIVIDUAL WORK PLAN (IWP)")
    c.setFont("Helvetica", 8.5)
    c.drawString(L, 735, "Ticket to Work Program - complete every section; use one form for "
                 "each amendment")
    y = 708
    band(y, "Section 1.  IWP Being Amended")
    y -= 26
    label(L, y + 4, "IWP Number")
    form.text("IWP Number", amend["plan_id"], L + 52, y, 130)
    label(L + 196, y + 4, "Date Original IWP Signed")
    form.text("Date Original IWP Signed",
              _date(amend["original_signed"], "us") if amend["original_signed"] else None,
              L + 296, y, 90)
    label(L + 400, y + 4, "Amendment No.")
    form.text("Amendment No", amend["number"], L + 462, y, R - L - 462)
    y -= 34
    band(y, "Section 2.  Employment Network")
    y -= 26
    label(L, y + 4, "EN Name")
    form.text("EN Name", en["name"], L + 42, y, 290)
    label(L + 346, y + 4, "PID")
    form.text("PID", en["pid"], L + 366, y, R - L - 366)
    y -= 24
    label(L, y + 4, "Address")
    form.text("Address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}", L + 42, y,
              290)
    label(L + 346, y + 4, "Phone")
    form.text("Phone", en["phone"], L + 374, y, R - L - 374)
    y -= 34
    band(y, "Section 3.  Ticket Holder")
    y -= 26
    label(L, y + 4, "Ticket Holder Name")
    form.text("Ticket Holder Name", f"{th['first']} {th['middle']} {th['last']}", L + 72, y,
              200)
    label(L + 282, y + 4, "SSN")
    form.text("SSN", th["ssn"], L + 300, y, 84)
    label(L + 394, y + 4, "Phone")
    form.text("Phone", th["phone"], L + 420, y, R - L - 420)
    y -= 34
    band(y, "Section 4.  What Is Changing")
    y -= 22
    label(L, y + 2, "Check all that apply:")
    for i, (text, on) in enumerate((("Goals", amend["st"] is not None),
                                    ("Services", bool(amend["changes"])), ("Other", False))):
        form.check(on, L + 100 + 90 * i, y)
        label(L + 114 + 90 * i, y + 2, text, size=9)
    y -= 20
    label(L, y + 30 - 22, "")
    label(L, y + 4, "Reason for the change")
    form.text("Reason for the change", amend["reason"], L, y - 30, R - L, height=28,
              multiline=True, size=8.5)
    y -= 62
    band(y, "Section 5.  Revised Employment Goals")
    y -= 18
    cols = [("Job Title", 0, 180), ("Hours per Week", 186, 56), ("Hourly Wage", 248, 56),
            ("Monthly Earnings", 310, 70), ("Target Date", 386, 70)]
    for text, dx, _w in cols:
        label(L + 72 + dx, y, text, size=7)
    y -= 22
    for title, goal in (("Short-Term", amend["st"]), ("Long-Term", amend["lt"])):
        label(L, y + 4, f"{title} Goal", size=8, font="Helvetica-Bold")
        values = [goal["title"], goal["hours"], _money(goal["wage"]), _money(goal["monthly"]),
                  _date(goal["target"], "us")]
        for (text, dx, width), value in zip(cols, values):
            form.text(text, value, L + 72 + dx, y, width)
        y -= 24
    y -= 10
    band(y, "Section 6.  Revised Services and Supports")
    y -= 18
    heads = [("Service", 0), ("Added", 156), ("Cont.", 182), ("Ended", 208),
             ("Provided by", 240), ("How often", 402)]
    for text, dx in heads:
        label(L + dx, y, text, size=7)
    y -= 20
    changes = amend["changes"] or []
    for row in range(4):
        ch = changes[row] if row < len(changes) else None
        form.text("Service", ch["label"] if ch else None, L, y, 150, size=8.5)
        for i, kind in enumerate(("Added", "Continued", "Ended")):
            form.check(bool(ch) and ch["change"] == kind, L + 159 + 26 * i, y + 3)
        form.text("Provided by", ch["provider"] if ch else None, L + 240, y, 156, size=8)
        form.text("How often", ch["frequency"] if ch else None, L + 402, y, R - L - 402,
                  size=8)
        y -= 14
        label(L + 8, y - 7, "Description", size=6.5)
        form.text("Description of the service", ch["description"] if ch else None, L + 50,
                  y - 12, R - L - 50, height=15, size=8)
        y -= 34
    footer(1)
    c.showPage()
    y = 740
    band(y, "Section 7.  Agreement")
    y -= 18
    from reportlab.lib.utils import simpleSplit
    agreement = ("The Ticket Holder and the Employment Network have discussed the changes "
                 "above and agree to them. All other parts of the original Individual Work "
                 "Plan, including its terms and conditions, stay in effect. The Ticket Holder "
                 "will receive a copy of this amendment in the format he or she chose.")
    for line in simpleSplit(agreement, "Helvetica", 8.5, R - L):
        label(L, y, line, size=8.5)
        y -= 11
    y -= 18
    band(y, "Section 8.  Signatures")
    y -= 44
    ths, ens = amend["th_sig"], amend["en_sig"]
    for who, sig, signer in (("Ticket Holder Signature", ths, f"{th['first']} {th['last']}"),
                             ("EN Representative Signature", ens, ens["name"])):
        label(L, y + 24, who)
        # One font for every field: reportlab writes a second field font into /DR as a
        # duplicate /Font key, which drops the first.
        form.text(who, f"/s/ {signer}" if sig["signed"] else None, L, y, 300, height=20,
                  size=11)
        label(L + 320, y + 24, "Date")
        form.text("Date", _date(sig["date"], "us") if sig["signed"] and sig["date"] else None,
                  L + 320, y, 110, height=20)
        y -= 48
    label(L, y + 24, "EN Representative Printed Name and Title")
    form.text("EN Representative Printed Name and Title", f"{ens['name']}, {ens['title']}",
              L, y, 300, height=20)
    footer(2)
    c.save()


# ----- amendletter_: an amendment written as a letter to the Ticket holder (LibreOffice) -----
class LetterDocx(Docx):
    """A Word letter: paragraphs with underlined runs for the signature block."""

    @staticmethod
    def uline(text: str, bold=False, italic=False, font=None, size=None) -> str:
        props = ""
        if font:
            props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
        if bold:
            props += "<w:b/>"
        if italic:
            props += "<w:i/>"
        if size:
            props += f'<w:sz w:val="{int(size * 2)}"/>'
        props += '<w:u w:val="single"/>'
        return (f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t>'
                "</w:r>")

    def tab_para(self, runs: list[str], tabs: list[int], space_after=0) -> None:
        stops = "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs)
        self.parts.append(f'<w:p><w:pPr><w:tabs>{stops}</w:tabs><w:spacing w:after='
                          f'"{space_after}"/></w:pPr>{"".join(runs)}</w:p>')


W_TAB = "<w:r><w:tab/></w:r>"


def build_amendletter(amend: dict) -> LetterDocx:
    """Layout ``amendletter``: the amendment as a letter to the Ticket holder."""
    en, th = amend["en"], amend["th"]
    R = LetterDocx.run
    doc = LetterDocx(f"Letter - changes to your work plan - {th['last']}", en["name"])
    doc.para([R(en["name"], bold=True, size=14, color="2E5E4E")], align="left",
             space_after=0)
    doc.para([R(f"{en['street']}  |  {en['city']}, {en['state']} {en['zip']}  |  "
                f"{en['phone']}  |  {en['email']}", size=8.5, color="555555")],
             space_after=60)
    doc.para([R(f"Employment Network PID {en['pid']}", size=8.5, color="555555")],
             space_after=360)
    sent = amend["th_sig"]["date"] - dt.timedelta(days=3) if amend["th_sig"]["date"] else \
        amend["en_sig"]["date"] - dt.timedelta(days=4)
    doc.para(_date(sent, "long"), space_after=240)
    doc.para([R(f"{th['title']} {th['first']} {th['middle']} {th['last']}\n{th['street']}\n"
                f"{th['city']}, {th['state']} {th['zip']}")], space_after=240)
    if amend["plan_id"]:
        ref = (f"Re: Amendment {amend['number']} to your Individual Work Plan (IWP "
               f"{amend['plan_id']}, signed {_date(amend['original_signed'], 'long')})")
    else:
        ref = "Re: Changes to your Individual Work Plan"
    doc.para([R(ref, bold=True)], space_after=120)
    doc.para([R(f"Social Security number on file: {th['ssn']}", size=9)], space_after=240)
    doc.para(f"Dear {th['title']} {th['last']}:", space_after=160)
    doc.para("Thank you for meeting with me last week. You told me you were offered more "
             "hours sooner than planned and that you want training that leads to a "
             "promotion, so we agreed to move both of your goals up. As we "
             "agreed, this letter amends your Individual Work Plan (IWP) under the Ticket to "
             "Work program. The tables below show your new employment goals"
             + (" and the changes to the services we will provide." if amend["changes"]
                else "."), space_after=160)
    doc.para([R("Your new employment goals", bold=True)], space_after=60)
    rows = [["Goal", "Job", "Hours a week", "Pay per hour", "Monthly earnings", "Reach it by"]]
    for label, goal in (("Short-term goal", amend["st"]), ("Long-term goal", amend["lt"])):
        rows.append([label, goal["title"], str(goal["hours"]), _money(goal["wage"]),
                     _money(goal["monthly"]), _date(goal["target"], "long")])
    doc.table(rows, [1.05, 1.95, 0.7, 0.8, 1.0, 1.3], header=True, bold_first_col=True)
    if amend["changes"]:
        doc.para([R("Changes to your services", bold=True)], space_after=60)
        rows = [["Service", "Change", "What we will do", "Who", "How often"]]
        for ch in amend["changes"]:
            rows.append([ch["label"], ch["change"], ch["description"], ch["provider"],
                         ch["frequency"]])
        doc.table(rows, [1.3, 0.75, 2.6, 1.35, 1.0], header=True, bold_first_col=True)
    doc.para("Everything else in your IWP stays the same, including the terms and conditions "
             "you signed. If anything in this letter is not what we agreed, please call me "
             f"at {en['phone']} before you sign.", space_after=160)
    doc.para("Sincerely,", space_after=360)
    doc.para([R(f"{en['rep']}\n{en['rep_title']}\n{en['name']}")], space_after=240)
    doc.para([R("PLEASE SIGN AND RETURN", bold=True, size=10.5)], space_after=60)
    doc.para([R("Sign below to show that you agree to these changes, and return this page in "
                "the envelope provided or by e-mail. Keep a copy for your records.",
                size=9.5, italic=True)], space_after=120)
    ths, ens = amend["th_sig"], amend["en_sig"]
    U = LetterDocx.uline
    for caption, sig, signer in (("Ticket Holder", ths, f"{th['first']} {th['last']}"),
                                 ("Employment Network Representative", ens, ens["name"])):
        sig_text = f"/s/ {signer}" if sig["signed"] else ""
        date_text = _date(sig["date"], "us") if sig["signed"] and sig["date"] else ""
        doc.tab_para([U(sig_text.ljust(46, "\u00a0") if sig_text else "\u00a0" * 60,
                        italic=True, font="Liberation Serif", size=11.5),
                      R("    Date: "),
                      U(date_text.ljust(16, "\u00a0") if date_text else "\u00a0" * 26)],
                     [], space_after=0)
        doc.para([R(f"Signature of {caption}" + (f" ({signer}, {ens['title']})"
                                                   if caption.startswith("Employment")
                                                   else f" ({th['first']} {th['middle']} "
                                                        f"{th['last']})"), size=8)],
                 space_after=240)
    return doc


# ----- six look-alikes that are not Ticket to Work IWPs ---------------------------------------
def build_iep_transition_docx() -> Docx:
    """A school district's IEP secondary transition plan for a 17-year-old (LibreOffice)."""
    doc = Docx("IEP - Secondary Transition Plan", "Lakeshore Bend Unified School District")
    doc.para("Lakeshore Bend Unified School District", align="center", bold=True, size=13)
    doc.para("Department of Special Education Services", align="center", size=9)
    doc.para("INDIVIDUALIZED EDUCATION PROGRAM (IEP)", style="Title")
    doc.para("Section 7 - Secondary Transition Plan (required at age 16 and over)",
             align="center", italic=True, size=9.5)
    doc.table([["Student", "Leander W. Applethwaite", "Date of birth", "09/14/2008"],
               ["Age at meeting", "17", "Grade", "11"],
               ["School", "Northshore High School", "Student ID", "LB-2271184"],
               ["Primary disability", "Specific learning disability",
                "Secondary", "Other health impairment (ADHD)"],
               ["IEP meeting date", "03/10/2026", "Annual review due", "03/09/2027"],
               ["Case manager", "Mireille D. Oakenfold", "Meeting type", "Annual review"]],
              [1.4, 2.1, 1.4, 2.1], shade_first_col=True)
    doc.heading("Transition assessments", 2)
    doc.para("Career interest inventory (O*NET Interest Profiler, 01/2026): highest in "
             "Realistic and Investigative. Situational work assessment at the school store "
             "(fall 2025): on time, follows two-step directions, needs written task lists. "
             "Student and parent interviews (02/2026).")
    doc.heading("Measurable postsecondary goals", 2)
    doc.table([["Area", "Goal (after high school)"],
               ["Education / training", "Within one year after graduation, Leander will enroll "
                "in the veterinary assistant certificate program at Bayfront Community "
                "College."],
               ["Employment", "Within one year after graduation, Leander will work part-time "
                "(about 20 hours a week) as a kennel attendant or veterinary assistant, and "
                "full-time as a certified veterinary assistant after completing the program."],
               ["Independent living", "Leander will use the city bus on his own to reach school "
                "and work, and will manage a personal checking account."]],
              [1.6, 5.4], header=True, bold_first_col=True)
    doc.heading("Transition services and activities", 2)
    doc.table([["Service / activity", "Responsible", "Start", "End"],
               ["Work-based learning: 6 hours a week at Harborview Animal Clinic",
                "Transition coordinator", "04/2026", "06/2027"],
               ["Pre-Employment Transition Services referral (job exploration, workplace "
                "readiness)", "State VR counselor", "04/2026", "06/2027"],
               ["Self-advocacy instruction: asking for accommodations", "Case manager",
                "03/2026", "03/2027"],
               ["Travel training on the Route 9 bus", "Paraprofessional", "09/2026", "12/2026"],
               ["Campus visit and disability services intake at Bayfront CC",
                "Student and parent", "10/2026", "11/2026"]],
              [3.6, 1.6, 0.9, 0.9], header=True)
    doc.heading("Course of study", 2)
    doc.para("Standard diploma track; Animal Science I and II (career and technical "
             "education), Biology, Consumer Math. Expected graduation: June 2027.")
    doc.heading("Agency linkages and transfer of rights", 2)
    doc.para("With the parent's consent, the district invited the State VR agency to this "
             "meeting. The family received information about SSI eligibility at age 18, "
             "benefits counseling, and the Ticket to Work program, which Leander may use after "
             "he turns 18 if he receives disability benefits. The student and parent were told "
             "that educational rights transfer to the student at age 18 (09/14/2026).")
    doc.heading("Participants and signatures", 2)
    doc.para("Signing shows that you took part in the meeting, not that you agree with the "
             "IEP.", italic=True, size=9)
    doc.table([["Role", "Name", "Signature", "Date"],
               ["Student", "Leander W. Applethwaite", "/s/ Leander W. Applethwaite",
                "03/10/2026"],
               ["Parent", "Corisande M. Applethwaite", "/s/ Corisande M. Applethwaite",
                "03/10/2026"],
               ["Case manager", "Mireille D. Oakenfold", "/s/ Mireille D. Oakenfold",
                "03/10/2026"],
               ["General education teacher", "Barnaby T. Quist", "/s/ Barnaby T. Quist",
                "03/10/2026"],
               ["State VR counselor (invited)", "Ottilie R. Fenwick-Dray",
                "/s/ Ottilie R. Fenwick-Dray", "03/10/2026"]],
              [1.9, 1.9, 2.1, 1.1], header=True, bold_first_col=True)
    return doc


TANF_CSS = """
@page { size: letter; margin: 0.5in 0.6in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #111; }
table, tr { break-inside: avoid; }
.top { display: flex; justify-content: space-between; border-bottom: 3px double #000;
       padding-bottom: 4px; }
.agency { font-weight: bold; font-size: 11pt; } .form { text-align: right; font-size: 8pt; }
h1 { font-size: 14pt; text-align: center; margin: 8px 0 2px; }
.sub { text-align: center; font-size: 8.5pt; margin-bottom: 8px; }
h2 { font-size: 10pt; border-bottom: 1px solid #000; margin: 8px 0 3px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #555; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #ddd; font-size: 8.5pt; -webkit-print-color-adjust: exact;
     print-color-adjust: exact; }
.lbl { font-size: 7.5pt; color: #333; display: block; }
.num { text-align: right; } .sig td { height: 30px; }
.sig .s { font-family: 'Liberation Serif', serif; font-style: italic; font-size: 11pt; }
p { margin: 3px 0; }
"""


def build_tanf_plan_html() -> str:
    """A TANF / SNAP E&T Individual Responsibility Plan (Chromium)."""
    acts = [("Job search and job readiness (Job Club, Mon/Wed)", "Work First Center", "20",
             "03/16/2026", "05/08/2026"),
            ("Vocational education: CNA course", "Harlan Valley Technical Institute", "10",
             "03/23/2026", "06/12/2026"),
            ("Community service (food pantry)", "St. Brendan Food Pantry", "5", "03/16/2026",
             "04/30/2026")]
    rows = "".join(f"<tr><td>{_h(a)}</td><td>{_h(p)}</td><td class='num'>{h}</td>"
                   f"<td>{s}</td><td>{e}</td></tr>" for a, p, h, s, e in acts)
    supports = [("Child care", "Subsidized child care for two children at Little Acorns "
                 "Center, copay $0", "While in approved activities"),
                ("Transportation", "Monthly bus pass ($54) or mileage at $0.40 a mile",
                 "Monthly"),
                ("Work clothing / supplies", "Scrubs and CNA exam fee, up to $150", "Once"),
                ("Referral", "Benefits and disability screening at the WIOA one-stop; SNAP E&T "
                 "case shared with the one-stop", "By 03/31/2026")]
    srows = "".join(f"<tr><td>{_h(a)}</td><td>{_h(b)}</td><td>{_h(c)}</td></tr>"
                    for a, b, c in supports)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Individual "
            f"Responsibility Plan</title><style>{TANF_CSS}</style></head><body>"
            "<div class='top'><div class='agency'>Department of Human Services<br>"
            "<span style='font-weight:normal;font-size:9pt'>Family Assistance Division - "
            "Harlan Valley County Office</span></div><div class='form'>Form FA-2120 (Rev. "
            "7/2025)<br>TANF Work First / SNAP E&amp;T</div></div>"
            "<h1>INDIVIDUAL RESPONSIBILITY PLAN AND EMPLOYMENT PLAN</h1>"
            "<div class='sub'>This plan lists the work activities you must take part in to "
            "keep receiving cash assistance, and the supports we will give you.</div>"
            "<h2>1. Participant</h2><table><tr>"
            "<td><span class='lbl'>Participant name</span>Marguerite L. Ostrowski-Fane</td>"
            "<td><span class='lbl'>Case number</span>TANF-44-0927713</td>"
            "<td><span class='lbl'>Client ID</span>C-5518206</td></tr><tr>"
            "<td><span class='lbl'>Address</span>419 Orchard Spur Road, Apt 3, Harlan Valley, "
            "WV 24999</td><td><span class='lbl'>Phone</span>(304) 555-0172</td>"
            "<td><span class='lbl'>Work-eligible individual</span>Yes - single parent, "
            "required 30 hours a week</td></tr><tr>"
            "<td colspan='2'><span class='lbl'>Case manager</span>Ignatius P. Worrall, Work "
            "First Case Manager, (304) 555-0135</td>"
            "<td><span class='lbl'>Plan date</span>03/12/2026</td></tr></table>"
            "<h2>2. Employment goal</h2>"
            "<p><b>Short-range goal:</b> Complete the certified nursing assistant (CNA) course "
            "and pass the state exam by June 2026.</p>"
            "<p><b>Long-range goal:</b> Work full-time as a CNA at a hospital or long-term "
            "care facility earning at least $16.50 an hour, and leave cash assistance.</p>"
            "<p><b>Barriers identified:</b> child care, transportation, no recent work "
            "history (last worked 2023, retail cashier).</p>"
            "<h2>3. Required work activities</h2><table><tr><th>Activity</th>"
            "<th>Provider / site</th><th>Hours per week</th><th>Start</th><th>End</th></tr>"
            f"{rows}<tr><td colspan='2'><b>Total countable hours per week</b></td>"
            "<td class='num'><b>35</b></td><td colspan='2'>Participation verified by "
            "attendance sheets every two weeks</td></tr></table>"
            "<h2>4. Supportive services</h2><table><tr><th>Support</th><th>Details</th>"
            f"<th>How often</th></tr>{srows}</table>"
            "<h2>5. Your responsibilities</h2><p>Attend every activity listed above, turn in "
            "attendance sheets and job-search logs every two weeks, tell your case manager "
            "within 10 days about any change in income, household or address, and keep your "
            "appointments. If you cannot take part because of illness, a disability or a "
            "family emergency, call your case manager; you may have good cause.</p>"
            "<h2>6. Sanctions and good cause</h2><p>If you do not take part without good "
            "cause, your cash assistance may be reduced or closed (first sanction: 25% for one "
            "month). You may ask for a fair hearing within 90 days of a notice. If you later "
            "apply for or receive SSI or SSDI, tell your case manager: you may be exempt, and "
            "you may be able to use the Ticket to Work program.</p>"
            "<h2>7. Signatures</h2><p>I helped write this plan, I understand it, and I "
            "received a copy.</p><table class='sig'><tr><th style='width:42%'>Participant"
            "</th><th style='width:12%'>Date</th><th style='width:34%'>Case manager</th>"
            "<th>Date</th></tr><tr><td class='s'>/s/ Marguerite L. Ostrowski-Fane</td>"
            "<td>03/12/2026</td><td class='s'>/s/ Ignatius P. Worrall</td><td>03/12/2026</td>"
            "</tr></table><p style='font-size:8pt;margin-top:8px'>Next plan review: "
            "05/08/2026. This plan is part of your TANF case record.</p></body></html>")


def build_pcsp_odt() -> Odt:
    """A Medicaid HCBS waiver person-centered service plan with employment outcomes
    (LibreOffice from ODT)."""
    doc = Odt("Person-Centered Service Plan", "Sable Harbor Support Coordination",
              "PCSP - Thaddeus V. Merriweather - Waiver ID HC-3310472")
    doc.p("Sable Harbor Support Coordination, LLC", "Org")
    doc.p("Medicaid Home and Community-Based Services - Developmental Disabilities Waiver",
          "OrgLine")
    doc.p("Person-Centered Service Plan", "DocTitle")
    doc.p("Annual plan - plan year 04/01/2026 to 03/31/2027", "DocSub")
    doc.p("About Me", "Part")
    for label, value in (("Name", "Thaddeus V. Merriweather"),
                         ("Medicaid ID", "HC-3310472"),
                         ("Date of birth", "06/02/1994"),
                         ("Lives", "With his father, 77 Gannet Street, Sable Harbor, OR 97999"),
                         ("Guardian / representative", "None - makes his own decisions; "
                          "father Lucius Merriweather is a natural support"),
                         ("Support coordinator", "Henrietta O. Vashchenko, (541) 555-0184"),
                         ("Planning meeting", "03/04/2026 at the family home")):
        doc.lead(label, value)
    doc.p("What is important to me", "Section")
    doc.p("Having my own money, seeing my friends at the bowling league on Thursdays, being "
          "outside, and keeping my routine in the morning.", "Body")
    doc.p("What is important for me", "Section")
    doc.p("Taking seizure medication on time, a quiet place to take breaks, and help learning "
          "new tasks one step at a time.", "Body")
    doc.p("My Outcomes", "Part")
    doc.numbered([
        "Work: I want a job at a plant nursery or garden center, about 15 hours a week, by "
        "December 2026. Measure: hired and working at least 12 hours a week for 90 days.",
        "Money: I want to learn to use a debit card and check my balance by myself. "
        "Measure: does it without help three weeks in a row.",
        "Community: I want to keep bowling on Thursdays and take the bus there. Measure: "
        "attends at least three Thursdays a month."])
    doc.p("Services Authorized", "Part")
    for name, lines in (
            ("Supported Employment - Individual (job development, then job coaching)",
             ["Provider: Cascade Crest Supported Employment", "Amount: 160 units (15 min) in "
              "the plan year; up to 10 hours a week of coaching after hire, fading to 2",
              "Start: 04/01/2026"]),
            ("Community Living Supports", ["Provider: Harbor Light Residential Services",
                                           "Amount: 12 hours a week", "Start: 04/01/2026"]),
            ("Non-medical transportation", ["Provider: Sable Harbor Transit Access",
                                            "Amount: 8 round trips a month",
                                            "Start: 04/01/2026"])):
        doc.p(name, "Section")
        for line in lines:
            doc.p(line, "BodyIn")
    doc.p("Coordination with other programs", "Section")
    doc.p("Thaddeus receives SSI. He has assigned his Ticket to Work to an Employment Network "
          "for help keeping a job after he is hired; the EN writes its own work plan with him. "
          "Waiver supported employment pays for job development and coaching only where the "
          "EN and the State VR agency do not, so that services are not paid twice. Benefits "
          "counseling was requested through a WIPA project.", "Body")
    doc.p("Risks and how we will address them", "Section")
    doc.p("Seizures at work: the job coach and the employer receive the seizure action plan; "
          "Thaddeus carries an ID card. Getting lost on a new bus route: travel training for "
          "the first two weeks.", "Body")
    doc.p("Agreement", "Part")
    doc.p("I took part in writing this plan, I chose my providers, and I know I can ask to "
          "change this plan at any time. I was told how to file a complaint or ask for a "
          "fair hearing.", "Body")
    doc.signature("/s/ Thaddeus V. Merriweather", "03/04/2026", "Person receiving services")
    doc.signature("/s/ Henrietta O. Vashchenko", "03/04/2026", "Support coordinator")
    doc.signature("/s/ Gwendolyn A. Pruitt-Hale", "03/06/2026",
                  "Cascade Crest Supported Employment (provider)")
    return doc


def build_vr_ipe_amendment(path: Path) -> None:
    """A State VR agency's amendment to an Individualized Plan for Employment (reportlab)."""
    from reportlab.lib.utils import simpleSplit

    letter, canvas = _reportlab()
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("IPE Amendment")
    c.setAuthor("Mesa Verde State Division of Vocational Rehabilitation")
    L, R = 54, 558
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, 750, "MESA VERDE STATE DIVISION OF VOCATIONAL REHABILITATION")
    c.setFont("Helvetica", 8)
    c.drawString(L, 739, "Windcliff District Office  -  1400 Caprock Avenue, Windcliff, NM "
                 "87999  -  (505) 555-0190")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(L, 712, "Individualized Plan for Employment (IPE) - Amendment")
    c.setFont("Helvetica", 8)
    c.drawString(L, 700, "VR-IPE-A  Use this form to change an approved IPE. The participant "
                 "and the VR counselor must both agree and sign.")
    y = 680

    def row(pairs, y):
        x = L
        for label, value, width in pairs:
            c.setFillGray(0.92)
            c.rect(x, y - 20, width, 24, stroke=0, fill=1)
            c.setFillGray(0)
            c.setLineWidth(0.5)
            c.rect(x, y - 20, width, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y - 3, label)
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 3, y - 15, value)
            x += width
        return y - 24

    y = row([("Participant", "Cordelia N. Featherstonhaugh", 220),
             ("VR case number", "VR-2025-061337", 140),
             ("Amendment number", "2", 144)], y)
    y = row([("VR counselor", "Evander S. Kittredge-Moss", 220),
             ("Original IPE signed", "08/19/2025", 140),
             ("Date of this amendment", "03/18/2026", 144)], y)
    y = row([("Ticket to Work status", "In use by State VR (assigned 08/2025)", 220),
             ("Disability priority", "Category 1 - most significant", 284)], y)
    y -= 14

    def heading(text, y):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(L, y, text)
        c.setLineWidth(0.8)
        c.line(L, y - 3, R, y - 3)
        return y - 16

    def para(text, y, size=9):
        c.setFont("Helvetica", size)
        for line in simpleSplit(text, "Helvetica", size, R - L):
            c.drawString(L, y, line)
            y -= size + 3
        return y - 4

    y = heading("1. Reason for the amendment", y)
    y = para("Ms. Featherstonhaugh finished the first semester of the medical coding program "
             "and asked to change her employment goal from medical records clerk to certified "
             "coding specialist, which needs one more term and the CCS exam.", y)
    y = heading("2. Employment outcome", y)
    y = row([("Previous vocational goal", "Medical records clerk (SOC 43-4111)", 252),
             ("New vocational goal", "Medical coder (SOC 29-2072)", 252)], y)
    y = row([("Expected hours and wage", "40 hours a week at $21.40 an hour", 252),
             ("Projected employment date", "09/30/2027", 252)], y)
    y -= 12
    y = heading("3. Services added, changed or ended", y)
    cols = [("Service", 150), ("Action", 52), ("Provider", 130), ("Dates", 92),
            ("Cost", 50), ("Paid by", 30)]
    rows = [("Tuition and books, CCS program (term 2)", "Added", "Dunmore Valley College",
             "08/2026-12/2026", "$2,480", "VR"),
            ("CCS exam fee", "Added", "AHIMA testing", "01/2027", "$399", "VR"),
            ("Job placement", "Changed", "Contracted CRP", "02/2027-09/2027", "$1,800", "VR"),
            ("Bus pass", "Continued", "Windcliff Transit", "through 12/2026", "$45/mo", "VR")]
    x = L
    c.setFont("Helvetica-Bold", 7.5)
    for name, width in cols:
        c.drawString(x + 2, y, name)
        x += width
    y -= 4
    widths = [w for _n, w in cols]
    widths[-1] = R - L - sum(widths[:-1])
    for values in rows:
        c.setLineWidth(0.4)
        c.line(L, y, R, y)
        x = L
        c.setFont("Helvetica", 7.5)
        for value, width in zip(values, widths):
            c.drawString(x + 2, y - 10, value)
            x += width
        y -= 14
    c.line(L, y, R, y)
    y -= 18
    y = heading("4. Comparable services and benefits", y)
    y = para("Pell grant applied to tuition first ($1,650 a term). The participant's SSDI "
             "continues; a benefits planner will update her work incentives summary before "
             "she starts work.", y)
    y = heading("5. Participant's rights", y)
    y = para("You may ask for a review of any VR decision through informal review, mediation "
             "or an impartial due process hearing. The Client Assistance Program can help you: "
             "(505) 555-0198. Your Ticket to Work stays in use with this agency while your "
             "case is open; after your case closes you may assign it to an Employment Network.",
             y)
    y = heading("6. Agreement and signatures", y)
    y = para("I helped develop this amendment, I agree to it, and I received a copy.", y)
    y -= 14
    for label, signed, date in (("Participant", "/s/ Cordelia N. Featherstonhaugh",
                                 "03/18/2026"),
                                ("VR counselor", "/s/ Evander S. Kittredge-Moss", "03/18/2026"),
                                ("VR supervisor (approval over $3,000)",
                                 "/s/ Winifred A. Salcedo", "03/19/2026")):
        c.setFont("Times-Italic", 11)
        c.drawString(L + 4, y + 3, signed)
        c.setFont("Helvetica", 9.5)
        c.drawString(L + 354, y + 3, date)
        c.setLineWidth(0.5)
        c.line(L, y, L + 330, y)
        c.line(L + 350, y, R, y)
        c.setFont("Helvetica", 7)
        c.drawString(L, y - 9, f"Signature of {label}")
        c.drawString(L + 350, y - 9, "Date")
        y -= 36
    c.setFont("Helvetica", 6.5)
    c.drawString(L, 36, "VR-IPE-A (Rev. 10/2024)   Distribution: case file, participant")
    c.save()


INSTR_CSS = """
@page { size: letter; margin: 0.6in 0.7in; }
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.8pt; line-height: 1.35; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 16pt; margin: 0; color: #2b3a55; }
.meta { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #555;
        border-bottom: 2px solid #2b3a55; padding-bottom: 4px; margin-bottom: 8px; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; color: #2b3a55;
     margin: 12px 0 3px; }
.ex { border-left: 4px solid #9db4d6; background: #f1f5fb; padding: 4px 8px; margin: 4px 0;
      font-family: 'DejaVu Sans Mono', monospace; font-size: 8.3pt;
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.ex b { font-family: 'DejaVu Sans', sans-serif; }
.tip { font-size: 8.8pt; color: #7a2e00; }
ul { margin: 2px 0 4px 18px; padding: 0; }
"""


def build_iwp_instructions_html() -> str:
    """An EN's how-to for staff: each part of the SSA-1370 with made-up examples (Chromium)."""
    parts = [
        ("Part 1 - Employment Network information",
         "Enter the EN's legal name, the PID from your Ticket to Work Agreement, the office "
         "address, phone and e-mail, and tick the payment model. Use the name of the staff "
         "member who will sign as the EN Representative.",
         "EN name: Juniper Commons Work Services     PID: P00XXXXX\nEN Representative: "
         "(your name), Employment Consultant"),
        ("Part 1 - Ticketholder and alternate contact",
         "Copy the name and Social Security number exactly as they appear on the Ticket "
         "Portal. Ask for an alternate contact: someone who will know how to reach the "
         "Ticketholder if the phone number changes. If the person declines, write why.",
         "Ticketholder: Jane Q. Sample   SSN: XXX-XX-1234\nAlternate contact: John Sample "
         "(brother) (555) 555-0000"),
        ("Part 2, Section 1 - Discussion arrangement and summary",
         "Record the date of the planning discussion and how it was held (in person, phone, "
         "video). In the summary, explain in two to four sentences why the goals are "
         "realistic for this person and how the services will help.",
         "Date: MM/DD/YYYY   Held: [X] Telephone\nSummary: \"We discussed her experience "
         "in retail and agreed that a part-time cashier job is a realistic first step ...\""),
        ("Part 2, Section 2 - Recent work history",
         "List every job in the last 6 to 18 months with dates, hours and monthly earnings. "
         "If there was none, write a sentence that says so; never leave this blank.",
         "Employer: Example Market  Job: Cashier  05/2025-09/2025  12 hrs/wk  $640/mo"),
        ("Part 2, Section 3 - Employment goals",
         "Write a short-term goal (within a year) and a long-term goal, each with a job "
         "title, hours, hourly wage, monthly earnings and a target date. The long-term goal "
         "must reach at least the SGA amount for the year (check the current figure before "
         "you write it).",
         "Short-term: Part-time cashier, 20 hrs x $15.00 = about $1,300/month by 12/31\n"
         "Long-term: Full-time shift supervisor, 40 hrs x $20.00 = about $3,467/month"),
        ("Part 2, Section 4 - Services and supports",
         "Tick each service the EN will provide and, for EVERY ticked service, say what will "
         "be done, who does it and how often. Leave unticked services blank. Write how often "
         "you will follow up: at least monthly while the person looks for work.",
         "[X] Job development - update resume, mock interviews, employer contacts; "
         "(staff name); weekly until hired"),
        ("Part 3 - Terms and conditions and statement of understanding",
         "Read the fifteen terms and the statement with the Ticketholder, answer questions, "
         "and offer the form in the format the person needs (large print, Braille, another "
         "language).", None),
        ("Signatures and submission",
         "Both the Ticketholder and the EN Representative sign and date the plan. Give the "
         "Ticketholder a copy and upload the signed plan to the Ticket Portal within five "
         "business days. An amendment follows the same steps.", None),
    ]
    body = []
    for i, (title, text, example) in enumerate(parts, 1):
        body.append(f"<h2>Step {i}. {_h(title)}</h2><p>{_h(text)}</p>")
        if example:
            body.append("<div class='ex'><b>Example</b><br>"
                        + _h(example).replace("\n", "<br>") + "</div>")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>IWP "
            f"Instructions for Staff</title><style>{INSTR_CSS}</style></head><body>"
            "<h1>How to Complete the Individual Work Plan (SSA-1370)</h1>"
            "<div class='meta'>Juniper Commons Work Services &middot; Staff guide JC-IWP-02 "
            "&middot; revised February 2026 &middot; internal - do not give to "
            "Ticketholders</div>"
            "<p>This guide walks new employment staff through each part of the IWP form, in "
            "order. The examples use made-up people and numbers; never copy them into a real "
            "plan. Questions go to the Ticket Program Coordinator.</p>"
            + "".join(body)
            + "<p class='tip'>Tip: before you submit, check that no section is blank, that "
              "each date is filled in next to each signature, and that the goals show "
              "hours, wage and earnings.</p></body></html>")


def build_ssa_tpr_notice(path: Path) -> None:
    """An SSA notice to a beneficiary about a Timely Progress Review (reportlab platypus)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    letter, _ = _reportlab()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11,
                          spaceBefore=4, spaceAfter=4)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13,
                           leading=16, spaceAfter=2)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)
    facts = Table([[label, Paragraph(value, cell)] for label, value in (
                   ("Your Employment Network", "Kestrel Ridge Employment Network, Inc."),
                   ("Ticket assigned", "March 2, 2025"),
                   ("Review period", "March 2025 through February 2026"),
                   ("What was needed", "Work at or above the amount we count for your "
                                       "12-month review, or a full-time course of study"),
                   ("What our records show", "Earnings in 4 of the 12 months; not enough "
                                             "for this review"))],
                  colWidths=[150, 318])
    facts.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.3, (0.6, 0.6, 0.6))]))
    story = [Paragraph("Social Security Administration", title),
             Paragraph("Important Information - Ticket to Work Program", head),
             Paragraph("Office of Research, Demonstration, and Employment Support<br/>"
                       "Baltimore, MD &middot; Ticket to Work Help Line (866) 555-0107 "
                       "(TTY 866-555-0108)", small),
             Spacer(1, 12),
             Paragraph("Date: April 6, 2026<br/>Claim number: XXX-XX-4471 DI", body),
             Paragraph("Peregrine A. Holloway-Sands<br/>5120 Sagebrush Trail<br/>Windcliff, "
                       "NM 87999", body),
             Spacer(1, 6),
             Paragraph("<b>We reviewed your progress under the Ticket to Work program</b>",
                       body),
             Paragraph("Dear Peregrine A. Holloway-Sands:", body),
             Paragraph("Every 12 months we look at whether people who use their Ticket are "
                       "making timely progress toward self-supporting employment. This is "
                       "called a Timely Progress Review (TPR). We completed your review for "
                       "the period below.", body),
             facts, Spacer(1, 10),
             Paragraph("What this means", head),
             Paragraph("Because you did not meet the progress requirement for this period, "
                       "your Ticket is now <b>inactive</b>. While it is inactive, the "
                       "protection from medical continuing disability reviews does not apply. "
                       "Your Ticket is still assigned to your Employment Network, and your "
                       "Individual Work Plan (IWP) with the Employment Network stays in "
                       "place. Your benefits do not change because of this notice.", body),
             Paragraph("What you can do", head),
             Paragraph("You can put your Ticket back in active status by meeting the "
                       "progress requirement for a later period, or by working with your "
                       "Employment Network on a new or amended Individual Work Plan that "
                       "shows how you will meet the next review. If you think our records "
                       "of your earnings are wrong, send us your pay stubs within 30 days. "
                       "You may also ask the Ticket Program Manager to review this decision "
                       "by calling the Help Line.", body),
             Paragraph("If you have questions", head),
             Paragraph("Call the Ticket to Work Help Line at the number above, Monday "
                       "through Friday, 8:00 a.m. to 8:00 p.m. Eastern Time, or contact your "
                       "Employment Network. Please have this notice with you when you call.",
                       body),
             Spacer(1, 6),
             Paragraph("Social Security Administration", body),
             Paragraph("cc: Kestrel Ridge Employment Network, Inc. (EN)", small),
             Paragraph("Form SSA-L1373-TTW (02-2025)", small)]
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=72, rightMargin=72,
                            topMargin=60, bottomMargin=60, title="Ticket to Work notice",
                            author="Social Security Administration", invariant=1)
    doc.build(story)


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_11 = {
    "lined": dict(
        producer="reportlab 5, canvas (a ruled paper form typed on in blue Courier)",
        en="b11_millrace", kind="direct",
        build=lambda case: (lambda path: build_lined_iwp(case, path)),
        description="Held out (eleventh batch). An old-style paper IWP form of printed RULES: "
                    "'Part I - Employment Network' ... 'Part XI - Signatures' in Times bold "
                    "over a thick rule; every field a rule with a tiny caption in parentheses "
                    "UNDER it ('(Name of Ticket Holder (first, middle initial, last))', "
                    "'(Date)', '(Hours per week)'), two to six rules to a row; the EN's entries "
                    "typed ONTO the rules in blue Courier; choices as '___ Yes ___ No' blanks "
                    "with an 'X' typed on the chosen blank (also 'In person / Telephone / "
                    "Video', 'Monthly / Every three months'); the discussion summary typed "
                    "across a block of rules under a caption; services numbered with Yes/No "
                    "blanks and, for a Yes, 'Description of the service', 'Provided by' and "
                    "'How often' rules; continuation pages carry 'Ticket Holder:' and the "
                    "typed name; '/s/ Name' typed on the signature rule with '(Signature of "
                    "Ticket Holder)' under it and the date on the '(Date)' rule beside it. "
                    "Dates '02/02/2026'.",
        defects=["ticketholder_undated", "no_work_history", "en_undated",
                 "service_without_description"]),
}
B11_AMENDFORM_DESCRIPTION = (
    "Held out (eleventh batch). An IWP amendment as a FILLED FILLABLE FORM (reportlab "
    "AcroForm): 'AMENDMENT TO INDIVIDUAL WORK PLAN (IWP)', eight shaded 'Section n.' bands "
    "('IWP Being Amended', 'Employment Network', 'Ticket Holder', 'What Is Changing', 'Revised "
    "Employment Goals', 'Revised Services and Supports', 'Agreement', 'Signatures'); field "
    "names as Acrobat's automatic field detection leaves them (after the printed label: 'IWP "
    "Number', 'Phone', 'Phone_2', 'Date', 'Date_2', 'Service_3', 'Check Box7'), no tooltips; "
    "values ONLY in the fields; 'What is changing' as check boxes (Goals / Services / Other, "
    "check-mark style); revised goals as two rows of five fields under column captions; "
    "services as four rows of a Service field, Added / Cont. / Ended check boxes and "
    "Description / Provided by / How often fields; signatures as '/s/ Name' typed into text "
    "fields beside 'Date' fields; dates '06/15/2026'.")
B11_AMENDLETTER_DESCRIPTION = (
    "Held out (eleventh batch). An IWP amendment written as a LETTER to the Ticket holder "
    "(LibreOffice 7.4 from a DOCX): the EN's letterhead (name, address, phone, e-mail, PID), "
    "the letter's date, the inside address, 'Re: Amendment n to your Individual Work Plan (IWP "
    "id, signed <date>)', the SSN on file, 'Dear Ms. ...:', a paragraph on why the plan "
    "changes, 'Your new employment goals' as a small table (Goal | Job | Hours a week | Pay per "
    "hour | Monthly earnings | Reach it by), 'Changes to your services' as a small table "
    "(Service | Change | What we will do | Who | How often), 'Sincerely,' with the typed name "
    "and title (no signature), then a 'PLEASE SIGN AND RETURN' acknowledgement block: '/s/ "
    "Name' on an underlined blank with 'Date: 06/04/2026' underlined beside it and 'Signature "
    "of Ticket Holder (name)' / 'Signature of Employment Network Representative (name, title)' "
    "under each.")
B11_AMENDMENTS = [
    ("amendform", "b11_kestrel", [None, "no_reference", "long_term_below_sga",
                                  "added_service_without_description", "en_undated"]),
    ("amendletter", "b11_juniper", [None, "no_revised_services", "ticketholder_unsigned",
                                    "long_term_below_sga", "no_reference"]),
]
B11_NOT_IWPS = [
    ("notiwp_iep_transition_plan.pdf", "docx", build_iep_transition_docx,
     "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX",
     "A school district's IEP secondary transition plan for a 17-year-old student: student "
     "details in a shaded grid, transition assessments, measurable postsecondary goals "
     "(education, EMPLOYMENT as a part-time then full-time veterinary assistant, independent "
     "living), a table of transition services with who is responsible and start/end dates, "
     "agency linkages (State VR, SSI at 18, Ticket to Work later), signatures of the student, "
     "parent, case manager, teacher and VR counselor with dates. Not an IWP."),
    ("notiwp_tanf_responsibility_plan.pdf", "html", build_tanf_plan_html,
     "Chromium 156 (--print-to-pdf) from HTML",
     "A TANF Work First / SNAP E&T 'Individual Responsibility Plan and Employment Plan': "
     "participant and case manager, short- and long-range employment goals, a table of "
     "required work activities with hours per week (35 a week), supportive services (child "
     "care, bus pass, supplies), responsibilities, sanctions, a line that SSI/SSDI recipients "
     "may use Ticket to Work, '/s/' signatures of participant and case manager with dates. "
     "Another programme's plan, not an IWP."),
    ("notiwp_waiver_person_centered_plan.pdf", "direct",
     _b3_made_by(build_pcsp_odt().save, ".odt", "writer_pdf_Export"),
     "LibreOffice 7.4 (soffice --convert-to pdf) from ODT",
     "A Medicaid HCBS waiver 'Person-Centered Service Plan' (leader lines, numbered outcomes): "
     "'About Me', what is important to/for the person, outcomes including a job goal (15 hours "
     "a week at a garden center), services authorized (Supported Employment - Individual with "
     "units and provider, community living supports, transportation), coordination with the "
     "Ticket to Work EN that writes its own work plan, risks, '/s/' signatures of the person, "
     "support coordinator and provider with dates. Not an IWP."),
    ("notiwp_vr_ipe_amendment.pdf", "direct", build_vr_ipe_amendment, "reportlab 5, canvas",
     "A State VR agency's 'Individualized Plan for Employment (IPE) - Amendment' (amendment "
     "number 2 to an IPE signed 08/19/2025): participant, VR case number, counselor, Ticket "
     "'in use by State VR', reason, previous and new vocational goal with hours and wage, a "
     "table of services added/changed/continued with providers and costs, comparable "
     "benefits, rights, signatures of participant, counselor and supervisor with dates. A VR "
     "IPE amendment, not a Ticket to Work IWP amendment."),
    ("notiwp_iwp_staff_instructions.pdf", "html", build_iwp_instructions_html,
     "Chromium 156 (--print-to-pdf) from HTML",
     "An EN's internal 'How to Complete the Individual Work Plan (SSA-1370)' guide for staff: "
     "eight steps, one per part of the form (EN information, Ticketholder and alternate "
     "contact, discussion, work history, goals, services, terms, signatures), each with an "
     "'Example' box of made-up entries ('Jane Q. Sample', 'P00XXXXX', 'MM/DD/YYYY'); no real "
     "Ticket holder, no signatures. Instructions, not an IWP."),
    ("notiwp_ssa_tpr_notice.pdf", "direct", build_ssa_tpr_notice, "reportlab 5 (platypus)",
     "A Social Security notice to a beneficiary about a Timely Progress Review under Ticket "
     "to Work: the Ticket assigned to an EN (named), the review period, what was needed and "
     "what the records show (a small table), the Ticket now inactive, the IWP with the EN "
     "still in place, what the beneficiary can do (a new or amended IWP), help line, cc to "
     "the EN. Not an IWP."),
]


def _b11_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_11(cat) -> None:
    """The eleventh held-out batch: people numbered from BATCH_11_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_11.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_11_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            if defect == "no_work_history":
                what += (" (both rows of work-history rules are empty and neither blank of "
                         "'No paid work in the last 18 months: ___ Yes ___ No' has an X)")
            if defect in ("ticketholder_undated", "en_undated"):
                what += " (the '(Date)' rule beside the typed '/s/' signature is empty)"
            if defect == "service_without_description":
                what += (" (an X on its 'Yes' blank, its '(Description of the service)' rule "
                         "empty, 'Provided by' and 'How often' typed)")
            cat.add(f"{layout}_{defect or 'complete'}.pdf", layout, spec["producer"],
                    spec["kind"], spec["build"](case), "iwp", _components("iwp", overrides),
                    _b11_notes(spec["description"], what), case_values(case))
    for layout, en_key, defects in B11_AMENDMENTS:
        for n, defect in enumerate(defects):
            # Each file is another person's first or second amendment.
            amend = make_amendment(cat.series_case(en_key, BATCH_11_PEOPLE_FROM), 1 + n % 2)
            overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
            values = amendment_values(amend)
            name = f"{layout}_{defect or 'complete'}.pdf"
            if layout == "amendform":
                if defect == "no_reference":
                    what += (" ('IWP Number' and 'Date Original IWP Signed' fields empty; the "
                             "amendment number is filled in)")
                if defect == "added_service_without_description":
                    what += " (its 'Added' box is checked, its description field is empty)"
                if defect == "en_undated":
                    what += " (the EN's 'Date_2' field is empty)"
                cat.add(name, layout, "reportlab 5 AcroForm (filled; Acrobat-style "
                        "auto-detected field names)", "direct",
                        lambda path, amend=amend: build_amendform(amend, path), "amendment",
                        _components("amendment", overrides),
                        _b11_notes(B11_AMENDFORM_DESCRIPTION, what), values)
            else:
                if defect == "no_reference":
                    values.pop("amendment_number")
                    what += (" (the letter's 'Re:' line says only 'Changes to your Individual "
                             "Work Plan': no amendment number, plan ID or original date)")
                if defect == "no_revised_services":
                    what += (" (the letter shows only the goals table and says nothing about "
                             "services)")
                if defect == "ticketholder_unsigned":
                    what += (" (the 'Please sign and return' block's Ticket Holder line and "
                             "date are empty blanks; the EN countersigned)")
                cat.add(name, layout, "LibreOffice 7.4 (soffice --convert-to pdf) from DOCX",
                        "docx", build_amendletter(amend), "amendment",
                        _components("amendment", overrides),
                        _b11_notes(B11_AMENDLETTER_DESCRIPTION, what), values)
    for name, kind, build, producer, notes in B11_NOT_IWPS:
        payload = build if kind == "direct" else build()
        cat.add(name, "not_an_iwp", producer, kind, payload, "not_an_iwp", {},
                "Held out (eleventh batch). " + notes, {})


# =============================================================================================
# Held-out batch 12 (fillsign_, outlined_ and two not-IWPs): an EN's flat printed IWP template
# filled in with an Acrobat-"Fill & Sign"-style tool (every value a FreeText annotation, check
# marks as annotations, signatures as /Ink pen strokes; the page itself holds only the blank
# template), and a designed IWP exported with its text converted to outlines (vector glyph
# shapes, no text layer, no images). Written from what ENs send, blind to the reader. People
# from series 1200.
# =============================================================================================
BATCH_12_ENS = {
    "b12_harrow": dict(name="Harrow Field Employment Services", pid="P0094127",
                       model="traditional", street="1190 Threshing Floor Road, Unit B",
                       city="Wheatstone", state="KS", zip="67999", phone="(785) 555-0114",
                       email="caseteam@harrowfield-es.example.org",
                       rep="Benedikt O. Ferreira-Lund", rep_title="Employment Case Manager"),
    "b12_bluefin": dict(name="Bluefin Coast Career Partners", pid="P0097052",
                        model="employer", street="47 Breakwater Street, Floor 2",
                        city="Saltmarsh Cove", state="SC", zip="29999", phone="(843) 555-0161",
                        email="hello@bluefincoast-careers.example.org",
                        rep="Tamsin W. Achebe-Moreau", rep_title="Career Coach"),
}
ENS.update(BATCH_12_ENS)
BATCH_12_PEOPLE_FROM = 1200
# The Fill & Sign user (the annotation's /T author, as Acrobat takes it from the login).
B12_FILL_AUTHOR = "bferreiralund"


# ----- Fill & Sign annotations (pypdf) --------------------------------------------------------
def _pdf_string_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _b12_pdf_time(moment: dt.datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S-06'00'")


def _b12_signature_strokes(x: float, y: float, width: float, seed: int) -> list:
    """A hand-written signature drawn with the pen on the line whose left end is (x, y):
    a tall capital loop, a run of looping lower-case letters, a second capital and a
    flourish under the name, as three strokes."""
    import math

    rng = random.Random(seed)
    strokes = []
    base = y + 3
    # First name: capital loop then letters (a prolate trochoid makes the loops).
    for start, share, letters in ((x + 2, 0.42, rng.randint(4, 6)),
                                  (x + width * 0.47, 0.48, rng.randint(5, 7))):
        run = width * share
        points, t = [], 0.0
        end_t = letters * 2 * math.pi
        a = run / end_t
        cap = rng.uniform(15, 20)
        # The capital: a tall narrow loop going up and down before the letters.
        points += [(start + 1, base + 1), (start + 3, base + cap * 0.55),
                   (start + 5, base + cap), (start + 3.2, base + cap * 0.92),
                   (start + 2.4, base + cap * 0.45), (start + 3, base)]
        heights = [rng.uniform(3.5, 6.5) if rng.random() > 0.25 else rng.uniform(9, 13)
                   for _ in range(letters)]
        while t <= end_t:
            k = heights[min(int(t / (2 * math.pi)), letters - 1)]
            b = a * rng.uniform(1.5, 1.8)
            yy = k * (1 - math.cos(t)) / 2 + 0.15 * t
            # x + b*sin(t): the loops turn at the top of each letter (cursive 'l', 'e'),
            # with a forward slant.
            points.append((start + 4 + a * t + b * math.sin(t) + 0.3 * yy, base + yy))
            t += 0.32
        strokes.append(points)
    # The flourish under the whole name.
    x0, x1 = x + width * 0.08, x + width * 0.98
    strokes.append([(x0 + (x1 - x0) * i / 16,
                     base - 2.5 + 1.6 * math.sin(i / 16 * math.pi) - 0.08 * i)
                    for i in range(17)])
    return strokes


class FillSign:
    """Annotations added to a flat PDF the way Acrobat's Fill & Sign / 'Add text' tools add
    them: typed text as /FreeText (intent /FreeTextTypewriter, no border, an appearance
    stream drawing the text in Helvetica), check marks as a FreeText '✓' (ZapfDingbats) or
    'X', or a small /Ink cross, and signatures as /Ink pen strokes."""

    INK = (0.07, 0.11, 0.38)

    def __init__(self, source: Path, when: dt.datetime, seed: int) -> None:
        from pypdf import PdfWriter

        self.writer = PdfWriter(clone_from=str(source))
        self.when = when
        self.rng = random.Random(seed)
        self.count = 0
        self.fonts: dict = {}

    # --- helpers -------------------------------------------------------------------------
    def _common(self, subtype: str, rect: list[float]) -> dict:
        from pypdf.generic import (ArrayObject, FloatObject, NameObject, NumberObject,
                                   TextStringObject)

        self.count += 1
        moment = self.when + dt.timedelta(seconds=11 * self.count)
        return {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject(subtype),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in rect]),
            NameObject("/T"): TextStringObject(B12_FILL_AUTHOR),
            NameObject("/M"): TextStringObject(_b12_pdf_time(moment)),
            NameObject("/CreationDate"): TextStringObject(_b12_pdf_time(moment)),
            NameObject("/NM"): TextStringObject(
                f"{self.rng.getrandbits(32):08x}-{self.rng.getrandbits(16):04x}-"
                f"{self.rng.getrandbits(16):04x}-{self.rng.getrandbits(16):04x}-"
                f"{self.rng.getrandbits(48):012x}"),
        }

    def _appearance(self, content: str, width: float, height: float, fonts: dict):
        from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject,
                                   FloatObject, NameObject)

        stream = DecodedStreamObject()
        stream.set_data(content.encode("latin-1"))
        font_dict = DictionaryObject()
        for alias, base in fonts.items():
            if base not in self.fonts:  # one font object per font, shared by every entry
                font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                         NameObject("/Subtype"): NameObject("/Type1"),
                                         NameObject("/BaseFont"): NameObject("/" + base)})
                if base != "ZapfDingbats":
                    font[NameObject("/Encoding")] = NameObject("/WinAnsiEncoding")
                self.fonts[base] = self.writer._add_object(font)
            font_dict[NameObject("/" + alias)] = self.fonts[base]
        stream.update({
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                              FloatObject(round(width, 2)),
                                              FloatObject(round(height, 2))]),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): font_dict} if fonts else {}),
        })
        return self.writer._add_object(stream)

    def _add(self, page: int, annotation: dict) -> None:
        from pypdf.generic import DictionaryObject

        self.writer.add_annotation(page, DictionaryObject(annotation))

    # --- typed text ----------------------------------------------------------------------
    def text(self, page: int, x: float, y: float, text: str, size: float = 10,
             width: float | None = None, max_lines: int = 1) -> None:
        """Typed text whose first baseline is at (x, y). With ``width`` the text is wrapped
        (a multi-line text box) and shrunk, as the user would, until it fits ``max_lines``;
        a one-line entry is shrunk to fit ``width``."""
        from pypdf.generic import (DictionaryObject, FloatObject, NameObject,
                                   TextStringObject)
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if not text:
            return
        # The user never places text exactly: a point or so off the line.
        x += self.rng.uniform(-0.8, 1.6)
        y += self.rng.uniform(-0.4, 1.0)
        if width is None:
            lines = [text]
        else:
            while True:
                lines = simpleSplit(text, "Helvetica", size, width - 4)
                if len(lines) <= max_lines or size <= 5.5:
                    break
                size -= 0.5
        box_w = max(stringWidth(line, "Helvetica", size) for line in lines) + 4
        if width is not None and max_lines > 1:  # a text box keeps the width it was drawn
            box_w = max(box_w, width)
        leading = size * 1.16
        descent = size * 0.25
        box_h = size + descent + leading * (len(lines) - 1) + 2
        top = y + size + 1
        rect = [x - 2, top - box_h, x - 2 + box_w, top]
        ops = [f"q BT 0 g /Helv {size:g} Tf {leading:.2f} TL 2 {box_h - size - 1:.2f} Td"]
        for i, line in enumerate(lines):
            ops.append(("T* " if i else "") + f"({_pdf_string_escape(line)}) Tj")
        ops.append("ET Q")
        annotation = self._common("/FreeText", rect)
        annotation.update({
            NameObject("/IT"): NameObject("/FreeTextTypewriter"),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/DA"): TextStringObject(f"0 0 0 rg /Helv {size:g} Tf"),
            NameObject("/DS"): TextStringObject(
                f"font: Helvetica,sans-serif {size:g}pt; text-align:left; color:#000000"),
            NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(0)}),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): self._appearance(
                " ".join(ops), box_w, box_h, {"Helv": "Helvetica"})}),
        })
        self._add(page, annotation)

    # --- check marks ---------------------------------------------------------------------
    def check(self, page: int, cx: float, cy: float, style: str) -> None:
        """A mark centred on (cx, cy): 'tick' (a FreeText ✓), 'x' (a FreeText X) or 'ink'
        (an /Ink cross drawn with the pen)."""
        from pypdf.generic import (DictionaryObject, FloatObject, NameObject,
                                   TextStringObject)

        cx += self.rng.uniform(-0.7, 0.7)
        cy += self.rng.uniform(-0.5, 0.7)
        if style == "ink":
            r = 4.2
            strokes = [[(cx - r, cy + r), (cx - r / 3, cy + r / 4), (cx + r, cy - r)],
                       [(cx + r * 0.9, cy + r * 1.05), (cx + r / 5, cy + r / 5),
                        (cx - r * 0.95, cy - r * 0.9)]]
            self.ink(page, strokes, width=1.2)
            return
        size = 11 if style == "tick" else 10
        if style == "tick":
            glyph, contents, font = "3", "\u2713", {"ZaDb": "ZapfDingbats"}
            w = 8.6
        else:
            glyph, contents, font = "X", "X", {"Helv": "Helvetica"}
            w = 7.2
        rect = [cx - w / 2 - 1, cy - size * 0.42, cx + w / 2 + 1, cy + size * 0.62]
        alias = next(iter(font))
        ops = f"q BT 0 g /{alias} {size} Tf 1 {size * 0.12:.2f} Td ({glyph}) Tj ET Q"
        annotation = self._common("/FreeText", rect)
        annotation.update({
            NameObject("/IT"): NameObject("/FreeTextTypewriter"),
            NameObject("/Contents"): TextStringObject(contents),
            NameObject("/DA"): TextStringObject(f"0 0 0 rg /{alias} {size} Tf"),
            NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(0)}),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): self._appearance(
                ops, rect[2] - rect[0], rect[3] - rect[1], font)}),
        })
        self._add(page, annotation)

    # --- pen strokes ---------------------------------------------------------------------
    def ink(self, page: int, strokes: list[list[tuple[float, float]]],
            width: float = 1.1) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject

        xs = [p[0] for s in strokes for p in s]
        ys = [p[1] for s in strokes for p in s]
        pad = width + 1
        rect = [min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad]
        ops = [f"q {self.INK[0]} {self.INK[1]} {self.INK[2]} RG {width} w 1 J 1 j"]
        for stroke in strokes:
            ops.append(f"{stroke[0][0] - rect[0]:.2f} {stroke[0][1] - rect[1]:.2f} m")
            ops += [f"{px - rect[0]:.2f} {py - rect[1]:.2f} l" for px, py in stroke[1:]]
            ops.append("S")
        ops.append("Q")
        annotation = self._common("/Ink", rect)
        annotation.update({
            NameObject("/InkList"): ArrayObject([
                ArrayObject([FloatObject(round(v, 2)) for p in stroke for v in p])
                for stroke in strokes]),
            NameObject("/C"): ArrayObject([FloatObject(v) for v in self.INK]),
            NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(width)}),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): self._appearance(
                " ".join(ops), rect[2] - rect[0], rect[3] - rect[1], {})}),
        })
        self._add(page, annotation)

    def signature(self, page: int, x: float, y: float, width: float, seed: int) -> None:
        """A hand-written signature drawn with the pen on the line whose left end is (x, y)."""
        self.ink(page, _b12_signature_strokes(x, y, width, seed), width=1.05)

    def save(self, out: Path) -> None:
        with open(out, "wb") as handle:
            self.writer.write(handle)


# ----- fillsign_: the EN's flat printed template (reportlab) ---------------------------------
B12_SERVICE_ROWS = [
    ("benefits_counseling", "Benefits counseling / WIPA referral"),
    ("job_development", "Job development and placement"),
    ("training", "Education or training"),
    ("job_search", "Job search assistance"),
    ("job_accommodation", "Job accommodations"),
    ("job_coaching", "Job coaching"),
    ("job_retention", "Job retention / ongoing support"),
]
B12_TEMPLATE_STATEMENT = (
    "I chose to work with the Employment Network named in Section 1 under the Ticket to Work "
    "program. The Employment Network explained this plan to me and I helped write it. I "
    "understand that my participation is voluntary, that the plan lists my employment goals "
    "and the services and supports the Employment Network will provide, and that I can ask "
    "to change the plan or take back (unassign) my Ticket at any time. I have read, or had "
    "read to me, the Terms and Conditions above and I will receive a copy of this signed "
    "plan.")


class B12Template:
    """The EN's own IWP template, a flat PDF for printing (or filling on screen with 'Fill &
    Sign'): labels followed by blank underlines, empty bordered boxes and tables, check boxes
    drawn as squares. Records where each entry goes (``slots``) so that the same drawing
    makes the blank template and the filled one."""

    L, R = 45, 567

    def __init__(self, path: Path) -> None:
        letter, canvas = _reportlab()
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
        self.c.setTitle("Individual Work Plan - form EN-IWP (Rev. 10/2025)")
        self.c.setAuthor("Harrow Field Employment Services")
        self.c.setCreator("Microsoft Word")
        self.page = 0
        self.y = 0.0
        self.slots: dict[str, tuple] = {}

    # --- printed matter -------------------------------------------------------------------
    def _footer(self) -> None:
        c = self.c
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.25)
        c.drawString(self.L, 28, "Form EN-IWP (Rev. 10/2025)  -  Original to EN case file; copy "
                     "to Ticket Holder.")
        c.drawRightString(self.R, 28, f"Page {self.page + 1} of 3")
        c.setFillGray(0)

    def new_page(self) -> None:
        if self.page or self.y:
            self._footer()
            self.c.showPage()
            self.page += 1
        c = self.c
        if self.page == 0:
            c.setFont("Helvetica-Bold", 17)
            c.drawString(self.L, 742, "INDIVIDUAL WORK PLAN (IWP)")
            c.setFont("Helvetica", 8.5)
            c.drawString(self.L, 729, "Ticket to Work Program  -  Employment Network Services")
            c.setFont("Helvetica", 7)
            c.drawRightString(self.R, 742, "Form EN-IWP")
            c.drawRightString(self.R, 733, "Rev. 10/2025")
            c.setLineWidth(1.6)
            c.line(self.L, 722, self.R, 722)
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(self.L, 711, "Complete every section. Type or print clearly. Check all "
                         "boxes that apply. Attach additional pages if needed.")
            self.y = 690
        else:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(self.L, 752, "INDIVIDUAL WORK PLAN (IWP) - continued")
            c.setFont("Helvetica", 8)
            c.drawString(330, 752, "Ticket Holder Name:")
            c.setLineWidth(0.6)
            c.line(412, 750, self.R, 750)
            self.slots[f"th_header_{self.page}"] = (self.page, 415, 752, self.R - 415)
            c.setLineWidth(0.8)
            c.line(self.L, 742, self.R, 742)
            self.y = 722

    def section(self, number: int, title: str) -> None:
        c = self.c
        c.setFillColorRGB(0.19, 0.25, 0.34)
        c.rect(self.L, self.y - 4, self.R - self.L, 15, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(self.L + 5, self.y, f"SECTION {number}:  {title.upper()}")
        c.setFillGray(0)
        self.y -= 24

    def note(self, text: str, size: float = 7.5, font: str = "Helvetica-Oblique") -> None:
        from reportlab.lib.utils import simpleSplit

        for line in simpleSplit(text, font, size, self.R - self.L):
            self.c.setFont(font, size)
            self.c.drawString(self.L, self.y, line)
            self.y -= size + 2.5
        self.y -= 4

    def paragraph(self, text: str, size: float = 8, indent: float = 0,
                  font: str = "Helvetica", leading: float | None = None) -> None:
        from reportlab.lib.utils import simpleSplit

        leading = leading or size + 2.4
        for line in simpleSplit(text, font, size, self.R - self.L - indent):
            self.c.setFont(font, size)
            self.c.drawString(self.L + indent, self.y, line)
            self.y -= leading

    # --- blanks ---------------------------------------------------------------------------
    def row(self, items: list[tuple[str, str, float]], gap: float = 12) -> None:
        """Label, then a blank underline ``width`` long, for each (label, slot, width); the
        last blank of the row runs to the right margin when its width is 0."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c, x = self.c, self.L
        for label, slot, width in items:
            c.setFont("Helvetica", 8.5)
            c.drawString(x, self.y, label)
            x += stringWidth(label, "Helvetica", 8.5) + 4
            end = self.R if not width else x + width
            c.setLineWidth(0.6)
            c.line(x, self.y - 2, end, self.y - 2)
            self.slots[slot] = (self.page, x + 3, self.y + 0.5, end - x - 4)
            x = end + gap
        self.y -= 21

    def box(self, x: float, y: float, label: str, slot: str) -> float:
        """A square check box with its label on the right; returns the next x."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.c
        c.setLineWidth(0.7)
        c.rect(x, y - 1.5, 8.5, 8.5, stroke=1, fill=0)
        self.slots[slot] = (self.page, x + 4.25, y + 2.75)
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 12, y, label)
        return x + 12 + stringWidth(label, "Helvetica", 8.5) + 14

    def choices(self, label: str, options: list[tuple[str, str]], x0: float | None = None,
                other: str | None = None) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.c.setFont("Helvetica", 8.5)
        self.c.drawString(self.L, self.y, label)
        x = x0 or self.L + stringWidth(label, "Helvetica", 8.5) + 10
        for text, slot in options:
            x = self.box(x, self.y, text, slot)
        if other:
            self.c.setLineWidth(0.6)
            self.c.line(x - 6, self.y - 2, min(x + 110, self.R), self.y - 2)
            self.slots[other] = (self.page, x - 3, self.y + 0.5, min(x + 110, self.R) - x)
        self.y -= 19

    def table(self, columns: list[tuple[str, float]], rows: int, height: float,
              slot_prefix: str, header_height: float = 15, first_column: list[str] | None = None,
              first_font: float = 8) -> None:
        """An empty ruled table; ``first_column`` prints the row labels of column 0. Every
        other cell is a slot ``prefix_r_c`` (x, top, width, height)."""
        from reportlab.lib.utils import simpleSplit

        c = self.c
        top = self.y + 8
        width = sum(w for _, w in columns)
        c.setFillColorRGB(0.88, 0.9, 0.93)
        c.rect(self.L, top - header_height, width, header_height, stroke=0, fill=1)
        c.setFillGray(0)
        x = self.L
        for title, w in columns:
            lines = title.split("\n")
            c.setFont("Helvetica-Bold", 7.2)
            for i, line in enumerate(lines):
                c.drawString(x + 3, top - 9.5 - 8 * i + 4 * (len(lines) - 1) * 0, line)
            x += w
        bottom = top - header_height - rows * height
        c.setLineWidth(0.6)
        c.rect(self.L, bottom, width, top - bottom, stroke=1, fill=0)
        c.line(self.L, top - header_height, self.L + width, top - header_height)
        for r in range(1, rows):
            yy = top - header_height - r * height
            c.line(self.L, yy, self.L + width, yy)
        x = self.L
        for _, w in columns[:-1]:
            x += w
            c.line(x, top, x, bottom)
        for r in range(rows):
            row_top = top - header_height - r * height
            x = self.L
            for col, (_, w) in enumerate(columns):
                if col == 0 and first_column:
                    c.setFont("Helvetica", first_font)
                    lines = simpleSplit(first_column[r], "Helvetica", first_font, w - 6)
                    for i, line in enumerate(lines):
                        c.drawString(x + 3, row_top - 10 - i * (first_font + 1.5), line)
                else:
                    self.slots[f"{slot_prefix}_{r}_{col}"] = (self.page, x, row_top, w, height)
                x += w
        self.y = bottom - 16


def build_b12_template(path: Path) -> dict:
    """Draw the three-page template to ``path``; return its slots."""
    t = B12Template(path)
    c = t.c
    t.new_page()
    t.section(1, "Employment Network (EN) Information")
    t.row([("EN Name:", "en_name", 300), ("EN Provider ID (PID):", "en_pid", 0)])
    t.row([("Address:", "en_address", 0)])
    t.row([("Phone:", "en_phone", 130), ("Email:", "en_email", 0)])
    t.row([("EN Representative:", "en_rep", 190), ("Title:", "en_title", 0)])
    t.section(2, "Ticket Holder Information")
    t.row([("Name (First, MI, Last):", "th_name", 250), ("SSN:", "th_ssn", 0)])
    t.row([("Date of Birth:", "th_dob", 90), ("Street Address:", "th_street", 0)])
    t.row([("City:", "th_city", 170), ("State:", "th_state", 40), ("ZIP:", "th_zip", 0)])
    t.row([("Home Phone:", "th_phone", 100), ("Cell Phone:", "th_mobile", 100),
           ("Email:", "th_email", 0)])
    t.choices("Preferred way to contact you:", [("Phone", "pref_phone"),
                                                 ("Email", "pref_email"),
                                                 ("Mail", "pref_mail")])
    t.y -= 4
    t.section(3, "Alternate Contact")
    t.note("Someone the EN may contact if we are unable to reach you.")
    t.row([("Name:", "alt_name", 180), ("Relationship:", "alt_rel", 90),
           ("Phone:", "alt_phone", 0)])
    t.row([("Address:", "alt_address", 0)])
    t.section(4, "IWP Discussion")
    t.row([("Date IWP was discussed:", "disc_date", 100)])
    t.y += 21
    t.choices("", [("In person", "mode_in_person"), ("Telephone", "mode_telephone"),
                   ("Video", "mode_video")], x0=t.L + 260)
    c.setFont("Helvetica", 8.5)
    c.drawString(t.L + 222, t.y + 19, "Method:")
    t.paragraph("Summary of the discussion (the Ticket Holder's goals, why the goals are "
                "realistic, and how the services in Section 7 will help):", size=8.5)
    top, height = t.y + 4, 78
    c.setLineWidth(0.6)
    c.rect(t.L, top - height, t.R - t.L, height, stroke=1, fill=0)
    c.setStrokeGray(0.78)
    for i in range(1, 6):
        c.line(t.L + 4, top - 13 * i, t.R - 4, top - 13 * i)
    c.setStrokeGray(0)
    t.slots["summary"] = (t.page, t.L, top, t.R - t.L, height)
    t.y = top - height - 22
    t.section(5, "Work History (last 18 months)")
    t.table([("Employer", 140), ("Job Title", 122), ("Start Date", 62), ("End Date", 62),
             ("Hours/Week", 56), ("Monthly Earnings", 80)], 3, 17, "work")
    t.y += 2
    t.box(t.L, t.y, "No paid work in the last 18 months.  Explain:", "no_work")
    c.setLineWidth(0.6)
    c.line(t.L + 192, t.y - 2, t.R, t.y - 2)
    t.slots["no_work_text"] = (t.page, t.L + 195, t.y + 0.5, t.R - t.L - 196)
    t.y -= 16
    c.line(t.L, t.y - 2, t.R, t.y - 2)
    t.slots["no_work_text2"] = (t.page, t.L + 3, t.y + 0.5, t.R - t.L - 4)

    t.new_page()
    t.section(6, "Employment Goals")
    t.table([("", 150), ("SHORT-TERM GOAL (within 12 months)", 186),
             ("LONG-TERM GOAL", 186)], 6, 20, "goal",
            first_column=["Job title / occupation", "Hours per week", "Hourly wage",
                          "Gross monthly earnings", "Target date",
                          "Education or training needed"], first_font=8.5)
    t.section(7, "Services and Supports")
    t.note("Check Yes or No for each service. For every service checked Yes, describe the "
           "service, who will provide it and how often.")
    t.table([("Service", 118), ("Yes", 24), ("No", 24), ("Description of service", 196),
             ("Provided by", 92), ("How often", 68)], len(B12_SERVICE_ROWS) + 1, 33, "svc",
            first_column=[label for _, label in B12_SERVICE_ROWS] + ["Other:"])
    # Every Yes / No cell holds a drawn square.
    for r in range(len(B12_SERVICE_ROWS) + 1):
        for col in (1, 2):
            _, x, top, w, h = t.slots[f"svc_{r}_{col}"]
            c.setLineWidth(0.7)
            c.rect(x + w / 2 - 4.25, top - h / 2 - 4.25, 8.5, 8.5, stroke=1, fill=0)
    t.section(8, "Follow-Up")
    t.note("The EN will contact the Ticket Holder at least as often as checked below.")
    t.choices("While looking for work:", [("Monthly", "fu_init_monthly"),
                                          ("Every 3 months", "fu_init_quarterly"),
                                          ("Other:", "fu_init_other")], x0=t.L + 150)
    t.choices("After starting work:", [("Monthly", "fu_on_monthly"),
                                       ("Every 3 months", "fu_on_quarterly"),
                                       ("Other:", "fu_on_other")], x0=t.L + 150)
    t.choices("How we will stay in touch:", [("Phone", "fu_m_telephone"),
                                             ("Email", "fu_m_email"),
                                             ("In person", "fu_m_in person"),
                                             ("Text message", "fu_m_text")], x0=t.L + 150)

    t.new_page()
    t.section(9, "Terms and Conditions")
    for i, term in enumerate(TERMS, 1):
        t.paragraph(f"{i}.  {term}", size=7.8, indent=0, leading=9.7)
        t.y -= 1.5
    t.y -= 8
    t.section(10, "Statement of Understanding")
    t.paragraph(B12_TEMPLATE_STATEMENT, size=8.3)
    t.y -= 18
    t.section(11, "Signatures")
    t.y -= 14
    for who, label in (("th", "Ticket Holder Signature:"),
                       ("en", "EN Representative Signature:")):
        t.row([(label, f"{who}_sig", 250), ("Date:", f"{who}_date", 0)], gap=18)
        t.row([("Printed Name:" if who == "th" else "Printed Name and Title:",
                f"{who}_printed", 0)])
        t.y -= 14
    t._footer()
    c.save()
    return t.slots


def _b12_fill_iwp(case: dict, template: Path, out: Path, slots: dict, marks: str) -> None:
    """Fill the flat template with Fill & Sign annotations from ``case``."""
    en, th, d, alt = case["en"], case["th"], case["discussion"], case["alt"]
    seed = case["index"]
    when = dt.datetime.combine(d["date"], dt.time(14, 5)) + dt.timedelta(minutes=seed % 40)
    fs = FillSign(template, when, seed)

    def put(slot: str, text, size: float = 10) -> None:
        if not text:
            return
        page, x, y, width = slots[slot]
        fs.text(page, x, y, str(text), size=size, width=width)

    def mark(slot: str, on: bool = True) -> None:
        if on:
            page, cx, cy = slots[slot]
            fs.check(page, cx, cy, marks)

    def cell(slot: str, text, size: float = 9, lines: int = 1) -> None:
        if not text:
            return
        page, x, top, w, _ = slots[slot]
        fs.text(page, x + 3, top - size - 3, str(text), size=size, width=w - 3, max_lines=lines)

    def cell_mark(slot: str) -> None:
        page, x, top, w, h = slots[slot]
        fs.check(page, x + w / 2, top - h / 2, marks)

    th_name = f"{th['first']} {th['middle']} {th['last']}"
    put("en_name", en["name"])
    put("en_pid", en["pid"])
    put("en_address", f"{en['street']}, {en['city']}, {en['state']} {en['zip']}")
    put("en_phone", en["phone"])
    put("en_email", en["email"])
    put("en_rep", en["rep"])
    put("en_title", en["rep_title"])
    put("th_name", th_name)
    put("th_ssn", th["ssn"])
    put("th_dob", _date(th["dob"], "us"))
    put("th_street", th["street"])
    put("th_city", th["city"])
    put("th_state", th["state"])
    put("th_zip", th["zip"])
    put("th_phone", th["phone"])
    put("th_mobile", th["mobile"])
    put("th_email", th["email"])
    mark("pref_phone", th["preferred"] == "telephone")
    mark("pref_email", th["preferred"] == "email")
    if alt:
        put("alt_name", alt["name"])
        put("alt_rel", alt["relationship"])
        put("alt_phone", alt["phone"])
        put("alt_address", alt["address"])
    if d["date"]:
        put("disc_date", _date(d["date"], "us"))
    if d["modality"]:
        mark(f"mode_{d['modality'][0]}")
    if d["summary"]:
        page, x, top, w, _ = slots["summary"]
        fs.text(page, x + 4, top - 11.5, d["summary"], size=9.5, width=w - 8, max_lines=6)
    work = case["work"]
    if work and work["jobs"]:
        for r, job in enumerate(work["jobs"]):
            for col, value in enumerate([job["employer"], job["title"], _date(job["start"], "us"),
                                         _date(job["end"], "us"), str(job["hours"]),
                                         _money(job["monthly"])]):
                cell(f"work_{r}_{col}", value, size=8.5)
    if work and work["no_work"]:
        mark("no_work")
        put("no_work_text", work["no_work"], size=8.5)
    for col, goal in ((1, case["st"]), (2, case["lt"])):
        if goal is None:
            continue
        tr = goal["training"]
        for r, value in enumerate([goal["title"], str(goal["hours"]), _money(goal["wage"]),
                                   _money(goal["monthly"]), _date(goal["target"], "us"),
                                   f"{tr[0]}, {tr[1]}" if tr else "None"]):
            cell(f"goal_{r}_{col}", value, size=9 if r < 5 else 8, lines=1 if r < 5 else 2)
    by_key = {s["key"]: s for s in case["services"]}
    for r, (key, _) in enumerate(B12_SERVICE_ROWS):
        s = by_key[key]
        cell_mark(f"svc_{r}_{1 if s['provided'] else 2}")
        if s["provided"]:
            cell(f"svc_{r}_3", s["description"], size=7.5, lines=3)
            cell(f"svc_{r}_4", s["provider"], size=7.5, lines=3)
            cell(f"svc_{r}_5", s["frequency"], size=7.5, lines=3)
    fu = case["follow_up"]
    if fu:
        mark(f"fu_init_{fu['initial']}")
        mark(f"fu_on_{fu['ongoing']}")
        for method in fu["methods"]:
            mark(f"fu_m_{method}")
    for page in (1, 2):
        put(f"th_header_{page}", th_name, size=9)
    ths, ens = case["th_sig"], case["en_sig"]
    if ths["signed"]:
        page, x, y, w = slots["th_sig"]
        fs.signature(page, x + 8, y - 1.5, min(w - 20, 170), seed * 31 + 7)
        if ths["date"]:
            put("th_date", _date(ths["date"], "us"))
    put("th_printed", f"{th['first']} {th['last']}")
    if ens["signed"]:
        page, x, y, w = slots["en_sig"]
        fs.signature(page, x + 10, y - 1.5, min(w - 30, 160), seed * 31 + 19)
        if ens["date"]:
            put("en_date", _date(ens["date"], "us"))
        put("en_printed", f"{ens['name']}, {ens['title']}")
    fs.save(out)


def build_fillsign_iwp(case: dict | None, out: Path, marks: str = "tick") -> None:
    """Layout ``fillsign``: the flat template, and (unless ``case`` is None: the blank form)
    the case filled in with Fill & Sign annotations."""
    if case is None:
        build_b12_template(out)
        return
    with tempfile.TemporaryDirectory() as tmp_name:
        template = Path(tmp_name) / "template.pdf"
        slots = build_b12_template(template)
        _b12_fill_iwp(case, template, out, slots, marks)


# ----- notiwp_: a Release of Information form filled with Fill & Sign ------------------------
class B12ConsentForm(B12Template):
    """The same EN's one-page 'Authorization to Release and Exchange Information' form."""

    def _footer(self) -> None:
        c = self.c
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.25)
        c.drawString(self.L, 28, "Form EN-ROI (Rev. 10/2025)  -  A copy of this authorization "
                     "is as valid as the original.  Original to EN case file.")
        c.drawRightString(self.R, 28, "Page 1 of 1")
        c.setFillGray(0)

    def new_page(self) -> None:
        c = self.c
        c.setFont("Helvetica-Bold", 14)
        c.drawString(self.L, 744, "AUTHORIZATION TO RELEASE AND EXCHANGE INFORMATION")
        c.setFont("Helvetica", 8.5)
        c.drawString(self.L, 731, "Consent to exchange confidential information  -  Ticket to "
                     "Work Program")
        c.setFont("Helvetica", 7)
        c.drawRightString(self.R, 731, "Form EN-ROI")
        c.setLineWidth(1.6)
        c.line(self.L, 722, self.R, 722)
        self.y = 704


def build_consent_form(en: dict, person: dict, out: Path) -> None:
    """The EN's Release of Information form, filled in with Fill & Sign and signed by the
    Ticket holder with the pen."""
    with tempfile.TemporaryDirectory() as tmp_name:
        template = Path(tmp_name) / "roi.pdf"
        t = B12ConsentForm(template)
        t.new_page()
        t.section(1, "Ticket Holder (person giving consent)")
        t.row([("Name:", "name", 250), ("Date of Birth:", "dob", 0)])
        t.row([("Address:", "address", 0)])
        t.row([("Phone:", "phone", 140), ("Last 4 digits of SSN:", "ssn4", 60)])
        t.section(2, "Who may share the information")
        t.paragraph("I authorize the Employment Network named here and its staff to obtain "
                    "information from, and give information to, the persons and agencies "
                    "checked below.", size=8.3)
        t.y -= 8
        t.row([("Employment Network:", "en_name", 0)])
        t.row([("EN contact person:", "en_rep", 200), ("Phone:", "en_phone", 0)])
        parties = [("vr", "State Vocational Rehabilitation agency"),
                   ("wipa", "Work Incentives Planning and Assistance (WIPA) project"),
                   ("ssa", "Social Security Administration and the Ticket Program Manager"),
                   ("doctor", "My doctor or clinic (name):"),
                   ("employer", "My current or future employer"),
                   ("other", "Other (name):")]
        for key, label in parties:
            t.box(t.L + 10, t.y, label, f"party_{key}")
            if key in ("doctor", "other"):
                t.c.setLineWidth(0.6)
                t.c.line(t.L + 200, t.y - 2, t.R, t.y - 2)
                t.slots[f"party_{key}_name"] = (t.page, t.L + 203, t.y + 0.5, t.R - t.L - 204)
            t.y -= 16
        t.y -= 8
        t.section(3, "Information that may be shared")
        kinds = [("contact", "Contact information"), ("benefits", "Disability benefits and "
                 "work incentives"), ("earnings", "Employment, wages and pay stubs"),
                 ("medical", "Medical or psychological records"),
                 ("voc", "Vocational assessments and school records"),
                 ("plan", "My employment plan and progress notes")]
        for i in range(0, len(kinds), 2):
            x = t.L + 10
            for key, label in kinds[i:i + 2]:
                t.box(x, t.y, label, f"info_{key}")
                x = t.L + 270
            t.y -= 16
        t.y -= 8
        t.section(4, "Purpose")
        t.box(t.L + 10, t.y, "To develop, carry out and update my Individual Work Plan (IWP) "
              "and the services in it", "purpose_plan")
        t.y -= 16
        t.box(t.L + 10, t.y, "To verify my earnings for Ticket to Work milestone and outcome "
              "payments", "purpose_pay")
        t.y -= 16
        t.box(t.L + 10, t.y, "To coordinate benefits counseling and work incentives",
              "purpose_wipa")
        t.y -= 24
        t.section(5, "How long this authorization lasts and your rights")
        t.row([("This authorization ends on (date):", "expires", 100)])
        t.paragraph("If no date is written, this authorization ends one year after it is "
                    "signed. I may cancel it at any time by writing to the Employment Network, "
                    "except for information already shared. I do not have to sign this form to "
                    "receive services, and my services will not change if I refuse. Information "
                    "shared under this form may be shared again by the person who receives it "
                    "and may no longer be protected by federal privacy rules. Records about "
                    "alcohol or drug treatment are protected by 42 CFR Part 2 and need a "
                    "separate consent.", size=7.8)
        t.y -= 22
        t.section(6, "Signature")
        t.y -= 14
        t.row([("Signature of person giving consent:", "sig", 220), ("Date:", "date", 0)],
              gap=18)
        t.row([("If signed by a representative, name and relationship:", "rep", 0)])
        t.row([("Witness (EN staff):", "witness", 220), ("Date:", "wdate", 0)], gap=18)
        t._footer()
        t.c.save()
        slots = t.slots
        when = dt.datetime.combine(person["date"], dt.time(10, 20))
        fs = FillSign(template, when, person["seed"])

        def put(slot, text, size=10):
            page, x, y, width = slots[slot]
            fs.text(page, x, y, text, size=size, width=width)

        def mark(slot):
            page, cx, cy = slots[slot]
            fs.check(page, cx, cy, "x")

        put("name", person["name"])
        put("dob", person["dob"])
        put("address", person["address"])
        put("phone", person["phone"])
        put("ssn4", person["ssn4"])
        put("en_name", f"{en['name']} (EN PID {en['pid']})")
        put("en_rep", en["rep"])
        put("en_phone", en["phone"])
        for key in ("vr", "wipa", "ssa", "doctor"):
            mark(f"party_{key}")
        put("party_doctor_name", person["clinic"], size=9)
        for key in ("contact", "benefits", "earnings", "plan"):
            mark(f"info_{key}")
        for key in ("purpose_plan", "purpose_pay", "purpose_wipa"):
            mark(key)
        put("expires", _date(person["expires"], "us"))
        page, x, y, _ = slots["sig"]
        fs.signature(page, x + 8, y - 1.5, 150, person["seed"])
        put("date", _date(person["date"], "us"))
        put("witness", en["rep"])
        put("wdate", _date(person["date"], "us"))
        fs.save(out)


def make_consent_form(out: Path) -> None:
    person = dict(name="Marisela T. Grimaldi", dob="04/09/1983",
                  address="612 Foxglove Lane, Wheatstone, KS 67999", phone="(785) 555-0142",
                  ssn4="4471", clinic="Wheatstone Family Health Clinic, Dr. Okafor",
                  date=dt.date(2026, 1, 27), expires=dt.date(2027, 1, 27), seed=12017)
    build_consent_form(BATCH_12_ENS["b12_harrow"], person, out)


# ----- outlined_: a designed IWP exported with its text converted to outlines ----------------
def outline_text(source: Path, out: Path) -> None:
    """Rewrite ``source`` with every glyph as a vector path and no fonts (what 'convert text
    to outlines' / Canva's flattened PDF export gives): Ghostscript's pdfwrite with
    -dNoOutputFonts."""
    gs = shutil.which("gs")
    if not gs:
        sys.exit("make_foreign.py: Ghostscript is needed for outlined_ files "
                 "(apt-get install ghostscript)")
    subprocess.run([gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
                    "-dNoOutputFonts", "-dCompatibilityLevel=1.6", f"-sOutputFile={out}",
                    str(source)], check=True, stdout=subprocess.DEVNULL, timeout=300)


def _b12_outlined(html_text: str):
    """A ``direct`` maker: print the HTML with Chromium, then outline its text."""
    def make(out: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            printed = tmp / (out.stem + ".printed.pdf")
            chromium_print(html_text, printed, tmp)
            outline_text(printed, out)
    return make


def _b12_day(d: dt.date | None) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}" if d else ""


def _b12_signature_svg(seed: int, width: float = 215, drawn_width: float = 150) -> str:
    """A drawn (tablet / mouse) signature as an inline SVG of pen strokes, drawn
    ``drawn_width`` wide and shown ``width`` wide."""
    strokes = _b12_signature_strokes(4, 0, drawn_width - 14, seed)
    ys = [p[1] for s in strokes for p in s]
    top = max(ys) + 4
    view_height = top - min(ys) + 4
    height = round(width * view_height / drawn_width)
    paths = []
    for stroke in strokes:
        d = " ".join(f"{'M' if i == 0 else 'L'}{px:.1f},{top - py:.1f}"
                     for i, (px, py) in enumerate(stroke))
        paths.append(f'<path d="{d}"/>')
    return (f'<svg class="pen" width="{width}" height="{height}" viewBox="0 0 {drawn_width} '
            f'{view_height:.1f}"><g fill="none" '
            f'stroke="#1b2a6b" stroke-width="1.1" stroke-linecap="round" '
            f'stroke-linejoin="round">{"".join(paths)}</g></svg>')


OUTLINED_CSS = """
@page { size: letter; margin: 0.45in 0.5in 0.55in 0.5in; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.6pt;
       color: #1d2b3a; margin: 0; }
.hero { background: #12355b; color: #fff; border-radius: 14px; padding: 18px 22px 16px 22px;
        display: flex; justify-content: space-between; align-items: center; }
.hero .brand { font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; letter-spacing: 2.2px;
               font-size: 8.5pt; color: #9fd3e6; text-transform: uppercase; }
.hero h1 { font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; font-size: 25pt;
           margin: 4px 0 2px 0; font-weight: bold; }
.hero .sub { font-size: 9.5pt; color: #d9e8f2; }
.logo { width: 62px; height: 62px; }
h2 { font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; font-size: 13pt; color: #12355b;
     margin: 16px 0 7px 0; display: flex; align-items: center; gap: 8px; }
h2 .num { display: inline-block; width: 22px; height: 22px; border-radius: 11px;
          background: #f26b4f; color: #fff; font-size: 10pt; text-align: center;
          line-height: 22px; }
.cards { display: flex; gap: 10px; }
.card { flex: 1; background: #f3f0e8; border-radius: 10px; padding: 10px 12px; }
.card h3 { margin: 0 0 6px 0; font-size: 8pt; letter-spacing: 1.4px; text-transform: uppercase;
           color: #f26b4f; }
.kv { margin: 0 0 4px 0; line-height: 1.25; }
.kv .k { display: block; font-size: 7.2pt; color: #6b7785; }
.kv .v { font-weight: bold; }
.chips { display: flex; gap: 6px; margin: 4px 0 8px 0; }
.chip { border: 1.3px solid #b9c2cc; color: #8a95a1; border-radius: 12px; padding: 3px 11px;
        font-size: 8.6pt; }
.chip.on { background: #12355b; border-color: #12355b; color: #fff; font-weight: bold; }
.quote { border-left: 4px solid #f26b4f; padding: 4px 0 4px 12px; line-height: 1.4; }
.empty { border: 1.3px dashed #b9c2cc; border-radius: 8px; height: 60px; }
.tl { border-left: 3px solid #9fd3e6; margin-left: 6px; padding-left: 14px; }
.tl .job { margin: 0 0 6px 0; position: relative; }
.tl .job:before { content: ''; position: absolute; left: -21px; top: 3px; width: 11px;
                  height: 11px; border-radius: 6px; background: #12355b; }
.tl .blank { height: 16px; border-bottom: 1px solid #c9d0d8; width: 92%; margin-bottom: 10px; }
.goal { flex: 1; border: 2px solid #12355b; border-radius: 12px; padding: 10px 14px; }
.goal .when { font-size: 7.8pt; letter-spacing: 1.3px; text-transform: uppercase;
              color: #f26b4f; font-weight: bold; }
.goal .title { font-family: 'URW Gothic', 'DejaVu Sans', sans-serif; font-size: 14pt;
               font-weight: bold; color: #12355b; margin: 3px 0 8px 0; }
.stats { display: flex; gap: 6px; }
.stat { flex: 1; background: #e7f3f8; border-radius: 8px; padding: 5px 6px; text-align: center; }
.stat b { display: block; font-size: 11pt; color: #12355b; }
.stat span { font-size: 7pt; color: #4d5b69; }
.svc { display: flex; gap: 10px; padding: 6px 0; border-bottom: 1px solid #e3e0d8; }
.svc .dot { flex: 0 0 18px; }
.svc .name { flex: 0 0 150px; font-weight: bold; }
.svc .txt { flex: 1; line-height: 1.3; }
.svc .meta { font-size: 8pt; color: #4d5b69; }
.svc.off .name, .svc.off .txt { color: #9aa4ae; font-weight: normal; }
.tiles { display: flex; gap: 10px; }
.tile { flex: 1; background: #12355b; color: #fff; border-radius: 10px; padding: 9px 12px; }
.tile .k { font-size: 7.6pt; color: #9fd3e6; text-transform: uppercase; letter-spacing: 1.2px; }
.tile .v { font-size: 13pt; font-weight: bold; margin-top: 2px; }
.fine { columns: 2; column-gap: 18px; font-size: 7.6pt; line-height: 1.32; color: #33414f; }
.fine ol { margin: 0; padding-left: 16px; }
.fine li { margin-bottom: 3px; break-inside: avoid; }
.sigs { display: flex; gap: 14px; margin-top: 6px; }
.sig { flex: 1; background: #f3f0e8; border-radius: 10px; padding: 10px 14px; }
.sig .line { border-bottom: 1.4px solid #1d2b3a; height: 50px; display: flex;
             align-items: flex-end; }
.sig .script { font-family: 'Z003', 'URW Chancery L', cursive; font-size: 21pt;
               color: #1b2a6b; padding-bottom: 3px; }
.sig .who { font-size: 8pt; color: #4d5b69; margin-top: 3px; }
.sig .date { margin-top: 7px; }
.sig .date .blankdate { display: inline-block; width: 110px; border-bottom: 1.2px solid #1d2b3a;
                        height: 12px; vertical-align: bottom; }
.pagebreak { break-before: page; }
.foot { font-size: 7pt; color: #8a95a1; margin-top: 14px; }
"""

B12_CHECK_SVG = ('<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7.5" '
                 'fill="#2f8f6b"/><path d="M4.2 8.3 L7 11 L11.9 5.4" fill="none" stroke="#fff" '
                 'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>')
B12_OFF_SVG = ('<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.8" '
               'fill="none" stroke="#b9c2cc" stroke-width="1.4"/></svg>')
B12_LOGO_SVG = ('<svg class="logo" viewBox="0 0 62 62"><circle cx="31" cy="31" r="30" '
                'fill="#f26b4f"/><path d="M8 36 C 18 24, 26 46, 36 34 S 50 26, 56 32" '
                'fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round"/><path '
                'd="M12 45 C 22 35, 30 53, 40 43 S 50 38, 53 41" fill="none" stroke="#9fd3e6" '
                'stroke-width="3" stroke-linecap="round"/></svg>')
B12_FREQUENCY = {"monthly": "Every month", "quarterly": "Every 3 months"}


def _b12_kv(label: str, value) -> str:
    return f'<p class="kv"><span class="k">{_h(label)}</span><span class="v">{_h(value)}</span></p>'


def build_outlined_iwp(case: dict) -> str:
    """Layout ``outlined``: a designed, Canva-style plan (rounded cards, coloured chips, big
    numbers) whose text is converted to outlines after printing."""
    en, th, d, alt = case["en"], case["th"], case["discussion"], case["alt"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    reach = {"telephone": "Phone call", "email": "Email"}[th["preferred"]]
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>IWP</title>"
             f"<style>{OUTLINED_CSS}</style></head><body>"]
    parts.append(
        f'<div class="hero"><div><div class="brand">{_h(en["name"])}</div>'
        f'<h1>My Individual Work Plan</h1><div class="sub">Ticket to Work &middot; the plan '
        f'we made together &middot; IWP</div></div>{B12_LOGO_SVG}</div>')
    # 1. About you / your EN / alternate contact
    parts.append('<h2><span class="num">1</span>Who is in this plan</h2><div class="cards">')
    parts.append('<div class="card"><h3>You (Ticket Holder)</h3>'
                 + _b12_kv("Name", th_name) + _b12_kv("Social Security number", th["ssn"])
                 + _b12_kv("Date of birth", _b12_day(th["dob"]))
                 + _b12_kv("Address", f"{th['street']}, {th['city']}, {th['state']} "
                                      f"{th['zip']}")
                 + _b12_kv("Phone", th["phone"] + (f" · mobile {th['mobile']}"
                                                   if th["mobile"] else ""))
                 + _b12_kv("Email", th["email"]) + _b12_kv("Best way to reach you", reach)
                 + "</div>")
    parts.append('<div class="card"><h3>Your Employment Network</h3>'
                 + _b12_kv("Employment Network", en["name"]) + _b12_kv("EN PID", en["pid"])
                 + _b12_kv("Address", f"{en['street']}, {en['city']}, {en['state']} "
                                      f"{en['zip']}")
                 + _b12_kv("Phone", en["phone"]) + _b12_kv("Email", en["email"])
                 + _b12_kv("Your coach", f"{en['rep']}, {en['rep_title']}") + "</div>")
    if alt:
        parts.append('<div class="card"><h3>If we can\'t reach you</h3>'
                     + _b12_kv("Alternate contact", alt["name"])
                     + _b12_kv("Relationship", alt["relationship"])
                     + _b12_kv("Phone", alt["phone"]) + _b12_kv("Address", alt["address"])
                     + "</div>")
    else:
        parts.append('<div class="card"><h3>If we can\'t reach you</h3>'
                     '<p class="kv"><span class="k">Alternate contact</span></p>'
                     '<div class="empty"></div></div>')
    parts.append("</div>")
    # 2. The planning conversation
    parts.append('<h2><span class="num">2</span>How we built this plan</h2>')
    modality = d["modality"][0] if d["modality"] else None
    chips = "".join(f'<span class="chip{" on" if key == modality else ""}">{label}</span>'
                    for key, label in (("in_person", "In person"), ("telephone", "Phone"),
                                       ("video", "Video call")))
    parts.append(f'<p class="kv"><span class="k">We met on</span><span class="v">'
                 f'{_h(_b12_day(d["date"]))}</span></p><div class="chips">{chips}</div>')
    parts.append('<p class="kv"><span class="k">What we talked about</span></p>')
    if d["summary"]:
        parts.append(f'<div class="quote">{_h(d["summary"])}</div>')
    else:
        parts.append('<div class="empty"></div>')
    # 3. Work history
    parts.append('<h2><span class="num">3</span>Your work in the last 18 months</h2>'
                 '<div class="tl">')
    work = case["work"]
    if work and work["jobs"]:
        for job in work["jobs"]:
            parts.append(
                f'<p class="job"><b>{_h(job["title"])}</b> &middot; {_h(job["employer"])}<br>'
                f'{_h(_b12_day(job["start"]))} &ndash; {_h(_b12_day(job["end"]))} &middot; '
                f'{job["hours"]} hrs/week &middot; {_money(job["monthly"])}/month</p>')
    elif work and work["no_work"]:
        parts.append(f'<p class="job">{_h(work["no_work"])}</p>')
    else:
        parts.append('<div class="blank"></div><div class="blank"></div>')
    parts.append("</div>")
    # 4. Goals (page 2)
    parts.append('<h2 class="pagebreak"><span class="num">4</span>Your goals</h2>'
                 '<div class="cards">')
    for when, label, goal in (("Next 12 months", "Short-term goal", case["st"]),
                              ("3 to 5 years", "Long-term goal", case["lt"])):
        tr = goal["training"]
        parts.append(
            f'<div class="goal"><div class="when">{label} &middot; {when}</div>'
            f'<div class="title">{_h(goal["title"])}</div><div class="stats">'
            f'<div class="stat"><b>{goal["hours"]}</b><span>hours a week</span></div>'
            f'<div class="stat"><b>{_money(goal["wage"])}</b><span>an hour</span></div>'
            f'<div class="stat"><b>{_money(goal["monthly"])}</b><span>a month</span></div>'
            f'</div><p class="kv" style="margin-top:8px"><span class="k">Reach it by</span>'
            f'<span class="v">{_h(_b12_day(goal["target"]))}</span></p>'
            f'<p class="kv"><span class="k">Training needed</span><span class="v">'
            f'{_h(f"{tr[0]} at {tr[1]}" if tr else "None")}</span></p></div>')
    parts.append("</div>")
    # 5. Services
    parts.append('<h2><span class="num">5</span>How we will help</h2>')
    for s in case["services"]:
        if s["provided"]:
            meta = f'Who: {_h(s["provider"])} &middot; How often: {_h(s["frequency"])}'
            parts.append(f'<div class="svc"><div class="dot">{B12_CHECK_SVG}</div>'
                         f'<div class="name">{_h(s["label"])}</div><div class="txt">'
                         f'{_h(s["description"])}<div class="meta">{meta}</div></div></div>')
        else:
            parts.append(f'<div class="svc off"><div class="dot">{B12_OFF_SVG}</div>'
                         f'<div class="name">{_h(s["label"])}</div><div class="txt">Not part '
                         f'of this plan right now</div></div>')
    # 6. Follow-up
    fu = case["follow_up"]
    parts.append('<h2><span class="num">6</span>Staying connected</h2><div class="tiles">'
                 f'<div class="tile"><div class="k">While you look for work</div><div class="v">'
                 f'{B12_FREQUENCY[fu["initial"]]}</div></div>'
                 f'<div class="tile"><div class="k">Once you are working</div><div class="v">'
                 f'{B12_FREQUENCY[fu["ongoing"]]}</div></div>'
                 f'<div class="tile"><div class="k">How we check in</div><div class="v">'
                 f'{_h(", ".join(m.capitalize() for m in fu["methods"]))}</div></div></div>')
    # 7-9 (page 3)
    parts.append('<h2 class="pagebreak"><span class="num">7</span>The fine print: terms and '
                 'conditions</h2><div class="fine"><ol>'
                 + "".join(f"<li>{_h(term)}</li>" for term in case["terms"]) + "</ol></div>")
    parts.append('<h2><span class="num">8</span>In your words: statement of understanding</h2>'
                 f'<div class="quote">{_h(case["statement"])}</div>')
    parts.append('<h2><span class="num">9</span>Signatures</h2><div class="sigs">')
    ths, ens = case["th_sig"], case["en_sig"]
    for who, sig, name, role, drawn in (
            ("th", ths, f"{th['first']} {th['last']}", "Ticket Holder", True),
            ("en", ens, ens["name"], f"{ens['title']}, {en['name']}", False)):
        mark = ""
        if sig["signed"]:
            mark = (_b12_signature_svg(case["index"] * 13 + 5) if drawn
                    else f'<span class="script">{_h(name)}</span>')
        date = (f'<b>{_h(_b12_day(sig["date"]))}</b>' if sig["signed"] and sig["date"]
                else '<span class="blankdate"></span>')
        parts.append(f'<div class="sig"><div class="line">{mark}</div><div class="who">'
                     f'<b>{_h(name)}</b> &middot; {_h(role)}</div><div class="date">Date: '
                     f'{date}</div></div>')
    parts.append('</div><p class="foot">Keep this copy. Questions about your plan? Call your '
                 f'coach at {_h(en["phone"])}. {_h(en["name"])} &middot; EN PID '
                 f'{_h(en["pid"])}</p></body></html>')
    return "".join(parts)


FLYER_B12_CSS = """
@page { size: letter; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #1d2b3a; }
.top { background: #12355b; color: #fff; padding: 34px 50px 24px 50px; }
.top .brand { font-family: 'URW Gothic', sans-serif; letter-spacing: 3px; color: #9fd3e6;
              font-size: 10pt; text-transform: uppercase; }
.top h1 { font-family: 'URW Gothic', sans-serif; font-size: 34pt; line-height: 1.05;
          margin: 12px 0 8px 0; }
.top p { font-size: 12pt; color: #d9e8f2; max-width: 5.4in; line-height: 1.4; }
.band { background: #f26b4f; color: #fff; padding: 12px 50px; font-size: 13pt; font-weight: bold; }
.steps { display: flex; gap: 16px; padding: 22px 50px 6px 50px; }
.step { flex: 1; background: #f3f0e8; border-radius: 14px; padding: 16px; }
.step .n { width: 34px; height: 34px; border-radius: 17px; background: #12355b; color: #fff;
           font-size: 15pt; text-align: center; line-height: 34px; font-weight: bold; }
.step h3 { font-family: 'URW Gothic', sans-serif; color: #12355b; font-size: 13pt;
           margin: 10px 0 6px 0; }
.step p { margin: 0; font-size: 10pt; line-height: 1.4; }
.mid { display: flex; gap: 24px; padding: 18px 50px; }
.mid ul { margin: 6px 0 0 0; padding-left: 18px; font-size: 11pt; line-height: 1.6; }
.mid h2 { font-family: 'URW Gothic', sans-serif; color: #12355b; font-size: 17pt; margin: 0; }
.said { flex: 0 0 2.6in; border-left: 5px solid #f26b4f; padding: 6px 0 6px 16px;
        font-size: 12pt; line-height: 1.45; font-style: italic; }
.said b { display: block; font-style: normal; font-size: 10pt; margin-top: 8px; }
.contact { margin: 10px 50px 0 50px; background: #12355b; color: #fff; border-radius: 14px;
           padding: 18px 22px; display: flex; justify-content: space-between; }
.contact .big { font-size: 20pt; font-weight: bold; }
.small { padding: 14px 50px; font-size: 8pt; color: #6b7785; line-height: 1.4; }
"""


def build_ticket_flyer_html() -> str:
    en = BATCH_12_ENS["b12_bluefin"]
    steps = [("Assign your Ticket", "Call us and we will check that your Ticket is available "
              "and assign it to us. It costs you nothing."),
             ("Plan together", "We sit down with you and write your Individual Work Plan (IWP): "
              "your goals, the jobs you want and the help you will get."),
             ("Get hired and keep going", "Job leads, interview practice, benefits counseling "
              "and support after you start - for as long as you need it.")]
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{FLYER_B12_CSS}</style>"
        f"</head><body><div class='top'><div class='brand'>{_h(en['name'])}</div>"
        "<h1>Ready to work?<br>Your Ticket can take you there.</h1><p>If you get SSDI or SSI "
        "and you are 18 to 64, the free and voluntary Ticket to Work program can help you find "
        "a job, earn more and keep your health coverage.</p></div>"
        "<div class='band'>Free &middot; Voluntary &middot; You choose the goals</div>"
        "<div class='steps'>"
        + "".join(f"<div class='step'><div class='n'>{i}</div><h3>{_h(t)}</h3><p>{_h(p)}</p>"
                  f"</div>" for i, (t, p) in enumerate(steps, 1))
        + "</div><div class='mid'><div><h2>What we offer</h2><ul><li>Career planning and "
        "your Individual Work Plan</li><li>Resume help and mock interviews</li><li>Job "
        "development with local employers</li><li>Referral to benefits counseling (WIPA)</li>"
        "<li>Check-ins after you are hired</li></ul></div><div class='said'>\"I was scared "
        "working would cost me my benefits. My coach showed me how it all works, and now I "
        "work 25 hours a week at the marina.\"<b>- Devon, Saltmarsh Cove</b></div></div>"
        f"<div class='contact'><div>Talk to a Career Coach<div class='big'>{_h(en['phone'])}"
        f"</div></div><div style='text-align:right'>{_h(en['street'])}<br>{_h(en['city'])}, "
        f"{_h(en['state'])} {_h(en['zip'])}<br>{_h(en['email'])}</div></div>"
        "<p class='small'>Bluefin Coast Career Partners is an Employment Network authorized by "
        "the Social Security Administration to provide services under the Ticket to Work "
        "program. Participation is voluntary. Services are free to eligible beneficiaries. "
        "Questions about the program? Ask a Career Coach. This flyer is for information only.</p>"
        "</body></html>")


# ----- the batch's files and their key --------------------------------------------------------
B12_FILLSIGN_DESCRIPTION = (
    "Held out (twelfth batch). The EN's own PRINTED, NON-FILLABLE IWP template (a flat "
    "reportlab PDF: 'INDIVIDUAL WORK PLAN (IWP)', form EN-IWP, eleven 'SECTION n:' bands on "
    "three pages, 'Label:' followed by a blank underline, empty ruled tables for work history, "
    "goals (rows Job title / Hours per week / Hourly wage / Gross monthly earnings / Target "
    "date / Education or training needed; columns SHORT-TERM and LONG-TERM GOAL) and services "
    "(Service | Yes | No | Description of service | Provided by | How often), check boxes "
    "drawn as empty squares, printed Terms and Conditions and Statement of Understanding, "
    "signature lines) FILLED IN ON SCREEN with an Acrobat 'Fill & Sign'-style tool: every "
    "typed value is a /FreeText annotation (intent /FreeTextTypewriter, /Contents and an "
    "appearance stream in Helvetica, a point or so off its line, shrunk and wrapped to fit "
    "table cells); check marks are annotations too; each signature is an /Ink annotation (pen "
    "strokes) on the signature line and the dates are typed FreeText. The page content holds "
    "only the blank template. Dates '02/04/2026'.")
B12_MARKS = {
    "tick": "check marks are FreeText '\u2713' annotations (ZapfDingbats)",
    "x": "check marks are FreeText 'X' annotations",
    "ink": "check marks are small /Ink crosses drawn with the pen",
}
HELDOUT_LAYOUTS_12 = {
    "fillsign": dict(
        producer="reportlab 5 (flat template) + pypdf (Fill & Sign-style FreeText and Ink "
                 "annotations)",
        en="b12_harrow", build=build_fillsign_iwp,
        files=[(None, "tick"), ("complete_ink_marks", "ink"),
               ("ticketholder_unsigned", "x"), ("en_undated", "ink"),
               ("no_alternate_contact", "tick"), ("service_without_description", "x"),
               ("long_term_below_sga", "ink")]),
    "outlined": dict(
        producer="Chromium 156 (--print-to-pdf) from HTML, text converted to outlines by "
                 "Ghostscript 10 (pdfwrite -dNoOutputFonts)",
        en="b12_bluefin",
        description="Held out (twelfth batch). A DESIGNED, Canva-style IWP (navy banner 'My "
                    "Individual Work Plan', numbered coral circles before each heading, rounded "
                    "cream cards) exported with its TEXT CONVERTED TO OUTLINES: every glyph is "
                    "a vector path, there are no fonts, no text layer (pdftotext gives "
                    "nothing) and no images, so only OCR of the rendered page reads it. '1 Who "
                    "is in this plan' as three cards side by side ('You (Ticket Holder)', 'Your "
                    "Employment Network', 'If we can't reach you') with small grey captions "
                    "over bold values; '2 How we built this plan' ('We met on', method as "
                    "pill-shaped chips, the selected one filled, 'What we talked about' as a "
                    "quote); '3 Your work in the last 18 months' as a timeline; '4 Your goals' "
                    "as two cards with big numbers ('20 / hours a week', '$16.00 / an hour', "
                    "'$1,386.67 / a month', 'Reach it by'); '5 How we will help' with a green "
                    "circled tick or an empty grey circle ('Not part of this plan right now') "
                    "and 'Who: ... How often: ...'; '6 Staying connected' as three dark tiles "
                    "('While you look for work: Every month'); '7 The fine print: terms and "
                    "conditions' in two columns; '8 In your words: statement of "
                    "understanding'; '9 Signatures': the Ticket Holder's drawn (SVG) "
                    "signature and the EN representative's name in a script font, 'Date: 4 Feb "
                    "2026'. Dates '4 Feb 2026'.",
        files=[None, "no_discussion_summary", "ticketholder_undated", "follow_up_quarterly",
               "no_work_history"]),
}
B12_WHAT = {
    ("fillsign", "ticketholder_unsigned"): (
        " (no Ink annotation on the 'Ticket Holder Signature:' line and no date; the printed "
        "name is typed and the EN signed and dated)"),
    ("fillsign", "en_undated"): (
        " (the EN's Ink signature is on its line and the printed name and title are typed, "
        "but the 'Date:' beside it has no annotation)"),
    ("fillsign", "no_alternate_contact"): (
        " (every blank of Section 3, Alternate Contact, is empty: no annotation on them)"),
    ("fillsign", "service_without_description"): (
        " (its Yes box is marked; its 'Description of service' cell is empty while 'Provided "
        "by' and 'How often' are typed)"),
    ("outlined", "no_discussion_summary"): (
        " ('We met on' and the method chip are filled; under 'What we talked about' there is "
        "only an empty dashed box)"),
    ("outlined", "ticketholder_undated"): (
        " (the Ticket Holder's drawn signature is there; 'Date:' is an empty underline)"),
    ("outlined", "follow_up_quarterly"): (
        " (the tiles say 'While you look for work: Every 3 months', 'Once you are working: "
        "Every 3 months', 'How we check in: Telephone')"),
    ("outlined", "no_work_history"): (
        " (the timeline under '3 Your work in the last 18 months' has only two empty rows: no "
        "job and no statement that there was none)"),
}
B12_NOT_IWPS = [
    ("notiwp_release_of_information.pdf", "direct", make_consent_form,
     "reportlab 5 (flat form) + pypdf (Fill & Sign-style FreeText and Ink annotations)",
     "The same EN's one-page 'AUTHORIZATION TO RELEASE AND EXCHANGE INFORMATION' (consent to "
     "exchange confidential information, Ticket to Work Program), a flat form filled in with "
     "Fill & Sign like the fillsign_ IWPs: the Ticket Holder's name, date of birth, address, "
     "phone and last four SSN digits, the Employment Network and its PID, parties ticked with "
     "'X' annotations (State VR, WIPA, SSA and the Ticket Program Manager, a clinic), "
     "information to share, the purposes ('To develop, carry out and update my Individual Work "
     "Plan (IWP) and the services in it', earnings for milestone payments), an expiry date, "
     "rights, the Ticket Holder's /Ink signature with a typed date and an EN staff witness. A "
     "consent form, not an IWP."),
    ("notiwp_outlined_ticket_flyer.pdf", "direct", _b12_outlined(build_ticket_flyer_html()),
     "Chromium 156 (--print-to-pdf) from HTML, text converted to outlines by Ghostscript 10 "
     "(pdfwrite -dNoOutputFonts)",
     "The outlined_ EN's one-page outreach flyer exported the same way (text as vector "
     "outlines, no text layer, no images): 'Ready to work? Your Ticket can take you there.', "
     "three steps ('Assign your Ticket', 'Plan together' - writing the Individual Work Plan "
     "(IWP), 'Get hired and keep going'), 'What we offer', a testimonial, the EN's phone, "
     "address and e-mail. Names no Ticket holder; a flyer, not an IWP."),
]


def _b12_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_12(cat) -> None:
    """The twelfth held-out batch: people numbered from BATCH_12_PEOPLE_FROM."""
    spec = HELDOUT_LAYOUTS_12["fillsign"]
    for defect, marks in spec["files"]:
        case = cat.series_case(spec["en"], BATCH_12_PEOPLE_FROM)
        if defect in IWP_DEFECTS:
            overrides, what = IWP_DEFECTS[defect](case)
        else:
            overrides, what = {}, "Complete."
        what += B12_WHAT.get(("fillsign", defect), "")
        what = what.rstrip(".") + f"; {B12_MARKS[marks]}."
        cat.add(f"fillsign_{defect or 'complete'}.pdf", "fillsign", spec["producer"],
                "direct",
                lambda path, case=case, marks=marks: build_fillsign_iwp(case, path, marks),
                "iwp", _components("iwp", overrides),
                _b12_notes(B12_FILLSIGN_DESCRIPTION, what), case_values(case))
    blank = {name: "missing" for name in IWP_COMPONENTS}
    blank.update(terms_and_conditions="present", statement_of_understanding="present")
    cat.add("fillsign_blank.pdf", "fillsign", "reportlab 5 (flat template)", "direct",
            lambda path: build_fillsign_iwp(None, path), "iwp", blank,
            "Held out (twelfth batch). The fillsign_ EN's printed IWP template as it is handed "
            "out, never filled in: no annotations, every blank line, box and table cell empty, "
            "no signature. Only the printed Terms and Conditions and Statement of "
            "Understanding are present (keyed like form_blank.pdf).", {})
    spec = HELDOUT_LAYOUTS_12["outlined"]
    for defect in spec["files"]:
        case = cat.series_case(spec["en"], BATCH_12_PEOPLE_FROM)
        overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
        what += B12_WHAT.get(("outlined", defect), "")
        cat.add(f"outlined_{defect or 'complete'}.pdf", "outlined", spec["producer"],
                "direct", _b12_outlined(build_outlined_iwp(case)), "iwp",
                _components("iwp", overrides), _b12_notes(spec["description"], what),
                case_values(case))
    for name, kind, build, producer, notes in B12_NOT_IWPS:
        cat.add(name, "not_an_iwp", producer, kind, build, "not_an_iwp", {},
                "Held out (twelfth batch). " + notes, {})

# Held-out batch 13 (fpdf_, nup_, amendfpdf_ and two not-IWPs): an IWP printed by a small PHP
# case-management system built on FPDF (reproduced with fpdf2, a producer kept OUTSIDE the
# project: producers/fpdf_casefile.py run by another Python), and an IWP web form printed
# "2 pages per sheet" (Chromium, then composed two-up with pypdf: two portrait pages scaled
# down side by side on each landscape sheet, some sheets stored portrait with /Rotate 90 and
# their content turned to match, the last sheet holding one page). Written from what ENs
# send, blind to the reader. People from series 1300.
# =============================================================================================
BATCH_13_ENS = {
    "b13_tamarack": dict(name="Tamarack Valley Employment Services", pid="P0093614",
                         model="traditional", street="1190 Sawtooth Avenue, Suite B",
                         city="Pine Hollow", state="MT", zip="59999", phone="(406) 555-0148",
                         email="iwp@tamarackvalley.example.org",
                         rep="Evangeline M. Thorsby", rep_title="Employment Specialist"),
    "b13_harrow": dict(name="Harrowgate Works Alliance", pid="P0096072",
                       model="administrative", street="35 Foundry Row",
                       city="Fenwick Mills", state="PA", zip="17999", phone="(717) 555-0162",
                       email="plans@harrowgate-works.example.org",
                       rep="Cyprian L. Wexford-Adeyemi", rep_title="Ticket Coordinator"),
}
ENS.update(BATCH_13_ENS)
BATCH_13_PEOPLE_FROM = 1300
# fpdf2 lives in its own venv, never in the project's (see README "Regenerating").
B13_GEN_PYTHON = os.environ.get("IWP_GEN_PYTHON", "/work/gen-venv/bin/python")
B13_FPDF_SCRIPT = HERE / "producers" / "fpdf_casefile.py"
B13_SUPERVISOR = dict(name="Lavinia R. Okafor-Brandt", title="Program Supervisor")


def _b13_json(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def _b13_fpdf_python() -> str:
    python = Path(B13_GEN_PYTHON)
    ok = python.exists() and subprocess.run(
        [str(python), "-c", "import fpdf"], capture_output=True).returncode == 0
    if not ok:
        sys.exit("make_foreign.py: fpdf_/amendfpdf_ files need fpdf2 outside the project: "
                 "python3 -m venv /work/gen-venv && /work/gen-venv/bin/pip install fpdf2 "
                 "(or set IWP_GEN_PYTHON to a Python that has it)")
    return str(python)


def _b13_fpdf(doc: str, data: dict, system: dict, options: dict | None = None):
    """A ``direct`` maker: print ``data`` with the FPDF case system (producers/)."""
    spec = json.dumps(dict(doc=doc, data=data, system=system, options=options or {}),
                      default=_b13_json)

    def make(out: Path) -> None:
        python = _b13_fpdf_python()
        with tempfile.TemporaryDirectory() as tmp_name:
            source = Path(tmp_name) / (out.stem + ".json")
            source.write_text(spec, encoding="utf-8")
            subprocess.run([python, str(B13_FPDF_SCRIPT), str(source), str(out)], check=True,
                           timeout=120)
    return make


def _b13_user(en: dict) -> str:
    first, last = en["rep"].split()[0], en["rep"].split()[-1]
    return (first[0] + last).lower().replace("-", "")


def _b13_system(case: dict, doc_label: str, printed: dt.date, minute: int) -> dict:
    en = case["en"]
    return dict(logo="TAMARACK VALLEY", logo_rgb=(24, 84, 72),
                tagline=f"{en['name']} - Ticket to Work Employment Network - {en['phone']}",
                doc_label=doc_label,
                printed=f"Printed {_date(printed, 'us')} {8 + minute % 4}:{(minute * 7) % 60:02d} AM "
                        f"by {_b13_user(en)}",
                footer_left="TVES CaseTrack 3.2 - print.php", footer_right="CONFIDENTIAL",
                creator="TVES CaseTrack 3.2", title=doc_label, en_name=en["name"])


def _b13_printed(case: dict) -> dt.date:
    days = [d for d in (case["th_sig"]["date"], case["en_sig"]["date"],
                        case["discussion"].get("date")) if d]
    return max(days + [dt.date(2026, 2, 2)]) + dt.timedelta(days=1 + case["index"] % 4)


def build_fpdf_iwp(case: dict, drawn: bool = False):
    th = case["th"]
    label = f"IWP - {th['last']}, {th['first']} {th['middle']}"
    return _b13_fpdf("iwp", case, _b13_system(case, label, _b13_printed(case), case["index"]),
                     dict(plan_no=f"TV-{case['index']:05d}", seed=case["index"], drawn=drawn))


def build_fpdf_amendment(amend: dict):
    th = amend["th"]
    label = f"IWP Amendment {amend['number']} - {th['last']}, {th['first']}"
    days = [d for d in (amend["th_sig"]["date"], amend["en_sig"]["date"]) if d]
    printed = max(days) + dt.timedelta(days=2)
    return _b13_fpdf("amendment", amend, _b13_system(amend, label, printed, amend["index"]),
                     dict(seed=amend["index"] * 7))


# ----- nup_: an online IWP form printed 2 pages per sheet -------------------------------------
NUP_CSS = """
@page { size: letter; margin: 0.55in 0.5in 0.55in 0.5in;
  @top-left { content: "%(stamp)s"; font-family: Arial, 'Liberation Sans', sans-serif;
              font-size: 7.5pt; }
  @top-center { content: "WorkPlan Online - Individual Work Plan";
                font-family: Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; }
  @bottom-left { content: "%(url)s"; font-family: Arial, 'Liberation Sans', sans-serif;
                 font-size: 7.5pt; }
  @bottom-right { content: counter(page) "/" counter(pages);
                  font-family: Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; } }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 13px; color: #1d1d1d;
       margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-end;
       border-bottom: 3px solid #7a2531; padding-bottom: 5px; margin-bottom: 8px; }
.brand { font-size: 21px; font-weight: bold; color: #7a2531; }
.brand small { display: block; font-size: 11.5px; font-weight: normal; color: #555; }
.status { font-size: 11.5px; text-align: right; color: #444; }
h1 { font-size: 18px; margin: 6px 0 2px 0; }
.intro { color: #555; margin: 0 0 8px 0; }
fieldset { border: 1px solid #b9b9b9; border-radius: 4px; margin: 0 0 9px 0;
           padding: 5px 9px 7px 9px; }
legend { font-weight: bold; font-size: 14px; color: #7a2531; padding: 0 4px; }
.row { display: flex; gap: 10px; margin: 4px 0; }
.f { display: flex; flex-direction: column; flex: 1; }
.f label, .q { font-size: 11.5px; color: #444; margin-bottom: 1px; }
input[type=text] { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 13px;
       border: 1px solid #8f8f8f; border-radius: 2px; padding: 2px 5px; height: 23px;
       color: #000; background: #fff; }
textarea { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 13px;
       border: 1px solid #8f8f8f; border-radius: 2px; padding: 3px 4px; resize: none;
       color: #000; width: auto; }
.opts { display: flex; gap: 14px; align-items: center; margin: 2px 0 4px 0; }
.opts label { font-size: 13px; color: #000; }
input[type=checkbox], input[type=radio] { margin: 0 3px 0 0; vertical-align: -2px; }
.two { display: flex; gap: 10px; } .two fieldset { flex: 1; margin-bottom: 0; }
.svc { border-top: 1px solid #e2e2e2; padding: 4px 0 3px 0; }
.svc .name { font-weight: bold; font-size: 13px; }
.svc, fieldset.sign { break-inside: avoid; }
.terms { border: 1px solid #b9b9b9; padding: 4px 8px 4px 4px; background: #fafafa;
         font-size: 11px; }
.terms ol { margin: 0; padding-left: 22px; } .terms li { margin: 0 0 1px 0; }
.sig input[type=text].s { font-family: 'DejaVu Serif', Georgia, serif; font-style: italic;
       font-size: 15px; height: 26px; }
.brk { break-before: page; }
.f { min-width: 0; }
.f input[type=text], .f textarea { width: 100%%; box-sizing: border-box; }
.hint { font-size: 11px; color: #666; }
.buttons { margin-top: 10px; display: flex; gap: 8px; }
.btn { border: 1px solid #7a2531; border-radius: 3px; padding: 4px 12px; color: #7a2531;
       font-size: 12px; }
.btn.primary { background: #7a2531; color: #fff; }
"""


def _nup_input(value, width: str = "auto", cls: str = "") -> str:
    style = f" style='width:{width}'" if width != "auto" else ""
    klass = f" class='{cls}'" if cls else ""
    return f"<input type='text'{klass}{style} value=\"{_h(value or '')}\">"


def _nup_f(label: str, value, flex: float = 1, cls: str = "") -> str:
    return (f"<div class='f' style='flex:{flex}'><label>{_h(label)}</label>"
            f"{_nup_input(value, cls=cls)}</div>")


def _nup_area(label: str, value, rows: int, flex: float = 1) -> str:
    return (f"<div class='f' style='flex:{flex}'><label>{_h(label)}</label>"
            f"<textarea rows='{rows}'>{_h(value or '')}</textarea></div>")


def _nup_choice(kind: str, name: str, options: list[tuple[str, bool]]) -> str:
    return "<div class='opts'>" + "".join(
        f"<label><input type='{kind}' name='{name}'{' checked' if on else ''}>{_h(text)}</label>"
        for text, on in options) + "</div>"


def _nup_rows(text: str, chars: int) -> int:
    return max(1, -(-len(text or "") // chars))


def _nup_num(value) -> str:
    return "" if value is None else (f"{value:,.2f}" if isinstance(value, float) else str(value))


def build_nup_iwp(case: dict) -> tuple[str, int]:
    """Layout ``nup``: the EN's online IWP form ('WorkPlan Online'), its review page printed
    from the browser; returned with the seed that decides which sheets are turned."""
    en, th, d = case["en"], case["th"], case["discussion"]
    ths, ens = case["th_sig"], case["en_sig"]
    seed = case["index"]
    th_name = f"{th['first']} {th['middle']} {th['last']}"
    days = [x for x in (ths["date"], ens["date"], d["date"]) if x]
    printed = max(days) + dt.timedelta(days=seed % 3)
    stamp = (f"{printed.month}/{printed.day}/{printed.strftime('%y')}, "
             f"{1 + seed % 4}:{(seed * 7) % 60:02d} PM")
    url = f"https://workplan.harrowgate-works.example.org/iwp/review?plan=HWA-{seed:05d}"
    css = NUP_CSS % dict(stamp=stamp, url=url)
    signed = ths["signed"] and ens["signed"]
    b = [f"<div class='top'><div class='brand'>{_h(en['name'])}<small>WorkPlan Online &middot; "
         f"Ticket to Work Employment Network &middot; PID {en['pid']}</small></div>"
         f"<div class='status'>Plan HWA-{seed:05d}<br>Status: "
         f"{'Signed' if signed else 'Waiting for signature'}</div></div>",
         "<h1>Individual Work Plan (IWP) &ndash; Review and Sign</h1>",
         "<p class='intro'>Please review every step of your plan. Use <b>Edit</b> to change a "
         "step before you sign.</p>"]
    step = iter(range(1, 20))
    b.append(f"<fieldset><legend>Step {next(step)}. Employment Network</legend>"
             f"<div class='row'>{_nup_f('Employment Network name', en['name'], 2)}"
             f"{_nup_f('Provider ID (PID)', en['pid'])}</div>"
             f"<div class='row'>{_nup_f('Street address', en['street'], 2)}"
             f"{_nup_f('City', en['city'])}{_nup_f('State', en['state'], 0.4)}"
             f"{_nup_f('ZIP', en['zip'], 0.6)}</div>"
             f"<div class='row'>{_nup_f('Phone', en['phone'], 0.8)}"
             f"{_nup_f('E-mail', en['email'], 1.6)}"
             f"{_nup_f('Your contact person', ens['name'], 1.3)}</div>"
             "</fieldset>")
    pref = th["preferred"]
    b.append(f"<fieldset><legend>Step {next(step)}. About You (Ticket Holder)</legend>"
             f"<div class='row'>{_nup_f('First name', th['first'])}"
             f"{_nup_f('M.I.', th['middle'], 0.3)}{_nup_f('Last name', th['last'])}"
             f"{_nup_f('Social Security number', th['ssn'], 0.9)}"
             f"{_nup_f('Date of birth', _date(th['dob'], 'us_short'), 0.8)}</div>"
             f"<div class='row'>{_nup_f('Street address', th['street'], 2)}"
             f"{_nup_f('City', th['city'])}{_nup_f('State', th['state'], 0.4)}"
             f"{_nup_f('ZIP', th['zip'], 0.6)}</div>"
             f"<div class='row'>{_nup_f('Home phone', th['phone'])}"
             f"{_nup_f('Cell phone', th['mobile'])}{_nup_f('E-mail', th['email'], 1.8)}</div>"
             f"<div class='q'>How should we contact you?</div>"
             + _nup_choice("radio", "pref", [("Phone", pref == "telephone"),
                                             ("E-mail", pref == "email"), ("Text", False)])
             + "</fieldset>")
    alt = case["alt"] or dict(name="", relationship="", phone="", address="")
    b.append(f"<fieldset><legend>Step {next(step)}. Alternate Contact</legend>"
             "<div class='hint'>Someone we may call if we cannot reach you.</div>"
             f"<div class='row'>{_nup_f('Name', alt['name'])}"
             f"{_nup_f('Relationship to you', alt['relationship'], 0.8)}"
             f"{_nup_f('Phone', alt['phone'], 0.8)}</div>"
             f"<div class='row'>{_nup_f('Address', alt['address'])}</div></fieldset>")
    held = d["modality"][0] if d["modality"] else None
    b.append(f"<fieldset><legend>Step {next(step)}. Our Planning Meeting</legend>"
             f"<div class='row'>{_nup_f('Date we met', _date(d['date'], 'us_short'), 0.5)}"
             "<div class='f' style='flex:1.5'><label>How we met</label>"
             + _nup_choice("radio", "how", [("In person", held == "in_person"),
                                            ("Phone", held == "telephone"),
                                            ("Video", held == "video")]) + "</div></div>"
             + (_nup_area("What we talked about", d["summary"],
                          _nup_rows(d["summary"], 95)) if d["summary"] else "")
             + "</fieldset>")
    work = case["work"]
    inner = "<div class='q'>Have you worked for pay in the last 18 months?</div>"
    worked = bool(work and work["jobs"])
    inner += _nup_choice("radio", "worked", [("Yes", worked), ("No", not worked)])
    if worked:
        for job in work["jobs"]:
            inner += (f"<div class='row'>{_nup_f('Employer', job['employer'], 1.4)}"
                      f"{_nup_f('Job title', job['title'], 1.4)}"
                      f"{_nup_f('From', _date(job['start'], 'us_short'), 0.6)}"
                      f"{_nup_f('To', _date(job['end'], 'us_short'), 0.6)}"
                      f"{_nup_f('Hours/week', job['hours'], 0.5)}"
                      f"{_nup_f('Monthly pay ($)', _nup_num(job['monthly']), 0.7)}</div>")
    else:
        inner += _nup_area("If no, tell us about your last job", work["no_work"], 2)
    b.append(f"<fieldset><legend>Step {next(step)}. Work in the Last 18 Months"
             f"</legend>{inner}</fieldset>")

    def goal_box(title: str, goal: dict | None) -> str:
        g = goal or dict(title="", hours=None, wage=None, monthly=None, target=None,
                         training=None)
        training = g["training"]
        return (f"<fieldset><legend>{title}</legend>"
                f"<div class='row'>{_nup_f('Job title', g['title'])}</div>"
                f"<div class='row'>{_nup_f('Hours per week', _nup_num(g['hours']))}"
                f"{_nup_f('Hourly wage ($)', _nup_num(g['wage']))}</div>"
                f"<div class='row'>{_nup_f('Gross monthly earnings ($)', _nup_num(g['monthly']))}"
                f"{_nup_f('Target date', _date(g['target'], 'us_short'))}</div>"
                + _nup_area("Training or education needed",
                            f"{training[0]}, {training[1]}" if training else
                            ("None" if goal else ""), 2) + "</fieldset>")
    b.append(f"<fieldset class='brk'><legend>Step {next(step)}. Your Employment Goals</legend>"
             "<div class='two'>" + goal_box("Short-term goal (next 12 months)", case["st"])
             + goal_box("Long-term goal (3 to 5 years)", case["lt"]) + "</div></fieldset>")
    inner = ("<div class='hint'>Checked services are part of your plan. For each one we say "
             "what we will do, who will do it and how often.</div>")
    for s in case["services"]:
        rows = max(2, _nup_rows(s["description"], 50), _nup_rows(s["provider"], 19),
                   _nup_rows(s["frequency"], 19))
        inner += ("<div class='svc'>" + _nup_choice("checkbox", s["key"],
                                                    [(s["label"], s["provided"])])
                  .replace("<label>", "<label class='name'>")
                  + f"<div class='row'>{_nup_area('What we will do', s['description'], rows, 2.4)}"
                  f"{_nup_area('Who', s['provider'], rows, 1)}"
                  f"{_nup_area('How often', s['frequency'], rows, 1)}</div></div>")
    b.append(f"<fieldset><legend>Step {next(step)}. Services and Supports</legend>"
             f"{inner}</fieldset>")
    fu = case["follow_up"]
    if fu:
        b.append(f"<fieldset class='brk'><legend>Step {next(step)}. Keeping in Touch</legend>"
                 "<div class='q'>While you are looking for work, we will contact you</div>"
                 + _nup_choice("radio", "fu1", [("At least once a month",
                                                 fu["initial"] == "monthly"),
                                                ("At least every 3 months",
                                                 fu["initial"] == "quarterly")])
                 + "<div class='q'>After you start working, we will contact you</div>"
                 + _nup_choice("radio", "fu2", [("At least once a month",
                                                 fu["ongoing"] == "monthly"),
                                                ("At least every 3 months",
                                                 fu["ongoing"] == "quarterly")])
                 + "<div class='q'>How</div>"
                 + _nup_choice("checkbox", "fu3", [("Phone", "telephone" in fu["methods"]),
                                                   ("E-mail", "email" in fu["methods"]),
                                                   ("In person", "in person" in fu["methods"]),
                                                   ("Text message", False)])
                 + "</fieldset>")
    if case["terms"]:
        b.append(f"<fieldset><legend>Step {next(step)}. Terms and Conditions"
                 "</legend><div class='terms'><ol>" + "".join(
                     f"<li>{_h(t)}</li>" for t in case["terms"]) + "</ol></div>"
                 + _nup_choice("checkbox", "agree", [("I have read the terms and conditions "
                                                      "and I agree to them.", ths["signed"])])
                 + "</fieldset>")
    last = ""
    if case["statement"]:
        b.append(f"<fieldset class='{last}'><legend>Step {next(step)}. Statement of "
                 f"Understanding</legend><p style='margin:2px 0 4px 0'>"
                 f"{_h(case['statement'])}</p>"
                 + _nup_choice("checkbox", "understand", [("I understand this statement.",
                                                           ths["signed"])]) + "</fieldset>")
        last = ""

    def sign(title: str, who: str, sig: dict, printed_name: str) -> str:
        typed = who if sig["signed"] else ""
        when = _date(sig["date"], "us_short") if sig["signed"] else ""
        return (f"<div class='row sig'>{_nup_f(title + ' (type your full name)', typed, 2, 's')}"
                f"{_nup_f('Date signed', when, 0.7)}"
                f"</div><div class='row'>{_nup_f('Printed name', printed_name, 2)}"
                f"<div class='f' style='flex:0.7'></div></div>")
    b.append(f"<fieldset class='sign {last}'><legend>Step {next(step)}. Sign Your Plan</legend>"
             "<div class='hint'>Typing your name below is your electronic signature.</div>"
             + sign("Ticket Holder signature", th_name, ths, th_name)
             + sign("EN representative signature", ens["name"], ens,
                    f"{ens['name']}, {ens['title']}")
             + "</fieldset><div class='buttons'><span class='btn'>Back</span>"
             "<span class='btn'>Save draft</span><span class='btn primary'>Submit plan</span>"
             "</div>")
    title = f"WorkPlan Online - IWP HWA-{seed:05d}"
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{css}</style></head><body>{''.join(b)}</body></html>")
    return page, seed


NUP_SCALE = 0.63   # each letter page shrunk to 63 % to stand two to a landscape letter sheet


def nup_sheets(source: Path, out: Path, seed: int) -> None:
    """Print ``source`` two pages per sheet, as a print driver does: landscape letter sheets
    with the pages side by side at NUP_SCALE; every other sheet is stored as a portrait page
    with /Rotate 90 and its content turned a quarter turn to match; an odd last page stands
    alone on the left half of the last sheet."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation
    from pypdf.generic import NameObject, NumberObject

    reader = PdfReader(source)
    writer = PdfWriter()
    W, H = 792.0, 612.0             # the landscape sheet as seen
    pw, ph = 612.0, 792.0           # a source page
    s = NUP_SCALE
    sw, sh = pw * s, ph * s
    gap_x = (W / 2 - sw) / 2
    ty = (H - sh) / 2
    pages = list(reader.pages)
    for n in range(0, len(pages), 2):
        turned = (n // 2 + seed) % 2 == 1
        if turned:
            sheet = PageObject.create_blank_page(width=H, height=W)
        else:
            sheet = PageObject.create_blank_page(width=W, height=H)
        for k, page in enumerate(pages[n:n + 2]):
            tx = k * W / 2 + gap_x
            if turned:
                # seen coordinates (X, Y) = (s*u + tx, s*v + ty); stored x = H - Y, y = X
                op = Transformation((0, s, -s, 0, H - ty, tx))
            else:
                op = Transformation().scale(s, s).translate(tx, ty)
            sheet.merge_transformed_page(page, op)
        if turned:
            sheet[NameObject("/Rotate")] = NumberObject(90)
        writer.add_page(sheet)
    writer.add_metadata({"/Title": reader.metadata.get("/Title", ""),
                         "/Producer": "Harrowgate print server (2-up)"})
    with open(out, "wb") as handle:
        writer.write(handle)


def make_nup(payload: tuple, out: Path, tmp: Path) -> None:
    html_text, seed = payload
    source = tmp / f"{out.stem}-source.pdf"
    chromium_print(html_text, source, tmp)
    nup_sheets(source, out, seed)


MAKERS["nup"] = make_nup


# ----- two not-IWPs from the FPDF case system ---------------------------------------------------
def build_status_report():
    """Not an IWP: the system's 'IWP Status Report' of one case manager's caseload."""
    en = BATCH_13_ENS["b13_tamarack"]
    statuses = ["Active", "Active - amended 03/09/2026", "Pending signature", "Active",
                "Inactive - TPR review", "Active"]
    rows = []
    for n, status in enumerate(statuses):
        # people 1337-1342: names that appear in no file of this batch
        person = make_case(BATCH_13_PEOPLE_FROM + 37 + n, "b13_tamarack")
        th = person["th"]
        assigned = dt.date(2025, 9, 8) + dt.timedelta(days=17 * n)
        signed = None if status == "Pending signature" else assigned + dt.timedelta(days=24)
        contact = dt.date(2026, 3, 2) + dt.timedelta(days=3 * n)
        review = signed + dt.timedelta(days=365) if signed else dt.date(2026, 4, 15)
        rows.append(dict(name=f"{th['last']}, {th['first']} {th['middle']}",
                         ssn="XXX-XX-" + th["ssn"][-4:], assigned=assigned, signed=signed,
                         status=status, contact=contact, review=review))
    data = dict(en=en, caseload=en["rep"], period=(dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
                run=dt.date(2026, 4, 1), rows=rows,
                summary=[("Ticket holders on caseload", str(len(rows))),
                         ("IWPs signed and active", "4"),
                         ("IWPs awaiting signature", "1"),
                         ("Tickets inactive (TPR)", "1"),
                         ("Reviews due next quarter", "2")],
                note="Next review is the annual IWP review date, or the date set in the "
                     "amendment. Plans pending signature must be signed and sent to the "
                     "Ticket Program Manager within 30 days of the planning meeting. This "
                     "report is for internal case review and is not an Individual Work Plan.",
                supervisor=dict(B13_SUPERVISOR, date=dt.date(2026, 4, 2)))
    system = dict(logo="TAMARACK VALLEY", logo_rgb=(24, 84, 72),
                  tagline=f"{en['name']} - Ticket to Work Employment Network - {en['phone']}",
                  doc_label="Report: IWP Status (rpt_iwp_status.php)",
                  printed=f"Printed 04/01/2026 4:52 PM by {_b13_user(en)}",
                  footer_left="TVES CaseTrack 3.2 - report.php", footer_right="CONFIDENTIAL",
                  creator="TVES CaseTrack 3.2", title="IWP Status Report", en_name=en["name"])
    return _b13_fpdf("status_report", data, system)


def build_service_authorization():
    """Not an IWP: the system's 'Service Authorization' for one Ticket holder's services."""
    en = BATCH_13_ENS["b13_tamarack"]
    person = make_case(BATCH_13_PEOPLE_FROM + 30, "b13_tamarack")
    th = person["th"]
    iwp_signed = dt.date(2026, 2, 19)
    training = person["lt"]["training"]
    services = [
        dict(service="Benefits counseling referral (WIPA)", vendor="WIPA project", units=1,
             unit="Referral", rate=0.0),
        dict(service="Job development", vendor=en["rep"], units=24, unit="Hour", rate=48.0),
        dict(service="Job search assistance", vendor=en["rep"], units=16, unit="Hour",
             rate=42.0),
        dict(service="Interview clothing", vendor="Second Look Outfitters", units=1,
             unit="Purchase", rate=85.0),
        dict(service="Bus pass (31-day)", vendor="Pine Hollow Transit", units=3, unit="Month",
             rate=38.0),
    ]
    if training:
        services.insert(2, dict(service=f"Tuition: {training[0]}", vendor=training[1], units=1,
                                unit="Course", rate=640.0))
    data = dict(th=th, en=en, auth_no="SA-2026-0417", case_no=f"TV-{BATCH_13_PEOPLE_FROM + 30:05d}",
                period=(dt.date(2026, 2, 23), dt.date(2026, 8, 31)),
                basis=f"Services and supports in the Individual Work Plan (IWP TV-"
                      f"{BATCH_13_PEOPLE_FROM + 30:05d}) signed {_date(iwp_signed, 'us')}. "
                      "The Employment Network pays for these services; the Ticket holder pays "
                      "nothing.",
                services=services,
                note="Units not used by the end date lapse. Staff record each unit in the case "
                     "notes. Changes to services need an IWP amendment signed by the Ticket "
                     "holder before a new authorization is issued.",
                signers=[dict(caption="Requested by", name=en["rep"], title=en["rep_title"],
                              date=dt.date(2026, 2, 20)),
                         dict(caption="Approved by", name=B13_SUPERVISOR["name"],
                              title=B13_SUPERVISOR["title"], date=dt.date(2026, 2, 23))])
    case_like = dict(en=en, index=30)
    system = _b13_system(case_like, f"Service Authorization SA-2026-0417 - {th['last']}, "
                         f"{th['first']}", dt.date(2026, 2, 23), 30)
    return _b13_fpdf("service_auth", data, system)


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_13 = {
    "fpdf": dict(
        producer="fpdf2 2.8 (imitating a PHP case-management system built on FPDF 1.86; "
                 "producers/fpdf_casefile.py)",
        en="b13_tamarack", kind="direct", build=build_fpdf_iwp,
        description="Held out (thirteenth batch). The IWP as a small PHP case-management "
                    "system ('TVES CaseTrack') prints it with FPDF: a page header with the EN's "
                    "logo text in large green capitals, a tagline, the document label and "
                    "'Printed 02/05/2026 9:13 AM by user' over a green rule; a footer 'Page n "
                    "of N' (AliasNbPages); core Helvetica fonts; numbered sections as dark grey "
                    "bands with white bold capitals ('SECTION 4 - IWP DISCUSSION'); every field "
                    "a bordered Cell row, a grey bold label cell of fixed width then the value "
                    "cell (two pairs to a row for short values); long text (discussion summary, "
                    "the no-work explanation, training) in a MultiCell beside a stretched label "
                    "cell; check boxes as 4 mm bordered cells with an 'X' written in them "
                    "('Discussion Held [X] In person [ ] Telephone [ ] Video call'); work "
                    "history and goals as bordered tables with one ROW per job / goal "
                    "('Goal | Job Title / Occupation | Hrs/Wk | Hourly Wage | Monthly Gross | "
                    "Target Date'); services as a 'Service | Y/N | Description | Staff | "
                    "Frequency' table whose cells wrap (FPDF's table-with-MultiCells), 'N' "
                    "rows with empty cells; follow-up as two label/value rows ('While seeking "
                    "work', 'After employment'); numbered terms; the statement in a bordered "
                    "MultiCell; signatures as a row of cells 'Ticket Holder Signature | /s/ "
                    "Name | Date | 02/05/2026' with a 'Printed Name' row under it. Dates "
                    "'02/05/2026', money '$1,300.00'.",
        defects=["no_discussion_record", "no_statement", "en_undated",
                 "service_without_description", "no_follow_up"],
        drawn=["complete_drawn_signature", "en_undated"]),
    "nup": dict(
        producer="Chromium 156 (--print-to-pdf, browser header and footer) of an online form, "
                 "then printed 2 pages per sheet (pypdf merge_transformed_page)",
        en="b13_harrow", kind="nup", build=build_nup_iwp,
        description="Held out (thirteenth batch). An EN's ONLINE IWP form ('WorkPlan Online') "
                    "whose review page was printed from the browser with its own header and "
                    "footer (print time, page title, the URL, 'n/N') and then printed 2 PAGES "
                    "PER SHEET: each landscape letter sheet holds two portrait pages shrunk to "
                    "63 % side by side; every other sheet is stored as a portrait page with "
                    "/Rotate 90 and its content drawn turned a quarter turn to match (as print "
                    "drivers do); the last sheet holds a single page on its left half. The "
                    "form: 'Step n. ...' fieldsets with legends; every value inside a printed "
                    "text INPUT box with its small grey label above it; the Ticket Holder's "
                    "name split into First name / M.I. / Last name boxes; radio buttons and "
                    "check boxes as the browser draws them (How we met: In person / Phone / "
                    "Video; 'Have you worked for pay in the last 18 months?' Yes / No); "
                    "the discussion summary and service details in TEXTAREA boxes; goals as "
                    "two side-by-side fieldsets 'Short-term goal (next 12 months)' / "
                    "'Long-term goal (3 to 5 years)' with 'Hourly wage ($)' and 'Gross monthly "
                    "earnings ($)' boxes holding bare numbers ('15.00', '1,300.00'); services "
                    "as a check box per service with 'What we will do' / 'Who' / 'How often' "
                    "boxes (empty for unchecked ones); 'Keeping in Touch' as radio choices ('At "
                    "least once a month' / 'At least every 3 months'); terms in a shaded box "
                    "with an 'I agree' check box; 'Sign Your Plan': '... signature (type your "
                    "full name)' boxes holding the typed name in italics (no '/s/'), 'Date "
                    "signed' boxes; Back / Save draft / Submit plan buttons. Dates '2/3/2026'.",
        defects=["no_terms", "ticketholder_unsigned", "long_term_below_sga",
                 "no_short_term_goal"]),
}
B13_AMENDFPDF_DESCRIPTION = (
    "Held out (thirteenth batch). An IWP amendment printed by the same FPDF case system as "
    "fpdf_: logo header and 'Page n of N' footer, 'INDIVIDUAL WORK PLAN - AMENDMENT', numbered "
    "grey section bands; 'Amendment Information' as label/value cells ('Amendment No.', "
    "'Amendment Date', 'IWP Being Amended: IWP TV-...', 'Original IWP Signed', a wrapped "
    "'Reason for Amendment'); EN and Ticket Holder cells; 'Revised Employment Goals' as a "
    "table with one ROW per goal; 'Changes to Services and Supports' as a table 'Service | "
    "Change | Description | Staff | Frequency' (Added / Ended / Continued) with wrapping "
    "cells; an 'Agreement' paragraph; signature rows 'Ticket Holder Signature | /s/ Name | "
    "Date | 06/03/2026'.")
B13_NOT_IWPS = [
    ("notiwp_iwp_status_report.pdf", build_status_report,
     "The FPDF case system's 'IWP STATUS REPORT' for one case manager's caseload (first "
     "quarter 2026): report parameters, a table of six Ticket holders (name, masked SSN, "
     "Ticket assigned, IWP signed, IWP status such as 'Active', 'Pending signature', "
     "'Inactive - TPR review', last contact, next review date), summary counts, a note that it "
     "is for internal case review, and the supervisor's '/s/' review signature with a date. A "
     "caseload report naming several people, not an IWP."),
    ("notiwp_service_authorization.pdf", build_service_authorization,
     "The FPDF case system's 'SERVICE AUTHORIZATION' for one Ticket holder: name, SSN, case "
     "number, the EN and case manager, the authorization period, the basis ('Services and "
     "supports in the Individual Work Plan ... signed 02/19/2026'), a table of services "
     "authorized with vendor, units, unit, rate and amount and a total, a note on lapsing "
     "units, and '/s/' signatures of the case manager (requested by) and the program "
     "supervisor (approved by) with dates. A purchasing document that refers to the IWP, not "
     "an IWP."),
]


def _b13_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_13(cat) -> None:
    """The thirteenth held-out batch: people numbered from BATCH_13_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_13.items():
        extras = [x for x in spec.get("drawn", []) if x not in spec["defects"]]
        for defect in [None] + extras + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_13_PEOPLE_FROM)
            drawn = defect in spec.get("drawn", [])
            if defect is None or defect in extras:
                overrides, what = {}, "Complete."
            else:
                overrides, what = IWP_DEFECTS[defect](case)
            if drawn:
                dates = ("the Ticket Holder's date is typed in its Date cell and the EN "
                         "representative's Date cell is empty" if defect == "en_undated"
                         else "the dates are typed in the Date cells")
                what = what.rstrip(".") + (". Both signatures are signature-pad PNG images "
                                           "(drawn pen strokes, no text) placed in the "
                                           f"signature cells with Image(); {dates}")
            if layout == "fpdf" and defect == "no_discussion_record":
                what += (" (the 'Date of Discussion' cell is empty and none of the 'Discussion "
                         "Held' boxes has an X)")
            if layout == "fpdf" and defect == "service_without_description":
                what += " ('Y' in the Y/N column, Staff and Frequency filled, Description empty)"
            if layout == "fpdf" and defect == "no_follow_up":
                what += (" (the 'Follow-Up / Contact Schedule' band is printed but its 'While "
                         "seeking work' and 'After employment' cells are empty)")
            if layout == "fpdf" and defect == "no_statement":
                what += (" (the section is not printed at all; the terms are followed by the "
                         "signatures)")
            if layout == "nup" and defect == "no_short_term_goal":
                _b6_no_short_term_summary(case)
                what += (" (every box of the 'Short-term goal (next 12 months)' fieldset is "
                         "empty; the discussion summary speaks only of the long-term goal)")
            if layout == "nup" and defect == "ticketholder_unsigned":
                what += (" (the Ticket Holder's signature and date boxes are empty, the status "
                         "says 'Waiting for signature'; the EN representative signed)")
            if layout == "nup" and defect == "no_terms":
                what += " (there is no Terms and Conditions step and no 'I agree' box)"
            name = f"{layout}_{defect or 'complete'}.pdf"
            payload = (spec["build"](case, drawn) if layout == "fpdf" else spec["build"](case))
            cat.add(name, layout, spec["producer"], spec["kind"], payload, "iwp",
                    _components("iwp", overrides), _b13_notes(spec["description"], what),
                    case_values(case))
    for n, defect in enumerate([None, "added_service_without_description",
                                "ticketholder_unsigned"]):
        amend = make_amendment(cat.series_case("b13_tamarack", BATCH_13_PEOPLE_FROM), 1 + n % 2)
        amend["plan_id"] = f"TV-{amend['index']:05d}" if amend["plan_id"] else None
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "added_service_without_description":
            what += (" (the 'Added' Training row has Staff and Frequency but an empty "
                     "Description cell)")
        if defect == "ticketholder_unsigned":
            what += (" (the Ticket Holder's signature and Date cells are empty; the EN "
                     "representative signed and dated)")
        cat.add(f"amendfpdf_{defect or 'complete'}.pdf", "amendfpdf",
                HELDOUT_LAYOUTS_13["fpdf"]["producer"], "direct", build_fpdf_amendment(amend),
                "amendment", _components("amendment", overrides),
                _b13_notes(B13_AMENDFPDF_DESCRIPTION, what), amendment_values(amend))
    for name, build, notes in B13_NOT_IWPS:
        cat.add(name, "not_an_iwp", HELDOUT_LAYOUTS_13["fpdf"]["producer"], "direct", build(),
                "not_an_iwp", {}, "Held out (thirteenth batch). " + notes, {})


# =============================================================================================
# Held-out batch 14 (jspdf_, pdfmake_, amendpdfmake_ and two not-IWPs): IWPs made by the PDF
# libraries that web applications use, run with Node: jsPDF with the jspdf-autotable plugin
# (text placed line by line, rules under titles, rect check boxes, canvas PNG signatures) and
# pdfmake (a declarative document: columns, lightHorizontalLines tables, cards, headers and
# footers). Written from what ENs send, blind to the reader. People from series 1400.
# The producers are small Node programs in producers/ run with the packages installed in
# /work/gen-node (never in the project).
# =============================================================================================
BATCH_14_ENS = {
    "b14_larkspur": dict(name="Larkspur Pathways Employment Network", pid="P0094417",
                         model="traditional", street="315 Prairie Mill Road, Suite 2",
                         city="Quillfield", state="KS", zip="66999", phone="(785) 555-0162",
                         email="iwp@larkspurpathways.example.org",
                         rep="Marisol T. Vandermeer", rep_title="Employment Specialist"),
    "b14_harborlight": dict(name="Harborlight Work Incentives Network", pid="P0097729",
                            model="administrative", street="1180 Lantern Quay, Suite 4B",
                            city="Port Emberly", state="ME", zip="04999",
                            phone="(207) 555-0144", email="plans@harborlight-win.example.org",
                            rep="Thaddeus K. Okonkwo-Reyes", rep_title="Career Navigator"),
}
ENS.update(BATCH_14_ENS)
BATCH_14_PEOPLE_FROM = 1400
B14_NODE = Path(os.environ.get("IWP_GEN_NODE", "/work/gen-node"))
B14_PRODUCERS = HERE / "producers"
B14_SCRIPT_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


def _b14_node(script: str, payload: dict, out: Path) -> None:
    """Run a producer script of producers/ with Node on the JSON ``payload``."""
    modules = B14_NODE / "node_modules"
    needed = {"jspdf_iwp.js": ("jspdf", "jspdf-autotable"), "pdfmake_doc.js": ("pdfmake",)}
    missing = [m for m in needed[script] if not (modules / m).is_dir()]
    if shutil.which("node") is None or missing:
        raise SystemExit(f"{out.name} needs Node and `npm install --prefix {B14_NODE} "
                         "jspdf jspdf-autotable pdfmake` (set IWP_GEN_NODE to use another "
                         "folder)")
    with tempfile.TemporaryDirectory() as tmp_name:
        source = Path(tmp_name) / "case.json"
        source.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        env = dict(os.environ, NODE_PATH=str(modules), TZ="America/New_York")
        subprocess.run(["node", str(B14_PRODUCERS / script), str(source), str(out)],
                       check=True, env=env, timeout=120, cwd=tmp_name)


def _b14_canvas_png(name: str, seed: int) -> str:
    """A name signed on the app's signature canvas (HTMLCanvasElement.toDataURL): the name
    written with a stylus, slanted and uneven, on a transparent 400 x 100 canvas."""
    import base64
    import io

    from PIL import Image, ImageDraw, ImageFont

    if not Path(B14_SCRIPT_FONT).exists():
        raise SystemExit(f"the canvas signatures need {B14_SCRIPT_FONT} "
                         "(apt-get install fonts-urw-base35)")
    rng = random.Random(seed)
    img = Image.new("RGBA", (400, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    ink = (18, 26, 70, 255)
    words = name.replace(".", "").split()
    words = [words[0], words[-1]] if len(words) > 2 else words
    x = 10 + rng.random() * 8
    for n, word in enumerate(words):
        size = 44 + rng.randint(-3, 5)
        font = ImageFont.truetype(B14_SCRIPT_FONT, size)
        for letter in word:
            dy = rng.uniform(-2.5, 2.5)
            draw.text((x, 22 + dy - (size - 44) * 0.6), letter, font=font, fill=ink,
                      stroke_width=1, stroke_fill=ink)
            x += draw.textlength(letter, font=font) * rng.uniform(0.86, 0.98)
        x += 12 + rng.random() * 6
        if x > 360:
            break
    # the underline flourish a mouse or finger leaves at the end
    y0 = 80 + rng.random() * 5
    draw.line([(14, y0), (x * 0.55, y0 + 3), (min(x, 390), y0 - 4)], fill=ink, width=3,
              joint="curve")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _b14_iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _b14_goal(goal: dict | None) -> dict | None:
    if goal is None:
        return None
    training = goal.get("training")
    return dict(title=goal["title"], hours=goal["hours"], wage=goal["wage"],
                monthly=goal["monthly"], target=_b14_iso(goal["target"]),
                training=f"{training[0]} at {training[1]}" if training else None)


def _b14_parties(case: dict) -> tuple[dict, dict]:
    en, th = case["en"], case["th"]
    return (dict(first=th["first"], middle=th["middle"], last=th["last"], title=th["title"],
                 ssn=th["ssn"], dob=_b14_iso(th["dob"]), street=th["street"], city=th["city"],
                 state=th["state"], zip=th["zip"], phone=th["phone"], mobile=th["mobile"],
                 email=th["email"], preferred=th["preferred"]),
            dict(name=en["name"], pid=en["pid"], street=en["street"], city=en["city"],
                 state=en["state"], zip=en["zip"], phone=en["phone"], email=en["email"],
                 rep=en["rep"], repTitle=en["rep_title"]))


def _b14_record(case: dict, app: dict, plan_id: str, sign) -> dict:
    """The web app's plan record for an IWP (what its front end hands the PDF library)."""
    th, en = _b14_parties(case)
    d, work = case["discussion"], case["work"]
    days = [x for x in (case["th_sig"]["date"], case["en_sig"]["date"], d["date"]) if x]
    return dict(
        kind="iwp", app=app, planId=plan_id, subject=f"IWP - {th['first']} {th['last']}",
        created=_b14_iso(d["date"] or dt.date(2026, 2, 2)),
        printed=_b14_iso(max(days + [dt.date(2026, 2, 2)]) + dt.timedelta(days=1)),
        en=en, th=th, alt=dict(case["alt"]) if case["alt"] else None,
        discussion=dict(date=_b14_iso(d["date"]),
                        modality=d["modality"][0] if d["modality"] else None,
                        summary=d["summary"]),
        work=None if work is None else dict(
            jobs=[dict(employer=j["employer"], title=j["title"], start=_b14_iso(j["start"]),
                       end=_b14_iso(j["end"]), hours=j["hours"], monthly=j["monthly"])
                  for j in work["jobs"]], noWork=work["no_work"]),
        goals=dict(st=_b14_goal(case["st"]), lt=_b14_goal(case["lt"])),
        services=[dict(label=s["label"], provided=s["provided"], description=s["description"],
                       provider=s["provider"], frequency=s["frequency"])
                  for s in case["services"]],
        followUp=dict(case["follow_up"]) if case["follow_up"] else None,
        terms=case["terms"], statement=case["statement"],
        signatures=dict(th=sign("th", case), en=sign("en", case)))


# ----- jspdf_: a browser EN tool's "Print plan" made with jsPDF + jspdf-autotable -------------
B14_JSPDF_APP = dict(name="CareerBridge Online", version="3.8.2")


def _b14_jspdf_sign(party: str, case: dict) -> dict:
    th, sig = case["th"], case[f"{party}_sig"]
    seed = case["index"] * 7 + (1 if party == "th" else 2)
    if party == "th":
        name = f"{th['first']} {th['middle']} {th['last']}"
        return dict(image=_b14_canvas_png(f"{th['first']} {th['last']}", seed)
                    if sig["signed"] else None,
                    date=_b14_iso(sig["date"]) if sig["signed"] else None, printedName=name,
                    printedTitle=None)
    return dict(image=_b14_canvas_png(sig["name"], seed) if sig["signed"] else None,
                date=_b14_iso(sig["date"]) if sig["signed"] else None,
                printedName=sig["name"], printedTitle=sig["title"])


def build_jspdf_iwp(case: dict):
    # The record (and its signature PNGs) is made only when the file is, so that listing the
    # catalogue for other prefixes needs neither Node nor the script font.
    return lambda path: _b14_node("jspdf_iwp.js", _b14_record(
        case, B14_JSPDF_APP, f"LP-{case['index']:05d}", _b14_jspdf_sign), path)



# ----- pdfmake_: a web planning app's PDF export made with pdfmake (Roboto) ------------------
B14_PDFMAKE_APP = dict(name="PlanWell", version="2.14.0")


def _b14_clock(seed: int) -> str:
    rng = random.Random(seed)
    hour = rng.randint(9, 16)
    return f"{hour % 12 or 12}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'}"


def _b14_pdfmake_sign(party: str, case: dict) -> dict:
    th, sig = case["th"], case[f"{party}_sig"]
    seed = case["index"] * 7 + (1 if party == "th" else 2)
    if party == "th":
        name = f"{th['first']} {th['middle']} {th['last']}"
        return dict(signed=sig["signed"], name=name, printed=name, email=th["email"],
                    date=_b14_iso(sig["date"]) if sig["signed"] else None,
                    time=_b14_clock(seed))
    return dict(signed=sig["signed"], name=sig["name"], printed=f"{sig['name']}, {sig['title']}",
                email=case["en"]["email"], date=_b14_iso(sig["date"]) if sig["signed"] else None,
                time=_b14_clock(seed))


def _b14_pdfmake_record(case: dict) -> dict:
    record = _b14_record(case, B14_PDFMAKE_APP, f"HW-IWP-{case['index']:05d}",
                         _b14_pdfmake_sign)
    record.update(reference=f"Plan HW-IWP-{case['index']:05d}", docTitle="Individual Work Plan")
    return record


def build_pdfmake_iwp(case: dict):
    record = _b14_pdfmake_record(case)
    return lambda path: _b14_node("pdfmake_doc.js", record, path)


def build_pdfmake_amendment(amend: dict):
    record = _b14_record(amend, B14_PDFMAKE_APP, amend["plan_id"] or "", _b14_pdfmake_sign)
    record.update(
        kind="amendment", number=amend["number"],
        created=_b14_iso(amend["th_sig"]["date"] or amend["en_sig"]["date"]
                         or amend["original_signed"] + dt.timedelta(days=118)),
        originalSigned=_b14_iso(amend["original_signed"]), reason=amend["reason"],
        changes=None if amend["changes"] is None else [dict(c) for c in amend["changes"]],
        docTitle=f"IWP Amendment No. {amend['number']}",
        reference=f"Amendment HW-AMD-{amend['index']:05d}-{amend['number']}",
        subject=f"IWP amendment - {amend['th']['first']} {amend['th']['last']}")
    days = [x for x in (amend["th_sig"]["date"], amend["en_sig"]["date"]) if x]
    record["printed"] = _b14_iso(max(days) + dt.timedelta(days=1)) if days else \
        _b14_iso(amend["original_signed"] + dt.timedelta(days=121))
    return lambda path: _b14_node("pdfmake_doc.js", record, path)



# ----- two not-IWPs from the same web apps ----------------------------------------------------
def build_portal_summary(case: dict):
    """Not an IWP: the Ticket Holder Portal's one-page 'My Plan Summary' handout (pdfmake)."""
    th, en = _b14_parties(case)
    st, lt = case["st"], case["lt"]

    def plain(goal: dict, lead: str) -> dict:
        return dict(plain=f"{lead} {goal['title'][0].lower() + goal['title'][1:]}",
                    detail=f"About {goal['hours']} hours a week at {_money(goal['wage'])} an "
                           f"hour (about {_money(goal['monthly'], cents=False)} a month) by "
                           f"{_date(goal['target'], 'long')}.")

    steps = {
        "benefits_counseling": "Get a free benefits summary from a benefits counselor, so you "
                               "know how work changes your checks",
        "job_development": "Update your resume and practise interviews with us",
        "training": "Take the course we are paying for",
        "job_search": "Look at the job leads we send you each week and apply",
        "job_accommodation": "Ask the employer for the changes at work you need, with our help",
        "job_retention": "Keep in touch with us after you start working",
    }
    met = case["discussion"]["date"]
    record = dict(
        kind="portal_summary", app=B14_PDFMAKE_APP, en=en, th=th,
        docTitle="My Plan Summary", subject="Ticket Holder Portal - My Plan Summary",
        reference="Ticket Holder Portal", printed=_b14_iso(met + dt.timedelta(days=9)),
        goals=dict(st=plain(st, "Work as a"), lt=plain(lt, "Become a")),
        steps=[steps[s["key"]] for s in case["services"] if s["provided"] and s["key"] in steps],
        next=dict(date=_b14_iso(met + dt.timedelta(days=30)), time="10:30 AM",
                  how="phone call (we will call you)",
                  note="We will talk about your job search. If you started working, have "
                       "your first pay stub ready."))
    return lambda path: _b14_node("pdfmake_doc.js", record, path)


def build_staff_timesheet(case: dict):
    """Not an IWP: an EN staff member's timesheet / activity log for one Ticket holder
    (jsPDF + autotable, from the jspdf_ app)."""
    return lambda path: _b14_node("jspdf_iwp.js", _b14_timesheet_record(case), path)


def _b14_timesheet_record(case: dict) -> dict:
    th, en = _b14_parties(case)
    start = case["discussion"]["date"] + dt.timedelta(days=14)
    rows = [
        (0, "JD - Resume update and mock interview", "In person", "9:00 AM", "10:30 AM", 1.5,
         "Resume reworked around recent work; first practice interview."),
        (1, "JS - Job leads sent and reviewed", "Phone", "2:15 PM", "2:45 PM", 0.5,
         "Four leads; two applications started."),
        (3, "BC - WIPA referral", "Phone", "11:00 AM", "11:15 AM", 0.25,
         "Referral made through the Ticket to Work Help Line."),
        (6, "JD - Employer contact on behalf of Ticket holder", "Phone", "1:00 PM", "1:45 PM",
         0.75, "Spoke with hiring manager; interview requested."),
        (7, "FU - Monthly follow-up contact", "Phone", "3:30 PM", "3:50 PM", 0.25,
         "Monthly contact made as the plan says."),
        (9, "JD - Second mock interview", "Video", "10:00 AM", "11:00 AM", 1.0,
         "Practised answers about schedule and availability."),
        (10, "DOC - Case notes and contact log", "-", "4:00 PM", "4:30 PM", 0.5,
         "Notes entered in CareerBridge Online."),
    ]
    supervisor = "Augustin R. Pellegrino"
    end = start + dt.timedelta(days=13)
    record = dict(
        kind="timesheet", app=B14_JSPDF_APP, en=en, subject="Staff timesheet",
        printed=_b14_iso(end + dt.timedelta(days=1)),
        staff=dict(name=en["rep"], title=en["repTitle"], id="LP-0427",
                   supervisor=f"{supervisor}, Program Director", costCenter="TTW-EN-210"),
        th=dict(th, caseNo=f"LP-C-{case['index']:05d}", planId=f"LP-{case['index']:05d}"),
        period=dict(**{"from": _b14_iso(start), "to": _b14_iso(end)}),
        entries=[dict(date=_b14_iso(start + dt.timedelta(days=d)), activity=a, contact=c,
                      start=t0, end=t1, hours=h, notes=n)
                 for d, a, c, t0, t1, h, n in rows],
        signatures=dict(
            staff=dict(image=_b14_canvas_png(en["rep"], case["index"] * 7 + 5),
                       date=_b14_iso(end + dt.timedelta(days=1)), printedName=en["rep"],
                       printedTitle=en["repTitle"]),
            supervisor=dict(image=_b14_canvas_png(supervisor, case["index"] * 7 + 6),
                            date=_b14_iso(end + dt.timedelta(days=2)), printedName=supervisor,
                            printedTitle="Program Director")))
    return record


# ----- the batch's files and their key --------------------------------------------------------
HELDOUT_LAYOUTS_14 = {
    "jspdf": dict(
        producer="jsPDF 4.2 with jspdf-autotable 5 under Node 20 (a browser EN app's 'Print "
                 "plan'; producers/jspdf_iwp.js)",
        en="b14_larkspur", build=build_jspdf_iwp,
        description="Held out (fourteenth batch). An IWP printed by a browser-based EN tool "
                    "('CareerBridge Online') with jsPDF: US Letter in millimetres, the 14 "
                    "standard PDF fonts declared and Helvetica used (no embedded font), every "
                    "line placed with doc.text(x, y) and long text broken with "
                    "splitTextToSize; a letterhead with the EN's initials in a filled circle; "
                    "numbered section titles ('1. Employment Network Information' ... '11. "
                    "Signatures') in bold colour UNDERLINED with doc.line across the page; "
                    "bold 'Label:' / value pairs in TWO columns across the page (values wrap "
                    "inside their column); check boxes drawn with doc.rect and an 'X' typed "
                    "inside when ticked ('How the discussion was held: [ ] In person [ ] "
                    "Telephone [X] Video call', 'No paid work in the last 18 months', follow-up "
                    "'While looking for work: [X] Monthly [ ] Every three months'); the "
                    "discussion summary in a thin bordered box; goals and services as "
                    "autoTable tables (striped theme, coloured header row): goals one ROW per "
                    "goal (Goal | Job title | Hours / week | Hourly wage | Gross monthly "
                    "earnings | Target date) with 'Training needed:' under it, services "
                    "'Provided | Service | Description of service | Provided by | How often' "
                    "with the Provided box drawn by a didDrawCell hook (rect, 'X' when "
                    "provided); numbered terms; signatures as PNG images of the name signed on "
                    "a canvas over a line, the typed date on a separate short line to the "
                    "right, 'Signature of Ticket Holder' / 'Date' captions and the printed "
                    "name under; a footer 'CareerBridge Online | IWP LP-... | Name | Printed "
                    "2/4/2026' and 'Page x of y'. Dates '2/2/2026', money '$1,386.67'.",
        defects=["ticketholder_undated", "no_alternate_contact", "follow_up_quarterly",
                 "no_discussion_summary", "no_terms"]),
    "pdfmake": dict(
        producer="pdfmake 0.3 (pdfkit, Roboto embedded) under Node 20 (a web planning app's "
                 "PDF export; producers/pdfmake_doc.js)",
        en="b14_harborlight", build=build_pdfmake_iwp,
        description="Held out (fourteenth batch). An IWP exported by a web planning app "
                    "('PlanWell') with pdfmake: a declarative docDefinition in Roboto (the "
                    "font pdfmake ships, embedded as a subset); a running header (EN name, "
                    "'Individual Work Plan - Name') and footer ('PlanWell - Plan HW-IWP-... - "
                    "Generated <date>', 'Page x of y'); a title with a SIGNED / AWAITING "
                    "SIGNATURE badge; 'Part One - Contact Information' as TWO COLUMNS "
                    "(Employment Network | Ticket Holder, a thin rule between them) of small "
                    "grey upper-case labels ABOVE values ('PROVIDER ID (PID)', 'SOCIAL "
                    "SECURITY NUMBER'), the alternate contact as four columns; 'Part Two - "
                    "Your Plan': 'Planning discussion' (date, 'How we met', 'What we talked "
                    "about'), work history as a lightHorizontalLines table, goals as a "
                    "lightHorizontalLines table with short-term and long-term as COLUMNS "
                    "(Job title, Hours per week, Hourly wage, Gross monthly earnings, Target "
                    "date, Training or education) that may split across pages with its header "
                    "repeated, services as CARDS two to a row (a stack in a filled table cell "
                    "with a coloured left edge and an 'INCLUDED' / 'NOT INCLUDED' badge; "
                    "'WHAT WE WILL DO' / 'WHO' / 'HOW OFTEN'), 'Staying in touch' as a small "
                    "table (When | How often we will contact you | How); a page break before "
                    "'Part Three - Agreement' (numbered terms, 'Statement of understanding'); "
                    "signatures as '/s/ Name' in italics over a canvas line with the role and "
                    "printed name under it, the date over its own line to the right, and "
                    "'Signed electronically on February 2, 2026 at 9:01 AM - e-mail' under. "
                    "Dates 'February 2, 2026'.",
        defects=["en_undated", "no_work_history", "long_term_below_sga",
                 "service_without_description", "ticketholder_unsigned"]),
}
B14_AMENDPDFMAKE_DESCRIPTION = (
    "Held out (fourteenth batch). An IWP amendment exported by the pdfmake_ app ('PlanWell'): "
    "running header and footer with page numbers, 'IWP Amendment' with a status badge, 'About "
    "this amendment' as a lightHorizontalLines table (Amendment number, Plan being amended "
    "'IWP 7729-2026-1401', Date the original IWP was signed, Why the plan is changing), "
    "'Contact information' in two columns (Employment Network | Ticket Holder, labels above "
    "values), 'Revised employment goals' as a table with the revised short-term and long-term "
    "goals as COLUMNS, 'Changes to services and supports' as cards with an ADDED / ENDED / "
    "CONTINUED badge ('WHAT CHANGES' / 'WHO' / 'HOW OFTEN'), an 'Agreement' sentence and the "
    "'/s/' signatures with dates and 'Signed electronically on ...'.")
B14_DETAILS = {
    ("jspdf", "ticketholder_undated"): " (the canvas signature image is on the line; the "
                                       "short Date line beside it is empty)",
    ("jspdf", "no_alternate_contact"): " (section 3's 'Name:', 'Relationship:', 'Phone:' and "
                                       "'Address:' labels have nothing after them)",
    ("jspdf", "follow_up_quarterly"): " ('While looking for work: [ ] Monthly [X] Every three "
                                      "months', by telephone only)",
    ("jspdf", "no_discussion_summary"): " (the bordered box under 'Summary of discussion:' is "
                                        "empty)",
    ("jspdf", "no_terms"): " (no Terms and Conditions section: the statement is section 9 and "
                           "the signatures section 10)",
    ("pdfmake", "en_undated"): " ('/s/ Name' over the EN's signature line, its Date line "
                               "empty and no 'Signed electronically on' line)",
    ("pdfmake", "no_work_history"): " (no 'Work in the last 18 months' heading or table at "
                                    "all)",
    ("pdfmake", "service_without_description"): " (its card has the INCLUDED badge, 'WHO' and "
                                                "'HOW OFTEN' filled and 'WHAT WE WILL DO' "
                                                "empty)",
    ("pdfmake", "ticketholder_unsigned"): " (empty signature and date lines, 'Awaiting "
                                          "signature - request sent to <e-mail>', the title "
                                          "badge 'AWAITING SIGNATURE')",
}


def _b14_notes(description: str, what: str) -> str:
    return f"{description} {what[0].upper() + what[1:]}".rstrip(".") + "."


def add_batch_14(cat) -> None:
    """The fourteenth held-out batch: people numbered from BATCH_14_PEOPLE_FROM."""
    for layout, spec in HELDOUT_LAYOUTS_14.items():
        for defect in [None] + spec["defects"]:
            case = cat.series_case(spec["en"], BATCH_14_PEOPLE_FROM)
            overrides, what = IWP_DEFECTS[defect](case) if defect else ({}, "Complete.")
            what += B14_DETAILS.get((layout, defect), "")
            cat.add(f"{layout}_{defect or 'complete'}.pdf", layout, spec["producer"],
                    "direct", spec["build"](case), "iwp", _components("iwp", overrides),
                    _b14_notes(spec["description"], what), case_values(case))
    for n, defect in enumerate([None, "long_term_below_sga", "no_revised_services"]):
        amend = make_amendment(cat.series_case("b14_harborlight", BATCH_14_PEOPLE_FROM),
                               2 + n % 2)
        overrides, what = AMENDMENT_DEFECTS[defect](amend) if defect else ({}, "Complete.")
        if defect == "no_revised_services":
            what += (" (no 'Changes to services and supports' part: the goals table is followed "
                     "by the Agreement)")
        cat.add(f"amendpdfmake_{defect or 'complete'}.pdf", "amendpdfmake",
                HELDOUT_LAYOUTS_14["pdfmake"]["producer"], "direct",
                build_pdfmake_amendment(amend), "amendment",
                _components("amendment", overrides),
                _b14_notes(B14_AMENDPDFMAKE_DESCRIPTION, what), amendment_values(amend))
    case = cat.series_case("b14_harborlight", BATCH_14_PEOPLE_FROM)
    cat.add("notiwp_portal_plan_summary.pdf", "not_an_iwp",
            HELDOUT_LAYOUTS_14["pdfmake"]["producer"], "direct", build_portal_summary(case),
            "not_an_iwp", {},
            "Held out (fourteenth batch). A one-page 'Ticket Holder Portal - My Plan Summary' "
            "handout from the pdfmake_ app, written for the Ticket holder: a box 'This is not "
            "your IWP. Your signed Individual Work Plan is on file with <EN>', 'Hi <first "
            "name>,', 'My goals' as two cards ('This year' / 'In 3 to 5 years' with hours, "
            "wage, monthly amount and date in plain words), 'What we are doing to get there' "
            "bullets, 'My next appointment' (date, time, with whom, how), 'Need help?'. No "
            "SSN, no terms, no signatures. Not an IWP.", {})
    case = cat.series_case("b14_larkspur", BATCH_14_PEOPLE_FROM)
    cat.add("notiwp_en_staff_timesheet.pdf", "not_an_iwp",
            HELDOUT_LAYOUTS_14["jspdf"]["producer"], "direct", build_staff_timesheet(case),
            "not_an_iwp", {},
            "Held out (fourteenth batch). An 'Employment Network Staff Timesheet / Activity "
            "Log' from the jspdf_ app for a two-week pay period: the staff member (name, "
            "position, employee ID, supervisor), the Ticket holder served (name, case number, "
            "'Plan on file: IWP ...'), an autoTable of activities (Date | Activity / service "
            "delivered | Contact | Start | End | Hours | Notes: job development, job leads, a "
            "WIPA referral, a monthly follow-up contact) with a total row, billing codes, an "
            "employee certification and canvas-PNG signatures of the employee and the "
            "supervisor with dates. A payroll record, not an IWP.", {})


if __name__ == "__main__":
    main(sys.argv[1:])
