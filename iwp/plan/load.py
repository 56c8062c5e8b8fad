"""Step 1 - load: read a YAML or JSON plan safely and remember where every value came from.

Policy (see STYLE.md, "your own inputs strict"): a plan file is read as data only. YAML is
read from libyaml's event stream (the C parser when PyYAML has it) and assembled here with
an explicit stack, so that

* no tag can construct a Python object, and unknown tags are refused;
* nesting depth, the number of values (alias bombs) and the size of a value are bounded;
* duplicate keys, several documents and a top level that is not a mapping are errors;
* plain scalars follow YAML 1.2's core schema, not YAML 1.1: ``NO`` stays the text "NO",
  ``1:20`` stays "1:20", ``012345`` keeps its leading zero, and only ``true``/``false``
  are booleans;
* numbers with a fraction are read as :class:`~decimal.Decimal` so money is exact.

Every key and list item keeps its 1-based line and column, so a finding about
``employment_goals.long_term.monthly_earnings`` can point at ``plan.yaml:97:5``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import math
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from iwp.errors import LoadError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
_TOO_DEEP = f"values are nested too deeply (more than {MAX_DEPTH} levels)"
MAX_VALUES = 100_000
MAX_VALUE_CHARS = 200_000
MAX_NUMBER_CHARS = 30

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"

_INT_RE = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_HEX_RE = re.compile(r"0x[0-9a-fA-F]+")
_OCT_RE = re.compile(r"0o[0-7]+")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|(0|[1-9][0-9]*)(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True,
          "false": False, "False": False, "FALSE": False}
_SPECIAL_FLOATS = {".nan": math.nan, ".NaN": math.nan, ".NAN": math.nan,
                   ".inf": math.inf, ".Inf": math.inf, ".INF": math.inf,
                   "+.inf": math.inf, "+.Inf": math.inf, "+.INF": math.inf,
                   "-.inf": -math.inf, "-.Inf": -math.inf, "-.INF": -math.inf}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """A plan file read into plain data, with the position of every key and item."""

    name: str
    data: dict[str, Any]
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    sha256: str = ""
    format: str = "yaml"

    @property
    def kind(self) -> str | None:
        """The document's ``kind`` key (``iwp`` or ``amendment``) when it is text."""
        kind = self.data.get("kind")
        return kind if isinstance(kind, str) else None

    def locate(self, path: Path_) -> tuple[int, int]:
        """Line and column for ``path``, or for its nearest ancestor that is in the file."""
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  display_name: str | None = None) -> Document:
    """Read a ``.yaml``/``.yml``/``.json`` plan file (``-`` is standard input).

    Raises :class:`~iwp.errors.LoadError` with a one-line message naming the file and,
    where known, the line and column.
    """
    name = display_name or ("<stdin>" if str(path) == "-" else str(path))
    raw = read_input_bytes(path, name, max_bytes, _too_big(max_bytes))
    suffix = Path(str(path)).suffix.lower()
    return load_bytes(raw, name, json_format=suffix == ".json", max_bytes=max_bytes)


