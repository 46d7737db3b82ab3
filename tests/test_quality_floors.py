"""Quality gate: the evaluation scores may only go up.

Runs ``ceasewatch.evaluate.evaluate`` on every shared evaluation set, whole (split "all": both
the dev and the test half, docs/EVALUATION.md), and fails when a score falls below its pinned
floor. Floors are the values measured on the full sets at a clean commit (docs/QUALITY.md),
minus ``MARGIN`` so that an unrelated change that moves a borderline item or two does not fail
CI. When quality improves, update ``MEASURED`` to the new values (the floors follow); never
lower them.

The evaluation data must be present ($CEASEWATCH_EVAL_DATA or ../shared/data/eval): a missing
folder is an error here, never a skip, so the gate cannot pass by scoring nothing. The data
files' hashes are pinned too: a changed gold would change what the floors mean.

Speed: every set is read (ingest and clean) and run through the pipeline once per session
(``results``, session-scoped, with the session's one ``Resources``), and every test reads that
report; the split check reuses the loaded items (``load`` is cached per folder). The module is
marked ``slow``: ``pytest -m "not slow"`` leaves it out while working; ``make test`` runs it.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import pytest

from ceasewatch.evaluate import SetReport, evaluate, find_data_dir, split_of
from ceasewatch.evaluate.reports import REPORTS_DIR, load_reports
from ceasewatch.evaluate.world import NOTES_DIR, NOTES_NAME, find_world, load_folder
from ceasewatch.pipeline import Resources

pytestmark = pytest.mark.slow

# Items per set in the gate (None: the whole set).
LIMITS: dict[str, int | None] = {
    "fakes": None,
    "case2021": None,
    "cameo_ner": None,
    "re3d": None,
    "seed_places": None,
    "world": None,
    "world_heldout": None,
    "world_notes": None,
    "world_reports": None,
}
# Absolute margin under the measured value: two items in a hundred on the smaller scored
# denominators (re3d's ~110 matched actors), so that a change that flips a borderline item or
# two does not fail CI, while a real regression does.
MARGIN = 0.02

# (set, field) -> measured value on the full sets, split "all", 2026-11-27 at commits e3be5e0
# and 121f592 (identical values; clean checkouts; docs/QUALITY.md has the tables). The floor is
# this minus MARGIN.
# Since 704115a (2026-12-01) FA-KES and CASE 2021 items are fed as a user's JSONL lines through
# ingest and clean, and the FA-KES date is the product's own reading of the text instead of the
# harness's regex. Measured then: FA-KES date 0.673 (was 0.674), governorate 0.725 (0.726),
# perpetrator 0.504 (0.505), gold-not-unknown 0.375 (0.377), cause 0.587 (0.590), deaths 0.519
# (0.520), articles with an event 0.994 (0.996); CASE 2021 weighted F1 0.713 (0.714, at 6b6b917,
# the same feeding before the last dateline rule, which CASE snippets do not exercise). Every value
# is within MARGIN of the old one, so no floor was lowered; none was higher, so none was raised.
# Re-measured 2026-12-01 at f52bd53 (the session's integration: datelines, world gazetteer and
# actor base, non-event rules): every value is at or above its floor. Two rose by more than
# MARGIN and were raised: re3d coded actors resolved 0.796 -> 0.854 and matched places
# geocoded 0.615 -> 0.670 (the world actor base and gazetteer). The others moved by less than
# MARGIN (FA-KES governorate 0.733, cameo_ner S overlap 0.229, ...) and keep their values.
# Re-measured 2026-12-01 on branch wip/actors (ACLED's actors by event type, claimed and blamed
# perpetrators, the article's country from its geography), at 0ee2ce0 (the gate run itself,
# values read from its session results). Raised, each by more than MARGIN: FA-KES perpetrator
# class with gold not unknown 0.377 -> 0.399 (claims name the unnamed perpetrator; the class
# over all articles rose by less, 0.505 -> 0.512, and keeps its value); world event type
# 0.708 -> 0.757, sub-event weighted F1 0.640 -> 0.670, actor1 0.292 -> 0.503, fatalities
# 0.784 -> 0.805. The rest moved by less than MARGIN and keep their values.
# Re-measured 2026-12-01 on branch wip/actors at 9a4d8ee (actor1 from more of the sentence,
# takeovers, gangs): FA-KES perpetrator class 0.505 -> 0.531 and with gold not unknown
# 0.399 -> 0.426, raised; CASE 2021 weighted F1 0.714 (unchanged) and the other FA-KES rows
# moved by less than MARGIN (cause of death 0.587 -> 0.580, date 0.673 -> 0.667) and keep
# their values.
MEASURED: dict[tuple[str, str], float] = {
    # Session 7's merged tree (a28ad69): FA-KES perpetrator class 0.531 -> 0.567 and with gold
    # not unknown 0.426 -> 0.492 (continuation joins a follow-up's claim or actor to its event),
    # CASE 2021 25-label weighted F1 0.714 -> 0.732, re3d coded actors resolved 0.854 -> 0.867.
    # Session 8's merged tree (4337568, split all): FA-KES governorate 0.726 -> 0.751,
    # perpetrator 0.567 -> 0.575 (gold not unknown 0.492 -> 0.503), cause 0.590 -> 0.596,
    # deaths 0.520 -> 0.551; CASE 2021 25-label accuracy 0.704 -> 0.720, macro F1 0.691 -> 0.705,
    # weighted F1 0.732 -> 0.747, all 30 labels 0.566 -> 0.596 (wip/types4's trigger precedence
    # and non-events); re3d coded actors resolved 0.867 -> 0.874. FA-KES date (0.672) keeps 0.674.
    # Session 9's merged tree (integ9 at 7f87846, split all): FA-KES governorate 0.751 -> 0.757
    # (wip/notesa's bracketed parents, wip/fusion5's town aliases); CASE 2021 accuracy 0.720 ->
    # 0.733, weighted F1 0.747 -> 0.759, all 30 labels 0.596 -> 0.605 (wip/types5). FA-KES
    # perpetrator (0.572), cause (0.590), deaths (0.546) and re3d (0.873) fell by less than
    # MARGIN and keep their values.
    ("fakes", "articles with an event (rate)"): 0.996,
    ("fakes", "date within 2 days"): 0.679,
    # Session 11 (3d76351, 64858e9): governorate 0.757 -> 0.762; cameo_ner S+T 0.147 -> 0.154,
    # S 0.217 -> 0.221, T 0.075 -> 0.086, role-free 0.168 -> 0.178.
    # Session 12's merged tree (94080cf, split all): governorate 0.762 -> 0.764, perpetrator
    # 0.575 -> 0.580 (gold not unknown 0.503 -> 0.530: wip/actors8's claims), cause 0.596 ->
    # 0.597, deaths 0.551 -> 0.552; CASE 2021 accuracy 0.733 -> 0.738, macro F1 0.705 -> 0.721,
    # weighted F1 0.759 -> 0.762, all 30 labels 0.605 -> 0.608 (wip/events8); re3d matched places
    # geocoded 0.670 -> 0.941. Fell by less than MARGIN and keep their values: cameo_ner S+T
    # 0.150, S 0.214, role-free 0.175; re3d Organisation overlap 0.133, coded actors resolved
    # 0.864, Location overlap 0.214 (docs/QUALITY.md, session 12's merged tree).
    ("fakes", "governorate"): 0.791,
    ("fakes", "perpetrator class"): 0.627,
    ("fakes", "perpetrator class (gold not unknown)"): 0.586,
    ("fakes", "cause of death"): 0.631,
    # Session 14's integ6 (3523899): deaths 0.552 -> 0.572 (wip/tolls2: a headline's figure
    # and the body's same figure counted once; participles with their own subject are verbs).
    # Perpetrator 0.572 and cause 0.585 are within MARGIN and keep their values.
    ("fakes", "total deaths exact"): 0.582,
    ("case2021", "25 ACLED labels: accuracy"): 0.738,
    ("case2021", "25 ACLED labels: macro F1"): 0.721,
    ("case2021", "25 ACLED labels: weighted F1"): 0.762,
    ("case2021", "all 30 labels: weighted F1"): 0.608,
    ("cameo_ner", "S+T spans, overlap"): 0.174,
    ("cameo_ner", "S (source) overlap"): 0.246,
    ("cameo_ner", "T (target) overlap"): 0.100,
    ("cameo_ner", "actor detection, role-free overlap"): 0.190,
    ("re3d", "Organisation spans -> actors (overlap)"): 0.140,
    ("re3d", "all coded actors resolved to a KB id (rate)"): 0.913,
    ("re3d", "Location spans -> event places (overlap)"): 0.213,
    ("re3d", "matched places geocoded (rate)"): 0.970,
    ("seed_places", "resolved to the expected fixture entry"): 1.000,
    ("seed_places", "within 5 km of the fixture point"): 1.000,
    ("seed_places", "'Jaish al-Ahrar' not geocoded"): 1.000,
    # The world set (data/eval/world), measured at f52bd53 (2026-12-01, docs/QUALITY.md). Its
    # non-event row counts 42 reports: one report is 0.024, more than MARGIN.
    # Place and the events matched by date and place raised at 8059873 (wip/speed: the dateline
    # town and the event's sentence for placeless events, "X in Y"): 0.589 -> 0.714,
    # 0.423 -> 0.562, 0.486 -> 0.611 (split all; docs/QUALITY.md).
    # Actor1, event type, sub-event and fatalities raised by wip/actors (0ee2ce0); place, the
    # events and fatalities re-measured on the merged tree (cddfd17, split all).
    # Place and the events matched by date and place raised at 02e189f (wip/geo: datelines read
    # for their country, Congo by context, parents and near spellings abroad, the sentence's
    # town for country-level and unknown names): 0.730 -> 0.795, 0.566 -> 0.631, 0.627 -> 0.676
    # (split all, a clean checkout; docs/QUALITY.md). Fatalities (0.838) and actor1 (0.514)
    # moved by less than MARGIN and keep their values.
    # Event type, sub-event, actor1 and the non-event row raised by wip/actors at ce3e0d0
    # (2026-12-01, split all: 0.757 -> 0.805, 0.670 -> 0.740, 0.503 -> 0.600, 0.905 -> 0.952;
    # docs/QUALITY.md "Actors and extraction misses"). The rest moved by less than MARGIN.
    # The merged tree of session 4 (9620d64, geo + actors + the rest, split all): events matched
    # P 0.640 / R 0.692, place 0.816, actor1 0.616, fatalities 0.854 (docs/QUALITY.md top).
    # Event type and sub-event raised by wip/types at f345e4d (2026-12-02, split all: 0.805 ->
    # 0.832, 0.740 -> 0.793; docs/QUALITY.md "Event type and sub-event by phenomenon").
    # Events matched by date and place raised by wip/mainevent at aba266e (2026-12-02, split
    # all: P 0.640 -> 0.829, R 0.692 -> 0.811: dates that name their year read without a
    # publication date, framing places no longer events of their own). Event type (0.832),
    # sub-event (0.799) and place (0.822) moved by less than MARGIN and keep their values.
    # Raised on the merged tree of session 7 (a28ad69, 2026-12-02, split all): P 0.829 -> 0.839,
    # R 0.811 -> 0.843, type 0.832 -> 0.859, sub-event 0.793 -> 0.822, place 0.816 -> 0.854,
    # actor1 0.676 -> 0.768, fatalities 0.854 -> 0.886 (wip/types' wire wording and
    # retrospective years, wip/twosent's continuation, wip/actorskb's naming, wip/roles2's
    # pronouns). The world test half's actor and sub-event gold rows were seen once by a helper
    # this session (docs/QUALITY.md): world_heldout is the clean measure of actor naming.
    ("world", "events (matched by date and place) [precision]"): 0.910,
    ("world", "events (matched by date and place) [recall]"): 0.930,
    ("world", "event type"): 0.941,
    ("world", "sub-event: weighted F1"): 0.921,
    ("world", "place within 25 km or admin1"): 0.941,
    # actor1 raised by wip/actors at 3097e43 (2026-12-02, split all 0.616 -> 0.654: state
    # branches, takeover days, branches named through their parent, protests met by force;
    # docs/QUALITY.md "Actors, takeover days, branches"); event type 0.822 and sub-event 0.759
    # moved by less than MARGIN and keep their values.
    # actor1 raised on the merged tree of session 6 (5e0db4b, split all 0.654 -> 0.676:
    # wip/roles, clash sides and device victims from the parse, definite "the group" resolved
    # to the nearest named armed group).
    # Raised on the merged tree of session 8 (4337568, split all 0.768 -> 0.795; the test half is
    # not unseen for actor naming since session 7, see docs/QUALITY.md). Events P/R (0.833 /
    # 0.838) fell by less than MARGIN and keep their values.
    # Session 9's merged tree (7f87846, split all): event type 0.859 -> 0.870 and sub-event
    # 0.822 -> 0.843 (wip/types5, wip/notesb) are pinned; the rest is unchanged.
    # Session 11's merged tree (3d76351, 64858e9, split all): type 0.870 -> 0.881, sub-event
    # 0.843 -> 0.860, place 0.854 -> 0.859, actor1 0.795 -> 0.800, fatalities 0.886 -> 0.914
    # (wip/events7's tolls, wip/places7, wip/actors7, wip/notesfix8); P 0.834 is within MARGIN
    # of 0.839 and keeps its value.
    # Session 12's merged tree (94080cf, split all): type 0.881 -> 0.886, sub-event 0.860 ->
    # 0.867, actor1 0.800 -> 0.811 (wip/events8, wip/actors8); P 0.834 keeps 0.839.
    # Session 13's merged tree (integ3, split all): type 0.886 -> 0.892, place 0.859 -> 0.865,
    # actor1 0.811 -> 0.816 (wip/events10, wip/places9, wip/actors10).
    ("world", "actor1 found"): 0.849,
    ("world", "fatalities exact"): 0.951,
    ("world", "non-event reports with no event (precision)"): 0.976,
    # The fresh held-out world set (data/eval/world/heldout.jsonl, 153 reports, every one test:
    # nobody reads the pipeline's output per item), first pinned on the merged tree of session 5
    # (c142876, 2026-12-02; docs/QUALITY.md). Its non-event row counts 30 reports (one is 0.033).
    # Raised on the merged tree of session 6 (5e0db4b, 2026-12-02): events P 0.696 -> 0.810,
    # R 0.764 -> 0.829, event type 0.780 -> 0.797, sub-event 0.746 -> 0.761, actor1 0.577 ->
    # 0.602 (wip/mainevent's framing places and year-bearing dates, wip/roles' parse roles).
    # Raised on the merged tree of session 7 (a28ad69): R 0.829 -> 0.846, type 0.797 -> 0.821,
    # sub-event 0.761 -> 0.779, place 0.854 -> 0.870, actor1 0.602 -> 0.626, fatalities 0.813
    # -> 0.821.
    # Raised on the merged tree of session 8 (4337568, 2026-12-02, split all): P 0.812 -> 0.835,
    # R 0.846 -> 0.862, type 0.821 -> 0.829, sub-event 0.779 -> 0.788, actor1 0.626 -> 0.675
    # (wip/actors4's branches by country, wip/context4's dates). Place (0.862) and fatalities
    # (0.813) fell by less than MARGIN and keep their values.
    # Session 9's merged tree (7f87846): actor1 0.675 -> 0.683 (wip/actors5); the rest unchanged.
    # Session 11's merged tree (3d76351, 64858e9): fatalities 0.813 -> 0.870 (wip/events7's and
    # wip/notesfix8's tolls);
    # actor1 0.675 (wip/actors7's handover rule costs one item) is within MARGIN and keeps 0.683.
    # Session 12's merged tree (94080cf): P 0.835 -> 0.850, R 0.862 -> 0.878, type 0.829 ->
    # 0.846, sub-event 0.788 -> 0.801, place 0.870 -> 0.878, actor1 0.683 -> 0.707, fatalities
    # 0.870 -> 0.878, non-events 0.933 -> 0.967 (wip/events8, wip/actors8, wip/places8).
    # Session 13's merged tree (integ3): sub-event 0.801 -> 0.810 (wip/events10).
    # Session 14's merged tree (integ5): actor1 0.707 -> 0.715 (wip/actors11+12).
    ("world_heldout", "events (matched by date and place) [precision]"): 0.897,
    ("world_heldout", "events (matched by date and place) [recall]"): 0.919,
    ("world_heldout", "event type"): 0.927,
    ("world_heldout", "sub-event: weighted F1"): 0.890,
    ("world_heldout", "place within 25 km or admin1"): 0.919,
    ("world_heldout", "actor1 found"): 0.813,
    # Session 14's integ6 (3523899): fatalities 0.878 -> 0.894 (wip/tolls2).
    ("world_heldout", "fatalities exact"): 0.935,
    ("world_heldout", "non-event reports with no event (precision)"): 0.967,
    # The notes set (data/eval/world/notes/*.jsonl), first pinned on session 9's merged tree
    # (7f87846, 220 descriptions from 71 countries). Session 11 added notesc.jsonl (147 by a
    # fresh writer, 68 countries; wip/notes3): 367 reports, 30 non-events. On main's code
    # (3c36e98) the 367 scored P/R F1 0.825, type 0.822, sub-event 0.830, place 0.819, actor1
    # 0.593, fatalities 0.730, non-events 0.967; pinned here is session 11's merged tree
    # (3d76351, split all). A changed set, so new pins, not a lowered floor. Raised at 64858e9
    # (wip/notesfix8: tolls 'of them', admin1 country votes, new wordings): P 0.872 -> 0.884,
    # R 0.849 -> 0.878, type 0.825 -> 0.849, sub-event 0.831 -> 0.847, place 0.849 -> 0.878,
    # actor1 0.656 -> 0.700, fatalities 0.772 -> 0.840.
    # Session 12 added notesd.jsonl (183 by a fourth fresh writer, 67 countries; wip/notes4): 550
    # reports, 47 non-events. A changed set, so new pins, not a lowered floor: main's code
    # (src of 3129b71) on the 550, split all: P 0.877, R 0.881, type 0.833, sub-event 0.802,
    # place 0.881, actor1 0.620, fatalities 0.803, non-events 0.936 (notesd alone: type 0.801,
    # actor1 0.458). Raised on session 12's merged tree (94080cf, split all): P 0.894, R 0.905,
    # type 0.853, sub-event 0.816, place 0.905, actor1 0.680, fatalities 0.811, non-events
    # 0.979 (notesd alone, read by nobody: type 0.795, actor1 0.470: the tuning did not carry).
    # Session 13's merged tree (integ3, split all; notesd's dev half now read by the fixes,
    # its test half by nobody): P 0.894 -> 0.917, R 0.905 -> 0.928, type 0.853 -> 0.869,
    # sub-event 0.816 -> 0.838, place 0.905 -> 0.928, actor1 0.680 -> 0.720, fatalities 0.811 ->
    # 0.851. FA-KES (governorate 0.759, perpetrator 0.573, cause 0.583, deaths 0.546), CASE 2021
    # (accuracy 0.736, macro F1 0.717, all 30 labels 0.605), re3d Location overlap 0.216 and
    # cameo_ner S 0.214 fell by less than MARGIN and keep their values.
    # Session 13 added notese.jsonl (169 by a fifth fresh writer, 55 countries; wip/notes5): 719
    # reports, 62 non-events. A changed set, so new pins, not a lowered floor: integ3's code
    # (841f0ff, split all) on the 719: P 0.917 -> 0.915, R 0.928 -> 0.901, type 0.869 -> 0.811,
    # sub-event 0.838 -> 0.789, place 0.928 -> 0.901, actor1 0.720 -> 0.648, fatalities 0.851 ->
    # 0.804, non-events 0.979 -> 0.935 (notese alone, read by nobody before: type 0.623,
    # sub-event 0.612, place 0.812, actor1 0.416, fatalities 0.649, non-events 0.800).
    # Session 14's merged tree (integ5 at f70d3fe, split all; notese's dev half read by the
    # fixes, its test half by nobody): P 0.915 -> 0.922, R 0.901 -> 0.922, type 0.811 -> 0.837,
    # sub-event 0.789 -> 0.811, place 0.901 -> 0.922, actor1 0.648 -> 0.693, fatalities 0.804 ->
    # 0.817 (wip/events11, wip/actors11+12, wip/places10). world actor1 0.811 and sub-event
    # 0.866 fell by less than MARGIN and keep their values.
    # Session 14 added notesf.jsonl (169 by a sixth fresh writer, 67 countries; wip/notes6): 888
    # reports, 79 non-events. A changed set, so new pins, not a lowered floor: main's code
    # (09b663a, measured on wip/notes6 at efd2e1b, split all) on the 888: P 0.895, R 0.854,
    # type 0.784, sub-event 0.773, place 0.854, actor1 0.588, fatalities 0.768, non-events
    # 0.937 (notesf alone, read by nobody before the run: events F1 0.715, type 0.664,
    # sub-event 0.683, place 0.651, actor1 0.329, fatalities 0.612, non-events 0.941).
    # Raised on session 14's second merged tree (integ6 at 3523899, split all; notesf's dev
    # half read by wip/places11 and wip/events12, its test half by nobody): P 0.895 -> 0.909,
    # R 0.854 -> 0.889, type 0.784 -> 0.822, sub-event 0.773 -> 0.802, place 0.854 -> 0.889,
    # actor1 0.588 -> 0.642, fatalities 0.768 -> 0.855, non-events 0.937 -> 0.949.
    # Session 15 added notesg.jsonl (171 by a seventh fresh writer, 60 countries; wip/notes7):
    # 1059 reports, 95 non-events. A changed set, so new pins, not a lowered floor: main's code
    # (9809652, measured on wip/notes7 at 46cd07a, split all) on the 1059: P 0.909 -> 0.900,
    # R 0.889 -> 0.862, type 0.822 -> 0.801, sub-event 0.802 -> 0.790, place 0.889 -> 0.862,
    # actor1 0.642 -> 0.612, fatalities 0.855 -> 0.835, non-events 0.949 -> 0.947 (notesg alone,
    # read by nobody before the run: events F1 0.780, type 0.690, sub-event 0.708, place 0.723,
    # actor1 0.458, fatalities 0.729, non-events 0.938).
    # Raised on session 15's merged tree (integ7 at 584c23c, split all; notes gold 'Ansar
    # Allah' written 'Houthi Movement', 3 items): P 0.900 -> 0.906, R 0.862 -> 0.870, type
    # 0.801 -> 0.805, sub-event 0.790 -> 0.795, place 0.862 -> 0.870, actor1 0.612 -> 0.634,
    # fatalities 0.835 -> 0.848 (wip/actors13, events13, places12, tolls4). Also raised there:
    # world P/R 0.840/0.854, place 0.870, actor1 0.822; world_heldout type 0.854, sub-event
    # 0.818; FA-KES deaths 0.573; re3d Organisation overlap 0.144, places geocoded 0.943.
    # Within MARGIN, kept: FA-KES perpetrator 0.570, cause 0.585; re3d Location overlap 0.220.
    # Session 16 added notesh.jsonl (173 by an eighth fresh writer, 67 countries; wip/notes8):
    # 1232 reports, 111 non-events. A changed set, so new pins, not a lowered floor, measured
    # on session 16's merged tree (integ9, split all; notesh read by nobody): P 0.886, R 0.855,
    # type 0.815, sub-event 0.804, place 0.855, actor1 0.631, fatalities 0.867, non-events
    # 0.946 (main's code on the 1232: P 0.883, R 0.850, type 0.806, sub-event 0.794, place
    # 0.850, actor1 0.614, fatalities 0.849, non-events 0.946). Also raised there: FA-KES
    # governorate 0.766, deaths 0.580; world P 0.845; world_heldout P 0.871, actor1 0.724; re3d
    # Organisation overlap 0.145. Within MARGIN, kept: re3d Location overlap 0.231 -> 0.218 and
    # places geocoded 0.943 -> 0.933 (a place's container is no second event place: fewer
    # event places per sentence), CASE 2021 weighted F1 0.762 -> 0.758.
    # Session 17 added notesi.jsonl (179 by a ninth fresh writer, 71 countries; wip/notes9) and
    # reviewed the gold's vague tolls by ACLED's fixed figures (17 items; wip/tolls6): 1411
    # reports. A changed set, new pins measured on session 17's merged tree (integ11, split all;
    # notesi read by nobody): P 0.912, R 0.876, type 0.814, sub-event 0.804, place 0.876, actor1
    # 0.641, fatalities 0.854, non-events 0.945. Also raised there: FA-KES governorate 0.767,
    # perpetrator 0.581 (gold not unknown 0.534), cause 0.600, deaths 0.581; world fatalities
    # 0.919; world_heldout actor1 0.732. Within MARGIN, kept: CASE 2021 weighted F1 0.756 (a
    # taking now an arrest or abduction by its taker), cameo_ner S+T overlap 0.152.
    # Session 20's merged tree (integ14, split all): world_notes reset (notesk added: 1763 items),
    # world_reports reset (reportse and reportsf added: 240 articles); rises: world precision
    # 0.860 -> 0.870, type 0.892 -> 0.897, sub wF1 0.867 -> 0.871, non-events 0.952 -> 0.976;
    # heldout P/R 0.871/0.878 -> 0.879/0.886, place 0.878 -> 0.886; cameo_ner S+T 0.155 -> 0.159,
    # S 0.221 -> 0.225; re3d coded actors resolved 0.884 -> 0.890. Within MARGIN, kept: FA-KES
    # perpetrator 0.590 (0.592), CASE 2021 weighted F1 0.757 (main 0.755, floor 0.762).
    # Session 21's merged tree (integ15, split all): world_notes reset (notesl added: 1941
    # items), world_reports reset (reportsg added: 280 articles); rises: world recall 0.865 ->
    # 0.870, place 0.876 -> 0.881; FA-KES governorate 0.769 -> 0.770; re3d coded actors
    # resolved 0.890 -> 0.897. Within MARGIN, kept (main 7d19cee -> integ15): FA-KES cause of
    # death 0.606 -> 0.603, deaths 0.573 -> 0.572; CASE 2021 weighted F1 0.757 (unchanged;
    # floor from 0.762); cameo_ner S+T overlap 0.159 -> 0.157; heldout sub wF1 0.818 -> 0.817.
    # Session 22's merged tree (integ16b, split all): world_notes reset (notesm added: 2121
    # items), world_reports reset (reportsh added, saved web pages: 320 articles); rises: FA-KES
    # perpetrator 0.592 -> 0.597 (gold not unknown 0.545 -> 0.552); re3d organisation spans
    # 0.135 -> 0.136. Within MARGIN, kept: FA-KES articles with an event 0.996 -> 0.994,
    # CASE 2021, cameo_ner, re3d places as session 21.
    # Session 23's merged tree (integ23, split all): world_notes reset (notesn added: 2301
    # items), world_reports reset (reportsi, text copied out of PDFs, and reportsj, channel
    # posts, added: 400 articles); rises: FA-KES date 0.674 -> 0.678, perpetrator 0.597 ->
    # 0.598; heldout type 0.854 -> 0.862, sub-event 0.818 -> 0.825, actor1 0.740 -> 0.748.
    # Within MARGIN, kept: as session 22. Session 23's late merge (pdf23b, feeds23b: table rows'
    # places, toll updates in posts): world_reports P 0.564 -> 0.570, R 0.817 -> 0.818, type
    # 0.736 -> 0.740, sub-event 0.771 -> 0.774, actor1 0.558 -> 0.559, fatalities 0.653 -> 0.659;
    # every other set identical.
    # Session 24's merged tree (integ24, split all): world_reports reset (reportsk radio/TV
    # transcripts, reportsl e-mail digests, reportsm machine-translated press, reportsn
    # spreadsheet incident logs added: 550 records); rises: world events 0.870 -> 0.886 and
    # place 0.881 -> 0.897 (places24's supplement: dev half only), world_notes P/R 0.917/0.892 ->
    # 0.920/0.895, place 0.892 -> 0.895. FA-KES cause of death 0.606 -> 0.604, deaths 0.572 ->
    # 0.571 (one dev article, prec24); heldout, CASE, cameo_ner, re3d identical to main.
    # Session 25's merged tree (integ25, split all): world_reports reset (reportso human-rights
    # documentation and reportsp social-media threads and chat exports added: 622 records);
    # rises: world_notes actor1 0.699 -> 0.701 (actors25); world_notes precision 0.920 -> 0.919
    # (one notesn dev item, within the margin); heldout, world, CASE, cameo_ner, re3d identical.
    # Session 26's merged tree (integ26, split all): world_reports reset (reportsq security-desk
    # alerts and sitreps and reportsr Telegram JSON exports added: 694 records); FA-KES
    # perpetrator (gold not unknown) 0.552 -> 0.554 raised; within the margin, kept: world_notes
    # type 0.834 -> 0.832, sub-event 0.822 -> 0.820, FA-KES deaths 0.571 -> 0.570, CASE 2021 and
    # cameo_ner a snippet or two lower; world, world_heldout, seed_places identical.
    # Session 27's merged tree (integ27 69bd2c1, split all): world_reports reset (reportss official
    # statements and claims and reportst video subtitles added: 766 records); raised: FA-KES
    # perpetrator 0.600 -> 0.606, (gold not unknown) 0.554 -> 0.561, cause 0.606 -> 0.607;
    # world_heldout type 0.862 -> 0.878, sub-event 0.825 -> 0.843, actor1 0.748 -> 0.756;
    # world_notes type, sub-event, actor1 0.701 -> 0.707, fatalities; re3d a span. Within the
    # margin, kept: FA-KES deaths 0.570 -> 0.575 (below session 20's pin), CASE 2021 two snippets
    # lower; world, seed_places identical.
    # Session 28's merged tree (integ28, split all): world_notes reset (noteso and notesp, two fresh
    # coder-notes files, added: 2661 records); world_reports reset (reportsu live pages added: 802
    # records); raised: FA-KES governorate 0.770 -> 0.779, perpetrator 0.606 -> 0.607, cause; world
    # sub-event 0.871 -> 0.876; re3d three rates. Within the margin, kept: FA-KES perpetrator (gold
    # not unknown) 0.561 -> 0.554 (actors28's unwritten-bomber rule; the cause not found), deaths
    # 0.581 pin (0.576 measured); world_heldout, seed_places identical.
    ("world_notes", "events (matched by date and place) [precision]"): 0.934,
    ("world_notes", "events (matched by date and place) [recall]"): 0.944,
    ("world_notes", "event type"): 0.925,
    ("world_notes", "sub-event: weighted F1"): 0.911,
    ("world_notes", "place within 25 km or admin1"): 0.944,
    ("world_notes", "actor1 found"): 0.809,
    ("world_notes", "fatalities exact"): 0.937,
    ("world_notes", "non-event reports with no event (precision)"): 0.937,
    # world_reports (session 18): 80 whole articles by two fresh writers (reportsa, reportsb), 163
    # gold events; first measured at integ12 (ba1fee3), 2026-12-04.
    ("world_reports", "events (matched by date and place) [precision]"): 0.659,
    ("world_reports", "events (matched by date and place) [recall]"): 0.822,
    ("world_reports", "event type"): 0.764,
    ("world_reports", "sub-event: weighted F1"): 0.796,
    ("world_reports", "actor1 found"): 0.595,
    ("world_reports", "fatalities exact"): 0.701,
    ("world_reports", "non-event articles with no event (precision)"): 0.632,
    # Session 48's merged tree (integ48, split all): world_notes reset (notezk added, a writer's
    # notes weighted like ACLED's own draw: 6,445 records, 3,219 dev); raised: world_reports P
    # 0.658 -> 0.659, actor1 0.594 -> 0.595, fatalities 0.700 -> 0.701, non-event articles 0.625
    # -> 0.632. Within the margin, kept: world_reports type 0.764 (0.763 measured: reports48's
    # cross-sentence merge joined a retold attack whose entry had matched another gold clash by
    # day and admin1), recall 0.822 (0.821); FA-KES perpetrator class 0.627 pin (0.624 measured).
    # world, world_heldout, CASE 2021, cameo_ner, re3d identical.
    # Session 47's merged tree (integ47, split all): world_notes reset (notezj added: 6,262
    # records, 3,123 dev; its test half reads far below the others: type 0.793, actor1 0.524);
    # raised: world_reports P 0.654 -> 0.658, type 0.763 -> 0.764, actor1 0.592 -> 0.594,
    # fatalities 0.699 -> 0.700. world, world_heldout, CASE 2021, cameo_ner, re3d identical;
    # FA-KES perpetrator class 0.624 -> 0.626 (within the margin of its pinned 0.627).
    # Session 46's merged tree (integ46, split all): world_notes reset (notezi added: 6,081
    # records, 3,028 dev; type 0.929, actor1 0.814, fatalities 0.941); raised: world_reports
    # P/R 0.651/0.821 -> 0.654/0.822, type 0.762 -> 0.763, sub-event 0.795 -> 0.796, actor1
    # 0.589 -> 0.592, fatalities 0.697 -> 0.699; world actor1 0.843 -> 0.849; world_heldout P
    # 0.890 -> 0.897, type 0.919 -> 0.927, actor1 0.789 -> 0.813. Part of the actor1 rises is
    # the scorer's: a country's article after "of" is dropped before names are compared
    # ("Military Forces of the Philippines" = "Military Forces of Philippines"). FA-KES, CASE
    # 2021, cameo_ner, re3d and seed places identical to session 45's measurement.
    # Session 45's merged tree (integ45 48405433, split all): world_notes reset (notezh added:
    # 5,901 records, 2,948 dev; type 0.931 and actor1 0.815 as before); raised: world_reports
    # P/R 0.648/0.817 -> 0.651/0.821, type 0.759 -> 0.762, sub-event 0.794 -> 0.795, actor1
    # 0.586 -> 0.589, fatalities 0.695 -> 0.697 (stories45's scene country, tolls45). world
    # actor1 back at its pin 0.843 (0.838 in session 44); FA-KES, world_heldout, CASE 2021,
    # cameo_ner, re3d and seed places identical to session 44's measurement.
    # Session 44's merged tree (integ44 a1ebe72, split all): world_notes reset (notezg added:
    # 5,721 records, 2,866 dev); raised: world_reports actor1 0.585 -> 0.586, fatalities 0.694 ->
    # 0.695; FA-KES deaths 0.581 -> 0.582 (tolls44's outcome lists). Within the margin, kept:
    # world actor1 0.843 pin (0.838 measured: one dev Hong Kong march its writer coded
    # "Protesters (China)", now "Protesters (Hong Kong)" by places44's one reading), FA-KES cause
    # 0.628 -> 0.627 (one article). world_heldout, CASE 2021 identical.
    # Session 43's merged tree (integ43 711864b, split all): world_notes reset (notezf added:
    # 5,541 records, 2,775 dev); raised: world_reports P/R 0.636/0.805 -> 0.648/0.817, type
    # 0.747 -> 0.759, sub-event 0.785 -> 0.794, actor1 0.578 -> 0.585, fatalities 0.680 -> 0.694
    # (story43's story town, tolls43's grown tolls); FA-KES governorate 0.787 -> 0.791 (deaths
    # 0.575 -> 0.581 measured, at its pin). world, world_heldout, CASE 2021 identical.
    # Session 42's merged tree (integ42): world_notes reset (noteze added: 5,361 records);
    # world_reports fatalities 0.674 -> 0.680.
    # Session 41's merged tree (integ41, split all): world_notes reset (notezd added: 5,181
    # records, 2,594 dev); world_reports P/R 0.635/0.804 -> 0.636/0.805, type, sub-event,
    # actor1, fatalities +0.001 each (one more report event found); every other set identical.
    # Session 40's merged tree (integ40): world_notes reset (notezc added: 5,001 records).
    # Session 39's merged tree (integ39, split all): world_notes reset (notezb added: 4,821
    # records, 2,417 dev); world type 0.935 -> 0.941, sub-event weighted F1 0.916 -> 0.921
    # (crowd39's guard: one dev item); every other set identical to integ38's.
    # Session 38's merged tree (integ38, split all): world_notes reset (noteza added: 4,641
    # records, 2,321 dev); every other set identical to integ37's (speed38 and health38 changed
    # no output; actor38's crowd readings moved no other set), so no other floor moved.
    # Session 37's merged tree (integ37, split all): world_notes reset (notez added: 4,461
    # records, 2,237 dev); raised where the tree rose (types37, named37, states37, places37,
    # recall37, crowds37): world_reports P/R 0.635/0.804, type 0.746, sub 0.784, actor1 0.577,
    # quiet articles 0.625; world_heldout actor1 0.780 -> 0.789. Within the margin, kept: re3d
    # resolved 0.913 -> 0.912, CASE 2021 snippets with an event 0.808 -> 0.806 (not pinned).
    # Session 36's merged tree (integ36, split all): world_notes reset (notey added: 4,281
    # records, 2,151 dev); raised where the tree rose (recall36, types36, crowds36, actors36,
    # named36, places36): world_reports precision 0.633, type 0.743, sub 0.782, actor1 0.573;
    # world actor1 0.843; world_heldout P/R 0.890/0.919, type 0.919, place 0.919, actor1 0.780,
    # fatalities 0.935 (sub-event weighted F1 0.872 -> 0.876, under its older pin 0.890);
    # FA-KES governorate 0.787; re3d resolved 0.913. Within the margin, kept: FA-KES perpetrator
    # 0.623 -> 0.622, cause 0.629 -> 0.628; CASE 2021 weighted F1 0.746 -> 0.747 (older pin).
    # Session 35's merged tree (integ35, split all): world_notes reset (notex added: 4,101
    # records, 2,051 dev); raised where the tree rose (recall35, types35, crowds35, actors35,
    # places35): world_reports P/R 0.630/0.800 -> 0.632/0.803, type 0.741, sub 0.779, actor1
    # 0.572, fatalities 0.673; world sub-event weighted F1 0.911 -> 0.916; FA-KES governorate
    # 0.782 -> 0.785. Within the margin, kept: CASE 2021 25-label accuracy 0.733 -> 0.731 and
    # weighted F1 0.749 -> 0.746 (two dev snippets: crowds35's crowd-looting guard, and a
    # protest typed Excessive force once places35's bearing reading split it from its clash);
    # world actor1 0.838 -> 0.832; FA-KES perpetrator 0.622 -> 0.623, cause 0.631 -> 0.629.
    # Session 34's merged tree (integ34, split all): world_notes reset (notew added: 3,921
    # records, 1,963 dev); raised where the tree rose (recall34, places34, types34, crowds34,
    # actors34): world_reports P/R 0.623/0.791 -> 0.630/0.800, type 0.737, sub 0.776, actor1
    # 0.568, fatalities 0.670. Every other set unchanged (world_heldout sub-event weighted F1
    # stays 0.872, within the margin).
    # Session 33's merged tree (integ33, split all): world_notes reset (notev added: 3,741
    # records, 1,866 dev); raised where the tree rose (reader33's fallback at 0.1, recall33,
    # prec33, places33, actors33; places33's scorer compares admin1 as units). Within the margin,
    # kept: world_heldout sub-event weighted F1 0.882 -> 0.872 (reader33's fallback: one more event
    # of another sub-event; crowds33, which cost one more item, was not merged), FA-KES
    # perpetrator 0.624 -> 0.622, deaths 0.572, re3d Location overlap 0.208.
    # Session 29's merged tree (integ29 4b75b06, split all): world_notes reset (notesq and notesr
    # added: 3,021 records); raised by the fixers: FA-KES governorate 0.779 -> 0.781, perpetrator
    # 0.607 -> 0.624 (gold not unknown 0.561 -> 0.582: actors29), re3d Location overlap 0.209 ->
    # 0.213, world_heldout precision 0.879 -> 0.886 and fatalities 0.894 -> 0.902, world_reports
    # P/R 0.602/0.771 -> 0.609/0.780, type 0.708, sub 0.749, actor1 0.543, fatalities 0.647.
    # Fell by less than MARGIN and keep their values: CASE 2021 accuracy 0.727, weighted F1
    # 0.753, all 30 labels 0.602; FA-KES deaths 0.573, cause 0.607; cameo_ner role-free 0.170.
    # Session 30's merged tree (integ30 600a2ab, split all; the statistical reader on by default):
    # world_notes reset (notess added: 3,201 records); raised: world type 0.897 -> 0.908, sub
    # 0.876 -> 0.891; world_heldout type 0.878 -> 0.902, sub 0.843 -> 0.890; world_reports P/R
    # 0.609/0.780 -> 0.611/0.781, type 0.720, sub 0.761, fatalities 0.650; FA-KES date 0.679,
    # governorate 0.782, perpetrator 0.627 (gold not unknown 0.586), cause 0.626. Fell by less
    # than MARGIN and keep their values: CASE 2021 accuracy 0.725, macro F1 0.711, weighted F1
    # 0.751 (the reader: -0.002 to -0.004); FA-KES deaths 0.568; world_reports actor1 0.540.
    # Session 31's merged tree (integ31 03ffee6, split all): world_notes reset (notest added:
    # 3,381 records); raised: world precision 0.886 -> 0.891, sub 0.891 -> 0.897; world_reports
    # recall 0.783, type 0.724, sub 0.767, actor1 0.543 -> 0.555, fatalities 0.654; FA-KES cause
    # 0.631; re3d organisations 0.140, resolved 0.907. Fell by less than MARGIN and keep their
    # values: CASE 2021 accuracy 0.723, macro F1 0.707, weighted F1 0.747, all 30 0.597; FA-KES
    # deaths 0.571, perpetrator 0.623 (gold not unknown 0.584); world_heldout type 0.894, sub
    # 0.882; world_reports quiet 0.603; cameo_ner S 0.219; re3d places 0.208.
    # Session 32's merged tree (integ32 414a9de3, split all): world_notes reset (noteu added:
    # 3,561 records); raised: world P/R 0.897/0.897, type 0.914, sub 0.899, place 0.908,
    # fatalities 0.930; world_reports P/R 0.617/0.787, type 0.726, sub 0.768, actor1 0.560,
    # fatalities 0.658. Fell by less than MARGIN and keep their values: CASE 2021 accuracy 0.726,
    # macro F1 0.706, weighted F1 0.746, all 30 0.595; FA-KES deaths 0.572, perpetrator 0.624
    # (gold not unknown 0.584), governorate 0.781; cameo_ner role-free 0.172; re3d places 0.208;
    # world_heldout type 0.894, sub 0.882; world_reports quiet 0.603.
}
FLOORS: dict[tuple[str, str], float] = {
    key: round(max(0.0, value - MARGIN), 3) for key, value in MEASURED.items()
}

# sha256 of the evaluation files the floors were measured on.
DATA_HASHES: dict[str, str] = {
    "fakes/fakes.csv": "c2338e05ab32dade097cb6044765de0c6c5405eb6fa6c7db509c536474ccb75d",
    "case2021_task2/test_set_final_release_with_labels.tsv": (
        "8a96e91cf2a61a293c6fb60beb2d023e6f0c9a218e2e678b7e1273473223c7ee"
    ),
    "conflibert/cameo_ner/test.txt": "feac024a80167e29c96928edf893648c9940fab08b38243e8f8ff42f099f3876",
    "re3d": "3ef209bb3336aca504266a24f760774ccf9c45b669b543878f4508c536c442c2",  # all re3d/**/*.json
}
# The world set lives in the repository (data/eval/world), not in the shared folder.
WORLD_HASH = "6e98e070839e80e727b59629be4ea4eeb9e080b62732176bf2174a7c2a0cc079"
HELDOUT_HASH = "9a588144b25f48f15a943393740a43c7a51800fafad25765910ead000bc2011d"
NOTES_HASH = "c3cc914c09ec7294b5b0f9d9b0161029805244b161923864c32bc65c4ede9ee8"  # data/eval/world/notes/*.jsonl in name order
REPORTS_HASH = "aad48510ed4058a5ccdad182ce6adef74ae4363dbed443affdd2fb89a69d24d2"  # data/eval/world/reports/*.jsonl in name order


@pytest.fixture(scope="session")
def results(resources: Resources) -> dict[str, SetReport]:
    """Every set read and scored once per session (split "all"), shared by every test."""
    names = sorted({name for name, _ in FLOORS})
    return {
        name: evaluate([name], limit=LIMITS[name], resources=resources).sets[0] for name in names
    }


def _digest(path: Path, pattern: str = "*.json") -> str:
    digest = hashlib.sha256()
    for part in sorted(path.rglob(pattern)) if path.is_dir() else [path]:
        digest.update(part.read_bytes())
    return digest.hexdigest()


def test_eval_data_is_present_and_unchanged() -> None:
    folder = find_data_dir()
    for relative, expected in DATA_HASHES.items():
        assert _digest(folder / relative) == expected, f"{relative} changed: re-measure, re-pin"
    world = find_world(folder) / "world.jsonl"
    assert _digest(world) == WORLD_HASH, f"{world} changed: re-measure, re-pin"
    heldout = find_world(folder) / "heldout.jsonl"
    assert _digest(heldout) == HELDOUT_HASH, f"{heldout} changed: re-measure, re-pin"
    notes = find_world(folder, NOTES_DIR) / NOTES_DIR
    assert _digest(notes, "*.jsonl") == NOTES_HASH, f"{notes} changed: re-measure, re-pin"
    reports = find_world(folder, REPORTS_DIR) / REPORTS_DIR
    assert _digest(reports, "*.jsonl") == REPORTS_HASH, f"{reports} changed: re-measure, re-pin"


def _value(report: SetReport, key: str) -> float | None:
    """The field's headline value, or the column a trailing " [column]" names (the world set's
    event detection is pinned on precision and recall apart, not only their F1)."""
    name, _, column = key.partition(" [")
    score = report.field(name)
    if column:
        value: float | None = getattr(score, column.rstrip("]"))
        return value
    return score.value


@pytest.mark.parametrize(("set_name", "field"), sorted(FLOORS))
def test_score_at_or_above_floor(results: dict[str, SetReport], set_name: str, field: str) -> None:
    value = _value(results[set_name], field)
    assert value is not None, f"{set_name} / {field}: nothing was scored"
    floor = FLOORS[(set_name, field)]
    assert value >= floor, f"{set_name} / {field}: {value:.3f} fell below its floor {floor:.3f}"


def test_subsets_are_the_pinned_size(results: dict[str, SetReport]) -> None:
    for result in results.values():
        expected = LIMITS[result.name] or result.total_items
        assert result.items == min(expected, result.total_items)
        assert result.split == "all"


# Items in the dev half of each set (docs/EVALUATION.md). Error analysis has read dev items
# only; if the item keys or the hash changed, test items would move into dev unnoticed.
DEV_ITEMS = {"fakes": 413, "case2021": 512, "cameo_ner": 214, "re3d": 46, "world": 109}


@pytest.mark.parametrize("set_name", sorted(DEV_ITEMS))
def test_dev_test_split_is_unchanged(set_name: str) -> None:
    module = importlib.import_module(f"ceasewatch.evaluate.{set_name}")
    folder = find_world(find_data_dir()) if set_name == "world" else find_data_dir()
    keys = [item.key for item in module.load(folder)]
    dev = [key for key in keys if split_of(key) == "dev"]
    assert len(dev) == DEV_ITEMS[set_name], "the dev/test split moved: re-pin only on purpose"


def test_notes_dev_test_split_is_unchanged() -> None:
    folder = find_world(find_data_dir(), NOTES_DIR) / NOTES_DIR
    keys = [item.key for item in load_folder(folder, NOTES_NAME)]
    dev = [key for key in keys if split_of(key) == "dev"]
    assert (len(keys), len(dev)) == (6445, 3219), (
        "the notes set or its split moved: re-pin on purpose"
    )


def test_reports_dev_test_split_is_unchanged() -> None:
    folder = find_world(find_data_dir(), REPORTS_DIR) / REPORTS_DIR
    keys = [report.key for report in load_reports(folder)]
    dev = [key for key in keys if split_of(key) == "dev"]
    assert (len(keys), len(dev)) == (802, 413), (
        "the reports set or its split moved: re-pin on purpose"
    )
