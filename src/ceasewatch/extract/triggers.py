"""Event triggers: which words in a sentence report an event, and of which ACLED type.

The words, their types, the words they need or must not have beside them, and the order in
which a more specific type beats a general one are all in data/triggers.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ceasewatch.extract.background import NonEventWords
from ceasewatch.extract.crowds import is_plural
from ceasewatch.extract.desk import DESK_KEY
from ceasewatch.extract.lexicon import Lexicon, Trigger, Upgrade
from ceasewatch.extract.modality import (
    DECIDING,
    asked,
    counted,
    describing_fight,
    detention_state,
    display,
    equipment_kind,
    fled_from,
    judged,
    legal_compound,
    lived_with,
    natural_cause,
    not_done,
    quoted_talk,
    recalled,
    referred,
    relief,
    remaining,
    rescued_captives,
    trade_deal,
    weapon_thing,
)
from ceasewatch.extract.posts import announced, corrected_or_denied, thread_non_event
from ceasewatch.extract.quiet import (
    announced_protest,
    diplomatic_protest,
    expected,
    long_ago,
    period_tally,
    recalled_event,
)
from ceasewatch.extract.roles import Roles
from ceasewatch.extract.tokens import sentence_initial_at, token_table
from ceasewatch.model import SUB_EVENT_TO_TYPE

# How far up the parse a veto word may govern the trigger ("threatened to attack",
# "plans to launch an offensive").
VETO_DEPTH = 3
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"})
WITHOUT = "without"


@dataclass(frozen=True)
class Hit:
    """One trigger found in a sentence; token indices are the chunk doc's."""

    trigger: Trigger
    start: int
    end: int
    head: int  # the phrase's syntactic head, where roles are read
    military_object: bool = False  # it acts on a military post ("attacked a checkpoint")
    gathering_object: bool = False  # it acts on a demonstration ("fired on a procession")


def forms(tok: Any) -> tuple[str, ...]:
    """The forms a trigger word is looked up by: lemma and lower case, and the singular of a
    sentence's first word that the tagger took for a name after a blanked dateline and left
    unlemmatised ("Rioters torched", "Protesters marched")."""
    return forms_at(tok.doc, tok.i)


def forms_at(doc: Any, i: int) -> tuple[str, ...]:
    """``forms`` of token ``i``, read from the Doc's token table."""
    table = token_table(doc)
    lower = table.lower[i]
    out: tuple[str, ...] = (table.lemma[i], lower)
    if table.pos[i] == "PROPN" and lower.endswith("s") and sentence_initial_at(doc, i):
        out += (lower.removesuffix("s"),)
    return out


def _matches(sent: Any, i: int, trig: Trigger) -> int:
    """End token index when ``trig`` matches at token ``i`` of the sentence, else 0."""
    doc, j, space = sent.doc, i, token_table(sent.doc).space
    for word in trig.words:
        while j < sent.end and space[j]:
            j += 1
        if j >= sent.end or word not in forms_at(doc, j):
            return 0
        j += 1
    return j


def _head(doc: Any, start: int, end: int) -> int:
    """The phrase's head: a word whose head lies outside it; a verb first, since the parser
    may hang a word of the phrase elsewhere ("shot dead two men": "dead" modifies "men")."""
    heads = [
        k
        for k in range(end - 1, start - 1, -1)
        if not start <= doc[k].head.i < end or doc[k].head.i == k
    ]
    verbs = [k for k in heads if doc[k].pos_ in ("VERB", "AUX")]
    return (verbs or heads or [end - 1])[0]


def _negated(tok: Any, lex: Lexicon) -> bool:
    """ "no clashes", "did not attack", "withdrew without a fight": the trigger's own negation
    word, or the trigger under "without". A "without" phrase the trigger governs says how it
    happened ("took the town without resistance", "attacked without warning"): it happened."""
    if tok.head.lower_ == WITHOUT and tok.dep_ in ("pobj", "pcomp"):
        return True
    return _done_to_nobody(tok, lex) or any(
        c.dep_ == "neg" or (c.lower_ in lex.negations and c.lower_ != WITHOUT) for c in tok.children
    )


def _done_to_nobody(tok: Any, lex: Lexicon) -> bool:
    """The verb whose people are none ("Nobody arrested.", "no one was detained", "no
    protester was held"): a denial told by its subject or object, not by "no" on the verb
    itself (recall32)."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in NOBODY_ROLES
        and (
            c.lower_ in NOBODY
            or any(d.dep_ in ("det", "neg") and d.lower_ in lex.negations for d in c.children)
        )
        for c in tok.children
    )


NOBODY = frozenset({"nobody", "none", "noone"})
NOBODY_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _vetoed(tok: Any, lex: Lexicon, protest: bool = False) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in lex.sentence_vetoes for c in tok.children):
        return True
    # "thousands joined the march": joining a protest is protesting (data ``protest_joinable``)
    vetoes = lex.sentence_vetoes - lex.protest_joinable if protest else lex.sentence_vetoes
    cur = tok
    for _ in range(VETO_DEPTH):
        if cur.head.i == cur.i or _across_semicolon(cur):
            return False
        cur = cur.head
        if cur.lemma_.lower() in vetoes and cur.pos_ in ("VERB", "AUX", "SCONJ"):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in cur.children):
            return True
    return False


def _across_semicolon(clause: Any) -> bool:
    """The parse hangs a clause on a verb that follows it across a semicolon ("the ministry
    reported enemy fire on positions; the enemy denied": "reported" made the object of
    "denied"). A semicolon joins two independent clauses, so the later verb neither denies nor
    hedges the earlier one; the other side's denial is a competing claim, which ACLED codes
    beside the report, not a retraction (recall32)."""
    head = clause.head
    return clause.i < head.i and any(
        t.text == ";" and t.head.i == head.i for t in clause.doc[clause.i : head.i]
    )


# What a group announces (modality.DECIDING) "would" happen is the decision, and ACLED codes the
# decision ("announced that the factions would be dissolved").
CHANGE = "Change to group/activity"


def announced_change(head: Any, trig: Trigger) -> bool:
    """A change to a group told as what it "would" or "will" do in the clause of an
    announcement or a decision: the announcement is the change."""
    return (
        trig.sub == CHANGE
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in DECIDING
        and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in head.children)
    )


def not_yet(tok: Any, words: NonEventWords) -> bool:
    """A trigger noun told as still to come: "a planned rally", "an upcoming protest",
    "ahead of the march" (data ``unrealised_modifiers``)."""
    if any(c.dep_ == "amod" and c.lower_ in words.unrealised_modifiers for c in tok.children):
        return True
    prep = tok.head
    return bool(tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "ahead")


def _qualifier_only(tok: Any, words: NonEventWords) -> bool:
    """A protest word that only qualifies a noun: "protest leaders", "the protest movement"
    (data ``protest_compound_heads``) tell of people or a cause, not of a gathering."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in words.protest_compound_heads


def _labour_strike(head: Any, trig: Trigger | None, words: NonEventWords) -> bool:
    """The bare noun "strike" qualifying a body of people ("the leader of the strike
    committee", "strike leaders", "the strike movement"; data ``protest_compound_heads``) is a
    walkout, not an air strike: those heads name who organises, never what was hit (issue 9,
    session 25, mtmail25: a machine-translated arrest of a strike committee's leader)."""
    return (
        trig is not None
        and trig.words == ("strike",)
        and head.lemma_.lower() == "strike"
        and _qualifier_only(head, words)
    )


def _reacted_to(tok: Any, words: NonEventWords) -> bool:
    """A trigger noun that is what a reaction is about ("the UN condemned the attack on
    peacekeepers"): the event is told where it is reported, not in the condemnation. A verb
    beside it ("the attack that killed ten") still tells its own event."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ("dobj", "obj", "nsubjpass")
        and tok.head.lemma_.lower() in words.reaction_verbs
    )


def judicial(sent: Any, lex: Lexicon) -> bool:
    """The sentence tells a court's act (data ``judicial_verbs``, ``judicial_subjects``):
    "a court sentenced five men for the 2016 attack", "prosecutors charged a militia leader
    with war crimes over massacres". ACLED codes the violence from its own report, and the
    trial itself is no political violence or development. A verb such as "charged" done by a
    force ("police charged the crowd") is no court's."""
    root = sent.root
    if root.lemma_.lower() in lex.hedging_verbs | lex.neutral_verbs and any(
        c.dep_ in ("ccomp", "parataxis") for c in root.children
    ):
        return False  # "gunmen killed five people, prosecutors said": a court as a source
    return court_act(root, lex)


