"""The article's country read from wire datelines and shared names, and the geocode rules that
use it: parents abroad, appositions, near spellings, country-level places with a town in their
sentence. Hand-written sentences, placed with the built-in gazetteer only."""

from __future__ import annotations

import re

from ceasewatch.geo import km_between
from ceasewatch.geocode import Gazetteer, _sub_names, geocode
from ceasewatch.geocode.containment import parent_phrases
from ceasewatch.knowledge.countries import article_countries, article_country
from ceasewatch.model import Location, Span
from tests.test_geocode import article, extraction, locations


def top(text: str) -> str | None:
    found = article_country(text)
    return found.alpha2 if found else None


def placed(text: str, gaz: Gazetteer, name: str) -> Location:
    """One event located at ``name``, its sentence the whole text (as extract gives it)."""
    ext = extraction(text, name)
    sentence = Span(start=0, end=len(text), text=text)
    event = ext.events[0].model_copy(update={"sentence": sentence})
    out = geocode(ext.model_copy(update={"events": (event,)}), article(text), gaz)
    location = out.events[0].location
    assert location is not None
    return location


# --- datelines ---------------------------------------------------------------------------------


def test_a_big_city_dateline_without_country_gives_its_country() -> None:
    assert top("PESHAWAR, Jan 4, 2022 - A bomb went off near a bus stand.") == "PK"
    reasons = article_countries("GOMA, Jan 4, 2022 - Police fired tear gas.")[0].reasons
    assert any("100,000+" in r for r in reasons)


def test_a_hyphenated_dateline_city_keeps_its_country() -> None:
    text = "PORT-AU-PRINCE, Haiti, June 2, 2022 - Armed men blocked the road to the port."
    found = article_countries(text)
    assert found[0].alpha2 == "HT"
    assert any('names "Haiti"' in r for r in found[0].reasons)


def test_a_dateline_state_slot_names_its_country() -> None:
    assert top("MANCHESTER, England, Aug 3, 2024 - Rioters smashed shop windows.") == "GB"
    assert top("HERMOSILLO, Sonora, Aug 3, 2024 - Gunmen shot at a patrol.") == "MX"


def test_geocode_keeps_the_reports_country_on_the_extraction(builtin: Gazetteer) -> None:
    """What the store keeps for the quality queue (``articles.country``): the country the text
    leads with, '' when none or a tie; read once per article, with or without events."""
    syria = "DAMASCUS, March 2 (Reuters) - Shelling hit Saraqib in Syria's Idlib province."
    assert geocode(extraction(syria, "Saraqib"), article(syria), builtin).country == "SY"
    assert geocode(extraction(syria), article(syria), builtin).country == "SY"
    tie = "Officials from Ghana and Kenya met on Monday."
    assert top(tie) is None
    assert geocode(extraction(tie), article(tie), builtin).country == ""


# --- Congo: decided by the text ------------------------------------------------------------------


def test_congo_follows_the_texts_other_evidence() -> None:
    drc = "Fighting in eastern Congo displaced families from villages of Ituri province."
    assert top(drc) == "CD"
    roc = "Congo's government said the vote in Brazzaville was calm."
    assert top(roc) == "CG"
    assert top("Rebels attacked a convoy in Congo.") == "CD"  # no other evidence: the first


def test_a_place_named_congo_is_the_country_the_text_means(builtin: Gazetteer) -> None:
    text = "BUNIA, May 2, 2023 - Militiamen raided a camp in northeastern Congo on Monday."
    loc = placed(text, builtin, "Congo")
    assert loc.iso == 180  # the Democratic Republic, not the Republic of the Congo (178)


# --- containment ---------------------------------------------------------------------------------


def test_a_town_parent_in_a_country_the_text_never_names_is_dropped(builtin: Gazetteer) -> None:
    text = "SRINAGAR, India, May 3, 2023 - Militants shot a shopkeeper in Anantnag district of Kashmir."
    loc = placed(text, builtin, "Anantnag")
    assert loc.country == "India" and loc.latitude is not None
    assert "Cashmere" not in loc.reason


