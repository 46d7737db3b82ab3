"""Issue 10: a status beside its evidence (no evidence, not assessable, one source, claims)."""

from __future__ import annotations

from ceasewatch.assess import assess, assess_agreement
from ceasewatch.assess.parties import PartyResolver
from ceasewatch.model import AgreementMention, Location
from tests.test_assess import KB, TRUCE, D, event, loc


def test_mentioned_agreement_with_nothing_in_scope_has_no_evidence() -> None:
    mention = AgreementMention(article_id="art1", text="The Norland truce", name="Norland truce")
    far = event(where=loc(lat=40.0))  # far outside the zone: never judged
    [result] = assess([far], [mention], [TRUCE], KB)
    assert result.status == "no evidence"
    assert result.verdicts == () and result.timeline == ()
    assert result.basis is not None and result.basis.in_scope == 0


def test_mostly_undetermined_events_make_the_status_not_assessable() -> None:
    nowhere = Location(name="somewhere", reason="not in gazetteer")
    events = [event(where=nowhere, on=D(2020, 3, 1)) for _ in range(3)]
    events.append(event("nor-army", "dawn-council", on=D(2020, 3, 1)))  # permitted
    result = assess_agreement(TRUCE, events, [], PartyResolver(KB))
    assert result.status == "not assessable"
    assert result.basis is not None
    assert result.basis.undetermined == 3 and result.basis.undetermined_share == 0.75
    assert "3 of 4 events in scope are undetermined" in result.timeline[-1].reason


def test_a_collapse_stands_however_many_events_are_undetermined() -> None:
    day = D(2020, 5, 10)
    breaches = [event(on=day, where=loc(lat=10.2 + i / 10), dead=4) for i in range(4)]
    nowhere = [event(on=day, where=Location(name="x", reason="unknown")) for _ in range(9)]
    result = assess_agreement(TRUCE, [*breaches, *nowhere], [], PartyResolver(KB))
    assert result.status == "collapsed"
    assert result.basis is not None and result.basis.undetermined_share > 0.5


def test_sources_are_stories_and_a_single_one_is_said() -> None:
    day = D(2020, 5, 10)
    a = event(on=day, dead=3).model_copy(update={"article_id": "copy-a"})
    b = event(on=day, dead=3).model_copy(update={"article_id": "copy-b"})
    stories = {"copy-a": "story-1", "copy-b": "story-1"}
    one = assess_agreement(TRUCE, [a, b], [], PartyResolver(KB), stories=stories)
    assert one.basis is not None and one.basis.sources == 1 and one.basis.one_source
    assert "one source" in one.timeline[-1].reason
    two = assess_agreement(TRUCE, [a, b], [], PartyResolver(KB))
    assert two.basis is not None and two.basis.sources == 2 and not two.basis.one_source


def test_claims_contradicting_the_status_are_counted() -> None:
    mention = AgreementMention(
        article_id="art9",
        text="The Lakeside ceasefire has collapsed.",
        name="Lakeside ceasefire",
        status_claim="collapsed",
    )
    [result] = assess([event("nor-army", "dawn-council")], [mention], [TRUCE], KB)
    assert result.status == "holding"
    assert result.basis is not None and result.basis.contradicting_claims == 1


def test_the_series_never_starts_before_the_first_evidence() -> None:
    result = assess_agreement(TRUCE, [event(on=D(2020, 6, 1))], [], PartyResolver(KB))
    assert result.timeline[0].date == D(2020, 6, 1)
    assert all(p.basis is not None for p in result.timeline)


def test_weekly_series_over_years_reads_every_change() -> None:
    from ceasewatch.assess.status import series

    long_truce = TRUCE.model_copy(update={"valid_to": D(2023, 12, 31)})
    events = [
        event("nor-army", "dawn-council", on=D(2020, 3, 2)),  # permitted: holding
        *[event(on=D(2021, 6, 1), where=loc(lat=10.2 + i / 10), dead=4) for i in range(4)],
        event("nor-army", "dawn-council", on=D(2022, 9, 5)),
    ]
    result = assess_agreement(long_truce, events, [], PartyResolver(KB), D(2022, 12, 31))
    weeks = series(result.timeline, 7, result.status_date)
    assert weeks[0].date == D(2020, 3, 2)  # the first evidence, not the agreement's start
    by_day = {p.date: p.status for p in weeks}
    assert by_day[D(2020, 3, 2)] == "holding"
    assert by_day[D(2020, 3, 23)] == "no evidence"  # two weeks of silence
    # Weeks are sampled on Mondays (the first evidence was one); the offensive was a Tuesday.
    assert by_day[D(2021, 5, 31)] == "no evidence"
    [collapse_week] = [p for p in weeks if p.date == D(2021, 6, 7)]
    assert collapse_week.status == "collapsed" and "since 2021-06-01" in collapse_week.reason
    assert all((p.status == "no evidence") == (p.basis.in_scope == 0) for p in weeks if p.basis)
    assert len(weeks) == 1 + (D(2022, 12, 31) - D(2020, 3, 2)).days // 7
