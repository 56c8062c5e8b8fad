"""Generating varied, valid plan files for the benchmarks (fictional people, 900-area SSNs)."""

from __future__ import annotations

import copy
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "plan-format" / "reference-plan.yaml"
FIRST = ["Marisol", "Jonah", "Leontyne", "Tobias", "Ada", "Kwame", "Ingrid", "Ravi", "Noor",
         "Elias", "Beatriz", "Yusuf", "Greta", "Omar", "Hana", "Lucius"]
LAST = ["Quenby", "Whitcombe", "Farrow", "Grenfell", "Okafor", "Lindqvist", "Basu", "Haddad",
        "Moreau", "Castellanos", "Ferreira", "Novak", "Abernathy", "Sato", "Delacroix"]


def _plain(value):
    """YAML-dumpable copy: Decimals as floats rounded to cents, dates as dates."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value


def variations(count: int, seed: int = 1370) -> list[dict]:
    """``count`` valid plan dicts that differ in names, amounts, dates and services."""
    rng = random.Random(seed)
    base = yaml.safe_load(REFERENCE.read_text())
    plans = []
    for i in range(count):
        plan = copy.deepcopy(base)
        plan["plan_id"] = f"BEN-{2026}-{i:05d}"
        plan["ticketholder"]["name"] = {"first": rng.choice(FIRST), "middle": None,
                                        "last": rng.choice(LAST)}
        plan["ticketholder"]["ssn"] = f"9{rng.randint(0, 99):02d}-{rng.randint(1, 99):02d}-" \
                                      f"{rng.randint(1, 9999):04d}"
        shift = dt.timedelta(days=rng.randint(0, 120))
        for section, key in (("discussion", "date"), ):
            plan[section][key] = plan[section][key] + shift
        plan["signatures"]["ticketholder"]["date"] += shift
        plan["signatures"]["en_representative"]["date"] += shift
        plan["submission"]["submitted_on"] += shift
        plan["work_history"]["period_end"] += shift
        plan["work_history"]["period_start"] += shift
        short = plan["employment_goals"]["short_term"]
        long = plan["employment_goals"]["long_term"]
        short["hourly_wage"] = round(rng.uniform(15.5, 19.0), 2)
        short["hours_per_week"] = rng.choice([20, 24, 25, 30])
        short["monthly_earnings"] = round(short["hourly_wage"] * short["hours_per_week"]
                                          * 52 / 12, 2)
        long["hourly_wage"] = round(rng.uniform(19.0, 30.0), 2)
        long["monthly_earnings"] = round(long["hourly_wage"] * 40 * 52 / 12, 2)
        keep = rng.randint(3, len(base["services"]))
        plan["services"] = plan["services"][:keep]
        plan["discussion"]["summary"] += " " + " ".join(rng.choice(FIRST) for _ in range(
            rng.randint(0, 40)))
        plans.append(_plain(plan))
    return plans


def write_variations(folder: Path, count: int, seed: int = 1370) -> list[Path]:
    """Write ``count`` plan variations as YAML files into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, plan in enumerate(variations(count, seed)):
        path = folder / f"plan-{i:05d}.yaml"
        path.write_text(yaml.safe_dump(plan, sort_keys=False, allow_unicode=True))
        paths.append(path)
    return paths
