"""Agreements as a report describes them: kind, name, place, parties, guarantors, excluded
actors and what the source says of their status (cues in data/agreements.yaml).

A sentence that names a kind ("the Idlib de-escalation zone", "a ceasefire") opens a mention,
unless it refers back to one already open ("under the agreement", "from the ceasefire"): then
it adds to that one. A status the article asserts without attributing it to anyone is claimed
by the article's outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ceasewatch.extract.claims import attribution
from ceasewatch.extract.lexicon import any_phrase
from ceasewatch.extract.mentions import Mention, actor_ref
from ceasewatch.extract.roles import group
from ceasewatch.extract.sentences import Sentence, Tables
from ceasewatch.extract.spans import char_span, token_span
from ceasewatch.extract.tokens import span_text
from ceasewatch.model import ActorRef, AgreementMention, Span


@dataclass
class Open:
    """A mention being built over several sentences."""

    kind: str
    name: str | None
    place: str | None
    texts: list[str] = field(default_factory=list)
    parties: list[ActorRef] = field(default_factory=list)
    guarantors: list[ActorRef] = field(default_factory=list)
    excluded: list[ActorRef] = field(default_factory=list)
    status: str | None = None
    claimed_by: str | None = None
    evidence: list[Span] = field(default_factory=list)


def _kind_at(s: Sentence, t: Tables) -> tuple[str, int, int] | None:
    """(kind, start char, end char) of the first agreement-kind phrase in the sentence."""
    text = span_text(s.sent).lower()
    kinds = t.lex.agreements["kinds"]
    # one search for any phrase first: most sentences have none (the loop keeps their order)
    if not any_phrase(tuple(p for phrases in kinds.values() for p in phrases)).search(text):
        return None
    hits = []
    for kind, phrases in kinds.items():
        for phrase in phrases:
            m = re.search(rf"\b{re.escape(phrase)}\b", text)
            if m:
                hits.append((m.start(), -len(phrase), kind, m.end()))
    if not hits:
        return None
    start, _, kind, end = min(hits)
    return kind, start, end


def _refers_back(s: Sentence, t: Tables) -> bool:
    words = t.lex.agreements["anaphora"]
    return any(
        tok.lower_ in ("the", "this", "that")
        and tok.head.lemma_.lower() in words
        and tok.head.i > tok.i
        for tok in s.sent
    )


def _name_before(s: Sentence, start_char: int, t: Tables) -> tuple[str | None, str | None]:
    """ "the Idlib de-escalation zone" -> (name, place): capitalised words right before.

    No name when the run holds page furniture or a duration (``not_names``: "Tags Syria
    Airstrikes Truce", "72-Hour Truce").
    """
    toks = [t for t in s.sent if t.idx - s.sent.start_char < start_char]
    names: list[str] = []
    for tok in reversed(toks):
        if (
            not tok.text[:1].isupper()
            or tok.lower_ == "the"
            or (tok.is_sent_start and tok.lower_ in ("the", "a"))
        ):
            break
        names.insert(0, tok.text)
    stop = set(t.lex.agreements.get("not_names", ()))
    if not names or any(w.lower().strip("-:") in stop for n in names for w in n.split("-")):
        return None, None
    return " ".join(names), " ".join(names)


def _refs(
    toks: list[Any], s: Sentence, by_tok: dict[int, Mention], field_name: str
) -> list[ActorRef]:
    out: list[ActorRef] = []
    for tok in toks:
        for m in group(tok, by_tok, proper=True):
            ref = actor_ref(m, s.offset, s.doc, field_name)
            if all(r.name != ref.name for r in out):
                out.append(ref)
    return out


def _add_actors(s: Sentence, t: Tables, current: Open) -> None:
    cfg, by_tok = t.lex.agreements, s.by_tok(t)
    for tok in s.sent:
        lemma = tok.lemma_.lower()
        if lemma in cfg["agreeing_verbs"] and tok.pos_ == "VERB":
            agents = _agents(tok)
            role = cfg["agreed_by_role"].get(current.kind, "parties")
            _extend(getattr(current, role), _refs(agents, s, by_tok, role))
        if lemma in cfg["guarantor_cues"] and tok.pos_ == "NOUN":
            _extend(current.guarantors, _refs(_appos(tok), s, by_tok, "guarantors"))
        if lemma == "between" or tok.lower_ == "between":
            _extend(
                current.parties,
                _refs([c for c in tok.children if c.dep_ == "pobj"], s, by_tok, "parties"),
            )
        if lemma in cfg["exclusion_cues"]:
            subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
            _extend(current.excluded, _refs(subj, s, by_tok, "excluded"))


def _agents(verb: Any) -> list[Any]:
    """Objects of "by" governed by ``verb`` without another verb between: "was agreed within
    the Astana talks on Syria by Turkey, Iran, Russia" (the parser often hangs "by" lower)."""
    out: list[Any] = []
    for tok in verb.subtree:
        if tok.lower_ != "by" or tok.dep_ not in ("agent", "prep"):
            continue
        cur = tok.head
        while cur.i != verb.i and cur.pos_ not in ("VERB", "AUX"):
            cur = cur.head
        if cur.i == verb.i:
            out.extend(c for c in tok.children if c.dep_ == "pobj")
    return out


def _appos(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("appos", "compound", "pobj")] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]


