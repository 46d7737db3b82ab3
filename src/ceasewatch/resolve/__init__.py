"""Stage 4, resolve: actor names in an extraction -> canonical knowledge-base actors.

For every ActorRef (event actors and associated actors, relation source and target, agreement
parties, guarantors and excluded actors), in this order:

1. an id the extract stage already set (its entity ruler matched a KB name) is kept, and
   brought to the event date (an old name denotes its successor);
2. otherwise the words are matched: exact or alias, a known name inside the words, same
   transliteration skeleton, fuzzy (``matching.py``), all on the event date;
   and descriptions through the owner table: "Russian jets" are Russia's forces, "Syrian and
   Russian warplanes" two actors (the second an associated actor), ``owners.py``;
3. a generic actor ("government troops", "police", "civilians", "gunmen") read through the
   article's country (``context.py``) becomes the actor its ``refers_to`` or ACLED's role
   convention names there (Military Forces of Sudan, Police Forces of Kenya, Civilians
   (Somalia), Unidentified Armed Group (Nigeria): ``knowledge/conventions.py``), method
   "context"; with no country it stays generic;
   words the knowledge base lists as weapons or vehicles ("a VBIED", "UAV", "the Jaffar
   Express") are no actor: the slot is emptied and nothing is queued;
   explicit identity-militia words ("Galjeel clan militia") unknown to the KB get ACLED's
   name for the article's country ("Galjeel Clan Militia (Somalia)"), method "convention",
   no id (so the curator's queue still shows them);
4. words that match nothing stay as they were, with method "unresolved" and no id: never
   dropped, so that ``ceasewatch actors --unresolved`` can list them for a curator; a name
   several actors of different countries carry ("SNA") in a report whose country is none of
   theirs stays unresolved too (the queue lists its readings);
5. a definite reference to a group just named ("the group", "its fighters") is that group
   (``coref.py``), method "coreference"; a generic belligerent ("militants") facing a named
   actor becomes the groups the same article names fighting that actor that day
   (``sides.py``), method "context";
6. claims of responsibility name the attacker (``claims.py``); 6a. a strike with no actor1
   whose means name their owner ("M23 shelling struck") is the owner's (``means.py``); 6b.
   after ACLED's roles by
   event type, a people's or clan's armed men written as such ("Tiv youths attacked",
   "fighting between rival clans") fill an open actor1 (``identity.py``); 6c. an event read from
   a spreadsheet log's row whose words name no actor1 takes the desk's perpetrator cell when it
   names a known actor of the report's country (``_desk_doer``); 7. an unnamed attacker the
   sentence ties to a group is that group; 8. one person acting alone against civilians ("a
   gunman", "a man armed with a knife") is ACLED's Sole Perpetrator (X) (``conventions.py``);
9. in a territory changing hands, the side taking over is actor1, not the side that
   withdrew, and a capture is the government's or a non-state actor's by that side's inter
   code (``handover.py``);
9a. a clash with no side at all takes the article's one pair of foes (``pairs.py``), else the
   armed actors its sentence names, in the order written (``_sides_written``);
10. an IED, landmine, grenade or suicide bomb whose actor1 was read from the words around
   (not written as its doer) and is the state's own side, or a group its sentence names only
   as the target ("a vehicle carrying members of X"), is the unidentified armed group; a
   "Government of X" in a slot of political violence is X's military (``devices.py``);
11. last, in an official statement (clean noted its issuer), the issuer's own force: its
   words for itself ("our forces", "own troops"; a group's unnamed men) are the issuer, and an
   armed clash the issuer's force fought has it as actor1 (``issuer.py``).

Unnamed armed men written before "of"/"belonging to" a named group are the group; an empty
actor1 slot takes the one armed group its sentence names besides the victims, or, for a toll
told in a sentence naming nobody, the actor the sentence before names first (``members.py``);
a weapon in the actor slot gives way to the agent written after it ("drones launched by
Russian forces").

After geocode, ``frame_by_place`` reads crowds, victims and unnamed armed men (Protesters
(X), Civilians (X), Unidentified Armed Group (X)) by the country of the event's place, and a
generic actor left unread for want of an article country through it (``framing.py``).

The event date decides what a name meant: a 2018 report's "Jabhat al-Nusra" is coded as Hayat
Tahrir al-Sham, the organisation that name denoted then (ACLED codes the group under its name
at the time of the event). Records are never mutated: every change is a ``model_copy``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import country_named, title_country
from ceasewatch.logrows import rows_of
from ceasewatch.model import (
    Actor,
    ActorRef,
    AgreementMention,
    Article,
    Event,
    Extraction,
    Relation,
    SheetRow,
    Span,
)
from ceasewatch.resolve.branches import LATER_NAMED, SUSPECTS, branch_named, tied_to
from ceasewatch.resolve.claims import SCORE_CLAIM, apply_claims, find_claims
from ceasewatch.resolve.context import article_country
from ceasewatch.resolve.conventions import (
    identity_militia,
    people_of,
    personal_militia,
    sole_perpetrator,
    state_forces,
    uniformed,
)
from ceasewatch.resolve.coref import NON_STATE, Background, read_anaphors
from ceasewatch.resolve.crowds import crowd_by_type
from ceasewatch.resolve.devices import DEVICE_SUBS, forces_not_government, laid_by, unwritten_bomber
from ceasewatch.resolve.elision import allied_lead, elided_pair, sides_between
from ceasewatch.resolve.framing import frame_by_place
from ceasewatch.resolve.handover import (
    TERRITORY_SUB_EVENTS,
    capture_side,
    first_written,
    handed_to,
    lost_by,
    subject_words,
    withdrawing,
)
from ceasewatch.resolve.identity import identity_militias, kind_before, name_after
from ceasewatch.resolve.issuer import issued
from ceasewatch.resolve.matching import SCORE_EXACT, Match, Matcher, matcher_for, unquoted
from ceasewatch.resolve.means import means_owner
from ceasewatch.resolve.members import first_written as first_named
from ceasewatch.resolve.members import (
    group_after,
    in_order,
    named_in,
    only_group,
    previous_sentence,
)
from ceasewatch.resolve.owners import NUMBER_WORDS
from ceasewatch.resolve.pairs import paired_clashes
from ceasewatch.resolve.passive import unnamed_attacker
from ceasewatch.resolve.places import names_a_place, placed_in_areas
from ceasewatch.resolve.roles import ARMED_INTER, apply_roles, unclaimed_shelling
from ceasewatch.resolve.sides import read_sides
from ceasewatch.resolve.units import numbered_unit, written_doer

SCORE_CONTEXT = 0.9  # a generic word read through the article's country
# Inter codes of the movements read as their branch in the article's country: rebels and
# political militias (a state's forces are never read as a group it backs)
BRANCHED_INTER = frozenset({2, 3})
# Words before a reference that hedge it or make it indefinite, not part of a name
HEDGES = frozenset(["suspected", "alleged", "presumed", "purported", "apparent", "a", "an"])
# Generic nouns for a group's armed men ("Kuki militants", "Tuareg separatists", "Fano militia
# fighters"): the words before them name the group (``_group_or_noun``).
GROUP_NOUNS = frozenset(
    [
        "militants",
        "militant",
        "separatists",
        "separatist",
        "rebels",
        "rebel",
        "insurgents",
        "gunmen",
        "fighters",
        "militia",
        "militias",
        "militiamen",
        "herdsmen",
        "attackers",
        "assailants",
        "guerrillas",
        "mob",
        "vigilantes",
    ]
)
# Actor types of a state's forces, at home or abroad (``_states_named``).
STATE_TYPES = frozenset({"state forces", "external/other forces"})
# Inter codes a group named before such a noun may have: armed groups and identity militias.
GROUP_INTER = frozenset({2, 3, 4})
# A weapon's agent written after it: "drones launched by Russian forces", "rockets fired by
# Hamas", "a missile fired from a Houthi-held area" is no agent (only "by" names one).
LAUNCHED_BY = re.compile(
    r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:launched|fired|sent|flown|dropped|operated"
    r"|planted|deployed)\s+by\s+(?P<who>(?:the\s+)?[^,;:.()]{2,60}?)"
    r"(?=\s+(?:at|on|into|in|against|from|toward|towards|over|hit|hits|struck|strikes|slammed"
    r"|killed|killing|damaged|and|near)\b|[,;:.()]|$)"
)
# "allied" kept in the allies' mention ("allied PDF"): read past it to find the lead before it
_ALLY_WORD = re.compile(r"(?:(?:its|their)\s+)?(?:allied|aligned|affiliated)\s+|", re.IGNORECASE)
# The word a hyphen joins to a reference the extract stage cut after it ("GNA" of
# "GNA-aligned forces", "ex" of "ex-soldiers")
_WORD_BEFORE = re.compile(r"(?<![\w.-])[A-Za-z][\w.]*$")
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![\w.-])[A-Za-z][\w.]*-$")
# A named leader compounded before the men's word the extract stage kept ("SDF-led fighters",
# "HTS-led factions"): the men are the leading group's as "fighters led by the SDF" are
# (session 35). A backer ("Russia-backed separatists") is not read: it is not the doer.
_LED_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w.]*-led\s+$")
UNKNOWN = "unidentified-armed-group"  # ACLED's role for an unnamed perpetrator
# Event types whose actor1 acted on someone: an empty slot may take the one group named.
ACTED_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# Words that put an act down to criminal gangs ("a feud between criminal gangs", "gang-related")
GANG_WORDS = re.compile(r"\b(?:gangs?|gangland|gangsters?)\b", re.IGNORECASE)

# The version an extraction records (``ceasewatch.batch.versions``): raise it when a change
# here changes any output, so that `ceasewatch extract` re-runs what this stage resolved.
# v6: session 11 (sole perpetrator, handovers, suspected members, arrests at protests, claim cues)
# v10: session 15 (commanders' own men as Militia (X), communal militias, ACLED spellings)
# v11: session 16 (claims in plain words, unnamed people as the attackers, crowds rioting)
# v12: session 17 (identity militias as a people's armed men, a strike's owner before its means,
# blame on a movement's nickname)
# v13: session 18 (Settlers (Israel), a bare air force as the military, TPN-OPM aliases)
# v14: session 19 (media never actors, "Separately," opens another incident, unclaimed air
# strikes to the state flying there, disrupted weapons to the side that stopped them)
# v15: session 20 (Military Police of Brazil, a force named before its members, "them")
# v16: session 21 (a sentence on its own scene inherits no actor; blame only for violence; state
# forces abroad by the event's place; a ministry's own troops; named operations)
# v17: session 22 (claims told with the act's own verb, a strike's owner before "own" or a weapon
# kind, two peoples' armed men at once, AFRICOM/EUCOM)
# v18: session 23 (two peoples' elders agreeing are the parties of their agreement)
# v19: session 24 (Puntland's forces)
# v20: session 25 (a log row's perpetrator cell; the title's country; "our" troops; state forces'
# units under ACLED's names; "occupation forces" by the article's country)
# v21: session 26 (attributions "ascribed the killings to X", "the gunmen belonged to X", a claim
# on a station or channel; a foreign owner's occupation army; plainclothes police)
# v22: session 27 (numbered army units as their state's forces; unclaimed shelling by the side
# that fires into the country hit; a clash without sides takes the article's one pair of foes)
# v23: session 28 (a bomb's unwritten author; a government's violence its forces'; "the armed
# forces"; intelligence ministries' arrests; a source or occupant no doer; a statement's issuer's
# own force; Khawarij and apostate labels by country)
# v24: session 29 (excessive force takes the force its sentence names; a crowd read by its role
# after geocode; a clash's sides from its sentence; two states' forces of one noun; air defence;
# names in single quotes; a crowd's looting by rioters)
# v26: session 31 (a demonstration's crowd as actor1 by its final type, after the reader; a
# shared force name read as the place's country's; OMON of Belarus, ZRP; coalition by the war;
# looters rioters; a people's herders as a side its militia)
# v27: session 32 (a group's "factions" are the group; "resistance forces" read by the country)
# v34: session 42 (unnamed tribal fighters a communal militia; excessive force read from its
# kind of words takes the country adjective before the force word)
# v35: session 43 (J&K Police and C-60 are India's police)
# v37: session 45 ("military intelligence" the country's military; AFC/M23 the M23)
STAGE = "resolve.v40"


@dataclass(frozen=True)
class _Context:
    matcher: Matcher
    country: str | None
    text: str | None = None  # the article's text: names the areas a branch is confined to
    rows: tuple[SheetRow, ...] = ()  # a spreadsheet log's rows (their perpetrator cells)


def resolve(extraction: Extraction, article: Article, actors: ActorKB) -> Extraction:
    """Every ActorRef of ``extraction`` resolved against ``actors`` (see module docstring)."""
    matcher = matcher_for(actors)
    country = article_country(article.text, matcher)
    if country is None and (hint := title_country(article.title)) is not None:
        country = hint.alpha2  # a transcript's header names the country its speakers do not
    ctx = _Context(matcher, country, article.text, article.rows)
    relations = [_relation(r, ctx, r.date or article.published) for r in extraction.relations]
    events = [_event(e, ctx, e.event_date or article.published) for e in extraction.events]
    events = [_two_groups(e, ctx, e.event_date or article.published) for e in events]
    events = [_allied(e, ctx, e.event_date or article.published) for e in events]
    events = [_in_uniform(e, ctx, e.event_date or article.published) for e in events]
    back = Background(_groups_written(ctx, article.published), _generic_of(ctx), ctx.country)
    events = read_anaphors(extraction.events, events, article.text, actors, back)  # 5.
    events = read_sides(events, relations, actors)  # 5.
    # claims are read on the events' date, not the report's: "blaming government warplanes"
    # for a 2017 attack, in a report published (or dated by default) years later, names the
    # army of 2017
    dated = [e.event_date for e in extraction.events if e.event_date is not None]
    said_on = min(dated) if dated else article.published
    claims = find_claims(article.text, lambda words: _claimant(words, ctx, said_on))
    events = apply_claims(events, claims, actors)  # 6.
    events = [
        _side(
            _taker(
                _sole(
                    _suspected(_unnamed(_desk_doer(_identity(_means(e, ctx), ctx), ctx), ctx), ctx),
                    ctx,
                ),
                ctx,
            ),
            ctx,
        )
        for e in events
    ]
    # 10. a bomb's author the words never wrote; a government's violence is its forces'
    events = [
        forces_not_government(
            unwritten_bomber(e, actors, ctx.country, ctx.matcher.names_written_in), actors
        )
        for e in events
    ]
    # 10a. a device whose sentence writes who laid it ("a mine left by Russian troops")
    events = [_layer(e, ctx) for e in events]
    # 10b. the doer written as the accused or as its formation ("a junta column raided")
    events = [forces_not_government(_unit_or_accused(e, ctx), actors) for e in events]
    events = [_sides_written(e, ctx) for e in paired_clashes(events, actors)]
    # 9b. the sides read from the sentence (9a.) may put first the side the ground was taken
    # from; in a battle (a capture, or a clash the reader may yet re-type one) the side that
    # drives the other out is the one that acts
    events = [_retaken(e, ctx) if e.event_type == "Battles" else e for e in events]
    events = [unclaimed_shelling(e, actors, ctx.country) for e in events]
    # a force written as attacked by no one named is actor2, not its own attacker (``passive.py``)
    events = [unnamed_attacker(e, actors, ctx.country) for e in events]
    return extraction.model_copy(
        update={
            # a statement's own force, read last (``issuer.py``)
            "events": tuple(issued(events, article, actors, ctx.country)),
            "relations": tuple(relations),
            "agreement_mentions": tuple(
                _mention(m, ctx, article.published) for m in extraction.agreement_mentions
            ),
        }
    )


def resolve_ref(
    ref: ActorRef, actors: ActorKB, on: dt.date | None, country: str | None = None
) -> ActorRef:
    """One ActorRef resolved on date ``on`` in an article about ``country`` (ISO alpha-2)."""
    return _ref(ref, _Context(matcher_for(actors), country), on)


def _event(event: Event, ctx: _Context, on: dt.date | None) -> Event:
    update: dict[str, object] = {}
    for main, assoc in (("actor1", "assoc_actors1"), ("actor2", "assoc_actors2")):
        ref: ActorRef | None = getattr(event, main)
        ref = None if ref is None else _joined(ref, ctx)
        if ref is not None and _thing(ref, ctx):
            # "a VBIED exploded": a weapon, no actor; "drones launched by Russian forces":
            # the agent written after it
            ref = _launcher(ref, ctx)
        first, more = _refs(ref, ctx, on) if ref is not None else (None, ())
        # "Syrian and Russian jets": the second owner's forces are an associated actor
        assoc_refs = [r for r in getattr(event, assoc) if not _thing(r, ctx)]
        found = (*more, *(_ref(r, ctx, on) for r in assoc_refs))
        first = _elided(first, found, ctx, on)
        first = _members_of(first, ref, ctx, on)  # "fighters of the Islamic State in ..."
        found = tuple(r for r in found if not _place(r, ctx))
        if _place(first, ctx):  # "KINSHASA" read as the subject: the joined actor leads
            first, found = (found[0], found[1:]) if found else (None, found)
        # "Russia launched missiles": the state's forces (ACLED's convention)
        kb, sub = ctx.matcher.kb, event.sub_event_type
        named = None if first is None else state_forces(first, sub, kb, on)
        tied = _tied(named, event, ctx, on)  # "militants linked to al-Qaeda"
        update[main] = tied
        kept = (state_forces(r, sub, kb, on) for r in found)
        # "armed men identified by residents as Fano fighters": the group read into the slot
        # is no associated actor of itself
        again = tied.id if tied is not None and tied is not named else None
        update[assoc] = tuple(r for r in kept if again is None or r.id != again)
    return event.model_copy(update=update)


def _joined(ref: ActorRef, ctx: _Context) -> ActorRef:
    """The reference's whole words when the extract stage cut them at a hyphen or left a
    comma in front: "-aligned forces" of "GNA-aligned forces", "soldiers" of "ex-soldiers",
    ", crowds". The words joined by the hyphen say whose the men are, or that they are no
    longer a state's."""
    surface = ref.surface or ref.name
    trimmed = surface.lstrip(",;: ")
    if trimmed != surface and trimmed:
        ref = ref.model_copy(update={"surface": trimmed, "name": ref.name.lstrip(",;: ")})
        surface = trimmed
    span, text = ref.span, ctx.text
    if span is None or text is None or span.end > len(text):
        return ref
    before = text[: span.start]
    if surface.startswith("-") and text[span.start : span.start + 1] == "-":
        head = _WORD_BEFORE.search(before)
    elif not surface.startswith("-") and before.endswith("-"):
        head = _WORD_BEFORE.search(before[:-1])
        head = head if head is None else _WORD_BEFORE_HYPHEN.search(before)
    else:
        head = _LED_BEFORE.search(before)
    if head is None:
        return ref
    words = text[head.start() : span.start] + surface
    joined = Span(start=head.start(), end=span.end, text=text[head.start() : span.end])
    return ref.model_copy(update={"surface": words, "name": words, "span": joined})


