"""Who did it, read from more of the sentence: coordinated verbs, a reporting actor's own
claim, parties of fighting that "broke out", fighters "led by" a group, takeovers with no
violence word, and the losing side's withdrawal folded into a capture.

Hand-written sentences (places and groups chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import Event
from ceasewatch.resolve import resolve
from tests.test_extract_events import run


def _actor1(event: Event) -> str:
    assert event.actor1 is not None, event
    return event.actor1.name


def test_a_coordinated_verb_borrows_the_root_verbs_subject(extractor: Extractor) -> None:
    text = "Al Shabaab fighters stormed Afgoye on 3 May 2021 and took over the police station."
    _, x = run(text, extractor)
    subs = {e.sub_event_type for e in x.events}
    assert "Non-state actor overtakes territory" in subs
    assert all(_actor1(e).startswith("Al Shabaab") for e in x.events)


def test_an_advcl_verb_borrows_the_subject_of_the_root(extractor: Extractor) -> None:
    text = "Belgian troops left Kindu on 2 March 2020, handing over their base to the army."
    _, x = run(text, extractor)
    assert x.events
    assert _actor1(x.events[0]) == "Belgian troops"  # "handing over" has no subject of its own


@pytest.mark.parametrize(
    "text",
    [
        "The Kachin Independence Army said on 4 May 2024 that it had captured the town of Sumprabum.",
        "The Kachin Independence Army said they seized the town of Sumprabum on 4 May 2024.",
    ],
)
def test_it_and_they_are_the_actor_reporting_its_own_capture(
    extractor: Extractor, text: str
) -> None:
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Non-state actor overtakes territory"]
    assert "Kachin" in _actor1(x.events[0])


def test_a_named_subject_is_not_replaced_by_the_speaker(extractor: Extractor) -> None:
    text = "The army said on 4 May 2024 that rebels of the Chin Brotherhood had seized Falam."
    _, x = run(text, extractor)
    assert x.events and "army" not in _actor1(x.events[0]).lower()


def test_parties_of_fighting_that_broke_out_hang_on_the_verb(extractor: Extractor) -> None:
    text = "Fighting broke out on 2 June 2022 between the Kachin Independence Army and soldiers in Hpakant."
    _, x = run(text, extractor)
    event = x.events[0]
    assert event.sub_event_type == "Armed clash"
    assert "Kachin" in _actor1(event)
    assert event.actor2 is not None and "soldiers" in event.actor2.name


def test_fighters_led_by_a_group_are_that_group(extractor: Extractor) -> None:
    text = "Rebels led by the Kachin Independence Army overran an army post near Hpakant on 2 June 2022."
    _, x = run(text, extractor)
    assert x.events and "Kachin" in _actor1(x.events[0])


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters took over the town of Afgoye on 3 May 2021 after a short battle.",
        "Al Shabaab fighters swept into the town of Afgoye on 3 May 2021.",
    ],
)
def test_a_takeover_without_a_violence_word_is_a_capture(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events[0].sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Mary Okoro took over as chair of the Lagos bar association on 3 May 2021.",
        "A Dutch firm took over the ferry company in Mombasa on 3 May 2021.",
    ],
)
def test_taking_over_an_office_or_a_company_is_no_event(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == ()


def test_the_losing_sides_withdrawal_is_part_of_the_capture(extractor: Extractor) -> None:
    text = (
        "Al Shabaab fighters took control of Afgoye on 3 May 2021 after government troops "
        "withdrew from the town."
    )
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Non-state actor overtakes territory"]


def test_words_of_order_are_not_part_of_the_actors_name(extractor: Extractor) -> None:
    text = "The remaining Belgian troops withdrew from Kindu on 2 March 2020, handing over their base to the army."
    _, x = run(text, extractor)
    assert x.events and _actor1(x.events[0]) == "Belgian troops"


def test_two_governments_restoring_relations_is_diplomacy_not_an_agreement(
    extractor: Extractor,
) -> None:
    text = (
        "Ghana and Togo agreed on 3 May 2021 to reopen embassies and restore diplomatic "
        "relations in a deal brokered by Nigeria."
    )
    _, x = run(text, extractor)
    assert x.events == ()


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def test_unnamed_gangs_are_acleds_unidentified_gang_of_the_country(
    extractor: Extractor, kb: ActorKB
) -> None:
    text = "TEGUCIGALPA, Honduras, May 3, 2021 - Armed gangs shot dead two bus drivers in Tegucigalpa on Monday."
    article, x = run(text, extractor)
    event = resolve(x, article, kb).events[0]
    assert event.actor1 is not None
    assert (event.actor1.name, event.actor1.inter) == ("Unidentified Gang (Honduras)", 3)


def test_shot_dead_is_read_on_its_verb(extractor: Extractor) -> None:
    # the parser hangs "dead" on the victims; the roles are the verb's
    _, x = run("Gunmen shot dead two farmers in Tegucigalpa, Honduras on 3 May 2021.", extractor)
    assert x.events and {e.sub_event_type for e in x.events} == {"Attack"}
    assert x.events[0].actor1 is not None


def test_riot_police_are_police_not_a_riot(extractor: Extractor) -> None:
    text = "Riot police fired tear gas at protesters outside parliament in Yerevan on 3 May 2021."
    _, x = run(text, extractor)
    assert x.events and x.events[0].sub_event_type == "Protest with intervention"


def test_protesters_who_dispersed_without_incident_met_no_intervention(
    extractor: Extractor,
) -> None:
    text = "Protesters gathered in Yerevan on 3 May 2021 to denounce the vote and dispersed without incident."
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Peaceful protest"]


def test_a_people_named_by_its_plural_demonym_rallying_is_the_crowd(
    extractor: Extractor, kb: ActorKB
) -> None:
    text = "YEREVAN, May 3, 2021 - Armenians rallied in Yerevan on Monday against the border deal."
    article, x = run(text, extractor)
    event = resolve(x, article, kb).events[0]
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None or "Military" not in event.actor2.name


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Soldiers seized the mayor of Bunia at his office on 3 May 2021 and drove him away.",
            "Abduction/forced disappearance",
        ),
        (
            "Villagers beat to death two suspected cattle thieves in Kisii, Kenya on 3 May 2021.",
            "Mob violence",
        ),
        (
            "Thousands took to the streets of Nairobi on 3 May 2021 to denounce the tax bill.",
            "Peaceful protest",
        ),
        ("The army and the rebels agreed to a ceasefire in Juba on 3 May 2021.", "Agreement"),
        (
            "A ceasefire between the army and the rebels took effect in Juba on 3 May 2021.",
            "Agreement",
        ),
        (
            "Rebels handed control of the town of Kamanyola to the army on 3 May 2021.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_developments_and_violence_without_the_usual_words(
    extractor: Extractor, text: str, sub: str
) -> None:
    _, x = run(text, extractor)
    assert x.events and x.events[0].sub_event_type == sub


def test_a_ceasefire_that_collapsed_or_is_called_for_is_no_agreement(extractor: Extractor) -> None:
    for text in (
        "Talks on a ceasefire collapsed in Juba on 3 May 2021.",
        "Church leaders called for a ceasefire in Juba on 3 May 2021.",
    ):
        _, x = run(text, extractor)
        assert x.events == (), text


def test_a_government_named_in_a_figurative_fight_is_no_security_context(
    extractor: Extractor,
) -> None:
    text = "Iran is fighting a battle against inflation, its central bank said on 3 May 2021."
    _, x = run(text, extractor)
    assert x.events == ()


def test_a_stored_chemical_exploding_is_an_accident(extractor: Extractor) -> None:
    text = "An explosion of ammonium nitrate stored at the port of Tema killed 12 workers on 3 May 2021."
    _, x = run(text, extractor)
    assert x.events == ()
