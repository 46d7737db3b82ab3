"""One verdict per event per agreement, with the reason and every step that led to it.

The checks run in this order, and the first that settles the case gives the verdict:

1. time     no date -> undetermined; outside the validity window -> outside-scope; a week- or
            month-precision date straddling the window's edge -> undetermined
2. conduct  a sub-event type the agreement does not cover -> outside-scope
3. place    outside the zone -> outside-scope; no coordinates, a precision-3 area, or an
            uncertainty radius across the zone edge -> undetermined (the trail says what the
            actors would make of it if it were inside), unless the actors leave it outside
            the agreement anyway (then outside-scope)
4. actors   the principal actors' standing (bound, excluded, unbound, civilian, unknown) and
            that of their associates decide between violation, joint-operation-with-excluded,
            permitted, outside-scope and undetermined
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ceasewatch.assess.parties import ActorRole, PartyResolver
from ceasewatch.assess.scope import date_slack
from ceasewatch.assess.zones import ZoneShape, place, prepare_zones, zone_on
from ceasewatch.knowledge.agreements import CONDUCT
from ceasewatch.model import Agreement, Event, Verdict, VerdictKind

BREACHES: tuple[VerdictKind, ...] = ("violation", "joint-operation-with-excluded")


@dataclass
class Judge:
    """Judges events against one agreement; zones are projected once."""

    agreement: Agreement
    resolver: PartyResolver
    zones: list[ZoneShape] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.zones = prepare_zones(self.agreement)

    def __call__(self, event: Event, *, assume_in_force: bool = False) -> Verdict:
        """The verdict; ``assume_in_force`` skips the time check (pre-agreement baseline)."""
        trail: list[str] = []
        kind, reason = self._decide(event, trail, assume_in_force)
        return Verdict(
            event_id=event.id,
            agreement_id=self.agreement.id,
            verdict=kind,
            reason=reason,
            trail=tuple(trail),
        )

    def _decide(
        self, event: Event, trail: list[str], assume_in_force: bool
    ) -> tuple[VerdictKind, str]:
        on = event.event_date
        if on is None:
            return "undetermined", "the event has no date"
        if not assume_in_force:
            timing = self._time(event, on, trail)
            if timing is not None:
                return timing
        covered = [c for c in self.agreement.conduct if event.sub_event_type in CONDUCT[c]]
        if not covered:
            trail.append(f"conduct: {event.sub_event_type!r} not in {list(self.agreement.conduct)}")
            return "outside-scope", f"conduct not covered: {event.sub_event_type}"
        trail.append(f"conduct: {event.sub_event_type!r} is covered ({covered[0]})")
        placement = self._place(event, on, trail, assume_in_force)
        if placement is not None and placement[0] != "undetermined":
            return placement
        actor_kind, actor_reason = judge_actors(event, self.agreement, self.resolver, on, trail)
        if placement is not None:
            trail.append(f"if it were inside: {actor_kind} ({actor_reason})")
            # An uncertain place matters only when the actors could make it a breach: a clash
            # with no bound party is outside the agreement wherever it happened.
            if actor_kind == "outside-scope":
                return actor_kind, f"{actor_reason}, wherever it happened"
            return placement
        return actor_kind, actor_reason

    def _time(self, event: Event, on: dt.date, trail: list[str]) -> tuple[VerdictKind, str] | None:
        a = self.agreement
        window = f"{a.valid_from}..{a.valid_to or 'open'}"
        slack = dt.timedelta(days=date_slack(event.time_precision))
        first, last = on - slack, on + slack
        if last < a.valid_from or (a.valid_to is not None and first > a.valid_to):
            trail.append(f"time: {on} outside the validity window {window}")
            return "outside-scope", f"not in force on {on} (in force {window})"
        if first < a.valid_from or (a.valid_to is not None and last > a.valid_to):
            trail.append(f"time: {on} ±{slack.days} days straddles the window {window}")
            return "undetermined", f"date known only to ±{slack.days} days across {window}"
        trail.append(f"time: {on} within the validity window {window}")
        return None

    def _place(
        self, event: Event, on: dt.date, trail: list[str], assume_in_force: bool
    ) -> tuple[VerdictKind, str] | None:
        if not self.zones:
            trail.append("place: the agreement has no geographic limit")
            return None
        zone = zone_on(self.zones, on)
        if zone is None and assume_in_force:  # before the agreement: its first drawing
            zone = min(self.zones, key=lambda z: z.version.valid_from)
        if zone is None:
            trail.append(f"place: no zone version drawn for {on}")
            return "outside-scope", f"no zone in force on {on}"
        placement = place(event.location, zone)
        trail.append(f"place ({zone.label}): {placement.where}: {placement.reason}")
        if placement.where == "inside":
            return None
        if placement.where == "outside":
            return "outside-scope", f"outside the zone: {placement.reason}"
        return "undetermined", f"location uncertain: {placement.reason}"


def judge_actors(
    event: Event, agreement: Agreement, resolver: PartyResolver, on: dt.date, trail: list[str]
) -> tuple[VerdictKind, str]:
    """The verdict from the actors alone (time, conduct and place already in scope)."""
    if event.actor1 is None:
        return "undetermined", "no actor named for the event"
    a1 = resolver.role(event.actor1, agreement, on)
    a2 = resolver.role(event.actor2, agreement, on) if event.actor2 is not None else None
    assoc1 = [resolver.role(r, agreement, on) for r in event.assoc_actors1]
    assoc2 = [resolver.role(r, agreement, on) for r in event.assoc_actors2]
    for label, roles in (("actor1", [a1]), ("assoc_actors1", assoc1)):
        trail.extend(f"{label}: {r.label}: {r.why}" for r in roles)
    for label, roles in (("actor2", [a2] if a2 else []), ("assoc_actors2", assoc2)):
        trail.extend(f"{label}: {r.label}: {r.why}" for r in roles)
    if a2 is None:
        return _one_sided(a1)
    return _two_sided(a1, assoc1, a2, assoc2)


def _one_sided(a1: ActorRole) -> tuple[VerdictKind, str]:
    if a1.role == "unknown":
        return "undetermined", f"actor1 {a1.display} is {a1.why}"
    if a1.role == "bound":
        return "undetermined", f"no target named for {a1.display}: cannot tell whom it struck"
    return "outside-scope", f"{a1.display} acted alone and is not a bound party"


def _two_sided(
    a1: ActorRole, assoc1: list[ActorRole], a2: ActorRole, assoc2: list[ActorRole]
) -> tuple[VerdictKind, str]:
    for r in (a1, a2):
        if r.role == "unknown":
            return "undetermined", f"actor {r.display} is {r.why}"
    roles = {a1.role, a2.role}
    if roles == {"bound"}:
        if a1.party == a2.party:
            return "outside-scope", "both sides are the same bound party: infighting not covered"
        return _bound_against_bound(a1, assoc1, a2, assoc2)
    if roles == {"bound", "civilian"}:
        attacker = a1 if a1.role == "bound" else a2
        return "violation", f"{attacker.display}, a bound party, attacked civilians in the zone"
    if roles == {"bound", "excluded"}:
        excluded_side, other = (
            ((a1, assoc1), (a2, assoc2))
            if a1.role == "excluded"
            else (
                (a2, assoc2),
                (a1, assoc1),
            )
        )
        partners = [r for r in excluded_side[1] if r.role == "bound"]
        if partners:
            return "joint-operation-with-excluded", (
                f"{_names(partners)}, bound by the agreement, fought alongside "
                f"{excluded_side[0].display}, which it excludes, against {other[0].display}, "
                f"also bound"
            )
        return "permitted", f"action against {excluded_side[0].display}, an excluded actor"
    return "outside-scope", f"no bound party on both sides ({a1.role} vs {a2.role})"


def _bound_against_bound(
    a1: ActorRole, assoc1: list[ActorRole], a2: ActorRole, assoc2: list[ActorRole]
) -> tuple[VerdictKind, str]:
    for principal, assoc, target in ((a1, assoc1, a2), (a2, assoc2, a1)):
        excluded = [r for r in assoc if r.role == "excluded"]
        if excluded:
            return "joint-operation-with-excluded", (
                f"{principal.display}, bound by the agreement, fought alongside "
                f"{_names(excluded)}, which it excludes, against {target.display}, also bound"
            )
    return "violation", f"{a1.display} and {a2.display}, bound parties on opposite sides, fought"


def _names(roles: list[ActorRole]) -> str:
    return ", ".join(r.display for r in roles)


__all__ = ["BREACHES", "Judge", "judge_actors"]
