"""Turning command-line inputs (files, folders, globs) into a sorted list of files."""

from __future__ import annotations

import glob
from pathlib import Path

from iwp.errors import UsageError

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
PDF_SUFFIXES = (".pdf",)


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
