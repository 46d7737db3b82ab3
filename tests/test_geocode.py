"""The geocode stage: context disambiguation, feature types, precision, honest fallbacks."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from ceasewatch.geocode import Gazetteer, geocode, load_gazetteer
from ceasewatch.model import Article, Event, Extraction, Location, Span

FIXTURE = Path(__file__).parent / "fixtures" / "geonames" / "seed_villages_SY.txt"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111.32
    dlon = (a[1] - b[1]) * 111.32 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


def article(text: str) -> Article:
    return Article(id="a", origin="test", text=text, content_hash="c", raw_hash="r")


def extraction(text: str, *names: str, qualifier: str | None = None) -> Extraction:
    """One event per name; the location span points at the name's first mention."""
    events = []
    for i, name in enumerate(names):
        start = text.find(name)
        span = Span(start=start, end=start + len(name), text=name) if start >= 0 else None
        loc = Location(name=name, surface=name, span=span, qualifier=qualifier)
        events.append(
            Event(
                id=f"e{i}",
                article_id="a",
                event_date=dt.date(2016, 10, 20),
                time_precision=1,
                disorder_type="Political violence",
                event_type="Battles",
                sub_event_type="Armed clash",
                actor1=None,
                location=loc,
            )
        )
    return Extraction(article_id="a", events=tuple(events))


def locations(
    text: str, gaz: Gazetteer, *names: str, qualifier: str | None = None
) -> list[Location]:
    out = geocode(extraction(text, *names, qualifier=qualifier), article(text), gaz)
    return [e.location for e in out.events if e.location is not None]


def one(text: str, gaz: Gazetteer, name: str) -> Location:
    """The one location ``locations`` finds for ``name``."""
    (loc,) = locations(text, gaz, name)
    return loc


def unplaced(text: str, gaz: Gazetteer, **kind: str) -> Location | None:
    """The location of one event the extractor gave no place, whose sentence is the whole text
    (an armed clash unless ``kind`` gives other types)."""
    fields = {
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
    } | kind
    event = Event(
        id="e0",
        article_id="a",
        event_date=dt.date(2024, 3, 5),
        time_precision=1,
        actor1=None,
        location=None,
        sentence=Span(start=0, end=len(text), text=text),
        **fields,
    )
    out = geocode(Extraction(article_id="a", events=(event,)), article(text), gaz)
    return out.events[0].location


def geoname(gid: int, name: str, lat: float, lon: float, fclass: str = "P", fcode: str = "PPL",
            cc: str = "SY", alt: str = "") -> str:  # fmt: skip
    cols = [str(gid), name, name, alt, str(lat), str(lon), fclass, fcode, cc, "", "", "", "",
            "", "0", "", "", "", "2024-01-01"]  # fmt: skip
    return "\t".join(cols) + "\n"


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """Hand-made places in Aleppo governorate (not the seed's): two villages named Tell Qarah
    ~60 km apart, a farm namesake, and the Kuweires airbase."""
    folder = tmp_path_factory.mktemp("gaz")
    path = folder / "aleppo.txt"
    path.write_text(
        geoname(98000001, "Tall Qarah", 36.45, 37.60, alt="Tell Qara")  # near al-Bab
        + geoname(98000002, "Tall Qarah", 36.05, 37.05, alt="Tell Qara")  # near Zirbah
        + geoname(98000003, "Tall Qarah", 36.06, 37.06, fclass="S", fcode="FRM")
        + geoname(
            98000004,
            "Kuweires Military Airbase",
            36.187,
            37.583,
            "S",
            "AIRB",
            alt="Kuweires Airbase,Kweires Air Base",
        )
        + geoname(98000005, "Kuwayris Sharqi", 36.18, 37.55),
        encoding="utf-8",
    )
    return load_gazetteer([path], imported=folder / "absent.sqlite")


# --- unit tests on hand-built, non-seed inputs ----------------------------------------------


def test_transliteration_variant_resolves_at_precision_1(builtin: Gazetteer) -> None:
    text = "Air strikes hit Maarat al-Numan on Thursday."
    (loc,) = locations(text, builtin, "Maarat al-Numan")
    assert loc.geo_precision == 1
    assert loc.admin1 == "Idleb" and loc.country == "Syria" and loc.iso == 760
    assert km((loc.latitude or 0, loc.longitude or 0), (35.648, 36.677)) < 2
    assert loc.place_id and loc.reason


