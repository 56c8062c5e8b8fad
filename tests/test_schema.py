"""The committed JSON Schema: generated from the models, and right for other tools."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from iwp.plan.load import load_document
from iwp.plan.models import SCHEMA_VERSION, json_schema

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "schemas" / "iwp-plan.schema.json"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))      # the valid examples
FLAWED = ROOT / "examples" / "flawed" / "flawed-plan.yaml"  # the README's walkthrough


def test_committed_schema_matches_the_models() -> None:
    assert json.loads(COMMITTED.read_text()) == json_schema(), (
        "schemas/iwp-plan.schema.json is stale: run `iwp schema -o schemas/iwp-plan.schema.json`")


def test_schema_is_versioned() -> None:
    assert f"v{SCHEMA_VERSION}" in json_schema()["$id"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_against_the_committed_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(COMMITTED.read_text()))
    errors = [e.message for e in validator.iter_errors(load_document(path).data)]
    assert errors == []


def test_reference_documents_validate_against_the_committed_schema(
        reference_plan: Path, reference_amendment: Path) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(COMMITTED.read_text()))
    for path in (reference_plan, reference_amendment):
        assert list(validator.iter_errors(load_document(path).data)) == []


def test_schema_rejects_what_the_models_reject() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(COMMITTED.read_text()))
    data = load_document(EXAMPLES[0]).data
    data["ticketholder"]["preferred_contact"] = "fax"
    assert not validator.is_valid(data)


@pytest.mark.parametrize("path", [*EXAMPLES, FLAWED], ids=lambda p: p.name)
def test_examples_point_editors_at_the_schema(path: Path) -> None:
    first = path.read_text().splitlines()[0]
    schema = Path(first.split("$schema=", 1)[1])
    assert first.startswith("# yaml-language-server: $schema=")
    assert (path.parent / schema).resolve() == COMMITTED
