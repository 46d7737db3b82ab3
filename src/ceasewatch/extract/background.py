"""Background and retrospective wording: war totals and period counts that are not events.

ACLED codes events (one place, one day), never the running total of a war. News reports end
with context such as "the conflict has killed more than 300,000 people since 2011"; coded as an
event, such a figure becomes the article's deadliest "event". A clause is background when

1. it has a "since" phrase or clause that dates the start of a period ("since 2011", "since the
   war began"), unless the period is a matter of hours or days ("since dawn", "since Monday");
2. its subject is the conflict itself ("the war has killed", "a conflict that has claimed");
3. it counts over a long period ("over the past five years", "in the last month"), or it is in
   the perfect ("have been killed") and set in the conflict as a whole ("in the war", "so far
   this year").
An event noun dated by a year ("the 2013 chemical attack") is a past event recalled, and so is
a clause describing a noun that a year dates ("al Shabaab, founded in 2006, ...", "the town,
which rebels took in 2019, ...") or a clause a lone year dates ("In 2019, China signed ..."):
its trigger is no event and its year not the sentence's date.
Coordinated clauses share a "since": "300,000 have been killed and millions displaced since
2011" is background as a whole. An act named only to describe the people accused of it
("two men accused of child kidnapping", "a man suspected of attacking a police post",
"arrested on charges of kidnapping") is an allegation about them, not an event of the report:
the phrase under such a participle or noun is background.

Triggers and figures inside a background clause make no event and no toll, and dates inside it
do not become the article's date context. The words are in data/triggers.yaml (``background``).

Its ``non_events`` part (``NonEventWords``) holds the words of the sense check that keeps text
reporting no political violence, protest or strategic development from yielding events
(extract/triggers.py ``unrealised``, ``named``; extract/events.py ``senseless``): a "tariff
fight", a "legal battle", "houses destroyed by floods", an "arrest warrant", "a free trade
agreement" are not ACLED events.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ceasewatch.pastacts import CUES as PAST_CUES
from ceasewatch.pastacts import past_or_habitual

# Dependents of an event noun that may date it or make it habitual ("the 2013 attack", "last
# month's bombings", "previous attacks").
NOUN_MODIFIERS = frozenset({"nummod", "compound", "npadvmod", "amod", "poss", "det"})

# Participles and nouns that describe people by an act alleged against them ("two men accused
# of child kidnapping", "held on suspicion of murder"): the act under their "of", "with" or
# "for" is no event of the report. Lemmas; the participle only as a noun's modifier (acl), so
# that "the army accused the RSF of shelling the market" (a claim about the reported event)
# still reports the shelling. Source: the ceasewatch team's reading of ACLED's codebook (an
# event is an act the report tells; an accusation is a claim about people) and of notes-style
# coding ("a mob lynched two men accused of ...").
ALLEGING_PARTICIPLES = frozenset({"accuse", "suspect", "convict", "charge", "indict"})
ALLEGING_NOUNS = frozenset({"charge", "accusation", "allegation", "suspicion"})
ALLEGING_PREPS = frozenset({"of", "with", "for"})

# Relative pronouns through which a relative clause's subject is its head noun ("a war that has
# killed ...": the war).
RELATIVE = frozenset({"that", "which", "who"})


@dataclass(frozen=True)
class NonEventWords:
    """data/triggers.yaml ``background.non_events``, lower case (see the module docstring)."""

    # Trigger words (first lemma) with an everyday figurative sense ("fight diabetes", "legal
    # battle", "technological advances"): an event only in a security context.
    figurative: frozenset[str] = frozenset()
    # Sub-event types that are events only in a security context whatever the word ("signed a
    # free trade agreement", "hand over control of the islands" are not ACLED developments).
    context_subs: frozenset[str] = frozenset()
    # Lemmas that make a security context: armed people, weapons, conflict and its settlement.
    security: frozenset[str] = frozenset()
    # Heads of actor mentions that are civil offices, not forces ("the government" does not
    # make "the fight against diabetes" a battle).
    civil: frozenset[str] = frozenset()
    # Words under which a trigger did not (yet) happen: "arrest warrant", "ordered the arrest",
    # "hope to round up", "rates of sexual violence".
    unrealised: frozenset[str] = frozenset()
    # spaCy entity labels of proper names a trigger word may be part of ("Mike Lynch").
    name_labels: frozenset[str] = frozenset()
    # Fight words read by their own complement (extract/figurative.py): the nouns, the
    # modifiers that make them figurative, the prepositions whose objects decide, and objects
    # that keep them literal.
    figurative_nouns: frozenset[str] = frozenset()
    figurative_modifiers: frozenset[str] = frozenset()
    figurative_preps: frozenset[str] = frozenset()
    literal_objects: frozenset[str] = frozenset()
    # Modifiers of a trigger noun that say it has not happened yet ("a planned rally", "an
    # upcoming protest", "a possible attack").
    unrealised_modifiers: frozenset[str] = frozenset()
    # Nouns a protest word may qualify without telling a protest ("protest leaders", "the
    # protest movement", "a protest song").
    protest_compound_heads: frozenset[str] = frozenset()
    # A sentence whose main verb is a court's act ("sentenced", "convicted", "charged ...
    # with") or whose subject is a court tells of a trial: the violence it names is what the
    # trial is about, reported (or not) elsewhere.
    judicial_verbs: frozenset[str] = frozenset()
    judicial_subjects: frozenset[str] = frozenset()
    # Verbs of a reaction whose object names an event told elsewhere ("condemned the attack").
    reaction_verbs: frozenset[str] = frozenset()
    # A trigger told as not done, recalled, or a detention state (extract/modality.py): modal
    # auxiliaries of its clause, verbs realising it that a negation denies, verbs of occurring
    # a subject trigger climbs through, verbs that only doubt the report, nouns that recall a
    # past event, and modifiers that make an arrest word a state ("house arrest").
    clause_modals: frozenset[str] = frozenset()
    realising_verbs: frozenset[str] = frozenset()
    occurring_verbs: frozenset[str] = frozenset()
    doubting_verbs: frozenset[str] = frozenset()
    recalling_nouns: frozenset[str] = frozenset()
    detention_states: frozenset[str] = frozenset()
    # Weapon nouns and the verbs that name them as things made, traded or owned.
    weapon_nouns: frozenset[str] = frozenset()
    weapon_trade_verbs: frozenset[str] = frozenset()
    # Verbs of an effort under way and verbs through which a definite trigger noun refers back
    # to an event told elsewhere (extract/modality.py ``effort``, ``referred``).
    effort_verbs: frozenset[str] = frozenset()
    referring_verbs: frozenset[str] = frozenset()
    # Session 20 (extract/modality.py rules 10-14): a show of arms (a parade, an exercise) and
    # the harm words that still make its sentence an event; the forces of nature that kill or
    # burn; the words of disaster relief a deployment serves; verbs of people fleeing from an
    # event told elsewhere; predicates judging an act's likelihood; what makes a deal trade.
    display_nouns: frozenset[str] = frozenset()
    harm_words: frozenset[str] = frozenset()
    natural_agents: frozenset[str] = frozenset()
    relief_words: frozenset[str] = frozenset()
    fleeing_verbs: frozenset[str] = frozenset()
    likelihood_words: frozenset[str] = frozenset()
    trade_modifiers: frozenset[str] = frozenset()
    legal_nouns: frozenset[str] = frozenset()
    # Session 21 (extract/modality.py rules 16-19): fighting that describes people, equipment
    # a trigger names the kind of, counts over a period, verbs of living with violence.
    describing_fight_verbs: frozenset[str] = frozenset()
    equipment_nouns: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    period_words: frozenset[str] = frozenset()
    experiencing_verbs: frozenset[str] = frozenset()
    counting_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    exposure_words: frozenset[str] = frozenset()
    # Session 26 (quiet26, extract/quiet.py): verbs that announce a protest still to come
    # ("announced a march for Saturday"); words of a diplomatic protest (its verbs, its
    # modifiers, its addressees); goods of disaster relief a deployment or a state of
    # emergency serves.
    announcing_verbs: frozenset[str] = frozenset()
    diplomatic_protest_verbs: frozenset[str] = frozenset()
    diplomatic_protest_modifiers: frozenset[str] = frozenset()
    diplomatic_addressees: frozenset[str] = frozenset()
    relief_goods: frozenset[str] = frozenset()
    # Ordinary crimes: an arrest told for one, with no armed group named, is police work
    # ACLED does not code.
    crime_words: frozenset[str] = frozenset()
    # Units of a gap long enough that an event dated by it is a past one ("months after deadly
    # protests"): the report recalls it.
    long_gap_units: frozenset[str] = frozenset()
    # Session 27 (quiet27, extract/quiet.py): a span a clause sums ("over the past week", "in
    # recent months", "for years"); verbs of an act still expected, a protest planned or
    # called for a later day.
    span_units: frozenset[str] = frozenset()
    span_modifiers: frozenset[str] = frozenset()
    expecting_verbs: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()


def _low(doc: dict[str, Any], key: str) -> frozenset[str]:
    # lexicon's one reader of word lists; imported here, not at the top, because lexicon
    # imports this module for BackgroundWords
    from ceasewatch.extract.lexicon import lower_words

    return lower_words(doc.get(key))


def read_non_events(doc: dict[str, Any]) -> NonEventWords:
    def low(key: str) -> frozenset[str]:
        return _low(doc, key)

    def exact(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in doc.get(key, ()))

    return NonEventWords(
        figurative=low("figurative"),
        context_subs=exact("context_subs"),
        security=low("security"),
        civil=low("civil"),
        unrealised=low("unrealised"),
        name_labels=exact("name_labels"),
        figurative_nouns=low("figurative_nouns"),
        figurative_modifiers=low("figurative_modifiers"),
        figurative_preps=low("figurative_preps"),
        literal_objects=low("literal_objects"),
        unrealised_modifiers=low("unrealised_modifiers"),
        protest_compound_heads=low("protest_compound_heads"),
        judicial_verbs=low("judicial_verbs"),
        judicial_subjects=low("judicial_subjects"),
        reaction_verbs=low("reaction_verbs"),
        clause_modals=low("clause_modals"),
        realising_verbs=low("realising_verbs"),
        occurring_verbs=low("occurring_verbs"),
        doubting_verbs=low("doubting_verbs"),
        recalling_nouns=low("recalling_nouns"),
        detention_states=low("detention_states"),
        weapon_nouns=low("weapon_nouns"),
        weapon_trade_verbs=low("weapon_trade_verbs"),
        effort_verbs=low("effort_verbs"),
        referring_verbs=low("referring_verbs"),
        display_nouns=low("display_nouns"),
        harm_words=low("harm_words"),
        natural_agents=low("natural_agents"),
        relief_words=low("relief_words"),
        fleeing_verbs=low("fleeing_verbs"),
        likelihood_words=low("likelihood_words"),
        trade_modifiers=low("trade_modifiers"),
        legal_nouns=low("legal_nouns"),
        describing_fight_verbs=low("describing_fight_verbs"),
        equipment_nouns=low("equipment_nouns"),
        count_nouns=low("count_nouns"),
        period_words=low("period_words"),
        experiencing_verbs=low("experiencing_verbs"),
        counting_verbs=low("counting_verbs"),
        naming_verbs=low("naming_verbs"),
        exposure_words=low("exposure_words"),
        announcing_verbs=low("announcing_verbs"),
        diplomatic_protest_verbs=low("diplomatic_protest_verbs"),
        diplomatic_protest_modifiers=low("diplomatic_protest_modifiers"),
        diplomatic_addressees=low("diplomatic_addressees"),
        relief_goods=low("relief_goods"),
        crime_words=low("crime_words"),
        long_gap_units=low("long_gap_units"),
        span_units=low("span_units"),
        span_modifiers=low("span_modifiers"),
        expecting_verbs=low("expecting_verbs"),
        planning_verbs=low("planning_verbs"),
        calling_verbs=low("calling_verbs"),
    )


@dataclass(frozen=True)
class BackgroundWords:
    """data/triggers.yaml ``background``, lower case."""

    conflict_nouns: frozenset[str]  # nouns naming a whole conflict, not one event
    # nouns naming a campaign by its "against" ("the fight against al-Shabab")
    campaign_nouns: frozenset[str]
    short_periods: frozenset[str]  # "since dawn": a period this short is one event's time
    long_units: frozenset[str]  # "over the past five years": periods counted in these units
    period_preps: frozenset[str]  # prepositions that open a period or setting
    cues: frozenset[str]  # lemmas without which a sentence cannot be background (prefilter)
    retrospective_days: int = 30  # a sentence dated further back recalls a past event
    non_events: NonEventWords = NonEventWords()  # the sense check's words


def read_words(doc: dict[str, Any]) -> BackgroundWords:
    def low(key: str) -> frozenset[str]:
        return _low(doc, key)

    nouns, units = low("conflict_nouns"), low("long_units")
    return BackgroundWords(
        conflict_nouns=nouns,
        campaign_nouns=low("campaign_nouns"),
        short_periods=low("short_periods"),
        long_units=units,
        period_preps=low("period_preps"),
        cues=nouns | units | low("campaign_nouns") | {"since"},
        retrospective_days=int(doc.get("retrospective_days", 30)),
        non_events=read_non_events(doc.get("non_events") or {}),
    )


def _perfect(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _long_since(since: Any, words: BackgroundWords) -> bool:
    """A "since" phrase or clause starting a period longer than a day or two."""
    phrase = since.head if since.dep_ == "mark" else since
    return not any(
        t.lemma_.lower() in words.short_periods or t.lower_ in words.short_periods
        for t in phrase.subtree
    )


def _has_long_since(tok: Any, words: BackgroundWords) -> bool:
    for child in tok.children:
        if child.lower_ == "since" and child.dep_ == "prep" and _long_since(child, words):
            return True
        if child.dep_ in ("advcl", "prep"):
            marks = [c for c in child.children if c.lower_ == "since" and c.dep_ == "mark"]
            if marks and _long_since(marks[0], words):
                return True
    return False


def _conflict_subject(tok: Any, words: BackgroundWords) -> bool:
    for child in tok.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lemma = child.lemma_.lower()
        if lemma in words.conflict_nouns:
            return True
        if lemma in words.campaign_nouns and _perfect(tok) and _campaign(child):
            return True
        if lemma in RELATIVE and tok.dep_ == "relcl":
            return str(tok.head.lemma_).lower() in words.conflict_nouns
    return False


def _campaign(noun: Any) -> bool:
    """ "The fight against al-Shabab militants", "the campaign against the cartels": a definite
    fight noun named by whom it is against, a campaign (with a perfect: its running effect)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in noun.children
    )


