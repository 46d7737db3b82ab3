"""``ceasewatch train``: learn from ACLED-format exports into a model folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ceasewatch.cli.app import db_option, main, open_archive

if TYPE_CHECKING:
    from ceasewatch.learn.acled import FileReport, Row
    from ceasewatch.review import Reviewer

F = TypeVar("F", bound=Callable[..., Any])

model_option = click.option(
    "--model",
    "model_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Model folder from `ceasewatch train`: its type is recorded beside the rules' (and "
    "wins per learn.override_min_probability); its actors and places are added.",
)


def review_options(func: F) -> F:
    """``--review-endpoint URL`` and ``--review-model NAME``: the optional LLM reviewer."""
    func = click.option(
        "--review-model",
        default="default",
        show_default=True,
        help="Model name sent to the review endpoint (Ollama and vLLM need one).",
    )(func)
    return click.option(
        "--review-endpoint",
        default=None,
        metavar="URL",
        help="OpenAI-compatible chat endpoint you run (llama.cpp, vLLM, Ollama), e.g. "
        "http://127.0.0.1:8080: each event's review is recorded beside it, never applied. "
        "Localhost is allowed for this URL.",
    )(func)


def reviewer(endpoint: str | None, model: str) -> Reviewer | None:
    if not endpoint:
        return None
    from ceasewatch.review import Reviewer

    return Reviewer(endpoint, model)


@main.command("train")
@click.option(
    "--acled",
    "exports",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="ACLED-format CSV export to learn from (repeatable).",
)
@click.option(
    "--from-archive",
    is_flag=True,
    help="Also learn from the analysts' corrections stored in the archive (--db): every "
    "corrected event, as `ceasewatch corrections export` writes it.",
)
@db_option
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Model folder to write (created; files of an earlier model there are replaced).",
)
@click.option("--no-cv", is_flag=True, help="Skip the 5-fold cross-validation (faster).")
def train_command(
    exports: tuple[Path, ...], from_archive: bool, db: str | None, out: Path, no_cv: bool
) -> None:
    """Learn a sub-event classifier, actors and places from ACLED-format exports.

    Writes OUT/manifest.json, classifier.joblib, scores.json (cross-validated), kb/ (actors,
    for --kb) and gazetteer.tsv (places, for --gazetteer). Bad rows are listed on stderr and
    counted in the manifest, never learned from. Use the folder with `analyze --model OUT`.
    """
    # scikit-learn and the data model load only when the command runs, never for --help.
    from ceasewatch.errors import CeasewatchError
    from ceasewatch.learn import train

    if not exports and not from_archive:
        raise click.UsageError("give --acled FILE (repeatable) and/or --from-archive")
    extra = _archive_rows(db) if from_archive else []
    try:
        report = train(list(exports), out, cross_validate=not no_cv, extra=extra)
    except CeasewatchError as exc:
        raise click.ClickException(str(exc)) from exc
    for file in report.files:
        for problem in file.problems:
            click.echo(f"skipped {problem}", err=True)
        click.echo(f"{file.path}: {file.rows} row(s), {file.used} used, {file.skipped} skipped")
    scores = report.scores
    if "sub_event_weighted_f1" in scores:
        click.echo(
            f"cross-validated ({scores['folds']}): sub-event weighted F1 "
            f"{scores['sub_event_weighted_f1']:.3f}, event type "
            f"{scores['event_type_weighted_f1']:.3f}"
        )
    else:
        click.echo(f"no cross-validation: {scores.get('skipped')}")
    click.echo(
        f"{report.rows} row(s), {len(report.labels)} sub-event type(s), {report.actors} "
        f"actor(s), {report.places} place(s) -> {report.folder}"
    )


def _archive_rows(db: str | None) -> list[tuple[list[Row], FileReport]]:
    """The archive's corrected events as training rows (``learn.archive``)."""
    from ceasewatch.cli.corrections import archive_training
    from ceasewatch.learn.archive import archive_rows

    store = open_archive(db)
    try:
        text, events, no_event = archive_training(store)
    finally:
        store.close()
    click.echo(f"archive: {events} corrected event(s), {no_event} marked as no event", err=True)
    return [archive_rows(text)]
