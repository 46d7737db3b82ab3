"""The extraction rule files are word lists: YAML 1.1 must not turn a word into a boolean.

Regression: unquoted `on` and `off` in places.yaml were read as True/False, so "on the outskirts
of X" never opened a place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ceasewatch.extract.lexicon import load_lexicon

DATA = Path(__file__).resolve().parents[1] / "src" / "ceasewatch" / "extract" / "data"


def _booleans(node: object, path: str) -> list[str]:
    if isinstance(node, bool):
        return [path]
    if isinstance(node, dict):
        found = [f"{path}: key {k!r}" for k in node if isinstance(k, bool)]
        return found + [b for k, v in node.items() for b in _booleans(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [b for i, v in enumerate(node) for b in _booleans(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.name) == []


def test_on_and_off_open_places() -> None:
    lexicon = load_lexicon()
    assert {"on", "off"} <= set(lexicon.place_preps)
