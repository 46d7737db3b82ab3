"""The `ceasewatch` command group. Each command module registers itself on ``main``.

Commands are thin: they parse options, call one importable function and print its result.
"""

from __future__ import annotations

import datetime as dt

import click

from ceasewatch import __version__


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
    type=click.Path(dir_okay=False, path_type=str),
    envvar="CEASEWATCH_DB",
    default=None,
    help="Archive database file (default: $CEASEWATCH_DB, else a file in your data folder).",
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
def settings_command(markdown: bool) -> None:
    """List every tunable setting with its current value, default and environment variable."""
    from ceasewatch.settings import SETTINGS, setting
    from ceasewatch.settings import markdown as as_markdown

    if markdown:
        click.echo(as_markdown(), nl=False)
        return
    for spec in SETTINGS:
        click.echo(
            f"{spec.name} = {setting(spec.name):.12g}  (default {spec.default:.12g}; {spec.env})"
        )
