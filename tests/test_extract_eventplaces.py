"""Which places a sentence names are its event's own (extract/eventplaces.py)."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.extract.eventplaces import event_places, framing_reason
from ceasewatch.extract.places import find_places


def places(text: str, extractor: Extractor) -> tuple[list[str], list[str]]:
    """(names found, names kept as the event's places)."""
    sent = next(iter(extractor.nlp(text).sents))
    tables = extractor.tables
    found = find_places(sent, tables.lex, {t.i for t in sent if t.ent_id_}, tables.countries)
    kept = event_places(sent, found)
    return [p.name for p in found.places], [p.name for p in kept.places]


def test_country_frames_a_town(extractor: Extractor) -> None:
    found, kept = places(
        "Army units took the hill town of Kalemie on Friday in the push across eastern Congo.",
        extractor,
    )
    assert "Kalemie" in found and kept == ["Kalemie"]


def test_origin_is_not_the_scene(extractor: Extractor) -> None:
    found, kept = places(
        "Police arrested the editor at Entebbe airport after he flew in from Kenya.", extractor
    )
    assert len(found) == 2 and kept == ["Entebbe"]


def test_region_after_a_town_frames_it(extractor: Extractor) -> None:
    found, kept = places(
        "Militia fighters burned houses in Djugu, in Ituri province, on Monday.", extractor
    )
    assert "Ituri" in found and kept == ["Djugu"]


def test_two_towns_stay_two_places(extractor: Extractor) -> None:
    _, kept = places("Shells fell on Kramatorsk and Sloviansk overnight.", extractor)
    assert kept == ["Kramatorsk", "Sloviansk"]


def test_only_framing_places_are_all_kept(extractor: Extractor) -> None:
    _, kept = places("Fighting spread across Kordofan province and Darfur province.", extractor)
    assert kept == ["Kordofan", "Darfur"]


def test_district_of_the_event_beats_province_of_origin(extractor: Extractor) -> None:
    sent = next(
        iter(
            extractor.nlp(
                "In Zhob district on Sunday, gunmen shot dead nine labourers from Sindh province."
            ).sents
        )
    )
    tables = extractor.tables
    found = find_places(sent, tables.lex, {t.i for t in sent if t.ent_id_}, tables.countries)
    reasons = {p.name: framing_reason(sent, p) for p in found.places}
    assert reasons == {"Sindh": "an origin", "Zhob": "an administrative area"}
    assert [p.name for p in event_places(sent, found).places] == ["Zhob"]


# --- a place and its container are one event's place (session 16) ------------------------------


def test_a_square_then_its_city_is_one_place(extractor: Extractor) -> None:
    found, kept = places("Pensioners rallied in Liberty Square, Tbilisi, on Monday.", extractor)
    assert len(found) == 2 and kept == ["Liberty Square"]


def test_a_site_in_its_town_is_one_place(extractor: Extractor) -> None:
    _, kept = places("Mourners gathered at Shuhada cemetery in Mosul after the raid.", extractor)
    assert kept == ["Shuhada"]


def test_a_village_then_its_bracketed_district_is_one_place(extractor: Extractor) -> None:
    _, kept = places(
        "Gunmen shot two herders near Gidan Bako village (Tsafe, Zamfara) at dawn.", extractor
    )
    assert kept == ["Gidan Bako"]


def test_a_quarter_then_its_town_is_one_event_at_the_town(extractor: Extractor) -> None:
    # "X, Y" after a name that is no landmark: not dropped as a container (the geocoder could
    # read the pair as a list and send X to a namesake), but one scene: the town is kept
    # (``nested``, merged with ``without_containers`` in session 16)
    _, kept = places("Police shot two youths in Kawangware, Nairobi, on Friday.", extractor)
    assert kept == ["Nairobi"]


def test_a_list_of_towns_is_no_container(extractor: Extractor) -> None:
    _, kept = places("Crowds marched in Lagos, Abuja and Kano against fuel prices.", extractor)
    assert kept == ["Lagos", "Abuja", "Kano"]
    _, kept = places("Troops fought rebels in Goma and in Sake on Sunday.", extractor)
    assert kept == ["Goma", "Sake"]


# --- a place said of the people or the cause an act is for (places33) ---------------------------


def people_places(text: str, extractor: Extractor) -> tuple[list[str], list[str]]:
    """As ``places``, with the lexicon's nouns of people as the pipeline passes them."""
    sent = next(iter(extractor.nlp(text).sents))
    tables = extractor.tables
    found = find_places(sent, tables.lex, {t.i for t in sent if t.ent_id_}, tables.countries)
    people = frozenset(tables.lex.person_nouns | tables.lex.actor_nouns.keys())
    kept = event_places(sent, found, people)
    return [p.name for p in found.places], [p.name for p in kept.places]


def test_a_place_inside_the_cause_of_a_march_is_not_its_scene(extractor: Extractor) -> None:
    found, kept = people_places(
        "About 500 people marched in Valmora on Sunday in support of Kurds in Qolmara.",
        extractor,
    )
    assert found == ["Valmora", "Qolmara"] and kept == ["Valmora"]
    found, kept = people_places(
        "In solidarity with the people in Qolmara, students protested at the university in"
        " Valmora.",
        extractor,
    )
    assert "Qolmara" in found and kept == ["Valmora"]


def test_where_hostages_are_held_is_not_the_rally(extractor: Extractor) -> None:
    found, kept = people_places(
        "Thousands rallied in Valmora to demand a deal to free the hostages held in Qolmara.",
        extractor,
    )
    assert found == ["Valmora", "Qolmara"] and kept == ["Valmora"]


def test_a_place_of_people_named_alone_stays_the_scene(extractor: Extractor) -> None:
    # "in Qolmara" hangs on the victims here: it is the scene, and the only place named
    _, kept = people_places("Gunmen killed five villagers in Qolmara on Monday.", extractor)
    assert kept == ["Qolmara"]
    # a participle of what happened to them is no whereabouts: both places stay
    _, kept = people_places(
        "Gunmen shot at farmers in Valmora and at villagers wounded in Qolmara.", extractor
    )
    assert "Qolmara" in kept


def test_the_grievance_of_a_protest_is_not_its_scene(extractor: Extractor) -> None:
    found, kept = people_places(
        "Students gathered at the university in Valmora to protest against attacks on Qolmara.",
        extractor,
    )
    assert found == ["Valmora", "Qolmara"] and kept == ["Valmora"]
    found, kept = people_places(
        "Hundreds demonstrated in Valmora over the killing of a chief in Qolmara.", extractor
    )
    assert found == ["Valmora", "Qolmara"] and kept == ["Valmora"]
