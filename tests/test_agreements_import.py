"""Issue 10: a user's own agreements (import, validation with lines) and the candidates queue,
through the CLI and the desk."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from ceasewatch.cli import main
from ceasewatch.model import AgreementMention, Extraction
from ceasewatch.serve import create_app
from ceasewatch.store import open_store

# A truce between two actors of the built-in actor base, in a box in northern Syria.
GOOD = """\
# A user's own agreement. Sources: the user's notes.
agreements:
  - id: user-north-truce
    name: Northern countryside truce
    kind: truce
    countries: [SY]
    parties:
      - actors: [syria-saa]
      - rules: ["side:opposition"]
    valid_from: 2016-02-27
    valid_to: 2016-04-30
    zones:
      - valid_from: 2016-02-27
        valid_to: 2016-04-30
        approximate: true
        geometry:
          type: Polygon
          coordinates: [[[36.0, 35.5], [37.5, 35.5], [37.5, 36.6], [36.0, 36.6], [36.0, 35.5]]]
        description: a box around the countryside, approximated
    sources: [https://example.org/notes]
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.db")


def test_imported_agreement_is_listed_with_the_built_in_ones(tmp_path: Path, db: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code, out = _run("agreements", "import", str(path), "--db", db)
    assert code == 0, out
    assert "user-north-truce" in out
    code, out = _run("agreements", "--format", "json", "--db", db)
    listed = {a["id"]: a for a in json.loads(out)}
    assert listed["user-north-truce"]["countries"] == ["SY"]
    assert "astana-idlib-de-escalation-zone" in listed
    assert {
        "id",
        "name",
        "kind",
        "countries",
        "parties",
        "valid_from",
        "valid_to",
        "pax_id",
    } <= set(listed["user-north-truce"])


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("[syria-saa]", "[no-such-army]", "unknown actor id(s): no-such-army"),
        ("valid_to: 2016-04-30\n    zones", "valid_to: 2015-04-30\n    zones", "is before"),
        ("[37.5, 36.6], [36.0, 36.6]", "[36.0, 36.6], [37.5, 36.6]", "Self-intersection"),
        (
            "description: a box",
            "description: a box\n      - valid_from: 2016-03-01\n        description: a box",
            "overlaps version",
        ),
    ],
)
def test_a_bad_file_is_refused_with_its_line_and_nothing_changes(
    tmp_path: Path, db: str, old: str, new: str, words: str
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    assert _run("agreements", "import", str(good), "--db", db)[0] == 0
    bad_text = GOOD.replace(old, new).replace("Northern countryside", "Changed")
    assert bad_text != GOOD.replace("Northern countryside", "Changed")
    bad = tmp_path / "bad.yaml"
    bad.write_text(bad_text, encoding="utf-8")
    code, out = _run("agreements", "import", str(bad), "--db", db)
    assert code == 1
    assert str(bad) in out and words in out
    assert "line " in out
    store = open_store(db)
    try:
        [stored] = store.user_agreements()
    finally:
        store.close()
    assert stored.name == "Northern countryside truce"  # the refused file changed nothing


def test_candidates_are_listed_apart_on_the_cli_and_the_desk(tmp_path: Path, db: str) -> None:
    feed = tmp_path / "r.jsonl"
    text = "The Wadi Barada truce was agreed on Monday, residents of the valley said. " * 3
    feed.write_text(json.dumps({"text": text, "published": "2016-09-12"}))
    code, out = _run("ingest", str(feed), "--db", db)
    assert code == 0, out
    store = open_store(db)
    [article] = store.articles()
    mention = AgreementMention(
        article_id=article.id,
        text="The Wadi Barada truce was agreed on Monday.",
        kind="truce",
        name="Wadi Barada truce",
    )
    store.save_extraction(Extraction(article_id=article.id, agreement_mentions=(mention,)))
    store.close()
    code, out = _run("agreements", "--candidates", "--format", "json", "--db", db)
    assert code == 0, out
    [candidate] = json.loads(out)
    assert candidate["name"] == "Wadi Barada truce" and candidate["mentions"] == 1
    code, out = _run("agreements", "--format", "json", "--db", db)
    assert all("Wadi Barada" not in a["name"] for a in json.loads(out))
    client = TestClient(create_app(db, token="t" * 20), base_url="http://127.0.0.1")
    page = client.get("/agreements/candidates").text
    assert "Wadi Barada truce" in page and "The Wadi Barada truce was agreed" in page
    assert client.get("/api/agreements/candidates").json()[0]["id"] == candidate["id"]
    assert "Wadi Barada" not in client.get("/agreements").text


def test_an_imported_agreement_is_assessed_over_the_archive_at_once(
    tmp_path: Path, db: str
) -> None:
    from ceasewatch.model import ActorRef, Event, Location

    feed = tmp_path / "r.jsonl"
    text = "Government forces and rebels clashed in the countryside, a monitor said. " * 3
    feed.write_text(json.dumps({"text": text, "published": "2016-03-10"}))
    assert _run("ingest", str(feed), "--db", db)[0] == 0
    store = open_store(db)
    [article] = store.articles()
    clash = Event(
        id="clash-1", article_id=article.id, event_date=dt.date(2016, 3, 10), time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1=ActorRef(name="Syrian army", id="syria-saa"),
        actor2=ActorRef(name="Free Syrian Army", id="fsa"), fatalities=2,
        location=Location(name="Atareb", latitude=36.14, longitude=36.83, country="Syria",
                          iso=760, geo_precision=1),
    )  # fmt: skip
    store.save_extraction(Extraction(article_id=article.id, events=(clash,)))
    store.close()
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code, out = _run("agreements", "import", str(path), "--db", db)
    assert code == 0, out
    assert "user-north-truce: strained (1 event in scope, 1 breach," in out
    assert "one source" in out
    store = open_store(db)
    try:
        assert [v.verdict for v in store.verdicts("user-north-truce")] == ["violation"]
    finally:
        store.close()
