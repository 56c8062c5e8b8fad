"""Writing files without ever losing data.

Every output is written to a temporary file beside its target and renamed into place, so a
reader (or a crash, Ctrl-C or a full disk) never sees half a file and an existing file is
replaced only by a complete new one. Files that hold personal information are created
readable by the owner only (0600). An output may never replace one of the inputs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from iwp.errors import OutputError


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when ``a`` and ``b`` name the same existing file (links and ``..`` resolved)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: str | Path, data: bytes, *, private: bool = True,
                 inputs: Iterable[str | Path] = ()) -> Path:
    """Write ``data`` to ``path`` atomically and return the path.

    ``private`` files get mode 0600 (they hold an SSN); others get the usual 0644 less the
    umask. Raises :class:`~iwp.errors.OutputError` naming the file when it cannot be written
    or when it is one of ``inputs``.
    """
    target = Path(path)
    for source in inputs:
        if str(source) != "-" and same_file(source, target):
            raise OutputError(f"{target}: refusing to overwrite an input file; choose another "
                              "output name")
    if target.is_dir():
        raise OutputError(f"{target}: is a folder; give a file name")
    directory = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=directory)
        with os.fdopen(fd, "wb") as handle:
            if not private:
                umask = os.umask(0)
                os.umask(umask)
                os.fchmod(handle.fileno(), 0o666 & ~umask)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as e:
        raise OutputError(f"{target}: cannot be written ({e.strerror or e})") from e
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target
