"""The extraction benchmark's worker set-up and summary (bench/bench_extract.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_extract
from bench_extract import BASE_ENV, Measurement, median_rates, plan, table, worker_command


def _run(mode: str, cpu: float, words: int = 1000) -> Measurement:
    return Measurement(mode, 10, words, 1.0, cpu, cpu, 300.0, 400.0, 0)


def test_workers_are_not_pinned_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    pinned: list[set[int]] = []
    monkeypatch.setattr(os, "sched_setaffinity", lambda pid, cores: pinned.append(cores))
    bench_extract._pin(None)
    assert pinned == []  # the scheduler places the worker: no shared core 0 for every bench
    bench_extract._pin(1)
    assert pinned == [{1}]
    command, env = worker_command("ner")
    assert "--pin" not in command
    assert env["OMP_NUM_THREADS"] == env["OPENBLAS_NUM_THREADS"] == "1"
    assert worker_command("ner", core=1)[0][-2:] == ["--pin", "1"]


def test_base_runs_read_the_base_tree_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", "/branch/src")
    monkeypatch.setenv(BASE_ENV, "/stale")  # a leftover from the caller is never passed on
    _, env = worker_command("pipeline", base="/tmp/base/src")
    assert env["PYTHONPATH"].split(os.pathsep) == ["/tmp/base/src", "/branch/src"]
    assert env[BASE_ENV] == "/tmp/base/src"
    _, env = worker_command("pipeline")
    assert env["PYTHONPATH"] == "/branch/src" and BASE_ENV not in env


def test_plan_runs_the_base_pipeline_beside_the_branch_s() -> None:
    assert plan(["pipeline", "ner"], None) == [("pipeline", None), ("ner", None)]
    assert plan(["pipeline", "ner"], "/b") == [
        ("pipeline", None),
        ("pipeline", "/b"),
        ("ner", None),
    ]
    assert plan(["ner"], "/b") == [("ner", None)]  # only the pipeline has a base run


def test_summary_compares_medians_over_the_rounds() -> None:
    runs = [_run("pipeline", c) for c in (1.0, 2.0, 4.0)] + [
        _run("ner", c) for c in (0.5, 0.25, 1.0)
    ]
    assert median_rates(runs) == {"pipeline": pytest.approx(500.0), "ner": pytest.approx(2000.0)}
    text = table(runs)
    assert "- pipeline: 0.25× the words per CPU second of ner (medians of 3 and 3 runs)" in text
    assert text.count("| pipeline |") == 3  # every run keeps its row
