"""An agreement's status moves only inside its validity window, and reads as sentences."""

from __future__ import annotations

from ceasewatch.assess import assess, assess_agreement
from ceasewatch.assess.parties import PartyResolver
from ceasewatch.assess.status import describe_basis
from ceasewatch.model import StatusBasis
from tests.test_assess import KB, TRUCE, D, event, loc

# A hand-made truce that ended on 30 June 2020, replaced the next day by another one.
SHORT = TRUCE.model_copy(
    update={"id": "short-truce", "valid_to": D(2020, 6, 30), "countries": ("NL",)}
)
NEXT = TRUCE.model_copy(
    update={
        "id": "next-truce",
        "name": "Second Norland truce",
        "valid_from": D(2020, 7, 1),
        "valid_to": None,
        "countries": ("NL",),
    }
)


def _offensive(day: D) -> list:  # type: ignore[type-arg]
    """Four deadly clashes between bound parties in four places: a collapse, if in force."""
    return [event(on=day, where=loc(lat=10.2 + i / 10), dead=4) for i in range(4)]


def test_events_after_the_end_never_move_the_status_and_it_says_it_ended() -> None:
    calm = event("nor-army", "dawn-council", on=D(2020, 6, 20))  # permitted: holding
    late = _offensive(D(2020, 9, 1))  # after the end: must not count
    [short] = [a for a in assess([calm, *late], [], [SHORT, NEXT], KB) if a.id == SHORT.id]
    assert short.status == "holding"
    assert short.status_date is not None and short.status_date <= SHORT.valid_to  # type: ignore[operator]
    assert all(p.date <= D(2020, 6, 30) for p in short.timeline)
    assert {v.event_id for v in short.verdicts} == {calm.id}
    last = short.timeline[-1].reason
    assert last.startswith("Ended on 2020-06-30, replaced by the Second Norland truce")
    # The successor collects the late offensive instead.
    [following] = [a for a in assess([calm, *late], [], [SHORT, NEXT], KB) if a.id == NEXT.id]
    assert following.status == "collapsed"
    assert "Ended on" not in following.timeline[-1].reason


def test_as_of_inside_the_window_does_not_say_it_ended() -> None:
    calm = event("nor-army", "dawn-council", on=D(2020, 6, 20))
    result = assess_agreement(SHORT, [calm], [], PartyResolver(KB), D(2020, 6, 25))
    assert result.status_date == D(2020, 6, 25)
    assert "Ended on" not in result.timeline[-1].reason
    ended = assess_agreement(SHORT, [calm], [], PartyResolver(KB), D(2021, 1, 1))
    assert ended.status_date == D(2020, 6, 30)
    assert ended.timeline[-1].reason.startswith("Ended on 2020-06-30 (")


def test_a_status_reason_is_plain_sentences_keeping_the_numbers() -> None:
    calm = event("nor-army", "dawn-council", on=D(2020, 6, 20))
    [point] = assess_agreement(SHORT, [calm], [], PartyResolver(KB), D(2020, 6, 20)).timeline
    assert "Holding: no breach among 1 event in scope in the 14 days" in point.reason
    assert "score 0, below 2" in point.reason
    for trace in ("breach(es)", "event(s)", "place(s)", "actor(s)", "baseline "):
        assert trace not in point.reason
    collapsed = assess_agreement(SHORT, _offensive(D(2020, 5, 10)), [], PartyResolver(KB))
    reason = collapsed.timeline[-1].reason
    assert "Collapsed: 4 breaches in 4 places by 2 bound parties" in reason


def test_the_basis_counts_agree_in_number() -> None:
    one = StatusBasis(in_scope=1, violations=1, sources=1, breach_sources=1, one_source=True)
    assert describe_basis(one) == "1 event in scope, 1 breach, 0% undetermined, from one source"
    many = StatusBasis(in_scope=3, violations=0, undetermined=3, undetermined_share=1.0, sources=2)
    assert describe_basis(many) == (
        "3 events in scope, 0 breaches, 100% undetermined, from 2 sources"
    )


def test_verdict_reasons_name_actors_not_ids() -> None:
    clash = event("red-front", "nor-army", on=D(2020, 6, 20))
    [result] = assess([clash], [], [SHORT], KB)
    [verdict] = result.verdicts
    assert verdict.verdict == "violation"
    assert "Red Front" in verdict.reason and "Nor Army" in verdict.reason
    assert "(red-front)" not in verdict.reason and "(nor-army)" not in verdict.reason
    assert any("(red-front)" in step for step in verdict.trail)  # the trail keeps the ids


def test_an_unplaced_event_no_bound_party_fought_is_outside_the_agreement() -> None:
    """A country-level clash between unbound actors cannot move a zone's status."""
    from ceasewatch.model import Location

    nowhere = Location(name="somewhere", reason="not in gazetteer")
    unbound = event("blue-brigade", "dawn-council", on=D(2020, 8, 1), where=nowhere)
    bound = event("red-front", "nor-army", on=D(2020, 3, 1), where=nowhere)
    result = assess_agreement(TRUCE, [unbound, bound], [], PartyResolver(KB), D(2020, 8, 31))
    kinds = {v.event_id: v.verdict for v in result.verdicts}
    assert kinds == {unbound.id: "outside-scope", bound.id: "undetermined"}
    assert all(p.date < D(2020, 8, 1) for p in result.timeline[:-1])
    assert result.basis is not None and result.basis.in_scope == 0  # August: nothing in scope
