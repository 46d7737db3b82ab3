"""Re-typings the event's own facts contradict: the default reader may not make them.

The reader (``learn.reader``) reads words, masked, with no parse and no actor base. By the time
it runs, the rules have resolved who acted (each actor's ACLED inter code) and the text names
the means. ACLED's codebook defines several types by exactly those facts: a government regains
territory, a non-state actor overtakes it; an air strike is launched from aircraft or drones;
rioters commit mob violence; force is excessive against protesters. ``refusal`` says why a
proposed type contradicts the event (``learn/data/guard.yaml`` holds the definitions), so an
unseen event is guarded by what it is, not by a list of pairs. Facts the rules did not find (an
unresolved actor, no inter code) refuse nothing: the reader is most useful where the rules read
little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.model import ACTOR_TYPES, ActorRef, Event

DATA = Path(__file__).parent / "data" / "guard.yaml"
INTER_NAMES = {code: name for name, code in ACTOR_TYPES.items()}
CROWD_TYPES = frozenset({"protesters", "rioters"})


@dataclass(frozen=True)
class Facts:
    """What a sub-event type requires of an event (one entry of guard.yaml)."""

    actor1_not: frozenset[int] = frozenset()
    actor2_not: frozenset[int] = frozenset()
    sides_any: frozenset[int] = frozenset()
    sides_none: frozenset[int] = frozenset()
    no_deaths: bool = False
    other_means: re.Pattern[str] | None = None
    own_means: re.Pattern[str] | None = None
    told_not: re.Pattern[str] | None = None
    kept_not: re.Pattern[str] | None = None
    crowd_unless: re.Pattern[str] | None = None


LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _data(path: Path = DATA) -> dict[str, object]:
    # libyaml when built in, as the actor base reads its files (ten times the pure loader)
    loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    assert isinstance(loaded, dict)
    return loaded


@cache
def definitions() -> dict[str, Facts]:
    """The guard's definitions by sub-event type (read once)."""
    raw = _data()["subs"]
    assert isinstance(raw, dict)
    return {sub: _facts(entry) for sub, entry in raw.items()}


@cache
def _crowd() -> re.Pattern[str]:
    words = _data()["crowd_words"]
    assert isinstance(words, list)
    return _word_starts(words)


@cache
def _crowd_or_people() -> re.Pattern[str]:
    """The crowd words and guard.yaml's ``crowd_people``: people a convention's crowd may be
    named by ("students", "supporters"), read by the no-arms check alone (``_crowd_side``)."""
    crowd, people = _data()["crowd_words"], _data()["crowd_people"]
    assert isinstance(crowd, list) and isinstance(people, list)
    return _word_starts([*crowd, *people])


def _word_starts(words: list[object]) -> re.Pattern[str]:
    """Any of ``words`` at the start of a word: "shell" finds shelled and shelling, "plane"
    not "airplane"."""
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + ")", re.I)


def _facts(entry: dict[str, object]) -> Facts:
    def codes(key: str) -> frozenset[int]:
        value = entry.get(key) or []
        assert isinstance(value, list)
        return frozenset(int(v) for v in value)

    def words(key: str) -> re.Pattern[str] | None:
        value = entry.get(key) or []
        assert isinstance(value, list)
        return _word_starts(value) if value else None

    return Facts(
        actor1_not=codes("actor1_not"),
        actor2_not=codes("actor2_not"),
        sides_any=codes("sides_any"),
        sides_none=codes("sides_none"),
        no_deaths=bool(entry.get("no_deaths")),
        other_means=words("means_not"),
        own_means=words("unless_means"),
        told_not=words("told_not"),
        kept_not=words("kept_not"),
        crowd_unless=words("crowd_unless"),
    )


