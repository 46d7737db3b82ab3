"""Stage 3, extract: article text -> coded events, relations and agreement mentions.

1. language: a non-English article is skipped with the reason (``Extraction.skipped``)
2. parse: paragraphs through spaCy + the KB entity ruler (nlp.py), piped in batches
3. per sentence, in text order: date and place context (events.py), triggers (triggers.py),
   roles (roles.py), places (places.py), numbers (numbers.py), claims (claims.py)
   a sentence that goes on telling the event before it joins that event (continuation.py)
4. relations (relations.py) and agreement mentions (agreements.py)
5. merge: one event per place per day per actor pair (merging.py); ids from the evidence; a
   chat export's post that a reply denies first tells none (chatreplies.py)

Every rule a domain expert tunes is in extract/data/*.yaml (lexicon.py reads them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ceasewatch.documentation import is_documentation
from ceasewatch.extract import desk, rights, statement
from ceasewatch.extract.agreements import AgreementReader
from ceasewatch.extract.chatreplies import without_denied
from ceasewatch.extract.continuation import Thread, continuation_cue
from ceasewatch.extract.events import (
    Context,
    merge,
    retrospective,
    sentence_events,
    toll_claims,
    update_context,
)
from ceasewatch.extract.lexicon import Lexicon, load_lexicon
from ceasewatch.extract.mentions import GOVERNMENT_PREFIX, actor_classes, owner_codes
from ceasewatch.extract.merging import unclaimed_tolls
from ceasewatch.extract.nlp import BATCH_SIZE, NLP_VERSION, Chunk, build_nlp, doc_text, parse_many
from ceasewatch.extract.places import MAIL_KEY, is_mail_text
from ceasewatch.extract.posts import THREAD_KEY
from ceasewatch.extract.relations import number, sentence_relations
from ceasewatch.extract.sentences import Sentence, Tables, read_sentence
from ceasewatch.extract.sheetrows import with_row_cells
from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.world import big_cities, plain_key
from ceasewatch.language import ENGLISH, read_language
from ceasewatch.model import (
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    LIVE_NOTE,
    SUB_EVENT_TO_TYPE,
    THREAD_NOTE,
    Article,
    Event,
    Extraction,
    Relation,
)

# v5: session 11 (tolls in doers' phrases, riots, group changes, vehicle owners, connectors)
# v10: session 15 (ambushes by their victims, shared passive agents, labour strikes, takings by
# armed people; a person beside a figure, notes' verbless tolls)
# v11: session 16 (killings by their manner, a place's container no second event, protests
# told by rally/gather/walk with a demand, force at a demonstration, communities fighting)
# v12: session 17 (people taken by plain words, a group's men, crowds that catch and beat, vague
# tolls in a sentence of their own, aircraft by model)
# v13: session 18 (modal, negated and planned clauses, anniversaries and detention states no new
# event; murder/assassinate as killings; suspects seized by crowds; a named person seized)
# v14: session 19 (the two sides of "fighting between A and B"; one event told twice merged after
# geocoding; "last December"; no event from efforts, quoted presents, states lasting years)
# v15: session 20 (days relative to the last date told, a statement's weekday yields, live-blog
# entries; modality rules 10-15; protests without a demand, partisan mob violence; defence verbs
# and weapon owners; "the X suburb/port of Y")
# v16: session 21 (one event told twice: near/in one place, a unit and the place it holds, a
# statement's retelling, a lead dated by its statement; modality rules 16-19, calls and appeals,
# background dated by "of"; a source's speaking place no event place; "through"; bandits armed)
# v17: session 22 (named days date only what nothing else dates; days after the last date told
# with no publication date; a doer's toll in the next clause, raising verbs; riots told by their
# intervention, bases, looting, transfers, mob violence with sticks and stones; lone institution
# words no place)
# v18: session 23 (a month named alone well before publication recalls the past; officers hurt at a
# protest just told are its violence; a row's dd/mm; counted lists over a period are tallies;
# posts: a clock is no name, corrections and denied rumours no event, a capitals place tag;
# 'neutralised' counts dead; drone tear gas in war a chemical weapon; a protest's demands are
# its topic; flash mobs)
# v19: session 23, late (a table row's place is its location cell; a toll update in a later post
# updates its event; an attack's end no change of its own; labour strikes no air strike)
# v21: session 25 (a log row's killed cell; spoken dates; rights documents' framing and late dates;
# threads' denials and old videos; titles continued by "on" are no place; labour strikes)
# v22: session 26 (a region as its town's address and a clash told again are no second event;
# announced protests, diplomatic protests, crime arrests, relief deployments and withdrawals no
# event; undated documents' weekdays read against the date told; a desk's guidance and labels no
# event, SAF/IDF as fire; denied chat posts; a place label's clause keeps its subject)
# v23: session 27 (a statement's numbered points and own voice; euphemisms of killing; arrests at a
# gathering a protest's intervention; secret detention a disappearance; tallies over a period,
# memories and expected acts no event; one demonstration per sentence and place; crossfire deaths
# join their clash; two armed groups of one noun; subtitles' captions)
# v24: session 28 (protests in gathering and regional words, a sit-in held is done, tractors
# against a measure, air defence downing drones; a shootout a clash; abduction with killing or
# wounding the attack; less-lethal words an intervention; a crowd's lynching an event)
# v25: session 29 (violence by or to people is never "nobody"; a chained verb takes its subject;
# a weapon named as the means types the act; mortars with small arms a clash; an attack on a post
# told as a noun; address chains one place; comparisons, conditions and calls no event; tolls:
# burned alive is dead, an unknown toll leaves claims uncoded, "incl."; hired killers armed)
# v27: session 31 (armed groups' decreed bans and curfews; handovers of posts, moving in under a
# deal; fire as a noun on positions; a march as the head; blockades, petitions, land occupations;
# a place label before a colon no subject; "came under attack from"; an operation's agent)
# v28: session 32 (the reader's recall fallback on notes the rules give no event; trigger lookup
# by written form and lemma; a denial does not reach across a semicolon; gatherings pressing a
# demand; a verb done to nobody; traded shots, human chains; two sides sharing one noun; a named
# force before its members; a toll naming both sides; an answering clash joins its battle; a war
# as a clause's setting is background)
# v34: session 38 (a crowd clashing with the state's forces is a riot: the forces after "with"
# are the side it met, plural civilians with no arms named riot, fans named by their club a
# crowd; the session's speed work changed no output)
# v35: session 39 (a fight word's gerund parsed as a noun's modifier acts on that noun, so
# "fighting global corruption" is no battle; an army's infantry or detachment stands for the
# army; the session's code health changed no output)
# v38: session 41 ("between the army and RSF paramilitaries": a modifier with its own determiner
# is the first party; withdraw / pull out by a civil body or from a treaty no move of an armed
# group; an "on" phrase after verbs of finding is where the thing was; a standing charge is
# background; an owner's code before a unit or weapon noun owns it; "the fight against X has ..."
# is a campaign, no incident)
# v39: session 42 (an interception's weapon and its debris are the interception; "the scene of
# the airstrike" no new strike; a rescue dispatched no move; "KAB" a weapon; a toll clause read
# as a past tense and "to death" on a reduced relative; figures of each side's dead told by
# different sources added, not the smallest taken)
# v40: session 43 (a toll told as grown is the event's toll, a running total none; a death
# participle on the counted noun and "dead" on the figure are the figure's own words; a camp or
# convoy a civilians' word qualifies is civilians'; party supporters fighting with street
# weapons riot; a place name holding a country word kept whole)
# v41: session 44 (vague quantities with their article; khwarij, "AS"; coder's outcome lists)
# v42: session 45 (a rally against prices a protest; shots into the air an intervention; "dead"
# after a killing verb no object; a counted toll clause joined to the one before, or told
# before a verb of blaming, the dead; the fallback reads the act's clause, not the blame verb;
# a past tense tagged as a noun with subject and object a verb)
STAGE = "extract.v45"
ISSUING_VERBS = frozenset({"announce", "declare", "release", "publish", "post", "show"})
# Below this many letters the language guess is noise; such texts are read as English.
MIN_LANGID_CHARS = 40


class Extractor:
    """The heavy part of extraction (spaCy pipeline, rule tables), built once."""

    def __init__(self, actors: ActorKB, nlp: Any = None, lexicon: Lexicon | None = None) -> None:
        self.actors = actors
        self.lexicon = lexicon or load_lexicon()
        self.nlp: Any = nlp if nlp is not None else build_nlp(actors)
        lex = self.lexicon
        self.tables = Tables(
            lex=lex,
            classes=actor_classes(actors),
            countries=_country_names(actors),
            # Reporting verbs end the search for an initiator ("activists said clashes...");
            # an actor announcing or declaring its own operation is still its initiator.
            stop_verbs=(lex.hedging_verbs | lex.neutral_verbs) - ISSUING_VERBS,
            relation_cues=_relation_cues(lex),
            governments=frozenset(
                a.id for a in actors.actors.values() if a.name.startswith(GOVERNMENT_PREFIX)
            ),
            owner_codes=owner_codes(actors),
        )
        self.version = f"{STAGE}+{NLP_VERSION}"


def _country_names(actors: ActorKB) -> frozenset[str]:
    """KB names of states that are also places ("Turkey", "Syria"): one word, state actor; or a
    big city of the state's own country that stands for its government ("Tel Aviv": "rallied in
    Tel Aviv" is the city; issue 9, session 21)."""
    cities = big_cities()
    names: set[str] = set()
    for actor in actors.actors.values():
        if actor.type in ("state forces", "external/other forces") and actor.country:
            for n in (actor.name, *actor.aliases):
                if " " not in n or actor.country in cities.get(plain_key(n), ()):
                    names.add(n.lower())
    return frozenset(names)


