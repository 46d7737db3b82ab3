"""actor1 (issue 9, session 28): a bomb's author read from the words around it (the state's
own side, or a group named only as the target), a government's violence coded to its forces,
"the armed forces" as a bare form, a ministry or service announcing arrests, and a group named
only as the source or as the occupant of the place hit.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.knowledge.descriptors import Descriptors
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.owners import read
from tests.event_builders import report_events


def _actors(text: str, resources: Resources) -> list[tuple[str | None, str | None]]:
    events = report_events(text, resources)
    assert events, text
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events]


def test_a_bomb_on_a_named_groups_vehicle_is_unclaimed(resources: Resources) -> None:
    text = (
        "On 4 April 2023, a roadside bomb hit a truck carrying members of the Civilian Joint "
        "Task Force near Gwoza, Nigeria, killing two, a local official said."
    )
    assert ("Remote explosive/landmine/IED", "Unidentified Armed Group (Nigeria)") in _actors(
        text, resources
    )


def test_a_bomb_left_by_a_named_group_stays_its(resources: Resources) -> None:
    text = (
        "On 9 April 2023, a landmine left by ISIS killed three shepherds in the desert near "
        "Palmyra, Syria."
    )
    assert any(
        sub == "Remote explosive/landmine/IED" and (name or "").startswith("Islamic State")
        for sub, name in _actors(text, resources)
    )


def test_a_bomb_after_the_armys_statement_is_not_the_armys(resources: Resources) -> None:
    text = (
        "On 6 May 2024, Mali's army said it had beaten back an assault on its camp at Dioura, "
        "Mali. The next day, a minibus struck an explosive device near Tenenkou, killing five "
        "passengers. No group claimed the blast."
    )
    found = _actors(text, resources)
    devices = [name for sub, name in found if sub == "Remote explosive/landmine/IED"]
    assert devices, found
    assert all(name != "Military Forces of Mali" for name in devices), found


def test_a_governments_violence_is_its_militarys(resources: Resources) -> None:
    text = (
        "On 2 March 2024, junta aircraft bombed a village in Pale township (Sagaing), Myanmar. "
        "Residents: 3 civilians killed, a school burnt."
    )
    names = [name for _sub, name in _actors(text, resources)]
    assert not any((n or "").startswith("Government of") for n in names), names


def test_the_armed_forces_are_the_military(resources: Resources) -> None:
    text = "On 12 June 2023, the armed forces clashed with JNIM fighters near Douentza, Mali."
    assert _actors(text, resources)[0][1] == "Military Forces of Mali"
    table: Descriptors = resources.actors.descriptors
    assert read("the armed forces", table) is not None
    assert read("armed", table) is None


def test_a_ministry_announcing_arrests_is_the_police(resources: Resources) -> None:
    text = (
        "On 2 June 2024, the intelligence ministry announced the arrest of four people in "
        "Tabriz, Iran."
    )
    assert _actors(text, resources)[0] == ("Arrests", "Police Forces of Iran")


def test_a_group_named_as_source_or_target_is_not_the_striker(resources: Resources) -> None:
    target = (
        "On 4 March 2024, military aircraft bombed a village near Pale, Myanmar, where PDF "
        "fighters were said to be hiding."
    )
    assert _actors(target, resources)[0][1] == "Military Forces of Myanmar (2021-)"
    source = (
        "On 5 March 2024, military aircraft bombed a monastery near Pale, Myanmar, killing four "
        "monks, PDF officials said."
    )
    assert _actors(source, resources)[0][1] == "Military Forces of Myanmar (2021-)"
    from ceasewatch.resolve.members import _aside

    assert _aside(" a village where ", " fighters were hiding ")
    assert _aside(" the ", " officials said ")
    assert not _aside(" on tuesday ", " fighters attacked a post ")
