"""Step 6 - check: the foreign-PDF corpus, rendered PDFs, tamper detection, the command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import iwp
from iwp.read import ocr
from iwp.check import CheckOptions
from iwp.cli import main

PDFS = Path(__file__).parent / "data" / "pdfs"
# The answer key must exist: without it the corpus tests would run over nothing and pass.
EXPECTED = json.loads((PDFS / "expected.json").read_text())
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_answer_key_covers_every_corpus_pdf() -> None:
    assert EXPECTED and set(EXPECTED) == {path.name for path in PDFS.glob("*.pdf")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus(name: str) -> None:
    # The answer key's top level is the result without OCR (the scan's `ocr` entry is the
    # result with it, tested below); OCR changes nothing for a PDF with text or fields.
    expected = EXPECTED[name]
    result = iwp.check_pdf(PDFS / name, CheckOptions(ocr=False))
    assert result.document_type == expected["document_type"]
    assert result.source == expected["source"]
    assert {k: v.status for k, v in result.components.items()} == expected["components"]
    assert result.verdict == expected["verdict"]


@pytest.mark.skipif(not ocr.available(), reason="OCR needs tesseract (Debian package "
                    "tesseract-ocr) and pdftoppm (poppler-utils); scripts/setup.sh installs them")
@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "ocr" in e))
def test_corpus_read_by_ocr(name: str) -> None:
    expected = EXPECTED[name]["ocr"]
    result = iwp.check_pdf(PDFS / name)
    assert result.source == expected["source"]
    assert result.document_type == expected["document_type"]
    assert {k: v.status for k, v in result.components.items()} == expected["components"]
    assert result.verdict == expected["verdict"]
    assert "IWP813" in [f.code for f in result.findings]


def test_deficient_component_has_page_and_reason() -> None:
    result = iwp.check_pdf(PDFS / "layout_a_long_term_below_sga.pdf")
    goal = result.components["long_term_goal"]
    assert goal.page == 2
    # The rule pack words the threshold as an amount ("below $1,690.00 a month (the amount
    # for Substantial Gainful Activity ...)"); 2026's SGA stands in for 2029's.
    assert "below $1,690.00 a month" in goal.reason


def test_evidence_masks_ssn() -> None:
    result = iwp.check_pdf(PDFS / "layout_b_complete.pdf")
    text = json.dumps(result.to_dict())
    assert "923-45-6781" not in text
    assert "***-**-6781" in text


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rendered")
    iwp.render_file(str(EXAMPLES / "complete-iwp.yaml"), out / "plan.pdf")
    return out / "plan.pdf"


def test_rendered_pdf_is_complete_from_embedded_plan(rendered: Path) -> None:
    result = iwp.check_pdf(rendered)
    assert result.source == "embedded"
    assert result.verdict == "complete"
    # The PDF carries a field for each signature, unsigned: the plan records wet or
    # electronic signatures made elsewhere.
    assert {(s.name, s.state) for s in result.signatures} == {
        ("ticketholder_signature", "empty"), ("en_signature", "empty")}


def test_submission_stage_accepts_a_plan_that_records_its_signatures(rendered: Path) -> None:
    result = iwp.check_pdf(rendered, CheckOptions(stage="submission"))
    assert result.verdict == "complete"
    assert {result.components[c].status for c in ("ticketholder_signature",
                                                   "en_signature")} == {"present"}


@pytest.fixture(scope="module")
def rendered_unsigned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The complete example with no signatures recorded, rendered as a draft."""
    import yaml

    from iwp.document.render import RenderOptions

    out = tmp_path_factory.mktemp("unsigned")
    data = yaml.safe_load((EXAMPLES / "complete-iwp.yaml").read_text(encoding="utf-8"))
    data["signatures"] = {"ticketholder": None, "ticketholder_representative": None,
                          "en_representative": None}
    data.pop("submission", None)
    (out / "plan.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    iwp.render_file(str(out / "plan.yaml"), out / "plan.pdf",
                    options=RenderOptions(draft=True))
    return out / "plan.pdf"


@pytest.mark.parametrize("stage, verdict, severity", [
    ("draft", "complete", "warning"), ("submission", "incomplete", "error")])
