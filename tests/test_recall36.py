"""Session 36 (recall36): events the rules missed, read from the parse. Hand-built sentences
("Kalo"), never eval items.

- a march pressing a grievance "over" or "against" something is a demonstration, whoever
  marches (not armed or state marchers; a bridge or a border marched over is no grievance);
- a ceasefire that "came into force" is an agreement beginning, not a comment;
- people "held by" a state force are detained; a place held, hostages held by rebels, talks
  held are not;
- a note tagged with ACLED's crowd size that no rule reads tells a demonstration (the tag ACLED
  applies to every Protests and Riots event), unless its doer is armed or it tells a plan.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.unprompted import crowd_sized
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources, process_article
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return sorted({e.sub_event_type for e in x.events})


def test_march_over_a_grievance(extractor: Extractor) -> None:
    text = "On 4 May 2024, members of a housing movement marched to the parliament in Kalo over evictions."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_march_against_a_law_by_union_members(extractor: Extractor) -> None:
    text = (
        "On 4 May 2024, members of a farmers' union marched through Kalo against the new land law."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_march_over_a_bridge_is_no_grievance(extractor: Extractor) -> None:
    assert _subs("On 4 May 2024, the regiment marched over the bridge into Kalo.", extractor) == []


def test_soldiers_marching_over_a_weekend(extractor: Extractor) -> None:
    text = "On 4 May 2024, the soldiers marched through Kalo over the weekend."
    assert _subs(text, extractor) == []


def test_officials_marching_over_a_budget(extractor: Extractor) -> None:
    text = "On 4 May 2024, the governor's delegation marched to the palace in Kalo over the budget."
    assert _subs(text, extractor) == []


def test_ceasefire_came_into_force(extractor: Extractor) -> None:
    text = (
        "On 4 May 2024, the ceasefire between the army and the Kalo Front came into force "
        "at midnight."
    )
    assert _subs(text, extractor) == ["Agreement"]


def test_truce_came_into_effect(extractor: Extractor) -> None:
    text = "On 4 May 2024, the truce between the two clans came into effect in Kalo."
    assert _subs(text, extractor) == ["Agreement"]


def test_raids_that_came_as_talks_opened_stay_a_comment(extractor: Extractor) -> None:
    assert _subs("On 4 May 2024, the raids came as talks opened in Kalo.", extractor) == []


def test_held_by_border_guards(extractor: Extractor) -> None:
    text = "On 4 May 2024, twelve migrants were held by border guards near Kalo."
    assert _subs(text, extractor) == ["Arrests"]


def test_held_by_police_overnight(extractor: Extractor) -> None:
    text = "On 4 May 2024, two journalists were held by police for six hours in Kalo."
    assert _subs(text, extractor) == ["Arrests"]


def test_town_held_by_the_army_is_territory(extractor: Extractor) -> None:
    text = "On 4 May 2024, the town of Kalo, held by the army since March, was shelled by rebels."
    assert "Arrests" not in _subs(text, extractor)


def test_hostages_held_by_rebels_no_arrest(extractor: Extractor) -> None:
    text = "On 4 May 2024, three hostages held by the rebels were freed near Kalo."
    assert "Arrests" not in _subs(text, extractor)


def test_talks_held_by_police_chiefs(extractor: Extractor) -> None:
    assert _subs("On 4 May 2024, talks were held by police chiefs in Kalo.", extractor) == []


def test_man_held_by_residents_no_arrest(extractor: Extractor) -> None:
    text = "On 4 May 2024, a man was held by residents and handed to police in Kalo."
    assert "Arrests" not in _subs(text, extractor)


# A note tagged with ACLED's crowd size (the tag ACLED applies to every Protests and Riots
# event) that no rule reads: a demonstration, unless its doer is an armed or state actor; a
# note telling a planned act gets none.
TAGGED = (
    "On 4 May 2024, taxi drivers parked their cabs along the main avenue of Kalo. [size=hundreds]"
)


def _processed(text: str, resources: Resources, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("CEASEWATCH_LEARN_READER_FALLBACK", "0")
    monkeypatch.setenv("CEASEWATCH_LEARN_DEFAULT_READER", "0")
    article = Article(id="r36", origin="test", text=text, content_hash="c", raw_hash="r")
    return [e.sub_event_type for e in process_article(article, resources).events]


def test_the_crowd_size_tag_tells_a_demonstration() -> None:
    assert crowd_sized(TAGGED)
    assert crowd_sized("On 4 May 2024, farmers drove tractors into Kalo. [size=no report]")
    assert not crowd_sized("On 4 May 2024, farmers drove tractors into Kalo; size unknown.")


def test_a_tagged_note_without_a_rules_event_is_a_protest(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _processed(TAGGED, resources, monkeypatch) == ["Peaceful protest"]
    untagged = TAGGED.removesuffix(" [size=hundreds]")
    assert _processed(untagged, resources, monkeypatch) == []


def test_a_tagged_note_of_an_armed_group_or_a_plan_is_none(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    armed = "On 4 May 2024, Hayat Tahrir al-Sham named a new governor for Kalo. [size=no report]"
    assert _processed(armed, resources, monkeypatch) == []
    planned = "On 4 May 2024, taxi drivers will park their cabs in Kalo. [size=no report]"
    assert _processed(planned, resources, monkeypatch) == []
