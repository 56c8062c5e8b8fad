"""Rules for Part Three: the 15 terms and conditions, the Statement of Understanding, and
the signatures.

The terms are checked against the list in ``iwp/data/terms.yaml`` (our wording, kept as
replaceable data because the official text could not be obtained), which also maps each
item to the ten statements of 20 CFR 411.465(a).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iwp import domain
from iwp.findings import Severity
from iwp.rules import Hit, RuleContext, rule
from iwp.rules.facts import missing

BOTH = ("iwp", "amendment")
# First-person words that show the statement is written from the Ticketholder's view.
FIRST_PERSON = re.compile(r"\b(I|I'm|I'll|I've|me|my|myself)\b")


def _uncovered_statements(numbers: set[int]) -> list[str]:
    """The 411.465(a) statements that none of the term items ``numbers`` covers."""
    data = domain.terms()
    covered = {c for item in data["items"] if item["number"] in numbers for c in item["cfr"]}
    return [f"({n}) {text}" for n, text in data["cfr_statements"].items() if n not in covered]


@rule("IWP601", Severity.ERROR, title="All 15 terms and conditions covered",
      source="EN Guide (seed 004), Part Three; 20 CFR 411.465(a)")
def terms_complete(ctx: RuleContext) -> Iterator[Hit]:
    """The terms and conditions cover all 15 items, either with the built-in list or, with
    ``standard: custom``, with the EN's own wording mapped to each item number; through
    the items, all ten statements of 20 CFR 411.465(a) are covered.

    The EN Guide says an EN's own form must include all 15 terms of the Ticket Program
    Agreement; 411.465(a) lists what every IWP must state.
    """
    terms = ctx.doc.terms_and_conditions
    data = domain.terms()
    expected = {item["number"]: item["title"] for item in data["items"]}
    if terms.standard == "built_in":
        uncovered = _uncovered_statements(set(expected))
        if uncovered:  # only when someone edits terms.yaml and drops a statement
            yield Hit("terms_and_conditions.standard", "The built-in terms in "
                      "iwp/data/terms.yaml do not cover 20 CFR 411.465(a) " +
                      "; ".join(uncovered) + "; fix the data file or use custom terms.")
        return
    given: dict[int, int] = {}
    for index, term in enumerate(terms.custom):
        if term.number in given:
            yield Hit(f"terms_and_conditions.custom.{index}.number", f"Term {term.number} is "
                      "given twice; keep one wording for each of the 15 items.")
        given[term.number] = index
        if missing(term.text):
            yield Hit(f"terms_and_conditions.custom.{index}.text", f"Term {term.number} "
                      f"({expected.get(term.number, '')}) has no text; write the EN's wording "
                      "for it.")
    absent = [n for n in expected if n not in given]
    if absent:
        names = ", ".join(f"{n} ({expected[n]})" for n in absent)
        uncovered = _uncovered_statements(set(given))
        also = (" Without them the plan does not state 20 CFR 411.465(a) " +
                "; ".join(uncovered) + ".") if uncovered else ""
        yield Hit("terms_and_conditions.custom", f"The EN's own terms leave out item"
                  f"{'s' if len(absent) > 1 else ''} {names}; add the wording for each under "
                  f"`terms_and_conditions.custom`, or use `standard: built_in`.{also}")


@rule("IWP602", Severity.ERROR, title="Statement of Understanding in the first person",
      source="EN Guide (seed 004), Part Three (Statement of Understanding)")
def statement_of_understanding(ctx: RuleContext) -> Iterator[Hit]:
    """A plan's own Statement of Understanding is written from the Ticketholder's point of
    view ("I choose to work with ..."); leaving it empty selects the built-in first-person
    statement.

    The EN Guide asks for the statement to be written from the Ticketholder's point of
    view, making clear that the EN will provide the services to help them become
    financially self-sufficient.
    """
    text = ctx.doc.statement_of_understanding
    if text and not FIRST_PERSON.search(text):
        yield Hit("statement_of_understanding", "The Statement of Understanding is not "
                  "written from the Ticketholder's point of view; rewrite it in the first "
                  "person (\"I understand that ...\"), or set it to null to use the built-in "
                  "statement.")


@rule("IWP603", Severity.ERROR, title="Ticketholder signature and date", kinds=BOTH,
      source="EN Guide (seed 004), Part Three; 20 CFR 411.450")
def ticketholder_signature(ctx: RuleContext) -> Iterator[Hit]:
    """The Ticketholder (or a representative signing for them, with name and relationship)
    signs with a method and a date.

    The IWP is not valid until the Ticketholder and the EN both sign and date it.
    """
    signatures = ctx.doc.signatures
    representative = signatures.ticketholder_representative
    if representative is not None:
        base, signature = "signatures.ticketholder_representative", representative
        for key in ("name", "relationship"):
            if missing(getattr(representative, key)):
                yield Hit(f"{base}.{key}", f"The representative signing for the Ticketholder "
                          f"has no {key}; fill in `{base}.{key}`.")
    else:
        base, signature = "signatures.ticketholder", signatures.ticketholder
    if signature is None:
        yield Hit(base, "The Ticketholder's signature is missing; add `signatures.ticketholder` "
                  "with the method (wet or electronic) and the date signed.")
        return
    if signature.method is None:
        yield Hit(f"{base}.method", f"How the Ticketholder signed is missing; set "
                  f"`{base}.method` to wet, electronic or pending.")
    if signature.date is None and signature.method != "pending":
        yield Hit(f"{base}.date", f"The Ticketholder's signature has no date; fill in "
                  f"`{base}.date` with the day it was signed.")


@rule("IWP604", Severity.ERROR, title="EN representative's name, title, signature and date",
      kinds=BOTH, source="EN Guide (seed 004), Part Three and Amending IWPs; 20 CFR 411.450")
def en_signature(ctx: RuleContext) -> Iterator[Hit]:
    """The EN representative's printed name and title are given and they sign with a method
    and a date.

    The EN Guide asks for the representative's name to be printed so the signature can be
    read, and requires both parties to sign and date the plan and every amendment.
    """
    base = "signatures.en_representative"
    signature = ctx.doc.signatures.en_representative
    if signature is None:
        yield Hit(base, "The EN representative's signature block is missing; add "
                  f"`{base}` with name, title, method and date.")
        return
    for key, what in (("name", "printed name"), ("title", "title"),
                      ("method", "signature method (wet, electronic or pending)")):
        if missing(getattr(signature, key)):
            yield Hit(f"{base}.{key}", f"The EN representative's {what} is missing; fill in "
                      f"`{base}.{key}`.")
    if signature.date is None and signature.method != "pending":
        yield Hit(f"{base}.date", f"The EN representative's signature has no date; fill in "
                  f"`{base}.date` with the day it was signed.")


@rule("IWP605", Severity.WARNING, title="Signature still pending", kinds=BOTH,
      source="EN Guide (seed 004), Part Three (approved signature methods)")
def pending_signature(ctx: RuleContext) -> Iterator[Hit]:
    """A signature whose method is ``pending`` is a warning while drafting and an error with
    ``--stage submission``.

    Only wet and electronic signatures are approved; a plan sent with a pending signature
    is not valid.
    """
    signatures = ctx.doc.signatures
    severity = Severity.ERROR if ctx.stage == "submission" else None
    for key, who in (("ticketholder", "The Ticketholder"),
                     ("ticketholder_representative", "The Ticketholder's representative"),
                     ("en_representative", "The EN representative")):
        signature = getattr(signatures, key)
        if signature is not None and signature.method == "pending":
            when = "this plan cannot be submitted" if severity else "remember before submitting"
            yield Hit(f"signatures.{key}.method", f"{who} has not signed yet ({when}); once "
                      f"signed, set `signatures.{key}.method` to wet or electronic and fill "
                      "in the date.", severity=severity)


@rule("IWP606", Severity.ERROR, title="Signature dates not in the future", kinds=BOTH,
      source="EN Guide (seed 004), Part Three")
def signature_not_future(ctx: RuleContext) -> Iterator[Hit]:
    """No signature is dated later than today (``--today``).

    A future date usually means a typo, and the 14-day submission clock starts from it.
    """
    signatures = ctx.doc.signatures
    for key, whose in (("ticketholder", "The Ticketholder's"),
                       ("ticketholder_representative", "The Ticketholder's representative's"),
                       ("en_representative", "The EN representative's")):
        signature = getattr(signatures, key)
        if signature is not None and signature.date and signature.date > ctx.today:
            yield Hit(f"signatures.{key}.date", f"{whose} signature is dated "
                      f"{signature.date.isoformat()}, in the future (today is "
                      f"{ctx.today.isoformat()}); write the date it was actually signed.")
