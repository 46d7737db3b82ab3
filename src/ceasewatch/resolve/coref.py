"""Definite references to a group the report has just named: "the group", "its fighters",
"the militants".

Reports name the perpetrator once and then refer back to it: "Al Shabaab militants attacked a
base near Balcad. The group said its fighters killed 12 soldiers." Read alone, the second
sentence's "its fighters" is a generic word (an unidentified armed group in Somalia); an
analyst codes it as Al Shabaab. The rule, applied after every name is resolved:

1. a slot of an event holds a generic armed non-state word (militants, fighters, the group:
   inter 2-4 once read through the country) written with a definite or possessive determiner
   ("the", "its", "their", "these"): an indefinite "militants" introduces someone new and is
   left alone;
2. the nearest named, non-generic armed non-state actor written before it, at most
   ``MAX_CHARS`` characters back (the same or the previous sentence or two), in any slot of
   any event of the article, and not the other side of the same event, is what it refers to;
3. the slot becomes that actor, method "coreference", with the reason in the event's notes.

A subject pronoun the extract stage kept as an anaphor ("They also attacked a police station",
"It stormed the town") is read the same way, with a wider antecedent: the nearest resolved
actor written before it that is no crowd of civilians, the initiator of an earlier event
first (a report keeps its subject: "Boko Haram fighters attacked Auno. They burned 18
vehicles"), state forces included ("Soldiers raided the camp. They killed ..."). A pronoun
with no such actor before it names nobody: the slot is emptied, so that ACLED's defaults for
an unnamed side (``roles.py``) apply and no "They" reaches the curator's queue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import ActorRef, Event

# How far back an antecedent may stand: about two sentences of a wire report.
MAX_CHARS = 400
SCORE_COREF = 0.7
NON_STATE = frozenset({2, 3, 4})
SLOTS = ("actor1", "actor2")
# A determiner that makes the words refer back, right before the slot's words.
DEFINITE = re.compile(r"\b(?:the|its|their|these|those)\s+$", re.IGNORECASE)
DEFINITE_HEAD = re.compile(r"^(?:the|its|their|these|those)\s", re.IGNORECASE)
# Pronouns the extract stage keeps as anaphors (extract/roles.py ``ANAPHORS``, and the object
# of a defence verb, ``OBJECT_ANAPHORS``: "the army said it repelled them").
PRONOUNS = frozenset({"it", "they", "them"})
# Who a pronoun subject cannot stand for: crowds are never the initiators of violence.
NOT_INITIATORS = frozenset({"civilians"})
INITIATOR_SLOTS = ("actor1", "assoc_actors1")


def _generic(raw: ActorRef | None, ref: ActorRef | None, kb: ActorKB) -> bool:
    """The words were a generic armed non-state word (before or after the country reading)."""
    if raw is None or ref is None or ref.inter not in NON_STATE:
        return False
    before = kb.get(raw.id) if raw.id else None
    after = kb.get(ref.id) if ref.id else None
    return (
        (before is not None and before.generic)
        or ref.method == "context"
        or (after is not None and after.generic)
    )


def _definite(raw: ActorRef, text: str) -> bool:
    if raw.span is None:
        return False
    words = raw.surface or raw.name
    return bool(DEFINITE_HEAD.match(words) or DEFINITE.search(text[: raw.span.start][-12:]))


def _named(ref: ActorRef | None, kb: ActorKB) -> bool:
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    return (
        actor is not None
        and not actor.generic
        and actor.inter in NON_STATE
        and ref is not None
        and ref.method not in ("context", "convention", "coreference")
    )


def _candidates(
    events: Sequence[Event], slots: Sequence[str] = (*SLOTS, "assoc_actors1", "assoc_actors2")
) -> list[tuple[int, int, ActorRef]]:
    """(span start, event index, ref) of every actor slot named in ``slots`` with a span."""
    out = []
    for i, event in enumerate(events):
        refs = [r for slot in slots for r in _slot_refs(event, slot)]
        out += [(r.span.start, i, r) for r in refs if r.span is not None]
    return out


def _slot_refs(event: Event, slot: str) -> list[ActorRef]:
    value = getattr(event, slot)
    if isinstance(value, tuple):
        return list(value)
    return [] if value is None else [value]


def pronoun(raw: ActorRef | None) -> bool:
    """The words of the slot are a bare subject pronoun the extract stage kept."""
    return raw is not None and raw.id is None and (raw.surface or raw.name).lower() in PRONOUNS


def referent(
    events: Sequence[Event], index: int, slot: str, at: int, kb: ActorKB, named: bool = False
) -> ActorRef | None:
    """What a pronoun at ``at`` stands for (module docstring): the nearest resolved actor
    before it, initiators of earlier events first, never the other side of its own event;
    with ``named``, only a non-state armed group of the knowledge base that is no generic
    word (a claim's "It claimed responsibility" names a group, never "gunmen")."""
    other = getattr(events[index], "actor2" if slot == "actor1" else "actor1")
    for slots in (INITIATOR_SLOTS, (*SLOTS, "assoc_actors2")):
        found = [
            (start, ref)
            for start, i, ref in _candidates(events, slots)
            if at - MAX_CHARS <= start < at
            and ref.id is not None
            and not (i == index and other is not None and ref.id == other.id)
            and _kind(ref, kb) not in NOT_INITIATORS
            and (not named or _known(ref, kb))
        ]
        if found:
            return max(found, key=lambda pair: pair[0])[1]
    return None


def _known(ref: ActorRef, kb: ActorKB) -> bool:
    actor = kb.get(ref.id) if ref.id else None
    known = actor is not None and not actor.generic and ref.method != "context"
    return known and actor is not None and actor.inter in NON_STATE


def _kind(ref: ActorRef, kb: ActorKB) -> str | None:
    actor = kb.get(ref.id) if ref.id else None
    return actor.type if actor is not None else ref.type


def antecedent(
    events: Sequence[Event], index: int, slot: str, at: int, kb: ActorKB
) -> ActorRef | None:
    """The nearest named non-state actor written before ``at`` (module docstring, step 2)."""
    other = getattr(events[index], "actor2" if slot == "actor1" else "actor1")
    best: tuple[int, ActorRef] | None = None
    for start, i, ref in _candidates(events):
        if not (at - MAX_CHARS <= start < at) or not _named(ref, kb):
            continue
        if i == index and other is not None and ref.id == other.id:
            continue
        if best is None or start > best[0]:
            best = (start, ref)
    return best[1] if best is not None else None


def read_anaphors(
    raw: Sequence[Event], events: Sequence[Event], text: str, kb: ActorKB
) -> list[Event]:
    """``events`` (resolved from ``raw``, index by index) with definite generic references
    read as the group named just before them (module docstring)."""
    out = list(events)
    for index, before in enumerate(raw):
        event = out[index]
        for slot in SLOTS:
            words, ref = getattr(before, slot), getattr(event, slot)
            if pronoun(words) and words is not None:
                event = _read_pronoun(out, index, slot, words, kb)
                out[index] = event
                continue
            if not _generic(words, ref, kb) or words is None or not _definite(words, text):
                continue
            found = antecedent(events, index, slot, words.span.start if words.span else 0, kb)
            if found is None:
                continue
            note = f"{slot} {ref.surface or ref.name!r} read as {found.name}: named just before"
            update = {"method": "coreference", "score": SCORE_COREF, "span": ref.span}
            event = event.model_copy(
                update={
                    slot: found.model_copy(update={**update, "surface": ref.surface}),
                    "notes": _noted(event, note),
                }
            )
            out[index] = event
    return out


def _read_pronoun(
    events: list[Event], index: int, slot: str, words: ActorRef, kb: ActorKB
) -> Event:
    """The event with its pronoun slot read as its referent, or emptied (module docstring);
    ``events`` holds the earlier events already read, so a chain of pronouns follows back."""
    event = events[index]
    surface = words.surface or words.name
    found = referent(events, index, slot, words.span.start if words.span else 0, kb)
    if found is None:
        note = f"{slot} {surface!r}: no actor named before it"
        return event.model_copy(update={slot: None, "notes": _noted(event, note)})
    note = f"{slot} {surface!r} read as {found.name}: named before it"
    update = {"method": "coreference", "score": SCORE_COREF, "span": words.span}
    ref = found.model_copy(update={**update, "surface": surface})
    return event.model_copy(update={slot: ref, "notes": _noted(event, note)})


def _noted(event: Event, note: str) -> str:
    return f"{event.notes}; {note}" if event.notes else note


__all__ = ["MAX_CHARS", "antecedent", "pronoun", "read_anaphors", "referent"]
