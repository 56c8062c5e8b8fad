"""The ``iwp`` command line: thin wrappers over the library.

Each command parses its arguments, calls one function of the ``iwp`` package, prints the
result and maps it to an exit code: 0 clean, 1 findings at or above ``--fail-on`` (or a
failed item), 2 usage error or unreadable input. Only :class:`~iwp.errors.IwpError` is
caught as an expected failure; anything else is reported in one line without a traceback
(set ``IWP_DEBUG=1`` to see it).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import click

from iwp import __version__
from iwp.errors import IwpError, UsageError
from iwp.findings import Severity
from iwp.inputs import PLAN_SUFFIXES, expand_inputs
from iwp.plan.load import DEFAULT_MAX_BYTES
from iwp.output import write_atomic
from iwp.privacy import mask_ssns
from iwp.report import FORMATS, format_github, format_json, format_sarif, format_text, use_colour

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _parse_today(ctx: click.Context, param: click.Parameter, value: str | None
                 ) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("write the date as YYYY-MM-DD, for example 2026-06-09")


def _codes(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())


def setup_logging(verbose: int) -> None:
    """``-v`` shows iwp's steps; ``-vv`` also the libraries' own messages."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    iwp_log = logging.getLogger("iwp")
    iwp_log.handlers[:] = [handler]
    iwp_log.setLevel(logging.INFO if verbose else logging.WARNING)
    iwp_log.propagate = False
    # WeasyPrint and fontTools log warnings a case manager cannot act on; keep them
    # for -vv.
    for name in ("weasyprint", "fontTools", "pyhanko"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose > 1 else logging.CRITICAL)
    from iwp.read.parse import quiet_pypdf_log

    quiet_pypdf_log(show=verbose > 1)  # its warnings are the repairs check reports


def rule_docs() -> dict[str, tuple[str, str | None]]:
    """code -> (title, source) for every documented finding code."""
    from iwp.codes import CODES
    from iwp.plan.rules import REGISTRY  # importing the rules registers their codes

    return {code: (entry.title, REGISTRY[code].source if code in REGISTRY else None)
            for code, entry in sorted(CODES.items())}


def emit(results: Sequence[Any], fmt: str, text_formatter: Any = format_text) -> None:
    """Print per-file results in the chosen format."""
    if fmt == "json":
        out = format_json(results)
    elif fmt == "sarif":
        out = format_sarif(results, rule_docs())
    elif fmt == "github":
        out = format_github(results)
    else:
        out = text_formatter(results, colour=use_colour(sys.stdout))
    click.echo(out, nl=False)


def exit_code(results: Sequence[Any], fail_on: str) -> int:
    """2 if any input could not be read, 1 if findings reach ``fail_on``, else 0."""
    if any(getattr(r, "load_failed", False) for r in results):
        return EXIT_USAGE
    threshold = Severity(fail_on)
    findings = (f for r in results for f in r.findings)
    return EXIT_FINDINGS if any(threshold <= f.severity for f in findings) else EXIT_CLEAN


format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
                             show_default=True, help="Output format.")
fail_on_option = click.option("--fail-on", type=click.Choice(["error", "warning"]),
                              default="error", show_default=True,
                              help="Exit with 1 when a finding of this severity or worse is found.")
today_option = click.option("--today", callback=_parse_today, metavar="YYYY-MM-DD",
                            help="Judge deadlines as of this date instead of today.")
select_option = click.option("--select", multiple=True, metavar="CODES",
                             help="Only report these codes or code prefixes (IWP4, IWP401).")
ignore_option = click.option("--ignore", multiple=True, metavar="CODES",
                             help="Do not report these codes or code prefixes.")
verbose_option = click.option("-v", "--verbose", count=True, help="Show the steps (-vv: more).")


def findings_options(command: Any) -> Any:
    """The arguments and options shared by the commands that report findings."""
    for option in reversed((click.argument("paths", nargs=-1, required=True), format_option,
                            fail_on_option, today_option, select_option, ignore_option)):
        command = option(command)
    return command


strict_option = click.option("--strict", is_flag=True,
                             help="Refuse damaged PDFs instead of repairing them.")
