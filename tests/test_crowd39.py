"""Crowds and the state's side, session 39 (crowd39). Hand-written sentences and events
("Velka", "Ruritania"), never evaluation items.

- people a crowd is named by ("students", "supporters", "fans": guard.yaml ``crowd_people``)
  make a convention's "Rioters (X)" a crowd for the Armed clash's no-arms check alone: the
  reader may not re-type "supporters clashed with police" to a battle, may when the text names
  guns, and the words refuse nothing by the actor checks (``_inter``);
- an arm or a detached body of a state's force ("Malian infantry", "a FAMa detachment") stands
  for its owner, as a unit or a patrol does (extract/data/actors.yaml ``means_nouns``).
"""

from __future__ import annotations

import pytest

from ceasewatch.learn.guard import refusal
from ceasewatch.model import ActorRef, Event
from ceasewatch.pipeline import Resources
from tests.event_builders import guard_event, report_events

POLICE = ActorRef(name="Police Forces of Ruritania", type="state forces", inter=1)
CIVILIANS = ActorRef(name="Civilians (Ruritania)", type="civilians", inter=7)


def convention(words: str) -> ActorRef:
    """Rioters the rules named by ACLED's convention for their own type, from ``words``."""
    return ActorRef(
        name="Rioters (Ruritania)", type="rioters", inter=5, method="convention", surface=words
    )


def event(sub: str, actor1: ActorRef | None = None, actor2: ActorRef | None = None) -> Event:
    return guard_event(sub, actor1, actor2)


@pytest.mark.parametrize(
    ("words", "text"),
    [
        ("supporters", "Supporters of the jailed mayor clashed with police in Velka on Monday."),
        ("Students", "Students demanding the dean's removal clashed with police in Velka."),
        ("striking workers", "On Friday, striking workers fought riot police outside the mill."),
        ("football fans", "Football fans clashed with police after the derby in Velka."),
    ],
)
def test_people_named_as_a_crowd_fighting_police_unarmed_are_no_armed_clash(
    words: str, text: str
) -> None:
    riot = event("Violent demonstration", convention(words), POLICE)
    why = refusal(riot, "Armed clash", text)
    assert why is not None and "no arms" in why


def test_people_named_as_a_crowd_with_guns_may_fight_a_clash() -> None:
    text = "Supporters of two candidates clashed with sticks and guns in Velka; one killed."
    riot = event("Mob violence", convention("supporters"))
    assert refusal(riot, "Armed clash", text) is None


def test_the_people_words_refuse_nothing_by_the_actor_checks() -> None:
    # an Attack has no crowd_unless: "students" by convention is no known rioter for it
    students = convention("students")
    text = "Students attacked the rector's car in Velka."
    assert refusal(event("Mob violence", students, CIVILIANS), "Attack", text) is None
    # words naming no crowd nor people stay unknown for the no-arms check too
    vigilantes = convention("local vigilantes")
    clash = "Local vigilantes fought cattle raiders near Velka."
    assert refusal(event("Mob violence", vigilantes), "Armed clash", clash) is None


@pytest.mark.parametrize(
    ("text", "army"),
    [
        ("On 3 June 2025, Malian infantry clashed with JNIM fighters near Boni.", "Mali"),
        ("On 3 June 2025, Ethiopian infantry clashed with Fano fighters near Gondar.", "Ethiopia"),
        ("On 3 June 2025, a FAMa detachment retook the town of Boni from JNIM fighters.", "Mali"),
    ],
)
def test_a_forces_infantry_or_detachment_is_its_army(
    resources: Resources, text: str, army: str
) -> None:
    events = report_events(text, resources)
    assert events, text
    first = events[0].actor1
    assert first is not None and first.name.startswith(f"Military Forces of {army}"), first


def test_infantry_of_no_owner_names_no_army(resources: Resources) -> None:
    events = report_events("On 3 June 2025, infantry and armour advanced on Bara.", resources)
    assert all(e.actor1 is None or "Military" not in e.actor1.name for e in events)
