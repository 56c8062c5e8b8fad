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
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import missing, placeholder, sentences

BOTH = ("iwp", "amendment")
# First-person words that show the statement is written from the Ticketholder's view.
FIRST_PERSON = re.compile(r"\b(I|I'm|I'll|I've|me|my|myself)\b")


def _uncovered_numbers(numbers: set[int]) -> list[int]:
    """The numbers of the 411.465(a) statements that none of the term items ``numbers``
    covers."""
    data = domain.terms()
    covered = {c for item in data["items"] if item["number"] in numbers for c in item["cfr"]}
    return [n for n in data["cfr_statements"] if n not in covered]


def _uncovered_statements(numbers: set[int]) -> list[str]:
    """The 411.465(a) statements that none of the term items ``numbers`` covers, as text."""
    statements = domain.terms()["cfr_statements"]
    return [f"({n}) {statements[n]}" for n in _uncovered_numbers(numbers)]


@rule("IWP601", Severity.ERROR, title="All 15 terms and conditions covered",
      source="EN Guide (seed 004), Part Three; 20 CFR 411.465(a)")
def terms_complete(ctx: RuleContext) -> Iterator[Hit]:
    """The terms and conditions cover all 15 items, either with the built-in list or, with
    ``standard: custom``, with the EN's own wording (not a placeholder such as "Term 3
    text.") mapped to each item number; through the items, all ten statements of 20 CFR
    411.465(a) are covered.

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
        elif placeholder(term.text):
            yield Hit(f"terms_and_conditions.custom.{index}.text", f"Term {term.number} "
                      f"({expected.get(term.number, '')}) is a placeholder "
                      f"(\"{term.text.strip()[:60]}\"); write the EN's wording for it.")
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


def _asks_to_pay(sentence: str) -> bool:
    """Whether a sentence of a term asks the Ticketholder to pay (IWP609's test)."""
    data = domain.terms()
    return any(re.search(p, sentence, re.IGNORECASE) for p in data["charge_patterns"]) \
        and not re.search(data["charge_negations"], sentence, re.IGNORECASE)


def _says(sentence: str, groups: list[list[str]]) -> bool:
    """Whether one sentence matches a pattern of every group (one statement's substance)."""
    return all(any(re.search(p, sentence, re.IGNORECASE) for p in group) for group in groups)


# 411.465(a)(4), no payment from the Ticketholder: a term that charges is IWP609's to report.
NO_PAYMENT_STATEMENT = 4


@rule("IWP607", Severity.WARNING, title="Statement of Understanding says what the EN will do",
      source="EN Guide (seed 004), Part Three (004:234)")
def statement_substance(ctx: RuleContext) -> Iterator[Hit]:
    """A plan's own Statement of Understanding makes clear that the EN will provide the
    services and supports in the plan, to help the Ticketholder earn enough to become
    financially self-sufficient (leaving it empty selects the built-in statement, which
    does).

    The EN Guide (004:234) gives the statement this content; "I have read this plan." does
    not. It is a warning because the check looks for words (``statement_needs`` in
    ``iwp/data/terms.yaml``), and an EN's wording may say it differently.
    """
    text = ctx.doc.statement_of_understanding
    if missing(text):
        return
    needs = domain.terms()["statement_needs"]
    gaps = []
    if not re.search(needs["services"], text, re.IGNORECASE):
        gaps.append("that the EN will provide the services and supports in this plan")
    if not re.search(needs["self_sufficiency"], text, re.IGNORECASE):
        gaps.append("that they are meant to help the Ticketholder earn enough to become "
                    "financially self-sufficient")
    if gaps:
        yield Hit("statement_of_understanding", "The Statement of Understanding does not "
                  "make clear " + " or ".join(gaps) + " (EN Guide 004:234); say so in the "
                  "Ticketholder's words (\"I understand that ... will provide ... so that I "
                  "can earn enough to ...\"), or set it to null to use the built-in statement.")


@rule("IWP608", Severity.WARNING, title="Own terms state every 411.465(a) statement",
      source="20 CFR 411.465(a)(1)-(10); EN Guide (seed 004), Part Three (004:232)")
def custom_terms_substance(ctx: RuleContext) -> Iterator[Hit]:
    """With ``standard: custom``, the EN's own terms (with any additional terms) say the
    substance of each of the ten statements 20 CFR 411.465(a) requires: the goal, the
    services and supports, their terms, no payment from the Ticketholder, when the EN may
    amend or end, the right to take back the Ticket, remedies and advocacy, privacy, the
    right to ask for an amendment, and a copy in an accessible format.

    Numbering alone does not show the content. It is a warning because the check looks for
    words (``cfr_substance`` in ``iwp/data/terms.yaml``) anywhere in the EN's terms, not
    for the official wording, which could not be obtained.
    """
    terms = ctx.doc.terms_and_conditions
    if terms.standard != "custom" or not terms.custom:
        return
    texts = [t.text for t in terms.custom if t.text and not placeholder(t.text)]
    texts += [text for text in terms.additional if text]
    said = [sentence for text in texts for sentence in sentences(text)]
    data = domain.terms()
    # Statements whose term numbers are missing altogether are IWP601's to report.
    unnumbered = set(_uncovered_numbers({t.number for t in terms.custom}))
    if any(_asks_to_pay(sentence) for sentence in said):
        unnumbered.add(NO_PAYMENT_STATEMENT)
    absent = [f"({number}) {data['cfr_statements'][number]}"
              for number, groups in data["cfr_substance"].items()
              if number not in unnumbered and not any(_says(sentence, groups)
                                                      for sentence in said)]
    if absent:
        yield Hit("terms_and_conditions.custom", "The EN's own terms do not seem to state "
                  "what 20 CFR 411.465(a) requires every IWP to say: " + "; ".join(absent) +
                  ". Add a sentence for each to the term it belongs to, or use `standard: "
                  "built_in`.")


@rule("IWP609", Severity.ERROR, title="No charge to the Ticketholder",
      source="20 CFR 411.465(a)(4); EN Guide (seed 004), Part Three (004:232)")
def no_charge(ctx: RuleContext) -> Iterator[Hit]:
    """No term, custom or additional, asks the Ticketholder to pay a fee, a charge or any
    other amount for the services.

    An IWP must state that the EN may not request or receive compensation from the
    Ticketholder (20 CFR 411.465(a)(4)), and additional terms must align with the Ticket
    Program Agreement (004:232); a term that charges the Ticketholder contradicts both.
    Patterns are ``charge_patterns`` in ``iwp/data/terms.yaml``.
    """
    terms = ctx.doc.terms_and_conditions
    places = [(f"terms_and_conditions.additional.{index}", f"Additional term {index + 1}",
               text) for index, text in enumerate(terms.additional)]
    if terms.standard == "custom":
        places = [(f"terms_and_conditions.custom.{index}.text", f"Term {term.number}",
                   term.text) for index, term in enumerate(terms.custom)] + places
    for path, name, text in places:
        for sentence in sentences(text):
            if _asks_to_pay(sentence):
                yield Hit(path, f"{name} asks the Ticketholder to pay (\"{sentence[:80]}\"); "
                          "an EN may not ask for or accept payment from the Ticketholder "
                          "(20 CFR 411.465(a)(4)). Remove it, and say instead that the "
                          "services are free to the Ticketholder.")
                break


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
