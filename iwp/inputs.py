"""Turning command-line inputs (files, folders, globs) into a sorted list of files."""

from __future__ import annotations

import glob
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from iwp.errors import UsageError

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
PDF_SUFFIXES = (".pdf",)

K = TypeVar("K", bound=Hashable)


def expand_inputs(inputs: list[str], suffixes: tuple[str, ...]) -> list[str]:
    """Expand files, folders (recursively, by suffix) and glob patterns, keeping order.

    ``-`` (standard input) passes through. A name that matches nothing is kept, so that
    loading it reports "no such file" for that name rather than silently skipping it.
    """
    found: list[str] = []
    for item in inputs:
        path = Path(item)
        if item == "-":
            found.append(item)
        elif path.is_dir():
            matches = sorted(str(p) for p in path.rglob("*")
                             if p.is_file() and p.suffix.lower() in suffixes)
            if not matches:
                raise UsageError(f"{item}: the folder holds no {' / '.join(suffixes)} files")
            found.extend(matches)
        elif not path.exists() and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise UsageError(f"{item}: the pattern matches no files")
            found.extend(m for m in matches if Path(m).is_file())
        else:
            found.append(item)
    return list(dict.fromkeys(found))


def pairing_ids(data: Any) -> dict[str, Any]:
    """The part of a plan's data :func:`pair_amendments` looks at (kind and plan ids)."""
    if not isinstance(data, dict):
        return {}
    amends = data.get("amends")
    return {"kind": data.get("kind", "iwp"), "plan_id": data.get("plan_id"),
            "amends": {"plan_id": amends.get("plan_id")} if isinstance(amends, dict) else None}


def pair_amendments(items: Iterable[tuple[K, Any]]) -> dict[K, K]:
    """Amendment -> its original, among ``items`` (key, loaded plan data) given together.

    An amendment's original is the one IWP among them whose ``plan_id`` its
    ``amends.plan_id`` names. None, or two IWPs with that id, leave it unpaired: it is
    rendered and validated on its own, as when given alone.
    """
    plans: dict[str, list[K]] = {}
    amendments: list[tuple[K, str]] = []
    for key, data in items:
        if not isinstance(data, dict):
            continue
        if data.get("kind") == "amendment":
            amends = data.get("amends")
            wanted = amends.get("plan_id") if isinstance(amends, dict) else None
            if isinstance(wanted, str) and wanted.strip():
                amendments.append((key, wanted))
        elif data.get("kind", "iwp") == "iwp":
            plan_id = data.get("plan_id")
            if isinstance(plan_id, str) and plan_id.strip():
                plans.setdefault(plan_id, []).append(key)
    return {key: plans[wanted][0] for key, wanted in amendments
            if len(plans.get(wanted, [])) == 1}
