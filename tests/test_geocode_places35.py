"""Session 35 (places35): a stance is no country, the middle of a town, a bearing from a town, an
Arabic article inside a name.

Every sentence is invented ("Borvale", "Zumbarek" are no places)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract import Extractor
from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.knowledge.countries import article_countries, article_country
from ceasewatch.model import Event, Extraction, Location, Span
from tests.test_extract_eventplaces import places
from tests.test_geocode import article


def test_a_stance_for_a_country_is_no_vote_for_it() -> None:
    text = (
        "Students set up a pro-Palestine encampment on the campus lawn in Ohio on Tuesday; "
        "state troopers cleared it and arrested 30."
    )
    lead = article_country(text)
    assert lead is not None and lead.alpha2 == "US"
    assert "PS" not in {c.alpha2 for c in article_countries(text)}


def test_an_anti_stance_is_no_vote_either() -> None:
    text = "Hundreds marched in Niamey in anti-French protests on Saturday."
    assert [c.alpha2 for c in article_countries(text)] == ["NE"]


def test_a_country_named_alone_still_votes() -> None:
    text = "A pro-government rally was held in Tunis; Tunisia's police watched it."
    assert article_countries(text)[0].alpha2 == "TN"


def test_the_centre_of_a_town_is_the_town(extractor: Extractor) -> None:
    found, kept = places(
        "Thousands marched through the centre of Zumbarek to demand land.", extractor
    )
    assert found == ["Zumbarek"] and kept == ["Zumbarek"]
    found, _ = places("Protesters gathered in the heart of Zumbarek on Monday.", extractor)
    assert found == ["Zumbarek"]


def test_a_centre_that_heads_a_name_opens_no_place(extractor: Extractor) -> None:
    text = "Police dispersed a protest in front of the Centre of Culture in Zumbarek."
    found, _ = places(text, extractor)
    assert found == ["Zumbarek"]


def test_a_bearing_from_a_town_places_the_event_near_it(extractor: Extractor) -> None:
    from ceasewatch.extract.places import find_places

    text = "Soldiers shot dead two farmers 5 km east of Borvale on Monday."
    found, kept = places(text, extractor)
    assert found == ["Borvale"] and kept == ["Borvale"]
    sent = next(iter(extractor.nlp(text).sents))
    tables = extractor.tables
    mentions = find_places(sent, tables.lex, set(), tables.countries).places
    assert [p.qualifier for p in mentions] == ["near"]


def test_a_bearing_after_a_named_scene_only_situates_it(extractor: Extractor) -> None:
    found, kept = places(
        "Gunmen attacked a checkpoint in Zumbarek, 40 km east of Borvale, killing two.", extractor
    )
    assert found == ["Zumbarek"] and kept == ["Zumbarek"]


def _unplaced(text: str, gaz: Gazetteer) -> Location:
    """The location geocode gives one event the extractor gave no place (its sentence: all)."""
    event = Event(
        id="e0", article_id="a", event_date=dt.date(2024, 3, 5), time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1=None, location=None,
        sentence=Span(start=0, end=len(text), text=text),
    )  # fmt: skip
    out = geocode(Extraction(article_id="a", events=(event,)), article(text), gaz)
    location = out.events[0].location
    assert location is not None
    return location


def test_a_name_with_an_arabic_article_is_read_whole(builtin: Gazetteer) -> None:
    text = "An air strike hit a house in Deir al-Balah, Palestinian medics said; four died."
    location = _unplaced(text, builtin)
    assert location.reason is not None and "'Deir al-Balah'" in location.reason
    assert location.country is not None and location.country.startswith("Palestin")
