"""Session 30 (recall30): events told in notes that word lists missed, read by the types of a
verb's arguments. Hand-built sentences ("Kalo", "Mbeti"), never eval items.

- a beating word whose object is typed a person (a person noun, a civilian actor noun, a
  pronoun, a counted noun), whoever its doer: "beat a party member", "whipped three men", a
  man "caught by residents and beaten"; a contest won stays no event;
- a crowd attacking people no actor names ("residents attacked migrants") is no figurative
  attack;
- a local word glossed in brackets is read by its gloss ("mbeti (cattle rustlers) attacked");
- a gathering at a site whose name the parse hangs on its last word ("the Plaza de X").
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_events import subs as _subs


def test_a_beaten_person_by_type(extractor: Extractor) -> None:
    text = "On 3 May 2023, militants beat a party member in Kalo and left him on the road."
    assert _subs(text, extractor) == ["Attack"]
    text = "On 3 May 2023, village guards in Kalo whipped 4 men accused of stealing goats."
    assert _subs(text, extractor) == ["Attack"]


def test_caught_and_beaten_by_a_crowd(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, a man suspected of theft was caught by residents in Kalo market and beaten."
    )
    assert _subs(text, extractor) == ["Mob violence"]


def test_a_contest_beaten_is_no_attack(extractor: Extractor) -> None:
    text = "On 3 May 2023, the young player beat him in the final in Kalo."
    assert _subs(text, extractor) == []
    text = "On 3 May 2023, the incumbent beat 3 rivals in the Kalo election."
    assert _subs(text, extractor) == []
    text = "On 3 May 2023, the speaker whipped the residents of Kalo into a frenzy."
    assert _subs(text, extractor) == []


def test_a_crowd_attacking_people_is_no_figure(extractor: Extractor) -> None:
    text = "On 3 May 2023, villagers attacked herders camped near Kalo after a quarrel."
    assert _subs(text, extractor) == ["Mob violence"]


def test_a_critic_attacked_in_words_stays_quiet(extractor: Extractor) -> None:
    text = "On 3 May 2023, the minister attacked journalists in a speech in Kalo."
    assert _subs(text, extractor) == []


def test_a_glossed_local_word_is_read_by_its_gloss(extractor: Extractor) -> None:
    text = "On 3 May 2023, mbeti (cattle rustlers) attacked Kalo village and took 40 cows."
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Attack"]
    assert x.events[0].actor1 is not None


def test_gathered_at_a_named_square(extractor: Extractor) -> None:
    text = "On 3 May 2023, mothers of missing students gathered at the Plaza de la Paz, Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On 3 May 2023, pilgrims gathered at the Plaza de la Paz, Kalo, for a prayer."
    assert _subs(text, extractor) == []


def test_an_explosive_device_by_what_was_done_with_it(extractor: Extractor) -> None:
    text = "On 3 May 2023, two men on a motorbike threw an explosive device at a bakery in Kalo."
    assert _subs(text, extractor) == ["Grenade"]
    text = "On 3 May 2023, an explosive device planted by a gang went off in Kalo market; 2 dead."
    assert _subs(text, extractor) == ["Remote explosive/landmine/IED"]
    text = "On 3 May 2023, soldiers defused an explosive device planted near the Kalo bridge."
    assert "Remote explosive/landmine/IED" not in _subs(text, extractor)


def test_accused_of_raping(extractor: Extractor) -> None:
    text = "On 3 May 2023, two soldiers were accused of raping a woman in Kalo."
    assert _subs(text, extractor) == ["Sexual violence"]


def test_a_body_found_with_the_marks_of_a_killing(extractor: Extractor) -> None:
    text = "On 3 May 2023, the body of a young man with gunshot wounds was found near Kalo."
    assert _subs(text, extractor) == ["Attack"]
    text = "On 3 May 2023, the body of a missing hiker was found near Kalo after a storm."
    assert _subs(text, extractor) == []


def test_civilians_occupying_property_protest(extractor: Extractor) -> None:
    text = "On 3 May 2023, some 200 landless farmers occupied an idle estate near Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "On 3 May 2023, rebels occupied the town of Kalo after government troops left."
    assert _subs(text, extractor) == ["Non-state actor overtakes territory"]


def test_people_described_as_occupying_hold_no_protest(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, gunmen attacked the landless families occupying a farm near Kalo, "
        "killing a woman."
    )
    assert _subs(text, extractor) == ["Attack"]


def test_explosives_thrown_by_a_crowd_are_the_riots(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, hundreds of youths gathered at the Kalo barrier, burned tyres and threw "
        "explosive devices at soldiers."
    )
    assert "Grenade" not in _subs(text, extractor)
