"""LazyPdfReader must read every PDF exactly as pypdf does, only faster.

Its bulk decoding of cross-reference streams and its lazy object streams are checked
against plain pypdf: on the test corpus, on a rendered IWP, and on small hand-made PDFs
with the field widths and defects that send it back to pypdf's own code.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from iwp.pdfread import LazyPdfReader

CORPUS = Path(__file__).parent / "data" / "pdfs"
TEXT = b"BT /F1 12 Tf 20 20 Td (Hi) Tj ET"


def _plain(trailer: dict) -> dict:
    """The trailer with references as (number, generation), comparable across readers."""
    return {key: (value.idnum, value.generation) if isinstance(value, IndirectObject)
            else value for key, value in trailer.items()}


def _same_tables(data: bytes) -> LazyPdfReader:
    lazy, plain = LazyPdfReader(io.BytesIO(data)), PdfReader(io.BytesIO(data))
    assert lazy.xref == plain.xref
    assert lazy.xref_objStm == plain.xref_objStm
    assert _plain(lazy.trailer) == _plain(plain.trailer)
    assert len(lazy.pages) == len(plain.pages)
    for mine, theirs in zip(lazy.pages, plain.pages):
        assert mine.extract_text() == theirs.extract_text()
    return lazy


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.pdf")), ids=lambda p: p.name)
def test_corpus_reads_as_pypdf_reads_it(path: Path) -> None:
    _same_tables(path.read_bytes())


def test_a_rendered_plan_reads_as_pypdf_reads_it(tmp_path: Path, reference_plan: Path) -> None:
    from iwp.pipeline import render_file

    result = render_file(reference_plan, tmp_path / "plan.pdf")
    data = Path(result.path).read_bytes()
    assert b"/Type /XRef" in data  # the case the fast path exists for
    reader = _same_tables(data)
    assert reader.xref_objStm  # objects in object streams were found
    assert reader.metadata["/IWP_Kind"] == "iwp"


def _xref_stream_pdf(widths: tuple[int, int, int], *, cut: int = 0) -> bytes:
    """A one-page PDF whose cross-reference stream uses ``widths`` (minus ``cut`` bytes)."""
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>",
              b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
              b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
              b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 "
              b"/BaseFont /Helvetica >> >> >> >>",
              b"<< /Length %d >>\nstream\n%s\nendstream" % (len(TEXT), TEXT)]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref_at = out.tell()
    free_generation = min(65535, 2 ** (8 * widths[2]) - 1)
    rows = [(0, 0, free_generation)] + [(1, offset, 0) for offset in offsets] + [(1, xref_at, 0)]
    data = b"".join(b"".join(value.to_bytes(width, "big") for value, width
                             in zip(row, widths) if width)
                    for row in rows)
    data = data[:len(data) - cut]
    out.write(b"5 0 obj\n<< /Type /XRef /Size 6 /W [%d %d %d] /Root 1 0 R /Length %d >>\n"
              b"stream\n" % (*widths, len(data)))
    out.write(data + b"\nendstream\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref_at)
    return out.getvalue()


@pytest.mark.parametrize("widths", [(1, 2, 2), (1, 4, 2), (1, 8, 1), (0, 2, 1), (1, 2, 0),
                                    (1, 3, 1), (2, 3, 2)],
                         ids=lambda w: "W%d%d%d" % w)
def test_every_field_width_reads_as_pypdf_reads_it(widths: tuple[int, int, int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    handed_back = _count_pypdf_xref_reads(monkeypatch)
    reader = _same_tables(_xref_stream_pdf(widths))
    assert reader.pages[0].extract_text() == "Hi"
    # A 3-byte field is one struct cannot read: only then does pypdf decode the stream.
    assert handed_back == ([1] if 3 in widths else [])


def test_a_short_xref_stream_gets_pypdf_s_own_treatment(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    # Two bytes missing: the fast path refuses, and pypdf reads (and repairs) as it would.
    handed_back = _count_pypdf_xref_reads(monkeypatch)
    _same_tables(_xref_stream_pdf((1, 2, 2), cut=2))
    assert handed_back == [1]


def _count_pypdf_xref_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the cross-reference streams LazyPdfReader hands back to pypdf."""
    calls: list[int] = []
    original = PdfReader._read_pdf15_xref_stream

    def counted(self, stream):  # type: ignore[no-untyped-def]
        if isinstance(self, LazyPdfReader):
            calls.append(1)
        return original(self, stream)

    monkeypatch.setattr(PdfReader, "_read_pdf15_xref_stream", counted)
    return calls


# --- the self-check of pypdf's private parts ----------------------------------------------------

def test_the_fast_path_is_on_with_the_locked_pypdf() -> None:
    from iwp import pdfread

    assert pdfread.fast_path_problem() is None and pdfread.FAST_PATH


def test_a_changed_pypdf_turns_the_fast_path_off_and_the_log_says_so(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from iwp import pdfread

    monkeypatch.setattr(pdfread, "_OVERRIDDEN", {
        "_get_object_from_stream": ["self", "indirect_reference", "a_new_argument"]})
    with caplog.at_level("INFO", logger="iwp"):
        assert pdfread._self_check() is False
    assert pdfread.fast_path_problem() == "PdfReader._get_object_from_stream takes other " \
                                          "parameters"
    assert [r.getMessage() for r in caplog.records] == [
        f"pypdf {__import__('pypdf').__version__}: PdfReader._get_object_from_stream takes "
        "other parameters, so PDFs are read by pypdf's own, slower, object reading"]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.pdf"))[:4], ids=lambda p: p.name)
def test_with_the_fast_path_off_the_reader_is_pypdf_s(path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from iwp import pdfread

    monkeypatch.setattr(pdfread, "FAST_PATH", False)
    lazy = _same_tables(path.read_bytes())
    assert lazy._stream_index == {}  # nothing went through the lazy reading
