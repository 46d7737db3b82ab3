"""Stage 1, ingest: acquire raw documents from files, folders, URLs, feeds and JSONL.

Order of work for each source the user names:
1. a URL is fetched through ``ceasewatch.net`` (timeouts, size cap); a feed expands to entries;
2. a folder expands to its ingestible files, recursively, in a stable order;
3. a file is size-checked, refused if empty or binary, then dispatched by what it is
   (JSONL -> one item per line, feed -> one per entry, a chat export (.json) -> one document
   once ceasewatch/chatexport.py has read it as one, subtitles (.srt/.vtt) -> one document once
   ceasewatch/subtitles.py has read their cues, else one document);
4. every failure becomes an ``IngestFailure`` naming the input and the reason; the batch goes on.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from ceasewatch.errors import InputError
from ceasewatch.ingest.sources import (
    Item,
    checked,
    from_bytes,
    from_directory,
    from_file,
    from_url,
    now,
)
from ceasewatch.model import IngestFailure, RawDocument


def _expand(source: str) -> Iterator[Item | IngestFailure]:
    if source.startswith(("http://", "https://")):
        yield from from_url(source)
        return
    path = Path(source)
    if path.is_dir():
        # Walked lazily, never listed whole: a folder of a million reports costs no more
        # memory than one of ten (the first entry found tells an empty folder).
        found = from_directory(path)
        first = next(found, None)
        if first is None:
            raise InputError(
                source,
                "folder holds no .txt, .html, .xml/.rss/.atom, .jsonl, .csv/.tsv, .json or"
                " .srt/.vtt file",
            )
        for child in itertools.chain([first], found):
            if isinstance(child, IngestFailure):
                yield child
            else:
                yield from _guarded(partial(from_file, child, nofollow=True), str(child))
    elif path.exists():
        yield from from_file(path)
    else:
        raise InputError(source, "no such file or folder (and not an http(s) URL)")


def _guarded(
    make: Callable[[], Iterator[Item | IngestFailure]], origin: str
) -> Iterator[Item | IngestFailure]:
    """Run one sub-source; turn its error into a failure so siblings go on."""
    try:
        yield from make()
    except InputError as exc:
        yield IngestFailure(origin=exc.origin, reason=exc.reason, at=now())
    except Exception as exc:  # a bug or a hostile input we did not foresee: this item fails alone
        yield unexpected(origin, exc)


def _load_all(items: Iterable[Item | IngestFailure]) -> Iterator[RawDocument | IngestFailure]:
    """Load pending items (JSONL lines, feed entries) one by one, so one bad item fails alone."""
    for item in items:
        if isinstance(item, RawDocument | IngestFailure):
            yield item
            continue
        try:
            yield item.load()
        except InputError as exc:
            yield IngestFailure(origin=exc.origin, reason=exc.reason, at=now())
        except Exception as exc:  # e.g. RecursionError deep in a parser: this item fails alone
            yield unexpected(item.origin, exc)


def unexpected(origin: str, exc: BaseException, doing: str = "read") -> IngestFailure:
    """A failure record for an exception nobody raised on purpose, named by its type."""
    message = str(exc)[:300] or "no message"
    return IngestFailure(
        origin=origin, reason=f"could not be {doing} ({type(exc).__name__}: {message})", at=now()
    )


def ingest(sources: Iterable[str]) -> Iterator[RawDocument | IngestFailure]:
    """Yield a raw document or a failure for every item the sources hold."""
    for source in sources:
        yield from _load_all(_guarded(partial(_expand, source), source))


def ingest_bytes(
    origin: str, data: bytes, *, name: str = "", hints: dict[str, str] | None = None
) -> Iterator[RawDocument | IngestFailure]:
    """Bytes handed over directly (pasted text, an uploaded file), checked and dispatched like a
    file called ``name``: one document, or one per JSONL line or feed entry."""

    def items() -> Iterator[Item]:
        yield from from_bytes(origin, checked(origin, data), name=name, hints=hints)

    yield from _load_all(_guarded(items, origin))


__all__ = ["ingest", "ingest_bytes", "unexpected"]
