"""Non-violent relations between actors, from the dependency parse (cues in data/relations.yaml).

1. declaration  "A, B and C declared their readiness to assist X"  -> A->X, B->X, C->X
2. support      "an operation launched by A in support of X", "A, backed by X"
3. alliance     "A fought alongside X", "A, together with X, ..."
4. joint-op     "A joined the battle" (a vague subject such as "some of them" is not coded)
5. supply       "A uses vehicles supplied to it by X" -> X supplies A with vehicles
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ceasewatch.extract.claims import attribution
from ceasewatch.extract.mentions import Mention, actor_ref, join_words
from ceasewatch.extract.roles import group, roles_for
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.spans import token_span
from ceasewatch.model import Relation, Span


@dataclass(frozen=True)
class Found:
    type: str
    sources: tuple[Mention, ...]
    target: Mention | None
    what: str
    cue: Any  # the token that signals the relation


def _actors(toks: list[Any], by_tok: dict[int, Mention]) -> list[Mention]:
    """Actors at ``toks``; a state named as a place ("supplied by Qatar") counts here too."""
    out: list[Mention] = []
    for tok in toks:
        out.extend(m for m in group(tok, by_tok, proper=True) if m not in out)
    return out


def _kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Any, *preps: str) -> list[Any]:
    return [
        g
        for c in tok.children
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _declarations(s: Sentence, t: Tables, by_tok: dict[int, Mention]) -> list[Found]:
    rel = t.lex.relations
    out = []
    for verb in s.sent:
        if verb.lemma_.lower() not in rel["declaring_verbs"]:
            continue
        for obj in _kids(verb, "dobj"):
            if obj.lemma_.lower() not in rel["declared_nouns"]:
                continue
            helper = next(
                (
                    c
                    for c in obj.subtree
                    if c.lemma_.lower() in rel["helping_verbs"] and c.pos_ == "VERB"
                ),
                None,
            )
            target_toks = _kids(helper, "dobj") if helper is not None else _pobjs(obj, "for", "to")
            targets = _actors(target_toks, by_tok)
            sources = _actors(_kids(verb, "nsubj"), by_tok)
            end = helper.i + 1 if helper is not None else obj.i + 1
            what = join_words([w for w in s.doc[obj.i : end]])
            if sources and targets:
                out.append(Found("declaration", tuple(sources), targets[0], what, verb))
    return out


def _clause_actor(tok: Any, s: Sentence, t: Tables, by_tok: dict[int, Mention]) -> Mention | None:
    """The initiator of the clause a phrase hangs on ("operation launched by A in support")."""
    for cur in (tok, tok.head):
        roles = roles_for(cur, by_tok, t.stop_verbs)
        if roles.actor1 is not None:
            return _named_actor(roles.actor1)
        for child in _kids(cur, "acl"):
            roles = roles_for(child, by_tok, t.stop_verbs)
            if roles.actor1 is not None:
                return _named_actor(roles.actor1)
    return None


def _named_actor(mention: Mention) -> Mention | None:
    # a pronoun ("they fought alongside ...") is read back to its actor for events only
    return None if mention.anaphor else mention


def _support_and_alliance(s: Sentence, t: Tables, by_tok: dict[int, Mention]) -> list[Found]:
    out = []
    for tok in s.sent:
        low = tok.lower_
        if low == "support" and tok.head.lower_ == "in":
            targets, kind, anchor = _actors(_pobjs(tok, "of"), by_tok), "support", tok.head.head
        elif low in ("alongside", "with") and _alliance_phrase(tok, t):
            targets, kind, anchor = _actors(_kids(tok, "pobj"), by_tok), "alliance", tok.head
        elif tok.lemma_.lower() in ("back", "support", "sponsor") and tok.tag_ == "VBN":
            backers = _actors(_pobjs(tok, "by"), by_tok)
            backed = by_tok.get(tok.head.i) if tok.dep_ == "acl" else None
            if backers and backed is not None:
                out.append(Found("support", tuple(backers), backed, "backing", tok))
            continue
        else:
            continue
        source = _clause_actor(anchor, s, t, by_tok)
        if source is not None and targets and source not in targets:
            what = _operation(anchor) if kind == "support" else low
            out.append(Found(kind, (source,), targets[0], what, tok))
    return out


def _operation(anchor: Any) -> str:
    """What the support consists of: the noun the phrase hangs on ("an operation launched
    by A in support of X" -> "operation"), else "support"."""
    noun = anchor.head if anchor.pos_ == "VERB" and anchor.dep_ == "acl" else anchor
    return noun.lower_ if noun.pos_ == "NOUN" else "support"


def _alliance_phrase(tok: Any, t: Tables) -> bool:
    if tok.lower_ == "alongside":
        return True
    before = " ".join(w.lower_ for w in tok.doc[max(tok.i - 3, 0) : tok.i + 1])
    return any(before.endswith(p) for p in t.lex.relations["alliance_phrases"])


def _joining(s: Sentence, t: Tables, by_tok: dict[int, Mention]) -> list[Found]:
    rel, out = t.lex.relations, []
    for verb in s.sent:
        if verb.lemma_.lower() not in rel["joining_verbs"]:
            continue
        objs = [o for o in _kids(verb, "dobj") if o.lemma_.lower() in rel["joined_nouns"]]
        subj = _kids(verb, "nsubj")
        if not objs or not subj or subj[0].pos_ == "PRON":
            continue  # "some of them joined": who exactly is not said
        sources = _actors(subj, by_tok)
        if sources:
            out.append(
                Found("joint-operation", tuple(sources), None, f"joined the {objs[0].text}", verb)
            )
    return out


def _antecedent(tok: Any, by_tok: dict[int, Mention]) -> Mention | None:
    """ "it"/"them" in "vehicles supplied to it" -> the subject of the governing clause."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj = _actors(_kids(cur, "nsubj"), by_tok)
            if subj:
                return subj[0]
    return None


def _recipient(toks: list[Any], by_tok: dict[int, Mention]) -> Mention | None:
    for tok in toks:
        if tok.pos_ == "PRON":
            return _antecedent(tok, by_tok)
        found = _actors([tok], by_tok)
        if found:
            return found[0]
    return None


def _supply(s: Sentence, t: Tables, by_tok: dict[int, Mention]) -> list[Found]:
    out = []
    for verb in s.sent:
        if verb.lemma_.lower() not in t.lex.relations["supply_verbs"] or verb.pos_ != "VERB":
            continue
        passive = verb.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive:
            suppliers = _actors(_pobjs(verb, "by"), by_tok)
            goods = [verb.head] if verb.dep_ == "acl" else _kids(verb, "nsubjpass")
        else:
            suppliers = _actors(_kids(verb, "nsubj"), by_tok)
            goods = _kids(verb, "dobj")
        receiver = _recipient(_pobjs(verb, "to", "for") + _kids(verb, "dative", "iobj"), by_tok)
        if verb.lemma_.lower() in ("arm", "equip") and not passive:
            receiver, goods = _recipient(_kids(verb, "dobj"), by_tok), _pobjs(verb, "with")
        what = goods[0].lemma_.lower() if goods else "unspecified"
        if goods and goods[0].tag_ in ("NNS", "NNPS"):
            what = goods[0].lower_
        if suppliers and receiver is not None and receiver not in suppliers:
            out.append(Found("supply", tuple(suppliers), receiver, what, verb))
    return out


def sentence_relations(s: Sentence, t: Tables, article_id: str, date: Any) -> list[Relation]:
    by_tok = s.by_tok(t)
    found = (
        _declarations(s, t, by_tok)
        + _support_and_alliance(s, t, by_tok)
        + _joining(s, t, by_tok)
        + _supply(s, t, by_tok)
    )
    out: list[Relation] = []
    for f in found:
        attr = attribution(s.sent, f.cue, t.lex)
        cue = token_span(s.doc, f.cue.i, f.cue.i + 1, s.offset, "type")
        target = actor_ref(f.target, s.offset, s.doc, "target") if f.target else None
        for source in f.sources:
            src = actor_ref(source, s.offset, s.doc, "source")
            spans: list[Span] = [cue, *(r.span for r in (src, target) if r and r.span)]
            out.append(
                Relation(
                    id="",
                    article_id=article_id,
                    type=f.type,
                    source=src,
                    target=target,
                    what=f.what,
                    date=date,
                    claimed_by=attr.claimed_by,
                    hedged=attr.hedged,
                    evidence=tuple(spans),
                )
            )
    return out


def number(relations: list[Relation], article_id: str) -> list[Relation]:
    """Drop repeats (same type, source, target, what) and give ids in text order."""
    seen: set[tuple[str, str, str, str]] = set()
    out: list[Relation] = []
    for rel in relations:
        key = (
            rel.type,
            rel.source.id or rel.source.name,
            (rel.target.id or rel.target.name) if rel.target else "",
            rel.what,
        )
        if key not in seen:
            seen.add(key)
            out.append(rel.model_copy(update={"id": f"{article_id}-r{len(out) + 1:03d}"}))
    return out
