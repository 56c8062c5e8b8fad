"""Label -> value pairing: one tiny hand-written page per situation (STYLE.md 14a).

Each page is words (and rulings) as data; ``read_pages`` must put each value at its plan
path, with evidence saying where it was read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from iwp.read.layout import CheckBox, LayoutPage, Ruling, Word
from iwp.read.pairing import parse_date, parse_money, phrases
from iwp.read.parse import ParsedPdf, TextLine
from iwp.read.plan import read_pages


def line(text: str, x: float, top: float, size: float = 10.0) -> list[Word]:
    """Words of ``text`` starting at ``x``, half an em per character plus a space."""
    words = []
    for piece in text.split(" "):
        width = 0.5 * size * len(piece)
        words.append(Word(piece, x, top, x + width, top + size * 0.7, size))
        x += width + 0.28 * size
    return words


def page(*groups: list[Word], rulings: list[Ruling] | None = None,
         boxes: list[CheckBox] | None = None) -> LayoutPage:
    return LayoutPage(1, words=[w for g in groups for w in g], rulings=rulings or [],
                      checkboxes=boxes or [])


def test_label_left_of_value() -> None:
    plan = read_pages([page(line("Ticketholder", 60, 60, 14),
                            line("Social Security Number:", 60, 100),
                            line("900-00-0101", 260, 100))])
    assert plan.data["ticketholder"]["ssn"] == "900-00-0101"
    assert plan.evidence["ticketholder.ssn"].how.startswith("right of")


def test_label_above_value() -> None:
    plan = read_pages([page(line("Employment Network", 60, 60, 14),
                            line("EN name", 60, 100), line("Provider ID", 330, 100),
                            line("Blue Heron Employment Services", 60, 114),
                            line("P0071145", 330, 114))])
    assert plan.data["employment_network"]["name"] == "Blue Heron Employment Services"
    assert plan.data["employment_network"]["pid"] == "P0071145"
    assert plan.evidence["employment_network.pid"].how.startswith("below")


def test_several_pairs_on_one_line() -> None:
    plan = read_pages([page(line("Short-term goal", 60, 60, 14),
                            line("Hours per week: 20", 60, 100),
                            line("Hourly wage: $15.00", 200, 100),
                            line("Expected gross monthly earnings: $1,300", 330, 100))])
    goal = plan.data["employment_goals"]["short_term"]
    assert goal["hours_per_week"] == 20
    assert goal["hourly_wage"] == Decimal("15.00")
    assert goal["monthly_earnings"] == Decimal("1300.00")


def test_goals_as_columns_of_a_table() -> None:
    plan = read_pages([page(line("Employment goals", 60, 40, 14),
                            line("Short-term goal", 200, 80), line("Long-term goal", 380, 80),
                            line("Job title", 60, 100), line("Stock clerk", 200, 100),
                            line("Warehouse lead", 380, 100),
                            line("Monthly earnings", 60, 120), line("$1,430.00", 200, 120),
                            line("$3,120.00", 380, 120))])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["monthly_earnings"] == Decimal("1430.00")
    assert goals["long_term"]["monthly_earnings"] == Decimal("3120.00")
    assert goals["long_term"]["job_title"] == "Warehouse lead"


def test_goals_as_rows_of_a_table() -> None:
    plan = read_pages([page(line("Employment goals", 60, 40, 14),
                            line("Job title", 200, 80), line("Monthly earnings", 380, 80),
                            line("Short-term goal", 60, 100), line("Stock clerk", 200, 100),
                            line("$1,430.00", 380, 100),
                            line("Long-term goal", 60, 120), line("Warehouse lead", 200, 120),
                            line("$3,120.00", 380, 120))])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["monthly_earnings"] == Decimal("1430.00")
    assert goals["long_term"]["monthly_earnings"] == Decimal("3120.00")


def test_value_in_a_ruled_cell_under_its_label() -> None:
    rulings = [Ruling(50, 90, 560, 90), Ruling(50, 140, 560, 140), Ruling(50, 90, 50, 140),
               Ruling(300, 90, 300, 140), Ruling(560, 90, 560, 140)]
    plan = read_pages([page(line("Alternate Contact", 60, 60, 14),
                            line("Relationship", 60, 96), line("Sister", 60, 120),
                            rulings=rulings)])
    assert plan.data["ticketholder"]["alternate_contact"]["relationship"] == "Sister"


def test_signature_with_its_caption_under_the_line() -> None:
    plan = read_pages([page(line("Signatures", 60, 40, 14),
                            line("/s/ Marisol T. Quenby", 60, 100), line("March 4, 2026", 360, 100),
                            line("Ticketholder signature", 60, 116), line("Date", 360, 116),
                            rulings=[Ruling(55, 112, 300, 112), Ruling(355, 112, 500, 112)])])
    signature = plan.data["signatures"]["ticketholder"]
    assert signature == {"method": "electronic", "date": dt.date(2026, 3, 4)}
    assert "ticketholder_signature" in plan.components


def test_blank_signature_line_gives_no_signature() -> None:
    plan = read_pages([page(line("Signatures", 60, 40, 14),
                            line("Ticketholder signature", 60, 116), line("Date", 360, 116),
                            rulings=[Ruling(55, 112, 300, 112)])])
    assert "ticketholder" not in plan.data.get("signatures", {})
    assert "signatures" in plan.signals


def test_yes_no_matrix_row_with_empty_how() -> None:
    plan = read_pages([page(line("Supports and services", 60, 40, 14),
                            line("Service", 60, 80), line("Provided?", 200, 80),
                            line("How", 300, 80),
                            line("Job search", 60, 100), line("Yes", 200, 100),
                            line("Job coaching", 60, 120), line("Yes", 200, 120),
                            line("Weekly coaching at the job site", 300, 120))])
    services = plan.data["services"]
    # The table has a "How" column and the row's cell in it is empty: read as empty (the
    # judge calls the service deficient), not as a doubt.
    assert [(s["service"], s.get("provided"), s.get("description")) for s in services] == [
        ("job_search", True, ""),
        ("job_coaching", True, "Weekly coaching at the job site")]
    assert "services.0.description" not in plan.doubts


def test_a_listed_service_followed_by_the_next_one_has_an_empty_description() -> None:
    plan = read_pages([page(line("Services and supports", 60, 40, 14),
                            line("[X] Job development - How the EN will provide it:", 60, 80),
                            line("[X] Job search - How the EN will provide it:", 60, 96),
                            line("We will send five job leads a week.", 80, 110),
                            boxes=[CheckBox(60, 80, 75, 87, True), CheckBox(60, 96, 75, 103, True)])])
    services = plan.data["services"]
    assert [(s["service"], s.get("description")) for s in services] == [
        ("job_development", ""), ("job_search", "We will send five job leads a week.")]
    assert not [d for d in plan.doubts if d.startswith("services")]


def test_a_listed_service_with_nothing_after_it_is_a_doubt() -> None:
    # Nothing printed under the service, and the page ends: the reader cannot tell.
    plan = read_pages([page(line("Services and supports", 60, 40, 14),
                            line("[X] Job coaching - How the EN will provide it:", 60, 80),
                            boxes=[CheckBox(60, 80, 75, 87, True)])])
    assert plan.data["services"][0].get("description") is None
    assert "services.0.description" in plan.doubts


def test_service_ticked_as_a_vector_box() -> None:
    boxes = [CheckBox(60, 100, 68, 108, True), CheckBox(60, 120, 68, 128, False)]
    plan = read_pages([page(line("Services", 60, 40, 14), line("Job search", 74, 100),
                            line("Job coaching", 74, 120), boxes=boxes)])
    assert [(s["service"], s["provided"]) for s in plan.data["services"]] == [
        ("job_search", True), ("job_coaching", False)]


def test_follow_up_as_a_sentence() -> None:
    plan = read_pages([page(line("Staying in touch", 60, 40, 14),
                            line("We will contact you at least once a month while you look for",
                                 60, 60),
                            line("work and through your first milestones, and at least every",
                                 60, 72),
                            line("three months after that.", 60, 84))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}
    assert "follow_up" in plan.components


def test_new_words_come_from_the_vocabulary() -> None:
    plan = read_pages([page(line("Participant", 60, 40, 14),
                            line("Participant name:", 60, 80), line("Rosa M. Ibarra", 200, 80),
                            line("Long range vocational objective", 60, 120, 14),
                            line("Job title:", 60, 150), line("Dental office manager", 200, 150))])
    assert plan.data["ticketholder"]["name"] == {"first": "Rosa", "middle": "M.",
                                                 "last": "Ibarra"}
    assert plan.data["employment_goals"]["long_term"]["job_title"] == "Dental office manager"


def test_title_and_other_programme_are_signals() -> None:
    title_only = read_pages([page(line("Individual Work Plan (SSA-1370)", 150, 40, 16))])
    assert {"title", "form_number"} <= set(title_only.signals)
    assert title_only.kind == "unknown"  # a title alone is no evidence of a plan
    iwp = read_pages([page(line("Individual Work Plan (SSA-1370)", 150, 40, 16),
                           line("Employment Network", 60, 80, 14),
                           line("EN name:", 60, 100), line("Blue Heron Services", 200, 100),
                           line("PID:", 60, 114), line("P0071145", 200, 114),
                           line("Ticketholder", 60, 140, 14),
                           line("Ticketholder name:", 60, 160), line("Ada B. Lovell", 200, 160),
                           line("Ticketholder signature", 60, 220))])
    assert iwp.kind == "iwp" and "values" in iwp.signals
    pass_plan = read_pages([page(line("Plan for Achieving Self-Support", 150, 40, 16),
                                 line("This plan mentions Ticket to Work.", 60, 80))])
    assert "other_program" in pass_plan.signals and pass_plan.kind == "unknown"


def test_values_look_like_what_they_are() -> None:
    assert parse_date("03/04/2026") == dt.date(2026, 3, 4)
    assert parse_date("March 4, 2026") == dt.date(2026, 3, 4)
    assert parse_money("$1,300") == Decimal("1300.00")
    assert parse_money("1,300.00") == Decimal("1300.00")
    assert parse_money("no amount") is None


def test_label_and_value_in_one_ocr_run() -> None:
    scanned = page(line("Employment Network", 60, 40, 14),
                   line("EN name Northgate Pathways LLC", 60, 80),
                   line("PID", 60, 100), line("[P0091530", 120, 100))
    scanned.estimated = True
    plan = read_pages([scanned])
    assert plan.data["employment_network"]["name"] == "Northgate Pathways LLC"


def test_specks_are_never_values() -> None:
    plan = read_pages([page(line("Alternate Contact", 60, 40, 14), line("Name", 60, 80),
                            line(";", 200, 80))])
    assert "ticketholder" not in plan.data


def test_an_hourly_amount_is_not_the_monthly_earnings() -> None:
    # Layout B: the goal sentence gives the wage an hour; the month is a row of boxed ranges.
    plan = read_pages([page(line("Long-term goal", 60, 60, 14),
                            line("I will work 40 hours a week at $21.00 an hour.", 80, 90),
                            line("Expected monthly earnings (Should be at or above SGA):", 60, 110),
                            line("[ ] $1040-$2000 [ ] $2001-$3500 [X] $3501+", 80, 124))])
    goal = plan.data["employment_goals"]["long_term"]
    assert goal["monthly_earnings"] == Decimal("3501.00")
    assert goal["hourly_wage"] == Decimal("21.00")


def test_an_unchecked_range_row_gives_no_monthly_earnings() -> None:
    plan = read_pages([page(line("Long-term goal", 60, 60, 14),
                            line("Expected monthly earnings:", 60, 110),
                            line("[ ] $1040-$2000 [ ] $2001-$3500 [ ] $3501+", 80, 124))])
    assert "monthly_earnings" not in plan.data.get("employment_goals", {}).get("long_term", {})


def test_a_dash_does_not_split_its_line() -> None:
    # A dash's glyph box is a point high; its line must stay one phrase.
    words = line("[X] Job development - How the EN will provide it:", 60, 100)
    dash = next(w for w in words if w.text == "-")
    words[words.index(dash)] = Word("-", dash.x0, 103.5, dash.x1, 104.4, 10.0)
    plan = read_pages([page(line("Services and supports", 60, 60, 14), words,
                            line("We will update the resume and practise interviews twice.",
                                 80, 116))])
    service = plan.data["services"][0]
    assert service["service"] == "job_development"
    assert "resume" in service["description"]


def test_a_terms_heading_with_nothing_under_it_is_missing_not_a_doubt() -> None:
    plan = read_pages([page(line("Terms and Conditions", 60, 60, 14),
                            line("Signatures", 60, 100, 14))])
    assert "terms_and_conditions" not in plan.components
    assert "terms_and_conditions" not in plan.doubts


def test_a_description_goes_on_after_the_running_footer() -> None:
    first = page(line("Services and supports", 60, 40, 14), line("Job search", 60, 700),
                 line("Blue Heron | IWP for Rowan Tesfaye", 54, 754), line("Page 2", 500, 754),
                 boxes=[CheckBox(44, 700, 52, 708, True)])
    second = LayoutPage(2, words=line("We will send five matching job leads every week.", 60, 60))
    plan = read_pages([first, second])
    assert plan.data["services"][0]["description"] == \
        "We will send five matching job leads every week."


def test_stacked_signature_rows_keep_their_own_dates() -> None:
    # Layout B: caption, name and date on one row each; the EN's row has no date.
    plan = read_pages([page(line("Signatures", 60, 360, 14),
                            line("Beneficiary Signature", 64, 396), line("Hannelore K. Biggs", 220, 398),
                            line("Date", 420, 396), line("April 14, 2026", 460, 396),
                            line("EN Representative Signature", 64, 418),
                            line("Marcus T. Ellingsen", 220, 420), line("Date", 420, 418))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"]["date"] == dt.date(2026, 4, 14)
    assert "date" not in signatures["en_representative"]
    assert signatures["en_representative"]["method"] == "electronic"


def _blank_form_page() -> LayoutPage:
    """A fillable form's page with every field empty and every box unticked."""
    from iwp.read.layout import Widget

    fields = [Widget(f"Text{n}", "", "text", "", 200, 100 + 20 * n, 400, 112 + 20 * n)
              for n in range(4)]
    boxes = [Widget(f"Check Box {n}", "", "checkbox", "", 46, 300 + 16 * n, 54, 308 + 16 * n)
             for n in range(2)]
    form = page(line("Short-term goal", 60, 80, 14), line("Job title", 60, 100),
                line("Training / education (program, enrollment, completion date)", 60, 140),
                line("Services and supports", 60, 280, 14),
                line("Job search", 60, 300), line("Job coaching", 60, 316),
                line("Work history", 60, 360, 14),
                line("Employer", 60, 380), line("Job title", 200, 380), line("Dates", 340, 380),
                line("Employer", 60, 400), line("Job title", 200, 400), line("Dates", 340, 400),
                line("Signatures", 60, 500, 14), line("Ticketholder signature", 60, 530),
                line("Printed name", 260, 530))
    form.widgets = fields + boxes
    form.checkboxes = [CheckBox(b.x0, b.top, b.x1, b.bottom, False) for b in boxes]
    return form


