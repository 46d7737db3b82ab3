"""Event types (types28, session 28): a shootout is an Armed clash; people abducted in an attack
that killed or wounded are the Attack (ACLED's codebook); less-lethal crowd-control means by
their other names are an intervention; a crowd that set "him" on fire or beat "him" did violence
to a person. Texts written for these tests, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a shootout: two armed sides, whoever the dead are called
        (
            "On 5 May 2023, police killed three suspects in a shootout in Varno.",
            "Armed clash",
        ),
        (
            "On 5 May 2023, gunmen of two rival cartels shot it out on a dirt road near Varno.",
            "Armed clash",
        ),
        (
            "On 5 May 2023, a police raid in Varno ended in a shoot-out with drug traffickers; "
            "two suspects dead.",
            "Armed clash",
        ),
        # a penalty shoot-out is football
        (
            "On 5 May 2023, the home side beat Kelmar on penalties in Varno after the shoot-out.",
            "no event",
        ),
        # abducted and killed: the Attack; abducted alone: the abduction
        (
            "On 5 May 2023, bandits attacked the village of Kanwa, killing seven people and "
            "abducting dozens of villagers.",
            "Attack",
        ),
        (
            "On 5 May 2023, gunmen abducted and later killed four labourers near Varno.",
            "Attack",
        ),
        (
            "On 5 May 2023, bandits raided the village of Kanwa, killing 12 residents; others "
            "were abducted.",
            "Attack",
        ),
        (
            "On 5 May 2023, gunmen attacked the village of Kanwa and abducted 20 residents.",
            "Abduction/forced disappearance",
        ),
        # a crowd that caught a man and set him on fire or beat him: "him" is a person
        (
            "On 5 May 2023, residents of Kanwa caught a suspected thief and set him on fire.",
            "Mob violence",
        ),
        (
            "On 5 May 2023, residents of Kanwa caught a suspected thief and beat him.",
            "Mob violence",
        ),
        (
            "On 5 May 2023, gunmen stopped a bus near Varno and set her on fire.",
            "Attack",
        ),
        # less-lethal means by other names
        (
            "On 5 May 2023, students marched on the campus road in Varno against the fee rise; "
            "police blocked them with shields and pepper gas.",
            "Protest with intervention",
        ),
        (
            "On 5 May 2023, protesters gathered in downtown Varno against the raids; police used "
            "less-lethal munitions.",
            "Protest with intervention",
        ),
        (
            "On 5 May 2023, protesters gathered in downtown Varno against the raids and "
            "dispersed peacefully.",
            "Peaceful protest",
        ),
    ],
)
def test_types28(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub
