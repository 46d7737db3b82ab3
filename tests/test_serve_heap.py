"""The desk freezes what survives its first full collections (serve/heap.py), and no more."""

from __future__ import annotations

import gc

import pytest

from ceasewatch.serve import heap


def test_the_desk_arms_the_freeze_once_per_process() -> None:
    heap.install()
    heap.install()
    assert gc.callbacks.count(heap._after_collection) == 1


def test_survivors_of_a_full_collection_are_frozen_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heap.install()
    monkeypatch.setattr(heap, "_left", 2)
    # no automatic collection between the counts: one could spend a freeze while ``lasting`` is
    # being built, before ``before`` is read (a full CI run failed so, 325 of 1000 frozen)
    enabled = gc.isenabled()
    gc.disable()
    try:
        lasting = [[i] for i in range(1000)]  # tracked containers, alive throughout
        before = gc.get_freeze_count()
        gc.collect()
        first = gc.get_freeze_count()
        assert first >= before + len(lasting)
        gc.collect()
        assert heap._left == 0
        later = [[i] for i in range(1000)]
        settled = gc.get_freeze_count()
        gc.collect()  # the count is spent: what lives now stays collectable
        assert gc.get_freeze_count() == settled
        assert lasting and later
        gc.collect(1)  # a young collection never freezes
        assert gc.get_freeze_count() == settled
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def test_settle_freezes_what_is_alive_now() -> None:
    try:
        lasting = [[i] for i in range(1000)]
        before = gc.get_freeze_count()
        heap.settle()
        assert gc.get_freeze_count() >= before + len(lasting)
    finally:
        gc.unfreeze()
