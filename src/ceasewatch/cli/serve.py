"""``ceasewatch serve``: the desk (web pages and JSON API) over the archive."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import click

from ceasewatch.cli.app import db_option, gazetteer_option, kb_option, main


def run(path: Path, **options: Any) -> None:
    """``ceasewatch.serve.run``, imported on use: fastapi and uvicorn load only when serving."""
    from ceasewatch.serve import run as serve_run

    serve_run(path, **options)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    envvar="CEASEWATCH_TOKEN",
    default=None,
    help="Bearer token that opens writing (ingest) to its holders [env: CEASEWATCH_TOKEN]. "
    "Without it the desk is read-only.",
)
@db_option
@kb_option
@gazetteer_option
def serve(
    host: str,
    port: int,
    token: str | None,
    db: str | None,
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
) -> None:
    """Serve the desk: archive calendar, articles, events, map, agreements, actors, ingest.

    Reading needs no login. The OpenAPI document is at /openapi.json.
    """
    from ceasewatch.pipeline import Resources
    from ceasewatch.store import default_db_path

    path = Path(db) if db else default_db_path()
    if not _is_loopback(host):
        click.echo(
            f"warning: binding {host}: the desk is reachable from other machines, over plain "
            "HTTP; put it behind a TLS proxy before sending a token across a network",
            err=True,
        )
    mode = "writable with the token" if token else "read-only (no --token)"
    click.echo(f"ceasewatch desk on http://{host}:{port}/ over {path}, {mode}", err=True)
    resources = Resources(
        kb_dirs=tuple(Path(d) for d in kb_dirs),
        gazetteer_files=tuple(Path(f) for f in gazetteer_files),
    )
    run(path, host=host, port=port, token=token, resources=resources)
