"""Typed evaluation results and their renderings (rich table, Markdown, JSON).

One ``FieldScore`` per scored field of a set; a field fills the columns that make sense for it
(precision/recall/F1 for detection, accuracy or a rate for per-item fields). ``None`` means the
score is undefined (nothing to score), which renders as "–", never as 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from ceasewatch.evaluate.metrics import ClassScores, Counts, Tally


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FieldScore(_Frozen):
    """The score of one field of one set."""

    field: str
    n: int  # items (or gold spans) the score is computed over
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None  # accuracy, or a rate for fields that are rates
    tp: int | None = None
    fp: int | None = None
    fn: int | None = None
    aim: float | None = None  # the target from the issue, compared with the headline value
    headline: str = "f1"  # which of the columns the aim and the floors apply to
    note: str = ""

    @property
    def value(self) -> float | None:
        """The headline value (the column the aim and the quality floors refer to)."""
        result: float | None = getattr(self, self.headline)
        return result


def from_counts(
    field: str, counts: Counts, *, note: str = "", aim: float | None = None
) -> FieldScore:
    return FieldScore(
        field=field,
        n=counts.tp + counts.fn,
        precision=counts.precision,
        recall=counts.recall,
        f1=counts.f1,
        tp=counts.tp,
        fp=counts.fp,
        fn=counts.fn,
        aim=aim,
        note=note,
    )


def from_tally(
    field: str, result: Tally, *, note: str = "", aim: float | None = None
) -> FieldScore:
    return FieldScore(
        field=field,
        n=result.total,
        accuracy=result.value,
        aim=aim,
        headline="accuracy",
        note=note,
    )


def from_classes(field: str, scores: ClassScores, *, aim: float | None = None) -> list[FieldScore]:
    """Accuracy, macro F1 and weighted F1 of a classification, as three rows."""
    return [
        FieldScore(
            field=f"{field} accuracy", n=scores.n, accuracy=scores.accuracy, headline="accuracy"
        ),
        FieldScore(field=f"{field} macro F1", n=scores.n, f1=scores.macro_f1),
        FieldScore(field=f"{field} weighted F1", n=scores.n, f1=scores.weighted_f1, aim=aim),
    ]


class ItemFailure(_Frozen):
    """An item the pipeline raised on: scored as "nothing found", listed here."""

    item: str
    error: str


class SetReport(_Frozen):
    name: str
    description: str
    split: str = "all"  # "dev", "test" or "all" (metrics.split_of); seed_places is never split
    items: int  # items scored (after --limit)
    total_items: int  # items in the set
    seconds: float
    fields: tuple[FieldScore, ...]
    failures: tuple[ItemFailure, ...] = ()
    notes: tuple[str, ...] = ()

    def field(self, name: str) -> FieldScore:
        for score in self.fields:
            if score.field == name:
                return score
        raise KeyError(f"set {self.name!r} has no field {name!r}")


class EvaluationReport(_Frozen):
    created: dt.datetime
    commit: str | None
    data_dir: str
    limit: int | None
    sets: tuple[SetReport, ...]
    split: str = "all"

    def set(self, name: str) -> SetReport:
        for report in self.sets:
            if report.name == name:
                return report
        raise KeyError(f"no set {name!r} in this report")


# --- renderings ---------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


COLUMNS = ("field", "n", "precision", "recall", "F1", "accuracy/rate", "aim")


def row(score: FieldScore) -> list[str]:
    aim = "" if score.aim is None else f"≥ {score.aim:.2f}"
    return [
        score.field,
        str(score.n),
        fmt(score.precision),
        fmt(score.recall),
        fmt(score.f1),
        fmt(score.accuracy),
        aim,
    ]


def to_markdown(report: EvaluationReport) -> str:
    """The report as Markdown: one table per set, as docs/QUALITY.md records it."""
    limit = "full sets" if report.limit is None else f"at most {report.limit} items per set"
    lines = [
        f"Measured {report.created:%Y-%m-%d %H:%M} UTC at commit `{report.commit or 'unknown'}`"
        f", split `{report.split}` ({limit}).",
        "",
    ]
    for result in report.sets:
        lines += [
            f"### {result.name} (split: {result.split})",
            "",
            f"{result.description} {result.items} of {result.total_items} items,"
            f" {result.seconds:.0f} s, {len(result.failures)} item failure(s).",
            "",
            "| " + " | ".join(COLUMNS) + " |",
            "|" + "|".join("---" if i == 0 else "---:" for i in range(len(COLUMNS))) + "|",
        ]
        lines += ["| " + " | ".join(row(score)) + " |" for score in result.fields]
        lines += [""] + [f"- {note}" for note in result.notes] + [""]
    return "\n".join(lines).rstrip() + "\n"


def splits_markdown(reports: Sequence[EvaluationReport]) -> str:
    """One table of headline values side by side, one column per split (``--split each``).

    Each cell is the field's headline value (the column its aim and floor refer to) and, in
    brackets, the number of items or gold spans it is computed over.
    """
    first = reports[0]
    limit = "full sets" if first.limit is None else f"at most {first.limit} items per set"
    names = [r.split for r in reports]
    lines = [
        f"Measured {first.created:%Y-%m-%d %H:%M} UTC at commit `{first.commit or 'unknown'}`"
        f" ({limit}); splits: {', '.join(names)}.",
        "",
        "| set | field | " + " | ".join(names) + " | aim |",
        "|---|---|" + "---:|" * len(names) + "---:|",
    ]
    for result in first.sets:
        for score in result.fields:
            cells = [_cell(r.set(result.name).field(score.field)) for r in reports]
            aim = "" if score.aim is None else f"≥ {score.aim:.2f}"
            lines.append(f"| {result.name} | {score.field} | " + " | ".join(cells) + f" | {aim} |")
    return "\n".join(lines) + "\n"


def _cell(score: FieldScore) -> str:
    return f"{fmt(score.value)} ({score.n})"


def to_json(report: EvaluationReport) -> str:
    return report.model_dump_json(indent=2)
