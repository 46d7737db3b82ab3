"""Who an agreement binds or excludes on a given day.

An actor matches a rule through itself or any coalition, brand or command it belonged to on
that day (memberships with dates), so "Jaish al-Nasr" is bound by a rule on the opposition side
while it was part of an opposition coalition. A designation follows an organisation through its
renamings and mergers: a UN listing of Jabhat al-Nusra holds for Hayat Tahrir al-Sham, as the
1267 committee treats the names as one entry. Exclusion wins over binding: an excluded actor is
never a protected party.

Designations and lineage are the actor knowledge base's own queries (``ActorKB.designated``);
this module adds only the agreement's rules and the explanation of each match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Actor, ActorRef, Agreement, PartyRule

Role = Literal["bound", "excluded", "unbound", "civilian", "unknown"]


@dataclass(frozen=True)
class ActorRole:
    """An event actor's standing under an agreement on the event date, and why."""

    ref: ActorRef
    role: Role
    party: int | None  # index into Agreement.parties when bound
    why: str
    name: str = ""  # the KB's canonical name when known, else the words of the report

    @property
    def label(self) -> str:
        """Name and id, for the trail (where the id lets a curator find the KB entry)."""
        return f"{self.name or self.ref.name} ({self.ref.id or 'unresolved'})"

    @property
    def display(self) -> str:
        """The name an analyst reads in a reason: the KB's, else the report's words quoted."""
        return self.name or f'"{self.ref.name}"'


class PartyResolver:
    """Roles of actors under agreements, by date; built once per actor KB."""

    def __init__(self, actors: ActorKB) -> None:
        self.actors = actors

    def role(self, ref: ActorRef, agreement: Agreement, on: dt.date) -> ActorRole:
        """The standing of one event actor under ``agreement`` on ``on``."""
        actor = self.actors.get(ref.id) if ref.id else None
        if actor is None:
            reason = "not resolved to a known actor" if not ref.id else f"id {ref.id!r} not in KB"
            return ActorRole(ref, "unknown", None, reason)
        role, party, why = self._standing(actor, agreement, on)
        return ActorRole(ref, role, party, why, actor.name)

    def _standing(
        self, actor: Actor, agreement: Agreement, on: dt.date
    ) -> tuple[Role, int | None, str]:
        if actor.type == "civilians":
            return "civilian", None, "civilians"
        excluded = self.match(actor.id, agreement.excluded, on)
        if excluded is not None:
            return "excluded", None, f"excluded: {excluded}"
        for i, rule in enumerate(agreement.parties):
            why = self.match(actor.id, rule, on)
            if why is not None:
                return "bound", i, f"bound as party {i + 1} ({_name(rule)}): {why}"
        if actor.generic:
            return "unknown", None, "a generic reference, not a known group"
        return "unbound", None, "not a party and not excluded"

    def match(self, actor_id: str, rule: PartyRule, on: dt.date) -> str | None:
        """Why ``actor_id`` falls under ``rule`` on ``on`` (via itself or a parent), or None."""
        for actor, path in self._identities(actor_id, on):
            how = "" if not path else f" (member of {' > '.join(path)})"
            if actor.id in rule.actors:
                return f"listed as {actor.id}{how}"
            for text in rule.rules:
                if self._rule_holds(actor, text, on, top=not path):
                    return f"{text} holds for {actor.id}{how}"
        return None

    # --- internals ---------------------------------------------------------------------------

    def _rule_holds(self, actor: Actor, text: str, on: dt.date, *, top: bool) -> bool:
        kind, _, value = text.partition(":")
        if kind == "side":
            return actor.side == value
        if kind == "designated":
            return self.actors.designated(actor.id, value, on)
        # An actor's type is its own: a militia in a state-led command is not state forces.
        return kind == "type" and top and actor.type == value

    def _identities(self, actor_id: str, on: dt.date) -> list[tuple[Actor, tuple[str, ...]]]:
        """The actor, then every parent it belonged to on ``on`` (transitively), with the path."""
        start = self.actors.get(actor_id)
        if start is None:
            return []
        out: list[tuple[Actor, tuple[str, ...]]] = [(start, ())]
        seen = {actor_id}
        i = 0
        while i < len(out):
            actor, path = out[i]
            i += 1
            for m in actor.memberships:
                parent = self.actors.get(m.parent)
                valid = (m.start is None or m.start <= on) and (m.end is None or on <= m.end)
                if parent is not None and valid and parent.id not in seen:
                    seen.add(parent.id)
                    out.append((parent, (*path, parent.id)))
        return out


def _name(rule: PartyRule) -> str:
    return rule.description or ", ".join((*rule.actors, *rule.rules)) or "?"


__all__ = ["ActorRole", "PartyResolver", "Role"]
