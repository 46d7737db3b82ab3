"""The extraction rule files are word lists: YAML 1.1 must not turn a word into a boolean.

Regression: unquoted `on` and `off` in places.yaml were read as True/False, so "on the outskirts
of X" never opened a place.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch.extract.lexicon import any_phrase, load_lexicon

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


# any_phrase (issue 9): one search standing for one ``\bphrase\b`` search per phrase.
_PHRASES = ("yesterday", "last week", "said to", "u.s.", "(reportedly)", "a")
_TEXT = st.text(alphabet=st.sampled_from(list("asidyet lwkor.u()-\u00e9")), max_size=40)


@given(st.lists(st.sampled_from(_PHRASES), unique=True), _TEXT)
@settings(max_examples=300, deadline=None)
def test_any_phrase_finds_exactly_when_one_phrase_does(phrases: list[str], text: str) -> None:
    one_by_one = any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases)
    assert (any_phrase(tuple(phrases)).search(text) is not None) == one_by_one


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fighters reportedly shelled the town yesterday.", True),
        ("The army shelled the town, the ministry said.", False),
        ("", False),
    ],
)
def test_any_phrase_on_the_shipped_tables(text: str, found: bool) -> None:
    lex = load_lexicon()
    hedged_or_dated = (
        any_phrase(lex.hedges).search(text.lower()) is not None
        or any_phrase(tuple(lex.relative_dates)).search(text.lower()) is not None
    )
    assert hedged_or_dated == found
