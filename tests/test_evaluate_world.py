"""The world-set scorer (evaluate/world.py) on hand-built gold and predictions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.errors import InputError
from ceasewatch.evaluate import DEFAULT_SETS, HELD_OUT, SETS, split_of, world
from ceasewatch.evaluate.world import Gold, compare, load, same_actor, score_fields
from ceasewatch.geo import km_between
from ceasewatch.knowledge.countries import country_named
from ceasewatch.knowledge.outlines import in_country_outline
from ceasewatch.knowledge.world import country_point, world_units
from ceasewatch.model import (
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    SUB_EVENT_TO_TYPE,
    ActorRef,
    Event,
    Location,
)

# Khartoum (15.55, 32.53); Omdurman is ~9 km away, Wad Madani ~150 km.
GOLD = Gold(
    date=dt.date(2023, 4, 15),
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1="Military Forces of Sudan (2019-)",
    country="Sudan",
    admin1="Khartoum",
    latitude=15.55,
    longitude=32.53,
    fatalities=None,
)


def event(
    sub: str = "Armed clash",
    day: dt.date | None = dt.date(2023, 4, 15),
    point: tuple[float, float] | None = (15.64, 32.48),
    admin1: str | None = None,
    country: str | None = None,
    actor: str | None = "Military Forces of Sudan",
    fatalities: int | None = None,
) -> Event:
    location = Location(
        name="somewhere",
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
        admin1=admin1,
        country=country,
    )
    return Event(
        id="a-e001",
        article_id="a",
        event_date=day,
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=None if actor is None else ActorRef(name=actor),
        location=location,
        fatalities=fatalities,
    )


def test_registered_as_an_evaluation_set() -> None:
    assert SETS["world"] is world.evaluate_world


def test_match_needs_both_date_window_and_place() -> None:
    assert world.matches(event(), GOLD)
    assert world.matches(event(day=dt.date(2023, 4, 17)), GOLD)  # two days off: inside
    assert not world.matches(event(day=dt.date(2023, 4, 18)), GOLD)
    assert not world.matches(event(day=None), GOLD)
    assert not world.matches(event(point=(14.40, 33.52)), GOLD)  # Wad Madani: 150 km


def test_place_by_admin1_when_far_or_without_point() -> None:
    # a province centroid 60 km off, but in the right admin1 of the right country
    assert world.place_ok(event(point=(15.0, 32.9), admin1="Khartoum State", country="SD"), GOLD)
    assert world.place_ok(event(point=None, admin1="Khartoum", country="Sudan"), GOLD)
    assert not world.place_ok(event(point=None, admin1="Khartoum", country="Syria"), GOLD)
    assert not world.place_ok(event(point=None, admin1=None), GOLD)


def test_admin1_compared_as_units_across_spellings() -> None:
    # a gold written with OCHA's (and ACLED's) spelling of a Syrian governorate, a prediction
    # with GeoNames', and the other way round: one unit of the project's admin1 table
    idlib = dataclasses.replace(
        GOLD, country="Syria", admin1="Idleb", latitude=35.93, longitude=36.63
    )
    far = (35.5, 36.1)  # ~70 km off: only the admin1 can make it right
    assert world.place_ok(event(point=far, admin1="Idlib", country="Syria"), idlib)
    assert world.place_ok(event(point=far, admin1="Idlib Governorate", country="SY"), idlib)
    rural = dataclasses.replace(idlib, admin1="Rif-dimashq")
    assert world.place_ok(event(point=far, admin1="Rural Damascus", country="Syria"), rural)
    # another unit, or the same spelling in another country, stays wrong; never a fuzzy match
    assert not world.place_ok(event(point=far, admin1="Damascus", country="Syria"), rural)
    assert not world.place_ok(event(point=far, admin1="Idlib", country="Iraq"), idlib)
    assert not world.same_admin1("Idlip", "Idleb", "SY")
    # GeoNames' variants of any country's unit: "Northern Darfur" is also "North Darfur"
    assert world.same_admin1("Northern Darfur", "North Darfur", "SD")
    assert not world.same_admin1("Northern Darfur", "South Darfur", "SD")
    assert not world.same_admin1("Northern Darfur", "North Darfur", None)


def test_actor_names_are_compared_normalised() -> None:
    assert same_actor("Military Forces of Sudan (2019-)", "Military Forces of Sudan (2019-)")
    assert same_actor("military forces of sudan", "Military Forces of Sudan (2019-)")
    assert same_actor("March 23 Movement", "M23: March 23 Movement")
    assert same_actor("M23", "M23: March 23 Movement")
    assert same_actor(
        "Military Forces of the United Arab Emirates", "Military Forces of United Arab Emirates"
    )
    assert not same_actor("Military Forces of the Gambia", "Military Forces of Zambia")
    assert not same_actor(
        "Military Forces of Syria (2000-2024)", "Military Forces of Sudan (2019-)"
    )
    assert not same_actor(None, "Al Shabaab")


def test_answer_prefers_a_matching_event_over_a_deadlier_mismatch() -> None:
    far = event(sub="Shelling/artillery/missile attack", point=(14.40, 33.52), fatalities=9)
    near = event()
    outcome = compare(GOLD, [far, near])
    assert outcome.matched == 1
    assert outcome.answer is near


def test_scores_from_hand_built_outcomes() -> None:
    gold_toll = Gold(**{**GOLD.__dict__, "fatalities": 5})
    outcomes = [
        # right event, right actor, toll given as none on both sides
        compare(GOLD, [event()]),
        # right place and date but wrong type, wrong actor, wrong toll; plus a stray event
        compare(
            gold_toll,
            [
                event(sub="Arrests", actor="Police Forces of Sudan", fatalities=3),
                event(day=dt.date(2020, 1, 1)),
            ],
        ),
        # nothing found
        compare(GOLD, []),
        # two non-events: one quiet, one with a spurious event
        compare(None, []),
        compare(None, [event(sub="Looting/property destruction")]),
    ]
    fields = {f.field: f for f in score_fields(outcomes)}
    detection = fields["events (matched by date and place)"]
    assert (detection.tp, detection.fp, detection.fn) == (2, 2, 1)
    assert detection.precision == pytest.approx(2 / 4)
    assert detection.recall == pytest.approx(2 / 3)
    # by place alone the stray 2020 event is at the gold place too: one false positive left
    placed = fields["events (matched by place, any date)"]
    assert (placed.tp, placed.fp, placed.fn) == (2, 1, 1)
    assert fields["event type"].accuracy == pytest.approx(1 / 3)
    assert fields["place within 25 km or admin1"].accuracy == pytest.approx(2 / 3)
    assert fields["actor1 found"].accuracy == pytest.approx(1 / 3)
    assert fields["fatalities exact"].accuracy == pytest.approx(1 / 3)
    assert fields["non-event reports with no event (precision)"].accuracy == pytest.approx(1 / 2)
    assert fields["non-event reports with no event (precision)"].n == 2
    # "Armed clash" support 3: one right; predicted "Arrests" and "no event" are never gold
    assert fields["sub-event: weighted F1"].f1 == pytest.approx(2 * 1 / (2 * 1 + 0 + 2))


def test_load_reads_gold_and_non_events(tmp_path: Path) -> None:
    rows = [
        {
            "id": "w1",
            "text": "KHARTOUM, April 15, 2023 - Fighting.",
            "event": {
                "event_date": "2023-04-15",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Military Forces of Sudan (2019-)",
                "country": "Sudan",
                "admin1": "Khartoum",
                "latitude": 15.55,
                "longitude": 32.53,
                "fatalities": None,
            },
        },
        {"id": "n1", "text": "A cyclone destroyed homes.", "event": None},
    ]
    (tmp_path / "world.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = load(tmp_path)
    assert [i.key for i in items] == ["world:w1", "world:n1"]
    assert items[0].gold == GOLD
    assert items[1].gold is None
    (tmp_path / "world.jsonl").write_text('{"id": "x", "text": "t"}\n')
    with pytest.raises(InputError):
        load(tmp_path)


def test_shipped_set_is_well_formed_and_split_in_halves() -> None:
    items = load()
    assert len(items) >= 200
    golds = [i.gold for i in items if i.gold is not None]
    assert len(items) - len(golds) >= 30
    assert {g.sub_event_type for g in golds} == set(SUB_EVENT_TO_TYPE)
    assert all(SUB_EVENT_TO_TYPE[g.sub_event_type] == g.event_type for g in golds)
    assert all(-90 <= g.latitude <= 90 and -180 <= g.longitude <= 180 for g in golds)
    halves = [split_of(i.key) for i in items]
    assert 0.35 < halves.count("dev") / len(items) < 0.65


# --- the fresh held-out set (data/eval/world/heldout.jsonl) ------------------------------------

HELDOUT_PATH = world.WORLD_DIR / world.HELDOUT_FILE
INTER_CODES = range(1, 9)


def heldout_rows() -> list[dict[str, Any]]:
    with HELDOUT_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_heldout_registered_but_never_run_by_default() -> None:
    assert SETS["world_heldout"] is world.evaluate_world_heldout
    assert "world_heldout" in HELD_OUT
    assert "world_heldout" not in DEFAULT_SETS
    assert set(DEFAULT_SETS) | set(HELD_OUT) == set(SETS)


def test_heldout_has_no_dev_half() -> None:
    items = [world._item({"id": f"h{n}", "text": "t", "event": None}, "-", "x") for n in range(9)]
    assert world.heldout_items(items, "dev", None) == []
    assert world.heldout_items(items, "test", None) == items
    assert sorted(i.id for i in world.heldout_items(items, "all", None)) == sorted(
        i.id for i in items
    )
    assert len(world.heldout_items(items, "all", 4)) == 4
    with pytest.raises(ValueError):
        world.heldout_items(items, "train", None)


def test_heldout_loads_with_its_own_keys() -> None:
    items = load(world.WORLD_DIR, world.HELDOUT_FILE, world.HELDOUT_NAME)
    assert len(items) == len(heldout_rows())
    assert all(i.key == f"world_heldout:{i.id}" for i in items)


def _check_gold(row: dict[str, Any]) -> None:
    gold = row["event"]
    sub = gold["sub_event_type"]
    assert SUB_EVENT_TO_TYPE[sub] == gold["event_type"]
    disorder = DISORDER_BY_SUB_EVENT.get(sub, DISORDER_BY_EVENT_TYPE[gold["event_type"]])
    assert gold["disorder_type"] == disorder
    assert gold["actor1"] and gold["inter1"] in INTER_CODES
    if gold["actor2"] is None:
        assert gold["inter2"] is None and gold["interaction"] == gold["inter1"] * 10
    else:
        low, high = sorted((gold["inter1"], gold["inter2"]))
        assert gold["interaction"] == low * 10 + high
    assert dt.date(2000, 1, 1) <= dt.date.fromisoformat(gold["event_date"]) <= dt.date(2026, 12, 1)
    assert gold["geo_precision"] in (1, 2, 3)
    assert gold["fatalities"] is None or gold["fatalities"] >= 0
    assert gold["country"] == row["country"]


def _check_place(gold: dict[str, Any]) -> None:
    """The country is a real one, the admin1 one of its GeoNames units (as the scorer compares
    names), and the point lies inside the country's extent and near that unit."""
    country = country_named(gold["country"])
    assert country is not None, gold["country"]
    lat, lon = gold["latitude"], gold["longitude"]
    extent = country_point(country.alpha2)
    assert extent is not None
    near = km_between(lat, lon, extent.latitude, extent.longitude) <= extent.radius_km + 50
    # the unit-point radius misses a far corner's towns (Gwadar): its outline decides then
    assert near or in_country_outline(country.alpha2, lat, lon), (gold["location"], lat, lon)
    wanted = world._admin_key(gold["admin1"])
    units = [
        u
        for u in world_units(1).values()
        if u.country == country.alpha2 and any(world._admin_key(n) == wanted for n in u.names)
    ]
    assert units, f"{gold['admin1']} is no admin1 of {gold['country']}"
    unit = units[0]
    if unit.latitude is not None and unit.longitude is not None:
        km = km_between(lat, lon, unit.latitude, unit.longitude)
        assert km <= (unit.radius_km or 50) + 300, (gold["location"], round(km))


