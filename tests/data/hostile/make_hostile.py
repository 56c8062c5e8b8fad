#!/usr/bin/env python3
"""Generate hostile inputs: plan files and PDFs built to break, hang or fool `iwp`.

Every file here is made from nothing but this script (plus make_corpus.py next door for a
realistic IWP to damage). No third-party files are used. Output is deterministic: fixed
seeds, fixed dates, and pinned PDF IDs.

    python tests/data/hostile/make_hostile.py
        writes the small files (at most 1 MB each) into plans/ and pdfs/ beside this
        script, plus expected.json. These files are committed.
    python tests/data/hostile/make_hostile.py --all DIR
        writes every file, including the big ones, into DIR/plans and DIR/pdfs.

The big files are not committed: a 50 MB plan and a decompression bomb of about 1 MB that
inflates to 1 GB. Tests make them at run time:

    from make_hostile import generate
    paths = generate(tmp_path, big=True)       # {"plans/huge_string.yaml": Path, ...}

expected.json maps every file (big ones too, marked ``"big": true``) to a description, the
``expected`` outcome and the list of ``acceptable`` outcomes. Where the file is an IWP that
should be read, it also gives ``verdict_if_checked``. Outcomes:

plans
    ``load_error``: refused with a one-line error (exit 2, no traceback).
    ``ok_or_findings``: loads; validation may report findings, but nothing crashes or hangs.
pdfs
    ``not_a_pdf``: refused as not a PDF.
    ``unreadable``: refused with a one-line error.
    ``encrypted``: refused because a password is needed.
    ``checked``: read and checked; a report is produced.
    ``warning_javascript``: checked, with a warning about JavaScript.
    ``warning_launch``: checked, with a warning about a Launch action. JavaScript and
    Launch actions are both active content and must never run.
    ``hidden_text_not_counted``: checked, but hidden text is ignored, so the IWP words
    that exist only as hidden text count for nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import struct
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
BIG_LIMIT = 1_000_000  # bytes; files above this are generated at test time only

# A copy of the project's reference plan (../../shared/plan-format/reference-plan.yaml when
# this was written). It is a copy, not a read, so the script needs nothing outside the repo.
REFERENCE_PLAN = """\
# Reference IWP plan: the input format's contract.
# Every key below is part of the format. Extend the format freely (new optional keys,
# new enum values); do not rename or remove these keys, and keep this file valid,
# error-free under the compliance rules, and renderable.
# All people, organisations and numbers are fictional (SSNs in the never-issued 900 area).
schema_version: 1
kind: iwp
plan_id: HEP-2026-0117            # the EN's own reference for this plan (optional)

employment_network:               # Part One
  name: Harborlight Employment Partners LLC
  pid: "P0041722"                 # Provider Identification Number
  business_model: traditional     # traditional | employer | administrative | other
  business_model_other: null      # required when business_model is "other"
  address:
    street: 1200 Commerce Row, Suite 300
    city: Millbrook Falls
    state: OH
    zip: "45999"
  phone: "(614) 555-0100"
  email: iwp@harborlight.example.org
  representative:
    name: Desmond R. Okafor
    title: Employment Specialist
  certified_benefits_counselor_on_staff: false

ticketholder:
  name:
    first: Marisol
    middle: T.
    last: Quenby
  ssn: "900-00-0101"
  date_of_birth: 1988-06-14
  address:
    street: 418 Larkspur Lane, Apt 2B
    city: Millbrook Falls
    state: OH
    zip: "45999"
  phone: "(614) 555-0141"
  email: m.quenby@example.org
  preferred_contact: telephone    # telephone | email | mail | text
  benefits: [ssdi]                # ssdi and/or ssi
  statutorily_blind: false        # true selects the blind SGA amount (SSDI only)
  representative: null            # a person who signs for the Ticketholder, if any
  alternate_contact:
    name: Rosa Quenby
    relationship: Sister
    phone: "(614) 555-0177"
    address:
      street: 22 Fir Lane
      city: Millbrook Falls
      state: OH
      zip: "45999"

partnership_plus:                 # optional: the Ticketholder came from a State VR agency
  vr_agency: Ohio Opportunities for Ohioans with Disabilities
  vr_case_closed: 2026-04-30

discussion:                       # Part Two, Section 1
  date: 2026-06-09
  modality: in_person             # in_person | telephone | video | other
  modality_other: null
  separate_document: false        # true: print the summary as its own attached page
  summary: >
    We met for about ninety minutes at the EN office to talk about Ms. Quenby's
    work history, her interest in inventory and warehouse record-keeping, her
    lifting restriction, and her worry that earnings would affect her SSDI and
    Medicare. We reviewed local openings for inventory clerks and agreed on a
    part-time start that grows into full-time work within two years.
  goals_rationale: >
    Ms. Quenby has six years of stock-control experience and good computer skills;
    inventory clerk work fits her lifting restriction, and local employers are hiring
    part-time clerks now, so a part-time start by the end of the year and full-time work later are
    both reasonable and attainable.
  services_rationale: >
    Job development and placement help will get her in front of employers quickly,
    the WIPA referral answers her questions about benefits before she starts work,
    and monthly follow-up after hire keeps small problems from costing her the job.

work_history:                     # Part Two, Section 2: the last 6 to 18 months
  period_start: 2024-12-01
  period_end: 2026-05-31
  jobs:
    - employer: Millbrook Grocers
      job_title: Stock associate (seasonal)
      start: 2025-03-01
      end: 2025-12-31
      hours_per_week: 12
      monthly_earnings: 620.00
  no_work_statement: null         # required instead of jobs when there was no work

employment_goals:                 # Part Two, Section 3
  short_term:
    job_title: Part-time inventory clerk
    description: >
      Start a part-time inventory clerk job of 20 hours a week at about $16.50 an
      hour by 2026-12-31.
    target_date: 2026-12-31
    hours_per_week: 20
    hourly_wage: 16.50
    monthly_earnings: 1430.00
    training: null
  long_term:
    job_title: Full-time inventory control specialist
    description: >
      Move to full-time inventory control work at 40 hours a week and about
      $18.00 an hour within three years, earning enough to leave SSDI cash benefits.
    target_date: 2029-06-30
    hours_per_week: 40
    hourly_wage: 18.00
    monthly_earnings: 3120.00
    training:
      program: Warehouse inventory software certificate
      provider: Millbrook Community College
      enrollment: part_time       # part_time | full_time
      delivery: in_person         # in_person | virtual | hybrid
      paid_by: Employment Network
      expected_completion: 2027-12-15

services:                         # Part Two, Section 4
  - category: career_planning     # career_planning | job_placement | ongoing_support
    service: benefits_counseling
    description: >
      Harborlight has no certified benefits counselor on staff, so we will refer Ms.
      Quenby to a WIPA project through the Ticket to Work Help Line within 30 days and
      help her prepare questions about SSDI and Medicare before the appointment.
    provider: WIPA project via the Ticket to Work Help Line
    frequency: Once, within 30 days
  - category: career_planning
    service: job_development
    description: >
      We will rewrite her resume around inventory work, hold two mock interviews, and
      contact three local warehouses a month about openings that match her goal.
    provider: Desmond R. Okafor
    frequency: Weekly until hired
  - category: career_planning
    service: training
    description: >
      Harborlight will pay the tuition for the part-time, in-person warehouse inventory
      software certificate at Millbrook Community College and review her progress with
      her at the end of each term until she completes it.
    provider: Millbrook Community College
    frequency: Each term until 2027-12-15
  - category: job_placement
    service: job_search
    description: >
      We will send job leads that match the short-term goal each week, help complete
      applications, and follow up with employers after each interview.
    provider: Desmond R. Okafor
    frequency: Weekly until hired
  - category: job_placement
    service: job_accommodation
    description: >
      We will help Ms. Quenby identify the lifting accommodation she needs and coach
      her on requesting it; she will make the request to the employer herself.
    provider: Desmond R. Okafor
    frequency: As needed
    accommodation_requested_by: ticketholder   # ticketholder | employment_network
    accommodation_settings: [workplace]        # workplace | training | education
  - category: ongoing_support
    service: job_retention
    description: >
      After hire we will check in at least monthly for the first year to help with
      schedule changes, accommodation follow-up and earnings reporting.
    provider: Desmond R. Okafor
    frequency: Monthly for 12 months, then quarterly

follow_up:                        # regular two-way contact commitments
  initial_phase: monthly          # initial job acquisition phase: at least monthly
  ongoing_phase: quarterly        # ongoing support phase: at least quarterly
  methods: [telephone, email, in_person]

terms_and_conditions:             # Part Three
  standard: built_in              # the project's built-in list of the 15 terms
  additional: []                  # item 15: any other terms the EN and Ticketholder agree

statement_of_understanding: null  # null: the built-in first-person statement

signatures:
  ticketholder:
    method: wet                   # wet | electronic | pending
    date: 2026-06-09
  ticketholder_representative: null
  en_representative:
    name: Desmond R. Okafor
    title: Employment Specialist
    method: wet
    date: 2026-06-11

submission:
  submitted_on: 2026-06-15        # date sent to the Ticket Program Manager; null if not yet sent
