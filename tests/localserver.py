"""A tiny HTTP server on 127.0.0.1 serving the ingest fixtures, for URL and feed tests.

``{BASE}`` in a fixture is replaced by the server's own address, so feeds link to pages on it.
``/slow`` answers after ``SLOW_SECONDS``; ``/huge`` declares a body over any sane cap.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SLOW_SECONDS = 3.0
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml", ".txt": "text/plain"}


def _handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0].lstrip("/")
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
def serve(root: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(root))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
