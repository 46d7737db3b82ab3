"""Shared fixtures. Heavy resources (knowledge base, spaCy, gazetteer) are built once per session.

Two session-level guards:
- the shared folder (the seed, the evaluation sets) is checked once, before any test runs: when
  a collected test needs it and it is missing, the run stops with one message naming what is
  missing and how to point at it (not dozens of IndexErrors, and never a silent skip);
- the run must not change the repository: tracked files (and untracked, not ignored ones) are
  compared before and after, and any difference fails the run naming the files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# the training-corpus checks assert in a helper module: rewrite it for pytest's messages
pytest.register_assert_rewrite("tests.train_corpus")

if TYPE_CHECKING:
    from ceasewatch.extract import Extractor
    from ceasewatch.geocode import Gazetteer
    from ceasewatch.knowledge import ActorKB
    from ceasewatch.pipeline import Resources
    from ceasewatch.resolve.matching import Matcher
    from ceasewatch.store import SQLStore
    from tests.pg import Server

REPO = Path(__file__).resolve().parent.parent
# The shared folder (seed, evaluation data) sits beside the repository; CI may name it instead.
SHARED = Path(os.environ.get("CEASEWATCH_SHARED") or REPO.parent / "shared")
SEED = SHARED / "seed" / "idlib-de-escalation-zone-2018-01-11.txt"
EVAL = Path(os.environ.get("CEASEWATCH_EVAL_DATA") or SHARED / "data" / "eval")
GAZETTEER_DATA = SHARED / "data" / "gazetteer"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _needs_eval(item: pytest.Item) -> bool:
    """Tests that score the evaluation sets: the quality gate (and any `slow` test)."""
    return (
        item.get_closest_marker("slow") is not None
        or item.path.name == "test_quality_floors.py"
        or "eval_data" in getattr(item, "fixturenames", ())
    )


def missing_shared(items: list[pytest.Item]) -> str | None:
    """The message for a run whose tests need the shared folder when it is not there."""
    wants = []
    if not SEED.is_file():
        users = [i for i in items if "seed_path" in getattr(i, "fixturenames", ())]
        if users:
            wants.append((f"the seed report {SEED}", users))
    if not EVAL.is_dir():
        users = [i for i in items if _needs_eval(i)]
        if users:
            wants.append((f"the evaluation sets {EVAL}", users))
    if not wants:
        return None
    lines = [f"the shared folder is missing what {sum(len(u) for _, u in wants)} test(s) need:"]
    for what, users in wants:
        lines.append(f"  - {what} (needed by {len(users)} test(s), e.g. {users[0].nodeid})")
    lines.append(
        f"Point CEASEWATCH_SHARED at the folder holding seed/ and data/eval/ (default: "
        f"{REPO.parent / 'shared'}, beside the repository), and CEASEWATCH_EVAL_DATA at the "
        "evaluation sets if they live elsewhere; or run only tests that need neither."
    )
    return "\n".join(lines)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    message = missing_shared(items)
    if message is not None:
        raise pytest.UsageError(message)


def repository_state() -> dict[str, str] | None:
    """Each changed or untracked (not ignored) file of the checkout and a hash of its content;
    None outside a git checkout."""
    try:
        listing = subprocess.run(
            ["git", "status", "--porcelain", "-z", "--untracked-files=all"],
            cwd=REPO, capture_output=True, check=True, timeout=60,
        ).stdout.decode("utf-8", "replace")  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    state = {}
    for entry in filter(None, listing.split("\0")):
        path = REPO / entry[3:]
        data = path.read_bytes() if path.is_file() else b""
        state[entry[3:]] = entry[:2] + hashlib.sha256(data).hexdigest()
    return state


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STATE] = repository_state()
    # A test that forgets --db must not write the archive in the user's data folder, nor read
    # a gazetteer the user imported there (results would depend on the machine): both default
    # to a temporary folder unless named explicitly.
    home = Path(tempfile.mkdtemp(prefix="ceasewatch-tests-"))
    session.config.stash[_HOME] = home
    os.environ.setdefault("CEASEWATCH_DB", str(home / "archive.db"))
    os.environ.setdefault("CEASEWATCH_GAZETTEER_DB", str(home / "gazetteer.sqlite"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    home = session.config.stash.get(_HOME, None)
    if home is not None:
        shutil.rmtree(home, ignore_errors=True)
    before = session.config.stash.get(_STATE, None)
    after = repository_state()
    if before is None or after is None:
        return
    changed = sorted(
        p
        for p in before.keys() | after.keys()
        if before.get(p) != after.get(p) and not _refreshing(REPO / p)
    )
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        text = (
            "the test run changed files of the repository (tests must write to tmp_path): "
            + ", ".join(changed[:20])
        )
        if reporter is not None:
            reporter.write_line(f"ERROR: {text}", red=True, bold=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _refreshing(path: Path) -> bool:
    """Screenshots written on purpose (scripts/screenshots.py names their folder)."""
    folder = os.environ.get("CEASEWATCH_SCREENSHOTS")
    return bool(folder) and path.resolve().is_relative_to(Path(folder).resolve())


_STATE = pytest.StashKey[dict[str, str] | None]()
_HOME = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def eval_data() -> Path:
    """The evaluation sets (a test that asks for this fixture makes the shared-folder check
    require them)."""
    return EVAL


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The built-in knowledge base, extractor and gazetteer, shared by every test that needs them."""
    from ceasewatch.pipeline import Resources

    return Resources()


@pytest.fixture(scope="session")
def kb() -> ActorKB:
    """The built-in actor knowledge base, loaded once (a module may still define its own)."""
    from ceasewatch.knowledge import load_actors

    return load_actors()


@pytest.fixture(scope="session")
def matcher(kb: ActorKB) -> Matcher:
    """The name matcher over the built-in actor knowledge base (``kb``)."""
    from ceasewatch.resolve.matching import matcher_for

    return matcher_for(kb)


# --- archive backends: every store contract test runs on SQLite and on PostgreSQL -----------


@pytest.fixture(scope="session")
def extractor(resources: Resources) -> Extractor:
    """The built-in extractor (``resources``'), for the extraction tests."""
    return resources.extractor


@pytest.fixture(scope="module")
def builtin(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The built-in gazetteer alone (no imported GeoNames database), once per test module."""
    from ceasewatch.geocode import load_gazetteer

    return load_gazetteer(imported=tmp_path_factory.mktemp("none") / "absent.sqlite")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """The PostgreSQL server of the run: CEASEWATCH_TEST_PG, else a throw-away cluster (see
    tests/pg.py). Without either, every PostgreSQL test fails naming the package to install."""
    from tests import pg

    try:
        context = pg.server()
        made = context.__enter__()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield made
    finally:
        context.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def archive_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh, empty archive of the test's backend is: a SQLite file in tmp_path, or a
    new PostgreSQL database (dropped after the test)."""
    if backend == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    server = request.getfixturevalue("pg_server")
    url = server.fresh_database()
    yield url
    server.drop(url)


@pytest.fixture
def store(archive_url: str) -> Iterator[SQLStore]:
    """A fresh archive on each backend in turn."""
    from ceasewatch.store import open_store

    opened = open_store(archive_url)
    yield opened
    opened.close()
