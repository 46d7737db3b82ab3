"""Session 28 (recall28): events coder notes tell in words the triggers did not know. Hand-built
sentences, never eval items.

- protests told in the words of the region that holds them (a dharna, a gherao, a cabildo held,
  a cacerolazo), a crowd gathering or assembling at a seat of power, a square or a memorial,
  tractors driven against a measure, people who demonstrated, a labour gathering held;
- a sit-in held by people the parse hangs under their demand ("graduates demanding jobs held a
  sit-in") was held, not asked for;
- air defence that "downed" drones (Disrupted weapons use);
- the controls: a gathering for prayer, a funeral or of officials, a council's cabildo, a
  tractor hit by a mine, "demonstrated its strength" stay no protest.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


def test_regional_protest_words(extractor: Extractor) -> None:
    text = (
        "On Monday, nurses staged a dharna outside the health office in Kalo over unpaid salaries."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday, students held a gherao of the vice-chancellor in Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday, thousands of residents held a cabildo in Kalo to press for new elections."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday night, residents of Kalo staged a cacerolazo against the price rises."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_council_cabildo_is_no_protest(extractor: Extractor) -> None:
    text = "On Monday, the island council of Kalo held a cabildo session to approve the budget."
    assert _subs(text, extractor) == []


def test_a_held_sit_in_is_no_demand(extractor: Extractor) -> None:
    # the small model reads "graduates" as the verb and hangs "held" under "demanding"
    text = "On 2 May 2024, graduates demanding jobs held a sit-in in front of the city hall, Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_gatherings_at_seats_of_power_and_memorials(extractor: Extractor) -> None:
    text = "On Monday, dock workers gathered outside the transport ministry in Kalo over wages."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday, a large crowd assembled in the main square of Kalo to reject the decree."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday, a few students gathered with candles at the war memorial in Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_other_gatherings_stay_quiet(extractor: Extractor) -> None:
    text = "On Monday, thousands gathered in the main square of Kalo for Friday prayers."
    assert _subs(text, extractor) == []
    text = "On Monday, ministers gathered at the presidential palace in Kalo for a summit."
    assert _subs(text, extractor) == []
    text = "On Monday, mourners gathered at the memorial in Kalo for the funeral of the mayor."
    assert _subs(text, extractor) == []


def test_tractors_people_and_labour_gatherings(extractor: Extractor) -> None:
    text = "On Monday, farmers drove their tractors into Kalo against the new fuel tax."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday, around 200 people demonstrated in Kalo in solidarity with the strikers."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On Monday, union members held a May Day gathering in the centre of Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_no_protest_without_its_sense(extractor: Extractor) -> None:
    text = "On Monday, a tractor hit a landmine near Kalo, killing its driver."
    assert "Peaceful protest" not in _subs(text, extractor)
    text = "On Monday, the army demonstrated its strength with a parade in Kalo."
    assert _subs(text, extractor) == []


def test_air_defence_downed_drones(extractor: Extractor) -> None:
    text = "On Monday, air defence units downed 12 drones over Kalo, the defence ministry said."
    assert _subs(text, extractor) == ["Disrupted weapons use"]
