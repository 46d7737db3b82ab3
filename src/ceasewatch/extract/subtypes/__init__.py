"""The sub-event readings: a found event's sub-event by ACLED's public codebook (2023,
"Battles", "Violence against civilians", "Explosions/Remote violence", "Strategic
developments"), read on the parse. The one home of these readings (session 38 moved the older
ones here from events.py; session 39 made the module a package by codebook family, names and
behaviour kept): ``battles`` (the Armed clash, or a ground fight's own sub-event),
``remote`` (Explosions/Remote violence: the air strike, the shelling), ``strategic``
(Strategic developments: the Disrupted weapons use, the Looting/property destruction);
``shared`` holds the sub-event names they test, data/subtypes.yaml's words and ``armed``.
Every name below is importable from here, as callers import it.

Each reading takes the sub-event ``extract/events.py`` ``group_hits`` has typed so far and
returns it, or the one the codebook gives when the sentence tells a fact that decides it.
In the order ``group_hits`` asks them:

- ``supporting_fire`` (types37): artillery or aircraft told only as the support of a fight on
  the ground ("rebels attacked the base, backed by mortar fire", "army artillery supported the
  defenders", "soldiers backed by helicopters attacked"): the fight, not the shelling or the
  air strike (it is also types34's ``air_support``, removed by health39: see its docstring).
- ``with_small_arms`` (types29, 34): mortars or drones named with small arms as one assault's
  means ("attacked the base with mortars and gunfire"): the Armed clash.
- ``aircraft_doer``: a violence word whose doers are aircraft only ("gunships attacked the
  village"): the Air/drone strike.
- ``fired_bombs``: bombs fired or lobbed ("fired mortar bombs on the town"): the Shelling, not
  the Remote explosive.
- ``repelled``: a capture undone in the same telling ("seized the post but were driven back"):
  the Armed clash, not the takeover.
- ``withdrew_after`` (types36): a place entered or taken in a fight, the takers leaving it the
  same telling ("entered the town and fought the army; they withdrew by evening"): not held,
  the Armed clash, not the takeover.
- ``seized_equipment`` (types36): a capture word whose object is weapons or war machines
  ("captured two tanks", "seized a truck with 300 kg of explosives"): the Disrupted weapons
  use, no territory taken.
- ``property_only`` (types35): a raid whose only harm told is property burned or looted:
  the Looting/property destruction.
- ``riot_damage`` (types46): property burned or looted in a sentence that tells a street riot
  (rioting, barricades, brickbats), by nobody named, a crowd or a party's supporters: the
  Violent demonstration.
- ``on_them`` (types35): armed doers firing on "them", the armed side of the clause before:
  the Armed clash.
- ``fired_upon`` (types36): an Attack whose doers (or the people a passive names) fired on an
  armed or state side ("police said they were shot at by gang members and killed two
  suspects", "gendarmes shot dead two men; they said they had been fired upon"): an exchange
  between two armed sides, the Armed clash.
- ``got_through``: an interception of only part of what was sent, harm told beside it: the
  strike by what was sent, not the Disrupted weapons use.
- ``intercepted_weapon`` (story42): the weapon an interception stopped ("shot down a Russian
  missile") is the object of the interception's event, no event of its own; ``debris_harm``:
  harm done by the debris of an interception told in the sentence is its outcome, no attack.

Their words are in ``data/subtypes.yaml``, ``data/triggers.yaml`` (the lexicon's) and
``data/numbers.yaml`` (``unknown_toll``); no word is taken from an evaluation item.
"""

from __future__ import annotations

from ceasewatch.extract.subtypes.battles import (
    SIDE_PRONOUNS,
    SMALL_ARMS,
    TARGET_PREPS,
    fired_upon,
    on_them,
    repelled,
    supporting_fire,
    with_small_arms,
    withdrew_after,
)
from ceasewatch.extract.subtypes.remote import (
    REMOTE,
    SENT_MEANS,
    aircraft_doer,
    debris_harm,
    fired_bombs,
    got_through,
    intercepted_weapon,
)
from ceasewatch.extract.subtypes.shared import (
    AIR_STRIKE,
    ATTACK,
    CAPTURES,
    CLASH,
    DATA,
    DISRUPTED,
    PRONOUNS,
    REMOTE_MEANS,
    SHELLING,
    SUBJECTS,
    Words,
    armed,
    words,
)
from ceasewatch.extract.subtypes.strategic import (
    LOOTING,
    NOBODY,
    PLACE_ENTS,
    property_only,
    riot_damage,
    seized_equipment,
)

__all__ = [
    "AIR_STRIKE",
    "ATTACK",
    "CAPTURES",
    "CLASH",
    "DATA",
    "DISRUPTED",
    "LOOTING",
    "NOBODY",
    "PLACE_ENTS",
    "PRONOUNS",
    "REMOTE",
    "REMOTE_MEANS",
    "SENT_MEANS",
    "SHELLING",
    "SIDE_PRONOUNS",
    "SMALL_ARMS",
    "SUBJECTS",
    "TARGET_PREPS",
    "Words",
    "aircraft_doer",
    "armed",
    "debris_harm",
    "fired_bombs",
    "fired_upon",
    "got_through",
    "intercepted_weapon",
    "on_them",
    "property_only",
    "repelled",
    "riot_damage",
    "seized_equipment",
    "supporting_fire",
    "with_small_arms",
    "withdrew_after",
    "words",
]
