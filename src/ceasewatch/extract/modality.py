"""Triggers a real article tells without reporting them as done: modal, negated, recalled, held.

News prose (unlike coder's notes) names violence it does not report as an event of its day:

1. a modal on the trigger's own clause: "a ceasefire could take place within days", "they may
   be arrested and detained", "no one should be detained there", "they must stop killing
   civilians", "there will be an arrest". The climb from the trigger stays inside its clause
   (objects, prepositions, conjuncts, open complements): "officials would not say how many were
   killed" reports the killing. A modal with a perfect ("may have been killed") is a hedge on
   something that happened, and a clause that only doubts the report ("the attack could not be
   verified") still reports it. The trigger as a subject counts only under a verb of occurring
   ("a ceasefire could take place"), not "the fighting could spread".
2. a negated verb that would realise the trigger noun: "Russia has not agreed to the
   ceasefire", "did not hold a rally".
3. a recalled event: the trigger under "the anniversary of" ("the 20th anniversary of the
   strikes", "the anniversary of the start of the protests").
4. a detention state, not a new arrest: "house arrest", "in detention", "in its custody"
   (custody is an arrest only "into custody"), "unjust detention", "the detained activist",
   "prisoners who are detained there", "released from being detained".
5. a state that goes on: "civilians remain besieged", "three remain detained".
6. a weapon named as a thing, not fired: "the missile's radar", "they were making bombs",
   "shells made abroad were among the weapons", "sold rockets to the army".
7. (session 19) an effort still under way: "mediators are trying to broker a truce", "has
   pressed the armies to stop fighting" (``effort_verbs`` in the present, progressive or
   perfect); "gunmen tried to storm the base" told an attempt and stays.
8. (session 19) a definite trigger noun that only refers back to an event told elsewhere, as
   the subject of a verb of comment: "the strikes violated its sovereignty", "the raids came
   as envoys met", "the riots revived memories" (``referring_verbs``), or of a copula that
   judges it: "the detentions are a matter for the courts".
9. (session 19) words in a direct quotation of four or more words whose verbs are not in the
   past: "we are fighting for water", "they kill travellers on the roads", "it was a
   slaughter", "the next shell will hit us" (speech about a state, a habit or a fear). A
   quoted past act ("they killed my brother on Monday") stays.

10. (session 20) a show of arms: a sentence naming a parade, an exercise or drills and no harm
   done ("tanks and artillery rolled past", "live-fire drills based on scenarios of an
   attack", "firing missiles at floating targets"); a shell that hit the parade stays.
11. (session 20) a force of nature as the one that killed or burned ("the fires killed 130
   people", "wildfires burned homes", "killed in a house fire").
12. (session 20) troops deployed for disaster relief ("sent troops to evacuate residents from
   the flooded villages", "soldiers were deployed to rescue survivors").
13. (session 20) the definite fighting people fled from ("residents fled during the
   fighting"): the fighting is told where it is reported; "fled after gunmen attacked the
   village" still tells the attack.
14. (session 20) a trigger noun whose likelihood is judged ("a strike on the dam remained
   unlikely", "an attack is possible"), and an agreement that is a trade ("signed a deal to
   buy fighter jets", "an arms deal").
15. (session 20) a question ("Q: Is the government sending more troops?") and a trigger noun
   that only names what a legal process is about ("faces a rape investigation").

16. (session 21) fighting that describes who people are: a participle ("Russian forces fighting
   in Ukraine"), a relative clause in the present ("fighters who fight to control villages",
   "who are fighting for their freedom"), a perfect progressive with no date in its sentence
   ("the group has been fighting the army"), a participle qualifying a contest ("the closely
   fought election").
17. (session 21) a trigger word that names a kind of equipment ("battle tanks", "attack
   helicopters", "assault rifles").
18. (session 21) a count of acts over a period ("the number of people shot dead this month").
19. (session 21) violence lived with, in the present or the perfect ("women encounter sexual
   violence at work", "civilians face daily shelling", "the town has endured attacks").
20. (session 29) a comparison clause ("the quake felt like a bomb had gone off", "as if a
   shell had hit the street"): likened, not reported (``likened``).
21. (session 29) a condition ("will stop only if the rebels lay down their weapons", "unless
   they shell the city"): a case put, not an act reported (``conditioned``).

Source: ACLED's codebook (an event is an act that took place, coded on its day; a planned,
threatened or hypothetical act and a continuing detention are not events) and the VOA corpus
read in session 18 (issue 9): each class in stories of three or more desks. The words are in
data/triggers.yaml (``background.non_events``: ``clause_modals``, ``realising_verbs``,
``occurring_verbs``, ``doubting_verbs``, ``recalling_nouns``, ``detention_states``,
``weapon_nouns``, ``weapon_trade_verbs``).
"""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.background import NonEventWords
from ceasewatch.extract.nlp import doc_text
from ceasewatch.extract.tokens import token_table

