"""Session 29 (recall29): violence told in notes whose doers or victims no actor mention
covers, read from the clause's arguments. Hand-built sentences, never eval items.

- a violence word done by or to people named by a toll's person noun ("armed youths",
  "herders", "miners"), an "armed" noun or a person pronoun is an event, not "nobody";
- a violence word with no subject of its own takes the subject of the verb it hangs on ("a
  crowd accused a trader of theft, dragged him out and beat him to death"; "were accused of
  killing");
- the controls: a violence word that names nobody at all stays no event.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


def test_armed_people_no_actor_noun_names(extractor: Extractor) -> None:
    text = "On 3 May 2023, armed youths attacked two villages near Kalo; 12 dead."
    assert _subs(text, extractor) == ["Attack"]


def test_victims_named_by_their_trade(extractor: Extractor) -> None:
    text = "On 3 May 2023, militiamen were accused of killing 9 fishermen near Kalo."
    assert _subs(text, extractor) == ["Attack"]
    text = "On 3 May 2023, residents said several miners were shot dead near Kalo."
    assert _subs(text, extractor) == ["Attack"]


def test_a_chained_beating_is_the_crowds(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, a crowd in Kalo accused a trader of theft, dragged him from his shop "
        "and beat him to death."
    )
    assert _subs(text, extractor) == ["Mob violence"]


def test_nobody_killed_stays_quiet(extractor: Extractor) -> None:
    text = "On 3 May 2023, the plan was killed in committee in Kalo."
    assert _subs(text, extractor) == []
    text = "On 3 May 2023, the striker shot twice in the second half in Kalo."
    assert _subs(text, extractor) == []


def test_a_shot_tagged_noun_with_an_object_is_a_shooting(extractor: Extractor) -> None:
    # the small model tags "shot" NOUN here, yet hangs "spectators" on it as its object
    text = (
        "On 3 May 2023, gunmen entered a cockfight (a fair) in Kalo and shot spectators; 20 dead."
    )
    assert _subs(text, extractor) == ["Attack"]
    text = "On 3 May 2023, the striker had a shot on goal in Kalo."
    assert _subs(text, extractor) == []


def test_named_armed_groups_fighting_over_resources_fight(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, heavy fighting between JNIM and the Islamic State around Kalo over "
        "control of wells; dozens dead."
    )
    assert _subs(text, extractor) == ["Armed clash"]
    text = "On 3 May 2023, the army chief lost his battle with cancer in Kalo."
    assert _subs(text, extractor) == []
    text = "On 3 May 2023, the government and the opposition fought over the budget in Kalo."
    assert _subs(text, extractor) == []