def _relation_cues(lex: Lexicon) -> frozenset[str]:
    """Words without which a sentence holds no relation: cheap test before parsing roles."""
    rel = lex.relations
    keys = ("declaring_verbs", "joining_verbs", "supply_verbs")
    words = {str(w).lower() for k in keys for w in rel[k]}
    return frozenset(words | {"support", "back", "sponsor", "alongside", "with"})


def load_extractor(actors: ActorKB) -> Extractor:
    return Extractor(actors)


def skip_reason(article: Article) -> str | None:
    """Why an article is not extracted (not English, no text), or None."""
    if not article.text.strip():
        return "empty text"
    language = article.language
    if language is None and len(article.text) >= MIN_LANGID_CHARS:
        language = read_language(article.text[:2000])
    if language and language not in ENGLISH:
        return f"language: {language} (only English is extracted)"
    return None


# "On 3 May 2023, militants attacked ...": a coder's note opens with the date of its own
# sentence, not with a dateline; blanked, the sentence would take a later date it gives
# ("(between 27 February and 30 March)", "... rejected in October") for the event's.
_OWN_DATE = re.compile(r"\s*on\s+(?:the\s+)?(?:\d|[A-Z][a-z]+\s+\d)", re.IGNORECASE)


def _report_text(article: Article) -> str:
    """The text spaCy reads: the article's, with its dateline (metadata clean already read)
    blanked to spaces of the same length, so that every offset still points into the text.
    A body that opens "On <date>, ..." keeps it: that date is its first sentence's own."""
    end = article.dateline_end
    if not end or end > len(article.text) or _OWN_DATE.match(article.text):
        return article.text
    head = "".join(c if c == "\n" else " " for c in article.text[:end])
    return head + article.text[end:]


