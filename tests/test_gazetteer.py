"""GeoNames import (plain, zip, URL; all-or-nothing) and transliteration-aware lookup."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ceasewatch.cli import main
from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge.gazetteer import Gazetteer, connect
from ceasewatch.knowledge.geonames import import_geonames
from tests.localserver import serve


def geoname(gid: int, name: str, lat: float, lon: float, alt: str = "", **kw: str) -> str:
    """One 19-column GeoNames row."""
    cols = [str(gid), name, name, alt, str(lat), str(lon), kw.get("fclass", "P"),
            kw.get("fcode", "PPL"), kw.get("cc", "IQ"), "", "", "", "", "",
            kw.get("pop", "0"), "", "", "Asia/Baghdad", "2024-01-01"]  # fmt: skip
    return "\t".join(cols) + "\n"


# Iraqi places (not the seed's conflict): real names, coordinates rounded from GeoNames.
ROWS = [
    geoname(1, "Tall `Afar", 36.374, 42.448, "Tal Afar,Tell Afar", pop="200000"),
    geoname(2, "Qayyarah", 35.806, 43.292, "Al Qayyarah,Qaiyara"),
    geoname(3, "Qayyarah Airfield West", 35.767, 43.125, fclass="S", fcode="AIRB"),
    geoname(4, "Sinjar", 36.322, 41.876, cc="IQ"),
]


def write(path: Path, rows: list[str]) -> Path:
    path.write_text("".join(rows), encoding="utf-8")
    return path


def count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM places").fetchone()[0])


def gazetteer(db: Path) -> Gazetteer:
    return Gazetteer([("imported", connect(db, readonly=True))])


def test_import_plain_file_and_lookup_variants(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    report = import_geonames(write(tmp_path / "IQ.txt", ROWS), db)
    assert (report.places, count(db)) == (4, 4)
    found = gazetteer(db).lookup("Tel Afar")
    assert [c.place.id for c in found] == ["geonames:1"]
    assert found[0].method == "variant"
    assert gazetteer(db).lookup("al-Qayyara")[0].place.id == "geonames:2"


def test_reimport_replaces_rather_than_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    src = write(tmp_path / "IQ.txt", ROWS)
    import_geonames(src, db)
    import_geonames(src, db)
    assert count(db) == 4


def test_country_filter(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    rows = [*ROWS, geoname(9, "Sinjar", 35.59, 37.0, cc="SY")]
    import_geonames(write(tmp_path / "all.txt", rows), db, countries=["sy"])
    assert [c.place.country for c in gazetteer(db).lookup("Sinjar")] == ["SY"]


def test_zip_with_alternate_names(tmp_path: Path) -> None:
    archive = tmp_path / "IQ.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        # The alternate names file comes first in the archive: the import must still read the
        # places first.
        zf.writestr("alternateNamesV2.txt", "10\t2\tar\tالقيارة\t\t\t\t\t\t\n11\t2\tlink\thttp://x\n"
                    "12\t777\ten\tNowhere\t\t\t\t\t\t\n")  # fmt: skip
        zf.writestr("IQ.txt", "".join(ROWS))
        zf.writestr("readme.txt", "not data")
    db = tmp_path / "g.sqlite"
    report = import_geonames(archive, db)
    assert report.places == 4
    assert report.skipped == 1  # the name of an unknown place (link rows are not names)
    assert gazetteer(db).lookup("القيارة")[0].place.id == "geonames:2"


def test_malformed_row_names_file_line_and_field_and_rolls_back(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    import_geonames(write(tmp_path / "IQ.txt", ROWS[:2]), db)
    bad = [*ROWS[2:3], ROWS[3].replace("\t41.876\t", "\tforty-one\t")]
    src = write(tmp_path / "bad.txt", bad)
    with pytest.raises(KnowledgeError) as err:
        import_geonames(src, db)
    assert str(src) in str(err.value)
    assert "line 2, field 'longitude'" in str(err.value)
    assert count(db) == 2  # the good first row of bad.txt was rolled back too


def test_out_of_range_and_bad_feature_class(tmp_path: Path) -> None:
    src = write(tmp_path / "bad.txt", [geoname(5, "X", 95.0, 10.0, fclass="Q")])
    with pytest.raises(KnowledgeError) as err:
        import_geonames(src, tmp_path / "g.sqlite")
    assert {"latitude", "feature class"} <= {p.split("'")[1] for p in err.value.problems}


def test_truncated_plain_dump_is_refused(tmp_path: Path) -> None:
    text = "".join(ROWS)
    src = tmp_path / "cut.txt"
    src.write_text(text[: len(text) - 40], encoding="utf-8")
    db = tmp_path / "g.sqlite"
    with pytest.raises(KnowledgeError, match="line 4"):
        import_geonames(src, db)
    assert count(db) == 0


def test_truncated_zip_is_refused_and_nothing_applied(tmp_path: Path) -> None:
    archive = tmp_path / "IQ.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("IQ.txt", "".join(ROWS * 200))
    data = archive.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    db = tmp_path / "g.sqlite"
    import_geonames(write(tmp_path / "ok.txt", ROWS[:1]), db)
    with pytest.raises(KnowledgeError):
        import_geonames(cut, db)
    assert count(db) == 1


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no such file"):
        import_geonames(tmp_path / "nope.txt", tmp_path / "g.sqlite")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    folder = tmp_path / "www"
    folder.mkdir()
    with zipfile.ZipFile(folder / "IQ.zip", "w") as zf:
        zf.writestr("IQ.txt", "".join(ROWS))
    with serve(folder) as url:
        yield url


@pytest.mark.network
def test_import_from_url(served: str, tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    report = import_geonames(f"{served}/IQ.zip", db)
    assert report.places == 4
    assert gazetteer(db).lookup("Qaiyara")[0].place.id == "geonames:2"


@pytest.mark.network
def test_import_from_missing_url_fails_cleanly(served: str, tmp_path: Path) -> None:
    from ceasewatch.errors import FetchError

    with pytest.raises(FetchError, match="404"):
        import_geonames(f"{served}/nope.zip", tmp_path / "g.sqlite")


def test_cli_import_and_lookup(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    src = write(tmp_path / "IQ.txt", ROWS)
    runner = CliRunner()
    result = runner.invoke(main, ["gazetteer", "import", str(src), "--db-path", str(db)])
    assert result.exit_code == 0, result.output
    assert "imported 4 places" in result.output
    result = runner.invoke(
        main, ["gazetteer", "lookup", "Tall Afar", "--db-path", str(db), "--json"]
    )
    assert result.exit_code == 0, result.output
    ids = [c["id"] for c in json.loads(result.output)]
    assert "geonames:1" in ids


def test_cli_import_error_exit_code(tmp_path: Path) -> None:
    src = write(tmp_path / "bad.txt", ["1\tonly two\n"])
    result = CliRunner().invoke(
        main, ["gazetteer", "import", str(src), "--db-path", str(tmp_path / "g.sqlite")]
    )
    assert result.exit_code == 1
    assert "line 1" in result.output


def test_index_with_old_keys_is_rekeyed(tmp_path: Path) -> None:
    from ceasewatch.knowledge.geonames import ensure_current_keys

    db = tmp_path / "g.sqlite"
    import_geonames(write(tmp_path / "IQ.txt", ROWS), db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE names SET key = 'stale ' || name, skeleton = 'stale'")
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'key_version'")
    assert gazetteer(db).lookup("Tel Afar") == []
    assert ensure_current_keys(db) is True
    assert gazetteer(db).lookup("Tel Afar")[0].place.id == "geonames:1"
    assert ensure_current_keys(db) is False


def test_every_place_alias_names_an_entry_of_the_builtin_index() -> None:
    from ceasewatch.knowledge.geonames import open_builtin_index
    from ceasewatch.knowledge.place_aliases import alias_targets, read_place_aliases

    conn = open_builtin_index()
    aliases = read_place_aliases()
    assert aliases
    missing = [a.alias for a in aliases if not alias_targets(conn, a)]
    assert missing == []
    assert all(a.source.startswith("https://") for a in aliases)


def test_lookups_are_remembered_and_filtered_by_country_afterwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name asked again is answered without the index; the country filter still applies."""
    from ceasewatch.knowledge import gazetteer as gz

    db = tmp_path / "g.sqlite"
    import_geonames(write(tmp_path / "IQ.txt", ROWS), db)
    g = gazetteer(db)
    first = g.lookup("Tel Afar")
    queries: list[str] = []
    real = gz._Index.query

    def counted(self: Any, sql: str, params: Any) -> Any:
        queries.append(sql)
        return real(self, sql, params)

    monkeypatch.setattr(gz._Index, "query", counted)
    assert g.lookup("Tel Afar") == first and first[0].place.id == "geonames:1"
    assert g.lookup("Tel Afar", countries=("SY",)) == []
    assert queries == []
    g.clear_cache()
    assert g.lookup("Tel Afar") == first
    assert queries  # asked the index again