# Dependencies the climb from a trigger follows inside its own clause.
CLAUSE_INTERNAL = frozenset(
    {"dobj", "pobj", "prep", "conj", "xcomp", "attr", "compound", "pcomp", "dative", "oprd"}
)
SUBJECT = frozenset({"nsubj", "nsubjpass"})
# How many heads up the climb goes ("stop killing Afghan civilians": killing, stop).
CLAUSE_DEPTH = 4
# Words that, as a trigger's head's head, make it an arrest under way ("taken into custody").
INTO = "into"
ARREST_SUB = "Arrests"
PRESENT_BE = frozenset({"is", "are", "am", "remain", "remains"})
# Verbs by which a group makes a change to itself known (triggers.announced_change too).
DECIDING = frozenset({"announce", "declare", "decide", "agree", "order", "decree"})


def _modal(verb: Any, words: NonEventWords) -> bool:
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    modal = [a for a in auxes if a.lower_ in words.clause_modals]
    if not modal:
        return False
    perfect = any(a.lemma_.lower() == "have" and a.i > modal[0].i for a in auxes)
    return not perfect and verb.lemma_.lower() not in words.doubting_verbs


def _negated_realiser(verb: Any, words: NonEventWords) -> bool:
    return verb.lemma_.lower() in words.realising_verbs and any(
        c.dep_ == "neg" for c in verb.children
    )


def not_done(head: Any, words: NonEventWords, change: bool = False) -> bool:
    """The trigger's clause is modal, or a verb realising it is negated (rules 1 and 2). A
    group's change told as what it "would" do in its announcement is the decision, which ACLED
    codes (``change``: "announced it would no longer take orders and renamed itself"). A
    trigger in a comparison clause is none either (rule 20, ``likened``)."""
    if likened(head) or conditioned(head):
        return True
    cur = head
    for step in range(CLAUSE_DEPTH + 1):
        if cur.pos_ in ("VERB", "AUX") and (
            (_modal(cur, words) and not (change and _announced(cur)))
            or (step and _negated_realiser(cur, words))
            or (step and _effort(cur, words))
        ):
            return True
        if cur.head.i == cur.i:
            return False
        if _until_future(cur, words):
            return True
        if cur.dep_ in SUBJECT:
            verb = cur.head.lemma_.lower()
            passive_realised = cur.dep_ == "nsubjpass" and verb in words.realising_verbs
            if verb not in words.occurring_verbs and not passive_realised:
                return False
        elif cur.dep_ not in CLAUSE_INTERNAL:
            return False
        cur = cur.head
    return False


# Subordinators of a comparison clause ("like a bomb had gone off", "as if a shell had hit").
LIKE = "like"
AS_IF = frozenset({"if", "though"})


def _clause_verb(head: Any) -> Any:
    """The verb of the trigger's own clause (the trigger itself when a verb), or None."""
    cur = head
    for _ in range(CLAUSE_DEPTH + 1):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i or cur.dep_ not in (SUBJECT | CLAUSE_INTERNAL):
            return None
        cur = cur.head
    return None


# Subordinators of a condition ("only if the rebels lay down their weapons", "unless they
# shell the city").
CONDITIONS = frozenset({"if", "unless"})


