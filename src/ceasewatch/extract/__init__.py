"""Stage 3, extract: article text -> coded events, relations and agreement mentions."""

from __future__ import annotations

from typing import Any

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Article, Extraction


class Extractor:
    """The heavy part of extraction (spaCy pipeline, trigger tables), built once."""

    def __init__(self, actors: ActorKB) -> None:
        self.actors = actors
        self.nlp: Any = None


def load_extractor(actors: ActorKB) -> Extractor:
    return Extractor(actors)


def extract(article: Article, extractor: Extractor) -> Extraction:
    """STUB until issue 3 lands: finds nothing."""
    return Extraction(article_id=article.id)


__all__ = ["Extractor", "extract", "load_extractor"]
