"""A place told by its distance from a town (issue 9, session 23, wip/places23).

Hand-written sentences (not evaluation items).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.test_extract_places import places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen ambushed a convoy about 30 kilometres south of Kidal, killing four.", "Kidal"),
        ("Shelling killed two civilians in a village some 10 miles north-east of Izyum.", "Izyum"),
        ("Jihadists killed 12 villagers 25 km from Djibo on Sunday.", "Djibo"),
        ("Militants attacked an army post 40km west of Mosul, killing two soldiers.", "Mosul"),
    ],
)
def test_a_distance_from_a_town_is_near_the_town(
    resources: Resources, text: str, town: str
) -> None:
    found = [(p.name, p.qualifier) for p in places(resources, text)]
    assert found == [(town, "near")]


def test_a_distance_after_a_comma_describes_the_place_before_it(resources: Resources) -> None:
    text = "Rebels fought troops around the town of Sake, 25 km west of Goma, on Tuesday."
    assert [p.name for p in places(resources, text)] == ["Sake"]