def test_unsigned_is_a_warning_for_a_draft_and_incomplete_at_submission(
        rendered_unsigned: Path, stage: str, verdict: str, severity: str) -> None:
    result = iwp.check_pdf(rendered_unsigned, CheckOptions(stage=stage))
    assert result.verdict == verdict
    unsigned = [f for f in result.findings if f.code == "IWP804"]
    assert sorted(f.path for f in unsigned) == ["en_signature", "ticketholder_signature"]
    assert {f.severity.value for f in unsigned} == {severity}


def test_edited_page_content_is_detected(rendered: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    writer = PdfWriter(clone_from=PdfReader(rendered))
    page = writer.pages[0]
    content = ContentStream(page.get_contents(), writer)
    content.set_data(content.get_data() + b"\nBT /F1 9 Tf 72 72 Td (edited) Tj ET\n")
    page.replace_contents(content)
    edited = tmp_path / "edited.pdf"
    writer.write(edited)
    result = iwp.check_pdf(edited)
    assert result.verdict == "needs_review"
    assert "IWP802" in [f.code for f in result.findings]


def test_added_signature_field_is_not_an_edit(rendered: Path, tmp_path: Path) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    target = tmp_path / "with-field.pdf"
    shutil.copyfile(rendered, target)
    with open(target, "rb+") as handle:
        writer = IncrementalPdfFileWriter(handle)
        append_signature_field(writer, SigFieldSpec("witness_signature", box=(50, 50, 200, 90)))
        writer.write_in_place()
    result = iwp.check_pdf(target)
    assert result.verdict == "complete"
    assert "IWP802" not in [f.code for f in result.findings]
    assert "witness_signature" in [s.name for s in result.signatures]


def test_cli_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("hello")
    with pytest.raises(SystemExit) as done:
        main(["check", str(PDFS / "layout_a_complete.pdf")])
    assert done.value.code == 0
    with pytest.raises(SystemExit) as done:
        main(["check", str(PDFS / "layout_a_no_terms.pdf")])
    assert done.value.code == 1
    with pytest.raises(SystemExit) as done:
        main(["check", str(not_pdf), str(PDFS / "layout_a_complete.pdf")])
    assert done.value.code == 2
    out = capsys.readouterr().out
    assert "not a PDF (it looks like a text file)" in out
    assert "Traceback" not in out


def test_cli_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--format", "json", str(PDFS / "layout_b_complete.pdf")])
    data = json.loads(capsys.readouterr().out)
    entry = data["files"][0]
    assert set(entry) >= {"path", "document_type", "source", "verdict", "components",
                          "signatures", "findings"}
    assert entry["components"]["en_signature"]["status"] == "present"
    assert "summary" in data


def test_rendered_components_have_the_pages_they_are_printed_on(rendered: Path) -> None:
    from pypdf import PdfReader

    result = iwp.check_pdf(rendered)
    pages = [c.page for c in result.components.values()]
    assert all(isinstance(p, int) for p in pages)
    assert pages == sorted(pages), "components follow the form's order"
    reader = PdfReader(rendered)
    for name, heading in (("terms_and_conditions", "Terms and conditions"),
                          ("services_and_supports", "Section 4"),
                          ("en_signature", "Signature of Employment Network representative")):
        page = result.components[name].page
        assert heading in reader.pages[page - 1].extract_text(), (name, page)


def test_pages_come_from_the_recorded_outline_without_reading_bookmarks(
        rendered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import iwp.read.parse

    expected = {n: c.page for n, c in iwp.check_pdf(rendered).components.items()}
    monkeypatch.setattr(iwp.read.parse, "_outline", lambda reader, limit=300: [])
    assert {n: c.page for n, c in iwp.check_pdf(rendered).components.items()} == expected


def test_the_recorded_outline_keeps_only_headings_that_name_a_part(rendered: Path) -> None:
    import json

    from pypdf import PdfReader

    from iwp import domain
    from iwp.read.parse import iwp_info

    reader = PdfReader(rendered)
    recorded = json.loads(iwp_info(reader)["IWP_Outline"])
    patterns = [pattern for _, pattern in domain.outline_patterns()]
    assert recorded and all(any(p.search(title) for p in patterns) for title, _ in recorded)
    bookmarks: list[str] = []
    stack = [reader.outline]
    while stack:
        for item in stack.pop():
            if isinstance(item, list):
                stack.append(item)
            else:
                bookmarks.append(item.title)
    assert "Part Two: IWP discussion" in bookmarks  # a heading no component is named by
    assert "Part Two: IWP discussion" not in [title for title, _ in recorded]
