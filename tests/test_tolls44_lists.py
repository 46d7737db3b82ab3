"""A coder's list of outcomes read whole, session 44 (tolls44; hand-written sentences, never
evaluation items): "dead" on the noun a figure counts is that figure's death word; a death
participle after an "including" part tells of the whole; "among them" on the death word points
back at the figure; "Both died" counts two; a counted subject of "raped", "abducted" with no
object is the victims, not the doer (extract/numbers.py, extract/roles.py)."""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "dead" the adjective of the counted noun; "hurt" parsed as the noun's apposition
        ("On 3 May 2024, a bus struck a mine near Mopti (Mopti). 5 passengers dead, several "
         "hurt.", 5),
        ("On 3 May 2024, a bus struck a mine near Mopti (Mopti). 5 passengers dead, 7 hurt.", 5),
        # the participle hangs on the part; it tells of the whole list
        ("On 3 May 2024, junta jets bombed a village near Monywa (Sagaing); 6 villagers "
         "including 3 children killed, per a local group.", 6),
        # "among them" points back at the 19: the whole, not a part
        ("On 3 May 2024, cruise missiles launched from a ship hit an office building in central "
         "Odesa (Odesa). 19 killed, among them children.", 19),
        # "both" as the subject of a dying verb counts the two told before
        ("On 3 May 2024, residents caught two suspected thieves in Kano (Kano) and beat them. "
         "Both died.", 2),
    ],
)  # fmt: skip
def test_the_list_gives_the_toll(resources: Resources, text: str, dead: int) -> None:
    events = report_events(text, resources)
    assert events and events[0].fatalities == dead, events


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a part named apart stays a part: the whole is the toll
        ("On 3 May 2024, rockets hit a market in Kharkiv. 12 killed. Among them were 4 "
         "children.", 12),
        # "both" that is no one's subject counts nobody
        ("On 3 May 2024, soldiers and rebels fought near Goma (Nord-Kivu); both sides said the "
         "other fired first. 3 soldiers were killed.", 3),
    ],
)  # fmt: skip
def test_what_stays_as_it_was(resources: Resources, text: str, dead: int) -> None:
    events = report_events(text, resources)
    assert events and max(e.fatalities or 0 for e in events) == dead, events


def test_a_victim_listed_after_the_toll_is_no_doer(resources: Resources) -> None:
    text = (
        "On 4 June 2024, gunmen attacked a camp near Bunia (Ituri); 5 displaced persons killed, "
        "one woman raped."
    )
    events = report_events(text, resources)
    assert events
    doers = {e.actor1.surface if e.actor1 else None for e in events}
    assert "one woman" not in doers, events
    assert any(e.actor1 and e.actor1.surface == "gunmen" and e.fatalities == 5 for e in events)


def test_a_rapist_counted_with_an_object_stays_the_doer(resources: Resources) -> None:
    text = "On 4 June 2024, in a village near Kalehe (Sud-Kivu), 2 soldiers raped a girl."
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name.startswith("Military Forces"), events
