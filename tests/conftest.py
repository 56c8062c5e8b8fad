"""Shared fixtures: where the reference plans and test data live."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PLAN_FORMAT = SHARED / "plan-format"
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def reference_plan() -> Path:
    """The reference IWP of ../shared/plan-format (the input format's contract)."""
    path = PLAN_FORMAT / "reference-plan.yaml"
    if not path.exists():
        pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
    return path


@pytest.fixture(scope="session")
def reference_amendment() -> Path:
    """The reference amendment of ../shared/plan-format."""
    return PLAN_FORMAT / "reference-amendment.yaml"


@pytest.fixture()
def plan_copy(tmp_path: Path, reference_plan: Path) -> Path:
    """A writable copy of the reference plan, for tests that edit it."""
    target = tmp_path / "plan.yaml"
    shutil.copyfile(reference_plan, target)
    return target


def write_slow_pdf(path: Path, operators: int, pages: int = 1) -> Path:
    """A valid PDF whose pages each draw one word ``operators`` times: slow to read.

    Reading the text grows faster than the count with pypdf 7.1: 30,000 operators took
    1.6 s and 300,000 took 225 s on a busy two-CPU machine. So a test can build a file that
    outlasts any time limit it sets, with nothing hostile in it.
    """
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        content = DecodedStreamObject()
        content.set_data(b"BT /F1 11 Tf 72 700 Td " + b"(Ticket) Tj " * operators + b"ET")
        page[NameObject("/Contents")] = writer._add_object(content)
    writer.write(path)
    return path


@pytest.fixture()
def slow_pdf() -> Callable[..., Path]:
    """:func:`write_slow_pdf`, for tests of time limits."""
    return write_slow_pdf


# --- the `slow` marker ------------------------------------------------------------------------
# `python -m pytest -m "not slow"` leaves these out, for a run under a minute while working;
# CI runs everything. Slow means: starts processes (the command line as a subprocess, batch
# worker pools, OCR's pdftoppm and Tesseract, building and installing the package, memory
# runs of hostile inputs) or renders or fuzzes for many seconds. Listed here, by module, so
# marking a test needs no edit of a test file others are changing; `@pytest.mark.slow` on a
# test works too.
SLOW_MODULES = {
    "test_ocr.py",  # Tesseract on page images
    "test_package.py",  # builds the wheel and installs it in a fresh environment
    "test_privacy.py",  # runs every command as a subprocess
    "test_fuzz.py",  # hypothesis: hundreds of examples
    "test_own_layout.py",  # pdftocairo and Chromium make the copies
}
SLOW_TESTS = {
    "test_batch.py": {
        "test_a_crashing_worker_fails_only_its_item",
        "test_a_csv_export_with_one_broken_row_renders_every_other_row",
        "test_a_dask_executor_can_run_the_batch",
        "test_a_stuck_worker_is_killed_and_the_others_are_resubmitted",
        "test_an_amendment_is_rendered_against_its_original_in_the_same_batch",
        "test_an_empty_name_field_fails_only_that_item",
        "test_an_item_queued_behind_a_stuck_one_is_not_timed_out",
        "test_an_item_running_beside_a_crash_is_tried_again_alone",
        "test_another_render_option_is_not_up_to_date",
        "test_batch_check_reports_verdicts_and_unreadable_files",
        "test_killed_run_resumes_to_identical_outputs",
        "test_no_progress_when_not_a_terminal",
        "test_render_then_skip_then_force_with_reports",
        "test_two_inputs_with_the_same_name_stop_the_run_before_any_work",
        "test_an_item_over_the_time_limit_fails_and_the_rest_go_on",
        "test_a_thread_executor_checks_as_one_process_does",
    },
    "test_check.py": {"test_corpus_read_by_ocr"},
    "test_cli.py": {
        "test_amendment_on_standard_input_is_cross_checked", "test_fail_on_warning",
        "test_folder_glob_and_stdin", "test_init_filled_in_validates",
        "test_init_writes_a_starter_that_mirrors_the_reference", "test_json_shape",
        "test_sarif_and_github_formats", "test_unreadable_input_exits_2_and_others_still_run",
        "test_usage_errors_exit_2", "test_validate_clean_plan_exits_0",
        "test_validate_text_line_format", "test_every_command_has_help_and_is_in_the_readme",
        "test_init_points_editors_at_a_schema_that_exists",
    },
    "test_hostile_pdfs.py": {"test_hostile_pdf[pdfs/decompression_bomb.pdf]",
                             "test_the_check_command_reports_the_repairs_it_made"},
    "test_hostile_plans.py": {"test_all_hostile_plans_in_one_run_stay_within_memory"},
    "test_output.py": {"test_an_unwritable_output_fails_alone_and_earlier_outputs_stay"},
    "test_pdf.py": {
        "test_generated_plans_render_and_round_trip",
        "test_rendering_from_threads_is_safe_and_deterministic",
        "test_large_print_keeps_content_with_18pt_text", "test_redact_masks_the_ssn_everywhere",
        "test_draft_watermark_on_every_page", "test_representative_adds_a_third_signature_field",
        "test_separate_discussion_summary_page", "test_same_input_same_bytes",
    },
    "test_render.py": {
        "test_cli_never_overwrites_an_input", "test_cli_refuses_invalid_plan_unless_draft",
        "test_cli_renders_json_summary_and_private_file",
        "test_cli_shows_an_amendment_against_its_plan_given_beside_it",
    },
    "test_signing.py": {
        "test_check_command_json_reports_signatures",
        "test_check_command_text_shows_signature_states",
        "test_representative_field_signs_for_the_ticketholder_only",
        "test_the_indexed_reader_reads_every_object_as_pyhanko_does",
        "test_the_indexed_reader_validates_as_pyhanko_does",
    },
    "test_rules.py": {"test_rules_survive_any_value_left_empty"},
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests listed above ``slow`` (by name, or by name with parameters), every
    test that drives a browser, and every per-file test of the foreign corpus (``foreign``:
    a command-line ``-m "not slow"`` replaces the ``-m 'not foreign'`` of ``addopts``, so
    without this they would run, and fail, in the quick run)."""
    for item in items:
        module = item.path.name
        names = SLOW_TESTS.get(module, set())
        if module in SLOW_MODULES or item.name in names or \
                getattr(item, "originalname", None) in names or \
                item.get_closest_marker("browser") is not None or \
                item.get_closest_marker("foreign") is not None:
            item.add_marker(pytest.mark.slow)


# --- no quiet skips in CI -----------------------------------------------------------------
# Tests skip on a machine without a system tool (Tesseract, poppler, qpdf, Chromium). In CI
# (CI=true) scripts/setup.sh must have installed them all, so a skip there means a broken
# set-up, and a test that quietly skips proves nothing: it fails instead.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (f"skipped in CI ({reason}); scripts/setup.sh must install what "
                           "this test needs")
