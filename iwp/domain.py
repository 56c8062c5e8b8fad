"""Program facts kept as data: vocabularies, earnings thresholds, the terms and conditions.

Everything a new year or the official form's wording would change lives in the YAML files
of ``iwp/data``; this module only reads them (once) and answers questions about them.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def data_file(name: str) -> Any:
    """One of the shipped files of ``iwp/data``, parsed once per process.

    libyaml's loader where PyYAML has it: the pure-Python one took a tenth of a second for
    these files, paid by every command and every new batch worker.
    """
    text = resources.files("iwp").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))




@cache
def outline_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(component, pattern) for the headings that name each part of a plan (headings.yaml).

    ``iwp render`` records the page of every heading that matches one; ``iwp check`` reads
    those pages (or a foreign PDF's bookmarks) to say where each part is printed.
    """
    return tuple((name, re.compile(pattern, re.IGNORECASE))
                 for name, pattern in data_file("headings.yaml")["outline"].items() if pattern)


def vocabulary() -> dict[str, Any]:
    """Return the closed lists of the plan format (codes mapped to printed labels)."""
    return data_file("vocabulary.yaml")


def codes(list_name: str) -> tuple[str, ...]:
    """Return the allowed codes of one closed list, e.g. ``codes("business_models")``."""
    return tuple(vocabulary()[list_name])


def label(list_name: str, code: str) -> str:
    """Return the printed label for a code of a closed list (the code itself if unknown)."""
    return vocabulary()[list_name].get(code, code)


def service_categories() -> dict[str, dict[str, Any]]:
    """Return the service categories, each with its label and its services."""
    return vocabulary()["service_categories"]


def all_service_codes() -> tuple[str, ...]:
    """Every service code of every category, without repeats, in listed order."""
    seen: dict[str, None] = {}
    for category in service_categories().values():
        seen.update(dict.fromkeys(category["services"]))
    return tuple(seen)


def service_label(category: str, service: str) -> str:
    """Return the printed label of a service within its category."""
    return service_categories().get(category, {}).get("services", {}).get(service, service)


# A month of work is 52 weeks / 12 months (about 4.33 weeks): the usual factor for turning
# a weekly schedule into monthly earnings, used by the rules, the printed plan and the PDF
# reader alike so that all three derive the same amount.
WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
_CENTS = Decimal("0.01")


def monthly_from_hourly(hourly_wage: Decimal | float | str,
                        hours_per_week: Decimal | float | str) -> Decimal:
    """Monthly earnings for a weekly schedule: wage x hours x 52 / 12, rounded to cents."""
    wage, hours = Decimal(str(hourly_wage)), Decimal(str(hours_per_week))
    return (wage * hours * WEEKS_PER_MONTH).quantize(_CENTS)


def form_place(path: str, kind: str = "iwp") -> str:
    """Where on the printed form the value at a dotted plan ``path`` appears, in the form's
    words ("Part Two, Section 4, follow-up"); empty when the path is not a known place.

    Read from ``iwp/data/form_places.yaml``: the longest listed prefix of ``path`` wins
    (list indexes written ``*``); ``{n}`` in a place becomes the 1-based item number.
    """
    data = data_file("form_places.yaml")
    places = {**data["places"], **(data.get(kind) or {})}
    parts = [part for part in path.split(".") if part]
    for length in range(len(parts), 0, -1):
        head = parts[:length]
        pattern = ".".join("*" if part.isdigit() else part for part in head)
        if pattern in places:
            numbers = [int(part) + 1 for part in head if part.isdigit()]
            place = places[pattern]
            return place.replace("{n}", str(numbers[-1])) if numbers else place
    return ""


FREQUENCY_ORDER = ("weekly", "biweekly", "monthly", "quarterly", "semiannually", "annually")


def at_least_as_often(frequency: str, required: str) -> bool:
    """True when ``frequency`` is as frequent as ``required`` or more (weekly beats monthly)."""
    order = codes("follow_up_frequencies")
    return order.index(frequency) <= order.index(required)


@dataclass(frozen=True)
class Thresholds:
    """Monthly earnings thresholds for one calendar year."""

    year: int
    sga: Decimal
    sga_blind: Decimal
    twl: Decimal
    listed: bool  # False when the year is outside the table and a neighbour was used

    def sga_for(self, *, blind_ssdi: bool) -> Decimal:
        """The SGA amount that applies: the blind amount only for statutorily blind SSDI."""
        return self.sga_blind if blind_ssdi else self.sga


def thresholds(year: int) -> Thresholds:
    """Return SGA/TWL figures for ``year`` following the year rule in thresholds.yaml."""
    table = data_file("thresholds.yaml")["years"]
    years = sorted(table)
    chosen = min(max(year, years[0]), years[-1])
    row = table[chosen]
    return Thresholds(
        year=chosen,
        sga=Decimal(str(row["sga"])),
        sga_blind=Decimal(str(row["sga_blind"])),
        twl=Decimal(str(row["twl"])),
        listed=chosen == year,
    )


def thresholds_on(day: _dt.date) -> Thresholds:
    """Thresholds for the calendar year of ``day``."""
    return thresholds(day.year)


def terms() -> dict[str, Any]:
    """Return the built-in terms and conditions, the 411.465 statements and the statement."""
    return data_file("terms.yaml")


def statement_of_understanding(en_name: str) -> str:
    """The built-in first-person Statement of Understanding for the named EN."""
    return terms()["statement_of_understanding"].format(en_name=en_name)