def test_an_apposition_names_the_parent() -> None:
    text = "Shells fell on Harasta, the biggest town in eastern Ghouta, overnight."
    start = text.index("Harasta")
    assert parent_phrases(text, start, start + len("Harasta")) == ["Ghouta"]
    text = "They seized Bunia, the capital of Ituri province, at dawn."
    start = text.index("Bunia")
    assert parent_phrases(text, start, start + len("Bunia")) == ["Ituri province"]
    # a capitalised compass word belongs to the name: "South Kivu" is no part of "Kivu"
    text = "They entered Uvira, a town in South Kivu province, at dawn."
    start = text.index("Uvira")
    assert parent_phrases(text, start, start + len("Uvira")) == ["South Kivu province"]


def test_the_apposition_parent_overrides_the_datelines_country(builtin: Gazetteer) -> None:
    text = "BEIRUT, May 3, 2016 - Shells fell on Harasta, the biggest town in eastern Ghouta."
    loc = placed(text, builtin, "Harasta")
    assert loc.country == "Syria" and loc.geo_precision == 1


def test_west_and_western_are_one_province(builtin: Gazetteer) -> None:
    loc = placed("Fighters shelled homes in North Darfur on Monday.", builtin, "North Darfur")
    assert loc.country == "Sudan" and loc.admin1 == "Northern Darfur"


# --- near spellings and country-level places ------------------------------------------------------


def test_a_near_spelling_far_from_the_named_area_is_not_taken(builtin: Gazetteer) -> None:
    text = (
        "MAIDUGURI, Nigeria, Jan 3, 2021 - Insurgents burned Kawuri, a village west of Maiduguri."
    )
    loc = placed(text, builtin, "Kawuri")
    assert loc.latitude is not None and loc.longitude is not None
    assert km_between(loc.latitude, loc.longitude, 11.85, 13.16) < 50  # Maiduguri's area


def test_a_country_place_takes_the_town_its_sentence_names(builtin: Gazetteer) -> None:
    text = "Rockets fired from Lebanon struck Israel on Sunday, damaging houses in Haifa."
    loc = placed(text, builtin, "Israel")
    assert loc.name == "Haifa" and loc.country == "Israel" and loc.geo_precision == 1
    assert "a country; its sentence names 'Haifa'" in loc.reason


def test_a_country_adjective_as_place_is_the_country(builtin: Gazetteer) -> None:
    text = "Drones hit Ukrainian positions on Friday, the brigade said."
    loc = placed(text, builtin, "Ukrainian")
    assert loc.country == "Ukraine" and loc.place_id == "country:UA"


def test_sub_names_try_the_place_before_an_office_word_first() -> None:
    match = re.search(r"Lagos Governor Ada Obi", "Police met Lagos Governor Ada Obi.")
    assert match is not None
    names = [name for _, name in _sub_names(match)]
    assert names[0] == "Lagos"
    assert "Ada" not in names  # a first name alone is never tried
    match = re.search(r"In Wad Madani", "In Wad Madani troops fired.")
    assert match is not None
    assert [name for _, name in _sub_names(match)] == ["In Wad Madani", "Wad Madani", "Madani"]


def test_a_country_that_is_no_modifier_keeps_its_own_towns(builtin: Gazetteer) -> None:
    text = "ISLAMABAD, May 2, 2023 - Militants fled to Afghanistan, Islamabad said on Monday."
    loc = placed(text, builtin, "Afghanistan")
    assert loc.country == "Afghanistan" and loc.place_id == "country:AF"
    # attributive: "the U.S. embassy in Haifa" is in Israel
    text = "JERUSALEM, May 2, 2023 - A drone hit near the U.S. consulate in Haifa on Monday."
    loc = placed(text, builtin, "U.S.")
    assert loc.name == "Haifa" and loc.country == "Israel"


def test_no_sentence_town_for_a_sea_or_a_road(builtin: Gazetteer) -> None:
    text = "ANKARA, May 2, 2023 - Ankara sent ships to the Black Sea on Monday."
    loc = placed(text, builtin, "Black Sea")
    assert loc.name == "Black Sea" and loc.latitude is None


