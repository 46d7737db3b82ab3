"""``ceasewatch analyze``: the whole pipeline in memory, no archive."""

from __future__ import annotations

import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ceasewatch.cli.app import gazetteer_option, kb_option, main
from ceasewatch.cli.train import model_option, review_options, reviewer

if TYPE_CHECKING:
    from ceasewatch.model import Analysis, Event


def demo_inputs() -> list[str]:
    """The built-in default data: the founding report shipped in ``ceasewatch/demo``."""
    folder = resources.files("ceasewatch") / "demo"
    return [str(folder)]


@main.command()
@click.argument("sources", nargs=-1)
@kb_option
@gazetteer_option
@model_option
@review_options
@click.option("--json", "as_json", is_flag=True, help="Print the full result as one JSON document.")
def analyze(
    sources: tuple[str, ...],
    kb_dirs: tuple[str, ...],
    gazetteer_files: tuple[str, ...],
    model_dir: Path | None,
    review_endpoint: str | None,
    review_model: str,
    as_json: bool,
) -> None:
    """Run the whole pipeline over files, folders or URLs (default: the built-in demo report).

    Prints articles, events, relations and agreement assessments. Inputs that cannot be read are
    reported on stderr and in ``failures``; exit code 1 when any failed.
    """
    # The pipeline (spaCy, the knowledge base) loads only when a command runs, never for --help.
    from ceasewatch.errors import ModelError
    from ceasewatch.pipeline import Resources
    from ceasewatch.pipeline import analyze as run_analysis

    res = Resources(
        kb_dirs=tuple(Path(d) for d in kb_dirs),
        gazetteer_files=tuple(Path(f) for f in gazetteer_files),
        model_dir=model_dir,
        reviewer=reviewer(review_endpoint, review_model),
    )
    try:
        _ = res.model  # a refused model folder is one error line before any work
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc
    result = run_analysis(list(sources) or demo_inputs(), res)
    for failure in result.failures:
        click.echo(f"error {failure.origin}: {failure.reason}", err=True)
    if as_json:
        click.echo(result.model_dump_json(indent=2))
    else:
        _summary(result)
    if result.failures:
        sys.exit(1)


def _learned(event: Event) -> str:
    """The model's part in the event's type, when a --model was given and it differs."""
    learned = event.learned
    if learned is None or learned.sub_event_type == learned.rule_sub_event_type:
        return ""
    if learned.chosen == "learned":
        return f"  [model {learned.score:.2f}; rules: {learned.rule_sub_event_type}]"
    return f"  [model says {learned.sub_event_type} at {learned.score:.2f}: rules kept]"


def _reviewed(event: Event) -> str:
    """The reviewer's opinion, when a --review-endpoint was given and it did not agree."""
    review = event.review
    if review is None or review.verdict == "agree":
        return ""
    if review.verdict == "failed":
        return f"  [review failed: {review.reason}]"
    suggested = f" -> {review.suggested_sub_event_type}" if review.suggested_sub_event_type else ""
    return f"  [reviewer: {review.verdict}{suggested}]"


def _summary(result: Analysis) -> None:
    for article in result.articles:
        click.echo(
            f"{article.id}  {article.published or '?'}  {article.source or '?'}  {article.title}"
        )
    click.echo(
        f"{len(result.articles)} article(s), {len(result.events)} event(s), "
        f"{len(result.relations)} relation(s), {len(result.failures)} failure(s)"
    )
    click.echo("\nEvents")
    for event in result.events:
        place = event.location.name if event.location else "?"
        actor1 = event.actor1.name if event.actor1 else "?"
        actor2 = event.actor2.name if event.actor2 else "-"
        toll = f"  fatalities {event.fatalities}" if event.fatalities is not None else ""
        source = f"  (claimed by {event.claimed_by})" if event.claimed_by else ""
        click.echo(
            f"  {event.event_date}  {event.sub_event_type:<34} {place:<22} "
            f"{actor1} vs {actor2}{toll}{source}{_learned(event)}{_reviewed(event)}"
        )
    click.echo("\nRelations")
    for relation in result.relations:
        target = relation.target.name if relation.target else "-"
        click.echo(f"  {relation.type:<12} {relation.source.name} -> {target}: {relation.what}")
    click.echo("\nAgreements (verdicts other than outside-scope)")
    for assessment in result.agreements:
        counts = Counter(v.verdict for v in assessment.verdicts if v.verdict != "outside-scope")
        if not counts and not assessment.claims:
            continue
        tally = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
        click.echo(
            f"  {assessment.name}: {assessment.status} on {assessment.status_date} ({tally})"
        )
        if assessment.basis is not None:
            from ceasewatch.assess.status import describe_basis

            click.echo(f"    {describe_basis(assessment.basis)}")
        for claim in assessment.claims:
            click.echo(f"    claim by {claim.claimed_by}: {claim.status or claim.text[:60]}")
