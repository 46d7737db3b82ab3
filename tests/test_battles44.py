"""Actor readings of session 44 (battles44). Hand-written sentences, never evaluation items.

- "khwarij", the ISPR's spelling, is the TTP in a report about Pakistan
  (knowledge/data/actors/generic.yaml, asia-south-central.yaml);
- "AS" in capitals is al-Shabaab in a report about Somalia or Kenya, but not in a headline in
  capitals nor before a club's name ("AS Roma") (extract/acronym_names.py ``spelt_as_word``).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import first_typed_actor1, report_events


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 19 July 2025, khwarij attacked a police post near Tank (Khyber Pakhtunkhwa); "
            "2 policemen killed.",
            "TTP: Tehreek-i-Taliban Pakistan",
        ),
        (
            "On 19 July 2025, security forces fought khwarij near Razmak (North Waziristan, "
            "Khyber Pakhtunkhwa); 4 militants killed.",
            "Military Forces of Pakistan",
        ),
    ],
)
def test_khwarij_is_the_ttp_in_pakistan(resources: Resources, text: str, actor1: str) -> None:
    assert first_typed_actor1(text, resources) == ("Armed clash", actor1)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, AS took control of Bulo Burde (Hiraan) after the army withdrew.",
        "On 3 May 2024, AS fired mortars at the airport in Mogadishu. No casualties.",
        "On 3 May 2024, an IED hit a police truck near Mandera (Kenya). 2 officers killed; "
        "AS was suspected.",
    ],
)
def test_as_in_capitals_is_al_shabaab_in_somalia_and_kenya(resources: Resources, text: str) -> None:
    assert first_typed_actor1(text, resources)[1] == "Al Shabaab"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, AS Roma fans clashed with police near the Olympic Stadium in Rome; "
        "5 injured.",
        "TWO KILLED AS GUNMEN ATTACK BUS IN MANDERA. On 3 May 2024, gunmen attacked a bus near "
        "Mandera (Kenya); 2 killed.",
    ],
)
def test_as_before_a_name_or_in_a_shouted_headline_is_no_group(
    resources: Resources, text: str
) -> None:
    for event in report_events(text, resources):
        for ref in (event.actor1, event.actor2):
            assert ref is None or ref.name not in ("AS", "Al Shabaab"), text
