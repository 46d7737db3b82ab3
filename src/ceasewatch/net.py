"""The only module that touches the network.

Every download (article URLs, feeds, GeoNames dumps) goes through ``fetch`` or ``fetch_to_file``:
bounded time, bounded size, one error type (``FetchError``) that names the URL and the reason.
Tests swap ``TRANSPORT`` for an ``httpx.MockTransport`` or talk to a server on 127.0.0.1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

from ceasewatch import __version__
from ceasewatch.errors import FetchError
from ceasewatch.settings import setting

USER_AGENT = f"ceasewatch/{__version__} (+https://github.com/ceasewatch/ceasewatch)"
# When set (tests), every request goes through this transport instead of the real network.
TRANSPORT: httpx.BaseTransport | None = None


@dataclass(frozen=True)
class Fetched:
    url: str  # final URL after redirects
    status: int
    content_type: str
    data: bytes


def _client(timeout: float) -> httpx.Client:
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
        transport=TRANSPORT,
    )


def _check(url: str, response: httpx.Response, max_bytes: int) -> None:
    if response.status_code >= 400:
        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"too large: {int(declared)} bytes declared, cap is {max_bytes}")


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET ``url`` into memory; refuse bodies over ``max_bytes`` (module defaults when None)."""
    timeout = setting("net.timeout_seconds") if timeout is None else timeout
    max_bytes = int(setting("net.max_bytes")) if max_bytes is None else max_bytes
    if not url.startswith(("http://", "https://")):
        raise FetchError(url, "only http:// and https:// URLs can be fetched")
    try:
        with _client(timeout) as client, client.stream("GET", url) as response:
            _check(url, response, max_bytes)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, f"too large: over the cap of {max_bytes} bytes")
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                content_type=response.headers.get("content-type", ""),
                data=b"".join(chunks),
            )
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"network error: {exc}") from exc


def fetch_to_file(
    url: str, dest: Path, *, timeout: float | None = None, max_bytes: int | None = None
) -> Path:
    """Stream ``url`` to ``dest`` (for large dumps); a partial download never stays behind."""
    timeout = setting("net.timeout_seconds") if timeout is None else timeout
    partial = dest.with_name(dest.name + ".part")
    try:
        with _client(timeout) as client, client.stream("GET", url) as response:
            _check(url, response, max_bytes or 2**62)
            size = 0
            with partial.open("wb") as out:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise FetchError(url, f"too large: over the cap of {max_bytes} bytes")
                    out.write(chunk)
        partial.replace(dest)
        return dest
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"network error: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
