"""actor1 (issue 9, session 37): non-state groups by their names. A coder's clause opening on
"claimed by X" after a semicolon or a dash, or on "Attributed (by someone) to X", names X as
the author of the act told before; allies written after the group they are allied to ("RSF
and allied Arab militiamen") leave the lead group as actor1 and the allies associated.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from ceasewatch.resolve.claims import OPENING_ATTRIBUTED, OPENING_PASSIVE
from ceasewatch.resolve.elision import allied_lead
from tests.event_builders import report_events

# --- a clause opening on the claim or the attribution ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Rockets hit the airfield; claimed by JNIM.", "JNIM"),
        ("Rockets hit the airfield - claimed by the ISGS.", "ISGS"),
        ("Claimed by Al Shabaab.", "Al Shabaab"),
        ("Kashmir, a region claimed by India and Pakistan.", None),  # no clause opens on it
    ],
)
def test_claimed_by_opening_a_clause(sentence: str, who: str | None) -> None:
    found = [m.group("who") for m in OPENING_PASSIVE.finditer(sentence)]
    assert found == ([] if who is None else [who]), found


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Attributed to the ADF by local officials.", "ADF"),
        ("Attributed by villagers to the Gulf Clan.", "Gulf Clan"),
        ("Shops burned; attributed by traders to members of the CODECO.", "CODECO"),
        ("Later attributed to Ansar al-Islam.", "Ansar al-Islam"),
        # the attribution's verb inside a clause is ``ATTRIBUTED``'s, which needs the act
        ("Officials attributed the price rise to the drought.", None),
    ],
)
def test_attribution_opening_a_clause(sentence: str, who: str | None) -> None:
    found = [m.group("who") for m in OPENING_ATTRIBUTED.finditer(sentence)]
    assert found == ([] if who is None else [who]), found


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def _first(text: str, resources: Resources) -> tuple[str | None, list[str]]:
    events = report_events(text, resources)
    assert events, text
    event = events[0]
    return (event.actor1.name if event.actor1 else None, [a.name for a in event.assoc_actors1])


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "On 9 March 2023, mortar rounds fell near the army camp at Menaka (Menaka); claimed"
            " by JNIM. No casualties reported.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "On 9 March 2023, gunmen shot dead 4 farmers near Oicha (North Kivu). Attributed to"
            " the ADF by local officials.",
            "Allied Democratic Forces",
        ),
        (
            "On 9 March 2023, explosives dropped from drones damaged houses near Aguililla"
            " (Michoacan). Attributed by residents to the CJNG; nobody hurt.",
            "Jalisco New Generation Cartel",
        ),
    ],
)
def test_a_clause_names_the_author(text: str, group: str, resources: Resources) -> None:
    assert _first(text, resources)[0] == group


def test_an_attribution_to_no_group_names_nobody(resources: Resources) -> None:
    text = (
        "On 9 March 2023, gunmen shot dead 4 farmers near Oicha (North Kivu). Attributed to"
        " a land dispute by local officials."
    )
    assert _first(text, resources)[0] == "Unidentified Armed Group (Democratic Republic of Congo)"


# --- allies written after their lead --------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "lead"),
    [
        ("On Monday, RSF and allied ", "RSF"),
        ("fighters of the KIA and its allied ", "KIA"),
        ("the Kachin Independence Army and allied ", "Kachin Independence Army"),
        ("On Monday, the RSF and ", None),  # no alliance written
        ("police allied ", None),  # no lead before "and"
    ],
)
def test_allied_lead(before: str, lead: str | None) -> None:
    assert allied_lead(before + "Arab militiamen", len(before)) == lead


@pytest.mark.parametrize(
    ("text", "lead", "ally"),
    [
        (
            "On 2 October 2023, RSF and allied Arab militiamen killed 14 men in Misterei"
            " (West Darfur).",
            "Rapid Support Forces",
            "Arab Ethnic Militia (Sudan)",
        ),
        (
            "On 2 October 2023, KIA and allied PDF fought junta forces on the outskirts of"
            " Momauk (Kachin).",
            "Kachin Independence Army",
            "People's Defence Force",
        ),
    ],
)
def test_the_lead_is_actor1(text: str, lead: str, ally: str, resources: Resources) -> None:
    first, assoc = _first(text, resources)
    assert first == lead
    assert ally in assoc


def test_the_lead_must_be_a_known_armed_actor(resources: Resources) -> None:
    # "Kubaba" is no group the base knows: the allies stay actor1
    text = (
        "On 2 October 2023, Kubaba and allied Arab militiamen killed 14 men in Misterei"
        " (West Darfur)."
    )
    assert _first(text, resources)[0] == "Arab Ethnic Militia (Sudan)"
