"""The one data model of ceasewatch: import every record from here.

Every record that travels between stages, the store, the CLI and the web layer is one of these
frozen pydantic models. Stages never mutate a record: they return a new one
(``record.model_copy(update=...)``) and say which stage and version produced it.

Validation happens at the edges (files, API input) through pydantic; inside the pipeline the
models are plain typed values.

The records are written in one module per part of the pipeline (each under ~300 lines),
re-exported here:

- ``model_codebook``: the ACLED vocabulary (event, sub-event, disorder and actor types) and the
  kinds of verdicts and statuses;
- ``model_base``: ``Model``, the base of every record, and ``Span``, the evidence;
- ``model_reports``: reports as ingested and cleaned (``RawDocument``, ``Article``) and the
  inputs that failed;
- ``model_knowledge``: the knowledge base (actors, gazetteer places, agreements);
- ``model_events``: coded events, relations, agreement mentions, the ``Extraction`` of one
  article, analysts' corrections and the change feed;
- ``model_fusion``: one event from many reports (``FusedEvent``);
- ``model_assessment``: verdicts, statuses, agreement candidates and ``Analysis``.
"""

from __future__ import annotations

from ceasewatch.model_assessment import (
    AgreementCandidate,
    AgreementClaim,
    Analysis,
    Assessment,
    CandidateQuote,
    StatusBasis,
    StatusChange,
    StatusPoint,
    Verdict,
)
from ceasewatch.model_base import (
    Model,
    Span,
)
from ceasewatch.model_codebook import (
    ACTOR_TYPES,
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    DISORDER_TYPES,
    EVENT_TYPES,
    SUB_EVENT_TO_TYPE,
    StatusKind,
    VerdictKind,
)
from ceasewatch.model_events import (
    ActorRef,
    AgreementMention,
    ChangeKind,
    Correction,
    Event,
    EventChange,
    EventChanges,
    Extraction,
    FatalityClaim,
    FieldChange,
    LearnedType,
    Location,
    Loss,
    Relation,
    Review,
)
from ceasewatch.model_fusion import (
    FusedEvent,
    FusionLink,
    SourcedClaim,
)
from ceasewatch.model_knowledge import (
    Actor,
    Agreement,
    Designation,
    Membership,
    PartyRule,
    Place,
    Renaming,
    ZoneVersion,
)
from ceasewatch.model_reports import (
    DESK_NOTE,
    LIVE_NOTE,
    STATEMENT_NOTE,
    THREAD_NOTE,
    Article,
    ChatMessage,
    IngestFailure,
    RawDocument,
    SheetRow,
    SubtitleCue,
)

__all__ = [
    "ACTOR_TYPES",
    "DESK_NOTE",
    "DISORDER_BY_EVENT_TYPE",
    "DISORDER_BY_SUB_EVENT",
    "DISORDER_TYPES",
    "EVENT_TYPES",
    "LIVE_NOTE",
    "STATEMENT_NOTE",
    "SUB_EVENT_TO_TYPE",
    "THREAD_NOTE",
    "Actor",
    "ActorRef",
    "Agreement",
    "AgreementCandidate",
    "AgreementClaim",
    "AgreementMention",
    "Analysis",
    "Article",
    "Assessment",
    "CandidateQuote",
    "ChangeKind",
    "ChatMessage",
    "Correction",
    "Designation",
    "Event",
    "EventChange",
    "EventChanges",
    "Extraction",
    "FatalityClaim",
    "FieldChange",
    "FusedEvent",
    "FusionLink",
    "IngestFailure",
    "LearnedType",
    "Location",
    "Loss",
    "Membership",
    "Model",
    "PartyRule",
    "Place",
    "RawDocument",
    "Relation",
    "Renaming",
    "Review",
    "SheetRow",
    "SourcedClaim",
    "Span",
    "StatusBasis",
    "StatusChange",
    "StatusKind",
    "StatusPoint",
    "SubtitleCue",
    "Verdict",
    "VerdictKind",
    "ZoneVersion",
]