def _long_setting(tok: Any, words: BackgroundWords) -> bool:
    """Perfect clause set in the whole conflict or a long period ("have died in the war",
    "have been killed over the past three years", "in which 5,000 have been killed")."""
    if not _perfect(tok):
        return False
    if tok.dep_ == "relcl" and str(tok.head.lemma_).lower() in words.conflict_nouns:
        return True
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.period_preps:
            continue
        for pobj in prep.children:
            lemma = pobj.lemma_.lower()
            if lemma in words.conflict_nouns or lemma in words.long_units:
                return True
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in words.long_units for c in tok.children)


def background_roots(sent: Any, lemmas: frozenset[str], words: BackgroundWords) -> list[Any]:
    """Clause heads of the sentence whose whole subtree is background (see module docstring)."""
    if (
        not lemmas & words.cues
        and not lemmas & PAST_CUES
        and not lemmas & (ALLEGING_PARTICIPLES | ALLEGING_NOUNS)
        and not any(len(w) == 4 and w.isdigit() for w in lemmas)
        and not lemmas & ERA_NOUNS
    ):
        return []
    roots = [
        tok
        for tok in sent
        if tok.pos_ in ("VERB", "AUX", "NOUN")
        and (
            _dated_past(tok)
            or _alleged(tok)
            or _habitual(tok)
            or _dated_clause(tok)
            or _of_past(tok)
            or _has_long_since(tok, words)
            or _long_period(tok, words)
            or (tok.pos_ != "NOUN" and _conflict_subject(tok, words))
            or (tok.pos_ != "NOUN" and _long_setting(tok, words))
            or _war_setting(tok)
            or _generic_accusation(tok)
            or _long_after(tok)
        )
    ]
    return roots + [v for r in roots if (v := _shared_frame(r)) is not None]


