"""actor1 (issue 9, session 35): mines laid during a force's occupation are that force's; two
peoples' men written with one noun ("between Konkomba and Nanumba men") are their identity
militias, also when only the event's place gives the country; the doer a sentence implies
(a grave found, unidentified arsonists, a force making a device safe, fire from held ground);
"SDF-led fighters" are the SDF's; the accused and a formation ("a junta column") are the doers.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.devices import laid_by
from ceasewatch.resolve.identity import groups_acting
from ceasewatch.resolve.implied import disrupting_force, grave_found, held_by, nameless_doers
from ceasewatch.resolve.units import written_doer
from tests.event_builders import report_events

# --- the occupier laid the mines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("a boy found a mine near the school, laid during the Russian occupation", "Russian"),
        ("the field was mined during the 2022 Russian occupation; a tractor hit a mine", "Russian"),
        ("an IED left over from the ISIS occupation went off in a house", "ISIS"),
        ("two herders were killed by Houthi-laid mines near a well", "Houthi"),
        ("a mine left during the occupation exploded under a cart", None),  # no occupier written
        ("a mine exploded in a field; the village was under occupation for months", None),
    ],
)
def test_the_occupier_laid_it(sentence: str, who: str | None) -> None:
    found = laid_by(sentence)
    if who is None:
        assert not found, found
    else:
        assert found == [f"{who} forces", who], found


def test_after_by_comes_first() -> None:
    # the agent after "by" is read as before, even with an occupation in the sentence
    found = laid_by("a mine planted by the rebels during the Russian occupation exploded")
    assert "the rebels" in found and "Russian forces" not in found


def test_a_mine_of_the_occupation_is_the_occupiers(resources: Resources) -> None:
    text = (
        "On 3 March 2024, a farmer was killed when his plough struck a mine near Kupiansk "
        "(Kharkiv), laid during the Russian occupation of the area."
    )
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name.startswith("Military Forces of Russia")
    # the words kept are the sentence's own
    assert events[0].actor1.surface == "Russian"


def _actor1_starts(text: str, expected: str, resources: Resources) -> None:
    """The pipeline's first event of ``text`` has an actor1 whose name starts ``expected``."""
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None, events
    assert events[0].actor1.name.startswith(expected), events[0].actor1


# --- two peoples' men with one noun ------------------------------------------------------------


def test_two_peoples_men(kb: ActorKB) -> None:
    found = groups_acting("gunfire between Nanumba and Konkomba men near a market", kb, "GH")
    assert [kb.actors[i].name for i in found] == [
        "Nanumba Ethnic Militia (Ghana)",
        "Konkomba Ethnic Militia (Ghana)",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "gunmen killed three Nanumba and Konkomba men near a market",  # the victims
        "Nanumba and Konkomba men were found dead near a market",  # passive: the victims
        "a Konkomba man was shot near a market",  # one people, bare "man": no reading
        "Konkomba men attacked a market",  # one people's bare "men": as often the victims
    ],
)
def test_no_peoples_men(kb: ActorKB, sentence: str) -> None:
    assert groups_acting(sentence, kb, "GH") == [], sentence


def test_a_clash_of_two_peoples_by_the_place(resources: Resources) -> None:
    # no country in the words: the place's country reads the two peoples' militias
    text = "On 4 May 2023, gunfire between Nanumba and Konkomba men in Saboba (Northern); 2 killed."
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None and events[0].actor2 is not None
    assert events[0].actor1.name == "Nanumba Ethnic Militia (Ghana)"
    assert events[0].actor2.name == "Konkomba Ethnic Militia (Ghana)"


