"""Session 29 (prec29): sentences that report no event yield none. Hand-built sentences, never
evaluation text.

- a comparison clause ("felt like a bomb had gone off", "as if a shell had hit") likens
  something to an act and does not report it (extract/modality.py ``likened``, rule 20); an
  act the sentence reports beside a comparison stays;
- a protest someone "called for" ("called for another day of demonstrations") is a call, not
  yet a protest (extract/quiet.py ``expected``); people protesting "calling for" a release
  stay;
- a condition ("only if the rebels lay down their arms", "unless they shell the city") puts a
  case and reports no act (extract/modality.py ``conditioned``, rule 21).
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


def test_a_comparison_clause_reports_no_event(extractor: Extractor) -> None:
    text = "A farmer said the storm sounded like a bomb had exploded next to his house."
    assert _subs(text, extractor) == []
    text = 'A resident said the second tremor felt "like a bomb had gone off next to us".'
    assert _subs(text, extractor) == []
    assert _subs("The noise was like a bomb going off, a shopkeeper said.", extractor) == []


def test_an_act_told_beside_a_comparison_stays(extractor: Extractor) -> None:
    text = "A bomb exploded near the airport on Monday, just like one had exploded there last year."
    assert _subs(text, extractor) == ["Remote explosive/landmine/IED"]
    text = "Gunmen attacked the village on Monday as if they wanted to empty it."
    assert _subs(text, extractor) == ["Attack"]
    text = "Residents heard what sounded like an explosion near the airport on Monday."
    assert _subs(text, extractor) == ["Remote explosive/landmine/IED"]


def test_a_protest_called_for_is_not_yet_held(extractor: Extractor) -> None:
    text = "Students have called for another day of demonstrations, and more are planned."
    assert _subs(text, extractor) == []
    assert _subs("The union has called for three days of protests.", extractor) == []
    assert _subs("Opposition leaders called for a week of rallies.", extractor) == []


def test_a_protest_held_while_calling_for_something_stays(extractor: Extractor) -> None:
    text = "The farmers held another day of protests in the capital on Monday."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "Thousands marched in the capital on Monday, calling for the release of the students."
    assert _subs(text, extractor) == ["Peaceful protest"]
    text = "A protest called for by the union drew thousands to the square on Monday."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_a_condition_puts_a_case_and_reports_no_act(extractor: Extractor) -> None:
    text = "The army said on Monday its operation will stop only if the rebels lay down their arms."
    assert _subs(text, extractor) == []
    text = "If the militants attack the town again, the army will respond, the governor said."
    assert _subs(text, extractor) == []
    text = "The government said on Monday talks would resume unless the rebels shell the city."
    assert _subs(text, extractor) == []


def test_an_act_told_beside_a_condition_stays(extractor: Extractor) -> None:
    text = "Rebels shelled the town on Monday, killing two, and residents fear more if talks fail."
    assert _subs(text, extractor) == ["Shelling/artillery/missile attack"]
    text = "Rebels attacked the checkpoint on Monday even if the ceasefire was declared."
    assert len(_subs(text, extractor)) == 1
