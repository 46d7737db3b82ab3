"""ACLED's names for groups reports write otherwise (issue 9, session 12, wip/actors9)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.conventions import uniformed
from ceasewatch.resolve.elision import elided_pair
from ceasewatch.resolve.handover import handed_to
from tests.event_builders import report_main_event


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.mark.parametrize(
    ("words", "actor_id"),
    [
        # the Khorasan province, as reports spell it and as ACLED files it in Afghanistan
        ("IS-Khorasan", "iskp"),
        ("ISIS-Khorasan", "iskp"),
        ("ISKP", "iskp"),
        ("Islamic State (Afghanistan)", "iskp"),
        ("Maute group", "ph-maute"),
        ("Maute militants", "ph-maute"),
        # ACLED names the Guards as a branch of Iran's military
        ("IRGC", "iran-irgc"),
        ("Islamic Revolutionary Guards Corps", "iran-irgc"),
        ("Iran's Revolutionary Guards", "iran-irgc"),
        # an elite unit under state command is the state's military
        ("Counter-Terrorism Service", "iraq-isf"),
        ("Iraqi Counter Terrorism Service", "iraq-isf"),
        # no bloc named: ACLED's collective name, not the EMC
        ("FARC dissidents", "co-farc-dissidents"),
        ("EMC", "co-emc"),
    ],
)
def test_acled_names(kb: ActorKB, words: str, actor_id: str) -> None:
    actor = kb.resolve_name_on(words, dt.date(2021, 6, 1))
    assert actor is not None and actor.id == actor_id, words


def test_irgc_carries_acleds_name(kb: ActorKB) -> None:
    irgc = kb.get("iran-irgc")
    assert irgc is not None
    assert "Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps" in irgc.aliases
    assert any("acleddata" in s for s in irgc.sources)


# --- the words around a mention (resolve.elision, handover.handed_to, conventions.uniformed) ---


def _pair(text: str, mention: str) -> tuple[str, str] | None:
    start = text.index(mention)
    return elided_pair(text, start, start + len(mention))


def test_two_groups_sharing_one_noun() -> None:
    text = "members of the Kuki and Meitei ethnic militias exchanged fire"
    assert _pair(text, "Meitei ethnic militias") == (
        "Kuki ethnic militias",
        "Meitei ethnic militias",
    )
    assert _pair("Kuki and Meitei militants clashed", "militants") == (
        "Kuki militants",
        "Meitei militants",
    )
    assert _pair("Fulani and Dogon militias clashed near Bankass", "Fulani") == (
        "Fulani militias",
        "Dogon militias",
    )
    # one group, or a noun with no group before it: nothing elided
    assert _pair("Meitei militias exchanged fire", "Meitei militias") is None
    assert _pair("police and militants clashed", "militants") is None
    assert _pair("Fulani herders and farmers", "Fulani") is None


def test_the_side_a_territory_is_handed_to() -> None:
    told = "MNDAA fighters pulled out of Lashio and handed the city back to the military administration, nine months after"
    assert handed_to(told) == "the military administration"
    assert handed_to("the rebels handed over the town to the army on Monday") == "the army"
    assert handed_to("the rebels withdrew from the town") is None


def test_men_in_uniform_are_unidentified_unless_the_report_says_who() -> None:
    assert uniformed(" in Burkinabe army uniform shot residents", "") == (
        "Burkinabe",
        "unidentified-armed-group",
    )
    assert uniformed(" wearing military fatigues abducted", "") == (
        None,
        "unidentified-armed-group",
    )
    said = "men in army uniform shot residents; survivors said the killers were soldiers."
    assert uniformed(" in army uniform shot residents", said) == (None, "military")
    said = "witnesses said the attackers were policemen"
    assert uniformed(" in uniform beat them", said) == (None, "police")
    assert uniformed(" from the village attacked", "") is None


# --- whole reports, written for this file (no evaluation item) ------------------------------

REPORTS = [
    (
        "On 2 June 2023, members of the Kuki and Naga ethnic militias exchanged fire near "
        "Ukhrul (Manipur). 2 people were killed.",
        "Kuki Ethnic Militia (India)",
        "Naga",
    ),
    (
        "On 3 March 2022, Fulani and Dogon militias clashed near Bankass (Mopti), killing 12.",
        "Fulani Ethnic Militia (Mali)",
        "Dogon Ethnic Militia (Mali)",
    ),
    (
        "On 4 May 2023, Kuki and Meitei militants exchanged fire near Moirang (Bishnupur, "
        "Manipur). 1 killed.",
        "Kuki Ethnic Militia (India)",
        "Meitei Ethnic Militia (India)",
    ),
    (
        "On 5 May 2024, under a local deal, Arakan Army fighters withdrew from Paletwa (Chin) "
        "and handed the town back to the military administration. No fighting.",
        "Military Forces of Myanmar",
        "Arakan Army",
    ),
    (
        "On 3 May 2022, men in military fatigues shot dead 9 traders near Djibo (Soum, "
        "Sahel), Burkina Faso.",
        "Unidentified Armed Group (Burkina Faso)",
        None,
    ),
    (
        "On 6 May 2022, gunmen dressed as soldiers killed 7 villagers in Solenzo (Banwa), "
        "Burkina Faso; residents said the attackers were soldiers of a local unit.",
        "Military Forces of Burkina Faso",
        None,
    ),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), REPORTS)
def test_reports(text: str, actor1: str, actor2: str | None, resources: Resources) -> None:
    event = report_main_event(text, resources)
    got = event.actor1.name if event.actor1 is not None else None
    assert same_actor(got, actor1), (got, event.sub_event_type)
    if actor2 is not None and " " in actor2:
        assert event.actor2 is not None and same_actor(event.actor2.name, actor2)
