"""Identity militias written as a people's or a clan's armed men: "Tiv youths attacked ...",
"Lou Nuer armed youth raided ...", "gunfire between Kusasi and Mamprusi youth", "raiders from
the Murle community", "fighting between rival clans".

ACLED's codebook codes the armed men of an ethnic group, a clan or a community as that group's
identity militia ("{Group} Ethnic Militia (X)", "{Clan} Clan Militia (X)", "{Name} Communal
Militia (X)"; inter 4), and unnamed clans or tribes fighting as "Communal Militia (X)". The
extract stage reads "youths", "raiders" or "clans" as no actor (a youth is as often a victim),
so such a violent event arrives here with actor1 empty, left as words nothing resolved, or
filled by the unidentified-armed-group default. Issue 9, session 17: seen in the dev halves
of four writers (a, e, g, h).

Only the groups the knowledge base lists for the article's country (``conventions.yaml``,
roles ethnic-militia, clan-militia, communal-militia) are read, and only when the group word
stands before a word for armed or young men ("youth", "raiders", "militiamen"...) or after
"from/of the ... community/clan". Victims are not the attackers: a group word after a number
or a verb of violence, followed by "were/was", or written after the attacker's own words is
skipped. A named actor in actor1 is never replaced.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import ActorRef, Event
from ceasewatch.resolve.roles import as_ref

GROUP_ROLES = ("ethnic-militia", "clan-militia", "communal-militia")
UNNAMED_ROLE = "communal-militia-unnamed"
DEFAULT_ROLES = ("unidentified-armed-group", UNNAMED_ROLE)
SCORE_IDENTITY = 0.8
EVENT_TYPES = frozenset({"Battles", "Violence against civilians"})
EXTRA_SUBS = frozenset({"Looting/property destruction", "Mob violence"})
# Words for a group's armed or young men, right after the group's name ("Tiv youths", "Lou Nuer
# armed youth", "Dinka Bor youth": one more capitalised word, a section of the group, may sit
# between).
MEN = (
    r"(?:armed\s+)?(?:youths?|young\s+men|raiders|cattle\s+raiders|militia|militias|militiamen"
    r"|fighters|gunmen|clansmen|tribesmen|warriors|vigilantes|(?:village\s+)?volunteers|herders|herdsmen)"
)
# "warriors" are the armed men of the cattle-raiding peoples of Karamoja and South Sudan
# ("Karamojong warriors", "Murle warriors"; session 46).
# "village volunteers" is the name the armed men of a village go by in Manipur's and the
# north-east's reporting ("Kuki village volunteers", "Meitei and Kuki village volunteers
# exchanged fire"; session 36: a notes writer's clash left with no actor at all).
# Herders of a people written as a side ("Fulani herders and Tiv youths clashed") are its armed
# men as "herdsmen" are (``conventions.GROUP_ALIASES``); victims are skipped as for any men's
# word (``VICTIM_BEFORE``, ``PASSIVE``). Issue 9, session 31: the first written of two peoples
# lost in a notes writer's dev half.
NAME_NAME = r"(?P<name>{names})"
# "raiders from Jonglei's Murle community", "members of the Garre clan"
FROM_COMMUNITY = (
    r"\b(?:from|of)\s+(?:the\s+|[A-Z][\w'’-]*['’]s\s+)?{name}\s+(?:community|clan|tribe)\b"
)
# two groups' men at once: "armed men from the Kuki and Meitei communities" (issue 9, session
# 22: reports and notes writers, each time with no actor at all)
FROM_COMMUNITIES = (
    r"\b(?:from|of)\s+(?:the\s+)?{first}\s+and\s+(?:the\s+)?{second}\s+"
    r"(?:communities|clans|tribes)\b"
)
# two peoples' men written with one noun: "gunfire between Kusasi and Mamprusi men", "Hema and
# Lendu men clashed". A bare "men" after one people's name is as often the victims ("Fulani men
# were found"), so it is read only when two listed peoples share it (issue 9, session 35: a
# notes writer's clash left with no actor at all); victims are skipped as for any men's word.
PAIR_MEN = r"(?<![\w-]){first}\s+and\s+(?:the\s+)?{second}\s+(?:armed\s+)?men\b"
# no group's name follows: "fighting between rival clans", "clans clashed", "tribal fighting"
UNNAMED = re.compile(
    r"\b(?:(?:fighting|clashes|gunfire|violence|battles?)\s+between\s+(?:rival\s+|warring\s+)?"
    r"(?:clans|tribes|communities)|(?:rival|warring)\s+(?:clans|tribes)\s+(?:clashed|fought)"
    r"|(?:clans|tribes)\s+(?:clashed|fought)|(?:inter-?clan|clan|tribal|inter-?communal)"
    r"\s+(?:fighting|clashes))\b",
    re.IGNORECASE,
)
# Two peoples' elders making peace: "Pokot and Turkana elders signed a peace accord", "Borana
# and Gabra elders agreed to ...": ACLED codes an agreement between communities to their
# identity militias, the first written as actor1 (issue 9, session 23: two notes writers, no
# actor at all before). Only for an agreement: elders elsewhere speak for their people ("Tiv
# elders said herders attacked"), they are not the doers.
ELDERS = r"{first}(?:\s+and\s+(?:the\s+)?{second})?\s+(?:(?:clan|community|tribal)\s+)?elders\b"
# The same elders written after their peoples' names: "elders of the Borana and Gabra signed a
# truce", "elders of Dinka Bor and Murle communities signed a peace pact" (a section word,
# "Bor", may follow a name; session 46: two notes writers' agreements with no actor at all).
ELDERS_OF = (
    r"\belders\s+(?:of|from)\s+(?:the\s+)?{first}(?:\s+[A-Z][a-z]+)?"
    r"(?:\s+and\s+(?:the\s+)?{second})?"
)
AGREEMENT = "Agreement"
PASSIVE = re.compile(r"^\s+(?:were|was|had\s+been|have\s+been)\b")
# A group word written as the object or the count of an act: "gunmen killed five Tiv youths",
# "attacks on Murle youth" are the victims.
VICTIM_BEFORE = re.compile(
    r"(?:\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of"
    r"|several|many|some)|\b(?:killed|killing|kill|attacked|attacking|attack|attacks|shot"
    r"|abducted|kidnapped|targeted|targeting|on|against)(?:\s+(?:the|a|an|\d+))?)\s+(?:armed\s+)?$",
    re.IGNORECASE,
)


def _group_name(name: str) -> str | None:
    found = re.match(r"^(.+) (?:Ethnic|Clan|Communal) Militia \(", name)
    return found.group(1) if found else None


@lru_cache(maxsize=512)
def _table(kb: ActorKB, country: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The regex over the country's listed groups and group -> actor id."""
    by_group: dict[str, str] = {}
    for role in GROUP_ROLES:
        for actor_id in kb.roles.get((role, country), ()):
            actor = kb.actors.get(actor_id)
            group = _group_name(actor.name) if actor is not None else None
            if group is None:
                continue
            # a group's other spellings ("Karamojong" for "Karimojong") name the same militia
            spellings = kb.descriptors.roles[role].spellings.get(group, ())
            for word in (group, *spellings):
                by_group.setdefault(word, actor_id)
    if not by_group:
        return None, by_group
    # longest first: "Lou Nuer" before "Nuer"
    names = "|".join(re.escape(g) for g in sorted(by_group, key=len, reverse=True))
    name = NAME_NAME.format(names=names)
    group = rf"(?<![\w-]){name}(?![\w-])"
    pattern = (
        rf"{group}(?=(?:\s+[A-Z][a-z]+)?\s+{MEN}\b"
        rf"|\s+and\s+(?:[A-Z][\w'’-]+\s+){{1,2}}{MEN}\b)"
        "|"
        + FROM_COMMUNITY.format(name=name.replace("?P<name>", "?P<name2>"))
        + "|"
        + FROM_COMMUNITIES.format(
            first=name.replace("?P<name>", "?P<name3>"),
            second=name.replace("?P<name>", "?P<name4>"),
        )
        + "|"
        + PAIR_MEN.format(
            first=name.replace("?P<name>", "?P<name5>"),
            second=name.replace("?P<name>", "?P<name6>") + r"(?![\w-])",
        )
    )
    return re.compile(pattern), by_group


