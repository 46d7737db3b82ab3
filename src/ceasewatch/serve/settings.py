"""The desk's settings: one table of name, default and help.

Each field of ``Settings`` carries its help text; ``settings_table()`` lists them, docs/DESK.md
documents every one (a test fails when one is missing). The operator sets the write token with
``--token`` or ``$CEASEWATCH_TOKEN``; the rest rarely need changing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from ceasewatch.ingest.sniff import INGESTIBLE_SUFFIXES


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    host: str = _setting(
        "127.0.0.1", "Interface to bind: loopback only unless the operator says otherwise."
    )
    port: int = _setting(8000, "TCP port to listen on.")
    token: str | None = _setting(
        None, "Bearer token write requests (ingest) must carry. Unset: writing is disabled."
    )
    page_size: int = _setting(50, "Rows per page on the events table and article lists.")
    max_page_size: int = _setting(500, "Largest page a client may ask for (limit parameter).")
    # 5 MB: a long report is ~100 kB of HTML; a JSONL batch of a few thousand articles fits.
    max_upload_bytes: int = _setting(
        5 * 1024 * 1024, "Largest uploaded file or pasted text ingest accepts, in bytes."
    )
    upload_suffixes: tuple[str, ...] = _setting(
        tuple(sorted(INGESTIBLE_SUFFIXES)),
        "File name endings the upload form accepts (the formats ingest reads).",
    )
    max_urls: int = _setting(20, "URLs or feeds one ingest request may name.")
    job_history: int = _setting(50, "Ingest jobs kept in memory for their progress page.")
    # 0.01 degrees (~1 km) keeps governorate outlines recognisable at laptop size while the
    # inline SVG shrinks from ~650 kB of sub-district rings to a few dozen kB.
    map_tolerance: float = _setting(
        0.01, "Simplification, in degrees, of the admin outlines drawn on the map."
    )
    map_width: int = _setting(960, "Width of the map drawing in SVG units.")


@dataclass(frozen=True)
class SettingInfo:
    name: str
    default: Any
    help: str


def settings_table() -> list[SettingInfo]:
    """Every setting with its default and help, in declaration order."""
    return [SettingInfo(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]


__all__ = ["SettingInfo", "Settings", "settings_table"]
