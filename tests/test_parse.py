"""Step 5 - parse: positions pair labels with values; hidden text does not count."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from iwp.errors import PdfReadError
from iwp.read.parse import ParseOptions, parse_pdf


@pytest.fixture()
def overlay_pdf(tmp_path: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = tmp_path / "overlay.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Ticketholder Name:")
    c.drawString(72, 680, "SSN:")
    c.setFillColorRGB(1, 1, 1)
    c.drawString(72, 600, "Long-term goal: white text")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 1)
    c.drawString(72, 580, "tiny text")
    c.setFont("Helvetica", 11)
    c.drawString(72, 2000, "off the page")
    c.drawString(200, 680, "900-00-0101")  # values drawn after, and out of order
    c.drawString(200, 700, "Marisol Quenby")
    c.save()
    return path


def test_values_pair_with_labels_by_position(overlay_pdf: Path) -> None:
    parsed = parse_pdf(overlay_pdf)
    assert [line.text for line in parsed.lines] == ["Ticketholder Name:  Marisol Quenby",
                                                    "SSN:  900-00-0101"]
    assert parsed.hidden_runs == 3


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"PK\x03\x04zipzip")
    with pytest.raises(PdfReadError, match="not a PDF .*ZIP"):
        parse_pdf(path)


def test_truncated_pdf_is_refused_in_one_plain_line(overlay_pdf: Path, tmp_path: Path) -> None:
    # 300 bytes hold the header and part of the first object: nothing of the page is left.
    path = tmp_path / "cut.pdf"
    path.write_bytes(overlay_pdf.read_bytes()[:300])
    with pytest.raises(PdfReadError) as refused:
        parse_pdf(path)
    assert str(refused.value).startswith(f"{path}: damaged PDF: ")
    assert "\n" not in str(refused.value)


def test_a_pdf_with_a_wrong_cross_reference_offset_is_read_with_repairs(
        overlay_pdf: Path, tmp_path: Path) -> None:
    # startxref points into the middle of the file: pypdf finds the objects by scanning.
    data = overlay_pdf.read_bytes()
    head, _, tail = data.rpartition(b"startxref")
    path = tmp_path / "bad-startxref.pdf"
    path.write_bytes(head + b"startxref\n17\n%%EOF\n")
    parsed = parse_pdf(path)
    assert parsed.repairs
    assert parsed.lines[0].text == "Ticketholder Name:  Marisol Quenby"
    with pytest.raises(PdfReadError, match="damaged PDF"):
        parse_pdf(path, ParseOptions(strict=True))


def test_encrypted_with_password(overlay_pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(overlay_pdf))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with pytest.raises(PdfReadError, match="encrypted with a password"):
        parse_pdf(path)


def test_encrypted_with_empty_password_is_read(overlay_pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(overlay_pdf))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "open.pdf"
    writer.write(path)
    parsed = parse_pdf(path)
    assert parsed.decrypted
    assert parsed.lines[0].text.startswith("Ticketholder Name:")


# --- time limits ----------------------------------------------------------------------------

# Pages of this many operators each: PDFium's layout read takes about a third of a second a
# page here (its per-page character cap bounds it), so eight pages outlast the limits below
# several times over.
SLOW_PAGE_OPERATORS = 120_000
SLOW_PAGES = 8


class OuterLimit(BaseException):
    """What a test's own outer alarm raises (as the batch runner's item limit does)."""


_OUTER_ARMED = [False]


def _outer_alarm(signum: int, frame: object) -> None:
    if _OUTER_ARMED[0]:
        raise OuterLimit()


class _OuterTimer:
    """An outer interval timer and handler as ``iwp batch`` sets them (repeating)."""

    def arm(self, seconds: float) -> None:
        import signal

        _OUTER_ARMED[0] = True
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)

    def disarm(self) -> None:
        import signal

        _OUTER_ARMED[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)


@pytest.fixture()
def outer_timer():
    """An :class:`_OuterTimer`, always disarmed after the test."""
    import signal

    previous = signal.signal(signal.SIGALRM, _outer_alarm)
    timer = _OuterTimer()
    yield timer
    timer.disarm()
    signal.signal(signal.SIGALRM, previous)


# An alarm that fires while a garbage-collector callback runs (hypothesis installs one
# when the whole suite runs) is dropped and reported as "unraisable"; the alarm repeats
# until it lands (ALARM_RETRY_SECONDS), which is what these tests check.
ALARM_MAY_BE_DROPPED = pytest.mark.filterwarnings(
    "ignore::pytest.PytestUnraisableExceptionWarning")


def test_deadline_is_not_an_exception_any_except_clause_catches() -> None:
    from iwp.read.parse import _Deadline

    assert issubclass(_Deadline, BaseException) and not issubclass(_Deadline, Exception)


@ALARM_MAY_BE_DROPPED
def test_the_deadline_stops_the_parse_instead_of_skipping_a_page(slow_pdf, tmp_path) -> None:
    # Each page's text is read under `except Exception` (one bad page must not hide the
    # others). The deadline used to be caught there: page 1 was dropped as a "repair" and
    # page 2 read on, past the limit.
    path = slow_pdf(tmp_path / "slow.pdf", SLOW_PAGE_OPERATORS, pages=SLOW_PAGES)
    with pytest.raises(PdfReadError, match=r"took longer than the 0\.5-second limit"):
        parse_pdf(path, ParseOptions(timeout=0.5, ocr=False))


@ALARM_MAY_BE_DROPPED
def test_an_outer_timer_is_restored_after_the_parse(outer_timer, overlay_pdf) -> None:
    import signal

    outer_timer.arm(30.0)
    parse_pdf(overlay_pdf, ParseOptions(timeout=5.0))
    left, interval = signal.getitimer(signal.ITIMER_REAL)
    outer_timer.disarm()
    assert 20.0 < left <= 30.0 and interval > 0  # still running, with what remained of it
    assert signal.getsignal(signal.SIGALRM) is _outer_alarm


@ALARM_MAY_BE_DROPPED
def test_an_outer_timer_shorter_than_the_parse_limit_stays_in_charge(
        outer_timer, slow_pdf, tmp_path) -> None:
    # The batch item's limit (here 0.5 s) is shorter than the parse's own (30 s): its
    # handler fires and its exception goes through the parse untouched.
    path = slow_pdf(tmp_path / "slow.pdf", SLOW_PAGE_OPERATORS, pages=SLOW_PAGES)
    outer_timer.arm(0.5)
    with pytest.raises(OuterLimit):
        parse_pdf(path, ParseOptions(timeout=30.0, ocr=False))
    outer_timer.disarm()


@ALARM_MAY_BE_DROPPED
def test_an_outer_limit_that_runs_out_during_the_parse_fires_after_it(
        outer_timer, slow_pdf, tmp_path) -> None:
    # A parse limit shorter than the outer one ends the parse; the outer limit, restored
    # with the little time left to it, then stops whatever comes next.
    import time

    path = slow_pdf(tmp_path / "slow.pdf", SLOW_PAGE_OPERATORS, pages=SLOW_PAGES)
    outer_timer.arm(0.8)
    with pytest.raises(OuterLimit):
        try:
            parse_pdf(path, ParseOptions(timeout=0.5, ocr=False))
        except PdfReadError:
            time.sleep(5)  # the work after the parse: the restored timer must stop it
    outer_timer.disarm()


# --- parses side by side in threads (a thread-based executor) --------------------------------

def test_parses_in_threads_keep_their_own_repairs_and_the_recursion_limit(
        overlay_pdf, tmp_path) -> None:
    import sys
    from concurrent.futures import ThreadPoolExecutor

    sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))
    import make_hostile

    make_hostile.generate(tmp_path, big=False)
    damaged = tmp_path / "pdfs" / "broken_xref.pdf"
    alone = parse_pdf(damaged).repairs
    assert alone  # it needs repairs, and says so
    limit = sys.getrecursionlimit()
    files = [damaged, overlay_pdf] * 8
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(parse_pdf, files))
    for path, parsed in zip(files, results):
        assert parsed.repairs == (alone if path == damaged else []), path
    assert sys.getrecursionlimit() == limit
    added = [h for h in logging.getLogger("pypdf").handlers if type(h).__name__ == "_RepairLog"]
    assert len(added) == 1  # one shared handler, not one left behind by each parse


def test_the_recursion_limit_stays_raised_while_any_parse_runs() -> None:
    import sys
    import threading

    from iwp.read import parse

    limit = sys.getrecursionlimit()
    inside = threading.Event()
    leave = threading.Event()

    def hold() -> None:
        with parse._deep_recursion():
            inside.set()
            leave.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(10)
    with parse._deep_recursion():
        pass  # a second parse ending must not lower the limit under the first
    assert sys.getrecursionlimit() >= parse._RECURSION_LIMIT
    leave.set()
    holder.join(10)
    assert sys.getrecursionlimit() == limit