def test_an_unknown_name_takes_a_town_its_sentence_names_at_precision_2(
    builtin: Gazetteer,
) -> None:
    text = "KINSHASA, March 2, 2023 - Militiamen raided the Kanyaruchinya camp outside Goma."
    loc = placed(text, builtin, "Kanyaruchinya")
    assert loc.name == "Goma" and loc.geo_precision == 2 and loc.iso == 180
    assert loc.reason.startswith("'Kanyaruchinya' is not in the gazetteer; its sentence names")
    # no town in its sentence: the country, never a namesake abroad
    text = "KINSHASA, March 2, 2023 - Militiamen raided the Kanyaruchinya camp at dawn."
    loc = placed(text, builtin, "Kanyaruchinya")
    assert loc.latitude is None and loc.iso == 180


def test_a_compass_country_is_the_whole_name(builtin: Gazetteer) -> None:
    loc = placed("Troops clashed across South Sudan on Monday.", builtin, "South Sudan")
    assert loc.country == "South Sudan" and loc.place_id == "country:SS"


def test_with_two_countries_tied_a_village_of_a_third_is_no_match(builtin: Gazetteer) -> None:
    text = "Chadian and Cameroonian troops said they repelled an attack near Bazum on Monday."
    loc = placed(text, builtin, "Bazum")
    assert loc.country != "Armenia"


def test_korea_alone_follows_the_text() -> None:
    from ceasewatch.knowledge.countries import country_in_text

    assert (found := country_in_text("Korea", {"KP": 2.0})) and found.alpha2 == "KP"
    assert (found := country_in_text("Korea", {})) and found.alpha2 == "KR"


def test_a_country_doing_something_is_not_a_modifier(builtin: Gazetteer) -> None:
    text = "ANKARA, May 2, 2023 - Mosques across Turkey broadcast prayers for Gaza and Jerusalem."
    loc = placed(text, builtin, "Turkey")
    assert loc.name != "Jerusalem" and loc.country != "Israel"


# --- a country, a misspelt country and a world region are placed at country level -----------


def test_a_country_name_is_placed_at_its_country_point(builtin: Gazetteer) -> None:
    text = "Rebels attacked an army post in Zimbabwe on Friday, officials said."
    loc = placed(text, builtin, "Zimbabwe")
    assert (loc.country, loc.iso, loc.geo_precision) == ("Zimbabwe", 716, 3)
    assert loc.latitude is not None and loc.longitude is not None
    assert km_between(loc.latitude, loc.longitude, -19.0, 29.8) < 400  # inside Zimbabwe
    assert loc.admin1 is None and loc.uncertainty_km and loc.uncertainty_km > 100
    assert "names a country" in loc.reason and "country level" in loc.reason


def test_a_misspelt_country_is_that_country(builtin: Gazetteer) -> None:
    text = "Militants attacked a base in Somaila on Monday, the army said."
    loc = placed(text, builtin, "Somaila")
    assert (loc.country, loc.place_id, loc.geo_precision) == ("Somalia", "country:SO", 3)
    assert "near spelling of Somalia" in loc.reason


def test_a_misspelling_needs_length_and_one_country_alone() -> None:
    from ceasewatch.knowledge.countries import country_misspelt

    assert country_misspelt("Afganistan") is not None
    assert country_misspelt("Sudn") is None  # too short: near spellings abound by chance
    assert country_misspelt("Aleppo") is None and country_misspelt("Damascus") is None


def test_a_world_region_takes_the_articles_country(builtin: Gazetteer) -> None:
    text = "KYIV, May 2, 2023 - Ukrainian officials said shells hit Kharkiv. Europe must act."
    for name in ("Europe", "the Middle East", "West Africa"):
        loc = placed(text, builtin, name)
        assert loc.country == "Ukraine" and loc.geo_precision == 3, name
        assert "names a world region" in loc.reason and "ACLED codes the country" in loc.reason


def test_a_world_region_with_no_country_known_stays_unplaced(builtin: Gazetteer) -> None:
    loc = placed("Fighters returned to Europe last year, a report said.", builtin, "Europe")
    assert loc.latitude is None and "names a world region" in loc.reason