def test_heldout_records_are_valid() -> None:
    rows = heldout_rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["text"].strip() and row["country"]
        if row["event"] is None:
            assert re.fullmatch(r"hn\d{2}", row["id"]) and row["category"] != "event"
        else:
            assert re.fullmatch(r"h\d{3}", row["id"]) and row["category"] == "event"
            _check_gold(row)
            _check_place(row["event"])


def test_heldout_coverage() -> None:
    rows = heldout_rows()
    golds = [r["event"] for r in rows if r["event"] is not None]
    non_events = [r for r in rows if r["event"] is None]
    assert len(rows) >= 120 + 25
    assert len({r["country"] for r in rows}) >= 40
    assert {g["sub_event_type"] for g in golds} == set(SUB_EVENT_TO_TYPE)
    assert len(non_events) >= 25
    assert len({r["category"] for r in non_events}) >= 8
    # Syria, Iraq and Yemen are in, but do not dominate
    levant = sum(1 for g in golds if g["country"] in ("Syria", "Iraq", "Yemen"))
    assert 0 < levant <= 0.15 * len(golds)


def test_heldout_shares_no_report_with_the_world_set() -> None:
    old = {i.text for i in load()}
    assert not old & {r["text"] for r in heldout_rows()}


# --- the notes set (data/eval/world/notes/*.jsonl) ----------------------------------------------


def test_the_notes_set_reads_every_file_of_its_folder_in_name_order(tmp_path: Path) -> None:
    row = {"id": "a1", "text": "On 3 May 2023, nothing happened.", "event": None}
    (tmp_path / "b.jsonl").write_text(json.dumps({**row, "id": "b1"}) + "\n")
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    items = world.load_folder(tmp_path, "world_notes")
    assert [i.key for i in items] == ["world_notes:a1", "world_notes:b1"]


def test_the_notes_set_refuses_an_id_used_twice_and_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \*\.jsonl"):
        world.load_folder(tmp_path, "world_notes")
    row = json.dumps({"id": "a1", "text": "t", "event": None})
    (tmp_path / "a.jsonl").write_text(row + "\n")
    (tmp_path / "b.jsonl").write_text(row + "\n")
    with pytest.raises(InputError, match=r"already used in a\.jsonl"):
        world.load_folder(tmp_path, "world_notes")
    assert SETS["world_notes"] is world.evaluate_world_notes
