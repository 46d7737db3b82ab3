"""Where the parse puts the doer and the sufferer of an act somewhere else than a verb's own
subject and object: read by ``roles`` (issue 9, session 31). Token-level: each function returns
parse tokens, which ``roles`` turns into actor mentions.

1. a note's place label before a colon, parsed as a subject, is no doer ("Kara (Kozah): a lone
   attacker threw a grenade", "Kunar district: three soldiers killed"): ``subjects``;
2. an attack the subject "came under" or "was the target of" fell on that subject; its author is
   written after "from" or "by" ("a patrol came under attack from ISWAP fighters"):
   ``suffering_verb``, ``authors``;
3. an act told by a noun of an operation that is the subject of a killing verb was done by the
   operation's agent or owner ("an operation by the army killed six militants", "a police
   sweep left two dead"): ``operation_agents``.
"""

from __future__ import annotations

from typing import Any

SUBJECT = frozenset({"nsubj", "csubj"})
# "came under attack", "were under fire", "fell under attack"
UNDER_VERBS = frozenset({"come", "be", "fall"})
# "X was the target of an attack", "became the target of a raid"
TARGET_NOUNS = frozenset({"target"})
AUTHOR_PREPS = frozenset({"by", "from"})
# Nouns of an armed act that has an owner but is no event word of its own here ("an operation
# by the army killed ..."). The event nouns of the trigger tables are read as triggers first.
OPERATION_NOUNS = frozenset(
    {"operation", "raid", "offensive", "sweep", "crackdown", "assault", "attack", "ambush",
     "strike", "airstrike", "bombardment", "shelling", "barrage", "incursion", "patrol"}
)  # fmt: skip
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def subjects(verb: Any) -> list[Any]:
    """The verb's subjects, without a lead label the parser made one of them: in "Dapaong
    (Savanes): a lone attacker threw a grenade" or "Kurram district: gunmen attacked ...", a
    note's or a digest's place label before a colon hangs on the verb beside its real subject
    (a subject written before a colon that another subject of the verb follows), or holds the
    real subject inside it as an apposition after the colon (``_after_label``). Issue 9,
    session 31: two writers' notes gave the place as the doer."""
    found = [_after_label(c) for c in verb.children if c.dep_ in SUBJECT]
    if len(found) < 2:
        return found
    last = found[-1]
    return [
        s
        for s in found
        if s is last or not any(_colon(t) for t in verb.doc[s.right_edge.i : last.left_edge.i])
    ]


def _after_label(subj: Any) -> Any:
    """The noun after a label's colon that the parse hung inside the label ("Kara (Kozah): a
    lone attacker threw ...", with "attacker" an apposition of "Kozah"), else the subject."""
    colon = next((t for t in subj.subtree if t.i > subj.i and _colon(t)), None)
    if colon is None:
        return subj
    after = (
        t
        for t in subj.subtree
        if t.i > colon.i and t.dep_ in ("appos", "conj", "dep") and t.pos_ in ("NOUN", "PROPN")
    )
    return next(after, subj)


def _colon(tok: Any) -> bool:
    return bool(tok.is_punct) and ":" in tok.text


def suffering_verb(noun: Any) -> Any | None:
    """The verb whose subject an attack told as a noun fell on: "an army patrol came under
    attack", "soldiers were the target of an attack"; None for any other noun. Its subject is
    the target, never the author (the climb to the governing verb's subject made the patrol
    the attacker)."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "under" and prep.head.lemma_.lower() in UNDER_VERBS:
        return prep.head
    target = prep.head
    of_target = prep.lower_ == "of" and target.lemma_.lower() in TARGET_NOUNS
    return target.head if of_target and target.dep_ in ("attr", "oprd", "dobj") else None


def authors(noun: Any, verb: Any) -> list[Any]:
    """Who made the attack a subject suffered: "under attack from/by X", written on the noun or,
    as the parse often hangs it, on the verb ("came under attack by Al Shabaab")."""
    return prep_objects(noun, AUTHOR_PREPS) + (
        prep_objects(verb, AUTHOR_PREPS) if verb.lemma_.lower() in UNDER_VERBS else []
    )


def operation_agents(nouns: list[Any]) -> list[Any]:
    """The agent ("an operation by the army", "a raid by police") or the owner written before
    ("an army operation", "the army's offensive") of an operation noun that is the subject: the
    doer of what the operation did ("... killed six militants"). Owners are returned as their
    words; ``roles`` keeps only those that name an armed actor or a state force."""
    found: list[Any] = []
    for noun in nouns:
        if noun.lemma_.lower() not in OPERATION_NOUNS:
            continue
        agents = prep_objects(noun, frozenset({"by"}))
        found += agents or [c for c in noun.children if c.dep_ in OWNER_DEPS and c.i < noun.i]
    return found


def prep_objects(tok: Any, preps: frozenset[str]) -> list[Any]:
    """The objects of ``tok``'s prepositions (or passive agent) among ``preps``: "attack from
    X", "killed by Y"."""
    return [
        g
        for c in tok.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def counted_together(noun: Any) -> list[Any]:
    """What a participle hung on ``noun`` tells of: in a coder's toll "2 policemen and 1
    attacker killed", the parse hangs "killed" on the last of the coordinated counts, but it
    tells the toll of all of them; the first of the coordination is returned (``roles.group``
    follows its conjuncts), so that the side written first stays first (issue 9, session 32:
    the attacker counted last was taken as the side attacked)."""
    cur = noun
    while cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN", "NUM") and cur.head.i < cur.i:
        cur = cur.head
    return [cur]