def _extend(into: list[ActorRef], refs: list[ActorRef]) -> None:
    into.extend(r for r in refs if all(x.name != r.name for x in into))


def _status(s: Sentence, t: Tables) -> tuple[str, Any] | None:
    """(status, token) when the sentence says something about an agreement's state."""
    words = t.lex.agreements["status_words"]
    lower = span_text(s.sent).lower()
    for phrase, status in words.items():
        if " " in phrase:
            at = lower.find(phrase)
            if at >= 0:
                tok = s.doc.char_span(
                    s.sent.start_char + at,
                    s.sent.start_char + at + len(phrase),
                    alignment_mode="expand",
                )
                return status, tok[0]
    for tok in s.sent:
        if tok.lemma_.lower() in words and tok.pos_ in ("VERB", "ADJ", "NOUN"):
            return words[tok.lemma_.lower()], tok
    return None


class AgreementReader:
    """Reads agreement descriptions sentence by sentence over one article."""

    def __init__(self, article_id: str, outlet: str | None, tables: Tables) -> None:
        self.article_id, self.outlet, self.tables = article_id, outlet, tables
        self.mentions: list[Open] = []

    def feed(self, s: Sentence) -> None:
        t = self.tables
        kind = _kind_at(s, t)
        current = self.mentions[-1] if self.mentions else None
        if kind is not None and (
            current is None or (not _refers_back(s, t) and not _same(current, kind, s))
        ):
            name, place = _name_before(s, kind[1], t)
            label = s.sent.text[kind[1] : kind[2]]
            current = Open(kind=kind[0], name=f"{name} {label}" if name else None, place=place)
            self.mentions.append(current)
        elif current is None or not (kind or _refers_back(s, t)):
            return
        current.texts.append(s.sent.text.strip())
        current.evidence.append(token_span(s.doc, s.sent.start, s.sent.end, s.offset, "text"))
        _add_actors(s, t, current)
        status = _status(s, t)
        if status is not None:
            attr = attribution(s.sent, status[1], t.lex)
            current.status, current.claimed_by = status[0], attr.claimed_by or self.outlet
            current.evidence.append(
                char_span(
                    s.doc,
                    status[1].idx,
                    status[1].idx + len(status[1].text),
                    s.offset,
                    "status_claim",
                )
            )

    def finish(self) -> list[AgreementMention]:
        return [
            AgreementMention(
                article_id=self.article_id,
                text=" ".join(m.texts),
                kind=m.kind,
                name=m.name,
                place=m.place,
                parties=tuple(m.parties),
                guarantors=tuple(m.guarantors),
                excluded=tuple(m.excluded),
                status_claim=m.status,
                claimed_by=m.claimed_by,
                evidence=tuple(m.evidence),
            )
            for m in self.mentions
        ]


def _same(current: Open, kind: tuple[str, int, int], s: Sentence) -> bool:
    """A kind phrase naming the open mention again ("the de-escalation zone ... collapsed")."""
    label = s.sent.text[kind[1] : kind[2]].lower()
    return kind[0] == current.kind and (current.name is None or label in current.name.lower())
