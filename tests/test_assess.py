"""Issue 5: verdicts and status, on a fictional conflict (Norland) built by hand.

Norland's truce binds the army (and the militia under its command) and the rebels of the
Liberation Coalition; groups listed by the UN Security Council are excluded. The Dawn Front was
listed in 2015 and renamed Dawn Council in 2019: the listing follows the renaming.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from ceasewatch.assess import assess, assess_agreement
from ceasewatch.assess.parties import PartyResolver
from ceasewatch.knowledge import ActorKB
from ceasewatch.model import (
    Actor,
    ActorRef,
    Agreement,
    AgreementMention,
    Designation,
    Event,
    Location,
    Membership,
    PartyRule,
    Renaming,
    ZoneVersion,
)
from ceasewatch.settings import setting

SRC = ("https://example.org/norland",)
D = dt.date
MARCH_1 = D(2020, 3, 1)


def _actor(id: str, type: str = "rebel group", inter: int = 2, **kw: object) -> Actor:
    return Actor(
        id=id, name=id.replace("-", " ").title(), type=type, inter=inter, sources=SRC, **kw
    )  # type: ignore[arg-type]


KB = ActorKB(
    [
        _actor("nor-army", "state forces", 1, side="government"),
        _actor(
            "hill-militia",
            "political militia",
            3,
            memberships=(Membership(parent="nor-army", start=D(2019, 1, 1)),),
        ),
        _actor("red-front", side="opposition"),
        _actor("lib-coalition", side="opposition"),
        _actor(
            "blue-brigade",
            memberships=(
                Membership(parent="lib-coalition", start=D(2019, 6, 1), end=D(2020, 6, 30)),
            ),
        ),
        _actor(
            "dawn-front",
            side="jihadist",
            renamings=(Renaming(successor="dawn-council", date=D(2019, 3, 1)),),
            designations=(Designation(authority="UNSC", start=D(2015, 1, 1)),),
        ),
        _actor("dawn-council", side="jihadist"),
        _actor("harbour-guard", "external/other forces", 8),
        _actor("townsfolk", "civilians", 7),
        _actor("gunmen", generic=True),
    ]
)

# A square zone of about 110 x 110 km; its northern quarter is a partial unit.
SQUARE = {
    "type": "Polygon",
    "coordinates": [[[20.0, 10.0], [21.0, 10.0], [21.0, 10.75], [20.0, 10.75], [20.0, 10.0]]],
}
NORTH = {
    "type": "Polygon",
    "coordinates": [[[20.0, 10.75], [21.0, 10.75], [21.0, 11.0], [20.0, 11.0], [20.0, 10.75]]],
}
TRUCE = Agreement(
    id="norland-truce",
    name="Norland truce",
    kind="ceasefire",
    aliases=("Lakeside ceasefire",),
    guarantors=("Utopia", "Erewhon"),
    parties=(
        PartyRule(rules=("side:government",), description="the army and its allies"),
        PartyRule(rules=("side:opposition",), description="the coalition"),
    ),
    excluded=PartyRule(rules=("designated:UNSC",)),
    zones=(
        ZoneVersion(
            valid_from=D(2020, 1, 1),
            geometry=SQUARE,
            partial_geometry=NORTH,
            partial_units=("NL0101",),
            description="Lakeside province",
        ),
    ),
    valid_from=D(2020, 1, 1),
    valid_to=D(2020, 12, 31),
    conduct=("hostilities", "attacks on civilians"),
    sources=SRC,
)
_ids = itertools.count()


def ref(actor_id: str | None, name: str | None = None) -> ActorRef:
    return ActorRef(name=name or actor_id or "someone", id=actor_id)


def loc(lat: float = 10.4, lon: float = 20.5, precision: int = 1, **kw: object) -> Location:
    fields: dict[str, object] = {"name": f"village {lat},{lon}", **kw}
    return Location(latitude=lat, longitude=lon, geo_precision=precision, **fields)  # type: ignore[arg-type]


def event(
    a1: str | None = "red-front",
    a2: str | None = "nor-army",
    *,
    on: dt.date | None = MARCH_1,
    where: Location | None = None,
    assoc1: tuple[str, ...] = (),
    assoc2: tuple[str, ...] = (),
    sub: str = "Armed clash",
    dead: int | None = None,
    precision: int = 1,
) -> Event:
    return Event(
        id=f"ev{next(_ids)}",
        article_id="art1",
        event_date=on,
        time_precision=precision,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type=sub,
        actor1=ref(a1) if a1 is not None else None,
        actor2=ref(a2) if a2 is not None else None,
        assoc_actors1=tuple(ref(a) for a in assoc1),
        assoc_actors2=tuple(ref(a) for a in assoc2),
        location=where if where is not None else loc(),
        fatalities=dead,
    )


def verdict(ev: Event, agreement: Agreement = TRUCE) -> tuple[str, str]:
    result = assess_agreement(agreement, [ev], [], PartyResolver(KB))
    v = result.verdicts[0]
    return v.verdict, v.reason


# --- verdicts -------------------------------------------------------------------------------


def test_bound_party_against_bound_party_inside_is_a_violation() -> None:
    kind, reason = verdict(event("red-front", "nor-army"))
    assert kind == "violation"
    assert "Red Front" in reason


def test_member_of_a_bound_command_is_bound_through_membership() -> None:
    assert verdict(event("hill-militia", "red-front"))[0] == "violation"


def test_membership_counts_only_while_it_lasts() -> None:
    assert verdict(event("blue-brigade", "nor-army", on=D(2020, 3, 1)))[0] == "violation"
    kind, reason = verdict(event("blue-brigade", "nor-army", on=D(2020, 8, 1)))
    assert kind == "outside-scope"
    assert "unbound" in reason


def test_action_against_an_excluded_group_is_permitted_through_its_renaming() -> None:
    kind, reason = verdict(event("nor-army", "dawn-council"))
    assert kind == "permitted"
    assert "Dawn Council" in reason


def test_designation_follows_renaming_only_after_it_happened() -> None:
    # The rule `designated:UNSC` is answered by the actor KB (PartyResolver delegates to it).
    assert KB.designated("dawn-council", "UNSC", D(2020, 1, 1))
    assert not KB.designated("dawn-council", "UNSC", D(2019, 1, 1))
    assert not KB.designated("red-front", "UNSC", D(2020, 1, 1))


def test_bound_party_alongside_excluded_against_bound_is_joint_operation() -> None:
    ev = event("red-front", "nor-army", assoc1=("dawn-council",))
    kind, reason = verdict(ev)
    assert kind == "joint-operation-with-excluded"
    assert "Dawn Council" in reason and "Nor Army" in reason


def test_excluded_group_leading_with_bound_partners_is_joint_operation() -> None:
    ev = event("dawn-council", "nor-army", assoc1=("red-front",))
    assert verdict(ev)[0] == "joint-operation-with-excluded"


def test_attack_on_civilians_by_bound_party_is_a_violation() -> None:
    ev = event("nor-army", "townsfolk", sub="Attack")
    assert verdict(ev)[0] == "violation"


@pytest.mark.parametrize(
    ("ev", "words"),
    [
        (event(where=loc(lat=12.0)), "outside the zone"),
        (event(on=D(2019, 6, 1)), "not in force"),
        (event(on=D(2021, 2, 1)), "not in force"),
        (event(sub="Peaceful protest"), "conduct not covered"),
        (event("harbour-guard", "red-front"), "no bound party"),
        (event("red-front", "lib-coalition"), "same bound party"),
        (event("dawn-council", "dawn-front", on=D(2019, 2, 1)), "not in force"),
    ],
)
def test_outside_scope(ev: Event, words: str) -> None:
    kind, reason = verdict(ev)
    assert kind == "outside-scope"
    assert words in reason


@pytest.mark.parametrize(
    ("ev", "words"),
    [
        (event(on=None), "no date"),
        (event(where=Location(name="somewhere", reason="not in gazetteer")), "no coordinates"),
        (event(where=loc(precision=3)), "geo_precision 3"),
        # 1 km inside the southern edge with the 10 km default radius of precision 2
        (event(where=loc(lat=10.009, precision=2)), "across the zone edge"),
        (event(where=loc(lat=9.99, uncertainty_km=5.0)), "across the zone edge"),
        (event(where=loc(lat=10.8)), "only in part (NL0101)"),
        (event(where=loc(lat=10.70, lon=20.99, uncertainty_km=8.0)), "beyond the zone's outer"),
        (event(None, "nor-army"), "no actor"),
        (event("red-front", None), "no target"),
        (
            event(None, "nor-army").model_copy(update={"actor1": ref(None, "fighters")}),
            "not resolved",
        ),
        (event("gunmen", "nor-army"), "generic"),
        (event("red-front", "nor-army", on=D(2019, 12, 30), precision=2), "±3 days"),
    ],
)
def test_undetermined_says_why(ev: Event, words: str) -> None:
    kind, reason = verdict(ev)
    assert kind == "undetermined"
    assert words in reason


def test_undetermined_place_keeps_what_the_actors_would_mean() -> None:
    result = assess_agreement(TRUCE, [event(where=loc(lat=10.8))], [], PartyResolver(KB))
    assert any(step.startswith("if it were inside: violation") for step in result.verdicts[0].trail)


def test_disk_reaching_from_full_units_into_partial_ones_only_is_inside() -> None:
    kind, _ = verdict(event(where=loc(lat=10.70, uncertainty_km=8.0)))
    assert kind == "violation"
    result = assess_agreement(
        TRUCE, [event(where=loc(lat=10.70, uncertainty_km=8.0))], [], PartyResolver(KB)
    )
    assert any("in the fully covered units" in step for step in result.verdicts[0].trail)


def test_precise_point_deep_inside_is_inside_even_with_a_radius() -> None:
    assert verdict(event(where=loc(lat=10.4, precision=3, uncertainty_km=20.0)))[0] == "violation"


def test_edge_uncertainty_of_an_approximate_zone_widens_the_undetermined_band() -> None:
    approx = TRUCE.model_copy(
        update={"zones": (TRUCE.zones[0].model_copy(update={"edge_km": 5.0}),)}
    )
    ev = event(where=loc(lat=10.04, uncertainty_km=1.0))  # 4.4 km inside
    assert verdict(ev)[0] == "violation"
    assert verdict(ev, approx)[0] == "undetermined"


def test_agreement_without_zone_has_no_geographic_limit() -> None:
    nationwide = TRUCE.model_copy(update={"zones": ()})
    assert verdict(event(where=loc(lat=40.0)), nationwide)[0] == "violation"


# --- status ---------------------------------------------------------------------------------


def _status(events: list[Event], as_of: dt.date | None = None) -> tuple[str, list[tuple[str, str]]]:
    result = assess_agreement(TRUCE, events, [], PartyResolver(KB), as_of)
    return result.status, [(str(p.date), p.status) for p in result.timeline]


def test_no_breach_is_holding() -> None:
    status, points = _status([event("nor-army", "dawn-council")])
    assert status == "holding"
    # The series starts with the first evidence (1 March), not the agreement's first day.
    assert points[0] == ("2020-03-01", "holding")


def test_one_deadly_violation_strains_and_quiet_restores() -> None:
    v = event(on=D(2020, 3, 1), dead=3)
    status, points = _status([v], as_of=D(2020, 3, 5))
    assert status == "strained"
    assert ("2020-03-01", "strained") in points
    # Two weeks later nothing is in scope any more: no evidence, not "holding".
    status, points = _status([v], as_of=D(2020, 4, 1))
    assert status == "no evidence"
    assert points[-2:] == [("2020-03-15", "no evidence"), ("2020-04-01", "no evidence")]


def test_wide_deadly_offensive_collapses_with_its_events_as_evidence() -> None:
    day = D(2020, 5, 10)
    breaches = [
        event("red-front", "nor-army", on=day, where=loc(lat=10.2 + i / 10), dead=4)
        for i in range(4)
    ]
    joint = event("red-front", "nor-army", on=day, assoc1=("dawn-council",), where=loc(lon=20.8))
    permitted = event("nor-army", "dawn-council", on=day)
    result = assess_agreement(TRUCE, [*breaches, joint, permitted], [], PartyResolver(KB))
    assert result.status == "collapsed"
    collapse = next(p for p in result.timeline if p.status == "collapsed")
    assert collapse.date == day
    assert set(collapse.evidence) == {e.id for e in [*breaches, joint]}
    assert permitted.id not in collapse.evidence


def test_deadly_incidents_in_one_place_strain_but_do_not_collapse() -> None:
    same_place = [event(on=D(2020, 5, 10), dead=50) for _ in range(3)]
    assert _status(same_place)[0] == "strained"


def test_a_place_and_the_same_place_qualified_by_near_are_one_front() -> None:
    town = {"name": "Town", "place_id": "geonames:1"}
    at_town = loc(10.4, 20.5, **town)
    near_town = loc(10.4, 20.5, precision=2, qualifier="near", **town)
    other = loc(10.6, 20.7, name="Other", place_id="geonames:2")
    events = [event(on=D(2020, 5, 10), dead=50, where=w) for w in (at_town, near_town, other)]
    status, _ = _status(events)
    assert status == "strained"  # two fronts, not the three a collapse needs
    # an unknown village standing in for by its neighbour's entry (no qualifier) stays its own
    village = loc(10.5, 20.6, precision=2, name="Hamlet", place_id="geonames:1")
    assert (
        _status(
            [*events[:1], *[event(on=D(2020, 5, 10), dead=50, where=w) for w in (village, other)]]
        )[0]
        == "collapsed"
    )


def test_baseline_raises_the_bar_for_a_zone_that_was_a_battlefield() -> None:
    offensive = [
        event("red-front", "nor-army", on=D(2020, 5, 10), where=loc(lat=10.2 + i / 10), dead=4)
        for i in range(4)
    ]
    before = [
        event(
            "red-front",
            "nor-army",
            on=D(2019, 12, 31) - dt.timedelta(days=d),
            where=loc(lat=10.2 + (d % 5) / 10),
            dead=20,
        )
        for d in range(0, 88, 2)
    ]
    assert _status(offensive)[0] == "collapsed"
    status, _ = _status([*before, *offensive])
    assert status == "strained"


def test_status_ignores_what_reports_claim() -> None:
    mention = AgreementMention(
        article_id="art1",
        text="The Lakeside ceasefire has collapsed, the outlet says.",
        name="Lakeside ceasefire",
        status_claim="collapsed",
        claimed_by="Lakeside Herald",
    )
    [result] = assess([event("nor-army", "dawn-council")], [mention], [TRUCE], KB)
    assert result.status == "holding"
    assert result.claims[0].claimed_by == "Lakeside Herald"
    assert result.claims[0].status == "collapsed"
    assert result.mentions[0].linked_agreement == "norland-truce"


# --- linking and proposals -----------------------------------------------------------------


def test_mention_links_by_place_kind_and_guarantors() -> None:
    mention = AgreementMention(
        article_id="art1",
        text="A ceasefire in Lakeside province was agreed by Utopia and Erewhon.",
        kind="ceasefire",
        place="Lakeside province",
        guarantors=(ActorRef(name="Utopia"), ActorRef(name="Erewhon")),
    )
    [result] = assess([event()], [mention], [TRUCE], KB)
    assert result.id == "norland-truce"
    assert not result.proposed


def test_agreements_not_in_force_and_not_mentioned_are_left_out() -> None:
    assert assess([event(on=D(2019, 5, 1))], [], [TRUCE], KB) == []


def test_assess_thresholds_live_in_the_one_settings_table() -> None:
    from ceasewatch.settings import SETTINGS

    names = {s.name for s in SETTINGS}
    assert {"assess.window_days", "assess.collapsed_score", "assess.core_share_min"} <= names
    assert setting("assess.window_days") > 0


# --- CLI: the stage is pure, the command does the I/O --------------------------------------


class FakeStore:
    """The part of the Store protocol the assess command uses."""

    def __init__(self, events: list[Event], mentions: list[AgreementMention]) -> None:
        self._events, self._mentions = events, mentions
        self.saved: list[object] = []
        self.queries: list[object] = []

    def events(self, query: object) -> list[Event]:
        self.queries.append(query)
        start, end = getattr(query, "start", None), getattr(query, "end", None)
        return [
            e
            for e in self._events
            if e.event_date is not None
            and (start is None or e.event_date >= start)
            and (end is None or e.event_date <= end)
        ]

    def agreement_mentions(self, article_id: str | None = None) -> list[AgreementMention]:
        return self._mentions

    def save_assessments(self, assessments: object) -> None:
        self.saved.append(assessments)

    def user_agreements(self) -> list[Agreement]:
        return []

    def close(self) -> None:
        pass


def test_assess_archived_reads_the_baseline_period_and_filters_shown_verdicts() -> None:
    from ceasewatch.cli.agreements import assess_archived, verdict_rows

    early, late = event(on=D(2020, 2, 1)), event(on=D(2020, 4, 1), dead=2)
    store = FakeStore([early, late], [])
    result = assess_archived(store, "norland-truce", KB, [TRUCE], start=D(2020, 3, 1))  # type: ignore[arg-type]
    assert store.queries[0].start == D(2019, 10, 3)  # type: ignore[attr-defined]
    assert [v.event_id for v in result.verdicts] == [late.id]
    assert result.status == "strained"
    [row] = verdict_rows(result, [late])
    assert row["verdict"] == "violation" and row["event_date"] == "2020-04-01"


def test_assess_archived_names_the_known_agreements_when_asked_for_another() -> None:
    from ceasewatch.cli.agreements import assess_archived
    from ceasewatch.errors import NotFoundError

    with pytest.raises(NotFoundError, match="known: norland-truce"):
        assess_archived(FakeStore([], []), "nowhere-truce", KB, [TRUCE])  # type: ignore[arg-type]


def test_assess_command_prints_csv_and_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import ceasewatch.cli.agreements as cli_module
    import ceasewatch.store as store_module
    from ceasewatch.cli import main

    store = FakeStore([event(on=D(2020, 4, 1))], [])
    monkeypatch.setattr(store_module, "open_store", lambda path=None: store)
    monkeypatch.setattr(cli_module, "load_actors", lambda dirs: KB)
    monkeypatch.setattr(cli_module, "load_agreements", lambda actors, dirs: [TRUCE])
    result = CliRunner().invoke(main, ["assess", "norland-truce", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("agreement_id,event_id,event_date")
    assert ",violation," in lines[1]
    assert len(store.saved) == 1
    result = CliRunner().invoke(main, ["assess", "nowhere", "--format", "json"])
    assert result.exit_code == 1 and "known: norland-truce" in result.output


def test_agreements_command_lists_the_shipped_ones_without_geometry() -> None:
    import json

    from click.testing import CliRunner

    from ceasewatch.cli import main

    result = CliRunner().invoke(main, ["agreements", "--json"])
    assert result.exit_code == 0, result.output
    data = {a["id"]: a for a in json.loads(result.output)}
    idlib = data["astana-idlib-de-escalation-zone"]
    assert idlib["guarantors"] == ["Russia", "Iran", "Turkey"]
    assert "geometry" not in idlib["zones"][0] and "SY07" in idlib["zones"][0]["admin_units"]


# --- the seed, end to end (depends on extract, resolve and geocode) ---------------------------


@pytest.fixture(scope="module")
def seed_idlib(seed_path: object, resources: object) -> tuple[object, object]:
    from ceasewatch.pipeline import Resources, analyze

    assert isinstance(resources, Resources)
    analysis = analyze([str(seed_path)], resources)
    [idlib] = [a for a in analysis.agreements if a.id == "astana-idlib-de-escalation-zone"]
    return analysis, idlib


def test_seed_recognises_the_idlib_zone_and_keeps_the_outlets_claim(
    seed_idlib: tuple[object, object],
) -> None:
    from ceasewatch.model import Analysis, Assessment

    analysis, idlib = seed_idlib
    assert isinstance(analysis, Analysis) and isinstance(idlib, Assessment)
    assert not idlib.proposed
    assert any(m.linked_agreement == idlib.id for m in idlib.mentions)
    [claim] = idlib.claims
    assert claim.status == "collapsed" and "collapsed" in claim.text
    assert claim.claimed_by  # the outlet, never ceasewatch
    kinds = {v.verdict for v in idlib.verdicts}
    assert {"violation", "permitted"} <= kinds
    events = {e.id: e for e in analysis.events}
    for v in idlib.verdicts:
        e = events[v.event_id]
        if e.event_date is None or e.location is None or e.location.latitude is None:
            assert v.verdict == "undetermined"
    # The status comes from breaches only: every piece of evidence is a breach verdict.
    breaches = {v.event_id for v in idlib.verdicts if v.verdict in BREACH_KINDS}
    for point in idlib.timeline:
        assert set(point.evidence) <= breaches


def test_seed_offensive_with_hts_collapses_the_zone(seed_idlib: tuple[object, object]) -> None:
    from ceasewatch.model import Assessment

    idlib = seed_idlib[1]
    assert isinstance(idlib, Assessment)
    joint = {v.event_id for v in idlib.verdicts if v.verdict == "joint-operation-with-excluded"}
    assert joint
    assert idlib.status == "collapsed" and idlib.status_date == D(2018, 1, 11)
    # One outlet's report carries the collapse, and the status says so.
    assert idlib.basis is not None and idlib.basis.one_source
    assert "one source" in idlib.timeline[-1].reason
    collapse = next(p for p in idlib.timeline if p.status == "collapsed")
    assert joint <= set(collapse.evidence)


BREACH_KINDS = ("violation", "joint-operation-with-excluded")


def test_window_at_the_start_of_time_does_not_overflow() -> None:
    # Regression: a proposed agreement read from an undated report starts at date.min.
    from ceasewatch.assess.status import window_score

    assert window_score([], dt.date.min).score == 0


def test_assess_command_prints_the_weekly_series(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    import ceasewatch.cli.agreements as cli_module
    import ceasewatch.store as store_module
    from ceasewatch.cli import main

    store = FakeStore([event(on=D(2020, 4, 1), dead=3), event(on=D(2020, 5, 20), dead=3)], [])
    monkeypatch.setattr(store_module, "open_store", lambda path=None: store)
    monkeypatch.setattr(cli_module, "load_actors", lambda dirs: KB)
    monkeypatch.setattr(cli_module, "load_agreements", lambda actors, dirs: [TRUCE])
    result = CliRunner().invoke(
        main, ["assess", "norland-truce", "--by", "week", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["date"] == "2020-04-01" and rows[0]["status"] == "strained"
    assert rows[0]["sources"] == "one source"
    assert rows[1]["status"] == "strained"  # still in the 14-day window
    assert {r["status"] for r in rows[2:-1]} == {"no evidence"}
    assert rows[-1]["date"] == "2020-05-20" and rows[-1]["status"] == "strained"
    assert [r["date"] for r in rows[:2]] == ["2020-04-01", "2020-04-08"]
