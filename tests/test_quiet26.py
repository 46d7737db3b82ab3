"""Session 26 (quiet26): sentences that report no event ACLED codes yield none. Hand-built
sentences, never eval items.

- a protest announced or scheduled for later is no protest yet; one held stays;
- a state's diplomatic protest ("protested to <capital>", "lodged a formal protest") is no
  demonstration; people protesting stay;
- a checkpoint set up is no base; a base set up stays;
- relief goods make a deployment, a camp or a state of emergency disaster relief;
- an arrest for an ordinary crime, no armed group named, is no event; a gang's or militants'
  arrest stays;
- continuation rule 10: a withdrawal told in the sentence of the violence or arrests it ends
  is no change of its own; a withdrawal told alone stays.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs

PROTEST = "Peaceful protest"
CHANGE = "Change to group/activity"
BASE = "Headquarters or base established"


def test_an_announced_protest_is_not_held_yet(extractor: Extractor) -> None:
    assert _subs("Opposition parties announced a march for Saturday in Kalo.", extractor) == []
    assert _subs("Organisers have announced new protests for next week.", extractor) == []
    assert _subs("A rally has been scheduled for Friday in Kalo.", extractor) == []


def test_a_protest_held_stays(extractor: Extractor) -> None:
    assert _subs("Thousands protested in Kalo on Sunday against the new law.", extractor) == [
        PROTEST
    ]
    held = "The union called a strike and thousands marched through Kalo on Monday."
    assert _subs(held, extractor) == [PROTEST]


def test_a_diplomatic_protest_is_no_demonstration(extractor: Extractor) -> None:
    assert _subs("The defence ministry protested to Islamabad on Monday.", extractor) == []
    assert _subs("China lodged a formal protest with Japan over the visit.", extractor) == []
    people = "Students protested outside the ministry in Dhaka on Monday."
    assert _subs(people, extractor) == [PROTEST]


def test_a_checkpoint_is_no_base(extractor: Extractor) -> None:
    text = "No incidents were reported around the stadium, where police had set up checkpoints."
    assert _subs(text, extractor) == []
    assert _subs("Rebels set up checkpoints on the road to Kalo on Monday.", extractor) == []
    assert _subs("Militants set up a base in the forest near Kalo on Monday.", extractor) == [BASE]


def test_relief_goods_make_relief(extractor: Extractor) -> None:
    camps = "Army trucks carried water and rice to camps set up in football fields."
    assert _subs(camps, extractor) == []
    emergency = (
        "The government declared a state of emergency in several regions and sent the armed"
        " forces to deliver food and water."
    )
    assert _subs(emergency, extractor) == []
    assert _subs("The army deployed troops to Kalo on Monday.", extractor) == [CHANGE]


def test_an_arrest_for_an_ordinary_crime_is_no_event(extractor: Extractor) -> None:
    robbery = "Two suspects were arrested this morning after an armed robbery at a shop in Kalo."
    assert _subs(robbery, extractor) == []
    gang = "Police arrested 14 members of the MS-13 gang in raids in Kalo on Wednesday."
    assert _subs(gang, extractor) == ["Arrests"]
    activists = "Police arrested 40 opposition activists in Kalo on Sunday."
    assert _subs(activists, extractor) == ["Arrests"]


def test_a_withdrawal_in_the_sentence_of_its_violence_is_no_change(extractor: Extractor) -> None:
    strike = "The air force struck a group of fighters near Kalo on Sunday as they withdrew."
    assert _subs(strike, extractor) == ["Air/drone strike"]
    after = (
        "Armed gangs attacked the police station in Kalo on Saturday and set it on fire after"
        " the officers withdrew."
    )
    assert CHANGE not in _subs(after, extractor)
    assert _subs("Troops withdrew from the town of Kalo on Monday.", extractor) == [CHANGE]


def test_a_blow_and_a_judged_rise_are_no_protest(extractor: Extractor) -> None:
    blow = "On the road to Kalo this morning, a public transport minibus struck a tree."
    assert _subs(blow, extractor) == []
    assert _subs("A rise in protests is likely after the elections.", extractor) == []
    labour = "Teachers went on strike in Kalo on Monday over unpaid salaries."
    assert _subs(labour, extractor) == [PROTEST]
    verb = "Nurses struck in Kalo on Monday over unpaid wages."
    assert _subs(verb, extractor) == [PROTEST]


def test_months_apart_is_recalled(extractor: Extractor) -> None:
    text = "The floods come months after deadly protests in the south of Kalo."
    assert _subs(text, extractor) == []
    days = "Gunmen killed 12 villagers in Kalo on Monday, two days after an attack on Bamo."
    assert "Attack" in _subs(days, extractor)
    # "earlier that month" measures no gap: the rebels' withdrawal and the army's return stand
    within = (
        "On 3 May 2023: the army and allied fighters returned to Kalo town after the rebels"
        " withdrew earlier that month."
    )
    assert _subs(within, extractor) != []


def test_a_methane_explosion_is_an_accident(extractor: Extractor) -> None:
    text = "A fire broke out in a pit near Kalo on Saturday after a methane explosion."
    assert _subs(text, extractor) == []
