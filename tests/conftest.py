"""Shared fixtures. Heavy resources (knowledge base, spaCy, gazetteer) are built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ceasewatch.pipeline import Resources

REPO = Path(__file__).resolve().parent.parent
# The shared folder (seed, evaluation data) sits beside the repository; CI may name it instead.
SHARED = Path(os.environ.get("CEASEWATCH_SHARED") or REPO.parent / "shared")
SEED = SHARED / "seed" / "idlib-de-escalation-zone-2018-01-11.txt"
EVAL = SHARED / "data" / "eval"
GAZETTEER_DATA = SHARED / "data" / "gazetteer"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The built-in knowledge base, extractor and gazetteer, shared by every test that needs them."""
    return Resources()
