"""The article's country from the actors it names, stand-ins abroad refused, units named for a
part of a unit, and the supplement's towns (issue 9, session 15, wip/places12).

Hand-written notes (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, actor_countries, geocode
from ceasewatch.knowledge import load_actors
from ceasewatch.model import ActorRef, Extraction
from tests.test_geocode import article, extraction, one


def _with_actor(text: str, name: str, actor: ActorRef) -> Extraction:
    found = extraction(text, name)
    events = tuple(e.model_copy(update={"actor1": actor}) for e in found.events)
    return found.model_copy(update={"events": events})


def test_the_actors_named_give_the_article_its_country() -> None:
    kb = load_actors()
    houthis = next(m.actor for m in kb.lookup("Houthis"))
    ref = ActorRef(name=houthis.name, id=houthis.id, method="alias")
    found = actor_countries(_with_actor("Houthi men took staff in Sanaa.", "Sanaa", ref), kb)
    assert found == {"YE": (houthis.name,)}
    # a generic word framed by the article's country only echoes it back: no vote
    framed = ref.model_copy(update={"method": "context"})
    assert actor_countries(_with_actor("Men took staff.", "Sanaa", framed), kb) == {}


def test_an_actors_country_frames_a_namesake_abroad_out(builtin: Gazetteer) -> None:
    # "Kiunga" is a town in Papua New Guinea too (larger than Kenya's); al-Shabaab is Somalia's
    # and Kenya is named: a report about Kenya and Somalia, never Papua New Guinea
    kb = load_actors()
    shabaab = next(m.actor for m in kb.lookup("al-Shabaab") if m.actor.country == "SO")
    ref = ActorRef(name=shabaab.name, id=shabaab.id, method="alias")
    text = (
        "On 27 January 2024, an IED hit a Kenyan police lorry near Kiunga. Al-Shabaab claimed it."
    )
    out = geocode(_with_actor(text, "Kiunga", ref), article(text), builtin, kb)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Kenya"


def test_the_actor_vote_is_weaker_than_a_named_country(builtin: Gazetteer) -> None:
    kb = load_actors()
    houthis = next(m.actor for m in kb.lookup("Houthis"))
    ref = ActorRef(name=houthis.name, id=houthis.id, method="alias")
    text = "On 3 March 2024, the Houthis fired a missile at Eilat, Israel's port."
    out = geocode(_with_actor(text, "Eilat", ref), article(text), builtin, kb)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Israel"


def test_a_name_that_begins_with_a_village_abroad_is_no_stand_in(builtin: Gazetteer) -> None:
    # "Kiti Zorbas" is not in the gazetteer and begins with Cyprus's village Kiti; the text
    # names no country: a village abroad does not stand for it
    loc = one("On 3 March 2023, gangs burned houses in Kiti Zorbas.", builtin, "Kiti Zorbas")
    assert loc.country != "Cyprus" and loc.latitude is None


def test_a_name_that_begins_with_a_city_still_stands_in(builtin: Gazetteer) -> None:
    loc = one(
        "On 3 March 2016, shells hit Aleppo Police Command.", builtin, "Aleppo Police Command"
    )
    assert loc.country == "Syria" and loc.geo_precision == 2


def test_a_unit_named_for_its_part_is_in_the_unit(builtin: Gazetteer) -> None:
    # Kenya's constituency Lamu East lies in Lamu county; the gazetteer has no unit of its name
    loc = one("On 2 May 2023, gunmen burned a school in Mangai (Lamu East).", builtin, "Mangai")
    assert loc.country == "Kenya" and loc.admin1 == "Lamu"


def test_supplement_towns(builtin: Gazetteer) -> None:
    loc = one("On 3 April 2023, gang members raped women in Cite Soleil.", builtin, "Cite Soleil")
    assert loc.country == "Haiti" and loc.admin1 == "Ouest"
    loc = one("On 5 May 2023, an IED hit a lorry near Kiunga (Lamu East).", builtin, "Kiunga")
    assert loc.country == "Kenya" and loc.admin1 == "Lamu"
