"""The actor knowledge base: YAML files of canonical actors, loaded and validated.

Files live in ``knowledge/data/actors/*.yaml`` (built in) and in any folder passed with
``--kb DIR`` (merged over the built-in one: an entry with the same id replaces it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from ceasewatch.errors import KnowledgeError
from ceasewatch.model import Actor

DATA_DIR = Path(__file__).parent / "data" / "actors"


class ActorKB:
    """Canonical actors by id, with an index of every name and alias."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in actors}

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def names(self) -> dict[str, list[str]]:
        """Every name and alias (as written) -> the ids it can denote."""
        index: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for name in (actor.name, *actor.aliases):
                ids = index.setdefault(name, [])
                if actor.id not in ids:
                    ids.append(actor.id)
        return index


def _read_yaml(path: Path) -> list[Actor]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), [str(exc)]) from exc
    entries = (doc or {}).get("actors", []) if isinstance(doc, dict) else None
    if entries is None:
        raise KnowledgeError(str(path), ["top level must be a mapping with an 'actors' list"])
    actors, problems = [], []
    for i, entry in enumerate(entries):
        try:
            actors.append(Actor.model_validate(entry))
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"])
                problems.append(f"entry {i} ({entry.get('id', '?')}): {loc}: {err['msg']}")
    if problems:
        raise KnowledgeError(str(path), problems)
    return actors


def load_actors(extra_dirs: Sequence[Path] = ()) -> ActorKB:
    """Load the built-in actors, then each extra folder over them."""
    merged: dict[str, Actor] = {}
    for folder in (DATA_DIR, *extra_dirs):
        for path in sorted(Path(folder).glob("*.yaml")):
            for actor in _read_yaml(path):
                merged[actor.id] = actor
    return ActorKB(merged.values())
