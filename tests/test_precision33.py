"""Session 33 (prec33): a side's generic accusation ("accused the army of bombing villages") is
a claim of a practice, not an event (extract/background.py ``_generic_accusation``); an
accused act made one incident by a day, a count or a definite object stays, and so does an
event told beside the accusation. Hand-built sentences and places, never evaluation text."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return [e.sub_event_type for e in x.events]


def test_a_generic_accusation_is_no_event(extractor: Extractor) -> None:
    text = (
        "The militia's spokesman said his fighters were ready for talks, while accusing the "
        "army of bombing villages in Kordan."
    )
    assert _subs(text, extractor) == []
    text = "The rebels, for their part, accused the navy of shelling fishermen and vowed revenge."
    assert _subs(text, extractor) == []


def test_a_dated_or_counted_accusation_stays(extractor: Extractor) -> None:
    text = "Villagers accused soldiers of killing four farmers near Ostra on Monday."
    assert _subs(text, extractor) != []


def test_an_accusation_of_one_incident_stays(extractor: Extractor) -> None:
    text = "The army accused the rebels of shelling the market in Ostra on Tuesday."
    assert _subs(text, extractor) != []


def test_an_event_beside_a_generic_accusation_stays(extractor: Extractor) -> None:
    text = (
        "Gunmen killed three farmers in Ostra on Monday, and the local council accused the "
        "army of arming militias."
    )
    assert _subs(text, extractor) == ["Attack"]
