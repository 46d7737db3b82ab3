"""actor1 readings of session 41 (actors41). Hand-written sentences, never evaluation items.

- an owner code of the descriptors table ("RU", "UA") before a unit or weapon noun the tagger
  left untagged is the owner, as a demonym is ("RU infantry attacked" as "Russian infantry
  attacked"; extract/mentions.py ``_demonym_owners``, ``owner_codes``); a weapon model's
  capitals ("FPV") own nothing.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract.mentions import owner_codes
from ceasewatch.knowledge import ActorKB
from ceasewatch.pipeline import Resources
from tests.event_builders import first_typed_actor1


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("On 3 May 2025, RU infantry attacked UA positions east of Lyman (Donetsk oblast).",
         "Military Forces of Russia"),
        ("On 3 May 2025, RU infantry in small groups attacked positions near Siversk (Donetsk "
         "oblast). No toll.", "Military Forces of Russia"),
    ],
)  # fmt: skip
def test_an_owner_code_before_a_unit_is_the_owner(
    resources: Resources, text: str, owner: str
) -> None:
    _, actor1 = first_typed_actor1(text, resources)
    assert actor1 is not None and actor1.startswith(owner), actor1


def test_the_demonym_reading_is_unchanged(resources: Resources) -> None:
    text = "On 3 May 2025, Russian infantry attacked Ukrainian positions east of Lyman (Donetsk)."
    _, actor1 = first_typed_actor1(text, resources)
    assert actor1 is not None and actor1.startswith("Military Forces of Russia"), actor1


def test_owner_codes_are_the_tables_capital_codes(kb: ActorKB) -> None:
    codes = owner_codes(kb)
    assert {"RU", "UA"} <= codes
    # codes only, as written: a demonym or a lower-case word is read by other rules
    assert all(code.isupper() for code in codes)
    assert "Russian" not in codes and "FPV" not in codes
