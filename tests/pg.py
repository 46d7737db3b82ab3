"""A PostgreSQL server for the store tests (and bench/bench_backends.py).

``CEASEWATCH_TEST_PG`` names a server to use (a URL of a role that may create databases);
otherwise a throw-away cluster is started from the installed binaries: ``initdb`` in a
temporary folder, a free port on 127.0.0.1, its socket in that folder, removed at the end.
``initdb`` refuses to run as root (CI runs as root), so there the cluster belongs to ``nobody``.
Each test gets a fresh database, copied from a migrated template.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASSWORD_USER = "ceasewatch_pw"
PASSWORD = "right-password"
MISSING = (
    "the PostgreSQL store tests need PostgreSQL's initdb and pg_ctl (Debian package "
    "'postgresql', installed by scripts/system_deps.sh: apt-get install postgresql), or "
    "CEASEWATCH_TEST_PG=postgresql://user@host:port/database naming a server where that user "
    "may create databases"
)


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH (/usr/local/bin here), else Debian's
    /usr/lib/postgresql/NN/bin (the newest)."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A server the tests may create databases on: ``admin`` is a URL of a superuser (or a
    role with CREATEDB) on its maintenance database."""

    admin: str
    folder: Path | None = None  # a throw-away cluster's folder, None for CEASEWATCH_TEST_PG
    host: str = "127.0.0.1"
    port: int = 0
    template: str = ""
    created: list[str] = field(default_factory=list)

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        base = self.admin.rsplit("/", 1)[0]
        if password is not None or user != "postgres":
            scheme, rest = base.split("://", 1)
            host = rest.rsplit("@", 1)[-1]
            secret = f":{password}" if password is not None else ""
            base = f"{scheme}://{user}{secret}@{host}"
        return f"{base}/{database}"

    def admin_execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.admin, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def fresh_database(self) -> str:
        """A new, migrated, empty archive database: its URL."""
        name = f"cw_{uuid.uuid4().hex[:12]}"
        self.admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.created.append(name)
        return self.url(name)

    def empty_database(self) -> str:
        """A new database without the archive's tables: its URL."""
        name = f"cw_{uuid.uuid4().hex[:12]}"
        self.admin_execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        with contextlib.suppress(ValueError):
            self.created.remove(name)


def _as_owner(folder: Path) -> dict[str, Any]:
    """subprocess arguments running the cluster as ``nobody`` when we are root."""
    if os.geteuid() != 0:
        return {}
    nobody = pwd.getpwnam("nobody")
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def start_cluster(durable: bool = False) -> Server:
    """initdb + pg_ctl start in a new temporary folder. ``durable=False`` turns fsync off
    (tests); the bench keeps PostgreSQL's defaults."""
    binaries = find_binaries()
    if binaries is None:
        raise RuntimeError(MISSING)
    folder = Path(tempfile.mkdtemp(prefix="ceasewatch-pg-"))
    os.chmod(folder, 0o755)
    data, run = folder / "data", folder / "run"
    run.mkdir()
    owner = _as_owner(folder)
    subprocess.run(
        [str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
         "--encoding=UTF8", "--locale=C", "--no-instructions"],
        check=True, capture_output=True, timeout=120, **owner,
    )  # fmt: skip
    # Password logins for one role, over TCP: the wrong-password tests need a server that asks.
    (data / "pg_hba.conf").write_text(
        "local all all trust\n"
        f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
        "host all all 127.0.0.1/32 trust\n",
        encoding="utf-8",
    )
    owner = _as_owner(folder)
    settings = "" if durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    for _ in range(5):  # another program may take the free port first
        port = free_port()
        options = f"-p {port} -k {run} -c listen_addresses=127.0.0.1{settings}"
        started = subprocess.run(
            [str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
             "-t", "60", "-o", options, "start"],
            capture_output=True, timeout=120, **owner,
        )  # fmt: skip
        if started.returncode == 0:
            break
    else:
        log = (folder / "log").read_text(errors="replace")[-2000:]
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start a throw-away PostgreSQL in {folder}: {log}")
    server = Server(f"postgresql://postgres@127.0.0.1:{port}/postgres", folder, port=port)
    server.admin_execute(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
    return server


def stop_cluster(server: Server) -> None:
    if server.folder is None:
        return
    binaries = find_binaries()
    if binaries is not None:
        subprocess.run(
            [str(binaries / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "immediate",
             "-w", "stop"],
            capture_output=True, timeout=120, **_as_owner(server.folder),
        )  # fmt: skip
    shutil.rmtree(server.folder, ignore_errors=True)


@contextlib.contextmanager
def server(durable: bool = False) -> Iterator[Server]:
    """The server named by CEASEWATCH_TEST_PG, else a throw-away cluster; with a migrated
    template database for ``fresh_database``. Everything made is removed at the end."""
    from ceasewatch.store import open_store

    named = os.environ.get("CEASEWATCH_TEST_PG")
    made = Server(named) if named else start_cluster(durable)
    made.template = f"cw_template_{uuid.uuid4().hex[:8]}"
    try:
        made.admin_execute(f'CREATE DATABASE "{made.template}"')
        open_store(made.url(made.template)).close()
        yield made
    finally:
        with contextlib.suppress(Exception):
            for name in [*made.created, made.template]:
                made.admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        stop_cluster(made)
