"""Stage 7, fuse: one event from many reports.

The same shelling reported by SANA, SOHR and Reuters is three archived events, one per report.
``fuse`` finds them and makes one ``FusedEvent`` with every report as a source:

1. block: events of one country whose dates are at most ``fuse.max_days`` apart (``group``);
2. compare each pair in a block: date, place, type, actors, with vetoes (``compare``);
3. join pairs at or above ``fuse.threshold``, best first, never two events of one report into
   one group, never a group spanning more than ``fuse.max_days`` (``group.groups``);
4. build each group's record: sources, corroboration (distinct stories: syndicated copies count
   once), every report's toll side by side with its publication day, the conservative toll
   (``group.conservative_toll``: the lowest of one day, updated by a later day's higher one)
   and every link that joined it, with what matched and how far apart.

Events alone in their group are not returned: they are their own event, corroborated once.
Like every stage it imports the model and the settings (and ``tolls``, the vague-figure rule it
shares with extract) only; the archive feeds it events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ceasewatch.fuse.compare import (
    Params,
    compare,
    kinship,
    province_key,
    report_sides,
    unnamed,
)
from ceasewatch.fuse.group import conservative_toll, fused_event, fused_id, groups
from ceasewatch.model import Event, FusedEvent

STAGE = "fuse.v1"


def fuse(
    events: Sequence[Event],
    story_ids: dict[str, str],
    params: Params | None = None,
    reported: Mapping[str, dt.date] | None = None,
) -> list[FusedEvent]:
    """The fused events (groups of two or more) among ``events``. ``story_ids`` maps article
    id -> story id (``Store.story_ids``); an article missing from it is its own story.
    ``reported`` maps article id -> publication day (``Store.report_dates``): a later report's
    higher toll updates the fused one (``conservative_toll``)."""
    params = params or Params.from_settings()
    params = replace(params, sides=report_sides(events))  # whom each report's "people" are
    ordered = sorted(events, key=lambda e: e.id)  # the result never depends on input order
    return [
        fused_event(m, links, story_ids, reported) for m, links in groups(ordered, params, reported)
    ]


def with_fusion(records: list[dict[str, Any]], fused: dict[str, FusedEvent]) -> None:
    """Add ``fused_id``, ``sources`` (article ids) and ``corroboration`` (distinct stories) to
    event records (``export.to_records``), from ``Store.fusion_of``; an event fused with no
    other is its own only source."""
    for record in records:
        group = fused.get(record["id"])
        record["fused_id"] = group.id if group else None
        record["sources"] = list(group.sources) if group else [record["article_id"]]
        record["corroboration"] = group.corroboration if group else 1


__all__ = [
    "STAGE",
    "Params",
    "compare",
    "conservative_toll",
    "fuse",
    "fused_id",
    "kinship",
    "province_key",
    "unnamed",
    "with_fusion",
]
