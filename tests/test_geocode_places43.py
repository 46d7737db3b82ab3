"""Session 43 (places43): a country's name or adjective inside a longer place name ("Spanish
Town", "Port of Spain", "Benin City") is a word of that name, not the country; a peacekeeping
contingent's nationality says whose contingent it is, not where; a nationality before a force's
initials ("Kenyan MSS troops") names foreign forces as "Kenyan troops" does; a harbour town on
its country's simplified coast lies in the country.

Every sentence is invented (the names are real places in made-up events)."""

from __future__ import annotations

from ceasewatch.geocode.context import ArticleContext, forces_only
from ceasewatch.knowledge.countries import (
    article_countries,
    name_abroad,
    place_name_countries,
    within_a_name_abroad,
)
from ceasewatch.knowledge.outlines import in_country_outline
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _event_places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def _countries(text: str) -> set[str]:
    return {e.alpha2 for e in article_countries(text)}


def test_a_country_word_inside_a_town_name_abroad_is_no_vote() -> None:
    assert "ES" not in _countries("Gunmen shot two men in Laventille, east Port of Spain.")
    assert "ES" not in _countries("Residents blocked a road in Spanish Town on Friday.")
    assert "BJ" not in _countries("Gunmen attacked a bar in Benin City on Friday.")
    assert "MX" not in _countries("Farmers marched in Santa Fe, New Mexico.")
    assert "IE" not in _countries("Youths rioted in Belfast, Northern Ireland.")
    assert "AZ" not in _countries("Police arrested 3 men in Urmia, West Azerbaijan.")


def test_a_country_word_inside_its_own_countrys_city_still_votes() -> None:
    assert "KW" in _countries("Protesters gathered in Kuwait City on Friday.")
    assert "PA" in _countries("Gang members opened fire in Panama City.")
    assert "MX" in _countries("Students marched in Mexico City.")
    # a country word alone, or before a common noun, is the country
    assert "ES" in _countries("Farmers marched in Spain on Friday.")


def test_name_abroad_reads_the_whole_name() -> None:
    assert place_name_countries("Port of Spain") == {"TT"}
    assert name_abroad("Spanish Town", "Spanish")
    assert not name_abroad("Kuwait City", "Kuwait")
    assert not name_abroad("Spain", "Spain")  # one word: the country itself
    text = "in east Port of Spain."
    assert within_a_name_abroad(text, text.index("Spain"), text.index("Spain") + 5)


def test_a_place_named_with_a_nationality_word_is_placed_whole(resources: Resources) -> None:
    text = "On 3 March 2024, residents blocked the main road in Spanish Town to protest a killing."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Jamaica" for loc in places)
    text = "On 5 May 2023, gunmen shot dead two men in Laventille, east Port of Spain."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Trinidad and Tobago" for loc in places)


def test_a_peacekeeping_contingents_nationality_is_not_the_scene(resources: Resources) -> None:
    assert not _countries("Nigerian peacekeepers were ambushed near Kidal by militants.")
    text = "On 3 October 2023, Nigerian peacekeepers were ambushed near Kidal; three were killed."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Mali" for loc in places)
    # the forces' own nationality elsewhere is still their country's
    assert "NG" in _countries("Nigerian troops repelled an attack on Monguno.")


def test_a_nationality_before_a_forces_initials_names_foreign_forces() -> None:
    text = "PNH and Kenyan MSS troops fought gang members near Mirebalais."
    reasons = {e.alpha2: e.reasons for e in article_countries(text)}
    assert forces_only(text, reasons) == {"KE"}
    context = ArticleContext(
        named_countries={"KE": 1.0},
        country_reasons=reasons,
        forces_only=frozenset({"KE"}),
        actor_countries={"HT": "the text names PNH, an actor of this country"},
    )
    assert context.actor_country() == "HT"


def test_kenyan_mss_troops_leave_haitis_centre_in_haiti(resources: Resources) -> None:
    text = (
        "On 5 March 2025, PNH and Kenyan MSS troops fought gang members near the Mirebalais "
        "road in Centre; several bandits were killed."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "Haiti" for loc in places)


def test_a_harbour_town_on_a_simplified_coast_lies_in_its_country() -> None:
    assert in_country_outline("PK", 25.1216, 62.3254)  # Gwadar
    assert not in_country_outline("PK", 25.1216, 58.0)  # the Gulf of Oman, off Iran
    assert in_country_outline("ZZ", 0.0, 0.0) is None


def test_bint_jbeil_is_lebanons_town(resources: Resources) -> None:
    # GeoNames spells it "Bent Jbaïl": the English spelling is an alias (place_aliases.tsv)
    text = "On 27 May 2025, an Israeli drone hit a car in Bint Jbeil, killing one man."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Lebanon" for loc in places)
    assert all(loc.geo_precision == 1 for loc in places)
