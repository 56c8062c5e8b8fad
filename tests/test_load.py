"""Step 1 - load: safe reading, positions, and one-line errors for bad files."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import pytest

from iwp.errors import LoadError
from iwp.plan.load import MAX_DEPTH, load_bytes, load_document


def load_text(text: str | bytes, name: str = "plan.yaml", **kwargs):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return load_bytes(raw, name, **kwargs)


def error_of(text: str | bytes, **kwargs) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_text(text, **kwargs)
    assert "\n" not in str(info.value), "load errors are one line"
    return info.value


def test_reference_plan_positions(reference_plan: Path) -> None:
    doc = load_document(reference_plan)
    lines = reference_plan.read_text().splitlines()
    line, column = doc.locate(("employment_goals", "long_term", "monthly_earnings"))
    assert lines[line - 1][column - 1:].startswith("monthly_earnings: 3120.00")
    line, column = doc.locate(("services", 2, "description"))
    assert lines[line - 1][column - 1:].startswith("description:")
    # A path that is not in the file points at its nearest ancestor.
    assert doc.locate(("services", 2, "no_such_key")) == doc.locate(("services", 2))


def test_values_are_typed_for_money_and_text(reference_plan: Path) -> None:
    doc = load_document(reference_plan)
    goal = doc.data["employment_goals"]["short_term"]
    assert goal["hourly_wage"] == Decimal("16.50")
    assert goal["hours_per_week"] == 20
    assert doc.data["employment_network"]["pid"] == "P0041722"
    assert doc.data["discussion"]["date"] == "2026-06-09"  # dates stay text for pydantic


@pytest.mark.parametrize("text, expected", [
    ("state: NO", "NO"),            # YAML 1.1 would read Norway as false
    ("zip: 012345", "012345"),      # a leading zero is kept
    ("time: 1:20", "1:20"),         # YAML 1.1 would read 80 (sexagesimal)
    ("flag: yes", "yes"),
    ("flag: true", True),
    ("none: ~", None),
    ("money: 16.50", Decimal("16.50")),
    ("hex: 0x1F", 31),
])
def test_yaml_12_core_schema(text: str, expected: object) -> None:
    value = next(iter(load_text(text).data.values()))
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("text, code, where, words", [
    ("a: 1\nb: 2\na: 3\n", "IWP005", (3, 1), "appears twice"),
    ("a: 1\n---\nb: 2\n", "IWP003", (2, 1), "more than one YAML document"),
    ("- 1\n- 2\n", "IWP003", (1, 1), "holds a list"),
    ("just text\n", "IWP003", (1, 1), "single value"),
    ("a: !!python/object/apply:os.system ['echo hi']\n", "IWP007", (1, 4), "could run code"),
    ("a: !foo bar\n", "IWP007", (1, 4), "not allowed"),
    ("a: &x [*x]\n", "IWP008", (1, 8), "contains itself"),
    ("a: *nothing\n", "IWP007", (1, 4), "no anchor"),
    ("a: [1, 2\n", "IWP007", None, "not valid YAML"),
    ("a: 1\x00\n", "IWP004", (1, 5), "NUL"),
    ("a: b\x07c\n", "IWP004", (1, 5), "U+0007"),
    ("a: " + "9" * 5000 + "\n", "IWP006", (1, 4), "5000 digits"),
])
def test_bad_yaml_is_one_clear_error(text: str, code: str, where: tuple[int, int] | None,
                                     words: str) -> None:
    error = error_of(text)
    assert error.code == code
    assert words in error.message
    if where:
        assert (error.line, error.column) == where


def test_empty_file() -> None:
    assert error_of("").code == "IWP003"
    assert error_of("# only a comment\n").code == "IWP003"


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    error = error_of("\n".join(lines) + "\n")
    assert error.code == "IWP008" and "alias bomb" in error.message


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000,
                                  "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 200))])
def test_deep_nesting_is_refused(text: str) -> None:
    error = error_of(text)
    assert error.code == "IWP008" and f"more than {MAX_DEPTH} levels" in error.message


def test_deep_json_is_refused() -> None:
    error = error_of("[" * 100_000 + "]" * 100_000, name="plan.json", json_format=True)
    assert error.code in ("IWP008", "IWP003")


def test_size_limit() -> None:
    error = error_of("a: " + "x" * 2000, max_bytes=1000)
    assert error.code == "IWP002" and "limit" in error.message


def test_invalid_utf8_names_the_place() -> None:
    error = error_of("name: Jos\xe9\n".encode("latin-1"))
    assert (error.code, error.line, error.column) == ("IWP004", 1, 10)
    assert "Latin-1" in error.message and "UTF-8" in error.message


@pytest.mark.parametrize("encoded", [
    codecs.BOM_UTF8 + "kind: iwp\n".encode("utf-8"),
    "kind: iwp\n".encode("utf-16"),          # with its byte-order mark
])
def test_byte_order_marks_are_understood(encoded: bytes) -> None:
    assert load_text(encoded).data == {"kind": "iwp"}


@pytest.mark.parametrize("text, code", [
    ('{"a": 1, "a": 2}', "IWP005"),
    ('{"a": NaN}', "IWP006"),
    ('{"a": Infinity}', "IWP006"),
    ('{"a": 1} trailing', "IWP007"),
])
def test_bad_json(text: str, code: str) -> None:
    assert error_of(text, name="plan.json", json_format=True).code == code


def test_json_keeps_positions() -> None:
    doc = load_text('{\n  "kind": "iwp",\n  "ticketholder": {\n    "ssn": "900-12-3456"\n  }\n}',
                    name="plan.json", json_format=True)
    assert doc.format == "json"
    assert doc.locate(("ticketholder", "ssn")) == (4, 5)
    assert doc.data["ticketholder"]["ssn"] == "900-12-3456"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_document(tmp_path / "nope.yaml")
    with pytest.raises(LoadError, match="folder"):
        load_document(tmp_path)


def test_input_file_is_not_modified(plan_copy: Path) -> None:
    before = plan_copy.read_bytes(), plan_copy.stat().st_mtime_ns
    load_document(plan_copy)
    assert (plan_copy.read_bytes(), plan_copy.stat().st_mtime_ns) == before


def test_a_raised_size_limit_is_honoured(tmp_path: Path) -> None:
    plan = tmp_path / "big.yaml"
    plan.write_text("a: " + "x" * 3000 + "\n")
    with pytest.raises(LoadError, match="limit"):
        load_document(plan, max_bytes=1000)
    assert load_document(plan, max_bytes=5000).data["a"] == "x" * 3000
