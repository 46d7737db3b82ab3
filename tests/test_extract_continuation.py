"""One event told over several sentences is one event; distinct events stay distinct.

Hand-built reports (own words, not evaluation items): a lead sentence, then a sentence with the
toll, the victims or the doers (extract/continuation.py), and the article-wide merge of events
that leave an actor unnamed (extract/merging.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.merging import merge
from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event, Location
from tests.test_extract_events import only, run


def test_toll_and_wounded_after_a_bombing_join_it(extractor: Extractor) -> None:
    text = (
        "A suicide bomber struck a railway station in Quetta on Saturday. "
        "At least 26 people were killed and 62 wounded, officials said."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities == 26
    assert "outcome told without its doer" in event.notes


def test_the_blast_points_back_to_the_bombing(extractor: Extractor) -> None:
    text = (
        "A car bomb exploded outside a hotel in Beledweyne on Monday. "
        "The blast killed 20 people, police said."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 20
    assert event.location is not None and event.location.name == "Beledweyne"
    assert "'blast' points back" in event.notes


def test_the_clashes_keep_the_lead_sentences_actors(extractor: Extractor) -> None:
    text = (
        "Fighting erupted between the army and the Rapid Support Forces in Omdurman on Tuesday. "
        "The clashes killed at least 15 civilians, residents said."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 15
    assert event.actor1 is not None and event.actor1.name == "army"
    assert event.actor2 is not None and event.actor2.name == "Rapid Support Forces"


def test_the_attackers_toll_goes_to_the_first_of_two_villages(extractor: Extractor) -> None:
    text = (
        "Militants attacked the villages of Ouatagouna and Karou in the Gao region on Sunday. "
        "The attackers killed 51 people, local officials said."
    )
    _, x = run(text, extractor)
    assert [e.location.name for e in x.events if e.location] == ["Ouatagouna", "Karou"]
    assert [e.fatalities for e in x.events] == [51, None]


def test_an_ensuing_gunfight_is_the_same_battle(extractor: Extractor) -> None:
    text = (
        "Militants stormed a police station in Bannu on Tuesday. "
        "Security forces killed six of the attackers in an ensuing gunfight, the military said."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.fatalities == 6
    assert event.actor1 is not None and event.actor1.name == "Militants"


def test_a_partys_claim_by_pronoun_joins_the_fighting(extractor: Extractor) -> None:
    text = (
        "Heavy fighting broke out on Monday in the Jarablus area in northern Aleppo. "
        "Rebels said they had killed ten soldiers."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.fatalities == 10
    assert event.fatality_claims[0].claimed_by == "Rebels"


@pytest.mark.parametrize(
    "text",
    [
        # two dates
        "Gunmen killed five villagers in Auno on Monday. "
        "On Tuesday, the gunmen killed three farmers in Auno.",
        # two towns
        "Gunmen attacked a checkpoint in Kunduz on Tuesday. "
        "In Baghlan, the attackers killed four policemen.",
        # two kinds of attack, no word pointing back
        "Gunmen killed five villagers in Auno on Monday. "
        "A bomb exploded in Auno, killing three farmers.",
        # the noun only dates the second event
        "Gunmen attacked a checkpoint in Kunduz on Tuesday. "
        "Hours after the attack, a roadside bomb hit a police vehicle in Kunduz, killing four.",
        # a strategic development is never folded into fighting
        "Heavy fighting broke out on Monday in Jarablus. Police arrested ten smugglers.",
    ],
)
def test_distinct_events_stay_distinct(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert len(x.events) == 2


# --- the article-wide merge (no parse needed) ---------------------------------------------

DAY = dt.date(2023, 5, 2)


def _event(sub: str, place: str, a1: str | None, a2: str | None, day: dt.date = DAY) -> Event:
    kind = SUB_EVENT_TO_TYPE[sub]
    return Event(
        id="",
        article_id="a",
        event_date=day,
        time_precision=1,
        disorder_type="Political violence",
        event_type=kind,
        sub_event_type=sub,
        actor1=ActorRef(name=a1) if a1 else None,
        actor2=ActorRef(name=a2) if a2 else None,
        location=Location(name=place, reason="named in the text"),
    )


def test_an_event_naming_fewer_actors_joins_its_one_agreeing_event() -> None:
    lead = _event("Attack", "Auno", "gunmen", None)
    later = _event("Attack", "Auno", None, "villagers")
    [event] = merge([lead, later], "a")
    assert event.actor1 is not None and event.actor1.name == "gunmen"
    assert event.actor2 is not None and event.actor2.name == "villagers"


@pytest.mark.parametrize(
    "others",
    [
        [_event("Attack", "Auno", "bandits", "villagers")],  # another initiator
        [_event("Attack", "Auno", "gunmen", "farmers", dt.date(2023, 5, 3))],  # another day
        [_event("Attack", "Kaya", "gunmen", "farmers")],  # another place
        [_event("Armed clash", "Auno", "gunmen", "soldiers")],  # another type
    ],
)
def test_disagreeing_events_are_not_merged(others: list[Event]) -> None:
    lead = _event("Attack", "Auno", "gunmen", "villagers")
    assert len(merge([lead, *others], "a")) == 1 + len(others)


def test_an_event_that_could_join_two_stays_apart() -> None:
    first = _event("Attack", "Auno", "gunmen", "villagers")
    second = _event("Attack", "Auno", "bandits", "villagers")
    vague = _event("Attack", "Auno", None, "villagers")
    assert len(merge([first, second, vague], "a")) == 3


def test_a_protest_broken_up_later_is_one_protest_with_intervention(
    extractor: Extractor,
) -> None:
    text = (
        "Thousands of people marched in Lagos on Tuesday against police brutality. "
        "Police fired tear gas at the protesters, witnesses said."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Protest with intervention"
    assert event.location is not None and event.location.name == "Lagos"


def test_a_merged_explosion_takes_the_more_specific_means() -> None:
    lead = _event("Remote explosive/landmine/IED", "Kerman", "Islamic State", "civilians")
    later = _event("Suicide bomb", "Kerman", "Islamic State", None)
    precedence = {"Suicide bomb": 0, "Remote explosive/landmine/IED": 1, "Attack": 2}
    [event] = merge([lead, later], "a", precedence)
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor2 is not None and event.actor2.name == "civilians"


def test_other_violence_keeps_the_first_sub_event() -> None:
    lead = _event("Attack", "Auno", "gunmen", None)
    later = _event("Abduction/forced disappearance", "Auno", None, "villagers")
    precedence = {"Abduction/forced disappearance": 0, "Attack": 1}
    [event] = merge([lead, later], "a", precedence)
    assert event.sub_event_type == "Attack"


def test_a_sentence_going_on_with_a_retrospective_one_stays_in_the_past(
    extractor: Extractor,
) -> None:
    # issue 9: "In 1910 ..." then an undated arrest went on to be coded as today's
    text = (
        "Hamid Karimi fled to the coast in the late 1990s, during the first civil war. "
        "After arriving in the port, Karimi was detained by the police for a year. "
        "Gunmen killed two farmers near the port on Monday."
    )
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Attack" and event.fatalities == 2


def test_a_current_event_after_a_retrospective_sentence_is_kept(extractor: Extractor) -> None:
    text = (
        "In 2015 rebels seized the town of Kurnaz. "
        "Soldiers arrested 12 protesters in the capital, police said."
    )
    article, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type in ("Arrests", "Protest with intervention")
    assert event.event_date == article.published


def test_timeline_entries_are_the_past(extractor: Extractor) -> None:
    text = (
        "Warplanes struck the market of Ariha on Tuesday, killing nine people. "
        "TimelineJS Embed March 3 2011 Protests began in the south. "
        "Rebels seize the town of Kurnaz after weeks of shelling. "
        "Washington accuses the government of killing hundreds of people with chemical weapons."
    )
    _, x = run(text, extractor, published=dt.date(2017, 4, 5))
    event = only(x.events)
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 9


def test_continuation_words_are_read_by_the_lexicons_reader() -> None:
    from ceasewatch.extract.continuation import DATA, load_words
    from ceasewatch.extract.lexicon import lower_words

    words = load_words(DATA)
    assert "eventually" in words.past_openers and "timelinejs" in words.timeline_markers
    assert lower_words(["They", "After"]) == {"they", "after"} and lower_words(None) == set()