def court_act(verb: Any, lex: Lexicon) -> bool:
    """The clause of ``verb`` tells a court's act: a court as its subject, or a court's verb
    ("sentenced", "convicted") done by no force."""
    words = lex.background.non_events
    # a court acting, never one suffering ("a judge was shot dead" is an attack)
    if any(
        c.dep_ == "nsubj" and c.lemma_.lower() in words.judicial_subjects for c in verb.children
    ):
        return True
    if verb.lemma_.lower() not in words.judicial_verbs:
        return False
    return not any(
        c.dep_ == "nsubj"
        and lex.actor_nouns.get(c.lemma_.lower()) in ("state", "armed", "protesters")
        for c in verb.children
    )


# Clause heads: where the climb from a trigger to the verb of its own clause stops.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis"})


def in_court_clause(tok: Any, lex: Lexicon) -> bool:
    """The trigger is told inside a court's clause that is not the sentence's root: "a court
    sentenced a rapper for songs supporting the protests; the hearing was closed" (the
    parse makes the second clause the root). Its protest or violence is what the court
    judged, no event of the report (issue 9, session 14: notes' "; ..." clauses)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS:
            return cur.dep_ != "ROOT" and court_act(cur, lex)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def unrealised(tok: Any, words: NonEventWords) -> bool:
    """The trigger is asked for, ordered, hoped for, or counted as a rate, not reported as done:
    "an arrest warrant", "ordered the arrest of", "we hope to round up", "rates of sexual
    violence" (data ``background.non_events.unrealised``, up to VETO_DEPTH heads up). A
    trigger that is the subject of such a word does the asking ("protesters demanded") and is
    not under it."""
    cur = tok
    for _ in range(VETO_DEPTH):
        if cur.head.i == cur.i or cur.dep_ in SUBJECTS:
            return False
        if cur.dep_ == "compound" and cur.head.lemma_.lower() in words.unrealised:
            return True  # "arrest warrant": the trigger word names the warrant's kind
        if _own_clause(cur) or _coordinated_act(cur) or _held(cur, words):
            return False
        cur = cur.head
        naming = cur.dep_ == "acl" and cur.lemma_.lower() in words.naming_verbs
        if cur.lemma_.lower() in words.unrealised and cur.i != tok.i and not naming:
            return True
    return False


def _held(tok: Any, words: NonEventWords) -> bool:
    """The word is what a verb that realises it did, told as done in the past ("graduates
    demanding jobs held a sit-in": the parse may hang "held" under "demanding", but the sit-in
    was held, not asked for; recall28, session 28, notes dev)."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.i != tok.i
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in words.realising_verbs
    )


def _coordinated_act(tok: Any) -> bool:
    """A verb coordinated with the asking one is a second act ("unions called a strike and
    thousands marched", "demanded wages and blocked the road"; session 21)."""
    finite = tok.tag_ in ("VBD", "VBZ", "VBP")  # "ordered to arrest and detain": one order
    return tok.dep_ == "conj" and finite and tok.head.pos_ == "VERB"


def _own_clause(tok: Any) -> bool:
    """A clause a semicolon parts from the word the parse hangs it on: coder's notes string
    facts together ("stopped a bus and took the driver; ransom demanded"), and the parser often
    makes the last fact the root; the first is not what the second asked for."""
    if tok.dep_ not in ("ccomp", "parataxis", "conj"):
        return False
    lo, hi = sorted((tok.i, tok.head.i))
    return any(t.text == ";" for t in tok.doc[lo + 1 : hi])


def named(tok: Any, words: NonEventWords) -> bool:
    """The trigger word is part of a person's or a work's name ("Mike Lynch said"), or a name
    word of a person the text names elsewhere: the model often misses the bare surname later
    on ("..., Lynch said"), but a capitalised name word is the person's wherever it recurs."""
    if not tok.text[:1].isupper():
        return False
    return tok.ent_type_ in words.name_labels or (
        tok.pos_ == "PROPN" and tok.text in _person_words(tok.doc)
    )


def _person_words(doc: Any) -> frozenset[str]:
    """The words of the PERSON names in the parsed text, computed once per parse."""
    key = "ceasewatch_person_words"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(
            t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.text[:1].isupper()
        )
    return doc.user_data[key]  # type: ignore[no-any-return]


def force_modifier(tok: Any, lex: Lexicon) -> bool:
    """A word that only says what kind of force a state actor is: "riot police", "riot
    troops" are police and troops, not a riot."""
    return (
        tok.dep_ == "compound"
        and lex.actor_nouns.get(tok.head.lemma_.lower()) == "state"
        and tok.lemma_.lower() not in lex.actor_nouns
    )


# Parties that agree only to go on talking ("the parties agreed to continue discussions on a
# ceasefire", "agreed to resume negotiations", "agreed to meet again") have agreed no ceasefire
# or deal: ACLED's Agreement is an agreement reached (a ceasefire, a peace deal, an exchange),
# not a round of talks. Session 24 (forms24; bulletins of talks copied out of PDFs). Source:
# ACLED Codebook (2023), Strategic developments: Agreement.
TALK_VERBS = frozenset({"meet", "talk", "discuss", "negotiate"})
# ... or a verb of going on whose object is talks ("continue discussions"; "agreed to continue
# the ceasefire" stays an agreement).
GO_ON_VERBS = frozenset({"continue", "resume", "hold", "pursue", "extend"})
TALK_NOUNS = frozenset({"talk", "discussion", "negotiation", "dialogue", "consultation", "meeting"})


def _more_talks(head: Any) -> bool:
    """The Agreement trigger ``head`` is "agree" to a further round of talks, or lies in it."""
    for tok in head.sent:
        if tok.lemma_.lower() != "agree":
            continue
        for comp in tok.children:
            verb = comp.lemma_.lower()
            talks = verb in TALK_VERBS or (
                verb in GO_ON_VERBS
                and any(o.dep_ == "dobj" and o.lemma_.lower() in TALK_NOUNS for o in comp.children)
            )
            if (
                comp.dep_ == "xcomp"
                and talks
                and (head.i == tok.i or head.i in {t.i for t in comp.subtree})
            ):
                return True
    return False


def _real(tok: Any, head: Any, lex: Lexicon, trig: Trigger | None = None) -> bool:
    words = lex.background.non_events
    # "gathered to protest" is the protest: only violence and developments can be a purpose
    protest = trig is not None and trig.sub in PROTEST_SUBS
    return (
        not named(tok, words)
        and (protest or not purpose(head))
        and not unrealised(head, words)
        and not not_yet(head, words)
        and not (protest and _qualifier_only(head, words))
        and not (protest and (announced_protest(head, words) or diplomatic_protest(head, words)))
        and not long_ago(head, words)
        and not period_tally(head, words)  # session 27 (quiet27)
        and not (not protest and recalled_event(head, words))  # a vigil is a protest
        and not expected(head, words, protest)
        and not _labour_strike(head, trig, words)
        and not _reacted_to(head, words)
        and not force_modifier(tok, lex)
        and not source_phrase(head)
        and not not_done(head, words, trig is not None and trig.sub == CHANGE)
        and not recalled(head, words)
        and not remaining(head)
        and not weapon_thing(head, words)
        and not referred(head, words)  # session 19: modality.py rules 8 and 9
        and not quoted_talk(head)
        and not (trig is not None and detention_state(head, trig.sub, words))
        and not (trig is not None and rescued_captives(head, trig.sub))
        and not _shown_or_natural(head, trig, words)  # session 20: modality.py rules 10-14
        and not corrected_or_denied(head)  # session 23: a channel's correction (posts.py)
        and not announced(head)  # session 24: a channel's call for tomorrow (posts.py)
        and not thread_non_event(head)  # session 25: old videos, denials in a chat (posts.py)
        and not (trig is not None and trig.sub == "Agreement" and _more_talks(head))
    )


def _shown_or_natural(head: Any, trig: Trigger | None, words: NonEventWords) -> bool:
    """Session 20 (issue 9, precision on articles): a show of arms, a force of nature, a relief
    deployment, fighting people fled from, a judged likelihood, a trade deal."""
    crowd = trig is not None and trig.sub in PROTEST_SUBS
    if natural_cause(head, words, crowd) or fled_from(head, words) or judged(head, words):
        return True
    if asked(head) or legal_compound(head, words):
        return True
    # session 21: modality.py rules 16-19
    if describing_fight(head, words) or equipment_kind(head, words):
        return True
    if counted(head, words) or lived_with(head, words):
        return True
    if trig is None:
        return False
    return (
        display(head, SUB_EVENT_TO_TYPE.get(trig.sub, ""), words)
        or relief(head, trig.sub, words)
        or trade_deal(head, trig.sub, words)
    )


