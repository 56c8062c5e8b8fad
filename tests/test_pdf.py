"""Step 4 - pdf: what a rendered PDF carries, read back with pypdf, qpdf and poppler.

Rendering takes a fraction of a second per document, so the reference plan and amendment
are rendered once per session and shared.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from iwp.document.pdf import SIGNATURE_FIELDS, canonical_plan_json
from iwp.document.pdfhash import page_content_hash
from iwp.pipeline import render_file, render_pdf
from iwp.document.render import RenderOptions
from iwp.plan.validate import ValidationOptions, validate_data, validate_file

PLAN_TODAY = ValidationOptions(today=dt.date(2026, 6, 20))
AMENDMENT_TODAY = ValidationOptions(today=dt.date(2026, 10, 25))


@pytest.fixture(scope="session")
def plan_pdf(reference_plan: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("render") / "plan.pdf"
    result = render_file(str(reference_plan), out, validation=PLAN_TODAY)
    assert result.written
    return out


@pytest.fixture(scope="session")
def amendment_pdf(reference_amendment: Path, reference_plan: Path,
                  tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("render") / "amendment.pdf"
    result = render_file(str(reference_amendment), out, validation=AMENDMENT_TODAY,
                         original=str(reference_plan))
    assert result.written
    return out


def _reference_data(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _model(data: dict[str, Any], today: dt.date = dt.date(2026, 6, 20)) -> Any:
    result = validate_data(data, "test", ValidationOptions(today=today))
    assert result.model is not None, [f.message for f in result.findings]
    return result.model


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("which", ["plan_pdf", "amendment_pdf"])
def test_embedded_plan_round_trips_and_hashes_match(which: str, request: pytest.FixtureRequest,
                                                    reference_plan: Path,
                                                    reference_amendment: Path) -> None:
    path = request.getfixturevalue(which)
    source = reference_plan if which == "plan_pdf" else reference_amendment
    reader = PdfReader(path)
    assert list(reader.attachments) == ["iwp-plan.json"]
    embedded = reader.attachments["iwp-plan.json"][0]
    original = validate_file(str(source), PLAN_TODAY).model
    assert embedded == canonical_plan_json(original)
    again = validate_data(json.loads(embedded), "embedded")
    assert again.model.model_dump() == original.model_dump()
    info = reader.metadata
    import hashlib
    assert info["/IWP_PlanHash"] == hashlib.sha256(embedded).hexdigest()
    assert info["/IWP_ContentHash"] == page_content_hash(reader)
    assert info["/IWP_SchemaVersion"] == "1"
    assert info["/IWP_Kind"] == ("iwp" if which == "plan_pdf" else "amendment")
    assert len(info["/IWP_Template"]) == 64
    assert info["/Author"] == "Harborlight Employment Partners LLC"


def test_attachment_is_a_pdfa3_source_with_plan_dates(plan_pdf: Path) -> None:
    reader = PdfReader(plan_pdf)
    root = reader.trailer["/Root"]
    filespec = root["/AF"][0].get_object()
    assert filespec["/AFRelationship"] == "/Source"
    stream = filespec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/json"
    # The latest event in the reference plan is its submission on 2026-06-15.
    assert stream["/Params"]["/ModDate"] == "D:20260615000000Z"
    assert stream["/Params"]["/CreationDate"] == "D:20260615000000Z"
    assert reader.metadata["/CreationDate"] == "D:20260615000000Z"


@pytest.mark.parametrize("which", ["plan_pdf", "amendment_pdf"])
def test_tagged_accessible_archival(which: str, request: pytest.FixtureRequest) -> None:
    reader = PdfReader(request.getfixturevalue(which))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "en"
    assert "/Metadata" in root and "/Outlines" in root
    assert b"pdfaid:part=\"3\"" in root["/Metadata"].get_object().get_data() or \
        b"<pdfaid:part>3</pdfaid:part>" in root["/Metadata"].get_object().get_data()
    assert reader.metadata["/Title"].startswith(("Individual Work Plan", "Amendment No. 1"))


@pytest.mark.parametrize("which", ["plan_pdf", "amendment_pdf"])
def test_every_font_is_embedded(which: str, request: pytest.FixtureRequest) -> None:
    reader = PdfReader(request.getfixturevalue(which))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target["/FontDescriptor"].get_object()
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), target
                seen += 1
    assert seen


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize("which", ["plan_pdf", "amendment_pdf"])
def test_qpdf_finds_no_errors(which: str, request: pytest.FixtureRequest) -> None:
    run = subprocess.run(["qpdf", "--check", str(request.getfixturevalue(which))],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors" in run.stdout


def _words(path: Path) -> list[tuple[int, float, float, str]]:
    """(page index, xMin, yMin from the top, word) for every word, from pdftotext."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    import re

    words = []
    pages = html.split("<page ")[1:]
    for index, page in enumerate(pages):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                             r'yMax="[\d.]+">([^<]*)</word>', page):
            words.append((index, float(m.group(1)), float(m.group(2)), m.group(3)))
    return words


