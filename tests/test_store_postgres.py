"""The PostgreSQL backend's own parts: the placeholder translation, choosing a backend by URL,
and bad input (unreachable server, wrong password, unknown database, a connection lost
mid-run, an unknown scheme). The archive contract itself runs on both backends in
test_store.py and the other tests that take the ``store`` or ``archive_url`` fixture."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from ceasewatch.archive import ingest_into
from ceasewatch.cli import main
from ceasewatch.errors import StoreError
from ceasewatch.model import Extraction
from ceasewatch.store import ArticleQuery, EventQuery, SQLStore, open_store
from ceasewatch.store.postgres import redact, translate, ts_query
from tests.pg import PASSWORD, PASSWORD_USER, Server, free_port
from tests.test_store import _event


def test_placeholders_are_translated_outside_quotes_only() -> None:
    assert translate("SELECT a FROM t WHERE b = ? AND c LIKE ?") == (
        "SELECT a FROM t WHERE b = %s AND c LIKE %s"
    )
    assert translate("SELECT '?', \"?\", ? -- ?\n") == "SELECT '?', \"?\", %s -- ?\n"
    assert translate("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', %s"
    assert translate("SELECT 100 % 7, '50%' /* ? % */") == "SELECT 100 %% 7, '50%%' /* ? %% */"


def test_passwords_never_reach_a_message() -> None:
    assert redact("postgresql://me:s3cret@db:5432/a") == "postgresql://me:***@db:5432/a"
    assert redact("postgresql://db/a?password=s3cret&sslmode=require") == (
        "postgresql://db/a?password=***&sslmode=require"
    )
    assert redact("postgresql://me@db/a") == "postgresql://me@db/a"


def test_user_words_become_a_safe_tsquery() -> None:
    assert ts_query("al-Sham prot*") == "'al-Sham' & 'prot':*"
    assert ts_query("it's \\ *") == "'it''s' & '\\\\'"


@pytest.mark.parametrize(
    "target",
    ["mysql://u@127.0.0.1/db", "sqlite:///tmp/x.db", "postgresql:/127.0.0.1/db", "HTTP://x/y"],
)
def test_an_unknown_or_mangled_url_is_an_error_and_writes_nothing(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="PostgreSQL URL"):
        open_store(target)
    monkeypatch.setenv("CEASEWATCH_DB", target)
    result = CliRunner().invoke(main, ["ingest", "-q", "-"], input="")
    assert result.exit_code != 0 and "not an archive ceasewatch can open" in result.output
    assert list(tmp_path.iterdir()) == []  # no folder named "mysql:" or "postgresql:"


def test_an_unreachable_server_is_named_without_its_password(tmp_path: Path) -> None:
    url = f"postgresql://me:s3cret@127.0.0.1:{free_port()}/archive"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "s3cret" not in message
    assert f"postgresql://me:***@127.0.0.1:{url.split(':')[3].split('/')[0]}/archive" in message
    assert "cannot connect to PostgreSQL" in message


def test_a_wrong_password_and_an_unknown_database(pg_server: Server) -> None:
    if pg_server.folder is None:
        pytest.skip("needs the throw-away cluster, whose pg_hba.conf asks for a password")
    wrong = pg_server.url(pg_server.template, PASSWORD_USER, "wrong-password")
    with pytest.raises(StoreError, match="password authentication failed") as caught:
        open_store(wrong)
    assert "wrong-password" not in str(caught.value) and f"{PASSWORD_USER}:***@" in str(
        caught.value
    )
    missing = pg_server.url("no_such_archive", PASSWORD_USER, PASSWORD)
    with pytest.raises(StoreError, match='database "no_such_archive" does not exist'):
        open_store(missing)
    # The right password opens it (so the refusals above were about the password).
    url = pg_server.fresh_database()
    opened = open_store(pg_server.url(url.rsplit("/", 1)[1], PASSWORD_USER, PASSWORD))
    assert opened.count_articles() == 0
    opened.close()
    pg_server.drop(url)


def _kill_backends(url: str) -> None:
    """What a restarted or crashed server does to its clients."""
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


@pytest.fixture
def pg_url(pg_server: Server) -> object:
    url = pg_server.fresh_database()
    yield url
    pg_server.drop(url)


def test_a_connection_lost_mid_run_is_an_error_and_keeps_what_was_stored(
    pg_url: str, seed_path: Path, tmp_path: Path
) -> None:
    store = open_store(pg_url)
    article = ingest_into(store, [str(seed_path)]).articles[0]
    _kill_backends(pg_url)
    with pytest.raises(StoreError, match=re.escape("postgresql://postgres@127.0.0.1")) as caught:
        store.count_articles()
    assert "terminat" in str(caught.value)
    # The next statement connects again: what was stored is there.
    assert store.count_articles() == 1
    # Lost inside a write: the transaction is rolled back by the server, nothing half-written.
    with pytest.raises(StoreError), store.transaction() as db:
        db.execute("DELETE FROM events WHERE article_id = ?", (article.id,))
        db.execute(
            "INSERT INTO failures (origin, reason, at) VALUES (?, ?, ?)", ("x", "half", "now")
        )
        _kill_backends(pg_url)
        db.execute("SELECT 1")
    assert store.failures() == [] and store.count_articles() == 1
    store.close()


def test_writers_in_several_connections_replace_without_clashing(
    pg_url: str, seed_path: Path
) -> None:
    """Two processes re-extracting one article at once: each replacement is whole (the write
    lock queues them, as SQLite does), never a duplicate-key error or a mix of both."""
    first = open_store(pg_url)
    aid = ingest_into(first, [str(seed_path)]).articles[0].id
    errors: list[BaseException] = []

    def rewrite(store: SQLStore, place: str) -> None:
        try:
            for n in range(15):
                events = tuple(_event(aid, i, place) for i in range(1 + n % 3))
                store.save_extraction(Extraction(article_id=aid, events=events))
        except BaseException as exc:  # reported below
            errors.append(exc)

    second = open_store(pg_url)
    threads = [
        threading.Thread(target=rewrite, args=(first, "Hish")),
        threading.Thread(target=rewrite, args=(second, "Atshan")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({e.location.name for e in first.events()}) == 1  # one whole extraction
    assert first.extraction_generation() == 30  # every bump counted
    first.close()
    second.close()


def test_the_cli_runs_ingest_extract_and_events_on_postgresql(
    pg_url: str, seed_path: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    env = {"CEASEWATCH_DB": None}
    ingest = runner.invoke(main, ["ingest", "--db", pg_url, "-q", str(seed_path)], env=env)
    assert ingest.exit_code == 0, ingest.output
    extract = runner.invoke(main, ["extract", "--db", pg_url, "-q"], env=env)
    assert extract.exit_code == 0, extract.output
    events = runner.invoke(main, ["events", "--db", pg_url, "--format", "json"], env=env)
    assert events.exit_code == 0, events.output
    store = open_store(pg_url)
    stored = store.events()
    assert stored and store.count_articles(ArticleQuery(search="Zenki")) == 1
    assert all(e.id in events.output for e in stored)
    assert store.events(EventQuery(event_type=stored[0].event_type))
    store.close()
    assert not any(p.name.startswith("postgresql") for p in Path(os.getcwd()).iterdir())


def test_serve_takes_the_url_whole_and_never_prints_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ceasewatch.cli.serve as serve_cli

    seen: list[object] = []
    monkeypatch.setattr(serve_cli, "run", lambda path, **_: seen.append(path))
    url = "postgresql://me:s3cret@127.0.0.1:5432/archive"
    result = CliRunner().invoke(main, ["serve", "--db", url], env={"CEASEWATCH_TOKEN": None})
    assert result.exit_code == 0, result.output
    assert seen == [url]  # a str: Path() would have folded "//" into "/"
    assert "s3cret" not in result.output and "postgresql://me:***@127.0.0.1:5432" in result.output


def test_a_role_that_may_not_create_tables_gets_a_store_error(pg_server: Server) -> None:
    if pg_server.folder is None:
        pytest.skip("creates a role on the throw-away cluster only")
    url = pg_server.empty_database()
    name = url.rsplit("/", 1)[1]
    pg_server.admin_execute(
        "DO $$ BEGIN CREATE ROLE cw_reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    with pytest.raises(StoreError, match="cannot create or update the archive's tables"):
        open_store(pg_server.url(name, "cw_reader"))
    pg_server.drop(url)


def test_without_postgresql_the_tests_fail_naming_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests import pg

    monkeypatch.delenv("CEASEWATCH_TEST_PG", raising=False)
    monkeypatch.setattr(pg, "find_binaries", lambda: None)
    with (
        pytest.raises(RuntimeError, match=r"Debian package 'postgresql'.*CEASEWATCH_TEST_PG"),
        pg.server(),
    ):
        pass