def _two_groups(event: Event, ctx: _Context, on: dt.date | None) -> Event:
    """Two groups written with one noun ("the Kuki and Meitei ethnic militias", "Kuki and
    Meitei militants"): actor1 is the first written, the second is actor2 when that slot is
    empty or holds words no actor matched, else actor1's associated actor (``elision``)."""
    first = event.actor1
    if first is None or first.span is None or ctx.text is None:
        return event
    pair = elided_pair(ctx.text, first.span.start, first.span.end)
    if pair is None:
        return event
    one, two = (_group_named(words, first, ctx, on) for words in pair)
    if one is None:
        one, two = _states_named(pair, first, ctx, on)
    if one is None or (two is not None and one.name == two.name):
        return event
    if two is None:  # a group the base does not list: the first group still leads
        return event.model_copy(update={"actor1": one})
    second = event.actor2
    if second is None or second.method == "unresolved" or second.name == two.name:
        return event.model_copy(update={"actor1": one, "actor2": two})
    if second.name == one.name:
        return event  # the first group is the victim: the words say something else
    joined = (*(r for r in event.assoc_actors1 if r.name != two.name), two)
    return event.model_copy(update={"actor1": one, "assoc_actors1": joined})


def _allied(event: Event, ctx: _Context, on: dt.date | None) -> Event:
    """Allies written after the group they are allied to ("RSF and allied Arab militiamen
    went house to house", "KIA and allied PDF fought junta forces") when the parse made the
    allies actor1: the lead group is actor1, the allies its associated actor. In the dev
    golds every such note codes the lead (11 of 11, notes a-y, session 37). The lead must
    read as a named armed actor or a state's forces; words naming none leave the event."""
    first = event.actor1
    if first is None or first.span is None or ctx.text is None:
        return event
    start = first.span.start
    start += len(_ALLY_WORD.match(ctx.text, start).group(0))  # type: ignore[union-attr]
    words = allied_lead(ctx.text, start)
    if words is None:
        return event
    lead, _more = _refs(ActorRef(name=words, surface=words), ctx, on)
    actor = ctx.matcher.kb.get(lead.id) if lead.id else None
    if actor is None or actor.generic or actor.inter not in ARMED_INTER or lead.id == first.id:
        return event
    if any(r is not None and r.id == lead.id for r in (event.actor2, *event.assoc_actors2)):
        return event  # the lead is the other side: the words say something else
    span = Span(start=start - len(words), end=start, text=words)
    lead = state_forces(lead, event.sub_event_type, ctx.matcher.kb, on).model_copy(
        update={"span": span if ctx.text[span.start : span.end] == words else None}
    )
    allies = (first, *(r for r in event.assoc_actors1 if r.id != lead.id))
    return event.model_copy(update={"actor1": lead, "assoc_actors1": allies})


