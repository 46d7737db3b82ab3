"""``ceasewatch extract`` over an archive and ``ceasewatch events`` exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from ceasewatch.cli import main
from ceasewatch.export import COLUMNS


def test_extract_then_export(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    report = tmp_path / "report.txt"
    report.write_text(
        "Clashes between rebels and government troops erupted in Kafr Zita and Latamna on "
        "Monday, 4 March 2019, killing at least nine fighters, activists said.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, "-q", str(report)]).exit_code == 0
    first = runner.invoke(main, ["extract", "--db", db, "-q"])
    assert first.exit_code == 0, first.output
    assert "1 article(s) extracted, 2 event(s)" in first.output
    again = runner.invoke(main, ["extract", "--db", db, "-q"])
    assert "0 article(s) extracted" in again.output  # nothing new to do

    out = runner.invoke(main, ["events", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert tuple(rows[0]) == COLUMNS
    assert {r["location"] for r in rows} >= {"Kafr Zita", "Latamna"}
    assert {r["sub_event_type"] for r in rows} == {"Armed clash"}

    geo = json.loads(runner.invoke(main, ["events", "--db", db, "--format", "geojson"]).output)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2

    only = runner.invoke(main, ["events", "--db", db, "--format", "json", "--place", "Latamna"])
    assert [e["location"]["name"] for e in json.loads(only.output)] == ["Latamna"]
