"""The command line a person expects: --db wherever the archive is read, the agreements the desk
lists are the ones `assess` accepts, tables that wrap instead of cutting, machine formats,
settings that say why."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ceasewatch.cli import main
from ceasewatch.model import (
    ActorRef,
    AgreementMention,
    Article,
    Event,
    Extraction,
    Location,
    RawDocument,
)
from ceasewatch.settings import SETTINGS

# Written for these tests: a report about a local truce nobody catalogued.
TEXT = (
    "Fighters of the Free Syrian Army clashed with government forces near Jisr al-Shughur on "
    "3 March. Elders said a local ceasefire agreed last week was holding elsewhere."
)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive with one article, one event and an agreement mention that links to no known
    agreement, assessed the way `extract` and the desk's ingest jobs assess it."""
    from ceasewatch.archive import reassess_archive
    from ceasewatch.pipeline import Resources
    from ceasewatch.store import open_store

    monkeypatch.setenv("CEASEWATCH_DB", str(tmp_path / "unused.db"))
    path = tmp_path / "archive.db"
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    art = Article(
        id=digest[:16], origin="test:truce", title="A local truce", source="Test Wire",
        published=dt.date(2019, 3, 4), word_count=len(TEXT.split()), text=TEXT,
        content_hash=digest, raw_hash=digest,
    )  # fmt: skip
    raw = RawDocument(
        origin=art.origin, data=TEXT.encode(), media_type="text/plain",
        fetched_at=dt.datetime(2019, 3, 4, tzinfo=dt.UTC),
    )  # fmt: skip
    clash = Event(
        id=f"{art.id}-e1", article_id=art.id, event_date=dt.date(2019, 3, 3),
        time_precision=1, event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence",
        actor1=ActorRef(name="Free Syrian Army", id="fsa"),
        actor2=ActorRef(name="Military Forces of Syria", id="sy-military"),
        location=Location(name="Jisr al-Shughur", country="Syria"),
    )  # fmt: skip
    mention = AgreementMention(
        article_id=art.id, text="Elders said a local ceasefire agreed last week was holding.",
        kind="ceasefire", status_claim="holding", claimed_by="Elders",
    )  # fmt: skip
    store = open_store(path)
    try:
        store.add_article(art, raw)
        store.save_extraction(
            Extraction(article_id=art.id, events=(clash,), agreement_mentions=(mention,))
        )
        reassess_archive(store, Resources())
    finally:
        store.close()
    return path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_every_agreement_the_desk_lists_can_be_assessed(archive: Path) -> None:
    from ceasewatch.serve.desk import Desk
    from ceasewatch.serve.settings import Settings
    from ceasewatch.serve.views.agreements import agreement_list

    desk = Desk(archive, Settings())
    try:
        shown = [a.id for a in agreement_list(desk)]
    finally:
        desk.close()
    code, out = invoke("agreements", "--db", str(archive), "--format", "json")
    assert code == 0, out
    assert sorted(a["id"] for a in json.loads(out)) == sorted(shown)
    for agreement_id in shown:
        code, out = invoke("assess", agreement_id, "--db", str(archive), "--format", "json")
        assert code == 0, (agreement_id, out)
        assert json.loads(out)["id"] == agreement_id


def test_assess_names_known_ids_and_the_candidates_when_asked_for_another(archive: Path) -> None:
    # An agreement the reports name but the catalogue lacks is a candidate (issue 10), never
    # assessed: the error says where to find and add it.
    code, out = invoke("assess", "no-such-truce", "--db", str(archive))
    assert code == 1
    assert "astana-idlib-de-escalation-zone" in out and "--candidates" in out


@pytest.mark.parametrize(
    "command",
    [["actors"], ["actor", "hts"], ["agreements"], ["assess", "x"], ["articles"], ["events"],
     ["extract"], ["ingest", "x"], ["show", "x"], ["serve"]],
)  # fmt: skip
def test_every_archive_command_takes_db_and_kb(command: list[str]) -> None:
    code, out = invoke(*command[:1], "--help")
    assert code == 0 and "--db" in out, command
    if command[0] not in ("articles", "events", "ingest", "show"):  # these never read the KB
        assert "--kb" in out, command


def test_actor_reads_its_events_from_the_archive(archive: Path) -> None:
    code, out = invoke("actor", "fsa", "--db", str(archive), "--json")
    assert code == 0, out
    assert json.loads(out)["archive"] == {"events": 1, "first": "2019-03-03", "last": "2019-03-03"}
    code, out = invoke("actor", "fsa", "--db", str(archive))
    assert "in the archive: 1 event(s) (2019-03-03 .. 2019-03-03)" in out


def column(table: str, index: int, sep: str = "") -> str:
    """The text of one column of a printed table, its wrapped lines joined with ``sep``."""
    cells = [line.split("│")[index + 1].strip() for line in table.splitlines() if "│" in line]
    return sep.join(c for c in cells if c)


def test_tables_wrap_instead_of_cutting_at_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    from ceasewatch.cli.agreements import list_agreements

    monkeypatch.setenv("COLUMNS", "80")
    code, out = invoke("agreements")
    assert code == 0, out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" not in out  # rich's ellipsis: a cut cell
    ids = column(out, 0)
    for agreement in list_agreements():
        assert agreement.id in ids


@pytest.mark.parametrize(
    "command",
    [["agreements"], ["actors", "Nusra"], ["settings"], ["gazetteer", "lookup", "Idlib"]],
)
def test_table_commands_print_json_csv_and_plain(command: list[str]) -> None:
    code, as_json = invoke(*command, "--format", "json")
    assert code == 0, as_json
    records = json.loads(as_json)
    code, as_csv = invoke(*command, "--format", "csv")
    rows = list(csv.reader(io.StringIO(as_csv)))
    code, plain = invoke(*command, "--format", "plain")
    lines = plain.splitlines()
    assert len(rows) == len(records) + 1 == len(lines) + 1  # csv has a header, plain none
    assert [line.split("\t") for line in lines] == rows[1:]


def test_settings_say_why() -> None:
    code, out = invoke("settings", "--format", "json")
    assert code == 0
    rows = {r["setting"]: r for r in json.loads(out)}
    for spec in SETTINGS:
        assert rows[spec.name]["why"] == spec.help
    code, table = invoke("settings")
    assert " ".join(SETTINGS[0].help.split()[:4]) in column(table, 4, sep=" ")
