"""The whole pipeline, in order, in memory.

1. ingest   acquire raw bytes from files, URLs, feeds, JSONL, folders
2. clean    main text, widgets and captions out, metadata and dates in
3. extract  sentences -> coded events, relations, agreement mentions (with evidence spans)
4. resolve  actor names -> canonical knowledge-base actors, date-aware
5. geocode  place names -> coordinates, admin areas, precision and reason
6. assess   events x agreements -> verdicts and a status over time

Heavy resources (spaCy pipeline, knowledge base, gazetteer) are built once in ``Resources``
and passed to the stages, never loaded inside them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ceasewatch.assess import assess, candidates, load_agreements
from ceasewatch.clean import clean
from ceasewatch.errors import InputError
from ceasewatch.extract import STAGE, Extractor, extract, extract_many, load_extractor
from ceasewatch.extract.merging import told_twice, told_twice_keeping_largest
from ceasewatch.extract.sheetrows import with_row_cells
from ceasewatch.geocode import Gazetteer, geocode, load_gazetteer
from ceasewatch.ingest import ingest, unexpected
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import (
    Agreement,
    Analysis,
    Article,
    Event,
    Extraction,
    IngestFailure,
    RawDocument,
)
from ceasewatch.resolve import crowd_by_type, frame_by_place, resolve
from ceasewatch.resolve.roles import ARMED_INTER
from ceasewatch.settings import setting

if TYPE_CHECKING:
    # scikit-learn takes a second to import: it loads only when a model is given.
    from ceasewatch.learn import LearnedModel
    from ceasewatch.learn.reader import Reader
    from ceasewatch.review import Reviewer

log = logging.getLogger(__name__)
# Articles whose events the default reader reads in one call (``_learned_many``): a call costs
# ~2.4 ms whatever its rows, an event's own reading ~0.1-3 ms (perf31, docs/PERFORMANCE.md).
LEARN_GROUP = 32


@dataclass
class Resources:
    """Everything heavy the stages need, built once on first use."""

    kb_dirs: tuple[Path, ...] = ()
    gazetteer_files: tuple[Path, ...] = ()
    # A model folder from `ceasewatch train`: its classifier types events after the rules, its
    # actors and places are added to the knowledge base and the gazetteer.
    model_dir: Path | None = None
    # An LLM endpoint (`--review-endpoint`) whose review of each event is recorded beside it.
    reviewer: Reviewer | None = None
    # The default reader (``learn.reader``) types events after the rules when no model folder
    # is given and setting learn.default_reader is 1 (the default since session 30: reader30).
    use_reader: bool = field(default_factory=lambda: setting("learn.default_reader") >= 1)
    _model: LearnedModel | None = field(default=None, repr=False)
    _reader: Reader | None = field(default=None, repr=False)
    _reader_state: str | None = field(default=None, repr=False)
    # the fallback's reader (``learn.fallback``): learnt the corpus's non-events too
    _quiet_reader: Reader | None = field(default=None, repr=False)
    _quiet_state: str | None = field(default=None, repr=False)
    _actors: ActorKB | None = field(default=None, repr=False)
    _extractor: Extractor | None = field(default=None, repr=False)
    _gazetteer: Gazetteer | None = field(default=None, repr=False)
    _agreements: list[Agreement] | None = field(default=None, repr=False)

    @property
    def model(self) -> LearnedModel | None:
        if self._model is None and self.model_dir is not None:
            from ceasewatch.learn import load_model

            self._model = load_model(self.model_dir)
        return self._model

    @property
    def reader(self) -> Reader | None:
        """The default reader, fitted (or read from the cache) on first use; None when it is
        off, a model folder was given, or it is unavailable (``reader_state`` says why)."""
        if self._reader_state is None:
            self._reader, self._reader_state = self._load_reader()
            if self._reader is None and self.use_reader and self.model_dir is None:
                log.warning(
                    "default reader unavailable, the rules' types stand: %s", self._reader_state
                )
        return self._reader

    @property
    def reader_state(self) -> str:
        """ "default-reader@<key>" when the reader runs, else "off: <why>" (recorded with each
        extraction's versions)."""
        _ = self.reader
        return self._reader_state or ""

    @property
    def quiet_reader(self) -> Reader | None:
        """The recall fallback's reader (recipe ``reader.v2-mask-bal-nonev``), fitted or read
        from the cache on first use; None unless the default reader runs and setting
        learn.reader_fallback is 1, or when it is unavailable."""
        if self._quiet_state is None:
            self._quiet_state = "off"
            if self.reader is not None and setting("learn.reader_fallback") >= 1:
                from ceasewatch.learn.reader import RECIPES, Reader, load_reader

                found = load_reader(recipe=RECIPES["reader.v2-mask-bal-nonev"])
                if isinstance(found, Reader):
                    self._quiet_reader, self._quiet_state = found, found.name
                else:
                    log.warning("the reader's fallback is unavailable: %s", found.reason)
        return self._quiet_reader

    @property
    def quiet_state(self) -> str:
        """The fallback's reader and limits when it runs, else "off"."""
        if self.quiet_reader is None:
            return "off"
        return (
            f"{self._quiet_state}<{setting('learn.reader_fallback_max_no_event'):g}"
            f"@{setting('learn.reader_fallback_max_chars'):g}"
        )

    def _load_reader(self) -> tuple[Reader | None, str]:
        if self.model_dir is not None:
            return None, "off: a --model folder types the events"
        if not self.use_reader:
            return None, "off: setting learn.default_reader is 0"
        try:
            from ceasewatch.learn.reader import Unavailable, load_reader

            found = load_reader()
        except Exception as exc:  # scikit-learn missing or broken: the rules stand
            return None, f"off: the reader could not be loaded ({type(exc).__name__}: {exc})"
        if isinstance(found, Unavailable):
            return None, f"off: {found.reason}"
        return found, found.name

    @property
    def all_kb_dirs(self) -> tuple[Path, ...]:
        """The --kb folders, then the model's actor layer."""
        model = self.model
        layer = model.kb_dir if model is not None else None
        return (*self.kb_dirs, *([layer] if layer is not None else []))

    @property
    def all_gazetteer_files(self) -> tuple[Path, ...]:
        model = self.model
        layer = model.gazetteer_file if model is not None else None
        return (*self.gazetteer_files, *([layer] if layer is not None else []))

    @property
    def actors(self) -> ActorKB:
        if self._actors is None:
            self._actors = load_actors(self.all_kb_dirs)
        return self._actors

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = load_extractor(self.actors)
        return self._extractor

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(self.all_gazetteer_files)
        return self._gazetteer

    @property
    def agreements(self) -> list[Agreement]:
        if self._agreements is None:
            self._agreements = load_agreements(self.actors, self.all_kb_dirs)
        return self._agreements


def read(sources: Iterable[str]) -> Iterator[tuple[RawDocument | None, Article | IngestFailure]]:
    """Stages 1-2: ingest and clean, item by item, with the raw input beside its result.
    A bad item becomes an ``IngestFailure`` naming the input and the reason; the batch goes on."""
    for item in ingest(sources):
        if isinstance(item, IngestFailure):
            yield None, item
            continue
        try:
            yield item, clean(item)
        except InputError as exc:
            yield item, IngestFailure(origin=exc.origin, reason=exc.reason, at=item.fetched_at)
        except Exception as exc:  # an input no rule foresaw fails alone; the batch goes on
            yield item, unexpected(item.origin, exc, "cleaned")


def read_articles(
    sources: Iterable[str],
    *,
    on_item: Callable[[Article | IngestFailure], None] | None = None,
) -> tuple[list[Article], list[IngestFailure]]:
    """Stages 1-2 into memory: the articles and the failures."""
    articles: list[Article] = []
    failures: list[IngestFailure] = []
    for _raw, result in read(sources):
        if isinstance(result, Article):
            articles.append(result)
        else:
            failures.append(result)
        if on_item is not None:
            on_item(result)
    return articles, failures


def analyze_articles(articles: Sequence[Article], resources: Resources) -> Analysis:
    """Stages 3-6 over cleaned articles, through the one loop (``ceasewatch.batch``): an
    article the stages crash on is a failure naming it, and the others go on."""
    from ceasewatch.batch.loop import run_batches

    outcomes = list(run_batches(articles, resources))
    extractions = [o.extraction for o in outcomes]
    crashed = tuple(
        IngestFailure(origin=o.article.origin, reason=f"extraction failed: {o.error}", at=_now())
        for o in outcomes
        if o.error is not None
    )
    events = [e for x in extractions for e in x.events]
    mentions = [m for x in extractions for m in x.agreement_mentions]
    assessments = assess(
        events, mentions, resources.agreements, resources.actors, articles=articles
    )
    found = candidates(mentions, resources.agreements, articles=articles, events=events)
    # assess returns every mention linked to the known agreement it describes; the others
    # stay as extracted, and the named ones are candidates for review.
    linked = {(m.article_id, m.text) for a in assessments for m in a.mentions}
    return Analysis(
        articles=tuple(articles),
        events=tuple(events),
        relations=tuple(r for x in extractions for r in x.relations),
        agreements=tuple(assessments),
        agreement_mentions=(
            *(m for a in assessments for m in a.mentions),
            *(m for m in mentions if (m.article_id, m.text) not in linked),
        ),
        agreement_candidates=tuple(found),
        failures=crashed,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def too_long(article: Article) -> Extraction | None:
    """The refusal of an article longer than ``extract.max_article_chars``, else None.

    Its parsed pieces would all be held at once (memory grows with the text), so a text
    longer than any report is archived but not extracted, and the record says why."""
    cap = int(setting("extract.max_article_chars"))
    if len(article.text) <= cap:
        return None
    reason = (
        f"too long to extract: {len(article.text)} characters, the cap is {cap} "
        "(setting extract.max_article_chars)"
    )
    return Extraction(article_id=article.id, skipped=reason, stage=STAGE)


def process_many(articles: Sequence[Article], resources: Resources) -> Iterator[Extraction]:
    """Stages 3-5 over many articles; spaCy parses them in batches (faster than one by one).
    Results come in no promised order (pair them by ``article_id``); an article over the size
    cap gets its refusal."""
    by_id = {a.id: a for a in articles}
    fitting = []
    for article in articles:
        refused = too_long(article)
        if refused is not None:
            yield refused
        else:
            fitting.append(article)
    if not fitting:  # never build the extractor for nothing
        return
    placed: list[tuple[Extraction, Article]] = []
    for extraction in extract_many(fitting, resources.extractor):
        article = by_id[extraction.article_id]
        extraction = resolve(extraction, article, resources.actors)
        placed.append((_placed(extraction, article, resources), article))
        if len(placed) >= LEARN_GROUP:
            yield from _learned_many(placed, resources)
            placed = []
    yield from _learned_many(placed, resources)


def process_article(article: Article, resources: Resources) -> Extraction:
    """Stages 3-5 for one article (over the size cap: its refusal)."""
    refused = too_long(article)
    if refused is not None:
        return refused
    extraction = extract(article, resources.extractor)
    extraction = resolve(extraction, article, resources.actors)
    return _learned(_placed(extraction, article, resources), article, resources)


def _placed(extraction: Extraction, article: Article, resources: Resources) -> Extraction:
    """Stage 5, then the actors ACLED frames by the event's country read by its place
    (``resolve.frame_by_place``: "Protesters (X)" is the country of the rally, not of the
    forces the report names most)."""
    placed = frame_by_place(
        geocode(extraction, article, resources.gazetteer, resources.actors), resources.actors
    )
    # an event told twice, seen only once its actors and places are known (extract.merging)
    once = told_twice(list(placed.events), resources.extractor.tables.lex.precedence)
    if len(once) == len(placed.events):
        once = list(placed.events)
    if article.rows:  # a log's rows merged again: their toll is still the desk's cell
        once = with_row_cells(once, article.rows)
    return (
        placed if once == list(placed.events) else placed.model_copy(update={"events": tuple(once)})
    )


def _learned(extraction: Extraction, article: Article, resources: Resources) -> Extraction:
    """``_learned_many`` for one article."""
    return _learned_many([(extraction, article)], resources)[0]


def _learned_many(
    pairs: Sequence[tuple[Extraction, Article]], resources: Resources
) -> list[Extraction]:
    """The learned model's types over the events, when a model was given, else the default
    reader's (``learn.reader``, one call for the events of all ``pairs``); then the reviewer's
    opinion of each, when an endpoint was given (recorded, never applied)."""
    done = [extraction for extraction, _ in pairs]
    model = resources.model
    if model is not None:
        from ceasewatch.learn import apply_model

        done = [apply_model(x, article, model) for x, (_, article) in zip(done, pairs, strict=True)]
    elif any(x.events for x in done) and resources.reader is not None:
        from ceasewatch.learn.apply import apply_reader_many

        todo = [i for i, x in enumerate(done) if x.events]
        read = apply_reader_many([(done[i], pairs[i][1]) for i in todo], resources.reader)
        for i, extraction in zip(todo, read, strict=True):
            done[i] = extraction
    done = _unprompted(done, pairs, resources)
    done = _crowd_tagged(done, pairs, resources)
    # a demonstration the reader re-typed keeps ACLED's crowd as actor1 (resolve/crowds.py)
    done = [crowd_by_type(x, resources.actors) for x in done]
    done = [_told_twice_retyped(x, resources) for x in done]
    if resources.reviewer is not None:
        from ceasewatch.review import review_extraction

        reviewer = resources.reviewer
        done = [
            review_extraction(x, article, reviewer)
            for x, (_, article) in zip(done, pairs, strict=True)
        ]
    return done


def _told_twice_retyped(extraction: Extraction, resources: Resources) -> Extraction:
    """The events told twice once the reader has typed them
    (``extract.merging.told_twice_keeping_largest``: within a sentence as in session 47; across
    sentences the joined event keeps the largest toll one sentence gave, session 48). The reader
    reads one text per sentence, so two events of one sentence that the rules typed apart
    ("police in Hrodna detained five people ... volunteer units fighting on Ukraine's side": an
    arrest and a clash) often leave it with one type, at one place on one day: one event told
    twice, that the merge before the reader could not see; two sentences' events it typed alike
    are one event told twice as well."""
    if len(extraction.events) < 2:
        return extraction
    lex = resources.extractor.tables.lex
    once = told_twice_keeping_largest(list(extraction.events), lex.precedence)
    if len(once) == len(extraction.events):
        return extraction
    return extraction.model_copy(update={"events": tuple(once)})


def _unprompted(
    done: list[Extraction], pairs: Sequence[tuple[Extraction, Article]], resources: Resources
) -> list[Extraction]:
    """The default reader's recall fallback (``learn.fallback``): a note-like text the rules
    found no event in, that the reader is sure tells one, gets one event of the reader's type,
    read by extraction (``extract.unprompted``), resolved and geocoded; unless the guard
    refuses the type on its facts."""
    if setting("learn.reader_fallback") < 1:
        return done
    todo = [
        i
        for i, x in enumerate(done)
        if not x.events and x.skipped is None and _note_like(pairs[i][1])
    ]
    if not todo or resources.quiet_reader is None:
        return done
    from ceasewatch.learn import fallback

    reader = resources.quiet_reader
    sure = fallback.sure_types([pairs[i][1].text for i in todo], reader)
    done = list(done)
    for i, found in zip(todo, sure, strict=True):
        article = pairs[i][1]
        if found is None:
            continue
        sub, score, quiet = found
        one = _one_typed(done[i], article, resources, sub, fallback.why(sub, quiet))
        if one is None:
            continue
        events = (fallback.recorded(one.events[0], score, quiet, reader.name),)
        done[i] = one.model_copy(update={"events": events})
    return done


def _crowd_tagged(
    done: list[Extraction], pairs: Sequence[tuple[Extraction, Article]], resources: Resources
) -> list[Extraction]:
    """A note-like text still without an event (rules, then the reader's fallback) that
    carries ACLED's crowd-size tag tells a demonstration (``extract.unprompted.crowd_sized``,
    recall36): one Peaceful protest read by extraction, resolved and geocoded, unless the text
    tells no done act, no crowd's act (a state's, a festive crowd's: ``unprompted.no_crowd``,
    crowds37) or the guard refuses the type on its facts."""
    from ceasewatch.extract.unprompted import TAGGED_SUB, TAGGED_WHY, crowd_sized

    def doer(event: Event) -> bool:
        return _crowd_doer(event, resources.actors)

    out = list(done)
    for i, x in enumerate(done):
        article = pairs[i][1]
        if x.events or x.skipped is not None or not crowd_sized(article.text):
            continue
        if not _note_like(article):
            continue
        one = _one_typed(x, article, resources, TAGGED_SUB, TAGGED_WHY, doer, crowd=True)
        if one is not None:
            out[i] = one
    return out


def _one_typed(
    x: Extraction,
    article: Article,
    resources: Resources,
    sub: str,
    why: str,
    doer_ok: Callable[[Event], bool] | None = None,
    crowd: bool = False,
) -> Extraction | None:
    """``x`` with one event of ``sub`` read by extraction (``extract.unprompted.typed_event``),
    resolved and geocoded: the reader's fallback and the crowd-size tag both add their event
    so (``crowd``: the tag's, whose sentence must tell a crowd's act). None when the text
    tells no done act, ``doer_ok`` refuses the event's doer, placing
    leaves no event, or the guard refuses the type on the text's facts."""
    from ceasewatch.extract.unprompted import typed_event
    from ceasewatch.learn.guard import refusal

    event = typed_event(article, resources.extractor, sub, why, crowd)
    if event is None or (doer_ok is not None and not doer_ok(event)):
        return None
    one = x.model_copy(update={"events": (event,)})
    one = _placed(resolve(one, article, resources.actors), article, resources)
    if not one.events or refusal(one.events[0], sub, article.text, kept=False) is not None:
        return None
    return one


def _crowd_doer(event: Event, actors: ActorKB) -> bool:
    """The actor base does not know the act's doer as a state or armed actor ("the alliance
    swore in its leader"): a crowd-size tag on such a note is no demonstration the rules
    missed (recall36). A doer the parse names by no known actor noun ("taxi drivers parked
    their cabs", "cyclists rode along the ring road") is taken to be the crowd the tag counts:
    the tag is on every Protests and Riots event (108 of the 110 tagged dev notes of notes
    p-x were one), and no list of nouns says which unlisted words name people."""
    ref = event.actor1
    if ref is None:
        return True
    known = [actors.get(i) for i in (ref.id or "").split("|") if i]
    # a generic of type 8 is a source's label ("activists": pro-opposition sources), no force
    return not any(
        a is not None and a.inter in ARMED_INTER and not (a.generic and a.inter == 8) for a in known
    )


def _note_like(article: Article) -> bool:
    from ceasewatch.learn.fallback import note_like

    return note_like(article.text)


def analyze(sources: Iterable[str], resources: Resources | None = None) -> Analysis:
    """The whole pipeline over files, folders and URLs."""
    articles, failures = read_articles(sources)
    result = analyze_articles(articles, resources or Resources())
    return result.model_copy(update={"failures": (*failures, *result.failures)})
