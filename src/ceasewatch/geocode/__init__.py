"""Stage 5, geocode: place names in an extraction -> coordinates, admin areas, precision."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ceasewatch.model import Article, Extraction


class Gazetteer:
    """STUB until issue 4 lands."""


def load_gazetteer(extra_files: Sequence[Path] = ()) -> Gazetteer:
    return Gazetteer()


def geocode(extraction: Extraction, article: Article, gazetteer: Gazetteer) -> Extraction:
    """STUB until issue 4 lands: returns the extraction unchanged."""
    return extraction


__all__ = ["Gazetteer", "geocode", "load_gazetteer"]
