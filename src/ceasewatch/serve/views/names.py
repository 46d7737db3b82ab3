"""Names for ids in templates: a verdict badge reads "Idlib zone: violation", a party list
"Hayat Tahrir al-Sham", never a raw id. ``render`` binds the request's desk; the lookups load the
catalogue or the knowledge base only when a page asks for a name (most pages never do)."""

from __future__ import annotations

from contextvars import ContextVar

from ceasewatch.serve.desk import Desk


class Names:
    def __init__(self, desk: Desk | None) -> None:
        self.desk = desk
        self._agreements: dict[str, str] | None = None

    def agreement(self, agreement_id: str) -> str:
        if self.desk is None:
            return agreement_id
        if self._agreements is None:
            self._agreements = {a.id: a.name for a in self.desk.agreements().values()}
        return self._agreements.get(agreement_id, agreement_id)

    def actor(self, actor_id: str) -> str:
        if self.desk is None:
            return actor_id
        found = self.desk.resources.actors.actors.get(actor_id)
        return found.name if found else actor_id


def kb_actor_names(desk: Desk) -> dict[str, str]:
    """Knowledge-base actor id -> its name, for labels built before a page renders."""
    return {actor_id: a.name for actor_id, a in desk.resources.actors.actors.items()}


CURRENT: ContextVar[Names | None] = ContextVar("names", default=None)


def agreement_name(agreement_id: str) -> str:
    names = CURRENT.get()
    return names.agreement(agreement_id) if names else agreement_id


def actor_name(actor_id: str) -> str:
    names = CURRENT.get()
    return names.actor(actor_id) if names else actor_id


__all__ = ["CURRENT", "Names", "actor_name", "agreement_name", "kb_actor_names"]
