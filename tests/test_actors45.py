"""Actor readings of session 45 (actors45). Hand-written sentences, never evaluation items.

- the reader's fallback reads the act, not the verb of blaming or saying the parse roots after
  it ("3 drivers shot dead ...; police blame gang members"): the blamed are the doers, the toll
  is the act's (extract/unprompted.py ``act_head``, numbers.py ``clause_before_saying``);
- "military intelligence" is the state's military (data/actors.yaml ``military_services``);
- a past tense tagged as a noun with a subject and an object is read as a verb's clause
  (extract/roles.py ``predicate_noun``).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _first(text: str, resources: Resources) -> tuple[str, str | None, int | None]:
    events = report_events(text, resources)
    assert events, text
    e = events[0]
    return e.sub_event_type, e.actor1.name if e.actor1 else None, e.fatalities


@pytest.mark.parametrize(
    "text",
    [
        "On 4 October 2024, 3 taxi drivers shot dead at a bus stop in Tegucigalpa (Francisco "
        "Morazan); police blame gang members demanding extortion payments.",
        "On 4 October 2024, 3 taxi drivers shot dead at a bus stop in Tegucigalpa (Francisco "
        "Morazan); police said gang members did it.",
    ],
)
def test_the_blamed_are_the_doers_of_a_headline_passive(resources: Resources, text: str) -> None:
    assert _first(text, resources) == ("Attack", "Unidentified Gang (Honduras)", 3)


def test_military_intelligence_is_the_military(resources: Resources) -> None:
    text = "On 2 May 2023, military intelligence detained two men at a checkpoint in Homs (Homs)."
    assert _first(text, resources)[1] == "Military Forces of Syria (2000-2024)"


def test_intelligence_alone_is_no_actor(resources: Resources) -> None:
    from ceasewatch.extract.mentions import find_mentions

    doc = resources.extractor.nlp("Intelligence suggests the rebels will attack soon.")
    words = [
        m.name.lower() for m in find_mentions(next(doc.sents), resources.extractor.tables.lex, {})
    ]
    assert "intelligence" not in words


def test_a_retaking_tagged_as_a_noun_keeps_its_doer(resources: Resources) -> None:
    text = "On 22 March 2024, ENDF retook Gondar (Amhara) after Fano fighters held it for a day."
    _sub, actor1, _ = _first(text, resources)
    assert actor1 is not None and actor1.startswith("Military Forces of Ethiopia")
