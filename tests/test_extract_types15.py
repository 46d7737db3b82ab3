"""Event type and sub-event: session 15's wording (issue 9).

Hand-written notes with invented places and people (never evaluation items). The phenomena: a
crowd's victim beaten and burned, told in the passive with the agent on the last verb; an
ambush whose killing word names civilian victims (an attack) against one on soldiers (a
battle); a labour strike named by who strikes or what over (no air strike); a person "taken"
by armed people with no word of where to, against the everyday "took the children"; a
semicolon's clause that does not govern the fact before it.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_types_notes import main_sub_event as _main

CASES = [
    # a crowd's victim, passive, the agent hung on the last of two verbs
    ("On 5 May 2023, a man was beaten and burned by residents in Varno.", "Mob violence"),
    # the killing word types the ambush by its victims
    (
        "On 5 May 2023, gunmen killed a district official and two of his guards in an ambush "
        "outside Varno.",
        "Attack",
    ),
    (
        "On 5 May 2023, an aid worker was shot dead in an ambush on the road near Varno.",
        "Attack",
    ),
    (
        "On 5 May 2023, rebels ambushed an army patrol near Varno, killing four soldiers.",
        "Armed clash",
    ),
    ("On 5 May 2023, rebels ambushed a convoy near Varno.", "Armed clash"),
    # a labour strike, by who strikes and over what
    (
        "On 5 May 2023, lorry drivers parked their trucks on the highway near Varno in a strike "
        "over fuel prices.",
        "Peaceful protest",
    ),
    # a person taken by armed people; the semicolon's clause governs nothing before it
    (
        "On 5 May 2023, rebels stopped a bus near Varno and took the driver; ransom demanded.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, the militia took two teachers hostage near Varno.",
        "Abduction/forced disappearance",
    ),
    ("On 5 May 2023, the mother took the children to school in Varno.", "no event"),
    # the police taking a suspect in is an arrest (session 17: a plain taking by the state is an
    # Arrest, ACLED's convention; session 18: a suspect is a person taken)
    ("On 5 May 2023, police took the suspect to the station in Varno.", "Arrests"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_session15_wording(text: str, sub: str, extractor: Extractor) -> None:
    assert _main(text, extractor) == sub


# The second wave (wip/events14): people detained by unnamed armed men (ACLED: Abduction/forced
# disappearance) against arrests by the state or a named group that may hold the territory;
# a named vigilante militia's raid (an attack) against a crowd of vigilantes lynching.
SECOND_WAVE = [
    # an armed group's detentions are abductions
    (
        "On 5 May 2023, militants detained two aid workers near Varno.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, rebels arrested three villagers accused of spying near Varno.",
        "Abduction/forced disappearance",
    ),
    (
        "On 5 May 2023, gunmen detained a village chief near Varno.",
        "Abduction/forced disappearance",
    ),
    # the state's stay arrests
    ("On 5 May 2023, police detained two journalists in Varno.", "Arrests"),
    ("On 5 May 2023, soldiers arrested three suspected rebels near Varno.", "Arrests"),
    # so do a named group's, which may hold the territory (ACLED: de facto authorities arrest)
    ("On 5 May 2023, Houthi forces arrested 12 journalists in Sanaa.", "Arrests"),
    ("On 5 May 2023, the Taliban detained two women activists in Kabul.", "Arrests"),
    # a named vigilante militia raids (an attack); a crowd of vigilantes lynches (mob violence)
    (
        "On 5 May 2023, Koglweogo vigilantes raided a village near Varno, killing six people.",
        "Attack",
    ),
    ("On 5 May 2023, vigilantes lynched a suspected thief in Varno.", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub"), SECOND_WAVE)
def test_session15_second_wave(text: str, sub: str, extractor: Extractor) -> None:
    assert _main(text, extractor) == sub