"""


def _sub(text: str, old: str, new: str, count: int = 1) -> str:
    """Replace ``old`` (which must occur exactly ``count`` times) with ``new``."""
    found = text.count(old)
    if found != count:
        raise AssertionError(f"expected {count} x {old!r} in the reference plan, found {found}")
    return text.replace(old, new)


def _sub_nth(text: str, old: str, new: str, n: int) -> str:
    """Replace only the n-th (1-based) occurrence of ``old``."""
    start = -1
    for _ in range(n):
        start = text.index(old, start + 1)
    return text[:start] + new + text[start + len(old):]


def _reference_json() -> str:
    """The reference plan as JSON (dates as ISO strings), for the JSON variants."""
    import yaml  # a project dependency; only needed for the JSON variants

    data = yaml.safe_load(REFERENCE_PLAN)
    return json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------------------------
def plan_alias_bomb() -> bytes:
    # "Billion laughs": 9 levels of 9 aliases each expand to 9**9 (387 million) strings.
    lines = ["kind: iwp", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
        prev = name
    return ("\n".join(lines) + "\n").encode()


def plan_recursive_alias() -> bytes:
    return b"kind: iwp\nschema_version: 1\na: &a [*a]\n"


def plan_python_tag() -> bytes:
    return _sub(REFERENCE_PLAN, "plan_id: HEP-2026-0117",
                'plan_id: !!python/object/apply:os.system ["echo hi"]').encode()


def plan_unknown_tag() -> bytes:
    return _sub(REFERENCE_PLAN, "plan_id: HEP-2026-0117", "plan_id: !foo bar").encode()


DEPTH = 100_000


def plan_deep_yaml() -> bytes:
    return ("kind: iwp\nschema_version: 1\nnotes: " + "[" * DEPTH + "]" * DEPTH + "\n").encode()


def plan_deep_json() -> bytes:
    return ('{"kind": "iwp", "schema_version": 1, "notes": ' + "[" * DEPTH + "]" * DEPTH
            + "}\n").encode()


def plan_huge_string() -> bytes:
    # A whole book pasted into the discussion summary: one 50 MB plain scalar.
    size = 50 * 1024 * 1024
    words = b"lorem ipsum dolor sit amet "
    blob = (words * (size // len(words) + 1))[:size].rstrip() + b"."
    head, rest = REFERENCE_PLAN.split("  summary: >\n", 1)
    tail = rest[rest.index("  goals_rationale:"):]
    return head.encode() + b"  summary: " + blob + b"\n" + tail.encode()


def plan_ten_thousand_services() -> bytes:
    head, rest = REFERENCE_PLAN.split("\nservices:", 1)
    tail = rest[rest.index("\nfollow_up:") + 1:]
    one = ("  - category: ongoing_support\n"
           "    service: job_retention\n"
           "    description: Monthly check-ins.\n")
    return (head + "\nservices:                         # one service, 10,000 times\n"
            + one * 10_000 + "\n" + tail).encode()


def plan_latin1() -> bytes:
    return _sub(REFERENCE_PLAN, "first: Marisol", "first: Renée").encode("latin-1")


def plan_invalid_utf8() -> bytes:
    # \xc3\x28 is a broken two-byte sequence, \xff never occurs in UTF-8.
    return _sub(REFERENCE_PLAN, "last: Quenby", "last: Quen@@by").encode().replace(
        b"@@", b"\xc3\x28\xff")


def plan_utf16le_bom() -> bytes:
    return b"\xff\xfe" + REFERENCE_PLAN.encode("utf-16-le")


def plan_utf8_bom() -> bytes:
    return b"\xef\xbb\xbf" + REFERENCE_PLAN.encode()


def plan_control_chars() -> bytes:
    return _sub(REFERENCE_PLAN, "street: 418 Larkspur Lane, Apt 2B",
                "street: 418 Larkspur\x00 Lane,\x07 Apt\x1b 2B").encode()


def plan_control_chars_escaped() -> bytes:
    # Legal YAML escapes that still put NUL, BEL and ESC into the value.
    return _sub(REFERENCE_PLAN, "street: 418 Larkspur Lane, Apt 2B",
                'street: "418 Larkspur\\0 Lane,\\a Apt\\e 2B"').encode()


def plan_nan_inf_yaml() -> bytes:
    text = _sub(REFERENCE_PLAN, "monthly_earnings: 1430.00", "monthly_earnings: .nan")
    text = _sub(text, "monthly_earnings: 3120.00", "monthly_earnings: .inf")
    return _sub(text, "hourly_wage: 16.50", "hourly_wage: -.inf").encode()


def plan_nan_inf_json() -> bytes:
    text = _reference_json()
    text = _sub(text, '"monthly_earnings": 1430.0', '"monthly_earnings": NaN')
    text = _sub(text, '"monthly_earnings": 3120.0', '"monthly_earnings": Infinity')
    return _sub(text, '"hourly_wage": 16.5', '"hourly_wage": -Infinity').encode()


def plan_long_number() -> bytes:
    # Longer than Python's 4,300-digit int() limit: a naive loader raises ValueError.
    return _sub(REFERENCE_PLAN, "monthly_earnings: 3120.00",
                "monthly_earnings: " + "9" * 5000).encode()


def plan_impossible_date() -> bytes:
    return _sub(REFERENCE_PLAN, "  date: 2026-06-09\n  modality", "  date: 2025-02-30\n  modality"
                ).encode()


def plan_yaml11_surprises() -> bytes:
    # YAML 1.1 would read NO as false, 012345 as the octal number 5349 and 1:20 as 80.
    text = _sub_nth(REFERENCE_PLAN, "state: OH", "state: NO", 2)  # the Ticketholder's state
    text = _sub_nth(text, 'zip: "45999"', "zip: 012345", 1)       # the EN's ZIP
    return _sub(text, "plan_id: HEP-2026-0117", "plan_id: 1:20").encode()


def plan_zip_leading_zero() -> bytes:
    # A real five-digit ZIP with a leading zero, unquoted: YAML 1.1 would make it 1116.
    text = _sub(REFERENCE_PLAN, 'zip: "45999"', "zip: 02134", count=3)
    return _sub(text, "state: OH", "state: MA", count=3).encode()


def plan_duplicate_keys() -> bytes:
    return _sub(REFERENCE_PLAN, "  email: iwp@harborlight.example.org\n",
                "  email: iwp@harborlight.example.org\n"
                '  phone: "(614) 555-0199"\n').encode()


def plan_multiple_documents() -> bytes:
    second = _sub(REFERENCE_PLAN, "plan_id: HEP-2026-0117", "plan_id: HEP-2026-0118")
    return ("---\n" + REFERENCE_PLAN + "---\n" + second).encode()


def plan_top_level_list() -> bytes:
    return b"- kind: iwp\n- schema_version: 1\n- plan_id: HEP-2026-0117\n"


def plan_top_level_scalar() -> bytes:
    return b"Individual Work Plan for Marisol Quenby - see attached\n"


def plan_trailing_garbage_json() -> bytes:
    return (_reference_json().rstrip() + "\n}\n{\"kind\": \"iwp\"}\ngarbage\n").encode()


def plan_binary() -> bytes:
    rng = random.Random(1370)
    return b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(2048))


# --------------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------------
def assemble(objects: dict[int, bytes], root: int = 1, trailer_extra: bytes = b"",
             header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") -> bytes:
    """Write ``objects`` (number -> body) as a PDF with a correct classic xref table."""
    out = bytearray(header)
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[num]) if num in offsets \
            else b"0000000000 65535 f \n"
    out += (b"trailer\n<< /Size %d /Root %d 0 R /ID [<%s> <%s>] %s>>\nstartxref\n%d\n%%%%EOF\n"
            % (size, root, b"49575048" * 4, b"49575048" * 4, trailer_extra, xref))
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_content(lines: list[str], size: float = 11, top: float = 720) -> bytes:
    """A content stream that shows ``lines`` top-down in Helvetica (/F1)."""
    ops = [b"BT /F1 %g Tf %g TL 72 %g Td" % (size, size * 1.4, top)]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + esc.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


IWP_PAGE_LINES = [
    "INDIVIDUAL WORK PLAN (IWP) - Ticket to Work Program",
    "Part One: Employment Network and Ticketholder Contact Information",
    "EN Name: Harborlight Employment Partners LLC    PID: P0041722",
    "Ticketholder Name: Marisol T. Quenby    SSN: 900-00-0101",
    "Part Two, Section 1: Discussion Arrangement - 06/09/2026, in person",
]


def _pin_ids(data: bytes) -> bytes:
    """pypdf writes a time-based second /ID; make it equal to the first (same length) so the
    output is byte-for-byte repeatable. Neither RC4 encryption nor readers depend on it."""
    def fix(m: re.Match) -> bytes:
        return b"/ID [ <" + m.group(1) + b"> <" + m.group(1) + b"> ]"
    out, n = re.subn(rb"/ID \[ <([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \]", fix, data)
    if n != 1:
        raise AssertionError("expected exactly one /ID in the pypdf output")
    return out


_IWP_CACHE: dict[str, bytes] = {}


def base_iwp() -> bytes:
    """A complete, realistic 3-page IWP (layout B of the foreign-PDF corpus)."""
    if "b" not in _IWP_CACHE:
        sys.path.insert(0, str(HERE.parent / "pdfs"))
        try:
            import make_corpus  # the sibling generator; deterministic
        finally:
            sys.path.pop(0)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "iwp.document.pdf"
            make_corpus.build_layout_b(make_corpus.case_b("oduya"), path)
            _IWP_CACHE["b"] = path.read_bytes()
    return _IWP_CACHE["b"]


def _pypdf_rewrite(edit: Callable, encrypt: tuple[str, str] | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=io.BytesIO(base_iwp()))
    writer._ID = ArrayObject([ByteStringObject(b"IWP-HOSTILE-0001"),
                              ByteStringObject(b"IWP-HOSTILE-0001")])
    edit(writer)
    if encrypt:
        # RC4-128 needs no random salt or IV (AES does), so the output stays repeatable.
        writer.encrypt(user_password=encrypt[0], owner_password=encrypt[1],
                       algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return _pin_ids(buf.getvalue())


# --------------------------------------------------------------------------------------------
# PDFs
# --------------------------------------------------------------------------------------------
def pdf_truncated() -> bytes:
    data = base_iwp()
    return data[: len(data) // 2]


def pdf_broken_xref() -> bytes:
    data = base_iwp()
    start = data.rindex(b"\nxref\n") + 1
    end = data.index(b"trailer", start)
    table = data[start:end]
    rng = random.Random(411)

    def garbage(m: re.Match) -> bytes:
        return b"%010d" % rng.randrange(10**9, 10**10 - 1)
    # Every in-use entry points to a random offset far past the end of the file.
    broken = re.sub(rb"^\d{10}(?= 00000 n)", garbage, table, flags=re.M)
    assert len(broken) == len(table)
    return data[:start] + broken + data[end:]


def pdf_reference_loop() -> bytes:
    # The page inherits /MediaBox and /Resources, so a reader walks its /Parent chain:
    # 4 -> 5 -> 4 -> ... never reaches the root. The tree's /Kids also point back to the root.
    content = text_content(IWP_PAGE_LINES)
    return assemble({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R 2 0 R] /Count 2 /MediaBox [0 0 612 792] "
           b"/Resources << /Font << /F1 6 0 R >> >> >>",
        3: b"<< /Type /Page /Parent 4 0 R /Contents 7 0 R >>",
        4: b"<< /Type /Pages /Parent 5 0 R /Kids [3 0 R 2 0 R] /Count 1 >>",
        5: b"<< /Type /Pages /Parent 4 0 R /Kids [4 0 R] /Count 1 >>",
        6: FONT,
        7: stream(content),
    })


def pdf_page_tree_cycle() -> bytes:
    # Two intermediate /Pages nodes list each other as kids; /Count is absurd.
    content = text_content(IWP_PAGE_LINES)
    return assemble({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>",
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 1000000 >>",
        4: b"<< /Type /Pages /Parent 3 0 R /Kids [3 0 R 5 0 R] /Count 1000000 >>",
        5: b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] "
           b"/Resources << /Font << /F1 6 0 R >> >> /Contents 7 0 R >>",
        6: FONT,
        7: stream(content),
    })


def pdf_deep_arrays() -> bytes:
    nested = b"[" * DEPTH + b"]" * DEPTH
    content = text_content(IWP_PAGE_LINES)
    return assemble({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Nested " + nested
           + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        4: FONT,
        5: stream(content),
    })


def _deflate_bomb(head: bytes, tail: bytes, mib: int = 1024) -> bytes:
    """zlib data that inflates to ``head`` + ``mib`` MiB of spaces + ``tail``, built fast.

    After a full flush deflate forgets its history, so compressing the same 1 MiB of spaces
    always gives the same self-contained block: compress it once and repeat the bytes. The
    Adler-32 trailer is computed over the real inflated data, so the stream is valid.
    """
    chunk = b" " * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate; header and trailer below
    parts = [b"\x78\xda", comp.compress(head), comp.flush(zlib.Z_FULL_FLUSH)]
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    parts.append(block * mib)
    parts.append(comp.compress(tail) + comp.flush())
    adler = zlib.adler32(head)
    for _ in range(mib):
        adler = zlib.adler32(chunk, adler)
    parts.append(zlib.adler32(tail, adler).to_bytes(4, "big"))
    return b"".join(parts)


def pdf_decompression_bomb() -> bytes:
    # Two real lines of text, then 1 GiB of spaces (legal content-stream whitespace);
    # about 1 MB on disk.
    data = _deflate_bomb(text_content(IWP_PAGE_LINES[:2]) + b"\n",
                         b"\nBT /F1 11 Tf 72 100 Td (end) Tj ET\n")
    return assemble({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
           b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        4: FONT,
        5: stream(data, b"/Filter /FlateDecode "),
    })


def pdf_huge_image() -> bytes:
    # 100000 x 100000 RGB would be 30 GB decoded; the stream holds 1 KB.
    pixels = zlib.compress(b"\x00" * 1024, 9)
    return assemble({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
           b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        4: stream(pixels, b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
                          b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode "),
        5: stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q"),
    })


N_PAGES = 3000


def pdf_many_pages() -> bytes:
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: FONT}
    kids = []
    for i in range(N_PAGES):
        page, content = 4 + 2 * i, 5 + 2 * i
        kids.append(b"%d 0 R" % page)
        objects[page] = (b"<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>" % content)
        objects[content] = stream(text_content([f"Case note {i + 1} of {N_PAGES}",
                                                "Monthly contact attempt logged."]))
    objects[2] = (b"<< /Type /Pages /Count %d /MediaBox [0 0 612 792] "
                  b"/Resources << /Font << /F1 3 0 R >> >> /Kids [" % N_PAGES
                  + b" ".join(kids) + b"] >>")
    return assemble(objects)


def pdf_encrypted_empty_user_password() -> bytes:
    return _pypdf_rewrite(lambda w: None, encrypt=("", "x"))


def pdf_encrypted_user_password() -> bytes:
    return _pypdf_rewrite(lambda w: None, encrypt=("ticket2026", "x"))


def pdf_openaction_javascript() -> bytes:
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    def edit(w):
        w._root_object[NameObject("/OpenAction")] = DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(
                "app.alert('This IWP needs Acrobat'); this.submitForm('http://example.invalid/');"),
        })
    return _pypdf_rewrite(edit)


def pdf_launch_action() -> bytes:
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    def edit(w):
        w._root_object[NameObject("/OpenAction")] = DictionaryObject({
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("cmd.exe"),
            NameObject("/Win"): DictionaryObject({
                NameObject("/F"): TextStringObject("cmd.exe"),
                NameObject("/P"): TextStringObject("/c echo hi"),
            }),
        })
    return _pypdf_rewrite(edit)


HIDDEN_IWP_LINES = [
    "INDIVIDUAL WORK PLAN (IWP)",
    "Part One: Employment Network and Ticketholder Contact Information",
    "EN Name: Harborlight Employment Partners LLC  Provider Identification Number (PID): P0041722",
    "EN business model: [X] Traditional  Address: 1200 Commerce Row, Millbrook Falls, OH 45999",
    "Telephone: (614) 555-0100  Email: iwp@harborlight.example.org",
    "Ticketholder Name: Marisol T. Quenby  Social Security Number: 900-00-0101",
    "Address: 418 Larkspur Lane, Apt 2B, Millbrook Falls, OH 45999  Phone: (614) 555-0141",
    "Alternate Contact: Rosa Quenby  Relationship: Sister  Phone: (614) 555-0177",
    "Part Two, Section 1: Discussion Arrangement  Date: 06/09/2026  Modality: In person",
    "Discussion Summary: the goals are reasonable because of six years of stock-control work;",
    "job development and placement services will help her reach them.",
    "Section 2: Recent Work History  Millbrook Grocers, stock associate, $620.00/month",
    "Section 3: Short-term goal: part-time inventory clerk, 20 hours/week, $1,430.00/month, "
    "12/31/2026",
    "Long-term goal: inventory control specialist, 40 hours/week, $3,120.00/month, 06/30/2029",
    "Section 4: EN Supports and Services  [X] Job development: resume and mock interviews",
    "[X] Job search: weekly job leads  Follow-up: monthly, then quarterly",
    "Part Three: IWP Terms and Conditions 1. Participation is voluntary. 2. No payment ...",
    "Statement of Understanding: I choose to take part in the Ticket to Work program.",
    "Ticketholder signature: /s/ Marisol T. Quenby  Date: 06/09/2026",
    "EN representative: Desmond R. Okafor  Signature: /s/ Desmond R. Okafor  Date: 06/11/2026",
]


def pdf_hidden_text() -> bytes:
    """A visible, unrelated letter; the IWP exists only as hidden text."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("Letter")
    # 1. white text on the white page, drawn first (under the letter)
    c.setFillColorRGB(1, 1, 1)
    t = c.beginText(72, 740)
    t.setFont("Helvetica", 10)
    for ln in HIDDEN_IWP_LINES[:8]:
        t.textLine(ln)
    c.drawText(t)
    # 2. the visible letter
    c.setFillColorRGB(0, 0, 0)
    t = c.beginText(72, 720)
    t.setFont("Times-Roman", 12)
    for ln in [
        "Millbrook Family Dental", "77 Orchard Street, Millbrook Falls, OH 45999", "",
        "July 2, 2026", "", "Dear Ms. Quenby,", "",
        "Thank you for choosing Millbrook Family Dental. This letter confirms your cleaning",
        "appointment on Tuesday, July 14, 2026 at 10:30 a.m. with Dr. Albright.",
        "",
        "Please arrive ten minutes early and bring your insurance card. If you need to",
        "reschedule, call us at (614) 555-0166 at least 24 hours before your visit.",
        "", "We look forward to seeing you.", "", "Sincerely,", "",
        "Front Desk, Millbrook Family Dental",
    ]:
        t.textLine(ln)
    c.drawText(t)
    # 3. text 0.5 pt high, tucked into the letter's bottom margin
    t = c.beginText(72, 60)
    t.setFont("Helvetica", 0.5)
    t.setLeading(0.7)
    for ln in HIDDEN_IWP_LINES[8:15]:
        t.textLine(ln)
    c.drawText(t)
    # 4. text placed outside the page box
    t = c.beginText(-3000, 2000)
    t.setFont("Helvetica", 10)
    for ln in HIDDEN_IWP_LINES[15:]:
        t.textLine(ln)
    c.drawText(t)
    c.showPage()
    c.save()
    return buf.getvalue()


