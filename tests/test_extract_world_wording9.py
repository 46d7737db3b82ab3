"""Wire wordings left by session 12's events8 and places8 (issue 9, session 12, wip/events9).

Short reports written for these tests (invented groups and people, common places), never
evaluation items: a group's change told as a noun (its dissolution, a suspension of its
operations, the formation of an alliance) or with the group as its own object ("renamed
themselves"); a capture by a known non-state group written with "forces" ("RSF forces
seized"), which is no government's; people set on fire or burned alive by residents (Mob
violence with no crowd noun); "..., killing her" after gunmen the parse hangs the participle
on (the gunmen do it, and are not counted as dead); a toll sentence after an event told "in
the hills of" a town takes that town.
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from ceasewatch.resolve.handover import OVERTAKES, REGAINS, capture_side
from tests.event_builders import report_events, report_main_event

CHANGE = "Change to group/activity"

CHANGES = [
    "On 4 March 2022, the rebel Free Valley Brigades announced their dissolution.",
    "On 4 March 2022, the rebel Free Valley Brigades announced that they had renamed "
    "themselves the Northern Liberation Front.",
    "On 4 March 2022, the rebel Free Valley Brigades announced the suspension of its "
    "operations in Daraa.",
    "On 4 March 2022, the rebel Free Valley Brigades announced the formation of a new "
    "alliance with the Northern Shield Front.",
]


@pytest.mark.parametrize("text", CHANGES, ids=range(len(CHANGES)))
def test_a_groups_change_told_as_a_noun(text: str, resources: Resources) -> None:
    assert report_main_event(text, resources).sub_event_type == CHANGE


def test_a_government_formed_is_no_group_change(resources: Resources) -> None:
    text = "On 4 March 2022, the formation of the new government was announced in Beirut."
    assert all(e.sub_event_type != CHANGE for e in report_events(text, resources))


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 4 March 2024, RSF forces seized the town of Wad Madani after heavy fighting.",
            OVERTAKES,
        ),
        ("On 4 March 2024, M23 forces seized the town of Rubaya in North Kivu.", OVERTAKES),
        (
            "On 4 March 2024, Sudanese army forces recaptured the town of Wad Madani from the RSF.",
            REGAINS,
        ),
    ],
)
def test_a_capture_follows_the_takers_side(text: str, sub: str, resources: Resources) -> None:
    assert report_main_event(text, resources).sub_event_type == sub


def test_capture_side_rule() -> None:
    assert capture_side(REGAINS, 2) == OVERTAKES
    assert capture_side(REGAINS, 3) == OVERTAKES
    # a militia on the government's side is its affiliate: as read
    assert capture_side(REGAINS, 3, "government") == REGAINS
    assert capture_side(OVERTAKES, 1) == REGAINS
    # external forces (8) and unresolved takers are left as read
    assert capture_side(REGAINS, 8) == REGAINS
    assert capture_side(REGAINS, None) == REGAINS
    assert capture_side("Armed clash", 2) == "Armed clash"


MOBS = [
    "On 4 March 2022, residents seized two police agents in a village near Tumaco and set "
    "them on fire.",
    "On 4 March 2022, angry villagers dragged a suspected witch from her home in Tumaco and "
    "burned her alive.",
    "On 4 March 2022, a crowd grabbed a suspected thief at a market in Tumaco and beat him "
    "to death.",
]


@pytest.mark.parametrize("text", MOBS, ids=range(len(MOBS)))
def test_people_set_on_fire_by_residents_is_mob_violence(text: str, resources: Resources) -> None:
    assert report_main_event(text, resources).sub_event_type == "Mob violence"


def test_houses_set_on_fire_stay_property(resources: Resources) -> None:
    text = "On 4 March 2022, gunmen set fire to houses in a village near Tumaco."
    assert report_main_event(text, resources).sub_event_type == "Looting/property destruction"


def test_a_participles_noun_does_the_killing(resources: Resources) -> None:
    text = (
        "On 2 May 2023, two gunmen on a motorbike fired into the car of journalist Ana Lopez "
        "in Tumaco, killing her."
    )
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and "Unidentified Armed Group" in event.actor1.name
    assert event.fatalities == 1


def test_men_killed_in_a_raid_are_still_the_dead(resources: Resources) -> None:
    text = "On 2 May 2023, three men killed in a raid on a village near Tumaco were buried."
    event = report_main_event(text, resources)
    assert event.fatalities == 3


def test_a_toll_sentence_takes_the_town_of_the_hills_before_it(resources: Resources) -> None:
    text = (
        "On 7 March 2023, troops engaged a rebel unit in the hills of Catarman (Northern "
        "Samar). 2 rebels killed, rifles recovered."
    )
    event = report_main_event(text, resources)
    assert event.location is not None and event.location.name == "Catarman"
    assert event.fatalities == 2


def test_people_doing_something_else_are_still_the_dead(resources: Resources) -> None:
    text = (
        "On 24 August 2024, militants killed at least 40 villagers digging trenches around "
        "the town of Kaya."
    )
    assert report_main_event(text, resources).fatalities == 40
