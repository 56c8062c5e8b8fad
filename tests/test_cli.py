"""The command line as a user runs it: exit codes, output formats, init and schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from iwp.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def iwp(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
        cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m iwp`` the way a user's shell would."""
    return subprocess.run([sys.executable, "-m", "iwp", *args], input=stdin, text=True,
                          capture_output=True, cwd=cwd, env={**os.environ, **(env or {})},
                          timeout=120)


def test_validate_clean_plan_exits_0(reference_plan: Path) -> None:
    run = iwp("validate", str(reference_plan), "--today", "2026-11-22")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1].startswith("1 file checked: 0 errors, 0 warnings")


def test_validate_text_line_format(tmp_path: Path) -> None:
    plan = tmp_path / "typo.yaml"
    plan.write_text("schema_version: 1\nkind: iwp\nemployment_network:\n  nmae: X\n")
    run = iwp("validate", str(plan), "--select", "IWP011", env={"NO_COLOR": "1"})
    assert run.returncode == 1
    assert run.stdout.splitlines()[0] == (
        f"{plan}:4:3: error IWP011 [Part One, Employment Network] `nmae` is not a key of "
        "employment_network; did you mean `name`?")
    assert "\x1b[" not in run.stdout


def test_unreadable_input_exits_2_and_others_still_run(tmp_path: Path,
                                                        reference_plan: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"a: [1,\n")
    run = iwp("validate", str(bad), str(reference_plan), "--format", "json")
    assert run.returncode == 2
    files = json.loads(run.stdout)["files"]
    assert [f["valid"] for f in files] == [False, True]
    assert files[0]["findings"][0]["code"] == "IWP007"
    assert "Traceback" not in run.stderr


def test_json_shape(reference_plan: Path) -> None:
    run = iwp("validate", str(reference_plan), "--format", "json", "--today", "2026-11-22")
    data = json.loads(run.stdout)
    entry = data["files"][0]
    assert set(entry) == {"path", "kind", "valid", "findings"}
    assert entry["kind"] == "iwp" and entry["valid"] is True
    finding = entry["findings"][0]
    assert {"code", "severity", "message", "path", "line", "column", "source"} <= set(finding)
    assert set(data["summary"]) >= {"files", "errors", "warnings", "info"}


