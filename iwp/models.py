"""The plan format: pydantic models for an IWP (``kind: iwp``) and an amendment.

These models are the single source of truth for the schema: ``iwp schema`` and the files in
``schemas/`` are generated from them. They mirror ``../shared/plan-format/`` key for key;
keys may be added, never renamed.

Structure is checked here (types, closed lists, unknown keys, impossible SSNs and dates).
Whether the content is complete and compliant is the job of the rules in ``iwp.rules``, so
most leaf values may be left empty here and get a specific, sourced finding there.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from iwp import domain

SCHEMA_VERSION = 1
# The schema's file name: `iwp init` writes it beside a new plan, whose first line names it.
SCHEMA_FILE_NAME = f"iwp-plan.v{SCHEMA_VERSION}.schema.json"

# Length limits keep a runaway paste from producing a 500-page PDF; they are far above
# what any real plan needs.
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]


def _closed(list_name: str) -> Any:
    """A ``Literal`` of the codes of one closed list in iwp/data/vocabulary.yaml."""
    return Literal[domain.codes(list_name)]  # type: ignore[valid-type]


BusinessModel = _closed("business_models")
Modality = _closed("discussion_modalities")
PreferredContact = _closed("preferred_contact_methods")
BenefitType = _closed("benefit_types")
Enrollment = _closed("enrollment_statuses")
Delivery = _closed("training_delivery")
SignatureMethod = _closed("signature_methods")
Frequency = _closed("follow_up_frequencies")
ContactMethod = _closed("contact_methods")
AccommodationRequester = _closed("accommodation_requesters")
AccommodationSetting = _closed("accommodation_settings")
AmendmentChange = _closed("amendment_changes")
TermsStandard = _closed("terms_standards")
ServiceCategory = Literal[tuple(domain.service_categories())]  # type: ignore[valid-type]
ServiceCode = Literal[domain.all_service_codes()]  # type: ignore[valid-type]


def _iso_date(value: Any) -> Any:
    # pydantic would read a bare number as a Unix timestamp; a plan date is always written
    # as YYYY-MM-DD, so anything else is refused with a message that says so.
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    raise PydanticCustomError("iso_date", "write the date as YYYY-MM-DD, for example 2026-06-09")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def normalize_ssn(value: Any) -> str:
    """Return an SSN as ``NNN-NN-NNNN``; raise for impossible structure.

    Area 000 and 666, group 00 and serial 0000 are never issued. Area 900-999 is never
    issued either; it is accepted here, whatever its group and serial, because test and
    training plans use it (the reference plan's 900-00-0101 among them), and a rule reports
    it as fictional. Error messages never repeat the number.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:09d}"
    if not isinstance(value, str):
        raise PydanticCustomError("ssn", "write the Social Security number as text, "
                                  "NNN-NN-NNNN")
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"\d{9}", digits):
        raise PydanticCustomError("ssn", "a Social Security number has nine digits, "
                                  "written NNN-NN-NNNN")
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666"):
        raise PydanticCustomError("ssn", "no Social Security number starts with 000 or 666; "
                                  "check the number on the Ticketholder's card")
    if area < "900" and (group == "00" or serial == "0000"):
        raise PydanticCustomError("ssn", "no Social Security number has 00 in the middle or "
                                  "0000 at the end; check the number on the Ticketholder's card")
    return f"{area}-{group}-{serial}"


SSN = Annotated[str, BeforeValidator(normalize_ssn)]
Money = Annotated[Decimal, Field(ge=0, le=1_000_000, decimal_places=2, allow_inf_nan=False)]
Hours = Annotated[Decimal, Field(ge=0, le=168, decimal_places=2, allow_inf_nan=False)]
Zip = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{5}(-\d{4})?$")]
State = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z]{2}$")]


class _Model(BaseModel):
    """Shared settings: unknown keys are errors (a typo must not vanish silently)."""

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True,
                              validate_default=False)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_empty(cls, data: Any) -> Any:
        # A blank left in a template ("" or spaces) means "not filled in", exactly like an
        # empty value; the rules then say what is missing rather than "bad format".
        if isinstance(data, dict):
            return {key: None if isinstance(value, str) and not value.strip() else value
                    for key, value in data.items()}
        return data


# --- Part One ---------------------------------------------------------------------------

class Address(_Model):
    """A US postal address."""

    street: ShortText | None = None
    city: ShortText | None = None
    state: State | None = Field(None, description="Two-letter state code, e.g. OH")
    zip: Zip | None = Field(None, description="ZIP code, 12345 or 12345-6789")


