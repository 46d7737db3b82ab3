"""ConfliBERT's cameo_ner (test split, 451 sentences): source (S) and target (T) actor spans.

Our actor1 and its associated actors (and a relation's source) are compared with S spans; actor2
and its associated actors (and a relation's target) with T spans. CAMEO codes verbal events
("said", "declined to comment") as events, which we code as relations, hence both count.
Scores: exact-offset and overlapping-offset matches, with roles, and role-free detection.
Tokens are joined with single spaces to make the text; CoNLL keeps no original spacing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ceasewatch.evaluate.harness import make_article, require, run_pipeline
from ceasewatch.evaluate.metrics import Counts, LabeledSpan, bio_spans, match_spans, select
from ceasewatch.evaluate.report import SetReport, from_counts
from ceasewatch.evaluate.spans import SOURCE, TARGET, actor_mentions
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources

NAME = "cameo_ner"
DESCRIPTION = "ConfliBERT cameo_ner test sentences: source (S) / target (T) actor spans."


@dataclass(frozen=True)
class Item:
    key: str
    article: Article
    gold: tuple[LabeledSpan, ...]  # S and T spans only (R, the event words, is not scored)


def read_conll(path: Path, separator: str | None = None) -> list[list[tuple[str, str]]]:
    """CoNLL file -> sentences of (token, tag). Blank lines separate sentences."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        parts = line.rsplit(separator, 1) if separator else line.rsplit(None, 1)
        if len(parts) != 2:
            raise ValueError(f"{path}:{number}: expected 'token tag', got {line!r}")
        current.append((parts[0], parts[1]))
    if current:
        sentences.append(current)
    return sentences


def join_tokens(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens -> text joined by spaces, and each token's character offsets in it."""
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return " ".join(tokens), offsets


def load(data_dir: Path) -> list[Item]:
    path = require(data_dir / "conflibert" / "cameo_ner" / "test.txt", "cameo_ner test split")
    items = []
    for n, sentence in enumerate(read_conll(path)):
        text, offsets = join_tokens([token for token, _ in sentence])
        spans = bio_spans([tag for _, tag in sentence], offsets)
        key = f"cameo_ner:{n}"
        gold = tuple(s for s in spans if s.label in (SOURCE, TARGET))
        items.append(Item(key, make_article(key, text, origin=f"cameo_ner/test.txt#{n}"), gold))
    return items


def evaluate_cameo_ner(
    data_dir: Path, resources: Resources, limit: int | None = None, split: str = "all"
) -> SetReport:
    everything = load(data_dir)
    items = select(everything, [i.key for i in everything], split, limit)
    run = run_pipeline([i.article for i in items], resources)
    exact = overlap = loose = source = target = Counts()
    without_span = 0
    for item in items:
        mentions = actor_mentions(run.extractions.get(item.key))
        without_span += sum(1 for m in mentions if m.span is None)
        predicted = [m.span for m in mentions if m.span is not None]
        exact += match_spans(item.gold, predicted)
        overlap += match_spans(item.gold, predicted, overlap=True)
        loose += match_spans(item.gold, predicted, overlap=True, use_labels=False)
        source += match_spans(_only(item.gold, SOURCE), _only(predicted, SOURCE), overlap=True)
        target += match_spans(_only(item.gold, TARGET), _only(predicted, TARGET), overlap=True)
    fields = (
        from_counts("S+T spans, exact", exact),
        from_counts("S+T spans, overlap", overlap),
        from_counts("S (source) overlap", source),
        from_counts("T (target) overlap", target),
        from_counts("actor detection, role-free overlap", loose),
    )
    return SetReport(
        name=NAME,
        description=DESCRIPTION,
        split=split,
        items=len(items),
        total_items=len(everything),
        seconds=run.seconds,
        fields=fields,
        failures=tuple(run.failures),
        notes=(f"{without_span} coded actor(s) carried no span (not scorable, not counted).",),
    )


def _only(spans: tuple[LabeledSpan, ...] | list[LabeledSpan], role: str) -> list[LabeledSpan]:
    return [s for s in spans if s.label == role]
