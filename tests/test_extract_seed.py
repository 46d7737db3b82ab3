"""End-to-end on the founding report: what issue 3 asks extraction to find in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ceasewatch.extract import extract
from ceasewatch.model import Article, Extraction
from ceasewatch.pipeline import Resources, read_articles
from tests.test_extract_events import check_spans


@pytest.fixture(scope="module")
def seed(seed_path: Path, resources: Resources) -> tuple[Article, Extraction]:
    articles, failures = read_articles([str(seed_path)])
    assert not failures and len(articles) == 1
    return articles[0], extract(articles[0], resources.extractor)


def test_evidence_offsets_point_at_the_words(seed: tuple[Article, Extraction]) -> None:
    article, extraction = seed
    check_spans(article, extraction)


def test_one_battle_per_named_place_on_january_11(seed: tuple[Article, Extraction]) -> None:
    _, x = seed
    clashes = [
        e
        for e in x.events
        if e.sub_event_type == "Armed clash"
        and e.location
        and e.location.reason.startswith("named")
    ]
    places = [e.location.name for e in clashes if e.location]
    for place in (
        "Tell Salmo",
        "Atshan",
        "Khuwayn al-Kabir",
        "Zarzour",
        "Umm al-Khalakhi",
        "Abu al-Duhur Airbase",
    ):
        assert places.count(place) == 1, places
    assert "Jaish al-Ahrar" not in places
    assert all(e.event_date == dt.date(2018, 1, 11) for e in clashes)
    airbase = next(e for e in clashes if e.location and e.location.name == "Abu al-Duhur Airbase")
    assert airbase.location is not None and airbase.location.qualifier == "near"


def test_opposition_offensive_near_abu_al_duhur(seed: tuple[Article, Extraction]) -> None:
    _, x = seed
    offensive = [
        e
        for e in x.events
        if e.location and e.location.name == "Abu al-Duhur" and e.actor1 and e.actor1.id == "fsa"
    ]
    assert len(offensive) == 1
    event = offensive[0]
    assert event.event_type == "Battles" and event.actor2 and event.actor2.id == "syria-saa"
    assert event.location is not None and event.location.qualifier == "near"
    assert "Idlib" in event.location.reason


def test_seven_groups_declare_support_for_hts(seed: tuple[Article, Extraction]) -> None:
    _, x = seed
    decl = [r for r in x.relations if r.type == "declaration"]
    assert len(decl) == 7
    assert {r.target.id for r in decl if r.target} == {"hts"}
    assert len({r.source.name for r in decl}) == 7


def test_fifteen_soldiers_and_a_bmp_claimed_by_pro_opposition_sources(
    seed: tuple[Article, Extraction],
) -> None:
    _, x = seed
    event = next(e for e in x.events if e.fatality_claims)
    claim = event.fatality_claims[0]
    assert (claim.count, claim.qualifier, claim.victims) == (15, "at least", "soldiers")
    assert claim.claimed_by == "Pro-opposition sources" and event.hedged
    assert event.fatalities == 15
    assert [(loss.item, loss.count, loss.outcome) for loss in event.losses] == [
        ("BMP", 1, "destroyed")
    ]


def test_turkey_supplies_vehicles_to_faylaq_al_sham(seed: tuple[Article, Extraction]) -> None:
    _, x = seed
    supply = [r for r in x.relations if r.type == "supply"]
    assert [(r.source.id, r.target.id if r.target else None, r.what) for r in supply] == [
        ("turkey", "faylaq-al-sham", "vehicles")
    ]


def test_the_zone_as_described(seed: tuple[Article, Extraction]) -> None:
    _, x = seed
    (mention,) = x.agreement_mentions
    assert mention.kind == "de-escalation zone" and mention.place == "Idlib"
    assert [g.name for g in mention.guarantors] == ["Turkey", "Iran", "Russia"]
    assert any(e.id == "hts" for e in mention.excluded)
    assert mention.status_claim == "collapsed" and mention.claimed_by == "Global Research"
