"""Corrections as training rows: `ceasewatch corrections export` writes the ACLED shape `train`
reads, and `train --from-archive` learns from them (alone or with --acled files)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from ceasewatch.cli import main
from ceasewatch.learn.archive import archive_rows
from ceasewatch.model import EventChanges
from ceasewatch.store import open_store
from tests import serve_data
from tests.test_learn import export_rows, write_csv


def _corrected_archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    ids = serve_data.build(path)
    store = open_store(path)
    store.add_correction(
        ids["clash"], EventChanges(sub_event_type="Government regains territory"), "Dana", "retaken"
    )
    store.add_correction(ids["shelling"], EventChanges(fatalities=2), "=Lee", "toll")
    store.add_correction(ids["attack"], EventChanges(no_event=True), "Dana")
    store.close()
    return path


def test_export_writes_every_corrected_event_in_the_acled_shape(tmp_path: Path) -> None:
    db = _corrected_archive(tmp_path)
    result = CliRunner().invoke(main, ["corrections", "export", "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2  # the "no event" has no ACLED row
    assert "1 marked as no event" in result.stderr
    by_type = {r["sub_event_type"]: r for r in rows}
    clash = by_type["Government regains territory"]
    assert clash["event_type"] == "Battles" and clash["notes"]  # the evidence's words
    assert clash["corrected_by"] == "Dana" and clash["correction_reasons"] == "retaken"
    assert by_type["Shelling/artillery/missile attack"]["corrected_by"] == "'=Lee"  # csvcell
    good, report = archive_rows(result.stdout)
    # The shelling was coded from no words the archive kept: never learned from, and said so.
    assert [r.sub_event_type for r in good] == ["Government regains territory"]
    assert report.skipped == 1 and "notes" in str(report.problems[0])


def test_corrections_list(tmp_path: Path) -> None:
    db = _corrected_archive(tmp_path)
    result = CliRunner().invoke(main, ["corrections", "list", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [c["who"] for c in listed] == ["Dana", "=Lee", "Dana"]


def test_train_from_archive_with_an_export(tmp_path: Path) -> None:
    db = _corrected_archive(tmp_path)
    export = write_csv(tmp_path / "export.csv", export_rows(2))
    out = tmp_path / "model"
    args = ["train", "--from-archive", "--db", str(db), "--acled", str(export), "--out", str(out)]
    result = CliRunner().invoke(main, [*args, "--no-cv"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    sources = {s["file"]: s for s in manifest["sources"]}
    assert sources["archive-corrections.csv"]["used"] == 1
    from_export = sum(r[3] == "Government regains territory" for r in export_rows(2))
    assert manifest["labels"]["Government regains territory"] == from_export + 1


def test_train_needs_a_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["train", "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "--from-archive" in result.output


def test_train_from_an_archive_without_enough_corrections_says_so(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    serve_data.build(path)
    result = CliRunner().invoke(
        main, ["train", "--from-archive", "--db", str(path), "--out", str(tmp_path / "m")]
    )
    assert result.exit_code == 1 and "needs at least two" in result.output
