"""Groups of events that are one event, and the fused record of each group.

Pairs are compared only inside blocks (same country and province, dates at most ``max_days``
apart; ``candidate_links``), so the cost grows with the events per province-day, not with the
archive squared. Pairs at or above the
threshold join groups best first; a join is refused when any pair across the two groups is
vetoed (days or km apart, other districts, incompatible types: chains of adjacent days must not
walk across a week, nor chains of nearby villages across a province), or when the group would
hold two events one report places precisely at two places.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from ceasewatch.fuse.compare import (
    MIN_TOLL,
    SAME_PLACE_KM,
    Params,
    compare,
    point,
    province,
    tolls_at_odds,
    weekday,
)
from ceasewatch.geo import km_between
from ceasewatch.model import Event, FusedEvent, FusionLink, SourcedClaim
from ceasewatch.tolls import precise, precise_first

# A join goes ahead despite pairs at odds only when more than this many pairs per pair at odds
# link well: a clear majority of the group agrees, not a tie broken by a chain's one link.
MAJORITY = 2
# Links that tell one sub-type: other actors with the same kind of attack are a suspect named
# among two, not two events; a rare kind (a suicide bombing, a gas attack) is a sub-type too
# (before, its link's label, "same rare sub-type", read as another sub-type here).
SAME_KIND = frozenset({"same sub-type", "same rare sub-type"})
# An undated report placed at the very place of dated ones (a district, a village: "same
# place", a precise point within ``compare.SAME_PLACE_KM``) is pinned to them: with no day,
# the place is the most specific evidence it gives, and its links that share only a city's
# area or a province with other attacks of its toll say less and are not counted against it
# (FA-KES: a bomb in Aleppo's Salah al-Din district, 6 dead, undated, at the place of the
# 19 April 2017 reports and only "nearby" the city-centre points of three older attacks
# that killed six). The window majority still decides among the pinned links.
PINNED = "same place"
# The label of a link whose undated report names the dated event's weekday (``compare``).
WEEKDAY_LINK = "one report undated, its weekday"
# A toll revised upwards: one attack told on its day by an early report (the first count, 5)
# and a later one (the dead found, 25) is at one place, of one sub-type, on one day; its
# tolls are far apart (``compare.ODDS``) because the later one counts more, not because
# they are two attacks. Such a pair is not at odds inside a group (``_revised``), unless the
# report with the larger figure was published before the other (a retelling that shrinks the
# toll is no revision). Other places or sub-types keep the figures at odds: the chain guard.
REVISED = frozenset({"same day", "same place"})


def candidate_links(events: Sequence[Event], params: Params) -> list[FusionLink]:
    """Every pair at or above the threshold, best first (ties by ids: stable). Only pairs of
    one block are compared: the same country, dates at most ``max_days`` apart, the same
    province (or one of the two without a province, compared with every province)."""
    blocks: dict[tuple[str, int, str], list[tuple[int, Event]]] = defaultdict(list)
    provinces: dict[tuple[str, int], set[str]] = defaultdict(set)
    for pos, event in enumerate(events):
        if event.event_date is not None and event.location is not None:
            key = _block(event, params)
            blocks[key].append((pos, event))
            provinces[key[:2]].add(key[2])
    links = []
    for (country, day, area), block in blocks.items():
        for offset in range(params.max_days + 1):
            near = (country, day + offset)
            wanted = provinces[near] if not area else {area, ""} & provinces[near]
            for other in wanted:
                pairs = _pairs(block, blocks[(*near, other)], same_day=offset == 0)
                links += [x for a, b in pairs if (x := _link(a, b, params)) is not None]
    links += undated_links(events, params)
    return sorted(links, key=lambda x: (-x.score, x.to, x.event_id))


def undated_links(events: Sequence[Event], params: Params) -> list[FusionLink]:
    """Links of events without a date to the dated events of their province that link at or
    above the threshold and lie within ``max_days`` of each other (``_one_attack``): the one
    attack the undated report can be; when the links point to several days, none of them
    clearly the most, it stays alone (which of several attacks is unknown).

    Both must give a distinctive toll (``MIN_TOLL`` or more): with no day, the toll is most
    of what ties a report to an attack. A toll of one scale counts as well as the same figure
    when several reports of the attack agree (``_one_attack``): an undated follow-up gives a
    later day's count (FA-KES: Khan Sheikhun's gas attack, 58 dead on the day, 86 undated).
    When some links put it at the very place of dated events (``PINNED``), only those count.
    Blocked by country and province."""
    dated: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if event.event_date is not None and _tolled(event):
            country, _, area = _block(event, params)
            dated[(country, area)].append(event)
    links: list[FusionLink] = []
    for event in events:
        if event.event_date is None and _tolled(event):
            country, _, area = _block(event, params)
            if area:
                found = [(d, x) for d in dated[(country, area)] if (x := _link(d, event, params))]
                found = [(d, x) for d, x in found if _on_its_weekday(event, d)]
                pinned = [(d, x) for d, x in found if PINNED in x.matched]
                links += _one_attack(pinned or found, params.max_days)
    return links


def _on_its_weekday(loose: Event, dated: Event) -> bool:
    """The dated event falls on the weekday the undated report names, or the day before (the
    day it was told, or the attack it tells of: ``compare.WEEKDAY``); any day when it names
    none."""
    named = weekday(loose)
    if named is None or dated.event_date is None:
        return True
    return (named - dated.event_date.weekday()) % 7 in (0, 1)


def _one_attack(found: list[tuple[Event, FusionLink]], max_days: int) -> list[FusionLink]:
    """The links to the dated events of the ``max_days`` window that holds most of them, when
    it holds more than ``MAJORITY`` times as many as all other days together; else none.
    Why not all within one window: an attack's later reports are often dated by their own
    publication (FA-KES: Khan Sheikhun's, told on 4 April by eight outlets, by one on the
    10th), and one mis-dated report must not leave the undated one out; but a toll that
    several attacks of a province share (6 dead, on four days in four years) ties it to none."""
    days = sorted({d.event_date.toordinal() for d, _ in found if d.event_date})
    best: list[FusionLink] = []
    for start in days:
        inside = [
            x
            for d, x in found
            if d.event_date and 0 <= d.event_date.toordinal() - start <= max_days
        ]
        best = inside if len(inside) > len(best) else best
    if len(best) <= MAJORITY * (len(found) - len(best)):
        return []
    # A figure of one scale (a revised count) ties an undated report to an attack that several
    # reports tell; to one report alone only the same figure does (a raid's 31 dead and another
    # week's massacre of 50 are of one scale too), or a figure of one scale on the weekday the
    # undated report names (``compare.WEEKDAY``: the day, not only the size, agrees)
    same = all("same toll" in x.matched or WEEKDAY_LINK in x.matched for x in best)
    return best if same or len(best) > MAJORITY else []


def _tolled(event: Event) -> bool:
    return event.location is not None and (event.fatalities or 0) >= MIN_TOLL


def _block(event: Event, params: Params) -> tuple[str, int, str]:
    loc = event.location
    country = (loc.country or "").lower() if loc else ""
    day = event.event_date.toordinal() if event.event_date else 0
    return country, day, province(loc, params)


def _pairs(
    left: list[tuple[int, Event]], right: list[tuple[int, Event]], same_day: bool
) -> Iterator[tuple[Event, Event]]:
    """Each unordered pair once: on one day, a block meets another (or itself) both ways, so
    only pairs in input order count."""
    for pos, a in left:
        for pos2, b in right:
            if not same_day or pos < pos2:
                yield a, b


def _link(a: Event, b: Event, params: Params) -> FusionLink | None:
    link = compare(a, b, params)
    return link if link is not None and link.score >= params.threshold else None


def groups(
    events: Sequence[Event], params: Params, reported: Mapping[str, dt.date] | None = None
) -> list[tuple[list[Event], list[FusionLink]]]:
    """Groups of two or more events, each with the links that joined it. ``reported`` (article
    id -> publication day) tells which of two reports is the later (``_revised``)."""
    by_id = {e.id: e for e in events}
    memo: dict[tuple[str, str], FusionLink | None] = {}

    def cached(a: Event, b: Event) -> FusionLink | None:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in memo:
            memo[key] = compare(by_id[key[0]], by_id[key[1]], params)
        return memo[key]

    group_of: dict[str, int] = {e.id: i for i, e in enumerate(events)}
    members: dict[int, list[str]] = {i: [e.id] for i, e in enumerate(events)}
    joined: dict[int, list[FusionLink]] = defaultdict(list)
    for link in candidate_links(events, params):
        ga, gb = group_of[link.to], group_of[link.event_id]
        if ga == gb or not _may_join(
            members[ga], members[gb], by_id, cached, params.threshold, reported or {}
        ):
            continue
        for eid in members[gb]:
            group_of[eid] = ga
        members[ga] += members.pop(gb)
        joined[ga] += [*joined.pop(gb, []), link]
    return [
        (sorted((by_id[i] for i in ids), key=_order), joined[g])
        for g, ids in members.items()
        if len(ids) > 1
    ]


def _may_join(
    left: list[str],
    right: list[str],
    by_id: dict[str, Event],
    compared: Callable[[Event, Event], FusionLink | None],
    threshold: float,
    reported: Mapping[str, dt.date] | None = None,
) -> bool:
    """No pair across the two groups vetoed (``compare``: too many days or km apart, other
    districts, incompatible types), more than ``MAJORITY`` times as many pairs across them
    that link (at or above ``threshold``) as pairs at odds (``_at_odds``), and no report's two
    precisely placed places in one group: a chain of good links must not join what no link
    would.

    Why a count, not a veto by any one member at odds: a large group of one attack gathers a
    few reports that name another side (a suspect named among two, a side's denial read as its
    act), and one of them must not keep every later report of the attack out. Two reports at
    odds with a third that links both still stay apart: one link against one at odds."""
    support = at_odds = 0
    for a, b in itertools.product((by_id[i] for i in left), (by_id[i] for i in right)):
        if a.article_id == b.article_id or (a.event_date is None and b.event_date is None):
            # two undated reports: no day to compare, neither for nor against; each is in the
            # group by its own links to the dated reports of the attack (``undated_links``)
            continue
        link = compared(a, b)
        if link is None:
            return False
        odds = _at_odds(link, (a.fatalities, b.fatalities), _revised(a, b, link, reported or {}))
        at_odds += odds
        support += not odds and link.score >= threshold
    if at_odds and support <= MAJORITY * at_odds:
        return False
    by_article: dict[str, list[Event]] = defaultdict(list)
    for i in left + right:
        by_article[by_id[i].article_id].append(by_id[i])
    return not any(_distinct(evs) for evs in by_article.values() if len(evs) > 1)


def _at_odds(
    link: FusionLink, tolls: tuple[int | None, int | None] = (None, None), revised: bool = False
) -> bool:
    """Told by two reports that disagree on both who and what (other resolved actors, another
    sub-type), or on how (from the air, from the ground) and how many (two tolls), or give
    tolls too far apart for one event (``compare.tolls_at_odds``): on a day of battle in one
    city, the rebels' shelling and the regime's air strikes are two events even when each
    links to a third report, and so are a bombing that killed 120 and a bomb that killed 6."""
    if "air and ground" in link.matched and None not in tolls:
        return True
    if tolls_at_odds(*tolls) and not revised:  # a revised toll is one event's (``_revised``)
        return True
    return "other actors" in link.matched and not SAME_KIND & set(link.matched)


def _revised(a: Event, b: Event, link: FusionLink, reported: Mapping[str, dt.date]) -> bool:
    """Two tolls of one attack, the larger a revision (``REVISED``): the same day, place and
    sub-type, the larger figure not published before the smaller (publication days unknown:
    not before)."""
    if not (set(link.matched) >= REVISED and SAME_KIND & set(link.matched)):
        return False
    if a.fatalities is None or b.fatalities is None or "air and ground" in link.matched:
        return False
    low, high = (a, b) if a.fatalities <= b.fatalities else (b, a)
    if low.fatalities is None or low.fatalities < MIN_TOLL:
        return False  # one or two dead: a casualty of its own, rarely a first count
    first, later = reported.get(low.article_id), reported.get(high.article_id)
    return first is None or later is None or later >= first


def _distinct(events: list[Event]) -> bool:
    """One report's events that are surely two events: both placed precisely, apart. Others
    may join one group: a headline and the body often tell one attack at two places ("Aleppo",
    then its district), which extract keeps apart."""
    points = [p for e in events if e.location and (p := point(e.location)) is not None]
    return any(km_between(*a, *b) > SAME_PLACE_KM for a, b in itertools.combinations(points, 2))


def _precise(claim: SourcedClaim) -> bool:
    """The report's figure rests on a precise count: some claim of it is one, or the report
    keeps no claims to tell (a record fused before claims were kept)."""
    counted = [c for c in claim.claims if c.count is not None]
    return not counted or any(precise(c) for c in counted)


def _order(event: Event) -> tuple[str, str]:
    return (event.event_date.isoformat() if event.event_date else "", event.id)


def fused_id(members: Iterable[Event]) -> str:
    """From the group's smallest member id: stable while that event stays in the group, and
    the same whichever order the events were fused in."""
    first = min(e.id for e in members)
    return "fu-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]


def fused_event(
    members: Sequence[Event],
    links: Sequence[FusionLink],
    story_ids: dict[str, str],
    reported: Mapping[str, dt.date] | None = None,
) -> FusedEvent:
    """The group's record: every report as a source, claims side by side, the most precise
    place, the commonest type, the conservative toll (``conservative_toll``)."""
    claims = tuple(
        SourcedClaim(
            event_id=e.id,
            article_id=e.article_id,
            story_id=story_ids.get(e.article_id, e.article_id),
            fatalities=e.fatalities,
            claims=e.fatality_claims,
            reported=(reported or {}).get(e.article_id),
        )
        for e in members
    )
    sub = Counter(e.sub_event_type for e in members).most_common(1)[0][0]
    typed = next(e for e in members if e.sub_event_type == sub)
    return FusedEvent(
        id=fused_id(members),
        event_ids=tuple(e.id for e in members),
        sources=tuple(dict.fromkeys(e.article_id for e in members)),
        corroboration=len({c.story_id for c in claims}),
        event_date=min(e.event_date for e in members if e.event_date),
        event_type=typed.event_type,
        sub_event_type=sub,
        location=min(
            (e.location for e in members if e.location),
            key=lambda loc: (loc.geo_precision or 3, loc.uncertainty_km or 0.0),
            default=None,
        ),
        fatalities=conservative_toll(claims),
        claims=claims,
        links=tuple(links),
    )


def conservative_toll(claims: Sequence[SourcedClaim]) -> int | None:
    """The lowest figure the reports of one day give; a later day's reports that give a higher
    lowest figure update it (an upstream aggregate: "the toll rose to 40"); None when no report
    gives a figure. Reports without a publication day count as the earliest.

    Why the lowest of one day: it is ACLED's rule for conflicting reports (its codebook codes
    the most conservative figure), and the tolls of one attack told at one time differ mostly
    because some outlets count the wounded, the missing or a side's claim of the enemy's dead,
    which a dataset of deaths must not add. Why a later day's figure updates it: ACLED revises
    a toll when later reports give one (the dead are found, the wounded die), and a later
    report's cumulative figure is that revision; but a later report's lower figure (a partial
    retelling, "three of the dead were children") never lowers it. Every figure stays in
    ``claims``, side by side, for a reader to weigh. Counted per story: a syndicated copy
    repeats its story's figure, never adds a claim.

    A report's vague figure ("dozens killed", 12 by the fixed rule) counts only when no report
    of the event gives a precise one (``tolls.precise_first``, the rule a report's own figure
    follows per source): beside another outlet's 40, or as a later day's "update" of 8,
    it would pass a guess off as the count."""
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for claim in precise_first([c for c in claims if c.fatalities is not None], _precise):
        by_day[claim.reported or dt.date.min].append(claim.fatalities or 0)
    return max((min(figures) for figures in by_day.values()), default=None)


__all__ = [
    "candidate_links",
    "conservative_toll",
    "fused_event",
    "fused_id",
    "groups",
    "undated_links",
]