# Session 32 (prec32): nouns naming a whole war, and the determiners that make it one known to
# the reader ("in that war", "in the Tigray war", "during Ethiopia's civil war").
WHOLE_WARS = frozenset({"war", "conflict"})
KNOWN_DETERMINERS = frozenset({"the", "that", "this", "those", "these"})


def _war_setting(tok: Any) -> bool:
    """Session 32 (prec32): a clause whose act is set in a whole war, with no day of its own
    ("militias that fought alongside the army in that war", "soldiers killed in the Tigray war",
    "whose relatives went missing during the civil war"), tells a part in the war, not one
    event: ACLED codes an event at one place on one day, and a war is neither. The perfect is
    read by ``_long_setting``; this is the simple past. A day of the clause's own ("killed in
    the war on Monday") keeps it an event."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    # the parse may hang the phrase on the verb's object ("fought the rebels in that war")
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    for prep in [*tok.children, *(c for o in objects for c in o.children)]:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        wars = [
            p
            for p in prep.children
            if p.dep_ == "pobj"
            and p.lemma_.lower() in WHOLE_WARS
            and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in KNOWN_DETERMINERS)
                for c in p.children
            )
        ]
        # the war's own modifiers may date it ("the 1998-2000 war"); any other date words in
        # the clause give it a day
        naming = {t.i for w in wars for c in w.lefts for t in c.subtree}
        if wars and not any(
            t.ent_type_ in ("DATE", "TIME") and t.i not in naming for t in tok.subtree
        ):
            return True
    return False


# Session 33 (prec33): the verb of a side's accusation, whose "of" names the act it blames on
# the other side ("accused the army of bombing villages").
ACCUSING_VERBS = frozenset({"accuse"})
# What makes an accused act one incident: a determiner, a possessive or a count on its object
# ("of shelling the market", "of killing four farmers").
_SPECIFIC_DEPS = frozenset({"det", "poss", "nummod"})


def _generic_accusation(tok: Any) -> bool:
    """Session 33 (prec33): the act under a side's accusation ("X accused Y of ...", "while
    accusing the army of bombing villages", "accused the navy of shelling fishermen") is a
    claim of a practice, not an event, when nothing makes it one incident: no day or time, no
    count, and its object (if any) a bare plural ("villages", "civilians"). ACLED codes an
    event at one place on one day; a side's charge that its enemy bombs villages names
    neither. A specific act stays what the report tells ("accused the rebels of shelling the
    market", "of killing four farmers near X on Monday": a claim of one incident, which the
    ``_alleged`` reading of module docstring leaves an event), and so does a noun's participle
    ("men accused of ...", read by ``_alleged``)."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep" or tok.head.lower_ != "of":
        return False
    holder = tok.head.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING_VERBS:
        return False
    if verb.dep_ == "acl":  # "men accused of ...": ``_alleged``
        return False
    act = list(tok.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "NUM" for t in act):
        return False
    if _standing_charge(verb):
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else [tok]
    return all(
        o.tag_ == "NNS" and not any(c.dep_ in _SPECIFIC_DEPS for c in o.children) for o in objects
    )


