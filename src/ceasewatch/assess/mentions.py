"""Agreements as reports describe them: linked to known agreements, or proposed as new ones.

A mention is scored against every known agreement (settings ``link_min_score``): the name or an
alias in the mention (3), the place in the agreement's names or zone descriptions (2), the same
kind (1), each guarantor in common (1, up to 3), and in force on the report's date (1; -3 when
not in force). The best agreement over the threshold is linked; a tie is not linked. A mention
that links to nothing becomes a proposed agreement with the parties, guarantors and exclusions
the text gives (no zone: a proposal has no geographic limit until a person draws one).

What a report asserts about an agreement's state ("the zone has de-facto collapsed") is kept as
an AgreementClaim with who claims it; it never feeds the computed status.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from ceasewatch.model import (
    ActorRef,
    Agreement,
    AgreementCandidate,
    AgreementClaim,
    AgreementMention,
    CandidateQuote,
    PartyRule,
)
from ceasewatch.settings import setting

KINDS = get_args(Agreement.model_fields["kind"].annotation)
# Words reports use for the kinds of Agreement.kind.
KIND_WORDS = {
    "de-escalation area": "de-escalation zone",
    "de-escalation zones": "de-escalation zone",
    "cease-fire": "ceasefire",
    "cessation of hostilities": "ceasefire",
    "demilitarized zone": "demilitarised zone",
    "buffer zone": "demilitarised zone",
    "humanitarian truce": "humanitarian pause",
}


def norm(text: str | None) -> str:
    """Lower case, words only: "the Idlib De-escalation Zone" -> "idlib de escalation zone"."""
    words = re.findall(r"[^\W_]+", (text or "").casefold())
    return " ".join(w for w in words if w not in ("the", "al", "el"))


def kind_of(text: str | None) -> str | None:
    """The Agreement.kind a report's wording denotes, or None."""
    key = (text or "").casefold().strip()
    key = KIND_WORDS.get(key, key)
    return key if key in KINDS else None


def link_score(
    mention: AgreementMention, agreement: Agreement, on: dt.date | None
) -> tuple[float, list[str]]:
    """How well a mention fits a known agreement, and the reasons."""
    score, why = 0.0, []
    names = [norm(n) for n in (agreement.name, *agreement.aliases)]
    said = f" {norm(mention.name)} {norm(mention.text)} "
    if any(n and f" {n} " in said for n in names):
        score, why = 3.0, ["name or alias"]
    place = norm(mention.place)
    zone_words = " ".join(norm(z.description) for z in agreement.zones)
    if place and any(f" {place} " in f" {t} " for t in [*names, zone_words]):
        score += 2.0
        why.append(f"place {mention.place!r}")
    if kind_of(mention.kind) == agreement.kind:
        score += 1.0
        why.append(f"kind {agreement.kind!r}")
    common = _guarantors_in_common(mention.guarantors, agreement.guarantors)
    if common:
        score += min(3, len(common))
        why.append(f"guarantors {', '.join(common)}")
    if on is not None:
        in_force = agreement.valid_from <= on and (
            agreement.valid_to is None or on <= agreement.valid_to
        )
        score += 1.0 if in_force else -3.0
        why.append(f"{'in force' if in_force else 'not in force'} on {on}")
    return score, why


def link(
    mention: AgreementMention, agreements: Sequence[Agreement], on: dt.date | None
) -> AgreementMention:
    """The mention with ``linked_agreement`` set when one agreement fits best and well enough."""
    scored = sorted(
        ((link_score(mention, a, on)[0], a.id) for a in agreements), key=lambda s: -s[0]
    )
    if not scored or scored[0][0] < setting("assess.link_min_score"):
        return mention
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return mention  # two agreements fit equally: leave it for a person
    return mention.model_copy(update={"linked_agreement": scored[0][1]})


def claims(
    mentions: Sequence[AgreementMention], outlets: Mapping[str, str] | None = None
) -> tuple[AgreementClaim, ...]:
    """The status claims among the mentions, each with who makes it."""
    out = []
    for m in mentions:
        if not m.status_claim:
            continue
        by = m.claimed_by or (outlets or {}).get(m.article_id)
        span = m.evidence[0] if m.evidence else None
        out.append(
            AgreementClaim(
                text=m.text,
                claimed_by=by,
                article_id=m.article_id,
                span=span,
                status=m.status_claim,
            )
        )
    return tuple(out)


