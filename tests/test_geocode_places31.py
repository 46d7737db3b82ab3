"""Session 31 (wip/places31): a country named only as foreign forces' does not lead the vote
("Russian troops shelled X"), a quoted label is no place ("'Wagner' (Russian instructors)"),
a note that opens with its commune ("commune of X: ...") or with a lower-case bracket
("Durban (eThekwini) - ..."), a town with its own bracket after a comma ("Plaza X, Santiago
(...)"), and a name no country's places spell alike in a note of no country whose sentence
names a big city. Invented sentences only ("Qolmara", "Lihoto Qolm" are no places)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.geocode.context import read_context
from ceasewatch.knowledge.admin import load_admin_areas
from ceasewatch.knowledge.countries import article_countries, cased_dateline
from ceasewatch.model import Event, Extraction, Location, Span
from tests.test_geocode import article, one


def _in_sentence(text: str, gaz: Gazetteer, name: str) -> Location:
    """``name``'s location for one event whose sentence is the whole text."""
    start = text.find(name)
    span = Span(start=start, end=start + len(name), text=name)
    event = Event(
        id="e0",
        article_id="a",
        event_date=dt.date(2024, 3, 5),
        time_precision=1,
        disorder_type="Political violence",
        event_type="Riots",
        sub_event_type="Mob violence",
        actor1=None,
        location=Location(name=name, surface=name, span=span),
        sentence=Span(start=0, end=len(text), text=text),
    )
    out = geocode(Extraction(article_id="a", events=(event,)), article(text), gaz)
    location = out.events[0].location
    assert location is not None
    return location


def _main(text: str, gaz: Gazetteer) -> str | None:
    return read_context(text, gaz, load_admin_areas(), {}, None).main_country()


def test_foreign_forces_do_not_lead_the_country_vote(builtin: Gazetteer) -> None:
    assert _main("Russian troops shelled Kharkiv overnight, killing two.", builtin) == "UA"
    text = "Turkish drones struck a car near Qolmara (Hasakah); Turkish jets also flew over."
    assert _main(text, builtin) == "SY"
    # named only as forces and nothing else: still that country
    assert _main("Russian troops held a parade.", builtin) == "RU"
    # another country named by an adjective alone is its people, not the scene
    text = "Pakistani troops killed four militants of the Afghan Taliban near Qolmara."
    assert _main(text, builtin) != "AF"


def test_a_quoted_label_with_a_bracket_votes_for_no_country() -> None:
    text = "On 5 March 2024, rebels clashed with FACA and 'Wagner' (Russian instructors)."
    countries = {e.alpha2 for e in article_countries(text)}
    assert "BR" not in countries  # Brazil's municipality Wagner
    assert "RU" in countries


def test_a_note_opening_with_its_commune_states_the_town() -> None:
    found = cased_dateline("On 5 March 2024, commune of Bambari: rebels clashed with FACA.")
    assert found is not None and found[0] == "Bambari" and found[2]
    found = cased_dateline("On 5 March 2024, Pietermaritzburg (uMsunduzi) - a crowd looted.")
    assert found is not None and found[:3] == ("Pietermaritzburg", "uMsunduzi", True)
    # "floods in the commune of X" is a sentence, no opener
    assert cased_dateline("On 5 March 2024, floods in the commune of Bambari: x") is None


def test_a_quoted_label_is_not_the_sentence_s_place(builtin: Gazetteer) -> None:
    text = (
        "On 5 March 2024, commune of Bambari: UPC elements clashed with FACA and 'Wagner' "
        "(Russian instructors) near Lihoto Qolm. Two combatants killed."
    )
    loc = one(text, builtin, "Lihoto Qolm")
    # the note's commune town, not Wagner, Bahia (Brazil)
    assert loc.country == "Central African Republic" and loc.admin1 == "Ouaka"


def test_a_town_with_its_own_bracket_after_a_comma_is_no_province_abroad() -> None:
    text = "Police dispersed protesters near Plaza Qolmara, Santiago (Region Metropolitana)."
    countries = [e.alpha2 for e in article_countries(text)]
    assert countries[:1] == ["CL"]  # the capital, not the Dominican province Santiago
    text = "Clashes near Faisalabad, Punjab left two dead."
    assert [e.alpha2 for e in article_countries(text)][:1] == ["PK"]


def test_a_name_nowhere_stands_at_the_sentence_s_big_city(builtin: Gazetteer) -> None:
    text = (
        "On 5 March 2024, a mob beat a man to death in Qolmara mohalla of Gujranwala; police "
        "arrested twelve."
    )
    loc = _in_sentence(text, builtin, "Qolmara")
    assert loc.country == "Pakistan" and loc.admin1 == "Punjab" and loc.geo_precision == 2
    # the city's own name is no such name: it is placed as itself
    assert _in_sentence(text, builtin, "Gujranwala").geo_precision == 1


def test_quotation_marks_around_a_name() -> None:
    from ceasewatch.geocode import _quoted

    text = "the 'Qolmara' battalion and the “Qolmara” unit met in Ta'izz"
    assert _quoted(text, text.find("Qolmara"), "Qolmara'")
    assert _quoted(text, text.rfind("Qolmara"), "Qolmara")
    assert not _quoted(text, text.find("izz"), "izz")  # an apostrophe inside a word


def test_forces_alone_beside_actors_of_another_country(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, FACA and Russian instructors clashed with rebels near Qolmara."
    context = read_context(text, builtin, load_admin_areas(), {}, None)
    context.actor_countries["CF"] = "the text names FACA, an actor of this country"
    assert context.main_country() == "CF"
    context.actor_countries["RU"] = "the text names the Wagner Group, an actor of this country"
    assert context.main_country() == "CF"  # the forces' own actor adds no scene


def test_a_capital_s_airport_names_the_capital(builtin: Gazetteer) -> None:
    text = "On 2 May 2021, two rockets fell near Victory base by Kabul International Airport."
    assert [e.alpha2 for e in article_countries(text)] == ["AF"]
    loc = _in_sentence(text, builtin, "Victory")  # no town of Wisconsin
    assert loc.country == "Afghanistan" and loc.geo_precision == 2
