"""Signatures end to end: sign what `iwp render` wrote with pyHanko, then judge it with check.

The signing certificate is a throwaway self-signed one made at test time (never committed).
Each plan is rendered once per module; every test signs its own copy of the bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

import iwp

FULL_SSN = "900-00-0101"  # the reference plan's fictional SSN


def _self_signed_signer(common_name: str) -> signers.SimpleSigner:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(usage, critical=True)
            .sign(key, hashes.SHA256()))
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    signing_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=signing_cert, signing_key=signing_key,
                                cert_registry=SimpleCertificateStore.from_certs([signing_cert]))


@pytest.fixture(scope="module")
def en_signer() -> signers.SimpleSigner:
    """The EN representative's throwaway certificate and key."""
    return _self_signed_signer("Desmond R. Okafor (test EN signer)")


@pytest.fixture(scope="module")
def ticketholder_signer() -> signers.SimpleSigner:
    """The Ticketholder's throwaway certificate and key."""
    return _self_signed_signer("Marisol T. Quenby (test Ticketholder)")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, reference_plan: Path) -> bytes:
    """The reference plan rendered once; tests sign copies of these bytes."""
    out = tmp_path_factory.mktemp("signing") / "plan.pdf"
    assert iwp.render_file(str(reference_plan), out).path is not None
    return out.read_bytes()


@pytest.fixture(scope="module")
def rendered_unsigned_with_representative(tmp_path_factory: pytest.TempPathFactory,
                                          reference_plan: Path) -> bytes:
    """A plan with a Ticketholder representative and no signatures recorded yet."""
    folder = tmp_path_factory.mktemp("representative")
    data = yaml.safe_load(reference_plan.read_text(encoding="utf-8"))
    data["ticketholder"]["representative"] = {
        "name": "Rosa Quenby", "relationship": "Sister (authorised representative)",
        "phone": "(614) 555-0177"}
    data["signatures"] = {
        "ticketholder": {"method": "pending"},
        "ticketholder_representative": {"name": "Rosa Quenby", "relationship": "Sister",
                                        "method": "pending"},
        "en_representative": {"name": "Desmond R. Okafor", "title": "Employment Specialist",
                              "method": "pending"}}
    data.pop("submission", None)
    plan = folder / "plan.yaml"
    plan.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = iwp.render_file(str(plan), folder / "plan.pdf")
    assert result.path is not None, [f.message for f in result.validation.findings]
    return (folder / "plan.pdf").read_bytes()


def _sign(data: bytes, field: str, signer: signers.SimpleSigner) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field),
                           signer=signer)
    return out.getvalue()


def _sig_fields(data: bytes) -> dict[str, tuple[Any, list[float], int]]:
    """Field name -> (its /V or None, its widget rectangle, its page), read with pyHanko."""
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    on_page = {}
    for number in range(reader.root["/Pages"]["/Count"]):
        page = reader.find_page_for_modification(number)[0].get_object()
        annots = page["/Annots"] if "/Annots" in page else []  # noqa: SIM401 - .get keeps it indirect
        for annot in annots:
            on_page[annot.get_object().get("/T")] = number + 1
    found = {}
    for ref in reader.root["/AcroForm"]["/Fields"]:
        obj = ref.get_object()
        if obj.get("/FT") == "/Sig":
            rect = [round(float(v), 2) for v in obj["/Rect"]]
            found[str(obj["/T"])] = (obj.get("/V"), rect, on_page[obj["/T"]])
    return found


def _check(tmp_path: Path, data: bytes, name: str = "signed.pdf", **options: Any):
    path = tmp_path / name
    path.write_bytes(data)
    from iwp.check import CheckOptions

    return iwp.check_pdf(path, CheckOptions(**options))


def _states(result: Any) -> dict[str, dict[str, Any]]:
    return {s.name: s.to_dict() for s in result.signatures}


