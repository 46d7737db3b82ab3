"""An act named only to describe the people accused of it is no event (extract/background.py
``_alleged``): "two men accused of cattle theft", "a man suspected of attacking", "on suspicion
of kidnapping". The event is what was done to or by them.

Hand-built sentences (places in Bangladesh, Kenya, Nigeria, Sudan), never eval items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return sorted({e.sub_event_type for e in x.events})


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "A mob beat to death two men accused of kidnapping children in Bhola town on Monday.",
            "Mob violence",
            "Abduction/forced disappearance",
        ),
        (
            "Police arrested a man suspected of attacking a police post in Garissa on Monday.",
            "Arrests",
            "Attack",
        ),
        (
            "Soldiers detained three youths in Maiduguri on Monday on suspicion of kidnapping a trader.",
            "Arrests",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_an_act_alleged_against_people_is_no_event(
    extractor: Extractor, text: str, kept: str, gone: str
) -> None:
    found = subs(text, extractor)
    assert kept in found and gone not in found, found


def test_an_accusation_about_the_reported_act_keeps_the_act(extractor: Extractor) -> None:
    # the main verb "accused" with an object is a claim about the event, not a description of
    # people: the shelling is still reported
    text = "The army accused the RSF of shelling the main market in El Obeid on Monday, killing 10 people."
    found = subs(text, extractor)
    assert "Shelling/artillery/missile attack" in found, found
