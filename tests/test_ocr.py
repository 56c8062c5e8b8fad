"""OCR of scans: Tesseract and pdftoppm as subprocesses, and every way they can fail.

Tests marked ``needs_tesseract`` run the real programs (CI installs them with
scripts/setup.sh). The others put small shell scripts named ``pdftoppm`` and ``tesseract``
first on the PATH to stand in for programs that are missing, hang or fail. All people and
SSNs are fictional (900-999 area).
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import iwp
from iwp.read import ocr
from iwp.check import CheckOptions, check_parsed
from iwp.cli import main
from iwp.findings import Severity
from iwp.read.parse import ParseOptions, TextRun, group_lines, parse_pdf

ROOT = Path(__file__).resolve().parents[1]
PDFS = Path(__file__).parent / "data" / "pdfs"
SCAN = PDFS / "scan_image_only.pdf"
EXPECTED = json.loads((PDFS / "expected.json").read_text())["scan_image_only.pdf"]
SSN = "990-11-2233"  # the scan's Ticketholder (fictional)

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="OCR needs tesseract (Debian package tesseract-ocr) and "
    "pdftoppm (poppler-utils) on the PATH; scripts/setup.sh installs them")

# Stand-ins. pdftoppm writes an (empty) image named after its last argument, as the real
# one does with -singlefile; it is never read, because every fake tesseract fails or
# prints its own TSV.
FAKE_PDFTOPPM = 'for last; do :; done\n: > "$last.pgm"'
TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight" \
           "\tconf\ttext"


def fake_programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **scripts: str) -> Path:
    """A folder holding the given shell scripts, made the whole PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, body in scripts.items():
        script = folder / name
        script.write_text("#!/bin/sh\nPATH=/usr/bin:/bin\n" + body + "\n")
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return folder


@pytest.fixture()
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where OCR makes its temporary folder during the test (to see that it is removed)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def statuses(result: iwp.CheckResult) -> dict[str, str]:
    return {name: status.status for name, status in result.components.items()}


def assert_old_scan_result(result: iwp.CheckResult) -> str:
    """The no-OCR answer for the scan; returns IWP806's message."""
    assert result.source == EXPECTED["source"] == "none"
    assert result.document_type == EXPECTED["document_type"]
    assert result.verdict == EXPECTED["verdict"]
    assert statuses(result) == EXPECTED["components"]
    assert "IWP813" not in [f.code for f in result.findings]
    [message] = [f.message for f in result.findings if f.code == "IWP806"]
    return message


# --- the real programs -------------------------------------------------------------------

@needs_tesseract
def test_a_scan_is_read_by_ocr_with_a_warning_and_no_ssn_or_text_in_the_log(
        private_tmp: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="iwp")
    result = iwp.check_pdf(SCAN)
    assert (result.source, result.document_type) == ("ocr", "iwp")
    assert result.verdict == EXPECTED["ocr"]["verdict"]
    assert statuses(result) == EXPECTED["ocr"]["components"]
    [warning] = [f for f in result.findings if f.code == "IWP813"]
    assert warning.severity is Severity.WARNING
    assert "its 3 page images" in warning.message
    assert "IWP806" not in [f.code for f in result.findings]
    assert result.components["ticketholder_signature"].page == 3
    text = json.dumps(result.to_dict())
    assert SSN not in text and not re.search(r"\b\d{3}-\d{2}-\d{4}\b", text)
    assert "OCR read 3 page(s)" in caplog.text
    assert SSN not in caplog.text and "Santangelo" not in caplog.text
    assert list(private_tmp.iterdir()) == []


