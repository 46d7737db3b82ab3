"""Readable pages: tolls as a reader says them, no record dumps, names instead of ids."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ceasewatch.model import FatalityClaim, Loss, Span
from ceasewatch.serve import create_app
from ceasewatch.serve.views.highlight import claim_text, collect_marks, loss_text
from tests import serve_data


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path_factory.mktemp("defects") / "archive.db"
    ids = serve_data.build(path)
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        yield client, ids


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (FatalityClaim(count=15, qualifier="at least", victims="soldiers"), "at least 15 soldiers"),
        (FatalityClaim(count=4, qualifier="exact", victims="civilians"), "4 civilians"),
        (FatalityClaim(count=20, qualifier="about"), "about 20 killed"),
        (FatalityClaim(count=None, qualifier="vague", victims="fighters"), "some fighters"),
        (FatalityClaim(count=2, claimed_by="SOHR"), "2 killed, claimed by SOHR"),
    ],
)
def test_a_toll_reads_as_a_reader_says_it(claim, text):
    assert claim_text(claim) == text


def test_losses_never_leak_the_record():
    loss = Loss(item="BMP", count=2, owner="Syrian army", span=Span(start=0, end=3, text="BMP"))
    assert loss_text(loss) == "2 BMP destroyed (Syrian army)"
    clash, _ = serve_data.events_a(serve_data.article(serve_data.TEXT_A, "t", None, "s")[0])
    tagged = clash.model_copy(
        update={"evidence": (Span(start=0, end=6, text="Houthi", field="losses"),
                             Span(start=0, end=6, text="Houthi", field="fatality_claims"))}
    )  # fmt: skip
    labels = " ".join(m.label for m in collect_marks([tagged], [], []))
    assert "Span(" not in labels and "item=" not in labels
    assert "1 tank destroyed" in labels and "at least 3 soldiers" in labels


def test_event_page_reads_the_toll_and_names_the_agreement(desk):
    client, ids = desk
    page = client.get(f"/events/{ids['clash']}").text
    assert "at least 3 soldiers, claimed by local sources" in page
    assert "3 at least" not in page
    assert ">Hodeidah ceasefire: violation</a>" in page  # the badge names its agreement
    assert "Span(" not in page


def test_badges_fold_outside_scope_and_name_agreements_in_tables(desk):
    client, _ = desk
    page = client.get("/events").text
    assert "Hodeidah ceasefire: violation" in page
    assert "1 outside scope" in page


def test_agreement_page_lists_parties_by_name(desk):
    client, _ = desk
    page = client.get(f"/agreements/{serve_data.AGREEMENT}").text
    assert '<a href="/actors/ye-army">Military Forces of Yemen</a>' in page
    assert '<a href="/actors/ye-houthis">Ansar Allah</a>' in page


def test_actors_page_counts_events_and_lists_unresolved(desk):
    client, _ = desk
    view = client.get("/api/actors").json()
    counts = {a["id"]: a["events"] for a in view["actors"]}
    assert counts == {"ye-houthis": 1, "ye-army": 1, "ye-believing-youth": 0, "ir-govt": 0}
    page = client.get("/actors").text
    assert 'class="actor-grid"' in page and "two-col" not in page
    assert "1 event</a>" in page
    assert [u["name"] for u in view["unresolved"]] == ["Unknown gunmen"]


def test_evidence_names_actors_without_ids_in_brackets(desk):
    client, ids = desk
    page = client.get(f"/events/{ids['clash']}").text
    table = page.split("<h2>Evidence</h2>", 1)[1]
    assert "[ye-houthis" not in table and "[unresolved" not in table
    assert "actor1: Ansar Allah</a>" in table  # the name; the id only as the link
    assert 'href="/actors/ye-houthis" title="ye-houthis"' in table


def test_an_actor_label_reads_the_knowledge_base_name():
    clash, attack = serve_data.events_a(serve_data.article(serve_data.TEXT_A, "t", None, "s")[0])
    read = clash.actor1.model_copy(update={"name": "Houthi fighters"})
    marks = collect_marks([clash.model_copy(update={"actor1": read}), attack], [], [],
                          {"ye-houthis": "Ansar Allah"})  # fmt: skip
    labels = {m.label.split(": ", 1)[1] for m in marks if m.field == "actor1"}
    assert labels == {"Houthi fighters (Ansar Allah)", "Unknown gunmen (unresolved)"}
