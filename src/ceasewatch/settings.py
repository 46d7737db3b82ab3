"""Every tunable of ceasewatch in one table: name, default, help, and how it was chosen.

A setting is read with ``setting(name)``; the environment variable ``CEASEWATCH_<NAME>`` (upper
case, dots as underscores) overrides the default. ``docs/SETTINGS.md`` is generated from this
table (``ceasewatch settings --markdown``) and a test fails when the two disagree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: float
    help: str

    @property
    def env(self) -> str:
        return "CEASEWATCH_" + self.name.upper().replace(".", "_")


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "ingest.max_file_bytes",
        20 * 1024 * 1024,
        "Largest file ingest reads. 20 MB is an order of magnitude above the longest real "
        "article; larger files are dumps or binaries, refused before being read into memory.",
    ),
    Setting(
        "ingest.min_feed_content_words",
        120,
        "A feed entry whose own content has fewer words is a teaser: its linked page is fetched "
        "instead. 120 words is longer than the teasers of the feeds we tried, shorter than any "
        "full report.",
    ),
    Setting(
        "net.timeout_seconds",
        30,
        "Timeout of every download. Slow news sites answer within seconds; a page that needs "
        "longer is more likely broken than slow.",
    ),
    Setting(
        "net.max_bytes",
        20 * 1024 * 1024,
        "Largest page or feed downloaded into memory (GeoNames dumps stream to disk instead).",
    ),
    Setting(
        "net.allow_private_addresses",
        0,
        "1 lets downloads reach loopback, private and link-local addresses (an intranet feed). "
        "Off by default: a feed or desk user names the URLs, and a link to 127.0.0.1 or to the "
        "LAN would pull data from inside the host's network into a public archive. Cloud "
        "metadata addresses stay refused either way.",
    ),
    Setting(
        "net.max_redirects",
        5,
        "Redirects followed per download, each new address checked before it is fetched. News "
        "sites need one or two (http to https, a canonical URL); more is a loop or a trap.",
    ),
    Setting(
        "store.syndication_containment",
        0.8,
        "Share of the shorter article's word 5-grams found in an archived one at or above which "
        "the two are copies of one story. Republications add or drop an intro and a credit line "
        "(containment stays above 0.9); distinct reports of the same event by different outlets "
        "share phrases but stay below 0.3.",
    ),
    Setting(
        "fuse.threshold",
        0.65,
        "Score at which two reports' events are fused into one event (ceasewatch.fuse). Date "
        "0.25 same day / 0.15 adjacent / 0 one report undated (0.15 when it names the weekday "
        "the other's date falls on and both tell one sub-type; then only with the one attack of"
        " its province giving its toll, on that weekday or the day after); place 0.35 same / "
        "0.25 nearby / 0.15 same district or a city's centre (geocode radius 5 km or more) / 0 "
        "same province or country only; type 0.25 same sub-type (0.4 a rare one: a suicide "
        "bomb, a chemical weapon) / 0.2 same type / 0 compatible (an Attack and an explosion, "
        "or an air strike and a shelling: 0.2 with the same toll on the same day, or a day "
        "apart when it reaches `fuse.vouch_toll`, else 0); "
        "resolved actors, by side (a state's branches are one; unidentified groups and "
        "observers not compared), 0.1 shared / -0.2 none shared; toll the same figure 0.2 (3-9)"
        " / 0.3 (10 or more, also when one report's toll is a precise figure of 10 or more the "
        "other gives as a claim, not a part such as '15 children') / 0.15 two figures of 20 or "
        "more within 2x (a revised count; 0.3 when both reach `fuse.massacre_toll` with one "
        "sub-type, or the later day's larger one does), neither when one report "
        "counts civilians and the other fighters or soldiers (other people's dead; a figure of "
        "'people' names a side only when the report gives it for one); figures over 4x apart "
        "(the larger 10 or more) are at odds inside a group, like other sides, unless a later "
        "report revises the toll of one attack (same day, place and sub-type, the smaller 3 or "
        "more). 0.65 takes the day, the place and the type; with only a province, the day, the "
        "sub-type and the toll. Calibrated on the phenomena of FA-KES outlets' reports of the "
        "same attacks (docs/QUALITY.md).",
    ),
    Setting(
        "fuse.auto",
        1,
        "1: `ceasewatch extract` and the desk's ingest jobs fuse what their run changed (the "
        "days the change feed names, as "
        "`ceasewatch fuse` does), so the events export carries current fused ids; 0: fusion "
        "runs only when asked. A run killed before fusing leaves the feed ahead of the fused "
        "groups, and the next extract (or fuse) catches up.",
    ),
    Setting(
        "fuse.max_days",
        1,
        "Days apart two reports' event dates may be and still be one event: a report filed the "
        "next morning dates a night attack a day later; two days apart is another event.",
    ),
    Setting(
        "fuse.max_km",
        15,
        "Kilometres apart two precisely placed reports may be and still be one event: outlets "
        "name a village, its district town or the nearest known place for the same strike "
        "(Syrian villages lie 3-10 km apart); further is another place.",
    ),
    Setting(
        "fuse.massacre_toll",
        50,
        "Dead at or above which two reports' figures within 2x of each other (a revised count) "
        "tie them as much as the same large figure (0.3 in `fuse.threshold`'s score, not 0.15): "
        "attacks that kill fifty or more are few in a province in a year, and their reports' "
        "figures differ as the dead are found (FA-KES: the Rashidin convoy bombing told with "
        "100, 112 and 126 dead; Khan Sheikhun's gas attack with 58 to 100). 0 turns it off.",
    ),
    Setting(
        "fuse.vouch_toll",
        20,
        "Dead at or above which the same figure, given by two reports a day apart, makes an "
        "Attack and an explosion, or an air strike and a shelling, one kind of event (0.2 in "
        "`fuse.threshold`'s score, as on the same day): an outlet repeating a monitor's count "
        "of a massacre the next day tells the attack its own way (FA-KES: the Tokhar strikes, "
        "160 dead, an 'Attack' in Amaq's report of the next day), while small figures repeat "
        "by chance (18 dead by a missile in Aleppo and by a barrel bomb 60 km away the next "
        "day). 0: the same day only.",
    ),
    Setting(
        "store.busy_timeout_seconds",
        30,
        "How long a write waits for another process holding the archive's write lock (an "
        "ingest beside an extract) before failing. Each article is written in its own short "
        "transaction, so even a busy writer frees the lock within a second; a lock held for "
        "30 s is a stuck process, not a busy one.",
    ),
    Setting(
        "extract.max_article_chars",
        100_000,
        "Longest article text extraction reads; a longer article stays archived but is not "
        "extracted, and its extraction record says why. spaCy parses long text in "
        "20,000-character pieces, but one article's pieces are all held at once and some "
        "rules compare every event of an article with every other: a 10 MB article took "
        "extract past 2 GB, and a 195,000-character one of repeated sentences took 12 minutes "
        "(357 MB). 100,000 characters is about 15,000 words, several times the longest news "
        "report we have seen; a longer text is a dump or a book.",
    ),
    Setting(
        "clean.min_words",
        5,
        "Fewer words than this after cleaning is a fragment (a caption, a teaser), not a report.",
    ),
    Setting(
        "clean.min_html_chars",
        200,
        "Below this many characters of main text, trafilatura found a shell (a menu, a cookie "
        "wall, an index page), not an article.",
    ),
    Setting(
        "clean.caption_similarity",
        60,
        "rapidfuzz token_set_ratio against the headline at or above which a headline-cased line "
        "is a caption repeating the headline (the seed's captions score 69; unrelated "
        "headline-cased body lines in our tests score about 40).",
    ),
    Setting(
        "assess.window_days",
        14,
        "Rolling window of the status. Two weeks spans a typical offensive's first phase "
        "(the seed's counter-offensive, the 2017-18 Abu al-Duhur campaign) without letting "
        "one incident a month keep an agreement 'strained' forever.",
    ),
    Setting(
        "assess.baseline_days",
        90,
        "Days before the agreement entered into force whose breaches-to-be give the "
        "baseline (the violence the agreement was meant to reduce). Three months smooths "
        "single battles.",
    ),
    Setting(
        "assess.fatality_weight",
        1,
        "Weight of log2(1 + fatalities) added to a breach's own weight of 1: 1 dead adds 1, "
        "15 dead add 4, 1000 dead add 10. Logarithmic, because tolls are claims that vary "
        "by outlet by an order of magnitude; an unknown toll adds nothing (never a guess).",
    ),
    Setting(
        "assess.joint_operation_weight",
        1,
        "Weight of a joint operation with an excluded group against a bound party, relative "
        "to a plain violation: the bound party attacks another bound party either way.",
    ),
    Setting(
        "assess.place_weight",
        0.5,
        "Added per distinct place beyond the first in the window: fighting on a wide front "
        "means more than one repeated incident.",
    ),
    Setting(
        "assess.party_weight",
        0.5,
        "Added per distinct bound actor beyond the two that any breach involves: more "
        "groups joining means the arrangement is failing for more of its parties.",
    ),
    Setting(
        "assess.strained_score",
        2,
        "Window score from which an agreement is 'strained': two breaches, or one that "
        "killed someone. One bare incident is noise every ceasefire absorbs.",
    ),
    Setting(
        "assess.collapsed_score",
        8,
        "Window score from which an agreement is 'collapsed', with 'collapsed_min_places': "
        "e.g. five breaches in three places with a dozen dead. A coordinated offensive, not "
        "a skirmish.",
    ),
    Setting(
        "assess.collapsed_min_places",
        3,
        "Distinct places a collapse needs: one very deadly incident strains an agreement, "
        "fighting at three places at once ends it.",
    ),
    Setting(
        "assess.strained_baseline_ratio",
        0.25,
        "With a baseline, 'strained' also needs a quarter of the pre-agreement level: a "
        "zone that was a battlefield before is not strained by what was routine there.",
    ),
    Setting(
        "assess.collapsed_baseline_ratio",
        0.75,
        "With a baseline, 'collapsed' also needs three quarters of the pre-agreement level: "
        "violence back at about what the agreement was meant to stop.",
    ),
    Setting(
        "assess.radius_precision_1_km",
        2,
        "Uncertainty radius of a geo_precision 1 point (the named town) when geocode gave "
        "none: a Syrian village and its fields.",
    ),
    Setting(
        "assess.radius_precision_2_km",
        10,
        "Uncertainty radius of a geo_precision 2 point ('near', 'outskirts of') when "
        "geocode gave none. A precision 3 point without a radius is always undetermined.",
    ),
    Setting(
        "assess.core_share_min",
        0.5,
        "Share of an event's uncertainty disk that must lie in the fully covered units when "
        "the rest lies in units a zone covers only in part (and none beyond): the line runs "
        "through those units, so the event is then more likely inside than not. Across a "
        "real edge (into ground certainly outside) any overlap makes the event "
        "undetermined.",
    ),
    Setting(
        "assess.date_slack_precision_2_days",
        3,
        "Days either side of a week-precision date (ACLED codes the middle of the week).",
    ),
    Setting(
        "assess.date_slack_precision_3_days",
        15,
        "Days either side of a month-precision date (ACLED codes the middle of the month).",
    ),
    Setting(
        "assess.not_assessable_share",
        0.5,
        "Share of a window's in-scope events with an undetermined verdict above which the "
        "status is 'not assessable' (unless the breaches already collapse the agreement): "
        "when most events could not be placed or attributed, the few judged ones cannot say "
        "whether it holds.",
    ),
    Setting(
        "learn.override_min_probability",
        0.6,
        "With `--model`, the learned sub-event type replaces the rules' type when the "
        "classifier gives it at least this probability and the two differ; below it the rules' "
        "type stays (both are recorded on the event). Over 25 types a probability of 0.6 means "
        "the model puts more weight on its type than on all others together; 1 keeps the rules "
        "always, 0 lets the model always win.",
    ),
    Setting(
        "learn.default_reader",
        1,
        "1 runs the default reader (a classifier fitted at first use on the bundled training "
        "corpus data/train, cached) after the rules when no `--model` is given; 0 keeps the "
        "rules' types alone. Either way the extraction's versions say whether it ran. On since "
        "session 30: fitted on the 1,554 training lines left after dropping every line that "
        "may tell an evaluation incident (scripts/train_overlap.py), it raised the test halves "
        "of the fresh notes writers (notesp type 0.709 -> 0.767, sub-event weighted F1 0.715 "
        "-> 0.794) and costs CASE 2021 about 0.004; it cannot see who acted (a state's "
        "retaking may become a takeover) (docs/quality/reader30.md, docs/QUALITY.md).",
    ),
    Setting(
        "learn.reader_min_probability",
        0.3,
        "The default reader's type replaces the rules' only when the reader gives it at least "
        "this probability (and the rules' type at most learn.reader_max_rule_probability). "
        "0.3 with 0.1 was the best pair for the masked, class-balanced reader (reader.v2) on "
        "the dev halves of notesd/e/n/o/p and world: type +0.01 to +0.03 on five, none lower; "
        "0.4 overruled too little, 0.3 with 0.2 lost on notese and world (docs/QUALITY.md, "
        "reader29).",
    ),
    Setting(
        "learn.reader_max_rule_probability",
        0.1,
        "The default reader overrules the rules only when it gives the rules' type at most this "
        "probability: it overrules a type its reading excludes, not one it merely ranks second. "
        "0.05 overruled too little on notesd, 0.2 and above changed right types on world.",
    ),
    Setting(
        "learn.reader_guard",
        1,
        "1 refuses a default reader's type that the event's own facts contradict, by ACLED's "
        "codebook (learn/data/guard.yaml): who acted (the inter codes of the actors the rules "
        "resolved: a rebel group does not regain territory, state forces do not overtake it, "
        "an armed group is not a mob) and the means (an air strike names aircraft or a drone). "
        "0 lets the reader's probabilities alone decide (docs/quality/reader31.md).",
    ),
    Setting(
        "learn.reader_fallback",
        1,
        "1 lets the default reader's fallback add one event to a note-like text the rules "
        "found none in, when a reader that learnt the training corpus's non-events is sure "
        "it tells one (learn/fallback.py); 0 adds none. On since session 32: on the dev "
        "halves it added 22 events to notes a-t (21 matched, 17 of the gold type) and none to "
        "a non-event of notes, world, world_reports or CASE 2021 (docs/quality/reader32.md).",
    ),
    Setting(
        "learn.reader_fallback_max_no_event",
        0.1,
        "The fallback speaks only when the reader's probability that the text tells no event "
        "is under this. Session 33, dev halves of notes a-u and world (1,880 items): of the "
        "note-like texts the rules found nothing in, 15 gold events and 1 of 182 non-events "
        "are under 0.1, 2 and 0 under 0.05, 23 and 6 under 0.15 (docs/quality/reader33.md; "
        "reader31.md measured 0.05 first).",
    ),
    Setting(
        "learn.reader_fallback_max_chars",
        400,
        "The fallback reads only texts this short (stripped): a coder's one-event note is "
        "110-230 characters (95% of notes a-t), a report's body 480 and more (95% of "
        "world_reports); the reader cannot say which of a report's events it read, nor where.",
    ),
    Setting(
        "assess.link_min_score",
        3,
        "Score a report's agreement mention needs to be linked to a known agreement: a name "
        "or alias match (3), or place (2) with kind (1), guarantors (1 each, up to 3).",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> float:
    """The current value of a setting: its environment override, else its default."""
    spec = _BY_NAME[name]
    raw = os.environ.get(spec.env)
    if raw is None:
        return spec.default
    try:
        return float(raw)
    except ValueError as exc:
        raise ValueError(f"{spec.env}={raw!r}: must be a number") from exc


def markdown() -> str:
    """The settings table as docs/SETTINGS.md holds it."""
    lines = [
        "# Settings",
        "",
        "Generated by `ceasewatch settings --markdown` from `src/ceasewatch/settings.py`; "
        "a test keeps the two in sync. Override any setting with its environment variable.",
        "",
        "| setting | default | environment | what and why |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        default = int(s.default) if float(s.default).is_integer() else s.default
        lines.append(f"| `{s.name}` | {default} | `{s.env}` | {s.help} |")
    return "\n".join(lines) + "\n"
