"""Event types and tolls by class of wording (issue 9, session 13): takeovers told with a plain
verb of taking or going in, a crowd taking a place or burning
buildings, a base moved into, a deal called off, chemical agents by name, a march carrying
photos, and tolls told as a bare count after the event (the total, not one more group)."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from ceasewatch.extract.triggers import upgrade
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or an installation taken with a plain verb, with or without fighting
        (
            "On 4 March 2023, the Arakan Army said it had taken the army's western regional "
            "headquarters in Paletwa.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 2 May 2022, rebel fighters took the central barracks in Bunia after two days "
            "of fighting.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 9 June 2022, rebels walked into central Bunagana after the soldiers fled.",
            "Non-state actor overtakes territory",
        ),
        # a crowd seizing a place or burning buildings riots
        (
            "On 6 January 2022, rioters seized the town hall and the airport in Taraz.",
            "Violent demonstration",
        ),
        (
            "On 10 July 2021, looters emptied and burned warehouses in Pietermaritzburg.",
            "Violent demonstration",
        ),
        # a force that arrives and moves into its base establishes it
        (
            "On 2 August 2024, 200 Jamaican soldiers landed in Port-au-Prince and moved into "
            "their base near the port.",
            "Headquarters or base established",
        ),
        # a group calling off its ceasefire changes its own activity
        (
            "On 5 March 2023, the ELN called off its ceasefire with the government in Bogota.",
            "Change to group/activity",
        ),
        # a march carrying photos of the missing is a protest
        (
            "On 30 August 2023, relatives of missing people marched through Guadalajara with "
            "photos of their sons.",
            "Peaceful protest",
        ),
    ],
)
def test_event_type_by_class(text: str, expected: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == expected


def test_withdrawal_and_entry_unopposed_is_one_handover(extractor: Extractor) -> None:
    text = (
        "On 3 June 2022, government troops pulled out of Kidal and rebel forces entered the "
        "town unopposed as the capital declared a truce."
    )
    _, extraction = run(text, extractor)
    assert {e.sub_event_type for e in extraction.events} == {"Non-violent transfer of territory"}


def test_mustard_agent_is_a_chemical_weapon(extractor: Extractor) -> None:
    # the agent decides over what delivered it (triggers.yaml upgrades)
    lex = extractor.lexicon
    text = " rocket carry what be think to be mustard agent fall on the town "
    assert upgrade("Shelling/artillery/missile attack", text, lex) == "Chemical weapon"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a bare count after the event is its toll, also under "over" or as a list mark
        ("On 1 May 2021, gunmen attacked a bus in Garissa, killing a driver. 2 killed.", 2),
        # ... and it is the total, not one more group of dead beside those named
        (
            "On 3 June 2020, gunmen shot at a car in Cali, killing councillor Ana Ruiz and "
            "three bodyguards. 4 killed.",
            4,
        ),
    ],
)
def test_toll_by_class(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll


def test_bare_total_smaller_than_the_parts_does_not_replace_them(extractor: Extractor) -> None:
    # "5 soldiers killed ... 2 killed" is a second group, not a total below the first
    text = (
        "On 3 June 2020, militants ambushed a patrol near Gao, killing 5 soldiers. 2 killed "
        "were civilians."
    )
    _, extraction = run(text, extractor)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) >= 5
