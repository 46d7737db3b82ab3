"""The hostile-input run (bench/hostile_inputs.py) at its smallest scale, and its checks."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "hostile_inputs.py"


@pytest.fixture(scope="module")
def hostile():
    spec = importlib.util.spec_from_file_location("hostile_inputs", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile_inputs"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.network
def test_hostile_inputs_lose_nothing_crash_nothing_leak_nothing(hostile):
    result = hostile.run(scale=1, seed=14)
    assert result["problems"] == {}
    assert result["crashes"] == 0 and result["lost"] == 0
    assert result["summary_agrees"] is not False
    assert result["archived"] + result["failed"] >= result["items_expected"]
    assert result["ok"]


def test_the_checks_catch_a_lost_item_a_leak_and_a_wrong_outcome(hostile, tmp_path):
    """The run's checks themselves, on a made-up outcome: each problem must be reported."""
    secrets = {"server": "SERVER-SECRET-x", "file": "FILE-SECRET-x", "file_path": "/nowhere"}
    corpus = hostile.Corpus(tmp_path, "http://127.0.0.1:1", random.Random(1), secrets)
    corpus.inputs = [
        hostile.Input("/c/a.txt", "good", 1, "archived"),
        hostile.Input("/c/b.jsonl#L1", "line", 1, "failed"),
        hostile.Input("/c/lost.txt", "good", 1, "archived"),
        hostile.Input("/c/latin.txt", "latin", 1, "archived", contains="à Idlib"),
    ]
    (tmp_path / "archive.db").write_bytes(b"... SERVER-SECRET-x ...")
    outcome = hostile.Outcome(
        articles={"/c/a.txt": "ok", "/c/b.jsonl#L1": "ok", "/c/latin.txt": "ą Idlib"},
        published={},
        failures=[("/elsewhere", "?")],
        exit_code=1,
        stdout="3 added, 0 already archived, 1 failed",
        stderr="Traceback (most recent call last):",
        seconds=0.0,
        peak_mb=0.0,
    )
    found = hostile.check(corpus, outcome, tmp_path / "archive.db")
    assert found["lost"] == ["/c/lost.txt"]
    assert found["strays"] == ["/elsewhere"]
    assert any("/c/b.jsonl#L1" in w for w in found["wrong"])
    assert any("à Idlib" in w for w in found["wrong"])
    assert found["leaks"] == ["'SERVER-SECRET-x' in archive.db"]
    assert found["crash"] is True
    assert found["summary_agrees"] is True
