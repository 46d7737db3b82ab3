"""ACLED's per-country actor names, made for every country the knowledge base does not name.

ACLED names the actors that reports describe without naming by role and country: "Military
Forces of Sudan", "Police Forces of Kenya", "Government of Mali", "Protesters (Chile)",
"Civilians (Somalia)", "Unidentified Armed Group (Nigeria)", and identity militias by group
and country: "Fulani Ethnic Militia (Mali)", "Abgaal Clan Militia (Somalia)". The templates,
the generic actors each role reads, the country spellings, demonyms and capitals are data
(``roles:`` and ``countries:`` of a descriptors file, built in:
``knowledge/data/actors/conventions.yaml``).

For each role and country the knowledge base either names the actor itself (any actor of that
country whose name starts like the template: "Military Forces of Sudan (2019-)" is the Sudanese
military from 2019, with the period suffix ACLED adds where a regime change splits a state's
forces) or gets one made here, cited with the role's sources. Countries with demonyms also get
owner words ("Sudanese army", "Kenyan police") that point at their military; owners written
in ``descriptors.yaml`` win.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ceasewatch.knowledge.countries import country_by_code, known_codes
from ceasewatch.knowledge.descriptors import Descriptors, Owner, Role
from ceasewatch.model import ACTOR_TYPES, Actor

# Aliases every identity-militia group gets, "{group}" filled in.
# Armed men of the group ("Fulani gunmen", "Fulani herdsmen" in the Nigerian press) are its
# militia as ACLED codes the attacks they are blamed for.
GROUP_ALIASES = (
    "{group} militia",
    "{group} militias",
    "{group} militiamen",
    "{group} gunmen",
    "{group} fighters",
    "{group} herdsmen",
)
KIND_WORD = {"ethnic-militia": "ethnic", "clan-militia": "clan", "communal-militia": "communal"}


@dataclass
class Conventions:
    """What ``make`` found: actors to add, owners to add, and (role, country) -> actor ids."""

    actors: list[Actor] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    index: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def country_name(alpha2: str, table: Descriptors) -> str | None:
    """The country's name as ACLED writes it in actor names."""
    words = table.countries.get(alpha2)
    if words is not None and words.name:
        return words.name
    country = country_by_code(alpha2)
    return country.name if country is not None else None


def fill(template: str, country: str, group: str = "") -> str:
    """A role's name for a country: "Military Forces of the Philippines", but "Civilians
    (Philippines)" (ACLED keeps "the" only after "of")."""
    bare = country.removeprefix("the ")
    out = template.replace("of {country}", f"of {country}").replace("{country}", bare)
    return out.replace("{group}", group)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _countries(table: Descriptors) -> list[str]:
    codes = set(known_codes()) | set(table.countries)
    return sorted(codes)


def _prefix(role: Role) -> str:
    return role.name.split("{country}")[0]


def _explicit(role: Role, actors: Iterable[Actor]) -> dict[str, list[Actor]]:
    """Actors the knowledge base names for ``role``, by country, oldest first."""
    prefix = _prefix(role).casefold()
    named = [a for a in actors if a.country and a.name.casefold().startswith(prefix)]
    ids = {a.id for a in named}
    found: dict[str, list[Actor]] = {}
    for actor in named:
        if actor.country is None or any(m.parent in ids for m in actor.memberships):
            # a unit of the country's force, named as ACLED names it ("Police Forces of Russia
            # (2000-) Federal Security Service"): the unit's words only, never the role
            continue
        found.setdefault(actor.country, []).append(actor)
    for group in found.values():
        group.sort(key=lambda a: a.founded or dt.date.min)
    return found


def _own(actors: list[Actor], role: Role, cname: str | None) -> list[Actor]:
    """The country's own actors for ``role`` among those named like it: "Military Forces of
    Somalia" is Somalia's military, "Military Forces of Puntland (1998-)" and "... of
    Somaliland" are regional states' forces ACLED codes in Somalia, never what "the army" of a
    Somali report means. A name is the country's own when the role's name for the country is
    its whole head (a period suffix or a faction may follow: "Military Forces of Libya
    (2016-2021) Government of National Accord"); when none is (the base spells the country
    otherwise), all are kept."""
    if cname is None:
        return actors
    head = fill(role.name, cname).casefold()
    own = [
        a
        for a in actors
        if a.name.casefold().startswith(head) and a.name[len(head) : len(head) + 1] in ("", " ")
    ]
    return own or actors


def _made(role: Role, alpha2: str, name: str, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(
        id=f"{role.role}-{alpha2.lower()}" if not aliases else f"{_slug(name)}",
        name=name,
        aliases=aliases,
        type=role.type,
        inter=ACTOR_TYPES[role.type],
        country=alpha2,
        # the crowd roles are categories, as the country-less "Civilians" is; a state's
        # forces and a named group are actors
        generic=ACTOR_TYPES[role.type] in (3, 5, 6, 7) and not aliases,
        description="Named by ACLED's convention for this role and country; made from the "
        "convention table, not written by hand.",
        sources=role.sources,
    )


def _country_role(role: Role, table: Descriptors, known: list[Actor], out: Conventions) -> None:
    explicit = _explicit(role, known)
    for alpha2 in _countries(table):
        cname = country_name(alpha2, table)
        if alpha2 in explicit:
            out.index[(role.role, alpha2)] = [a.id for a in _own(explicit[alpha2], role, cname)]
            continue
        if cname is None:
            continue
        actor = _made(role, alpha2, fill(role.name, cname))
        out.actors.append(actor)
        out.index[(role.role, alpha2)] = [actor.id]


def _group_role(role: Role, table: Descriptors, known: dict[str, Actor], out: Conventions) -> None:
    kind = KIND_WORD.get(role.role, "")
    for group, countries in role.groups.items():
        for alpha2 in countries:
            cname = country_name(alpha2, table)
            if cname is None:
                continue
            name = fill(role.name, cname, group)
            aliases: tuple[str, ...] = ()
            for word in (group, *role.spellings.get(group, ())):
                aliases += tuple(a.format(group=word) for a in GROUP_ALIASES)
                if kind:
                    aliases += (f"{word} {kind} militia", f"{word} {kind} militias")
            actor = _made(role, alpha2, name, aliases)
            if actor.id in known:
                continue  # written by hand
            out.actors.append(actor)
            out.index.setdefault((role.role, alpha2), []).append(actor.id)


def _owners(table: Descriptors, out: Conventions) -> None:
    """Owner words for every country with demonyms: "Sudanese troops" are its military."""
    for alpha2, words in table.countries.items():
        ids = out.index.get(("military", alpha2))
        cname = country_name(alpha2, table)
        if not ids or not cname:
            continue
        sources = table.roles["military"].sources
        out.owners.append(
            Owner(
                words=(*words.demonyms, cname, *words.words),
                actors=tuple(ids),
                country=alpha2,
                sources=sources,
            )
        )


def make(table: Descriptors, known: dict[str, Actor]) -> Conventions:
    """Actors and owners for every role and country the knowledge base does not name."""
    out = Conventions()
    for role in table.roles.values():
        if "{group}" in role.name:
            _group_role(role, table, known, out)
        else:
            _country_role(role, table, list(known.values()), out)
    if "military" in table.roles:
        _owners(table, out)
    return out


__all__ = ["Conventions", "country_name", "fill", "make"]
