"""No training line may tell an evaluation incident (session 30).

The training writers checked their drafts on date and country only and moved colliding drafts by
1-4 days, so a line could still tell an evaluation item's incident a few days off. The rule, in
``scripts/train_overlap.py``: a training line and an evaluation event (any file of
``data/eval/world``: world, heldout, notes, reports) pair when they share the country, their dates
are at most ``WINDOW_DAYS`` (14) days apart and the event's gold location (accents folded, 4+ letters) is written in
the training text as a word. Session 30 dropped every line so paired (286 at 7 days, then 148 more at 14
days after a 14-day leak was found; listed in data/train/README.md). A new training or evaluation file must keep this empty: drop the training
line, never the evaluation item. Reads dates, countries and locations only; prints no evaluation
text.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_overlap.py"


def _overlap_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_overlap", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_training_line_pairs_with_an_evaluation_event() -> None:
    module = _overlap_module()
    found = module.pairs(module.WINDOW_DAYS)
    listed = "\n".join("\t".join(map(str, pair)) for pair in found[:20])
    assert not found, (
        f"{len(found)} pairs (training file, id, evaluation file, id, days):\n{listed}"
    )


def test_a_place_is_named_as_a_whole_word_accents_folded() -> None:
    """The place test of the rule, on invented sentences."""
    module = _overlap_module()
    assert module.fold("Ségou") == "segou"
    place = module.fold("Ségou")
    assert module.names_place("Gunmen raided a market near Ségou on Monday.", place)
    assert not module.names_place("Gunmen raided Segoubougou market.", place)
    assert not module.names_place("Gunmen raided a market near Gao.", "gao")  # under 4 letters
