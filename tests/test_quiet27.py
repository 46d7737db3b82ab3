"""Session 27 (quiet27): sentences that report no event ACLED codes yield none. Hand-built
sentences, never eval items.

- a tally over a period ("over the past week", "in recent months", "for years") is no event
  of a day; the same act told on its day stays;
- a past event a memory or a memorial recalls is no new event; the memorial march stays;
- an act still expected, a protest planned or called for a later day is none yet;
- a counted list hung on its last place ("in A and B, including 12 killings") is a tally.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


def test_a_tally_over_a_period_is_no_event(extractor: Extractor) -> None:
    text = "Over the past ten days, 14 insurgents were killed in the northern districts."
    assert _subs(text, extractor) == []
    text = "Monitors counted 40 people killed by shelling in the province over the last week."
    assert _subs(text, extractor) == []
    assert _subs("Several schools have been hit by air strikes in recent months.", extractor) == []
    text = "The air force has bombed rebel camps in the mountains for years."
    assert _subs(text, extractor) == []


def test_an_act_told_on_its_day_stays(extractor: Extractor) -> None:
    text = "Insurgents killed 14 soldiers in an attack on a base near Kalo on Monday."
    assert len(_subs(text, extractor)) == 1
    text = "The rebels and the army fought for two days near Kalo."
    assert _subs(text, extractor) == ["Armed clash"]
    text = "Rebels and soldiers fought for days around the airport of Kalo."
    assert _subs(text, extractor) == ["Armed clash"]
    # a span of another clause (a place held or claimed for years) is not the trigger's
    text = (
        "Residents of the village, which rebels have held for years, said an air strike killed "
        "two people on the road."
    )
    assert _subs(text, extractor) == ["Air/drone strike"]
    text = "Shelling killed two soldiers near the old fort, a site both sides have claimed for decades."
    assert _subs(text, extractor) == ["Shelling/artillery/missile attack"]
    text = "On Sunday, the deadliest day of the past week, an air strike hit a market in Kalo."
    assert _subs(text, extractor) == ["Air/drone strike"]


def test_a_memory_recalls_a_past_event(extractor: Extractor) -> None:
    text = (
        "The clashes revived memories of the riots that shook the capital in 2015, when a "
        "student was shot dead by the police."
    )
    assert "Attack" not in _subs(text, extractor)
    text = "A memorial service was held for the victims who died in the bombing of the market."
    assert _subs(text, extractor) == []


def test_a_memorial_march_stays(extractor: Extractor) -> None:
    text = "Hundreds of students marched through Kalo on Friday in memory of a classmate."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_an_act_expected_or_planned_is_none_yet(extractor: Extractor) -> None:
    text = "Travellers should expect roadblocks and heavy gunfire near the border crossings."
    assert _subs(text, extractor) == []
    assert _subs("A heavy army deployment is expected around the stadium.", extractor) == []
    assert _subs("A sit-in by teachers is planned outside the ministry.", extractor) == []
    text = "A transport strike called by the drivers' union for next week is expected to be small."
    assert _subs(text, extractor) == []
    assert _subs("Teachers' protests announced for next month by the union.", extractor) == []


def test_a_counted_list_hung_on_a_place_is_a_tally(extractor: Extractor) -> None:
    text = (
        "During the month, monitors recorded 45 incidents in the northern and eastern districts, "
        "including 12 killings and 8 abductions."
    )
    assert _subs(text, extractor) == []
