"""Event type and sub-event: session 17's reports that yielded no event (issue 9).

Hand-written notes with invented places, people and groups (never evaluation items). The
phenomena: a person taken with a plain word of taking ("took", "carried off", "picked up"),
an arrest when state forces take and an abduction when armed people do, nothing when anyone
else does; a crowd that catches people and beats them (Mob violence, the catching how it was
done); and a named group's "men", who are the group, not civilians.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import PUBLISHED
from tests.test_extract_types_notes import main_sub_event as _main

CASES = [
    # state forces taking people: an arrest
    ("On 5 May 2023, police picked up 12 opposition activists at a meeting in Varno.", "Arrests"),
    ("On 5 May 2023, police carried off 40 of the strikers at the Varno depot.", "Arrests"),
    ("On 5 May 2023, soldiers took away five villagers from Varno.", "Arrests"),
    # ... unless the words say the person vanished
    (
        "On 5 May 2023, police picked up the blogger in Varno; he has not been seen since.",
        "Abduction/forced disappearance",
    ),
    # armed people taking people: an abduction
    ("On 5 May 2023, gunmen picked up a trader in Varno market.", "Abduction/forced disappearance"),
    ("On 5 May 2023, gunmen carried off two followers of the imam near Varno.",
     "Abduction/forced disappearance"),
    # anyone else picking people up, and things picked up, are no event
    ("On 5 May 2023, a bus picked up the passengers in Varno.", "no event"),
    ("On 5 May 2023, rescuers picked up survivors near Varno.", "no event"),
    ("On 5 May 2023, the mother took the children to Varno.", "no event"),
    ("On 5 May 2023, soldiers picked up the bodies near Varno.", "no event"),
    # a crowd catching people and beating them: Mob violence, the catching no abduction
    ("On 5 May 2023, in Varno, a crowd caught two men driving goats and beat them.",
     "Mob violence"),
    ("On 5 May 2023, residents of Varno seized two police officers, beat them and set one of "
     "them on fire.", "Mob violence"),
    # ... and a crowd beating drums, or a team, is no event
    ("On 5 May 2023, the crowd in Varno beat drums all night.", "no event"),
    ("On 5 May 2023, Varno residents beat the visiting team 3-0.", "no event"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_session17_takings(text: str, sub: str, extractor: Extractor) -> None:
    assert _main(text, extractor) == sub


def test_group_men_are_the_group(extractor: Extractor) -> None:
    """ "ELN men took the rancher": the group's men are the group (armed), so their bare
    taking is an abduction; men alone stay civilians."""
    text = "On 5 May 2023, ELN men stopped a pickup near Varno and took the rancher driving it."
    assert _main(text, extractor) == "Abduction/forced disappearance"
    _, x = run("On 5 May 2023, two men took the children to Varno.", extractor, published=PUBLISHED)
    assert not x.events
