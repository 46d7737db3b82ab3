"""Sentences of whole articles that report no act of a day: fighting that describes people,
equipment kinds, counts over a period, violence lived with (extract/modality.py rules 16-19,
session 21).

Hand-built sentences (issue 9, session 21: shapes read in the reports set's dev halves and the
VOA corpus), never eval items or corpus sentences; each "not an event" group has a reported
twin group beside it.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_events import subs as _subs


@pytest.mark.parametrize(
    "text",
    [
        "The depot supplied fuel to the forces fighting in the east of the country.",
        "The rebel group has several hundred fighters who fight to control villages on the border.",
        "Soldiers who are fighting for their country need more weapons, the minister said.",
        "The militia has been fighting the army, and the United Nations says both sides have"
        " committed abuses.",
        "Police said the army had been asked to help keep order after the closely fought election.",
    ],
)
def test_fighting_that_describes_people_is_not_an_event(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought soldiers near Lomara on Monday.",
        "Soldiers and rebels have been fighting near Lomara since Monday.",
        "Troops fighting rebels near Lomara on Tuesday killed 12 fighters.",
        "On 3 May 2021, army troops fighting rebels near Lomara.",
        "On 3 May 2021, soldiers killed five gunmen, and troops fighting rebels near Lomara"
        " took the hill.",
        "The militants, who fought troops near Lomara on Sunday, withdrew.",
        "On 4 May 2020, rebels killed a former minister near Lomara after days of street fighting"
        " with his loyalists.",
    ],
)
def test_fighting_told_as_an_act_stays(extractor: Extractor, text: str) -> None:
    assert "Armed clash" in _subs(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "The government signed a contract on Friday to buy 180 more battle tanks.",
        "The two killings bring the number of people shot dead in the country this month to 11.",
        "The number of attacks on aid workers this year has reached 40.",
        "Women in the camps encounter discrimination or sexual violence at work.",
        "Residents of the district have endured repeated shelling.",
    ],
)
def test_kinds_counts_and_conditions_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "An attack helicopter fired rockets at a village near Lomara on Monday, killing three.",
        "The number of people killed in Monday's attack on Lomara rose to 12.",
        "The village of Lomara suffered an attack by gunmen on Monday.",
        "Gunmen attacked the village of Lomara on Monday, killing four people.",
    ],
)
def test_acts_beside_those_shapes_stay(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        '"There will be no repeat of 2010," he said, referring to the crisis of 2010-2011 in'
        " which some 3,000 people were killed.",
        "The river takes its name from a massacre of the colonial era.",
        "The Charter calls on democratic nations to form an alliance.",
        "The opposition maintained its call for civil disobedience and a boycott of the vote.",
        "The minister promised to release funds and said peaceful protest was a right.",
        "The two prime ministers signed eight pacts to boost cooperation in several sectors.",
        "The leaders met in the capital, and the ministers signed four pacts to boost"
        " cooperation in several sectors.",
    ],
)
def test_the_past_calls_and_generic_talk_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked Lomara on Monday, in the deadliest attack of the current era of the war.",
        "Gunmen killed 12 villagers in Lomara on Monday, the worst massacre of the year.",
        "Unions called a general strike, and thousands marched in Lomara on Monday.",
        "Protesters demanded higher wages and blocked the main road in Lomara on Monday.",
        "The rebels and the army signed a ceasefire agreement in Lomara on Monday.",
        "A militia called the Lions fought back against soldiers near Lomara on Monday.",
    ],
)
def test_acts_told_beside_them_stay(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        "The air force has carried out strikes against the rebels in the north for years.",
        "The party's leader has been under house arrest for years after her conviction.",
        "Martial law has been in force in the provinces for two decades.",
    ],
)
def test_what_lasts_for_years_is_not_an_event(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have besieged the town for two weeks, and on Monday they shelled its market,"
        " killing five.",
        "Gunmen attacked Lomara on Monday, the first attack there for months.",
        "Troops fought rebels for three days near Lomara last week.",
    ],
)
def test_the_news_beside_a_long_period_stays(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        "He says people are subject to attacks and abductions; women are victims of rape and"
        " other forms of sexual assault.",
        "Residents remain vulnerable to abduction by armed gangs.",
        "Rights monitors counted more than 700 protests across the country in September alone.",
    ],
)
def test_exposure_and_tallies_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Five women were victims of rape by soldiers in Lomara on Monday.",
        "Police recorded two attacks in Lomara on Monday.",
    ],
)
def test_a_dated_victim_or_record_stays(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


def test_a_past_clause_for_decades_keeps_the_shelling_it_carries(extractor: Extractor) -> None:
    text = (
        "The fighting reached the temple, a site that both countries claimed for decades, where"
        " shells killed two soldiers on Friday."
    )
    _, x = run(text, extractor)
    assert any(e.fatalities == 2 for e in x.events)
