"""Coded events and what an extraction finds beside them (relations, agreement mentions),
analysts' corrections and the change feed (re-exported by ``ceasewatch.model``)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ceasewatch.model_base import Model, Span
from ceasewatch.model_codebook import SUB_EVENT_TO_TYPE


class ActorRef(Model):
    """An actor as it appears in an event: the words used and, once resolved, the canonical id."""

    name: str  # canonical name when resolved, else the surface text
    surface: str | None = None  # exact words in the article
    id: str | None = None
    type: str | None = None
    inter: int | None = None
    # "exact", "alias", "fuzzy", "descriptor", "context", "convention", "place" (framed by the
    # event's place, resolve/framing.py), "unresolved"...
    method: str | None = None
    score: float | None = None
    span: Span | None = None


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
    # "exact", "at least", "more than", "about", "vague"; "risen": the figure a toll is told to
    # have grown to ("the death toll has risen to 14"), the toll now (extract/risen.py)
    qualifier: str | None = None
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
    learned: LearnedType | None = None  # set by a --model, or by the default reader
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