class PersonName(_Model):
    """A person's name in parts."""

    first: ShortText | None = None
    middle: ShortText | None = None
    last: ShortText | None = None

    @property
    def full(self) -> str:
        """First, middle and last name joined with spaces."""
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class ENRepresentative(_Model):
    """The EN staff member responsible for the plan."""

    name: ShortText | None = None
    title: ShortText | None = None


class EmploymentNetwork(_Model):
    """Part One: the Employment Network's contact information."""

    name: ShortText | None = None
    pid: ShortText | None = Field(None, description="Provider Identification Number (PID)")
    business_model: BusinessModel | None = None
    business_model_other: ShortText | None = Field(
        None, description="Describes the business model when business_model is 'other'")
    address: Address | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    representative: ENRepresentative | None = None
    certified_benefits_counselor_on_staff: bool = False


class AlternateContact(_Model):
    """Someone the EN can reach when the Ticketholder cannot be reached."""

    name: ShortText | None = None
    relationship: ShortText | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    address: Address | None = None


class TicketholderRepresentative(_Model):
    """A person who signs for the Ticketholder (a guardian or authorised representative)."""

    name: ShortText | None = None
    relationship: ShortText | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    address: Address | None = None


class Ticketholder(_Model):
    """Part One: the Ticketholder's contact information."""

    name: PersonName | None = None
    ssn: SSN | None = None
    date_of_birth: IsoDate | None = None
    address: Address | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    preferred_contact: PreferredContact | None = None
    benefits: list[BenefitType] = Field(default_factory=list, max_length=2)
    statutorily_blind: bool = False
    representative: TicketholderRepresentative | None = None
    alternate_contact: AlternateContact | None = None


class PartnershipPlus(_Model):
    """The State VR agency that served the Ticketholder before this EN (Partnership Plus)."""

    vr_agency: ShortText | None = None
    vr_case_closed: IsoDate | None = Field(
        None, description="Date the VR case was closed; null while it is still open")


# --- Part Two ---------------------------------------------------------------------------

class Discussion(_Model):
    """Part Two, Section 1: the one-on-one discussion between the EN and the Ticketholder."""

    date: IsoDate | None = None
    modality: Modality | None = None
    modality_other: ShortText | None = None
    separate_document: bool = False
    summary: LongText | None = None
    goals_rationale: LongText | None = Field(
        None, description="Why the short- and long-term goals are reasonable and attainable")
    services_rationale: LongText | None = Field(
        None, description="How the EN's services and supports will help reach the goals")


class Job(_Model):
    """One job in the recent work history."""

    employer: ShortText | None = None
    job_title: ShortText | None = None
    start: IsoDate | None = None
    end: IsoDate | None = Field(None, description="Null while the job continues")
    hours_per_week: Hours | None = None
    monthly_earnings: Money | None = None


class WorkHistory(_Model):
    """Part Two, Section 2: work and earnings over the last 6 to 18 months."""

    period_start: IsoDate | None = None
    period_end: IsoDate | None = None
    jobs: list[Job] = Field(default_factory=list, max_length=50)
    no_work_statement: LongText | None = Field(
        None, description="Required instead of jobs when there was no work in the period")


class Training(_Model):
    """Education or training that a goal depends on."""

    program: ShortText | None = None
    provider: ShortText | None = None
    enrollment: Enrollment | None = None
    delivery: Delivery | None = None
    paid_by: ShortText | None = None
    expected_completion: IsoDate | None = None


class Goal(_Model):
    """A measurable employment goal."""

    job_title: ShortText | None = None
    description: LongText | None = None
    target_date: IsoDate | None = None
    hours_per_week: Hours | None = None
    hourly_wage: Money | None = None
    monthly_earnings: Money | None = None
    training: Training | None = None


class EmploymentGoals(_Model):
    """Part Two, Section 3: the short-term (first 18 months) and long-term (3-5 years) goals."""

    short_term: Goal | None = None
    long_term: Goal | None = None


class Service(_Model):
    """Part Two, Section 4: one service or support the EN will provide (a checked box)."""

    category: ServiceCategory
    service: ServiceCode
    description: LongText | None = None
    provider: ShortText | None = None
    frequency: ShortText | None = None
    accommodation_requested_by: AccommodationRequester | None = None
    accommodation_settings: list[AccommodationSetting] = Field(default_factory=list,
                                                               max_length=3)

    @field_validator("service")
    @classmethod
    def _service_in_category(cls, value: str, info: ValidationInfo) -> str:
        category = info.data.get("category")
        services = domain.service_categories().get(category or "", {}).get("services", {})
        if category and value not in services:
            allowed = ", ".join(services)
            raise PydanticCustomError(
                "service_category",
                "this service is not in the {category} category; use one of: {allowed}",
                {"category": category, "allowed": allowed})
        return value


