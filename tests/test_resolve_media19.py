"""A news agency in the dateline is never an actor (issue 9, session 19): a toll sentence that
names nobody points back to the armed actor the sentence before names, not to the agency that
filed the story."""

from __future__ import annotations

from pathlib import Path

from ceasewatch.pipeline import Resources, analyze

STORY = (
    "BAIDOA, Somalia, July 8, 2024 (Reuters) - Al Shabaab fighters attacked an army post "
    "outside Baidoa on Sunday, a local elder said.\n\n"
    "Separately, a roadside bomb struck a bus near Baidoa on Monday, killing three "
    "passengers, police said.\n"
)


def test_the_agency_is_not_the_bomber(tmp_path: Path, resources: Resources) -> None:
    report = tmp_path / "story.txt"
    report.write_text(STORY, encoding="utf-8")
    result = analyze([str(report)], resources)
    bombs = [e for e in result.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bombs) == 1
    names = {r.name for e in result.events for r in (e.actor1, e.actor2) if r is not None}
    assert "Reuters" not in names


def test_separately_opens_another_incident(tmp_path: Path, resources: Resources) -> None:
    # the toll sentence after "Separately," does not point back to the group named before
    report = tmp_path / "story.txt"
    report.write_text(STORY, encoding="utf-8")
    result = analyze([str(report)], resources)
    bomb = next(e for e in result.events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.actor1 is not None and bomb.actor1.name == "Unidentified Armed Group (Somalia)"