def test_namesake_picked_by_the_articles_area(namesakes: Gazetteer) -> None:
    text = "Rebels attacked army posts in Tell Qara in the al-Bab area of northern Aleppo."
    (loc,) = locations(text, namesakes, "Tell Qara")
    assert loc.place_id == "geonames:98000001"
    assert "context" in loc.reason


def test_namesake_picked_by_direction_phrase(namesakes: Gazetteer) -> None:
    text = "Shelling hit Tell Qara, south of Hadher, in southern Aleppo."
    (loc,) = locations(text, namesakes, "Tell Qara")
    assert loc.place_id == "geonames:98000002"  # not the farm beside it, not the northern village


def test_airbase_known_is_the_place(namesakes: Gazetteer) -> None:
    text = "Clashes near the Kuweires Airbase east of Aleppo."
    (loc,) = locations(text, namesakes, "Kuweires Airbase", qualifier="near")
    assert loc.place_id == "geonames:98000004"
    assert loc.geo_precision == 2


def test_airbase_unknown_falls_back_to_its_town(builtin: Gazetteer) -> None:
    text = "The army shelled positions near the Taftanaz Airbase in Idlib."
    (loc,) = locations(text, builtin, "Taftanaz Airbase", qualifier="near")
    assert loc.geo_precision == 2
    assert "not in the gazetteer" in loc.reason
    assert km((loc.latitude or 0, loc.longitude or 0), (35.998, 36.786)) < 2


def test_unknown_village_falls_back_to_named_region(builtin: Gazetteer) -> None:
    text = "Fighting was reported in Qaryat Nowhereville in the countryside of Hama."
    (loc,) = locations(text, builtin, "Qaryat Nowhereville")
    assert loc.geo_precision == 3
    assert loc.admin1 == "Hama"
    assert "not in the gazetteer" in loc.reason and "Hama" in loc.reason
    assert loc.uncertainty_km and loc.uncertainty_km > 20


def test_no_context_no_coordinates(builtin: Gazetteer) -> None:
    text = "Fighting was reported in Qaryat Nowhereville."
    (loc,) = locations(text, builtin, "Qaryat Nowhereville")
    assert loc.latitude is None and loc.geo_precision is None
    assert "without coordinates" in loc.reason


def test_far_namesake_is_rejected(builtin: Gazetteer) -> None:
    # Salmo exists in British Columbia; an article about southern Idlib never means it.
    text = "Clashes erupted in Salmo in southern Idlib."
    (loc,) = locations(text, builtin, "Salmo")
    assert loc.admin1 == "Idleb"
    assert loc.country == "Syria"


def test_outside_syria_gets_country_and_iso(builtin: Gazetteer) -> None:
    text = "A car bomb exploded in Gaziantep."
    (loc,) = locations(text, builtin, "Gaziantep")
    assert (loc.iso, loc.geo_precision) == (792, 1)
    assert loc.country in ("Turkey", "Türkiye")  # pycountry follows the ISO short name
    assert loc.admin3 is None


def test_stage_returns_new_objects_and_keeps_placed_locations(builtin: Gazetteer) -> None:
    text = "Clashes in Saraqib."
    ex = extraction(text, "Saraqib")
    placed = Location(name="Elsewhere", latitude=1.0, longitude=2.0, reason="given")
    given = ex.events[0].model_copy(update={"id": "e9", "location": placed})
    ex = ex.model_copy(update={"events": (*ex.events, given)})
    out = geocode(ex, article(text), builtin)
    assert ex.events[0].location is not None and ex.events[0].location.latitude is None
    assert out.events[0].location is not None and out.events[0].location.geo_precision == 1
    assert out.events[1].location == placed


# --- countries, possessives, regions ----------------------------------------------------------


def test_country_is_never_a_namesake_village(builtin: Gazetteer) -> None:
    # "Syria" is also a village in Saxony; a report of a strike "in Syria" never means it.
    text = "The Syrian army said an air strike in Syria killed four people."
    (loc,) = locations(text, builtin, "Syria")
    assert (loc.country, loc.iso) == ("Syria", 760)
    # the country's own point at the coarsest precision, not Syria in Saxony
    assert (loc.place_id, loc.geo_precision, loc.admin1) == ("country:SY", 3, None)
    assert "country level" in loc.reason


