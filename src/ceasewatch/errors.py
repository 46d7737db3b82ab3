"""One exception tree. Every message names the input and what was wrong with it."""

from __future__ import annotations


class CeasewatchError(Exception):
    """Base of every error ceasewatch raises on purpose."""


class InputError(CeasewatchError):
    """An input (file, URL, feed entry, JSONL line) could not be taken in."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class FetchError(InputError):
    """A URL or feed could not be fetched (HTTP error, timeout, too large)."""


class KnowledgeError(CeasewatchError):
    """A knowledge-base file (actors, agreements, gazetteer) is malformed or inconsistent.

    ``problems`` lists every problem found, each naming file, line or entry and field.
    """

    def __init__(self, source: str, problems: list[str]) -> None:
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source}: {len(problems)} problem(s)\n{listing}")
        self.source = source
        self.problems = problems


class StoreError(CeasewatchError):
    """The archive could not be opened, migrated or written."""


class NotFoundError(CeasewatchError):
    """A record asked for by id does not exist."""


class ModelError(CeasewatchError):
    """A learned model folder (``ceasewatch train``) is missing, damaged or of another version."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(f"{folder}: {reason}")
        self.folder = folder
        self.reason = reason


class ClusterError(CeasewatchError):
    """A Dask scheduler or cluster (``extract --workers/--scheduler``) could not be reached or
    went away mid-run; the message names its address."""
