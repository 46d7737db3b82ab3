"""How `ceasewatch train` learns from the data the project may use: cross-validated scores and
the learning curve, printed as the Markdown tables of docs/LEARNING.md ("Measured").

    PYTHONPATH=src python bench/learning_curve.py [--data /work/shared/data/eval] [--no-pipeline]

Training pool: the dev halves only (CASE 2021 task 2 snippets with one of ACLED's 25 labels,
the world set's own-words reports with an event); never a test half. Measured:
1. 5-fold cross-validated scores of `train`'s classifier on each dev pool;
2. the learning curve: the classifier trained on 100, 300, 1,000, 3,000 rows of the pool
   (a stable sample; sizes the pool cannot reach are said so) and scored on the CASE test half
   (25 ACLED labels, the classifier alone reading each snippet);
3. the whole pipeline on the CASE test half without and with `--model` trained on the whole
   pool (the rules' type, or the model's when it is at least learn.override_min_probability).
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

from ceasewatch.evaluate import case2021, world
from ceasewatch.evaluate.metrics import classification_scores, split_of, stable_sample
from ceasewatch.learn import classifier, train
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources

SIZES = (100, 300, 1000, 3000)
ACLED_OF = {label: sub for sub, label in case2021.LABELS.items()}

Rows = list[tuple[str, str, str]]  # (key, text, ACLED sub-event type)


def case_rows(data_dir: Path, half: str) -> Rows:
    rows = []
    for item in case2021.load(data_dir):
        if (
            split_of(item.key) == half
            and item.label in ACLED_OF
            and isinstance(item.article, Article)
        ):
            rows.append((item.key, item.article.text, ACLED_OF[item.label]))
    return rows


def world_rows(half: str) -> Rows:
    return [
        (i.key, i.text, i.gold.sub_event_type)
        for i in world.load()
        if i.gold is not None and split_of(i.key) == half
    ]


def cv_line(name: str, rows: Rows) -> str:
    s = classifier.cross_validate([r[1] for r in rows], [r[2] for r in rows])
    if "sub_event_weighted_f1" not in s:
        return f"| {name} | {len(rows)} | – | – | – | {s.get('skipped')} |"
    return (
        f"| {name} | {len(rows)} | {s['sub_event_weighted_f1']:.3f} | {s['sub_event_macro_f1']:.3f}"
        f" | {s['event_type_weighted_f1']:.3f} | {s['folds']} |"
    )


def curve(pool: Rows, test: Rows) -> list[str]:
    lines = []
    for size in SIZES:
        if size > len(pool):
            lines.append(f"| {size} | – (the pool holds {len(pool)} rows) | – |")
            continue
        sample = stable_sample(pool, [r[0] for r in pool], size)
        fitted = classifier.fit([r[1] for r in sample], [r[2] for r in sample])
        predicted = [p for p, _ in classifier.predict(fitted, [r[1] for r in test])]
        scores = classification_scores([r[2] for r in test], predicted)
        lines.append(f"| {size} | {_f(scores.weighted_f1)} | {_f(scores.macro_f1)} |")
    fitted = classifier.fit([r[1] for r in pool], [r[2] for r in pool])
    predicted = [p for p, _ in classifier.predict(fitted, [r[1] for r in test])]
    scores = classification_scores([r[2] for r in test], predicted)
    lines.append(f"| all {len(pool)} | {_f(scores.weighted_f1)} | {_f(scores.macro_f1)} |")
    return lines


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def write_export(pool: Rows, path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["notes", "sub_event_type"])
        writer.writerows([(text.replace("\n", " "), sub) for _, text, sub in pool])
    return path


def pipeline_lines(data_dir: Path, pool: Rows) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        export = write_export(pool, Path(tmp) / "dev-pool.csv")
        train([export], Path(tmp) / "model", cross_validate=False)
        for name, resources in (
            ("rules only", Resources()),
            ("rules + model (dev pool)", Resources(model_dir=Path(tmp) / "model")),
        ):
            started = time.monotonic()
            report = case2021.evaluate_case2021(data_dir, resources, split="test")
            fields = {f.field: f for f in report.fields}
            weighted = fields["25 ACLED labels: weighted F1"]
            macro = fields["25 ACLED labels: macro F1"]
            lines.append(
                f"| {name} | {weighted.f1:.3f} | {macro.f1:.3f} | {weighted.n} "
                f"| {time.monotonic() - started:.0f} s |"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/eval"))
    parser.add_argument("--no-pipeline", action="store_true", help="skip step 3 (slow)")
    args = parser.parse_args()
    case_dev, case_test, world_dev = (
        case_rows(args.data, "dev"), case_rows(args.data, "test"), world_rows("dev"),
    )  # fmt: skip
    pool = case_dev + world_dev
    print(
        "| training rows (dev halves) | rows | sub-event weighted F1 | macro F1 "
        "| event type weighted F1 | folds |"
    )
    print("|---|---|---|---|---|---|")
    for name, rows in (("world set, dev", world_dev), ("CASE 2021, dev", case_dev), ("both", pool)):
        print(cv_line(name, rows))
    print(
        "\nLearning curve: classifier alone on the CASE 2021 test half "
        f"({len(case_test)} snippets, 25 ACLED labels)\n"
    )
    print("| training rows | weighted F1 | macro F1 |")
    print("|---|---|---|")
    print("\n".join(curve(pool, case_test)))
    if not args.no_pipeline:
        print("\nWhole pipeline on the CASE 2021 test half\n")
        print("| run | 25 labels weighted F1 | macro F1 | snippets | time |")
        print("|---|---|---|---|---|")
        print("\n".join(pipeline_lines(args.data, pool)))


if __name__ == "__main__":
    main()