def _standing_charge(verb: Any) -> bool:
    """story41 (session 41): "the group has been fighting an insurgency, accusing the
    government of robbing the province of its resources": a participle clause shares the time
    of the clause it hangs on, and a perfect progressive ("has been fighting") tells an
    activity over a period, so the charge is a standing one, whatever its object (a day or a
    count in the act still makes it one incident, read before): no act of one day (ACLED codes
    an event at one place on one day)."""
    main = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and _perfect(main)
        and main.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ == "been" for c in main.children)
    )


def _dated_past(tok: Any) -> bool:
    """ "the 2013 chemical attack", "last month's bombings", "previous attacks": an event noun
    its modifiers place before the report (or make one of many) is a past event the report
    recalls, not one it reports (``pastacts.past_or_habitual``, the test resolve's claims
    make too)."""
    if tok.pos_ != "NOUN":
        return False
    mods = [c for c in tok.children if c.dep_ in NOUN_MODIFIERS and c.i < tok.i]
    return bool(mods) and past_or_habitual(_words(tok.doc, min(c.left_edge.i for c in mods), tok.i))


def _alleged(tok: Any) -> bool:
    """ "men accused of child kidnapping", "a suspect charged with murder", "held on suspicion
    of attacking": a participle modifying a noun, or an accusation noun, with the alleged act
    under its preposition (module docstring)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        alleging = tok.dep_ == "acl" and lemma in ALLEGING_PARTICIPLES
    else:
        alleging = tok.pos_ == "NOUN" and lemma in ALLEGING_NOUNS
    return alleging and any(
        c.dep_ == "prep"
        and c.lower_ in ALLEGING_PREPS
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in tok.children
    )


def _habitual(tok: Any) -> bool:
    """ "Al Shabaab frequently attacks bases", "it has previously seized the town": a verb of
    habit or of an earlier time tells no event of the report."""
    # "past" is an adjective of time ("past attacks") but an adverb of motion: "as a family
    # cycled past", "drove past the checkpoint" (issue 9, session 14)
    adverbs = [c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ != "past"]
    return tok.pos_ in ("VERB", "AUX") and bool(adverbs) and past_or_habitual(adverbs)


def _dated_clause(tok: Any) -> bool:
    """A clause dated by a lone year: a relative or participial clause on a noun ("founded in
    2006", "which it seized in 2019") or a clause of its own ("In 2019, China signed a free
    trade agreement with Mauritius"): what it says happened then, not in the report (a report
    dates its own events by day; a year alone recalls the past)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "during")
        and year.like_num
        and past_or_habitual(_words(tok.doc, year.i, year.i + 1))
        for prep in tok.children
        for year in prep.children
        if year.dep_ == "pobj"
    )


