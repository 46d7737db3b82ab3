"""Who did it, read from the parse (issue 9, session 31): a note's place label before a colon is
no subject, and the members of a force written beside their force are that force.

Hand-written sentences (places and groups chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Event
from tests.test_extract_events import run


def _surface(event: Event) -> str | None:
    return event.actor1.surface if event.actor1 is not None else None


def _only(text: str, extractor: Extractor, sub: str) -> Event:
    _, x = run(text, extractor)
    found = [e for e in x.events if e.sub_event_type == sub]
    assert found, [(e.sub_event_type, _surface(e)) for e in x.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "sub", "doer"),
    [
        # the label beside the subject: "Sirte district" and "gunmen" both hang on the verb
        (
            "Sirte district (Sirte): gunmen ambushed a convoy near Wadi Jaref on 3 March 2025.",
            "Armed clash",
            "gunmen",
        ),
        # the parse hangs the real subject inside the label, after its colon
        (
            "On 18 April 2024, Kara (Kozah): a lone attacker on a motorbike threw a grenade at "
            "the police post; two policemen hurt.",
            "Grenade",
            "lone attacker",
        ),
    ],
)
def test_a_place_label_before_a_colon_is_no_doer(
    extractor: Extractor, text: str, sub: str, doer: str
) -> None:
    event = _only(text, extractor, sub)
    assert doer in (_surface(event) or "")
    assert "(" not in (_surface(event) or "")


def test_a_label_with_no_doer_written_leaves_the_doer_empty(extractor: Extractor) -> None:
    text = (
        "Tacna province (Tacna): illegal miners attacked a quarry with explosives on "
        "3 March 2025; 2 watchmen died."
    )
    _, x = run(text, extractor)
    assert x.events
    assert all(_surface(e) in (None, "illegal miners") for e in x.events)


def test_a_counted_toll_after_a_label_is_the_victims(extractor: Extractor) -> None:
    text = "Kunar district: three soldiers killed in an ambush near Asadabad on 3 March 2025."
    _, x = run(text, extractor)
    assert x.events
    assert all(_surface(e) != "three soldiers" for e in x.events)
    assert any(e.actor2 is not None and e.actor2.surface == "three soldiers" for e in x.events)


def test_a_subject_without_a_colon_is_kept(extractor: Extractor) -> None:
    text = "On 3 March 2025, gunmen and bandits attacked a convoy near Kaura Namoda."
    _, x = run(text, extractor)
    assert x.events and _surface(x.events[0]) == "gunmen"


def test_army_and_police_personnel_are_the_army(extractor: Extractor) -> None:
    text = "On 3 March 2025, army and police personnel engaged militants near Kupwara."
    event = _only(text, extractor, "Armed clash")
    assert _surface(event) == "army"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On 3 March 2025, men of the RSF looted the market of Bara.", "RSF"),
        (
            "On 3 March 2025, men of the National Guard beat two journalists in Caracas.",
            "National Guard",
        ),
    ],
)
def test_men_of_a_named_force_are_the_force(extractor: Extractor, text: str, doer: str) -> None:
    _, x = run(text, extractor)
    assert x.events and doer in (_surface(x.events[0]) or "")


def test_residents_of_a_place_stay_the_crowd(extractor: Extractor) -> None:
    text = "On 3 March 2025, residents of Bamenda protested against the curfew."
    _, x = run(text, extractor)
    assert x.events and _surface(x.events[0]) == "residents"


def _roles(text: str, extractor: Extractor, sub: str) -> tuple[str | None, str | None]:
    event = _only(text, extractor, sub)
    return _surface(event), event.actor2.surface if event.actor2 is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2025, an army patrol came under attack from ISWAP fighters near Monguno.",
        "On 3 March 2025, soldiers were the target of an attack by ISWAP fighters near Monguno.",
    ],
)
def test_who_came_under_attack_is_its_target(extractor: Extractor, text: str) -> None:
    doer, target = _roles(text, extractor, "Armed clash")
    assert doer is not None and "ISWAP" in doer
    assert target is not None and ("army" in target or "soldiers" in target)


def test_an_attack_by_an_agent_on_the_verb(extractor: Extractor) -> None:
    text = "On 3 March 2025, the convoy came under attack by Al Shabaab militants near Balad."
    doer, _ = _roles(text, extractor, "Armed clash")
    assert doer is not None and "Al Shabaab" in doer


def test_who_came_under_attack_with_no_author_is_no_doer(extractor: Extractor) -> None:
    text = (
        "On 3 March 2025, an army patrol came under attack near Monguno; two soldiers were killed."
    )
    _, x = run(text, extractor)
    assert x.events
    assert all(_surface(e) is None for e in x.events)


def test_an_operation_by_the_army_killed(extractor: Extractor) -> None:
    text = "On 3 March 2025, an operation by the army near Gwoza killed 6 militants."
    _, x = run(text, extractor)
    assert x.events and _surface(x.events[0]) == "army"


def test_an_operation_names_no_doer_when_nobody_owns_it(extractor: Extractor) -> None:
    text = "On 3 March 2025, a night operation near Gwoza killed 6 militants."
    _, x = run(text, extractor)
    assert all(_surface(e) != "night" for e in x.events)


def test_the_place_an_act_hit_is_not_what_killed(extractor: Extractor) -> None:
    text = "On 3 March 2025, officials reported the shelling of Marhanets that killed two."
    _, x = run(text, extractor)
    assert x.events
    assert all(_surface(e) != "Marhanets" for e in x.events)
