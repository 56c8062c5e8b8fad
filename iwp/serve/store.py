"""The plans folder of ``iwp serve``: plan files read, listed and saved safely.

Plans are the same YAML (or JSON) files the command line reads; nothing else is stored.
A save

* is atomic (a temporary file renamed into place) and private (0600: plans hold an SSN);
* never replaces another file: a new plan is linked into place, which fails if the name
  is taken, and an existing plan is replaced only when it still holds the bytes the editor
  opened (``version``, a SHA-256), so a change made elsewhere (another tab, the command
  line) is refused instead of lost;
* keeps the file's comments where only single-line values changed: those values are
  rewritten in place on their own lines. A change of structure (an item added or removed,
  a block of text rewritten) writes the whole file again, keeping the comment lines at its
  top; other comments are then lost (the loader reads data, not comments).

Files are named by an opaque id in URLs (a hash of the file name), never by the name
itself, so no URL can carry an SSN someone typed into a file name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from iwp import LoadError, ValidationOptions
from iwp.findings import Severity
from iwp.plan.load import load_bytes
from iwp.privacy import mask_ssns
from iwp.plan.validate import validate_document

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
# Codes of the rules that say a sent plan was late (iwp/plan/rules/submission.py).
LATE_CODES = frozenset({"IWP701"})
_UNSAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


class StaleSave(Exception):
    """Raised when the file on disk changed since the editor opened it."""


class NameTaken(Exception):
    """Raised when a new plan would replace an existing file."""


@dataclass(frozen=True)
class PlanEntry:
    """One row of the Plans page (never the SSN)."""

    id: str
    file: str
    kind: str
    holder: str
    plan_id: str
    status: str
    errors: int
    warnings: int
    amends: str = ""


def file_id(name: str) -> str:
    """The opaque id of a plan file in URLs."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def version_of(raw: bytes) -> str:
    """What the editor remembers of the bytes it opened."""
    return hashlib.sha256(raw).hexdigest()


class PlanStore:
    """The plan files of one folder (not its subfolders)."""

    def __init__(self, folder: str | Path, today: dt.date | None = None) -> None:
        self.folder = Path(folder)
        self.today = today
        # The Plans page row of each file, by (name, its bytes' digest, the day judged): a
        # folder of a thousand plans is validated once, then only the files that changed.
        self._rows: dict[tuple[str, str, dt.date], PlanEntry] = {}

    def options(self) -> ValidationOptions:
        return ValidationOptions(today=self.today)

    def files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir()
                      if p.suffix.lower() in PLAN_SUFFIXES and p.is_file()
                      and not p.name.startswith("."))

    def path_for(self, plan_id: str) -> Path | None:
        """The file with opaque id ``plan_id``, or None."""
        for path in self.files():
            if file_id(path.name) == plan_id:
                return path
        return None

    def read(self, path: Path) -> tuple[bytes, Any]:
        """The file's bytes and its loaded Document (raises LoadError)."""
        raw = path.read_bytes()
        return raw, load_bytes(raw, mask_ssns(path.name),
                               json_format=path.suffix.lower() == ".json")

    def entries(self) -> list[PlanEntry]:
        """Every plan and amendment in the folder, for the Plans page."""
        rows, seen = [], {}
        day = self.today or dt.date.today()
        for path in self.files():
            try:
                raw = path.read_bytes()
            except OSError:
                rows.append(_unreadable(path.name))
                continue
            key = (path.name, version_of(raw), day)
            row = self._rows.get(key)
            if row is None:
                try:
                    document = load_bytes(raw, mask_ssns(path.name),
                                          json_format=path.suffix.lower() == ".json")
                except LoadError:
                    row = _unreadable(path.name)
                else:
                    row = entry_for(path.name, document.data,
                                    validate_document(document, self.options()))
            seen[key] = row
            rows.append(row)
        self._rows = seen  # forget files removed or changed since
        return rows

    def write_new(self, name: str, text: str) -> Path:
        """Write a new plan file; never replaces an existing one (raises NameTaken)."""
        target = self.folder / name
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self._temporary(text)
        try:
            os.link(tmp, target)  # fails when the name is taken: atomic, no overwrite
        except FileExistsError as e:
            raise NameTaken(name) from e
        finally:
            os.unlink(tmp)
        return target

    def replace(self, path: Path, text: str, version: str) -> None:
        """Replace ``path`` with ``text`` if it still holds the bytes of ``version``."""
        try:
            current = path.read_bytes()
        except FileNotFoundError as e:
            raise StaleSave(path.name) from e
        if version_of(current) != version:
            raise StaleSave(path.name)
        tmp = self._temporary(text)
        try:
            os.replace(tmp, path)
        except OSError:
            os.unlink(tmp)
            raise

    def _temporary(self, text: str) -> str:
        fd, tmp = tempfile.mkstemp(prefix=".iwp-serve.", suffix=".part", dir=self.folder)
        with os.fdopen(fd, "wb") as handle:  # mkstemp makes it 0600
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        return tmp

    def free_name(self, stem: str, suffix: str = ".yaml") -> str:
        """``stem.yaml``, or ``stem-2.yaml`` ... when taken (made safe for any file system)."""
        stem = _UNSAFE_NAME_RE.sub("-", mask_ssns(stem)).strip("-.") or "plan"
        taken = {p.name for p in self.folder.iterdir()} if self.folder.is_dir() else set()
        name, number = f"{stem}{suffix}", 2
        while name in taken:
            name, number = f"{stem}-{number}{suffix}", number + 1
        return name


