"""One real event reported by several sources, with every report's claim and why they were
taken for one (``ceasewatch.fuse``; re-exported by ``ceasewatch.model``)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.model_base import Model
from ceasewatch.model_events import FatalityClaim, Location


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
