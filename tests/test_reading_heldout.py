"""What the held-out layouts of tests/data/foreign taught the reader, each on a tiny page.

The held-out layouts (memo_, land_, panel_, lc_, boxes_, amendmemo_) were made without
looking at the reader; each test here is one general situation one of them showed, written
as words and rulings so it fails when the reader loses it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from iwp.check.values import parse_date as parse_typed_date
from iwp.read.layout import CheckBox, LayoutPage, Ruling
from iwp.read.pairing import parse_date
from iwp.read.plan import read_pages

from test_pairing import line, page


def test_a_date_with_the_day_first() -> None:
    assert parse_date("Date 4 March 2026") == dt.date(2026, 3, 4)
    assert parse_date("born 17 May 1991") == dt.date(1991, 5, 17)
    assert parse_typed_date("4 March 2026") == dt.date(2026, 3, 4)
    assert parse_date("20 hours a week in 2026") is None


def test_a_date_with_the_month_between_dashes() -> None:
    # Case-management systems print dates as "02-Feb-2026" or "FEB-02-26".
    assert parse_date("Signed 02-Feb-2026") == dt.date(2026, 2, 2)
    assert parse_date("FEB-09-26") == dt.date(2026, 2, 9)
    assert parse_date("Room 12-Bay-2026") is None


def test_phase_words_that_label_the_next_frequency() -> None:
    # "After hire:" stands before its own frequency, not after the one before it.
    plan = read_pages([page(line("Contact Schedule", 60, 40, 14),
                            line("While job searching: every month  After hire: every three "
                                 "months", 60, 60))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_goals_written_as_short_sentences() -> None:
    plan = read_pages([page(line("Goals", 60, 40, 14),
                            line("Long-term goal:", 60, 60),
                            line("Part-time office assistant", 140, 60),
                            line("By 30 June 2029; 20 hrs/week at $15.00/hr = $1,300.00/mo.",
                                 60, 72))])
    goal = plan.data["employment_goals"]["long_term"]
    assert goal["monthly_earnings"] == Decimal("1300.00")
    assert goal["hourly_wage"] == Decimal("15.00")
    assert goal["target_date"] == dt.date(2029, 6, 30)


def test_a_table_row_border_stops_a_wrapped_line_join() -> None:
    # Two rows of a goals table, their cells at the same left edge, a border between them:
    # two goals, not one wrapped phrase.
    rows = [Ruling(40, 56, 560, 56), Ruling(40, 70, 560, 70), Ruling(40, 84, 560, 84)]
    plan = read_pages([page(line("Vocational Goal", 40, 30, 14),
                            line("Goal", 44, 46), line("Earnings", 400, 46),
                            line("Short-term:", 44, 59), line("Part-time grocery clerk", 110, 59),
                            line("$1,612.00 per month", 400, 59),
                            line("Long-term:", 44, 73), line("Assistant store manager", 110, 73),
                            line("$3,813.33 per month", 400, 73), rulings=rows)])
    goals = plan.data["employment_goals"]
    assert goals["short_term"]["monthly_earnings"] == Decimal("1612.00")
    assert goals["long_term"]["monthly_earnings"] == Decimal("3813.33")


def test_a_name_in_a_signatures_tables_signature_column() -> None:
    plan = read_pages([page(line("Signed", 40, 30, 14),
                            line("Role", 44, 50), line("Signature", 180, 50),
                            line("Date", 450, 50),
                            line("Ticket Holder", 44, 66), line("Horatio Jorgensen", 180, 66),
                            line("Feb 20, 2026", 450, 66),
                            line("EN Representative", 44, 82), line("", 180, 82),
                            line("Feb 21, 2026", 450, 82))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic",
                                          "date": dt.date(2026, 2, 20)}
    assert "method" not in signatures.get("en_representative", {})


def test_the_printed_name_under_a_blank_signature_line_is_no_signature() -> None:
    # Nor is the end of the paragraph printed just above the line.
    plan = read_pages([page(line("Signatures", 60, 40, 14),
                            line("I have read, or had read to me, the terms and conditions "
                                 "above, and I have received a copy of this plan.", 60, 86),
                            line("Participant signature", 60, 100), line("Date", 340, 100),
                            line("Dorian Fairbanks, Ticket Holder", 60, 107.5),
                            rulings=[Ruling(150, 107, 330, 107)])])
    assert "method" not in plan.data.get("signatures", {}).get("ticketholder", {})


def test_a_signature_typed_after_its_caption_on_one_line() -> None:
    plan = read_pages([page(line("Signatures", 60, 40, 14),
                            line("Customer signature /s/ Rosalind Ashworth", 60, 100),
                            line("Date 2 February 2026", 300, 100))])
    assert plan.data["signatures"]["ticketholder"] == {"method": "electronic",
                                                       "date": dt.date(2026, 2, 2)}


def test_a_checklist_item_is_never_the_wrapped_end_of_the_one_above() -> None:
    # "[X] Job development - How:" with nothing after "How:" but the next field's caption.
    plan = read_pages([page(line("Services and supports", 40, 30, 14),
                            line("[X] Benefits counseling - How: Refer to a WIPA project. Who: "
                                 "WIPA project", 40, 50),
                            line("[X] Job development - How: Who: Rosalyn Achterberg When: "
                                 "Weekly", 40, 62),
                            boxes=[CheckBox(40, 50, 47, 57, True),
                                   CheckBox(40, 62, 47, 69, True)])])
    services = {s["service"]: s for s in plan.data["services"]}
    assert services["benefits_counseling"]["description"] == "Refer to a WIPA project."
    assert services["job_development"].get("description", "") == ""


def test_a_bulleted_service_list_names_the_services_given() -> None:
    plan = read_pages([page(line("Supports We Will Provide", 60, 40, 14),
                            line("• Job development", 60, 60),
                            line("• Training: Pay tuition for the certificate course.", 60, 72),
                            line("Check-ins", 60, 100, 14))])
    services = {s["service"]: s for s in plan.data["services"]}
    assert services["job_development"]["provided"] is True
    assert services["job_development"]["description"] == ""
    assert services["training"]["provided"] is True


def test_an_alternate_contact_and_a_pid_written_in_sentences() -> None:
    plan = read_pages([page(line("Harborlight Vocational Services, Provider ID P0090418", 60, 30),
                            line("Participant Profile", 60, 60, 14),
                            line("If we cannot reach Rosalind, we may contact Percival Ashworth "
                                 "(sister) at (541) 555-0192.", 60, 80))])
    assert plan.data["employment_network"]["pid"] == "P0090418"
    assert plan.data["ticketholder"]["alternate_contact"]["name"] == "Percival Ashworth"


def test_ink_annotations_are_drawn_signatures() -> None:
    # lc_complete.pdf is signed with Fill & Sign style /Ink annotations over its two lines.
    from pathlib import Path

    import iwp

    path = Path(__file__).parent / "data" / "foreign" / "lc_complete.pdf"
    result = iwp.check_pdf(path)
    assert result.components["ticketholder_signature"].status == "present"
    assert result.components["en_signature"].status == "present"


# --- batch 11: a lined paper form, captions in brackets under the writing lines ----------------

def test_a_caption_in_brackets_under_its_line_is_a_label() -> None:
    plan = read_pages([page(line("PART I - EMPLOYMENT NETWORK", 50, 60, 12),
                            line("Millrace Vocational Partners", 54, 90),
                            line("(Name of Employment Network)", 50, 101, 7))])
    assert plan.data["employment_network"]["name"] == "Millrace Vocational Partners"


def test_a_bare_yes_no_choice_is_answered_only_by_a_typed_mark() -> None:
    def work_history(*marks: list) -> dict:
        return read_pages([page(line("PART V - WORK HISTORY", 50, 560, 12),
                                line("No paid work in the last 18 months:", 50, 600, 8),
                                *marks, line("Yes", 210, 600), line("No", 259, 600))]).data
    assert "work_history" not in work_history()  # "___ Yes ___ No": unanswered
    answered = work_history(line("X", 195, 600))
    assert answered["work_history"]["no_work_statement"] == "Yes"


def test_a_service_row_of_bare_options_with_values_over_bracketed_captions() -> None:
    rows = [line("PART VII - SERVICES AND SUPPORTS", 50, 200, 12)]
    top = 240
    for name, mark_x, description in (("1. Job development", 246, None),
                                      ("2. Training", 246, "Pay tuition for the certificate."),
                                      ("3. Job coaching", None, None)):
        rows += [line(name, 50, top), line("Yes", 261, top), line("No", 310, top)]
        if mark_x is not None:
            rows.append(line("X", mark_x, top))
        if description:
            rows.append(line(description, 53, top + 16))
        rows += [line("(Description of the service)", 50, top + 28, 7),
                 line("Dana Reyes", 53, top + 42), line("Weekly", 311, top + 42),
                 line("(Provided by)", 50, top + 53, 7), line("(How often)", 308, top + 53, 7)]
        top += 80
    services = read_pages([page(*rows)]).data["services"]
    by_code = {s["service"]: s for s in services}
    assert by_code["job_development"]["provided"] is True
    assert by_code["job_development"]["description"] == ""
    assert by_code["job_development"]["provider"] == "Dana Reyes"
    assert by_code["job_development"]["frequency"] == "Weekly"
    assert by_code["training"]["description"] == "Pay tuition for the certificate."
    assert by_code.get("job_coaching", {}).get("provided") is not True


# --- batches 9 and 10: e-signature stamps, signature tables, tablet signatures ----------------

def test_a_signature_caption_naming_no_party_takes_the_party_over_its_block() -> None:
    # An e-signature platform's blocks: the party's name, the stamp, then "Signature" under
    # the line and the stamped date over "Date signed".
    plan = read_pages([page(line("11. Signatures", 58, 60, 12),
                            line("Ticket Holder", 55, 90),
                            line("Signed by:", 64, 110, 7), line("Sabrina A. Umberger", 66, 120, 14),
                            line("2/02/2026 | 08:43 AM EST", 392, 136),
                            line("Signature", 55, 150, 8), line("Date signed", 392, 150, 8),
                            line("Employment Network Representative", 55, 190),
                            line("Signed by:", 64, 210, 7), line("Rosamund Okafor", 66, 220, 14),
                            line("Signature", 55, 250, 8), line("Date signed", 392, 250, 8))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"]["method"] == "electronic"
    assert signatures["ticketholder"]["date"] == dt.date(2026, 2, 2)
    assert signatures["en_representative"]["method"] == "electronic"
    assert "date" not in signatures["en_representative"]  # signed, undated


def test_a_platforms_sign_here_tab_is_no_signature() -> None:
    plan = read_pages([page(line("Signatures", 58, 60, 12), line("Ticket Holder", 55, 90),
                            line("Sign ▼", 62, 135), line("Signature", 55, 150, 8),
                            line("Date signed", 392, 150, 8))])
    assert "ticketholder" not in plan.data.get("signatures", {})


def test_a_signatures_table_with_the_party_in_the_printed_name_column() -> None:
    # "Signature | Printed name | Date": a drawn signature in one row, /s/ in the other; the
    # role is printed with the name.
    first = LayoutPage(1, words=line("Signatures", 72, 600, 14) + line("Signature", 78, 640)
                       + line("Printed name", 200, 640) + line("Date", 470, 640)
                       + line("Yolanda G. Blackwood Ticket Holder", 200, 662, 7)
                       + line("2/14/2026", 470, 662),
                       images=[(78.0, 655.0, 190.0, 690.0)])
    # The page broke under the first row: the second is at the top of the next page.
    second = LayoutPage(2, words=line("Page 2 of 2", 500, 760)
                        + line("/s/ Lysander Achterberg", 78, 80)
                        + line("Lysander Achterberg, Ticket Program Coordinator", 200, 80, 7)
                        + line("2/15/2026", 470, 80))
    signatures = read_pages([first, second]).data["signatures"]
    assert signatures["ticketholder"] == {"method": "wet", "date": dt.date(2026, 2, 14)}
    assert signatures["en_representative"]["method"] == "electronic"
    assert signatures["en_representative"]["date"] == dt.date(2026, 2, 15)


def test_a_tablet_signature_image_under_its_partys_name() -> None:
    words = (line("11 Signatures", 61, 74, 12) + line("Ticket Holder", 66, 98, 8)
             + line("EN Representative - Case Manager", 320, 98, 8)
             + line("Ann B. Lee", 67, 156, 9)
             + line("Signature captured on tablet · Signed 02/14/2026", 67, 166, 8)
             + line("Dana Reyes", 320, 156, 9)
             + line("Signature captured on tablet · Date signed: not entered", 320, 166, 8))
    signed = LayoutPage(1, words=words, images=[(66.0, 108.0, 255.0, 151.0),
                                                (319.0, 108.0, 507.0, 151.0)])
    signatures = read_pages([signed]).data["signatures"]
    assert signatures["ticketholder"] == {"method": "wet", "date": dt.date(2026, 2, 14)}
    assert signatures["en_representative"] == {"method": "wet"}  # signed, not dated


def test_a_line_that_runs_on_past_a_caption_does_not_wrap_into_the_next_item() -> None:
    # "... summary. Provided by: WIPA" / "project. How often: ..." / "• Job development":
    # the next bullet's service name is not the end of the line above.
    plan = read_pages([page(line("Services and Supports", 72, 420, 14),
                            line("• Benefits counseling – Provided: Yes. Refer to a WIPA "
                                 "project through the Ticket", 121, 470),
                            line("to Work Help Line for a benefits summary.", 138, 483),
                            line("Provided by: WIPA", 360, 483),
                            line("project. How often: Once, within 30 days.", 138, 496),
                            line("• Job development – Provided: Yes. Update the resume and "
                                 "practise interviews.", 121, 512),
                            line("• Training – Provided: No.", 121, 528))])
    services = {s["service"]: s for s in plan.data["services"]}
    assert services["benefits_counseling"]["provided"] is True
    assert services["benefits_counseling"]["description"].startswith("Refer to a WIPA project")
    assert "Work Help Line" in services["benefits_counseling"]["description"]
    assert services["job_development"]["provided"] is True
    assert services["training"]["provided"] is False


def test_a_service_status_column_says_whether_it_is_given() -> None:
    plan = read_pages([page(line("Services and Supports", 64, 620, 14),
                            line("Service", 64, 650), line("Status", 158, 650),
                            line("Staff", 222, 650), line("Frequency", 302, 650),
                            line("Notes", 376, 650),
                            line("Job development", 64, 666), line("In progress", 158, 666),
                            line("Dana Reyes", 222, 666), line("Weekly", 302, 666),
                            line("Update the resume and contact employers.", 376, 666),
                            line("Training", 64, 682), line("Not needed", 158, 682))])
    services = {s["service"]: s for s in plan.data["services"]}
    assert services["job_development"]["provided"] is True
    assert services["job_development"]["provider"] == "Dana Reyes"
    assert services["job_development"]["description"] == "Update the resume and contact employers."
    assert services["training"]["provided"] is False


def test_an_empty_fields_label_takes_no_value_past_the_next_heading() -> None:
    plan = read_pages([page(line("Alternate Contact", 76, 300, 12),
                            line("Name:", 60, 322), line("Relationship:", 308, 322),
                            line("4", 60, 360, 12), line("IWP Discussion", 90, 360, 12),
                            line("Ann Lee", 60, 380))])
    assert "alternate_contact" not in plan.data.get("ticketholder", {})


# --- batch 11: amendments as a fillable form and as an e-mail --------------------------------

def test_the_box_ticked_under_a_change_column_says_the_services_change() -> None:
    words = (line("Revised Services and Supports", 52, 480, 12) + line("Service", 48, 500)
             + line("Added Cont.", 204, 500, 7) + line("Ended", 257, 500, 7)
             + line("Training", 49, 515) + line("Pay for a supervisory skills course.", 98, 539)
             + line("Job search", 49, 563) + line("Ended because the job offer was accepted.", 98, 587))
    boxes = [CheckBox(207, 515, 217, 525, True), CheckBox(233, 515, 243, 525, False),
             CheckBox(259, 515, 269, 525, False), CheckBox(207, 563, 217, 573, False),
             CheckBox(233, 563, 243, 573, False), CheckBox(259, 563, 269, 573, True)]
    services = read_pages([page(words, boxes=boxes)]).data["services"]
    assert [(s["service"], s.get("change")) for s in services] == [("training", "added"),
                                                                   ("job_search", "ended")]


def test_what_under_a_named_service_captions_its_description() -> None:
    plan = read_pages([page(line("CHANGES TO SERVICES AND SUPPORTS", 54, 40, 11),
                            line("1. Training - ADDED", 54, 56), line("What:", 71, 68),
                            line("Provided by:", 72, 79), line("Regional center", 147, 79),
                            line("How often:", 72, 91), line("Once", 135, 91))])
    [training] = plan.data["services"]
    assert training["description"] == "" and training["provider"] == "Regional center"


def test_a_caption_in_brackets_takes_the_value_on_the_rule_above_it() -> None:
    # Every caption of an old paper form is under its rule: the value below a caption is the
    # next field's, the one above is its own.
    plan = read_pages([page(line("PART I - EMPLOYMENT NETWORK", 50, 60, 12),
                            line("Millrace Vocational Partners", 54, 90),
                            line("(Name of Employment Network)", 50, 101, 7),
                            line("88 Sluice Gate Road", 54, 120),
                            line("(Street address)", 50, 131, 7))])
    assert plan.data["employment_network"]["name"] == "Millrace Vocational Partners"


def test_a_goals_job_is_cut_from_its_figures_and_a_printed_name_from_its_title() -> None:
    plan = read_pages([page(line("Employment Goals", 60, 40, 14),
                            line("Short-term goal:", 60, 70),
                            line("Part-time grocery clerk – 24 hrs/week at $15.50/hr", 160, 70),
                            line("Signatures", 60, 300, 14),
                            line("EN representative printed name", 60, 330),
                            line("Imogen S. Halvorsen, Employment Consultant", 260, 330))])
    assert plan.data["employment_goals"]["short_term"]["job_title"] == "Part-time grocery clerk"
    representative = plan.data["employment_network"]["representative"]
    assert representative == {"name": "Imogen S. Halvorsen", "title": "Employment Consultant"}


# --- batches 13 and 14: FPDF, jsPDF and pdfmake -------------------------------------------------

def test_the_ticked_box_before_an_option_chooses_the_meeting_type() -> None:
    words = (line("SECTION 4 - IWP DISCUSSION", 40, 440, 11)
             + line("Date of Discussion", 37, 460) + line("02/02/2026", 162, 460)
             + line("Discussion Held", 37, 478) + line("In person", 182, 478)
             + line("Telephone", 244, 478) + line("Video call", 312, 478))
    def modality(*ticked: bool) -> str | None:
        boxes = [CheckBox(164, 475, 176, 487, ticked[0]), CheckBox(227, 475, 239, 487, ticked[1]),
                 CheckBox(295, 475, 307, 487, ticked[2])]
        return read_pages([page(words, boxes=boxes)]).data["discussion"].get("modality")
    assert modality(False, True, False) == "telephone"
    assert modality(False, False, False) is None  # offered, none chosen


def test_a_row_of_frequency_options_says_only_the_marked_one() -> None:
    plan = read_pages([page(line("8. Follow-up and Contact", 45, 509, 12),
                            line("While looking for work:", 45, 532), line("X Monthly", 212, 532),
                            line("Every three months", 294, 532),
                            line("After starting work:", 45, 549), line("Monthly", 224, 549),
                            line("X Every three months", 282, 549))])
    assert plan.data["follow_up"] == {"initial_phase": "monthly", "ongoing_phase": "quarterly"}


def test_a_typed_signature_over_its_partys_name_with_a_signed_on_line() -> None:
    plan = read_pages([page(line("Signatures", 40, 480, 12),
                            line("/s/ Esperanza C. Gallardo", 43, 510, 13),
                            line("February 14, 2026", 427, 512), line("Ticket Holder", 40, 530, 8),
                            line("Date", 423, 530, 8),
                            line("/s/ Thaddeus Okonkwo", 43, 587, 13),
                            line("Employment Network Representative", 40, 606, 8),
                            line("Thaddeus Okonkwo, Career Navigator", 40, 617, 9),
                            line("Signed electronically on February 15, 2026 at 10:08 AM", 40, 631, 8))])
    signatures = plan.data["signatures"]
    assert signatures["ticketholder"] == {"method": "electronic", "date": dt.date(2026, 2, 14)}
    assert signatures["en_representative"]["date"] == dt.date(2026, 2, 15)


def test_services_as_cards_side_by_side_keep_their_own_text() -> None:
    left, right = (42.0, 147.0, 301.0, 261.0), (312.0, 147.0, 572.0, 272.0)
    words, rects = [], []
    for box, name, badge, text in ((left, "Benefits counseling", "INCLUDED", "Refer to a WIPA "
                                    "project within 30 days for a benefits summary."),
                                   (right, "Training", None, "Not part of this plan right now.")):
        x = box[0] + 14
        words += line(name, x, 157) + line("WHAT WE WILL DO", x, 174, 7) + line(text, x, 184, 7)
        if badge:
            words += line(badge, box[2] - 45, 159, 7)
        rects.append(Ruling(box[0], box[1], box[2], box[1]))
        rects += [Ruling(box[0], box[3], box[2], box[3]), Ruling(box[0], box[1], box[0], box[3]),
                  Ruling(box[2], box[1], box[2], box[3])]
    services = {s["service"]: s for s in read_pages([page(line("Services and supports", 40, 119, 12),
                                                          words, rulings=rects)]).data["services"]}
    assert services["benefits_counseling"]["provided"] is True
    assert services["benefits_counseling"]["description"].startswith("Refer to a WIPA project")
    assert services["training"]["provided"] is False


def test_a_column_is_its_header_cells_width_not_the_headers_words() -> None:
    # FPDF centres each header in its ruled cell; the values start at the cell's left edge.
    cells = [(33, 140), (140, 187), (187, 391), (391, 488), (488, 579)]
    rulings = [Ruling(33, 560, 579, 560), Ruling(33, 576, 579, 576), Ruling(33, 606, 579, 606)]
    rulings += [Ruling(x, 560, x, 606) for x, _ in cells] + [Ruling(579, 560, 579, 606)]
    words = (line("SECTION 5 - CHANGES TO SERVICES AND SUPPORTS", 40, 546, 11)
             + line("Service", 70, 565) + line("Change", 146, 565) + line("Description", 266, 565)
             + line("Staff", 430, 565) + line("Frequency", 512, 565)
             + line("Training", 38, 582) + line("Added", 140, 582)
             + line("Regional center", 396, 582) + line("Once", 492, 582))
    [training] = read_pages([page(words, rulings=rulings)]).data["services"]
    assert training["provider"] == "Regional center"
    assert training["frequency"] == "Once" and not training.get("description")
