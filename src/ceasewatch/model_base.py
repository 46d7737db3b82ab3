"""The base of every record of the data model and the evidence span every stage cites
(re-exported by ``ceasewatch.model``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base of every record: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --- evidence --------------------------------------------------------------------------------


class Span(Model):
    """Character offsets ``[start, end)`` into ``Article.text`` and the words they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    field: str | None = None  # which coded field this span supports, e.g. "actor1", "location"
