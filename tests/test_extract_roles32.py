"""Who fought whom, read from the parse (issue 9, session 32): two sides that share one noun
("between armed Dolo and Kari groups", "between Dolo and Kari militias") and parties hung on a
passive verb ("gunfire was exchanged between ...").

Hand-written sentences (places and groups chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Event
from tests.test_extract_events import run


def _words(event: Event, slot: str) -> str | None:
    ref = getattr(event, slot)
    return None if ref is None else ref.surface


def _clash(text: str, extractor: Extractor) -> Event:
    _, x = run(text, extractor)
    found = [e for e in x.events if e.sub_event_type == "Armed clash"]
    assert found, [(e.sub_event_type, _words(e, "actor1")) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # two names before one noun: two sides, not the dead climbed to as the doer
        (
            "Two soldiers died in a gunfight between armed Dolo and Kari groups near Tamsa "
            "on Monday.",
            "Dolo",
            "Kari groups",
        ),
        (
            "Fighting between Dolo and Kari fighters left six dead near Tamsa on Monday.",
            "Dolo",
            "Kari fighters",
        ),
        (
            "Clashes between Serbian and Albanian police left two dead in a northern town.",
            "Serbian",
            "Albanian police",
        ),
    ],
)
def test_two_names_sharing_one_noun_are_two_sides(
    extractor: Extractor, text: str, first: str, second: str
) -> None:
    event = _clash(text, extractor)
    assert _words(event, "actor1") == first
    assert _words(event, "actor2") == second


def test_a_bare_name_takes_the_kind_of_the_noun_it_shares(extractor: Extractor) -> None:
    """ "between Fulani and Tiv militias": the bare first name (a people the tagger knows) is a
    militia too, so the fight is a clash of two armed sides, not mob violence."""
    text = "Four men were hurt in clashes between Fulani and Tiv militias near Tamsa on Monday."
    _, x = run(text, extractor)
    assert x.events
    assert all(e.sub_event_type != "Mob violence" for e in x.events)
    event = _clash(text, extractor)
    assert _words(event, "actor1") == "Fulani"


def test_parties_of_a_passive_verb(extractor: Extractor) -> None:
    text = "Gunfire was exchanged between two armed groups near a market in Tamsa on Friday."
    event = _clash(text, extractor)
    assert _words(event, "actor1") == "armed groups"


@pytest.mark.parametrize(
    "text",
    [
        # named sides keep their own words
        "Clashes between the army and the Dolo Front left two dead near Tamsa on Monday.",
        # one name and one force: no sharing
        "Fighting between Dolo fighters and the army left six dead near Tamsa on Monday.",
    ],
)
def test_sides_written_apart_are_kept(extractor: Extractor, text: str) -> None:
    event = _clash(text, extractor)
    one, two = _words(event, "actor1") or "", _words(event, "actor2") or ""
    assert "army" in one + two
    assert " and " not in one and " and " not in two


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a named unit of a force before a member noun that alone reads as civilians
        (
            "On 3 May 2024, Taliban intelligence (GDI) men detained two journalists in Herat.",
            "Taliban intelligence",
        ),
        # a unit word naming nobody between a named force and its members
        ("On 3 May 2024, RSF intelligence officers detained two activists in Omdurman.", "RSF"),
    ],
)
def test_members_of_a_named_force_unit(extractor: Extractor, text: str, doer: str) -> None:
    _, x = run(text, extractor)
    found = [e for e in x.events if e.sub_event_type == "Arrests"]
    assert found
    assert doer in (_words(found[0], "actor1") or "")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "On 3 May 2024, gunmen attacked a police checkpoint near Tamsa (Dolo); 2 policemen "
            "and 1 attacker killed.",
            "policemen",
        ),
        (
            "On 3 May 2024, militants attacked an army post near Tamsa (Dolo); 2 soldiers and "
            "3 militants killed.",
            "soldiers",
        ),
    ],
)
def test_a_toll_naming_both_sides_keeps_the_side_attacked(
    extractor: Extractor, text: str, victim: str
) -> None:
    """ "2 policemen and 1 attacker killed": the participle hangs on the last count, but tells
    the toll of both; the attackers' own dead are no side attacked."""
    _, x = run(text, extractor)
    assert x.events
    event = x.events[0]
    assert victim in (_words(event, "actor2") or "")
    assert _words(event, "actor1") in ("gunmen", "militants")
