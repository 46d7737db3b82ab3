"""Protest and development words in sentences that report no event ACLED codes (session 26,
quiet26: documents and sentences that tell no event should yield none).

- a protest still to come: a protest noun that is the object of an announcing verb ("opposition
  parties announced a march for Saturday", "organisers have announced new protests for next
  week") or its passive subject ("a rally has been scheduled"); the protest is coded when it is
  held, from the report that tells it (ACLED's codebook: a planned demonstration is no event);
- a diplomatic protest: a state or an office complaining to another ("the defence ministry
  protested to Islamabad", "lodged a formal protest with the embassy"); diplomacy, not a
  demonstration;
- an event told as months or years apart from another ("the floods come months after deadly
  protests", "two years after gunmen killed 30 villagers"): a past event the report recalls;
- an arrest for an ordinary crime ("two suspects were arrested after an armed robbery at a
  shop") with no armed group named: police work, not an arrest ACLED codes.

The words are data (triggers.yaml ``background.non_events``: ``announcing_verbs``,
``diplomatic_protest_verbs``, ``diplomatic_protest_modifiers``, ``diplomatic_addressees``,
``crime_words``, ``long_gap_units``). Relief
goods (``relief_goods``) are read by ``modality.relief``.
"""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.background import NonEventWords
from ceasewatch.extract.tokens import first_conjunct, token_table

# Entity labels of a state, a capital standing for its government, or an organisation.
_STATES = frozenset({"GPE", "ORG", "NORP"})


def announced_protest(head: Any, words: NonEventWords) -> bool:
    """A protest noun announced, scheduled or postponed: it has not been held yet."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = head
    tok = first_conjunct(tok)  # "announced a march and a sit-in"
    verb = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in words.announcing_verbs


def _official(tok: Any, words: NonEventWords) -> bool:
    """A state, a capital, an office or a diplomat (an addressee or a complainant)."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in _STATES or lemma in words.diplomatic_addressees or lemma in words.civil


def diplomatic_protest(head: Any, words: NonEventWords) -> bool:
    """A state's or an office's complaint to another: "the ministry protested to Islamabad",
    "lodged a formal protest", "a diplomatic protest"."""
    lemma = head.lemma_.lower()
    if lemma != "protest":
        return False
    if head.pos_ == "VERB":
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        addressed = any(
            prep.dep_ == "prep"
            and prep.lower_ in ("to", "with")
            and any(o.dep_ == "pobj" and _official(o, words) for o in prep.children)
            for prep in head.children
        )
        return addressed and any(_official(s, words) for s in subjects)
    if any(
        c.dep_ in ("amod", "advmod") and c.lower_ in words.diplomatic_protest_modifiers
        for c in head.children
    ):
        return True
    return head.dep_ == "dobj" and head.head.lemma_.lower() in words.diplomatic_protest_verbs


GAP_PREPS = frozenset({"after", "before"})


# "earlier that month", "later the same year": a time within the unit, not a gap of months
_WITHIN = frozenset({"that", "this", "the", "same"})


def _long_gap(word: Any, words: NonEventWords) -> bool:
    """``word`` ("after", "before") is measured in months or years ("months after", "two years
    before"); "earlier that month" measures no gap."""
    return any(
        c.dep_ in ("npadvmod", "advmod", "nmod")
        and c.lemma_.lower() in words.long_gap_units
        and not any(d.lower_ in _WITHIN for d in c.children if d.dep_ in ("det", "amod"))
        for c in word.children
    )


def long_ago(head: Any, words: NonEventWords) -> bool:
    """The trigger is an event told as months or years apart from another: "come months after
    deadly protests", "two years after gunmen killed 30 villagers"."""
    if head.dep_ == "pobj" and head.head.lower_ in GAP_PREPS:
        return _long_gap(head.head, words)
    if head.dep_ in ("advcl", "pcomp"):
        marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ in GAP_PREPS]
        if head.dep_ == "pcomp" and head.head.lower_ in GAP_PREPS:
            marks.append(head.head)
        return any(_long_gap(m, words) for m in marks) or (bool(marks) and _long_gap(head, words))
    return False


def ordinary_crime(sub: str, lemmas: frozenset[str], armed: bool, words: NonEventWords) -> bool:
    """An arrest told for an ordinary crime (``crime_words``: "arrested after an armed robbery
    at a shop") in a sentence that names no armed group (``armed``)."""
    if sub != "Arrests" or armed:
        return False
    singular = {w[:-1] for w in lemmas if w.endswith("s")}
    return bool((lemmas | singular) & words.crime_words)


# Session 27 (quiet27): a tally over a period, a past event recalled, an act still expected.

# Prepositions that measure a span ("over the past week", "in recent months", "during the
# last ten days", "for years"): with a span word below, the clause sums a period.
SPAN_PREPS = frozenset({"over", "in", "during", "within", "throughout", "for"})
# Words that make an instant of the clause ("on Monday", "overnight"): a day told in the
# clause makes it one event's report even where a span is named too.
_DAY_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "overnight",
    }
)  # fmt: skip


