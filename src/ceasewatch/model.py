"""The one data model of ceasewatch.

Every record that travels between stages, the store, the CLI and the web layer is one of these
frozen pydantic models. Stages never mutate a record: they return a new one
(``record.model_copy(update=...)``) and say which stage and version produced it.

Validation happens at the edges (files, API input) through pydantic; inside the pipeline the
models are plain typed values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# --- ACLED vocabulary (public codebook), exact spelling -------------------------------------

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_TO_TYPE: dict[str, str] = {
    sub: event_type for event_type, subs in EVENT_TYPES.items() for sub in subs
}
# Disorder type per event type and the sub-event types that differ (ACLED codebook); the same
# table as extract/data/triggers.yaml, for stages that change a sub-event type after extract.
DISORDER_BY_EVENT_TYPE: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
DISORDER_BY_SUB_EVENT: dict[str, str] = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
DISORDER_TYPES = (
    "Political violence",
    "Demonstrations",
    "Strategic developments",
    "Political violence; Demonstrations",
)
# ACLED actor types and the inter code each implies.
ACTOR_TYPES: dict[str, int] = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}

VerdictKind = Literal[
    "violation", "permitted", "joint-operation-with-excluded", "outside-scope", "undetermined"
]
StatusKind = Literal["holding", "strained", "collapsed", "no evidence", "not assessable"]


class Model(BaseModel):
    """Base of every record: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --- evidence --------------------------------------------------------------------------------


class Span(Model):
    """Character offsets ``[start, end)`` into ``Article.text`` and the words they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    field: str | None = None  # which coded field this span supports, e.g. "actor1", "location"


# --- ingest / clean --------------------------------------------------------------------------


class RawDocument(Model):
    """What the ingest stage acquired, before any cleaning: bytes plus hints from the container.

    ``hints`` carry metadata the container itself provided (a JSONL line's ``title``, a feed
    entry's ``published``); the clean stage prefers them over guesses from the text.
    """

    origin: str  # path, URL, or "path#line" / "feed-url#entry-id"
    data: bytes
    media_type: str  # "text/plain", "text/html", "application/json"...
    fetched_at: dt.datetime
    hints: dict[str, str] = Field(default_factory=dict)


class Article(Model):
    """A cleaned report, as archived and as every later stage reads it."""

    id: str  # stable: derived from the content hash of the cleaned text
    origin: str
    title: str | None = None
    published: dt.date | None = None
    published_resolution: str | None = None  # how the date was read, e.g. "dd-mm from dateline"
    source: str | None = None  # the outlet that published this copy
    original_source: str | None = None  # the outlet it credits as the origin
    author: str | None = None
    url: str | None = None
    language: str | None = None
    word_count: int = 0  # our own count over ``text``
    site_word_count: int | None = None  # the count the page printed, when it printed one
    text: str
    content_hash: str  # sha256 of the cleaned text, hex
    raw_hash: str  # sha256 of the raw bytes, hex
    media_type: str = "text/plain"
    notes: tuple[str, ...] = ()  # what cleaning removed or decided, for the audit trail
    # Where the body's dateline ("KHARTOUM, May 23, 2023 -") ends in ``text`` (clean reads it):
    # metadata, not report, so extraction never takes its city for an actor, a claimant or an
    # event's place.
    dateline_end: int | None = None
    # Syndicated copies share a story: the id of the first archived copy (set by the archive).
    story_id: str | None = None
    stage: str = "clean.v1"


class IngestFailure(Model):
    """One input that could not be taken in, and why. Stored, never silently dropped."""

    origin: str
    reason: str
    at: dt.datetime


# --- knowledge base: actors ------------------------------------------------------------------


class Membership(Model):
    """Actor belongs to ``parent`` (a brand, coalition or command) between two dates."""

    parent: str  # actor id
    start: dt.date | None = None
    end: dt.date | None = None
    note: str | None = None


class Renaming(Model):
    """Actor became ``successor`` on ``date`` (renamed or merged into)."""

    successor: str  # actor id
    date: dt.date
    kind: Literal["renamed", "merged", "dissolved", "split"] = "renamed"
    note: str | None = None


class Designation(Model):
    """A terrorist designation (or sanction) of an actor by an authority, with dates."""

    authority: str  # "UNSC", "US", "EU", "UK", "Turkey", "Russia"...
    start: dt.date
    end: dt.date | None = None
    note: str | None = None
    source: str | None = None


class Actor(Model):
    """A canonical actor of the knowledge base."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str  # one of ACTOR_TYPES
    inter: int = Field(ge=1, le=8)
    country: str | None = None  # ISO 3166-1 alpha-2 of the country the actor acts for / in
    generic: bool = False  # "regime forces", "militants": resolved from context when possible
    # For a generic actor: what it denotes in an article about a given country (ISO alpha-2 ->
    # actor id), e.g. "government troops" in a Syrian report -> {"SY": "syria-saa"}.
    refers_to: dict[str, str] = Field(default_factory=dict)
    side: str | None = None  # coarse alignment, e.g. "government", "opposition", "jihadist"
    memberships: tuple[Membership, ...] = ()
    renamings: tuple[Renaming, ...] = ()
    designations: tuple[Designation, ...] = ()
    founded: dt.date | None = None
    dissolved: dt.date | None = None
    description: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)


