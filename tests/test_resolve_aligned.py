"""'<side>-aligned <generic noun>': men fighting for a side without a name of their own are
the side (resolve/matching.py, ``Matcher._aligned``); a named group or a militia after it keeps
its own reading. Words invented for these tests; the built-in knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import ActorRef, Span
from ceasewatch.resolve import _Context, _joined, resolve_ref
from ceasewatch.resolve.matching import matcher_for

ON = dt.date(2019, 6, 26)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.mark.parametrize(
    ("words", "country", "actor_id"),
    [
        ("GNA-aligned forces", "LY", "ly-gna"),
        ("LNA-allied fighters", "LY", "ly-lna"),
        ("Hamas-affiliated gunmen", "PS", "ps-hamas"),
    ],
)
def test_forces_aligned_with_a_side_are_the_side(
    kb: ActorKB, words: str, country: str, actor_id: str
) -> None:
    got = resolve_ref(ActorRef(name=words, surface=words), kb, ON, country)
    assert got.id == actor_id and got.surface == words


def test_a_militia_aligned_with_a_side_is_not_the_side(kb: ActorKB) -> None:
    got = resolve_ref(ActorRef(name="LNA-aligned militias", surface="x"), kb, ON, "LY")
    assert got.id != "ly-lna"


def test_backing_is_still_no_identity(kb: ActorKB) -> None:
    got = resolve_ref(ActorRef(name="Turkish-backed rebels", surface=None), kb, ON, "LY")
    assert got.id != "turkey-military" and got.id != "turkey"


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("On 26 June GNA-aligned forces retook Gharyan.", "-aligned forces", "GNA-aligned forces"),
        ("A band of ex-soldiers stormed the house.", "soldiers", "ex-soldiers"),
        ("In Kinshasa, crowds burned cars.", ", crowds", "crowds"),
        ("The well armed gunmen fled.", "gunmen", "gunmen"),
    ],
)
def test_a_reference_cut_at_a_hyphen_is_read_whole(text: str, cut: str, whole: str) -> None:
    at = text.index(cut)
    ref = ActorRef(name=cut, surface=cut, span=Span(start=at, end=at + len(cut), text=cut))
    got = _joined(ref, _Context(matcher_for(load_actors()), None, text))
    assert got.surface == whole


def test_former_soldiers_are_no_states_forces(kb: ActorKB) -> None:
    got = resolve_ref(ActorRef(name="ex-soldiers", surface="ex-soldiers"), kb, ON, "HT")
    assert got.name == "Unidentified Armed Group (Haiti)"
