"""Command-line interface. ``main`` is the console script; each module adds its commands.

The command modules import only click and the light cli helpers at the top: the pipeline,
spaCy, the store and the desk load inside the command that needs them, so that `--help` answers
at once (tests/test_cli_help.py checks that none of them is imported by `--help`).
"""

from ceasewatch.cli import (  # noqa: F401  (imported to register their commands)
    actors,
    agreements,
    analyze,
    archive,
    changes,
    corrections,
    evaluate,
    events,
    fuse,
    gazetteer,
    serve,
    train,
)
from ceasewatch.cli.app import main

__all__ = ["main"]