class ActorRef(Model):
    """An actor as it appears in an event: the words used and, once resolved, the canonical id."""

    name: str  # canonical name when resolved, else the surface text
    surface: str | None = None  # exact words in the article
    id: str | None = None
    type: str | None = None
    inter: int | None = None
    method: str | None = None  # "exact", "alias", "fuzzy", "descriptor", "context", "unresolved"
    score: float | None = None
    span: Span | None = None


# --- knowledge base: places ------------------------------------------------------------------


class Place(Model):
    """A gazetteer entry (GeoNames-shaped)."""

    id: str  # "geonames:12345" or "ocha:SY0703"
    name: str
    alternate_names: tuple[str, ...] = ()
    latitude: float
    longitude: float
    feature_class: str | None = None  # GeoNames: P populated, A admin, S spot (airbase)...
    feature_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int | None = None


class Location(Model):
    """Where an event happened, as geocoded, with honest precision and the reason."""

    name: str  # the place name as coded
    surface: str | None = None  # exact words in the article
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    iso: int | None = None  # ISO 3166-1 numeric, as ACLED's `iso` column
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    uncertainty_km: float | None = None
    place_id: str | None = None
    # How the text situates the event relative to the named place: "near", "outskirts of",
    # "countryside of", "southern"... set by extract; geocode turns it into precision and radius.
    qualifier: str | None = None
    reason: str = ""
    span: Span | None = None


# --- events and relations --------------------------------------------------------------------


class FatalityClaim(Model):
    count: int | None
    qualifier: str | None = None  # "exact", "at least", "more than", "about", "vague"
    victims: str | None = None  # "soldiers", "civilians", "fighters"...
    victim_actor: str | None = None  # actor id of the victims' side when known
    claimed_by: str | None = None
    span: Span | None = None


class Loss(Model):
    item: str  # "BMP", "tank"
    count: int = 1
    outcome: str = "destroyed"  # "destroyed", "captured", "damaged"
    owner: str | None = None  # actor name or id
    span: Span | None = None


class LearnedType(Model):
    """What a learned model (``ceasewatch train``) read in an event's sentence, beside the rules'
    type; ``chosen`` says which one the event carries (setting ``learn.override_min_probability``).
    """

    sub_event_type: str
    event_type: str
    score: float = Field(ge=0.0, le=1.0)  # the classifier's probability of its type
    model: str  # model folder name @ its creation time
    rule_sub_event_type: str
    rule_score: float = Field(ge=0.0, le=1.0)  # the event's confidence from the rules
    chosen: Literal["learned", "rules"]
    reason: str


class Review(Model):
    """What an optional LLM reviewer (``--review-endpoint``) said about an event, recorded beside
    the rules' and the learned type; it never changes the event. ``verdict`` "failed" means no
    usable answer came back (``reason`` says why: time-out, HTTP error, malformed JSON...)."""

    verdict: Literal["agree", "disagree", "not an event", "unsure", "failed"]
    suggested_sub_event_type: str | None = None
    reason: str = ""
    model: str | None = None  # the model the endpoint named
    endpoint: str = ""


