"""Events as ACLED-style CSV rows, GeoJSON features and JSON records.

The CSV columns are ACLED's public export columns (so analysts' existing tools read them) plus
ours: ``claimed_by``, ``hedged``, ``evidence`` (JSON list of spans) and ``confidence``. An
unknown fatality count is an empty cell, never 0 (PRODUCT.md, "fatalities").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from ceasewatch.csvcell import csv_safe
from ceasewatch.model import ActorRef, Article, Event

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
OUR_COLUMNS = ("claimed_by", "hedged", "evidence", "confidence")
COLUMNS = ACLED_COLUMNS + OUR_COLUMNS
# ACLED separates several associated actors (and several tags) with "; ".
SEPARATOR = "; "
# Cells we fill with numbers (or ISO dates) ourselves, never with scraped text.
NUMERIC_COLUMNS = frozenset(
    {
        "event_date", "year", "time_precision", "inter1", "inter2", "interaction", "iso",
        "latitude", "longitude", "geo_precision", "fatalities", "timestamp", "confidence",
    }
)  # fmt: skip


def _name(ref: ActorRef | None) -> str:
    return "" if ref is None else ref.name


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def interaction(event: Event) -> str:
    """ACLED interaction: the two inter codes, lower first; "10", "20"... without actor2."""
    codes = sorted(r.inter for r in (event.actor1, event.actor2) if r and r.inter)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{codes[0]}0"
    return f"{codes[0]}{codes[1]}"


def _tags(event: Event) -> str:
    tags = []
    if event.location is not None and event.location.qualifier:
        tags.append(f"location: {event.location.qualifier}")
    tags += [f"fatalities: {c.qualifier} {c.count}" for c in event.fatality_claims if c.qualifier]
    tags += [f"loss: {x.count} {x.item} {x.outcome}" for x in event.losses]
    return SEPARATOR.join(tags)


def event_row(event: Event, article: Article | None = None, timestamp: int = 0) -> dict[str, str]:
    """One event as a CSV row (column -> text)."""
    loc = event.location
    date = event.event_date
    notes = event.sentence.text if event.sentence else ""
    return {
        "event_id_cnty": event.id,
        "event_date": date.isoformat() if date else "",
        "year": str(date.year) if date else "",
        "time_precision": str(event.time_precision),
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _name(event.actor1),
        "assoc_actor_1": SEPARATOR.join(_name(r) for r in event.assoc_actors1),
        "inter1": _cell(event.actor1.inter if event.actor1 else None),
        "actor2": _name(event.actor2),
        "assoc_actor_2": SEPARATOR.join(_name(r) for r in event.assoc_actors2),
        "inter2": _cell(event.actor2.inter if event.actor2 else None),
        "interaction": interaction(event),
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": _cell(loc.iso if loc else None),
        "region": "",
        "country": _cell(loc.country if loc else None),
        "admin1": _cell(loc.admin1 if loc else None),
        "admin2": _cell(loc.admin2 if loc else None),
        "admin3": _cell(loc.admin3 if loc else None),
        "location": loc.name if loc else "",
        "latitude": _cell(loc.latitude if loc else None),
        "longitude": _cell(loc.longitude if loc else None),
        "geo_precision": _cell(loc.geo_precision if loc else None),
        "source": _cell(article.source if article else None),
        "source_scale": "",
        "notes": notes,
        "fatalities": _cell(event.fatalities),
        "tags": _tags(event),
        "timestamp": str(timestamp),
        "claimed_by": _cell(event.claimed_by),
        "hedged": "true" if event.hedged else "false",
        "evidence": json.dumps(
            [s.model_dump(mode="json") for s in event.evidence], ensure_ascii=False
        ),
        "confidence": f"{event.confidence:.2f}",
    }


def csv_text(
    rows: Iterable[Mapping[str, str]], columns: Sequence[str], numeric: Collection[str] = ()
) -> str:
    """CSV text, header first, every text cell neutralised by ``csv_safe``. Columns named in
    ``numeric`` hold numbers we wrote ourselves and stay as they are (a longitude of -3.7
    must remain a number). Every CSV the project writes goes through here."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: v if k in numeric else csv_safe(v) for k, v in row.items()})
    return out.getvalue()


def to_csv(
    events: Iterable[Event], articles: Mapping[str, Article] | None = None, timestamp: int = 0
) -> str:
    """ACLED-style CSV text, header first."""
    rows = (event_row(e, (articles or {}).get(e.article_id), timestamp) for e in events)
    return csv_text(rows, COLUMNS, NUMERIC_COLUMNS)


def to_feature(event: Event, article: Article | None = None) -> dict[str, Any]:
    """A GeoJSON Feature; geometry is null until the event is geocoded (never invented)."""
    loc = event.location
    geometry = None
    if loc is not None and loc.latitude is not None and loc.longitude is not None:
        geometry = {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
    properties: dict[str, Any] = dict(event_row(event, article))
    properties["evidence"] = [s.model_dump(mode="json") for s in event.evidence]
    properties["hedged"] = event.hedged
    properties["confidence"] = event.confidence
    properties["fatalities"] = event.fatalities
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def to_geojson(
    events: Iterable[Event], articles: Mapping[str, Article] | None = None
) -> dict[str, Any]:
    features = [to_feature(e, (articles or {}).get(e.article_id)) for e in events]
    return {"type": "FeatureCollection", "features": features}


def to_records(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Events as JSON-ready dicts (the full data model, evidence included)."""
    return [e.model_dump(mode="json") for e in events]


def now_timestamp() -> int:
    return int(dt.datetime.now(dt.UTC).timestamp())


__all__ = [
    "ACLED_COLUMNS",
    "COLUMNS",
    "NUMERIC_COLUMNS",
    "OUR_COLUMNS",
    "csv_safe",
    "csv_text",
    "event_row",
    "interaction",
    "now_timestamp",
    "to_csv",
    "to_feature",
    "to_geojson",
    "to_records",
]
