"""Step 1 - load, for case-management exports: many plans in one CSV or JSON Lines file.

A CSV export has one plan per row and dotted column names that spell the path of each value
in a plan file: ``ticketholder.name.first``, ``services.0.description``. Numeric parts
build lists (``services.0`` and ``services.1`` are the first two services; empty slots are
dropped, so a spreadsheet may keep ten service columns and fill three). An empty cell means
the value is missing, exactly like a key left out of a plan file. Cells stay text; pydantic
turns ``20``, ``2026-06-09`` or ``false`` into the types the plan needs, and says so in a
finding located at the row's line and the column's position when it cannot. ``kind`` and
``schema_version`` columns are optional (an export holds IWPs of the current version).

A JSON Lines export has one plan per line, each a JSON object as in a ``.json`` plan file.

Each row becomes an :class:`ExportRow` named ``file.csv:LINE`` (the line the row starts on,
1-based, the header being line 1). A row that cannot be turned into plan data carries an
``error`` naming its line and column and never stops the other rows. Cell values are never
repeated in messages: they may hold an SSN.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iwp.errors import LoadError
from iwp.plan.load import DEFAULT_MAX_BYTES, Document, load_bytes, read_input_bytes
from iwp.plan.models import SCHEMA_VERSION

EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson")
MAX_EXPORT_BYTES = 1024 * 1024 * 1024
MAX_LIST_INDEX = 999
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE_RE = re.compile(r"[\udc80-\udcff]")


@dataclass
class ExportRow:
    """One plan of an export: its ``document`` when readable, else the ``error`` why not.

    ``name`` (``people.csv:7``) is what every message calls the row; ``line`` is 1-based.
    """

    source: str
    line: int
    document: Document | None = None
    error: str | None = None

    @property
    def name(self) -> str:
        return f"{self.source}:{self.line}"


def is_export(path: str | Path) -> bool:
    """True for the file types :func:`read_export` reads (``.csv``, ``.jsonl``, ``.ndjson``)."""
    return Path(str(path)).suffix.lower() in EXPORT_SUFFIXES


def read_export(path: str | Path) -> list[ExportRow]:
    """Read every row of a CSV or JSON Lines export; broken rows carry their error.

    Raises :class:`~iwp.errors.LoadError` only when the file itself cannot be read.
    """
    name = str(path)
    raw = read_input_bytes(path, name, MAX_EXPORT_BYTES,
                           "the export is larger than 1 GB; split it into smaller files")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if Path(name).suffix.lower() == ".csv":
        return list(_read_csv(raw.decode("utf-8", "surrogateescape"), name))
    return list(_read_jsonl(raw, name))


# --- CSV --------------------------------------------------------------------------------

Key = tuple[str | int, ...]


def _read_csv(text: str, name: str) -> Iterator[ExportRow]:
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    header: list[str] | None = None
    keys: list[Key] = []
    previous_end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            line = previous_end + 1
            previous_end = reader.line_num
            yield ExportRow(name, line, error=f"{name}:{line}: the row is not valid CSV "
                            f"({_csv_reason(e)}); check its quotes")
            if header is None:
                return
            continue
        line, previous_end = previous_end + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [cell.strip() for cell in cells]
            problem = _header_problem(header)
            if problem:
                yield ExportRow(name, line, error=f"{name}:{line}: {problem}")
                return
            keys = [_split_column(column) for column in header]
            continue
        yield _csv_row(name, line, header, keys, cells)
    if header is None:
        yield ExportRow(name, 1, error=f"{name}:1: the export is empty; the first line must "
                        "name the columns, such as ticketholder.name.last")


def _csv_reason(error: csv.Error) -> str:
    text = str(error)
    return "a field is larger than the CSV limit" if "field larger" in text else text


def _csv_row(name: str, line: int, header: list[str], keys: list[Key],
             cells: list[str]) -> ExportRow:
    if len(cells) > len(header):
        return ExportRow(name, line, error=f"{name}:{line}: the row has {len(cells)} cells but "
                         f"the header names {len(header)} columns; check for a stray comma")
    data: dict[str, Any] = {}
    positions: dict[Key, tuple[int, int]] = {(): (line, 1)}
    for index, cell in enumerate(cells):
        column = header[index]
        if _SURROGATE_RE.search(cell):
            return ExportRow(name, line, error=f"{name}:{line}:{index + 1}: column {column}: the "
                             "cell is not UTF-8 text; save the export as \"CSV UTF-8\"")
        if _CONTROL_RE.search(cell):
            return ExportRow(name, line, error=f"{name}:{line}:{index + 1}: column {column}: the "
                             "cell contains a control character, which a plan cannot hold")
        if not cell.strip():
            continue  # an empty cell is a missing value
        key = keys[index]
        _put(data, key, cell)
        for depth in range(1, len(key) + 1):
            positions.setdefault(key[:depth], (line, index + 1))
    data.setdefault("schema_version", SCHEMA_VERSION)
    data.setdefault("kind", "iwp")
    if data["schema_version"] == str(SCHEMA_VERSION):
        data["schema_version"] = SCHEMA_VERSION
    positions = {_compact_key(k, data): v for k, v in positions.items()}
    return ExportRow(name, line, document=Document(name=name, data=_lists(data),
                                                   positions=positions, format="csv"))


def _header_problem(header: list[str]) -> str | None:
    seen: dict[str, int] = {}
    for index, column in enumerate(header, start=1):
        if not column:
            return f"column {index} has no name; every column needs a dotted name such as " \
                   "ticketholder.name.last"
        if column in seen:
            return f"column {column} appears twice (columns {seen[column]} and {index})"
        seen[column] = index
        parts = column.split(".")
        if any(not p for p in parts):
            return f"column {column}: a dotted name cannot have an empty part"
        if parts[0].isdigit():
            return f"column {column}: a column name cannot start with a number"
        if any(p.isdigit() and int(p) > MAX_LIST_INDEX for p in parts):
            return f"column {column}: list positions go up to {MAX_LIST_INDEX}"
    prefixes = {tuple(c.split(".")[:i]) for c in header for i in range(1, c.count(".") + 1)}
    children: dict[tuple[str, ...], set[bool]] = {}
    for column in header:
        parts = column.split(".")
        for i in range(1, len(parts)):
            children.setdefault(tuple(parts[:i]), set()).add(parts[i].isdigit())
    for prefix, kinds in children.items():
        if len(kinds) > 1:
            return f"column names under {'.'.join(prefix)} mix list positions (numbers) " \
                   "and keys; use one or the other"
    for column in header:
        if tuple(column.split(".")) in prefixes:
            return f"column {column} holds a value but other columns put keys inside it " \
                   f"({column}.…); keep one or the other"
    return None


def _split_column(column: str) -> Key:
    return tuple(int(part) if part.isdigit() else part for part in column.split("."))


def _put(data: dict[Any, Any], key: Key, value: str) -> None:
    node = data
    for part in key[:-1]:
        node = node.setdefault(part, {})
    node[key[-1]] = value


def _lists(node: Any) -> Any:
    """Turn dicts keyed by list positions into lists, in position order, gaps dropped."""
    if not isinstance(node, dict):
        return node
    if node and all(isinstance(k, int) for k in node):
        return [_lists(node[k]) for k in sorted(node)]
    return {k: _lists(v) for k, v in node.items()}


def _compact_key(key: Key, raw: Any) -> Key:
    """Map a column's key to the key of its value once list gaps are closed up."""
    result: list[str | int] = []
    node = raw
    for part in key:
        if isinstance(part, int) and isinstance(node, dict) and part in node:
            result.append(sorted(node).index(part))
        else:
            result.append(part)
        node = node.get(part) if isinstance(node, dict) else None
    return tuple(result)


# --- JSON Lines -------------------------------------------------------------------------

def _read_jsonl(raw: bytes, name: str) -> Iterator[ExportRow]:
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            document = load_bytes(line, name, json_format=True, max_bytes=DEFAULT_MAX_BYTES)
        except LoadError as e:
            column = f":{e.column}" if e.column else ""
            yield ExportRow(name, number, error=f"{name}:{number}{column}: {e.message}")
            continue
        document.positions = {key: (number, column)
                              for key, (_, column) in document.positions.items()}
        document.format = "jsonl"
        yield ExportRow(name, number, document=document)