class Event(Model):
    """One coded event: one place, one day, one actor pair (ACLED's unit)."""

    id: str
    article_id: str
    event_date: dt.date | None
    time_precision: int = Field(ge=1, le=3)
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: ActorRef | None
    assoc_actors1: tuple[ActorRef, ...] = ()
    actor2: ActorRef | None = None
    assoc_actors2: tuple[ActorRef, ...] = ()
    location: Location | None = None
    fatalities: int | None = None
    fatality_claims: tuple[FatalityClaim, ...] = ()
    losses: tuple[Loss, ...] = ()
    claimed_by: str | None = None
    hedged: bool = False
    civilian_targeting: bool = False
    evidence: tuple[Span, ...] = ()
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    notes: str = ""
    sentence: Span | None = None
    learned: LearnedType | None = None  # set only when a --model was given
    review: Review | None = None  # set only when a --review-endpoint was given
    # Ids of the analyst corrections (``Correction``) applied to this event, oldest first.
    corrections: tuple[str, ...] = ()
    stage: str = "extract.v1"


class EventChanges(Model):
    """What an analyst changes on an event (a ``Correction``): only the fields given change.
    ``no_event`` says the sentence reports no event at all: the event leaves the dataset."""

    # Strict numbers and flags: JSON's false is not a toll of 0 (the form converts its text).
    no_event: bool = Field(default=False, strict=True)
    sub_event_type: str | None = None  # event and disorder type follow it
    actor1: str | None = Field(default=None, min_length=1, max_length=200)
    actor2: str | None = Field(default=None, min_length=1, max_length=200)
    # The knowledge-base ids of the named actors, when the desk recognised the names.
    actor1_id: str | None = Field(default=None, min_length=1, max_length=200)
    actor2_id: str | None = Field(default=None, min_length=1, max_length=200)
    location: str | None = Field(default=None, min_length=1, max_length=200)  # the place's name
    latitude: float | None = Field(default=None, ge=-90.0, le=90.0, strict=True)
    longitude: float | None = Field(default=None, ge=-180.0, le=180.0, strict=True)
    fatalities: int | None = Field(default=None, ge=0, le=1_000_000, strict=True)

    @field_validator("sub_event_type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        if value is not None and value not in SUB_EVENT_TO_TYPE:
            raise ValueError(f"{value!r} is not an ACLED sub-event type")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> EventChanges:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give latitude and longitude together")
        given = self.model_dump(exclude_defaults=True)
        if not given:
            raise ValueError("no change given")
        if self.no_event and len(given) > 1:
            raise ValueError("no_event leaves nothing to change: give it alone")
        return self


class Correction(Model):
    """An analyst's correction of one event, with who, when, the reason and before/after.

    Kept by event id and by a fallback key (article, the event's sentence span and the type
    extraction gave it), so that it re-attaches to the same event after a re-extraction that
    renumbers events; it is applied again whenever the article's extraction is saved."""

    id: str
    event_id: str
    article_id: str
    span_start: int = Field(ge=0)
    span_end: int = Field(ge=0)
    original_type: str  # the sub-event type extraction gave, before any correction
    original_place: str = ""  # the place name extraction gave (one sentence, several places)
    who: str
    at: dt.datetime
    reason: str = ""
    changes: EventChanges
    before: dict[str, Any] = Field(default_factory=dict)  # the changed fields, as they were
    after: dict[str, Any] = Field(default_factory=dict)


class Relation(Model):
    """A non-violent development between actors: support, alliance, declaration, supply..."""

    id: str
    article_id: str
    type: str  # "support", "alliance", "declaration", "supply", "joint-operation", "agreement"
    source: ActorRef
    target: ActorRef | None = None
    what: str  # e.g. "vehicles", "readiness to assist"
    date: dt.date | None = None
    claimed_by: str | None = None
    hedged: bool = False
    evidence: tuple[Span, ...] = ()
    stage: str = "extract.v1"


class AgreementMention(Model):
    """An agreement as a report describes it, before linking to the knowledge base."""

    article_id: str
    text: str  # the sentence(s) that describe it
    kind: str | None = None  # "ceasefire", "de-escalation zone"...
    name: str | None = None
    place: str | None = None
    parties: tuple[ActorRef, ...] = ()
    guarantors: tuple[ActorRef, ...] = ()
    excluded: tuple[ActorRef, ...] = ()
    status_claim: str | None = None  # "collapsed", "holding"... as the source asserts
    claimed_by: str | None = None
    linked_agreement: str | None = None  # agreement id once linked
    evidence: tuple[Span, ...] = ()


class Extraction(Model):
    """Everything the extract stage (and later resolve/geocode) found in one article."""

    article_id: str
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    agreement_mentions: tuple[AgreementMention, ...] = ()
    skipped: str | None = None  # why the article was not processed (e.g. "language: fr")
    stage: str = "extract.v1"
    # The country the report is about as geocode read it (ISO alpha-2, '' when none leads),
    # kept on the article for the quality queue; None when the maker did not read it.
    country: str | None = None
    # Every stage's version (and knowledge digest) that made it, as canonical JSON
    # (``ceasewatch.batch.versions``); None when the maker did not say.
    versions: str | None = None


ChangeKind = Literal["added", "updated", "retracted"]


class FieldChange(Model):
    old: Any = None
    new: Any = None


class EventChange(Model):
    """One entry of the change feed: an event added, updated or retracted by a saved extraction.

    ``seq`` only grows, so a downstream copy syncs by asking for the changes after the last
    ``seq`` it applied. ``fields`` names, for an update, each changed field with its old and new
    value; ``event`` is the record after the change (before it, for a retraction).
    """

    seq: int
    event_id: str
    article_id: str
    kind: ChangeKind
    at: dt.datetime
    fields: dict[str, FieldChange] = Field(default_factory=dict)
    event: dict[str, Any] | None = None


class FusionLink(Model):
    """Why two reports' events were taken for one event: what matched and how far apart."""

    event_id: str  # joined the group ...
    to: str  # ... through its best match, already in the group
    score: float
    days_apart: int
    km_apart: float | None = None  # None when the places are compared by admin area
    matched: tuple[str, ...] = ()  # "date", "admin2", "place", "type", "sub-type", "actors"...


class SourcedClaim(Model):
    """One report's fatality figure, kept beside the others' (competing tolls stay competing)."""

    event_id: str
    article_id: str
    story_id: str
    fatalities: int | None
    claims: tuple[FatalityClaim, ...] = ()
    reported: dt.date | None = None  # the report's publication day, when known


class FusedEvent(Model):
    """One real event reported by several sources (``ceasewatch.fuse``)."""

    id: str
    event_ids: tuple[str, ...]  # every member event, one per report
    sources: tuple[str, ...]  # the member events' article ids
    corroboration: int  # distinct stories behind it: syndicated copies count once
    event_date: dt.date | None
    event_type: str
    sub_event_type: str
    location: Location | None = None
    fatalities: int | None = None  # the conservative rule of ``ceasewatch.fuse``
    claims: tuple[SourcedClaim, ...] = ()
    links: tuple[FusionLink, ...] = ()
    stage: str = "fuse.v1"


# --- knowledge base: agreements --------------------------------------------------------------


class PartyRule(Model):
    """Who an agreement binds or excludes: explicit actor ids and/or a rule.

    Rules: ``side:<side>`` (actors whose ``side`` matches, with their members),
    ``designated:<authority>`` (designated by that authority on the event date),
    ``type:<actor type>``. Membership is followed through the actor knowledge base.
    """

    actors: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    description: str | None = None


class ZoneVersion(Model):
    """The zone's geometry as valid between two dates."""

    valid_from: dt.date
    valid_to: dt.date | None = None
    geometry: dict[str, Any] | None = None  # GeoJSON geometry
    admin_units: tuple[str, ...] = ()  # OCHA PCODEs the zone is built from
    # Units the zone covers only in part (the line ran through them): an event placed there is
    # undetermined, never inside. ``partial_geometry`` is their outline (GeoJSON).
    partial_units: tuple[str, ...] = ()
    partial_geometry: dict[str, Any] | None = None
    # How far the drawn edge may be from the real one (an approximated line): events closer
    # than this to the edge are undetermined.
    edge_km: float = Field(default=0.0, ge=0.0)
    # True when the outline is a stand-in (e.g. the bounding polygon of the provinces
    # concerned), said so wherever the zone is shown.
    approximate: bool = False
    description: str | None = None
    source: str | None = None


class Agreement(Model):
    id: str
    name: str
    kind: Literal[
        "ceasefire", "truce", "de-escalation zone", "humanitarian pause", "demilitarised zone"
    ]
    aliases: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    guarantors: tuple[str, ...] = ()
    monitors: tuple[str, ...] = ()  # free text: who watches compliance (UN mission, JCC...)
    # ISO 3166-1 alpha-2 codes of the countries where the agreement applies: an event elsewhere
    # is outside its scope by construction (no verdict is stored).
    countries: tuple[str, ...] = ()
    parties: tuple[PartyRule, ...] = ()  # each rule is one side bound by the agreement
    excluded: PartyRule = PartyRule()
    zones: tuple[ZoneVersion, ...] = ()
    valid_from: dt.date
    valid_to: dt.date | None = None
    conduct: tuple[str, ...] = ("hostilities",)
    pa_x_id: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)