def conditioned(head: Any) -> bool:
    """Rule 21 (session 29, prec29): the trigger's clause is a condition, introduced by "if" or
    "unless" ("the operation will stop only if the rebels lay down their weapons", "if the
    militants attack the town again, the army will respond", "talks would resume unless the
    rebels shell the city"): a case put, not an act reported. "As if" is ``likened``."""
    verb = _clause_verb(head)
    if verb is None:
        return False
    return any(
        c.dep_ == "mark"
        and c.lower_ in CONDITIONS
        and not (c.i > 0 and c.doc[c.i - 1].lower_ == "as")
        for c in verb.children
    )


def likened(head: Any) -> bool:
    """Rule 20 (session 29, prec29): the trigger's clause is a comparison, introduced by "like"
    or "as if" / "as though" ("the quake felt like a bomb had gone off", "the gas blast shook
    the street as if a shell had hit it", "it sounded like a bomb going off"): the writer
    likens something to the act and does not report it. A noun after "like" ("what sounded
    like an explosion was heard") is not read here: reports tell real blasts so."""
    cur = _clause_verb(head)
    if cur is None:
        return False
    marks = [c for c in cur.children if c.dep_ == "mark"]
    if any(m.lower_ == LIKE for m in marks):
        return True
    if any(m.lower_ in AS_IF and m.i > 0 and m.doc[m.i - 1].lower_ == "as" for m in marks):
        return True
    return bool(cur.dep_ == "pcomp" and cur.head.lower_ == LIKE)


def _until_future(clause: Any, words: NonEventWords) -> bool:
    """ "will continue until the last terrorist is neutralised", "shall fight until the land is
    liberated": an "until" clause under a modal verb is the end aimed at, not an act done
    (statements27, session 27: an army's and an armed group's closing vow)."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "until" for c in clause.children)
        and clause.head.pos_ in ("VERB", "AUX")
        and _modal(clause.head, words)
    )


def _effort(verb: Any, words: NonEventWords) -> bool:
    """An effort verb not in the simple or pluperfect past ("are trying", "has pressed")."""
    if verb.lemma_.lower() not in words.effort_verbs or verb.tag_ == "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("had", "did", "'d") for c in verb.children)


def _announced(verb: Any) -> bool:
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DECIDING


def remaining(head: Any) -> bool:
    """A participle of a state that goes on: "civilians remain besieged and raped", "three
    remain detained" (rule 5): a condition, not an event of the day."""
    cur = head
    for _ in range(CLAUSE_DEPTH):
        if cur.dep_ not in ("conj", "acomp", "xcomp", "oprd") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() == "remain":
            return True
    return False


def weapon_thing(head: Any, words: NonEventWords) -> bool:
    """A weapon named as a thing made, traded or owned, not fired (rule 6): "the missile's
    radar", "were making bombs", "shells made abroad", "sold rockets to the army"."""
    while head.dep_ == "compound" and head.head.lemma_.lower() in words.weapon_nouns:
        head = head.head  # "mortar shells": the shells are the thing
    if head.pos_ != "NOUN" or head.lemma_.lower() not in words.weapon_nouns:
        return False
    thing = head  # session 20: "buy jets and a battery of missiles": the battery is bought
    if thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ == "NOUN":
        thing = thing.head.head
    while thing.dep_ == "conj" and thing.head.pos_ == "NOUN":
        thing = thing.head
    trade = thing.dep_ == "dobj" and thing.head.lemma_.lower() in words.weapon_trade_verbs
    if thing.i != head.i and trade:
        return True
    if head.dep_ == "poss":
        return True
    if any(c.dep_ == "acl" and c.lemma_.lower() in words.weapon_trade_verbs for c in head.children):
        return True
    return (
        head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in words.weapon_trade_verbs
    )


def recalled(head: Any, words: NonEventWords) -> bool:
    """The trigger noun is what an anniversary recalls (rule 3), through "of" phrases."""
    cur = head
    for _ in range(CLAUSE_DEPTH):
        if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head.i == cur.head.i:
            return False
        cur = cur.head.head
        if cur.lemma_.lower() in words.recalling_nouns:
            return True
    return False


