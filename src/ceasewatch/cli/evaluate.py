"""``ceasewatch evaluate``: score the pipeline on the shared evaluation sets.

A thin wrapper over ``ceasewatch.evaluate.evaluate``; the tables it prints are what
docs/QUALITY.md records (``--markdown``) and what tests/test_quality_floors.py pins.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import gazetteer_option, kb_option, main
from ceasewatch.cli.output import emit, new_table, print_table
from ceasewatch.cli.train import model_option
from ceasewatch.errors import CeasewatchError

# The harness imports the whole pipeline; it loads when the command runs, never for --help.
if TYPE_CHECKING:
    from ceasewatch.evaluate.report import EvaluationReport

# The names of ceasewatch.evaluate.SETS and .SPLITS, spelled out so that `--help` need not import
# the harness; tests/test_cli_help.py checks that they stay the same.
SET_NAMES = (
    "cameo_ner",
    "case2021",
    "fakes",
    "re3d",
    "seed_places",
    "world",
    "world_heldout",
    "world_notes",
    "world_reports",
)
SPLIT_NAMES = ("dev", "test", "all")
EACH = "each"  # --split each: dev, test and all, compared side by side


@main.command("evaluate")
@click.option(
    "--set",
    "sets",
    multiple=True,
    type=click.Choice(SET_NAMES),
    help="Evaluation set to run (repeatable; default: all but the held-out world_heldout).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Score at most N items per set (a fixed, spread-out subset, the same every run).",
)
@click.option(
    "--split",
    type=click.Choice([*SPLIT_NAMES, EACH]),
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
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "markdown", "csv", "plain"]),
    default="table", show_default=True,
    help="table for reading; json (--json), markdown (--markdown); csv or plain (tab-separated, "
    "no header): one row per split, set and field.",
)  # fmt: skip
@kb_option
@gazetteer_option
@model_option
def evaluate_command(
    sets: tuple[str, ...],
    limit: int | None,
    split: str,
    data_dir: Path | None,
    as_json: bool,
    markdown: bool,
    fmt: str,
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
    model_dir: Path | None,
) -> None:
    """Score extraction, resolution and geocoding against the evaluation sets."""
    if as_json and markdown:
        raise click.UsageError("choose one of --json and --markdown")
    fmt = "json" if as_json else "markdown" if markdown else fmt
    from ceasewatch.evaluate import DEFAULT_SETS, SPLITS, evaluate
    from ceasewatch.evaluate.harness import reusing_runs
    from ceasewatch.pipeline import Resources

    resources = Resources(
        kb_dirs=tuple(Path(d) for d in kb_dirs),
        gazetteer_files=tuple(Path(f) for f in gazetteer_files),
        model_dir=model_dir,
    )
    splits = SPLITS if split == EACH else (split,)
    try:
        _ = resources.model  # refused here, not as a failure of every item inside the harness
        with reusing_runs():  # "each": dev and test are run, "all" reuses their extractions
            reports = [
                evaluate(
                    sets or DEFAULT_SETS,
                    limit=limit,
                    data_dir=data_dir,
                    resources=resources,
                    split=s,
                )
                for s in splits
            ]
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    _print(reports, fmt)


def _print(reports: list[EvaluationReport], fmt: str) -> None:
    from ceasewatch.evaluate import to_json, to_markdown
    from ceasewatch.evaluate.report import COLUMNS, row, splits_markdown

    report = reports[-1]  # "all" when each split was run
    if fmt == "json":
        click.echo(to_json(report) if len(reports) == 1 else _json_list(reports))
    elif fmt == "markdown":
        if len(reports) > 1:
            click.echo(splits_markdown(reports))
        click.echo(to_markdown(report), nl=False)
    elif fmt in ("csv", "plain"):
        rows = [
            (r.split, result.name, *row(score))
            for r in reports
            for result in r.sets
            for score in result.fields
        ]
        emit(("split", "set", *COLUMNS), rows, fmt)
    else:
        if len(reports) > 1:
            print_comparison(reports)
        print_tables(report)


def _json_list(reports: list[EvaluationReport]) -> str:
    from ceasewatch.evaluate import to_json

    return "[\n" + ",\n".join(to_json(r) for r in reports) + "\n]"


def print_comparison(reports: list[EvaluationReport]) -> None:
    """Headline values side by side, one column per split."""
    from ceasewatch.evaluate.report import fmt

    columns = ("set", "field", *(r.split for r in reports), "aim")
    table = new_table(*columns, title="headline values by split (n)")
    for result in reports[0].sets:
        for score in result.fields:
            cells = [
                f"{fmt(s.value)} ({s.n})"
                for s in (r.set(result.name).field(score.field) for r in reports)
            ]
            aim = "" if score.aim is None else f"≥ {score.aim:.2f}"
            table.add_row(result.name, score.field, *cells, aim)
    print_table(table)


def print_tables(report: EvaluationReport) -> None:
    from rich.console import Console

    from ceasewatch.evaluate.report import COLUMNS, row

    console = Console()
    console.print(
        f"commit {report.commit or 'unknown'} · split {report.split} · data {report.data_dir}"
    )
    for result in report.sets:
        table = new_table(
            *COLUMNS,
            title=f"{result.name} [{result.split}]: {result.items}/{result.total_items} items, "
            f"{result.seconds:.0f} s, {len(result.failures)} failure(s)",
        )
        for score in result.fields:
            table.add_row(*row(score))
        console.print(table)
        for note in result.notes:
            console.print(f"  · {note}")
