"""A unit named for a compass point is one name written three ways ("Northwest" is Iceland's
spelling, "North-West" Cameroon's, "North West" South Africa's, Botswana's and Sierra Leone's):
no spelling makes the point one country's (issue 9, session 22). Every text is written for this
file (no evaluation item)."""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events

ATTACK = (
    "On 3 May 2021, separatist fighters attacked a gendarmerie post in {place}; two were killed."
)


def _countries(place: str, resources: Resources) -> set[str | None]:
    events = report_events(ATTACK.format(place=place), resources)
    assert events
    return {e.location.country if e.location else None for e in events}


def test_an_unknown_village_under_a_compass_unit_is_not_placed_abroad(
    resources: Resources,
) -> None:
    # the village and its district are unknown; "Northwest" alone could be five countries' unit
    assert "Iceland" not in _countries("Bambui (Tubah, Northwest)", resources)


def test_a_known_town_under_the_same_unit_keeps_its_country(resources: Resources) -> None:
    assert _countries("Kumbo (Bui, Northwest)", resources) == {"Cameroon"}
