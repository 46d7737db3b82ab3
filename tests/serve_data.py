"""A small hand-built archive for the desk tests: a fictional pair of reports about fighting
around Hodeidah (Yemen) under the December 2018 ceasefire, coded by hand with exact offsets.
Written for the tests, not news: the desk must work on any conflict, not only the seed's."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import (
    Actor,
    ActorRef,
    Agreement,
    AgreementClaim,
    AgreementMention,
    Article,
    Assessment,
    Designation,
    Event,
    Extraction,
    FatalityClaim,
    Location,
    Loss,
    PartyRule,
    RawDocument,
    Relation,
    Renaming,
    Span,
    StatusPoint,
    Verdict,
    ZoneVersion,
)
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store

WIKI = "https://en.wikipedia.org/wiki/"
TEXT_A = (
    "Houthi fighters clashed with government forces in Hodeidah on 4 January, local sources "
    "said, claiming that at least 3 soldiers were killed and a tank was destroyed.\n\n"
    "Unknown gunmen also attacked a checkpoint in Hays.\n\n"
    "Iran sends drones to the Houthis, officials said. The ceasefire has collapsed, "
    "one commander claimed."
)
TEXT_B = "Report <script>alert('x')</script> of shelling near Zabid on 19 January, said the wire."
ZONE = {
    "type": "Polygon",
    "coordinates": [[[42.8, 14.6], [43.2, 14.6], [43.2, 15.0], [42.8, 15.0], [42.8, 14.6]]],
}
AGREEMENT = "hodeidah-ceasefire"


def span(text: str, words: str, field: str | None = None, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start=start, end=start + len(words), text=words, field=field)


def actors() -> ActorKB:
    return ActorKB(
        [
            Actor(
                id="ye-houthis", name="Ansar Allah", aliases=("Houthis", "Houthi movement"),
                type="rebel group", inter=2, country="YE", side="houthi",
                renamings=(), sources=(WIKI + "Houthis",),
                designations=(
                    Designation(authority="US", start=dt.date(2021, 1, 19), end=dt.date(2021, 2, 16)),
                ),
            ),
            Actor(
                id="ye-believing-youth", name="Believing Youth", type="rebel group", inter=2,
                renamings=(Renaming(successor="ye-houthis", date=dt.date(2004, 6, 1)),),
                sources=(WIKI + "Houthis",),
            ),
            Actor(
                id="ye-army", name="Military Forces of Yemen", aliases=("government forces",),
                type="state forces", inter=1, country="YE", side="government",
                sources=(WIKI + "Yemeni_Armed_Forces",),
            ),
            Actor(
                id="ir-govt", name="Government of Iran", aliases=("Iran",), type="state forces",
                inter=1, country="IR", sources=(WIKI + "Iran",),
            ),
        ]
    )  # fmt: skip


def agreement() -> Agreement:
    return Agreement(
        id=AGREEMENT,
        name="Hodeidah ceasefire",
        kind="ceasefire",
        parties=(PartyRule(actors=("ye-army",)), PartyRule(actors=("ye-houthis",))),
        zones=(ZoneVersion(valid_from=dt.date(2018, 12, 18), geometry=ZONE),),
        valid_from=dt.date(2018, 12, 18),
        sources=(WIKI + "Stockholm_Agreement",),
    )


def resources() -> Resources:
    return Resources(_actors=actors(), _agreements=[agreement()])


def article(text: str, title: str, day: dt.date, source: str) -> tuple[Article, RawDocument]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        id=digest[:16], origin=f"test:{source}", title=title, published=day, source=source,
        word_count=len(text.split()), text=text, content_hash=digest, raw_hash=digest,
    )  # fmt: skip
    raw = RawDocument(
        origin=art.origin, data=text.encode(), media_type="text/plain",
        fetched_at=dt.datetime(2019, 1, 21, tzinfo=dt.UTC),
    )  # fmt: skip
    return art, raw


def ref(text: str, words: str, actor_id: str | None, name: str, field: str) -> ActorRef:
    return ActorRef(name=name, surface=words, id=actor_id, span=span(text, words, field))


def events_a(art: Article) -> tuple[Event, ...]:
    t = art.text
    clash = Event(
        id=f"{art.id}-e1", article_id=art.id, event_date=dt.date(2019, 1, 4), time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1=ref(t, "Houthi fighters", "ye-houthis", "Ansar Allah", "actor1"),
        actor2=ref(t, "government forces", "ye-army", "Military Forces of Yemen", "actor2"),
        location=Location(
            name="Hodeidah", latitude=14.7978, longitude=42.9545, geo_precision=1,
            span=span(t, "Hodeidah", "location"), reason="gazetteer: city",
        ),
        fatalities=3,
        fatality_claims=(
            FatalityClaim(count=3, qualifier="at least", victims="soldiers",
                          claimed_by="local sources", span=span(t, "at least 3 soldiers")),
        ),
        losses=(Loss(item="tank", span=span(t, "a tank was destroyed")),),
        claimed_by="local sources", hedged=True,
        evidence=(span(t, "clashed", "event_type"), span(t, "local sources", "claimed_by")),
    )  # fmt: skip
    attack = Event(
        id=f"{art.id}-e2", article_id=art.id, event_date=dt.date(2019, 1, 4), time_precision=1,
        disorder_type="Political violence", event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=ref(t, "Unknown gunmen", None, "Unknown gunmen", "actor1"),
        location=Location(
            name="Hays", latitude=13.93, longitude=43.48, geo_precision=1,
            span=span(t, "Hays", "location"), reason="gazetteer: town",
        ),
        # offsets that do not cover the words they quote: must be reported, not drawn
        evidence=(Span(start=2, end=9, text="attacked", field="event_type"),),
    )  # fmt: skip
    return clash, attack


def extraction_a(art: Article) -> Extraction:
    t = art.text
    relation = Relation(
        id=f"{art.id}-r1", article_id=art.id, type="supply",
        source=ref(t, "Iran", "ir-govt", "Government of Iran", "source"),
        target=ActorRef(name="Ansar Allah", id="ye-houthis", span=span(t, "Houthis", "target")),
        what="drones", evidence=(span(t, "sends drones", "what"),),
    )  # fmt: skip
    mention = AgreementMention(
        article_id=art.id, text="The ceasefire has collapsed, one commander claimed.",
        kind="ceasefire", status_claim="collapsed", claimed_by="one commander",
        linked_agreement=AGREEMENT, evidence=(span(t, "has collapsed", "status_claim"),),
    )  # fmt: skip
    return Extraction(
        article_id=art.id, events=events_a(art), relations=(relation,),
        agreement_mentions=(mention,),
    )  # fmt: skip


def extraction_b(art: Article) -> Extraction:
    shelling = Event(
        id=f"{art.id}-e1", article_id=art.id, event_date=dt.date(2019, 1, 19), time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", actor1=None,
        location=Location(name="Zabid", surface="Zabid", reason="not in the gazetteer",
                          span=span(art.text, "Zabid", "location")),
    )  # fmt: skip
    return Extraction(article_id=art.id, events=(shelling,))


def assessment(clash_id: str, attack_id: str) -> Assessment:
    return Assessment(
        id=AGREEMENT, name="Hodeidah ceasefire", status="strained",
        status_date=dt.date(2019, 1, 4),
        verdicts=(
            Verdict(event_id=clash_id, agreement_id=AGREEMENT, verdict="violation",
                    reason="party against party inside the zone while in force"),
            Verdict(event_id=attack_id, agreement_id=AGREEMENT, verdict="outside-scope",
                    reason="outside the zone"),
        ),
        timeline=(
            StatusPoint(date=dt.date(2018, 12, 18), status="holding", score=0.0,
                        reason="in force, no breach"),
            StatusPoint(date=dt.date(2019, 1, 4), status="strained", score=1.0,
                        reason="one breach", evidence=(clash_id, "gone-event")),
        ),
        claims=(AgreementClaim(text="The ceasefire has collapsed", claimed_by="one commander"),),
    )  # fmt: skip


def build(path: Path) -> dict[str, str]:
    """Fill an archive at ``path``; returns the ids the tests look up."""
    store = open_store(path)
    art_a, raw_a = article(TEXT_A, "Clashes in Hodeidah", dt.date(2019, 1, 5), "Test Wire")
    art_b, raw_b = article(
        TEXT_B, "Shelling <script>alert('t')</script>", dt.date(2019, 1, 20), "Other Desk"
    )
    store.add_article(art_a, raw_a)
    store.add_article(art_b, raw_b)
    store.save_extraction(extraction_a(art_a))
    store.save_extraction(extraction_b(art_b))
    clash, attack = f"{art_a.id}-e1", f"{art_a.id}-e2"
    store.save_assessments([assessment(clash, attack)])
    store.close()
    return {
        "a": art_a.id, "b": art_b.id, "clash": clash, "attack": attack,
        "shelling": f"{art_b.id}-e1",
    }  # fmt: skip


def client(app: Any, **kw: Any) -> Any:
    """A test client calling the desk by a trusted host name (TestClient's default
    "testserver" is refused, as any name outside the trusted list is)."""
    from fastapi.testclient import TestClient

    return TestClient(app, base_url="http://127.0.0.1", **kw)


def desk(tmp_path_factory: Any, token: str) -> Iterator[tuple[Any, dict[str, str]]]:
    """A desk over a fresh archive built by ``build``, writable with ``token``: (test client,
    the ids ``build`` returns). For module fixtures: ``yield from serve_data.desk(...)``."""
    from ceasewatch.serve import create_app

    path = tmp_path_factory.mktemp("desk") / "archive.db"
    found = build(path)
    app = create_app(path, token=token, resources=resources())
    with client(app) as opened:
        yield opened, found