def _states_named(
    pair: tuple[str, str], like: ActorRef, ctx: _Context, on: dt.date | None
) -> tuple[ActorRef | None, ActorRef | None]:
    """Two states' forces written with one noun ("Ukrainian and Russian forces clashed",
    "Thai and Cambodian troops exchanged fire"): each owner's forces, the first written
    first (ACLED codes each state's forces as its own actor); (None, None) unless both
    wordings read as the forces of two different states through their owner words."""
    refs = [_refs(ActorRef(name=w, surface=w, span=like.span), ctx, on)[0] for w in pair]
    actors = [ctx.matcher.kb.get(r.id) if r.id else None for r in refs]
    if not all(
        a is not None and a.type in STATE_TYPES and a.country and not a.generic for a in actors
    ):
        return None, None
    one, two = actors
    if one is None or two is None or one.country == two.country:
        return None, None
    return refs[0], refs[1]


def _group_named(words: str, like: ActorRef, ctx: _Context, on: dt.date | None) -> ActorRef | None:
    """``words`` read as a named non-state group or an identity militia ("Kuki ethnic
    militias"), when the group's word changes the reading of the noun alone; else None."""
    ref, _more = _refs(ActorRef(name=words, surface=words, span=like.span), ctx, on)
    if ref.method == "unresolved":
        return None
    actor = ctx.matcher.kb.get(ref.id) if ref.id else None
    if actor is not None and (actor.generic or actor.inter not in GROUP_INTER):
        return None
    if actor is None and ref.method != "convention":
        return None
    noun = words.partition(" ")[2]
    bare, _more = _refs(ActorRef(name=noun, surface=noun), ctx, on)
    return None if bare.name == ref.name else ref


