"""Excessive force at a protest whose force the resolver reads from its kind of words
(resolve/roles.py ``_force_written``, session 42): a country's adjective written just before
the force word owns it ("Israeli troops fired at villagers marching near Beita": Israel's
military, not the place's country's). Hand-written sentences, never evaluation items."""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import first_typed_actor1


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("On 3 March 2024, Israeli troops fired live rounds at villagers marching against an "
         "outpost near Beita (Nablus). A teenager was killed.", "Military Forces of Israel"),
        ("On 3 March 2024, Israeli soldiers fired live rounds at villagers marching against "
         "the separation wall in Bilin (Ramallah).", "Military Forces of Israel"),
    ],
)  # fmt: skip
def test_an_owner_before_the_force_word_owns_the_force(
    resources: Resources, text: str, owner: str
) -> None:
    sub, actor1 = first_typed_actor1(text, resources)
    assert sub == "Excessive force against protesters"
    assert actor1 is not None and actor1.startswith(owner), actor1


def test_a_force_with_no_owner_word_is_the_places_country(resources: Resources) -> None:
    text = (
        "On 3 March 2024, soldiers fired live rounds at villagers marching against a new "
        "mine near Kayes (Kayes region), killing two."
    )
    sub, actor1 = first_typed_actor1(text, resources)
    assert sub == "Excessive force against protesters"
    assert actor1 is not None and actor1.startswith("Military Forces of Mali"), actor1