def _outcome_only(s: Sentence, thread: Thread) -> bool:
    """Every event word of ``s`` tells an outcome without its doer (continuation rule 1)."""
    cue = continuation_cue(s, thread.words)
    return cue is not None and cue.kind == "outcome"


def _safe_extract(article: Article, chunks: list[Chunk], extractor: Extractor) -> Extraction:
    """A rule that breaks on one article's odd parse must not take the batch down: the
    article is recorded as skipped with the error, and the others go on."""
    try:
        return _extract_chunks(article, chunks, extractor)
    except Exception as exc:  # any rule failure is recorded with the article, never raised
        reason = f"failed: {type(exc).__name__}: {exc}"
        return Extraction(article_id=article.id, skipped=reason, stage=STAGE)


# A rights document's sentences that frame its incidents and tell none (extract/rights.py).
FRAMES_ONLY = frozenset({"recall", "tally", "reply"})
# How many sentences back a qualification reaches its incident.
QUALIFIES_BACK = 2


def _requalify(events: list[Event], made_at: int, index: int, text: str) -> None:
    """A legal qualification names the sub-event of the incident just told (extract/rights.py):
    the events of the latest sentence that made any, at most ``QUALIFIES_BACK`` sentences
    before, take it."""
    if not events or index - made_at > QUALIFIES_BACK or events[-1].sentence is None:
        return
    told = events[-1].sentence.start
    for k, event in enumerate(events):
        if event.sentence is None or event.sentence.start != told:
            continue
        sub = rights.requalified(event.sub_event_type, text)
        if sub is None:
            continue
        event_type = SUB_EVENT_TO_TYPE[sub]
        note = f"{event.notes}; " if event.notes else ""
        events[k] = event.model_copy(
            update={
                "sub_event_type": sub,
                "event_type": event_type,
                "disorder_type": DISORDER_BY_SUB_EVENT.get(sub)
                or DISORDER_BY_EVENT_TYPE[event_type],
                "notes": f"{note}qualified by the document as {sub}: {text.strip()[:80]}",
            }
        )