class FollowUp(_Model):
    """The EN's commitment to regular two-way contact with the Ticketholder."""

    initial_phase: Frequency | None = Field(
        None, description="Initial job acquisition phase: at least monthly")
    ongoing_phase: Frequency | None = Field(
        None, description="Ongoing support phase: at least quarterly")
    methods: list[ContactMethod] = Field(default_factory=list, max_length=10)


# --- Part Three -------------------------------------------------------------------------

class CustomTerm(_Model):
    """The EN's own wording for one of the 15 terms and conditions."""

    number: int = Field(ge=1, le=15)
    text: LongText | None = None


class TermsAndConditions(_Model):
    """Part Three: the 15 terms and conditions."""

    standard: TermsStandard = "built_in"
    additional: list[LongText] = Field(default_factory=list, max_length=30,
                                       description="Item 15: any other agreed terms")
    custom: list[CustomTerm] = Field(
        default_factory=list, max_length=15,
        description="With standard: custom, the EN's own wording mapped to items 1-15")


class PartySignature(_Model):
    """How and when a party signed."""

    method: SignatureMethod | None = None
    date: IsoDate | None = None


class RepresentativeSignature(PartySignature):
    """The signature of a representative signing for the Ticketholder."""

    name: ShortText | None = None
    relationship: ShortText | None = None


class ENSignature(PartySignature):
    """The EN representative's signature, with printed name and title."""

    name: ShortText | None = None
    title: ShortText | None = None


class Signatures(_Model):
    """Part Three: both parties' signatures."""

    ticketholder: PartySignature | None = None
    ticketholder_representative: RepresentativeSignature | None = None
    en_representative: ENSignature | None = None


class Submission(_Model):
    """When the signed plan was sent to the Ticket Program Manager."""

    submitted_on: IsoDate | None = None


# --- Documents --------------------------------------------------------------------------

class Plan(_Model):
    """An Individual Work Plan, shaped like form SSA-1370."""

    model_config = ConfigDict(title="Individual Work Plan")

    schema_version: Literal[1]
    kind: Literal["iwp"]
    plan_id: ShortText | None = Field(None, description="The EN's own reference for the plan")
    employment_network: EmploymentNetwork
    ticketholder: Ticketholder
    partnership_plus: PartnershipPlus | None = None
    discussion: Discussion
    work_history: WorkHistory
    employment_goals: EmploymentGoals
    services: list[Service] = Field(default_factory=list, max_length=60)
    follow_up: FollowUp | None = None
    terms_and_conditions: TermsAndConditions = Field(default_factory=TermsAndConditions)
    statement_of_understanding: LongText | None = Field(
        None, description="Null selects the built-in first-person statement")
    signatures: Signatures
    submission: Submission | None = None


class AmendsReference(_Model):
    """Which signed IWP an amendment changes."""

    plan_id: ShortText | None = None
    original_signed: IsoDate | None = Field(
        None, description="The date the original IWP was fully signed")


class ENReference(_Model):
    """The EN as named on an amendment."""

    name: ShortText | None = None
    pid: ShortText | None = None


class TicketholderReference(_Model):
    """The Ticketholder as named on an amendment."""

    name: PersonName | None = None
    ssn: SSN | None = None


class AmendmentDiscussion(_Model):
    """The discussion that led to the amendment."""

    date: IsoDate | None = None
    modality: Modality | None = None
    modality_other: ShortText | None = None
    summary: LongText | None = None


class AmendmentService(Service):
    """A service in an amendment, marked added, continued or ended."""

    change: AmendmentChange | None = None


class Amendment(_Model):
    """An amendment to a signed IWP: revised goals and services, signed by both parties."""

    model_config = ConfigDict(title="IWP Amendment")

    schema_version: Literal[1]
    kind: Literal["amendment"]
    amendment_number: int | None = Field(None, ge=1, le=999)
    amends: AmendsReference
    employment_network: ENReference
    ticketholder: TicketholderReference
    reason: LongText | None = None
    discussion: AmendmentDiscussion | None = None
    employment_goals: EmploymentGoals
    services: list[AmendmentService] = Field(default_factory=list, max_length=60)
    signatures: Signatures
    submission: Submission | None = None


PlanDocument = Annotated[Union[Plan, Amendment], Field(discriminator="kind")]
MODELS: dict[str, type[_Model]] = {"iwp": Plan, "amendment": Amendment}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file (an IWP or an amendment), versioned."""
    schema = TypeAdapter(PlanDocument).json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://iwp.example.org/schemas/{SCHEMA_FILE_NAME}",
        "title": "Ticket to Work Individual Work Plan or amendment",
        "description": f"Plan file format, schema_version {SCHEMA_VERSION}. Generated from "
                       "iwp.models; do not edit by hand.",
        **schema,
    }
    return schema
