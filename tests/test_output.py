"""No lost data: atomic writes, private modes, inputs never overwritten, failures isolated."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from iwp import output
from iwp.batch.runner import BatchOptions, run_batch
from iwp.errors import OutputError
from tests.test_batch import VALIDATION, make_plans


def test_write_replaces_only_with_a_complete_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    output.write_atomic(target, b"old complete file")
    output.write_atomic(target, b"new complete file")
    assert target.read_bytes() == b"new complete file"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_disk_full_keeps_the_old_file_and_no_temporary(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    output.write_atomic(target, b"the signed-off version")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(OutputError) as info:
        output.write_atomic(target, b"a newer version that does not fit")
    assert str(info.value) == f"{target}: cannot be written ({os.strerror(errno.ENOSPC)})"
    assert target.read_bytes() == b"the signed-off version"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_an_input_is_never_overwritten(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("kind: iwp\n")
    link = tmp_path / "same-file.pdf"
    link.symlink_to(plan)
    for target in (plan, link, tmp_path / "." / "plan.yaml"):
        with pytest.raises(OutputError, match="refusing to overwrite an input"):
            output.write_atomic(target, b"%PDF", inputs=[plan])
    assert plan.read_text() == "kind: iwp\n"


def test_modes(tmp_path: Path) -> None:
    private = output.write_atomic(tmp_path / "a.pdf", b"x")
    shared = output.write_atomic(tmp_path / "b.json", b"x", private=False)
    umask = os.umask(0)
    os.umask(umask)
    assert private.stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_unwritable_output_fails_alone_and_earlier_outputs_stay(
        tmp_path: Path, reference_plan: Path) -> None:
    # A folder already sits where the second PDF should go, so that one write fails
    # (as a full disk or a permission error would); the batch says which item and why,
    # and every other PDF is complete.
    make_plans(tmp_path / "in", reference_plan, 3)
    out = tmp_path / "out"
    (out / "plan-01.pdf").mkdir(parents=True)
    report = run_batch("render", [str(tmp_path / "in")],
                       BatchOptions(out_dir=out, validation=VALIDATION, jobs=1))
    outcomes = {Path(i.input).name: i for i in report.items}
    assert outcomes["plan-01.yaml"].outcome == "failed"
    assert "plan-01.pdf" in outcomes["plan-01.yaml"].error
    assert "folder" in outcomes["plan-01.yaml"].error
    for name in ("plan-00", "plan-02"):
        assert outcomes[f"{name}.yaml"].outcome == "rendered"
        assert (out / f"{name}.pdf").read_bytes().rstrip().endswith(b"%%EOF")
    assert not list(out.glob(".*.part"))