def _extract_chunks(article: Article, chunks: Iterable[Chunk], extractor: Extractor) -> Extraction:
    tables = extractor.tables
    documentation = is_documentation(article.text, article.notes)
    # a human-rights document has its own frame rules (extract/rights.py): never a statement's
    on_statement = statement.read_as_statement(article.notes) and not documentation
    ctx = Context(
        article_id=article.id,
        published=article.published,
        rows=tuple(r.start for r in article.rows),
        points=statement.point_starts(article.text) if on_statement else (),
        live=any(n.startswith(LIVE_NOTE) for n in article.notes),
        documentation=documentation,
    )
    events: list[Event] = []
    relations: list[Relation] = []
    agreements = AgreementReader(article.id, article.source, tables)
    thread = Thread(tables.lex.precedence, tables=tables)
    index = 0
    mail = is_mail_text(article.text)
    # a text clean/thread.py read as a thread or chat export: its posts' town tags
    chat = any(n.startswith(THREAD_NOTE) for n in article.notes)
    made_at = -10  # the index of the last sentence that made events
    # a security desk's document (clean/desk.py): its guidance tells no incident (extract/desk.py)
    on_desk = desk.read_as_desk(article.notes)
    fire = desk.fire_abbreviations(article.text) if on_desk else frozenset()
    advising = False  # inside a desk's section of guidance
    for chunk in chunks:
        desk.drop_fire_entities(chunk.doc, fire)
        if on_desk:
            if desk.guidance_heading(doc_text(chunk.doc)):
                advising = True
                continue
            if desk.heading(doc_text(chunk.doc)):
                advising = False
            elif advising:
                continue
        chunk.doc.user_data[MAIL_KEY] = mail  # a digest's item labels (extract/places.py)
        chunk.doc.user_data[THREAD_KEY] = chat
        if ctx.documentation and rights.frame_paragraph(doc_text(chunk.doc)):
            continue  # a rights document's methodology or recommendations
        for sent in chunk.doc.sents:
            s = read_sentence(sent, chunk.offset, index, tables)
            index += 1
            framing = rights.frame(sent) if ctx.documentation else None
            if framing in FRAMES_ONLY:
                # a rights document's recap, tally or reply: no incident, no date context
                thread.recall(s, True, False)
                continue
            if framing == "qualification":
                _requalify(events, made_at, index - 1, sent.text)
                continue
            if on_desk and desk.no_incident(sent):
                continue  # a desk's guidance, assessment, label or ongoing situation
            if on_statement and statement.no_incident(sent):
                continue  # an official statement's own voice, a warning, the situation
            reading = update_context(s, ctx, tables)
            past = retrospective(reading, ctx, tables)
            thread.recall(s, past, reading is not None and not past)
            # a sentence without triggers may still tell how a protest was met (continuation)
            made = sentence_events(s, ctx, tables, reading) if s.hits else []
            if ctx.documentation:
                made = [e for e in made if not rights.released(e)]
            if made:
                made_at = index - 1
            thread.add(s, made, events)
            if not made and (not s.hits or _outcome_only(s, thread)):
                # "56 dead.", or a killing that names nobody: the toll of the event before
                thread.add_toll(s, toll_claims(s, tables), events)
            if s.lemmas & tables.relation_cues:
                date = ctx.date[0] if ctx.date else article.published
                relations.extend(sentence_relations(s, tables, article.id, date))
            agreements.feed(s)
    if on_statement:  # a claim with no place (a front's daily tally, "in recent weeks")
        events = statement.placed(events)
    return Extraction(
        article_id=article.id,
        events=tuple(
            with_row_cells(
                unclaimed_tolls(
                    merge(without_denied(events, article), article.id, tables.lex.precedence),
                    article.text,
                    tables.lex.unknown_toll,
                ),
                article.rows,
            )
        ),
        relations=tuple(number(relations, article.id)),
        agreement_mentions=tuple(agreements.finish()),
        stage=STAGE,
    )


def extract(article: Article, extractor: Extractor) -> Extraction:
    """Events, relations and agreement mentions of one article."""
    return next(extract_many([article], extractor))


def extract_many(
    articles: Sequence[Article], extractor: Extractor, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction]:
    """``extract`` over many articles, parsing them in batches (faster than one by one)."""
    todo = []
    for article in articles:
        reason = skip_reason(article)
        if reason is not None:
            yield Extraction(article_id=article.id, skipped=reason, stage=STAGE)
        else:
            todo.append(article)
    by_id = {a.id: a for a in todo}
    current: str | None = None
    chunks: list[Chunk] = []
    pairs = ((a.id, _report_text(a)) for a in todo)
    for key, chunk in parse_many(extractor.nlp, pairs, batch_size=batch_size):
        if key != current and current is not None:
            yield _safe_extract(by_id[current], chunks, extractor)
            chunks = []
        current = key
        chunks.append(chunk)
    if current is not None:
        yield _safe_extract(by_id[current], chunks, extractor)


__all__ = ["STAGE", "Extractor", "extract", "extract_many", "load_extractor", "skip_reason"]
