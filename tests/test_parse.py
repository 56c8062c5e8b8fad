"""Step 5 - parse: positions pair labels with values; hidden text does not count."""

from __future__ import annotations

from pathlib import Path

import pytest

from iwp.errors import PdfReadError
from iwp.parse import parse_pdf


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


def test_truncated_pdf_is_one_line(overlay_pdf: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(overlay_pdf.read_bytes()[:300])
    try:
        parsed = parse_pdf(path)
    except PdfReadError as e:
        assert "\n" not in str(e)
    else:
        assert parsed.source in ("none", "text")


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
