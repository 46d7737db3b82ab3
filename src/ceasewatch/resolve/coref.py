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

A definite generic with no named group in any event before it may still refer to a group the
report names in a sentence that holds no event, a background line ("The KIA has fought the
military for decades. On Sunday the rebels attacked a checkpoint": the rebels are the KIA).
Read back sentence by sentence from the words (their own sentence's words before them first),
the first stretch that names any named non-state armed group decides (``named_earlier``): one
group, of the generic's own kind (a rebel group for "the rebels" or "the militants", an
identity militia for "the militiamen" of a people, a gang for "the gang") and of the article's
country (or of none), not the other side of the event, is the referent, the reason noted;
two groups there, or a group of another kind, names nobody, and no group further back is
reached across it. "Gunmen" never refers back so (ACLED's unidentified armed group: the words
say the report does not know who they were).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Actor, ActorRef, Event

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
# The named non-state armed groups a stretch of text writes, read on a date (resolve's matcher).
Reader = Callable[[str, dt.date | None], list[ActorRef]]


@dataclass(frozen=True)
class Background:
    """What reading a generic back to a group named outside any event needs (resolve's matcher):
    ``read`` the groups a stretch names, ``generic`` the generic actor a slot's words are
    (read with no country, so that "the rebels" is the rebels, not a country's reading), the
    article's ``country``."""

    read: Reader
    generic: Callable[[str], Actor | None]
    country: str | None


# A sentence ends at a full stop before a capital ("U.S. military" and "Oct. 17" go on).
SENTENCE = re.compile(r".+?(?:[.!?]+(?=\s+[A-Z\"\u201c\u2018'])|$)", re.DOTALL)
# The generic that says the report does not know who acted: it never refers back to a name.
UNIDENTIFIED = "generic-unidentified-armed-group"
# ... except "the group", "the armed group": an organisation's word, which refers back.
GROUP = frozenset({"group", "organisation", "organization", "movement"})


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


def named_earlier(
    text: str, at: int, kind: str | None, read: Reader, on: dt.date | None
) -> ActorRef | None:
    """The group a definite generic of ``kind`` (None: any) written at ``at`` refers to among
    the groups the text names before it (module docstring, last paragraph): the nearest
    stretch that names any decides; its one group if of ``kind``, else None."""
    stretches = [s for s in SENTENCE.finditer(text) if s.start() < at]
    for sentence in reversed(stretches):
        found = read(text[sentence.start() : min(sentence.end(), at)], on)
        if not found:
            continue
        if len({ref.id for ref in found}) != 1 or kind not in (None, found[0].type):
            return None
        return found[0]
    return None


def _background(
    event: Event, slot: str, words: ActorRef, text: str, kb: ActorKB, back: Background | None
) -> ActorRef | None:
    """The group named in the text before a definite generic (``named_earlier``), of the
    article's country (or of none), not the other side of its event; or None."""
    said = words.surface or words.name
    generic = back.generic(said) if back is not None else None
    if back is None or generic is None or not generic.generic or words.span is None:
        return None
    kind: str | None = generic.type
    if generic.id == UNIDENTIFIED:
        # "gunmen", "unknown assailants": the report does not know; "the group" refers back
        if said.lower().split()[-1] not in GROUP:
            return None
        kind = None
    found = named_earlier(text, words.span.start, kind, back.read, event.event_date)
    named = kb.get(found.id) if found is not None and found.id else None
    if found is None or named is None:
        return None
    if named.country is not None and back.country is not None and named.country != back.country:
        return None
    other = getattr(event, "actor2" if slot == "actor1" else "actor1")
    return None if other is not None and other.id == found.id else found


def read_anaphors(
    raw: Sequence[Event],
    events: Sequence[Event],
    text: str,
    kb: ActorKB,
    back: Background | None = None,
) -> list[Event]:
    """``events`` (resolved from ``raw``, index by index) with definite generic references
    read as the group named just before them, in an event or else in the text (module
    docstring)."""
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
            at = words.span.start if words.span else 0
            found = antecedent(events, index, slot, at, kb)
            why = "named just before"
            if found is None:
                found = _background(event, slot, words, text, kb, back)
                why = "the group the report names before it"
            if found is None:
                continue
            note = f"{slot} {ref.surface or ref.name!r} read as {found.name}: {why}"
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


__all__ = [
    "MAX_CHARS",
    "Background",
    "antecedent",
    "named_earlier",
    "pronoun",
    "read_anaphors",
    "referent",
]