def test_a_blank_form_reads_no_values_from_its_printed_text() -> None:
    plan = read_pages([_blank_form_page()])
    assert "employment_goals" not in plan.data
    assert "work_history" not in plan.data
    assert "signatures" not in plan.data


def test_services_printed_as_options_and_none_ticked_are_not_read() -> None:
    plan = read_pages([_blank_form_page()])
    assert "services" not in plan.data
    assert "services_and_supports" not in plan.components


def test_a_caption_run_into_the_value_before_it_is_split_off() -> None:
    # OCR left no gap: "Name: Rafael M. Santangelo SSN: 990-11-2233" reads as three phrases.
    plan = read_pages([page(line("Ticketholder", 54, 140, 14),
                            line("Name:", 54, 158),
                            line("Rafael M. Santangelo SSN:", 90, 158),
                            line("990-11-2233", 246, 158))])
    assert plan.data["ticketholder"]["ssn"] == "990-11-2233"
    assert plan.data["ticketholder"]["name"] == {"first": "Rafael", "middle": "M.",
                                                 "last": "Santangelo"}


def test_a_matrix_header_that_asks_ends_at_its_question_mark() -> None:
    # "Provided? How" printed close together are two column headers; the How cell of a
    # Yes row is its description, and the Who / How often cells are not part of it.
    plan = read_pages([page(line("Services and supports", 48, 660, 14),
                            line("Service", 48, 695), line("Provided? How", 151, 695),
                            line("Who", 415, 695), line("How often", 497, 695),
                            line("Job search", 48, 710), line("Yes", 164, 710),
                            line("Send job leads each week.", 203, 710),
                            line("Caspian Mbeki", 415, 710), line("Weekly", 497, 710))])
    [service] = plan.data["services"]
    assert service == {"service": "job_search", "category": "job_placement", "provided": True,
                       "description": "Send job leads each week.",
                       "provider": "Caspian Mbeki", "frequency": "Weekly"}


def test_a_services_table_that_runs_onto_the_next_page_keeps_its_columns() -> None:
    first = page(line("Services and supports", 48, 660, 14),
                 line("Service", 48, 695), line("Provided?", 151, 695), line("How", 203, 695),
                 line("Who", 415, 695), line("How often", 497, 695))
    second = LayoutPage(2, words=line("Job search", 48, 44) + line("Yes", 164, 44)
                        + line("Send job leads each week.", 203, 44)
                        + line("Caspian Mbeki", 415, 44) + line("Weekly", 497, 44))
    [service] = read_pages([first, second]).data["services"]
    assert (service["description"], service["provider"], service["frequency"]) == (
        "Send job leads each week.", "Caspian Mbeki", "Weekly")


def test_a_service_line_that_starts_its_description_after_a_dash() -> None:
    # Letter layout: "✓ Job search — Send job leads ..." wrapping onto "follow-up. (weekly)".
    plan = read_pages([page(line("What we will do for you", 62, 164, 14),
                            line("✓ Job search assistance — Send job leads each week and help with", 63, 256),
                            line("follow-up. (weekly)", 62, 269),
                            line("✓ Job accommodations — Help request an accommodation.", 63, 287),
                            boxes=[CheckBox(63, 256, 70, 263, True), CheckBox(63, 287, 70, 294, True)])])
    services = plan.data["services"]
    assert [(s["service"], s["description"]) for s in services] == [
        ("job_search", "Send job leads each week and help with follow-up. (weekly)"),
        ("job_accommodation", "Help request an accommodation.")]


def test_a_date_field_says_whose_signature_it_dates_in_its_tooltip() -> None:
    from iwp.read.layout import Widget

    form = page(line("Signatures", 60, 40, 14))
    form.widgets = [
        Widget("Text40", "Ticketholder signature", "text", "/s/ Rowan Tesfaye", 60, 100, 260, 112),
        Widget("Date_5", "Date signed by Ticketholder", "text", "05/17/2026", 300, 100, 400, 112),
        Widget("Date_6", "Date signed by EN representative", "text", "05/20/2026",
               300, 130, 400, 142)]
    signatures = read_pages([form]).data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 5, 17)}
    assert signatures["en_representative"]["date"] == dt.date(2026, 5, 20)


def test_a_caption_that_is_one_label_is_not_split() -> None:
    # "Short-term goal:" names its section; its last word "goal:" is not a caption apart.
    plan = read_pages([page(line("Short-term goal:", 62, 300),
                            line("Part-time library aide by December 31, 2026, working 18 hours a week",
                                 150, 300))])
    assert plan.data["employment_goals"]["short_term"]["job_title"] == "Part-time library aide"


# --- a table printed without its style sheet: no rulings, no space between rows -------------
# (an HTML form printed from a browser: right-aligned captions, values touching them, a
# caption centred on a two-line value; coordinates as Chromium lays out 16 px text)

def test_a_label_touching_its_typed_value_is_split_from_it() -> None:
    plan = read_pages([page(line("Short-term goal (the next 18 months)", 34, 472, 14),
                            line("Hours per week", 66, 537, 16), line("24", 150, 537, 16),
                            line("Expected monthly earnings $1,664.00", 36, 569, 16))])
    goal = plan.data["employment_goals"]["short_term"]
    assert goal["monthly_earnings"] == Decimal("1664.00")
    assert plan.evidence["employment_goals.short_term.monthly_earnings"].how.startswith("right of")


def test_rows_without_rulings_are_not_one_wrapped_value() -> None:
    plan = read_pages([page(line("Employment Network", 34, 174, 20),
                            line("Business model", 60, 238, 16), line("Traditional EN", 222, 238, 16),
                            line("77 Canal Street, Floor 2", 222, 255, 16),
                            line("Address", 106, 262, 16),  # centred on its two-line value
                            line("Riverton, WI 53999", 222, 269, 16),
                            line("Telephone", 101, 285, 16), line("(608) 555-0190", 222, 285, 16),
                            line("Ticketholder", 34, 366, 20),
                            line("Preferred contact", 40, 510, 16), line("Text message", 222, 510, 16),
                            line("Benefits", 76, 526, 16), line("SSI and SSDI", 222, 526, 16))])
    network = plan.data["employment_network"]
    street = network["address"]["street"]
    assert "77 Canal Street" in street and "Traditional" not in street
    assert "Riverton" in str(network["address"])  # the caption's own second line stays
    assert plan.data["ticketholder"]["preferred_contact"] == "Text message"


def test_goal_rows_run_on_under_the_last_goal_heading_of_the_page_before() -> None:
    first = LayoutPage(1, words=line("Short-term goal (the next 18 months)", 34, 472, 14)
                       + line("Job title", 90, 505, 16) + line("Stock clerk", 222, 505, 16)
                       + line("Long-term goal (3 to 5 years)", 34, 719, 14)
                       + line("Job title", 90, 740, 16) + line("Warehouse lead", 222, 740, 16))
    second = LayoutPage(2, words=line("Hours per week", 66, 47, 16) + line("40", 222, 47, 16)
                        + line("Expected monthly earnings $3,466.67", 36, 80, 16))
    goals = read_pages([first, second]).data["employment_goals"]
    assert goals["long_term"]["hours_per_week"] == 40
    assert goals["long_term"]["monthly_earnings"] == Decimal("3466.67")
    assert "hours_per_week" not in goals.get("short_term", {})


def test_a_date_stacked_under_its_signature_is_its_date() -> None:
    plan = read_pages([page(line("Signatures", 34, 250, 14),
                            line("Ticketholder", 34, 300, 12),
                            line("/s/ Jonah Whitcombe", 34, 330, 11),
                            line("Signature of Ticketholder", 34, 345, 9),
                            line("August 6, 2026", 34, 362, 11), line("Date signed", 34, 377, 9),
                            line("Jonah Whitcombe", 34, 395, 11), line("Printed name", 34, 410, 9),
                            line("Employment Network representative", 34, 440, 12),
                            line("Signature of Employment Network representative", 34, 480, 9),
                            line("Date signed", 34, 497, 9),
                            line("Priya N. Halvorsen", 34, 515, 11), line("Printed name", 34, 530, 9))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 8, 6)}
    # The EN's line is empty: its party heading above is no signature, its date line blank.
    assert "en_representative" not in signatures or "method" not in signatures["en_representative"]


# --- iwp's own layout read from its pages (no embedded plan) ---------------------------------

def test_a_goal_heading_with_another_under_it_does_not_head_the_column_below() -> None:
    # Stacked goal tables whose first heading is wide enough to reach the value column.
    plan = read_pages([page(line("Short-term goal (the next 18 months)", 55, 418, 10),
                            line("Target date", 55, 453), line("December 31, 2026", 232, 453),
                            line("Long-term goal (3 to 5 years)", 55, 602, 10),
                            line("Target date", 55, 636), line("June 30, 2029", 232, 636))])


def test_inline_captions_under_a_service_put_each_value_in_its_column() -> None:
    # "How:" with nothing after it is a description the page shows is blank; "Who:" and
    # "How often:" values are the provider and the frequency, never the description.
    plan = read_pages([page(line("Services and supports we will provide", 54, 190, 14),
                            line("Job development", 68, 220), line("How:", 68, 234),
                            line("Who:", 68, 248), line("Dana Reyes", 91, 248),
                            line("How often:", 150, 248), line("Weekly until hired", 200, 248),
                            line("Job search assistance", 68, 262), line("How:", 68, 276),
                            line("Send job leads each week.", 93, 276),
                            line("Who:", 68, 289), line("Dana Reyes", 91, 289),
                            boxes=[CheckBox(50, 220, 60, 228, True),
                                   CheckBox(50, 262, 60, 270, True)])])
    services = plan.data["services"]
    assert [(s["service"], s["description"], s.get("provider")) for s in services] == [
        ("job_development", "", "Dana Reyes"),
        ("job_search", "Send job leads each week.", "Dana Reyes")]
    assert services[0]["frequency"] == "Weekly until hired"
    assert not [d for d in plan.doubts if d.startswith("services")]


def test_an_empty_description_field_of_a_ticked_service_is_read_as_empty() -> None:
    from iwp.read.layout import Widget

    form = page(line("Services and supports", 60, 40, 14))
    form.widgets = [
        Widget("Check Box 8", "Service: Job development", "checkbox", "Yes", 46, 100, 54, 108,
               checked=True),
        Widget("Text39", "Describe the service: Job development", "text", "", 80, 100, 500, 112),
        Widget("Check Box 9", "Service: Training", "checkbox", "Off", 46, 120, 54, 128),
        Widget("Text40", "Describe the service: Training", "text", "", 80, 120, 500, 132)]
    services = read_pages([form]).data["services"]
    assert [(s["service"], s["provided"], s.get("description")) for s in services] == [
        ("job_development", True, ""), ("training", False, None)]


def _signature_boxes(ticketholder: list[list[Word]]) -> LayoutPage:
    """A grid's row of four boxes, caption above value: Ticketholder signature | Date
    signed | EN representative signature | Date signed, the EN's filled in."""
    edges = [43, 172, 305, 437, 570]
    rulings = [Ruling(43, 630, 570, 630), Ruling(43, 662, 570, 662)] + \
        [Ruling(x, 630, x, 662) for x in edges]
    return page(line("I have read this plan and I agree with the goals, the services and the "
                     "follow-up it sets out for me.", 48, 602),
                line("J. Signatures", 48, 618),
                line("TICKET HOLDER SIGNATURE", 48, 636, 7), line("DATE SIGNED", 181, 636, 7),
                line("EN REPRESENTATIVE SIGNATURE", 313, 636, 7),
                line("DATE SIGNED", 446, 636, 7),
                line("/s/ Caspian R. Mbeki", 312, 646), line("4/10/2026", 446, 646),
                *ticketholder, rulings=rulings)


