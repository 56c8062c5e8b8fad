"""Rules for Part One: the EN's and the Ticketholder's contact information."""

from __future__ import annotations

from collections.abc import Iterator

from iwp import domain
from iwp.findings import Severity
from iwp.plan.rules import Hit, RuleContext, rule
from iwp.plan.rules.facts import (
    BLIND_SGA_WORDS,
    SGA_WORDS,
    age_on,
    blindness,
    dated_signatures,
    fully_signed_on,
    goal_earnings,
    missing,
    money,
    plan_start,
    threshold_words,
)


@rule("IWP100", Severity.INFO, title="Fictional SSN", kinds=("iwp", "amendment"),
      source="SSA: numbers in the 900-999 area are never issued")
def fictional_ssn(ctx: RuleContext) -> Iterator[Hit]:
    """An SSN in the 900-999 area is never issued, so the plan is a test or training plan.

    It is an ``info`` finding rather than an error so that training plans stay usable.
    """
    ssn = ctx.doc.ticketholder.ssn
    if ssn and ssn[0] == "9":
        yield Hit("ticketholder.ssn", "This SSN is in the never-issued 900-999 area: a "
                  "fictional number for testing or training, not for submission.")


# The Ticket can be assigned only to a Ticketholder aged 18 through 64 (POMS DI 55025.001,
# domain.md §5.3): these are program ages, not yearly figures.
MIN_AGE = 18
MAX_AGE = 64

_EN_FIELDS = (
    ("name", "the EN's name"),
    ("pid", "the EN's Provider Identification Number (PID)"),
    ("business_model", "the EN's business model (traditional, employer, administrative or other)"),
    ("phone", "the EN's phone number"),
    ("email", "the EN's email address"),
)
_ADDRESS_FIELDS = (("street", "street"), ("city", "city"), ("state", "state"), ("zip", "ZIP code"))


def _address_hits(address: object, path: str, whose: str) -> Iterator[Hit]:
    if address is None:
        yield Hit(path, f"{whose} address is missing; add `{path}` with street, city, state "
                  "and zip.")
        return
    for key, words in _ADDRESS_FIELDS:
        if missing(getattr(address, key)):
            yield Hit(f"{path}.{key}", f"{whose} address has no {words}; fill in "
                      f"`{path}.{key}`.")


@rule("IWP101", Severity.ERROR, title="EN contact information complete",
      source="EN Guide (seed 004), Part One")
def en_information(ctx: RuleContext) -> Iterator[Hit]:
    """Part One names the EN completely: name, PID, business model (described when it is
    "other"), address, phone, email, and the responsible representative's name and title.

    The EN Guide says the EN must fill in its contact information, including the PID and the
    business model under which the Ticketholder is served, completely; Program Integrity
    returns plans that leave any of it blank.
    """
    en = ctx.doc.employment_network
    for key, words in _EN_FIELDS:
        if missing(getattr(en, key)):
            yield Hit(f"employment_network.{key}", f"Part One is missing {words}; fill in "
                      f"`employment_network.{key}`.")
    if en.business_model == "other" and missing(en.business_model_other):
        yield Hit("employment_network.business_model_other",
                  "The business model is `other` but not described; say which business "
                  "model the Ticketholder is served under in "
                  "`employment_network.business_model_other`.")
    yield from _address_hits(en.address, "employment_network.address", "The EN's")
    representative = en.representative
    if representative is None:
        yield Hit("employment_network.representative",
                  "Part One does not name the EN representative responsible for this plan; "
                  "add `employment_network.representative` with name and title.")
    else:
        for key in ("name", "title"):
            if missing(getattr(representative, key)):
                yield Hit(f"employment_network.representative.{key}",
                          f"The EN representative's {key} is missing; fill in "
                          f"`employment_network.representative.{key}`.")


@rule("IWP102", Severity.ERROR, title="Ticketholder contact information complete",
      source="EN Guide (seed 004), Part One")