def groups_acting(text: str, kb: ActorKB, country: str, until: int | None = None) -> list[str]:
    """The listed groups ``text`` writes as armed men (starting before offset ``until``), in
    the order written, each once; the actor ids of their militias."""
    pattern, by_group = _table(kb, country)
    if pattern is None:
        return []
    found: list[str] = []
    for hit in pattern.finditer(text):
        names = [
            hit.group("name") or hit.group("name2") or hit.group("name3") or hit.group("name5")
        ]
        names += [hit.group(g) for g in ("name4", "name6") if hit.group(g)]
        if (until is not None and hit.start() >= until) or VICTIM_BEFORE.search(
            text[max(0, hit.start() - 40) : hit.start()]
        ):
            continue
        if PASSIVE.match(text[hit.end() :]) or PASSIVE.match(_after_noun(text, hit.end())):
            continue
        for name in names:
            actor_id = by_group[name]
            if actor_id not in found:
                found.append(actor_id)
    return found


# Herders no people's name comes before ("armed herders attacked", "herders and farmers
# clashed", "suspected herdsmen"): the herding people of the country (conventions.yaml,
# ethnic-militia ``herders``). A possessive ("herders' cattle") is the victims' property, and
# victims are skipped as for any men's word (``VICTIM_BEFORE``, ``PASSIVE``).
BARE_HERDERS = re.compile(
    r"(?<![\w'’-])(?:(?:armed|suspected|alleged)\s+)?(?:herders|herdsmen)\b(?!['’])",
    re.IGNORECASE,
)
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def herders_acting(text: str, kb: ActorKB, country: str, until: int | None = None) -> str | None:
    """The militia of the country's herding people when ``text`` writes bare herders as the
    doers (``BARE_HERDERS``), else None."""
    group = kb.descriptors.roles["ethnic-militia"].herders.get(country)
    actor_id = _table(kb, country)[1].get(group) if group else None
    if actor_id is None:
        return None
    for hit in BARE_HERDERS.finditer(text):
        before = text[max(0, hit.start() - 40) : hit.start()]
        if until is not None and hit.start() >= until:
            break
        if NAME_BEFORE.search(before) or VICTIM_BEFORE.search(before):
            continue
        if PASSIVE.match(text[hit.end() :]):
            continue
        return actor_id
    return None


