"""The knowledge base's records: actors (memberships, renamings, designations), gazetteer
places and agreements (parties, zones) (re-exported by ``ceasewatch.model``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import Field, model_validator

from ceasewatch.model_base import Model

# --- knowledge base: actors ------------------------------------------------------------------

# An ISO 3166-1 alpha-2 code as the knowledge base writes countries ("SO", "SY")
_ALPHA2 = re.compile(r"[A-Z]{2}")


class Membership(Model):
    """Actor belongs to ``parent`` (a brand, coalition or command) between two dates."""

    parent: str  # actor id
    start: dt.date | None = None
    end: dt.date | None = None
    note: str | None = None


class Operation(Model):
    """Actor fights in ``country`` (ISO alpha-2) between two dates, besides its own country:
    a group active in several countries (JNIM in Burkina Faso, ISKP in Pakistan)."""

    country: str
    start: dt.date | None = None
    end: dt.date | None = None
    # Admin areas the operation is confined to ("Tillaberi", "Diffa"): in a report that names
    # none of them, another branch fighting in the same country is as likely
    areas: tuple[str, ...] = ()
    source: str | None = None


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
    # Every other name, scoped ones included (written in YAML as ``{name: SNA, countries:
    # [SO]}``, split off by ``_scoped_aliases``)
    aliases: tuple[str, ...] = ()
    # Aliases that name the actor only in a report about one of these countries (ISO alpha-2):
    # an acronym other bodies elsewhere carry ("SNA" is the Somali National Army in Somalia and
    # the Syrian National Army in Syria; "LDF" is Lesotho's army in Lesotho only)
    alias_countries: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    type: str  # one of ACTOR_TYPES
    inter: int = Field(ge=1, le=8)
    country: str | None = None  # ISO 3166-1 alpha-2 of the country the actor acts for / in
    generic: bool = False  # "regime forces", "militants": resolved from context when possible
    # For a generic actor: what it denotes in an article about a given country (ISO alpha-2 ->
    # actor id), e.g. "government troops" in a Syrian report -> {"SY": "syria-saa"}.
    refers_to: dict[str, str] = Field(default_factory=dict)
    side: str | None = None  # coarse alignment, e.g. "government", "opposition", "jihadist"
    memberships: tuple[Membership, ...] = ()
    # Countries of operation besides ``country``, with dates (resolve reads a movement's
    # branch in the article's country from them)
    operates: tuple[Operation, ...] = ()
    renamings: tuple[Renaming, ...] = ()
    designations: tuple[Designation, ...] = ()
    founded: dt.date | None = None
    dissolved: dt.date | None = None
    description: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _scoped_aliases(cls, data: Any) -> Any:
        """An alias written as a mapping ``{name, countries}`` is an alias with a country scope:
        its name joins ``aliases`` and its countries go to ``alias_countries``."""
        if not isinstance(data, dict) or not isinstance(data.get("aliases"), list | tuple):
            return data
        names: list[Any] = []
        scoped = dict(data.get("alias_countries") or {})
        for i, alias in enumerate(data["aliases"]):
            if not isinstance(alias, dict):
                names.append(alias)
                continue
            name, countries = alias.get("name"), alias.get("countries")
            if set(alias) != {"name", "countries"} or not isinstance(name, str) or not name:
                raise ValueError(
                    f"aliases.{i}: a scoped alias is a mapping of exactly 'name' (text) and "
                    f"'countries' (ISO alpha-2 codes), got {alias!r}"
                )
            codes = countries if isinstance(countries, list) else []
            if not codes or not all(isinstance(c, str) and _ALPHA2.fullmatch(c) for c in codes):
                raise ValueError(
                    f"aliases.{i} ({name!r}): 'countries' must be a non-empty list of ISO "
                    f"alpha-2 codes such as [SO], got {countries!r}"
                )
            names.append(name)
            scoped[name] = tuple(codes)
        return {**data, "aliases": names, "alias_countries": scoped}

    @model_validator(mode="after")
    def _scopes_name_aliases(self) -> Actor:
        stray = sorted(set(self.alias_countries) - set(self.aliases))
        if stray:
            raise ValueError(f"alias_countries names no alias of the actor: {', '.join(stray)}")
        return self

    def scope_of(self, name: str) -> tuple[str, ...] | None:
        """The countries ``name`` (as written) names this actor in, None for everywhere."""
        return self.alias_countries.get(name)

    @property
    def is_media(self) -> bool:
        """A news agency or monitor (side "media": Reuters, AFP, SOHR): whom a report quotes,
        never a side of an event (ACLED codes no media outlet as an actor of violence)."""
        return self.side == "media"


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
    # Alpha-2 codes of the countries where the agreement applies (ISO 3166-1's, and XK for
    # Kosovo, which ISO lacks: knowledge.countries): an event elsewhere is outside its scope by
    # construction (no verdict is stored).
    countries: tuple[str, ...] = ()
    parties: tuple[PartyRule, ...] = ()  # each rule is one side bound by the agreement
    excluded: PartyRule = PartyRule()
    zones: tuple[ZoneVersion, ...] = ()
    valid_from: dt.date
    valid_to: dt.date | None = None
    conduct: tuple[str, ...] = ("hostilities",)
    pa_x_id: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)
