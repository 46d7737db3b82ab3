"""Crowds, session 37 (crowds37). Hand-written sentences and events ("Kalo", "Ruritania"),
never evaluation items.

- the guard keeps a rules' crowd event from the reader's Armed clash when the text names no
  arms or armed people (rioters fight with what comes to hand; a battle is between organised
  armed groups: ACLED's codebook), and from the reader's Peaceful protest when the text tells
  the crowd burning, smashing or looting property (learn/data/guard.yaml);
- a note carrying ACLED's crowd-size tag that tells a state's act ("two countries signed a
  deal") or a festive crowd ("fans celebrated the title") is no demonstration
  (extract/unprompted.py ``no_crowd``).
"""

from __future__ import annotations

import pytest

from ceasewatch.learn.guard import refusal
from ceasewatch.model import ActorRef, Article, Event
from ceasewatch.pipeline import Resources, process_article
from tests.event_builders import guard_event

RIOTERS = ActorRef(
    name="Rioters (Ruritania)", type="rioters", inter=5, method="convention", surface=None
)
PROTESTERS = ActorRef(
    name="Protesters (Ruritania)", type="protesters", inter=6, method="convention"
)
POLICE = ActorRef(name="Police Forces of Ruritania", type="state forces", inter=1)
MILITIA = ActorRef(name="Kalo Militia", type="identity militia", inter=4)


def event(sub: str, actor1: ActorRef | None = None, actor2: ActorRef | None = None) -> Event:
    return guard_event(sub, actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, ruling party supporters attacked an opposition rally in Kalo with "
        "sticks and bricks; clashes with police followed. 3 killed.",
        "On 3 May 2024, a march of traders against new taxes reached Kalo; clashes with the "
        "police, one officer killed.",
        "On 3 May 2024, youths of two villages fought with machetes near Kalo. Several killed.",
    ],
)
def test_an_unarmed_crowd_the_rules_read_fighting_is_no_armed_clash(text: str) -> None:
    riot = event("Violent demonstration", RIOTERS, POLICE)
    why = refusal(riot, "Armed clash", text)
    assert why is not None and "no arms" in why
    # the force's side first (the rules' excessive force) keeps its crowd all the same
    force = event("Excessive force against protesters", POLICE, PROTESTERS)
    assert refusal(force, "Armed clash", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, supporters of two candidates clashed with sticks and guns in Kalo.",
        "On 3 May 2024, bandits fought local vigilantes near Kalo. Several vigilantes killed.",
        "On 3 May 2024, police raided Kalo and were met with fire; residents heard shooting.",
    ],
)
def test_a_crowd_event_whose_text_names_arms_may_become_a_clash(text: str) -> None:
    assert refusal(event("Mob violence", RIOTERS), "Armed clash", text) is None


def test_armed_sides_of_a_clash_are_not_the_crowd_rule() -> None:
    text = "On 3 May 2024, youths of two villages fought with machetes near Kalo."
    assert refusal(event("Mob violence", MILITIA), "Armed clash", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, workers marched in Kalo against pension cuts; clashes, bins set on "
        "fire, 12 arrested.",
        "On 3 May 2024, residents gathered in Kalo demanding water; at night some set fire to "
        "the governor's house.",
        "On 3 May 2024, after a march in Kalo, a group of masked protesters smashed bank windows.",
    ],
)
def test_a_crowd_that_burns_or_smashes_is_no_peaceful_protest(text: str) -> None:
    riot = event("Violent demonstration", RIOTERS)
    why = refusal(riot, "Peaceful protest", text)
    assert why is not None and "contradicts" in why


def test_a_march_without_destruction_may_be_a_peaceful_protest() -> None:
    text = "On 3 May 2024, thousands marched in Kalo against the fuel price rise."
    assert refusal(event("Protest with intervention", PROTESTERS), "Peaceful protest", text) is None


def _processed(text: str, resources: Resources, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("CEASEWATCH_LEARN_READER_FALLBACK", "0")
    monkeypatch.setenv("CEASEWATCH_LEARN_DEFAULT_READER", "0")
    article = Article(id="c37", origin="test", text=text, content_hash="c", raw_hash="r")
    return [e.sub_event_type for e in process_article(article, resources).events]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2024, Ghana and Togo signed a trade deal in Lome to open two border "
        "crossings. [size=no report]",
        "On 4 May 2024, Kalo City fans celebrated the league title in Kalo; fireworks and "
        "crowds in the streets, no incidents. [size=thousands]",
        "On 4 May 2024, thousands attended a music festival in Kalo. [size=thousands]",
    ],
)
def test_a_tagged_note_of_states_or_festivity_is_no_demonstration(
    resources: Resources, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    assert _processed(text, resources, monkeypatch) == []


def test_a_tagged_note_of_people_acting_stays_a_demonstration(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "On 4 May 2024, cyclists rode along the ring road of Kalo. [size=hundreds]"
    assert _processed(text, resources, monkeypatch) == ["Peaceful protest"]


def test_an_event_the_rules_never_typed_keeps_its_peaceful_protest() -> None:
    # the reader's fallback or the crowd-size tag: no rules' type to keep, an event found
    text = "On 3 May 2024, residents of Kalo marched to the town hall; some set fire to bins."
    found = event("Peaceful protest", PROTESTERS)
    assert refusal(found, "Peaceful protest", text, kept=False) is None
    assert refusal(found, "Peaceful protest", text) is not None