# armed men "dressed as" or "disguised as" soldiers: the extract stage may keep the disguise
_DISGUISED = re.compile(
    r"\b(?:men|gunmen|attackers|assailants|militants|fighters)\s+(?:who\s+were\s+)?"
    r"(?:dressed|disguised|posing)\s+as\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


def _in_uniform(event: Event, ctx: _Context, on: dt.date | None) -> Event:
    """Armed men named by the uniform they wore ("men in Burkinabe army uniform"): ACLED's
    Unidentified Armed Group of the uniform's (else the article's) country, or that country's
    military or police when the report says who the men were (``conventions.uniformed``)."""
    first, sentence = event.actor1, event.sentence
    if first is None or first.span is None or ctx.text is None or sentence is None:
        return event
    start, end = first.span.start, first.span.end
    told = ctx.text[sentence.start : sentence.start + 600]
    if _DISGUISED.search(ctx.text[max(0, start - 40) : start]):
        # "gunmen dressed as soldiers": the mention is the disguise
        found = uniformed(" dressed as " + ctx.text[start:end], told)
    elif first.method == "unresolved" or _unnamed_armed(first, ctx):
        found = uniformed(ctx.text[end : end + 80], told)
    else:
        return event
    if found is None:
        return event
    owner, role = found
    country = _demonym_country(owner, ctx) if owner else ctx.country
    actor = ctx.matcher.kb.role_actor(role, country, on) if country else None
    if actor is None:
        return event
    fields = {"name": actor.name, "id": actor.id, "type": actor.type, "inter": actor.inter}
    update = {**fields, "method": "convention", "score": SCORE_CONTEXT}
    return event.model_copy(update={"actor1": first.model_copy(update=update)})


def _demonym_country(word: str, ctx: _Context) -> str | None:
    """ISO alpha-2 of the country a demonym names ("Burkinabe"), else the article's."""
    key = normalize_name(word)
    for alpha2, names in ctx.matcher.kb.descriptors.countries.items():
        if any(normalize_name(d) == key for d in names.demonyms):
            return alpha2
    return ctx.country


def _launcher(ref: ActorRef, ctx: _Context) -> ActorRef | None:
    """The agent a weapon's words name right after them ("Shahed drones launched by Russian
    forces", "rockets fired by Hamas"), as a reference of its own; else None."""
    if ref.span is None or ctx.text is None:
        return None
    found = LAUNCHED_BY.match(ctx.text, ref.span.end)
    if found is None:
        return None
    words = found.group("who").strip()
    start = found.start("who")
    span = Span(start=start, end=start + len(words), text=words, field=ref.span.field)
    return ActorRef(name=words, surface=words, span=span)


def _elided(
    ref: ActorRef | None, joined: tuple[ActorRef, ...], ctx: _Context, on: dt.date | None
) -> ActorRef | None:
    """ "Rwandan and Mozambican troops": the unresolved owner word takes the unit noun of the
    reference it is joined to (its associated actor), and names that owner's forces."""
    if ref is None or ref.method != "unresolved" or not ref.surface:
        return ref
    for other in joined:
        match = ctx.matcher.describe_elided(ref.surface, other.surface or "", on)
        if match is not None:
            return _as(ref, _read_generic(match, ctx, on))
    return ref


# the one who stopped the weapon is actor1, not the cell's perpetrator who planted it
_RESPONDER_FIRST = frozenset({"Disrupted weapons use"})


def _desk_doer(event: Event, ctx: _Context) -> Event:  # 6c.
    """An event read from a spreadsheet log's row: an actor1 read from the row's head (its
    place cells, "3 May 2024 | Alpha City, Beta del Norte: ...", parsed as the subject) is
    no actor; an empty actor1 slot takes the desk's perpetrator cell ("NSAG (al-Shabaab)", "ADF")
    when it names one actor of the knowledge base that acts in the report's country: the
    desk's coding, where the row's words name none. A generic cell ("NSAG", "unk", "armed
    men") or one naming nobody known is left to the conventions (7.); an event read from rows
    with different cells takes none."""
    if not ctx.rows:
        return event
    mine = rows_of(event, ctx.rows)
    first, notes = event.actor1, event.notes
    span = first.span if first is not None else None
    if span is not None and any(r.start <= span.start < r.words for r in mine):
        first = None
        notes = _noted(notes, f"{span.text!r} is the row's place cell, no actor")
    doers = {r.perpetrator for r in mine}
    doer = doers.pop() if len(doers) == 1 else None
    if first is None and doer and event.sub_event_type not in _RESPONDER_FIRST:
        found = _ref(ActorRef(name=doer), ctx, event.event_date)
        actor = ctx.matcher.kb.get(found.id) if found.id else None
        if (
            actor is not None
            and not actor.generic
            and _acts_in(actor, ctx.country, event.event_date)
        ):
            # the cell's words, not the text's: no span (the evidence is the row, in the notes)
            first = found.model_copy(update={"surface": None})
            notes = _noted(notes, f"actor1 from the log's perpetrator cell {doer!r}")
    if first is event.actor1:
        return event
    return event.model_copy(update={"actor1": first, "notes": notes})


def _noted(notes: str, note: str) -> str:
    return f"{notes}; {note}" if notes else note


def _acts_in(actor: Actor, country: str | None, on: dt.date | None) -> bool:
    """The actor is of ``country`` or operates there (on ``on``), or names no country."""
    if actor.country is None or country is None or actor.country == country:
        return True
    return any(
        o.country == country
        and (on is None or ((o.start is None or o.start <= on) and (o.end is None or on <= o.end)))
        for o in actor.operates
    )


def _unnamed(event: Event, ctx: _Context) -> Event:  # 7.
    """The unidentified armed group ACLED's convention put in an empty actor1 slot, read
    through a tie the sentence writes ("gunmen believed to belong to the Jalisco cartel")."""
    first = event.actor1
    if first is None or first.method != "convention" or first.surface is not None:
        return event
    tied = _tied(first, event, ctx, event.event_date)
    if tied is first or tied is None:
        tied = _gang(first, event, ctx)
    if tied is first:
        tied = _only_group(first, event, ctx)
    if tied is first:
        tied = _force_side(first, event, ctx)
    if tied is first:
        tied = _told_before(first, event, ctx)
    if tied is first:
        return event
    # the report wrote no words for the actor: none are kept (the queue shows words only)
    return event.model_copy(update={"actor1": tied.model_copy(update={"surface": None})})


def _finder(ctx: _Context, on: dt.date | None) -> Callable[[str], Actor | None]:
    """Words -> the actor they name in the article's country (its branch there), or None."""

    def find(words: str) -> Actor | None:
        found = ctx.matcher.match(words, on=on, country=ctx.country)
        return _local(found, ctx, on).actor if found is not None else None

    return find


def _members_of(
    first: ActorRef | None, ref: ActorRef | None, ctx: _Context, on: dt.date | None
) -> ActorRef | None:
    """Unnamed armed men written before "of"/"from"/"belonging to" and a named group
    ("gunmen of the rival ARSA and RSO factions"): the group (``members.group_after``)."""
    if first is None or ref is None or ref.span is None or ctx.text is None:
        return first
    if not _unnamed_armed(first, ctx):
        return first
    names = ctx.matcher.names_written_in
    group = group_after(ctx.text, ref.span.end, names, _finder(ctx, on), GROUP_INTER)
    if group is None:  # "forces loyal to Gen. X": the person's own militia
        return _personal(first, ref, ctx, on)
    return _as(first, Match(group, "context", SCORE_CONTEXT))


def _personal(first: ActorRef, ref: ActorRef, ctx: _Context, on: dt.date | None) -> ActorRef:
    """Unnamed armed men a person commands ("forces loyal to Gen. X", "X's men"): ACLED's
    "Militia (X)" (``conventions.personal_militia``); a name the base knows, a place or a
    state is not read so."""
    if ref.span is None or ctx.text is None:
        return first

    def is_other(name: str) -> bool:
        return (
            ctx.matcher.match(name, on=on, country=ctx.country) is not None
            or names_a_place(name)
            or country_named(name) is not None
        )

    words = ref.surface or ref.name
    after = ctx.text[ref.span.end : ref.span.end + 120]
    made = personal_militia(words, after, is_other)
    if made is None:
        return first
    return first.model_copy(update={**made, "surface": words})


def _only_group(first: ActorRef, event: Event, ctx: _Context) -> ActorRef:
    """An empty actor1 slot whose sentence names one armed group besides its victims
    (``members.only_group``): that group."""
    if event.sentence is None or event.event_type not in ACTED_TYPES:
        return first
    victims = [r.id for r in (event.actor2, *event.assoc_actors2) if r is not None]
    names, find = ctx.matcher.names_written_in, _finder(ctx, event.event_date)
    group = only_group(event.sentence.text, names, find, GROUP_INTER, victims)
    return first if group is None else _as(first, Match(group, "context", SCORE_CONTEXT))


def _sides_written(event: Event, ctx: _Context) -> Event:
    """A clash with no side at all, once the article's one pair of foes is given
    (``pairs.py``), whose own sentence names armed actors ("heavy clashes in the town as the
    RSF pushed toward the Engineers Corps", "fighting between the ENDF and the OLA"): the
    first written is actor1, the next actor2 (``members.named_in``; a group named only as the
    source or the place hit's occupant is neither). Issue 9, session 29: verbless clashes
    left with no actor in coders' notes."""
    if event.sub_event_type != "Armed clash" or event.sentence is None:
        return event
    unwritten = all(r is None or r.surface is None for r in (event.actor1, event.actor2))
    pair = _between(event.sentence.text, ctx, event.event_date) if unwritten else []
    if pair:  # "gunfire between Kyrgyz and Tajik border guards": the order written
        # the words joined with the shared noun are not the article's: none are kept
        first, second = (r.model_copy(update={"surface": None, "span": None}) for r in pair)
        return event.model_copy(update={"actor1": first, "actor2": second})
    if event.actor1 is not None or event.actor2 is not None:
        return event
    names, find = ctx.matcher.names_written_in, _finder(ctx, event.event_date)
    sides = named_in(event.sentence.text, names, find, ARMED_INTER)
    refs = [
        _as(ActorRef(name=a.name), Match(a, "context", SCORE_CONTEXT)).model_copy(
            update={"surface": None}  # the words are the sentence's, read here
        )
        for a in sides[:2]
    ]
    if not refs:
        return event
    return event.model_copy(update=dict(zip(("actor1", "actor2"), refs, strict=False)))


def _between(sentence: str, ctx: _Context, on: dt.date | None) -> list[ActorRef]:
    """The two sides of "between Kyrgyz and Tajik border guards" (``elision.sides_between``),
    each read with the shared noun: both armed, and two different actors, or none."""
    for one, other in sides_between(sentence):
        refs = [_refs(ActorRef(name=w, surface=w), ctx, on)[0] for w in (one, other)]
        if all(r.method != "unresolved" and r.inter in ARMED_INTER for r in refs) and (
            refs[0].id != refs[1].id
        ):
            return refs
    return []


# Words that open a sentence about another incident than the one before.
_ANOTHER = re.compile(
    r"\s*(?:separately|elsewhere|meanwhile"
    r"|in (?:a|another) (?:separate|unrelated) (?:incident|attack)"
    r"|in another (?:incident|attack))\b",
    re.IGNORECASE,
)


# A scene set before a sentence's clause: "In Diyala province,", "Earlier, on Saturday,",
# "On Wednesday,", "Near Kupiansk,".
_SCENE = re.compile(
    r"\s*(?:(?:later|earlier|elsewhere|meanwhile|further\s+\w+)\s*,?\s*)?"
    r"(?:in|on|at|near|outside|around|across|inside)\s+(?P<scene>[^,;:]{2,60}),",
    re.IGNORECASE,
)


def _force_side(first: ActorRef, event: Event, ctx: _Context) -> ActorRef:
    """The unnamed side ACLED's convention gave a clash whose other side is named, when its
    sentence writes a state's forces that are not that other side ("FAMa columns fought CSP
    rebels", "security forces cleared the hills; the military said forty terrorists were
    killed", "troops of the 94th IB encountered NPA fighters"): those forces, the first
    written (a named state force, or the bare words read through the article's country). A
    clash has two sides; a force the sentence writes is one of them. Only clashes: in an
    attack or a bombing a force written beside the act may be its target. Issue 9, session
    29: such clashes were coded to an unidentified armed group in four writers' notes."""
    if event.sub_event_type != "Armed clash" or event.sentence is None:
        return first
    if first.id not in _role_ids(ctx.matcher.kb, "unidentified-armed-group", ctx.country or ""):
        return first  # a people's militia the convention named ("armed men from the Tiv")
    seconds = [r for r in (event.actor2, *event.assoc_actors2) if r is not None]
    other = {r.id for r in seconds}
    # words of the other side ("Russian" of "Russian marine brigades") name no force of this one
    theirs = " ".join(f" {normalize_name(r.surface or r.name)} " for r in seconds)
    text, on, kb = unquoted(event.sentence.text), event.event_date, ctx.matcher.kb
    keys = [k for k in _keys_in(text, ctx) if f" {k} " not in theirs]
    for key in in_order(text, keys):
        ref, _more = _refs(ActorRef(name=key, surface=key), ctx, on)
        actor = kb.get(ref.id) if ref.id else None
        if actor is None or actor.id in other or actor.generic:
            continue
        if actor.type in STATE_TYPES and actor.country is not None:
            return ref.model_copy(
                update={"surface": None, "method": "context", "score": SCORE_CONTEXT}
            )
    return first


def _told_before(first: ActorRef, event: Event, ctx: _Context) -> ActorRef:
    """A toll in a sentence that names nobody: the actor the sentence before it names first
    (``members`` rule 3), a named actor or a force read through the article's country."""
    sentence, text, on = event.sentence, ctx.text, event.event_date
    if sentence is None or text is None or event.event_type not in ACTED_TYPES:
        return first
    kb = ctx.matcher.kb
    named = [
        k for k in _keys_in(sentence.text, ctx) if not all(m.actor.generic for m in kb.lookup(k))
    ]
    if named:
        return first  # the sentence names someone besides its victims' kind: not a bare toll
    if _ANOTHER.match(sentence.text):
        return first  # "Separately, a bomb struck ...": another event, not the one before's
    before = previous_sentence(text, sentence.start)
    if _own_scene(event, before):
        return first  # "In Diyala province, a roadside bomb ...": another incident
    key = first_named(before, _keys_in(before, ctx))
    if key is None:
        return first
    ref, _more = _refs(ActorRef(name=key, surface=key), ctx, on)
    actor = ctx.matcher.kb.get(ref.id) if ref.id else None
    if actor is None or actor.generic or actor.inter not in ARMED_INTER:
        return first
    return ref.model_copy(update={"surface": None, "method": "context", "score": SCORE_CONTEXT})


def _own_scene(event: Event, before: str) -> bool:
    """Does the event's sentence open on a scene of its own: a place or a day set before its
    clause ("In Diyala province, a roadside bomb ...", "Earlier, on Saturday, a gunfight
    ...") that the sentence before does not write? Its toll is then another incident, not the
    act before's (issue 9, session 21: a foreign force's strike lent its actor to a bombing
    told next)."""
    sentence = event.sentence
    if sentence is None:
        return False
    scene = _SCENE.match(sentence.text)
    if scene is None:
        return False
    words = scene.group("scene")
    # a name or a day ("Diyala province", "Saturday", "12 March"), not "In a statement,"
    named = re.search(r"\b(?:[A-Z]\w|\d)", words) is not None
    return named and words.lower() not in before.lower()


def _keys_in(words: str, ctx: _Context) -> list[str]:
    """Known names and owner words that name an armed actor alone ("army", "troops")."""
    kb = ctx.matcher.kb
    bare = kb.descriptors.bare
    owned = [w for w in normalize_name(words).split() if w in bare]
    # a news agency or monitor ("KHARTOUM (Reuters) - ...", "the Observatory said") reports
    # the acts; it is never the one a toll's sentence points back to
    names = [
        k
        for k in ctx.matcher.names_written_in(words)
        if not all(m.actor.is_media for m in kb.lookup(k))
    ]
    return [*names, *owned]


def _unnamed_armed(ref: ActorRef, ctx: _Context) -> bool:
    """Words nothing resolved, a generic armed actor ("gunmen") or the article's
    unidentified armed group."""
    if ref.method == "unresolved":
        return True
    actor = ctx.matcher.kb.get(ref.id) if ref.id else None
    if actor is None or actor.inter not in GROUP_INTER:
        return False
    country = ctx.country or ""
    return actor.generic or actor.id in _role_ids(
        ctx.matcher.kb, "unidentified-armed-group", country
    )


def _suspected(event: Event, ctx: _Context) -> Event:
    """An unidentified armed group in actor1 of a report whose note names the suspect in a
    sentence of its own ("... killing at least 18 people. Suspected Boko Haram militants.",
    "Police later identified the attacker as a member of the TTP", ``branches.LATER_NAMED``):
    the group named, or its branch in the article's country (``branches.tied_to``)."""
    first, kb, country = event.actor1, ctx.matcher.kb, ctx.country
    if first is None or ctx.text is None or country is None:
        return event
    if first.id not in _role_ids(kb, "unidentified-armed-group", country):
        return event
    on = event.event_date

    def named(words: str) -> Actor | None:
        found = ctx.matcher.match(words, on=on, country=country)
        return found.actor if found is not None else None

    hits = [*SUSPECTS.finditer(ctx.text), *LATER_NAMED.finditer(ctx.text)]
    for hit in hits:
        group = tied_to(f"linked to {hit.group('name')}", kb, named, country, on, ctx.text)
        if group is not None and group.inter in GROUP_INTER:
            made = _as(first, Match(group, "context", SCORE_CONTEXT))
            # the words that named it are in another sentence: the slot's own words stay
            return event.model_copy(
                update={"actor1": made.model_copy(update={"surface": first.surface})}
            )
    return event


def _means(event: Event, ctx: _Context) -> Event:  # 6a.
    """A strike with no actor1 whose means name their owner ("M23 shelling struck ...",
    "Thai F-16s bombed ..."): the owner (``means.py``)."""
    found = means_owner(event, ctx.matcher, ctx.country)
    if found is None:
        return event
    found = _local(found, ctx, event.event_date)
    return event.model_copy(update={"actor1": _as(ActorRef(name=found.actor.name), found)})


def _identity(event: Event, ctx: _Context) -> Event:  # 6b.
    """ACLED's roles by event type, then a people's or clan's armed men written as such
    ("Tiv youths", "fighting between rival clans") in a slot still open (``identity.py``)."""
    kb = ctx.matcher.kb
    return identity_militias(apply_roles(event, kb, ctx.country), kb, ctx.country)


def _sole(event: Event, ctx: _Context) -> Event:  # 8.
    """One person acting alone against civilians: ACLED's Sole Perpetrator (X)
    (``conventions.sole_perpetrator``); read last, so that a group the report ties the
    attacker to wins."""
    if event.assoc_actors1:
        return event  # "a gunman and his accomplices": not alone
    sentence = event.sentence.text if event.sentence is not None else ""
    kb, sub = ctx.matcher.kb, event.sub_event_type
    lone = sole_perpetrator(event.actor1, sentence, sub, kb, ctx.country, event.event_date)
    return event if lone is event.actor1 else event.model_copy(update={"actor1": lone})


def _taker(event: Event, ctx: _Context) -> Event:  # 9.
    """A territory changing hands whose actor1 is the side withdrawing ("RSF forces entered
    Wad Madani after SAF units withdrew"): the other side takes actor1 (``handover.py``)."""
    first, sentence = event.actor1, event.sentence
    if first is None or sentence is None or event.sub_event_type not in TERRITORY_SUB_EVENTS:
        return event
    words = first.surface or first.name
    if not withdrawing(words, sentence.text):
        return _retaken(event, ctx) if _lost(first, sentence.text, ctx) else _leaving(event, ctx)
    taker = event.actor2
    if taker is None or taker.id is None:
        taker = None
        names = ctx.matcher.names_written_in(sentence.text)
        for key in first_written(names, sentence.text, words):
            found = ctx.matcher.match(key, on=event.event_date, country=ctx.country)
            if found is not None and not found.actor.generic and found.actor.id != first.id:
                taker = _as(ActorRef(name=key, surface=key), _local(found, ctx, event.event_date))
                break
    if taker is None:
        taker = _recipient(event, first, ctx)
    if taker is None:
        return event
    return event.model_copy(update={"actor1": taker, "actor2": first, "assoc_actors2": ()})


def _layer(event: Event, ctx: _Context) -> Event:  # 10a.
    """An IED, landmine, grenade or suicide bomb given the unidentified armed group for want of
    a doer's words, whose sentence writes who laid it ("an anti-personnel mine left by Russian
    troops"): that armed actor, with the words (``devices.laid_by``)."""
    first, sentence, country = event.actor1, event.sentence, ctx.country
    if event.sub_event_type not in DEVICE_SUBS or first is None or sentence is None:
        return event
    unknown = country is not None and first.id in _role_ids(ctx.matcher.kb, UNKNOWN, country)
    if first.surface is not None or not (unknown or first.id == f"generic-{UNKNOWN}"):
        return event
    ref = _armed_named(laid_by(sentence.text), ctx, event.event_date)
    if ref is not None and ref.surface and ref.surface not in sentence.text:
        # "Russian forces" read for the occupier of "the Russian occupation": its own words
        ref = ref.model_copy(update={"surface": ref.surface.removesuffix(" forces")})
    return event if ref is None else event.model_copy(update={"actor1": ref})


def _unit_or_accused(event: Event, ctx: _Context) -> Event:  # 10b.
    """An act of violence whose actor1 is empty or the unidentified armed group for want of a
    doer's words, whose sentence writes the doer as the accused ("FARDC soldiers were accused
    of raping ...") or by its formation ("a junta column raided the village"): that armed actor
    (``units.written_doer``), with the words."""
    first, sentence, country = event.actor1, event.sentence, ctx.country
    if event.event_type not in ACTED_TYPES or sentence is None:
        return event
    if first is not None:
        unknown = country is not None and first.id in _role_ids(ctx.matcher.kb, UNKNOWN, country)
        if first.surface is not None or not (unknown or first.id == f"generic-{UNKNOWN}"):
            return event
    other = event.actor2.id if event.actor2 is not None else None
    formations = event.event_type != "Explosions/Remote violence"
    ref = _armed_named(written_doer(sentence.text, formations), ctx, event.event_date, other)
    return event if ref is None else event.model_copy(update={"actor1": ref})


def _armed_named(
    candidates: list[str], ctx: _Context, on: dt.date | None, other_than: str | None = None
) -> ActorRef | None:
    """The first of ``candidates`` (wordings, longest first) that names an armed actor of the
    knowledge base other than ``other_than``, or None."""
    for words in candidates:
        ref, _more = _refs(ActorRef(name=words, surface=words), ctx, on)
        named = ref.method != "unresolved" and ref.id is not None and ref.id != other_than
        if named and ref.inter in ARMED_INTER:
            return ref
    return None


def _lost(first: ActorRef, sentence: str, ctx: _Context) -> re.Match[str] | None:
    """The capture verb whose "from"/"of" names actor1 as the side that lost the ground: by its
    own words, or (read from the words around) by a name of the sentence that is actor1."""
    if first.surface:
        return lost_by(first.surface, sentence)
    for key in ctx.matcher.names_written_in(sentence):
        found = ctx.matcher.match(key, on=None, country=ctx.country)
        if found is not None and found.actor.id == first.id and (hit := lost_by(key, sentence)):
            return hit
    return None


def _retaken(event: Event, ctx: _Context) -> Event:
    """Ground taken from actor1 ("cleared Klishchiivka of Russian troops"): the clause's
    subject, or actor2, takes actor1, and the side that lost it becomes actor2."""
    first, sentence = event.actor1, event.sentence
    hit = _lost(first, sentence.text, ctx) if first and sentence else None
    if first is None or sentence is None or hit is None:
        return event
    taker = event.actor2 if event.actor2 is not None and event.actor2.id != first.id else None
    if taker is None:  # "residents said ..." names no taker: only an armed actor takes
        words = subject_words(sentence.text, hit.start())
        taker = _armed_named(words, ctx, event.event_date, other_than=first.id)
    if taker is None or taker.id is None:
        return event
    return event.model_copy(update={"actor1": taker, "actor2": first, "assoc_actors2": ()})


def _leaving(event: Event, ctx: _Context) -> Event:
    """A territory taken by actor1 from a side the sentence names withdrawing ("RSF forces
    entered Wad Madani after SAF units withdrew"): that side is actor2 when none was read."""
    first, sentence = event.actor1, event.sentence
    if first is None or sentence is None or event.actor2 is not None:
        return event
    words = first.surface or first.name
    for key in first_written(ctx.matcher.names_written_in(sentence.text), sentence.text, words):
        if not withdrawing(key, sentence.text):
            continue
        found = ctx.matcher.match(key, on=event.event_date, country=ctx.country)
        if found is not None and found.actor.id != first.id:
            left = _as(ActorRef(name=key, surface=key), _local(found, ctx, event.event_date))
            return event.model_copy(update={"actor2": left})
    return event


def _side(event: Event, ctx: _Context) -> Event:  # 9.
    """A capture's sub-event follows whether its resolved taker is a state force
    (``handover.capture_side``): "RSF forces seized the town" is a non-state actor's."""
    first = event.actor1
    if first is None or first.id is None:
        return event
    actor = ctx.matcher.kb.actors.get(first.id)
    side = actor.side if actor is not None else None
    sub = capture_side(event.sub_event_type, first.inter, side)
    return (
        event if sub == event.sub_event_type else event.model_copy(update={"sub_event_type": sub})
    )


def _recipient(event: Event, first: ActorRef, ctx: _Context) -> ActorRef | None:
    """The side a withdrawing actor hands the territory to, named by kind as often as by name
    ("handed the city back to the military administration"): read through the article's
    country; None when the words name no actor or name actor1 again."""
    sentence = event.sentence
    words = handed_to(sentence.text) if sentence is not None else None
    if words is None:
        return None
    ref, _more = _refs(ActorRef(name=words, surface=words), ctx, event.event_date)
    head = words.rpartition(" ")[0]
    if ref.method == "unresolved" and head and head.casefold() not in ("the", "a", "an"):
        # "the military administration", "the army command": the kind before the office
        ref, _more = _refs(ActorRef(name=head, surface=head), ctx, event.event_date)
    if ref.method == "unresolved" or ref.name == first.name:
        return None
    return ref


def _gang(ref: ActorRef, event: Event, ctx: _Context) -> ActorRef:
    """An unnamed attacker the sentence puts down to gangs ("a grenade exploded ..., police
    linking it to a feud between criminal gangs") is ACLED's Unidentified Gang (X), not an
    unidentified armed group; unless the gang is the victim."""
    kb, country, sentence = ctx.matcher.kb, ctx.country, event.sentence
    if (
        country is None
        or sentence is None
        or ref.id not in _role_ids(kb, "unidentified-armed-group", country)
    ):
        return ref
    victim = (event.actor2.surface or "") if event.actor2 is not None else ""
    if GANG_WORDS.search(sentence.text) is None or GANG_WORDS.search(victim) is not None:
        return ref
    gang = kb.role_actor("unidentified-gang", country, event.event_date)
    return ref if gang is None else _as(ref, Match(gang, "convention", ref.score or SCORE_CONTEXT))


def _role_ids(kb: ActorKB, role: str, country: str) -> list[str]:
    return kb.roles.get((role, country), [])


def _tied(ref: ActorRef | None, event: Event, ctx: _Context, on: dt.date | None) -> ActorRef | None:
    """An unnamed armed group the sentence ties to a named one ("militants linked to al-Qaeda")
    is that group or its branch in the article's country (``branches.tied_to``)."""
    actor = ctx.matcher.kb.get(ref.id) if ref is not None and ref.id else None
    if ref is None or event.sentence is None or actor is None or not actor.generic:
        return ref
    if actor.type not in ("political militia", "rebel group"):
        return ref

    def named(words: str) -> Actor | None:
        found = ctx.matcher.match(words, on=on, country=ctx.country)
        return found.actor if found is not None else None

    group = tied_to(event.sentence.text, ctx.matcher.kb, named, ctx.country, on, ctx.text)
    return ref if group is None else _as(ref, Match(group, "context", SCORE_CONTEXT))


def _place(ref: ActorRef | None, ctx: _Context | None = None) -> bool:
    """Words no actor matched that name a place ("the outskirts of Omdurman"), or that are a
    note's place label (``_lead_label``): no actor."""
    if ref is None or ref.method != "unresolved":
        return False
    return names_a_place(ref.surface or "") or _lead_label(ref, ctx) or _areas_after(ref, ctx)


def _areas_after(ref: ActorRef, ctx: _Context | None) -> bool:
    """Capitalised words nothing matched, followed by the areas they lie in, in brackets
    ("Mozogo (Mayo-Tsanaga, Far North)"): a note's place, not an actor (``places.py``)."""
    if ctx is None or not ctx.text or ref.span is None or ref.span.end > len(ctx.text):
        return False
    words = (ref.surface or ref.name).split()
    if not words or not all(_LABEL_WORD.match(w) for w in words):
        return False
    if placed_in_areas(ctx.text[ref.span.end : ref.span.end + 90]):
        return True
    # one of those areas itself ("Mayo-Tsanaga" in "Mozogo (Mayo-Tsanaga, Far North)")
    start = max(0, ref.span.start - 80)
    opened = ctx.text.rfind("(", start, ref.span.start)
    inside = opened >= 0 and ")" not in ctx.text[opened : ref.span.start]
    return inside and placed_in_areas(ctx.text[opened : opened + 90])


# A name's words: capitalised, or the small words inside a place name ("Maguindanao del Sur",
# "Sidi Bel Abbes", "Bosnia and Herzegovina")
_LABEL_WORD = re.compile(
    r"^(?:[A-Z][\w'.-]*|de|del|della|do|da|dos|das|des|du|la|le|el|al|and|of)$"
)


def _lead_label(ref: ActorRef, ctx: _Context | None) -> bool:
    """Capitalised words nothing matched, written as a label before a colon ("Lanao del Sur:
    soldiers clashed with ...", "Upper Nile province: ..."): a desk's or a coder's place lead,
    not the doer (issue 9, session 30). The colon is the reading: a name written before one is
    what the sentence is about, never its subject."""
    surface = (ref.surface or ref.name).strip()
    after = ""
    if ctx is not None and ctx.text and ref.span is not None and ref.span.end <= len(ctx.text):
        after = ctx.text[ref.span.end : ref.span.end + 2].lstrip()
    if not (surface.endswith(":") or after.startswith(":")):
        return False
    words = surface.rstrip(":").replace("(", " ").replace(")", " ").replace(",", " ").split()
    return bool(words) and words[0][:1].isupper() and all(_LABEL_WORD.match(w) for w in words)


def _thing(ref: ActorRef, ctx: _Context) -> bool:
    """The words name a weapon or a vehicle, not an actor (and no actor matched them)."""
    words = ref.surface or ref.name
    return ctx.matcher.names_a_thing(words) and _from_words(ref, ctx, None) is None


def _relation(relation: Relation, ctx: _Context, on: dt.date | None) -> Relation:
    target = relation.target
    return relation.model_copy(
        update={
            "source": _ref(relation.source, ctx, on),
            "target": _ref(target, ctx, on) if target and not _thing(target, ctx) else None,
        }
    )


def _mention(mention: AgreementMention, ctx: _Context, on: dt.date | None) -> AgreementMention:
    return mention.model_copy(
        update={
            "parties": tuple(_ref(r, ctx, on) for r in mention.parties),
            "guarantors": tuple(_ref(r, ctx, on) for r in mention.guarantors),
            "excluded": tuple(_ref(r, ctx, on) for r in mention.excluded),
        }
    )


def _ref(ref: ActorRef, ctx: _Context, on: dt.date | None) -> ActorRef:
    return _refs(ref, ctx, on)[0]


def _refs(
    ref: ActorRef, ctx: _Context, on: dt.date | None
) -> tuple[ActorRef, tuple[ActorRef, ...]]:
    """The actor ``ref`` names, and any further actors the same words name."""
    match = (
        _branch_of(ref, ctx, on)
        or _specific(_forces_of(_from_id(ref, ctx, on), ref, ctx, on), ref, ctx, on)
        or _from_words(ref, ctx, on)
    )
    if match is not None and match.actor.generic and ref.span is not None:
        kinded = name_after(ctx.text, ref.span.end, _uncounted(ref.surface or ref.name))
        named = identity_militia(kinded, ctx.matcher.kb, ctx.country) if kinded else None
        if named is not None:
            return ref.model_copy(update={**named, "surface": ref.surface or ref.name}), ()
    if match is None:
        words = _uncounted(ref.surface or ref.name)
        named = identity_militia(words, ctx.matcher.kb, ctx.country) or people_of(
            words, ctx.matcher.kb, on
        )
        start = ref.span.start if ref.span is not None else None
        if named is None and (kinded := kind_before(ctx.text, start, words)) is not None:
            named = identity_militia(kinded, ctx.matcher.kb, ctx.country)
        if named is not None:
            return ref.model_copy(update={**named, "surface": ref.surface or ref.name}), ()
        headed = (
            _group_or_noun(_unhedged(words), ctx, on)
            or _operation(words, ctx, on)
            or _unit(ref, words, ctx, on)
        )
        if headed is not None:
            return _as(ref, headed), ()
        unresolved = ref.model_copy(
            update={
                "id": None,
                "type": None,
                "inter": None,
                "method": "unresolved",
                "score": None,
                "surface": ref.surface or ref.name,
            }
        )
        return unresolved, ()
    others = tuple(
        _as(ref, _local(_read_generic(Match(a, match.method, match.score), ctx, on), ctx, on))
        for a in match.others
    )
    return _as(ref, _local(_read_generic(match, ctx, on), ctx, on)), others


# A military operation's name ("troops of Operation Hadin Kai", "Operation Fansan Yamma
# troops"): the force that runs it, written as its operation.
_OPERATION = re.compile(r"^(?:the\s+)?Operation\s+[A-Z][\w'-]*")


def _operation(words: str, ctx: _Context, on: dt.date | None) -> Match | None:
    """A named operation the base does not list ("Operation Fansan Yamma clashed with a
    bandit group"): the article's country's military, as ACLED codes the troops of a
    national operation (the base lists the long-running ones as the army's aliases: Operation
    Hadin Kai, Lafiya Dole; a foreign mission's, such as Operation Barkhane, by its own
    name). Issue 9, session 21."""
    if ctx.country is None or _OPERATION.match(words.strip()) is None:
        return None
    actor = ctx.matcher.kb.role_actor("military", ctx.country, on)
    return None if actor is None else Match(actor, "context", SCORE_CONTEXT)


def _unit(ref: ActorRef, words: str, ctx: _Context, on: dt.date | None) -> Match | None:
    """A numbered formation nothing matched ("the 5th Brigade", "soldiers of the 20th Infantry
    Battalion"): the article's country's military (``resolve.units``)."""
    if ctx.country is None:
        return None
    start = ref.span.start if ref.span is not None else None
    before = ctx.text[max(0, start - 24) : start] if ctx.text and start is not None else ""
    if not numbered_unit(words, before):
        return None
    actor = ctx.matcher.kb.role_actor("military", ctx.country, on)
    return None if actor is None else Match(actor, "context", SCORE_CONTEXT)


def _group_or_noun(words: str, ctx: _Context, on: dt.date | None) -> Match | None:
    """Words nothing matched whose last word is a generic armed noun ("Kuki militants",
    "Tuareg separatists", "Baloch insurgents"): the capitalised words before it name an
    identity group, and ACLED codes its armed men as the group's militia in the article's
    country ("Kuki Ethnic Militia (India)", looked up as "Kuki militia"); a named armed group
    the words before it name is that group; otherwise the noun alone is read ("Kidal
    militants" are militants), so that the group's word never loses the generic reading."""
    parts = words.split()
    if len(parts) < 2 or parts[-1].casefold() not in GROUP_NOUNS:
        return None
    head = parts[:-1]
    while len(head) > 1 and head[-1].casefold() in GROUP_NOUNS:
        head = head[:-1]  # "Fano militia fighters"
    group = " ".join(head)
    if group[:1].isupper() and not names_a_place(group):
        for wording in (f"{group} militia", group):
            found = ctx.matcher.match(wording, on=on, country=ctx.country)
            actor = found.actor if found is not None else None
            if (
                found is not None
                and actor is not None
                and not actor.generic
                and actor.inter in GROUP_INTER
                and actor.country in (ctx.country, None)
            ):
                return _local(Match(actor, "convention", min(found.score, SCORE_CONTEXT)), ctx, on)
    noun = ctx.matcher.match(parts[-1], on=on, country=ctx.country)
    if noun is None or not noun.actor.generic:
        return None
    return _read_generic(noun, ctx, on)


def _as(ref: ActorRef, match: Match) -> ActorRef:
    actor = match.actor
    return ref.model_copy(
        update={
            "name": actor.name,
            "surface": ref.surface or ref.name,
            "id": actor.id,
            "type": actor.type,
            "inter": actor.inter,
            "method": match.method,
            "score": match.score,
        }
    )


def _from_id(ref: ActorRef, ctx: _Context, on: dt.date | None) -> Match | None:
    """An id set upstream (the extract stage's entity ruler), brought to the event date."""
    kb = ctx.matcher.kb
    if ref.id is None or ref.id not in kb:
        return None
    words = ref.surface or ref.name
    readings = {
        a.id
        for k in ctx.matcher.known_names_in(words)
        for a in ctx.matcher.readings(k, scoped=True)
    }
    if ref.id in readings:
        return None  # "SNA": the entity ruler took one reading; the article's country decides
    now = ref.id if on is None else kb.successor_on(ref.id, on)
    method = ref.method if ref.method in ("exact", "alias") and now == ref.id else "alias"
    score = ref.score if ref.score is not None else SCORE_EXACT
    return Match(kb.actors[now], method, score)


def _forces_of(
    match: Match | None, ref: ActorRef, ctx: _Context, on: dt.date | None
) -> Match | None:
    """A state's name with a unit noun names its forces: the extract stage's entity ruler sees
    "US" in "US air strikes" (the Government of the United States); the whole words describe
    Military Forces of the United States, a member of it. Only a member of the upstream actor
    replaces it, so a description never turns one organisation into another; but a generic word
    the ruler saw ("government" in "government warplanes") gives way to the whole words'
    description (government forces, read as the country's military)."""
    if match is None or not ref.surface:
        return match
    described = ctx.matcher.describe(ref.surface, on)
    if described is None or described.actor.id == match.actor.id:
        return match
    if match.actor.generic and described.actor.generic:
        return described
    if _owned_force(match.actor, described, ctx.country):
        return described
    kb = ctx.matcher.kb
    parents = kb.parents_on(described.actor.id, on or dt.date.today(), transitive=True)
    return described if match.actor.id in parents else match


def _owned_force(generic: Actor, described: Match, country: str | None) -> bool:
    """A generic state force the entity ruler saw ("occupation army") inside words that name
    a foreign owner ("the Turkish occupation army" in a Syrian report): the owner's forces, as
    the whole words describe them, not the generic read through the article's country. An
    owner of the article's own country changes nothing (the generic is read through it)."""
    return (
        country is not None
        and described.actor.country not in (None, country)
        and generic.generic
        and generic.type == "state forces"
        and not described.actor.generic
        and described.actor.type in ("state forces", "external/other forces")
        and described.method == "descriptor"
    )


def _specific(
    match: Match | None, ref: ActorRef, ctx: _Context, on: dt.date | None
) -> Match | None:
    """A generic word the entity ruler saw ("fighters" of "separatist fighters") gives way to
    another generic actor the whole words name exactly ("separatist fighters": separatists)."""
    if match is None or not match.actor.generic or not ref.surface:
        return match
    words = _unhedged(_uncounted(ref.surface))
    found = ctx.matcher.match(words, on=on, country=ctx.country)
    if found is None or found.actor.id == match.actor.id or found.method not in ("exact", "alias"):
        return match
    return found


def _branch_of(ref: ActorRef, ctx: _Context, on: dt.date | None) -> Match | None:
    """ "Islamic State's West Africa Province", "the Sahel branch of Islamic State": the branch,
    as ACLED codes it, not the parent the words also name (``resolve.branches``)."""

    def named(words: str) -> Actor | None:
        found = ctx.matcher.match(words, on=on, country=ctx.country)
        return found.actor if found is not None else None

    words = ref.surface or ref.name
    branch = branch_named(words, ctx.matcher.kb, named, ctx.country, on)
    return Match(branch, "alias", SCORE_EXACT) if branch is not None else None


def _from_words(ref: ActorRef, ctx: _Context, on: dt.date | None) -> Match | None:
    return ctx.matcher.match(*_wordings(ref), on=on, country=ctx.country)


def _wordings(ref: ActorRef) -> list[str]:
    """The texts to try: the surface words first, then the name, each also without a
    parenthesised part and as that part alone ("Syrian Arab Army (SAA)"), and without a
    leading count ("at least 12 civilians", "dozens of protesters")."""
    out: list[str] = []
    for text in (ref.surface, ref.name):
        if not text:
            continue
        candidates = [text, _uncounted(text), _unhedged(_uncounted(text))]
        if "(" in text and text.rstrip().endswith(")"):
            head, _, inner = text.rstrip()[:-1].partition("(")
            candidates += [head, inner]
        out += [c.strip() for c in candidates if c.strip() and c.strip() not in out]
    return out


def _unhedged(text: str) -> str:
    """``text`` without a hedge or an indefinite article in front ("suspected jihadists",
    "alleged Fulani herdsmen", "a gang"): the words name the same actor, held less surely."""
    words = text.split()
    while len(words) > 1 and words[0].casefold() in HEDGES:
        words = words[1:]
    return " ".join(words)


def _uncounted(text: str) -> str:
    """``text`` without the count in front of it ("at least 12", "dozens of")."""
    words = text.split()
    i = 0
    while i < len(words) - 1 and (
        words[i].casefold() in NUMBER_WORDS
        or words[i].replace(",", "").isdigit()
        or (i > 0 and words[i].casefold() == "of")
    ):
        i += 1
    return " ".join(words[i:])


def _groups_written(
    ctx: _Context, published: dt.date | None
) -> Callable[[str, dt.date | None], list[ActorRef]]:
    """The named non-state armed groups (no generic word, no state) a stretch of text writes,
    in the order written, each read as the article's country's branch
    (``coref.named_earlier``); a name inside a longer one found there counts once
    ("Kachin Independence Army" is not also "Kachin")."""

    def read(words: str, on: dt.date | None) -> list[ActorRef]:
        keys = list(dict.fromkeys(ctx.matcher.names_written_in(words)))
        keys = [k for k in keys if not any(k != o and f" {k} " in f" {o} " for o in keys)]
        out = []
        for key in keys:
            found = ctx.matcher.match(key, on=on or published, country=ctx.country)
            if found is None or found.actor.generic or found.actor.inter not in NON_STATE:
                continue
            branch = _branch(found.actor, ctx, on or published)
            out.append(_as(ActorRef(name=key, surface=key), Match(branch, "coreference", 0.7)))
        return out

    return read


def _generic_of(ctx: _Context) -> Callable[[str], Actor | None]:
    """The generic actor some words are, read with no country ("the rebels": the rebels, not
    a country's reading of them), or None (``coref.Background``)."""

    def generic(words: str) -> Actor | None:
        found = ctx.matcher.match(words, on=None, country=None)
        return found.actor if found is not None and found.actor.generic else None

    return generic


def _claimant(words: str, ctx: _Context, on: dt.date | None) -> ActorRef | None:
    """The named actor (or state force read through the country) the claim words name: the
    whole words, else the longest known name written in them ("Islamic State's Khorasan
    branch"), as the article's country's branch of it."""
    # longest first; names of one length in the order written (a set's order hangs on the hash
    # seed, and a Dask worker's differs from the driver's: issue 15)
    # "Russian authorities blamed Ukraine", "Baghdad blamed Turkey": a state blamed by its name
    # alone is its forces, not its government (claims.py applies it to remote strikes only:
    # ``STATE_BLAMED``)
    state = country_named(words)
    forces = ctx.matcher.kb.role_actor("military", state.alpha2, on) if state else None
    if forces is not None:
        return _as(ActorRef(name=words, surface=words), Match(forces, "claim", SCORE_CLAIM))
    names = sorted(dict.fromkeys(ctx.matcher.names_written_in(words)), key=len, reverse=True)
    for text in (words, *names):
        ref, _more = _refs(ActorRef(name=text, surface=words), ctx, on)
        actor = ctx.matcher.kb.get(ref.id) if ref.id else None
        if actor is not None and (not actor.generic or _country_group(actor, ctx)):
            branch = _branch(actor, ctx, on)
            return _as(ref, Match(branch, "claim", SCORE_CLAIM))
    return None


def _country_group(actor: Actor, ctx: _Context) -> bool:
    """A generic word the article's country reads as its one armed movement ("separatists"
    in Cameroon: the Ambazonian separatists), not as ACLED's Unidentified Armed Group: blame
    on it names the movement. Also when the words are the movement's own nickname ("the 'Amba
    boys'", an alias of the same generic actor): blame on a nickname names the movement as much
    as blame on the generic word does (issue 9, session 17: notesg, notesh)."""
    if actor.inter not in BRANCHED_INTER or actor.country is None:
        return False
    unnamed = ctx.matcher.kb.roles.get(("unidentified-armed-group", actor.country), ())
    return actor.id not in unnamed


def _branch(actor: Actor, ctx: _Context, on: dt.date | None) -> Actor:
    """A movement's one branch fighting in the article's country ("Islamic State" in an Afghan
    or a Pakistani report is its Khorasan Province, in a Syrian one Islamic State (Syria);
    "al Qaeda" in Burkina Faso is JNIM), as ACLED codes the branch that acted; else the
    movement. Only armed groups: a state's forces are never read as a group it backs."""
    kb = ctx.matcher.kb
    if ctx.country is None or actor.generic or actor.inter not in BRANCHED_INTER:
        return actor
    if kb.operates_in(actor.id, ctx.country, on, ctx.text):
        return actor
    branch = kb.branch_in(actor.id, ctx.country, on, ctx.text)
    return actor if branch is None or branch.inter not in BRANCHED_INTER else branch


def _local(match: Match, ctx: _Context, on: dt.date | None) -> Match:
    """The match read as the movement's branch in the article's country (``_branch``)."""
    branch = _branch(match.actor, ctx, on)
    return match if branch.id == match.actor.id else Match(branch, "context", match.score)


def _read_generic(match: Match, ctx: _Context, on: dt.date | None) -> Match:
    """A generic actor read through the article's country, when the KB says what it means."""
    actor = match.actor
    if not actor.generic or ctx.country is None:
        return match
    # None when the KB has no reading, e.g. the Assad-era army named for a 2025 event
    target = ctx.matcher.kb.reading(actor, ctx.country, on)
    if target is None:
        return match
    return Match(target, "context", min(match.score, SCORE_CONTEXT))


__all__ = ["STAGE", "crowd_by_type", "frame_by_place", "resolve", "resolve_ref"]
