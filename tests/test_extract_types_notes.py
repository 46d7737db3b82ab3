"""Event type and sub-event in coder's notes and in wire copy told over several sentences.

Hand-written reports with invented places, people and groups (never evaluation items), in the
two styles users feed: a coder's note ("On 5 May 2023, gunmen kidnapped a priest near Odo
village.") and wire copy. The phenomena: a protest whose intervention is told in a later
sentence; a sentence telling several events at once, followed by one of them; drones, guided
bombs, mortars, landmines and grenades by their many names; strategic developments (arrests,
agreements, bases, looting, stolen livestock, non-violent transfers, disrupted weapons use)
against violence; an attack against an armed clash; abductions and sexual violence; mob
violence against a violent demonstration.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run

PUBLISHED = dt.date(2023, 5, 6)  # a Saturday; the notes below are dated 5 May 2023


def main_sub_event(
    text: str, extractor: Extractor, *, published: dt.date | None = PUBLISHED
) -> str:
    """The sub-event of the report's main event, dated 5 May 2023 unless ``published`` says
    otherwise (None: no publication date) ("no event": none); shared by the later sessions' type
    tests (test_extract_types15/16/22/23, test_extract_events20)."""
    _, x = run(text, extractor, published=published)
    event = main_event(list(x.events))
    return "no event" if event is None else event.sub_event_type


# --- a protest and how it was met, told in two sentences -------------------------------------
PROTESTS = [
    (
        "Hundreds of teachers marched through the centre of Varno on Friday to demand unpaid "
        "wages. Police later fired tear gas to disperse the crowd.",
        "Protest with intervention",
    ),
    (
        "On 5 May 2023, around 200 students held a sit-in outside the education ministry in "
        "Kelmar demanding lower fees. Police dispersed them with batons and arrested 12.",
        "Protest with intervention",
    ),
    (
        "On 5 May 2023, about 60 traders demonstrated in Kolda market against new taxes. "
        "Police arrested four of them.",
        "Protest with intervention",
    ),
    (
        "Thousands of people gathered in the city of Moruba on Friday to protest against fuel "
        "prices. Security forces opened fire on the demonstrators, killing three of them.",
        "Excessive force against protesters",
    ),
    (
        "On 5 May 2023, farmers protested in front of the district office in Sanam against "
        "land seizures. The protest was dispersed by police.",
        "Protest with intervention",
    ),
    # nothing met the march: it stays peaceful
    (
        "On 5 May 2023, hundreds of people marched peacefully in Nairobi to demand lower "
        "taxes. The organisers said they would march again next week.",
        "Peaceful protest",
    ),
]


@pytest.mark.parametrize(("text", "sub"), PROTESTS)
def test_a_protests_intervention_told_after_it(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


def test_the_intervention_is_one_event_with_the_protest(extractor: Extractor) -> None:
    _, x = run(
        "On 5 May 2023, about 60 traders demonstrated in Kolda market against new taxes. "
        "Police arrested four of them.",
        extractor,
        published=PUBLISHED,
    )
    assert [e.sub_event_type for e in x.events] == ["Protest with intervention"]
    assert x.events[0].actor2 is not None and x.events[0].actor2.name.lower() == "police"


def test_arrests_of_gunmen_after_a_protest_stay_arrests(extractor: Extractor) -> None:
    _, x = run(
        "On 5 May 2023, residents of Kolda marched against insecurity. Police arrested three "
        "gunmen in the town of Daru.",
        extractor,
        published=PUBLISHED,
    )
    subs = sorted(e.sub_event_type for e in x.events)
    assert subs == ["Arrests", "Peaceful protest"]


# --- several events told at once, then one of them ------------------------------------------
def test_the_event_told_after_a_summary_is_coded(extractor: Extractor) -> None:
    text = (
        "Two civilians were killed in separate attacks in the district on Friday, police said. "
        "In one, an attacker threw a grenade into a shop in the town of Kiriba."
    )
    _, x = run(text, extractor, published=PUBLISHED)
    assert [e.sub_event_type for e in x.events] == ["Grenade"]


def test_a_summary_alone_is_kept(extractor: Extractor) -> None:
    text = "Six people were killed in a series of attacks on villages near Tamba on Friday."
    assert main_sub_event(text, extractor) == "Attack"


# --- means by their many names --------------------------------------------------------------
MEANS = [
    (
        "On 5 May 2023, a Turkish UAV struck a car in Qasrok village, killing two men.",
        "Air/drone strike",
    ),
    (
        "On 5 May 2023, an unmanned aerial vehicle hit a house in Qasrok village, killing two men.",
        "Air/drone strike",
    ),
    (
        "On 5 May 2023, Russian forces struck Kupiansk with guided aerial bombs, wounding three "
        "civilians.",
        "Air/drone strike",
    ),
    (
        "On 5 May 2023, Russia launched drones at Odesa, damaging a port warehouse.",
        "Air/drone strike",
    ),
    (
        "On 5 May 2023, Russian forces fired mortar rounds at Novo Selo, wounding two civilians.",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 5 May 2023, a landmine exploded under a minibus near Falo village, killing five "
        "civilians.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A roadside bomb struck a military convoy outside the town of Gabra on Friday, killing "
        "two soldiers.",
        "Remote explosive/landmine/IED",
    ),
    (
        "On 5 May 2023, an unidentified man threw a grenade into a bar in the town of Kiriba, "
        "injuring six people.",
        "Grenade",
    ),
    (
        "On 5 May 2023, a bomb planted on a motorcycle exploded in the market of Jamrud, "
        "killing three people.",
        "Remote explosive/landmine/IED",
    ),
]


@pytest.mark.parametrize(("text", "sub"), MEANS)
def test_means_by_name(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


# --- strategic developments against violence ------------------------------------------------
STRATEGIC = [
    (
        "On 5 May 2023, police defused an IED planted near a school in Mandi town.",
        "Disrupted weapons use",
    ),
    (
        "Air defences intercepted a drone over the city of Belmor on Friday night.",
        "Disrupted weapons use",
    ),
    (
        "On 5 May 2023, police seized a cache of weapons and ammunition in a house in Mopti.",
        "Disrupted weapons use",
    ),
    (
        "On 5 May 2023, police arrested three suspected members of an armed group in Taru.",
        "Arrests",
    ),
    ("On 5 May 2023, the two warring clans signed a peace agreement in Dusa town.", "Agreement"),
    (
        "On 5 May 2023, mercenaries established a new base in the town of Mebo.",
        "Headquarters or base established",
    ),
    (
        "On 5 May 2023, armed men looted shops in the market of Sanga village.",
        "Looting/property destruction",
    ),
    (
        "On 5 May 2023, armed herders stole 200 cattle from Karu village.",
        "Looting/property destruction",
    ),
    (
        "On 5 May 2023, government troops withdrew from the town of Lira and handed it over to "
        "the militia.",
        "Non-violent transfer of territory",
    ),
]


@pytest.mark.parametrize(("text", "sub"), STRATEGIC)
def test_strategic_developments(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


def test_a_theft_with_no_armed_people_is_no_event(extractor: Extractor) -> None:
    assert main_sub_event(
        "On 5 May 2023, thieves stole a car from a parking lot in Nakuru.", extractor
    ) == ("no event")


# --- violence: attack or clash, abductions, sexual violence, mobs and riots -----------------
VIOLENCE = [
    (
        "On 5 May 2023, militants attacked an army base in Jilal village. Three soldiers were "
        "killed.",
        "Armed clash",
    ),
    (
        "Gunmen attacked a police station in the town of Dorra on Friday; officers returned "
        "fire and two attackers were killed.",
        "Armed clash",
    ),
    ("On 5 May 2023, militants killed a village chief in Bara village.", "Attack"),
    (
        "On 5 May 2023, gunmen kidnapped a priest on the road near Odo village.",
        "Abduction/forced disappearance",
    ),
    ("On 5 May 2023, soldiers raped two women in the village of Kamba.", "Sexual violence"),
    ("On 5 May 2023, a mob beat a suspected thief to death in the town of Bulo.", "Mob violence"),
    (
        "On 5 May 2023, protesters threw stones at police and burned tyres in the town of Niro.",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "sub"), VIOLENCE)
def test_violence(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


# --- from reading the notes set's dev half (own wording, invented names) ---------------------
NOTES = [
    # a toll told alone, as coders write it, is the toll of the event before it
    (
        "On 5 May 2023, a mob attacked and looted shops owned by migrants in Kelso township. "
        "3 people killed.",
        "Mob violence",
    ),
    (
        "On 5 May 2023, government drones struck rebel positions around Tarvo. 4 rebels killed.",
        "Air/drone strike",
    ),
    (
        "On 5 May 2023, a bus hit a roadside bomb near Dumo village. 12 civilians reportedly "
        "killed.",
        "Remote explosive/landmine/IED",
    ),
    # a fight that is only the purpose of arming a militia did not happen
    (
        "On 5 May 2023, clan elders in Barre mobilised and armed local youths as a militia to "
        "fight the insurgents. No fighting reported.",
        "Change to group/activity",
    ),
    # a person captured is no territory taken
    (
        "On 5 May 2023, soldiers clashed with cartel gunmen in Los Pinos during the raid that "
        "captured Ramon Ibarra. 6 gunmen were killed.",
        "Armed clash",
    ),
    # attackers fighting back
    (
        "On 5 May 2023, rebels attacked army and peacekeeper positions near Kimbo and were "
        "pushed back.",
        "Armed clash",
    ),
    (
        "On 5 May 2023, tank fire hit a group of reporters near Sarafand, killing one of them.",
        "Shelling/artillery/missile attack",
    ),
    (
        "On 5 May 2023, gunmen attacked a church in Madu with bombs and gunfire during the "
        "Sunday service, killing 20 people.",
        "Attack",
    ),
    (
        "On 5 May 2023, troops dropped grenades filled with CS gas from drones on trenches near "
        "Sosnivka.",
        "Chemical weapon",
    ),
    (
        "On 5 May 2023, a student was picked up by plainclothes officers from his hostel in "
        "Quetta and has not been seen since.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, two journalists were shot dead by local fishermen on a river near Pauini.",
        "Attack",
    ),
    # dispersal: by someone, it is an intervention; of their own accord, none
    (
        "On 5 May 2023, riot police dispersed opposition supporters gathering for a march in "
        "Kadoma using batons and tear gas.",
        "Protest with intervention",
    ),
    (
        "On 5 May 2023, protesters gathered in Kadoma to denounce the vote and dispersed "
        "without incident.",
        "Peaceful protest",
    ),
    (
        "On 5 May 2023, thousands of mourners gathered at the cemetery in Sahna; security forces "
        "fired tear gas and made arrests.",
        "Protest with intervention",
    ),
    (
        "On 5 May 2023, riot police used water cannon to push back protesters outside "
        "parliament in Kadoma.",
        "Protest with intervention",
    ),
    (
        "On 5 May 2023, a National Guard armoured truck drove into protesters near the airbase "
        "in Varela, injuring several people.",
        "Excessive force against protesters",
    ),
]


@pytest.mark.parametrize(("text", "sub"), NOTES)
def test_notes_wording(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


def test_a_toll_alone_joins_its_event(extractor: Extractor) -> None:
    _, x = run(
        "On 5 May 2023, government drones struck rebel positions around Tarvo. 4 rebels killed.",
        extractor,
        published=PUBLISHED,
    )
    assert len(x.events) == 1 and x.events[0].fatalities == 4


def test_protest_with_intervention_puts_the_protesters_first(extractor: Extractor) -> None:
    _, x = run(
        "On 5 May 2023, police dispersed hundreds of students in Kelmar with tear gas.",
        extractor,
        published=PUBLISHED,
    )
    (event,) = x.events
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.name.lower() == "police"
