"""Sub-event types in the wording of wire reports from any country (ACLED codebook).

Hand-written sentences with invented places, people and groups (never evaluation items): the
common ways a report says each of ACLED's sub-events ("traded fire", "carried off", "took into
custody", "blew up", "threw stones"), what an event answered or was about ("after his arrest"),
control taken without a fight, and sentences that recall an earlier year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import DATA_DIR, Lexicon, load_lexicon
from tests.test_extract_events import run

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor, published=PUBLISHED)
    return [e.sub_event_type for e in x.events]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # battles
        (
            "Soldiers traded fire with guerrillas near the village of Palo Seco on Monday.",
            "Armed clash",
        ),
        (
            "Heavy gunfire erupted between the army and the Northern Guard in the town of Karsa "
            "on Sunday.",
            "Armed clash",
        ),
        (
            "Troops repulsed a rebel attack on their positions near Omboro on Tuesday.",
            "Armed clash",
        ),
        (
            "Government forces drove the insurgents out of three villages near Tandu on Friday.",
            "Government regains territory",
        ),
        # explosions
        (
            "A car packed with explosives blew up outside the police headquarters in Lerida "
            "on Monday, killing six officers.",
            "Remote explosive/landmine/IED",
        ),
        # violence against civilians
        (
            "Bandits carried off 40 villagers from Gurin in a night raid on Sunday.",
            "Abduction/forced disappearance",
        ),
        (
            "Armed men took away nine people from a farm outside Valdo on Saturday.",
            "Abduction/forced disappearance",
        ),
        (
            "A gang seized 12 missionaries on the road east of Torre on Saturday.",
            "Abduction/forced disappearance",
        ),
        # riots
        (
            "Demonstrators threw stones at police and blocked the main road in Kessa on Monday.",
            "Violent demonstration",
        ),
        # the tagger reads a sentence's first plural as a name: still the trigger
        (
            "Rioters set cars ablaze and looted shops in the port of Velas on Friday night.",
            "Violent demonstration",
        ),
        # strategic developments
        (
            "Anti-corruption officers took the former minister into custody in Rivas on Tuesday.",
            "Arrests",
        ),
        (
            "The government and the Eastern Front agreed on Tuesday to a permanent cessation "
            "of hostilities, the mediators said.",
            "Agreement",
        ),
        ("The rebel movement announced a new leader on Monday.", "Change to group/activity"),
        (
            "The junta ended the peace agreement with the northern armed groups on Thursday.",
            "Change to group/activity",
        ),
        (
            "A former rebel commander announced on Thursday that he was taking up arms again.",
            "Change to group/activity",
        ),
        # control taken with no fighting
        (
            "Government troops took over the town of Kalam without resistance on Sunday after "
            "the militia left.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_wire_wording_of_each_sub_event(extractor: Extractor, text: str, sub: str) -> None:
    subs = _subs(text, extractor)
    assert subs and subs[0] == sub, subs


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 people were killed when two passenger trains collided near Barna on Friday.",
        "Nine people drowned when a ferry overturned on the river near Kisu on Monday.",
        "The coach took away the captain's armband on Sunday.",
        "She fended off questions from reporters on Monday.",
    ],
)
def test_accidents_and_everyday_senses_are_no_event(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


def test_a_cause_noun_is_not_an_event_of_its_own(extractor: Extractor) -> None:
    """ "after his arrest" is why they protested; "after the bombing" why police arrested."""
    protest = _subs(
        "Thousands of people protested in the city of Dora on Monday after the arrest "
        "of the opposition leader.",
        extractor,
    )
    assert protest == ["Peaceful protest"], protest
    arrests = _subs("Police arrested six men in Lamu on Tuesday after the bombing.", extractor)
    assert arrests == ["Arrests"], arrests


def test_a_killing_word_does_not_hide_the_blast_it_followed(extractor: Extractor) -> None:
    subs = _subs("Four soldiers were killed near Barre on Monday after a bomb blast.", extractor)
    assert subs and subs[0] == "Remote explosive/landmine/IED", subs


def test_without_says_how_not_whether(extractor: Extractor) -> None:
    """A trigger with a "without" phrase happened ("attacked without warning"); a trigger
    under "without" did not ("left without a fight")."""
    assert _subs("Gunmen attacked the village of Gora without warning on Monday.", extractor)
    assert _subs("The fighters left the town of Gora without a fight on Monday.", extractor) == []


# --- sentences that recall an earlier year ---------------------------------------------------


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("But in 2021, authorities arrested him.", 2021),
        ("In early 2019 the group attacked a camp.", 2019),
        ("During the summer of 2017 the rebels held the town.", 2017),
        ("Last year, militants seized the district.", 2023),
    ],
)
def test_an_earlier_year_dates_the_sentence(lex: Lexicon, text: str, year: int) -> None:
    reading = read_date(text, PUBLISHED, lex)
    assert reading is not None and reading.date is not None and reading.date.year == year
    assert reading.precision == 3


def test_a_finer_date_beats_a_year(lex: Lexicon) -> None:
    reading = read_date(
        "The group, which took the town in 2019, attacked it on Monday.", PUBLISHED, lex
    )
    assert reading is not None and reading.date == dt.date(2024, 5, 6)


def test_the_publication_year_and_ranges_are_no_year_reading(lex: Lexicon) -> None:
    assert read_date("In 2024 the group grew.", PUBLISHED, lex) is None
    assert read_date("In 2019-2020 the group grew.", PUBLISHED, lex) is None


def test_a_month_followed_by_last_year(lex: Lexicon) -> None:
    reading = read_date("In March last year, rebels took the town.", PUBLISHED, lex)
    assert reading is not None and reading.date == dt.date(2023, 3, 15)


def test_a_sentence_dated_by_an_earlier_year_makes_no_event(extractor: Extractor) -> None:
    text = (
        "The opposition leader was jailed again on Monday. But in 2021, police arrested him "
        "at the airport in Velas, and in 2019 his supporters rioted in the capital."
    )
    _, x = run(text, extractor, published=PUBLISHED)
    assert [e.sub_event_type for e in x.events] == [], x.events


def test_a_clause_dated_by_a_year_does_not_date_the_sentence(extractor: Extractor) -> None:
    """ "founded in 2006" describes the group; the attack is the report's."""
    subs = _subs(
        "The Ansar Front, founded in 2006, attacked an army base near Lugo, the army said.",
        extractor,
    )
    assert subs == ["Armed clash"], subs


