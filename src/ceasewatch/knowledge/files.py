"""Which files of a knowledge folder hold which kind of knowledge.

A ``--kb DIR`` folder holds actors and agreements (and, later, other kinds) either in
sub-folders named for the kind (``DIR/actors/*.yaml``, ``DIR/agreements/*.yaml``) or as top-level
YAML files whose top-level key names the kind (``actors:`` / ``agreements:``).
"""

from __future__ import annotations

import re
from pathlib import Path

KINDS = ("actors", "agreements")
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


def kb_files(folder: Path, kind: str) -> list[Path]:
    """The YAML files of ``kind`` in a knowledge folder."""
    found = yaml_in(folder / kind) if (folder / kind).is_dir() else []
    return found + [p for p in yaml_in(folder) if top_key(p) == kind]


def stray_files(folder: Path) -> list[Path]:
    """Top-level YAML files of a knowledge folder that no loader would read."""
    return [p for p in yaml_in(folder) if top_key(p) not in KINDS]