@needs_tesseract
def test_words_come_back_in_pdf_points_on_their_page() -> None:
    read = ocr.read_pdf(SCAN, max_pages=1)
    assert read.problem is None and read.pages_read == 1
    lines = group_lines(read.runs)
    title = lines[0]
    assert title.text.startswith("INDIVIDUAL WORK PLAN")
    # Drawn 115 px (at 150 dpi) from the left and 110 px from the top of a letter page.
    assert title.page == 1 and 50 < title.segments[0][0] < 62
    assert 700 < title.y < 740
    assert 9 < title.runs[0].size < 16  # 26 px at 150 dpi is 12.5 pt
    assert all(run.page == 1 for run in read.runs)


@needs_tesseract
def test_iwp_check_prints_a_scan_read_by_ocr(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["check", str(SCAN)])
    out = capsys.readouterr().out
    assert done.value.code == 0  # complete; IWP813 is a warning
    assert f"{SCAN}: COMPLETE (iwp, from ocr)" in out
    assert "warning IWP813" in out and "compare names, dates, amounts" in out
    assert SSN not in out


@needs_tesseract
def test_batch_check_reads_scans_unless_told_not_to(tmp_path: Path) -> None:
    verdicts = {}
    for flags in ([], ["--no-ocr"]):
        report = tmp_path / f"report{len(flags)}.json"
        run = subprocess.run([sys.executable, "-m", "iwp", "batch", "check", str(SCAN),
                              "--jobs", "1", "--quiet", "--report", str(report), *flags],
                             cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
        assert "Traceback" not in run.stderr
        [item] = json.loads(report.read_text())["items"]
        verdicts[tuple(flags)] = item["verdict"]
    assert verdicts == {(): EXPECTED["ocr"]["verdict"], ("--no-ocr",): EXPECTED["verdict"]}


# --- switched off ------------------------------------------------------------------------

def test_no_ocr_keeps_the_old_result() -> None:
    message = assert_old_scan_result(iwp.check_pdf(SCAN, CheckOptions(ocr=False)))
    assert "switched off (--no-ocr)" in message


def test_iwp_check_no_ocr(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--no-ocr", "--format", "json", str(SCAN)])
    [entry] = json.loads(capsys.readouterr().out)["files"]
    assert (entry["source"], entry["verdict"]) == ("none", "needs_review")
    assert {c["status"] for c in entry["components"].values()} == {"unreadable_without_ocr"}


# --- missing, hanging or failing programs --------------------------------------------------

@pytest.mark.parametrize("present", [{}, {"pdftoppm": FAKE_PDFTOPPM},
                                     {"tesseract": "exit 0"}])
def test_missing_programs_fall_back_and_say_how_to_install(
        present: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_programs(tmp_path, monkeypatch, **present)
    assert not ocr.available()
    message = assert_old_scan_result(iwp.check_pdf(SCAN))
    assert "OCR is not installed" in message and "tesseract-ocr" in message


def test_a_hanging_tesseract_is_stopped_and_the_old_result_stands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_tmp: Path) -> None:
    fake_programs(tmp_path, monkeypatch, pdftoppm=FAKE_PDFTOPPM, tesseract="exec sleep 60")
    monkeypatch.setattr(ocr, "CALL_TIMEOUT", 0.5)
    result = iwp.check_pdf(SCAN)
    message = assert_old_scan_result(result)
    assert "OCR could not read it (tesseract took over 0.5 seconds on page 1)" in message
    assert list(private_tmp.iterdir()) == []


def test_a_failing_tesseract_falls_back_without_showing_its_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_tmp: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="iwp")
    fake_programs(tmp_path, monkeypatch, pdftoppm=FAKE_PDFTOPPM, tesseract=(
        'echo "Ticketholder Name: Pat Q. Example SSN: 912-34-5678"\n'
        'echo "Ticketholder Name: Pat Q. Example SSN: 912-34-5678" >&2\nexit 3'))
    result = iwp.check_pdf(SCAN)
    message = assert_old_scan_result(result)
    assert "tesseract failed on page 1 (exit code 3)" in message
    for text in (json.dumps(result.to_dict()), caplog.text):
        assert "912-34-5678" not in text and "Pat Q. Example" not in text
    assert list(private_tmp.iterdir()) == []


def test_a_failing_pdftoppm_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       private_tmp: Path) -> None:
    fake_programs(tmp_path, monkeypatch, pdftoppm="exit 99", tesseract="exit 0")
    message = assert_old_scan_result(iwp.check_pdf(SCAN))
    assert "pdftoppm failed on page 1 (exit code 99)" in message
    assert list(private_tmp.iterdir()) == []


