"""The desk's front door: what a request must pass before any handler reads its body.

1. An address that sent too many wrong tokens waits (429 with Retry-After), whatever it sends.
2. A write to /api/ingest/* carries the operator's token in its Authorization header: it is
   checked first, so an unauthenticated client never gets the server to read its body.
3. A body is capped before parsing: a declared Content-Length over the cap is refused at once
   (413), and a streamed (chunked) body is counted and refused the moment it passes the cap.
   Only then is the body, at most the cap, handed to the application.

Without this, FastAPI parses a JSON body before any dependency runs: a 100 MB post to
/api/ingest/text cost 299 MB before the token was even looked at.
"""

from __future__ import annotations

import json
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ceasewatch.serve.desk import Desk
from ceasewatch.serve.intake import Refused, check_token
from ceasewatch.serve.views.corrections import MAX_CORRECTION_BYTES

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Analyst corrections write like ingest (token first) and are small (their own cap).
CORRECTIONS = re.compile(r"^/api/events/[^/]+/corrections$")


def client_of(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def bearer_token(scope: Scope) -> str | None:
    value = _header(scope, b"authorization")
    if value is None:
        return None
    scheme, _, credentials = value.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return credentials.strip() or None


async def refuse(send: Send, status: int, message: str, headers: dict[str, str]) -> None:
    body = json.dumps({"detail": message}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class BodyGuard:
    """ASGI middleware enforcing the lockout, the token and the body cap (module docstring)."""

    def __init__(self, app: ASGIApp, desk: Desk) -> None:
        self.app = app
        self.desk = desk

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        try:
            self._admit(scope)
            body = await self._read(scope, receive)
        except Refused as exc:
            await refuse(send, exc.status, exc.message, exc.headers)
            return
        if body is None:  # the client went away
            return
        await self.app(scope, _replay(body, receive), send)

    def _admit(self, scope: Scope) -> None:
        client = client_of(scope)
        wait = self.desk.lockout.retry_after(client)
        if wait is not None:
            raise Refused(
                429,
                f"too many wrong tokens from {client}: try again in {wait} s",
                {"Retry-After": str(wait)},
            )
        path = scope["path"]
        if scope["method"] == "POST" and (
            path.startswith("/api/ingest/") or CORRECTIONS.match(path)
        ):
            check_token(self.desk, bearer_token(scope), client)

    async def _read(self, scope: Scope, receive: Receive) -> bytes | None:
        cap = self.desk.settings.request_cap
        if CORRECTIONS.match(scope["path"]):
            cap = min(cap, MAX_CORRECTION_BYTES)
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > cap:
            raise Refused(413, f"the request body is {int(declared)} bytes; the cap is {cap}")
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > cap:
                raise Refused(413, f"the request body passed the cap of {cap} bytes")
            if not message.get("more_body", False):
                return bytes(body)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read once, then the client's own messages (a disconnect, for streaming)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


__all__ = ["BodyGuard", "bearer_token", "client_of"]
