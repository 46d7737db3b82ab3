"""A tiny HTTP server on 127.0.0.1 serving the ingest fixtures, for URL and feed tests.

``{BASE}`` in a fixture is replaced by the server's own address, so feeds link to pages on it.
``/slow`` answers after ``SLOW_SECONDS``; ``/huge`` declares a body over any sane cap;
``/redirect?to=URL`` answers 302 to URL; ``/loop`` redirects to itself forever.

The server listens on 127.0.0.1, which ``ceasewatch.net`` refuses by default (SSRF guard), so
``serve`` opts in to private addresses while it runs unless told ``allow_private=False``.

``serve_app`` runs an ASGI app (the desk) under uvicorn on a free 127.0.0.1 port, for the tests
that need a real server (schemathesis, the browser).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SLOW_SECONDS = 3.0
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml", ".txt": "text/plain"}


def _handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0].lstrip("/")
            if path in ("redirect", "loop"):
                target = parse_qs(urlsplit(self.path).query).get("to", ["/loop"])[0]
                self.send_response(302)
                self.send_header("Location", target if path == "redirect" else "/loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if path == "slow":
                time.sleep(SLOW_SECONDS)
                return self._send(200, b"<html><body>late</body></html>", "text/html")
            if path == "huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(10**10))
                self.end_headers()
                return None
            file = root / path
            if not path or not file.is_file():
                return self._send(404, b"not found", "text/plain")
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = file.read_bytes().replace(b"{BASE}", base.encode())
            return self._send(200, body, TYPES.get(file.suffix, "application/octet-stream"))

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # the client may have given up (timeout tests)

    return Handler


@contextmanager
def serve(root: Path, *, allow_private: bool = True) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1; with ``allow_private`` (the explicit opt-in tests need to
    fetch from this server at all) set CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES=1 meanwhile."""
    env = "CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES"
    before = os.environ.get(env)
    os.environ[env] = "1" if allow_private else "0"
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(root))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        if before is None:
            os.environ.pop(env, None)
        else:
            os.environ[env] = before


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve_app(app: object) -> Iterator[str]:
    """Serve the ASGI ``app`` with uvicorn in a thread on 127.0.0.1; its base URL while it runs."""
    import pytest
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start on 127.0.0.1")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