def test_country_stands_in_for_by_the_paragraphs_governorate(builtin: Gazetteer) -> None:
    text = "Jets struck across Syria on Monday. Most raids hit the countryside of Deir ez-Zor."
    (loc,) = locations(text, builtin, "Syria")
    assert loc.geo_precision == 3 and loc.place_id == "ocha:SY09"
    assert loc.admin1 == "Deir-ez-Zor"
    assert "same paragraph" in loc.reason


def test_country_stands_in_for_by_the_articles_governorate(builtin: Gazetteer) -> None:
    text = (
        "Shelling hit Douma and Harasta on Tuesday.\n"
        "Elsewhere in Syria, three soldiers were killed, the army said."
    )
    locs = locations(text, builtin, "Douma", "Harasta", "Syria")
    assert locs[2].place_id == "ocha:SY03" and locs[2].geo_precision == 3
    assert "article is about" in locs[2].reason


def test_country_outside_the_admin_data_stays_a_country(builtin: Gazetteer) -> None:
    text = "Militants attacked a checkpoint in Iraq's Anbar desert and elsewhere in Iraq."
    (loc,) = locations(text, builtin, "Iraq")
    assert (loc.country, loc.iso, loc.place_id, loc.geo_precision) == ("Iraq", 368, "country:IQ", 3)


def test_possessive_country_restricts_the_place(builtin: Gazetteer) -> None:
    text = "Air strikes hit Syrias Raqqa on Friday."
    (loc,) = locations(text, builtin, "Syrias Raqqa")
    assert loc.admin1 == "Ar-Raqqa" and loc.geo_precision == 1


def test_possessive_s_without_apostrophe(builtin: Gazetteer) -> None:
    text = "Rockets fell on Idlibs old quarter."
    (loc,) = locations(text, builtin, "Idlibs")
    # cities500 carries a spelling of Idlib that matches "Idlibs" by skeleton; either way the
    # possessive is the city, not a namesake.
    assert loc.admin1 == "Idleb" and loc.geo_precision == 1 and "'Idlibs' -> Idlib" in loc.reason


def test_province_word_gives_the_governorate(builtin: Gazetteer) -> None:
    text = "Air raids killed six in Raqqa province."
    (loc,) = locations(text, builtin, "Raqqa", qualifier="province")
    assert (loc.place_id, loc.geo_precision) == ("ocha:SY11", 3)
    assert loc.uncertainty_km and loc.uncertainty_km > 50


def test_countryside_of_the_capital_is_its_own_governorate(builtin: Gazetteer) -> None:
    text = "Clashes in the Damascus countryside killed four."
    (loc,) = locations(text, builtin, "Damascus", qualifier="countryside of")
    assert loc.place_id == "ocha:SY03" and loc.admin1 == "Rural Damascus"


def test_city_name_alone_is_the_city(builtin: Gazetteer) -> None:
    text = "A bomb exploded in Hama."
    (loc,) = locations(text, builtin, "Hama")
    assert loc.geo_precision == 1 and loc.place_id == "geonames:170017"  # Hama, the city


def test_article_country_beats_a_namesake_abroad(builtin: Gazetteer) -> None:
    # Tadmur is only in Syria, but "Raqqa" has namesakes; the Syrian article keeps it home.
    text = "The Syrian Observatory said Syrian troops shelled Raqqa."
    (loc,) = locations(text, builtin, "Raqqa")
    assert loc.country == "Syria"


def test_loose_spelling_abroad_is_not_the_place(builtin: Gazetteer) -> None:
    # "Hbeit" (a village in southern Idlib that cities1000 lacks) shares its consonants with
    # Haibeitou in China; a Syrian report never means that.
    text = "Syrian troops shelled Hbeit, the Syrian Observatory said."
    (loc,) = locations(text, builtin, "Hbeit")
    assert loc.country in (None, "Syria")


def test_area_phrase_is_read_in_the_articles_country(builtin: Gazetteer) -> None:
    # "The area" at a sentence start is no town called Theza in France.
    text = "Syrian jets bombed Saraqib. The area has been hit before, the Syrian army said."
    (loc,) = locations(text, builtin, "Saraqib")
    assert loc.admin1 == "Idleb"


