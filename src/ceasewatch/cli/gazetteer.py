"""`ceasewatch gazetteer import|lookup`: thin wrappers over knowledge.geonames and geocode."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import gazetteer_option, main
from ceasewatch.cli.output import chosen, emit, format_option
from ceasewatch.errors import CeasewatchError

# The gazetteer loads when a command runs, never for --help.
if TYPE_CHECKING:
    from ceasewatch.knowledge.gazetteer import Candidate

db_path_option = click.option(
    "--db-path",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gazetteer index file (default: $CEASEWATCH_GAZETTEER_DB, else gazetteer.sqlite "
    "in your data folder; `analyze` uses it when it exists).",
)


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Import GeoNames dumps and look names up in the gazetteer."""


@gazetteer_group.command("import")
@click.argument("source")
@db_path_option
@click.option(
    "--country",
    "countries",
    multiple=True,
    help="Keep only this country's places (ISO alpha-2, repeatable), e.g. --country SY.",
)
def import_command(source: str, db_path: Path | None, countries: tuple[str, ...]) -> None:
    """Import a GeoNames dump (PATH or URL; allCountries, XX, citiesN, alternateNamesV2; zip
    or plain). All or nothing: a bad row or a truncated dump leaves the index unchanged."""
    from ceasewatch.knowledge.gazetteer import default_import_path
    from ceasewatch.knowledge.geonames import import_geonames

    target = db_path or default_import_path()

    def progress(label: str, rows: int) -> None:
        click.echo(f"  {label}: {rows} places", err=True)

    try:
        report = import_geonames(source, target, countries=countries, progress=progress)
    except CeasewatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(
        f"imported {report.places} places and {report.names} names into {report.db_path} "
        f"in {report.seconds:.1f} s ({report.skipped} alternate names skipped)"
    )


def _as_dict(cand: Candidate) -> dict[str, object]:
    return {
        **cand.place.model_dump(),
        "matched": cand.matched,
        "method": cand.method,
        "score": cand.score,
        "index": cand.index,
    }


@gazetteer_group.command("lookup")
@click.argument("name")
@db_path_option
@gazetteer_option
@click.option("--country", "countries", multiple=True, help="Only this country (ISO alpha-2).")
@format_option()
def lookup_command(
    name: str,
    db_path: Path | None,
    gazetteer_files: tuple[str, ...],
    countries: tuple[str, ...],
    fmt: str,
    as_json: bool,
) -> None:
    """Every gazetteer entry NAME may refer to, in any transliteration, best match first."""
    from ceasewatch.geocode import load_gazetteer

    gazetteer = load_gazetteer([Path(f) for f in gazetteer_files], imported=db_path)
    found = gazetteer.lookup(name, countries=countries)
    if not found and countries:
        found = gazetteer.fuzzy(name, countries)
    fmt = chosen(fmt, as_json)
    if not found and fmt == "table":
        click.echo(f"no place named {name!r} (indexes: {', '.join(gazetteer.labels)})")
        return
    rows = [
        (c.place.id, c.place.name, f"{c.place.latitude:.5f} {c.place.longitude:.5f}",
         f"{c.place.feature_class or '-'}.{c.place.feature_code or '-'}", c.place.country or "-",
         f"{c.method} {c.score:.2f}", c.index)
        for c in found
    ]  # fmt: skip
    columns = ("id", "name", "lat lon", "feature", "country", "match", "index")
    emit(columns, rows, fmt, [_as_dict(c) for c in found])
