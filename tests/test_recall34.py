"""Session 34 (recall34): events told without their usual trigger word, read by the roles of
words. Hand-built sentences ("Kalo"), never eval items.

- what is bundled into a vehicle is a person (an abduction), unless the police do it;
- a force moving its seat into a base or barracks sets up a base; the wounded moved there
  set up none;
- a faction breaking away, told without "from", changes the group;
- a human chain told as hands held along a route is a demonstration; two leaders holding
  hands on a walk are none;
- a leader's supporters who rally are a demonstration; rallying behind a leader is support
  said, no gathering;
- a word of a place's name ("Lion Rock") is no stone thrown: the protest stays peaceful.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.extract.triggers import _in_place_name
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return sorted({e.sub_event_type for e in x.events})


def test_a_trader_bundled_into_a_car_is_abducted(extractor: Extractor) -> None:
    text = "On 5 May 2024, gunmen bundled a trader into a car in Kalo town."
    assert _subs(text, extractor) == ["Abduction/forced disappearance"]


def test_bundled_told_in_the_passive(extractor: Extractor) -> None:
    text = "On 5 May 2024, a teacher was bundled into a car by armed men in Kalo."
    assert _subs(text, extractor) == ["Abduction/forced disappearance"]


def test_goods_bundled_into_a_van_are_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, traders bundled their goods into a van in Kalo market."
    assert _subs(text, extractor) == []


def test_a_junta_moving_its_staff_into_barracks_sets_up_a_base(extractor: Extractor) -> None:
    text = "On 5 May 2024, the junta said it had moved its general staff into the old barracks in Kalo."
    assert _subs(text, extractor) == ["Headquarters or base established"]


def test_families_moved_into_a_base_set_up_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, officials moved displaced families into the old barracks in Kalo."
    assert "Headquarters or base established" not in _subs(text, extractor)


def test_a_faction_breaking_away_without_from(extractor: Extractor) -> None:
    text = (
        "On 5 May 2024, a faction of the Kalo Liberation Front announced that it was breaking"
        " away to fight under a new name."
    )
    assert _subs(text, extractor) == ["Change to group/activity"]


def test_hands_held_along_a_road_are_a_human_chain(extractor: Extractor) -> None:
    text = "On 5 May 2024, thousands of residents held hands along the coastal road near Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_two_leaders_holding_hands_on_a_walk_are_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, the two leaders held hands as they walked along the beach in Kalo."
    assert _subs(text, extractor) == []


def test_supporters_who_rallied_protest(extractor: Extractor) -> None:
    text = "On 5 May 2024, supporters of the jailed opposition leader rallied in Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_rallying_behind_a_leader_is_no_gathering(extractor: Extractor) -> None:
    text = "On 5 May 2024, supporters of the ruling party rallied behind the president in Kalo."
    assert _subs(text, extractor) == []


def test_a_word_of_a_place_name_is_no_stone(extractor: Extractor) -> None:
    doc = extractor.nlp("Residents marched from the Kalo Market to Lion Rock in Mbeti.")
    rock = next(t for t in doc if t.text == "Rock")
    if rock.ent_type_ in ("GPE", "LOC", "FAC"):
        assert _in_place_name(rock)
    text = "On 5 May 2024, thousands of residents held hands along the road to Lion Rock in Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_stones_thrown_still_upgrade(extractor: Extractor) -> None:
    text = "On 5 May 2024, protesters marched to Kalo Square and threw stones at police."
    assert _subs(text, extractor) == ["Violent demonstration"]
