"""The test run's own guards (tests/conftest.py), run on a throw-away repository: a missing
shared folder is one message naming it, and a test that writes a tracked file fails the run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

USES_SEED = """
def test_reads_the_seed(seed_path):
    assert seed_path.read_text()
"""
WRITES_TRACKED = """
from pathlib import Path

def test_writes_into_the_checkout():
    (Path(__file__).resolve().parent.parent / "tracked.txt").write_text("changed")
"""
WRITES_TMP = """
def test_writes_into_tmp_path(tmp_path):
    (tmp_path / "tracked.txt").write_text("fine")
"""


def _repository(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "tests").mkdir(parents=True)
    shutil.copy(REPO / "tests" / "conftest.py", repo / "tests" / "conftest.py")
    (repo / "tests" / "__init__.py").write_text("")
    (repo / "tracked.txt").write_text("original")
    (repo / ".gitignore").write_text("__pycache__/\n.pytest_cache/\n")
    for name, text in (("test_seed.py", USES_SEED), ("test_writes.py", WRITES_TRACKED),
                       ("test_tmp.py", WRITES_TMP)):  # fmt: skip
        (repo / "tests" / name).write_text(text)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "init"], cwd=repo, check=True)
    return repo


def _pytest(repo: Path, test: str, shared: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CEASEWATCH_SHARED": str(shared), "PYTHONPATH": str(REPO / "src")}
    env.pop("CEASEWATCH_EVAL_DATA", None)
    env.pop("CEASEWATCH_SCREENSHOTS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/{test}"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_a_missing_shared_folder_is_one_clear_message(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    nowhere = tmp_path / "nowhere"
    run = _pytest(repo, "test_seed.py", nowhere)
    output = run.stdout + run.stderr
    assert run.returncode == 4, output  # a usage error: nothing ran
    assert str(nowhere / "seed") in output and "CEASEWATCH_SHARED" in output
    assert "IndexError" not in output and "Traceback" not in output
    (nowhere / "seed").mkdir(parents=True)
    (nowhere / "seed" / "idlib-de-escalation-zone-2018-01-11.txt").write_text("a report")
    assert _pytest(repo, "test_seed.py", nowhere).returncode == 0


def test_a_test_writing_a_tracked_file_fails_the_run(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    run = _pytest(repo, "test_writes.py", tmp_path)
    assert run.returncode == 1, run.stdout
    assert "changed files of the repository" in run.stdout and "tracked.txt" in run.stdout
    subprocess.run(["git", "checkout", "-q", "--", "tracked.txt"], cwd=repo, check=True)
    assert _pytest(repo, "test_tmp.py", tmp_path).returncode == 0