def test_next_to_no_text_leaves_the_scan_unread(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    tsv = f"{TSV_HEAD}\n1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t\n" \
          "5\t1\t1\t1\t1\t1\t200\t300\t90\t30\t91.5\tSmudge\n"
    fake_programs(tmp_path, monkeypatch, pdftoppm=FAKE_PDFTOPPM,
                  tesseract=f"printf '%s' '{tsv}'")
    parsed = parse_pdf(str(SCAN), ParseOptions())
    assert (parsed.source, parsed.ocr_status) == ("none", "little_text")
    message = assert_old_scan_result(check_parsed(parsed))
    assert "next to no text" in message


def test_the_time_budget_stops_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_programs(tmp_path, monkeypatch, pdftoppm=FAKE_PDFTOPPM, tesseract="exit 0")
    read = ocr.read_pdf(SCAN.read_bytes(), budget=0.5)
    assert read.runs == [] and read.problem == "gave up after 0.5 seconds"


def test_a_huge_page_image_is_not_drawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))
    import make_hostile

    pdf = tmp_path / "huge_image.pdf"
    pdf.write_bytes(make_hostile.pdf_huge_image())
    fake_programs(tmp_path, monkeypatch, pdftoppm="exit 7", tesseract="exit 7")
    result = iwp.check_pdf(pdf)
    assert (result.source, result.verdict) == ("none", "needs_review")
    [message] = [f.message for f in result.findings if f.code == "IWP806"]
    assert "10,000,000,000 pixels is too large to draw" in message


def test_a_file_name_starting_with_a_dash_never_reaches_a_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = tmp_path / "args.txt"
    fake_programs(tmp_path, monkeypatch, pdftoppm=f'echo "$@" >> {args}\n' + FAKE_PDFTOPPM,
                  tesseract=f'echo "$@" >> {args}\nexit 1')
    odd = tmp_path / "-r 1 scan.pdf"
    odd.write_bytes(SCAN.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert ocr.read_pdf("-r 1 scan.pdf").problem == "tesseract failed on page 1 (exit code 1)"
    assert "-r 1 scan.pdf" not in args.read_text()
    assert os.path.basename(args.read_text().split()[-1]) == "tsv"


# --- from TSV to lines, and the verdict rule ---------------------------------------------

def test_tsv_words_become_runs_in_points_split_at_wide_gaps_and_rules() -> None:
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t",  # a letter page at 200 dpi
        "4\t1\t1\t1\t1\t0\t200\t300\t1300\t32\t-1\t",
        "5\t1\t1\t1\t1\t1\t200\t302\t45\t28\t96.1\tEN",
        "5\t1\t1\t1\t1\t2\t262\t300\t110\t30\t95.0\tName:",
        "5\t1\t1\t1\t1\t3\t600\t300\t100\t32\t93.2\tCedar",  # a wide gap: a new cell
        "5\t1\t1\t1\t1\t4\t715\t300\t90\t30\t12.0\t~~",  # too unsure: left out
        "5\t1\t1\t1\t1\t5\t820\t300\t90\t30\t92.0\tRidge",
        "5\t1\t1\t1\t1\t6\t925\t296\t4\t40\t80.0\t|",  # a table rule: a cell boundary
        "5\t1\t1\t1\t1\t7\t945\t300\t70\t30\t90.0\tPID",
        "5\t1\t2\t1\t1\t1\t200\t400\t90\t30\t90.0\tNext",
    ]
    runs, confidences = ocr.tsv_runs(TSV_HEAD + "\n" + "\n".join(rows) + "\n", 2, 200)
    assert [r.text for r in runs] == ["EN Name:", "Cedar Ridge", "PID", "Next"]
    assert len(confidences) == 6  # not the unsure word, nor the rule
    first = runs[0]
    assert first.page == 2
    assert first.x == pytest.approx(200 * 72 / 200)
    assert first.y == pytest.approx(792 - 332 * 72 / 200)  # bottom of the line's lowest word
    assert first.size == pytest.approx(30 * 1.25 * 72 / 200)
    assert {r.y for r in runs[:3]} == {first.y}
    line = group_lines(runs)[0]
    assert [cell for _, cell in line.segments] == ["EN Name:", "Cedar Ridge", "PID"]


