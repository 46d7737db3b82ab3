"""The install a new user runs: every module the code imports is a declared dependency, the lock
pins every declared one, and the system-package step says what is missing and how to get it."""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement line ("Foo_bar[x]>=1" -> "foo-bar")."""
    match = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _declared() -> set[str]:
    return {_name(r) for r in PYPROJECT["project"]["dependencies"]}


def _imported_top_level() -> set[str]:
    """Top-level names of the modules src/ceasewatch imports (absolute imports only)."""
    names = set()
    for path in (REPO / "src" / "ceasewatch").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"ceasewatch", "__future__"}


def test_every_imported_package_is_a_declared_dependency() -> None:
    """A module imported directly but installed only as someone else's dependency breaks the day
    that dependency drops it (numpy, thinc, starlette, charset-normalizer were such)."""
    owners = importlib.metadata.packages_distributions()
    undeclared = {
        module: owners.get(module)
        for module in _imported_top_level()
        if not {_name(d) for d in owners.get(module, [])} & _declared()
    }
    assert not undeclared, f"imported but not in pyproject's dependencies: {undeclared}"


def test_lxml_html_clean_is_declared_for_justext() -> None:
    """justext asks for lxml's html_clean extra, which Python 3.11's bundled pip (23.2) does not
    install for lxml >= 5.2: without the package named, every command fails on import."""
    assert "lxml-html-clean" in _declared()
    import lxml_html_clean  # noqa: F401  (present in the environment the lock describes)


def test_the_lock_pins_every_declared_dependency() -> None:
    text = (REPO / "requirements.lock").read_text(encoding="utf-8")
    assert "scripts/lock.sh" in text.split("\n", 3)[1]  # how to regenerate it, at its head
    pinned = {
        _name(line): line.split("==", 1)[1]
        for line in text.splitlines()
        if line and not line.startswith("#")
    }
    extras = [_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["test"]]
    missing = (_declared() | set(extras)) - set(pinned)
    assert not missing, f"declared but not in requirements.lock: {sorted(missing)}"
    assert all(re.fullmatch(r"[\w.+!-]+", v) for v in pinned.values())


def test_make_and_the_readme_install_from_the_lock() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [line] = re.findall(r"Without make: `([^`]*)`", readme)
    assert "-c requirements.lock" in line and "pip install --upgrade pip" not in line
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "-c $(LOCK)" in makefile and "--upgrade pip" not in makefile


def test_system_packages_missing_and_not_installable_stop_with_the_command(
    tmp_path: Path,
) -> None:
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name, body in (("id", "echo 1000"), ("sudo", "exit 1"), ("apt-get", "exit 99")):
        (stubs / name).write_text(f"#!/bin/sh\n{body}\n")
        (stubs / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{stubs}:/usr/bin:/bin", "CHROMIUM": str(tmp_path / "none")}
    run = subprocess.run(
        ["bash", str(REPO / "scripts" / "system_deps.sh")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert "chromium" in run.stderr and "apt-get install" in run.stderr
