"""actor1 on notes and reports (issue 9, session 22, wip/actors22): a group that says it did
the act with the act's own verb ("said it planted the device") is its author; a strike's owner
before "own" or a kind of weapon ("Ukraine's own long-range drones"); two peoples' armed men
named together ("armed men from the Kuki and Meitei communities") are two identity militias;
the US unified commands that announce strikes (AFRICOM) are the US military.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.evaluate.world import same_actor
from ceasewatch.model import ActorRef
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.claims import find_claims
from tests.event_builders import report_events, sides_of


def _read(words: str) -> ActorRef | None:
    names = {"al shabaab": "Al Shabaab", "islamic jihad": "Palestinian Islamic Jihad"}
    name = names.get(words.lower())
    return None if name is None else ActorRef(name=name, id=name.lower(), inter=2)


def test_said_it_with_the_acts_own_verb_is_a_claim() -> None:
    for text, author in (
        ("Al Shabaab said it planted the device.", "Al Shabaab"),
        ("Islamic Jihad said it fired them.", "Palestinian Islamic Jihad"),
        ("Al Shabaab said it had ambushed the convoy.", "Al Shabaab"),
        ("Al Shabaab claimed it had struck the base.", "Al Shabaab"),
    ):
        claims = find_claims(text, _read)
        assert [c.ref.name for c in claims if c.ref] == [author], text


def test_a_reply_to_fire_is_no_claim() -> None:
    for text in (
        "Al Shabaab said it fired back.",
        "Al Shabaab said they fired warning shots.",
        "Al Shabaab said it fired tear gas.",
    ):
        assert find_claims(text, _read) == [], text


def test_a_later_claim_with_the_acts_verb_names_the_bomber(resources: Resources) -> None:
    text = (
        "On 2 May 2024, a roadside bomb struck a police vehicle outside Afgooye (Lower "
        "Shabelle), killing three police officers. Al Shabaab said it planted the device."
    )
    actor1, _ = sides_of(text, resources, "roadside")
    assert actor1 is not None and same_actor(actor1, "Al Shabaab"), actor1


def test_police_firing_back_keep_the_gunmen_first(resources: Resources) -> None:
    text = (
        "On 3 June 2024, gunmen attacked a police station in Kano (Kano), killing 2 officers. "
        "Police said they fired back and killed one attacker."
    )
    actor1, _ = sides_of(text, resources, "gunmen")
    assert actor1 is not None and "Police" not in actor1, actor1


def test_a_states_own_long_range_drones_are_its_forces(resources: Resources) -> None:
    text = (
        "KYIV, Ukraine, June 4, 2024 - Russian missiles hit Kharkiv on Monday, killing three. "
        "Ukraine's own long-range drones hit an oil depot in Bryansk (Russia) on Tuesday, "
        "Russian officials said."
    )
    [event] = [
        e
        for e in report_events(text, resources)
        if e.sentence is not None and "oil depot" in e.sentence.text
    ]
    # read from the words, not from the place's air-power convention (which happens to agree
    # here; the article's own country may not)
    assert event.actor1 is not None and "Ukraine" in event.actor1.name, event.actor1
    assert event.actor1.method != "convention", event.actor1


def test_two_peoples_armed_men_are_two_militias(resources: Resources) -> None:
    text = (
        "On 3 May 2024, a gunfight between armed men from the Tiv and Jukun communities near "
        "Wukari (Taraba) left three dead, police said."
    )
    actor1, actor2 = sides_of(text, resources, "gunfight")
    assert actor1 is not None and same_actor(actor1, "Tiv Ethnic Militia (Nigeria)"), actor1
    assert actor2 is not None and same_actor(actor2, "Jukun Ethnic Militia (Nigeria)"), actor2


def test_two_peoples_armed_volunteers_are_two_militias(resources: Resources) -> None:
    text = "On 3 May 2024, armed Tiv and Fulani volunteers exchanged fire near Makurdi (Benue)."
    actor1, actor2 = sides_of(text, resources, "exchanged")
    assert actor1 is not None and same_actor(actor1, "Tiv Ethnic Militia (Nigeria)"), actor1
    assert actor2 is not None and same_actor(actor2, "Fulani Ethnic Militia (Nigeria)"), actor2


def test_communities_attacked_are_no_militia(resources: Resources) -> None:
    text = (
        "On 3 May 2024, gunmen attacked the Tiv and Jukun communities near Wukari (Taraba), "
        "killing three, police said."
    )
    actor1, _ = sides_of(text, resources, "gunmen")
    assert actor1 is not None and "Militia" not in actor1, actor1


def test_africom_is_the_us_military(resources: Resources) -> None:
    text = (
        "On 3 June 2024, AFRICOM said it carried out an airstrike near Jilib (Middle Juba), "
        "killing three Al Shabaab fighters."
    )
    actor1, _ = sides_of(text, resources, "airstrike")
    assert actor1 is not None and same_actor(actor1, "Military Forces of the United States"), actor1


def test_a_coders_toll_after_a_clause_takes_its_doer(resources: Resources) -> None:
    text = (
        "On 21 November 2024, police fired live rounds at opposition supporters in Maputo; "
        "one shot dead."
    )
    actor1, _ = sides_of(text, resources, "shot dead")
    assert actor1 is not None and same_actor(actor1, "Police Forces of Mozambique"), actor1


def test_a_coders_toll_of_the_doers_own_side_is_theirs(resources: Resources) -> None:
    text = (
        "On 2 December 2021, soldiers repelled an attack on their post at Porga (Atakora) near "
        "the Burkina border; two soldiers killed."
    )
    actor1, actor2 = sides_of(text, resources, "repelled")
    assert actor1 is None or "Military" not in actor1, actor1
    assert actor2 is not None and "Military" in actor2, actor2


def test_the_subject_of_were_reported_to_have_is_the_doer(resources: Resources) -> None:
    text = (
        "On 12 August 2022, SSPDF soldiers were reported to have raped several women collecting "
        "firewood near Yei (Central Equatoria)."
    )
    actor1, _ = sides_of(text, resources, "raped")
    assert actor1 is not None and "South Sudan" in actor1 and "Military" in actor1, actor1