def source_phrase(tok: Any) -> bool:
    """The trigger word only names who tells the news: "according to vigilantes",
    "according to protesters" report no vigilante or protest event."""
    prep = tok.head
    return bool(
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i != prep.i
        and prep.head.lower_ == "according"
    )


def candidates(doc: Any, i: int, lex: Lexicon) -> tuple[Trigger, ...]:
    """The entries that may start at token ``i``: those keyed by any of its forms, longest
    phrase first and, at equal length, those keyed by the lemma before the written form's.
    The lookup used to take only the first form with entries (the lemma), so a longer entry
    keyed by an inflected form ("enforced disappearance") was hidden whenever the lemma
    ("enforce") had one (recall31's note; recall32). At equal length the lemma's entry stays
    first, as before: it is the one written for the word, with its exceptions ("fight" unless
    "for ..." a cause; the noun entry "fighting" would read "fighting for the top jobs" as a
    clash: the merge of session 32 measured that on quiet articles)."""
    order = dict.fromkeys(forms_at(doc, i))  # lemma, written (lower) form, then the rest
    ranked = [
        (-len(trig.words), rank, n, trig)
        for rank, form in enumerate(order)
        for n, trig in enumerate(lex.trigger_index.get(form, ()))
    ]
    return tuple(trig for *_, trig in sorted(ranked, key=lambda r: r[:3]))


def clause_dep(tok: Any) -> str:
    """The word's role, or "ROOT" when it heads a verbless stretch a semicolon closes: a note's
    headline clause before (or after) the clause that tells what followed ("On 3 May, a
    teachers' march in Kalo; police detained twelve marchers"). The parse hangs such a stretch
    on whatever it finds (a comma, the date); the noun no other noun of the stretch governs is
    its head, as the verbless sentence's root is (recall31's headline march; recall32)."""
    if tok.dep_ == "ROOT" or tok.pos_ not in NOMINAL:
        return str(tok.dep_)
    sent, doc = tok.sent, tok.doc
    semis = [t.i for t in sent if t.text == ";"]
    start = max((i + 1 for i in semis if i < tok.i), default=sent.start)
    end = min((i for i in semis if i > tok.i), default=sent.end)
    if not semis or any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
        return str(tok.dep_)
    for anc in tok.ancestors:
        if not start <= anc.i < end:
            break
        if anc.pos_ in NOMINAL and anc.ent_type_ != "DATE":
            return str(tok.dep_)
    return "ROOT"


NOMINAL = frozenset({"NOUN", "PROPN"})


def find_hits(sent: Any, lex: Lexicon, lemmas: frozenset[str]) -> list[Hit]:
    """Every trigger in the sentence that passes its conditions, longest match first."""
    doc, hits, i = sent.doc, [], sent.start
    # the sentence's lemmas less the site owners of a head, once per head: several entries
    # may match at the same head, and ``_site_owners`` walks the whole sentence (recall34)
    read_at: dict[int, frozenset[str]] = {}
    index, table = lex.trigger_index, token_table(doc)
    while i < sent.end:
        lower = table.lower[i]
        if table.lemma[i] not in index and lower not in index and lower[:-1] not in index:
            i += 1  # no entry keyed by any form of the word (``forms_at``): the usual case
            continue
        tok = doc[i]
        cands = candidates(doc, i, lex)
        end = 0
        for trig in cands:
            if trig.desk and tok.text not in doc.user_data.get(DESK_KEY, ()):
                continue  # "SAF" is small-arms fire only where a desk's document says so
            end = _matches(sent, i, trig)
            head = doc[_head(doc, i, end)] if end else tok
            if trig.deps and end and clause_dep(head) not in trig.deps:
                # an entry read only in other roles of the word ("march" as an object, or as
                # the clause's head): the next entry of the same words may apply (recall31)
                end = 0
                continue
            if (
                end
                and _applies(trig, tok, _lemmas_at(read_at, lemmas, head))
                and not _subject_vetoes(trig, head)
                and not _leaves_no_ground(trig, head)
                and _object_ok(trig, head, lex)
            ):
                if (
                    not (trig.no_object and any(c.dep_ == "dobj" for c in head.children))
                    and not _negated(head, lex)
                    and (
                        not _vetoed(head, lex, trig.sub in PROTEST_SUBS)
                        or announced_change(head, trig)
                    )
                    and _real(tok, head, lex, trig)
                ):
                    hit = Hit(trig, i, end, head.i, _military(head, lex), _gathering(head, lex))
                    hits.append(hit)
                break
            end = 0
        i = max(end, i + 1)
    if hits and judicial(sent, lex):
        return []
    hits = [h for h in hits if not in_court_clause(doc[h.head], lex)]
    hits = _drop_demanded(doc, _drop_handled(doc, hits), lex)
    return _drop_causes(doc, hits, lex, bool(lemmas & lex.diplomatic_words))


def _lemmas_at(
    read_at: dict[int, frozenset[str]], lemmas: frozenset[str], head: Any
) -> frozenset[str]:
    """The sentence's lemmas an entry's vetoes read at ``head`` (its site owners left out),
    computed once per head and kept in ``read_at``."""
    read = read_at.get(head.i)
    if read is None:
        read = read_at[head.i] = lemmas - _site_owners(head)
    return read


# Prepositions that place what a verb tells ("gathered in front of", "rallied outside").
LOCATIVE = frozenset({"in", "at", "outside", "before", "near", "on", "behind", "opposite", "by"})


def _site_owners(head: Any) -> frozenset[str]:
    """The words that name whose place the verb happened at ("gathered in front of the Prime
    Minister's office", "rallied outside the army's headquarters"): a possessor, with its
    compounds, inside a place phrase of the verb. They tell whose site it is, not who acted or
    why, so the entry's sentence vetoes ("minister": officials gathering; "army": armed people
    gathering) do not read them; the same words elsewhere in the sentence still veto
    (recall33, session 33)."""
    owners: set[str] = set()
    for tok in head.sent:
        if tok.dep_ != "poss" or tok.pos_ not in NOMINAL:
            continue
        if _in_place_phrase(tok.head, head):
            owners.update(t.lemma_.lower() for t in (tok, *tok.children) if t.dep_ in OWNER_DEPS)
    if owners:  # a word said again elsewhere in the sentence still vetoes
        owners -= {t.lemma_.lower() for t in head.sent if not _owned_by_site(t, head)}
    return frozenset(owners)


OWNER_DEPS = frozenset({"poss", "compound"})


def _owned_by_site(tok: Any, head: Any) -> bool:
    poss = tok if tok.dep_ == "poss" else tok.head if tok.head.dep_ == "poss" else None
    return poss is not None and poss.dep_ == "poss" and _in_place_phrase(poss.head, head)


def _in_place_phrase(noun: Any, head: Any) -> bool:
    """The noun is the object of a place preposition of ``head``, maybe through relational
    phrases ("in front of X": X under "of" under "front" under "in")."""
    cur = noun
    for _ in range(VETO_DEPTH + 2):
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        if prep.head.i == head.i:
            return prep.lower_ in LOCATIVE
        cur = prep.head
    return False


def _subject_vetoes(trig: Trigger, head: Any) -> bool:
    """A word of ``subject_not`` is the verb's subject ("shares rallied", "oil prices rallied"):
    the word's other sense (recall33). A word of ``subject_head_not`` vetoes only as the
    subject's own noun, not as its compound (story41)."""
    if not trig.subject_not and not trig.subject_head_not:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    kin = [k for s in subjects for k in s.children if k.dep_ in ("conj", "compound")]
    heads = subjects + [k for k in kin if k.dep_ == "conj"]
    if any(s.lemma_.lower() in trig.subject_head_not for s in heads):
        return True  # "the administration pulled out", never "Government troops withdrew"
    return any(s.lemma_.lower() in trig.subject_not for s in subjects + kin)


# The prepositions that name what a verb of leaving leaves ("withdrew from", "pulled out of")
LEFT_PREPS = frozenset({"from", "of"})


def _leaves_no_ground(trig: Trigger, head: Any) -> bool:
    """What the verb leaves is a word of ``left_not`` ("withdrew from the treaty", "pulled out of
    the race"), as the object of its "from" or "of", or of its "out"'s, which the parse may
    read as a preposition ("pulled out of": "of" under "out"; story41)."""
    if not trig.left_not:
        return False
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in LEFT_PREPS]
    preps += [
        p
        for c in head.children
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in LEFT_PREPS
    ]
    left = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in trig.left_not for o in left)


