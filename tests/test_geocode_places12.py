"""The article's country from the actors it names, stand-ins abroad refused, units named for a
part of a unit, and the supplement's towns (issue 9, session 15, wip/places12).

Hand-written notes (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, actor_countries, geocode
from ceasewatch.knowledge import load_actors
from ceasewatch.model import ActorRef, Extraction, Span
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


def test_an_actor_abroad_does_not_make_the_place_a_namesake(builtin: Gazetteer) -> None:
    # al-Shabaab is Somalia's and fights in Kenya: its country frames nothing away from Kenya
    kb = load_actors()
    shabaab = next(m.actor for m in kb.lookup("al-Shabaab") if m.actor.country == "SO")
    ref = ActorRef(name=shabaab.name, id=shabaab.id, method="alias")
    text = "On 5 January 2020, al-Shabaab fighters attacked the airstrip at Manda Bay in Lamu."
    out = geocode(_with_actor(text, "Lamu", ref), article(text), builtin, kb)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Kenya"


def test_the_actors_country_stands_when_the_text_names_none(builtin: Gazetteer) -> None:
    # an unknown village and an actor of one country: the country, at country level
    kb = load_actors()
    houthis = next(m.actor for m in kb.lookup("Houthis"))
    ref = ActorRef(name=houthis.name, id=houthis.id, method="alias")
    text = "On 3 March 2024, Houthi men shelled Qaryat Zzyzx Blorp; 2 killed."
    out = geocode(_with_actor(text, "Qaryat Zzyzx Blorp", ref), article(text), builtin, kb)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Yemen" and loc.latitude is None
    assert "Houthi" in (loc.reason or "")


def test_an_event_without_place_takes_the_actors_countrys_town(builtin: Gazetteer) -> None:
    kb = load_actors()
    houthis = next(m.actor for m in kb.lookup("Houthis"))
    ref = ActorRef(name=houthis.name, id=houthis.id, method="alias")
    text = "Around 8 June 2024, Houthi security men took away a dozen UN staff in Sanaa."
    found = _with_actor(text, "Sanaa", ref)
    events = tuple(
        e.model_copy(update={"location": None, "sentence": _whole(text)}) for e in found.events
    )
    out = geocode(found.model_copy(update={"events": events}), article(text), builtin, kb)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Yemen" and loc.latitude is not None


def _whole(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def test_a_place_the_sentence_puts_the_event_in_when_no_country_is_named(
    builtin: Gazetteer,
) -> None:
    text = "On 15 May 2019, students filled the streets of Belo Horizonte against budget cuts."
    found = extraction(text, "Belo Horizonte")
    events = tuple(
        e.model_copy(update={"location": None, "sentence": _whole(text)}) for e in found.events
    )
    out = geocode(found.model_copy(update={"events": events}), article(text), builtin)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Brazil"
    # "the Chief of Police" puts nothing in Police, Poland
    text = "On 3 May 2021, the Chief of Police said gunmen had killed 3 farmers."
    found = extraction(text, "Police")
    events = tuple(
        e.model_copy(update={"location": None, "sentence": _whole(text)}) for e in found.events
    )
    out = geocode(found.model_copy(update={"events": events}), article(text), builtin)
    assert out.events[0].location is None


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
