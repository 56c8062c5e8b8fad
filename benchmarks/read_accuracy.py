"""How many answer-key values ``read_plan`` reads right on the foreign corpus.

Run: python benchmarks/read_accuracy.py [-v] [NAME_PREFIX]
For each PDF of ``tests/data/foreign`` the values its answer key (``expected.json``) lists
are compared with what the reader put at the same plan path: right, wrong (a different
value) or missing. ``-v`` lists the wrong and missing ones.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

from iwp.read.parse import parse_pdf
from iwp.read.plan import read_plan

FOREIGN = Path(__file__).resolve().parents[1] / "tests" / "data" / "foreign"


def lookup(data, path: str):
    node = data
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def same(read, expected) -> bool:
    if isinstance(read, (dt.date,)):
        return read.isoformat() == str(expected)
    if isinstance(read, (Decimal, int, float)) and isinstance(expected, (int, float)):
        return abs(float(read) - float(expected)) < 0.01
    return " ".join(str(read).split()).lower() == " ".join(str(expected).split()).lower()


def main() -> None:
    verbose = "-v" in sys.argv
    prefix = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    expected = json.loads((FOREIGN / "expected.json").read_text())
    totals: Counter = Counter()
    by_layout: dict[str, Counter] = {}
    for name, key in sorted(expected.items()):
        if not name.startswith(prefix) or not (FOREIGN / name).exists():
            continue
        try:
            plan = read_plan(parse_pdf(FOREIGN / name))
        except Exception as e:  # noqa: BLE001 - a measurement, not the product
            print(f"{name}: {type(e).__name__}: {e}")
            continue
        counts = by_layout.setdefault(key.get("layout", "?"), Counter())
        for path, value in (key.get("values") or {}).items():
            read = lookup(plan.data, path)
            outcome = "missing" if read is None else "right" if same(read, value) else "wrong"
            counts[outcome] += 1
            totals[outcome] += 1
            if verbose and outcome != "right":
                print(f"  {name}: {path}: {outcome} (read {read!r}, key {value!r})")
    for layout, counts in sorted(by_layout.items()):
        print(f"{layout:<10} right {counts['right']:>4}  wrong {counts['wrong']:>3}  "
              f"missing {counts['missing']:>4}")
    print(f"{'all':<10} right {totals['right']:>4}  wrong {totals['wrong']:>3}  "
          f"missing {totals['missing']:>4}")


if __name__ == "__main__":
    main()
