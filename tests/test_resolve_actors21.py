"""actor1 on whole reports (issue 9, session 21, wip/actors21): armed criminals named by their
trade ("armed bandits", "kidnappers") are actors; a sentence that opens on a scene of its own
("In Diyala province, ...") takes no actor from the sentence before; a fight's own sides' dead
are its toll, not its target; blame for something other than violence names nobody; a state's
account of its own act does not replace the armed men a report names; a state's forces read
only through the article's country are read by the event's place when it lies elsewhere.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.evaluate.world import same_actor
from ceasewatch.model import ActorRef
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.claims import find_claims
from tests.event_builders import report_events, sides_of


def test_armed_bandits_are_the_attackers_not_the_police_before(resources: Resources) -> None:
    text = (
        "SOKOTO, Nigeria, 3 March 2025 - Here is a round-up of the week, compiled from police "
        "statements.\n\nOn Friday, armed bandits on motorbikes stormed a village in Isa "
        "(Sokoto), shooting at farmers. Seven people were killed, a councillor said."
    )
    actor1, _ = sides_of(text, resources, "stormed")
    assert actor1 is not None and "Police" not in actor1, actor1
    assert same_actor(actor1, "Unidentified Armed Group (Nigeria)"), actor1


def test_kidnappers_killed_by_the_police_are_an_armed_side(resources: Resources) -> None:
    text = "On 5 March 2025, police killed three kidnappers in a shootout near Ilorin (Kwara)."
    events = report_events(text, resources)
    assert events and events[0].sub_event_type == "Armed clash", events


def test_a_bombing_set_in_another_province_keeps_no_foreign_actor(resources: Resources) -> None:
    text = (
        "BAGHDAD, May 3, 2024 - US forces struck a militia depot near Al-Qaim on Tuesday, "
        "killing four fighters, the Pentagon said. In Salahuddin province, a roadside bomb "
        "killed two soldiers on Wednesday."
    )
    actor1, _ = sides_of(text, resources, "roadside")
    assert actor1 is None or "United States" not in actor1, actor1


def test_a_bare_toll_still_takes_the_actor_before(resources: Resources) -> None:
    text = (
        "On 3 May 2024, ELN and FARC dissidents of the EMC fought each other near Saravena "
        "(Arauca). At least 6 combatants were killed."
    )
    # The toll may be its own event or (since session 29) joined to the fight as its outcome:
    # either way the event that counts the combatants takes the actor written before.
    events = report_events(text, resources)
    tolled = [e for e in events if any("combatants" in s.text for s in e.evidence)]
    assert tolled, events
    actor1 = tolled[0].actor1.name if tolled[0].actor1 else None
    assert actor1 is not None and same_actor(actor1, "ELN: National Liberation Army"), actor1
    assert tolled[0].fatalities == 6, tolled[0]


def test_a_fights_own_dead_are_not_its_target(resources: Resources) -> None:
    text = (
        "On 3 March 2024, SSPDF soldiers and SPLA-IO fighters clashed near Akobo (Jonglei); "
        "5 soldiers killed."
    )
    actor1, actor2 = sides_of(text, resources, "clashed")
    assert actor1 is not None and "South Sudan" in actor1, actor1
    assert actor2 is not None and "Opposition" in actor2, actor2


def _read(words: str) -> ActorRef | None:
    names = {"federal government": "Government of Nigeria", "iswap": "ISWAP"}
    name = names.get(words.lower())
    return None if name is None else ActorRef(name=name, id=name.lower(), inter=3)


def test_blame_for_something_else_is_no_claim() -> None:
    text = 'Critics accused the federal government of "waging a war of words while towns burn".'
    assert find_claims(text, _read) == []


def test_blame_for_an_attack_is_a_claim() -> None:
    for text in (
        "Police accused ISWAP of the attack.",
        "Police blamed ISWAP for killing the farmers.",
        "Police blamed ISWAP.",
    ):
        claims = find_claims(text, _read)
        assert [c.ref.name for c in claims if c.ref] == ["ISWAP"], text


def test_a_states_own_tally_does_not_author_the_gunmens_attack(resources: Resources) -> None:
    text = (
        "KUMBA, Cameroon, May 12, 2022 - Gunmen shot dead a village chief at his home in Kumba "
        "on Tuesday, local officials said. On Wednesday, soldiers raided a camp near the town "
        'and fought with gunmen for hours. The army said it killed four "terrorists".'
    )
    actor1, _ = sides_of(text, resources, "chief")
    assert actor1 is not None and "Military Forces" not in actor1, actor1


def test_security_forces_are_the_places_when_only_the_article_said_otherwise(
    resources: Resources,
) -> None:
    text = (
        "SRINAGAR, Nov. 6, 2024 - Two militants were killed in a gunfight with government forces "
        "in a village of Shopian district on Monday, police said. Police said the attackers "
        'were "backed by Pakistan", an accusation Islamabad denies; a Pakistani commander '
        "was among the dead."
    )
    actor1, _ = sides_of(text, resources, "gunfight")
    assert actor1 is not None and "India" in actor1, actor1


def test_a_ministrys_own_troops_are_its_states(resources: Resources) -> None:
    text = (
        "KYIV, Ukraine, May 3, 2024 - Russia's defence ministry claimed on Wednesday that its "
        "troops had captured the village of Novomykhailivka in the Donetsk region."
    )
    actor1, _ = sides_of(text, resources, "captured")
    assert actor1 is not None and "Russia" in actor1, actor1


def test_named_foreign_troops_stay_theirs(resources: Resources) -> None:
    text = (
        "KHERSON, Ukraine, June 11, 2024 - Russian troops shelled Kherson on Tuesday, killing "
        "two civilians, the governor said."
    )
    actor1, _ = sides_of(text, resources, "shelled")
    assert actor1 is not None and "Russia" in actor1, actor1


def test_troops_of_a_named_operation_are_the_army(resources: Resources) -> None:
    text = (
        "SOKOTO, Nigeria, March 3, 2025 - Troops of Operation Desert Sanity clashed with a "
        "bandit group near Tangaza (Sokoto) on Saturday."
    )
    actor1, actor2 = sides_of(text, resources, "clashed")
    assert actor1 is not None and same_actor(actor1, "Military Forces of Nigeria (2023-)"), actor1
    assert actor2 is not None and same_actor(actor2, "Unidentified Armed Group (Nigeria)"), actor2


def test_a_drone_operated_by_the_police_is_theirs(resources: Resources) -> None:
    text = (
        "PORT-AU-PRINCE, Haiti, March 3, 2025 - On Sunday, a drone operated by the police "
        "dropped explosives on a house in Croix-des-Bouquets used by gang leaders."
    )
    actor1, _ = sides_of(text, resources, "drone")
    assert actor1 is not None and "Police" in actor1, actor1