def elders_agreeing(text: str, kb: ActorKB, country: str) -> list[str]:
    """The listed groups whose elders ``text`` writes making an agreement ("Pokot and Turkana
    elders signed ..."), in the order written; the actor ids of their militias."""
    _, by_group = _table(kb, country)
    if not by_group:
        return []
    names = "|".join(re.escape(g) for g in sorted(by_group, key=len, reverse=True))
    first = rf"(?<![\w-])(?P<first>{names})(?![\w-])"
    second = rf"(?P<second>{names})(?![\w-])"
    hits = [
        hit
        for form in (ELDERS, ELDERS_OF)
        for hit in re.finditer(form.format(first=first, second=second), text)
    ]
    found: list[str] = []
    for hit in sorted(hits, key=lambda h: h.start()):
        for name in (hit.group("first"), hit.group("second")):
            if name is not None and by_group[name] not in found:
                found.append(by_group[name])
    return found


def _after_noun(text: str, end: int) -> str:
    """The text after the men's word that follows a group's name ("Murle youth| were ...")."""
    rest = re.match(rf"(?:\s+[A-Z][a-z]+)?\s+{MEN}\b", text[end:])
    return text[end + rest.end() :] if rest else ""


def _open(ref: ActorRef | None, kb: ActorKB, country: str) -> bool:
    """Empty, words nothing resolved, or a default the conventions put there."""
    if ref is None or (ref.id is None and ref.method == "unresolved"):
        return True
    defaults = {i for role in DEFAULT_ROLES for i in kb.roles.get((role, country), ())}
    return ref.id in defaults or ref.id == "generic-communal-militias"


def _ref(kb: ActorKB, actor_id: str, surface: str | None) -> ActorRef:
    return as_ref(kb.actors[actor_id], "convention", SCORE_IDENTITY, surface)


