"""Crowds as doers (issue 9, sessions 33-34; extract/crowds.py): a plural word for a body of
people ("youths", "fans", "marchers") written as a verb's subject is an actor of the crowd
class (ACLED's codebook: Rioters or Protesters, never civilians).

Hand-written sentences (places and people chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Event
from tests.test_extract_events import run


def _words(event: Event, slot: str) -> str | None:
    ref = getattr(event, slot)
    return None if ref is None else (ref.surface or ref.name)


def _events(text: str, extractor: Extractor) -> list[Event]:
    _, x = run(text, extractor)
    return list(x.events)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Youths looted shops and attacked traders in Tamsa on Monday.", "Youths"),
        ("Angry youths attacked market stalls in Tamsa on Monday.", "Angry youths"),
        ("Marchers threw stones at gendarmes in Tamsa on Monday.", "Marchers"),
        ("Illegal miners attacked a police post near Tamsa on Friday.", "Illegal miners"),
    ],
)
def test_a_crowd_written_as_the_subject_is_the_doer(
    extractor: Extractor, text: str, doer: str
) -> None:
    found = _events(text, extractor)
    assert found, text
    assert _words(found[0], "actor1") == doer


def test_the_crowd_word_as_a_victim_stays_no_actor(extractor: Extractor) -> None:
    """ "police shot dead two youths": the youths suffered it; the word alone names no crowd."""
    found = _events("Police shot dead two youths in Tamsa on Monday.", extractor)
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert _words(found[0], "actor1") == "Police"
    assert found[0].actor2 is None or _words(found[0], "actor2") != "youths"


def test_a_crowd_turning_on_people_is_mob_violence(extractor: Extractor) -> None:
    found = _events("Youths attacked shops and passers-by in Tamsa; several were hurt.", extractor)
    assert [e.sub_event_type for e in found] == ["Mob violence"]
    assert _words(found[0], "actor1") == "Youths"


def test_a_verb_in_scare_quotes_is_no_crowd_act(extractor: Extractor) -> None:
    """ "fans 'stormed' the pitch to celebrate": the quotation marks make the verb a figure."""
    text = "On Sunday, Tamsa fans 'stormed' the pitch to celebrate a late goal. Match report."
    assert _events(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        # two named peoples sharing the word: two communities' fighters, no faceless crowd
        "On Monday, Tamsa and Kari youths clashed in Bawku; gunfire. 3 killed.",
        # a crowd acting with arms is an armed band
        "On Monday, illegal miners attacked a mining camp near Tamsa with explosives.",
    ],
)
def test_no_crowd_doer_for_two_peoples_or_an_armed_band(extractor: Extractor, text: str) -> None:
    found = _events(text, extractor)
    assert all(_words(e, "actor1") not in ("youths", "illegal miners") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # a people's or clan's named young men are its fighters (the community's militia)
        "On Monday, Dinka youths raided cattle camps near Tamsa, killing five herders.",
        "On Monday, Kari youths attacked a village near Tamsa; 12 killed.",
        # the crowd's act done with arms, told in an agentless passive
        "On Friday, illegal miners attacked guards at a mine near Tamsa; two guards were "
        "killed with rifles.",
        "On Friday, illegal miners attacked guards at a camp near Tamsa; 3 guards killed with "
        "explosives.",
    ],
)
def test_no_crowd_doer_for_a_named_people_or_arms_in_the_sentence(
    extractor: Extractor, text: str
) -> None:
    found = _events(text, extractor)
    assert found, text
    assert all(
        (_words(e, "actor1") or "").lower() not in ("dinka youths", "kari youths", "illegal miners")
        for e in found
    )


def test_a_nationality_keeps_the_crowd(extractor: Extractor) -> None:
    """ "French youths": an adjective of nationality says whose crowd it is, not a militia."""
    found = _events("On Monday, French youths burned cars in Tamsa after a shooting.", extractor)
    assert found
    assert _words(found[0], "actor1") == "French youths"
