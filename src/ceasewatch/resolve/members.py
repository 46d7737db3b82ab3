"""A group named through its members: "fighters of the Islamic State in the Greater Sahara",
"gunmen of the rival ARSA and RSO factions", "inmates belonging to Barrio 18"; and the one
group a sentence names beside an act nobody is said to have done.

1. ``group_after``: generic armed men ("fighters", "gunmen", "members") followed by "of",
   "from" or "belonging to" and a named group: the group first written after the link word
   (ACLED codes the group, not its men). The extract stage keeps the noun as the mention and
   cuts the group off; the words after the mention's span are read here.
2. ``only_group``: an act the report gives no agent ("women detainees were raped ...; M23
   fighters were entering the city", "members of the Civilian JTF ... fought off Boko Haram"
   when the parse found no subject) whose sentence names exactly one armed non-state group
   that is not its victim: that group. Two groups named leave the slot unidentified.
4. ``named_in``: a clash told with no sides ("heavy clashes in the Ombadda area as the RSF
   pushed toward the Engineers Corps", "fighting between the ENDF and the OLA near Fiche")
   is between the armed actors its sentence names, in the order written (``resolve``).
3. a toll told in a sentence of its own that names nobody ("At least 5 combatants were
   killed.", "2 militants were killed."), kept as an event because the act before it gave
   none, was done by whoever the sentence before it names first: its subject ("ELN and FARC
   dissidents of the EMC fought each other", "army and police personnel engaged militants").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.model import Actor
from ceasewatch.resolve.matching import unquoted

# The link between the men and their group, after the mention ("fighters of the ...").
_LINK = re.compile(
    r"^\s+(?:of|from|belonging\s+to|loyal\s+to)\s+(?:the\s+|an?\s+)?(?:rival\s+)?"
    r"(?P<rest>[^,;:()]{2,100})"
)
# How far past the mention the group may be written (characters).
REACH = 110
# A group named as the report's source ("local resistance officials said", "according to the
# group") or in a clause describing the place hit ("bombed a village where PDF fighters were
# sheltering") is not the unnamed doer of the act (issue 9, session 28: an air strike given to
# the group that reported it or was its target, in two writers). Normalised text.
_SOURCE_AFTER = re.compile(
    r"^ (?:\w+ )?(?:officials?|sources?|spokes(?:man|woman|person|people)|media|medics?"
    r"|statement|activists|commanders? said)\b"
)
_ASIDE_BEFORE = re.compile(r"\b(?:according to|where|in which)(?: \w+){0,2} $")


def _aside(before: str, after: str) -> bool:
    """Is a group named between ``before`` and ``after`` (normalised, space-padded) only
    the report's source or the place hit's occupant?"""
    return _SOURCE_AFTER.match(after) is not None or _ASIDE_BEFORE.search(before) is not None


def _first_named(words: str, names: Sequence[str]) -> list[str]:
    """The known names written in ``words``, earliest first, longest first at one place."""
    haystack = f" {normalize_name(words)} "
    placed = [(haystack.find(f" {k} "), -len(k), k) for k in dict.fromkeys(names)]
    return [k for at, _, k in sorted(placed) if at >= 0]


def in_order(words: str, keys: Sequence[str]) -> list[str]:
    """The known names or owner words ``keys`` written in ``words``, in the order written."""
    return _first_named(words, keys)


def group_after(
    text: str,
    end: int,
    names_in: Callable[[str], list[str]],
    find: Callable[[str], Actor | None],
    inter: frozenset[int],
) -> Actor | None:
    """The named group written right after a mention ending at ``end`` of ``text`` through
    "of"/"from"/"belonging to" (rule 1), or None."""
    found = _LINK.match(text[end : end + REACH])
    if found is None:
        return None
    rest = found.group("rest")
    for key in _first_named(rest, names_in(rest)):
        actor = find(key)
        if actor is not None and not actor.generic and actor.inter in inter:
            return actor
    return None


def only_group(
    sentence: str,
    names_in: Callable[[str], list[str]],
    find: Callable[[str], Actor | None],
    inter: frozenset[int],
    besides: Sequence[str | None],
) -> Actor | None:
    """The one armed non-state group ``sentence`` names other than the actors ``besides``
    (ids of its victims), or None when it names none or several (rule 2)."""
    groups = named_in(sentence, names_in, find, inter, besides)
    return groups[0] if len(groups) == 1 else None


def named_in(
    sentence: str,
    names_in: Callable[[str], list[str]],
    find: Callable[[str], Actor | None],
    inter: frozenset[int],
    besides: Sequence[str | None] = (),
) -> list[Actor]:
    """The named (not generic) actors of ``inter`` that ``sentence`` writes, in the order
    written, once each, other than ``besides`` and those named only as a source or the place
    hit's occupant (rules 2 and 4)."""
    groups: dict[str, Actor] = {}
    sentence = unquoted(sentence)
    haystack = f" {normalize_name(sentence)} "
    taken: list[tuple[int, int]] = []
    for key in _first_named(sentence, names_in(sentence)):
        at = haystack.find(f" {key} ")
        if any(a <= at and at + len(key) <= b for a, b in taken):
            continue  # "Islamic State" inside "Islamic State in the Greater Sahara"
        taken.append((at, at + len(key)))
        if _aside(haystack[: at + 1], haystack[at + 1 + len(key) :]):
            continue
        actor = find(key)
        if actor is None or actor.generic or actor.inter not in inter or actor.id in besides:
            continue
        groups.setdefault(actor.id, actor)
    return list(groups.values())


def previous_sentence(text: str, start: int) -> str:
    """The sentence of ``text`` just before offset ``start`` (a sentence ends at a full stop,
    "!" or "?" before a space), or ""."""
    before = text[:start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("! "), before.rfind("? "))
    return before[cut + 1 :].strip() if before else ""


def first_written(words: str, keys: Sequence[str]) -> str | None:
    """The earliest of ``keys`` (normalised names or owner words) written in ``words``,
    longest first at one place."""
    found = _first_named(words, keys)
    return found[0] if found else None


__all__ = [
    "REACH",
    "first_written",
    "group_after",
    "in_order",
    "named_in",
    "only_group",
    "previous_sentence",
]
