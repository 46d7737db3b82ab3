"""Event types (types22, session 22): a fight with sticks and stones by people no armed or
state side is named among is Mob violence; a state force firing live rounds at supporters or
youths fires at people (Excessive force when they are a crowd of supporters); a gathering
broken up or told with its demand is a demonstration; an armed group's camp set up is a base;
looters, ransacked shops and burned trees are looting or destruction; a pull-out with a handover
is a non-violent transfer; air defence destroying drones is disrupted weapons use; a crowd
that chops a man to death is a mob; demonstrators' stones or fireworks make a riot even when the
police answered with tear gas. Texts written for these tests, not
taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 4 March 2024, supporters of two rival parties fought with sticks and stones "
            "outside a polling station in Kenema; two people were injured.",
            "Mob violence",
        ),
        (
            "On 9 June 2023, students of two colleges clashed with machetes and iron rods in "
            "Sylhet; one student died.",
            "Mob violence",
        ),
        # arms or an armed side keep the battle
        (
            "On 9 June 2023, militiamen and soldiers fought with machetes and rifles near "
            "Beni; six fighters were killed.",
            "Armed clash",
        ),
        (
            "On 12 April 2024, police fired live rounds at opposition supporters in "
            "Maputo; one man was shot dead.",
            "Excessive force against protesters",
        ),
        (
            "On 10 May 2023, police broke up a gathering of nurses demanding unpaid wages "
            "in Harare.",
            "Protest with intervention",
        ),
        (
            "On 2 July 2024, bandits set up a camp in the hills near Gusau, residents said.",
            "Headquarters or base established",
        ),
        (
            "On 3 July 2024, looters emptied a grain depot in Beira during the night.",
            "Looting/property destruction",
        ),
        (
            "On 4 July 2024, armed men burned an orchard and two barns near Hebron.",
            "Looting/property destruction",
        ),
        (
            "On 5 July 2024, the rebels pulled out of Rutshuru and handed it over to "
            "regional troops.",
            "Non-violent transfer of territory",
        ),
        (
            "On 6 July 2024, air defence destroyed eleven drones over Odesa overnight.",
            "Disrupted weapons use",
        ),
        (
            "On 6 July 2024, drones destroyed an air defence radar near Odesa overnight.",
            "Air/drone strike",
        ),
        (
            "On 7 July 2024, villagers in Kumasi chopped a suspected thief to death.",
            "Mob violence",
        ),
        (
            "On 8 July 2024, teachers marching on the ministry in Lima stoned the police "
            "lines; police fired tear gas.",
            "Violent demonstration",
        ),
        (
            "On 8 July 2024, students threw fireworks at riot police outside the assembly "
            "in Belgrade; police used water cannon.",
            "Violent demonstration",
        ),
        (
            "On 8 July 2024, riot police dispersed teachers marching on the ministry in Lima "
            "with tear gas.",
            "Protest with intervention",
        ),
    ],
)
def test_types22(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2023, a gathering of elders in Lilongwe discussed the drought.",
        "On 4 May 2023, a gathering of families in Lilongwe prayed for rain.",
        "On 5 May 2024, the army set up camps for displaced families near Tangaza.",
    ],
)
def test_gathering_without_demand_is_none(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    assert not extraction.events
