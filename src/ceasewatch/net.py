"""The only module that touches the network.

Every download (article URLs, feeds, GeoNames dumps) goes through ``fetch`` or ``fetch_to_file``:
bounded time, bounded size, bounded redirects, one error type (``FetchError``) that names the URL
and the reason. Tests swap ``TRANSPORT`` for an ``httpx.MockTransport`` or talk to a server on
127.0.0.1 (after opting in to private addresses, see below).

Server-side request forgery: a feed or a desk user names the URLs we fetch, so a link to
``http://127.0.0.1:8000/secret`` or to a cloud metadata address would otherwise pull data from
inside the host's network into the archive, where anyone can read it. So every host is resolved
and each of its addresses checked before the first request and again after every redirect
(redirects are followed here, one by one, never by httpx). The connection itself goes to an
address checked at connect time, so a DNS answer that changes between check and connect
(rebinding) is caught too. ``net.allow_private_addresses`` opts in to intranet feeds; metadata,
multicast and unspecified addresses stay refused even then.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpcore
import httpx

from ceasewatch import __version__
from ceasewatch.errors import FetchError
from ceasewatch.settings import setting

USER_AGENT = f"ceasewatch/{__version__} (+https://github.com/ceasewatch/ceasewatch)"
# When set (tests), every request goes through this transport instead of the real network.
TRANSPORT: httpx.BaseTransport | None = None

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Instance-metadata endpoints of the big clouds (AWS incl. its IPv6 one and ECS, GCP and Azure
# share 169.254.169.254, Alibaba 100.100.100.200): credentials live there, never fetchable.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",
        "169.254.170.2",
        "169.254.169.253",
        "fd00:ec2::254",
        "100.100.100.200",
    )
)


@dataclass(frozen=True)
class Fetched:
    url: str  # final URL after redirects
    status: int
    content_type: str
    data: bytes


class BlockedAddress(FetchError):
    """A URL whose host is (or resolves to) an address we must not connect to."""


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched from, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    never = _endpoint_refusal(address)  # refused even where the user named the endpoint
    if never is not None or address.is_global:
        return never
    if setting("net.allow_private_addresses"):
        return None
    for kind, hit in (("loopback", address.is_loopback), ("link-local", address.is_link_local)):
        if hit:
            return f"a {kind} address"
    return "a private or reserved address (not on the public internet)"


def resolve(url: str, host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, each checked; any refused address refuses the host
    (a name that resolves to both a public and a private address is an attack, not a site)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"network error: cannot resolve host {host!r}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for text in addresses:
        why = refusal(ipaddress.ip_address(text.split("%")[0]))
        if why is not None:
            raise BlockedAddress(
                url,
                f"refused: {host} is {why} ({text}); set CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES=1 "
                "to fetch from an intranet",
            )
    return addresses


def check_url(url: str) -> None:
    """Refuse a URL we must not fetch: not http(s), no host, or a host at a refused address."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, "only http:// and https:// URLs can be fetched")
    if not parsed.host:
        raise FetchError(url, "URL names no host")
    resolve(url, parsed.host, parsed.port or (443 if parsed.scheme == "https" else 80))


class _CheckedBackend(httpcore.SyncBackend):
    """Connects only to an address checked at connect time (closes the DNS-rebinding gap)."""

    def connect_tcp(
        self, host: str, port: int, *args: Any, **kwargs: Any
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve(f"{host}:{port}", host, port)
        except BlockedAddress:
            raise  # fetch names the URL
        except FetchError as exc:  # cannot resolve: a network error like any other
            raise httpcore.ConnectError(exc.reason) from exc
        return super().connect_tcp(addresses[0], port, *args, **kwargs)


def _transport() -> httpx.BaseTransport | None:
    if TRANSPORT is not None:
        return TRANSPORT
    if urllib.request.getproxies():
        return None  # httpx's own transport, through the proxy; the proxy resolves names
    transport = httpx.HTTPTransport()
    # httpx does not take a network backend; its pool does. TLS still verifies the host name,
    # as httpcore passes the URL's host (not the address) as the server name.
    transport._pool._network_backend = _CheckedBackend()
    return transport


def _client(timeout: float) -> httpx.Client:
    # Behind a proxy the connect-time check cannot apply; the per-hop check in ``_follow`` does.
    return httpx.Client(
        timeout=timeout,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
        transport=_transport(),
    )


def _check(url: str, response: httpx.Response, max_bytes: int) -> None:
    if response.status_code >= 400:
        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"too large: {int(declared)} bytes declared, cap is {max_bytes}")