def test_no_trigger_word_is_a_yaml_boolean() -> None:
    """Unquoted "on", "off", "no" read as booleans in YAML: such a trigger never matches."""
    lexicon = load_lexicon()
    words = {w for t in lexicon.triggers for w in t.words}
    assert not words & {"true", "false", "none", "null"}, DATA_DIR


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a verb that says nothing of the means is the aircraft's strike
        ("Government jets pounded the rebel-held town of Suro on Monday.", "Air/drone strike"),
        ("Army helicopters bombarded villages near Tesso on Friday.", "Air/drone strike"),
        (
            "Rebel artillery pounded the town of Suro on Monday.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Three soldiers died when their truck struck a mine near Kaya on Monday.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_means_named_beside_a_plain_verb(extractor: Extractor, text: str, sub: str) -> None:
    subs = _subs(text, extractor)
    assert subs and subs[0] == sub, subs


def test_a_deadly_fire_is_no_event(extractor: Extractor) -> None:
    assert (
        _subs("A blaze at a hospital in Tarsa killed five patients on Thursday.", extractor) == []
    )


def test_a_detention_kept_in_is_no_arrest(extractor: Extractor) -> None:
    text = "Five of the men remain in pretrial detention in Velas, their lawyers said on Monday."
    assert _subs(text, extractor) == []


def test_a_mining_accident_is_no_mine_blast(extractor: Extractor) -> None:
    text = "Twelve miners died when a gold mine collapsed near Kessa on Monday, officials said."
    assert _subs(text, extractor) == []


def test_an_aircraft_crash_is_no_air_strike(extractor: Extractor) -> None:
    text = "A military helicopter crashed near Tesso on Monday, killing all nine soldiers aboard."
    assert _subs(text, extractor) == []
    assert _subs("Army helicopters killed 12 rebels near Tesso on Monday.", extractor)
