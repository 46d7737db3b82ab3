"""A coder's outcome clauses read as outcomes, session 45 (tolls45; hand-written sentences,
never evaluation items): "N nouns shot dead" is a passive whose "dead" is no object; a
counted toll clause the parse joins to the clause before is still the dead; an object with
its own participle after a comma ("3 wounded, several houses damaged") is another outcome,
not what the wounded did (extract/roles.py, extract/numbers.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ceasewatch.extract.roles import _bare_toll_verb
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def _found(text: str, resources: Resources) -> list[tuple[str | None, int | None]]:
    events = report_events(text, resources)
    return [(e.actor1.name if e.actor1 else None, e.fatalities) for e in events]


def test_the_shot_dead_are_no_mob(resources: Resources) -> None:
    # "dead" hangs on "shot" as a predicate complement: no object, so a coder's passive
    text = "On 2 March 2025, gangs raided the market in Gressier (Ouest); 3 residents shot dead."
    found = _found(text, resources)
    assert ("Unidentified Gang (Haiti)", 3) in found, found
    assert not any(a is not None and a.startswith("Rioters") for a, _ in found), found


def test_a_toll_joined_to_the_clause_before_is_read(resources: Resources) -> None:
    # the parse hangs "shot" on "opened" as a conjunct with a counted subject of its own
    text = (
        "On 2 March 2025, gunmen opened fire on traders waiting at the Soweto market "
        "(Gauteng): 3 traders shot dead."
    )
    found = _found(text, resources)
    assert any(f == 3 for _, f in found), found


@pytest.mark.parametrize(
    ("text", "doer", "dead"),
    [
        # the active voice names its victims: the subject stays the doer
        ("On 2 March 2025, unknown gunmen shot dead 3 traders at a market in Gusau (Zamfara).",
         "Unidentified Armed Group", 3),
        ("On 2 March 2025, soldiers killed 5 militants near Gao (Gao).", "Military Forces", 5),
    ],
)  # fmt: skip
def test_what_stays_as_it_was(resources: Resources, text: str, doer: str, dead: int) -> None:
    found = _found(text, resources)
    assert any(a is not None and a.startswith(doer) and f == dead for a, f in found), found


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    lemmas = [
        w.lower().removesuffix("ed") if t == "VBN" else w.lower()
        for w, t in zip(words, tags, strict=True)
    ]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


# "3 wounded, several houses damaged" as the small model parses it in a coder's list: "houses"
# the object of "wounded", "damaged" a participle on the houses
WORDS = ["3", "wounded", ",", "several", "houses", "damaged", "."]
TAGS = ["CD", "VBN", ",", "JJ", "NNS", "VBN", "."]


def test_an_object_with_its_own_outcome_is_no_object() -> None:
    doc = _parsed(WORDS, [1, 1, 1, 4, 1, 4, 1], ["nsubj", "ROOT", "punct", "amod", "dobj", "acl",
                                                 "punct"], TAGS)  # fmt: skip
    assert _bare_toll_verb(doc[1])


def test_an_object_without_a_comma_stays_the_object() -> None:
    words = ["3", "wounded", "several", "houses", "damaged", "."]
    doc = _parsed(words, [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj", "acl", "punct"],
                  ["CD", "VBN", "JJ", "NNS", "VBN", "."])  # fmt: skip
    assert not _bare_toll_verb(doc[1])
