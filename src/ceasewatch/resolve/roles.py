"""ACLED's actors by event type: who a protest, a riot or an unclaimed bombing is coded to.

ACLED's codebook ties some actors to the event's type rather than to the words of the report:

- a protest's actor1 is always "Protesters (X)" and a riot's (violent demonstration, mob
  violence) "Rioters (X)"; a named group that organised or joined it is an associated actor
  (the union, the party), never actor1. "Workers marched" or "people rallied" are protesters
  because the event is a protest, not because of the word;
- in a protest with intervention or excessive force against protesters the state force is the
  other side: the protesters are actor1 of the first and actor2 of the second;
- civilians are never the initiators of political violence (ACLED codes them as actor2 only):
  "21 passengers died in the attack" gives the passengers as the subject, but they are the
  victims; they move to actor2 and the perpetrator is unnamed;
- violence against civilians has civilians on the other side: "Civilians (X)" when the report
  names no victim the resolver could read;
- a demonstration whose actor1 is an armed force (the words "police fired tear gas at
  protesters" give the police first) is no riot by the crowd: it is excessive force against
  protesters when people were killed (the force first, the protesters second), else a protest
  with intervention (the protesters first, the force second); a violent demonstration without
  deaths stays one (the words told of the crowd's violence, which the force answered). The
  sub-event type follows the actors here because only the resolved actor says whether the
  first party is a force;
- an air or drone strike or a shelling with no actor whose sentence calls it the armed
  forces' ("a military air strike on a gathering killed ...") is the country's military's;
- a bombing (suicide bomb, remote explosive, grenade) or an attack on civilians whose
  perpetrator the report does not name is coded to "Unidentified Armed Group (X)", and so is
  an abduction (``UNNAMED_SUBS``), and the unnamed side of a clash whose other side is named;
  an actor1 written only as unnamed people ("a man threw a grenade", "two men on a motorbike
  shot dead ...") names no one either and is read as such (issue 9, session 16: such words
  were left unresolved in four writers' notes and never matched an ACLED name);
- a crowd nobody names ("a crowd", "young men", "youths") that attacks people, seizes them or
  burns property is ACLED's rioters: mob violence, or a violent demonstration for property.

X is the article's country (``context.py``); with no country nothing changes. Applied after
every name is resolved and after the battle lines (``sides.py``), so that a generic word the
article's own named actors explain is read as them first. A rewritten slot says so by its
method ("convention").
"""

from __future__ import annotations

import datetime as dt
import re

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import article_countries, country_named
from ceasewatch.model import (
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    SUB_EVENT_TO_TYPE,
    Actor,
    ActorRef,
    Event,
)
from ceasewatch.resolve.branches import branch_named

