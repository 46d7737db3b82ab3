"""Session 43 (story43): a street, a square or a quarter the gazetteer lacks, told in a story
that named its town in an earlier paragraph, stands at that town (precision 2), when no
dateline town of the country stands for it (geocode ``_story_town``).

Every sentence is invented ("Zumbarek", "Qolmara" are no places)."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode_places32 import _placed

LIVE = (
    "Live: protests in Georgia, 5 December 2024\n\n"
    "20:10 - Thousands of protesters gathered again outside parliament in Tbilisi.\n\n"
    "21:05 - Opposition leaders addressed the crowd.\n\n"
    "22:30 - Riot police used water cannon and tear gas on Zumbarek Avenue."
)


def test_a_street_of_a_live_story_stands_at_the_town_told_before(builtin: Gazetteer) -> None:
    sentence = "22:30 - Riot police used water cannon and tear gas on Zumbarek Avenue."
    loc = _placed(LIVE, sentence, "Zumbarek Avenue", builtin)
    assert loc.country == "Georgia" and loc.latitude is not None
    assert loc.name == "Tbilisi" and loc.geo_precision == 2


def test_the_nearest_town_told_before_stands(builtin: Gazetteer) -> None:
    text = (
        "Protests spread across Georgia on Thursday.\n\n"
        "In Batumi, hundreds marched to the city hall.\n\n"
        "In Tbilisi, thousands gathered outside parliament.\n\n"
        "Police later cleared the Qolmara quarter, beating people."
    )
    sentence = "Police later cleared the Qolmara quarter, beating people."
    loc = _placed(text, sentence, "Qolmara", builtin)
    assert loc.name == "Tbilisi" and loc.geo_precision == 2


def test_a_story_that_named_no_town_leaves_the_name_unplaced(builtin: Gazetteer) -> None:
    text = (
        "Protests spread across Georgia on Thursday.\n\n"
        "Police cleared Zumbarek Avenue, beating people."
    )
    loc = _placed(
        text, "Police cleared Zumbarek Avenue, beating people.", "Zumbarek Avenue", builtin
    )
    assert loc.latitude is None


def test_a_town_of_another_country_told_before_does_not_stand(builtin: Gazetteer) -> None:
    text = (
        "Georgians living abroad rallied in Paris on Thursday.\n\n"
        "In Georgia, police cleared Zumbarek Avenue, beating people."
    )
    sentence = "In Georgia, police cleared Zumbarek Avenue, beating people."
    loc = _placed(text, sentence, "Zumbarek Avenue", builtin)
    assert loc.country != "France"


def test_a_chat_with_no_country_takes_a_big_city_told_before(builtin: Gazetteer) -> None:
    text = (
        "19 February 2024, 06:30 - Crowds are marching in Goma this morning\n\n"
        "19 February 2024, 07:10 - They are burning tyres near the Zumbarek base, police "
        "dispersed them."
    )
    sentence = (
        "19 February 2024, 07:10 - They are burning tyres near the Zumbarek base, police "
        "dispersed them."
    )
    loc = _placed(text, sentence, "Zumbarek", builtin)
    assert loc.name == "Goma" and loc.geo_precision == 2
