"""GeoNames dumps -> a gazetteer index (SQLite), streaming and all-or-nothing.

Reads the files of https://download.geonames.org/export/dump/ (CC BY 4.0, credit GeoNames):
the geoname table (``allCountries.txt``, ``SY.txt``, ``cities500.txt``..., 19 tab-separated
columns) and ``alternateNamesV2.txt`` (10 columns; the older 8-column form too), plain or zipped.

1. Every source is read line by line (a zip member is streamed, never unpacked to memory).
2. Rows go in by batches of ``BATCH`` inside ONE transaction: a malformed row, a truncated file or
   a corrupt archive rolls the whole import back, so an index is never half-applied.
3. Memory stays bounded by the batch and SQLite's page cache, whatever the dump's size (the
   12-million-row allCountries.txt included).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ceasewatch.errors import CeasewatchError, KnowledgeError
from ceasewatch.knowledge.gazetteer import KEY_VERSION, connect, name_key, skeleton_key
from ceasewatch.knowledge.place_aliases import write_place_aliases

# 10k rows per executemany: large enough that Python overhead is amortised, small enough that
# a batch of allCountries rows with their alternate names stays under ~20 MB.
BATCH = 10_000
# SQLite page cache for imports, in KiB (negative = KiB in SQLite's pragma): 256 MB keeps the
# name indexes hot during a 12M-row import and leaves room under a 2 GB budget.
IMPORT_CACHE_KIB = 262_144
# A malformed dump usually fails on every line; report the first few, not millions.
MAX_PROBLEMS = 20
GEONAME_FIELDS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature class", "feature code", "country code", "cc2", "admin1 code", "admin2 code",
    "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone",
    "modification date",
)  # fmt: skip
FEATURE_CLASSES = frozenset("ADHLPRSTUV")
# alternateNames rows that are not names: links, postcodes, airport and other codes.
NOT_NAMES = frozenset(
    {"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "fr_1793"}
)
# Alternate names longer than this are descriptions, not names.
MAX_NAME_LENGTH = 120

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class PlaceRow:
    """One parsed row of a GeoNames geoname table."""

    geonameid: int
    name: str
    names: tuple[str, ...]  # name, asciiname and alternate names
    latitude: float
    longitude: float
    feature_class: str | None
    feature_code: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    population: int | None


@dataclass(frozen=True)
class ImportReport:
    db_path: Path
    files: tuple[str, ...]
    places: int
    names: int
    skipped: int  # alternate names of places not in the index (links and codes are not names)
    seconds: float


class _Problems:
    """Collects row errors of one file; raises once there are enough (or at the end)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, line: int, field: str, reason: str, value: str) -> None:
        self.items.append(f"line {line}, field {field!r}: {reason} (got {value[:60]!r})")
        if len(self.items) >= MAX_PROBLEMS:
            self.raise_if_any()

    def raise_if_any(self) -> None:
        if self.items:
            raise KnowledgeError(self.source, self.items)


def _number(
    text: str, kind: type[int] | type[float], field: str, line: int, problems: _Problems
) -> Any:
    try:
        return kind(text)
    except ValueError:
        problems.add(line, field, f"not a{'n integer' if kind is int else ' number'}", text)
        return None


