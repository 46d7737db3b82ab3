"""``ceasewatch evaluate``: score the pipeline on the shared evaluation sets.

A thin wrapper over ``ceasewatch.evaluate.evaluate``; the tables it prints are what
docs/QUALITY.md records (``--markdown``) and what tests/test_quality_floors.py pins.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ceasewatch.cli.app import gazetteer_option, kb_option, main
from ceasewatch.errors import CeasewatchError
from ceasewatch.evaluate import SETS, SPLITS, evaluate, to_json, to_markdown
from ceasewatch.evaluate.harness import reusing_runs
from ceasewatch.evaluate.report import COLUMNS, EvaluationReport, fmt, row, splits_markdown
from ceasewatch.pipeline import Resources

EACH = "each"  # --split each: dev, test and all, compared side by side


@main.command("evaluate")
@click.option(
    "--set",
    "sets",
    multiple=True,
    type=click.Choice(sorted(SETS)),
    help="Evaluation set to run (repeatable; default: all).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Score at most N items per set (a fixed, spread-out subset, the same every run).",
)
@click.option(
    "--split",
    type=click.Choice([*SPLITS, EACH]),
    default="all",
    show_default=True,
    help="Half of each set: dev (for error analysis), test (held out: read numbers only), all;"
    " 'each' runs the three and compares them.",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Evaluation data folder (default: $CEASEWATCH_EVAL_DATA, else ../shared/data/eval).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--markdown", is_flag=True, help="Print Markdown tables (as in docs/QUALITY.md).")
@kb_option
@gazetteer_option
def evaluate_command(
    sets: tuple[str, ...],
    limit: int | None,
    split: str,
    data_dir: Path | None,
    as_json: bool,
    markdown: bool,
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
) -> None:
    """Score extraction, resolution and geocoding against the evaluation sets."""
    if as_json and markdown:
        raise click.UsageError("choose one of --json and --markdown")
    resources = Resources(
        kb_dirs=tuple(Path(d) for d in kb_dirs),
        gazetteer_files=tuple(Path(f) for f in gazetteer_files),
    )
    splits = SPLITS if split == EACH else (split,)
    try:
        with reusing_runs():  # "each": dev and test are run, "all" reuses their extractions
            reports = [
                evaluate(
                    sets or tuple(SETS),
                    limit=limit,
                    data_dir=data_dir,
                    resources=resources,
                    split=s,
                )
                for s in splits
            ]
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    report = reports[-1]  # "all" when each split was run
    if as_json:
        click.echo(to_json(report) if len(reports) == 1 else _json_list(reports))
    elif markdown:
        if len(reports) > 1:
            click.echo(splits_markdown(reports))
        click.echo(to_markdown(report), nl=False)
    else:
        if len(reports) > 1:
            print_comparison(reports)
        print_tables(report)


def _json_list(reports: list[EvaluationReport]) -> str:
    return "[\n" + ",\n".join(to_json(r) for r in reports) + "\n]"


def print_comparison(reports: list[EvaluationReport]) -> None:
    """Headline values side by side, one column per split."""
    table = Table(title="headline values by split (n)", title_justify="left")
    for column in ("set", "field", *(r.split for r in reports), "aim"):
        table.add_column(column, justify="left" if column in ("set", "field") else "right")
    for result in reports[0].sets:
        for score in result.fields:
            cells = [
                f"{fmt(s.value)} ({s.n})"
                for s in (r.set(result.name).field(score.field) for r in reports)
            ]
            aim = "" if score.aim is None else f"≥ {score.aim:.2f}"
            table.add_row(result.name, score.field, *cells, aim)
    Console().print(table)


def print_tables(report: EvaluationReport) -> None:
    console = Console()
    console.print(
        f"commit {report.commit or 'unknown'} · split {report.split} · data {report.data_dir}"
    )
    for result in report.sets:
        table = Table(
            title=f"{result.name} [{result.split}]: {result.items}/{result.total_items} items, "
            f"{result.seconds:.0f} s, {len(result.failures)} failure(s)",
            title_justify="left",
        )
        for i, column in enumerate(COLUMNS):
            table.add_column(column, justify="left" if i == 0 else "right", no_wrap=i > 0)
        for score in result.fields:
            table.add_row(*row(score))
        console.print(table)
        for note in result.notes:
            console.print(f"  · {note}")