def refusal(event: Event, sub: str, text: str, kept: bool = True) -> str | None:
    """Why re-typing ``event`` (as the rules typed it) to ``sub`` contradicts its facts, or
    None. ``text`` is what the reader read (the words the means must be found in). ``kept``:
    the rules typed the event, so a refusal keeps their type; an event the rules never read
    (the reader's fallback, the crowd-size tag) has no type to keep, and ``kept_not`` words
    refuse nothing there (the event typed less well beats none)."""
    facts = definitions().get(sub)
    if facts is None:
        return None
    one, two = _inter(event.actor1), _inter(event.actor2)
    if one in facts.actor1_not:
        return f"{sub} cannot have {_name(one)} as actor1 (ACLED's codebook)"
    if two in facts.actor2_not:
        return f"{sub} cannot have {_name(two)} as actor2 (ACLED's codebook)"
    # every side the event has must be known for "none of them" to be a fact
    present = (event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2)
    sides = [_inter(a) for a in present if a is not None]
    known = one is not None and None not in sides
    if facts.sides_any and known and not set(sides) & facts.sides_any:
        wanted = " or ".join(_name(c) for c in sorted(facts.sides_any))
        return f"{sub} needs {wanted} on a side; the event has none"
    armed = {c for c in sides if c is not None} & facts.sides_none
    if armed:
        return f"{sub} cannot have {_name(min(armed))} on a side (ACLED's codebook)"
    if facts.no_deaths and (event.fatalities or 0) > 0:
        return f"{sub} kills nobody; the event has {event.fatalities} dead"
    unarmed = facts.crowd_unless is not None and facts.crowd_unless.search(text) is None
    if unarmed and _crowd_side(event):
        return f"{sub} needs organised armed sides; the rules' crowd fought with no arms"
    said = facts.kept_not.search(text) if kept and facts.kept_not is not None else None
    if said is not None:
        return f"{sub} contradicts the text's {said.group(0)!r} (ACLED's codebook)"
    told = facts.told_not.search(text) if facts.told_not is not None else None
    if told is not None:
        return f"{sub} contradicts the text's {told.group(0)!r} (ACLED's codebook)"
    other = facts.other_means.search(text) if facts.other_means is not None else None
    if other is not None and not (facts.own_means and facts.own_means.search(text)):
        return f"{sub} is defined by its means; the text names {other.group(0)!r}, none of its own"
    return None


def _crowd_side(event: Event) -> bool:
    """The rules made a crowd a side of the event: ACLED's protesters or rioters, by the
    actor's type; a convention's "Rioters (X)" too (the rules typed the event a crowd's),
    unless its words name no crowd ("local vigilantes": see ``_inter``). Here, and only
    here, people a crowd is named by count as a crowd's words too (``crowd_people``:
    "students clashed with police" is a riot's crowd): this check refuses only when the text
    names no arms, so "supporters clashed with sticks and guns" may still be a clash, where
    ``_inter`` reading the same words would refuse it by the actor alone (actor38, crowd39)."""
    return any(_crowd_actor(a) for a in (event.actor1, event.actor2))


def _crowd_actor(actor: ActorRef | None) -> bool:
    if actor is None or actor.type not in CROWD_TYPES:
        return False
    words = actor.surface
    if actor.method != "convention" or not words:
        return True
    return _crowd_or_people().search(words) is not None


def _inter(actor: ActorRef | None) -> int | None:
    """The actor's inter code, from its type when the code is missing; None if unknown. An
    actor the rules named by ACLED's convention for their own type ("Rioters (X)" of a mob
    violence, a state's forces of an air strike) follows from that type, not from the text:
    unknown, unless it is a crowd whose words name one (guard.yaml's crowd_words)."""
    if actor is None:
        return None
    code = actor.inter if actor.inter is not None else ACTOR_TYPES.get(actor.type or "")
    if actor.method != "convention":
        return code
    crowd = code in (5, 6) and _crowd().search(actor.surface or "") is not None
    return code if crowd else None


def _name(code: int | None) -> str:
    return INTER_NAMES.get(code or 0, f"inter {code}")
