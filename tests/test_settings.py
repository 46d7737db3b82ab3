"""One settings table, documented: docs/SETTINGS.md must match it."""

from __future__ import annotations

import pytest

from ceasewatch.settings import SETTINGS, markdown, setting
from tests.conftest import REPO


def test_docs_match_the_table():
    assert (REPO / "docs" / "SETTINGS.md").read_text(encoding="utf-8") == markdown(), (
        "docs/SETTINGS.md is stale: run `ceasewatch settings --markdown > docs/SETTINGS.md`"
    )


def test_every_setting_explains_itself():
    for spec in SETTINGS:
        assert len(spec.help) > 40, spec.name
    assert len({s.name for s in SETTINGS}) == len(SETTINGS)


def test_environment_overrides_and_bad_values(monkeypatch):
    monkeypatch.setenv("CEASEWATCH_NET_TIMEOUT_SECONDS", "2.5")
    assert setting("net.timeout_seconds") == 2.5
    monkeypatch.setenv("CEASEWATCH_NET_TIMEOUT_SECONDS", "soon")
    with pytest.raises(ValueError, match="CEASEWATCH_NET_TIMEOUT_SECONDS"):
        setting("net.timeout_seconds")