SCORE_ROLE = 0.8  # the event's type names the role; the words may not
PROTEST_SUBS = frozenset({"Peaceful protest", "Protest with intervention"})
RIOT_SUBS = frozenset({"Violent demonstration", "Mob violence"})
FORCE_SUB = "Excessive force against protesters"
# Sub-events whose unnamed perpetrator ACLED codes as an unidentified armed group: devices
# planted or carried by people. Air, drone and shelling strikes are not: their unnamed authors
# are usually armed forces, which the report's battle lines tell better than a default.
UNCLAIMED_SUBS = frozenset(
    {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Attack", "Sexual violence"}
)
# An unnamed kidnapper is, like an unnamed bomber, an unidentified armed group ("gunmen
# seized 20 passengers"). Shelling, air and drone strikes and clashes are not defaulted: their
# unnamed sides are usually armed forces the battle lines tell better.
UNNAMED_SUBS = frozenset({*UNCLAIMED_SUBS, "Abduction/forced disappearance"})
# Demonstrations a force can be written first in; a "mob" is no force.
DEMONSTRATION_SUBS = frozenset({*PROTEST_SUBS, "Violent demonstration"})
# Inter codes of an armed force: state forces, rebels, political militias, foreign forces.
FORCE_INTER = frozenset({1, 2, 3, 8})
STATE_INTER = frozenset({1, 8})
# ACLED's names of a state's forces (its codebook: "Military Forces of X", "Police Forces of X").
STATE_FORCE_PREFIXES = ("Military Forces of", "Police Forces of")
# Armed sides: state forces, rebels, political and identity militias, external forces (not
# crowds or civilians): a toll's author named in the sentence before, the side holding the
# ground remote fire came from (resolve, framing).
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Acts of a state force that, done to a protesting crowd, are ACLED's intervention in a protest
# (or excessive force, with deaths): "police detained hundreds of people who gathered to
# protest", "riot police fired stun grenades to disperse people protesting".
ON_CROWD_SUBS = frozenset({"Arrests", "Grenade", "Attack"})
PROTESTING = re.compile(
    r"\b(?:protesters|demonstrators|marchers"
    r"|(?:people|crowds?|students?|residents|supporters|youths?|workers|women|men|man|woman)"
    r"\s+(?:who\s+)?(?:had\s+|were\s+)?(?:gathered\b[^.;]{0,80}?\bto\s+(?:protest|demonstrate|rally)"
    r"|protesting|demonstrating|rallying|marching))\b",
    re.IGNORECASE,
)
# A protest held where arrests were made: "protesters" alone names who was arrested, not a
# gathering ("police arrested 30 protesters" are arrests, ACLED's Arrests); "during a march",
# "gathered to protest", "marching" tell the demonstration the arrests met (issue 9).
GATHERING = re.compile(
    r"\b(?:protest(?:s|ing|ed)?|rall(?:y|ies|ying|ied)|march(?:es|ed|ing)?"
    r"|demonstrat(?:ion|ions|ing|ed)|sit-ins?|vigils?|gathering|gathered)\b",
    re.IGNORECASE,
)
# Words tying unnamed fighters to a movement ("militants linked to al Qaeda"): ACLED codes
# the movement's branch in the country, as for a claim (resolve/branches.py).
AFFILIATED = re.compile(
    r"\b(?:linked|affiliated|allied|loyal|tied)\s+(?:to|with)\s+(?:the\s+)?$", re.I
)
SCORE_BRANCH = 0.8
# "A military air strike killed ...", "an army drone strike": the strike's own words name its
# author (the country's armed forces) where the extract stage found no actor
STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
FORCE_STRIKE = re.compile(
    r"\b(?:military|army|junta|regime|government|air\s+force)\s+(?:(?!said\b|says\b|and\b)[a-z-]+\s+)?"
    r"(?:air\s*strikes?|airstrikes?|drone\s+strikes?|drone\s+attacks?|air\s+raids?"
    r"|bombardments?|bombings?|shelling|artillery|jets?|warplanes?|aircraft|helicopters?)\b",
    re.IGNORECASE,
)
# Whose military an air or drone strike nobody is named for is coded to, by the country it hit
# (ACLED's codebook: an air strike is attributed to the state forces known to operate aircraft
# there when the report names no one; by default the country's own). Ukraine and Russia strike
# each other's territory; Israel's air force is the one over Gaza, the West Bank and Lebanon;
# over Syria, Iraq, Somalia and Yemen several states' air forces fly, and over Israel the
# strikes come from several non-state sides: no default ("").
AIR_POWER = {
    **{"UA": "RU", "RU": "UA", "PS": "IL", "LB": "IL"},
    **{"SY": "", "IQ": "", "SO": "", "YE": "", "IL": ""},
}
# Who a shelling, rocket or missile attack nobody is named for is coded to, by the country it
# hit (issue 9, session 27: "rockets landed near the airport", "mortar rounds fell on the
# district", "the town came under shelling" were left without actor1 in seven writers' reports
# and coder notes). Across a front line the other side's military fires the shells: Russia's
# into Ukraine since the invasion of 24 February 2022, Ukraine's into Russia's border regions,
# Israel's into Gaza and southern Lebanon (Wikipedia, "Russian invasion of Ukraine", "Attacks
# on Belgorod Oblast", "Israel-Hezbollah conflict (2023-present)"). Rockets on Iraq's bases,
# airports and Green Zone are fired by militias that rarely claim them: ACLED's Unidentified
# Armed Group (Wikipedia, "Attacks on US bases in Iraq"). Mortars on Mogadishu's and Somalia's
# towns are Al Shabaab's, the one armed group that shells them (Wikipedia, "Al-Shabaab
# (militant group)": its mortar attacks on Villa Somalia, Halane and the airport). Before the
# invasion, shelling across Donbas's line of contact stays an unidentified armed group's, as
# the monitors who counted it did not say whose (OSCE SMM). Elsewhere: no default. A value is
# a country (its military), "uag" (the country's unidentified armed group) or an actor id.
SHELL_POWER: dict[str, tuple[tuple[dt.date | None, str], ...]] = {
    "UA": ((dt.date(2022, 2, 24), "RU"), (None, "uag")),
    "RU": ((dt.date(2022, 2, 24), "UA"),),
    "PS": ((None, "IL"),),
    "LB": ((None, "IL"),),
    "IQ": ((None, "uag"),),
    "SO": ((None, "so-al-shabaab"),),
}
SHELLING = "Shelling/artillery/missile attack"
# A disrupted weapons use (a drone shot down, a bomb defused) is coded to the side that disrupted
# it, the side whose weapon it was second (ACLED's codebook); words name the weapon's owner
# ("air defences shot down Ukrainian drones over Belgorod"), and the interceptor over its own
# country is the home military.
DISRUPTED = "Disrupted weapons use"
# The words of an actor1 that name the weapon, not the interceptor ("Ukrainian drones", not
# "Ukrainian air defences" or "Somali security forces", who disrupted it and stay actor1).
WEAPON_WORDS = re.compile(
    r"\b(?:drones?|missiles?|rockets?|shells?|projectiles?|bombs?|munitions?|UAVs?)\b", re.I
)
# Words that only count or describe unnamed people, as the whole of an actor slot: "a man",
# "two men", "a commando", "several individuals", "unknown men" (``_nameless_people``).
NAMELESS_PEOPLE = re.compile(
    r"(?:(?:a|an|the|one|two|three|four|five|six|several|some|a\s+group\s+of|group\s+of"
    r"|unknown|unidentified|masked|hooded|armed|young|\d+)\s+)*"
    r"(?:man|men|person|persons|individuals?|commandos?|suspects?|strangers?)"
)
# Words for a crowd nobody names, as the whole of an actor slot ("a crowd", "hundreds of young
# men", "a group of youths"), and the acts that make such a crowd ACLED's rioters
# (``_crowd_rioting``; issue 9, session 16: left unresolved in three writers' notes).
CROWD_WORDS = re.compile(
    r"(?:(?:a|an|the|angry|large|local|masked|hundreds\s+of|thousands\s+of|dozens\s+of"
    r"|scores\s+of|a\s+group\s+of|group\s+of|groups\s+of)\s+)*"
    r"(?:crowds?|youths?|young\s+men|young\s+people)"
)
# A crowd written as the doer of looting or burning ("youths looted and burned warehouses",
# "a mob of residents ransacked shops"; issue 9, session 29: left without actor1 in notes).
# "Looters" name the looting crowd itself, whatever verb follows ("looters emptied shops";
# issue 9, session 31: a looting left without actor1 in a notes writer's dev half).
LOOTING_CROWD = re.compile(
    r"\b(?:(?:youths?|young\s+(?:men|people)|crowds?|mobs?|residents|villagers|locals)"
    r"\s+(?:\w+\s+){0,2}?(?:looted|ransacked|torched|burned|burnt|set\s+fire|vandali[sz]ed)"
    r"|looters)\b",
    re.IGNORECASE,
)
RIOTED_SUBS = frozenset(
    {"Attack", "Abduction/forced disappearance", "Looting/property destruction"}
)
# Arrests by agents the report does not name ("intelligence officers arrested six people",
# "security agents detained a lawyer", "police picked up party workers"): ACLED codes an
# arrest to the state force that made it, the country's police when no other is named (its
# codebook: arrests are state forces' acts). Words of such agents, as the whole of an actor
# slot nothing resolved or in the sentence of an arrest with no actor1 (``_arrested_by_agents``;
# issue 9, session 16: left empty or unresolved in three writers' notes).
# A ministry or service announcing the arrests its agents made ("the intelligence ministry
# announced the arrest of five people", "the Intelligence Agency arrested two men") is the same
# state force (issue 9, session 28: left unresolved in notes and a security-desk log; the
# notes' coders code such arrests to the police, as ACLED codes arrests).
AGENT_WORDS = re.compile(
    r"(?:(?:the|an?|two|three|four|five|several|some|plain-?clothes|plain\s+clothes|secret"
    r"|security|intelligence|state|government|undercover|armed|\d+)\s+)*"
    r"(?:agents?|officers?|operatives?|policemen|policewomen|police|detectives|gendarmes"
    r"|(?:intelligence|interior|security)\s+(?:ministry|agency|service|services)"
    r"|ministry\s+of\s+(?:the\s+)?(?:intelligence|interior|state\s+security))"
)
AGENT_IN_SENTENCE = re.compile(
    r"\b(?:agents?|officers?|operatives|police|policemen|detectives|gendarmes)\b", re.IGNORECASE
)
# Demonstrations and force used on them, where "security forces" are the police.
CROWD_SUBS = frozenset({*PROTEST_SUBS, *RIOT_SUBS, "Excessive force against protesters"})
# Where "security forces" are the police: at a crowd, and when they arrest. Arresting is the
# police's work (ACLED codes arrests to the police, as ``_arrested_by_agents`` does for agents
# and officers); the dev halves' "security forces arrested ..." are the police in every writer
# who wrote one (notes j, zb, zc: 3 of 3; actors40, session 40), where the article's country
# made them the military.
POLICE_SUBS = frozenset({*CROWD_SUBS, "Arrests"})
# Words for a state's forces that say nothing of the branch (normalised).
SECURITY_WORDS = frozenset({"security forces", "security personnel", "security officers"})
# The kinds of state force a sentence can name for the force used on protesters, as ACLED codes
# them: police, gendarmes (ACLED's police forces of francophone states) and "security forces"
# at a crowd are the police (``_police_at_protests``); soldiers, troops, the army and a
# national guard the military (issue 9, session 29: excessive force left without actor1, or
# with the crowd as actor1, in five writers' notes).
FORCE_KINDS = (
    (
        "police",
        re.compile(
            r"\b(?:(?:riot\s+|anti-riot\s+)?police(?:men|women|\s+officers)?|gendarmes?"
            r"|gendarmerie|security\s+(?:forces|personnel|officers|agents))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "military",
        re.compile(
            r"\b(?:soldiers?|troops|army|military|armed\s+forces|national\s+guard(?:smen)?)\b",
            re.IGNORECASE,
        ),
    ),
)
# Actor types a crowd is: what the words made of the people in a protest or riot.
CROWD_TYPES = frozenset({"protesters", "rioters", "civilians"})


def apply_roles(event: Event, kb: ActorKB, country: str | None) -> Event:
    """``event`` with the actors its type implies in ``country`` (module docstring)."""
    if country is None:
        return event
    return _police_at_protests(_apply_roles(event, kb, country), kb, country)


def _police_at_protests(event: Event, kb: ActorKB, country: str) -> Event:
    """ "Security forces" facing a demonstration or arresting people are the police (ACLED
    codes the force that polices a crowd, and arrests, as the country's police unless the
    report names the army or soldiers)."""
    if event.sub_event_type not in POLICE_SUBS:
        return event
    military = kb.roles.get(("military", country), [])
    update: dict[str, ActorRef] = {}
    for slot in ("actor1", "actor2"):
        ref: ActorRef | None = getattr(event, slot)
        if ref is None or ref.id not in military or ref.method != "context":
            continue
        if normalize_name(ref.surface or "") not in SECURITY_WORDS:
            continue
        police = _role(kb, "police", country, event.event_date)
        if police is not None:
            update[slot] = _keep_surface(police, ref).model_copy(update={"method": "context"})
    return event.model_copy(update=update) if update else event


def _apply_roles(event: Event, kb: ActorKB, country: str) -> Event:
    on = event.event_date
    event = _no_media(event, kb)
    event = _affiliate_branch(event, kb, country)
    event = _disrupted_by_home(event, kb, country)
    event = _home_force_first(event, kb, country)
    event = _victims_second(event, kb)
    event = _force_on_crowd(event, kb)
    event = _crowd_rioting(event, kb, country)
    event = _crowd_destroying(event, kb)
    # after the retyping above: looters told as a crowd stay a looting (the act is theirs)
    event = _crowd_looting(event, kb, country)
    event = _force_first(event, kb)
    sub = event.sub_event_type
    if sub in PROTEST_SUBS or sub in RIOT_SUBS:
        role = "protesters" if sub in PROTEST_SUBS else "rioters"
        return _crowd_first(event, kb, _role(kb, role, country, on))
    if sub == FORCE_SUB:
        return force_at_protest(event, kb, country)
    if event.event_type == "Violence against civilians" and event.actor2 is None:
        event = _with(event, actor2=_role(kb, "civilians", country, on))
    if nameless_doer(event):
        # "a man threw a grenade", "two men on a motorbike shot dead ...": nobody named
        event = event.model_copy(update={"actor1": None})
    if sub == "Armed clash" and event.actor1 is None and event.actor2 is not None:
        # a clash needs two sides: the one the words leave unnamed is an armed group
        event = _with(event, actor1=_role(kb, "unidentified-armed-group", country, on))
    if sub in STRIKES and event.actor1 is None and _strike_by_forces(event):
        event = _with(event, actor1=_role(kb, "military", country, on))
    if sub == "Air/drone strike" and event.actor1 is None:
        event = _unclaimed_air_strike(event, kb, country)
    if sub in UNNAMED_SUBS and event.actor1 is None:
        event = _with(event, actor1=_role(kb, "unidentified-armed-group", country, on))
    if sub == "Arrests" and _arrested_by_agents(event):
        police = _role(kb, "police", country, on)
        if police is not None:
            event = _with(event, actor1=_keep_surface(police, event.actor1))
    return event


def _no_media(event: Event, kb: ActorKB) -> Event:
    """News agencies and monitors (side "media": Reuters, AFP, SOHR) are whom a report quotes,
    never a side of the event: ACLED codes no media outlet as an actor of political violence,
    and a slot that reached one (through a pronoun, "the agency said") is left empty."""
    update: dict[str, ActorRef | None] = {}
    for slot in ("actor1", "actor2"):
        ref: ActorRef | None = getattr(event, slot)
        actor = kb.get(ref.id) if ref is not None and ref.id else None
        if actor is not None and actor.is_media:
            update[slot] = None
    return event.model_copy(update=update) if update else event


def _disrupted_by_home(event: Event, kb: ActorKB, country: str) -> Event:
    """A foreign state's weapon disrupted over the article's country: the home military
    disrupted it (actor1), the foreign state is actor2 (``DISRUPTED``)."""
    if event.sub_event_type != DISRUPTED:
        return event
    first = event.actor1
    second = event.actor2
    if (
        first is None
        and second is not None
        and _states_force(second, kb)
        and not WEAPON_WORDS.search(second.surface or second.name)
    ):
        # "Russian air defence shot down a drone" read with the defence as the object: a
        # state's force that names no weapon disrupted it (ACLED: the disrupter first)
        return event.model_copy(update={"actor1": second, "actor2": None})
    if first is None and _states_force(event.actor2, kb):
        first = event.actor2  # "air defences intercepted a Russian missile": the owner second
    elif (
        first is None
        or not _states_force(first, kb)
        or not WEAPON_WORDS.search(first.surface or "")
        or (event.actor2 is not None and event.actor2.id not in (None, first.id))
    ):
        return event
    owner = kb.get(first.id) if first is not None and first.id else None
    if first is None or owner is None or owner.country is None:
        return event
    where = country
    if owner.country == country and event.sentence is not None:
        # "Ukrainian drones over Kursk region": the owner word made the article Ukraine's;
        # the places of the sentence tell whose sky it was
        ranked = article_countries(event.sentence.text)
        where = next((c.alpha2 for c in ranked if c.alpha2 != owner.country), country)
    if where == owner.country:
        return event
    home = _role(kb, "military", where, event.event_date)
    if home is None:
        return event
    return event.model_copy(update={"actor1": home, "actor2": first})


def _states_force(ref: ActorRef | None, kb: ActorKB) -> bool:
    """A state's forces, at home or abroad (inter 1 or 8 with a country)."""
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    return actor is not None and actor.country is not None and actor.inter in STATE_INTER


def _unclaimed_air_strike(event: Event, kb: ActorKB, country: str) -> Event:
    """An air or drone strike nobody is named for is the military of the state whose air force
    strikes there (``AIR_POWER``: the country's own, or the foreign state that flies over it);
    none where the sky is contested by several foreign air forces. Not when the strike hit the
    very forces that would be its author ("drones dropped explosives on an army post")."""
    author = AIR_POWER.get(country, country)
    if not author:
        return event
    military = _role(kb, "military", author, event.event_date)
    if military is None or (event.actor2 is not None and _home_state(event.actor2, kb, author)):
        return event
    return _with(event, actor1=military)


def unclaimed_shelling(event: Event, kb: ActorKB, country: str | None) -> Event:
    """A shelling, rocket or missile attack nobody is named for, once every other reading of
    the words and of the sentences around them is done (the resolver applies it last, so the
    actor of the sentence before is never taken for the shooter): the side that fires into the
    country it hit (``SHELL_POWER``), on or after the date each reading starts. Across a front
    line only when the sentence itself names the country hit (a Belgorod report full of
    Ukrainian words is still about Russia's side of the border); nothing where no reading is
    known, or when the shells hit the very forces that would be their author."""
    if event.sub_event_type != SHELLING or event.actor1 is not None or country is None:
        return event
    ranked = article_countries(event.sentence.text) if event.sentence is not None else []
    where = ranked[0].alpha2 if ranked else country
    on = event.event_date
    author = next(
        (a for start, a in SHELL_POWER.get(where, ()) if start is None or (on and on >= start)),
        None,
    )
    if author is None or (len(author) == 2 and not ranked):
        return event
    if author == "uag":
        doer = _role(kb, "unidentified-armed-group", where, on)
    elif len(author) == 2:
        doer = _role(kb, "military", author, on)
    else:
        actor = kb.get(author)
        doer = None if actor is None else as_ref(actor, "convention", SCORE_ROLE)
    if doer is None or (event.actor2 is not None and event.actor2.id == doer.id):
        return event
    if event.actor2 is not None and len(author) == 2 and _home_state(event.actor2, kb, author):
        return event
    return _with(event, actor1=doer)


def _arrested_by_agents(event: Event) -> bool:
    """An arrest whose actor1 is words nothing resolved that only name state agents
    ("intelligence officers", "security agents"), or is empty in a sentence that names such
    agents ("SEBIN agents took a coordinator from his home"): the police's (``AGENT_WORDS``)."""
    ref = event.actor1
    if ref is None:
        sentence = event.sentence.text if event.sentence is not None else ""
        return AGENT_IN_SENTENCE.search(sentence) is not None
    return (
        ref.id is None
        and ref.method == "unresolved"
        and AGENT_WORDS.fullmatch(normalize_name(ref.surface or ref.name)) is not None
    )


def _affiliate_branch(event: Event, kb: ActorKB, country: str) -> Event:
    """ "Militants linked to al Qaeda" in Mali are JNIM: an actor1 written after words tying
    fighters to a transnational movement (one with no country of its own) is the movement's
    branch in the article's country, when the knowledge base knows one."""
    ref, sentence = event.actor1, event.sentence
    parent = kb.get(ref.id) if ref is not None and ref.id else None
    if parent is None or parent.country is not None or sentence is None or ref is None:
        return event
    if ref.span is None or not AFFILIATED.search(sentence.text[: ref.span.start - sentence.start]):
        return event
    words = f"affiliate of {ref.surface or ref.name}"
    branch = branch_named(words, kb, lambda _words: parent, country, event.event_date)
    if branch is None or branch.id == parent.id:
        return event
    made = as_ref(branch, "alias", SCORE_BRANCH, ref.surface)
    return _with(event, actor1=made.model_copy(update={"span": ref.span}))


def _nameless_people(ref: ActorRef | None) -> bool:
    """actor1 is words nothing resolved that only count or describe people ("a man", "two
    men", "a commando", "several individuals"): the report does not name the attacker, so
    ACLED's unidentified armed group takes the slot as for an empty one (its codebook: an
    unknown perpetrator of political violence). Not a crowd: "a mob" is resolved as rioters."""
    return (
        ref is not None
        and ref.id is None
        and ref.method == "unresolved"
        and NAMELESS_PEOPLE.fullmatch(normalize_name(ref.surface or ref.name)) is not None
    )


def nameless_doer(event: Event, actor1: ActorRef | None = None) -> bool:
    """``actor1`` (the event's own by default) is nameless people (``_nameless_people``) doing
    an act ACLED puts down to an unidentified armed group: a bombing, an attack on civilians,
    an abduction (``UNNAMED_SUBS``) or a clash. Read here where the article's country is known
    and by ``framing`` where only the event's place gives it (session 48)."""
    ref = event.actor1 if actor1 is None else actor1
    return _nameless_people(ref) and (
        event.sub_event_type in UNNAMED_SUBS or event.sub_event_type == "Armed clash"
    )


def _strike_by_forces(event: Event) -> bool:
    """The sentence calls the strike the armed forces' ("a military air strike")."""
    return event.sentence is not None and FORCE_STRIKE.search(event.sentence.text) is not None


def _home_force_first(event: Event, kb: ActorKB, country: str) -> Event:
    """A joint operation of foreign and home state forces ("Rwandan and Mozambican troops
    recaptured the town") is coded to the home country's forces, the foreign ones associated:
    the order of the words is not the order of the roles. Only a foreign state's forces: a
    private military company ACLED names apart ("Russian instructors and FACA soldiers killed
    ...": the Wagner Group) is coded as the actor written first, the home force associated,
    in violence against civilians (session 36; in a battle the home army still leads, as
    before)."""
    first = event.actor1
    actor = kb.get(first.id) if first is not None and first.id else None
    if first is None or (actor is not None and actor.country == country):
        return event
    if actor is not None and not _a_states_forces(actor) and event.event_type != "Battles":
        return event
    home = next((r for r in event.assoc_actors1 if _home_state(r, kb, country)), None)
    if home is None:
        return event
    rest = tuple(r for r in event.assoc_actors1 if r is not home)
    return event.model_copy(update={"actor1": home, "assoc_actors1": (first, *rest)})


def _a_states_forces(actor: Actor) -> bool:
    """A state's military or police (a foreign one is typed "external/other forces" by the
    base, as a private military company is: the name tells them apart)."""
    return actor.type == "state forces" or actor.name.startswith(STATE_FORCE_PREFIXES)


def _home_state(ref: ActorRef, kb: ActorKB, country: str) -> bool:
    actor = kb.get(ref.id) if ref.id else None
    return actor is not None and actor.type == "state forces" and actor.country == country


def _victims_second(event: Event, kb: ActorKB) -> Event:
    """Civilians written as actor1 of political violence are its victims (module docstring)."""
    if event.event_type not in VIOLENCE or _type_of(event.actor1, kb) != "civilians":
        return event
    if event.actor2 is not None and _type_of(event.actor2, kb) != "civilians":
        return event.model_copy(update={"actor1": None})
    return event.model_copy(update={"actor1": None, "actor2": event.actor1})


def _force_first(event: Event, kb: ActorKB) -> Event:
    """A demonstration whose actor1 is an armed force facing a crowd or nobody: force used
    against protesters (killings) or a protest with intervention (module docstring)."""
    sub = event.sub_event_type
    if sub not in DEMONSTRATION_SUBS or not _force(event.actor1, sub, kb):
        return event
    if not _crowd(event.actor2, kb):
        return event
    if event.fatalities:
        return retyped(event, "Excessive force against protesters")
    if sub == "Violent demonstration":
        return event  # the words told of the crowd's violence: a riot the force answered
    return retyped(event, "Protest with intervention").model_copy(
        update={"actor1": event.actor2, "actor2": event.actor1}
    )


def _force_on_crowd(event: Event, kb: ActorKB) -> Event:
    """Arrests, stun grenades or an attack by a state force on people protesting: a protest
    with intervention, or excessive force when people were killed (``PROTESTING``)."""
    if event.sub_event_type not in ON_CROWD_SUBS or not _state(event.actor1, kb):
        return event
    if not _crowd(event.actor2, kb) or event.sentence is None:
        return event
    text = event.sentence.text
    if PROTESTING.search(text) is None:
        return event
    if event.sub_event_type == "Arrests" and GATHERING.search(text) is None:
        return event  # the arrests are the event: no protest is told as held
    return retyped(event, FORCE_SUB if event.fatalities else "Protest with intervention")


def _crowd_rioting(event: Event, kb: ActorKB, country: str) -> Event:
    """Violence by a crowd the report does not name ("a crowd beat a man to death", "hundreds
    of young men set fire to the council offices"): ACLED's rioters, whose attack on people is
    mob violence (their burning of property a violent demonstration: ``_crowd_destroying``).
    Only words nothing resolved, and only crowd words (``CROWD_WORDS``)."""
    first = event.actor1
    if event.sub_event_type not in RIOTED_SUBS or first is None or first.id is not None:
        return event
    if first.method != "unresolved":
        return event
    if CROWD_WORDS.fullmatch(normalize_name(first.surface or first.name)) is None:
        return event
    rioters = _role(kb, "rioters", country, event.event_date)
    if rioters is None:
        return event
    event = _with(event, actor1=_keep_surface(rioters, first))
    if event.sub_event_type == "Looting/property destruction":
        return event
    return retyped(event, "Mob violence")


def _crowd_looting(event: Event, kb: ActorKB, country: str) -> Event:
    """Property looted or burnt by people nobody names as a group ("youths looted and burned
    warehouses", "residents ransacked two shops"): ACLED's rioters (its codebook codes
    civilians only as the side acted on, never as the doer; a crowd that loots is a riot's
    crowd). An empty slot takes them when the sentence writes a crowd word before the act
    (``LOOTING_CROWD``); words the resolver made civilians are read so too."""
    if event.sub_event_type != "Looting/property destruction":
        return event
    first = event.actor1
    if first is None:
        sentence = event.sentence.text if event.sentence is not None else ""
        if LOOTING_CROWD.search(sentence) is None:
            return event
    elif _type_of(first, kb) != "civilians":
        return event
    rioters = _role(kb, "rioters", country, event.event_date)
    return event if rioters is None else _with(event, actor1=_keep_surface(rioters, first))


def _crowd_destroying(event: Event, kb: ActorKB) -> Event:
    """Protesters who burn or smash property riot: ACLED's violent demonstration, not a
    strategic development ("Protesters set fire to the parliament building")."""
    if event.sub_event_type != "Looting/property destruction":
        return event
    if _type_of(event.actor1, kb) not in ("protesters", "rioters"):
        return event
    return retyped(event, "Violent demonstration")


def retyped(event: Event, sub: str) -> Event:
    """``event`` as sub-event type ``sub``, with its event and disorder types."""
    event_type = SUB_EVENT_TO_TYPE[sub]
    disorder = DISORDER_BY_SUB_EVENT.get(sub, DISORDER_BY_EVENT_TYPE[event_type])
    return event.model_copy(
        update={"sub_event_type": sub, "event_type": event_type, "disorder_type": disorder}
    )


def _force(ref: ActorRef | None, sub: str, kb: ActorKB) -> bool:
    """A state's or foreign force; in a violent demonstration also an armed group (a
    paramilitary storming a sit-in). A group first in a peaceful protest organised it."""
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    if actor is None or (ref is not None and _people(ref, kb)):
        return False  # "Israelis rallied": the people, not their army
    return actor.inter in (STATE_INTER if sub in PROTEST_SUBS else FORCE_INTER)


def _role(kb: ActorKB, role: str, country: str, on: dt.date | None) -> ActorRef | None:
    actor = kb.role_actor(role, country, on)
    return None if actor is None else as_ref(actor, "convention", SCORE_ROLE)


def as_ref(actor: Actor, method: str, score: float, surface: str | None = None) -> ActorRef:
    return ActorRef(
        name=actor.name,
        surface=surface,
        id=actor.id,
        type=actor.type,
        inter=actor.inter,
        method=method,
        score=score,
    )


def _with(event: Event, **slots: ActorRef | tuple[ActorRef, ...] | None) -> Event:
    update = {k: v for k, v in slots.items() if v is not None}
    return event.model_copy(update=update) if update else event


def _type_of(ref: ActorRef | None, kb: ActorKB) -> str | None:
    actor = kb.get(ref.id) if ref is not None and ref.id else None
    return actor.type if actor is not None else (ref.type if ref is not None else None)


def _state(ref: ActorRef | None, kb: ActorKB) -> bool:
    return ref is not None and _type_of(ref, kb) == "state forces"


def _crowd(ref: ActorRef | None, kb: ActorKB) -> bool:
    """No actor, a crowd (civilians, protesters, rioters), words nothing resolved, or a
    people named by its demonym alone ("Israelis rallied": the bare form reads as a state's
    forces in a battle, but in a demonstration it is the crowd)."""
    if ref is None or ref.id is None or _type_of(ref, kb) in CROWD_TYPES:
        return True
    return _people(ref, kb)


def _people(ref: ActorRef, kb: ActorKB) -> bool:
    """A people named by its demonym alone ("Israelis"): the plural is the people as much as
    the adjective's bare form."""
    words = normalize_name(ref.surface or "")
    bare = kb.descriptors.bare
    return ref.method == "descriptor" and (words in bare or words.removesuffix("s") in bare)


def _crowd_first(event: Event, kb: ActorKB, crowd: ActorRef | None) -> Event:
    """Protesters or rioters as actor1; a state force the words put first goes to actor2 (it
    intervened), a named organiser to the associated actors."""
    if crowd is None:
        return event
    first = event.actor1
    if _crowd(first, kb):
        return _with(event, actor1=_keep_surface(crowd, first))
    if _state(first, kb):
        second = first if _crowd(event.actor2, kb) else event.actor2
        return _with(event, actor1=crowd, actor2=second)
    assert first is not None
    return _with(event, actor1=crowd, assoc_actors1=(first, *event.assoc_actors1))


def force_at_protest(event: Event, kb: ActorKB, country: str) -> Event:
    """Excessive force against protesters: the state force that acted first, the protesters
    second. A force is what the sub-event is about (ACLED's codebook: force used by state
    forces or others against a peaceful demonstration), so when the words put no force in
    either slot ("Azimio supporters lit bonfires; police fired tear gas and live bullets",
    "security forces fired on marchers"), the kind of force the sentence names is read
    through the country (``FORCE_KINDS``: the first written of police or army words)."""
    first, second = event.actor1, event.actor2
    if _crowd(first, kb) and not _state(second, kb) and event.sentence is not None:
        force = _force_written(event.sentence.text, kb, country, event.event_date)
        # the force's own words, left unread for want of a country, are no crowd
        first = None if first is not None and _force_words(first) else first
        second = (
            None if second is not None and second.id is None and _force_words(second) else second
        )
        if force is not None:
            event = event.model_copy(
                update={"actor1": force, "actor2": first if second is None else second}
            )
    return _crowd_second(event, kb, _role(kb, "protesters", country, event.event_date))


def _force_written(sentence: str, kb: ActorKB, country: str, on: dt.date | None) -> ActorRef | None:
    """The country's police or military, by the kind of force ``sentence`` names first
    (``FORCE_KINDS``), keeping its words; None when it names none."""
    found = [
        (m.start(), role, m.group(0)) for role, pat in FORCE_KINDS for m in pat.finditer(sentence)
    ]
    if not found:
        return None
    at, role, words = min(found)
    owner = _OWNER_BEFORE.search(sentence[:at])
    owned = country_named(owner.group(1), adjective=True) if owner else None
    if owner is not None and owned is not None:
        # "Israeli troops fired at villagers marching near Beita": the force is its owner's,
        # whatever the place's country
        country, words = owned.alpha2, f"{owner.group(1)} {words}"
    made = _role(kb, role, country, on)
    return None if made is None else made.model_copy(update={"surface": words})


# The capitalised word written just before a force word: its owner when it is a country's
# adjective ("Israeli troops", "Kenyan police").
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w'-]*)\s+$")


def _force_words(ref: ActorRef) -> bool:
    words = ref.surface or ref.name
    return any(pat.fullmatch(words.strip()) is not None for _role, pat in FORCE_KINDS)


def _crowd_second(event: Event, kb: ActorKB, crowd: ActorRef | None) -> Event:
    """Excessive force: the state force first, the protesters second."""
    if crowd is None:
        return event
    first, second = event.actor1, event.actor2
    if _crowd(first, kb) and _state(second, kb):
        first, second = second, None
    if _crowd(second, kb):
        second = _keep_surface(crowd, second)
    return _with(event, actor1=first, actor2=second)


def _keep_surface(made: ActorRef, words: ActorRef | None) -> ActorRef:
    """The role's actor, keeping the report's words and span when there were any."""
    if words is None:
        return made
    return made.model_copy(update={"surface": words.surface or words.name, "span": words.span})


__all__ = ["apply_roles", "as_ref", "force_at_protest", "nameless_doer"]
