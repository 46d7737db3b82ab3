"""actor1 (issue 9, session 26): the doer an authority names after the act ("authorities
attributed the killings to ...", "police said the gunmen belonged to ..."), a claim made "in a
statement on its radio station", a foreign owner before a generic occupying force ("the
Turkish occupation army"), a digest's place label before a sentence ("KACHIN: The KIA and
junta troops clashed ..."), and plainclothes police.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _first(text: str, resources: Resources) -> str | None:
    events = report_events(text, resources)
    assert events, text
    return events[0].actor1.name if events[0].actor1 else None


JNIM = "JNIM: Group for Support of Islam and Muslims"


def test_an_authority_attributes_the_killings_later(resources: Resources) -> None:
    base = "On 3 March 2023, unidentified gunmen killed 12 villagers in Djibo (Soum). "
    assert _first(base + "Authorities attributed the killings to JNIM.", resources) == JNIM
    assert (
        _first(base + "The governor ascribed the attack to jihadists of JNIM.", resources) == JNIM
    )
    # an attribution of something else names no author of the killings
    assert _first(base + "Officials attributed the price rise to JNIM.", resources) != JNIM


def test_the_attackers_belonged_to_a_group_said_later(resources: Resources) -> None:
    base = "On 3 March 2023, gunmen killed 12 villagers in Djibo (Soum). "
    assert _first(base + "Police said the gunmen belonged to JNIM.", resources) == JNIM
    assert (
        _first(base + "The attackers were members of JNIM, the governor said.", resources) == JNIM
    )


def test_a_claim_in_a_statement_on_a_station(resources: Resources) -> None:
    text = (
        "On 4 May 2023, a suicide bomber drove a car into a checkpoint in Mogadishu, killing "
        "nine people. Al-Shabaab said in a statement on its radio station that it had carried "
        "out the attack."
    )
    assert _first(text, resources) == "Al Shabaab"


def test_a_foreign_owner_before_an_occupying_force(resources: Resources) -> None:
    text = (
        "On 5 May 2024, the Turkish occupation army shelled the village of Tal Rifaat (Aleppo), "
        "killing two civilians."
    )
    assert _first(text, resources) == "Military Forces of Turkey"
    # with no owner, the generic word stays generic outside the countries it is read through
    bare = (
        "On 5 May 2024, the occupation army shelled the village of Tal Rifaat (Aleppo), "
        "killing two civilians."
    )
    assert _first(bare, resources) != "Military Forces of Turkey"


def test_a_place_label_before_the_sentence(resources: Resources) -> None:
    text = "KACHIN: The KIA and junta troops clashed near Bhamo on Sunday; no casualty figures."
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Kachin Independence Army"


def test_plainclothes_forces_are_the_police(resources: Resources) -> None:
    text = (
        "On 3 November 2022, plainclothes forces detained a student activist at his home in "
        "Saqqez (Kurdistan, Iran)."
    )
    assert _first(text, resources) == "Police Forces of Iran"
