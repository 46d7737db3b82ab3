"""Background wording is not an event: war totals, period counts, dates and breakdowns of tolls.

Hand-built sentences about other conflicts (Yemen, Mali, Somalia, Darfur), never eval items.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import PUBLISHED, only, run


@pytest.mark.parametrize(
    "text",
    [
        "The conflict in Yemen has killed more than 100,000 people since 2015.",
        "More than 90,000 people have been killed in Somalia since the civil war began in 1991.",
        "Darfur's conflict has claimed thousands of lives.",
        "Since the insurgency erupted in 2012, at least 8,000 people have died in Mali.",
        "More than 20,000 people have died in the war over the past three years.",
        "More than 90,000 people have been killed and millions displaced since the war started in 2003.",
        "Air strikes by the coalition have killed 4,000 civilians since it intervened in 2015.",
    ],
)
def test_war_totals_are_not_events(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == (), [(e.sub_event_type, e.fatalities) for e in x.events]


def test_event_in_a_sentence_with_a_war_total_keeps_only_its_own_toll(extractor: Extractor) -> None:
    text = (
        "Militants shelled Baidoa on Monday, killing four civilians in a conflict that has "
        "killed 500,000 people since 1991."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.fatalities == 4


def test_short_since_period_is_still_an_event(extractor: Extractor) -> None:
    _, x = run(
        "Rebels have shelled the town of Menaka since Monday, killing seven people.", extractor
    )
    assert only(x.events).fatalities == 7


def test_background_date_does_not_become_the_event_date(extractor: Extractor) -> None:
    text = (
        "More than 90,000 people have been killed since the war began in March 2011. "
        "Gunmen killed three soldiers in Gao."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.event_date == PUBLISHED
    assert event.fatalities == 3


def test_dateline_numbers_are_not_tolls(extractor: Extractor) -> None:
    text = "Thu 12 Mar 2015 Death toll from Aden bomb attack rises to 45."
    _, x = run(text, extractor, published=dt.date(2015, 3, 13))
    event = only(x.events)
    assert event.fatalities == 45
    assert event.event_date == dt.date(2015, 3, 12)


def test_breakdown_of_a_toll_is_not_added(extractor: Extractor) -> None:
    text = "An air strike on Marib killed 30 people, including 12 children and 5 women."
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.fatalities == 30
    assert [c.count for c in event.fatality_claims] == [30]


def test_wounded_after_dead_are_not_dead(extractor: Extractor) -> None:
    text = "Officials said 40 people were killed and another 210 injured in fighting in Kidal."
    _, x = run(text, extractor)
    assert only(x.events).fatalities == 40


def test_things_counted_are_not_dead(extractor: Extractor) -> None:
    text = "Militants fired more than 100 shells at Bakool on Monday, killing six people."
    _, x = run(text, extractor)
    assert only(x.events).fatalities == 6


def test_members_of_a_group_are_that_groups_dead(extractor: Extractor) -> None:
    _, x = run("Gunmen killed 12 members of a local militia in Zamfara.", extractor)
    claim = only(x.events).fatality_claims[0]
    assert (claim.count, claim.victims) == (12, "fighters")


def test_event_recalled_by_its_year_is_background(extractor: Extractor) -> None:
    text = (
        "Government forces captured two villages near Maarat, close to a town that was the "
        "scene of a deadly 2017 chemical attack."
    )
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Government regains territory"]


def test_dateline_year_before_a_headline_is_not_a_recalled_event(extractor: Extractor) -> None:
    text = "Published June 8 2016 Coalition air strikes on Hajin killed at least 15 civilians."
    _, x = run(text, extractor, published=dt.date(2016, 6, 8))
    event = only(x.events)
    assert event.sub_event_type == "Air/drone strike"
    assert event.event_date == dt.date(2016, 6, 8)


def test_past_event_recalled_by_its_date_is_no_event(extractor: Extractor) -> None:
    text = (
        "Rebels shelled the town of Kurnaz on Monday, killing three people. In August 2013 "
        "hundreds of people were killed in a chemical attack on Zamalka. Two soldiers were "
        "killed in clashes in Morek."
    )
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == [
        "Shelling/artillery/missile attack",
        "Armed clash",
    ]
    assert all(e.event_date == dt.date(2019, 5, 6) for e in x.events)


def test_count_over_past_weeks_is_background(extractor: Extractor) -> None:
    text = "In the past two weeks more than 200 civilians have been killed in Taiz."
    _, x = run(text, extractor)
    assert x.events == ()


def test_non_event_words_are_read_from_the_background_section() -> None:
    from ceasewatch.extract.background import read_words

    words = read_words(
        {
            "non_events": {
                "figurative": ["Fight"],
                "context_subs": ["Agreement"],
                "security": ["Troop"],
                "unrealised": ["warrant"],
                "name_labels": ["PERSON"],
            }
        }
    ).non_events
    assert words.figurative == {"fight"} and words.security == {"troop"}
    assert words.context_subs == {"Agreement"}
    assert words.name_labels == {"PERSON"} and words.unrealised == {"warrant"}
    assert read_words({}).non_events.figurative == frozenset()


def test_events_told_as_habit_or_recalled_as_past_are_background(extractor: Extractor) -> None:
    # issue 9: the same past-or-habitual test resolve's claims make (ceasewatch/pastacts.py)
    text = (
        "The town is regularly targeted in air strikes. Previous attacks on its market killed "
        "dozens. Gunmen killed four farmers near the town on Monday."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Attack" and event.fatalities == 4