def identity_militias(event: Event, kb: ActorKB, country: str | None) -> Event:
    """``event`` with the identity militias its sentence writes as armed men (module
    docstring) in an open actor1 (and, for a clash, an open actor2)."""
    if country is None or event.sentence is None or not _open(event.actor1, kb, country):
        return event
    text = event.sentence.text
    if event.sub_event_type == AGREEMENT:
        return _elders(event, kb, country, text)
    if event.event_type not in EVENT_TYPES and event.sub_event_type not in EXTRA_SUBS:
        return event
    # words the report wrote for the attacker ("gunmen") come first: a group after them is
    # not it ("gunmen attacked Tiv youths")
    first = event.actor1
    until = None
    if first is not None and first.span is not None and first.surface:
        until = max(0, first.span.end - event.sentence.start)
    groups = groups_acting(text, kb, country, until)
    herders = None if groups else herders_acting(text, kb, country, until)
    groups = [herders] if herders is not None else groups
    surface = event.actor1.surface if event.actor1 is not None else None
    if not groups:
        if event.sub_event_type != "Armed clash" or UNNAMED.search(text) is None:
            return event
        unnamed = kb.role_actor(UNNAMED_ROLE, country, event.event_date)
        if unnamed is None:
            return event
        groups = [unnamed.id, unnamed.id]
    update = {"actor1": _ref(kb, groups[0], surface)}
    second = event.actor2
    clash = event.sub_event_type == "Armed clash" and len(groups) > 1
    if clash and (second is None or _open(second, kb, country)):
        update["actor2"] = _ref(kb, groups[1], second.surface if second else None)
    return event.model_copy(update=update)


# The kind of militia and its noun written just before a name the extract stage kept alone
# ("tribal fighters of the Shaitat", "clan militiamen of the Abgaal"; session 36): the name
# with them reads as ACLED's "{Tribe} Tribal Militia (X)" (``conventions.identity_militia``).
KIND_BEFORE = re.compile(
    r"(?P<kind>clan|ethnic|communal|community|tribal)\s+"
    r"(?P<noun>militia|militias|militiamen|fighters|gunmen)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def kind_before(text: str | None, start: int | None, words: str) -> str | None:
    """``words`` with the militia's kind and noun written before them at ``start`` in
    ``text`` ("tribal fighters of Shaitat"), when the words are a capitalised name; else None."""
    if text is None or start is None or not words[:1].isupper():
        return None
    found = KIND_BEFORE.search(text[max(0, start - 60) : start])
    if found is None:
        return None
    return f"{found.group('kind').lower()} {found.group('noun').lower()} of {words}"


# The militia's own words, then the group written after them ("tribal fighters of the
# Shaitat and the SDF clashed"): the extract stage keeps the words, the name follows.
KIND_WORDS = re.compile(
    r"^(?:the\s+|armed\s+)?(?:clan|ethnic|communal|community|tribal)\s+"
    r"(?:militia|militias|militiamen|fighters|gunmen)$",
    re.IGNORECASE,
)
NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def name_after(text: str | None, end: int | None, words: str) -> str | None:
    """``words`` ("tribal fighters") with the group named after them at ``end`` in ``text``
    ("tribal fighters of Shaitat"), or None."""
    if text is None or end is None or KIND_WORDS.match(words.strip()) is None:
        return None
    found = NAME_AFTER.match(text, end)
    if found is None:
        return None
    kind = re.sub(r"^(?:the|armed)\s+", "", words.strip(), flags=re.IGNORECASE).lower()
    return f"{kind} of {found.group('name')}"


def _elders(event: Event, kb: ActorKB, country: str, text: str) -> Event:
    """An agreement whose parties are written as two peoples' elders (``ELDERS``)."""
    groups = elders_agreeing(text, kb, country)
    if not groups:
        return event
    surface = event.actor1.surface if event.actor1 is not None else None
    update = {"actor1": _ref(kb, groups[0], surface)}
    second = event.actor2
    if len(groups) > 1 and (second is None or _open(second, kb, country)):
        update["actor2"] = _ref(kb, groups[1], second.surface if second else None)
    return event.model_copy(update=update)


__all__ = [
    "elders_agreeing",
    "groups_acting",
    "herders_acting",
    "identity_militias",
    "kind_before",
    "name_after",
]
