"""The desk's settings: one table of name, default and help.

Each field of ``Settings`` carries its help text; ``settings_table()`` lists them, docs/DESK.md
documents every one (a test fails when one is missing). The operator sets the write token with
``--token`` or ``$CEASEWATCH_TOKEN``; the rest rarely need changing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from ceasewatch.ingest.sniff import INGESTIBLE_SUFFIXES

# A one-character token was guessed in 46 requests; 16 random characters cannot be, at the
# lockout's pace.
MIN_TOKEN_LENGTH = 16
WILDCARDS = frozenset({"0.0.0.0", "::", ""})


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
    # None: twice max_upload_bytes (JSON escaping can double a text) plus 64 kB of envelope.
    max_request_bytes: int | None = _setting(
        None,
        "Largest request body read, in bytes, checked before parsing (Content-Length, then "
        "counted as it streams). Unset: twice max_upload_bytes plus 64 kB.",
    )
    auth_failures: int = _setting(
        10, "Wrong tokens one client address may send within auth_window_seconds."
    )
    auth_window_seconds: int = _setting(
        60,
        "Window of auth_failures; past the limit the address gets 429 with Retry-After until "
        "its oldest failure leaves the window.",
    )
    allowed_hosts: tuple[str, ...] = _setting(
        (),
        "Host names the desk answers besides 127.0.0.1, localhost, ::1 and the host it binds "
        "(--allowed-host); any other Host header gets 400 (DNS rebinding).",
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
    # 500 markers keep the SVG near 0.3 MB and the page fast; beyond, the archive counts them
    # on a grid.
    map_max_points: int = _setting(
        500, "Most events the map draws one by one; more in view are drawn as grid cells."
    )
    quality_sync_reports: int = _setting(
        100,
        "Reports saved before migration 0017 the quality queue reads on a view for their country"
        " (the abroad check); the rest wait for the next views, shown as pending.",
    )
    map_grid_cells: int = _setting(40, "Grid cells across the map when events are counted.")

    @property
    def request_cap(self) -> int:
        if self.max_request_bytes is not None:
            return self.max_request_bytes
        return 2 * self.max_upload_bytes + 64 * 1024

    @property
    def trusted_hosts(self) -> list[str]:
        """Host header values the desk answers (a wildcard bind adds no name of its own)."""
        hosts = ["127.0.0.1", "localhost", "::1", "[::1]", *self.allowed_hosts]
        if self.host not in WILDCARDS:
            hosts.append(self.host)
        return list(dict.fromkeys(hosts))


def check_token_strength(token: str | None) -> None:
    """Refuse a write token a client could guess: fewer than MIN_TOKEN_LENGTH characters."""
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise ValueError(
            f"the write token has {len(token)} characters; it needs at least "
            f"{MIN_TOKEN_LENGTH} (for example: python -c 'import secrets; "
            "print(secrets.token_urlsafe(24))')"
        )


@dataclass(frozen=True)
class SettingInfo:
    name: str
    default: Any
    help: str


def settings_table() -> list[SettingInfo]:
    """Every setting with its default and help, in declaration order."""
    return [SettingInfo(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]


__all__ = [
    "MIN_TOKEN_LENGTH",
    "SettingInfo",
    "Settings",
    "check_token_strength",
    "settings_table",
]
