"""The `ceasewatch` command group. Each command module registers itself on ``main``.

Commands are thin: they parse options, call one importable function and print its result.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import click

from ceasewatch import __version__
from ceasewatch.cli.output import chosen, emit, format_option

if TYPE_CHECKING:
    from ceasewatch.store import Store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ceasewatch")
def main() -> None:
    """ceasewatch: news reports -> coded, geocoded conflict events -> ceasefire status."""


def date_callback(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; anything else is a usage error naming the value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


db_option = click.option(
    "--db",
    "db",
    metavar="FILE|URL",
    envvar="CEASEWATCH_DB",
    default=None,
    help="Archive: a SQLite file, or a PostgreSQL database as "
    "postgresql://user[:password]@host[:port]/database (default: $CEASEWATCH_DB, else a file "
    "in your data folder).",
)
kb_option = click.option(
    "--kb",
    "kb_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=str),
    help="Extra knowledge-base folder merged over the built-in one (repeatable).",
)
gazetteer_option = click.option(
    "--gazetteer",
    "gazetteer_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=str),
    help="Extra GeoNames-format file added to the built-in gazetteer (repeatable).",
)


@main.command("settings")
@click.option("--markdown", is_flag=True, help="Print the table as docs/SETTINGS.md holds it.")
@format_option()
def settings_command(markdown: bool, fmt: str, as_json: bool) -> None:
    """List every tunable setting: its current value, default, environment variable and why
    the default is what it is."""
    from ceasewatch.settings import SETTINGS, setting
    from ceasewatch.settings import markdown as as_markdown

    if markdown:
        click.echo(as_markdown(), nl=False)
        return
    rows = [
        (spec.name, f"{setting(spec.name):.12g}", f"{spec.default:.12g}", spec.env, spec.help)
        for spec in SETTINGS
    ]
    emit(("setting", "value", "default", "environment", "why"), rows, chosen(fmt, as_json))


def open_archive(db: str | None) -> Store:
    """The archive at ``db`` (default: $CEASEWATCH_DB, else the user's data folder); a store
    that cannot be opened is one error line, not a traceback."""
    from ceasewatch.errors import CeasewatchError
    from ceasewatch.store import open_store

    try:
        return open_store(db)
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc


def archive_if_any(db: str | None) -> Store | None:
    """The archive for commands that only add to their answer from it (``actor``,
    ``agreements``): ``db`` (default: $CEASEWATCH_DB, else the user's data folder) when that
    file exists, else None; never an empty archive created just to read nothing."""
    from ceasewatch.store import archive_exists, default_db

    where = db if db is not None else default_db()
    return open_archive(where) if archive_exists(where) else None
