"""The built wheel: installs into a clean environment and runs, templates included."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    return next(out.glob("iwp-*.whl"))


def test_wheel_ships_the_runtime_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("vocabulary.yaml", "thresholds.yaml", "terms.yaml", "starter-plan.yaml"):
        assert f"iwp/data/{data}" in names
    templates = [p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*")
                 if p.is_file()]
    assert templates, "the repository has templates to ship"
    for name in templates:
        assert f"iwp/{name}" in names, f"{name} is not in the wheel"
    # iwp serve's pages, script, styles and layout
    serve_files = [p.relative_to(ROOT).as_posix() for folder in ("templates", "static")
                   for p in (ROOT / "iwp" / "serve" / folder).rglob("*") if p.is_file()]
    assert "iwp/serve/static/editor.js" in serve_files and "iwp/data/editor.yaml" in names
    for name in serve_files:
        assert name in names, f"{name} is not in the wheel"


def test_wheel_runs_in_a_clean_environment(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    # Install only the wheel; its dependencies come from this interpreter's site-packages,
    # added after the clean environment's own (so the wheel's iwp, not the checkout's, runs).
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig;"
                                   "print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", str(wheel)], check=True, capture_output=True, timeout=300)
    (purelib / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    example = ROOT / "examples" / "complete-iwp.yaml"
    run = subprocess.run([str(bin_dir / "iwp"), "validate", str(example), "--today",
                          "2026-11-22"], capture_output=True, text=True, cwd=tmp_path,
                         timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 file checked: 0 errors" in run.stdout
    where = subprocess.run([str(python), "-c", "import iwp; print(iwp.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert where.startswith(str(purelib)), "the wheel's copy of iwp ran, not the checkout's"


def test_the_public_api_loads_on_first_use_only() -> None:
    # `import iwp` and the command line's own module load none of the heavy libraries, so
    # every command starts fast and `iwp batch` can start its workers while they load.
    heavy = ("pydantic", "pypdf", "weasyprint", "jinja2")
    probe = ("import sys, iwp, iwp.cli\n"
             f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
             "print(all(getattr(iwp, name) is not None for name in iwp.__all__))\n"
             "print('pydantic' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["[]", "True", "True"]  # and the models load when asked for
    import iwp

    assert set(iwp.__all__) <= set(dir(iwp))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        iwp.nope  # noqa: B018
