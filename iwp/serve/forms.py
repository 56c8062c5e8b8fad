"""The plan editor's form: plan data <-> named inputs, laid out as form SSA-1370.

The layout (parts, fieldsets, labels, widgets) is data in ``iwp/data/editor.yaml``. Every
input's ``name`` is the dotted plan path (``services.0.description``), as in the CSV
exports, so a posted form turns back into plan data without a second mapping. Help text
comes from the field descriptions of the pydantic models (the JSON Schema's source), never
from a copy here.
"""

from __future__ import annotations

import functools
import re
import typing
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from iwp import Amendment, Plan
from iwp.domain import data_file, service_categories, vocabulary
from iwp.plan.validate import _unwrap  # the field-type unwrapping validation's hints use

# Hidden inputs that tell the server which lists and check-box groups the form carried,
# so that "all boxes unticked" and "every item removed" are not mistaken for "not shown".
LIST_MARKER = "__list__"
ACTION = "__action"
# Inputs that are not plan values.
CONTROL_NAMES = frozenset({LIST_MARKER, ACTION, "csrftoken", "__version__", "__file__"})
INDEX_RE = re.compile(r"^\d+$")


@dataclass
class Input:
    """One input of the editor."""

    path: str
    label: str
    widget: str
    value: Any
    help: str = ""
    width: int | None = None
    private: bool = False
    options: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    location: str = ""

    @property
    def id(self) -> str:
        return field_id(self.path)

    @property
    def is_input(self) -> bool:
        return True


@dataclass
class Group:
    """A nested fieldset (an address) inside a fieldset."""

    legend: str
    inputs: list[Input]
    is_input: bool = False
    is_repeat: bool = False


@dataclass
class Repeat:
    """A repeating group (jobs, services, additional terms): items can be added or removed."""

    path: str
    item_label: str
    items: list[list[Input]]
    is_input: bool = False
    is_repeat: bool = True

    @property
    def id(self) -> str:
        return field_id(self.path)


@dataclass
class Fieldset:
    """One part of the form, shown as a fieldset with a legend."""

    legend: str
    part: str
    hint: str
    entries: list[Any]

    @property
    def id(self) -> str:
        return "s-" + re.sub(r"[^a-z0-9]+", "-", self.legend.lower()).strip("-")

    def inputs(self) -> list[Input]:
        """Every input of the fieldset, in order."""
        found: list[Input] = []
        for entry in self.entries:
            if isinstance(entry, Input):
                found.append(entry)
            elif isinstance(entry, Group):
                found.extend(entry.inputs)
            else:
                found.extend(i for item in entry.items for i in item)
        return found


def field_id(path: str) -> str:
    """The HTML id of the input for ``path`` (dots are awkward in CSS selectors)."""
    return "f-" + path.replace(".", "-")


def _flatten_specs(specs: list[Any]) -> list[dict[str, Any]]:
    flat: list[dict[str, Any]] = []
    for spec in specs:
        if isinstance(spec, list):
            flat.extend(_flatten_specs(spec))
        else:
            flat.append(spec)
    return flat


def get_path(data: Any, path: str) -> Any:
    """The value at a dotted path of plan data, or None when any step is missing."""
    node = data
    for part in path.split(".") if path else ():
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and INDEX_RE.match(part) and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _join(*parts: str) -> str:
    return ".".join(p for p in parts if p)


