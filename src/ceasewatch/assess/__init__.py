"""Stage 6, assess: events x agreements -> verdicts and a status over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Agreement, AgreementMention, Assessment, Event


def load_agreements(actors: ActorKB, extra_dirs: Sequence[Path] = ()) -> list[Agreement]:
    """STUB until issue 5 lands."""
    return []


def assess(
    events: Sequence[Event],
    mentions: Sequence[AgreementMention],
    agreements: Sequence[Agreement],
    actors: ActorKB,
    as_of: dt.date | None = None,
) -> list[Assessment]:
    """STUB until issue 5 lands: assesses nothing."""
    return []


__all__ = ["assess", "load_agreements"]
