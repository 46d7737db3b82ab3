"""A branch named through its parent: "Islamic State's West Africa Province", "the Sahel
branch of Islamic State", "al-Qaeda's Yemen affiliate".

ACLED codes the branch that acted or claimed (Islamic State West Africa Province, not the
Islamic State), so the words are read as a member of the parent movement: the member whose name
or aliases contain the qualifier ("West Africa", "Sahel", "Khorasan"), or whose country the
qualifier names ("Somalia", "Yemeni"); with no qualifier that decides, the parent's one member
in the article's country. When no member fits, None: the caller reads the words as before (the
parent, or the branch the article's country implies).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.countries import country_named
from ceasewatch.model import Actor

_KIND = r"(?:branch|affiliate|province|wing|franchise|offshoot|chapter|arm|division)"
# "Islamic State's West Africa Province", "al-Qaeda's Sahel affiliate"
_OWNED = re.compile(
    rf"^(?:the\s+)?(?P<parent>.+?)['’]s?\s+(?P<qual>.+?)\s+(?P<kind>{_KIND})s?$", re.IGNORECASE
)
# "the West Africa Province of the Islamic State", "the Sahel branch of Islamic State"
_OF = re.compile(
    rf"^(?:the\s+)?(?:(?P<qual>.+?)\s+)?(?P<kind>{_KIND})s?\s+of\s+(?:the\s+)?(?P<parent>.+)$",
    re.IGNORECASE,
)
# "al-Qaeda's Sahel affiliate JNIM", "Islamic State's local branch, ISWAP": the branch's own name
_APPOSED = re.compile(rf"^.+?['’]s?\s+(?:.+?\s+)?{_KIND}s?,?\s+(?P<name>[A-Z].+)$", re.IGNORECASE)
_FILLER = re.compile(r"\b(?:the|its|local|regional|official|so-called|self-styled)\b", re.I)


def split_branch(words: str) -> tuple[str, str] | None:
    """(parent words, qualifier) when ``words`` name a branch through its parent."""
    text = " ".join(words.split()).strip(" ,.;:")
    for pattern in (_OWNED, _OF):
        match = pattern.match(text)
        if match is not None:
            qual = " ".join(_FILLER.sub(" ", match.group("qual") or "").split())
            return match.group("parent").strip(), qual
    return None


def branch_named(
    words: str,
    kb: ActorKB,
    find: Callable[[str], Actor | None],
    country: str | None,
    on: dt.date | None,
) -> Actor | None:
    """The member of the parent the words name (module docstring); ``find`` resolves the
    parent's words to a named actor."""
    text = " ".join(words.split()).strip(" ,.;:")
    apposed = _APPOSED.match(text)
    own = find(apposed.group("name")) if apposed else None
    if own is not None and not own.generic:
        return own
    split = split_branch(text)
    if split is None:
        return None
    parent = find(split[0])
    if parent is None or parent.generic:
        return None
    day = on or dt.date.today()
    members = [
        kb.actors[m]
        for m in kb.members_on(parent.id, day)
        if not kb.actors[m].generic and kb.active_on(m, day)
    ]
    fits = [m for m in members if split[1] and _qualifies(m, split[1])]
    if not fits and not split[1] and country is not None:
        local = kb.branch_in(parent.id, country, on)
        fits = [local] if local is not None else []
    if len(fits) > 1 and country is not None:
        fits = [m for m in fits if kb.operates_in(m.id, country, day)] or fits
        fits = [m for m in fits if m.country == country] or fits
    return fits[0] if len(fits) == 1 else None


