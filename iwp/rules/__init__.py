"""The rule framework: compliance rules are small registered functions.

A rule receives a :class:`RuleContext` and yields :class:`Hit` objects (a path and a
message); the engine turns each into a :class:`~iwp.findings.Finding` with the rule's stable
code, severity and source, located in the plan file. Register one with::

    @rule("IWP101", Severity.ERROR, title="EN contact information complete",
          source="EN Guide, Part One (seed 004)")
    def en_information(ctx):
        if not ctx.doc.employment_network.pid:
            yield Hit("employment_network.pid", "Add the EN's PID ...")

The rule modules are imported at the bottom of this file so that importing ``iwp.rules``
registers every rule; ``docs/rules.md`` is generated from the registry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from iwp import codes
from iwp.findings import Severity


@dataclass(frozen=True)
class Hit:
    """One problem a rule found: where (dotted path) and what to do about it.

    ``severity`` overrides the rule's default for this hit only (for rules whose weight
    depends on the situation, such as an unsigned plan before or after submission).
    """

    path: str
    message: str
    severity: Severity | None = None


@dataclass
class RuleContext:
    """What a rule may look at.

    ``doc`` is the validated :class:`~iwp.models.Plan` or :class:`~iwp.models.Amendment`;
    ``original`` is the plan an amendment amends, when the user gave both; ``today`` is the
    date that date-relative rules use (``--today``), never the clock directly.
    """

    doc: Any
    kind: str
    today: dt.date
    original: Any = None
    stage: str = "draft"
    extra: dict[str, Any] = field(default_factory=dict)


RuleFunc = Callable[[RuleContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A registered rule: its code, default severity, documentation and function."""

    code: str
    severity: Severity
    title: str
    source: str | None
    kinds: tuple[str, ...]
    func: RuleFunc
    needs_original: bool = False

    @property
    def description(self) -> str:
        """The rule function's docstring: what it checks and why."""
        return " ".join((self.func.__doc__ or "").split())


REGISTRY: dict[str, Rule] = {}


def rule(code: str, severity: Severity, *, title: str, source: str | None = None,
         kinds: tuple[str, ...] = ("iwp",), needs_original: bool = False
         ) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under a stable ``code`` (decorator)."""

    def register(func: RuleFunc) -> RuleFunc:
        if code in REGISTRY:
            raise ValueError(f"rule code {code} is registered twice")
        codes.register(code, "rules", severity, title)
        REGISTRY[code] = Rule(code, severity, title, source, kinds, func, needs_original)
        return func

    return register


def code_selected(code: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    """Whether ``code`` passes ``--select``/``--ignore`` (prefixes, as in ruff: ``IWP4``)."""
    select, ignore = tuple(select), tuple(ignore)
    if select and not any(code.startswith(prefix) for prefix in select):
        return False
    return not any(code.startswith(prefix) for prefix in ignore)


def run_rules(ctx: RuleContext) -> Iterator[tuple[Rule, Hit]]:
    """Run every registered rule that applies to ``ctx`` and yield what each found."""
    for registered in REGISTRY.values():
        if ctx.kind not in registered.kinds:
            continue
        if registered.needs_original and ctx.original is None:
            continue
        for hit in registered.func(ctx):
            yield registered, hit


# Importing the rule modules registers their rules.
from iwp.rules import part_one  # noqa: E402,F401
from iwp.rules import discussion, goals, services  # noqa: E402,F401
from iwp.rules import part_three, submission, amendments  # noqa: E402,F401
