"""The trends page's bars and number table, joined in Python (views/trends.py): the markup the
template wrote cell by cell, with every label escaped."""

from __future__ import annotations

import datetime as dt

from ceasewatch.serve.views.trends import Bar, Chart, Series, bars_markup, table_markup


def _chart() -> Chart:
    periods = [dt.date(2024, 1, 1), dt.date(2024, 2, 1)]
    series = [
        Series(label="<script>x</script>", counts=[3, 0], colour=0),
        Series(label="other (2)", counts=[1, 5], colour=1),
    ]
    bar = Bar(x=44.5, y=10.0, width=3.25, height=20.0, colour=1, title='Jan: "A & B" <b>3</b>')
    return Chart(
        key="actor", title="Actors", bin="month", periods=periods, series=series, bars=[bar],
        y_ticks=[], x_ticks=[],
    )  # fmt: skip


def test_bars_carry_their_geometry_and_an_escaped_title() -> None:
    html = str(bars_markup(_chart()))
    assert html == (
        '<rect class="c1" x="44.5" y="10.0" width="3.25" height="20.0">'
        "<title>Jan: &#34;A &amp; B&#34; &lt;b&gt;3&lt;/b&gt;</title></rect>"
    )


def test_the_table_has_a_row_per_period_and_a_cell_per_series() -> None:
    html = str(table_markup(_chart()))
    assert html == (
        '<tr><th scope="row">2024-01-01</th><td class="num">3</td><td class="num">1</td></tr>'
        '<tr><th scope="row">2024-02-01</th><td class="num">0</td><td class="num">5</td></tr>'
    )