def _caption_position(words: list[tuple[int, float, float, str]], caption: str
                      ) -> tuple[int, float, float]:
    parts = caption.split()
    for i in range(len(words) - len(parts) + 1):
        if [w[3] for w in words[i:i + len(parts)]] == parts:
            return words[i][0], words[i][1], words[i][2]
    raise AssertionError(f"caption {caption!r} not found")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
@pytest.mark.parametrize("which", ["plan_pdf", "amendment_pdf"])
def test_signature_fields_lie_on_their_printed_lines(which: str,
                                                     request: pytest.FixtureRequest) -> None:
    path = request.getfixturevalue(which)
    reader = PdfReader(path)
    fields = reader.get_fields()
    assert set(fields) == {"ticketholder_signature", "en_signature"}
    assert all(f["/FT"] == "/Sig" for f in fields.values())
    words = _words(path)
    captions = {"ticketholder_signature": "Signature of Ticketholder",
                "en_signature": "Signature of Employment Network representative"}
    for index, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/FT") != "/Sig":
                continue
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            assert x1 - x0 > 150 and y1 - y0 > 15
            cap_page, cap_x, cap_top = _caption_position(words, captions[annot["/T"]])
            assert cap_page == index
            # The caption is printed just under the line, which is the field's bottom edge.
            assert x0 - 1 <= cap_x <= x1
            assert 0 <= (height - cap_top) - 0 <= y0 + 1
            assert y0 - (height - cap_top) < 12
            assert annot["/F"] == 4 and "/AP" in annot


def _with_representative(reference_plan: Path) -> dict[str, Any]:
    data = _reference_data(reference_plan)
    data["ticketholder"]["representative"] = {"name": "Rosa Quenby", "relationship": "Sister"}
    data["signatures"]["ticketholder_representative"] = {
        "name": "Rosa Quenby", "relationship": "Sister", "method": "electronic",
        "date": dt.date(2026, 6, 10)}
    return data


def test_representative_adds_a_third_signature_field(reference_plan: Path) -> None:
    pdf = render_pdf(_model(_with_representative(reference_plan)))
    reader = PdfReader(io.BytesIO(pdf.data))
    assert set(reader.get_fields()) == set(SIGNATURE_FIELDS)
    text = _text(pdf.data)
    assert "/s/ Rosa Quenby" in text and "June 10, 2026" in text
    assert _tagged_signature_widgets(reader) == {
        "ticketholder_signature": "/Div", "ticketholder_representative_signature": "/Div",
        "en_signature": "/Div"}


# --- signature fields in the structure tree (PDF/UA-1 7.18.1, 7.18.4) --------------------

SIGNATURE_LABELS = {
    "ticketholder_signature": "Signature of the Ticketholder",
    "ticketholder_representative_signature": "Signature of the Ticketholder's representative",
    "en_signature": "Signature of the Employment Network representative",
}


def _parent_tree(node: Any) -> dict[int, Any]:
    """A number tree (``/Nums`` leaves under ``/Kids``) as key -> value (unresolved)."""
    node = node.get_object()
    found: dict[int, Any] = {}
    nums = node.get("/Nums")
    if nums is not None:
        keys = [int(k) for k in nums[0::2]]
        assert keys == sorted(keys) and len(set(keys)) == len(keys), "Nums must be sorted"
        found.update(zip(keys, nums[1::2], strict=True))
    for kid in node.get("/Kids") or []:
        found.update(_parent_tree(kid))
    return found


