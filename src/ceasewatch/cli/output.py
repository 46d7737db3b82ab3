"""How commands print rows: a table for people, or JSON, CSV or plain lines for other programs.

Tables wrap long cells (``overflow="fold"``) instead of cutting them: an id or a date cut to
"de-..." at 80 columns is worse than a taller table. Light on purpose (click, rich, stdlib):
every command imports it, and ``--help`` must stay fast.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from ceasewatch.csvcell import csv_cell

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "csv", "plain")
LONGEST_WORD = 32  # table cells fold words longer than this


def format_option(default: str = "table", extra: Sequence[str] = ()) -> Callable[[F], F]:
    """``--format table|json|csv|plain`` (plus ``extra`` choices), with ``--json`` kept as the
    short spelling of ``--format json`` that earlier releases offered."""

    def decorate(func: F) -> F:
        func = click.option("--json", "as_json", is_flag=True, help="Same as --format json.")(func)
        return click.option(
            "--format", "fmt", type=click.Choice([*FORMATS, *extra]), default=default,
            show_default=True,
            help="table for reading; json, csv (with a header) or plain (tab-separated, no "
            "header) for other programs.",
        )(func)  # fmt: skip

    return decorate


def chosen(fmt: str, as_json: bool) -> str:
    return "json" if as_json else fmt


def new_table(*columns: str, title: str | None = None) -> Any:
    """A rich table whose cells wrap (folding words too long for the column) instead of being
    cut with an ellipsis."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=False)
    return table


def print_table(table: Any) -> None:
    from rich.console import Console

    Console(highlight=False).print(table)


def emit(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    fmt: str,
    records: Sequence[Any] | None = None,
) -> None:
    """Print ``rows`` under ``columns`` as ``fmt``. JSON prints ``records`` when given (the
    full objects), else one object per row keyed by column."""
    if fmt == "json":
        data = (
            records if records is not None else [dict(zip(columns, r, strict=True)) for r in rows]
        )
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_csv_cell(c) for c in r] for r in rows)
        click.echo(out.getvalue(), nl=False)
    elif fmt == "plain":
        for r in rows:
            click.echo("\t".join(_text(c).replace("\t", " ").replace("\n", " ") for c in r))
    else:
        from rich.markup import escape

        table = new_table(*columns)
        texts = [[_text(c) for c in r] for r in rows]
        for column, width in zip(table.columns, _widths(columns, texts), strict=True):
            column.width = width
        for r in texts:
            table.add_row(*(escape(c) for c in r))
        print_table(table)


def _widths(columns: Sequence[str], texts: Sequence[Sequence[str]]) -> list[int | None]:
    """Column widths for a table that must wrap: each column first gets its longest word (up to
    LONGEST_WORD), so that cells wrap between words rather than inside them (an id folded over
    five lines is unreadable), then the rest of the terminal in proportion to what each column
    still wants. None (rich's own layout) when everything fits."""
    from rich.console import Console

    room = Console().width - 3 * len(columns) - 1  # borders and one space of padding each side
    cells = [[c, *(r[i] for r in texts)] for i, c in enumerate(columns)]
    wanted = [max(len(line) for cell in col for line in cell.splitlines() or [""]) for col in cells]
    if sum(wanted) <= room:
        return [None] * len(columns)
    floor = [min(max(len(w) for cell in col for w in cell.split() or [""]), LONGEST_WORD)
             for col in cells]  # fmt: skip
    if sum(floor) >= room:  # not even the words fit: short columns whole, long ones folded
        return _fair_shares(floor, room)
    spare, extra = room - sum(floor), [w - f for w, f in zip(wanted, floor, strict=True)]
    return [f + e * spare // max(1, sum(extra)) for f, e in zip(floor, extra, strict=True)]


def _fair_shares(wanted: Sequence[int], room: int) -> list[int | None]:
    """Share ``room`` so that a column wanting less than an equal share gets all it wants and
    the rest is split evenly between the others (water filling)."""
    shares: list[int | None] = [None] * len(wanted)
    left, todo = room, sorted(range(len(wanted)), key=lambda i: wanted[i])
    while todo:
        i = todo.pop(0)
        shares[i] = max(1, min(wanted[i], left // (len(todo) + 1)))
        left -= shares[i] or 0
    return shares


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _csv_cell(value: object) -> str:
    """Numbers as they are (a negative longitude stays a number); text never as a formula."""
    if isinstance(value, int | float):
        return str(value)
    return csv_cell(_text(value))
