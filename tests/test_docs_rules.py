"""docs/rules.md is generated from the rule registry and documents every finding code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from iwp.plan.rules import REGISTRY
from iwp.plan.rules.docs import render_rules_doc
from iwp.check import CHECK_CODES
from iwp.plan.validate import LOAD_CODES, SCHEMA_CODES

RULES_MD = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_rules_md_is_up_to_date() -> None:
    assert RULES_MD.read_text(encoding="utf-8") == render_rules_doc(), (
        "docs/rules.md is stale: run `python -m iwp.plan.rules.docs > docs/rules.md`")


def test_every_code_is_documented_with_an_anchor() -> None:
    text = RULES_MD.read_text(encoding="utf-8")
    for code in [*LOAD_CODES, *SCHEMA_CODES, *REGISTRY, *CHECK_CODES]:
        assert f'<a id="{code.lower()}"></a>{code}' in text, code


def test_each_rule_entry_shows_severity_source_and_description() -> None:
    text = RULES_MD.read_text(encoding="utf-8")
    for code, registered in REGISTRY.items():
        entry = text.split(f'<a id="{code.lower()}"></a>{code}: ', 1)[1].split("\n### ", 1)[0]
        assert entry.startswith(registered.title)
        assert f"- Severity: **{registered.severity.value}**" in entry
        assert f"- Source: {registered.source}" in entry
        assert " ".join(entry.split()).count(registered.description[:40]) == 1


def test_the_generator_runs_as_a_module() -> None:
    out = subprocess.run([sys.executable, "-m", "iwp.plan.rules.docs"], capture_output=True,
                         text=True, check=True)
    assert out.stdout == render_rules_doc()


def test_rule_codes_do_not_collide_with_other_steps() -> None:
    # The check step owns IWP8xx and loading/structure IWP001-IWP099; a plan rule reusing
    # one of those codes would be mistaken for the other finding (e.g. by check's verdict).
    assert not set(REGISTRY) & {*LOAD_CODES, *SCHEMA_CODES, *CHECK_CODES}
    assert all("IWP100" <= code <= "IWP799" for code in REGISTRY)
