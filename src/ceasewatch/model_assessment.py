"""Agreements assessed: verdicts, statuses over time and what they rest on, candidates for the
catalogue, and the output of ``ceasewatch analyze`` (re-exported by ``ceasewatch.model``)."""

from __future__ import annotations

import datetime as dt

from ceasewatch.model_base import Model, Span
from ceasewatch.model_codebook import StatusKind, VerdictKind
from ceasewatch.model_events import AgreementMention, Event, Relation
from ceasewatch.model_knowledge import Agreement
from ceasewatch.model_reports import Article, IngestFailure


class Verdict(Model):
    event_id: str
    agreement_id: str
    verdict: VerdictKind
    reason: str
    trail: tuple[str, ...] = ()


class StatusBasis(Model):
    """What a status rests on: the in-scope events of its window and where they come from.

    Built by ``ceasewatch.assess.status.basis`` (the share and the one-source flag are stored,
    so that JSON readers need not recompute them).
    """

    in_scope: int = 0  # events with a verdict other than outside-scope
    violations: int = 0  # breaches: violation or joint-operation-with-excluded
    undetermined: int = 0
    undetermined_share: float = 0.0  # undetermined / in_scope
    sources: int = 0  # distinct stories (syndicated copies count once) behind in-scope events
    breach_sources: int = 0  # distinct stories behind the breaches
    # True when the status rests on one story: that of its breaches, else of its events.
    one_source: bool = False
    contradicting_claims: int = 0  # reports' claims in the archive asserting another status


class StatusPoint(Model):
    date: dt.date
    status: StatusKind
    score: float
    reason: str
    evidence: tuple[str, ...] = ()  # event ids behind a change of status
    basis: StatusBasis | None = None


class AgreementClaim(Model):
    text: str
    claimed_by: str | None
    status: str | None = None  # the status the source asserts ("collapsed"), never ours
    article_id: str | None = None
    span: Span | None = None


class Assessment(Model):
    """An agreement's verdicts and status as of ``status_date``."""

    id: str  # agreement id
    name: str
    status: StatusKind
    status_date: dt.date | None
    verdicts: tuple[Verdict, ...] = ()
    timeline: tuple[StatusPoint, ...] = ()
    claims: tuple[AgreementClaim, ...] = ()
    # The reports' descriptions of this agreement, linked (``linked_agreement`` set).
    mentions: tuple[AgreementMention, ...] = ()
    # True when the agreement is not in the knowledge base but read from a report: ``proposal``
    # then holds the draft (parties, guarantors, exclusions as the text gives them) it was
    # assessed against, for a person to check and add to the knowledge base.
    proposed: bool = False
    proposal: Agreement | None = None
    # What the status rests on, over the window ending on ``status_date``.
    basis: StatusBasis | None = None
    stage: str = "assess.v2"


class StatusChange(Model):
    """One move of an agreement's status, as the archive recorded it (the morning view's
    "status changes" and the agreement page's history)."""

    agreement_id: str
    changed_at: str  # when the archive recorded it (UTC, ISO)
    old_status: str | None  # None: the agreement's first status
    new_status: str
    status_date: dt.date | None  # the day the new status took effect, in event time
    reason: str


class CandidateQuote(Model):
    text: str
    article_id: str
    published: dt.date | None = None
    claimed_status: str | None = None  # what the report asserts about it, if anything


class AgreementCandidate(Model):
    """An agreement reports name but the catalogue lacks: a review item, never assessed.

    A curator who recognises it writes it into the catalogue (``ceasewatch agreements import``);
    until then it is listed apart from the agreements, with its quotes and counts.
    """

    id: str  # candidate-<name words>
    name: str
    kind: str
    mentions: int
    articles: int
    stories: int  # syndicated copies count once
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    parties: tuple[str, ...] = ()
    guarantors: tuple[str, ...] = ()
    quotes: tuple[CandidateQuote, ...] = ()
    draft: Agreement | None = None  # parties, guarantors, exclusions as the text gives them


class Analysis(Model):
    """The output of ``ceasewatch analyze``: the whole pipeline over some inputs."""

    articles: tuple[Article, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    agreements: tuple[Assessment, ...] = ()
    agreement_mentions: tuple[AgreementMention, ...] = ()
    # Agreements the reports name but the catalogue lacks: for review, never assessed.
    agreement_candidates: tuple[AgreementCandidate, ...] = ()
    failures: tuple[IngestFailure, ...] = ()