def _reachable(reader: PdfReader) -> tuple[dict[int, Any], list[Any]]:
    """What walking ``/K`` from the StructTreeRoot reaches: structure elements by object
    number, and the object references (``/OBJR``) found on the way."""
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    elements: dict[int, Any] = {}
    objrs: list[Any] = []
    stack = [root.raw_get("/K")]
    while stack:
        kid = stack.pop()
        if kid is None or isinstance(kid, int):  # an MCID
            continue
        if isinstance(kid, list):
            stack.extend(kid)
            continue
        ref = kid if hasattr(kid, "idnum") else getattr(kid, "indirect_reference", None)
        obj = kid.get_object()
        if obj.get("/Type") == "/OBJR":
            objrs.append(obj)
            continue
        if obj.get("/Type") == "/MCR":
            continue
        if ref is not None:
            if ref.idnum in elements:
                continue
            elements[ref.idnum] = obj
        stack.append(obj.raw_get("/K") if "/K" in obj else None)
    return elements, objrs


def _tagged_signature_widgets(reader: PdfReader) -> dict[str, str]:
    """Checks that every /Sig widget is in the structure tree with its sentence name;
    returns field name -> the structure type of its /Form element's parent."""
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    parent_tree = _parent_tree(root["/ParentTree"])
    elements, objrs = _reachable(reader)
    parents: dict[str, str] = {}
    used_keys = set()
    for page in reader.pages:
        for annot_ref in page.get("/Annots") or []:
            widget = annot_ref.get_object()
            if widget.get("/FT") != "/Sig":
                continue
            name = widget["/T"]
            assert widget["/TU"] == SIGNATURE_LABELS[name]
            assert "/StructParent" in widget, f"{name}: not in the structure tree"
            key = int(widget["/StructParent"])
            assert key not in used_keys
            used_keys.add(key)
            form_ref = parent_tree[key]
            form = form_ref.get_object()
            assert form["/Type"] == "/StructElem" and form["/S"] == "/Form"
            assert form_ref.idnum in elements, f"{name}: /Form not reachable from the root"
            kids = form.raw_get("/K")
            # The OBJR itself, not an array of one: pyHanko accepts a later signature's
            # change to a field only if the tree reaches it along /K /Obj.
            assert not isinstance(kids, list), f"{name}: /Form /K should be the OBJR"
            kids = [kids]
            pointing = [k.get_object() for k in kids
                        if not isinstance(k, int) and k.get_object().get("/Type") == "/OBJR"
                        and k.get_object().raw_get("/Obj").idnum == annot_ref.idnum]
            assert len(pointing) == 1, f"{name}: /Form has no OBJR to the widget"
            assert pointing[0].raw_get("/Pg").idnum == page.indirect_reference.idnum
            assert any(o.raw_get("/Obj").idnum == annot_ref.idnum for o in objrs)
            parent = form["/P"].get_object()
            parent_kids = parent.raw_get("/K")
            parent_kids = parent_kids if isinstance(parent_kids, list) else [parent_kids]
            assert any(getattr(k, "idnum", None) == form_ref.idnum for k in parent_kids)
            parents[name] = parent["/S"]
    # Every ParentTree key the widgets use is unique and the root's next key is past them.
    if "/ParentTreeNextKey" in root:
        assert int(root["/ParentTreeNextKey"]) > max(parent_tree)
    return parents


@pytest.mark.parametrize("which", ["plan_pdf", "amendment_pdf"])
def test_signature_fields_are_in_the_structure_tree(which: str,
                                                    request: pytest.FixtureRequest) -> None:
    reader = PdfReader(request.getfixturevalue(which))
    # Each /Form lies inside its signature line's own element, so in reading order.
    assert _tagged_signature_widgets(reader) == {"ticketholder_signature": "/Div",
                                                 "en_signature": "/Div"}


