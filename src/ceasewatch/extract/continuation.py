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

Two towns, two days or two kinds of attack told one after the other stay two events. The
continuation's claims, losses and evidence join the earlier event (in a sentence of several
places, the one at the same place, else the first, where a toll is kept), which keeps its type,
place and date (but a more specific sub-event of a demonstration or an explosion: a protest the
police then broke up is a protest with intervention, ``merging.more_specific``); actors it left
unnamed are filled. What is left is merged over
the whole article (``merging``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch.extract.background import within
from ceasewatch.extract.lexicon import lower_words
from ceasewatch.extract.merging import DEMONSTRATIONS, actor_key, conservative, more_specific
from ceasewatch.extract.sentences import Sentence
from ceasewatch.model import SUB_EVENT_TO_TYPE, Event

# Sentences between the event and its toll: "X happened. Officials said ... . N were killed."
MAX_GAP = 2
DATA = Path(__file__).parent / "data" / "continuation.yaml"
# Event types that may be one event told in several sentences (rule 4).
FAMILIES = (
    frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    DEMONSTRATIONS,
)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subject pronouns that go on telling a person's past (rule 6): "In 1998 X led a coup. He was
# arrested ..."; "they" points back only to a past that told an event.
PERSONAL = frozenset({"he", "she"})


@dataclass(frozen=True)
class Cue:
    """Why a sentence reads as going on with an event already told (rule 1)."""

    kind: str  # "outcome", "noun" (an event or doer noun points back) or "pronoun"
    words: str = ""

    @property
    def note(self) -> str:
        if self.kind == "outcome":
            return "continued in a following sentence (an outcome told without its doer)"
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

    def recall(self, s: Sentence, retrospective: bool, dated: bool) -> None:
        """Rule 6, for every sentence in text order before ``add``: whether ``s`` (dated well
        before publication, or by a date of its own) tells the past the article is in."""
        marker = _timeline(s, self.words)
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

    def in_past(self, s: Sentence) -> bool:
        """``s`` goes on telling the past (rule 6): its events are none of the report's."""
        return self.past is not None and self.past.index == s.index and not self.past.after

    def add(self, s: Sentence, new: list[Event], events: list[Event]) -> None:
        """Each event of ``new`` joins the event it continues or is appended to ``events``;
        in a sentence that tells the past (rule 6, ``recall``) none is kept."""
        if self.in_past(s):
            return
        cue = continuation_cue(s, self.words) if s.index - self.index <= MAX_GAP else None
        fresh = []
        for event in new:
            target = self._target(s, event, events, cue)
            if target is None or cue is None:
                fresh.append(event)
            else:
                joined = attach([event], events[target], cue)
                events[target] = more_specific(joined, event, self.precedence)
                self.index = s.index
        if fresh:
            self.index, self.positions = s.index, list(range(len(events), len(events) + len(fresh)))
            events.extend(fresh)

    def _target(
        self, s: Sentence, event: Event, events: list[Event], cue: Cue | None
    ) -> int | None:
        """Rules 2-5 of the module docstring: the position of the event continued, or None."""
        if cue is None or event.hedged:
            return None
        if cue.kind == "outcome" and event.actor1 is not None:
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
    text = s.sent.text.lower()
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
    parse makes a subject."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return any(c.dep_ == "agent" for c in verb.children)
    return any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def _named_place(event: Event) -> str | None:
    loc = event.location
    if loc is None or not loc.reason.startswith("named"):
        return None
    return loc.name.lower()


def _place_name(event: Event) -> str | None:
    return event.location.name.lower() if event.location is not None else None


def _fits(event: Event, earlier: Event, cue: Cue) -> bool:
    """Rules 3-5 (the place is checked by the caller)."""
    if event.event_date != earlier.event_date or not _same_family(event, earlier):
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
