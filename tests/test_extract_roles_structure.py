"""Roles read from the structure of the sentence and the report: the two sides of a clash
written as one coordinated subject, the victim of a planted device, the owner of air defences,
a sentence's first word capitalised by position, a definite reference back to a group named
just before, and ACLED's unidentified armed group for an unnamed shooter or rocket crew.

Hand-written sentences (places and groups chosen freely), never evaluation items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from ceasewatch.extract import Extractor, extract
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import ActorRef, Article, Event, Extraction
from ceasewatch.pipeline import read_articles
from ceasewatch.resolve import resolve
from ceasewatch.resolve.roles import apply_roles
from tests.test_extract_events import check_spans
from tests.test_resolve import event

Reader = Callable[[str], tuple[Article, Extraction]]


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.fixture()
def run(extractor: Extractor, tmp_path: Path) -> Reader:
    """A report saved as a file and read as a user's (the dateline cleaned), then extracted."""

    def read(text: str) -> tuple[Article, Extraction]:
        path = tmp_path / "report.txt"
        path.write_text(text + "\n", encoding="utf-8")
        articles, _ = read_articles([str(path)])
        extraction = extract(articles[0], extractor)
        check_spans(articles[0], extraction)
        return articles[0], extraction

    return read


def _resolved(text: str, run: Reader, kb: ActorKB) -> list[Event]:
    article, x = run(text)
    return list(resolve(x, article, kb).events)


def _name(ref: object) -> str | None:
    return getattr(ref, "name", None)


def test_coordinated_subjects_of_a_clash_are_its_two_sides(run: Reader, kb: ActorKB) -> None:
    text = (
        "BUEA, Cameroon, June 9, 2019 - Soldiers and armed separatists clashed in Buea on Sunday."
    )
    events = _resolved(text, run, kb)
    assert events
    assert _name(events[0].actor1) is not None and "Military Forces of Cameroon" in str(
        _name(events[0].actor1)
    )
    assert events[0].actor2 is not None  # the separatists, not an associated actor of the army
    assert not events[0].assoc_actors1


def test_coordinated_subjects_of_a_raid_stay_partners(run: Reader) -> None:
    text = "Kenyan and Somali troops raided an Al Shabaab camp near Kismayo on 4 June 2019."
    _, x = run(text)
    event = x.events[0]
    assert event.actor1 is not None and event.assoc_actors1  # a raid is not reciprocal


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, Mali, June 1, 2022 - A Malian army truck hit a landmine near Menaka on Wednesday, killing two soldiers.",
        "A Malian army convoy struck a roadside bomb near Menaka on 1 June 2022.",
        "A soldier stepped on a mine near Menaka, Mali, on 1 June 2022.",
    ],
)
def test_who_hits_a_planted_device_is_its_victim(run: Reader, kb: ActorKB, text: str) -> None:
    events = [e for e in _resolved(text, run, kb) if e.event_type != "Strategic developments"]
    assert events
    event = events[0]
    assert _name(event.actor1) == "Unidentified Armed Group (Mali)"
    assert event.actor2 is not None


def test_a_demonym_owns_the_air_defences_it_qualifies(run: Reader, kb: ActorKB) -> None:
    text = (
        "KYIV, July 3, 2024 - Ukrainian air defences shot down nine drones over Odesa on Wednesday."
    )
    events = _resolved(text, run, kb)
    assert events
    assert "Military Forces of Ukraine" in str(_name(events[0].actor1))


def test_a_sentence_initial_plural_is_a_generic_noun_not_a_name(run: Reader) -> None:
    # after a cleaned dateline the tagger may read the first word as a proper noun
    text = "GAO, Mali, May 4, 2022 - Soldiers and jihadists exchanged fire near Gao on Wednesday."
    _, x = run(text)
    assert x.events and x.events[0].actor1 is not None
    assert x.events[0].actor1.name.lower() == "soldiers"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The group said its fighters killed nine soldiers.", "Al Shabaab"),
        # another town: its own event (at Jowhar it would go on telling the storming, one event)
        ("The militants killed nine soldiers near Balcad, officials said.", "Al Shabaab"),
    ],
)
def test_a_definite_reference_is_the_group_named_just_before(
    run: Reader, kb: ActorKB, second: str, expected: str
) -> None:
    text = f"MOGADISHU, March 2, 2021 - Al Shabaab fighters stormed a base near Jowhar on Tuesday. {second}"
    events = _resolved(text, run, kb)
    later = [e for e in events if e.sentence is not None and "nine" in e.sentence.text]
    assert later
    assert _name(later[0].actor1) == expected
    assert later[0].actor1 is not None and later[0].actor1.method == "coreference"


def test_indefinite_militants_are_not_read_as_the_group_before(run: Reader, kb: ActorKB) -> None:
    text = (
        "MOGADISHU, March 2, 2021 - Al Shabaab fighters stormed a base near Jowhar on Tuesday. "
        "Elsewhere, militants killed nine soldiers near Baidoa."
    )
    events = _resolved(text, run, kb)
    later = [e for e in events if e.sentence is not None and "nine" in e.sentence.text]
    assert later and later[0].actor1 is not None
    assert later[0].actor1.method != "coreference"


