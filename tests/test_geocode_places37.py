"""Session 37 (places37): a site named after a town is sought inside its bracket, a city
heading an unknown name stands for it over an actor's country, a protest's cause is no scene,
a bracketed city stands when the only country named is the attackers'.

Every sentence is invented ("Zumbarek", "Qolmara", "Zumbarveld" are no places)."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.knowledge.countries import article_countries, grievance_spans
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article
from tests.test_geocode_places32 import _placed


def _event_places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def test_a_dam_named_after_a_town_is_sought_inside_its_bracket(builtin: Gazetteer) -> None:
    sentence = "Fighters shelled positions near the Tishreen Dam (Manbij, Aleppo) on Friday."
    loc = _placed(sentence, sentence, "Tishreen Dam", builtin)
    # not a village Tishrine near Damascus, spelled only near the dam's name
    assert loc.country == "Syria" and loc.admin1 == "Aleppo"


def test_a_city_heading_a_name_stands_over_an_actors_country(resources: Resources) -> None:
    text = (
        "On 3 March 2022, Jamaat-e-Islami supporters rallied outside the Lahore Press Club "
        "against fuel prices."
    )
    (loc,) = _event_places(text, resources)
    # the party has a namesake in Bangladesh; the name written says Lahore
    assert loc.country == "Pakistan" and loc.geo_precision == 2


def test_an_unknown_name_heads_no_village_over_an_actors_country(resources: Resources) -> None:
    text = "On 3 March 2022, Hezbollah supporters rallied outside the Zumbarek Press Club."
    (loc,) = _event_places(text, resources)
    assert loc.latitude is None  # no city heads it: left to the actors' country


def test_a_name_modifying_the_issue_is_a_protests_cause() -> None:
    text = "On 5 May 2023, a march against the government's Gaza policy in Utrecht."
    assert [text[a:b] for a, b in grievance_spans(text)] == ["Gaza"]
    text = "On 5 May 2023, protesters marched in Qolmara against normalisation with Israel."
    assert [text[a:b] for a, b in grievance_spans(text)] == ["normalisation with Israel"]
    assert not article_countries(text)  # Israel is the cause, not the scene
    text = "On 5 May 2023, the Gaza war entered its eighth month."
    assert grievance_spans(text) == []  # no protest: the sentence may be about Gaza


def test_a_protests_cause_is_no_scene(resources: Resources) -> None:
    text = "On 5 May 2023, a march against the government's Gaza policy in Utrecht."
    (loc,) = _event_places(text, resources)
    assert loc.country == "Netherlands"
    text = (
        "On 1 June 2024, a demonstration against the cabinet's Gaza policy near the "
        "Zumbarveld in The Hague."
    )
    (loc,) = _event_places(text, resources)
    assert loc.country == "Netherlands"  # the sentence's town, not the cause's


def test_a_bracketed_city_when_only_the_attackers_country_is_named(
    builtin: Gazetteer,
) -> None:
    sentence = "On 3 March 2023, Israeli troops fired on people in Qolmara (Gaza City); 2 killed."
    loc = _placed(sentence, sentence, "Qolmara", builtin)
    assert loc.country is not None and loc.country.startswith("Palestine")
    assert loc.geo_precision == 2  # not an Israeli subdistrict spelled "Gaza"


def test_a_parent_ends_at_its_sentences_full_stop() -> None:
    from ceasewatch.geocode.containment import parent_phrases

    def parents(text: str, name: str) -> list[str]:
        start = text.index(name)
        return parent_phrases(text, start, start + len(name))

    text = "Gunmen shot a man in the Zumbarek area of Rio de Janeiro. She and her son fled."
    assert parents(text, "Zumbarek") == ["Rio de Janeiro"]
    text = "Drones hit Qolmara in Kharkiv. Ukrainian officials said two died."
    assert parents(text, "Qolmara") == ["Kharkiv"]
    text = "Police raided Qolmara in St. Louis on Monday."
    assert parents(text, "Qolmara") == ["St. Louis"]  # an abbreviation's full stop


def test_an_area_of_another_unit_is_no_namesake_area(resources: Resources) -> None:
    text = (
        "On 14 June 2024, the ELN declared an armed strike in the San Juan region of Chocó, "
        "ordering communities around Istmina not to travel."
    )
    places = _event_places(text, resources)
    assert places and all(p.country == "Colombia" for p in places)  # not San Juan, Puerto Rico


def test_an_area_of_its_own_unit_is_read() -> None:
    from ceasewatch.geocode import load_gazetteer
    from ceasewatch.geocode.context import _best_town, _outside_its_unit

    gazetteer = load_gazetteer()
    for name, after in (("Tal Afar", " of Nineveh"), ("Tal Afar", " of Iraq")):
        place = _best_town(name, gazetteer, None)
        assert place is not None and not _outside_its_unit(place, after, 0)
