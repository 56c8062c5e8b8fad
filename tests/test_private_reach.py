"""The shortcuts into WeasyPrint's and pydyf's private parts agree with the public ways.

iwp reads WeasyPrint's box tree (``page._page_box``) only in iwp.document.weasyprint_layout and
pydyf's serialised stream bytes only in iwp.document.pydyf_stream. Each module checks itself at
import and has a slower public fallback; these tests compare the two on real renders, so a
library upgrade that changes the private parts fails here rather than in a document.
"""

from __future__ import annotations

import io
import warnings

import pydyf
import pytest
from pypdf import PdfReader

from iwp.document import pdf as iwp_pdf
from iwp.document import pydyf_stream
from iwp.document import weasyprint_layout as layout
from iwp.document.pdfhash import page_content_hash
from iwp.pipeline import render_pdf
from iwp.document.render import RenderOptions, render_html, template_dirs
from iwp.plan.validate import validate_file

# The anchor rectangle and the border box come from the same floats.
RECT_TOLERANCE_PX = 0.01


@pytest.fixture(scope="module")
def laid_out(reference_plan):
    model = validate_file(str(reference_plan)).model
    options = RenderOptions()
    folders = template_dirs(options)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import weasyprint

        document = weasyprint.HTML(
            string=render_html(model, options), base_url=folders[0].as_uri() + "/",
            url_fetcher=iwp_pdf.template_fetcher(folders)).render(
                font_config=iwp_pdf._font_config(),
                stylesheets=iwp_pdf.stylesheets(folders, False),
                pdf_variant=iwp_pdf.PDF_VARIANT, pdf_tags=True)
    return document


def test_both_fast_paths_are_on_with_the_locked_versions():
    assert layout.FAST_PATH
    assert pydyf_stream.FAST_PATH


def test_signature_boxes_match_the_public_anchors(laid_out, monkeypatch):
    fast = iwp_pdf._signature_boxes(laid_out)
    assert set(fast) == {"ticketholder_signature", "en_signature"}
    monkeypatch.setattr(layout, "FAST_PATH", False)
    public = iwp_pdf._signature_boxes(laid_out)
    assert set(public) == set(fast)
    for name, (page, box) in fast.items():
        public_page, anchor = public[name]
        assert public_page == page
        for got, want in zip(layout.border_rect(box), layout.border_rect(anchor), strict=True):
            assert got == pytest.approx(want, abs=RECT_TOLERANCE_PX)


def test_stream_bytes_shortcut_matches_the_items(laid_out):
    samples = [pydyf.Stream([b"q", 1.5, 2.0, "/Span", pydyf.Dictionary({"MCID": 3}), b"BDC"],
                            compress=True),
               pydyf.Stream([b"BT", pydyf.String("a(b)"), b"Tj", b"ET"])]
    for stream in samples:
        assert pydyf_stream._serialised_body(stream) == pydyf_stream._joined_items(stream)
        assert stream.compress in (True, False)  # left as it was


def test_content_hash_matches_what_check_reads_back(reference_plan):
    output = render_pdf(validate_file(str(reference_plan)).model)
    assert output.content_hash == page_content_hash(PdfReader(io.BytesIO(output.data)))


def test_the_public_fallback_gives_the_same_hash(reference_plan, monkeypatch):
    model = validate_file(str(reference_plan)).model
    fast = render_pdf(model)
    monkeypatch.setattr(pydyf_stream, "FAST_PATH", False)
    slow = render_pdf(model)
    assert slow.content_hash == fast.content_hash
    assert slow.data == fast.data