def propose(mentions: Sequence[AgreementMention], on: dt.date | None) -> Agreement:
    """A draft agreement from the mentions of one unknown agreement, as the text gives it."""
    first = mentions[0]
    kind = next((k for m in mentions if (k := kind_of(m.kind))), None) or "ceasefire"
    place = next((m.place for m in mentions if m.place), None)
    name = first.name or (f"{kind} in {place}" if place else kind)
    parties = _refs(m.parties for m in mentions)
    excluded = _refs(m.excluded for m in mentions)
    return Agreement(
        id=proposal_id(first),
        name=name,
        kind=kind,
        guarantors=tuple(r.name for r in _refs(m.guarantors for m in mentions)),
        parties=tuple(
            PartyRule(actors=(r.id,) if r.id else (), description=r.name) for r in parties
        ),
        excluded=PartyRule(
            actors=tuple(r.id for r in excluded if r.id),
            description=", ".join(r.name for r in excluded) or None,
        ),
        valid_from=on or dt.date.min,
        sources=tuple(dict.fromkeys(f"article:{m.article_id}" for m in mentions)),
    )


def candidates(
    mentions: Sequence[AgreementMention],
    dates: Mapping[str, dt.date] | None = None,
    stories: Mapping[str, str] | None = None,
) -> list[AgreementCandidate]:
    """The named agreements among unlinked mentions, grouped by name, most reported first.

    A mention needs a name to become a candidate: a bare "truce" or "ceasefire" names nothing
    a curator could look up (extract never builds names from page furniture or durations).
    """
    dates, stories = dates or {}, stories or {}
    groups: dict[str, list[AgreementMention]] = {}
    for m in mentions:
        if m.linked_agreement is None and _nameable(m):
            groups.setdefault(candidate_id(m), []).append(m)
    out = [_candidate(cid, group, dates, stories) for cid, group in groups.items()]
    return sorted(out, key=lambda c: (-c.stories, -c.mentions, c.name))


def candidate_id(mention: AgreementMention) -> str:
    return "candidate-" + "-".join(norm(mention.name).split())


def _nameable(mention: AgreementMention) -> bool:
    words = norm(mention.name).split()
    kind_words = set(" ".join([*KINDS, *KIND_WORDS]).split())
    return any(w not in kind_words for w in words)


def _candidate(
    cid: str,
    group: list[AgreementMention],
    dates: Mapping[str, dt.date],
    stories: Mapping[str, str],
) -> AgreementCandidate:
    seen = sorted(d for m in group if (d := dates.get(m.article_id)) is not None)
    draft = propose(group, seen[0] if seen else None).model_copy(update={"id": cid})
    names = Counter(m.name for m in group if m.name)
    quotes = {  # one per story and sentence: syndicated copies quote once
        (stories.get(m.article_id, m.article_id), m.text): CandidateQuote(
            text=m.text,
            article_id=m.article_id,
            published=dates.get(m.article_id),
            claimed_status=m.status_claim,
        )
        for m in group
    }
    return AgreementCandidate(
        id=cid,
        name=names.most_common(1)[0][0] if names else cid,
        kind=draft.kind,
        mentions=len(group),
        articles=len({m.article_id for m in group}),
        stories=len({stories.get(m.article_id, m.article_id) for m in group}),
        first_seen=seen[0] if seen else None,
        last_seen=seen[-1] if seen else None,
        parties=tuple(p.description or "" for p in draft.parties),
        guarantors=draft.guarantors,
        quotes=tuple(list(quotes.values())[:20]),
        draft=draft,
    )


def proposal_id(mention: AgreementMention) -> str:
    """Stable id of a proposed agreement: name, else kind and place."""
    label = norm(mention.name) or f"{norm(mention.kind) or 'agreement'} {norm(mention.place)}"
    return "proposed-" + "-".join(label.split())


def _refs(groups: Iterable[Sequence[ActorRef]]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for group in groups:
        for ref in group:
            seen.setdefault(ref.id or norm(ref.name), ref)
    return list(seen.values())


def _guarantors_in_common(refs: Sequence[ActorRef], guarantors: Sequence[str]) -> list[str]:
    known = {norm(g) for g in guarantors}
    return sorted({r.name for r in refs if norm(r.name) in known or norm(r.id) in known})


__all__ = [
    "candidate_id",
    "candidates",
    "claims",
    "kind_of",
    "link",
    "link_score",
    "norm",
    "proposal_id",
    "propose",
]
