"""``ceasewatch serve``: the desk (web pages and JSON API) over the archive."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import click

from ceasewatch.cli.app import db_option, gazetteer_option, kb_option, main
from ceasewatch.cli.train import model_option


def run(path: str, **options: Any) -> None:
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
    help="Bearer token (16+ characters) that opens writing (ingest) to its holders. Prefer "
    "the environment variable CEASEWATCH_TOKEN: a --token value shows in `ps` to every user "
    "of the machine. Without a token the desk is read-only.",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    help="A host name clients may call the desk by, besides 127.0.0.1, localhost and --host "
    "(repeatable; e.g. the name of a TLS proxy in front of it). Other Host headers get 400.",
)
@db_option
@kb_option
@gazetteer_option
@model_option
def serve(
    host: str,
    port: int,
    token: str | None,
    allowed_hosts: tuple[str, ...],
    db: str | None,
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
    model_dir: Path | None,
) -> None:
    """Serve the desk: archive calendar, articles, events, map, agreements, actors, ingest.

    Reading needs no login. The OpenAPI document is at /openapi.json. Set the write token
    with CEASEWATCH_TOKEN (kept out of the process list), e.g.
    CEASEWATCH_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))').
    """
    from ceasewatch.pipeline import Resources
    from ceasewatch.serve.settings import WILDCARDS, Settings, check_token_strength
    from ceasewatch.store import default_db, is_url
    from ceasewatch.store.postgres import redact

    try:
        check_token_strength(token)
    except ValueError as exc:
        raise click.UsageError(f"refusing to start: {exc}") from None
    path = db or default_db()  # a string: Path() would fold a URL's "//"
    if not _is_loopback(host):
        click.echo(
            f"warning: binding {host}: the desk is reachable from other machines, over plain "
            "HTTP; put it behind a TLS proxy before sending a token across a network",
            err=True,
        )
    if host in WILDCARDS and not allowed_hosts:
        click.echo(
            f"warning: binding {host or 'every interface'} without --allowed-host: only "
            "requests addressed to 127.0.0.1 or localhost are answered",
            err=True,
        )
    mode = "writable with the token" if token else "read-only (no token)"
    shown = redact(path) if is_url(path) else path  # never a password on the terminal
    click.echo(f"ceasewatch desk on http://{host}:{port}/ over {shown}, {mode}", err=True)
    resources = Resources(
        kb_dirs=tuple(Path(d) for d in kb_dirs),
        gazetteer_files=tuple(Path(f) for f in gazetteer_files),
        model_dir=model_dir,  # the desk's ingest jobs type events with it, as `extract` does
    )
    settings = Settings(allowed_hosts=allowed_hosts)
    run(path, host=host, port=port, token=token, resources=resources, settings=settings)
