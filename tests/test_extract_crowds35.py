"""Crowds by ACLED's codebook (issue 9, session 35, crowds35): a protest in which the crowd
itself burned or smashed property is a Violent demonstration, never a Peaceful protest
(extract/events.py ``_crowd_damage``).

Hand-written sentences (places and people chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return [e.sub_event_type for e in x.events]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, youths in Tamsa set fire to a party office and a police vehicle during a "
        "protest against the tax.",
        "On 3 May 2024, hooded protesters smashed the windows of banks in Tamsa after a march "
        "against rents.",
    ],
)
def test_a_crowd_damaging_property_at_its_protest_is_a_violent_demonstration(
    extractor: Extractor, text: str
) -> None:
    assert _subs(text, extractor) == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 3 May 2024, thousands marched peacefully in Tamsa against the tax.",
            "Peaceful protest",
        ),
        (
            "On 3 May 2024, protesters marched in Tamsa; police dispersed them with tear gas.",
            "Protest with intervention",
        ),
    ],
)
def test_a_protest_without_the_crowd_s_damage_stays_as_held(
    extractor: Extractor, text: str, sub: str
) -> None:
    assert _subs(text, extractor) == [sub]
