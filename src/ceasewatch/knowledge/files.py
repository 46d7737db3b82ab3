"""Which files of a knowledge folder hold which kind of knowledge.

A ``--kb DIR`` folder holds actors, the words for actors (descriptors) and agreements (and,
later, other kinds) either in sub-folders named for the kind (``DIR/actors/*.yaml``,
``DIR/agreements/*.yaml``) or as top-level YAML files whose top-level key names the kind
(``actors:`` / ``descriptors:`` / ``agreements:``). A descriptors file may also sit in the
``actors/`` sub-folder, as the built-in one does: the top-level key decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import yaml

KINDS = ("actors", "agreements", "descriptors")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def yaml_in(folder: Path) -> list[Path]:
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def top_key(path: Path) -> str | None:
    """The first top-level key of a YAML file, read without parsing it (a malformed file still
    goes to the loader of its kind, which reports the error with its line)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                match = _TOP_KEY.match(line)
                if match:
                    return match.group(1)
    except OSError:
        return None
    return None


# Kinds whose files may sit in another kind's sub-folder, told apart by their top-level key.
SHARED_FOLDER = {"descriptors": "actors"}


def kind_in(path: Path, folder_kind: str) -> str:
    """The kind of a file in a sub-folder of ``folder_kind``: that kind, unless its top-level
    key names a kind that shares the folder (a malformed file stays with the folder's kind, so
    that its loader reports the error)."""
    key = top_key(path)
    return key if key is not None and SHARED_FOLDER.get(key) == folder_kind else folder_kind


def files_of(sub: Path, kind: str) -> list[Path]:
    """The YAML files of ``kind`` in ``sub``, a folder that holds that kind (or shares it)."""
    home = SHARED_FOLDER.get(kind, kind)
    return [p for p in yaml_in(sub) if kind_in(p, home) == kind] if sub.is_dir() else []


def kb_files(folder: Path, kind: str) -> list[Path]:
    """The YAML files of ``kind`` in a knowledge folder."""
    found = files_of(folder / SHARED_FOLDER.get(kind, kind), kind)
    return found + [p for p in yaml_in(folder) if top_key(p) == kind]


def stray_files(folder: Path) -> list[Path]:
    """Top-level YAML files of a knowledge folder that no loader would read."""
    return [p for p in yaml_in(folder) if top_key(p) not in KINDS]


def line_of(node: yaml.Node, loc: Sequence[str | int]) -> int:
    """1-based line of the deepest YAML node that ``loc`` (a pydantic error path) reaches."""
    for key in loc:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            child = node.value[key] if key < len(node.value) else None
        if child is None:
            break
        node = child
    return node.start_mark.line + 1