# --- the doer a sentence implies (implied.py) --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("volunteers found a clandestine grave with four bodies behind a ranch", True),
        ("searchers unearthed a grave holding the remains of nine people", True),
        ("a mass grave was discovered near the old quarry", True),
        ("the family visited the grave of their son", False),  # no grave found
        ("mourners found the cemetery closed", False),
    ],
)
def test_grave_found(sentence: str, found: bool) -> None:
    assert grave_found("Other", sentence) is found, sentence
    assert not grave_found("Attack", sentence)


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("unidentified persons set fire to a clinic at night", True),
        ("unknown arsonists torched two lorries on the highway", True),
        ("youths set fire to a clinic at night", False),  # a crowd: rioters, not read here
        ("a clinic was torched at night", False),  # nobody written
    ],
)
def test_nameless_doers(sentence: str, read: bool) -> None:
    assert nameless_doers("Looting/property destruction", sentence) is read, sentence


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("a pipe bomb was found in a bin; army technical officers made it safe", "military"),
        ("soldiers defused an IED on the road to the market", "military"),
        ("police bomb experts dismantled a device left at a bus stop", "police"),
        ("a bomb found near an army base; police defused it", "police"),
        ("a bomb disposal squad defused an IED near a school", None),  # whose squad: unsaid
        ("an EOD team made the device safe", None),
    ],
)
def test_disrupting_force(sentence: str, role: str | None) -> None:
    assert disrupting_force("Disrupted weapons use", sentence) == role, sentence
    assert disrupting_force("Attack", sentence) is None


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("shells fired from Armenian-held positions hit a school", "Armenian"),
        ("rockets launched from Russian-held Oleshky hit a market", "Russian"),
        ("a drone came from Houthi-controlled territory and hit a ship", "Houthi"),
        ("rockets fired from Lebanon hit a kibbutz", None),  # a bare country: not read
        ("shells fired at Russian-held positions hit a school", None),  # the target
    ],
)
def test_held_by(sentence: str, holder: str | None) -> None:
    sub = "Shelling/artillery/missile attack"
    assert held_by(sub, sentence) == holder, sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 March 2024, a search collective found a clandestine grave with 5 bodies near "
            "Celaya (Guanajuato).",
            "Unidentified Armed Group (Mexico)",
        ),
        (
            "On 7 May 2022, unidentified persons set fire to a school in Kananga (Kasai-Central). "
            "No one hurt.",
            "Unidentified Armed Group (Democratic Republic of Congo)",
        ),
        (
            "On 3 June 2024, a pipe bomb was found under a car in Lurgan (Armagh); army technical "
            "officers made it safe.",
            "Military Forces of the United Kingdom",
        ),
        (
            "On 5 April 2024, artillery shells fired from Armenian-held positions hit houses in "
            "Tovuz (Azerbaijan); 2 civilians killed.",
            "Military Forces of Armenia",
        ),
    ],
)
def test_the_implied_doer_through_the_pipeline(
    resources: Resources, text: str, expected: str
) -> None:
    _actor1_starts(text, expected, resources)


# --- a named leader compounded before the men's word -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 January 2025, SDF-led fighters entered the town of Hajin (Deir ez-Zor) as IS "
            "militants fell back.",
            "Syrian Democratic Forces",
        ),
        (
            "On 3 January 2025, rebel fighters led by the M23 seized Minova (South Kivu) after "
            "the army pulled out.",
            "March 23 Movement",
        ),
    ],
)
def test_the_leading_group_is_actor1(resources: Resources, text: str, expected: str) -> None:
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None, events
    assert events[0].actor1.name == expected


# --- the doer written as the accused or by its formation ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("retreating FARDC soldiers were accused of raping 3 women", "FARDC soldiers"),
        ("two police officers stand accused of beating a vendor", "police officers"),
        ("Kasai: army soldiers accused of looting shops in the market", "army soldiers"),
        ("the residents accused the soldiers of looting", None),  # the accusers: not read
        ("a junta column raided the village and shot 4 villagers", "junta"),
        ("on Monday, an army patrol shot dead two herders", "army"),
        ("an IED hit an army patrol near the bridge", None),  # the target
        ("an army patrol was ambushed near the bridge", None),  # passive: the target
        ("gunmen attacked a village", None),
    ],
)
def test_written_doer(sentence: str, who: str | None) -> None:
    found = written_doer(sentence)
    assert (who in found) if who is not None else not found, found


def test_no_formation_for_a_bomb() -> None:
    assert written_doer("an army convoy triggered a mine near the bridge") == ["army"]
    assert written_doer("an army convoy triggered a mine near the bridge", False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 5 March 2024, retreating FARDC soldiers were accused of raping 3 women near Sake "
            "(North Kivu).",
            "Military Forces of the Democratic Republic of Congo",
        ),
        (
            "On 5 March 2024, a junta column raided Kyauk Taw village (Sagaing), shot 4 villagers "
            "and burned houses.",
            "Military Forces of Myanmar",
        ),
    ],
)
def test_the_accused_or_the_formation_is_actor1(
    resources: Resources, text: str, expected: str
) -> None:
    _actor1_starts(text, expected, resources)


@pytest.mark.parametrize(
    "sentence",
    [
        "shots were fired as an army patrol passed the market",  # the scene, not the doer
        "gunmen opened fire when a police unit arrived",
        "On 2 May, a police convoy passed the checkpoint and shots rang out",
    ],
)
def test_a_formation_in_the_scene_is_no_doer(sentence: str) -> None:
    assert written_doer(sentence) == [], sentence
