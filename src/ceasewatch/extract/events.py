"""Sentences with triggers -> ACLED-coded events, one per place per day per actor pair.

1. roles for every trigger; triggers of one actor pair form one event, typed by precedence
2. places named in the sentence, else the article's place context (said in Location.reason)
3. date from the sentence, else the latest date the article gave before it, else publication
4. fatality claims and losses; a toll in a multi-place sentence stays on the first event
5. attribution and hedges; evidence spans; confidence (see ``confidence``)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ceasewatch.extract import numbers, subtypes
from ceasewatch.extract.background import within
from ceasewatch.extract.claims import Attribution, attribution, figure_attribution
from ceasewatch.extract.dates import DateReading, day_header, opens_entry, read_date
from ceasewatch.extract.figurative import figurative_use
from ceasewatch.extract.mentions import Mention, actor_ref
from ceasewatch.extract.merging import conservative, merge, stable_id
from ceasewatch.extract.places import PlaceMention
from ceasewatch.extract.quiet import ordinary_crime
from ceasewatch.extract.roles import SCENE_NOUNS, Roles, roles_for
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.spans import char_span, token_span
from ceasewatch.extract.tokens import first_conjunct, span_text
from ceasewatch.extract.triggers import (
    ANY_PEOPLE,
    PERSON_PRONOUNS,
    Hit,
    assault,
    best,
    crowd_word,
    ground_battle,
    may_upgrade,
    mob_violence,
    person_typed,
    street_fight,
    sub_event,
    unarmed_clash,
    upgrade,
    upgrade_text,
)
from ceasewatch.model import (
    SUB_EVENT_TO_TYPE,
    Event,
    FatalityClaim,
    Location,
    Loss,
    Span,
)


@dataclass
class Context:
    """What earlier sentences of the article established: latest date and place."""

    article_id: str
    published: dt.date | None
    date: tuple[dt.date | None, int, Span] | None = None
    # a live blog's latest day header ("Monday, 3 March"): where each time-stamped entry
    # starts (extract/dates.py opens_entry); None: publication
    day: tuple[dt.date | None, int, Span] | None = None
    place: Location | None = None
    notes: list[str] = field(default_factory=list)
    # the article told of an industrial or accidental blast (data ``accident_words``), or of a
    # transport accident or natural disaster in a sentence with no trigger (``accident_scenes``)
    accident: bool = False
    # a mail's forwarded block: the day of its own "Date:"/"Sent:" line, from which its words
    # count ("this afternoon", "on Sunday") until the forward's closing line (clean/mail.py)
    mail_day: dt.date | None = None
    # where a spreadsheet log's rows start in the text (``Article.rows``, clean/sheet.py)
    rows: tuple[int, ...] = ()
    # where an official statement's numbered paragraphs start (extract/statement.py)
    points: tuple[int, ...] = ()
    # a live page's entries (clean/liveblog.py): each opens afresh, its place too (newest first,
    # the entry above tells a later hour)
    live: bool = False
    # the text is human-rights documentation (ceasewatch/documentation.py): its incidents are
    # told months or years late, each by its own day
    documentation: bool = False


def _location(s: Sentence, place: PlaceMention, reason: str) -> Location:
    span = token_span(s.doc, place.start, place.end, s.offset, "location")
    within = f"; within {place.within}" if place.within else ""
    return Location(
        name=place.name,
        surface=span.text,
        qualifier=place.qualifier,
        reason=f"{reason}{within}",
        span=span,
    )


def _background_date(s: Sentence, reading: DateReading) -> bool:
    """A date inside a background clause ("since the war began in March 2011") starts a
    period; it is not the date of anything the article reports."""
    if not s.background:
        return False
    start = s.sent.start_char + reading.start
    span = s.doc.char_span(start, s.sent.start_char + reading.end, alignment_mode="expand")
    return span is not None and within(span[0], s.background)


def retrospective(reading: DateReading | None, ctx: Context, tables: Tables) -> bool:
    """A sentence dated well before publication ("in August 2013", "in May last year")
    recalls a past event: ACLED codes events from their own reporting, and a recap months
    later would only add a duplicate with a vaguer date. Such a sentence makes no event and
    does not change the article's date context."""
    if reading is None or reading.date is None or ctx.published is None:
        return False
    if ctx.documentation and reading.precision == 1:
        # a rights group's report tells its incidents late, by their day ("On 9 April 2022,
        # militia attacked ..." in a report of September): the incident, not a recap
        return False
    back = (ctx.published - reading.date).days
    if back > tables.lex.background.retrospective_days:
        return True
    # "In February, militants attacked the airfield" in a report of March 11: a month named
    # alone, before the month of publication, recalls what earlier reports told (session 23:
    # six dev articles of three writers, no gold event dated so); "last month" and "earlier
    # this month" are not names and stay under the day line above.
    earlier = (reading.date.year, reading.date.month) < (ctx.published.year, ctx.published.month)
    return reading.month_named and earlier and back > NAMED_MONTH_DAYS


# A mail's date line ("Sent: Thursday, 28 April 2022 16:10", "Date: Tue, 9 Mar 2021 17:44") and
# a forward's closing line, as clean/mail.py keeps them.
MAIL_DATE = re.compile(r"^(?:Sent|Date)\s*:\s*\S")
FORWARD_END = re.compile(r"^\W*(?:-+\s*)?end\s+of\s+forwarded\s+message", re.I)

# How far a statement's numbered paragraph's first sentence starts after its number ("12) ")
POINT_MARK = 6

# How far back a named month's middle must lie to be recalled ("in February" of March 11, 24
# days): a month that ended a few days before publication ("in late February" of March 2) may
# still be the news.
NAMED_MONTH_DAYS = 20


def update_context(s: Sentence, ctx: Context, tables: Tables) -> DateReading | None:
    """Remember the sentence's date and (when it names one place) its place."""
    text = span_text(s.sent)
    anchor = ctx.date[0] if ctx.date else None  # "the following day" counts from it
    if FORWARD_END.match(text):
        ctx.mail_day = None
    reading = read_date(text, ctx.mail_day or ctx.published, tables.lex, anchor)
    if MAIL_DATE.match(text) and reading is not None and reading.precision == 1:
        day, published = reading.date, ctx.published
        ctx.mail_day = day if day and published and day < published else None
    if reading is not None and _background_date(s, reading):
        reading = None
    if opens_entry(text):  # a live blog's entry: an earlier entry's date does not carry
        ctx.date = ctx.day
        if ctx.live:
            ctx.place = None
    if reading is not None and not retrospective(reading, ctx, tables):
        span = char_span(
            s.doc,
            s.sent.start_char + reading.start,
            s.sent.start_char + reading.end,
            s.offset,
            "event_date",
        )
        ctx.date = (reading.date, reading.precision, span)
        if day_header(text, reading):
            ctx.day = ctx.date
    if any(s.start_char <= r < s.start_char + len(text) for r in ctx.rows):
        # a log's row opens here: the row before's place does not carry
        ctx.place = None
    # the parser may make the number ("2.") a sentence of its own: the sentence after it opens
    # the paragraph too
    point = any(
        s.start_char <= r < s.start_char + len(text) or r < s.start_char <= r + POINT_MARK
        for r in ctx.points
    )
    places = s.places(tables).places
    if len(places) == 1:
        ctx.place = _location(s, places[0], "named in the text")
    elif point and places:
        ctx.place = _location(s, places[0], "named first in its numbered paragraph")
    lex = tables.lex
    armed = ("Explosions/Remote violence", "Battles")
    if (
        s.lemmas & lex.generic_blasts
        and s.lemmas & lex.accident_words
        and not any(SUB_EVENT_TO_TYPE[h.trigger.sub] in armed for h in s.hits)
    ):
        ctx.accident = True  # "a furnace exploded", not "a bomb exploded at a gas station"
    if not s.hits and s.lemmas & lex.accident_scenes:
        # "a bus plunged into a river. 19 killed": the toll is the accident's (recall37)
        ctx.accident = True
    return reading


def _accidental(hit: Hit, roles: Roles, ctx: Context, tables: Tables) -> bool:
    """After an industrial or accidental blast the article told of ("a furnace at a cast iron
    plant exploded"), a bare explosion word or an injury nobody is said to have caused ("The
    explosion occurred at the factory", "Four people were injured") is that accident again."""
    if not ctx.accident or roles.actor1 is not None:
        return False
    word = hit.trigger.words[0]
    return word in tables.lex.generic_blasts or word in tables.lex.continuation_words


def _key(m: Mention | None) -> str:
    return "" if m is None else (m.ids[0] if m.ids else m.name.lower())


def _victim(hit: Hit, roles: Roles) -> bool:
    # the target of a killing word, or whoever met a planted device ("a convoy hit a mine")
    return hit.trigger.kind == "violence" or roles.struck


def _merge_roles(members: list[tuple[str, Hit, Roles]], doc: Any) -> Roles:
    """One actor pair from several triggers of one event: the first initiator named, and the
    target; a victim of a killing word is the target ("soldiers were killed in clashes with
    militants": militants -> soldiers), unless the fight that killed them names both sides."""
    first = next((r for _, _, r in members if r.actor1 is not None), members[0][2])
    victims = [r.actor2 for _, h, r in members if r.actor2 and _victim(h, r)]
    others = [r.actor2 for _, h, r in members if r.actor2 and not _victim(h, r)]
    if _fight_killed(members, doc):
        victims = []
    a1 = first.actor1
    victims = [v for v in victims if not _sides_dead(v, a1, members)]
    a2 = next((m for m in [*victims, *others] if _key(m) != _key(a1)), None)
    if a1 is None:
        a1 = next((m for m in others if _key(m) != _key(a2)), None)
    # partners named by any trigger of the same initiator ("Syrian and Russian warplanes
    # pounded": the noun gives Syrian, the verb Syrian and Russian)
    assoc1: list[Mention] = []
    for _, _, r in members:
        if r.actor1 is not None and _key(r.actor1) == _key(a1):
            assoc1 += [m for m in r.assoc1 if _key(m) not in {_key(a1), *map(_key, assoc1)}]
    return Roles(a1, tuple(assoc1), a2, first.assoc2 if first.actor2 is a2 else ())


