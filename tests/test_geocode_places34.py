"""Session 34 (wip/places34): words that are no town's name on whole articles.

- a generic word with its number ("Mile 4", "KM 7", "Kebele 05", "Sector 3") is a milestone or
  a numbered quarter, never a namesake town spelled like the word (Mile, Yunnan; Kobilje);
- an agency's kind written before its noun ("Federal police", "National Guard") is not the
  place owning it (Federal, Entre Rios);
- a dateline that spells first-level units only ("NORTH-WEST" over a situation report's items)
  is a region heading, not a hamlet reached by a variant (Northwest, North Carolina);
- a name said to be a district of "the capital" in an apposition stands at the capital, not at
  a town its first words spell ("San Juan ...");
- an area phrase's town ("east of X") in a text that names no country is not taken from a
  tie among namesakes in Syria's favour unless the text situates itself in Syria;
- a protest's distant cause ("to protest Israeli strikes on Gaza", "in solidarity with the
  people of Palestine") does not vote for the article's country (knowledge.countries).

Invented sentences only ("Zumbarek", "Qolmara" are no places)."""

from __future__ import annotations

import datetime as dt
from typing import cast

from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.geocode.context import _best_town, dateline_town
from ceasewatch.knowledge.countries import article_countries, article_country, grievance_spans
from ceasewatch.knowledge.gazetteer import Candidate
from ceasewatch.model import Event, Extraction, Location, Place, Span
from tests.test_geocode import article
from tests.test_geocode_places32 import _placed


def _unplaced_event(text: str, sentence: str, gaz: Gazetteer) -> Location | None:
    """The location geocoding gives an event the extractor placed nowhere."""
    s0 = text.index(sentence)
    event = Event(
        id="e0",
        article_id="a",
        event_date=dt.date(2024, 3, 5),
        time_precision=1,
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Protest with intervention",
        actor1=None,
        location=None,
        sentence=Span(start=s0, end=s0 + len(sentence), text=sentence),
    )
    out = geocode(Extraction(article_id="a", events=(event,)), article(text), gaz)
    return out.events[0].location


def test_a_milestone_is_no_town_of_its_word(builtin: Gazetteer) -> None:
    lead = "Separatists and soldiers clashed again in Cameroon's North-West region. "
    sentence = "A roadside bomb hit an army pickup at Mile 4 in Bamenda on Tuesday."
    loc = _placed(lead + sentence, sentence, "Mile", builtin)
    assert loc.country != "China"
    assert loc.country == "Cameroon" and loc.geo_precision == 2  # Bamenda stands for it
    sentence = "Gunmen stopped a bus at KM 12 on the road out of Bamenda on Friday."
    loc = _placed(lead + sentence, sentence, "KM", builtin)
    assert loc.country == "Cameroon"


def test_a_numbered_quarter_is_no_town_of_its_word(builtin: Gazetteer) -> None:
    text = "Soldiers shot dead a trader in Kebele 05 on Monday, residents of the town said."
    loc = _placed(text, text, "Kebele", builtin)
    assert loc.country != "Slovenia" and loc.latitude is None
    text = "A roadside bomb hit an army pickup at Mile 4 on Tuesday, killing two soldiers."
    loc = _placed(text, text, "Mile", builtin)
    assert loc.country != "China" and loc.latitude is None


def test_a_word_without_a_number_is_still_sought(builtin: Gazetteer) -> None:
    lead = "Fighting spread across Ethiopia's Amhara region this week. "
    sentence = "Militiamen attacked a convoy near Bahir Dar on Monday."
    loc = _placed(lead + sentence, sentence, "Bahir Dar", builtin)
    assert loc.country == "Ethiopia" and loc.latitude is not None


def test_an_agencys_kind_is_not_its_owner(builtin: Gazetteer) -> None:
    lead = "Pensioners have marched every week against Argentina's cuts. "
    sentence = "Federal police fired tear gas at the marchers outside Congress on Wednesday."
    loc = _unplaced_event(lead + sentence, sentence, builtin)
    assert loc is None or loc.name != "Federal"


def test_a_place_owning_its_police_still_stands(builtin: Gazetteer) -> None:
    lead = "Farmers in India kept up their march on the capital. "
    sentence = "Haryana police fired tear gas at the farmers on Tuesday."
    loc = _unplaced_event(lead + sentence, sentence, builtin)
    assert loc is not None and loc.name == "Haryana"


def test_a_region_heading_is_no_dateline_town(builtin: Gazetteer) -> None:
    text = (
        "NORTH-WEST\n- 10/07: separatists burned a school near Zumbarek. Two guards died.\n"
        "SOUTH-WEST\n- 11/07: teachers marched over unpaid salaries in Qolmara.\n"
    )
    assert dateline_town(text, builtin) is None
    text = "KHARTOUM, May 3 (Reuters) - Shelling hit a market in the south of the city."
    town = dateline_town(text, builtin)
    assert town is not None and town.country == "SD"


