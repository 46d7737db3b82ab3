"""A generic actor with a country of its own says the article's country (issue 9, session 23,
wip/places23).

Hand-written notes (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, actor_countries, geocode
from ceasewatch.knowledge import load_actors
from ceasewatch.model import ActorRef
from tests.test_geocode import article, extraction
from tests.test_geocode_places12 import _with_actor


def _ref(name: str) -> ActorRef:
    kb = load_actors()
    actor = next(m.actor for m in kb.lookup(name))
    return ActorRef(name=actor.name, id=actor.id, method="exact")


def test_a_generic_actor_named_for_its_country_gives_the_country() -> None:
    kb = load_actors()
    ref = _ref("Ambazonian separatists")
    text = "Ambazonian separatists killed a gendarme in Bamenda."
    assert actor_countries(_with_actor(text, "Bamenda", ref), kb) == {"CM": (ref.name,)}
    # a plain noun has no country of its own: no vote
    plain = _ref("separatists")
    assert (
        actor_countries(_with_actor("Separatists killed a man in Bamenda.", "Bamenda", plain), kb)
        == {}
    )


def test_an_unknown_village_in_a_compass_unit_of_the_actors_country(builtin: Gazetteer) -> None:
    # "North-West" is a unit of five countries; Ambazonian separatists are Cameroon's
    kb = load_actors()
    ref = _ref("Ambazonian separatists")
    text = "On 20 January 2025, Ambazonian separatists killed a gendarme in Zzyqa (Qorvub, North-West)."
    out = geocode(_with_actor(text, "Zzyqa", ref), article(text), builtin, kb)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Cameroon" and loc.admin1 == "North-West"
    assert loc.geo_precision == 3


def test_a_syrian_region_name_in_a_unit_of_another_country(builtin: Gazetteer) -> None:
    # Syria's OCHA district Dar'a is no reading of a "Dara district" the text puts in Panjshir
    kb = load_actors()
    text = "On 13 September 2022, Taliban fighters clashed with rebels in Dara district (Panjshir)."
    found = extraction(text, "Dara", qualifier="district")
    loc = geocode(found, article(text), builtin, kb).events[0].location
    assert loc is not None and loc.country == "Afghanistan" and loc.admin1 == "Panjshir"
    # with no unit of another country, the Syrian district stands
    text = "On 13 September 2022, the army shelled Dara district, killing 3 civilians."
    found = extraction(text, "Dara", qualifier="district")
    loc = geocode(found, article(text), builtin, kb).events[0].location
    assert loc is not None and loc.country == "Syria"