def test_sarif_and_github_formats(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text("schema_version: 1\nkind: iwp\nticketholder: {ssn: '900-12-345a'}\n")
    sarif = json.loads(iwp("validate", str(plan), "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "IWP015")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (result["level"], region["startLine"]) == ("error", 3)
    assert "IWP015" in {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    # The place on the printed form goes with the plan path, for a reviewer reading the PDF.
    logical = result["locations"][0]["logicalLocations"][0]
    assert logical["fullyQualifiedName"] == "ticketholder.ssn"
    assert logical["name"] == result["properties"]["where"] and "Ticketholder" in logical["name"]
    github = iwp("validate", str(plan), "--format", "github").stdout
    line = next(ln for ln in github.splitlines() if "IWP015" in ln)
    assert line.startswith(f"::error file={plan},line=3,col=16,title=IWP015 - Part One")
    assert "%2C" in line.split("::")[1]  # the comma in "Part One, ..." escaped in a property


def test_github_annotations_of_a_pdf_name_the_page() -> None:
    from iwp.findings import Finding, Severity
    from iwp.report import format_github, format_sarif

    finding = Finding("IWP901", Severity.ERROR, "No signature date.", file="a.pdf", page=4,
                      where="Part Three, signatures")
    result = SimpleNamespace(name="a.pdf", findings=[finding])
    github = format_github([result])
    assert github.startswith("::error file=a.pdf,title=IWP901 - page 4 - Part Three%2C "
                             "signatures::No signature date.")
    sarif = json.loads(format_sarif([result], {}))
    item = sarif["runs"][0]["results"][0]
    assert item["properties"] == {"page": 4, "where": "Part Three, signatures"}
    assert "region" not in item["locations"][0]["physicalLocation"]


def test_fail_on_warning(tmp_path: Path, reference_plan: Path) -> None:
    # The reference plan only has an info finding, so even --fail-on warning passes.
    assert iwp("validate", str(reference_plan), "--fail-on", "warning",
               "--today", "2026-11-22").returncode == 0


def test_folder_glob_and_stdin(reference_plan: Path) -> None:
    run = iwp("validate", str(ROOT / "examples" / "*-iwp.yaml"), "--format", "json")
    paths = [f["path"] for f in json.loads(run.stdout)["files"]]
    assert paths == sorted(paths) and len(paths) >= 2
    run = iwp("validate", "-", "--format", "json", stdin=reference_plan.read_text())
    assert json.loads(run.stdout)["files"][0]["path"] == "<stdin>"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert iwp("validate").returncode == 2
    assert iwp("validate", "x.yaml", "--today", "22/11/2026").returncode == 2
    run = iwp("validate", str(tmp_path / "*.yaml"))
    assert run.returncode == 2 and run.stderr.startswith("iwp: ")


def test_init_writes_a_starter_that_mirrors_the_reference(tmp_path: Path,
                                                          reference_plan: Path) -> None:
    target = tmp_path / "new.yaml"
    assert iwp("init", str(target)).returncode == 0
    assert iwp("init", str(target)).returncode == 2  # never overwrites without --force

    def keys(data, prefix=""):
        out = set()
        if isinstance(data, dict):
            for key, value in data.items():
                out.add(prefix + key)
                out |= keys(value, prefix + key + ".")
        return out

    starter = yaml.safe_load(target.read_text())
    reference = yaml.safe_load(reference_plan.read_text())
    # Every key the reference plan uses is in the starter, apart from list items and the
    # optional sections a case manager adds only when they apply.
    ref_keys = {k for k in keys(reference) if not k.startswith(("work_history.jobs",
                "services", "partnership_plus", "employment_goals.long_term.training."))}
    assert ref_keys <= keys(starter) | {"partnership_plus"}


def test_init_filled_in_validates(tmp_path: Path, reference_plan: Path) -> None:
    # Filling every blank of the starter with the reference plan's values gives a plan
    # with no structural findings.
    starter = yaml.safe_load(iwp("init").stdout)
    reference = yaml.safe_load(reference_plan.read_text())

    def fill(blank, value):
        if isinstance(blank, dict) and isinstance(value, dict):
            return {k: fill(blank.get(k), value[k]) if k in blank else value[k] for k in value}
        return value if value is not None else blank

    plan = tmp_path / "filled.yaml"
    plan.write_text(yaml.safe_dump(fill(starter, reference), sort_keys=False))
    run = iwp("validate", str(plan), "--format", "json", "--today", "2026-11-22")
    codes = [f["code"] for f in json.loads(run.stdout)["files"][0]["findings"]]
    assert all(code >= "IWP100" for code in codes), codes


@pytest.mark.parametrize("flags", [[], ["--amendment"]])
def test_init_points_editors_at_a_schema_that_exists(tmp_path: Path, flags: list[str]) -> None:
    from iwp.plan.models import json_schema

    target = tmp_path / "plans" / "new.yaml"
    target.parent.mkdir()
    assert iwp("init", str(target), *flags).returncode == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    referenced = target.parent / first.split("$schema=", 1)[1]
    # yaml-language-server resolves a relative $schema against the plan file's folder.
    assert json.loads(referenced.read_text(encoding="utf-8")) == json_schema()
    assert json.loads(iwp("schema").stdout) == json_schema()


def test_amendment_starter_is_an_amendment() -> None:
    assert yaml.safe_load(iwp("init", "--amendment").stdout)["kind"] == "amendment"


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name, command in cli.commands.items():
        assert command.help, f"`iwp {name}` has no help text"
        assert f"iwp {name}" in readme, f"the README does not mention `iwp {name}`"
        assert iwp(name, "--help").returncode == 0


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_top_level_flags(argv: list[str]) -> None:
    assert iwp(*argv).returncode == 0


def test_amendment_on_standard_input_is_cross_checked() -> None:
    # The amendment names another plan id than the original, so the cross-check (which
    # needs both documents) reports it; reading standard input twice would lose it.
    amendment = (ROOT / "examples" / "amendment.yaml").read_text().replace(
        "plan_id: BRE-2026-0342", "plan_id: BRE-2026-9999")
    run = iwp("validate", str(ROOT / "examples" / "complete-iwp.yaml"), "-", "--format",
              "json", "--today", "2026-11-22", stdin=amendment)
    files = json.loads(run.stdout)["files"]
    assert files[1]["path"] == "<stdin>"
    assert "IWP755" in {f["code"] for f in files[1]["findings"]}
