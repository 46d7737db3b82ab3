"""The article page: cleaned text with highlighted extractions, records, verdicts, raw input."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from ceasewatch.model import AgreementMention, Article, Relation
from ceasewatch.serve.desk import Desk, with_outlet
from ceasewatch.serve.views.events import EventRow
from ceasewatch.serve.views.highlight import Mark, Segment, aligned, collect_marks, segments
from ceasewatch.serve.views.names import kb_actor_names
from ceasewatch.store import EventQuery, Store


class ArticleView(BaseModel):
    article: Article
    analysed: bool  # the extraction stages ran on this article
    marks: list[Mark]  # highlights, text order
    segments: list[Segment]  # the text cut at mark edges (what the page draws)
    misaligned: list[Mark]  # spans whose offsets do not fit the text: shown, not drawn
    events: list[EventRow]
    relations: list[Relation]
    agreement_mentions: list[AgreementMention]


class RawView(BaseModel):
    article_id: str
    origin: str
    media_type: str
    fetched_at: dt.datetime
    hints: dict[str, str]
    size: int  # bytes
    text: str  # the bytes decoded as UTF-8 (undecodable bytes replaced), never rendered as HTML


def article_view(desk: Desk, article_id: str) -> ArticleView:
    """Raises NotFoundError for an unknown id."""
    with desk.store() as store:
        article = with_outlet(store.article(article_id))
        events = store.events(EventQuery(article_id=article_id))
        relations = store.relations(article_id)
        mentions = linked_mentions(store, article_id)
        analysed = store.is_extracted(article_id)
        verdicts = store.verdicts_of_events([e.id for e in events])
    marks = collect_marks(events, relations, mentions, kb_actor_names(desk))
    good = [m for m in marks if aligned(m, article.text)]
    return ArticleView(
        article=article,
        analysed=analysed,
        marks=good,
        segments=segments(article.text, good),
        misaligned=[m for m in marks if not aligned(m, article.text)],
        events=[EventRow(event=e, verdicts=verdicts.get(e.id, [])) for e in events],
        relations=relations,
        agreement_mentions=mentions,
    )


def linked_mentions(store: Store, article_id: str) -> list[AgreementMention]:
    """The article's agreement mentions as the last assessment linked them (to a known or a
    proposed agreement); as extracted when no assessment has seen them yet."""
    linked = [m for a in store.assessments() for m in a.mentions if m.article_id == article_id]
    return linked or store.agreement_mentions(article_id)


def raw_view(desk: Desk, article_id: str) -> RawView:
    with desk.store() as store:
        raw = store.raw(article_id)
    return RawView(
        article_id=article_id,
        origin=raw.origin,
        media_type=raw.media_type,
        fetched_at=raw.fetched_at,
        hints=raw.hints,
        size=len(raw.data),
        text=raw.data.decode("utf-8", errors="replace"),
    )


__all__ = ["ArticleView", "RawView", "article_view", "raw_view"]
