"""Command-line interface. ``main`` is the console script; each module adds its commands."""

from ceasewatch.cli import (  # noqa: F401  (imported to register their commands)
    actors,
    agreements,
    analyze,
    archive,
    evaluate,
    events,
    gazetteer,
    serve,
)
from ceasewatch.cli.app import main

__all__ = ["main"]
