"""A crowd written as the doer of an act, by ACLED's codebook (issue 9,
sessions 33-34). Token-level: read by ``mentions`` (who is an actor).

1. People named by a plural word for a body of people acting together ("youths", "fans",
   "marchers", "hooligans", "miners"; data/actors.yaml ``crowd_doers``) are an actor when the
   parse makes them a verb's subject ("youths looted shops", "fans clashed with police",
   "groups of youths attacked ..."): ACLED codes such a crowd as Rioters or Protesters by what
   it did, never as civilians, and leaving the words unread left the act without a doer (the
   convention then filled an unidentified armed group, or nothing was coded). The same words as
   an object or a victim ("police shot two youths") stay no actor, as before: a victim is
   whoever the sentence names, and the word alone says nothing of a crowd. A verb the writer
   sets alone in quotation marks ("fans 'stormed' the stadium to celebrate") is a figure.
   ``crowd_doer``.
2. A crowd acting "with" arms ("attacked the camp with explosives") is an armed band, but the
   state's forces after "with" are the side the crowd met, not its weapons: "fans clashed with
   police", "youths fought with soldiers" are a crowd fighting the state's forces, ACLED's
   Violent demonstration (codebook: demonstrators who clash with police or security forces), not
   an Armed clash. ``arms_words`` lists the police and soldiers for another reading (a street
   fight in a sentence naming them is no mob's, ``triggers.py``), so the crowd's instruments
   are read without them (actor38, session 38: before, "clashed with police" made every crowd
   an armed band, and the clash was typed a battle with an unidentified armed group).
"""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.tokens import first_conjunct

# The dependency that makes a noun the doer of its verb (an active subject: a passive's
# subject is done to, unlike events.SUBJECT_DEPS, which takes both); a conjunct of the
# subject shares it ("youths and residents attacked ...").
DOER_DEP = "nsubj"
# Nouns that count or group people, whose "of" phrase names them ("groups of youths",
# "hundreds of fans"): the subject is the group, the crowd its "of" noun.
GROUP_HEADS = frozenset({"group", "band", "gang", "dozen", "hundred", "thousand", "score"})
# Modifiers that make the crowd an armed band ("armed youths"): its acts are an armed group's.
ARMED_MODIFIERS = frozenset({"armed"})
CROWD_CLASS = "protesters"
# Crowd words that name people by what they follow, not by who they are (``_named_people``)
FOLLOWERS = frozenset({"fan"})
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "«", "»"})


def crowd_doer(
    tok: Any,
    crowd_words: frozenset[str],
    arms: frozenset[str],
    forces: frozenset[str] = frozenset(),
) -> str | None:
    """The actor class of ``tok`` when it is a crowd written as a doer (module docstring, 1),
    else None. A crowd "armed" or acting "with" arms (``arms``: guns, explosives) is an armed
    band, whose acts are an armed group's; the state's forces (``forces``: police, soldiers)
    after "with" are the side it met, never its arms (module docstring, 2)."""
    if tok.pos_ not in ("NOUN", "PROPN") or not _crowd_word(tok, crowd_words):
        return None
    if not is_plural(tok) or _armed(tok) or _two_peoples(tok) or _named_people(tok):
        return None
    verb = _doer_verb(tok)
    if verb is None or any(_with_arms(act, arms - forces) for act in _acts(verb)):
        return None
    return CROWD_CLASS


def _crowd_word(tok: Any, crowd_words: frozenset[str]) -> bool:
    # the tagger leaves a sentence's first plural it takes for a name unlemmatised ("Youths")
    lower = tok.lower_
    return bool({tok.lemma_.lower(), lower, lower.removesuffix("s")} & crowd_words)


def is_plural(tok: Any) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")


def _armed(tok: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in ARMED_MODIFIERS for c in tok.children)


def _two_peoples(tok: Any) -> bool:
    """ "Kusasi and Mamprusi youths": two named peoples sharing the word are two communities'
    fighters (ACLED: identity militias, or mob violence between them), read as before; one
    people's crowd ("Palestinian youths") stays a crowd."""
    return any(
        c.dep_ in ("amod", "compound", "nmod")
        and c.pos_ in ("PROPN", "ADJ")
        and c.text[:1].isupper()
        and any(g.dep_ == "conj" for g in c.children)
        for c in tok.children
    )


def _named_people(tok: Any) -> bool:
    """ "Lou Nuer youths", "Murle youths": a crowd word qualified by a proper name (a people, a
    clan, a place) names a community's young men, whose raids ACLED codes to the community's
    militia (identity militias), not a faceless crowd; left to the resolver as before (session
    34). A nationality's adjective ("Palestinian youths", "French fans") keeps the crowd.
    Fans are named by what they follow ("PSG fans", "Galatasaray fans"), never by a people:
    the name before them is a club or an idol, and they stay a crowd (actor38, session 38)."""
    if tok.lemma_.lower() in FOLLOWERS:
        return False
    return any(
        c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.text[:1].isupper()
        for c in tok.children
    )


def _acts(verb: Any) -> list[Any]:
    """The verbs whose act the crowd did: its verb with that verb's conjuncts, and any verb of
    the sentence in the passive with no agent ("two guards were killed with rifles", "3 guards
    killed with explosives"), whose
    doer is the sentence's (session 34)."""
    acts = [verb, *verb.conjuncts]
    for t in verb.sent:
        deps = {c.dep_ for c in t.children}
        passive = "nsubjpass" in deps or (t.tag_ == "VBN" and "nsubj" not in deps)
        if t.pos_ == "VERB" and passive and "agent" not in deps:
            acts.append(t)
    return acts


def _with_arms(verb: Any, arms: frozenset[str]) -> bool:
    """ "attacked the camp with explosives", "raided it with guns"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "with" and o.lemma_.lower() in arms
        for p in verb.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def _doer_verb(tok: Any) -> Any | None:
    """The verb ``tok`` is the doer of: as its subject, a conjunct of the subject, or the "of"
    noun of a group that is one; None when it is no doer, or the verb is in scare quotes."""
    tok = first_conjunct(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        group = tok.head.head
        if group.lemma_.lower() in GROUP_HEADS:
            tok = group
    verb = tok.head
    if tok.dep_ == DOER_DEP and verb.pos_ in ("VERB", "AUX") and not _scare_quoted(verb):
        return verb
    return None


def _scare_quoted(verb: Any) -> bool:
    """A verb set alone in quotation marks ("fans 'stormed' the concourse to celebrate") is
    the writer's figure, not an act the crowd did."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    return doc[verb.i - 1].text in QUOTES and doc[verb.i + 1].text in QUOTES


__all__ = ["crowd_doer", "is_plural"]
