"""A spokesman's "our troops" (session 25, helper transcripts25): press briefings, parliaments'
records and interviews name the state's forces in the first person; "our" changes nothing in a
descriptive reference, as "their" and "its" do not (``resolve.owners.DETERMINERS``)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import load_actors
from ceasewatch.model import ActorRef
from ceasewatch.resolve import resolve_ref

ON = dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    ("words", "actor"),
    [
        ("our troops", "Military Forces of Nigeria"),
        ("our soldiers", "Military Forces of Nigeria"),
        ("our security forces", "Military Forces of Nigeria"),
        ("our fighters", "Unidentified Armed Group (Nigeria)"),
    ],
)
def test_our_is_read_as_their(words: str, actor: str) -> None:
    kb = load_actors()
    assert resolve_ref(ActorRef(name=words, surface=words), kb, ON, "NG").name == actor
    theirs = words.replace("our", "their")
    assert resolve_ref(ActorRef(name=theirs, surface=theirs), kb, ON, "NG").name == actor
