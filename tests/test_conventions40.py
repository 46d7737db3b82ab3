"""A country's own actor for a role, not a regional state's (issue 9, session 40).

The base names three forces "Military Forces of ..." in Somalia (the federal army, Puntland's
and Somaliland's). "The army" of an undated Somali report is the federal army: the role's
actors are the ones named for the country itself, whatever the date."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.pipeline import Resources
from tests.event_builders import report_main_event


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.mark.parametrize("on", [None, dt.date(2024, 5, 1), dt.date(2010, 5, 1)])
def test_the_countrys_own_military_whatever_the_date(kb: ActorKB, on: dt.date | None) -> None:
    actor = kb.role_actor("military", "SO", on)
    assert actor is not None and actor.name.startswith("Military Forces of Somalia")


def test_regional_forces_keep_their_own_names(kb: ActorKB) -> None:
    names = {a.name for a in kb.actors.values() if a.country == "SO"}
    assert "Military Forces of Puntland (1998-)" in names
    assert kb.resolve_name_on("Puntland forces", None) == kb.actors["so-puntland-military"]


def test_a_period_suffix_is_still_the_countrys_own(kb: ActorKB) -> None:
    actor = kb.role_actor("military", "SD", dt.date(2024, 5, 1))
    assert actor is not None and actor.name == "Military Forces of Sudan (2019-)"


@pytest.mark.parametrize(
    "text",
    [
        "The army killed three militants in Lower Shabelle on Tuesday.",
        "Soldiers clashed with al-Shabaab fighters near Afgoye (Lower Shabelle) on Monday.",
    ],
)
def test_the_army_of_an_undated_somali_report(text: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Somalia"
