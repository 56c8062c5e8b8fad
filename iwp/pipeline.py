"""The one module that knows the order of the steps.

Commands and the batch runner call these functions; each step's module knows only the
steps before it. Step 1 - load and step 2 - validate run for every command; render (3, 4)
and check (5, 6) follow in their own modules.
"""

from __future__ import annotations

from collections.abc import Sequence

from iwp.models import Plan
from iwp.validate import ValidationOptions, ValidationResult, validate_file


def validate_paths(paths: Sequence[str], options: ValidationOptions | None = None
                   ) -> list[ValidationResult]:
    """Validate several plan files; an amendment is cross-checked against its original.

    When an IWP and an amendment that names its ``plan_id`` (or, with exactly one of each,
    any amendment) are validated together, the amendment rules that compare the two run.
    """
    options = options or ValidationOptions()
    results = [validate_file(path, options) for path in paths]
    plans = [r for r in results if isinstance(r.model, Plan)]
    for index, result in enumerate(results):
        if result.kind != "amendment" or result.model is None or not plans:
            continue
        original = _original_for(result, plans)
        if original is not None:
            results[index] = validate_file(paths[index], options, original=original.model)
    return results


def _original_for(amendment: ValidationResult, plans: list[ValidationResult]
                  ) -> ValidationResult | None:
    wanted = amendment.model.amends.plan_id
    matches = [p for p in plans if wanted and p.model.plan_id == wanted]
    if matches:
        return matches[0]
    return plans[0] if len(plans) == 1 else None