def test_skeleton_candidates_scored_before_their_places_are_read(tmp_path: Path) -> None:
    """Names sharing only a skeleton are scored on their keys: a close one is a candidate, a
    far one ("Quray" for "Qayyarah") never reaches the places table."""
    rows = [
        *ROWS,
        geoname(5, "Kayyarah", 35.9, 43.3),  # same skeleton, close spelling
        geoname(6, "Quray", 34.0, 44.0),  # same consonants, too far a spelling
    ]
    db = tmp_path / "g.sqlite"
    import_geonames(write(tmp_path / "IQ.txt", rows), db)
    found = {c.place.id: c.method for c in gazetteer(db).lookup("Qayyarah")}
    assert found.get("geonames:2") == "exact"
    assert found.get("geonames:5") == "skeleton"
    assert "geonames:6" not in found


def test_a_town_alias_names_the_town_not_other_cities_quarters_of_its_name() -> None:
    # "Tabqa" is Ath Thawrah (Wikipedia); OCHA's quarters named al-Thawrah in Raqqa and other
    # cities are no Tabqa, and a report of Raqqa must not find one 1.4 km from Raqqa's centre.
    from ceasewatch.knowledge.geonames import open_builtin_index
    from ceasewatch.knowledge.place_aliases import alias_targets, read_place_aliases

    conn = open_builtin_index()
    tabqa = next(a for a in read_place_aliases() if a.alias == "Tabqa")
    ids = [
        conn.execute("SELECT id FROM places WHERE pid = ?", (pid,)).fetchone()[0]
        for pid in alias_targets(conn, tabqa)
    ]
    assert ids == ["geonames:172374"]
    assert not any(i.startswith("ocha:N") for i in ids)
