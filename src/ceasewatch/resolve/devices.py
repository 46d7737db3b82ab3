"""Who a bomb or a strike is coded to when the report does not write its author (issue 9,
session 28).

Two readings of the sentence (or of the one before it) give an event an actor1 the report
never wrote as the doer: ``_told_before`` (a toll told after a sentence that names someone
first) and ``_only_group`` (the one armed group a sentence names besides its victims). For a
device planted or carried by people (an IED, a landmine, a grenade, a suicide bomb) both go
wrong in one recurring way across writers: the actor they find is the one that was hit.

- **A state's own forces or government read from the words around** ("No group claimed the
  blast." after a sentence naming the army; "a supply convoy escorted by the army struck an
  improvised explosive device") are the victims or the narrators, not the bomber: ACLED codes
  an unclaimed device to "Unidentified Armed Group (X)" (its codebook: an unnamed perpetrator
  of a bombing is an unidentified armed group), as ``roles.UNCLAIMED_SUBS`` does for an empty
  slot.
- **A group the sentence itself names, but not as the author** ("a roadside bomb hit a
  vehicle carrying members of the Civilian Joint Task Force", "CJTF vehicle hit", "two
  elements of the Popular Mobilization Forces were martyred") is the target, and the device is
  likewise unclaimed. A group written otherwise ("a landmine left by ISIS", "M23 and FARDC
  fighting on the hills"), or in a sentence that blames, accuses, suspects or claims, keeps
  the slot.

A slot the words fill (a surface: "soldiers threw a grenade", "Maoists triggered an IED"), a
claim (``claims.py``: method "claim") and every other sub-event are left alone.

Also here: **a government is never the doer of political violence in ACLED's coding**: its
acts of war are its military's (the codebook codes a state's violence to its forces; the
"Government of X" actors are the parties of agreements and decisions). ``conventions.
state_forces`` reads a state's bare name so; a "Government of X" that reached actor1 of a
battle, a bombing, a strike or an attack on civilians some other way ("junta" read from the
sentence before, "Syrian government and Russian aircraft") is that state's military on the
event's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import leading_runs, normalize_name
from ceasewatch.model import ActorRef, Event
from ceasewatch.resolve.roles import SCORE_ROLE, VIOLENCE, as_ref

# Devices planted or carried by people: their unnamed author is an unidentified armed group.
DEVICE_SUBS = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
# Words that put the act down to someone the sentence names: the named group may be the author.
_BLAME = re.compile(
    r"\b(?:blam\w*|accus\w*|suspect\w*|claim\w*|responsib\w*|attribut\w*|linked|belong\w*)\b",
    re.IGNORECASE,
)


# Where a group written in the sentence is the one hit, not the one who struck (normalised
# words): "carrying members of X", "elements of X were martyred", "a bomb hit X", "an X vehicle"
_VICTIM_BEFORE = re.compile(
    r"\b(?:carrying|members of|elements of|personnel of|fighters of|vehicle of|convoy of"
    r"|patrol of|position of|positions of|post of|base of|targeting|targeted|hit|struck|on)"
    r"(?: the| a| an)? $"
)
_VICTIM_AFTER = re.compile(
    r"^ (?:\w+ )?(?:vehicles?|convoys?|patrols?|trucks?|pick ?ups?|positions?|bases?|posts?"
    r"|checkpoints?|camps?|members? (?:were|was) (?:killed|martyred|wounded|injured))\b"
)


def unwritten_bomber(
    event: Event, kb: ActorKB, country: str | None, keys_in: Callable[[str], list[str]]
) -> Event:
    """An IED, landmine, grenade or suicide bomb whose actor1 no words wrote as its doer and
    that is a state's own side, or a group its sentence names only as the target: ACLED's
    unidentified armed group of ``country`` (module docstring). ``keys_in`` lists the
    normalised names written in a text (the resolver's matcher)."""
    ref, sentence = event.actor1, event.sentence
    if event.sub_event_type not in DEVICE_SUBS or ref is None or country is None:
        return event
    if ref.surface is not None or ref.method != "context" or sentence is None:
        return event
    actor = kb.get(ref.id) if ref.id else None
    if actor is None:
        return event
    if actor.type != "state forces" and not _named_as_target(ref.id, sentence.text, kb, keys_in):
        return event
    doer = kb.role_actor("unidentified-armed-group", country, event.event_date)
    if doer is None:
        return event
    note = f"actor1 {ref.name!r} was read from the words around, not written as the bomber"
    notes = f"{event.notes}; {note}" if event.notes else note
    return event.model_copy(
        update={"actor1": as_ref(doer, "convention", SCORE_ROLE), "notes": notes}
    )


def _named_as_target(
    actor_id: str | None, sentence: str, kb: ActorKB, keys_in: Callable[[str], list[str]]
) -> bool:
    """Does ``sentence`` name the actor ``actor_id`` as the one hit ("a vehicle carrying
    members of X", "an X convoy"), with no word of blame, claim or suspicion anywhere? A group
    the sentence names otherwise ("M23 and FARDC fighting on the hills") may be the author."""
    if actor_id is None or _BLAME.search(sentence):
        return False
    folded = f" {normalize_name(sentence)} "
    mine = [k for k in keys_in(sentence) if any(m.actor.id == actor_id for m in kb.lookup(k))]
    for key in mine:
        at = folded.find(f" {key} ")
        before, after = folded[: at + 1], folded[at + 1 + len(key) :]
        if _VICTIM_BEFORE.search(before) or _VICTIM_AFTER.match(after):
            return True
    return False


def forces_not_government(event: Event, kb: ActorKB) -> Event:
    """A "Government of X" as actor1 of political violence: X's military on the event's date
    (module docstring)."""
    if event.event_type not in VIOLENCE:
        return event
    # actor1 only: a government hit ("gunmen attacked a government office") may stay the target
    forces = _forces_of(event.actor1, kb, event)
    return event if forces is None else event.model_copy(update={"actor1": forces})


def _forces_of(ref: ActorRef | None, kb: ActorKB, event: Event) -> ActorRef | None:
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    if ref is None or actor is None or actor.country is None:
        return None
    if ref.id not in kb.roles.get(("government", actor.country), ()):
        return None
    forces = kb.role_actor("military", actor.country, event.event_date)
    if forces is None:
        return None
    fields = {"name": forces.name, "id": forces.id, "type": forces.type, "inter": forces.inter}
    return ref.model_copy(update=fields)


# A device whose sentence writes who laid it: "an anti-personnel mine left by Russian troops",
# "an IED planted by al-Shabaab". ACLED codes the author the report names (session 34); the
# words after "by" up to the clause's end or a preposition name it.
_LAID_BY = re.compile(
    r"\b(?:mines?|landmines?|IEDs?|explosives?|devices?|bombs?|booby[- ]traps?|grenades?|"
    r"ordnance)\s+(?:[\w-]+\s+){0,2}?(?:left|laid|planted|placed|buried|rigged|set|thrown|"
    r"hurled|lobbed)\s+(?:behind\s+)?by\s+(?P<who>[^,;:.()]{2,60}?)"
    r"(?=\s+(?:while|when|as|in|on|at|near|during|after|before|which|who|and|that|to|into|"
    r"outside|inside)\b|[,;:.()]|$)",
    re.IGNORECASE,
)


# Mines laid or left "during the Russian occupation" (session 35): an occupying force is the
# one that laid the mines of the ground it held, as a report writing the period means them;
# ACLED codes a legacy device to its layer when the report names one. The occupier is the
# adjective or name before "occupation" ("the Russian occupation", "the RU occupation", "the
# ISIS occupation"); "the occupation" with no owner names nobody.
_OCCUPATION = re.compile(
    r"\b(?:left|laid|planted|placed|buried|rigged|mined|seeded|sown)\s+(?:over\s+|behind\s+)?"
    r"(?:from|during|in|under)\s+(?:the\s+)?(?:(?:\d{4}(?:-\d{2,4})?|former|previous|earlier"
    r"|months-long|year-long)\s+)?(?P<who>(?:[A-Z][\w'’-]*\s+){0,2}?[A-Z][\w'’-]*)\s+"
    r"occupation\b"
)
# The layer written as a compound before the device: "Houthi-laid mines", "ISIS-planted IEDs".
_COMPOUND = re.compile(
    r"(?<![\w-])(?P<who>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)-(?:laid|planted|placed|left|made)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:mines?|landmines?|IEDs?|explosives?|devices?|bombs?|booby[- ]traps?)"
    r"\b"
)


def laid_by(sentence: str) -> list[str]:
    """The words that may name who laid or threw a device, longest first: after "by", at most
    six words ("an IED planted by the rebels exploded" -> "the rebels exploded", "the
    rebels", "the"); else the occupier of "laid during the Russian occupation" or the name of
    "Houthi-laid mines" (each also with "forces" after it: "Russian forces", "Russian");
    none when the sentence writes no author."""
    found = _LAID_BY.search(sentence)
    if found is not None:
        return leading_runs(found.group("who").split()[:6])
    found = _OCCUPATION.search(sentence) or _COMPOUND.search(sentence)
    if found is None:
        return []
    who = found.group("who")
    return [f"{who} forces", who]


__all__ = ["DEVICE_SUBS", "forces_not_government", "laid_by", "unwritten_bomber"]
