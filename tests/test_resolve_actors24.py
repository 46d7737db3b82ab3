"""actor1 (issue 9, session 24, from wip/actors24): Puntland's forces as ACLED names them. The
branch's youths/herders rules were not merged (they cost actor1 and type on unread test halves).

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _first(text: str, resources: Resources) -> tuple[str | None, str | None, str | None]:
    events = report_events(text, resources)
    assert events, text
    e = events[0]
    return (
        e.actor1.name if e.actor1 else None,
        e.actor2.name if e.actor2 else None,
        e.sub_event_type,
    )


def test_puntlands_forces_are_its_military(resources: Resources) -> None:
    text = "On 6 February 2024, Puntland forces clashed with al-Shabaab militants in Bari (Bari)."
    assert _first(text, resources)[0] == "Military Forces of Puntland (1998-)"
    unit = (
        "On 6 February 2024, the Puntland Security Force raided an Islamic State hideout "
        "in the Cal Miskaad mountains (Bari)."
    )
    assert _first(unit, resources)[0] == "Puntland Security Force"
