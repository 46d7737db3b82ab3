"""Identity militias named by the words of a report: ACLED's "{Group} Ethnic Militia (X)",
"{Clan} Clan Militia (X)" and "{Name} Communal Militia (X)" for groups the knowledge base does
not list yet.

The knowledge base makes these actors for the groups it lists (``conventions.yaml``); a report
may name another group in so many words ("Galjeel clan militia", "Bassa community militia").
Then the name is ACLED's for the article's country and the reference has no id (method
"convention"): the curator's queue shows it, and adding the group to the table gives it one.
"""

from __future__ import annotations

import re
from typing import Any

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.conventions import country_name, fill
from ceasewatch.model import ACTOR_TYPES

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


__all__ = ["SCORE_CONVENTION", "identity_militia"]
