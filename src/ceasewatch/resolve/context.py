"""What the article itself says about where it is: the country its named actors belong to.

Used to read generic references ("government troops" in a report about Syria are Military Forces
of Syria) through the generic actor's ``refers_to`` table in the knowledge base. Owner words
with a country in the descriptor table count like names ("Syrian", "Iraqi": a report that
only speaks of "regime warplanes" and "Syrian rebels" is still about Syria).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.resolve.matching import Matcher

# Foreign states and their forces (inter 8) appear in every report about a war they intervene
# in; a Syrian report names Turkey and Russia, but is about Syria. They count for half.
EXTERNAL_WEIGHT = 0.5
# A capitalised word with its possessive or dotted initials ("Syria's", "U.S.").
CAPITALISED = re.compile(r"\b[A-Z][\w.]*(?:['’]s)?")


def article_country(text: str, matcher: Matcher) -> str | None:
    """The ISO alpha-2 country most of the article's named, non-generic actors belong to.

    None when the article names no such actor or two countries tie.
    """
    weights: defaultdict[str, float] = defaultdict(float)
    for key in matcher.known_names_in(text):
        matches = [m for m in matcher.kb.lookup(key) if not m.actor.generic and m.actor.country]
        for m in matches:
            weight = EXTERNAL_WEIGHT if m.actor.inter == 8 else 1.0
            weights[str(m.actor.country)] += weight / len(matches)
    for country, weight in _owner_words(text, matcher):
        weights[country] += weight
    ranked = sorted(weights.items(), key=lambda kv: kv[1], reverse=True)[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _owner_words(text: str, matcher: Matcher) -> list[tuple[str, float]]:
    """(country, weight) for every one-word owner word with a country ("Syrian", "Iraqi"),
    capitalised as demonyms and country names are (the pronoun "us" is not "US")."""
    owners = matcher.kb.descriptors.owners
    found: list[tuple[str, float]] = []
    for token in CAPITALISED.findall(text):
        owner = owners.get(normalize_name(token))
        if owner is None or owner.country is None:
            continue
        actor = matcher.kb.get(owner.actors[0])
        external = actor is not None and actor.inter == 8
        found.append((owner.country, EXTERNAL_WEIGHT if external else 1.0))
    return found


__all__ = ["EXTERNAL_WEIGHT", "article_country"]