def test_short_name_does_not_match_longer_ones_by_prefix(builtin: Gazetteer) -> None:
    found = builtin.lookup("al-Bab")
    assert found and all(c.place.country == "SY" for c in found if c.score == 1.0)


def test_anchor_abroad_does_not_reject_the_city(tmp_path_factory: pytest.TempPathFactory) -> None:
    # A local quarter the gazetteer only knows abroad (hand-made: "Hayy Zuhur" in Jordan) must
    # not make the article's city a far namesake and drop it.
    folder = tmp_path_factory.mktemp("abroad")
    path = folder / "jo.txt"
    path.write_text(geoname(97000001, "Hayy Zuhur", 31.9, 35.9, cc="JO"), encoding="utf-8")
    gaz = load_gazetteer([path], imported=folder / "absent.sqlite")
    text = "Mortar shells hit Hayy Zuhur and other quarters of Homs."
    _, homs = locations(text, gaz, "Hayy Zuhur", "Homs")
    assert homs.admin1 == "Homs" and homs.geo_precision == 1


def test_event_without_a_place_takes_the_articles_governorate(builtin: Gazetteer) -> None:
    text = "Jets struck Saraqib and Binnish in Idlib province.\nThe raids killed eleven people."
    ex = extraction(text, "Saraqib", "Binnish")
    unnamed = ex.events[0].model_copy(update={"id": "e9", "location": None})
    ex = ex.model_copy(update={"events": (*ex.events, unnamed)})
    out = geocode(ex, article(text), builtin).events[2].location
    assert out is not None and out.admin1 == "Idleb" and out.geo_precision == 3
    assert "names no place" in out.reason


def test_event_without_a_place_and_no_frame_stays_unplaced(builtin: Gazetteer) -> None:
    text = "The raids killed eleven people, the monitor said."
    ex = extraction(text, "Nowhere")
    ex = ex.model_copy(update={"events": (ex.events[0].model_copy(update={"location": None}),)})
    assert geocode(ex, article(text), builtin).events[0].location is None


def test_other_english_name_of_a_town(builtin: Gazetteer) -> None:
    # Kurdish name of 'Ayn al-'Arab (place_aliases.tsv, from Wikipedia), not in cities1000.
    text = "Syrian Kurdish fighters repelled an attack on Kobane."
    (loc,) = locations(text, builtin, "Kobane")
    assert loc.admin1 == "Aleppo" and loc.geo_precision == 1


def test_classical_name_in_a_syrian_report_is_the_syrian_town(builtin: Gazetteer) -> None:
    # Palmyra is also a town in Australia and the US; the Syrian article means Tadmur.
    text = "Syrian troops advanced on Palmyra, the Syrian army said."
    (loc,) = locations(text, builtin, "Palmyra")
    assert loc.admin1 == "Homs"


def test_region_without_a_town_stands_at_its_governorate(builtin: Gazetteer) -> None:
    text = "Shelling of Eastern Ghouta killed nine."
    (loc,) = locations(text, builtin, "Eastern Ghouta")
    assert (loc.place_id, loc.geo_precision) == ("ocha:SY03", 3)


def test_city_in_another_named_country_is_kept(builtin: Gazetteer) -> None:
    # A coalition report on Syria and Iraq: Kirkuk is far from "the Deir ez-Zor area", but
    # Iraq is named, so it is not a namesake to reject.
    text = "Coalition jets struck in Syria near the Hajin area, and in Iraq near Kirkuk."
    (loc,) = locations(text, builtin, "Kirkuk", qualifier="near")
    assert loc.country == "Iraq" and loc.geo_precision == 2


def test_site_named_after_a_town_stands_at_the_town(builtin: Gazetteer) -> None:
    text = "Militants shelled positions near the Mosul Dam and on Mount Sinjar."
    dam, mount = locations(text, builtin, "Mosul Dam", "Mount Sinjar")
    assert dam.country == "Iraq" and dam.geo_precision == 2 and "named after" in dam.reason
    assert mount.geo_precision == 2


