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

# Entity labels of a state, a capital standing for its government, or an organisation.
_STATES = frozenset({"GPE", "ORG", "NORP"})


def announced_protest(head: Any, words: NonEventWords) -> bool:
    """A protest noun announced, scheduled or postponed: it has not been held yet."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "announced a march and a sit-in"
        tok = tok.head
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


__all__ = ["announced_protest", "diplomatic_protest", "long_ago", "ordinary_crime"]