# "militants linked to al-Qaeda", "al-Qaeda-linked fighters", "Islamic State-aligned gunmen":
# who an unnamed force is tied to (backing is not a tie: who backs a force does not say who it is)
_TIES = r"(?:linked|affiliated|allied|aligned|tied|loyal|connected|belong|belonging|belonged)"
# a capitalised name, with the group noun some names are written with ("the Jalisco cartel")
_NAME = (
    r"(?:al[- ])?[A-Z][\w'’.]*(?:[ -](?:al[- ])?[A-Z][\w'’.]*)*"
    r"(?:\s+(?:cartel|gang|militia|group|movement|network)\b)?"
)
# who says so, between the verb and "as" ("identified by residents as colectivos", "named by
# the army as ..."): up to three words; the attribution stays the report's, as without them
_BY = r"(?:by\s+(?:[\w'’-]+\s+){1,3}?)?"
# a group the press writes in lower case ("colectivos", "ronderos"): one word, which must then
# match a named (not generic) actor of the knowledge base to count (``tied_to``)
_WORD = r"[a-z][\w'’-]+"
_TIED_TO = re.compile(
    rf"\b(?:{_TIES}\s+(?:to|with)|(?:identified|named)\s+{_BY}as)\s+(?:the\s+)?"
    rf"(?:(?:members?|fighters?|militants?|elements?)\s+of\s+(?:the\s+)?)?"
    rf"(?P<name>{_NAME}|{_WORD})"
)
# A coder's note naming the suspect in a sentence of its own: "... killing 18 people. Suspected
# Boko Haram militants." (no verb: the attribution of the event just described)
SUSPECTS = re.compile(
    rf"(?:^|[.;]\s+)(?:Suspected|Presumed|Alleged|Likely|Reportedly|Probably)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME})(?:\s+(?:militants|fighters|gunmen|attackers|members|elements|rebels))?"
    r"\s*(?:\.|$)"
)
# A suspect named after the event, in a sentence of its own: "police later identified the
# attacker as a member of the Pakistani Taliban", "authorities named the gunmen as TTP fighters".
LATER_NAMED = re.compile(
    rf"\b(?:identified|named|described)\s+{_BY}(?:the\s+|him\s+|her\s+|them\s+)?"
    r"(?:(?:attacker|gunman|gunmen|assailant|bomber|perpetrator|suspect|shooter|killer)s?\s+)?"
    r"as\s+(?:an?\s+|the\s+)?(?:(?:member|fighter|militant|supporter|commander|operative)s?"
    rf"\s+of\s+(?:the\s+)?)?(?P<name>{_NAME})"
)
_TIED = re.compile(rf"(?P<name>{_NAME})-{_TIES}\b")


def tied_to(
    sentence: str,
    kb: ActorKB,
    find: Callable[[str], Actor | None],
    country: str | None,
    on: dt.date | None,
    text: str | None = None,
) -> Actor | None:
    """The named group an unnamed force of ``sentence`` is tied to, as ACLED codes it: the
    group itself in its own country ("al-Shabaab-linked militants" in Somalia), else the
    movement's one branch in the article's country ("militants linked to al-Qaeda" in Mali are
    JNIM, in Burkina Faso too, where it also fights: ``ActorKB.operates_in``, with ``text``
    for operations confined to named areas); None when no tie is written or no branch fits."""
    found = [m.group("name") for p in (_TIED_TO, _TIED) for m in p.finditer(sentence)]
    day = on or dt.date.today()
    for name in found:
        actor = find(name)
        if actor is None or actor.generic or country is None:
            continue
        if kb.operates_in(actor.id, country, day, text):
            return actor
        local = kb.branch_in(actor.id, country, day, text)
        if local is not None:
            return local
    return None


def _qualifies(member: Actor, qualifier: str) -> bool:
    """Does the qualifier ("West Africa", "Somali") name this member or its country?"""
    key = _fold(qualifier)
    if any(re.search(rf"\b{re.escape(key)}\b", _fold(n)) for n in (member.name, *member.aliases)):
        return True
    named = country_named(qualifier, adjective=True)
    return named is not None and named.alpha2 == member.country


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())


__all__ = ["LATER_NAMED", "SUSPECTS", "branch_named", "split_branch", "tied_to"]