class Verdict(Model):
    event_id: str
    agreement_id: str
    verdict: VerdictKind
    reason: str
    trail: tuple[str, ...] = ()


class StatusBasis(Model):
    """What a status rests on: the in-scope events of its window and where they come from.

    Built by ``ceasewatch.assess.status.basis`` (the share and the one-source flag are stored,
    so that JSON readers need not recompute them).
    """

    in_scope: int = 0  # events with a verdict other than outside-scope
    violations: int = 0  # breaches: violation or joint-operation-with-excluded
    undetermined: int = 0
    undetermined_share: float = 0.0  # undetermined / in_scope
    sources: int = 0  # distinct stories (syndicated copies count once) behind in-scope events
    breach_sources: int = 0  # distinct stories behind the breaches
    # True when the status rests on one story: that of its breaches, else of its events.
    one_source: bool = False
    contradicting_claims: int = 0  # reports' claims in the archive asserting another status


class StatusPoint(Model):
    date: dt.date
    status: StatusKind
    score: float
    reason: str
    evidence: tuple[str, ...] = ()  # event ids behind a change of status
    basis: StatusBasis | None = None


class AgreementClaim(Model):
    text: str
    claimed_by: str | None
    status: str | None = None  # the status the source asserts ("collapsed"), never ours
    article_id: str | None = None
    span: Span | None = None