def test_an_unnamed_kidnapper_is_an_unidentified_armed_group(kb: ActorKB) -> None:
    abduction = event(ActorRef(name="x"), None, dt.date(2021, 5, 2)).model_copy(
        update={
            "actor1": None,
            "event_type": "Violence against civilians",
            "sub_event_type": "Abduction/forced disappearance",
        }
    )
    got = apply_roles(abduction, kb, "NG")
    assert _name(got.actor1) == "Unidentified Armed Group (Nigeria)"
    assert _name(got.actor2) == "Civilians (Nigeria)"


def test_the_unnamed_side_of_a_clash_is_an_unidentified_armed_group(kb: ActorKB) -> None:
    army = ActorRef(name="Military Forces of Libya", surface="the army")
    clash = event(ActorRef(name="x"), army, dt.date(2021, 5, 2)).model_copy(update={"actor1": None})
    got = apply_roles(clash, kb, "LY")
    assert _name(got.actor1) == "Unidentified Armed Group (Libya)"
    alone = apply_roles(clash.model_copy(update={"actor2": None}), kb, "LY")
    assert alone.actor1 is None  # nothing says the words named a side at all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOGADISHU, March 2, 2021 - Al Shabaab fighters stormed a base near Jowhar on "
            "Tuesday. They also attacked a police station in the town, killing four officers, "
            "residents said.",
            "Al Shabaab",
        ),
        (
            "YANGON, March 5, 2023 - Soldiers raided a village near Monywa on Sunday. "
            "They shot dead 17 villagers, residents said.",
            "Military Forces of Myanmar (2021-)",
        ),
    ],
)
def test_a_pronoun_subject_is_the_actor_named_before_it(
    run: Reader, kb: ActorKB, text: str, expected: str
) -> None:
    events = _resolved(text, run, kb)
    later = [e for e in events if e.sentence is not None and e.sentence.text.startswith("They")]
    assert later and later[0].actor1 is not None
    assert (_name(later[0].actor1), later[0].actor1.method) == (expected, "coreference")
    assert later[0].actor1.surface == "They"


def test_a_pronoun_with_nobody_before_it_names_nobody(run: Reader, kb: ActorKB) -> None:
    text = (
        "KHARTOUM, May 23, 2023 - They shelled a market in Omdurman on Tuesday, "
        "killing 12 people, activists said."
    )
    article, x = run(text)
    assert x.events and x.events[0].actor1 is not None  # kept for the resolver
    assert x.events[0].actor1.name == "They"
    events = list(resolve(x, article, kb).events)
    assert events and events[0].actor1 is None  # not "They", not the activists


def test_witnesses_after_a_fronted_clause_are_not_its_actor(run: Reader) -> None:
    text = "They attacked a police station in Jowhar, Somalia, on 2 March 2021, residents said."
    _, x = run(text)
    assert x.events and x.events[0].actor1 is not None
    assert x.events[0].actor1.name == "They"


def test_a_city_after_of_is_a_place_not_its_state(run: Reader, kb: ActorKB) -> None:
    text = (
        "MOSCOW, March 23, 2024 - Gunmen opened fire on a concert hall on the western "
        "edge of Moscow on Friday, killing 145 people."
    )
    events = _resolved(text, run, kb)
    assert events
    assert all(
        e.actor2 is None or "Russia" not in e.actor2.name or "Civilians" in e.actor2.name
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Militants linked to Al Shabaab killed 12 villagers near Jowhar on 2 March 2021.",
            "Al Shabaab",
        ),
        (
            "Gunmen believed to be Al Shabaab fighters killed 12 villagers near Jowhar on 2 March 2021.",
            "Al Shabaab",
        ),
        (
            "Fighters loyal to the Rapid Support Forces looted a market in Omdurman on 2 March 2024.",
            "Rapid Support Forces",
        ),
    ],
)
def test_unnamed_fighters_are_named_by_the_group_they_are_tied_to(
    run: Reader, text: str, group: str
) -> None:
    _, x = run(text)
    assert x.events and x.events[0].actor1 is not None
    assert group in x.events[0].actor1.name


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        (
            "BAMAKO, Sept. 3, 2024 - Gunmen linked to al Qaeda attacked a gendarmerie post "
            "near Segou on Tuesday, the army said.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "MAIDUGURI, Nigeria, Feb 10, 2020 - Fighters loyal to the Islamic State killed 12 "
            "farmers near Konduga on Monday.",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_fighters_tied_to_a_movement_are_its_branch_in_the_country(
    run: Reader, kb: ActorKB, text: str, branch: str
) -> None:
    events = _resolved(text, run, kb)
    assert events and _name(events[0].actor1) == branch


def test_a_named_speaker_after_a_fronted_clause_is_its_actor(run: Reader) -> None:
    text = "They captured the town of Sumprabum on 4 May 2024, the Kachin Independence Army said."
    _, x = run(text)
    assert x.events and x.events[0].actor1 is not None
    assert "Kachin" in x.events[0].actor1.name
