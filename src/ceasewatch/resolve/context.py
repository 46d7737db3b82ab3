"""What the article itself says about where it is: the country its named actors belong to.

Used to read generic references ("government troops" in a report about Syria are Military Forces
of Syria) through the generic actor's ``refers_to`` table in the knowledge base.
"""

from __future__ import annotations

from collections import defaultdict

from ceasewatch.resolve.matching import Matcher

# Foreign states and their forces (inter 8) appear in every report about a war they intervene
# in; a Syrian report names Turkey and Russia, but is about Syria. They count for half.
EXTERNAL_WEIGHT = 0.5


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
    ranked = sorted(weights.items(), key=lambda kv: kv[1], reverse=True)[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


__all__ = ["EXTERNAL_WEIGHT", "article_country"]
