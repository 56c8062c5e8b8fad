"""Step 1 for case-management exports: CSV with dotted columns and JSON Lines."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from iwp.plan.exports import ExportRow, read_export
from iwp.plan.load import load_document
from iwp.plan.validate import ValidationOptions, validate_document

TODAY = ValidationOptions(today=__import__("datetime").date(2026, 7, 1))


def flatten(node: Any, prefix: str = "") -> dict[str, str]:
    """A plan's data as dotted CSV columns, the way a case-management export spells it."""
    if isinstance(node, dict):
        return {k: v for key, value in node.items() for k, v in
                flatten(value, f"{prefix}{key}.").items()}
    if isinstance(node, list):
        return {k: v for index, value in enumerate(node) for k, v in
                flatten(value, f"{prefix}{index}.").items()}
    if node is None:
        return {}
    return {prefix[:-1]: str(node).lower() if isinstance(node, bool) else str(node)}


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> Path:
    columns = columns or list(dict.fromkeys(c for row in rows for c in row))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture()
def reference_row(reference_plan: Path) -> dict[str, str]:
    return flatten(load_document(reference_plan).data)


def test_a_csv_row_builds_the_same_plan_as_the_yaml_file(tmp_path, reference_plan,
                                                         reference_row):
    rows = read_export(write_csv(tmp_path / "export.csv", [reference_row]))
    assert [(r.line, r.error) for r in rows] == [(2, None)]
    from_csv = validate_document(rows[0].document, TODAY)
    from_yaml = validate_document(load_document(reference_plan), TODAY)
    assert from_csv.valid
    assert from_csv.model.model_dump() == from_yaml.model.model_dump()
    assert [f.code for f in from_csv.findings] == [f.code for f in from_yaml.findings]


def test_kind_and_schema_version_columns_are_optional(tmp_path, reference_row):
    row = {k: v for k, v in reference_row.items() if k not in ("kind", "schema_version")}
    document = read_export(write_csv(tmp_path / "e.csv", [row]))[0].document
    assert document.data["kind"] == "iwp"
    assert document.data["schema_version"] == 1


def test_rows_are_named_by_the_line_they_start_on(tmp_path, reference_row):
    # discussion.summary holds line breaks, so each row spans several lines.
    path = write_csv(tmp_path / "people.csv", [reference_row] * 3)
    rows = read_export(path)
    lines_per_row = 1 + sum(v.count("\n") for v in reference_row.values())
    assert [r.line for r in rows] == [2, 2 + lines_per_row, 2 + 2 * lines_per_row]
    assert rows[1].name == f"{path}:{2 + lines_per_row}"


def test_a_bad_value_is_located_by_line_and_column(tmp_path, reference_row):
    bad = dict(reference_row, **{"ticketholder.date_of_birth": "1988-13-45"})
    columns = list(reference_row)
    rows = read_export(write_csv(tmp_path / "e.csv", [bad], columns))
    result = validate_document(rows[0].document, TODAY)
    [finding] = [f for f in result.findings if f.code == "IWP014"]
    assert finding.path == "ticketholder.date_of_birth"
    assert (finding.line, finding.column) == (2, columns.index("ticketholder.date_of_birth") + 1)


def test_empty_cells_are_missing_and_list_gaps_close_up(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("plan_id,ticketholder.name.last,services.0.description,"
                    "services.1.description,services.2.description,ticketholder.benefits.0\n"
                    "HEP-1,,first,,third,ssdi\n", encoding="utf-8")
    [row] = read_export(path)
    assert row.document.data == {
        "plan_id": "HEP-1", "kind": "iwp", "schema_version": 1,
        "services": [{"description": "first"}, {"description": "third"}],
        "ticketholder": {"benefits": ["ssdi"]}}
    # The second service came from column 5 (services.2.description).
    assert row.document.locate(("services", 1, "description")) == (2, 5)


def test_a_row_with_too_many_cells_fails_alone(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("plan_id,ticketholder.name.last\nA,One\nB,Two,extra\nC,Three\n",
                    encoding="utf-8")
    rows = read_export(path)
    assert [(r.line, r.error is None) for r in rows] == [(2, True), (3, False), (4, True)]
    assert rows[1].error == (f"{path}:3: the row has 3 cells but the header names 2 columns; "
                             "check for a stray comma")


def test_a_cell_that_is_not_utf8_names_its_column(tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes(b"plan_id,ticketholder.name.last\nA,One\nB,Ren\xe9e\n")
    rows = read_export(path)
    assert rows[0].error is None
    assert rows[1].error == (f"{path}:3:2: column ticketholder.name.last: the cell is not "
                             'UTF-8 text; save the export as "CSV UTF-8"')


def test_an_excel_byte_order_mark_is_ignored(tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes(b"\xef\xbb\xbfplan_id\nA\n")
    [row] = read_export(path)
    assert row.document.data["plan_id"] == "A"


@pytest.mark.parametrize("header, problem", [
    ("plan_id,plan_id", "column plan_id appears twice (columns 1 and 2)"),
    ("services.0,services.0.description",
     "column services.0 holds a value but other columns put keys inside it"),
    ("services.0.service,services.x", "column names under services mix list positions"),
    ("plan_id,,x", "column 2 has no name"),
    ("services.5000.description", "list positions go up to 999"),
])
def test_a_broken_header_is_one_error_for_the_file(tmp_path, header, problem):
    path = tmp_path / "e.csv"
    path.write_text(header + "\n1,2,3\n", encoding="utf-8")
    [row] = read_export(path)
    assert row.line == 1 and row.document is None
    assert row.error.startswith(f"{path}:1: ") and problem in row.error


def test_json_lines_reports_each_broken_line(tmp_path, reference_plan):
    data = load_document(reference_plan).data
    good = json.dumps(data, default=str)
    path = tmp_path / "plans.jsonl"
    path.write_text(f"{good}\n\n{{not json\n[1, 2]\n{good}\n", encoding="utf-8")
    rows = read_export(path)
    assert [(r.line, r.error is None) for r in rows] == [
        (1, True), (3, False), (4, False), (5, True)]
    assert rows[1].error.startswith(f"{path}:3:")
    assert "top level of a plan must be a mapping" in rows[2].error
    assert validate_document(rows[3].document, TODAY).valid
    assert rows[3].document.locate(("plan_id",))[0] == 5


def test_messages_never_repeat_cell_values(tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes(b"ticketholder.ssn,ticketholder.name.last\n900-00-0101\x01,X\n")
    [row] = read_export(path)
    assert isinstance(row, ExportRow) and "0101" not in row.error
    assert "column ticketholder.ssn" in row.error