def notpdf_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, body in [("iwp/plan.yaml", REFERENCE_PLAN),
                           ("iwp/README.txt", "Signed IWP for M. Quenby is in this archive.\n")]:
            info = zipfile.ZipInfo(name, date_time=(2026, 6, 12, 9, 30, 0))
            info.external_attr = 0o644 << 16
            zf.writestr(info, body)
    return buf.getvalue()


def notpdf_html() -> bytes:
    return (b"<!DOCTYPE html>\n<html><head><title>Individual Work Plan - Marisol Quenby</title>"
            b"</head>\n<body><h1>Individual Work Plan (IWP)</h1>\n<h2>Part One: Employment "
            b"Network and Ticketholder Contact Information</h2>\n<p>EN Name: Harborlight "
            b"Employment Partners LLC, PID P0041722</p>\n<p>This page was saved from the EN "
            b"portal with a .pdf name.</p>\n</body></html>\n")


def notpdf_png() -> bytes:
    # A hand-built 32x32 grey PNG: the same bytes whatever Pillow version is installed.
    width = height = 32
    raw = b"".join(b"\x00" + bytes((x * 8) % 256 for x in range(width)) for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def notpdf_random() -> bytes:
    return random.Random(20260612).randbytes(4096)


def notpdf_empty() -> bytes:
    return b""


# --------------------------------------------------------------------------------------------
# The catalogue
# --------------------------------------------------------------------------------------------
# (relative path, generator, expected, other acceptable outcomes, description, extra fields)
LE, OK = "load_error", "ok_or_findings"
CATALOGUE: list[tuple[str, Callable[[], bytes], str, list[str], str, dict]] = [
    ("plans/alias_bomb.yaml", plan_alias_bomb, LE, [],
     "Billion laughs: 9 levels of 9 aliases expand to 387 million strings. The loader must "
     "stop counting early, not expand them.", {}),
    ("plans/recursive_alias.yaml", plan_recursive_alias, LE, [],
     "`a: &a [*a]`, a list that contains itself.", {}),
    ("plans/python_tag.yaml", plan_python_tag, LE, [],
     "The reference plan with `plan_id: !!python/object/apply:os.system [\"echo hi\"]`. It "
     "must never run, and must be refused.", {}),
    ("plans/unknown_tag.yaml", plan_unknown_tag, LE, [],
     "The reference plan with `plan_id: !foo bar`, an unknown local tag.", {}),
    ("plans/deep_nesting.yaml", plan_deep_yaml, LE, [],
     "A value nested 100,000 lists deep ([[[[...]]]]) in YAML. Must not raise RecursionError "
     "or crash the interpreter.", {}),
    ("plans/deep_nesting.json", plan_deep_json, LE, [],
     "The same 100,000-deep nesting in JSON.", {}),
    ("plans/huge_string.yaml", plan_huge_string, LE, [],
     "The reference plan with a 50 MB discussion summary (one plain scalar). It should be "
     "refused by a size limit before it is parsed.", {"big": True}),
    ("plans/ten_thousand_services.yaml", plan_ten_thousand_services, OK, [LE],
     "The reference plan with one service repeated 10,000 times (about 0.9 MB). Large but "
     "well formed: it should load and validate in reasonable time, perhaps with findings "
     "about repeated services. A refusal with a clear size or count limit is also "
     "acceptable.", {}),
    ("plans/latin1.yaml", plan_latin1, LE, [],
     "The reference plan saved as Latin-1, with 'Renée' (byte 0xE9). Not UTF-8: a one-line "
     "error naming the line.", {}),
    ("plans/invalid_utf8.yaml", plan_invalid_utf8, LE, [],
     "The reference plan with invalid UTF-8 bytes (C3 28 FF) in the Ticketholder's last name.",
     {}),
    ("plans/utf16le_bom.yaml", plan_utf16le_bom, OK, [LE],
     "The reference plan in UTF-16 LE with a byte-order mark. YAML allows this, so it should "
     "load like the reference plan. Refusing it with a 'save as UTF-8' message is also "
     "acceptable.", {}),
    ("plans/utf8_bom.yaml", plan_utf8_bom, OK, [],
     "The reference plan with a UTF-8 byte-order mark, as Windows Notepad writes it. A valid "
     "plan: the BOM must be ignored.", {}),
    ("plans/control_chars.yaml", plan_control_chars, LE, [],
     "Raw NUL, BEL and ESC bytes inside the Ticketholder's street address.", {}),
    ("plans/control_chars_escaped.yaml", plan_control_chars_escaped, OK, [LE],
     "Legal YAML escapes (\\0 \\a \\e) that put NUL, BEL and ESC into the street address. "
     "The file loads. Validation should flag the value, and the characters must never "
     "reach a PDF or a terminal unescaped.", {}),
    ("plans/nan_inf.yaml", plan_nan_inf_yaml, OK, [LE],
     "YAML .nan and .inf as monthly earnings and -.inf as the hourly wage. These are valid "
     "YAML floats, so validation must give error findings, never a rendered plan with "
     "'nan'.", {"error_findings_required": True}),
    ("plans/nan_inf.json", plan_nan_inf_json, LE, [OK],
     "The reference plan as JSON with NaN, Infinity and -Infinity as money. These are not "
     "JSON (RFC 8259). If a lenient reader accepts them, validation must give error "
     "findings.", {"error_findings_required": True}),
    ("plans/long_number.yaml", plan_long_number, LE, [OK],
     "A 5,000-digit long-term monthly earnings figure. That is past Python's 4,300-digit "
     "int() limit, so a naive loader raises ValueError. Expect a one-line error or an error "
     "finding, never a traceback.", {"error_findings_required": True}),
    ("plans/impossible_date.yaml", plan_impossible_date, OK, [LE],
     "The discussion date 2025-02-30. PyYAML's timestamp resolver raises ValueError on it. "
     "Expect an error finding for the date, or a one-line error.",
     {"error_findings_required": True}),
    ("plans/yaml11_surprises.yaml", plan_yaml11_surprises, OK, [],
     "YAML 1.1 traps: Ticketholder `state: NO` (not false), EN `zip: 012345` (not octal "
     "5349) and `plan_id: 1:20` (not sexagesimal 80). They must load as the text 'NO', "
     "'012345' and '1:20'. Findings about the state and the six-digit ZIP are expected.", {}),
    ("plans/zip_leading_zero.yaml", plan_zip_leading_zero, OK, [],
     "Unquoted `zip: 02134` (with state MA). It must stay the text '02134', not the octal "
     "number 1116.", {}),
    ("plans/duplicate_keys.yaml", plan_duplicate_keys, LE, [],
     "`phone:` twice under employment_network. Silently keeping the last value would hide "
     "a mistake.", {}),
    ("plans/multiple_documents.yaml", plan_multiple_documents, LE, [],
     "Two complete plans in one file, separated by `---`.", {}),
    ("plans/empty.yaml", notpdf_empty, LE, [], "An empty file (0 bytes).", {}),
    ("plans/top_level_list.yaml", plan_top_level_list, LE, [],
     "The top level is a list, not a mapping.", {}),
    ("plans/top_level_scalar.yaml", plan_top_level_scalar, LE, [],
     "The top level is a single sentence.", {}),
    ("plans/trailing_garbage.json", plan_trailing_garbage_json, LE, [],
     "The reference plan as valid JSON, followed by a stray `}`, a second object and "
     "garbage.", {}),
    ("plans/binary.yaml", plan_binary, LE, [],
     "2 KB of random bytes behind a PNG signature, named .yaml.", {}),

    ("pdfs/truncated.pdf", pdf_truncated, "unreadable", ["checked"],
     "A complete 3-page reportlab IWP cut off after half its bytes: no xref, no trailer, "
     "no %%EOF. Expect a one-line error. If a repairing reader gets part of it back, it "
     "must not be judged complete.", {"verdict_if_checked": "incomplete"}),
    ("pdfs/broken_xref.pdf", pdf_broken_xref, "checked", ["unreadable"],
     "A complete IWP whose xref offsets are all random numbers past the end of the file. "
     "A lenient reader rebuilds the xref by scanning and checks it normally; strict mode "
     "refuses it.", {"verdict_if_checked": "complete"}),
    ("pdfs/reference_loop.pdf", pdf_reference_loop, "unreadable", ["checked"],
     "The page inherits its MediaBox and Resources through a /Parent chain that loops "
     "(4 -> 5 -> 4), and /Kids point back to the root /Pages node. Must finish quickly: "
     "expect an error or a report, never a hang.", {}),
    ("pdfs/page_tree_cycle.pdf", pdf_page_tree_cycle, "unreadable", ["checked"],
     "Two intermediate /Pages nodes list each other in /Kids, and /Count is 1,000,000.", {}),
    ("pdfs/deep_arrays.pdf", pdf_deep_arrays, "unreadable", ["checked"],
     "The page dictionary holds an array nested 100,000 deep. Must not crash with "
     "RecursionError.", {}),
    ("pdfs/decompression_bomb.pdf", pdf_decompression_bomb, "unreadable", ["checked"],
     "A FlateDecode content stream of about 1 MB that inflates to 1 GiB (two lines of text, "
     "then spaces). Must stop at a decoding limit, not fill memory. If checked, the page is "
     "reported as unreadable or truncated.", {"big": True}),
    ("pdfs/huge_image.pdf", pdf_huge_image, "checked", ["unreadable"],
     "An image XObject that claims to be 100000 x 100000 RGB (30 GB), with a 1 KB stream. "
     "Its only page is that image, so once read it looks like a scan.",
     {"verdict_if_checked": "needs_review"}),
    ("pdfs/many_pages.pdf", pdf_many_pages, "checked", ["unreadable"],
     "3,000 small pages of case notes. Must finish quickly: read up to a page limit and "
     "say so, or refuse clearly. It is not an IWP.", {"verdict_if_checked": "not_an_iwp"}),
    ("pdfs/encrypted_empty_user_password.pdf", pdf_encrypted_empty_user_password, "checked",
     [], "A complete IWP, RC4-128 encrypted with an empty user password (owner password "
     "'x'). It opens without a password, so it should be checked normally.",
     {"verdict_if_checked": "complete"}),
    ("pdfs/encrypted_user_password.pdf", pdf_encrypted_user_password, "encrypted", [],
     "A complete IWP, RC4-128 encrypted with the user password 'ticket2026'.", {}),
    ("pdfs/zip.pdf", notpdf_zip, "not_a_pdf", [], "A ZIP archive named .pdf.", {}),
    ("pdfs/html.pdf", notpdf_html, "not_a_pdf", [],
     "An HTML page named .pdf. It mentions IWP headings.", {}),
    ("pdfs/png.pdf", notpdf_png, "not_a_pdf", [], "A PNG image named .pdf.", {}),
    ("pdfs/random_bytes.pdf", notpdf_random, "not_a_pdf", [],
     "4 KB of random bytes (seed 20260612).", {}),
    ("pdfs/empty.pdf", notpdf_empty, "not_a_pdf", [], "An empty file (0 bytes).", {}),
    ("pdfs/javascript_openaction.pdf", pdf_openaction_javascript, "warning_javascript", [],
     "A complete IWP whose /OpenAction runs JavaScript (app.alert and submitForm). The "
     "script must not run. The report warns about it and still checks the IWP.",
     {"verdict_if_checked": "complete"}),
    ("pdfs/launch_action.pdf", pdf_launch_action, "warning_launch", [],
     "A complete IWP whose /OpenAction is a /Launch of cmd.exe. It must not be launched. "
     "The report warns about it and still checks the IWP.",
     {"verdict_if_checked": "complete"}),
    ("pdfs/hidden_text.pdf", pdf_hidden_text, "hidden_text_not_counted", [],
     "The visible text is a dentist's appointment letter. Every IWP heading and label is "
     "hidden three ways: white text on white, 0.5 pt text, and text at (-3000, 2000) "
     "outside the page box. Once the hidden text is set aside, the document is not an IWP.",
     {"verdict_if_checked": "not_an_iwp"}),
]


def expected() -> dict:
    """The answer key for every file (the big ones included)."""
    out = {}
    for rel, _gen, exp, also, desc, extra in CATALOGUE:
        entry = {"description": desc, "expected": exp, "acceptable": [exp] + also,
                 "big": bool(extra.get("big"))}
        entry.update({k: v for k, v in extra.items() if k != "big"})
        out[rel] = entry
    return out


def generate(target_dir: str | Path, big: bool = True) -> dict[str, Path]:
    """Write the hostile files into ``target_dir``/plans and ``target_dir``/pdfs.

    ``big=False`` skips the files marked big (the ones over 1 MB). Returns
    {relative path: written path}.
    """
    target = Path(target_dir)
    written = {}
    for rel, gen, _exp, _also, _desc, extra in CATALOGUE:
        if extra.get("big") and not big:
            continue
        data = gen()
        if not extra.get("big") and len(data) > BIG_LIMIT:
            raise AssertionError(f"{rel} is {len(data):,} bytes; mark it big")
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written[rel] = path
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", metavar="DIR", help="write every file, big ones included, "
                        "into DIR instead of the committed small set")
    args = parser.parse_args(argv)
    if args.all:
        written = generate(args.all, big=True)
    else:
        written = generate(HERE, big=False)
        with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for rel, path in written.items():
        print(f"{path.stat().st_size:>12,}  {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