@contextmanager
def _follow(url: str, timeout: float) -> Iterator[httpx.Response]:
    """GET ``url``, following redirects by hand so each new location is checked first."""
    hops = int(setting("net.max_redirects"))
    current = url
    with _client(timeout) as client:
        for hop in range(hops + 1):
            try:
                check_url(current)
            except FetchError as exc:
                if hop == 0:
                    raise
                raise type(exc)(url, f"redirected to {current}: {exc.reason}") from exc
            response = client.send(client.build_request("GET", current), stream=True)
            location = response.headers.get("location")
            if not (response.is_redirect and location):
                try:
                    yield response
                finally:
                    response.close()
                return
            response.close()
            current = str(response.url.join(location))
    raise FetchError(url, f"too many redirects (more than {hops})")


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET ``url`` into memory; refuse bodies over ``max_bytes`` (module defaults when None)."""
    timeout = setting("net.timeout_seconds") if timeout is None else timeout
    max_bytes = int(setting("net.max_bytes")) if max_bytes is None else max_bytes
    try:
        with _follow(url, timeout) as response:
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
    except BlockedAddress as exc:  # from the connect-time check, which knows no URL
        raise BlockedAddress(url, exc.reason) from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"network error: {exc}") from exc


def _endpoint_refusal(address: IPAddress) -> str | None:
    """``refusal`` for an endpoint the user named: loopback and private addresses pass."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if address.is_multicast or address.is_unspecified:
        return "a multicast or unspecified address"
    return None


def check_endpoint(url: str) -> None:
    """Refuse an endpoint URL that is not http(s), names no host, or resolves to a cloud
    metadata, multicast or unspecified address. Loopback and private addresses are allowed."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FetchError(url, "an endpoint must be an http:// or https:// URL with a host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parsed.host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"network error: cannot resolve host {parsed.host!r}") from exc
    for info in infos:
        why = _endpoint_refusal(ipaddress.ip_address(str(info[4][0]).split("%")[0]))
        if why is not None:
            raise BlockedAddress(url, f"refused: {parsed.host} is {why}")


def post_json(url: str, payload: Any, *, timeout: float, max_bytes: int) -> Any:
    """POST ``payload`` as JSON to an endpoint the user named and return the decoded answer.

    Unlike ``fetch``, whose URLs come from feeds and pages, this URL comes from the operator
    (``--review-endpoint``): a model server on localhost or the intranet is the normal case, so
    loopback and private addresses are allowed, while cloud metadata, multicast and unspecified
    addresses stay refused. Redirects are never followed (an endpoint that redirects is an
    error), so the request cannot be bounced elsewhere. ``FetchError`` names the reason: HTTP
    status, time-out, too large, not JSON."""
    check_endpoint(url)
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=False, headers=headers, transport=TRANSPORT
            ) as client,
            client.stream("POST", url, json=payload) as response,
        ):
            if response.is_redirect:
                raise FetchError(url, f"HTTP {response.status_code}: redirects are not followed")
            _check(url, response, max_bytes)
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > max_bytes:
                    raise FetchError(url, f"too large: over the cap of {max_bytes} bytes")
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"network error: {exc}") from exc
    try:
        return json.loads(bytes(data))
    except ValueError as exc:
        raise FetchError(url, f"the answer is not JSON ({exc})") from exc


def fetch_to_file(
    url: str, dest: Path, *, timeout: float | None = None, max_bytes: int | None = None
) -> Path:
    """Stream ``url`` to ``dest`` (for large dumps); a partial download never stays behind."""
    timeout = setting("net.timeout_seconds") if timeout is None else timeout
    partial = dest.with_name(dest.name + ".part")
    try:
        with _follow(url, timeout) as response:
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
    except BlockedAddress as exc:  # from the connect-time check, which knows no URL
        raise BlockedAddress(url, exc.reason) from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"network error: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
