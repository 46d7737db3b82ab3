"""A commander's own men, unnamed communal militias and ACLED's spellings of named groups
(issue 9, session 15, wip/actors13)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.conventions import personal_militia
from tests.event_builders import report_main_event


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def _known(name: str) -> bool:
    return name in ("Khalifa Haftar", "Burkina Faso")


@pytest.mark.parametrize(
    ("words", "after", "expected"),
    [
        ("forces", " loyal to Gen. Abebe Kassa stormed the hall", "Militia (Abebe Kassa)"),
        ("forces", " loyal to General Mahmoud stormed the hall", "Militia (Mahmoud)"),
        ("fighters", " under warlord Bashir Ali attacked", "Militia (Bashir Ali)"),
        ("militiamen", " led by Jean Bosco Ntaganda raided", "Militia (Jean Bosco Ntaganda)"),
        ("Musa Hilal's men", "", "Militia (Musa Hilal)"),
        # a known actor, a place or a state, no name, or one bare word: not a person's militia
        ("forces", " loyal to Khalifa Haftar took the town", None),
        ("troops", " under Burkina Faso command", None),
        ("forces", " loyal to the government", None),
        ("men", " led by Ali attacked", None),
        ("forces", " attacked the town", None),
    ],
)
def test_personal_militia(words: str, after: str, expected: str | None) -> None:
    made = personal_militia(words, after, _known)
    assert (made["name"] if made else None) == expected
    if made is not None:
        assert made["inter"] == 3 and made["id"] is None and made["method"] == "convention"


def test_unnamed_communal_militia_is_read_by_country(kb: ActorKB) -> None:
    generic = kb.get("generic-communal-militias")
    assert generic is not None and generic.generic and generic.inter == 4
    for words in ("clansmen", "self-defence group", "rival clans"):
        found = kb.resolve_name_on(words, None)
        assert found is not None and found.id == generic.id, words
    on = dt.date(2024, 2, 18)
    assert kb.reading(generic, "PG", on).name == "Communal Militia (Papua New Guinea)"  # type: ignore[union-attr]
    assert kb.reading(generic, "MX", on).name == "Communal Militia (Mexico)"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "on", "acled"),
    [
        ("TTP", dt.date(2023, 1, 30), "TTP: Tehreek-i-Taliban Pakistan"),
        ("Tehrik-i-Taliban Pakistan", dt.date(2023, 1, 30), "TTP: Tehreek-i-Taliban Pakistan"),
        ("NRF", dt.date(2022, 6, 1), "NRF: National Resistance Front"),
        ("GNA", dt.date(2019, 6, 26), "Military Forces of Libya (2016-2021) Government of National Accord"),
        ("Government of National Accord", dt.date(2020, 1, 1), "Military Forces of Libya (2016-2021) Government of National Accord"),
        ("gendarme", None, "police"),
    ],
)  # fmt: skip
def test_acled_spellings(kb: ActorKB, words: str, on: dt.date | None, acled: str) -> None:
    actor = kb.resolve_name_on(words, on)
    assert actor is not None and actor.name == acled
    assert "Militia (" not in actor.name


# --- whole reports, written for this file (no evaluation item) ------------------------------

REPORTS = [
    (
        "On 3 April 2019, forces loyal to Gen. Ahmed Musa stormed the radio station in "
        "Kassala (Kassala). 2 killed.",
        "Militia (Ahmed Musa)",
    ),
    (
        "On 12 June 2023, clansmen attacked a rival clan's hamlet near Mendi (Southern "
        "Highlands), Papua New Guinea. 9 killed.",
        "Communal Militia (Papua New Guinea)",
    ),
    (
        "On 5 August 2022, a gendarme shot a taxi driver dead at a roadblock in Bamenda "
        "(Mezam, North-West), Cameroon.",
        "Police Forces of Cameroon",
    ),
]


@pytest.mark.parametrize(("text", "actor1"), REPORTS)
def test_reports(text: str, actor1: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    got = event.actor1.name if event.actor1 is not None else None
    assert same_actor(got, actor1), (got, event.sub_event_type)


def test_insurgents_in_mozambique_are_cabo_delgados_insurgency(kb: ActorKB) -> None:
    on = dt.date(2023, 9, 12)
    for gid in ("generic-rebels", "generic-militants", "generic-jihadists"):
        generic = kb.get(gid)
        assert generic is not None
        assert kb.reading(generic, "MZ", on).name == "Islamic State (Mozambique)"  # type: ignore[union-attr]
    # elsewhere the generic words keep ACLED's unidentified armed group
    rebels = kb.get("generic-rebels")
    assert rebels is not None
    assert kb.reading(rebels, "TZ", on).name == "Unidentified Armed Group (Tanzania)"  # type: ignore[union-attr]
