"""Check the PDFs of tests/data/foreign against their answer key.

The corpus is IWPs, amendments and other documents made by LibreOffice, Chromium, reportlab,
a fillable form and a scan (see tests/data/foreign/README.md). Each file's key says what a
reviewer finds on the page: the document type, the verdict and the status of every
component. The per-file tests are marked ``foreign`` and run only with ``-m foreign``: they
are the target for the reader and judge, not yet met. The tests of the key itself always run,
and so does :func:`test_foreign_corpus_holds_its_floors`, which checks the whole corpus once
and fails when a figure of issue 12 falls below the level already reached.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import iwp

FOREIGN = Path(__file__).parent / "data" / "foreign"
KEY_PATH = FOREIGN / "expected.json"
# Read at collection time: a missing or broken key must fail the run, not skip it.
EXPECTED: dict = json.loads(KEY_PATH.read_text(encoding="utf-8"))


def _load_score_module():
    """tests/data/foreign/score.py, the corpus scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("foreign_score", FOREIGN / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


# Floors for the whole corpus, at the level measured on the reader and judge of today
# (score.py, 2026-12-01). The first 82 files (9 layouts, 5 producers): the old reader 53/82
# verdicts right and 269 present components called missing, the first merged reader and
# judge 59/82 and 9, then 75/82 and 9. Each later batch of layouts was made blind to the
# reader and measured before any change for it (tests/data/foreign/README.md): 30/38 and 157,
# 12/15 and 34, 17/26 and 19, 16/25 and 77, 6/11 and 30 (scans), then - measured after the
# fixes for the batches before them - 18/22 and 14, 12/16 and 29, 9/12 and 9. With
# everything merged (249 files): 248/249 and 1 (a fax streak cut the digits of one
# signature's date, judged needs_review). Raise them as the reader improves; issue 12's targets are 90 % of verdicts
# right and at most one present component called missing per 15 documents.
FLOOR_VERDICTS_RIGHT = 347
CEILING_PRESENT_CALLED_MISSING = 57

# Paper copies: no text layer, or only one OCR wrote (errors included), so the key's values
# are not checked against their text. ``outlined_`` is paper-like: its text was converted to
# vector outlines, so it has no text layer either.
PAPER = ("scan_", "ocrscan_", "fax_", "photo_", "sideways_", "outlined_")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DOCUMENT_TYPES = {"iwp", "amendment", "not_an_iwp"}
VERDICTS = {"complete", "incomplete", "needs_review", "not_an_iwp"}
STATUSES = {"present", "missing", "deficient"}
IWP_COMPONENTS = {
    "en_information", "ticketholder_information", "alternate_contact", "discussion_record",
    "discussion_summary", "work_history", "short_term_goal", "long_term_goal",
    "services_and_supports", "follow_up", "terms_and_conditions", "statement_of_understanding",
    "ticketholder_signature", "en_signature",
}
AMENDMENT_COMPONENTS = {
    "amendment_reference", "en_information", "ticketholder_information", "revised_goals",
    "revised_services", "ticketholder_signature", "en_signature",
}


def test_key_lists_exactly_the_pdfs() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in FOREIGN.glob("*.pdf"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_key_entry_is_consistent(name: str) -> None:
    entry = EXPECTED[name]
    assert entry["document_type"] in DOCUMENT_TYPES
    assert entry["verdict"] in VERDICTS
    assert entry["producer"] and entry["layout"] and entry["notes"]
    components = entry["components"]
    assert set(components.values()) <= STATUSES
    if entry["document_type"] == "not_an_iwp":
        assert entry["verdict"] == "not_an_iwp"
        assert components == {}
        return
    wanted = IWP_COMPONENTS if entry["document_type"] == "iwp" else AMENDMENT_COMPONENTS
    assert set(components) == wanted
    all_present = all(status == "present" for status in components.values())
    assert entry["verdict"] == ("complete" if all_present else "incomplete")
    # Every SSN in the key is in the never-issued 900-999 area.
    ssn = entry["values"].get("ticketholder.ssn")
    if ssn:
        assert 900 <= int(ssn[:3]) <= 999


@pytest.mark.foreign
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_foreign_pdf_is_judged_as_its_key_says(name: str) -> None:
    expected = EXPECTED[name]
    result = iwp.check_pdf(FOREIGN / name)
    found = {component: status.status for component, status in result.components.items()}
    assert (result.document_type, result.verdict, found) == (
        expected["document_type"], expected["verdict"], expected["components"])


def _printed_text(path: Path) -> str:
    """The text layer (pdftotext) and form-field values of a PDF, NFKC-normalised, with
    spaces collapsed."""
    from pypdf import PdfReader

    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                           capture_output=True, text=True, timeout=60).stdout
    fields = (PdfReader(path).get_fields() or {}) if path.name.startswith("form_") else {}
    parts = [pages] + [str(field.get("/V", "")) for field in fields.values()]
    return " ".join(unicodedata.normalize("NFKC", " ".join(parts)).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="needs pdftotext (poppler-utils; scripts/setup.sh installs it)")
@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if not n.startswith(PAPER)))
def test_key_values_are_on_the_page(name: str) -> None:
    # The key's text values (names, PIDs, SSNs, job titles) come from the generator's data;
    # this checks that the generator really printed them (dates and amounts are printed in
    # each layout's own format, so only text is compared).
    text = _printed_text(FOREIGN / name)
    for path, value in EXPECTED[name]["values"].items():
        if isinstance(value, str) and not ISO_DATE.fullmatch(value):
            assert value in text, path


@pytest.fixture(scope="session")
def corpus_score():
    """Every PDF of the corpus checked once, scored against the key (about 45 s)."""
    return _load_score_module().score()


@pytest.mark.slow
def test_foreign_corpus_holds_its_floors(corpus_score) -> None:
    # The targets that hold already are absolute: no defective document called complete,
    # no not-IWP called an IWP, no Python exception text shown to a user. The others are
    # floors at today's level (see FLOOR_VERDICTS_RIGHT above).
    summary = "\n".join(line for line in corpus_score.lines if line.startswith("BAD"))
    assert corpus_score.files == len(EXPECTED)
    assert corpus_score.defective_called_complete == 0, summary
    assert corpus_score.not_iwp_called_iwp == 0, summary
    assert corpus_score.raw_exception_messages == []
    assert corpus_score.verdicts_right >= FLOOR_VERDICTS_RIGHT, summary
    assert corpus_score.present_called_missing <= CEILING_PRESENT_CALLED_MISSING, \
        "\n".join(corpus_score.lines)
