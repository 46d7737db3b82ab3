"""Learning from the analyst's own coding: ACLED-format exports -> a model folder.

``train`` reads exports (``learn.acled``), fits a sub-event classifier (``learn.classifier``)
and writes the export's actors and places as knowledge layers (``learn.layers``) into a
versioned folder (``learn.folder``); ``load_model`` reads it back and ``apply_model`` records the
learned type on extracted events under the override policy (``learn.apply``).
See docs/LEARNING.md.
"""

from ceasewatch.learn.apply import apply_model
from ceasewatch.learn.folder import FORMAT_VERSION, LearnedModel, TrainReport, load_model, train

__all__ = ["FORMAT_VERSION", "LearnedModel", "TrainReport", "apply_model", "load_model", "train"]
