"""story41 (session 41): two readings of English that keep false events off news stories.

- A participle clause shares the time of the clause it hangs on: "the group has been fighting
  an insurgency, accusing the government of robbing the province of its resources" is a
  standing charge, no looting of one day (extract/background.py ``_standing_charge``). A charge
  with a day of its own, or under a clause of one day, is read as before.
- A verb of finding or seizing tells where the thing was with "on": "the plan found on his
  phones and devices" found a plan, not a weapon (extract/triggers.py ``FINDING_VERBS``).
  Weapons found, and weapons found on someone, stay a Disrupted weapons use.

The sentences are invented."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs

LOOTING = "Looting/property destruction"
DISRUPTED = "Disrupted weapons use"


def test_a_standing_charge_is_no_event(extractor: Extractor) -> None:
    text = (
        "The separatist group has been fighting a deadly insurgency against the state, "
        "accusing the government of robbing the province of its rich natural resources."
    )
    assert LOOTING not in subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels attacked the town on Monday, accusing the army of burning the market.",
        "The army accused the rebels of burning the market in Gao on Monday.",
    ],
)
def test_a_charge_of_one_day_stays(extractor: Extractor, text: str) -> None:
    assert LOOTING in subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the plan was found on his phones and devices.",
        "Prosecutors said the documents were seized on his laptop and devices in Gao on Monday.",
    ],
)
def test_where_a_thing_was_found_is_not_what_was_found(extractor: Extractor, text: str) -> None:
    assert DISRUPTED not in subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Police found two pistols on him in Gao on Monday.",
        "Police seized explosive devices in Gao on Monday.",
        "Soldiers discovered a cache of weapons on the farm near Gao on Monday.",
    ],
)
def test_weapons_found_stay_disrupted(extractor: Extractor, text: str) -> None:
    assert DISRUPTED in subs(text, extractor)