no_ocr_option = click.option("--no-ocr", "no_ocr", is_flag=True,
                             help="Do not read scans (PDFs without text) with Tesseract OCR.")


def pdf_reading_options(command: Any) -> Any:
    """How PDFs are read, shared by `check` and `extract`: --strict, --field-map, --no-ocr."""
    field_map = click.option("--field-map", type=click.Path(dir_okay=False, exists=True),
                             metavar="FILE",
                             help="YAML mapping of your fillable form's field names to plan "
                                  "paths.")
    for option in reversed((strict_option, field_map, no_ocr_option)):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="iwp")
def cli() -> None:
    """Write, validate, render and check Ticket to Work Individual Work Plans (SSA-1370).

    Start with `iwp init plan.yaml`, fill it in, then `iwp validate plan.yaml`.
    """


@cli.command()
@findings_options
@click.option("--stage", type=click.Choice(["draft", "submission"]), default="draft",
              show_default=True, help="submission: an unsigned plan is an error, not a warning.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
              show_default=True, help="Largest plan file to read.")
@verbose_option
def validate(paths: tuple[str, ...], fmt: str, fail_on: str, today: dt.date | None,
             select: tuple[str, ...], ignore: tuple[str, ...], stage: str, max_bytes: int,
             verbose: int) -> None:
    """Check plan files (YAML or JSON) against the SSA-1370 schema and the program's rules.

    PATHS are files, folders (searched for .yaml, .yml and .json) or glob patterns; `-`
    reads standard input. Give a plan and its amendment together to cross-check them.
    """
    from iwp.pipeline import validate_paths
    from iwp.plan.validate import ValidationOptions

    setup_logging(verbose)
    options = ValidationOptions(today=today, select=_codes(select), ignore=_codes(ignore),
                                stage=stage, max_bytes=max_bytes)
    results = validate_paths(expand_inputs(list(paths), PLAN_SUFFIXES), options)
    emit(results, fmt)
    sys.exit(exit_code(results, fail_on))


@cli.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--amendment", is_flag=True, help="Write a starter amendment instead of a plan.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def init(file: str | None, amendment: bool, force: bool) -> None:
    """Write a commented starter plan to FILE (or print it) for a case manager to fill in.

    The plan schema is written beside FILE too: the starter's first line points editors
    at it by that relative name, so they autocomplete and check the plan.
    """
    import json

    from iwp.plan.models import SCHEMA_FILE_NAME, json_schema

    name = "starter-amendment.yaml" if amendment else "starter-plan.yaml"
    text = resources.files("iwp").joinpath("data", name).read_text(encoding="utf-8")
    if file is None:
        click.echo(text, nl=False)
        return
    if Path(file).exists() and not force:
        raise UsageError(f"{file}: already exists; choose another name or add --force")
    schema_path = Path(file).parent / SCHEMA_FILE_NAME
    schema_text = json.dumps(json_schema(), indent=2) + "\n"
    if not schema_path.is_file() or schema_path.read_text(encoding="utf-8") != schema_text:
        write_atomic(schema_path, schema_text.encode("utf-8"), private=False)
    write_atomic(file, text.encode("utf-8"), private=False)
    click.echo(f"Wrote {file} (and {schema_path.name} beside it, for editors). Fill in the "
               f"blanks, then run: iwp validate {file}", err=True)


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the schema to this file instead of printing it.")
def schema(output: str | None) -> None:
    """Print the JSON Schema of plan files, for editors and other tools."""
    import json

    from iwp.plan.models import json_schema

    text = json.dumps(json_schema(), indent=2, sort_keys=False) + "\n"
    if output:
        write_atomic(output, text.encode("utf-8"), private=False)
    else:
        click.echo(text, nl=False)


@cli.group()
@click.pass_context
def batch(ctx: click.Context) -> None:
    """Render or check many plans or PDFs at once: in parallel, resumable, with progress."""
    from iwp.batch.workers import start_server

    if ctx.invoked_subcommand and not {"-h", "--help"} & set(sys.argv):
        # The worker server loads its modules while this process loads its own.
        start_server(ctx.invoked_subcommand)


