"""The fusion benchmark's scoring helpers (bench/fusion_fakes.py, bench/fusion_agreement.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from fusion_agreement import agreement, kappa, read
from fusion_fakes import wilson


def test_kappa_discounts_agreement_by_chance():
    # 8 of 10 agree; each reader says "other" 6 times of 10: chance agreement 0.52
    labels = [("other", "other")] * 5 + [("same", "same")] * 3
    labels += [("other", "same"), ("same", "other")]
    assert kappa(labels) == pytest.approx((0.8 - 0.52) / (1 - 0.52))
    assert kappa([("same", "same"), ("other", "other")]) == 1.0
    assert kappa([("same", "other"), ("other", "same")]) == -1.0
    assert kappa([("other", "other")] * 3) is None  # one label only: kappa undefined
    assert kappa([]) is None


def test_agreement_counts_only_pairs_both_readers_judged(tmp_path):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(
        "# a comment line\nrow_a,row_b,verdict,reason\n"
        "k:1,k:2,same,one strike\nk:1,k:3,other,two days\nk:2,k:3,other,two places\n",
        encoding="utf-8",
    )
    second.write_text(
        "row_a,row_b,verdict,reason\nk:2,k:1,same,one strike\nk:3,k:2,unclear,aggregate\n",
        encoding="utf-8",
    )
    result = agreement(read(first), read(second))
    assert (result["pairs"], result["agreed"]) == (2, 1)
    assert result["table"] == {"other/unclear": 1, "same/same": 1}
    (diff,) = result["disagreements"]
    assert diff["pair"] == ["k:2", "k:3"] and diff["second"] == ("unclear", "aggregate")
    assert result["raw_ci95"] == wilson(1, 2)


def test_the_second_reading_is_a_subset_of_the_drawn_pairs():
    bench = Path(__file__).resolve().parents[1] / "bench" / "data"
    drawn, second = (
        read(bench / "fusion_fakes_drawn.csv"),
        read(bench / "fusion_fakes_drawn_second.csv"),
    )
    assert len(second) >= 60 and set(second) <= set(drawn)
    assert {v for v, _ in second.values()} <= {"same", "other", "unclear"}