def detention_state(head: Any, sub: str, words: NonEventWords) -> bool:
    """An arrest word that tells someone is held, not that someone was taken (rule 4)."""
    if sub != ARREST_SUB:
        return False
    kids = list(head.children)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words.detention_states for c in kids):
        # "house arrest", "unjust detention"; "placed under house arrest" is the arrest
        return not (head.dep_ == "pobj" and head.head.lower_ in ("under", "into"))
    if head.pos_ == "NOUN":
        prep = head.head
        held = head.lemma_.lower() in ("detention", "custody")
        if held and head.dep_ == "pobj" and prep.lower_ in ("in", "from"):
            return True  # "in detention", "in its custody", "released from detention"
        into = head.dep_ == "pobj" and prep.lower_ == INTO
        return head.lemma_.lower() == "custody" and not into
    if head.dep_ == "amod":
        return True  # "the detained activist", "its detained centres"
    passive = [c for c in kids if c.dep_ == "auxpass"]
    # "the plotters are still detained there", "three remain detained"; a bare present passive
    # is how notes tell a new arrest ("five protesters are detained by police")
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in kids)
    if passive and (
        passive[0].lemma_.lower() == "remain" or (still and passive[0].lower_ in PRESENT_BE)
    ):
        return True
    # "his release from being detained"
    return bool(passive and passive[0].lower_ == "being" and head.dep_ == "pcomp")


def referred(head: Any, words: NonEventWords) -> bool:
    """A definite trigger noun as the subject of a verb of comment (rule 8)."""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj":
        return False
    verb = head.head
    # "the detentions are a matter for the courts": a copula saying what the event was; with
    # no determiner at all it says what such acts are ("peaceful protest is a right",
    # session 21)
    judged = verb.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in verb.children)
    dets = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
    if not dets and judged and head.tag_ == "NN":
        return True
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return False
    if _came_into_force(verb):
        return False
    return judged or verb.lemma_.lower() in words.referring_verbs


# recall36 (session 36): "the ceasefire came into force at midnight", "the truce came into
# effect": the phrasal verb tells the agreement beginning, not a comment on one told elsewhere
# ("the raids came as talks opened").
IN_FORCE = frozenset({"force", "effect", "operation"})


def _came_into_force(verb: Any) -> bool:
    return verb.lemma_.lower() == "come" and any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(o.dep_ == "pobj" and o.lower_ in IN_FORCE for o in c.children)
        for c in verb.children
    )