def _batch_options(fn: Any) -> Any:
    options = [
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes  [default: the number of CPUs]"),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0,
                     show_default=True, metavar="SECONDS",
                     help="Stop an item that takes longer and record it as failed."),
        click.option("--report", "report_file", type=click.Path(dir_okay=False),
                     help="Write one row per item to this .json or .csv file."),
        click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                     show_default=True, help="Format of the summary printed at the end."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, only the summary."),
        today_option,
        verbose_option,
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _run_batch_command(job: str, inputs: tuple[str, ...], options: Any, quiet: bool,
                       report_file: str | None, fmt: str) -> None:
    from iwp.batch.runner import ProgressLine, run_batch

    progress = None
    if not quiet and sys.stderr.isatty():
        progress = ProgressLine(sys.stderr, label=f"{job} ")
    try:
        report = run_batch(job, list(inputs), options, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    if report_file:
        report.write(report_file, inputs=list(inputs))
    click.echo(report.to_json() if fmt == "json" else report.summary(), nl=False)
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_CLEAN)


@batch.command("render")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output-dir", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the PDFs (created if needed).")
@click.option("--name", "name_pattern", default="{stem}.pdf", show_default=True,
              help="Output file name pattern; fields: {plan_id} {last} {first} {en_pid} "
                   "{row} {stem}. Never the SSN.")
@click.option("--force", is_flag=True, help="Render again even when the PDF is up to date.")
@click.option("--draft", is_flag=True,
              help="Render plans with errors too, marked DRAFT - NOT FOR SUBMISSION.")
@click.option("--large-print", is_flag=True, help="Body text of at least 18 pt.")
@click.option("--template-dir", type=click.Path(file_okay=False, exists=True),
              help="The EN's own template folder (looked up before the built-in one).")
@click.option("--redact", is_flag=True, help="Mask the SSN in the PDFs (for sharing samples).")
@click.option("--stage", type=click.Choice(["draft", "submission"]), default="draft",
              show_default=True, help="submission: an unsigned plan is an error.")
@_batch_options
def batch_render(inputs: tuple[str, ...], out_dir: str, name_pattern: str, force: bool,
                 draft: bool, large_print: bool, template_dir: str | None, redact: bool,
                 stage: str, jobs: int | None, timeout: float, report_file: str | None,
                 fmt: str, quiet: bool, today: dt.date | None, verbose: int) -> None:
    """Render every plan in INPUTS to a PDF in OUTDIR.

    INPUTS are plan files, folders (searched recursively), glob patterns and exports from a
    case-management system: CSV with dotted column names (ticketholder.name.last,
    services.0.description, ...) or JSON Lines, one plan per row. PDFs that are already up
    to date (same plan, iwp version and templates) are skipped. Exit code 1 if any item
    failed.
    """
    from iwp.batch.runner import BatchOptions
    from iwp.document.render import RenderOptions
    from iwp.plan.validate import ValidationOptions

    setup_logging(verbose)
    render = RenderOptions(draft=draft, large_print=large_print, redact=redact,
                           template_dir=Path(template_dir) if template_dir else None)
    options = BatchOptions(out_dir=out_dir, name=name_pattern, jobs=jobs, timeout=timeout,
                           force=force, render=render, verbose=verbose,
                           validation=ValidationOptions(today=today, stage=stage))
    _run_batch_command("render", inputs, options, quiet, report_file, fmt)


@batch.command("check")
@click.argument("inputs", nargs=-1, required=True)
@fail_on_option
@click.option("--stage", type=click.Choice(["draft", "submission"]), default="draft",
              show_default=True, help="submission: any PDF that is not complete fails.")
@strict_option
@no_ocr_option
@_batch_options
def batch_check(inputs: tuple[str, ...], fail_on: str, stage: str, strict: bool,
                no_ocr: bool, jobs: int | None, timeout: float, report_file: str | None,
                fmt: str, quiet: bool, today: dt.date | None, verbose: int) -> None:
    """Check every IWP PDF in INPUTS (files, folders searched recursively, glob patterns).

    Exit code 1 if any PDF could not be read, has a finding at or above --fail-on, or
    (with --stage submission) is not complete.
    """
    from iwp.batch.runner import BatchOptions
    from iwp.check import CheckOptions
    from iwp.plan.validate import ValidationOptions

    setup_logging(verbose)
    check = CheckOptions(stage=stage, today=today, strict=strict, ocr=not no_ocr)
    options = BatchOptions(jobs=jobs, timeout=timeout, fail_on=fail_on, verbose=verbose,
                           check=check, validation=ValidationOptions(today=today))
    _run_batch_command("check", inputs, options, quiet, report_file, fmt)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(),
              help="PDF file to write, or a folder for the default name "
                   "({plan_id}_{Last}_{First}.pdf).")