def load_bytes(raw: bytes, name: str, *, json_format: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Parse the bytes of a plan file; ``name`` is used in messages."""
    if len(raw) > max_bytes:
        raise LoadError(name, _too_big(max_bytes), code="IWP002")
    text = _decode(raw, name)
    if not text.strip():
        raise LoadError(name, "the file is empty; start from `iwp init` to get a filled-in "
                        "template", code="IWP003")
    _reject_control_characters(text, name)
    if json_format or (text.lstrip().startswith("{") and _looks_like_json(text)):
        data, positions = _load_json(text, name)
        fmt = "json"
    else:
        data, positions = _compose_yaml(text, name)
        fmt = "yaml"
    if not isinstance(data, dict):
        what = "a list" if isinstance(data, list) else "a single value"
        raise LoadError(name, f"the top level of a plan must be a mapping of keys such as "
                        f"`kind:` and `ticketholder:`, but this file holds {what}",
                        1, 1, code="IWP003")
    return Document(name=name, data=data, positions=positions,
                    sha256=hashlib.sha256(raw).hexdigest(), format=fmt)


def _too_big(max_bytes: int) -> str:
    return (f"the file is larger than the {max_bytes / 1_048_576:g} MB limit for a plan; "
            f"a real plan is a few kilobytes (raise the limit with --max-bytes if needed)")


def read_input_bytes(path: str | Path, name: str, max_bytes: int, too_big: str) -> bytes:
    """Read at most ``max_bytes`` of an input file (``-``: standard input), read-only.

    Raises :class:`~iwp.errors.LoadError` naming the file: missing, a folder, unreadable,
    or larger than ``max_bytes`` (with the message ``too_big``).
    """
    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(path, "rb") as handle:  # read-only: inputs are never modified
                raw = handle.read(max_bytes + 1)
    except FileNotFoundError as e:
        raise LoadError(name, "no such file", code="IWP001") from e
    except IsADirectoryError as e:
        raise LoadError(name, "this is a folder, not a plan file", code="IWP001") from e
    except PermissionError as e:
        raise LoadError(name, "permission denied: the file cannot be read", code="IWP001") from e
    except OSError as e:
        raise LoadError(name, f"cannot be read ({e.strerror or e})", code="IWP001") from e
    if len(raw) > max_bytes:
        raise LoadError(name, too_big, code="IWP002")
    return raw


def _decode(raw: bytes, name: str) -> str:
    # UTF-32 first: its little-endian byte-order mark begins with UTF-16's.
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as e:
                raise LoadError(name, f"the file starts with a {codec.upper()} byte-order mark "
                                f"but is not valid {codec.upper()}; save it as UTF-8",
                                code="IWP004") from e
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        hint = " (it looks like Latin-1 or Windows-1252)" if _is_latin1_like(raw) else ""
        raise LoadError(name, f"the file is not UTF-8 text: byte 0x{raw[e.start]:02X} cannot be "
                        f"read{hint}; save the file as UTF-8", line, column, code="IWP004") from e


def _is_latin1_like(raw: bytes) -> bool:
    return b"\x00" not in raw and all(b >= 0x20 or b in (9, 10, 13) for b in raw[:4096])


def _reject_control_characters(text: str, name: str) -> None:
    match = _CONTROL_RE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        what = "a NUL character" if match.group() == "\x00" else \
            f"the control character U+{ord(match.group()):04X}"
        raise LoadError(name, f"the file contains {what}, which a plan cannot hold; "
                        f"delete it (it is often pasted in by accident)", line, column,
                        code="IWP004")


def _looks_like_json(text: str) -> bool:
    # A YAML flow mapping also starts with "{"; treat it as JSON only if JSON accepts it.
    try:
        json.loads(text, parse_constant=lambda _: None, parse_int=lambda _: 0)
    except (ValueError, RecursionError):
        return False
    return True


# --- JSON -------------------------------------------------------------------------------

def _load_json(text: str, name: str) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise LoadError(name, f"the key {key!r} appears twice in the same object; "
                                "keep one", code="IWP005")
            result[key] = value
        return result

    def constant(word: str) -> Any:
        raise LoadError(name, f"{word} is not a number a plan can hold; write a finite "
                        "amount such as 1430.00", code="IWP006")

    def integer(digits: str) -> int:
        if len(digits) > MAX_NUMBER_CHARS:
            raise LoadError(name, f"a number {len(digits)} digits long is not a plausible value; "
                            "check for a pasting mistake", code="IWP006")
        return int(digits)

    def decimal(digits: str) -> Decimal:
        if len(digits) > MAX_NUMBER_CHARS:
            raise LoadError(name, f"a number {len(digits)} characters long is not a plausible "
                            "value; check for a pasting mistake", code="IWP006")
        return Decimal(digits)

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant,
                          parse_int=integer, parse_float=decimal)
    except json.JSONDecodeError as e:
        raise LoadError(name, f"this is not valid JSON: {e.msg}", e.lineno, e.colno,
                        code="IWP007") from e
    except RecursionError as e:
        raise LoadError(name, _TOO_DEEP,
                        code="IWP008") from e
    _check_shape(data, name)
    try:
        # JSON is YAML, so the YAML reader gives the positions; it is only a help here.
        _, positions = _compose_yaml(text, name)
    except LoadError:
        positions = {}
    return data, positions


def _check_shape(data: Any, name: str) -> None:
    """Bound the depth and size of already-parsed data without recursion."""
    stack = [(data, 1)]
    count = 0
    while stack:
        value, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise LoadError(name, _TOO_DEEP,
                            code="IWP008")
        if count > MAX_VALUES:
            raise LoadError(name, f"the file holds more than {MAX_VALUES:,} values, far more "
                            "than any plan needs", code="IWP008")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
            raise LoadError(name, f"a text value is {len(value):,} characters long; the limit is "
                            f"{MAX_VALUE_CHARS:,}", code="IWP008")


# --- YAML -------------------------------------------------------------------------------

@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: Path_
    anchor: str | None
    size: int = 1
    key: str | None = None          # mappings: the key waiting for its value
    key_mark: tuple[int, int] | None = None


def _mark(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def _compose_yaml(text: str, name: str) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    loader = _YAML_LOADER(text)
    try:
        return _compose_events(loader, name)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "the YAML cannot be read"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if "nesting depth" in problem:
            # libyaml 0.2.6 and later refuse deep nesting themselves, before our own bound
            # is reached: the same limit, so the same finding, whichever layer notices.
            raise LoadError(name, _TOO_DEEP, line, column, code="IWP008") from e
        raise LoadError(name, f"this is not valid YAML: {problem}", line, column,
                        code="IWP007") from e
    except yaml.YAMLError as e:
        raise LoadError(name, f"this is not valid YAML: {e}", code="IWP007") from e
    finally:
        loader.dispose()


def _compose_events(loader: Any, name: str) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    positions: dict[Path_, tuple[int, int]] = {}
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    stack: list[_Frame] = []
    root: Any = None
    have_root = False
    documents = 0
    total = 0

    def fail(event: Any, message: str, code: str = "IWP007") -> LoadError:
        line, column = _mark(event)
        return LoadError(name, message, line, column, code=code)

    def place(event: Any, value: Any, size: int) -> Path_:
        """Attach a finished value to its parent; return the path it was placed at."""
        nonlocal root, have_root, total
        total += size
        if total > MAX_VALUES:
            raise fail(event, f"the file expands to more than {MAX_VALUES:,} values (a YAML "
                       "alias bomb?); a plan needs far fewer", "IWP008")
        if not stack:
            root, have_root = value, True
            return ()
        parent = stack[-1]
        parent.size += size
        if isinstance(parent.container, list):
            path = parent.path + (len(parent.container),)
            parent.container.append(value)
            positions.setdefault(path, _mark(event))
            return path
        if parent.key is None:  # this value is a key
            if not isinstance(value, str):
                raise fail(event, "a key must be plain text such as `phone:`, not a list or "
                           "mapping")
            if value in parent.container:
                first = positions.get(parent.path + (value,), (0, 0))[0]
                raise fail(event, f"the key {value!r} appears twice in the same section "
                           f"(first on line {first}); keep one", "IWP005")
            parent.key, parent.key_mark = value, _mark(event)
            return parent.path
        path = parent.path + (parent.key,)
        parent.container[parent.key] = value
        positions[path] = parent.key_mark or _mark(event)
        parent.key = parent.key_mark = None
        return path

    def child_path() -> Path_:
        if not stack:
            return ()
        parent = stack[-1]
        if isinstance(parent.container, list):
            return parent.path + (len(parent.container),)
        return parent.path + (parent.key,) if parent.key is not None else parent.path

    def remember(anchor: str | None, value: Any, size: int) -> None:
        if anchor:
            anchors[anchor] = (value, size)
            open_anchors.discard(anchor)

    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    check_event, get_event = loader.check_event, loader.get_event
    # Dispatch on the exact event type, scalars first: they are most of any plan, and this
    # loop is most of the time it takes to validate one.
    while check_event():
        event = get_event()
        kind = type(event)
        if kind is scalar_event:
            if stack and stack[-1].key is None and isinstance(stack[-1].container, dict):
                value = event.value  # keys are always their text: `yes:` is the key "yes"
                if event.tag and event.tag not in ("!", _TAG + "str"):
                    raise fail(event, f"the tag {event.tag} is not allowed on a key")
            else:
                value = _scalar(event, fail)
            if len(event.value) > MAX_VALUE_CHARS:
                raise fail(event, f"a text value is {len(event.value):,} characters long; the "
                           f"limit is {MAX_VALUE_CHARS:,}", "IWP008")
            place(event, value, 1)
            if event.anchor:
                remember(event.anchor, value, 1)
        elif kind is mapping_start or kind is sequence_start:
            is_map = kind is mapping_start
            _check_tag(event, "map" if is_map else "seq", fail)
            if len(stack) >= MAX_DEPTH:
                raise fail(event, _TOO_DEEP,
                           "IWP008")
            if stack and isinstance(stack[-1].container, dict) and stack[-1].key is None:
                raise fail(event, "a key must be plain text such as `phone:`, not a list or "
                           "mapping")
            path = child_path()
            if stack and isinstance(stack[-1].container, list):
                positions.setdefault(path, _mark(event))
            if event.anchor:
                open_anchors.add(event.anchor)
            stack.append(_Frame({} if is_map else [], path, event.anchor))
            if not stack[:-1]:
                positions.setdefault((), _mark(event))
        elif kind in collection_end:
            frame = stack.pop()
            place(event, frame.container, 0)
            # The container's own values were counted as they were placed.
            if stack:
                stack[-1].size += frame.size
            remember(frame.anchor, frame.container, frame.size)
        elif kind is alias_event:
            if event.anchor in open_anchors:
                raise fail(event, f"the alias *{event.anchor} refers to a value that contains "
                           "itself; remove the alias", "IWP008")
            if event.anchor not in anchors:
                raise fail(event, f"the alias *{event.anchor} refers to no anchor "
                           f"&{event.anchor} defined above it")
            value, size = anchors[event.anchor]
            place(event, value, size)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise fail(event, "the file holds more than one YAML document (a second `---`); "
                           "put each plan in its own file", "IWP003")
    if not have_root:
        raise LoadError(name, "the file holds no plan (only comments or `---`)", code="IWP003")
    return root, positions


def _check_tag(event: Any, expected: str, fail: Any) -> None:
    tag = event.tag
    if tag in (None, "!", _TAG + expected):
        return
    raise fail(event, _tag_message(tag))


def _tag_message(tag: str) -> str:
    if tag.startswith(_TAG):
        tag = "!!" + tag[len(_TAG):]  # as the user wrote it
    if tag.startswith("!!python"):
        return f"the tag {tag} could run code and is never allowed in a plan; remove it"
    return f"the tag {tag} is not allowed in a plan; remove it and write the value as plain text"


def _scalar(event: Any, fail: Any) -> Any:
    """Resolve a scalar by YAML 1.2's core schema (quoted and block scalars are text)."""
    text = event.value
    tag = event.tag
    plain = event.implicit[0] and not event.style
    if tag not in (None, "!"):
        kind = tag[len(_TAG):] if tag.startswith(_TAG) else None
        if kind == "str":
            return text
        if kind in ("int", "float", "bool", "null"):
            value = _resolve_plain(text, fail, event)
            expected = {"int": int, "float": (Decimal, float, int), "bool": bool,
                        "null": type(None)}[kind]
            if isinstance(value, expected) and not (kind == "int" and isinstance(value, bool)):
                return value
            raise fail(event, f"{text!r} is not a valid !!{kind}")
        raise fail(event, _tag_message(tag))
    if not plain:
        return text
    return _resolve_plain(text, fail, event)


def _resolve_plain(text: str, fail: Any, event: Any) -> Any:
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if text in _SPECIAL_FLOATS:
        return _SPECIAL_FLOATS[text]
    if not (text[0].isdigit() or text[0] in "+-."):
        return text  # most values are words: no number pattern can match them
    if _INT_RE.fullmatch(text) or _HEX_RE.fullmatch(text) or _OCT_RE.fullmatch(text):
        if len(text) > MAX_NUMBER_CHARS:
            raise fail(event, f"a number {len(text)} digits long is not a plausible value; "
                       "check for a pasting mistake", "IWP006")
        return int(text, 0) if text[:2] in ("0x", "0o") else int(text)
    if _FLOAT_RE.fullmatch(text):
        if len(text) > MAX_NUMBER_CHARS:
            raise fail(event, f"a number {len(text)} characters long is not a plausible value; "
                       "check for a pasting mistake", "IWP006")
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            return text
    return text
