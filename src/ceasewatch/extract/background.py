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
which rebels took in 2019, ..."): its trigger is no event and its year not the sentence's date.
Coordinated clauses share a "since": "300,000 have been killed and millions displaced since
2011" is background as a whole.

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


def read_non_events(doc: dict[str, Any]) -> NonEventWords:
    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in doc.get(key, ()))

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
    )


@dataclass(frozen=True)
class BackgroundWords:
    """data/triggers.yaml ``background``, lower case."""

    conflict_nouns: frozenset[str]  # nouns naming a whole conflict, not one event
    short_periods: frozenset[str]  # "since dawn": a period this short is one event's time
    long_units: frozenset[str]  # "over the past five years": periods counted in these units
    period_preps: frozenset[str]  # prepositions that open a period or setting
    cues: frozenset[str]  # lemmas without which a sentence cannot be background (prefilter)
    retrospective_days: int = 30  # a sentence dated further back recalls a past event
    non_events: NonEventWords = NonEventWords()  # the sense check's words


def read_words(doc: dict[str, Any]) -> BackgroundWords:
    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in doc.get(key, ()))

    nouns, units = low("conflict_nouns"), low("long_units")
    return BackgroundWords(
        conflict_nouns=nouns,
        short_periods=low("short_periods"),
        long_units=units,
        period_preps=low("period_preps"),
        cues=nouns | units | {"since"},
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
        if lemma in RELATIVE and tok.dep_ == "relcl":
            return str(tok.head.lemma_).lower() in words.conflict_nouns
    return False


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
    if not lemmas & words.cues and not any(len(w) == 4 and w.isdigit() for w in lemmas):
        return []
    roots = [
        tok
        for tok in sent
        if tok.pos_ in ("VERB", "AUX", "NOUN")
        and (
            _dated_past(tok)
            or _dated_clause(tok)
            or _has_long_since(tok, words)
            or _long_period(tok, words)
            or (tok.pos_ != "NOUN" and _conflict_subject(tok, words))
            or (tok.pos_ != "NOUN" and _long_setting(tok, words))
        )
    ]
    return roots + [v for r in roots if (v := _shared_frame(r)) is not None]


def _dated_past(tok: Any) -> bool:
    """ "the 2013 chemical attack", "a deadly 2017 bombing": an event named by its year is a
    past event the report recalls, not one it reports."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "compound", "npadvmod", "amod") and _lone_year(c) for c in tok.children
    )


def _dated_clause(tok: Any) -> bool:
    """A relative or participial clause on a noun, dated by a year ("founded in 2006", "which
    it seized in 2019"): what it says happened then, not in the report."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("relcl", "acl"):
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("in", "during") and _lone_year(year)
        for prep in tok.children
        for year in prep.children
        if year.dep_ == "pobj"
    )


def _lone_year(tok: Any) -> bool:
    """A year on its own; not the end of a full date ("June 8 2016 Syrian air strikes ...",
    a dateline run into the headline)."""
    if not (len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2099):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return prev is None or not (prev.like_num or prev.ent_type_ == "DATE")


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
    """ "over the past five years", "in the last month": a count over a long period."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.period_preps:
            continue
        for pobj in prep.children:
            if pobj.lemma_.lower() in words.long_units and any(
                c.lower_ in ("past", "last") for c in pobj.children
            ):
                return True
    return False


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
