"""Session 44 (story44): a namesake abroad, far from the story's country, is not taken for a
name whose own paragraph (a digest's section, a live page's entry) situates itself in the
story's country and says nothing of the namesake's, though another paragraph names that
country for something else (geocode ``_namesake_beyond_paragraph``; issue 9, point 5).

Every text is invented; the names are real towns of Oman, Japan and Israel, used as
namesakes."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode_places32 import _placed

YEMEN = (
    "Weekly security note - Yemen - Taiz and Aden - 3 May 2022\n\n"
    "TAIZ\n"
    "- 01/05: Houthi sniper fire on the Ibri quarter; 1x woman killed.\n\n"
    "ADEN\n"
    "- Calm. The talks in Muscat resume next week."
)


def test_a_section_of_the_country_does_not_take_a_namesake_told_of_elsewhere(
    builtin: Gazetteer,
) -> None:
    sentence = "- 01/05: Houthi sniper fire on the Ibri quarter; 1x woman killed."
    loc = _placed(YEMEN, sentence, "Ibri", builtin)
    assert loc.country != "Oman"


def test_the_namesake_stays_when_its_paragraph_names_its_country(builtin: Gazetteer) -> None:
    text = YEMEN.replace(
        "Houthi sniper fire on the Ibri quarter", "a Houthi drone fell in Oman's Ibri"
    )
    sentence = "- 01/05: a Houthi drone fell in Oman's Ibri; 1x woman killed."
    loc = _placed(text, sentence, "Ibri", builtin)
    assert loc.country == "Oman"


def test_a_town_next_door_stays_without_its_country_named_again(builtin: Gazetteer) -> None:
    text = (
        "Security update, south Lebanon, 4 February 2024\n\n"
        "NABATIEH: Hezbollah fired rockets from south Lebanon at Kiryat Shmona on Monday.\n\n"
        "Israel said its air defences intercepted most of them; an Israeli man was hurt."
    )
    sentence = "NABATIEH: Hezbollah fired rockets from south Lebanon at Kiryat Shmona on Monday."
    loc = _placed(text, sentence, "Kiryat Shmona", builtin)
    assert loc.country == "Israel"
