"""Session 31 (recall31): events coder notes tell that the triggers missed, read by the
parse's roles and the doer's class. Hand-built sentences ("Kalo", "Mbeti"), never eval items.

- fire told as a noun laid "on" positions or a village ("enemy fire on army positions");
- a border crossing or a post handed over, and forces that moved into a place handed over
  under a deal (Non-violent transfer of territory);
- a march told as the clause's head or as the subject of a crowd drawn; a road blockade;
- a gathering "in front of" a seat of power, or with petitions;
- land occupied by a movement no actor base arms (a demonstration), by an armed group
  (territory taken);
- a ban, a curfew or an armed strike decreed by a non-state armed group (Change to
  group/activity), not by a government.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


def test_fire_on_positions_told_as_a_noun(extractor: Extractor) -> None:
    text = "On 3 May 2023, the ministry reported enemy fire on army positions near Kalo."
    assert _subs(text, extractor) in (["Armed clash"], ["Attack"])


def test_a_blaze_is_no_fire_on_anyone(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, a fire on the third floor of a hotel in Kalo was put out by firefighters."
    )
    assert _subs(text, extractor) == []


def test_a_crossing_handed_over(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, army border guards handed the Mbeti crossing point over to police in Kalo."
    )
    assert _subs(text, extractor) == ["Non-violent transfer of territory"]


def test_forces_moved_into_a_town_handed_over(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, after Kalo was handed over under the truce, army units moved into the town."
    )
    assert "Non-violent transfer of territory" in _subs(text, extractor)


def test_a_march_told_as_the_clause(extractor: Extractor) -> None:
    text = "On 3 May 2023, a march in Kalo against the new fuel tax. Peaceful."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On 3 May 2023, a march in Kalo against the new fuel tax drew thousands."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_month_or_a_military_march_is_no_protest(extractor: Extractor) -> None:
    text = "On 3 May 2023, a military march in Kalo for the army day."
    assert _subs(text, extractor) == []


def test_a_road_blockade_kept_up(extractor: Extractor) -> None:
    text = "On 3 May 2023, farmers kept up the road blockade at Kalo for a second day."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_gathered_in_front_of_a_seat_of_power(extractor: Extractor) -> None:
    text = "On 3 May 2023, some 200 teachers gathered in front of the parliament in Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On 3 May 2023, villagers from Mbeti gathered outside the district office in Kalo with petitions."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_land_occupied_by_a_movement(extractor: Extractor) -> None:
    text = "On 3 May 2023, some 300 landless workers occupied a farm near Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_land_occupied_by_an_armed_group_is_taken(extractor: Extractor) -> None:
    text = "On 3 May 2023, Al Shabaab fighters occupied a farm near Kalo."
    assert "Peaceful protest" not in _subs(text, extractor)


def test_a_ban_decreed_by_an_armed_group(extractor: Extractor) -> None:
    text = "On 3 May 2023, Al Shabaab announced a ban on motorbikes on the roads around Kalo."
    assert _subs(text, extractor) == ["Change to group/activity"]
    text = "On 3 May 2023, Al Shabaab imposed a curfew on Kalo and nearby villages."
    assert _subs(text, extractor) == ["Change to group/activity"]


def test_a_ban_decreed_by_a_government_is_no_group_change(extractor: Extractor) -> None:
    text = "On 3 May 2023, the government announced a ban on plastic bags in Kalo."
    assert _subs(text, extractor) == []
    text = "On 3 May 2023, the mayor of Kalo imposed a curfew after the floods."
    assert "Change to group/activity" not in _subs(text, extractor)


def test_fire_on_positions_hung_on_the_verb(extractor: Extractor) -> None:
    text = "On 3 May 2023, the Mbeti defence ministry reported Kalo fire on positions near Mbeti."
    assert _subs(text, extractor) in (["Armed clash"], ["Attack"])


def test_a_march_told_as_the_headline(extractor: Extractor) -> None:
    text = "On 3 May 2023, Teachers Day march on the main avenue of Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_side_ambushed_in_a_match_is_no_clash(extractor: Extractor) -> None:
    text = "On 3 May 2023, the Kalo national side ambushed Mbeti 3-1 in a football friendly."
    assert _subs(text, extractor) == []
    text = "On 3 May 2023, rebels ambushed an army patrol near Kalo."
    assert _subs(text, extractor) == ["Armed clash"]


def test_families_moving_into_homes_are_no_forces(extractor: Extractor) -> None:
    text = "On 3 May 2023, under the truce deal, displaced families moved into new homes in Kalo."
    assert _subs(text, extractor) == []


def test_sides_that_fired_at_each_other_fought(extractor: Extractor) -> None:
    text = "On 3 May 2023, herders and farmers fired at each other near Kalo over a well; 4 dead."
    assert _subs(text, extractor) == ["Armed clash"]


def test_a_march_tagged_a_name_is_still_a_march(extractor: Extractor) -> None:
    text = "On 3 May 2023, pensioners held their weekly Thursday march around the Kalo assembly."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_curfew_declared_by_nobody_armed_stays_the_curfew(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, riots broke out in Kalo; police fired tear gas and a curfew was declared."
    )
    subs = _subs(text, extractor)
    assert "Change to group/activity" not in subs and subs


def test_an_enforced_disappearance_is_no_decree(extractor: Extractor) -> None:
    text = "On 3 May 2023, his family in Kalo reported the enforced disappearance of a student."
    assert _subs(text, extractor) == ["Abduction/forced disappearance"]