# --- near spellings: never a person's name, never a short or loose one ---------------------


def test_a_titled_name_is_a_person() -> None:
    from ceasewatch.geocode.place import titled_person

    assert titled_person("Bazoum", "Niger's ousted President Mohamed Bazoum. Bazoum said no.")
    assert titled_person("Modi", "Prime Minister Narendra Modi visited on Friday.")
    assert titled_person("Ruto", "Mr. Ruto spoke.")
    assert not titled_person("Bazoum", "Troops entered Bazoum on Friday.")
    assert not titled_person("Aleppo", "Aleppo Governor Ahmed Hussein said.")  # place, then office


def test_the_head_of_a_bodys_name_is_no_near_spelling(builtin: Gazetteer) -> None:
    from ceasewatch.geocode.place import body_name

    assert body_name("Bureau", "an official of the Bureau of European and Eurasian Affairs")
    assert not body_name("Bureau", "a press bureau opened in Tirana")
    text = (
        "TIRANA, May 2, 2023 - Protesters gathered at the Bureau, said an official of the "
        "Bureau of European Affairs."
    )
    loc = placed(text, builtin, "Bureau")
    assert "skeleton match" not in loc.reason and "fuzzy match" not in loc.reason


def test_a_near_spelling_is_not_taken_for_a_titled_person(builtin: Gazetteer) -> None:
    text = (
        "BANGUI, May 2, 2023 - Niger's ousted President Mohamed Bazoum was moved on Friday, "
        "and rebels said Bazoum would be freed."
    )
    loc = placed(text, builtin, "Bazoum")
    assert "skeleton match" not in loc.reason and "fuzzy match" not in loc.reason


def test_a_short_or_loose_near_spelling_is_no_match(builtin: Gazetteer) -> None:
    from ceasewatch.geocode.place import _near_ok
    from ceasewatch.knowledge.gazetteer import Candidate
    from ceasewatch.model import Place

    def cand(name: str) -> Candidate:
        place = Place(id="x:1", name=name, latitude=0.0, longitude=0.0, country="IN")
        return Candidate(place, name, "skeleton", 0.9, "built-in")

    assert not _near_ok("Modi", cand("Amod"), person=False)  # four letters
    assert not _near_ok("Bureau", cand("Burrel"), person=False)  # letters too far apart
    assert _near_ok("Kharkov", cand("Kharkiv"), person=False)
    assert not _near_ok("Kharkov", cand("Kharkiv"), person=True)


def test_an_exact_name_is_kept_whatever_the_rule(builtin: Gazetteer) -> None:
    loc = placed("KYIV, May 2, 2023 - Shells hit Kharkiv on Monday.", builtin, "Kharkiv")
    assert loc.country == "Ukraine" and loc.geo_precision == 1


def test_two_names_near_each_other_corroborate_an_unnamed_country(builtin: Gazetteer) -> None:
    # The Astana guarantors tie (one mention each); the two Syrian towns vouch for each other.
    text = (
        "Russia, Turkey and Iran, the guarantors of the Astana talks, said shelling hit "
        "Kafr Nabl and Khan Shaykhun on Monday."
    )
    for loc in locations(text, builtin, "Kafr Nabl", "Khan Shaykhun"):
        assert loc.country == "Syria" and loc.geo_precision == 1


def test_a_lone_village_of_an_unnamed_country_stays_unplaced(builtin: Gazetteer) -> None:
    text = (
        "Russia, Turkey and Iran, the guarantors of the Astana talks, said shelling hit Kafr Nabl."
    )
    assert placed(text, builtin, "Kafr Nabl").latitude is None


def test_far_apart_namesakes_do_not_corroborate_each_other(builtin: Gazetteer) -> None:
    # Bazum (Armenia) gains no witness from a name whose places lie in other countries.
    text = "Chadian and Cameroonian troops said they repelled attacks near Bazum and Kousseri."
    loc = locations(text, builtin, "Bazum", "Kousseri")[0]
    assert loc.country != "Armenia"
