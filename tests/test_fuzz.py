"""Fuzzing: whatever the input, iwp answers with a result or its own error, never a crash.

- Arbitrary YAML/JSON structures, and arbitrary bytes, through load and validate: nothing
  but :class:`~iwp.errors.IwpError` may be raised.
- The reference plan with any one value replaced by an arbitrary one: validate returns
  findings, never an exception.
- A rendered PDF truncated, bit-flipped or spliced: ``check`` returns a result.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iwp
from iwp.errors import IwpError
from iwp.load import load_bytes
from iwp.validate import ValidationOptions, validate_document

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30),
                    st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from(["2026-02-30", "NO", "1:20", "012345", "900-00-0101",
                                     "iwp", "amendment", "", "  "]))
structures = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=5),
    st.dictionaries(st.text(max_size=12), children, max_size=6)), max_leaves=40)


def validate_bytes(raw: bytes, name: str = "fuzz.yaml", json_format: bool = False) -> None:
    try:
        document = load_bytes(raw, name, json_format=json_format)
    except IwpError:
        return
    validate_document(document, ValidationOptions())


@SETTINGS
@given(structures)
def test_any_structure_as_yaml_or_json(data: object) -> None:
    validate_bytes(yaml.safe_dump(data, allow_unicode=True).encode())
    validate_bytes(json.dumps(data).encode(), "fuzz.json", json_format=True)
    if isinstance(data, dict):
        validate_bytes(yaml.safe_dump({"schema_version": 1, "kind": "iwp", **data}).encode())


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes(raw: bytes) -> None:
    validate_bytes(raw)


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, path + (index,))
    yield path


@pytest.fixture(scope="module")
def reference_data(reference_plan: Path) -> dict:
    return yaml.safe_load(reference_plan.read_text())


@SETTINGS
@given(st.data())
def test_reference_plan_with_one_value_replaced(reference_data: dict, data) -> None:
    plan = json.loads(json.dumps(reference_data, default=str))
    paths = [p for p in _leaves(plan) if p]
    path = data.draw(st.sampled_from(paths))
    target = plan
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = data.draw(structures)
    try:
        document = load_bytes(yaml.safe_dump(plan).encode(), "plan.yaml")
    except IwpError as e:  # e.g. a 40-digit number: refused with a one-line reason
        assert "\n" not in str(e)
        return
    result = validate_document(document, ValidationOptions())
    assert all(f.code and f.message for f in result.findings)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, reference_plan: Path) -> bytes:
    out = tmp_path_factory.mktemp("fuzz-render") / "plan.pdf"
    iwp.render_file(str(reference_plan), out)
    return out.read_bytes()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.data())
def test_mutated_rendered_pdf_never_crashes_check(rendered: bytes, tmp_path: Path,
                                                  data) -> None:
    how = data.draw(st.sampled_from(["truncate", "flip", "splice"]))
    raw = bytearray(rendered)
    if how == "truncate":
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    elif how == "flip":
        for _ in range(data.draw(st.integers(1, 20))):
            raw[data.draw(st.integers(0, len(raw) - 1))] ^= 1 << data.draw(st.integers(0, 7))
    else:
        cut = data.draw(st.integers(0, len(raw)))
        start = data.draw(st.integers(0, len(raw)))
        raw = raw[:cut] + rendered[start:start + 4096]
    path = tmp_path / f"mutated-{how}.pdf"
    path.write_bytes(bytes(raw))
    result = iwp.check_pdf(path, iwp.CheckOptions(timeout=20))
    assert result.verdict in ("complete", "incomplete", "needs_review", "not_an_iwp")
    if result.load_failed:
        assert result.reason and "\n" not in result.reason
    # Whatever broke, it is said in words (tests/test_hostile_pdfs.py's pattern).
    from test_hostile_pdfs import PYTHON_TEXT, user_messages

    assert not [m for m in user_messages(result) if PYTHON_TEXT.search(m)]
