"""Crowds by ACLED's codebook (issue 9, session 35, crowds35): a protest in which the crowd
itself burned or smashed property is a Violent demonstration, never a Peaceful protest
(extract/events.py ``_crowd_damage``).

Hand-written sentences (places and people chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_events import subs as _subs


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


@pytest.mark.parametrize(
    ("text", "force", "crowd"),
    [
        (
            "On 3 May 2024, students marched in Tamsa against fees; police fired tear gas; 2 shot "
            "dead.",
            "police",
            "students",
        ),
        (
            "On 3 May 2024, farmers protested in Tamsa against the tax; 3 were killed when soldiers "
            "fired on them.",
            "soldiers",
            "farmers",
        ),
    ],
)
def test_a_killing_without_its_doer_at_a_peaceful_protest_is_the_force_s(
    extractor: Extractor, text: str, force: str, crowd: str
) -> None:
    """ACLED: lethal force on a peaceful demonstration is Excessive force, the force first."""
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Excessive force against protesters"]
    event = x.events[0]
    assert event.actor1 is not None and event.actor1.surface == force
    assert event.actor2 is not None and event.actor2.surface == crowd


@pytest.mark.parametrize(
    "text",
    [
        # the crowd did more than march: its deaths are the riot's toll
        "On 3 May 2024, protesters marched in Tamsa and stoned the police; 2 shot dead.",
        "On 3 May 2024, protesters marched in Tamsa and threw stones at the police; 2 shot dead.",
        # the dead are officers: the crowd's violence
        "On 3 May 2024, protesters marched in Tamsa; two police officers were killed.",
    ],
)
def test_a_killing_beside_a_crowd_s_own_violence_is_no_excessive_force(
    extractor: Extractor, text: str
) -> None:
    subs = _subs(text, extractor)
    assert "Excessive force against protesters" not in subs