# Nouns of a past age ("a massacre of the colonial era"); a qualifier of the present ("the
# current era") keeps the noun in the report's time.
ERA_NOUNS = frozenset({"era", "age", "times", "period"})
PRESENT_ERA = frozenset({"current", "present", "modern", "new", "this", "our", "recent"})


def _of_past(tok: Any) -> bool:
    """Session 21: a noun an "of" phrase dates by a lone year or a range of years, or sets in
    a past age ("the post-election crisis of 2010-2011 in which 3,000 were killed", "the
    massacres of 1972", "a massacre of the colonial era"): the noun and its clauses recall the
    past, as "the 2013 attack" does."""
    if tok.pos_ != "NOUN":
        return False
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.like_num and past_or_habitual(_words(tok.doc, obj.left_edge.i, obj.i + 1)):
                return True
            mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "det", "poss")}
            if obj.lemma_.lower() in ERA_NOUNS and not mods & PRESENT_ERA:
                return any(c.dep_ == "amod" for c in obj.children)
    return False


def _words(doc: Any, start: int, end: int) -> list[str]:
    """The lower-case words of ``doc[start:end]`` for ``past_or_habitual``; a number or date
    just before stands as "0", so that a year ending a full date ("June 8 2016 Syrian air
    strikes ...", a dateline run into the headline) is no lone year."""
    prev = doc[start - 1] if start > doc[start].sent.start else None
    lead = ["0"] if prev is not None and (prev.like_num or prev.ent_type_ == "DATE") else []
    return lead + [t.lower_ for t in doc[start:end] if t.lower_ not in ("'s", "’s")]


