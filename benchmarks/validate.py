"""Validation speed: `iwp validate` (schema and rules) against jsonschema (schema only).

Generates N plan variations, then times, side by side in one run:
  (a) jsonschema: PyYAML's C loader + Draft 2020-12 validation with the committed schema,
      the best a third-party tool can do with our schema alone;
  (b) iwp: load with positions + pydantic model + every compliance rule.
Run: python benchmarks/validate.py [--count 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

import jsonschema
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import ROOT, write_variations  # noqa: E402

from iwp.findings import Severity  # noqa: E402
from iwp.plan.validate import ValidationOptions, validate_file  # noqa: E402

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    schema = json.loads((ROOT / "schemas" / "iwp-plan.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    options = ValidationOptions(today=dt.date(2026, 11, 22))
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_variations(Path(tmp), args.count)
        validate_file(str(paths[0]), options)  # import and first-use costs out of the timing

        start = time.perf_counter()
        schema_errors = 0
        for path in paths:
            data = _jsonable(yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER))
            schema_errors += sum(1 for _ in validator.iter_errors(data))
        jsonschema_s = time.perf_counter() - start

        start = time.perf_counter()
        iwp_errors = 0
        for path in paths:
            result = validate_file(str(path), options)
            iwp_errors += sum(f.severity is Severity.ERROR for f in result.findings)
        iwp_s = time.perf_counter() - start

    n = len(paths)
    print(f"{n} generated plans (valid; errors found: jsonschema {schema_errors}, iwp {iwp_errors})")
    print(f"{'tool':<44}{'plans/s':>10}{'ms/plan':>10}")
    print(f"{'jsonschema (C YAML loader + schema only)':<44}{n / jsonschema_s:>10.0f}"
          f"{1000 * jsonschema_s / n:>10.2f}")
    print(f"{'iwp validate (positions + model + rules)':<44}{n / iwp_s:>10.0f}"
          f"{1000 * iwp_s / n:>10.2f}")
    print(f"iwp is {jsonschema_s / iwp_s:.1f}x the speed of jsonschema (target: at least 2x)")


if __name__ == "__main__":
    main()