def _span(prep: Any, words: NonEventWords) -> bool:
    """``prep`` measures a span: "over the past (seven) days", "in recent weeks", "for years"
    (a bare plural of months, years or decades after "for"; "for two days", "fought for days"
    tell one long fight, not a tally)."""
    if prep.dep_ != "prep" or prep.lower_ not in SPAN_PREPS:
        return False
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.lemma_.lower() not in words.span_units:
            continue
        kids = list(obj.children)
        if any(c.dep_ == "amod" and c.lower_ in words.span_modifiers for c in kids):
            return bool(prep.lower_ != "for")
        bare = not any(c.dep_ in ("det", "nummod", "amod", "poss") for c in kids)
        # "for years", "for decades"; not "fought for days" (a battle of several days)
        long = obj.lemma_.lower() in words.long_gap_units
        if prep.lower_ == "for" and bare and obj.tag_ == "NNS" and long:
            return True
    return False


def _clause_verb(tok: Any) -> Any:
    """The nearest verb at or above ``tok`` (the token itself if it is one)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def period_tally(head: Any, words: NonEventWords) -> bool:
    """The trigger sums a period ("9 militants were killed over the past week", "camps have
    been hit by shelling in recent weeks", "has carried out strikes in the north for years"):
    a tally or a lasting state, no event of a day (ACLED codes each event on its own day).
    The span must hang from the trigger's clause; a day named in the sentence keeps it."""
    sent = head.sent
    if any(w in _DAY_WORDS for w in token_table(head.doc).lower[sent.start : sent.end]):
        return False
    for tok in sent:
        if tok.dep_ != "prep" or not _span(tok, words):
            continue
        if _above(_clause_verb(tok.head), head) or _below(tok, head):
            return True
    return False


def _above(verb: Any, head: Any) -> bool:
    """``verb`` is ``head`` or governs it within its clause or through "and" ("9 were killed
    ..., and 14 hideouts destroyed"); a span of a clause the trigger's is subordinate to
    ("a site both claimed for decades, where officials said shelling killed two") is not
    the trigger's."""
    cur = head
    for _ in range(12):
        if cur.i == verb.i:
            return True
        if cur.head.i == cur.i or (cur.dep_ in _CLAUSES and cur.dep_ != "conj"):
            return False
        cur = cur.head
    return False


# Dependencies that open a clause of its own: a span below one of them is that clause's.
_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "conj", "acl", "parataxis", "csubj"})


def _below(tok: Any, head: Any) -> bool:
    """``tok`` hangs from ``head`` within its clause ("killed by shelling over the last week":
    the span is the killing's)."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == head.i:
            return True
        cur = cur.head
        if cur.dep_ in _CLAUSES:
            return False
    return False


def recalled_event(head: Any, words: NonEventWords) -> bool:
    """The trigger lies under a memory of it: "revived memories of the unrest that swept the
    country, when a teenager was shot dead", "a memorial service was held for those who died in
    the shelling". The memorial itself (a march in memory of the dead) stays an event."""
    for anc in head.ancestors:
        if anc.lemma_.lower() in words.recalling_nouns:
            return True
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        for c in anc.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or c.i == head.i:
                continue
            marks = [c] + [m for m in c.children if m.dep_ in ("amod", "compound")]
            if any(m.lemma_.lower() in words.recalling_nouns for m in marks):
                return True
    return False


def expected(head: Any, words: NonEventWords, protest: bool) -> bool:
    """An act still expected ("expect convoys and loud explosions near the ranges", "a
    reinforced police presence is expected", "a strike called for next week is expected to
    have limited impact"); a protest also when planned or called for a later day ("protests
    announced for next week", "a sit-in is planned for Thursday")."""
    verbs = words.expecting_verbs | (
        words.announcing_verbs | words.planning_verbs if protest else frozenset()
    )
    tok = head
    # "convoys and loud explosions", "a reinforced police presence", "convoys on the road and
    # explosions" (the small model hangs the second object on the first one's place)
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in ("conj", "amod", "compound", "pobj", "prep"):
            break
        if tok.dep_ == "prep" and tok.lower_ in GAP_PREPS | {"since", "following"}:
            break  # "expected trouble after the clashes": the clashes were
        if protest and _called_for(tok, words):
            return True
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in verbs:
        return True
    if protest and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs and _later(tok.head):
        return True  # a desk's line: "fuel protests announced for next week by a committee"
    if protest and tok.pos_ in ("NOUN", "PROPN"):
        # "protests announced for next week", "a strike called for next week"
        return any(
            c.dep_ == "acl" and c.lemma_.lower() in verbs | words.calling_verbs and _later(c)
            for c in tok.children
        )
    return False


_LATER = frozenset({"next", "coming", "tomorrow", "later"})


def _called_for(prep: Any, words: NonEventWords) -> bool:
    """Session 29 (prec29): the protest is what someone "called for" ("students called for
    another day of demonstrations", "the union has called for three days of strikes and
    rallies"): a call to protest, which ACLED does not code; the protest is coded when it is
    held. The protest noun hangs on "for" under a calling verb, perhaps through a measure of
    time ("a day of", "a week of"). People who protest "calling for" something else ("marched,
    calling for his release") have no protest noun under the verb."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in words.calling_verbs
    )


def _later(verb: Any) -> bool:
    """The verb names a later day: "for next week", "for tomorrow", "for the coming days"."""
    return any(t.lower_ in _LATER for t in verb.subtree)


__all__ = [
    "announced_protest",
    "diplomatic_protest",
    "expected",
    "long_ago",
    "ordinary_crime",
    "period_tally",
    "recalled_event",
]
