"""What the article itself says about where it is: the country its named actors belong to.

Used to read generic references ("government troops" in a report about Syria are Military Forces
of Syria) through the generic actor's ``refers_to`` table or ACLED's role conventions in the
knowledge base. Owner words with a country in the descriptor table count like names ("Syrian",
"Iraqi", "South Sudanese", "Sudan": a report that only speaks of "regime warplanes" and "Syrian
rebels" is still about Syria), and so does a country's capital written as a name of its own
("KHARTOUM, May 23 -": not "Lower Juba", whose last word is South Sudan's capital).

When the actors and owner words name no country (or two tie), the article's geography
decides: ``knowledge.countries.article_country``, the one reading geocode also uses (the
dateline, country names, capitals and admin areas: "Magway region" is Myanmar, "SIALKOT,
Pakistan" Pakistan). Actors go first because a report's named belligerents say whose
conflict it is better than its places (a Syrian report datelined in Beirut).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import article_country as geographic_country
from ceasewatch.knowledge.countries import located_country, names_foreigners
from ceasewatch.resolve.matching import Matcher

# Foreign states and their forces (inter 8) appear in every report about a war they intervene
# in; a Syrian report names Turkey and Russia, but is about Syria. They count for half.
EXTERNAL_WEIGHT = 0.5
# A chain of bracketed parents says where the event was ("residents of Petare (Sucre, Miranda)"):
# more than one owner word or capital ("Sucre" is also Bolivia's capital), less than two named
# actors (issue 9, notesc).
LOCATED_WEIGHT = 1.5
# Words a sentence capitalises before a name ("In Mogadishu, ...", "The Khartoum government").
STARTERS = frozenset(
    [
        "the",
        "in",
        "on",
        "at",
        "from",
        "near",
        "and",
        "but",
        "a",
        "an",
        "for",
        "of",
        "by",
        "with",
        "to",
        "as",
        "when",
        "after",
        "before",
        "while",
        "during",
        "since",
        "across",
        "outside",
        "inside",
        "around",
    ]
)
# A run of capitalised words, each with its possessive or dotted initials ("Syria's", "U.S.",
# "South Sudanese", "KHARTOUM").
CAPITALISED = re.compile(r"\b[A-Z][\w.’'-]*(?: +[A-Z][\w.’'-]*)*")


def article_country(text: str, matcher: Matcher) -> str | None:
    """The ISO alpha-2 country most of the article's named, non-generic actors belong to,
    else the one its geography names (module docstring).

    None when neither names one country.
    """
    weights: defaultdict[str, float] = defaultdict(float)
    for key in matcher.names_written_in(text):
        matches = [m for m in matcher.kb.lookup(key) if not m.actor.generic and m.actor.country]
        for m in matches:
            weight = EXTERNAL_WEIGHT if m.actor.inter == 8 else 1.0
            weights[str(m.actor.country)] += weight / len(matches)
    for country, weight in _owner_words(text, matcher):
        weights[country] += weight
    if (located := located_country(text)) is not None:
        weights[located] += LOCATED_WEIGHT
    ranked = sorted(weights.items(), key=lambda kv: kv[1], reverse=True)[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        found = geographic_country(text)
        return found.alpha2 if found is not None else None
    return ranked[0][0]


def _owner_words(text: str, matcher: Matcher) -> list[tuple[str, float]]:
    """(country, weight) for every owner word with a country ("Syrian", "South Sudanese"),
    capitalised as demonyms and country names are (the pronoun "us" is not "US"), and for
    every capital that is a capitalised run of its own."""
    capitals = matcher.kb.descriptors.capital_keys
    found: list[tuple[str, float]] = []
    for found_run in CAPITALISED.finditer(text):
        if names_foreigners(text, found_run.end()):
            continue  # "two Chinese workers were killed": the victims' nationality, not owners
        run = found_run.group(0)
        words = [normalize_name(w) for w in run.split()]
        words = [w for w in words if w]
        while words and words[0] in STARTERS:  # "In Mogadishu": capitalised by the sentence
            words = words[1:]
        if " ".join(words) in capitals:
            found.append((capitals[" ".join(words)], 1.0))
            continue
        found += _owners_in(words, matcher)
    return found


def _owners_in(words: list[str], matcher: Matcher) -> list[tuple[str, float]]:
    """Owner words with a country in a run of capitalised words, longest first."""
    owners = matcher.kb.descriptors.owners
    found: list[tuple[str, float]] = []
    i = 0
    while i < len(words):
        for n in range(min(len(words) - i, 3), 0, -1):
            owner = owners.get(" ".join(words[i : i + n]))
            if owner is not None and owner.country is not None:
                actor = matcher.kb.get(owner.actors[0])
                external = actor is not None and actor.inter == 8
                found.append((owner.country, EXTERNAL_WEIGHT if external else 1.0))
                i += n
                break
        else:
            i += 1
    return found


__all__ = ["EXTERNAL_WEIGHT", "LOCATED_WEIGHT", "article_country"]