def test_a_row_of_signature_boxes_gives_each_party_only_its_own_boxes() -> None:
    # The Ticketholder's boxes are empty: the EN's signature and date right of them are
    # the EN's, and the paragraph above the heading is no signature.
    signatures = read_pages([_signature_boxes([])]).data["signatures"]
    assert "ticketholder" not in signatures
    assert signatures["en_representative"]["date"] == dt.date(2026, 4, 10)
    # Signed but not dated: the EN's date is not the Ticketholder's.
    signed = read_pages([_signature_boxes([line("/s/ Wilhelmina Zielinski", 47, 646)])])
    assert signed.data["signatures"]["ticketholder"] == {"method": "electronic"}


def test_the_last_word_of_a_wrapped_description_is_not_a_caption() -> None:
    # A services cell wraps "... for a benefits / summary.": the lone "summary." ends the
    # sentence, it is no "Summary" caption taking the next row's description for its value.
    plan = read_pages([page(line("Services and supports", 54, 100, 14),
                            line("Service", 80, 140), line("What we will do", 200, 140),
                            line("Benefits counseling", 80, 154),
                            line("Refer to a WIPA project within 30 days for a benefits", 200, 154),
                            line("summary.", 200, 166),
                            line("Job development", 80, 190),
                            line("Update the resume and practise interviews twice.", 200, 190))])
    assert "summary" not in plan.data.get("discussion", {})
    assert plan.data["services"][0]["description"].endswith("for a benefits summary.")


def test_the_text_finders_take_no_wrapped_sentence_end_for_a_heading() -> None:
    from iwp.check.textlayer import find_components

    lines = [TextLine(2, 700 - 14 * n, text, segments=[(176.0, text)]) for n, text in enumerate([
        "Section 4. Services and Supports",
        "Work Help Line within 30 days for a benefits", "summary.",
        "Update the resume around spreadsheets, practise interviews twice, and contact",
        "employers with matching openings."])]
    parsed = ParsedPdf(path="other-en.pdf", page_count=2, source="text", lines=lines)
    found = find_components(parsed, ["discussion_summary"], dt.date(2026, 6, 12))
    assert found["discussion_summary"].status == "missing"


def test_an_alternate_contact_written_as_a_sentence_with_a_hyphenated_name() -> None:
    plan = read_pages([page(line("3. Someone we can call if we cannot reach you", 62, 459, 14),
                            line("Emeric Pemberton-Rao (friend), (502) 555-0190, 8573 Lantern Row",
                                 62, 486))])
    assert plan.data["ticketholder"]["alternate_contact"]["name"] == "Emeric Pemberton-Rao"


def test_an_alternate_contact_sentence_without_a_name_read_is_a_doubt() -> None:
    # Written there in a shape the reader does not know: not an empty section.
    plan = read_pages([page(line("3. Someone we can call if we cannot reach you", 62, 459, 14),
                            line("your aunt on (502) 555-0190 in the evenings", 62, 486))])
    assert "alternate_contact" not in plan.data.get("ticketholder", {})
    assert "alternate_contact" in plan.doubts


def test_a_value_wrapped_in_its_table_cell_stays_whole() -> None:
    # "representative" alone on the cell's second line looks like a caption, but the
    # ruled cell holds one value.
    rulings = [Ruling(50, 50, 554, 50), Ruling(50, 75, 554, 75), Ruling(50, 50, 50, 75),
               Ruling(194, 50, 194, 75), Ruling(374, 50, 374, 75), Ruling(554, 50, 554, 75)]
    plan = read_pages([page(line("Employment goals", 54, 10, 14),
                            line("Short-term goal", 198, 30), line("Long-term goal", 378, 30),
                            line("Job title", 54, 53), line("Part-time customer service", 198, 53),
                            line("representative", 198, 64),
                            line("Customer service team lead", 378, 53), rulings=rulings)])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["job_title"] == "Part-time customer service representative"
    assert goals["long_term"]["job_title"] == "Customer service team lead"


def test_a_wide_goal_heading_is_no_column_header_for_the_next_goal() -> None:
    # The long-term line's date starts right of its own heading's end but under the wider
    # short-term heading above it: it is the long-term goal's.
    plan = read_pages([page(
        line("Immediate vocational objective (within the next twelve months)", 54, 60, 12),
        line("Occupation:", 54, 76), line("Part-time stock clerk", 114, 76),
        line("By:", 240, 76), line("December 31, 2026", 260, 76),
        line("Long range vocational objective (3 to 5 years)", 54, 110, 12),
        line("Occupation:", 54, 126), line("Full-time assistant store manager", 114, 126),
        line("By:", 340, 126), line("June 30, 2029", 360, 126))])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["target_date"] == dt.date(2026, 12, 31)
    assert goals["long_term"]["target_date"] == dt.date(2029, 6, 30)


def test_a_section_named_at_the_end_of_a_heading_is_that_section() -> None:
    from iwp.read import vocabulary as vocab

    best = vocab.match("Section 4: Employment Network supports and services", ("sections",))[0]
    assert best.key == "services"


def test_service_list_details_and_a_follow_up_table_under_it() -> None:
    boxes = [CheckBox(55, 312, 62, 320, True), CheckBox(55, 383, 62, 391, False),
             CheckBox(55, 400, 62, 408, False)]
    plan = read_pages([page(line("Section 4: Employment Network supports and services", 55, 248, 12),
                            line("☒ Benefits counseling", 55, 312),
                            line("We will refer her to a WIPA project within 30 days and help", 78, 326),
                            line("her prepare questions before the appointment.", 78, 339),
                            line("Provided by:", 78, 352, 9), line("WIPA project · How often:", 133, 352, 9),
                            line("Once", 300, 352, 9),
                            line("☐ Goal setting", 55, 383), line("☐ Job coaching", 55, 400),
                            line("Follow-up contact", 55, 430, 12),
                            line("Ongoing support phase (from", 55, 450), line("Quarterly", 232, 450),
                            line("the Phase 2 milestones)", 55, 463),
                            boxes=boxes)])
    services = plan.data["services"]
    assert [s["service"] for s in services] == ["benefits_counseling", "goal_setting",
                                                "job_coaching"]
    first = services[0]
    assert first["provided"] is True and first["provider"].startswith("WIPA project")
    assert first["description"] == ("We will refer her to a WIPA project within 30 days and "
                                    "help her prepare questions before the appointment.")
    assert services[1]["provided"] is False and services[2]["provided"] is False


def test_an_amendments_change_column_is_no_description() -> None:
    plan = read_pages([page(line("Revised Services and Supports", 48, 40, 12),
                            line("Service", 48, 80), line("Change", 190, 80),
                            line("Description", 280, 80), line("Provider", 470, 80),
                            line("Training", 48, 100), line("Added", 190, 100),
                            line("Regional center", 470, 100),
                            line("Job retention and", 48, 120), line("Continued", 190, 120),
                            line("Monthly check-ins for the first", 280, 120),
                            line("Ann Lee", 470, 120),
                            line("ongoing support", 48, 131), line("year of work.", 280, 131))])
    services = plan.data["services"]
    assert [(s["service"], s["change"]) for s in services] == [("training", "added"),
                                                               ("job_retention", "continued")]
    # Added, and its description cell empty: read as empty, so the judge can say so.
    assert services[0]["description"] == ""
    assert services[1]["description"] == "Monthly check-ins for the first year of work."


def test_a_goal_heading_after_a_sentence_is_not_the_sentence_running_on() -> None:
    plan = read_pages([page(line("Short-term goal (the next 18 months)", 44, 93, 14),
                            line("Hours per week", 44, 150, 14), line("24", 260, 150, 14),
                            line("No education or training is needed for this goal.", 44, 420, 14),
                            line("Long-term goal (3 to 5 years)", 44, 440, 14),
                            line("Hours per week", 44, 480, 14), line("40", 260, 480, 14))])
    goals = plan.data["employment_goals"]
    assert (goals["short_term"]["hours_per_week"], goals["long_term"]["hours_per_week"]) == (
        24, 40)


def test_a_signature_date_split_from_its_caption_by_a_page_break() -> None:
    first = LayoutPage(1, words=line("Ticketholder", 57, 731, 11)
                       + line("/s/ Jonah Whitcombe", 57, 751, 11)
                       + line("Signature of Ticketholder", 58, 779, 9)
                       + line("August 6, 2026", 57, 793, 11))
    second = LayoutPage(2, words=line("Date signed", 57, 31, 9) + line("Jonah Whitcombe", 57, 45, 11)
                        + line("Printed name", 57, 59, 9)
                        + line("Employment Network representative", 57, 93, 11)
                        + line("/s/ Priya N. Halvorsen", 57, 113, 11)
                        + line("Signature of Employment Network representative", 58, 140, 9)
                        + line("August 7, 2026", 57, 155, 11) + line("Date signed", 57, 168, 9))
    signatures = read_pages([first, second]).data["signatures"]
    assert signatures["ticketholder"]["date"] == dt.date(2026, 8, 6)
    assert signatures["en_representative"]["date"] == dt.date(2026, 8, 7)


def test_an_amendments_change_column_and_a_service_name_cut_after_and() -> None:
    # Service | Change | Description: "Added", "Ended", "Continued" are the change, not
    # the description; "Job retention and / ongoing support" is one service; an added
    # service's empty description cell is read as empty.
    plan = read_pages([page(line("Revised services and supports", 54, 395, 14),
                            line("Service", 54, 406), line("Change", 155, 406),
                            line("Description", 217, 406),
                            line("Training", 54, 424), line("Added", 155, 424),
                            line("Job search", 54, 459), line("Ended", 155, 459),
                            line("Ended because the job offer was accepted.", 217, 459),
                            line("Job retention and", 54, 483), line("Continued", 155, 483),
                            line("Monthly check-ins for a year.", 217, 483),
                            line("ongoing support", 54, 494))])
    services = plan.data["services"]
    assert [(s["service"], s["change"], s.get("description")) for s in services] == [
        ("training", "added", ""),
        ("job_search", "ended", "Ended because the job offer was accepted."),
        ("job_retention", "continued", "Monthly check-ins for a year.")]


def test_a_description_under_the_how_header_names_no_service() -> None:
    # "Check in after hire ..." reads like the follow-up service, but it stands under the
    # matrix's "How" header: it is the job retention row's description.
    plan = read_pages([page(line("Services and supports", 48, 120, 14),
                            line("Service", 48, 150), line("Provided?", 151, 150),
                            line("How", 203, 150), line("Who", 415, 150),
                            line("Job retention", 48, 186), line("Yes", 164, 186),
                            line("Check in after hire to help with schedules,", 203, 186),
                            line("Caspian Mbeki", 415, 186),
                            line("accommodations and earnings reports.", 203, 196))])
    assert [s["service"] for s in plan.data["services"]] == ["job_retention"]