def test_tsv_that_is_not_tsv_gives_nothing() -> None:
    assert ocr.tsv_runs("", 1, 200) == ([], [])
    assert ocr.tsv_runs("Error: no page\nnot\ta\trow", 1, 200) == ([], [])


def _ocr_parsed(lines_text: list[str]) -> object:
    parsed = parse_pdf(str(SCAN), ParseOptions(ocr=False))
    runs = [TextRun(text, 54.0, 740.0 - 14 * i, 10.0, 1) for i, text in enumerate(lines_text)]
    parsed.source, parsed.lines = "ocr", group_lines(runs)
    parsed.ocr = ocr.OcrResult(pages_read=1, confidence=88.0)
    return parsed


def _read_ocr_lines(lines_text: list[str]) -> object:
    """The layout reader's plan of OCR lines (one run each, 14 pt apart)."""
    from types import SimpleNamespace

    from iwp.read.plan import read_plan

    runs = [TextRun(text, 54.0, 740.0 - 14 * i, 10.0, 1) for i, text in enumerate(lines_text)]
    return read_plan(SimpleNamespace(source="ocr", ocr=None, lines=group_lines(runs)))


def test_ocr_brackets_around_a_tick_stay_a_box_in_a_row_of_options() -> None:
    # Brackets are specks elsewhere on a scan; here they are the boxes, and only the ticked
    # range is the goal's monthly amount (not the first amount of the row).
    plan = _read_ocr_lines(["Long-term goal", "Job title: Warehouse team lead",
                            "Expected monthly earnings (Should be at or above SGA):",
                            "[ ] $1040-$2000 [ ] $2001-$3500 [X] $3501+"])
    assert plan.data["employment_goals"]["long_term"]["monthly_earnings"] == 3501


def test_an_ocr_service_line_s_caption_is_not_its_description() -> None:
    # OCR drops the dash as a speck, which leaves the caption a cell of its own on the row.
    plan = _read_ocr_lines(["Services and supports",
                            "[X] Benefits counseling - How the EN will provide it:",
                            "We will refer you to a WIPA counselor within two weeks.",
                            "[X] Job development - How the EN will provide it:",
                            "We will update your resume and practise interviews twice."])
    services = {s["service"]: s.get("description", "") for s in plan.data["services"]}
    assert "WIPA counselor" in services["benefits_counseling"]
    assert "resume" in services["job_development"]
    assert not any("provide it" in text for text in services.values())


def test_an_ocr_read_with_no_title_needs_review_and_another_title_is_not_an_iwp() -> None:
    unknown = check_parsed(_ocr_parsed(["Notes from Tuesday", "We talked about the weather",
                                        "and the bus timetable for next month."]))
    assert (unknown.document_type, unknown.verdict) == ("unknown", "needs_review")
    assert "IWP813" in [f.code for f in unknown.findings]
    invoice = check_parsed(_ocr_parsed(["INVOICE No. 4471", "Office supplies, 12 boxes",
                                        "Total due: $148.20 by 07/01/2026"]))
    assert (invoice.document_type, invoice.verdict) == ("not_an_iwp", "not_an_iwp")


