"""Phenomena of a fresh writer's notes (issue 9, data/eval/world/notes/notesc.jsonl's dev half).

Short hand-written notes with invented or well-known places (never evaluation items), one or
two per phenomenon: a toll whose part is counted "of them"; a toll sentence of a bare count
after the event; a place with its admin1 after a comma or as the last bracketed parent; a
lower-case link word inside a name run; event wordings that found no trigger (silent marches,
roads blocked by a crowd, a driven car bomb, "took N of them away", "fired on").
"""

from __future__ import annotations

import pytest

from ceasewatch.knowledge.countries import article_countries, article_country, located_country
from ceasewatch.pipeline import Resources
from tests.event_builders import report_main_event


def _top(text: str) -> str | None:
    found = article_country(text)
    return found.alpha2 if found else None


# --- 1. tolls: "N killed, M of them children" ------------------------------------------------
TOLLS = [
    ("On 5 May 2023, a missile hit a market in Kherson. 20 killed, 9 of them children.", 20),
    (
        "On 5 May 2023, an army drone struck a wedding in Gao. 13 civilians killed, 7 of them "
        "children, according to local leaders.",
        13,
    ),
    ("On 5 May 2023, gunmen threw a grenade into a bar in Bujumbura. 8 killed, 40 injured.", 8),
    (
        "On 5 May 2023, a rally in Kathmandu turned violent when demonstrators torched "
        "buildings. 2 killed, one of them a cameraman.",
        2,
    ),
]


@pytest.mark.parametrize(("text", "toll"), TOLLS, ids=[str(t) for _, t in TOLLS])
def test_a_part_counted_of_them_is_not_added(text: str, toll: int, resources: Resources) -> None:
    assert report_main_event(text, resources).fatalities == toll


# --- 2. the article's country from admin1 parents --------------------------------------------
def test_place_comma_admin1_gives_its_country() -> None:
    assert _top("On 5 May 2023, police fired on protesters in Faisalabad, Punjab.") == "PK"
    assert _top("On 5 May 2023, farmers rallied in Ludhiana, Punjab, against the law.") == "IN"
    assert _top("On 5 May 2023, a gunman opened fire at a store in El Paso, Texas.") == "US"
    assert _top("On 5 May 2023, militants attacked a post in Kupwara, Jammu and Kashmir.") == "IN"


def test_a_list_of_countries_is_no_place_and_parent() -> None:
    found = article_countries("The juntas of Mali, Burkina Faso and Niger left the bloc.")
    assert {c.score for c in found} == {1.0}


def test_the_last_bracketed_parent_is_the_admin1() -> None:
    """Colombia's Cauca has towns Sucre and Miranda; Miranda is Venezuela's state."""
    text = "On 5 May 2023, residents of Petare (Sucre, Miranda) banged pots."
    assert _top(text) == "VE"
    assert located_country(text) == "VE"


def test_a_link_word_is_whole() -> None:
    """ "Niamey demanding" is the capital, not a run "Niamey de"."""
    found = article_countries("Crowds rallied in Niamey demanding elections.")
    assert [c.alpha2 for c in found] == ["NE"]


def test_protesters_of_the_bracketed_country(resources: Resources) -> None:
    event = report_main_event(
        "On 5 May 2023, residents of Petare (Sucre, Miranda) marched against the government; "
        "National Guard troops dispersed them with tear gas.",
        resources,
    )
    assert event.actor1 is not None and event.actor1.name == "Protesters (Venezuela)"


# --- 3. wordings -----------------------------------------------------------------------------
WORDINGS = [
    (
        "On 5 May 2023, students marched in silence through Skopje in memory of the victims.",
        "Peaceful protest",
    ),
    (
        "On 5 May 2023, farmers blocked main roads around Totonicapan demanding that the "
        "minister resign. No incidents.",
        "Peaceful protest",
    ),
    (
        "On 5 May 2023, a man drove a car loaded with explosives into a police academy in "
        "Bogota and set it off.",
        "Suicide bomb",
    ),
    (
        "On 5 May 2023, police in Iguala intercepted buses carrying students and took 43 of "
        "them away; they were never seen again.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, opposition supporters blocked roads in Conakry; police fired on them. "
        "5 killed.",
        "Excessive force against protesters",
    ),
]


@pytest.mark.parametrize(("text", "sub"), WORDINGS, ids=[s for _, s in WORDINGS])
def test_wordings_of_a_fresh_writer(text: str, sub: str, resources: Resources) -> None:
    assert report_main_event(text, resources).sub_event_type == sub


def test_a_parked_car_bomb_stays_remote(resources: Resources) -> None:
    event = report_main_event(
        "On 5 May 2023, militants drove a car loaded with explosives to the market in Mogadishu, "
        "parked it and detonated it remotely. 6 killed.",
        resources,
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_armed_men_blocking_a_road_are_no_protest(resources: Resources) -> None:
    text = "On 5 May 2023, militants blocked the main road to Gao and attacked a convoy."
    assert report_main_event(text, resources).sub_event_type != "Peaceful protest"


def test_police_firing_at_a_protest_is_its_force(resources: Resources) -> None:
    """One event, ACLED's sides: the force first, the protesters second."""
    event = report_main_event(
        "On 5 May 2023, opposition supporters blocked roads in Conakry; police fired on them. "
        "5 people killed.",
        resources,
    )
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1 is not None and event.actor1.name.startswith("Police Forces of Guinea")
    assert event.actor2 is not None and event.actor2.name == "Protesters (Guinea)"
