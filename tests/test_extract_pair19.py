"""pair19 (session 19): an article's date, one event told twice, the event's own date and place.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.clean.dateline import is_dateline, read_dateline
from ceasewatch.clean.scrape import scrape
from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import load_lexicon
from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event
from tests.placed_events import placed_event


def test_a_dateline_alone_on_the_first_line_heads_the_body_not_the_title() -> None:
    doc = scrape("Dori, 3 March 2021 -\n\nGunmen burned a market in a village near Dori on Monday.")
    assert doc.title is None
    assert doc.lines[0] == "Dori, 3 March 2021 -"
    assert read_dateline("\n\n".join(doc.lines)).date == dt.date(2021, 3, 3)


def test_is_dateline() -> None:
    assert is_dateline("Dori, 3 March 2021 -")
    assert is_dateline("MOPTI (Reuters) -")
    assert not is_dateline("Gunmen burn market near Dori")
    # a site's date line heads the body too (session 19, merger)
    assert is_dateline("Published 13 March 2025")
    assert is_dateline("Updated: Friday, May 3, 2024")
    assert not is_dateline("Published 13 March 2025: army shells village")


def test_a_dateline_filed_from_two_cities() -> None:
    line = read_dateline("AMMAN/BEIRUT, March 4, 2022 (Agency) - Officials met on Friday.")
    assert line.date == dt.date(2022, 3, 4)
    assert line.place == "AMMAN/BEIRUT"


def test_a_dateline_without_a_date_takes_the_leads_full_date() -> None:
    body = (
        "KANO, Nigeria (AFP) - Police broke up a march in the city centre on Friday, a spokesman "
        "said on Saturday, Jan. 6, 2024.\n\nThe march had been called by traders."
    )
    line = read_dateline(body)
    assert line.date == dt.date(2024, 1, 6)
    assert line.words == "KANO, Nigeria (AFP) -"  # blanked as metadata, never read as report


def test_a_dateline_without_a_date_and_no_date_in_the_lead_stays_unknown() -> None:
    line = read_dateline("KANO (AFP) - Police broke up a march on Friday.\n\nTraders left.")
    assert line.date is None
    assert "names a place but no date" in line.how


# --- one event told twice, once actors and places are known (extract.merging.told_twice) -------

DAY = dt.date(2022, 3, 7)
LISTED = "Jets struck Kanyaruchinya and Sake on Monday."
SENTENCE = "Shells hit the Ndosho area on the edge of Goma and killed two, officials said."


def _placed(
    sub: str,
    place: str,
    at: tuple[float, float],
    a1: str | None,
    a2: str | None = None,
    *,
    words: str = SENTENCE,
    precision: int = 1,
    day: dt.date = DAY,
) -> Event:
    one, two = (ActorRef(name=a) if a else None for a in (a1, a2))
    return placed_event(sub, place, at, one, two, words=words, precision=precision, day=day)


def test_a_clash_read_once_with_each_side_first_is_one_event() -> None:
    one = _placed("Armed clash", "Funtua", (11.52, 7.31), "Vigilantes", "Gunmen")
    other = _placed("Armed clash", "Funtua", (11.52, 7.31), "Gunmen", None)
    assert len(told_twice([one, other])) == 1


def test_a_place_and_the_town_around_it_in_one_sentence_are_one_scene() -> None:
    area = _placed("Shelling/artillery/missile attack", "Ndosho", (-1.66, 29.19), None)
    town = _placed("Shelling/artillery/missile attack", "Goma", (-1.68, 29.23), None, precision=2)
    [kept] = told_twice([town, area])
    assert kept.location is not None and kept.location.name == "Ndosho"  # the more precise


@pytest.mark.parametrize(
    "second",
    [
        # a list of places is two events, however close
        _placed("Air/drone strike", "Sake", (-1.57, 29.04), "Air Force", words=LISTED),
        # another day, another sub-event, another attacker, another sentence
        _placed("Air/drone strike", "Kanyaruchinya", (-1.6, 29.1), "Air Force", words=LISTED,
                day=dt.date(2022, 3, 8)),
        _placed("Shelling/artillery/missile attack", "Kanyaruchinya", (-1.6, 29.1), "Air Force",
                words=LISTED),
        _placed("Air/drone strike", "Kanyaruchinya", (-1.6, 29.1), "Militia", words=LISTED),
        # a nearby place told in another sentence
        _placed("Air/drone strike", "Sake", (-1.57, 29.04), "Air Force", words="Jets hit Sake."),
    ],
)  # fmt: skip
def test_distinct_events_stay_two(second: Event) -> None:
    first = _placed("Air/drone strike", "Kanyaruchinya", (-1.6, 29.1), "Air Force", words=LISTED)
    assert len(told_twice([first, second])) == 2


LEX = load_lexicon()


# --- "last <month>": the latest such month before publication ----------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2021, 3, 30), dt.date(2020, 12, 15)),
        (dt.date(2021, 12, 20), dt.date(2020, 12, 15)),  # "last December" in December
    ],
)
def test_last_month_is_the_latest_such_month_before_publication(
    published: dt.date, expected: dt.date
) -> None:
    reading = read_date("Herders clashed with farmers there last December.", published, LEX)
    assert reading is not None and reading.date == expected and reading.precision == 3


def test_a_sentence_listing_three_places_keeps_each_place() -> None:
    # the seed's kind: "clashes in Tell A, B, C and near the D airbase" (merger, session 19)
    words = "Clashes were reported in Kafr Ayn, Tell Bara, Rasm Ali and near the Kurdi airbase."
    places = [
        ("Kafr Ayn", (35.50, 36.90)),
        ("Tell Bara", (35.52, 36.93)),
        ("Rasm Ali", (35.48, 36.95)),
        ("Kurdi", (35.49, 36.91)),
    ]
    events = [_placed("Armed clash", p, at, "Rebels", "Army", words=words) for p, at in places]
    assert len(told_twice(events)) == 4