def test_a_district_of_the_capital_in_apposition(builtin: Gazetteer) -> None:
    lead = "Extortion gangs have killed a dozen bus drivers in Peru this year. "
    sentence = "A driver was shot on Monday in Zumbarek, the capital's most crowded district."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "Peru" and loc.geo_precision == 2
    assert loc.latitude is not None and abs(loc.latitude + 12.05) < 0.2  # Lima
    sentence = (
        "A driver was shot on Monday in San Juan de Zumbarek, a poor district of the capital."
    )
    loc = _placed(lead + sentence, sentence, "San Juan de Zumbarek", builtin)
    assert loc.latitude is not None and abs(loc.latitude + 12.05) < 0.2  # Lima, no San Juan


def test_the_capital_of_a_province_in_apposition_is_not_the_countrys(builtin: Gazetteer) -> None:
    lead = "Extortion gangs have killed a dozen bus drivers in Peru this year. "
    sentence = "A driver was shot on Monday in Zumbarek, a district of the capital of Cusco."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.latitude is None or abs(loc.latitude + 12.05) > 0.2


class _Namesakes:
    """A gazetteer stub: one name spelled exactly by two towns abroad and, loosely, by a
    Syrian village."""

    def lookup(self, name: str) -> list[Candidate]:
        def town(pid: str, country: str, method: str, score: float) -> Candidate:
            place = Place(
                id=pid, name=name, latitude=1.0, longitude=1.0, feature_class="P",
                feature_code="PPL", country=country,
            )  # fmt: skip
            return Candidate(place, name, method, score, "built-in")

        return [
            town("t:1", "JP", "exact", 1.0),
            town("t:2", "CI", "exact", 1.0),
            town("t:3", "SY", "skeleton", 0.75),
        ]


def test_a_tie_among_namesakes_goes_to_syria_only_in_a_text_about_syria() -> None:
    stub = cast(Gazetteer, _Namesakes())
    assert _best_town("Zumbarek", stub, None, syria=False) is None
    found = _best_town("Zumbarek", stub, None, syria=True)
    assert found is not None and found.country == "SY"  # as before in a text naming Syria


def test_a_milestone_beside_a_city_in_a_text_naming_no_country(builtin: Gazetteer) -> None:
    text = "- 10/07: a bomb went off near an army truck at Mile 90, Bamenda. Two soldiers hurt."
    sentence = text.split(". ")[0] + "."
    loc = _placed(text, sentence, "Mile", builtin)
    assert loc.country == "Cameroon" and loc.geo_precision == 2  # Bamenda stands for it


def test_a_protests_distant_cause_does_not_vote_for_the_articles_country() -> None:
    text = (
        "Students rallied outside the press club in Islamabad on Friday to protest Israeli "
        "strikes on Gaza and in solidarity with the people of Palestine. Police watched."
    )
    lead = article_country(text)
    assert lead is not None and lead.alpha2 == "PK"
    spans = [text[a:b] for a, b in grievance_spans(text)]
    assert spans == ["Israeli strikes on Gaza", "solidarity with the people of Palestine"]


def test_a_harm_told_as_news_still_votes() -> None:
    text = "On March 3, Israeli strikes on Gaza killed 20 people, the health ministry said."
    assert grievance_spans(text) == []
    assert {"IL", "PS"} <= {c.alpha2 for c in article_countries(text)}


def test_a_street_of_a_report_filed_from_the_capital_is_the_capitals(builtin: Gazetteer) -> None:
    text = (
        "TBILISI, Dec 5 (Reuters) - Riot police fired water cannon at protesters on Zumbarek "
        "Avenue overnight and detained dozens, Georgia's interior ministry said."
    )
    loc = _placed(text, text, "Zumbarek Avenue", builtin)
    assert loc.country == "Georgia" and loc.latitude is not None
    assert abs(loc.latitude - 41.69) < 0.2  # Tbilisi
    loc = _placed(text, text, "Zumbarek", builtin)  # "Zumbarek avenue": the word after it
    assert loc.latitude is not None and abs(loc.latitude - 41.69) < 0.2


def test_a_village_of_a_report_filed_from_the_capital_is_not_the_capitals(
    builtin: Gazetteer,
) -> None:
    text = (
        "TBILISI, Dec 5 (Reuters) - Border guards detained two shepherds near Zumbarek "
        "overnight, Georgia's interior ministry said."
    )
    loc = _placed(text, text, "Zumbarek", builtin)
    assert loc.latitude is None or abs(loc.latitude - 41.69) > 0.2