def test_pyhanko_signs_the_field_we_made(rendered: bytes, en_signer: signers.SimpleSigner
                                         ) -> None:
    before = _sig_fields(rendered)
    assert set(before) == {"ticketholder_signature", "en_signature"}
    signed = _sign(rendered, "en_signature", en_signer)
    after = _sig_fields(signed)
    # pyHanko filled our field rather than making a new one, and left it where it was.
    assert set(after) == set(before)
    assert after["en_signature"][1] == before["en_signature"][1]
    assert after["en_signature"][0] is not None
    assert after["ticketholder_signature"][0] is None
    emb = PdfFileReader(io.BytesIO(signed), strict=False).embedded_signatures
    assert [e.field_name for e in emb] == ["en_signature"]


def test_signed_en_field_is_intact_and_untrusted_not_broken(
        rendered: bytes, en_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    result = _check(tmp_path, _sign(rendered, "en_signature", en_signer))
    states = _states(result)
    en = states["en_signature"]
    assert en["state"] == "signed"
    assert (en["intact"], en["valid"], en["modified_after_signing"]) == (True, True, False)
    assert en["trusted"] is False
    assert en["problem"] is None
    assert "test EN signer" in en["signer"]
    assert en["page"] == _sig_fields(rendered)["en_signature"][2]
    assert states["ticketholder_signature"]["state"] == "empty"
    # Signing is not an edit of the visible pages: the embedded plan still rules.
    assert result.source == "embedded"
    codes = [f.code for f in result.findings]
    assert "IWP802" not in codes and "IWP808" not in codes
    assert [f.severity.value for f in result.findings if f.code == "IWP809"] == ["info"]
    assert not [f for f in result.findings if f.severity.value == "error"]
    assert result.verdict == "complete"


def _update_page_one(data: bytes, change: Any) -> bytes:
    """An incremental update in which ``change(writer, page)`` edits page 1's dictionary."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    change(writer, page)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _append_text_to_page_one(data: bytes) -> bytes:
    """An incremental update that replaces page 1's content stream with one that adds text."""
    def add_text(writer: IncrementalPdfFileWriter, page: Any) -> None:
        old = page["/Contents"]
        old = old.get_object() if hasattr(old, "get_object") else old
        body = old.data if isinstance(old, generic.StreamObject) else b"".join(
            part.get_object().data for part in old)
        extra = b"\nq BT /F1 12 Tf 72 72 Td (Goal changed after signing) Tj ET Q\n"
        page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=body + extra))

    return _update_page_one(data, add_text)


