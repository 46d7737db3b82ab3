"""The founding report's places, geocoded with a GeoNames-format file of its villages.

Issue 4's "done when": given tests/fixtures/geonames/seed_villages_SY.txt (synthetic ids, hand-
made coordinates: exact for Abu al-Duhur, its airbase and Atshan, estimated within 5-10 km for
the others; see that folder's README), every place the seed names should resolve to its entry,
the southern Zarzour rather than its namesake 70 km north, and the faction "Jaish al-Ahrar" in
the list of places must not become a place. The seed is read through ingest and clean (its
dateline gives the date), then the pipeline (``harness.run_pipeline``) runs with the fixture
added to the gazetteer.

``EXPECTED`` names the words of the report and the fixture entry each should land on; that is
the gold of this set, written from the report and the fixture's README, not from our output.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ceasewatch.evaluate.harness import REPO, require, run_pipeline
from ceasewatch.evaluate.metrics import Tally
from ceasewatch.evaluate.report import SetReport, from_tally
from ceasewatch.geo import km_between
from ceasewatch.model import Event, Location
from ceasewatch.pipeline import Resources, read_articles

NAME = "seed_places"
DESCRIPTION = "The seed report's places with a GeoNames-format fixture of its villages."
SEED = Path(__file__).resolve().parents[1] / "demo" / "idlib-de-escalation-zone-2018-01-11.txt"
FIXTURE = REPO / "tests" / "fixtures" / "geonames" / "seed_villages_SY.txt"
WITHIN_KM = 5.0  # the fixture's own uncertainty for most estimated villages

# Words of the report -> the fixture geonameid it should resolve to.
EXPECTED: dict[str, int] = {
    "Tell Salmo": 99000001,
    "Atshan": 99000002,
    "Khuwayn al-Kabir": 99000003,
    "Zarzour": 99000005,  # the southern one, beside Abu al-Duhur
    "Umm al-Khalakhi": 99000006,
    "Abu al-Duhur Airbase": 99000008,
}
NOT_A_PLACE = "Jaish al-Ahrar"


def fixture_points(path: Path) -> dict[int, tuple[float, float]]:
    """geonameid -> (latitude, longitude) from a GeoNames-format file."""
    points: dict[int, tuple[float, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 6 and cols[0].isdigit():
            points[int(cols[0])] = (float(cols[4]), float(cols[5]))
    return points


def _words(location: Location) -> str:
    return (location.span.text if location.span else location.surface or location.name).casefold()


def located(events: tuple[Event, ...], words: str) -> Location | None:
    """The location of the first event whose place words contain ``words``."""
    for event in events:
        if event.location is not None and words.casefold() in _words(event.location):
            return event.location
    return None


def evaluate_seed_places(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    """``data_dir``, ``limit`` and ``split`` are unused: the set is the seed and its fixture.

    The seed is one report that every engineer reads anyway (it ships in the package), so it
    has no held-out half: it is scored whole under every split and reported as split "all".
    """
    fixture = require(FIXTURE, "GeoNames fixture of the seed's villages")
    articles, failures = read_articles([str(require(SEED, "the seed report"))])
    with_fixture = dataclasses.replace(
        resources, gazetteer_files=(*resources.gazetteer_files, fixture), _gazetteer=None
    )
    run = run_pipeline(articles, with_fixture)
    events = run.events(articles[0].id) if articles else ()
    points = fixture_points(fixture)
    found = right = near = Tally()
    notes: list[str] = []
    for words, geonameid in EXPECTED.items():
        location = located(events, words)
        found = found.add(location is not None)
        right = right.add(location is not None and location.place_id == f"geonames:{geonameid}")
        error = _error_km(location, points[geonameid])
        near = near.add(error is not None and error <= WITHIN_KM)
        notes.append(f"{words}: " + _describe(location, error))
    stray = located(events, NOT_A_PLACE)
    faction_kept_out = Tally(int(stray is None or stray.latitude is None), 1)
    fields = (
        from_tally("places with an event (rate)", found),
        from_tally("resolved to the expected fixture entry", right),
        from_tally(f"within {WITHIN_KM:.0f} km of the fixture point", near),
        from_tally(f"'{NOT_A_PLACE}' not geocoded", faction_kept_out),
    )
    return SetReport(
        name=NAME,
        description=DESCRIPTION,
        items=len(EXPECTED),
        total_items=len(EXPECTED),
        seconds=run.seconds,
        fields=fields,
        failures=tuple(run.failures),
        notes=(*notes, f"{len(failures)} ingest failure(s)."),
    )


def _error_km(location: Location | None, point: tuple[float, float]) -> float | None:
    if location is None or location.latitude is None or location.longitude is None:
        return None
    return km_between(location.latitude, location.longitude, *point)


def _describe(location: Location | None, error: float | None) -> str:
    if location is None:
        return "no event located here"
    if error is None:
        return f"not geocoded ({location.reason or 'no reason given'})"
    return (
        f"{error:.1f} km off, {location.place_id or 'no place id'},"
        f" precision {location.geo_precision}, admin1 {location.admin1}"
    )