def holder_name(data: dict[str, Any]) -> str:
    """"Last, First" of the Ticketholder (masked, in case an SSN was typed as a name)."""
    name = (data.get("ticketholder") or {}).get("name") if isinstance(
        data.get("ticketholder"), dict) else None
    if not isinstance(name, dict):
        return ""
    parts = [str(name.get(k) or "") for k in ("last", "first")]
    return mask_ssns(", ".join(p for p in parts if p))


def _unreadable(name: str) -> PlanEntry:
    return PlanEntry(id=file_id(name), file=mask_ssns(name), kind="?", holder="", plan_id="",
                     status="unreadable", errors=1, warnings=0)


def entry_for(name: str, data: dict[str, Any], result: Any) -> PlanEntry:
    """The Plans page row of one plan file."""
    errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in result.findings if f.severity is Severity.WARNING)
    kind = data.get("kind") if data.get("kind") in ("iwp", "amendment") else "?"
    plan_id = data.get("plan_id") if kind == "iwp" else (data.get("amends") or {}).get(
        "plan_id") if isinstance(data.get("amends"), dict) else ""
    return PlanEntry(id=file_id(name), file=mask_ssns(name), kind=kind,
                     holder=holder_name(data), plan_id=mask_ssns(str(plan_id or "")),
                     status=plan_status(data, result, errors), errors=errors,
                     warnings=warnings,
                     amends=str(data.get("amendment_number") or "") if kind == "amendment"
                     else "")


def plan_status(data: dict[str, Any], result: Any, errors: int) -> str:
    """draft (errors), valid, signed (both parties), sent, or late (sent after 14 days)."""
    if errors:
        late = any(f.code in LATE_CODES for f in result.findings)
        return "late" if late else "draft"
    submission = data.get("submission") if isinstance(data.get("submission"), dict) else {}
    if submission.get("submitted_on"):
        return "sent"
    signatures = data.get("signatures") if isinstance(data.get("signatures"), dict) else {}
    signed = all(isinstance(signatures.get(party), dict)
                 and signatures[party].get("method") in ("wet", "electronic")
                 and signatures[party].get("date")
                 for party in ("ticketholder", "en_representative"))
    return "signed" if signed else "valid"


# --- Writing plan data as YAML -------------------------------------------------------------