class Assessment(Model):
    """An agreement's verdicts and status as of ``status_date``."""

    id: str  # agreement id
    name: str
    status: StatusKind
    status_date: dt.date | None
    verdicts: tuple[Verdict, ...] = ()
    timeline: tuple[StatusPoint, ...] = ()
    claims: tuple[AgreementClaim, ...] = ()
    # The reports' descriptions of this agreement, linked (``linked_agreement`` set).
    mentions: tuple[AgreementMention, ...] = ()
    # True when the agreement is not in the knowledge base but read from a report: ``proposal``
    # then holds the draft (parties, guarantors, exclusions as the text gives them) it was
    # assessed against, for a person to check and add to the knowledge base.
    proposed: bool = False
    proposal: Agreement | None = None
    # What the status rests on, over the window ending on ``status_date``.
    basis: StatusBasis | None = None
    stage: str = "assess.v2"


class StatusChange(Model):
    """One move of an agreement's status, as the archive recorded it (the morning view's
    "status changes" and the agreement page's history)."""

    agreement_id: str
    changed_at: str  # when the archive recorded it (UTC, ISO)
    old_status: str | None  # None: the agreement's first status
    new_status: str
    status_date: dt.date | None  # the day the new status took effect, in event time
    reason: str


class CandidateQuote(Model):
    text: str
    article_id: str
    published: dt.date | None = None
    claimed_status: str | None = None  # what the report asserts about it, if anything


class AgreementCandidate(Model):
    """An agreement reports name but the catalogue lacks: a review item, never assessed.

    A curator who recognises it writes it into the catalogue (``ceasewatch agreements import``);
    until then it is listed apart from the agreements, with its quotes and counts.
    """

    id: str  # candidate-<name words>
    name: str
    kind: str
    mentions: int
    articles: int
    stories: int  # syndicated copies count once
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    parties: tuple[str, ...] = ()
    guarantors: tuple[str, ...] = ()
    quotes: tuple[CandidateQuote, ...] = ()
    draft: Agreement | None = None  # parties, guarantors, exclusions as the text gives them


class Analysis(Model):
    """The output of ``ceasewatch analyze``: the whole pipeline over some inputs."""

    articles: tuple[Article, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    agreements: tuple[Assessment, ...] = ()
    agreement_mentions: tuple[AgreementMention, ...] = ()
    # Agreements the reports name but the catalogue lacks: for review, never assessed.
    agreement_candidates: tuple[AgreementCandidate, ...] = ()
    failures: tuple[IngestFailure, ...] = ()
