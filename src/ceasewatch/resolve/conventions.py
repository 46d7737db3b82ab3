"""ACLED's naming conventions the resolver applies to the words of a report.

Identity militias named by the words of a report: ACLED's "{Group} Ethnic Militia (X)",
"{Clan} Clan Militia (X)" and "{Name} Communal Militia (X)" for groups the knowledge base does
not list yet.

The knowledge base makes these actors for the groups it lists (``conventions.yaml``); a report
may name another group in so many words ("Galjeel clan militia", "Bassa community militia").
Then the name is ACLED's for the article's country and the reference has no id (method
"convention"): the curator's queue shows it, and adding the group to the table gives it one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.conventions import country_name, fill
from ceasewatch.model import ACTOR_TYPES, ActorRef

SCORE_CONVENTION = 0.8
_KINDS = {"clan": "clan-militia", "ethnic": "ethnic-militia", "communal": "communal-militia"}
_KINDS["community"] = "communal-militia"
_NAMED = re.compile(
    r"^(?:the |an? )?(?P<group>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) "
    r"(?P<kind>clan|ethnic|communal|community) (?:militia|militias|militiamen|fighters|gunmen)$"
)


def identity_militia(words: str, kb: ActorKB, country: str | None) -> dict[str, Any] | None:
    """ActorRef fields for "<Group> clan/ethnic/communal militia" in ``country``, or None."""
    found = _NAMED.match(" ".join(words.split()))
    if found is None or country is None:
        return None
    role = kb.descriptors.roles.get(_KINDS[found.group("kind")])
    cname = country_name(country, kb.descriptors)
    if role is None or cname is None:
        return None
    return {
        "name": fill(role.name, cname, found.group("group")),
        "id": None,
        "type": role.type,
        "inter": ACTOR_TYPES[role.type],
        "method": "convention",
        "score": SCORE_CONVENTION,
    }


def people_of(words: str, kb: ActorKB, on: dt.date | None) -> dict[str, Any] | None:
    """ActorRef fields for a country's people named by a plural demonym ("Afghans", "five
    Malians"), which the owner table does not read as forces: its civilians, whatever the
    article's country (ACLED codes victims by their own nationality)."""
    key = normalize_name(words).split()
    if len(key) != 1 or not key[0].endswith("s"):
        return None
    for alpha2, names in kb.descriptors.countries.items():
        if any(normalize_name(d) + "s" == key[0] for d in names.demonyms):
            actor = kb.role_actor("civilians", alpha2, on)
            if actor is None:
                return None
            fields = {"name": actor.name, "id": actor.id, "type": actor.type}
            return {
                **fields,
                "inter": actor.inter,
                "method": "convention",
                "score": SCORE_CONVENTION,
            }
    return None


# What a government does as such: a state named in these events stays its government.
CIVIL_SUB_EVENTS = frozenset({"Arrests", "Change to group/activity"})
# Words that say the government itself acts ("Russia's government", "the Kremlin"), not the state.
_GOVERNING = frozenset(
    [
        "government",
        "administration",
        "authorities",
        "cabinet",
        "ministry",
        "minister",
        "president",
        "presidency",
        "kremlin",
        "parliament",
        "officials",
        "official",
        "junta",
        "council",
        "leader",
        "leaders",
        "prime",
    ]
)


def state_forces(ref: ActorRef, sub_event: str | None, kb: ActorKB, on: dt.date | None) -> ActorRef:
    """A state named by its name alone in a fight, a strike, a prisoner swap or a truce is its
    armed forces, as ACLED codes them: "Russia launched 40 missiles" and "Russia and Ukraine
    exchanged prisoners of war" are Military Forces of Russia, not its government. Arrests and
    changes of activity, and words that name the government ("Russia's government", "the
    Kremlin"), keep the Government of X."""
    actor = kb.get(ref.id) if ref.id else None
    if actor is None or actor.country is None or sub_event is None or sub_event in CIVIL_SUB_EVENTS:
        return ref
    if ref.id not in kb.roles.get(("government", actor.country), ()):
        return ref
    words = set(normalize_name(ref.surface or ref.name).replace("'s", " ").split())
    if words & _GOVERNING:
        return ref
    forces = kb.role_actor("military", actor.country, on)
    if forces is None:
        return ref
    update = {"name": forces.name, "id": forces.id, "type": forces.type, "inter": forces.inter}
    return ref.model_copy(update=update)


__all__ = ["CIVIL_SUB_EVENTS", "SCORE_CONVENTION", "identity_militia", "people_of", "state_forces"]
