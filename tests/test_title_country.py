"""A transcript header's country (session 25, helper transcripts25): when the speakers name only
towns, the header's city or language says which country the report is about
(``knowledge.countries.title_country``), for geocode's article context and resolve's generic
actors. Titles and texts written for these tests."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.geocode.context import read_context
from ceasewatch.knowledge import load_actors
from ceasewatch.knowledge.admin import load_admin_areas
from ceasewatch.knowledge.countries import title_country
from ceasewatch.knowledge.gazetteer import Gazetteer
from ceasewatch.resolve import resolve
from tests.test_extract_events import run

HEADER = "EVENING NEWS - RUSH TRANSCRIPT - 30 August 2019 (Filipino and English; translated)"
TOWNS_ONLY = "Soldiers clashed with rebels this morning near a village. Two rebels were killed."


def test_a_headers_language_or_city_names_the_country() -> None:
    found = title_country(HEADER)
    assert found is not None and found.alpha2 == "PH"
    assert found.reasons == ('the title names "Filipino"',)
    city = title_country("Radio monitoring: a station, Bamako, in French 0700 gmt 12 March 2024")
    assert city is not None and city.alpha2 == "ML"


def test_a_widely_spoken_language_is_no_country() -> None:
    assert title_country("Radio monitoring: a station, in French 0700 gmt 12 March 2024") is None
    assert title_country("Evening news (Russian service), 12 March 2024") is None
    assert title_country(None) is None


def test_geocode_reads_the_title_only_when_the_text_names_no_country(builtin: Gazetteer) -> None:
    areas = load_admin_areas()
    assert read_context(TOWNS_ONLY, builtin, areas).main_country() is None
    context = read_context(TOWNS_ONLY, builtin, areas, title=HEADER)
    assert context.main_country() == "PH"
    assert context.country_reasons["PH"] == ('the title names "Filipino"',)
    named = "Nigerian soldiers clashed with rebels near a village."
    assert read_context(named, builtin, areas, title=HEADER).main_country() == "NG"
    # an actor of the text says its country: the title does not outvote it
    actors = {"NG": ("Boko Haram",)}
    assert "PH" not in read_context(TOWNS_ONLY, builtin, areas, actors, HEADER).named_countries


def test_resolve_reads_a_generic_actor_through_the_titles_country(extractor: Extractor) -> None:
    text = "On 30 August 2019, gunmen threw a grenade at a store in a public market."
    article, x = run(text, extractor)
    kb = load_actors()
    plain = resolve(x, article, kb).events[0].actor1
    assert plain is not None and "Philippines" not in plain.name
    titled = article.model_copy(update={"title": HEADER})
    actor = resolve(x, titled, kb).events[0].actor1
    assert actor is not None and actor.name == "Unidentified Armed Group (Philippines)"


def test_resolve_and_geocode_read_an_articles_title_once(
    extractor: Extractor, builtin: Gazetteer
) -> None:
    # house28: one answer for both stages, computed once (knowledge.countries.title_country)
    article, x = run("On 30 August 2019, gunmen threw a grenade at a store in a market.", extractor)
    titled = article.model_copy(update={"title": HEADER})
    title_country.cache_clear()
    resolve(x, titled, load_actors())
    context = read_context(titled.text, builtin, load_admin_areas(), title=titled.title)
    assert context.main_country() == "PH"
    info = title_country.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    assert title_country(HEADER) is title_country(HEADER)
