"""Session 36 (places36): a feature of the land or a frontier before its bracketed parents, a
country named only as the attacker's is no parent's home, a big city before a unit abroad in a
text that names no country.

Every sentence is invented ("Zumbarek", "Qolmara" are no places)."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.containment import parent_phrases
from tests.test_geocode_places32 import _placed


def _parents(text: str, name: str) -> list[str]:
    start = text.index(name)
    return parent_phrases(text, start, start + len(name))


def test_a_border_or_a_range_before_a_bracket_is_placed_by_it() -> None:
    text = "Police stopped farmers at the Zumbarek border (Patiala, Punjab) on Monday."
    assert _parents(text, "Zumbarek") == ["Patiala", "Punjab"]
    text = "Jets hit caves in the Qolmara mountains (Bari) overnight."
    assert _parents(text, "Qolmara") == ["Bari"]
    text = "Troops crossed at the Zumbarek border crossing (Nangarhar) at dawn."
    assert _parents(text, "Zumbarek") == ["Nangarhar"]


def test_a_feature_word_without_a_bracket_names_no_parent() -> None:
    text = "Police stopped farmers at the Zumbarek border on Monday (per local media)."
    assert _parents(text, "Zumbarek") == []


def test_a_frontier_post_stands_at_its_bracketed_district(builtin: Gazetteer) -> None:
    sentence = (
        "Farmers marching to Nagpur were stopped at the Zumbarek border (Patiala, Punjab); "
        "police fired tear gas at them."
    )
    loc = _placed(sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "India" and loc.admin1 == "Punjab"
    assert loc.geo_precision == 2  # Patiala stands for it, not the destination Nagpur


def test_the_attackers_country_is_no_home_for_a_parent(builtin: Gazetteer) -> None:
    sentence = "US air strikes hit militants' caves in the Qolmara mountains (Bari) on Monday."
    loc = _placed(sentence, sentence, "Qolmara", builtin)
    assert loc.country == "Somalia"  # Bari's region, not a US town spelled near it


def test_a_big_city_before_a_unit_abroad_when_no_country_is_named(builtin: Gazetteer) -> None:
    sentence = "Unions marched from Place Zumbarek in Lyon against the budget cuts."
    loc = _placed(sentence, sentence, "Place Zumbarek", builtin)
    assert loc.country == "France"  # the city, not Lyon County, Kansas


def test_a_named_country_still_picks_the_unit(builtin: Gazetteer) -> None:
    sentence = "Police broke up a rally at Zumbarek square in Lyon, Kansas, on Friday."
    loc = _placed(sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "United States"


def test_a_quarter_among_the_other_districts_of_its_town() -> None:
    text = "Youths blocked roads in Zumbarek and other districts of Lomé on Friday."
    assert _parents(text, "Zumbarek") == ["Lomé"]
    text = "Shops were looted in Qolmara and neighbouring quarters of the city of Kaduna."
    assert _parents(text, "Qolmara") == ["Kaduna"]


def test_the_word_after_a_link_is_no_name_of_its_own(builtin: Gazetteer) -> None:
    import re

    from ceasewatch.geocode import _CAPITALISED, _sub_names

    match = re.search(_CAPITALISED, "a bomb went off in Zumbarek del Sur on Monday")
    assert match is not None
    names = [name for _, name in _sub_names(match)]
    assert "Zumbarek del Sur" in names and "Sur" not in names
    sentence = "A bomb went off as a truck passed in Qolmara (Zumbarek del Sur); 2 soldiers hurt."
    loc = _placed(sentence, sentence, "Qolmara", builtin)
    assert loc.country != "Lebanon"  # "Sur" is no Tyre here


def test_a_square_named_like_a_town_abroad_is_in_its_sentences_town(builtin: Gazetteer) -> None:
    text = (
        "On 3 May 2024, hundreds of residents of Kharkiv rallied on Pushkin square with "
        "Ukrainian flags; police watched. Several detained."
    )
    loc = _placed(text, text, "Pushkin", builtin)
    assert loc.country == "Ukraine" and loc.admin1 is not None and "Kharkiv" in loc.admin1


def test_a_square_word_is_read_after_the_name_only() -> None:
    from ceasewatch.geocode import _SQUARE_WORD

    text = "rallied on Pushkin square, then on Zumbarek road"
    assert _SQUARE_WORD.match(text, text.index(" square"))
    assert _SQUARE_WORD.match(text, text.index(" road")) is None


def test_a_square_in_a_named_town_stays_there(builtin: Gazetteer) -> None:
    text = "Supporters of the Kharkiv Homeland movement rallied on Pushkin square in Lviv."
    loc = _placed(text, text, "Pushkin", builtin)
    assert loc.admin1 is not None and "Lviv" in loc.admin1  # not the movement's Kharkiv
