"""An "explosive device" is a planted bomb even without "improvised" (reader30, session 30).

Wire reports often drop the word ("a bus struck an explosive device", "an explosive device went
off"). The rules typed such a sentence by its toll (an Attack), so a following "No one claimed
the blast." became a second event of the same incident; with the statistical reader on, the
first was re-typed an IED and kept the actor the Attack reading had given it. Invented sentences.
"""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events

IED = "Remote explosive/landmine/IED"


def test_a_vehicle_striking_an_explosive_device_is_one_unclaimed_ied(
    resources: Resources,
) -> None:
    text = (
        "On 9 October 2023, Niger's army said its patrol had repelled raiders near Tillia. "
        "Two days later, a lorry struck an explosive device near Tahoua, killing three traders. "
        "No one claimed the blast."
    )
    events = report_events(text, resources)
    devices = [e for e in events if e.sub_event_type == IED]
    assert len(devices) == 1, [(e.sub_event_type, e.sentence) for e in events]
    assert devices[0].actor1 is not None
    assert devices[0].actor1.name == "Unidentified Armed Group (Niger)"


def test_an_explosive_device_going_off_is_an_ied(resources: Resources) -> None:
    text = "On 14 July 2023, an explosive device went off at a bus stop in Kismayo, Somalia."
    assert [e.sub_event_type for e in report_events(text, resources)] == [IED]


def test_an_explosive_device_defused_is_disrupted_weapons_use(resources: Resources) -> None:
    text = "On 2 August 2023, soldiers defused an explosive device on a bridge near Kidal, Mali."
    subs = [e.sub_event_type for e in report_events(text, resources)]
    assert subs == ["Disrupted weapons use"], subs
