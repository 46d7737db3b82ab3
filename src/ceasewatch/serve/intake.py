"""Write access and input checks for ingest, shared by the JSON API and the ingest page.

Writing needs the operator's token. Without one configured, the desk is read-only (403); a
request without a token gets 401, a wrong token 403. Inputs are refused before a job starts,
with the status a client can act on: 413 too large, 415 wrong type, 422 malformed.
"""

from __future__ import annotations

import datetime as dt
import hmac
from importlib import resources
from pathlib import Path, PurePosixPath

from ceasewatch.ingest.sniff import binary_kind
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.jobs import Job, Jobs, fetched, pasted, uploaded


class Refused(Exception):
    """A write request the desk will not take; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})
        if status == 401:
            self.headers.setdefault("WWW-Authenticate", "Bearer")


def check_token(desk: Desk, supplied: str | None, client: str | None = None) -> None:
    """Refuse a write without the token (401) or with a wrong one (403). A wrong token counts
    against ``client`` (its address): too many and the address is locked out for a while."""
    expected = desk.settings.token
    if not expected:
        raise Refused(
            403,
            "writing is disabled on this desk: the operator must start it with --token "
            "or $CEASEWATCH_TOKEN",
        )
    if not supplied:
        raise Refused(401, "this request writes to the archive: send the operator's token")
    if not hmac.compare_digest(supplied.encode(), expected.encode()):
        desk.lockout.failed(client or "unknown")
        raise Refused(403, "wrong token")


def _check_size(desk: Desk, size: int, what: str) -> None:
    cap = desk.settings.max_upload_bytes
    if size > cap:
        raise Refused(413, f"{what} is {size} bytes; the cap is {cap} bytes")


def submit_text(
    desk: Desk,
    jobs: Jobs,
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
) -> Job:
    if not text.strip():
        raise Refused(422, "the text is empty")
    _check_size(desk, len(text.encode("utf-8")), "the text")
    hints = {
        "title": title,
        "published": published.isoformat() if published else None,
        "source": source,
    }
    clean_hints = {k: v.strip() for k, v in hints.items() if v and v.strip()}
    label = title or "pasted text"
    return jobs.submit("text", label, pasted(text, clean_hints))


def submit_urls(desk: Desk, jobs: Jobs, urls: list[str]) -> Job:
    wanted = [u.strip() for u in urls if u.strip()]
    if not wanted:
        raise Refused(422, "no URL given")
    if len(wanted) > desk.settings.max_urls:
        raise Refused(
            422, f"{len(wanted)} URLs; one request takes at most {desk.settings.max_urls}"
        )
    bad = [u for u in wanted if not u.startswith(("http://", "https://"))]
    if bad:
        raise Refused(422, f"not an http(s) URL: {bad[0]!r}")
    return jobs.submit("urls", ", ".join(wanted), fetched(wanted))


def demo_folder() -> Path:
    """The reports shipped with the package (the founding report and public-domain documents)."""
    return Path(str(resources.files("ceasewatch") / "demo"))


def submit_demo(jobs: Jobs) -> Job:
    folder = demo_folder()
    return jobs.submit("demo", "the built-in demo reports", fetched([str(folder)]))


def submit_file(desk: Desk, jobs: Jobs, filename: str, data: bytes) -> Job:
    name = PurePosixPath(filename.replace("\\", "/")).name
    suffix = PurePosixPath(name).suffix.lower()
    allowed = desk.settings.upload_suffixes
    if suffix not in allowed:
        raise Refused(
            415,
            f"{name or 'the file'}: type {suffix or '(none)'} not accepted;"
            f" send one of {' '.join(allowed)}",
        )
    _check_size(desk, len(data), name)
    if not data.strip():
        raise Refused(422, f"{name}: the file is empty")
    kind = binary_kind(data)
    if kind is not None:
        raise Refused(415, f"{name}: {kind}, not a text, HTML, feed or JSONL file")
    return jobs.submit("file", name, uploaded(name, data))


__all__ = [
    "Refused",
    "check_token",
    "demo_folder",
    "submit_demo",
    "submit_file",
    "submit_text",
    "submit_urls",
]
