"""Speed-ups of session 30 that must give the same answers as the plain code they replace.

Each guarded pattern is checked two ways: by its structure (every letter a match can start with
is in the guard, read from the regex parser) and against the unguarded pattern on invented
sentences and generated texts. Speed itself is measured by bench/bench_extract.py
(docs/PERFORMANCE.md), never in a unit test.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]  # the test reads structure only
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch import documentation
from ceasewatch.geocode import settings as geocode_settings
from ceasewatch.knowledge import countries, world

SENTENCES = (
    "Syrian and Turkish troops met near the border, a Nigerian official said.",
    "The United States and the UK condemned it; us officials in South Sudan did not.",
    "Police in Papua New Guinea said the Guinean trader was unharmed.",
    "NEW DELHI (Wire) - Indian forces fired at Pakistani posts, the Indian army said.",
    "Pan-African leaders met; the Congolese and DR Congo delegates walked out.",
    "Sudanese Armed Forces shelled positions held by the RSF in Sudan's Darfur.",
    "The report documented twelve cases of enforced disappearance and arbitrary detention.",
    "The Commission has reasonable grounds to believe the acts qualify as torture.",
    "Witness B testified that men in plain clothes tortured him; the Special Rapporteur recalls "
    "that the State urges the authorities to investigate.",
    "Researchers interviewed 40 victims and witnesses; calls for an inquiry into the pillage.",
    "14. Methodology\nIncident ID: 22\nCase No. 14/2\nAlleged perpetrators: state agents",
    "Unlawful killing, ill-treatment and sexual violence by a militia allied with the army; "
    "armed men in military-style uniforms; the fact-finding mission's testimony.",
    "Extrajudicial and summary executions; the documentation centre's human rights findings.",
    "",
    "urgent appeal, allegation letter, recommends, qualification: deplores the",
)


def _first_letters(items: Any) -> set[str] | None:
    """The characters a match of the parsed ``items`` can start with; None when the parser's
    structure says something this reading does not follow (then no claim is made)."""
    for op, arg in items:
        name = str(op)
        if name == "AT":
            continue  # \b, ^: zero width
        if name == "LITERAL":
            return {chr(arg)}
        if name == "IN":
            letters: set[str] = set()
            for kind, value in arg:
                if str(kind) == "LITERAL":
                    letters.add(chr(value))
                elif str(kind) == "RANGE":
                    letters |= {chr(c) for c in range(value[0], value[1] + 1)}
                else:
                    return None
            return letters
        if name == "BRANCH":
            found: set[str] = set()
            for branch in arg[1]:
                branch_letters = _first_letters(branch)
                if branch_letters is None:
                    return None
                found |= branch_letters
            return found
        if name == "SUBPATTERN":
            return _first_letters(arg[3])
        if name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] >= 1:
            return _first_letters(arg[2])
        return None
    return None


def test_every_documentation_kind_guard_lets_each_first_letter_through() -> None:
    guarded = 0
    for kind in documentation.KINDS:
        if not kind.first:
            continue
        letters = _first_letters(sre_parse.parse(kind.wording, re.IGNORECASE | re.MULTILINE))
        assert letters is not None, kind.wording
        assert {c.lower() for c in letters} <= set(kind.first), kind.wording
        guarded += 1
    assert guarded >= 15


def _kind_spans(patterns: Any, text: str) -> list[tuple[int, int] | None]:
    return [m.span() if (m := k.search(text)) else None for k in patterns]


GUARDED_KINDS = tuple(k.pattern for k in documentation.KINDS)
PLAIN_KINDS = tuple(
    re.compile(k.wording, re.IGNORECASE | re.MULTILINE) for k in documentation.KINDS
)


def test_guarded_documentation_kinds_find_what_the_plain_ones_find() -> None:
    shown = 0
    for text in (*SENTENCES, "\n".join(SENTENCES), " ".join(SENTENCES).upper()):
        assert _kind_spans(GUARDED_KINDS, text) == _kind_spans(PLAIN_KINDS, text)
        shown += documentation.kinds_shown(text)
    assert shown > 30  # the sentences show most kinds


WORDS = st.sampled_from(
    [
        "documents",
        "Witness",
        "A",
        "testified",
        "human",
        "rights",
        "State",
        "agents",
        "urges",
        "the",
        "ill-treatment",
        "torture",
        "ſexual",  # a long s: IGNORECASE folds it to s
        "violence",
        "K",
        "Kelvin\u212a",
        "case",
        "12",
        "\n",
        ".",
        ":",
        "Syrian",
        "Sudan's",
        "US",
        "us",
        "Åland",
        "Pan-African",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.sampled_from([" ", "", "  ", "-"]))
def test_guards_on_generated_texts(words: list[str], glue: str) -> None:
    text = glue.join(words)
    assert _kind_spans(GUARDED_KINDS, text) == _kind_spans(PLAIN_KINDS, text)
    assert _country_matches(countries._country_words(), text) == _country_matches(
        PLAIN_COUNTRY_WORDS, text
    )


PLAIN_COUNTRY_WORDS = re.compile(rf"\b({countries.name_pattern()})\b")


def _country_matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def test_country_words_guard_covers_every_spelling() -> None:
    spellings = [s for _, _, s in countries._spellings()]
    assert spellings and all(spellings)  # an empty spelling would match anywhere
    guard = re.match(r"\\b\(\?=\[([^]]*)\]\)", countries._country_words().pattern)
    assert guard is not None
    allowed = re.compile(f"[{guard.group(1)}]")
    assert all(allowed.fullmatch(s[0]) for s in spellings)


def test_guarded_country_words_find_what_the_plain_pattern_finds() -> None:
    found = 0
    for text in (*SENTENCES, " ".join(SENTENCES)):
        mine = _country_matches(countries._country_words(), text)
        assert mine == _country_matches(PLAIN_COUNTRY_WORDS, text)
        found += len(mine)
    assert found > 10


def test_kept_plain_keys_are_the_plain_reading() -> None:
    names = [
        "Middle Shabelle",
        "Middle Shabele",
        "Michoacán",
        "Đắk Lắk",
        "  Kharkiv   Oblast ",
        "Ségou",
        "Saint-Louis",
        "",
        "Al-Hasakah",
        "ÅLAND",
    ]
    for name in names * 2:  # the second round reads the kept answers
        assert world.plain_key(name) == world.plain_key.__wrapped__(name)
    assert world.plain_key("Middle Shabelle") == world.plain_key("Middle Shabele")
    assert world.plain_key.cache_info().hits >= len(names)


# a guarded pattern: the lookahead, then the pattern as it was written before
GUARD = re.compile(r"^(\(\?=(?:\(\?i:)?\[[^]]*\]\)?\))(.*)$", re.S)
GEOCODE_PATTERNS = (
    *geocode_settings.REGION_PATTERNS,
    geocode_settings.AREA_PATTERN,
    geocode_settings.OF_PATTERN,
)


def _split_guard(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    parts = GUARD.match(pattern.pattern)
    assert parts is not None, pattern.pattern
    return re.compile(parts.group(1), pattern.flags), re.compile(parts.group(2), pattern.flags)


def test_geocode_context_guards_let_each_first_letter_through() -> None:
    for pattern in GEOCODE_PATTERNS:
        guard, plain = _split_guard(pattern)
        letters = _first_letters(sre_parse.parse(plain.pattern, plain.flags))
        assert letters, plain.pattern
        assert all(guard.match(c) for c in letters), plain.pattern
        if plain.pattern.startswith(r"\b((?i:"):  # direction words, in any case ("Northern")
            assert all(guard.match(c.upper()) for c in letters), plain.pattern


CONTEXT_TEXT = (
    "Shelling hit southern Idlib and the northern countryside of Hama; Eastern Rural Aleppo and "
    "rural Deir ez-Zor were quiet. Farmers fled the countryside of Daraa for the Quneitra area, "
    "north of the Euphrates and South of Al Bab, in Nineveh province and the Sahel region. "
    "NORTH-WESTERN Raqqa, north-east of the Tigris. The Eastern Cape province; west of Ras al-Ain."
)


def test_guarded_geocode_patterns_find_what_the_plain_ones_find() -> None:
    found = 0
    for text in (CONTEXT_TEXT, CONTEXT_TEXT.lower(), CONTEXT_TEXT.upper(), *SENTENCES):
        for pattern in GEOCODE_PATTERNS:
            _, plain = _split_guard(pattern)
            mine = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert mine == [(m.span(), m.groups()) for m in plain.finditer(text)]
            found += len(mine)
    assert found > 12


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "north",
                "North",
                "NORTH-WEST",
                "ſouthern",
                "of",
                "the",
                "Hama",
                "rural",
                "area",
                "countryside",
                "Al",
                "al",
                "province",
                "region",
                "east",
                "\n",
                ".",
            ]
        ),
        max_size=20,
    )
)
def test_geocode_guards_on_generated_texts(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in GEOCODE_PATTERNS:
        _, plain = _split_guard(pattern)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
