"""Hostile PDFs: every file gets a one-line result the corpus allows; none hangs or crashes.

The corpus and its answer key come from tests/data/hostile/make_hostile.py (the 1 GB
decompression bomb is generated here at test time).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import iwp

HOSTILE = Path(__file__).parent / "data" / "hostile"
EXPECTED = {name: entry for name, entry in
            json.loads((HOSTILE / "expected.json").read_text()).items()
            if name.startswith("pdfs/")}
sys.path.insert(0, str(HOSTILE))
import make_hostile  # noqa: E402


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("hostile-pdfs")
    make_hostile.generate(target, big=True)
    return target


def outcome(result: iwp.CheckResult) -> str:
    """The corpus's name for what check did with a file."""
    if result.load_failed:
        reason = result.reason or ""
        if "not a PDF" in reason or "empty" in reason:
            return "not_a_pdf"
        return "encrypted" if "encrypted" in reason else "unreadable"
    messages = " ".join(f.message.lower() for f in result.findings if f.code == "IWP810")
    if "launch" in messages:
        return "warning_launch"
    if "javascript" in messages:
        return "warning_javascript"
    if any(f.code == "IWP812" for f in result.findings):
        return "hidden_text_not_counted"
    return "checked"


# What Python, not a person, would write: an exception's class name, a traceback, the
# wording of Python's own errors, a bytes literal.
PYTHON_TEXT = re.compile(
    r"Traceback|\b[A-Z]\w*(Error|Exception|Warning)\b|AssertionError|unhashable type|"
    r"object has no attribute|'NoneType'|not subscriptable|positional argument|"
    r"invalid literal for|index out of range|\bb'|\bb\"|<[a-z_.]+ object at 0x")


def user_messages(result: iwp.CheckResult) -> list[str]:
    """Every sentence check shows a user about a file."""
    messages = [result.reason or ""] + [f.message for f in result.findings]
    messages += [c.reason or "" for c in result.components.values()]
    messages += [s.problem or "" for s in result.signatures]
    return [m for m in messages if m]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_pdf(name: str, hostile_dir: Path) -> None:
    entry = EXPECTED[name]
    result = iwp.check_pdf(hostile_dir / name, iwp.CheckOptions(timeout=20))
    got = outcome(result)
    assert got in entry["acceptable"], (name, got, result.reason,
                                        [f.message for f in result.findings])
    assert "Traceback" not in json.dumps(result.to_dict())
    assert not [m for m in user_messages(result) if PYTHON_TEXT.search(m)], name
    if result.load_failed:
        assert result.reason and "\n" not in result.reason
    elif "verdict_if_checked" in entry and got == entry["expected"]:
        assert result.verdict == entry["verdict_if_checked"], (name, result.verdict)
    if "hidden" in name:
        # IWP-looking text that is white, tiny or off the page never counts as content.
        assert result.verdict != "complete"


def deep_page_tree(depth: int) -> bytes:
    """A well-formed PDF whose one page sits ``depth`` /Pages nodes down the page tree."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    for level in range(depth):
        number = 2 + level
        parent = b" /Parent %d 0 R" % (number - 1) if level else b""
        objects[number] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent)
    leaf = 2 + depth
    objects[leaf] = b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] >>" % (leaf - 1)
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (leaf + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, leaf + 1))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (leaf + 1, xref)
    return bytes(out)


def test_a_page_tree_too_deep_names_the_limit_and_is_not_called_damaged(tmp_path):
    from iwp.parse import _PYPDF_LIMITS

    deep = tmp_path / "deep.pdf"
    deep.write_bytes(deep_page_tree(_PYPDF_LIMITS["page_tree_maximum_depth"] + 10))
    result = iwp.check_pdf(deep, iwp.CheckOptions(ocr=False))
    assert result.load_failed
    assert result.reason == (f"{deep}: cannot be read: the page tree is nested more than "
                             f"{_PYPDF_LIMITS['page_tree_maximum_depth']} levels deep, deeper "
                             "than iwp reads")
    shallow = tmp_path / "shallow.pdf"
    shallow.write_bytes(deep_page_tree(3))
    assert not iwp.check_pdf(shallow, iwp.CheckOptions(ocr=False)).load_failed


@pytest.mark.parametrize("error, says", [
    (TypeError("unhashable type: 'ArrayObject'"),
     "damaged PDF: its structure is broken and cannot be read"),
    (AssertionError(), "damaged PDF: its structure is broken and cannot be read"),
    (KeyError("/Root"), "damaged PDF: its structure is broken and cannot be read"),
    ("Maximum page tree depth reached: 65 > 64.",
     "cannot be read: the page tree is nested more than 64 levels deep, deeper than iwp reads"),
    ("Total XRef entries 2000001 exceed maximum allowed value 2000000.",
     "cannot be read: it lists more than 2,000,000 objects, more than iwp reads"),
    ("Some limit pypdf adds one day: 7 > 6.",
     "cannot be read: it goes over one of the limits iwp sets on reading PDFs from elsewhere"),
])
def test_what_stopped_pypdf_is_said_in_words(error, says):
    from pypdf.errors import LimitReachedError

    from iwp.parse import describe_damage

    if isinstance(error, str):
        error = LimitReachedError(error)
    assert describe_damage(error) == says
    assert not PYTHON_TEXT.search(describe_damage(error))


def test_the_check_command_reports_the_repairs_it_made(tmp_path):
    # The command line quiets the libraries' logs; pypdf's warnings are the repairs
    # (IWP811) and must still reach the check.
    make_hostile.generate(tmp_path, big=False)
    run = subprocess.run([sys.executable, "-m", "iwp", "check", "--no-ocr",
                          str(tmp_path / "pdfs" / "broken_xref.pdf")],
                         capture_output=True, text=True, timeout=120)
    assert "IWP811 The PDF is damaged and was repaired while reading" in run.stdout
    assert run.stderr == ""


@pytest.mark.parametrize("logged, shown", [
    ("PdfReadError(\"Invalid Elementary Object starting with b'\\\\xf8' @790: b'ext /ImageB'\")",
     "Invalid Elementary Object starting with unreadable bytes @790: 'ext /ImageB'"),
    ("Ignoring final token of odd-length line b'46D4R004A5'.",
     "Ignoring final token of odd-length line '46D4R004A5'."),
    ("PdfStreamError('Invalid hexadecimal character b\"\\\\x98\" in hex string')",
     "Invalid hexadecimal character unreadable bytes in hex string"),
    ("Ignoring wrong pointing object 1 0 (offset 0)",
     "Ignoring wrong pointing object 1 0 (offset 0)"),
])
def test_repairs_are_shown_without_python_spelling(logged, shown):
    # pypdf's warnings (the repairs of IWP811) quote exceptions and bytes as Python does;
    # mutated PDFs produced all three of these.
    from iwp.parse import plain_pypdf_message

    assert plain_pypdf_message(logged) == shown
    assert not PYTHON_TEXT.search(shown)
