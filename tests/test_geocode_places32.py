"""Session 32 (wip/places32): a name the lead country's places lack is sought in the country
its own sentence places things in (a capital or a city of 100,000+ of another country, "X's
southern suburbs", "Iraq's Kurdistan region"), never in the lead country; a place named as an
agency's owner ("Haryana police") is no scene beside another place; namesakes outside a named
province are dropped. (Its Syrian admin1 spelling was reverted at the merge.) Invented sentences only ("Zumbarek", "Qolmara" are no places)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.model import Event, Extraction, Location, Span
from tests.test_geocode import article, unplaced


def _placed(text: str, sentence: str, name: str, gaz: Gazetteer) -> Location:
    """``name``'s location for one event whose sentence is ``sentence`` (a part of ``text``)."""
    s0 = text.index(sentence)
    start = text.index(name, s0)
    event = Event(
        id="e0",
        article_id="a",
        event_date=dt.date(2024, 3, 5),
        time_precision=1,
        disorder_type="Political violence",
        event_type="Riots",
        sub_event_type="Mob violence",
        actor1=None,
        location=Location(
            name=name, surface=name, span=Span(start=start, end=start + len(name), text=name)
        ),
        sentence=Span(start=s0, end=s0 + len(sentence), text=sentence),
    )
    out = geocode(Extraction(article_id="a", events=(event,)), article(text), gaz)
    location = out.events[0].location
    assert location is not None
    return location


def test_a_suburb_of_another_countrys_capital_is_sought_there(builtin: Gazetteer) -> None:
    lead = "Israeli jets pounded Gaza City overnight, killing nine. "
    sentence = "Jets also struck buildings in Zumbarek in Beirut's southern suburbs."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "Lebanon" and loc.geo_precision == 2  # Beirut stands for it


def test_a_big_city_of_another_country_frames_its_sentence(builtin: Gazetteer) -> None:
    lead = "Israeli jets pounded Gaza City overnight, killing nine. "
    sentence = (
        "Police dispersed supporters who blocked the highway at Zumbarek, outside Chattogram."
    )
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "Bangladesh" and loc.geo_precision == 2


def test_a_possessor_city_inside_a_run_frames_its_sentence(builtin: Gazetteer) -> None:
    lead = "French police reinforcements landed in Paris and Lyon. "
    sentence = "Rioters burned shops in Noumea's Magenta and Zumbarek districts."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "New Caledonia" and loc.latitude is not None


def test_a_country_named_as_a_place_frames_its_sentence(builtin: Gazetteer) -> None:
    lead = "Iranian protesters marched in Tehran and Shiraz. "
    sentence = "Drones struck Kurdish bases near Zumbarek, in Iraq's Kurdistan region."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "Iraq"  # never Iran, the lead; no namesake is taken


def test_the_lead_country_or_a_speaking_capital_keeps_the_lead(builtin: Gazetteer) -> None:
    lead = "Russian missiles hit Kharkiv and Kyiv on Monday. "
    # "Moscow's offensive", "Moscow said": the government, not the scene
    for sentence in ("Moscow's offensive took Zumbarek.", "Moscow said its troops took Zumbarek."):
        loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
        assert loc.country in (None, "Ukraine"), sentence
    # a town of the lead country in the sentence: the lead stays
    lead = "French police reinforcements landed in Paris. "
    sentence = "Rioters burned shops in Zumbarek, Lyon, as Brussels watched."
    loc = _placed(lead + sentence, sentence, "Zumbarek", builtin)
    assert loc.country == "France"


def _unplaced(text: str, gaz: Gazetteer) -> Location | None:
    """``unplaced`` for a protest met with force."""
    return unplaced(
        text,
        gaz,
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Protest with intervention",
    )


def test_the_state_owning_the_police_is_not_the_scene(builtin: Gazetteer) -> None:
    text = (
        "On 13 February 2024, Haryana police fired tear gas at farmers at the Zumbarek "
        "crossing (Patiala, Punjab) during a march to India's capital."
    )
    loc = _unplaced(text, builtin)
    assert loc is not None and loc.admin1 == "Punjab" and loc.country == "India"
    # no other place in the sentence: the police's city is where they acted
    text = (
        "On 5 March 2024, Lagos police fired tear gas at protesters, Nigeria's rights groups said."
    )
    loc = _unplaced(text, builtin)
    assert loc is not None and loc.name == "Lagos"


def test_a_town_inside_the_named_province_over_its_namesake(builtin: Gazetteer) -> None:
    # Colombia has two towns Riosucio (Caldas, Chocó): the province the text names decides
    for province, admin1 in (("Chocó", "Chocó"), ("Caldas", "Caldas Department")):
        text = f"On 27 May 2024, a gang blocked roads in {province}; buses halted at Riosucio."
        loc = _placed(text, text, "Riosucio", builtin)
        assert loc.admin1 == admin1 and loc.geo_precision == 1, province