def test_a_complete_plan_read_by_ocr_is_complete_with_the_warning() -> None:
    parsed = parse_pdf(str(PDFS / "layout_b_complete.pdf"), ParseOptions(ocr=False))
    parsed.source, parsed.ocr = "ocr", ocr.OcrResult(pages_read=2, confidence=91.0)
    result = check_parsed(parsed)
    assert result.verdict == "complete"
    [warning] = [f for f in result.findings if f.code == "IWP813"]
    assert f"first 2 of {parsed.page_count} page images" in warning.message
    assert "mean word confidence 91%" in warning.message


# --- pages fed sideways ------------------------------------------------------------------

SIDEWAYS_TEXT = ["INDIVIDUAL WORK PLAN", "Employment Network: Juniper Trail Services",
                 "Ticketholder: Odalys Brennan-Okafor", "Short-term goal: library assistant",
                 "Long-term goal: records clerk at the county office",
                 "We will contact you at least once a month by telephone."]


def _letter_scan(path: Path, quarter_turns: int) -> None:
    """A one-page letter-size scan at 150 dpi of a few lines of text, the sheet turned
    ``quarter_turns`` times counter-clockwise (1: its text runs bottom to top)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1275, 1650), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    for index, text in enumerate(SIDEWAYS_TEXT):
        draw.text((120, 150 + 70 * index), text, fill=30, font=font)
    image.rotate(90 * quarter_turns, expand=True).save(path, resolution=150.0)


def test_tesseract_orientation_output_is_read() -> None:
    osd = ("Page number: 0\nOrientation in degrees: 270\nRotate: 90\n"
           "Orientation confidence: 10.10\nScript: Latin\nScript confidence: 2.44\n")
    assert ocr.orientation(osd) == (90, 10.1)
    assert ocr.orientation("Too few characters. Skipping this page\n") is None
    assert ocr.orientation("Rotate: 45\nOrientation confidence: 3.0\n") is None


def test_mean_confidence_counts_words_only() -> None:
    rows = ["1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t",
            "5\t1\t1\t1\t1\t1\t200\t302\t45\t28\t90.0\tEN",
            "5\t1\t1\t1\t1\t2\t262\t300\t110\t30\t30.0\tName:",
            "5\t1\t1\t1\t1\t3\t600\t300\t100\t32\t95.0\t "]  # an empty word: not counted
    assert ocr.mean_confidence(TSV_HEAD + "\n" + "\n".join(rows) + "\n") == pytest.approx(60.0)
    assert ocr.mean_confidence(TSV_HEAD + "\n") == 0.0


@needs_tesseract
def test_a_page_scanned_sideways_without_rotate_is_turned_and_read(tmp_path: Path) -> None:
    scan = tmp_path / "sideways.pdf"
    _letter_scan(scan, 1)
    read = ocr.read_pdf(scan)
    assert read.problem is None
    [layout] = read.pages
    assert (layout.width, layout.height) == (612.0, 792.0)  # upright: letter, not landscape
    text = " ".join(line.text for line in group_lines(read.runs))
    assert "Juniper Trail Services" in text and "records clerk" in text
    title = group_lines(read.runs)[0]
    assert title.text.startswith("INDIVIDUAL WORK PLAN") and title.y > 700  # at the top


@needs_tesseract
def test_an_upright_scan_pays_for_no_orientation_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = tmp_path / "upright.pdf"
    _letter_scan(scan, 0)
    calls: list[list[str]] = []
    real_run = ocr._run

    def recording_run(args: list[str], *rest: object) -> str:
        calls.append(args)
        return real_run(args, *rest)

    monkeypatch.setattr(ocr, "_run", recording_run)
    read = ocr.read_pdf(scan)
    assert "Juniper Trail Services" in " ".join(line.text for line in group_lines(read.runs))
    psm_zero = [args for args in calls if "--psm" in args and args[args.index("--psm") + 1] == "0"]
    assert calls and not psm_zero