def _options(widget: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Choices of a select or check-box group: (group label, [(code, label)])."""
    _, _, list_name = widget.partition(":")
    if list_name == "services":
        return [(category["label"], list(category["services"].items()))
                for category in service_categories().values()]
    if list_name == "service_categories":
        return [("", [(code, c["label"]) for code, c in service_categories().items()])]
    return [("", [(code, str(label)) for code, label in vocabulary()[list_name].items()])]


def _display(value: Any, widget: str) -> Any:
    if widget.startswith("checks:"):
        return [str(v) for v in value] if isinstance(value, list) else []
    if widget == "checkbox":
        return value is True or value == "true"
    return "" if value is None else str(value)


def editor_layout(kind: str, data: dict[str, Any]) -> list[Fieldset]:
    """The editor's fieldsets for a plan of ``kind`` holding ``data`` (the current values)."""
    model = Amendment if kind == "amendment" else Plan
    layout = data_file("editor.yaml")["amendment" if kind == "amendment" else "iwp"]
    fieldsets = []
    for part in layout:
        for spec in part["fieldsets"]:
            prefix = spec.get("prefix", "")
            legend = spec["legend"]
            entries = []
            for entry in _flatten_specs(spec["fields"]):
                if "group" in entry:
                    base = _join(prefix, entry["group"])
                    entries.append(Group(legend=entry["group"].replace("_", " ").capitalize(),
                                         inputs=[_input(model, data, base, s, legend)
                                                 for s in _flatten_specs(entry["fields"])]))
                elif "repeat" in entry:
                    entries.append(_repeat(model, data, prefix, entry, legend))
                else:
                    entries.append(_input(model, data, prefix, entry, legend))
            # The hint is the docstring of the fieldset's model ("hint_from" names another
            # path where the fieldset has no model of its own, as for the services).
            source = spec.get("hint_from", prefix)
            hint = model_description(model, source) if source else ""
            fieldsets.append(Fieldset(legend=legend, part=part["part"], hint=hint,
                                      entries=entries))
    return fieldsets


def _input(model: type, data: dict[str, Any], base: str, spec: dict[str, Any],
           location: str) -> Input:
    path = _join(base, spec["key"])
    widget = spec.get("widget", "text")
    options = _options(widget) if ":" in widget else []
    return Input(path=path, label=spec["label"], widget=widget,
                 value=_display(get_path(data, path), widget),
                 help=field_description(model, path), width=spec.get("width"),
                 private=bool(spec.get("private")), options=options, location=location)


def _repeat(model: type, data: dict[str, Any], prefix: str, spec: dict[str, Any],
            legend: str) -> Repeat:
    path = _join(prefix, spec["repeat"])
    current = get_path(data, path)
    count = len(current) if isinstance(current, list) else 0
    items = []
    for index in range(count):
        where = f"{legend}, {spec['item'].lower()} {index + 1}"
        if "scalar" in spec:
            scalar = {**spec["scalar"], "key": str(index)}
            items.append([_input(model, data, path, scalar, where)])
        else:
            items.append([_input(model, data, f"{path}.{index}", s, where)
                          for s in _flatten_specs(spec["fields"])])
    return Repeat(path=path, item_label=spec["item"], items=items)


# --- Help text from the models -------------------------------------------------------------

def _field_info(model: type, path: str) -> tuple[Any, type | None]:
    """The pydantic FieldInfo for a dotted path (indices skipped) and its model class."""
    current: Any = model
    info = None
    for part in path.split("."):
        if INDEX_RE.match(part) or part == "*":
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return None, None
        info = fields[part]
        current = _unwrap(info.annotation, list_item=True)
    return info, current if isinstance(current, type) else None


def field_description(model: type, path: str) -> str:
    """The description the models (and so the JSON Schema) give the field at ``path``."""
    return _description(model, ".".join("*" if INDEX_RE.match(p) else p
                                         for p in path.split(".")))


@functools.cache
def _description(model: type, path: str) -> str:
    info, _ = _field_info(model, path)
    return (info.description or "") if info is not None else ""


def model_description(model: type, path: str) -> str:
    """The first line of the docstring of the model at ``path`` (the fieldset's hint)."""
    target = model if not path else _field_info(model, path)[1]
    doc = (target.__doc__ or "").strip() if target is not None else ""
    return doc.splitlines()[0] if doc else ""


def all_inputs(fieldsets: list[Fieldset]) -> list[Input]:
    """Every input of the editor, in page order."""
    return [i for fs in fieldsets for i in fs.inputs()]


# --- Posted form -> plan data --------------------------------------------------------------

def _number(text: str) -> Any:
    cleaned = text.replace(",", "").replace("$", "").strip()
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return text  # validation reports it, at its field
    if not number.is_finite():
        return text
    return int(number) if number == number.to_integral_value() and "." not in cleaned \
        else number


def _widget_for(kind: str, path: str) -> str:
    pattern = ".".join("*" if INDEX_RE.match(p) else p for p in path.split("."))
    return _widgets(kind).get(pattern, "text")


@functools.cache
def _widgets(kind: str) -> dict[str, str]:
    """Input path pattern (``services.*.description``) -> widget, for one kind."""
    layout = data_file("editor.yaml")["amendment" if kind == "amendment" else "iwp"]
    widgets: dict[str, str] = {}

    def walk(base: str, specs: list[Any]) -> None:
        for spec in _flatten_specs(specs):
            if "group" in spec:
                walk(_join(base, spec["group"]), spec["fields"])
            elif "repeat" in spec:
                path = _join(base, spec["repeat"])
                if "scalar" in spec:
                    widgets[f"{path}.*"] = spec["scalar"].get("widget", "text")
                else:
                    walk(f"{path}.*", spec["fields"])
            else:
                widgets[_join(base, spec["key"])] = spec.get("widget", "text")

    for part in layout:
        for fieldset in part["fieldsets"]:
            walk(fieldset.get("prefix", ""), fieldset["fields"])
    return widgets


def _convert(kind: str, path: str, values: list[str]) -> Any:
    widget = _widget_for(kind, path)
    if widget.startswith("checks:"):
        return [v for v in values if v]
    text = values[-1] if values else ""
    if widget == "checkbox":
        return text == "true"
    text = text.replace("\r\n", "\n").strip()
    if not text:
        return None
    if widget == "number":
        return _number(text)
    return text


def _put(tree: dict[str, Any], parts: list[str], value: Any) -> None:
    node: Any = tree
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value


def _lists(node: Any) -> Any:
    """Turn dicts whose keys are all indices ({"0": ..., "1": ...}) into lists, in order."""
    if isinstance(node, dict):
        if node and all(INDEX_RE.match(k) for k in node):
            return [_lists(node[k]) for k in sorted(node, key=int)]
        return {k: _lists(v) for k, v in node.items()}
    return node


def form_to_data(kind: str, items: list[tuple[str, str]], original: dict[str, Any]
                 ) -> dict[str, Any]:
    """Plan data from posted ``(name, value)`` pairs, merged into ``original``.

    Keys the form does not show (``terms_and_conditions.custom``, keys added by other
    tools) keep their value; lists named by a ``__list__`` marker are rebuilt from the
    form, item by item, so keys of an item the form does not show are kept too.
    """
    grouped: dict[str, list[str]] = {}
    lists: list[str] = []
    for name, value in items:
        if name == LIST_MARKER:
            lists.append(value)
        elif name not in CONTROL_NAMES and not name.startswith("__"):
            grouped.setdefault(name, []).append(value)
    tree: dict[str, Any] = {}
    for path in lists:
        _put(tree, path.split("."), {})
    for name, values in grouped.items():
        _put(tree, name.split("."), _convert(kind, name, values))
    posted = _lists(tree)
    # An emptied list marker that held nothing is {} -> an empty list.
    for path in lists:
        if get_path(posted, path) == {}:
            _put(posted, path.split("."), [])
    model = Amendment if kind == "amendment" else Plan
    for key, value in posted.items():
        if isinstance(value, dict):
            pruned = _pruned(value)
            info = model.model_fields.get(key)
            optional = info is not None and type(None) in typing.get_args(info.annotation)
            posted[key] = pruned if pruned is not None or optional else {
                k: _pruned(v) if isinstance(v, dict) else v for k, v in value.items()}
    return merge(original, posted)


def _blank(value: Any) -> bool:
    return value is None or value == [] or value == {}


def _pruned(node: Any) -> Any:
    """A group left entirely empty (a training, a representative) is "none", not a
    half-filled group the rules would then ask to complete."""
    if isinstance(node, dict):
        cleaned = {k: _pruned(v) for k, v in node.items()}
        if all(_blank(v) for v in cleaned.values()):
            return None
        return cleaned
    if isinstance(node, list):
        return [_pruned(v) if isinstance(v, dict) else v for v in node]
    return node


def merge(original: Any, posted: Any) -> Any:
    """``posted`` laid over ``original``: original key order first, new keys after."""
    if isinstance(original, dict) and isinstance(posted, dict):
        merged = {}
        for key, value in original.items():
            merged[key] = merge(value, posted[key]) if key in posted else value
        for key, value in posted.items():
            if key not in original and not _blank(value):
                merged[key] = value
        return merged
    if isinstance(original, list) and isinstance(posted, list):
        return [merge(original[i], item) if i < len(original) else item
                for i, item in enumerate(posted)]
    if isinstance(posted, dict) and original is None:
        return merge({}, posted)
    if isinstance(original, str) and isinstance(posted, str) and \
            original.strip() == posted.strip():
        return original  # untouched (a folded block keeps its final line break)
    return posted


def apply_action(data: dict[str, Any], action: str) -> dict[str, Any]:
    """Add or remove an item of a repeating group: ``add:services``, ``remove:services.2``."""
    verb, _, path = action.partition(":")
    if verb == "add":
        current = get_path(data, path)
        items = list(current) if isinstance(current, list) else []
        items.append("" if path.endswith("additional") else {})
        _put(data, path.split("."), items)
    elif verb == "remove":
        list_path, _, index = path.rpartition(".")
        current = get_path(data, list_path)
        if isinstance(current, list) and INDEX_RE.match(index) and int(index) < len(current):
            _put(data, list_path.split("."),
                 [v for i, v in enumerate(current) if i != int(index)])
    return data