def _shared_frame(root: Any) -> Any:
    """ "300,000 have been killed and millions displaced since 2011": the "since" hangs on the
    last of the coordinated clauses but dates them all. The perfect verb the background clause
    is coordinated with (through conj/acl links only), else None."""
    cur = root
    for _ in range(3):
        if cur.dep_ not in ("conj", "acl") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and _perfect(cur):
            return cur
    return None


def _long_period(tok: Any, words: BackgroundWords) -> bool:
    """ "over the past five years", "in the last month": a count over a long period; a
    perfect clause "for years", "for two decades", "for more than a year": a state or a habit
    that lasts (session 21: "has carried out strikes against the group for years", "has been
    under house arrest for years"; "for two weeks" and "for three days" stay the news)."""
    for prep in tok.children:
        # in a perfect clause only: "a site both countries claimed for decades, where shells
        # killed two soldiers" tells the shelling in a clause the parse hangs on "claimed"
        lasting = prep.dep_ == "prep" and prep.lower_ == LASTING_PREP and _perfect(tok)
        if lasting and any(_lasting(p) for p in prep.children if p.dep_ == "pobj"):
            return True
        if prep.dep_ != "prep" or prep.lower_ not in words.period_preps:
            continue
        for pobj in prep.children:
            if pobj.lemma_.lower() in words.long_units and any(
                c.lower_ in ("past", "last") for c in pobj.children
            ):
                return True
            if _opening_stretch(pobj, words):
                return True
    return False