def test_signature_fields_join_the_tree_without_weasyprint_tagging(
        reference_plan: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Should a WeasyPrint version not tag the signature lines' widgets itself, iwp still
    # puts each in a /Form element of its own, under the document element.
    import iwp.document.pdf

    monkeypatch.setattr(iwp.document.pdf, "_tag_signature_lines", lambda lines: {})
    pdf = render_pdf(_model(_with_representative(reference_plan)))
    reader = PdfReader(io.BytesIO(pdf.data))
    assert _tagged_signature_widgets(reader) == {
        "ticketholder_signature": "/Document", "ticketholder_representative_signature":
        "/Document", "en_signature": "/Document"}
    if shutil.which("qpdf"):
        target = tmp_path / "fallback.pdf"
        target.write_bytes(pdf.data)
        run = subprocess.run(["qpdf", "--check", str(target)], capture_output=True,
                             text=True, check=False)
        assert run.returncode == 0, run.stdout + run.stderr


def test_same_input_same_bytes(reference_plan: Path, plan_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.pdf"
    render_file(str(reference_plan), out, validation=PLAN_TODAY)
    assert out.read_bytes() == plan_pdf.read_bytes()


def test_output_is_private(plan_pdf: Path) -> None:
    assert plan_pdf.stat().st_mode & 0o777 == 0o600


HOSTILE = ('<img src="file:///etc/passwd"> <link rel=attachment href="file:///etc/passwd"> '
           'url(file:///etc/passwd) {{ 1234*5 }} <script>alert(1)</script>')


def test_plan_text_is_data_never_markup(reference_plan: Path, tmp_path: Path) -> None:
    data = _reference_data(reference_plan)
    data["discussion"]["summary"] = HOSTILE
    data["employment_goals"]["short_term"]["job_title"] = "{{ 1234*5 }}"
    data["services"][0]["description"] = "<style>body{background:url(file:///etc/passwd)}</style>"
    data["ticketholder"]["alternate_contact"]["name"] = "Rosa \u202eadnoR\u202c Quenby\u200b"
    pdf = render_pdf(_model(data))
    reader = PdfReader(io.BytesIO(pdf.data))
    assert list(reader.attachments) == ["iwp-plan.json"]
    text = _text(pdf.data)
    assert "{{ 1234*5 }}" in text
    assert "6170" not in text
    assert '<img src="file:///etc/passwd">' in text
    assert "\u202e" not in text and "\u200b" not in text
    target = tmp_path / "hostile.pdf"
    target.write_bytes(pdf.data)
    uncompressed = tmp_path / "plain.pdf"
    subprocess.run(["qpdf", "--stream-data=uncompress", str(target), str(uncompressed)],
                   check=False)
    for blob in (pdf.data, uncompressed.read_bytes() if uncompressed.exists() else b""):
        assert b"root:x:0:0" not in blob


def test_template_fetcher_refuses_files_outside_the_template_folders(tmp_path: Path) -> None:
    from iwp.document.pdf import template_fetcher
    from iwp.document.render import builtin_template_dir

    fetcher = template_fetcher([builtin_template_dir()])
    assert fetcher.fetch((builtin_template_dir() / "style.css").as_uri()).read()
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    link = tmp_path / "link.css"
    for url in ("file:///etc/passwd", secret.as_uri(), "http://example.org/x.css",
                "https://example.org/x.css", "data:text/plain,hello",
                (builtin_template_dir() / ".." / ".." / "etc" / "passwd").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    del link


def test_redact_masks_the_ssn_everywhere(reference_plan: Path) -> None:
    model = _model(_reference_data(reference_plan))
    pdf = render_pdf(model, RenderOptions(redact=True))
    reader = PdfReader(io.BytesIO(pdf.data))
    embedded = reader.attachments["iwp-plan.json"][0].decode()
    assert "900-00-0101" not in embedded and "***-**-0101" in embedded
    text = _text(pdf.data)
    assert "900-00-0101" not in text and "***-**-0101" in text
    assert reader.metadata["/IWP_Redacted"] == "true"


def test_unredacted_form_shows_the_ssn_but_not_in_the_header(plan_pdf: Path) -> None:
    reader = PdfReader(plan_pdf)
    assert "900-00-0101" in reader.pages[0].extract_text()
    for page in reader.pages[1:]:
        assert "900-00-0101" not in page.extract_text()


def test_draft_watermark_on_every_page(reference_plan: Path) -> None:
    pdf = render_pdf(_model(_reference_data(reference_plan)), RenderOptions(draft=True))
    reader = PdfReader(io.BytesIO(pdf.data))
    for page in reader.pages:
        # The watermark is rotated, so text extraction may split its words differently.
        assert "DRAFT-NOTFORSUBMISSION" in "".join(page.extract_text().split())


def test_large_print_keeps_content_with_18pt_text(reference_plan: Path) -> None:
    model = _model(_reference_data(reference_plan))
    normal, large = render_pdf(model), render_pdf(model, RenderOptions(large_print=True))
    assert large.pages > normal.pages
    sizes: list[float] = []

    def visitor(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]) if tm[3] else size)

    reader = PdfReader(io.BytesIO(large.data))
    for page in reader.pages:
        page.extract_text(visitor_text=visitor)
    body = sorted(sizes)[len(sizes) // 2]
    assert body >= 17.9
    for phrase in ("Statement of understanding", "Job development", "Rosa Quenby"):
        assert phrase in _text(large.data).replace("\n", " ")


def test_separate_discussion_summary_page(reference_plan: Path) -> None:
    data = _reference_data(reference_plan)
    data["discussion"]["separate_document"] = True
    pdf = render_pdf(_model(data))
    reader = PdfReader(io.BytesIO(pdf.data))
    last = reader.pages[-1].extract_text()
    assert "Attachment A: Summary of the IWP discussion" in last
    for item in ("Harborlight Employment Partners LLC", "P0041722", "Marisol T. Quenby",
                 "900-00-0101", "June 9, 2026", "In person", "ninety minutes"):
        assert item in last.replace("\n", " ")


def _valid_plan_data() -> dict[str, Any]:
    from tests.conftest import PLAN_FORMAT

    return _reference_data(PLAN_FORMAT / "reference-plan.yaml")


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Co")), min_size=1,
                max_size=400).filter(lambda s: s.strip())


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(summary=_TEXT, title=_TEXT.filter(lambda s: len(s.strip()) <= 300),
       hours=st.integers(min_value=1, max_value=40), extra_terms=st.lists(_TEXT, max_size=3),
       drop_services=st.integers(min_value=0, max_value=5))
def test_generated_plans_render_and_round_trip(summary: str, title: str, hours: int,
                                               extra_terms: list[str],
                                               drop_services: int) -> None:
    data = copy.deepcopy(_valid_plan_data())
    data["discussion"]["summary"] = summary
    data["employment_goals"]["long_term"]["job_title"] = title
    data["work_history"]["jobs"][0]["hours_per_week"] = hours
    data["terms_and_conditions"]["additional"] = extra_terms
    data["services"] = data["services"][drop_services:]
    model = _model(data)
    pdf = render_pdf(model)
    reader = PdfReader(io.BytesIO(pdf.data))
    embedded = reader.attachments["iwp-plan.json"][0]
    assert embedded == canonical_plan_json(model)
    again = validate_data(json.loads(embedded), "embedded")
    assert again.model.model_dump() == model.model_dump()
    assert reader.metadata["/IWP_ContentHash"] == page_content_hash(reader)


def test_rendering_from_threads_is_safe_and_deterministic(reference_plan: Path) -> None:
    # Thread-based executors (e.g. Dask with processes=False) render in threads of one
    # process: Pango is not thread-safe and the document date is process-wide, so renders
    # are serialised. Without that, outputs differed and a CI run crashed in Pango.
    from concurrent.futures import ThreadPoolExecutor

    from iwp.pipeline import render_pdf
    from iwp.plan.validate import validate_file

    model = validate_file(str(reference_plan)).model
    with ThreadPoolExecutor(3) as pool:
        outputs = list(pool.map(lambda _: render_pdf(model).data, range(6)))
    assert len(set(outputs)) == 1
