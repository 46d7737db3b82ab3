"""A channel's feed (session 23, helper feeds23b): a toll update posts later reaches the event
it updates, an attack's end is no change of its own, a shops' strike is no air strike. Texts
written for these tests, in the form clean/posts.py writes a channel's day."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from tests.test_extract_events import run

FEED = (
    "07:10 - A drone strike hit a market in Kalo. Two people were killed.\n\n"
    "08:00 - Rebels attacked an army post near Doma.\n\n"
    "09:00 - Curfew declared in Doma.\n\n"
    "10:00 - Schools closed in the province.\n\n"
)


def _tolls(text: str, extractor: Extractor) -> dict[str, int | None]:
    _, extraction = run(text, extractor)
    return {
        e.location.name.lower(): e.fatalities for e in extraction.events if e.location is not None
    }


def test_an_update_post_gives_its_toll_to_the_event_of_its_place(extractor: Extractor) -> None:
    tolls = _tolls(FEED + "11:00 - UPDATE Kalo: death toll rises to 5.", extractor)
    assert tolls["kalo"] == 5
    assert tolls["doma"] is None


def test_an_update_post_retold_event_joins_it(extractor: Extractor) -> None:
    text = (
        "07:10 - A drone strike hit a market in Kalo. Two people were killed.\n\n"
        "08:00 - Pray for us.\n\n09:00 - Curfew declared in Doma.\n\n"
        "10:00 - Schools closed in the province.\n\n"
        "11:00 - UPDATE Kalo: fighting calmed down. Toll now 5."
    )
    _, extraction = run(text, extractor)
    assert [(e.sub_event_type, e.fatalities) for e in extraction.events] == [
        ("Air/drone strike", 5)
    ]


def test_a_toll_far_from_its_event_outside_an_update_post_stays_away(
    extractor: Extractor,
) -> None:
    tolls = _tolls(FEED + "11:00 - Five people died in a bus crash near Sula.", extractor)
    assert tolls["kalo"] == 2


def test_an_attacks_end_is_no_change_of_its_own(extractor: Extractor) -> None:
    _, extraction = run(
        "08:00 - Troops raided the camp in Kalo.\n\n09:35 - Forces withdraw from the camp.",
        extractor,
    )
    assert [e.sub_event_type for e in extraction.events] == ["Armed clash"]
    _, extraction = run("Government troops withdrew from Kalo on Monday.", extractor)
    assert [e.sub_event_type for e in extraction.events] == ["Change to group/activity"]


def test_a_shops_strike_is_no_air_strike(extractor: Extractor) -> None:
    for text in (
        "15:15 - KALO: shops on strike, young people chanting in Main street.",
        "Traders went on strike in Kalo on Monday.",
    ):
        _, extraction = run(text, extractor)
        assert "Air/drone strike" not in {e.sub_event_type for e in extraction.events}
    _, extraction = run("A strike hit a camp in Kalo, killing three fighters.", extractor)
    assert [e.sub_event_type for e in extraction.events] == ["Air/drone strike"]


def test_an_update_posts_head_names_what_it_updates(extractor: Extractor) -> None:
    text = (
        "07:10 - Clashes between the army and rebels near Kalo since dawn. 3 rebels killed,"
        " per our sources.\n\n08:00 - A drone struck a car near Doma. One civilian killed.\n\n"
        "11:00 - UPDATE Kalo front: fighting calmed down. Toll now 5 rebels and 2 soldiers."
    )
    tolls = _tolls(text, extractor)
    assert tolls == {"kalo": 7, "doma": 1}


def test_an_update_posts_toll_is_the_toll_now(extractor: Extractor) -> None:
    text = (
        "07:10 - A drone strike hit a market in Kalo. Two people were killed.\n\n"
        "08:00 - UPDATE: 4 dead in the strike on Kalo. A woman died in hospital."
    )
    assert _tolls(text, extractor) == {"kalo": 4}