def _opening_stretch(pobj: Any, words: BackgroundWords) -> bool:
    """ "in the first three months of the year", "during the first weeks of 2024": a count over
    the opening stretch of a year or a war (session 23, a UN quarter's toll on a saved page; the
    form of the UN's and ACLED's own periodic tallies). Plural units with their "of" only: "in
    the first month" or "the first week" alone may still be a day's news."""
    return (
        pobj.lemma_.lower() in words.long_units
        and pobj.tag_ == "NNS"
        and any(c.lower_ == "first" for c in pobj.children)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)
    )


LASTING_PREP = "for"
LASTING_UNITS = frozenset({"year", "month", "decade"})


def _lasting(pobj: Any) -> bool:
    """ "years", "two decades", "more than a year" (a "for" phrase's object)."""
    if pobj.lemma_.lower() not in LASTING_UNITS:
        return False
    return pobj.tag_ == "NNS" or any(t.lower_ in ("more", "over") for t in pobj.subtree)


# Units of a distance back in time that puts an act before the report's news ("months after",
# "a year after", "two decades after"); "days after" and "weeks after" stay the news (a report
# of a week, a follow-up of the same incident).
LONG_AFTER_UNITS = frozenset({"month", "year", "decade"})


def _long_after(tok: Any) -> bool:
    """Session 48 (reports48): what a report sets "months after", "a year after" or "two
    decades after" is the past it measures from: "The floods come months after deadly protests
    in the south, where more than 60 people were killed in clashes", "the vote comes a year
    after protesters stormed the parliament". The "after" phrase's object (a noun) or the
    clause "after" introduces, when the distance back is months or more; both are in the
    reports set's dev half as false events with the report's date and the recalled toll."""

    after = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "after" and tok.head.dep_ == "prep":
        after = tok.head
    elif tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl":
        after = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None or after.i == after.sent.start:
        return False
    # the unit just before "after" ("months after", "two decades after"): the parse hangs it
    # on "after", on the clause, or as an object of the main verb ("opens two decades after")
    return str(tok.doc[after.i - 1].lemma_).lower() in LONG_AFTER_UNITS


def within(tok: Any, roots: list[Any]) -> bool:
    """True when ``tok`` is one of the background clause heads or under one."""
    if not roots:
        return False
    heads = {r.i for r in roots}
    cur = tok
    while True:
        if cur.i in heads:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
