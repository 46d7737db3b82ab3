"""Stage 4, resolve: actor names in an extraction -> canonical knowledge-base actors."""

from __future__ import annotations

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Article, Extraction


def resolve(extraction: Extraction, article: Article, actors: ActorKB) -> Extraction:
    """STUB until issue 4 lands: returns the extraction unchanged."""
    return extraction


__all__ = ["resolve"]
