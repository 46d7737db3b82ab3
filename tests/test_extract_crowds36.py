"""Crowds read once and right (issue 9, session 36, crowds36).

- a killing that only describes the people a crowd remembers ("photos of those killed in
  2019") is no lethal force on that crowd (extract/triggers.py ``_dated_description``);
- people detained at a demonstration told by its act rather than a protest word (a road
  blocked, a placard held, flowers laid, a blockade cleared) were arrested at it: a Protest
  with intervention (extract/events.py ``_arrested_at_demonstration``);
- a crowd stoning the police is a riot, whatever arrests follow; people taken for criminals
  and stoned or burned by a crowd are its mob violence (data/triggers.yaml);
- tear-gas shells and grenades are crowd control, not shelling or a grenade attack.

Hand-written sentences (places and people chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_events import subs as _subs

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, hundreds marched in Tamsa holding photos of those killed in 2019.",
        "On 3 May 2024, students rallied in Tamsa to mark the anniversary of the protesters "
        "killed by police in 2022.",
        "On 3 May 2024, families protested in Tamsa for the students who were shot dead by "
        "soldiers two years ago.",
    ],
)
def test_a_killing_that_only_describes_the_remembered_dead_is_no_force_on_the_crowd(
    extractor: Extractor, text: str
) -> None:
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_killing_of_the_day_at_a_protest_stays_excessive_force(extractor: Extractor) -> None:
    text = "On 3 May 2024, protesters marched in Tamsa; police opened fire, killing two."
    assert _subs(text, extractor) == [EXCESSIVE]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, police detained 20 people who blocked a road in Tamsa over water cuts.",
        "On 3 May 2024, police in Tamsa detained a man holding a placard against the war.",
        "On 3 May 2024, police detained 30 people who laid flowers at a memorial in Tamsa.",
        "On 3 May 2024, thousands queued to lay flowers at the memorial in Tamsa; police "
        "detained dozens in the evening.",
        "On 3 May 2024, police removed a road blockade set up by farmers near Tamsa; several "
        "detained.",
        "On 3 May 2024, police cleared the barricades on the main avenue of Tamsa and arrested 30.",
    ],
)
def test_arrests_at_a_demonstration_told_by_its_act_are_its_intervention(
    extractor: Extractor, text: str
) -> None:
    """ACLED: arrests made at a demonstration are a Protest with intervention."""
    assert _subs(text, extractor) == [INTERVENTION]


@pytest.mark.parametrize(
    "text",
    [
        # one man blocking a road is no demonstration (ACLED codes groups)
        "On 3 May 2024, police arrested a man who blocked a road with his truck after an "
        "accident in Tamsa.",
        # armed people who blocked a road are armed people arrested
        "On 3 May 2024, soldiers detained 4 militants who had blocked the highway near Tamsa.",
        "On 3 May 2024, police arrested 5 opposition activists at their homes in Tamsa.",
    ],
)
def test_other_arrests_stay_arrests(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a crowd stoned police officers in Tamsa after a traffic accident; 8 "
        "people were arrested.",
        "On 3 May 2024, villagers stoned a police patrol in Tamsa.",
    ],
)
def test_a_crowd_stoning_the_police_is_a_riot_not_arrests(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, residents of Tamsa caught three men they accused of being gang members "
        "and burned them.",
        "On 3 May 2024, residents of Tamsa set fire to two suspected kidnappers. 2 killed.",
        "On 3 May 2024, a crowd stoned a man accused of theft to death in Tamsa.",
        "On 3 May 2024, two suspected kidnappers were caught by a vigilante group in Tamsa, "
        "stoned and burned. 2 killed.",
    ],
)
def test_a_crowd_burning_or_stoning_suspects_is_mob_violence(
    extractor: Extractor, text: str
) -> None:
    """ACLED: a lynching by a crowd is Mob violence."""
    assert _subs(text, extractor)[:1] == ["Mob violence"]


def test_a_crowd_burning_seized_cars_stays_its_riot(extractor: Extractor) -> None:
    text = "On 3 May 2024, youths seized two police cars in Tamsa and burned them."
    assert _subs(text, extractor) == ["Violent demonstration"]


def test_a_person_stoned_to_death_by_armed_men_is_an_attack(extractor: Extractor) -> None:
    _, x = run("On 3 May 2024, militants stoned a woman to death in Tamsa.", extractor)
    assert [e.sub_event_type for e in x.events] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, police fired tear gas shells at protesters in Tamsa.",
        "On 3 May 2024, police threw tear gas grenades at protesters in Tamsa.",
        "On 3 May 2024, farmers marching to Velka were stopped; police fired tear gas shells "
        "from drones. Dozens injured.",
    ],
)
def test_tear_gas_rounds_are_crowd_control(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == [INTERVENTION]


def test_tear_gas_dropped_by_drones_in_war_stays_a_chemical_weapon(extractor: Extractor) -> None:
    text = (
        "On 3 May 2024, Russian drones dropped tear gas grenades on Ukrainian trenches near Velka."
    )
    assert _subs(text, extractor) == ["Chemical weapon"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, residents burned tyres and blocked roads in Tamsa over power cuts.",
    ],
)
def test_roads_blocked_with_burning_tyres_are_a_riot(extractor: Extractor, text: str) -> None:
    """ACLED's codebook counts road-blocking with barricades or burning tyres among the
    destructive acts of a Violent demonstration (the merger of session 36 kept that reading
    over crowds36's barricade rule: the private sample is ACLED's own coding)."""
    assert _subs(text, extractor) == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, youths burned tyres and threw stones at police in Tamsa.",
        "On 3 May 2024, youths set fire to tyres and a police post in Tamsa.",
        "On 3 May 2024, youths burned tyres and cars in Tamsa.",
    ],
)
def test_tyres_beside_the_crowd_s_violence_stay_its_riot(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, groups of men threw bottles at gendarmes in Tamsa; 5 arrests.",
        "On 3 May 2024, residents pushed down barriers and threw objects at riot police in Tamsa; "
        "several were detained.",
        "On 3 May 2024, fans threw bottles and flares at police outside the stadium in Tamsa.",
    ],
)
def test_a_crowd_throwing_missiles_at_a_force_riots(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == ["Violent demonstration"]
