"""actor1 by ACLED's conventions in short reports (issue 9, session 11): the sole perpetrator,
a group named through a suspicion or after the event, a vehicle's owner, the side taking over a
territory, scene phrases, national forces by demonym, victims' nationality.

Every report is written for this file in the team's own words (no evaluation item is used);
names follow ACLED's conventions (data/eval/world/README.md). Unit checks of the word rules
come first, then whole-pipeline reports fed as a user feeds them.
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.knowledge.countries import article_country, names_foreigners
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.conventions import lone_attacker
from ceasewatch.resolve.handover import first_written, withdrawing
from tests.event_builders import report_events, report_main_event

# --- word rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "lone"),
    [
        ("a white supremacist gunman", True),
        ("gunman", True),
        ("On 3 June, a man armed with a knife stabbed six people", True),
        ("a lone attacker", True),
        ("an unidentified gunman", False),
        ("unknown gunman", False),
        ("a suicide bomber", False),
        ("gunmen", False),
        ("a gunman and his accomplices", False),
    ],
)
def test_lone_attacker_words(words: str, lone: bool) -> None:
    assert lone_attacker(words) is lone


@pytest.mark.parametrize(
    ("text", "word", "foreign"),
    [
        ("two Chinese workers were killed", "Chinese", True),
        ("shops run by Nigerian and Somali traders", "Nigerian", True),
        ("four US citizens were kidnapped", "US", True),
        ("Turkish aid workers were abducted", "Turkish", True),
        ("Nigerian troops repelled the attack", "Nigerian", False),
        ("Malian soldiers killed 12 civilians", "Malian", False),
    ],
)
def test_names_foreigners(text: str, word: str, foreign: bool) -> None:
    assert names_foreigners(text, text.index(word) + len(word)) is foreign


def test_victims_nationality_is_no_evidence_of_the_country() -> None:
    """Two Chinese workers killed in Balochistan: the report is about Pakistan, not China."""
    found = article_country(
        "On 3 May 2023, gunmen shot dead two Chinese workers near Gwadar (Balochistan)."
    )
    assert found is not None and found.alpha2 == "PK"


def test_withdrawal_words() -> None:
    sentence = "RSF forces entered Wad Madani after SAF units withdrew from the city."
    assert withdrawing("SAF units", sentence)
    assert not withdrawing("RSF forces", sentence)
    assert first_written(["saf", "rsf"], sentence, "SAF units") == ["RSF"]


# --- whole reports ---------------------------------------------------------------------------

CASES = [
    # one attacker acting alone against civilians: ACLED's Sole Perpetrator (X)
    (
        "On 6 May 2023, a gunman opened fire outside a shopping mall in Allen, Texas, in the "
        "United States, killing 8 people.",
        "Sole Perpetrator (United States)",
    ),
    (
        "On 3 June 2023, a man armed with a knife stabbed six people at a market in Lyon "
        "(Auvergne-Rhone-Alpes), France.",
        "Sole Perpetrator (France)",
    ),
    # an unidentified gunman stays ACLED's unidentified armed group
    (
        "On 5 May 2023, an unidentified gunman shot dead a journalist in Culiacan (Sinaloa).",
        "Unidentified Armed Group (Mexico)",
    ),
    # a group named through a suspicion
    (
        "On 2 March 2023, gunmen suspected of belonging to the Gulf Cartel kidnapped four US "
        "citizens in Matamoros (Tamaulipas).",
        "Gulf Cartel",
    ),
    (
        "On 4 March 2023, suspected Gulf Cartel members kidnapped four US citizens in Matamoros "
        "(Tamaulipas).",
        "Gulf Cartel",
    ),
    # a suspect named after the event, in a sentence of its own
    (
        "On 5 May 2023, gunmen opened fire on a bus in Mastung (Balochistan), killing 5 "
        "passengers. Police later identified the attackers as members of the Baloch Liberation "
        "Army.",
        "BLA: Baloch Liberation Army",
    ),
    # a vehicle's owner is the actor
    (
        "On 1 May 2019, a National Guard armoured vehicle drove into protesters in Caracas, "
        "Venezuela, injuring several people.",
        "Military Forces of Venezuela",
    ),
    (
        "On 3 May 2024, an Israeli jet bombed a house in Rafah (Gaza Strip), killing 5 people.",
        "Military Forces of Israel",
    ),
    # the side taking over a territory, not the side withdrawing
    (
        "On 20 December 2023, RSF forces entered Wad Madani (Al Jazirah) after SAF units "
        "withdrew from the city.",
        "Rapid Support Forces",
    ),
    # national forces by demonym
    (
        "On 3 June 2023, Chadian soldiers clashed with Boko Haram in Ngouboua (Lac).",
        "Military Forces of Chad",
    ),
    (
        "On 3 June 2023, Beninese soldiers clashed with JNIM in Porga (Atacora).",
        "Military Forces of Benin",
    ),
    # victims' nationality: the rioters are South Africa's, not Nigeria's or Somalia's
    (
        "On 2 September 2019, mobs looted shops run by Nigerian and Somali traders in "
        "Hillbrow, Johannesburg (Gauteng).",
        "Rioters (South Africa)",
    ),
]


@pytest.mark.parametrize(
    ("text", "actor1"), CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(CASES)]
)
def test_actor1_by_acled_convention(text: str, actor1: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    got = event.actor1.name if event.actor1 is not None else None
    assert same_actor(got, actor1), (got, event.sub_event_type)


def test_the_side_withdrawing_becomes_actor2(resources: Resources) -> None:
    event = report_main_event(
        "On 20 December 2023, RSF forces entered Wad Madani (Al Jazirah) after SAF units "
        "withdrew from the city.",
        resources,
    )
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of Sudan")


def test_a_scene_phrase_names_no_attacker(resources: Resources) -> None:
    """ "Police arrived at the scene of the attack": the police are no attacker."""
    events = report_events(
        "On 5 May 2023, police arrived at the scene of the attack in Kisumu (Kisumu County) "
        "after gunmen killed 4 people at a bar.",
        resources,
    )
    firsts = {e.actor1.name for e in events if e.actor1 is not None}
    assert "Police Forces of Kenya" not in firsts, firsts