def test_direction_qualifier_tries_the_whole_name(builtin: Gazetteer) -> None:
    # "in eastern Ghouta" (qualifier "eastern"): the region near Damascus, even in a report
    # that also names Homs, not a Homs quarter spelled "Ghota".
    text = "Shelling in Homs and in eastern Ghouta killed nine."
    (loc,) = locations(text, builtin, "Ghouta", qualifier="eastern")
    assert loc.place_id == "ocha:SY03"


def test_dateline_says_which_country_not_where(builtin: Gazetteer) -> None:
    from ceasewatch.geocode.context import dateline_country

    assert dateline_country("HOMS, May 4 (Agency) - Shelling hit a market.", builtin) == "SY"
    assert dateline_country("Shelling hit a market in Homs.", builtin) is None
    # A report filed in Homs about Raqqa: the dateline is no governorate vote.
    text = "HOMS, May 4 (Agency) - Jets struck Raqqa.\nElsewhere in Syria two died."
    raqqa, syria = locations(text, builtin, "Raqqa", "Syria")
    assert raqqa.admin1 == "Ar-Raqqa" and syria.admin1 == "Ar-Raqqa"


def test_unknown_name_beginning_with_a_town_stands_near_it(builtin: Gazetteer) -> None:
    text = "A bomb went off at the Homs Grain Silos on Monday."
    (loc,) = locations(text, builtin, "Homs Grain Silos")
    assert loc.admin1 == "Homs" and loc.geo_precision == 2
    assert "begins with" in loc.reason


def test_generic_word_is_no_leading_place(builtin: Gazetteer) -> None:
    # "Tell" alone is a town near Damascus (At Tall) but here only the start of a village name.
    text = "Clashes erupted in Tell Qarqafzz on Monday."
    (loc,) = locations(text, builtin, "Tell Qarqafzz")
    assert loc.latitude is None


def test_unknown_name_takes_the_articles_governorate(builtin: Gazetteer) -> None:
    text = "Jets struck Saraqib on Monday.\nLater, shells hit Qaryat Zzyx, killing two."
    _, unknown = locations(text, builtin, "Saraqib", "Qaryat Zzyx")
    assert unknown.admin1 == "Idleb" and unknown.geo_precision == 3
    assert "not in the gazetteer" in unknown.reason


# --- the founding report -------------------------------------------------------------------

SEED_NAMES = ("Tell Salmo", "Atshan", "Khuwayn al-Kabir", "Zarzour", "Umm al-Khalakhi")
# (lat, lon) of the fixture rows: tests/fixtures/geonames/README.md says where they come from.
EXPECTED = {
    "Tell Salmo": (35.700, 37.100),
    "Atshan": (35.40583, 36.82333),
    "Khuwayn al-Kabir": (35.480, 36.860),
    "Zarzour": (35.640, 37.070),  # the southern Zarzur, near Abu al-Duhur
    "Umm al-Khalakhi": (35.600, 37.100),
}


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


def test_seed_villages_with_geonames_file(
    seed_text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    gaz = load_gazetteer([FIXTURE], imported=tmp_path_factory.mktemp("x") / "absent.sqlite")
    locs = locations(seed_text, gaz, *SEED_NAMES)
    for name, loc in zip(SEED_NAMES, locs, strict=True):
        assert loc.geo_precision == 1, (name, loc.reason)
        assert km((loc.latitude or 0, loc.longitude or 0), EXPECTED[name]) < 3, name
        assert loc.admin1 == ("Hama" if name == "Atshan" else "Idleb"), name
    (airbase,) = locations(seed_text, gaz, "Abu al-Duhur Airbase", qualifier="near")
    assert airbase.place_id == "geonames:99000008"
    assert airbase.geo_precision == 2


def test_seed_without_villages_falls_back_honestly(seed_text: str, builtin: Gazetteer) -> None:
    locs = locations(seed_text, builtin, *SEED_NAMES, "Abu al-Duhur Airbase")
    for loc in locs:
        assert loc.admin1 == "Idleb", loc.reason
        assert loc.geo_precision in (2, 3)
        assert "not in the gazetteer" in loc.reason
        # Abu al-Duhur town (cities1000 "Abu az Zuhur"): the area the report names.
        assert km((loc.latitude or 0, loc.longitude or 0), (35.7406, 37.0448)) < 3
