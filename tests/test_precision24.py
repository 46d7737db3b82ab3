"""Session 24 (prec24): false events on articles. Hand-built sentences, never eval items.

- continuation rule 11: weapons seized in a battle (told in its sentence, or with no date of
  its own just after it) are the battle's spoils, no Disrupted weapons use of their own; a
  seizure on another day, in a raid of its own, or after an attack on civilians stays one.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import run

DISRUPTED = "Disrupted weapons use"


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return [e.sub_event_type for e in x.events]


def test_weapons_recovered_after_a_clash_are_its_spoils(extractor: Extractor) -> None:
    text = (
        "Soldiers clashed with about 20 rebels near the village of Kalo on Thursday. Three"
        " rebels were killed. Troops recovered five rifles and a grenade launcher."
    )
    assert _subs(text, extractor) == ["Armed clash"]


def test_weapons_seized_in_the_clash_sentence_are_its_spoils(extractor: Extractor) -> None:
    text = "Soldiers clashed with rebels in Kalo on Thursday, killing four, and seized 9 guns."
    assert _subs(text, extractor) == ["Armed clash"]
    passive = (
        "Police exchanged fire with militants in Kalo on Thursday. Four militants were killed."
        " Weapons, hand grenades and explosive material were recovered."
    )
    assert _subs(passive, extractor) == ["Armed clash"]


def test_a_seizure_of_its_own_stays(extractor: Extractor) -> None:
    alone = "Police seized five rifles in a raid in Kalo on Thursday."
    assert _subs(alone, extractor) == [DISRUPTED]
    other_day = (
        "Soldiers clashed with rebels in Kalo on Thursday. On Friday police seized five rifles"
        " at a checkpoint in Kalo."
    )
    assert _subs(other_day, extractor) == ["Armed clash", DISRUPTED]
    after_attack = (
        "Gunmen attacked a village near Kalo on Thursday, killing four. Police later recovered"
        " five rifles."
    )
    assert _subs(after_attack, extractor) == ["Attack", DISRUPTED]
