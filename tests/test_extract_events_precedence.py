"""Which sub-event a sentence gets when its words compete, and what reports no event at all
(issue 9, session 8): the capture a battle ends in, missiles an aircraft fires, a bare
explosion word beside a named means, a military post attacked, the news's own source, an
industrial blast told over several sentences, a diplomatic act and a weapons test."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from ceasewatch.model import Extraction
from tests.test_extract_events import run


def main_sub(extraction: Extraction) -> str | None:
    main = main_event(extraction.events)
    return None if main is None else main.sub_event_type


def subs(text: str, extractor: Extractor) -> set[str]:
    _, extraction = run(text, extractor)
    return {e.sub_event_type for e in extraction.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capture a clause goes on to tell is made by the clause's subject (ACLED
        # precedence: territory taken beats the clash it came from)
        (
            "Government troops advanced into the valley on Tuesday, clashing with rebels "
            "and capturing the village of Kaleba.",
            "Government regains territory",
        ),
        # missiles and rockets fired by aircraft are the air strike
        (
            "Coalition jets fired four missiles at a fuel depot near Sirte on Monday.",
            "Air/drone strike",
        ),
        # a bare explosion word names no device: the rockets decide
        (
            "Loud explosions shook the border town of Metula on Sunday as militants fired "
            "rockets across the frontier.",
            "Shelling/artillery/missile attack",
        ),
        # an attack on a military post is a battle, whoever its killing word names
        (
            "Gunmen attacked a police checkpoint near Garissa on Monday, killing three people.",
            "Armed clash",
        ),
        (
            "Soldiers and insurgents were locked in a fire exchange near Mandera on Tuesday.",
            "Armed clash",
        ),
        (
            "Al Shabaab fighters detonated an SVBIED at the gate of a hotel in Mogadishu on "
            "Friday, killing nine people.",
            "Suicide bomb",
        ),
        (
            "The army recovered the district of Kigoma from the rebels on Saturday.",
            "Government regains territory",
        ),
        # an ordinary bomb blast beside a petrol station is still a bomb
        (
            "A bomb exploded near a petrol station in Kandahar on Monday, killing five people.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_competing_words(text: str, expected: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor)
    assert main_sub(extraction) == expected


def test_source_phrase_is_no_actor_or_event(extractor: Extractor) -> None:
    """ "according to vigilantes" says who told the news: the bandits' attack stays an
    Attack, not a riot or mob violence."""
    found = subs(
        "Bandits attacked two villages in Zamfara state on Monday, killing 12 people, "
        "according to vigilantes.",
        extractor,
    )
    assert found == {"Attack"}


@pytest.mark.parametrize(
    "text",
    [
        # an industrial blast, told over three sentences
        "Workers were hurt when a boiler at a textile factory exploded in Gazipur on Monday. "
        "The explosion happened during the night shift. Six people were injured.",
        # a diplomatic act answering an attack reported elsewhere
        "The European Union imposed sanctions on three officials on Monday in response to "
        "the chemical weapons attack.",
        # a weapons test
        "Japan condemned the test of a hydrogen bomb by North Korea on Sunday.",
    ],
)
def test_no_event(text: str, extractor: Extractor) -> None:
    assert subs(text, extractor) == set()


@pytest.mark.parametrize(
    "text",
    [
        # people killed by animals
        "Elephants killed two farmers near the park in Chobe on Monday, officials said.",
        # commerce, not a conflict's agreement, although troops are named beside it
        "The two governments signed a free trade agreement in Port Louis on Tuesday as "
        "troops from both countries held joint drills.",
    ],
)
def test_no_event_second_batch(text: str, extractor: Extractor) -> None:
    assert "Attack" not in subs(text, extractor)
    assert "Agreement" not in subs(text, extractor)


def test_cause_under_a_following_verb(extractor: Extractor) -> None:
    """The bombardment the rebels withdrew after is what led to the recapture, not the
    event: the villages recovered are."""
    _, extraction = run(
        "Government forces recovered control of two villages near Kafr Nabl on Monday from "
        "rebel fighters who withdrew following intensive air bombardment.",
        extractor,
    )
    assert main_sub(extraction) == "Government regains territory"


def test_serious_injuries_at_a_protest(extractor: Extractor) -> None:
    """ACLED: force on peaceful protesters that causes serious injuries is excessive force."""
    _, extraction = run(
        "Police broke up a peaceful protest by teachers in Nairobi on Tuesday, leaving three "
        "demonstrators with serious injuries.",
        extractor,
    )
    assert main_sub(extraction) == "Excessive force against protesters"