def parse_place(line: str, lineno: int, problems: _Problems) -> PlaceRow | None:
    """One geoname-table line; ``None`` (with a problem recorded) when malformed."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != len(GEONAME_FIELDS):
        field = GEONAME_FIELDS[min(len(cols), len(GEONAME_FIELDS) - 1)]
        reason = f"expected {len(GEONAME_FIELDS)} tab-separated fields, found {len(cols)}"
        problems.add(lineno, field, reason, line)
        return None
    gid = _number(cols[0], int, "geonameid", lineno, problems)
    lat = _number(cols[4], float, "latitude", lineno, problems)
    lon = _number(cols[5], float, "longitude", lineno, problems)
    pop = _number(cols[14], int, "population", lineno, problems) if cols[14] else None
    if not cols[1].strip():
        problems.add(lineno, "name", "empty", cols[1])
    if lat is not None and not -90 <= lat <= 90:
        problems.add(lineno, "latitude", "outside -90..90", cols[4])
    if lon is not None and not -180 <= lon <= 180:
        problems.add(lineno, "longitude", "outside -180..180", cols[5])
    if cols[6] and cols[6] not in FEATURE_CLASSES:
        problems.add(lineno, "feature class", "not one of A D H L P R S T U V", cols[6])
    if gid is None or lat is None or lon is None or not cols[1].strip():
        return None
    alternates = [a for a in cols[3].split(",") if a and len(a) <= MAX_NAME_LENGTH]
    return PlaceRow(
        geonameid=gid,
        name=cols[1],
        names=tuple(dict.fromkeys([cols[1], cols[2], *alternates])),
        latitude=lat,
        longitude=lon,
        feature_class=cols[6] or None,
        feature_code=cols[7] or None,
        country=cols[8] or None,
        admin1=cols[10] or None,
        admin2=cols[11] or None,
        population=pop,
    )


def read_places(lines: Iterable[str], source: str) -> Iterator[PlaceRow]:
    """Parse a geoname table; raises KnowledgeError naming file, line and field."""
    problems = _Problems(source)
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        row = parse_place(line, lineno, problems)
        if row is not None and not problems.items:
            yield row
    problems.raise_if_any()


def name_rows(pid: int, names: Iterable[str]) -> list[tuple[str, str, int, str]]:
    """(key, skeleton, pid, name) for each distinct key among ``names``."""
    rows: dict[str, tuple[str, str, int, str]] = {}
    for name in names:
        key = name_key(name)
        if key and key not in rows:
            rows[key] = (key, skeleton_key(name), pid, name)
    return list(rows.values())


def _place_values(pid: int, place_id: str, row: PlaceRow) -> tuple[Any, ...]:
    return (
        pid,
        place_id,
        row.name,
        row.latitude,
        row.longitude,
        row.feature_class,
        row.feature_code,
        row.country,
        row.admin1,
        row.admin2,
        row.population,
    )


def write_places(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, PlaceRow]]) -> int:
    """Insert or replace (pid, id, row) triples by batches; returns the count."""
    count = 0
    places: list[tuple[Any, ...]] = []
    names: list[tuple[str, str, int, str]] = []
    for pid, place_id, row in rows:
        places.append(_place_values(pid, place_id, row))
        names.extend(name_rows(pid, row.names))
        if len(places) >= BATCH:
            count += _flush(conn, places, names)
    return count + _flush(conn, places, names)


def _flush(
    conn: sqlite3.Connection, places: list[tuple[Any, ...]], names: list[tuple[str, str, int, str]]
) -> int:
    # A re-imported place replaces its names: delete the old ones first.
    conn.executemany("DELETE FROM names WHERE pid = ?", [(p[0],) for p in places])
    conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)", names)
    count = len(places)
    places.clear()
    names.clear()
    return count


def _alternate_names(lines: Iterable[str], source: str) -> Iterator[tuple[int, str]]:
    problems = _Problems(source)
    for lineno, line in enumerate(lines, start=1):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 4:
            problems.add(lineno, "alternate name", "expected at least 4 tab-separated fields", line)
            continue
        gid = _number(cols[1], int, "geonameid", lineno, problems)
        wanted = cols[2] not in NOT_NAMES and 0 < len(cols[3]) <= MAX_NAME_LENGTH
        if gid is not None and not problems.items and wanted:
            yield gid, cols[3]
    problems.raise_if_any()


def write_alternate_names(conn: sqlite3.Connection, pairs: Iterable[tuple[int, str]]) -> int:
    """Add names to places already in the index; returns how many were skipped."""
    known = 0
    total = 0
    batch: list[tuple[str, str, int, str, int]] = []
    for gid, name in pairs:
        total += 1
        key = name_key(name)
        if key:
            batch.append((key, skeleton_key(name), gid, name, gid))
        if len(batch) >= BATCH:
            known += _flush_alternates(conn, batch)
    known += _flush_alternates(conn, batch)
    return total - known


def _flush_alternates(conn: sqlite3.Connection, batch: list[tuple[str, str, int, str, int]]) -> int:
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO names SELECT ?, ?, ?, ? WHERE EXISTS "
        "(SELECT 1 FROM places WHERE pid = ?)",
        batch,
    )
    batch.clear()
    return conn.total_changes - before


# --- sources: plain files, zips, URLs ----------------------------------------------------------


def _is_alternates(label: str) -> bool:
    member = label.rsplit("!", 1)[-1]  # "dump.zip!alternateNamesV2.txt"
    return Path(member).name.lower().startswith("alternatename")


def _wanted(name: str) -> bool:
    base = Path(name).name.lower()
    return base.endswith(".txt") and not base.startswith(("readme", "iso-languagecodes"))


@contextlib.contextmanager
def _open_source(path: Path) -> Iterator[list[tuple[str, Iterable[str]]]]:
    """(label, lines) for a plain file or each wanted member of a zip, places before names."""
    with contextlib.ExitStack() as stack:
        if zipfile.is_zipfile(path):
            archive = stack.enter_context(zipfile.ZipFile(path))
            members = sorted(
                (m for m in archive.namelist() if _wanted(m)), key=lambda m: _is_alternates(m)
            )
            if not members:
                raise KnowledgeError(str(path), ["the archive holds no GeoNames .txt file"])
            yield [
                (f"{path}!{m}", io.TextIOWrapper(stack.enter_context(archive.open(m)), "utf-8"))
                for m in members
            ]
        else:
            yield [(str(path), stack.enter_context(path.open(encoding="utf-8")))]


def _import_file(
    conn: sqlite3.Connection, label: str, lines: Iterable[str], countries: Collection[str]
) -> tuple[int, int]:
    """Returns (places, skipped names) for one file."""
    if _is_alternates(label):
        return 0, write_alternate_names(conn, _alternate_names(lines, label))
    rows = (
        (row.geonameid, f"geonames:{row.geonameid}", row)
        for row in read_places(lines, label)
        if not countries or row.country in countries
    )
    return write_places(conn, rows), 0


def import_geonames(
    source: str | Path,
    db_path: Path,
    *,
    countries: Collection[str] = (),
    progress: Progress | None = None,
) -> ImportReport:
    """Import a GeoNames dump (path or http(s) URL; plain or zip) into the index at ``db_path``.

    ``countries`` (ISO alpha-2 codes) keeps only those countries' places. All or nothing: on any
    error the index is left as it was and a KnowledgeError/FetchError says why.
    """
    started = time.monotonic()
    if str(source).startswith(("http://", "https://")):
        with tempfile.TemporaryDirectory(prefix="ceasewatch-geonames-") as tmp:
            local = _download(str(source), Path(tmp))
            report = import_geonames(local, db_path, countries=countries, progress=progress)
        return report
    path = Path(source)
    if not path.is_file():
        raise KnowledgeError(str(path), ["no such file"])
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(db_path)
    try:
        conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        report = import_into(conn, path, countries=countries, progress=progress)
    finally:
        conn.close()
    seconds = time.monotonic() - started
    return ImportReport(db_path, report.files, report.places, report.names, report.skipped, seconds)


def import_into(
    conn: sqlite3.Connection,
    path: Path,
    *,
    countries: Collection[str] = (),
    progress: Progress | None = None,
) -> ImportReport:
    """Import a local dump into an open index (e.g. an in-memory one for ``--gazetteer``)."""
    started = time.monotonic()
    if not path.is_file():
        raise KnowledgeError(str(path), ["no such file"])
    before = conn.execute("SELECT count(*) FROM names").fetchone()[0]
    files, places, skipped = _import_all(conn, path, {c.upper() for c in countries}, progress)
    names = conn.execute("SELECT count(*) FROM names").fetchone()[0] - before
    return ImportReport(Path(":memory:"), files, places, names, skipped, time.monotonic() - started)


def _import_all(
    conn: sqlite3.Connection, path: Path, countries: Collection[str], progress: Progress | None
) -> tuple[tuple[str, ...], int, int]:
    files: list[str] = []
    places = skipped = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        with _open_source(path) as sources:
            for label, lines in sources:
                counted, missed = _import_file(conn, label, lines, countries)
                places += counted
                skipped += missed
                files.append(label)
                conn.execute(
                    "INSERT INTO imports VALUES (?, ?, ?)",
                    (label, counted, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                )
                if progress is not None:
                    progress(label, counted)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_version', ?)", (KEY_VERSION,))
        conn.execute("COMMIT")
    except CeasewatchError:
        conn.execute("ROLLBACK")
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, OSError) as exc:
        conn.execute("ROLLBACK")
        reason = f"corrupt or truncated dump ({type(exc).__name__}: {exc}); nothing was imported"
        raise KnowledgeError(str(path), [reason]) from exc
    return tuple(files), places, skipped


def _download(url: str, folder: Path) -> Path:
    from ceasewatch.net import fetch_to_file

    name = url.rstrip("/").rsplit("/", 1)[-1] or "geonames.txt"
    # Dumps are large and served slowly; the cap is off (allCountries.zip is ~400 MB).
    return fetch_to_file(url, folder / name, timeout=300.0)


def places_from_rows(rows: Sequence[PlaceRow]) -> list[tuple[int, str, PlaceRow]]:
    """(pid, id, row) triples for GeoNames rows, as ``write_places`` takes them."""
    return [(r.geonameid, f"geonames:{r.geonameid}", r) for r in rows]


# --- the built-in index: the world gazetteer (GeoNames cities500 + admin units) + OCHA Syria ---


def _world_place_rows() -> Iterator[tuple[int, str, PlaceRow]]:
    """The populated places of GeoNames cities500 shipped in the package (``knowledge.world``),
    with the names of their admin1 and admin2 units (as ACLED's admin columns want them)."""
    from ceasewatch.knowledge.world import PLACES_FILE, read_rows, unit_of

    for r in read_rows(PLACES_FILE):
        admin1 = unit_of(r["country"], r["admin1"])
        admin2 = unit_of(r["country"], r["admin1"], r["admin2"]) if r["admin2"] else None
        gid = int(r["geonameid"])
        names = (r["name"], *(a for a in r["alternates"].split("|") if a))
        row = PlaceRow(gid, r["name"], names, float(r["latitude"]), float(r["longitude"]), "P",
                       r["feature_code"] or "PPL", r["country"] or None,
                       admin1.name if admin1 else None,
                       admin2.name if admin2 and admin2.level == 2 else None,
                       int(r["population"] or 0) or None)  # fmt: skip
        yield gid, f"geonames:{gid}", row


def _world_unit_rows() -> Iterator[tuple[int, str, PlaceRow]]:
    """GeoNames admin1 and admin2 units that have a point (feature class A, ADM1/ADM2)."""
    from ceasewatch.knowledge.world import world_units

    units = world_units()
    for unit in units.values():
        if unit.latitude is None or unit.longitude is None:
            continue
        parent = units.get(unit.admin1_code)
        admin1 = parent.name if parent else None
        admin2 = unit.name if unit.level == 2 else None
        row = PlaceRow(unit.geonameid, unit.name, unit.names, unit.latitude, unit.longitude,
                       "A", f"ADM{unit.level}", unit.country, admin1, admin2, None)  # fmt: skip
        yield unit.geonameid, unit.place_id, row


def _builtin_rows() -> Iterator[tuple[int, str, PlaceRow]]:
    yield from _world_place_rows()
    yield from _world_unit_rows()
    yield from _ocha_rows()
    yield from _supplement_rows()
    yield from _region_rows()


SUPPLEMENT_FILE = "place_supplement.tsv"
REGIONS_FILE = "regions.tsv"


def _supplement_rows() -> Iterator[tuple[int, str, PlaceRow]]:
    """Towns below GeoNames cities500 that conflict reports name ("Bunagana", "Barsalogho"):
    ``data/gazetteer/place_supplement.tsv``, curated, one Wikipedia article cited per row.
    Ids ``supplement:<country>:<name>``, keys below OCHA's synthetic ones."""
    return _curated_rows(SUPPLEMENT_FILE, -20_000_000, "supplement", ("P", "PPL"))


def _region_rows() -> Iterator[tuple[int, str, PlaceRow]]:
    """Regions named as places that no admin unit is ("Darfur", "Puntland", "Donbas"):
    ``data/gazetteer/regions.tsv``, curated, at their chief town's point. Feature ``L.RGN``
    (GeoNames' code for a region): never a containment parent (those are admin units and
    towns), coded at precision 3 (``geocode.place``). Ids ``region:<country>:<name>``."""
    return _curated_rows(REGIONS_FILE, -30_000_000, "region", ("L", "RGN"))


def _curated_rows(
    name: str, first: int, prefix: str, feature: tuple[str, str]
) -> Iterator[tuple[int, str, PlaceRow]]:
    """The rows of a curated table (name, alternates, country, admin1, latitude, longitude,
    ...; "#" lines are its header notes), keys counting down from ``first``. An optional
    ``population`` column (the supplement's: a census figure its header cites) ranks a row
    among namesakes as GeoNames' populations do; empty or absent is unknown."""
    import csv

    from ceasewatch.knowledge.gazetteer import DATA_DIR

    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    pid = first
    for r in csv.DictReader(lines, delimiter="\t"):
        names = (r["name"], *(a for a in r["alternates"].split("|") if a))
        fclass, fcode = feature
        row = PlaceRow(0, r["name"], names, float(r["latitude"]), float(r["longitude"]), fclass,
                       fcode, r["country"], r["admin1"] or None, None,
                       int(r.get("population") or 0) or None)  # fmt: skip
        pid -= 1
        yield pid, f"{prefix}:{r['country']}:{r['name']}", row


def _ocha_rows() -> Iterator[tuple[int, str, PlaceRow]]:
    from ceasewatch.knowledge.admin import load_admin_areas, read_neighbourhoods

    areas = load_admin_areas()
    # Synthetic negative keys: GeoNames ids are positive.
    pid = -10_000_000
    for unit in sorted(areas.units.values(), key=lambda u: u.pcode):
        names = (unit.name, unit.name_ar, *unit.alt_names)
        row = PlaceRow(0, unit.name, names, unit.latitude, unit.longitude, "A",
                       f"ADM{unit.level}", "SY", None, None, None)  # fmt: skip
        pid -= 1
        yield pid, f"ocha:{unit.pcode}", row
    for hood in read_neighbourhoods():
        row = PlaceRow(0, hood.name, (hood.name, hood.name_ar), hood.latitude, hood.longitude,
                       "P", "PPLX", "SY", None, None, None)  # fmt: skip
        pid -= 1
        yield pid, f"ocha:{hood.pcode}", row


def build_builtin_index(db_path: Path) -> Path:
    """Write the built-in index to ``db_path`` (atomically: a temp file renamed into place)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = db_path.with_name(f"{db_path.name}.{time.monotonic_ns()}.part")
    conn = connect(partial)
    try:
        conn.execute("BEGIN")
        write_places(conn, _builtin_rows())
        write_place_aliases(conn)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_version', ?)", (KEY_VERSION,))
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        conn.close()
        partial.replace(db_path)
    finally:
        conn.close()
        partial.unlink(missing_ok=True)
    return db_path


def _fingerprint() -> str:
    """Changes whenever the built-in index would come out different."""
    import hashlib

    from ceasewatch.knowledge.gazetteer import DATA_DIR

    digest = hashlib.sha256(KEY_VERSION.encode())
    for path in sorted(DATA_DIR.glob("*")):
        if path.suffix in (".tsv", ".geojson", ".gz"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def builtin_index_path(cache_dir: Path | None = None) -> Path:
    import platformdirs

    folder = cache_dir or Path(platformdirs.user_cache_dir("ceasewatch"))
    return folder / f"gazetteer-builtin-{_fingerprint()}.sqlite"


def open_builtin_index(cache_dir: Path | None = None) -> sqlite3.Connection:
    """The built-in index, built into the user's cache folder on first use (a few seconds).

    When the cache folder cannot be written, the index is built in memory instead.
    """
    path = builtin_index_path(cache_dir)
    if not path.exists():
        try:
            build_builtin_index(path)
        except OSError:
            memory = connect(":memory:")
            write_places(memory, _builtin_rows())
            write_place_aliases(memory)
            return memory
    return connect(path, readonly=True)


def ensure_current_keys(db_path: Path) -> bool:
    """Re-key an imported index made with older key rules (in place, one transaction).

    Returns True when it had to. Names are kept, so no re-import is needed.
    """
    conn = connect(db_path)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'key_version'").fetchone()
        if row is not None and row[0] == KEY_VERSION:
            return False
        conn.create_function("name_key", 1, name_key, deterministic=True)
        conn.create_function("skeleton_key", 1, skeleton_key, deterministic=True)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "CREATE TEMP TABLE fresh AS "
            "SELECT name_key(name) AS k, skeleton_key(name) AS s, pid, name FROM names"
        )
        conn.execute("DELETE FROM names")
        conn.execute("INSERT OR IGNORE INTO names SELECT k, s, pid, name FROM fresh WHERE k != ''")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_version', ?)", (KEY_VERSION,))
        conn.execute("COMMIT")
        return True
    finally:
        conn.close()
