"""Wire and coder wordings of event types that nobody tuned to (issue 9, session 12, wip/events8).

Short reports written for these tests (invented groups and people, common places), one or more
per phenomenon, never evaluation items: protests told without a protest noun (joined, walked
out, picketed, occupied a square, a crowd "demanding"), crowd-control means as a protest's
intervention, a labour strike that is no air strike, firing "at" or "into" people; arrests
beside a protest that is only their cause or context; a trial, a condemnation, a planned rally
that report no event; changes to a group (splits, mobilisation, a new wing, arms laid down, a
ceasefire ended); means in context (a bombardment under "as fighting flared", a camp shelled
then stormed, people rounded up and shot, a city entered as the other side withdrew).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events, report_main_event

PROTEST = "Peaceful protest"
INTERVENTION = "Protest with intervention"
CHANGE = "Change to group/activity"


def _sub(text: str, resources: Resources) -> str:
    return report_main_event(text, resources).sub_event_type


# --- 1. protests with no protest noun ------------------------------------------------------
PROTESTS = [
    "On 4 March 2022, thousands joined a march in Santiago against pension reform.",
    "On 4 March 2022, hundreds of farmers drove tractors into Brussels, demanding lower fuel taxes.",
    "On 4 March 2022, supporters of the former president picketed the electoral commission in "
    "Harare.",
    "On 4 March 2022, thousands of teachers walked out of classrooms in Nairobi to demand "
    "higher pay.",
    "On 4 March 2022, thousands of people occupied the main square of Yerevan demanding new "
    "elections.",
]


@pytest.mark.parametrize("text", PROTESTS, ids=range(len(PROTESTS)))
def test_protest_without_a_protest_noun(text: str, resources: Resources) -> None:
    assert _sub(text, resources) == PROTEST


def test_crowd_control_means_tell_an_intervention(resources: Resources) -> None:
    for text in (
        "On 4 March 2022, police fired tear gas at crowds in central Nairobi.",
        "On 4 March 2022, police used water cannon and rubber bullets on crowds outside "
        "parliament in Tbilisi.",
    ):
        assert _sub(text, resources) == INTERVENTION, text


def test_a_national_strike_is_no_air_strike(resources: Resources) -> None:
    text = (
        "On 3 May 2021, during the national strike, police fired live ammunition at "
        "demonstrators gathered in a district of Cali. Three people killed."
    )
    assert _sub(text, resources) == "Excessive force against protesters"


def test_firing_at_a_patrol_is_violence(resources: Resources) -> None:
    text = "On 4 March 2022, gunmen fired at a police patrol in Peshawar."
    assert _sub(text, resources) == "Armed clash"


def test_fired_a_minister_is_no_event(resources: Resources) -> None:
    text = "On 4 March 2022, the president of Peru fired his interior minister in Lima."
    assert report_events(text, resources) == ()


def test_armed_men_occupying_a_building_are_no_protest(resources: Resources) -> None:
    text = "On 4 March 2022, rebel fighters occupied the main square of Goma."
    assert _sub(text, resources) != PROTEST


# --- 2. arrests beside a protest that was not where they were made -------------------------
ARRESTS = [
    "On 4 March 2022, police in Dhaka arrested 40 opposition activists ahead of a planned rally.",
    "On 4 March 2022, police raided the homes of protest organisers in Dhaka and detained nine "
    "of them.",
    "On 4 March 2022, police in Dhaka arrested the opposition leader who had organised last "
    "week's protests.",
]


@pytest.mark.parametrize("text", ARRESTS, ids=range(len(ARRESTS)))
def test_arrests_not_at_a_protest_stay_arrests(text: str, resources: Resources) -> None:
    events = report_events(text, resources)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_arrests_at_a_gathering_stay_its_intervention(resources: Resources) -> None:
    text = "On 4 March 2022, police in Dhaka detained dozens of people who gathered to protest."
    assert _sub(text, resources) == INTERVENTION


# --- 3. courts, condemnations and what is still to come report no event --------------------
QUIET = [
    "On 4 March 2022, a court in Dhaka sentenced five men to death for the 2016 cafe attack.",
    "On 4 March 2022, prosecutors in The Hague charged a former militia leader with war crimes "
    "over massacres in Ituri.",
    "On 4 March 2022, the supreme court ordered the release of the opposition leader arrested "
    "last year.",
    "On 4 March 2022, the UN Security Council condemned the attack on peacekeepers in Mali.",
    "On 4 March 2022, Panama's supreme court struck down the mining law after weeks of protests.",
]


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_trial_or_reaction_is_no_event(text: str, resources: Resources) -> None:
    assert report_events(text, resources) == ()


def test_a_court_as_the_source_still_tells_the_event(resources: Resources) -> None:
    text = "On 4 March 2022, gunmen killed five people in a bar in Celaya, prosecutors said."
    assert _sub(text, resources) == "Attack"


def test_a_judge_shot_dead_is_still_an_attack(resources: Resources) -> None:
    text = "On 4 March 2022, a judge was shot dead by gunmen in Tegucigalpa."
    assert _sub(text, resources) == "Attack"


def test_police_charging_a_crowd_is_no_trial(resources: Resources) -> None:
    text = "On 4 March 2022, police charged protesters with batons in Dhaka."
    assert _sub(text, resources) == INTERVENTION


# --- 4. changes to a group ------------------------------------------------------------------
CHANGES = [
    "On 4 March 2022, a rebel faction in Kasai announced it had split from the Zorro "
    "Liberation Front.",
    "On 4 March 2022, the Zorro Liberation Front declared a general mobilisation of its fighters "
    "in Kasai.",
    "On 4 March 2022, the Zorro rebels launched a new armed wing in Ituri province.",
    "On 4 March 2022, the Zorro Liberation Front declared an end to its ceasefire with the army.",
]


@pytest.mark.parametrize("text", CHANGES, ids=range(len(CHANGES)))
def test_change_to_group_wordings(text: str, resources: Resources) -> None:
    assert _sub(text, resources) == CHANGE


# --- 5. means in their context --------------------------------------------------------------
def test_shelling_under_a_scene_of_fighting_stays_shelling(resources: Resources) -> None:
    text = (
        "On 24 July 2025, as border fighting flared, rockets hit a petrol station in "
        "Kantharalak. 8 civilians killed."
    )
    assert _sub(text, resources) == "Shelling/artillery/missile attack"


def test_fighting_beside_shelling_is_the_battle(resources: Resources) -> None:
    text = (
        "On 4 March 2022, troops clashed with insurgents near Kunduz as both sides traded "
        "artillery fire."
    )
    assert _sub(text, resources) == "Armed clash"


def test_a_camp_shelled_then_stormed_is_a_battle(resources: Resources) -> None:
    text = (
        "On 4 March 2022, jihadist fighters attacked an army camp near Menaka, shelling it with "
        "mortars before storming it. 20 soldiers killed."
    )
    assert _sub(text, resources) == "Armed clash"


def test_rounded_up_and_shot_is_one_attack(resources: Resources) -> None:
    text = "On 4 March 2022, soldiers rounded up and shot villagers in a village near Djibo."
    assert [e.sub_event_type for e in report_events(text, resources)] == ["Attack"]


def test_a_city_entered_as_the_other_side_withdrew_is_taken(resources: Resources) -> None:
    text = "On 4 March 2022, RSF fighters entered Nyala after army units withdrew from the city."
    assert _sub(text, resources) == "Non-state actor overtakes territory"


def test_drones_brought_down_are_disrupted(resources: Resources) -> None:
    text = "On 8 May 2025, the army said air defences brought down 25 drones over Lahore."
    assert _sub(text, resources) == "Disrupted weapons use"
