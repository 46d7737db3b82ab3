"""The toll of an event told by several sources, each of another side's dead (session 42,
extract/merging.py ``conservative``): figures that cannot count the same dead do not conflict,
so the event's toll is all of them ("an ambush killed a soldier; the army said it killed three
of the assailants": 4). Figures that may count the same dead stay the most conservative
(ACLED's rule for conflicting reports)."""

from __future__ import annotations

from ceasewatch.extract.merging import conservative
from ceasewatch.model import FatalityClaim


def claim(count: int, victims: str | None, by: str | None, side: str | None = None,
          qualifier: str = "exact") -> FatalityClaim:  # fmt: skip
    return FatalityClaim(
        count=count, qualifier=qualifier, victims=victims, victim_actor=side, claimed_by=by
    )


def test_each_sides_dead_told_by_another_source_are_added() -> None:
    assert conservative([claim(1, "soldiers", None), claim(3, "fighters", "army")]) == 4
    # both sides' fighters, each told by its enemy
    told = [claim(13, "fighters", "NRF", "af-taliban"), claim(4, "fighters", "Taliban", "af-nrf")]
    assert conservative(told) == 17


def test_figures_that_may_count_the_same_dead_stay_conservative() -> None:
    assert conservative([claim(9, "civilians", "residents"), claim(6, "civilians", "police")]) == 6
    # a figure naming no victims may be anyone's
    assert conservative([claim(9, None, "residents"), claim(3, "fighters", "army")]) == 3
    # one side of the same kind without an owner on one of them
    assert conservative([claim(5, "soldiers", "army"), claim(20, "soldiers", "rebels", "x")]) == 5
    # a civilian figure is often a monitor's count of the day or of another incident
    assert conservative([claim(40, "civilians", None), claim(1, "fighters", "monitor")]) == 1
    # one kind of victims, one of them a generic reading: the same dead may be meant
    told = [
        claim(20, "fighters", "monitor", "generic-jihadists"),
        claim(20, "fighters", None, "isis"),
    ]
    assert conservative(told) == 20
    # a vague figure is no count to add
    told = [claim(2, "soldiers", None), claim(12, "fighters", "army", qualifier="vague")]
    assert conservative(told) == 2


def test_one_source_is_unchanged() -> None:
    assert conservative([claim(2, "soldiers", "army"), claim(7, "fighters", "army")]) == 9
    assert conservative([]) is None
