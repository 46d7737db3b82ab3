"""The archive commands and ``analyze`` as a user runs them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ceasewatch.cli import main


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("CEASEWATCH_DB", str(tmp_path / "archive.db"))
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_ingest_reports_and_exit_codes(run, seed_path, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = run("ingest", "-q", str(seed_path), str(bad))
    assert result.exit_code == 1
    assert "1 added, 0 already archived, 1 failed" in result.stdout
    assert f"{bad}: empty input" in result.stderr
    again = run("ingest", "-q", str(seed_path))
    assert again.exit_code == 0
    assert "0 added, 1 already archived, 0 failed" in again.stdout


def test_articles_by_date_and_search(run, seed_path):
    run("ingest", "-q", str(seed_path))
    on_day = run("articles", "--on", "2018-01-11", "--json")
    rows = [json.loads(line) for line in on_day.stdout.splitlines()]
    assert [r["source"] for r in rows] == ["Global Research"]
    assert run("articles", "--on", "2018-01-12", "--json").stdout == ""
    assert run("articles", "--search", "Faylaq", "--json").stdout.count("\n") == 1
    assert run("articles", "--from", "2018-01-01", "--to", "2018-01-31", "--json").stdout


def test_bad_date_option_is_a_usage_error(run):
    result = CliRunner().invoke(main, ["articles", "--on", "11-1-2018"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_show_and_raw(run, seed_path):
    run("ingest", "-q", str(seed_path))
    article_id = json.loads(run("articles", "--json").stdout.splitlines()[0])["id"]
    shown = run("show", article_id, "--json")
    assert json.loads(shown.stdout)["original_source"] == "South Front"
    assert run("show", article_id, "--raw").stdout_bytes == seed_path.read_bytes()
    missing = CliRunner().invoke(main, ["show", "nope"])
    assert missing.exit_code == 1 and "no article with id 'nope'" in missing.output


def test_db_option_overrides_environment(run, seed_path, tmp_path):
    other = tmp_path / "other.db"
    run("ingest", "-q", "--db", str(other), str(seed_path))
    assert other.exists()
    assert run("articles", "--json").stdout == ""  # the env database is still empty


def test_analyze_json_contract(run, seed_path):
    result = run("analyze", str(seed_path), "--json")
    doc = json.loads(result.stdout)
    assert set(doc) >= {"articles", "events", "relations", "agreements"}
    article = doc["articles"][0]
    for key in (
        "id",
        "origin",
        "title",
        "published",
        "source",
        "original_source",
        "word_count",
        "text",
    ):
        assert key in article
    assert article["published"] == "2018-01-11"
    assert article["origin"] == str(seed_path)


def test_analyze_defaults_to_the_built_in_demo(run):
    result = run("analyze", "--json")
    doc = json.loads(result.stdout)
    assert doc["articles"][0]["source"] == "Global Research"


def test_help_everywhere():
    for command in ("ingest", "articles", "show", "analyze"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
