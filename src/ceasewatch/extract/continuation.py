"""A sentence that goes on telling the event just reported joins that event.

Wire copy tells one event over several sentences: "Gunmen attacked the village of Auno on
Sunday night. Thirty people were killed and dozens abducted, police said." / "A car bomb
exploded outside a hotel in Beledweyne on Monday. The blast killed 20 people." ACLED codes one
event; coding each sentence adds a duplicate and leaves the toll or the actor on the copy. An
event of a sentence continues an event of the latest sentence that made events, at most
``MAX_GAP`` sentences before, when

1. the sentence says it goes on (words in data/continuation.yaml):
   - an outcome told without its doer: its only event words are killing, wounding or
     abducting words with no subject or agent ("ten soldiers were killed", not "they killed
     ten soldiers"); or
   - it points back: an event noun with a pointing determiner ("the blast", "this attack",
     "an ensuing gunfight"), the doers so named ("the attackers"), or a subject pronoun of its
     event word ("they abducted 279 girls"); a noun that only dates another event against
     the first ("hours after the attack", "in retaliation for the strike") does not count;
2. it is not hedged (a hedged claim keeps its own event, so that its hedge stays visible);
3. it happened the same day (the sentence gives no other date) and names no other place;
4. the types go together: the same sub-event, or both violence (battles, explosions and remote
   violence, violence against civilians), or both demonstrations (protests, riots); strategic
   developments only with their own sub-event;
5. its initiator is unnamed, one of the earlier event's actors, or (when a noun points back)
   anyone: "Security forces killed six of the attackers in an ensuing gunfight".

6. a sentence that goes on telling the past stays in it: after a retrospective sentence (one
   dated well before publication, extract/events.py ``retrospective``: "David Gee migrated
   ... in the late 1920s", "from 1910 to 1940"), a sentence with no date of its own, at most
   ``MAX_GAP`` sentences on, that continues it (it opens with a word of sequence, "After
   arriving ...", "Eventually"; its subject is "he", "she" or a person the past sentences
   named; or, after a past that told an event, it points back as in rule 1) tells the same
   past and makes no event. After a timeline
   marker ("TimelineJS", "Chronology:"), every sentence without a date of its own is a
   timeline entry of the past, however many follow. A sentence with a current date of its own
   ends the past.

7. a protest goes on in the sentences that tell how it was met: within ``MAX_GAP`` sentences of
   a demonstration, a sentence with no date of its own that names no other place and tells an
   intervention (data/triggers.yaml ``upgrades`` from Peaceful protest: "Police later fired tear
   gas to disperse the crowd", "Security forces opened fire, killing three") makes the protest
   more specific (Protest with intervention, Excessive force, Violent demonstration), and the
   arrests or force it reports ("Police arrested four of them") are that intervention, not
   events of their own: ACLED codes one demonstration event with its intervention. Arrests of
   armed or state people and violence by an armed group stay events of their own.

8. several events told at once give way to the one told next: after a sentence whose events
   are several ("Two civilians were killed in separate attacks in the district", "a series of
   attacks"), a sentence within ``MAX_GAP`` that tells violence with its own means or doer
   ("In one, an attacker threw a grenade into a shop") is the event coded, and the summary's
   events go: their toll adds up several events, and ACLED codes each event with its own.

9. in a feed, an update post gives the toll of the latest event it can belong to: a channel
   posts a strike, then other news, then "UPDATE: death toll rises to 3" or "UPDATE Kalo: toll
   now 5" hours and posts later (extract/posts.py ``updates``: "UPDATE" after the post's clock,
   or a toll given again). A sentence of such a post that makes no event of its own, or only an
   outcome without its doer ("a third man died of his wounds"), and gives no date of its own,
   is the toll of the latest violent or demonstration event of the place the post names (its
   place tag or a place in the sentence), else, when it names none, of the latest such event,
   however many posts before; ACLED codes the final toll, so a figure at least the event's
   replaces it (``_total_over_parts``). Session 23, feeds23b.

10. an attack's end is no change of its own: "the assailants withdrew", "forces withdrew from
   the camp", "the attackers retreated" after violence told the same day at the same place (or
   naming no place) end that event; ACLED codes no Change to group/activity for a force leaving
   the ground it has just fought on (words ``attack_endings``). Session 23, feeds23b. Session
   26 (quiet26): the violence may be told in the withdrawal's own sentence ("the air force
   struck the fighters as they withdrew", "gangs attacked the station after the officers
   withdrew"), and an arrest raid ends the same way ("the army withdrew, they arrested a
   wanted man"): reports a, h, l, p dev, 4 such false changes in 4 files.

11. weapons taken in a clash are the clash's spoils, no event of their own: a Disrupted weapons
   use told by a seizing verb ("Troops recovered five rifles.", "weapons and explosives were
   recovered", "killing four, we seized 9 guns") in the same sentence as a battle, or with no
   date of its own within ``MAX_GAP`` sentences after one, on the same day at the same place
   (or naming none), joins that battle (words ``spoils_verbs``). ACLED codes one event per
   engagement and tells what was seized in its notes; a seizure told apart (a raid, a cache
   found, a search at a checkpoint) or with no battle before it stays a Disrupted weapons use.
   Session 24, prec24.

Two towns, two days or two kinds of attack told one after the other stay two events. The
continuation's claims, losses and evidence join the earlier event (in a sentence of several
places, the one at the same place, else the first, where a toll is kept), which keeps its type,
place and date (but a more specific sub-event of a demonstration or an explosion: a protest the
police then broke up is a protest with intervention, ``merging.more_specific``); actors it left
unnamed are filled. What is left is merged over
the whole article (``merging``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.extract.background import within
from ceasewatch.extract.lexicon import lower_words
from ceasewatch.extract.merging import DEMONSTRATIONS, actor_key, conservative, more_specific
from ceasewatch.extract.posts import RISEN_WORDS, TOLL, post_head, update_tag, updates
from ceasewatch.extract.risen import RISEN
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.tokens import span_text
from ceasewatch.extract.triggers import upgrade, upgrade_text
from ceasewatch.model import SUB_EVENT_TO_TYPE, Event, FatalityClaim

# Sentences between the event and its toll: "X happened. Officials said ... . N were killed."
MAX_GAP = 2
DATA = Path(__file__).parent / "data" / "continuation.yaml"
# Event types that may be one event told in several sentences (rule 4).
FAMILIES = (
    frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    DEMONSTRATIONS,
)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
STRATEGIC = "Strategic developments"
CHANGE = "Change to group/activity"
ARRESTS = "Arrests"
DISRUPTED = "Disrupted weapons use"
TOLL_NOTE = "toll from a following sentence that tells no event of its own"
# Subject pronouns that go on telling a person's past (rule 6): "In 1998 X led a coup. He was
# arrested ..."; "they" points back only to a past that told an event.
PERSONAL = frozenset({"he", "she"})


@dataclass(frozen=True)
class Cue:
    """Why a sentence reads as going on with an event already told (rule 1)."""

    kind: str  # "outcome", "noun" (an event or doer noun points back), "pronoun" or "update"
    words: str = ""

    @property
    def note(self) -> str:
        if self.kind == "outcome":
            return "continued in a following sentence (an outcome told without its doer)"
        if self.kind == "update":
            return "continued in a later post that updates it"
        return f"continued in a following sentence ({self.words!r} points back to it)"


@dataclass(frozen=True)
class Words:
    """data/continuation.yaml (its header says what each list is)."""

    outcome: frozenset[str]
    event_nouns: frozenset[str]
    determiners: frozenset[str]
    doer_nouns: frozenset[str]
    pronouns: frozenset[str]
    reference: frozenset[str]
    past_openers: frozenset[str] = frozenset()  # rule 6: first words that go on telling
    timeline_markers: tuple[str, ...] = ()  # rule 6: words that open a timeline of the past
    summary_modifiers: frozenset[str] = frozenset()  # rule 8: "separate attacks"
    summary_heads: frozenset[str] = frozenset()  # rule 8: "a series of attacks"
    attack_endings: frozenset[str] = frozenset()  # rule 10: "the assailants withdrew"
    spoils_verbs: frozenset[str] = frozenset()  # rule 11: "troops recovered five rifles"


@cache
def load_words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def low(key: str) -> frozenset[str]:
        return lower_words(doc.get(key))

    return Words(
        outcome=low("outcome_words"),
        event_nouns=low("event_nouns"),
        determiners=low("determiners"),
        doer_nouns=low("doer_nouns"),
        pronouns=low("pronouns"),
        reference=low("reference_words"),
        past_openers=low("past_openers"),
        timeline_markers=tuple(sorted(low("timeline_markers"))),
        summary_modifiers=low("summary_modifiers"),
        summary_heads=low("summary_heads"),
        attack_endings=low("attack_endings"),
        spoils_verbs=low("spoils_verbs"),
    )


@dataclass(frozen=True)
class Past:
    """A retrospective telling the article is in (rule 6): its latest sentence, the people it
    names (lower-case words of PERSON entities) and whether a timeline marker opened it."""

    index: int
    names: frozenset[str] = frozenset()
    timeline: bool = False
    told: bool = False  # a sentence of it had event words: "the attack" may point back to it
    # a timeline marker ends this sentence ("... killing nine people. TimelineJS Embed", run
    # into one sentence by the parser): the past starts after it
    after: bool = False


@dataclass
class Thread:
    """The latest sentence that made events: where the next sentences may continue."""

    # sub-event -> rank, most specific first (data/triggers.yaml ``precedence``)
    precedence: dict[str, int] = field(default_factory=dict)
    words: Words = field(default_factory=load_words)
    index: int = -(MAX_GAP + 1)  # its sentence index
    positions: list[int] = field(default_factory=list)  # its events in the article's list
    past: Past | None = None  # rule 6
    tables: Tables | None = None  # rule 7 reads the upgrades and the sentence's actors
    dated: bool = False  # the sentence ``recall`` last saw gives a date of its own
    summary: bool = False  # rule 8: the latest events are several events told at once
    # rule 9: the sentence ``recall`` last saw is in a post that updates an earlier one, and the
    # places (lower case) that post names
    update: bool = False
    post_places: frozenset[str] = frozenset()
    post_tag: frozenset[str] = frozenset()  # the names of its "UPDATE Kalo front:" head

    def recall(self, s: Sentence, retrospective: bool, dated: bool) -> None:
        """Rule 6, for every sentence in text order before ``add``: whether ``s`` (dated well
        before publication, or by a date of its own) tells the past the article is in."""
        marker = _timeline(s, self.words)
        self.dated = dated or retrospective
        self._post(s)
        past = self.past
        if past is not None and not past.timeline and s.index - past.index > MAX_GAP:
            past = None
        if marker and not retrospective:
            self.past = Past(s.index, timeline=True, after=True)
        elif retrospective or marker is not None:
            names = _people(s) | (past.names if past is not None else frozenset())
            keep = marker is not None or (past is not None and past.timeline)
            told = bool(s.hits) or (past is not None and past.told)
            self.past = Past(s.index, names, keep, told)
        elif dated or past is None:
            self.past = None
        elif past.timeline or goes_on_past(s, past, self.words):
            told = past.told or bool(s.hits)
            self.past = Past(s.index, past.names | _people(s), past.timeline, told)
        else:
            self.past = past

    def _post(self, s: Sentence) -> None:
        """Rule 9: whether ``s`` is in an update post, and the places that post names."""
        text = span_text(s.sent)  # cut from the Doc's text: no Token built per word
        named = frozenset(self._places(s))
        if post_head(text):
            self.update, self.post_places = updates(text), named
            self.post_tag = update_tag(text)
        elif self.post_places or self.update:
            self.update = self.update or bool(TOLL.search(text) or RISEN_WORDS.search(text))
            self.post_places |= named

    def _places(self, s: Sentence) -> set[str]:
        if self.tables is None:
            return set()
        return {p.name.lower() for p in s.places(self.tables).places}

    def _update_target(self, events: list[Event]) -> int | None:
        """Rule 9: the latest violent or demonstration event of the update post's place (any
        place when it names none)."""
        if not self.update or self.dated:
            return None
        for at in range(len(events) - 1, -1, -1):
            event = events[at]
            if event.event_type not in FAMILIES[0] | DEMONSTRATIONS:
                continue
            if not (self.post_places or self.post_tag) or _place_name(event) in self.post_places:
                return at
            if self.post_tag & _told_words(event):
                return at
        return None

    def _ended(self, s: Sentence, event: Event, new: list[Event], events: list[Event]) -> bool:
        """Rule 10: ``event`` is a force leaving after the violence (or the arrests) told before
        it or in its own sentence ("struck the fighters as they withdrew", "attacked the post
        after the officers withdrew", "the army withdrew, they arrested a wanted man")."""
        if event.sub_event_type != CHANGE or not s.lemmas & self.words.attack_endings:
            return False
        here = _named_place(event)
        return any(
            (e.event_type in FAMILIES[0] or e.sub_event_type == ARRESTS)
            and e.event_date == event.event_date
            and (here is None or _place_name(e) == here)
            for e in [*events, *(e for e in new if e is not event)]
        )

    def _spoils(self, s: Sentence, event: Event, new: list[Event], events: list[Event]) -> bool:
        """Rule 11: ``event`` is weapons seized in a battle told in ``s`` or just before it."""
        if event.sub_event_type != DISRUPTED or not s.lemmas & self.words.spoils_verbs:
            return False
        battles = [e for e in new if SUB_EVENT_TO_TYPE[e.sub_event_type] == "Battles"]
        if not self.dated and s.index - self.index <= MAX_GAP:
            battles += [
                events[p]
                for p in self.positions
                if p < len(events) and SUB_EVENT_TO_TYPE[events[p].sub_event_type] == "Battles"
            ]
        here = _named_place(event)
        return any(
            b.event_date == event.event_date and (here is None or _place_name(b) == here)
            for b in battles
        )

    def _updated(self, s: Sentence, event: Event, events: list[Event]) -> int | None:
        """Rule 9 for an event an update post makes: told again without a doer of its own
        ("UPDATE Kalo: fighting calmed down"), or an outcome ("a third man died of his
        wounds"), it is the event updated, when of the same family and day."""
        at = self._update_target(events)
        if at is None or not _same_family(event, events[at]):
            return None
        if event.event_date != events[at].event_date or event.hedged:
            return None
        cue = continuation_cue(s, self.words)
        if event.actor1 is not None and (cue is None or cue.kind != "outcome"):
            return None
        return at

    def in_past(self, s: Sentence) -> bool:
        """``s`` goes on telling the past (rule 6): its events are none of the report's."""
        return self.past is not None and self.past.index == s.index and not self.past.after

    def add(self, s: Sentence, new: list[Event], events: list[Event]) -> None:
        """Each event of ``new`` joins the event it continues or is appended to ``events``;
        in a sentence that tells the past (rule 6, ``recall``) none is kept."""
        if self.in_past(s):
            return
        new = self._intervention(s, new, events)
        cue = continuation_cue(s, self.words) if s.index - self.index <= MAX_GAP else None
        if self._told_apart(s, new, events, cue):
            cue = None
        fresh = []
        new = [e for e in new if not self._ended(s, e, new, events)]
        new = [e for e in new if not self._spoils(s, e, new, events)]
        for event in new:
            target = self._target(s, event, events, cue)
            if target is None or cue is None:
                updated = self._updated(s, event, events)
                if updated is not None:
                    events[updated] = attach([event], events[updated], Cue("update"))
                    self.index, self.positions = s.index, [updated]
                    continue
                fresh.append(event)
            else:
                joined = attach([event], events[target], cue)
                if self.update:
                    claims = _updated_toll(
                        list(events[target].fatality_claims), event.fatality_claims
                    )
                    joined = joined.model_copy(
                        update={
                            "fatality_claims": tuple(claims),
                            "fatalities": conservative(claims),
                        }
                    )
                events[target] = more_specific(joined, event, self.precedence)
                self.index = s.index
        if fresh:
            self.index, self.positions = s.index, list(range(len(events), len(events) + len(fresh)))
            self.summary = summary_of_several(s, self.words)
            events.extend(fresh)

    def add_toll(self, s: Sentence, claims: list[FatalityClaim], events: list[Event]) -> None:
        """A sentence that makes no event but gives figures of the dead ("56 dead.", "3
        employees died in the fire.") within ``MAX_GAP`` of the latest events is their toll,
        as an outcome would be (rules 2-4: no date and no other place of its own; never a
        strategic development's). A figure at least what the event counted already is its
        total (``_total_over_parts``)."""
        if self.in_past(s) or not claims:
            return
        # "On Friday the death toll rose to 115": the day a grown toll is told is the day of
        # the telling, not another event's (extract/risen.py; tolls43)
        grown = all(c.qualifier == RISEN for c in claims)
        at = self._toll_target(s, events, grown)
        update = at is None
        if update:
            at = self._update_target(events)
        if at is None:
            return
        target = events[at]
        # "many bodies" after "killed 1300": a vague figure in a sentence of its own does not
        # replace a count told before (it stands). Told alone ("Several killed.", "Dozens dead,
        # figures disputed."), it is the event's toll by ACLED's fixed figure, as it is beside
        # the event's verb (issue 9, session 17: notese, notesh).
        if target.fatality_claims:
            claims = [c for c in claims if c.qualifier != "vague"]
            if not claims:
                return
        earlier = list(target.fatality_claims)
        merged = _total_over_parts(earlier, earlier + [c for c in claims if c not in earlier])
        if self.update:
            # rule 9: an update's figures are the toll now ("Toll now 5 of one side and 2 of
            # the other"), ACLED's final toll, not more dead on top of the first figures; a
            # smaller one tells a part of it ("A woman died in hospital")
            merged = _updated_toll(earlier, claims)
        spans = [c.span for c in claims if c.span is not None and c.span not in target.evidence]
        events[at] = target.model_copy(
            update={
                "fatality_claims": tuple(merged),
                "fatalities": conservative(merged),
                "evidence": target.evidence + tuple(spans),
                "notes": "; ".join(filter(None, [target.notes, TOLL_NOTE])),
            }
        )
        self.index = s.index
        if update:
            self.positions = [at]

    def _toll_target(self, s: Sentence, events: list[Event], grown: bool = False) -> int | None:
        """Rules 2-4 for a toll told alone: the latest sentence's first violent or
        demonstration event, within ``MAX_GAP``, the sentence naming no other place (a date
        of its own too, unless the toll is told as grown)."""
        if (self.dated and not grown) or s.index - self.index > MAX_GAP:
            return None
        at = next(
            (p for p in self.positions if events[p].event_type in FAMILIES[0] | DEMONSTRATIONS),
            None,
        )
        if at is None or self._places(s) - {_place_name(events[at])}:
            return None
        return at

    def _told_apart(
        self, s: Sentence, new: list[Event], events: list[Event], cue: Cue | None
    ) -> bool:
        """Rule 8: after a sentence that tells several events at once ("Two civilians were
        killed in separate attacks on Sunday"), a sentence that tells one of them with its own
        means or doer ("In one, an attacker threw a grenade into a shop") is the event coded;
        the summary's events go (their toll adds up several events). True when they went."""
        if not self.summary or s.index - self.index > MAX_GAP or not new:
            return False
        if cue is not None and cue.kind == "outcome":
            return False
        violent = FAMILIES[0]
        if not any(e.event_type in violent for e in new):
            return False
        if not all(events[p].event_type in violent for p in self.positions):
            return False
        for p in sorted(self.positions, reverse=True):
            del events[p]
        self.positions, self.summary = [], False
        return True

    def _intervention(self, s: Sentence, new: list[Event], events: list[Event]) -> list[Event]:
        """Rule 7: the protest just told takes the intervention ``s`` tells; the events of
        ``s`` that are not that intervention are returned."""
        tables = self.tables
        if tables is None or self.dated or s.index - self.index > MAX_GAP:
            return new
        at = next((p for p in self.positions if events[p].event_type in DEMONSTRATIONS), None)
        if at is None:
            return new
        protest = events[at]
        here = _place_name(protest)
        named = {p.name.lower() for p in s.places(tables).places}
        if named - {here} or any(e.event_date != protest.event_date for e in new):
            return new
        joined = [e for e in new if _intervenes(e, s, tables)]
        sub = protest.sub_event_type
        words = upgrade(PEACEFUL, upgrade_text(s.sent, tables.lex), tables.lex)
        if words != PEACEFUL and (joined or _crowd_control(s, tables)):
            sub = _more_specific_protest(sub, words, self.precedence)
        for event in joined:
            sub = _more_specific_protest(sub, event.sub_event_type, self.precedence)
        if sub == protest.sub_event_type and not joined:
            return new
        force = next(
            (e.actor1 for e in joined if _mention_class(e.actor1, s, tables) == "state"), None
        )
        events[at] = _intervened(protest, joined, sub, force)
        self.index = s.index
        return [e for e in new if e not in joined]

    def _target(
        self, s: Sentence, event: Event, events: list[Event], cue: Cue | None
    ) -> int | None:
        """Rules 2-5 of the module docstring: the position of the event continued, or None."""
        # a hedged claim keeps its own event; a toll alone ("1 child reportedly killed") is
        # still the toll of the event told before
        if cue is None or (event.hedged and cue.kind != "outcome"):
            return None
        here = _named_place(event)
        fitting = [p for p in self.positions if _fits(event, events[p], cue)]
        if here is None:
            return fitting[0] if fitting else None
        same = [p for p in fitting if _place_name(events[p]) == here]
        return same[0] if same else None


def continuation_cue(s: Sentence, words: Words) -> Cue | None:
    """Rule 1: why the sentence reads as going on with an event already told, or None."""
    if s.hits and all(
        " ".join(h.trigger.words) in words.outcome and not _has_doer(s.doc[h.head]) for h in s.hits
    ):
        return Cue("outcome")
    heads = {h.head for h in s.hits}
    for tok in s.sent:
        if s.background and within(tok, s.background):
            continue
        kind = _points_back(tok, words, heads)
        if kind is not None:
            return Cue(kind, tok.text)
    return None


def summary_of_several(s: Sentence, words: Words) -> bool:
    """Rule 8: the sentence tells several events at once: a plural event noun with a word of
    number or separateness ("in separate attacks", "two bombings") or under a noun of series
    ("a series of attacks", "a wave of strikes")."""
    for tok in s.sent:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in words.event_nouns:
            continue
        if any(c.lower_ in words.summary_modifiers for c in tok.children):
            return True
        prep = tok.head
        if (
            tok.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.lemma_.lower() in words.summary_heads
        ):
            return True
    return False


def goes_on_past(s: Sentence, past: Past, words: Words) -> bool:
    """Rule 6: ``s`` continues the retrospective telling before it."""
    first = next((t for t in s.sent if not t.is_punct), None)
    if first is not None and first.lower_ in words.past_openers:
        return True
    heads = {s.sent.root.i} | {h.head for h in s.hits}
    for tok in s.sent:
        if tok.dep_ not in SUBJECTS or tok.head.i not in heads:
            continue
        if tok.lower_ in PERSONAL or (tok.ent_type_ == "PERSON" and tok.lower_ in past.names):
            return True
    # "the attack", "they", an outcome: only after a past that told an event ("In 2013 the
    # government handed over its arsenal. The attack comes days after ..." is today's attack)
    return past.told and continuation_cue(s, words) is not None


def _people(s: Sentence) -> frozenset[str]:
    return frozenset(t.lower_ for t in s.sent if t.ent_type_ == "PERSON" and t.pos_ == "PROPN")


def _timeline(s: Sentence, words: Words) -> int | None:
    """Where a timeline marker ("TimelineJS Embed", "Timeline JS", "Chronology:") stands in
    ``s`` (characters), or None."""
    text = span_text(s.sent).lower()
    found = [at for marker in words.timeline_markers if (at := text.find(marker)) >= 0]
    return min(found) if found else None


def _points_back(tok: Any, words: Words, heads: set[int]) -> str | None:
    """ "noun" or "pronoun" when ``tok`` points back to an event or its doers, else None."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in words.pronouns:
        return "pronoun" if tok.dep_ in SUBJECTS and tok.head.i in heads else None
    if tok.pos_ not in ("NOUN", "PROPN") or not (
        lemma in words.event_nouns or lemma in words.doer_nouns or tok.lower_ in words.doer_nouns
    ):
        return None
    mods = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "poss")}
    if not mods & words.determiners or mods & words.reference or _dated_against(tok, words):
        return None
    return "noun"


def _dated_against(tok: Any, words: Words) -> bool:
    """ "hours after the attack", "in retaliation for the strike": the noun is a reference
    point for something else, not the event the sentence tells."""
    node = tok
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in words.reference or node.lemma_.lower() in words.reference:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _has_doer(verb: Any) -> bool:
    """ "they had killed ten soldiers" names its killer (by a pronoun): a party's own claim,
    kept as its own event; "ten soldiers were killed" does not, nor the elliptic passive of
    "26 were killed and 62 wounded" or "dozens abducted" (a bare participle), whose victims the
    parse makes a subject. A coder's note "3 soldiers killed." is that elliptic passive too,
    though the parse reads a past tense: a killing word with a subject and no object has its
    victims for subject (these words always take an object when they name the killer)."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return any(c.dep_ == "agent" for c in verb.children)
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    # "9 killed, a child among them": the object is a part of the dead, no one acted on
    return subject and any(
        c.dep_ in ("dobj", "obj") and not any(g.lower_ == "among" for g in c.children)
        for c in verb.children
    )


def _named_place(event: Event) -> str | None:
    loc = event.location
    if loc is None or not loc.reason.startswith("named"):
        return None
    return loc.name.lower()


def _place_name(event: Event) -> str | None:
    return event.location.name.lower() if event.location is not None else None


def _fits(event: Event, earlier: Event, cue: Cue) -> bool:
    """Rules 3-5 (the place is checked by the caller). A toll told alone (an outcome) is the
    toll of any violent or demonstration event before it ("Mobs attacked and looted shops.
    2 people killed."), and whoever it names are its victims."""
    if event.event_date != earlier.event_date:
        return False
    if cue.kind == "outcome":
        return not any(SUB_EVENT_TO_TYPE[e.sub_event_type] == STRATEGIC for e in (event, earlier))
    if not _same_family(event, earlier):
        return False
    if event.actor1 is None or cue.kind == "noun":
        return True
    mine = actor_key(event.actor1)
    return mine in (actor_key(earlier.actor1), actor_key(earlier.actor2))


def _same_family(a: Event, b: Event) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    ta, tb = SUB_EVENT_TO_TYPE[a.sub_event_type], SUB_EVENT_TO_TYPE[b.sub_event_type]
    return any(ta in family and tb in family for family in FAMILIES)


def attach(new: list[Event], target: Event, cue: Cue) -> Event:
    """``target`` with the continuation's claims, losses and evidence added, and the actors it
    left unnamed filled from it."""
    claims = list(target.fatality_claims)
    for event in new:
        claims += [c for c in event.fatality_claims if c not in claims]
    if cue.kind in ("outcome", "update"):
        claims = _total_over_parts(list(target.fatality_claims), claims)
    spans = list(target.evidence)
    for event in new:
        spans += [s for s in event.evidence if s not in spans and s.field != "location"]
    update: dict[str, Any] = {
        "fatality_claims": tuple(claims),
        "fatalities": conservative(claims),
        "losses": target.losses + tuple(x for e in new for x in e.losses),
        "evidence": tuple(spans),
        "confidence": max([target.confidence, *(e.confidence for e in new)]),
        "notes": "; ".join(filter(None, [target.notes, cue.note])),
    }
    victims = next((e for e in new if e.actor2 is not None), None)
    if target.actor2 is None and victims is not None:
        update["actor2"] = victims.actor2
        update["assoc_actors2"] = victims.assoc_actors2
        update["civilian_targeting"] = victims.civilian_targeting
    if cue.kind in ("outcome", "update"):
        # an outcome names no doer: a first actor the parse read there is its victims
        read = next((e for e in new if e.actor1 is not None), None)
        if target.actor2 is None and victims is None and read is not None:
            update["actor2"] = read.actor1
            update["assoc_actors2"] = read.assoc_actors1
        return target.model_copy(update=update)
    # a pronoun names nobody: the earlier event keeps its initiator unknown
    pronouns = load_words().pronouns
    doer = next(
        (
            e
            for e in new
            if e.actor1 and (e.actor1.surface or e.actor1.name).lower() not in pronouns
        ),
        None,
    )
    if target.actor1 is None and doer is not None:
        update["actor1"] = doer.actor1
        update["assoc_actors1"] = doer.assoc_actors1
    return target.model_copy(update=update)


def _told_words(event: Event) -> set[str]:
    """The words (lower case) of the event's place and of the spans that tell it."""
    texts = [event.location.name if event.location is not None else ""]
    texts += [span.text for span in event.evidence]
    if event.sentence is not None:
        texts.append(event.sentence.text)
    return {w for text in texts for w in re.findall(r"\w+", text.lower())}


def _updated_toll(
    earlier: list[FatalityClaim], claims: Iterable[FatalityClaim]
) -> list[FatalityClaim]:
    """Rule 9: the toll after an update post's figures: they replace the earlier ones when at
    least as many, else the earlier stand."""
    now = [c for c in claims if c.count]
    if now and _counted(now) >= _counted(earlier):
        return now
    return earlier


def _counted(claims: list[FatalityClaim]) -> int:
    return sum(c.count or 0 for c in claims)


def _total_over_parts(earlier: list[Any], claims: list[Any]) -> list[Any]:
    """A bare count told after the event ("killing the governor and four guards. 5 killed.")
    is the event's total, not one more group of dead: when it is at least what the earlier
    figures of the same source add up to, it replaces them (issue 9, session 13)."""
    totals = [c for c in claims if c not in earlier and c.victims is None and c.count]
    if not totals or not earlier:
        return claims
    total = max(totals, key=lambda c: c.count)
    same = [c for c in earlier if c.claimed_by == total.claimed_by]
    if not same or total.count < (conservative(same) or 0):
        return claims
    return [c for c in claims if c not in same]


PEACEFUL = "Peaceful protest"
EXCESSIVE = "Excessive force against protesters"
# What force on a demonstration may be (rule 7): arrests, and violence of the state or of no
# one named; a demonstration event told again is the same demonstration.
FORCE = frozenset({"Arrests", "Attack", EXCESSIVE})
# Violence on the police at a demonstration, told without its doer (rule 7): the riot's own.
HURT_FORCES = frozenset({"Armed clash"})
# The crowd an intervention acts on, when the sentence names no state actor ("Tear gas was
# fired at the crowd").
CROWD = frozenset(
    {"protester", "demonstrator", "crowd", "protest", "demonstration", "rally", "march", "them"}
)


def _mention_class(ref: Any, s: Sentence, tables: Tables) -> str | None:
    """The class (state, armed, civilians, protesters) of the sentence's mention that an
    event's actor reference was made from."""
    if ref is None or ref.span is None:
        return None
    for m in s.mentions(tables):
        if s.offset + s.doc[m.start].idx == ref.span.start:
            return m.cls.removeprefix("generic:") if m.cls else None
    return None


def _intervenes(event: Event, s: Sentence, tables: Tables) -> bool:
    """The event is force used on the demonstration told before (rule 7), or that
    demonstration again."""
    if event.event_type in DEMONSTRATIONS:
        # the demonstration again, or the police breaking it up ("Police dispersed them")
        return _mention_class(event.actor1, s, tables) in (None, "protesters", "state")
    target = _mention_class(event.actor2, s, tables)
    if event.sub_event_type in HURT_FORCES:
        # "Police said 12 officers were injured and 20 people were detained": the crowd's
        # violence on the police sent to it, told without its doer; ACLED codes the riot (one
        # demonstration event), not a battle. Injuries only: officers killed by no one named
        # may be another attack (session 23, three articles of two writers).
        return (
            event.actor1 is None
            and target == "state"
            and not any(c.count for c in event.fatality_claims)
        )
    if event.sub_event_type not in FORCE:
        return False
    if event.sub_event_type == "Arrests":
        return target not in ("armed", "state")
    doer = _mention_class(event.actor1, s, tables)
    return doer in (None, "state") and target in (None, "protesters", "civilians")


def _crowd_control(s: Sentence, tables: Tables) -> bool:
    """The sentence names a state force or the crowd: its intervention words are about the
    demonstration ("Police later fired tear gas"), not some other matter."""
    if any(m.cls == "state" for m in s.mentions(tables)):
        return True
    return bool(s.lemmas & CROWD)


def _more_specific_protest(sub: str, other: str, precedence: dict[str, int]) -> str:
    """The more specific of two readings of one demonstration (data ``precedence``); force met
    by a demonstration that turned violent, or the killing a mob does, leaves it the riot it is
    (Violent demonstration, Mob violence; ACLED: Excessive force is force on peaceful
    protesters); arrests are its intervention."""
    if other == "Arrests":
        other = "Protest with intervention"
    if other == "Attack":
        other = EXCESSIVE
    if other in HURT_FORCES:  # officers hurt by the crowd: it turned violent
        other = "Violent demonstration"
    if SUB_EVENT_TO_TYPE.get(other) not in DEMONSTRATIONS and other != EXCESSIVE:
        return sub
    riot = next((x for x in (sub, other) if SUB_EVENT_TO_TYPE.get(x) == "Riots"), None)
    if riot is not None and EXCESSIVE in (sub, other):
        return riot  # a riot's own violence (a mob's, a violent demonstration's) stays the riot
    last = len(precedence)
    return other if precedence.get(other, last) < precedence.get(sub, last) else sub


def _intervened(protest: Event, joined: list[Event], sub: str, force: Any) -> Event:
    """The demonstration with the intervention's sub-event, claims, losses and evidence; the
    intervening force fills an empty second actor (the protesters stay the first)."""
    claims = list(protest.fatality_claims)
    spans = list(protest.evidence)
    for event in joined:
        claims += [c for c in event.fatality_claims if c not in claims]
        spans += [x for x in event.evidence if x not in spans and x.field != "location"]
    update: dict[str, Any] = {
        "sub_event_type": sub,
        "event_type": SUB_EVENT_TO_TYPE[sub],
        "fatality_claims": tuple(claims),
        "fatalities": conservative(claims),
        "losses": protest.losses + tuple(x for e in joined for x in e.losses),
        "evidence": tuple(spans),
        "notes": "; ".join(
            filter(None, [protest.notes, "its intervention told in a following sentence"])
        ),
    }
    if sub != protest.sub_event_type:
        update["disorder_type"] = (
            "Political violence; Demonstrations" if sub == EXCESSIVE else "Demonstrations"
        )
    if sub == EXCESSIVE and force is not None and protest.actor2 is None:
        # ACLED: the force first, the protesters second
        update["actor1"], update["actor2"] = force, protest.actor1
        update["assoc_actors1"], update["assoc_actors2"] = (), protest.assoc_actors1
    elif protest.actor2 is None and force is not None:
        update["actor2"] = force
    return protest.model_copy(update=update)
