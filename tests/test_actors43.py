"""actor1 and typing readings of session 43 (actors43). Hand-written sentences, never
evaluation items.

- a party named only as the qualifier of its people ("BNP and Jamaat activists", "Chhatra
  League and Chhatra Dal men") fighting with sticks is its supporters' street fight, ACLED's
  Mob violence by Rioters (X), not the party's armed clash (extract/triggers.py
  ``street_fight``, ``_partisans``); a bare armed group's name and armed people nouns stay;
- "J&K Police" and Maharashtra's "C-60" commandos are Police Forces of India
  (knowledge/data/actors/asia-south-central.yaml).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import first_typed_actor1


@pytest.mark.parametrize(
    "text",
    [
        "On 11 January 2025, BNP and Jamaat activists clashed with sticks in Comilla; 15 injured.",
        "On 11 January 2025, Chhatra League and Chhatra Dal men fought with sticks and machetes "
        "on a campus in Sylhet. 8 injured.",
        "On 11 January 2025, Chhatra League and Chhatra Dal activists clashed with sticks in "
        "Sylhet; 15 injured.",
    ],
)
def test_partisans_named_by_their_party_fighting_with_sticks_riot(
    resources: Resources, text: str
) -> None:
    assert first_typed_actor1(text, resources) == ("Mob violence", "Rioters (Bangladesh)")


def test_armed_people_of_a_named_group_stay_a_clash(resources: Resources) -> None:
    text = "On 11 January 2025, Hezbollah and Amal fighters clashed with knives in Tyre; 2 hurt."
    assert first_typed_actor1(text, resources)[0] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 10 November 2025, C-60 commandos and Maoists exchanged fire in a forest in "
        "Gadchiroli; 3 Maoists killed.",
        "On 10 November 2025, J&K police detained about 20 people in raids across Anantnag "
        "after a blast; none charged yet.",
    ],
)
def test_indian_state_police_units_are_police_forces_of_india(
    resources: Resources, text: str
) -> None:
    assert first_typed_actor1(text, resources)[1] == "Police Forces of India"
