"""The command line answers `--help` at once: no command imports the pipeline, spaCy, the store
or the desk before it runs. Checked by the modules a fresh interpreter holds after asking every
command for its help (a timed test would be flaky on a busy machine; imports are not)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

# What costs seconds to import, and what pulls it in.
HEAVY = (
    "spacy",
    "thinc",
    "fastapi",
    "uvicorn",
    "trafilatura",
    "shapely",
    "pydantic",
    "ceasewatch.pipeline",
    "ceasewatch.extract",
    "ceasewatch.knowledge",
    "ceasewatch.store",
    "ceasewatch.evaluate",
    "ceasewatch.serve",
    "ceasewatch.model",
)

EVERY_HELP = """
import json, sys
from click.testing import CliRunner
from ceasewatch.cli import main
runner = CliRunner()
calls = [[]] + [[name] for name in main.commands]
calls += [["gazetteer", name] for name in main.commands["gazetteer"].commands]
for args in calls:
    result = runner.invoke(main, [*args, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output, (args, result.output)
print(json.dumps({"calls": len(calls), "modules": sorted(sys.modules)}))
"""


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_no_help_imports_the_pipeline_or_the_desk() -> None:
    run = _python("-c", EVERY_HELP)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["calls"] >= 15  # every command and the gazetteer subcommands were asked
    loaded = [m for m in report["modules"] if m.split(".")[0] in HEAVY or m in HEAVY]
    loaded += [m for m in report["modules"] if any(m.startswith(h + ".") for h in HEAVY)]
    assert not loaded, f"--help imported heavy modules: {sorted(set(loaded))[:20]}"


def test_python_dash_m_runs_the_command_line() -> None:
    run = _python("-m", "ceasewatch", "--help")
    assert run.returncode == 0, run.stderr
    assert "assess" in run.stdout and "settings" in run.stdout


def test_evaluate_choices_match_the_harness() -> None:
    from ceasewatch.cli.evaluate import SET_NAMES, SPLIT_NAMES
    from ceasewatch.evaluate import SETS, SPLITS

    assert sorted(SET_NAMES) == sorted(SETS)
    assert SPLIT_NAMES == SPLITS