class _PlanDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, with dates left plain (our loader reads them as text)."""


_PlanDumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()}

# Plain text our YAML 1.2 loader would read as something else (a number, a boolean, null).
_NOT_PLAIN_RE = re.compile(
    r"^([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|"
    r"[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$")


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    if "\n" in text.strip():
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|")
    style = '"' if _NOT_PLAIN_RE.match(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _represent_decimal(dumper: yaml.SafeDumper, number: Decimal) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:float", str(number))


_PlanDumper.add_representer(str, _represent_str)
_PlanDumper.add_representer(Decimal, _represent_decimal)


def dump_yaml(data: dict[str, Any]) -> str:
    """Plan data as block YAML (keys in their order; long text not folded)."""
    return yaml.dump(data, Dumper=_PlanDumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=10_000)


def _scalar_text(value: Any) -> str:
    """One value as it goes after ``key:`` on one line."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid YAML double-quoted scalar
    if isinstance(value, list):
        return "[" + ", ".join(_scalar_text(v) for v in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _changes(old: Any, new: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple, Any]] | None:
    """Leaf changes from ``old`` to ``new``, or None when the structure changed."""
    if isinstance(old, dict) and isinstance(new, dict):
        if list(old) != list(new):
            return None
        found: list[tuple[tuple, Any]] = []
        for key in old:
            sub = _changes(old[key], new[key], path + (key,))
            if sub is None:
                return None
            found.extend(sub)
        return found
    if isinstance(old, list) and isinstance(new, list) and any(
            isinstance(v, (dict, list)) for v in old + new):
        if len(old) != len(new):
            return None
        found = []
        for index, (a, b) in enumerate(zip(old, new)):
            sub = _changes(a, b, path + (index,))
            if sub is None:
                return None
            found.extend(sub)
        return found
    if isinstance(old, (dict, list)) != isinstance(new, (dict, list)) and not (
            isinstance(old, list) and isinstance(new, list)):
        return None
    return [] if old == new and type(old) is type(new) else [(path, new)]


_QUOTED_RE = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')""")
_PLAIN_RE = re.compile(r"^\s*([^#]*?)(?=\s+#|\s*$)")


def _patch_line(line: str, column: int, value: Any) -> str | None:
    """``key: old  # note`` -> ``key: new  # note`` (the comment kept in its column when
    the new value fits); None when the old value is not a plain or quoted one-line value."""
    start = line.find(":", column - 1)
    if start < 0:
        return None
    head, rest = line[:start + 1], line[start + 1:]
    if rest.strip().startswith(("|", ">", "&", "*", "!", "{")):
        return None
    match = _QUOTED_RE.match(rest) or _PLAIN_RE.match(rest)
    if match is None:
        return None
    tail = rest[match.end():]  # spaces and a comment, or nothing
    new_value = " " + _scalar_text(value)
    if tail.strip():
        spaces = len(tail) - len(tail.lstrip())
        room = match.end() + spaces - len(new_value)
        tail = " " * max(2 if room < 2 else room, 1) + tail.lstrip()
    else:
        tail = ""
    return head + new_value + tail


def plan_text(old_text: str | None, old_document: Any, new_data: dict[str, Any]) -> str:
    """The text to save for ``new_data``: ``old_text`` with changed values patched in
    place when only single-line values changed, else a whole new YAML file that keeps the
    comment lines at the top of ``old_text``. The result always loads back as
    ``new_data`` (checked; otherwise the whole-file form is used)."""
    if old_text is not None and old_document is not None and old_document.format == "yaml":
        patched = _patched(old_text, old_document, new_data)
        if patched is not None and _loads_as(patched, new_data):
            return patched
    header = ""
    if old_text is not None:
        lines = []
        for line in old_text.splitlines(keepends=True):
            if not line.startswith("#"):
                break
            lines.append(line)
        header = "".join(lines)
    return header + dump_yaml(new_data)


def _patched(old_text: str, old_document: Any, new_data: dict[str, Any]) -> str | None:
    changes = _changes(old_document.data, new_data)
    if changes is None:
        return None
    lines = old_text.splitlines(keepends=True)
    for path, value in changes:
        if path not in old_document.positions:
            return None
        line_no, column = old_document.positions[path]
        if isinstance(path[-1], int):
            return None  # an item of a block list: rewrite the whole file
        original = lines[line_no - 1]
        ending = original[len(original.rstrip("\r\n")):]
        new_line = _patch_line(original.rstrip("\r\n"), column, value)
        if new_line is None:
            return None
        lines[line_no - 1] = new_line + ending
    return "".join(lines)


def _loads_as(text: str, data: dict[str, Any]) -> bool:
    try:
        loaded = load_bytes(text.encode("utf-8"), "<save>").data
    except LoadError:
        return False
    return _normal(loaded) == _normal(data)


def _normal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value).normalize()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