def stray_objects(head: Any, preps: Any) -> list[Any]:
    """ "reported enemy fire on positions": the parse may hang the phrase right after a noun
    object on the noun's verb; it is the noun's own (recall31, session 31)."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and after is not None
        and after.dep_ == "prep"
        and after.head.i == head.head.i
        and after.lower_ in preps
    ):
        return [c for c in after.children if c.dep_ == "pobj"]
    return []


STRAY_PREPS = frozenset({"on", "upon"})


def _military(head: Any, lex: Lexicon) -> bool:
    """The trigger acts on a military post ("attacked a checkpoint"), or on a place a state
    force's word qualifies ("a gendarmerie training school", "the military part of the
    airport", "an army barracks"): armed people hold it. A killing word acts on people, never
    on a post ("shot dead an indigenous guard coordinator" killed a man)."""
    if head.lemma_.lower() in lex.death_words:
        return False
    for obj in [*object_words(head), *attacked_as_noun(head), *stray_objects(head, STRAY_PREPS)]:
        if obj.lemma_.lower() in lex.military_objects and not _held_by_civilians(obj, lex):
            return True
        if obj.dep_ == "pobj" and obj.head.lower_ == "of":
            continue  # "the home of a police officer" is a home
        if any(lex.actor_nouns.get(m.lemma_.lower()) == "state" for m in _modifiers(obj)):
            return True
    return False


def _gathering(head: Any, lex: Lexicon) -> bool:
    """A violence word acts on a demonstration ("police fired on a BNP procession against fuel
    prices", "opened fire on the march"): its object or its "on" phrase is a gathering noun
    (data ``gathering_objects``). A name on the noun ("BNP") tells whose demonstration it was,
    not an armed side fired on (types46: notezi's party procession was read as a battle)."""
    if head.lemma_.lower() in lex.death_words:
        return False  # "killed a march organiser": people, read by the killing word's victims
    objs = [*object_words(head), *stray_objects(head, STRAY_PREPS)]
    # a common noun, never a date's month ("between 27 February and 30 March": "march")
    return any(
        o.lemma_.lower() in lex.gathering_objects and o.pos_ == "NOUN" and o.ent_type_ != "DATE"
        for o in objs
    )


# Constructions in which a thing suffers an attack told as a noun: "X was the target of an
# attack", "X came under attack" (its subject), "a checkpoint attack" (its compound).
TARGET_NOUNS = frozenset({"target"})
UNDER_VERBS = frozenset({"come", "be"})


def attacked_as_noun(head: Any) -> list[Any]:
    """What an attack told as a noun fell on (types29): the noun's compound ("a police post
    attack"), or the subject of "X was the target of an attack", "X came under attack". The
    object words of a verb ("attacked a post") are ``object_words``'."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    out = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if head.dep_ != "pobj":
        return out
    prep = head.head
    verb = None
    if prep.lower_ == "of" and prep.head.lemma_.lower() in TARGET_NOUNS:
        # "the post was the target of an attack", "became the target of a raid"
        if prep.head.dep_ in ("attr", "oprd", "dobj"):
            verb = prep.head.head
    elif prep.lower_ == "under" and prep.head.lemma_.lower() in UNDER_VERBS:
        verb = prep.head  # "the station came under attack"
    if verb is not None:
        out += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out


def _held_by_civilians(obj: Any, lex: Lexicon) -> bool:
    """ "a convoy of displaced people", "a camp for refugees": the post or column is that of
    the civilians its "of/for" phrase names, not of armed people (issue 9, session 14); so is
    one a civilians' word qualifies before it ("a displacement camp", "cattle camps",
    "herders' camps": ``civilian_holders``; issue 9, session 43)."""
    before = [c for c in obj.children if c.dep_ in ("compound", "amod", "poss") and c.i < obj.i]
    holders = lex.civilian_holders
    if any(c.lower_ in holders or c.lemma_.lower() in holders for c in before):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for")
        and any(lex.actor_nouns.get(g.lemma_.lower()) == "civilians" for g in c.children)
        for c in obj.children
    )


def _modifiers(tok: Any) -> list[Any]:
    """The compound and adjective words before a noun, and theirs ("gendarmerie training")."""
    out = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and child.i < tok.i:
            out += [child, *_modifiers(child)]
    return out


# The prepositions whose object is what a verb acts on ("seizure of arms", "agreed to a truce",
# "opened fire on a patrol")
OBJECT_PREPS = frozenset({"of", "to", "on", "upon"})
# Verbs of finding and taking, whose "on" phrase tells where the thing was, not what it was:
# "the plan found on his phones and devices", "drugs seized on the border" (story41)
FINDING_VERBS = frozenset({"find", "discover", "uncover", "unearth", "seize", "confiscate"})
PLACE_PREPS = frozenset({"on", "upon"})


def object_words(head: Any) -> list[Any]:
    """What a trigger acts on: its object ("seized weapons"), passive subject ("devices were
    found"), the noun it qualifies ("weapons seized by police"), its "of/to/on" phrase
    ("seizure of arms", "agreed to a truce"); with their lists and "of" phrases ("a cache of
    ammunition")."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr")]
    preps = OBJECT_PREPS - PLACE_PREPS if head.lemma_.lower() in FINDING_VERBS else OBJECT_PREPS
    objs += [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children]
    if head.dep_ == "acl":
        objs.append(head.head)
    out = []
    for obj in objs:
        out += [obj, *(c for c in obj.children if c.dep_ in ("conj", "compound", "appos"))]
        out += _cargo(obj)
        out += [
            g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
    return out


def _cargo(obj: Any) -> list[Any]:
    """What a seized or found thing carries: "a car loaded with explosives", "a truck packed
    with weapons" are explosives and weapons seized."""
    return [
        g
        for acl in obj.children
        if acl.dep_ == "acl"
        for p in acl.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in (*p.children, *(c for k in p.children for c in k.children if c.dep_ == "conj"))
    ]


def purpose(tok: Any) -> bool:
    """The trigger is what someone set out to do, not what happened: an infinitive of purpose
    ("armed local youths to fight Al Shabaab", "an operation to retake the town"). A clause
    of a verb of going on ("continued to shell the town") is an xcomp, and happened."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("advcl", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


# The word in a trigger's ``objects_any`` that stands for any civilian or crowd actor noun
# (data/actors.yaml), so that a taking word reads "carried off 40 supporters" without listing
# every such word twice (issue 9, session 17). Not a toll's person nouns: "captured its
# commander" after overrunning a base is the capture of the base, not an abduction.
ANY_PERSON = "@person"
# The same for any non-state armed actor noun ("neutralised 11 terrorists", "engaged bandits"):
# the words an army's release uses for killing and fighting its enemy (statements27, session 27)
ANY_ARMED = "@armed"
# Any word the parse and the lexicon type as a person, whatever its noun (recall30, session 30):
# a toll's person noun (data/numbers.yaml ``person_nouns``: member, migrant, worker), a
# civilian actor noun, a person pronoun, a named person, or a counted noun ("whipped 3 men"),
# so that "beat a party member", "whipped two suspects" need no list of the victims' words.
# Not protesters: force on a crowd is read by the protest rules.
ANY_PEOPLE = "@people"
# Any demand the parse shows the gathering pressing (recall32, ``pressed_demand``): a presence
# verb ("stood", "gathered", "rallied") with it is a demonstration, whatever the crowd's words
ANY_DEMAND = "@demand"
# People the parse shows held by a state force (recall36, ``held_by_state``): "twelve migrants
# were held by border guards" is a detention (ACLED: Arrests), "the town held by the army" is
# territory and "hostages held by the rebels" a taking, neither read here
ANY_HELD = "@held_by_state"
DEMAND_CLAUSES = frozenset({"advcl", "xcomp"})
# Words under a preposition's object that count with it: its list ("at a patrol and a
# checkpoint"), and the first words of a name the parse hangs on its last ("gathered at the
# Plaza de la Constitucion", "at the Place de la Nation": the site is the name's first word;
# recall30, session 30)
VIA_KIN = frozenset({"conj", "nmod", "compound"})
# Nouns that place something beside a site: "in front of the parliament" (recall31)
RELATIONAL_SITES = frozenset({"front"})
PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})


def _object_ok(trig: Trigger, head: Any, lex: Lexicon) -> bool:
    if not trig.objects_any:
        return True
    objs = object_words(head)
    if trig.via:  # "fired at a patrol", "set up at the air base"
        objs += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in trig.via
            for g in (
                *c.children,
                *(k for x in c.children for k in x.children if k.dep_ in VIA_KIN),
            )
        ]
        objs += stray_objects(head, trig.via)
        # "gathered in front of the parliament": the site is the object of the relational
        # noun's "of" (recall31, session 31)
        objs += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in trig.via
            for x in c.children
            if x.lower_ in RELATIONAL_SITES
            for o in x.children
            if o.dep_ == "prep" and o.lower_ == "of"
            for g in o.children
        ]
    if ANY_DEMAND in trig.objects_any and pressed_demand(head, lex):
        return True
    if ANY_HELD in trig.objects_any and held_by_state(head, lex):
        return True
    if ANY_PERSON in trig.objects_any and any(_person(t, lex) for t in objs):
        return True
    if ANY_ARMED in trig.objects_any and any(
        lex.actor_nouns.get(t.lemma_.lower()) == "armed" for t in objs
    ):
        return True
    if ANY_PEOPLE in trig.objects_any and any(
        person_typed(t, lex) for t in objs + passive_sufferers(head)
    ):
        return True
    return any(t.lemma_.lower() in trig.objects_any for t in objs)


def pressed_demand(head: Any, lex: Lexicon) -> bool:
    """The verb's own clause says what its people press for (``ANY_DEMAND``): a participle or
    purpose clause of asking or demanding hung on it ("stood ..., asking for an exchange",
    "gathered to demand"), or a "for" phrase whose object is a demand ("rallied for the release
    of ..."). Only the verb's own children: a demand said elsewhere in the sentence is not this
    gathering's. Its people are no armed or state force and no officials (``not_by``): the
    parse's subject is read, not any word of the sentence ("relatives of captured soldiers
    stood ..., asking for an exchange" are relatives)."""
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [k for d in doers for k in d.children if k.dep_ == "conj"]
    for d in doers:
        word = d.lemma_.lower()
        if lex.actor_nouns.get(word) in ("armed", "state") or word in lex.press_not_by:
            return False
    for c in head.children:
        if c.dep_ in DEMAND_CLAUSES and c.pos_ == "VERB" and c.lemma_.lower() in lex.press_verbs:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.lemma_.lower() in lex.press_nouns for o in c.children if o.dep_ == "pobj")
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS and _grievance(c, lex):
            return True
    return False


# recall36: "marched over the evictions", "gathered against the new tax": a grievance's phrase
GRIEVANCE_PREPS = frozenset({"over", "against"})


def _grievance(prep: Any, lex: Lexicon) -> bool:
    """The preposition's object names a grievance (data ``pressed_demands.grievances``, or a
    demand's noun), itself or by a word compounded with it ("over power cuts", "against fuel
    price hikes"); its list counts ("over inflation and the currency's fall"). A place or a
    person is none: "marched over the bridge", "stood against the wall" (recall36)."""
    words = lex.press_grievances | lex.press_nouns
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if obj.ent_type_ in ("GPE", "LOC", "FAC", "PERSON"):
            continue
        for tok in (obj, *(k for k in obj.children if k.dep_ in ("compound", "conj"))):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in words:
                return True
    return False


def held_by_state(head: Any, lex: Lexicon) -> bool:
    """A passive verb whose subject the parse and the lexicon type as people and whose agent
    ("by ...") is a state force by its class in the actor base ("twelve migrants were held by
    border guards", "two journalists were held by police overnight"): ``ANY_HELD``. Places
    held ("the town held by the army") and people held by armed groups are not read here."""
    agents = [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not any(lex.actor_nouns.get(o.lemma_.lower()) == "state" for o in agents):
        return False
    held = [c for c in head.children if c.dep_ == "nsubjpass"]
    return any(person_typed(t, lex) for t in held)


def _person(tok: Any, lex: Lexicon) -> bool:
    return lex.actor_nouns.get(tok.lemma_.lower()) in ("civilians", "protesters")


def person_typed(tok: Any, lex: Lexicon) -> bool:
    """The word names one or more people by its type, not by a listed noun (``ANY_PEOPLE``):
    a person noun, a civilian actor noun, a person pronoun, a PERSON entity, or a noun counted
    by a number ("3 men", "two suspects")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.person_nouns or lex.actor_nouns.get(lemma) == "civilians":
        return True
    if tok.lower_ in PERSON_PRONOUNS or tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def passive_sufferers(head: Any) -> list[Any]:
    """The passive subject a participle shares with the verb it is joined to: "a man was
    caught by residents and beaten" (the man was beaten), when it has no subject of its own."""
    if head.dep_ != "conj" or head.tag_ != "VBN":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return []
    return [c for c in head.head.children if c.dep_ == "nsubjpass"]


def _drop_handled(doc: Any, hits: list[Hit]) -> list[Hit]:
    """A weapon named as what was seized, found or destroyed is not an attack: "police seized
    rockets and grenades" reports no rocket or grenade attack. A protest word stays: the crowd
    police dispersed ("dispersed supporters gathering for a march") is the protest. A weapon a
    violence word fires is used, not handled: "fired artillery at Kupiansk" is the shelling
    (issue 9, session 14)."""
    handled: set[int] = set()
    for hit in hits:
        # a decree keeps what it decrees: "a curfew was declared" is still the curfew when no
        # armed group declared it (recall31)
        if hit.trigger.objects_any and hit.trigger.kind not in ("violence", "decree"):
            for obj in object_words(doc[hit.head]):
                handled.update(t.i for t in obj.subtree)
    return [
        h
        for h in hits
        if h.trigger.objects_any or h.head not in handled or h.trigger.sub in PROTEST_SUBS
    ]


def cause(tok: Any, lex: Lexicon) -> bool:
    """A noun naming what another event answered or was about (data ``causes``): the object
    of "after", "following", "over", "against" ("protests after his arrest", "riots over the
    killing of a teenager"), or of a phrase under "retaliation", "response", "connection"
    ("arrested in connection with the bombing"); a noun qualifying that object counts with it
    ("in response to its chemical weapons attack")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "pcomp":
        # "handed the city back, nine months after capturing it" (issue 9, session 12)
        return tok.head.lower_ in lex.cause_preps
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "a march in memory of a young man shot by police", "carrying photos of relatives
        # killed in earlier raids": the people a past participle describes are what the
        # event is about, as the noun itself would be (types23, session 23); "photos of
        # those killed" (the pronoun stands for the people; crowds36)
        tok = tok.head
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = tok.head
    if tok.dep_ == "dobj":  # "withdrew following intensive bombardment", "following" a verb
        return prep.lower_ in lex.cause_preps and prep.pos_ == "VERB"
    if tok.dep_ != "pobj":
        return False
    return prep.lower_ in lex.cause_preps or prep.head.lemma_.lower() in lex.cause_nouns


def _cause_clause(tok: Any, lex: Lexicon) -> bool:
    # "after security forces killed demonstrators": a clause telling what came before
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lex.cause_preps for c in tok.children
    )


# What a verb of demand governs: its object, clause or phrase ("demanding an end to the
# violence", "calling for the release of ...", "protested the arrest of ..."), not a verb
# coordinated with it ("demanded his resignation and clashed with police").
DEMAND_DEPS = frozenset({"dobj", "obj", "prep", "xcomp", "ccomp", "attr", "dative"})
# "demanding [the return [of [women [abducted ...]]]]": how far up a word may sit under it.
DEMAND_DEPTH = 6


def demanded(tok: Any, lex: Lexicon) -> bool:
    """The word is what a verb of demand or denunciation (data ``causes.demands``) governs
    ("marched demanding an end to the violence"): the topic of a gathering, no act of the day
    (types23, session 23)."""
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or tok.dep_ not in DEMAND_DEPS:
        return False
    if verb.lemma_.lower() == "call":
        # "calling for an end to attacks"; "called in the army", "called him" govern no demand
        return bool(tok.dep_ == "prep" and tok.lower_ == "for")
    return bool(verb.lemma_.lower() in lex.demand_verbs)


def _in_demand(tok: Any, lex: Lexicon) -> bool:
    cur = tok
    for _ in range(DEMAND_DEPTH):
        if demanded(cur, lex):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Nouns of the cause a gathering stands "in" ("rallied in support of the troops", "marched in
# solidarity with the strikers"): what follows is whom the crowd backs (types47)
SUPPORT_NOUNS = frozenset({"support", "solidarity"})


def _in_support(tok: Any, protests: set[int]) -> bool:
    """The word is inside a protest's "in support of" or "in solidarity with" phrase
    ("rallied in support of Somaliland's forces fighting outside Las Anod": the fighting is
    whom the crowd backs, ACLED codes the rally alone)."""
    cur = tok
    for _ in range(DEMAND_DEPTH):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in SUPPORT_NOUNS and cur.dep_ == "pobj" and cur.head.lower_ == "in":
            return cur.head.head.i in protests
    return False


def _drop_demanded(doc: Any, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """Beside a protest, a trigger inside what the crowd demands or denounces ("demanding the
    return of women abducted by Boko Haram") or whom it backs ("in support of forces
    fighting outside the town") is its topic, no event of its own."""
    protest = [
        h for h in hits if h.trigger.sub in PROTEST_SUBS and not _in_demand(doc[h.head], lex)
    ]
    if not protest:
        return hits
    heads = {h.head for h in protest}
    return [
        h
        for h in hits
        if h in protest or not (_in_demand(doc[h.head], lex) or _in_support(doc[h.head], heads))
    ]


def _told_by_cause(tok: Any, lex: Lexicon) -> bool:
    """The word is part of a cause told by a past participle ("photos of sons killed in
    police raids": the raids, too, are what the march is about)."""
    cur = tok
    for _ in range(VETO_DEPTH):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.tag_ == "VBN" and cur.dep_ == "acl" and cause(cur, lex):
            return True
    return False


def _drop_causes(doc: Any, hits: list[Hit], lex: Lexicon, diplomatic: bool = False) -> list[Hit]:
    """A trigger that only names the cause of another event the sentence reports is no event
    of its own: "police detained 20 people after the attack" is the arrests (ACLED codes the
    attack from its own report). A killing or wounding word does not count as that other
    event: "killed after a roadside bomb blast" is still the blast. In a sentence about a
    diplomatic act (``diplomatic``: sanctions, expelled diplomats) the cause goes even alone:
    the sentence reports the act, and the attack it answered is reported elsewhere."""
    causes = [h for h in hits if cause(doc[h.head], lex) or _told_by_cause(doc[h.head], lex)]
    others = [
        h for h in hits if h not in causes and h.trigger.words[0] not in lex.continuation_words
    ]
    return [h for h in hits if h not in causes] if causes and (others or diplomatic) else hits


def _applies(trig: Trigger, first: Any, lemmas: frozenset[str]) -> bool:
    if (
        trig.pos
        and first.pos_ not in trig.pos
        and not _verb_by_object(trig, first)
        and not _common_noun(trig, first)
    ):
        return False
    if trig.needs_any and not trig.needs_any & lemmas:
        return False
    return not trig.unless_any & lemmas


def _common_noun(trig: Trigger, tok: Any) -> bool:
    """A lower-case word the tagger took for a proper noun is a common noun: "held their
    weekly Wednesday march" (the small model tags "march" PROPN beside a day's name; the month
    is written "March"). recall31, session 31."""
    return "NOUN" in trig.pos and tok.pos_ == "PROPN" and tok.text.islower()


def _verb_by_object(trig: Trigger, tok: Any) -> bool:
    """A word the tagger took for a noun that governs a direct object is a verb: "gunmen
    entered a bar and shot spectators" (the small model tags "shot" NOUN in such a chain, yet
    hangs "spectators" on it as its object; a noun never has one). recall29, session 29."""
    return "VERB" in trig.pos and tok.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in tok.children)


def sub_event(hit: Hit, roles: Roles) -> str:
    """The sub-event type of one hit, settling the target- and actor-dependent kinds."""
    kind = hit.trigger.kind
    if kind == "violence":
        target, who = roles.actor2, roles.actor1
        if hit.gathering_object and who is not None and who.cls == "state":
            # a force firing on a demonstration ("police fired on a BNP procession"): the
            # marchers, not the party named on the noun, are the target (types46)
            return "Excessive force against protesters"
        if target is not None and target.cls in ("state", "armed"):
            return "Armed clash"
        if hit.military_object and (target is None or target.cls in (None, "civilians")):
            # "attacked a checkpoint", "stormed an army base": armed people hold it; the
            # people its killing word names ("attacked a checkpoint, killing five people")
            # fell in that fight
            return "Armed clash"
        # ACLED: lethal or excessive force on protesters by state (or unknown) forces
        protesters = target is not None and target.cls == "protesters"
        if protesters and (who is None or who.cls == "state"):
            return "Excessive force against protesters"
        return "Attack"
    if kind == "territory":
        who = roles.actor1
        # rioters who "seized the airport" riot: a crowd takes no territory (ACLED codes the
        # crowd's violence as a Violent demonstration; issue 9, session 13)
        if who is not None and who.cls == "protesters":
            return "Violent demonstration"
        # land occupied by people no actor base arms or classes ("a landless movement occupied
        # a farm"): a demonstration (ACLED codes land occupations by movements as protests);
        # the state or an armed group occupying the land takes it (below; recall31)
        if hit.trigger.sub == "Peaceful protest" and (
            who is None or who.cls in (None, "civilians")
        ):
            return "Peaceful protest"
        # civilians who "occupied" an estate, a farm or an office occupy it in protest (ACLED
        # codes land and building occupations by movements as demonstrations; recall30)
        if who is not None and who.cls == "civilians" and hit.trigger.words == ("occupy",):
            return "Peaceful protest"
        if who is not None and who.cls == "state":
            return "Government regains territory"
        # "recaptured", "retook", "liberated" say the place is won back: by the state unless
        # the taker is known to be a non-state group ("Kenyan and Somali troops recaptured")
        if who is not None and who.cls != "armed" and hit.trigger.sub in CAPTURE_SUBS[:1]:
            return "Government regains territory"
        if who is not None:
            return "Non-state actor overtakes territory"
    return hit.trigger.sub


PROTEST_SUBS = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
    }
)
CAPTURE_SUBS = ("Government regains territory", "Non-state actor overtakes territory")
SHELLING = "Shelling/artillery/missile attack"
REMOTE = "Remote explosive/landmine/IED"


SETTING_MARKS = frozenset({"as", "while", "when", "amid"})


def _setting(tok: Any) -> bool:
    """The word is in a clause that only sets the scene ("as border fighting flared", "amid
    fighting"): a subordinate clause under "as/while/when", or the object of "amid"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in SETTING_MARKS:
        return True
    cur = tok
    for _ in range(VETO_DEPTH):
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in cur.children
        ):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def ground_battle(sub: str, hits: list[Hit], roles: Roles, lex: Lexicon, doc: Any = None) -> str:
    """Shelling reported inside a ground battle is the battle (ACLED): "troops clashed with
    insurgents as both sides traded artillery fire" is an Armed clash. It stays shelling when
    its target is civilians, or when no fighting word ("clash", "battle", "storm", data
    ``battle_words``) is part of the event, or when the fighting only sets the scene of the
    shelling ("as border fighting flared, rockets hit a petrol station", issue 9, session 12)."""
    fights = [h for h in hits if h.trigger.words[0] in lex.battle_words]
    if doc is not None:
        fights = [h for h in fights if not _setting(doc[h.head])]
        # "attacked an army camp, shelling it with mortars before storming it": the assault
        # word names nobody itself (no hit of its own), the attack on the post is the battle
        stormed = {t.lemma_.lower() for t in doc[hits[0].head].sent} & lex.battle_words
        fights += [h for h in hits if h.military_object and stormed] if hits else []
    if sub != SHELLING or not fights:
        return sub
    target = roles.actor2
    return sub if target is not None and target.cls == "civilians" else "Armed clash"


# Explosive words that name no particular device (with ``generic_blasts``).
PLAIN_BOMBS = frozenset({"bomb", "explosive", "detonate"})


def assault(sub: str, typed: list[tuple[str, Hit]], lemmas: frozenset[str], lex: Lexicon) -> str:
    """Attackers who set off bombs and shoot ("militants attacked the mosque with bombs and
    gunfire") make the attack their violence word names, not a Remote explosive: ACLED keeps
    that for a device whose user is not there. A named device (IED, car bomb) stays."""
    if sub != REMOTE or not lemmas & lex.gun_words:
        return sub
    chosen = [h for s, h in typed if s == REMOTE]
    if not all(
        h.trigger.words[0] in lex.generic_blasts | PLAIN_BOMBS and len(h.trigger.words) == 1
        for h in chosen
    ):
        return sub
    violent = [
        s for s, h in typed if h.trigger.kind == "violence" and s in ("Attack", "Armed clash")
    ]
    return min(violent, key=lambda t: lex.precedence.get(t, 99)) if violent else sub


def mob_violence(sub: str, roles: Roles, doc: Any, lex: Lexicon, head: int | None = None) -> str:
    """Violence by a crowd, a mob or villagers is Mob violence (ACLED: rioters attack
    someone, as in a lynching), never an organised group's attack or a riot. ``head`` is the
    trigger's token: when no first actor was resolved, the verb's own subject is read."""
    who = roles.actor1
    if sub == "Attack" and who is None and head is not None and len(doc):
        # protest48 (session 48): "residents of a township beat and burnt two men accused of
        # robberies", "community members attacked two men they accused of housebreaking":
        # the resolver names no actor for a crowd it has no entry for, yet the verb's
        # subject is the crowd (ACLED: mob justice, a lynching, is Mob violence; notes b,
        # g dev). A crowd on property alone stays the riot, as below.
        # "armed Murle youth raided cattle camps": an armed band, no mob (notes za dev); nor
        # a crowd told with guns (``arms_words``)
        sent = doc[head].sent
        if _crowd_subject(doc[head], lex) and not {t.lemma_.lower() for t in sent} & (
            lex.arms_words | {"armed"}
        ):
            return "Violent demonstration" if _on_property(roles, doc, lex) else "Mob violence"
        return sub
    if sub not in ("Attack", "Armed clash", "Violent demonstration") or who is None:
        return sub
    if who.named and who.ids and who.cls == "armed":
        # a named armed group of vigilantes ("Koglweogo vigilantes raided", "Imbonerakure
        # youths") is an organised militia (ACLED: its raids are Attacks or Armed clashes)
        return sub
    sides = (roles.actor2, *roles.assoc1, *roles.assoc2)
    beside = [t for t in doc[who.root].conjuncts if crowd_word(t, lex)]
    unarmed = who.cls not in ("state", "armed") and any(_crowd(m, doc, lex) for m in sides)
    if sub == "Armed clash" and (unarmed or (beside and who.cls != "state")):
        # "settlers and villagers clashed" (the crowd beside the first side), "youths fought
        # residents of the next village": a community on one side is no organised force;
        # ACLED codes the fight between crowds as Mob violence (issue 9, session 16)
        return "Mob violence"
    if who.cls == "protesters" and _crowd_on_crowd(roles, doc):
        # "supporters of two rival parties fought with sticks", "ruling-party supporters
        # attacked opposition protesters": partisans fighting partisans or people, with no
        # state force as the other side, riot against each other (ACLED: Mob violence is
        # rioters violently interacting with other rioters or civilians; a Violent
        # demonstration is demonstrators' violence as they demonstrate). events20, session 20:
        # notesh, notesi, reportsb coded a riot or no event.
        return "Mob violence"
    if _crowd(who, doc, lex):
        if sub == "Attack" and _on_property(roles, doc, lex):
            return "Violent demonstration"
        return "Mob violence" if sub != "Violent demonstration" or _killing(roles) else sub
    return sub


def street_fight(sub: str, roles: Roles, doc: Any, lemmas: frozenset[str], lex: Lexicon) -> str:
    """An Armed clash waged only with a street fight's weapons (data ``street_weapons``:
    sticks, stones, machetes; ``lemmas`` are the sentence's), no word of arms or armed people
    in the sentence (``arms_words``) and no state force or named armed group among its sides:
    people, not organised forces, fought (ACLED: Mob violence; types22, session 22). A named
    group that only qualifies its people ("BNP and Jamaat activists", "Chhatra League and
    Chhatra Dal men": ``partisans``) is its supporters, no armed force."""
    if sub != "Armed clash" or not lemmas & lex.street_weapons or lemmas & lex.arms_words:
        return sub
    sides = [m for m in (roles.actor1, roles.actor2, *roles.assoc1, *roles.assoc2) if m]
    if any(
        m.cls == "state" or (m.cls == "armed" and m.named and m.ids and not partisans(m, doc, lex))
        for m in sides
    ):
        return sub
    return "Mob violence"


# The dependencies of a name that qualifies a noun ("BNP activists", "the party's cadres")
QUALIFIERS = frozenset({"nmod", "compound", "poss"})


def partisans(who: Any, doc: Any, lex: Lexicon) -> bool:
    """The named group stands for its people, not for its fighters: the name qualifies a plural
    people noun ("BNP and Jamaat activists": "BNP" hangs on "activists"), or is joined to one
    that another name qualifies, the head being shared ("Chhatra League and Chhatra Dal men"
    are the League's men and the Dal's men). The people noun is no armed or state word
    ("Hezbollah and Amal fighters" stay fighters). actors43 (session 43): three writers'
    partisan fights with sticks (notes f, r, zd dev) read as the party's armed clash."""
    root = doc[who.root]
    heads = [root.head] if root.dep_ in QUALIFIERS and root.head.i != root.i else []
    heads += [
        c
        for c in root.children
        if c.dep_ == "conj" and any(k.dep_ in QUALIFIERS for k in c.children)
    ]
    return any(_people_noun(h, lex) for h in heads)


def _people_noun(tok: Any, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lex.actor_nouns.get(lemma) in ("armed", "state"):
        return False
    return lemma in lex.people_nouns or lemma in lex.crowd_doers


def unarmed_clash(sub: str, roles: Roles, doc: Any, lemmas: frozenset[str], lex: Lexicon) -> str:
    """A clash of unarmed people with the state's forces ("students clashed with police",
    "farmers fought with the police") is a riot, not a battle: ACLED's Armed clash is fought
    by armed, organised groups on both sides, and people who clash with police or security
    forces are rioters (codebook: Violent demonstration, demonstrators engaging in violence,
    including clashes with security forces). Only when the first side is written as plural
    civilians ("students", "workers", "farmers"; ``actor_nouns`` civilians, not "men", whose
    arms are often unwritten), the other side is a state force, and the sentence names no
    arms or armed people beside the police or soldiers met (``arms_words``). Issue 9, session
    38 (actor38): students, followers and fans who clashed with police were typed battles
    with an unidentified armed group in the dev halves of notes i, n and t; this reaches the
    students (notes n); fans named by their club stay a crowd (``crowds._named_people``) and
    riot through the crowd reading; "followers" are no civilians' noun (left)."""
    one, two = roles.actor1, roles.actor2
    if sub != "Armed clash" or one is None or two is None or two.cls != "state":
        return sub
    if one.cls != "civilians" or not len(doc) or lemmas & (lex.arms_words - lex.force_nouns):
        return sub
    root = doc[one.root]
    if root.lemma_.lower() in lex.group_people or not is_plural(root):
        return sub
    if any(c.dep_ == "amod" and c.lower_ == "armed" for c in root.children):
        return sub
    return "Violent demonstration"


# Words in a crowd's phrase that make it both sides of a fight ("supporters of two rival
# parties", "partisans of both camps", "opposing groups of supporters").
TWO_SIDES = frozenset({"rival", "two", "both", "opposing"})


def _crowd_on_crowd(roles: Roles, doc: Any) -> bool:
    """The crowd fights other crowds or people, not a state force: its target is protesters
    or civilians, or it has no target and its own phrase names two sides (``TWO_SIDES``, or
    two groups joined in its "of" phrase: "supporters of the ruling party and the
    opposition")."""
    if not len(doc) or roles.actor1 is None:
        return False
    target = roles.actor2
    if target is not None:
        return target.cls in ("protesters", "civilians")
    if any(m.cls == "state" for m in (*roles.assoc1, *roles.assoc2)):
        return False
    root = doc[roles.actor1.root]
    words = list(root.subtree)
    return any(t.lemma_.lower() in TWO_SIDES for t in words) or any(
        t.dep_ == "conj" and t.head.dep_ == "pobj" for t in words
    )


def _crowd_subject(tok: Any, lex: Lexicon) -> bool:
    """The active subject of the trigger's verb (or of the verb it is joined to: "beat and
    burnt", or that its subjectless participle hangs on: "attacked two men, beating them")
    is a crowd word (``crowd_word``)."""
    verb = tok
    while (
        verb.dep_ in ("conj", "advcl")
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    return any(c.dep_ == "nsubj" and crowd_word(c, lex) for c in verb.children)


def _crowd(who: Any, doc: Any, lex: Lexicon) -> bool:
    """The mention's head is a crowd word (data ``mob_nouns``: mob, villagers, residents)."""
    return who is not None and crowd_word(doc[who.root], lex)


def crowd_word(root: Any, lex: Lexicon) -> bool:
    # the tagger leaves a plural it takes for a name unlemmatised ("mobs attacked")
    words = {root.lemma_.lower(), root.lower_, root.lower_.removesuffix("s")}
    if words & lex.mob_nouns:
        return True
    # "community members", "members of the community" are the people of a place (protest48)
    if root.lemma_.lower() == "member" and any(
        t.lemma_.lower() == "community"
        for c in root.children
        for t in (c, *(p for p in c.children if p.dep_ == "pobj"))
        if c.dep_ in ("compound", "prep")
    ):
        return True
    # "groups of residents", "hundreds of villagers", "a band of youths": the crowd is the "of"
    # phrase's noun (types27, session 27: reports c, notes dev)
    if root.lemma_.lower() not in CROWD_HEADS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and crowd_word(p, lex) for p in c.children)
        for c in root.children
    )


# Nouns that count or group people, whose "of" phrase says who they are.
CROWD_HEADS = frozenset({"group", "band", "dozen", "dozens", "hundred", "hundreds", "thousand"})


def _on_property(roles: Roles, doc: Any, lex: Lexicon) -> bool:
    """A crowd that "attacked and set fire to embassies" rioted (ACLED: a Violent demonstration
    is demonstrators' violence and destruction; Mob violence is a crowd turning on people): no
    people named as its target, and the sentence names a fire or destruction (issue 9,
    session 13)."""
    if roles.actor2 is not None or not len(doc):
        return False
    sent = doc[roles.actor1.root].sent if roles.actor1 is not None else doc[:]
    # "seized two police agents and set them on fire": people, not buildings
    # or "burned her alive", "looted shops ... 3 people killed": a crowd that killed
    people = any(
        (
            (t.dep_ in ("dobj", "obj") or _set_fire_to(t))
            and (t.pos_ == "PRON" or t.ent_type_ == "PERSON" or t.lemma_.lower() in lex.actor_nouns)
        )
        or t.lemma_.lower() in lex.death_words
        or t.lower_ == "alive"
        for t in sent
    )
    return not people and any(t.lemma_.lower() in PROPERTY_WORDS for t in sent)


def _set_fire_to(tok: Any) -> bool:
    # "set fire to two suspected kidnappers": the people burned are the object of "to"
    # (crowds36)
    prep = tok.head
    return bool(tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() == "set")


# Words of destruction that make a crowd's attack on buildings a riot (``mob_violence``).
# Looting alone stays with the crowd's other violence ("a mob attacked and looted shops owned
# by migrants. 3 people killed." is Mob violence).
PROPERTY_WORDS = frozenset({"fire", "burn", "torch", "vandalize", "vandalise", "wreck"})


def _killing(roles: Roles) -> bool:
    # a crowd fighting the police is a riot; a crowd turning on people is mob violence
    return roles.actor2 is not None and roles.actor2.cls == "civilians"


def upgrade_words(sent: Any, lex: Lexicon) -> list[Any]:
    """The words ``upgrades`` read: not those that only say what kind of force a state actor
    is ("riot police"), nor a cause phrase or clause ("protested after the arrest of their
    leader" met no arrests; "rioted after police killed a student the day before" and "riots
    over the killing of a teenager" are no lethal force on those protesters)."""
    skip = {
        t.i
        for tok in sent
        if cause(tok, lex) or _cause_clause(tok, lex) or _denied(tok, lex) or demanded(tok, lex)
        for t in tok.subtree
    }
    skip |= {tok.i for tok in sent if _dispersed_alone(tok) or _in_place_name(tok)}
    skip |= {t.i for tok in sent if _dated_description(tok) for t in tok.subtree}
    return [t for t in sent if t.i not in skip and not force_modifier(t, lex)]


def _dated_description(tok: Any) -> bool:
    """A participle or relative clause that describes people by a deed of its own time ("the
    protesters killed by police in 2022", "those who died last year", "students shot two
    years ago"): the clause's own date says the deed is not the day's, so it tells who the
    crowd remembers, not force it met (crowds36, session 36: a protest sentence with a
    killing anywhere in it was typed Excessive force). A killing of the day is told by the
    sentence's verbs ("police fired, killing two"), not as a dated description of people."""
    if tok.dep_ not in ("acl", "relcl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return any(t.ent_type_ == "DATE" for t in tok.subtree if t.i != tok.i)


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _in_place_name(tok: Any) -> bool:
    """A word of a place's name of several words ("Lion Rock", "Stone Town", "Fire Hill Road")
    names the place, not a stone thrown or a fire set: a capitalised proper noun the model
    reads as part of a place entity, joined to another proper noun of the name (recall34)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in PLACE_ENTS:
        return False
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _denied(tok: Any, lex: Lexicon) -> bool:
    """A word its own negation denies: coder's notes say what did not happen ("Peaceful, no
    arrests.", "No force used that evening.", "dispersed without tear gas"); such words are
    no intervention (issue 9, session 14). Only words of force and its means: "without
    resistance", "met no resistance" still tell a takeover unopposed."""
    if tok.lemma_.lower() not in DENIABLE:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == WITHOUT:
        return True
    if any(c.dep_ in ("det", "neg") and c.lower_ in lex.negations for c in tok.children):
        return True
    return _done_to_nobody(tok, lex)  # "Nobody arrested." (recall32)


# Words of a protest's intervention or violence that a note may deny ("no arrests").
DENIABLE = frozenset(
    {
        "arrest",
        "detain",
        "detention",
        "force",
        "gas",
        "teargas",
        "cannon",
        "bullet",
        "baton",
        "spray",
    }
    | {"crackdown", "violence", "clash", "incident"}
)


def _dispersed_alone(tok: Any) -> bool:
    """ "they dispersed", "the crowd dispersed after officials met them": a crowd that broke
    up with no one breaking it up (no object, no passive) met no intervention."""
    return (
        tok.lemma_.lower() == "disperse"
        and tok.pos_ == "VERB"
        and not any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent") for c in tok.children
        )
    )


def upgrade_text(sent: Any, lex: Lexicon) -> str:
    """The sentence's ``upgrade_words`` as the padded text ``upgrade`` searches: lemmas, then
    lower-case forms, each word between spaces."""
    words = upgrade_words(sent, lex)
    return f" {' '.join(t.lemma_.lower() for t in words)} {' '.join(t.lower_ for t in words)} "


def may_upgrade(sub: str, words: frozenset[str], lex: Lexicon) -> bool:
    """Whether an ``upgrades`` rule from ``sub`` can fire on a sentence whose lemmas and
    lower-case forms (``Sentence.lemmas``) are ``words``: every word of one of its phrases is
    among them. ``upgrade_text`` joins some of those same words between spaces, and a phrase
    is found there only as whole words; when no rule can fire, ``upgrade`` returns ``sub``
    whatever the text, and the text need not be built (speed40: most sentences with events
    hold no phrase of their type's rules)."""
    return any(
        sub in rule.from_subs and any(all(w in words for w in p) for p in _phrase_words(rule))
        for rule in lex.upgrades
    )


@cache
def _phrase_words(rule: Upgrade) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in rule.phrases)


def upgrade(sub: str, lemma_text: str, lex: Lexicon) -> str:
    """Apply data/triggers.yaml ``upgrades`` (" tear gas " in a protest sentence...)."""
    for rule in lex.upgrades:
        if sub not in rule.from_subs:  # first: most rules upgrade other types (no side effect)
            continue
        fires = any(f" {p} " in lemma_text for p in rule.phrases)
        if fires and not any(f" {p} " in lemma_text for p in rule.unless):
            return rule.to
    return sub


def best(subs: list[tuple[str, Hit]], lex: Lexicon, doc: Any = None) -> tuple[str, Hit]:
    """The most specific of several (sub-event type, hit) pairs (data ``precedence``); between
    means of fighting (data ``syntax_decides``) the one the sentence's main verb governs most
    closely ("troops clashed with rebels backed by air strikes" is the clash)."""
    first = min(subs, key=lambda sh: (rank(sh, lex), -sh[1].trigger.strength))
    # a killing word typed by its victims ("killed five fighters": a clash) names no means
    means = [sh for sh in subs if sh[0] in lex.syntax_decides and sh[1].trigger.kind != "violence"]
    if doc is None or first not in means or len({m for m, _ in means}) < 2:
        return first
    chosen = min(
        means,
        key=lambda sh: (
            depth(doc[sh[1].head]),
            rank(sh, lex),
            -sh[1].trigger.strength,
        ),
    )
    # the means the syntax chose still yields to a more specific kind of event beside it:
    # "clashing with insurgents and capturing a village" is the capture (ACLED precedence)
    rest = [sh for sh in subs if sh not in means]
    return min([chosen, *rest], key=lambda sh: (rank(sh, lex), -sh[1].trigger.strength))


def rank(sh: tuple[str, Hit], lex: Lexicon) -> float:
    """The pair's place in data ``precedence``; a bare explosion word (data
    ``generic_blasts``) names no device and ranks after every specific explosive means."""
    sub, hit = sh
    if sub == REMOTE and hit.trigger.words[0] in lex.generic_blasts:
        return lex.precedence.get(SHELLING, 98) + 0.5
    return lex.precedence.get(sub, 99)


def depth(tok: Any) -> int:
    """How many heads up from ``tok`` to its sentence's root (a verb in a clause under the
    main verb is deeper than the main verb's own subject or object)."""
    steps = 0
    while tok.head.i != tok.i and steps < 50:
        tok, steps = tok.head, steps + 1
    return steps