@click.option("--original", type=click.Path(dir_okay=False),
              help="For an amendment: the signed plan it changes, to show what changed "
                   "(found by plan id when both are among PATHS).")
@click.option("--draft", is_flag=True,
              help="Render even with validation errors, marked DRAFT - NOT FOR SUBMISSION.")
@click.option("--large-print", is_flag=True, help="Body text of at least 18 pt (low vision).")
@click.option("--template-dir", type=click.Path(file_okay=False, exists=True),
              help="Your own templates; they override the built-in ones block by block.")
@click.option("--redact", is_flag=True,
              help="Mask the SSN (***-**-1234) everywhere, for sharing a sample.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format of the summary.")
@today_option
@verbose_option
def render(paths: tuple[str, ...], output: str | None, original: str | None, draft: bool,
           large_print: bool, template_dir: str | None, redact: bool, fmt: str,
           today: dt.date | None, verbose: int) -> None:
    """Render plan files as signature-ready, accessible PDF/A files (SSA-1370 layout).

    A plan with validation errors is refused (the findings are printed, exit 1) unless
    --draft is given. PATHS are plan files, folders or glob patterns.
    """
    import json

    from iwp.pipeline import originals_among, render_file
    from iwp.document.render import RenderOptions
    from iwp.plan.validate import ValidationOptions

    setup_logging(verbose)
    files = expand_inputs(list(paths), PLAN_SUFFIXES)
    if len(files) > 1 and output and (Path(output).is_file()
                                      or Path(output).suffix.lower() == ".pdf"):
        raise UsageError(f"{output}: give a folder for -o when rendering several plans")
    options = RenderOptions(draft=draft, large_print=large_print, redact=redact,
                            template_dir=Path(template_dir) if template_dir else None)
    validation = ValidationOptions(today=today)
    # Without --original, an amendment given with the plan it amends is shown against it.
    originals = originals_among(files, validation) if original is None and len(files) > 1 \
        else {}
    results = [render_file(path, output, options=options,
                           original=original or originals.get(path), validation=validation)
               for path in files]
    if fmt == "json":
        # Only the file names are masked: a hash may contain nine digits in a row.
        entries = [{**r.to_dict(), "path": mask_ssns(str(r.path)) if r.path else None,
                    "source": mask_ssns(r.validation.name), "valid": r.validation.valid,
                    "findings": [f.to_dict() for f in r.validation.findings]}
                   for r in results]
        click.echo(json.dumps({"files": entries}, indent=2))
    else:
        refused = [r.validation for r in results if not r.written]
        if refused:
            emit(refused, "text")
        for r in results:
            if r.written:
                click.echo(mask_ssns(f"Wrote {r.path} ({r.pages} pages, {r.size:,} bytes)"))
            elif r.validation.model is None and (draft or r.validation.draft_model is None):
                click.echo(mask_ssns(f"{r.validation.name}: not rendered; the plan cannot "
                                     "be read as a plan until the errors above are fixed"),
                           err=True)
            else:
                click.echo(mask_ssns(f"{r.validation.name}: not rendered; fix the errors "
                                     "above or add --draft"), err=True)
    if any(r.validation.load_failed for r in results):
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_CLEAN if all(r.written for r in results) else EXIT_FINDINGS)


@cli.command()
@findings_options
@click.option("--stage", type=click.Choice(["draft", "submission"]), default="draft",
              show_default=True,
              help="submission: unsigned is an error and any file not complete fails.")