DEFINITE = frozenset({"the", "these", "those", "this", "that"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
# A quotation this short is a scare quote or a name ("militants 'attacked'"), not speech.
SPEECH_MIN = 4
PAST_TAGS = frozenset({"VBD", "VBN"})
PAST_AUX = frozenset({"was", "were", "did", "had", "'d"})


def quoted_talk(head: Any) -> bool:
    """The trigger is in a direct quotation whose verbs above it are not past (rule 9)."""
    sent, table, text = head.sent, token_table(head.doc), doc_text(head.doc)
    marks = [i for i in range(sent.start, sent.end) if text[table.idx[i] : table.end[i]] in QUOTES]
    before = [i for i in marks if i < head.i]
    if len(before) % 2 == 0:
        return False
    start = before[-1]
    after = [i for i in marks if i > head.i]
    end = after[0] if after else sent.end
    if end - start - 1 < SPEECH_MIN:
        return False
    cur = head
    while start < cur.i < end:
        if cur.pos_ in ("VERB", "AUX") and _past(cur, start, end):
            return False
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return True


def _past(verb: Any, start: int, end: int) -> bool:
    """A past verb, or one with a past auxiliary inside the quotation ("were killed"; the
    writer's own "was" before a quoted phrase is not the speaker's tense)."""
    if verb.tag_ in PAST_TAGS and verb.lemma_.lower() != "be":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX and start < c.i < end
        for c in verb.children
    )


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Prepositions by which a trigger aims at the show ("a grenade thrown at the parade", "fired
# on a military drill").
AT_PREPS = frozenset({"at", "on", "into", "against", "near", "targeting"})


def display(head: Any, event_type: str, words: NonEventWords) -> bool:
    """A show of arms, not a use (rule 10): the sentence names a parade, an exercise or drills
    (a noun), no harm done, and the trigger does not aim at the show."""
    if event_type not in VIOLENT_TYPES:
        return False
    doc, sent = head.doc, head.sent
    table, span = token_table(doc), range(sent.start, sent.end)
    shows = [
        doc[k]
        for k in span
        if table.pos[k] == "NOUN" and _listed(table.lemma[k], words.display_nouns)
    ]
    if not shows or any(_listed(table.lemma[k], words.harm_words) for k in span):
        return False
    # "a grenade was thrown at the parade": the show is the target
    return not any(t.dep_ == "pobj" and t.head.lower_ in AT_PREPS for t in shows)


def _in(tok: Any, words: frozenset[str]) -> bool:
    """The lemma or its singular is listed (the small model leaves some plurals, and takes a
    capitalised plural opening a sentence for a name: "Wildfires killed")."""
    return _listed(str(tok.lemma_.lower()), words)


def _listed(lemma: str, words: frozenset[str]) -> bool:
    """``_in`` for a lemma read from the Doc's token table (extract/tokens.py)."""
    return lemma in words or (lemma.endswith("s") and lemma[:-1] in words)


def natural_cause(head: Any, words: NonEventWords, crowd: bool = False) -> bool:
    """A force of nature killed or burned (rule 11): the subject of the trigger's verb (or of
    the verb it is joined to: "a wildfire killed 25 and burned homes"), or where the victims
    died ("killed in a house fire"). For a crowd's act (``crowd``: a protest trigger) only the
    subject counts: "marched in the rain", "rallied in the snow" tell the weather the crowd
    stood in, not what did the act (protest48, session 48)."""
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in SUBJECT and _in(child, words.natural_agents):
            return True
    return not crowd and any(
        _in(o, words.natural_agents)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by")
        for o in prep.children
        if o.dep_ == "pobj"
    )


ABDUCTION_SUB = "Abduction/forced disappearance"
FREEING = frozenset({"rescue", "free", "release", "liberate", "reunite", "evacuate", "recover"})


def rescued_captives(head: Any, sub: str) -> bool:
    """ "rescuing 12 kidnapped victims", "freed the abducted passengers": a taking word that
    only describes the people a rescue freed tells the rescue, not a new abduction
    (statements27, session 27: armies' and police releases)."""
    if sub != ABDUCTION_SUB or head.tag_ != "VBN" or head.dep_ not in ("amod", "acl"):
        return False
    noun = head.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in FREEING


def relief(head: Any, sub: str, words: NonEventWords) -> bool:
    """A deployment for disaster relief (rule 12): a change of activity in a sentence with the
    words of rescue, evacuation or a disaster; a change, a camp or a state of emergency told
    with the goods of relief ("sent the armed forces to deliver food", "carried rice to camps
    set up in football fields"; session 26, quiet26, words ``relief_goods``)."""
    if sub not in RELIEF_SUBS:
        return False
    if any(_in(t, words.relief_goods) for t in head.sent):
        return True
    return sub == "Change to group/activity" and any(_in(t, words.relief_words) for t in head.sent)


# Developments a relief operation is told with (rule 12).
RELIEF_SUBS = frozenset({"Change to group/activity", "Headquarters or base established", "Other"})


def fled_from(head: Any, words: NonEventWords) -> bool:
    """The definite fighting people fled from (rule 13): "fled during the fighting", "fled
    amid the clashes"; a fighting word with its own sides or place ("fighting between the army
    and rebels") is told here."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ not in ("during", "amid", "amidst", "from") or prep.head.i == prep.i:
        return False
    if not _in(prep.head, words.fleeing_verbs):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
    own = any(c.dep_ in ("prep", "amod", "compound", "relcl", "acl") for c in head.children)
    return definite and not own


def asked(head: Any) -> bool:
    """The trigger's sentence is a question (rule 15): an interviewer's "Q: Are the rebels
    still attacking convoys?" reports nothing."""
    sent, table = head.sent, token_table(head.doc)
    last = next((k for k in reversed(range(sent.start, sent.end)) if not table.space[k]), None)
    return last is not None and doc_text(head.doc)[table.idx[last] : table.end[last]] == "?"


def legal_compound(head: Any, words: NonEventWords) -> bool:
    """A trigger noun naming a legal process's object (rule 15): "a rape investigation",
    "murder charges"."""
    return head.dep_ == "compound" and _in(head.head, words.legal_nouns)


def judged(head: Any, words: NonEventWords) -> bool:
    """A trigger noun whose likelihood is judged (rule 14): "a strike on the dam remained
    unlikely", "an attack is possible"; also a change in their number ("a rise in protests is
    likely", "more attacks are possible": session 26, quiet26)."""
    if head.pos_ != "NOUN":
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "of") and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "a rise in protests", "an escalation of attacks"
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    return any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in words.likelihood_words
        for c in verb.children
    )