def ticketholder_information(ctx: RuleContext) -> Iterator[Hit]:
    """Part One gives the Ticketholder's name, SSN, address, a phone number or email
    address, and the preferred way to be contacted.

    The EN Guide requires the Ticketholder's contact section to be filled in completely;
    without a working way to reach the Ticketholder the EN cannot keep up the monthly
    two-way contact the program requires. Letters are an accepted two-way medium (004:219),
    so a Ticketholder reachable only by mail is a warning, not an error.
    """
    holder = ctx.doc.ticketholder
    name = holder.name
    for key in ("first", "last"):
        if name is None or missing(getattr(name, key)):
            yield Hit(f"ticketholder.name.{key}" if name else "ticketholder.name",
                      f"The Ticketholder's {key} name is missing; fill in "
                      f"`ticketholder.name.{key}`.")
    if missing(holder.ssn):
        yield Hit("ticketholder.ssn", "The Ticketholder's Social Security number is missing; "
                  "copy it from the Ticketholder's card into `ticketholder.ssn` (NNN-NN-NNNN).")
    yield from _address_hits(holder.address, "ticketholder.address", "The Ticketholder's")
    if missing(holder.phone) and missing(holder.email):
        if holder.address is not None and not missing(holder.address.street):
            yield Hit("ticketholder.phone", "The Ticketholder can be reached only by mail: "
                      "there is no phone number or email address. Letters count as two-way "
                      "contact, but the EN must try three times a month to reach them in "
                      "the first phase; add `ticketholder.phone` or `ticketholder.email` if "
                      "they have one.", severity=Severity.WARNING,
                      about=("ticketholder.email", "ticketholder.address"))
        else:
            yield Hit("ticketholder.phone", "There is no phone number, email address or "
                      "postal address for the Ticketholder; add `ticketholder.phone`, "
                      "`ticketholder.email` or the address so the EN can keep in touch.",
                      about=("ticketholder.email", "ticketholder.address"))
    if missing(holder.preferred_contact):
        yield Hit("ticketholder.preferred_contact", "The Ticketholder's preferred way to be "
                  "contacted is not given; set `ticketholder.preferred_contact` to telephone, "
                  "email, mail or text.")


# Which contact detail each preferred contact method needs.
_PREFERRED_NEEDS = {"telephone": ("phone", "phone number"), "text": ("phone", "phone number"),
                    "email": ("email", "email address"), "mail": ("address", "postal address")}


@rule("IWP103", Severity.WARNING, title="Preferred contact method can be used",
      source="EN Guide (seed 004), Part One and Part Two Section 4 (follow-up)")
def preferred_contact_usable(ctx: RuleContext) -> Iterator[Hit]:
    """The Ticketholder's preferred contact method has the detail it needs: a phone number
    for telephone or text, an email address for email, an address for mail.

    A preference the EN cannot act on defeats the regular two-way contact the EN Guide
    requires during both follow-up phases.
    """
    holder = ctx.doc.ticketholder
    need = _PREFERRED_NEEDS.get(holder.preferred_contact or "")
    if all(missing(getattr(holder, key)) for key in ("phone", "email", "address")):
        return  # IWP102 already says there is no way to reach them
    if need and missing(getattr(holder, need[0])):
        yield Hit("ticketholder.preferred_contact",
                  f"The Ticketholder prefers to be contacted by {holder.preferred_contact}, "
                  f"but the plan has no {need[1]} for them; add "
                  f"`ticketholder.{need[0]}` or choose another preferred contact method.",
                  about=(f"ticketholder.{need[0]}",))


@rule("IWP104", Severity.ERROR, title="Alternate contact complete",
      source="EN Guide (seed 004), Part One")
def alternate_contact(ctx: RuleContext) -> Iterator[Hit]:
    """Part One names an alternate contact with a name, the relationship to the
    Ticketholder, and a phone number, email address or address to reach them.

    The EN Guide says Part One must include an alternate contact and be filled in
    completely; it is how the EN keeps in touch when the Ticketholder cannot be reached.
    """
    contact = ctx.doc.ticketholder.alternate_contact
    if contact is None:
        yield Hit("ticketholder.alternate_contact", "Part One has no alternate contact; add "
                  "`ticketholder.alternate_contact` with a name, relationship and phone number "
                  "of someone who can reach the Ticketholder.")
        return
    for key in ("name", "relationship"):
        if missing(getattr(contact, key)):
            yield Hit(f"ticketholder.alternate_contact.{key}", f"The alternate contact's "
                      f"{key} is missing; fill in `ticketholder.alternate_contact.{key}`.")
    if all(missing(getattr(contact, key)) for key in ("phone", "email", "address")):
        yield Hit("ticketholder.alternate_contact", "There is no way to reach the alternate "
                  "contact; add their phone, email or address under "
                  "`ticketholder.alternate_contact`.")