def test_follow_up_rows_whose_captions_name_the_phase() -> None:
    # Stacked captions ending in ':' are rows of their own (not one wrapped phrase), and
    # each caption says the phase of the frequency on its row.
    plan = read_pages([page(line("Staying in touch", 54, 464, 14),
                            line("Before you have a job:", 54, 486),
                            line("at least once a month", 170, 486),
                            line("After you start working:", 54, 497),
                            line("at least once every 3 months", 170, 497),
                            line("How:", 54, 508), line("telephone, email, in person", 82, 508))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_follow_up_rows_both_quarterly() -> None:
    # The same frequency on both rows: each row's caption still gives its phase.
    plan = read_pages([page(line("Follow-up contact", 54, 410, 14),
                            line("While looking for work", 54, 426),
                            line("At least once every three months, by telephone", 205, 426),
                            line("After starting work", 54, 444),
                            line("At least once every three months, by telephone", 205, 444))])
    assert plan.data["follow_up"] == {"initial_phase": "quarterly", "ongoing_phase": "quarterly"}


def test_a_ticked_box_gives_the_discussion_modality_and_a_methods_field_is_not_it() -> None:
    from iwp.read.layout import Widget

    form = page(line("Discussion", 60, 40, 14))
    form.widgets = [
        Widget("Check Box 4", "Discussion held by in person", "checkbox", "Off", 46, 100, 54, 108),
        Widget("Check Box 6", "Discussion held by video call", "checkbox", "Yes", 146, 100,
               154, 108, checked=True),
        Widget("Text45", "Follow-up contact methods", "text", "Telephone, email", 80, 300,
               500, 312)]
    assert read_pages([form]).data["discussion"] == {"modality": "video"}


def test_a_box_typed_onto_a_bulleted_service_name_says_whether_it_is_given() -> None:
    # LibreOffice's import of an HTML list: "• ☐Goal setting", the box glued to the name.
    plan = read_pages([page(line("Section 4: Employment Network supports and services", 40, 30, 12),
                            line("• ☒Benefits counseling", 50, 60),
                            line("We will meet him twice to explain his work incentives.", 70, 74),
                            line("• ☐Goal setting", 50, 95), line("• ☐Job coaching", 50, 110))])
    provided = {s["service"]: s["provided"] for s in plan.data["services"]}
    assert provided == {"benefits_counseling": True, "goal_setting": False,
                        "job_coaching": False}


def _ruled_services_table(header: list[tuple[str, float]], rows: list[list[tuple[str, float, float]]],
                          columns: list[float], top: float = 80.0, row_height: float = 26.0
                          ) -> LayoutPage:
    """A ruled services table: ``header`` (text, x) on its first row, then ``rows`` of (text,
    x, top offset in the row) pieces; ``columns`` are the x of its vertical borders."""
    words = [w for text, x in header for w in line(text, x, top + 4)]
    bottom = top + row_height * (len(rows) + 1)
    rulings = [Ruling(50, top + row_height * n, 560, top + row_height * n)
               for n in range(len(rows) + 2)]
    rulings += [Ruling(x, top, x, bottom) for x in columns]
    for n, row in enumerate(rows, start=1):
        for text, x, offset in row:
            words += line(text, x, top + row_height * n + offset)
    return page(line("Services and Supports", 60, 40, 14), words, rulings=rulings)


def test_a_word_reaching_past_its_rows_border_stays_in_its_row() -> None:
    # On a scan OCR's box of "applications" reaches 3 pt past the border under its row: the
    # second line still continues the description in the row above.
    layout = _ruled_services_table(
        [("Service", 60), ("Description", 180)],
        [[("Job search", 60, 3), ("Send job leads each week and help with", 180, 3)],
         [("Job coaching", 60, 3), ("Weekly coaching at the job site", 180, 3)]],
        columns=[50, 170, 560])
    second = line("applications and follow-up.", 180, 80 + 26 + 13)
    for word in second:
        word.bottom = 80 + 52 + 3  # below the border at 132
    layout.words += second
    services = read_pages([layout]).data["services"]
    assert [s["service"] for s in services] == ["job_search", "job_coaching"]
    assert services[0]["description"] == ("Send job leads each week and help with "
                                          "applications and follow-up.")


def test_a_service_word_in_a_column_whose_header_was_not_read_names_no_service() -> None:
    # The description column's header ("What we will do") was lost to OCR; its "Check in
    # after hire" cell still lies beside the Service column's cell, so it is a description.
    layout = _ruled_services_table(
        [("Service", 60), ("Provided by", 400), ("How often", 480)],
        [[("Job retention", 60, 3), ("Check in after hire to help with schedules", 180, 3),
          ("Ann Lee", 400, 3), ("Monthly", 480, 3)]],
        columns=[50, 170, 390, 470, 560])
    services = read_pages([layout]).data["services"]
    assert [(s["service"], s.get("description")) for s in services] == [
        ("job_retention", "Check in after hire to help with schedules")]


def test_a_colon_ocr_boxed_over_the_next_word_does_not_end_a_caption() -> None:
    words = line("Check in after hire to help: with schedules", 180, 110)
    words[5].x1 = words[6].x0 + 0.7  # "help:" overlaps "with": a speck read as a colon
    layout = _ruled_services_table(
        [("Service", 60), ("Provided by", 400)],
        [[("Job retention", 60, 3), ("Ann Lee", 400, 3)]], columns=[50, 170, 390, 560])
    layout.words += words
    services = read_pages([layout]).data["services"]
    assert services[0]["description"] == "Check in after hire to help: with schedules"


def test_a_heading_keeps_its_number_when_ocr_lost_the_words_between() -> None:
    # "Section 3. [Employment] Goals": the heading governs the table starting under its
    # number, not only what lies under the word "Goals".
    rulings = [Ruling(50, 88, 560, 88), Ruling(50, 104, 560, 104), Ruling(50, 120, 560, 120),
               Ruling(50, 88, 50, 120), Ruling(190, 88, 190, 120), Ruling(370, 88, 370, 120),
               Ruling(560, 88, 560, 120)]
    plan = read_pages([page(line("Section 3.", 54, 50, 13), line("Goals", 178, 50, 13),
                            line("Short-term goal", 200, 70), line("Long-term goal", 380, 70),
                            line("Hourly wage", 54, 91), line("$18.00", 200, 91),
                            line("$23.00", 380, 91),
                            line("Target date", 54, 107), line("December 31, 2026", 200, 107),
                            line("June 30, 2029", 380, 107), rulings=rulings)])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["hourly_wage"] == Decimal("18.00")
    assert goals["long_term"]["target_date"] == dt.date(2029, 6, 30)


# --- questionnaires: numbered questions with the answers under them ------------------------

def question(number: int, text: str, top: float, answer: str | None = None) -> list[Word]:
    """A bold numbered question at the left margin and its answer indented under it."""
    words = line(f"{number}. {text}", 50, top)
    if answer is not None:
        words += line(answer, 64, top + 12)
    return words


def test_a_question_is_the_label_of_the_answer_under_it() -> None:
    plan = read_pages([page(line("Part B – About you", 50, 40, 12),
                            question(6, "What is your full name?", 70, "Rosalind E. Ashworth"),
                            question(7, "What is your Social Security number?", 100,
                                     "908-18-3265"))])
    assert plan.data["ticketholder"]["name"] == {"first": "Rosalind", "middle": "E.",
                                                 "last": "Ashworth"}
    assert plan.data["ticketholder"]["ssn"] == "908-18-3265"
    assert plan.evidence["ticketholder.ssn"].how.startswith("below the label '7. What is")


def test_a_questions_wording_labels_only_a_question() -> None:
    from iwp.read import vocabulary as vocab

    assert vocab.match("6. What is your full name?")[0].key == "ticketholder.name"
    assert not vocab.match("What is your full name")  # a sentence, not a question


def test_a_questions_answer_ends_at_the_next_question() -> None:
    # Question 5's answer does not look like a name; the name under question 6 (a question
    # the vocabulary does not know) looks more like one, but is not question 5's answer.
    plan = read_pages([page(line("Part A – About the Employment Network", 50, 40, 12),
                            question(5, "Who is your contact at the Employment Network?", 70,
                                     "our office staff, Employment Specialist (any)"),
                            question(6, "Who referred you to us?", 100, "Marigold Quenby"))])
    assert plan.data.get("employment_network", {}).get("representative", {}).get("name") \
        == "our office staff, Employment Specialist (any)"


def test_questions_asked_again_under_each_goal_belong_to_that_goal() -> None:
    plan = read_pages([page(line("Part E – Your goals", 50, 40, 12),
                            question(21, "What kind of work are you looking for in the next year?",
                                     70, "Part-time pharmacy technician trainee"),
                            question(23, "About how much would you earn each month?", 100,
                                     "$1,386.67"),
                            question(24, "By when do you want to reach this goal?", 130,
                                     "12/31/2026"),
                            question(25, "What work do you want to be doing in three to five "
                                         "years?", 160, "Certified pharmacy technician"),
                            question(27, "About how much would you earn each month?", 190,
                                     "$3,726.67"),
                            question(28, "By when do you want to reach this goal?", 220,
                                     "06/30/2029"))])
    goals = plan.data["employment_goals"]
    assert goals["short_term"] == {"job_title": "Part-time pharmacy technician trainee",
                                   "monthly_earnings": Decimal("1386.67"),
                                   "target_date": dt.date(2026, 12, 31)}
    assert goals["long_term"] == {"job_title": "Certified pharmacy technician",
                                  "monthly_earnings": Decimal("3726.67"),
                                  "target_date": dt.date(2029, 6, 30)}


def test_an_answer_that_gives_several_figures_gives_each() -> None:
    plan = read_pages([page(line("Part E – Your goals", 50, 40, 12),
                            question(21, "What kind of work are you looking for in the next year?",
                                     70, "Part-time clerk"),
                            question(22, "How many hours a week, and at what hourly wage?", 100,
                                     "20 hours a week at $16.00 an hour"))])
    goal = plan.data["employment_goals"]["short_term"]
    assert goal["hours_per_week"] == 20
    assert goal["hourly_wage"] == Decimal("16.00")
    assert "employment_goals.short_term.hours_per_week" not in plan.doubts


def test_a_whole_goal_in_one_answer() -> None:
    plan = read_pages([page(line("Part C – Your updated goals", 50, 40, 12),
                            question(7, "What is your updated goal for the next year?", 70,
                                     "Part-time warehouse associate — 32 hours a week at $16.00 "
                                     "an hour, about $2,218.67 a month, by 01/11/2027"))])
    assert plan.data["employment_goals"]["short_term"] == {
        "job_title": "Part-time warehouse associate", "hours_per_week": 32,
        "hourly_wage": Decimal("16.00"), "monthly_earnings": Decimal("2218.67"),
        "target_date": dt.date(2027, 1, 11)}


def test_the_chosen_radio_option_is_the_answer() -> None:
    plan = read_pages([page(line("Part C – Our planning conversation", 50, 40, 12),
                            question(17, "How did we meet?", 70),
                            line("○ In person", 65, 82), line("◉ Telephone", 140, 82),
                            line("○ Video call", 220, 82),
                            question(12, "How do you prefer that we contact you?", 100),
                            line("○ Phone", 65, 112), line("○ Email", 113, 112))])
    assert plan.data["discussion"]["modality"] == "telephone"
    assert "preferred_contact" not in plan.data.get("ticketholder", {})  # none chosen


def test_radio_marks_are_check_boxes() -> None:
    from iwp.read.layout import glyph_checkboxes

    options = page(line("◉ Yes", 64, 100), line("○ No", 103, 100))
    glyph_checkboxes(options)
    assert [box.checked for box in options.checkboxes] == [True, False]


def test_services_asked_one_by_one_with_radio_answers() -> None:
    plan = read_pages([page(
        line("Part F – Services and supports", 50, 40, 12),
        question(30, "Will the EN help with job development?", 70),
        line("◉ Yes", 64, 82), line("○ No", 103, 82), line("— how:", 138, 82),
        line("Update the resume and practise interviews twice, and contact", 175, 82),
        line("employers with matching openings.", 64, 94),
        line("Who:", 64, 106), line("Cordelia Fisk", 91, 106), line("How often:", 200, 106),
        line("Weekly", 260, 106),
        question(31, "Will the EN help with job coaching?", 122),
        line("○ Yes", 64, 134), line("◉ No", 100, 134),
        question(32, "Will the EN help with benefits counseling?", 150),
        line("◉ Yes", 64, 162), line("○ No", 103, 162), line("— how:", 138, 162),
        line("Who:", 64, 174), line("WIPA project", 91, 174))])
    development, coaching, benefits = plan.data["services"]
    assert development["service"] == "job_development" and development["provided"] is True
    assert development["description"].startswith("Update the resume")
    assert development["description"].endswith("matching openings.")  # not the option's
    assert development["provider"] == "Cordelia Fisk"
    assert development["frequency"] == "Weekly"
    assert coaching == {"service": "job_coaching", "category": "career_planning",
                        "provided": False}
    assert benefits["provided"] is True and benefits["description"] == ""


def test_an_amendments_service_question_says_the_change() -> None:
    plan = read_pages([page(
        line("Amendment to Your Individual Work Plan", 50, 20, 14),
        line("Part D – Changes to your services", 50, 40, 12),
        question(9, "Will the EN add training?", 70),
        line("◉ Yes", 64, 82), line("○ No", 103, 82), line("— how:", 138, 82),
        line("Pay for a short supervisory skills course.", 175, 82),
        question(10, "Will the EN stop job search assistance?", 100),
        line("◉ Yes", 64, 112), line("○ No", 103, 112),
        question(11, "Will the EN keep providing job coaching?", 130),
        line("○ Yes", 64, 142), line("◉ No", 103, 142))])
    changes = {s["service"]: s.get("change") for s in plan.data["services"]}
    assert changes == {"training": "added", "job_search": "ended", "job_coaching": "ended"}


def test_options_not_chosen_say_nothing_about_follow_up() -> None:
    plan = read_pages([page(
        line("Part G – Staying in touch", 50, 40, 12),
        question(37, "How often will the EN contact you while you are looking for work?", 70),
        line("◉ Every month", 64, 82), line("○ Every three months", 141, 82),
        question(38, "How often will the EN contact you after you start working?", 100),
        line("○ Every month", 64, 112), line("◉ Every three months", 139, 112))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_a_person_and_their_relation_in_one_answer() -> None:
    plan = read_pages([page(question(14, "If yes, who is that person and how are they related "
                                         "to you?", 70, "Percival Ashworth (Sister)"),
                            question(15, "What is their phone number and address?", 100,
                                     "(612) 555-0182 · 1377 Heron Bend, Reedsport, MN 55999"))])
    contact = plan.data["ticketholder"]["alternate_contact"]
    assert contact == {"name": "Percival Ashworth", "relationship": "Sister",
                       "phone": "(612) 555-0182"}


def test_a_value_ending_in_the_next_inline_caption_is_cut_before_it() -> None:
    from iwp.read.plan import _split_trailing_label
    from iwp.read.pairing import Phrase

    words = line("Cordelia M. Aranda-Fisk How often:", 91, 100)
    phrase = Phrase(" ".join(w.text for w in words), words[0].x0, 100, words[-1].x1, 107, 1,
                    words=words)
    assert [p.text for p in _split_trailing_label(phrase)] == ["Cordelia M. Aranda-Fisk",
                                                               "How often:"]


# --- e-signature certificates ---------------------------------------------------------------

def certificate(*signers: tuple[str, str, str, str]) -> LayoutPage:
    """A "Certificate of Completion" page: per signer (caption, name, role, status) and a
    "Signed on:" line with the status's date, if any."""
    words = line("Certificate of Completion", 40, 40, 12) + \
        line("Envelope ID", 56, 66, 8.6) + line("4E19514B-179F-03E1", 173, 66, 8.6)
    top = 140.0
    for caption, name, role, status in signers:
        words += line(f"{caption}: {name}", 56, top, 8.6)
        words += line(f"Signer role: {role}", 56, top + 10, 8.6)
        words += line(f"Email: {name.split()[0].lower()}@example.com", 56, top + 20, 8.6)
        words += line(f"Status: {status.split(' | ')[0]}", 407, top, 8.6)
        if " | " in status:
            words += line(f"Signed on: {status.split(' | ')[1]}", 407, top + 18, 8.6)
        top += 42
    return LayoutPage(4, words=words)


def test_an_e_signature_certificate_gives_each_signers_signature_and_date() -> None:
    plan = read_pages([certificate(
        ("Signed by", "Rosalind Ashworth", "Ticket Holder", "Signed | 02/02/2026 12:38 PM EST"),
        ("Signed by", "Cordelia M. Aranda-Fisk", "Employment Network Representative",
         "Signed | 02/03/2026 3:57 PM EST"))])
    assert plan.data["signatures"] == {
        "ticketholder": {"method": "electronic", "date": dt.date(2026, 2, 2)},
        "en_representative": {"method": "electronic", "date": dt.date(2026, 2, 3),
                              "name": "Cordelia M. Aranda-Fisk"}}
    assert "employment_network" not in plan.data  # the role is no caption of the EN's name


def test_a_signer_the_certificate_still_awaits_has_not_signed() -> None:
    plan = read_pages([certificate(
        ("Recipient", "Anika Castellane", "Ticket Holder", "Sent – awaiting signature"),
        ("Signed by", "Cordelia M. Aranda-Fisk", "Employment Network Representative",
         "Signed | 02/09/2026 2:10 PM EST"))])
    assert "ticketholder" not in plan.data["signatures"]
    assert plan.data["signatures"]["en_representative"]["method"] == "electronic"


def test_a_signature_the_certificate_records_without_a_date_is_undated() -> None:
    plan = read_pages([certificate(
        ("Signed by", "Bartholomew Hale", "Ticket Holder", "Signed | — (no date recorded)"))])
    assert plan.data["signatures"]["ticketholder"] == {"method": "electronic"}


def test_a_part_lettered_heading_is_named_by_its_words() -> None:
    from iwp.read import vocabulary as vocab

    assert vocab.match("Part B – About you", ("sections",))[0].key == "ticketholder"
    assert vocab.match("Part J – Signatures", ("sections",))[0].key == "signatures"


def test_a_name_in_a_signature_style_over_the_printed_name_is_a_signature() -> None:
    from iwp.read.layout import Rect

    signed_box, unsigned_box = Rect(42, 110, 247, 175), Rect(262, 110, 467, 175)
    sheet = page(line("Part J – Signatures", 50, 60, 12),
                 line("TICKET HOLDER", 59, 116, 8), line("Rosalind Ashworth", 58, 128, 19),
                 line("Rosalind Ashworth", 59, 150, 9.6), line("Date:", 59, 162, 9.6),
                 line("02/02/2026", 84, 162, 9.6),
                 line("EMPLOYMENT NETWORK REPRESENTATIVE", 270, 116, 8),
                 line("Cordelia Fisk", 270, 150, 9.6), line("Date:", 270, 162, 9.6))
    sheet.rects = [signed_box, unsigned_box]
    plan = read_pages([sheet])
    assert plan.data["signatures"] == {"ticketholder": {"method": "electronic",
                                                        "date": dt.date(2026, 2, 2)}}


def test_a_heading_parted_from_its_part_number_by_a_gap_is_still_a_heading() -> None:
    # OCR of a printed form: "PART 10 -" and "TICKETHOLDER'S STATEMENT" come back as two
    # phrases a little apart; the number is the heading's, not text running on into it.
    statement = ("I have chosen to work with this Employment Network under the Ticket to "
                 "Work program and I understand that taking part is voluntary.")
    plan = read_pages([page(line("PART 10 -", 60, 60, 10), line("TICKETHOLDER'S STATEMENT",
                                                               115, 60, 10),
                            line(statement[:80], 60, 80), line(statement[80:], 60, 94),
                            line("PART 11 -", 60, 120, 10), line("SIGNATURES", 115, 120, 10))])
    assert "statement_of_understanding" in plan.components
    assert "statement_of_understanding" not in plan.doubts


def test_words_running_on_into_a_section_name_still_make_it_text() -> None:
    # The rule above is for numbering only: a sentence ending just before a section's
    # name on its line keeps that name from being a heading.
    plan = read_pages([page(line("Ask us about", 60, 60, 10), line("TICKETHOLDER'S STATEMENT",
                                                                  128, 60, 10),
                            line("I have chosen to work with this Employment Network under "
                                 "the Ticket to Work program.", 60, 80))])
    assert "statement_of_understanding" not in plan.components


def test_a_scanned_date_whose_slashes_ocr_read_as_ones_is_a_date() -> None:
    plan = read_pages([page(line("IWP discussion", 60, 60, 14),
                            line("Date of meeting:", 60, 90), line("0211612026", 160, 90))])
    assert plan.data["discussion"]["date"] == dt.date(2026, 2, 16)
    assert "discussion.date" not in plan.doubts
    # Only a lone token with a valid month and day: a phone number is no date.
    assert parse_date("6125550148") is None and parse_date("0213412026") is None
    assert parse_date("ref 0211612026-b") is None


def test_a_service_row_at_a_page_end_stops_where_the_next_page_starts_a_row() -> None:
    # Photos of two sheets: the second sheet's table lies 9 pt further right. The last row
    # of page 1 has no details; page 2's first row ("Training") is another service.
    first = page(line("Services and supports", 60, 40, 14),
                 line("Service", 60, 70), line("Provider", 220, 70), line("Details", 360, 70),
                 line("Benefits counseling", 60, 90), line("WIPA project", 220, 90),
                 line("Refer to a WIPA project within 30 days for a benefits summary.", 360, 90),
                 line("Job development", 60, 740), line("Ann Lee", 220, 740))
    second = LayoutPage(2, words=line("Training", 69, 60) + line("Ann Lee", 229, 60) +
                        line("Pay tuition for the certified course and review each term.",
                             369, 60))
    services = read_pages([first, second]).data["services"]
    development = next(s for s in services if s["service"] == "job_development")
    training = next(s for s in services if s["service"] == "training")
    assert development["description"] == ""  # named a provider: given, with nothing to say
    assert "tuition" in training["description"]


def test_a_numbered_heading_whose_point_ocr_read_as_a_comma_is_a_heading() -> None:
    plan = read_pages([page(line("2. About you", 60, 40, 12),
                            line("Beneficiary  Yolanda C. Blackwood", 60, 60),
                            line("3, Someone we can call if we cannot reach you", 60, 90, 12),
                            line("Bartholomew Blackwood (aunt), (802) 555-0115, 1957 Wickham "
                                 "Place, Hollis Ferry, VT 05999", 60, 110))])
    assert "alternate_contact" in plan.components



def _signing_block(*groups: list[Word]) -> LayoutPage:
    """A paper form's signing block: each party signs on a rule with its caption under it
    ("<party> signature   Printed name: <name>   Date")."""
    return page(*groups,
                line("Ticketholder signature", 50, 649, 8), line("Printed name:", 150, 649, 8),
                line("Tobias Vasconcelos", 205, 649, 8), line("Date", 368, 649, 8),
                line("EN representative signature", 50, 683, 8),
                line("Printed name:", 170, 683, 8), line("Henrike A. Solberg", 225, 683, 8),
                line("Date", 368, 683, 8),
                rulings=[Ruling(50, 646, 560, 647), Ruling(50, 680, 560, 681)])


def test_a_date_on_the_rule_over_a_caption_is_that_captions() -> None:
    # The EN's date, written on the EN's line, lies nearer the Ticketholder's caption above
    # than the EN's caption under it.
    plan = read_pages([_signing_block(line("SIGNATURES", 50, 600),
                                      line("/s/ Henrike A. Solberg", 60, 664),
                                      line("02/06/2026", 373, 664))])
    assert plan.data["signatures"]["en_representative"]["date"] == dt.date(2026, 2, 6)
    assert "date" not in plan.data["signatures"].get("ticketholder", {})


def test_a_printed_name_after_its_caption_is_no_signature() -> None:
    plan = read_pages([_signing_block(line("SIGNATURES", 50, 600),
                                      line("/s/ Henrike A. Solberg", 60, 664))])
    assert "method" not in plan.data["signatures"].get("ticketholder", {})
    assert plan.data["signatures"]["en_representative"]["method"] == "electronic"


def test_a_headings_number_read_apart_is_no_signature() -> None:
    # "PART 11 -" and "SIGNATURES" read as two phrases just over a blank signing line.
    plan = read_pages([_signing_block(line("PART 11 -", 50, 620), line("SIGNATURES", 105, 620))])
    assert "method" not in plan.data.get("signatures", {}).get("ticketholder", {})


def test_a_signature_date_that_lost_a_digit_is_a_doubt() -> None:
    # A fax streak wiped the last digit of the EN's date: no date, but a person must look.
    plan = read_pages([_signing_block(line("SIGNATURES", 50, 600),
                                      line("/s/ Henrike A. Solberg", 60, 664),
                                      line("02/12/202", 373, 664))])
    assert "date" not in plan.data["signatures"]["en_representative"]
    assert "02/12/202" in plan.doubts["signatures.en_representative.date"]
    assert "signatures.ticketholder.date" not in plan.doubts


def leader_line(label: str, value: str, top: float, value_x: float = 480.0) -> list[Word]:
    """A "Label ........ value" line: the dots are a leader, no words of their own; the
    label's last word leads to the value's first (``value`` may be empty)."""
    words = line(label, 60, top)
    words[-1].leads = True
    if value:
        value_words = line(value, value_x, top)
        value_words[0].after_leader = True
        words += value_words
    return words


def test_a_dot_leader_ties_a_label_to_its_value_across_the_line() -> None:
    # The value sits at the right margin, farther from its label than a value beside a
    # label may be; the label over it leads to nothing and is empty.
    plan = read_pages([page(line("The Discussion", 60, 40, 14),
                            leader_line("Date of discussion", "02/04/2026", 80),
                            leader_line("Date of Birth", "", 100),
                            leader_line("Best way to reach me", "Telephone", 120))])
    assert plan.data["discussion"]["date"] == dt.date(2026, 2, 4)
    assert plan.evidence["discussion.date"].how.startswith("right of")
    assert "date_of_birth" not in plan.data.get("ticketholder", {})


def test_yes_and_no_boxes_on_a_service_line_say_whether_it_is_given() -> None:
    plan = read_pages([page(line("Services and Supports", 60, 40, 14),
                            leader_line("1. Benefits counseling", "Yes ☒ No ☐", 80, 460),
                            line("Description: Refer to a WIPA project within 30 days.", 80, 94),
                            leader_line("2. Job coaching", "Yes ☐ No ☒", 112, 460),
                            line("Description:", 80, 126))])
    services = plan.data["services"]
    assert [(s["service"], s["provided"]) for s in services] == [
        ("benefits_counseling", True), ("job_coaching", False)]
    assert services[0]["description"] == "Refer to a WIPA project within 30 days."


def _boxes(*rows: tuple[float, float, list[float]]) -> list[Ruling]:
    """Rulings of a form of boxes: each row (top, bottom, x edges) a row of boxes."""
    rulings = []
    for top, bottom, edges in rows:
        rulings += [Ruling(edges[0], top, edges[-1], top), Ruling(edges[0], bottom, edges[-1], bottom)]
        rulings += [Ruling(x, top, x, bottom) for x in edges]
    return rulings


def _flattened_contact_page(alternate_name: str) -> LayoutPage:
    """A flattened form's contact boxes: a 6 pt numbered caption at each box's top left,
    the answer low and to the right in the box, in a bigger type."""
    rulings = _boxes((90, 116, [35, 415, 577]), (197, 223, [35, 335, 455, 577]),
                     (280, 306, [35, 295, 435, 577]), (304, 330, [35, 577]))
    words = [line("EMPLOYMENT NETWORK", 40, 82, 7), line("1. EN Name", 39, 93, 6),
             line("2. EN Provider ID (PID)", 418, 93, 6),
             line("Silverpine Ticket Services, LLC", 150, 106, 7.5),
             line("P0096217", 464, 106, 7.5),
             line("TICKET HOLDER", 40, 189, 7), line("7. Ticket Holder's Name", 39, 200, 6),
             line("8. Social Security Number", 338, 200, 6), line("9. Date of Birth", 458, 200, 6),
             line("Zebulon B. Cardenas", 126, 213, 7.5), line("929-76-7115", 372, 213, 7.5),
             line("09/08/1979", 492, 213, 7.5),
             line("ALTERNATE CONTACT", 40, 272, 7), line("15. Alternate Contact Name", 39, 283, 6),
             line("16. Relationship", 298, 283, 6), line("17. Telephone", 438, 283, 6),
             line("18. Alternate Contact Address", 39, 307, 6),
             line("PART 2 - DOCUMENTATION OF IWP DISCUSSION", 40, 333, 8)]
    if alternate_name:
        words.append(line(alternate_name, 114, 296, 7.5))
    return page(*words, rulings=rulings)


def test_a_value_low_and_right_in_a_box_is_the_value_of_the_box_caption() -> None:
    plan = read_pages([_flattened_contact_page("Celestine Cardenas")])
    assert plan.data["employment_network"]["name"] == "Silverpine Ticket Services, LLC"
    assert plan.data["ticketholder"]["name"]["last"] == "Cardenas"
    assert plan.data["ticketholder"]["alternate_contact"]["name"] == "Celestine Cardenas"


def test_an_empty_box_of_a_box_form_is_empty() -> None:
    # The alternate contact's boxes are empty: the heading in the box below is not their
    # value, however near it is.
    plan = read_pages([_flattened_contact_page("")])
    assert "alternate_contact" not in plan.data["ticketholder"]
    assert not [d for d in plan.doubts if "alternate" in d]


def test_a_row_printed_lower_than_the_caption_beside_it_keeps_its_words_in_order() -> None:
    # A service's name in 7 pt beside its description typed 7.5 pt a little lower (a
    # flattened form): the glyphs' heights differ word by word, the description must
    # still read in order, not cut into two lines.
    words = [Word("Benefits", 51.5, 200.4, 76.0, 205.6, 7), Word("counseling", 78.5, 200.5, 111.3, 207.0, 7)]
    for text, x0, top, bottom in [("Refer", 169.2, 203.8, 208.6), ("to", 196.6, 204.3, 208.6),
                                  ("a", 209.9, 205.2, 208.6), ("WIPA", 218.6, 204.3, 208.6),
                                  ("project", 241.1, 203.6, 209.7), ("through", 277.6, 203.8, 209.7),
                                  ("the", 313.6, 203.8, 208.6), ("Ticket", 331.3, 203.6, 208.6)]:
        words.append(Word(text, x0, top, x0 + 4.5 * len(text), bottom, 7.5))
    layout = page([], rulings=[Ruling(166, 192, 166, 226)])
    layout.words = words
    texts = [p.text for p in phrases(layout)]
    assert "Refer to a WIPA project through the Ticket" in texts


def test_a_signature_low_in_its_box_is_its_captions_not_the_next_boxs() -> None:
    # Two stacked rows of boxes "64. Ticket Holder's Signature | 65. Date" and "66. EN
    # Representative's Signature | 67. Date", each answer at the bottom of its box, nearer
    # the next row's caption than its own.
    rulings = _boxes((333, 370, [35, 417, 577]), (369, 406, [35, 417, 577]))
    layout = page(line("SIGNATURES", 40, 323, 8),
                  line("64. Ticket Holder's Signature", 38, 335, 6), line("65. Date", 418, 335, 6),
                  line("/s/ Zebulon B. Cardenas", 149, 360, 10), line("02/16/2026", 465, 360, 7.5),
                  line("66. EN Representative's Signature", 38, 371, 6), line("67. Date", 418, 371, 6),
                  line("/s/ Lorcan B. Fitzwilliam", 149, 396, 10), line("02/18/2026", 465, 396, 7.5),
                  rulings=rulings)
    signatures = read_pages([layout]).data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 2, 16)}
    assert signatures["en_representative"]["name"] == "Lorcan B. Fitzwilliam"
    assert signatures["en_representative"]["date"] == dt.date(2026, 2, 18)


def test_the_captions_of_an_empty_no_work_box_are_no_work_history() -> None:
    from iwp.check.textlayer import find_components

    rulings = _boxes((472, 498, [35, 187, 317, 447, 497, 577]), (496, 528, [35, 577]))
    layout = page(line("SECTION 2 - WORK HISTORY (LAST 18 MONTHS)", 39, 464, 8),
                  line("22. Employer", 38, 475, 6), line("23. Job title", 188, 475, 6),
                  line("24. Dates worked (from - to)", 318, 475, 6), line("25. Hrs/week", 448, 475, 6),
                  line("26. Monthly earnings", 498, 475, 6),
                  line("27. If no paid work in the last 18 months, explain", 38, 499, 6),
                  line("No paid work in last 18 months", 417, 501, 7),
                  line("SECTION 3 - EMPLOYMENT GOALS", 39, 560, 8), rulings=rulings)
    assert "work_history" not in read_pages([layout]).data
    texts = ["SECTION 2 - WORK HISTORY (LAST 18 MONTHS)",
             "22. Employer 23. Job title 24. Dates worked (from - to) 25. Hrs/week",
             "27. If no paid work in the last 18 months, explain  No paid work in last 18 months",
             "SECTION 3 - EMPLOYMENT GOALS"]
    cells = [[(39.0, texts[0])], [(38.0, "22. Employer"), (188.0, "23. Job title"),
                                  (318.0, "24. Dates worked (from - to)"), (448.0, "25. Hrs/week")],
             [(38.0, "27. If no paid work in the last 18 months, explain"),
              (417.0, "No paid work in last 18 months")], [(39.0, texts[3])]]
    lines = [TextLine(1, 700 - 14 * n, text, segments=segments)
             for n, (text, segments) in enumerate(zip(texts, cells))]
    parsed = ParsedPdf(path="flat.pdf", page_count=1, source="text", lines=lines)
    assert find_components(parsed, ["work_history"], dt.date(2026, 3, 1))["work_history"].status \
        == "missing"


def test_a_service_box_caption_is_not_the_services_description() -> None:
    # A box form's service row: a ticked box and the name, then boxes captioned "40.
    # Description of service", "41. Provided by", "42. How often" with the answers under
    # the captions; the second service's description box is empty.
    rulings = _boxes((192, 226, [35, 165, 415, 505, 577]), (224, 267, [35, 165, 415, 505, 577]))
    layout = page(line("SECTION 4 - SERVICES AND SUPPORTS", 40, 172, 8),
                  line("Benefits counseling", 51, 201, 7),
                  line("40. Description of service", 168, 195, 6), line("41. Provided by", 418, 195, 6),
                  line("42. How often", 508, 195, 6),
                  line("Refer to a WIPA project for a benefits summary.", 169, 205, 7.5),
                  line("WIPA project", 419, 205, 7.5), line("Once", 509, 205, 7.5),
                  line("Job coaching", 51, 233, 7),
                  line("43. Description of service", 168, 227, 6), line("44. Provided by", 418, 227, 6),
                  line("45. How often", 508, 227, 6), line("Ann Lee", 419, 237, 7.5),
                  line("Weekly", 509, 237, 7.5),
                  rulings=rulings, boxes=[CheckBox(40, 199, 48, 207, True), CheckBox(40, 231, 48, 239, True)])
    services = read_pages([layout]).data["services"]
    assert services[0]["description"] == "Refer to a WIPA project for a benefits summary."
    assert services[0]["provider"] == "WIPA project"
    assert "Description" not in services[1].get("description", "")


def test_spreadsheet_goal_columns_with_centred_headers_and_left_aligned_values() -> None:
    # A spreadsheet's goals table printed fit to width: "Short-term" and "Long-term"
    # centred over their columns, each value at its cell's left edge - under neither
    # header, the long-term one farther from its row's label than a value beside a label.
    rows = [513, 525, 537, 548, 560]
    rulings = [Ruling(37, 502, 575, 502)] + [Ruling(164, y, 575, y) for y in rows] + \
        [Ruling(x, 513, x, 560) for x in (164, 392, 575)] + [Ruling(37, 514, 37, 560)]
    layout = page(line("EMPLOYMENT GOALS", 38, 493, 8),
                  line("Short-term", 256, 504, 8), line("Long-term", 462, 504, 8),
                  line("Job title", 38, 516, 8), line("Part-time bookkeeping assistant", 167, 516, 8),
                  line("Full-time bookkeeper", 394, 516, 8),
                  line("Hourly wage", 38, 528, 8), line("$18.00", 166, 528, 8),
                  line("$23.00", 393, 528, 8),
                  line("Monthly earnings", 38, 539, 8), line("$1,248.00", 166, 539, 8),
                  line("$3,986.67", 393, 539, 8),
                  line("Target date", 38, 551, 8), line("12/31/2026", 166, 551, 8),
                  line("6/30/2029", 393, 551, 8), rulings=rulings)
    goals = read_pages([layout]).data["employment_goals"]
    assert goals["short_term"]["hourly_wage"] == Decimal("18.00")
    assert goals["long_term"]["hourly_wage"] == Decimal("23.00")
    assert goals["long_term"]["monthly_earnings"] == Decimal("3986.67")
    assert goals["long_term"]["job_title"] == "Full-time bookkeeper"
    assert goals["short_term"]["target_date"] == dt.date(2026, 12, 31)


def test_what_an_amendment_changes_under_its_caption_describes_the_service() -> None:
    plan = read_pages([page(line("PART THREE - REVISED SERVICES AND SUPPORTS", 72, 40, 12),
                            leader_line("1. Training", "Change: Added", 80, 460),
                            line("What changes: Pay for a short supervisory skills course before "
                                 "the promotion interview.", 90, 94),
                            line("Provided by: Regional workforce training center", 90, 108))])
    [service] = plan.data["services"]
    assert service["change"] == "added"
    assert service["description"] == ("Pay for a short supervisory skills course before the "
                                      "promotion interview.")


def test_a_signature_line_ending_the_page_before_its_caption() -> None:
    # The page broke between the EN's typed signature (and date) and the captions under
    # them: the last line of page 1 is the EN's, the Ticket Holder's is above its caption.
    first = page(line("SIGNATURES", 72, 590, 12),
                 line("/s/ Anika T. Castellane", 83, 656), line("07/18/2026", 360, 656),
                 line("_" * 40, 72, 672), line("_" * 30, 360, 672),
                 line("Signature of Ticket Holder", 72, 679, 8), line("Date (MM/DD/YYYY)", 360, 679, 8),
                 line("/s/ Cordelia M. Vantongeren", 83, 709), line("07/19/2026", 360, 709),
                 line("_" * 40, 72, 725), line("_" * 30, 360, 725),
                 line("IWP Amendment 3 - Anika Castellane - Page 1 of 2", 222, 744, 8))
    second = LayoutPage(2, words=[w for g in (
        line("Signature of EN Representative", 72, 52, 8), line("Date (MM/DD/YYYY)", 360, 52, 8),
        line("EN Representative's printed name and title", 72, 66, 8),
        line("Cordelia M. Vantongeren, Employment Specialist", 330, 66)) for w in g])
    signatures = read_pages([first, second]).data["signatures"]
    assert signatures["ticketholder"]["date"] == dt.date(2026, 7, 18)
    assert signatures["en_representative"]["method"] == "electronic"
    assert signatures["en_representative"]["date"] == dt.date(2026, 7, 19)


def test_a_provider_and_a_frequency_captioned_on_one_line() -> None:
    plan = read_pages([page(line("Services and Supports", 60, 40, 14),
                            leader_line("1. Job search assistance", "Yes ☒ No ☐", 80, 460),
                            line("Description: Send job leads each week and help with applications.",
                                 80, 94),
                            line("Provided by: Cordelia M. Vantongeren How often: Weekly", 80, 108))])
    [service] = plan.data["services"]
    assert service["provider"] == "Cordelia M. Vantongeren"
    assert service["frequency"] == "Weekly"


# --- a printed platypus plan and a case system's Courier printout (fourth held-out batch) ---

def test_a_heading_whose_number_is_printed_apart_heads_its_section() -> None:
    # "SECTION 07  FOLLOW-UP / CONTACT SCHEDULE" in Courier: two phrases, the number
    # printed two spaces before the heading (more than a word space, less than a column).
    plan = read_pages([page(line("SECTION 07", 54, 278, 8), line("FOLLOW-UP / CONTACT SCHEDULE",
                                                                 102, 278, 8),
                            line("We call you every month while you look for work and every "
                                 "three months once employed.", 54, 300, 8))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_an_option_not_ticked_is_no_follow_up_frequency() -> None:
    plan = read_pages([page(line("Follow-up", 54, 278, 12),
                            line("WHILE SEEKING WORK ..........:", 54, 300, 8),
                            line("[X] MONTHLY", 209, 300, 8), line("[ ] QUARTERLY", 272, 300, 8),
                            line("AFTER EMPLOYMENT ............:", 54, 311, 8),
                            line("[ ] MONTHLY", 209, 311, 8), line("[X] QUARTERLY", 272, 311, 8))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_a_goals_table_with_abbreviated_column_headers() -> None:
    plan = read_pages([page(line("Employment goals", 54, 530, 12),
                            line("GOAL", 64, 565, 8), line("JOB", 126, 565, 8),
                            line("HRS", 275, 565, 8), line("WAGE/HR", 304, 565, 8),
                            line("MONTHLY", 361, 565, 8), line("TARGET", 434, 565, 8),
                            line("SHORT-TERM", 64, 586, 8), line("Part-time library aide", 126, 586, 8),
                            line("18", 276, 586, 8), line("USD 15.75", 304, 586, 8),
                            line("USD 1,228.50", 361, 586, 8), line("2026-12-31", 434, 586, 8),
                            line("LONG-TERM", 64, 597, 8),
                            line("Full-time library technician", 126, 597, 8),
                            line("40", 276, 597, 8), line("USD 19.50", 304, 597, 8),
                            line("USD 3,380.00", 361, 597, 8), line("2029-06-30", 434, 597, 8))])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["monthly_earnings"] == Decimal("1228.50")
    assert goals["long_term"]["monthly_earnings"] == Decimal("3380.00")
    assert goals["short_term"]["hours_per_week"] == 18
    assert goals["short_term"]["hourly_wage"] == Decimal("15.75")
    assert goals["long_term"]["hours_per_week"] == 40
    assert goals["long_term"]["hourly_wage"] == Decimal("19.50")


def test_a_signature_line_under_its_party_printed_above() -> None:
    # "TICKET HOLDER" over "SIGNED: /s/ Name   DATE: ...": the row itself names no party.
    def signed(top: float, name: str, date: str) -> list[list[Word]]:
        return [line("SIGNED:", 54, top, 8), line(f"/s/ {name}", 93, top, 8),
                line("DATE:", 222, top, 8), line(date, 252, top, 8)]

    plan = read_pages([page(line("SECTION 10", 54, 88, 8), line("SIGNATURES", 112, 88, 8),
                            line("TICKET HOLDER", 54, 120, 8),
                            *signed(131, "Marisela Okonkwo", "2026-03-02"),
                            line("EN REPRESENTATIVE", 54, 152, 8),
                            *signed(163, "Philippa R. Nakagawa", "2026-03-05"))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 3, 2)}
    assert signatures["en_representative"]["method"] == "electronic"
    assert signatures["en_representative"]["date"] == dt.date(2026, 3, 5)
    assert signatures["en_representative"]["name"] == "Philippa R. Nakagawa"


def _caption_and_name(caption: str, name: str, top: float) -> tuple[list[Word], Ruling]:
    """A signature caption and the name typed on the blank after it, 0.9 em apart (one
    phrase to the reader), the blank's underline starting in the gap."""
    words = line(caption, 60, top, 10.5)
    start = words[-1].x1 + 0.9 * 10.5
    typed = line(name, start, top, 10.5)
    return words + typed, Ruling(start - 8, top + 8, typed[-1].x1 + 20, top + 8)


def test_a_name_typed_on_the_blank_after_its_caption_is_a_signature() -> None:
    ticketholder, under_name = _caption_and_name("Signature of Ticket Holder", "Ann Lee", 124)
    en, under_en = _caption_and_name("Signature of EN Representative", "Benedikt A. Osei-Mensah",
                                     167)
    plan = read_pages([page(line("11. Signatures", 60, 65, 12),
                            line("We have read this Individual Work Plan together and agree "
                                 "to it.", 60, 83, 9),
                            ticketholder, line("Date", 332, 124, 10.5),
                            line("02/16/2026", 362, 124, 10.5),
                            en, line("Date", 366, 167, 10.5),  # the EN's date left blank
                            rulings=[under_name, under_en, Ruling(395, 175, 455, 175)])])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 2, 16)}
    assert signatures["en_representative"] == {"method": "electronic",
                                               "name": "Benedikt A. Osei-Mensah"}
    # The evidence points at the typed name, not at the caption.
    assert plan.evidence["signatures.ticketholder.method"].bbox[0] == ticketholder[4].x0


def test_the_sentence_over_blank_signature_lines_is_no_signature() -> None:
    plan = read_pages([page(line("11. Signatures", 60, 65, 12),
                            line("We have read this Individual Work Plan together and agree "
                                 "to it.", 60, 83, 9),
                            line("Signature of Ticket Holder", 60, 124, 10.5),
                            line("Date", 332, 124, 10.5),
                            rulings=[Ruling(183, 132, 320, 132), Ruling(355, 132, 420, 132)])])
    assert "signatures" in plan.signals
    assert "method" not in plan.data.get("signatures", {}).get("ticketholder", {})


def test_the_text_finders_take_no_wrapped_line_with_a_semicolon_for_a_heading() -> None:
    from iwp.check.textlayer import find_components

    # A service's description mentions the short-term goal; the plan has none.
    lines = [TextLine(2, 700 - 14 * n, text, segments=[(176.0, text)]) for n, text in enumerate([
        "7. Services and supports",
        "Send job leads each week and help with applications and follow-up. Leads are",
        "matched to the hours and wage in the",
        "short-term goal; we keep a shared list of",
        "applications so nothing is missed."])]
    parsed = ParsedPdf(path="other-en.pdf", page_count=2, source="text", lines=lines)
    found = find_components(parsed, ["short_term_goal"], dt.date(2026, 6, 12))
    assert found["short_term_goal"].status == "missing"


def test_a_header_of_a_table_higher_up_cuts_no_description_in_the_services_table() -> None:
    # A "Who" column of a steps table above: the services table's description cell, wider
    # than that column's start, stays whole.
    plan = read_pages([page(line("Step", 60, 100), line("Who", 330, 100), line("By", 480, 100),
                            line("Call the Help Line", 60, 114), line("Ann Lee", 330, 114),
                            line("03/02/2026", 480, 114),
                            line("Services and supports", 60, 300, 14),
                            line("Service", 60, 330), line("Provided", 150, 330),
                            line("Description", 202, 330), line("Provider", 386, 330),
                            line("Frequency", 484, 330),
                            line("Benefits counseling", 60, 360), line("Yes", 150, 360),
                            line("Refer to a WIPA project through the", 202, 360),
                            line("Ticket to Work Help Line within 30 days", 202, 372),
                            line("WIPA project", 386, 360), line("Once", 484, 360))])
    service = plan.data["services"][0]
    assert service["description"] == ("Refer to a WIPA project through the Ticket to Work Help "
                                      "Line within 30 days")
    assert service["provider"] == "WIPA project"


def test_a_label_like_word_answering_a_caption_is_its_value() -> None:
    # "EMAIL" is also the generic caption of an e-mail address, but after a caption's
    # colon on its line it is the answer.
    plan = read_pages([page(line("SECTION 02", 54, 180, 8), line("TICKET HOLDER", 102, 180, 8),
                            line("E-MAIL .......................:", 54, 279, 8),
                            line("ann.lee@example.com", 208, 279, 8),
                            line("PREFERRED CONTACT ............:", 54, 290, 8),
                            line("EMAIL", 208, 290, 8),
                            line("ALT CONTACT PHONE ............:", 54, 322, 8),
                            line("(501) 555-0175", 209, 322, 8))])
    ticketholder = plan.data["ticketholder"]
    assert ticketholder["preferred_contact"] == "EMAIL"
    assert ticketholder["email"] == "ann.lee@example.com"
    assert ticketholder["alternate_contact"]["phone"] == "(501) 555-0175"


def test_how_it_was_held_names_the_discussion_modality() -> None:
    plan = read_pages([page(line("4. IWP discussion", 60, 500, 12),
                            line("Date of discussion", 60, 522), line("February 16, 2026", 210, 522),
                            line("How it was held", 60, 540), line("Video call", 210, 540))])
    assert plan.data["discussion"] == {"date": dt.date(2026, 2, 16), "modality": "video"}


def test_a_work_history_header_wrapped_onto_two_lines_keeps_its_column() -> None:
    plan = read_pages([page(line("5. Work history (last 18 months)", 60, 650, 12),
                            line("Employer", 60, 671), line("Job title", 164, 671),
                            line("Started", 270, 671), line("Ended", 334, 671),
                            line("Hours/week", 398, 671), line("Gross monthly", 464, 671),
                            line("earnings", 464, 683),
                            line("Pixel Repair Shop", 60, 700), line("Repair assistant", 164, 700),
                            line("12/01/2024", 270, 700), line("10/31/2025", 334, 700),
                            line("14", 398, 700), line("$850.00", 464, 700))])
    job = plan.data["work_history"]["jobs"][0]
    assert job["start"] == dt.date(2024, 12, 1)
    assert job["monthly_earnings"] == Decimal("850.00")


def test_the_next_sections_number_printed_apart_ends_a_service() -> None:
    plan = read_pages([page(line("SECTION 06", 54, 100, 8), line("SERVICES AND SUPPORTS", 102, 100, 8),
                            line("[X] JOB RETENTION AND ONGOING SUPPORT", 56, 120, 8),
                            line("HOW ......................:", 74, 131, 8),
                            line("Check in after hire to help with schedules.", 208, 131, 8),
                            line("WHEN .....................:", 74, 142, 8),
                            line("Monthly for a year, then quarterly", 208, 142, 8),
                            line("SECTION 07", 54, 163, 8),
                            line("FOLLOW-UP / CONTACT SCHEDULE", 102, 163, 8))])
    service = plan.data["services"][0]
    assert service["frequency"] == "Monthly for a year, then quarterly"
    assert service["description"] == "Check in after hire to help with schedules."


def test_a_run_in_heading_opens_the_paragraph_it_names() -> None:
    # "Summary of the discussion." in bold, the summary going on after it on its line.
    words = line("Summary of the discussion.", 60, 560) + line(
        "We met with Ann Lee for about an hour to talk about their", 186.2, 560)
    plan = read_pages([page(line("4. IWP discussion", 60, 500, 12),
                            line("Date of discussion", 60, 522), line("February 16, 2026", 210, 522),
                            words,
                            line("experience with computers and the work Ann wants.", 60, 572))])
    assert plan.data["discussion"]["summary"] == (
        "We met with Ann Lee for about an hour to talk about their experience with computers "
        "and the work Ann wants.")


# --- large print: one caption per line, its value on the next --------------------------------

def test_a_signature_and_its_date_stacked_under_their_captions() -> None:
    # 18-point large print: each caption on its own line, what was typed indented under it.
    plan = read_pages([page(line("Signatures", 79, 354, 24),
                            line("Ticket Holder's signature", 79, 411, 18),
                            line("/s/ Katalina Mbatha", 96, 436, 18),
                            line("Date", 79, 473, 18), line("February 26, 2026", 98, 498, 18),
                            line("Employment Network representative's signature", 79, 535, 18),
                            line("/s/ Rosamund E. Kettleby", 96, 560, 18),
                            line("Date", 79, 622, 18), line("February 27, 2026", 98, 647, 18))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"]["method"] == "electronic"
    assert signatures["ticketholder"]["date"] == dt.date(2026, 2, 26)
    assert signatures["en_representative"]["date"] == dt.date(2026, 2, 27)


def test_an_online_forms_required_question_is_no_answer() -> None:
    # "Ticket Holder:" prefixes the signature question; the question (marked * as required)
    # is not the Ticket Holder's name, which is the answer under "Your full name *".
    plan = read_pages([page(line("About you (Ticket Holder)", 60, 40, 14),
                            line("Your full name *", 60, 80), line("Ms. Ada B. Lovell", 60, 95),
                            line("Signatures", 60, 300, 14),
                            line("Ticket Holder:", 60, 340),
                            line("type your full name as your signature *", 140, 340),
                            line("Ada B. Lovell", 60, 355))])
    assert plan.data["ticketholder"]["name"] == {"first": "Ada", "middle": "B.", "last": "Lovell"}


def test_a_stacked_date_below_another_caption_is_still_the_signatures() -> None:
    # An online form's cards: signature, then the signer's title, then the date signed.
    plan = read_pages([page(line("Signatures", 60, 280, 14),
                            line("EN representative signature", 60, 314),
                            line("/s/ Beatrix Ferreira", 60, 329),
                            line("Title", 60, 374), line("Employment Specialist", 60, 388),
                            line("Date signed", 60, 433), line("02/06/2026", 60, 447))])
    assert plan.data["signatures"]["en_representative"]["date"] == dt.date(2026, 2, 6)


def test_a_blank_stacked_signature_does_not_take_the_next_ones() -> None:
    # Captions printed under their signing lines: the line under the Ticket Holder's caption
    # is the EN's, written right over the EN's caption.
    plan = read_pages([page(line("Signatures", 60, 500, 14),
                            line("Ticket Holder signature", 60, 560),
                            line("/s/ Rosamund Kettleby", 60, 586),
                            line("EN representative signature", 60, 598))])
    assert "ticketholder" not in plan.data.get("signatures", {})


def test_service_captions_stacked_over_their_values() -> None:
    plan = read_pages([page(line("Services and Supports We Will Provide", 79, 72, 24),
                            line("Benefits counseling", 80, 137, 18),
                            line("What we will do", 78, 169, 18),
                            line("Refer to a WIPA project through the Ticket to Work", 98, 194, 18),
                            line("Help Line within 30 days for a benefits summary.", 97, 219, 18),
                            line("Who will do it", 78, 256, 18), line("WIPA project", 96, 281, 18),
                            line("How often", 79, 318, 18),
                            line("Once, within 30 days", 97, 343, 18),
                            line("Job retention and ongoing support", 78, 381, 18),
                            line("What we will do", 78, 413, 18),
                            line("Check in after hire to help with schedules.", 98, 438, 18),
                            line("Who will do it", 78, 475, 18), line("Ann Lee", 96, 500, 18),
                            line("Services you do not need right now", 79, 540, 18),
                            line("Training, Job coaching", 96, 565, 18))])
    services = plan.data["services"]
    assert [s["service"] for s in services] == ["benefits_counseling", "job_retention"]
    first, second = services
    assert first["description"] == ("Refer to a WIPA project through the Ticket to Work Help "
                                    "Line within 30 days for a benefits summary.")
    assert (first["provider"], first["frequency"]) == ("WIPA project", "Once, within 30 days")
    assert second["description"] == "Check in after hire to help with schedules."
    assert second["provider"] == "Ann Lee"  # the next heading is no part of it


def test_an_amended_services_heading_names_its_change() -> None:
    plan = read_pages([page(line("Changes to Your Services", 79, 72, 24),
                            line("Training – Added", 80, 137, 18),
                            line("What we will do", 78, 169, 18),
                            line("Who will do it", 78, 220, 18),
                            line("Regional training center", 96, 245, 18))])
    [training] = plan.data["services"]
    assert (training["service"], training["change"], training["description"]) == (
        "training", "added", "")


# --- fillable forms made in a word processor ------------------------------------------------

def _form_page(*groups: list[Word], fields: list[tuple[str, float, float, float]]) -> LayoutPage:
    """A fillable form page: printed ``groups`` and text fields (value, x, top, x1), whose
    values are words read from the fields."""
    from iwp.read.layout import Widget

    form = page(*groups)
    for n, (value, x, top, x1) in enumerate(fields):
        form.widgets.append(Widget(f"Text Box {n}", "", "text", value, x, top - 2, x1, top + 9))
        for word in line(value, x + 2, top):
            word.from_field = f"Text Box {n}"
            form.words.append(word)
    return form


def test_follow_up_typed_into_a_forms_fields() -> None:
    form = _form_page(line("8. FOLLOW-UP", 72, 604), line("While looking for work", 72, 629),
                      line("Once employed", 72, 650), line("How", 72, 672),
                      fields=[("Monthly", 221, 628, 407), ("Every three months", 221, 649, 407),
                              ("Telephone or email", 221, 670, 537)])
    assert plan_follow_up(form) == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_frequencies_printed_as_options_on_a_form_are_no_answer() -> None:
    form = _form_page(line("8. FOLLOW-UP", 72, 604), line("While looking for work", 72, 629),
                      line("Monthly  Quarterly", 330, 629), line("Once employed", 72, 650),
                      fields=[("", 221, 628, 300), ("", 221, 649, 300), ("x", 221, 670, 300)])
    assert plan_follow_up(form) is None


def plan_follow_up(form: LayoutPage) -> dict | None:
    return read_pages([form]).data.get("follow_up")


def test_services_with_their_captions_on_each_row_of_a_form() -> None:
    # "[x] Provided  Job development", then "Description", "Provided by ... How often ..."
    # captions printed again under every service: row captions, not a table's header row.
    groups, fields, boxes = [line("7. SERVICES AND SUPPORTS", 73, 65)], [], []
    rows = [("Job development", "Update the resume and practise interviews twice.", "Ann Lee",
             "Weekly"),
            ("Training", "", "", ""),
            ("Job search assistance", "", "Ann Lee", "Weekly")]
    for n, (name, description, provider, often) in enumerate(rows):
        top = 100 + 70 * n
        boxes.append(CheckBox(73, top, 81, top + 8, checked=n != 1))
        groups += [line(f"Provided {name}", 87, top), line("Description", 72, top + 25),
                   line("Provided by", 72, top + 52), line("How often", 296, top + 52)]
        fields += [(description, 122, top + 24, 509), (provider, 124, top + 51, 290),
                   (often, 341, top + 51, 470)]
    form = _form_page(*groups, fields=[f for f in fields if f[0]])
    form.checkboxes = boxes
    services = read_pages([form]).data["services"]
    assert [(s["service"], s.get("provided"), s.get("description"), s.get("provider"),
             s.get("frequency")) for s in services] == [
        ("job_development", True, "Update the resume and practise interviews twice.",
         "Ann Lee", "Weekly"),
        ("training", False, None, None, None),  # not given: no description needed
        ("job_search", True, "", "Ann Lee", "Weekly")]


# --- bilingual captions --------------------------------------------------------------------

def test_bilingual_captions_are_read_by_their_first_language() -> None:
    plan = read_pages([page(line("Part 4 – Employment Goals / Metas de empleo", 55, 100, 12),
                            line("Long-term goal (three to five years) / Meta a largo plazo "
                                 "(de tres a cinco años)", 55, 120, 11),
                            line("Job / Empleo", 55, 140),
                            line("Part-time office assistant", 320, 140),
                            line("Expected monthly earnings / Ingresos mensuales", 55, 156),
                            line("$1,300.00", 320, 156))])
    goal = plan.data["employment_goals"]["long_term"]
    assert goal["job_title"] == "Part-time office assistant"
    assert goal["monthly_earnings"] == Decimal("1300.00")


# --- a designed Word form and a web portal's printout -------------------------------------

def test_a_typed_signature_after_an_x_takes_its_party_from_the_name_under_it() -> None:
    plan = read_pages([page(line("SIGNATURES", 54, 371, 12),
                            line("X /s/ Sabrina T. Umberger", 54, 409), line("Date:", 360, 410),
                            line("02/02/2026", 387, 410),
                            line("Sabrina T. Umberger, Ticket Holder", 71, 421, 8),
                            line("X /s/ Harriet V. Okafor", 54, 456), line("Date:", 360, 458),
                            line("Harriet V. Okafor, Employment Consultant", 72, 469, 8))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 2, 2)}
    assert signatures["en_representative"]["method"] == "electronic"
    assert "date" not in signatures["en_representative"]  # "Date:" with nothing after it


def test_a_signing_stamp_takes_its_party_from_the_caption_above_it() -> None:
    plan = read_pages([page(line("Signatures", 130, 300, 12),
                            line("Ticket Holder: Yolanda E. Blackwood", 132, 320),
                            line("Signed electronically 02/14/2026 11:58 AM by Yolanda E. "
                                 "Blackwood (IP 10.0.6.126)", 132, 332),
                            line("EN representative: Lorenzo J. Abernathy-Kwan", 132, 360),
                            line("Awaiting signature", 132, 372))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic",
                                          "date": dt.date(2026, 2, 14)}
    assert "en_representative" not in signatures


def test_a_services_state_in_brackets_after_its_name() -> None:
    plan = read_pages([page(line("SERVICES AND SUPPORTS", 54, 60, 12),
                            line("• Job development (provided) - Update the resume and practise "
                                 "interviews twice.", 56, 80),
                            line("• Training (not provided) - not needed at this time.", 56, 94))])
    assert [(s["service"], s["provided"]) for s in plan.data["services"]] == [
        ("job_development", True), ("training", False)]


def test_services_in_one_panel_are_rows_by_their_lines() -> None:
    # A web page's card: one box around every service, each on its own lines.
    rows = [("Benefits counseling", "Yes", "Refer to a WIPA project within 30 days.", 587),
            ("Job development", "Yes", "", 618),
            ("Training", "Yes", "Pay tuition for the certificate course each term.", 633)]
    groups = [line("Services & supports", 131, 568, 12)]
    for name, given, what, top in rows:
        groups += [line(name, 131, top), line(given, 240, top)]
        groups += [line(what, 270, top)] if what else []
        below = top + 8 if what else top  # with no description, the provider on its line
        groups += [line("Provider:", 270, below), line("Ann Lee", 320, below)]
    panel = page(*groups, rulings=[Ruling(124, 563, 580, 563), Ruling(124, 740, 580, 740),
                                   Ruling(124, 563, 124, 740), Ruling(580, 563, 580, 740)])
    services = read_pages([panel]).data["services"]
    assert [(s["service"], s["description"]) for s in services] == [
        ("benefits_counseling", "Refer to a WIPA project within 30 days."),
        ("job_development", ""),
        ("training", "Pay tuition for the certificate course each term.")]


def test_a_field_that_says_none_on_file_holds_no_value() -> None:
    plan = read_pages([page(line("Alternate contact", 130, 100, 12),
                            line("Alternate contact", 194, 120), line("None on file", 300, 120),
                            line("Planning meeting", 130, 150, 12),
                            line("Meeting date", 190, 170), line("02/20/2026", 265, 170))])
    assert "alternate_contact" not in plan.data.get("ticketholder", {})
    assert "alternate_contact" not in plan.doubts
    assert plan.data["discussion"]["date"] == dt.date(2026, 2, 20)


def test_a_contact_cadence_by_phase() -> None:
    plan = read_pages([page(line("Contact cadence", 131, 37, 12),
                            line("Job search", 220, 54), line("monthly", 267, 54),
                            line("Employed", 222, 65), line("quarterly", 266, 65))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_plans_counted_in_a_report_are_not_its_title() -> None:
    plan = read_pages([page(line("Annual Program Report to the Board of Directors", 60, 40, 14),
                            line("2. Individual Work Plans", 60, 90, 12),
                            line("IWP amendments", 60, 110), line("12", 300, 110))])
    assert "title" not in plan.signals and "amendment_title" not in plan.signals


def test_the_text_finders_take_none_on_file_for_an_empty_section() -> None:
    from iwp.check.textlayer import find_components

    cells = [[(42.0, "Settings"), (128.0, "Alternate contact")],
             [(194.0, "Alternate contact"), (265.0, "None on file")],
             [(131.0, "Planning meeting")],
             [(190.0, "Meeting date"), (265.0, "02/20/2026")],
             [(190.0, "Case notes"), (265.0, "We met with Bronwyn for about an hour today.")]]
    lines = [TextLine(1, 700 - 14 * n, "  ".join(c for _, c in segments), segments=segments)
             for n, segments in enumerate(cells)]
    parsed = ParsedPdf(path="portal.pdf", page_count=1, source="text", lines=lines)
    found = find_components(parsed, ["alternate_contact"], dt.date(2026, 3, 1))
    assert found["alternate_contact"].status == "missing"


def test_a_printed_name_stacked_under_a_blank_signature_is_no_signature() -> None:
    # A plan printed without its style sheet: caption, "Date signed", then the printed name
    # over its own caption - nothing was signed.
    plan = read_pages([page(line("Signatures", 50, 500, 14),
                            line("Signature of Ticketholder", 50, 540),
                            line("Date signed", 50, 549),
                            line("Marisol T. Quenby", 50, 558), line("Printed name", 50, 567))])
    assert "ticketholder" not in plan.data.get("signatures", {})


def test_a_sentence_naming_the_plan_near_the_top_is_no_title() -> None:
    plan = read_pages([page(line("Ticket Assignment Checklist for Intake Staff", 60, 40, 14),
                            line("Keep the checklist in the case file; it is an internal record, "
                                 "not part of the Individual Work Plan.", 60, 70))])
    assert "title" not in plan.signals


# --- an online form's response page; a WordPad plan -----------------------------------------

def test_a_typed_name_answering_a_partys_signature_question() -> None:
    from iwp.read.layout import Rect

    # One card (a box) per question: the question small, the answer large under it.
    form = page(line("Signatures", 60, 400, 14),
                line("Ticket Holder:", 60, 430, 8),
                line("type your full name as your signature *", 120, 430, 8),
                line("Rosalind J. Ashworth", 60, 442, 12),
                line("Ticket Holder:", 60, 470, 8), line("date signed", 120, 470, 8),
                line("02/02/2026", 60, 482, 12))
    form.rects = [Rect(50, 424, 540, 458), Rect(50, 464, 540, 496)]
    plan = read_pages([form])
    assert plan.data["signatures"]["ticketholder"] == {"method": "electronic",
                                                       "date": dt.date(2026, 2, 2)}


def test_services_ticked_in_a_list_and_described_in_cards_further_on() -> None:
    plan = read_pages([page(line("Services and supports", 60, 40, 14),
                            line("☑ Benefits counseling", 60, 60), line("☑ Job development", 60, 72),
                            line("☐ Job coaching", 60, 84),
                            line("Benefits counseling:", 60, 110),
                            line("describe the service, who provides it and how often", 160, 110),
                            line("Refer to a WIPA project through the Help Line within 30 days.",
                                 60, 124),
                            line("Job development:", 60, 150),
                            line("describe the service, who provides it and how often", 160, 150),
                            line("No response", 60, 164))])
    services = plan.data["services"]
    assert [(s["service"], s["provided"], s.get("description")) for s in services] == [
        ("benefits_counseling", True,
         "Refer to a WIPA project through the Help Line within 30 days."),
        ("job_development", True, ""),  # "No response": a blank answer
        ("job_coaching", False, None)]


def test_a_numbered_service_says_yes_or_no_after_its_name() -> None:
    plan = read_pages([page(line("Services and Supports", 60, 40, 14),
                            line("2. Job development - Yes - Update the resume and practise "
                                 "interviews.", 60, 60),
                            line("6. Job coaching - No", 60, 74))])
    assert [(s["service"], s["provided"], s.get("description")) for s in
            plan.data["services"]] == [
        ("job_development", True, "Update the resume and practise interviews."),
        ("job_coaching", False, None)]


def test_the_text_finders_accept_a_ticked_service_described_further_on() -> None:
    from iwp.check.textlayer import find_components

    texts = ["Services and supports", "☑ Job development", "☐ Job coaching",
             "Job development: describe the service, who provides it and how often",
             "Update the resume and practise interviews twice with the Ticket holder.",
             "Follow-up"]
    lines = [TextLine(1, 700 - 14 * n, text, segments=[(60.0, text)])
             for n, text in enumerate(texts)]
    parsed = ParsedPdf(path="form.pdf", page_count=1, source="text", lines=lines)
    found = find_components(parsed, ["services_and_supports"], dt.date(2026, 3, 1))
    assert found["services_and_supports"].status == "present"