def trade_deal(head: Any, sub: str, words: NonEventWords) -> bool:
    """An agreement that is a trade (rule 14): "a deal to buy fighter jets", "an arms deal",
    "signed a trade agreement"."""
    if sub != "Agreement":
        return False
    nouns = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("acl", "relcl", "xcomp", "advcl") and (
                child.lemma_.lower() in words.weapon_trade_verbs
            ):
                return True
            if child.dep_ in ("compound", "amod", "nmod") and _in(child, words.trade_modifiers):
                return True
            # session 21: "pacts to boost cooperation", "a deal to expand trade"
            if child.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(
                g.dep_ == "dobj" and _in(g, words.trade_modifiers) for g in child.children
            ):
                return True
    return False


DATED_LABELS = frozenset({"DATE", "TIME"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def describing_fight(head: Any, words: NonEventWords) -> bool:
    """Fighting that says who people are, not what they did that day (rule 16)."""
    if head.lemma_.lower() not in words.describing_fight_verbs or head.pos_ != "VERB":
        return False
    owner = head.head
    if head.dep_ == "amod":
        return _in(owner, words.figurative_modifiers)  # "a closely fought election"
    if head.dep_ == "acl" and head.tag_ == "VBG" and _people(owner, words):
        # a fragment whose one predicate is the participle tells the fighting ("Army troops
        # fighting rebels near X."), and a date in the sentence makes it that day's
        return owner.dep_ != "ROOT" and not _dated(head)
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.dep_ == "relcl" and (
        head.tag_ in PRESENT_TAGS
        or (head.tag_ == "VBG" and auxes and auxes[0].lower_ in PRESENT_BE)
    ):
        return True
    perfect_progressive = (
        head.tag_ == "VBG"
        and len(auxes) >= 2
        and auxes[0].lower_ in PERFECT_AUX
        and auxes[-1].lower_ == "been"
    )
    return perfect_progressive and not _dated(head)


PEOPLE_LABELS = frozenset({"ORG", "NORP", "PERSON"})


def _people(noun: Any, words: NonEventWords) -> bool:
    """A noun naming armed people or a named party ("forces", "rebels", "armed groups",
    "Hamas", "Ukrainians"), not the fighting's time, kind or place ("days of street fighting
    with his loyalists")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.ent_type_ in PEOPLE_LABELS or noun.ent_id_ or _armed(noun, words):
        return True
    return any(c.dep_ in ("amod", "compound") and _armed(c, words) for c in noun.children)


def _armed(tok: Any, words: NonEventWords) -> bool:
    """The word or its lemma is a security word ("forces" is listed as the plural)."""
    return tok.lower_ in words.security or _in(tok, words.security)


def _dated(tok: Any) -> bool:
    """The sentence names a time ("since Monday", "for three days", "on Friday")."""
    return any(t.ent_type_ in DATED_LABELS or t.lower_ == "since" for t in tok.sent)


def equipment_kind(head: Any, words: NonEventWords) -> bool:
    """A trigger word naming a kind of equipment (rule 17): "battle tanks"."""
    return head.dep_ == "compound" and _in(head.head, words.equipment_nouns)


def _exposed(head: Any, words: NonEventWords) -> bool:
    """ "people are subject to attacks", "women are victims of rape and other forms of sexual
    assault": the trigger noun (through lists and "forms of") under an exposure word that a
    present "be" or "remain" says of people."""
    cur = head
    for _ in range(CLAUSE_DEPTH + 2):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if cur.dep_ != "pobj" or cur.head.lower_ not in ("to", "of"):
            return False
        holder = cur.head.head
        if _in(holder, words.exposure_words):
            verb = holder.head
            present = verb.tag_ in PRESENT_TAGS or verb.lower_ in PRESENT_BE
            return holder.dep_ in ("acomp", "attr") and present
        if holder.pos_ != "NOUN":
            return False
        cur = holder  # "forms of sexual assault"
    return False


def counted(head: Any, words: NonEventWords) -> bool:
    """The trigger is what a count over a period counts (rule 18): "the number of people shot
    dead this month", "the total of attacks so far this year"."""
    tallied = head.dep_ == "dobj" and head.head.lemma_.lower() in words.counting_verbs
    if tallied and any(c.dep_ == "nummod" for c in head.children):
        return any(t.lower_ in words.period_words for t in head.sent)
    if _in_counted_list(head, words):
        return any(t.lower_ in words.period_words for t in head.sent)
    cur = head
    for _ in range(CLAUSE_DEPTH):
        if cur.head.i == cur.i or cur.dep_ not in COUNTED_DEPS:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and _in(cur, words.count_nouns):
            return any(t.lower_ in words.period_words for t in head.sent)
    return False


def _in_counted_list(head: Any, words: NonEventWords) -> bool:
    """A report's summary (session 23, PDF sitreps): "the network recorded 61 incidents ...,
    including 23 killings, 9 abductions and 14 cases of looting": a counted trigger in the list
    under a counted noun that a counting verb takes."""
    if not any(c.dep_ == "nummod" for c in head.children):
        return False
    cur = head
    for _ in range(CLAUSE_DEPTH + 2):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("conj", "pobj", "appos"):  # "61 incidents in three regions, including"
            cur = cur.head
            continue
        # session 27: "61 incidents in three territories, including 23 killings" (the small
        # model hangs "including" on the last place)
        if cur.dep_ == "prep" and cur.lower_ == "including" and _counts(cur.head, words):
            return True  # "recorded 45 incidents in the districts, including 12 killings"
        if cur.dep_ == "prep" and cur.lower_ in ("including", "of", "in"):
            cur = cur.head
            continue
        return (
            cur is not head
            and cur.pos_ == "NOUN"
            and cur.dep_ == "dobj"
            and cur.head.lemma_.lower() in words.counting_verbs
            and any(c.dep_ == "nummod" for c in cur.children)
        )
    return False


def _counts(verb: Any, words: NonEventWords) -> bool:
    """A counting verb with a counted object: "recorded 45 incidents"."""
    return bool(verb.lemma_.lower() in words.counting_verbs) and any(
        o.dep_ == "dobj" and any(c.dep_ == "nummod" for c in o.children) for o in verb.children
    )


# How a counted act hangs from the count: "the number of attacks", "the number of people
# killed" (the small model often hangs "killed" on "number" itself).
COUNTED_DEPS = frozenset({"acl", "relcl", "prep", "pobj", "compound", "amod", "oprd"})


def lived_with(head: Any, words: NonEventWords) -> bool:
    """Violence people live with (rule 19): a trigger noun as the object of a verb of
    experiencing in the present ("women encounter sexual violence") or the perfect with no
    date ("the town has endured attacks")."""
    if head.pos_ != "NOUN":
        return False
    if _exposed(head, words):
        return True
    noun = head
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in words.experiencing_verbs:
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)
    return perfect and verb.tag_ == "VBN" and not _dated(head)


__all__ = [
    "DECIDING",
    "asked",
    "conditioned",
    "counted",
    "describing_fight",
    "detention_state",
    "display",
    "equipment_kind",
    "fled_from",
    "judged",
    "legal_compound",
    "likened",
    "lived_with",
    "natural_cause",
    "not_done",
    "quoted_talk",
    "recalled",
    "referred",
    "relief",
    "remaining",
    "trade_deal",
    "weapon_thing",
]
