"""One event from many reports (issue 15, item 2): ``ceasewatch.fuse`` and ``ceasewatch fuse``."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from click.testing import CliRunner

from ceasewatch.archive import fuse_archive
from ceasewatch.cli import main
from ceasewatch.fuse import Params, compare, fuse
from ceasewatch.model import ActorRef, Event, Extraction, Location
from ceasewatch.store import open_store
from tests.event_builders import IDLIB, archived_article, make_event

PARAMS = Params(threshold=0.6, max_days=1, max_km=15)
# 5 km from Saraqib: another village of the same district, as an outlet may name it.
NEARBY = IDLIB.model_copy(update={"name": "Afis", "latitude": 35.90, "longitude": 36.83})
ALEPPO = Location(
    name="Atarib", latitude=36.14, longitude=36.83, country="Syria", admin1="Aleppo",
    admin2="Jebel Saman", geo_precision=1,
)  # fmt: skip


def reports():
    """One shelling as three outlets tell it (the third a syndicated copy of the first),
    with their tolls, beside a clash in Aleppo province the same day."""
    return [
        make_event(id="sana-1", article_id="sana", fatalities=3),
        make_event(id="sohr-1", article_id="sohr", fatalities=7, location=NEARBY,
                   event_date=dt.date(2020, 3, 2)),
        make_event(id="copy-1", article_id="copy", fatalities=3),
        make_event(id="sohr-2", article_id="sohr", event_type="Battles",
                   sub_event_type="Armed clash", location=ALEPPO, fatalities=2),
    ]  # fmt: skip


STORIES = {"sana": "sana", "copy": "sana", "sohr": "sohr"}


def test_one_shelling_from_three_reports():
    (fused,) = fuse(reports(), STORIES, PARAMS)
    assert fused.event_ids == ("copy-1", "sana-1", "sohr-1")
    assert fused.sources == ("copy", "sana", "sohr")
    assert fused.corroboration == 2  # the syndicated copy counts once
    assert fused.fatalities == 3  # the lowest report, the others kept as claims
    assert sorted(c.fatalities for c in fused.claims) == [3, 3, 7]
    assert fused.event_date == dt.date(2020, 3, 1) and fused.location == IDLIB
    nearby = next(link for link in fused.links if "sohr-1" in (link.event_id, link.to))
    assert nearby.days_apart == 1 and nearby.km_apart is not None and 4 < nearby.km_apart < 6
    assert {"adjacent day", "nearby place", "same sub-type", "shared actors"} <= set(nearby.matched)


def test_the_result_does_not_depend_on_input_order():
    events = reports()
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    assert fuse(shuffled, STORIES, PARAMS) == fuse(events, STORIES, PARAMS)


@pytest.mark.parametrize(
    "other",
    [
        {"event_date": dt.date(2020, 3, 3)},  # two days later: another event
        {"location": ALEPPO},  # another province
        {"location": IDLIB.model_copy(update={"latitude": 35.5})},  # 40 km away
        {"event_type": "Protests", "sub_event_type": "Peaceful protest"},
        {"article_id": "sana"},  # a second event of the same report stays apart
    ],
)
def test_vetoes(other):
    first = make_event(id="sana-1", article_id="sana")
    second = make_event(**{"id": "sohr-1", "article_id": "sohr", **other})
    assert fuse([first, second], {}, PARAMS) == []


def test_coarse_places_compare_by_district_and_province():
    province = Location(name="Idlib", country="Syria", admin1="Idlib", geo_precision=3)
    same = make_event(id="b-1", article_id="b", location=province)
    # same day, province, sub-type and toll (3 killed)
    assert len(fuse([make_event(), same], {}, PARAMS)) == 1
    other_actors = same.model_copy(update={"actor1": ActorRef(name="HTS", id="hts")})
    assert fuse([make_event(), other_actors], {}, PARAMS) == []  # province alone is too loose


def test_a_country_only_place_compares_by_the_province_geocode_gave_it():
    syria = Location(name="Syria", country="Syria", admin1="Aleppo", geo_precision=3)
    elsewhere = make_event(id="b-1", article_id="b", location=syria, fatalities=10)
    assert fuse([make_event(fatalities=10), elsewhere], {}, PARAMS) == []  # Idlib != Aleppo
    unplaced = syria.model_copy(update={"admin1": None})
    same = make_event(id="b-1", article_id="b", location=unplaced, fatalities=10)
    assert len(fuse([make_event(fatalities=10), same], {}, PARAMS)) == 1  # day, sub-type, toll


def test_civilians_and_unresolved_names_are_not_actors_to_compare():
    victims = ActorRef(name="civilians", id="civilians-sy", inter=7)
    a = make_event(actor1=ActorRef(name="regime"), actor2=victims)
    b = make_event(id="b-1", article_id="b", actor1=ActorRef(name="barrel bombs"), actor2=victims)
    (fused,) = fuse([a, b], {}, PARAMS)
    assert not {"shared actors", "other actors"} & set(fused.links[0].matched)


def test_a_chain_never_joins_two_reports_at_odds():
    """B links to A and to C, but A and C name other sides and another sub-type: C stays out."""
    rebels = ActorRef(name="HTS", id="hts")
    a = make_event(id="a-1", article_id="a")
    b = make_event(id="b-1", article_id="b", actor1=None)
    c = make_event(id="c-1", article_id="c", actor1=rebels, sub_event_type="Air/drone strike")
    (fused,) = fuse([a, b, c], {}, PARAMS)
    assert "c-1" not in fused.event_ids and len(fused.event_ids) == 2


def test_chains_never_span_more_than_max_days():
    days = [make_event(id=f"r{i}-1", article_id=f"r{i}", event_date=dt.date(2020, 3, 1 + i))
            for i in range(3)]  # fmt: skip
    (fused,) = fuse(days, {}, PARAMS)
    assert len(fused.event_ids) == 2


def test_threshold_setting_controls_fusion(monkeypatch):
    monkeypatch.setenv("CEASEWATCH_FUSE_THRESHOLD", "0.9")  # the next day's report, 5 km off
    assert [f.event_ids for f in fuse(reports(), STORIES)] == [("copy-1", "sana-1")]
    monkeypatch.setenv("CEASEWATCH_FUSE_THRESHOLD", "0.6")
    assert len(fuse(reports(), STORIES)) == 1


def _archive(tmp_path):
    store = open_store(tmp_path / "a.db")
    ids = []
    for i, event in enumerate(reports()[:2]):
        aid = archived_article(store, f"Report {i} of the shelling.", source=f"o{i}").id
        ids.append(aid)
        store.save_extraction(
            Extraction(article_id=aid, events=(event.model_copy(update={"article_id": aid}),))
        )
    return store, ids


def test_archive_fusion_is_incremental(tmp_path):
    store, (a, b) = _archive(tmp_path)
    report = fuse_archive(store)
    assert (report.full, report.groups, report.merged) == (True, 1, 2)
    (group,) = store.fused_events()
    assert store.fusion_of([f"{a}-e1"]) == {}  # ids are the stored ones, not the builder's
    first = store.events(), store.fusion_of(e.id for e in store.events())
    assert set(first[1]) == {e.id for e in first[0]}
    again = fuse_archive(store)  # nothing changed: nothing read
    assert (again.full, again.events, store.fused_events()) == (False, 0, [group])
    # The second report is re-extracted with a higher toll: only its days are re-read.
    event = next(e for e in store.events() if e.article_id == b)
    store.save_extraction(
        Extraction(article_id=b, events=(event.model_copy(update={"fatalities": 9}),))
    )
    assert fuse_archive(store).events == 2
    (updated,) = store.fused_events()
    assert updated.id == group.id and sorted(c.fatalities for c in updated.claims) == [3, 9]
    store.save_extraction(Extraction(article_id=b))  # its event vanished: the group goes
    fuse_archive(store)
    assert store.fused_events() == [] and store.fusion_of(e.id for e in store.events()) == {}
    store.close()


def test_cli_fuse_changes_and_events_json(tmp_path):
    store, _ = _archive(tmp_path)
    store.close()
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    result = runner.invoke(main, ["fuse", "--db", db])
    assert result.exit_code == 0 and "1 fused event(s) from 2" in result.output
    records = json.loads(runner.invoke(main, ["events", "--db", db, "--format", "json"]).output)
    assert len({r["fused_id"] for r in records}) == 1
    assert all(r["corroboration"] == 2 and len(r["sources"]) == 2 for r in records)
    fused = json.loads(runner.invoke(main, ["fused", "--db", db, "--format", "json"]).output)
    assert fused[0]["links"][0]["matched"]
    changes = runner.invoke(main, ["changes", "--db", db, "--since", "1", "--format", "json"])
    assert [c["seq"] for c in json.loads(changes.output)] == [2]
    csv_out = runner.invoke(
        main, ["changes", "--db", db, "--since", "2020-01-01", "--format", "csv"]
    )
    assert csv_out.output.splitlines()[0] == "seq,at,kind,event_id,article_id,fields"
    bad = runner.invoke(main, ["changes", "--db", db, "--since", "yesterday"])
    assert bad.exit_code == 2 and "neither a sequence number" in bad.output


def _actor(actor_id, parents=()):
    from ceasewatch.model import Actor, Membership

    return Actor(
        id=actor_id, name=actor_id, type="state forces", inter=1, country="SY",
        memberships=tuple(Membership(parent=p) for p in parents), sources=("test",),
    )  # fmt: skip


def test_a_states_branches_are_one_side():
    """An army and its government named by two outlets are one side, not "other actors"."""
    from ceasewatch.fuse import kinship

    kin = kinship([_actor("gov"), _actor("army", ["gov"]), _actor("air", ["army"])])
    assert kin["air"] == {"air", "army", "gov"} and "gov" not in kin
    province = Location(name="Idlib", country="Syria", admin1="Idlib", geo_precision=3)
    a = make_event(location=province, actor1=ActorRef(name="Government", id="gov"))
    b = make_event(id="b-1", article_id="b", location=province,
                   actor1=ActorRef(name="Air force", id="air"))  # fmt: skip
    assert fuse([a, b], {}, PARAMS) == []  # other ids: other actors
    (fused,) = fuse([a, b], {}, Params(threshold=0.6, max_days=1, max_km=15, kin=kin))
    assert "one side" in fused.links[0].matched


def test_an_attack_and_an_explosion_are_one_kind_of_event():
    """A bomb coded "Attack" (told from the victims' side) by one outlet and as an explosion by
    another; a protest stays apart from both."""
    province = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
    bomb = make_event(location=province, sub_event_type="Remote explosive/landmine/IED",
                      actor1=None, fatalities=6)  # fmt: skip
    attack = make_event(id="b-1", article_id="b", location=province, actor1=None, fatalities=6,
                        event_type="Violence against civilians", sub_event_type="Attack")  # fmt: skip
    (fused,) = fuse([bomb, attack], {}, PARAMS)
    assert "attack and explosion, same toll" in fused.links[0].matched
    # "Attack" is also how aggregate tolls are coded: without the same toll, only compatible
    assert fuse([bomb, attack.model_copy(update={"fatalities": 84})], {}, PARAMS) == []
    clash = attack.model_copy(update={"event_type": "Battles", "sub_event_type": "Armed clash"})
    assert fuse([bomb, clash], {}, PARAMS) == []  # only compatible: below the threshold


def test_one_member_at_odds_does_not_keep_a_report_out_of_a_large_group():
    """Four reports of one shelling, one naming another side: a fifth report linking well to
    the three others joins; the lone report at odds with it does not veto."""
    rebels = ActorRef(name="HTS", id="hts")
    group = [make_event(id=f"r{i}-1", article_id=f"r{i}") for i in range(3)]
    odd = make_event(id="odd-1", article_id="odd", actor1=rebels)
    late = make_event(id="z-1", article_id="z", sub_event_type="Air/drone strike")
    (fused,) = fuse([*group, odd, late], {}, PARAMS)
    assert "z-1" in fused.event_ids


def test_air_strikes_and_shelling_with_two_tolls_stay_apart():
    """Two reports of an air strike (5 killed), and rockets the same day in the same town with
    another toll (2) from a report naming no one: the other side's fire, not a third report.
    With the same toll the shelling is one event told another way, and joins."""
    air = {"sub_event_type": "Air/drone strike", "fatalities": 5}
    a = make_event(**air)
    b = make_event(id="b-1", article_id="b", **air)
    rockets = make_event(id="c-1", article_id="c", actor1=None, fatalities=2)
    (fused,) = fuse([a, b, rockets], {}, PARAMS)
    assert fused.event_ids == ("a1-e1", "b-1")
    same_toll = rockets.model_copy(update={"fatalities": 5})
    (fused,) = fuse([a, b, same_toll], {}, PARAMS)
    assert len(fused.event_ids) == 3
    link = next(x for x in fused.links if "c-1" in (x.event_id, x.to))
    assert "air strike and shelling, same toll" in link.matched


def test_fuse_if_stale_follows_the_change_feed(tmp_path):
    from ceasewatch.archive import fuse_if_stale

    store, (_, b) = _archive(tmp_path)
    first = fuse_if_stale(store)
    assert first is not None and first.groups == 1
    assert fuse_if_stale(store) is None  # nothing changed since: nothing to do
    event = next(e for e in store.events() if e.article_id == b)
    store.save_extraction(
        Extraction(article_id=b, events=(event.model_copy(update={"fatalities": 9}),))
    )
    again = fuse_if_stale(store)
    assert again is not None and not again.full and again.events == 2
    store.close()


@pytest.mark.parametrize("auto", ["1", "0"])
def test_extract_fuses_the_days_it_changed_unless_told_not_to(tmp_path, monkeypatch, auto):
    monkeypatch.setenv("CEASEWATCH_FUSE_AUTO", auto)
    store, _ = _archive(tmp_path)  # saved without stage versions: extract runs them again
    store.close()
    result = CliRunner().invoke(main, ["extract", "--db", str(tmp_path / "a.db"), "-q"])
    assert result.exit_code == 0, result.output
    fused_lines = [x for x in result.output.splitlines() if x.startswith("fused: ")]
    assert len(fused_lines) == (1 if auto == "1" else 0)


def test_unidentified_groups_and_observers_name_no_side():
    """One outlet blames Nusra, another "unidentified gunmen" and codes the Observatory it
    quotes as an actor: no other side, so the same bombing with the same toll fuses."""
    from ceasewatch.fuse import unnamed
    from ceasewatch.model import Actor

    kb = [
        Actor(id="uag-sy", name="Unidentified Armed Group (Syria)", type="political militia",
              inter=3, generic=True, sources=("test",)),
        Actor(id="sohr", name="Syrian Observatory for Human Rights", type="external/other forces",
              inter=8, side="media", sources=("test",)),
        Actor(id="nusra", name="Jabhat al-Nusra", type="rebel group", inter=2,
              side="jihadist", sources=("test",)),
    ]  # fmt: skip
    hidden = unnamed(kb)
    assert hidden == {"uag-sy", "sohr"}
    province = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
    # A bomb, not a suicide bomb: a rare kind of one sub-type outweighs other actors on its own
    bomb = {"location": province, "sub_event_type": "Remote explosive/landmine/IED",
            "fatalities": 25}  # fmt: skip
    a = make_event(actor1=ActorRef(name="Nusra", id="nusra"), **bomb)
    b = make_event(id="b-1", article_id="b", actor1=ActorRef(name="gunmen", id="uag-sy"),
                   actor2=ActorRef(name="SOHR", id="sohr"), **bomb)  # fmt: skip
    strict = Params(threshold=0.65, max_days=1, max_km=15)
    assert fuse([a, b], {}, strict) == []  # compared as ids: "other actors" keeps them apart
    (fused,) = fuse([a, b], {}, Params(threshold=0.65, max_days=1, max_km=15, unnamed=hidden))
    assert not {"other actors", "shared actors"} & set(fused.links[0].matched)


def test_a_citys_centre_is_no_more_than_one_district():
    """Two reports placed at a city's point (geocode's radius >= 5 km): on a day of war in the
    city, a day and a kind alone do not make them one event; a distinctive toll does."""
    city = IDLIB.model_copy(update={"name": "Aleppo", "uncertainty_km": 5.0})
    a = make_event(location=city, actor1=None, fatalities=2)
    b = make_event(id="b-1", article_id="b", location=city, actor1=None, fatalities=8,
                   sub_event_type="Air/drone strike", event_type="Explosions/Remote violence")  # fmt: skip
    strict = Params(threshold=0.65, max_days=1, max_km=15)
    assert fuse([a, b.model_copy(update={"sub_event_type": a.sub_event_type})], {}, strict)
    town = IDLIB.model_copy(update={"uncertainty_km": 2.0})
    mixed = b.model_copy(update={"sub_event_type": "Remote explosive/landmine/IED"})
    assert fuse([a, mixed], {}, strict) == []  # city: day, place and type are not enough
    on_town = [e.model_copy(update={"location": town}) for e in (a, mixed)]
    (fused,) = fuse(on_town, {}, strict)
    assert "same place" in fused.links[0].matched
    tolled = [a.model_copy(update={"fatalities": 8}), mixed]
    (fused,) = fuse(tolled, {}, strict)
    assert {"same city", "same toll"} <= set(fused.links[0].matched)


def test_an_undated_report_joins_the_one_attack_with_its_toll():
    """A wire copy without a date joins the only attack of its province with its distinctive
    toll, explained as undated; with two such attacks a week apart it stays alone."""
    dated = make_event(fatalities=12)
    undated = make_event(id="u-1", article_id="u", event_date=None, fatalities=12)
    (fused,) = fuse([dated, undated], {}, PARAMS)
    assert fused.event_date == dated.event_date
    assert "one report undated" in fused.links[0].matched and "same toll" in fused.links[0].matched
    assert fuse([dated, undated.model_copy(update={"fatalities": 2})], {}, PARAMS) == []
    week = make_event(id="w-1", article_id="w", event_date=dt.date(2020, 3, 8), fatalities=12)
    assert fuse([dated, week, undated], {}, PARAMS) == []


def test_an_undated_follow_up_joins_the_attack_most_of_its_links_tell():
    """Three outlets tell one attack on one day (58, 72, 80 killed) and a fourth, dated by its
    own publication a week later, gives 86; an undated follow-up with 86 joins the attack the
    three tell (its revised count, of one scale), not the lone mis-dated report. Tied by a
    count of one scale to one report alone, it stays apart: only the same figure does that."""
    day = [
        make_event(id=f"d{n}-1", article_id=f"d{n}", fatalities=toll)
        for n, toll in enumerate((58, 72, 80))
    ]
    late = make_event(id="late-1", article_id="late", event_date=dt.date(2020, 3, 7), fatalities=86)
    undated = make_event(id="u-1", article_id="u", event_date=None, fatalities=86)
    groups = fuse([*day, late, undated], {}, PARAMS)
    joined = next(f for f in groups if "u-1" in f.event_ids)
    assert set(joined.event_ids) == {"d0-1", "d1-1", "d2-1", "u-1"}
    assert fuse([day[0], undated], {}, PARAMS) == []
    assert len(fuse([day[0], undated.model_copy(update={"fatalities": 58})], {}, PARAMS)) == 1


def test_a_later_reports_higher_toll_updates_the_fused_one():
    """Day 1: two outlets, 3 and 5 killed (the lowest, 3); day 2: an outlet gives the risen
    toll, 9: the fused toll is 9, every figure kept. A later lower figure never lowers it."""
    from ceasewatch.fuse import conservative_toll
    from ceasewatch.model import SourcedClaim

    def claim(article: str, figure: int | None, day: int | None) -> SourcedClaim:
        reported = dt.date(2020, 3, day) if day else None
        return SourcedClaim(event_id=article + "-e", article_id=article, story_id=article,
                            fatalities=figure, reported=reported)  # fmt: skip

    first = [claim("a", 3, 1), claim("b", 5, 1)]
    assert conservative_toll(first) == 3
    assert conservative_toll([*first, claim("c", 9, 2)]) == 9
    assert conservative_toll([*first, claim("c", 9, 2), claim("d", 4, 3)]) == 9
    assert conservative_toll([claim("a", 7, None), claim("b", 4, None)]) == 4  # no days: lowest
    assert conservative_toll([claim("a", None, 1)]) is None
    events = [make_event(fatalities=3), make_event(id="c-1", article_id="c", fatalities=9)]
    (fused,) = fuse(events, {}, PARAMS, {"a1": dt.date(2020, 3, 1), "c": dt.date(2020, 3, 2)})
    assert fused.fatalities == 9 and sorted(c.fatalities or 0 for c in fused.claims) == [3, 9]
    assert {c.article_id: c.reported for c in fused.claims}["c"] == dt.date(2020, 3, 2)
    (same_day,) = fuse(events, {}, PARAMS, {"a1": dt.date(2020, 3, 1), "c": dt.date(2020, 3, 1)})
    assert same_day.fatalities == 3


def test_report_dates_are_the_articles_publication_days(store):
    """Both backends: the day each article was published, articles without one left out."""
    dated = archived_article(store, "Shelling hit Saraqib on Sunday.", source="one")
    undated = archived_article(store, "Shelling hit Saraqib again.", source="two")
    store.db.execute("UPDATE articles SET published = NULL WHERE id = ?", (undated.id,))
    assert store.report_dates() == {dated.id: dt.date(2020, 3, 2)}


def test_a_rare_kind_of_attack_in_one_province_on_one_day_is_one_attack():
    """Two reports of a suicide bombing placed only at their province, with other tolls: one
    bombing; two shellings so placed, with tolls no revision explains, stay apart, and so do
    two suicide bombings in two provinces."""
    province = Location(name="Hasakeh", country="Syria", admin1="Hasakeh", geo_precision=3)
    bomb = {"location": province, "sub_event_type": "Suicide bomb", "actor1": None}
    a = make_event(fatalities=32, **bomb)
    b = make_event(id="b-1", article_id="b", fatalities=20, **bomb)
    strict = Params(threshold=0.65, max_days=1, max_km=15)
    (fused,) = fuse([a, b], {}, strict)
    assert "same rare sub-type" in fused.links[0].matched and fused.fatalities == 20
    shelling = {"sub_event_type": "Shelling/artillery/missile attack"}
    told = (a, b.model_copy(update={"fatalities": 14}))  # not a revised count of 32 either
    assert fuse([e.model_copy(update=shelling) for e in told], {}, strict) == []
    assert len(fuse(list(told), {}, strict)) == 1  # the rare kind alone joins them
    other = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
    assert fuse([a, b.model_copy(update={"location": other})], {}, strict) == []


def test_tolls_far_apart_keep_a_citys_reports_apart_even_through_a_chain():
    """A car bomb that killed 120 at a city's point and, the next day, a bomb in one of its
    quarters 4 km off that killed 6: day, place and kind link them, the tolls say two bombs.
    A third report of the quarter's bomb, with no toll, links to both and must not chain them;
    a figure of one scale (100) is the same bomb."""
    city = IDLIB.model_copy(update={"name": "Idlib", "uncertainty_km": 5.0})
    quarter = IDLIB.model_copy(update={"name": "Old quarter", "latitude": 35.900})
    bomb = {"sub_event_type": "Remote explosive/landmine/IED", "actor1": None}
    big = make_event(location=city, fatalities=120, **bomb)
    small = make_event(id="b-1", article_id="b", location=quarter, fatalities=6,
                       event_date=dt.date(2020, 3, 2), **bomb)  # fmt: skip
    strict = Params(threshold=0.65, max_days=1, max_km=15)
    assert compare(big, small, strict).score >= strict.threshold  # linked, but at odds
    assert fuse([big, small], {}, strict) == []
    untolled = small.model_copy(update={"id": "c-1", "article_id": "c", "fatalities": None})
    (fused,) = fuse([big, small, untolled], {}, strict)
    assert "b-1" in fused.event_ids and "a1-e1" not in fused.event_ids  # the chain is refused
    revised = small.model_copy(update={"fatalities": 100})
    (fused,) = fuse([big, revised], {}, strict)
    assert fused.fatalities == 100


def test_large_tolls_of_one_scale_are_one_events_revised_count():
    """Two reports of one day's air strike placed only at the province: 58 dead in the first
    hours, 86 once the rubble is cleared, are one strike; figures under twenty (12, 18) are
    too common for that, and figures more than twice apart (30, 70) are no revision."""
    province = Location(name="Idlib", country="Syria", admin1="Idlib", geo_precision=3)
    strike = {"location": province, "sub_event_type": "Air/drone strike", "actor1": None}
    strict = Params(threshold=0.65, max_days=1, max_km=15)

    def pair(first: int, second: int) -> list:
        return [make_event(fatalities=first, **strike),
                make_event(id="b-1", article_id="b", fatalities=second, **strike)]  # fmt: skip

    (fused,) = fuse(pair(58, 86), {}, strict)
    assert "tolls of one scale" in fused.links[0].matched and fused.fatalities == 58
    assert fuse(pair(12, 18), {}, strict) == []
    assert fuse(pair(30, 70), {}, strict) == []
    assert len(fuse(pair(30, 30), {}, strict)) == 1  # the same figure counts more


def test_a_province_compares_by_any_spelling_and_an_enclave_as_the_province_around_it():
    """Two gazetteers spell one governorate two ways, and the capital's governorate lies
    inside the countryside's: a gas attack told at "Al-Hasakah" and at "Al-Hasakeh", or at the
    capital's point and at "Ghouta" placed at its province, is one attack once the provinces
    are known (``Params.provinces``); unknown, the spellings stay two provinces."""
    from ceasewatch.fuse import province_key

    def at(name: str, admin1: str, **more: object) -> Location:
        return Location(name=name, country="Syria", admin1=admin1, geo_precision=3, **more)

    gas = {"sub_event_type": "Chemical weapon", "actor1": None, "fatalities": 40}
    keys = {province_key("Syria", "Al-Hasakah"): province_key("Syria", "Al-Hasakeh"),
            province_key("Syria", "Damascus"): province_key("Syria", "Rural Damascus")}  # fmt: skip
    known = Params(threshold=0.65, max_days=1, max_km=15, provinces=keys)
    unknown = Params(threshold=0.65, max_days=1, max_km=15)
    spelled = [make_event(location=at("Hasakah", "Al-Hasakah"), **gas),
               make_event(id="b-1", article_id="b", location=at("Hasakeh", "Al-Hasakeh"), **gas)]  # fmt: skip
    assert fuse(spelled, {}, unknown) == []
    assert len(fuse(spelled, {}, known)) == 1
    capital = at("Damascus", "Damascus", latitude=33.51, longitude=36.29)
    capital = capital.model_copy(update={"geo_precision": 2, "uncertainty_km": 10.0})
    enclave = [make_event(location=capital, **gas),
               make_event(id="b-1", article_id="b", location=at("Ghouta", "Rural Damascus"), **gas)]  # fmt: skip
    assert fuse(enclave, {}, unknown) == []
    (fused,) = fuse(enclave, {}, known)
    assert "same province" in fused.links[0].matched


def test_the_admin_knowledge_base_gives_each_governorate_one_key():
    from ceasewatch.archive import fuse_params
    from ceasewatch.fuse import province_key

    provinces = fuse_params().provinces
    key = province_key("Syria", "Rural Damascus")
    assert provinces[province_key("Syria", "Damascus")] == key
    assert provinces[province_key("Syria", "Rif Dimashq")] == key
    hasakeh = provinces[province_key("Syria", "Al-Hasakeh")]
    assert provinces[province_key("Syria", "Al-Hasakah")] == hasakeh != key
    assert provinces[province_key("Syria", "Idlib")] == provinces[province_key("Syria", "Idleb")]
    assert province_key("Syria", "Aleppo") in provinces  # every governorate is its own key


def test_a_vague_figure_counts_for_an_event_only_when_no_report_gives_a_precise_one():
    """One rule for a report and for an event (``tolls.precise_first``): an outlet's "dozens
    killed" (12 by the fixed rule) beside another's 40 is not the event's toll, nor does a
    later day's "dozens" update a count of 8; with only vague figures, the lowest stands.
    Extract's ``conservative`` reads one source's figures the same way."""
    from ceasewatch.extract.merging import conservative
    from ceasewatch.fuse import conservative_toll
    from ceasewatch.model import FatalityClaim, SourcedClaim

    def report(article: str, figure: int, qualifier: str | None, day: int = 1) -> SourcedClaim:
        told = FatalityClaim(count=figure, qualifier=qualifier)
        return SourcedClaim(event_id=article + "-e", article_id=article, story_id=article,
                            fatalities=figure, claims=(told,), reported=dt.date(2020, 3, day))  # fmt: skip

    assert conservative_toll([report("a", 12, "vague"), report("b", 40, "exact")]) == 40
    assert conservative_toll([report("a", 8, None), report("b", 12, "vague", day=2)]) == 8
    assert conservative_toll([report("a", 12, "vague"), report("b", 20, "vague")]) == 12
    old = SourcedClaim(event_id="c-e", article_id="c", story_id="c", fatalities=12,
                       reported=dt.date(2020, 3, 1))  # fmt: skip
    assert conservative_toll([old, report("b", 40, "exact")]) == 12  # no claims kept: precise
    dozens = FatalityClaim(count=12, qualifier="vague", claimed_by="SOHR")
    assert conservative([dozens, FatalityClaim(count=40, claimed_by="SOHR")]) == 40
    assert conservative([dozens]) == 12


def test_tolls_of_civilians_and_of_fighters_are_no_evidence_of_one_event():
    """A day's coalition strikes that killed 85 civilians and the SDF's repulse of 80 IS
    attackers nearby, both placed at the province: one sub-type, tolls of one scale, but other
    dead. Counted as civilians on both sides (or unsaid on one), the figures are evidence."""
    from ceasewatch.model import FatalityClaim

    province = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
    strike = {"location": province, "sub_event_type": "Air/drone strike", "actor1": None}
    strict = Params(threshold=0.65, max_days=1, max_km=15)

    def told(eid: str, toll: int, victims: str | None) -> Event:
        claims = (FatalityClaim(count=toll, victims=victims),)
        return make_event(id=f"{eid}-1", article_id=eid, fatalities=toll,
                          fatality_claims=claims, **strike)  # fmt: skip

    assert fuse([told("a", 85, "civilians"), told("b", 80, "fighters")], {}, strict) == []
    assert fuse([told("a", 40, "soldiers"), told("b", 40, "civilians")], {}, strict) == []
    (fused,) = fuse([told("a", 85, "civilians"), told("b", 80, "civilians")], {}, strict)
    assert "tolls of one scale" in fused.links[0].matched
    assert len(fuse([told("a", 85, "civilians"), told("b", 80, None)], {}, strict)) == 1


def test_an_undated_report_at_the_very_place_of_an_attack_joins_it():
    """An undated bomb in one district, 6 dead: the reports of one day place a bomb of 6 dead
    at the same district's point; two older attacks that killed six were placed at the city's
    centre 4 km off. The precise place pins the undated report to the day's reports, where the
    window majority of all its links (one day against two) would leave it alone; without a
    report at its place it still stays alone."""
    bomb = {"sub_event_type": "Remote explosive/landmine/IED", "actor1": None, "fatalities": 6}
    district = IDLIB.model_copy(update={"name": "Old quarter", "uncertainty_km": 1.0})
    centre = IDLIB.model_copy(update={"name": "Saraqib", "latitude": 35.900, "uncertainty_km": 5.0})
    strict = Params(threshold=0.65, max_days=1, max_km=15)
    day = make_event(id="d-1", article_id="d", location=district, **bomb)
    older = [make_event(id=f"o{n}-1", article_id=f"o{n}", location=centre,
                        event_date=dt.date(2019, 1, 1 + 10 * n), **bomb) for n in range(2)]  # fmt: skip
    undated = make_event(id="u-1", article_id="u", event_date=None, location=district, **bomb)
    (fused,) = fuse([day, *older, undated], {}, strict)
    assert set(fused.event_ids) == {"d-1", "u-1"} and "same place" in fused.links[0].matched
    elsewhere = day.model_copy(update={"location": centre.model_copy(update={"latitude": 35.90})})
    assert fuse([elsewhere, *older, undated], {}, strict) == []


def test_other_actors_with_the_same_rare_kind_are_not_at_odds():
    """A gas attack that one report blames on the army and another on the air force's ally is
    one attack told with two suspects: a rare kind of the same sub-type is a sub-type too, so
    the pair does not hold a group apart as other actors with another sub-type do."""
    from ceasewatch.fuse.group import _at_odds
    from ceasewatch.model import FusionLink

    def link(*matched: str) -> FusionLink:
        return FusionLink(event_id="b-1", to="a-1", score=0.5, days_apart=0, matched=matched)

    assert not _at_odds(link("same province", "same rare sub-type", "other actors"))
    assert not _at_odds(link("same province", "same sub-type", "other actors"))
    assert _at_odds(link("same province", "same type", "other actors"))
