"""The pipeline's shape: no import cycles among iwp's modules, and no stage reaching back up.

The graph counts every import, at module level and inside functions (a lazy import still
ties the two modules together), built with :mod:`ast` so nothing is imported to test it. A
package's ``__init__`` importing its own submodules (as ``iwp.rules`` registers its rules)
is how Python packages work and is left out.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "iwp"

# Stage -> (its modules, by prefix; modules it must never import, by prefix).
LAYERS = {
    "read": (("iwp.parse", "iwp.pdfread", "iwp.ocr", "iwp.textrun", "iwp.read"),
             ("iwp.check", "iwp.render", "iwp.pdf", "iwp.batch", "iwp.pipeline", "iwp.cli")),
    "check": (("iwp.check",), ("iwp.render", "iwp.pdf", "iwp.batch", "iwp.cli")),
}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    return modules


@cache
def import_graph() -> dict[str, set[str]]:
    """Module -> the iwp modules it imports (built once per run; do not change it)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        package = name if is_package else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                submodules = [f"{base}.{a.name}" for a in node.names
                              if f"{base}.{a.name}" in modules]
                targets = submodules if len(submodules) == len(node.names) \
                    else [*submodules, base]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if not target or target == name:
                    continue
                if is_package and target.startswith(name + "."):
                    continue
                graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        state[node] = "done"
        path.pop()
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_the_graph_sees_imports_at_module_level_and_in_functions() -> None:
    graph = import_graph()
    assert "iwp.errors" in graph["iwp.parse"]  # at module level
    assert "iwp.ocr" in graph["iwp.parse"]  # inside a function
    assert "iwp.rules.facts" in graph["iwp.rules.goals"]


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_there_are_no_import_cycles() -> None:
    assert find_cycle(import_graph()) is None


def _within(module: str, names: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in names)


@pytest.mark.parametrize("stage", sorted(LAYERS))
def test_a_stage_does_not_import_a_later_one(stage: str) -> None:
    members, forbidden = LAYERS[stage]
    graph = import_graph()
    reaching = {module: sorted(t for t in targets if _within(t, forbidden))
                for module, targets in graph.items() if _within(module, members)}
    assert not {m: t for m, t in reaching.items() if t}
