"""One registry of finding codes (iwp/codes.py): every code written anywhere in iwp is in
it, in its stage's range, and documented in docs/rules.md."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import iwp.rules  # noqa: F401  (importing the rules registers their codes)
from iwp import codes
from iwp.findings import Severity

PACKAGE = Path(iwp.rules.__file__).resolve().parents[1]
RULES_MD = PACKAGE.parent / "docs" / "rules.md"
# Files that name range boundaries (IWP199, IWP800 ...) rather than codes.
RANGE_FILES = {"codes.py", "rules/docs.py"}
CODE = re.compile(r"IWP\d{3}")


def codes_written_in_iwp() -> dict[str, set[str]]:
    """Every string literal in iwp/ that is exactly a finding code -> the files using it."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = path.relative_to(PACKAGE).as_posix()
        if name in RANGE_FILES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and CODE.fullmatch(node.value):
                found.setdefault(node.value, set()).add(name)
    return found


def test_the_scan_sees_the_codes_of_every_stage() -> None:
    written = codes_written_in_iwp()
    assert {"IWP001", "IWP011", "IWP101", "IWP801"} <= set(written)


def test_every_code_written_in_iwp_is_registered() -> None:
    missing = {code: files for code, files in codes_written_in_iwp().items()
               if code not in codes.CODES}
    assert not missing, f"register these in iwp/codes.py: {missing}"


def test_every_registered_code_is_documented() -> None:
    text = RULES_MD.read_text(encoding="utf-8")
    undocumented = [code for code in codes.CODES
                    if f'<a id="{code.lower()}"></a>{code}' not in text]
    assert not undocumented, ("run `python -m iwp.rules.docs > docs/rules.md`: "
                              f"{undocumented}")


def test_each_code_lies_in_its_stage_range_and_rules_agree_with_it() -> None:
    for code, entry in codes.CODES.items():
        first, last = codes.STAGE_RANGES[entry.stage]
        assert first <= code <= last, code
    for code, registered in iwp.rules.REGISTRY.items():
        assert codes.CODES[code] == codes.Code(code, "rules", registered.severity,
                                               registered.title)


def test_a_code_registered_twice_differently_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        codes.register("IWP801", "check", Severity.INFO, "Something else")
    with pytest.raises(ValueError, match="outside the check range"):
        codes.register("IWP050", "check", Severity.INFO, "Out of range")
    assert codes.register("IWP801", "check", Severity.ERROR,
                          codes.CODES["IWP801"].title) == codes.CODES["IWP801"]
