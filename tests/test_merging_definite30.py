"""An incident told again further on by a definite event noun ("No group has claimed the market
bombing", "Update on the night strike: 2 killed", "its fighters carried out the beach attack")
names no new event: it joins the latest event of its sub-event told before it at its place
(extract.merging.told_twice, ``_definites_told_again``; session 30, prec30). A noun with a day of
its own other than the earlier event's, another sub-event or event type, a word that sets it apart
("the second bombing"), a verb ("the gunmen attack the market"),
another place or no earlier event of its type leave it an event of its own. The
sentences and places are invented."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event, FatalityClaim, Span
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events
from tests.placed_events import placed_event

LEAD = "A car bomb exploded at a market in Dolna Vrana on Saturday, killing 12 people."
DAY = dt.date(2025, 3, 1)


def _event(
    sub: str,
    words: str,
    trigger: str,
    *,
    start: int,
    place: str = "Dolna Vrana",
    at: tuple[float, float] = (10.0, 20.0),
    day: dt.date = DAY,
    date_words: str | None = None,
    toll: int | None = None,
) -> Event:
    e = placed_event(
        sub, place, at, ActorRef(name="Unidentified Armed Group"), words=words, day=day,
        sentence_start=start,
    )  # fmt: skip
    where = words.index(trigger)
    spans = [Span(start=start + where, end=start + where + len(trigger), text=trigger)]
    spans[0] = spans[0].model_copy(update={"field": "sub_event_type"})
    if date_words is not None:
        w = words.index(date_words)
        spans.append(
            Span(
                start=start + w,
                end=start + w + len(date_words),
                text=date_words,
                field="event_date",
            )
        )
    claims = (FatalityClaim(count=toll),) if toll is not None else ()
    return e.model_copy(
        update={
            "evidence": tuple(spans),
            "fatality_claims": claims,
            "fatalities": toll,
            "id": f"{e.id}-{start}",
        }
    )


def _lead() -> Event:
    return _event(
        "Remote explosive/landmine/IED", LEAD, "exploded", start=0, date_words="Saturday", toll=12
    )


def test_a_definite_noun_further_on_is_the_incident_told_again() -> None:
    text = "No group has claimed the market bombing."
    later = _event("Remote explosive/landmine/IED", text, "bombing", start=900)
    [kept] = told_twice([_lead(), later])
    assert kept.sentence is not None and kept.sentence.start == 0
    assert any(x.text == "bombing" for x in kept.evidence)


def test_a_plain_blast_and_a_later_time_stamp_join_a_suicide_bombing() -> None:
    words = "A suicide bomber blew himself up at a market in Dolna Vrana on Saturday."
    lead = _event("Suicide bomb", words, "blew himself up", start=0, date_words="Saturday", toll=12)
    text = "10:30 - Health officials now give 15 dead in the Dolna Vrana bombing."
    later = _event(
        "Remote explosive/landmine/IED", text, "bombing", start=900,
        day=DAY + dt.timedelta(days=1), toll=15,
    )  # fmt: skip
    [kept] = told_twice([lead, later])
    assert kept.sub_event_type == "Suicide bomb"
    assert kept.event_date == DAY
    assert {c.count for c in kept.fatality_claims} == {12, 15}


def test_a_blast_set_apart_by_its_words_is_another_event() -> None:
    text = "10:30 - The second bombing hit the bus station, police said."
    later = _event(
        "Remote explosive/landmine/IED", text, "bombing", start=900, day=DAY + dt.timedelta(days=1)
    )
    assert len(told_twice([_lead(), later])) == 2


def test_another_sub_event_of_one_type_is_another_event() -> None:
    words = "Gunmen shot dead four farmers in Dolna Vrana on Saturday."
    killing = _event("Attack", words, "shot dead", start=0, date_words="Saturday")
    text = "Residents said the kidnapping of two women followed."
    kidnap = _event(
        "Abduction/forced disappearance", text, "kidnapping", start=900,
        day=DAY + dt.timedelta(days=1),
    )  # fmt: skip
    assert len(told_twice([killing, kidnap])) == 2


def test_a_live_page_header_date_is_not_a_day_of_its_own() -> None:
    text = "2 March 2025, 02:14 - Update on the night bombing: 14 people killed."
    later = _event(
        "Remote explosive/landmine/IED", text, "bombing", start=900,
        day=DAY + dt.timedelta(days=1), date_words="2 March 2025",
    )  # fmt: skip
    assert len(told_twice([_lead(), later])) == 1


def test_a_definite_noun_with_a_day_of_its_own_is_another_event() -> None:
    text = "The bombing on Monday killed four soldiers at the checkpoint."
    later = _event(
        "Remote explosive/landmine/IED", text, "bombing", start=900,
        day=DAY + dt.timedelta(days=2), date_words="Monday",
    )  # fmt: skip
    assert len(told_twice([_lead(), later])) == 2


def test_another_event_type_is_another_event_of_the_day() -> None:
    text = "10:15 - Separatist fighters claim the ambush on the convoy."
    ambush = _event("Armed clash", text, "ambush", start=900)
    assert len(told_twice([_lead(), ambush])) == 2


def test_a_verb_after_the_doers_is_a_new_act() -> None:
    text = "Later, the gunmen attack the market again, witnesses say."
    later = _event("Attack", text, "attack", start=900)
    assert len(told_twice([_lead(), later])) == 2


def test_a_definite_noun_at_another_place_or_with_nothing_before_stays() -> None:
    text = "No group has claimed the Tesk bombing."
    far = _event(
        "Remote explosive/landmine/IED", text, "bombing", start=900, place="Tesk", at=(12.0, 22.0)
    )
    assert len(told_twice([_lead(), far])) == 2
    alone = _event("Remote explosive/landmine/IED", text, "bombing", start=0, place="Tesk")
    assert len(told_twice([alone])) == 1


def test_a_demonstration_is_not_a_bombing_told_again() -> None:
    text = "Hundreds marched through Dolna Vrana to condemn the bombing."
    march = _event("Peaceful protest", text, "marched", start=900)
    assert len(told_twice([_lead(), march])) == 2


def test_a_live_page_tells_one_bombing_once(resources: Resources) -> None:
    text = (
        "MOGADISHU, 15 September 2024 - A car bomb exploded at a busy market in Beledweyne on "
        "Saturday, killing 12 people, police said. The market had reopened last month after "
        "repairs. Traders said business had been slow for weeks. Prices of sugar and flour have "
        "risen sharply this year. Aid agencies say the region also faces drought.\n"
        "10:30 - No group has claimed the Beledweyne bombing.\n"
        "12:00 - The regional governor said that the blast had killed 14 people."
    )
    events = report_events(text, resources)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].event_date == dt.date(2024, 9, 14)