@pdf_reading_options
@verbose_option
def check(paths: tuple[str, ...], fmt: str, fail_on: str, today: dt.date | None,
          select: tuple[str, ...], ignore: tuple[str, ...], stage: str, strict: bool,
          field_map: str | None, no_ocr: bool, verbose: int) -> None:
    """Check IWP PDFs for completeness: each component present, missing or deficient.

    PATHS are PDF files, folders (searched for .pdf) or glob patterns. Exit 0 when clean,
    1 when a finding reaches --fail-on (at --stage submission also when any file is not
    complete), 2 when a file cannot be read.
    """
    from iwp.check import CheckOptions, format_check_text
    from iwp.inputs import PDF_SUFFIXES
    from iwp.pipeline import check_paths

    setup_logging(verbose)
    options = CheckOptions(stage=stage, today=today, select=_codes(select),
                           ignore=_codes(ignore), strict=strict, field_map=field_map,
                           ocr=not no_ocr)
    results = check_paths(expand_inputs(list(paths), PDF_SUFFIXES), options)
    emit(results, fmt, text_formatter=format_check_text)
    code = exit_code(results, fail_on)
    if code == EXIT_CLEAN and stage == "submission" and any(
            r.verdict != "complete" for r in results):
        code = EXIT_FINDINGS
    sys.exit(code)


@cli.command()
@click.option("--dir", "folder", default="plans", show_default=True,
              type=click.Path(file_okay=False), help="Folder of plan files to work on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True,
              help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback needs --allow-remote.")
@click.option("--allow-remote", is_flag=True,
              help="Allow a --host other machines can reach (prints what else you need).")
@click.option("--token", envvar="IWP_SERVE_TOKEN", metavar="TOKEN",
              help="Access token (default: a random one, printed in the address). "
                   "Also read from IWP_SERVE_TOKEN.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
@today_option
@verbose_option
def serve(folder: str, port: int, host: str, allow_remote: bool, token: str | None,
          no_browser: bool, today: dt.date | None, verbose: int) -> None:
    """Write, check, print and amend plans in a web browser (a local web app).

    Plans are the files in --dir, the same YAML the other commands read. The address
    printed includes an access token; only this computer can connect unless --host and
    --allow-remote say otherwise.
    """
    from iwp.serve import run

    setup_logging(verbose)
    run(folder, host=host, port=port, token=token, open_browser=not no_browser,
        allow_remote=allow_remote, today=today)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output_dir", required=True, metavar="DIR",
              type=click.Path(file_okay=False),
              help="Folder for the plan files (made if needed); one NAME.yaml per PDF.")
@pdf_reading_options
@verbose_option
def extract(paths: tuple[str, ...], output_dir: str, strict: bool, field_map: str | None,
            no_ocr: bool, verbose: int) -> None:
    """Write the plan each IWP PDF holds as a plan file (YAML) you can validate and render.

    PATHS are PDF files, folders (searched for .pdf) or glob patterns. Only what was read is
    written, with a comment on each value giving its page and how sure the reader is; parts
    not found are left out (``iwp validate`` reports them). Files are private (0600): they
    may hold an SSN. Exit 0 when every PDF gave a file, 1 when one did not.
    """
    from iwp.check.extract import ExtractOptions, extract_pdfs
    from iwp.inputs import PDF_SUFFIXES

    setup_logging(verbose)
    options = ExtractOptions(strict=strict, field_map=field_map, ocr=not no_ocr)
    results = extract_pdfs(expand_inputs(list(paths), PDF_SUFFIXES), output_dir, options)
    for result in results:
        click.echo(result.summary(), err=result.error is not None)
    sys.exit(EXIT_FINDINGS if any(r.error for r in results) else EXIT_CLEAN)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``iwp`` console script."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="iwp",
                 standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("iwp: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(EXIT_USAGE)
    except IwpError as e:
        click.echo(f"iwp: {mask_ssns(str(e))}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo("iwp: interrupted", err=True)
        sys.exit(130)
    except Exception as e:  # the promise: never a traceback
        if os.environ.get("IWP_DEBUG"):
            raise
        click.echo(f"iwp: internal error ({type(e).__name__}): {mask_ssns(str(e))[:300]} "
                   "- please report it; set IWP_DEBUG=1 to see details", err=True)
        sys.exit(3)