def _sides_dead(victim: Mention, a1: Mention | None, members: list[tuple[str, Hit, Roles]]) -> bool:
    """ "SSPDF soldiers and SPLA-IO fighters clashed; 4 soldiers killed": the dead, counted by
    a generic noun of a side's own kind, are the toll of a fight the sentence tells between
    two armed sides (the initiator and another), not its target; the fight's pair stands
    (issue 9, session 21: the army was paired with itself)."""
    if a1 is None or victim.named or victim.ids or not subtypes.armed(victim):
        return False
    for _, h, r in members:
        if _victim(h, r) or not (subtypes.armed(r.actor1) and subtypes.armed(r.actor2)):
            continue
        if r.actor1 is None or r.actor2 is None or _key(r.actor1) != _key(a1):
            continue
        if _key(r.actor2) != _key(a1) and victim.cls in (a1.cls, r.actor2.cls):
            return True
    return False


def _fight_killed(members: list[tuple[str, Hit, Roles]], doc: Any) -> bool:
    """ "Fighting between the army and the RSF killed five people", "Clashes between A and B
    erupted ..., killing three civilians (two soldiers)": the killing's subject (or that of the
    clause it hangs on) is a fight naming two armed sides. The two sides are the pair; whoever
    died in the fight is its toll, not the other side (ACLED codes the battle between the
    two). A fight told beside the killing ("killing men, after an insurgent ambush on
    security forces") is not its subject."""
    pairs = [(h, r) for _, h, r in members if subtypes.armed(r.actor1) and subtypes.armed(r.actor2)]
    pairs = [(h, r) for h, r in pairs if not _victim(h, r)]
    fights = {h.head for h, _ in pairs}
    sides = {_key(m) for _, r in pairs for m in (r.actor1, r.actor2)}
    killings = [
        doc[h.head]
        for _, h, r in members
        if _victim(h, r) and (r.actor1 is None or _key(r.actor1) in sides)
    ]
    if not fights or not killings:
        return False
    for verb in killings:
        heads = [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [verb]
        # the fight is the clause's verb ("troops clashed with militants, killing ...") or
        # its subject ("fighting ... killed")
        told = {v.i for v in heads[1:]} | {
            c.i for v in heads for c in v.children if c.dep_ == "nsubj"
        }
        if not told & fights:
            return False
    return True


def _inherited(hit: Hit, found: dict[int, Roles], s: Sentence) -> Roles | None:
    """The initiator of the trigger a capture or killing word goes on from ("troops pushed
    in, clashing with insurgents and capturing a village": the troops captured it), when the
    word names nobody itself: it is a conjunct or a clause of that trigger."""
    tok = s.doc[hit.head]
    if tok.dep_ not in ("conj", "advcl", "xcomp") or tok.head.i not in found:
        return None
    parent = found[tok.head.i]
    if parent.actor1 is None:
        return None
    return Roles(parent.actor1, parent.assoc1, None, ())


def _instrument(hit: Hit, found: dict[int, Roles], s: Sentence) -> Roles | None:
    """The roles of the violence word whose instrument the weapon is: "Russian forces attacked
    the city with drones", "struck the town using artillery and mortars". The weapon is used by
    the verb's subject on the verb's object, so it takes that word's roles and makes one event
    with it; the event is then typed by the weapon's class (``best``'s precedence puts an
    air/drone strike or shelling before an Attack or Armed clash): ACLED codes an attack by a
    remote weapon as Explosions/Remote violence, whoever its target, and reserves Attack and
    Armed clash for violence done in person (ACLED Codebook 2023, Explosions/Remote violence).
    None when the weapon is no instrument of another trigger."""
    # means whose class decides the event when another violence word names them as its
    # instrument (ACLED types remote violence by the weapon, not by the verb; types29)
    if hit.trigger.sub not in subtypes.REMOTE_MEANS:
        return None
    tok = s.doc[hit.head]
    tok = first_conjunct(tok)  # "with artillery and mortars"
    verb = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        verb = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() == "use" and tok.head.dep_ != "ROOT":
        verb = tok.head.head  # "shelled X using mortars"
    if verb is None or verb.i == hit.head or verb.i not in found:
        return None
    parent = found[verb.i]
    return parent if parent.actor1 is not None or parent.actor2 is not None else None


def group_hits(
    s: Sentence, tables: Tables, ctx: Context | None = None
) -> list[tuple[str, Hit, Roles]]:
    """Step 1: (sub-event type, main hit, roles) for each event in the sentence. Triggers are
    one event unless they name different initiators ("A launched an offensive against B
    where C was fighting D" is two)."""
    by_tok = s.by_tok(tables)
    groups: list[list[tuple[str, Hit, Roles]]] = []
    found: dict[int, Roles] = {}
    for hit in s.hits:
        roles = roles_for(s.doc[hit.head], by_tok, tables.stop_verbs)
        if hit.trigger.kind and roles.actor1 is None and roles.actor2 is None:
            roles = _inherited(hit, found, s) or _chain_subject(hit, s, by_tok) or roles
        roles = _instrument(hit, found, s) or roles
        found[hit.head] = roles
        if ctx is not None and _accidental(hit, roles, ctx, tables):
            continue
        nobody = hit.trigger.kind and roles.actor1 is None and roles.actor2 is None
        # a violence noun laid on a military place ("enemy fire on army positions", "an
        # attack on a base") has its armed target, named or not (recall31)
        nobody = nobody and not _on_military(hit, s)
        if nobody and not bare_count(s.doc[hit.head], tables) and not people_act(hit, s, tables):
            # "killed", "captured" with nobody doing or suffering it ("the page was captured
            # from an archive") is not a violent event; a coder's bare count is someone
            continue
        sub = sub_event(hit, roles)
        if sub == PEACEFUL and hit.trigger.kind == "territory" and s.doc[hit.head].dep_ == "acl":
            # "attacked the families occupying a farm": the participle says who they are, no
            # occupation of the day (recall30)
            continue
        if _bare_taking(hit) and not _taker(hit, roles):
            continue  # "the mother took the children", "police took him": no abduction
        if hit.trigger.kind == "territory" and takes_someone(hit, s, tables):
            if not named_person(hit, s):
                continue
            # "Rangers seized former PM Imran Khan": a person taken, by the state an arrest
            sub = ARREST if roles.actor1 is not None and roles.actor1.cls == "state" else ABDUCTION
        if subtypes.intercepted_weapon(hit, s.hits, s.doc):
            continue  # the interception's object: its verb's hit is the event (story42)
        if subtypes.debris_harm(hit, s.hits, s.doc, tables):
            continue  # the interception's outcome (story42)
        if _scene_of_another(hit, s):
            continue
        item = (sub, hit, roles)
        if senseless(item[0], hit, roles, s, tables):
            continue
        home = next((g for g in groups if _compatible(item, g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    lemma_text: str | None = None  # built once, for the first group a rule may upgrade
    out = []
    state_named = any(m.cls == "state" for m in s.mentions(tables))
    for members in groups:
        roles = _merge_roles(members, s.doc)
        typed = _taken_then_hurt([(_retyped(own, h, roles), h) for own, h, _ in members], s.doc)
        typed = _ambushed(typed)
        sub, hit = best(typed, tables.lex, s.doc)
        sub, hit = _hurt_in_taking(sub, hit, typed)
        sub = assault(sub, typed, s.lemmas, tables.lex)
        sub = mob_violence(sub, roles, s.doc, tables.lex, hit.head)
        sub = street_fight(sub, roles, s.doc, s.lemmas, tables.lex)
        sub = unarmed_clash(sub, roles, s.doc, s.lemmas, tables.lex)
        sub = _armed_detention(_taken_by(sub, hit, roles, s.lemmas, tables), roles)
        sub = _beaten_detainees(sub, hit, roles, s.doc)
        sub, roles = _shot_at_protest(sub, members, roles, s, tables)
        sub = _protest_violence(sub, [t for t, _ in typed], roles, state_named)
        sub = _crowd_damage(sub, members)
        sub = subtypes.supporting_fire(sub, typed, s.hits, s.doc)
        sub = ground_battle(sub, [h for _, h in typed], roles, tables.lex, s.doc)
        sub = subtypes.with_small_arms(sub, typed, roles, s.doc, tables)
        sub = subtypes.aircraft_doer(sub, typed, s.doc, tables)
        sub = subtypes.fired_bombs(sub, typed, s.doc, tables)
        sub = subtypes.withdrew_after(subtypes.repelled(sub, typed, s.doc, tables), typed, s.doc)
        sub = subtypes.seized_equipment(sub, typed, s.doc)
        sub = subtypes.property_only(sub, typed, roles, s, tables)
        sub = subtypes.riot_damage(sub, members, s, tables)
        sub = subtypes.fired_upon(subtypes.on_them(sub, typed, roles, s, tables), roles, s, tables)
        if may_upgrade(sub, s.lemmas, tables.lex):
            if lemma_text is None:
                lemma_text = upgrade_text(s.sent, tables.lex)
            sub = upgrade(sub, lemma_text, tables.lex)
        sub = subtypes.got_through(sub, hit, s.doc, tables)
        out.append((sub, hit, protest_sides(sub, roles)))
    out = _rounded_up_and_killed(_without_yielded(out), s.doc)
    out = _gathered_arrests(_without_protest_arrests(out, s.doc), s.doc)
    return _killed_at_protest(_force_at_protest(out), s.doc)


# Capture words that may take a person; "entered Wad X" (a town the tagger names as a person)
# stays territory.
SEIZING = frozenset({"seize", "capture", "grab", "snatch"})


# Determiners of an event the reader already knows ("the scene of the airstrike").
KNOWN_DETS = frozenset({"the", "that", "this", "its", "their"})


def _scene_of_another(hit: Hit, s: Sentence) -> bool:
    """An event noun that only names where another event of the sentence happened, pointing
    back at one already told ("intelligence collected at the scene of the airstrike led to
    the arrest of five people in Irbil": the arrest is the news, the airstrike the one the
    story told before; roles.py ``SCENE_NOUNS``). A definite noun with no day or number of
    its own, under "the scene / site / wake of", beside another event's trigger outside it,
    is no new report (story42). The scene with no other event ("police at the scene of the
    attack on the beach"), or the noun's own clause ("the scene of the attack that killed
    12"), are read as before."""
    tok = s.doc[hit.head]
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    if tok.head.head.lemma_.lower() not in SCENE_NOUNS:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in KNOWN_DETS for c in tok.children):
        return False
    own = list(tok.subtree)
    if any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in own):
        return False
    inside = {t.i for t in tok.head.head.subtree}
    return any(h.head not in inside for h in s.hits if h is not hit)


def _retyped(own: str, hit: Hit, roles: Roles) -> str:
    """The sub-event of a hit over the group's merged roles; a capture word whose object is a
    named person keeps the taking it was read as ("Rangers seized former PM X": an arrest, not
    territory won back; the reading was lost when the group was typed again, issue 9, session
    18)."""
    seizing = hit.trigger.words[0] in SEIZING
    if hit.trigger.kind == "territory" and own in (ARREST, ABDUCTION) and seizing:
        return own
    return sub_event(hit, roles)


def _armed_detention(sub: str, roles: Roles) -> str:
    """People detained by unnamed armed men ("militants detained two aid workers", "rebels
    arrested three villagers") are abducted: ACLED keeps Arrests for state forces and for
    actors exercising de facto control over a territory (the Houthis in Sanaa, Hamas in Gaza,
    the Taliban), which a named group may be and the text rarely says, so a named group's
    detentions stay Arrests."""
    who = roles.actor1
    if sub == ARREST and who is not None and who.cls == "armed" and not who.named:
        return ABDUCTION
    return sub


# Verbs of hurting a person held ("beat and detained", "detained and tortured")
HURTING = frozenset({"beat", "torture", "whip", "flog", "lash", "assault", "stab", "maim"})


def _beaten_detainees(sub: str, hit: Hit, roles: Roles, doc: Any) -> str:
    """People a non-state armed group "beat and detained" or "detained and tortured": ACLED
    keeps Arrests for the state and for authorities holding the ground, and codes the violence
    an armed group does to the people it seizes as the Attack (ACLED Codebook 2023, Violence
    against civilians). The hurting verb is coordinated with the detaining one, so its object
    is the detainees (the parse hangs the object on the last verb only). The state's arrests,
    and a group's detentions told without harm, stay as read."""
    who = roles.actor1
    if sub != ARREST or who is None or who.cls != "armed":
        return sub
    tok = doc[hit.head]
    if any(c.lemma_.lower() in HURTING for c in tok.conjuncts):
        return "Attack"
    return sub


def _bare_taking(hit: Hit) -> bool:
    """ "took the rancher": "take" with a person as its object and no word of away or from
    (data/triggers.yaml), an abduction only when armed people take; "picked up eight
    activists" likewise, and an arrest when the state does it (``_taken_by``)."""
    trig = hit.trigger
    bare = trig.words == ("take",) or _picked_up(hit)
    return bare and trig.sub == ABDUCTION and not trig.needs_any


def _picked_up(hit: Hit) -> bool:
    return hit.trigger.words == ("pick", "up")


def _taker(hit: Hit, roles: Roles) -> bool:
    """Who may take a person with a bare word: armed people, and for "picked up" the state
    too (an arrest); "police took him" alone stays no event."""
    cls = roles.actor1.cls if roles.actor1 is not None else None
    return cls == "armed" or (cls == "state" and _picked_up(hit))


def _taken_by(sub: str, hit: Hit, roles: Roles, lemmas: frozenset[str], tables: Tables) -> str:
    """A person taken with a plain word of taking (data ``plain_takings``: "took", "carried
    off", "picked up") by state forces is an arrest: ACLED codes detentions by the state as
    Arrests and keeps Abduction/forced disappearance for other takers, or for a person the
    sentence says has vanished ("took 43 of them away; they were never seen again")."""
    trig = hit.trigger
    plain = trig.sub == ABDUCTION and trig.words[0] in tables.lex.plain_takings
    if not plain or lemmas & tables.lex.disappearance_words:
        return sub
    return ARREST if roles.actor1 is not None and roles.actor1.cls == "state" else sub


def bare_count(head: Any, tables: Tables) -> bool:
    """A death word whose victims are a bare number: a coder's note writes "20 killed, 9 of them
    children." or "8 killed, around 100 injured" after the event (issue 9, notesc). The number
    is the subject of the elliptic passive (with no object, so not the killers) or carries the
    word as a reduced relative. Such a sentence is the toll of the event told before it
    (``continuation``, an outcome)."""
    if head.lemma_.lower() == "shoot":
        return _people_shot(head, tables)
    if head.lemma_.lower() not in tables.lex.death_words:
        return False
    if head.dep_ == "acl" and head.head.like_num:
        return True
    kids = list(head.children)
    # "Over 200 killed.": the parse hangs the number under "over"
    counted = [g for c in kids if c.dep_ in ("advmod", "prep") for g in c.children]
    return any(
        # "2 killed." opening a line: the parse may take the number for a list mark (meta)
        (c.dep_ in ("nsubj", "nsubjpass", "meta") and c.like_num)
        or (c.dep_ == "pobj" and c.like_num and c.i < head.i)
        for c in kids + counted
    ) and not any(c.dep_ in ("dobj", "obj") for c in kids)


def _people_shot(head: Any, tables: Tables) -> bool:
    """ "Shot" whose subject is a count of people and which has no object: a coder's note
    writes "stock taken and 12 herders shot", "one shot dead" with the shooters left unsaid
    (issue 9, session 16: notese, notesg, notesh). A number alone or a number counting a
    person word is the victims; "20 scenes shot", "shot the ball" are no shooting."""
    lex = tables.lex
    kids = list(head.children)
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return False
    for c in kids:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.like_num:
            return True
        lemma = c.lemma_.lower()
        person = lemma in lex.person_nouns or lemma in lex.actor_nouns
        if person and any(n.dep_ == "nummod" and n.like_num for n in c.children):
            return True
    return False


# Arguments of a verb that name who did or suffered it; "agent" is the passive's "by" phrase.
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
SUFFERER_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Entity types that name people or groups of them.
PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Verbs a violence word hangs on as their "of" clause or chain, whose subject did it: "were
# accused of killing", "dragged him out and beat him" (``_clause_subjects``).
CLIMB_DEPS = frozenset({"pcomp", "conj", "xcomp"})


def people_act(hit: Hit, s: Sentence, tables: Tables) -> bool:
    """A violence word (``kind: violence``) whose own clause names people as the ones who did
    or suffered it, though no actor mention covers them: "armed youths attacked two villages",
    "bandits were accused of killing nine fishermen", "a crowd dragged him out and beat him to
    death". The actor nouns (data/actors.yaml) list who may be an actor; a toll's person nouns
    (data/numbers.yaml ``person_nouns``: youths, herders, miners), an "armed" noun, a person
    pronoun, a named person or people, or a counted noun a death word takes ("killed 14
    herders") are people too, and a violence word done to or by people is an event, not the
    "killed" of a page or a plan (recall29, session 29: eight dev notes of six writers lost
    here as "nobody")."""
    if hit.trigger.kind != "violence":
        return False
    head = s.doc[hit.head]
    lex = tables.lex
    killing = head.lemma_.lower() in lex.death_words
    for arg in _arguments(head):
        if _people_word(arg, lex, killing and arg.dep_ in SUFFERER_DEPS):
            return True
    return False


def _arguments(verb: Any) -> list[Any]:
    """The verb's doers and sufferers, the passive's "by" phrase opened; a verb with no subject
    of its own in a chain ("dragged him out and beat him") or an "of" clause ("accused of
    killing") takes the subject of the verb it hangs on, up to two steps."""
    args = [c for c in verb.children if c.dep_ in DOER_DEPS | SUFFERER_DEPS]
    args = [g for a in args for g in ([*a.children] if a.dep_ == "agent" else [a])]
    cur = verb
    for _ in range(2):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
        up = cur.head.head if cur.dep_ == "pcomp" else cur.head
        if cur.dep_ not in CLIMB_DEPS or up.i == cur.i or up.pos_ not in ("VERB", "AUX"):
            break
        cur = up
        args += [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    return args


def _chain_subject(hit: Hit, s: Sentence, by_tok: dict[int, Mention]) -> Roles | None:
    """The doer of a violence word with no subject of its own, from the verb it hangs on
    (``_arguments``): "a mob accused a trader of theft, dragged him out and beat him to death"
    (the mob beat him), "militiamen were accused of killing nine fishermen". Only an actor
    mention already found there."""
    if hit.trigger.kind != "violence":
        return None
    head = s.doc[hit.head]
    own = {c.i for c in head.children}
    # "were accused of killing": the passive's subject did what the "of" clause tells
    doers = ("nsubj", "nsubjpass") if head.dep_ == "pcomp" else ("nsubj",)
    # the subject nearest its verb: a place label before it may be parsed as a second
    # subject ("Kalo (Pama): a crowd accused ..."), never a doer
    for arg in sorted(_arguments(head), key=lambda t: -t.i):
        if arg.ent_type_ in PLACE_ENTS:
            continue
        if arg.i not in own and arg.dep_ in doers and arg.i in by_tok:
            return Roles(by_tok[arg.i], (), None, ())
        gloss = _gloss(arg) if arg.i in own and arg.dep_ == "nsubj" else None
        if gloss is not None and gloss.i in by_tok:
            return Roles(by_tok[gloss.i], (), None, ())
    return None


def _gloss(tok: Any) -> Any:
    """The gloss in brackets right after a word the actor base does not know: "dahalo (cattle
    rustlers) attacked the village", "the ronda (night watch)": a local or untranslated word
    is read by the English words its writer put beside it (recall30, session 30). Brackets
    closed by a colon are a place label's ("Tacna province (Tacna): miners attacked ..."), no
    gloss (session 31)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "(":
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos"
            and c.i > tok.i
            and doc[c.right_edge.i + 1 :].text[:1] == ")"
            and not _closed_by_colon(doc, c.right_edge.i + 1)
        ),
        None,
    )


def _closed_by_colon(doc: Any, close: int) -> bool:
    """The bracket at ``close`` ends a label: "):" as one token, or ")" then ":"."""
    after = doc[close + 1].text if close + 1 < len(doc) else ""
    return ":" in doc[close].text or after == ":"


def _people_word(tok: Any, lex: Any, counted_ok: bool) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex.person_nouns or lemma in lex.actor_nouns or tok.lower_ in PERSON_PRONOUNS:
        return True
    if tok.ent_type_ in PEOPLE_ENTS:
        return True
    if any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children):
        return True  # "armed youths", "armed herders": armed people, whatever the noun
    # "killed 14 herders": a death word's counted object is its dead
    return (
        counted_ok
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "nummod" and c.like_num for c in tok.children)
    )


def takes_someone(hit: Hit, s: Sentence, tables: Tables) -> bool:
    """A capture word whose object is someone, not a place: "the operation that captured
    Ovidio Guzman" took a man (an arrest or abduction, told by its own words), not territory.
    Its object is an actor mention and no place of the sentence; an actor driven "out" of a
    place ("drove the insurgents out of three villages") is the side that lost it."""
    head = s.doc[hit.head]
    objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    if not objs or any(c.lower_ in ("out", "from", "away") for c in head.children):
        return False
    mentions = s.by_tok(tables)
    places = {i for p in s.places(tables).places for i in range(p.start, p.end)}
    lex = tables.lex
    if all(_full_name(o) for o in objs):
        return True  # a man named ("seized former PM Imran Khan"), actor or not
    return all(
        o.i in mentions
        and o.i not in places
        # "the police station" is a place, "a BMP" a vehicle taken (a loss)
        and (o.pos_ == "PROPN" or o.lemma_.lower() in lex.actor_nouns)
        and not {o.lemma_.lower(), o.lower_} & (lex.loss_items | lex.means_nouns)
        for o in objs
    )


ARREST = "Arrests"
PEACEFUL = "Peaceful protest"
ABDUCTION = "Abduction/forced disappearance"


def _full_name(tok: Any) -> bool:
    """A person's name of two words or more ("Imran Khan"): a one-word PERSON may be a town
    the tagger mistook, and a gazetteer may know a surname as a place."""
    if tok.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def named_person(hit: Hit, s: Sentence) -> bool:
    """The capture word's object is a person the parse names (a full PERSON name): the taking
    is an event of its own (an arrest or abduction), not only a place not taken."""
    head = s.doc[hit.head]
    return any(c.dep_ in ("dobj", "obj") and _full_name(c) for c in head.children)


def protest_sides(sub: str, roles: Roles) -> Roles:
    """ACLED's sides of a demonstration met by force: in a Protest with intervention the
    protesters are the first actor and the force that intervened the second ("riot police
    dispersed the marchers": the marchers, then the police); in Excessive force the force is
    first and the protesters second."""
    a1, a2 = roles.actor1, roles.actor2
    state1 = a1 is not None and a1.cls == "state"
    state2 = a2 is not None and a2.cls == "state"
    crowd1 = a1 is not None and a1.cls == "protesters"
    if (sub == "Protest with intervention" and state1 and not state2) or (
        sub == "Excessive force against protesters" and crowd1 and state2
    ):
        return Roles(a2, roles.assoc2, a1, roles.assoc1, roles.struck)
    return roles


# What the losing side does in a capture ("took Wad Madani after army troops withdrew").
YIELDING = frozenset({"Non-violent transfer of territory", "Change to group/activity"})


def _without_yielded(events: list[tuple[str, Hit, Roles]]) -> list[tuple[str, Hit, Roles]]:
    """A withdrawal reported in the sentence of a capture is the capture seen from the side
    that lost the place, not a development of its own: ACLED codes the capture alone. An
    entry into a place the same sentence says was fought for ("fighters fought army columns
    entering the town") is no non-violent transfer either (issue 9, session 12), nor is the
    withdrawal of fighters from the ground the sentence says they fought on ("entered the town
    and fought the army; they withdrew by evening": the battle's end, as continuation rule 10
    reads it across sentences; types36)."""
    if any(sub == "Armed clash" for sub, _, _ in events):
        events = [
            e
            for e in events
            if not (
                e[0] == "Non-violent transfer of territory" and e[1].trigger.words[0] == "enter"
            )
            and not (
                e[0] in YIELDING and e[1].trigger.words[0] in subtypes.words().withdrawal_verbs
            )
        ]
    if not any(sub in subtypes.CAPTURES for sub, _, _ in events):
        # "federal troops pulled out and rebel forces entered the city unopposed": the
        # withdrawal is the handover seen from the side that left (issue 9, session 13)
        if any(
            e[0] == "Non-violent transfer of territory" and e[1].trigger.words[0] == "enter"
            for e in events
        ):
            return [e for e in events if e[0] != "Change to group/activity"]
        return events
    return [e for e in events if e[0] not in YIELDING]


TAKING = frozenset({ABDUCTION, ARREST})


def _conjoined(doc: Any, i: int, heads: set[int]) -> bool:
    """Is token ``i`` a conjunct of (or conjoined to) one of the tokens ``heads``?"""
    tok = doc[i]
    linked = {c.i for c in tok.children if c.dep_ == "conj"}
    if tok.dep_ == "conj":
        linked.add(tok.head.i)
    return bool(linked & heads)


def _taken_then_hurt(typed: list[tuple[str, Hit]], doc: Any) -> list[tuple[str, Hit]]:
    """People seized and then hurt in the same clause chain ("residents seized two police
    agents and set them on fire", "grabbed the man and beat him to death"): the taking is how
    the violence was done, one event of the violence (issue 9, session 12). The taking word is
    a conjunct of a violence word whose object is a pronoun for the people taken."""
    violent = {
        h.head
        for _, h in typed
        if h.trigger.kind == "violence"
        and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in subtypes.PRONOUNS
            for c in doc[h.head].children
        )
    }
    if not violent:
        return typed

    kept = [t for t in typed if not (t[0] in TAKING and _conjoined(doc, t[1].head, violent))]
    return kept or typed


# Words that tell how an attack was laid, not who fought: an ambush on armed people is a
# battle, one on civilians an attack (ACLED types by the target; issue 9, session 15).
MANNER_WORDS = frozenset({"ambush"})


def _ambushed(typed: list[tuple[str, Hit]]) -> list[tuple[str, Hit]]:
    """ "gunmen killed a county official and two of his guards in an ambush", "an aid worker was
    shot dead in an ambush": the killing word, typed by its victims, decides; the ambush alone
    (no killing word beside it) stays an Armed clash."""
    victims = [t for t in typed if t[1].trigger.kind == "violence" and t[0] == "Attack"]
    if not victims:
        return typed
    kept = [
        t for t in typed if not (t[0] == "Armed clash" and t[1].trigger.words[0] in MANNER_WORDS)
    ]
    return kept or typed


# Violence words that tell a death or an injury (not only an assault: "attacked", "opened
# fire", "raided"), by their words.
HARM_WORDS = frozenset({"kill", "murder", "assassinate", "wound", "injure", "hack", "chop", "slit"})
HARM_PHRASES = frozenset(
    {
        ("shoot", "dead"),
        ("shot", "dead"),
        ("gun", "down"),
        ("beat", "to", "death"),
        ("burn", "alive"),
    }
)


def _hurt_in_taking(sub: str, hit: Hit, typed: list[tuple[str, Hit]]) -> tuple[str, Hit]:
    """People abducted in an attack that killed or wounded ("bandits attacked the village,
    killing 7 and abducting dozens", "abducted and later killed four labourers") are the Attack:
    ACLED's codebook keeps Abduction/forced disappearance for abductions "without reports of
    further violence; if fatalities or injuries are reported as a result of the violence, an
    Attack sub-event type is coded" (ACLED Codebook 2023, Violence against civilians). The
    killing word must be one of the group's and typed Attack (its victims civilians); a
    killing of armed people beside an abduction stays what the precedence says (types28). The
    killing word is then the event's trigger."""
    if sub != ABDUCTION:
        return sub, hit
    for own, h in typed:
        words = h.trigger.words
        harm = words[0] in HARM_WORDS or words in HARM_PHRASES
        if own == "Attack" and h.trigger.kind == "violence" and harm:
            return "Attack", h
    return sub, hit


def _rounded_up_and_killed(
    events: list[tuple[str, Hit, Roles]], doc: Any
) -> list[tuple[str, Hit, Roles]]:
    """People "rounded up and shot", "detained and executed": the round-up is how the
    killing was done, one attack, not arrests of their own (issue 9, session 12). The arrest
    word and a violence word are conjuncts of one another."""
    violent = {h.head for sub, h, _ in events if h.trigger.kind == "violence" or sub == "Attack"}
    if not violent:
        return events

    return [e for e in events if not (e[0] == ARREST and _conjoined(doc, e[1].head, violent))]


def _without_protest_arrests(
    events: list[tuple[str, Hit, Roles]], doc: Any = None
) -> list[tuple[str, Hit, Roles]]:
    """Arrests made at a protest the sentence reports are that protest's intervention
    (ACLED: a Protest with intervention, not Arrests of their own): "police detained hundreds
    who gathered to protest" is one event. Arrests of armed people stay arrests. So is the
    police's own dispersal word ("protesters marched until police dispersed them"): the
    protest's upgrade reads it, and it makes no second event. A protest that came before the
    arrests or answered them (``_protest_aside``) is no protest the arrests were made at:
    the arrests are the event."""
    if doc is not None and any(e[0] == ARREST for e in events):
        events = [e for e in events if not _protest_aside(e, doc)]
    protests = [
        e
        for e in events
        if SUB_EVENT_TO_TYPE[e[0]] in ("Protests", "Riots") and e[1].trigger.sub != INTERVENTION
    ]
    if not protests and not any(
        SUB_EVENT_TO_TYPE[sub] in ("Protests", "Riots") for sub, _, _ in events
    ):
        return events
    return [
        e
        for e in events
        if (e[0] != ARREST or (e[2].actor2 is not None and e[2].actor2.cls in ("armed", "state")))
        and not (protests and e not in protests and e[1].trigger.sub == INTERVENTION)
    ]


INTERVENTION = "Protest with intervention"
# Verbs of a gathering that describe the people arrested ("detained 20 people who had
# gathered outside the court", "people who tried to rally"): they were arrested at it.
GATHERING_VERBS = frozenset(
    {"gather", "assemble", "rally", "march", "protest", "demonstrate", "picket", "congregate"}
)


def _gathered_arrests(
    events: list[tuple[str, Hit, Roles]], doc: Any
) -> list[tuple[str, Hit, Roles]]:
    """Arrests by the state of people a relative clause says gathered ("police detained 20
    people who had gathered outside the court", "dozens who tried to gather for a banned
    march") are a Protest with intervention: ACLED codes arrests made at a demonstration as
    the demonstration met with intervention, the crowd first (types27, session 27: notes g,
    reports b dev coded such arrests as Arrests). People "arrested after they protested" (a
    clause of the verb, not of the people) stay arrests (``_protest_aside``), as do armed
    people ("militants who had gathered in a house") and a gathering of things ("a man who
    had gathered weapons")."""
    out = []
    for sub, hit, roles in events:
        state = roles.actor1 is None or roles.actor1.cls == "state"
        armed = roles.actor2 is not None and roles.actor2.cls in ("armed", "state")
        if sub == ARREST and state and not armed and _arrested_at_demonstration(doc[hit.head]):
            sub = INTERVENTION
            roles = protest_sides(sub, roles)
        out.append((sub, hit, roles))
    return out


# crowds36 (session 36): acts by which people demonstrate with no gathering verb, each with
# the objects that make it one. ACLED counts road blockades, sit-ins, pickets, vigils and a
# lone protester with a placard as demonstrations (codebook 2023: "Protests" are in-person
# public demonstrations; a blockade by demonstrators is one), so people detained "who
# blocked a road", "holding a banner" or "who laid flowers at a memorial" were arrested at
# their demonstration: a Protest with intervention, as ``GATHERING_VERBS`` are.
WAYS = frozenset(
    {"road", "street", "highway", "route", "motorway", "bridge", "junction", "railway"}
    | {"traffic", "entrance", "avenue", "intersection", "crossroads", "roundabout"}
)
SIGNS = frozenset({"placard", "banner", "sign", "poster", "flag", "slogan", "picket"})
TRIBUTES = frozenset({"flower", "candle", "wreath"})
DEMONSTRATING_ACTS: dict[str, frozenset[str]] = {
    "block": WAYS,
    "barricade": WAYS,
    "blockade": WAYS,
    "occupy": WAYS | {"square", "campus", "building", "office", "ministry"},
    "hold": SIGNS,
    "carry": SIGNS,
    "raise": SIGNS,
    "wave": SIGNS,
    "display": SIGNS,
    "lay": TRIBUTES,
    "bring": TRIBUTES,
    "place": TRIBUTES,
    "light": TRIBUTES,
}


def _demonstrating(verb: Any, many: bool) -> bool:
    """The verb tells a demonstrating act (``DEMONSTRATING_ACTS``): its object is a way
    blocked, a sign held or a tribute laid ("who blocked the highway", "holding placards").
    A way blocked or a tribute laid by one person ("a man who blocked the road with his
    truck") is no demonstration (ACLED codes groups); a sign held is, by one person too (a
    lone picket)."""
    objects = DEMONSTRATING_ACTS.get(verb.lemma_.lower())
    if objects is None or (not many and objects is not SIGNS):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in objects for c in verb.children)


# A demonstration's own forms that a force clears ("police removed the road blockade",
# "cleared the barricades"): arrests told with the clearing were made at it.
DEMONSTRATION_FORMS = frozenset({"blockade", "roadblock", "barricade", "picket"})
CLEARING = frozenset({"clear", "remove", "dismantle", "lift", "break", "tear", "raze"})


def _arrested_at_demonstration(verb: Any) -> bool:
    """The arrests were made at a demonstration the sentence tells by its people's act
    rather than a protest word: the arrested gathered or demonstrated (``_gathered``); or a
    crowd of the sentence did a demonstrating act ("thousands laid flowers at the memorial;
    police detained dozens", "residents blocked the highway and police arrested 12"); or
    the force cleared a demonstration's form ("removed a road blockade; some detained")."""
    if _gathered(verb):
        return True
    for tok in verb.sent:
        if tok.i == verb.i or tok.pos_ != "VERB":
            continue
        # "thousands queued to lay flowers": the subject of the verb the act completes
        doer = tok.head if tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i else tok
        subjects = [c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and _demonstrating(tok, any(_many(c) for c in subjects)):
            return True
        if tok.lemma_.lower() in CLEARING and any(
            c.dep_ in ("dobj", "obj") and _demonstration_form(c) for c in tok.children
        ):
            return True
    return False


def _demonstration_form(noun: Any) -> bool:
    # "blockade", "roadblock", "a road block" (the noun "block" under "road")
    lemma = noun.lemma_.lower()
    if lemma in DEMONSTRATION_FORMS:
        return True
    return lemma == "block" and any(c.lemma_.lower() in WAYS for c in noun.children)


def _many(noun: Any) -> bool:
    # "20 people", "dozens of strikers", "supporters": more than one person
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in noun.children)


def _intransitive(verb: Any) -> bool:
    # "who had gathered weapons", "who assembled bombs": no gathering of people
    return not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _gathered(verb: Any) -> bool:
    """The arrest word's object (or passive subject) has a relative clause whose verb, or
    that verb's complement or conjunct, is a gathering verb ("who tried to gather") or a
    demonstrating act ("who blocked the road", "holding placards")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        for t in obj.subtree:
            if t.dep_ not in ("relcl", "acl") or any(c.dep_ == "neg" for c in t.children):
                continue
            chain = [t, *(c for c in t.children if c.dep_ in ("xcomp", "conj"))]
            if any(c.lemma_.lower() in GATHERING_VERBS and _intransitive(c) for c in chain):
                return True
            if any(_demonstrating(c, _many(obj)) for c in chain):
                return True
    return False


# Shooting words of a state force at a protest the sentence tells ("blocked roads; police fired
# on them"): the protest's intervention, no attack of its own (issue 9, notesc).
FIRING = frozenset({("fire", "on"), ("open", "fire"), ("shoot",)})
MET_BY_FORCE = frozenset({INTERVENTION, "Excessive force against protesters"})


def _force_at_protest(events: list[tuple[str, Hit, Roles]]) -> list[tuple[str, Hit, Roles]]:
    """A state force firing at nobody named, beside a protest it upgraded (Excessive force,
    Protest with intervention), is that protest's force: one event, ACLED's sides."""
    protests = [e for e in events if e[0] in MET_BY_FORCE]
    firing = [
        e
        for e in events
        if e[0] == "Attack"
        and tuple(e[1].trigger.words) in FIRING
        and e[2].actor1 is not None
        and e[2].actor1.cls == "state"
        and e[2].actor2 is None
    ]
    if len(protests) != 1 or not firing:
        return events
    sub, hit, roles = protests[0]
    if roles.actor2 is None and roles.actor1 is not None and roles.actor1.cls == "protesters":
        force = firing[0][2]
        roles = protest_sides(sub, Roles(roles.actor1, roles.assoc1, force.actor1, force.assoc1))
    return [(sub, hit, roles) if e is protests[0] else e for e in events if e not in firing]


# Words that put a protest as the scene of a killing: "shot dead three people during a
# protest", "killed at a rally", "when police broke up the march", "amid demonstrations".
SCENE_PREPS = frozenset({"during", "at", "amid", "in"})
SCENE_MARKS = frozenset({"when", "as", "while"})
PEACEFUL_OR_MET = frozenset({"Peaceful protest", *MET_BY_FORCE})


def _killed_at_protest(
    events: list[tuple[str, Hit, Roles]], doc: Any
) -> list[tuple[str, Hit, Roles]]:
    """A state force's (or nobody named's) killing told with the protest it happened at as
    its scene ("police shot dead three people during a protest against fuel prices") is one
    event: Excessive force against protesters, the force first, the protesters second (ACLED;
    issue 9, session 16: the killing and the protest were two events and the Attack on
    civilians, with the toll, was the answer; the "protest deaths told in a clause" class
    named in session 15, read here by ACLED's definition, not by one writer's wording)."""
    protests = [e for e in events if e[0] in PEACEFUL_OR_MET]
    if len(protests) != 1:
        return events
    protest = protests[0]
    killings = [
        e
        for e in events
        if e[0] == "Attack"
        and e[1].trigger.kind == "violence"
        and (e[2].actor1 is None or e[2].actor1.cls == "state")
        and (e[2].actor2 is None or e[2].actor2.cls in ("civilians", "protesters"))
        and _scene_of(doc[protest[1].head], doc[e[1].head])
    ]
    if not killings:
        return events
    _, hit, killing = killings[0]
    sides = (protest[2].actor1, protest[2].actor2)
    force = killing.actor1 or next((m for m in sides if m is not None and m.cls == "state"), None)
    crowd = next((m for m in sides if m is not None and m.cls == "protesters"), None)
    roles = Roles(force, killing.assoc1 if force is killing.actor1 else (), crowd or killing.actor2)
    merged = ("Excessive force against protesters", hit, roles)
    return [merged if e is killings[0] else e for e in events if e is not protest]


def _scene_of(protest: Any, killing: Any) -> bool:
    """The protest word sits under the killing word as its scene: the object of "during",
    "at", "amid" or "in", or in a clause under "when", "as", "while"."""
    if protest.dep_ == "relcl" and killing in protest.ancestors:
        # "gendarmes fired on youths who had blocked the road": the protest act describes the
        # people the force fired on, so they were demonstrating (ACLED: Excessive force
        # against protesters; events20, session 20: notesf, notesh, notesj coded an Attack)
        return True
    cur = protest
    for _ in range(6):
        if cur.i == killing.i:
            return False
        up = cur.head
        if cur.dep_ == "pobj" and up.lower_ in SCENE_PREPS and killing in up.ancestors:
            return True
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in cur.children
        ):
            return killing in cur.ancestors
        if up.i == cur.i:
            return False
        cur = up
    return False


# Verbs whose object is what an arrest set off ("sparking protests", "prompted protests").
CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
ARRESTING = frozenset({"arrest", "detain", "apprehend"})
REACTION_VERBS = frozenset({"spark", "prompt", "trigger", "provoke", "ignite", "fuel", "cause"})
# Verbs by which a person is tied to a protest without being at it when arrested: "arrested
# the opposition leader who had organised last week's protests", "the journalist who covered
# the protests" (issue 9, session 12: Arrests answered as Protest with intervention).
TIED_VERBS = frozenset(
    {"organise", "organize", "lead", "call", "cover", "film", "report", "plan", "promote", "post"}
)


def _protest_aside(event: tuple[str, Hit, Roles], doc: Any) -> bool:
    """A protest told beside arrests but not as the gathering they were made at (ACLED codes
    the arrests): one that came before them ("arrested 30 supporters a day after they
    protested", a clause under "after"), or one they set off ("sparking protests"). A
    protest "against his arrest" may still be where more arrests were made ("gathered to
    protest against his arrest, and detained dozens of them"): it stays the event."""
    sub, hit, _ = event
    if SUB_EVENT_TO_TYPE[sub] != "Protests":
        return False
    head = doc[hit.head]
    if (
        head.lemma_.lower() in CROWD_WORDS
        and head.dep_ in ("dobj", "obj", "nsubjpass")
        and head.head.lemma_.lower() in ARRESTING
    ):
        return True  # "police arrested 30 protesters": who was arrested, no protest told
    if head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following", "since") for c in head.children
    ):
        return True
    up = head.head if head.dep_ in ("dobj", "obj", "nsubjpass") else None
    return up is not None and up.lemma_.lower() in REACTION_VERBS | TIED_VERBS


def _on_military(hit: Hit, s: Sentence) -> bool:
    """A violence word told as a noun whose object is a military place or unit ("fire on
    positions", "an attack on an army post"): someone armed suffers it (recall31, session 31)."""
    return hit.trigger.kind == "violence" and hit.military_object and s.doc[hit.head].pos_ == "NOUN"


def senseless(sub: str, hit: Hit, roles: Roles, s: Sentence, tables: Tables) -> bool:
    """The sense check (data ``background.non_events``): the words report no ACLED event.

    - a word with an everyday figurative sense ("fight" diabetes, a "legal battle", "advances"
      in technology, houses "destroyed" by floods) or a development that only armed or state
      actors make (an agreement, a handover, a base), in a sentence with no security context;
    - a fight word whose own modifier or object is figurative ("election battle", "battle
      against inflation"), whatever the sentence (``extract.figurative``).
    Protests and riots are exempt: a protest about tariffs is still a protest.
    """
    words = tables.lex.background.non_events
    if SUB_EVENT_TO_TYPE[sub] in ("Protests", "Riots"):
        return False
    if hit.trigger.kind == "decree" and (roles.actor1 is None or roles.actor1.cls != "armed"):
        # a ban, a curfew or an armed strike is a change to a group's activity only when a
        # non-state armed group decrees it (recall31, session 31): a government's is none
        return True
    armed = any(m.cls == "armed" for m in s.mentions(tables))
    if ordinary_crime(sub, s.lemmas, armed, words):  # session 26: "arrested after a robbery"
        return True
    if figurative_use(s.doc[hit.head], words) and not _named_armed_sides(
        s.doc[hit.head], roles, words
    ):
        return True  # "his battle with cancer", "a legal battle"
    if sub in words.context_subs:
        return not security_context(s, tables, states=False)
    # a phrase the lexicon rates near-certain ("shot dead", "gunned down") has no everyday sense;
    # nor has a violence word the lexicon reads only with a person as its object and a sign of
    # hurt beside it ("a man was beaten and burned by residents": no team beaten at football)
    literal = len(hit.trigger.words) > 1 and hit.trigger.strength >= LITERAL
    literal = literal or _hurt_person(hit, roles) or _to_death(s.doc[hit.head])
    literal = literal or _crowd_on_people(hit, roles, s, tables)
    literal = literal or _with_street_weapons(s.doc[hit.head], tables.lex.street_weapons)
    return (
        hit.trigger.words[0] in words.figurative and not literal and not security_context(s, tables)
    )


def _named_armed_sides(head: Any, roles: Roles, words: Any) -> bool:
    """Both sides of the fight are armed or state forces, one a group the actor base names:
    "fighting between JNIM and the Islamic State over wells and grazing" is a battle whatever
    it is over (ACLED codes armed groups' fights over resources as Armed clashes); "the army
    chief lost his battle with cancer" has one side, and "the government and the opposition
    fought over the budget" no named armed group (recall29, session 29: one dev note)."""
    sides = [m for m in (roles.actor1, roles.actor2) if m is not None]
    if any(
        c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in words.figurative_modifiers
        for c in head.children
    ):
        return False  # "a diplomatic battle with ECOWAS": figurative by its own modifier
    return (
        len(sides) == 2
        and all(m.cls in ("armed", "state") for m in sides)
        and any(m.cls == "armed" and m.named and bool(m.ids) for m in sides)
    )


def _crowd_on_people(hit: Hit, roles: Roles, s: Sentence, tables: Tables) -> bool:
    """A crowd (data ``mob_nouns``: residents, villagers, a mob) doing violence to civilians
    ("residents attacked migrants in the streets"): people hurt by people, no figurative sense
    left (ACLED: Mob violence; types22, session 22)."""
    who, victim = roles.actor1, roles.actor2
    if hit.trigger.kind != "violence" or who is None:
        return False
    if victim is None:
        # "residents attacked migrants": a victim no actor names, typed a person by the parse
        # and the lexicon (triggers.person_typed; recall30, session 30)
        head = s.doc[hit.head]
        objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        if not any(person_typed(o, tables.lex) for o in objs):
            return False
    elif victim.cls != "civilians":
        return False
    return crowd_word(s.doc[who.root], tables.lex)


# Trigger strength from which a phrase of several words is read literally (data/triggers.yaml).
LITERAL = 0.9


def _to_death(verb: Any) -> bool:
    """The word is done "to death" ("residents beat a suspected thief to death", "hacked two
    men to death"): a killing, never a team beaten at football (issue 9, session 18)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lemma_.lower() == "death" for g in c.children)
        for c in verb.children
    )


def _with_street_weapons(verb: Any, weapons: frozenset[str]) -> bool:
    """The word is done "with" a weapon of the hand ("youths fought with machetes", "clashed
    with sticks and stones"; data ``street_weapons``): a fight of bodies, not of words or of
    causes, whoever the sides are (recall35: the sense check dropped such fights when no
    armed actor or security word was named, before ``street_fight`` could read them)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        objects += [c for g in objects for c in g.conjuncts]
        if any(g.lemma_.lower() in weapons for g in objects):
            return True
    return False


def _hurt_person(hit: Hit, roles: Roles) -> bool:
    """A violence word read only with people as its object and another word of harm in the
    sentence (data: ``objects_any`` and ``needs_any`` both set, as "beat" with "burn",
    "stone" or "machete"), whose victim is a civilian: no figurative sense is left. A victim
    no actor names ("set him on fire", "beat a suspected thief": a pronoun or a person word
    the trigger's ``objects_any`` already required) is such a person too (types28: residents
    who caught a man and set him on fire made no event; notes k, m dev)."""
    trig = hit.trigger
    victim = roles.actor2
    # a word read only with an object typed a person (``ANY_PEOPLE``: "beat a party member",
    # "whipped three men") is such a word too: its object was checked (recall30, session 30)
    typed = ANY_PEOPLE in trig.objects_any
    return (
        trig.kind == "violence"
        and bool(trig.objects_any)
        and (bool(trig.needs_any) or typed)
        and (victim is None or victim.cls == "civilians")
    )


def security_context(s: Sentence, tables: Tables, states: bool = True) -> bool:
    """The sentence names armed people, weapons or a conflict's settlement (a data word), an
    armed actor, or (with ``states``) a state actor that is not a civil office ("the
    government", "officials"). Developments need more than a state named: two governments
    signing a trade agreement is diplomacy, not a development of a conflict."""
    words = tables.lex.background.non_events
    # the small model leaves some plurals unlemmatised ("Protesters" opening a sentence)
    singular = {w[:-1] for w in s.lemmas if w.endswith("s")}
    if (s.lemmas | singular) & words.security:
        return True
    for mention in s.mentions(tables):
        if mention.cls in ("armed", "protesters"):
            return True
        civil = s.doc[mention.root].lemma_.lower() in words.civil
        civil = civil or any(i in tables.governments for i in mention.ids)
        if states and mention.cls == "state" and not civil:
            return True
    return False


def _protest_violence(sub: str, subs: list[str], roles: Roles, state_named: bool = False) -> str:
    """Fighting in a protest is a riot, not a battle: "clashes between police and
    protesters", "protesters attacked the police" are Violent demonstrations (ACLED: the
    demonstrators engage in violence). Force used on protesters stays Excessive force, also
    when the parse names no initiator but the sentence names a state force and the protesters
    did no violence ("a National Guard armoured vehicle drove into protesters, injuring
    several people")."""
    if sub == "Excessive force against protesters" and "Violent demonstration" in subs:
        # "two protesters were killed in riots": nobody named the force, so the deaths are the
        # riot's toll (ACLED keeps excessive force for peaceful protesters a force attacked);
        # the dead stay the second actor, never the rioters themselves
        return "Violent demonstration" if roles.actor1 is None and not state_named else sub
    if sub not in ("Armed clash", "Attack", "Looting/property destruction"):
        return sub
    if sub == "Looting/property destruction":
        # property destroyed by rioters is the riot (ACLED): "protesters torched the office"
        riot = roles.actor1 is not None and roles.actor1.cls == "protesters"
        return "Violent demonstration" if riot else sub
    # a mob or vigilante word is no demonstration ("according to vigilantes", "a vigilante
    # group foiled the attack"): only protest words and violent demonstrations make a riot
    protest = any(SUB_EVENT_TO_TYPE[t] == "Protests" or t == "Violent demonstration" for t in subs)
    protesters = any(m is not None and m.cls == "protesters" for m in (roles.actor1, roles.actor2))
    if not (protest or protesters):
        return sub
    by_state = (roles.actor1 is None and state_named) or (
        roles.actor1 is not None and roles.actor1.cls == "state"
    )
    on_people = roles.actor2 is None or roles.actor2.cls in ("civilians", "protesters")
    rioting = "Violent demonstration" in subs or (
        roles.actor1 is not None and roles.actor1.cls == "protesters"
    )
    if sub == "Attack" and by_state and on_people and not rioting:
        return "Excessive force against protesters"
    return "Violent demonstration"


# A demonstration told as held, peacefully or met by force: what the crowd itself did decides
# whether it stayed one.
HELD = frozenset({PEACEFUL, "Protest with intervention"})


# What a crowd does that makes its demonstration a riot, beside a killing in its sentence.
RIOT_ACTS = frozenset(
    {"Violent demonstration", "Mob violence", "Armed clash", "Looting/property destruction"}
)


def _shot_at_protest(
    sub: str, members: list[tuple[str, Hit, Roles]], roles: Roles, s: Sentence, tables: Tables
) -> tuple[str, Roles]:
    """A killing told without its doer in the sentence of a protest the crowd held without
    violence, beside a state force the sentence names ("students marched against the fees;
    police fired tear gas; two shot dead", "farmers protested; three were killed when
    soldiers fired on them") is the force's on the protesters: ACLED's codebook codes lethal
    force on a peaceful demonstration as Excessive force against protesters, the force first,
    the protesters second. The parse had lent the marchers the killing word ("students ...
    shot"), and a protest with a killing by its crowd is read as a riot. Read by the roles:
    the killing word names no doer of its own (or only the marchers, or a state force), its
    victims are nobody named or people (never the police: "two officers were killed" beside
    a march is the crowd's violence), the crowd did no violence or damage of its own in the
    sentence, and the sentence names a state force. With no force named ("teachers
    demonstrated; two killed") nothing is decided here (crowds35, session 35)."""
    if sub != "Attack":
        return sub, roles
    held = [r.actor1 for own, _, r in members if own in HELD]
    if not held or any(own in RIOT_ACTS for own, _, _ in members):
        return sub, roles
    marchers = {m.start for m in held if m is not None}
    for own, _, r in members:
        if own != "Attack":
            continue
        doer, victim = r.actor1, r.actor2
        if doer is not None and doer.cls != "state" and doer.start not in marchers:
            return sub, roles
        if victim is not None and victim.cls not in ("civilians", "protesters"):
            return sub, roles
    if not _only_demonstrated(s.doc, members):
        return sub, roles
    force = next((m for m in s.mentions(tables) if m.cls == "state"), None)
    if force is None:
        return sub, roles
    crowd = next((m for m in held if m is not None), roles.actor2)
    return "Excessive force against protesters", Roles(force, (), crowd, roles.assoc1)


def _only_demonstrated(doc: Any, members: list[tuple[str, Hit, Roles]]) -> bool:
    """Every verb the protest's crowd is the subject of (with its conjoined verbs) is its
    protest's own word or a gathering verb: "protesters marched and stoned the police" did
    more than demonstrate, whether or not "stoned" was read as an event."""
    heads = {h.head for own, h, _ in members if own in HELD}
    for own, _, r in members:
        if own not in HELD or r.actor1 is None:
            continue
        subject = doc[r.actor1.root]
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = subject.head
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for v in verbs:
            if v.i not in heads and v.lemma_.lower() not in GATHERING_VERBS:
                return False
    return True


def _crowd_damage(sub: str, members: list[tuple[str, Hit, Roles]]) -> str:
    """A protest in which the crowd itself destroyed or burned property is a riot: "youths
    protesting the reform burned shops", "marchers smashed bank windows during the rally"
    (ACLED's codebook: a demonstration whose participants engage in violence or destruction
    of property is a Violent demonstration, never a Peaceful protest or a protest met with
    intervention). Read by who did the damage: the damage word's own doer must be the crowd
    (a protesters-class actor: protesters, marchers, youths; or the people the sentence says
    protested, "students protesting"); property burned by soldiers or
    by nobody named beside a march ("tents were burned") leaves the protest as typed
    (crowds35, session 35; notes m, q dev had such riots typed Peaceful protest)."""
    if sub not in HELD:
        return sub
    # the people the sentence says protested ("students protesting the fees burned shops")
    held_by = {r.actor1.start for own, _, r in members if own in HELD and r.actor1 is not None}
    # the protest's word inside the doer's own words: "striking workers", "protesting
    # students" are the people on strike or protesting (actors40, session 40)
    held_at = {h.head for own, h, _ in members if own in HELD}
    for own, _, roles in members:
        doer = roles.actor1
        if own != "Looting/property destruction" or doer is None:
            continue
        holding = doer.start in held_by or any(doer.start <= i < doer.end for i in held_at)
        if doer.cls == "protesters" or holding:
            return "Violent demonstration"
    return sub


def _strategic(sub: str) -> bool:
    # Property destroyed in a riot or a raid is part of that riot or raid, not a development
    # of its own ("rioters torched police cars" is a Violent demonstration).
    return SUB_EVENT_TO_TYPE[sub] == "Strategic developments" and sub != (
        "Looting/property destruction"
    )


def _compatible(item: tuple[str, Hit, Roles], members: list[tuple[str, Hit, Roles]]) -> bool:
    """Same initiator (or none named), and the same kind of event: a strategic development
    ("agreed a ceasefire", "arrested", "seized weapons") is never folded into the fighting
    the same sentence reports, nor fighting into it."""
    sub, _, roles = item
    if any(_strategic(t) != _strategic(sub) for t, _, _ in members):
        return False
    initiators = {_key(r.actor1) for _, _, r in members if r.actor1 is not None}
    return roles.actor1 is None or not initiators or _key(roles.actor1) in initiators


def locations(s: Sentence, ctx: Context, tables: Tables) -> tuple[list[Location | None], str]:
    """Step 2: one location per place named, else the context place, else none."""
    found = s.places(tables)
    notes = "; ".join(found.refused)
    if found.places:
        return [_location(s, p, "named in the text") for p in found.places], notes
    if ctx.place is not None:
        reason = (
            f"the sentence names no place; the article's place context "
            f"({ctx.place.surface!r}) is used"
        )
        return [ctx.place.model_copy(update={"reason": reason})], notes
    return [None], "; ".join(filter(None, [notes, "no place named in the text"]))


@dataclass(frozen=True)
class When:
    """Step 3's reading for one sentence: the date coded, its ACLED time precision, the words
    that gave it (None: context or publication) and a note saying which."""

    date: dt.date | None
    precision: int
    span: Span | None
    note: str


def date_of(reading: DateReading | None, s: Sentence, ctx: Context) -> When:
    """Step 3: the sentence's own date (already in ``ctx`` by ``update_context``), else the
    latest the article gave, else publication."""
    if reading is not None and ctx.date is not None:
        return When(ctx.date[0], ctx.date[1], ctx.date[2], reading.note)
    if ctx.date is not None:
        return When(ctx.date[0], ctx.date[1], ctx.date[2], "date from earlier in the article")
    if ctx.published is not None:
        return When(ctx.published, 1, None, "no date in the text: publication date coded")
    return When(None, 1, None, "no date in the text and no publication date")


def _victim_actor(toll: numbers.Toll, roles: Roles) -> str | None:
    if len(toll.victim_ids) == 1:
        return toll.victim_ids[0]
    for mention in (roles.actor2, roles.actor1):
        if (
            mention
            and len(mention.ids) == 1
            and numbers.VICTIMS.get(mention.cls or "") == toll.victims
        ):
            return mention.ids[0]
    return None


def claims_of(
    s: Sentence, tolls: list[numbers.Toll], roles: Roles, tables: Tables
) -> list[FatalityClaim]:
    return [
        c
        for t in tolls
        for c in _claims(s, [t], roles, figure_attribution(s.sent, s.doc[t.end - 1], tables.lex))
    ]


def toll_claims(s: Sentence, tables: Tables) -> list[FatalityClaim]:
    """The figures of a sentence that makes no event of its own: a coder's "56 dead." or
    "3 employees died in the fire." after the event ("die" and "dead" are no triggers), or
    "Three passers-by and a police officer killed besides the bombers." whose killing names
    nobody. ``continuation.Thread.add_toll`` gives them to the event told just before."""
    if not s.lemmas & tables.lex.death_words:
        return []
    tolls = numbers.find_tolls(s.sent, tables.lex, s.by_tok(tables), s.background)
    return claims_of(s, tolls, Roles(), tables)


def _claims(
    s: Sentence, tolls: list[numbers.Toll], roles: Roles, attr: Attribution
) -> list[FatalityClaim]:
    return [
        FatalityClaim(
            count=t.count,
            qualifier=t.qualifier,
            victims=t.victims,
            victim_actor=_victim_actor(t, roles),
            claimed_by=attr.claimed_by,
            span=token_span(s.doc, t.start, t.end, s.offset, "fatalities"),
        )
        for t in tolls
    ]


def _losses(s: Sentence, found: list[numbers.LossFound], roles: Roles) -> list[Loss]:
    owner = roles.actor2.name if roles.actor2 is not None else None
    return [
        Loss(
            item=f.item,
            count=f.count,
            outcome=f.outcome,
            owner=owner,
            span=token_span(s.doc, f.start, f.end, s.offset, "losses"),
        )
        for f in found
    ]


def confidence(hit: Hit, roles: Roles, named_place: bool, dated: bool, hedged: bool) -> float:
    """Trigger strength (data/triggers.yaml), raised by what the sentence itself says
    (initiator +0.1, target +0.05, a named place +0.1, a date +0.05) and lowered by what it
    leaves to context or doubt (place from context -0.15, hedged -0.1); within [0.05, 0.99]."""
    score = hit.trigger.strength
    score += 0.1 if roles.actor1 is not None else 0.0
    score += 0.05 if roles.actor2 is not None else 0.0
    score += 0.1 if named_place else -0.15
    score += 0.05 if dated else 0.0
    score -= 0.1 if hedged else 0.0
    return round(min(0.99, max(0.05, score)), 2)


def _assign_tolls(
    groups: list[tuple[str, Hit, Roles]], s: Sentence, tolls: list[numbers.Toll]
) -> list[list[numbers.Toll]]:
    """Each toll goes to the actor pair whose trigger is nearest to it in the parse."""
    out: list[list[numbers.Toll]] = [[] for _ in groups]
    for toll in tolls:
        k = min(
            range(len(groups)),
            key=lambda g: numbers.distance(s.doc[groups[g][1].head], s.doc[toll.start]),
        )
        out[k].append(toll)
    return out


def _event_type(sub: str, tables: Tables) -> tuple[str, str]:
    event_type = SUB_EVENT_TO_TYPE[sub]
    disorder = tables.lex.disorder_by_sub.get(sub) or tables.lex.disorder[event_type]
    return event_type, disorder


def _actor_fields(s: Sentence, roles: Roles) -> dict[str, Any]:
    def ref(m: Mention | None, field: str) -> Any:
        return None if m is None else actor_ref(m, s.offset, s.doc, field)

    return {
        "actor1": ref(roles.actor1, "actor1"),
        "assoc_actors1": tuple(ref(m, "assoc_actors1") for m in roles.assoc1),
        "actor2": ref(roles.actor2, "actor2"),
        "assoc_actors2": tuple(ref(m, "assoc_actors2") for m in roles.assoc2),
    }


def _hedge_span(s: Sentence, attr: Attribution, tables: Tables) -> list[Span]:
    spans = []
    if attr.start is not None and attr.end is not None:
        spans.append(token_span(s.doc, attr.start, attr.end, s.offset, "claimed_by"))
    if attr.hedged:
        lower = span_text(s.sent).lower()
        for hedge in (attr.cue or "", *tables.lex.hedges):
            at = lower.find(hedge.lower()) if hedge else -1
            if at >= 0:
                start = s.sent.start_char + at
                spans.append(char_span(s.doc, start, start + len(hedge), s.offset, "hedged"))
                break
    return spans


@dataclass(frozen=True)
class Told:
    """What one sentence tells of one event, for ``event_from``: its type, its roles at the
    words that typed it (``typed_by``; None when no word did and the sentence is the type's
    evidence), its fatality claims and losses, attribution and hedge (None: none read) and
    the confidence the reading earned."""

    sub: str
    roles: Roles
    typed_by: Span | None
    claims: list[FatalityClaim]
    losses: list[Loss]
    attr: Attribution | None
    confidence: float


def event_from(
    s: Sentence,
    ctx: Context,
    tables: Tables,
    told: Told,
    where: tuple[Location | None, list[str]],
    when: When,
    first: bool = True,
) -> Event:
    """The one event ``told`` by ``s`` at ``where`` (a location and the notes on it, joined
    after the non-empty ones) on ``when``; only the ``first`` of a sentence's places keeps the
    toll and losses (step 4). Evidence: the typing words, actors, hedge, date, place, toll."""
    loc, notes = where
    sentence = token_span(s.doc, s.sent.start, s.sent.end, s.offset, "sentence")
    typed = told.typed_by or sentence.model_copy(update={"field": "sub_event_type"})
    actors = _actor_fields(s, told.roles)
    attr = told.attr
    evidence = [typed, *(a.span for a in _refs(actors) if a.span)]
    evidence += _hedge_span(s, attr, tables) if attr is not None else []
    evidence += [x for x in (when.span, loc.span if loc else None) if x is not None]
    if first:
        evidence += [c.span for c in told.claims if c.span] + [
            x.span for x in told.losses if x.span
        ]
    event_type, disorder = _event_type(told.sub, tables)
    return Event(
        id="",
        article_id=ctx.article_id,
        event_date=when.date,
        time_precision=when.precision,
        disorder_type=disorder,
        event_type=event_type,
        sub_event_type=told.sub,
        location=loc,
        fatalities=conservative(told.claims) if first else None,
        fatality_claims=tuple(told.claims) if first else (),
        losses=tuple(told.losses) if first else (),
        claimed_by=attr.claimed_by if attr is not None else None,
        hedged=attr.hedged if attr is not None else False,
        civilian_targeting=told.roles.actor2 is not None and told.roles.actor2.cls == "civilians",
        evidence=tuple(evidence),
        confidence=told.confidence,
        notes="; ".join(n for n in notes if n),
        sentence=sentence,
        **actors,
    )


def sentence_events(
    s: Sentence, ctx: Context, tables: Tables, reading: DateReading | None
) -> list[Event]:
    """Steps 1-5 for one sentence with triggers."""
    if retrospective(reading, ctx, tables):
        return []
    groups = group_hits(s, tables, ctx)
    if not groups:
        return []
    by_tok = s.by_tok(tables)
    tolls = _assign_tolls(groups, s, numbers.find_tolls(s.sent, tables.lex, by_tok, s.background))
    found_losses = numbers.find_losses(s.sent, tables.lex)
    places, place_note = locations(s, ctx, tables)
    when = date_of(reading, s, ctx)
    events = []
    for g, (sub, hit, roles) in enumerate(groups):
        attr = attribution(s.sent, s.doc[hit.head], tables.lex)
        claims = claims_of(s, tolls[g], roles, tables)
        losses = _losses(s, found_losses if g == 0 else [], roles)
        trigger = token_span(s.doc, hit.start, hit.end, s.offset, "sub_event_type")
        for k, loc in enumerate(places):
            first = k == 0
            notes = [when.note, place_note]
            if not first and (claims or losses):
                notes.append("toll and losses reported for several places: kept on the first")
            named = loc is not None and loc.reason.startswith("named")
            score = confidence(hit, roles, named, reading is not None, attr.hedged)
            told = Told(sub, roles, trigger, claims, losses, attr, score)
            events.append(event_from(s, ctx, tables, told, (loc, notes), when, first))
    return events


def _refs(actors: dict[str, Any]) -> list[Any]:
    refs = [actors["actor1"], actors["actor2"], *actors["assoc_actors1"], *actors["assoc_actors2"]]
    return [r for r in refs if r is not None]


__all__ = [
    "Context",
    "Told",
    "When",
    "claims_of",
    "conservative",
    "date_of",
    "event_from",
    "locations",
    "merge",
    "sentence_events",
    "stable_id",
    "update_context",
]