def test_page_edited_after_signing_is_reported(
        rendered: bytes, en_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    tampered = _append_text_to_page_one(_sign(rendered, "en_signature", en_signer))
    result = _check(tmp_path, tampered)
    en = _states(result)["en_signature"]
    assert en["state"] == "signed"
    # The signed bytes are untouched (intact) but the document changed after signing.
    assert en["intact"] is True
    assert en["modified_after_signing"] is True
    codes = {f.code: f.severity.value for f in result.findings}
    assert codes["IWP808"] == "error"
    assert codes["IWP802"] == "error"
    assert result.verdict == "needs_review"


def test_two_signatures_in_sequence_are_both_intact(
        rendered: bytes, en_signer: signers.SimpleSigner,
        ticketholder_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    once = _sign(rendered, "ticketholder_signature", ticketholder_signer)
    twice = _sign(once, "en_signature", en_signer)
    assert set(_sig_fields(twice)) == {"ticketholder_signature", "en_signature"}
    result = _check(tmp_path, twice)
    states = _states(result)
    for name, who in (("ticketholder_signature", "Ticketholder"), ("en_signature", "EN")):
        assert states[name]["state"] == "signed"
        assert states[name]["intact"] is True and states[name]["valid"] is True
        assert who in states[name]["signer"]
    # A later signature is an allowed change: the earlier one was not tampered with.
    assert states["ticketholder_signature"]["modified_after_signing"] is False
    assert states["en_signature"]["modified_after_signing"] is False
    assert not [f for f in result.findings if f.code in ("IWP802", "IWP808")]
    assert result.verdict == "complete"


def test_a_field_filled_in_after_both_signatures_breaks_them(tmp_path: Path) -> None:
    # The fillable form of the foreign corpus, signed by the Ticketholder, then the EN; one
    # answer is then changed in a later revision. pyHanko calls that form filling, as it
    # does the EN's signature itself: only the comparison of the fields tells them apart.
    signed = (Path(__file__).parent / "data" / "foreign" / "form_complete.pdf").read_bytes()
    assert [s.modified_after_signing for s in _check(tmp_path, signed).signatures] == \
        [False, False]
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    field = next(ref.get_object() for ref in writer.root["/AcroForm"]["/Fields"]
                 if ref.get_object().get("/FT") == "/Tx" and ref.get_object().get("/V"))
    field[generic.NameObject("/V")] = generic.TextStringObject("Changed after signing")
    writer.update_container(field)
    changed = io.BytesIO()
    writer.write(changed)
    result = _check(tmp_path, changed.getvalue(), "changed.pdf")
    assert all(s.intact and s.modified_after_signing for s in result.signatures)
    assert [f.severity.value for f in result.findings if f.code == "IWP808"] == \
        ["error", "error"]


def test_representative_field_signs_for_the_ticketholder_only(
        rendered_unsigned_with_representative: bytes,
        ticketholder_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    data = rendered_unsigned_with_representative
    assert set(_sig_fields(data)) == {"ticketholder_signature",
                                      "ticketholder_representative_signature", "en_signature"}
    signed = _sign(data, "ticketholder_representative_signature", ticketholder_signer)
    result = _check(tmp_path, signed, stage="submission")
    states = _states(result)
    assert states["ticketholder_representative_signature"]["intact"] is True
    assert result.components["ticketholder_signature"].status == "present"
    # "representative" contains "en", but the representative is not the EN.
    assert result.components["en_signature"].status == "missing"
    assert result.verdict == "incomplete"
    # The plan file still says "pending"; the PDF's own signature outranks it for the
    # Ticketholder's side, but not for the EN's.
    pending = {f.path: f.severity.value for f in result.findings if f.code == "IWP605"}
    assert pending == {"signatures.ticketholder.method": "info",
                       "signatures.ticketholder_representative.method": "info",
                       "signatures.en_representative.method": "error"}


@pytest.mark.parametrize(("name", "party"), [
    ("ticketholder_signature", "ticketholder_signature"),
    ("ticketholder_representative_signature", "ticketholder_signature"),
    ("en_signature", "en_signature"),
    ("EN Representative Signature", "en_signature"),
    ("Beneficiary Signature", "ticketholder_signature"),
    ("Ticket Holder Sig", "ticketholder_signature"),
    ("Employment Network signature", "en_signature"),
    ("Signature1", None),
    ("Witness representative", None),
])
def test_signature_party_matches_whole_words(name: str, party: str | None) -> None:
    from iwp.check import signature_party

    assert signature_party(name) == party


def test_check_command_json_reports_signatures(
        rendered: bytes, en_signer: signers.SimpleSigner,
        ticketholder_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(_sign(rendered, "en_signature", en_signer))
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_append_text_to_page_one(signed.read_bytes()))
    done = subprocess.run(
        [sys.executable, "-m", "iwp", "check", "--format", "json", str(signed), str(tampered)],
        capture_output=True, text=True, check=False)
    assert "Traceback" not in done.stdout + done.stderr
    assert FULL_SSN not in done.stdout + done.stderr
    assert done.stderr == ""
    assert done.returncode == 1  # the tampered file has errors
    files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    good = {s["name"]: s for s in files["signed.pdf"]["signatures"]}
    assert good["en_signature"]["state"] == "signed"
    assert good["en_signature"]["intact"] is True
    assert good["en_signature"]["modified_after_signing"] is False
    assert good["en_signature"]["trusted"] is False
    assert good["ticketholder_signature"]["state"] == "empty"
    assert files["signed.pdf"]["verdict"] == "complete"
    bad = {s["name"]: s for s in files["tampered.pdf"]["signatures"]}
    assert bad["en_signature"]["modified_after_signing"] is True
    assert {f["code"] for f in files["tampered.pdf"]["findings"]} >= {"IWP802", "IWP808"}


def test_check_command_text_shows_signature_states(
        rendered: bytes, en_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(_sign(rendered, "en_signature", en_signer))
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_append_text_to_page_one(signed.read_bytes()))
    page = _sig_fields(rendered)["en_signature"][2]
    done = subprocess.run([sys.executable, "-m", "iwp", "check", str(signed), str(tampered)],
                          capture_output=True, text=True, check=False)
    assert done.stderr == ""
    assert FULL_SSN not in done.stdout
    first, second = done.stdout.split("tampered.pdf:", 1)
    assert f"  signature field en_signature (p.{page}): signed, intact\n" in first
    assert "  signature field ticketholder_signature" in first
    assert ": empty\n" in first
    assert f"  signature field en_signature (p.{page}): signed, CHANGED AFTER SIGNING\n" \
        in second


def test_signed_bytes_changed_is_a_broken_signature(
        rendered: bytes, en_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    signed = _sign(rendered, "en_signature", en_signer)
    # One hex digit of the template hash in the document information: inside the signed
    # byte range, but neither the pages nor the embedded plan.
    at = signed.index(b"/IWP_Template (") + len(b"/IWP_Template (")
    broken = signed[:at] + (b"0" if signed[at:at + 1] != b"0" else b"1") + signed[at + 1:]
    result = _check(tmp_path, broken)
    en = _states(result)["en_signature"]
    assert (en["state"], en["intact"]) == ("signed", False)
    assert [f.severity.value for f in result.findings if f.code == "IWP808"] == ["error"]
    assert "IWP802" not in [f.code for f in result.findings]


def test_signature_that_cannot_be_validated_is_a_warning(
        rendered: bytes, en_signer: signers.SimpleSigner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pyhanko.sign.validation

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("unsupported signature format")

    monkeypatch.setattr(pyhanko.sign.validation, "validate_pdf_signature", fail)
    result = _check(tmp_path, _sign(rendered, "en_signature", en_signer))
    en = _states(result)["en_signature"]
    assert (en["state"], en["intact"]) == ("signed", None)
    # Said in words: no exception class, and no text from outside pyHanko's own errors.
    assert en["problem"] == ("cannot be validated (its signature data is damaged or of a "
                             "kind iwp cannot read)")
    assert [(f.code, f.severity.value) for f in result.findings if f.code == "IWP808"] == [
        ("IWP808", "warning")]


def test_signed_updates_read_as_pypdf_reads_them(
        rendered: bytes, en_signer: signers.SimpleSigner,
        ticketholder_signer: signers.SimpleSigner) -> None:
    # Each signature appends an update with its own cross-reference stream, which replaces
    # some objects of the original: the bulk decoder must keep the newest of each.
    from pypdf import PdfReader

    from iwp.read.pdfread import LazyPdfReader

    twice = _sign(_sign(rendered, "ticketholder_signature", ticketholder_signer),
                  "en_signature", en_signer)
    lazy, plain = LazyPdfReader(io.BytesIO(twice)), PdfReader(io.BytesIO(twice))
    assert twice.count(b"/Type /XRef") + twice.count(b"/Type/XRef") >= 3
    assert lazy.xref == plain.xref and lazy.xref_objStm == plain.xref_objStm
    assert lazy.get_fields().keys() == plain.get_fields().keys()


def _add_note_to_page_one(data: bytes) -> bytes:
    """An incremental update that adds a sticky note: no page content changes."""
    def add_note(writer: IncrementalPdfFileWriter, page: Any) -> None:
        note = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (72, 72, 92, 92)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Approved by me"),
        }))
        annots = page.get("/Annots")
        annots = list(annots.get_object()) if annots is not None else []
        page["/Annots"] = generic.ArrayObject([*annots, note])

    return _update_page_one(data, add_note)


def test_a_broken_signature_needs_review_even_when_the_plan_says_wet_signed(
        rendered: bytes, en_signer: signers.SimpleSigner, tmp_path: Path) -> None:
    # The reference plan records both signatures as wet, so the components are present
    # from the plan alone; the digital signature changed after signing must still count.
    tampered = _add_note_to_page_one(_sign(rendered, "en_signature", en_signer))
    result = _check(tmp_path, tampered)
    en = _states(result)["en_signature"]
    assert en["state"] == "signed" and en["modified_after_signing"] is True
    assert "IWP802" not in [f.code for f in result.findings]  # the pages did not change
    assert [f.severity.value for f in result.findings if f.code == "IWP808"] == ["error"]
    assert result.components["en_signature"].status == "present"
    assert result.verdict == "needs_review"
    assert "en_signature" in result.reason


# --- the indexed pyHanko reader (iwp/read/pyhanko_reader.py) against pyHanko's own ----------------

def _objects(data: bytes, reader_class: type) -> dict[int, bytes]:
    """Every object of the newest revision, serialised, read by ``reader_class``."""
    reader = reader_class(io.BytesIO(data), strict=False)
    found = {}
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = generic.Reference(number, 0, reader).get_object()
        except Exception:  # a free entry: both readers must agree it is one
            found[number] = b"<unreadable>"
            continue
        out = io.BytesIO()
        obj.write_to_stream(out) if not isinstance(obj, generic.StreamObject) else \
            out.write(repr(sorted(obj.keys())).encode() + obj.encoded_data)
        found[number] = out.getvalue()
    return found


def test_the_indexed_reader_reads_every_object_as_pyhanko_does(
        rendered: bytes, en_signer: signers.SimpleSigner,
        ticketholder_signer: signers.SimpleSigner) -> None:
    from iwp.read.pyhanko_reader import IndexedReader

    twice = _sign(_sign(rendered, "ticketholder_signature", ticketholder_signer),
                  "en_signature", en_signer)
    mine, theirs = _objects(twice, IndexedReader), _objects(twice, PdfFileReader)
    assert len(mine) > 100 and mine == theirs


def test_the_indexed_reader_validates_as_pyhanko_does(
        rendered: bytes, en_signer: signers.SimpleSigner,
        ticketholder_signer: signers.SimpleSigner) -> None:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from iwp.read.pyhanko_reader import IndexedReader

    twice = _sign(_sign(rendered, "ticketholder_signature", ticketholder_signer),
                  "en_signature", en_signer)

    def statuses(reader_class: type) -> list[tuple[Any, ...]]:
        reader = reader_class(io.BytesIO(twice), strict=False)
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        return [(s.intact, s.valid, str(s.modification_level), str(s.coverage))
                for s in (validate_pdf_signature(e, context)
                          for e in reader.embedded_signatures)]

    assert statuses(IndexedReader) == statuses(PdfFileReader)
    assert [status[0] for status in statuses(IndexedReader)] == [True, True]


def test_the_pyhanko_self_check(monkeypatch: pytest.MonkeyPatch,
                                caplog: pytest.LogCaptureFixture) -> None:
    from importlib.metadata import version

    from iwp.read import pyhanko_reader

    assert pyhanko_reader.fast_path_problem() is None and pyhanko_reader.FAST_PATH
    assert pyhanko_reader.reader_class() is pyhanko_reader.IndexedReader
    monkeypatch.setattr(pyhanko_reader, "_PRIVATE_PARAMETERS", ["self", "idnum"])
    with caplog.at_level("INFO", logger="iwp"):
        assert pyhanko_reader._self_check() is False
    assert [r.getMessage() for r in caplog.records] == [
        f"pyHanko {version('pyhanko')}: PdfFileReader._get_object_from_stream now takes "
        "idnum, stmnum, idx, so signatures are validated with its own reader, which is "
        "slower on large signed PDFs"]
    monkeypatch.setattr(pyhanko_reader, "FAST_PATH", False)
    assert pyhanko_reader.reader_class() is PdfFileReader