@rule("IWP105", Severity.ERROR, title="Ticketholder aged 18 through 64",
      source="POMS DI 55025.001 (domain.md §5.3): eligibility to assign a Ticket")
def ticketholder_age(ctx: RuleContext) -> Iterator[Hit]:
    """When a date of birth is given, the Ticketholder is aged 18 through 64 on the date the
    plan is fully signed (the latest signature), else the latest signature so far, else the
    discussion date.

    Only a Ticketholder aged 18 through 64 can assign a Ticket, so a plan outside that range
    cannot lead to an assignment.
    """
    born = ctx.doc.ticketholder.date_of_birth
    dates = dated_signatures(ctx.doc)
    day = fully_signed_on(ctx.doc) or (max(dates.values()) if dates else None) \
        or plan_start(ctx.doc)
    if born is None or day is None:
        return
    age = age_on(born, day)
    if not MIN_AGE <= age <= MAX_AGE:
        yield Hit("ticketholder.date_of_birth",
                  f"With this date of birth ({born.isoformat()}) the Ticketholder is {age} on "
                  f"{day.isoformat()}; only Ticketholders aged {MIN_AGE} through {MAX_AGE} can "
                  "assign a Ticket. Check the date of birth against the Ticketholder's records.")


@rule("IWP106", Severity.WARNING, title="Benefits given when the Ticketholder is blind",
      kinds=("iwp", "amendment"),
      source="EN Guide (seed 004), Part Two Section 3 (004:184); domain.md §3.1 (the blind "
      "SGA amount applies to SSDI only)")
def blind_benefits_known(ctx: RuleContext) -> Iterator[Hit]:
    """A Ticketholder marked statutorily blind has their benefits (SSDI, SSI) listed, since
    the long-term goal is judged against the blind SGA amount only for SSDI; an amendment
    checked without its original, which does not say whether the Ticketholder is blind, gets
    an info note when that could change the verdict.

    Without the benefits the goal rules fall back to the non-blind amount, which may pass a
    long-term goal that is below what a blind SSDI beneficiary needs to leave cash benefits.
    """
    blind, ssdi = blindness(ctx.doc, ctx.original)
    goal = ctx.doc.employment_goals.long_term
    earnings = goal_earnings(goal)[0] if goal is not None else None
    year = goal.target_date.year if goal is not None and goal.target_date else None
    figures = domain.thresholds(year) if year else None
    gap = ""
    if figures is not None and earnings is not None and earnings < figures.sga_blind:
        gap = (f" The long-term goal ({money(earnings)} a month) is below "
               f"{threshold_words(figures, year, figures.sga_blind, BLIND_SGA_WORDS)}; "
               f"it is judged against {money(figures.sga)} ({SGA_WORDS[1]}) until then.")
    if blind and ssdi is None:
        yield Hit("ticketholder.benefits", "The Ticketholder is marked statutorily blind, but "
                  "the plan does not say whether they receive SSDI or SSI; for SSDI the "
                  "long-term goal must reach the higher blind SGA amount. List them in "
                  f"`ticketholder.benefits`.{gap}", about=("ticketholder.statutorily_blind",))
    elif blind is None and ctx.kind == "amendment" and gap:
        yield Hit("ticketholder", "This amendment, checked without its original plan, does "
                  "not say whether the Ticketholder is statutorily blind." + gap + " Check it "
                  "together with the original (`iwp validate plan.yaml amendment.yaml`) or add "
                  "`ticketholder.statutorily_blind` and `ticketholder.benefits`.",
                  severity=Severity.INFO)
