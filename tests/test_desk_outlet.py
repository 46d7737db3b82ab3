"""An article without an outlet name shows its address's host as the outlet (issue 13): on the
article page, the archive list, the event page and the events exports; the archive keeps what
was given (nothing is written back)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from ceasewatch.model import Event, Extraction
from ceasewatch.serve import create_app
from ceasewatch.serve.desk import outlet_host, with_outlet
from ceasewatch.store import open_store
from tests import serve_data

TEXT = "Shelling hit the town of Hays on 3 March, residents said."


def test_outlet_host_reads_the_address():
    art, _ = serve_data.article(TEXT, "t", dt.date(2020, 3, 4), "x")
    bare = art.model_copy(update={"source": None, "url": "https://www.Reuters.com/world/a-1"})
    assert outlet_host(bare) == "reuters.com" and with_outlet(bare).source == "reuters.com"
    assert with_outlet(art).source == "x"  # a given name wins
    assert outlet_host(bare.model_copy(update={"url": None})) is None  # origin "test:x"
    local = bare.model_copy(update={"url": None, "origin": "http://news.example.org:8080/p"})
    assert outlet_host(local) == "news.example.org"


def test_pages_and_exports_show_the_host(tmp_path):
    path = tmp_path / "a.db"
    serve_data.build(path)
    art, raw = serve_data.article(TEXT, "Shelling in Hays", dt.date(2020, 3, 4), "x")
    art = art.model_copy(update={"source": None, "url": "https://www.voanews.com/a/1.html"})
    store = open_store(path)
    store.add_article(art, raw)
    event = Event(
        id=f"{art.id}-e1", article_id=art.id, event_date=dt.date(2020, 3, 3), time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", actor1=None,
    )  # fmt: skip
    store.save_extraction(Extraction(article_id=art.id, events=(event,)))
    store.close()
    with serve_data.client(create_app(path)) as client:
        page = client.get(f"/articles/{art.id}").text
        assert "<dt>Outlet</dt><dd>voanews.com" in page
        assert "voanews.com" in client.get("/?date=2020-03-04").text
        assert client.get(f"/api/events/{event.id}").json()["article"]["source"] == "voanews.com"
        rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv").text)))
        assert {r["source"] for r in rows if r["event_id_cnty"] == event.id} == {"voanews.com"}
    store = open_store(path)
    try:
        assert store.article(art.id).source is None  # shown, not written back
    finally:
        store.close()
