"""actor1 (issue 9, session 36): non-state actors by their names. Armed men named by what they
call themselves or are known as ("armed youths known as the White Army") and a group's
pamphlets or banners left at the scene ("hooded men who left CAM pamphlets") name the group,
also for property destroyed; a name the extract stage cut after "tribal fighters of the" is
the tribe's militia; ACLED's forms of some groups' names are aliases.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.knowledge import ActorKB
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.claims import SELF_NAMED, SIGNED, SIGNED_BEFORE, find_claims
from ceasewatch.resolve.identity import kind_before, name_after
from tests.event_builders import report_events

# --- what the men call themselves -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("armed youths known as the Red Lions burned the market", "Red Lions"),
        ("gunmen calling themselves the Northern Front stopped the bus", "Northern Front"),
        ("men who identified themselves as members of the ELN took the driver", "ELN"),
        ("fighters claiming to be from Al Shabaab set up a checkpoint", "Al Shabaab"),
        ("the raiders, known locally as the Night Riders, left at dawn", "Night Riders"),
        ("a district known as the Old Quarter was shelled", None),  # a place, no men
        ("the men are known to the police", None),  # no "as"
    ],
)
def test_self_named_men(sentence: str, who: str | None) -> None:
    found = [m.group("who") for m in SELF_NAMED.finditer(sentence)]
    assert found == ([] if who is None else [who]), found


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("masked men who left pamphlets signed by the ELN burned a bus", "ELN"),
        ("a banner signed by the Gulf Clan was hung on the bridge", "Gulf Clan"),
        ("leaflets of the Mountain Front were found beside the trucks", "Mountain Front"),
        ("a truck was torched and the attackers left CAM pamphlets", "CAM"),
        ("pamphlets warning residents were found in the square", None),  # nobody named
    ],
)
def test_a_groups_mark_at_the_scene(sentence: str, who: str | None) -> None:
    found = [
        m.group("who") for m in (*SIGNED.finditer(sentence), *SIGNED_BEFORE.finditer(sentence))
    ]
    assert found == ([] if who is None else [who]), found


def test_self_named_claim_needs_a_known_name() -> None:
    # the claimant must resolve: an unknown name claims nothing
    text = "Gunmen calling themselves the Nowhere Lions attacked the village. 3 killed."
    assert find_claims(text, lambda words: None) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 4 May 2024, armed youths known as the White Army overran an army post at "
            "Ulang (Upper Nile) after two days of fighting. 9 soldiers killed.",
            "White Army",
        ),
        (
            "On 6 June 2023, fighters calling themselves the Islamic State attacked a "
            "hamlet near Yei (Central Equatoria); 4 killed.",
            "Islamic State",
        ),
        (
            "On 8 June 2023, gunmen who identified themselves as members of the ELN burned "
            "a lorry near Saravena (Arauca); no injuries.",
            "ELN: National Liberation Army",
        ),
        (
            "On 9 June 2023, hooded men set fire to three logging lorries near Collipulli "
            "(Araucania) and left CAM pamphlets at the site; no injuries.",
            "CAM: Coordinadora Arauco-Malleco",
        ),
        (
            "On 10 June 2023, the Coordinadora Arauco-Malleco claimed the arson of two "
            "harvesters near Lumaco (Araucania); nobody hurt.",
            "CAM: Coordinadora Arauco-Malleco",
        ),
    ],
)
def test_named_doers_through_the_pipeline(text: str, name: str, resources: Resources) -> None:
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None, events
    assert events[0].actor1.name == name, events[0].actor1


@pytest.mark.parametrize(
    "text",
    [
        # the group on the banner is not named: no name is invented
        "On 9 June 2023, hooded men set fire to three logging lorries near Collipulli "
        "(Araucania); a banner signed by a Mapuche group was left at the site.",
        # a place known as something names no group
        "On 8 June 2023, gunmen shot two men in a bar of a district known as the Zona Alta "
        "in Saravena (Arauca); 2 killed.",
    ],
)
def test_no_name_read_from_unnamed_marks(text: str, resources: Resources) -> None:
    events = report_events(text, resources)
    for e in events:
        assert e.actor1 is None or ("ELN" not in e.actor1.name and "CAM" not in e.actor1.name)


# --- the tribe cut from its militia's words ------------------------------------------------


@pytest.mark.parametrize(
    ("before", "words", "read"),
    [
        ("tribal fighters of the ", "Shaitat", "tribal fighters of Shaitat"),
        ("clan militiamen of ", "Abgaal", "clan militiamen of Abgaal"),
        ("fighters of the ", "Shaitat", None),  # no kind of militia
        ("tribal fighters of the ", "villagers", None),  # not a name
    ],
)
def test_kind_before(before: str, words: str, read: str | None) -> None:
    text = f"On Monday {before}{words} clashed with the army."
    assert kind_before(text, text.index(words), words) == read


@pytest.mark.parametrize(
    ("words", "after", "read"),
    [
        ("tribal fighters", " of the Baggara and the army clashed", "tribal fighters of Baggara"),
        ("clan militiamen", " of Abgaal raided", "clan militiamen of Abgaal"),
        ("tribal fighters", " and the army clashed", None),  # no name after
        ("fighters", " of the Baggara clashed", None),  # no kind of militia
        ("tribal fighters", " of the village clashed", None),  # not a name
    ],
)
def test_name_after(words: str, after: str, read: str | None) -> None:
    text = f"On Monday {words}{after} near the river."
    end = text.index(words) + len(words)
    assert name_after(text, end, words) == read


def test_a_tribe_cut_from_its_militia(resources: Resources) -> None:
    text = (
        "On 9 June 2023, tribal fighters of the Baggara and government forces clashed "
        "near Mayadin (Deir ez-Zor); 3 killed."
    )
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Baggara Tribal Militia (Syria)"
    text = text.replace("tribal fighters of the Baggara and", "tribal fighters of the Shaitat and")
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Shaitat Tribal Militia (Syria)"


# --- ACLED's forms of names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ours", "acled"),
    [
        ("Hamas", "Hamas Movement"),
        ("White Army", "White Army (Nuer Ethnic Militia)"),
        ("Shining Path", "Shining Path (Militarized Communist Party of Peru)"),
        ("Los Chapitos", "Sinaloa Cartel (Chapitos Faction)"),
    ],
)
def test_acled_forms_are_accepted(ours: str, acled: str) -> None:
    assert same_actor(ours, acled)


def test_cam_and_sendero_resolve(kb: ActorKB) -> None:
    assert [m.actor.id for m in kb.lookup("CAM")] == ["cl-cam"]
    assert [m.actor.id for m in kb.lookup("Sendero")] == ["pe-shining-path"]


# --- groups the base lacked --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 2 March 2023, ronderos of a hamlet near Chota (Cajamarca) whipped two men "
            "they accused of stealing sheep; both handed to police.",
            "Rondas Campesinas",
        ),
        (
            "On 4 October 2020, armed men raided a village near Musanze (Musanze); the army "
            "blamed RUD-Urunana. 5 killed.",
            "RUD-Urunana",
        ),
    ],
)
def test_groups_added(text: str, name: str, resources: Resources) -> None:
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None, events
    assert events[0].actor1.name == name


def test_acled_form_of_ronderos_is_accepted() -> None:
    assert same_actor("Rondas Campesinas", "Ronderos (Peru)")
    assert same_actor("Special Deterrence Force", "Radaa Special Deterrence Forces")


# --- village volunteers --------------------------------------------------------------------------


def test_two_peoples_village_volunteers(resources: Resources) -> None:
    text = (
        "On 2 August 2024, gunfire between Kuki and Meitei village volunteers in the hills "
        "near Moreh (Tengnoupal, Manipur); two houses burned. No toll."
    )
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None and events[0].actor2 is not None
    assert events[0].actor1.name == "Kuki Ethnic Militia (India)"
    assert events[0].actor2.name == "Meitei Ethnic Militia (India)"


def test_village_volunteers_killed_are_victims(resources: Resources) -> None:
    text = "On 4 August 2024, gunmen killed two Kuki village volunteers near Moreh (Manipur)."
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert "Kuki" not in events[0].actor1.name
